"""The Redis store: articles, their status and enrichment. All keys come from `services.core.keys`."""
from __future__ import annotations

import functools
import json
import re
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from services.core import keys
from services.core.indexes import INDEX_LUA, INDEX_PREFIXES, article_time
from services.core.names import fold_case, text_pattern

TERMINAL = ("done", "failed")
CLAIMED = 2  # `mark_processing`: another worker's batch holds the article
VIEW_SECONDS = 3600  # how long a done article's rendered JSON is kept for repeated reads
# Separators of the JSON the API answers (jsonify's), of a stored enrichment, a webhook body and an idempotency hash.
COMPACT_JSON = (",", ":")
ENRICH_MS_BUCKETS = (25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000)

# Store first, atomically: a duplicate returns the existing id, a new article gets its
# sequence number, record, list entry and content-hash claim in one step. The client sends a command again
# when its reply was lost (`connect`): this script, the transitions and the story record are safe to run twice
# with the same arguments. (A claim run twice claims a second set of articles, which wait for the claim to
# expire and the sweeper; a give-back run twice uncounts two attempts: rare and harmless.)
# Here the second run finds its own id under the hash: still a creation, so the caller still enqueues it.
# An article submitted as a batch's item (ARGV[3], its index, not empty) is listed in the batch's items hash (KEYS[8])
# in the same step, whether created or a duplicate: an article the store took is always listed in its batch, and
# listing costs one field, however long the batch. The same item listed twice (a resent call) is the same field.
_SUBMIT = """
local function list_item(outcome, id)
  if ARGV[3] == '' then return end
  redis.call('HSET', KEYS[8], ARGV[3], cjson.encode({index = tonumber(ARGV[3]), outcome = outcome, id = id}))
end
local existing = redis.call('GET', KEYS[1])
if existing then
  local created = existing == ARGV[1]
  list_item(created and 'accepted' or 'duplicate', existing)
  return {created and 1 or 0, existing}
end
local seq = redis.call('INCR', KEYS[4])
redis.call('HSET', KEYS[2], 'seq', seq, unpack(ARGV, 4))
redis.call('ZADD', KEYS[3], seq, ARGV[1])
redis.call('ZADD', KEYS[5], ARGV[2], ARGV[1])
redis.call('HINCRBY', KEYS[6], 'queued', 1)
redis.call('ZADD', KEYS[7], ARGV[2], ARGV[1])
redis.call('SET', KEYS[1], ARGV[1])
list_item('accepted', ARGV[1])
return {1, ARGV[1]}
"""

# Move an article to a new status unless it already reached `done` (writes are idempotent:
# a redelivered task must not overwrite a finished enrichment). Entering `processing` counts an
# attempt; leaving for done/failed takes the article off the pending set the sweeper watches.
# Finished transitions are counted in the stats hash (each article reaches `done` at most once).
# Failed articles are kept in the failed set (dead letters) until retried. Reaching `done` also
# writes the article into the indexes (ARGV[4], see services/core/indexes.py) in the same step.
# Any move takes the article off the waiting set: it can no longer be claimed.
# KEYS: article, pending, stats, failed, status counts, waiting, callbacks, webhooks owed.
# ARGV: status, channel, now, index JSON, fields...
_TRANSITION = """
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return -1 end
-- This very call again (same status, same time stamp; its reply was lost): it happened, once.
if current == ARGV[1] and redis.call('HGET', KEYS[1], 'updated_at') == ARGV[3] then return 1 end
if current == 'done' then return 0 end
if ARGV[1] == 'processing' and current == 'processing' then
  -- Claimed into another worker's batch since the task read it: the claimer enriches it.
  local held = tonumber(redis.call('HGET', KEYS[1], 'claimed_until') or '0') or 0
  if held > tonumber(ARGV[3]) then return 2 end
end
-- Everything that could fail is read before the first write: a Lua error does not undo writes made before it.
local index = nil
if ARGV[4] ~= '' then index = cjson.decode(ARGV[4]) end
local seq = tonumber(redis.call('HGET', KEYS[1], 'seq')) or 0
local id = redis.call('HGET', KEYS[1], 'id') or string.match(KEYS[1], '[^:]+$')
redis.call('HSET', KEYS[1], 'status', ARGV[1], unpack(ARGV, 5))
redis.call('HINCRBY', KEYS[5], current, -1)
redis.call('HINCRBY', KEYS[5], ARGV[1], 1)
redis.call('ZREM', KEYS[6], id)
if ARGV[1] == 'processing' then
  redis.call('HINCRBY', KEYS[1], 'attempts', 1)
  redis.call('ZADD', KEYS[2], ARGV[3], id)
else
  redis.call('ZREM', KEYS[2], id)
  redis.call('HINCRBY', KEYS[3], ARGV[1], 1)
end
if ARGV[1] == 'failed' then redis.call('ZADD', KEYS[4], ARGV[3], id) else redis.call('ZREM', KEYS[4], id) end
if ARGV[1] ~= 'failed' then redis.call('HDEL', KEYS[1], 'error') end
-- A finished article with callbacks owes its webhooks from this moment: kept until they are queued. The later
-- submitters' URLs it owes are those registered by now: one registered after this is owed by its registrar.
if (ARGV[1] == 'done' or ARGV[1] == 'failed')
    and ((redis.call('HGET', KEYS[1], 'callback_url') or '') ~= '' or redis.call('EXISTS', KEYS[7]) == 1) then
  redis.call('ZADD', KEYS[8], ARGV[3], id)
  redis.call('HSET', KEYS[1], 'owed_callbacks', cjson.encode(redis.call('SMEMBERS', KEYS[7])))
end
if index then index_article(id, seq, index) end
redis.call('PUBLISH', ARGV[2], ARGV[1])
return 1
"""


