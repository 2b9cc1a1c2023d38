"""The entity index and article filters, written once per article with its enrichment."""
from __future__ import annotations

import time
import uuid

import pytest
import redis

from services.core import keys
from services.core.indexes import Corpus, decode_quote_ref, index_entry
from services.core.queue import enqueue
from services.stack import processes

from .helpers import post, unique, wait_done


@pytest.fixture(scope="module")
def healey_articles(app, worker, seed_texts):
    """Seeds 000 and 003 (both quote John Healey) under a fresh source name."""
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = app.config["TEST_AUTH"]
    source = f"outlet-{uuid.uuid4().hex[:8]}"
    ids = []
    for seed, published in (("000", "2025-04-11T10:00:00+00:00"), ("003", "2024-11-25T10:00:00+00:00")):
        body = {"title": f"seed {seed}", "text": unique(seed_texts[seed]), "source": source,
                "published_at": published}
        ids.append(post(client, body).get_json()["id"])
    for article_id in ids:
        assert wait_done(client, article_id)["status"] == "done"
    return source, ids


def _healey(client) -> dict:
    found = client.get("/v1/entities?q=john%20healey&label=PERSON").get_json()["items"]
    assert found, "John Healey is not in the entity index"
    return found[0]


def test_entity_search_finds_a_person_across_articles(client, healey_articles):
    healey = _healey(client)
    assert healey["name"] == "John Healey" and healey["articles"] >= 2
    page = client.get("/v1/entities?label=PERSON&limit=5").get_json()
    assert all(row["label"] == "PERSON" for row in page["items"]) and len(page["items"]) <= 5


@pytest.mark.parametrize("query", ["JOHN HEALEY", "Jóhn Healey", "john  healey", "Healey,"])
def test_entity_search_ignores_case_accents_and_punctuation(client, healey_articles, query):
    found = client.get("/v1/entities", query_string={"q": query, "label": "PERSON"}).get_json()["items"]
    assert "John Healey" in {row["name"] for row in found}


def test_entity_page_has_articles_cooccurring_entities_and_quotes(client, healey_articles):
    _, ids = healey_articles
    entity = client.get(f"/v1/entities/{_healey(client)['entity_id']}").get_json()
    assert set(ids) <= {a["id"] for a in entity["articles"]}
    assert "Boris Pistorius" in {c["name"] for c in entity["cooccurring"]}
    assert any("Putin said he wanted peace" in q["text"] for q in entity["quotes"])
    assert entity["article_count"] >= 2 and entity["story_count"] >= len(entity["stories"]) >= 1


def test_an_entitys_quotes_are_its_newest_first_with_their_titles(client, store, healey_articles):
    entity_id = _healey(client)["entity_id"]
    newest_article = decode_quote_ref(store.redis.lindex(keys.entity_quotes(entity_id), -1))[0]
    quotes = client.get(f"/v1/entities/{entity_id}").get_json()["quotes"]
    assert quotes[0]["article_id"] == newest_article
    assert quotes[0]["title"] == store.get_article(newest_article)["title"]


def test_processing_an_article_twice_leaves_the_index_unchanged(client, celery_app, store, healey_articles):
    _, ids = healey_articles
    healey_id = _healey(client)["entity_id"]
    _wait_idle(store)  # earlier tests' articles may still be in the queue and mention Healey too
    before = store.redis.hgetall(keys.entity(healey_id))
    for article_id in ids:
        enqueue(celery_app, article_id)  # a redelivered task
    time.sleep(2)  # let the worker take them; they must change nothing
    _wait_idle(store)
    assert store.redis.hgetall(keys.entity(healey_id)) == before


def _wait_idle(store) -> None:
    """Until no article is queued or processing and the queue is empty."""
    def idle() -> bool:
        return store.redis.zcard(keys.pending()) == 0 and store.redis.llen(keys.NLP_QUEUE) == 0

    processes.wait_until(idle, 300, "an idle queue")


