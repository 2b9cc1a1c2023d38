// Text with spans marked (displaCy style): offsets in, DOM out; the text itself only ever becomes text nodes.

// The API counts offsets in code points, as Python does; JavaScript strings index UTF-16 units, in which each
// character outside the Basic Multilingual Plane (most emoji) takes two. null: the two agree on this text.
function utf16Offsets(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const offsets = [];
  let unit = 0;
  for (const character of text) {
    offsets.push(unit);
    unit += character.length;
  }
  offsets.push(unit);
  return offsets;
}

function inUtf16(span, offsets) {
  return offsets ? { ...span, start: offsets[span.start], end: offsets[span.end] } : span;
}

function clampSpan(span, length) {
  const start = Math.max(0, Math.min(length, Number(span.start)));
  const end = Math.max(0, Math.min(length, Number(span.end)));
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? { ...span, start, end } : null;
}

// Keep spans that do not overlap, preferring higher priority, then earlier, then longer.
function nonOverlapping(spans) {
  const ordered = [...spans].sort((a, b) => (b.priority || 0) - (a.priority || 0)
    || a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept = [];
  for (const span of ordered) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function crosses(mark, region) {
  const overlaps = mark.start < region.end && region.start < mark.end;
  const inside = mark.start >= region.start && mark.end <= region.end;
  return overlaps && !inside;
}

function renderMarks(text, marks, from, to) {
  const out = [];
  let at = from;
  for (const mark of marks) {
    if (mark.start < from || mark.end > to) continue;
    if (mark.start > at) out.push(document.createTextNode(text.slice(at, mark.start)));
    out.push(mark.render(text.slice(mark.start, mark.end)));
    at = mark.end;
  }
  if (at < to) out.push(document.createTextNode(text.slice(at, to)));
  return out;
}

// marks: [{start, end, priority?, render(slice) -> Node}]; regions (quotes): [{start, end, wrap(nodes) -> Node}],
// offsets in code points as the API gives them. A mark that straddles a region's edge is dropped rather than drawn
// across it.
export function highlight(text, marks = [], regions = []) {
  const length = text.length;
  const offsets = utf16Offsets(text);
  const keptRegions = nonOverlapping(regions.map((r) => clampSpan(inUtf16(r, offsets), length)).filter(Boolean));
  const keptMarks = nonOverlapping(marks.map((m) => clampSpan(inUtf16(m, offsets), length)).filter(Boolean))
    .filter((m) => !keptRegions.some((r) => crosses(m, r)));
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const region of keptRegions) {
    fragment.append(...renderMarks(text, keptMarks, at, region.start));
    fragment.append(region.wrap(renderMarks(text, keptMarks, region.start, region.end)));
    at = region.end;
  }
  fragment.append(...renderMarks(text, keptMarks, at, length));
  return fragment;
}
