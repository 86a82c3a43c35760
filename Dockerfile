# The bot with the seq2seq model baked in. Build: docker build -t newsbrief .
# Run:   docker run --env-file .env newsbrief
# Build without the model (extractive only, ~1 GB smaller): --build-arg DOWNLOAD_MODEL=0
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SUMMARIZER_MODELS_DIR=/app/models HF_HUB_DISABLE_TELEMETRY=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY summarizer ./summarizer
COPY bot ./bot
# The CPU build of torch: the default index would pull a multi-GB CUDA build.
RUN pip install --extra-index-url https://download.pytorch.org/whl/cpu .

ARG DOWNLOAD_MODEL=1
ARG SUMMARIZER_MODEL=IlyaGusev/rut5_base_sum_gazeta
ENV SUMMARIZER_MODEL=${SUMMARIZER_MODEL}
RUN if [ "$DOWNLOAD_MODEL" = "1" ]; then python -m summarizer download "$SUMMARIZER_MODEL"; fi

RUN useradd --system --uid 10001 bot && chown -R bot /app
USER bot
# Webhook mode listens here when WEBHOOK_URL is set; polling needs no port.
EXPOSE 8080
CMD ["python", "-m", "bot"]
