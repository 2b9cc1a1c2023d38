"""Every line a worker logs is JSON, Celery's own records too (a pool child killed, the worker ready)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import psutil

from services.stack import processes


def _children(proc: subprocess.Popen) -> list[psutil.Process]:
    try:
        return psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def test_a_killed_pool_child_is_logged_as_json(private_redis: int, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(REDIS_URL=f"redis://127.0.0.1:{private_redis}/0", NEWSWIRE_LOG_LEVEL="INFO")
    log = tmp_path / "worker.log"
    proc = processes.start_worker(env, concurrency=1, name="logs", log=log)
    try:
        processes.wait_until(lambda: "ready." in log.read_text(errors="replace") and len(_children(proc)) == 1, 120,
                             "worker", proc)
        child = _children(proc)[0]
        child.send_signal(signal.SIGKILL)
        processes.wait_until(lambda: "exited with" in log.read_text(errors="replace"), 30, "pool child reaped", proc)
    finally:
        # The log is read before the worker is stopped: Celery writes its shutdown notice past logging (README).
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
        processes.stop(proc, signal.SIGKILL)
    killed = [json.loads(line) for line in lines if "exited with" in line]
    assert killed and killed[0]["level"] == "error" and str(child.pid) in killed[0]["event"]
    for line in lines:
        assert isinstance(json.loads(line), dict), line
