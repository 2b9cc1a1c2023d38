"""What the API's blueprints share: the app's services, the NLP workers, page sizes, the JSON body requirement."""
from __future__ import annotations

import contextlib
import json
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import flask_smorest
from flask import Request, current_app, request
from flask.json.provider import DefaultJSONProvider
from flask_smorest import abort
from marshmallow import RAISE, Schema, ValidationError
from webargs.flaskparser import FlaskParser
from werkzeug.exceptions import BadRequest

from services.api.errors import BODY_READ_ERRORS, BODY_UNREADABLE, body_too_large
from services.core.config import LONG_POLL_SPARE_THREADS
from services.core.queue import nlp_workers
from services.core.store import is_store_full
from services.core.submit import Services

# Asking the workers is a broadcast with a 1 s timeout: each app remembers the answer briefly, and asks once at a time.
_WORKERS_CACHE_SECONDS = 5.0
# No worker answered: asked again soon, but callers waiting for the lock meanwhile take that fresh answer (else each
# of 24 concurrent health checks asked in turn, and the last waited 11 s).
_NO_WORKERS_CACHE_SECONDS = 1.0
_workers_lock = threading.Lock()


class StrictParser(FlaskParser):
    """Refuses a single-valued query parameter given more than once (422, named): `?limit=5&limit=500` was read as
    5 and the second value silently dropped."""

    def load_querystring(self, req: Request, schema: Schema) -> Any:
        found = super().load_querystring(req, schema)
        repeated = {name: len(values) for name, values in req.args.lists()
                    if len(values) > 1 and name not in found.multiple_keys}
        if repeated:
            raise ValidationError({name: [f"Given {n} times: this parameter takes one value."]
                                   for name, n in sorted(repeated.items())})
        return found


class Blueprint(flask_smorest.Blueprint):
    """The API's blueprints: a query parameter the route does not take is refused (422, named) like an unknown body
    field, so a misspelt filter (`?lable=PERSON`) is not silently dropped to list everything."""

    ARGUMENTS_PARSER = StrictParser(unknown=RAISE)


def services() -> Services:
    """Settings, store and Celery app of the running API."""
    return current_app.extensions["newswire"]


def workers() -> list[str]:
    """Hostnames of the NLP workers that answered lately (asked again after a second while none has)."""
    with _workers_lock:
        seen = current_app.extensions.setdefault("newswire_workers", {"at": 0.0, "names": []})
        age = time.monotonic() - seen["at"]
        if age > _WORKERS_CACHE_SECONDS or (not seen["names"] and age > _NO_WORKERS_CACHE_SECONDS):
            try:
                names = nlp_workers(services().celery)
            except Exception as exc:
                if not is_store_full(exc):
                    raise
                # Asking is a broadcast, a write that a full store refuses: the workers seen last (reads go on).
                names = seen["names"]
            seen.update(at=time.monotonic(), names=names)
        return list(seen["names"])


@contextlib.contextmanager
def long_poll_slot() -> Iterator[bool]:
    """Whether this request may wait (`?wait=`): true while fewer long polls than the process's threads less
    LONG_POLL_SPARE_THREADS hold one. Each wait holds a thread, and when long polls held all of them `/healthz` took
    28 s to answer (70 waiting clients on 64 threads), which a liveness probe takes for a dead API."""
    slots = current_app.extensions.setdefault(
        "newswire_long_polls", threading.BoundedSemaphore(services().settings.api_threads - LONG_POLL_SPARE_THREADS))
    got = slots.acquire(blocking=False)
    try:
        yield got
    finally:
        if got:
            slots.release()


def refuse_undeclared_query() -> None:
    """Before a /v1 request: query parameters on a route that takes none are refused (422, each named), as the
    routes that take some refuse the ones they do not (`Blueprint`); `/v1/system?verbose=1` was silently ignored."""
    if not request.path.startswith("/v1/") or not request.args:
        return
    view = current_app.view_functions.get(request.endpoint or "")
    handler = getattr(getattr(view, "view_class", None), request.method.lower(), view)
    parameters = getattr(handler, "_apidoc", {}).get("arguments", {}).get("parameters", [])
    if view is None or any(parameter.get("in") == "query" for parameter in parameters):
        return
    abort(422, messages={"query": {name: ["Unknown field."] for name in sorted(request.args)}})


def page_limit(requested: int | None) -> int:
    """The page size to use: the default when none is asked, 422 above the maximum."""
    settings = services().settings
    if requested is not None and requested > settings.max_page_size:
        abort(422, messages={"query": {"limit": [f"Must be at most {settings.max_page_size}."]}})
    return requested or settings.page_size


def require_json_body() -> None:
    """Before a POST: refuse anything not declared as uncompressed UTF-8 JSON (415), a body cut short or badly
    chunked (400), one over the size limit (413) and one that is not UTF-8 JSON (400)."""
    if request.method != "POST":
        return
    _check_json_body()


