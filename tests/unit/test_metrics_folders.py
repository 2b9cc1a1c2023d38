"""The API's temporary metrics folders: one killed API process's folder is removed by the next start."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from services.api.__main__ import remove_orphaned_metrics, share_metrics_between_workers
from services.api.gunicorn_hooks import OWN_FOLDER_PREFIX


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_only_the_folders_of_gone_api_processes_are_removed(tmp_path):
    orphan = tmp_path / f"{OWN_FOLDER_PREFIX}{_dead_pid()}-abc123"
    live = tmp_path / f"{OWN_FOLDER_PREFIX}{os.getpid()}-def456"
    unnamed = tmp_path / f"{OWN_FOLDER_PREFIX}12345678"  # made by an older version: whose it is cannot be told
    other = tmp_path / "someone-else-1"
    for folder in (orphan, live, unnamed, other):
        folder.mkdir()
        (folder / "counter_1.db").write_bytes(b"x")
    assert remove_orphaned_metrics(tmp_path) == [orphan]
    assert not orphan.exists() and live.exists() and unnamed.exists() and other.exists()


def test_the_api_names_its_metrics_folder_after_its_process(monkeypatch, tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    path = share_metrics_between_workers()
    assert path.parent == Path(tmp_path) and path.name.startswith(f"{OWN_FOLDER_PREFIX}{os.getpid()}-")
    assert os.environ["PROMETHEUS_MULTIPROC_DIR"] == str(path)
