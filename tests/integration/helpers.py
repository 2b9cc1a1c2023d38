"""Small helpers for integration tests."""
from __future__ import annotations

import contextlib
import socket
import threading
import uuid
from typing import Any

from flask.testing import FlaskClient


def unique(text: str) -> str:
    """The text with a unique tail, so content dedupe never links it to another test's article."""
    # Digits only: letters from a random hex string can sway language identification of short texts.
    return f"{text}\n\nTest run marker {uuid.uuid4().int % 10**18}."


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
