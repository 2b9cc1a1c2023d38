"""One error format for every failure: `{"error": {"code", "message", "fields"?}}`."""
from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import redis
from flask import Flask, Response, current_app, g, jsonify, request
from flask_smorest import Api, Blueprint
from gunicorn.http.errors import ParseException
from kombu.exceptions import OperationalError
from marshmallow import Schema, fields
from werkzeug.exceptions import ClientDisconnected, HTTPException

from services.core.store import is_store_full

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    414: "uri_too_long",  # from gunicorn: the request line is over its limit
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
    431: "headers_too_large",  # from gunicorn: a header is over its limit
    503: "unavailable",
}


# What any /v1 route may answer: no key or scope, a query parameter it does not take (or a bad value of one it
# does), the rate limit, Redis away or full.
EVERY_ROUTE_ERRORS = (401, 403, 422, 429, 503)
# Answers that say when to come back.
RETRY_AFTER_STATUSES = (409, 429, 503)
RETRY_AFTER_HEADER = {"description": "Seconds to wait before asking again.", "schema": {"type": "integer"}}
# The 202 of a submission: where to read what was taken.
LOCATION_HEADER = {"description": "The URL of the article (or batch) to poll.", "schema": {"type": "string"}}
# On a submission's answer replayed for a repeated Idempotency-Key (services/api/idempotency.py).
REPLAYED_HEADER = {"description": "`true` when this is the first answer to this Idempotency-Key, replayed.",
                   "schema": {"type": "string", "enum": ["true"]}}
SUBMITTED_HEADERS = {"Location": LOCATION_HEADER, "Idempotent-Replayed": REPLAYED_HEADER}
# On an article's 200 answered at once because the process's long polls are all taken (services/api/articles.py).
LONG_POLL_RETRY_AFTER_HEADER = {"description": "Sent only when `?wait=` could not wait (the API's long polls are all "
                                               "taken): the article as it is, and the seconds after which to ask "
                                               "again.", "schema": {"type": "integer"}}


