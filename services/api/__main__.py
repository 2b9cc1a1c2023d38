"""`python -m services.api`: serve the API with gunicorn on the configured host and port."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from gunicorn.app.wsgiapp import run

from services.api.gunicorn_hooks import OWN_FOLDER_PREFIX
from services.core.config import ConfigError, Settings


def main() -> None:
    """Run gunicorn (threaded workers; long polls are kept to all but a few threads, see `long_poll_slot`)."""
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        sys.exit(f"newswire api: {exc}")
    share_metrics_between_workers()
    sys.argv = [
        "gunicorn",
        "--config", "python:services.api.gunicorn_hooks",
        "--bind", f"{settings.api_host}:{settings.api_port}",
        "--workers", str(settings.api_workers),
        "--worker-class", "gthread",
        "--threads", str(settings.api_threads),
        "--graceful-timeout", "10",
        # gunicorn 27 opens one control socket per user (~/.gunicorn/gunicorn.ctl) by default: every API on the host
        # shared it, and stopping one removed it for the others. Nothing here uses it.
        "--no-control-socket",
        # A long poll may hold a request for max_wait seconds.
        "--timeout", str(settings.max_wait_seconds + 30),
        *sys.argv[1:],
        "services.api.wsgi:app",
    ]
    run()


def share_metrics_between_workers() -> Path:
    """Point prometheus_client's multiprocess mode at a fresh folder (PROMETHEUS_MULTIPROC_DIR, else a new temporary
    one): every worker writes its counters there and `/metrics` sums them, whichever worker answers. Without it
    each scrape showed one worker's counts, and the counters went back and forth."""
    remove_orphaned_metrics(Path(tempfile.gettempdir()))
    # The folder is named after this process, so a later start can tell it was orphaned (see below).
    path = Path(os.environ.get("PROMETHEUS_MULTIPROC_DIR")
                or tempfile.mkdtemp(prefix=f"{OWN_FOLDER_PREFIX}{os.getpid()}-"))
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):  # a previous run's counts, which its workers' pids could be mistaken for
        stale.unlink()
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(path)
    return path


def remove_orphaned_metrics(folder: Path) -> list[Path]:
    """Remove the metrics folders of API processes that are gone (killed, so `on_exit` never ran); returns them.

    Only folders this module made are touched: named with its prefix and the pid of the process that made them.
    """
    removed = []
    for path in folder.glob(f"{OWN_FOLDER_PREFIX}*"):
        pid, named, _ = path.name.removeprefix(OWN_FOLDER_PREFIX).partition("-")
        if named and pid.isdigit() and path.is_dir() and not _alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


if __name__ == "__main__":
    main()
