"""A real HTTP server on a free loopback port, for tests of fetching feeds: each path answers as it is told."""
from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Answer:
    """What the server sends for one path: a status, headers and the body in parts, with a pause before each."""

    status: int = 200
    reason: str | None = None  # the status line's reason phrase; None: the usual one ("Not Found")
    headers: tuple[tuple[str, str], ...] = ()
    parts: tuple[bytes, ...] = ()
    pause: float = 0.0
    # A Content-Length other than the body's (a body cut short); None: the body's own length, unless `close_delimited`.
    length: int | None = None
    close_delimited: bool = False
    # A pause before the status line and before each header line, each sent on its own (headers trickled).
    header_pause: float = 0.0


def feed(body: bytes, content_type: str = "application/rss+xml") -> Answer:
    return Answer(headers=(("Content-Type", content_type),), parts=(body,))


def redirect(location: str, status: int = 302) -> Answer:
    return Answer(status=status, headers=(("Location", location),))


@contextlib.contextmanager
def serving(answers: dict[str, Answer | Callable[[], Answer]]) -> Iterator[str]:
    """The server's base address ("http://127.0.0.1:PORT") while the block runs; unknown paths answer 404."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            answer = answers.get(self.path)
            if answer is None:
                self.send_error(404, "Not Found")
                return
            if callable(answer):
                answer = answer()
            body = b"".join(answer.parts)
            headers = list(answer.headers)
            if not answer.close_delimited:
                headers.append(("Content-Length", str(len(body) if answer.length is None else answer.length)))
            headers.append(("Connection", "close"))
            try:
                if answer.header_pause:
                    self.send_head_slowly(answer, headers)
                else:
                    self.send_response(answer.status, answer.reason)
                    for name, value in headers:
                        self.send_header(name, value)
                    self.end_headers()
                for part in answer.parts:
                    time.sleep(answer.pause)
                    self.wfile.write(part)
                    self.wfile.flush()
            except OSError:  # the client gave up (a body too large, a deadline): as it should
                pass
            self.close_connection = True

        def send_head_slowly(self, answer: Answer, headers: list[tuple[str, str]]) -> None:
            """The status line and each header line a pause apart, each sent on its own (a server trickling them)."""
            lines = [f"HTTP/1.1 {answer.status} {answer.reason or self.responses[answer.status][0]}",
                     *(f"{name}: {value}" for name, value in headers), ""]
            for line in lines:
                time.sleep(answer.header_pause)
                self.wfile.write(f"{line}\r\n".encode("latin-1"))
                self.wfile.flush()

        def log_message(self, *args: object) -> None:
            pass

    with served(Handler) as base:
        yield base


@contextlib.contextmanager
def served(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """`handler` served on a free loopback port, each request in a thread of its own; yields the base address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
