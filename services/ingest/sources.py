"""The sources of one ingest or submit run, each once, however it is spelled."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from services.ingest.fetch import is_address, noted_while_parsed
from services.ingest.readers import FEED_SUFFIXES, Item, expand, printable, read_file

_DEFAULT_PORTS = {"http": 80, "https": 443}


def address_key(url: str) -> str:
    """`url` as a server sees it: scheme and host in lower case (they are case-blind), no default port, no
    fragment (never sent), an empty path as "/"; "HTTP://Example.com:80/feed#top" is "http://example.com/feed"."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # a port that is no number: fetching says why, keep the address as written
        return url
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username is not None:  # user names and passwords are case-sensitive: kept as written
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def in_order(paths: list[str]) -> tuple[list[Path | str], list[Item]]:
    """The files and feed URLs to read, in the order given and each once (a file by its resolved path, an address
    by `address_key`), and the problems met finding the files (no such path, a folder that cannot be listed)."""
    sources: dict[Path | str, Path | str] = {}
    problems: list[Item] = []
    for source in paths:
        if is_address(source):
            sources.setdefault(address_key(source), source)
            continue
        files, unlisted = expand([source])
        problems += unlisted
        for file in files:
            sources.setdefault(file.resolve(), file)
    return list(sources.values()), problems


def file_items(path: Path, max_text_chars: int | None = None, max_body_bytes: int | None = None,
               progress: bool = False) -> Iterator[Item]:
    """The articles of one file (`read_file`); with `progress`, a feed file that takes a while to parse says so, as
    a feed URL does (a large one showed nothing while it was parsed)."""
    items = read_file(path, max_text_chars, max_body_bytes)
    if not progress or path.suffix.lower() not in FEED_SUFFIXES:
        return items
    try:
        size = path.stat().st_size
    except OSError:
        return items  # read_file says why
    # The whole path: cut as a long address is, it lost the file's name.
    return noted_while_parsed(items, printable(str(path)), size, progress)
