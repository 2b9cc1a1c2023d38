"""Small helpers for integration tests."""
from __future__ import annotations

import contextlib
import signal
import socket
import threading
import urllib.error
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from flask.testing import FlaskClient


def unique(text: str) -> str:
    """The text with a unique tail, so content dedupe never links it to another test's article."""
    # Digits only: letters from a random hex string can sway language identification of short texts.
    return f"{text}\n\nTest run marker {uuid.uuid4().int % 10**18}."


def interruptible() -> None:
    """In a child before it runs a command (`preexec_fn`): SIGINT back to its default, which Python turns into
    KeyboardInterrupt (a run started in a script's background ignores it, and its children inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def post(client: FlaskClient, body: Any) -> Any:
    return client.post("/v1/articles", json=body)


def wait_done(client: FlaskClient, article_id: str, seconds: int = 60) -> dict[str, Any]:
    """Long-poll until the article is done or failed (fails the test after a few rounds)."""
    for _ in range(4):
        with client.get(f"/v1/articles/{article_id}?wait={seconds}") as response:  # closed, as a server does
            body = response.get_json()
        if body["status"] in ("done", "failed"):
            return body
    raise AssertionError(f"article {article_id} still {body['status']}")


def received(sock: socket.socket) -> bytes:
    """What a socket of a test's stand-in server received next; nothing once it is closed or reset."""
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def copy_until_closed(source: socket.socket, sink: socket.socket) -> None:
    """Pass what `source` receives on to `sink` until either closes, then close `sink`."""
    while data := received(source):
        try:
            sink.sendall(data)
        except OSError:
            break
    sink.close()


class StandIn:
    """A real TCP server on a port of its own, standing where a test's client looks for a service: each connection is
    handed to `serve` in a thread of its own (`accepted` counts them as they come); every socket closes with it."""

    def __init__(self) -> None:
        self.accepted = 0
        self.sockets: list[socket.socket] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def serve(self, client: socket.socket) -> None:
        raise NotImplementedError

    def connect(self, port: int) -> socket.socket:
        """A connection to the real service behind the stand-in (closed with it)."""
        upstream = socket.create_connection(("127.0.0.1", port))
        self.sockets.append(upstream)
        return upstream

    def pipe(self, client: socket.socket, port: int) -> None:
        """Pass the connection on to the real service on `port`, both ways."""
        upstream = self.connect(port)
        threading.Thread(target=copy_until_closed, args=(upstream, client), daemon=True).start()
        copy_until_closed(client, upstream)

    def close(self) -> None:
        self.listener.close()
        for sock in self.sockets:
            sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            self.accepted += 1
            self.sockets.append(client)
            threading.Thread(target=self.serve, args=(client,), daemon=True).start()


class RedisSwitch(StandIn):
    """A stand-in in front of a Redis on `upstream_port` that passes every connection on until `cut`: then the open
    ones are closed and each new one is closed as it comes (as a client sees Redis go away), until `restore`."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.is_cut = False
        super().__init__()

    def serve(self, client: socket.socket) -> None:
        if self.is_cut:
            client.close()
            return
        try:
            self.pipe(client, self.upstream_port)
        except OSError:  # the Redis itself is gone
            client.close()

    def cut(self) -> None:
        self.is_cut = True  # first: a connection accepted after the copy below is closed by `serve`
        for sock in list(self.sockets):
            # shutdown wakes the threads blocked reading the socket; close alone would leave the connection open.
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.sockets.clear()

    def restore(self) -> None:
        self.is_cut = False


BAD_GATEWAY_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


class _GatewayHandler(BaseHTTPRequestHandler):
    """Passes a GET or POST on to the API behind the proxy, or answers 502 with an HTML page while it is down."""

    server: GatewayProxy

    def do_GET(self) -> None:  # noqa: N802 (the handler's names are http.server's)
        self._pass_on(None)

    def do_POST(self) -> None:  # noqa: N802
        self._pass_on(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def _pass_on(self, body: bytes | None) -> None:
        if self.server.down:
            self.server.refused += 1
            self._answer(502, BAD_GATEWAY_PAGE, "text/html")
            return
        headers = {name: self.headers[name] for name in ("Authorization", "Content-Type") if self.headers[name]}
        request = urllib.request.Request(self.server.upstream + self.path, data=body, headers=headers,
                                         method=self.command)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                self._answer(response.status, response.read(), response.headers["Content-Type"])
        except urllib.error.HTTPError as exc:
            self._answer(exc.code, exc.read(), exc.headers["Content-Type"])

    def _answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: object) -> None:
        pass


class GatewayProxy(ThreadingHTTPServer):
    """A reverse proxy in front of the API at `upstream` (README, Operations), on a port of its own (`base`): it passes
    requests on, or answers 502 as nginx does while `down` (the API behind it restarting), counting them (`refused`)."""

    def __init__(self, upstream: str) -> None:
        super().__init__(("127.0.0.1", 0), _GatewayHandler)
        self.upstream, self.down, self.refused = upstream, False, 0
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.shutdown()
        self.server_close()
