# spacekg: `make demo` builds the sample graph, `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test check lint typecheck system-deps bench bench-view bench-virtuoso bench-adversarial fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/spacekg build data --out out

# Debian packages the tests use: raptor's rapper (an independent Turtle parser), Chromium (the
# browser the HTML view is tested in) and Virtuoso (a SPARQL server to load into). Installed when
# missing and we are root; otherwise those tests are skipped with a note (and fail under CI=true).
system-deps:
	@missing=""; \
	command -v rapper >/dev/null 2>&1 || missing="$$missing raptor2-utils"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v virtuoso-t >/dev/null 2>&1 || missing="$$missing virtuoso-opensource"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "note: missing$$missing; the tests that need them will be skipped"; fi; \
	fi

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

# The scale benchmark (not a test): 100 to 100,000 generated articles, and the bundled questions on a
# 100,000-article store; takes about an hour and a half here; writes its block of bench/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python bench/run.py --articles 100 1000 10000 100000 --baseline-max 100 --single-max 10000 \
	  --queries 100000 --out bench/RESULTS.md

# Extraction on adversarial articles at two sizes (not a test; about a minute): fails if a cost
# grows faster than the text; bench/RESULTS.md records its table.
bench-adversarial: $(STAMP)
	$(BIN)/python bench/adversarial.py

# Coverage-guided fuzzing of reader, segmenter and extractor for FUZZ_SECONDS (default 10 minutes).
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet atheris
	mkdir -p .fuzz-corpus && cp fuzz/corpus/* .fuzz-corpus/
	$(BIN)/python fuzz/fuzz_extract.py -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=fuzz/ .fuzz-corpus

# The bundled questions on Virtuoso for the 100,000-article corpus (not a test; about 45 minutes and
# 35 GB of disk in BENCH_DIR here): prints the table that bench/RESULTS.md records.
BENCH_DIR ?= /tmp/spacekg-bench
BENCH_ARTICLES ?= 100000
bench-virtuoso: $(STAMP) system-deps
	mkdir -p $(BENCH_DIR)
	$(BIN)/python bench/corpus.py $(BENCH_ARTICLES) $(BENCH_DIR)/corpus.jsonl
	$(BIN)/spacekg build $(BENCH_DIR)/corpus.jsonl --out $(BENCH_DIR)/out --format nquads --no-html -q --workers 2
	rm -f $(BENCH_DIR)/out/spacekg.ttl
	$(BIN)/python bench/virtuoso_questions.py $(BENCH_DIR)/out/spacekg.nq --buffers 1400000 --timeout 120

# Figures for the HTML view on a 5,000-node graph (not a test); writes bench/RESULTS-view.md.
bench-view: $(STAMP) system-deps
	$(BIN)/python bench/view_bench.py --out bench/RESULTS-view.md

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
