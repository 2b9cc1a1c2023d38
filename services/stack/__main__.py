"""`make run`: Redis (unless REDIS_URL is set), NLP workers and the API, then the seeds, then wait for Ctrl-C."""
from __future__ import annotations

import argparse
import functools
import os
import secrets
import shlex
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import redis
from tqdm import tqdm

from services.core.client import DEFAULT_API_URL
from services.core.config import ConfigError, Settings, at_least, between, count_of, parse_api_keys, shown_url
from services.core.queue import make_celery
from services.core.store import TERMINAL, Store
from services.core.submit import Services
from services.ingest.__main__ import ingest
from services.ingest.readers import printable
from services.stack import processes


def data_dir() -> Path:
    """Where `make run` keeps Redis' data, logs and local secrets: $NEWSWIRE_DATA_DIR, else var/ in the checkout."""
    return Path(os.environ.get("NEWSWIRE_DATA_DIR") or processes.ROOT / "var").expanduser().resolve()


VAR = data_dir()


def _shown(path: Path) -> str:
    """A path as a user in the checkout would type it: "var/api-key" rather than the absolute path."""
    return str(path.relative_to(Path.cwd())) if path.is_relative_to(Path.cwd()) else str(path)


def _unwritable_data_dir() -> str | None:
    """None once the data folder is there to write in; else the line saying why not (a NEWSWIRE_DATA_DIR under a
    file or where no folder can be made ended the start in a traceback)."""
    try:
        VAR.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        problem = f"cannot make the data folder {VAR} ({exc.strerror})"
    else:
        if os.access(VAR, os.W_OK):
            return None
        problem = f"cannot write in the data folder {VAR}"
    return f"{problem}: set NEWSWIRE_DATA_DIR to a folder make run may write in"


