# Two commands for a newcomer: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations translations-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/safetyplan $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check safetyplan tests bench tools
	$(BIN)/mypy safetyplan
	$(BIN)/python tools/check_translations.py
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check safetyplan tests bench tools
	$(BIN)/mypy safetyplan

bench: $(STAMP)
	$(BIN)/python bench/run.py

translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

clean:
	rm -rf $(VENV) build *.egg-info
