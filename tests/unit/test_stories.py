"""Story clustering on the seeds, against a private Redis of its own."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from services.nlp import stories
from services.nlp.pipeline import enrich
from services.stack import processes


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[redis.Redis]:
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "redis", appendonly=False)
    connection = redis.Redis(port=port, decode_responses=True)
    yield connection
    connection.close()
    processes.stop(proc)


@pytest.fixture(scope="module")
def seed_features(nlp, seed_texts) -> dict[str, dict[str, float]]:
    return {seed: stories.story_features(text, enrich(nlp, text)) for seed, text in seed_texts.items()}


def _variant(nlp, text: str, n: int) -> dict[str, float]:
    """Features of a lightly edited copy (a syndicated version with an added line)."""
    edited = f"{text}\n\nThis report was updated at {n} o'clock with additional reporting."
    return stories.story_features(edited, enrich(nlp, edited))


@pytest.mark.xfail(reason="issue 4 open: seeds 000/001 clustering is borderline (closing note)", strict=False)
def test_the_ramstein_reports_share_a_story_and_the_other_events_stand_apart(client, seed_features):
    story = {seed: stories.assign_story(client, seed, features)["story_id"] for seed, features in seed_features.items()}
    assert story["000"] == story["001"]
    assert len({story["000"], story["002"], story["003"], story["004"]}) == 4


def test_assignment_is_idempotent(client, seed_features):
    first = stories.assign_story(client, "a", seed_features["000"])
    members = client.llen(f"nw:story_members:{first['story_id']}")
    again = stories.assign_story(client, "a", seed_features["000"])
    assert again == first and client.llen(f"nw:story_members:{first['story_id']}") == members
    assert first["new_story"] and first["near_duplicate_of"] is None


def test_a_lightly_edited_copy_is_flagged_as_a_near_duplicate(client, nlp, seed_texts, seed_features):
    original = stories.assign_story(client, "original", seed_features["004"])
    copy = stories.assign_story(client, "copy", _variant(nlp, seed_texts["004"], 1))
    assert copy["story_id"] == original["story_id"] and copy["near_duplicate_of"] == "original"
    other = stories.assign_story(client, "other-outlet", seed_features["001"])
    stories.assign_story(client, "first-outlet", seed_features["000"])
    assert other["near_duplicate_of"] is None


def test_workers_assigning_at_once_split_no_story_and_lose_no_article(client, nlp, seed_texts):
    articles = {f"{seed}-{n}": _variant(nlp, seed_texts[seed], n) for seed in ("000", "002", "003", "004") for n in
                range(4)}
    results: dict[str, dict] = {}

    def assign(names: list[str]) -> None:
        for name in names:
            results[name] = stories.assign_story(client, name, articles[name])

    names = sorted(articles)
    threads = [threading.Thread(target=assign, args=(names[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert set(results) == set(articles)  # every article assigned, once
    story = {name: result["story_id"] for name, result in results.items()}
    for seed in ("000", "002", "003", "004"):  # copies of one report are never split, whatever the order
        assert len({story[n] for n in names if n.startswith(seed)}) == 1
        assert sum(results[n]["near_duplicate_of"] is not None for n in names if n.startswith(seed)) >= 3
    members = [m for s in set(story.values()) for m in client.lrange(f"nw:story_members:{s}", 0, -1)]
    assert sorted(members) == names  # each article in exactly one story's member list
