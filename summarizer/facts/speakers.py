"""Who said what. Placeholder until the rule layer lands (issue 3)."""
from __future__ import annotations

from ..document import Document
from ..types import Speaker


def extract_speakers(doc: Document) -> tuple[Speaker, ...]:
    return ()
