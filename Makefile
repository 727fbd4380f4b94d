# The first two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo dev test test-fast lint bench clean

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

test: setup
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy optout_recall workflows activities workers

bench: setup
	$(BIN)/python bench/ledger.py
	$(BIN)/python bench/freeze.py
	$(BIN)/python bench/probes.py
	$(BIN)/python bench/backfill.py

clean:
	rm -rf $(VENV) .recall
