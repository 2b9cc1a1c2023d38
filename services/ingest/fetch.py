"""Fetch RSS/Atom feeds by their http(s) address, for ingest and `newswire submit` alike.

A feed that cannot be had whole (no answer, an HTTP error, too large, cut short) is a `FetchError` with a one-line
reason; `url_items` turns it into an `Item` so that the run goes on with the other sources.
"""
from __future__ import annotations

import http.client
import re
import socket
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from services.ingest.readers import Item, feed_items

# Larger than any real feed (they run to a few MB at most), small enough to hold in memory: feeds are parsed whole.
MAX_FEED_BYTES = 20 * 1024 * 1024
# Connecting, and each wait for more data, may take this long; the whole download at most FETCH_DEADLINE_SECONDS
# (a server sending a byte now and then never trips the first).
FETCH_TIMEOUT_SECONDS = 30.0
FETCH_DEADLINE_SECONDS = 120.0
_CHUNK_BYTES = 64 * 1024
# "scheme://...": an address, fetched when its scheme is a web one, refused with a reason otherwise (not a path).
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)


class FetchError(Exception):
    """A feed that could not be fetched whole; the message is the one-line reason."""


def is_address(source: str) -> bool:
    """True for a source written as an address ("https://...", also "ftp://..."), which is no file or folder."""
    return bool(_ADDRESS.match(source))


def url_items(url: str) -> Iterator[Item]:
    """The articles of the feed at `url`, named by it as a feed file is by its path ("URL#1"); a feed that cannot
    be fetched is one Item with the reason."""
    try:
        content, content_type = fetch_feed(url)
    except FetchError as exc:
        yield Item(url, error=f"cannot fetch the feed: {exc}")
        return
    yield from feed_items(url, content, content_type)


def fetch_feed(url: str, timeout: float = FETCH_TIMEOUT_SECONDS, deadline: float = FETCH_DEADLINE_SECONDS,
               max_bytes: int = MAX_FEED_BYTES) -> tuple[bytes, str | None]:
    """The body of `url` (http or https only, redirects followed only to those), at most `max_bytes` of it, unzipped
    where the server gzipped it, and its Content-Type (whose charset the feed's parser needs)."""
    if not _WEB_ADDRESS.match(url):
        raise FetchError("only http:// and https:// addresses are fetched")
    ends = time.monotonic() + deadline  # from the start: slow headers and redirects count too
    try:
        if urlsplit(url).username is not None:  # urllib cannot log in so, and the origin would show the password
            raise FetchError("a user name or password in the address is not supported")
        with _OPENER.open(url, timeout=timeout) as response:
            body = _body(response, max_bytes, ends, deadline)
            if response.headers.get("Content-Encoding", "").strip().lower() in ("gzip", "x-gzip"):
                body = _gunzipped(body, max_bytes)
            return body, response.headers.get("Content-Type")
    except FetchError:
        raise
    except (OSError, ValueError, http.client.HTTPException, zlib.error) as exc:
        raise FetchError(_reason(exc, timeout)) from None


def _gunzipped(body: bytes, max_bytes: int) -> bytes:
    """A gzipped body unzipped, refused past `max_bytes` as a plain one is (a small zip can unpack to gigabytes)."""
    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
    content = unzip.decompress(body, max_bytes + 1)
    if len(content) > max_bytes:
        raise FetchError(_too_large(f"over {max_bytes:,} bytes unzipped", max_bytes))
    return content


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed only to http and https addresses (urllib alone follows one to ftp://)."""

    def http_error_302(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                       headers: Any) -> Any:
        location = headers.get("Location") or headers.get("URI")
        target = urljoin(req.full_url, location) if location else ""
        if target and not _WEB_ADDRESS.match(target):
            fp.close()
            raise FetchError(f"redirected to {target}, which is not an http(s) address")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


_OPENER = urllib.request.build_opener(_WebOnlyRedirects)


def _body(response: http.client.HTTPResponse, max_bytes: int, ends: float, deadline: float) -> bytes:
    """The response's body, read a chunk at a time so that a feed too large is refused before it is all in memory."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:  # said up front: refused unread
        raise FetchError(_too_large(f"{int(declared):,} bytes", max_bytes))
    chunks: list[bytes] = []
    size = 0
    # read1 returns what has come so far; read(n) would wait for all n bytes, past the deadline.
    while chunk := response.read1(_CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(f"over {max_bytes:,} bytes", max_bytes))
        if time.monotonic() > ends:
            raise FetchError(f"not all there after {deadline:g} s ({size:,} bytes came)")
        chunks.append(chunk)
    if response.length:  # bytes the Content-Length promised that never came: the connection closed early
        raise FetchError(f"cut short: {size:,} of {size + response.length:,} bytes came")
    return b"".join(chunks)


def _too_large(size: str, max_bytes: int) -> str:
    return f"the feed is {size}, more than the {max_bytes // 2**20} MB read of a feed: not read"


def _reason(exc: BaseException, timeout: float) -> str:
    """A failed fetch in one line: the HTTP status, or what went wrong with the connection."""
    return " ".join(_reason_text(exc, timeout).split())  # urllib's redirect loop is three lines


def _reason_text(exc: BaseException, timeout: float) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    cause = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(cause, socket.gaierror):
        return f"host not found ({cause.strerror or cause})"
    if isinstance(cause, TimeoutError):
        return f"the server sent nothing for {timeout:g} s"
    if isinstance(cause, ConnectionRefusedError):
        return "connection refused (nothing listens at that address)"
    if isinstance(cause, http.client.RemoteDisconnected):
        return "the server closed the connection without an answer"
    if isinstance(cause, http.client.IncompleteRead):
        return "cut short: the connection closed in the middle of the feed"
    if isinstance(cause, http.client.HTTPException):
        return f"not an HTTP answer ({cause.__class__.__name__})"
    if isinstance(cause, OSError):
        return cause.strerror or str(cause)
    return str(cause)  # ValueError: an address urllib cannot take ("http://" with no host)
