"""The web page in headless Chromium against the real system: submit, article, stories, entities, system."""
from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from services.core import keys
from services.core.queue import enqueue
from services.core.submit import content_digest
from tests.conftest import ADMIN_KEY, READ_KEY

from .conftest import ROOT, CutApi, Page, api, wait_done

# True once every column showing the focused fact has scrolled it into view.
FOCUSED_IN_VIEW = """
return [...document.querySelectorAll('.column-text')].every((column) => {
  const mark = column.querySelector('.fact-mark.focused');
  if (!mark) return true;
  const inner = mark.getBoundingClientRect(), outer = column.getBoundingClientRect();
  return inner.top >= outer.top && inner.bottom <= outer.bottom;
});
"""

# Records every status the submission tracker shows, in order (the test watches, the page is untouched).
WATCH_TRACKER = """
window.__seen = [];
new MutationObserver(() => {
  const tracker = document.querySelector('.tracker');
  if (tracker && tracker.dataset.status && window.__seen.at(-1) !== tracker.dataset.status) {
    window.__seen.push(tracker.dataset.status);
  }
}).observe(document.getElementById('trackers'), {subtree: true, childList: true, attributes: true});
"""


COUNT_POLLS_AND_ASKS = """
window.__keyReads = 0; window.__asked = 0;
const getItem = Storage.prototype.getItem;
Storage.prototype.getItem = function (name) {
  if (name === 'newswire.apiKey') window.__keyReads++;
  return getItem.call(this, name);
};
const showModal = HTMLDialogElement.prototype.showModal;
HTMLDialogElement.prototype.showModal = function () { window.__asked++; return showModal.call(this); };
"""


def marker() -> str:
    return f"Test run marker {uuid.uuid4().hex}."


def enter_key(page: Page, key: str, reason: str) -> None:
    """Answer the key dialog, checking why it asked."""
    page.wait(lambda d: page.js("return document.getElementById('key-dialog').open"), 30, "no key dialog")
    assert reason in page.find("#key-reason").text
    field = page.find("#key-input")
    field.clear()
    field.send_keys(key)
    page.find("#key-save").click()


def test_the_page_asks_for_a_key_once_and_again_on_401(page: Page) -> None:
    page.set_key(None)
    page.open("/", ready=False)
    enter_key(page, "not-a-valid-key-0000000000", "it is asked once")
    enter_key(page, ADMIN_KEY, "refused this key (401)")
    page.find("#recent tr")
    assert page.js("return localStorage.getItem('newswire.apiKey')") == ADMIN_KEY
    page.open("/")  # kept: no dialog this time
    assert not page.js("return document.getElementById('key-dialog').open")


def test_a_cancelled_key_dialog_is_not_reopened_by_polling(page: Page) -> None:
    page.set_key(None)
    page.open("/", ready=False)
    page.wait(lambda d: page.js("return document.getElementById('key-dialog').open"), 30, "no key dialog")
    page.js(COUNT_POLLS_AND_ASKS)
    page.find("#key-cancel").click()
    # The recent list polls every 10 s when idle (each poll reads the key): two polls later, still not asked again.
    page.wait(lambda d: page.js("return window.__keyReads") >= 2, 45, "no polls after the cancel")
    assert page.js("return window.__asked") == 0
    assert not page.js("return document.getElementById('key-dialog').open")


def test_submit_after_a_cancelled_key_dialog_asks_for_the_key_again(page: Page) -> None:
    page.set_key("not-a-valid-key-0000000000")
    page.open("/", ready=False)
    page.wait(lambda d: page.js("return document.getElementById('key-dialog').open"), 30, "no key dialog")
    page.find("#key-cancel").click()
    page.find("textarea[name=text]").send_keys(f"Olaf Scholz spoke in Berlin. {marker()}")
    page.find("#submit-button").click()  # the user's own action: the dialog comes back, not "No API key given"
    enter_key(page, ADMIN_KEY, "refused this key (401)")
    page.find(".tracker")


TEXT_NOW = "return document.querySelector('textarea[name=text]').value"


