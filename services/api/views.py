"""Rendered JSON of done articles, kept in the API process: a done article never changes, so a read needs no Redis."""
from __future__ import annotations

import threading

from cachetools import LRUCache
from flask import current_app

EXTENSION = "newswire_views"


class DoneViews:
    """A bounded LRU of article id -> rendered JSON, shared by the threads of one API process."""

    def __init__(self, max_chars: int) -> None:
        self._cache: LRUCache[str, str] | None = LRUCache(maxsize=max_chars, getsizeof=len) if max_chars else None
        self._lock = threading.Lock()  # cachetools' caches are not thread-safe

    def get(self, article_id: str) -> str | None:
        if self._cache is None:
            return None
        with self._lock:
            return self._cache.get(article_id)

    def keep(self, article_id: str, view: str) -> None:
        """Keep `view`; one larger than the whole cache is simply not kept."""
        if self._cache is None or len(view) > self._cache.maxsize:
            return
        with self._lock:
            self._cache[article_id] = view


def done_views() -> DoneViews:
    """This API process's views."""
    views: DoneViews = current_app.extensions[EXTENSION]
    return views
