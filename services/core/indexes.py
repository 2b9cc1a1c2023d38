"""The corpus indexes: entities across articles and the keys article filters use.

They are written by `Store.mark_done` in the same Lua step that stores an enrichment, so an article
is indexed exactly once, whatever happens to workers (a task run twice changes nothing).
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from services.core import keys
from services.core.names import search_forms

INDEX_PREFIXES = keys.index_prefixes()
COOCCURRENCE_TOP = 15
# Labels of things with a name (people, organisations, places ...): numbers and dates are not indexed.
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
                          "LANGUAGE"})

# Defines index_article(id, seq, idx) for the transition script (services/core/store.py).
INDEX_LUA = """
local function index_article(id, seq, idx)
  local p = idx.prefix
  for _, e in ipairs(idx.entities) do
    local ek = p.entity .. e.id
    -- Shown under the spelling most articles use (ties: the first seen), not the latest: one article's
    -- "EMMANUEL MACRON" or odd accent does not rename him.
    local count = tonumber(redis.call('ZINCRBY', p.spellings .. e.id, 1, e.name))
    local shown = redis.call('HGET', ek, 'name')
    if not shown or (shown ~= e.name and count > tonumber(redis.call('ZSCORE', p.spellings .. e.id, shown) or 0)) then
      redis.call('HSET', ek, 'name', e.name)
    end
    -- Labelled as most articles label it (ties: the first seen): the model calls one club a person here, a place
    -- there, and the id, made from the name alone, is the same.
    local votes = tonumber(redis.call('ZINCRBY', p.labels .. e.id, 1, e.label))
    local label = redis.call('HGET', ek, 'label')
    if not label or (label ~= e.label and votes > tonumber(redis.call('ZSCORE', p.labels .. e.id, label) or 0)) then
      redis.call('HSET', ek, 'label', e.label)
    end
    redis.call('HSET', ek, 'entity_id', e.id)
    redis.call('HINCRBY', ek, 'mentions', e.mentions)
    redis.call('HINCRBY', ek, 'articles', 1)
    redis.call('ZINCRBY', p.ranked, e.mentions, e.id)
    redis.call('ZINCRBY', p.by_label .. e.label, e.mentions, e.id)
    redis.call('ZADD', p.entity_articles .. e.id, seq, id)
    if idx.story_id ~= '' then
      redis.call('ZADD', p.entity_stories .. e.id, seq, idx.story_id)
      redis.call('ZINCRBY', p.story_entities .. idx.story_id, e.mentions, e.id)
    end
  end
  for _, a in ipairs(idx.cooccurring) do
    for _, b in ipairs(idx.cooccurring) do
      if a ~= b then redis.call('ZINCRBY', p.cooc .. a, 1, b) end
    end
  end
  for _, q in ipairs(idx.quotes) do
    redis.call('RPUSH', p.entity_quotes .. q.entity_id, cjson.encode({article_id = id, i = q.i}))
  end
  for _, label in ipairs(idx.labels) do redis.call('ZADD', p.label_articles .. label, seq, id) end
  if idx.source ~= '' then redis.call('ZADD', p.source_articles .. idx.source, seq, id) end
  if idx.story_id ~= '' then
    redis.call('ZADD', p.story_articles .. idx.story_id, seq, id)
    redis.call('ZADD', p.stories, 'GT', seq, idx.story_id)
  end
  redis.call('ZADD', p.by_time, idx.time, id)
end
"""


def index_entry(record: dict[str, Any], enrichment: dict[str, Any]) -> dict[str, Any]:
    """What the indexes need from one enriched article (a small JSON-ready dict)."""
    groups = [g for g in enrichment.get("entity_groups", []) if g["label"] in NAMED_LABELS]
    quotes = [{"entity_id": q["speaker"]["entity_id"], "i": i} for i, q in enumerate(enrichment.get("quotes", []))
              if q.get("speaker") and q["speaker"].get("entity_id")]
    return {
        "entities": [{"id": g["entity_id"], "name": g["name"], "label": g["label"], "mentions": g["mentions"]}
                     for g in groups],
        # Pairs grow with the square of the count: co-occurrence is kept for the most salient entities.
        "cooccurring": [g["entity_id"] for g in groups[:COOCCURRENCE_TOP]],
        "quotes": quotes,
        "labels": sorted({g["label"] for g in groups}),
        "source": record.get("source") or "",
        "story_id": enrichment.get("story_id") or "",
        "time": article_time(record),
    }


def article_time(record: dict[str, Any]) -> float:
    """Publication time in epoch seconds, else submission time."""
    published = record.get("published_at")
    if published:
        try:
            return datetime.fromisoformat(published).timestamp()
        except ValueError:
            pass
    return float(record.get("created_at") or 0.0)


def decode_quote_ref(raw: str) -> tuple[str, int]:
    """(article id, quote index) of an entry of an entity's quote list."""
    ref = json.loads(raw)
    return ref["article_id"], int(ref["i"])


