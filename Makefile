# The README's commands. Each target creates or refreshes the virtual environment by itself.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.stamp-installed
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

.PHONY: run test lint fmt i18n lock ts dist deb bench clean

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed (apt-get install python3.11 python3.11-venv)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

run: $(STAMP) $(QM)
	$(VENV)/bin/agent-desk

test: $(STAMP) $(QM)
	$(VENV)/bin/ruff check agent_desk tests bench tools packaging
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check agent_desk tests bench tools packaging
	$(VENV)/bin/ruff format --check agent_desk tests bench tools packaging
	$(VENV)/bin/mypy

fmt: $(STAMP)
	$(VENV)/bin/ruff format agent_desk tests bench packaging
	$(VENV)/bin/ruff check --fix agent_desk tests bench packaging

# Regenerate the lock file after changing dependencies in pyproject.toml. The lock is
# universal (markers for Windows and macOS too), so a Windows build installs the same pins
# plus its own platform packages (pywin32-ctypes for keyring's Credential Manager backend).
lock:
	$(PYTHON) -m venv /tmp/agent-desk-lock && /tmp/agent-desk-lock/bin/pip install -q uv
	/tmp/agent-desk-lock/bin/uv pip compile -q --universal --python-version 3.11 \
	  --generate-hashes --extra test --extra package --no-header \
	  -o requirements.lock pyproject.toml

# Update the translation sources from the code (keeps existing translations);
# `make ts AREAS=calls` limits it to some areas of resources/i18n/areas.toml.
ts: $(STAMP)
	$(PY) tools/update_ts.py $(AREAS)

# The packaged offline build (README "Packaged build"): dist/AgentDesk/ and
# dist/AgentDesk-<version>-<platform>.tar.gz with INSTALL.txt. Needs binutils on Linux.
# A fixed hash seed keeps PyInstaller's module order, and so base_library.zip, the same from
# build to build (the Debian package is then the same bytes from the same commit).
dist: $(STAMP) $(QM)
	PYTHONHASHSEED=0 $(PY) -m PyInstaller --noconfirm --log-level WARN build.spec

# The Debian package for branch IT (README "Branch IT"): dist/agentdesk_<version>_amd64.deb from
# the bundle above (built first if there is none), packed by dpkg-deb; needs no root. Build the
# bundle with Debian's python3.11 (as CI does): a pyenv Python leaves its lib/ in RUNPATHs.
deb: $(STAMP) $(QM)
	test -x dist/AgentDesk/AgentDesk || $(MAKE) dist
	$(PY) packaging/deb/build_deb.py

bench: $(STAMP) $(QM)
	$(PY) bench/startup.py

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm
