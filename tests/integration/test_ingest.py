"""Ingest over real files into the real system."""
from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading

from services.core.store import Store
from services.core.submit import Services
from services.ingest.__main__ import ingest
from services.stack import processes
from tests import feedserver

from .helpers import interruptible, unique, wait_done


def test_ingest_cli_over_seeds_then_skips_what_it_has_seen(service_env, seeds_dir, store, client, worker):
    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "services.ingest", str(seeds_dir)], env=service_env,
                              capture_output=True, text=True, timeout=120)

    first = run()
    assert first.returncode == 0, first.stderr
    assert "ingest: 100%" in first.stderr and "5 articles" in first.stderr  # the progress bar
    counts = re.match(r"queued (\d+), already seen (\d+), invalid 0", first.stdout)
    assert counts and int(counts[1]) + int(counts[2]) == 5
    second = run()
    assert second.stdout.strip().startswith("queued 0, already seen 5, invalid 0")


def test_ingest_reads_every_format_and_reports_bad_items(tmp_path, settings, store, celery_app, client, worker):
    (tmp_path / "one.txt").write_text("Title line\n\n" + unique("Olaf Scholz spoke in Hamburg."), encoding="utf-8")
    (tmp_path / "two.json").write_text(json.dumps({"title": "J", "text": unique("Paris hosts talks.")}))
    (tmp_path / "sub").mkdir()
    lines = [json.dumps({"text": unique("Line one about Rome.")}), "not json", json.dumps({"text": ""})]
    (tmp_path / "sub" / "three.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9\nna\xefve text".encode("latin-1"))
    (tmp_path / "feed.atom").write_text(ATOM.format(marker=unique("")), encoding="utf-8")
    # Too large for the store's text limit by its size alone: refused unread (read, it would be "not valid UTF-8").
    (tmp_path / "huge.txt").write_bytes(b"\xff" * (4 * settings.max_text_chars + 2**20))
    report = ingest(Services(settings, store, celery_app), [str(tmp_path)], progress=False)
    assert report.counts["queued"] == 4
    assert report.counts["invalid"] == 4
    problems = "\n".join(report.problems)
    assert "not valid UTF-8" in problems and "invalid JSON" in problems and "text:" in problems
    assert f"huge.txt: {4 * settings.max_text_chars + 2**20:,} bytes: too large for an article" in problems
    titles = {store.get_article(i)["title"] for i in report.ids}
    assert {"Title line", "J", "Feed entry"} <= titles
    assert all(wait_done(client, i)["status"] == "done" for i in report.ids)


def test_ingest_stopped_by_redis_logs_it_on_a_line_of_its_own_after_the_bar(service_env, tmp_path):
    """The `ingest.stopped` log line was written while the progress bar was still drawn, glued to it on one line
    ("ingest:   0%| ... [00:00<?, ?B/s]{"ts": ...}"): no JSON line for a log shipper, and a garbled terminal."""
    (tmp_path / "a.txt").write_text("Title\n\n" + unique("Floods in Porto."))
    # Logged with each article's line, at INFO (by default the run says it once, in words: the next test).
    down = subprocess.run([sys.executable, "-m", "services.ingest", str(tmp_path / "a.txt")],
                          env={**service_env, "REDIS_URL": "redis://127.0.0.1:1/0", "NEWSWIRE_LOG_LEVEL": "INFO"},
                          capture_output=True, text=True, timeout=120)
    [logged] = [line for line in re.split(r"[\r\n]", down.stderr) if "ingest.stopped" in line]
    assert json.loads(logged)["reason"].startswith("cannot reach Redis at redis://127.0.0.1:1/0"), down.stderr


