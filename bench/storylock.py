"""`python -m bench.storylock`: how long story assignment holds the cluster-wide lock, per article.

Every worker takes the same Redis lock to assign a story, so the time it is held bounds how many articles
the whole cluster can assign per second, however many workers there are. This enriches a sample of the
corpus, then assigns the articles one after another on a private Redis and reports the lock's hold time
(from acquired to released) and the CPU of each whole assignment, for the earlier and later articles
(the store grows as they go).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import redis
from redis.lock import Lock
from tqdm import tqdm

from bench.corpus import base_texts, load_sources, make_articles
from services.core.config import Settings
from services.nlp import pipeline, stories
from services.nlp.model import load_model
from services.stack import processes


class TimedLock:
    """A redis-py lock that records how long it was held."""

    def __init__(self, lock: Lock, held: list[float]) -> None:
        self.lock, self.held = lock, held

    def __enter__(self) -> TimedLock:
        self.lock.__enter__()
        self.acquired = time.perf_counter()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.held.append(time.perf_counter() - self.acquired)
        self.lock.__exit__(*exc)


class TimingClient(redis.Redis):
    """A client whose locks record their hold times in `held`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.held: list[float] = []

    def lock(self, *args: Any, **kwargs: Any) -> TimedLock:  # type: ignore[override]
        return TimedLock(super().lock(*args, **kwargs), self.held)


def features_of(count: int) -> list[dict[str, Any]]:
    """Story features of `count` corpus articles (English ones only, as the worker assigns)."""
    nlp = load_model()
    texts = [a.text for a in make_articles(base_texts(load_sources(), count, seed=13), "storylock", "x")]
    found = []
    batch = Settings.worker_batch
    for i in tqdm(range(0, len(texts), batch), desc="enrich", unit="batch"):
        chunk = texts[i:i + batch]
        for text, result in zip(chunk, pipeline.enrich_many(nlp, [(t, None) for t in chunk]), strict=True):
            if isinstance(result, dict) and result["language"] == "en":
                found.append(stories.story_features(text, result))
    return found


def _ms(values: list[float], share: float | None = None) -> str:
    if share is None:
        return f"{statistics.mean(values) * 1000:.2f}"
    return f"{sorted(values)[int(share * (len(values) - 1))] * 1000:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=800, help="articles assigned (default 800)")
    args = parser.parse_args()
    features = features_of(args.articles)
    port = processes.free_port()
    server = processes.start_redis(port, Path(tempfile.mkdtemp(prefix="storylock-")), appendonly=False)
    try:
        client = TimingClient(port=port)
        cpu = []
        for n, item in enumerate(tqdm(features, desc="assign", unit="art")):
            started = time.process_time()
            stories.assign_story(client, f"a{n}", item)
            cpu.append(time.process_time() - started)
    finally:
        processes.stop(server)
    half = len(features) // 2
    print(f"{'articles':<12} {'held mean':>10} {'p50':>7} {'p95':>7} {'assign CPU':>11}  (ms)")
    for name, part in (("first half", slice(0, half)), ("second half", slice(half, None))):
        held = client.held[part]
        print(f"{name:<12} {_ms(held):>10} {_ms(held, 0.5):>7} {_ms(held, 0.95):>7} {_ms(cpu[part]):>11}")
    mean = statistics.mean(client.held)
    print(f"one lock for all workers: at most about {1 / mean:.0f} assignments/s (mean hold {mean * 1000:.2f} ms)")


if __name__ == "__main__":
    main()
