// Entities: search by name and label; an entity with its articles, stories, neighbours and quotes.

// Names match with punctuation set aside, so a query of only punctuation ("-" while typing "-Ali") asks for
// nothing: the API refuses it, the page lists as for an empty box.
const words = (text) => (/[\p{L}\p{N}]/u.test(text) ? text.trim() : "");
import { get, query } from "../api.js";
import { entityChip, errorBox, formatNumber, h, labelChip, message, pageLink, replace, section } from "../dom.js";

// The labels the entity index keeps (NAMED_LABELS in services/core/indexes.py): dates and numbers are not entities.
const LABELS = ["", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"];
const DEBOUNCE_MS = 250;

function notYet(error, what) {
  return error.status === 404 ? message("info", `${what} are not available on this server yet (404).`)
    : errorBox(error, what.toLowerCase());
}

// Mentions drawn as a bar against the most mentioned entity, so the list reads at a glance.
function entityRow(entity, most) {
  const fill = h("span", { class: "fill" });
  fill.style.width = `${Math.max(2, (entity.mentions / Math.max(1, most)) * 100)}%`;
  return h("tr", {},
    h("td", {}, pageLink("entities", entity.entity_id, entity.name)),
    h("td", {}, labelChip(entity.label)),
    h("td", { class: "meter-cell" }, h("span", { class: "meter" }, fill)),
    h("td", { class: "num" }, formatNumber(entity.mentions)),
    h("td", { class: "num" }, formatNumber(entity.articles)));
}

export async function renderList(main) {
  const params = new URLSearchParams(location.search);
  const q = h("input", { type: "search", name: "q", placeholder: "Name contains…", value: params.get("q") || "",
    autocomplete: "off", id: "entity-q", "aria-label": "Name contains" });
  const label = h("select", { name: "label", id: "entity-label", "aria-label": "Label" },
    LABELS.map((l) => h("option", { value: l, selected: l === (params.get("label") || "") }, l || "any label")));
  const tbody = h("tbody", { id: "entities" });
  const more = h("button", { type: "button", class: "ghost", hidden: true }, "More entities");
  replace(main,
    h("header", { class: "page-head" }, h("h1", {}, "Entities"),
      h("p", { class: "lede" }, "People, organisations and places across every article, most mentioned first.")),
    h("section", { class: "card" },
      h("form", { class: "search", role: "search", onsubmit: (e) => e.preventDefault() }, q, label),
      h("table", { class: "list entity-table" }, h("thead", {}, h("tr", {}, h("th", {}, "Name"), h("th", {}, "Label"),
        h("th", {}), h("th", { class: "num" }, "Mentions"), h("th", { class: "num" }, "Articles"))), tbody), more));

  let cursor = null;
  let generation = 0;
  let most = 0;
  const load = async (fresh) => {
    const mine = fresh ? ++generation : generation;
    if (fresh) cursor = null;
    more.disabled = true; // a second click would fetch the same page again
    try {
      const page = await get(`/v1/entities${query({ q: words(q.value), label: label.value, limit: 40, cursor })}`);
      if (mine !== generation) return; // a newer search has started: drop this answer
      if (fresh) {
        tbody.replaceChildren();
        most = page.items[0]?.mentions || 0;
      }
      tbody.append(...page.items.map((entity) => entityRow(entity, most)));
      if (!tbody.children.length) {
        tbody.append(h("tr", {}, h("td", { colspan: 5, class: "muted" }, "No entity matches.")));
      }
      cursor = page.next_cursor;
      more.hidden = !cursor;
    } catch (error) {
      if (mine !== generation) return;
      // A failed "More" keeps the rows already shown.
      const row = h("tr", {}, h("td", { colspan: 5 }, notYet(error, "Entities")));
      if (fresh) replace(tbody, row);
      else tbody.append(row);
    } finally {
      more.disabled = false;
    }
  };
  const search = () => {
    // Keep the search in the URL, so Back and reload come back to it.
    history.replaceState(null, "", `/entities${query({ q: q.value.trim(), label: label.value })}`);
    load(true);
  };
  let timer = null;
  q.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(search, DEBOUNCE_MS); });
  label.addEventListener("change", search);
  more.addEventListener("click", () => load(false));
  await load(true);
}

// "Articles (the newest 100 of 250)" when the list holds fewer than there are.
function listTitle(name, items, total) {
  const shown = items?.length || 0;
  return total > shown ? `${name} (the newest ${formatNumber(shown)} of ${formatNumber(total)})` : name;
}

function linkList(items, kind, empty) {
  if (!items?.length) return h("p", { class: "muted" }, empty);
  return h("ul", { class: "links" },
    items.map((item) => h("li", {}, pageLink(kind, item.id, item.title || "Untitled"))));
}

function quoteList(quotes) {
  if (!quotes?.length) return h("p", { class: "muted" }, "No quotes attributed.");
  return h("ul", { class: "quotes" }, quotes.map((quote) => h("li", {}, h("blockquote", {}, quote.text),
    h("p", { class: "speaker" }, "in ", pageLink("articles", quote.article_id, quote.title || "an article")))));
}

export async function renderEntity(main, entityId) {
  let entity;
  try {
    entity = await get(`/v1/entities/${encodeURIComponent(entityId)}`);
  } catch (error) {
    replace(main, error.status === 404 ? message("error", `No entity with id “${entityId}” (the server answered 404).`)
      : errorBox(error, "this entity"));
    return;
  }
  document.title = `${entity.name} · Newswire`;
  replace(main,
    h("header", { class: "page-head" }, h("p", { class: "kicker" }, labelChip(entity.label)),
      h("h1", { id: "entity-name" }, entity.name),
      h("p", { class: "meta" }, h("span", {}, h("b", {}, formatNumber(entity.mentions)), " mentions"),
        h("span", {}, "in ", h("b", {}, formatNumber(entity.article_count ?? 0)), " articles"),
        h("span", {}, h("b", {}, formatNumber(entity.story_count ?? 0)), " stories"))),
    h("div", { class: "entity-grid" },
      h("div", {},
        section(`Quotes (${entity.quotes?.length || 0}, newest first)`, quoteList(entity.quotes))),
      h("div", {},
        section("Often mentioned with", entity.cooccurring?.length
          ? h("div", { class: "chips" }, entity.cooccurring.map((c) => entityChip(c, `×${c.count}`)))
          : h("p", { class: "muted" }, "Nobody yet.")),
        section(listTitle("Articles", entity.articles, entity.article_count),
          linkList(entity.articles, "articles", "No articles.")),
        section(listTitle("Stories", entity.stories, entity.story_count),
          linkList(entity.stories, "stories", "No stories.")))));
}