def refuse_bad_optional_body() -> None:
    """Before a POST of a route that takes no body: none (or an empty one) is fine, but one that is sent is checked
    as every POST's is (415, 400, 413) and must be an empty JSON object (422); `{x` was ignored with a 200."""
    if request.method != "POST" or not read_body():
        return
    _check_json_body()
    given = request.get_json()
    if given != {}:
        fields = {str(name): ["Unknown field."] for name in given} if isinstance(given, dict) else \
            {"_schema": ["This route takes no body: send none, or an empty JSON object."]}
        abort(422, message="This route takes no body: send none, or an empty JSON object.",
              messages={"json": fields})


def read_body() -> bytes:
    """The request body, read whole and kept for later reads; 400 when the server cannot read it (a chunked body
    malformed, a client that stopped sending)."""
    try:
        body = request.get_data(cache=True)
    except BODY_READ_ERRORS:
        body = None
    if body is None:
        abort(400, message=BODY_UNREADABLE)
    return body


def _check_json_body() -> None:
    # Exactly application/json: `request.is_json` also takes any "+json" type (application/vnd.api+json).
    if request.mimetype != "application/json":
        abort(415, message="Send JSON with 'Content-Type: application/json'.")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        abort(415, message=f"Send JSON in UTF-8; the charset '{charset}' is not supported.")
    # Werkzeug does not decode content codings: a compressed body would only fail as "not valid JSON".
    coding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if coding != "identity":
        abort(415, message=f"Send the body uncompressed; the Content-Encoding '{coding}' is not supported.")
    body = read_body()
    declared = request.content_length
    # gunicorn marks its input as terminated, so Werkzeug checks neither of these itself: a client that stops
    # sending leaves a short body, and a chunked body is silently cut at the limit.
    if declared is not None and len(body) < declared:
        abort(400, message=f"The request body ended after {len(body)} of the {declared} bytes its Content-Length "
              "announced.")
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if declared is None and limit is not None and len(body) >= limit and _more_to_read():
        abort(413, message=body_too_large(limit))
    # Parsed (and cached) here: Flask answers 400 for every body `json.loads` refuses, while webargs lets
    # some through as a 500 (a number of more than 4,300 digits raises ValueError, not JSONDecodeError).
    try:
        request.get_json()
    except BadRequest:
        abort(400, message=why_not_json(body))


def _more_to_read() -> bool:
    """Whether the input goes on past what was read (a chunked body at the size limit)."""
    try:
        return bool(request.environ["wsgi.input"].read(1))
    except BODY_READ_ERRORS:
        abort(400, message=BODY_UNREADABLE)
        return False


def why_not_json(body: bytes) -> str:
    """What is wrong with a body `json.loads` refused, said so that the client can find it."""
    if not body.strip():
        return "The request body is empty: send a JSON object."
    try:
        json.loads(body.decode("utf-8-sig"), object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (DuplicateKey, NotJsonNumber) as exc:
        return str(exc)
    except UnicodeDecodeError as exc:
        return (f"The request body is not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}); "
                "send JSON in UTF-8.")
    except json.JSONDecodeError as exc:
        return f"The request body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
    except ValueError:  # Python's guard against quadratic int parsing
        return f"A number in the request body has more than {sys.get_int_max_str_digits():,} digits."
    return "The request body is not valid JSON."


class DuplicateKey(ValueError):
    """A JSON object that gives one key twice: `json.loads` keeps the last value and drops the first unseen."""

    def __init__(self, key: str) -> None:
        shown = key if len(key) <= 100 else key[:100] + "..."
        super().__init__(f"The request body gives the key '{shown}' twice in one object: give each key once.")


class NotJsonNumber(ValueError):
    """NaN, Infinity or -Infinity: Python's `json` reads them, but they are not JSON (RFC 8259)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"The request body is not valid JSON: {name} is not a JSON value (NaN, Infinity and "
                         "-Infinity are not numbers JSON can write).")


def _no_constant(name: str) -> Any:
    raise NotJsonNumber(name)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's members as a dict; DuplicateKey when a key comes twice."""
    members: dict[str, Any] = {}
    for key, value in pairs:
        if key in members:
            raise DuplicateKey(key)
        members[key] = value
    return members


class Utf8JsonProvider(DefaultJSONProvider):
    """Request bodies are read as UTF-8 only (RFC 8259); `json.loads` on bytes would also take UTF-16 and UTF-32.

    An object that gives a key twice is refused (a ValueError: 400) rather than read as its last value, and so are
    NaN, Infinity and -Infinity, which are no JSON (they were taken, and then refused as the wrong type: 422).
    """

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        if isinstance(s, bytes | bytearray):
            s = s.decode("utf-8-sig")  # a leading BOM is allowed; UnicodeDecodeError is a ValueError: 400
        return super().loads(s, object_pairs_hook=_unique_keys, parse_constant=_no_constant, **kwargs)