DEFAULT_REDIS_PORT = 6390
DEFAULT_POOL = 2


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m services.stack", description=__doc__)
    parser.add_argument("--seeds", default=str(processes.ROOT / "seeds"), help="folder ingested at start")
    # At least 1: Celery reads 0 as one per CPU.
    parser.add_argument("--workers", type=count_of("pool processes"), default=None,
                        help="pool processes of the NLP worker (default 2, or NEWSWIRE_WORKERS)")
    args = parser.parse_args()
    if why := _unwritable_data_dir():
        print(why, file=sys.stderr)
        return 1
    started: list[subprocess.Popen] = []
    worker_at = 0  # where the processes that use Redis start in `started` (Redis, when started here, is before)
    # Ctrl-C, `kill` and a closed terminal all end in the same orderly stop. SIGINT too, as a shell script's
    # `make run &` starts it ignored (no job control there): `kill -INT` did nothing.
    for sig in _STOP_SIGNALS:
        signal.signal(sig, _interrupt)
    try:
        port = Settings.from_env().api_port
        args.workers = args.workers or at_least("NEWSWIRE_WORKERS", DEFAULT_POOL, 1, "pool processes of the worker")
        # Read only where a Redis is started: with REDIS_URL set, the port is never used (review).
        redis_port = None if os.environ.get("REDIS_URL") else between(
            "NEWSWIRE_REDIS_PORT", DEFAULT_REDIS_PORT, 1, 65535, "the local Redis's TCP port")
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 1
    if not processes.port_is_free(port):
        print(f"port {port} is in use (another Newswire?): stop it, or choose another with PORT=...", file=sys.stderr)
        return 1
    try:
        key_given = bool(os.environ.get("NEWSWIRE_API_KEY"))  # else made (or read) in var/api-key
        secret_given = bool(os.environ.get("NEWSWIRE_WEBHOOK_SECRET"))  # likewise, in var/webhook-secret
        key = _local_secrets()
        env = _start_redis_unless_configured(started, redis_port)
        settings = Settings.from_env()
        worker_at = len(started)
        started.append(processes.start_worker(env, args.workers, "nlp", VAR / "worker.log"))
        started.append(processes.start_api(env, VAR / "api.log"))
        base = f"http://{settings.api_host}:{settings.api_port}"
        print(f"waiting for the API and workers at {base}/readyz (logs in {VAR}) ...", flush=True)
        if why := _not_ready(base, {"NLP worker": (started[worker_at], "worker.log"), "API": (started[-1], "api.log")}):
            print(why, file=sys.stderr)
            return 1
        services = Services(settings, Store.from_url(settings.redis_url), make_celery(settings))
        report = ingest(services, [args.seeds])
        print(f"seeds: queued {report.counts['queued']}, already seen {report.counts['duplicate']}, "
              f"invalid {report.counts['invalid']}")
        for problem in report.problems:
            print(f"  skipped {printable(problem)}", file=sys.stderr)
        for note in report.empty:
            print(f"  {note}", file=sys.stderr)
        if report.stopped:
            print(f"  stopped: {report.stopped}", file=sys.stderr)
        watch = functools.partial(_watch_round, started, worker_at, env, args.workers)
        if why := _wait_enriched(services.store, report.ids, watch):
            print(why, file=sys.stderr)
            return 1
        _print_table(services.store, report.ids)
        _print_urls(base, report.ids, key, key_given, _ingest_env(os.environ["REDIS_URL"], secret_given))
        print(_supervise(started, worker_at, env, args.workers), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nstopping ...")
        return 0
    finally:
        _ignore_stop_signals()  # stop_all's timeouts bound the stop: a second Ctrl-C must not break it off
        # Redis last: a worker's warm shutdown stores the article it finishes and acknowledges its message.
        processes.stop_all(started[worker_at:])
        processes.stop_all(started[:worker_at])


def _supervise(started: list[subprocess.Popen], worker_at: int, env: dict[str, str], workers: int) -> str:
    """Run until the API or the Redis started here (`started[0]` when `worker_at` is past it) stops, starting the
    worker (`started[worker_at]`) again whenever it exits; returns the line saying which stopped (`_stopped`)."""
    while True:
        time.sleep(1)
        if why := _watch_round(started, worker_at, env, workers):
            return why


def _watch_round(started: list[subprocess.Popen], worker_at: int, env: dict[str, str], workers: int) -> str | None:
    """One look at the processes `_supervise` watches: the line saying which stopped, else None after starting the
    worker again if it exited."""
    watched = {"API": (started[-1], "api.log"), **({"Redis": (started[0], "redis.log")} if worker_at else {})}
    if why := _stopped(watched):  # before the worker's restart: a Redis gone takes the worker with it
        return why
    if started[worker_at].poll() is not None:
        # As a supervisor (compose's restart policy) would: Celery 5.7 / kombu 5.7 can exit on a broker
        # connection lost mid-task. Nothing is lost: unacknowledged tasks come back, the sweeper requeues.
        # Through tqdm: while the seeds are waited on, a line printed under their bar was glued to it.
        tqdm.write(f"the NLP worker exited (code {started[worker_at].returncode}); starting it again "
                   f"(see {VAR / 'worker.log'})", file=sys.stderr)
        started[worker_at] = processes.start_worker(env, workers, "nlp", VAR / "worker.log")
    return None


def _stopped(watched: dict[str, tuple[subprocess.Popen, str]]) -> str | None:
    """None while every process `watched` (by name, with its log) runs; else which one stopped, how, and its log.

    It said "a process stopped unexpectedly; see the logs", so a killed Redis was looked for in every log."""
    for name, (proc, log) in watched.items():
        if proc.poll() is not None:
            return f"{name} stopped unexpectedly ({_how(proc.returncode)}); see {VAR / log}. Stopping everything."
    return None


def _how(returncode: int) -> str:
    """A process's end in words: "exit code 1", "killed by SIGKILL" (Popen gives a signal as a negative code)."""
    if returncode >= 0:
        return f"exit code {returncode}"
    try:
        return f"killed by {signal.Signals(-returncode).name}"
    except ValueError:  # a real-time signal, which has no name
        return f"killed by signal {-returncode}"


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def _interrupt(*_: object) -> None:
    """The first stop signal: the next ones are ignored from here, so that a second Ctrl-C met on the way to the
    `finally` (printing "stopping ...") does not break off the stop with a traceback."""
    _ignore_stop_signals()
    raise KeyboardInterrupt


def _ignore_stop_signals() -> None:
    """Ignore Ctrl-C, SIGTERM and SIGHUP while the processes are stopped (a second Ctrl-C broke off the stop with a
    traceback, the rest unstopped)."""
    for sig in _STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)


