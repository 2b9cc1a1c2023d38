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


def article_view(article_id: str, schema_version: str) -> str:
    """The API's rendered JSON of a done article (a cache: done is final), per schema version."""
    return f"{PREFIX}:article_view:{schema_version}:{article_id}"


def rate_limit(client: str, window_seconds: int) -> str:
    """Counter of one API client's requests in the current window (expires with the window)."""
    return f"{PREFIX}:limits:{window_seconds}:{client}"


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


def waiting() -> str:
    """Sorted set of queued articles no worker has taken yet, by submission time (workers claim them to batch)."""
    return f"{PREFIX}:waiting"


def batch_stats() -> str:
    """Hash of counters: enrichment batches run by workers and the articles in them."""
    return f"{PREFIX}:batch_stats"


def stats() -> str:
    """Hash of counters: finished transitions by status."""
    return f"{PREFIX}:stats"


def webhooks_owed() -> str:
    """Sorted set of finished articles whose webhooks are not queued yet, by the time they finished (an outbox)."""
    return f"{PREFIX}:webhooks:owed"


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
    """Hash holding one batch: its id, creation time and callback (a batch stored before `batch_items` existed also
    holds its items' outcomes as one JSON list, "items")."""
    return f"{PREFIX}:batch:{batch_id}"


def batch_items(batch_id: str) -> str:
    """Hash of one batch's items: index -> the item's outcome (JSON), each written as the item is submitted."""
    return f"{PREFIX}:batch:{batch_id}:items"


def idempotency(key_name: str, idempotency_key: str) -> str:
    """The stored first answer to a POST made with this Idempotency-Key by this API key."""
    return f"{PREFIX}:idem:{key_name}:{idempotency_key}"


def callbacks(article_id: str) -> str:
    """Set of the callback URLs given by later submitters of an article's text (the first one is in the record)."""
    return f"{PREFIX}:callbacks:{article_id}"


def deliveries(article_id: str) -> str:
    """List of webhook delivery attempts (JSON) for one article."""
    return f"{PREFIX}:deliveries:{article_id}"


# The indexes (services/core/indexes.py). Each is a prefix plus an id, so the Lua script that
# writes them atomically with an article's `done` can build them from `index_prefixes()`.


def entity(entity_id: str) -> str:
    """Hash: a canonical entity's name, label, mention and article counts."""
    return f"{PREFIX}:entity:{entity_id}"


def entities_ranked() -> str:
    """Sorted set of entity ids by total mentions."""
    return f"{PREFIX}:entities"


def entities_by_label(label: str) -> str:
    """Sorted set of the entity ids of one label by total mentions."""
    return f"{PREFIX}:entities:label:{label}"


def entity_spellings(entity_id: str) -> str:
    """Sorted set of the names an entity was indexed under (its id folds case and accents), by articles."""
    return f"{PREFIX}:entity_spellings:{entity_id}"


def entity_labels(entity_id: str) -> str:
    """Sorted set of the labels an entity was indexed with (its id does not hold one), by articles."""
    return f"{PREFIX}:entity_labels:{entity_id}"


def entity_articles(entity_id: str) -> str:
    """Sorted set of the articles mentioning an entity, by article sequence number."""
    return f"{PREFIX}:entity_articles:{entity_id}"


def entity_stories(entity_id: str) -> str:
    """Sorted set of the stories an entity appears in, by latest article sequence number."""
    return f"{PREFIX}:entity_stories:{entity_id}"


def entity_cooccurrence(entity_id: str) -> str:
    """Sorted set of the entities appearing in the same articles, by number of shared articles."""
    return f"{PREFIX}:entity_cooc:{entity_id}"


def entity_quotes(entity_id: str) -> str:
    """List of quotes attributed to an entity, as JSON {article_id, i} (i: index in the enrichment)."""
    return f"{PREFIX}:entity_quotes:{entity_id}"


def label_articles(label: str) -> str:
    """Sorted set of the articles with an entity of this label, by sequence number."""
    return f"{PREFIX}:label_articles:{label}"


def source_articles(source: str) -> str:
    """Sorted set of the articles from one source, by sequence number."""
    return f"{PREFIX}:source_articles:{source}"


def story_articles(story_id: str) -> str:
    """Sorted set of a story's articles, by sequence number."""
    return f"{PREFIX}:story_articles:{story_id}"


def stories_recent() -> str:
    """Sorted set of story ids by the sequence number of their newest article."""
    return f"{PREFIX}:stories"


def story_entities(story_id: str) -> str:
    """Sorted set of the entities of a story's articles, by mentions."""
    return f"{PREFIX}:story_entities:{story_id}"


def articles_by_time() -> str:
    """Sorted set of done articles by publication time (submission time when unknown), epoch seconds."""
    return f"{PREFIX}:articles_by_time"


def index_prefixes() -> dict[str, str]:
    """The index key builders above as prefixes, for the Lua script that writes them."""
    return {
        "entity": entity(""), "spellings": entity_spellings(""), "labels": entity_labels(""),
        "ranked": entities_ranked(),
        "by_label": entities_by_label(""),
        "entity_articles": entity_articles(""), "entity_stories": entity_stories(""),
        "cooc": entity_cooccurrence(""), "entity_quotes": entity_quotes(""), "label_articles": label_articles(""),
        "source_articles": source_articles(""), "story_articles": story_articles(""), "by_time": articles_by_time(),
        "stories": stories_recent(), "story_entities": story_entities(""),
    }


# Story clustering state (services/nlp/stories.py).


def story_lock() -> str:
    """Held while one article is assigned to a story: assignments are serialised across workers."""
    return f"{PREFIX}:story_lock"


def story_log() -> str:
    """Sorted set: the latest assigned articles by assignment number 1, 2, ... (what a worker missed while reading)."""
    return f"{PREFIX}:story_log"


def story_assignment(article_id: str) -> str:
    """Hash: the story an article was assigned to (makes assignment idempotent)."""
    return f"{PREFIX}:story_of:{article_id}"


def story_members(story_id: str) -> str:
    """List of a story's article ids in assignment order."""
    return f"{PREFIX}:story_members:{story_id}"


def feature_df() -> str:
    """Hash: in how many articles each feature occurred (for IDF), plus '#docs'."""
    return f"{PREFIX}:feature_df"


def story_vector(article_id: str) -> str:
    """String: an article's weighted clustering features, story and time as JSON (read when it is a neighbour)."""
    return f"{PREFIX}:story_vec:{article_id}"


def story_young() -> str:
    """Set: articles weighted while the corpus was young, weighted again when read until they are settled."""
    return f"{PREFIX}:story_young"


def story_feature_articles(feature: str) -> str:
    """Sorted set: the most recent articles holding a clustering feature, by time (inverted index for neighbours)."""
    return f"{PREFIX}:story_post:{feature}"
