"""Settings from the environment: clear errors for values the services cannot work with."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from services.core.config import WEB_PAGE_SIZE, ConfigError, Settings


def test_a_maximum_page_below_what_the_web_page_asks_for_is_refused_at_start(monkeypatch):
    monkeypatch.setenv("NEWSWIRE_MAX_PAGE_SIZE", "3")
    with pytest.raises(ValueError, match="NEWSWIRE_MAX_PAGE_SIZE must be at least 40"):
        Settings.from_env()
    monkeypatch.setenv("NEWSWIRE_MAX_PAGE_SIZE", "40")
    assert Settings.from_env().max_page_size == 40


@pytest.mark.parametrize("url", ["notaurl", "http://127.0.0.1:6379/0", "127.0.0.1:6379"])
def test_a_redis_url_of_another_scheme_is_refused_at_start(monkeypatch, url):
    monkeypatch.setenv("REDIS_URL", url)
    with pytest.raises(ConfigError, match="REDIS_URL must be a redis://, rediss:// or unix:// URL"):
        Settings.from_env()


def test_the_web_page_asks_for_no_page_larger_than_it_is_promised():
    pages = Path(__file__).parents[2] / "services" / "api" / "static" / "js" / "pages"
    asked = [int(n) for js in pages.glob("*.js") for n in re.findall(r"limit: (\d+)", js.read_text())]
    assert asked and max(asked) == WEB_PAGE_SIZE


@pytest.mark.parametrize(("raw", "on"), [("1", True), ("True", True), ("YES", True), ("on", True), ("", False),
                                         ("0", False), ("Off", False), ("false", False)])
def test_an_on_off_variable_is_read_in_any_case(monkeypatch, raw, on):
    monkeypatch.setenv("NEWSWIRE_WEBHOOK_ALLOW_PRIVATE", raw)
    assert Settings.from_env().webhook_allow_private is on


def test_an_on_off_variable_of_another_value_is_refused_at_start(monkeypatch):
    monkeypatch.setenv("NEWSWIRE_WEBHOOK_ALLOW_PRIVATE", "enabled")
    with pytest.raises(ConfigError, match="NEWSWIRE_WEBHOOK_ALLOW_PRIVATE must be one of 1, true, yes, on"):
        Settings.from_env()


@pytest.mark.parametrize(("value", "said"), [
    ("banana", "NEWSWIRE_RATE_LIMIT must be a rate limit such as '1200/minute'"),
    ("1200/fortnight", "NEWSWIRE_RATE_LIMIT must be a rate limit such as '1200/minute'"),
    ("0/minute", "NEWSWIRE_RATE_LIMIT must be one limit of at least 1 request"),
    # Only the first of several was applied.
    ("10/second;1000/hour", "NEWSWIRE_RATE_LIMIT must be one limit of at least 1 request"),
])
def test_a_rate_limit_the_limiter_cannot_read_is_refused_at_start(monkeypatch, value, said):
    # It was read by the API's first request: a traceback in every gunicorn worker.
    monkeypatch.setenv("NEWSWIRE_RATE_LIMIT", value)
    with pytest.raises(ConfigError, match=re.escape(said)):
        Settings.from_env()


@pytest.mark.parametrize("value", ["20 per second", "1200/minute", "5/hour"])
def test_a_rate_limit_in_the_limits_syntax_is_taken(monkeypatch, value):
    monkeypatch.setenv("NEWSWIRE_RATE_LIMIT", value)
    assert Settings.from_env().rate_limit == value


@pytest.mark.parametrize(("env", "said"), [
    # A bare list of 500 when the maximum is 100.
    ({"NEWSWIRE_PAGE_SIZE": "500"}, "NEWSWIRE_PAGE_SIZE must be from 1 to 100"),
    ({"NEWSWIRE_PAGE_SIZE": "0"}, "NEWSWIRE_PAGE_SIZE must be from 1 to 100"),
    ({"NEWSWIRE_PAGE_SIZE": "60", "NEWSWIRE_MAX_PAGE_SIZE": "50"}, "NEWSWIRE_PAGE_SIZE must be from 1 to 50"),
    ({"NEWSWIRE_MAX_WAIT": "-1"}, "NEWSWIRE_MAX_WAIT must be at least 0"),
    # Was raised to 5 without a word.
    ({"NEWSWIRE_API_THREADS": "4"}, "NEWSWIRE_API_THREADS must be at least 5 (long polls may hold all but 4"),
    ({"NEWSWIRE_MAX_TEXT_CHARS": "0"}, "NEWSWIRE_MAX_TEXT_CHARS must be at least 1"),
])
def test_sizes_the_api_cannot_work_with_are_refused_at_start(monkeypatch, env, said):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=re.escape(said)):
        Settings.from_env()


def test_the_edges_of_the_sizes_are_taken(monkeypatch):
    for name, value in {"NEWSWIRE_PAGE_SIZE": "100", "NEWSWIRE_MAX_WAIT": "0", "NEWSWIRE_API_THREADS": "5",
                        "NEWSWIRE_MAX_TEXT_CHARS": "1"}.items():
        monkeypatch.setenv(name, value)
    settings = Settings.from_env()
    assert (settings.page_size, settings.max_wait_seconds, settings.api_threads, settings.max_text_chars) == \
        (100, 0, 5, 1)


def test_the_api_says_what_is_wrong_with_its_environment_without_a_traceback(monkeypatch):
    from services.api.__main__ import main

    monkeypatch.setenv("NEWSWIRE_RATE_LIMIT", "banana")
    with pytest.raises(SystemExit) as stopped:
        main()
    assert str(stopped.value.code).startswith("newswire api: environment variable NEWSWIRE_RATE_LIMIT must be")
