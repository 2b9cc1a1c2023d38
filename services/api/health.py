"""Liveness and readiness probes."""
from __future__ import annotations

import time

from flask import Blueprint, Response, current_app, jsonify

from services.core.submit import Services

blp = Blueprint("health", __name__)

# Asking workers costs a broadcast round trip: remember the answer briefly.
_WORKER_CACHE_SECONDS = 5.0
_workers_seen: dict[str, float] = {"at": 0.0, "count": 0}


def _worker_count(services: Services) -> int:
    now = time.monotonic()
    if now - _workers_seen["at"] > _WORKER_CACHE_SECONDS or not _workers_seen["count"]:
        replies = services.celery.control.ping(timeout=1.0) or []
        _workers_seen.update(at=now, count=len(replies))
    return int(_workers_seen["count"])


@blp.get("/healthz")
def healthz() -> Response:
    """The process is up."""
    return jsonify({"status": "ok"})


@blp.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Ready when Redis answers and at least one NLP worker replies."""
    services: Services = current_app.extensions["newswire"]
    redis_ok = services.store.ping()
    workers = _worker_count(services) if redis_ok else 0
    ready = redis_ok and workers > 0
    body = {"status": "ready" if ready else "not ready", "redis": redis_ok, "workers": workers}
    return jsonify(body), 200 if ready else 503
