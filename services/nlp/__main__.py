"""`python -m services.nlp [celery worker options]`: start an NLP worker (queues nlp and webhooks)."""
from __future__ import annotations

import sys

from services.core import keys
from services.nlp.worker import app


def main() -> None:
    """Start a worker consuming the nlp and webhook queues; extra arguments go to `celery worker`."""
    queues = f"{keys.NLP_QUEUE},{keys.WEBHOOK_QUEUE}"
    # --quiet: no banner, whose lines are not JSON like every other line of the log ("celery@... ready." says it is
    # up).
    app.worker_main(["--quiet", "worker", "-Q", queues, "--loglevel", "INFO", *sys.argv[1:]])


if __name__ == "__main__":
    main()
