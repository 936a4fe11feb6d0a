# hrdesk developer tasks. Plain `make` lists them.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# Targets run in the order written (test-env before install-test, ...).
.NOTPARALLEL:

# Interpreter for the virtual environment: the newest CPython >= 3.12 that
# scripts/find-python.sh finds (python3.13/3.12 on PATH, pyenv versions), else
# python3.11/python3. Reason: PySide6 6.12.0 on CPython 3.11 crashes with
# none_dealloc; pyproject.toml pins PySide6 < 6.12 on 3.11, so 3.11 still works,
# but 3.12+ is preferred. Override with `make PYTHON=/path/to/python3`; after
# changing it, `make distclean` so the venv is re-created.
PYTHON ?=

VENV := .venv
ifeq ($(OS),Windows_NT)
VENV_BIN := $(VENV)/Scripts
else
VENV_BIN := $(VENV)/bin
endif
VPY := $(VENV_BIN)/python
STAMPS := .make-stamps

PYTEST_ARGS ?=
# Test processes (pytest-xdist): every test makes its own database, so they run apart.
PYTEST_WORKERS ?= auto
ARGS ?=
HRDESK_TEST_PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/postgres

# Translations are rebuilt when a .ts file or the builder changes.
I18N_INPUTS := $(wildcard ui/i18n.py resources/i18n/*.ts)

.PHONY: help which-python venv install install-test install-dist i18n run test test-env \
	test-faults bench screenshots dist lint clean distclean

help: ## list the targets
	@echo "usage: make <target> [PYTHON=...] [PYTEST_ARGS=...] [ARGS=...]"
	@awk 'BEGIN { FS = ":.*## " } /^[a-z][a-z0-9-]*:.*## / { printf "  %-14s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

which-python: ## print the interpreter a new venv would use
	@if [ -n "$(PYTHON)" ]; then echo "$(PYTHON)"; else bash scripts/find-python.sh; fi

venv: $(VENV)/pyvenv.cfg ## create .venv

$(VENV)/pyvenv.cfg:
	@py="$(PYTHON)"; [ -n "$$py" ] || py=$$(bash scripts/find-python.sh); \
	echo "creating $(VENV) with $$py ($$("$$py" -V 2>&1))"; \
	"$$py" -m venv $(VENV) && $(VPY) -m pip install --quiet --upgrade pip \
	|| { rm -rf $(VENV); exit 1; }

# pip runs again only when pyproject.toml (or the venv) changes; the install
# is editable, so source edits need no reinstall.
$(STAMPS)/install: pyproject.toml $(VENV)/pyvenv.cfg
	$(VPY) -m pip install --quiet -e .
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/install-test: pyproject.toml $(VENV)/pyvenv.cfg
	$(VPY) -m pip install --quiet -e '.[test]'
	@mkdir -p $(STAMPS) && touch $@ $(STAMPS)/install

$(STAMPS)/install-dist: pyproject.toml $(VENV)/pyvenv.cfg
	$(VPY) -m pip install --quiet -e '.[dist]'
	@mkdir -p $(STAMPS) && touch $@ $(STAMPS)/install

# ui/i18n.py compiles resources/i18n/*.ts to .qm; it may not exist yet.
$(STAMPS)/i18n: $(I18N_INPUTS)
	@if [ -f ui/i18n.py ]; then echo "building translations"; $(VPY) -m ui.i18n build; fi
	@mkdir -p $(STAMPS) && touch $@

install: $(STAMPS)/install i18n ## install the app into .venv (editable)

install-test: $(STAMPS)/install-test i18n ## install the app with its test tools

install-dist: $(STAMPS)/install-dist i18n ## install the app with PyInstaller

i18n: $(STAMPS)/i18n ## compile translations (.ts -> .qm)

run: install ## start the GUI (ARGS=... passes arguments)
	@bash scripts/check-qt-libs.sh
	$(VENV_BIN)/hrdesk $(ARGS)

test-env: ## install the system packages the tests need and make sure PostgreSQL answers
	@HRDESK_TEST_PG_URL='$(HRDESK_TEST_PG_URL)' bash scripts/test-env.sh

test: test-env install-test ## run the test suite (PYTEST_ARGS=... passes arguments)
	TZ=Asia/Shanghai QT_QPA_PLATFORM=offscreen HRDESK_TEST_PG_URL='$(HRDESK_TEST_PG_URL)' \
		$(VPY) -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# `make test` runs the fault-injection suite (tests/faults) in a reduced form; this runs
# it in full (HRDESK_FAULTS=full: many more kill points, longer concurrency, every
# variant) and sums up what it tried. HRDESK_FAULTS_SEED=n repeats a run's choices.
FAULTS_RECORD := .faults/record.jsonl

test-faults: test-env install-test ## run the fault-injection suite in full (kill -9, concurrency, full disk)
	@mkdir -p .faults && rm -f $(FAULTS_RECORD)
	@rc=0; TZ=Asia/Shanghai QT_QPA_PLATFORM=offscreen HRDESK_TEST_PG_URL='$(HRDESK_TEST_PG_URL)' \
		HRDESK_FAULTS=full HRDESK_FAULTS_RECORD='$(CURDIR)/$(FAULTS_RECORD)' \
		$(VPY) -m pytest -n $(PYTEST_WORKERS) -m faults $(PYTEST_ARGS) || rc=$$?; \
	$(VPY) -m tests.faults.report $(FAULTS_RECORD); exit $$rc

bench: install-test ## run the benchmarks
	@rc=0; QT_QPA_PLATFORM=offscreen HRDESK_TEST_PG_URL='$(HRDESK_TEST_PG_URL)' \
		$(VPY) -m pytest benchmarks $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no benchmarks collected"; rc=0; fi; exit $$rc

screenshots: install ## render every screen to screenshots/
	QT_QPA_PLATFORM=offscreen $(VPY) -m ui.screenshots screenshots/

dist: install-dist ## build dist/hrdesk with PyInstaller and smoke-test it
	$(VENV_BIN)/pyinstaller --noconfirm hrdesk.spec
	dist/hrdesk/hrdesk --version
	@# Exit 1, naming the module, when a module of ui/ or reports/ cannot be imported
	@# (a Qt module or library the build left out); then a database and font check.
	QT_QPA_PLATFORM=offscreen dist/hrdesk/hrdesk --self-check
	@echo "dist/hrdesk is ready (installer/README.md tells how to package it)"

lint: install-test ## the import contracts (.importlinter), ruff, then mypy (pyproject.toml)
	$(VENV_BIN)/lint-imports --no-cache
	$(VENV_BIN)/ruff check .
	$(VENV_BIN)/mypy

clean: ## remove build output, caches and stamps (keeps .venv)
	rm -rf build dist $(STAMPS) .pytest_cache .hypothesis .benchmarks .ruff_cache .mypy_cache screenshots .faults
	rm -f resources/i18n/*.qm
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean ## clean, and remove .venv too
	rm -rf $(VENV)
