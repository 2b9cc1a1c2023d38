"""Request ids, one JSON log line per request, Prometheus metrics and the schema version header."""
from __future__ import annotations

import logging
import os
import re
import time
import urllib.parse
import uuid

from flask import Flask, Response, g, request
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import (
    REGISTRY,
    CollectorRegistry,
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
)

from services.core.store import Store, connect
from services.core.submit import Services

SCHEMA_VERSION = "1.0"
log = logging.getLogger("services.api.request")

REQUESTS = Counter("newswire_http_requests_total", "HTTP requests", ["method", "endpoint", "status"])
LATENCY = Histogram("newswire_http_request_seconds", "HTTP request latency", ["method", "endpoint"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))


# The methods counted by name; any other (`curl -X XYZ1`, no key needed) is counted as "other", so a client cannot
# add series to /metrics without limit. The endpoint label is bounded already: a path no route matches is "unknown".
HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def method_label(method: str) -> str:
    """The request's method as a metrics label: one of HTTP_METHODS, else "other"."""
    return method if method in HTTP_METHODS else "other"


class StoreCollector:
    """Gauges read from Redis at scrape time: the same numbers whichever API process answers.

    They are read with a client of their own that tries each connection once: with Redis away a scrape says so at
    once (the next scrape tries again), where the store's retries, and kombu's for the queue's length (~6 s), held
    it past a scraper's timeout.
    """

    def __init__(self, services: Services) -> None:
        self.store = Store(connect(services.settings.redis_url, retries=0))

    def collect(self):  # type: ignore[no-untyped-def]
        store = self.store
        up = GaugeMetricFamily("newswire_store_up", "1 when Redis answered this scrape's reads, else 0")
        try:  # all read before any is yielded: with Redis away the HTTP metrics are still scraped, and say so
            waiting, statuses = store.queue_depth(), store.status_counts()
            (buckets, total), batches = store.enrichment_histogram(), store.batch_counts()
        except Exception as exc:  # noqa: BLE001 - whatever the store's trouble, it must not hide the other metrics
            log.warning("metrics.store_unavailable", extra={"error": f"{type(exc).__name__}: {exc}"})
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        depth = GaugeMetricFamily("newswire_queue_depth", "Messages waiting on the nlp queue")
        depth.add_metric([], waiting)
        yield depth
        by_status = GaugeMetricFamily("newswire_articles", "Articles by status", labels=["status"])
        for status, count in statuses.items():
            by_status.add_metric([status], count)
        yield by_status
        seconds = [(bound if bound == "+Inf" else str(int(bound) / 1000), count) for bound, count in buckets]
        histogram = HistogramMetricFamily("newswire_enrichment_seconds", "Time to enrich one article")
        histogram.add_metric([], seconds, sum_value=total / 1000)
        yield histogram
        for name, metric, help_text in (
            ("batches", "newswire_worker_batches", "Enrichment batches run by workers (one nlp.pipe call each)"),
            ("articles", "newswire_worker_batched_articles", "Articles enriched in those batches"),
        ):
            family = CounterMetricFamily(metric, help_text)
            family.add_metric([], batches[name])
            yield family


# The client's request id, its first REQUEST_ID_CHARS characters, is kept when it is printable ASCII (a space
# inside allowed): a control character or a non-ASCII one was echoed into the response header and the logs.
REQUEST_ID_CHARS = 64
_SAFE_REQUEST_ID = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")


def request_id(given: str) -> str:
    """The request's id: the client's (cut to REQUEST_ID_CHARS) when safe to echo, else a new one."""
    kept = given[:REQUEST_ID_CHARS]
    return kept if _SAFE_REQUEST_ID.fullmatch(kept) else uuid.uuid4().hex


# Query parameters whose values are not logged: no route takes one, but a client may send its key as `?api_key=`.
_SECRET_NAME = re.compile(r"key|token|secret|passw|auth|signature|credential", re.IGNORECASE)


def logged_query(query: str) -> str:
    """A request's query string as its log line shows it: as sent, the value of a parameter named like a secret
    (`api_key`, `access_token`, `password` ...) written `***`."""
    return "&".join(_masked(pair) for pair in query.split("&"))


def _masked(pair: str) -> str:
    """One `name=value` of a query string, its value masked where the name is a secret's."""
    name, equals, value = pair.partition("=")
    if equals and value and _SECRET_NAME.search(urllib.parse.unquote_plus(name)):
        return f"{name}=***"
    return pair


def init_observability(app: Flask, services: Services) -> None:
    """Wire request ids, access logs, metrics and `/metrics` into the app."""
    registry = CollectorRegistry()
    registry.register(StoreCollector(services))

    @app.before_request
    def _start() -> None:
        g.started = time.perf_counter()
        g.request_id = request_id(request.headers.get("X-Request-ID", ""))

    @app.after_request
    def _finish(response: Response) -> Response:
        elapsed = time.perf_counter() - g.get("started", time.perf_counter())
        endpoint, method = request.endpoint or "unknown", method_label(request.method)
        REQUESTS.labels(method, endpoint, response.status_code).inc()
        LATENCY.labels(method, endpoint).observe(elapsed)
        response.headers["X-Request-ID"] = g.get("request_id", "")
        response.headers["Newswire-Schema-Version"] = SCHEMA_VERSION
        key = g.get("api_key")
        logged = {"request_id": g.get("request_id"), "method": request.method, "path": request.path,
                  "status": response.status_code, "ms": round(elapsed * 1000, 2), "key": key.name if key else None}
        if request.query_string:  # which page, filter or wait: `?since=yesterday` refused said only its path
            logged["query"] = logged_query(request.query_string.decode("latin-1"))
        if g.get("error_message"):  # the reason the client was given, for an operator asked about a refusal
            logged["error"] = g.error_message
        log.info("http.request", extra=logged)
        return response

    @app.get("/metrics")
    def metrics() -> Response:
        """Prometheus metrics: the HTTP counters of all API workers plus store-wide gauges."""
        body = _http_metrics() + generate_latest(registry)
        # content_type, not mimetype: Flask would add a second charset to prometheus' own.
        return Response(body, content_type=CONTENT_TYPE_LATEST)


def _http_metrics() -> bytes:
    """The HTTP counters: summed over the gunicorn workers when they share a metrics folder (`python -m
    services.api` sets one up), else this process's own with its runtime metrics."""
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return generate_latest(REGISTRY)
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    return generate_latest(registry)
