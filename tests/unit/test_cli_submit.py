"""`newswire submit` reading its sources: what the API would refuse by size alone is refused before it is read."""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from pathlib import Path

import pytest

from services.cli import __main__ as cli
from services.cli.__main__ import _article_within, _items, main
from services.core.config import Settings
from services.stack.processes import free_port
from tests import feedserver


def test_a_file_larger_than_the_api_takes_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSWIRE_MAX_BODY_BYTES", raising=False)
    (tmp_path / "huge.txt").write_bytes(b"Title\n\n" + b"word " * (Settings.max_body_bytes // 5 + 1))
    (tmp_path / "small.txt").write_text("Title\n\nSome text.")
    read: list[Path] = []
    read_text = Path.read_text
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: read.append(self) or read_text(self, *a, **k))
    huge, small = _items([str(tmp_path)])[0]
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
    errors = [item.error for item in _items([str(tmp_path)])[0]]
    reason = "bytes: larger than the API takes in one request (1,000 bytes, NEWSWIRE_MAX_BODY_BYTES)"
    if limit == 1000:
        assert errors == [f"2,007 {reason}", None, f"over 1,000 {reason}"]
    else:
        assert errors == [None, None, None]


def test_a_feed_url_whose_doctype_defines_entities_is_refused():
    feed = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "boom">]><rss version="2.0"><channel><title>DF</title>'
            b"<item><title>t</title><description>Doctype entry: &x; Olaf Scholz.</description></item></channel></rss>")

    class Feed(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(feed)))
            self.end_headers()
            self.wfile.write(feed)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/df.rss"
        [item] = _items([url])[0]
    finally:
        server.shutdown()
        server.server_close()
    assert item.origin == url and item.payload is None
    assert item.error.startswith("feed is malformed after 0 entries: a DOCTYPE with an internal subset")


def test_feed_urls_are_fetched_as_ingest_fetches_them():
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title>'
           b"<link>/one</link><description>Olaf Scholz spoke in Hamburg.</description></item></channel></rss>")
    answers = {
        "/feed.rss": feedserver.feed(rss),
        "/cut": feedserver.Answer(parts=(rss[:50],), length=len(rss)),  # was a traceback (IncompleteRead)
        "/huge": feedserver.Answer(parts=(b"x" * 2**20,) * 1024, close_delimited=True),  # was read whole, 1 GB
        "/ftp": feedserver.redirect("ftp://127.0.0.1/feed.rss"),  # urllib follows it
    }
    with feedserver.serving(answers) as base:
        entry, cut, huge, ftp = _items([base + path for path in answers])[0]
    assert entry.origin == base + "/feed.rss#1" and entry.payload["url"] == base + "/one"
    assert cut.error == f"cannot fetch the feed: cut short: 50 of {len(rss):,} bytes came"
    assert huge.error == ("cannot fetch the feed: the feed is over 20,971,520 bytes, more than the 20 MB read of a "
                          "feed: not read")
    assert ftp.error == "cannot fetch the feed: redirected to ftp://127.0.0.1/feed.rss, which is not an http(s) address"


def test_a_feed_url_given_twice_is_fetched_once():
    # Review: `newswire submit URL URL` fetched the feed twice (ingest fetches it once).
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title>'
           b"<description>Olaf Scholz spoke in Hamburg.</description></item></channel></rss>")
    requests: list[str] = []
    with feedserver.serving({"/feed.rss": lambda: requests.append("/feed.rss") or feedserver.feed(rss)}) as base:
        items = _items([base + "/feed.rss", base + "/feed.rss"])[0]
    assert [item.origin for item in items] == [base + "/feed.rss#1"] and requests == ["/feed.rss"]


