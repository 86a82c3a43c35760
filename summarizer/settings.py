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
    threads: int = Field(0, ge=0)  # torch intra-op threads; 0 leaves torch's default
    device: str = "cpu"

    # Input limits.
    min_chars: int = Field(300, ge=0)  # shorter texts get "too short"
    max_chars: int = Field(50_000, ge=1000)  # longer texts are cut at a sentence boundary

    # Output shape.
    summary_sentences: int = Field(3, ge=1, le=6)  # extractive: at most this many sentences
    max_figures: int = Field(5, ge=0)  # figure bullets in a reply (--json lists every figure)
    max_speakers: int = Field(6, ge=0)
