// Submit: paste text or upload a file, then watch it go queued → processing → done.
import { api, get, longPoll, query } from "../api.js";
import { errorBox, formatAgo, h, message, pageLink, replace, statusPill } from "../dom.js";

const STEPS = ["queued", "processing", "done"];
const QUEUED_POLL_MS = 1000; // a queued article is asked about each second, to show when it starts
const WAIT_S = 20; // a processing one long-polls: the server answers when it is done (or after this long)
const BUSY_PAUSE_MS = 1000; // first pause when the server is busy (429, 503); doubled each time, up to:
const MAX_PAUSE_MS = 30000;
const RECENT_MS = 3000; // the recent list while an article of yours is on its way
const RECENT_IDLE_MS = 10000; // ... and otherwise, or after an error
const EXTRA_FIELDS = ["url", "published_at"]; // taken from an uploaded .json file, sent with the form

function field(label, control, hint) {
  return h("label", { class: "field" }, h("span", {}, label), control, hint ? h("small", {}, hint) : null);
}

// Same convention as the ingest CLI (services/ingest/readers.py): a .txt file's first line is its title, unless it
// is the only line or too long for a title; a scraped page's time stamp lines before it ("1 month ago 11") and right
// after it are dropped.
const TIME_AGO_LINE = /^\s*(?:(?:updated|posted)\s+)?\d+\s*(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago[ \t\d]*(?:\r?\n|$)/i;
const MAX_TITLE_CHARS = 1000;

function withoutStamps(content) {
  for (let stamp; (stamp = TIME_AGO_LINE.exec(content));) {
    content = content.slice(stamp[0].length).replace(/^[\r\n]+/, "");
  }
  return content;
}

function readText(content) {
  content = withoutStamps(content);
  const newline = content.indexOf("\n");
  const title = newline < 0 ? content : content.slice(0, newline);
  if (title.trim().length > MAX_TITLE_CHARS) return { title: "", text: content };
  const body = newline < 0 ? "" : withoutStamps(content.slice(newline + 1).replace(/^[\r\n]+/, ""));
  return body.trim() ? { title: title.trim(), text: body } : { title: "", text: title.trim() };
}

async function readUpload(file, form) {
  let content = (await file.text()).replace(/^\ufeff/, "");
  form.dataset.extra = "{}";
  if (/\.json$/i.test(file.name)) {
    const record = JSON.parse(content);
    if (!record || typeof record !== "object" || Array.isArray(record)) {
      throw new Error("a .json file here holds one article (an object); send lists with the ingest CLI");
    }
    for (const name of ["title", "text", "source"]) {
      form.elements[name].value = typeof record[name] === "string" ? record[name] : "";
    }
    const extra = EXTRA_FIELDS.filter((name) => typeof record[name] === "string").map((name) => [name, record[name]]);
    form.dataset.extra = JSON.stringify(Object.fromEntries(extra));
    return;
  }
  const read = /\.txt$/i.test(file.name) ? readText(content) : { title: "", text: content };
  form.elements.title.value = read.title || file.name;  // an untitled upload is named after its file
  form.elements.text.value = read.text;
}

function stepList(status) {
  const reached = STEPS.indexOf(status);
  return h("ol", { class: "steps" }, STEPS.map((step, i) => h("li", {
    class: i < reached || status === "done" ? "step done" : i === reached ? "step active" : "step",
  }, step)));
}

function drawTracker(el, record, duplicate) {
  const title = record.article?.title || "Untitled article";
  const failed = record.status === "failed";
  el.dataset.status = record.status;
  replace(el,
    h("div", { class: "tracker-head" }, h("strong", {}, title), statusPill(record.status)),
    failed ? message("error", `Failed: ${record.error || "no reason given"}`) : stepList(record.status),
    duplicate ? h("p", { class: "hint" }, "Same content as an article submitted before.") : null,
    record.status === "done" ? pageLink("articles", record.id, "Open the article →") : null);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The recent list's pause, cut short when something changed (a submission, a tracked article finishing).
let wakeRecent = () => {};
function nap(ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    wakeRecent = () => { clearTimeout(timer); resolve(); };
  });
}

// Follows the article to its end: polled while queued, long-polled while processing. A busy server (429, 503)
// is waited out, as long as it says or with a growing pause; other errors end the tracking with a message.
async function track(el, record, duplicate) {
  drawTracker(el, record, duplicate);
  const path = `/v1/articles/${encodeURIComponent(record.id)}`;
  let pause = BUSY_PAUSE_MS;
  while (!["done", "failed"].includes(record.status)) {
    try {
      if (record.status === "queued") await sleep(QUEUED_POLL_MS);
      record = await (record.status === "processing" ? longPoll(path, WAIT_S) : get(path));
      pause = BUSY_PAUSE_MS;
    } catch (error) {
      if (![0, 429, 503].includes(error.status)) { // 0: no answer at all, as 503 a moment's trouble
        el.append(errorBox(error, "the article's status"));
        return;
      }
      const retryAfter = Number(error.headers?.get("Retry-After")) * 1000;
      pause = Math.min(MAX_PAUSE_MS, retryAfter || pause * 2);
      await sleep(pause);
      continue;
    }
    drawTracker(el, record, duplicate);
  }
  wakeRecent();
}

