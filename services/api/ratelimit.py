"""Per-key rate limits on `/v1`: a fixed window counted in Redis (so it holds across API processes).

Each API process leases hits from the key's Redis counter in small blocks and spends them locally, so
most requests make no Redis call: at one call per request the round trip (and the wait for the GIL after
it, with 16 threads) was the largest cost of a cached read, about a third of a process's GET throughput.
A lease never takes more than what is left of the window, so no more than the limit is ever admitted;
hits leased but not spent by one process are lost to the others until the window ends, at most
`lease - 1` per process. The limit is written in the `limits` library's syntax ("1200/minute").
"""
from __future__ import annotations

import itertools
import math
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import redis
from flask import Flask, Response, g, request
from limits import parse

from services.api.auth import rate_limit_key
from services.api.errors import error_response
from services.core import keys
from services.core.store import Store, is_store_full

# Takes up to ARGV[2] hits, never more than are left below the limit ARGV[3] (at least one, which then counts
# past the limit and is refused). The window starts at a key's first hit, as in `limits`' fixed window.
_LEASE = """
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local take = math.max(1, math.min(tonumber(ARGV[2]), tonumber(ARGV[3]) - used))
local total = redis.call('INCRBY', KEYS[1], take)
if total == take then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return {total, take, redis.call('TTL', KEYS[1])}
"""
# Leases are a hundredth of the limit, within these bounds: with a small limit every hit is counted in Redis.
MAX_LEASE = 64
LEASE_SHARE = 100
# Clients whose leases a process remembers; one forgotten early only loses its unspent hits.
LEASED_CLIENTS = 10_000


@dataclass(frozen=True)
class Window:
    """Where one client stands in the current window."""

    limit: int
    count: int  # this hit's number in the window, across all API processes
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


def seconds_left(ends: float, now: float) -> int:
    """Whole seconds from `now` to `ends`, at least 1. Rounded to the microsecond first: `(now + 3600) - now` is
    3600.0000000000005 for some clock readings (7000.003), which `ceil` made 3601, a reset a second late."""
    return max(1, math.ceil(round(ends - now, 6)))


@dataclass(frozen=True)
class Lease:
    """Hit numbers `first` .. `last` of the window ending at `ends` (monotonic clock), taken by this process."""

    first: int
    last: int
    ends: float
    # `next()` on a count is atomic in CPython: threads spend a lease without a lock.
    numbers: Iterator[int] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "numbers", itertools.count(self.first))

    def take(self, now: float) -> int | None:
        """The next hit number, or None when the lease is spent or its window is over."""
        if now >= self.ends:
            return None
        number = next(self.numbers)
        return number if number <= self.last else None


class RateLimiter:
    """Counts hits per client name in fixed windows of the configured limit, leasing blocks of hits from Redis."""

    def __init__(self, store: Store, limit: str, lease: int | None = None) -> None:
        self.item = parse(limit)
        self.description = str(self.item)
        self.lease_size = lease or max(1, min(MAX_LEASE, self.item.amount // LEASE_SHARE))
        self._lease = store.redis.register_script(_LEASE)
        # A plain dict: one get or set is atomic under the GIL, which the lock-free path relies on.
        self._leases: dict[str, Lease] = {}
        # Taken only to renew a lease (once in lease_size hits), so that one thread at a time makes the round trip.
        self._lock = threading.Lock()
        # When the last renewal failed for Redis being away or hung (monotonic clock), and how.
        self._failure: tuple[float, redis.ConnectionError | redis.TimeoutError] | None = None

    def hit(self, client: str) -> Window:
        """Count one request of `client` and say where it stands."""
        now = time.monotonic()
        lease = self._leases.get(client)
        count = lease.take(now) if lease else None
        if count is None:
            try:
                lease, count = self._renew(client, lease, now)
            except redis.ResponseError as exc:
                if not is_store_full(exc):
                    raise
                # Redis is full (noeviction) and refuses the counter's write: reads can still be served, and
                # writes are refused where they happen. Not counted until an operator makes room.
                return Window(self.item.amount, 1, self.item.get_expiry())
        return Window(self.item.amount, count, seconds_left(lease.ends, now))

    def _renew(self, client: str, spent: Lease | None, now: float) -> tuple[Lease, int]:
        """A hit number from a new lease (one round trip), unless another thread renewed the lease meanwhile.

        A thread that waited for the lock while the round trip of the thread holding it failed (Redis away or hung)
        fails the same way at once: each in turn would otherwise wait out its own retries or reply timeout, and
        the last of 16 threads answered its 503 after 11 s (Redis killed) or 80 s (hung), not within the 5 s of
        REPLY_TIMEOUT_SECONDS. A thread that comes later tries again: Redis may be back.
        """
        with self._lock:
            if self._failure is not None and self._failure[0] >= now:
                raise type(self._failure[1])(str(self._failure[1]))
            lease = self._leases.get(client)
            count = lease.take(now) if lease is not None and lease is not spent else None
            if count is not None:
                return lease, count
            if len(self._leases) >= LEASED_CLIENTS:
                self._leases.clear()  # rarely reached (one entry per client); costs only the unspent hits
            try:
                lease = self._leases[client] = self._take_lease(client, now)
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                self._failure = (time.monotonic(), exc)
                raise
            # A lease past the limit holds no hit to spend, but it numbers this one (over the limit: refused).
            return lease, lease.take(now) or lease.first

    def _take_lease(self, client: str, now: float) -> Lease:
        seconds = self.item.get_expiry()
        total, taken, ttl = self._lease(keys=[keys.rate_limit(client, seconds)],
                                        args=[seconds, self.lease_size, self.item.amount])
        total, taken = int(total), int(taken)
        return Lease(first=total - taken + 1, last=min(total, self.item.amount), ends=now + max(int(ttl), 1))


def init_rate_limit(app: Flask, store: Store, limit: str) -> None:
    """Meter every `/v1` request (per key, or per address without a valid one); past the limit answer 429.

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