def test_a_feed_url_spelled_twice_is_fetched_once():
    # Closing note: "HTTP://host/x" and "http://host/x" (scheme and host are case-blind, ":80" and a fragment change
    # nothing a server sees) were fetched twice.
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title>'
           b"<description>Olaf Scholz spoke in Hamburg.</description></item></channel></rss>")
    requests: list[str] = []
    with feedserver.serving({"/feed.rss": lambda: requests.append("/feed.rss") or feedserver.feed(rss)}) as base:
        port = base.rsplit(":", 1)[1]
        spellings = [base + "/feed.rss", f"HTTP://127.0.0.1:{port}/feed.rss#top", f"http://LOCALHOST:{port}/feed.rss"]
        items = _items(spellings)[0]
    # localhost is another host name: fetched on its own, as it may be another server.
    assert [item.origin for item in items] == [base + "/feed.rss#1", spellings[2] + "#1"]
    assert requests == ["/feed.rss", "/feed.rss"]


def test_a_file_spelled_twice_is_read_once(tmp_path, monkeypatch):
    # Closing note: `newswire submit a.txt ./a.txt` read the file twice (ingest reads it once, by resolved path).
    (tmp_path / "a.txt").write_text("Title\n\nSome text.")
    monkeypatch.chdir(tmp_path)
    items = _items(["a.txt", "./a.txt", str(tmp_path / "a.txt"), "."])[0]
    assert [item.origin for item in items] == ["a.txt"]


def test_the_feed_limits_are_the_ones_set_in_the_environment(monkeypatch):
    # Closing note: the 20 MB, 30 s and 120 s of a feed's fetch were constants; a slow or large feed needs more.
    monkeypatch.setenv("NEWSWIRE_FEED_MAX_MB", "1")
    monkeypatch.setenv("NEWSWIRE_FEED_TIMEOUT", "1")
    monkeypatch.setenv("NEWSWIRE_FEED_DEADLINE", "2")
    answers = {
        "/two-mb": feedserver.Answer(parts=(b"x" * 2**20,) * 2, close_delimited=True),
        "/stalled": feedserver.Answer(parts=(b"<rss/>",), pause=3),
        "/trickle": feedserver.Answer(parts=(b"<",) * 200, pause=0.05),
    }
    with feedserver.serving(answers) as base:
        large, stalled, trickle = _items([base + path for path in answers])[0]
    assert large.error == ("cannot fetch the feed: the feed is over 1,048,576 bytes, more than the 1 MB read of a "
                           "feed: not read")
    assert stalled.error == "cannot fetch the feed: the server sent nothing for 1 s"
    assert trickle.error.startswith("cannot fetch the feed: not all there after 2 s (")


@pytest.mark.parametrize(("env", "message"), [
    ({"NEWSWIRE_FEED_MAX_MB": "0"},
     "environment variable NEWSWIRE_FEED_MAX_MB must be at least 1 (MB of a feed read), got 0"),
    ({"NEWSWIRE_FEED_TIMEOUT": "soon"}, "environment variable NEWSWIRE_FEED_TIMEOUT must be an integer, got 'soon'"),
    ({"NEWSWIRE_FEED_TIMEOUT": "60", "NEWSWIRE_FEED_DEADLINE": "30"},
     "environment variable NEWSWIRE_FEED_DEADLINE must be at least 60 (seconds a whole feed fetch may take, no less "
     "than NEWSWIRE_FEED_TIMEOUT), got 30"),
])
def test_a_feed_limit_that_cannot_be_is_refused_in_one_line(monkeypatch, capsys, env, message):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["--api", "http://127.0.0.1:9", "submit", "http://127.0.0.1:9/feed.rss"]) == 1
    assert " ".join(capsys.readouterr().out.split()) == f"newswire: {message}"


@pytest.mark.parametrize("argv", [["retry", ""], ["retry", "abc", " "], ["status", ""]])
def test_an_empty_article_id_is_refused_before_any_request(capsys, argv):
    # `newswire retry ""` asked for /v1/failed//retry, which the API redirected to the retry of every failed article.
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", *argv])  # nothing listens there: no request is made
    assert stopped.value.code == 2 and "an article id must not be empty" in capsys.readouterr().err


