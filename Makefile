# make          set up .venv (if needed) and publish raw/ to output/
# make test     run the test suite (sets up .venv when missing)
# make score    score the extractors on every ../shared gold file and our blind sets, and
#               the entity pass on tests/fixtures/entities (seed, parks, dev and news samples)
# make check    lint, type check and tests (what CI runs)
# make lint     ruff + mypy
# make help     list the targets

PYTHON  ?= python3
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-stamp
SHARED  ?= ../shared
CODE    := $(shell find pipeline schemas -name '*.py' 2>/dev/null) pyproject.toml
RAW     := raw $(wildcard raw/*)  # the folder too: its mtime changes when a file is removed
SCORE   := build/score
EXTRA_GOLD := $(sort $(wildcard tests/fixtures/gold/dev-extra*.jsonl))
NEWS       := tests/fixtures/news
NEWS_GOLD  := $(sort $(wildcard tests/fixtures/gold/news*.jsonl))
VERBOSE ?=

.DEFAULT_GOAL := all
.PHONY: all help test check lint format score fuzz bench clean readme release publish screenshot golden

all: output/datapackage.json ## set up and publish raw/ to output/

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	@echo "==> setting up $(VENV)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $@

output/datapackage.json: $(STAMP) $(CODE) $(RAW)
	@echo "==> publishing raw/ to output/"
	@$(PY) -m pipeline run --raw raw --output output

test: $(STAMP) ## run the tests
	@echo "==> pytest"
	@$(PY) -m pytest

check: lint test ## lint, type check and tests (what CI runs)

lint: $(STAMP) ## ruff and mypy
	@echo "==> ruff"
	@$(VENV)/bin/ruff check pipeline schemas tests
	@$(VENV)/bin/ruff format --check pipeline schemas tests
	@echo "==> mypy"
	@$(VENV)/bin/mypy

format: $(STAMP) ## apply ruff's fixes and formatting
	@$(VENV)/bin/ruff check --fix pipeline schemas tests
	@$(VENV)/bin/ruff format pipeline schemas tests

CORPORA := seed dev parks
SCORED  := $(foreach c,$(CORPORA),$(SCORE)/$(c)/datapackage.json) $(SCORE)/news/datapackage.json

$(SCORE)/news/datapackage.json: $(STAMP) $(CODE) $(NEWS) $(wildcard $(NEWS)/*)
	@echo "==> extracting $(NEWS) (our news and government test articles)"
	@$(PY) -m pipeline run --raw $(NEWS) --output $(SCORE)/news

.SECONDEXPANSION:
$(SCORE)/%/datapackage.json: $(STAMP) $(CODE) $$(wildcard $(SHARED)/corpus/$$*/*)
	@echo "==> extracting $(SHARED)/corpus/$*"
	@$(PY) -m pipeline run --raw $(SHARED)/corpus/$* --output $(SCORE)/$*

ifeq ($(wildcard $(SHARED)/gold/dev.jsonl),)
score: ## score extraction against the shared gold
	@echo "==> score skipped: $(SHARED)/gold not found (clone beside shared/)"
else
score: $(SCORED) ## score extraction against every shared gold file and our blind sets
	@echo "==> scoring against $(SHARED)/gold (same numbers as $(SHARED)/eval/score.py; VERBOSE=1 lists misses)"
	@$(PY) -m pipeline evaluate --output $(SCORE) $(foreach c,$(CORPORA),$(SHARED)/gold/$(c).jsonl) $(EXTRA_GOLD) $(NEWS_GOLD) $(if $(VERBOSE),--verbose)
	@echo "==> entities, mentions and relations against tests/fixtures/entities (VERBOSE=1 lists misses)"
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/seed tests/fixtures/entities/seed.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/parks tests/fixtures/entities/blind-parks.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/dev tests/fixtures/entities/blind-dev.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/dev tests/fixtures/entities/blind-dev2.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/dev tests/fixtures/entities/blind3-dev.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/parks tests/fixtures/entities/blind3-parks.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/dev tests/fixtures/entities/blind4-dev.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/parks tests/fixtures/entities/blind4-parks.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/dev tests/fixtures/entities/blind5-dev.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/parks tests/fixtures/entities/blind5-parks.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/dev tests/fixtures/entities/blind6-dev.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/parks tests/fixtures/entities/blind6-parks.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/dev tests/fixtures/entities/blind7-dev.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/parks tests/fixtures/entities/blind7-parks.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/dev tests/fixtures/entities/blind8-dev.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/news tests/fixtures/entities/blind8-news.jsonl $(if $(VERBOSE),--verbose)
	@$(PY) -m pipeline evaluate-entities --output $(SCORE)/news tests/fixtures/entities/blind9-news.jsonl $(if $(VERBOSE),--verbose)
endif

clean: ## remove generated files (not .venv)
	rm -rf output build dist .pytest_cache .mypy_cache .ruff_cache

readme: $(STAMP) ## regenerate the generated sections of README.md
	@echo "==> README.md"
	@$(PY) -m pipeline.dev.readme README.md

MB ?= 25
bench: $(STAMP) ## speed and memory of the CLI end to end on MB megabytes of dev articles (make bench MB=100)
	@echo "==> benchmark: $(MB) MB built from $(SHARED)/corpus/dev"
	@$(PY) -m pipeline.dev.bench --raw $(SHARED)/corpus/dev --mb $(MB)

golden: $(STAMP) ## regenerate tests/fixtures/golden from the seed article (review the diff!)
	@echo "==> tests/fixtures/golden"
	@$(PY) -m tests.test_golden

release: output/datapackage.json ## pack output/ into dist/factpipe-<version>.tar.gz (verified, reproducible)
	@echo "==> dist/"
	@SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 0) $(PY) -m pipeline release --output output --dist dist

CATALOG ?= dist/catalog
publish: output/datapackage.json ## add output/ as a release to the catalog in $(CATALOG) (a static folder)
	@echo "==> $(CATALOG)/"
	@SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 0) $(PY) -m pipeline publish --output output --catalog $(CATALOG) $(if $(URL),--url $(URL))

screenshot: output/datapackage.json ## the README's screenshot of the site (needs Debian's chromium)
	@echo "==> docs/site.png"
	@$(PY) -m pipeline.dev.screenshot --output output --to docs/site.png

fuzz: $(STAMP) ## fuzz the segmenter and extractors over 10,000 generated documents (not in make test)
	@echo "==> fuzzing the segmenter and extractors"
	@$(PY) -m tests.fuzz --documents 10000