def test_a_text_file_upload_takes_its_title_as_the_ingest_cli_does(page: Page, tmp_path: Path) -> None:
    from services.ingest.readers import read_text_article

    stamped = next((ROOT / "seeds").glob("003_*.txt")).read_text(encoding="utf-8")  # opens "1 month ago 11"
    after = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")  # "1 week ago 19" after the title
    page.open("/")
    # The page names an untitled upload after its file; the CLI leaves it untitled.
    for name, content, title in [("stamped.txt", stamped, "Ukraine conflict entering ‘critical stage’ – UK"),
                                 ("after.txt", after, "Ukraine allies promise €21bn in military support for Kyiv"),
                                 ("long.txt", "x" * 1001 + "\nSecond paragraph.", "long.txt")]:
        upload = tmp_path / name
        upload.write_text(content, encoding="utf-8")
        page.find("input[type=file]").send_keys(str(upload))
        expected = read_text_article(content)
        assert (expected["title"] or name) == title and " ago " not in expected["text"][:40]
        page.wait(lambda d, e=expected: page.js(TEXT_NOW) == e["text"])
        assert page.js("return document.querySelector('input[name=title]').value") == title


def test_submit_a_file_watch_it_move_and_read_the_highlighted_article(page: Page, tmp_path: Path) -> None:
    upload = tmp_path / "stoltenberg.txt"
    seed = next((ROOT / "seeds").glob("004_*.txt")).read_text(encoding="utf-8")
    # The seed's only sum ("€1.5bn") is in its links to other stories, which name nothing of the article: one of its
    # own, after the title, for the page to highlight.
    title, body = seed.split("\n\n", 1)
    upload.write_text(f"{title}\n\nNato allies have pledged €40bn a year in military aid.\n\n{body}\n\n{marker()}",
                      encoding="utf-8")
    page.open("/")
    page.find("input[type=file]").send_keys(str(upload))
    page.wait(lambda d: page.js("return document.querySelector('textarea[name=text]').value.length > 1000"))
    assert page.js("return document.querySelector('input[name=title]').value").startswith("Stoltenberg vows")
    page.js(WATCH_TRACKER)
    page.find("#submit-button").click()

    page.find(".tracker[data-status=done]", timeout=90)
    seen = page.js("return window.__seen")
    assert seen[0] == "queued" and seen[-1] == "done", seen
    assert seen == [s for s in ("queued", "processing", "done") if s in seen], seen
    assert len(page.all(".tracker .step.done")) == 3
    page.find("#recent a", "Stoltenberg vows")
    page.screenshot("submit", max_height=1300)

    page.find(".tracker a", "Open the article").click()
    page.wait(lambda d: "/articles/" in d.current_url)
    person = page.find('.doc .ent[data-label="PERSON"]', "Stoltenberg", timeout=90)
    assert person.find_element("css selector", ".ent-label").text == "PERSON"
    quote = page.find(".quotes li", "as long as it takes")
    assert "Jens Stoltenberg" in quote.find_element("css selector", ".speaker").text
    page.find(".doc .quote-inline .quote-by", "Jens Stoltenberg")
    assert page.find(".doc .money", "€40bn").find_element("css selector", ".ent-label").text  # the normalised amount
    assert "1.5bn" not in " ".join(m.text for m in page.all(".doc .money"))  # another story's sum
    assert page.find(".summary li").text
    assert page.find(".chips .chip.plain").text  # key phrases
    assert "EN" in page.find(".page-head .meta").text
    page.screenshot("article", max_height=2200)


def test_html_and_script_in_an_article_render_as_text(page: Page, web_base: str) -> None:
    script = "<script>window.__pwned = 1</script>"
    title = '<img src=x onerror="window.__pwned = 2">Angela Merkel visits'
    text = f"Angela Merkel said: \u201cWe will manage.\u201d {script} <b>bold</b> in Berlin. {marker()}"
    article_id = api(web_base, "POST", "/v1/articles", {"title": title, "text": text})["id"]
    assert wait_done(web_base, article_id)["status"] == "done"

    page.open(f"/articles/{article_id}")
    page.find(".doc .ent", "Angela Merkel")
    assert script in page.find(".doc").text
    assert page.find("#article-title").text == title
    assert page.js("return document.querySelectorAll('main script, main img, .doc b, #article-title *').length") == 0
    page.open("/")
    page.find("#recent a", "<img src=x")
    assert page.js("return document.querySelectorAll('main img').length") == 0
    assert page.js("return window.__pwned") is None