function fieldErrors(error) {
  const fields = error.body?.error?.fields;
  if (!fields) return error.message;
  return Object.entries(fields).map(([name, problems]) => `${name}: ${[].concat(problems).join(" ")}`).join("; ");
}

function buildForm(trackers) {
  const errorLine = h("p", { class: "form-error", role: "alert" });
  const upload = h("input", { type: "file", name: "file", accept: ".txt,.json,.md,text/plain,application/json" });
  const form = h("form", { class: "card submit-form", id: "submit-form" },
    h("h2", {}, "New article"),
    h("div", { class: "two" },
      field("Title", h("input", { name: "title", maxlength: 1000, placeholder: "Headline" })),
      field("Source", h("input", { name: "source", maxlength: 200, placeholder: "e.g. guardian" }))),
    field("Text", h("textarea", { name: "text", rows: 9, required: true, placeholder: "Paste the article here…" })),
    h("div", { class: "form-row" },
      field("…or upload a file", upload, ".txt (first line is the title), .json with text and title"),
      h("button", { type: "submit", id: "submit-button" }, "Submit")),
    errorLine);
  upload.addEventListener("change", async () => {
    errorLine.textContent = "";
    if (!upload.files.length) return;
    try {
      await readUpload(upload.files[0], form);
    } catch (error) {
      errorLine.textContent = `Could not read ${upload.files[0].name}: ${error.message}`;
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(form, errorLine, trackers);
  });
  return form;
}

async function submit(form, errorLine, trackers) {
  const body = { ...JSON.parse(form.dataset.extra || "{}"), text: form.elements.text.value };
  for (const name of ["title", "source"]) {
    if (form.elements[name].value.trim()) body[name] = form.elements[name].value.trim();
  }
  errorLine.textContent = "";
  form.elements["submit-button"].disabled = true;
  try {
    const { data } = await api("/v1/articles", { method: "POST", body, userAsked: true });
    const el = h("li", { class: "tracker", dataset: { id: data.id } });
    trackers.prepend(el);
    form.reset();
    form.dataset.extra = "{}";
    wakeRecent();
    track(el, data, data.duplicate);
  } catch (error) {
    errorLine.textContent = error.status === 422 ? fieldErrors(error) : error.message;
  } finally {
    form.elements["submit-button"].disabled = false;
  }
}

function recentRow(item) {
  return h("tr", {},
    h("td", {}, pageLink("articles", item.id, item.title || "Untitled article")),
    h("td", {}, item.source || "—"),
    h("td", {}, statusPill(item.status)),
    h("td", { class: "muted" }, formatAgo(item.created_at)));
}

// True when the list was read; false after an error.
async function refreshRecent(tbody) {
  try {
    const page = await get(`/v1/articles${query({ limit: 12 })}`);
    replace(tbody, page.items.length ? page.items.map(recentRow)
      : h("tr", {}, h("td", { colspan: 4, class: "muted" }, "Nothing submitted yet.")));
    return true;
  } catch (error) {
    replace(tbody, h("tr", {}, h("td", { colspan: 4 }, errorBox(error, "the recent articles"))));
    return false;
  }
}

// The recent list refreshes often while one of the page's articles is on its way, seldom otherwise.
async function keepRecent(tbody, trackers) {
  for (;;) {
    const ok = document.hidden || (await refreshRecent(tbody));
    const busy = trackers.querySelector('.tracker[data-status="queued"], .tracker[data-status="processing"]');
    await nap(ok && busy ? RECENT_MS : RECENT_IDLE_MS);
  }
}

export async function render(main) {
  const trackers = h("ul", { class: "trackers", id: "trackers" });
  const recent = h("tbody", { id: "recent" });
  replace(main,
    h("header", { class: "page-head" }, h("h1", {}, "Submit an article"),
      h("p", { class: "lede" }, "Paste a news article or upload a file and watch it move through the queue. "
        + "Once done, open it to see its entities, quotes, money and summary.")),
    h("div", { class: "submit-grid" }, buildForm(trackers),
      h("section", { class: "card" }, h("h2", {}, "Your submissions"), trackers,
        h("p", { class: "hint empty-hint" }, "Submitted articles appear here, live."))),
    h("section", { class: "card" }, h("h2", {}, "Recent articles"),
      h("table", { class: "list" }, h("thead", {}, h("tr", {}, ["Title", "Source", "Status", "Submitted"]
        .map((name) => h("th", {}, name)))), recent)));
  keepRecent(recent, trackers);
}
