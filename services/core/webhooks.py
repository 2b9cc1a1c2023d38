"""Webhooks: which callback URLs are allowed, how a delivery is signed, what it carries."""
from __future__ import annotations

import functools
import hashlib
import hmac
import http.client
import io
import ipaddress
import json
import selectors
import socket
import ssl
import time
from urllib.parse import urlsplit

from services.core.resolver import connect, resolve
from services.core.store import COMPACT_JSON

SIGNATURE_HEADER = "Newswire-Signature"
TIMESTAMP_HEADER = "Newswire-Timestamp"
_DEFAULT_PORTS = {"http": 80, "https": 443}
# A delivery attempt's time: the DNS lookup, connect, TLS handshake, request and the answer's status and headers.
DELIVERY_TIMEOUT_SECONDS = 10.0


class UnsafeCallback(ValueError):
    """The callback URL is not an http(s) URL to a public address."""


def check_callback_url(url: str, allow_private: bool, timeout: float = DELIVERY_TIMEOUT_SECONDS) -> str | None:
    """Raise UnsafeCallback unless `url` is http(s) and every address its host resolves to is public.

    Returns the checked address a delivery must connect to (None when private targets are allowed: any).
    Checked at submission and again at delivery, and the delivery connects to the address checked then,
    so a DNS answer that changes (rebinding) cannot point a delivery at an internal service.
    A DNS lookup that takes longer than `timeout` s raises DNSTimeout (a TimeoutError): passing trouble, not an
    unsafe URL.
    """
    # Lone surrogates are not printable either: Redis and http.client could not encode them.
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise UnsafeCallback("The callback URL must not contain spaces, control characters or lone surrogates.")
    if not url.isascii():  # http.client sends the request line and Host header as ASCII: it could not be sent
        raise UnsafeCallback("The callback URL must be ASCII: percent-encode other characters of its path and query, "
                             "and write an international host name in its xn-- form.")
    try:
        parts = urlsplit(url)
        port = parts.port  # parsed on access
    except ValueError as exc:  # urlsplit's own words: "Invalid IPv6 URL", "Port out of range 0-65535", ...
        raise UnsafeCallback(f"The callback URL cannot be parsed: {exc}.") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeCallback("Only http and https callback URLs with a host are allowed.")
    if port == 0:  # no server listens there: a delivery would go to the scheme's port instead
        raise UnsafeCallback("The callback URL's port must be 1 to 65535.")
    if parts.username is not None or parts.password is not None:
        # They would be shown back in every answer about the article and never sent: deliveries are signed.
        raise UnsafeCallback("The callback URL must not hold a user name or password; deliveries are signed "
                             "(the Newswire-Signature header) instead.")
    port = port or _DEFAULT_PORTS[parts.scheme]
    if allow_private:
        return None
    try:
        infos = resolve(parts.hostname, port, timeout, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeCallback(f"The callback host '{parts.hostname}' does not resolve.") from exc
    for info in infos:
        if not _is_public(ipaddress.ip_address(info[4][0])):
            raise UnsafeCallback(f"The callback host '{parts.hostname}' is a private, loopback or reserved address.")
    return str(infos[0][4][0])


# NAT64 prefixes (well-known and local-use): the last 32 bits are an IPv4 address the translator connects to
# ("64:ff9b::7f00:1" is 127.0.0.1). IPv4-mapped and 6to4 addresses the ipaddress module unpacks itself.
_NAT64 = tuple(ipaddress.ip_network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48"))


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A global unicast address, and so is any IPv4 address it carries (mapped, 6to4, NAT64)."""
    if not address.is_global or address.is_multicast:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        carried = address.ipv4_mapped or address.sixtofour
        if carried is None and any(address in network for network in _NAT64):
            carried = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if carried is not None:
            return _is_public(carried)
    return True


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """`v1=<hex HMAC-SHA256 of "<timestamp>.<body>">`: receivers recompute it to trust a delivery."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"v1={digest}"


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """What a receiver does: recompute the signature and compare in constant time."""
    return hmac.compare_digest(sign(secret, int(timestamp), body), signature)


def payload(record: dict) -> bytes:
    """The JSON body of a delivery: the event and the article as the API shows it."""
    from services.core.schemas import present_article  # here: schemas import nothing from webhooks

    event = {"event": f"article.{record['status']}", "article": present_article(record)}
    return json.dumps(event, separators=COMPACT_JSON).encode()


def post_signed(url: str, body: bytes, secret: str, event: str, timeout: float = DELIVERY_TIMEOUT_SECONDS,
                address: str | None = None) -> int:
    """POST a signed delivery; returns the receiver's HTTP status (raises OSError when unreachable).

    Connects to `address` (the one `check_callback_url` checked) when given, and never follows a redirect:
    a public receiver answering 302 to an internal address must not turn the delivery into a request there.
    `timeout` bounds the whole attempt (DNS lookup, connect, TLS handshake, request and answer), not each step or
    read: a receiver trickling its handshake or its answer (a header line every few seconds), or a resolver that
    hangs, would otherwise hold the delivery, and the pool process, without end (TimeoutError when it runs out).
    """
    deadline = time.monotonic() + timeout
    parts = urlsplit(url)
    timestamp = int(time.time())
    headers = {
        "Host": parts.netloc.rpartition("@")[2],
        "Content-Type": "application/json",
        "User-Agent": "Newswire-Webhook/1",
        "Newswire-Event": event,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret, timestamp, body),
    }
    connection = _connect(parts.scheme, parts.hostname or "", parts.port or _DEFAULT_PORTS[parts.scheme], address,
                          deadline)
    connection.response_class = functools.partial(_DeadlineResponse, deadline=deadline)  # type: ignore[assignment]
    try:
        _time_left(connection.sock, deadline)  # sendall's timeout is for the whole request
        connection.request("POST", (parts.path or "/") + (f"?{parts.query}" if parts.query else ""), body, headers)
        return int(connection.getresponse().status)
    finally:
        connection.close()


def _connect(scheme: str, host: str, port: int, address: str | None, deadline: float) -> http.client.HTTPConnection:
    """An HTTP connection to `host` over a socket opened to `address` (TLS checked against `host` for https), the
    connect and the handshake within the attempt's deadline."""
    # The lookup and each address's connect within the attempt's time (`socket.create_connection` gave each address
    # the whole timeout afresh, and its DNS lookup none).
    sock = connect(address or host, port, lambda: _seconds_left(deadline))
    try:
        if scheme == "https":
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=host, do_handshake_on_connect=False)
            _handshake(sock, deadline)
    except BaseException:
        sock.close()
        raise
    connection = http.client.HTTPConnection(host, port)
    connection.sock = sock  # already open (and encrypted): http.client only writes the request and reads the answer
    return connection


