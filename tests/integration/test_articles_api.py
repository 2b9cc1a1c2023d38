"""The API with a real Redis and a real worker: submit, poll, read the enrichment back."""
from __future__ import annotations

import dataclasses
import json
import threading
import uuid

import pytest
import redis

from services.api import create_app, views
from services.api.observability import SCHEMA_VERSION
from services.core import keys
from services.core.queue import enqueue
from services.core.schemas import ArticleOut, present_article
from services.core.store import Store
from tests.conftest import ADMIN_KEY

from .helpers import post, unique, wait_done


def test_post_answers_202_with_id_and_location(client, worker):
    response = post(client, {"title": "Ramstein", "text": unique("John Healey spoke in Brussels.")})
    assert response.status_code == 202
    body = response.get_json()
    assert body["status"] == "queued" and body["duplicate"] is False
    # The acceptance, whatever an idle worker did since: not yet tried ("queued" with "attempts": 1 was seen).
    assert body["attempts"] == 0 and body["updated_at"] == body["created_at"]
    assert response.headers["Location"] == f"/v1/articles/{body['id']}"


def test_title_and_source_are_kept_without_white_space_around_them(client):
    source = f"wire-{uuid.uuid4().hex[:8]}"
    article_id = post(client, {"title": "  Ramstein\n", "source": f"  {source} ",
                               "text": unique("John Healey spoke in Brussels.")}).get_json()["id"]
    article = client.get(f"/v1/articles/{article_id}").get_json()["article"]
    assert (article["title"], article["source"]) == ("Ramstein", source)  # the source filter finds it as named


def test_seed_article_is_enriched_by_the_worker(client, worker, seed_texts):
    text = unique(seed_texts["000"])
    article_id = post(client, {"title": "seed 000", "text": text, "source": "guardian"}).get_json()["id"]
    body = wait_done(client, article_id)
    assert body["status"] == "done", body.get("error")
    enrichment = body["enrichment"]
    healey = [e for e in enrichment["entities"] if e["label"] == "PERSON" and e["text"] == "John Healey"]
    assert healey and all(text[e["start"]:e["end"]] == "John Healey" for e in healey)
    sentences = enrichment["summary"]["sentences"]
    assert 1 <= len(sentences) <= 3
    assert all(text[s["start"]:s["end"]] == s["text"] for s in sentences)
    assert enrichment["language"] == "en"
    assert enrichment["model"]["name"] and enrichment["model"]["version"]
    assert enrichment["processing_ms"] > 0
    assert enrichment["keyphrases"] and enrichment["money"]
    assert body["article"]["source"] == "guardian"


def test_status_moves_through_processing_to_done(client, store, worker):
    article_id = post(client, {"text": unique("Angela Merkel visited Paris on Monday.")}).get_json()["id"]
    wait_done(client, article_id)
    record = store.get_article(article_id)
    # started_at is written only by the processing transition; finished_at only by done/failed.
    assert record["status"] == "done"
    assert record["created_at"] <= record["started_at"] <= record["finished_at"]


def test_a_done_article_is_read_again_from_its_kept_views_unchanged(app, settings, client, store, worker):
    article_id = post(client, {"text": unique("Olaf Scholz met Emmanuel Macron in Paris.")}).get_json()["id"]
    path, view_key = f"/v1/articles/{article_id}", keys.article_view(article_id, SCHEMA_VERSION)
    assert not store.redis.exists(view_key)  # queued or processing: never kept, it still changes
    first = wait_done(client, article_id)
    assert first["status"] == "done" and store.redis.exists(view_key)
    again = client.get(path)
    assert again.status_code == 200 and again.mimetype == "application/json"
    assert again.get_json() == first == ArticleOut().dump(present_article(store.get_article(article_id)))
    assert again.headers["Newswire-Schema-Version"] == SCHEMA_VERSION
    # This process keeps its own copy: proof that it is what is served, with no Redis read.
    app.extensions[views.EXTENSION].keep(article_id, '{"from": "process"}')
    assert client.get(path).get_json() == {"from": "process"}
    # Another API process has no copy yet: it serves the one kept in Redis, then its own.
    assert store.keep_article_view(article_id, SCHEMA_VERSION, '{"from": "redis"}') is True
    other = create_app(settings, {"TESTING": True}).test_client()
    other.environ_base["HTTP_AUTHORIZATION"] = client.environ_base["HTTP_AUTHORIZATION"]
    assert other.get(path).get_json() == {"from": "redis"}
    store.redis.delete(view_key)
    assert other.get(path).get_json() == {"from": "redis"}
    # A process with neither renders the record again, the same as the first time.
    fresh = create_app(settings, {"TESTING": True}).test_client()
    fresh.environ_base["HTTP_AUTHORIZATION"] = client.environ_base["HTTP_AUTHORIZATION"]
    assert fresh.get(path).get_json() == first
    store.redis.hset(keys.article("never-queued"), mapping={"id": "never-queued", "status": "processing"})
    assert store.keep_article_view("never-queued", SCHEMA_VERSION, "{}") is False
    store.redis.delete(keys.article("never-queued"))
    assert store.keep_article_view("unknown-id", SCHEMA_VERSION, "{}") is False


