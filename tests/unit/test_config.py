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
