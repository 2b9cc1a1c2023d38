"""`/v1/articles`: submit articles, read their status and enrichment, list them."""
from __future__ import annotations

import logging
from typing import Any

import redis
from flask import Response, current_app, request, url_for
from flask.views import MethodView
from flask_smorest import abort
from marshmallow import ValidationError

from services.api.common import Blueprint, long_poll_slot, page_limit, require_json_body, services
from services.api.errors import LONG_POLL_RETRY_AFTER_HEADER, SUBMITTED_HEADERS, documents_errors
from services.api.idempotency import PARAMETER as IDEMPOTENCY_PARAMETER
from services.api.idempotency import idempotent
from services.api.observability import SCHEMA_VERSION
from services.api.views import done_views
from services.core.indexes import Corpus
from services.core.schemas import (
    ArticleIn,
    ArticleOut,
    ArticlePage,
    ArticleSubmitted,
    DeliveryLog,
    ListArgs,
    WaitArgs,
    present_article,
)
from services.core.store import COMPACT_JSON, TERMINAL, ArticleFilter, Store
from services.core.submit import TextTooLarge, submit, validate

log = logging.getLogger(__name__)
blp = Blueprint("articles", __name__, url_prefix="/v1/articles", description="Submit and read articles.")

blp.before_request(require_json_body)
# One instance for every request: it builds its nested schemas once, not on every read.
_ARTICLE_OUT = ArticleOut()


@blp.route("")
class Articles(MethodView):
    @blp.arguments(ListArgs(), location="query")
    @blp.response(200, ArticlePage)
    @documents_errors(blp, 422)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """List articles, newest first; pass `next_cursor` back as `cursor` for the next page.

        With an entity, story, label or source filter only enriched articles are listed (those indexes are written
        when an article is done); since, until, q and status look at every article.
        A page may hold fewer than `limit` items while `next_cursor` is set: keep following it.
        """
        limit = page_limit(args["limit"])
        before = int(args["cursor"]) if args["cursor"] else None
        store = services().store
        filters = ArticleFilter(Corpus(store.redis).filter_sets(args["entity"], args["story"], args["label"],
                                                                 args["source"]),
                                since=args["since"], until=args["until"], query=args["q"], status=args["status"])
        items, next_seq = store.list_articles(limit, before, filters)
        next_cursor = str(next_seq) if next_seq is not None else None
        if args["full"]:
            return _full_page(store, items, next_cursor, args["status"])
        return {"items": items, "next_cursor": next_cursor}

    @idempotent
    @blp.response(202, ArticleSubmitted, headers=SUBMITTED_HEADERS)
    @blp.alt_response(200, schema=ArticleSubmitted, description="The same content was submitted before.",
                      headers=SUBMITTED_HEADERS)
    @blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": ArticleIn}}},
             parameters=[IDEMPOTENCY_PARAMETER])
    @documents_errors(blp, 400, 409, 413, 415, 422)
    def post(self) -> tuple[dict[str, Any], int, dict[str, str]]:
        """Submit an article for enrichment; answers at once with its id and a Location to poll."""
        try:
            article = validate(request.get_json(), services().settings)
        except ValidationError as exc:
            abort(422, messages={"json": exc.messages})
        except TextTooLarge as exc:
            abort(413, message=str(exc))
        outcome = submit(services(), article)
        record = services().store.get_article(outcome.id) or {"id": outcome.id, "status": "queued"}
        if outcome.created:
            # The answer describes the acceptance; an idle worker may already have moved the article on.
            record = {**record, "status": "queued", "error": None, "enrichment": None, "attempts": 0,
                      "updated_at": record.get("created_at")}
        body = {**present_article(record), "duplicate": not outcome.created}
        location = url_for("articles.Article", article_id=outcome.id)
        return body, 202 if outcome.created else 200, {"Location": location}


@blp.route("/<string:article_id>")
class Article(MethodView):
    @blp.arguments(WaitArgs(), location="query")
    @blp.response(200, ArticleOut, headers={"Retry-After": LONG_POLL_RETRY_AFTER_HEADER})
    @documents_errors(blp, 404, 422)
    def get(self, args: dict[str, Any], article_id: str) -> dict[str, Any]:
        """An article's status and, once done, its enrichment; `?wait=N` blocks up to N s (at most
        NEWSWIRE_MAX_WAIT) for the end."""
        # A longer wait is cut to the maximum, not refused: a long-polling client just asks again.
        wait = min(args["wait"], services().settings.max_wait_seconds)
        store, views = services().store, done_views()
        # Done and read before (by this process, or another one: then kept in Redis): the same JSON again.
        view = views.get(article_id)
        if view is None:
            view = store.article_view(article_id, SCHEMA_VERSION)
            if view is not None:
                views.keep(article_id, view)
        if view is not None:
            return Response(view, mimetype="application/json")
        record = store.get_article(article_id, decode_enrichment=False)
        waited = True
        if record is not None and record["status"] not in TERMINAL and wait > 0:
            with long_poll_slot() as waited:
                if waited:
                    store.wait_for_terminal(article_id, wait)
                    record = store.get_article(article_id, decode_enrichment=False)
        if record is None:
            abort(404, message=f"No article with id '{article_id}'.")
        if record["status"] != "done" or not record.get("enrichment"):
            # Too many long polls already: answered at once, and the client told when to ask again.
            headers = {} if waited else {"Retry-After": "1"}
            return present_article({**record, "enrichment": None}), 200, headers
        view = _done_view(record)
        views.keep(article_id, view)
        response = Response(view, mimetype="application/json")
        # Kept for the other API processes once the client has its answer: a long poll's last step is not delayed.
        response.call_on_close(lambda: _keep_in_redis(store, article_id, view))
        return response


