"""The rate limiter when Redis is away: the threads queued behind one failed lease renewal fail with it.

A real TCP server stands where Redis is: while `silent` it takes each command and never answers (a hung Redis, a
dropped network), counting the lease scripts sent; else it passes the connection on to a real Redis.
"""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from services.api.ratelimit import RateLimiter

from .helpers import StandIn, received

THREADS = 8


class SilentRedis(StandIn):
    """A stand-in for Redis: silent but for the client's greeting (counting the EVALSHA commands it takes), or a pipe
    to a real Redis."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.silent = True
        self.scripts_sent = 0
        super().__init__()

    def serve(self, client: socket.socket) -> None:
        if not self.silent:
            self.pipe(client, self.upstream_port)
            return
        while data := received(client):
            self.scripts_sent += data.upper().count(b"EVALSHA")
            # The client's greeting on connecting (CLIENT SETINFO) is answered: only the commands after it hang.
            client.sendall(b"+OK\r\n" * data.upper().count(b"SETINFO"))


@pytest.fixture()
def silent_redis(private_redis: int) -> Iterator[SilentRedis]:
    stand_in = SilentRedis(private_redis)
    yield stand_in
    stand_in.close()


def test_threads_waiting_on_a_failed_renewal_fail_with_it_and_a_later_one_tries_again(silent_redis):
    # A short reply timeout and no retries: each renewal sent to the silent Redis is one EVALSHA that fails with
    # TimeoutError.
    client = redis.Redis(port=silent_redis.port, socket_timeout=0.5, socket_connect_timeout=0.5,
                         retry=Retry(NoBackoff(), 0))
    limiter = RateLimiter(SimpleNamespace(redis=client), "1200/minute")
    start = threading.Barrier(THREADS)
    outcomes: list[str] = []

    def hit() -> None:
        start.wait()
        try:
            limiter.hit("key")
            outcomes.append("ok")
        except redis.TimeoutError:
            outcomes.append("failed")

    threads = [threading.Thread(target=hit) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == ["failed"] * THREADS
    # The threads queued behind the first renewal failed with it (one more may have begun just as it failed):
    # before, each sent its own and waited out its own timeout, one after the other.
    assert silent_redis.scripts_sent <= 2, silent_redis.scripts_sent
    silent_redis.silent = False
    assert limiter.hit("key").count == 1  # Redis is back: a later request renews the lease
    client.close()
