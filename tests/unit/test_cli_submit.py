"""`newswire submit` reading its sources: what the API would refuse by size alone is refused before it is read."""
from __future__ import annotations

from pathlib import Path

import pytest

from services.cli.__main__ import _items
from services.core.config import Settings


def test_a_file_larger_than_the_api_takes_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSWIRE_MAX_BODY_BYTES", raising=False)
    (tmp_path / "huge.txt").write_bytes(b"Title\n\n" + b"word " * (Settings.max_body_bytes // 5 + 1))
    (tmp_path / "small.txt").write_text("Title\n\nSome text.")
    read: list[Path] = []
    read_text = Path.read_text
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: read.append(self) or read_text(self, *a, **k))
    huge, small = _items([str(tmp_path)])
    assert huge.payload is None and huge.origin == str(tmp_path / "huge.txt")
    assert huge.error.endswith(f"bytes: larger than the API takes in one request ({Settings.max_body_bytes:,} bytes, "
                               "NEWSWIRE_MAX_BODY_BYTES)")
    assert small.payload == {"title": "Title", "text": "Some text."}
    assert read == [tmp_path / "small.txt"]


@pytest.mark.parametrize("limit", [1000, 5_000_000])
def test_the_limit_is_the_one_the_api_is_given(tmp_path, monkeypatch, limit):
    monkeypatch.setenv("NEWSWIRE_MAX_BODY_BYTES", str(limit))
    (tmp_path / "a.txt").write_text("Title\n\n" + "x" * 2000)
    (tmp_path / "b.jsonl").write_text('{"text": "short"}\n{"text": "' + "y" * 3000 + '"}\n')
    errors = [item.error for item in _items([str(tmp_path)])]
    reason = "bytes: larger than the API takes in one request (1,000 bytes, NEWSWIRE_MAX_BODY_BYTES)"
    if limit == 1000:
        assert errors == [f"2,007 {reason}", None, f"over 1,000 {reason}"]
    else:
        assert errors == [None, None, None]
