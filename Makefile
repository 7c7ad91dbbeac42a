# `make demo` and `make test` are all a new user needs: each sets up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test coverage bench clean

# Quiet twice: pip's warnings about the package index and the build backend's notes would bury the demo; errors
# still show.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --quiet -e '.[test]'
	touch $(STAMP)

# A check exits 1 (not eligible) or 3 (needs review) by design; the demo shows all three.
demo: $(STAMP)
	$(BIN)/eligibility check KOS000396 profiles/kos000396-eligible.yaml || [ $$? -ne 2 ]
	$(BIN)/eligibility check bishkek-deputy-head-of-mission profiles/bishkek-short-management.yaml || [ $$? -ne 2 ]
	$(BIN)/eligibility screen SEC000821 profiles

# House rules first (formatting, lint, types), then the suite.
test: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# How much of each module the suite runs (terminal report, lines not run listed).
coverage: $(STAMP)
	$(BIN)/python -m pytest -q --cov=eligibility --cov-report=term-missing:skip-covered

bench: $(STAMP)
	$(BIN)/python bench/screen.py

clean:
	rm -rf $(VENV) build *.egg-info
