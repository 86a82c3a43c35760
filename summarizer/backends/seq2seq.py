"""Abstractive summaries with a transformers seq2seq model (rut5 / mBART fine-tuned on Gazeta).

Split the way transformers' pipelines are: preprocess (choose what fits the window, tokenize),
forward (generate), postprocess (decode, split). Any local directory or hub id that
`AutoModelForSeq2SeqLM` reads works; the tests load a tiny T5 through this very code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from ..document import Document
from ..errors import ModelUnavailableError
from ..settings import SummarizerSettings
from ..text import split_sentences
from .base import Draft

log = logging.getLogger(__name__)

Ranker = Callable[[Document], Sequence[float]]


@dataclass(frozen=True)
class Window:
    """What goes into the model: the chosen sentences (by index) and their token ids."""

    indices: tuple[int, ...]
    text: str
    truncated: bool  # the article did not fit and something was left out


def select_window(
    token_counts: Sequence[int], budget: int, scores: Sequence[float], lead_share: float = 0.85
) -> tuple[int, ...]:
    """Sentences that fit `budget` tokens: the opening as one block, then the most central of the
    rest, in text order.

    News puts the point first and the Gazeta models were trained on article openings, so the
    opening keeps most of the window; what is left goes to the sentences the ranker scores
    highest, rather than to whatever happens to come next.
    """
    n = len(token_counts)
    if sum(token_counts) <= budget:
        return tuple(range(n))
    chosen: list[int] = []
    used = 0
    for count in token_counts:
        if used + count > budget * lead_share:
            break
        chosen.append(len(chosen))
        used += count
    for i in sorted(range(len(chosen), n), key=lambda k: (-scores[k], k)):
        if used + token_counts[i] <= budget:
            chosen.append(i)
            used += token_counts[i]
    if not chosen and n:  # even the first sentence is longer than the window: the tokenizer cuts it
        chosen = [0]
    return tuple(sorted(chosen))


def truncate_window(token_counts: Sequence[int], budget: int) -> tuple[int, ...]:
    """Plain truncation: the sentences that start inside the budget; the tokenizer cuts the last."""
    used, out = 0, []
    for i, count in enumerate(token_counts):
        if used >= budget:
            break
        out.append(i)
        used += count
    return tuple(out)


class Seq2SeqBackend:
    name = "seq2seq"
    abstractive = True

    def __init__(
        self,
        model: str | Path,
        settings: SummarizerSettings | None = None,
        ranker: Ranker | None = None,
    ) -> None:
        self.settings = settings or SummarizerSettings()
        self.ranker = ranker
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError as exc:  # pragma: no cover - torch/transformers are dependencies
            raise ModelUnavailableError(f"transformers is not installed: {exc}") from exc
        if self.settings.threads:
            torch.set_num_threads(self.settings.threads)
        self._torch = torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(model))
            self.model = AutoModelForSeq2SeqLM.from_pretrained(str(model))
        except (OSError, ValueError) as exc:
            raise ModelUnavailableError(f"cannot load seq2seq model {model}: {exc}") from exc
        self.model.to(self.settings.device)
        self.model.eval()
        log.info(
            "seq2seq model loaded from %s (%d parameters)",
            model,
            sum(p.numel() for p in self.model.parameters()),
        )

    # --- preprocess -------------------------------------------------------------------------
    def window(self, doc: Document) -> Window:
        sentences = doc.sentences
        budget = self.settings.max_input_tokens - 1  # room for </s>
        if not sentences:
            return Window((), doc.text, False)
        counts = [
            len(ids)
            for ids in self.tokenizer([s.text for s in sentences], add_special_tokens=False)[
                "input_ids"
            ]
        ]
        if self.settings.input_selection == "truncate" or self.ranker is None:
            indices = truncate_window(counts, budget)
        else:
            indices = select_window(counts, budget, self.ranker(doc))
        return Window(indices, _join(doc, indices), sum(counts) > budget)

    def preprocess(self, doc: Document) -> dict[str, Any]:
        window = self.window(doc)
        if window.truncated:
            log.info(
                "article longer than %d tokens: %d of %d sentences go in (%s)",
                self.settings.max_input_tokens,
                len(window.indices),
                len(doc.sentences),
                self.settings.input_selection,
            )
        return self.tokenizer(
            window.text,
            max_length=self.settings.max_input_tokens,
            truncation=True,
            return_tensors="pt",
        ).to(self.settings.device)

    # --- forward ----------------------------------------------------------------------------
    def forward(self, inputs: dict[str, Any]) -> Any:
        s = self.settings
        with self._torch.inference_mode():
            return self.model.generate(
                **inputs,
                num_beams=s.num_beams,
                no_repeat_ngram_size=s.no_repeat_ngram_size,
                max_new_tokens=s.max_new_tokens,
                early_stopping=s.num_beams > 1,
            )

    # --- postprocess ------------------------------------------------------------------------
    def postprocess(self, output_ids: Any) -> Draft:
        text = cast(str, self.tokenizer.decode(output_ids[0], skip_special_tokens=True))
        text = " ".join(text.split())
        return Draft(tuple(s.text for s in split_sentences(text)), self.name)

    def summarize(self, doc: Document) -> Draft:
        return self.postprocess(self.forward(self.preprocess(doc)))


def _join(doc: Document, indices: Sequence[int]) -> str:
    """Chosen sentences back into text, keeping paragraph breaks where the article had them."""
    parts: list[str] = []
    last_paragraph = None
    for i in indices:
        s = doc.sentences[i]
        if parts:
            parts.append("\n" if s.paragraph != last_paragraph else " ")
        parts.append(s.text)
        last_paragraph = s.paragraph
    return "".join(parts)
