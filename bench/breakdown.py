"""`python -m bench.breakdown`: where one article's CPU goes, in one process, stage by stage.

Complements `make bench` (which measures the whole system against the model) with the detail needed
to act on it: the model's components, each enrichment step, the schema round trip, what the worker
does after `enrich()`, batching with `nlp.pipe`, and a profile of `GET /v1/articles/<id>` by package.
CPU time (`time.process_time`) is used throughout, and the variants compared are run alternately in
several repeats, so other tenants of a shared machine disturb the comparison as little as possible.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import secrets
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from bench.corpus import base_texts, load_sources, make_articles
from services.core.config import ApiKey, Settings
from services.core.indexes import index_entry
from services.core.schemas import Enrichment
from services.nlp import pipeline
from services.nlp.doctext import forget_tokens
from services.nlp.entities import extract_entities
from services.nlp.keyphrases import keyphrases
from services.nlp.language import detect_language
from services.nlp.money import extract_figures, extract_money
from services.nlp.quotes import extract_quotes
from services.nlp.summary import summarize
from services.stack import processes

RESULTS = Path(__file__).with_name("results")
_SCHEMA = Enrichment()


def cpu_ms(work: Callable[[], Any]) -> tuple[float, Any]:
    """CPU milliseconds of one call, and its result."""
    started = time.process_time()
    result = work()
    return (time.process_time() - started) * 1000, result


def stage_costs(nlp: Language, texts: list[str], summary_sentences: int) -> dict[str, float]:
    """Mean CPU ms per article of every stage of `pipeline.enrich` and of the worker's work after it."""
    totals: dict[str, float] = defaultdict(float)
    for text in texts:
        ms, _ = cpu_ms(lambda t=text: detect_language(t))
        totals["language detection"] += ms
        with nlp.memory_zone():
            ms, doc = cpu_ms(lambda t=text: nlp.make_doc(t))
            totals["model: tokenizer"] += ms
            for name, component in nlp.pipeline:
                ms, doc = cpu_ms(lambda c=component, d=doc: c(d))
                totals[f"model: {name}"] += ms
            _analysis_costs(nlp, doc, summary_sentences, totals)
        result = pipeline.enrich(nlp, text, summary_sentences=summary_sentences)
        raw = {**result}
        ms, _ = cpu_ms(lambda r=raw: _SCHEMA.load(r))
        totals["schema load (in enrich, after processing_ms)"] += ms
        ms, _ = cpu_ms(lambda r=result: json.dumps(r))
        totals["worker: json.dumps(enrichment)"] += ms
        ms, _ = cpu_ms(lambda r=result: index_entry({"source": "bench", "created_at": "0"}, r))
        totals["worker: index_entry"] += ms
        totals["enrichment JSON bytes"] += len(json.dumps(result))
    return {name: value / len(texts) for name, value in totals.items()}


def _analysis_costs(nlp: Language, doc: Doc, summary_sentences: int, totals: dict[str, float]) -> None:
    """Add each analysis step's CPU ms for one parsed doc to `totals`.

    The steps share per-document caches (`doctext.tokens_of`, `quotes.quote_spans_of`) as in `analyse`: the first
    step to need one pays for it (entities build the token tables, quotes find the quote marks the summary reuses),
    so a later step reads lower than it would alone; the total is what `analyse` costs."""
    try:
        _step_costs(nlp, doc, summary_sentences, totals)
    finally:
        forget_tokens(doc)  # as `analyse` does: no Token left in user_data to keep the doc alive


def _step_costs(nlp: Language, doc: Doc, summary_sentences: int, totals: dict[str, float]) -> None:
    ms, (mentions, _) = cpu_ms(lambda: extract_entities(doc, nlp))
    totals["analyse: entities"] += ms
    ms, _ = cpu_ms(lambda: pipeline.link_speakers(extract_quotes(doc, mentions), mentions))
    totals["analyse: quotes"] += ms
    ms, _ = cpu_ms(lambda: extract_money(doc))
    totals["analyse: money"] += ms
    ms, _ = cpu_ms(lambda: extract_figures(doc))
    totals["analyse: figures"] += ms
    ms, _ = cpu_ms(lambda: keyphrases(doc))
    totals["analyse: keyphrases"] += ms
    ms, _ = cpu_ms(lambda: summarize(doc, max_sentences=summary_sentences))
    totals["analyse: summary"] += ms


