"""`newswire`: submit files, folders or feed URLs to a Newswire API and follow them from a terminal.

    newswire submit PATH|URL...      submit articles (progress bar) and list their ids; --jsonl, --wait for the results
    newswire status ID               one article's status and enrichment summary
    newswire watch [--limit N]       the newest articles, refreshed live (Ctrl-C to leave; piped: a line per change)
    newswire failed [--limit N]      failed articles with their reasons, newest first
    newswire retry ID... | --all     put failed articles back on the queue
    newswire export [--since D ...]  every article (as one article's GET answers it) as a JSON line, newest first
The API is NEWSWIRE_API_URL (default http://127.0.0.1:8000); the key is NEWSWIRE_API_KEY (`make run` prints it).
Exit status: 0 all went well; 1 the API could not be reached or refused the request (submit: nothing went in, or it
says how many did); 2 submit: some articles were refused or failed; status: the article failed (and, as for any
command, arguments it cannot take); 3 submit --wait --timeout: some articles had not ended in time; 130 Ctrl-C. A
reader that leaves early (`newswire export | head -1`) is no error: what is left to write goes nowhere, export and
watch stop, and the status is as it would have been. Export writes its lines on stdout and everything else (its
bar, errors) on stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import select
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from rich.console import Console
from rich.live import Live
from rich.markup import escape
from rich.table import Table
from tqdm import tqdm

from services.core.amounts import money_text
from services.core.client import DEFAULT_API_URL, call, exchange
from services.core.config import INTERRUPTED, WEB_PAGE_SIZE, ConfigError, body_limit, count_of, feed_limits
from services.core.indexes import NAMED_LABELS
from services.core.resolver import connection_failure
from services.core.schemas import MAX_FAILED_LISTED
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


class _Console(Console):
    """A console whose reader may leave early (`newswire failed | head -1`): what is left to say goes nowhere and the
    command ends as it would have, where rich's own console ended it at once with exit status 1."""

    def on_broken_pipe(self) -> None:
        """The reader has gone: quiet from now on, the stream led to /dev/null (what is buffered would fail again at
        exit, "Exception ignored ...")."""
        self.quiet = True
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, self.file.fileno())
        os.close(nowhere)  # the stream's own descriptor now leads there


# Lines as long as they are: piped output hard-wrapped at 80 columns split reasons mid-sentence.
console = _Console(soft_wrap=True)
# Where `export`, whose stdout is its data, says everything else.
errors = _Console(soft_wrap=True, stderr=True)
# Articles a page of `export` asks for: the API's default NEWSWIRE_MAX_PAGE_SIZE (pages of 40, the least it may be set
# to, took 2.5 times the requests, against the rate limit); an API set lower is read 40 at a time.
EXPORT_PAGE_SIZE = 100
# The list's filters `export` passes on as they are given (the API checks them, and says why).
EXPORT_FILTERS = ("since", "until", "source", "q", "story", "entity", "label", "status")
# Answers that ask to come back later: a submission waits (Retry-After, else doubling pauses) up to this many times.
BUSY_STATUSES = (429, 503)
BUSY_RETRIES = 5
# A reverse proxy's answers while the API behind it is away (restarting) or slow: asked again as a busy API is (a
# submission too: the same text again is the first article's id).
GATEWAY_STATUSES = (502, 504)
ASKED_AGAIN = (*BUSY_STATUSES, *GATEWAY_STATUSES)
MAX_PAUSE_SECONDS = 60.0
# Articles `submit` sends a request (`POST /v1/batches`): within the API's default NEWSWIRE_MAX_BATCH, 100 (a smaller
# one answers 413, and the batch goes in halves), and few enough for its bar to move.
SUBMIT_BATCH = 50
# tqdm's `disable=None`: a progress bar only where stderr is a terminal. Redrawn with carriage returns, a bar wrote
# "export: 0article [00:00, ?article/s]" frames into the log of `newswire export > out.jsonl 2>> export.log`.
BARS_ON_A_TERMINAL_ONLY = None
# The longest `watch --interval`, in seconds: a day.
MAX_WATCH_INTERVAL = 86400
# How often `submit --wait` reads a batch's progress (batches have no long poll).
BATCH_POLL_SECONDS = 1.0
# The longest an article's long poll of `submit --wait` asks for, in seconds.
ARTICLE_POLL_SECONDS = 10.0
# `submit --wait --timeout S`'s exit status when some articles had not ended by then.
TIMED_OUT = 3
# What a batch body holds besides its articles: counted against the body limit.
BATCH_BODY_FRAME = '{"articles": []}'


def _error_text(status: int, body: Any) -> str:
    """An error answer as its status, the API's message and what it says of each field at fault."""
    text = f"{status} {_error_of(body).get('message') or 'unexpected answer'}"
    text += "".join(f" {name}: {_joined(reason)}" for name, reason in _refused_fields(body).items())
    if status == 401 and not os.environ.get("NEWSWIRE_API_KEY"):
        # The API's "Send a valid API key as 'Authorization: Bearer <key>'" says nothing of where the CLI takes it.
        text += (" (NEWSWIRE_API_KEY is not set: export the key `make run` printed, kept in var/api-key or "
                 "$NEWSWIRE_DATA_DIR/api-key)")
    return text


def _error_of(body: Any) -> dict[str, Any]:
    """The `error` object of an error answer (`{"error": {"code", "message", "fields"?}}`), empty if there is none."""
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def _refused_fields(body: Any) -> dict[str, Any]:
    """The fields an error answer names, with their messages (none where it names none)."""
    fields = _error_of(body).get("fields")
    return fields if isinstance(fields, dict) else {}


