"""The API app factory: `/v1`, the OpenAPI document, docs, metrics and probes."""
from __future__ import annotations

from typing import Any

from flask import Flask, send_from_directory
from swagger_ui_bundle import swagger_ui_path
from werkzeug.middleware.proxy_fix import ProxyFix

from services.api import articles, auth, batches, entities, failed, health, ratelimit, stories, views, web
from services.api.common import Utf8JsonProvider, refuse_undeclared_query
from services.api.errors import NewswireApi, register_error_handlers
from services.api.observability import SCHEMA_VERSION, init_observability
from services.core.config import Settings
from services.core.logs import setup_logging
from services.core.queue import make_celery
from services.core.store import Store
from services.core.submit import Services

DESCRIPTION = """Submit news articles and read their enrichment: entities grouped per person and
organisation, quotes with speakers, money and figures, key phrases, a summary.

Every `/v1` route needs `Authorization: Bearer <key>` with the route's scope (`read` for GET,
`submit` for POST, `admin` for `/v1/failed`). Responses carry `Newswire-Schema-Version`; schema
changes within a major version are additive."""


def create_app(settings: Settings | None = None, test_config: dict[str, Any] | None = None) -> Flask:
    """Build the API app for `settings` (default: from the environment)."""
    settings = settings or Settings.from_env()
    setup_logging(settings.log_level)
    # No app-wide static route: the web page's files are the blueprint's, at /assets. Flask's default /static served
    # them a second time, under a route made before `merge_slashes` below is turned off.
    app = Flask(__name__, static_folder=None)
    # A doubled slash is no path of the API (404 in its JSON), not a 308 redirect of HTML to the path without it:
    # `POST /v1/failed//retry` (an empty id) was sent on to `/v1/failed/retry`, which retries every failed article.
    app.url_map.merge_slashes = False
    app.json = Utf8JsonProvider(app)
    app.config.update(
        API_TITLE="Newswire",
        API_VERSION=SCHEMA_VERSION,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        # Served from the swagger-ui-bundle wheel: the docs page works without internet.
        OPENAPI_SWAGGER_UI_URL="/docs/assets/",
        API_SPEC_OPTIONS={
            "info": {"description": DESCRIPTION},
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
            "security": [{"bearerAuth": []}],
        },
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
    )
    app.config.update(test_config or {})
    if settings.trusted_proxies:
        # The client's address from the proxies' X-Forwarded-For (only that many hops are believed): keyless
        # requests are rate-limited per client, not all as the proxy.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies)  # type: ignore[method-assign]
    services = Services(settings=settings, store=Store.from_url(settings.redis_url), celery=make_celery(settings))
    app.extensions["newswire"] = services
    app.extensions[views.EXTENSION] = views.DoneViews(settings.api_view_cache_mb * 1_000_000)
    init_observability(app, services)
    # Only the /v1 API is metered; probes, metrics and docs are not. Metered before authentication, so that
    # requests without a valid key (guessing keys) are limited too: per address rather than per key.
    ratelimit.init_rate_limit(app, services.store, settings.rate_limit)
    auth.init_auth(app)
    app.before_request(refuse_undeclared_query)
    api = NewswireApi(app)
    for blueprint in (articles.blp, batches.blp, entities.blp, failed.blp, stories.blp):
        api.register_blueprint(blueprint)
    web.init_web(app, api)
    app.register_blueprint(health.blp)
    health.document_probes(app, api)
    register_error_handlers(app)

    @app.get("/docs/assets/<path:filename>")
    def docs_assets(filename: str):  # type: ignore[no-untyped-def]
        return send_from_directory(swagger_ui_path, filename)

    return app
