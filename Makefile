# govreport_nlp — every target works on a fresh machine with Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    := out

.PHONY: help install demo test test-fast lint gate bench eval clean

help:
	@echo "make demo   - install, run govreport over the bundled sample reports, write $(OUT)/"
	@echo "make test   - install, run ruff, the whole test suite (with doctests) and the gold gate"
	@echo "make bench  - throughput per stage (documents/s, MB/s) on the bundled corpus"
	@echo "make eval   - scores on fixtures/gold"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[all,dev]"
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/govreport extract fixtures/seeds fixtures/pingtan fixtures/pdf --format jsonl -o $(OUT)/extract.jsonl; \
	  status=$$?; [ $$status -le 1 ] || exit $$status
	$(BIN)/govreport extract fixtures/seeds fixtures/pingtan fixtures/pdf --format csv -o $(OUT)/tables --no-progress; \
	  status=$$?; [ $$status -le 1 ] || exit $$status
	$(BIN)/govreport check fixtures/seeds fixtures/pingtan fixtures/pdf fixtures/must_not_crash \
	  --html $(OUT)/check.html -o $(OUT)/findings.jsonl --no-progress; status=$$?; [ $$status -le 1 ] || exit $$status
	$(BIN)/python scripts/gold_gate.py --json $(OUT)/scores.json
	@echo
	@echo "Outputs in $(OUT)/:"
	@echo "  $(OUT)/extract.jsonl   every report, section, fact, cell, finding and error (JSON lines)"
	@echo "  $(OUT)/tables/*.csv    the same as one CSV per kind"
	@echo "  $(OUT)/check.html      the batch-check report (open in a browser)"
	@echo "  $(OUT)/findings.jsonl  findings and errors only"
	@echo "  $(OUT)/scores.json     scores against fixtures/gold"

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

test: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n 2
	$(BIN)/python scripts/gold_gate.py

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 -m "not slow"

gate: $(STAMP)
	$(BIN)/python scripts/gold_gate.py

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

eval: $(STAMP)
	$(BIN)/govreport eval fixtures/gold $$(ls fixtures/gold/*.json | sed 's#.*/##; s#\.json$$##' | \
	  while read s; do for e in html txt pdf; do f=$$(ls fixtures/*/$$s.$$e 2>/dev/null | head -1); \
	  [ -n "$$f" ] && echo $$f && break; done; done)

clean:
	rm -rf $(OUT) dist build .pytest_cache .ruff_cache .mypy_cache
