"""`python -m services.nlp`: the worker's command line."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

from services.core.config import Settings
from services.nlp.__main__ import worker_argv


def test_the_worker_logs_at_the_configured_level_without_celerys_banner():
    settings = dataclasses.replace(Settings.from_env(), log_level="WARNING")
    argv = worker_argv(settings, ["--concurrency", "2"])
    assert argv[:2] == ["--quiet", "worker"]
    assert argv[argv.index("--loglevel") + 1] == "WARNING"
    assert argv[-2:] == ["--concurrency", "2"]


def test_a_setting_the_worker_cannot_run_with_is_one_line_not_a_traceback():
    env = {**os.environ, "NEWSWIRE_TASK_TIME_LIMIT": "soon"}
    result = subprocess.run([sys.executable, "-m", "services.nlp"], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "NEWSWIRE_TASK_TIME_LIMIT must be an integer" in result.stderr
