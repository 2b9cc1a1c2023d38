"""`newswire watch` piped to another program (`newswire watch | grep failed`) against the API as production runs it."""
from __future__ import annotations

import contextlib
import queue
import selectors
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from services.core.client import call
from services.stack import processes
from tests.conftest import ADMIN_KEY

from .helpers import GatewayProxy, interruptible, unique

ROOT = Path(__file__).resolve().parents[2]


def _line_within(stream: object, seconds: float) -> str | None:
    """The next line of a pipe, or None if none comes within `seconds`."""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)  # type: ignore[arg-type]
        return stream.readline() if selector.select(seconds) else None  # type: ignore[attr-defined]


def _first_watch_line(api_base: str, service_env: dict) -> str:
    """The first line `newswire watch --limit 1` writes to a pipe, after which it is stopped as Ctrl-C stops it (it must
    leave quietly)."""
    command = [sys.executable, "-m", "services.cli", "--api", api_base, "watch", "--limit", "1", "--interval", "0.2"]
    # Ctrl-C as a terminal sends it: a run started in the background of a script (`make test &`, a CI runner) ignores
    # SIGINT, which every child inherits and Python then never turns into KeyboardInterrupt; the watch would run on.
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env=service_env, preexec_fn=interruptible)
    try:
        line = _line_within(proc.stdout, 30)
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C: leaves quietly
        _, errors = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "Traceback" not in errors, errors
    assert line is not None, "no line while watch runs"
    return line.rstrip("\n")


@contextlib.contextmanager
def _watching(base: str, env: dict, limit: int) -> Iterator[tuple[subprocess.Popen, queue.Queue[str]]]:
    """`newswire watch --limit N` of the API at `base`, piped, with the lines it writes as they come (read by a thread:
    lines a pipe's buffer holds are no event to select); stopped as Ctrl-C stops it when the block ends."""
    command = [sys.executable, "-m", "services.cli", "--api", base, "watch", "--limit", str(limit), "--interval", "0.2"]
    watch = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env,
                             preexec_fn=interruptible)
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in watch.stdout], daemon=True)
    reader.start()
    try:
        yield watch, lines
    finally:
        watch.send_signal(signal.SIGINT)
        watch.wait(timeout=30)
        reader.join(10)
        watch.stdout.close()


def test_watch_piped_writes_each_article_as_a_line_while_it_runs(api_base, service_env):
    # Drawn as a live table, a pipe got nothing until Ctrl-C stopped it.
    status, body = call(api_base, "POST", "/v1/articles", {"title": "Watched piped", "source": "watchtest",
                                                           "text": unique("Olaf Scholz spoke in Berlin.")},
                        key=ADMIN_KEY)
    assert status == 202, body
    article_id, state, rest = _first_watch_line(api_base, service_env).split("  ", 2)
    assert (article_id, rest) == (body["id"], "Watched piped  watchtest")
    assert state in ("queued", "processing", "done")


def test_watch_piped_names_an_untitled_article_as_status_does(api_base, service_env):
    # The watch showed a blank title where `newswire status` shows "(untitled)".
    status, body = call(api_base, "POST", "/v1/articles", {"source": "watchuntitled",
                                                           "text": unique("Olaf Scholz spoke in Berlin.")},
                        key=ADMIN_KEY)
    assert status == 202, body
    article_id, _, rest = _first_watch_line(api_base, service_env).split("  ", 2)
    assert (article_id, rest) == (body["id"], "(untitled)  watchuntitled")


def test_watch_piped_rides_out_a_redis_restart_and_goes_on(service_env, tmp_path):
    """A watch left running on a dashboard ended (exit 1) at the first 503 of a Redis restart; it says the API is busy,
    asks again, and goes on writing lines once the store is back, as the web page does."""
    redis_port, api_port = processes.free_port(), processes.free_port()
    redis_proc = processes.start_redis(redis_port, tmp_path / "redis", appendonly=True)
    env = {**service_env, "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0", "PORT": str(api_port),
           "NEWSWIRE_API_WORKERS": "1"}
    base = f"http://127.0.0.1:{api_port}"
    api = processes.start_api(env, tmp_path / "api.log")
    try:
        processes.wait_until(lambda: call(base, "GET", "/healthz", timeout=2)[0] == 200, 60, "api", api)
        before = call(base, "POST", "/v1/articles", {"title": "Before", "text": "An article before the restart."},
                      key=ADMIN_KEY)[1]["id"]
        with _watching(base, service_env, 5) as (watch, lines):
            assert lines.get(timeout=30).startswith(before)
            processes.stop(redis_proc)
            busy = lines.get(timeout=30)
            assert watch.poll() is None and "503" in busy and "(trying again)" in busy, busy
            redis_proc = processes.start_redis(redis_port, tmp_path / "redis", appendonly=True)
            after = call(base, "POST", "/v1/articles", {"title": "After", "text": "An article after the restart."},
                         key=ADMIN_KEY)[1]["id"]
            assert lines.get(timeout=30) == "the API answers again\n"
            assert lines.get(timeout=30).startswith(after)
    finally:
        processes.stop(api)
        processes.stop(redis_proc)


def test_watch_piped_rides_out_a_proxys_bad_gateway_and_goes_on(api_base, service_env):
    """Behind a reverse proxy (README, Operations), an API restarting is a 502 from the proxy: the watch ended (exit 1)
    at the first one, while a 503 was ridden out; it says so, asks again, and goes on once the API is back."""
    proxy = GatewayProxy(api_base)
    try:
        before = call(api_base, "POST", "/v1/articles", {"title": "Before the proxy's 502",
                                                         "text": unique("Olaf Scholz spoke in Berlin.")},
                      key=ADMIN_KEY)[1]["id"]
        with _watching(proxy.base, service_env, 1) as (watch, lines):
            assert lines.get(timeout=30).startswith(before)
            proxy.down = True
            gateway = lines.get(timeout=30)
            assert watch.poll() is None and "502" in gateway and "(trying again)" in gateway, gateway
            proxy.down = False
            assert lines.get(timeout=30) == "the API answers again\n"
    finally:
        proxy.close()


def test_watch_piped_to_a_reader_that_stops_ends_quietly_once_it_has_gone(api_base, service_env):
    """`newswire watch | head -1` ran on after head had gone: with nothing new to write it never met the closed pipe.
    It stops once its reader has gone, quietly, exit status 0 (a watch has no end of its own: Ctrl-C's 0)."""
    status, body = call(api_base, "POST", "/v1/articles", {"title": "Watched by head", "source": "watchhead",
                                                           "text": unique("Olaf Scholz spoke in Berlin.")},
                        key=ADMIN_KEY)
    assert status == 202, body
    command = [sys.executable, "-m", "services.cli", "--api", api_base, "watch", "--limit", "1", "--interval", "0.2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env=service_env, preexec_fn=interruptible)
    try:
        assert _line_within(proc.stdout, 30) is not None, "no line while watch runs"
        proc.stdout.close()  # as head does once it has its lines
        _, errors = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0 and not errors.strip(), (proc.returncode, errors)