def test_the_process_view_cache_is_bounded_and_can_be_turned_off():
    cache = views.DoneViews(max_chars=10)
    cache.keep("a", "12345")
    cache.keep("b", "12345")
    cache.keep("c", "123")  # over the bound: the least recently used goes
    assert cache.get("a") is None and cache.get("b") == "12345" and cache.get("c") == "123"
    cache.keep("d", "x" * 11)  # larger than the whole cache: not kept
    assert cache.get("d") is None and cache.get("b") == "12345"
    off = views.DoneViews(max_chars=0)
    off.keep("a", "1")
    assert off.get("a") is None


def test_wait_returns_queued_record_without_worker_delay_when_zero(client, worker):
    article_id = post(client, {"text": unique("A short note about Berlin.")}).get_json()["id"]
    body = client.get(f"/v1/articles/{article_id}").get_json()
    assert body["status"] in ("queued", "processing", "done")


def test_duplicate_content_returns_the_first_id(client, worker):
    text = unique("The same story, syndicated twice by two outlets.")
    first = post(client, {"text": text, "title": "outlet A"})
    second = post(client, {"text": "  " + text.replace(" ", "  ") + "\n", "title": "outlet B"})
    assert first.status_code == 202 and second.status_code == 200
    assert second.get_json()["id"] == first.get_json()["id"] and second.get_json()["duplicate"] is True


def test_list_is_newest_first_and_paginated(client, worker):
    ids = [post(client, {"text": unique(f"Listing test article number {n}.")}).get_json()["id"] for n in range(3)]
    page = client.get("/v1/articles?limit=2").get_json()
    assert [item["id"] for item in page["items"]] == ids[::-1][:2]
    assert page["next_cursor"]
    rest = client.get(f"/v1/articles?limit=2&cursor={page['next_cursor']}").get_json()
    assert rest["items"][0]["id"] == ids[0]


def test_a_full_list_page_carries_each_article_as_its_get_answers_it(app, client, worker, monkeypatch):
    """`newswire export` asked once an article and waited out the rate limit on a large corpus: `?full=true` gives a
    page of articles in one request, each row as the article's GET answers it, plus the row's fields (rows not yet
    done: the export test, where no worker runs)."""
    word = f"quay{uuid.uuid4().hex[:8]}"
    ids = [post(client, {"title": "Quay", "source": "wire", "text": unique(f"Angela Merkel visited the {word}.")}),
           post(client, {"text": unique(f"Olaf Scholz left the {word}.")})]
    ids = [wait_done(client, response.get_json()["id"])["id"] for response in ids]
    # Not yet read by this process (a row not in its kept views is rendered from the record) ...
    monkeypatch.setitem(app.extensions, views.EXTENSION, views.DoneViews(10_000_000))
    page = client.get(f"/v1/articles?q={word}&full=true")
    assert page.status_code == 200, page.get_json()
    rows = page.get_json()["items"]
    assert [row["id"] for row in rows] == ids[::-1]
    for row in rows:
        read = client.get(f"/v1/articles/{row['id']}").get_json()
        assert {k: v for k, v in row.items() if k not in ("title", "source")} == read
        assert (row["title"], row["source"]) == (read["article"]["title"], read["article"]["source"])
    assert rows[1]["enrichment"]["entity_groups"] and rows[1]["status"] == "done"
    # ... and read again, from them.
    assert client.get(f"/v1/articles?q={word}&full=true").get_json()["items"][1] == rows[1]



