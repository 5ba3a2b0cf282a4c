# Two commands do all set-up on a fresh Debian machine (as root, or with sudo):
#   make serve   build and preview the site at http://127.0.0.1:8000/ (PORT=8001: another port)
#   make test    install what the tests need (Debian chromium, axe-core) and run them all
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

PIP := $(BIN)/pip install --quiet --disable-pip-version-check --no-deps

.PHONY: setup setup-dev lock serve build check test lint docs bench browser clean bench-lighthouse screenshots

# The site build's packages only (what the Pages workflow installs), every one pinned with
# its hashes: pip refuses a download that differs. After the first run pip's cache has
# them all, so a new .venv installs offline.
$(BIN)/.installed: requirements/runtime.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) --require-hashes -r requirements/runtime.txt
	$(PIP) --no-build-isolation -e .
	touch $@

# Tests, lint and the lock tool on top (requirements/dev.txt holds the runtime set too).
$(BIN)/.installed-dev: $(BIN)/.installed requirements/dev.txt
	$(PIP) --require-hashes -r requirements/dev.txt
	touch $@

setup: $(BIN)/.installed

setup-dev: $(BIN)/.installed-dev

# Regenerates both locks from pyproject.toml and requirements/*.in with uv (pinned in
# dev.in), keeping every pin that still fits; to move one package on:
#   make lock LOCK_ARGS="--upgrade-package plotly"     (or LOCK_ARGS=--upgrade for all)
LOCK := $(BIN)/uv pip compile --quiet --universal --python-version 3.11.5 --generate-hashes \
	--custom-compile-command "make lock" $(LOCK_ARGS) pyproject.toml
lock: setup-dev
	$(LOCK) requirements/runtime.in -o requirements/runtime.txt
	$(LOCK) requirements/dev.in -o requirements/dev.txt

# site_url is the preview's own address, so Material's instant navigation works there too.
# Another port when 8000 is taken: make serve PORT=8001
PORT ?= 8000
serve: setup
	SITE_URL=http://127.0.0.1:$(PORT)/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT) --dirty

# A fixed build time (the last commit's) makes two builds of the same sources identical.
build: setup
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 0) $(BIN)/mkdocs build --strict

check: setup
	$(BIN)/explainer check --strict

# Debian's chromium drives the browser tests (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium; }

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: setup-dev browser node_modules/.installed
	$(BIN)/python -m pytest

lint: setup-dev
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy

# Every page type at a phone's and a desktop's width, in both palettes: the first screens
# in docs/screenshots/ (committed, shown in the README), whole pages in docs/screenshots/full/.
screenshots: setup-dev browser
	$(BIN)/python -m tests.support.screenshots

# Lighthouse on the seed explainer and a chartless page (not part of `make test`):
# results table for the README, reports in bench/results/lighthouse/.
# Every benchmark into bench/RESULTS.md (about 45 minutes); the README summarises it.
bench: setup-dev browser bench/lighthouse/node_modules/.installed
	$(BIN)/python bench/run_all.py

bench/lighthouse/node_modules/.installed: bench/lighthouse/package.json bench/lighthouse/package-lock.json
	cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	touch $@

bench-lighthouse: setup-dev browser
	cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python bench/lighthouse/run.py

docs: setup
	$(BIN)/explainer schema > generator/factsheet.schema.json
	$(BIN)/python -m generator.factsheet.reference FACTSHEET.md

clean:
	rm -rf site .pytest_cache
