"""Keys and scopes, limits, batches, idempotency, webhooks, metrics and the OpenAPI document."""
from __future__ import annotations

import dataclasses
import hashlib
import http.server
import json
import re
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate as validate_openapi

from services.api import create_app
from services.api.idempotency import _retry_after, fingerprint
from services.core import keys
from services.core.config import ApiKey
from services.core.queue import enqueue, enqueue_delivery
from services.core.submit import content_digest, validate
from services.core.sweeper import queue_owed_webhooks
from services.core.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from services.stack import processes
from tests.conftest import ADMIN_KEY, READ_KEY, SUBMIT_KEY, WEBHOOK_SECRET

from .helpers import unique, wait_done


def _as(client, key: str | None):
    if key is None:
        client.environ_base.pop("HTTP_AUTHORIZATION", None)
    else:
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    return client


@pytest.mark.parametrize("header", [None, "Bearer wrong-key-0123456789", "Basic dXNlcjpwYXNz", "Bearer"])
def test_v1_needs_a_valid_key(client, header):
    if header:
        client.environ_base["HTTP_AUTHORIZATION"] = header
    else:
        _as(client, None)
    for method, path in (("GET", "/v1/articles"), ("POST", "/v1/articles"), ("GET", "/v1/failed")):
        response = client.open(path, method=method, json={"text": "x"})
        assert response.status_code == 401, (method, path)
        assert response.get_json()["error"]["code"] == "unauthorized"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_scopes_decide_what_a_key_may_do(client):
    _as(client, READ_KEY)
    assert client.get("/v1/articles").status_code == 200
    refused = client.post("/v1/articles", json={"text": unique("A reader tries to submit.")})
    assert refused.status_code == 403 and "submit" in refused.get_json()["error"]["message"]
    assert client.get("/v1/failed").status_code == 403
    _as(client, SUBMIT_KEY)
    assert client.post("/v1/articles", json={"text": unique("A writer submits.")}).status_code == 202
    assert client.get("/v1/articles").status_code == 403


def test_probes_docs_and_metrics_need_no_key(client):
    _as(client, None)
    for path in ("/healthz", "/openapi.json", "/docs", "/docs/assets/swagger-ui.css", "/metrics"):
        with client.get(path) as response:  # a file response holds the file open until closed
            assert response.status_code == 200, path


