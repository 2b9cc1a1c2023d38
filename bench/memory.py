"""`python -m bench.memory`: resident memory of one process enriching the whole corpus the way a pool process does.

A quick check of memory growth without starting a system: `enrich_many` over batches with the heap kept
for reuse, RSS of the idle process (free heap given back, as a worker does once idle) after a warm-up
against the same at the end.
The system measure is `make bench` (pool processes over 5,000 articles).
"""
from __future__ import annotations

import argparse

import psutil
from tqdm import tqdm

from bench.corpus import load_sources
from services.core.config import Settings
from services.nlp import pipeline
from services.nlp.memory import return_free_memory


def _idle_mib() -> float:
    """RSS once the free heap is given back, as a worker's pool process does when idle."""
    return_free_memory()
    return psutil.Process().memory_info().rss / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=Settings.worker_batch, help="articles per enrich_many call")
    parser.add_argument("--warm", type=int, default=4, help="batches before the baseline reading")
    args = parser.parse_args()
    nlp = pipeline.load_resources()  # as a pool process does at start
    texts = [source.text for source in load_sources()]
    batches = [texts[i:i + args.batch] for i in range(0, len(texts), args.batch)]
    warm = 0.0
    for n, batch in enumerate(tqdm(batches, desc="enrich", unit="batch")):
        if n == args.warm:
            warm = _idle_mib()
        pipeline.enrich_many(nlp, [(text, None) for text in batch])
    after = _idle_mib()
    print(f"{len(texts)} articles: RSS after {args.warm} warm-up batches {warm:.0f} MiB -> "
          f"after all {after:.0f} MiB ({(after / warm - 1) * 100:+.1f}%)")


if __name__ == "__main__":
    main()
