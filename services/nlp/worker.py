"""The Celery worker: thin tasks that load an article, run the pipeline and store the result.

Run with `python -m services.nlp` (a `celery worker` on the nlp and webhooks queues).
"""
from __future__ import annotations

import functools
import itertools
import logging
import time
import warnings
from collections.abc import Callable
from http.client import HTTPException
from typing import Any, TypeVar

import redis
from celery import Celery, Task
from celery.exceptions import CPendingDeprecationWarning, SoftTimeLimitExceeded
from celery.signals import (
    after_setup_logger,
    after_setup_task_logger,
    celeryd_after_setup,
    task_postrun,
    task_prerun,
    worker_process_init,
    worker_ready,
    worker_shutdown,
    worker_shutting_down,
)
from celery.utils.log import get_multiprocessing_logger
from celery.worker import state as worker_state
from kombu.exceptions import OperationalError
from redis.exceptions import LockError

from services.core import keys
from services.core.config import Settings, shown_url
from services.core.indexes import article_time, index_entry
from services.core.logs import setup_logging, use_json
from services.core.queue import enqueue, enqueue_delivery, make_celery
from services.core.resolver import connection_failure
from services.core.store import CLAIMED, TERMINAL, Store, is_claimed, is_store_full
from services.core.sweeper import start_sweeper
from services.core.webhooks import DELIVERY_TIMEOUT_SECONDS, UnsafeCallback, check_callback_url, post_signed
from services.core.webhooks import payload as webhook_payload
from services.nlp import pipeline
from services.nlp.memory import IdleTrim
from services.nlp.model import shared_model
from services.nlp.stories import assign_story, story_features

settings = Settings.from_env()
setup_logging(settings.log_level)
app = make_celery(settings)
log = logging.getLogger(__name__)
_store: Store | None = None
_sweeper: dict[str, Any] = {}
_idle_trim = IdleTrim()


def store() -> Store:
    """The process's store (one connection pool per worker process, made after the fork)."""
    global _store
    if _store is None:
        _store = Store.from_url(settings.redis_url)
    return _store


@after_setup_logger.connect
def _json_pool_logs(**_: Any) -> None:
    # The root logger has our handler, but billiard's does not propagate to it: Celery gave it a handler of its own
    # ("[...: ERROR/MainProcess] Process 'ForkPoolWorker-1' pid:... exited with 'signal 9 (SIGKILL)'").
    if pool_logger := get_multiprocessing_logger():
        use_json(pool_logger)
        pool_logger.addFilter(_name_the_lost_task)


# billiard's line for a pool process that died: its name, pid and how it ended.
_PROCESS_EXITED = "Process %r pid:%r exited with %r"


def _name_the_lost_task(record: logging.LogRecord) -> bool:
    """Give billiard's line for a pool process that died the task it was running, and the article: an operator saw
    "Process 'ForkPoolWorker-1' pid:123 exited with 'signal 9 (SIGKILL)'" and not which article killed it. The main
    process, which logs it, still holds the task's request then (with the pid of the process that took it)."""
    if record.msg == _PROCESS_EXITED and isinstance(record.args, tuple) and len(record.args) == 3:
        for request in list(worker_state.active_requests):
            if request.worker_pid == record.args[1]:
                article_id = request.kwargs.get("article_id") or (request.args[0] if request.args else None)
                record.article_id, record.task, record.task_id = article_id, request.name, request.id
                break
    return True


@after_setup_task_logger.connect
def _json_task_logs(logger: logging.Logger, **_: Any) -> None:
    use_json(logger)  # "celery.task", which does not propagate either


class _BrokerUrlAsSet(logging.Filter):
    """Celery logs the broker's URL ("Connected to ...", "Cannot connect to ...") as kombu writes it, a password masked
    whether one is set or not ("redis://:**@127.0.0.1:6379/0"): an operator who set none wondered which was in use.
    Those records name it as `shown_url` does, masked only where there is a password."""

    def __init__(self, broker: Celery, url: str) -> None:
        super().__init__()
        self._broker, self._shown = broker, shown_url(url)

    @functools.cached_property
    def _as_kombu_writes_it(self) -> str:
        return self._broker.connection().as_uri()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and self._as_kombu_writes_it in record.args:
            record.args = tuple(self._shown if arg == self._as_kombu_writes_it else arg for arg in record.args)
        return True


