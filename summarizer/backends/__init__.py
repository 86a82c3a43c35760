"""Backend choice by configuration: `SUMMARIZER_BACKEND=auto|extractive|seq2seq`.

`auto` takes the seq2seq model when it is on disk (its CTranslate2 conversion first, see
`SUMMARIZER_ENGINE`) and the engine that runs it is installed. When the model is not on disk,
the extractive backend answers at once, and, unless `SUMMARIZER_AUTO_DOWNLOAD=false` or
`HF_HUB_OFFLINE` says otherwise, the model is fetched and converted in the background and the
backend switches to it without a restart. A model that is on disk but will not load (a damaged
or half-converted folder) is one clear error line and the extractive backend.
"""

from __future__ import annotations

import logging
from functools import partial
from importlib.util import find_spec

from ..errors import ModelUnavailableError
from ..model_files import local_model_dir
from ..settings import SummarizerSettings
from .auto import AutoBackend
from .base import Backend, Draft
from .extractive import ExtractiveBackend

log = logging.getLogger(__name__)

# What each seq2seq engine imports: the `seq2seq` extra (`pip install .` has none of it).
MODEL_STACK = {"transformers": ("torch", "transformers"), "ctranslate2": ("ctranslate2",)}
FETCH_STACK = ("huggingface_hub", "filelock")  # what fetching the model in the background needs


def _missing(names: tuple[str, ...]) -> list[str]:
    return [name for name in names if find_spec(name) is None]


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
        from .seq2seq import resolve_engine

        try:
            engine, _path = resolve_engine(settings.model, settings)
        except ModelUnavailableError as exc:
            log.error("%s: using the extractive backend", exc)
            return extractive
        if missing := _missing(MODEL_STACK[engine]):
            log.warning(
                "seq2seq weights for %s are on disk, but %s is not installed (pip install "
                "'newsbrief[seq2seq]'): using the extractive backend",
                settings.model,
                " and ".join(missing),
            )
            return extractive
        try:
            return _seq2seq(settings, extractive)
        except ModelUnavailableError as exc:
            log.error("%s: using the extractive backend", exc)
            return extractive
    from ..provision import Provisioner, hub_disabled

    why = (
        "auto download is off"
        if not settings.auto_download
        else "HF_HUB_OFFLINE is set"
        if hub_disabled()
        else f"fetching needs {' and '.join(missing)}: pip install 'newsbrief[seq2seq]'"
        if (missing := _missing(FETCH_STACK))
        else None
    )
    if why is not None:
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
    "MODEL_STACK",
    "AutoBackend",
    "Backend",
    "Draft",
    "ExtractiveBackend",
    "local_model_dir",
    "make_backend",
]
