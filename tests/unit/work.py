"""Work measured by Python lines executed: a measure of growth that does not depend on the machine's speed."""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def lines_run(work: Callable[[], Any], where: str) -> int:
    """Python lines executed by `work()` in files whose path starts with `where` (a file or a folder)."""
    count = 0

    def tracer(frame, event, _arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if not frame.f_code.co_filename.startswith(where):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        work()
    finally:
        sys.settrace(None)
    return count
