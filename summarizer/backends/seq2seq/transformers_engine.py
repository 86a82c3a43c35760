"""The reference engine: transformers' `generate` on any `AutoModelForSeq2SeqLM` (torch)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .engine import GenerationOptions, Ids


class TransformersEngine:
    name = "transformers"

    def __init__(self, model: Any, device: str = "cpu") -> None:
        import torch

        self._torch = torch
        self.model = model
        self.device = device
        config = model.config
        self.pad_id = config.pad_token_id if config.pad_token_id is not None else 0
        eos = config.eos_token_id
        self.eos_ids = set(eos if isinstance(eos, list) else [eos])

    @classmethod
    def load(cls, path: str | Path, device: str = "cpu", threads: int = 0) -> TransformersEngine:
        import torch
        from transformers import AutoModelForSeq2SeqLM

        if threads:
            torch.set_num_threads(threads)
        model = AutoModelForSeq2SeqLM.from_pretrained(str(path))
        model.to(device)
        model.eval()
        return cls(model, device)

    @property
    def parameters(self) -> int:
        return sum(p.numel() for p in self.model.parameters())

    def generate(self, batch: Sequence[Sequence[int]], options: GenerationOptions) -> list[Ids]:
        torch = self._torch
        width = max(len(ids) for ids in batch)
        input_ids = torch.tensor([list(ids) + [self.pad_id] * (width - len(ids)) for ids in batch])
        mask = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids in batch])
        extra: dict[str, Any] = {}
        if options.min_new_tokens:
            extra["min_new_tokens"] = options.min_new_tokens
        with torch.inference_mode():
            output = self.model.generate(
                input_ids=input_ids.to(self.device),
                attention_mask=mask.to(self.device),
                num_beams=options.num_beams,
                no_repeat_ngram_size=options.no_repeat_ngram_size,
                max_new_tokens=options.max_new_tokens,
                early_stopping=options.num_beams > 1,
                **extra,
            )
        return [self._strip(row) for row in output.tolist()]

    def _strip(self, row: list[int]) -> Ids:
        """Drop the decoder start token, and cut at </s> (what follows is padding)."""
        out: Ids = []
        for token in row[1:]:
            if token in self.eos_ids:
                break
            out.append(token)
        return out
