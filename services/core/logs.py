"""Structured logs: one JSON object per line, the message is an event key, extras are fields."""
from __future__ import annotations

import json
import logging
import time

# Attributes every LogRecord has; anything else was passed with `extra=` and becomes a field.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """Format records as `{"ts", "level", "logger", "event", ...extra}`."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def setup_logging(level: str = "INFO") -> None:
    """Send JSON lines to stderr from the root logger (idempotent)."""
    root = logging.getLogger()
    if not any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)  # warnings (Celery's about running as root) as JSON lines too


def use_json(logger: logging.Logger) -> None:
    """Format every handler of `logger` as JSON lines (Celery gives loggers that do not reach the root handlers of
    their own, in its own line format)."""
    for handler in logger.handlers:
        handler.setFormatter(JsonFormatter())
