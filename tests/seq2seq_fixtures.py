"""Tiny seq2seq models on disk for the engine tests: converted to CTranslate2 beside their
weights, as `python -m summarizer convert` puts them, and a briefly trained one whose output no
longer depends on chance."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tiny_model import TRAINED_TARGET, train_tiny_model

from summarizer import SummarizerSettings
from summarizer.backends.seq2seq import Seq2SeqBackend
from summarizer.convert import convert_model
from summarizer.model_files import ct2_target


def settings_for(model: Path | str, **overrides) -> SummarizerSettings:
    base = dict(model=str(model), num_beams=2, max_new_tokens=24, max_input_tokens=64, threads=1)
    base["auto_download"] = False
    return SummarizerSettings(_env_file=None, **{**base, **overrides})


def converted(weights: Path, quantization: str) -> Path:
    """The CTranslate2 conversion of `weights`, beside them (made once)."""
    pytest.importorskip(
        "ctranslate2", reason="the model stack (`pip install '.[seq2seq]'`) is absent"
    )
    target = ct2_target(str(weights), Path("unused"), quantization)
    if not (target / "model.bin").is_file():
        convert_model(weights, target, quantization)
    return target


@pytest.fixture(scope="module")
def random_tiny(tmp_path_factory: pytest.TempPathFactory, tiny_model_dir: Path) -> Path:
    """A copy of the random tiny T5 with its float32 conversion beside it."""
    weights = tmp_path_factory.mktemp("random") / "tiny-t5"
    shutil.copytree(tiny_model_dir, weights)
    converted(weights, "float32")
    return weights


@pytest.fixture(scope="module")
def trained_tiny(
    tmp_path_factory: pytest.TempPathFactory, tiny_model_dir: Path, seed_text: str
) -> Path:
    """The tiny T5 trained to answer the seed article with TRAINED_TARGET, saved, with its
    float32 and int8 conversions beside it."""
    weights = tmp_path_factory.mktemp("trained") / "tiny-t5"
    shutil.copytree(tiny_model_dir, weights)
    backend = Seq2SeqBackend(weights, settings_for(weights, engine="transformers", num_beams=1))
    train_tiny_model(backend, seed_text, TRAINED_TARGET)
    backend.engine.model.save_pretrained(weights)
    converted(weights, "float32")
    converted(weights, "int8")
    return weights
