"""The small interface every summarization backend implements, so configuration can swap them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..document import Document


@dataclass(frozen=True)
class Draft:
    """A backend's summary before the pipeline checks and decorates it."""

    sentences: tuple[str, ...]
    backend: str  # "extractive", "seq2seq/ctranslate2", "seq2seq/transformers"
    abstractive: bool = False  # may say what the article does not: the guard checks it


class Backend(Protocol):
    abstractive: bool  # its text may contain what the article does not: the guard checks it

    @property
    def name(self) -> str: ...  # read-only: the auto backend's changes when the model arrives

    def summarize(self, doc: Document) -> Draft: ...
