"""Ingest readers on hostile files: each problem is an item with its reason; nothing raises, nothing good is lost."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from services.ingest.readers import expand, feed_items, html_to_text, id_lines, outcome_line, read_file, to_stdout


def _read(path: Path) -> tuple[list[dict], list[str]]:
    items = list(read_file(path))
    return [i.payload for i in items if i.payload], [f"{i.origin}: {i.error}" for i in items if i.error]


def test_one_bad_line_in_a_jsonl_file_costs_only_that_line(tmp_path):
    path = tmp_path / "many.jsonl"
    lines = [json.dumps({"text": f"article {n}"}).encode() for n in range(2000)]
    lines[1000] = '{"text": "caf\xe9"}'.encode("latin-1")
    path.write_bytes(b"\n".join(lines))
    payloads, errors = _read(path)
    assert len(payloads) == 1999 and payloads[-1]["text"] == "article 1999"
    assert errors == [f"{path}:1001: not valid UTF-8 text"]


def test_a_jsonl_line_cut_inside_a_string_is_said_to_be_cut_not_to_hold_a_control_character(tmp_path):
    """A line's own line break was read as part of it: a string left open (a file still being written, an editor's
    slip) was "Invalid control character at: line 1 column 11", which sent users looking for one."""
    path = tmp_path / "cut.jsonl"
    path.write_bytes(b'{"text": "cut here\n{"text": "windows line"}\r\n{"text": "last, no line break"')
    payloads, errors = _read(path)
    assert payloads == [{"text": "windows line"}]
    assert errors == [f"{path}:1: invalid JSON: Unterminated string starting at: line 1 column 10 (char 9)",
                      f"{path}:3: invalid JSON: Expecting ',' delimiter: line 1 column 31 (char 30)"]


def test_a_jsonl_line_with_a_control_character_inside_a_string_is_still_said_to_guard(tmp_path):
    """Guard: a real control character (a tab) inside a string keeps its own message."""
    path = tmp_path / "tab.jsonl"
    path.write_bytes(b'{"text": "a\tb"}\n')
    assert _read(path)[1] == [f"{path}:1: invalid JSON: Invalid control character at: line 1 column 12 (char 11)"]


def test_a_file_or_line_too_large_for_the_text_limit_is_refused_unread(tmp_path):
    # Bytes that are not UTF-8: read, they would be refused as such, so the reason tells they were not read.
    (tmp_path / "huge.txt").write_bytes(b"\xff" * 600_000)
    (tmp_path / "fits.txt").write_bytes(b"Headline\n\n" + "é".encode() * 5_000)
    huge_line = b'{"text": "' + b"\xff" * 700_000 + b'"}'
    (tmp_path / "lines.jsonl").write_bytes(b"\n".join([b'{"text": "a"}', huge_line, b'{"text": "b"}', huge_line]))
    items = [item for name in ("huge.txt", "fits.txt", "lines.jsonl") for item in read_file(tmp_path / name, 1_000)]
    too_large = "too large for an article of at most 1,000 characters (NEWSWIRE_MAX_TEXT_CHARS)"
    assert [(Path(i.origin).name, i.payload, i.error) for i in items] == [
        ("huge.txt", None, f"600,000 bytes: {too_large}"),
        ("fits.txt", {"title": "Headline", "text": "é" * 5_000}, None),  # within the bytes, over the limit: read
        ("lines.jsonl:1", {"text": "a"}, None),
        ("lines.jsonl:2", None, f"over 536,288 bytes: {too_large}"),
        ("lines.jsonl:3", {"text": "b"}, None),
        ("lines.jsonl:4", None, f"over 536,288 bytes: {too_large}"),
    ]
    assert items[-1].read_bytes == (tmp_path / "lines.jsonl").stat().st_size


@pytest.mark.parametrize("content, reason", [
    ('{"text": "hi", "n": ' + "1" * 5000 + "}", "invalid JSON: Exceeds the limit"),
    ("[" * 100_000, "invalid JSON: nested too deeply"),
    ("{not json", "invalid JSON: Expecting property name"),
])
def test_json_that_python_refuses_is_an_item_with_the_reason(tmp_path, content, reason):
    for name in ("one.json", "lines.jsonl"):
        (tmp_path / name).write_text(content)
        payloads, errors = _read(tmp_path / name)
        assert not payloads and len(errors) == 1 and reason in errors[0], errors


def test_a_byte_order_mark_is_not_an_error(tmp_path):
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "A"}).encode())
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "B"}).encode())
    assert _read(tmp_path / "bom.json") == ([{"text": "A"}], [])
    assert _read(tmp_path / "bom.jsonl") == ([{"text": "B"}], [])


def test_expand_names_missing_paths_and_reads_each_file_once(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nText")
    (tmp_path / "notes.md").write_text("not an article")
    files, problems = expand([str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path / "typo")])
    assert files == [tmp_path / "a.txt"]
    assert [(p.origin, p.error) for p in problems] == [(str(tmp_path / "typo"), "no such file or folder")]


def test_folders_skip_hidden_entries_report_dead_links_and_read_each_file_once(tmp_path):
    (tmp_path / "a.txt").write_text("A\n\nText a.")
    (tmp_path / ".draft.txt").write_text("Hidden\n\nA draft.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.json").write_text('{"text": "not an article"}')
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    files, problems = expand([str(tmp_path), str(tmp_path / "a.txt"), f"{tmp_path}/../{tmp_path.name}/a.txt"])
    assert files == [tmp_path / "a.txt"]
    assert [(p.origin, p.error) for p in problems] == [(str(tmp_path / "gone.txt"), "a link to nothing (no such file)")]


def test_pipes_and_linked_folders_are_reported_not_read(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("A\n\nText a.")
    (tmp_path / "top").mkdir()
    (tmp_path / "top" / "articles").symlink_to(tmp_path / "real")
    os.mkfifo(tmp_path / "top" / "pipe.txt")  # reading it would wait for a writer forever
    files, problems = expand([str(tmp_path / "top"), str(tmp_path / "top" / "pipe.txt")])
    assert files == []
    assert sorted((p.origin, p.error.split(" (")[0]) for p in problems) == [
        (str(tmp_path / "top" / "articles"), "a link to a folder, not followed"),
        (str(tmp_path / "top" / "pipe.txt"), "not a regular file"),
        (str(tmp_path / "top" / "pipe.txt"), "not a regular file"),
    ]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    (tmp_path / "b.json").write_text('{"text": "B"}')
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "a.json").write_text('{"text": "A"}')
    # The OS refusing to list a folder (root lists any, so the refusal is the filesystem's answer, simulated).
    scandir = os.scandir

    def refusing(path):
        if Path(path) == closed:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    files, problems = expand([str(tmp_path)])
    assert files == [tmp_path / "b.json"]
    assert [(p.origin, p.error) for p in problems] == [(str(closed), "cannot list folder: Permission denied")]


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2026-11-24T00:00:00Z</updated>
<entry><title type="html">Merkel &amp;amp; Macron</title><id>urn:1</id><link href="https://example.org/1"/>
<published>2026-11-23T08:30:00+01:00</published><updated>2026-11-24T00:00:00Z</updated>
<content type="html">&lt;p&gt;Angela &lt;b&gt;Merkel&lt;/b&gt; met Emmanuel Macron.&lt;/p&gt;&lt;p&gt;They talked
 &amp;amp; ate.&lt;br/&gt;Then they left.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</content></entry>
<entry><title>Second</title><id>urn:2</id><updated>2026-11-24T00:00:00Z</updated>
<summary>Plain summary.</summary></entry>
</feed>"""