# Celery's loggers that name the broker's URL: its connection, its reconnections and the remote-control channel.
_BROKER_LOGGERS = ("celery.worker.consumer.connection", "celery.worker.consumer.consumer", "celery.worker.pidbox")
for _name in _BROKER_LOGGERS:
    logging.getLogger(_name).addFilter(_BrokerUrlAsSet(app, settings.redis_url))


@celeryd_after_setup.connect
def _quiet_connection_loss_warning(**_: Any) -> None:
    """At every lost broker connection Celery 5.x warned, in ten lines, that Celery 6 will cancel running tasks then
    (worker_cancel_long_running_tasks_on_connection_loss, off here: a task waits out Redis to store what it made,
    README "Delivery"): nothing an operator can act on; "Connection to broker lost" is still logged on its own line.
    Set here, after Celery's logging setup, which puts its own deprecation warnings back to "always"."""
    warnings.filterwarnings("ignore", message=r"\s*In Celery 5\.1 we introduced an optional breaking change",
                            category=CPendingDeprecationWarning)


@worker_process_init.connect
def _load_model_in_child(**_: Any) -> None:
    # Load once per pool process at start, so the first task is not slowed by it (and memory stays flat after).
    pipeline.load_resources()


@task_prerun.connect
def _keep_free_memory(**_: Any) -> None:
    _idle_trim.task_started()


@task_postrun.connect
def _return_free_memory_when_idle(**_: Any) -> None:
    # Not after every task: the next batch would fault the same pages in again (4-7 ms of system CPU per article).
    _idle_trim.task_finished()


@worker_ready.connect
def _start_sweeper(**_: Any) -> None:
    # In the worker's main process: sweeps go on while pool children come and go.
    _sweeper["stop"] = start_sweeper(Store.from_url(settings.redis_url), app, settings)


@worker_shutting_down.connect
def _log_shutdown(sig: str, how: str, **_: Any) -> None:
    # Celery's own notice of it goes to stdout past logging, not as JSON (README, Logs).
    log.info("worker.shutting_down", extra={"signal": sig, "how": how})


@worker_shutdown.connect
def _stop_sweeper(**_: Any) -> None:
    if "stop" in _sweeper:
        _sweeper["stop"].set()


class StoreBusy(Exception):
    """The store held the article up (Redis down, the story lock busy) past the time limit: not the article's fault."""


# Store trouble is transient (a restart, a failover, a lock left by a lost worker): retry with backoff; every write
# is idempotent.
TRANSIENT = (redis.ConnectionError, redis.TimeoutError, LockError, StoreBusy)


# Pauses between tries of a store step that met Redis away, full or busy; then the last one, until the soft time limit.
STORE_RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)
T = TypeVar("T")


class RunAlone(Exception):
    """A batch failed as a whole (time limit, model error): its own article is tried again alone."""


@app.task(bind=True, name=keys.ENRICH_TASK, autoretry_for=TRANSIENT, retry_backoff=True, retry_backoff_max=60,
          max_retries=10)
def enrich(self: Task, article_id: str, alone: bool = False) -> str:
    """Enrich one stored article by id, with queued ones it claims unless `alone`; returns the article's status."""
    try:
        return enrich_article(store(), article_id, 1 if alone else settings.worker_batch)
    except RunAlone:
        raise self.retry(kwargs={"alone": True}, countdown=0) from None


