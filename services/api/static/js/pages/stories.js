// Stories: the list with sizes and time spans; a story with its articles side by side and its diff.
import { get, query } from "../api.js";
import {
  entityChip, errorBox, formatDate, formatDuration, formatNumber, h, message, pageLink, replace, toDate,
} from "../dom.js";
import { highlight } from "../highlight.js";

const MAX_COLUMNS = 6;
const CATEGORIES = [
  { key: "agree", title: "Agreed", hint: "Said the same way by several sources" },
  { key: "conflict", title: "In conflict", hint: "Sources give different values" },
  { key: "single", title: "Single source", hint: "Only one source has it" },
];

function span(first, last) {
  const from = toDate(first);
  const to = toDate(last);
  if (!from || !to) return formatDate(first || last);
  const seconds = (to - from) / 1000;
  return seconds < 60 ? formatDate(from) : `${formatDate(from)} → ${formatDate(to)} (${formatDuration(seconds)})`;
}

function notYet(error, what) {
  return error.status === 404 ? message("info", `${what} are not available on this server yet (404).`)
    : errorBox(error, what.toLowerCase());
}

function storyRow(story) {
  return h("tr", {},
    h("td", {}, pageLink("stories", story.id, story.title || "Untitled story")),
    h("td", { class: "num" }, formatNumber(story.size)),
    h("td", { class: "muted" }, span(story.first_seen, story.last_seen)),
    h("td", {}, h("div", { class: "chips" }, (story.top_entities || []).slice(0, 5).map((e) => entityChip(e)))));
}

