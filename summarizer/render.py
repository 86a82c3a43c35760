"""The reply as plain text: what the CLI prints, and the layout the bot's HTML follows.

The bot escapes and formats the same pieces (`bot/render.py`); the wording of the bullets lives
here so both say the same thing.
"""

from __future__ import annotations

from .types import Figure, Speaker, Summary

FIGURES_HEADER = "📊 Цифры"
SPEAKERS_HEADER = "🗣 Кто что сказал"
SOURCE_LABEL = "Источник"


def figure_line(figure: Figure) -> str:
    return f"{figure.text} — {figure.context}" if figure.context else figure.text


def speaker_label(speaker: Speaker) -> str:
    return f"{speaker.name}, {speaker.role}" if speaker.role else speaker.name


def shown_speakers(summary: Summary, limit: int) -> tuple[Speaker, ...]:
    """The speakers a reply lists: only those with a sure quote (the rest stay in --json)."""
    return tuple(s for s in summary.speakers if s.shown and s.shown_quotes)[:limit]


def speaker_quote(speaker: Speaker) -> str:
    """The first sure quote in «ёлочках», unless the quote already carries its own."""
    if not speaker.shown_quotes:
        return ""
    quote = speaker.shown_quotes[0].strip()
    return quote if quote.startswith("«") and quote.endswith(("»", "»…")) else f"«{quote}»"


def source_line(summary: Summary) -> str | None:
    article = summary.article
    if article is None or not (article.source or article.url):
        return None
    return f"{SOURCE_LABEL}: " + " ".join(x for x in (article.source, article.url) if x)


def render_plain(summary: Summary, max_figures: int = 8, max_speakers: int = 6) -> str:
    blocks = [summary.headline, summary.text]
    figures = summary.figures[:max_figures]
    if figures:
        blocks.append("\n".join([FIGURES_HEADER, *(f"• {figure_line(f)}" for f in figures)]))
    speakers = shown_speakers(summary, max_speakers)
    if speakers:
        lines = [f"• {speaker_label(s)}: {speaker_quote(s)}" for s in speakers]
        blocks.append("\n".join([SPEAKERS_HEADER, *lines]))
    if (line := source_line(summary)) is not None:
        blocks.append(line)
    return "\n\n".join(b for b in blocks if b)