# The rank just after (score, member) in a sorted set read highest first, whether or not the member still has that
# score: members tied on a score come highest member first, as ZREVRANGE gives them, so a binary search by rank
# finds the place within the tie. Reads only: it runs on a full Redis too.
_RANK_AFTER_LUA = """
local key, score, member = KEYS[1], ARGV[1], ARGV[2]
local low = redis.call('ZCOUNT', key, '(' .. score, '+inf')
local high = low + redis.call('ZCOUNT', key, score, score)
while low < high do
  local middle = math.floor((low + high) / 2)
  if redis.call('ZREVRANGE', key, middle, middle)[1] >= member then low = middle + 1 else high = middle end
end
return low
"""


class Corpus:
    """Reads of the indexes: entities and filtered article lists."""

    def __init__(self, client: Any) -> None:
        self.redis = client
        self._rank_after = client.register_script(_RANK_AFTER_LUA)

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        raw = self.redis.hgetall(keys.entity(entity_id))
        if not raw:
            return None
        return {**raw, "mentions": int(raw.get("mentions", 0)), "articles": int(raw.get("articles", 0))}

    def entities(self, label: str | None, query: str | None, after: str | None, limit: int,
                 scan_budget: int = 20_000) -> tuple[list[dict[str, Any]], str | None]:
        """Entities by mentions (optionally of one label, as most of their articles label them, names containing
        `query`), from just after the `after` cursor; the next cursor or None.

        The cursor is the last entity looked at with its mentions then ("12-9f3c..."), not an offset: entities
        gaining mentions meanwhile move up the ranking, and an offset would show some twice and skip others.
        """
        ranked = keys.entities_by_label(label) if label else keys.entities_ranked()
        needles = search_forms(query or "")  # "emmanuel" finds "Emmanuël Macron", "o'brien" and "obrien" "O’Brien"
        position = int(self._rank_after(keys=[ranked], args=after.split("-", 1))) if after else 0
        found: list[dict[str, Any]] = []
        last, scanned, chunk = after, 0, 200
        while len(found) < limit and scanned < scan_budget:
            pairs = self.redis.zrevrange(ranked, position, position + chunk - 1, withscores=True)
            if not pairs:
                return found, None
            for (entity_id, score), row in zip(pairs, self._entity_rows([i for i, _ in pairs]), strict=True):
                position, scanned, last = position + 1, scanned + 1, f"{int(score)}-{entity_id}"
                named = row and any(n in f for n, f in zip(needles, search_forms(row["name"]), strict=True))
                if named and (not label or row.get("label") == label):
                    found.append(row)
                    if len(found) == limit:
                        break
        more = self.redis.zcard(ranked) > position
        return found, last if more else None

    def _entity_rows(self, ids: list[str]) -> list[dict[str, Any] | None]:
        with self.redis.pipeline(transaction=False) as pipe:
            for entity_id in ids:
                pipe.hgetall(keys.entity(entity_id))
            rows = pipe.execute()
        return [{**r, "mentions": int(r.get("mentions", 0)), "articles": int(r.get("articles", 0))} if r else None
                for r in rows]

    def cooccurring(self, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
        pairs = self.redis.zrevrange(keys.entity_cooccurrence(entity_id), 0, limit - 1, withscores=True)
        rows = self._entity_rows([other for other, _ in pairs])
        return [{"entity_id": other, "name": row["name"], "label": row["label"], "count": int(count)}
                for (other, count), row in zip(pairs, rows, strict=True) if row]

    def entity_article_ids(self, entity_id: str, limit: int = 100) -> list[str]:
        return list(self.redis.zrevrange(keys.entity_articles(entity_id), 0, limit - 1))

    def entity_story_count(self, entity_id: str) -> int:
        return int(self.redis.zcard(keys.entity_stories(entity_id)))

    def entity_story_ids(self, entity_id: str, limit: int = 100) -> list[str]:
        return list(self.redis.zrevrange(keys.entity_stories(entity_id), 0, limit - 1))

    def entity_quote_refs(self, entity_id: str, limit: int = 100) -> list[tuple[str, int]]:
        """(article id, quote index) of the entity's newest quotes, newest first (they are appended)."""
        refs = self.redis.lrange(keys.entity_quotes(entity_id), -limit, -1)
        return [decode_quote_ref(raw) for raw in reversed(refs)]

    def filter_sets(self, entity: str | None, story: str | None, label: str | None, source: str | None) -> list[str]:
        """The index sets a listed article must be in, for the given filters."""
        sets = []
        if entity:
            sets.append(keys.entity_articles(entity))
        if story:
            sets.append(keys.story_articles(story))
        if label:
            sets.append(keys.label_articles(label))
        if source:
            sets.append(keys.source_articles(source))
        return sets
