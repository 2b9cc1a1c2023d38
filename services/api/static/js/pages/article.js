// Article: the summary on top, the text with entities, quotes and money marked, and the rest beside it.
import { get, longPoll } from "../api.js";
import {
  entityChip, errorBox, formatDate, formatDuration, formatMoney, formatNumber, h, hasPage, labelChip, message,
  pageLink, replace, safeUrl, section, statusPill,
} from "../dom.js";
import { highlight } from "../highlight.js";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const WAIT_S = 20; // a pending article is long-polled: the server answers when it is done (or after this long)
const BUSY = [0, 429, 503]; // no answer at all, too many requests, a moment's trouble: waited out, as in submit.js
const BUSY_PAUSE_MS = 1000; // first pause when the server is busy; doubled each time, up to:
const MAX_PAUSE_MS = 30000;

function entityMark(entity) {
  const linked = hasPage(entity);
  return {
    start: entity.start, end: entity.end, priority: 1,
    render: (slice) => h(linked ? "a" : "mark", {
      class: "ent", dataset: { label: entity.label },
      href: linked ? `/entities/${encodeURIComponent(entity.entity_id)}` : null,
      title: entity.canonical && entity.canonical !== slice ? entity.canonical : null,
    }, slice, h("span", { class: "ent-label" }, entity.label)),
  };
}

// Money wins over an overlapping MONEY entity: it carries the normalised amount.
function moneyMark(money) {
  const tag = money.amount != null ? `${money.currency || ""} ${compact.format(money.amount)}`.trim() : "MONEY";
  return {
    start: money.start, end: money.end, priority: 2,
    render: (slice) => h("mark", { class: "money", title: formatMoney(money) },
      slice, h("span", { class: "ent-label" }, tag)),
  };
}

function quoteRegion(quote) {
  const speaker = quote.speaker?.name;
  return {
    start: quote.start, end: quote.end,
    wrap: (nodes) => h("span", { class: "quote-inline" }, nodes,
      h("span", { class: "quote-by" }, speaker ? `— ${speaker}` : "— unattributed")),
  };
}

function highlightedText(text, enrichment) {
  const marks = [...(enrichment.entities || []).map(entityMark), ...(enrichment.money || []).map(moneyMark)];
  return h("div", { class: "doc" }, highlight(text, marks, (enrichment.quotes || []).map(quoteRegion)));
}

// An entity a money mark covers is drawn as money (the mark that wins in `highlightedText`).
function underMoney(entity, money) {
  return money.some((m) => m.start < entity.end && entity.start < m.end);
}

function legend(enrichment) {
  const labels = new Map();
  const money = enrichment.money || [];
  for (const entity of enrichment.entities || []) {
    if (!underMoney(entity, money)) labels.set(entity.label, (labels.get(entity.label) || 0) + 1);
  }
  const chips = [...labels].sort((a, b) => b[1] - a[1]).map(([label, n]) => h("span", { class: "legend-item" },
    labelChip(label), ` ${n}`));
  if ((enrichment.money || []).length) chips.push(h("span", { class: "legend-item" },
    h("span", { class: "label money-label" }, "money"), ` ${enrichment.money.length}`));
  if ((enrichment.quotes || []).length) chips.push(h("span", { class: "legend-item" },
    h("span", { class: "label quote-label" }, "quote"), ` ${enrichment.quotes.length}`));
  return h("div", { class: "legend" }, chips);
}

function quotesCard(quotes) {
  if (!quotes.length) return null;
  return section(`Quotes (${quotes.length})`, h("ul", { class: "quotes" }, quotes.map((quote) => h("li", {},
    h("blockquote", {}, quote.text),
    h("p", { class: "speaker" }, "— ", quote.speaker?.entity_id
      ? pageLink("entities", quote.speaker.entity_id, quote.speaker.name)
      : (quote.speaker?.name || "unattributed"))))));
}

function summaryCard(summary) {
  const sentences = summary?.sentences || [];
  if (!sentences.length) return null;
  return h("section", { class: "card summary" }, h("h2", {}, "Summary"),
    h("ul", {}, sentences.map((s) => h("li", {}, s.text))));
}

function keyphrasesCard(keyphrases) {
  if (!keyphrases?.length) return null;
  return section("Key phrases", h("div", { class: "chips" },
    keyphrases.map((k) => h("span", { class: "chip plain", title: `score ${k.score.toFixed(3)}` }, k.text))));
}

function entitiesCard(groups) {
  if (!groups?.length) return null;
  return section("Who and what", h("div", { class: "chips" },
    groups.map((g) => entityChip(g, g.mentions > 1 ? `×${g.mentions}` : ""))));
}

function numbersCard(enrichment) {
  const money = enrichment.money || [];
  const figures = enrichment.figures || [];
  if (!money.length && !figures.length) return null;
  const row = (text, value) => h("tr", {}, h("td", {}, text), h("td", { class: "num" }, value));
  const figureValue = (f) => f.value == null ? (f.vague ? "vague" : "—")
    : `${f.approximate ? "≈ " : ""}${formatNumber(f.value)}${f.unit ? " " + f.unit : ""}`;
  return section("Money and figures", h("table", { class: "compact" }, h("tbody", {},
    money.map((m) => row(m.text, formatMoney(m))), figures.map((f) => row(f.text, figureValue(f))))));
}

