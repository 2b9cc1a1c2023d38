"""The API service: a Flask app factory serving `/v1`, the OpenAPI document, docs, metrics and probes.

`create_app` lives in `services.api.app` and is loaded on first use: `python -m services.api` must set up the
metrics folder of its gunicorn workers before anything imports prometheus_client (see `__main__`).
"""
from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from services.api.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