def doc_text_cost(nlp: Language, texts: list[str], summary_sentences: int) -> dict[str, float]:
    """How often the analysis rebuilds `doc.text` (it joins every token each time) and what that costs."""
    profiler = cProfile.Profile()
    calls = 0.0
    per_call_ms = 0.0
    for text in texts:
        with nlp.memory_zone():
            doc = nlp(text)
            profiler.enable()
            pipeline.analyse(nlp, doc, summary_sentences)
            profiler.disable()
            ms, _ = cpu_ms(lambda d=doc: [d.text for _ in range(20)])
            per_call_ms += ms / 20
    line = _doc_text_line()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    for (filename, number, name), (_, ncalls, *_rest) in stats.items():
        # Cython lists the property under its decorator's line as `__get__`.
        if filename.endswith("doc.pyx") and name == "__get__" and line - 2 <= number <= line:
            calls += ncalls
    per_article_calls = calls / len(texts)
    per_call = per_call_ms / len(texts)
    return {"doc.text calls per article": per_article_calls, "ms per doc.text call": per_call,
            "estimated ms per article": per_article_calls * per_call}


def _doc_text_line() -> int:
    """Line of `def text(self)` in spaCy's doc.pyx (0 if the source is not installed)."""
    import spacy.tokens.doc as doc_module

    source = Path(doc_module.__file__).with_name("doc.pyx")
    if not source.exists():
        return 0
    lines = source.read_text(encoding="utf-8").splitlines()
    return next((i + 1 for i, text in enumerate(lines) if text.strip() == "def text(self):"), 0)


def batching(nlp: Language, texts: list[str], repeats: int) -> dict[str, float]:
    """CPU ms per article of the bare model: one `nlp(text)` each vs `nlp.pipe` in batches, run alternately."""
    variants: dict[str, Callable[[], None]] = {"nlp(text) one by one": lambda: _each(nlp, texts)}
    for size in (4, 16, 64):
        variants[f"nlp.pipe batch_size={size}"] = lambda s=size: _piped(nlp, texts, s)
    totals: dict[str, float] = defaultdict(float)
    for _ in range(repeats):
        for name, work in variants.items():
            ms, _ = cpu_ms(work)
            totals[name] += ms
    return {name: value / repeats / len(texts) for name, value in totals.items()}


def _each(nlp: Language, texts: list[str]) -> None:
    for text in texts:
        with nlp.memory_zone():
            nlp(text)


def _piped(nlp: Language, texts: list[str], size: int) -> None:
    with nlp.memory_zone():
        for _ in nlp.pipe(texts, batch_size=size):
            pass


def api_read_profile(nlp: Language, texts: list[str], requests: int, workdir: Path) -> dict[str, Any]:
    """CPU ms of `GET /v1/articles/<id>` in-process (Flask test client, private Redis), by package."""
    from services.api import create_app
    from services.core.schemas import ArticleOut, present_article
    from services.core.store import Store

    port = processes.free_port()
    redis_proc = processes.start_redis(port, workdir, appendonly=False)
    try:
        secret = secrets.token_hex(16)
        settings = replace(Settings.from_env(), redis_url=f"redis://127.0.0.1:{port}/0", rate_limit="100000000/minute",
                           api_keys=(ApiKey("bench", secret, frozenset({"read", "submit", "admin"})),))
        app = create_app(settings, {"TESTING": True})
        store = Store.from_url(settings.redis_url)
        ids = [_stored(store, nlp, text) for text in texts[:5]]
        client = app.test_client()
        headers = {"Authorization": f"Bearer {secret}"}
        for article_id in ids:  # warm: first requests import and cache
            client.get(f"/v1/articles/{article_id}", headers=headers)
        ms, _ = cpu_ms(lambda: [client.get(f"/v1/articles/{ids[i % len(ids)]}", headers=headers)
                                for i in range(requests)])
        record = store.get_article(ids[0])
        parts = {
            "GET total (test client)": ms / requests,
            "store.get_article (HGETALL + json.loads)": cpu_ms(lambda: [store.get_article(ids[0])
                                                                       for _ in range(50)])[0] / 50,
            "ArticleOut().dump(present_article(record))": cpu_ms(lambda: [ArticleOut().dump(present_article(record))
                                                                         for _ in range(50)])[0] / 50,
            "json.dumps(record)": cpu_ms(lambda: [json.dumps(record) for _ in range(50)])[0] / 50,
        }
        profiler = cProfile.Profile()
        profiler.enable()
        for i in range(requests):
            client.get(f"/v1/articles/{ids[i % len(ids)]}", headers=headers)
        profiler.disable()
        return {"ms_per_request": parts, "share_by_package": _by_package(profiler)}
    finally:
        processes.stop(redis_proc)


