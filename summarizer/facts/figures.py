"""Key figures. Placeholder until the rule layer lands (issue 3)."""
from __future__ import annotations

from ..document import Document
from ..types import Figure


def extract_figures(doc: Document) -> tuple[Figure, ...]:
    return ()
