"""WSGI entry point for gunicorn: `gunicorn services.api.wsgi:app`."""
from __future__ import annotations

import sys

from flask import Flask
from gunicorn.arbiter import Arbiter

from services.api.app import create_app
from services.core.config import ConfigError


def app_or_exit() -> Flask:
    """The API, or one line on stderr and gunicorn's "App failed to load" exit when a setting is wrong.

    Under `python -m services.api` the settings are checked before gunicorn starts; started as
    `gunicorn services.api.wsgi:app`, the app is built here first (in each worker, or the master with --preload).
    Any other exception is logged with a traceback by gunicorn, and a plain exit code would have its master start
    the worker again without end: this code makes it stop.
    """
    try:
        return create_app()
    except ConfigError as exc:
        print(f"newswire api: {exc}", file=sys.stderr, flush=True)
        sys.exit(Arbiter.APP_LOAD_ERROR)


app = app_or_exit()
