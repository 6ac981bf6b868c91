# The two set-up commands of the README:
#   make demo   install everything and run the main job on the bundled story
#   make test   install what the tests need and run the whole suite (ruff included)
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STORY  ?= texts/putin-bush-nato-2001

.PHONY: demo install test-deps test lint

# torch first, pinned to the CPU build, so sentence-transformers does not pull a CUDA one.
$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] >= (3, 11), "Python 3.11+ needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

demo: install
	$(BIN)/toolkit run $(STORY)

test-deps: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	scripts/ensure-chromium

lint: test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q
