"""`python -m services.api`: serve the API with gunicorn on the configured host and port."""
from __future__ import annotations

import sys

from gunicorn.app.wsgiapp import run

from services.core.config import Settings


def main() -> None:
    """Run gunicorn (threaded workers, so long polls do not block other requests)."""
    settings = Settings.from_env()
    sys.argv = [
        "gunicorn",
        "--bind", f"{settings.api_host}:{settings.api_port}",
        "--workers", str(settings.api_workers),
        "--worker-class", "gthread",
        "--threads", "16",
        "--graceful-timeout", "10",
        # A long poll may hold a request for max_wait seconds.
        "--timeout", str(settings.max_wait_seconds + 30),
        *sys.argv[1:],
        "services.api.wsgi:app",
    ]
    run()


if __name__ == "__main__":
    main()
