"""Nothing lost: workers, Redis and the API killed mid-run; every accepted article still ends done, once.

Each test runs its own Redis (AOF on) and workers, so killing them touches nothing else. The sweeper
runs every 2 s with short deadlines, so lost messages come back within a test's time.
"""
from __future__ import annotations

import dataclasses
import http.client
import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
import redis
from celery import Celery
from flask.testing import FlaskClient

from services.api import create_app
from services.api.common import _WORKERS_CACHE_SECONDS
from services.core import keys
from services.core.client import call
from services.core.config import Settings, parse_api_keys
from services.core.queue import make_celery
from services.core.store import TERMINAL, Store
from services.core.submit import Services, content_digest, submit, validate
from services.core.sweeper import queue_owed_webhooks, sweep_once
from services.stack import processes
from tests.conftest import ADMIN_KEY, KEYS_SPEC

from .helpers import StandIn

# A short hard time limit, so articles held by a killed worker are found lost within ~40 s.
FAST_SWEEP = {"NEWSWIRE_SWEEP_AFTER": "5", "NEWSWIRE_SWEEP_INTERVAL": "2", "NEWSWIRE_TASK_TIME_LIMIT": "15",
              "NEWSWIRE_LOG_LEVEL": "WARNING"}
CITIES = ["Berlin", "Paris", "Rome", "Madrid", "Warsaw", "Vienna", "Prague", "Lisbon"]


@dataclass
class System:
    """A private Redis with its settings, store and environment for worker processes."""

    port: int
    data: Path
    redis: subprocess.Popen
    env: dict[str, str]
    services: Services
    logs: Path

    def restart_redis(self, down_for: float = 0.0) -> None:
        processes.stop(self.redis)
        time.sleep(down_for)
        self.redis = processes.start_redis(self.port, self.data, appendonly=True)

    def worker(self, concurrency: int = 2, name: str = "fault", **env: str) -> subprocess.Popen:
        proc = processes.start_worker({**self.env, **env}, concurrency, name, self.logs / f"{name}.log")
        processes.wait_until(lambda: len(_children(proc)) >= concurrency, 120, "worker pool", proc)
        return proc


@pytest.fixture()
def system(tmp_path: Path) -> Iterator[System]:
    port = processes.free_port()
    redis_proc = processes.start_redis(port, tmp_path / "redis", appendonly=True)
    url = f"redis://127.0.0.1:{port}/0"
    settings = Settings(redis_url=url, api_keys=parse_api_keys(KEYS_SPEC))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(REDIS_URL=url, NEWSWIRE_API_KEYS=KEYS_SPEC, **FAST_SWEEP)
    services = Services(settings, Store.from_url(url), make_celery(settings))
    system = System(port, tmp_path / "redis", redis_proc, env, services, tmp_path)
    yield system
    processes.stop(system.redis)


def _children(proc: subprocess.Popen) -> list[psutil.Process]:
    try:
        return psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _submit_many(system: System, count: int, tag: str) -> list[str]:
    ids = []
    for n in range(count):
        text = (f"{tag} report {n}: the mayor of {CITIES[n % len(CITIES)]}, Anna Novak, said on Monday that "
                f"the city would spend €{n + 1}m on {n + 2} new bridges. \u201cWe start now,\u201d she said.")
        article = validate({"title": f"{tag} {n}", "text": text}, system.services.settings)
        ids.append(submit(system.services, article).id)
    return ids


def _statuses(store: Store, ids: list[str]) -> list[str | None]:
    with store.redis.pipeline(transaction=False) as pipe:
        for article_id in ids:
            pipe.hget(keys.article(article_id), "status")
        return pipe.execute()


def _wait_all_finished(store: Store, ids: list[str], timeout: float) -> None:
    processes.wait_until(lambda: all(s in TERMINAL for s in _statuses(store, ids)), timeout, "all articles finished")


def _wait_some_done(store: Store, ids: list[str], count: int) -> None:
    processes.wait_until(lambda: _statuses(store, ids).count("done") >= count, 180, f"{count} articles done")


