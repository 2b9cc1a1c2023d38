"""API keys: `Authorization: Bearer <key>` on every /v1 route, scopes per route, constant-time checks."""
from __future__ import annotations

import hmac

from flask import Flask, Request, current_app, g, request

from services.api.errors import error_response
from services.core.config import ApiKey

# Routes needing more than the method's default scope (GET: read, anything else: submit).
ADMIN_BLUEPRINTS = {"failed"}


def identify(req: Request) -> ApiKey | None:
    """The key presented by the request, or None; every configured key is compared, in constant time."""
    if "api_key" in g:
        return g.api_key
    header = req.headers.get("Authorization", "")
    scheme, _, presented = header.partition(" ")
    found = None
    if scheme.lower() == "bearer" and presented:
        for key in current_app.extensions["newswire"].settings.api_keys:
            # No early exit: the time taken does not tell which key (or how much of one) matched.
            if hmac.compare_digest(key.secret.encode(), presented.strip().encode()):
                found = key
    g.api_key = found
    return found


def required_scope(req: Request) -> str:
    """The scope this request needs."""
    if req.blueprint in ADMIN_BLUEPRINTS:
        return "admin"
    return "read" if req.method in ("GET", "HEAD", "OPTIONS") else "submit"


def rate_limit_key() -> str:
    """Limits count per key (by its name); requests without a valid key count per address."""
    key = identify(request)
    return f"key:{key.name}" if key else f"addr:{request.remote_addr}"


def init_auth(app: Flask) -> None:
    """Refuse /v1 requests without a valid key (401) or without the route's scope (403)."""

    @app.before_request
    def _authorise():  # type: ignore[no-untyped-def]
        if not request.path.startswith("/v1/") or request.method == "OPTIONS":
            return None
        key = identify(request)
        if key is None:
            response = error_response(401, "Send a valid API key as 'Authorization: Bearer <key>'.")
            response.headers["WWW-Authenticate"] = 'Bearer realm="newswire"'
            return response
        scope = required_scope(request)
        if scope not in key.scopes:
            return error_response(403, f"This key lacks the '{scope}' scope needed here.")
        return None
