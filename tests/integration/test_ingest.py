"""Ingest over real files into the real system."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from services.core.submit import Services
from services.ingest.__main__ import ingest

from .helpers import unique, wait_done


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
    for name, value in (("REDIS_URL", "notaurl"), ("NEWSWIRE_MAX_TEXT_CHARS", "many")):  # a traceback before
        wrong = run(str(tmp_path / "a.txt"), **{name: value})
        assert wrong.returncode == 1 and "Traceback" not in wrong.stderr and name in wrong.stderr, wrong.stderr


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test feed</title><id>urn:test</id>
<updated>2026-11-24T00:00:00Z</updated>
<entry><title>Feed entry</title><id>urn:e1</id><link href="https://example.org/e1"/>
<updated>2026-11-24T00:00:00Z</updated><summary>Jens Stoltenberg visited Kyiv. {marker}</summary></entry>
</feed>"""
