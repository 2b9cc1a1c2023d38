"""Worker memory: the heap is kept for reuse while busy and given back once the process is idle."""
from __future__ import annotations

import time

import psutil

from services.nlp.memory import IdleTrim, keep_heap_while_busy, return_free_memory

MIB = 2**20


def _rss() -> int:
    return psutil.Process().memory_info().rss


def _churn(mib: int = 150) -> None:
    """Take `mib` MiB in 1 MiB blocks (the size of a batch's arrays) and free them again."""
    blocks = [bytearray(MIB) for _ in range(mib)]
    del blocks


def test_heap_is_kept_while_busy_and_given_back_once_idle():
    assert keep_heap_while_busy(), "not glibc: a worker would fault its pages in again for every batch"
    return_free_memory()
    base = _rss()
    _churn()
    assert _rss() - base > 100 * MIB, "freed blocks went back to the kernel at once: the next batch faults them in"

    idle = IdleTrim(idle_seconds=0.2)
    idle.task_finished()
    idle.task_started()  # the next task came before the process was idle long enough: nothing is given back
    time.sleep(0.6)
    assert _rss() - base > 100 * MIB

    idle.task_finished()
    deadline = time.monotonic() + 10
    while _rss() - base > 20 * MIB and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _rss() - base <= 20 * MIB, f"{(_rss() - base) // MIB} MiB still held after the process went idle"


def test_the_per_word_caches_of_given_names_are_bounded():
    """Guard: `gender_of`, `is_firm` and `is_given_name` cached every word a worker ever asked about (unbounded): the
    bench's worker pool grew +5.1% over 5,000 articles, past its +5% target."""
    from services.nlp.doctext import WORD_CACHE
    from services.nlp.given_names import gender_of, is_firm, is_given_name

    for cached in (gender_of, is_firm, is_given_name):
        before = cached.cache_info().currsize
        for i in range(WORD_CACHE + 10):
            cached(f"Zyx{i:05d}")
        assert before <= cached.cache_info().currsize <= WORD_CACHE, cached.__name__


def test_the_small_per_word_caches_stay_at_their_bound():
    """Guard: the per-word caches whose entries beyond the first thousand are rarely asked for again kept filling
    to 4,096 long after a worker's warm-up (`_has_letter`, `_is_number`, `_compact`, `gender_of`, `is_given_name`);
    they keep `SMALL_WORD_CACHE`."""
    from services.nlp.doctext import SMALL_WORD_CACHE
    from services.nlp.entities.gazetteer import _compact
    from services.nlp.entities.mentions import _has_letter
    from services.nlp.entities.tables import _is_number
    from services.nlp.given_names import gender_of, is_given_name

    for cached in (_has_letter, _is_number, _compact, gender_of, is_given_name):
        for i in range(SMALL_WORD_CACHE + 10):
            cached(f"Zyx{i:05d}")
        assert cached.cache_info().currsize <= SMALL_WORD_CACHE, cached.__name__


def test_what_a_process_loads_is_left_out_of_full_collections():
    """The model and whatever else was alive when a process set up are frozen out of the collector's generations:
    each full collection walked them all again, about half of the collector's time in the analysis."""
    import gc

    from services.nlp import pipeline

    gc.unfreeze()
    try:
        nlp = pipeline.load_resources()
        loaded = [nlp, nlp.vocab, nlp.tokenizer]
        tracked = {id(obj) for obj in gc.get_objects()}
        assert gc.get_freeze_count() > 0
        assert not any(id(obj) in tracked for obj in loaded)
        made_after = [[] for _ in range(3)]  # what the analysis makes later is collected as before
        assert all(gc.is_tracked(obj) and id(obj) in {id(o) for o in gc.get_objects()} for obj in made_after)
    finally:
        gc.unfreeze()
