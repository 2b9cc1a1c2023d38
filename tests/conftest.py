"""Fixtures shared by all tests: the model, the seeds, and a real system (private Redis, real worker, API)."""
from __future__ import annotations

import os
import socket
import subprocess
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from celery import Celery
from flask import Flask
from flask.testing import FlaskClient
from spacy.language import Language

from services.api import create_app
from services.core.config import Settings
from services.core.queue import make_celery
from services.core.store import Store
from services.stack import processes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English model, loaded once for the whole run."""
    from services.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def stock_nlp() -> Language:
    """The same model package as spaCy loads it, without the cached components `load_model` puts in (with the same
    sentence starts at paragraph breaks, so both parse alike)."""
    import spacy

    from services.nlp.paragraphs import use_paragraph_breaks

    return use_paragraph_breaks(spacy.load(next(n for n in Settings.from_env().models if spacy.util.is_package(n))))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed articles by their three-digit prefix ("000" ... "004")."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


# Keys of the test system: one per scope set, so scope checks can be exercised.
ADMIN_KEY = "test-admin-key-0123456789"
READ_KEY = "test-read-key-0123456789"
SUBMIT_KEY = "test-submit-key-0123456789"
KEYS_SPEC = f"admin:{ADMIN_KEY}:submit+read+admin,reader:{READ_KEY}:read,writer:{SUBMIT_KEY}:submit"
WEBHOOK_SECRET = "test-webhook-secret"


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """REDIS_URL when set, else a private redis-server on a free port for this test run."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path_factory.mktemp("redis"), log=None)
    yield f"redis://127.0.0.1:{port}/0"
    processes.stop(proc)


@pytest.fixture(scope="module")
def private_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """Port of a redis-server of the test module's own, for tests that empty it or must not meet the worker."""
    port = processes.free_port()
    proc = processes.start_redis(port, tmp_path_factory.mktemp("private-redis"), appendonly=False)
    yield port
    processes.stop(proc)


@pytest.fixture(scope="session")
def service_env(redis_url: str) -> dict[str, str]:
    """Environment for child processes of the system under test (and the source of `settings`)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(REDIS_URL=redis_url, NEWSWIRE_MAX_TEXT_CHARS="50000", NEWSWIRE_MAX_WAIT="60", NEWSWIRE_LOG_LEVEL="INFO",
               NEWSWIRE_API_KEYS=KEYS_SPEC, NEWSWIRE_API_KEY=ADMIN_KEY, NEWSWIRE_WEBHOOK_SECRET=WEBHOOK_SECRET,
               # The tests' webhook receiver listens on loopback, which production refuses.
               NEWSWIRE_WEBHOOK_ALLOW_PRIVATE="1",
               # The session's modules share the admin key's bucket: a failing browser test's page, polling until its
               # wait times out, spent the default 1,200 a minute and 30 tests after it failed with 429. The limiter's
               # own tests set their own limits.
               NEWSWIRE_RATE_LIMIT="100000/minute")
    return env


@pytest.fixture(scope="session")
def settings(service_env: dict[str, str]) -> Settings:
    """The same settings the worker and API processes read from `service_env`."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in service_env.items():
            if name.startswith("NEWSWIRE_") or name == "REDIS_URL":
                patch.setenv(name, value)
        return Settings.from_env()


@pytest.fixture(scope="session")
def celery_app(settings: Settings) -> Celery:
    return make_celery(settings)


@pytest.fixture(scope="session")
def service_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the session's worker and API logs (`worker.log`, `api.log`)."""
    return tmp_path_factory.mktemp("logs")


@pytest.fixture(scope="session")
def worker(service_env: dict[str, str], celery_app: Celery, service_logs: Path) -> Iterator[subprocess.Popen]:
    """One real NLP worker process (prefork, one child) consuming the test Redis."""
    log = service_logs / "worker.log"
    proc = processes.start_worker(service_env, concurrency=1, name="test", log=log)
    try:
        processes.wait_until(lambda: bool(celery_app.control.ping(timeout=0.5)), 120, "worker", proc)
    except Exception:
        print(log.read_text(errors="replace")[-5000:])
        raise
    yield proc
    processes.stop(proc)


@pytest.fixture(scope="session")
def store(settings: Settings) -> Store:
    return Store.from_url(settings.redis_url)


@pytest.fixture(scope="session")
def app(settings: Settings) -> Flask:
    """The real API app, talking to the test Redis."""
    return create_app(settings, {"TESTING": True, "TEST_AUTH": f"Bearer {ADMIN_KEY}"})


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    """A test client that sends the admin key (all scopes) unless a test sets another."""
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {ADMIN_KEY}"
    return client


@pytest.fixture(scope="session")
def api_base(service_env: dict[str, str], service_logs: Path) -> Iterator[str]:
    """The API as production runs it: gunicorn in its own process, on a free port."""
    port = processes.free_port()
    env = {**service_env, "PORT": str(port), "NEWSWIRE_API_WORKERS": "1"}
    log = service_logs / "api.log"
    proc = processes.start_api(env, log)
    base = f"http://127.0.0.1:{port}"
    processes.wait_until(lambda: urllib.request.urlopen(base + "/healthz", timeout=2).status == 200, 60, "api", proc)
    yield base
    processes.stop(proc)


@pytest.fixture()
def seeds_dir() -> Path:
    return SEEDS


# How long `hanging_resolver` hangs: far past the deadlines of the tests that use it.
RESOLVER_HANG_SECONDS = 30.0


@pytest.fixture()
def hanging_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[float]:
    """The OS resolver (outside our system) replaced by one that answers no lookup for RESOLVER_HANG_SECONDS, then
    fails it; yields that time. The lookups still hanging are let go after the test, so that their threads end."""
    let_go = threading.Event()

    def hang(host: object, *args: object, **kwargs: object) -> list:
        let_go.wait(RESOLVER_HANG_SECONDS)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", hang)
    yield RESOLVER_HANG_SECONDS
    let_go.set()
