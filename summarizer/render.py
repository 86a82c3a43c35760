"""The reply as plain text: what the CLI prints, and the layout the bot's HTML follows.

The bot escapes and formats the same pieces (`bot/render.py`); the wording of the bullets lives
here so both say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence

from .types import Figure, Speaker, Summary

FIGURES_HEADER = "📊 Цифры"
SPEAKERS_HEADER = "🗣 Кто что сказал"
SOURCE_LABEL = "Источник"


def figure_bullets(figures: Sequence[Figure], limit: int | None = None) -> list[Figure]:
    """The figures a reply shows, one per bullet (a pair or tally shares its bullet), at most
    `limit` bullets. Only figures the pipeline marked `shown` (SUMMARIZER_MAX_FIGURES of them at
    most): an empty block beats a noisy one."""
    out: list[Figure] = []
    seen: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
    for f in figures:
        key = (f.bullet or f.context, f.marks)
        if not f.shown or key in seen:
            continue
        if limit is not None and len(out) >= limit:
            break
        seen.add(key)
        out.append(f)
    return out


def figure_pieces(figure: Figure) -> list[tuple[str, bool]]:
    """The bullet as (text, bold) pieces: the numbers bold, the clause around them plain."""
    bullet = figure.bullet or figure.context or figure.text
    marks = figure.marks if figure.bullet else ()
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for start, stop in sorted(marks):
        if start < pos or stop > len(bullet):
            continue
        pieces += [(bullet[pos:start], False), (bullet[start:stop], True)]
        pos = stop
    pieces.append((bullet[pos:], False))
    return [(text, bold) for text, bold in pieces if text]


def figure_line(figure: Figure) -> str:
    return "".join(text for text, _ in figure_pieces(figure))


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


def headline_in_text(summary: Summary) -> bool:
    """Whether the headline is the summary's own first words (a headline made from the lead):
    then it is said once, where it stands (in bold in the bot), not above the text again."""
    headline, text = summary.headline, summary.text
    return bool(headline) and text.startswith(headline) and not text[len(headline) :][:1].isalnum()


def render_plain(summary: Summary, max_figures: int | None = None, max_speakers: int = 6) -> str:
    blocks = [summary.text] if headline_in_text(summary) else [summary.headline, summary.text]
    figures = figure_bullets(summary.figures, max_figures)
    if figures:
        blocks.append("\n".join([FIGURES_HEADER, *(f"• {figure_line(f)}" for f in figures)]))
    speakers = shown_speakers(summary, max_speakers)
    if speakers:
        lines = [f"• {speaker_label(s)}: {speaker_quote(s)}" for s in speakers]
        blocks.append("\n".join([SPEAKERS_HEADER, *lines]))
    if (line := source_line(summary)) is not None:
        blocks.append(line)
    return "\n\n".join(b for b in blocks if b)