function metaLine(record) {
  const enrichment = record.enrichment;
  const parts = [];
  if (enrichment?.language) parts.push(h("span", {}, "Language ", h("b", {}, enrichment.language.toUpperCase())));
  if (enrichment?.processing_ms != null) {
    parts.push(h("span", {}, "Enriched in ", h("b", {}, formatDuration(enrichment.processing_ms / 1000))));
  }
  if (record.status === "done" && record.created_at && record.updated_at) {
    parts.push(h("span", {}, "Turnaround ", h("b", {}, formatDuration(record.updated_at - record.created_at))));
  }
  if (enrichment?.model) parts.push(h("span", {}, `Model ${enrichment.model.name} ${enrichment.model.version}`));
  return h("p", { class: "meta" }, parts);
}

function relations(enrichment) {
  const links = [];
  if (enrichment?.story_id) links.push(h("span", {}, "Part of a ", pageLink("stories", enrichment.story_id, "story")));
  if (enrichment?.near_duplicate_of) {
    links.push(h("span", {}, "Near-duplicate of ", pageLink("articles", enrichment.near_duplicate_of, "this article")));
  }
  return links.length ? h("p", { class: "relations" }, links) : null;
}

function header(record) {
  const article = record.article || {};
  const kicker = [article.source, article.published_at ? formatDate(article.published_at) : null]
    .filter(Boolean).join(" · ");
  return h("header", { class: "page-head" },
    h("p", { class: "kicker" }, statusPill(record.status), kicker ? ` ${kicker}` : "",
      safeUrl(article.url)
        ? h("a", { href: safeUrl(article.url), rel: "noopener noreferrer", class: "source-link" }, "original") : null),
    h("h1", { id: "article-title" }, article.title || "Untitled article"),
    metaLine(record), relations(record.enrichment));
}

function renderDone(main, record) {
  const enrichment = record.enrichment;
  const text = record.article?.text || "";
  replace(main, header(record),
    enrichment.note ? message("info", enrichment.note) : null,
    h("div", { class: "article-grid" },
      h("div", { class: "article-main" }, summaryCard(enrichment.summary),
        h("section", { class: "card" }, h("h2", {}, "Text"), legend(enrichment), highlightedText(text, enrichment))),
      h("aside", { class: "article-side" }, quotesCard(enrichment.quotes || []), keyphrasesCard(enrichment.keyphrases),
        entitiesCard(enrichment.entity_groups), numbersCard(enrichment))));
}

// `notice`: why the page is not up to date (the server was busy), shown above the rest.
function renderPending(main, record, notice = null) {
  const waiting = record.status === "failed"
    ? message("error", `Enrichment failed: ${record.error || "no reason given"}`)
    : message("info", `This article is ${record.status}; the page updates when it is done.`);
  replace(main, notice, header(record), waiting,
    h("section", { class: "card" }, h("h2", {}, "Text"), h("div", { class: "doc" }, record.article?.text || "")));
}

function busyNotice(error, pause) {
  return h("div", { class: "retrying" }, errorBox(error, "this article"),
    h("p", { class: "hint" }, `Trying again in ${Math.round(pause / 1000)} s; the page updates by itself.`));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Follows the article to its end: drawn at once from a plain GET, then long-polled for the change. A busy or
// unreachable server is waited out (as long as it says or with a growing pause) with its message on the page; a 404
// or another error ends the page with a message. `drawn` is called after each drawing.
async function follow(main, articleId, drawn) {
  const path = `/v1/articles/${encodeURIComponent(articleId)}`;
  let record = null; // the last one drawn
  let pause = BUSY_PAUSE_MS;
  for (;;) {
    try {
      record = await (record ? longPoll(path, WAIT_S) : get(path));
      pause = BUSY_PAUSE_MS;
    } catch (error) {
      if (!BUSY.includes(error.status)) {
        replace(main, error.status === 404 ? message("error", `No article with id “${articleId}”.`)
          : errorBox(error, "this article"));
        return drawn();
      }
      const retryAfter = Number(error.headers?.get("Retry-After")) * 1000;
      pause = Math.min(MAX_PAUSE_MS, retryAfter || pause * 2);
      if (record) renderPending(main, record, busyNotice(error, pause));
      else replace(main, busyNotice(error, pause));
      drawn();
      await sleep(pause);
      continue;
    }
    document.title = `${record.article?.title || "Article"} · Newswire`;
    if (record.status === "done" && record.enrichment) {
      renderDone(main, record);
      return drawn();
    }
    renderPending(main, record);
    drawn();
    if (record.status === "failed" || record.status === "done") return; // done without an enrichment: damaged
  }
}

// Resolves once the page is first drawn (main.js then marks it ready); the article is followed on until it is done.
export function render(main, articleId) {
  return new Promise((resolve, reject) => {
    follow(main, articleId, resolve).catch(reject);
  });
}
