// Building the DOM from data. Strings only ever become text nodes or attribute values: no innerHTML.

// h("a", {href, class: "x"}, "text", child, [more]) -> element. Null/false children are skipped.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

// A link to one of the page's own routes; ids are URL-encoded.
export function pageLink(kind, id, text) {
  return h("a", { href: `/${kind}/${encodeURIComponent(id)}` }, text || id);
}

// Only http(s) URLs become links: a stored "javascript:" URL must never be clickable.
export function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

// Entities of these labels have a page (the index keeps names, not dates, sums or counts).
export function hasPage(entity) {
  return Boolean(entity.entity_id) && (document.body.dataset.namedLabels || "").split(" ").includes(entity.label);
}

export function labelChip(label) {
  return h("span", { class: "label", dataset: { label } }, label);
}

export function entityChip(entity, extra) {
  const href = hasPage(entity) ? `/entities/${encodeURIComponent(entity.entity_id)}` : null;
  return h(href ? "a" : "span", { class: "chip", href },
    labelChip(entity.label), h("span", {}, entity.name), extra ? h("span", { class: "count" }, extra) : null);
}

export function section(title, ...children) {
  return h("section", { class: "card" }, h("h2", {}, title), ...children);
}

export function message(kind, text) {
  return h("p", { class: `notice ${kind}` }, text);
}

export function statusPill(status) {
  return h("span", { class: "status", dataset: { status } }, status);
}

// Epoch seconds (or ms, or an ISO string) -> Date, or null.
export function toDate(value) {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return new Date(value > 1e12 ? value : value * 1000);
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function formatDate(value) {
  const date = toDate(value);
  return date ? dateFormat.format(date) : "—";
}

export function formatAgo(value) {
  const date = toDate(value);
  if (!date) return "—";
  const seconds = Math.max(0, (Date.now() - date.getTime()) / 1000);
  if (seconds < 60) return `${Math.round(seconds)} s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)} h ago`;
  return formatDate(value);
}

export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return "—";
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 120) return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

export function formatNumber(value, options) {
  return value === null || value === undefined ? "—" : new Intl.NumberFormat(undefined, options).format(value);
}

// A sum as read, written as services/core/amounts.py writes it for the CLI and the story comparison (one format
// everywhere; tests/unit/test_storydiff.py runs both): "18.2bn GBP", "~5m USD", "1.50 GBP", "1,000–2,000 EUR".
// Each unit with the least sum written in it (999,999,999 is "1bn", not "1,000m"), as amounts.py's SHORT_UNITS.
const SHORT_UNITS = [[999.9995e9, 1e12, "tn"], [999.9995e6, 1e9, "bn"], [1e6, 1e6, "m"]];

// Intl rounds the number's shortest decimal form, ties away from zero: amounts.py's _rounded does the same.
function rounded(value, places) {
  return value.toLocaleString("en-US", { minimumFractionDigits: places, maximumFractionDigits: places });
}

function amountText(value) {
  for (const [least, size, suffix] of SHORT_UNITS) {
    if (Math.abs(value) >= least) {
      return rounded(value / size, 3).replace(/0+$/, "").replace(/\.$/, "") + suffix;
    }
  }
  const text = rounded(value, 2);
  return text.endsWith(".00") ? text.slice(0, -3) : text;
}

export function formatMoney(money) {
  const ranged = money.amount_low != null && money.amount_high != null;
  if (!ranged && money.amount == null) return money.text;
  const amount = ranged ? `${amountText(money.amount_low)}–${amountText(money.amount_high)}` : amountText(money.amount);
  return `${money.approximate ? "~" : ""}${amount} ${money.currency || "?"}`;
}

// A page-level error box; 404 from an endpoint the server does not have yet reads differently.
export function errorBox(error, what) {
  if (error.status === 403) return message("error", `This key may not read ${what}: ${error.message}`);
  if (error.status === 401) return message("error", "An API key is needed. Use the “API key” button above.");
  return message("error", `Could not load ${what}: ${error.message}`);
}