def _handshake(tls: ssl.SSLSocket, deadline: float) -> None:
    """The TLS handshake in non-blocking steps, each wait for the receiver given only the time the attempt has left:
    a receiver trickling its handshake a byte at a time cannot stretch it past the deadline."""
    tls.setblocking(False)
    with selectors.DefaultSelector() as selector:
        selector.register(tls, selectors.EVENT_READ)
        while True:
            try:
                tls.do_handshake()
                return
            except ssl.SSLWantReadError:
                selector.modify(tls, selectors.EVENT_READ)
            except ssl.SSLWantWriteError:
                selector.modify(tls, selectors.EVENT_WRITE)
            if not selector.select(_seconds_left(deadline)):
                raise TimeoutError("the receiver did not finish the TLS handshake within the delivery's time limit")


def _seconds_left(deadline: float) -> float:
    """What the attempt has left of its time (TimeoutError if nothing is left)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the receiver did not answer within the delivery's time limit")
    return left


def _time_left(sock: socket.socket, deadline: float) -> None:
    """Let the socket's next operation take no longer than the attempt has left (TimeoutError if nothing is left)."""
    sock.settimeout(_seconds_left(deadline))


class _DeadlineReader(io.RawIOBase):
    """The socket's bytes, each read given only the time the attempt has left."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._sock, self._deadline = sock, deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        _time_left(self._sock, self._deadline)
        return self._sock.recv_into(buffer)


class _DeadlineResponse(http.client.HTTPResponse):
    """An HTTP response read against the attempt's deadline: the status line and headers, however slowly they come."""

    def __init__(self, sock: socket.socket, *args: object, deadline: float, **kwargs: object) -> None:
        super().__init__(sock, *args, **kwargs)  # type: ignore[arg-type]
        self.fp.close()  # the plain reader http.client made (nothing read from it yet)
        # Unbuffered below the line reader: a header line sent a byte at a time is read against the deadline too.
        self.fp = io.BufferedReader(_DeadlineReader(sock, deadline))
