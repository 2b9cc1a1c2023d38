"""Story clustering on the seed articles, against a private Redis of its own."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis

from services.core import keys
from services.nlp import stories
from services.nlp.pipeline import enrich
from services.stack import processes


@pytest.fixture()
def client(private_redis: int) -> Iterator[redis.Redis]:
    """An empty database for each test."""
    connection = redis.Redis(port=private_redis, decode_responses=True)
    connection.flushdb()
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def seed_enrichments(nlp, seed_texts) -> dict[str, dict[str, Any]]:
    return {seed: enrich(nlp, text) for seed, text in seed_texts.items()}


@pytest.fixture(scope="module")
def seed_features(seed_texts, seed_enrichments) -> dict[str, dict[str, Any]]:
    return {seed: stories.story_features(text, seed_enrichments[seed]) for seed, text in seed_texts.items()}


def _edited(text: str) -> str:
    """A lightly edited copy, as a syndicating outlet publishes it: a word changed, a line added."""
    return text.replace("said", "says", 1) + "\n\nAdditional reporting by our correspondents."


def _snapshot(client: redis.Redis) -> dict[str, Any]:
    """Every key with its content, to show that a call changed nothing."""
    read = {"string": client.get, "hash": client.hgetall, "list": lambda k: client.lrange(k, 0, -1),
            "zset": lambda k: client.zrange(k, 0, -1, withscores=True), "set": client.smembers}
    return {key: read[client.type(key)](key) for key in client.keys()}


def _stories(client: redis.Redis, features: dict[str, dict[str, Any]], order: list[str]) -> dict[str, str]:
    return {seed: stories.assign_story(client, seed, features[seed])["story_id"] for seed in order}


@pytest.mark.parametrize("order", [["000", "001", "002", "003", "004"], ["004", "003", "002", "001", "000"],
                                   ["003", "001", "002", "000", "004"]])
def test_the_ramstein_reports_share_a_story_and_the_other_events_stand_apart(client, seed_features, order):
    story = _stories(client, seed_features, order)
    assert story["000"] == story["001"]
    assert len({story["000"], story["002"], story["003"], story["004"]}) == 4


def _second_of_two(client: redis.Redis, features: dict[str, dict[str, Any]], first: str, second: str
                   ) -> dict[str, Any]:
    """The assignment of `second` on an empty store that holds only `first`."""
    client.flushdb()
    stories.assign_story(client, first, features[first])
    return stories.assign_story(client, second, features[second])


def test_the_first_two_articles_score_alike_whichever_came_first(client, seed_features):
    """The first article was weighted alone (no IDF at all): it is weighted again with the second's corpus."""
    later = _second_of_two(client, seed_features, "000", "003")
    earlier = _second_of_two(client, seed_features, "003", "000")
    assert later["similarity"] == earlier["similarity"] > 0
    # Sibling events (the same ministers, another meeting): 000 scored 0.41 against 003 weighted alone, and joined it.
    assert later["new_story"] and earlier["new_story"]


def test_young_articles_are_weighted_again_until_the_corpus_settles(client, seed_features, monkeypatch):
    monkeypatch.setattr(stories, "YOUNG_CORPUS", 2)
    monkeypatch.setattr(stories, "SETTLED_CORPUS", 4)
    story = _stories(client, seed_features, ["000", "002", "003"])
    young = json.loads(client.get(keys.story_vector("000")))  # weighted alone: every term as rare as the next
    assert client.smembers(keys.story_young()) == {"000"} and young["docs"] == 1 and "f" in young
    assert "f" not in json.loads(client.get(keys.story_vector("002")))
    story |= _stories(client, seed_features, ["004"])  # the fourth article: the corpus is settled
    settled = json.loads(client.get(keys.story_vector("000")))
    assert not client.exists(keys.story_young()) and settled["docs"] == 4 and "f" not in settled
    assert settled["v"]["w"] != young["v"]["w"] and settled["story"] == young["story"] == story["000"]
    assert _stories(client, seed_features, ["001"])["001"] == story["000"]  # the Ramstein pair, as ever


