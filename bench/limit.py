"""The physical limit: the model itself, in-process, with as many processes as the workers use.

Each process loads the model once (as a worker pool process does) and waits at a barrier, so the
timed part is only the work: `nlp.pipe` over a chunk (bare model), `nlp(text)` per text (the model
without batching) or `pipeline.enrich` per text (exactly what a worker task runs).
"""
from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from spacy.language import Language
from tqdm import tqdm

MODES = ("pipe", "call", "enrich")
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
    from services.nlp.model import shared_model
    from services.nlp.pipeline import enrich

    _summary_sentences = Settings.from_env().summary_sentences
    _model = shared_model()
    enrich(_model, "Warm-up: John Smith said the company would invest $5m in Leeds, the BBC reported.")
    barrier.wait()


def _run(job: tuple[str, list[str]]) -> tuple[int, float]:
    """Process one chunk of texts in the given mode; returns how many texts and the CPU seconds it took."""
    from services.nlp.pipeline import enrich

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
        for text in texts:
            enrich(_model, text, summary_sentences=_summary_sentences)
    return len(texts), time.process_time() - started


def measure(texts: list[str], mode: str, processes: int, chunk: int = 16, progress: bool = True,
            timeout: float = 3600) -> LimitResult:
    """Throughput of `mode` over `texts` with `processes` model-loaded processes (load time excluded)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
    jobs = [(mode, texts[i:i + chunk]) for i in range(0, len(texts), chunk)]
    # spawn: each process starts clean and loads its own model, as a worker pool process does.
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes + 1)
    with context.Pool(processes, initializer=_load, initargs=(barrier,)) as pool:
        barrier.wait(timeout=300)
        started = time.perf_counter()
        done, cpu = _drain(pool.imap_unordered(_run, jobs), len(texts), f"limit {mode} x{processes}", progress,
                           deadline=started + timeout)
        seconds = time.perf_counter() - started
    return LimitResult(mode, processes, done, sum(len(t.split()) for t in texts), seconds, cpu)


def _drain(results: Any, total: int, desc: str, progress: bool, deadline: float) -> tuple[int, float]:
    """Consume pool results with a progress bar: (texts done, CPU seconds); TimeoutError past the deadline."""
    done, cpu = 0, 0.0
    with tqdm(total=total, desc=desc, unit="art", disable=not progress, leave=False) as bar:
        while done < total:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"{desc}: not finished in time")
            count, seconds = results.next(timeout=left)
            done, cpu = done + count, cpu + seconds
            bar.update(count)
    return done, cpu


def measure_all(texts: list[str], plan: list[tuple[str, int]], progress: bool = True,
                on_result: Callable[[LimitResult], None] | None = None) -> list[LimitResult]:
    """Measure each (mode, processes) of `plan` in turn on the same texts."""
    results = []
    for mode, processes in plan:
        result = measure(texts, mode, processes, progress=progress)
        results.append(result)
        if on_result:
            on_result(result)
    return results
