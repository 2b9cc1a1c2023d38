"""The API as it runs in production: gunicorn in its own process, over real HTTP."""
from __future__ import annotations

import json
import urllib.request

import pytest

from services.stack import processes

from .helpers import unique


@pytest.fixture(scope="module")
def api_base(service_env, tmp_path_factory):
    port = processes.free_port()
    env = {**service_env, "PORT": str(port), "NEWSWIRE_API_WORKERS": "1"}
    log = tmp_path_factory.mktemp("api") / "api.log"
    proc = processes.start_api(env, log)
    base = f"http://127.0.0.1:{port}"
    processes.wait_until(lambda: urllib.request.urlopen(base + "/healthz", timeout=2).status == 200, 60, "api", proc)
    yield base
    processes.stop(proc)


def _call(method: str, url: str, body: dict | None = None) -> tuple[int, dict, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=90) as response:
        return response.status, dict(response.headers), json.loads(response.read())


def test_gunicorn_api_round_trip(api_base, worker, seed_texts):
    text = unique(seed_texts["004"])
    status, headers, body = _call("POST", api_base + "/v1/articles", {"title": "Stoltenberg", "text": text})
    assert status == 202 and headers["Location"].endswith(body["id"])
    status, _, article = _call("GET", f"{api_base}{headers['Location']}?wait=60")
    assert article["status"] == "done"
    groups = {g["name"] for g in article["enrichment"]["entity_groups"]}
    assert "Jens Stoltenberg" in groups
