"""Settings from the environment: clear errors for values the services cannot work with."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from services.core.config import WEB_PAGE_SIZE, ConfigError, Settings, body_limit, parse_api_keys


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


@pytest.mark.parametrize(("env", "said"), [
    # Redis refuses an expiry of 0: every POST with an Idempotency-Key answered 500.
    ({"NEWSWIRE_IDEMPOTENCY_TTL": "0"}, "NEWSWIRE_IDEMPOTENCY_TTL must be at least 1"),
    ({"NEWSWIRE_MAX_BODY_BYTES": "-5"}, "NEWSWIRE_MAX_BODY_BYTES must be at least 1"),  # every POST was 413
    ({"NEWSWIRE_MAX_BATCH": "0"}, "NEWSWIRE_MAX_BATCH must be at least 1"),
    ({"NEWSWIRE_API_WORKERS": "0"}, "NEWSWIRE_API_WORKERS must be at least 1"),
    ({"NEWSWIRE_TASK_TIME_LIMIT": "0"}, "NEWSWIRE_TASK_TIME_LIMIT must be at least 1"),
    ({"NEWSWIRE_MAX_ATTEMPTS": "0"}, "NEWSWIRE_MAX_ATTEMPTS must be at least 1"),
    ({"NEWSWIRE_SWEEP_INTERVAL": "0"}, "NEWSWIRE_SWEEP_INTERVAL must be at least 1"),
    ({"NEWSWIRE_SWEEP_AFTER": "-1"}, "NEWSWIRE_SWEEP_AFTER must be at least 1"),
    ({"NEWSWIRE_WEBHOOK_MAX_RETRIES": "-1"}, "NEWSWIRE_WEBHOOK_MAX_RETRIES must be at least 0"),
    ({"NEWSWIRE_API_VIEW_CACHE_MB": "-1"}, "NEWSWIRE_API_VIEW_CACHE_MB must be at least 0"),
    # Both were taken as 1 without a word.
    ({"NEWSWIRE_WORKER_BATCH": "0"}, "NEWSWIRE_WORKER_BATCH must be at least 1 (articles a worker parses together"),
    ({"NEWSWIRE_WORKER_BATCH": "-3"}, "NEWSWIRE_WORKER_BATCH must be at least 1"),
    # gunicorn was handed "127.0.0.1:70000" (or a random port for 0) and the API was not where it was looked for.
    ({"PORT": "0"}, "PORT must be from 1 to 65535 (the API's TCP port), got 0"),
    ({"PORT": "70000"}, "PORT must be from 1 to 65535"),
    ({"PORT": "-1"}, "PORT must be from 1 to 65535"),
    # An empty summary for every article, a summary cut to nothing, a negative count of proxies taken as 0.
    ({"NEWSWIRE_SUMMARY_SENTENCES": "0"}, "NEWSWIRE_SUMMARY_SENTENCES must be at least 1"),
    ({"NEWSWIRE_SUMMARY_CHARS": "-5"}, "NEWSWIRE_SUMMARY_CHARS must be at least 0"),
    ({"NEWSWIRE_TRUSTED_PROXIES": "-1"}, "NEWSWIRE_TRUSTED_PROXIES must be at least 0"),
    # Every gunicorn worker stopped with a bare "Unknown level: 'BOGUS'".
    ({"NEWSWIRE_LOG_LEVEL": "bogus"}, "NEWSWIRE_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL"),
])
def test_counts_and_levels_the_services_cannot_run_with_are_refused_at_start(monkeypatch, env, said):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=re.escape(said)):
        Settings.from_env()


def test_the_lowest_counts_the_services_run_with_are_taken(monkeypatch):
    for name, value in {"NEWSWIRE_IDEMPOTENCY_TTL": "1", "NEWSWIRE_MAX_BODY_BYTES": "1", "NEWSWIRE_MAX_BATCH": "1",
                        "NEWSWIRE_API_WORKERS": "1", "NEWSWIRE_TASK_TIME_LIMIT": "1", "NEWSWIRE_MAX_ATTEMPTS": "1",
                        "NEWSWIRE_SWEEP_INTERVAL": "1", "NEWSWIRE_SWEEP_AFTER": "1",
                        "NEWSWIRE_WEBHOOK_MAX_RETRIES": "0", "NEWSWIRE_API_VIEW_CACHE_MB": "0",
                        "NEWSWIRE_LOG_LEVEL": " warning "}.items():
        monkeypatch.setenv(name, value)
    s = Settings.from_env()
    assert (s.idempotency_ttl, s.max_body_bytes, s.max_batch, s.api_workers, s.task_time_limit, s.max_attempts,
            s.sweep_interval, s.sweep_after, s.webhook_max_retries, s.api_view_cache_mb, s.log_level) == \
        (1, 1, 1, 1, 1, 1, 1, 1, 0, 0, "WARNING")


def test_the_edges_of_the_batch_and_the_port_are_taken(monkeypatch):
    monkeypatch.setenv("NEWSWIRE_WORKER_BATCH", "1")
    monkeypatch.setenv("PORT", "65535")
    assert (Settings.from_env().worker_batch, Settings.from_env().api_port) == (1, 65535)
    monkeypatch.setenv("PORT", "1")
    assert Settings.from_env().api_port == 1


def test_the_clients_body_limit_is_checked_the_same_way(monkeypatch, tmp_path, capsys):
    from services.cli.__main__ import main

    monkeypatch.setenv("NEWSWIRE_MAX_BODY_BYTES", "-5")
    with pytest.raises(ConfigError, match="NEWSWIRE_MAX_BODY_BYTES must be at least 1"):
        body_limit()
    # `newswire submit` says so in one line, before it reads a file.
    (tmp_path / "a.txt").write_text("Title\n\nText.")
    assert main(["--api", "http://127.0.0.1:9", "submit", str(tmp_path / "a.txt")]) == 1
    assert capsys.readouterr().out.strip() == ("newswire: environment variable NEWSWIRE_MAX_BODY_BYTES must be at "
                                               "least 1 (bytes a request body may hold), got -5")


def test_the_api_refuses_an_unknown_log_level_in_one_line(monkeypatch):
    from services.api.__main__ import main

    monkeypatch.setenv("NEWSWIRE_LOG_LEVEL", "bogus")
    with pytest.raises(SystemExit) as stopped:
        main()
    assert str(stopped.value.code) == ("newswire api: environment variable NEWSWIRE_LOG_LEVEL must be one of DEBUG, "
                                       "INFO, WARNING, ERROR, CRITICAL (in any case), got 'bogus'")


@pytest.mark.parametrize("preload", [[], ["--preload"]], ids=["in-the-worker", "in-the-master"])
def test_the_api_under_plain_gunicorn_refuses_a_bad_setting_in_one_line(preload):
    # `gunicorn services.api.wsgi:app` printed the ConfigError's traceback from the worker.
    env = {**os.environ, "NEWSWIRE_LOG_LEVEL": "bogus"}
    command = [sys.executable, "-m", "gunicorn", "--no-control-socket", "--bind", "127.0.0.1:0", *preload,
               "services.api.wsgi:app"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env,
                            cwd=Path(__file__).parents[2])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    assert ("newswire api: environment variable NEWSWIRE_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, "
            "CRITICAL (in any case), got 'bogus'") in result.stderr.splitlines()


def test_two_keys_of_one_name_are_refused_at_start(monkeypatch):
    # They shared one idempotency namespace, one rate-limit bucket and one name in the logs.
    monkeypatch.setenv("NEWSWIRE_API_KEYS", f"team:{'a' * 16}:submit+read, other:{'c' * 16}:read,team:{'b' * 16}:read")
    with pytest.raises(ConfigError, match="NEWSWIRE_API_KEYS names two keys 'team': each key needs a name of its own"):
        Settings.from_env()
    assert parse_api_keys(f"team:{'a' * 16}:read,team2:{'b' * 16}:read")[1].name == "team2"
