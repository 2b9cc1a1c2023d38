"""Webhooks: which callback URLs are allowed, how a delivery is signed, what it carries."""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import socket
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

SIGNATURE_HEADER = "Newswire-Signature"
TIMESTAMP_HEADER = "Newswire-Timestamp"


class UnsafeCallback(ValueError):
    """The callback URL is not an http(s) URL to a public address."""


def check_callback_url(url: str, allow_private: bool) -> None:
    """Raise UnsafeCallback unless `url` is http(s) and every address its host resolves to is public.

    Checked at submission and again at delivery, so a DNS answer that changed in between
    (rebinding) cannot point a delivery at an internal service.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeCallback("Only http and https callback URLs with a host are allowed.")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeCallback(f"The callback host '{parts.hostname}' does not resolve.") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            raise UnsafeCallback(f"The callback host '{parts.hostname}' is a private, loopback or reserved address.")


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
    return json.dumps(event, separators=(",", ":")).encode()


def post_signed(url: str, body: bytes, secret: str, event: str, timeout: float = 10) -> int:
    """POST a signed delivery; returns the receiver's HTTP status (raises OSError when unreachable)."""
    timestamp = int(time.time())
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json",
        "User-Agent": "Newswire-Webhook/1",
        "Newswire-Event": event,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret, timestamp, body),
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
