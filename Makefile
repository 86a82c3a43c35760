# Two entry points for a fresh machine: `make run` (the bot) and `make test` (the whole suite).
# Both install from uv.lock: uv itself comes from PyPI into .tools/, torch's CPU build into
# wheels/ (wheels/README.md), everything else from PyPI with the hashes in uv.lock.
PYTHON ?= python3
# The interpreter uv builds .venv with (uv.lock's torch wheel is for CPython 3.11).
PYTHON_VERSION ?= 3.11
VENV ?= .venv
BIN := $(VENV)/bin
TOOLS := .tools
UV_VERSION := 0.13.9
UV := $(TOOLS)/bin/uv
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
TORCH_WHEEL := wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl
IMAGE ?= newsbrief
DOCKER ?= docker

export UV_PROJECT_ENVIRONMENT := $(VENV)
SYNC := $(UV) sync --frozen --python $(PYTHON_VERSION)

.PHONY: install install-core wheels lock check-lock run test test-core lint typecheck format \
	bench download image clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet uv==$(UV_VERSION)

# pip checks the sha256 in wheels/torch-cpu.txt, wherever the file comes from: the PyTorch CPU
# index, or a local copy that pip's own configuration (find-links) points at.
$(TORCH_WHEEL): wheels/torch-cpu.txt | $(UV)
	$(TOOLS)/bin/python -m pip download --quiet --no-deps --only-binary=:all: --implementation cp \
		--python-version 3.11 --platform manylinux_2_28_x86_64 --retries 2 --require-hashes \
		-r wheels/torch-cpu.txt --index-url $(TORCH_INDEX) --dest wheels

wheels: $(TORCH_WHEEL)

# Everything: the bot, the model stack and the test tools.
install: $(UV) $(TORCH_WHEEL)
	$(SYNC) --extra seq2seq --extra redis --extra test

# No torch: the bot with the extractive backend, the rule layer and links, and the test tools.
install-core: $(UV)
	UV_PROJECT_ENVIRONMENT=$(VENV)-core $(SYNC) --extra test

lock: $(UV) $(TORCH_WHEEL)
	$(UV) lock --python $(PYTHON_VERSION)

check-lock: $(UV)
	$(UV) lock --check --python $(PYTHON_VERSION)

# What the bot's default configuration can use: the model stack too, so weights that arrive in
# models/ are used (SUMMARIZER_BACKEND=auto). --inexact keeps test tools a developer installed.
run: $(UV) $(TORCH_WHEEL)
	$(SYNC) --extra seq2seq --extra redis --inexact
	$(BIN)/python -m bot

test: install
	$(BIN)/python -m pytest -q

# The suite in a venv without torch or transformers: model tests skip, the rest must pass.
test-core: install-core
	$(VENV)-core/bin/python -m pytest -q $(TESTS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python benchmarks/quality.py
	$(BIN)/python benchmarks/speed_extractive.py
	$(BIN)/python benchmarks/facts.py

download: install
	$(BIN)/python -m summarizer download

# The image with the seq2seq weights baked in; DOCKER_BUILD_ARGS="--build-arg DOWNLOAD_MODEL=0"
# for the extractive-only image. The torch wheel goes in from wheels/ (see the Dockerfile).
image: $(TORCH_WHEEL)
	DOCKER_BUILDKIT=1 $(DOCKER) build $(DOCKER_BUILD_ARGS) -t $(IMAGE) .

clean:
	rm -rf $(VENV) $(VENV)-core $(TOOLS) build *.egg-info .pytest_cache .mypy_cache
