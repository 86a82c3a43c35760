"""Text <-> token ids, the same for both engines.

The transformers engine uses the model's own `AutoTokenizer`. A CTranslate2 conversion carries
the very same tokenizer as one `tokenizer.json` (saved from `AutoTokenizer` by
summarizer/convert.py), read by the `tokenizers` library alone: importing transformers pulls in
torch, about 220 MB of memory the CTranslate2 engine otherwise never needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol


class Tokenizer(Protocol):
    def count(self, texts: Sequence[str]) -> list[int]:
        """Tokens per text, without special tokens: what each sentence costs in the window."""
        ...

    def encode(self, text: str) -> list[int]:
        """The model's input ids (special tokens included), cut to the window."""
        ...

    def decode(self, ids: Sequence[int]) -> str: ...


class TransformersTokenizer:
    def __init__(self, tokenizer: Any, max_tokens: int) -> None:
        self.tokenizer, self.max_tokens = tokenizer, max_tokens

    @classmethod
    def load(cls, model: str | Path, max_tokens: int) -> TransformersTokenizer:
        from transformers import AutoTokenizer

        return cls(AutoTokenizer.from_pretrained(str(model)), max_tokens)

    def count(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        ids = self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        return [len(x) for x in ids]

    def encode(self, text: str) -> list[int]:
        return list(self.tokenizer(text, max_length=self.max_tokens, truncation=True)["input_ids"])

    def decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode(list(ids), skip_special_tokens=True)


class FastTokenizer:
    """A `tokenizers.Tokenizer` from `tokenizer.json`: the same ids as AutoTokenizer, no torch."""

    def __init__(self, path: Path, max_tokens: int) -> None:
        from tokenizers import Tokenizer as HFTokenizer

        self.max_tokens = max_tokens
        # Two copies: truncation is a setting of the object, and counting must not truncate.
        self._counting = HFTokenizer.from_file(str(path))
        self._counting.no_truncation()
        self._counting.no_padding()
        self._encoding = HFTokenizer.from_file(str(path))
        self._encoding.enable_truncation(max_tokens)
        self._encoding.no_padding()

    def count(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        return [
            len(e.ids) for e in self._counting.encode_batch(list(texts), add_special_tokens=False)
        ]

    def encode(self, text: str) -> list[int]:
        return list(self._encoding.encode(text).ids)

    def decode(self, ids: Sequence[int]) -> str:
        return self._counting.decode(list(ids), skip_special_tokens=True)