# Only a failed article goes back to the queue (nil); another's status is returned ("" for none), read in this step.
# The enqueue itself is the caller's. Webhooks its failure still owed (its finisher died before queueing them) are
# owed no more: it has moved on, its next end owes its own.
_RETRY = """
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'failed' then return status or '' end
redis.call('ZREM', KEYS[6], ARGV[1])
redis.call('HSET', KEYS[1], 'status', 'queued', 'attempts', 0, 'updated_at', ARGV[2])
redis.call('HDEL', KEYS[1], 'error', 'finished_at', 'started_at')
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
redis.call('HINCRBY', KEYS[4], 'failed', -1)
redis.call('HINCRBY', KEYS[4], 'queued', 1)
redis.call('ZADD', KEYS[5], ARGV[2], ARGV[1])
return false
"""

# Take up to ARGV[2] waiting articles, newest first (their own messages are the furthest back in the
# queue), into `processing` for the claiming worker until ARGV[4]. The transition is the one a task makes.
# An article tried before (a worker was lost on it) is left to its own task: it may be the poison.
# The batch (the claimer's own article plus those claimed) is counted for /metrics in the same step.
# KEYS: waiting, pending, status counts, batch stats. ARGV: article key prefix, count, now, claimed until,
# channel prefix.
_CLAIM = """
local claimed = {}
while #claimed < tonumber(ARGV[2]) do
  local popped = redis.call('ZPOPMAX', KEYS[1])
  if #popped == 0 then break end
  local id = popped[1]
  local key = ARGV[1] .. id
  local fresh = tonumber(redis.call('HGET', key, 'attempts') or '0') == 0
  if fresh and redis.call('HGET', key, 'status') == 'queued' then
    redis.call('HSET', key, 'status', 'processing', 'started_at', ARGV[3], 'updated_at', ARGV[3],
               'claimed_until', ARGV[4])
    redis.call('HINCRBY', key, 'attempts', 1)
    redis.call('HINCRBY', KEYS[3], 'queued', -1)
    redis.call('HINCRBY', KEYS[3], 'processing', 1)
    redis.call('ZADD', KEYS[2], ARGV[3], id)
    redis.call('PUBLISH', ARGV[5] .. id, 'processing')
    table.insert(claimed, id)
  end
end
redis.call('HINCRBY', KEYS[4], 'batches', 1)
redis.call('HINCRBY', KEYS[4], 'articles', 1 + #claimed)
return claimed
"""

