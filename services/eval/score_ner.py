"""Named-entity quality on CoNLL-2003-style gold: the raw model's `doc.ents` against our `mentions`.

Text construction: within a sentence tokens are joined by single spaces, sentences (blank-line
separated in the file) by "\\n"; `-DOCSTART-` lines start a new document. Spans are exact
(character start, end, label) triples over whole documents, labels mapped to PER/LOC/ORG/MISC.

Run: `.venv/bin/python -m services.eval.score_ner /work/shared/data/conllpp_dev.txt`
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from pathlib import Path

Span = tuple[int, int, str]

_LABEL_MAP = {
    "PERSON": "PER",
    "PER": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "MISC": "MISC",
}


def map_label(spacy_label: str) -> str | None:
    """CoNLL class of a spaCy (OntoNotes) label; None for labels CoNLL does not annotate."""
    return _LABEL_MAP.get(spacy_label)


def _bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, class) for IOB1/IOB2 tags; a stray I- starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, cls = tag.partition("-")
        continues = prefix == "I" and cls == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, cls
    return spans


def _document(sentences: list[list[tuple[str, str]]]) -> tuple[str, set[Span]]:
    """Text and gold character spans of one document given its (token, tag) sentences."""
    lines: list[str] = []
    gold: set[Span] = set()
    offset = 0
    for sentence in sentences:
        starts: list[int] = []
        pos = offset
        for token, _ in sentence:
            starts.append(pos)
            pos += len(token) + 1
        for first, last, label in _bio_spans([tag for _, tag in sentence]):
            gold.add((starts[first], starts[last - 1] + len(sentence[last - 1][0]), label))
        line = " ".join(token for token, _ in sentence)
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines), gold


def read_conll(path: str | Path) -> list[tuple[str, set[Span]]]:
    """Documents of a CoNLL file (token first column, NER tag last) as (text, gold spans)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []

    def close_sentence() -> None:
        nonlocal sentence
        if sentence:
            if not docs:
                docs.append([])
            docs[-1].append(sentence)
            sentence = []

    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        cols = raw.split()
        if not cols:
            close_sentence()
        elif cols[0] == "-DOCSTART-":
            close_sentence()
            docs.append([])
        else:
            sentence.append((cols[0], cols[-1]))
    close_sentence()
    return [_document(sentences) for sentences in docs if sentences]


def prf(gold_sets: Iterable[set[Span]], pred_sets: Iterable[set[Span]]) -> dict[str, float]:
    """Micro precision, recall and F1 of exact span matches, summed over documents."""
    tp = n_gold = n_pred = 0
    for gold, pred in zip(gold_sets, pred_sets, strict=True):
        tp += len(gold & pred)
        n_gold += len(gold)
        n_pred += len(pred)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1}


def mapped_spans(items: Iterable[tuple[int, int, str]]) -> set[Span]:
    """(start, end, spaCy label) triples mapped to CoNLL classes, unmapped labels dropped."""
    out: set[Span] = set()
    for start, end, label in items:
        cls = map_label(label)
        if cls:
            out.add((start, end, cls))
    return out


def per_label(gold_sets: list[set[Span]], pred_sets: list[set[Span]]) -> dict[str, dict[str, float]]:
    """prf restricted to each CoNLL class."""
    return {
        cls: prf([{s for s in g if s[2] == cls} for g in gold_sets], [{s for s in p if s[2] == cls} for p in pred_sets])
        for cls in ("PER", "LOC", "ORG", "MISC")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="CoNLL file, e.g. /work/shared/data/conllpp_dev.txt")
    parser.add_argument("--by-label", action="store_true", help="also print scores per class")
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="STEP",
        help="switch a post-processing step off, to measure it (repeatable): "
        "recase, clean, capitals, tables, teams, acronyms, group, propagate",
    )
    args = parser.parse_args(argv)

    from services.nlp import entities
    from services.nlp.model import shared_model

    for step in args.without:
        if not hasattr(entities.OPTIONS, step):
            parser.error(f"unknown step {step!r}")
        setattr(entities.OPTIONS, step, False)
    nlp = shared_model()
    docs = read_conll(args.path)
    gold_sets = [gold for _, gold in docs]
    raw_sets: list[set[Span]] = []
    our_sets: list[set[Span]] = []
    t_parse = t_ours = 0.0
    for text, _ in docs:
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        mentions, _groups = entities.extract_entities(doc, nlp)
        t2 = time.perf_counter()
        t_parse += t1 - t0
        t_ours += t2 - t1
        raw_sets.append(mapped_spans((e.start_char, e.end_char, e.label_) for e in doc.ents))
        our_sets.append(mapped_spans((m["start"], m["end"], m["label"]) for m in mentions))

    out = sys.stdout
    out.write(f"{len(docs)} documents, {sum(map(len, gold_sets))} gold entities\n")
    for name, sets in (("raw model", raw_sets), ("ours", our_sets)):
        s = prf(gold_sets, sets)
        out.write(f"{name:10s} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}\n")
        if args.by_label:
            for cls, c in per_label(gold_sets, sets).items():
                out.write(f"    {cls:5s} P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}\n")
    out.write(
        f"time: nlp(text) {t_parse:.1f}s, extract_entities {t_ours:.1f}s "
        f"(+{100 * t_ours / max(t_parse, 1e-9):.0f}% of a plain parse)\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
