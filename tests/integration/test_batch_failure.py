"""A batch cut off by a store failure part way: the items stored before it name a batch that exists."""
from __future__ import annotations

import dataclasses
import socket
import threading
import uuid
from urllib.parse import urlsplit

from services.api.app import create_app
from tests.conftest import ADMIN_KEY

from .helpers import StandIn, copy_until_closed, received

CUT = b"cut-the-store-here"


class CuttingProxy(StandIn):
    """A stand-in in front of a Redis that passes everything on until a client sends `CUT`: then every connection is
    closed (that command never reaches the Redis) and later ones are refused, as a client sees Redis go away."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
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
        threading.Thread(target=copy_until_closed, args=(upstream, client), daemon=True).start()
        tail = b""  # the end of the last chunk, for a marker split across two
        while data := received(client):
            if CUT in tail + data:
                self.cut.set()
                self.close()
                return
            tail = data[-len(CUT):]
            try:
                upstream.sendall(data)
            except OSError:
                break
        upstream.close()


def test_a_batch_cut_off_by_the_store_leaves_no_article_naming_a_missing_batch(settings, store, redis_url):
    proxy = CuttingProxy(urlsplit(redis_url).port)
    try:
        cut_app = create_app(dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{proxy.port}/0"),
                             {"TESTING": True})
        run = uuid.uuid4().hex
        articles = [{"text": f"Batch item {i} of run {run}, stored before the store goes away."} for i in range(3)]
        articles.append({"text": f"Batch item 3 of run {run}: {CUT.decode()}."})
        response = cut_app.test_client().post("/v1/batches", json={"articles": articles},
                                              headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    finally:
        proxy.close()
    assert response.status_code == 503, response.get_json()
    assert proxy.cut.is_set()

    # The store is back (the Redis itself never went away): the items stored before the cut are there ...
    newest = store.get_articles([row["id"] for row in store.list_articles(limit=50)[0]])
    stored = [article for article in newest if run in article["text"]]
    assert len(stored) == 3, stored
    batch_ids = {article["batch_id"] for article in stored}
    assert len(batch_ids) == 1
    # ... and the batch they name answers, listing them.
    client = create_app(settings, {"TESTING": True}).test_client()
    answer = client.get(f"/v1/batches/{batch_ids.pop()}", headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert answer.status_code == 200, answer.get_json()
    assert sorted(item["id"] for item in answer.get_json()["items"]) == sorted(a["id"] for a in stored)
