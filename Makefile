# The two commands: `make run` and `make test`. Both create/update the virtualenv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DURATION ?=
RATE ?= 200

export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=

.PHONY: install run test test-unit test-integration bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## make run: embedded broker + local Redis + DuckDB, simulated traffic, live summary (Ctrl-C or DURATION=s)
run: install
	$(BIN)/talentguard run --rate $(RATE) $(if $(DURATION),--duration $(DURATION),)

## make test: the whole suite (unit + integration on the real broker, Redis, DuckDB, PostgreSQL)
test: install
	$(BIN)/python -m pytest

test-unit: install
	$(BIN)/python -m pytest tests/unit

test-integration: install
	$(BIN)/python -m pytest tests/integration

bench: install
	$(BIN)/talentguard bench pipeline

clean:
	rm -rf data/ .pytest_cache build *.egg-info