def test_ingest_stopped_by_redis_says_it_once_in_words(service_env, tmp_path):
    """With Redis down, `newswire-ingest` wrote a raw JSON log line (`{"ts": ..., "event": "ingest.stopped", ...}`)
    beside its "stopped: cannot reach Redis ..." line: the same fault twice, once in a log shipper's words. By default
    it is now said once, in words; guard: the counts and exit status 1 stay."""
    (tmp_path / "a.txt").write_text("Title\n\n" + unique("Floods in Porto."))
    env = {name: value for name, value in service_env.items() if name != "NEWSWIRE_LOG_LEVEL"}
    down = subprocess.run([sys.executable, "-m", "services.ingest", "--quiet", str(tmp_path / "a.txt")],
                          env={**env, "REDIS_URL": "redis://127.0.0.1:1/0"}, capture_output=True, text=True,
                          timeout=120)
    assert down.returncode == 1 and down.stdout.startswith("queued 0, already seen 0, invalid 0"), down.stdout
    said = [line for line in down.stderr.splitlines() if line.strip()]
    assert len(said) == 1 and said[0].startswith("stopped: cannot reach Redis at redis://127.0.0.1:1/0: "), said


def test_ingest_exit_status_says_when_nothing_went_in(service_env, tmp_path):
    def run(*paths: str, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "services.ingest", "--quiet", *paths],
                              env={**service_env, **env}, capture_output=True, text=True, timeout=120)

    (tmp_path / "empty").mkdir()
    nothing = run(str(tmp_path / "empty"), NEWSWIRE_LOG_LEVEL="info")  # spelled in lower case, as the API takes it
    assert nothing.returncode == 1 and "no articles found" in nothing.stderr, nothing.stderr
    (tmp_path / "others").mkdir()
    for name in ("notes.pdf", "README.md", ".hidden.doc"):  # were left out without a word
        (tmp_path / "others" / name).write_text("x")
    others = run(str(tmp_path / "others"))
    assert others.returncode == 1 and "left out 2 file(s) of other types (.md, .pdf)" in others.stderr, others.stderr
    typo = run(str(tmp_path / "typo"))
    assert typo.returncode == 1 and f"skipped {tmp_path / 'typo'}: no such file or folder" in typo.stderr
    (tmp_path / "a.txt").write_text("Title\n\n" + unique("Floods in Porto."))
    down = run(str(tmp_path / "a.txt"), REDIS_URL="redis://127.0.0.1:1/0")
    assert down.returncode == 1 and "stopped: cannot reach Redis at redis://127.0.0.1:1/0" in down.stderr
    assert "Traceback" not in down.stderr and down.stdout.startswith("queued 0, already seen 0, invalid 0")
    secret = run(str(tmp_path / "a.txt"), REDIS_URL="redis://:s3cretpass@127.0.0.1:1/0")
    assert "cannot reach Redis at redis://:***@127.0.0.1:1/0" in secret.stderr and "s3cretpass" not in secret.stderr
    # Each gave a traceback before.
    for name, value in (("REDIS_URL", "notaurl"), ("NEWSWIRE_MAX_TEXT_CHARS", "many"), ("NEWSWIRE_FEED_MAX_MB", "0")):
        wrong = run(str(tmp_path / "a.txt"), **{name: value})
        assert wrong.returncode == 1 and "Traceback" not in wrong.stderr and name in wrong.stderr, wrong.stderr


