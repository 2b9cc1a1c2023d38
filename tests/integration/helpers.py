"""Small helpers for integration tests."""
from __future__ import annotations

import socket
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
