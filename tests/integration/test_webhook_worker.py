"""Webhook deliveries on a worker of their own (README, Operations): a receiver that hangs holds up no enrichment."""
from __future__ import annotations

import dataclasses
import http.server
import json
import re
import threading
import time
from pathlib import Path

from services.api import create_app
from services.core import keys
from services.core.queue import enqueue, make_celery, nlp_workers
from services.core.store import Store
from services.core.submit import Services, content_digest, submit, validate
from services.stack import processes
from tests.conftest import ADMIN_KEY

from .helpers import unique


class _Hanging(http.server.BaseHTTPRequestHandler):
    """Takes a delivery and answers only when released (the delivery gives up first, at its 10 s timeout)."""

    arrived = threading.Event()
    release = threading.Event()

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        type(self).arrived.set()
        type(self).release.wait(30)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_hanging_receiver_holds_up_no_enrichment_on_a_webhook_worker(private_redis, service_env, settings,
                                                                       tmp_path):
    url = f"redis://127.0.0.1:{private_redis}/0"
    env = {**service_env, "REDIS_URL": url}
    own = dataclasses.replace(settings, redis_url=url)
    services = Services(own, Store.from_url(url), make_celery(own))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hanging)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    nlp_log, hooks_log = tmp_path / "nlp.log", tmp_path / "webhooks.log"
    workers = [processes.start_worker(env, 1, "split-nlp", nlp_log, extra=("-Q", keys.NLP_QUEUE)),
               processes.start_worker(env, 4, "split-webhooks", hooks_log,
                                      extra=("-Q", keys.WEBHOOK_QUEUE, "-P", "threads"))]
    try:
        processes.wait_until(lambda: len(services.celery.control.ping(timeout=0.5) or []) == 2, 120, "two workers")
        # Only the worker of the nlp queue counts as one that enriches (readiness, the system page).
        assert [name.split("-")[1] for name in nlp_workers(services.celery)] == ["nlp"]
        hooked = submit(services, validate({"text": unique("Olaf Scholz spoke in Berlin."),
                                            "callback_url": f"http://127.0.0.1:{server.server_port}/hook"}, own)).id
        processes.wait_until(_Hanging.arrived.is_set, 120, "the delivery at the hanging receiver")
        plain = submit(services, validate({"text": unique("Emmanuel Macron spoke in Paris.")}, own)).id
        processes.wait_until(lambda: services.store.get_article(plain)["status"] == "done", 120, "the other article")
        finished = float(services.store.get_article(plain)["finished_at"])
        processes.wait_until(lambda: services.store.deliveries(hooked), 60, "the delivery attempt to end")
        # Enriched while the delivery still hung: the NLP worker's only process was not the one waiting on it.
        assert finished < services.store.deliveries(hooked)[0]["at"]
        taken = f"Task {keys.DELIVER_TASK}["  # as Celery logs a task it receives
        assert taken in hooks_log.read_text() and taken not in nlp_log.read_text()
        processes.stop(workers[0])
        ready = create_app(own).test_client().get("/readyz")
        assert ready.status_code == 503 and ready.get_json()["workers"] == 0  # the webhook worker still answers
    finally:
        _Hanging.release.set()
        for worker in workers:
            processes.stop(worker)
        server.shutdown()
        server.server_close()
        services.store.redis.close()


def _deliveries_run(log: Path) -> int:
    """How many delivery tasks a worker's log says have ended (delivered, given up or dropped)."""
    return len(re.findall(rf"Task {re.escape(keys.DELIVER_TASK)}\[[^]]*\] succeeded", log.read_text()))


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Takes every delivery and records (path, event) of each."""

    events: list[tuple[str, str]] = []

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).events.append((self.path, json.loads(body)["event"]))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_deliveries_of_an_end_the_article_has_moved_on_from_are_dropped_not_sent_as_the_later_end(
        private_redis, service_env, settings, tmp_path):
    """A failed article's webhooks, and a late duplicate submitter's, still wait on the queue (the webhooks worker is
    down) when the article is retried and ends done: each callback gets the done once, nothing announces the failure
    with the done article, and the late submitter is owed the done too. Each delivery announced the article's status
    when it ran: the own callback got 'done' twice (the done's finisher also read the callbacks the failure owed)."""
    url = f"redis://127.0.0.1:{private_redis}/0"
    env = {**service_env, "REDIS_URL": url}
    own = dataclasses.replace(settings, redis_url=url)
    services = Services(own, Store.from_url(url), make_celery(own))
    api = create_app(own).test_client()
    api.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    _Recorder.events = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_port}"
    hooks_log = tmp_path / "webhooks.log"
    workers = [processes.start_worker(env, 1, "ends-nlp", tmp_path / "nlp.log", extra=("-Q", keys.NLP_QUEUE))]
    db = services.store

    def ended(status: str) -> bool:
        # Its finisher has queued the webhooks it owes (it clears the outbox last).
        return db.get_status(article_id) == status and not db.webhooks_owed(time.time() + 1)

    try:
        processes.wait_until(lambda: bool(services.celery.control.ping(timeout=0.5)), 120, "the nlp worker")
        text = unique("Jacinda Ardern spoke in Wellington.")
        article_id = db.add_article(content_digest(text), validate({"text": text, "callback_url": f"{hook}/own"},
                                                                   own)).id
        db.redis.hdel(keys.article(article_id), "text")  # a damaged record: its worker fails it
        enqueue(services.celery, article_id)
        processes.wait_until(lambda: ended("failed"), 120, "the article to fail")
        late = api.post("/v1/articles", json={"text": text, "callback_url": f"{hook}/late"})
        assert late.status_code == 200 and late.get_json()["id"] == article_id  # owed the failure at once
        db.redis.hset(keys.article(article_id), "text", text)  # repaired
        assert api.post(f"/v1/failed/{article_id}/retry").get_json() == {"retried": [article_id]}
        processes.wait_until(lambda: ended("done"), 120, "the retried article to be done")
        queued = db.redis.llen(keys.WEBHOOK_QUEUE)
        processes.stop(workers[0])
        workers.append(processes.start_worker(env, 1, "ends-webhooks", hooks_log,
                                              extra=("-Q", keys.WEBHOOK_QUEUE, "-P", "threads")))
        processes.wait_until(lambda: _deliveries_run(hooks_log) >= queued, 120, f"the {queued} queued deliveries")
        assert sorted(_Recorder.events) == [("/late", "article.done"), ("/own", "article.done")]
        assert [d["ok"] for d in db.deliveries(article_id)] == [True, True]
    finally:
        for worker in workers:
            processes.stop(worker)
        server.shutdown()
        server.server_close()
        db.redis.close()
