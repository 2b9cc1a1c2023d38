"""`Idempotency-Key`: a retried POST with the same key and body gets the first answer, not a second effect."""
from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from typing import Any

from flask import Response, current_app, g, make_response, request

from services.api.errors import error_response
from services.core import keys

HEADER = "Idempotency-Key"
# The header as the OpenAPI document describes it, on each route that takes it.
PARAMETER = {
    "in": "header", "name": HEADER, "required": False, "schema": {"type": "string", "maxLength": 200},
    "description": "Any unique string: the same request sent again with the same key gets the first answer, "
                   "and nothing is submitted twice.",
}
# While the first request runs, a concurrent retry is told to wait (409) rather than run it twice.
IN_FLIGHT_SECONDS = 60


def fingerprint(path: str, raw: bytes, body: Any) -> str:
    """A request by its path and body; a JSON body (`body`, None if `raw` is none) by what it says, key order and
    spacing aside: a client that retries often serialises its object again."""
    content = raw if body is None else json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(path.encode() + b"\0" + content).hexdigest()


def idempotent(view: Callable[..., Any]) -> Callable[..., Any]:
    """Make a POST view replay its first answer for a repeated Idempotency-Key."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Response:
        idem = request.headers.get(HEADER, "").strip()
        if not idem:
            return make_response(view(*args, **kwargs))
        if len(idem) > 200:
            return error_response(400, f"{HEADER} must be at most 200 characters.")
        services = current_app.extensions["newswire"]
        store_key = keys.idempotency(g.api_key.name, idem)
        this = fingerprint(request.path, request.get_data(), request.get_json(silent=True))
        claim = json.dumps({"fingerprint": this, "pending": True})
        if not services.store.redis.set(store_key, claim, nx=True, ex=IN_FLIGHT_SECONDS):
            return _replay(json.loads(services.store.redis.get(store_key) or claim), this)
        try:
            response = make_response(view(*args, **kwargs))
        except BaseException:
            services.store.redis.delete(store_key)
            raise
        if response.status_code >= 500:
            services.store.redis.delete(store_key)
            return response
        saved = {"fingerprint": this, "status": response.status_code, "body": response.get_data(as_text=True),
                 "headers": {k: v for k, v in response.headers.items() if k in ("Location", "Content-Type")}}
        services.store.redis.set(store_key, json.dumps(saved), ex=services.settings.idempotency_ttl)
        return response

    return wrapper


def _replay(saved: dict[str, Any], this: str) -> Response:
    # A key kept by a version that hashed the raw bytes (before 2026-12-03) still matches the same bytes.
    if saved["fingerprint"] not in (this, fingerprint(request.path, request.get_data(), None)):
        return error_response(422, f"This {HEADER} was used with a different request; use a new key.")
    if saved.get("pending"):
        response = error_response(409, f"A request with this {HEADER} is still being processed; retry shortly.")
        response.headers["Retry-After"] = "1"
        return response
    response = Response(saved["body"], status=saved["status"], headers=saved["headers"])
    response.headers["Idempotent-Replayed"] = "true"
    return response