def test_ingest_cli_prints_the_ids_it_made_and_a_json_line_an_item_with_jsonl(service_env, tmp_path, store):
    """Ingest said "queued 2" and nothing of the ids: an article could not be polled. The ids follow the counts, each
    with its origin; `--jsonl` writes a JSON line an item on stdout (the counts then on stderr)."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Title {name}\n\n" + unique(f"Floods in Porto, report {name}."))
    (tmp_path / "bad.json").write_text('{"text": ""}')

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "services.ingest", "--quiet", *args, str(tmp_path)],
                              env=service_env, capture_output=True, text=True, timeout=120)

    human = run()
    assert human.returncode == 2, human.stderr
    listed = dict(reversed(line.split()) for line in human.stdout.splitlines()[1:])
    assert set(listed) == {str(tmp_path / "a.txt"), str(tmp_path / "b.txt")}
    assert all(store.get_article(article_id)["title"] == f"Title {path[-5]}" for path, article_id in listed.items())
    lines = run("--jsonl")
    assert lines.returncode == 2 and "queued 0, already seen 2, invalid 1" in lines.stderr, lines.stderr
    entries = {entry["origin"]: entry for entry in map(json.loads, lines.stdout.splitlines())}
    assert {path: entry["id"] for path, entry in entries.items() if "id" in entry} == listed
    assert all(entry.get("duplicate") for path, entry in entries.items() if path in listed)
    assert entries[f"{tmp_path / 'bad.json'}[1]"]["error"].startswith("text:")


def test_ingest_jsonl_piped_to_a_reader_that_stops_goes_on_quietly(service_env, tmp_path, private_redis):
    """`newswire-ingest --jsonl big.jsonl | head -1` ended in a BrokenPipeError traceback at the next item once the
    reader had gone, the rest of the file not ingested; it now goes on, its lines dropped, as `newswire submit --jsonl`
    does, and ends with its counts (on stderr) and its exit status."""
    lines = [json.dumps({"text": unique(f"Harbour report {n} from Bergen.")}) for n in range(1000)]  # > a pipe's 64 KB
    (tmp_path / "big.jsonl").write_text("\n".join(lines), encoding="utf-8")
    url = f"redis://127.0.0.1:{private_redis}/0"  # no worker reads it: the session's worker is not kept busy
    run = subprocess.Popen([sys.executable, "-m", "services.ingest", "--quiet", "--jsonl", str(tmp_path / "big.jsonl")],
                           env={**service_env, "REDIS_URL": url}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    first = json.loads(run.stdout.readline())
    run.stdout.close()  # as `head -1` does after its line
    _, err = run.communicate(timeout=120)
    assert run.returncode == 0 and "Traceback" not in err and "Exception ignored" not in err, err
    assert "queued 1000, already seen 0, invalid 0" in err, err
    assert Store.from_url(url).get_article(first["id"]) is not None

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test feed</title><id>urn:test</id>
<updated>2026-11-24T00:00:00Z</updated>
<entry><title>Feed entry</title><id>urn:e1</id><link href="https://example.org/e1"/>
<updated>2026-11-24T00:00:00Z</updated><summary>Jens Stoltenberg visited Kyiv. {marker}</summary></entry>
</feed>"""


def _feed_of(title: str, marker: str) -> bytes:
    """An RSS feed of one entry with a relative link, its text made unique by `marker`."""
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local wire</title>'
            f"<link>https://site.example/</link><item><title>{title}</title><link>/stories/1</link>"
            f"<description>Jens Stoltenberg visited Kyiv. {marker}</description></item></channel></rss>").encode()


