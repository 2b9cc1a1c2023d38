"""Every Redis key, channel, queue and task name Newswire uses: built here and nowhere else."""
from __future__ import annotations

PREFIX = "nw"

# Celery routing: the api and ingest services enqueue by name, so they never import spaCy.
NLP_QUEUE = "nlp"
ENRICH_TASK = "nlp.enrich"
WEBHOOK_QUEUE = "webhooks"
DELIVER_TASK = "webhooks.deliver"


def article(article_id: str) -> str:
    """Hash holding one article: its fields, status, timestamps and enrichment JSON."""
    return f"{PREFIX}:article:{article_id}"


def articles_by_seq() -> str:
    """Sorted set of article ids scored by submission sequence number (newest = highest)."""
    return f"{PREFIX}:articles"


def sequence() -> str:
    """Counter giving each accepted article a unique, increasing sequence number."""
    return f"{PREFIX}:seq"


def pending() -> str:
    """Sorted set of articles not yet done or failed, scored by the time of their last transition."""
    return f"{PREFIX}:pending"


def failed() -> str:
    """Sorted set of failed articles (dead letters) scored by the time they failed."""
    return f"{PREFIX}:failed"


def status_counts() -> str:
    """Hash: how many articles are in each status now."""
    return f"{PREFIX}:status_counts"


def enrichment_histogram() -> str:
    """Hash: cumulative histogram buckets of enrichment time in ms, plus their sum."""
    return f"{PREFIX}:enrich_ms"


def stats() -> str:
    """Hash of counters: finished transitions by status."""
    return f"{PREFIX}:stats"


def sweeper_lock() -> str:
    """Held by the one sweeper that runs in a given period."""
    return f"{PREFIX}:sweeper"


def content_hash(digest: str) -> str:
    """Maps the hash of an article's normalised content to its id (duplicate detection)."""
    return f"{PREFIX}:hash:{digest}"


def article_events(article_id: str) -> str:
    """Pub/sub channel announcing status changes of one article (long-polls wake on it)."""
    return f"{PREFIX}:events:{article_id}"


def batch(batch_id: str) -> str:
    """Hash holding one batch: its items' outcomes (JSON) and callback."""
    return f"{PREFIX}:batch:{batch_id}"


def idempotency(key_name: str, idempotency_key: str) -> str:
    """The stored first answer to a POST made with this Idempotency-Key by this API key."""
    return f"{PREFIX}:idem:{key_name}:{idempotency_key}"


def deliveries(article_id: str) -> str:
    """List of webhook delivery attempts (JSON) for one article."""
    return f"{PREFIX}:deliveries:{article_id}"