def test_rate_limit_answers_429_with_retry_after(settings):
    name = f"limited-{uuid.uuid4().hex[:8]}"
    # An hour's window: four requests never straddle a window boundary, as they might a minute's.
    limited = dataclasses.replace(settings, rate_limit="3/hour",
                                  api_keys=(ApiKey(name, "limited-key-0123456789", frozenset({"read"})),))
    client = create_app(limited).test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = "Bearer limited-key-0123456789"
    answers = [client.get("/v1/articles?limit=1") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[0].headers["X-RateLimit-Limit"] == "3" and answers[1].headers["X-RateLimit-Remaining"] == "1"
    assert int(answers[3].headers["Retry-After"]) > 0
    assert answers[3].get_json()["error"]["code"] == "rate_limited"
    # X-RateLimit-Reset is when the window ends, in Unix seconds (README), which Retry-After counts down to.
    reset, now = int(answers[0].headers["X-RateLimit-Reset"]), time.time()
    assert now < reset <= now + 3601 and abs(reset - now - int(answers[3].headers["Retry-After"])) <= 2


def test_requests_without_a_valid_key_are_limited_per_address(settings):
    secret = f"fresh-key-{uuid.uuid4().hex}"
    limited = dataclasses.replace(settings, rate_limit="3/hour",
                                  api_keys=(ApiKey(f"fresh-{secret[-8:]}", secret, frozenset({"read"})),))
    client = create_app(limited).test_client()
    client.environ_base.update(REMOTE_ADDR=_address(), HTTP_AUTHORIZATION="Bearer guessed-key-0123456789")
    answers = [client.get("/v1/articles?limit=1").status_code for _ in range(4)]
    assert answers == [401, 401, 401, 429]  # a key guesser is slowed down like any client
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
    assert client.get("/v1/articles?limit=1").status_code == 200  # a valid key counts on its own


def _address() -> str:
    return f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"


def test_behind_a_trusted_proxy_keyless_requests_count_per_forwarded_client(settings):
    def keyless(trusted: int):
        client = create_app(dataclasses.replace(settings, rate_limit="3/hour", trusted_proxies=trusted)).test_client()
        client.environ_base.update(REMOTE_ADDR=_address(), HTTP_AUTHORIZATION="Bearer guessed-key-0123456789")
        return client

    proxied, one, other = keyless(1), _address(), _address()
    answers = [proxied.get("/v1/articles", headers={"X-Forwarded-For": one}).status_code for _ in range(4)]
    assert answers == [401, 401, 401, 429]
    assert proxied.get("/v1/articles", headers={"X-Forwarded-For": other}).status_code == 401  # its own count
    # Without a trusted proxy the header is the client's word: forging it buys no fresh count.
    direct = keyless(0)
    answers = [direct.get("/v1/articles", headers={"X-Forwarded-For": _address()}).status_code for _ in range(4)]
    assert answers == [401, 401, 401, 429]


def test_batch_reports_each_item_and_its_progress(client, worker):
    first = unique("Batch item about Olaf Scholz in Berlin.")
    body = {"articles": [{"text": first}, {"text": ""}, {"text": first}, {"title": 5, "text": "x"},
                         {"text": unique("Second batch item about Rome.")}, "not an object"]}
    response = client.post("/v1/batches", json=body)
    assert response.status_code == 202
    batch = response.get_json()
    outcomes = [item["outcome"] for item in batch["items"]]
    assert outcomes == ["accepted", "invalid", "duplicate", "invalid", "accepted", "invalid"]
    assert "text" in batch["items"][1]["error"] and "title" in batch["items"][3]["error"]
    assert batch["items"][2]["id"] == batch["items"][0]["id"]
    assert batch["progress"]["total"] == 6 and batch["progress"]["invalid"] == 3
    for item in batch["items"]:
        if item["id"]:
            wait_done(client, item["id"])
    progress = client.get(response.headers["Location"]).get_json()["progress"]
    assert progress["complete"] and progress["done"] == 3 and progress["pending"] == 0


def test_batch_limits_and_errors(client, settings):
    too_many = {"articles": [{"text": f"item {n}"} for n in range(settings.max_batch + 1)]}
    assert client.post("/v1/batches", json=too_many).status_code == 413
    assert client.post("/v1/batches", json={"articles": []}).status_code == 422
    assert client.post("/v1/batches", json={"items": []}).status_code == 422
    assert client.get("/v1/batches/unknown").status_code == 404


def test_idempotency_key_replays_the_first_answer(client):
    body = {"text": unique("Idempotent submission about Lisbon."), "title": "Lisbon"}
    headers = {"Idempotency-Key": uuid.uuid4().hex}
    first = client.post("/v1/articles", json=body, headers=headers)
    again = client.post("/v1/articles", json=body, headers=headers)
    assert first.status_code == again.status_code == 202  # a second 202, not the duplicate's 200
    assert again.get_json()["id"] == first.get_json()["id"]
    assert again.headers["Idempotent-Replayed"] == "true" and again.headers["Location"] == first.headers["Location"]
    rebuilt = client.post("/v1/articles", data=json.dumps(dict(reversed(body.items())), indent=2),
                          content_type="application/json", headers=headers)  # the same object, written again
    assert rebuilt.status_code == 202 and rebuilt.headers["Idempotent-Replayed"] == "true"
    other = client.post("/v1/articles", json={"text": unique("Different body.")}, headers=headers)
    assert other.status_code == 422


class _Receiver(http.server.BaseHTTPRequestHandler):
    """A webhook receiver that records (path, headers, body) of each delivery; fails the first with 500 if told."""

    received: list[tuple[str, dict, bytes]] = []
    fail_first = False

    def do_POST(self) -> None:  # noqa: N802 - the http.server interface
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((self.path, dict(self.headers), body))
        self.send_response(500 if self.fail_first and len(type(self).received) == 1 else 204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _serve_receiver(fail_first: bool) -> Iterator[str]:
    _Receiver.received, _Receiver.fail_first = [], fail_first
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture()
def receiver() -> Iterator[str]:
    """The URL of a hook whose first delivery fails with 500."""
    for base in _serve_receiver(fail_first=True):
        yield f"{base}/hook"


@pytest.fixture()
def recorder() -> Iterator[str]:
    """The base URL of a receiver that accepts every delivery."""
    yield from _serve_receiver(fail_first=False)


def test_webhook_is_signed_and_retried_after_a_500(client, worker, receiver):
    response = client.post("/v1/articles", json={"text": unique("Jens Stoltenberg said: \u201cWe stand firm.\u201d"),
                                                 "callback_url": receiver})
    article_id = response.get_json()["id"]
    assert wait_done(client, article_id)["status"] == "done"
    def log() -> list[dict]:
        return client.get(f"/v1/articles/{article_id}/deliveries").get_json()["items"]

    processes.wait_until(lambda: any(d["ok"] for d in log()), 60, "a successful delivery")
    deliveries = log()
    assert [d["status_code"] for d in deliveries] == [500, 204]
    assert [d["ok"] for d in deliveries] == [False, True] and deliveries[1]["final"]
    _, headers, body = _Receiver.received[-1]
    assert verify(WEBHOOK_SECRET, headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER])
    assert not verify("another-secret", headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER])
    event = json.loads(body)
    assert event["event"] == "article.done" and event["article"]["id"] == article_id
    assert event["article"]["enrichment"]["entities"]