def test_ingest_cli_takes_feed_urls_and_reports_each_one_that_fails(service_env, tmp_path, store):
    rss = _feed_of("URL feed entry", unique(""))
    answers = {
        "/feed.rss": feedserver.feed(rss),
        "/moved": feedserver.redirect("/feed.rss"),  # the same feed again: already seen
        "/page": feedserver.feed(b"<!doctype html><html><body><p>Home</p></body></html>", "text/html"),
        "/huge": feedserver.Answer(parts=(b"x" * 2**20,) * 1024, close_delimited=True),
        "/cut": feedserver.Answer(parts=(rss[:80],), length=len(rss)),
        "/broken": feedserver.Answer(status=500),
    }
    (tmp_path / "one.txt").write_text("File title\n\n" + unique("Floods in Porto."), encoding="utf-8")
    with feedserver.serving(answers) as base:
        with feedserver.serving({}) as gone:
            pass  # nothing listens there any more
        urls = [f"{base}{path}" for path in answers] + [f"{base}/missing", f"{gone}/feed.rss"]
        run = subprocess.run([sys.executable, "-m", "services.ingest", str(tmp_path / "one.txt"), *urls],
                             env=service_env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr  # partly failed, as a run with a bad file
    assert run.stdout.startswith("queued 2, already seen 1, invalid 6"), run.stdout
    assert "ingest: 100%" in run.stderr and "3 articles" in run.stderr  # the bar counts the URL's entries too
    skipped = [line for line in run.stderr.splitlines() if line.startswith("skipped ")]
    assert skipped == [
        f"skipped {base}/page: not a readable RSS or Atom feed: an HTML page (a web page, not its feed)",
        f"skipped {base}/huge: cannot fetch the feed: the feed is over 20,971,520 bytes, more than the 20 MB read "
        "of a feed: not read",
        f"skipped {base}/cut: cannot fetch the feed: cut short: 80 of {len(rss):,} bytes came",
        f"skipped {base}/broken: cannot fetch the feed: HTTP 500 Internal Server Error",
        f"skipped {base}/missing: cannot fetch the feed: HTTP 404 Not Found",
        f"skipped {gone}/feed.rss: cannot fetch the feed: connection refused (nothing listens at that address)",
    ]
    assert "Traceback" not in run.stderr
    # NEWSWIRE_LOG_LEVEL=INFO (the test stack's) logs each article's id: the feed's entry is in the store, its link
    # resolved against the URL it came from and the feed's title its source, as `newswire submit` has them.
    ids = set(re.findall(r'"article_id": "(\w+)"', run.stderr))  # a log line may follow the bar on its line
    articles = {article["title"]: article for article in store.get_articles(sorted(ids))}
    assert set(articles) == {"File title", "URL feed entry"}
    entry = articles["URL feed entry"]
    assert (entry["url"], entry["source"]) == (f"{base}/stories/1", "Local wire")


def test_ingest_cli_exit_status_is_1_when_the_only_feed_url_fails(service_env):
    with feedserver.serving({}) as base:
        run = subprocess.run([sys.executable, "-m", "services.ingest", "--quiet", f"{base}/feed.rss"],
                             env=service_env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and run.stdout.startswith("queued 0, already seen 0, invalid 1"), run.stderr
    assert run.stderr == f"skipped {base}/feed.rss: cannot fetch the feed: HTTP 404 Not Found\n"


def test_ingest_cli_reads_feeds_within_the_limits_set_in_the_environment(service_env):
    # Closing note: the 20 MB of a feed's fetch was a constant; NEWSWIRE_FEED_MAX_MB sets it.
    two_mb = feedserver.Answer(parts=(b"x" * 2**20,) * 2, close_delimited=True)
    with feedserver.serving({"/feed.rss": two_mb}) as base:
        run = subprocess.run([sys.executable, "-m", "services.ingest", "--quiet", f"{base}/feed.rss"],
                             env={**service_env, "NEWSWIRE_FEED_MAX_MB": "1"}, capture_output=True, text=True,
                             timeout=120)
    assert run.returncode == 1, run.stderr
    assert run.stderr == (f"skipped {base}/feed.rss: cannot fetch the feed: the feed is over 1,048,576 bytes, more "
                          "than the 1 MB read of a feed: not read\n")


def test_ingest_reads_its_sources_in_the_order_given(tmp_path, settings, store, celery_app):
    # Review: feed URLs were fetched after all the files, whatever the order they were given in.
    (tmp_path / "one.txt").write_text("File title\n\n" + unique("Floods in Porto."), encoding="utf-8")
    answers = {"/feed.rss": feedserver.feed(_feed_of("Feed entry", unique("")))}
    with feedserver.serving(answers) as base:
        sources = [f"{base}/feed.rss", str(tmp_path / "one.txt"), f"{base}/feed.rss", str(tmp_path)]
        report = ingest(Services(settings, store, celery_app), sources, progress=False)
    assert report.counts == {"queued": 2}, report.problems  # the feed fetched once, the file read once
    assert [article["title"] for article in store.get_articles(report.ids)] == ["Feed entry", "File title"]


def test_ingest_cli_says_a_feed_of_no_entries_holds_none_and_prints_names_on_one_line(service_env, tmp_path):
    """An empty feed said "no articles found (supported: .atom, .json, ...)", a file-type hint that misled for a URL;
    a file name with a line break was printed raw in its "skipped" line."""
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet wire</title></channel></rss>'
    (tmp_path / "bad\nname.jsonl").write_text("not json\n")
    with feedserver.serving({"/feed.rss": feedserver.feed(empty)}) as base:
        run = subprocess.run([sys.executable, "-m", "services.ingest", "--quiet", f"{base}/feed.rss", str(tmp_path)],
                             env=service_env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and run.stdout.startswith("queued 0, already seen 0, invalid 1"), run.stderr
    assert run.stderr.splitlines() == [
        f"skipped {tmp_path}/bad\\nname.jsonl:1: invalid JSON: Expecting value: line 1 column 1 (char 0)",
        f"{base}/feed.rss: no articles in it (a feed with no entries)",
    ]


def test_ingest_says_a_callback_url_needs_the_webhook_secret_and_which_variable_holds_it(service_env, tmp_path):
    """`--help` never said a callback_url needs the API's webhook secret, and an article with one was refused as
    "Webhooks are not configured on this server", which named no server an ingest user runs, nor what to set."""
    def run(*args: str, **env: str) -> subprocess.CompletedProcess:
        without = {k: v for k, v in service_env.items() if k != "NEWSWIRE_WEBHOOK_SECRET"}
        return subprocess.run([sys.executable, "-m", "services.ingest", *args], env={**without, **env},
                              capture_output=True, text=True, timeout=120)

    assert "callback_url (a webhook) needs NEWSWIRE_WEBHOOK_SECRET" in " ".join(run("--help").stdout.split())
    hooked = tmp_path / "hooked.json"
    hooked.write_text(json.dumps({"text": unique("Floods in Porto."), "callback_url": "https://example.org/hook"}))
    refused = run("--quiet", str(hooked))
    assert refused.returncode == 1
    assert "callback_url: no webhook signing secret: set NEWSWIRE_WEBHOOK_SECRET" in refused.stderr, refused.stderr
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"text": unique("Floods in Braga.")}))
    taken = run("--quiet", str(plain))  # guard: an article without one still goes in without the secret
    assert taken.returncode == 0 and taken.stdout.startswith("queued 1"), taken.stderr


