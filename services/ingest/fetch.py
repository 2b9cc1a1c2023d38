"""Fetch RSS/Atom feeds by their http(s) address, for ingest and `newswire submit` alike.

A feed that cannot be had whole (no answer, an HTTP error, too large, cut short) is a `FetchError` with a one-line
reason; `url_items` turns it into an `Item` so that the run goes on with the other sources.
"""
from __future__ import annotations

import contextlib
import functools
import http.client
import io
import re
import socket
import ssl
import sys
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from tqdm import tqdm

from services.core.config import FeedLimits
from services.core.resolver import DNSTimeout, connect, connection_failure
from services.ingest.readers import Item, feed_items, printable

DEFAULT_LIMITS = FeedLimits()  # NEWSWIRE_FEED_* unset
_CHUNK_BYTES = 64 * 1024
# An HTTP reason phrase is a few words ("Not Found"); the server's text beyond this is cut.
_REASON_CHARS = 80
# "scheme://...": an address, fetched when its scheme is a web one, refused with a reason otherwise (not a path).
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)


# Told the bytes of a feed's body come so far, and how many there are in all when the server said (Content-Length).
Progress = Callable[[int, int | None], None]
# A fetch shows its bar once it has taken this long: a small feed shows none.
BAR_DELAY_SECONDS = 0.5
# How long a feed's parse may take before it is said on stderr (the bar's delay: a quick one says nothing).
PARSE_NOTE_DELAY_SECONDS = BAR_DELAY_SECONDS


class FetchError(Exception):
    """A feed that could not be fetched whole; the message is the one-line reason."""


class Fetched(NamedTuple):
    """A feed's body, its Content-Type and the address it came from at last (after redirects)."""

    content: bytes
    content_type: str | None
    url: str


def is_address(source: str) -> bool:
    """True for a source written as an address ("https://...", also "ftp://..."), which is no file or folder."""
    return bool(_ADDRESS.match(source))


def url_items(url: str, limits: FeedLimits = DEFAULT_LIMITS, progress: bool = False) -> Iterator[Item]:
    """The articles of the feed at `url`, named by it as a feed file is by its path ("URL#1"); a feed that cannot
    be fetched within `limits` is one Item with the reason. With `progress`, a fetch that takes a while shows a bar."""
    try:
        with _fetch_bar(url, progress) as moved:
            fetched = fetch_feed(url, limits.timeout_seconds, limits.deadline_seconds, limits.max_bytes, moved)
    except FetchError as exc:
        yield Item(url, error=f"cannot fetch the feed: {exc}")
        return
    # Named by the address given, its relative links resolved against the one it moved to (a 301 elsewhere).
    items = feed_items(url, fetched.content, fetched.content_type, base=fetched.url)
    yield from noted_while_parsed(items, printable(url, 60), len(fetched.content), progress)


def noted_while_parsed(items: Iterator[Item], shown: str, size: int, progress: bool) -> Iterator[Item]:
    """`items` of a feed of `size` bytes (`shown`: its address or path as the note writes it); with `progress`, a line
    on stderr says it is being parsed if its first item takes a while. A feed is parsed whole before its first item:
    seconds for one of some MB (5 s for 19 MB), with nothing moving on the screen (a fetch's bar gone, ingest's bar
    still at the file's start)."""
    with _said_if_slow(f"parsing {shown} ({size:,} bytes) ...", progress):
        first = next(items, None)
    if first is not None:
        yield first
        yield from items


def fetch_feed(url: str, timeout: float = DEFAULT_LIMITS.timeout_seconds,
               deadline: float = DEFAULT_LIMITS.deadline_seconds, max_bytes: int = DEFAULT_LIMITS.max_bytes,
               progress: Progress | None = None) -> Fetched:
    """The body of `url` (http or https only, redirects followed only to those), at most `max_bytes` of it, unzipped
    where the server gzipped it, its Content-Type (whose charset the feed's parser needs) and its final address.

    Each wait for the server takes at most `timeout` s, and the whole fetch at most `deadline` s. `progress` is told
    the bytes come so far after each chunk, with the Content-Length when the server sent one."""
    if not _WEB_ADDRESS.match(url):
        raise FetchError("only http:// and https:// addresses are fetched")
    clock = _Clock(timeout, deadline)  # from the start: connecting, slow headers and redirects count too
    try:
        if urlsplit(url).username is not None:  # urllib cannot log in so, and the origin would show the password
            raise FetchError("a user name or password in the address is not supported")
        with _opener(clock).open(url, timeout=timeout) as response:
            body = _body(response, max_bytes, clock, progress)
            if response.headers.get("Content-Encoding", "").strip().lower() in ("gzip", "x-gzip"):
                body = _gunzipped(body, max_bytes)
            return Fetched(body, response.headers.get("Content-Type"), response.geturl())
    except FetchError:
        raise
    except (OSError, ValueError, http.client.HTTPException, zlib.error) as exc:
        raise FetchError(_reason(exc, clock)) from None


