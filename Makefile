# Entry points of the project. `make help` lists them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARTICLES ?= data/articles
OUT      ?= data/processed
REPORTS  ?= reports

.DEFAULT_GOAL := help
.PHONY: help install analysis report test lint format lab evaluate benchmark clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install dateline with its dev tools

analysis: $(STAMP)  ## analyse ARTICLES (default: the bundled data) into OUT, then write the HTML report
	@# exit 1 = some inputs failed: the report is still written (it lists them), then make fails
	$(BIN)/dateline analyze $(ARTICLES) --out $(OUT) || [ $$? -eq 1 ]
	$(BIN)/dateline report --articles $(ARTICLES) --processed $(OUT) --reports $(REPORTS)

report: $(STAMP)  ## execute the notebooks on ARTICLES into REPORTS/*.html
	$(BIN)/dateline report --articles $(ARTICLES) --processed $(OUT) --reports $(REPORTS)

test: $(STAMP)  ## lint and run the whole test suite
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(STAMP)  ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)  ## apply ruff fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lab: $(STAMP)  ## open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks/

evaluate: $(STAMP)  ## geoparsing accuracy on the annotated corpora in ../shared/corpora
	$(BIN)/python benchmarks/geoparse_eval.py

benchmark: $(STAMP)  ## run every benchmark in benchmarks/ and print figures
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:  ## remove generated outputs (keeps .venv)
	rm -rf $(OUT) $(REPORTS) .pytest_cache .ruff_cache
