"""What an engine is: token ids in, token ids out, with the model card's generation settings.

Two engines run the same model: transformers (the reference, any `AutoModelForSeq2SeqLM`) and
CTranslate2 (a converted copy, 3-5x faster on CPU). Everything around generation (the window,
the tokenizer, the guard) is shared, so the two differ only here and can be compared token for
token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ...settings import SummarizerSettings

Ids = list[int]


@dataclass(frozen=True)
class GenerationOptions:
    num_beams: int = 5
    no_repeat_ngram_size: int = 4
    max_new_tokens: int = 200
    min_new_tokens: int = 0  # benchmarks force an exact length; summaries stop at </s>

    @classmethod
    def from_settings(cls, settings: SummarizerSettings) -> GenerationOptions:
        return cls(settings.num_beams, settings.no_repeat_ngram_size, settings.max_new_tokens)


class Engine(Protocol):
    name: str  # "transformers" | "ctranslate2": reported in Summary.backend

    def generate(self, batch: Sequence[Sequence[int]], options: GenerationOptions) -> list[Ids]:
        """Generated ids for each input, without the decoder start token or </s>."""
        ...


def split_device(device: str) -> tuple[str, int]:
    """'cuda:1' -> ('cuda', 1); 'cpu' -> ('cpu', 0)."""
    kind, _, index = device.partition(":")
    return kind, int(index) if index.isdigit() else 0