@dataclass
class _Clock:
    """One fetch's time: each wait for the server at most `timeout` s, all of them over `deadline` s after the start."""

    timeout: float
    deadline: float
    ends: float = field(init=False)

    def __post_init__(self) -> None:
        self.ends = time.monotonic() + self.deadline

    def wait(self) -> float:
        """How long the next wait for the server may take; TimeoutError once the deadline has passed."""
        left = self.ends - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"past the deadline of {self.deadline:g} s")
        return min(self.timeout, left)

    def passed(self) -> bool:
        return time.monotonic() >= self.ends


@contextlib.contextmanager
def _fetch_bar(url: str, shown: bool) -> Iterator[Progress | None]:
    """A progress bar in bytes while the feed at `url` is fetched, shown once the fetch takes a while (nothing was
    shown while a large feed came in: the ingest bar moves only once it is parsed); None when not `shown`."""
    if not shown:
        yield None
        return
    with tqdm(desc=f"fetch {printable(url, 60)}", unit="B", unit_scale=True, delay=BAR_DELAY_SECONDS,
              leave=False) as bar:

        def moved(size: int, total: int | None) -> None:
            if total is not None and bar.total != total:
                bar.total = total
            bar.update(size - bar.n)

        yield moved


@contextlib.contextmanager
def _said_if_slow(note: str, shown: bool) -> Iterator[None]:
    """Write `note` on stderr if the work inside takes longer than PARSE_NOTE_DELAY_SECONDS (when `shown`), as the
    fetch's bar shows only after its delay: a quick one says nothing."""
    timer = threading.Timer(PARSE_NOTE_DELAY_SECONDS, tqdm.write, args=(note,), kwargs={"file": sys.stderr})
    if shown:
        timer.start()
    try:
        yield
    finally:
        timer.cancel()


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
            raise FetchError(f"redirected to {printable(target)}, which is not an http(s) address")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class _NoConnection(TimeoutError):
    """Connecting took the whole wait: the host does not answer (down, or a firewall dropping what is sent)."""


class _ClockedConnection(http.client.HTTPConnection):
    """A connection whose every wait (the DNS lookup, connecting, sending, each read of the headers and the body) is
    bounded by the fetch's clock: a socket timeout alone bounds each wait, not the time a trickling server takes."""

    def __init__(self, *args: Any, clock: _Clock, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clock = clock
        # http.client opens its socket through this attribute (socket.create_connection, whose DNS lookup has no
        # time limit); ours looks the host up within the clock too.
        self._create_connection = self._open_socket

    def _open_socket(self, address: tuple[str, int], timeout: float, source_address: Any = None) -> socket.socket:
        """`socket.create_connection` on the clock rather than `timeout`: the DNS lookup and each connect wait at most
        what it leaves, and the socket is left with what remains for the TLS handshake (Python bounds it whole by the
        socket's timeout)."""
        host, port = address
        try:
            sock = connect(host, port, self.clock.wait, source_address)
        except DNSTimeout:
            raise
        except TimeoutError as exc:  # told apart from a server that connects and then says nothing
            raise _NoConnection(f"no connection to {host}") from exc
        sock.settimeout(self.clock.wait())
        return sock

    def send(self, data: Any) -> None:
        if self.sock is not None:
            self.sock.settimeout(self.clock.wait())
        super().send(data)

    def response_class(self, sock: socket.socket, *args: Any, **kwargs: Any) -> http.client.HTTPResponse:
        return http.client.HTTPResponse(_ClockedSocket(sock, self.clock), *args, **kwargs)  # type: ignore[arg-type]


class _ClockedHTTPSConnection(_ClockedConnection, http.client.HTTPSConnection):
    pass


class _ClockedSocket:
    """A socket as an HTTPResponse reads it (its one use is `makefile`), each receive bounded by the clock; bounding
    each `readline` instead would let a header line come a byte at a time, each byte waited for in full."""

    def __init__(self, sock: socket.socket, clock: _Clock) -> None:
        self._sock = sock
        self._clock = clock

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(_ClockedReads(self._sock.makefile(mode, buffering=0), self._sock, self._clock))


class _ClockedReads(io.RawIOBase):
    """A socket's raw reads, each (one receive) waiting at most what the clock leaves."""

    def __init__(self, raw: Any, sock: socket.socket, clock: _Clock) -> None:
        self._raw = raw
        self._sock = sock
        self._clock = clock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        self._sock.settimeout(self._clock.wait())
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _ClockedHandler(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    """Opens http and https addresses alike on the fetch's clock (and so takes the place of urllib's two handlers)."""

    def __init__(self, clock: _Clock) -> None:
        super().__init__()
        self._clock = clock

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_ClockedConnection, clock=self._clock), req)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_ClockedHTTPSConnection, clock=self._clock), req, context=self._context)