def _secret(name: str, path: Path) -> str:
    """The value of environment variable `name`, else the one kept in `path`, else a new one kept there."""
    if os.environ.get(name):
        return os.environ[name]
    if not path.exists():
        path.write_text(secrets.token_urlsafe(24))
        path.chmod(0o600)
    return path.read_text().strip()


def _local_secrets() -> str | None:
    """A local admin API key and a webhook signing secret for this checkout; returns the key.

    With NEWSWIRE_API_KEYS set, those are the keys: no local one is added, and None is returned.
    """
    os.environ["NEWSWIRE_WEBHOOK_SECRET"] = _secret("NEWSWIRE_WEBHOOK_SECRET", VAR / "webhook-secret")
    if os.environ.get("NEWSWIRE_API_KEYS"):
        return None
    key = _secret("NEWSWIRE_API_KEY", VAR / "api-key")
    spec = f"local:{key}:submit+read+admin"
    try:
        parse_api_keys(spec)
    except ValueError:
        raise SystemExit("NEWSWIRE_API_KEY must be 16 or more characters, without ':' or ','.") from None
    os.environ["NEWSWIRE_API_KEY"] = key  # for the CLI and anything else started from here
    os.environ["NEWSWIRE_API_KEYS"] = spec
    return key


def _start_redis_unless_configured(started: list[subprocess.Popen], port: int | None) -> dict[str, str]:
    """Start the packaged redis-server with AOF under var/redis on `port` (another if it is taken); None: use
    REDIS_URL, which is set."""
    if port is not None:
        # Said, not only done: an operator who chose NEWSWIRE_REDIS_PORT saw another port with no reason given.
        taken = "" if processes.port_is_free(port) else f"; port {port} is taken"
        if taken:
            port = processes.free_port()
        started.append(processes.start_redis(port, VAR / "redis", appendonly=True, log=VAR / "redis.log"))
        os.environ["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
        print(f"started Redis on port {port} (AOF persistence in {VAR / 'redis'}{taken})")
    else:
        print(f"using Redis at {shown_url(os.environ['REDIS_URL'])}")
        _check_redis(os.environ["REDIS_URL"])
    return dict(os.environ)


def _check_redis(url: str) -> None:
    """Stop with one line unless the Redis at `url` answers: the API and workers would wait on it without a word."""
    try:
        redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5).ping()
    except (redis.RedisError, ValueError) as exc:
        raise SystemExit(f"the Redis at {shown_url(url)} does not answer ({exc}): start it, or unset REDIS_URL and "
                         "`make run` starts its own") from None


def _ready(base: str) -> bool:
    with urllib.request.urlopen(base + "/readyz", timeout=5) as response:
        return response.status == 200


READY_TIMEOUT = 300  # seconds for the API and a worker to be up: pool processes load the model first


def _not_ready(base: str, started: dict[str, tuple[subprocess.Popen, str]]) -> str | None:
    """None once the API answers ready with a worker; else why not: a process that exited (named, with its log), or
    the time running out."""
    # A worker that exited at start (no model installed) was waited on for the whole 300 s, then a traceback.
    try:
        processes.wait_until(lambda: _ready(base), READY_TIMEOUT, "the API and workers",
                             watched={name: proc for name, (proc, _) in started.items()})
    except processes.ProcessExited as exc:
        return f"the {exc.name} exited (code {exc.returncode}) before it was ready; see {VAR / started[exc.name][1]}"
    except TimeoutError:
        return f"the API and workers were not ready after {READY_TIMEOUT} s; see the logs in {VAR}"
    return None