def test_features_are_plain_json_and_depend_only_on_the_input(seed_texts, seed_enrichments, seed_features):
    again = stories.story_features(seed_texts["000"], seed_enrichments["000"])
    assert json.loads(json.dumps(seed_features["000"])) == again == seed_features["000"]
    terms = again["terms"]
    assert {"healey", "pistorius"} <= terms["t"].keys() and "EUR:2.1e+10" in terms["m"]
    assert again["protagonist"] and len(again["sketch"]) == stories.SKETCH_SIZE


def test_assignment_is_idempotent(client, seed_features):
    first = stories.assign_story(client, "a", seed_features["000"])
    state = _snapshot(client)
    again = stories.assign_story(client, "a", seed_features["000"])
    assert again == first
    assert _snapshot(client) == state  # nothing changed
    assert client.lrange(keys.story_members(first["story_id"]), 0, -1) == ["a"]
    assert first["new_story"] and first["near_duplicate_of"] is None
    assert stories.story_of(client, "a") == first["story_id"] and stories.story_of(client, "b") is None


def test_a_lightly_edited_copy_is_flagged_as_a_near_duplicate(client, nlp, seed_texts, seed_features):
    assert stories.corpus_size(client) == 0
    original = stories.assign_story(client, "original", seed_features["004"])
    text = _edited(seed_texts["004"])
    copy = stories.assign_story(client, "copy", stories.story_features(text, enrich(nlp, text)))
    assert copy == {"story_id": original["story_id"], "similarity": copy["similarity"], "near_duplicate_of": "original",
                    "new_story": False}
    assert stories.corpus_size(client) == 1  # a copy says nothing new about the words: not counted
    first_outlet = stories.assign_story(client, "first-outlet", seed_features["000"])
    other_outlet = stories.assign_story(client, "other-outlet", seed_features["001"])
    assert other_outlet["story_id"] == first_outlet["story_id"] and other_outlet["near_duplicate_of"] is None


def test_reports_weeks_apart_are_never_neighbours(client, seed_features):
    day = 86400.0
    first = stories.assign_story(client, "then", seed_features["000"], published_at=1_700_000_000.0)
    later = stories.assign_story(client, "later", seed_features["000"], published_at=1_700_000_000.0 + 30 * day)
    assert later["new_story"] and later["story_id"] != first["story_id"]


def test_sketch_jaccard_estimates_the_shared_share_of_shingles():
    words = [f"w{i}" for i in range(200)]
    a, b = " ".join(words[:150]), " ".join(words[50:])
    assert stories.sketch_jaccard(stories.shingle_sketch(a), stories.shingle_sketch(a)) == 1.0
    assert abs(stories.sketch_jaccard(stories.shingle_sketch(a), stories.shingle_sketch(b)) - 96 / 196) < 0.15
    assert stories.sketch_jaccard([], stories.shingle_sketch(a)) == 0.0


def test_the_shared_protagonist_and_a_year_conflict_move_the_similarity():
    base = {"v": {"w": {"quake": 1.0}}, "p": []}
    hero = {"v": {"w": {"quake": 1.0}, "t": {"smith": 1.0}}, "p": ["smith"]}
    other = {"v": {"w": {"quake": 1.0}, "t": {"jones": 1.0}}, "p": ["jones"]}
    assert stories.similarity(hero, hero) > stories.similarity(base, base) > stories.similarity(hero, other)
    then = {"v": {"w": {"quake": 1.0}, "y": {"2008": 1.0}}, "p": []}
    now = {"v": {"w": {"quake": 1.0}, "y": {"2013": 1.0}}, "p": []}
    assert stories.similarity(then, now) == pytest.approx(stories.similarity(base, base) - stories.YEAR_CONFLICT)


