"""Turn files, folders and feeds into article payloads (dicts in the shape of `ArticleIn`).

Nothing here raises on bad content: a file, line, entry or folder that cannot be read becomes an `Item`
with the reason, and the rest goes on.
"""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urljoin, urlsplit

import feedparser
from marshmallow import ValidationError

from services.core.markup import BLOCK_TAGS, CELL_TAGS, SKIPPED_TAGS
from services.core.schemas import MAX_SOURCE_CHARS, MAX_TITLE_CHARS, ArticleIn

TEXT_SUFFIXES = {".txt"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
HTML_TYPES = {"text/html", "application/xhtml+xml"}
# The field the API checks an article's url with: a feed entry's link that it would refuse is left out.
_ARTICLE_URL = ArticleIn().fields["url"]


@dataclass(frozen=True)
class Item:
    """One article read from a source, or the reason it could not be read.

    `read_bytes`: how far into its file the reader is after this item (for progress; an estimate inside
    a .json list or a feed, which are parsed whole).
    """

    origin: str
    payload: dict[str, Any] | None = None
    error: str | None = None
    read_bytes: int = 0


NOT_A_FILE = "not a regular file (a pipe, socket or device): not read"
# A feed entry whose content and summary hold no text (none given, or markup with no words).
NO_ENTRY_TEXT = "the entry has no text: its content and summary are missing or empty"


def expand(paths: list[str]) -> tuple[list[Path], list[Item]]:
    """Files to read (each once: the given files, then every supported file below the given folders, sorted)
    and the problems met on the way (a path that does not exist, a folder that cannot be listed)."""
    files: dict[Path, Path] = {}  # by resolved path, so "a/x.txt" and "a/../a/x.txt" are one file
    problems: list[Item] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, unlisted = _files_below(path)
            for file in found:
                files.setdefault(file.resolve(), file)
            problems += unlisted
        elif path.is_file():
            files.setdefault(path.resolve(), path)
        elif path.exists():  # reading a pipe waits for a writer that may never come
            problems.append(Item(raw, error=NOT_A_FILE))
        else:
            problems.append(Item(raw, error="no such file or folder"))
    return list(files.values()), problems


def other_files(paths: list[str]) -> list[Path]:
    """The files below the given folders that are not read for their type ("notes.pdf"), hidden ones aside."""
    return sorted(Path(root) / name for raw in paths if Path(raw).is_dir() for root, _, names in _visible(Path(raw))
                  for name in names if Path(name).suffix.lower() not in SUPPORTED)


READ_TYPES = ", ".join(sorted(SUPPORTED))
NOTHING_FOUND = f"no articles found (supported: {READ_TYPES})"


def empty_note(source: Path | str) -> str:
    """The line for a source read whole that held no article: a feed of no entries, an empty list or .jsonl file.

    Said of the source, not as NOTHING_FOUND: its list of supported file types sent an empty feed's reader looking
    for a type at fault."""
    suffix = source.suffix.lower() if isinstance(source, Path) else ""
    kind = ("a JSON list of no articles" if suffix in JSON_SUFFIXES else "no JSON lines" if suffix in JSONL_SUFFIXES
            else "a feed with no entries")  # a feed file or a feed URL (a .txt file always holds one article)
    return printable(f"{source}: no articles in it ({kind})")


def printable(text: str, limit: int | None = None) -> str:
    """Text to print on a terminal, such as a file's name or what a server sent: its control characters (line breaks,
    escape codes, a bell, bidirectional overrides) written as escapes ("\\n", "\\x1b"), cut after `limit` characters."""
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    return "".join(char.encode("unicode_escape").decode("ascii") if unicodedata.category(char) in ("Cc", "Cf")
                   else char for char in text)


# The ids a run lists for a person to poll (`newswire status ID`); `--jsonl` gives every one.
SHOWN_IDS = 10


def outcome_line(origin: str, article_id: str | None, duplicate: bool = False, error: str | None = None) -> str:
    """One item's outcome as a JSON line (`--jsonl`): the id made for it (or found, `duplicate`), else why it was
    refused. A run said only "queued 3": its ids were nowhere, so nothing could be polled."""
    entry = ({"origin": origin, "id": article_id, "duplicate": duplicate} if article_id is not None
             else {"origin": origin, "error": error})
    return json.dumps(entry, ensure_ascii=False)


def to_stdout(line: str | None, flush: bool = False) -> bool:
    """Write `line` on stdout (None: flush what is written; `flush`: flush it too, for a pipe's reader to have it at
    once); False once its reader has gone (`| head -1`), stdout then led to /dev/null: the run goes on. The closed
    pipe's BrokenPipeError, an OSError, was said as "cannot reach the API ...: Broken pipe", and ended ingest in a
    traceback. No stdout at all (run with it closed, `>&-`: sys.stdout is None) is a reader that has gone too."""
    if sys.stdout is None:
        return False
    try:
        if line is not None:
            sys.stdout.write(line)
        if line is None or flush:
            sys.stdout.flush()
    except BrokenPipeError:
        # What is still buffered, flushed again at exit, would fail again there ("Exception ignored ...").
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    return True


def id_lines(submitted: list[tuple[str, str, bool]]) -> list[str]:
    """The first SHOWN_IDS articles a run made or found, `ID  ORIGIN` (origin, id, duplicate), and how many more."""
    lines = [printable(f"  {article_id}  {origin}" + ("  (there already)" if duplicate else ""))
             for origin, article_id, duplicate in submitted[:SHOWN_IDS]]
    if len(submitted) > SHOWN_IDS:
        lines.append(f"  ... and {len(submitted) - SHOWN_IDS} more (--jsonl lists every one)")
    return lines


def left_out_note(paths: list[str]) -> str | None:
    """One line on the files below the given folders left out for their type, None when there are none.

    Said, not refused: a folder of articles often holds other files too.
    """
    others = other_files(paths)
    if not others:
        return None
    types = ", ".join(sorted({path.suffix.lower() or "no suffix" for path in others}))
    return printable(f"left out {len(others)} file(s) of other types ({types}); read are {READ_TYPES}")


def _visible(folder: Path, onerror: Callable[[OSError], None] | None = None
             ) -> Iterator[tuple[Path, list[str], list[str]]]:
    """`os.walk` of `folder` without hidden folders and files, named with a leading dot (.git, .cache: no articles);
    symlinked folders are not followed (no loops)."""
    for root, folders, names in os.walk(folder, onerror=onerror):
        folders[:] = [name for name in folders if not name.startswith(".")]
        yield Path(root), folders, [name for name in names if not name.startswith(".")]


def _files_below(folder: Path) -> tuple[list[Path], list[Item]]:
    """Supported files below `folder` (hidden ones, named with a leading dot, left out, as are hidden folders) and
    an Item for each subfolder that could not be listed and each link that leads nowhere."""
    found: list[Path] = []
    unlisted: list[Item] = []

    def report(exc: OSError) -> None:
        unlisted.append(Item(str(exc.filename or folder), error=f"cannot list folder: {exc.strerror or exc}"))

    for root, folders, names in _visible(folder, onerror=report):
        unlisted += [Item(str(root / name), error="a link to a folder, not followed (name the folder itself)")
                     for name in folders if (root / name).is_symlink()]
        found += [root / name for name in names if Path(name).suffix.lower() in SUPPORTED]
    broken = [Item(str(p), error="a link to nothing (no such file)") for p in found
              if p.is_symlink() and not p.exists()]
    odd = [Item(str(p), error=NOT_A_FILE) for p in found if p.exists() and not p.is_file()]
    return sorted(p for p in found if p.is_file()), unlisted + broken + odd


def read_file(path: Path, max_text_chars: int | None = None, max_body_bytes: int | None = None) -> Iterator[Item]:
    """The articles in one file, by its suffix; unreadable content yields an Item with an error.

    With `max_text_chars` (the store's limit), a .txt file or .jsonl line too large to hold an article within it
    is refused without being read into memory; what is read is still checked against the limit on submission. With
    `max_body_bytes` (the API's limit on a request body, for a client that posts each article), so is one larger
    than that: its article would make a larger body still.
    """
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            yield _text_item(path, max_text_chars, max_body_bytes)
        elif suffix in JSON_SUFFIXES:
            content = path.read_bytes()
            yield from _json_items(path, _parsed(content.decode("utf-8-sig")), len(content))
        elif suffix in JSONL_SUFFIXES:
            yield from _jsonl_items(path, max_text_chars, max_body_bytes)
        elif suffix in FEED_SUFFIXES:
            yield from feed_items(str(path), path.read_bytes())
        else:
            yield Item(str(path), error=f"unsupported file type '{suffix}' (use {', '.join(sorted(SUPPORTED))})")
    except UnicodeDecodeError:
        yield Item(str(path), error="not valid UTF-8 text")
    except BadJson as exc:
        yield Item(str(path), error=str(exc))
    except OSError as exc:
        yield Item(str(path), error=f"cannot read: {exc.strerror or exc}")


def _text_file_bytes(max_chars: int) -> int:
    """Most bytes of a .txt file holding an article of `max_chars` characters: UTF-8 spends at most 4 on each."""
    return 4 * (max_chars + MAX_TITLE_CHARS) + 64 * 1024


def _json_line_bytes(max_chars: int) -> int:
    """Most bytes of a JSON line holding such an article: JSON may spend 12 on a character ("\\ud83d\\ude00"), and
    the other fields (title, URLs, source) take a few hundred KiB at most."""
    return 12 * max_chars + 512 * 1024


def _too_large(size: str, max_chars: int) -> str:
    return f"{size} bytes: too large for an article of at most {max_chars:,} characters (NEWSWIRE_MAX_TEXT_CHARS)"


def _larger_than_a_body(size: str, max_bytes: int) -> str:
    return f"{size} bytes: larger than the API takes in one request ({max_bytes:,} bytes, NEWSWIRE_MAX_BODY_BYTES)"


def _text_item(path: Path, max_chars: int | None, max_body_bytes: int | None) -> Item:
    size = path.stat().st_size
    if max_body_bytes is not None and size > max_body_bytes:
        return Item(str(path), error=_larger_than_a_body(f"{size:,}", max_body_bytes), read_bytes=size)
    if max_chars is not None and size > _text_file_bytes(max_chars):
        return Item(str(path), error=_too_large(f"{size:,}", max_chars), read_bytes=size)
    return Item(str(path), read_text_article(path.read_text(encoding="utf-8")), read_bytes=size)


class BadJson(ValueError):
    """Content that is not JSON this reader can take, with the reason."""


def _parsed(text: str) -> Any:
    """The JSON value of `text`; anything json refuses (including numbers too long and nesting too deep) is BadJson."""
    try:
        return json.loads(text)
    except RecursionError:
        raise BadJson("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, and integers of more than 4,300 digits
        raise BadJson(f"invalid JSON: {exc}") from None


# A scraped page's time stamp on a line of its own, before the headline or right after it: "1 month ago 11" (a comment
# count after it), "Updated 3 hours ago". The web page's upload (static/js/pages/submit.js) skips the same lines.
_TIME_AGO_LINE = re.compile(
    r"(?:updated\s+|posted\s+)?\d+\s*(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago[ \t\d]*(?:\r?\n|$)",
    re.IGNORECASE)


def _without_stamps(content: str) -> str:
    """`content` without the time stamp lines it opens with (and the blank lines after them)."""
    while stamp := _TIME_AGO_LINE.match(content.lstrip()):
        content = content.lstrip()[stamp.end():].lstrip("\r\n")
    return content


def read_text_article(content: str) -> dict[str, Any]:
    """A .txt article: the first line is the title, the rest (leading blank lines dropped) the text.

    A file of one line, or whose first line is too long for a title, has no title: all of it is the text. Time
    stamp lines before the title ("1 month ago 11") and right after it are dropped.
    """
    content = _without_stamps(content.lstrip("\ufeff"))
    title, _, rest = content.partition("\n")
    if len(title.strip()) > MAX_TITLE_CHARS:
        return {"title": "", "text": content.strip()}
    body = _without_stamps(rest.lstrip("\r\n"))
    if not body.strip():
        return {"title": "", "text": title.strip()}
    return {"title": title.strip(), "text": body}


def _json_items(path: Path, data: Any, size: int) -> Iterator[Item]:
    """The objects of a .json file, each named by its place in a list counted from 1 ("list.json[1]"), as a
    .jsonl line ("lines.jsonl:1") and a feed entry ("feed.rss#1") are."""
    batch = _batch_articles(data)  # an empty batch is no article, as an empty list is none ("or [data]" made it one)
    records = data if isinstance(data, list) else [data] if batch is None else batch
    for number, record in enumerate(records, start=1):
        yield _record_item(f"{path}[{number}]", record, size * number // len(records))


def _batch_articles(data: Any) -> list[Any] | None:
    """The articles of a batch body as `POST /v1/batches` takes it (`{"articles": [...], "callback_url"?}`), the
    batch's callback given to each that has none, as the API does; None for any other JSON. A saved batch body was
    refused as one article: "articles: Unknown field. text: Missing data for required field."."""
    if not (isinstance(data, dict) and isinstance(data.get("articles"), list) and set(data) <= _BATCH_FIELDS):
        return None
    callback = data.get("callback_url")
    return [{**record, "callback_url": callback} if callback and isinstance(record, dict)
            and record.get("callback_url") is None else record for record in data["articles"]]


# The fields of a batch body.
_BATCH_FIELDS = frozenset({"articles", "callback_url"})


def _jsonl_items(path: Path, max_chars: int | None, max_body_bytes: int | None) -> Iterator[Item]:
    """One item per non-blank line, each decoded on its own: a bad line costs only itself."""
    # The tighter of the two limits decides, and its reason is given.
    limits: list[tuple[int, Callable[[str], str]]] = []
    if max_chars is not None:
        limits.append((_json_line_bytes(max_chars), lambda size: _too_large(size, max_chars)))
    if max_body_bytes is not None:
        limits.append((max_body_bytes, lambda size: _larger_than_a_body(size, max_body_bytes)))
    limit, too_large = min(limits, key=lambda pair: pair[0]) if limits else (None, str)  # no limit: no line left out
    with path.open("rb") as lines:
        for number, raw in enumerate(_lines(lines, limit), start=1):
            position = lines.tell()
            origin = f"{path}:{number}"
            if raw is None:
                yield Item(origin, error=too_large(f"over {limit:,}"), read_bytes=position)
                continue
            try:
                # Without its line break: read as part of the line, it made a string left open "Invalid control
                # character" rather than "Unterminated string".
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
                if line.strip():
                    yield _record_item(origin, _parsed(line), position)
            except UnicodeDecodeError:
                yield Item(origin, error="not valid UTF-8 text", read_bytes=position)
            except BadJson as exc:
                yield Item(origin, error=str(exc), read_bytes=position)


def _lines(handle: BinaryIO, limit: int | None) -> Iterator[bytes | None]:
    """The lines of a file; with a `limit`, a longer line is skipped a chunk at a time and None stands for it."""
    while line := handle.readline(-1 if limit is None else limit + 1):
        if limit is None or len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


def _record_item(origin: str, record: Any, read_bytes: int) -> Item:
    if not isinstance(record, dict):
        return Item(origin, error="a JSON article must be an object", read_bytes=read_bytes)
    return Item(origin, dict(record), read_bytes=read_bytes)


def feed_items(origin: str, content: bytes | str, content_type: str | None = None,
               base: str | None = None) -> Iterator[Item]:
    """RSS/Atom entries as plain-text articles (the entry's content, else its summary), each named by its place
    counted from 1 ("feed.rss#1"); a feed that is cut off or malformed yields the entries read whole before the
    fault and one Item saying what went wrong (the entry the fault cut is part of that one refusal).

    `base`: the address relative links resolve against where it is not `origin` (a fetched feed that was
    redirected elsewhere)."""
    # A fetched feed's Content-Type says its charset where its XML declaration does not (a windows-1251 feed).
    feed = feedparser.parse(content, response_headers={"content-type": content_type} if content_type else None)
    size = len(content)
    if _declares_entities(_as_text(content, feed.get("encoding"))):
        # feedparser expands the entities such a DOCTYPE defines where it sits on the declaration's line, and
        # refuses them a line further down: either way the feed is refused whole, as the parser would refuse it.
        yield Item(origin, error=f"feed is malformed after 0 entries: {DOCTYPE_REFUSED}", read_bytes=size)
        return
    broken = feed.bozo and not _read_whole(feed.bozo_exception)
    entries = feed.entries
    if broken:
        entries = entries[:_entries_ended(content, feed.get("encoding"), feed.bozo_exception)]
    if not feed.get("version") and not entries:
        reason = feed.get("bozo_exception") or "no RSS or Atom elements"
        if _HTML_PAGE.match(_as_text(content, feed.get("encoding"))):
            reason = "an HTML page (a web page, not its feed)"
        yield Item(origin, error=f"not a readable RSS or Atom feed: {reason}", read_bytes=size)
        return
    # Relative entry links are resolved against the feed's own address, else the site it names.
    base = base or (origin if origin.lower().startswith(("http://", "https://")) else feed.feed.get("link", ""))
    outlet = feed.feed.get("title", "")
    for number, entry in enumerate(entries, start=1):
        payload, read = _entry_payload(entry, base, outlet), size * number // len(entries)
        if payload.get("text"):
            yield Item(f"{origin}#{number}", payload, read_bytes=read)
        else:  # it was refused as "text: Missing data for required field.", which named no part of a feed
            yield Item(f"{origin}#{number}", error=NO_ENTRY_TEXT, read_bytes=read)
    if broken:
        yield Item(origin, error=f"feed is malformed after {len(entries)} entries: {feed.bozo_exception}",
                   read_bytes=size)


# A web page's start: its DOCTYPE or <html> tag, after white space, comments and an XML declaration.
_HTML_PAGE = re.compile(r"\ufeff?(?:\s|<\?(?:[^?]|\?(?!>))*\?>|<!--(?:[^-]|-(?!->))*-->)*<(?:!DOCTYPE\s+html\b|html\b)",
                        re.IGNORECASE)


# The end tag of an RSS item or an Atom entry, with or without a namespace prefix.
_ENTRY_END = re.compile(r"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)


def _entries_ended(content: bytes | str, encoding: str | None, fault: Exception) -> int:
    """How many entries of a broken feed end before its fault: feedparser hands over every entry it could make out,
    after the fault too (a `<` in one entry's text, a DOCTYPE it cannot take), and the one the fault cut off with
    whatever part of it came before (a title and no text), which is no article."""
    content = _as_text(content, encoding)
    end = _fault_offset(content, fault)
    return sum(1 for tag in _ENTRY_END.finditer(content) if end is None or tag.end() <= end)


def _as_text(content: bytes | str, encoding: str | None) -> str:
    """A feed's text in the encoding feedparser found for it."""
    if isinstance(content, bytes):
        try:
            return content.decode(encoding or "utf-8", "replace")
        except LookupError:  # an encoding Python does not know: its tags are most likely ASCII all the same
            return content.decode("utf-8", "replace")
    return content


DOCTYPE_REFUSED = "a DOCTYPE with an internal subset or entity declarations is not read"
# What may come before a feed's root element: white space, the XML declaration and other processing
# instructions, comments, and a DOCTYPE (its name and external id; an internal subset is a `[`).
_PROLOG_PART = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE\b[^>\[]*>?", re.DOTALL | re.IGNORECASE)


def _declares_entities(content: str) -> bool:
    """True when the prolog, wherever its parts are written (on the declaration's line or not), has a DOCTYPE
    with an internal subset or an entity declaration: entities a feed defines are expanded into its text (a
    "billion laughs", a SYSTEM entity naming a local file), so such a feed is a fault, not a feed."""
    place = 1 if content.startswith("\ufeff") else 0
    while (part := _PROLOG_PART.match(content, place)) and part.end() > place:
        place = part.end()
        doctype = part.group().upper().startswith("<!DOCTYPE") and not part.group().endswith(">")
        if doctype and content.startswith("[", place):
            return True
    return content.startswith("<!ENTITY", place)


# A line break as the XML parser counts lines.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _fault_offset(content: str, fault: Exception) -> int | None:
    """Where in `content` the XML parser met `fault` (it names a line, counted from 1, and a column in characters,
    counted from 0); None when the fault names no place (a feed cut off: it ends at the end)."""
    try:
        line, column = int(fault.getLineNumber()), int(fault.getColumnNumber())  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return None
    starts = [0] + [br.end() for br in _LINE_BREAK.finditer(content)]
    return starts[min(max(line, 1), len(starts)) - 1] + max(column, 0)


def _read_whole(fault: Exception) -> bool:
    """True for the faults feedparser reads past to the end: a wrong declared encoding, an HTML entity such as
    "&nbsp;" that XML does not define. A feed cut off or broken mid-way is read only up to the fault."""
    encoding = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    return isinstance(fault, encoding) or "undefined entity" in str(fault)


def _entry_payload(entry: Any, base: str, outlet: str) -> dict[str, Any]:
    """An entry as an article; its `source` is the outlet an RSS `<source>` names, else the feed's title."""
    content = (entry.get("content") or [None])[0] or entry.get("summary_detail") or {}
    source = " ".join(((entry.get("source") or {}).get("title") or outlet).split())
    payload = {
        "title": _plain(entry.get("title_detail") or {}),
        "text": _plain(content),
        "url": _absolute(entry.get("link"), base),
        "published_at": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        "source": source if len(source) <= MAX_SOURCE_CHARS else None,  # a name too long for one is left out
    }
    return {name: value for name, value in payload.items() if value}


def _absolute(link: str | None, base: str) -> str | None:
    """The entry's link as an absolute web address; None when it cannot be one (the article goes in without)."""
    if not link or any(ch.isspace() for ch in link):
        return None
    try:
        url = urljoin(base, link) if base else link
        if urlsplit(url).scheme not in ("http", "https"):
            return None
        return str(_ARTICLE_URL.deserialize(url))  # what the API takes as an article's url (a host, a length)
    except (ValueError, ValidationError):  # "http://[::1/broken": not a web address at all
        return None


def _plain(detail: Any) -> str:
    """The text of a feed text construct: HTML (the usual case) turned into plain lines, plain text kept."""
    value = detail.get("value") or ""
    return html_to_text(value) if detail.get("type") in HTML_TYPES else value.strip()


def _iso(parsed: Any) -> str | None:
    """A feed date (feedparser gives it as a UTC time tuple) as ISO 8601 with its time zone."""
    return datetime(*parsed[:6], tzinfo=UTC).isoformat() if parsed else None


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities (&amp;, &#8217;) become characters
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in CELL_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(" ".join(data.splitlines()))  # a line break in HTML source is a space


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs apart by a blank line, lines
    broken by `<br>` kept as lines."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    paragraphs = ("\n".join(_squeezed_lines(block)) for block in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _squeezed_lines(block: str) -> list[str]:
    """The non-blank lines of `block`, runs of white space in each made one space."""
    return [line for line in (" ".join(raw.split()) for raw in block.split("\n")) if line]
