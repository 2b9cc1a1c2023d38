"""The physical limit: the model itself, in-process, with as many processes as the workers use.

Each process loads the model once (as a worker pool process does) and stays up for the whole run,
so the limit is measured in rounds between the system's phases and both see the same machine (other
tenants of a shared machine come and go). Timed is only the work: `nlp.pipe` over a chunk (the bare
model), `nlp(text)` per text (the model without batching) or `pipeline.enrich_many` over the chunk
(exactly what a worker task runs on a batch it claimed).
"""
from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from spacy.language import Language
from tqdm import tqdm

from services.core.config import Settings

MODES = ("pipe", "call", "enrich")
# Small chunks keep the processes evenly busy to the end; batching beyond a few texts gains little on CPU.
# The workers' default batch (NEWSWIRE_WORKER_BATCH).
CHUNK = Settings.worker_batch
_model: Language | None = None
_summary_sentences = 3


@dataclass(frozen=True)
class LimitResult:
    """Throughput of one mode with `processes` processes over the given texts."""

    mode: str
    processes: int
    articles: int
    words: int
    seconds: float
    cpu_seconds: float  # CPU time of the work itself, summed over processes: robust to other tenants

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        """Fields plus the derived rates."""
        return {**asdict(self), "articles_per_s": self.articles_per_s, "words_per_s": self.words_per_s,
                "cpu_ms_per_article": self.cpu_seconds * 1000 / self.articles if self.articles else 0.0}


def _load(barrier: Any) -> None:
    """Pool initializer: load and warm the model like a worker process, then wait for the others."""
    global _model, _summary_sentences
    from services.core.config import Settings
    from services.nlp.pipeline import enrich, load_resources

    _summary_sentences = Settings.from_env().summary_sentences
    _model = load_resources()  # the same process set-up as a worker's pool process, allocator settings included
    enrich(_model, "Warm-up: John Smith said the company would invest $5m in Leeds, the BBC reported.")
    barrier.wait()


def _run(job: tuple[str, list[str]]) -> tuple[int, float]:
    """Process one chunk of texts in the given mode; returns how many texts and the CPU seconds it took."""
    from services.nlp.pipeline import enrich_many

    mode, texts = job
    assert _model is not None, "the pool initializer loads the model"
    started = time.process_time()
    if mode == "pipe":
        # Same memory zone as the worker's enrich(), so only the pipeline's work differs.
        with _model.memory_zone():
            for _ in _model.pipe(texts):
                pass
    elif mode == "call":
        for text in texts:
            with _model.memory_zone():
                _model(text)
    else:
        enrich_many(_model, [(text, None) for text in texts], summary_sentences=_summary_sentences)
    return len(texts), time.process_time() - started


class Baseline:
    """Model-loaded processes kept for the whole run, so the limit is re-measured between system phases."""

    def __init__(self, processes: int, progress: bool = True) -> None:
        self.processes = processes
        self.progress = progress
        # spawn: each process starts clean and loads its own model, as a worker pool process does.
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(processes + 1)
        self._pool = context.Pool(processes, initializer=_load, initargs=(barrier,))
        barrier.wait(timeout=600)

    def measure(self, texts: list[str], mode: str, processes: int | None = None, chunk: int = CHUNK,
                timeout: float = 3600) -> LimitResult:
        """Throughput of `mode` over `texts` on `processes` of the loaded processes (default all)."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        processes = processes or self.processes
        if not 1 <= processes <= self.processes:
            raise ValueError(f"processes must be within 1..{self.processes}")
        jobs = [(mode, texts[i:i + chunk]) for i in range(0, len(texts), chunk)]
        desc = f"limit {mode} x{processes}"
        started = time.perf_counter()
        if processes == self.processes:
            results = self._pool.imap_unordered(_run, jobs)
            getters = [results.next] * len(jobs)
        else:  # one process: one job at a time, so never two run at once
            getters = [partial(_apply, self._pool, job) for job in jobs]
        done, cpu = _drain(getters, len(texts), desc, self.progress, deadline=started + timeout)
        seconds = time.perf_counter() - started
        return LimitResult(mode, processes, done, sum(len(t.split()) for t in texts), seconds, cpu)

    def close(self) -> None:
        """Stop the processes."""
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> Baseline:
        return self

    def __exit__(self, *_: Any) -> None:
        self.close()


def _apply(pool: Any, job: tuple[str, list[str]], timeout: float) -> tuple[int, float]:
    return pool.apply_async(_run, (job,)).get(timeout=timeout)


def _drain(getters: list[Callable[[float], tuple[int, float]]], total: int, desc: str, progress: bool,
           deadline: float) -> tuple[int, float]:
    """Collect every job's (texts, CPU seconds) with a progress bar; a getter past the deadline raises TimeoutError."""
    done, cpu = 0, 0.0
    with tqdm(total=total, desc=desc, unit="art", disable=not progress, leave=False) as bar:
        for get in getters:
            count, seconds = get(max(deadline - time.perf_counter(), 0.001))
            done, cpu = done + count, cpu + seconds
            bar.update(count)
    return done, cpu


def combine(results: list[LimitResult]) -> LimitResult:
    """Several measurements of one mode as one: totals of articles, words, seconds and CPU."""
    first = results[0]
    return LimitResult(first.mode, first.processes, sum(r.articles for r in results), sum(r.words for r in results),
                       sum(r.seconds for r in results), sum(r.cpu_seconds for r in results))
