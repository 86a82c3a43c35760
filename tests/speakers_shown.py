"""What the speakers block shows for a text, for the speaker tests: one copy, not one per file."""

from __future__ import annotations

from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers


def shown(text: str) -> dict[str, tuple[str, ...]]:
    """Each shown speaker's name and quotes."""
    return {s.name: s.quotes for s in extract_speakers(Document(text)) if s.shown}


def shown_words(text: str) -> list[str]:
    """Every quote shown, whoever says it."""
    return [q for qs in shown(text).values() for q in qs]