def test_feed_entries_become_plain_text_articles_with_their_date():
    items = list(feed_items("feed.atom", ATOM.encode()))
    assert [i.error for i in items] == [None, None]
    first, second = (i.payload for i in items)
    assert first == {"title": "Merkel & Macron", "url": "https://example.org/1",
                     "text": "Angela Merkel met Emmanuel Macron.\n\nThey talked & ate.\nThen they left.",
                     "published_at": "2026-11-23T07:30:00+00:00", "source": "T"}
    assert second["text"] == "Plain summary." and second["title"] == "Second"


@pytest.mark.parametrize("item", ["<item><title>No body</title></item>",
                                  "<item><title>Empty</title><description>&lt;p&gt; &lt;/p&gt;</description></item>",
                                  "<item><title>Blank</title><description>  </description></item>"])
def test_an_entry_with_no_text_says_so_in_words_of_a_feed(item):
    # It went to the API and came back "text: Missing data for required field.", which named no part of a feed.
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{item}</channel></rss>'
    assert [(i.origin, i.error) for i in feed_items("rss.xml", rss.encode())] == [
        ("rss.xml#1", "the entry has no text: its content and summary are missing or empty")]


def test_an_entry_with_a_summary_alone_is_still_an_article_guard():
    # guard: the summary is the text when there is no content.
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Only a summary</title>'
           "<description>Iran seized a tanker.</description></item></channel></rss>")
    assert [i.payload["text"] for i in feed_items("rss.xml", rss.encode())] == ["Iran seized a tanker."]


