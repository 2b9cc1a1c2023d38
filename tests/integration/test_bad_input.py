"""Bad input is answered clearly and nothing is stored."""
from __future__ import annotations

import dataclasses
import gzip
import json
import threading
import uuid

import pytest
from werkzeug.exceptions import ClientDisconnected

from services.api import create_app
from services.api.errors import UNKNOWN_QUERY_PARAMETER
from services.core import keys
from services.core.store import Store
from tests.conftest import ADMIN_KEY

from .helpers import unique

CASES = [
    ("empty text", b'{"text": ""}', "application/json", 422, "text"),
    ("whitespace text", b'{"text": " \\n\\t "}', "application/json", 422, "text"),
    ("invisible text", b'{"text": "\\u200b\\u200b \\ufeff\\u00ad"}', "application/json", 422, "text"),
    # Markup with no words was enriched, its summary "<p> </p>".
    ("markup with no words", b'{"text": "<p> </p>"}', "application/json", 422, "text"),
    ("markup with no words but a space", b'{"text": "<div>\\n  <p>&nbsp;</p>\\n</div>"}', "application/json", 422,
     "text"),
    ("missing text", b'{"title": "no body"}', "application/json", 422, "text"),
    ("text wrong type", b'{"text": 42}', "application/json", 422, "text"),
    ("title wrong type", b'{"text": "ok text", "title": ["a"]}', "application/json", 422, "title"),
    ("bad url", b'{"text": "ok text", "url": "not a url"}', "application/json", 422, "url"),
    ("url with a port past 65535", b'{"text": "ok text", "url": "http://example.com:99999/a"}', "application/json", 422,
     "url"),
    ("bad date", b'{"text": "ok text", "published_at": "yesterday"}', "application/json", 422, "published_at"),
    ("unknown field", b'{"text": "ok text", "colour": "red"}', "application/json", 422, "colour"),
    ("lone surrogate", b'{"text": "bad \\ud800 text"}', "application/json", 422, "text"),
    ("lone surrogate in url", b'{"text": "ok text", "url": "http://example.com/a\\ud800"}', "application/json", 422,
     "url"),
    ("lone surrogate in callback", b'{"text": "ok text", "callback_url": "http://example.com/\\ud800"}',
     "application/json", 422, "callback_url"),
    ("callback port zero", b'{"text": "ok text", "callback_url": "http://example.com:0/x"}', "application/json", 422,
     "callback_url"),
    ("callback with a password", b'{"text": "ok text", "callback_url": "http://user:pw@example.com/x"}',
     "application/json", 422, "callback_url"),
    ("callback port out of range", b'{"text": "ok text", "callback_url": "http://example.com:99999/"}',
     "application/json", 422, "callback_url"),
    ("nul character", b'{"text": "bad \\u0000 text"}', "application/json", 422, "text"),
    ("control characters", b'{"text": "bell \\u0007 and escape \\u001b[31m"}', "application/json", 422, "text"),
    ("huge title", b'{"text": "ok text", "title": "' + b"t" * 5000 + b'"}', "application/json", 422, "title"),
    ("null text", b'{"text": null}', "application/json", 422, "text"),
    ("object text", b'{"text": {"nested": "x"}}', "application/json", 422, "text"),
    ("bad language", b'{"text": "ok text", "language": "english please"}', "application/json", 422, "language"),
    ("10 MB body", b'{"text": "' + b"x" * 10_000_000 + b'"}', "application/json", 413, None),
    ("empty body", b"", "application/json", 400, None),
    ("array body", b'[{"text": "ok"}]', "application/json", 422, None),
    ("invalid json", b'{"text": "unterminated', "application/json", 400, None),
    ("non-utf8 body", b'{"text": "caf\xe9 \xff"}', "application/json", 400, None),
    ("utf-16 body", '{"text": "ok text"}'.encode("utf-16"), "application/json", 400, None),
    ("utf-16 body without a BOM", '{"text": "ok text"}'.encode("utf-16-le"), "application/json", 400, None),
    ("utf-32 body", '{"text": "ok text"}'.encode("utf-32"), "application/json", 400, None),
    ("5,000-digit number", b'{"text": "ok text", "n": 1' + b"1" * 5000 + b"}", "application/json", 400, None),
    ("deep json", b"[" * 50_000 + b"]" * 50_000, "application/json", 400, None),
    ("wrong content type", b'{"text": "ok text"}', "text/plain", 415, None),
    ("form body", b"text=hello", "application/x-www-form-urlencoded", 415, None),
    ("latin-1 charset", b'{"text": "caf\xe9"}', "application/json; charset=iso-8859-1", 415, None),
    # README names application/json alone; Werkzeug's is_json took every "+json" type.
    ("a +json content type", b'{"text": "ok text"}', "application/vnd.api+json", 415, None),
    ("a key given twice", b'{"text": "ok text", "text": "another text"}', "application/json", 400, None),
    ("a key given twice in a nested object", b'{"text": "ok text", "x": {"a": 1, "a": 2}}', "application/json", 400,
     None),
    # Python's json reads these; they are no JSON (they were taken, then refused as the wrong type: 422).
    ("NaN", b'{"text": NaN}', "application/json", 400, None),
    ("Infinity", b'{"text": "ok text", "title": Infinity}', "application/json", 400, None),
    ("-Infinity in a nested list", b'{"text": "ok text", "x": [1, -Infinity]}', "application/json", 400, None),
    # Dates whose UTC time falls outside what a date-time holds (year 1 to 9999).
    ("a date before year 1 in UTC", b'{"text": "ok text", "published_at": "0001-01-01T00:00:00+01:00"}',
     "application/json", 422, "published_at"),
    ("a date after year 9999 in UTC", b'{"text": "ok text", "published_at": "9999-12-31T23:59:59-01:00"}',
     "application/json", 422, "published_at"),
]