def _joined(reason: Any) -> str:
    """A field's messages (a list, or a dict of them for a nested field) as one line."""
    if isinstance(reason, list):
        return " ".join(map(str, reason))
    if isinstance(reason, dict):
        return " ".join(f"{key}: {_joined(value)}" for key, value in reason.items())
    return str(reason)


class ApiError(Exception):
    """The API answered with an error: its status and message, shown instead of a traceback."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(_error_text(status, body))
        self.status = status
        self.fields = _refused_fields(body)


def _api(base: str, method: str, path: str, body: Any = None) -> dict[str, Any]:
    """The decoded answer of a request the command cannot go on without; ApiError unless it is a 200 with a JSON
    object (something else answering at that address is no Newswire API)."""
    status, answer = call(base, method, path, body)
    if status != 200 or not isinstance(answer, dict):
        raise ApiError(status, answer)
    return answer


def _answered(status: int, body: Any, field: str) -> bool:
    """True for a success (200 or 202) whose JSON object holds `field`."""
    return status in (200, 202) and isinstance(body, dict) and field in body


def _items(sources: list[str]) -> tuple[list[Item], list[str]]:
    """Articles from files, folders and feed URLs, each read (a feed fetched) once however it is spelled; a source
    that cannot be read is an item with the reason. With them, a line for each source that held none (`empty_note`)."""
    found, items = in_order(sources)
    empty = []
    limits = feed_limits()
    for source in found:
        before = len(items)
        if isinstance(source, str):  # fetched as ingest fetches it: http(s) only, size capped, one-line errors
            items.extend(url_items(source, limits, progress=True))
        else:  # a file the API would refuse by its size alone is not read (a stray 60 MB .txt)
            items.extend(file_items(source, max_body_bytes=body_limit(), progress=True))
        if len(items) == before:
            empty.append(empty_note(source))
    return items, empty


def cmd_submit(base: str, args: argparse.Namespace) -> int:
    said = _said(args)
    if missing := [source for source in args.sources if not is_address(source) and not os.path.exists(source)]:
        # Checked before anything is read or sent: a mistyped path showed a "submit 1/1" bar, then was skipped.
        for source in missing:
            said.print(f"[red]newswire submit: no such file or folder: {escape(printable(source))}[/red]")
        said.print("nothing submitted")
        return 2
    items, empty = _items(args.sources)
    ids, problems, submitted = [], [], []
    batches: dict[str, None] = {}  # the batches the articles went in, in order: `--wait` follows them
    try:
        with tqdm(total=len(items), desc="submit", unit="article", disable=BARS_ON_A_TERMINAL_ONLY) as bar:
            for item, status, body in _answers(base, items, args.batch):
                bar.update(1)
                if status is None:  # not sent (unreadable), or sent and closed on without an answer
                    problems.append(_refused(args, item.origin, body))
                    continue
                if status in (401, 403, *ASKED_AGAIN):
                    if ids:  # those are in: say so, the error below ends the run
                        said.print(f"submitted {len(ids)} before the API stopped taking articles")
                    raise ApiError(status, body)  # every other article would be refused the same way
                if _answered(status, body, "id"):
                    ids.append(body["id"])
                    if body.get("batch_id"):
                        batches[body["batch_id"]] = None
                    # 200: the same text was submitted before, and this is its first id.
                    submitted.append((item.origin, body["id"], status == 200))
                    if args.jsonl:  # flushed: a reader of the pipe (`| jq`) has it as the item goes in
                        to_stdout(outcome_line(item.origin, body["id"], duplicate=status == 200) + "\n", flush=True)
                else:
                    problems.append(_refused(args, item.origin, _error_text(status, body)))
    except (KeyboardInterrupt, OSError) as exc:
        if ids:  # those are in, and the API enriches them: say so before the run ends (a batch is 50 of them)
            cause = "the interruption" if isinstance(exc, KeyboardInterrupt) else "the API could no longer be reached"
            said.print(f"submitted {len(ids)} of {len(items)} before {cause}")
        raise
    for problem in problems:
        said.print(f"[red]skipped[/red] {escape(printable(problem))}")
    for note in empty:
        said.print(escape(note))
    if note := left_out_note([source for source in args.sources if not is_address(source)]):
        said.print(escape(note))
    duplicates = sum(duplicate for _, _, duplicate in submitted)
    already = f" ({duplicates} of them there already)" if duplicates else ""
    said.print(f"submitted {len(ids)}{already}, refused {len(problems)}")
    if not args.jsonl:  # the ids to poll (`newswire status ID`); --jsonl wrote each one already
        for line in id_lines(submitted):
            said.print(escape(line))
    if not items and not empty:  # an empty feed said so itself
        said.print(escape(NOTHING_FOUND))
    ended = _end_lines(submitted) if args.jsonl else None
    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    failed, pending = _wait(base, ids, ended, list(batches), deadline) if args.wait and ids else ([], [])
    for line in failed:
        said.print(f"[red]failed[/red] {escape(line)}")
    for article_id in dict.fromkeys(pending) if ended else ():  # --jsonl: a script knows them without the absent
        ended({"id": article_id, "status": "pending"})
    if pending:  # --timeout: an article whose record went, or a batch queued with no worker, was waited on forever
        said.print(f"[red]still pending after {_seconds(args.timeout)} s (--timeout): {len(pending)}[/red]")
        for line in id_lines([entry for entry in submitted if entry[1] in pending]):
            said.print(escape(line))
    if args.wait and ids:
        said.print(f"done {len(ids) - len(failed) - len(pending)}, failed {len(failed)}"
                   + (f", still pending {len(pending)}" if pending else ""))
    if not ids:
        return 1
    if pending:
        return TIMED_OUT
    return 2 if problems or failed else 0


def _said(args: argparse.Namespace) -> Console:
    """Where a command says what it did: stderr where stdout is its data (`export`, `submit --jsonl`)."""
    return errors if args.command == "export" or getattr(args, "jsonl", False) else console


def _refused(args: argparse.Namespace, origin: str, reason: str | None) -> str:
    """The line of an item that did not go in (`origin: reason`), written as a JSON line too with --jsonl."""
    if args.jsonl:
        to_stdout(outcome_line(origin, None, error=reason or "unreadable") + "\n", flush=True)
    return f"{origin}: {reason}"


def _answers(base: str, items: list[Item], size: int) -> Iterator[tuple[Item, int | None, Any]]:
    """Each item, in the order read, with the answer `POST /v1/articles` gives its article, (status, body), or (None,
    why) for one not sent or closed on unanswered. Sent `size` articles a `POST /v1/batches` (one request a folder's
    50 articles, not 50, against the rate limit too); an API without batches (404, 405) is sent one at a time."""
    batches = size > 1
    for batch in _batched(items, size, body_limit()):
        sent = [item for item in batch if item.payload is not None]
        answers = _batch_answers(base, sent) if batches else {}
        if answers is None:
            batches, answers = False, {}
        for item in batch:
            if item.payload is None:
                yield item, None, item.error
            elif id(item) in answers:
                yield item, *answers[id(item)]
            else:  # alone (or after a refused batch): as it was sent before batches, and answered as it goes
                yield item, *_post_one(base, item)


def _batched(items: list[Item], size: int, max_bytes: int) -> Iterator[list[Item]]:
    """The items in order, cut where a batch would carry more than `size` articles or a body over `max_bytes` (the
    API's body limit); an unreadable item stays in its place, unsent."""
    batch: list[Item] = []
    count = weight = 0
    for item in items:
        cost = len(json.dumps(item.payload)) + 2 if item.payload is not None else 0  # the item and its ", "
        if count and (count >= size or weight + cost > max_bytes - len(BATCH_BODY_FRAME)):
            yield batch
            batch, count, weight = [], 0, 0
        batch.append(item)
        count += item.payload is not None
        weight += cost
    if batch:
        yield batch


def _batch_answers(base: str, sent: list[Item]) -> dict[int, tuple[int | None, Any]] | None:
    """The articles of one `POST /v1/batches`, by `id()` of their items, each with the answer a POST of its own would
    have had: 202 and its id, 200 and the first id (a duplicate), 422 and its fields; None when the API takes no
    batches. A batch it finds too long (413, NEWSWIRE_MAX_BATCH or its body limit) is sent in halves; an article
    left alone is not in the answers, and goes on its own."""
    if len(sent) < 2:
        return {}
    try:
        status, body, _ = _patiently(base, "POST", "/v1/batches", {"articles": [item.payload for item in sent]})
    except OSError as exc:
        if not (_closed_on(exc) and _is_up(base)):
            raise
        status, body = 413, None  # closed on while the body was sent: as a 413, the API takes less at once
    if status in (404, 405):
        return None
    if status == 413:
        half = len(sent) // 2
        return {**(_batch_answers(base, sent[:half]) or {}), **(_batch_answers(base, sent[half:]) or {})}
    listed = body.get("items") if status == 202 and isinstance(body, dict) else None
    if isinstance(listed, list) and len(listed) == len(sent):
        return {id(item): _item_answer(entry, body.get("id")) for item, entry in zip(sent, listed, strict=True)}
    refused = _refused_fields(body).get("articles") if status == 422 else None
    if isinstance(refused, dict):  # every item invalid: each one's fields by its index
        return {id(item): _item_answer({"outcome": "invalid", "error": refused.get(str(index))})
                for index, item in enumerate(sent)}
    if status in (200, 202):  # a success that lists no item: no batch answer (its "id" is no article's)
        body = None
    return {id(item): (status, body) for item in sent}  # refused whole (a refused key, a busy API, ...)


def _item_answer(entry: Any, batch_id: str | None = None) -> tuple[int, Any]:
    """A batch item's report as the answer to a POST of its own article (with its batch's id, to follow it by)."""
    if not isinstance(entry, dict):
        return 0, entry
    if entry.get("outcome") in ("accepted", "duplicate") and entry.get("id"):
        return (202 if entry["outcome"] == "accepted" else 200), {"id": entry["id"], "batch_id": batch_id}
    detail = entry.get("error_detail")
    if isinstance(detail, dict) and detail.get("message"):  # as the article alone is answered: a 413 for a long text
        return (413 if detail.get("code") == "too_large" else 422), {"error": detail}
    # An API from before `error_detail`: its field errors.
    fields = entry.get("error") if isinstance(entry.get("error"), dict) else {}
    message = "Invalid fields: " + ", ".join(sorted(map(str, fields))) + "." if fields else "Invalid article."
    return 422, {"error": {"code": "invalid", "message": message, "fields": fields}}


def _post_one(base: str, item: Item) -> tuple[int | None, Any]:
    """POST one article, asked again while the API is busy: (status, body), or (None, why) where the API closed the
    connection on it unanswered while it is up (it answers 413 to a body over its limit and closes the connection
    while a big one is still being sent: that article is refused, the others go on). A closed connection with the API
    down ends the run."""
    try:
        status, body, _ = _patiently(base, "POST", "/v1/articles", item.payload)
    except OSError as exc:
        if not (_closed_on(exc) and _is_up(base)):
            raise
        size = len(json.dumps(item.payload)) / 1e6
        return None, (f"the API closed the connection on this article ({size:.1f} MB) without an answer: larger than "
                      "it takes?")
    return status, body


def _closed_on(exc: OSError) -> bool:
    """True for a connection the server closed while the request was sent or before its answer."""
    return isinstance(getattr(exc, "reason", exc), BrokenPipeError | ConnectionResetError)


def _patiently(base: str, method: str, path: str, payload: Any = None) -> tuple[int, Any, dict[str, str]]:
    """One request, asked again after the pause a busy API names (rate limit, full store), or a reverse proxy's 502 or
    504 while the API behind it restarts, a few times at most (each article of a submission was refused with the
    proxy's 502)."""
    for attempt in range(BUSY_RETRIES + 1):
        status, body, headers = exchange(base, method, path, payload)
        if status not in ASKED_AGAIN or attempt == BUSY_RETRIES:
            break
        time.sleep(_pause(headers.get("Retry-After"), attempt))
    return status, body, headers


def _is_up(base: str) -> bool:
    """True when the API answers its liveness check."""
    try:
        return call(base, "GET", "/healthz", timeout=10)[0] == 200
    except OSError:
        return False


def _pause(retry_after: str | None, attempt: int) -> float:
    """Seconds to wait before asking again: the API's Retry-After (in seconds), else 1, 2, 4 ... s."""
    try:
        seconds = float(retry_after) if retry_after else 2.0 ** attempt
    except ValueError:
        seconds = 2.0 ** attempt
    return min(max(seconds, 0.0), MAX_PAUSE_SECONDS)


def _article_path(article_id: str) -> str:
    return "/v1/articles/" + urllib.parse.quote(article_id, safe="")


def _end_lines(submitted: list[tuple[str, str, bool]]) -> Callable[[dict[str, Any]], None]:
    """For `submit --jsonl --wait`: writes an article's end as a JSON line for each item that made or found it,
    `{"origin", "id", "status", "error"?}`, once (a script had the ids as JSON and the ends only as text on stderr);
    `"status": "pending"` for one still on its way at `--timeout`."""
    origins: dict[str, list[str]] = {}
    for origin, article_id, _ in submitted:
        origins.setdefault(article_id, []).append(origin)

    def write(body: dict[str, Any]) -> None:
        for origin in origins.pop(body["id"], []):  # popped: an id submitted twice is polled twice, written once
            end = {"origin": origin, "id": body["id"], "status": body["status"]}
            if body["status"] == "failed":
                end["error"] = body.get("error") or "no reason given"
            to_stdout(json.dumps(end, ensure_ascii=False) + "\n", flush=True)
    return write


def _wait(base: str, ids: list[str], ended: Callable[[dict[str, Any]], None] | None = None,
          batches: list[str] | None = None, deadline: float | None = None) -> tuple[list[str], list[str]]:
    """Progress bar until every id is done or failed, or `deadline` (time.monotonic()) has passed, each end given to
    `ended`; returns the failed ones' lines (id and reason) and the ids still pending. The articles of `batches` are
    followed by their batch's progress, a request for them all (each article long-polled in turn was a request, and a
    hit of the rate limit, an article); the others one at a time."""
    pending, failed = list(ids), []
    with tqdm(total=len(ids), desc="enrich", unit="article", disable=BARS_ON_A_TERMINAL_ONLY) as bar:

        def finish(body: dict[str, Any]) -> None:
            """An article's end: counted, and said, once for each time it was submitted."""
            times = pending.count(body["id"])
            pending[:] = [article_id for article_id in pending if article_id != body["id"]]
            bar.update(times)
            if body["status"] == "failed":
                failed.extend([f"{body['id']}: {body.get('error') or 'no reason given'}"] * times)
            if ended:
                ended(body)

        for batch_id in batches or []:
            _follow_batch(base, batch_id, pending, finish, deadline)
        while pending and not _past(deadline):
            wait = ARTICLE_POLL_SECONDS if deadline is None else min(ARTICLE_POLL_SECONDS, deadline - time.monotonic())
            asked = time.monotonic()
            # The rate limit counts these reads too: past it, wait as told rather than give up on the batch.
            status, body, headers = _patiently(base, "GET", f"{_article_path(pending[0])}?wait={_seconds(wait)}")
            if not _answered(status, body, "status"):
                raise ApiError(status, body)
            if body["status"] in ("done", "failed"):
                finish(body)
            elif headers.get("Retry-After"):  # the API's long polls are all taken: it answered at once
                time.sleep(_pause(headers["Retry-After"], 0))
            elif time.monotonic() - asked < 1:  # answered at once unended (NEWSWIRE_MAX_WAIT=0): not asked in a loop
                time.sleep(1 if deadline is None else min(1, max(deadline - time.monotonic(), 0)))
    return failed, pending


def _past(deadline: float | None) -> bool:
    """True once `deadline` (time.monotonic()) has passed; never without one."""
    return deadline is not None and time.monotonic() >= deadline


def _follow_batch(base: str, batch_id: str, pending: list[str], finish: Callable[[dict[str, Any]], None],
                  deadline: float | None = None) -> None:
    """Reads a batch's items every BATCH_POLL_SECONDS until none of them is pending or `deadline` has passed; each one
    that ended is given to `finish`, a failed one with its reason (the item's `error`, else its article's GET)."""
    while True:
        status, body, _ = _patiently(base, "GET", "/v1/batches/" + urllib.parse.quote(batch_id, safe=""))
        if not _answered(status, body, "items"):
            raise ApiError(status, body)
        waiting = False
        for entry in body["items"]:
            article_id = entry.get("id") if isinstance(entry, dict) else None
            if article_id not in pending:
                continue
            if entry.get("status") == "done":
                finish({"id": article_id, "status": "done"})
            elif entry.get("status") == "failed" and isinstance(entry.get("error"), str):
                finish({"id": article_id, "status": "failed", "error": entry["error"]})
            elif entry.get("status") == "failed" and (read := _read(base, _article_path(article_id)))["status"] in (
                    "done", "failed"):  # an API whose batches give no reason: the article's GET does
                finish(read)
            else:
                waiting = True
        if not waiting or _past(deadline):
            return
        time.sleep(BATCH_POLL_SECONDS if deadline is None else min(BATCH_POLL_SECONDS,
                                                                    max(deadline - time.monotonic(), 0.0)))


def _title(article: dict) -> str:
    """An article's title as the CLI shows it: "(untitled)" where it has none (the watch showed a blank one)."""
    return article.get("title") or "(untitled)"


def cmd_status(base: str, args: argparse.Namespace) -> int:
    # Everything the API answers is printed as written: brackets in a title are text, not console markup.
    body = _article_within(base, args.id, args.wait)
    title = escape(_title(body["article"]))
    console.print(f"[bold]{title}[/bold]  {escape(body['id'])}  {body['status']}")
    if body.get("error"):
        console.print(f"[red]{escape(body['error'])}[/red]")
    enrichment = body.get("enrichment") or {}
    if enrichment:
        console.print(f"language {escape(enrichment['language'])}, {enrichment['processing_ms']:.0f} ms")
        if enrichment.get("note"):
            console.print(f"[yellow]{escape(enrichment['note'])}[/yellow]")
        # A text not analysed (another language) has neither: no empty "entities:" and "summary:" lines for it.
        # Named ones, as the entity index keeps: "about £2bn (MONEY)", "Thursday (DATE)" and "4.25% (PERCENT)" took
        # the places of names in a short article, the sum twice over beside the money line.
        named = [group for group in enrichment["entity_groups"] if group["label"] in NAMED_LABELS]
        names = ", ".join(f"{g['name']} ({g['label']})" for g in named[:8])
        if names:
            console.print("entities: " + escape(names))
        if enrichment["summary"]["text"]:
            console.print("summary: " + escape(enrichment["summary"]["text"]))
        # A researcher checking one article had the entities and the summary, not what else the worker found.
        if phrases := ", ".join(phrase["text"] for phrase in enrichment.get("keyphrases", [])[:SHOWN_PHRASES]):
            console.print("key phrases: " + escape(phrases))
        if sums := "; ".join(_sum(money) for money in enrichment.get("money", [])[:SHOWN_SUMS]):
            console.print("money: " + escape(sums))
        if enrichment.get("story_id"):
            again = f", nearly repeats {enrichment['near_duplicate_of']}" if enrichment.get("near_duplicate_of") else ""
            console.print(escape(f"story: {enrichment['story_id']}{again}"))
        for quote in enrichment["quotes"][:5]:
            speaker = (quote.get("speaker") or {}).get("name", "?")
            console.print(escape(f"  {speaker}: {quote['text'][:120]}"))
    # As `submit --wait` exits for a failed article: `status ID --wait 30 && publish` went on with one.
    return 2 if body["status"] == "failed" else 0


# How many key phrases and sums `status` shows, on a line each.
SHOWN_PHRASES = 8
SHOWN_SUMS = 5


def _sum(money: dict[str, Any]) -> str:
    """A sum as written and as read: "£18.2bn (18.2bn GBP)", "about $5m (~5m USD)", a range low–high."""
    read = money_text(money)
    return f"{money['text']} ({read})" if read else money["text"]


def _article_within(base: str, article_id: str, seconds: float) -> dict[str, Any]:
    """The article once it is done or failed, else as it is `seconds` from now. The API cuts each long poll to its
    NEWSWIRE_MAX_WAIT (30 s by default) and answers at once while its long polls are all taken (Retry-After), so it
    is asked again until then: `status ID --wait 120` answered "queued" after 30 s."""
    deadline = time.monotonic() + seconds
    wait = seconds  # asked first as given (`--wait` took no negative one)
    while True:
        status, body, headers = _patiently(base, "GET", f"{_article_path(article_id)}?wait={_seconds(wait)}")
        if status != 200 or not isinstance(body, dict):
            raise ApiError(status, body)
        left = deadline - time.monotonic()
        if body.get("status") in ("done", "failed") or left <= 0:
            return body
        # Its Retry-After, else a second: an API whose long polls are off (NEWSWIRE_MAX_WAIT=0) is not asked in a loop.
        time.sleep(min(_pause(headers.get("Retry-After"), 0), left))
        wait = round(max(deadline - time.monotonic(), 0.0), 1)


def _seconds(seconds: float) -> str:
    """Seconds for a query string, to a tenth and never with an exponent: "1e+06" is read back "1e 06", a 422."""
    return f"{seconds:.1f}".rstrip("0").rstrip(".")


def _newest(base: str, limit: int) -> list[dict[str, Any]]:
    """The newest articles, as the list answers them."""
    return _api(base, "GET", f"/v1/articles?limit={limit}")["items"]


def _newest_or_why_not(base: str, limit: int) -> tuple[list[dict[str, Any]] | None, str | None]:
    """The newest articles, or None and why not where the API is busy (429, 503: Redis restarting) or out of reach
    for a moment, also behind a reverse proxy (502, 504); any other error answer ends the watch."""
    try:
        return _newest(base, limit), None
    except ApiError as exc:
        if exc.status not in ASKED_AGAIN:
            raise
        return None, f"the API at {base} answered {exc}"
    except OSError as exc:
        return None, f"cannot reach the API at {base}: {connection_failure(getattr(exc, 'reason', exc)) or exc}"


def _table(base: str, rows: list[dict[str, Any]], trouble: str | None = None) -> Table:
    table = Table(title=f"Newswire at {base}  ({time.strftime('%H:%M:%S')})",
                  caption=escape(f"{trouble} (trying again)") if trouble else None)
    for column in ("id", "status", "title", "source"):
        table.add_column(column)
    colours = {"done": "green", "failed": "red", "processing": "yellow", "queued": "cyan"}
    for row in rows:
        status = f"[{colours.get(row['status'], 'white')}]{row['status']}[/]"
        table.add_row(escape(row["id"]), status, escape(_title(row)[:60]), escape(row.get("source") or ""))
    return table


def cmd_watch(base: str, args: argparse.Namespace) -> int:
    """The newest articles until Ctrl-C: a table redrawn in place on a terminal, else a line per change. Once it has
    shown them, a busy or unreachable API is said and asked again (a Redis restart ended the watch, exit 1)."""
    try:
        if console.is_terminal:
            _watch_table(base, args)
        else:
            _watch_lines(base, args)
    except KeyboardInterrupt:
        pass
    return 0


def _watch_table(base: str, args: argparse.Namespace) -> None:
    rows = _newest(base, args.limit)  # an API that cannot be read at the start (a wrong --api) ends it at once
    with Live(_table(base, rows), console=console, refresh_per_second=1) as live:
        while True:
            time.sleep(args.interval)
            fresh, trouble = _newest_or_why_not(base, args.limit)
            rows = rows if fresh is None else fresh  # the rows last read stay up, with the trouble under them
            live.update(_table(base, rows, trouble))


def _watch_lines(base: str, args: argparse.Namespace) -> None:
    """Piped (`newswire watch | grep failed`): a line for each article new to the page or in a new status, written as
    it is seen. A live table draws nothing on a pipe until it stops, so nothing showed before Ctrl-C. Returns once the
    pipe's reader has gone (`| head -5`)."""
    shown: dict[str, str] = {}  # the statuses of the page last read
    rows: list[dict[str, Any]] | None = _newest(base, args.limit)  # unreadable at the start: it ends at once
    said: str | None = None  # the trouble last written: an outage is one line, not one per interval
    while True:
        for row in reversed(rows or []):  # oldest first: the lines read in the order the articles came
            if shown.get(row["id"]) != row["status"]:
                # One line, whatever the title holds: the API takes line breaks in it.
                line = f"{row['id']}  {row['status']}  {_title(row)[:60]}  {row.get('source') or ''}".rstrip()
                if not to_stdout(printable(line) + "\n", flush=True):
                    return
        if rows is not None:
            shown = {row["id"]: row["status"] for row in rows}
        if _reader_left_within(args.interval):
            return
        rows, trouble = _newest_or_why_not(base, args.limit)
        if trouble and trouble != said:
            if not to_stdout(printable(f"{trouble} (trying again)") + "\n", flush=True):
                return
        elif not trouble and said:
            if not to_stdout("the API answers again\n", flush=True):
                return
        said = trouble


def _reader_left_within(seconds: float) -> bool:
    """Waits `seconds`, or less if stdout's reader leaves meanwhile; True once it has gone. A watch with nothing new to
    write never met the closed pipe, and ran on after `| head -5` had gone."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, ValueError):  # no file behind it (a caller's StringIO): a plain wait
        time.sleep(seconds)
        return False
    if not hasattr(select, "poll"):  # Windows has no poll: a plain wait, the closed pipe met at the next line written
        time.sleep(seconds)
        return False
    poller = select.poll()
    # No event asked for: a pipe whose reader has closed it still reports POLLERR (a socket POLLHUP), at once.
    poller.register(descriptor, 0)
    return bool(poller.poll(seconds * 1000))


def cmd_failed(base: str, args: argparse.Namespace) -> int:
    body = _api(base, "GET", f"/v1/failed?limit={args.limit}")
    for row in body["items"]:
        console.print(escape(f"{row['id']}  attempts {row.get('attempts') or 0}  {row.get('error')}"))
    console.print(f"{len(body['items'])} failed")
    return 0


def cmd_retry(base: str, args: argparse.Namespace) -> int:
    if args.all:
        body = _api(base, "POST", "/v1/failed/retry")
        console.print(f"retried {len(body['retried'])}")
        return 0
    code = 0
    for article_id in args.ids:
        status, body = call(base, "POST", f"/v1/failed/{urllib.parse.quote(article_id, safe='')}/retry")
        retried = _answered(status, body, "retried") and article_id in body["retried"]
        console.print(escape(f"{article_id}: " + ("retried" if retried else _error_text(status, body))))
        code = code or not retried
    return int(code)


def cmd_export(base: str, args: argparse.Namespace) -> int:
    """Every article the list's filters keep, newest first, as one article's GET answers it (status, article,
    enrichment), one JSON object a line on stdout: a researcher had only the list's titles, or a script of their own
    to read each article."""
    filters = {name: getattr(args, name) for name in EXPORT_FILTERS if getattr(args, name) is not None}
    cursor: str | None = None
    counts: dict[str, int] = {}
    full = True
    size = EXPORT_PAGE_SIZE
    try:
        with tqdm(desc="export", unit="article", file=sys.stderr, leave=False, disable=BARS_ON_A_TERMINAL_ONLY) as bar:
            while True:
                try:
                    page, full = _export_page(base, {**filters, "limit": size,
                                                     **({"cursor": cursor} if cursor else {})}, full)
                except ApiError as exc:
                    if not (exc.status == 422 and "limit" in exc.fields and size > WEB_PAGE_SIZE):
                        raise
                    size = WEB_PAGE_SIZE  # its NEWSWIRE_MAX_PAGE_SIZE is smaller: 40 it always takes
                    continue
                for row in page["items"]:
                    article = _as_read(base, row)
                    if not to_stdout(json.dumps(article, ensure_ascii=False) + "\n"):
                        return _reader_left(counts)
                    counts[article["status"]] = counts.get(article["status"], 0) + 1
                    bar.update(1)
                cursor = page.get("next_cursor")
                if not cursor:
                    break
    except KeyboardInterrupt:
        # The output holds only part of what the filters keep: say how much, as submit says what went in.
        errors.print(f"{_exported(counts)} before the interruption")
        raise
    if not to_stdout(None):
        return _reader_left(counts)
    if not counts:  # nothing kept: a mistyped story or entity id exported nothing and said "exported 0", exit 0
        _check_named(base, filters)
    errors.print(_exported(counts))
    return 0


# The export filters that name a thing by its id, with the route that reads it.
NAMED_FILTERS = {"story": "/v1/stories/", "entity": "/v1/entities/"}


def _check_named(base: str, filters: dict[str, Any]) -> None:
    """ApiError (the API's 404, "No story with id 'x'.") where a story or entity the filters name does not exist."""
    for name, route in NAMED_FILTERS.items():
        if filters.get(name):
            status, body, _ = _patiently(base, "GET", route + urllib.parse.quote(filters[name], safe=""))
            if status == 404:
                raise ApiError(status, body)


def _reader_left(counts: dict[str, int]) -> int:
    """`newswire export | head -1`: the reader took what it wanted and left, no error of ours (exit status 0, as
    `watch | head -5` ends); the export stops there, said only to a person at a terminal, not to a script's log."""
    if errors.is_terminal:
        errors.print(f"{_exported(counts)} before the output's reader left")
    return 0


def _export_page(base: str, page_of: dict[str, Any], full: bool) -> tuple[dict[str, Any], bool]:
    """A list page of `export` and whether its rows are full: asked with `full=true` while `full`; an API from before
    it refuses that as an unknown field (422), and its plain pages are read from then on (`_as_read` then reads each
    article), where the export ended with "answered 422 ... full: Unknown field"."""
    if full:
        status, body, _ = _patiently(base, "GET", "/v1/articles?" + urllib.parse.urlencode({**page_of, "full": "true"}))
        if status == 200 and isinstance(body, dict):
            return body, True
        if not (status == 422 and "full" in _refused_fields(body)):
            raise ApiError(status, body)
    return _read(base, "/v1/articles?" + urllib.parse.urlencode(page_of)), False


# A full list row's own fields, beside those of the article as its GET answers it.
LIST_ROW_FIELDS = ("title", "source")


def _as_read(base: str, row: dict[str, Any]) -> dict[str, Any]:
    """A full list row (`?full=true`) as the article's GET answers it; an API that sent a plain row is asked for the
    article (one request an article: the rate limit made a large export wait out 429s)."""
    if "enrichment" not in row:
        return _read(base, _article_path(row["id"]))
    return {name: value for name, value in row.items() if name not in LIST_ROW_FIELDS}


def _exported(counts: dict[str, int]) -> str:
    """"exported 41 (40 done, 1 failed)": the articles written, by status."""
    by_status = ", ".join(f"{counts[status]} {status}" for status in sorted(counts))
    return f"exported {sum(counts.values())}" + (f" ({by_status})" if counts else "")


def _read(base: str, path: str) -> dict[str, Any]:
    """A GET the command cannot go on without, asked again while the API is busy (429, 503) or a proxy's 502/504."""
    status, body, _ = _patiently(base, "GET", path)
    if status != 200 or not isinstance(body, dict):
        raise ApiError(status, body)
    return body


def _article_id(value: str) -> str:
    """An article id: not empty (`retry ""` asked for `/v1/failed//retry`, a path of no article), and without a "/"."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an article id must not be empty")
    if "/" in value:
        # Sent as %2F, it is read back as a "/" before routing: `status a/b` was told "No such path: /v1/articles/a/b".
        raise argparse.ArgumentTypeError(f"no article id holds a '/': {value!r} (ids are as `submit` and `watch` show "
                                         "them)")
    return value


def _api_url(value: str) -> str:
    """--api: an http(s) URL with a host."""
    parts = urllib.parse.urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {value!r} (e.g. http://127.0.0.1:8000)")
    return value


def _wait_seconds(value: str) -> float:
    """status --wait: seconds, 0 or more (`--wait 1.5` was refused as "invalid int value")."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 <= seconds < float("inf"):  # NaN too: a deadline of NaN is never reached
        raise argparse.ArgumentTypeError(f"must be 0 seconds or more, got {value}")
    return seconds


def _timeout(value: str) -> float:
    """--timeout: seconds, more than 0."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds < float("inf"):  # NaN too
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, got {value}")
    return seconds


def _interval(value: str) -> float:
    """--interval: seconds, a tenth at least and a day at most (the API checks the other numbers, and says why)."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds >= 0.1:  # NaN too
        raise argparse.ArgumentTypeError(f"must be at least 0.1 seconds, got {value}")
    if seconds > MAX_WATCH_INTERVAL:  # the piped watch's poll takes at most 2**31 - 1 ms (25 days), sleep not "inf"
        raise argparse.ArgumentTypeError(f"must be at most {MAX_WATCH_INTERVAL} seconds (a day), got {value}")
    return seconds


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newswire", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--api", type=_api_url, default=os.environ.get("NEWSWIRE_API_URL", DEFAULT_API_URL),
                   help=f"the API's base URL (default: NEWSWIRE_API_URL, else {DEFAULT_API_URL})")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("submit", help="submit files, folders or feed URLs")
    s.add_argument("sources", nargs="+", help="files (.txt, .json, .jsonl, RSS/Atom), folders or feed URLs")
    s.add_argument("--wait", action="store_true", help="wait for the enrichment, with a progress bar")
    s.add_argument("--timeout", type=_timeout, metavar="SECONDS",
                   help=f"with --wait: stop waiting after SECONDS, listing the articles still pending (exit status "
                        f"{TIMED_OUT}); default: wait until each is done or failed")
    s.add_argument("--jsonl", action="store_true",
                   help="a JSON line on stdout for each item, as it goes: {origin, id, duplicate} or {origin, error}; "
                        "with --wait, another as its article ends, {origin, id, status, error?} (everything else on "
                        "stderr)")
    s.add_argument("--batch", type=count_of("articles"), default=SUBMIT_BATCH, metavar="N",
                   help=f"articles a request carries, POST /v1/batches (default {SUBMIT_BATCH}; 1: each article a "
                        "POST /v1/articles of its own)")
    s = sub.add_parser("status", help="one article")
    s.add_argument("id", type=_article_id, help="the article's id")
    s.add_argument("--wait", type=_wait_seconds, default=0, metavar="SECONDS",
                   help="seconds to wait for done or failed, 1.5 too (default 0: answer at once)")
    s = sub.add_parser("watch", help="newest articles, live")
    # Counts checked here (the API said "Invalid fields: limit" of a query parameter); their upper bounds, the API's.
    s.add_argument("--limit", type=count_of("rows"), default=20, metavar="N", help="rows shown (default 20)")
    s.add_argument("--interval", type=_interval, default=2.0, help="seconds between refreshes (default 2)")
    s = sub.add_parser("failed", help="failed articles and why, newest first")
    s.add_argument("--limit", type=count_of("articles"), default=100, metavar="N",
                   help=f"at most this many (default 100, 1 to {MAX_FAILED_LISTED})")
    s = sub.add_parser("retry", help="retry failed articles")
    # Ids or --all, not both: "retry --all ID" retried every failed article and said nothing of the id.
    which = s.add_mutually_exclusive_group()
    which.add_argument("ids", nargs="*", type=_article_id, default=[], help="ids of failed articles")
    which.add_argument("--all", action="store_true", help="every failed article")
    s = sub.add_parser("export", help="every article as a JSON line (filters as the list's)",
                       description="Every article the filters keep, newest first, as `GET /v1/articles/<id>` answers "
                                   "it, one JSON object a line on stdout (`newswire export --source wire > "
                                   "wire.jsonl`). Filters combine, as the list's do (README, API, List).")
    s.add_argument("--since", help="published (else submitted) at or after: an ISO 8601 date or date-time")
    s.add_argument("--until", help="published (else submitted) before: an ISO 8601 date or date-time")
    s.add_argument("--source", help="the source exactly as stored")
    s.add_argument("--q", metavar="TEXT", help="text in the title or text (2 characters or more)")
    s.add_argument("--story", metavar="ID", help="a story's id")
    s.add_argument("--entity", metavar="ID", help="an entity's id")
    s.add_argument("--label", help="an entity label the articles name (PERSON, ORG, GPE ...)")
    s.add_argument("--status", help="queued, processing, done or failed")
    return p


COMMANDS = {"submit": cmd_submit, "status": cmd_status, "watch": cmd_watch, "failed": cmd_failed, "retry": cmd_retry,
            "export": cmd_export}


def main(argv: list[str] | None = None) -> int:
    arguments = parser()
    args = arguments.parse_args(argv)
    if args.command == "submit" and args.timeout is not None and not args.wait:
        arguments.error("--timeout is how long --wait waits: give --wait too")
    if args.command == "retry" and not args.ids and not args.all:
        # As an argument's error, on stderr with the usage: it was written on stdout, where a script reads results.
        arguments.error("retry needs article ids, or --all")
    base = args.api.rstrip("/")
    said = _said(args)
    try:
        return COMMANDS[args.command](base, args)
    except KeyboardInterrupt:
        # Ctrl-C during a request (`status --wait`, `submit`, `export`) ended in a traceback of http.client's.
        said.print("interrupted")
        return INTERRUPTED
    except ApiError as exc:
        said.print(f"[red]{escape(f'the API at {base} answered {exc}')}[/red]")
        return 1
    except OSError as exc:
        # In the words a feed's fetch uses ("connection refused (nothing listens at that address)"), not urllib's
        # "<urlopen error [Errno 111] Connection refused>".
        reason = connection_failure(getattr(exc, "reason", exc)) or exc
        said.print(f"[red]{escape(f'cannot reach the API at {base}: {reason}')}[/red]")
        return 1
    except ConfigError as exc:  # NEWSWIRE_MAX_BODY_BYTES (to refuse what the API would by size alone), NEWSWIRE_FEED_*
        said.print(f"[red]{escape(f'newswire: {exc}')}[/red]")
        return 1


if __name__ == "__main__":
    sys.exit(main())
