// System: queue depth, workers, throughput and failures at a glance, refreshed every few seconds.
import { get } from "../api.js";
import { errorBox, formatAgo, formatDuration, formatNumber, h, pageLink, replace, section } from "../dom.js";

const REFRESH_MS = 3000;
const RATE_WINDOW_S = 60;
const SAMPLES_KEY = "newswire.systemSamples";
const STATUSES = ["queued", "processing", "done", "failed"];

// Throughput is measured as Prometheus' rate() does it: two readings of the server's finished counter.
// Readings are kept in localStorage, so a page opened again shows the last minute at once.
function throughput(reading) {
  const finished = (reading.finished.done || 0) + (reading.finished.failed || 0);
  let samples = [];
  try {
    samples = JSON.parse(localStorage.getItem(SAMPLES_KEY) || "[]");
  } catch {
    // A damaged entry is simply started afresh.
  }
  // A counter that went down means another store (or a flushed one): start again.
  samples = samples.filter((s) => s.finished <= finished && s.at <= reading.at);
  samples.push({ at: reading.at, finished });
  while (samples.length > 2 && reading.at - samples[1].at >= RATE_WINDOW_S) samples.shift();
  localStorage.setItem(SAMPLES_KEY, JSON.stringify(samples));
  const first = samples[0];
  const seconds = reading.at - first.at;
  if (seconds < 1) return null;
  const count = finished - first.finished;
  return { perMinute: (count / seconds) * 60, count, seconds };
}

function stat(id, title, value, note) {
  return h("section", { class: "card stat", id }, h("h2", {}, title), h("p", { class: "big" }, value),
    h("p", { class: "hint" }, note));
}

function statusBar(statuses) {
  const total = STATUSES.reduce((sum, s) => sum + (statuses[s] || 0), 0);
  const bar = h("div", { class: "stacked" });
  for (const status of STATUSES) {
    const part = h("span", { class: "part", dataset: { status }, title: `${status}: ${statuses[status]}` });
    part.style.flexGrow = String(statuses[status] || 0);
    bar.append(part);
  }
  return section("Articles by status", total ? bar : null, h("ul", { class: "status-counts" }, STATUSES.map((s) =>
    h("li", { dataset: { status: s } }, h("span", { class: "dot" }), `${s} `, h("b", {}, formatNumber(statuses[s]))))));
}

// Cumulative buckets in ms -> one bar per bucket.
function histogram(enrichment) {
  const rows = [];
  let below = 0;
  let lower = 0;
  for (const bucket of enrichment.buckets) {
    const n = bucket.count - below;
    below = bucket.count;
    const upper = bucket.le === "+Inf" ? null : Number(bucket.le);
    const name = upper === null ? `> ${formatDuration(lower / 1000)}` : `≤ ${formatDuration(upper / 1000)}`;
    rows.push({ name, n });
    if (upper !== null) lower = upper;
  }
  const max = Math.max(1, ...rows.map((r) => r.n));
  return section("Enrichment time", enrichment.count ? h("div", { class: "histogram" }, rows.map(({ name, n }) => {
    const bar = h("span", { class: "bar" });
    bar.style.width = `${(n / max) * 100}%`;
    return h("div", { class: "hist-row" }, h("span", { class: "hist-label" }, name), h("span", { class: "track" }, bar),
      h("span", { class: "num" }, formatNumber(n)));
  })) : h("p", { class: "muted" }, "No article enriched yet."));
}

function failures(items) {
  return section(`Recent failures (${items.length})`, items.length ? h("table", { class: "list", id: "failures" },
    h("thead", {}, h("tr", {}, ["Article", "Why", "Attempts", "When"].map((n) => h("th", {}, n)))),
    h("tbody", {}, items.map((f) => h("tr", {},
      h("td", {}, pageLink("articles", f.id, f.title || "Untitled article")),
      h("td", { class: "error-text" }, f.error || "—"),
      h("td", { class: "num" }, formatNumber(f.attempts)),
      h("td", { class: "muted" }, formatAgo(f.failed_at))))))
    : h("p", { class: "muted" }, "No failed articles. "));
}

function draw(main, reading) {
  const rate = throughput(reading);
  const workers = reading.workers.map((w) => w.name);
  replace(main,
    h("header", { class: "page-head" }, h("h1", {}, "System"),
      h("p", { class: "lede" }, `Updated ${new Date(reading.at * 1000).toLocaleTimeString()}, every few seconds.`)),
    h("div", { class: "stats" },
      stat("stat-queue", "Queue depth", formatNumber(reading.queue_depth), "messages waiting for a worker"),
      stat("stat-workers", "Workers", formatNumber(workers.length), workers.join(", ") || "no worker answers"),
      stat("stat-throughput", "Throughput",
        rate ? `${formatNumber(rate.perMinute, { maximumFractionDigits: 1 })}/min` : "…",
        rate ? `${formatNumber(rate.count)} finished in the last ${formatDuration(Math.round(rate.seconds))}`
          : "measuring over the next seconds"),
      stat("stat-mean", "Mean enrichment", reading.enrichment.mean_ms === null ? "—"
        : formatDuration(reading.enrichment.mean_ms / 1000),
      `over ${formatNumber(reading.enrichment.count)} articles`)),
    h("div", { class: "two-cols" }, statusBar(reading.statuses), histogram(reading.enrichment)),
    failures(reading.failures));
}

export async function render(main) {
  const refresh = async () => {
    try {
      draw(main, await get("/v1/system"));
    } catch (error) {
      replace(main, h("header", { class: "page-head" }, h("h1", {}, "System")), errorBox(error, "the system status"));
    }
  };
  await refresh();
  setInterval(() => { if (!document.hidden) refresh(); }, REFRESH_MS);
}
