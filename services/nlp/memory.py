"""Worker memory: the heap is kept for reuse while a process works and handed back once it is idle.

By default glibc returns a large freed block to the kernel at once (and trims the top of the heap), so the
next batch takes the same pages again: about a thousand page faults per article. `keep_heap_while_busy`
raises those thresholds for the process; `IdleTrim` gives the free heap back (malloc_trim) once no task has
run for a moment, so an idle worker's footprint is its live data, as when it trimmed after every task.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import threading
from typing import Any

_M_TRIM_THRESHOLD = -1  # mallopt parameters, from glibc's malloc.h
_M_MMAP_THRESHOLD = -3
# Blocks this large still get their own mapping (a huge article's arrays go back at once); smaller ones are reused.
MMAP_THRESHOLD = 32 << 20
# Free memory at the top of the heap beyond this goes back at once, busy or not: a bound on what is kept.
TRIM_THRESHOLD = 256 << 20
IDLE_SECONDS = 1.0


@functools.cache
def _libc() -> Any:
    """glibc, or None where the C library has no malloc_trim (musl, macOS)."""
    path = ctypes.util.find_library("c")
    libc = ctypes.CDLL(path) if path else None
    return libc if libc is not None and hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def keep_heap_while_busy() -> bool:
    """Let malloc keep freed blocks up to the thresholds above for reuse; True if it could (glibc)."""
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) and libc.mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))


def freeze_loaded_objects() -> int:
    """Move every object alive now (the model, its vocabulary, the word lists) out of the garbage collector's
    generations, after collecting what loading left; returns how many are frozen.

    They live as long as the process, yet each full collection walked them all again: about half of the collector's
    time in the analysis (a full collection every 70 articles or so, over some 100,000 loaded objects)."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def return_free_memory() -> bool:
    """Release the free heap pages malloc holds (a long article's parse leaves tens of MB); True if it could."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


class IdleTrim:
    """Calls `return_free_memory` once `idle_seconds` pass after a task with no new task started."""

    def __init__(self, idle_seconds: float = IDLE_SECONDS) -> None:
        self.idle_seconds = idle_seconds
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def task_started(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def task_finished(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.idle_seconds, return_free_memory)
            self._timer.daemon = True
            self._timer.start()