def enrich_article(db: Store, article_id: str, batch_size: int = 1) -> str:
    """Mark processing, claim up to `batch_size - 1` queued articles, enrich them together, store each result."""
    started = time.monotonic()
    record = db.get_article(article_id)
    if record is None:
        log.warning("article.missing", extra={"article_id": article_id})
        return "missing"
    if record["status"] in ("done", "failed"):
        log.info("article.already_finished", extra={"article_id": article_id, "status": record["status"]})
        return record["status"]
    if is_claimed(record):  # another worker's batch has it and will store it
        log.info("article.claimed_by_a_batch", extra={"article_id": article_id})
        return "claimed"
    if record["attempts"] >= settings.max_attempts:
        # Each earlier attempt ended without a result: the process died or was killed on it.
        return _fail(db, article_id, f"Gave up after {record['attempts']} attempts: the worker was lost each time "
                                     "(crash, out of memory or hard time limit) while enriching this article.")
    if db.mark_processing(article_id) == CLAIMED:  # claimed between the read above and now
        log.info("article.claimed_by_a_batch", extra={"article_id": article_id})
        return "claimed"
    if record["attempts"] > 0:  # tried before and never finished: it may be what kills or stalls a worker
        batch_size = 1  # so it runs alone and takes no fresh article down with it
    # Held until the hard time limit: after it this worker is surely gone, and the articles' own tasks take over.
    batch = [record, *db.claim_waiting(batch_size - 1, settings.task_time_limit + 30)]
    claimed = [r["id"] for r in batch[1:]]
    try:
        results = _enrich_records(batch)
        if time.monotonic() - started > settings.task_time_limit:
            # Celery's soft limit is a signal, and one that lands in a finalizer (an AsyncResult's __del__ run by the
            # garbage collector) is swallowed there: the worker's own clock keeps the limit all the same.
            raise SoftTimeLimitExceeded()
    except SoftTimeLimitExceeded:
        if not claimed:
            return _fail(db, article_id, f"Enrichment took longer than the {settings.task_time_limit} s limit.")
        _hand_back(db, article_id, claimed, tried=True)  # which article was slow is unknown: each is tried alone
        raise RunAlone() from None
    except Exception as exc:  # the batch as a whole (a pipeline error outside one article's analysis)
        if not claimed:
            log.exception("article.error", extra={"article_id": article_id})
            return _fail(db, article_id, f"Enrichment failed: {type(exc).__name__}: {exc}")
        _hand_back(db, article_id, claimed, tried=True)
        raise RunAlone() from exc
    stored: dict[str, str] = {}
    try:
        # In the order they were submitted: stories are assigned in that order, as they would be one at a time.
        in_order = sorted(zip(batch, results, strict=True), key=lambda pair: pair[0].get("created_at", 0.0))
        for member, result in in_order:
            stored[member["id"]] = _patiently(lambda m=member, r=result: _store_result(db, m, r), member["id"])
    except SoftTimeLimitExceeded as exc:
        # The time went on waiting for Redis or the story lock, not on the articles: try again later (story assignment
        # and the done transition are idempotent).
        _hand_back(db, article_id, [i for i in claimed if i not in stored])
        raise StoreBusy(f"storing {article_id} waited on the store past the time limit") from exc
    return stored[article_id]


def _patiently(step: Callable[[], T], article_id: str) -> T:
    """Run a store step, waiting out Redis being away, full or busy: tried again after each pause until the task's
    soft time limit interrupts. The enrichment already made is kept, no attempt is counted, and no retry message
    is needed (Celery could not queue one while Redis is away: the task would be dropped)."""
    for delay in itertools.chain(STORE_RETRY_DELAYS, itertools.repeat(STORE_RETRY_DELAYS[-1])):
        try:
            return step()
        except (*TRANSIENT, OperationalError) as exc:  # OperationalError: the broker refused a webhook's message
            log.warning("store.waiting", extra={"article_id": article_id, "error": f"{type(exc).__name__}: {exc}",
                                                "retry_in_s": delay})
            time.sleep(delay)
    raise AssertionError("unreachable")  # the delays never run out


def _enrich_records(records: list[dict[str, Any]]) -> list[dict[str, Any] | Exception]:
    """The enrichment (or the exception that fails it) of each record, parsed together."""
    articles = [(r.get("text"), r.get("language") or None) for r in records]
    valid = [(text, language) for text, language in articles if isinstance(text, str)]
    enriched = iter(pipeline.enrich_many(shared_model(), valid, summary_sentences=settings.summary_sentences,
                                         summary_chars=settings.summary_chars or None,
                                         interrupts=(SoftTimeLimitExceeded,)))
    # A damaged record (no text) fails alone, with a reason.
    return [next(enriched) if isinstance(text, str) else KeyError("text") for text, _ in articles]