def test_an_api_nothing_listens_for_is_said_in_the_words_a_feed_fetch_uses(capsys):
    # It said "cannot reach the API at ...: <urlopen error [Errno 111] Connection refused>".
    base = f"http://127.0.0.1:{free_port()}"
    assert main(["--api", base, "status", "abc"]) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert out == f"cannot reach the API at {base}: connection refused (nothing listens at that address)"


@pytest.mark.parametrize("argv", [["status", "a/b"], ["retry", "abc", "x/y"]])
def test_an_article_id_with_a_slash_is_refused_before_any_request(capsys, argv):
    # The API reads a %2F back as "/" before routing: `status a/b` said "No such path: /v1/articles/a/b".
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", *argv])  # nothing listens there: no request is made
    assert stopped.value.code == 2 and "no article id holds a '/'" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "said"), [(["failed"], "(default 100"), (["watch"], "(default 20)"),
                                            (["status"], "(default 0:")])
def test_each_commands_help_gives_its_defaults(capsys, argv, said):
    """`newswire failed --help` said "at most this many (1 to 1000)" and not that it lists 100 unless told."""
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0 and said in " ".join(capsys.readouterr().out.split())


def test_an_article_id_with_other_url_characters_is_sent_encoded_guard():
    """Guard: other characters a URL gives a meaning to ('?', '#', '%') stay in an id, sent encoded."""
    from services.cli.__main__ import _article_id, _article_path

    assert [_article_id(value) for value in ("a?b", "a#b", "%2F")] == ["a?b", "a#b", "%2F"]
    assert _article_path("a?b") == "/v1/articles/a%3Fb"


EMPTY_RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet wire</title></channel></rss>'