def test_marks_sit_on_their_words_after_emoji(page: Page, web_base: str) -> None:
    """The API's offsets count code points; an emoji is two UTF-16 units in the page's strings."""
    text = (f"\U0001F389\U0001F389 Angela Merkel said: \u201cWe will manage \U0001F30D.\u201d "
            f"She met Emmanuel Macron in Berlin. {marker()}")
    article_id = api(web_base, "POST", "/v1/articles", {"text": text})["id"]
    enrichment = wait_done(web_base, article_id)["enrichment"]
    expected = sorted(e["text"] for e in enrichment["entities"] if e["text"] in ("Angela Merkel", "Emmanuel Macron",
                                                                                 "Berlin"))
    assert len(expected) == 3 and enrichment["quotes"]

    page.open(f"/articles/{article_id}")
    page.wait(lambda _: page.js("return document.querySelectorAll('.doc .ent').length"), 30, "no marks")
    # As JSON: a misplaced slice can split an emoji, and the driver cannot pass a lone surrogate back.
    shown = json.loads(page.js("return JSON.stringify([...document.querySelectorAll('.doc .ent')].map("
                               "(e) => e.firstChild.textContent))"))
    assert sorted(t for t in shown if t in expected) == expected, shown
    quoted = json.loads(page.js("return JSON.stringify([...document.querySelectorAll('.doc .quote-inline')].map("
                                "(e) => e.textContent))"))
    quote = enrichment["quotes"][0]["text"]
    assert "\U0001F30D" in quote and any(q.startswith(quote + "\u2014") or q.startswith(quote + " \u2014")
                                           for q in quoted), (quote, quoted)


def test_a_queued_article_is_drawn_at_once_and_redrawn_when_done(page: Page, store: Any, celery_app: Any) -> None:
    """The page draws the article as it is (queued) without waiting for its long poll, then follows it to done."""
    text = f"Angela Merkel met Emmanuel Macron in Berlin. {marker()}"
    # Stored but not yet queued, so it stays `queued` while the page is opened.
    article_id = store.add_article(content_digest(text), {"title": "Merkel in Berlin", "text": text}).id
    page.open(f"/articles/{article_id}", ready=False)
    page.find(".notice.info", "This article is queued", timeout=5)  # the long poll would take 20 s
    assert page.find("#article-title").text == "Merkel in Berlin"
    enqueue(celery_app, article_id)
    page.find(".doc .ent", "Angela Merkel", timeout=60)
    assert "This article is queued" not in page.find("main").text


def test_the_article_page_rides_out_a_redis_outage_and_draws_the_article_done_meanwhile(
        cut_page: Page, cut_api: CutApi, web_base: str, store: Any, celery_app: Any) -> None:
    """Redis cut under the page's API: its long poll is answered 503; the page says it is trying again, keeps the
    queued article drawn, and once Redis is back draws the article the worker finished in the meantime."""
    text = f"Angela Merkel met Emmanuel Macron in Berlin. {marker()}"
    # Stored but not yet queued, so it stays `queued` until the test queues it.
    article_id = store.add_article(content_digest(text), {"title": "Merkel in Berlin", "text": text}).id
    cut_page.open(f"/articles/{article_id}")
    cut_page.find(".notice.info", "This article is queued")

    cut_api.switch.cut()
    retrying = cut_page.find(".retrying", "Trying again in", timeout=30)
    assert "unavailable" in retrying.text  # the API's own 503 message
    assert cut_page.find("#article-title").text == "Merkel in Berlin"  # the article stays drawn under the notice
    enqueue(celery_app, article_id)  # the worker reaches Redis directly: it finishes the article during the outage
    assert wait_done(web_base, article_id)["status"] == "done"
    assert cut_page.all(".retrying") and not cut_page.all(".doc .ent")  # only a retry can draw it now

    cut_api.switch.restore()
    cut_page.find(".doc .ent", "Angela Merkel", timeout=60)
    assert not cut_page.all(".retrying")
    assert "This article is queued" not in cut_page.find("main").text


