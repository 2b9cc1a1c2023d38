"""Story clustering quality on ECB+ gold: B-cubed P/R/F1 of our incremental stories against a TF-IDF baseline.

Gold: `ecb_dev.jsonl` (`{"id", "topic", "story", "text"}`), `story` being the real-world event an
article reports. Articles are submitted one by one in a seeded random order, as a stream would
bring them; the baseline is online clustering on TF-IDF centroids with its threshold tuned on the
same file, articles in file order (the data README's number, F1 0.886).

Run: `.venv/bin/python -m services.eval.score_clusters /work/shared/data/ecb_dev.jsonl --seeds 1 2 3`
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"\b\w\w+\b")
DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "ecb_dev.jsonl"


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
    """L2-normalised TF-IDF vectors: words of 2+ characters, English stop words out, log TF, smooth IDF over `texts`."""
    counts = [Counter(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS) for text in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    idf = {term: math.log((1 + n) / (1 + d)) + 1 for term, d in df.items()}
    vectors = []
    for c in counts:
        vec = {term: (1 + math.log(tf)) * idf[term] for term, tf in c.items()}
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


def pipeline_fingerprint() -> str:
    """A hash of the enrichment code (services/nlp, story clustering aside): a cache is reused only while it holds."""
    digest = hashlib.sha1()
    nlp = Path(__file__).resolve().parents[1] / "nlp"
    for path in sorted(nlp.rglob("*.py")):  # the entities package too
        name = path.relative_to(nlp).as_posix()
        if name not in ("stories.py", "worker.py", "__main__.py"):
            digest.update(name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def default_cache() -> Path:
    """Where enrichments of the gold file are cached for this version of the enrichment code."""
    return Path(tempfile.gettempdir()) / f"newswire_ecb_enrichments_{pipeline_fingerprint()}.jsonl"


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


def story_clusters(client: Any, records: Sequence[dict[str, Any]], features: dict[str, dict[str, Any]]
                   ) -> tuple[dict[str, str], list[float]]:
    """Assign every record, in the given order, with `assign_story` on an empty Redis; story by id and ms per call."""
    from services.nlp.stories import assign_story

    client.flushdb()
    stories: dict[str, str] = {}
    timings: list[float] = []
    for record in records:
        started = time.perf_counter()
        stories[record["id"]] = assign_story(client, record["id"], features[record["id"]])["story_id"]
        timings.append((time.perf_counter() - started) * 1000)
    return stories, timings


def shuffled(records: Sequence[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """The records in a random order fixed by `seed`."""
    order = list(records)
    random.Random(seed).shuffle(order)
    return order


def _line(name: str, score: dict[str, float]) -> str:
    return f"{name:<34} P {score['p']:.4f}  R {score['r']:.4f}  F1 {score['f1']:.4f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3], help="seeds of the shuffled orders")
    parser.add_argument("--cache", type=Path, default=None,
                        help="file reusing enrichments between runs (default: one per version of the enrichment code "
                        "under the temporary directory); '' for none")
    parser.add_argument("--redis-url", default=None, help="an empty Redis database to use (default: a private one)")
    args = parser.parse_args(argv)

    import redis

    from services.nlp.stories import story_features
    from services.stack import processes

    records = load_ecb(args.path)
    gold = {r["id"]: r["story"] for r in records}
    cache = default_cache() if args.cache is None else (args.cache if str(args.cache) else None)
    enrichments = cached_enrichments(records, cache)
    features = {r["id"]: story_features(r["text"], enrichments[r["id"]]) for r in records}
    threshold, tuned = tune_baseline(records, [round(0.1 + 0.02 * i, 2) for i in range(16)])
    print(f"{len(records)} articles, {len(set(gold.values()))} stories")
    print(_line(f"baseline, file order (th {threshold})", tuned))

    proc, data_dir = None, None
    if args.redis_url:
        client = redis.Redis.from_url(args.redis_url, decode_responses=True)
    else:
        data_dir = tempfile.TemporaryDirectory(prefix="newswire-redis-")
        port = processes.free_port()
        proc = processes.start_redis(port, Path(data_dir.name), appendonly=False)
        client = redis.Redis(port=port, decode_responses=True)
    ours_f1, base_f1 = [], []
    try:
        for seed in args.seeds:
            order = shuffled(records, seed)
            labels = baseline_tfidf_clusters([r["text"] for r in order], threshold)
            base = bcubed(gold, {r["id"]: str(label) for r, label in zip(order, labels, strict=True)})
            pred, timings = story_clusters(client, order, features)
            ours = bcubed(gold, pred)
            base_f1.append(base["f1"])
            ours_f1.append(ours["f1"])
            print(_line(f"seed {seed}: baseline", base))
            print(_line(f"seed {seed}: newswire stories", ours)
                  + f"  ({len(set(pred.values()))} stories; assign_story mean {sum(timings) / len(timings):.1f} ms,"
                  f" max {max(timings):.1f} ms)")
    finally:
        client.close()
        processes.stop(proc)
        if data_dir is not None:
            data_dir.cleanup()
    print(f"mean F1 over {len(args.seeds)} shuffles: baseline {sum(base_f1) / len(base_f1):.4f}, "
          f"newswire {sum(ours_f1) / len(ours_f1):.4f} (min {min(ours_f1):.4f}, max {max(ours_f1):.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