def test_article_filters_combine(client, healey_articles):
    source, ids = healey_articles
    healey_id = _healey(client)["entity_id"]

    def listed(query: str) -> list[str]:
        response = client.get(f"/v1/articles?{query}")
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["items"]]

    assert listed(f"source={source}") == ids[::-1]
    assert listed(f"source={source}&entity={healey_id}") == ids[::-1]
    assert listed(f"source={source}&label=PERSON") == ids[::-1]
    assert listed(f"source={source}&label=person") == ids[::-1]  # a label in any case
    assert listed(f"source={source}&q=Ramstein") == [ids[0]]
    assert listed(f"source={source}&since=2025-01-01") == [ids[0]]
    assert listed(f"source={source}&until=2025-01-01") == [ids[1]]
    assert listed(f"source={source}&limit=1") == [ids[1]]
    first = client.get(f"/v1/articles?source={source}&label=PERSON&limit=1").get_json()
    assert [item["id"] for item in first["items"]] == [ids[1]]
    assert listed(f"source={source}&label=PERSON&limit=1&cursor={first['next_cursor']}") == [ids[0]]
    assert listed(f"source={source}-nobody") == []
    assert listed(f"source={source.upper()}") == []  # the source as stored, case included (README, List)


def test_a_zone_offsets_plus_sent_unencoded_is_read_as_the_plus(client, healey_articles):
    """`since=2025-04-11T12:00:00+02:00` as curl or an address bar sends it: the query string's '+' is a space, and the
    filter was 422 "Not an ISO 8601 date or date-time". Guard: a date and a time written with a space are still the
    time in UTC, no offset."""
    source, ids = healey_articles  # the first published at 2025-04-11T10:00:00Z

    def listed(query: str) -> list[str]:
        response = client.get(f"/v1/articles?source={source}&{query}")
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["items"]]

    assert listed("since=2025-04-11T12:00:00+02:00") == listed("since=2025-04-11T12:00:00%2B02:00") == [ids[0]]
    assert listed("since=2025-04-11T12:00:01+02:00") == [] and listed("until=2025-04-11T12:00:00+0200") == [ids[1]]
    assert listed("since=2025-04-11%2010:00") == [ids[0]] and listed("since=2025-04-11%2010:00:01") == []


@pytest.mark.parametrize("query", ["since=yesterday", "label=NOPE", "q=x", "until=2025-13-01",
                                   "since=2025-02-01&until=2025-01-01", "since=2025-01-01&until=2025-01-01"])
def test_bad_filters_are_422(client, query):
    response = client.get(f"/v1/articles?{query}")
    assert response.status_code == 422 and response.get_json()["error"]["fields"]


def test_an_unknown_entity_label_is_422_and_names_the_labels(client):
    response = client.get("/v1/entities?label=NOPE")
    assert response.status_code == 422 and "PERSON" in str(response.get_json()["error"]["fields"]["label"])


@pytest.mark.parametrize("path", ["/v1/entities?limit=0", "/v1/entities?cursor=x", "/v1/entities?label=1",
                                  # past 64 bits: Redis would refuse the index (a 500 before)
                                  "/v1/entities?cursor=9223372036854775808", "/v1/stories?cursor=9223372036854775808",
                                  "/v1/articles?cursor=9223372036854775808",
                                  # nothing to match once punctuation is set aside: it listed every entity
                                  "/v1/entities?q=%21%21%21", "/v1/entities?q=%20%20", "/v1/entities?q=-",
                                  # an empty filter listed everything (an empty label was 422 already)
                                  "/v1/articles?source=", "/v1/articles?entity=", "/v1/articles?story="])
def test_bad_entity_parameters_are_422(client, path):
    assert client.get(path).status_code == 422


