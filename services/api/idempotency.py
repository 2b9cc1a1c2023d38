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
from services.core.store import COMPACT_JSON

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
    content = raw if body is None else json.dumps(body, sort_keys=True, separators=COMPACT_JSON).encode()
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
            saved = json.loads(services.store.redis.get(store_key) or claim)
            return _replay(saved, this, services.store.redis.pttl(store_key) if saved.get("pending") else 0)
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


def _replay(saved: dict[str, Any], this: str, claim_ms: int) -> Response:
    """The first answer again, or why not; `claim_ms`: the milliseconds left of a pending claim (Redis's PTTL)."""
    # A key kept by a version that hashed the raw bytes (before 2026-12-03) still matches the same bytes.
    if saved["fingerprint"] not in (this, fingerprint(request.path, request.get_data(), None)):
        return error_response(422, f"This {HEADER} was used with a different request; use a new key.")
    if saved.get("pending"):
        response = error_response(409, f"A request with this {HEADER} is still being processed, or was cut off (its "
                                       f"key is free again within {IN_FLIGHT_SECONDS} s of its start); retry after "
                                       "Retry-After seconds.")
        response.headers["Retry-After"] = str(_retry_after(claim_ms))
        return response
    response = Response(saved["body"], status=saved["status"], headers=saved["headers"])
    response.headers["Idempotent-Replayed"] = "true"
    return response


def _retry_after(claim_ms: int) -> int:
    """Seconds a retry of a pending key should wait: as long as the claim has been held, at most until it expires.

    A request answers in milliseconds, so one that has held its key for seconds is slow, or dead with its API process
    (killed, restarted): "1" had a client ask every second for up to a minute. The wait doubles with each retry."""
    if claim_ms <= 0:  # expired meanwhile, or no expiry to read
        return 1
    held = IN_FLIGHT_SECONDS - claim_ms / 1000
    return max(1, round(min(held, claim_ms / 1000)))
