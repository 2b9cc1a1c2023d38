"""Every line a worker logs is JSON, Celery's own records too (a pool child killed, the worker ready)."""
from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import psutil

from services.core.config import Settings
from services.core.queue import make_celery
from services.core.store import Store
from services.core.submit import Services, submit, validate
from services.stack import processes

from .helpers import unique


def _children(proc: subprocess.Popen) -> list[psutil.Process]:
    try:
        return psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _pool_child_killed(private_redis: int, tmp_path: Path, busy: Callable[[], object] = lambda: None,
                       ) -> tuple[int, list[str]]:
    """Start a worker of one pool process on the private Redis, run `busy` once it is ready, kill the pool process
    and wait until it is reaped: its pid, and the worker's log lines (read before the worker is stopped: Celery
    writes its shutdown notice past logging, README)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(REDIS_URL=f"redis://127.0.0.1:{private_redis}/0", NEWSWIRE_LOG_LEVEL="INFO")
    log = tmp_path / "worker.log"
    proc = processes.start_worker(env, concurrency=1, name="logs", log=log)
    try:
        processes.wait_until(lambda: "ready." in log.read_text(errors="replace") and len(_children(proc)) == 1, 120,
                             "worker", proc)
        busy()
        child = _children(proc)[0]
        child.send_signal(signal.SIGKILL)
        processes.wait_until(lambda: "exited with" in log.read_text(errors="replace"), 30, "pool child reaped", proc)
    finally:
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
        processes.stop(proc, signal.SIGKILL)
    return child.pid, lines


def test_a_killed_pool_child_is_logged_as_json(private_redis: int, tmp_path: Path) -> None:
    pid, lines = _pool_child_killed(private_redis, tmp_path)
    killed = [json.loads(line) for line in lines if "exited with" in line]
    assert killed and killed[0]["level"] == "error" and str(pid) in killed[0]["event"]
    for line in lines:
        assert isinstance(json.loads(line), dict), line
    # Celery named the broker "redis://:**@127.0.0.1:...", a password masked where none is set.
    connected = [json.loads(line)["event"] for line in lines if "Connected to" in line]
    assert f"Connected to redis://127.0.0.1:{private_redis}/0" in connected, connected
    assert not [line for line in lines if ":**@" in line]


def test_a_lost_broker_connection_is_logged_without_celerys_ten_line_deprecation_warning(tmp_path: Path) -> None:
    """At every lost connection (a Redis restart) the worker logged, under "Connection to broker lost", a ten-line
    CPendingDeprecationWarning that Celery 6 will cancel running tasks then: nothing an operator can act on (the
    setting is off by design). The loss and the reconnection are still logged."""
    port = processes.free_port()
    redis_proc = processes.start_redis(port, tmp_path / "redis", appendonly=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(REDIS_URL=f"redis://127.0.0.1:{port}/0", NEWSWIRE_LOG_LEVEL="INFO")
    log = tmp_path / "worker.log"
    proc = processes.start_worker(env, concurrency=1, name="lost", log=log)
    try:
        processes.wait_until(lambda: "ready." in log.read_text(errors="replace"), 120, "worker", proc)
        processes.stop(redis_proc)
        processes.wait_until(lambda: "Connection to broker lost" in log.read_text(errors="replace"), 60,
                             "the lost connection", proc)
        redis_proc = processes.start_redis(port, tmp_path / "redis", appendonly=False)
        processes.wait_until(lambda: log.read_text(errors="replace").count("Connected to") >= 2, 60,
                             "the reconnection", proc)
    finally:
        text = log.read_text(errors="replace")
        processes.stop(proc, signal.SIGKILL)
        processes.stop(redis_proc)
    assert "CPendingDeprecationWarning" not in text and "optional breaking change" not in text
    assert "Connection to broker lost" in text  # guard: the loss itself is still said


def test_a_pool_child_killed_on_an_article_is_logged_with_the_article(private_redis: int, tmp_path: Path) -> None:
    """A pool process that died was logged as "Process 'ForkPoolWorker-1' pid:... exited with 'signal 9 (SIGKILL)'"
    and nothing said which article it was on: the line now names the article and the task."""
    url = f"redis://127.0.0.1:{private_redis}/0"
    settings = dataclasses.replace(Settings.from_env(), redis_url=url)
    services = Services(settings, Store.from_url(url), make_celery(settings))
    # Long enough to be caught while it is parsed.
    text = unique(" ".join(f"Olaf Scholz met Emmanuel Macron in Paris on day {n}." for n in range(2000)))
    article_id = ""

    def on_an_article() -> None:
        nonlocal article_id
        article_id = submit(services, validate({"text": text}, settings)).id
        processes.wait_until(lambda: services.store.get_status(article_id) == "processing", 60, "processing")

    pid, lines = _pool_child_killed(private_redis, tmp_path, on_an_article)
    [killed] = [json.loads(line) for line in lines if "exited with" in line]
    assert str(pid) in killed["event"] and killed["article_id"] == article_id, killed
    assert killed["task"] == "nlp.enrich" and killed["task_id"]
