"""The baseline of the API load test: a trivial Flask endpoint served exactly as `python -m services.api` serves.

`python -m bench.trivial_api` runs `services.api.__main__.main()` (same gunicorn worker class, workers,
threads, timeouts, bind from PORT) with only the application module swapped.
"""
from __future__ import annotations

import sys

from flask import Flask, Response, jsonify

REAL_APP = "services.api.wsgi:app"
TRIVIAL_APP = "bench.trivial_api:app"

app = Flask(__name__)


@app.get("/v1/articles/<article_id>")
def article(article_id: str) -> Response:
    """A constant small JSON answer: no store, no schema."""
    return jsonify({"id": article_id, "status": "done"})


def main() -> None:
    """Serve `app` with the real API's gunicorn settings."""
    from services.api import __main__ as api_main

    real_run = api_main.run

    def run_trivial() -> None:
        # The real entry point builds its argv and ends it with the app; only that changes.
        if sys.argv[-1] != REAL_APP:
            raise RuntimeError(f"services.api.__main__ no longer ends argv with {REAL_APP}: update bench")
        sys.argv[-1] = TRIVIAL_APP
        real_run()

    api_main.run = run_trivial
    api_main.main()


if __name__ == "__main__":
    main()