def test_two_matches_of_the_same_teams_are_told_apart_by_their_scores(nlp):
    first = ("Arsenal beat Chelsea\n\nArsenal moved three points clear at the top of the Premier League with a 3-1 "
             "victory over Chelsea at the Emirates Stadium on Sunday. Bukayo Saka and Kai Havertz scored.")
    second = ("Arsenal held by Chelsea\n\nChelsea held Arsenal to a 2-2 draw at Stamford Bridge on Saturday, denting "
              "the Gunners' title hopes. Cole Palmer scored twice before Bukayo Saka levelled.")
    same = ("Chelsea lose at the Emirates\n\nChelsea lost 1-3 to Arsenal on Sunday, with Bukayo Saka and Kai "
            "Havertz on the scoresheet for the leaders at the Emirates Stadium.")
    features = {name: stories.story_features(text, enrich(nlp, text))
                for name, text in (("first", first), ("second", second), ("same", same))}
    assert [features[n]["terms"]["s"] for n in ("first", "second", "same")] == [{"3-1": 1.0}, {"2-2": 1.0},
                                                                                  {"3-1": 1.0}]
    # A share of the sentence "10 years, 5-6 arrests" is no score: no word of a result near it.
    assert stories.story_features("Police made 5-6 arrests in the raid on Monday.", {})["terms"]["s"] == {}
    # A shoot-out's score, and a court's vote, are not the match result another report gives.
    for other in ("France were beaten 4-2 on penalties in the final.", "The court held 5-4 that the law stands."):
        assert stories.story_features(other, {})["terms"]["s"] == {}
    base = {"v": {"w": {"derby": 1.0}}, "p": []}
    one, other = ({"v": {"w": {"derby": 1.0}, "s": {score: 1.0}}, "p": []} for score in ("3-1", "2-2"))
    assert stories.similarity(one, other) == pytest.approx(stories.similarity(base, base) - stories.SCORE_CONFLICT)
    assert stories.similarity(one, one) > stories.similarity(base, base)


def test_an_article_without_features_opens_its_own_story(client):
    empty = stories.story_features("", {"entity_groups": [], "money": [], "quotes": []})
    first = stories.assign_story(client, "x", empty)
    second = stories.assign_story(client, "y", empty)
    assert first["new_story"] and first["story_id"] == stories.new_story_id("x")
    assert second["new_story"] and second["story_id"] == stories.new_story_id("y")




def test_assignment_works_against_a_second_server(tmp_path, client, seed_features):
    stories.assign_story(client, "here", seed_features["002"])
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path / "other", appendonly=False)
    try:
        with redis.Redis(port=port, decode_responses=True) as other:
            there = stories.assign_story(other, "there", seed_features["002"])
            assert there["story_id"] == stories.new_story_id("there")
            assert other.exists(keys.story_vector("there")) and not other.exists(keys.story_vector("here"))
    finally:
        processes.stop(proc)


