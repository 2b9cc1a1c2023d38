"""`/v1/batches`: many articles in one request, per-item results, and a resource that reports progress."""
from __future__ import annotations

from collections import Counter
from typing import Any

from flask import url_for
from flask.views import MethodView
from flask_smorest import abort
from marshmallow import ValidationError

from services.api.common import Blueprint, require_json_body, services
from services.api.errors import (
    CODES,
    EMPTY_NAME,
    SUBMITTED_HEADERS,
    documents_errors,
    invalid_fields_message,
    shown_field_errors,
)
from services.api.idempotency import PARAMETER as IDEMPOTENCY_PARAMETER
from services.api.idempotency import idempotent
from services.core.schemas import BatchIn, BatchOut
from services.core.store import BatchSlot
from services.core.submit import TextTooLarge, check_callback, submit, validate

blp = Blueprint("batches", __name__, url_prefix="/v1/batches", description="Submit articles in batches.")

blp.before_request(require_json_body)


def _checked(payload: Any, callback_url: str | None) -> dict[str, Any] | ValidationError | TextTooLarge:
    """One item validated (with the batch's callback when it has none of its own): the article, or why not."""
    if isinstance(payload, dict) and callback_url and payload.get("callback_url") is None:  # null is no callback
        payload = {**payload, "callback_url": callback_url}
    try:
        return validate(payload, services().settings)
    except (ValidationError, TextTooLarge) as exc:
        return exc


def _item_error(exc: ValidationError | TextTooLarge) -> dict[str, Any]:
    """The field errors that refused an item."""
    return exc.messages if isinstance(exc, ValidationError) else {"text": [str(exc)]}


def _item_detail(exc: ValidationError | TextTooLarge) -> dict[str, Any]:
    """An item's refusal as a POST of its article alone is answered, `{code, message, fields?}`: a text too long is
    `too_large` (the 413's message), other faults `invalid` (the 422's)."""
    if isinstance(exc, TextTooLarge):
        return {"code": CODES[413], "message": str(exc)}
    return _invalid_detail(exc.messages)


def _invalid_detail(messages: dict[str, Any]) -> dict[str, Any]:
    """An invalid item's field errors as a 422 gives them, `{code, message, fields}`: the first MAX_FIELD_ERRORS
    fields, the message saying how many more."""
    if set(messages) == {"_schema"}:  # not an object: the words for it say what an article is
        return {"code": CODES[422], "message": " ".join(map(str, messages["_schema"])), "fields": messages}
    if "" in messages:  # as a POST of the article alone: "Unknown field." of a name left empty said nothing
        messages = {**messages, "": [EMPTY_NAME["json"]]}
    fields, invalid = shown_field_errors(messages)
    return {"code": CODES[422], "message": invalid_fields_message(fields or {}, invalid), "fields": fields}


def _presented(saved: dict[str, Any]) -> dict[str, Any]:
    """A stored batch as answered: each item's `error_detail` (an invalid one listed before it was stored derived
    from its field errors; a failed article's reason as `failed`), and the progress."""
    for item in saved["items"]:
        if item.get("status") == "failed":
            item["error_detail"] = {"code": "failed", "message": item.get("error") or "The article failed."}
        elif item["outcome"] == "invalid" and not item.get("error_detail") and isinstance(item.get("error"), dict):
            item["error_detail"] = _invalid_detail(item["error"])
    return {**saved, "progress": _progress(saved["items"])}


def _progress(items: list[dict[str, Any]]) -> dict[str, Any]:
    outcomes = Counter(item["outcome"] for item in items)
    statuses = Counter(item.get("status") for item in items if item["id"])
    pending = statuses["queued"] + statuses["processing"]
    return {"total": len(items), "accepted": outcomes["accepted"], "duplicate": outcomes["duplicate"],
            "invalid": outcomes["invalid"], "done": statuses["done"], "failed": statuses["failed"],
            "pending": pending, "complete": pending == 0}


@blp.route("")
class Batches(MethodView):
    @idempotent
    @blp.arguments(BatchIn())
    @blp.response(202, BatchOut, headers=SUBMITTED_HEADERS)
    @blp.doc(parameters=[IDEMPOTENCY_PARAMETER])
    @documents_errors(blp, 400, 409, 413, 415, 422)
    def post(self, batch: dict[str, Any]) -> tuple[dict[str, Any], int, dict[str, str]]:
        """Submit up to NEWSWIRE_MAX_BATCH articles; each item is accepted, duplicate or invalid (with why).

        A batch of invalid items only is refused (422) and nothing is stored."""
        limit = services().settings.max_batch
        if len(batch["articles"]) > limit:
            abort(413, message=f"A batch holds at most {limit} articles; this one has {len(batch['articles'])}.")
        callback = batch["callback_url"]
        if callback is not None:
            try:
                check_callback(callback, services().settings)
            except ValidationError as exc:
                abort(422, messages={"json": exc.messages})
        checked = [_checked(payload, callback) for payload in batch["articles"]]
        if not any(isinstance(item, dict) for item in checked):
            # Nothing to enrich: a 202 with `complete: true` and a stored batch of none read as a success.
            abort(422, message="Every article of the batch is invalid, so nothing was stored: each item's errors are "
                  "under fields.articles, by its index.",
                  messages={"json": {"articles": {i: _item_error(exc) for i, exc in enumerate(checked)}}})
        store = services().store
        batch_id = store.new_batch_id()
        # The batch is stored before its first item names it, and each item is listed in the very step that stores
        # its article: a store failure part way (a 503) leaves a batch that lists every article stored so far,
        # never an article naming a batch id that 404s or missing from its batch.
        store.save_batch(batch_id, callback)
        for i, item in enumerate(checked):
            if isinstance(item, dict):
                submit(services(), item, BatchSlot(batch_id, i))  # lists the item in the step that stores its article
            else:  # an invalid item is listed with why, never fatal to the batch
                store.list_invalid_item(batch_id, {"index": i, "outcome": "invalid", "id": None,
                                                   "error": _item_error(item), "error_detail": _item_detail(item)})
        saved = store.get_batch(batch_id)
        return _presented(saved), 202, {"Location": url_for("batches.Batch", batch_id=batch_id)}


@blp.route("/<string:batch_id>")
class Batch(MethodView):
    @blp.response(200, BatchOut)
    @documents_errors(blp, 404)
    def get(self, batch_id: str) -> dict[str, Any]:
        """A batch's items with their articles' current status, and overall progress."""
        saved = services().store.get_batch(batch_id)
        if saved is None:
            abort(404, message=f"No batch with id '{batch_id}'.")
        return _presented(saved)
