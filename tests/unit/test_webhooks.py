"""Webhook deliveries go where the URL was checked to point, and nowhere else."""
from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from marshmallow import ValidationError

from services.core.config import Settings
from services.core.schemas import shown_callback
from services.core.submit import check_callback
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


def test_the_checks_dns_lookup_runs_out_of_time_as_passing_trouble_not_an_unsafe_url(hanging_resolver):
    # Review: the check's getaddrinfo had no time limit: a resolver that hung held the API request or the delivery,
    # and the pool process, without end. Out of time, it is a TimeoutError (retried), not UnsafeCallback (final).
    started = time.monotonic()
    with pytest.raises(TimeoutError, match=r"^DNS lookup of hooks\.example took longer than 1 s$"):
        check_callback_url("https://hooks.example/hook", allow_private=False, timeout=1)
    assert time.monotonic() - started < hanging_resolver  # given up on before the resolver would have answered


def test_a_callback_whose_dns_lookup_hangs_is_refused_at_submission_not_an_error(hanging_resolver):
    # The API answers 422 with this (a ValidationError), where a TimeoutError would have been a 500.
    started = time.monotonic()
    with pytest.raises(ValidationError) as refused:
        check_callback("https://hooks.example/hook", Settings(webhook_secret="secret"))
    assert refused.value.messages == {"callback_url": [
        "The callback URL could not be checked: DNS lookup of hooks.example took longer than 10 s."]}
    assert time.monotonic() - started < hanging_resolver


def test_the_attempts_time_bounds_the_deliverys_own_dns_lookup(hanging_resolver):
    # Where private targets are allowed the check looks nothing up: the delivery resolves the host itself.
    started = time.monotonic()
    with pytest.raises(TimeoutError, match=r"^DNS lookup of hooks\.example took longer than 1 s$"):
        post_signed("http://hooks.example/hook", b"{}", "secret", "article.done", timeout=1)
    assert time.monotonic() - started < hanging_resolver


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


def _fill_accept_queue(listener: socket.socket) -> list[socket.socket]:
    """Connect until the listener's accept queue is full (a connect that times out): Linux then drops new SYNs,
    and a connect made now completes only when its SYN is sent again, about 1 s later, after room is made."""
    queued = []
    while True:
        probe = socket.socket()
        probe.settimeout(0.3)
        try:
            probe.connect(listener.getsockname())
        except TimeoutError:
            probe.close()
            return queued
        queued.append(probe)


def _trickle_a_handshake(listener: socket.socket, for_seconds: float) -> None:
    """Make room in the full accept queue, accept the delivery, then trickle a TLS handshake that never completes: a
    16 KiB record's header after the ClientHello, then a byte every 0.1 s, then the connection is closed."""
    time.sleep(0.2)
    try:
        listener.accept()[0].close()  # a queued connection: the delivery's SYN, sent again, now gets in
        with listener.accept()[0] as conn:
            conn.recv(65536)  # the ClientHello
            conn.sendall(b"\x16\x03\x03\x40\x00")  # OpenSSL waits for all of the record
            for _ in range(int(for_seconds / 0.1)):
                time.sleep(0.1)
                conn.sendall(b"\x00")
    except OSError:  # the delivery gave up and closed the connection
        pass


def test_a_slow_connect_and_a_trickled_tls_handshake_share_the_attempts_time():
    # The connect takes about 1 s (a SYN sent again), the handshake is trickled for 1.5 s more and then cut off. Each
    # given the whole 2 s, the delivery saw the cut (an SSL EOF error) only after 2.5 s; within one deadline of 2 s,
    # the handshake has about 1 s and runs out of it.
    with socket.create_server(("127.0.0.1", 0), backlog=0) as listener:
        queued = _fill_accept_queue(listener)
        threading.Thread(target=_trickle_a_handshake, args=(listener, 1.5), daemon=True).start()
        try:
            with pytest.raises(TimeoutError):
                post_signed(f"https://127.0.0.1:{listener.getsockname()[1]}/hook", b"{}", "secret", "article.done",
                            timeout=2)
        finally:
            for sock in queued:
                sock.close()
