"""Incremental story clustering: each enriched article joins the most similar story or opens one.

Features are the article's words (lower-case, stop words dropped, log-scaled counts) and its named
entities (canonical ids, weighted by salience), weighted by IDF over the articles seen so far. A
story's centroid is the sum of its articles' features; an article joins the story whose centroid is
most similar (cosine) if that similarity reaches `JOIN_THRESHOLD`, else it opens a new story. Only
stories sharing one of the article's strongest features are compared (an inverted index), so the
cost does not grow with the number of stories. Assignment runs under a Redis lock, one article at a
time across all workers, and is idempotent per article: a task run twice gets the same story.
"""
from __future__ import annotations

import math
import re
import uuid
from collections import Counter
from typing import Any

import redis

from services.core import keys

JOIN_THRESHOLD = 0.25
NEAR_DUPLICATE = 0.9  # cosine of word features above which an article repeats an earlier one
ENTITY_WEIGHT = 2.0  # entities tell events apart better than words
MONEY_WEIGHT = 10.0
INDEX_FEATURES = 20  # strongest features of an article used to find candidate stories
CENTROID_FEATURES = 300  # features kept per story centroid
STORED_FEATURES = 2000  # features kept per article for near-duplicate checks (a long article's whole vocabulary)
MAX_CANDIDATES = 50
LOCK_SECONDS = 5
NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "DATE"})
_WORD = re.compile(r"[^\W\d_]{3,}")
STOP_WORDS = frozenset("""
about above after again against also among and any are because been before being below between both but
can could did does doing down during each few for from further had has have having her here hers herself him
himself his how into its itself just more most must not now off once only other our ours out over own same she
should some such than that the their theirs them themselves then there these they this those through too under
until very was were what when where which while who whom why will with would you your yours said says say told
one two three new year years time people told according would could also just like get got make made
""".split())


def story_features(text: str, enrichment: dict[str, Any]) -> dict[str, float]:
    """Raw feature weights of an article: `w:<word>` (log counts) and `e:<entity id>` (salience)."""
    counts = Counter(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)
    features = {f"w:{word}": 1.0 + math.log(n) for word, n in counts.items()}
    for group in enrichment.get("entity_groups", []):
        if group["label"] in NAMED:
            features[f"e:{group['entity_id']}"] = ENTITY_WEIGHT * (0.5 + float(group.get("salience", 0.0)))
    # The same sum of money in two reports is strong evidence of the same event ("€21bn" / "21,000 million euros").
    for money in enrichment.get("money", []):
        if money.get("amount"):
            features[f"m:{money['currency']}:{float(money['amount']):.4g}"] = MONEY_WEIGHT
    return features


def assign_story(client: redis.Redis, article_id: str, features: dict[str, float]) -> dict[str, Any]:
    """`{"story_id", "similarity", "near_duplicate_of", "new_story"}` for the article (same answer if asked twice)."""
    # The critical section takes milliseconds; a short lock timeout frees the lock soon after a worker
    # is killed while holding it.
    with client.lock(keys.story_lock(), timeout=LOCK_SECONDS, blocking_timeout=120):
        known = client.hgetall(keys.story_assignment(article_id))
        if known:
            return _decode(known)
        weights = _tfidf(client, features)
        story_id, similarity = _best_story(client, weights)
        new_story = story_id is None or similarity < JOIN_THRESHOLD
        if new_story:
            story_id = uuid.uuid4().hex[:16]
        near = None if new_story else _near_duplicate(client, story_id, weights)
        _record(client, article_id, story_id, features, weights)
        result = {"story_id": story_id, "similarity": round(similarity, 4), "near_duplicate_of": near,
                  "new_story": new_story}
        client.hset(keys.story_assignment(article_id), mapping={k: _encode(v) for k, v in result.items()})
        return result


def _tfidf(client: redis.Redis, features: dict[str, float]) -> dict[str, float]:
    """Features weighted by smoothed IDF over the articles assigned so far (this one included)."""
    names = list(features)
    docs = int(client.hget(keys.feature_df(), "#docs") or 0) + 1
    seen = client.hmget(keys.feature_df(), names) if names else []
    return {name: weight * (1.0 + math.log((1 + docs) / (2 + int(df or 0))))
            for name, weight, df in zip(names, features.values(), seen, strict=True)}


