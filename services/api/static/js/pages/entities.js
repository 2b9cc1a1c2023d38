// Entities: search by name and label; an entity with its articles, stories, neighbours and quotes.
import { get, query } from "../api.js";
import { entityChip, errorBox, formatNumber, h, labelChip, message, pageLink, replace, section } from "../dom.js";

const LABELS = ["", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE",
  "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"];
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
    autocomplete: "off", id: "entity-q" });
  const label = h("select", { name: "label", id: "entity-label" },
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
    try {
      const page = await get(`/v1/entities${query({ q: q.value.trim(), label: label.value, limit: 40, cursor })}`);
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
      if (mine === generation) replace(tbody, h("tr", {}, h("td", { colspan: 5 }, notYet(error, "Entities"))));
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

function linkList(items, kind, empty) {
  if (!items?.length) return h("p", { class: "muted" }, empty);
  return h("ul", { class: "links" },
    items.map((item) => h("li", {}, pageLink(kind, item.id, item.title || "Untitled"))));
}

function quoteList(quotes, titles) {
  if (!quotes?.length) return h("p", { class: "muted" }, "No quotes attributed.");
  return h("ul", { class: "quotes" }, quotes.map((quote) => h("li", {}, h("blockquote", {}, quote.text),
    h("p", { class: "speaker" }, "in ",
      pageLink("articles", quote.article_id, titles.get(quote.article_id) || "an article")))));
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
  const titles = new Map((entity.articles || []).map((a) => [a.id, a.title]));
  replace(main,
    h("header", { class: "page-head" }, h("p", { class: "kicker" }, labelChip(entity.label)),
      h("h1", { id: "entity-name" }, entity.name),
      h("p", { class: "meta" }, h("span", {}, h("b", {}, formatNumber(entity.mentions)), " mentions"),
        h("span", {}, "in ", h("b", {}, formatNumber(entity.articles?.length ?? 0)), " articles"),
        h("span", {}, h("b", {}, formatNumber(entity.stories?.length ?? 0)), " stories"))),
    h("div", { class: "entity-grid" },
      h("div", {},
        section(`Quotes (${entity.quotes?.length || 0})`, quoteList(entity.quotes, titles))),
      h("div", {},
        section("Often mentioned with", entity.cooccurring?.length
          ? h("div", { class: "chips" }, entity.cooccurring.map((c) => entityChip(c, `×${c.count}`)))
          : h("p", { class: "muted" }, "Nobody yet.")),
        section("Articles", linkList(entity.articles, "articles", "No articles.")),
        section("Stories", linkList(entity.stories, "stories", "No stories.")))));
}
