"""Liveness and readiness probes."""
from __future__ import annotations

import redis
from flask import Blueprint, Flask, Response, jsonify
from flask_smorest import Api
from kombu.exceptions import OperationalError
from marshmallow import Schema, fields
from werkzeug.routing import Rule

from services.api.common import services, workers

blp = Blueprint("health", __name__)


class HealthOut(Schema):
    status = fields.String(required=True, metadata={"enum": ["ok"]})


class ReadinessOut(Schema):
    status = fields.String(required=True, metadata={"enum": ["ready", "not ready"]})
    redis = fields.Boolean(required=True, metadata={"description": "Redis answered a ping."})
    workers = fields.Integer(required=True, metadata={"description": "NLP workers that replied (0 when Redis "
                                                                     "did not answer)."})


def document_probes(app: Flask, api: Api) -> None:
    """Put the probes and `/metrics` in the OpenAPI document: they are plain Flask routes, which it leaves out."""

    def rule(endpoint: str) -> Rule:  # the app's own route, so the document names the path it answers
        return next(app.url_map.iter_rules(endpoint))

    api.spec.components.schema("Health", schema=HealthOut)
    api.spec.components.schema("Readiness", schema=ReadinessOut)
    readiness = {"application/json": {"schema": "Readiness"}}
    no_key: list[dict[str, list[str]]] = []  # no Authorization header needed
    api.spec.path(rule=rule("health.healthz"), operations={"get": {
        "tags": ["probes"], "summary": "The process is up.", "security": no_key,
        "responses": {"200": {"description": "Up.", "content": {"application/json": {"schema": "Health"}}}}}})
    api.spec.path(rule=rule("health.readyz"), operations={"get": {
        "tags": ["probes"], "security": no_key,
        "summary": "Ready when Redis answers and at least one worker consuming the nlp queue replies.",
        "responses": {"200": {"description": "Ready.", "content": readiness},
                      "503": {"description": "Not ready: the body says what is missing.", "content": readiness}}}})
    api.spec.path(rule=rule("metrics"), operations={"get": {
        "tags": ["probes"], "security": no_key,
        "summary": "Prometheus metrics: HTTP requests of all API processes and store-wide gauges.",
        "responses": {"200": {"description": "The Prometheus text format (newswire_store_up 0 while Redis is away).",
                              "content": {"text/plain": {"schema": {"type": "string"}}}}}}})


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
