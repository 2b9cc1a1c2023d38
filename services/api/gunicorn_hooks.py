"""gunicorn settings for `python -m services.api`: hooks that keep the metrics of all workers together, and error
answers in the API's JSON format for requests gunicorn refuses before the app sees them."""
from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path
from typing import Any

from gunicorn import util

from services.api.errors import CODES

# The prefix of the temporary metrics folder `python -m services.api` makes (one it did not make is left alone).
OWN_FOLDER_PREFIX = "newswire-metrics-"


# gunicorn's own lines ("Booting worker", "Worker timeout") in the JSON of every other log line. It merges this
# into its defaults key by key, so each key it has is given whole; access lines are the app's (`observability`).
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "services.core.logs.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "root": {"level": "INFO", "handlers": ["stderr"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": [], "propagate": True},
        "gunicorn.access": {"level": "INFO", "handlers": [], "propagate": False},
    },
}


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


def write_json_error(sock: socket.socket, status: int, reason: str, message: str) -> None:
    """gunicorn's error answer (a request line or header over its limits, a malformed request) as the JSON every
    other error is, instead of an HTML page."""
    body = json.dumps({"error": {"code": CODES.get(status, "error"), "message": message or reason}}).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode("latin-1")
    util.write_nonblock(sock, head + body)


# gunicorn has no hook for this answer: its workers call `util.write_error`, replaced here in the master before it
# forks them.
util.write_error = write_json_error
