"""Turn files, folders and feeds into article payloads (dicts in the shape of `ArticleIn`)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser

TEXT_SUFFIXES = {".txt"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES


@dataclass(frozen=True)
class Item:
    """One article read from a source, or the reason it could not be read."""

    origin: str
    payload: dict[str, Any] | None = None
    error: str | None = None


def expand(paths: list[str]) -> list[Path]:
    """Files to read: the given files, and every supported file below the given folders, sorted."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED))
        else:
            files.append(path)
    return files


def read_file(path: Path) -> Iterator[Item]:
    """The articles in one file, by its suffix; unreadable content yields an Item with an error."""
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            yield Item(str(path), read_text_article(path.read_text(encoding="utf-8")))
        elif suffix in JSON_SUFFIXES:
            yield from _json_items(path, json.loads(path.read_text(encoding="utf-8")))
        elif suffix in JSONL_SUFFIXES:
            yield from _jsonl_items(path)
        elif suffix in FEED_SUFFIXES:
            yield from feed_items(str(path), path.read_bytes())
        else:
            yield Item(str(path), error=f"unsupported file type '{suffix}' (use {', '.join(sorted(SUPPORTED))})")
    except UnicodeDecodeError:
        yield Item(str(path), error="not valid UTF-8 text")
    except json.JSONDecodeError as exc:
        yield Item(str(path), error=f"invalid JSON: {exc}")
    except OSError as exc:
        yield Item(str(path), error=f"cannot read: {exc.strerror or exc}")


def read_text_article(content: str) -> dict[str, Any]:
    """A .txt article: the first line is the title, the rest (leading blank lines dropped) the text."""
    title, _, body = content.lstrip("\ufeff").partition("\n")
    return {"title": title.strip(), "text": body.lstrip("\r\n")}


def _json_items(path: Path, data: Any) -> Iterator[Item]:
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield _record_item(f"{path}[{index}]", record)


def _jsonl_items(path: Path) -> Iterator[Item]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                yield _record_item(origin, json.loads(line))
            except json.JSONDecodeError as exc:
                yield Item(origin, error=f"invalid JSON: {exc}")


def _record_item(origin: str, record: Any) -> Item:
    if not isinstance(record, dict):
        return Item(origin, error="a JSON article must be an object")
    return Item(origin, dict(record))


def feed_items(origin: str, content: bytes | str) -> Iterator[Item]:
    """RSS/Atom entries; the text is the entry's content, else its summary."""
    feed = feedparser.parse(content)
    if feed.bozo and not feed.entries:
        yield Item(origin, error=f"not a readable feed: {feed.get('bozo_exception')}")
        return
    for index, entry in enumerate(feed.entries):
        text = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        payload = {"title": entry.get("title", ""), "text": text, "url": entry.get("link") or None}
        yield Item(f"{origin}#{index}", {k: v for k, v in payload.items() if v is not None})
