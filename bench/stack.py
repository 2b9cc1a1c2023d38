"""A private system for the benchmark: Redis, API and workers on free 127.0.0.1 ports, all stopped on close."""
from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import urllib.request
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import psutil
from celery import Celery

from services.core.config import Settings
from services.core.queue import make_celery
from services.core.store import Store
from services.core.submit import Services
from services.stack import processes

# Articles stay queued for minutes in the soak: the sweeper must not re-enqueue them meanwhile.
SWEEP_AFTER_SECONDS = 24 * 3600
# The limiter still runs on every request (its cost is measured) but never refuses the benchmark's load.
RATE_LIMIT = "100000000/minute"


@dataclass
class Worker:
    """One NLP worker process (a Celery prefork parent) and its log."""

    name: str
    proc: subprocess.Popen
    log: Path
    concurrency: int


@dataclass
class Stack:
    """Processes of one benchmark system and how to reach them."""

    workdir: Path
    redis_port: int = 0
    api_port: int = 0
    env: dict[str, str] = field(default_factory=dict)
    redis: subprocess.Popen | None = None
    api: subprocess.Popen | None = None
    extra: list[subprocess.Popen] = field(default_factory=list)
    workers: dict[str, Worker] = field(default_factory=dict)
    # A key of this run only, with every scope.
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    def settings(self) -> Settings:
        """The settings every service of this stack reads from its environment."""
        return replace(Settings.from_env(), redis_url=self.redis_url, api_host="127.0.0.1", api_port=self.api_port,
                       sweep_after=SWEEP_AFTER_SECONDS, rate_limit=RATE_LIMIT)

    def services(self) -> Services:
        """Store and Celery app of this stack, for direct submissions and checks."""
        settings = self.settings()
        return Services(settings, Store.from_url(settings.redis_url), self.celery())

    def celery(self) -> Celery:
        return make_celery(self.settings())

    def start(self) -> None:
        """Start a private Redis (no persistence: nothing here must outlive the run) and the API."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.redis_port = processes.free_port()
        self.api_port = processes.free_port()
        self.env = {**os.environ, "REDIS_URL": self.redis_url, "PORT": str(self.api_port),
                    "NEWSWIRE_API_HOST": "127.0.0.1", "NEWSWIRE_SWEEP_AFTER": str(SWEEP_AFTER_SECONDS),
                    "NEWSWIRE_API_KEYS": f"bench:{self.api_key}:submit+read+admin", "NEWSWIRE_API_KEY": self.api_key,
                    "NEWSWIRE_RATE_LIMIT": RATE_LIMIT}
        self.redis = processes.start_redis(self.redis_port, self.workdir / "redis", appendonly=False,
                                           log=self.workdir / "redis.log")
        self.api = processes.start_api(self.env, log=self.workdir / "api.log")
        processes.wait_until(lambda: _http_ok(self.base_url + "/healthz"), 60, "API", self.api)

    def start_worker(self, name: str, concurrency: int) -> Worker:
        """Start an NLP worker process; returns once it answers a ping (see `wait_workers`)."""
        log = self.workdir / f"worker-{name}.log"
        proc = processes.start_worker(self.env, concurrency=concurrency, name=f"bench-{name}", log=log)
        self.workers[name] = Worker(name, proc, log, concurrency)
        return self.workers[name]

    def wait_workers(self, timeout: float = 300) -> None:
        """Wait until every started worker answers a ping and has all its pool processes."""
        app = self.celery()
        expected = len(self.workers)

        def ready() -> bool:
            replies = app.control.ping(timeout=1.0) or []
            pools = all(len(pool_processes(w.proc)) >= w.concurrency for w in self.workers.values())
            return len(replies) >= expected and pools

        processes.wait_until(ready, timeout, f"{expected} worker(s)")
        for worker in self.workers.values():
            if worker.proc.poll() is not None:
                raise RuntimeError(f"worker {worker.name} exited; see {worker.log}")

    def stop_worker(self, name: str) -> None:
        """Stop one worker (warm shutdown: its current task finishes)."""
        worker = self.workers.pop(name)
        processes.stop(worker.proc, timeout=60)

    def spawn(self, args: list[str], log_name: str, **env: str) -> subprocess.Popen:
        """Another process of this stack (e.g. the trivial API), in its own group, stopped on close."""
        with open(self.workdir / log_name, "ab") as out:
            proc = subprocess.Popen(args, env={**self.env, **env}, cwd=processes.ROOT, stdout=out,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        self.extra.append(proc)
        return proc

    def close(self) -> None:
        """Stop everything this stack started, workers first, Redis last."""
        for name in list(self.workers):
            with contextlib.suppress(Exception):
                self.stop_worker(name)
        for proc in [*self.extra, self.api, self.redis]:
            with contextlib.suppress(Exception):
                processes.stop(proc)

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self.close()


def _http_ok(url: str) -> bool:
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.status == 200


def pool_processes(proc: subprocess.Popen) -> list[psutil.Process]:
    """The prefork pool children of a worker process (none if it is gone)."""
    try:
        return psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def pool_rss(proc: subprocess.Popen) -> int:
    """Resident bytes summed over a worker's pool processes."""
    total = 0
    for child in pool_processes(proc):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += child.memory_info().rss
    return total


def cpu_seconds(pid: int, children: bool = True, own: bool = True) -> float:
    """User + system CPU seconds used so far by a process (`own`) and/or its live descendants (`children`)."""
    try:
        process = psutil.Process(pid)
        members = ([process] if own else []) + (process.children(recursive=True) if children else [])
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for member in members:
        with contextlib.suppress(psutil.NoSuchProcess):
            times = member.cpu_times()
            total += times.user + times.system
    return total
