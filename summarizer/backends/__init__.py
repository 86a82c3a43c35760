"""Backend choice by configuration: `SUMMARIZER_BACKEND=auto|extractive|seq2seq`.

`auto` takes the seq2seq model when it is on disk (its CTranslate2 conversion first, see
`SUMMARIZER_ENGINE`). When it is not, the extractive backend answers at once, and, unless
`SUMMARIZER_AUTO_DOWNLOAD=false` or `HF_HUB_OFFLINE` says otherwise, the model is fetched and
converted in the background and the backend switches to it without a restart. A model that is
on disk but will not load (a damaged or half-converted folder) is one clear error line and the
extractive backend.
"""

from __future__ import annotations

import logging
from functools import partial

from ..errors import ModelUnavailableError
from ..model_files import local_model_dir
from ..settings import SummarizerSettings
from .auto import AutoBackend
from .base import Backend, Draft
from .extractive import ExtractiveBackend

log = logging.getLogger(__name__)


def _seq2seq(settings: SummarizerSettings, extractive: ExtractiveBackend) -> Backend:
    from .seq2seq import Seq2SeqBackend

    return Seq2SeqBackend(settings.model, settings, ranker=extractive.score_sentences)


def make_backend(settings: SummarizerSettings) -> Backend:
    extractive = ExtractiveBackend(max_sentences=settings.summary_sentences)
    if settings.backend == "extractive":
        return extractive
    if settings.backend == "seq2seq":
        return _seq2seq(settings, extractive)  # forced: a missing model is the caller's error
    if local_model_dir(settings.model, settings.models_dir) is not None:
        try:
            return _seq2seq(settings, extractive)
        except ModelUnavailableError as exc:
            log.error("%s: using the extractive backend", exc)
            return extractive
    from ..provision import Provisioner, hub_disabled

    if not settings.auto_download or hub_disabled():
        why = "HF_HUB_OFFLINE is set" if settings.auto_download else "auto download is off"
        log.info(
            "no seq2seq weights for %s on disk (%s; see `python -m summarizer download`): "
            "using the extractive backend",
            settings.model,
            why,
        )
        return extractive
    log.info(
        "no seq2seq weights for %s on disk: extractive summaries while it is fetched and "
        "converted in the background (SUMMARIZER_AUTO_DOWNLOAD=false turns this off)",
        settings.model,
    )
    auto = AutoBackend(extractive, partial(_seq2seq, settings, extractive))
    auto.provisioner = Provisioner(settings, on_ready=auto.arrive).start()
    return auto


__all__ = [
    "AutoBackend",
    "Backend",
    "Draft",
    "ExtractiveBackend",
    "local_model_dir",
    "make_backend",
]
