# Quick start: `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test test-server test-oldest-qt lint demo bench gallery translations bundle bundle-check wheelhouse wheelhouse-check clean

# constraints.txt: the versions the suite passed with, for CI, the bundle and the wheelhouse alike.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,preview]' -c constraints.txt
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# The storage-independent tests again on a ledger in PostgreSQL, with the server tests: a throwaway cluster in
# a temporary folder (a Unix socket, no network address), stopped and removed whatever the outcome.
test-server: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/pg_cluster.py -- $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

# The whole suite again on the oldest Qt supported (domestic Linux with glibc 2.28 gets no newer wheels).
OLDEST_QT := 6.8.*
OLD_VENV  := .venv-qt68
$(OLD_VENV)/.installed: pyproject.toml constraints.txt
	test -x $(OLD_VENV)/bin/python || $(PYTHON) -m venv $(OLD_VENV)
	$(OLD_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(OLD_VENV)/bin/python -m pip install --quiet -e '.[dev]' 'PySide6-Essentials==$(OLDEST_QT)' -c constraints.txt
	touch $@

test-oldest-qt: $(OLD_VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(OLD_VENV)/bin/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# With PostgreSQL installed, on a throwaway cluster too: the server ledger's measures beside the file's.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/pg_cluster.py --optional -- $(PY) -m bench.run

# The interface's texts for translators (resources/translations/*.ts, edited with pyside6-linguist) and the
# compiled .qm the program loads; a module's `_tr("…")` is tr() under the empty context (ui/i18n.py), and
# models/' error messages are listed in ui/error_texts.py first (they cannot be marked where Qt is not).
TS := resources/translations/luoshi_en.ts
translations: $(STAMP)
	$(PY) packaging/collect_error_texts.py
	$(VENV)/bin/pyside6-lupdate $$(find ui -name "*.py" | LC_ALL=C sort) -tr-function-alias tr+=_tr -no-obsolete -locations none \
		-target-language en -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

# Every page and dialog as on a 1366×768 office screen at 100% and 150% (build/gallery-*/, gallery.json lists
# what does not fit); the README's window pictures are the 100% ones.
OFFICE_SCREEN := offscreen:configfile=packaging/office-screen.json
gallery: $(STAMP)
	LUOSHI_DATA_DIR=build/gallery-data QT_QPA_PLATFORM=$(OFFICE_SCREEN) $(PY) main.py --demo --gallery build/gallery-1.0
	LUOSHI_DATA_DIR=build/gallery-data QT_QPA_PLATFORM=$(OFFICE_SCREEN) QT_SCALE_FACTOR=1.5 \
		$(PY) main.py --demo --gallery build/gallery-1.5
	cp build/gallery-1.0/main-tasks.png resources/screenshots/main-window.png
	cp build/gallery-1.0/main-meeting.png resources/screenshots/meeting.png
	cp build/gallery-1.0/main-stats.png resources/screenshots/stats.png
	cp build/gallery-1.0/main-problems.png resources/screenshots/problems.png
	cp build/gallery-1.0/main-stats-scores.png resources/screenshots/assessment.png
	cp build/gallery-1.0/meeting-projector.png resources/screenshots/projector.png

# The offline bundle: dist/luoshi/ (onedir), with an open-licensed Chinese font from this machine.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]' -c constraints.txt
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/luoshi.spec
	@du -sh dist/luoshi

# Runs the built bundle as a PC without Python, fonts or network would: demo, PDF, screenshot.
bundle-check:
	$(PY) packaging/smoke.py dist/luoshi

# Every wheel for one platform, for sites that have Python but no internet (see packaging/wheelhouse.py).
PLATFORM ?=
PYTHON_VERSION ?= $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])')
wheelhouse: $(STAMP)
	$(PY) packaging/wheelhouse.py --python-version $(PYTHON_VERSION) $(if $(PLATFORM),--platform $(PLATFORM))

# This machine's wheelhouse, then installed from that folder alone and used to print a sheet.
wheelhouse-check: $(STAMP)
	$(PY) packaging/wheelhouse.py --check

demo: $(STAMP)
	$(PY) main.py demo --db demo.sqlite

clean:
	rm -rf $(VENV) $(OLD_VENV) build dist wheelhouse *.egg-info .pytest_cache .mypy_cache .ruff_cache
