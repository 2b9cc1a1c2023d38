# Newswire: `make run` starts everything locally, `make test` runs the suite against real parts.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test test-tools lint eval bench clean

install: $(STAMP)

# Reinstall only when the dependency files change: a second `make run` reuses the venv.
$(STAMP): pyproject.toml constraints.txt
	@# A venv left without pip (Debian without python3.11-venv: ensurepip fails after the venv exists) is redone.
	@$(PY) -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); } \
		|| { echo "cannot create a venv: install Debian's python3-venv (python3.11-venv) and retry"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[api,nlp,ingest,cli,local,dev]'
	touch $(STAMP)

run: install
	$(PY) -m services.stack

test: install test-tools
	$(PY) -m pytest -q

# The compose test validates docker-compose.yml with Debian's docker-compose (no engine needed).
test-tools:
	@command -v docker-compose >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null; } \
		|| echo "docker-compose is missing and cannot be installed here: the compose test will fail"; }
	@# The browser tests drive Debian's Chromium through its ChromeDriver (no browser download).
	@{ command -v chromium && command -v chromedriver; } >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
		|| echo "chromium/chromedriver are missing and cannot be installed here: the browser tests will fail"; }

# Quality on the gold data in ../shared/data, through a private running system (README, Quality).
eval: install
	$(PY) -m services.eval --json var/eval.json

# Speed and memory against the model's own limit (bench/README.md); BENCH=--quick for a short run.
# The API load test uses wrk (Debian package); without it that part is reported as skipped.
bench: install
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } \
		|| echo "wrk is missing and cannot be installed here: the API load test will be skipped"; }
	$(PY) -m bench $(BENCH)

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf var .pytest_cache
