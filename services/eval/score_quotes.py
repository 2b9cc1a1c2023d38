"""Direct-quote quality on PolNeAR-style gold: recall, precision and speaker accuracy.

Gold format (`/work/shared/data/README.md`): one JSON object per line, `{"id", "text", "quotes":
[{"content": [[start, end], ...], "source": [[start, end], ...]}], "acceptable": [[start, end], ...]}`.

Scoring, as specified with the data:
- a gold quote's *wanted* characters are, within each of its content fragments, those from the
  fragment's first to its last quotation mark (double marks: " “ ” „ « »; single curly marks are
  left out because most of them are apostrophes, and every gold quote holds a double mark);
- recall: share of gold quotes whose wanted characters are at least half covered by one predicted
  quote span;
- precision: share of predicted quotes with at least half their characters inside the `acceptable`
  fragments;
- speaker: among found gold quotes, share whose best-covering predicted quote has a speaker span
  overlapping a gold source fragment.

Run: `.venv/bin/python -m services.eval.score_quotes /work/shared/data/polnear_dev.jsonl`
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

QUOTE_MARKS = frozenset('"“”„«»')

Interval = tuple[int, int]


def load_polnear(path: str | Path) -> list[dict]:
    """Records of a PolNeAR-style JSONL file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def wanted_chars(text: str, content: Iterable[Iterable[int]]) -> set[int]:
    """Character positions from the first to the last quotation mark of each content fragment."""
    wanted: set[int] = set()
    for start, end in content:
        marks = [i for i in range(start, end) if text[i] in QUOTE_MARKS]
        if marks:
            wanted.update(range(marks[0], marks[-1] + 1))
    return wanted


def _covered(chars: set[int], start: int, end: int) -> int:
    return sum(1 for i in chars if start <= i < end)


def _overlaps(a: Interval, b: Interval) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def best_cover(wanted: set[int], predicted: list[dict]) -> tuple[dict | None, int]:
    """The predicted quote covering most wanted characters, and how many it covers."""
    best, best_n = None, 0
    for quote in predicted:
        n = _covered(wanted, quote["start"], quote["end"])
        if n > best_n:
            best, best_n = quote, n
    return best, best_n


def _record_counts(record: dict, predicted: list[dict]) -> dict[str, int]:
    """Counts behind the three scores for one document."""
    text = record["text"]
    counts = {"gold": 0, "found": 0, "speaker_ok": 0, "predicted": len(predicted), "precise": 0}
    for gold in record["quotes"]:
        wanted = wanted_chars(text, gold["content"])
        if not wanted:
            continue
        counts["gold"] += 1
        quote, n = best_cover(wanted, predicted)
        if quote is None or 2 * n < len(wanted):
            continue
        counts["found"] += 1
        speaker = quote.get("speaker")
        if speaker and any(_overlaps((speaker["start"], speaker["end"]), (s, e)) for s, e in gold["source"]):
            counts["speaker_ok"] += 1
    acceptable = set()
    for start, end in record.get("acceptable", []):
        acceptable.update(range(start, end))
    for quote in predicted:
        length = quote["end"] - quote["start"]
        if length > 0 and 2 * _covered(acceptable, quote["start"], quote["end"]) >= length:
            counts["precise"] += 1
    return counts


def score_quotes(records: list[dict], predicted: dict[str, list[dict]]) -> dict[str, float]:
    """Recall, precision and speaker accuracy of `predicted` (record id -> quotes) on gold `records`."""
    totals = {"gold": 0, "found": 0, "speaker_ok": 0, "predicted": 0, "precise": 0}
    for record in records:
        for key, value in _record_counts(record, predicted.get(record["id"], [])).items():
            totals[key] += value
    return {
        "recall": totals["found"] / totals["gold"] if totals["gold"] else 0.0,
        "precision": totals["precise"] / totals["predicted"] if totals["predicted"] else 0.0,
        "speaker": totals["speaker_ok"] / totals["found"] if totals["found"] else 0.0,
        **{f"n_{key}": float(value) for key, value in totals.items()},
    }


def predict_all(
    records: list[dict], extractors: dict[str, Callable], nlp=None
) -> dict[str, dict[str, list[dict]]]:
    """Run each extractor over every record, parsing each text once with `nlp.pipe`."""
    if nlp is None:
        from services.nlp.model import load_model

        nlp = load_model()
    out: dict[str, dict[str, list[dict]]] = {name: {} for name in extractors}
    docs = nlp.pipe(r["text"] for r in records)
    for record, doc in zip(records, docs, strict=True):
        for name, extract in extractors.items():
            out[name][record["id"]] = extract(doc)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="/work/shared/data/polnear_dev.jsonl")
    args = parser.parse_args(argv)

    from services.eval.baseline_quotes import baseline_quotes
    from services.nlp.quotes import extract_quotes

    records = load_polnear(args.path)
    started = time.perf_counter()
    predictions = predict_all(records, {"baseline": baseline_quotes, "newswire": extract_quotes})
    print(f"{len(records)} documents, {sum(len(r['quotes']) for r in records)} gold quotes "
          f"({time.perf_counter() - started:.1f}s)")
    print(f"{'system':<10} {'recall':>7} {'precision':>9} {'speaker':>8} {'predicted':>9}")
    for name, predicted in predictions.items():
        s = score_quotes(records, predicted)
        print(f"{name:<10} {s['recall']:>7.3f} {s['precision']:>9.3f} {s['speaker']:>8.3f} "
              f"{int(s['n_predicted']):>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
