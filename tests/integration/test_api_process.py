"""The API as it runs in production: gunicorn in its own process, over real HTTP."""
from __future__ import annotations

import contextlib
import http.server
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services.api.observability import SCHEMA_VERSION
from services.core import keys
from services.core.client import call, exchange
from services.core.store import Store
from services.stack import processes
from tests.conftest import ADMIN_KEY, READ_KEY
from tests.feedserver import served

from .helpers import GatewayProxy, interruptible, unique


def test_gunicorn_api_round_trip(api_base, worker, seed_texts, store):
    text = unique(seed_texts["004"])
    request = urllib.request.Request(api_base + "/v1/articles", method="POST",
                                     data=json.dumps({"title": "Stoltenberg", "text": text}).encode(),
                                     headers={"Content-Type": "application/json",
                                              "Authorization": f"Bearer {ADMIN_KEY}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 202
        location, body = response.headers["Location"], json.loads(response.read())
    assert location.endswith(body["id"])
    status, article = call(api_base, "GET", f"{location}?wait=60", key=ADMIN_KEY)
    assert status == 200 and article["status"] == "done"
    groups = {g["name"] for g in article["enrichment"]["entity_groups"]}
    assert "Jens Stoltenberg" in groups
    # Once the answer is sent, the server keeps the view in Redis for its other processes.
    view_key = keys.article_view(body["id"], SCHEMA_VERSION)
    for _ in range(50):
        if store.redis.exists(view_key):
            break
        time.sleep(0.1)
    assert json.loads(store.redis.get(view_key)) == article


def test_every_line_the_worker_and_the_api_log_is_json(api_base, worker, seed_texts, service_logs):
    # An article through both, so the lines of work are there beside the start-up lines (gunicorn's own, Celery's
    # banner and its warning about running as root were plain text).
    status, body = call(api_base, "POST", "/v1/articles", {"text": unique(seed_texts["001"])}, key=ADMIN_KEY)
    assert status == 202 and call(api_base, "GET", f"/v1/articles/{body['id']}?wait=60", key=ADMIN_KEY)[0] == 200
    for name in ("worker.log", "api.log"):
        lines = [line for line in (service_logs / name).read_text().splitlines() if line.strip()]
        assert len(lines) > 3, name
        not_json = [line for line in lines if not line.startswith("{") or not isinstance(json.loads(line), dict)]
        assert not not_json, (name, not_json[:5])
    loggers = {json.loads(line)["logger"] for line in (service_logs / "api.log").read_text().splitlines() if line}
    assert "gunicorn.error" in loggers


def _cli(api_base: str, service_env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "services.cli", "--api", api_base, *args], env=service_env,
                          capture_output=True, text=True, timeout=180)


class _Quiet(http.server.BaseHTTPRequestHandler):
    """A stand-in server's handler that keeps its request log off the test output."""

    def log_message(self, *_: object) -> None:
        pass

    def answer(self, status: int, headers: dict[str, str], body: dict[str, Any]) -> None:
        """Send a JSON answer with these extra headers."""
        data = json.dumps(body).encode()
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def test_cli_submits_with_progress_and_shows_status(api_base, worker, service_env, tmp_path):
    article = tmp_path / "cli.txt"
    article.write_text("CLI headline\n\n" + unique("Angela Merkel said: \u201cWe will manage.\u201d"), encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"text": ""}', encoding="utf-8")
    submitted = _cli(api_base, service_env, "submit", str(tmp_path), "--wait")
    assert submitted.returncode == 2  # one item refused
    assert "submitted 1, refused 1" in submitted.stdout and "bad.json" in submitted.stdout
    assert "enrich" not in submitted.stderr  # the progress bar: on a terminal only (test_cli_submit.py)
    # The API's reason for the field at fault is shown; nothing went in: exit 1, as ingest's.
    refused = _cli(api_base, service_env, "submit", str(tmp_path / "bad.json"))
    assert refused.returncode == 1, refused
    assert "text: Text must not be empty or only whitespace." in " ".join(refused.stdout.split())
    _, page = call(api_base, "GET", "/v1/articles?limit=1", key=ADMIN_KEY)
    status = _cli(api_base, service_env, "status", page["items"][0]["id"])
    assert status.returncode == 0 and "CLI headline" in status.stdout and "done" in status.stdout
    assert "Angela Merkel" in status.stdout
    missing = _cli(api_base, service_env, "status", "nope")
    assert missing.returncode == 1 and "404" in missing.stdout
    assert _cli(api_base, service_env, "failed", "--limit", "5").returncode == 0
    refused = _cli(api_base, service_env, "failed", "--limit", "0")
    # Refused as an argument, before any request (it was the API's 422, exit 1).
    assert refused.returncode == 2 and "argument --limit: must be at least 1" in refused.stderr, refused
    retry = _cli(api_base, service_env, "retry")
    assert retry.returncode == 2 and "retry needs article ids, or --all" in retry.stderr and not retry.stdout
    german = call(api_base, "POST", "/v1/articles", {"text": unique(
        "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die Ukraine deutlich zu erhöhen. "
        "Der Kanzler sagte, man stehe fest an der Seite des Landes.")}, key=ADMIN_KEY)[1]["id"]
    shown = _cli(api_base, service_env, "status", german, "--wait", "60")
    assert shown.returncode == 0 and "only English text is enriched" in " ".join(shown.stdout.split())
    # No empty lines of what a text not analysed has none of (they printed as "entities: " and "summary: ").
    assert "entities:" not in shown.stdout and "summary:" not in shown.stdout, shown.stdout
    # Guard: nor of key phrases, money or a story (such a text joins none).
    assert not [line for line in shown.stdout.splitlines() if line.startswith(("key phrases:", "money:", "story:"))]


def test_cli_status_shows_the_key_phrases_money_and_story_of_a_done_article(api_base, worker, service_env):
    """`newswire status` of a done article showed its entities, summary and quotes, not its key phrases, its money or
    the story it joined: a line each now, compact (the first key phrases and sums)."""
    text = unique("Siemens will invest £18.2bn in new electric train factories in Germany, chief executive Roland "
                  "Busch said on Tuesday. The train factories will open in 2027.")
    article_id = call(api_base, "POST", "/v1/articles", {"text": text}, key=ADMIN_KEY)[1]["id"]
    enrichment = call(api_base, "GET", f"/v1/articles/{article_id}?wait=60", key=ADMIN_KEY)[1]["enrichment"]
    shown = _cli(api_base, service_env, "status", article_id)
    assert shown.returncode == 0, shown.stdout
    lines = {line.partition(": ")[0]: line.partition(": ")[2] for line in shown.stdout.splitlines()}
    assert lines["money"] == "£18.2bn (18.2bn GBP)"
    assert lines["key phrases"].split(", ") == [phrase["text"] for phrase in enrichment["keyphrases"][:8]]
    assert lines["story"] == enrichment["story_id"]
    # Named entities only: the sum (MONEY) and "Tuesday" (DATE) crowded out names, the sum shown twice.
    assert lines["entities"].startswith("Siemens (ORG), ") and "Roland Busch (PERSON)" in lines["entities"]
    assert "(MONEY)" not in lines["entities"] and "(DATE)" not in lines["entities"], lines["entities"]


def test_cli_submit_prints_the_ids_it_made_and_a_json_line_an_item_with_jsonl(api_base, service_env, tmp_path):
    """`newswire submit` said "submitted 2, refused 1" and nothing of the ids: an article could not be polled. The ids
    follow, each with its origin; `--jsonl` writes a JSON line an item on stdout, everything else on stderr."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Title {name}\n\n" + unique(f"Floods in Porto, report {name}."))
    (tmp_path / "bad.json").write_text('{"text": ""}')
    human = _cli(api_base, service_env, "submit", str(tmp_path))
    assert human.returncode == 2 and "submitted 2, refused 1" in human.stdout, human.stdout
    listed = {line.split()[1]: line.split()[0] for line in human.stdout.splitlines() if line.startswith("  ")}
    assert set(listed) == {str(tmp_path / "a.txt"), str(tmp_path / "b.txt")}, human.stdout
    for path, article_id in listed.items():
        assert call(api_base, "GET", f"/v1/articles/{article_id}", key=ADMIN_KEY)[1]["article"]["title"] == \
            f"Title {path[-5]}"
    lines = _cli(api_base, service_env, "submit", "--jsonl", str(tmp_path))
    assert lines.returncode == 2 and "submitted 2 (2 of them there already), refused 1" in lines.stderr, lines.stderr
    entries = {entry["origin"]: entry for entry in map(json.loads, lines.stdout.splitlines())}
    assert {path: entry["id"] for path, entry in entries.items() if "id" in entry} == listed
    assert all(entry.get("duplicate") for path, entry in entries.items() if path in listed)
    assert entries[f"{tmp_path / 'bad.json'}[1]"]["error"].startswith("422")


def test_schemathesis_fuzz_finds_no_server_error(api_base, worker, service_env, tmp_path):
    """Property-based requests generated from /openapi.json: whatever they send, never a 5xx."""
    result = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "run", f"{api_base}/openapi.json",
         "--header", f"Authorization: Bearer {ADMIN_KEY}", "--checks", "not_a_server_error",
         "--max-examples", "30", "--seed", "1", "--request-timeout", "70", "--report-dir", str(tmp_path)],
        env=service_env, capture_output=True, text=True, timeout=900, cwd=tmp_path,
    )
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "passed" in result.stdout.lower()


def test_eval_runs_through_the_real_system_on_a_slice(api_base, worker, monkeypatch):
    """`make eval` on the first documents of each gold file, through the running API and worker."""
    from services.eval.__main__ import DEFAULT_DATA, run, table

    monkeypatch.setenv("NEWSWIRE_API_KEY", ADMIN_KEY)
    results = run(DEFAULT_DATA, limit=2, base=api_base, workers=1, parts=["ner", "summary", "quotes"])
    assert results["ner"]["documents"] == results["summary"]["documents"] == results["quotes"]["documents"] == 2
    for system in ("raw", "newswire"):
        assert 0 < results["ner"][system]["f1"] <= 1
    for system in ("lead3", "newswire"):
        assert 0 < results["summary"][system]["r1"] <= 100
    for system in ("baseline", "newswire"):
        assert 0 <= results["quotes"][system]["speaker"] <= 1 and results["quotes"][system]["recall"] > 0
    printed = table(results)
    assert "NER F1" in printed and "ROUGE-2" in printed and "Quotes speaker" in printed


def _raw_post(api_base: str, head: str, body: bytes, chunked: bool = False) -> tuple[int, dict]:
    """POST over a raw socket (a short body, or chunked encoding, which clients like urllib do not send here)."""
    host, port = api_base.rsplit("/", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head.encode() + b"\r\n")
        if chunked:
            for start in range(0, len(body), 65536):
                piece = body[start:start + 65536]
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            sock.sendall(b"0\r\n\r\n")
        else:
            sock.sendall(body)
            sock.shutdown(socket.SHUT_WR)  # the client stops sending: the body ends here
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
            if b"\r\n\r\n" in reply and reply.endswith(b"}"):
                break
    status = int(reply.split(b" ", 2)[1])
    return status, json.loads(reply.split(b"\r\n\r\n", 1)[1])


def _head(length_header: str, path: str = "/v1/articles") -> str:
    return (f"POST {path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {ADMIN_KEY}\r\nConnection: close\r\n{length_header}\r\n")


def test_a_body_cut_short_of_its_content_length_is_refused(api_base, store):
    body = json.dumps({"text": unique("A body the client stops sending half way.")}).encode()
    before = store.redis.zcard(keys.articles_by_seq())
    status, answer = _raw_post(api_base, _head(f"Content-Length: {len(body) + 40}"), body)
    assert status == 400 and "Content-Length" in answer["error"]["message"]
    assert store.redis.zcard(keys.articles_by_seq()) == before


def test_a_chunked_body_over_the_limit_is_413_not_cut_to_it(api_base, settings, store):
    text = "word " * (settings.max_body_bytes // 5)
    body = json.dumps({"text": text}).encode()
    before = store.redis.zcard(keys.articles_by_seq())
    status, answer = _raw_post(api_base, _head("Transfer-Encoding: chunked"), body, chunked=True)
    assert answer["error"] == {"code": "too_large",
                               "message": f"The request body is larger than {settings.max_body_bytes} bytes."}
    assert status == 413
    status, _ = _raw_post(api_base, _head("Transfer-Encoding: chunked"),
                          json.dumps({"text": unique("A chunked body within the limit.")}).encode(), chunked=True)
    assert status == 202
    assert store.redis.zcard(keys.articles_by_seq()) == before + 1


def _chunked(body: bytes) -> bytes:
    return b"%x\r\n%s\r\n0\r\n" % (len(body), body)


# Bodies sent as they are after `Transfer-Encoding: chunked`, the writing side closed after them.
MALFORMED_CHUNKED = {
    "a bad chunk size after the first chunk": lambda body: b'5\r\n{"tex\r\nZZ\r\n',
    "a chunk without its terminator": lambda body: b"5\r\n" + body[:5] + b"XX" + body[5:],
    "a chunk longer than declared": lambda body: b"5\r\n" + body + b"\r\n0\r\n\r\n",
    "the client stopping before a chunk's terminator": lambda body: b"5\r\n" + body[:5],
    "the client stopping mid-chunk": lambda body: b"%x\r\n" % (len(body) + 100) + body,
    "a trailer named Trailer": lambda body: _chunked(body) + b"Trailer: x\r\n\r\n",
}


def test_a_badly_chunked_body_is_400_and_nothing_is_stored(api_base, store, service_logs):
    before, log = store.redis.zcard(keys.articles_by_seq()), service_logs / "api.log"
    tracebacks = log.read_text(errors="replace").count("Traceback")
    for path, payload in (("/v1/articles", {"text": "A body badly chunked."}),
                          ("/v1/batches", {"articles": [{"text": "A batch badly chunked."}]})):
        for name, malformed in MALFORMED_CHUNKED.items():
            body = json.dumps(payload).replace("chunked.", unique("chunked.")).encode()
            status, answer = _raw_post(api_base, _head("Transfer-Encoding: chunked", path), malformed(body))
            assert (status, answer["error"]["code"]) == (400, "bad_request"), (path, name, answer)
            assert "cut short or badly chunked" in answer["error"]["message"], (path, name, answer)
    assert store.redis.zcard(keys.articles_by_seq()) == before
    # gunicorn's parse errors (InvalidChunkSize, ChunkMissingTerminator, InvalidHeaderName) were 500s.
    assert log.read_text(errors="replace").count("Traceback") == tracebacks


def test_cli_reports_api_errors_and_unreadable_feeds_without_a_traceback(api_base, service_env, tmp_path):
    wrong_key = {**service_env, "NEWSWIRE_API_KEY": "not-a-key-of-this-server-0123"}
    for args in (["failed"], ["retry", "--all"], ["status", "x"], ["submit", str(tmp_path)]):
        (tmp_path / "one.txt").write_text("Headline\n\n" + unique("An article for a refused key."), encoding="utf-8")
        result = _cli(api_base, wrong_key, *args)
        assert result.returncode == 1 and "401" in result.stdout and "Traceback" not in result.stderr, result

    class HtmlError(_Quiet):
        def do_GET(self) -> None:  # a proxy's error page
            self.send_response(502)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>Bad gateway</body></html>")

    with served(HtmlError) as proxy:
        result = _cli(proxy, service_env, "status", "x")
    assert result.returncode == 1 and "502" in result.stdout and "Bad gateway" in result.stdout, result
    assert "Traceback" not in result.stderr

    feed = f"http://127.0.0.1:{processes.free_port()}/feed.rss"  # nothing listens there
    result = _cli(api_base, service_env, "submit", feed, str(tmp_path))
    assert result.returncode == 2 and "submitted 1, refused 1" in result.stdout, result
    assert f"{feed}: cannot fetch the feed" in result.stdout


def test_cli_without_a_key_says_where_it_takes_one(api_base, service_env):
    # A 401 said only "Send a valid API key as 'Authorization: Bearer <key>'", which a terminal user cannot do.
    no_key = {name: value for name, value in service_env.items() if name != "NEWSWIRE_API_KEY"}
    result = _cli(api_base, no_key, "status", "x")
    assert result.returncode == 1 and "401" in result.stdout and "NEWSWIRE_API_KEY is not set" in result.stdout, result
    # guard: a key that is set but refused is not said to be missing.
    result = _cli(api_base, {**service_env, "NEWSWIRE_API_KEY": "not-a-key-of-this-server-0123"}, "status", "x")
    assert result.returncode == 1 and "401" in result.stdout and "is not set" not in result.stdout, result


def test_cli_submit_goes_on_past_a_file_too_large_for_the_api(api_base, worker, service_env, tmp_path):
    # The API answers 413 and closes the connection while a body this big is still being sent.
    (tmp_path / "a_big.txt").write_text("Headline\n\n" + "Words of a very long report. " * 300_000, encoding="utf-8")
    (tmp_path / "b_good.txt").write_text("Headline\n\n" + unique("An article after a huge one."), encoding="utf-8")
    result = _cli(api_base, service_env, "submit", str(tmp_path))
    assert result.returncode == 2 and "submitted 1, refused 1" in result.stdout, result
    assert "a_big.txt" in result.stdout and "Traceback" not in result.stderr


def test_cli_submit_takes_a_connection_closed_without_an_answer_as_that_article_refused(service_env, tmp_path):
    # However the close meets the client (while sending, or before the answer), the API is up: one article refused.
    class Closing(_Quiet):
        def do_GET(self) -> None:  # /healthz
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"status": "ok"}')

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.close_connection = True  # no answer at all

    (tmp_path / "one.txt").write_text("Headline\n\nAn article the server drops.", encoding="utf-8")
    with served(Closing) as server:
        result = _cli(server, service_env, "submit", str(tmp_path))
    assert result.returncode == 1 and "submitted 0, refused 1" in result.stdout, result
    assert "Traceback" not in result.stderr


def test_cli_takes_an_empty_success_as_no_api_and_refuses_bad_arguments_without_a_traceback(service_env, tmp_path):
    class EmptyOk(_Quiet):
        def do_POST(self) -> None:  # a server that is no Newswire API: 200, nothing in it
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST

    (tmp_path / "one.txt").write_text("Headline\n\n" + unique("An article for no API."), encoding="utf-8")
    with served(EmptyOk) as elsewhere:
        for args in (["submit", str(tmp_path)], ["retry", "abc"], ["retry", "--all"], ["status", "x"]):
            result = _cli(elsewhere, service_env, *args)
            assert result.returncode == 1 and "retried" not in result.stdout, result
            assert "Traceback" not in result.stderr, result
    for args, wrong in ((["--api", "not-a-url", "status", "x"], "--api"),
                        (["watch", "--interval", "-1"], "--interval"),
                        (["retry", "--all", "abc"], "not allowed with argument"),  # the id was ignored
                        (["retry", "abc", "--all"], "not allowed with argument")):
        result = subprocess.run([sys.executable, "-m", "services.cli", *args], env=service_env, capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 2 and wrong in result.stderr and "Traceback" not in result.stderr, result


def test_cli_submit_names_the_files_it_left_out_for_their_type(service_env, tmp_path):
    # Nothing to send, so no API is asked: the run says why nothing went in, as ingest does.
    for name in ("notes.md", "page.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    result = _cli("http://127.0.0.1:9", service_env, "submit", str(tmp_path))
    out = " ".join(result.stdout.split())
    assert result.returncode == 1 and "left out 2 file(s) of other types (.html, .md); read are .atom" in out, result
    assert "submitted 0, refused 0" in out and "no articles found (supported: .atom" in out


def test_cli_says_when_what_answers_is_not_http(service_env):
    listener = socket.create_server(("127.0.0.1", 0))

    def answer_garbage() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.recv(65536)
                connection.sendall(b"garbage\r\n")

    threading.Thread(target=answer_garbage, daemon=True).start()
    try:
        result = _cli(f"http://127.0.0.1:{listener.getsockname()[1]}", service_env, "failed")
    finally:
        listener.close()
    assert result.returncode == 1 and "cannot reach the API" in result.stdout and "not an HTTP answer" in result.stdout
    assert "Traceback" not in result.stderr, result


def test_cli_prints_brackets_as_written_and_quotes_odd_ids(api_base, worker, service_env):
    title = "Sale [bold]50%[/bold] off [/]"
    status, body = call(api_base, "POST", "/v1/articles", {"title": title, "text": unique("Retailers cut prices.")},
                        key=service_env["NEWSWIRE_API_KEY"])
    assert status == 202
    shown = _cli(api_base, service_env, "status", body["id"], "--wait", "60")
    assert shown.returncode == 0 and title in shown.stdout and "Traceback" not in shown.stderr, shown
    for odd in ("a b", "abc?x=1"):  # asked for as written, not cut at the "?"
        missing = _cli(api_base, service_env, "status", odd)
        assert missing.returncode == 1 and f"No article with id '{odd}'" in missing.stdout, missing
        assert "Traceback" not in missing.stderr


def test_cli_submit_waits_out_a_busy_api(service_env, tmp_path):
    answers = [(503, {"Retry-After": "0"}), (429, {"Retry-After": "0"}), (202, {})]
    posts: list[str] = []

    class Busy(_Quiet):
        def do_POST(self) -> None:  # full store, rate limit, then taken
            posts.append(self.rfile.read(int(self.headers["Content-Length"])).decode())
            status, headers = answers.pop(0) if answers else (503, {"Retry-After": "0"})
            self.answer(status, headers, {"id": "x1", "status": "queued"} if status == 202 else
                        {"error": {"code": "unavailable", "message": "busy"}})

    with served(Busy) as server:
        (tmp_path / "one.txt").write_text("Headline\n\nAn article for a busy API.", encoding="utf-8")
        taken = _cli(server, service_env, "submit", str(tmp_path / "one.txt"))
        assert taken.returncode == 0 and "submitted 1, refused 0" in taken.stdout and len(posts) == 3, taken
        # Still busy after every retry: an API error (exit 1), not an article refused; what went in is said.
        answers.append((202, {}))
        (tmp_path / "two.txt").write_text("Headline\n\nAnother article for a busy API.", encoding="utf-8")
        busy = _cli(server, service_env, "submit", "--batch", "1", str(tmp_path))  # an article a request, as served
        assert busy.returncode == 1 and "503" in busy.stdout and "refused" not in busy.stdout, busy
        assert "submitted 1 before the API stopped taking articles" in busy.stdout


def test_cli_submit_wait_waits_out_the_rate_limit_while_it_polls(service_env, tmp_path):
    reads = [(429, {"Retry-After": "0"}), (200, {})]

    class Limited(_Quiet):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.answer(202, {}, {"id": "x1", "status": "queued"})

        def do_GET(self) -> None:  # the limit is reached while it polls, then lifted
            status, headers = reads.pop(0) if reads else (200, {})
            self.answer(status, headers, {"id": "x1", "status": "done"} if status == 200 else
                        {"error": {"code": "rate_limited", "message": "slow down"}})

    with served(Limited) as server:
        (tmp_path / "one.txt").write_text("Headline\n\nAn article for a rate-limited API.", encoding="utf-8")
        waited = _cli(server, service_env, "submit", "--wait", str(tmp_path / "one.txt"))
        assert waited.returncode == 0 and "done 1, failed 0" in waited.stdout and not reads, waited


def _requests_counted(metrics: str, endpoint: str) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines()
               if line.startswith("newswire_http_requests_total{") and f'endpoint="{endpoint}"' in line)


def test_metrics_count_the_requests_of_every_api_process(service_env, tmp_path):
    # gunicorn's workers are separate processes: each scrape answered one worker's counts, going back and forth.
    share = {**service_env, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    script = ("import sys; from services.api import create_app; client = create_app().test_client()\n"
              "for _ in range(int(sys.argv[1])): client.get('/healthz')\n"
              "print(client.get('/metrics').get_data(as_text=True))")
    runs = [subprocess.run([sys.executable, "-c", script, str(n)], env=share, capture_output=True, text=True,
                           timeout=120, check=True) for n in (3, 5)]
    assert _requests_counted(runs[0].stdout, "health.healthz") == 3
    assert _requests_counted(runs[1].stdout, "health.healthz") == 3 + 5


def test_the_production_api_shares_its_metrics_between_workers(api_base):
    metrics = urllib.request.urlopen(f"{api_base}/metrics", timeout=10).read().decode()
    # The one-process registry's runtime metrics are absent in prometheus_client's multiprocess mode.
    assert "newswire_http_requests_total" in metrics and "python_gc_objects_collected_total" not in metrics


def test_requests_gunicorn_refuses_get_the_json_error_format(api_base):
    # Over gunicorn's limits the app never sees the request: its HTML error page was the one non-JSON answer.
    host, port = api_base.removeprefix("http://").split(":")
    for request, status in ((f"GET /v1/articles?q={'x' * 5000} HTTP/1.1\r\nHost: a\r\n\r\n", 414),
                            (f"GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: {'y' * 9000}\r\n\r\n", 431)):
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(request.encode())
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(f"HTTP/1.1 {status}".encode()) and b"application/json" in head, head
        assert json.loads(body)["error"]["code"] in ("uri_too_long", "headers_too_large"), body


@contextlib.contextmanager
def _api_without_workers(service_env: dict, redis_port: int, log: Path, **env: str) -> Iterator[str]:
    """An API process on a Redis that no worker reads (articles stay queued); yields its base URL."""
    port = processes.free_port()
    env = {**service_env, "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0", "PORT": str(port),
           "NEWSWIRE_API_WORKERS": "1", **env}
    base = f"http://127.0.0.1:{port}"
    api = processes.start_api(env, log)
    try:
        processes.wait_until(lambda: call(base, "GET", "/healthz", timeout=2)[0] == 200, 60, "api", api)
        yield base
    finally:
        processes.stop(api)


def test_long_polls_leave_threads_for_other_requests(service_env, private_redis, tmp_path):
    # 6 threads: 2 may wait. Each long poll waits its full time: nothing enriches the article.
    with _api_without_workers(service_env, private_redis, tmp_path / "api.log", NEWSWIRE_API_THREADS="6") as base:
        article_id = call(base, "POST", "/v1/articles", {"text": "Nobody enriches this article about Oslo."},
                          key=ADMIN_KEY)[1]["id"]
        answers: list[tuple[int, Any, Any]] = []

        def poll() -> None:
            answers.append(exchange(base, "GET", f"/v1/articles/{article_id}?wait=20", timeout=60, key=ADMIN_KEY))

        polls = [threading.Thread(target=poll) for _ in range(6)]
        for thread in polls:
            thread.start()
        processes.wait_until(lambda: len(answers) >= 4, 20, "the polls past the limit answered")
        assert call(base, "GET", "/healthz", timeout=20)[0] == 200
        # Answered while two polls still wait: with every thread waiting it had to wait for them.
        assert len(answers) == 4
        assert all(status == 200 and body["status"] == "queued" and headers["Retry-After"] == "1"
                   for status, body, headers in answers)
        for thread in polls:
            thread.join(60)
        assert [headers.get("Retry-After") for _, _, headers in answers[4:]] == [None, None]


def test_cli_status_of_a_failed_article_exits_2_as_submit_wait_does(service_env, private_redis, tmp_path):
    """`newswire status ID --wait 30 && publish` went on with a failed article: its status exited 0, as for a done one.
    Guard: an article still on its way exits 0 (its status was shown; nothing failed)."""
    store = Store.from_url(f"redis://127.0.0.1:{private_redis}/0")
    with _api_without_workers(service_env, private_redis, tmp_path / "api.log") as base:
        failing, waiting = (call(base, "POST", "/v1/articles", {"text": unique(text)}, key=ADMIN_KEY)[1]["id"]
                            for text in ("An article a worker fails.", "An article no worker takes."))
        store.mark_processing(failing)
        store.mark_failed(failing, "The worker found no text.")
        failed = _cli(base, service_env, "status", failing)
        pending = _cli(base, service_env, "status", waiting)
    assert failed.returncode == 2 and "failed" in failed.stdout and "The worker found no text." in failed.stdout
    assert pending.returncode == 0 and "queued" in pending.stdout, pending


def test_cli_status_waits_as_long_as_asked_past_the_apis_longest_wait(service_env, private_redis, tmp_path):
    """`newswire status ID --wait 120` answered "queued" after the API's NEWSWIRE_MAX_WAIT (30 s by default), as the
    API cuts a longer wait to it; it asks again until the time asked has passed. Guard: `--wait 0` answers at once."""
    with _api_without_workers(service_env, private_redis, tmp_path / "api.log", NEWSWIRE_MAX_WAIT="1") as base:
        waiting = call(base, "POST", "/v1/articles", {"text": unique("An article no worker takes, in Oslo.")},
                       key=ADMIN_KEY)[1]["id"]
        started = time.monotonic()
        waited = _cli(base, service_env, "status", waiting, "--wait", "5")
        took = time.monotonic() - started
        at_once = _cli(base, service_env, "status", waiting, "--wait", "0")
        took_at_once = time.monotonic() - started - took
    assert waited.returncode == 0 and "queued" in waited.stdout, waited
    assert took >= 5, took
    # Compared with the run that waited, not with a clock's number: both pay the same start of a CLI process.
    assert at_once.returncode == 0 and "queued" in at_once.stdout and took_at_once < took - 2, (at_once, took_at_once)


def test_cli_submit_behind_a_proxy_rides_out_its_bad_gateway(api_base, service_env, tmp_path):
    """Behind a reverse proxy (README, Operations), an API restarting is the proxy's 502: `newswire submit` refused
    every article meanwhile ("502 not a JSON answer: '<html>...'") and went on to the next; it asks again as it asks a
    busy API, and they go in."""
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(unique(f"Article {n} sent through a proxy, about Oslo."), encoding="utf-8")
    proxy = GatewayProxy(api_base)
    proxy.down = True

    def back_after_a_refusal() -> None:
        processes.wait_until(lambda: proxy.refused > 0, 60, "a 502")
        proxy.down = False

    threading.Thread(target=back_after_a_refusal, daemon=True).start()
    try:
        done = _cli(proxy.base, service_env, "submit", str(tmp_path))
    finally:
        proxy.close()
    assert proxy.refused > 0
    assert done.returncode == 0 and "submitted 2, refused 0" in done.stdout, done.stdout + done.stderr


def test_cli_submit_wait_names_failed_articles_and_exits_2(service_env, private_redis, tmp_path):
    store = Store.from_url(f"redis://127.0.0.1:{private_redis}/0")
    store.redis.flushdb()
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(unique(f"Article {n} about the harbour in Oslo."), encoding="utf-8")
    with _api_without_workers(service_env, private_redis, tmp_path / "api.log") as base:
        cli = subprocess.Popen([sys.executable, "-m", "services.cli", "--api", base, "submit", str(tmp_path), "--wait"],
                               env=service_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        processes.wait_until(lambda: len(list(store.iter_ids())) == 2, 60, "both submitted", cli)
        for article_id in store.iter_ids():  # as a worker fails them
            store.mark_failed(article_id, "The worker found no text.")
        out, _ = cli.communicate(timeout=120)
    assert cli.returncode == 2, out
    assert out.count("failed") >= 3 and out.count("The worker found no text.") == 2
    assert "done 0, failed 2" in out




def test_cli_submit_sends_a_folder_in_batches_and_says_each_items_outcome(service_env, private_redis, tmp_path):
    """`newswire submit` of a folder made one `POST /v1/articles` an article: a request, and a hit of the rate limit,
    each. It sends `POST /v1/batches` of several, a batch the API finds too long (413, NEWSWIRE_MAX_BATCH) in halves,
    and still says each item's id, duplicate or reason, in the order read."""
    store = Store.from_url(f"redis://127.0.0.1:{private_redis}/0")
    store.redis.flushdb()
    texts = [unique(f"Article {n} about the harbour in Oslo.") for n in range(5)]
    for n, text in enumerate(texts):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\n{text}", encoding="utf-8")
    (tmp_path / "b_bad.json").write_text('[{"text": ""}, {"text": "not json"', encoding="utf-8")  # unreadable
    (tmp_path / "c_bad.json").write_text('{"text": ""}', encoding="utf-8")  # refused by the API
    (tmp_path / "d_again.txt").write_text(f"Again\n\n{texts[0]}", encoding="utf-8")  # a duplicate
    with _api_without_workers(service_env, private_redis, tmp_path / "api.log", NEWSWIRE_MAX_BATCH="4") as base:
        result = _cli(base, service_env, "submit", str(tmp_path), "--jsonl")
        metrics = urllib.request.urlopen(f"{base}/metrics", timeout=10).read().decode()
    assert result.returncode == 2 and "submitted 6 (1 of them there already), refused 2" in result.stderr, result
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["origin"].rpartition("/")[2] for line in lines] == [
        "a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt", "b_bad.json", "c_bad.json[1]", "d_again.txt"]
    ids = [line["id"] for line in lines[:5]]
    assert len(set(ids)) == 5 and set(ids) == set(store.iter_ids())
    assert [line["duplicate"] for line in lines[:5]] == [False] * 5
    assert lines[7] == {"origin": str(tmp_path / "d_again.txt"), "id": ids[0], "duplicate": True}
    assert lines[5]["error"] and "id" not in lines[5], lines[5]
    assert lines[6]["error"] == "422 Invalid fields: text. text: Text must not be empty or only whitespace."
    # 7 articles to send: a batch of 7 refused (413), then halves of 3 and 4; no article on its own.
    assert _requests_counted(metrics, "batches.Batches") == 3, metrics
    assert _requests_counted(metrics, "articles.Articles") == 0


