"""Redis commands per article, by the process that sent them: MONITOR while a few articles go through the API.

Commands run inside Lua scripts are counted apart ("lua"): they cost Redis time but no round trip.
Background traffic (idle workers polling the queue, the sweeper) is measured first over an idle window
and subtracted pro rata.
"""
from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from typing import Any

import psutil
import redis

from bench.corpus import Article
from bench.stack import Stack
from bench.system import one_latency

IDLE_SECONDS = 3.0


class Recorder:
    """Collects (client port or "lua", command name, time) from a MONITOR connection in a thread."""

    def __init__(self, url: str) -> None:
        self.client = redis.Redis.from_url(url)
        self.seen: list[tuple[str, str, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with contextlib.suppress(redis.ConnectionError, OSError), self.client.monitor() as monitor:
            while not self._stop.is_set():
                entry = monitor.next_command()
                name = entry["command"].split(" ", 1)[0].lower()
                who = "lua" if entry["client_type"] == "lua" else entry["client_port"]
                self.seen.append((who, name, entry["time"]))

    def __enter__(self) -> Recorder:
        self._thread.start()
        time.sleep(0.2)  # MONITOR is on before anything is counted
        return self

    def __exit__(self, *_: Any) -> None:
        self._stop.set()
        self.client.ping()  # one more line unblocks the reader
        self._thread.join(timeout=5)


def roles_by_port(stack: Stack) -> dict[str, str]:
    """Local port of every client connection to the stack's Redis -> the role of the process holding it."""
    roles_by_pid: dict[int, str] = {psutil.Process().pid: "bench"}
    if stack.api:
        roles_by_pid.update(_family(stack.api.pid, "api", "api"))
    for worker in stack.workers.values():
        roles_by_pid.update(_family(worker.proc.pid, "worker_parent", "worker_pool"))
    ports = {}
    for conn in psutil.net_connections(kind="tcp"):
        if conn.raddr and conn.raddr.port == stack.redis_port and conn.pid:
            ports[str(conn.laddr.port)] = roles_by_pid.get(conn.pid, "other")
    return ports


def _family(pid: int, parent_role: str, child_role: str) -> dict[int, str]:
    with contextlib.suppress(psutil.NoSuchProcess):
        return {pid: parent_role, **{c.pid: child_role for c in psutil.Process(pid).children(recursive=True)}}
    return {}


def trace(stack: Stack, articles: list[Article]) -> dict[str, Any]:
    """Commands per article by role and command (background subtracted), for articles sent one at a time."""
    store = stack.services().store
    with Recorder(stack.redis_url) as recorder:
        time.sleep(IDLE_SECONDS)
        idle_end = time.time()
        for article in articles:
            one_latency(stack.base_url, stack.api_key, store, article, wait=30)
        busy_end = time.time()
        ports = roles_by_port(stack)
    idle_start = recorder.seen[0][2] if recorder.seen else idle_end - IDLE_SECONDS
    idle = Counter((_role(w, ports), n) for w, n, t in recorder.seen if t < idle_end)
    busy = Counter((_role(w, ports), n) for w, n, t in recorder.seen if idle_end <= t <= busy_end)
    scale = (busy_end - idle_end) / max(idle_end - idle_start, 1e-6)
    per_article: dict[str, dict[str, float]] = {}
    for (role, name), count in busy.items():
        net = (count - idle.get((role, name), 0) * scale) / len(articles)
        if role != "bench" and net > 0.05:
            per_article.setdefault(role, {})[name] = round(net, 2)
    return {
        "articles": len(articles),
        "per_article": {role: dict(sorted(c.items(), key=lambda kv: -kv[1])) for role, c in per_article.items()},
        "client_commands_per_article": round(sum(sum(c.values()) for r, c in per_article.items() if r != "lua"), 1),
        "lua_commands_per_article": round(sum(per_article.get("lua", {}).values()), 1),
        "idle_commands_per_s": round(sum(idle.values()) / max(idle_end - idle_start, 1e-6), 1),
    }


def _role(who: str, ports: dict[str, str]) -> str:
    return "lua" if who == "lua" else ports.get(who, "other")