def _written_as_jsonify_writes(raw: bytes) -> bool:
    """True when a body is JSON as the app's other answers write it: compact (no space after "," or ":"), non-ASCII
    escaped, ending in a line break. Dumped again in its own key order, such a body gives the same bytes."""
    text = raw.decode("ascii")
    again = json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=True) + "\n"
    return text == again


def test_a_done_article_and_a_full_page_are_written_as_the_other_answers_are(app, client, worker, monkeypatch):
    """A done article's GET and the `full=true` page, spliced together by hand, were written `{"a": 1, "b": 2}` where
    every other answer (the plain list, errors, batches) is `{"a":1,"b":2}`: one API, two layouts."""
    word = f"pier{uuid.uuid4().hex[:8]}"
    article_id = post(client, {"title": "Pier \u2018one\u2019", "source": "wire",
                               "text": unique(f"Angela Merkel visited the {word} in K\u00f6ln.")}).get_json()["id"]
    assert wait_done(client, article_id)["status"] == "done"
    for kept in (False, True):  # rendered from the record, then from the views this process keeps
        if not kept:
            monkeypatch.setitem(app.extensions, views.EXTENSION, views.DoneViews(10_000_000))
        for path in (f"/v1/articles/{article_id}", f"/v1/articles?q={word}&full=true"):
            answer = client.get(path)
            assert answer.status_code == 200 and answer.mimetype == "application/json"
            assert _written_as_jsonify_writes(answer.data), answer.data[:300]
    # Guard: the answers jsonify writes are the measure (the plain list, an error).
    assert _written_as_jsonify_writes(client.get(f"/v1/articles?q={word}").data)
    assert _written_as_jsonify_writes(client.get("/v1/articles/no-such-article").data)


def test_a_full_page_filtered_by_status_leaves_out_an_article_that_moved_on_since_the_list(client, worker,
                                                                                          monkeypatch):
    """`?status=queued&full=true` listed an article as queued and then gave its row from the record read after the
    list, by then `done`: a row that contradicted the filter. An article that has moved on is left out of the page,
    as a record that is gone is (the page may be short, as the status filter's pages already may be)."""
    article_id = post(client, {"title": "Moved on", "text": unique("Olaf Scholz met the mayor of Hamburg.")}).get_json()
    article_id = wait_done(client, article_id["id"])["id"]

    def listed_while_queued(self, limit, before_seq=None, filters=None, scan_budget=5000):
        """The list as read a moment before the worker finished it."""
        status = filters.status if filters and filters.status else "queued"
        return [{"id": article_id, "status": status, "title": "Moved on", "source": None, "created_at": 1.0}], None

    monkeypatch.setattr(Store, "list_articles", listed_while_queued)
    for kept in (False, True):  # rendered from the record, then from the view this process keeps
        if not kept:
            monkeypatch.setitem(client.application.extensions, views.EXTENSION, views.DoneViews(10_000_000))
        assert client.get("/v1/articles?status=queued&full=true").get_json()["items"] == []
        # Guards: a row that still agrees with the filter is listed; without a status filter, the row is the article
        # as read after the list.
        [done] = client.get("/v1/articles?status=done&full=true").get_json()["items"]
        [row] = client.get("/v1/articles?full=true").get_json()["items"]
        assert done["id"] == row["id"] == article_id and done["status"] == row["status"] == "done"

def test_a_plain_list_page_keeps_its_rows_fields_guard(client):
    """Guard: without `full`, a row is what it was (id, status, title, source, created_at)."""
    post(client, {"text": unique("A plain listing of the quay.")})
    row = client.get("/v1/articles?limit=1").get_json()["items"][0]
    assert set(row) == {"id", "status", "title", "source", "created_at"}