def _events_to(path: str) -> list[str]:
    return [json.loads(body)["event"] for to, _, body in _Receiver.received if to == path]


def test_a_duplicate_submitters_callback_gets_the_webhook_too(client, worker, recorder):
    text = unique("Ursula von der Leyen said: \u201cEurope will answer.\u201d")
    first = client.post("/v1/articles", json={"text": text, "callback_url": f"{recorder}/first"})
    article_id = first.get_json()["id"]
    # Before the article finished (most likely: the worker has yet to parse it) and after it.
    early = client.post("/v1/articles", json={"text": text, "callback_url": f"{recorder}/early"})
    assert early.status_code == 200 and early.get_json()["id"] == article_id
    assert wait_done(client, article_id)["status"] == "done"
    late = client.post("/v1/batches", json={"articles": [{"text": text}], "callback_url": f"{recorder}/late"})
    assert late.get_json()["items"][0]["outcome"] == "duplicate"
    paths = ("/first", "/early", "/late")
    processes.wait_until(lambda: all(_events_to(p) for p in paths), 60, "a webhook to each submitter")
    assert all(_events_to(p) == ["article.done"] for p in paths), _Receiver.received
    # The log shows each receiver's site, not its path or query (where a token may be).
    delivered = [d["url"] for d in client.get(f"/v1/articles/{article_id}/deliveries").get_json()["items"]]
    assert delivered == [f"{recorder}/…"] * len(paths)


def test_a_callback_url_is_shown_to_no_one(client, store, recorder):
    # A webhook address often holds a secret token: kept for delivery, never in an answer.
    secret_hook = f"{recorder}/hook?token=s3cret"
    text = unique("A council in Hull kept its budget.")
    first = client.post("/v1/articles", json={"text": text, "callback_url": secret_hook})
    again = _as(client.application.test_client(), SUBMIT_KEY).post("/v1/articles", json={"text": text})
    read = _as(client.application.test_client(), READ_KEY).get(first.headers["Location"])
    assert again.status_code == 200 and again.get_json()["duplicate"] and read.status_code == 200
    for answer in (first, again, read):
        assert "s3cret" not in answer.get_data(as_text=True) and "callback_url" not in answer.get_json()["article"]
    assert store.get_article(first.get_json()["id"])["callback_url"] == secret_hook


def test_a_batch_items_null_callback_is_the_batchs_as_a_left_out_one_is(client, store, recorder):
    body = {"articles": [{"text": unique("A null callback in Leeds."), "callback_url": None},
                         {"text": unique("No callback in Leeds.")}], "callback_url": f"{recorder}/batch"}
    items = client.post("/v1/batches", json=body).get_json()["items"]
    assert [store.get_article(item["id"])["callback_url"] for item in items] == [f"{recorder}/batch"] * 2


