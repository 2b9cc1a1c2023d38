"""Extractive summary quality on CNN/DailyMail highlights: LEAD-3 against `summarize`.

Scoring follows the data README's baseline: `rouge-score` with the Porter stemmer, F1 x 100 averaged
over articles. ROUGE-Lsum splits on "\\n", so every prediction and reference is passed as its spaCy
sentences, one per line (the reference highlights in the file are plain running text).

Run: `.venv/bin/python -m services.eval.score_summary /work/shared/data/cnndm_dev.jsonl`
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rouge_score import rouge_scorer
from spacy.tokens import Doc

from services.nlp.summary import summarize

_ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")


def load_cnndm(path: str | Path) -> list[dict]:
    """Articles of a CNN/DailyMail JSON-lines file: `{"id", "text", "reference"}` each."""
    rows: list[dict] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def sentence_lines(doc: Doc) -> str:
    """The doc's sentences, stripped, one per line (the form ROUGE-Lsum expects)."""
    return "\n".join(s.text.strip() for s in doc.sents if s.text.strip())


def lead3(doc: Doc) -> str:
    """Baseline: the first three spaCy sentences, one per line."""
    return "\n".join(s.text.strip() for s in list(doc.sents)[:3])


def ours(doc: Doc) -> str:
    """Our extractive summary (default length), one sentence per line."""
    return "\n".join(s["text"] for s in summarize(doc)["sentences"])


def rouge_scores(predictions: list[str], references: list[str]) -> dict[str, float]:
    """Mean ROUGE-1/2/Lsum F1 x 100 with stemming; sentences in both lists must be separated by "\\n"."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions for {len(references)} references")
    if not predictions:
        return {"r1": 0.0, "r2": 0.0, "rlsum": 0.0}
    scorer = rouge_scorer.RougeScorer(list(_ROUGE_TYPES), use_stemmer=True)
    totals = dict.fromkeys(_ROUGE_TYPES, 0.0)
    for prediction, reference in zip(predictions, references, strict=True):
        scores = scorer.score(reference, prediction)
        for name in _ROUGE_TYPES:
            totals[name] += scores[name].fmeasure
    n = len(predictions)
    return {
        "r1": 100 * totals["rouge1"] / n,
        "r2": 100 * totals["rouge2"] / n,
        "rlsum": 100 * totals["rougeLsum"] / n,
    }


def evaluate(path: str | Path) -> dict[str, dict[str, float]]:
    """ROUGE of LEAD-3 and of our summaries over one CNN/DailyMail file."""
    from services.nlp.model import load_model

    rows = load_cnndm(path)
    nlp = load_model()
    docs = list(nlp.pipe(row["text"] for row in rows))
    references = [sentence_lines(ref) for ref in nlp.pipe(row["reference"] for row in rows)]
    return {
        "lead3": rouge_scores([lead3(doc) for doc in docs], references),
        "ours": rouge_scores([ours(doc) for doc in docs], references),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="CNN/DailyMail JSON-lines file with text and reference")
    args = parser.parse_args(argv)
    started = time.monotonic()
    results = evaluate(args.path)
    print(f"{'system':<8} {'R1':>6} {'R2':>6} {'RLsum':>6}")
    for name, scores in results.items():
        print(f"{name:<8} {scores['r1']:6.2f} {scores['r2']:6.2f} {scores['rlsum']:6.2f}")
    lead, mine = results["lead3"], results["ours"]
    print("delta    " + " ".join(f"{mine[k] - lead[k]:+6.2f}" for k in ("r1", "r2", "rlsum")))
    print(f"({time.monotonic() - started:.1f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
