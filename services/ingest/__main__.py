"""`python -m services.ingest PATH...`: submit .txt/.json/.jsonl/feed files and folders, with progress."""
from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field

from marshmallow import ValidationError
from tqdm import tqdm

from services.core.config import Settings
from services.core.logs import setup_logging
from services.core.queue import make_celery
from services.core.store import Store
from services.core.submit import Services, TextTooLarge, submit, validate
from services.ingest.readers import expand, read_file

log = logging.getLogger("services.ingest")


@dataclass
class Report:
    """What an ingest run did: counts by outcome, the ids submitted and the problems met."""

    counts: Counter[str] = field(default_factory=Counter)
    ids: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def ingest(services: Services, paths: list[str], progress: bool = True) -> Report:
    """Submit every article found under `paths`; already-seen content is skipped by the store."""
    report = Report()
    files = expand(paths)
    for path in tqdm(files, desc="ingest", unit="file", disable=not progress):
        for item in read_file(path):
            outcome = _submit_item(services, item.payload, item.error)
            report.counts[outcome[0]] += 1
            if outcome[0] == "invalid":
                report.problems.append(f"{item.origin}: {outcome[1]}")
            else:
                report.ids.append(outcome[1])
    return report


def _submit_item(services: Services, payload: dict | None, error: str | None) -> tuple[str, str]:
    """('queued'|'duplicate', id) or ('invalid', reason)."""
    if payload is None:
        return "invalid", error or "unreadable"
    try:
        outcome = submit(services, validate(payload, services.settings))
    except ValidationError as exc:
        return "invalid", "; ".join(f"{name}: {' '.join(map(str, msgs))}" for name, msgs in _flat(exc.messages))
    except TextTooLarge as exc:
        return "invalid", str(exc)
    return ("queued" if outcome.created else "duplicate"), outcome.id


def _flat(messages: dict | list) -> list[tuple[str, list]]:
    if isinstance(messages, dict):
        return [(str(k), v if isinstance(v, list) else [v]) for k, v in messages.items()]
    return [("body", list(messages))]


def main(argv: list[str] | None = None) -> int:
    """CLI entry point; exit status 1 when nothing could be submitted, 2 when some items were invalid."""
    parser = argparse.ArgumentParser(prog="newswire-ingest", description=__doc__)
    parser.add_argument("paths", nargs="+", help="files or folders (.txt first line = title, .json, .jsonl, RSS/Atom)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    setup_logging("WARNING")
    services = Services(settings, Store.from_url(settings.redis_url), make_celery(settings))
    report = ingest(services, args.paths, progress=not args.quiet)
    for problem in report.problems:
        print(f"skipped {problem}", file=sys.stderr)
    c = report.counts
    print(f"queued {c['queued']}, already seen {c['duplicate']}, invalid {c['invalid']}")
    if not report.ids and c["invalid"]:
        return 1
    return 2 if c["invalid"] else 0


if __name__ == "__main__":
    sys.exit(main())
