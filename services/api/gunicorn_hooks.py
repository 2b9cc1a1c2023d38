"""gunicorn settings for `python -m services.api`: hooks that keep the metrics of all workers together."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

# The prefix of the temporary metrics folder `python -m services.api` makes (one it did not make is left alone).
OWN_FOLDER_PREFIX = "newswire-metrics-"


def child_exit(_server: Any, worker: Any) -> None:
    """A worker is gone: its live gauges go with it (its counters stay counted, as Prometheus expects)."""
    # Imported here, not above: `__main__` imports this module before it sets PROMETHEUS_MULTIPROC_DIR, which
    # prometheus_client reads once, when first imported.
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(_server: Any) -> None:
    """The API stops: its temporary metrics folder goes."""
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if path and Path(path).name.startswith(OWN_FOLDER_PREFIX):
        shutil.rmtree(path, ignore_errors=True)
