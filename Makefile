# The two commands: `make run` and `make test` each do all set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-telegram db clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

db: $(STAMP)
	$(PY) -m bot init

run: db
	$(PY) -m bot run

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy bot knowledge handlers
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) benchmarks/bench_load.py
	$(PY) benchmarks/bench_ask.py

bench-telegram: $(STAMP)
	$(PY) benchmarks/bench_telegram.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