def test_the_list_filters_by_status_as_the_api_stores_it(settings, private_redis):
    """`GET /v1/articles?status=failed` was 422 (an unknown field): an operator could not list what failed among the
    rest. Each status as stored, on a Redis no worker reads (the articles stay where they are put)."""
    url = f"redis://127.0.0.1:{private_redis}/0"
    client = create_app(dataclasses.replace(settings, redis_url=url), {"TESTING": True}).test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    word = f"status{uuid.uuid4().hex[:8]}"  # the source filter lists only done articles
    queued, processing, failed = (post(client, {"text": unique(f"Filter article {n} on {word}.")}).get_json()["id"]
                                  for n in range(3))
    store = Store.from_url(url)
    store.mark_processing(processing)
    store.mark_failed(failed, "The worker found no text.")

    def listed(query: str) -> list[str]:
        response = client.get(f"/v1/articles?q={word}&{query}")
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["items"]]

    assert listed("status=failed") == [failed] and listed("status=queued") == [queued]
    assert listed("status=processing") == [processing] and listed("status=done") == []
    assert listed("status=failed&full=true") == [failed]
    # Guard: a status the API never stores is refused, naming those it does.
    refused = client.get("/v1/articles?status=lost")
    assert refused.status_code == 422 and "queued, processing, done, failed" in str(refused.get_json())


def test_text_search_finds_the_same_words_written_in_either_unicode_form(client):
    # "é" is one character (NFC) or "e" and a combining acute accent (NFD, as some editors and macOS file names
    # write it); duplicate detection took them as one text, the search did not.
    token = uuid.uuid4().hex
    decomposed = post(client, {"title": f"Cre\u0300me bru\u0302le\u0301e {token}",
                               "text": unique(f"Chloe\u0301 Zhao {token} directed the film.")}).get_json()["id"]
    composed = post(client, {"title": f"Fran\u00e7ois {token}",
                             "text": unique(f"Stra\u00dfe {token} was closed.")}).get_json()["id"]

    def found(query: str) -> list[str]:
        response = client.get("/v1/articles", query_string={"q": query})
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["items"]]

    for query in (f"Chlo\u00e9 Zhao {token}", f"CHLOE\u0301 zhao {token}", f"cr\u00e8me br\u00fbl\u00e9e {token}"):
        assert found(query) == [decomposed], query
    for query in (f"Franc\u0327ois {token}", f"STRASSE {token}"):
        assert found(query) == [composed], query
    assert found(f"Chloe Zhao {token}") == []  # an accent still counts


@pytest.mark.parametrize("query", ["  ", " \t", "\n\n", "\u00a0 "])
def test_a_text_search_of_white_space_alone_is_refused(client, query):
    # Review: with any run of white space matching any other, "  " found every article with a space in it.
    response = client.get("/v1/articles", query_string={"q": query})
    assert response.status_code == 422 and "q" in response.get_json()["error"]["fields"], response.get_json()


def test_a_damaged_record_fails_with_a_reason_and_the_worker_goes_on(client, store, worker, celery_app):
    store.redis.hset(keys.article("damaged-1"), mapping={"id": "damaged-1", "status": "queued"})
    enqueue(celery_app, "damaged-1")
    failed = wait_done(client, "damaged-1")
    assert failed["status"] == "failed" and "KeyError" in failed["error"]
    after = post(client, {"text": unique("Emmanuel Macron met Olaf Scholz.")}).get_json()["id"]
    assert wait_done(client, after)["status"] == "done"


def test_non_english_article_is_marked_not_garbage(client, worker):
    text = unique("Der Bundeskanzler hat heute in Berlin eine lange Rede über die Lage in der Ukraine gehalten "
                  "und dabei die Unterstützung der Regierung für die nächsten Jahre bekräftigt.")
    body = wait_done(client, post(client, {"text": text}).get_json()["id"])
    assert body["status"] == "done"
    assert body["enrichment"]["language"] == "de"
    assert body["enrichment"]["entities"] == [] and "not supported" in body["enrichment"]["note"]


def test_health_and_readiness(client, worker):
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.get_json()["workers"] >= 1


def test_retrying_an_article_that_is_not_failed_says_its_status(client, worker):
    # "No failed article with id '<id>'." for a done article read as if the id were mistyped.
    article_id = post(client, {"text": unique("Retried while done: Jane Doe spoke in Oslo.")}).get_json()["id"]
    assert wait_done(client, article_id)["status"] == "done"
    response = client.post(f"/v1/failed/{article_id}/retry")
    assert response.status_code == 404
    assert response.get_json()["error"]["message"] == (
        f"No failed article with id '{article_id}': it is done, and only failed articles are retried.")