def test_the_submit_tracker_rides_out_a_redis_outage_to_done(
        cut_page: Page, cut_api: CutApi, web_base: str, store: Any, celery_app: Any) -> None:
    """Redis cut while the tracker polls a queued article: the tracker waits the 503s out without an error and
    follows the article to done once Redis is back."""
    text = f"Olaf Scholz met Emmanuel Macron in Paris. {marker()}"
    # Stored but not queued: the page's submission of the same text is answered with it, queued, and not re-queued.
    article_id = store.add_article(content_digest(text), {"title": "Scholz in Paris", "text": text}).id
    cut_page.open("/")
    cut_page.find("textarea[name=text]").send_keys(text)
    cut_page.find("#submit-button").click()
    cut_page.find(f'.tracker[data-id="{article_id}"][data-status=queued]')

    cut_api.switch.cut()
    cut_page.wait(lambda _: cut_page.was_answered(503, f"/v1/articles/{article_id}"), 30,
                  "the tracker's poll was never answered 503")
    enqueue(celery_app, article_id)
    assert wait_done(web_base, article_id)["status"] == "done"
    assert not cut_page.all(".tracker .notice.error")

    cut_api.switch.restore()
    cut_page.find(f'.tracker[data-id="{article_id}"][data-status=done]', timeout=60)
    assert not cut_page.all(".tracker .notice.error")


def test_story_page_shows_the_articles_side_by_side_with_agreement_and_conflict(
        page: Page, seeded: dict[str, dict[str, Any]]) -> None:
    story_id = seeded["000"]["enrichment"]["story_id"]
    assert story_id and seeded["001"]["enrichment"]["story_id"] == story_id

    page.open("/stories")
    # The story's link, by its address: its title is its first article's, 000's or 001's by which one the workers
    # finished first (001 first under load made this wait for 000's title out).
    page.find(f"#stories a[href='/stories/{story_id}']")
    page.screenshot("stories", max_height=1000)

    page.open(f"/stories/{story_id}")
    assert "€21bn" in page.find("#diff-agree .fact", "€21bn").text
    conflict = page.find("#diff-conflict .fact", "fifty")
    assert "40" in conflict.text and "vs" in conflict.text.lower()
    columns = {c.get_attribute("data-id") for c in page.all(".columns .column")}
    assert {seeded["000"]["id"], seeded["001"]["id"]} <= columns
    page.find(".column-text .fact-mark.conflict", "fifty")
    page.find(".column-text .fact-mark.agree", "21")
    conflict.click()
    page.find(".column-text .fact-mark.conflict.focused", "40")
    page.wait(lambda d: page.js(FOCUSED_IN_VIEW), 10, "a clicked fact was not scrolled into view in every text")
    page.screenshot("story", max_height=1500)


def test_entities_search_and_an_entity_page(page: Page, seeded: dict[str, dict[str, Any]]) -> None:
    page.open("/entities")
    page.find("#entities a", "John Healey")
    page.screenshot("entities", max_height=1100)

    page.find("#entity-q").send_keys("Stoltenberg")
    page.wait(lambda d: page.js("const rows = [...document.querySelectorAll('#entities tr')];"
                                "return rows.length > 0 && rows.every(r => r.textContent.includes('Stoltenberg'))"))
    assert "q=Stoltenberg" in page.driver.current_url
    # Punctuation alone matches as an empty box does (the API refuses such a query: no error on the page).
    page.find("#entity-q").clear()
    page.find("#entity-q").send_keys("!!")
    page.find("#entities a", "John Healey")
    assert "could not" not in page.find("#entities").text.lower()

    page.open("/entities?q=Healey")
    page.find("#entities a", "John Healey").click()
    page.find("#entity-name", "John Healey")
    page.find(".links a", seeded["000"]["article"]["title"][:30])
    page.find(".quotes li", "Putin said he wanted peace")
    page.find(".chips .chip", "Boris Pistorius")
    page.screenshot("entity", max_height=1400)
    page.find(".links a[href^='/stories/']")