def documents_errors(blp: Blueprint, *statuses: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: the route's OpenAPI operation lists these error answers and every route's, each an `ErrorOut`."""
    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        for status in sorted({*EVERY_ROUTE_ERRORS, *statuses}):
            if status in RETRY_AFTER_STATUSES:
                view = blp.alt_response(status, schema=ErrorOut, description=HTTPStatus(status).phrase,
                                        headers={"Retry-After": RETRY_AFTER_HEADER})(view)
            else:
                view = blp.alt_response(status, response=HTTPStatus(status).name)(view)
        return view

    return decorate


def error_response(status: int, message: str, fields: dict[str, Any] | None = None) -> Response:
    """A JSON error response with the given HTTP status."""
    body: dict[str, Any] = {"code": CODES.get(status, "error"), "message": message}
    if fields:
        body["fields"] = fields
    response = jsonify({"error": body})
    response.status_code = status
    g.error_message = message  # for the request's log line: its status alone said nothing of why
    return response


# Most fields an error answer names: a body of 150,000 unknown fields got an answer of 5.5 MB.
MAX_FIELD_ERRORS = 20
# ... and of each name (an unknown field's name is the client's text, of any length).
MAX_NAME_CHARS = 100
# Characters of an unknown path an answer repeats.
MAX_PATH_SHOWN = 200


# What a field or query parameter whose name is empty ("?=5", `{"": 1}`) is told, by where it was sent.
EMPTY_NAME = {"query": "A query parameter has an empty name (nothing before its '='): write each one as name=value.",
              "json": "A field with an empty name: give each field its name."}


def named(name: Any) -> str:
    """A field's name as a message lists it; an empty one said to be empty ("Invalid fields: ." named none)."""
    return str(name) or "'' (an empty name)"


# What a query parameter the route does not take is told: marshmallow's "Unknown field." sent a client that posted
# `/v1/articles?foo=1` looking for a "foo" in its body.
UNKNOWN_QUERY_PARAMETER = "Unknown query parameter: this route does not take it (the parameters are in /openapi.json)."
_UNKNOWN_FIELD = ["Unknown field."]


def _field_errors(data: dict[str, Any]) -> tuple[dict[str, Any] | None, int]:
    """webargs puts validation errors under their location ("json", "query"): flatten that away. Returns the
    first `MAX_FIELD_ERRORS` fields (by name) and how many fields were invalid in all."""
    messages = data.get("messages") or {}
    merged: dict[str, Any] = {}
    for location, location_errors in messages.items():
        if isinstance(location_errors, dict):
            merged.update(location_errors)
            if location == "query":
                merged.update({name: [UNKNOWN_QUERY_PARAMETER] for name, errors in location_errors.items()
                               if errors == _UNKNOWN_FIELD})
            if "" in location_errors:  # "Unknown field." of a name the client left empty said nothing
                merged[""] = [EMPTY_NAME.get(location, EMPTY_NAME["json"])]
    return shown_field_errors(merged)


def shown_field_errors(merged: dict[str, Any]) -> tuple[dict[str, Any] | None, int]:
    """The first `MAX_FIELD_ERRORS` fields (by name, each name cut to `MAX_NAME_CHARS`) of an answer's `fields`, and
    how many fields were invalid in all."""
    kept = {str(name)[:MAX_NAME_CHARS]: merged[name] for name in sorted(merged, key=str)[:MAX_FIELD_ERRORS]}
    return kept or None, len(merged)


def invalid_fields_message(fields: dict[str, Any], invalid: int) -> str:
    """A 422's message naming its fields, and how many more there were than it shows."""
    more = f" and {invalid - len(fields)} more" if invalid > len(fields) else ""
    return "Invalid fields: " + ", ".join(named(name) for name in sorted(fields, key=str)) + more + "."


def _describe(status: int, fields: dict[str, Any] | None, invalid: int, default: str) -> str:
    if status == 422 and fields and set(fields) == {"_schema"}:
        if request.blueprint == "batches":
            return 'The JSON body must be an object with an "articles" list.'
        return "The JSON body must be an object with the article's fields."
    if status == 422 and fields:
        return invalid_fields_message(fields, invalid)
    if status == 400:
        return "The request body is not valid JSON (or not valid UTF-8)."
    if status == 413:  # Werkzeug's, for a Content-Length over the limit
        return body_too_large(current_app.config["MAX_CONTENT_LENGTH"])
    if status == 404:  # no route: Werkzeug's "If you entered the URL manually please check your spelling" named none
        return f"No such path: {request.path[:MAX_PATH_SHOWN]}; the API's paths are listed at /openapi.json."
    return default


# What reading a request body raises when the client sent it badly or stopped sending: gunicorn's parse errors (a bad
# chunk size or terminator, a chunk longer than it said, a malformed trailer), its NoMoreData (an OSError: the
# client stopped mid-chunk), Werkzeug's own server's ClientDisconnected, and a socket's OSError or ValueError. They
# escaped as 500s.
BODY_READ_ERRORS: tuple[type[Exception], ...] = (ParseException, ClientDisconnected, OSError, ValueError)
BODY_UNREADABLE = ("The request body was cut short or badly chunked: the client stopped sending, or its chunked "
                   "encoding is malformed.")


def body_too_large(limit: int) -> str:
    """The 413 message for a body over the byte limit, however its size came to be known."""
    return f"The request body is larger than {limit} bytes."


class ErrorDetail(Schema):
    code = fields.String(required=True, metadata={"description": "Machine-readable: " + ", ".join(CODES.values())})
    message = fields.String(required=True)
    field_messages = fields.Dict(data_key="fields", metadata={"description": "Per-field messages of invalid input."})


class ErrorOut(Schema):
    """Every error answer (documented for OpenAPI clients; the body is built by `error_response`)."""

    error = fields.Nested(ErrorDetail, required=True)


class NewswireApi(Api):
    """flask-smorest's Api with Newswire's error body instead of its own."""

    ERROR_SCHEMA = ErrorOut

    def handle_http_exception(self, error: HTTPException) -> Response:  # type: ignore[override]
        status = error.code or 500
        data = getattr(error, "data", None) or {}
        fields, invalid = _field_errors(data)
        message = data.get("message") or _describe(status, fields, invalid, error.description or error.name)
        response = error_response(status, message, fields)
        # What the exception itself says in headers ("Allow" of a 405), then what the view added.
        for name, value in error.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        for name, value in (data.get("headers") or {}).items():
            response.headers[name] = value
        return response


def register_error_handlers(app: Flask) -> None:
    """Errors that are not HTTPExceptions but still have a clear client-side cause."""

    @app.errorhandler(RecursionError)
    def _too_deep(_: RecursionError) -> Response:
        return error_response(400, "The JSON body is nested too deeply.")

    @app.errorhandler(redis.ConnectionError)
    @app.errorhandler(redis.TimeoutError)
    def _store_unavailable(exc: redis.RedisError) -> Response:
        # One line with the reason ("Connection refused", "Timeout reading from socket"): the request's own line says
        # only 503, and a traceback per request would bury the log while Redis is away.
        log.warning("store.unavailable", extra={"error": f"{type(exc).__name__}: {exc}"})
        response = error_response(503, "The store is unavailable for a moment; retry shortly.")
        response.headers["Retry-After"] = "5"
        return response

    @app.errorhandler(OperationalError)
    def _queue_unavailable(_: OperationalError) -> Response:
        # The broker refused a message the request owed (a duplicate's webhook): retrying the request sends it.
        log.warning("queue.unavailable", exc_info=True)
        response = error_response(503, "The queue is unavailable for a moment; retry shortly.")
        response.headers["Retry-After"] = "5"
        return response

    @app.errorhandler(redis.ResponseError)
    def _store_refused(exc: redis.ResponseError) -> Response:
        if not is_store_full(exc):
            raise exc  # a bug, not the client's: Flask logs it and answers 500 as for any other
        # Redis at maxmemory with noeviction refuses writes: nothing is lost, nothing new can be taken.
        log.error("store.full")
        response = error_response(503, "The store is full and takes no new data; an operator must make room.")
        response.headers["Retry-After"] = "60"
        return response