def test_a_retry_says_the_status_it_found_in_the_step_that_refused_it(client, store):
    # The status was read after the retry refused: a retry racing the article's failure (processing when refused,
    # failed when read) was told "it is failed, and only failed articles are retried".
    article_id = f"racing-{uuid.uuid4().hex}"
    store.redis.hset(keys.article(article_id), mapping={"id": article_id, "status": "processing"})
    assert store.retry(article_id) == "processing"
    assert store.retry(f"no-such-{article_id}") == ""
    response = client.post(f"/v1/failed/{article_id}/retry")
    assert response.status_code == 404 and "it is processing" in response.get_json()["error"]["message"]


def test_retrying_an_unknown_id_is_404_as_before_guard(client):
    # guard: an id of no article keeps its message.
    response = client.post("/v1/failed/no-such-article/retry")
    assert response.status_code == 404
    assert response.get_json()["error"]["message"] == "No failed article with id 'no-such-article'."


def test_failed_articles_are_listed_and_can_be_retried_once_repaired(client, store, worker, celery_app):
    store.redis.hset(keys.article("damaged-2"), mapping={"id": "damaged-2", "status": "queued", "title": "broken"})
    enqueue(celery_app, "damaged-2")
    assert wait_done(client, "damaged-2")["status"] == "failed"
    listed = {row["id"]: row for row in client.get("/v1/failed").get_json()["items"]}
    assert "KeyError" in listed["damaged-2"]["error"] and listed["damaged-2"]["attempts"] == 1
    assert client.post("/v1/failed/not-failed/retry").status_code == 404
    store.redis.hset(keys.article("damaged-2"), "text", "The record was repaired by Jane Doe in Oslo.")
    assert client.post("/v1/failed/damaged-2/retry").get_json() == {"retried": ["damaged-2"]}
    assert wait_done(client, "damaged-2")["status"] == "done"
    # The done transition is whole even for a record without `seq`: the article is indexed under its entities.
    found = [e for e in client.get("/v1/entities?q=Jane Doe").get_json()["items"] if e["name"] == "Jane Doe"]
    assert found, "Jane Doe was not indexed"
    entity = client.get(f"/v1/entities/{found[0]['entity_id']}").get_json()
    assert "damaged-2" in [ref["id"] for ref in entity["articles"]]
    assert "damaged-2" not in {row["id"] for row in client.get("/v1/failed").get_json()["items"]}


def test_failed_list_takes_a_limit_newest_first(client, store):
    ids = [f"limit-failed-{uuid.uuid4().hex}" for _ in range(3)]
    for article_id in ids:
        store.redis.hset(keys.article(article_id), mapping={"id": article_id, "status": "queued", "title": "t"})
        store.mark_failed(article_id, "broken on purpose")
    listed = [row["id"] for row in client.get("/v1/failed?limit=2").get_json()["items"]]
    assert listed == ids[::-1][:2]
    for bad in ("0", "1001", "x"):
        response = client.get(f"/v1/failed?limit={bad}")
        assert response.status_code == 422 and "limit" in response.get_json()["error"]["fields"]


def _watched_batch(client, monitored: redis.Redis, texts: list[str]) -> tuple[str, list[str], int]:
    """POST a batch of `texts` to an API on a Redis nothing else uses: the batch's id, every command the Redis ran
    meanwhile at a client's request (as MONITOR shows them; not those a script ran) and the bytes it received."""
    commands: list[str] = []
    stop = f"end-of-batch-{uuid.uuid4().hex}"
    watching = threading.Event()

    def watch() -> None:
        with redis.Redis(connection_pool=monitored.connection_pool).monitor() as monitor:
            watching.set()
            for command in monitor.listen():
                if stop in command["command"]:
                    return
                if command.get("client_type") != "lua":
                    commands.append(command["command"])

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    assert watching.wait(10)
    before = monitored.info("stats")["total_net_input_bytes"]
    response = client.post("/v1/batches", json={"articles": [{"text": text} for text in texts]})
    received = monitored.info("stats")["total_net_input_bytes"] - before
    monitored.echo(stop)
    watcher.join(10)
    assert response.status_code == 202 and not watcher.is_alive()
    assert [item["outcome"] for item in response.get_json()["items"]] == ["accepted"] * len(texts)
    return response.get_json()["id"], commands, received


