"""DNS lookups and connections within a time limit: `socket.getaddrinfo` takes no timeout, and a resolver that hangs
would hold the caller (a feed fetch, a webhook delivery) past its deadline; `socket.create_connection` gives each
address it tries the whole timeout afresh."""
from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, wait
from typing import Any

AddrInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, tuple[Any, ...]]

# getaddrinfo cannot be cancelled: a lookup given up on goes on in its thread until the resolver answers (or its own
# timeouts end it). At most this many lookups run at once in a process, so hung ones cannot pile up threads without
# end; while all of them hang, a new lookup waits for one to end, within its own time, and fails if none does.
MAX_LOOKUPS = 8
_lookup_slots = threading.BoundedSemaphore(MAX_LOOKUPS)


def _free_all_slots() -> None:
    """In a forked child (a Celery pool process): the parent's lookup threads are not there to free their slots."""
    global _lookup_slots
    _lookup_slots = threading.BoundedSemaphore(MAX_LOOKUPS)


os.register_at_fork(after_in_child=_free_all_slots)


class DNSTimeout(TimeoutError):
    """A DNS lookup that did not finish within its time; the message names the host and the time."""


# What OpenSSL says when the other side answers in plain text: an https:// address of a plain-HTTP port.
_PLAIN_TEXT_ANSWERS = frozenset({"WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "HTTP_REQUEST",
                                 "PACKET_LENGTH_TOO_LONG"})


def connection_failure(error: BaseException) -> str | None:
    """A failed connection in the words feed fetches and webhook deliveries both use ("connection refused (nothing
    listens at that address)"); None for an error that is no such failure, which the caller words itself."""
    # One wording for both: a delivery's log said "ConnectionRefusedError: [Errno 111] Connection refused" where a
    # feed said "connection refused".
    if isinstance(error, socket.gaierror):
        return f"host not found ({error.strerror or error})"
    if isinstance(error, ssl.SSLCertVerificationError):
        # OpenSSL's words without its codes: "self-signed certificate", "certificate has expired", "Hostname mismatch".
        return f"the server's certificate is not trusted ({error.verify_message or error.reason})"
    if isinstance(error, ssl.SSLError):
        if error.reason in _PLAIN_TEXT_ANSWERS:
            return "TLS handshake failed: the server may not speak https"
        return f"TLS handshake failed ({error.reason or error})"  # "TLSV1_ALERT_PROTOCOL_VERSION": old TLS only
    if isinstance(error, ConnectionRefusedError):
        return "connection refused (nothing listens at that address)"
    if isinstance(error, http.client.RemoteDisconnected):
        return "the server closed the connection without an answer"
    return None


def resolve(host: str, port: int | str | None, seconds: float, **hints: Any) -> list[AddrInfo]:
    """`socket.getaddrinfo(host, port, **hints)`, given up on after `seconds` (DNSTimeout).

    An IP address is looked up at once, in this thread: it needs no resolver and no slot."""
    if _is_ip_address(host):
        return socket.getaddrinfo(host, port, **hints)
    ends = time.monotonic() + seconds
    if seconds <= 0:
        raise DNSTimeout(_too_slow(host, 0))
    if not _lookup_slots.acquire(timeout=seconds):
        raise DNSTimeout(_too_slow(host, seconds, f"{MAX_LOOKUPS} earlier lookups still running"))
    answer: Future[list[AddrInfo]] = Future()
    try:
        threading.Thread(target=_look_up, args=(answer, host, port, hints), name=f"DNS lookup of {host}",
                         daemon=True).start()  # a daemon: a hung lookup does not keep the process from exiting
    except BaseException:
        _lookup_slots.release()
        raise
    if not wait([answer], timeout=max(0.0, ends - time.monotonic())).done:
        raise DNSTimeout(_too_slow(host, seconds))
    return answer.result()


def connect(host: str, port: int, seconds_left: Callable[[], float], source_address: Any = None) -> socket.socket:
    """A TCP connection to `host` (looked up with `resolve`), the lookup and each address's connect given only what
    `seconds_left()` says is left (it raises TimeoutError once nothing is)."""
    error: OSError = OSError(f"no address to connect to for {host}")
    for family, kind, proto, _, sockaddr in resolve(host, port, seconds_left(), type=socket.SOCK_STREAM):
        left = seconds_left()  # outside the try: out of time is the answer, not a reason to try the next
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(left)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
        except OSError as exc:  # refused, unreachable, timed out: the next address may answer
            sock.close()
            error = exc
            continue
        except BaseException:
            sock.close()
            raise
        return sock
    raise error


def _look_up(answer: Future[list[AddrInfo]], host: str, port: int | str | None, hints: dict[str, Any]) -> None:
    """The lookup itself, in its own thread: its answer (or error) into `answer`, its slot freed when it ends."""
    try:
        answer.set_result(socket.getaddrinfo(host, port, **hints))
    except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it
        answer.set_exception(exc)
    finally:
        _lookup_slots.release()


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _too_slow(host: str, seconds: float, why: str = "") -> str:
    # Tenths at most from 0.1 s up: the time left of a deadline is rarely round (0.99998 s is said "1 s").
    shown = f"{round(seconds, 1):g}" if seconds >= 0.1 else f"{seconds:.2g}"
    said = f"DNS lookup of {host} took longer than {shown} s"
    return f"{said} ({why})" if why else said
