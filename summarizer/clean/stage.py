"""The cleaning steps in order, over the lines of one input.

    markup -> line openings (datelines, stamps, captions) -> furniture sentences and lines ->
    related-news block -> marks inside lines (hashtags, footnotes, contents) -> the title ->
    duplicates -> repairs (dangling sources, wrapped lines, glued sentences)

Every removal is kept with its kind, so that `benchmarks/cleaning.py` can count what went and a
reader can check that no article sentence did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import inline as I
from . import lines as L
from . import repair as R
from . import wiki as W
from .markup import one_blank_line, plain_text
from .patterns import CRUMBS, GLUED_BUTTON, GLUED_PROMO, MONTHS, MORE_TEASER, TICKER_INLINE
from .title import BYLINE, glued_title_end, heading, same_text, words

FIRST_LINES = 3  # datelines and time stamps open one of the text's first lines
RELATED_MAX_SHARE = 0.4  # a related-news block never takes more than this share of the text
RELATED_MAX_LINES = 15
_LEADING_PUNCT = re.compile(
    r"^(?:[.,;:]+|\*+)\s+(?=[«\"„]?[А-ЯЁA-Z])"
)  # "* Группировка…": a footnote star
_SIGNATURE = re.compile(
    r"\s*(?:\.\.\.|…)?\s*[А-ЯЁA-Z][\w«»\" .-]{1,30},\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$|\s*(?:\.\.\.|…)\s*$"
)
_SPACES = re.compile(r"[ \t]{2,}")
_CAMEL = re.compile(r"(?<=[а-яё]{3})(?=[А-ЯЁ][а-яё]{2})")  # "КапитолияУтверждение": glued lines


@dataclass(frozen=True)
class Removed:
    """A piece of the input that is not the article, and what kind of furniture it was."""

    kind: str
    text: str


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[Removed, ...] = ()
    repairs: int = 0  # sentences made readable again: joined, separated, a dangling source cut
    heading: str | None = None  # the first line, taken out as the headline of a text without title
    # the heading stood above the whole text (not the RIA layout, under a teaser and the lead):
    # what follows it is the top of the article, where a subtitle may stand
    headed: bool = False
    title: str | None = (
        None  # the given title completed with its end, when the page put it in the text
    )


class _Log:
    def __init__(self) -> None:
        self.removed: list[Removed] = []
        self.repairs = 0

    def out(self, kind: str, text: str) -> None:
        if text.strip():
            self.removed.append(Removed(kind, text.strip()))


def _opening(line: str, first: bool, log: _Log) -> str:
    """The line without the furniture it opens with (stray punctuation, datelines, stamps)."""
    while True:
        m = _LEADING_PUNCT.match(line)
        if m:
            line = line[m.end() :]
            continue
        found = L.prefix(line, first)
        if not found:
            return line
        kind, text = found
        log.out(kind, text)
        line = line[len(text) :].lstrip()


def _unquoted(text: str, log: _Log) -> str:
    """A text exported as one quoted CSV field: '"Наводнение унесло… ""Мощные дожди…"", –…"'.
    The outer marks go and each doubled mark is one again."""
    stripped = text.strip()
    if len(stripped) < 3 or stripped[0] != '"' or stripped[-1] != '"' or '""' not in stripped[1:-1]:
        return text
    log.out("quoting", '"…"')
    log.repairs += 1
    return stripped[1:-1].replace('""', '"').strip()


def _unglued(lines: list[str], log: _Log) -> list[str]:
    """A promo glued to the word before it ("…Госдепа СШАСлушайте подкасты…") goes on a line of
    its own, where the furniture rules see it open a sentence."""
    out: list[str] = []
    for line in lines:
        parts = GLUED_PROMO.split(line)
        log.repairs += len(parts) - 1
        out.extend(parts)
    return out


def _openings_and_furniture(lines: list[str], log: _Log) -> list[str]:
    out: list[str] = []
    seen = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            out.append("")
            continue
        line, gone = L.split_furniture(_opening(line, seen < FIRST_LINES, log))
        for kind, text in gone:
            log.out(kind, text)
        if gone and line:  # what the furniture stood before may open with a dateline or counter
            line = _opening(line, seen < FIRST_LINES, log)
        if not line:
            continue
        line_kind = L.line_kind(line, seen)
        if line_kind:
            log.out(line_kind, line)
            continue
        out.append(line)
        seen += 1
    return out


def _first_openings(lines: list[str], log: _Log) -> list[str]:
    """Once the title and the copies are gone, the lead may be a line that was not among the
    first ones before: its dateline goes too."""
    out, seen = [], 0
    for line in lines:
        if line and seen < FIRST_LINES:
            line = _opening(line, True, log)
            seen += 1
        out.append(line)
    return out


_CUT_TEASER = re.compile(r"\S\s+(?:…|\.\.\.)$")


def _teasers(lines: list[str], log: _Log) -> list[str]:
    """Other stories' teasers the site cut mid-word: "…оставив за Джо Баденом 259 голосов из 270,
    необход …". The text's last line may be cut by whoever passed it on and stays."""
    last = max((k for k, x in enumerate(lines) if x), default=-1)
    out = []
    for k, line in enumerate(lines):
        if line and k != last and len(line.split()) >= 6 and _CUT_TEASER.search(line):
            log.out("teaser", line)
            continue
        out.append(line)
    return out


