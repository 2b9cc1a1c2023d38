"""API load from a separate process: wrk with `get.lua`, at a fixed rate or as fast as the server answers."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.stack import Stack
from services.stack import processes

LUA = Path(__file__).with_name("get.lua")


@dataclass(frozen=True)
class LoadResult:
    """What one wrk run measured against one server."""

    server: str
    mode: str  # "fixed" (open-loop schedule at `rate`) or "max" (closed loop, as fast as answered)
    rate: float
    connections: int
    seconds: float
    requests: int
    errors: int
    latency_ms: dict[str, float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "rps": self.rps}


def wrk_path() -> str | None:
    """The wrk binary, if installed (Debian package `wrk`)."""
    return shutil.which("wrk")


def run_wrk(base_url: str, paths: list[str], workdir: Path, server: str, rate: float = 0, seconds: float = 10,
            connections: int = 32, threads: int = 1, key: str = "") -> LoadResult:
    """One bounded wrk run (duration `seconds`) of GETs over `paths` against `base_url` (127.0.0.1 only)."""
    if not base_url.startswith("http://127.0.0.1:"):
        raise ValueError(f"load is only ever sent to 127.0.0.1, not {base_url}")
    binary = wrk_path()
    if binary is None:
        raise FileNotFoundError("wrk is not installed (apt-get install wrk)")
    paths_file = workdir / "wrk-paths.txt"
    paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
    out = workdir / f"wrk-{server}-{'fixed' if rate else 'max'}.json"
    env = {**os.environ, "BENCH_PATHS": str(paths_file), "BENCH_RATE": str(rate / threads if rate else 0),
           "BENCH_OUT": str(out)}
    args = [binary, "-t", str(threads), "-c", str(connections), "-d", f"{max(1, round(seconds))}s",
            "--timeout", "5s", "-s", str(LUA), "-H", f"Authorization: Bearer {key}", base_url]
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=seconds + 60)
    raw = json.loads(out.read_text(encoding="utf-8"))
    errors = sum(raw["errors"].values())
    lat = raw["latency_us"]
    return LoadResult(
        server=server, mode="fixed" if rate else "max", rate=rate, connections=connections,
        seconds=raw["duration_us"] / 1e6, requests=raw["requests"], errors=errors,
        latency_ms={k: v / 1000 for k, v in lat.items()},
    )


def start_trivial_api(stack: Stack) -> str:
    """Serve bench.trivial_api with the real API's gunicorn settings on a free port; returns its base URL."""
    port = processes.free_port()
    proc = stack.spawn([sys.executable, "-m", "bench.trivial_api"], "trivial-api.log", PORT=str(port))
    base = f"http://127.0.0.1:{port}"
    processes.wait_until(lambda: _answers(base + "/v1/articles/ping"), 60, "trivial API", proc)
    return base


def _answers(url: str) -> bool:
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.status == 200


def compare(stack: Stack, trivial_base: str, ids: list[str], workdir: Path, rate: float, seconds: float,
            connections: int = 32) -> list[LoadResult]:
    """Fixed-rate and max-rate runs against the real API and the trivial one, after a short warm-up of each."""
    paths = [f"/v1/articles/{i}" for i in ids]
    servers = {"api": stack.base_url, "trivial": trivial_base}
    for name, base in servers.items():
        run_wrk(base, paths, workdir, f"{name}-warmup", rate=0, seconds=1, connections=4, key=stack.api_key)
    results = []
    for fixed_rate in (rate, 0):
        for name, base in servers.items():
            results.append(run_wrk(base, paths, workdir, name, rate=fixed_rate, seconds=seconds,
                                   connections=connections, key=stack.api_key))
    return results
