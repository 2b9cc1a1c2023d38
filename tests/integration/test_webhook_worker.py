"""Webhook deliveries on a worker of their own (README, Operations): a receiver that hangs holds up no enrichment."""
from __future__ import annotations

import dataclasses
import http.server
import threading

from services.api import create_app
from services.core import keys
from services.core.queue import make_celery, nlp_workers
from services.core.store import Store
from services.core.submit import Services, submit, validate
from services.stack import processes

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
