"""A command whose reply is lost is sent again by the client (`store.connect` retries on connection errors).

Redis ran it the first time: each script must take effect once. A real TCP proxy in front of a real Redis lets
the command through and drops its reply and the connection, as a network failure or a failover would.
"""
from __future__ import annotations

import hashlib
import socket
import threading
import uuid
from collections.abc import Iterator

import pytest
import redis

from services.core import keys
from services.core.indexes import INDEX_LUA
from services.core.store import _SUBMIT, _TRANSITION, Store
from services.nlp.stories import _RECORD_LUA, assign_story, story_features

from .helpers import StandIn, received


class ReplyDropper(StandIn):
    """A proxy to Redis that, once armed with a script, drops the reply to the next call of that script."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.marker: bytes | None = None  # the armed script's SHA, as EVALSHA sends it
        self.dropped = 0
        super().__init__()

    def arm(self, script: str) -> None:
        self.marker = hashlib.sha1(script.encode()).hexdigest().encode()

    def serve(self, client: socket.socket) -> None:
        upstream = self.connect(self.upstream_port)
        dropping = threading.Event()
        threading.Thread(target=self._replies, args=(upstream, client, dropping), daemon=True).start()
        self._requests(client, upstream, dropping)

    def _requests(self, client: socket.socket, upstream: socket.socket, dropping: threading.Event) -> None:
        while data := received(client):
            if self.marker and self.marker in data:
                self.marker = None
                dropping.set()
            upstream.sendall(data)
        upstream.close()

    def _replies(self, upstream: socket.socket, client: socket.socket, dropping: threading.Event) -> None:
        while data := received(upstream):
            if dropping.is_set():  # the command ran; its answer never arrives
                self.dropped += 1
                client.shutdown(socket.SHUT_RDWR)
                client.close()
                upstream.close()
                return
            client.sendall(data)
        client.close()


@pytest.fixture()
def proxy(private_redis: int) -> Iterator[ReplyDropper]:
    direct = redis.Redis(port=private_redis)
    for script in (_SUBMIT, INDEX_LUA + _TRANSITION, _RECORD_LUA):
        direct.script_load(script)  # loaded already: the armed call is the EVALSHA that runs it
    dropper = ReplyDropper(private_redis)
    yield dropper
    dropper.close()


@pytest.fixture()
def store(proxy: ReplyDropper) -> Store:
    return Store.from_url(f"redis://127.0.0.1:{proxy.port}/0")


def test_a_submission_whose_reply_was_lost_is_still_a_creation(store, proxy):
    queued = int(store.redis.hget(keys.status_counts(), "queued") or 0)
    proxy.arm(_SUBMIT)
    outcome = store.add_article(uuid.uuid4().hex, {"text": "A text."})
    assert proxy.dropped == 1
    assert outcome.created  # else the caller would not enqueue it: it would wait for the sweeper
    assert store.get_article(outcome.id)["status"] == "queued"
    assert int(store.redis.hget(keys.status_counts(), "queued")) == queued + 1


def test_a_transition_whose_reply_was_lost_happens_once(store, proxy):
    article_id = store.add_article(uuid.uuid4().hex, {"text": "A text."}).id
    proxy.arm(INDEX_LUA + _TRANSITION)
    assert store.mark_processing(article_id) == 1
    assert store.get_article(article_id)["attempts"] == 1  # one attempt, not two
    done = int(store.redis.hget(keys.stats(), "done") or 0)
    proxy.arm(INDEX_LUA + _TRANSITION)
    assert store.mark_done(article_id, {"processing_ms": 1.0}) == 1  # 1: the worker goes on to send its webhook
    assert proxy.dropped == 2
    assert int(store.redis.hget(keys.stats(), "done")) == done + 1


def test_a_story_record_whose_reply_was_lost_is_written_once(store, proxy):
    article_id = uuid.uuid4().hex
    features = story_features(f"Floods closed the bridge over the Elbe in Dresden on Tuesday. {article_id}",
                              {"entity_groups": [], "money": [], "quotes": []})
    proxy.arm(_RECORD_LUA)
    story = assign_story(store.redis, article_id, features)
    assert proxy.dropped == 1
    assert store.redis.lrange(keys.story_members(story["story_id"]), 0, -1) == [article_id]
    assert assign_story(store.redis, article_id, features) == story
