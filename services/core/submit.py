"""`submit()`: the one way an article enters the system, shared by the API and ingest."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from celery import Celery
from kombu.exceptions import OperationalError
from marshmallow import ValidationError

from services.core.config import Settings
from services.core.names import fold_text
from services.core.queue import enqueue, enqueue_delivery
from services.core.resolver import DNSTimeout
from services.core.schemas import ArticleIn
from services.core.store import BatchSlot, Store, Submitted
from services.core.webhooks import UnsafeCallback, check_callback_url

log = logging.getLogger(__name__)


class TextTooLarge(ValueError):
    """The article text exceeds the configured character limit."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"Text has {length} characters; the limit is {limit}.")
        self.length, self.limit = length, limit


@dataclass(frozen=True)
class Services:
    """What `submit()` needs: settings, the store and the Celery app."""

    settings: Settings
    store: Store
    celery: Celery


def content_digest(text: str) -> str:
    """Hash of the text with Unicode form and whitespace normalised, so trivial variants dedupe."""
    normal = fold_text(text).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def validate(payload: Any, settings: Settings) -> dict[str, Any]:
    """Load a raw payload with the input schema; raises ValidationError or TextTooLarge."""
    article = ArticleIn().load(payload)
    if len(article["text"]) > settings.max_text_chars:
        raise TextTooLarge(len(article["text"]), settings.max_text_chars)
    if article.get("callback_url"):
        check_callback(article["callback_url"], settings)
    return article


# Why a callback_url is refused where no signing secret is set (the API's words; ingest names the variable).
NO_WEBHOOK_SECRET = "Webhooks are not configured on this server (no signing secret)."


def check_callback(url: str, settings: Settings) -> None:
    """Raise ValidationError unless webhooks are configured and `url` is a safe target."""
    if not settings.webhook_secret:
        raise ValidationError({"callback_url": [NO_WEBHOOK_SECRET]})
    try:
        check_callback_url(url, settings.webhook_allow_private)
    except UnsafeCallback as exc:
        raise ValidationError({"callback_url": [str(exc)]}) from exc
    except DNSTimeout as exc:  # it could not be checked: refused like a host that does not resolve
        raise ValidationError({"callback_url": [f"The callback URL could not be checked: {exc}."]}) from exc


def submit(services: Services, article: dict[str, Any], slot: BatchSlot | None = None) -> Submitted:
    """Store a validated article, then enqueue its id; a duplicate returns the first id, not re-queued. With `slot`,
    the article is listed in its batch in the same step that stores it (or finds it a duplicate)."""
    outcome = services.store.add_article(content_digest(article["text"]), article, slot)
    if outcome.created:
        try:
            enqueue(services.celery, outcome.id)
        except OperationalError:  # the broker refused the message (away, or full) after the store took the article
            # Stored as queued, so accepted all the same: the sweeper queues it once its message is seen missing.
            log.warning("article.enqueue_failed", extra={"article_id": outcome.id}, exc_info=True)
            return outcome
        log.info("article.queued", extra={"article_id": outcome.id})
        return outcome
    log.info("article.duplicate", extra={"article_id": outcome.id})
    url = article.get("callback_url")
    # The later submitter is owed the webhook too: at once if the article has finished, else when it does.
    if url:
        finished, finished_at = services.store.add_callback(outcome.id, url)
        if finished:
            enqueue_delivery(services.celery, outcome.id, url, finished_at)
    return outcome
