"""Re-enqueue articles stuck in `queued` or `processing`: a lost message must not lose an article."""
from __future__ import annotations

import logging
import threading
import time

from celery import Celery

from services.core import keys
from services.core.queue import enqueue
from services.core.store import Store

log = logging.getLogger(__name__)


def sweep_once(store: Store, celery: Celery, stale_after: float) -> list[str]:
    """Re-enqueue every article whose last transition is older than `stale_after` seconds."""
    stuck = store.stale(time.time() - stale_after)
    for article_id in stuck:
        enqueue(celery, article_id)
    store.touch_pending(stuck)
    if stuck:
        log.warning("sweeper.requeued", extra={"count": len(stuck), "article_ids": stuck[:20]})
    return stuck


def run_forever(store: Store, celery: Celery, stale_after: float, interval: float, stop: threading.Event) -> None:
    """Sweep every `interval` s; a Redis lock lets only one of many workers sweep per period."""
    while not stop.wait(interval):
        try:
            if store.redis.set(keys.sweeper_lock(), "1", nx=True, px=int(interval * 1000 * 0.9)):
                sweep_once(store, celery, stale_after)
        except Exception:  # Redis away for a moment: try again next period
            log.exception("sweeper.error")


def start_sweeper(store: Store, celery: Celery, stale_after: float, interval: float) -> threading.Event:
    """Run the sweeper in a daemon thread; set the returned event to stop it."""
    stop = threading.Event()
    thread = threading.Thread(target=run_forever, args=(store, celery, stale_after, interval, stop),
                              name="sweeper", daemon=True)
    thread.start()
    return stop
