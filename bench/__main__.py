"""`python -m bench [--quick]`: measure Newswire against the model's own limit, print one table, save JSON and a PNG.

Order of a run: the limit in-process (nothing else of ours running), then a private system (Redis, API,
one worker of `--concurrency` processes): latency when idle, throughput through the API, ingest and
`submit()`, a soak up to `--articles` for the memory check, the API load test against a trivial Flask
app, and last the scaling runs (one process, then two separate workers).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import chart, limit, load, report, system
from bench import trace as redis_trace
from bench.corpus import ROOT, Article, base_texts, load_sources, make_articles
from bench.stack import Stack

RESULTS = Path(__file__).with_name("results")
WORKDIR = ROOT / "var" / "bench"
TRACE_ARTICLES = 10  # sent one at a time under Redis MONITOR


@dataclass(frozen=True)
class Config:
    """What one run measures and how much of it."""

    articles: int  # through the main worker in total: the memory check's count
    sample: int  # articles per throughput phase (and for the in-process limit)
    latency: int  # articles sent one at a time for the latency distribution
    concurrency: int  # worker pool processes = limit processes
    rate: float  # fixed request rate of the API load test
    load_seconds: float
    connections: int
    progress: bool


def parse_args(argv: list[str] | None) -> tuple[Config, argparse.Namespace]:
    """Options, with `--quick` defaults for development."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small counts and short load runs (a few minutes)")
    parser.add_argument("--articles", type=int,
                        help="articles through the main worker in all (default 5000; quick 300)")
    parser.add_argument("--sample", type=int, help="articles per throughput phase (default 300; quick 40)")
    parser.add_argument("--latency", type=int, help="articles in the latency run (default 100; quick 30)")
    parser.add_argument("--concurrency", type=int, default=int(os.environ.get("NEWSWIRE_WORKERS", "2")),
                        help="worker pool processes and limit processes (default NEWSWIRE_WORKERS or 2)")
    parser.add_argument("--rate", type=float, default=1000, help="fixed request rate of the API test (default 1000)")
    parser.add_argument("--load-seconds", type=float, help="length of each API load run (default 10; quick 4)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where latest.json and latest.png go")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    parser.add_argument("--render", type=Path, help="only print the table and redraw the chart of a saved JSON")
    args = parser.parse_args(argv)
    quick = args.quick
    config = Config(
        articles=args.articles or (300 if quick else 5000),
        sample=args.sample or (40 if quick else 300),
        latency=args.latency or (30 if quick else 100),
        concurrency=args.concurrency,
        rate=args.rate,
        load_seconds=args.load_seconds or (4 if quick else 10),
        connections=args.connections,
        progress=not args.no_progress,
    )
    if min(config.articles, config.sample, config.latency, config.concurrency) < 1:
        parser.error("counts must be at least 1")
    return config, args


def run(config: Config, run_id: str, workdir: Path) -> dict[str, Any]:
    """Every measurement of one run, as JSON-ready data."""
    results: dict[str, Any] = {"meta": _meta(run_id), "config": asdict(config)}
    sources = load_sources()
    sample = base_texts(sources, config.sample)
    results["corpus"] = {"sources": len(sources), "sample_words_mean": _mean_words(make_articles(sample, run_id, "x"))}
    limit_texts = [a.text for a in make_articles(sample, run_id, "limit")]
    plan = [("pipe", config.concurrency), ("enrich", config.concurrency), ("enrich", 1)]
    results["limit"] = [r.to_json() for r in limit.measure_all(limit_texts, plan, config.progress)]
    with Stack(workdir) as stack:
        results.update(_main_worker(stack, config, run_id, sources, sample))
        scaling = _scaling(stack, config, run_id, sample)
    results["phases"].update(scaling.pop("phases"))
    results.update(scaling)
    results["meta"].update(finished=_now())
    results["meta"]["host"]["load_end"] = _load()
    results["derived"] = report.derive(results)
    return results


def _main_worker(stack: Stack, config: Config, run_id: str, sources: list, sample: list) -> dict[str, Any]:
    """Latency, throughput by each way in, soak with memory, API load: one worker of `concurrency` processes."""
    stack.start_worker("main", config.concurrency)
    stack.wait_workers()
    memory = {"idle": sum(system.worker_memory(stack).values())}
    phases = {"warmup": system.run_phase(stack, "warmup", "direct",
                                         make_articles(sample[:2 * config.concurrency], run_id, "warmup"), False)}
    memory["warm"] = sum(system.worker_memory(stack).values())
    latency = system.measure_latency(stack, make_articles(base_texts(sources, config.latency, seed=3), run_id,
                                                          "latency"), progress=config.progress)
    traced = redis_trace.trace(stack, make_articles(sample[:TRACE_ARTICLES], run_id, "trace"))
    for name in ("api", "ingest", "direct"):
        phases[name] = system.run_phase(stack, name, name, make_articles(sample, run_id, name), config.progress)
    done_so_far = sum(p.articles for p in phases.values()) + len(latency.samples) + traced["articles"]
    soak_count = config.articles - done_so_far
    if soak_count > 0:
        soak = make_articles(base_texts(sources, soak_count, seed=11), run_id, "soak")
        phases["soak"] = system.run_phase(stack, "soak", "direct", soak, config.progress)
    memory.update(after=sum(system.worker_memory(stack).values()), articles=max(done_so_far, config.articles))
    out: dict[str, Any] = {"phases": {k: v.to_json() for k, v in phases.items()}, "memory": memory, "redis": traced,
                           "latency": {"summary": latency.summary(), "samples": latency.samples}}
    out.update(_api_load(stack, config, phases["api"].ids))
    return out


