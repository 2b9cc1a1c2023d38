"""Per-key rate limits on `/v1`: a fixed window counted in Redis (so it holds across API processes).

One Lua call per request counts the hit and answers what the `X-RateLimit-*` headers need. Flask-Limiter,
used before, made three round trips and cost a fifth of a cached read's CPU in its own bookkeeping.
The limit is written in the `limits` library's syntax and parsed by it ("1200/minute", "10 per second").
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

from flask import Flask, Response, g, request
from limits import parse

from services.api.auth import rate_limit_key
from services.api.errors import error_response
from services.core import keys
from services.core.store import Store

# The window starts at a key's first hit, as in `limits`' fixed window; the answer carries its TTL.
_HIT = """
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return {current, redis.call('TTL', KEYS[1])}
"""


@dataclass(frozen=True)
class Window:
    """Where one client stands in the current window."""

    limit: int
    count: int
    reset_in: int  # seconds until the window ends

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.count)

    @property
    def exceeded(self) -> bool:
        return self.count > self.limit

    def headers(self) -> dict[str, str]:
        return {"X-RateLimit-Limit": str(self.limit), "X-RateLimit-Remaining": str(self.remaining),
                "X-RateLimit-Reset": str(math.ceil(time.time()) + self.reset_in)}


class RateLimiter:
    """Counts hits per client name in fixed windows of the configured limit."""

    def __init__(self, store: Store, limit: str) -> None:
        self.item = parse(limit)
        self.description = str(self.item)
        self._hit = store.redis.register_script(_HIT)

    def hit(self, client: str) -> Window:
        """Count one request of `client` and say where it stands."""
        seconds = self.item.get_expiry()
        count, ttl = self._hit(keys=[keys.rate_limit(client, seconds)], args=[seconds])
        return Window(self.item.amount, int(count), max(int(ttl), 1))


def init_rate_limit(app: Flask, store: Store, limit: str) -> None:
    """Meter every `/v1` request after authentication; past the limit answer 429 with `Retry-After`.

    A Redis error is not swallowed: the request could not be served anyway, and it answers 503 as the store does.
    """
    limiter = RateLimiter(store, limit)

    @app.before_request
    def _count() -> Response | None:
        if not request.path.startswith("/v1/"):
            return None
        window = g.rate_limit = limiter.hit(rate_limit_key())
        if not window.exceeded:
            return None
        response = error_response(429, f"Rate limit of {limiter.description} reached; retry in {window.reset_in} s.")
        response.headers["Retry-After"] = str(window.reset_in)
        return response

    @app.after_request
    def _headers(response: Response) -> Response:
        window: Window | None = g.get("rate_limit")
        if window is not None:
            response.headers.update(window.headers())
        return response
