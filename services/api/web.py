"""The web page: plain templates and a little JavaScript served at `/`, plus `GET /v1/system` for its System view."""
from __future__ import annotations

import hashlib
import time
from functools import cache
from pathlib import Path
from typing import Any

import flask
from flask import Flask, Response, current_app, redirect, render_template, url_for
from flask.views import MethodView
from flask_smorest import Api
from marshmallow import Schema, fields

from services.api.common import Blueprint, workers
from services.api.errors import documents_errors
from services.core.indexes import NAMED_LABELS
from services.core.submit import Services

STATIC = Path(__file__).parent / "static"

blp = flask.Blueprint("web", __name__, template_folder="templates", static_folder="static",
                      static_url_path="/assets")
system_blp = Blueprint("system", __name__, url_prefix="/v1/system",
                          description="The system at a glance: queue, workers, throughput, failures.")

# The page builds every element from data with textContent: no inline script, no other origin.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

PAGES = {"submit": "Submit", "article": "Article", "stories": "Stories", "story": "Story",
         "entities": "Entities", "entity": "Entity", "system": "System"}


def init_web(app: Flask, api: Api) -> None:
    """Register the page routes and the `/v1/system` resource."""
    app.register_blueprint(blp)
    api.register_blueprint(system_blp)


@cache
def _asset_version(filename: str) -> str:
    """A content hash for cache busting, computed once per process."""
    path = STATIC / filename
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.is_file() else "0"


@blp.app_template_global()
def asset(filename: str) -> str:
    """URL of a static file, versioned by its content."""
    return url_for("web.static", filename=filename, v=_asset_version(filename))


def _page(page: str, item_id: str = "") -> str:
    # The labels the entity index keeps: only those entities have a page to link to.
    return render_template("page.html", page=page, title=PAGES[page], item_id=item_id,
                           named_labels=" ".join(sorted(NAMED_LABELS)))


@blp.get("/")
def submit_page() -> str:
    """Submit articles and watch them move through the queue."""
    return _page("submit")


# A page's address typed with a slash at its end ("/stories/", as a browser completes a folder) is the page: it was the
# API's JSON 404 "No such path" in the browser.
@blp.get("/articles/<string:article_id>", strict_slashes=False)
def article_page(article_id: str) -> str:
    """One article with its enrichment highlighted."""
    return _page("article", article_id)


@blp.get("/articles", strict_slashes=False)
def articles_page() -> Response:
    """The newest articles are on the submit page: an article's address cut to its folder (`/articles`) led to a JSON
    404."""
    return redirect(url_for("web.submit_page"))


@blp.get("/stories", strict_slashes=False)
def stories_page() -> str:
    """The list of stories."""
    return _page("stories")


@blp.get("/stories/<string:story_id>", strict_slashes=False)
def story_page(story_id: str) -> str:
    """One story: its articles side by side and what they agree and disagree on."""
    return _page("story", story_id)


@blp.get("/entities", strict_slashes=False)
def entities_page() -> str:
    """Search the entities."""
    return _page("entities")


@blp.get("/entities/<string:entity_id>", strict_slashes=False)
def entity_page(entity_id: str) -> str:
    """One entity with its articles, stories, neighbours and quotes."""
    return _page("entity", entity_id)


@blp.get("/system", strict_slashes=False)
def system_page() -> str:
    """Queue, workers, throughput and failures."""
    return _page("system")


@blp.after_request
def _secure(response: Response) -> Response:
    """Pages and assets: strict CSP; assets are revalidated so a new release is picked up at once."""
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-cache"
    return response


class SystemWorker(Schema):
    name = fields.String(required=True, metadata={"description": "The worker's Celery hostname."})


class SystemStatuses(Schema):
    """How many articles are in each status now."""

    queued = fields.Integer(required=True)
    processing = fields.Integer(required=True)
    done = fields.Integer(required=True)
    failed = fields.Integer(required=True)


class SystemBucket(Schema):
    """One cumulative histogram bucket: enrichments that took at most `le` ms."""

    le = fields.String(required=True)
    count = fields.Integer(required=True)


class SystemEnrichment(Schema):
    """Enrichment times of every article done so far."""

    count = fields.Integer(required=True)
    mean_ms = fields.Float(allow_none=True)
    buckets = fields.List(fields.Nested(SystemBucket), required=True)


class SystemFailure(Schema):
    """A recently failed article and why."""

    id = fields.String(required=True)
    title = fields.String(allow_none=True)
    error = fields.String(allow_none=True)
    attempts = fields.Integer(allow_none=True)
    failed_at = fields.Float(allow_none=True)


class SystemOut(Schema):
    """The system at a glance."""

    at = fields.Float(required=True, metadata={"description": "Server time (epoch seconds) of this reading."})
    queue_depth = fields.Integer(required=True, metadata={"description": "Messages waiting on the nlp queue."})
    workers = fields.List(fields.Nested(SystemWorker), required=True,
                          metadata={"description": "Workers of the nlp queue that answered (cached a few seconds)."})
    statuses = fields.Nested(SystemStatuses, required=True)
    finished = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True,
                           metadata={"description": "Finished transitions by status since the store began: "
                                                    "a counter, so two readings give the throughput."})
    enrichment = fields.Nested(SystemEnrichment, required=True)
    failures = fields.List(fields.Nested(SystemFailure), required=True)


def _failure(row: dict[str, Any]) -> dict[str, Any]:
    """A dead-letter row with its Redis strings as numbers (a hand-damaged record may lack some)."""
    return {"id": row["id"], "title": row.get("title") or None, "error": row.get("error") or None,
            "attempts": int(row.get("attempts") or 0),
            "failed_at": float(row["finished_at"]) if row.get("finished_at") else None}


def _enrichment(services: Services) -> dict[str, Any]:
    """Count, mean and histogram of enrichment times (cumulative buckets, as the store keeps them)."""
    buckets, total_ms = services.store.enrichment_histogram()
    count = buckets[-1][1]
    return {"count": count, "mean_ms": total_ms / count if count else None,
            "buckets": [{"le": bound, "count": n} for bound, n in buckets]}


@system_blp.route("")
class System(MethodView):
    @system_blp.response(200, SystemOut)
    @documents_errors(system_blp)
    def get(self) -> dict[str, Any]:
        """Queue depth, workers, articles by status, enrichment times and the newest failures."""
        services: Services = current_app.extensions["newswire"]
        statuses = services.store.status_counts()
        depth, names = services.store.queue_depth(), workers()
        return {
            "at": time.time(),
            "queue_depth": depth,
            "workers": [{"name": name} for name in names],
            "statuses": statuses,
            "finished": services.store.finished_counts(),
            "enrichment": _enrichment(services),
            "failures": [_failure(row) for row in services.store.list_failed(20)],
        }