class _InterruptedClient(redis.Redis):
    """A client whose first lock request waits for `meanwhile` to run: other workers assigning in between, after
    this one read its neighbours."""

    def __init__(self, meanwhile: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.meanwhile = meanwhile

    def lock(self, *args: Any, **kwargs: Any):  # type: ignore[no-untyped-def, override]
        meanwhile, self.meanwhile = self.meanwhile, lambda: None
        meanwhile()
        return super().lock(*args, **kwargs)


@pytest.fixture(scope="module")
def copy_features(nlp, seed_texts) -> dict[str, Any]:
    """Features of a lightly edited copy of seed 004."""
    text = _edited(seed_texts["004"])
    return stories.story_features(text, enrich(nlp, text))


def _assign_copy_while(client: redis.Redis, port: int, copy_features: dict[str, Any],
                       meanwhile: Callable[[], None]) -> dict[str, Any]:
    """Assign the copy, with `meanwhile` run after it read an empty store and before it takes the lock."""
    with _InterruptedClient(meanwhile, port=port, decode_responses=True) as own:
        return stories.assign_story(own, "copy", copy_features)


def test_an_article_assigned_while_another_read_its_neighbours_is_seen_under_the_lock(
        client, private_redis, seed_features, copy_features):
    results: dict[str, dict[str, Any]] = {}

    def original_assigned() -> None:  # only the log shows it to the copy
        results["original"] = stories.assign_story(client, "original", seed_features["004"])

    results["copy"] = _assign_copy_while(client, private_redis, copy_features, original_assigned)
    assert results["original"]["story_id"] == results["copy"]["story_id"]
    assert {r["near_duplicate_of"] for r in results.values()} in ({None, "original"}, {None, "copy"})


def test_when_the_log_no_longer_reaches_back_the_neighbours_are_read_again(
        client, private_redis, seed_features, copy_features, monkeypatch):
    monkeypatch.setattr(stories, "LOG_KEPT", 1)
    original: dict[str, Any] = {}

    def others_assign() -> None:  # the original, then an unrelated report that pushes it out of the log
        original.update(stories.assign_story(client, "original", seed_features["004"]))
        stories.assign_story(client, "unrelated", seed_features["002"])

    copy = _assign_copy_while(client, private_redis, copy_features, others_assign)
    assert client.zrange(keys.story_log(), 0, -1) == ["copy"]  # one entry kept
    assert copy["story_id"] == original["story_id"] and copy["near_duplicate_of"] == "original"


def test_neighbours_are_the_articles_sharing_the_most_looked_up_weight(client):
    """The server-side ranking equals summing the postings' weights in Python, ties to the article seen first."""
    # Postings written directly: article i is filed under every term t with t % (i % 5 + 1) == 0, so some
    # articles share exactly the same weight (ties) and the order of the sums matters.
    terms = [f"w:term{t}" for t in range(12)]
    for i in range(40):
        client.set(keys.story_vector(f"n{i}"), json.dumps({"v": {}, "p": [], "time": 1_000.0, "story": "s"}))
        for t, name in enumerate(terms):
            if t % (i % 5 + 1) == 0:
                client.zadd(keys.story_feature_articles(name), {f"n{i}": 1_000.0 + i})
    article = {"v": {"w": {name[2:]: round(0.1 + 0.07 * (t * 7 % 12), 5) for t, name in enumerate(terms)}}, "p": [],
               "time": 1_000.0, "docs": 41}
    expected: dict[str, float] = {}
    for name, weight in stories._query_terms(article):
        for neighbour in client.zrevrange(keys.story_feature_articles(name), 0, stories.POSTINGS_READ - 1):
            expected[neighbour] = expected.get(neighbour, 0.0) + weight
    ranked = sorted(expected, key=lambda n: -expected[n])[:stories.MAX_NEIGHBOURS]  # stable: ties keep first seen
    found = stories._neighbours(client, article)
    assert list(found) == ranked
    assert len(set(expected.values())) < len(expected), "no ties: the test would not see their order"
    assert found[ranked[0]]["story"] == "s"


def test_the_story_of_the_nearest_neighbour_is_tried_first(client):
    """One close report of the event outranks two fair reports of a sibling event (whose scores sum higher)."""
    article = {"v": {}, "p": [], "mh": [], "time": 1_000.0, "docs": 5}
    near, sibling = {"story": "event"}, {"story": "sibling"}
    client.rpush(keys.story_members("event"), "a1", "a2")
    client.rpush(keys.story_members("sibling"), "b1", "b2")
    scored = [(0.7, "a1", near), (0.55, "b1", sibling), (0.5, "b2", sibling), (0.3, "a2", near)]
    assert 0.55 + 0.5 > 0.7 >= stories.JOIN_THRESHOLD
    decided = stories._decide(client, "x", article, scored)
    assert (decided["story_id"], decided["similarity"], decided["new_story"]) == ("event", 0.7, False)
    # The nearest story is still judged by its recent members: too far from them on average, the next is tried.
    scored[-1] = (2 * stories.STORY_THRESHOLD - 0.7 - 0.1, "a2", near)  # mean of a1, a2 under the threshold
    assert stories._decide(client, "x", article, scored)["story_id"] == "sibling"


def test_a_number_of_thousands_of_digits_is_a_feature_like_any_other(client, nlp):
    # int() refuses strings of over 4,300 digits: the article failed in story assignment.
    text = "Officials said " + "7" * 4301 + " people attended the rally in Paris on Monday, the organisers said."
    features = stories.story_features(text, enrich(nlp, text))
    assert "7" * 4301 in features["terms"]["n"]
    assert stories.assign_story(client, "digits", features)["new_story"]


def test_a_scoreline_names_the_result_and_a_result_recalled_later_is_not_the_articles(nlp):
    text = ("Chelsea 2-0 Arsenal\n\nChelsea knocked holders Arsenal out of the FA Cup at Stamford Bridge, a week after "
            "losing to the Gunners in the league. Arteta made eight changes from the side that beat Chelsea 3-1.")
    assert stories.story_features(text, {})["terms"]["s"] == {"2-0": 1.0}
    assert stories.story_features("Arsenal 3-1 Chelsea (Saka 38, 58; Palmer 12)\n\nFor 35 minutes ...", {})[
        "terms"]["s"] == {"3-1": 1.0}
