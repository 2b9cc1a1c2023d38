"""Story assignment by several workers at once against one Redis: no story split, no article lost or doubled."""
from __future__ import annotations

import threading
from collections import defaultdict
from typing import Any

import pytest
import redis

from services.core import keys
from services.nlp import stories
from services.nlp.pipeline import enrich

WORKERS = 4
EDITS = (
    lambda text, n: text,
    lambda text, n: f"{text}\n\nUpdated {n} hours ago with additional reporting.",
    lambda text, n: text.replace("said", "says", 1),
    lambda text, n: "\n".join(text.splitlines()[:-2]),  # the last lines cut
    lambda text, n: f"BREAKING\n{text}",
    lambda text, n: text.replace(",", ";", 2),
    lambda text, n: text.replace("\n\n", "\n", 3),
    lambda text, n: f"{text}\n\nCopyright {2020 + n} the syndicating agency.",
)


@pytest.fixture(scope="module")
def articles(nlp, seed_texts) -> dict[str, dict[str, Any]]:
    """Forty articles: every seed as published and in seven lightly edited copies, with their features."""
    found = {}
    for seed, text in seed_texts.items():
        for n, edit in enumerate(EDITS):
            edited = edit(text, n)
            found[f"{seed}-{n}"] = stories.story_features(edited, enrich(nlp, edited))
    return found


def _client(port: int, db: int) -> redis.Redis:
    return redis.Redis(port=port, db=db, decode_responses=True)


def _assign_serially(port: int, articles: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    with _client(port, 0) as client:
        client.flushdb()
        return {name: stories.assign_story(client, name, features) for name, features in articles.items()}


def _assign_at_once(port: int, articles: dict[str, dict[str, Any]], db: int) -> dict[str, dict[str, Any]]:
    """Each worker thread, with its own connection, takes every WORKERS-th article; all start together."""
    names = sorted(articles, key=lambda name: (name[-1], name))  # copies of one report reach different workers
    results: dict[str, dict[str, Any]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(WORKERS)

    def work(share: list[str]) -> None:
        with _client(port, db) as client:
            start.wait()
            try:
                for name in share:
                    results[name] = stories.assign_story(client, name, articles[name])
            except BaseException as exc:  # surfaced below, in the test's thread
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(names[i::WORKERS],)) for i in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not errors, errors
    return results


def _members(client: redis.Redis) -> dict[str, list[str]]:
    return {key.removeprefix(keys.story_members("")): client.lrange(key, 0, -1)
            for key in client.scan_iter(keys.story_members("*"))}


def _partition(results: dict[str, dict[str, Any]]) -> list[set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for name, result in results.items():
        groups[result["story_id"]].add(name)
    return sorted(groups.values(), key=sorted)


def test_serial_assignment_groups_the_copies_by_event(private_redis, articles):
    partition = _partition(_assign_serially(private_redis, articles))
    seeds = [{name[:3] for name in group} for group in partition]
    assert sorted(map(sorted, seeds)) == [["000", "001"], ["002"], ["003"], ["004"]]


def test_workers_at_once_split_no_story_and_lose_no_article(private_redis, articles):
    serial = _partition(_assign_serially(private_redis, articles))
    with _client(private_redis, 1) as client:
        client.flushdb()
        results = _assign_at_once(private_redis, articles, db=1)
        assert set(results) == set(articles)  # every article answered
        story = {name: result["story_id"] for name, result in results.items()}
        for group in serial:  # what is one story when assigned one by one stays one story
            assert len({story[name] for name in group}) == 1, group
        members = _members(client)
        listed = [name for names in members.values() for name in names]
        assert sorted(listed) == sorted(articles)  # each article in exactly one member list
        for story_id, names in members.items():  # ... the list of the story it was told
            assert all(story[name] == story_id for name in names)
        assert all(stories.story_of(client, name) == story[name] for name in articles)
        copies = [r for r in results.values() if r["near_duplicate_of"]]
        assert len(copies) == len(articles) - len({name[:3] for name in articles})  # all but the first of each report
        assert int(client.hget(keys.feature_df(), "#docs")) == len(articles) - len(copies)  # originals, once each


def test_workers_repeating_every_assignment_change_nothing(private_redis, articles):
    with _client(private_redis, 2) as client:
        client.flushdb()
        first = _assign_at_once(private_redis, articles, db=2)
        members = _members(client)
        again = _assign_at_once(private_redis, articles, db=2)
        assert again == first and _members(client) == members
