"""What the figures block shows for a text, for the figure tests: one copy, not one per file."""

from __future__ import annotations

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.render import figure_bullets, figure_line


def shown_lines(text: str, title: str | None = None) -> list[str]:
    """The block's lines as the reply prints them (pairs joined, at most the block's size)."""
    return [figure_line(f) for f in figure_bullets(extract_figures(Document(text, title)))]


def shown_bullets(text: str, title: str | None = None) -> list[str]:
    """The verbatim bullet of every figure marked shown, the title given to the extractor."""
    return [f.bullet for f in extract_figures(Document(text), title=title) if f.shown]
