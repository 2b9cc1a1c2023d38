"""Ingest's sources, each once however it is spelled."""
from __future__ import annotations

import pytest

from services.ingest.sources import address_key


@pytest.mark.parametrize(("url", "key"), [
    ("HTTP://Example.COM/Feed.rss", "http://example.com/Feed.rss"),  # the path keeps its case: servers may not
    ("https://example.com:443/feed?x=1#top", "https://example.com/feed?x=1"),
    ("http://example.com:8080", "http://example.com:8080/"),
    ("http://User:Pw@Example.com/f", "http://User:Pw@example.com/f"),
    ("http://[::1]:80/f", "http://[::1]/f"),
    ("http://example.com:port/f", "http://example.com:port/f"),  # no number: left as written, fetching says why
])
def test_an_address_is_keyed_as_a_server_sees_it(url: str, key: str) -> None:
    assert address_key(url) == key
