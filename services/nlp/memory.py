"""Worker memory: what a task frees goes back to the system, so a worker's footprint follows its live data."""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any


@functools.cache
def _malloc_trim() -> Any:
    """glibc's malloc_trim, or None where the C library has none (musl, macOS)."""
    path = ctypes.util.find_library("c")
    return getattr(ctypes.CDLL(path), "malloc_trim", None) if path else None


def return_free_memory() -> bool:
    """Release the free heap pages malloc holds (a long article's parse leaves tens of MB); True if it could."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