def test_a_json_file_of_a_batch_body_is_read_as_its_articles(tmp_path):
    # A saved `POST /v1/batches` body was one article: "articles: Unknown field. text: Missing data for required field."
    path = tmp_path / "batch.json"
    path.write_text(json.dumps({"articles": [{"text": "One."}, {"text": "Two.", "callback_url": "https://b.example/"},
                                             5],
                                "callback_url": "https://a.example/"}), encoding="utf-8")
    items = list(read_file(path))
    assert [(i.origin, i.payload, i.error) for i in items] == [
        (f"{path}[1]", {"text": "One.", "callback_url": "https://a.example/"}, None),
        (f"{path}[2]", {"text": "Two.", "callback_url": "https://b.example/"}, None),
        (f"{path}[3]", None, "a JSON article must be an object")]


@pytest.mark.parametrize("body", [{"articles": []}, {"articles": [], "callback_url": "https://a.example/"}])
def test_a_json_file_of_an_empty_batch_body_is_no_article_as_an_empty_list_is_none(tmp_path, body):
    # It was one article, {"articles": []}, refused as "articles: Unknown field. text: Missing data for required field."
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    assert list(read_file(path)) == []


@pytest.mark.parametrize("body", [{"articles": [{"text": "One."}], "title": "A batch?"}, {"articles": "One."}])
def test_an_article_with_an_articles_field_is_still_one_article_guard(tmp_path, body):
    # guard: only a batch body's fields make a batch; anything else is an article, refused by the API as before.
    path = tmp_path / "one.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    assert [i.payload for i in read_file(path)] == [body]


def test_an_entry_names_its_outlet_by_its_rss_source_else_the_feed_title():
    rss = RSS_RELATIVE.replace("<title>T</title>", "<title>  The\n Daily  </title>").replace(
        "<title>Two</title>", '<title>Two</title><source url="https://wire.example/rss">Wire Agency</source>')
    assert [i.payload.get("source") for i in feed_items("rss.xml", rss.encode())] == ["The Daily", "Wire Agency"]
    untitled = RSS_RELATIVE.replace("<title>T</title>", "")
    assert [i.payload.get("source") for i in feed_items("rss.xml", untitled.encode())] == [None, None]
    too_long = RSS_RELATIVE.replace("<title>T</title>", f"<title>{'x' * 201}</title>")
    assert [i.payload.get("source") for i in feed_items("rss.xml", too_long.encode())] == [None, None]


def test_a_cut_off_feed_keeps_its_entries_and_says_it_was_cut():
    items = list(feed_items("cut.atom", ATOM.encode()[: ATOM.index("<entry><title>Second")]))
    assert items[0].payload and items[0].payload["title"] == "Merkel & Macron"
    assert items[-1].payload is None and "feed is malformed after 1 entries" in items[-1].error


@pytest.mark.parametrize(("content", "whole"), [
    (ATOM[: ATOM.index("<summary>Plain")], 1),  # cut inside the second entry: its title alone is no article
    ('<?xml version="1.0"?><rss><channel><title>T</title><item><title>x</title><description>Some '
     'text.</description></item><item><title>y</title><descr', 1),
    ("<rss><channel><item><title>z</title>", 0),
    ("broken <rss><channel><item>", 0),
])
def test_a_broken_feed_is_one_refusal_and_the_entry_it_cut_is_part_of_it(content, whole):
    items = list(feed_items("cut.xml", content.encode()))
    assert [i.origin for i in items] == [f"cut.xml#{n}" for n in range(1, whole + 1)] + ["cut.xml"]
    assert all(i.payload and i.payload["text"] for i in items[:-1])
    assert items[-1].error.startswith(f"feed is malformed after {whole} entries")