_DATED_HEADING = re.compile(
    r"^(?P<head>[^.!?\n]{15,200}?[а-яёa-z»\"])\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s+(?=[А-ЯЁ])"
)


# "Сборщик долгов потребовал возврата денег Москва, 12 ноября. Житель Московской области…": a
# subtitle, then the wire's dateline, then the lead.
_SUBTITLE_DATELINE = re.compile(
    r"^(?P<head>[^.!?\n]{15,200}?[а-яё»\"])\s+(?P<date>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?,\s+\d{1,2}\s+"
    + MONTHS
    + r"(?:\s+\d{4})?\.)\s+(?=[А-ЯЁ])"
)


def _dated_heading(lines: list[str], log: _Log) -> list[str]:
    """A headline, its date and the lead run together on the first line ("…запрещено покидать
    страну 03.11.2018 Верховный суд Пакистана…"): the headline gets a line of its own."""
    first = next((k for k, x in enumerate(lines) if x), None)
    if first is None:
        return lines
    m = _DATED_HEADING.match(lines[first]) or _SUBTITLE_DATELINE.match(lines[first])
    if not m:
        return lines
    log.out("timestamp" if m.re is _DATED_HEADING else "dateline", m.group("date"))
    log.repairs += 1
    return [*lines[:first], m.group("head"), lines[first][m.end() :], *lines[first + 1 :]]


def _related_block(lines: list[str], log: _Log) -> list[str]:
    """A "Читать ещё:" header alone on a line near the end: the rest of the page is other stories."""
    total = sum(len(line) for line in lines) or 1
    for i, line in enumerate(lines):
        if not L.is_related_header(line):
            continue
        rest = [x for x in lines[i + 1 :] if x]
        if len(rest) <= RELATED_MAX_LINES and sum(map(len, rest)) <= RELATED_MAX_SHARE * total:
            log.out("promo", line)
            for x in rest:
                log.out("related", x)
            return lines[:i]
        log.out("promo", line)
        return lines[:i] + lines[i + 1 :]
    return lines


# The outlet's signature on its own gloss: "(цифровой профиль — прим. TJ)" keeps the gloss.
_EDITOR_NOTE = re.compile(
    r"\s*[—–-]\s*прим(?:\.|ечание)\s*(?:ред\.?|редакции|[A-ZА-ЯЁ][\w.]{0,15})(?=\))"
)


def _marks(lines: list[str], log: _Log) -> list[str]:
    out = []
    for line in lines:
        line, wiki = W.wiki_markup(line)
        for piece in wiki:
            log.out("wiki markup", piece)
        line, tags = L.strip_hashtags(line)
        if tags:
            log.out("hashtags", tags)
        line, credits = I.photo_credits(line)
        for credit in credits:
            log.out("credit" if line else "caption", credit)
        line, heads = I.glued_subheading(line)
        for head in heads:
            log.out("subheading", head)
        line, fields = I.table_fields(line)
        for run in fields:
            log.out("table", run)
        for button in GLUED_BUTTON.finditer(line):
            log.out("promo", button.group())
        line = GLUED_BUTTON.sub("", line)
        for teaser in MORE_TEASER.finditer(line):
            log.out("teaser", teaser.group().strip())
        line = MORE_TEASER.sub("", line)
        crumbs = CRUMBS.search(line)
        if crumbs:
            log.out("crumbs", crumbs.group())
            line = (
                line[: crumbs.start()] + "." + line[crumbs.end() :]
                if line[crumbs.start() - 1 : crumbs.start()].isalnum()
                else line[: crumbs.start()] + line[crumbs.end() :]
            )
        for note in _EDITOR_NOTE.finditer(line):
            log.out("editor note", note.group().strip())
        line = _EDITOR_NOTE.sub("", line)
        for ticker in TICKER_INLINE.finditer(line):
            log.out("ticker", ticker.group().strip())
        line = TICKER_INLINE.sub("", line)
        line, marks = R.footnotes(line)
        for mark in marks:
            log.out("footnote", mark)
        line, toc = R.table_of_contents(line)
        if toc:
            log.out("contents", toc)
        out.append(_SPACES.sub(" ", line).strip() if (marks or toc) else line)
    return out