def test_callbacks_are_kept_once_each_and_owed_at_once_when_finished(client, store, worker, recorder, settings,
                                                                    celery_app):
    text = unique("A council in Leeds approved the budget.")
    # Stored but queued only once the early callbacks are in: posted, it was done before them on an idle worker.
    article_id = store.add_article(content_digest(text), validate({"text": text}, settings)).id
    assert store.add_callback(article_id, f"{recorder}/early") == (False, None)  # not finished: sent when it is
    assert store.add_callback(article_id, f"{recorder}/early") == (False, None)
    enqueue(celery_app, article_id)
    assert wait_done(client, article_id)["status"] == "done"
    # Finished: this submission is owed that end's webhook now, and so is the next (or a retry of this one).
    finished_at = store.get_article(article_id)["finished_at"]
    assert store.add_callback(article_id, f"{recorder}/late") == (True, finished_at)
    assert store.add_callback(article_id, f"{recorder}/late") == (True, finished_at)
    assert store.add_callback("no-such-article", f"{recorder}/late") == (False, None)
    assert store.callback_urls(store.get_article(article_id)) == [f"{recorder}/early", f"{recorder}/late"]


def test_a_callback_registered_after_the_finish_is_sent_by_its_registrar_alone(client, store, worker, recorder,
                                                                             settings, celery_app):
    """The finisher (here the sweeper, as after a worker died) owes the callbacks registered before the finish; one
    registered after it is owed by whoever registered it. Reading the live set, the finisher sent that one too
    whenever it came between the finish and the read (a flaky duplicate in the test above it)."""
    text = unique("A council in York approved the budget.")
    article_id = store.add_article(content_digest(text),
                                   validate({"text": text, "callback_url": f"{recorder}/own"}, settings)).id
    assert store.add_callback(article_id, f"{recorder}/before") == (False, None)
    assert store.mark_failed(article_id, "finished by the test") == 1  # never queued: no worker touches it
    finished, finished_at = store.add_callback(article_id, f"{recorder}/after")  # finished: this registrar queues it
    assert finished and finished_at == store.get_article(article_id)["finished_at"]
    record = store.get_article(article_id)
    assert store.owed_callback_urls(record) == [f"{recorder}/own", f"{recorder}/before"]
    assert f"{recorder}/after" in store.callback_urls(record)  # still a callback of the article's (deliver checks)
    queue_owed_webhooks(store, celery_app, time.time() + 1)
    enqueue_delivery(celery_app, article_id, f"{recorder}/after", finished_at)

    paths = ("/own", "/before", "/after")
    processes.wait_until(lambda: all(_events_to(p) for p in paths), 60, "a webhook to each callback")
    logged = lambda: len(client.get(f"/v1/articles/{article_id}/deliveries").get_json()["items"])  # noqa: E731
    # The sweeper queued its two before the registrar's one: a duplicate would be logged by now or in a moment.
    processes.wait_until(lambda: logged() >= 3, 30, "three deliveries logged")
    time.sleep(2)
    assert [_events_to(p) for p in paths] == [["article.failed"]] * 3 and logged() == 3
    # Review: an article finished by a version that kept no record of what it owed owes every callback it has.
    store.redis.hdel(keys.article(article_id), "owed_callbacks")
    assert store.owed_callback_urls(store.get_article(article_id)) == store.callback_urls(record)


@pytest.mark.parametrize("url", ["ftp://example.org/hook", "http://127.0.0.1:9/hook", "http://10.1.2.3/hook",
                                 "http://[::1]/hook", "http://169.254.169.254/latest"])
def test_unsafe_callbacks_are_refused_unless_allowed(settings, url):
    strict = dataclasses.replace(settings, webhook_allow_private=False)
    client = create_app(strict).test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    response = client.post("/v1/articles", json={"text": unique("Callback check."), "callback_url": url})
    assert response.status_code == 422 and "callback_url" in response.get_json()["error"]["fields"]


