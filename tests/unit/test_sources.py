"""Ingest's sources, each once however it is spelled."""
from __future__ import annotations

import pytest

from services.ingest import fetch
from services.ingest.sources import address_key, file_items


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


def _feed(entries: int) -> bytes:
    """An RSS feed of `entries` items of ~3.7 kB each."""
    entry = ("<item><title>Entry {}</title><link>https://example.org/{}</link><description>"
             + "Olaf Scholz met Emmanuel Macron in Paris on Friday. " * 70 + "</description></item>")
    items = "".join(entry.format(n, n) for n in range(entries))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()


def test_a_feed_file_that_takes_a_while_to_parse_says_so_and_a_small_one_nothing(tmp_path, capsys, monkeypatch):
    """A large feed file showed nothing while it was parsed (a feed URL said "parsing URL (N bytes) ..."): ingest's
    bar stood at the file's start for seconds. The note waits 10 ms here, far less than the large feed's parse."""
    big, small = tmp_path / "big.rss", tmp_path / "small.rss"
    big.write_bytes(_feed(1500))  # ~5.5 MB
    small.write_bytes(_feed(1))
    monkeypatch.setattr(fetch, "PARSE_NOTE_DELAY_SECONDS", 0.01)
    items = list(file_items(big, progress=True))
    monkeypatch.undo()
    assert len(items) == 1500 and all(item.payload for item in items)
    assert f"parsing {big} ({big.stat().st_size:,} bytes) ..." in capsys.readouterr().err
    [item] = file_items(small, progress=True)  # guard: a small one says nothing, with the usual delay
    assert item.payload is not None and capsys.readouterr().err == ""


def test_a_feed_file_read_without_progress_still_says_nothing(tmp_path, capsys, monkeypatch):
    """`--quiet` (no progress): not a word on stderr, however long the parse."""
    big = tmp_path / "big.rss"
    big.write_bytes(_feed(300))
    monkeypatch.setattr(fetch, "PARSE_NOTE_DELAY_SECONDS", 0.0)
    assert len(list(file_items(big))) == 300
    assert capsys.readouterr().err == ""
