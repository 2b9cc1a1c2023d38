"""`make eval`: submit the gold data through the running system and score it against raw baselines.

Without `--api`, starts a private system (Redis, an NLP worker, the API) for the run. Baselines are
computed in the same run with the plain model in this process. Usage:
    python -m services.eval [--data ../shared/data] [--limit N] [--api http://127.0.0.1:8000]
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tqdm import tqdm

from services.core.client import call
from services.eval.score_clusters import bcubed, load_ecb, tune_baseline
from services.eval.score_ner import mapped_spans, prf, read_conll
from services.eval.score_quotes import load_polnear, score_quotes
from services.eval.score_summary import lead3, load_cnndm, rouge_scores, sentence_lines
from services.stack import processes

DEFAULT_DATA = processes.ROOT.parent / "shared" / "data"
TARGETS = {"ner_f1": 0.72, "quote_recall": 0.97, "quote_precision": 0.95, "quote_speaker": 0.90}


def enrich_all(base: str, texts: list[str], desc: str, serial: bool = False) -> list[dict[str, Any]]:
    """Submit each text through the API and long-poll its enrichment (in input order).

    `serial` waits for each article before sending the next, so the stream order is the order given.
    """
    if serial:
        return [_wait(base, _submit(base, text, desc)) for text in tqdm(texts, desc=f"enrich {desc}", unit="doc")]
    ids = [_submit(base, text, desc) for text in tqdm(texts, desc=f"submit {desc}", unit="doc")]
    return [_wait(base, article_id) for article_id in tqdm(ids, desc=f"enrich {desc}", unit="doc")]


def _submit(base: str, text: str, desc: str) -> str:
    status, body = call(base, "POST", "/v1/articles", {"text": text, "source": f"eval-{desc}"})
    if status not in (200, 202):
        raise RuntimeError(f"submission refused ({status}): {body}")
    return body["id"]


def _wait(base: str, article_id: str) -> dict[str, Any]:
    for _ in range(20):
        _, body = call(base, "GET", f"/v1/articles/{article_id}?wait=30")
        if body["status"] in ("done", "failed"):
            break
    if body["status"] != "done":
        raise RuntimeError(f"article {article_id} ended {body['status']}: {body.get('error')}")
    return body["enrichment"]


def eval_ner(base: str, path: Path, nlp: Any, limit: int | None) -> dict[str, Any]:
    docs = read_conll(path)[:limit]
    texts, gold = [d[0] for d in docs], [d[1] for d in docs]
    raw = [mapped_spans((e.start_char, e.end_char, e.label_) for e in doc.ents) for doc in nlp.pipe(texts)]
    ours = [mapped_spans((m["start"], m["end"], m["label"]) for m in e["entities"])
            for e in enrich_all(base, texts, "ner")]
    return {"documents": len(docs), "raw": prf(gold, raw), "newswire": prf(gold, ours)}


def eval_summary(base: str, path: Path, nlp: Any, limit: int | None) -> dict[str, Any]:
    records = load_cnndm(path)[:limit]
    texts = [r["text"] for r in records]
    # ROUGE-Lsum compares sentence by sentence: references split into lines the same way (README of the data).
    refs = [sentence_lines(doc) for doc in nlp.pipe(r["reference"] for r in records)]
    baseline = [lead3(doc) for doc in nlp.pipe(texts)]
    ours = ["\n".join(s["text"] for s in e["summary"]["sentences"]) for e in enrich_all(base, texts, "summary")]
    return {"documents": len(records), "lead3": rouge_scores(baseline, refs), "newswire": rouge_scores(ours, refs)}


def eval_quotes(base: str, path: Path, nlp: Any, limit: int | None) -> dict[str, Any]:
    from services.eval.baseline_quotes import baseline_quotes

    records = load_polnear(path)[:limit]
    texts = [r["text"] for r in records]
    baseline = {r["id"]: baseline_quotes(doc) for r, doc in zip(records, nlp.pipe(texts), strict=True)}
    ours = {r["id"]: e["quotes"] for r, e in zip(records, enrich_all(base, texts, "quotes"), strict=True)}
    return {"documents": len(records), "baseline": score_quotes(records, baseline),
            "newswire": score_quotes(records, ours)}


def eval_clusters(base: str, path: Path, nlp: Any, limit: int | None, seed: int = 7) -> dict[str, Any]:
    """B-cubed F1 of the stories the workers form, articles submitted in a seeded random order."""
    records = load_ecb(path)[:limit]
    shuffled = random.Random(seed).sample(records, len(records))
    gold = {r["id"]: r["story"] for r in records}
    # One article at a time, as a stream brings them: each joins the stories formed before it.
    stories = {}
    for record, enrichment in zip(shuffled, enrich_all(base, [r["text"] for r in shuffled], "clusters", serial=True),
                                  strict=True):
        stories[record["id"]] = enrichment.get("story_id") or f"none-{record['id']}"
    threshold, baseline = tune_baseline(records, [t / 100 for t in range(10, 75, 5)])
    return {"documents": len(records), "seed": seed, "baseline": baseline, "baseline_threshold": threshold,
            "newswire": bcubed(gold, stories)}


def table(results: dict[str, Any]) -> str:
    """The one table: measure, baseline, Newswire, target."""
    rows = [("measure", "baseline", "newswire", "target")]
    if "ner" in results:
        n = results["ner"]
        rows.append((f"NER F1, CoNLL++ dev ({n['documents']} docs; baseline: raw model)",
                     f"{n['raw']['f1']:.3f}", f"{n['newswire']['f1']:.3f}", "≥ 0.72"))
        rows.append(("  NER precision / recall", f"{n['raw']['p']:.3f} / {n['raw']['r']:.3f}",
                     f"{n['newswire']['p']:.3f} / {n['newswire']['r']:.3f}", ""))
    if "summary" in results:
        s = results["summary"]
        for key, name in (("r1", "ROUGE-1"), ("r2", "ROUGE-2"), ("rlsum", "ROUGE-Lsum")):
            rows.append((f"Summary {name}, CNN/DM ({s['documents']} docs; baseline: LEAD-3)",
                         f"{s['lead3'][key]:.2f}", f"{s['newswire'][key]:.2f}", "> LEAD-3"))
    if "clusters" in results:
        c = results["clusters"]
        rows.append((f"Stories B-cubed F1, ECB+ dev ({c['documents']} docs, shuffled; baseline: TF-IDF centroids)",
                     f"{c['baseline']['f1']:.3f}", f"{c['newswire']['f1']:.3f}", "≥ 0.92"))
        rows.append(("  stories precision / recall", f"{c['baseline']['p']:.3f} / {c['baseline']['r']:.3f}",
                     f"{c['newswire']['p']:.3f} / {c['newswire']['r']:.3f}", ""))
    if "quotes" in results:
        q = results["quotes"]
        for key in ("recall", "precision", "speaker"):
            rows.append((f"Quotes {key}, PolNeAR dev ({q['documents']} docs; baseline: rule-based)",
                         f"{q['baseline'][key]:.3f}", f"{q['newswire'][key]:.3f}", f"≥ {TARGETS['quote_' + key]}"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@contextlib.contextmanager
def private_system(workers: int) -> Iterator[str]:
    """Redis, an NLP worker and the API in a temporary folder; yields the API base URL."""
    started: list[subprocess.Popen] = []
    with tempfile.TemporaryDirectory(prefix="newswire-eval-") as tmp:
        try:
            port, api_port = processes.free_port(), processes.free_port()
            started.append(processes.start_redis(port, Path(tmp) / "redis", appendonly=False))
            os.environ["NEWSWIRE_API_KEY"] = key = secrets.token_urlsafe(24)  # read by `call`
            env = {**os.environ, "REDIS_URL": f"redis://127.0.0.1:{port}/0", "PORT": str(api_port),
                   "NEWSWIRE_API_HOST": "127.0.0.1", "NEWSWIRE_API_KEYS": f"eval:{key}:submit+read",
                   "NEWSWIRE_RATE_LIMIT": "1000000/minute", "NEWSWIRE_LOG_LEVEL": "WARNING"}
            started.append(processes.start_worker(env, workers, "eval", Path(tmp) / "worker.log"))
            started.append(processes.start_api(env, Path(tmp) / "api.log"))
            base = f"http://127.0.0.1:{api_port}"
            processes.wait_until(lambda: call(base, "GET", "/readyz", timeout=5)[0] == 200, 300, "system")
            yield base
        finally:
            processes.stop_all(started[1:])  # Redis (the first) last, so that the worker's shutdown can reach it
            processes.stop_all(started[:1])


def gold_files(data: Path) -> dict[str, Path]:
    """The gold file of each part in the folder `data`."""
    return {"ner": data / "conllpp_dev.txt", "summary": data / "cnndm_dev.jsonl",
            "quotes": data / "polnear_dev.jsonl", "clusters": data / "ecb_dev.jsonl"}


def run(data: Path, limit: int | None, base: str | None, workers: int, parts: list[str]) -> dict[str, Any]:
    """Evaluate the chosen parts; starts a private system unless `base` is given."""
    from services.nlp.model import load_model

    nlp = load_model()
    files = gold_files(data)
    steps = {"ner": eval_ner, "summary": eval_summary, "quotes": eval_quotes, "clusters": eval_clusters}
    with contextlib.nullcontext(base) if base else private_system(workers) as url:
        started = time.perf_counter()
        results: dict[str, Any] = {part: steps[part](url, files[part], nlp, limit) for part in parts}
        results["seconds"] = round(time.perf_counter() - started, 1)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m services.eval", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the gold files")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each file")
    parser.add_argument("--api", default=None, help="use this running API instead of a private system")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the private system")
    parser.add_argument("--parts", default="ner,summary,quotes,clusters",
                        help="comma-separated: ner,summary,quotes,clusters")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)
    parts, files = args.parts.split(","), gold_files(args.data)
    if unknown := [part for part in parts if part not in files]:
        parser.error(f"unknown part {', '.join(unknown)}: choose from {', '.join(files)}")
    if missing := [str(files[part]) for part in parts if not files[part].is_file()]:
        # Said before a private system starts, not as a traceback after it.
        parser.error(f"no gold file {', '.join(missing)}: give the folder that holds them with --data DIR")
    results = run(args.data, args.limit, args.api, args.workers, parts)
    print(table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
