"""Story clustering quality on ECB+ gold: B-cubed P/R/F1 of our incremental stories against a TF-IDF baseline.

Gold: `ecb_dev.jsonl` (`{"id", "topic", "story", "text"}`), `story` being the real-world event an
article reports. Articles are submitted one by one in a seeded random order, as a stream would
bring them; the baseline is online clustering on TF-IDF centroids with its threshold tuned on the
same file, articles in file order (the README's number, F1 0.886).

Run: `.venv/bin/python -m services.eval.score_clusters /work/shared/data/ecb_dev.jsonl --seeds 1 2 3`
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# ------------------------------------------------------------------------------------ scoring


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a predicted clustering, averaged over the gold items."""
    items = list(gold)
    missing = [i for i in items if i not in pred]
    if missing:
        raise ValueError(f"{len(missing)} gold items have no predicted cluster, e.g. {missing[0]!r}")
    gold_sizes = Counter(gold[i] for i in items)
    pred_sizes = Counter(pred[i] for i in items)
    both = Counter((gold[i], pred[i]) for i in items)
    precision = recall = 0.0
    for i in items:
        shared = both[(gold[i], pred[i])]
        precision += shared / pred_sizes[pred[i]]
        recall += shared / gold_sizes[gold[i]]
    p, r = precision / len(items), recall / len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1}


def load_ecb(path: str | Path) -> list[dict[str, Any]]:
    """The records of an ECB+ JSONL file, in file order."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# ----------------------------------------------------------------------------------- baseline


def _tfidf_vectors(texts: Sequence[str]) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors (lower-cased word tokens, smooth IDF over `texts`)."""
    counts = [Counter(_WORD.findall(text.lower())) for text in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    idf = {term: math.log((1 + n) / (1 + d)) + 1 for term, d in df.items()}
    vectors = []
    for c in counts:
        vec = {term: tf * idf[term] for term, tf in c.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({term: v / norm for term, v in vec.items()})
    return vectors


def _cosine_to_centroid(vec: dict[str, float], total: dict[str, float], norm: float) -> float:
    """Cosine between a unit vector and a centroid given as its member sum and that sum's norm."""
    return sum(v * total.get(t, 0.0) for t, v in vec.items()) / norm if norm else 0.0


def baseline_tfidf_clusters(texts_in_order: Sequence[str], threshold: float) -> list[int]:
    """Online clustering: each text joins the most similar TF-IDF centroid if cosine ≥ threshold, else opens one."""
    labels: list[int] = []
    totals: list[dict[str, float]] = []
    norms: list[float] = []
    for vec in _tfidf_vectors(texts_in_order):
        scores = [_cosine_to_centroid(vec, total, norm) for total, norm in zip(totals, norms, strict=True)]
        best = max(range(len(scores)), key=scores.__getitem__, default=-1)
        if best >= 0 and scores[best] >= threshold:
            total = totals[best]
            for term, v in vec.items():
                total[term] = total.get(term, 0.0) + v
            norms[best] = math.sqrt(sum(v * v for v in total.values()))
            labels.append(best)
        else:
            totals.append(dict(vec))
            norms.append(1.0)
            labels.append(len(totals) - 1)
    return labels


def tune_baseline(records: Sequence[dict[str, Any]], grid: Iterable[float]) -> tuple[float, dict[str, float]]:
    """The threshold of the grid giving the best baseline B-cubed F1 on `records` (in their order)."""
    gold = {r["id"]: r["story"] for r in records}
    texts = [r["text"] for r in records]
    best: tuple[float, dict[str, float]] = (0.0, {"p": 0.0, "r": 0.0, "f1": -1.0})
    for threshold in grid:
        labels = baseline_tfidf_clusters(texts, threshold)
        score = bcubed(gold, {r["id"]: str(label) for r, label in zip(records, labels, strict=True)})
        if score["f1"] > best[1]["f1"]:
            best = (threshold, score)
    return best


# ------------------------------------------------------------------------------ our pipeline


def _text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def cached_enrichments(records: Sequence[dict[str, Any]], cache: Path | None) -> dict[str, dict[str, Any]]:
    """Enrichment of every record by id through the real pipeline; reused from `cache` when its text matches."""
    known: dict[str, dict[str, Any]] = {}
    if cache is not None and cache.exists():
        with open(cache, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                known[row["digest"]] = row["enrichment"]
    todo = [r for r in records if _text_digest(r["text"]) not in known]
    if todo:
        from services.nlp.model import load_model
        from services.nlp.pipeline import enrich

        nlp = load_model()
        started = time.monotonic()
        out = open(cache, "a", encoding="utf-8") if cache is not None else None  # noqa: SIM115
        try:
            for n, record in enumerate(todo, 1):
                digest = _text_digest(record["text"])
                known[digest] = enrich(nlp, record["text"])
                if out is not None:
                    out.write(json.dumps({"digest": digest, "enrichment": known[digest]}) + "\n")
                if n % 50 == 0:
                    _progress(f"enriched {n}/{len(todo)} in {time.monotonic() - started:.0f} s")
        finally:
            if out is not None:
                out.close()
    return {r["id"]: known[_text_digest(r["text"])] for r in records}


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
