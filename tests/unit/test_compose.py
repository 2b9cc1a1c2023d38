"""The compose file and Dockerfiles hold together, checked without a Docker engine."""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
BUILT = {name: svc for name, svc in COMPOSE["services"].items() if "build" in svc}


def test_docker_compose_validates_the_file():
    assert shutil.which("docker-compose"), "install Debian's docker-compose package (make test does as root)"
    result = subprocess.run(["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config", "-q"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_redis_persists_and_reports_health():
    redis = COMPOSE["services"]["redis"]
    command = " ".join(redis["command"])
    assert "--appendonly yes" in command and "noeviction" in command
    assert redis["healthcheck"]["test"] and redis["volumes"]


@pytest.mark.parametrize("name", sorted(BUILT))
def test_app_services_wait_for_a_healthy_redis(name):
    assert BUILT[name]["depends_on"]["redis"]["condition"] == "service_healthy"


def test_nlp_can_be_scaled():
    nlp = COMPOSE["services"]["nlp"]
    assert "container_name" not in nlp and "ports" not in nlp


def test_ingest_is_a_one_shot_over_seeds():
    ingest = COMPOSE["services"]["ingest"]
    assert ingest["restart"] == "no" and "/app/seeds" in ingest["command"]
    assert any(v.startswith("./seeds:") for v in ingest["volumes"])


def _module_of(command: list[str]) -> str:
    assert command[:2] == ["python", "-m"], command
    return command[2]


@pytest.mark.parametrize("name", sorted(BUILT))
def test_commands_point_at_real_modules(name):
    dockerfile = (ROOT / BUILT[name]["build"]["context"] / BUILT[name]["build"]["dockerfile"]).read_text()
    cmd = yaml.safe_load(re.search(r"^CMD (.+)$", dockerfile, re.M).group(1))
    for command in (cmd, BUILT[name].get("command", cmd)):
        module = _module_of(command)
        assert importlib.util.find_spec(f"{module}.__main__") or importlib.util.find_spec(module), module


@pytest.mark.parametrize("name", sorted(BUILT))
def test_build_context_holds_what_the_dockerfile_copies(name):
    context = ROOT / BUILT[name]["build"]["context"]
    dockerfile = context / BUILT[name]["build"]["dockerfile"]
    assert dockerfile.exists()
    copies = re.findall(r"^COPY (.+) \S+$", dockerfile.read_text(), re.M)
    assert copies
    for sources in copies:
        for source in sources.split():
            assert (context / source).exists(), f"{dockerfile.name} copies missing {source}"


@pytest.mark.parametrize("name", sorted(BUILT))
def test_dependencies_are_installed_before_the_code_is_copied(name):
    """A change to the code must not reinstall the dependencies (Docker rebuilds every layer after a changed COPY)."""
    dockerfile = (ROOT / BUILT[name]["build"]["context"] / BUILT[name]["build"]["dockerfile"]).read_text()
    steps = re.findall(r"^(COPY|RUN) ((?:.*\\\n)*.*)$", dockerfile, re.M)
    code = next(i for i, (op, args) in enumerate(steps) if op == "COPY" and args.startswith("services "))
    installs = [(i, args) for i, (op, args) in enumerate(steps) if op == "RUN" and "pip install" in args]
    first = next((i for i, args in installs if i < code and "-c constraints.txt" in args and "'.[" in args), None)
    assert first is not None, "the dependencies (with the image's extra) are not installed before the code"
    copied = [args.split()[:-1] for op, args in steps[:first] if op == "COPY"]
    assert all(set(sources) <= {"pyproject.toml", "constraints.txt"} for sources in copied), copied
    assert all("--no-deps" in args for i, args in installs if i > code), "the code's install resolves dependencies"


@pytest.mark.parametrize("module", ["services.api.wsgi", "services.ingest.__main__"])
def test_api_and_ingest_images_need_no_spacy(module):
    code = f"import sys, {module}; sys.exit('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr or "imports spacy"


def test_flower_is_an_optional_monitoring_service():
    flower = COMPOSE["services"]["flower"]
    assert flower["profiles"] == ["monitoring"] and "flower" in flower["command"]


def test_the_api_image_listens_beyond_its_container_on_its_own():
    """Run without compose (`docker run -p 8000:8000`), the API must not bind its default, 127.0.0.1."""
    dockerfile = (ROOT / "services" / "api" / "Dockerfile").read_text()
    env = dict(re.findall(r"(\w+)=(\S+)", " ".join(re.findall(r"^ENV (.+)$", dockerfile, re.M))))
    assert env.get("NEWSWIRE_API_HOST") == "0.0.0.0" and env.get("PORT") == "8000"
    assert re.search(r"^EXPOSE 8000$", dockerfile, re.M)
