"""The Celery worker: thin tasks that load an article, run the pipeline and store the result.

Run with `python -m services.nlp` (a `celery worker` on the nlp queue).
"""
from __future__ import annotations

import logging
import time
from typing import Any

import redis
from celery import Task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init, worker_ready, worker_shutdown
from redis.exceptions import LockError

from services.core import keys
from services.core.config import Settings
from services.core.indexes import index_entry
from services.core.logs import setup_logging
from services.core.queue import enqueue_delivery, make_celery
from services.core.store import Store
from services.core.sweeper import start_sweeper
from services.core.webhooks import UnsafeCallback, check_callback_url, post_signed
from services.core.webhooks import payload as webhook_payload
from services.nlp import pipeline
from services.nlp.model import shared_model
from services.nlp.stories import assign_story, story_features

settings = Settings.from_env()
setup_logging(settings.log_level)
app = make_celery(settings)
log = logging.getLogger(__name__)
_store: Store | None = None
_sweeper: dict[str, Any] = {}


def store() -> Store:
    """The process's store (one connection pool per worker process, made after the fork)."""
    global _store
    if _store is None:
        _store = Store.from_url(settings.redis_url)
    return _store


@worker_process_init.connect
def _load_model_in_child(**_: Any) -> None:
    # Load once per pool process at start, so the first task is not slowed by it.
    shared_model()


@worker_ready.connect
def _start_sweeper(**_: Any) -> None:
    # In the worker's main process: sweeps go on while pool children come and go.
    _sweeper["stop"] = start_sweeper(Store.from_url(settings.redis_url), app, settings)


@worker_shutdown.connect
def _stop_sweeper(**_: Any) -> None:
    if "stop" in _sweeper:
        _sweeper["stop"].set()


class StoreBusy(Exception):
    """The store held the article up (Redis down, the story lock busy) past the time limit: not the article's fault."""


# Store trouble is transient (a restart, a failover, a lock left by a lost worker): retry with backoff; every write
# is idempotent.
TRANSIENT = (redis.ConnectionError, redis.TimeoutError, LockError, StoreBusy)


@app.task(name=keys.ENRICH_TASK, autoretry_for=TRANSIENT, retry_backoff=True, retry_backoff_max=60, max_retries=10)
def enrich(article_id: str) -> str:
    """Enrich one stored article by id; returns the final status."""
    return enrich_article(store(), article_id)


def enrich_article(db: Store, article_id: str) -> str:
    """Mark processing, run the pipeline, store `done` or `failed` with a reason."""
    record = db.get_article(article_id)
    if record is None:
        log.warning("article.missing", extra={"article_id": article_id})
        return "missing"
    if record["status"] in ("done", "failed"):
        log.info("article.already_finished", extra={"article_id": article_id, "status": record["status"]})
        return record["status"]
    if record["attempts"] >= settings.max_attempts:
        # Each earlier attempt ended without a result: the process died or was killed on it.
        return _fail(db, article_id, f"Gave up after {record['attempts']} attempts: the worker was lost each time "
                                     "(crash, out of memory or hard time limit) while enriching this article.")
    db.mark_processing(article_id)
    try:
        # Inside the try: a damaged record (no text) fails this article with a reason.
        enrichment = pipeline.enrich(
            shared_model(),
            record["text"],
            summary_sentences=settings.summary_sentences,
            summary_chars=settings.summary_chars or None,
            language=record.get("language") or None,
        )
    except SoftTimeLimitExceeded:
        return _fail(db, article_id, f"Enrichment took longer than the {settings.task_time_limit} s limit.")
    except Exception as exc:  # any pipeline error fails this article only, never the worker
        log.exception("article.error", extra={"article_id": article_id})
        return _fail(db, article_id, f"Enrichment failed: {type(exc).__name__}: {exc}")
    try:
        # After the enrichment, before it is stored: the story travels with the enrichment.
        enrichment.update(_story_of(db, article_id, record["text"], enrichment))
    except SoftTimeLimitExceeded as exc:
        # The time went on waiting for Redis or the story lock, not on the article: try again later.
        _give_back_attempt(db, article_id)
        raise StoreBusy(f"story assignment of {article_id} waited past the time limit") from exc
    except TRANSIENT:
        _give_back_attempt(db, article_id)
        raise  # retried (the story assignment is idempotent)
    except Exception as exc:
        log.exception("article.error", extra={"article_id": article_id})
        return _fail(db, article_id, f"Story assignment failed: {type(exc).__name__}: {exc}")
    if db.mark_done(article_id, enrichment, index_entry(record, enrichment)) == 1:
        log.info("article.enriched", extra={"article_id": article_id, "ms": enrichment["processing_ms"]})
        _notify(record)
    return "done"


def _story_of(db: Store, article_id: str, text: str, enrichment: dict[str, Any]) -> dict[str, Any]:
    """`story_id` and `near_duplicate_of` for an English article (others are not clustered)."""
    if enrichment["language"] != "en":
        return {"story_id": None, "near_duplicate_of": None}
    story = assign_story(db.redis, article_id, story_features(text, enrichment))
    return {"story_id": story["story_id"], "near_duplicate_of": story["near_duplicate_of"]}


def _give_back_attempt(db: Store, article_id: str) -> None:
    """This worker lives on: the attempt it counted must not bring the article nearer to "gave up" (best effort)."""
    try:
        db.give_back_attempt(article_id)
    except redis.RedisError:
        pass  # Redis is down: the attempt stays counted, the task is retried all the same


def _fail(db: Store, article_id: str, reason: str) -> str:
    if db.mark_failed(article_id, reason) == 1:
        log.error("article.failed", extra={"article_id": article_id, "reason": reason})
        _notify(db.get_article(article_id) or {})
    return "failed"


def _notify(record: dict[str, Any]) -> None:
    """Queue the webhook of an article that asked for one."""
    if record.get("callback_url"):
        enqueue_delivery(app, record["id"])


@app.task(name=keys.DELIVER_TASK, bind=True, max_retries=settings.webhook_max_retries, acks_late=True)
def deliver(self: Task, article_id: str) -> str:
    """POST the article's signed webhook; retry with exponential backoff (1, 2, 4 ... s) on failure."""
    record = store().get_article(article_id)
    if record is None or not record.get("callback_url"):
        return "nothing to deliver"
    attempt = self.request.retries + 1
    url = record["callback_url"]
    status_code, error, unsafe = None, None, False
    try:
        check_callback_url(url, settings.webhook_allow_private)
        status_code = post_signed(url, webhook_payload(record), settings.webhook_secret, f"article.{record['status']}")
        if not 200 <= status_code < 300:
            error = f"receiver answered {status_code}"
    except UnsafeCallback as exc:  # retrying cannot make an unsafe target safe
        error, unsafe = str(exc), True
    except OSError as exc:
        error = f"{type(exc).__name__}: {exc}"
    final = error is None or unsafe or attempt > self.max_retries
    store().log_delivery(article_id, {"attempt": attempt, "at": time.time(), "url": url, "status_code": status_code,
                                      "ok": error is None, "error": error, "final": final})
    if error is None:
        log.info("webhook.delivered", extra={"article_id": article_id, "attempt": attempt})
        return "delivered"
    if final:
        log.error("webhook.gave_up", extra={"article_id": article_id, "attempt": attempt, "error": error})
        return "gave up"
    raise self.retry(countdown=2 ** (attempt - 1))