def test_a_batch_item_costs_the_store_the_same_however_long_the_batch(settings, private_redis):
    url = f"redis://127.0.0.1:{private_redis}/0"
    client = create_app(dataclasses.replace(settings, redis_url=url), {"TESTING": True}).test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    monitored = redis.Redis.from_url(url, decode_responses=True)
    run = uuid.uuid4().hex
    texts = [f"Batch item {i:03d} of run {run} costs the store the same however long its batch." for i in range(50)]
    _watched_batch(client, monitored, texts[:1])  # connections opened and scripts loaded before anything is counted
    short_id, short, short_bytes = _watched_batch(client, monitored, texts[1:11])
    long_id, long, long_bytes = _watched_batch(client, monitored, texts[11:])

    # Each item names its batch in one command only, the one that stores its article (and so lists it there): the
    # rest of the commands naming the batch are as many for 40 items as for 10.
    for batch_id, commands, items in ((short_id, short, texts[1:11]), (long_id, long, texts[11:])):
        for text in items:
            assert [batch_id in c for c in commands if text in c] == [True], text
    besides = [[c for c in commands if batch_id in c and not any(text in c for text in texts)]
               for batch_id, commands in ((short_id, short), (long_id, long))]
    assert len(besides[0]) == len(besides[1]), besides
    # The bytes sent to the store per item do not grow with the batch (rewriting the whole item list after each
    # item sent 10 items' JSON for the 10th and 40 for the 40th); the fixed cost spread over more items only shrinks.
    assert long_bytes / 40 <= short_bytes / 10, (short_bytes, long_bytes)


def test_a_batch_stored_before_items_had_a_hash_of_their_own_reads_as_before(client, store):
    # Such a batch holds its items as one JSON list in its own hash: the shape `save_batch` once wrote.
    article_id = post(client, {"text": unique("An article of a batch stored the old way.")}).get_json()["id"]
    batch_id = uuid.uuid4().hex
    items = [{"index": 0, "outcome": "accepted", "id": article_id},
             {"index": 1, "outcome": "invalid", "id": None, "error": {"text": ["Missing data for required field."]}}]
    store.redis.hset(keys.batch(batch_id), mapping={"id": batch_id, "created_at": "1764950000.5",
                                                    "items": json.dumps(items), "callback_url": ""})
    batch = client.get(f"/v1/batches/{batch_id}").get_json()
    assert batch["created_at"] == 1764950000.5
    assert [(item["index"], item["outcome"], item["id"]) for item in batch["items"]] == [
        (0, "accepted", article_id), (1, "invalid", None)]
    assert batch["items"][1]["error"] == items[1]["error"] and batch["items"][0]["status"] is not None
    assert (batch["progress"]["total"], batch["progress"]["accepted"], batch["progress"]["invalid"]) == (2, 1, 1)


def test_a_batch_gives_each_failed_articles_reason_beside_its_status(client, store):
    """`GET /v1/batches/<id>` said an item's article `failed` and not why: a client asked each failed article again.
    Its reason is the item's `error`, as an invalid item's field errors are."""
    batch_id = store.new_batch_id()
    store.save_batch(batch_id, None)
    failed_id, done_id = f"batch-failed-{uuid.uuid4().hex}", f"batch-done-{uuid.uuid4().hex}"
    store.redis.hset(keys.article(failed_id), mapping={"id": failed_id, "status": "failed",
                                                       "error": "The worker found no text."})
    store.redis.hset(keys.article(done_id), mapping={"id": done_id, "status": "done", "error": ""})
    invalid = {"index": 2, "outcome": "invalid", "id": None, "error": {"text": ["Missing data for required field."]}}
    for item in ({"index": 0, "outcome": "accepted", "id": failed_id},
                 {"index": 1, "outcome": "duplicate", "id": done_id}, invalid):
        store.redis.hset(keys.batch_items(batch_id), str(item["index"]), json.dumps(item))
    items = client.get(f"/v1/batches/{batch_id}").get_json()["items"]
    assert (items[0]["status"], items[0]["error"]) == ("failed", "The worker found no text.")
    # Guards: a done article's item has no error; an invalid item keeps its field errors.
    assert items[1]["status"] == "done" and items[1].get("error") is None
    assert items[2]["error"] == invalid["error"] and items[2]["status"] is None


