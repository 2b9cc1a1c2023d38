"""`python -m services.ingest PATH|URL...`: submit article files, folders and feed URLs, with progress."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kombu.exceptions import OperationalError
from marshmallow import ValidationError
from redis import RedisError
from tqdm import tqdm

from services.core.config import INTERRUPTED, ConfigError, FeedLimits, Settings, log_level, shown_url
from services.core.logs import setup_logging
from services.core.queue import make_celery
from services.core.store import Store
from services.core.submit import NO_WEBHOOK_SECRET, Services, TextTooLarge, submit, validate
from services.ingest.fetch import is_address, url_items
from services.ingest.readers import (
    NOTHING_FOUND,
    Item,
    empty_note,
    id_lines,
    left_out_note,
    outcome_line,
    printable,
    to_stdout,
)
from services.ingest.sources import file_items, in_order

log = logging.getLogger("services.ingest")


@dataclass
class Report:
    """What an ingest run did: counts by outcome, the ids submitted, the problems met, the sources that held no
    article (a feed of no entries: `empty_note`), and why it stopped early."""

    counts: Counter[str] = field(default_factory=Counter)
    ids: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    stopped: str | None = None
    # (origin, id, duplicate) of each article made or found, for the ids the run lists.
    submitted: list[tuple[str, str, bool]] = field(default_factory=list)
    # Given each outcome as a JSON line as it comes (`--jsonl`).
    echo: Callable[[str], None] | None = None

    def add(self, origin: str, outcome: tuple[str, str]) -> None:
        self.counts[outcome[0]] += 1
        if outcome[0] == "invalid":
            self.problems.append(f"{origin}: {outcome[1]}")
        else:
            self.ids.append(outcome[1])
            self.submitted.append((origin, outcome[1], outcome[0] == "duplicate"))
        if self.echo:
            invalid = outcome[0] == "invalid"
            self.echo(outcome_line(origin, None if invalid else outcome[1], duplicate=outcome[0] == "duplicate",
                                   error=outcome[1] if invalid else None))

    def exit_status(self) -> int:
        """0: everything found was submitted; 2: some items were refused; 1: nothing was submitted."""
        if self.stopped or not self.ids:
            return 1
        return 2 if self.counts["invalid"] else 0


def ingest(services: Services, paths: list[str], progress: bool = True, report: Report | None = None) -> Report:
    """Submit every article found under `paths` (files, folders and http(s) feed URLs); already-seen content is
    skipped by the store.

    If Redis cannot be reached the run stops there: `stopped` says why, the counts say what was done before. Into
    `report` when given, so that its caller still has the counts when Ctrl-C (KeyboardInterrupt, passed on) ends it.
    """
    report = Report() if report is None else report
    sources, problems = in_order(paths)
    for problem in problems:
        report.add(problem.origin, ("invalid", problem.error or "unreadable"))
    sizes = {source: _size(source) for source in sources if isinstance(source, Path)}
    # Progress in bytes read, so that one large .jsonl file moves the bar too; a feed URL's bytes join the total
    # once they are fetched (its size is not known before).
    with tqdm(total=sum(sizes.values()), desc="ingest", unit="B", unit_scale=True, disable=not progress) as bar:
        try:
            for source in sources:
                if isinstance(source, Path):
                    items = file_items(source, services.settings.max_text_chars, progress=progress)
                    found = _submit_all(services, report, bar, items, sizes[source])
                else:
                    # Fetched and parsed whole, as a feed file is.
                    fetched = list(url_items(source, services.settings.feed, progress))
                    size = max((item.read_bytes for item in fetched), default=0)  # an empty feed: nothing to read
                    bar.total += size
                    found = _submit_all(services, report, bar, fetched, size)
                if not found:
                    report.empty.append(empty_note(source))
        except (RedisError, OperationalError) as exc:
            report.stopped = f"cannot reach Redis at {shown_url(services.settings.redis_url)}: {exc}"
    if report.stopped:  # logged once the bar is closed: written under it, the log line was glued to the bar's
        # At INFO, with each article's line (NEWSWIRE_LOG_LEVEL=INFO, for a log shipper): the caller says it to a
        # person ("stopped: ..."), and a JSON line of the same words beside it, by default, read as a second fault.
        log.info("ingest.stopped", extra={"reason": report.stopped})
    return report


def _submit_all(services: Services, report: Report, bar: tqdm, items: Iterable[Item], size: int) -> int:
    """Submit one source's items, moving the bar across the source's `size` bytes; returns how many there were."""
    start = bar.n
    count = 0
    for item in items:
        count += 1
        report.add(item.origin, _submit_item(services, item.payload, item.error))
        bar.update(max(0, start + min(item.read_bytes, size) - bar.n))  # never backwards
        bar.set_postfix_str(f"{len(report.ids)} articles", refresh=False)
    bar.update(start + size - bar.n)
    return count


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read_file reports why


def _submit_item(services: Services, payload: dict | None, error: str | None) -> tuple[str, str]:
    """('queued'|'duplicate', id) or ('invalid', reason)."""
    if payload is None:
        return "invalid", error or "unreadable"
    try:
        outcome = submit(services, validate(payload, services.settings))
    except ValidationError as exc:
        return "invalid", "; ".join(f"{name}: {' '.join(map(str, _for_ingest(msgs)))}"
                                    for name, msgs in _flat(exc.messages))
    except TextTooLarge as exc:
        return "invalid", str(exc)
    return ("queued" if outcome.created else "duplicate"), outcome.id


# The API's "not configured on this server" told an ingest user nothing of what to set.
_INGEST_NO_WEBHOOK_SECRET = ("no webhook signing secret: set NEWSWIRE_WEBHOOK_SECRET to the API's (`make run`: "
                             "the file webhook-secret in its data folder, var/ by default)")


def _for_ingest(messages: list) -> list:
    """A field's messages as ingest words them."""
    return [_INGEST_NO_WEBHOOK_SECRET if message == NO_WEBHOOK_SECRET else message for message in messages]