def _wait_enriched(store: Store, ids: list[str], watch: Callable[[], str | None], timeout: float = 600) -> str | None:
    """Wait (a progress bar) until the seeds `ids` are done or failed, or `timeout` s pass: None; or the line `watch`
    says when a process it watches stopped. A Redis killed meanwhile ended the start in a traceback (ConnectionError),
    and a worker that exited was waited on for the whole timeout."""
    deadline = time.monotonic() + timeout
    with tqdm(total=len(ids), desc="enrich", unit="article") as bar:
        pending = set(ids)
        while pending and time.monotonic() < deadline:
            if why := watch():
                return why
            try:
                finished = {i for i in pending if store.get_status(i) in TERMINAL}
            except redis.RedisError:  # a Redis of REDIS_URL restarting (the one started here is watched): ask again
                finished = set()
            bar.update(len(finished))
            pending -= finished
            time.sleep(0.3)
    return None


def _print_table(store: Store, ids: list[str]) -> None:
    print(f"\n{'title':<52} {'status':<10} top entities")
    for article_id in ids:
        record = store.get_article(article_id) or {}
        groups = (record.get("enrichment") or {}).get("entity_groups", [])
        top = ", ".join(g["name"] for g in groups[:4]) or record.get("error") or ""
        print(f"{(record.get('title') or '')[:50]:<52} {record.get('status', '?'):<10} {top[:70]}")


def _ingest_env(redis_url: str, secret_given: bool) -> str:
    """The settings ingest needs to check articles as the API does, as the line `make run` prints gives them: its
    Redis and, for a `callback_url`, the webhook secret (read from its file; an operator's own is in their
    environment) and NEWSWIRE_WEBHOOK_ALLOW_PRIVATE where set. With the Redis alone, a batch file's callback was
    refused: "Webhooks are not configured on this server (no signing secret)"."""
    settings = [f"REDIS_URL={shown_url(redis_url)}"]
    if not secret_given:
        settings.append(f"NEWSWIRE_WEBHOOK_SECRET=$(cat {shlex.quote(_shown(VAR / 'webhook-secret'))})")
    if allow_private := os.environ.get("NEWSWIRE_WEBHOOK_ALLOW_PRIVATE"):
        settings.append(f"NEWSWIRE_WEBHOOK_ALLOW_PRIVATE={shlex.quote(allow_private)}")
    return " ".join(settings)


def _print_urls(base: str, ids: list[str], key: str | None, key_given: bool, ingest_env: str) -> None:
    first = ids[0] if ids else "<id>"
    auth = f"-H 'Authorization: Bearer {key or '$NEWSWIRE_API_KEY'}'"
    kept = "from NEWSWIRE_API_KEY" if key_given else f"kept in {_shown(VAR / 'api-key')}"
    # The CLI finds the API at NEWSWIRE_API_URL, else at its default: say so where this one is elsewhere (PORT).
    url = "" if base == os.environ.get("NEWSWIRE_API_URL", DEFAULT_API_URL) else f"NEWSWIRE_API_URL={base} "
    which = (f"Your local API key (admin, {kept}): {key}\n  export NEWSWIRE_API_KEY={key}" if key
             else "The API keys are those of NEWSWIRE_API_KEYS: export NEWSWIRE_API_KEY=<one of them>")
    print(f"""
Newswire is running. {which}
  curl {auth} {base}/v1/articles
  curl {auth} '{base}/v1/articles/{first}?wait=10'
  curl {auth} -X POST {base}/v1/articles -H 'Content-Type: application/json' \\
       -d '{{"title": "Hello", "text": "Jens Stoltenberg visited Kyiv on Thursday."}}'
  {url}.venv/bin/newswire watch          (the terminal client; it reads NEWSWIRE_API_KEY)
  {ingest_env} .venv/bin/newswire-ingest <files, folders, feeds>   (ingest writes to Redis itself)
  API docs: {base}/docs   OpenAPI: {base}/openapi.json   metrics: {base}/metrics   ready: {base}/readyz
Logs: {VAR}/api.log, {VAR}/worker.log. Press Ctrl-C to stop everything.""", flush=True)


if __name__ == "__main__":
    sys.exit(main())
