"""`/v1/failed`: the dead letters (failed articles with their reasons) and retrying them."""
from __future__ import annotations

import logging
from typing import Any

from flask.views import MethodView
from flask_smorest import abort
from kombu.exceptions import OperationalError

from services.api.common import Blueprint, refuse_bad_optional_body, services
from services.api.errors import documents_errors
from services.core.queue import enqueue
from services.core.schemas import FailedArgs, FailedList, Retried

log = logging.getLogger(__name__)
blp = Blueprint("failed", __name__, url_prefix="/v1/failed", description="Failed articles and retries.")
# The retries take no body, but one sent is checked: `{x` was ignored and every failed article retried.
blp.before_request(refuse_bad_optional_body)
# ... so what a body sent to them may be answered: not JSON, too large, not declared as JSON.
OPTIONAL_BODY_ERRORS = (400, 413, 415)


def _retry(ids: list[str]) -> list[str]:
    """Reset each failed article and enqueue it again; returns those that were failed."""
    retried = [i for i in ids if services().store.retry(i) is None]
    _enqueue(retried)
    return retried


def _enqueue(retried: list[str]) -> None:
    for article_id in retried:
        try:
            enqueue(services().celery, article_id)
        except OperationalError:  # the broker refused the message; the article is queued in the store all the same
            # and the sweeper queues it once its message is seen missing (a 503 would make a retry answer 404).
            log.warning("article.enqueue_failed", extra={"article_id": article_id}, exc_info=True)


@blp.route("")
class Failed(MethodView):
    @blp.arguments(FailedArgs, location="query")
    @blp.response(200, FailedList)
    @documents_errors(blp, 422)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """The newest failed articles with their reasons."""
        rows = services().store.list_failed(args["limit"])
        return {"items": [{**row, "failed_at": row.pop("finished_at")} for row in rows]}


@blp.route("/retry")
class RetryAll(MethodView):
    @blp.response(200, Retried)
    @documents_errors(blp, *OPTIONAL_BODY_ERRORS)
    def post(self) -> dict[str, Any]:
        """Put every failed article back on the queue."""
        return {"retried": _retry([row["id"] for row in services().store.list_failed(100_000)])}


@blp.route("/<string:article_id>/retry")
class RetryOne(MethodView):
    @blp.response(200, Retried)
    @documents_errors(blp, 404, *OPTIONAL_BODY_ERRORS)
    def post(self, article_id: str) -> dict[str, Any]:
        """Put one failed article back on the queue (404 unless it is failed)."""
        status = services().store.retry(article_id)
        if status is not None:
            abort(404, message=_not_failed(article_id, status))
        _enqueue([article_id])
        return {"retried": [article_id]}


def _not_failed(article_id: str, status: str) -> str:
    """Why an article cannot be retried: there is none of that id (`status` ""), or it is not failed (its status,
    as the retry found it)."""
    # "No failed article with id 'x'." for an article that is done read as if the id were wrong.
    if not status:
        return f"No failed article with id '{article_id}'."
    return f"No failed article with id '{article_id}': it is {status}, and only failed articles are retried."