# The title's last words left at the start of the text: the title "Европейская комиссия запустит
# программу поддержки технологических" over "стартапов Европейская комиссия сообщила…".
_SPILL = re.compile(
    r"^(?P<spill>[а-яё][а-яё-]*(?: [а-яё][а-яё-]*){0,2}) (?=[«\"]?[А-ЯЁA-Z][а-яёa-z]*\s)"
)


_FUNCTION_WORD = re.compile(
    r"(?:^|\s)(?:в|во|на|по|с|со|к|ко|о|об|от|за|из|для|до|при|у|и|а|но|или|что|как|не|же|ли"
    r"|бы|то|его|ее|её|их)(?=\s|$)"
)


def _spilled_title(lines: list[str], title: str | None, log: _Log) -> tuple[list[str], str | None]:
    """(the lines without the title's end, the whole title) when the text opens with the end of
    a title that stops without punctuation; (lines, None) otherwise."""
    if not title or not title.rstrip()[-1:].isalpha():
        return lines, None
    first = next((k for k, x in enumerate(lines) if x), None)
    m = _SPILL.match(lines[first]) if first is not None else None
    if m is None or first is None or _FUNCTION_WORD.search(m.group("spill")):
        return lines, None  # "в Москве прошли…": a text cut inside its first phrase
    log.out("title", m.group("spill"))
    log.repairs += 1
    rest = lines[first][m.end() :]
    return [*lines[:first], rest, *lines[first + 1 :]], f"{title.rstrip()} {m.group('spill')}"


def _title(lines: list[str], title: str | None, log: _Log) -> tuple[list[str], str | None, bool]:
    """Lines that repeat the title go; a title glued before the lead is cut off; a text without
    a title gives up its first line when that reads as a headline; and whether that line stood
    above the whole text."""
    found, on_top = None, False
    if not (title and title.strip()):
        where = heading(lines)
        if where is None:
            return lines, None, False
        index, found, deck = where
        above = [x for x in lines[:index] if x.strip()]
        if len(above) == 1 and BYLINE.match(above[0].strip()):
            # the author's name above the title goes with it
            log.out("byline", above[0])
            lines = ["" if x.strip() else x for x in lines[:index]] + lines[index:]
            above = []
        on_top = not above
        log.out("heading", found if deck else lines[index])
        # a subtitle glued to the heading stays, as a paragraph of its own
        kept = [deck, ""] if deck else []
        lines, title = lines[:index] + kept + lines[index + 1 :], found
    out: list[str] = []
    for i, line in enumerate(lines):
        if line and same_text(line, title):
            log.out("title", line)
            continue
        if line and sum(1 for x in lines[:i] if x) <= 2:
            end = glued_title_end(line, title)
            if end is not None:
                log.out("title", line[:end])
                line = line[end:].lstrip()
        out.append(line)
    return out, found, on_top


def _tags(lines: list[str], log: _Log) -> list[str]:
    """The site's tags glued after the text's last sentence go."""
    last = max((k for k, x in enumerate(lines) if x), default=-1)
    if last < 0:
        return lines
    line, tags = I.trailing_tags(lines[last])
    if tags is None:
        return lines
    log.out("tags", tags)
    return [*lines[:last], line, *lines[last + 1 :]]


