"""A receiver that trickles its answer runs out the attempt's 10 s (README, Webhooks): the attempt is logged as failed
and retried, and the pool process is free again for other work."""
from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from services.stack import processes

from .helpers import unique, wait_done


class _Trickling(http.server.BaseHTTPRequestHandler):
    """Answers the first delivery a header line every 3 s (each read is quick, the answer never ends); then 204."""

    posts = 0
    stop = threading.Event()

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        self.rfile.read(int(self.headers["Content-Length"]))
        type(self).posts += 1
        if type(self).posts > 1:  # recovered
            self.send_response(204)
            self.end_headers()
            return
        self.wfile.write(b"HTTP/1.1 204 No Content\r\n")
        for n in range(40):
            try:
                self.wfile.write(f"X-Trickle-{n}: 1\r\n".encode())
                self.wfile.flush()
            except OSError:  # the delivery gave up and closed the connection
                return
            if type(self).stop.wait(3):
                return
        self.wfile.write(b"\r\n")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def trickling() -> Iterator[str]:
    _Trickling.posts = 0
    _Trickling.stop.clear()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trickling)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    _Trickling.stop.set()
    server.shutdown()
    server.server_close()


def test_a_trickling_receiver_gets_a_failed_attempt_then_its_delivery(client, worker, trickling):
    hooked = client.post("/v1/articles", json={"text": unique("Olaf Scholz spoke in Berlin."),
                                               "callback_url": trickling}).get_json()["id"]
    assert wait_done(client, hooked)["status"] == "done"

    def log() -> list[dict]:
        return client.get(f"/v1/articles/{hooked}/deliveries").get_json()["items"]

    processes.wait_until(lambda: log(), 120, "the first delivery attempt to end")
    first = log()[0]
    assert (first["attempt"], first["ok"], first["status_code"], first["final"]) == (1, False, None, False)
    assert first["error"].startswith("TimeoutError")
    # The worker's only pool process is free again: another article is enriched.
    plain = client.post("/v1/articles", json={"text": unique("Emmanuel Macron spoke in Paris.")}).get_json()["id"]
    assert wait_done(client, plain)["status"] == "done"
    processes.wait_until(lambda: any(d["ok"] for d in log()), 120, "the delivery to the recovered receiver")
    assert [(d["attempt"], d["ok"], d["final"]) for d in log()] == [(1, False, False), (2, True, True)]


def test_store_trouble_before_the_post_is_retried_like_an_enrichments() -> None:
    # A Redis timeout while reading the article or its callback URLs ended the delivery for good (API QA round 3):
    # the task now retries on the same transient errors as `enrich` (the retry itself is Celery's).
    from services.nlp.worker import TRANSIENT, deliver, enrich

    assert set(TRANSIENT) <= set(deliver.autoretry_for) == set(enrich.autoretry_for)
    assert deliver.retry_backoff and deliver.acks_late