def _assert_each_done_once(store: Store, ids: list[str]) -> None:
    statuses = zip(ids, _statuses(store, ids), strict=True)
    errors = {i: store.get_article(i).get("error") for i, status in statuses if status != "done"}
    assert not errors
    # The done transition is counted each time it succeeds: exactly once per article.
    assert store.finished_counts().get("done") == len(ids)
    assert store.redis.zcard(keys.articles_by_seq()) == len(ids)
    assert store.redis.zcard(keys.pending()) == 0
    assert all(store.get_article(i)["enrichment"]["entities"] for i in ids[:: max(1, len(ids) // 10)])


def test_killed_pool_child_and_worker_lose_nothing(system):
    ids = _submit_many(system, 300, "kill")
    first = system.worker(name="first")
    _wait_some_done(system.services.store, ids, 30)
    _children(first)[0].send_signal(signal.SIGKILL)  # a pool child, mid-task
    _wait_some_done(system.services.store, ids, 60)
    processes.stop(first, signal.SIGKILL)  # the whole worker: main process and pool
    assert "done" in _statuses(system.services.store, ids) and None not in _statuses(system.services.store, ids)
    second = system.worker(name="second")
    try:
        _wait_all_finished(system.services.store, ids, 300)
        _assert_each_done_once(system.services.store, ids)
    finally:
        processes.stop(second)


def test_redis_restart_loses_nothing_and_api_answers_503_meanwhile(system):
    app = create_app(system.services.settings)
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    ids = _submit_many(system, 150, "restart")
    worker = system.worker(name="restart")
    try:
        _wait_some_done(system.services.store, ids, 20)
        processes.stop(system.redis)
        down = client.post("/v1/articles", json={"text": "Submitted while Redis is down."})
        assert down.status_code == 503 and down.get_json()["error"]["code"] == "unavailable"
        assert client.get(f"/v1/articles/{ids[0]}").status_code == 503
        system.redis = processes.start_redis(system.port, system.data, appendonly=True)
        assert client.get(f"/v1/articles/{ids[0]}").status_code == 200
        # Celery 5.7 / kombu 5.7 sometimes exit the worker on the lost connection (an AttributeError while
        # restoring unacknowledged messages). Deployments restart it (compose's restart policy, `make run`'s
        # loop); the promise is that nothing is lost, so a worker that exited is started again, as they would.
        def finished() -> bool:
            nonlocal worker
            if worker.poll() is not None:
                worker = system.worker(name="restart-again")
            return all(s in TERMINAL for s in _statuses(system.services.store, ids))

        processes.wait_until(finished, 300, "all articles finished")
        _assert_each_done_once(system.services.store, ids)
    finally:
        processes.stop(worker)


def test_api_killed_mid_run_loses_no_accepted_article(system):
    port = processes.free_port()
    env = {**system.env, "PORT": str(port), "NEWSWIRE_API_WORKERS": "1"}
    base = f"http://127.0.0.1:{port}"
    accepted: list[str] = []
    stop = threading.Event()

    def start_api() -> subprocess.Popen:
        proc = processes.start_api(env, system.logs / "api.log")
        processes.wait_until(lambda: call(base, "GET", "/healthz", timeout=2)[0] == 200, 60, "api", proc)
        return proc

    def client_loop() -> None:
        n = 0
        while not stop.is_set() and n < 400:
            n += 1
            try:
                status, body = call(base, "POST", "/v1/articles", {"text": f"Client article {n} about Oslo."}, 5,
                                    key=ADMIN_KEY)
            except (OSError, http.client.HTTPException):
                # The API is down, or was killed while answering (a cut-off body): a real client retries later.
                time.sleep(0.05)
                continue
            if status == 202:
                accepted.append(body["id"])

    api = start_api()
    worker = system.worker(name="api-kill")
    thread = threading.Thread(target=client_loop)
    thread.start()
    try:
        try:
            processes.wait_until(lambda: len(accepted) >= 40, 60, "40 accepted")
            processes.stop(api, signal.SIGKILL)
            time.sleep(1)
            api = start_api()
            processes.wait_until(lambda: len(accepted) >= 120, 120, "120 accepted")
        finally:
            stop.set()
            thread.join(30)
            processes.stop(api)
        _wait_all_finished(system.services.store, accepted, 300)
        assert _statuses(system.services.store, accepted) == ["done"] * len(accepted)
    finally:
        processes.stop(worker)


def test_poison_articles_fail_with_a_reason_and_do_not_block_the_queue(system):
    store = system.services.store
    # The limit is short and the text near the largest accepted (~35,000 words)
    # so that no machine finishes it in time: with 5 s and 2,500 sentences the CI machine once did.
    worker = system.worker(name="poison", concurrency=1, NEWSWIRE_TASK_TIME_LIMIT="2")
    try:
        slow = submit(system.services, validate({"text": " ".join(
            f"Sentence {n} says that Anna Novak met Jan Kowalski in {CITIES[n % 8]} on Monday." for n in range(2700)
        )}, system.services.settings)).id
        # A record whose earlier attempts all died with their worker: given up, not retried forever.
        store.redis.hset(keys.article("lost-thrice"), mapping={"id": "lost-thrice", "status": "queued",
                                                               "text": "Short text.", "attempts": "3"})
        system.services.celery.send_task(keys.ENRICH_TASK, args=["lost-thrice"])
        after = _submit_many(system, 3, "after-poison")
        _wait_all_finished(store, [slow, "lost-thrice", *after], 180)
        assert store.get_article(slow)["status"] == "failed", "finished within the time limit: make it longer"
        assert "longer than the 2 s limit" in store.get_article(slow)["error"]
        assert "Gave up after 3 attempts" in store.get_article("lost-thrice")["error"]
        assert _statuses(store, after) == ["done"] * 3
        assert len(_children(worker)) == 1  # the pool is intact
    finally:
        processes.stop(worker)


def test_a_story_lock_left_by_a_lost_worker_delays_articles_but_fails_none(system):
    store = system.services.store
    # As a worker killed inside the critical section leaves it: held by nobody alive, until it expires.
    store.redis.set(keys.story_lock(), "lost-worker-token", px=14_000)
    worker = system.worker(name="lock", concurrency=1, NEWSWIRE_TASK_TIME_LIMIT="5")
    try:
        ids = _submit_many(system, 3, "locked")
        _wait_all_finished(store, ids, 120)
        _assert_each_done_once(store, ids)
        assert all(store.get_article(i)["attempts"] <= 1 for i in ids)  # the waits did not count as lost workers
    finally:
        processes.stop(worker)


def test_an_article_the_broker_refused_is_accepted_and_swept_into_the_queue(system):
    settings = system.services.settings
    away = _celery_away(settings)
    article = validate({"text": "The broker is away: Anna Novak opened the bridge in Vienna."}, settings)
    outcome = submit(Services(settings, system.services.store, away), article)  # the store took it, the queue not
    assert outcome.created and system.services.store.get_status(outcome.id) == "queued"
    worker = system.worker(name="swept")  # its sweeper finds the article's message missing and queues it
    try:
        _wait_all_finished(system.services.store, [outcome.id], 120)
        assert system.services.store.get_status(outcome.id) == "done"
    finally:
        processes.stop(worker)


def _celery_away(settings: Settings) -> Celery:
    """A Celery app whose broker is a port where nothing listens."""
    return make_celery(dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{processes.free_port()}/0"))


def _client_with_the_broker_away(settings: Settings) -> FlaskClient:
    """A client of the real API whose Celery app points at a port where no broker listens."""
    app = create_app(settings, {"TESTING": True})
    app.extensions["newswire"] = dataclasses.replace(app.extensions["newswire"], celery=_celery_away(settings))
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    return client


def test_a_duplicates_webhook_the_broker_refused_is_a_503_that_a_retry_mends(settings, store, client):
    text = "The broker is away again: Jan Kowalski reopened the bridge in Vienna after repairs."
    first = store.add_article(content_digest(text), {"text": text}).id  # stored, no message: no worker takes it
    store.mark_failed(first, "Finished for the test: a later submitter is owed the webhook at once.")
    body = {"text": text, "callback_url": "http://127.0.0.1:9/hook"}
    refused = _client_with_the_broker_away(settings).post("/v1/articles", json=body)
    assert refused.status_code == 503 and "queue" in refused.get_json()["error"]["message"]
    assert int(refused.headers["Retry-After"]) > 0
    retried = client.post("/v1/articles", json=body)  # the broker is back: the webhook is queued this time
    assert retried.status_code == 200 and retried.get_json()["id"] == first


def test_a_failed_article_retried_while_the_broker_is_away_is_queued_for_the_sweeper(settings, store, client):
    text = "Retried with the broker away: Anna Novak in Graz."
    article_id = store.add_article(content_digest(text), {"text": text}).id
    store.mark_failed(article_id, "Failed for the test.")
    response = _client_with_the_broker_away(settings).post(f"/v1/failed/{article_id}/retry")
    assert response.status_code == 200 and response.get_json()["retried"] == [article_id]
    assert store.get_status(article_id) == "queued"  # stored as queued: the sweeper sends its message


def test_a_full_store_answers_503_and_keeps_what_it_has(settings, tmp_path):
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "full-redis", appendonly=False)
    try:
        url = f"redis://127.0.0.1:{port}/0"
        full = Store.from_url(url)
        kept = full.add_article("digest-before", {"text": "Stored before the store filled up."}).id
        for n in range(200):
            full.redis.set(f"ballast:{n}", "x" * 10_000)
        # Well past the limit (not at its edge, where a small write may still fit): every write is refused.
        full.redis.config_set("maxmemory", full.redis.info("memory")["used_memory"] // 2)
        with pytest.raises(redis.exceptions.OutOfMemoryError):
            full.redis.set("one-more", "x")
        client = create_app(dataclasses.replace(settings, redis_url=url)).test_client()
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
        response = client.post("/v1/articles", json={"text": "One article too many."})
        assert response.status_code == 503 and "full" in response.get_json()["error"]["message"]
        assert int(response.headers["Retry-After"]) > 0
        assert client.get(f"/v1/articles/{kept}").get_json()["status"] == "queued"  # reads still work
        listed = client.get("/v1/articles?source=wire&label=PERSON")  # two filters: no working key is written
        assert listed.status_code == 200 and listed.get_json()["items"] == []
    finally:
        processes.stop(proc)


@pytest.fixture()
def hooked(tmp_path: Path) -> Iterator[Services]:
    """Services on a Redis of the test's own, webhooks to local receivers allowed."""
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "own-redis", appendonly=False)
    own = Settings(redis_url=f"redis://127.0.0.1:{port}/0", webhook_secret="s" * 32, webhook_allow_private=True)
    yield Services(own, Store.from_url(own.redis_url), make_celery(own))
    processes.stop(proc)


def test_a_store_that_fills_up_holds_the_result_and_its_webhook_until_room_is_made(nlp, hooked, monkeypatch):
    """The worker's store step waits out a full Redis: the article is not failed, and its webhook is not lost."""
    from services.nlp import pipeline, worker

    monkeypatch.setattr(worker, "app", hooked.celery)  # its webhooks go to this Redis's queue
    monkeypatch.setattr(worker, "STORE_RETRY_DELAYS", (0.2,))
    db = hooked.store
    text = "Anna Novak, the mayor of Vienna, said on Monday that the city would build 3 new bridges."
    article_id = submit(hooked, validate({"text": text, "callback_url": "http://127.0.0.1:9/hook"},
                                         hooked.settings)).id
    db.mark_processing(article_id)
    result = pipeline.enrich(nlp, text)
    for n in range(200):
        db.redis.set(f"ballast:{n}", "x" * 10_000)
    db.redis.config_set("maxmemory", db.redis.info("memory")["used_memory"] // 2)
    outcome: list[str] = []
    storing = threading.Thread(target=lambda: outcome.append(
        worker._patiently(lambda: worker._store_result(db, db.get_article(article_id), result), article_id)))
    storing.start()
    storing.join(timeout=2)
    assert storing.is_alive() and db.get_status(article_id) == "processing"  # waiting, not failed
    db.redis.config_set("maxmemory", 0)  # an operator makes room
    storing.join(timeout=30)
    assert outcome == ["done"]
    record = db.get_article(article_id)
    assert record["status"] == "done" and record["attempts"] == 1 and not record.get("error")
    assert db.redis.llen(keys.WEBHOOK_QUEUE) == 1  # the webhook it owes is queued
    assert db.webhooks_owed(time.time() + 1) == []  # and no longer owed
    # Room for the article but none for its webhook's message: the webhook waits too, it is owed only once.
    db.redis.config_set("maxmemory", db.redis.info("memory")["used_memory"] // 2)
    notifying = threading.Thread(target=worker._notify, args=(db, article_id))
    notifying.start()
    notifying.join(timeout=2)
    assert notifying.is_alive() and db.redis.llen(keys.WEBHOOK_QUEUE) == 1
    db.redis.config_set("maxmemory", 0)
    notifying.join(timeout=30)
    assert not notifying.is_alive() and db.redis.llen(keys.WEBHOOK_QUEUE) == 2


def test_a_hung_redis_is_answered_503_not_waited_on(settings, tmp_path):
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "hung-redis", appendonly=False)
    url = f"redis://127.0.0.1:{port}/0"
    client = create_app(dataclasses.replace(settings, redis_url=url)).test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    article_id = client.post("/v1/articles", json={"text": "Read while Redis hangs."}).get_json()["id"]
    os.kill(proc.pid, signal.SIGSTOP)  # the connection stays open; no reply comes
    try:
        answers: list = []
        # /metrics and /v1/system also ask the queue's length through Celery's own connection to Redis.
        reader = threading.Thread(target=lambda: answers.extend(
            [client.get(f"/v1/articles/{article_id}"), client.get("/readyz"), client.get("/metrics"),
             client.get("/v1/system")]))
        reader.start()
        reader.join(timeout=90)  # without a reply timeout it waits as long as Redis hangs
        assert [a.status_code for a in answers] == [503, 503, 200, 503], answers
        assert answers[0].headers["Retry-After"]
        assert "newswire_store_up 0.0" in answers[2].get_data(as_text=True)
    finally:
        os.kill(proc.pid, signal.SIGCONT)
        processes.stop(proc)


def test_readyz_says_what_is_missing_right_after_redis_restarts(settings, tmp_path):
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "restarted", appendonly=False)
    client = create_app(dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{port}/0")).test_client()
    try:
        assert client.get("/readyz").get_json() == {"status": "not ready", "redis": True, "workers": 0}
        processes.stop(proc)
        proc = processes.start_redis(port, tmp_path / "restarted", appendonly=False)
        # Celery's connection from before the restart fails once: the probe still says what is missing.
        answer = client.get("/readyz")
        assert (answer.status_code, answer.get_json()) == (503, {"status": "not ready", "redis": True, "workers": 0})
    finally:
        processes.stop(proc)


def _workers_seen_afresh(env: dict[str, str]) -> bool:
    """True when a new process, whose connections all postdate a Redis restart, sees an NLP worker."""
    script = ("from services.core.config import Settings; from services.core.queue import make_celery, nlp_workers; "
              "print(len(nlp_workers(make_celery(Settings.from_env()))))")
    asked = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    return asked.stdout.strip() not in ("", "0")


def test_a_worker_back_after_a_redis_restart_is_seen_by_the_first_probe(system):
    """The API's Celery connection from before the restart fails once: asked again, not answered 'no workers'
    (`/readyz` flapped to 503 and `/v1/system` answered 503 "store unavailable" once per API process)."""
    client = create_app(system.services.settings).test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    worker = system.worker(concurrency=1, name="probed")
    try:
        processes.wait_until(lambda: client.get("/readyz").status_code == 200, 60, "ready before the restart")
        system.restart_redis()
        processes.wait_until(lambda: _workers_seen_afresh(system.env), 60, "the worker back on the restarted Redis")
        time.sleep(_WORKERS_CACHE_SECONDS + 0.5)  # the API's answer from before the restart is too old to reuse
        system_view = client.get("/v1/system")
        assert system_view.status_code == 200 and len(system_view.get_json()["workers"]) == 1
        assert client.get("/readyz").get_json() == {"status": "ready", "redis": True, "workers": 1}
    finally:
        processes.stop(worker)


def test_webhooks_owed_by_an_article_whose_worker_died_are_queued_by_the_sweeper(hooked):
    """The finishing transition records the webhooks owed; a worker that dies before queueing them loses none."""
    db = hooked.store

    def finished(text: str, callback: str | None) -> str:
        fields = {"text": text, "callback_url": callback} if callback else {"text": text}
        article_id = submit(hooked, validate(fields, hooked.settings)).id
        db.mark_processing(article_id)
        db.mark_failed(article_id, "the worker stored this, then died before queueing its webhook")
        return article_id

    owing = finished("An article with a callback.", "http://127.0.0.1:9/hook")
    finished("An article without one.", None)
    assert db.webhooks_owed(time.time() + 1) == [owing]
    sweep_once(db, hooked.celery, hooked.settings)  # within its grace (sweep_after): the worker may still queue them
    assert db.redis.llen(keys.WEBHOOK_QUEUE) == 0
    assert queue_owed_webhooks(db, hooked.celery, time.time() + 1) == [owing]
    assert db.redis.llen(keys.WEBHOOK_QUEUE) == 1 and db.webhooks_owed(time.time() + 1) == []


def test_the_sweeper_queues_no_webhook_of_an_end_the_article_was_retried_from(hooked):
    """Its worker died before queueing the failure's webhooks, then it was retried: the record no longer holds that
    end, and its next end is queued by its own finisher (a delivery queued now would announce that end twice)."""
    db = hooked.store
    article_id = submit(hooked, validate({"text": "An article retried after its worker died.",
                                          "callback_url": "http://127.0.0.1:9/hook"}, hooked.settings)).id
    db.mark_processing(article_id)
    db.mark_failed(article_id, "the worker stored this, then died before queueing its webhook")
    assert db.retry(article_id) is None
    assert db.webhooks_owed(time.time() + 1) == []  # the retry took it out of the outbox
    assert queue_owed_webhooks(db, hooked.celery, time.time() + 1) == []
    assert db.redis.llen(keys.WEBHOOK_QUEUE) == 0


def test_an_end_that_owes_webhooks_stays_owed_when_an_earlier_ends_are_marked_queued(hooked):
    """A finisher marks its end's webhooks queued after the article was retried and failed again (that finisher
    dead): the later end stays owed, for the sweeper (clearing the entry whatever its end lost those webhooks)."""
    db = hooked.store
    article_id = submit(hooked, validate({"text": "An article that failed, was retried and failed again.",
                                          "callback_url": "http://127.0.0.1:9/hook"}, hooked.settings)).id
    db.mark_processing(article_id)
    db.mark_failed(article_id, "the first failure")
    first_end = db.get_article(article_id)["finished_at"]
    assert db.retry(article_id) is None
    db.mark_processing(article_id)
    db.mark_failed(article_id, "the second failure, whose worker died before queueing its webhooks")
    db.webhooks_queued(article_id, first_end)
    assert db.webhooks_owed(time.time() + 1) == [article_id]
    db.webhooks_queued(article_id, db.get_article(article_id)["finished_at"])
    assert db.webhooks_owed(time.time() + 1) == []


def test_a_finished_record_without_its_time_still_gets_its_webhooks(hooked):
    """A finished record that lacks `finished_at` (none is written so now; the web page allows for it too) is
    delivered as the end it is at, by the sweeper and for a late duplicate, and blocks no other article's webhooks."""
    db = hooked.store
    fields = {"text": "An article whose record lost its finish time.", "callback_url": "http://127.0.0.1:9/own"}
    article_id = submit(hooked, validate(fields, hooked.settings)).id
    db.mark_processing(article_id)
    db.mark_failed(article_id, "the worker stored this, then died before queueing its webhook")
    db.redis.hdel(keys.article(article_id), "finished_at")
    assert queue_owed_webhooks(db, hooked.celery, time.time() + 1) == [article_id]
    assert db.redis.llen(keys.WEBHOOK_QUEUE) == 1 and db.webhooks_owed(time.time() + 1) == []
    late = {**fields, "callback_url": "http://127.0.0.1:9/late"}
    assert not submit(hooked, validate(late, hooked.settings)).created
    assert db.redis.llen(keys.WEBHOOK_QUEUE) == 2


def test_a_delivery_left_from_before_a_retry_sends_nothing(hooked, monkeypatch):
    """A failed article retried while a delivery of its failure waits for its next try: that delivery is dropped,
    not sent as "article.queued" (its next end is delivered when it comes)."""
    from services.nlp import worker

    monkeypatch.setattr(worker, "store", lambda: hooked.store)
    url = "http://127.0.0.1:9/hook"
    article_id = submit(hooked, validate({"text": "An article retried after it failed.", "callback_url": url},
                                         hooked.settings)).id  # queued, as after the retry
    assert worker.deliver(article_id, url) == "superseded"
    assert hooked.store.redis.llen(keys.deliveries(article_id)) == 0  # no attempt was made


def test_a_delivery_of_a_failure_the_article_failed_again_since_sends_nothing(hooked, monkeypatch):
    """Retried and failed again: a delivery queued for the first failure is dropped, not sent as the second (whose
    own delivery announces it), so no callback gets one failure twice and the other not at all."""
    from services.nlp import worker

    monkeypatch.setattr(worker, "store", lambda: hooked.store)
    db, url = hooked.store, "http://127.0.0.1:9/hook"
    article_id = submit(hooked, validate({"text": "An article that failed twice.", "callback_url": url},
                                         hooked.settings)).id
    db.mark_failed(article_id, "the first failure")
    first = db.get_article(article_id)["finished_at"]
    assert db.retry(article_id) is None and db.mark_processing(article_id) == 1
    db.mark_failed(article_id, "the second failure")
    assert worker.deliver(article_id, url, first) == "superseded"
    assert db.redis.llen(keys.deliveries(article_id)) == 0  # no attempt was made


def _failed_delivery(hooked: Services, monkeypatch: pytest.MonkeyPatch, url: str) -> dict:
    """The log entry of one delivery attempt to `url` of a failed article (the try after it left to Celery)."""
    from celery.exceptions import Retry

    from services.nlp import worker

    monkeypatch.setattr(worker, "store", lambda: hooked.store)
    monkeypatch.setattr(worker, "settings", hooked.settings)  # receivers on loopback allowed
    db = hooked.store
    article_id = submit(hooked, validate({"text": f"An article whose receiver is away ({url}).", "callback_url": url},
                                         hooked.settings)).id
    db.mark_processing(article_id)
    db.mark_failed(article_id, "the failure announced")
    with pytest.raises(Retry):  # not final: tried again later
        worker.deliver(article_id, url, db.get_article(article_id)["finished_at"])
    [entry] = db.deliveries(article_id)
    return entry


def test_a_delivery_nothing_listens_for_is_logged_in_the_words_a_feed_fetch_uses(hooked, monkeypatch):
    """The deliveries log said "ConnectionRefusedError: [Errno 111] Connection refused" where a feed said "connection
    refused (nothing listens at that address)": one wording for both."""
    entry = _failed_delivery(hooked, monkeypatch, f"http://127.0.0.1:{processes.free_port()}/hook")
    assert (entry["ok"], entry["final"], entry["status_code"]) == (False, False, None)
    assert entry["error"] == "connection refused (nothing listens at that address)"


def test_a_receiver_answering_an_error_status_is_logged_with_it_guard(hooked, monkeypatch):
    """Guard: a receiver that answers, with an error status, is logged as its answer, not as a failed connection."""
    class Refusing(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server interface
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(503)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        entry = _failed_delivery(hooked, monkeypatch, f"http://127.0.0.1:{server.server_address[1]}/hook")
    finally:
        server.shutdown()
        server.server_close()
    assert (entry["status_code"], entry["error"]) == (503, "receiver answered 503")


def test_metrics_are_scraped_while_redis_is_down_and_say_so(settings, tmp_path):
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "gone-redis", appendonly=False)
    client = create_app(dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{port}/0")).test_client()
    assert "newswire_store_up 1.0" in client.get("/metrics").get_data(as_text=True)
    processes.stop(proc)
    scraped = client.get("/metrics")
    assert scraped.status_code == 200  # the HTTP counters that show the outage are still there
    text = scraped.get_data(as_text=True)
    assert "newswire_store_up 0.0" in text and "newswire_http_requests_total" in text
    assert "newswire_queue_depth" not in text


class CountingProxy(StandIn):
    """A stand-in in front of a Redis counting the connections made to it (`accepted`): each is passed on to the
    Redis, or closed at once when the Redis is gone (as a client sees a killed Redis, and every retry is counted)."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        super().__init__()

    def serve(self, client: socket.socket) -> None:
        try:
            self.pipe(client, self.upstream_port)
        except OSError:  # the Redis is gone
            client.close()


def test_a_scrape_with_redis_killed_tries_it_once(settings, tmp_path):
    """Scraped with Redis gone, the store's gauges fail at the first refused connection: the queue's length was read
    through kombu, which tried again and again (~6 s a scrape), and the store's client retries too."""
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "killed-redis", appendonly=False)
    proxy = CountingProxy(port)
    try:
        client = create_app(dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{proxy.port}/0")).test_client()
        assert "newswire_store_up 1.0" in client.get("/metrics").get_data(as_text=True)
        proc.kill()
        proc.wait()
        before = proxy.accepted
        text = client.get("/metrics").get_data(as_text=True)
        assert "newswire_store_up 0.0" in text and "newswire_queue_depth" not in text
        # The pooled connection fails, or is found closed and one new one is tried: no retries.
        assert proxy.accepted - before <= 1, proxy.accepted - before
    finally:
        proxy.close()
        processes.stop(proc)


def test_a_503_for_the_store_away_is_logged_with_its_reason(settings, caplog):
    """An operator reading the API's log during an outage saw only `http.request` lines of status 503, never why
    (the queue's 503 was logged; the store's was not)."""
    gone = dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{processes.free_port()}/0")  # nothing there
    client = create_app(gone).test_client()
    with caplog.at_level("WARNING", logger="services.api.errors"):
        response = client.get("/v1/articles", headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert response.status_code == 503
    logged = [record for record in caplog.records if record.getMessage() == "store.unavailable"]
    assert len(logged) == 1 and logged[0].levelname == "WARNING"
    assert "ConnectionError" in logged[0].error and "refused" in logged[0].error.lower()
    assert logged[0].exc_info is None  # one line per answer, no traceback


def test_the_system_view_while_the_queue_is_away_is_503_with_retry_after(settings, store):
    app = create_app(settings, {"TESTING": True})
    gone = dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{processes.free_port()}/0")  # nothing there
    app.extensions["newswire"] = dataclasses.replace(app.extensions["newswire"], celery=make_celery(gone))
    response = app.test_client().get("/v1/system", headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert response.get_json()["error"]["message"] == "The queue is unavailable for a moment; retry shortly."