MID_FAULT = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Mid</title>
<item><title>Good one</title><description>Nicola Sturgeon spoke in Glasgow on Monday.</description></item>
<item><title>Broken</title><description>Profits < forecasts & more; Jeremy Hunt commented.</description></item>
<item><title>After fault</title><description>Rachel Reeves answered questions.</description></item>
</channel></rss>"""


@pytest.mark.parametrize(("content", "whole"), [
    (MID_FAULT, 1),  # feedparser reads on past a bare '<' and hands over the entries after it
    (MID_FAULT.replace("\n", "\r\n"), 1),
    (MID_FAULT.replace("Good one", "Caf\u00e9 \u00fcber"), 1),
    ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY g "gg">]>\n<rss version="2.0"><channel><title>B</title>'
     "<item><title>x</title><description>&g; words</description></item></channel></rss>", 0),
    ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n<rss version="2.0"><channel>'
     "<title>X</title><item><title>x</title><description>secret: &x;</description></item></channel></rss>", 0),
])
def test_entries_after_a_fault_are_not_queued_and_the_count_says_so(content, whole):
    items = list(feed_items("mid.rss", content.encode()))
    assert [i.origin for i in items] == [f"mid.rss#{n}" for n in range(1, whole + 1)] + ["mid.rss"]
    assert items[-1].error.startswith(f"feed is malformed after {whole} entries")


ENTITY_FEED = ('<rss version="2.0"><channel><title>DF</title><item><title>t</title>'
               "<description>Doctype entry: &x; Olaf Scholz.</description></item></channel></rss>")


@pytest.mark.parametrize("prolog", [
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "boom">]>',  # on the declaration's line: feedparser expands it
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x "boom">]>\n',
    '\ufeff<?xml version="1.0"?><!-- a note --><!DOCTYPE rss SYSTEM "rss.dtd" [<!ENTITY x "boom">]>',
    '<!DOCTYPE rss [ ]>',  # an internal subset, even an empty one
    '<?xml version="1.0"?>\r\n  <!doctype rss\n[<!ENTITY x SYSTEM "file:///etc/hostname">]>',
])
def test_a_doctype_that_defines_entities_is_refused_wherever_it_is_written(prolog):
    items = list(feed_items("https://feeds.example/df.rss", (prolog + ENTITY_FEED).encode()))
    assert [(i.origin, i.payload) for i in items] == [("https://feeds.example/df.rss", None)]
    assert items[0].error.startswith("feed is malformed after 0 entries: a DOCTYPE with an internal subset")


@pytest.mark.parametrize("prolog", [
    '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
    '"http://my.netscape.com/publish/formats/rss-0.91.dtd">',
    '<?xml version="1.0"?>\n<!-- <!DOCTYPE rss [<!ENTITY x "boom">]> -->\n',  # only a comment
])
def test_a_doctype_without_entities_is_read(prolog):
    items = list(feed_items("df.rss", (prolog + ENTITY_FEED.replace("&x;", "plain")).encode()))
    assert [i.payload["text"] for i in items] == ["Doctype entry: plain Olaf Scholz."]


def test_every_place_in_a_file_is_counted_from_1(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"text": "a"}, {"text": "b"}]))
    (tmp_path / "lines.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n')
    (tmp_path / "feed.rss").write_text(RSS_RELATIVE)
    origins = [Path(i.origin).name for name in ("list.json", "lines.jsonl", "feed.rss")
               for i in read_file(tmp_path / name)]
    assert origins == ["list.json[1]", "list.json[2]", "lines.jsonl:1", "lines.jsonl:2", "feed.rss#1", "feed.rss#2"]


RSS_RELATIVE = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example/</link>
<item><title>One</title><link>/world/1</link><description>First text.</description></item>
<item><title>Two</title><link>not a link at all</link><description>Second text.</description></item>
</channel></rss>"""


def test_relative_entry_links_are_resolved_and_a_hopeless_one_is_dropped():
    from_file = [i.payload for i in feed_items("feeds/rss.xml", RSS_RELATIVE.encode())]
    assert from_file[0]["url"] == "https://news.example/world/1"
    assert "url" not in from_file[1] and from_file[1]["text"] == "Second text."
    from_url = [i.payload for i in feed_items("https://feeds.example/rss", RSS_RELATIVE.encode())]
    assert from_url[0]["url"] == "https://feeds.example/world/1"
    alone = RSS_RELATIVE.replace("<link>https://news.example/</link>", "")
    payloads = [i.payload for i in feed_items("feeds/rss.xml", alone.encode())]
    assert [p.get("url") for p in payloads] == [None, None] and payloads[0]["text"] == "First text."


@pytest.mark.parametrize("link", ["http://[::1/broken", "http://intranet/story/1", "https://news.example:99999/1",
                                  "https://news.example/" + "a" * 2100])
def test_an_entry_link_the_api_would_refuse_is_left_out_and_the_entry_kept(link):
    feed = RSS_RELATIVE.replace("<link>/world/1</link>", f"<link>{link}</link>")
    items = list(feed_items("feeds/rss.xml", feed.encode()))
    assert [i.error for i in items] == [None, None]
    assert "url" not in items[0].payload and items[0].payload["text"] == "First text."