# Give claimed articles that were not finished back to the queue, their attempt uncounted if ARGV[4] is '1'.
# KEYS: waiting, pending, status counts. ARGV: article key prefix, now, channel prefix, uncount, ids...
_RELEASE = """
local released = 0
for i = 5, #ARGV do
  local key = ARGV[1] .. ARGV[i]
  local held = tonumber(redis.call('HGET', key, 'claimed_until') or '0') or 0
  if redis.call('HGET', key, 'status') == 'processing' and held > 0 then
    redis.call('HSET', key, 'status', 'queued', 'updated_at', ARGV[2])
    redis.call('HDEL', key, 'claimed_until', 'started_at')
    local attempts = tonumber(redis.call('HGET', key, 'attempts') or '0') or 0
    if ARGV[4] == '1' and attempts > 0 then redis.call('HINCRBY', key, 'attempts', -1) end
    redis.call('HINCRBY', KEYS[3], 'processing', -1)
    redis.call('HINCRBY', KEYS[3], 'queued', 1)
    redis.call('ZADD', KEYS[2], ARGV[2], ARGV[i])
    redis.call('ZADD', KEYS[1], ARGV[2], ARGV[i])
    redis.call('PUBLISH', ARGV[3] .. ARGV[i], 'queued')
    released = released + 1
  end
end
return released
"""

# An attempt given back only while it is still counted and the article still being processed.
_GIVE_BACK = """
if redis.call('HGET', KEYS[1], 'status') ~= 'processing' then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0') < 1 then return 0 end
return redis.call('HINCRBY', KEYS[1], 'attempts', -1)
"""

# A later submitter's callback URL for an article stored before (a duplicate), kept beside the first one.
# The article's `finished_at` when it has already finished: the webhook of that end is the caller's to send now (to
# each such submission, so a run again after a lost reply still answers it; read in this step, so a retry that ends
# the article again later cannot be mistaken for it); else nil: the finishing move records the URL among those it
# owes, and its finisher sends it. KEYS: article, callbacks. ARGV: url.
_ADD_CALLBACK = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return {0, false} end
if redis.call('HGET', KEYS[1], 'callback_url') ~= ARGV[1] then redis.call('SADD', KEYS[2], ARGV[1]) end
if status == 'done' or status == 'failed' then return {1, redis.call('HGET', KEYS[1], 'finished_at')} end
return {0, false}
"""

# The article's webhooks are queued: its entry in the outbox goes, unless a later end has put it there since (retried
# and finished again while they were being queued: that end's finisher or the sweeper queues its own). KEYS: outbox.
# ARGV: id, finished_at of the end queued ('' for any).
_WEBHOOKS_QUEUED = """
local owed = redis.call('ZSCORE', KEYS[1], ARGV[1])
if owed and (ARGV[2] == '' or tonumber(owed) == tonumber(ARGV[2])) then return redis.call('ZREM', KEYS[1], ARGV[1]) end
return 0
"""

# A rendered view is kept only of an article that is done, since only then can it no longer change.
_KEEP_VIEW = """
if redis.call('HGET', KEYS[1], 'status') ~= 'done' then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'EX', ARGV[2])
return 1
"""


def is_store_full(exc: BaseException) -> bool:
    """True for Redis refusing a write at `maxmemory` (noeviction); inside a Lua script it is a plain ResponseError."""
    return isinstance(exc, redis.exceptions.OutOfMemoryError) or (
        isinstance(exc, redis.ResponseError) and "OOM command not allowed" in str(exc))


# Longest wait for one reply: a Redis that hangs (stopped, swapping) must fail the request, not hold its thread.
# No command the services send blocks in Redis (long polls wait in the client, a second at a time).
REPLY_TIMEOUT_SECONDS = 5


def connect(url: str, retries: int = 3) -> redis.Redis:
    """A client that retries briefly on connection errors (`retries` times), so a Redis restart is ridden out, and
    gives up on a reply after REPLY_TIMEOUT_SECONDS (not retried: a hung Redis is answered 503 at once).

    A retried command may have run already (only its reply was lost): the scripts it runs must be idempotent.
    """
    return redis.Redis.from_url(
        url,
        decode_responses=True,
        health_check_interval=30,
        socket_connect_timeout=5,
        socket_timeout=REPLY_TIMEOUT_SECONDS,
        retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), retries=retries, supported_errors=(redis.ConnectionError,)),
        retry_on_error=[redis.ConnectionError],
    )


@dataclass(frozen=True)
class ArticleFilter:
    """Filters of the article list: index sets an article must be in, then checks on each record."""

    index_sets: list[str] = field(default_factory=list)
    since: float | None = None
    until: float | None = None
    query: str | None = None
    status: str | None = None

    @property
    def plain(self) -> bool:
        """True when no record-level check is needed (every candidate matches)."""
        return self.since is None and self.until is None and not self.query and self.status is None

    def matches(self, record: dict[str, Any]) -> bool:
        if self.status is not None and record["status"] != self.status:
            return False
        when = article_time(record)
        if (self.since is not None and when < self.since) or (self.until is not None and when >= self.until):
            return False
        if self.query:
            # Folded as duplicate detection folds: "Chlo\u00e9" finds "Chloe\u0301" (decomposed, as some editors write),
            # and "Keir  Starmer" (two spaces, a no-break space, a line end) finds "Keir Starmer", both ways.
            found = self._pattern.search
            return bool(found(fold_case(record.get("title") or "")) or found(fold_case(record.get("text") or "")))
        return True

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str]:
        return text_pattern(self.query or "")


# What a finished article's webhooks are queued from: its end, and the callback URLs that end owes.
_FINISH_FIELDS = ("id", "status", "finished_at", "callback_url", "owed_callbacks")


def _decoded(raw: dict[str, str], decode_enrichment: bool = True) -> dict[str, Any] | None:
    """A stored article hash with its enrichment, timestamps and attempts decoded (None if empty)."""
    if not raw:
        return None
    record: dict[str, Any] = dict(raw)
    if "enrichment" in record and decode_enrichment:
        record["enrichment"] = json.loads(record["enrichment"])
    for name in ("created_at", "updated_at", "started_at", "finished_at"):
        if name in record:
            record[name] = float(record[name])
    record["attempts"] = int(record.get("attempts", 0))
    return record


def is_claimed(record: dict[str, Any], now: float | None = None) -> bool:
    """True while another worker's batch holds the article (see `Store.claim_waiting`)."""
    held = float(record.get("claimed_until") or 0)
    return record.get("status") == "processing" and held > (time.time() if now is None else now)