def test_a_feed_of_no_entries_is_said_to_hold_none_not_sent_looking_for_a_file_type(tmp_path, capsys):
    """A valid feed with no entries said "no articles found (supported: .atom, .json, ...)": a file-type hint that
    misled for a URL, and for a feed file of a supported type too."""
    (tmp_path / "empty.atom").write_bytes(EMPTY_RSS)
    (tmp_path / "none.jsonl").write_text("\n\n")
    with feedserver.serving({"/feed.rss": feedserver.feed(EMPTY_RSS)}) as base:
        assert main(["--api", "http://127.0.0.1:9", "submit", base + "/feed.rss", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{base}/feed.rss: no articles in it (a feed with no entries)" in out
    assert f"{tmp_path / 'empty.atom'}: no articles in it (a feed with no entries)" in out
    assert f"{tmp_path / 'none.jsonl'}: no articles in it (no JSON lines)" in out
    assert "supported:" not in " ".join(out)


def test_a_folder_of_no_article_files_still_names_the_types_read_guard(tmp_path, capsys):
    """Guard: where nothing was read at all, the supported types are the hint."""
    (tmp_path / "notes.md").write_text("x")
    assert main(["--api", "http://127.0.0.1:9", "submit", str(tmp_path)]) == 1
    assert "no articles found (supported: .atom" in " ".join(capsys.readouterr().out.split())


def test_a_file_name_with_a_line_break_or_an_escape_is_printed_on_one_line(tmp_path, capsys):
    """A file name with a line break was printed raw in its "skipped" line, the reason on a line of its own."""
    (tmp_path / "bad\nname.json").write_text("not json")
    (tmp_path / "odd\x1b[31m.json").write_text("[1]")
    assert main(["--api", "http://127.0.0.1:9", "submit", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"skipped {tmp_path}/bad\\nname.json: invalid JSON: Expecting value" in out
    assert f"skipped {tmp_path}/odd\\x1b[31m.json[1]: a JSON article must be an object" in out
    assert "\x1b" not in out


def test_a_path_that_does_not_exist_is_said_before_anything_is_read_or_sent(tmp_path, capsys):
    """`newswire submit /nonexistent` drew a "submit 1/1" bar, then said "skipped ...: no such file or folder":
    every path is now checked first, and a missing one stops the run before any bar or request (exit 2)."""
    (tmp_path / "a.txt").write_text("Title\n\nFloods in Porto.")
    missing = tmp_path / "typo.txt"
    assert main(["--api", "http://127.0.0.1:1", "submit", str(tmp_path / "a.txt"), str(missing)]) == 2
    said = capsys.readouterr()
    assert " ".join(said.out.split()) == f"newswire submit: no such file or folder: {missing} nothing submitted"
    assert "submit" not in said.err  # no bar


def test_a_feed_url_is_not_taken_for_a_missing_path_guard(capsys):
    """Guard: a feed URL is no path, and is fetched (here: nothing listens, so it is skipped with its reason)."""
    url = f"http://127.0.0.1:{free_port()}/feed.rss"
    assert main(["--api", "http://127.0.0.1:1", "submit", url]) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "no such file or folder" not in out and f"skipped {url}: cannot fetch the feed" in out


def test_a_long_status_wait_is_sent_as_a_plain_number(monkeypatch):
    # `status ID --wait 1000000` was sent as "?wait=1e+06": a query string reads the '+' as a space, a 422.
    asked: list[str] = []

    def answer(base, method, path, payload=None):
        asked.append(path)
        return 200, {"id": "a", "status": "done", "article": {}}, {}

    monkeypatch.setattr("services.cli.__main__._patiently", answer)
    _article_within("http://x", "a", 1_000_000)
    assert asked == ["/v1/articles/a?wait=1000000"]


def test_the_watch_wait_wakes_when_the_pipes_reader_leaves_and_waits_without_a_file(monkeypatch):
    """The wait between two refreshes of a piped watch ends once the reader has gone; with no file behind stdout (a
    caller's StringIO) it is a plain wait, not an error."""
    reading, writing = os.pipe()
    with os.fdopen(writing, "w") as pipe:
        monkeypatch.setattr(sys, "stdout", pipe)
        assert cli._reader_left_within(0.05) is False  # guard: read by someone, it waits its time
        os.close(reading)
        started = time.monotonic()
        assert cli._reader_left_within(30) is True and time.monotonic() - started < 5
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert cli._reader_left_within(0.05) is False


def test_a_piped_watch_with_its_stdout_closed_ends_quietly(monkeypatch):
    """`newswire watch >&-`: with no stdout at all (Python's sys.stdout is None) its first line ended in a traceback
    (AttributeError) where the table it wrote before went nowhere; no reader is a reader that has gone."""
    monkeypatch.setattr(cli, "_newest", lambda base, limit: [{"id": "a1", "status": "done", "title": "T"}])
    monkeypatch.setattr(sys, "stdout", None)
    started = time.monotonic()
    cli._watch_lines("http://x", cli.parser().parse_args(["watch", "--interval", "30"]))
    assert time.monotonic() - started < 5


def test_a_piped_watch_still_writes_its_lines_to_a_stdout_read_guard(monkeypatch):
    monkeypatch.setattr(cli, "_newest", lambda base, limit: [{"id": "a1", "status": "done", "title": "T"}])
    monkeypatch.setattr(cli, "_reader_left_within", lambda seconds: True)  # its reader leaves after the first lines
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    cli._watch_lines("http://x", cli.parser().parse_args(["watch"]))
    assert sys.stdout.getvalue() == "a1  done  T\n"


def test_the_watch_wait_is_a_plain_wait_where_the_system_has_no_poll(monkeypatch):
    """select.poll is not on every system Python runs on (Windows has none): the piped watch's wait raised an
    AttributeError there, ending it in a traceback; it waits its time plainly, as for a StringIO."""
    monkeypatch.delattr(cli.select, "poll")
    reading, writing = os.pipe()
    with os.fdopen(writing, "w") as pipe:
        monkeypatch.setattr(sys, "stdout", pipe)
        started = time.monotonic()
        assert cli._reader_left_within(0.2) is False and time.monotonic() - started >= 0.2
    os.close(reading)


def test_a_piped_watch_writes_an_article_whose_title_has_line_breaks_on_one_line(monkeypatch):
    """The API takes a title with line breaks and tabs ("Two\\nlines"): the piped watch's line of it came out as two
    lines, of which `watch | grep failed` read the second as an article's; it is one line, its breaks written as
    escapes as the watch's outage lines and submit's origins are."""
    monkeypatch.setattr(cli, "_newest", lambda base, limit: [
        {"id": "a1", "status": "failed", "title": "Two\nlines\x1b[2J", "source": "wire\tdesk"}])
    monkeypatch.setattr(cli, "_reader_left_within", lambda seconds: True)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    cli._watch_lines("http://x", cli.parser().parse_args(["watch"]))
    assert sys.stdout.getvalue() == "a1  failed  Two\\nlines\\x1b[2J  wire\\tdesk\n"


def test_a_submit_whose_api_goes_away_part_way_says_how_many_went_in(tmp_path, monkeypatch, capsys):
    """An API stopped after a few batches ended `submit` with "cannot reach the API" alone, as if nothing went in (its
    exit status 1 says so), though the batches before were stored; it says how many went in first, as a Ctrl-C or a
    refusing API does."""
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\nText {n}.", encoding="utf-8")

    def answers(base, items, size):
        yield items[0], 202, {"id": "id0"}
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(cli, "_answers", answers)
    assert main(["--api", "http://127.0.0.1:1", "submit", str(tmp_path)]) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "submitted 1 of 3 before the API could no longer be reached" in out and "cannot reach the API" in out, out


def test_a_submit_whose_api_is_away_from_the_start_says_nothing_went_in_guard(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Title\n\nText.", encoding="utf-8")
    assert main(["--api", f"http://127.0.0.1:{free_port()}", "submit", str(tmp_path)]) == 1
    assert "submitted" not in capsys.readouterr().out


@pytest.mark.parametrize("interval", ["2147484", "1e10", "inf"])
def test_a_watch_interval_longer_than_a_day_is_refused_before_any_request(capsys, interval):
    """`watch --interval 2147484` (25 days) piped ended in an OverflowError's traceback at its first wait (poll takes
    at most 2**31 - 1 ms; a terminal's sleep overflowed past 292 years, "inf" at once): a day at most, said as an
    argument's error."""
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", "watch", "--interval", interval])
    assert stopped.value.code == 2 and "at most 86400 seconds" in capsys.readouterr().err


def test_a_watch_interval_of_a_day_is_taken_guard():
    assert cli.parser().parse_args(["watch", "--interval", "86400"]).interval == 86400.0


class _StandInApi(BaseHTTPRequestHandler):
    """A tiny stand-in API: takes every article (`POST /v1/articles`, ids "s1", "s2" ...) and every batch (`POST
    /v1/batches`, batch "b1", ids "b1-0" ...) unless `batch_status` says otherwise (404, 405: an API without
    batches); no article ever ends (queued, a batch with no worker). Its requests are listed in `asked`."""

    batch_status = 202
    asked: list[str]

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).asked.append(f"POST {self.path}")
        if self.path == "/v1/articles":
            self._answer(202, {"id": f"s{len(self.asked)}", "status": "queued"})
        elif self.batch_status != 202:
            self._answer(self.batch_status, {"error": {"code": "not_found", "message": "No such path."}})
        else:
            self._answer(202, {"id": "b1", "items": [{"outcome": "accepted", "id": f"b1-{n}", "status": "queued"}
                                                     for n in range(len(body["articles"]))]})

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        type(self).asked.append(f"GET {self.path}")
        path = self.path.partition("?")[0]
        if path == "/v1/batches/b1":
            self._answer(200, {"id": "b1", "items": [{"outcome": "accepted", "id": f"b1-{n}", "status": "queued"}
                                                     for n in range(2)]})
        else:
            self._answer(200, {"id": path.rsplit("/", 1)[-1], "status": "queued", "article": {}})

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def _stand_in_api(batch_status: int = 202) -> Iterator[tuple[str, list[str]]]:
    """The address of a `_StandInApi` answering batches with `batch_status`, and the requests it was sent."""
    handler = type("Api", (_StandInApi,), {"batch_status": batch_status, "asked": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", handler.asked
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("batch", ["50", "1"])
def test_submit_wait_gives_up_at_its_timeout_listing_what_is_still_pending(tmp_path, capsys, batch):
    """`submit --wait` asked forever for articles that never end (a batch queued with no worker running, an article
    whose record went): `--timeout SECONDS` stops the wait, lists the articles still pending with their origins and
    exits with 3 (in a batch, followed by its progress; alone, by each article's long poll)."""
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\nText {n}.", encoding="utf-8")
    with _stand_in_api() as (base, _):
        code = main(["--api", base, "submit", "--batch", batch, "--wait", "--timeout", "0.5", str(tmp_path)])
    out = " ".join(capsys.readouterr().out.split())
    ids = ["b1-0", "b1-1"] if batch == "50" else ["s1", "s2"]
    assert code == 3, out
    assert (f"still pending after 0.5 s (--timeout): 2 {ids[0]} {tmp_path / 'a0.txt'} {ids[1]} {tmp_path / 'a1.txt'}"
            in out), out
    assert "done 0, failed 0, still pending 2" in out, out


def test_submit_timeout_without_wait_is_refused_as_an_argument_guard(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", "submit", "--timeout", "5", "seeds"])
    assert stopped.value.code == 2 and "give --wait too" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-1", "nan", "soon"])
def test_a_submit_timeout_that_is_no_time_is_refused_guard(capsys, value):
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", "submit", "--wait", "--timeout", value, "seeds"])
    assert stopped.value.code == 2 and "--timeout" in capsys.readouterr().err


def test_a_batch_item_too_long_is_said_as_the_413_its_article_alone_gets():
    """A text too long in a batch was reported "422 Invalid fields: text." where `--batch 1` said "413 Text has ...":
    the item's `error_detail` gives the code and message of the article's POST alone."""
    detail = {"code": "too_large", "message": "Text has 9 characters; the limit is 5."}
    status, body = cli._item_answer({"outcome": "invalid", "error": {"text": [detail["message"]]},
                                     "error_detail": detail})
    assert cli._error_text(status, body) == "413 Text has 9 characters; the limit is 5."


def test_a_batch_item_of_an_api_from_before_error_detail_is_said_by_its_fields_guard():
    status, body = cli._item_answer({"outcome": "invalid", "error": {"text": ["Missing data for required field."]}})
    assert cli._error_text(status, body) == "422 Invalid fields: text. text: Missing data for required field."


@pytest.mark.parametrize("batch_status", [404, 405])
def test_an_api_without_batches_is_sent_each_article_alone_and_asked_for_batches_once(tmp_path, capsys,
                                                                                      batch_status):
    """An API from before batches answers `POST /v1/batches` with 404 (or 405): `submit` sends that batch's articles,
    and every later one, a `POST /v1/articles` each, asking for batches no more; each goes in with its own id."""
    for n in range(4):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\nText {n}.", encoding="utf-8")
    with _stand_in_api(batch_status) as (base, asked):
        code = main(["--api", base, "submit", "--batch", "2", str(tmp_path)])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0 and "submitted 4, refused 0" in out, out
    assert asked == ["POST /v1/batches"] + ["POST /v1/articles"] * 4
    assert all(f"s{n} {tmp_path / f'a{n - 2}.txt'}" in out for n in range(2, 6)), out


def test_an_api_with_batches_is_sent_them_guard(tmp_path, capsys):
    for n in range(4):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\nText {n}.", encoding="utf-8")
    with _stand_in_api() as (base, asked):
        code = main(["--api", base, "submit", "--batch", "2", str(tmp_path)])
    assert code == 0 and asked == ["POST /v1/batches"] * 2, capsys.readouterr().out


@pytest.mark.parametrize(("value", "said"), [("two", "argument --batch: not a whole number of articles: 'two'"),
                                             ("2.5", "argument --batch: not a whole number of articles: '2.5'"),
                                             ("0", "argument --batch: must be at least 1 (articles), got 0")])
def test_a_batch_size_is_refused_in_the_words_of_every_count_argument(capsys, value, said):
    """`submit --batch` and `python -m services.stack --workers` refused a bad count in two wordings ("not a number of
    articles", "a whole number is needed"): one type, `count_of`, for both (test_stack checks --workers)."""
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", "submit", "--batch", value, "seeds"])
    assert stopped.value.code == 2 and said in capsys.readouterr().err


def test_a_batch_of_one_is_taken_guard():
    assert cli.parser().parse_args(["submit", "--batch", "1", "seeds"]).batch == 1


@pytest.mark.parametrize(("argv", "said"), [(["watch", "--limit", "0"], "argument --limit: must be at least 1 (rows)"),
                                            (["failed", "--limit", "0"], "argument --limit: must be at least 1"),
                                            (["failed", "--limit", "ten"], "not a whole number of articles: 'ten'")])
def test_a_list_limit_of_no_rows_is_refused_as_an_argument_before_any_request(capsys, argv, said):
    """`watch --limit 0` and `failed --limit 0` were sent, and the API's 422 said "Invalid fields: limit. limit: Must
    be greater than or equal to 1" (exit 1), as if a body were wrong: refused as `--batch 0` is, exit status 2."""
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", *argv])
    assert stopped.value.code == 2 and said in capsys.readouterr().err


def test_list_limits_of_one_are_taken_guard():
    assert cli.parser().parse_args(["watch", "--limit", "1"]).limit == 1
    assert cli.parser().parse_args(["failed", "--limit", "1000"]).limit == 1000


def test_status_waits_a_part_of_a_second_as_asked(monkeypatch):
    """`status ID --wait 1.5` was refused, "invalid int value: '1.5'", where the API and `submit --timeout` take
    seconds as they come; it is sent as asked."""
    asked: list[str] = []
    monkeypatch.setattr(cli, "_patiently", lambda base, method, path, payload=None: asked.append(path) or (
        200, {"id": "a", "status": "done", "article": {}}, {}))
    assert main(["--api", "http://x", "status", "a", "--wait", "1.5"]) == 0
    assert asked == ["/v1/articles/a?wait=1.5"]


@pytest.mark.parametrize("value", ["-1", "nan", "soon"])
def test_a_status_wait_that_is_no_time_is_refused_as_an_argument_guard(capsys, value):
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", "status", "a", "--wait", value])
    assert stopped.value.code == 2 and "argument --wait" in capsys.readouterr().err


def test_the_progress_bars_are_drawn_on_a_terminal_only(tmp_path, capsys):
    """`newswire submit ... 2>> submit.log` (stderr a file, not a terminal) had the bar's frames, "submit: 0%| ...
    ?article/s]" redrawn with carriage returns, in its log: the bars are drawn where stderr is a terminal only. Guard:
    what it says (the counts, the ids) is still written."""
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\nText {n}.", encoding="utf-8")
    with _stand_in_api() as (base, _):
        assert main(["--api", base, "submit", "--jsonl", str(tmp_path)]) == 0
    said = capsys.readouterr().err
    assert "submit:" not in said and "article/s" not in said and "\r" not in said, said
    assert "submitted 2, refused 0" in said, said


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_the_progress_bars_are_drawn_on_a_terminal_guard(tmp_path, monkeypatch):
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\nText {n}.", encoding="utf-8")
    monkeypatch.setattr(sys, "stderr", _Terminal())
    with _stand_in_api() as (base, _):
        assert main(["--api", base, "submit", "--jsonl", str(tmp_path)]) == 0
    assert "submit: 100%" in sys.stderr.getvalue() and "2/2" in sys.stderr.getvalue()


class _EmptyListApi(_StandInApi):
    """A stand-in API whose list keeps nothing, with one story ("known") and no entity."""

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        type(self).asked.append(f"GET {self.path}")
        path = self.path.partition("?")[0]
        if path == "/v1/articles":
            self._answer(200, {"items": [], "next_cursor": None})
        elif path == "/v1/stories/known":
            self._answer(200, {"id": "known", "articles": []})
        else:
            what = "story" if path.startswith("/v1/stories/") else "entity"
            self._answer(404, {"error": {"code": "not_found",
                                         "message": f"No {what} with id '{path.rsplit('/', 1)[-1]}'."}})


@pytest.mark.parametrize(("argv", "code", "said"), [
    (["--story", "nope"], 1, "answered 404 No story with id 'nope'."),
    (["--entity", "nobody"], 1, "answered 404 No entity with id 'nobody'."),
    (["--story", "known"], 0, "exported 0"),  # guard: a story that is there, whose articles the filters leave out
    (["--source", "nowhere"], 0, "exported 0"),  # guard: a filter of no id is not looked up
])
def test_an_export_of_nothing_says_when_its_story_or_entity_does_not_exist(capsys, argv, code, said):
    """`newswire export --story <a mistyped id>` wrote nothing and said "exported 0", exit 0, as for a story whose
    articles the other filters leave out: an export that keeps nothing now asks for the story or entity it names, and
    ends with the API's 404 where there is none."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Api", (_EmptyListApi,), {"asked": []}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        assert main(["--api", f"http://127.0.0.1:{server.server_port}", "export", *argv]) == code
    finally:
        server.shutdown()
        server.server_close()
    captured = capsys.readouterr()
    assert captured.out == "" and said in " ".join(captured.err.split()), captured.err


def test_submit_jsonl_writes_a_line_for_each_article_still_pending_at_its_timeout(tmp_path, capsys):
    """With `--jsonl`, an article still on its way at `--timeout` had no line: a script knew it only by its absence.
    Each now has `{"origin", "id", "status": "pending"}`. Guard: the first lines, as each went in, stay."""
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\nText {n}.", encoding="utf-8")
    with _stand_in_api() as (base, _):
        assert main(["--api", base, "submit", "--jsonl", "--wait", "--timeout", "0.2", str(tmp_path)]) == 3
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    origins = [str(tmp_path / "a0.txt"), str(tmp_path / "a1.txt")]
    assert lines == [{"origin": origin, "id": f"b1-{n}", "duplicate": False} for n, origin in enumerate(origins)] + [
        {"origin": origin, "id": f"b1-{n}", "status": "pending"} for n, origin in enumerate(origins)]


def test_a_retry_of_nothing_is_refused_on_stderr_as_an_argument(capsys):
    """`newswire retry` with neither ids nor --all wrote "retry needs article ids, or --all" on stdout, where a script
    reads results; it is an argument's error now, on stderr with the usage, exit status 2 as before."""
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", "retry"])
    said = capsys.readouterr()
    assert stopped.value.code == 2 and said.out == "" and "retry needs article ids, or --all" in said.err


def test_a_retry_of_ids_and_all_is_still_refused_guard(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--api", "http://127.0.0.1:1", "retry", "--all", "abc"])
    assert stopped.value.code == 2 and "not allowed with" in capsys.readouterr().err


def test_a_console_whose_reader_left_leaves_no_file_open():
    """The console led its closed stream to /dev/null through a file it opened and never closed: one descriptor
    left open for each console whose reader left. Guard: what follows still goes nowhere, quietly."""
    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone
    with os.fdopen(writing, "w") as stream:
        console = cli._Console(file=stream, soft_wrap=True)
        before = len(os.listdir("/proc/self/fd"))
        console.print("a line for no one")
        assert len(os.listdir("/proc/self/fd")) == before and console.quiet
        console.print("and another")