def test_ingest_stopped_by_ctrl_c_counts_what_went_in_without_a_traceback(service_env, tmp_path):
    """Ctrl-C during a run (a feed being fetched or parsed) ended in a traceback and no counts: the file before the
    feed had gone in, unsaid. Now the counts, "stopped: interrupted", exit status 130."""
    held, release = threading.Event(), threading.Event()

    def hanging() -> feedserver.Answer:
        held.set()
        release.wait(60)
        return feedserver.feed(b"<rss/>")

    (tmp_path / "a.txt").write_text("Title\n\n" + unique("Floods in Porto."))
    with feedserver.serving({"/feed.rss": hanging}) as base:
        try:
            run = subprocess.Popen([sys.executable, "-m", "services.ingest", "--quiet", str(tmp_path / "a.txt"),
                                    base + "/feed.rss"], env=service_env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True,
                                   preexec_fn=interruptible)
            processes.wait_until(held.is_set, 60, "the feed's fetch", run)
            run.send_signal(signal.SIGINT)
            out, err = run.communicate(timeout=60)
        finally:
            release.set()
    assert run.returncode == 130 and "Traceback" not in err, err
    assert out.startswith("queued 1, already seen 0, invalid 0") and "stopped: interrupted" in err


def test_ingest_without_redis_url_says_which_redis_it_uses(service_env, tmp_path):
    """After `make run`, `newswire-ingest folder/` without REDIS_URL wrote to whatever Redis listened on 6379, not
    make run's, and said only "queued 1": the articles never showed in the API. It now says it uses the default
    (an empty folder here: nothing is written to the default Redis); guard: with REDIS_URL set, not a word of it."""
    (tmp_path / "empty").mkdir()

    def run(env: dict[str, str]) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "services.ingest", "--quiet", str(tmp_path / "empty")], env=env,
                              capture_output=True, text=True, timeout=120)

    unset = run({k: v for k, v in service_env.items() if k != "REDIS_URL"})
    assert "REDIS_URL is not set: using the default, redis://127.0.0.1:6379/0" in unset.stderr, unset.stderr
    assert "REDIS_URL" not in run(service_env).stderr