def _store_result(db: Store, record: dict[str, Any], result: dict[str, Any] | Exception) -> str:
    """Assign the story and store `done`, or store `failed` with the reason; returns the status."""
    article_id = record["id"]
    if isinstance(result, Exception):  # any pipeline error fails this article only, never the worker
        log.error("article.error", extra={"article_id": article_id}, exc_info=result)
        return _fail(db, article_id, f"Enrichment failed: {type(result).__name__}: {result}")
    step = "Story assignment"
    try:
        # After the enrichment, before it is stored: the story travels with the enrichment.
        result.update(_story_of(db, article_id, record, result))
        step = "Storing the enrichment"
        moved = db.mark_done(article_id, result, index_entry(record, result))
    except (SoftTimeLimitExceeded, *TRANSIENT):
        raise
    except Exception as exc:  # e.g. a damaged record the store refuses: this article fails, with the reason
        if is_store_full(exc):  # not the article's fault: it is stored once room is made
            raise StoreBusy(f"the store is full: {exc}") from exc
        log.exception("article.error", extra={"article_id": article_id})
        return _fail(db, article_id, f"{step} failed: {type(exc).__name__}: {exc}")
    if moved == 1:
        log.info("article.enriched", extra={"article_id": article_id, "ms": result["processing_ms"]})
        _notify(db, article_id)
    return "done"


def _hand_back(db: Store, article_id: str, claimed: list[str], tried: bool = False) -> None:
    """This worker lives on: uncount its attempt and give the claimed, unfinished articles back (best effort).

    `tried`: the batch failed as a whole, so any of the claimed articles may be the cause. They keep their attempt
    counted, so no batch claims them again (the slow one would stall it again, and again) and each runs alone when
    its own task or the sweeper brings it back. Their own tasks may have come and gone while they were claimed:
    each gets a new one.
    """
    try:
        db.give_back_attempt(article_id)
        db.release_claims(claimed, uncount=not tried)
        if tried:
            for released in claimed:
                enqueue(app, released)
    except (redis.RedisError, OperationalError):
        pass  # Redis is down: the claims expire, the articles' own tasks and the sweeper take over


def _story_of(db: Store, article_id: str, record: dict[str, Any], enrichment: dict[str, Any]) -> dict[str, Any]:
    """`story_id` and `near_duplicate_of` for an English article (others are not clustered).

    Its time in the stories' window is when it was published, else submitted: a backlog of old reports ingested
    today meets the reports of its own days, not today's news.
    """
    if enrichment["language"] != "en":
        return {"story_id": None, "near_duplicate_of": None}
    story = assign_story(db.redis, article_id, story_features(record["text"], enrichment), article_time(record))
    return {"story_id": story["story_id"], "near_duplicate_of": story["near_duplicate_of"]}


def _fail(db: Store, article_id: str, reason: str) -> str:
    if db.mark_failed(article_id, reason) == 1:
        log.error("article.failed", extra={"article_id": article_id, "reason": reason})
        _notify(db, article_id)
    return "failed"


def _notify(db: Store, article_id: str) -> None:
    """Queue the webhooks of the end an article just reached: one per callback URL it was given before it finished
    (as the finishing move recorded them; a duplicate's callback registered after it is queued by the API that took
    it), each for this end (its `finished_at`). Each is queued patiently, then the article's entry in the outbox is
    cleared (the finishing transition wrote it; without callbacks there is none)."""
    # Read after the move: the record the task began with lacks this end's `finished_at` and owed callbacks (a
    # retried article's are those of its failure).
    record = _patiently(lambda: db.get_finish(article_id), article_id)
    if not record or record["status"] not in TERMINAL or "owed_callbacks" not in record:
        # Retried already (its next end queues its own), or it owes none: the move records any it owes. (The live
        # set read instead would hold a callback registered after the move, which its registrar sends.)
        return
    urls = db.owed_callback_urls(record)  # no Redis call: the record holds them
    for url in urls:
        _patiently(lambda u=url: enqueue_delivery(app, article_id, u, record.get("finished_at")), article_id)
    if urls:
        _patiently(lambda: db.webhooks_queued(article_id, record.get("finished_at")), article_id)


