"""`make run`'s keys: the local one is checked before anything starts, and an operator's own keys are kept."""
from __future__ import annotations

import functools
import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from services.core.store import Store
from services.stack import __main__ as stack
from services.stack import processes


@pytest.fixture(autouse=True)
def private_var(tmp_path, monkeypatch):
    monkeypatch.setattr(stack, "VAR", tmp_path)
    for name in ("NEWSWIRE_API_KEY", "NEWSWIRE_API_KEYS", "NEWSWIRE_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)


def test_a_local_key_is_made_once_and_configured(tmp_path, monkeypatch):
    key = stack._local_secrets()
    assert key and (tmp_path / "api-key").read_text() == key
    assert stack.os.environ["NEWSWIRE_API_KEYS"] == f"local:{key}:submit+read+admin"
    monkeypatch.delenv("NEWSWIRE_API_KEY")
    monkeypatch.delenv("NEWSWIRE_API_KEYS")
    assert stack._local_secrets() == key  # kept in var/ for the next run


@pytest.mark.parametrize("bad", ["short", "a-long-enough-key:with-a-colon", "a-long-enough-key,with-a-comma"])
def test_a_bad_chosen_key_stops_with_a_clear_message(monkeypatch, bad):
    monkeypatch.setenv("NEWSWIRE_API_KEY", bad)
    with pytest.raises(SystemExit, match="NEWSWIRE_API_KEY must be 16 or more characters"):
        stack._local_secrets()


def test_an_operators_own_keys_are_used_as_they_are(monkeypatch):
    monkeypatch.setenv("NEWSWIRE_API_KEYS", "ops:an-operator-secret-0123:read")
    assert stack._local_secrets() is None
    assert stack.os.environ["NEWSWIRE_API_KEYS"] == "ops:an-operator-secret-0123:read"


@pytest.mark.parametrize(("given", "said"), [(True, "from NEWSWIRE_API_KEY"), (False, "kept in {var}/api-key")])
def test_the_key_is_said_to_come_from_where_it_came(capsys, tmp_path, given, said):
    said = said.format(var=tmp_path)  # the data folder as configured (var/ in the checkout by default)
    stack._print_urls("http://127.0.0.1:8000", [], "a-long-enough-key-0123", key_given=given,
                      ingest_env=stack._ingest_env("redis://127.0.0.1:6390/0", secret_given=True))
    out = capsys.readouterr().out
    assert f"Your local API key (admin, {said}): a-long-enough-key-0123" in out
    # Ingest writes to Redis itself: it is told which Redis (its default, 6379, is not the one `make run` starts).
    assert "REDIS_URL=redis://127.0.0.1:6390/0 .venv/bin/newswire-ingest" in out


def test_the_data_folder_is_var_unless_configured(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSWIRE_DATA_DIR", raising=False)
    assert stack.data_dir() == (stack.processes.ROOT / "var").resolve()
    monkeypatch.setenv("NEWSWIRE_DATA_DIR", str(tmp_path / "newswire"))
    assert stack.data_dir() == tmp_path / "newswire"


@pytest.mark.parametrize(("base", "api_url", "watch"), [
    ("http://127.0.0.1:8000", None, "  .venv/bin/newswire watch"),
    # PORT=8123: the curl lines had the port, `newswire watch` went to 8000.
    ("http://127.0.0.1:8123", None, "  NEWSWIRE_API_URL=http://127.0.0.1:8123 .venv/bin/newswire watch"),
    ("http://127.0.0.1:8123", "http://127.0.0.1:8123", "  .venv/bin/newswire watch"),
    ("http://127.0.0.1:8000", "http://elsewhere:9000",
     "  NEWSWIRE_API_URL=http://127.0.0.1:8000 .venv/bin/newswire watch"),
])
def test_the_terminal_client_is_shown_the_apis_address(capsys, monkeypatch, base, api_url, watch):
    if api_url:
        monkeypatch.setenv("NEWSWIRE_API_URL", api_url)
    else:
        monkeypatch.delenv("NEWSWIRE_API_URL", raising=False)
    stack._print_urls(base, [], "a-long-enough-key-0123", key_given=True, ingest_env="REDIS_URL=redis://127.0.0.1:6390/0")
    out = capsys.readouterr().out
    assert f"  curl -H 'Authorization: Bearer a-long-enough-key-0123' {base}/v1/articles" in out
    assert f"{watch}          (the terminal client" in out


def test_the_printed_ingest_line_takes_a_batch_files_callback_as_the_api_does(capsys, monkeypatch, tmp_path):
    """`make run` printed `REDIS_URL=... newswire-ingest`: a batch file with a `callback_url` ingested so was refused
    ("Webhooks are not configured on this server (no signing secret)") while the API took it; the line gives ingest
    the secret from its file, and NEWSWIRE_WEBHOOK_ALLOW_PRIVATE where `make run` has it."""
    secret = stack._secret("NEWSWIRE_WEBHOOK_SECRET", tmp_path / "webhook-secret")  # as `make run` makes it
    port = processes.free_port()
    redis_proc = processes.start_redis(port, tmp_path / "redis", appendonly=False)
    monkeypatch.setenv("NEWSWIRE_WEBHOOK_ALLOW_PRIVATE", "1")
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps({"articles": [{"text": "An article ingested with a callback, about Bergen."}],
                                 "callback_url": "http://127.0.0.1:9/hook"}), encoding="utf-8")
    try:
        stack._print_urls("http://127.0.0.1:8000", [], "a-long-enough-key-0123", key_given=True,
                          ingest_env=stack._ingest_env(f"redis://127.0.0.1:{port}/0", secret_given=False))
        [line] = [line for line in capsys.readouterr().out.splitlines() if "newswire-ingest" in line]
        command = line.split(".venv/bin/newswire-ingest")[0] + f"{sys.executable} -m services.ingest --quiet {batch}"
        env = {name: value for name, value in os.environ.items() if not name.startswith("NEWSWIRE_")}
        done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60, env=env,
                              cwd=Path(__file__).parents[2])
    finally:
        processes.stop(redis_proc)
    assert secret and done.returncode == 0 and "queued 1" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("env, said", [
    ({"NEWSWIRE_WORKERS": "abc"}, "NEWSWIRE_WORKERS must be an integer, got 'abc'"),  # was a ValueError's traceback
    ({"NEWSWIRE_WORKERS": "0"}, "NEWSWIRE_WORKERS must be at least 1"),  # Celery reads 0 as one per CPU
    ({"NEWSWIRE_REDIS_PORT": "6379x"}, "NEWSWIRE_REDIS_PORT must be an integer"),
    ({"NEWSWIRE_REDIS_PORT": "70000"}, "NEWSWIRE_REDIS_PORT must be from 1 to 65535"),
])
def test_make_runs_own_settings_are_refused_in_one_line_before_anything_starts(tmp_path, env, said):
    done = _run_stack([], {**env, "NEWSWIRE_DATA_DIR": str(tmp_path)})
    assert done.returncode == 1 and said in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []  # nothing started, nothing written


