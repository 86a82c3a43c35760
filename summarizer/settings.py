"""Summarizer settings, read once from the environment and `.env` (prefix SUMMARIZER_)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "IlyaGusev/rut5_base_sum_gazeta"


class SummarizerSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SUMMARIZER_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    backend: Literal["auto", "extractive", "seq2seq"] = "auto"
    model: str = DEFAULT_MODEL  # hub id or local directory
    models_dir: Path = Path("models")  # where `python -m summarizer download` puts weights

    # Generation, from the rut5_base_sum_gazeta card.
    max_input_tokens: int = Field(600, ge=16, le=4096)
    num_beams: int = Field(5, ge=1, le=16)
    no_repeat_ngram_size: int = Field(4, ge=0)
    max_new_tokens: int = Field(200, ge=8, le=1024)
    # How a long article fits the window. Truncation kept more of the human summaries than
    # selection in benchmarks/window.py (the Gazeta models were trained on article openings).
    input_selection: Literal["select", "truncate"] = "truncate"
    threads: int = Field(0, ge=0)  # threads per generation; 0 leaves the engine's default
    device: str = "cpu"

    # Seq2seq engine (benchmarks/speed_seq2seq.py). auto: a CTranslate2 conversion of the model
    # when one is on disk (3-5x faster on CPU), else transformers.
    engine: Literal["auto", "transformers", "ctranslate2"] = "auto"
    # What `python -m summarizer convert` writes and the ctranslate2 engine looks for.
    ct2_quantization: Literal[
        "int8",
        "int8_float32",
        "int8_float16",
        "int8_bfloat16",
        "int16",
        "float16",
        "bfloat16",
        "float32",
    ] = "int8"
    ct2_parallel: int = Field(1, ge=1, le=16)  # CTranslate2 generations running at once
    # Requests waiting for the engine run as one batch of up to this many: 2 gave 1.2x the
    # articles per minute with CTranslate2 on 2 cores (benchmarks/speed_seq2seq.py, RESULTS.md),
    # and a lone request runs at once. 4 gained nothing there and took 0.73 GB.
    batch_size: int = Field(2, ge=1, le=32)
    # backend=auto with no model on disk: fetch and convert it in the background, then switch.
    auto_download: bool = True

    # Input limits.
    min_chars: int = Field(300, ge=0)  # shorter gets "too short", but not a brief (text.short_item)
    max_chars: int = Field(50_000, ge=1000)  # longer texts are cut at a sentence boundary

    # Output shape.
    summary_sentences: int = Field(3, ge=1, le=6)  # extractive: at most this many sentences
    max_figures: int = Field(5, ge=0)  # figure bullets in a reply (--json lists every figure)
    max_speakers: int = Field(6, ge=0)
