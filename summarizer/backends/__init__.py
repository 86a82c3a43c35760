"""Backend choice by configuration: `SUMMARIZER_BACKEND=auto|extractive|seq2seq`.

`auto` takes the seq2seq model only when its weights are already on disk, so a fresh install
works offline with the extractive default and never starts a multi-GB download by surprise.
"""

from __future__ import annotations

import logging
from importlib.util import find_spec
from pathlib import Path

from ..download import model_dir as download_dir
from ..settings import SummarizerSettings
from .base import Backend, Draft
from .extractive import ExtractiveBackend

log = logging.getLogger(__name__)

# What the seq2seq backend imports: the `seq2seq` extra (`pip install .` has none of it).
MODEL_STACK = ("torch", "transformers")


def local_model_dir(model: str, models_dir: Path) -> Path | None:
    """Where the weights of `model` (a directory or hub id) lie on disk, or None."""
    candidates = [Path(model).expanduser(), download_dir(model, models_dir)]
    for path in candidates:
        if (path / "config.json").is_file():
            return path
    if "/" in model and not Path(model).is_absolute():
        try:
            from huggingface_hub import try_to_load_from_cache

            cached = try_to_load_from_cache(model, "config.json")
        except Exception:
            cached = None
        if isinstance(cached, str):
            return Path(cached).parent
    return None


def make_backend(settings: SummarizerSettings) -> Backend:
    extractive = ExtractiveBackend(max_sentences=settings.summary_sentences)
    if settings.backend == "extractive":
        return extractive
    path = local_model_dir(settings.model, settings.models_dir)
    if settings.backend == "auto" and path is None:
        log.info(
            "no seq2seq weights for %s on disk (see `python -m summarizer download`): "
            "using the extractive backend",
            settings.model,
        )
        return extractive
    missing = [name for name in MODEL_STACK if find_spec(name) is None]
    if settings.backend == "auto" and missing:
        log.warning(
            "seq2seq weights for %s are on disk, but %s is not installed (pip install "
            "'newsbrief[seq2seq]'): using the extractive backend",
            settings.model,
            " and ".join(missing),
        )
        return extractive
    from .seq2seq import Seq2SeqBackend

    return Seq2SeqBackend(path or settings.model, settings, ranker=extractive.score_sentences)


__all__ = ["Backend", "Draft", "ExtractiveBackend", "local_model_dir", "make_backend"]