def _moved_on(record: dict[str, Any], finished_at: float | None) -> bool:
    """True when the article is no longer at the end a delivery was queued for (`finished_at`; None: any end)."""
    if record["status"] not in TERMINAL:
        return True
    return finished_at is not None and record.get("finished_at") != finished_at


# Store trouble before the POST (reading the article, its callback URLs) is retried with backoff like `enrich`'s:
# nothing was delivered yet. Such a retry counts as one of the delivery's tries.
@app.task(name=keys.DELIVER_TASK, bind=True, max_retries=settings.webhook_max_retries, acks_late=True,
          autoretry_for=TRANSIENT, retry_backoff=True, retry_backoff_max=60)
def deliver(self: Task, article_id: str, url: str | None = None, finished_at: float | None = None) -> str:
    """POST the webhook of the article's end reached at `finished_at` to `url`, signed; retry with exponential backoff
    (1, 2, 4 ... s) on failure.

    `url` must be one of the article's callback URLs; None (a message queued before there could be several)
    means the article's own. `finished_at` None (a message queued before deliveries named their end): the end the
    article is at when this runs.
    """
    record = store().get_article(article_id)
    if record is None:
        return "nothing to deliver"
    url = url or record.get("callback_url")
    if not url or url not in store().callback_urls(record):
        return "nothing to deliver"
    if _moved_on(record, finished_at):
        # Retried (POST /v1/failed/<id>/retry) since the end this delivery announces: the record now holds a later
        # state, which would go out under this end's name, and a later end has deliveries of its own.
        log.info("webhook.superseded", extra={"article_id": article_id, "status": record["status"]})
        return "superseded"
    attempt = self.request.retries + 1
    status_code, error, unsafe = None, None, False
    try:
        # One attempt's time for the check's DNS lookup and the POST together: a slow lookup leaves the POST less.
        ends = time.monotonic() + DELIVERY_TIMEOUT_SECONDS
        address = check_callback_url(url, settings.webhook_allow_private, timeout=DELIVERY_TIMEOUT_SECONDS)
        status_code = post_signed(url, webhook_payload(record), settings.webhook_secret, f"article.{record['status']}",
                                  timeout=ends - time.monotonic(), address=address)
        if not 200 <= status_code < 300:
            error = f"receiver answered {status_code}"
    except UnsafeCallback as exc:  # retrying cannot make an unsafe target safe
        error, unsafe = str(exc), True
    except (OSError, HTTPException, ValueError) as exc:  # unreachable, too slow, TLS refused, not HTTP, or unsendable
        # In the words a feed's fetch uses ("connection refused (nothing listens at that address)"), else the error's.
        error = connection_failure(exc) or f"{type(exc).__name__}: {exc}"
    except SoftTimeLimitExceeded:
        # post_signed has its own deadline; should the task's limit come first all the same, this is a failed attempt
        # like any other (logged and retried), not a delivery lost without a trace.
        error = f"the attempt ran past the task's {settings.task_time_limit} s time limit"
    final = error is None or unsafe or attempt > self.max_retries
    entry = {"attempt": attempt, "at": time.time(), "url": url, "status_code": status_code, "ok": error is None,
             "error": error, "final": final}
    # After the POST, store trouble is waited out rather than retried: a retry would POST again.
    _patiently(lambda: store().log_delivery(article_id, entry), article_id)
    if error is None:
        log.info("webhook.delivered", extra={"article_id": article_id, "attempt": attempt})
        return "delivered"
    if final:
        log.error("webhook.gave_up", extra={"article_id": article_id, "attempt": attempt, "error": error})
        return "gave up"
    raise self.retry(countdown=2 ** (attempt - 1))
