"""`python -m services.nlp`: the worker's command line."""
from __future__ import annotations

import dataclasses

from services.core.config import Settings
from services.nlp.__main__ import worker_argv


def test_the_worker_logs_at_the_configured_level_without_celerys_banner():
    settings = dataclasses.replace(Settings.from_env(), log_level="WARNING")
    argv = worker_argv(settings, ["--concurrency", "2"])
    assert argv[:2] == ["--quiet", "worker"]
    assert argv[argv.index("--loglevel") + 1] == "WARNING"
    assert argv[-2:] == ["--concurrency", "2"]
