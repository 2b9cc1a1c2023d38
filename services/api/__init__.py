"""The API service: a Flask app factory serving `/v1` and the health probes."""
from __future__ import annotations

from typing import Any

from flask import Flask

from services.api import articles, failed, health
from services.api.errors import NewswireApi, register_error_handlers
from services.core.config import Settings
from services.core.logs import setup_logging
from services.core.queue import make_celery
from services.core.store import Store
from services.core.submit import Services


def create_app(settings: Settings | None = None, test_config: dict[str, Any] | None = None) -> Flask:
    """Build the API app for `settings` (default: from the environment)."""
    settings = settings or Settings.from_env()
    setup_logging(settings.log_level)
    app = Flask(__name__)
    app.config.update(
        API_TITLE="Newswire",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        JSON_SORT_KEYS=False,
    )
    app.config.update(test_config or {})
    app.extensions["newswire"] = Services(
        settings=settings, store=Store.from_url(settings.redis_url), celery=make_celery(settings)
    )
    api = NewswireApi(app)
    api.register_blueprint(articles.blp)
    api.register_blueprint(failed.blp)
    app.register_blueprint(health.blp)
    register_error_handlers(app)
    return app