def _duplicates(lines: list[str], log: _Log) -> list[str]:
    """Exact repeats; a teaser ("…от Демократической... РИА Новости, 14.12.2020") whose words
    stand in full in another line; and a page's all-in-one copy of its paragraphs, when the
    paragraphs are there too and cover it."""
    keys = [" ".join(w for w, _, _ in words(_CAMEL.sub(" ", _SIGNATURE.sub("", x)))) for x in lines]
    # Lines that hold a given run of four words: a line can only stand inside one that holds its
    # first four words, so each line is compared with a handful, not with all (linear, not square).
    first: dict[str, int] = {}  # each distinct line once: exact repeats are dropped below anyway
    for j, key in enumerate(keys):
        first.setdefault(key, j)
    holders: dict[str, set[int]] = {}
    for key, j in first.items():
        tokens = key.split()
        for k in range(len(tokens) - 3):
            holders.setdefault(" ".join(tokens[k : k + 4]), set()).add(j)
    inside: dict[int, list[int]] = {}  # line -> the other lines whose words it contains
    for i, key in enumerate(keys):
        tokens = key.split()
        if len(tokens) < 6:
            continue
        for j in holders.get(" ".join(tokens[:4]), ()):
            other = keys[j]
            if len(other) > len(key) and f" {key} " in f" {other} ":
                inside.setdefault(j, []).append(i)
    glued = {j for j, parts in inside.items() if _covered(keys[j], [keys[i] for i in parts])}
    seen: set[str] = set()
    out: list[str] = []
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if not line:
            out.append(line)
            continue
        repeat = len(key.split()) >= 3 and key in seen
        contained = any(i in parts for j, parts in inside.items() if j not in glued)
        if repeat or contained or i in glued:
            log.out("duplicate", line)
            continue
        seen.add(key)
        out.append(line)
    return out


def _covered(key: str, parts: list[str], share: float = 0.95) -> bool:
    """Whether `parts` cover nearly every word of `key`: it holds nothing they do not."""
    if len(parts) < 2:
        return False
    covered = [False] * len(key)
    for part in parts:
        start = f" {key} ".find(f" {part} ")
        for k in range(start, min(start + len(part), len(key))):
            covered[k] = True
    letters = [c for c, k in zip(covered, key, strict=True) if k != " "]
    return sum(letters) >= share * len(letters)


# "( СБУ )": spaces the page put inside a short parenthesis.
_PADDED_PARENS = re.compile(r"\(\s+([^()\s][^()]{0,40}?)\s+\)")
# "в интернете ()", "(, )": brackets whose link or wiki markup the paste lost, empty to a reader
_EMPTY_PARENS = re.compile(r"\s*\((?:\s|[,;])*\)")


def _repairs(lines: list[str], log: _Log) -> list[str]:
    out: list[str] = []
    i = 0
    last = max((k for k, x in enumerate(lines) if x), default=-1)
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while line:
            k = next((k for k in range(j, len(lines)) if lines[k]), None)
            if k is None or not R.joins_next(line, lines[k]):
                break
            log.repairs += 1
            line = f"{line.rstrip()} {lines[k].lstrip()}"
            j = k + 1
        if line:
            fixed = R.dangling_source(line, None)
            if fixed:
                line, cut = fixed
                log.out("source", cut)
                log.repairs += 1
            line, cuts = R.midline_source(line)
            for cut in cuts:
                log.out("source", cut)
                log.repairs += 1
            line, signature = R.self_attribution(line)
            if signature:
                log.out("source", signature)
            line, glued = R.glued_sentences(line)
            log.repairs += glued
            line, spaced = _PADDED_PARENS.subn(r"(\1)", line)
            log.repairs += spaced
            line, emptied = _EMPTY_PARENS.subn("", line)
            log.repairs += emptied
            stopped = R.full_stop(line, last=j > last)
            if stopped:
                line = stopped
                log.repairs += 1
        out.append(line)
        i = j
    return out


def clean_report(text: str, title: str | None = None) -> Cleaned:
    """The article text of `text`, what was removed from it and why, and its heading.

    `title` is the article's own title when it has a usable one (see `headline.usable_title`):
    its copies in the text go. Without one, a first line that reads as a headline is taken out
    and returned as `heading`.
    """
    log = _Log()
    lines = [line.strip() for line in _unquoted(plain_text(text), log).split("\n")]
    lines = _related_block(_unglued(lines, log), log)
    lines = _openings_and_furniture(lines, log)
    lines = _teasers(lines, log)
    lines = _tags(_marks(lines, log), log)
    lines = _dated_heading(lines, log)
    lines, whole = _spilled_title(lines, title, log)
    lines, found, on_top = _title(lines, whole or title, log)
    lines = _duplicates(lines, log)
    lines = _first_openings(lines, log)
    lines = _repairs(lines, log)
    cleaned = one_blank_line("\n".join(lines)).strip()
    headed = found is not None and on_top
    return Cleaned(cleaned, tuple(log.removed), log.repairs, found, headed, whole)


def clean_text(text: str, title: str | None = None) -> str:
    return clean_report(text, title).text
