"""A minimal JSON-over-HTTP client of the API, for the CLI, eval, benchmarks and tests."""
from __future__ import annotations

import http.client
import json
import os
import urllib.error
import urllib.request
from email.message import Message
from typing import Any

# Where the CLI sends requests unless NEWSWIRE_API_URL (or --api) says otherwise.
DEFAULT_API_URL = "http://127.0.0.1:8000"


def call(base: str, method: str, path: str, body: Any = None, timeout: float = 120, key: str | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, Any]:
    """(status, decoded JSON body) of one request; HTTP errors are returned, not raised.

    The API key is `key`, else NEWSWIRE_API_KEY from the environment.
    """
    status, answer, _ = exchange(base, method, path, body, timeout, key, headers)
    return status, answer


def exchange(base: str, method: str, path: str, body: Any = None, timeout: float = 120, key: str | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, Any, Message]:
    """`call`, with the answer's headers."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    key = key or os.environ.get("NEWSWIRE_API_KEY")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, _decoded(response.read()), response.headers
    except urllib.error.HTTPError as exc:
        return exc.code, _decoded(exc.read()), exc.headers
    except http.client.HTTPException as exc:  # something answered, but not in HTTP: as good as no API there
        if isinstance(exc, OSError):
            raise  # the server closed the connection without an answer (RemoteDisconnected): kept as it is
        raise ConnectionError(f"not an HTTP answer ({exc!r})") from exc


def _decoded(raw: bytes) -> Any:
    """The JSON answer; anything else (a proxy's HTML error page) as an error body that says what came back."""
    try:
        return json.loads(raw or b"null")
    except ValueError:
        text = raw[:200].decode("utf-8", "replace")
        return {"error": {"code": "not_json", "message": f"not a JSON answer: {text!r}"}}