def _full_page(store: Store, items: list[dict[str, Any]], next_cursor: str | None, status: str | None) -> Response:
    """A list page whose rows also carry their article as its GET answers it (`?full=true`): a client reading every
    article asks once a page, not once an article, and the stored enrichments are spliced in, not decoded and
    dumped again. With a `status` filter, an article whose status has moved on since the list read it is left out."""
    views = done_views()
    kept = {item["id"]: views.get(item["id"]) for item in items}
    unkept = [article_id for article_id, view in kept.items() if view is None]
    records = {record["id"]: record for record in store.get_articles(unkept, decode_enrichment=False)}
    rows = []
    for item in items:
        record = records.get(item["id"])
        # A kept view is a done article's. A row whose article was read after the list in another status
        # (`status=queued`, done meanwhile) contradicted the filter it was listed under.
        if status is not None and _status_read(record, kept[item["id"]]) != status:
            continue
        view = kept[item["id"]] or _view_of(record)
        if view is None:
            continue  # gone since the list was read
        # The row's own fields, then the article's view: its status is the view's, read after the list.
        head = _as_answered({"title": item["title"], "source": item["source"]})
        rows.append(head[:-1] + "," + view.strip()[1:])
    body = '{"items":[' + ",".join(rows) + '],"next_cursor":' + _as_answered(next_cursor) + "}\n"
    return Response(body, mimetype="application/json")


def _status_read(record: dict[str, Any] | None, kept_view: str | None) -> str | None:
    """The status of a full row's article as read for it: its record's, else done (only done articles' views are
    kept); None when it is gone."""
    if record is not None:
        return record["status"]
    return "done" if kept_view is not None else None


def _as_answered(value: Any) -> str:
    """`value` as jsonify writes the other answers: compact, keys sorted, non-ASCII escaped. The views built by hand
    were written `{"a": 1, "b": 2}` where every other answer is `{"a":1,"b":2}`."""
    return current_app.json.dumps(value, separators=COMPACT_JSON)


def _view_of(record: dict[str, Any] | None) -> str | None:
    """The JSON `GET /v1/articles/<id>` answers for a stored record (enrichment undecoded); a done one is kept."""
    if record is None:
        return None
    if record["status"] != "done" or not record.get("enrichment"):
        return _as_answered(_ARTICLE_OUT.dump(present_article({**record, "enrichment": None})))
    view = _done_view(record)
    done_views().keep(record["id"], view)
    return view


def _done_view(record: dict[str, Any]) -> str:
    """The JSON of a done article, its stored enrichment text spliced in as it is.

    The worker stored the enrichment only after loading it through the published schema, and dumping it
    through the same schema gives it back unchanged (the view test checks this), so it is not decoded and
    re-encoded here: that was most of a first read's cost, on the path that answers a long poll.
    """
    head = _ARTICLE_OUT.dump(present_article({**record, "enrichment": None}))
    del head["enrichment"]
    # The rest as jsonify writes it, with the stored text (written as compactly since) as the object's last member.
    return _as_answered(head)[:-1] + ',"enrichment":' + record["enrichment"] + "}\n"


def _keep_in_redis(store: Store, article_id: str, view: str) -> None:
    """Keep a done article's view for the other API processes; it is only a cache, so Redis trouble is no error.

    Called once the answer is sent, outside the request's app context: hence the store passed in.
    """
    try:
        store.keep_article_view(article_id, SCHEMA_VERSION, view)
    except redis.RedisError:
        log.warning("article_view.not_kept", extra={"article_id": article_id})


@blp.route("/<string:article_id>/deliveries")
class Deliveries(MethodView):
    @blp.response(200, DeliveryLog)
    @documents_errors(blp, 404)
    def get(self, article_id: str) -> dict[str, Any]:
        """The webhook delivery attempts for this article, oldest first."""
        if services().store.get_status(article_id) is None:
            abort(404, message=f"No article with id '{article_id}'.")
        return {"items": services().store.deliveries(article_id)}