def test_a_data_folder_that_cannot_be_made_is_refused_in_one_line(tmp_path):
    # NEWSWIRE_DATA_DIR under a file (a typo, a mount missing) ended the start in NotADirectoryError's traceback.
    (tmp_path / "a-file").write_text("")
    done = _run_stack([], {"NEWSWIRE_DATA_DIR": str(tmp_path / "a-file" / "var")})
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"cannot make the data folder {tmp_path / 'a-file' / 'var'} (Not a directory): set NEWSWIRE_DATA_DIR" \
        in done.stderr, done.stderr


def test_a_pool_of_no_processes_is_refused_by_the_option_too(tmp_path):
    done = _run_stack(["--workers", "0"], {"NEWSWIRE_DATA_DIR": str(tmp_path)})
    assert done.returncode == 2 and "argument --workers: must be at least 1 (pool processes), got 0" in done.stderr, (
        done.stderr)


def _run_stack(args: list[str], env: dict[str, str], unset: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """`python -m services.stack` as `make run` starts it, with only these settings added (and those `unset` left
    out)."""
    base = {name: value for name, value in os.environ.items() if name not in unset}
    return subprocess.run([sys.executable, "-m", "services.stack", *args], capture_output=True, text=True, timeout=60,
                          env={**base, **env}, cwd=Path(__file__).parents[2])


def test_a_configured_redis_that_does_not_answer_stops_the_start_in_one_line(tmp_path):
    # The API and worker were started and waited on for 300 s without a word, then a TimeoutError's traceback.
    url = f"redis://127.0.0.1:{processes.free_port()}/0"
    done = _run_stack([], {"REDIS_URL": url, "PORT": str(processes.free_port()), "NEWSWIRE_DATA_DIR": str(tmp_path)})
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"the Redis at {url} does not answer" in done.stderr and "unset REDIS_URL" in done.stderr


def test_a_worker_that_exits_at_start_stops_the_start_and_is_named(tmp_path):
    # A worker without its model said it was ready and failed every seed; once it stops at start (services/nlp), the
    # stack waited 300 s on it.
    env = {"NEWSWIRE_MODEL": "no_such_model_pkg", "NEWSWIRE_REDIS_PORT": str(processes.free_port()),
           "PORT": str(processes.free_port()), "NEWSWIRE_DATA_DIR": str(tmp_path)}
    done = _run_stack([], env, unset=("REDIS_URL",))
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"the NLP worker exited (code 1) before it was ready; see {tmp_path / 'worker.log'}" in done.stderr
    assert "none of the spaCy models no_such_model_pkg is installed" in (tmp_path / "worker.log").read_text()


def test_an_interrupt_stops_a_stack_started_in_the_background_and_everything_it_started(tmp_path):
    """A shell script's `make run &` starts it with SIGINT ignored (no job control): `kill -INT` (and a supervisor's
    Ctrl-C) did nothing, and the stack ran on; it stops as on Ctrl-C in a terminal, its processes with it."""
    port = processes.free_port()
    redis_proc = processes.start_redis(port, tmp_path / "redis", appendonly=False)
    env = {**os.environ, "REDIS_URL": f"redis://127.0.0.1:{port}/0", "PORT": str(processes.free_port()),
           "NEWSWIRE_DATA_DIR": str(tmp_path / "data")}
    run = subprocess.Popen([sys.executable, "-m", "services.stack", "--seeds", str(tmp_path / "no-seeds")], env=env,
                           cwd=Path(__file__).parents[2], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                           start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        while "waiting for the API and workers" not in run.stdout.readline():  # the worker and API are started
            assert run.poll() is None, "the stack stopped before it started its processes"
        started = psutil.Process(run.pid).children(recursive=True)
        assert started
        run.send_signal(signal.SIGINT)
        assert run.wait(timeout=60) == 0 and "stopping ..." in run.stdout.read()
        assert not [child for child in started if child.is_running() and child.status() != psutil.STATUS_ZOMBIE]
    finally:
        processes.stop(run)
        run.stdout.close()
        processes.stop(redis_proc)


def _exiting(code: int) -> subprocess.Popen:
    """A real process that exits at once with `code`."""
    return subprocess.Popen([sys.executable, "-c", f"raise SystemExit({code})"])


def test_waiting_on_several_processes_names_the_one_that_exited():
    # `_not_ready` kept a loop of its own beside `wait_until` to watch the API and the worker at once.
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    exited = _exiting(3)
    try:
        exited.wait()
        with pytest.raises(processes.ProcessExited) as raised:
            processes.wait_until(lambda: False, 30, "the system", watched={"API": running, "NLP worker": exited})
    finally:
        running.terminate()
        running.wait()
    assert (raised.value.name, raised.value.returncode) == ("NLP worker", 3)


def test_the_stacks_wait_says_which_process_exited_and_where_its_log_is(tmp_path):
    exited = _exiting(2)
    exited.wait()
    said = stack._not_ready(f"http://127.0.0.1:{processes.free_port()}", {"NLP worker": (exited, "worker.log")})
    assert said == f"the NLP worker exited (code 2) before it was ready; see {tmp_path / 'worker.log'}"


def test_a_redis_port_that_is_taken_is_said_to_be(tmp_path, monkeypatch, capsys):
    # make run started Redis on another port and said only the new one: NEWSWIRE_REDIS_PORT looked ignored.
    monkeypatch.setenv("REDIS_URL", "redis://replaced-by-the-start/0")  # restored after the test
    started: list[subprocess.Popen] = []
    with socket.create_server(("127.0.0.1", 0)) as busy:
        taken = busy.getsockname()[1]
        try:
            stack._start_redis_unless_configured(started, taken)
        finally:
            processes.stop_all(started)
    said = capsys.readouterr().out
    assert f"port {taken} is taken" in said and f"started Redis on port {taken} " not in said, said


def _seeds_of_seconds(folder: Path) -> Path:
    """A seeds folder of one article that takes seconds to enrich (twice the seeds in one text, ~3 s on an idle
    machine)."""
    folder.mkdir()
    seed_texts = (path.read_text(encoding="utf-8") for path in sorted((processes.ROOT / "seeds").glob("*.txt")))
    (folder / "long.txt").write_text("A long article\n\n" + "\n\n".join(["\n\n".join(seed_texts)] * 2),
                                     encoding="utf-8")
    return folder


def test_stopping_the_stack_mid_article_lets_the_worker_finish_it_and_charges_no_attempt(tmp_path):
    """Stopping `make run` sent SIGTERM to the worker's whole process group: its pool child died mid-article
    (WorkerLostError), Redis went down with it so the article could not even be handed back, and it sat `processing`
    with an attempt charged until the sweeper's 330 s passed (three stops during one article failed it). Now the
    worker alone is told (a warm shutdown finishes the article) and Redis stops after it."""
    # Seconds of work (~3 s on an idle machine): in hand when the stop comes, yet well within the warm shutdown's 20 s
    # on a loaded one (four times the seeds, ~7 s idle, came near it under other jobs, and a kill fails the test).
    seeds = _seeds_of_seconds(tmp_path / "seeds")
    redis_port = processes.free_port()
    env = {"NEWSWIRE_REDIS_PORT": str(redis_port), "PORT": str(processes.free_port()),
           "NEWSWIRE_DATA_DIR": str(tmp_path / "data")}
    base = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    run = subprocess.Popen([sys.executable, "-m", "services.stack", "--workers", "1", "--seeds", str(seeds)],
                           env={**base, **env}, cwd=Path(__file__).parents[2], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    redis_proc = None
    store = Store.from_url(f"redis://127.0.0.1:{redis_port}/0")
    try:
        processes.wait_until(lambda: store.status_counts().get("processing") == 1, 300, "the article in work", run)
        run.send_signal(signal.SIGINT)
        assert run.wait(timeout=90) == 0
        # The stack's Redis is gone with it: its AOF says how the article ended.
        redis_proc = processes.start_redis(redis_port, tmp_path / "data" / "redis", appendonly=True)
        [article_id] = list(store.iter_ids())
        record = store.get_article(article_id, decode_enrichment=False)
        assert (record["status"], int(record["attempts"])) == ("done", 1), record
        assert "WorkerLostError" not in (tmp_path / "data" / "worker.log").read_text()
    finally:
        store.redis.close()
        processes.stop(run)
        processes.stop(redis_proc)


def test_a_redis_that_dies_under_the_stack_is_named_with_its_log(tmp_path):
    """It said "a process stopped unexpectedly; see the logs in var/": which one, and how, was left to the logs."""
    env = {"NEWSWIRE_REDIS_PORT": str(processes.free_port()), "PORT": str(processes.free_port()),
           "NEWSWIRE_DATA_DIR": str(tmp_path / "data")}
    base = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    args = ["--workers", "1", "--seeds", str(tmp_path / "none")]
    run = subprocess.Popen([sys.executable, "-m", "services.stack", *args], env={**base, **env},
                           cwd=Path(__file__).parents[2], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    try:
        while "Press Ctrl-C to stop everything" not in run.stdout.readline():  # up, its seeds (none) done
            assert run.poll() is None, run.stderr.read()
        [redis_server] = [child for child in psutil.Process(run.pid).children() if "redis-server" in child.name()]
        redis_server.kill()
        assert run.wait(timeout=90) == 1
        said = run.stderr.read()
        assert f"Redis stopped unexpectedly (killed by SIGKILL); see {tmp_path / 'data' / 'redis.log'}" in said, said
    finally:
        processes.stop(run)
        run.stdout.close()
        run.stderr.close()


def test_a_redis_that_dies_while_the_seeds_are_waited_on_is_named_without_a_traceback(tmp_path):
    """Redis killed while `make run` waited for the seeds to be enriched ended the start in a ConnectionError's
    traceback (the wait read each seed's status with nothing watching the processes); it is named as it is once
    everything is up."""
    env = {"NEWSWIRE_REDIS_PORT": str(processes.free_port()), "PORT": str(processes.free_port()),
           "NEWSWIRE_DATA_DIR": str(tmp_path / "data")}
    base = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    args = ["--workers", "1", "--seeds", str(_seeds_of_seconds(tmp_path / "seeds"))]
    run = subprocess.Popen([sys.executable, "-m", "services.stack", *args], env={**base, **env},
                           cwd=Path(__file__).parents[2], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    try:
        while not run.stdout.readline().startswith("seeds: queued 1"):  # the seed is in: its wait begins
            assert run.poll() is None, run.stderr.read()
        [redis_server] = [child for child in psutil.Process(run.pid).children() if "redis-server" in child.name()]
        redis_server.kill()
        assert run.wait(timeout=90) == 1
        said = run.stderr.read()
        assert "Traceback" not in said, said
        assert f"Redis stopped unexpectedly (killed by SIGKILL); see {tmp_path / 'data' / 'redis.log'}" in said, said
    finally:
        processes.stop(run)
        run.stdout.close()
        run.stderr.close()


def test_the_first_stop_signal_ignores_the_next_ones_at_once():
    """A second Ctrl-C between the first one's KeyboardInterrupt and the `finally` that ignores signals (while
    "stopping ..." was printed) raised again: a traceback, README's "a second Ctrl-C changes nothing" broken."""
    kept = {sig: signal.getsignal(sig) for sig in stack._STOP_SIGNALS}
    try:
        for sig in stack._STOP_SIGNALS:
            signal.signal(sig, stack._interrupt)
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGINT)  # the second one: ignored
        assert all(signal.getsignal(sig) == signal.SIG_IGN for sig in stack._STOP_SIGNALS)
    finally:
        for sig, handler in kept.items():
            signal.signal(sig, handler)


def _sleeping() -> subprocess.Popen:
    """A real process that runs until killed (30 s at most)."""
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])


def test_a_worker_that_exits_with_redis_is_not_started_again(monkeypatch, capsys):
    """The watch loop restarted an exited worker before it looked at Redis: a Redis killed during its second's sleep
    (the worker gone with it) said "the NLP worker exited; starting it again" and started one, only to stop
    everything the next round. Redis is looked at first; a worker that exits alone is still started again (guard)."""
    redis_proc, api = _sleeping(), _sleeping()
    restarted: list[subprocess.Popen] = []

    def start_worker(*_: object) -> subprocess.Popen:
        api.kill()  # the guard's API stops once the worker is started again
        api.wait()
        restarted.append(api)
        return api

    def sleep(_: float) -> None:  # Redis dies during the first second
        redis_proc.kill()
        redis_proc.wait()

    monkeypatch.setattr(stack.processes, "start_worker", start_worker)
    monkeypatch.setattr(stack.time, "sleep", sleep)
    worker = _exiting(1)
    try:
        worker.wait()
        said = stack._supervise([redis_proc, worker, api], 1, {}, 1)
        assert said.startswith("Redis stopped unexpectedly (killed by SIGKILL)") and not restarted, said
        assert "starting it again" not in capsys.readouterr().err
        # guard: with Redis left out (REDIS_URL set), a worker gone alone is started again
        said = stack._supervise([worker, api], 0, {}, 1)
        assert said.startswith("API stopped unexpectedly (killed by SIGKILL)") and restarted == [api], said
        assert "the NLP worker exited (code 1); starting it again" in capsys.readouterr().err
    finally:
        for proc in (redis_proc, api):
            proc.kill()
            proc.wait()


def test_a_worker_restarted_while_the_seeds_are_waited_on_is_said_on_a_line_of_its_own(monkeypatch, capsys):
    """The seeds' wait draws a progress bar on stderr: the restart's line printed under it was glued to the bar
    ('enrich:   0%|          | 0/1 [...]the NLP worker exited (code 1); ...'), as ingest's stop line was."""
    api, later = _sleeping(), _sleeping()
    monkeypatch.setattr(stack.processes, "start_worker", lambda *_: later)
    statuses = iter(["queued", "done"])

    class Seeds:
        def get_status(self, _: str) -> str:
            return next(statuses, "done")

    worker = _exiting(1)
    try:
        worker.wait()
        started = [worker, api]
        why = stack._wait_enriched(Seeds(), ["a"], functools.partial(stack._watch_round, started, 0, {}, 1))
        assert why is None and started == [later, api]
        err = capsys.readouterr().err
        assert re.search(r"(?:^|[\r\n])the NLP worker exited \(code 1\); starting it again", err), err
    finally:
        for proc in (api, later):
            proc.kill()
            proc.wait()