def test_system_page_shows_queue_workers_throughput_and_failures(
        page: Page, web_base: str, store: Any, celery_app: Any, seeded: dict[str, dict[str, Any]]) -> None:
    page.open("/system")
    assert int(page.find("#stat-workers .big").text) >= 1
    assert page.find("#stat-queue .big").text.isdigit()
    # While the page watches: one article fails (its record is damaged), one is done.
    damaged = f"e2e-damaged-{uuid.uuid4().hex[:8]}"
    store.redis.hset(keys.article(damaged), mapping={"id": damaged, "status": "queued", "title": "A damaged record"})
    store.redis.hincrby(keys.status_counts(), "queued", 1)  # keep the per-status books straight
    enqueue(celery_app, damaged)
    fine = api(web_base, "POST", "/v1/articles", {"text": f"Olaf Scholz met Emmanuel Macron in Paris. {marker()}"})
    assert wait_done(web_base, damaged)["status"] == "failed"
    assert wait_done(web_base, fine["id"])["status"] == "done"

    page.find("#failures tr", "A damaged record", timeout=15)
    page.find("#stat-throughput .hint", "2 finished in the last", timeout=15)
    assert page.find("#stat-throughput .big").text.endswith("/min")
    assert "done" in page.find(".status-counts").text
    page.screenshot("system", max_height=1200)


def test_system_endpoint_is_read_only_documented_json(web_base: str) -> None:
    from services.core.client import call

    status, body = call(web_base, "GET", "/v1/system", key=READ_KEY)
    assert status == 200
    assert {"queue_depth", "workers", "statuses", "finished", "enrichment", "failures"} <= set(body)
    assert call(web_base, "GET", "/v1/system", key="no-such-key-000000000")[0] == 401
    assert call(web_base, "POST", "/v1/system", body={}, key=ADMIN_KEY)[0] == 405
    _, spec = call(web_base, "GET", "/openapi.json")
    assert "/v1/system" in spec["paths"] and "SystemOut" in spec["components"]["schemas"]


def test_numbers_link_nowhere_long_words_wrap_and_a_json_file_keeps_its_url(page: Page, web_base: str,
                                                                              tmp_path: Path) -> None:
    long_word = "Unbreakable" * 25
    text = (f"Apple agreed to pay $4.5 million on Monday, and about 40 investors met Tim Cook in Cupertino. "
            f"{marker()}")
    article_id = api(web_base, "POST", "/v1/articles", {"title": f"Headline {long_word}", "source": "s" * 200,
                                                        "text": text})["id"]
    assert wait_done(web_base, article_id)["status"] == "done"
    page.open(f"/articles/{article_id}")
    page.find(".doc .ent", "Tim Cook")
    # Dates, sums and counts have no entity page: they are marked, not linked; names are linked.
    linked = json.loads(page.js("return JSON.stringify([...document.querySelectorAll('a.ent, a.chip')]"
                                ".map((e) => e.dataset.label || e.querySelector('.label')?.dataset.label))"))
    assert "PERSON" in linked and not {"DATE", "CARDINAL", "MONEY"} & set(linked), linked
    for path in (f"/articles/{article_id}", "/"):
        page.open(path)
        page.find("main h1")
        width = page.js("return document.documentElement.scrollWidth")
        assert width <= page.js("return window.innerWidth"), (path, width)

    upload = tmp_path / "one.json"
    upload.write_text(json.dumps({"title": "From a JSON file", "text": f"Olaf Scholz spoke in Berlin. {marker()}",
                                  "url": "https://example.org/json-upload", "published_at": "2025-03-01T10:00:00Z"}))
    page.open("/")
    page.find("input[type=file]").send_keys(str(upload))
    page.wait(lambda d: page.js("return document.querySelector('input[name=title]').value") == "From a JSON file")
    assert page.find(".form-error").text == ""
    page.find("#submit-button").click()
    tracked = page.find(".tracker").get_attribute("data-id")
    article = api(web_base, "GET", f"/v1/articles/{tracked}")["article"]
    assert article["url"] == "https://example.org/json-upload" and article["published_at"].startswith("2025-03-01")