def test_entity_pages_neither_repeat_nor_skip_while_the_ranking_changes(tmp_path):
    """An offset cursor showed entities twice (and skipped others) when entities above it gained mentions."""
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "ranking-redis", appendonly=False)
    try:
        corpus = Corpus(redis.Redis(port=port, decode_responses=True))
        ids = [f"{n:016x}" for n in range(30)]
        for n, entity_id in enumerate(ids):  # ten tied at 5 mentions, ten at 3, ten at 1
            corpus.redis.zadd(keys.entities_ranked(), {entity_id: 5 - 2 * (n // 10)})
            corpus.redis.hset(keys.entity(entity_id), mapping={"name": f"Name {n}", "label": "ORG", "mentions": 1})
        first, cursor = corpus.entities(None, None, None, 7)
        seen = [row["name"] for row in first]
        corpus.redis.zincrby(keys.entities_ranked(), 100, ids[25])  # from below the cursor to the top: not seen now
        for row in first[:3]:
            corpus.redis.zincrby(keys.entities_ranked(), 100, ids[int(row["name"].split()[1])])  # seen, moved up
        while cursor is not None:
            page, cursor = corpus.entities(None, None, cursor, 7)
            seen += [row["name"] for row in page]
        assert len(seen) == len(set(seen)) == 29 and "Name 25" not in seen
    finally:
        processes.stop(proc)


BRIENS = ["O’Brien", "Conan O'Brien"]


@pytest.mark.parametrize(("query", "found"), [
    ("obrien", BRIENS), ("obr", BRIENS),  # the README's "punctuation aside": an apostrophe inside a word too
    ("o'brien", BRIENS), ("O’BRIEN", BRIENS), ("o brien", BRIENS), ("brien", BRIENS), ("Ob Rien", []),
    ("dangelo", ["D’Angelo Russell"]), ("ob", [*BRIENS, "Obama"]),
])
def test_entity_search_sets_apostrophes_inside_words_aside(tmp_path, query, found):
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "search-redis", appendonly=False)
    try:
        corpus = Corpus(redis.Redis(port=port, decode_responses=True))
        for n, name in enumerate(["O’Brien", "Conan O'Brien", "D’Angelo Russell", "Obama"]):
            corpus.redis.zadd(keys.entities_ranked(), {f"{n:016x}": 10 - n})
            corpus.redis.hset(keys.entity(f"{n:016x}"), mapping={"name": name, "label": "PERSON", "mentions": 1})
        assert [row["name"] for row in corpus.entities(None, query, None, 10)[0]] == found
    finally:
        processes.stop(proc)


def test_unknown_entity_is_404(client):
    assert client.get("/v1/entities/unknown").status_code == 404


def test_an_entity_is_shown_under_the_spelling_most_of_its_articles_use(store):
    """Entity ids fold case and accents; the name shown is the commonest spelling, ties to the first seen."""
    entity = uuid.uuid4().hex[:16]

    def index_article(spelling: str) -> str:
        submitted = store.add_article(uuid.uuid4().hex, {"text": f"{spelling} spoke.", "source": "spellings"})
        assert store.mark_processing(submitted.id) == 1
        enrichment = {"entity_groups": [{"entity_id": entity, "name": spelling, "label": "PERSON", "mentions": 1}],
                      "quotes": [], "processing_ms": 1.0}
        assert store.mark_done(submitted.id, enrichment, index_entry(store.get_article(submitted.id), enrichment)) == 1
        return Corpus(store.redis).entity(entity)["name"]

    assert index_article("Emmanuel Macron") == "Emmanuel Macron"
    assert index_article("EMMANUEL MACRON") == "Emmanuel Macron"  # one each: the first stays
    assert index_article("EMMANUEL MACRON") == "EMMANUEL MACRON"  # two to one
    assert index_article("Emmanuel Macron") == "EMMANUEL MACRON"
    assert index_article("Emmanuel Macron") == "Emmanuel Macron"


def test_an_entity_is_labelled_as_most_of_its_articles_label_it_and_listed_under_that_label(client, store):
    entity, name = uuid.uuid4().hex[:16], f"Quillpoint {uuid.uuid4().hex[:6]}"

    def index_article(label: str) -> str:
        submitted = store.add_article(uuid.uuid4().hex, {"text": f"{name} spoke.", "source": "labels"})
        assert store.mark_processing(submitted.id) == 1
        enrichment = {"entity_groups": [{"entity_id": entity, "name": name, "label": label, "mentions": 1}],
                      "quotes": [], "processing_ms": 1.0}
        assert store.mark_done(submitted.id, enrichment, index_entry(store.get_article(submitted.id), enrichment)) == 1
        return Corpus(store.redis).entity(entity)["label"]

    def listed(label: str) -> bool:
        found = client.get(f"/v1/entities?label={label}&q={name}").get_json()["items"]
        return any(e["entity_id"] == entity for e in found)

    assert index_article("ORG") == "ORG"
    assert index_article("PERSON") == "ORG"  # one each: the first stays
    assert listed("ORG") and not listed("PERSON")
    assert index_article("PERSON") == "PERSON"  # two to one
    assert listed("PERSON") and not listed("ORG")


def test_an_untitled_article_and_its_story_have_a_null_title_on_the_entity_page(client, worker):
    article_id = post(client, {"text": unique("Zofia Brzezinska-Kowalczyk opened the new library in Gdansk.")}
                      ).get_json()["id"]
    assert wait_done(client, article_id)["status"] == "done"
    found = client.get("/v1/entities?q=Brzezinska-Kowalczyk").get_json()["items"]
    page = client.get(f"/v1/entities/{found[0]['entity_id']}").get_json()
    assert [a["title"] for a in page["articles"] if a["id"] == article_id] == [None]
    assert page["stories"] and all(s["title"] is None for s in page["stories"])
