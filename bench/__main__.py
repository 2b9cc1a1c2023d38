"""`python -m bench [--quick]`: measure Newswire against the model's own limit, print one table, save JSON and a PNG.

A run keeps `--concurrency` model-loaded processes for the in-process limit next to a private system
(Redis, API, one worker of `--concurrency` pool processes). In order: latency of single articles on the
idle system, first while the store is new (until the stories' corpus has settled), then the latency run
proper, and a Redis MONITOR trace; then rounds over the sample, each measuring the limit (bare
`nlp.pipe`, `pipeline.enrich_many`) right before the same texts go through the API, ingest and `submit()`;
a soak up to `--articles` for the memory check; the API load test against a trivial Flask app; last
the scaling runs (one pool process against the one-process limit, then two separate workers).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import chart, limit, load, report, system
from bench import trace as redis_trace
from bench.corpus import ROOT, Article, Source, base_texts, load_sources, make_articles
from bench.stack import Stack
from services.nlp.stories import SETTLED_CORPUS, corpus_size

RESULTS = Path(__file__).with_name("results")
WORKDIR = ROOT / "var" / "bench"
TRACE_ARTICLES = 10  # sent one at a time under Redis MONITOR
MIN_SOAK = 10  # fewer articles left to reach --articles are not worth a phase


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
    rounds: int  # the limit is re-measured before each round of system phases
    progress: bool


def parse_args(argv: list[str] | None) -> tuple[Config, argparse.Namespace]:
    """Options, with `--quick` defaults for development."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small counts and short load runs (a few minutes)")
    parser.add_argument("--articles", type=int,
                        help="articles through the main worker in all (default 5000; quick 300)")
    parser.add_argument("--sample", type=int, help="articles per throughput phase (default 300; quick 60)")
    parser.add_argument("--latency", type=int, help="articles in the latency run (default 100)")
    parser.add_argument("--concurrency", type=int, default=int(os.environ.get("NEWSWIRE_WORKERS", "2")),
                        help="worker pool processes and limit processes (default NEWSWIRE_WORKERS or 2)")
    parser.add_argument("--rate", type=float, default=1000, help="fixed request rate of the API test (default 1000)")
    parser.add_argument("--load-seconds", type=float, help="length of each API load run (default 10; quick 4)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    parser.add_argument("--rounds", type=int,
                        help="rounds of limit + system phases over the sample (default 3; quick 2)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where latest.json and latest.png go")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    parser.add_argument("--render", type=Path, help="only print the table and redraw the chart of a saved JSON")
    args = parser.parse_args(argv)
    quick = args.quick
    config = Config(
        articles=args.articles or (300 if quick else 5000),
        sample=args.sample or (60 if quick else 300),
        latency=args.latency or 100,
        concurrency=args.concurrency,
        rate=args.rate,
        load_seconds=args.load_seconds or (4 if quick else 10),
        connections=args.connections,
        rounds=args.rounds or (2 if quick else 3),
        progress=not args.no_progress,
    )
    if min(config.articles, config.sample, config.latency, config.concurrency, config.rounds) < 1:
        parser.error("counts must be at least 1")
    return config, args


def run(config: Config, run_id: str, workdir: Path) -> dict[str, Any]:
    """Every measurement of one run, as JSON-ready data."""
    results: dict[str, Any] = {"meta": _meta(run_id), "config": asdict(config)}
    sources = load_sources()
    sample = base_texts(sources, config.sample)
    results["corpus"] = {"sources": len(sources), "sample_words_mean": _mean_words(make_articles(sample, run_id, "x"))}
    runner = Runner(config, run_id, sources, sample)
    with limit.Baseline(config.concurrency, config.progress) as baseline, Stack(workdir) as stack:
        runner.baseline, runner.stack = baseline, stack
        results.update(runner.main_worker())
        results.update(runner.scaling())
    results["limit"] = [{**limit.combine(r).to_json(), "during": key[2]} for key, r in runner.limits.items()]
    results["phases"] = {name: system.combine(r).to_json() for name, r in runner.phases.items()}
    results["meta"].update(finished=_now())
    results["meta"]["host"]["load_end"] = _load()
    results["derived"] = report.derive(results)
    return results


