"""`python -m services.nlp`: the worker's command line."""
from __future__ import annotations

import dataclasses
import logging
import os
import subprocess
import sys

import pytest

from services.core.config import Settings
from services.core.queue import make_celery
from services.nlp.__main__ import worker_argv
from services.stack.processes import free_port


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


def test_a_pool_process_has_time_to_load_the_model_before_celery_calls_it_hung():
    """A pool child sends Celery its "up" message after `worker_process_init`, where it loads the model; past
    `worker_proc_alive_timeout` (Celery's default: 4 s) it is killed and replaced, and on a loaded machine the load
    takes about that long, so the worker could kill its children over and over."""
    app = make_celery(Settings.from_env())
    assert app.conf.worker_proc_alive_timeout >= 60


def test_a_worker_without_its_model_stops_at_start_in_one_line():
    # It said it was ready, its pool processes failed to load the model, and every article it took was marked failed.
    # A Redis nobody listens on: were the worker to start, it would take no one's articles.
    env = {**os.environ, "NEWSWIRE_MODEL": "no_such_model_pkg", "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}
    result = subprocess.run([sys.executable, "-m", "services.nlp"], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "none of the spaCy models no_such_model_pkg is installed (NEWSWIRE_MODEL)" in result.stderr


def test_a_worker_finds_its_model_among_those_configured_guard():
    # guard: one installed model among the names is enough, in whatever place it is named.
    from services.nlp.model import missing_model

    installed = next(name for name in Settings.from_env().models if missing_model((name,)) is None)
    assert missing_model(("no_such_model_pkg", installed)) is None
    assert missing_model(("no_such_model_pkg",)) is not None


def test_a_pool_process_without_its_model_fails_in_the_words_the_worker_stops_with():
    # The worker's message at start and a pool process's (the reason an article was failed with) were two copies that
    # differed: the latter did not name NEWSWIRE_MODEL.
    from services.nlp.model import load_model, missing_model

    with pytest.raises(RuntimeError) as raised:
        load_model(("no_such_model_pkg",))
    assert str(raised.value) == missing_model(("no_such_model_pkg",))
    assert "(NEWSWIRE_MODEL)" in str(raised.value)


@pytest.mark.parametrize(("url", "shown"), [("redis://127.0.0.1:6390/0", "redis://127.0.0.1:6390/0"),
                                            ("redis://:s3cret@127.0.0.1:6390/0", "redis://:***@127.0.0.1:6390/0")])
def test_celerys_lines_name_the_broker_masked_only_where_it_has_a_password(url, shown):
    """Celery logged "Connected to redis://:**@127.0.0.1:6390/0", a password masked where none was set; guard: one
    that is set stays masked."""
    from services.nlp.worker import _BrokerUrlAsSet  # the worker module loads its settings and Celery app

    app = make_celery(dataclasses.replace(Settings.from_env(), redis_url=url))
    record = logging.makeLogRecord({"msg": "Connected to %s", "args": (app.connection().as_uri(),)})
    assert _BrokerUrlAsSet(app, url).filter(record) and record.getMessage() == f"Connected to {shown}"