def test_openapi_document_is_valid_and_generated_from_the_schemas(client):
    spec = client.get("/openapi.json").get_json()
    validate_openapi(spec)
    assert {"/v1/articles", "/v1/articles/{article_id}", "/v1/batches", "/v1/failed"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert "Enrichment" in schemas and "entities" in schemas["Enrichment"]["properties"]
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert "swagger-ui" in client.get("/docs").get_data(as_text=True)


def test_openapi_document_states_what_the_api_enforces(client):
    spec = client.get("/openapi.json").get_json()
    # Every /v1 route answers 422 to a query parameter it does not take (or a bad value of one it does).
    operations = [(path, method, op) for path, item in spec["paths"].items() if path.startswith("/v1/")
                  for method, op in item.items() if method in ("get", "post")]
    assert operations and [(p, m) for p, m, op in operations if "422" not in op["responses"]] == []
    for name in ("since", "until"):
        parameter = next(p for p in spec["paths"]["/v1/articles"]["get"]["parameters"] if p["name"] == name)
        assert parameter["schema"]["type"] == "string"
    schemas = spec["components"]["schemas"]
    assert schemas["ArticleIn"]["properties"]["text"]["minLength"] == 1
    assert schemas["BatchIn"]["properties"]["callback_url"]["type"] == "string"
    for path in ("/v1/failed/retry", "/v1/failed/{article_id}/retry"):  # a body sent is checked
        assert {"400", "413", "415", "422"} <= set(spec["paths"][path]["post"]["responses"]), path
    # A batch of invalid items only is refused: the document said each item is accepted, duplicate or invalid.
    said = spec["paths"]["/v1/batches"]["post"].get("description", "")
    assert "A batch of invalid items only is refused (422)" in said, said


def _answer_schema(spec: dict, path: str, status: int, media: str = "application/json") -> dict:
    """The schema the document gives a path's GET answer of `status`, its references resolved."""
    schema = spec["paths"][path]["get"]["responses"][str(status)]["content"][media]["schema"]
    return spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema


def test_the_probes_and_metrics_are_in_the_openapi_document_as_they_answer(client, settings):
    spec = client.get("/openapi.json").get_json()
    _as(client, None)
    assert OAS30Validator(_answer_schema(spec, "/healthz", 200)).is_valid(client.get("/healthz").get_json())
    assert spec["paths"]["/healthz"]["get"]["security"] == []  # no key needed
    assert {"200", "503"} <= set(spec["paths"]["/readyz"]["get"]["responses"])
    # Nothing answers at that Redis address: 503, saying what is missing.
    lone = create_app(dataclasses.replace(settings, redis_url=f"redis://127.0.0.1:{processes.free_port()}/0"))
    unready = lone.test_client().get("/readyz")
    assert unready.status_code == 503
    assert OAS30Validator(_answer_schema(spec, "/readyz", 503)).is_valid(unready.get_json()), unready.get_json()
    assert _answer_schema(spec, "/readyz", 503)["required"] == ["redis", "status", "workers"]
    assert client.get("/metrics").status_code == 200 and _answer_schema(spec, "/metrics", 200, "text/plain")


@pytest.mark.parametrize("label", ["person", "PERSON", "Org", "work_of_art"])
def test_the_documented_label_parameter_takes_what_the_api_takes(client, label):
    spec = client.get("/openapi.json").get_json()
    for path in ("/v1/entities", "/v1/articles"):
        parameter = next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "label")
        # The document said: one of the labels in upper case.
        assert "enum" not in parameter["schema"]
        assert re.fullmatch(parameter["schema"]["pattern"], label), (path, label)
        assert not re.fullmatch(parameter["schema"]["pattern"], label + "s")
        assert client.get(f"{path}?label={label}&limit=1").status_code == 200
        assert client.get(f"{path}?label={label}s&limit=1").status_code == 422


def test_the_openapi_document_names_the_headers_a_replay_and_a_busy_long_poll_answer_with(client):
    """A client generated from the document knew neither `Idempotent-Replayed` on a replayed submission nor the
    `Retry-After` of a long poll answered at once (its long polls all taken), which README promises; both are named on
    the answers that carry them. Guard: the Location of a submission is still named."""
    spec = client.get("/openapi.json").get_json()
    for path in ("/v1/articles", "/v1/batches"):
        answers = spec["paths"][path]["post"]["responses"]
        for status in ("200", "202") if path == "/v1/articles" else ("202",):
            assert {"Location", "Idempotent-Replayed"} <= set(answers[status]["headers"]), (path, status)
    headers = {"Idempotency-Key": uuid.uuid4().hex}
    body = {"articles": [{"text": unique("A batch sent twice about Porto.")}]}
    client.post("/v1/batches", json=body, headers=headers)
    replayed = client.post("/v1/batches", json=body, headers=headers)
    assert replayed.status_code == 202 and replayed.headers["Idempotent-Replayed"] == "true"
    read = spec["paths"]["/v1/articles/{article_id}"]["get"]["responses"]["200"]
    assert read["headers"]["Retry-After"]["schema"]["type"] == "integer"


