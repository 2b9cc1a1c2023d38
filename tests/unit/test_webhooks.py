"""Webhook deliveries go where the URL was checked to point, and nowhere else."""
from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator

import pytest

from services.core.schemas import shown_callback
from services.core.webhooks import UnsafeCallback, check_callback_url, payload, post_signed


class _Hook(http.server.BaseHTTPRequestHandler):
    """Records each request; `redirect_to` (if set) answers every POST with a 302 there."""

    requests: list[tuple[str, str, str]] = []  # (method, path, Host header)
    redirect_to = ""

    def _record(self) -> None:
        type(self).requests.append((self.command, self.path, self.headers["Host"]))

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        self.rfile.read(int(self.headers["Content-Length"]))
        self._record()
        if self.redirect_to:
            self.send_response(302)
            self.send_header("Location", self.redirect_to)
        else:
            self.send_response(204)
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        self._record()
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _serve(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture()
def hook() -> Iterator[int]:
    _Hook.requests, _Hook.redirect_to = [], ""
    yield from _serve(_Hook)


class _Internal(_Hook):
    requests: list[tuple[str, str, str]] = []
    redirect_to = ""  # its own: the hook's redirect must not make it redirect too


@pytest.fixture()
def internal() -> Iterator[int]:
    _Internal.requests = []
    yield from _serve(_Internal)


def test_a_redirect_is_answered_not_followed(hook, internal):
    _Hook.redirect_to = f"http://127.0.0.1:{internal}/admin"
    status = post_signed(f"http://127.0.0.1:{hook}/hook", b"{}", "secret", "article.done")
    assert status == 302
    assert [r[:2] for r in _Hook.requests] == [("POST", "/hook")]
    assert _Internal.requests == []  # the internal service never heard of it


def test_the_delivery_connects_to_the_checked_address_not_a_new_lookup(hook):
    # The name does not resolve at all: only the pinned address can have reached the receiver.
    url = f"http://hook.invalid:{hook}/hook?event=1"
    assert post_signed(url, b"{}", "secret", "article.done", address="127.0.0.1") == 204
    assert _Hook.requests == [("POST", "/hook?event=1", f"hook.invalid:{hook}")]
    with pytest.raises(OSError):
        post_signed(url, b"{}", "secret", "article.done")


def test_the_check_returns_the_address_it_checked():
    assert check_callback_url("https://93.184.216.34/hook", allow_private=False) == "93.184.216.34"
    assert check_callback_url("http://127.0.0.1/hook", allow_private=True) is None
    with pytest.raises(UnsafeCallback):
        check_callback_url("http://127.0.0.1/hook", allow_private=False)


@pytest.mark.parametrize("url", ["http://example.com:99999/hook", "http://example.com:abc/hook", "http://[::1/hook",
                                 "http://example.com/a\ud800", "http://example.com/a b", "http://example.com/\x07",
                                 "http://example.com/hook/\u00fcn\u00efcode", "https://b\u00fccher.example/hook"])
def test_malformed_callback_urls_are_unsafe_even_where_private_targets_are_allowed(url):
    with pytest.raises(UnsafeCallback):
        check_callback_url(url, allow_private=True)


# IPv6 literals resolve to themselves: no DNS is asked.
@pytest.mark.parametrize("host", ["[64:ff9b::7f00:1]", "[64:ff9b::a00:1]", "[64:ff9b:1::a9fe:a9fe]",
                                  "[2002:7f00:1::1]", "[::ffff:127.0.0.1]"])
def test_an_ipv6_address_carrying_a_private_ipv4_address_is_unsafe(host):
    # NAT64 and 6to4 reach the IPv4 address in the last or second 32 bits: 127.0.0.1, 10.0.0.1, 169.254.169.254.
    with pytest.raises(UnsafeCallback):
        check_callback_url(f"http://{host}/hook", allow_private=False)


def test_an_ipv6_address_carrying_a_public_ipv4_address_is_safe():
    assert check_callback_url("http://[64:ff9b::808:808]/hook", allow_private=False) == "64:ff9b::808:808"


def test_a_delivery_does_not_carry_the_callback_url():
    # Every submitter of the text gets the same body: the first one's secret token must not be in it.
    record = {"id": "a1", "status": "done", "title": "Budget", "callback_url": "https://example.org/hook?token=s3cret"}
    body = payload(record)
    assert b"s3cret" not in body
    assert json.loads(body)["article"]["article"]["title"] == "Budget"


@pytest.mark.parametrize(("url", "shown"), [
    ("https://hooks.example.com/services/T0/B0/s3cret", "https://hooks.example.com/…"),
    ("http://127.0.0.1:8080/hook?token=s3cret", "http://127.0.0.1:8080/…"),
    ("https://example.org", "https://example.org"),
    ("https://example.org/", "https://example.org"),
])
def test_the_deliveries_log_shows_a_receivers_site_only(url: str, shown: str) -> None:
    assert shown_callback(url) == shown


class _Trickling(http.server.BaseHTTPRequestHandler):
    """Sends its status line, then one header line every 0.2 s for 6 s: each read is quick, the answer is not."""

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        self.rfile.read(int(self.headers["Content-Length"]))
        self.wfile.write(b"HTTP/1.1 204 No Content\r\n")
        try:
            for n in range(30):
                self.wfile.write(f"X-Trickle-{n}: 1\r\n".encode())
                self.wfile.flush()
                time.sleep(0.2)
            self.wfile.write(b"\r\n")
        except OSError:  # the delivery gave up and closed the connection
            pass

    def log_message(self, *args: object) -> None:
        pass


def test_a_receiver_trickling_its_answer_runs_out_the_attempts_time():
    # The timeout bounds the whole attempt: per read, this answer would be taken after its 6 s.
    for port in _serve(_Trickling):
        with pytest.raises(TimeoutError):
            post_signed(f"http://127.0.0.1:{port}/hook", b"{}", "secret", "article.done", timeout=1)