def test_cli_submit_wait_follows_a_batch_by_its_progress_not_each_article(api_base, worker, service_env, tmp_path):
    """`newswire submit --wait` long-polled each article in turn, a request (and a rate-limit hit) an article; the
    articles it sent in a batch are followed by `GET /v1/batches/<id>`, a request for them all each time."""
    for n in range(4):
        (tmp_path / f"a{n}.txt").write_text(unique(f"Article {n} about the harbour in Oslo."), encoding="utf-8")

    def counted() -> tuple[float, float]:
        metrics = urllib.request.urlopen(f"{api_base}/metrics", timeout=10).read().decode()
        return _requests_counted(metrics, "batches.Batch"), _requests_counted(metrics, "articles.Article")

    batch_reads, article_reads = counted()
    result = _cli(api_base, service_env, "submit", str(tmp_path), "--wait")
    assert result.returncode == 0 and "done 4, failed 0" in result.stdout, result
    assert "enrich" not in result.stderr  # the progress bar: on a terminal only (test_cli_submit.py)
    more_batch_reads, more_article_reads = counted()
    assert more_article_reads == article_reads, "an article polled on its own"
    assert more_batch_reads > batch_reads

def test_cli_submit_jsonl_wait_writes_each_articles_end_as_a_json_line(service_env, private_redis, tmp_path):
    """`newswire submit --jsonl --wait` wrote each item's id as a JSON line, and its end (done, failed and why) only as
    text on stderr: a script had to poll each id itself. Each end is a JSON line on stdout too, as the article ends."""
    store = Store.from_url(f"redis://127.0.0.1:{private_redis}/0")
    store.redis.flushdb()
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(unique(f"Article {n} about the harbour in Oslo."), encoding="utf-8")
    with _api_without_workers(service_env, private_redis, tmp_path / "api.log") as base:
        cli = subprocess.Popen([sys.executable, "-m", "services.cli", "--api", base, "submit", str(tmp_path), "--wait",
                                "--jsonl"], env=service_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        processes.wait_until(lambda: len(list(store.iter_ids())) == 2, 60, "both submitted", cli)
        for article_id in store.iter_ids():  # as a worker fails them
            store.mark_failed(article_id, "The worker found no text.")
        out, err = cli.communicate(timeout=120)
    assert cli.returncode == 2, err
    lines = [json.loads(line) for line in out.splitlines()]
    made = {line["origin"]: line["id"] for line in lines if "duplicate" in line}
    assert set(made) == {str(tmp_path / "a0.txt"), str(tmp_path / "a1.txt")}, out
    ends = [line for line in lines if "status" in line]
    assert sorted(ends, key=lambda end: end["origin"]) == [
        {"origin": origin, "id": made[origin], "status": "failed", "error": "The worker found no text."}
        for origin in sorted(made)], out
    assert "done 0, failed 2" in err  # the counts stay on stderr

def test_cli_export_writes_every_article_the_filters_keep_as_a_json_line(service_env, private_redis, tmp_path):
    """A researcher who ingested a folder had the list's titles and ids, and a script of their own to read each
    article: `newswire export --q WORD > out.jsonl` pages through the list (here past one page of 40) and writes each
    article as its GET answers it; the bar, the count and errors go to stderr, never into the data."""
    word = f"harbour{uuid.uuid4().hex[:8]}"
    reader = {**service_env, "NEWSWIRE_API_KEY": READ_KEY}  # its requests told apart in the API's log
    with _api_without_workers(service_env, private_redis, tmp_path / "api.log") as base:
        ids = {call(base, "POST", "/v1/articles", {"text": unique(f"Report {n} on the {word} in Oslo."),
                                                   "source": "wire"}, key=ADMIN_KEY)[1]["id"] for n in range(41)}
        call(base, "POST", "/v1/articles", {"text": unique("Another report on the harbour in Oslo.")}, key=ADMIN_KEY)
        exported = _cli(base, reader, "export", "--q", word)
        refused = _cli(base, service_env, "export", "--since", "yesterday")
        none_done = _cli(base, service_env, "export", "--q", word, "--status", "done")
        read = {article_id: call(base, "GET", f"/v1/articles/{article_id}", key=ADMIN_KEY)[1] for article_id in ids}
    assert exported.returncode == 0, exported.stderr
    lines = [json.loads(line) for line in exported.stdout.splitlines()]
    assert {line["id"] for line in lines} == ids and len(lines) == 41
    assert all(line == read[line["id"]] and line["status"] == "queued" for line in lines)
    assert "exported 41 (41 queued)" in exported.stderr
    assert none_done.returncode == 0 and none_done.stdout == "" and "exported 0" in none_done.stderr
    # A request a page of 100, not one an article as well (43 requests, against a rate limit of 1,200 a minute), nor
    # one a page of 40 (3 pages for 100 articles).
    logged = [json.loads(line) for line in (tmp_path / "api.log").read_text().splitlines() if line.startswith("{")]
    assert [entry["path"] for entry in logged if entry.get("key") == "reader"] == ["/v1/articles"]
    # A filter the API refuses: its reason on stderr, nothing on stdout (a script's output file stays empty).
    assert refused.returncode == 1 and refused.stdout == ""
    assert "422" in refused.stderr and "since: Not an ISO 8601 date" in refused.stderr, refused.stderr



def test_cli_export_reads_pages_of_40_from_an_api_that_takes_no_more(service_env, private_redis, tmp_path):
    """Guard: an API whose NEWSWIRE_MAX_PAGE_SIZE is below export's 100 refuses that page (422, `limit`); the export
    goes on with pages of 40, which every API takes, and misses nothing."""
    Store.from_url(f"redis://127.0.0.1:{private_redis}/0").redis.flushdb()
    word = f"quay{uuid.uuid4().hex[:8]}"
    reader = {**service_env, "NEWSWIRE_API_KEY": READ_KEY}
    with _api_without_workers(service_env, private_redis, tmp_path / "api.log", NEWSWIRE_MAX_PAGE_SIZE="40") as base:
        ids = {call(base, "POST", "/v1/articles", {"text": unique(f"Report {n} on the {word} in Oslo.")},
                    key=ADMIN_KEY)[1]["id"] for n in range(41)}
        exported = _cli(base, reader, "export", "--q", word)
    assert exported.returncode == 0 and "exported 41 (41 queued)" in exported.stderr, exported.stderr
    assert {json.loads(line)["id"] for line in exported.stdout.splitlines()} == ids
    logged = [json.loads(line) for line in (tmp_path / "api.log").read_text().splitlines() if line.startswith("{")]
    assert [entry["status"] for entry in logged if entry.get("key") == "reader"] == [422, 200, 200]

class _AnswersOnceThenHangs(_Quiet):
    """Takes the first article (202) and holds every later request until `release` (`held` says one is held)."""

    posts = 0
    held = threading.Event()
    release = threading.Event()

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        self.rfile.read(int(self.headers["Content-Length"]))
        type(self).posts += 1
        if type(self).posts == 1:
            self.answer(202, {}, {"id": "first-article", "status": "queued"})
            return
        type(self).held.set()
        type(self).release.wait(60)


def test_cli_submit_stopped_by_ctrl_c_says_what_went_in_without_a_traceback(service_env, tmp_path):
    """Ctrl-C while `newswire submit` (or `status --wait`, `export`) waited on the API ended in a traceback of
    http.client's, and said nothing of the articles already in; it now says how many went in, "interrupted", and
    exits 130 as a shell says of a command stopped by SIGINT."""
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\n\nArticle {n} about the harbour in Oslo.", encoding="utf-8")
    # An article a request (`--batch 1`): the stand-in answers the first and holds the second.
    code, out, err = _stopped_by_ctrl_c(_AnswersOnceThenHangs, service_env, "submit", "--batch", "1", str(tmp_path))
    assert code == 130 and "Traceback" not in err, err
    assert "submitted 1 of 2 before the interruption" in out and out.rstrip().endswith("interrupted"), out


def _stopped_by_ctrl_c(handler: type[_AnswersOnceThenHangs | _ListHeldAtItsSecondPage], env: dict, *args: str
                       ) -> tuple[int, str, str]:
    """`newswire ARGS` against a stand-in API of `handler`, stopped by Ctrl-C once the handler holds a request: its
    exit status, stdout and stderr."""
    server = _standing_in(handler)
    # Its output in a file: a pipe nobody reads yet would hold the command up once full (export's 40 articles).
    with tempfile.TemporaryFile("w+", encoding="utf-8") as stdout:
        try:
            cli = subprocess.Popen([sys.executable, "-m", "services.cli", "--api",
                                    f"http://127.0.0.1:{server.server_port}", *args], env=env, stdout=stdout,
                                   stderr=subprocess.PIPE, text=True, preexec_fn=interruptible)
            processes.wait_until(handler.held.is_set, 60, "the held request", cli)
            cli.send_signal(signal.SIGINT)
            _, err = cli.communicate(timeout=60)
        finally:
            handler.release.set()
            server.shutdown()
            server.server_close()
        stdout.seek(0)
        return cli.returncode, stdout.read(), err


class _EndlessList(_Quiet):
    """An API of articles without end: list pages of 40 ids, each page with a next cursor; each article ~8 kB."""

    hold_page: int | None = None
    held: threading.Event
    release: threading.Event

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        path, _, query = self.path.partition("?")
        if path == "/v1/articles":
            page = int(dict(urllib.parse.parse_qsl(query)).get("cursor", "0"))
            if page == type(self).hold_page:
                type(self).held.set()
                type(self).release.wait(60)
                return
            self.answer(200, {}, {"items": [{"id": f"a{page}-{n}"} for n in range(40)], "next_cursor": str(page + 1)})
            return
        self.answer(200, {}, {"id": path.rsplit("/", 1)[-1], "status": "done", "article": {"text": "Oslo. " * 1400}})


class _ListHeldAtItsSecondPage(_EndlessList):
    """`_EndlessList` whose second page's request is held until `release` (`held` says it is)."""

    hold_page = 1
    held = threading.Event()
    release = threading.Event()


def _standing_in(handler: type[_Quiet]) -> http.server.ThreadingHTTPServer:
    """A stand-in API serving `handler` on a free port, in a thread (close it with shutdown and server_close)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class _SecondSubmissionHeld(_Quiet):
    """A stand-in API that takes each article (202, id "aN"), its answer to the second held until `release`."""

    posted = 0
    release = threading.Event()

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        self.rfile.read(int(self.headers["Content-Length"]))
        type(self).posted += 1
        n = type(self).posted
        if n == 2:
            type(self).release.wait(60)
        self.answer(202, {"Location": f"/v1/articles/a{n}"}, {"id": f"a{n}", "status": "queued"})


def test_cli_submit_jsonl_writes_each_line_as_its_item_goes_in(service_env, tmp_path):
    """`newswire submit --jsonl | jq` had its lines only when the run ended (or 8 kB of them): stdout, a pipe, held
    them in its buffer, where the README and `newswire-ingest --jsonl` give each line as its item goes in."""
    for n in (1, 2):
        (tmp_path / f"{n}.txt").write_text(f"Title {n}\n\nReport {n} from the harbour in Oslo.")
    # A terminal user's Python: stdout to a pipe buffered (this run's environment may say PYTHONUNBUFFERED).
    env = {name: value for name, value in service_env.items() if name != "PYTHONUNBUFFERED"}
    server = _standing_in(_SecondSubmissionHeld)
    try:
        cli = subprocess.Popen([sys.executable, "-m", "services.cli", "--api", f"http://127.0.0.1:{server.server_port}",
                                "submit", "--jsonl", "--batch", "1", str(tmp_path)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        # The first line, while the second article's answer is still held.
        ready, _, _ = select.select([cli.stdout], [], [], 30)
        first = json.loads(cli.stdout.readline()) if ready else None
        _SecondSubmissionHeld.release.set()
        rest, err = cli.communicate(timeout=60)
    finally:
        server.shutdown()
        server.server_close()
    assert first == {"origin": str(tmp_path / "1.txt"), "id": "a1", "duplicate": False}, err
    assert cli.returncode == 0 and json.loads(rest)["id"] == "a2", err


class _ListWithoutFull(_Quiet):
    """An API from before `full=true`: the list refuses it as an unknown field (422), as it refuses any; its rows are
    plain, and each article is read with a GET of its own."""

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        path, _, query = self.path.partition("?")
        asked = dict(urllib.parse.parse_qsl(query))
        if path == "/v1/articles" and "full" in asked:
            self.answer(422, {}, {"error": {"code": "invalid", "message": "Invalid fields: full.",
                                            "fields": {"full": ["Unknown field."]}}})
        elif path == "/v1/articles" and "since" in asked:
            self.answer(422, {}, {"error": {"code": "invalid", "message": "Invalid fields: since.",
                                            "fields": {"since": ["Not an ISO 8601 date."]}}})
        elif path == "/v1/articles":
            self.answer(200, {}, {"items": [{"id": f"a{n}", "status": "done", "title": None, "source": None,
                                             "created_at": 1.0} for n in range(3)], "next_cursor": None})
        else:
            self.answer(200, {}, {"id": path.rsplit("/", 1)[-1], "status": "done", "article": {"text": "Oslo."}})


def test_cli_export_reads_an_api_from_before_full_pages_an_article_at_a_time(service_env):
    """`newswire export` asked every list page with `full=true`, which an API from before it refuses (422, an unknown
    field): the export of a server not yet upgraded ended with "answered 422 ... full: Unknown field". It now reads
    that API's plain pages and each article on its own, as it did before; guard: another refused filter still ends
    the export with the API's reason."""
    server = _standing_in(_ListWithoutFull)
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        exported = _cli(base, service_env, "export")
        refused = _cli(base, service_env, "export", "--since", "yesterday")
    finally:
        server.shutdown()
        server.server_close()
    assert exported.returncode == 0, exported.stderr
    assert [json.loads(line) for line in exported.stdout.splitlines()] == [
        {"id": f"a{n}", "status": "done", "article": {"text": "Oslo."}} for n in range(3)]
    assert "exported 3 (3 done)" in exported.stderr
    assert refused.returncode == 1 and refused.stdout == "" and "since: Not an ISO 8601 date" in refused.stderr


def test_cli_export_piped_to_a_reader_that_stops_ends_quietly(service_env):
    """`newswire export | head -1` said "cannot reach the API at ...: [Errno 32] Broken pipe" (the closed pipe's
    error, an OSError, read as the API's) once the reader had gone; it now stops without a word of the API."""
    server = _standing_in(_EndlessList)
    try:
        cli = subprocess.Popen([sys.executable, "-m", "services.cli", "--api", f"http://127.0.0.1:{server.server_port}",
                                "export"], env=service_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert json.loads(cli.stdout.readline())["status"] == "done"
        cli.stdout.close()  # as `head -1` does after its line
        _, err = cli.communicate(timeout=60)
    finally:
        server.shutdown()
        server.server_close()
    # A reader that leaves early is no error of ours: exit status 0, as `newswire watch | head -5` ends.
    assert cli.returncode == 0 and "cannot reach" not in err and "Broken pipe" not in err, err
    assert "Traceback" not in err and "Exception ignored" not in err, err


class _EndlessListAndFailures(_EndlessList):
    """`_EndlessList` with a dead-letter list of 1,000 failed articles, "f0" ... "f999"."""

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        if self.path.startswith("/v1/failed"):
            self.answer(200, {}, {"items": [{"id": f"f{n}", "attempts": 3, "error": "RuntimeError: boom"}
                                            for n in range(1000)]})
        elif self.path.startswith("/v1/articles/f"):
            self.answer(200, {}, {"id": "f1", "status": "failed", "error": "RuntimeError: boom", "article": {}})
        else:
            super().do_GET()


@pytest.mark.parametrize(("args", "code"), [(("status", "a0"), 0), (("failed",), 0), (("export",), 0),
                                            (("status", "f1"), 2)])
def test_cli_commands_whose_reader_has_left_end_quietly_with_their_own_status(service_env, args, code):
    """`newswire status ID | head -0` and `failed | head -1` ended with exit status 1 (rich's console exits so on a
    closed pipe) and `export | head -1` too, where `watch | head -5` ends with 0: a reader that leaves early is no
    error of ours. Every command now ends with the status it would have had, saying nothing on stderr (not a
    terminal). Guard: `status` of a failed article still ends with 2."""
    server = _standing_in(_EndlessListAndFailures)
    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone before the first line
    try:
        cli = subprocess.run([sys.executable, "-m", "services.cli", "--api", f"http://127.0.0.1:{server.server_port}",
                              *args], env=service_env, stdout=writing, stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(writing)
        server.shutdown()
        server.server_close()
    assert cli.returncode == code, cli.stderr
    # Nothing said but export's bar (cleared as it ends): no "exported", "Broken pipe", "Exception ignored".
    assert not cli.stderr.strip() or cli.stderr.strip().startswith("export") and "exported" not in cli.stderr, (
        cli.stderr)
    assert not any(word in cli.stderr for word in ("Traceback", "Exception", "Broken pipe")), cli.stderr


def _run_with_stderr_on_a_terminal(args: list[str], env: dict[str, str], stdout: int) -> tuple[int, str]:
    """Run the CLI with its stderr a pseudo-terminal: its exit status and what it wrote there."""
    leader, follower = os.openpty()
    cli = subprocess.Popen([sys.executable, "-m", "services.cli", *args], env=env, stdout=stdout, stderr=follower)
    os.close(follower)
    shown = b""
    with contextlib.suppress(OSError):  # EIO once the CLI has ended and closed its end
        while chunk := os.read(leader, 65536):
            shown += chunk
    os.close(leader)
    return cli.wait(timeout=60), re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode(errors="replace"))  # no colours


@pytest.mark.parametrize("on_a_terminal", [True, False])
def test_cli_export_whose_reader_left_says_so_only_on_a_terminal(service_env, on_a_terminal):
    """`newswire export | head -1` at a terminal ends with 0 and says there how many it wrote before the reader left
    (untested since ee1b8560). Guard: with stderr a pipe (a script's log) it says nothing, exit status 0 as well."""
    server = _standing_in(_EndlessList)
    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone before the first line
    args = ["--api", f"http://127.0.0.1:{server.server_port}", "export"]
    try:
        if on_a_terminal:
            code, err = _run_with_stderr_on_a_terminal(args, service_env, writing)
        else:
            ran = subprocess.run([sys.executable, "-m", "services.cli", *args], env=service_env, stdout=writing,
                                 stderr=subprocess.PIPE, text=True, timeout=60)
            code, err = ran.returncode, ran.stderr
    finally:
        os.close(writing)
        server.shutdown()
        server.server_close()
    assert code == 0, err
    assert ("exported 0 before the output's reader left" in err) is on_a_terminal, err
    assert not any(word in err for word in ("Traceback", "Exception", "Broken pipe")), err


def test_cli_export_stopped_by_ctrl_c_says_how_many_it_wrote(service_env):
    """Ctrl-C during `newswire export > out.jsonl` said only "interrupted": nothing told that the file held only part
    of the articles. It now says how many it wrote, then "interrupted", exit status 130."""
    code, out, err = _stopped_by_ctrl_c(_ListHeldAtItsSecondPage, service_env, "export")
    assert code == 130 and "Traceback" not in err, err
    assert "exported 40 (40 done) before the interruption" in err and err.rstrip().endswith("interrupted"), err
    assert [json.loads(line)["id"] for line in out.splitlines()][-1] == "a0-39"