@dataclass(frozen=True)
class BatchSlot:
    """Where a submitted article is listed: its batch and its index among the batch's items."""

    batch_id: str
    index: int


@dataclass(frozen=True)
class Submitted:
    """Outcome of storing an article: its id and whether it was new."""

    id: str
    created: bool


class Store:
    """Articles in Redis: one hash per article plus a sequence-ordered index."""

    def __init__(self, client: redis.Redis) -> None:
        self.redis = client
        self._submit = client.register_script(_SUBMIT)
        self._transition = client.register_script(INDEX_LUA + _TRANSITION)
        self._retry = client.register_script(_RETRY)
        self._give_back = client.register_script(_GIVE_BACK)
        self._keep_view = client.register_script(_KEEP_VIEW)
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)
        self._add_callback = client.register_script(_ADD_CALLBACK)
        self._webhooks_queued = client.register_script(_WEBHOOKS_QUEUED)

    @classmethod
    def from_url(cls, url: str) -> Store:
        return cls(connect(url))

    def ping(self) -> bool:
        """True when Redis answers."""
        try:
            return bool(self.redis.ping())
        except redis.RedisError:
            return False

    def add_article(self, digest: str, article: dict[str, Any], slot: BatchSlot | None = None) -> Submitted:
        """Store a new article as `queued`, or return the id already stored for this content; with `slot`, the
        article names its batch and is listed in it (accepted or duplicate) in the same atomic step."""
        article_id = uuid.uuid4().hex
        now = repr(time.time())
        fields = {
            "id": article_id,
            "status": "queued",
            "content_hash": digest,
            "created_at": now,
            "updated_at": now,
            **{k: _encode(v) for k, v in article.items()},
            **({"batch_id": slot.batch_id} if slot else {}),
        }
        flat = [x for pair in fields.items() for x in pair]
        script_keys = [keys.content_hash(digest), keys.article(article_id), keys.articles_by_seq(), keys.sequence(),
                       keys.pending(), keys.status_counts(), keys.waiting()]
        if slot:
            script_keys.append(keys.batch_items(slot.batch_id))
        created, found_id = self._submit(keys=script_keys,
                                         args=[article_id, now, str(slot.index) if slot else "", *flat])
        return Submitted(id=found_id, created=bool(created))

    def get_article(self, article_id: str, decode_enrichment: bool = True) -> dict[str, Any] | None:
        """The stored record with the enrichment decoded (else left as its JSON text), or None for an unknown id."""
        return _decoded(self.redis.hgetall(keys.article(article_id)), decode_enrichment)

    def get_finish(self, article_id: str) -> dict[str, Any] | None:
        """The fields of the article's record its webhooks are queued from (`_FINISH_FIELDS`), without its text and
        enrichment, which a finisher would otherwise read back whole; None for an unknown id."""
        values = self.redis.hmget(keys.article(article_id), _FINISH_FIELDS)
        return _decoded({name: value for name, value in zip(_FINISH_FIELDS, values, strict=True) if value is not None})

    def get_articles(self, article_ids: list[str], decode_enrichment: bool = True) -> list[dict[str, Any]]:
        """The stored records of the known ids among `article_ids`, in one round trip (their enrichment decoded, else
        left as its JSON text)."""
        if not article_ids:
            return []
        with self.redis.pipeline(transaction=False) as pipe:
            for article_id in article_ids:
                pipe.hgetall(keys.article(article_id))
            found = [_decoded(raw, decode_enrichment) for raw in pipe.execute()]
        return [record for record in found if record is not None]

    def article_view(self, article_id: str, schema_version: str) -> bytes | str | None:
        """The rendered JSON of a done article kept by `keep_article_view`, if still kept."""
        return self.redis.get(keys.article_view(article_id, schema_version))

    def keep_article_view(self, article_id: str, schema_version: str, body: str) -> bool:
        """Keep the rendered JSON of a done article for `VIEW_SECONDS` (clients poll an article for a while)."""
        kept = self._keep_view(keys=[keys.article(article_id), keys.article_view(article_id, schema_version)],
                               args=[body, VIEW_SECONDS])
        return bool(kept)

    def get_status(self, article_id: str) -> str | None:
        return self.redis.hget(keys.article(article_id), "status")

    def mark_processing(self, article_id: str) -> int:
        """Status `processing` by the article's own task; returns 1 if changed, 0 if already done, -1 if unknown,
        2 if another worker's batch holds it (see `claim_waiting`)."""
        now = repr(time.time())
        return self._move(article_id, "processing", None, started_at=now, updated_at=now, claimed_until="0")

    def claim_waiting(self, count: int, hold_seconds: float) -> list[dict[str, Any]]:
        """Up to `count` queued articles, newest first, moved to `processing` by this worker for `hold_seconds`.

        Their own tasks, arriving meanwhile, leave them to the claimer (see `is_claimed`); the records are returned.
        The batch, the caller's own article included, is counted in `batch_counts`.
        """
        now = time.time()
        ids = self._claim(keys=[keys.waiting(), keys.pending(), keys.status_counts(), keys.batch_stats()],
                          args=[keys.article(""), max(count, 0), repr(now), repr(now + hold_seconds),
                                keys.article_events("")])
        return self.get_articles(ids) if ids else []

    def release_claims(self, article_ids: list[str], uncount: bool = True) -> int:
        """Put claimed, unfinished articles back to `queued` (waiting again), their attempt uncounted if `uncount`.

        An article whose attempt stays counted is never claimed again (see `claim_waiting`): its own task takes it.
        """
        if not article_ids:
            return 0
        return int(self._release(keys=[keys.waiting(), keys.pending(), keys.status_counts()],
                                 args=[keys.article(""), repr(time.time()), keys.article_events(""),
                                       "1" if uncount else "0", *article_ids]))

    def batch_counts(self) -> dict[str, int]:
        """`batches` run by workers and the `articles` in them (their ratio is the mean batch size)."""
        raw = self.redis.hgetall(keys.batch_stats())
        return {name: int(raw.get(name, 0)) for name in ("batches", "articles")}

    def give_back_attempt(self, article_id: str) -> None:
        """Uncount the current attempt: the worker is alive and retries (only lost workers count toward "gave up")."""
        self._give_back(keys=[keys.article(article_id)])

    def mark_done(self, article_id: str, enrichment: dict[str, Any], index: dict[str, Any] | None = None) -> int:
        """Store the enrichment, status `done` and the article's index entries in one step.

        A second call changes nothing, so the indexes count each article once.
        """
        now = repr(time.time())
        # Compact, as the API's answers are: `GET /v1/articles/<id>` splices this text into its answer as it is.
        moved = self._move(article_id, "done", index, enrichment=json.dumps(enrichment, separators=COMPACT_JSON),
                           finished_at=now, updated_at=now)
        if moved == 1:
            self._observe_enrichment_ms(float(enrichment.get("processing_ms", 0.0)))
        return moved

    def _observe_enrichment_ms(self, ms: float) -> None:
        """Count one enrichment time into the shared histogram (cumulative buckets, as Prometheus has them)."""
        with self.redis.pipeline(transaction=False) as pipe:
            for bound in ENRICH_MS_BUCKETS:
                if ms <= bound:
                    pipe.hincrby(keys.enrichment_histogram(), str(bound), 1)
            pipe.hincrby(keys.enrichment_histogram(), "+Inf", 1)
            pipe.hincrbyfloat(keys.enrichment_histogram(), "sum", ms)
            pipe.execute()

    def enrichment_histogram(self) -> tuple[list[tuple[str, int]], float]:
        """Cumulative (bucket bound in ms, count) pairs and the sum of all enrichment times in ms."""
        raw = self.redis.hgetall(keys.enrichment_histogram())
        buckets = [(str(b), int(raw.get(str(b), 0))) for b in ENRICH_MS_BUCKETS]
        return [*buckets, ("+Inf", int(raw.get("+Inf", 0)))], float(raw.get("sum", 0.0))

    def queue_depth(self) -> int:
        """Messages waiting on the nlp queue: the broker's Redis list of that name (the broker is this Redis), read with
        this store's client, which fails fast where Celery's connection retries."""
        return int(self.redis.llen(keys.NLP_QUEUE))

    def status_counts(self) -> dict[str, int]:
        """How many articles are in each status right now."""
        raw = self.redis.hgetall(keys.status_counts())
        return {status: int(raw.get(status, 0)) for status in ("queued", "processing", "done", "failed")}

    def mark_failed(self, article_id: str, reason: str) -> int:
        """Status `failed` with a readable reason (unless the article is already done)."""
        now = repr(time.time())
        return self._move(article_id, "failed", None, error=reason[:2000], finished_at=now, updated_at=now)

    def _move(self, article_id: str, status: str, index: dict[str, Any] | None = None, **fields: str) -> int:
        flat = [x for pair in fields.items() for x in pair]
        index_json = json.dumps({**index, "prefix": INDEX_PREFIXES}) if index else ""
        return int(
            self._transition(
                keys=[keys.article(article_id), keys.pending(), keys.stats(), keys.failed(), keys.status_counts(),
                      keys.waiting(), keys.callbacks(article_id), keys.webhooks_owed()],
                args=[status, keys.article_events(article_id), fields["updated_at"], index_json, *flat],
            )
        )

    def list_failed(self, limit: int = 100) -> list[dict[str, Any]]:
        """The newest failed articles with their reasons (the dead-letter set)."""
        ids = self.redis.zrevrange(keys.failed(), 0, limit - 1)
        wanted = ("id", "title", "error", "attempts", "finished_at")
        with self.redis.pipeline(transaction=False) as pipe:
            for article_id in ids:
                pipe.hmget(keys.article(article_id), wanted)
            rows = pipe.execute()
        return [{**dict(zip(wanted, row, strict=True)), "title": row[1] or None} for row in rows if row[0] is not None]

    def retry(self, article_id: str) -> str | None:
        """Put a failed article back to `queued` with its attempts cleared: None once done, else the status that kept
        it from it ("" for no article), read in the same step (read after, a retry racing the failure saw "failed")."""
        return self._retry(keys=[keys.article(article_id), keys.failed(), keys.pending(), keys.status_counts(),
                                 keys.waiting(), keys.webhooks_owed()], args=[article_id, repr(time.time())])

    def add_callback(self, article_id: str, url: str) -> tuple[bool, float | None]:
        """Register a later submitter's callback URL. (True, the end's `finished_at`) when the article has finished:
        the webhook of that end is owed now (its time None for a record that lacks it); (False, None) while it is
        pending (or unknown)."""
        finished, at = self._add_callback(keys=[keys.article(article_id), keys.callbacks(article_id)], args=[url])
        return bool(finished), float(at) if at else None

    def callback_urls(self, record: dict[str, Any]) -> list[str]:
        """Every callback URL of an article: its own first, then those of later submitters of the same text."""
        return _own_first(record, self.redis.smembers(keys.callbacks(record["id"])))

    def owed_callback_urls(self, record: dict[str, Any]) -> list[str]:
        """The callback URLs a finished article's webhooks go to from its finisher or the sweeper: its own, then those
        of later submitters registered before it finished, as the finishing move recorded them (`add_callback`
        answered the later ones: their registrar queues them; reading `callback_urls` here sent those twice). An
        article finished before moves recorded them owes all of them."""
        if "owed_callbacks" not in record:
            return self.callback_urls(record)
        return _own_first(record, json.loads(record["owed_callbacks"]) or [])  # Lua's cjson writes [] as {}

    def webhooks_queued(self, article_id: str, finished_at: float | None) -> None:
        """The webhooks of the article's end at `finished_at` (None: whatever end) are on the queue: it owes none
        any more, unless a later end owes them since."""
        self._webhooks_queued(keys=[keys.webhooks_owed()], args=[article_id, "" if finished_at is None
                                                                 else repr(finished_at)])

    def webhooks_owed(self, finished_before: float, limit: int = 100) -> list[str]:
        """Finished articles whose webhooks were still not queued at `finished_before` (their worker died first)."""
        return list(self.redis.zrangebyscore(keys.webhooks_owed(), "-inf", finished_before, start=0, num=limit))

    def log_delivery(self, article_id: str, attempt: dict[str, Any]) -> None:
        """Append one webhook delivery attempt to the article's delivery log."""
        self.redis.rpush(keys.deliveries(article_id), json.dumps(attempt))

    def deliveries(self, article_id: str) -> list[dict[str, Any]]:
        """The article's webhook delivery attempts, oldest first."""
        return [json.loads(raw) for raw in self.redis.lrange(keys.deliveries(article_id), 0, -1)]

    @staticmethod
    def new_batch_id() -> str:
        return uuid.uuid4().hex

    def save_batch(self, batch_id: str, callback_url: str | None) -> None:
        """Store a batch with no items yet: `add_article` (with a `BatchSlot`) and `list_invalid_item` list them."""
        self.redis.hset(keys.batch(batch_id), mapping={
            "id": batch_id, "created_at": repr(time.time()), "callback_url": callback_url or "",
        })

    def list_invalid_item(self, batch_id: str, item: dict[str, Any]) -> None:
        """List a batch item that has no article (`invalid`, with why) under its index."""
        self.redis.hset(keys.batch_items(batch_id), str(item["index"]), json.dumps(item))

    def get_batch(self, batch_id: str) -> dict[str, Any] | None:
        """A batch with its items in index order and each article's current status (a failed one's reason as the
        item's `error`), or None for an unknown id."""
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(keys.batch(batch_id))
            pipe.hgetall(keys.batch_items(batch_id))
            raw, listed = pipe.execute()
        if not raw:
            return None
        items = _batch_items(raw, listed)
        with self.redis.pipeline(transaction=False) as pipe:
            for item in items:
                pipe.hmget(keys.article(item.get("id") or "-"), ["status", "error"])
            statuses = pipe.execute()
        for item, (status, error) in zip(items, statuses, strict=True):
            item["status"] = status
            if status == "failed":  # why, in the one answer: a client read each failed article again for it
                item["error"] = error or None
        return {"id": raw["id"], "created_at": float(raw["created_at"]), "items": items}

    def finished_counts(self) -> dict[str, int]:
        """How many times articles reached `done` and `failed` (a retried failure counts again)."""
        return {k: int(v) for k, v in self.redis.hgetall(keys.stats()).items()}

    def stale(self, older_than: float, limit: int = 1000) -> list[tuple[str, str, float]]:
        """(id, status, seconds since last transition) of pending articles untouched since `older_than`."""
        rows = self.redis.zrangebyscore(keys.pending(), "-inf", older_than, start=0, num=limit, withscores=True)
        with self.redis.pipeline(transaction=False) as pipe:
            for article_id, _ in rows:
                pipe.hget(keys.article(article_id), "status")
            statuses = pipe.execute()
        now = time.time()
        return [(article_id, status, now - score) for (article_id, score), status in zip(rows, statuses, strict=True)
                if status in ("queued", "processing")]

    def touch_pending(self, article_ids: list[str]) -> None:
        """Restart the sweeper's clock for these articles (they were just re-enqueued)."""
        if article_ids:
            self.redis.zadd(keys.pending(), dict.fromkeys(article_ids, time.time()), xx=True)

    def list_articles(self, limit: int, before_seq: int | None = None, filters: ArticleFilter | None = None,
                      scan_budget: int = 5000) -> tuple[list[dict[str, Any]], int | None]:
        """A page of articles, newest first, and the cursor for the next page (None at the end).

        Index filters (entity, story, label, source) are sorted sets: the smallest is paged through, its members
        looked up in the others; the time range and text query are checked on the records. At most `scan_budget`
        rows are looked at per page, so a page may be short while the cursor is set.
        """
        filters = filters or ArticleFilter()
        walked, others = self._walk_order(filters.index_sets)
        return self._scan(walked, others, limit, before_seq, filters, scan_budget)

    def _walk_order(self, sets: list[str]) -> tuple[str, list[str]]:
        """The sorted set to page through (the smallest filter set) and the sets its members must also be in.

        Membership is checked per row rather than intersected into a new key (ZINTERSTORE): a read costs its page,
        not the sets' sizes, and lists filtered several ways still answer when a full Redis refuses writes.
        """
        if not sets:
            return keys.articles_by_seq(), []
        with self.redis.pipeline(transaction=False) as pipe:
            for key in sets:
                pipe.zcard(key)
            sizes = pipe.execute()
        by_size = [key for _, key in sorted(zip(sizes, sets, strict=True))]
        return by_size[0], by_size[1:]

    def _scan(self, walked: str, others: list[str], limit: int, before_seq: int | None, filters: ArticleFilter,
              scan_budget: int) -> tuple[list[dict[str, Any]], int | None]:
        wanted = ("id", "status", "title", "source", "created_at", "published_at", "text" if filters.query else "id")
        items: list[dict[str, Any]] = []
        every_row_matches = filters.plain and not others
        cursor, scanned, chunk = before_seq, 0, (limit + 1 if every_row_matches else 200)
        while scanned < scan_budget:
            high = f"({cursor}" if cursor is not None else "+inf"
            rows = self.redis.zrevrangebyscore(walked, high, "-inf", start=0, num=chunk, withscores=True)
            if not rows:
                return items, None
            with self.redis.pipeline(transaction=False) as pipe:
                for article_id, _ in rows:
                    pipe.hmget(keys.article(article_id), wanted)
                    for key in others:
                        pipe.zscore(key, article_id)
                values = pipe.execute()
            step = 1 + len(others)
            for index, (_, seq) in enumerate(rows):
                if len(items) == limit:
                    return items, cursor
                cursor, scanned = int(seq), scanned + 1
                row, memberships = values[index * step], values[index * step + 1:(index + 1) * step]
                record = dict(zip(wanted, row, strict=True))
                if record["id"] is not None and None not in memberships and filters.matches(record):
                    # An absent title or source is stored as "": answered as null, as GET of the article does.
                    items.append({"id": record["id"], "status": record["status"], "title": record["title"] or None,
                                  "source": record["source"] or None, "created_at": float(record["created_at"] or 0)})
        return items, cursor

    def wait_for_terminal(self, article_id: str, timeout: float) -> str | None:
        """Block until the article is done or failed, or `timeout` seconds pass; returns the status."""
        deadline = time.monotonic() + timeout
        with self.redis.pubsub(ignore_subscribe_messages=True) as pubsub:
            # Subscribe before reading the status, so a change in between is not missed.
            pubsub.subscribe(keys.article_events(article_id))
            status = self.get_status(article_id)
            while status not in TERMINAL and status is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                message = pubsub.get_message(timeout=min(left, 1.0))
                if message is not None and message["data"] in TERMINAL:
                    return str(message["data"])  # the event names the new status: no read needed
                if message is not None or left <= 1.0:
                    status = self.get_status(article_id)
            return status

    def iter_ids(self) -> Iterator[str]:
        """Every article id, newest first."""
        for article_id, _ in self.redis.zscan_iter(keys.articles_by_seq()):
            yield article_id


def _own_first(record: dict[str, Any], later: Iterable[str]) -> list[str]:
    """The article's own callback URL, then later submitters' (a set that never holds the first), sorted."""
    return ([record["callback_url"]] if record.get("callback_url") else []) + sorted(later)


def _batch_items(batch: dict[str, str], listed: dict[str, str]) -> list[dict[str, Any]]:
    """A batch's items by index: from its items hash, or from the one JSON list of a batch stored before items had a
    hash of their own (such a record keeps its "items" field, and nothing lists items for it any more)."""
    if "items" in batch:
        return json.loads(batch["items"])
    return [json.loads(listed[index]) for index in sorted(listed, key=int)]


def _encode(value: Any) -> str:
    """Redis hashes hold strings: None becomes "", datetimes their ISO form."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