def _strongest(weights: dict[str, float], n: int) -> list[str]:
    return [name for name, _ in sorted(weights.items(), key=lambda kv: -kv[1])[:n]]


def _best_story(client: redis.Redis, weights: dict[str, float]) -> tuple[str | None, float]:
    """The most similar candidate story and its cosine similarity (None when there is none)."""
    with client.pipeline(transaction=False) as pipe:
        for name in _strongest(weights, INDEX_FEATURES):
            pipe.smembers(keys.story_candidates(name))
        found = pipe.execute()
    votes = Counter(story for stories in found for story in stories)
    candidates = [story for story, _ in votes.most_common(MAX_CANDIDATES)]
    with client.pipeline(transaction=False) as pipe:
        for story in candidates:
            pipe.hgetall(keys.story_centroid(story))
        centroids = pipe.execute()
    best, best_score = None, 0.0
    for story, centroid in zip(candidates, centroids, strict=True):
        score = _cosine(weights, {k: float(v) for k, v in centroid.items() if k != "#n"})
        if score > best_score:
            best, best_score = story, score
    return best, best_score


def _near_duplicate(client: redis.Redis, story_id: str, weights: dict[str, float]) -> str | None:
    """An earlier member of the story whose words this article nearly repeats."""
    words = {k: v for k, v in weights.items() if k.startswith("w:")}
    members = client.lrange(keys.story_members(story_id), 0, 199)
    with client.pipeline(transaction=False) as pipe:
        for member in members:
            pipe.hgetall(keys.article_features(member))
        stored = pipe.execute()
    for member, features in zip(members, stored, strict=True):
        if _cosine(words, {k: float(v) for k, v in features.items() if k.startswith("w:")}) >= NEAR_DUPLICATE:
            return member
    return None


def _record(client: redis.Redis, article_id: str, story_id: str, features: dict[str, float],
            weights: dict[str, float]) -> None:
    """Add the article to the story: centroid, members, inverted index, document frequencies."""
    centroid_key = keys.story_centroid(story_id)
    with client.pipeline(transaction=True) as pipe:
        for name, weight in weights.items():
            pipe.hincrbyfloat(centroid_key, name, weight)
            pipe.hincrby(keys.feature_df(), name, 1)
        pipe.hincrby(centroid_key, "#n", 1)
        pipe.hincrby(keys.feature_df(), "#docs", 1)
        pipe.rpush(keys.story_members(story_id), article_id)
        for name in _strongest(weights, INDEX_FEATURES):
            pipe.sadd(keys.story_candidates(name), story_id)
        pipe.hset(keys.article_features(article_id), mapping=dict(_strongest_items(weights, STORED_FEATURES)))
        pipe.execute()
    _trim_centroid(client, centroid_key)


def _strongest_items(weights: dict[str, float], n: int) -> list[tuple[str, float]]:
    return sorted(weights.items(), key=lambda kv: -kv[1])[:n]


def _trim_centroid(client: redis.Redis, centroid_key: str) -> None:
    """Keep a story's centroid to its strongest features, so long stories stay cheap to compare."""
    centroid = client.hgetall(centroid_key)
    if len(centroid) > CENTROID_FEATURES * 2:
        weak = [k for k, _ in sorted(((k, float(v)) for k, v in centroid.items() if k != "#n"),
                                     key=lambda kv: -kv[1])[CENTROID_FEATURES:]]
        client.hdel(centroid_key, *weak)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(weight * b.get(name, 0.0) for name, weight in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def _encode(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else str(value)


def _decode(raw: dict[str, str]) -> dict[str, Any]:
    return {"story_id": raw["story_id"], "similarity": float(raw.get("similarity") or 0.0),
            "near_duplicate_of": raw.get("near_duplicate_of") or None, "new_story": raw.get("new_story") == "1"}
