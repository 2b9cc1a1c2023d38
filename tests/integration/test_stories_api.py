"""Stories through the real system: seeds 000 and 001 form one story, 002-004 stand apart.

The module has a Redis and a worker of its own: an article joins a story by its similarity to those before it, its
terms weighted by how rare they are among all the articles stored, so on the session's Redis the modules that ran
before this one decided the seeds' stories (after test_articles_api and test_webhook_worker, seed 003 joined 000's).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from flask import Flask

from services.api import create_app
from services.core.queue import make_celery
from services.stack import processes
from tests.conftest import ADMIN_KEY

from .helpers import post, unique, wait_done


@pytest.fixture(scope="module")
def app(private_redis, service_env, settings, tmp_path_factory) -> Iterator[Flask]:
    """The API app on the module's own Redis, with a worker of its own consuming it (conftest's `client` asks this
    module's `app`)."""
    url = f"redis://127.0.0.1:{private_redis}/0"
    own = dataclasses.replace(settings, redis_url=url)
    log = tmp_path_factory.mktemp("stories-worker") / "worker.log"
    proc = processes.start_worker({**service_env, "REDIS_URL": url}, concurrency=1, name="stories", log=log)
    celery = make_celery(own)
    try:
        processes.wait_until(lambda: bool(celery.control.ping(timeout=0.5)), 120, "worker", proc)
        yield create_app(own, {"TESTING": True, "TEST_AUTH": f"Bearer {ADMIN_KEY}"})
    finally:
        processes.stop(proc)


@pytest.fixture(scope="module")
def seed_articles(app, seed_texts) -> dict[str, dict]:
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = app.config["TEST_AUTH"]
    ids = {seed: post(client, {"title": f"seed {seed}", "text": unique(text)}).get_json()["id"]
           for seed, text in sorted(seed_texts.items())}
    return {seed: wait_done(client, article_id) for seed, article_id in ids.items()}


def test_seeds_join_the_right_stories(seed_articles):
    story = {seed: body["enrichment"]["story_id"] for seed, body in seed_articles.items()}
    assert all(story.values())
    assert story["000"] == story["001"]
    assert len({story["000"], story["002"], story["003"], story["004"]}) == 4


def test_story_page_shows_agreement_and_conflict(client, seed_articles):
    story_id = seed_articles["000"]["enrichment"]["story_id"]
    story = client.get(f"/v1/stories/{story_id}").get_json()
    assert {seed_articles["000"]["id"], seed_articles["001"]["id"]} <= {a["id"] for a in story["articles"]}
    assert story["size"] == len(story["articles"]) >= 2 and len(story["timeline"]) == story["size"]
    agree = {(f["kind"], f["label"]) for f in story["diff"]["agree"]}
    conflict = {(f["kind"], f["label"]) for f in story["diff"]["conflict"]}
    assert ("money", "21bn EUR") in agree
    assert ("figure", "40 country vs 50 country") in conflict
    assert story["diff"]["single"]


def test_story_list_is_paginated_and_names_top_entities(client, seed_articles):
    page = client.get("/v1/stories?limit=2").get_json()
    assert len(page["items"]) == 2 and page["next_cursor"]
    rest = client.get(f"/v1/stories?limit=2&cursor={page['next_cursor']}").get_json()
    assert not {s["id"] for s in page["items"]} & {s["id"] for s in rest["items"]}
    story_id = seed_articles["004"]["enrichment"]["story_id"]
    listed = client.get(f"/v1/stories/{story_id}").get_json()
    assert "Jens Stoltenberg" in {e["name"] for e in listed["top_entities"]}


def test_articles_filter_by_story(client, seed_articles):
    story_id = seed_articles["000"]["enrichment"]["story_id"]
    ids = {item["id"] for item in client.get(f"/v1/articles?story={story_id}&limit=100").get_json()["items"]}
    assert {seed_articles["000"]["id"], seed_articles["001"]["id"]} <= ids
    assert seed_articles["002"]["id"] not in ids


@pytest.mark.parametrize("path", ["/v1/stories?limit=0", "/v1/stories?limit=1000", "/v1/stories?cursor=abc"])
def test_bad_story_parameters_are_422(client, path):
    assert client.get(path).status_code == 422


def test_unknown_story_is_404(client):
    assert client.get("/v1/stories/nope").status_code == 404


def test_stories_keep_to_the_time_the_reports_were_published(client, seed_texts):
    """The same report published two months later opens a story of its own; two days later it joins."""
    def report(published_at: str) -> dict:
        body = {"text": unique(seed_texts["002"]), "published_at": published_at}
        return wait_done(client, post(client, body).get_json()["id"])["enrichment"]

    first = report("2011-05-01T08:00:00Z")
    later = report("2011-07-01T08:00:00Z")
    close = report("2011-05-03T08:00:00Z")
    assert close["story_id"] == first["story_id"] and close["near_duplicate_of"]
    assert later["story_id"] not in (first["story_id"], None) and later["near_duplicate_of"] is None