def _stored(store: Any, nlp: Language, text: str) -> str:
    from services.core.submit import content_digest

    outcome = store.add_article(content_digest(text), {"text": text, "title": "bench", "source": "bench"})
    store.mark_processing(outcome.id)
    store.mark_done(outcome.id, pipeline.enrich(nlp, text))
    return outcome.id


def _by_package(profiler: cProfile.Profile, top: int = 14) -> dict[str, float]:
    """Share of own (tottime) profile time per package; C built-ins are named by function."""
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    buckets: dict[str, float] = defaultdict(float)
    for (filename, _, name), (_, _, own, *_rest) in stats.items():
        buckets[_package(filename, name)] += own
    total = sum(buckets.values()) or 1.0
    ranked = sorted(buckets.items(), key=lambda kv: -kv[1])[:top]
    return {name: round(value / total, 3) for name, value in ranked}


def _package(filename: str, name: str) -> str:
    if filename == "~":
        return f"builtin {name}"
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    if "/services/" in filename:
        return "services/" + filename.split("/services/", 1)[1]
    return "stdlib " + Path(filename).stem


def main(argv: list[str] | None = None) -> int:
    """Print each breakdown and write bench/results/breakdown.json."""
    parser = argparse.ArgumentParser(prog="python -m bench.breakdown", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=40, help="sample articles (default 40)")
    parser.add_argument("--repeats", type=int, default=3, help="alternating repeats of the batching runs")
    parser.add_argument("--requests", type=int, default=300, help="GET requests profiled (default 300)")
    parser.add_argument("--out", type=Path, default=RESULTS / "breakdown.json")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    nlp = pipeline.load_resources()  # as a pool process sets up: the language identifier loaded, not timed
    texts = [a.text for a in make_articles(base_texts(load_sources(), args.articles), "brk", "breakdown")]
    pipeline.enrich(nlp, texts[0])  # warm-up
    steps = {
        "stages (CPU ms/article)": lambda: stage_costs(nlp, texts, settings.summary_sentences),
        "doc.text rebuilds": lambda: doc_text_cost(nlp, texts, settings.summary_sentences),
        "model batching (CPU ms/article)": lambda: batching(nlp, texts, args.repeats),
    }
    results: dict[str, Any] = {"articles": len(texts), "words_mean": sum(len(t.split()) for t in texts) / len(texts)}
    for title, step in tqdm(steps.items(), desc="breakdown", unit="step"):
        results[title] = step()
    with tempfile.TemporaryDirectory() as tmp:
        results["GET /v1/articles/<id>"] = api_read_profile(nlp, texts, args.requests, Path(tmp))
    _print(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


def _print(results: dict[str, Any], indent: str = "") -> None:
    for key, value in results.items():
        if isinstance(value, dict):
            print(f"{indent}{key}")
            _print(value, indent + "  ")
        else:
            print(f"{indent}{key:<58} {value:10.2f}" if isinstance(value, float) else f"{indent}{key:<58} {value}")


if __name__ == "__main__":
    sys.exit(main())
