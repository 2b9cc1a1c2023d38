"""A batch cut off by a store failure part way: the items stored before it name a batch that exists and lists them."""
from __future__ import annotations

import dataclasses
import socket
import threading
import uuid
from typing import Any
from urllib.parse import urlsplit

from services.api.app import create_app
from tests.conftest import ADMIN_KEY

from .helpers import StandIn, received

CUT = b"cut-the-store-here"


class CuttingProxy(StandIn):
    """A stand-in in front of a Redis that passes everything on until a client sends `CUT`: then every connection is
    closed and later ones are refused, as a client sees Redis go away. The command holding `CUT` never reaches the
    Redis, or with `deliver_cut` it does and its reply is lost (the store took it; its client cannot know)."""

    def __init__(self, upstream_port: int, deliver_cut: bool = False) -> None:
        self.upstream_port = upstream_port
        self.deliver_cut = deliver_cut
        self.cut = threading.Event()
        super().__init__()

    def serve(self, client: socket.socket) -> None:
        if self.cut.is_set():
            client.close()
            return
        try:
            upstream = self.connect(self.upstream_port)
        except OSError:
            client.close()
            return
        marked = threading.Event()  # this connection carried the marker: the next reply on it is dropped
        threading.Thread(target=self._replies, args=(upstream, client, marked), daemon=True).start()
        tail = b""  # the end of the last chunk, for a marker split across two
        while data := received(client):
            if CUT in tail + data:
                marked.set()
                self.cut.set()
                if not self.deliver_cut:
                    self.close()
                    return
            tail = data[-len(CUT):]
            try:
                upstream.sendall(data)
            except OSError:
                break
        upstream.close()

    def _replies(self, upstream: socket.socket, client: socket.socket, marked: threading.Event) -> None:
        """Pass the Redis's replies back; once the marked command ran, its reply is dropped and everything closed."""
        while data := received(upstream):
            if marked.is_set():
                self.close()
                return
            try:
                client.sendall(data)
            except OSError:
                break
        client.close()


def _post_cut_off(settings, redis_url: str, articles: list[dict], deliver_cut: bool = False) -> tuple[Any, Any]:
    """POST a batch to an API whose store goes away at the command that carries CUT: (the answer, the proxy)."""
    proxy = CuttingProxy(urlsplit(redis_url).port, deliver_cut=deliver_cut)
    try:
        cut_app = create_app(dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{proxy.port}/0"),
                             {"TESTING": True})
        response = cut_app.test_client().post("/v1/batches", json={"articles": articles},
                                              headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    finally:
        proxy.close()
    return response, proxy


def _stored_and_their_batch(settings, store, run: str) -> tuple[list[dict], Any]:
    """The run's stored articles (the store is back: the Redis itself never went away), all naming one batch, and
    that batch's answer."""
    newest = store.get_articles([row["id"] for row in store.list_articles(limit=50)[0]])
    stored = [article for article in newest if run in article["text"]]
    batch_ids = {article["batch_id"] for article in stored}
    assert len(batch_ids) == 1, stored
    client = create_app(settings, {"TESTING": True}).test_client()
    return stored, client.get(f"/v1/batches/{batch_ids.pop()}", headers={"Authorization": f"Bearer {ADMIN_KEY}"})


def test_a_batch_cut_off_by_the_store_leaves_no_article_naming_a_missing_batch(settings, store, redis_url):
    run = uuid.uuid4().hex
    articles = [{"text": f"Batch item {i} of run {run}, stored before the store goes away."} for i in range(3)]
    articles.append({"text": f"Batch item 3 of run {run}: {CUT.decode()}."})
    response, proxy = _post_cut_off(settings, redis_url, articles)
    assert response.status_code == 503, response.get_json()
    assert proxy.cut.is_set()

    # The items stored before the cut are there, and the batch they name answers, listing them.
    stored, answer = _stored_and_their_batch(settings, store, run)
    assert len(stored) == 3, stored
    assert answer.status_code == 200, answer.get_json()
    assert sorted(item["id"] for item in answer.get_json()["items"]) == sorted(a["id"] for a in stored)


def test_an_article_stored_as_the_store_goes_away_is_listed_in_its_batch(settings, store, redis_url):
    # The submit script loaded first, so the item's first command is the one that stores it (an unknown script's
    # first call is refused, and that refusal's lost reply would cut the store before anything was stored).
    warm = create_app(settings, {"TESTING": True}).test_client()
    assert warm.post("/v1/batches", json={"articles": [{"text": f"Warming up the store {uuid.uuid4().hex}."}]},
                     headers={"Authorization": f"Bearer {ADMIN_KEY}"}).status_code == 202
    run = uuid.uuid4().hex
    articles = [{"text": f"Batch item {i} of run {run}, stored before the store goes away."} for i in range(2)]
    articles.append({"text": f"Batch item 2 of run {run}: stored, then {CUT.decode()}."})
    articles.append({"text": f"Batch item 3 of run {run}, never sent."})
    response, proxy = _post_cut_off(settings, redis_url, articles, deliver_cut=True)
    assert response.status_code == 503, response.get_json()
    assert proxy.cut.is_set()

    # The store took the third item's article though its answer never came back, and its batch lists it with the
    # others, in order.
    stored, answer = _stored_and_their_batch(settings, store, run)
    assert sorted(a["text"][:12] for a in stored) == ["Batch item 0", "Batch item 1", "Batch item 2"], stored
    assert answer.status_code == 200, answer.get_json()
    by_text = {a["text"][:12]: a["id"] for a in stored}
    assert [(item["index"], item["outcome"], item["id"]) for item in answer.get_json()["items"]] == [
        (i, "accepted", by_text[f"Batch item {i}"]) for i in range(3)]