def test_the_openapi_document_says_an_omitted_title_or_source_is_null(client):
    # The document said `default: ""`; an omitted, null or empty title or source is stored and answered as null.
    article_in = client.get("/openapi.json").get_json()["components"]["schemas"]["ArticleIn"]["properties"]
    for name in ("title", "source"):
        assert article_in[name]["default"] is None and article_in[name]["nullable"] is True, article_in[name]
        assert "null" in article_in[name]["description"]
    for given in ({}, {"title": "", "source": ""}, {"title": None, "source": None}, {"title": "  ", "source": " "}):
        body = client.post("/v1/articles", json={"text": f"An article {uuid.uuid4().hex} without a title.", **given})
        assert body.status_code == 202, body.get_json()
        article = client.get(body.headers["Location"]).get_json()["article"]
        assert (article["title"], article["source"]) == (None, None), given


def test_responses_carry_request_id_and_schema_version(client):
    response = client.get("/v1/articles?limit=1", headers={"X-Request-ID": "trace-123"})
    assert response.headers["X-Request-ID"] == "trace-123"
    assert response.headers["Newswire-Schema-Version"]
    assert len(client.get("/v1/articles?limit=1").headers["X-Request-ID"]) == 32


@pytest.mark.parametrize(("given", "kept"), [
    ("trace-123", "trace-123"),
    ("a1b2:c3/d4 e5.f6", "a1b2:c3/d4 e5.f6"),
    ("x" * 100, "x" * 64),  # the first 64 characters, as documented
    ("caf\u00e9-1", None),  # not ASCII (sent as latin-1 bytes)
    ("a\tb", None),
    ("a\x1b[31mred", None),
    ("a\x7fb", None),
    (" ", None),
])
def test_a_request_id_is_echoed_only_when_printable_ascii(client, given, kept):
    echoed = client.get("/v1/articles?limit=1", headers={"X-Request-ID": given}).headers["X-Request-ID"]
    if kept is not None:
        assert echoed == kept
    else:  # a control or non-ASCII character was echoed into the answer's header and the log: a new id instead
        assert re.fullmatch(r"[0-9a-f]{32}", echoed), repr(echoed)


def test_metrics_report_requests_queue_statuses_and_enrichment_time(client, worker):
    wait_done(client, client.post("/v1/articles", json={"text": unique("Metrics about Vienna.")}).get_json()["id"])
    response = client.get("/metrics")
    assert response.headers["Content-Type"].count("charset") == 1
    text = response.get_data(as_text=True)
    assert 'newswire_http_requests_total{endpoint="articles.Articles"' in text
    assert "newswire_queue_depth" in text and 'newswire_articles{status="done"}' in text
    assert "newswire_enrichment_seconds_count" in text and "newswire_http_request_seconds_bucket" in text


def _request_series(client) -> set[str]:
    text = client.get("/metrics").get_data(as_text=True)
    return {line.rsplit(" ", 1)[0] for line in text.splitlines() if line.startswith("newswire_http_request")}


def test_unknown_methods_and_paths_add_no_metrics_series(client):
    _as(client, None)  # no key needed to make these requests

    def strangers() -> None:
        tag = uuid.uuid4().hex[:8].upper()
        for method in (f"XYZ{tag}", f"X{tag}"):
            assert client.open("/healthz", method=method).status_code == 405
        for path in (f"/no-such-{tag}", f"/v1/{tag}/nothing", f"/static/{tag}.js"):
            assert client.get(path).status_code in (401, 404)  # /v1 asks for a key first
            assert client.open(path, method=f"Q{tag}").status_code in (401, 404, 405)

    strangers()
    seen = _request_series(client)
    assert 'method="other"' in " ".join(seen) and "XYZ" not in " ".join(seen)
    strangers()  # new methods and new paths: as many series as before
    assert _request_series(client) == seen


