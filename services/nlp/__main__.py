"""`python -m services.nlp [celery worker options]`: start an NLP worker on the nlp queue."""
from __future__ import annotations

import sys

from services.core import keys
from services.nlp.worker import app


def main() -> None:
    """Start a worker consuming the nlp queue; extra arguments go to `celery worker`."""
    app.worker_main(["worker", "-Q", keys.NLP_QUEUE, "--loglevel", "INFO", *sys.argv[1:]])


if __name__ == "__main__":
    main()