def _article_count(store) -> int:
    return store.redis.zcard(keys.articles_by_seq())


@pytest.mark.parametrize(("name", "body", "content_type", "status", "field"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_and_nothing_stored(client, store, name, body, content_type, status, field):
    before = _article_count(store)
    _assert_refused(client.post("/v1/articles", data=body, content_type=content_type), status, field)
    assert _article_count(store) == before


def _assert_refused(response, status: int, field: str | None) -> None:  # type: ignore[no-untyped-def]
    """The answer is `status` with an error code, a message and, if given, the field at fault."""
    assert response.status_code == status, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["code"] and error["message"]
    if field:
        assert field in error["fields"]


@pytest.mark.parametrize(("body", "said"), [
    (b"", "empty"),
    (b'{"text": "ok",\n "title": "unterminated}', "line 2, column 11"),
    (b'{"text": "caf\xe9"}', "byte 0xe9 at offset 13"),
    ('{"text": "ok"}'.encode("utf-16"), "not valid UTF-8"),
    (b'{"text": "ok text", "n": 1' + b"1" * 5000 + b"}", "more than 4,300 digits"),
    (b'{"text": "a", "text": "b"}', "gives the key 'text' twice"),
    (b'{"text": "a", "n": -Infinity}', "-Infinity is not a JSON value"),
])
def test_a_body_that_is_not_json_says_where_it_goes_wrong(client, body, said):
    response = client.post("/v1/articles", data=body, content_type="application/json")
    assert response.status_code == 400 and said in response.get_json()["error"]["message"], response.get_json()


def test_a_compressed_body_is_415_and_says_why(client, store):
    before = _article_count(store)
    response = client.post("/v1/articles", data=gzip.compress(b'{"text": "ok text"}'),
                           content_type="application/json", headers={"Content-Encoding": "gzip"})
    _assert_refused(response, 415, None)
    assert "gzip" in response.get_json()["error"]["message"]
    assert _article_count(store) == before


def test_json_declared_as_utf8_in_any_spelling_is_taken(client):
    for charset in ("UTF-8", "utf8"):
        response = client.post("/v1/articles", data=json.dumps({"text": unique("Spelled charset.")}),
                               content_type=f"application/json; charset={charset}",
                               headers={"Content-Encoding": "identity"})
        assert response.status_code == 202, response.get_data(as_text=True)


def test_text_over_the_limit_is_413(client, store, settings):
    before = _article_count(store)
    response = client.post("/v1/articles", json={"text": "word " * (settings.max_text_chars // 5 + 1)})
    assert response.status_code == 413
    assert "limit" in response.get_json()["error"]["message"]
    assert _article_count(store) == before


def test_body_over_the_byte_cap_is_413(client, store, settings):
    response = client.post("/v1/articles", data=b'{"text": "' + b"a" * settings.max_body_bytes + b'"}',
                           content_type="application/json")
    assert response.status_code == 413
    error = response.get_json()["error"]
    # The same words as for a chunked body found too long while reading it (test_api_process).
    assert error == {"code": "too_large",
                     "message": f"The request body is larger than {settings.max_body_bytes} bytes."}


def test_html_and_script_in_text_are_stored_and_returned_as_data(client):
    text = f"<p>Breaking</p><script>alert('x')</script> John Healey spoke. {uuid.uuid4().hex}"
    response = client.post("/v1/articles", json={"text": text, "title": "<b>bold</b>"})
    assert response.status_code == 202
    body = client.get(response.headers["Location"]).get_json()
    assert body["article"]["text"] == text and body["article"]["title"] == "<b>bold</b>"


def test_page_breaks_and_other_line_breaks_become_line_breaks(client):
    text = unique("Page one ends here.\fPage two starts here.\vA line after a vertical tab.\rOld Mac line.\r\n"
                  "Windows line.\u2028Unicode line.\u2029Unicode paragraph.\x85Next line.")
    article = _stored(client, {"text": text, "title": "Report\fpart two"})
    assert article["text"] == unique_tail(text, "Page one ends here.\nPage two starts here.\nA line after a vertical "
                                          "tab.\nOld Mac line.\r\nWindows line.\nUnicode line.\nUnicode paragraph.\n"
                                          "Next line.")
    assert article["title"] == "Report\npart two"


def test_no_break_and_other_spaces_become_plain_spaces(client):
    text = unique("Rachel\u00a0Reeves pledged £2\u00a0bn.\u2009Thin\u202fand\u3000ideographic spaces.")
    article = _stored(client, {"text": text, "title": "No\u00a0break"})
    assert article["text"] == unique_tail(text, "Rachel Reeves pledged £2 bn. Thin and ideographic spaces.")
    assert article["title"] == "No break"


def test_invisible_characters_inside_words_are_dropped(client):
    # A soft hyphen or a zero-width space pasted from a web page made "Hart\u00adwell" a person of its own.
    text = unique("Daniel Hart\u00adwell met Ruth Cal\u200bder.\ufeff Word\u2060joined. "
                  "Emoji \U0001F469\u200d\U0001F52C stays.")
    article = _stored(client, {"text": text, "title": "Soft\u00adhyphen"})
    assert article["text"] == unique_tail(text, "Daniel Hartwell met Ruth Calder. Wordjoined. Emoji "
                                                "\U0001F469\u200d\U0001F52C stays.")
    assert article["title"] == "Softhyphen"


def test_joiners_inside_latin_words_are_dropped_and_kept_where_they_shape_the_text(client):
    # A zero-width joiner inside "Jo\u200dhn" cut the name in two; in Persian, Devanagari and emoji it means something.
    text = unique("Jo\u200dhn Sm\u200cith met Zo\u00eb\u200dy. \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 "
                  "\u0915\u094d\u200d\u0937 \U0001F469\u200d\U0001F52C a\u200d1.")
    article = _stored(client, {"text": text})
    assert article["text"] == unique_tail(text, "John Smith met Zo\u00eby. "
                                                "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 "
                                                "\u0915\u094d\u200d\u0937 \U0001F469\u200d\U0001F52C a\u200d1.")


def test_html_character_references_are_the_characters_they_stand_for(client):
    # "$1.2&nbsp;billion" was $1.2, and "&ldquo;...&rdquo;" no quote; without a semicolon "&" is text.
    text = unique("It paid $1.2&nbsp;billion. &ldquo;We won,&rdquo; said Ann. AT&amp;T, R&D, A&notes, "
                  "&#x1F600; &bogus; &#7;")
    article = _stored(client, {"text": text})
    assert article["text"] == unique_tail(text, "It paid $1.2 billion. “We won,” said Ann. AT&T, R&D, A&notes, "
                                                "\U0001F600 &bogus; ")  # a control character's is none


def _stored(client, body: dict) -> dict:
    """The article as stored from `body` (accepted)."""
    response = client.post("/v1/articles", json=body)
    assert response.status_code == 202, response.get_json()
    return client.get(response.headers["Location"]).get_json()["article"]


def unique_tail(text: str, head: str) -> str:
    """`head` with the unique tail `unique()` gave `text`."""
    return head + text[text.index("\n\nTest run marker"):]


def test_an_answer_names_at_most_twenty_invalid_fields_each_cut_short(client):
    # 150,000 unknown fields were each named, in the fields and in the message: an answer of 5.5 MB.
    body = {"text": unique("Many unknown fields."), **{f"field{i:05d}" + "x" * 500: 1 for i in range(3000)}}
    response = client.post("/v1/articles", json=body)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert len(error["fields"]) == 20 and all(len(name) <= 100 for name in error["fields"])
    assert error["message"].endswith(" and 2980 more.") and len(response.data) < 10_000


def test_unknown_article_is_404(client):
    response = client.get("/v1/articles/does-not-exist")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("query", ["wait=abc", "wait=-1", "wait=nan", "wait=inf"])
def test_bad_wait_is_422(client, query):
    assert client.get(f"/v1/articles/whatever?{query}").status_code == 422


def test_a_wait_over_the_maximum_is_cut_to_it(settings, private_redis):
    capped = dataclasses.replace(settings, max_wait_seconds=1, redis_url=f"redis://127.0.0.1:{private_redis}/0")
    client = create_app(capped).test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    # Stored in a Redis no worker reads: it stays queued.
    article_id = Store.from_url(capped.redis_url).add_article(uuid.uuid4().hex, {"text": "Waiting."}).id
    answers: list = []
    reader = threading.Thread(target=lambda: answers.append(client.get(f"/v1/articles/{article_id}?wait=3600")))
    reader.start()
    reader.join(timeout=60)  # a wait of an hour would still be blocked
    assert answers and answers[0].status_code == 200 and answers[0].get_json()["status"] == "queued"


@pytest.mark.parametrize(("given", "stored"), [("2026-01-01", "2026-01-01T00:00:00+00:00"),
                                               ("2026-01-01T10:30", "2026-01-01T10:30:00+00:00"),
                                               ("2026-01-01T10:30:00+02:00", "2026-01-01T10:30:00+02:00")])
def test_a_publication_date_without_a_zone_is_utc(client, given, stored):
    response = client.post("/v1/articles", json={"text": unique("Dated."), "published_at": given})
    assert response.status_code == 202, response.get_json()
    assert client.get(response.headers["Location"]).get_json()["article"]["published_at"] == stored


@pytest.mark.parametrize("given", ["0001-01-01", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+00:00",
                                   "9999-12-31T23:59:59+14:00"])
def test_a_publication_date_at_the_edge_of_the_range_is_taken(client, given):
    response = client.post("/v1/articles", json={"text": unique("Dated at the edge."), "published_at": given})
    assert response.status_code == 202, response.get_json()


def test_a_publication_date_that_is_none_says_what_one_looks_like(client):
    response = client.post("/v1/articles", json={"text": "Dated.", "published_at": "yesterday"})
    assert response.status_code == 422 and "2025-04-01T12:00:00Z" in str(response.get_json()["error"]["fields"])


@pytest.mark.parametrize(("given", "stored"), [("EN", "en"), ("En-GB", "en-GB"), ("DE", "de"), ("pt-BR", "pt-BR"),
                                               # BCP 47 tags in their usual case: "pt-br" was kept as "pt-br", and
                                               # "es-419" and "zh-Hant-TW" refused.
                                               ("pt-br", "pt-BR"), ("es-419", "es-419"), ("zh-Hant-TW", "zh-Hant-TW"),
                                               ("ZH-HANT-tw", "zh-Hant-TW"), ("sr-latn", "sr-Latn"),
                                               ("de-ch-1996", "de-CH-1996"), ("en-US-x-Wire", "en-US-x-wire"),
                                               # Grandfathered tags the grammar does not make were refused.
                                               ("en-gb-oed", "en-GB-oed"), ("I-Klingon", "i-klingon"),
                                               ("sgn-be-fr", "sgn-BE-FR")])
def test_a_language_tag_in_any_case_is_taken_and_kept_in_its_usual_case(client, given, stored):
    # Language tags ignore case, but "EN" was refused: "Not a language code like 'en'".
    assert _stored(client, {"text": unique("Declared language."), "language": given})["language"] == stored


@pytest.mark.parametrize("given", ["english", " en", "e", "en-", "en_GB", "en--GB", "en-x", "x",
                                   "en-GB-oedx", "i-foo", "i-klingon-x"])  # near the grandfathered tags
def test_what_is_no_language_code_is_still_refused_guard(client, given):
    # guard: only the case is forgiven.
    response = client.post("/v1/articles", json={"text": unique("Declared language."), "language": given})
    assert response.status_code == 422 and "language" in response.get_json()["error"]["fields"]


def test_a_language_code_with_a_line_end_is_refused(client):
    # The pattern's "$" matched before a last line end: "en\n" was stored as the article's language.
    response = client.post("/v1/articles", json={"text": unique("Declared language."), "language": "en\n"})
    assert response.status_code == 422 and "pt-BR" in str(response.get_json()["error"]["fields"]["language"])


def test_optional_fields_may_be_null(client):
    body = {"text": unique("Null fields from a strict client."), "title": None, "source": None, "url": None,
            "published_at": None, "language": None, "callback_url": None}
    response = client.post("/v1/articles", json=body)
    assert response.status_code == 202, response.get_json()
    assert client.get(response.headers["Location"]).get_json()["article"]["title"] is None
    # The list answers null too (the store keeps "" for an absent value).
    row = next(r for r in client.get("/v1/articles?limit=100").get_json()["items"] if r["id"] == response.json["id"])
    assert (row["title"], row["source"]) == (None, None)


@pytest.mark.parametrize("query", ["limit=0", "limit=abc", "limit=1000", "cursor=abc"])
def test_bad_list_parameters_are_422(client, query):
    response = client.get(f"/v1/articles?{query}")
    assert response.status_code == 422 and response.get_json()["error"]["fields"]


@pytest.mark.parametrize("path", ["/v1/articles?lable=PERSON", "/v1/articles/whatever?wiat=5",
                                  "/v1/entities?labels=ORG", "/v1/stories?limit=5&page=2", "/v1/failed?max=3",
                                  # Routes that take no query parameter at all refuse one too.
                                  "/v1/system?verbose=1", "/v1/articles/whatever/deliveries?limit=5",
                                  "/v1/batches/whatever?wait=5", "/v1/stories/whatever?limit=5",
                                  "/v1/entities/whatever?limit=5"])
def test_a_query_parameter_the_route_does_not_take_is_422_and_named(client, path):
    # A misspelt filter would otherwise be dropped and the answer list everything.
    response = client.get(path)
    unknown = path.rsplit("&", 1)[-1].split("?")[-1].split("=")[0]
    assert response.status_code == 422, response.get_json()
    # It was "Unknown field.", as an unknown field of a body is told.
    assert response.get_json()["error"]["fields"][unknown] == [UNKNOWN_QUERY_PARAMETER], response.get_json()


def test_a_query_parameter_on_a_post_is_told_apart_from_a_body_field(client):
    # `POST /v1/articles?foo=1` with a good body answered "foo: Unknown field.", sending the client to its body.
    response = client.post("/v1/articles?foo=1", json={"text": unique("A query parameter probe.")})
    assert response.status_code == 422 and response.get_json()["error"]["fields"] == {"foo": [UNKNOWN_QUERY_PARAMETER]}
    body_field = client.post("/v1/articles", json={"text": unique("A body field probe."), "foo": 1})  # guard
    assert body_field.status_code == 422 and body_field.get_json()["error"]["fields"] == {"foo": ["Unknown field."]}


@pytest.mark.parametrize("path", ["/v1/articles?limit=5&limit=500", "/v1/entities?label=PERSON&q=x&label=ORG",
                                  "/v1/articles/whatever?wait=1&wait=30"])
def test_a_single_valued_query_parameter_given_twice_is_422_and_named(client, path):
    # The first value was taken and the second silently dropped.
    response = client.get(path)
    name = path.split("?")[1].split("=")[0]
    assert response.status_code == 422, response.get_json()
    assert response.get_json()["error"]["fields"][name] == ["Given 2 times: this parameter takes one value."]


BATCH_CASES = [
    ("a key given twice in an item", b'{"articles": [{"text": "ok text", "text": "another"}]}', 400, None),
    ("5,000-digit number", b'{"articles": [{"text": "ok text"}], "n": 1' + b"1" * 5000 + b"}", 400, None),
    ("callback port not a number", b'{"articles": [{"text": "ok text"}], "callback_url": "http://example.com:abc/"}',
     422, "callback_url"),
    ("callback not parseable", b'{"articles": [{"text": "ok text"}], "callback_url": "http://[::1/"}', 422,
     "callback_url"),
    ("callback with a lone surrogate", b'{"articles": [{"text": "ok text"}], "callback_url": "http://e.com/\\udfff"}',
     422, "callback_url"),
    # The batch's own callback is checked as an article's is: it was accepted, and every item then refused for it.
    ("callback too long", b'{"articles": [{"text": "ok text"}], "callback_url": "http://example.org/' + b"a" * 5000
     + b'"}', 422, "callback_url"),
    ("callback not a string", b'{"articles": [{"text": "ok text"}], "callback_url": 42}', 422, "callback_url"),
]


def test_a_batch_with_nan_is_400_not_422(client, store):
    before = _article_count(store)
    response = client.post("/v1/batches", data=b'{"articles": [{"text": NaN}]}', content_type="application/json")
    assert response.status_code == 400 and "NaN is not a JSON value" in response.get_json()["error"]["message"]
    assert _article_count(store) == before


class _BrokenInput:
    """A request body the server cannot read: what the server raises when the client stops mid-chunk."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def read(self, *_: object) -> bytes:
        raise self.error

    readline = read


@pytest.mark.parametrize("error", [OSError("client went away"), ValueError("bad chunk"), ClientDisconnected()],
                         ids=["OSError", "ValueError", "ClientDisconnected"])
@pytest.mark.parametrize("path", ["/v1/articles", "/v1/batches", "/v1/failed/retry"])
def test_a_body_the_server_cannot_read_is_400_and_says_so(client, store, error, path):
    # gunicorn's own errors (a bad chunk, a bad trailer) are met in test_api_process, over a real socket.
    before = _article_count(store)
    response = client.post(path, content_type="application/json", headers={"Transfer-Encoding": "chunked"},
                           environ_overrides={"wsgi.input": _BrokenInput(error), "wsgi.input_terminated": True})
    assert response.status_code == 400, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["code"] == "bad_request" and "cut short or badly chunked" in error["message"], error
    assert _article_count(store) == before


def _failed_article(store) -> str:  # type: ignore[no-untyped-def]
    article_id = f"retry-body-{uuid.uuid4().hex}"
    store.redis.hset(keys.article(article_id), mapping={"id": article_id, "status": "queued", "title": "t"})
    store.mark_failed(article_id, "broken on purpose")
    return article_id


def test_a_retry_of_an_empty_id_is_404_and_retries_nothing(client, store):
    # `POST /v1/failed//retry` (`newswire retry ""`) was a 308 redirect, in HTML, to `/v1/failed/retry`: a client that
    # follows it retries every failed article.
    article_id = _failed_article(store)
    response = client.post("/v1/failed//retry")
    assert response.status_code == 404 and "No such path: /v1/failed//retry" in response.get_json()["error"]["message"]
    assert store.get_status(article_id) == "failed"


@pytest.mark.parametrize("path", ["/v1//articles", "/v1/articles//x"])
def test_a_doubled_slash_is_no_path_guard(client, path):
    # guard: the other routes answer a doubled slash as any unknown path, in the API's JSON.
    response = client.get(path)
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("path", ["/static/style.css", "/static//style.css", "/static/js/x.js"])
def test_the_web_pages_files_are_not_served_a_second_time_under_static(client, path):
    # Flask's default /static route served the files of /assets again, with merge_slashes on (made before it was off).
    response = client.get(path)
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"


def test_the_web_pages_files_are_served_under_assets_guard(client):
    """Guard: the web page's own address of its files still serves them."""
    with client.get("/assets/style.css") as response:  # a file's answer: closed after
        assert response.status_code == 200 and response.mimetype == "text/css"


@pytest.mark.parametrize(("body", "content_type", "status"), [
    (b"{x", "application/json", 400),
    (b'{"all": NaN}', "application/json", 400),
    (b'{"ids": ["a"]}', "application/json", 422),
    (b"[]", "application/json", 422),
    (b"ids=a", "application/x-www-form-urlencoded", 415),
])
def test_a_retry_with_a_bad_body_is_refused_and_retries_nothing(client, store, body, content_type, status):
    article_id = _failed_article(store)
    for path in ("/v1/failed/retry", f"/v1/failed/{article_id}/retry"):
        _assert_refused(client.post(path, data=body, content_type=content_type), status, None)
    assert store.get_article(article_id)["status"] == "failed"


@pytest.mark.parametrize(("body", "content_type"), [(None, None), (b"", "application/json"),
                                                    (b"{}", "application/json"),
                                                    (b" {} ", "application/json; charset=utf-8")])
def test_a_retry_takes_no_body_or_an_empty_object(client, store, body, content_type):
    article_id = _failed_article(store)
    response = client.post(f"/v1/failed/{article_id}/retry", data=body, content_type=content_type)
    assert response.status_code == 200 and response.get_json() == {"retried": [article_id]}


@pytest.mark.parametrize(("name", "body", "status", "field"), BATCH_CASES, ids=[c[0] for c in BATCH_CASES])
def test_bad_batches_are_refused_and_nothing_stored(client, store, name, body, status, field):
    before = _article_count(store)
    _assert_refused(client.post("/v1/batches", data=body, content_type="application/json"), status, field)
    assert _article_count(store) == before


def test_a_batch_item_with_a_lone_surrogate_in_its_url_is_invalid_alone(client, store):
    good = {"text": f"A good batch item {uuid.uuid4().hex}."}
    bad = {"text": f"A bad batch item {uuid.uuid4().hex}.", "url": "http://example.com/a\ud800"}
    response = client.post("/v1/batches", json={"articles": [good, bad]})
    assert response.status_code == 202, response.get_data(as_text=True)
    assert [item["outcome"] for item in response.get_json()["items"]] == ["accepted", "invalid"]


def test_a_utf8_body_may_open_with_a_byte_order_mark(client):
    body = json.dumps({"text": f"A body with a byte order mark {uuid.uuid4().hex}."})
    response = client.post("/v1/articles", data=body.encode("utf-8-sig"), content_type="application/json")
    assert response.status_code == 202, response.get_data(as_text=True)


def test_a_batch_body_that_is_not_an_object_says_what_a_batch_is(client):
    response = client.post("/v1/batches", json=[{"text": "A list, not a batch."}])
    assert response.status_code == 422
    assert '"articles" list' in response.get_json()["error"]["message"]


def test_a_null_batch_item_is_invalid_alone(client):
    good = {"text": f"A good batch item {uuid.uuid4().hex}."}
    response = client.post("/v1/batches", json={"articles": [good, None]})
    assert response.status_code == 202, response.get_data(as_text=True)
    assert [item["outcome"] for item in response.get_json()["items"]] == ["accepted", "invalid"]


@pytest.mark.parametrize("item", [None, 1, "A text on its own.", ["A text in a list."]])
def test_a_batch_item_that_is_no_object_says_what_an_article_is(client, item):
    # Its error was {"_schema": ["Invalid input type."]}, marshmallow's words for it.
    good = {"text": f"A good batch item {uuid.uuid4().hex}."}
    response = client.post("/v1/batches", json={"articles": [item, good]})
    assert response.status_code == 202, response.get_data(as_text=True)
    assert response.get_json()["items"][0]["error"] == {
        "_schema": ['An article must be a JSON object of its fields, such as {"text": "..."}.']}


@pytest.mark.parametrize(("path", "said"), [
    ("/v1/articles?=5", "A query parameter has an empty name"),
    ("/v1/system?=1", "A query parameter has an empty name"),
])
def test_a_query_parameter_with_an_empty_name_says_so(client, path, said):
    # It answered "Invalid fields: ." and, for the parameter, "Unknown field.".
    error = client.get(path).get_json()["error"]
    assert error["message"] == "Invalid fields: '' (an empty name)." and said in error["fields"][""][0], error


def test_a_body_field_with_an_empty_name_says_so(client):
    error = client.post("/v1/articles", json={"text": "ok text", "": 1}).get_json()["error"]
    assert error["message"] == "Invalid fields: '' (an empty name)." and "empty name" in error["fields"][""][0], error


@pytest.mark.parametrize(("q", "said"), [("", "Must not be empty or white space alone."),
                                         ("  ", "Must not be empty or white space alone."),
                                         ("x", "Length must be between 2 and 200."),
                                         # It listed nothing, silently: stored text has no control characters.
                                         ("\x00\x00", "Must not contain control characters (other than tab and "
                                                    "line breaks).")])
def test_a_bad_text_search_gets_one_message_for_its_one_fault(client, q, said):
    # An empty `q` was told both "Length must be between 2 and 200." and "Must hold more than white space.".
    response = client.get("/v1/articles", query_string={"q": q})
    assert response.status_code == 422 and response.get_json()["error"]["fields"] == {"q": [said]}


@pytest.mark.parametrize("name", ["entity", "story", "source"])
def test_a_filter_with_control_characters_is_refused_as_q_is(client, name):
    # It answered 200 with nothing, silently: no stored id, story or source holds a control character.
    response = client.get("/v1/articles", query_string={name: "a\x00b"})
    assert response.status_code == 422, response.get_json()
    assert response.get_json()["error"]["fields"] == {
        name: ["Must not contain control characters (other than tab and line breaks)."]}


def test_a_batch_of_only_invalid_items_is_422_with_each_items_errors_and_nothing_stored(client, store):
    # It was stored and answered 202 with `complete: true`, as if the batch had been taken and enriched.
    before, batches_before = _article_count(store), len(store.redis.keys(keys.batch("*")))
    response = client.post("/v1/batches", json={"articles": [{"text": ""}, {"title": "no text"}, None]})
    assert response.status_code == 422, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert "nothing was stored" in error["message"]
    assert error["fields"]["articles"] == {
        "0": {"text": ["Text must not be empty or only whitespace."]},
        "1": {"text": ["Missing data for required field."]},
        "2": {"_schema": ['An article must be a JSON object of its fields, such as {"text": "..."}.']}}
    assert (_article_count(store), len(store.redis.keys(keys.batch("*")))) == (before, batches_before)


def test_a_batch_with_one_valid_item_among_invalid_ones_is_still_202_guard(client):
    # guard: one bad item does not sink the batch (README); only a batch with nothing to enrich is refused.
    good = {"text": f"A good batch item {uuid.uuid4().hex}."}
    response = client.post("/v1/batches", json={"articles": [{"text": ""}, good, {"text": " \n "}]})
    assert response.status_code == 202, response.get_data(as_text=True)
    assert [item["outcome"] for item in response.get_json()["items"]] == ["invalid", "accepted", "invalid"]


@pytest.mark.parametrize("url", ["ftp://example.org/hook", "mailto:hooks@example.org", "example.org/hook"])
def test_a_callback_url_of_another_kind_says_a_webhook_is_http(client, url):
    # It was "Not a valid URL.", which did not say that ftp:// is refused for being no http(s) address.
    for path, body in [("/v1/articles", {"text": unique("A callback of another kind."), "callback_url": url}),
                       ("/v1/batches", {"articles": [{"text": "x"}], "callback_url": url})]:
        response = client.post(path, json=body)
        assert response.status_code == 422
        assert response.get_json()["error"]["fields"]["callback_url"] == [
            "Not a valid URL: a webhook is an http:// or https:// address."]


@pytest.mark.parametrize("url", ["https://exa mple.org/hook", "http://", "http:///hook"])
def test_a_malformed_http_callback_url_is_not_said_to_be_of_another_kind(client, url):
    # It was "Not a valid URL: a webhook is an http:// or https:// address." for an https:// address with a space in
    # its host, which is one.
    for path, body in [("/v1/articles", {"text": unique("A malformed callback."), "callback_url": url}),
                       ("/v1/batches", {"articles": [{"text": "x"}], "callback_url": url})]:
        response = client.post(path, json=body)
        assert response.status_code == 422
        assert response.get_json()["error"]["fields"]["callback_url"] == ["Not a valid URL."]


@pytest.mark.parametrize("url", ["HTTPS://example.org/hook", "http://localhost:8080/hook"])
def test_an_http_callback_url_in_any_case_is_taken_guard(client, url):
    # guard: a scheme in capitals and a host without a dot stay webhooks.
    response = client.post("/v1/articles", json={"text": unique("A good callback."), "callback_url": url})
    assert response.status_code == 202, response.get_json()


def test_an_article_url_of_another_scheme_is_still_taken_guard(client):
    # guard: the article's own url keeps its schemes (ftp:// included) and its message.
    assert _stored(client, {"text": unique("An ftp link."), "url": "ftp://example.org/a"})["url"] == "ftp://example.org/a"
    response = client.post("/v1/articles", json={"text": unique("A bad link."), "url": "not a url"})
    assert response.get_json()["error"]["fields"]["url"] == ["Not a valid URL."]


@pytest.mark.parametrize("path", ["/v1/articles/", "/v1/article", "/v2/articles", "/v1/" + "x" * 3000])
def test_an_unknown_path_is_named_in_its_404(client, path):
    # It was Werkzeug's "The requested URL was not found on the server. If you entered the URL manually please check
    # your spelling and try again.", which named neither the path nor where the paths are.
    response = client.get(path)
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"
    message = response.get_json()["error"]["message"]
    assert message == f"No such path: {path[:200]}; the API's paths are listed at /openapi.json."


def test_an_unknown_article_keeps_its_own_404_guard(client):
    # guard: a route's own 404 says what it did not find, as before.
    assert client.get("/v1/articles/nope").get_json()["error"]["message"] == "No article with id 'nope'."


def test_the_openapi_document_describes_the_error_body_sent(client):
    spec = client.get("/openapi.json").get_json()
    error = spec["components"]["schemas"]["ErrorOut"]
    assert set(error["properties"]) == {"error"}
    detail = spec["components"]["schemas"][error["properties"]["error"]["$ref"].rsplit("/", 1)[1]]
    sent = client.post("/v1/articles", json={"text": ""}).get_json()["error"]
    assert set(sent) <= set(detail["properties"]) and set(detail["required"]) <= set(sent)
    assert spec["components"]["responses"]["DEFAULT_ERROR"]["content"]["application/json"]["schema"]["$ref"] \
        .endswith("/ErrorOut")


def test_the_openapi_document_lists_each_routes_error_answers(client):
    spec = client.get("/openapi.json").get_json()
    operations = {(method.upper(), path): op for path, ops in spec["paths"].items() if path.startswith("/v1/")
                  for method, op in ops.items() if method in ("get", "post")}
    assert len(operations) >= 14
    for (method, path), op in operations.items():
        assert {"401", "403", "429", "503"} <= set(op["responses"]), (method, path)
        for status, answer in op["responses"].items():
            if status.startswith("4") or status.startswith("5"):
                if "$ref" in answer:
                    answer = spec["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
                schema = answer["content"]["application/json"]["schema"]
                assert schema["$ref"].endswith("/ErrorOut"), (method, path, status)
        # Clients that wait as told find when to come back.
        assert "Retry-After" in op["responses"]["429"]["headers"] and "Retry-After" in op["responses"]["503"]["headers"]
    submit = operations[("POST", "/v1/articles")]
    assert {"400", "409", "413", "415", "422"} <= set(submit["responses"]) and submit["requestBody"]["required"]
    for route in (submit, operations[("POST", "/v1/batches")]):
        assert "Location" in route["responses"]["202"]["headers"]
        assert any(p["name"] == "Idempotency-Key" and p["in"] == "header" for p in route["parameters"])
    assert spec["components"]["schemas"]["ArticleIn"]["properties"]["url"]["format"] == "uri"
    limit = next(p for p in operations[("GET", "/v1/articles")]["parameters"] if p["name"] == "limit")
    assert "NEWSWIRE_MAX_PAGE_SIZE" in limit["description"]
    assert {"404", "422"} <= set(operations[("GET", "/v1/articles/{article_id}")]["responses"])
    read = spec["components"]["schemas"]["ArticleOut"]["properties"]
    assert "duplicate" not in read and "duplicate" in spec["components"]["schemas"]["ArticleSubmitted"]["properties"]


@pytest.mark.parametrize(("method", "path", "allowed"), [("DELETE", "/v1/articles", {"GET", "POST"}),
                                                          ("PATCH", "/v1/articles/x", {"GET"})])
def test_a_method_the_route_does_not_take_is_405_with_allow(client, method, path, allowed):
    response = client.open(path, method=method)
    assert response.status_code == 405 and response.get_json()["error"]["code"] == "method_not_allowed"
    assert allowed <= {m.strip() for m in response.headers.get("Allow", "").split(",")}


def test_a_full_store_still_answers_the_health_and_system_reads(settings, private_redis):
    full = dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{private_redis}/0")
    client = create_app(full).test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    db = Store.from_url(full.redis_url)
    db.redis.config_set("maxmemory-policy", "noeviction")
    db.redis.config_set("maxmemory", db.redis.info("memory")["used_memory"] // 2)
    try:
        # Asking for the workers is a broadcast, which a full store refuses: the workers seen last (none here).
        ready = client.get("/readyz")
        assert (ready.status_code, ready.get_json()) == (503, {"status": "not ready", "redis": True, "workers": 0})
        assert client.get("/v1/system").status_code == 200
    finally:
        db.redis.config_set("maxmemory", 0)


@pytest.mark.parametrize(("path", "page"), [("/stories/", "stories"), ("/entities/", "entities"),
                                            ("/system/", "system"), ("/articles/abc/", "article"),
                                            ("/stories/abc/", "story"), ("/stories", "stories")])
def test_a_pages_address_with_a_slash_at_its_end_is_the_page(client, path, page):
    """"/stories/", as a browser completes a folder's address, was the API's JSON 404 "No such path" in the browser;
    "/stories" is still the page."""
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code == 200 and f'data-page="{page}"' in response.get_data(as_text=True)


def test_the_articles_folder_leads_to_the_newest_articles_and_an_api_path_is_still_exact(client):
    """An article page's address cut to its folder, "/articles", was a JSON 404 in the browser: the newest articles
    are on the submit page. Guard: the API's paths take no slash at their end, still a 404."""
    for path in ("/articles", "/articles/"):
        response = client.get(path, headers={"Accept": "text/html"})
        assert response.status_code == 302 and response.headers["Location"] == "/"
    assert client.get("/v1/stories/").status_code == 404