def _api_load(stack: Stack, config: Config, ids: list[str]) -> dict[str, Any]:
    """GET load on the real API and on the trivial app, while the workers are idle."""
    if load.wrk_path() is None:
        return {"api_load_skipped": "wrk is not installed (apt-get install wrk)"}
    trivial = load.start_trivial_api(stack)
    results = load.compare(stack, trivial, ids, stack.workdir, config.rate, config.load_seconds, config.connections)
    return {"api_load": [r.to_json() for r in results]}


def _scaling(stack: Stack, config: Config, run_id: str, sample: list) -> dict[str, Any]:
    """One pool process, then two single-process workers started separately (as on two hosts) sharing the queue."""
    stack.stop_worker("main")
    phases = {}
    stack.start_worker("one", 1)
    stack.wait_workers()
    system.run_phase(stack, "warmup_1", "direct", make_articles(sample[:2], run_id, "warmup_1"), False)
    phases["direct_1"] = system.run_phase(stack, "direct_1", "direct", make_articles(sample, run_id, "direct_1"),
                                          config.progress)
    stack.stop_worker("one")
    for host in ("host_a", "host_b"):
        stack.start_worker(host, 1)
    stack.wait_workers()
    system.run_phase(stack, "warmup_2", "direct", make_articles(sample[:4], run_id, "warmup_2"), False)
    store = stack.services().store
    before = store.finished_counts()
    phases["scale_out"] = out = system.run_phase(stack, "scale_out", "direct",
                                                 make_articles(sample, run_id, "scale_out"), config.progress)
    after = store.finished_counts()
    by_worker = system.enriched_by_worker(stack, out.ids)
    enrichments = sum(sum(c.values()) for c in by_worker.values())
    seen = set().union(*(set(c) for c in by_worker.values()))
    check = {
        "by_worker": {name: sum(c.values()) for name, c in by_worker.items()},
        "enrichments_logged": enrichments,
        "done_delta": after.get("done", 0) - before.get("done", 0),
        "failed_delta": after.get("failed", 0) - before.get("failed", 0),
    }
    check["ok"] = (out.not_once == 0 and out.done == out.articles and enrichments == out.articles
                   and seen == set(out.ids) and check["done_delta"] == out.articles and check["failed_delta"] == 0
                   and all(check["by_worker"].values()))
    return {"phases": {k: v.to_json() for k, v in phases.items()}, "scale_out": check}


def _meta(run_id: str) -> dict[str, Any]:
    import spacy

    from services.core.config import Settings

    settings = Settings.from_env()
    return {
        "run_id": run_id, "started": _now(),
        "host": {"cpus": os.cpu_count(), "load_start": _load(), "platform": platform.platform()},
        "python": platform.python_version(), "spacy": spacy.__version__, "models": list(settings.models),
        "api_workers": settings.api_workers, "summary_sentences": settings.summary_sentences,
    }


def _mean_words(articles: list[Article]) -> float:
    return sum(a.words for a in articles) / max(len(articles), 1)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def save(results: dict[str, Any], out: Path) -> tuple[Path, Path]:
    """Write latest.json and latest.png under `out`."""
    out.mkdir(parents=True, exist_ok=True)
    json_path, png_path = out / "latest.json", out / "latest.png"
    json_path.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    chart.draw(results, png_path)
    return json_path, png_path


def main(argv: list[str] | None = None) -> int:
    """CLI entry: run (or re-render), print the table, write the files."""
    config, args = parse_args(argv)
    if args.render:
        results = json.loads(args.render.read_text(encoding="utf-8"))
    else:
        run_id = uuid.uuid4().hex[:6]
        workdir = WORKDIR / run_id
        print(f"bench {run_id}: logs and data in {workdir}", file=sys.stderr, flush=True)
        results = run(config, run_id, workdir)
    print(report.render(report.rows(results)))
    json_path, png_path = save(results, args.out)
    print(f"\nwrote {json_path} and {png_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
