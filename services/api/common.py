"""What the API's blueprints share: the app's services, page sizes, the JSON body requirement."""
from __future__ import annotations

from flask import current_app, request
from flask_smorest import abort

from services.core.submit import Services


def services() -> Services:
    """Settings, store and Celery app of the running API."""
    return current_app.extensions["newswire"]


def page_limit(requested: int | None) -> int:
    """The page size to use: the default when none is asked, 422 above the maximum."""
    settings = services().settings
    if requested is not None and requested > settings.max_page_size:
        abort(422, messages={"query": {"limit": [f"Must be at most {settings.max_page_size}."]}})
    return requested or settings.page_size


def require_json_body() -> None:
    """Before a POST: refuse anything not declared as JSON (415) or not parseable as JSON (400)."""
    if request.method != "POST":
        return
    if not request.is_json:
        abort(415, message="Send JSON with 'Content-Type: application/json'.")
    # Parsed (and cached) here: Flask answers 400 for every body `json.loads` refuses, while webargs lets
    # some through as a 500 (a number of more than 4,300 digits raises ValueError, not JSONDecodeError).
    request.get_json()
