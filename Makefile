# Presslens — the two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SEED   := seeds/biden-putin-call.txt
OUT    ?= out
PYTEST_ARGS ?=

.PHONY: demo test lab lint bench clean install install-dev install-lab app screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Runtime install (for `make demo`).
$(VENV)/.installed: $(BIN)/python pyproject.toml setup.py
	$(BIN)/python -m pip install -q -e .
	@touch $@

# Runtime + the `lab` extra (JupyterLab, Voila, a kernel of this venv): `make lab` / `make app`.
$(VENV)/.installed-lab: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[lab]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (ipykernel)" >/dev/null
	@touch $@

# Everything the tests need (dev extra), plus a Jupyter kernel that runs this venv's Python.
# `make test PYTEST_ARGS="-m 'not slow'"` leaves out the wheel/sdist install test (~2-3 min).
$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (ipykernel)" >/dev/null
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev
install-lab: $(VENV)/.installed-lab

demo: $(VENV)/.installed
	$(BIN)/presslens report $(SEED) --out $(OUT)/

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lab: $(VENV)/.installed-lab
	$(BIN)/jupyter lab notebooks/

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check toolkit tests benchmarks

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/bench.py --json

clean:
	rm -rf $(OUT) build dist *.egg-info .pytest_cache .ruff_cache

app: $(VENV)/.installed-lab
	$(BIN)/presslens app

screenshots: $(VENV)/.installed-dev
	$(BIN)/python docs/make_screenshots.py