def test_a_batch_items_error_detail_is_what_a_post_of_its_article_alone_is_answered(client, settings):
    """A text too long answered 413 ("Text has N characters; the limit is M.") posted alone, and in a batch an item
    `invalid` with `{"text": [...]}`, as an empty text: nothing said it was the 413's fault, and an item's `error` was
    a dict of field errors or a failed article's reason, a string. Each item with an error now has `error_detail`
    in the one shape of every error answer's `error` ({code, message, fields?}), with the code and message its
    article's POST alone gets. Guard: `error` is as it was (field errors), the good item goes in."""
    too_long = {"text": "word " * (settings.max_text_chars // 5 + 1)}
    empty = {"text": "", "title": 5}
    alone = [post(client, article).get_json()["error"] for article in (too_long, empty)]
    response = client.post("/v1/batches", json={"articles": [too_long, empty, {"text": unique("A good item.")}]})
    assert response.status_code == 202, response.get_data(as_text=True)
    items = response.get_json()["items"]
    assert [item.get("error_detail") for item in items] == [*alone, None]
    assert alone[0]["code"] == "too_large" and alone[0]["message"].startswith("Text has ")
    assert items[0]["error"] == {"text": [alone[0]["message"]]} and items[1]["error"] == alone[1]["fields"]
    again = client.get(response.headers["Location"]).get_json()["items"]
    assert [item.get("error_detail") for item in again] == [*alone, None]


def test_a_failed_articles_batch_item_has_its_reason_in_the_same_shape(client, store):
    """A failed article's item said why as a string, where an invalid item said it as a dict: `error_detail` is
    `{"code": "failed", "message": reason}`. Guard: an invalid item stored before `error_detail` is given one from
    its field errors, and its `error` stays the string or dict it was."""
    batch_id = store.new_batch_id()
    store.save_batch(batch_id, None)
    failed_id = f"batch-failed-{uuid.uuid4().hex}"
    store.redis.hset(keys.article(failed_id), mapping={"id": failed_id, "status": "failed",
                                                       "error": "The worker found no text."})
    old = {"index": 1, "outcome": "invalid", "id": None, "error": {"text": ["Missing data for required field."]}}
    for item in ({"index": 0, "outcome": "accepted", "id": failed_id}, old):
        store.redis.hset(keys.batch_items(batch_id), str(item["index"]), json.dumps(item))
    items = client.get(f"/v1/batches/{batch_id}").get_json()["items"]
    assert items[0]["error_detail"] == {"code": "failed", "message": "The worker found no text."}
    assert items[0]["error"] == "The worker found no text."
    assert items[1]["error_detail"] == {"code": "invalid", "message": "Invalid fields: text.",
                                        "fields": {"text": ["Missing data for required field."]}}
    assert items[1]["error"] == old["error"]


def test_a_batch_items_error_detail_shows_the_fields_a_post_alone_shows(client):
    """An item with 25 unknown fields had all 25 in `error_detail` and a message naming each, where its article
    posted alone is answered the first 20 and "... and 5 more."; a field with an empty name was "Unknown field." where
    alone it is told to give each field its name. Guard: the item's `error` keeps every field, as it was."""
    many = {"text": unique("Many fields."), **{f"f{i}": 1 for i in range(25)}}
    unnamed = {"text": unique("A field without a name."), "": 1}
    alone = [post(client, article).get_json()["error"] for article in (many, unnamed)]
    response = client.post("/v1/batches", json={"articles": [many, unnamed, {"text": unique("A good item.")}]})
    assert response.status_code == 202, response.get_data(as_text=True)
    items = response.get_json()["items"]
    assert [item.get("error_detail") for item in items] == [*alone, None]
    assert alone[0]["message"].endswith(" and 5 more.") and len(alone[0]["fields"]) == 20
    assert len(items[0]["error"]) == 25 and items[1]["error"] == {"": ["Unknown field."]}
