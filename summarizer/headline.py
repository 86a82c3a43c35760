"""A one-line headline when the article brings none. (Baseline; being tuned.)"""
from __future__ import annotations

from .document import Document

MAX_HEADLINE_CHARS = 100


def make_headline(doc: Document, summary_sentences: tuple[str, ...] = ()) -> str:
    if doc.title and doc.title.strip():
        return " ".join(doc.title.split())
    first = summary_sentences[0] if summary_sentences else (doc.sentences[0].text if doc.sentences else "")
    first = first.strip().rstrip(".")
    if len(first) <= MAX_HEADLINE_CHARS:
        return first
    cut = first[:MAX_HEADLINE_CHARS]
    for sep in (", ", " – ", " — ", "; "):
        pos = cut.rfind(sep)
        if pos > 40:
            return cut[:pos]
    return cut[: cut.rfind(" ")] + "…"
