"""A minimal JSON-over-HTTP client of the API, for the CLI, eval, benchmarks and tests."""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from typing import Any


def call(base: str, method: str, path: str, body: Any = None, timeout: float = 120, key: str | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, Any]:
    """(status, decoded JSON body) of one request; HTTP errors are returned, not raised.

    The API key is `key`, else NEWSWIRE_API_KEY from the environment.
    """
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    key = key or os.environ.get("NEWSWIRE_API_KEY")
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")
