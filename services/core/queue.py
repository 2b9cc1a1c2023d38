"""The Celery application and how articles are put on the queue."""
from __future__ import annotations

import redis
from celery import Celery

from services.core import keys
from services.core.config import Settings
from services.core.store import REPLY_TIMEOUT_SECONDS

# How long a new worker process may take to start (load the model) before Celery kills it as hung.
PROCESS_START_SECONDS = 120.0


def make_celery(settings: Settings) -> Celery:
    """The Celery app every service shares: Redis broker, no result backend (Redis store holds results)."""
    app = Celery("newswire", broker=settings.redis_url, set_as_current=False)
    app.conf.update(
        task_default_queue=keys.NLP_QUEUE,
        task_routes={keys.ENRICH_TASK: {"queue": keys.NLP_QUEUE}, keys.DELIVER_TASK: {"queue": keys.WEBHOOK_QUEUE}},
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        # Acknowledge after the task ran and requeue when a worker dies mid-task: nothing is lost.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # Redelivery of unacknowledged tasks must not start while a task may still legitimately run. A Redis that
        # hangs fails a send or a queue-length read after the store's reply timeout instead of holding the thread
        # (kombu waits forever by default; its polls for tasks block for 1 s, well within it).
        broker_transport_options={"visibility_timeout": settings.task_time_limit * 4,
                                  "socket_timeout": REPLY_TIMEOUT_SECONDS, "socket_connect_timeout": 5},
        task_soft_time_limit=settings.task_time_limit,
        task_time_limit=settings.task_time_limit + 30,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        # A pool child reports itself up only after `worker_process_init`, where it loads the model (about 1 s on a
        # quiet machine, 4 s and more on a loaded one): Celery's default 4 s would kill it and start another, again.
        worker_proc_alive_timeout=PROCESS_START_SECONDS,
    )
    return app


def enqueue(app: Celery, article_id: str) -> None:
    """Ask a worker to enrich this article (by task name: the caller needs no spaCy)."""
    app.send_task(keys.ENRICH_TASK, args=[article_id], queue=keys.NLP_QUEUE)


def enqueue_delivery(app: Celery, article_id: str, url: str, finished_at: float | None) -> None:
    """Ask a worker to deliver this article's webhook to one of its callback URLs: the webhook of the end it reached
    at `finished_at` (dropped if the article has moved on since: a later end has deliveries of its own; None, for a
    record that lacks the time: the end it is at when the delivery runs)."""
    app.send_task(keys.DELIVER_TASK, args=[article_id, url, finished_at], queue=keys.WEBHOOK_QUEUE)


def nlp_workers(app: Celery, timeout: float = 1.0) -> list[str]:
    """Hostnames of the workers that consume the nlp queue (a webhooks-only worker enriches nothing)."""
    try:
        queues = app.control.inspect(timeout=timeout).active_queues() or {}
    except redis.ConnectionError:
        # The first broadcast after a Redis restart reads its replies on a connection the restart closed, and kombu
        # drops it: asked again on a new one. Once per process, /readyz said "no workers" and /v1/system 503.
        queues = app.control.inspect(timeout=timeout).active_queues() or {}
    return sorted(name for name, consumed in queues.items()
                  if any(queue.get("name") == keys.NLP_QUEUE for queue in consumed or []))
