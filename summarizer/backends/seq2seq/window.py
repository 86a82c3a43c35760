"""What of an article goes into the model's window (600 tokens for rut5), engine-neutral."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...document import Document


@dataclass(frozen=True)
class Window:
    """What goes into the model: the chosen sentences (by index) and their text."""

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


def join_sentences(doc: Document, indices: Sequence[int]) -> str:
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
