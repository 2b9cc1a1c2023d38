"""The Celery worker: thin tasks that load an article, run the pipeline and store the result.

Run with `celery -A services.nlp.worker worker -Q nlp` (or `python -m services.nlp`).
"""
from __future__ import annotations

import logging
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init

from services.core import keys
from services.core.config import Settings
from services.core.logs import setup_logging
from services.core.queue import make_celery
from services.core.store import Store
from services.nlp import pipeline
from services.nlp.model import shared_model

settings = Settings.from_env()
setup_logging(settings.log_level)
app = make_celery(settings)
log = logging.getLogger(__name__)
_store: Store | None = None


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


@app.task(name=keys.ENRICH_TASK)
def enrich(article_id: str) -> str:
    """Enrich one stored article by id; returns the final status."""
    return enrich_article(store(), article_id)


def enrich_article(db: Store, article_id: str) -> str:
    """Mark processing, run the pipeline, store `done` or `failed` with a reason."""
    record = db.get_article(article_id)
    if record is None:
        log.warning("article.missing", extra={"article_id": article_id})
        return "missing"
    if record["status"] == "done":
        log.info("article.already_done", extra={"article_id": article_id})
        return "done"
    db.mark_processing(article_id)
    try:
        # Inside the try: a damaged record (no text) fails this article with a reason.
        enrichment = pipeline.enrich(
            shared_model(),
            record["text"],
            summary_sentences=settings.summary_sentences,
            language=record.get("language") or None,
        )
    except SoftTimeLimitExceeded:
        reason = f"Enrichment took longer than the {settings.task_time_limit} s limit."
        db.mark_failed(article_id, reason)
        log.error("article.failed", extra={"article_id": article_id, "reason": reason})
        return "failed"
    except Exception as exc:  # any pipeline error fails this article only, never the worker
        reason = f"Enrichment failed: {type(exc).__name__}: {exc}"
        db.mark_failed(article_id, reason)
        log.exception("article.failed", extra={"article_id": article_id, "reason": reason})
        return "failed"
    db.mark_done(article_id, enrichment)
    log.info("article.enriched", extra={"article_id": article_id, "ms": enrichment["processing_ms"]})
    return "done"
