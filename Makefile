# The first two commands on a fresh machine: `make demo`, then `make test` (which brings up what the tests need:
# PostgreSQL, RabbitMQ, NATS, Chromium, docker-compose; see .ci/services.sh).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup services demo dev test test-fast lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/recall demo

dev: setup
	$(BIN)/recall dev

services:
	bash .ci/services.sh

# Two test processes, a file each at a time (a file's fixtures stay in one process): 22 min -> 12 min on 2 cores.
TEST_WORKERS ?= 2

test: setup services
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile

lint: setup
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy optout_recall workflows activities workers

bench: setup
	$(BIN)/python bench/ledger.py
	$(BIN)/python bench/freeze.py
	$(BIN)/python bench/probes.py
	$(BIN)/python bench/guard.py
	$(BIN)/python bench/backfill.py

clean:
	rm -rf $(VENV) .recall
