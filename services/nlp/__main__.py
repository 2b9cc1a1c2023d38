"""`python -m services.nlp [celery worker options]`: start an NLP worker (queues nlp and webhooks)."""
from __future__ import annotations

import sys

from services.core import keys
from services.core.config import ConfigError, Settings


def worker_argv(settings: Settings, extra: list[str]) -> list[str]:
    """The `celery` command line: both queues, the configured log level, then the caller's options."""
    queues = f"{keys.NLP_QUEUE},{keys.WEBHOOK_QUEUE}"
    # --quiet: no banner, whose lines are not JSON like every other line of the log ("celery@... ready." says it is
    # up).
    return ["--quiet", "worker", "-Q", queues, "--loglevel", settings.log_level, *extra]


def main() -> None:
    """Start a worker consuming the nlp and webhook queues; extra arguments go to `celery worker`."""
    try:
        configured = Settings.from_env()
    except ConfigError as exc:
        sys.exit(f"newswire worker: {exc}")  # one line, not the traceback of the worker module's import
    from services.nlp.model import missing_model  # spaCy's, read once the settings are

    if missing := missing_model(configured.models):
        # Else the worker said it was ready, each pool process failed to load the model, and every article taken was
        # marked failed with that reason: a misconfigured NEWSWIRE_MODEL failed the whole queue.
        sys.exit(f"newswire worker: {missing}")
    from services.nlp.worker import app, settings  # reads the settings as it is imported

    app.worker_main(worker_argv(settings, sys.argv[1:]))


if __name__ == "__main__":
    main()
