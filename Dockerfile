# The bot, installed from uv.lock, with torch's CPU build and the seq2seq weights baked in.
#   make image                       (= docker build -t newsbrief .; fills wheels/ first)
#   docker run --env-file .env newsbrief
# Extractive only, no torch and no weights (~1.9 GB smaller):
#   docker build --build-arg EXTRAS= --build-arg MODEL= -t newsbrief:extractive .
# Needs BuildKit (Docker's default builder since 23.0; DOCKER_BUILDKIT=1 before).
ARG BASE=python:3.11-slim

# --- uv: mounted into the steps that install, so it lands in no layer of the image -------------
FROM ${BASE} AS uv
ARG UV_VERSION=0.13.9
RUN python3 -m venv /uv \
    && /uv/bin/python -m pip install --no-cache-dir --disable-pip-version-check uv==${UV_VERSION}

# --- torch's CPU wheel: from wheels/ in the context (`make wheels`), else the PyTorch CPU index,
# its sha256 checked against wheels/torch-cpu.txt either way ----------------------------------
FROM uv AS torch
ARG EXTRAS=seq2seq
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
COPY wheels/ /wheels/
RUN case " ${EXTRAS} " in *" seq2seq "*) ;; *) exit 0 ;; esac; \
    ls /wheels/torch-*.whl >/dev/null 2>&1 || /uv/bin/python -m pip download --no-cache-dir \
        --disable-pip-version-check --no-deps --only-binary=:all: --require-hashes \
        -r /wheels/torch-cpu.txt --index-url "${TORCH_INDEX}" --dest /wheels

# --- the runtime: an init that forwards signals, the locked dependencies ----------------------
FROM ${BASE} AS deps
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_NO_CACHE=1 \
    UV_PYTHON_DOWNLOADS=never
WORKDIR /app
ARG EXTRAS=seq2seq
# Only pyproject.toml and uv.lock: code edits never reinstall the dependencies.
RUN --mount=from=uv,source=/uv,target=/uv \
    --mount=from=torch,source=/wheels,target=/app/wheels \
    --mount=type=bind,source=pyproject.toml,target=/app/pyproject.toml \
    --mount=type=bind,source=uv.lock,target=/app/uv.lock \
    /uv/bin/uv sync --frozen --no-install-project --python python3 \
        $(for extra in ${EXTRAS}; do printf -- '--extra %s ' "${extra}"; done)

# --- the weights, fetched at build time (empty MODEL: none), and their CTranslate2 int8
# conversion beside them (the engine the bot runs). Only the download and conversion code goes in,
# so code edits do not fetch them again.
FROM deps AS models
ARG MODEL=IlyaGusev/rut5_base_sum_gazeta
COPY summarizer/__init__.py summarizer/errors.py summarizer/download.py summarizer/model_files.py \
    summarizer/convert.py /src/summarizer/
RUN mkdir -p /app/models && if [ -n "${MODEL}" ]; then \
        cd /src && python -c "import sys; from pathlib import Path; \
from summarizer.download import fetch_model; print(*fetch_model(sys.argv[1], Path('/app/models')))" \
        "${MODEL}"; \
    fi

# --- the image: dependencies, weights, then the code, all owned by root and read-only to the bot
FROM deps
ARG MODEL=IlyaGusev/rut5_base_sum_gazeta
ARG EXTRAS=seq2seq
COPY --from=models /app/models /app/models
COPY pyproject.toml uv.lock README.md /app/
COPY bot /app/bot
COPY summarizer /app/summarizer
RUN --mount=from=uv,source=/uv,target=/uv \
    --mount=from=torch,source=/wheels,target=/app/wheels \
    /uv/bin/uv sync --frozen --no-editable --python python3 \
        $(for extra in ${EXTRAS}; do printf -- '--extra %s ' "${extra}"; done)
ENV SUMMARIZER_MODEL=${MODEL:-IlyaGusev/rut5_base_sum_gazeta} \
    SUMMARIZER_MODELS_DIR=/app/models \
    HF_HUB_OFFLINE=1 \
    HF_HUB_DISABLE_TELEMETRY=1 \
    BOT_JOURNAL_PATH=/app/state/journal.sqlite3
# The one thing the bot writes: its journal of accepted updates, so a restart answers what was in
# hand (mount a volume here, -v newsbrief-state:/app/state, to keep it across containers). Open to
# any numeric user (docker run --user); everything else is root's and read-only to the bot.
RUN mkdir -m 1777 /app/state
USER 10001:10001
# /healthz and /readyz: on BOT_HEALTH_PORT (8080) in polling mode, on WEBHOOK_PORT (8080) in
# webhook mode. The HEALTHCHECK asks the bot's own settings which port and path that is.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["newsbrief-bot", "--healthcheck"]
# tini is PID 1: SIGTERM and SIGINT reach the bot, which drains and exits; zombies are reaped.
ENTRYPOINT ["tini", "--"]
CMD ["newsbrief-bot"]