@pytest.mark.parametrize(("declaration", "title"), [
    ('<?xml version="1.0"?>', "<title>T&nbsp;news</title>"),  # an HTML entity XML does not define
    ('<?xml version="1.0" encoding="utf-8"?>', "<title>Caf\xe9</title>"),  # Latin-1 bytes declared UTF-8
])
def test_a_fault_feedparser_reads_past_is_no_error(declaration, title):
    feed = RSS_RELATIVE.replace('<?xml version="1.0"?>', declaration).replace("<title>T</title>", title)
    items = list(feed_items("feeds/rss.xml", feed.encode("latin-1")))
    assert [i.error for i in items] == [None, None] and items[1].payload["text"] == "Second text."


@pytest.mark.parametrize("content", [b"", b"<project><modelVersion>4.0.0</modelVersion></project>", b"\x00\xff"])
def test_a_file_that_is_no_feed_is_an_error(content):
    items = list(feed_items("pom.xml", content))
    assert len(items) == 1 and items[0].error.startswith("not a readable RSS or Atom feed")


def test_html_to_text_keeps_paragraphs_and_drops_markup():
    html = "<h1>Title</h1><div>One <i>two</i>&nbsp;three</div><ul><li>a</li><li>b</li></ul><style>p{}</style>"
    assert html_to_text(html) == "Title\n\nOne two three\n\na\n\nb"


def test_html_to_text_drops_drawings_embeds_and_media_fallbacks():
    html = ('<p>Apple rose.</p><svg><text>Chart</text></svg><iframe src="/ad">Ad</iframe><video controls>Your browser '
            "cannot play this</video><details><summary>More</summary>Cook spoke.</details>")
    assert html_to_text(html) == "Apple rose.\n\nMore\n\nCook spoke."


@pytest.mark.parametrize("content, title, text", [
    ("Headline\n\nThe body.\n", "Headline", "The body.\n"),
    ("Only one line of text.\n", "", "Only one line of text."),
    ("Headline\n\n   \n", "", "Headline"),
    ("x" * 1001 + "\nSecond paragraph.", "", "x" * 1001 + "\nSecond paragraph."),
    # A scraped page's time stamp is neither the title nor the text.
    ("1 month ago 11\n\nHeadline\n\nThe body.\n", "Headline", "The body.\n"),
    ("Updated 3 hours ago\nHeadline\nThe body.", "Headline", "The body."),
    ("3 days ago\n", "", ""),
    # The seeds' shape: the stamp right after the title (seeds/000_*.txt); a stamp-like opening of prose stays.
    ("Headline\n\n1 week ago 19\n\nThe body.\n", "Headline", "The body.\n"),
    ("Headline\r\n\r\nPosted 2 days ago\r\nThe body.", "Headline", "The body."),
    ("Headline\n\n3 days ago the council voted.\n", "Headline", "3 days ago the council voted.\n"),
    ("Headline\n\n1 week ago 19\n", "", "Headline"),
    ("x" * 1001 + "\n1 week ago", "", "x" * 1001 + "\n1 week ago"),
])
def test_a_text_file_has_a_title_only_when_its_first_line_can_be_one(tmp_path, content, title, text):
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    payloads, errors = _read(path)
    assert not errors and payloads == [{"title": title, "text": text}]


def test_a_run_lists_its_first_ids_and_says_how_many_more_there_are():
    """The ids a run made, for a person to poll: the first ten with their origins, then how many more."""
    submitted = [(f"seeds/{n}.txt", f"id{n}", n == 1) for n in range(12)]
    lines = id_lines(submitted)
    assert lines[0] == "  id0  seeds/0.txt" and lines[1] == "  id1  seeds/1.txt  (there already)"
    assert len(lines) == 11 and lines[-1] == "  ... and 2 more (--jsonl lists every one)"
    assert id_lines(submitted[:3])[-1] == "  id2  seeds/2.txt"  # guard: no "more" line when all are shown
    assert json.loads(outcome_line("a.txt", "id0")) == {"origin": "a.txt", "id": "id0", "duplicate": False}
    assert json.loads(outcome_line("b.json[1]", None, error="text: empty")) == {"origin": "b.json[1]",
                                                                               "error": "text: empty"}


def test_no_stdout_at_all_is_a_reader_that_has_gone(monkeypatch):
    """Run with stdout closed (`newswire export >&-`: sys.stdout is None), a line ended in an AttributeError's
    traceback; it is written nowhere, as a line for a pipe whose reader has gone is."""
    monkeypatch.setattr("sys.stdout", None)
    assert to_stdout("a line\n", flush=True) is False
    assert to_stdout(None) is False


def test_a_line_for_a_stdout_read_is_written_guard(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    assert to_stdout("a line\n", flush=True) is True and out.getvalue() == "a line\n"