def test_a_retry_while_the_first_request_runs_is_409(client, store):
    idem = uuid.uuid4().hex
    body = {"text": unique("Concurrent retry.")}
    # The first request holds the key while it runs (as `idempotent` writes it before calling the view).
    request_body = json.dumps(body).encode()
    held = fingerprint("/v1/articles", request_body, body)
    store.redis.set(keys.idempotency("admin", idem), json.dumps({"fingerprint": held, "pending": True}), ex=60)
    response = client.post("/v1/articles", data=request_body, content_type="application/json",
                           headers={"Idempotency-Key": idem})
    assert response.status_code == 409 and "still being processed" in response.get_json()["error"]["message"]
    assert response.get_json()["error"]["code"] == "conflict" and response.headers["Retry-After"] == "1"
    assert client.post("/v1/articles", json=body, headers={"Idempotency-Key": "x" * 201}).status_code == 400
    # A key held by a version that hashed the raw bytes still matches the same bytes (not 422 "a different request").
    legacy, raw_hash = uuid.uuid4().hex, hashlib.sha256(b"/v1/articles\0" + request_body).hexdigest()
    store.redis.set(keys.idempotency("admin", legacy), json.dumps({"fingerprint": raw_hash, "pending": True}), ex=60)
    assert client.post("/v1/articles", data=request_body, content_type="application/json",
                       headers={"Idempotency-Key": legacy}).status_code == 409


@pytest.mark.parametrize(("claim_ms", "retry_after"), [(20_000, 20), (50_000, 10), (59_500, 1), (60_000, 1), (0, 1),
                                                      (-2, 1)])
def test_a_pending_keys_retry_after_is_the_time_it_has_been_held_at_most_what_is_left(claim_ms, retry_after):
    """Held 40 s, 20 s left: 20; held 10 s: 10; a fresh claim (held half a second, or none): 1; a key expired meanwhile
    (PTTL -2): 1."""
    assert _retry_after(claim_ms) == retry_after


def test_a_retry_of_a_key_held_for_a_while_waits_as_long_as_it_has_been_held(client, store):
    """A key whose first request died with its API process (killed mid-way) was answered `Retry-After: 1` for up to
    the claim's 60 s: a client asked every second. The wait is now the time the key has been held (here 10 s; up to 12
    if the request itself takes that long on a busy machine: the claim's time left is read when it comes)."""
    idem, body = uuid.uuid4().hex, {"text": unique("A request that died mid-way.")}
    raw = json.dumps(body).encode()
    store.redis.set(keys.idempotency("admin", idem), json.dumps({"fingerprint": fingerprint("/v1/articles", raw, body),
                                                                 "pending": True}), px=50_000)
    response = client.post("/v1/articles", data=raw, content_type="application/json", headers={"Idempotency-Key": idem})
    assert response.status_code == 409 and 10 <= int(response.headers["Retry-After"]) <= 12
    assert "or was cut off" in response.get_json()["error"]["message"]



def test_a_refused_request_is_logged_with_the_reason_its_client_was_given(client, caplog):
    """An operator asked why a client's requests were refused had `http.request` lines with their status, 422 or 404,
    and nothing of why: the line carries the message the client was answered."""
    with caplog.at_level("INFO", logger="services.api.request"):
        refused = client.get("/v1/articles?since=yesterday")
        missing = client.get("/v1/articles/no-such-article-here")
        fine = client.get("/v1/articles?limit=1")
    assert (refused.status_code, missing.status_code, fine.status_code) == (422, 404, 200)
    lines = [record for record in caplog.records if record.getMessage() == "http.request"]
    assert [line.error for line in lines[:2]] == ["Invalid fields: since.",
                                                  "No article with id 'no-such-article-here'."]
    assert not hasattr(lines[2], "error")  # guard: a success's line is as it was


def test_a_requests_log_line_carries_its_query_with_secrets_masked(client, caplog):
    """`http.request` had the path alone: an operator saw `/v1/articles` refused (422) and not which filter
    (`?since=yesterday`). The line now carries the query string as sent, the value of a parameter named like a secret
    masked (no route takes a key there, but a client may send one: `?api_key=...`, refused as unknown, was then
    logged). Guard: a request without a query has no `query`, and `path` stays the path alone."""
    with caplog.at_level("INFO", logger="services.api.request"):
        client.get("/v1/articles?since=yesterday&limit=5")
        client.get("/v1/articles?api_key=s3cret-value&ACCESS%5FTOKEN=t0ken&q=key+figures")
        client.get("/v1/articles")
    lines = [record for record in caplog.records if record.getMessage() == "http.request"]
    assert [line.path for line in lines] == ["/v1/articles"] * 3
    assert lines[0].query == "since=yesterday&limit=5"
    assert lines[1].query == "api_key=***&ACCESS%5FTOKEN=***&q=key+figures"
    assert not hasattr(lines[2], "query")