class Runner:
    """The run's steps; the limit is measured in rounds interleaved with the system phases it is compared to."""

    def __init__(self, config: Config, run_id: str, sources: list[Source], sample: list[Source]) -> None:
        self.config, self.run_id, self.sources, self.sample = config, run_id, sources, sample
        self.baseline: limit.Baseline
        self.stack: Stack
        # (mode, processes, part of the run) -> rounds; "scaling" ones are compared among themselves.
        self.limits: dict[tuple[str, int, str], list[limit.LimitResult]] = {}
        self.phases: dict[str, list[system.PhaseResult]] = {}

    def rounds(self) -> list[list[Source]]:
        """The sample cut into `config.rounds` consecutive slices."""
        count = min(self.config.rounds, len(self.sample))
        size = -(-len(self.sample) // count)
        return [self.sample[i:i + size] for i in range(0, len(self.sample), size)]

    def measure_limit(self, bases: list[Source], mode: str, processes: int, tag: str, during: str = "main") -> None:
        texts = [a.text for a in make_articles(bases, self.run_id, tag)]
        self.limits.setdefault((mode, processes, during), []).append(self.baseline.measure(texts, mode, processes))

    def measure_phase(self, name: str, path: str, bases: list[Source], tag: str,
                      on_poll: Callable[[int], None] | None = None) -> system.PhaseResult:
        result = system.run_phase(self.stack, name, path, make_articles(bases, self.run_id, tag), self.config.progress,
                                  on_poll=on_poll)
        self.phases.setdefault(name, []).append(result)
        return result

    def warm_up(self, count: int, tag: str) -> None:
        """A few articles first: each pool process loads its buffers before anything is timed."""
        system.run_phase(self.stack, tag, "direct", make_articles(self.sample[:count], self.run_id, tag), False)

    def main_worker(self) -> dict[str, Any]:
        """One worker of `concurrency` processes: latency, throughput by each way in, soak and memory, API load."""
        procs = self.config.concurrency
        self.stack.start_worker("main", procs)
        self.stack.wait_workers()
        memory = {"idle": system.idle_memory(self.stack, "main")}
        # Two full batches per pool process: the baseline is a worker that has parsed, not a fresh one.
        warmed = 2 * procs * self.stack.settings().worker_batch
        self.warm_up(warmed, "warmup")
        memory["warm"] = system.idle_memory(self.stack, "main")
        new_store = self.new_store_latency()
        latency = system.measure_latency(self.stack, make_articles(base_texts(self.sources, self.config.latency,
                                                                              seed=3), self.run_id, "latency"),
                                         progress=self.config.progress)
        traced = redis_trace.trace(self.stack, make_articles(self.sample[:TRACE_ARTICLES], self.run_id, "trace"))
        for number, bases in enumerate(self.rounds()):
            self.measure_limit(bases, "pipe", procs, f"pipe_r{number}")
            self.measure_limit(bases, "enrich", procs, f"enrich_r{number}")
            for path in ("api", "ingest", "direct"):
                self.measure_phase(path, path, bases, f"{path}_r{number}")
        processed = warmed + len(new_store.samples) + len(latency.samples) + traced["articles"] + 3 * len(self.sample)
        curve = system.MemoryCurve(self.stack, "main", processed)
        if self.config.articles - processed >= MIN_SOAK:
            soak = base_texts(self.sources, self.config.articles - processed, seed=11)
            self.measure_phase("soak", "direct", soak, "soak", on_poll=curve)
            # The soak's texts are not the sample's, and the model's cost per word differs between texts:
            # its ratio is taken against the limit on texts spread over the soak itself.
            spread = soak[::max(1, len(soak) // self.config.sample)][:self.config.sample]
            self.measure_limit(spread, "pipe", procs, "pipe_soak", "soak")
            self.measure_limit(spread, "enrich", procs, "enrich_soak", "soak")
        memory.update(after=system.idle_memory(self.stack, "main"),
                      articles=max(processed, self.config.articles), curve=curve.points)
        out: dict[str, Any] = {"memory": memory, "redis": traced,
                               "latency": {"summary": latency.summary(), "samples": latency.samples},
                               "latency_new_store": {"summary": new_store.summary(), "samples": new_store.samples}}
        out.update(self.api_load())
        self.stack.stop_worker("main")
        return out

    def new_store_latency(self) -> system.LatencyResult:
        """Latency while the stories' corpus is young, one article at a time until it has settled.

        A store's first `SETTLED_CORPUS` articles weigh their neighbours again at every assignment (see
        services/nlp/stories.py): measured apart, so the latency run proper sees a store in its lasting state.
        """
        redis = self.stack.services().store.redis
        bases = base_texts(self.sources, 2 * SETTLED_CORPUS, seed=5)
        return system.measure_latency(self.stack, make_articles(bases, self.run_id, "young"),
                                      progress=self.config.progress,
                                      until=lambda: corpus_size(redis) >= SETTLED_CORPUS)

    def api_load(self) -> dict[str, Any]:
        """GET load on the real API and on the trivial app, while the workers are idle."""
        if load.wrk_path() is None:
            return {"api_load_skipped": "wrk is not installed (apt-get install wrk)"}
        trivial = load.start_trivial_api(self.stack)
        ids = system.combine(self.phases["api"]).ids
        found = load.compare(self.stack, trivial, ids, self.stack.workdir, self.config.rate, self.config.load_seconds,
                             self.config.connections)
        return {"api_load": [r.to_json() for r in found]}

    def scaling(self) -> dict[str, Any]:
        """One pool process, then two single-process workers started separately (as on two hosts) sharing the queue."""
        self.stack.start_worker("one", 1)
        self.stack.wait_workers()
        self.warm_up(2, "warmup_1")
        for number, bases in enumerate(self.rounds()):
            # The model's own scaling, measured at the same time as the one-process system.
            self.measure_limit(bases, "enrich", 1, f"enrich1_r{number}", "scaling")
            self.measure_limit(bases, "enrich", self.config.concurrency, f"enrichn_r{number}", "scaling")
            self.measure_phase("direct_1", "direct", bases, f"direct1_r{number}")
        self.stack.stop_worker("one")
        for host in ("host_a", "host_b"):
            self.stack.start_worker(host, 1)
        self.stack.wait_workers()
        self.warm_up(4, "warmup_2")
        store = self.stack.services().store
        before = store.finished_counts()
        for number, bases in enumerate(self.rounds()):
            self.measure_phase("scale_out", "direct", bases, f"scale_r{number}")
        after = store.finished_counts()
        out = system.combine(self.phases["scale_out"])
        return {"scale_out": scale_out_check(self.stack, out, before, after)}


def scale_out_check(stack: Stack, out: system.PhaseResult, before: dict[str, int], after: dict[str, int]
                    ) -> dict[str, Any]:
    """Did the separate workers share the queue with every article enriched exactly once?"""
    by_worker = system.enriched_by_worker(stack, out.ids)
    enrichments = sum(sum(c.values()) for c in by_worker.values())
    seen = set().union(*(set(c) for c in by_worker.values()))
    check: dict[str, Any] = {
        "by_worker": {name: sum(c.values()) for name, c in by_worker.items()},
        "enrichments_logged": enrichments,
        "done_delta": after.get("done", 0) - before.get("done", 0),
        "failed_delta": after.get("failed", 0) - before.get("failed", 0),
    }
    check["ok"] = (out.not_once == 0 and out.done == out.articles and enrichments == out.articles
                   and seen == set(out.ids) and check["done_delta"] == out.articles and check["failed_delta"] == 0
                   and all(check["by_worker"].values()))
    return check


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