export async function renderList(main) {
  const tbody = h("tbody", { id: "stories" });
  const more = h("button", { type: "button", class: "ghost", hidden: true }, "More stories");
  replace(main,
    h("header", { class: "page-head" }, h("h1", {}, "Stories"),
      h("p", { class: "lede" }, "Articles about the same event, grouped. Open one to compare its sources.")),
    h("section", { class: "card" }, h("table", { class: "list" },
      h("thead", {}, h("tr", {}, ["Story", "Articles", "Time span", "Who"].map((n) => h("th", {}, n)))), tbody),
    more));
  let cursor = null;
  const load = async () => {
    more.disabled = true; // a second click would fetch the same page again
    try {
      const page = await get(`/v1/stories${query({ limit: 30, cursor })}`);
      tbody.append(...page.items.map(storyRow));
      if (!tbody.children.length) tbody.append(h("tr", {}, h("td", { colspan: 4, class: "muted" }, "No stories yet.")));
      cursor = page.next_cursor;
      more.hidden = !cursor;
    } catch (error) {
      tbody.append(h("tr", {}, h("td", { colspan: 4 }, notYet(error, "Stories")))); // rows shown stay
      more.hidden = true;
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener("click", load);
  await load();
}

// The facts of the diff, each with its category and an index the marks in the columns refer to.
function factsOf(diff) {
  return CATEGORIES.flatMap(({ key }) => (diff?.[key] || []).map((fact) => ({ ...fact, category: key })))
    .map((fact, index) => ({ ...fact, index }));
}

function focusFact(root, index) {
  for (const el of root.querySelectorAll(".fact.focused, .fact-mark.focused")) el.classList.remove("focused");
  for (const el of root.querySelectorAll(`[data-fact="${index}"]`)) el.classList.add("focused");
  for (const column of root.querySelectorAll(".column-text")) {
    const mark = column.querySelector(`.fact-mark[data-fact="${index}"]`);
    // The column is the marks' offsetParent (position: relative), so offsetTop is within its text.
    if (mark) column.scrollTo({ top: mark.offsetTop - 60, behavior: "smooth" });
  }
}

function valueChip(value, sourceOf) {
  return h("span", { class: "value" }, h("b", {}, value.text), h("small", {}, sourceOf(value.article_id)));
}

// Conflicting values are set against each other; agreeing ones are listed once per article.
function factItem(fact, sourceOf, root) {
  const chips = (fact.values || []).map((v) => valueChip(v, sourceOf));
  const body = fact.category === "conflict"
    ? chips.flatMap((chip, i) => (i ? [h("span", { class: "vs" }, "vs"), chip] : [chip])) : chips;
  return h("li", {
    class: "fact", tabindex: 0, role: "button", dataset: { fact: fact.index, kind: fact.kind },
    onclick: () => focusFact(root, fact.index),
    onkeydown: (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault(); // Space selects the fact, as on a button, instead of scrolling
      focusFact(root, fact.index);
    },
  }, h("div", { class: "fact-head" }, h("span", { class: "kind" }, fact.kind), h("strong", {}, fact.label)),
  h("div", { class: "fact-values" }, body));
}

function diffPanel(facts, sourceOf, root) {
  return h("div", { class: "diff" }, CATEGORIES.map(({ key, title, hint }) => {
    const mine = facts.filter((f) => f.category === key);
    return h("section", { class: `card diff-col ${key}`, id: `diff-${key}` },
      h("h2", {}, `${title} `, h("span", { class: "count" }, String(mine.length))), h("p", { class: "hint" }, hint),
      mine.length ? h("ul", { class: "facts" }, mine.map((f) => factItem(f, sourceOf, root)))
        : h("p", { class: "muted" }, "None."));
  }));
}

function factMarks(articleId, facts) {
  return facts.flatMap((fact) => (fact.values || []).filter((v) => v.article_id === articleId).map((v) => ({
    start: v.start, end: v.end, priority: fact.category === "conflict" ? 2 : 1,
    render: (slice) => h("mark", {
      class: `fact-mark ${fact.category}`, title: `${fact.label} (${fact.category})`, dataset: { fact: fact.index },
    }, slice),
  })));
}

async function fillColumn(body, articleId, facts) {
  try {
    const record = await get(`/v1/articles/${encodeURIComponent(articleId)}`);
    replace(body, highlight(record.article?.text || "", factMarks(articleId, facts)));
  } catch (error) {
    replace(body, errorBox(error, "this article"));
  }
}

function columns(story, facts, tagOf) {
  const shown = story.articles.slice(0, MAX_COLUMNS);
  const grid = h("div", { class: "columns", dataset: { count: shown.length } }, shown.map((article) => {
    const body = h("div", { class: "column-text doc" }, h("p", { class: "muted" }, "Loading…"));
    fillColumn(body, article.id, facts);
    return h("article", { class: "column card", dataset: { id: article.id } },
      h("header", {}, h("p", { class: "kicker" }, h("span", { class: "tag" }, tagOf(article.id)),
        [article.source, formatDate(article.published_at || article.created_at)].filter(Boolean).join(" · ")),
      h("h3", {}, pageLink("articles", article.id, article.title || "Untitled article"))), body);
  }));
  const more = story.articles.length - shown.length;
  return [grid, more > 0 ? h("p", { class: "hint" }, `${more} more articles in the timeline below.`) : null];
}

function timeline(story) {
  const sourceOf = (a) => a.source || "unknown source";
  return h("section", { class: "card" }, h("h2", {}, "Timeline"), h("ol", { class: "timeline" },
    (story.timeline || []).map((t) => h("li", {}, h("time", {}, formatDate(t.at)),
      h("span", { class: "source" }, sourceOf(t)),
      pageLink("articles", t.article_id, t.title || "Untitled article")))));
}

function legend() {
  return h("p", { class: "legend" }, "Marked in the texts: ",
    h("mark", { class: "fact-mark agree" }, "agreed"), " ", h("mark", { class: "fact-mark conflict" }, "in conflict"),
    " ", h("mark", { class: "fact-mark single" }, "single source"), " — click a fact to find it in every text.");
}

// A, B, … Z, AA, AB, …: one tag per article however many there are.
function articleTag(index) {
  let tag = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) tag = String.fromCharCode(65 + ((n - 1) % 26)) + tag;
  return tag;
}

export async function renderStory(main, storyId) {
  let story;
  try {
    story = await get(`/v1/stories/${encodeURIComponent(storyId)}`);
  } catch (error) {
    replace(main, error.status === 404 ? message("error", `No story with id “${storyId}” (the server answered 404).`)
      : errorBox(error, "this story"));
    return;
  }
  document.title = `${story.title || "Story"} · Newswire`;
  story.articles = story.articles || [];
  const facts = factsOf(story.diff);
  // Articles are tagged A, B, C… so a fact can say briefly where each of its values comes from.
  const tags = new Map(story.articles.map((a, i) => [a.id, articleTag(i)]));
  const sources = new Map(story.articles.map((a) => [a.id, a.source]));
  const tagOf = (id) => tags.get(id) || "?";
  const sourceOf = (id) => [tagOf(id), sources.get(id)].filter(Boolean).join(" · ");
  const times = story.articles.map((a) => a.published_at || a.created_at).filter(Boolean).map(toDate)
    .filter(Boolean).sort((a, b) => a - b);
  const root = h("div", { class: "story" });
  replace(root,
    h("header", { class: "page-head" }, h("p", { class: "kicker" }, "Story"),
      h("h1", {}, story.title || "Untitled story"),
      h("p", { class: "meta" }, h("span", {}, h("b", {}, formatNumber(story.size)), " articles"),
        times.length ? h("span", {}, span(times[0], times[times.length - 1])) : null)),
    diffPanel(facts, sourceOf, root), legend(), columns(story, facts, tagOf), timeline(story));
  replace(main, root);
}
