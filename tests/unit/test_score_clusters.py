"""The story clustering scorer: B-cubed on hand-made cases, the TF-IDF baseline, the run through Redis."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import redis

from services.eval.score_clusters import (
    baseline_tfidf_clusters,
    bcubed,
    load_ecb,
    shuffled,
    story_clusters,
    tune_baseline,
)
from services.nlp.stories import story_features

GOLD = {"a": "G1", "b": "G1", "c": "G1", "d": "G2", "e": "G2"}
QUAKE = "A strong earthquake struck Qeshm island in southern Iran on Sunday, killing ten people in the villages."
STORM = "Hurricane Ike made landfall near Galveston in Texas on Saturday, flooding streets and cutting power lines."


def test_bcubed_of_a_hand_made_clustering():
    # Precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3; recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2.
    score = bcubed(GOLD, {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"})
    assert score["p"] == pytest.approx(11 / 15) and score["r"] == pytest.approx(11 / 15)
    assert score["f1"] == pytest.approx(11 / 15)


def test_bcubed_of_the_extreme_clusterings():
    one = bcubed(GOLD, dict.fromkeys(GOLD, "all"))
    assert one["r"] == 1.0 and one["p"] == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)
    alone = bcubed(GOLD, {item: item for item in GOLD})
    assert alone["p"] == 1.0 and alone["r"] == pytest.approx((3 * 1 / 3 + 2 * 1 / 2) / 5)
    assert bcubed(GOLD, GOLD) == {"p": 1.0, "r": 1.0, "f1": 1.0}
    with pytest.raises(ValueError, match="no predicted cluster"):
        bcubed(GOLD, {"a": "x"})


def test_the_baseline_groups_texts_by_tfidf_centroid():
    texts = [QUAKE, STORM, QUAKE.replace("ten", "eleven"), STORM.replace("Saturday", "Sunday")]
    assert baseline_tfidf_clusters(texts, 0.5) == [0, 1, 0, 1]
    assert baseline_tfidf_clusters(texts, 1.01) == [0, 1, 2, 3]


def test_load_and_tune_on_a_small_file(tmp_path: Path):
    rows = [{"id": str(i), "topic": 1, "story": "quake" if i % 2 else "storm", "text": QUAKE if i % 2 else STORM}
            for i in range(6)]
    path = tmp_path / "ecb.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    records = load_ecb(path)
    assert records == rows
    threshold, score = tune_baseline(records, [0.5, 1.01])
    assert threshold == 0.5 and score["f1"] == 1.0
    assert sorted(r["id"] for r in shuffled(records, 1)) == sorted(r["id"] for r in records)
    assert shuffled(records, 1) == shuffled(records, 1) != records


def test_story_clusters_assigns_every_record_through_redis(private_redis: int):
    records = [{"id": f"q{i}", "text": QUAKE + f" Update {i}."} for i in range(3)]
    records += [{"id": f"s{i}", "text": STORM + f" Update {i}."} for i in range(3)]
    no_entities = {"entity_groups": [], "money": [], "quotes": []}
    features = {r["id"]: story_features(r["text"], no_entities) for r in records}
    with redis.Redis(port=private_redis, decode_responses=True) as client:
        client.flushdb()
        stories, timings = story_clusters(client, records, features)
    assert len(timings) == 6
    assert bcubed({r["id"]: r["id"][0] for r in records}, stories)["f1"] == 1.0
