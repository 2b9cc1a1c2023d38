"""Liveness and readiness probes."""
from __future__ import annotations

import redis
from flask import Blueprint, Response, jsonify
from kombu.exceptions import OperationalError

from services.api.common import services, workers

blp = Blueprint("health", __name__)


@blp.get("/healthz")
def healthz() -> Response:
    """The process is up."""
    return jsonify({"status": "ok"})


@blp.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Ready when Redis answers and at least one worker consuming the nlp queue replies."""
    redis_ok = services().store.ping()
    count = _workers_answering() if redis_ok else 0
    ready = redis_ok and count > 0
    body = {"status": "ready" if ready else "not ready", "redis": redis_ok, "workers": count}
    return jsonify(body), 200 if ready else 503


def _workers_answering() -> int:
    """How many NLP workers replied; 0 when asking failed (Celery's connection to a Redis just restarted fails once,
    while the store's, which answered the ping, has reconnected): the probe says what is missing, not only "503"."""
    try:
        return len(workers())
    except (OSError, redis.RedisError, OperationalError):
        return 0