def _opener(clock: _Clock) -> urllib.request.OpenerDirector:
    """An opener for one fetch: redirects to http(s) only, every connection on the fetch's clock."""
    return urllib.request.build_opener(_WebOnlyRedirects, _ClockedHandler(clock))


def _body(response: http.client.HTTPResponse, max_bytes: int, clock: _Clock, progress: Progress | None = None
          ) -> bytes:
    """The response's body, read a chunk at a time so that a feed too large is refused before it is all in memory."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:  # said up front: refused unread
        raise FetchError(_too_large(f"{int(declared):,} bytes", max_bytes))
    total = int(declared) if declared.isdigit() else None
    chunks: list[bytes] = []
    size = 0
    try:
        # read1 returns what has come so far; read(n) would wait for all n bytes.
        while chunk := response.read1(_CHUNK_BYTES):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(_too_large(f"over {max_bytes:,} bytes", max_bytes))
            chunks.append(chunk)
            if progress is not None:
                progress(size, total)
    except TimeoutError:
        if clock.passed():
            raise FetchError(_late(clock, size)) from None
        raise
    if response.length:  # bytes the Content-Length promised that never came: the connection closed early
        raise FetchError(f"cut short: {size:,} of {size + response.length:,} bytes came")
    return b"".join(chunks)


def _too_large(size: str, max_bytes: int) -> str:
    return f"the feed is {size}, more than the {max_bytes // 2**20} MB read of a feed: not read"


def _late(clock: _Clock, size: int) -> str:
    return f"not all there after {clock.deadline:g} s ({size:,} bytes came)"


def _reason(exc: BaseException, clock: _Clock) -> str:
    """A failed fetch in one line: the HTTP status, or what went wrong with the connection."""
    return " ".join(_reason_text(exc, clock).split())  # an OS error's words may run over lines


def _reason_text(exc: BaseException, clock: _Clock) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return _http_status(exc)
    cause = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(cause, DNSTimeout):  # "DNS lookup of HOST took longer than N s"
        return str(cause)
    if isinstance(cause, _NoConnection) and not clock.passed():
        return f"the host did not answer within {clock.timeout:g} s (no connection)"
    if isinstance(cause, TimeoutError):
        # Before the feed's body: the body's own reads say how much of it came (`_body`).
        return _late(clock, 0) if clock.passed() else f"the server sent nothing for {clock.timeout:g} s"
    if exc is cause and isinstance(cause, ssl.SSLError) and not isinstance(cause, ssl.SSLCertVerificationError):
        return cause.strerror or str(cause)  # not the handshake (urllib wraps that one): a TLS error reading the body
    if said := connection_failure(cause):  # the words webhook deliveries use too
        return said
    if isinstance(cause, http.client.IncompleteRead):
        return "cut short: the connection closed in the middle of the feed"
    if isinstance(cause, http.client.HTTPException):
        return f"not an HTTP answer ({cause.__class__.__name__})"
    if isinstance(cause, OSError):
        return cause.strerror or str(cause)
    return str(cause)  # ValueError: an address urllib cannot take ("http://" with no host)


def _http_status(exc: urllib.error.HTTPError) -> str:
    """An error status and its reason phrase as the server wrote it, made safe to print; urllib's own words for a
    redirect loop (three lines, before the phrase) said shortly."""
    reason = " ".join(str(exc.reason).split())
    loop_message = " ".join(_WebOnlyRedirects.inf_msg.split())
    looped = reason.startswith(loop_message)
    status = f"HTTP {exc.code} {printable(reason.removeprefix(loop_message).strip(), _REASON_CHARS)}"
    return f"{status} (redirected in a loop, or too many times)" if looped else status
