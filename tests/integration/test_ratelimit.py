"""The rate limiter's leases against a real Redis: few round trips, never more than the limit admitted."""
from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

from services.api.ratelimit import RateLimiter
from services.core import keys
from services.core.store import Store


def _client() -> str:
    return f"key:lease-{uuid.uuid4().hex[:8]}"


def test_hits_are_leased_in_blocks_and_numbered_in_order(redis_url):
    store = Store.from_url(redis_url)
    limiter, client = RateLimiter(store, "1000/hour", lease=10), _client()
    windows = [limiter.hit(client) for _ in range(25)]
    assert [w.count for w in windows] == list(range(1, 26))
    assert windows[-1].remaining == 975 and not windows[-1].exceeded
    assert 0 < windows[-1].reset_in <= 3600
    # Three leases of ten: the counter in Redis moved three times for 25 requests.
    assert int(store.redis.get(keys.rate_limit(client, 3600))) == 30


def test_processes_sharing_a_key_never_admit_more_than_the_limit(redis_url):
    store = Store.from_url(redis_url)
    # Two API processes with leases larger than what is left near the end of the window.
    first, second = RateLimiter(store, "50/hour", lease=8), RateLimiter(store, "50/hour", lease=8)
    client = _client()
    admitted = 0
    for _ in range(40):
        for limiter in (first, second):
            admitted += not limiter.hit(client).exceeded
    assert admitted == 50
    refused = first.hit(client)
    assert refused.exceeded and refused.remaining == 0


def test_a_default_lease_is_a_hundredth_of_the_limit_within_bounds(redis_url):
    store = Store.from_url(redis_url)
    assert RateLimiter(store, "3/hour").lease_size == 1
    assert RateLimiter(store, "1200/minute").lease_size == 12
    assert RateLimiter(store, "100000000/minute").lease_size == 64


def test_threads_of_one_process_number_their_hits_uniquely(redis_url):
    store = Store.from_url(redis_url)
    limiter, client = RateLimiter(store, "200/hour", lease=8), _client()
    with ThreadPoolExecutor(max_workers=16) as pool:
        windows = list(pool.map(lambda _: limiter.hit(client), range(300)))
    admitted = sorted(w.count for w in windows if not w.exceeded)
    assert admitted == list(range(1, 201))