def _flat(messages: dict | list) -> list[tuple[str, list]]:
    if isinstance(messages, dict):
        return [(str(k), v if isinstance(v, list) else [v]) for k, v in messages.items()]
    return [("body", list(messages))]


_EPILOG = f"""\
Articles go straight to Redis and its queue: REDIS_URL says which (default redis://127.0.0.1:6379/0; `make run`
prints the one it started). NEWSWIRE_LOG_LEVEL=INFO logs each article.

Sources are read in the order given, each once. A feed URL (http:// or https://) is read up to
NEWSWIRE_FEED_MAX_MB (default {FeedLimits.max_mb}) MB and given up on after NEWSWIRE_FEED_TIMEOUT (default \
{FeedLimits.timeout_seconds} s) without
data or NEWSWIRE_FEED_DEADLINE (default {FeedLimits.deadline_seconds} s) in all, connecting, redirects and headers \
counted; one that cannot
be fetched whole is skipped with its reason, as a bad file is.

An article with a callback_url (a webhook) needs NEWSWIRE_WEBHOOK_SECRET, the API's signing secret (`make run` keeps
it in var/webhook-secret and prints the ingest line that sets it): ingest checks a callback_url as the API does, and
without the secret such an article is refused.

exit status: 0 everything found went in (or was there already), 2 some items or feed URLs were refused,
1 nothing went in (nothing found, everything refused, or Redis out of reach), 130 stopped by Ctrl-C (what went in
before it is counted)."""


def _echo(line: str) -> None:
    """An item's JSON line on stdout, flushed: a reader of the pipe (`| jq`) has it as the item goes in; once the
    reader has gone (`| head -1`) the run goes on without its lines."""
    to_stdout(line + "\n", flush=True)


def main(argv: list[str] | None = None) -> int:
    """CLI entry point; exit status 0 when all went in, 2 when some items were refused, 1 when none went in."""
    parser = argparse.ArgumentParser(prog="newswire-ingest", description=__doc__, epilog=_EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH|URL",
                        help="files or folders: .txt (first line = title), .json, .jsonl/.ndjson, RSS/Atom (.xml, "
                             ".rss, .atom); or the http(s) address of an RSS/Atom feed")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--jsonl", action="store_true",
                        help="a JSON line on stdout for each item, as it goes: {origin, id, duplicate} or {origin, "
                             "error} (the counts then on stderr)")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"newswire-ingest: {exc}", file=sys.stderr)
        return 1
    # Progress and the summary are the CLI's output; each article's log line only when asked for.
    setup_logging(log_level("WARNING"))
    if not os.environ.get("REDIS_URL"):
        # After `make run`, a run without it wrote to whatever Redis listens on 6379 (not make run's) and said only
        # "queued 1": the articles never showed in the API.
        print(f"REDIS_URL is not set: using the default, {shown_url(settings.redis_url)} (`make run` starts its Redis "
              "elsewhere and prints the REDIS_URL=... line to use)", file=sys.stderr)
    services = Services(settings, Store.from_url(settings.redis_url), make_celery(settings))
    report = Report(echo=_echo if args.jsonl else None)
    try:
        ingest(services, args.paths, progress=not args.quiet, report=report)
    except KeyboardInterrupt:
        # Ctrl-C ended in a traceback (of the feed parser's, or a Redis call's); what went in before it is counted.
        report.stopped = "interrupted"
    for problem in report.problems:
        print(f"skipped {printable(problem)}", file=sys.stderr)
    for note in report.empty:
        print(note, file=sys.stderr)
    if note := left_out_note([source for source in args.paths if not is_address(source)]):
        print(note, file=sys.stderr)
    c = report.counts
    # With --jsonl stdout holds the JSON lines alone; else the ids to poll follow the counts.
    summary = sys.stderr if args.jsonl else sys.stdout
    print(f"queued {c['queued']}, already seen {c['duplicate']}, invalid {c['invalid']}", file=summary)
    if not args.jsonl:
        for line in id_lines(report.submitted):
            print(line)
    if report.stopped:
        print(f"stopped: {report.stopped}", file=sys.stderr)
    elif not c.total() and not report.empty:  # an empty feed said so itself
        print(NOTHING_FOUND, file=sys.stderr)
    return INTERRUPTED if report.stopped == "interrupted" else report.exit_status()


if __name__ == "__main__":
    sys.exit(main())
