"""Re-enqueue articles whose message was lost: an accepted article must always end done or failed.

A message is lost when a worker dies holding it (its prefetched and running tasks stay unacknowledged
until Redis' visibility timeout) or when the API dies between storing and enqueueing. The sweeper
re-enqueues only what cannot legitimately still be on its way, so it adds no duplicate work:
- `processing` for longer than the hard task time limit: its worker is gone;
- `queued` for longer than `sweep_after` while the queue is empty: its message is gone; under a
  steady backlog, after six times `sweep_after` regardless.
A rare duplicate (a message restored later by Redis) is harmless: writes are idempotent.

It also queues the webhooks of articles that finished more than `sweep_after` ago while theirs are still owed
(the `done` or `failed` transition records them; the worker clears them once queued): its worker died or
lost Redis in between. A webhook can then arrive twice, never not at all.
"""
from __future__ import annotations

import logging
import threading
import time

from celery import Celery

from services.core import keys
from services.core.config import Settings
from services.core.queue import enqueue, enqueue_delivery
from services.core.store import TERMINAL, Store

log = logging.getLogger(__name__)


def lost_articles(store: Store, settings: Settings) -> list[str]:
    """Ids of pending articles whose message cannot still be on its way."""
    processing_deadline = settings.task_time_limit + 30
    queued_deadline = settings.sweep_after * 6 if store.queue_depth() else settings.sweep_after
    lost = []
    for article_id, status, idle in store.stale(time.time() - min(settings.sweep_after, processing_deadline)):
        if idle > (processing_deadline if status == "processing" else queued_deadline):
            lost.append(article_id)
    return lost


def sweep_once(store: Store, celery: Celery, settings: Settings) -> list[str]:
    """Re-enqueue every lost article and restart its clock; queue the webhooks still owed."""
    lost = lost_articles(store, settings)
    for article_id in lost:
        enqueue(celery, article_id)
    store.touch_pending(lost)
    if lost:
        log.warning("sweeper.requeued", extra={"count": len(lost), "article_ids": lost[:20]})
    queue_owed_webhooks(store, celery, time.time() - settings.sweep_after)
    return lost


def queue_owed_webhooks(store: Store, celery: Celery, finished_before: float) -> list[str]:
    """Queue the webhooks of articles that finished before `finished_before` and still owe them."""
    owed = store.webhooks_owed(finished_before)
    records = {record["id"]: record for record in store.get_articles(owed)}
    for article_id in owed:
        record = records.get(article_id)  # None: the record is gone, nothing to deliver
        if record is not None and record["status"] not in TERMINAL:
            continue  # retried since its end (which the retry took out of the outbox): its next end owes its own
        finished_at = record.get("finished_at") if record else None
        for url in store.owed_callback_urls(record) if record else []:
            enqueue_delivery(celery, article_id, url, finished_at)
        store.webhooks_queued(article_id, finished_at)
    if owed:
        log.warning("sweeper.webhooks_queued", extra={"count": len(owed), "article_ids": owed[:20]})
    return owed


def run_forever(store: Store, celery: Celery, settings: Settings, stop: threading.Event) -> None:
    """Sweep every `sweep_interval` s; a Redis lock lets only one of many workers sweep per period."""
    interval = settings.sweep_interval
    while not stop.wait(interval):
        try:
            if store.redis.set(keys.sweeper_lock(), "1", nx=True, px=int(interval * 1000 * 0.9)):
                sweep_once(store, celery, settings)
        except Exception:  # Redis away for a moment: try again next period
            log.exception("sweeper.error")


def start_sweeper(store: Store, celery: Celery, settings: Settings) -> threading.Event:
    """Run the sweeper in a daemon thread; set the returned event to stop it."""
    stop = threading.Event()
    thread = threading.Thread(target=run_forever, args=(store, celery, settings, stop), name="sweeper", daemon=True)
    thread.start()
    return stop
