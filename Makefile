# The two commands of the README:
#   make run    start the app on the default local database (first start: the Almelo example)
#   make test   lint, type check and the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test bootstrap lint typecheck pytest bench build reliability

bootstrap:
	@bash scripts/bootstrap.sh

run: bootstrap
	$(PY) -m verantwoording_app $(ARGS)

lint: bootstrap
	$(VENV)/bin/ruff check src tests benchmarks installer reliability

typecheck: bootstrap
	$(VENV)/bin/mypy

pytest: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(ARGS)

build: bootstrap
	$(PY) installer/build.py

reliability: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) -m reliability $(ARGS)
