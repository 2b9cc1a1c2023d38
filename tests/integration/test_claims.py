"""Workers batching articles: claims on the waiting set (private Redis), and a real worker claiming queued ones."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.core import keys
from services.core.queue import enqueue
from services.core.store import CLAIMED, Store, is_claimed
from services.core.submit import Services, content_digest, submit, validate

from .helpers import unique, wait_done


@pytest.fixture()
def private_store(private_redis: int) -> Iterator[Store]:
    """An empty Redis of this module's own: no worker takes these articles."""
    store = Store.from_url(f"redis://127.0.0.1:{private_redis}/0")
    store.redis.flushdb()
    yield store
    store.redis.close()


def _add(store: Store, n: int) -> list[str]:
    return [store.add_article(f"digest-{i}", {"title": f"t{i}", "text": f"Text number {i}."}).id for i in range(n)]


def test_claims_take_the_newest_waiting_articles_once(private_store):
    store = private_store
    ids = _add(store, 5)
    assert store.redis.zcard(keys.waiting()) == 5
    store.mark_processing(ids[0])  # its own task took it: no longer claimable
    claimed = store.claim_waiting(3, hold_seconds=60)
    assert [r["id"] for r in claimed] == [ids[4], ids[3], ids[2]]
    assert all(r["status"] == "processing" and r["attempts"] == 1 and is_claimed(r) for r in claimed)
    assert not is_claimed(store.get_article(ids[0]))  # processed by its own task, not held by a batch
    assert [r["id"] for r in store.claim_waiting(3, hold_seconds=60)] == [ids[1]]
    assert store.claim_waiting(3, hold_seconds=60) == []
    assert store.status_counts() == {"queued": 0, "processing": 5, "done": 0, "failed": 0}


def test_a_task_that_read_its_article_just_before_a_claim_leaves_it_to_the_claimer(private_store):
    store = private_store
    (article_id,) = _add(store, 1)
    assert store.get_article(article_id)["status"] == "queued"  # what its own task read ...
    store.claim_waiting(1, hold_seconds=60)  # ... before another worker's batch claimed it
    assert store.mark_processing(article_id) == CLAIMED
    record = store.get_article(article_id)
    assert record["attempts"] == 1 and is_claimed(record)  # one attempt, still the claimer's


def test_released_claims_wait_again_uncounted_and_expired_claims_free_the_article(private_store):
    store = private_store
    ids = _add(store, 3)
    claimed = [r["id"] for r in store.claim_waiting(2, hold_seconds=60)]
    assert store.release_claims([*claimed, ids[0]]) == 2  # ids[0] was never claimed: untouched
    for article_id in claimed:
        record = store.get_article(article_id)
        assert record["status"] == "queued" and record["attempts"] == 0 and not is_claimed(record)
    assert store.status_counts()["queued"] == 3
    short = store.claim_waiting(1, hold_seconds=0.01)[0]
    assert not is_claimed(short, now=float(short["claimed_until"]) + 1)  # its claimer is gone: its task takes it


def test_claims_released_after_a_batch_failed_as_a_whole_keep_their_attempt_and_are_not_claimed_again(private_store):
    store = private_store
    _add(store, 2)
    claimed = [r["id"] for r in store.claim_waiting(2, hold_seconds=60)]
    assert store.release_claims(claimed, uncount=False) == 2
    for article_id in claimed:
        record = store.get_article(article_id)
        assert record["status"] == "queued" and record["attempts"] == 1 and not is_claimed(record)
    assert store.claim_waiting(5, hold_seconds=60) == []  # the slow one among them would stall another batch


def test_an_article_tried_before_is_left_to_its_own_task(private_store):
    store = private_store
    (article_id,) = _add(store, 1)
    store.redis.hset(keys.article(article_id), "attempts", 1)  # a worker was lost on it once
    assert store.claim_waiting(5, hold_seconds=60) == []
    assert store.get_article(article_id)["status"] == "queued"


def test_the_worker_enriches_queued_articles_in_one_batch(client, store, settings, worker, celery_app):
    services = Services(settings, store, celery_app)
    before = store.batch_counts()
    texts = [unique(f"Batch article {n}: Olaf Scholz met Emmanuel Macron in Paris on Monday.") for n in range(4)]
    # Three stored without a message yet (as if their messages were further back in the queue) ...
    waiting = [store.add_article(content_digest(text), validate({"text": text}, settings)).id for text in texts[:3]]
    # ... and one submitted: its task claims the three.
    first = submit(services, validate({"text": texts[3]}, settings)).id
    assert wait_done(client, first)["status"] == "done"
    assert all(wait_done(client, article_id)["status"] == "done" for article_id in waiting)
    after = store.batch_counts()
    assert after["articles"] - before["articles"] > after["batches"] - before["batches"]  # some batch held several
    # Their stories were assigned in the order they came, not in the order the batch claimed them (newest first).
    assigned = [store.redis.zscore(keys.story_log(), article_id) for article_id in [*waiting, first]]
    assert None not in assigned and assigned == sorted(assigned)
    for article_id in waiting:  # their own messages, arriving late, change nothing
        enqueue(celery_app, article_id)
    late = submit(services, validate({"text": unique("A later article about Berlin.")}, settings)).id
    assert wait_done(client, late)["status"] == "done"
    assert store.finished_counts()["done"] >= 5
    assert all(store.get_article(i)["attempts"] == 1 for i in waiting)


def test_an_article_tried_before_runs_alone(client, store, settings, worker, celery_app):
    before = store.batch_counts()
    texts = [unique(f"Fresh article {n} about the harbour in Hamburg.") for n in range(3)]
    fresh = [store.add_article(content_digest(text), validate({"text": text}, settings)).id for text in texts]
    text = unique("An article a worker was lost on.")
    retried = store.add_article(content_digest(text), validate({"text": text}, settings)).id
    store.redis.hset(keys.article(retried), "attempts", 1)  # as a redelivered message finds it
    enqueue(celery_app, retried)
    assert wait_done(client, retried)["status"] == "done"
    after = store.batch_counts()
    assert (after["batches"] - before["batches"], after["articles"] - before["articles"]) == (1, 1)
    assert all(store.get_article(i)["status"] == "queued" for i in fresh)  # none taken down with it
    for article_id in fresh:
        enqueue(celery_app, article_id)
    assert all(wait_done(client, article_id)["status"] == "done" for article_id in fresh)
