# The two commands of the README: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install lint check bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## run: install, build the baseline, start the service with the demo feed on http://127.0.0.1:8080
run: $(STAMP)
	$(BIN)/stancewatch baseline build
	$(BIN)/stancewatch run --demo

## test: the whole suite (PostgreSQL cases skip, saying so once, where no server runs)
test: $(STAMP)
	$(BIN)/python -m pytest -q

## lint: ruff everywhere, mypy --strict on the pure core (extract, matcher, shifts)
lint: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff==0.17.6 mypy==2.4.1
	$(BIN)/python -m ruff check monitor storage tests benchmarks --exclude storage/migrations
	$(BIN)/python -m mypy --strict monitor/types.py monitor/shifts.py monitor/baseline.py monitor/dedup.py \
		monitor/timeutil.py monitor/extract monitor/text.py monitor/matcher.py monitor/rulebook.py

clean:
	rm -rf $(VENV) data/ .pytest_cache
