# rxtracker: `make run` opens the app, `make test` runs every check. Both create .venv as needed.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.rxtracker-run-installed
STAMP  := $(VENV)/.rxtracker-installed
BINDIR ?= $(HOME)/.local/bin
# Every install takes the exact versions in constraints.txt (`make constraints` refreshes it).
INSTALL := $(PY) -m pip install -c constraints.txt

.PHONY: run link translations ts test lint unit stress faults schema coverage screenshots bench bench-growth dist dist-check constraints clean

$(PY):
	@echo "Creating $(VENV) with $(PYTHON)..."
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# What running needs; reinstalled only when the project's dependencies change.
$(RUN_STAMP): pyproject.toml constraints.txt | $(PY)
	@echo "Installing rxtracker and the libraries it runs on into $(VENV) (a minute or two the first time)..."
	$(INSTALL) --progress-bar on -e .
	touch $(RUN_STAMP)

# `make test` adds the test and lint tools.
$(STAMP): $(RUN_STAMP)
	@echo "Adding the test and lint tools to $(VENV)..."
	$(INSTALL) --progress-bar on -e ".[test,dev]"
	touch $(STAMP)

# The compiled translations (resources/i18n/*.qm) from the .ts sources, by pyside6-lrelease.
QM := resources/i18n/rxtracker_es.qm
$(QM): $(RUN_STAMP) $(wildcard resources/i18n/*/*.ts)
	$(PY) packaging/translations.py build
translations: $(QM)

# After adding or changing texts in the code: lupdate them into the .ts files, then translate
# what is new (python packaging/translations.py todo / apply; make test fails on unfinished).
ts: $(RUN_STAMP)
	$(PY) packaging/translations.py update

# Checks the system libraries Qt needs (packaging/linux/qt-runtime-packages.txt) before Qt starts.
run: $(RUN_STAMP) $(QM)
	@$(PY) packaging/linux/qt_runtime.py check
	$(PY) -m rxtracker

# Puts the `rxtracker` command on PATH: a link in ~/.local/bin (BINDIR=... to choose another).
link: $(RUN_STAMP)
	mkdir -p "$(BINDIR)"
	ln -sf "$(abspath $(VENV))/bin/rxtracker" "$(BINDIR)/rxtracker"
	@case ":$$PATH:" in *":$(BINDIR):"*) echo "rxtracker is now on your PATH ($(BINDIR)/rxtracker).";; \
	  *) echo "Linked $(BINDIR)/rxtracker; add $(BINDIR) to PATH to type just rxtracker.";; esac

test: lint unit

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

unit: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The fault suite at full size (RELIABILITY.md): kill loops of 50 kills each (add with a
# certificate, CSV import, archive import, backup, restore, migration), storage faults and
# hostile files. make test runs the same tests with 6 kills per loop.
faults: $(STAMP)
	RXTRACKER_KILL_ROUNDS=50 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/reliability

# The fault-injection suite at its longest (200 kills per loop, 2 x 2,000 concurrent writes).
stress: $(STAMP)
	RXTRACKER_KILL_ROUNDS=200 RXTRACKER_CONCURRENT_WRITES=2000 \
	  QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/reliability

# Regenerate db_schema.sql after a schema change (a test fails when it drifts).
schema: $(STAMP)
	$(PY) -m rxtracker.db.schema > db_schema.sql

# Regenerate docs/coverage.md from the rule catalog (a test fails when it drifts).
coverage: $(STAMP)
	$(PY) -m rxtracker.catalog.coverage > docs/coverage.md

# Every README screenshot made again from the demo, for a fixed day (docs/screenshots/*.png):
# the same code gives the same pictures. ONLY="team log" makes just those.
screenshots: $(RUN_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m rxtracker.ui.readme_screenshots $(if $(ONLY),--only $(ONLY))

# Every performance figure against its floor (BENCHMARKS.md); not part of `make test`.
# Datasets are generated once per day into build/bench.
BENCH_STAMP := $(VENV)/.rxtracker-bench
$(BENCH_STAMP): pyproject.toml constraints.txt $(STAMP)
	$(INSTALL) --quiet -e ".[test,dev,bench]"
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# Status and search time at 1x, 10x and 100x the team size (slow: generates 1.5M activities).
bench-growth: $(BENCH_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks --growth --runs 3

# Desktop bundle for this OS (PyInstaller one-folder) and, on Debian/Ubuntu, a .deb.
PKG_STAMP := $(VENV)/.rxtracker-packaging
$(PKG_STAMP): pyproject.toml constraints.txt $(STAMP)
	$(INSTALL) --quiet -e ".[test,dev,packaging]"
	touch $(PKG_STAMP)

dist: $(PKG_STAMP) $(QM)
	rm -rf dist/rxtracker dist/rxtracker_*.deb
	$(PY) packaging/make_icons.py build/icons
	$(PY) packaging/windows/version_info.py
	$(PY) packaging/slim_ocr_models.py build/ocr-models
	if [ "$$(uname)" = Linux ]; then $(PY) packaging/slim_icu.py build/icu; fi
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/rxtracker.spec
	if command -v dpkg-deb >/dev/null; then bash packaging/linux/build_deb.sh; fi

# Builds, then runs the bundle (and the .deb, unpacked) with an empty environment.
dist-check: dist
	bash packaging/dist_check.sh

# Pin the newest versions pyproject.toml allows, for every extra, into constraints.txt: a
# throwaway venv installs everything, then `pip freeze` lists it. Run it after changing a
# dependency in pyproject.toml (or to take updates), then `make test` and commit both files.
CONSTRAINTS_VENV := build/constraints-venv
constraints:
	rm -rf $(CONSTRAINTS_VENV)
	$(PYTHON) -m venv $(CONSTRAINTS_VENV)
	$(CONSTRAINTS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(CONSTRAINTS_VENV)/bin/python -m pip install --quiet -e ".[test,dev,bench,packaging]"
	{ echo "# Exact versions for every install and build (make, CI, make dist)."; \
	  echo "# Generated by make constraints from pyproject.toml; do not edit by hand."; \
	  $(CONSTRAINTS_VENV)/bin/python -m pip freeze --exclude-editable; } > constraints.txt
	rm -rf $(CONSTRAINTS_VENV)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
