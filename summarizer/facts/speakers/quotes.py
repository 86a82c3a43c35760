"""Direct speech on the page: quoted stretches («…», "…", „…“) and dialogue-dash paragraphs.

Works on characters, not tokens: quote marks nest and run across sentences and paragraphs, which
razdel's sentences do not respect. The result is a list of plain offset pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DASHES = "-–—―"
_DASH_PARAGRAPH = re.compile(r"[ \t]*[-–—―][ \t\u00a0]+")
# ", – заявил …", "! – сказал …", "… – отметил …": the end of a quoted stretch in a dash paragraph
_DASH_ATTRIBUTION = re.compile(r"(?:[,!?…]|\.\.\.)[ \t\u00a0]*[-–—―][ \t\u00a0]+(?=[а-яё])")
# ". – " inside a dash paragraph after the attribution: the quote goes on
_DASH_CONTINUATION = re.compile(r"[.!?…][ \t\u00a0]*[-–—―][ \t\u00a0]+(?=\S)")
_WORD = re.compile(r"\w+")
_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"))
_MARKS = {
    "«": re.compile("[«»]"),
    "„": re.compile("[„“]"),
    "“": re.compile("[“”]"),
    '"': re.compile('"'),
}
QUOTE_CHARS = frozenset("«»\"„“”‘’'")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_ATTRIBUTION_AFTER = re.compile(r",?[ \t\u00a0]*[-–—―][ \t\u00a0]*[а-яё]")


@dataclass(frozen=True)
class Stretch:
    """Words on the page that someone said: text[start:stop], verbatim."""

    start: int
    stop: int
    after: int  # where an attribution ("— сказал он") would begin
    before: int  # where an introduction ("Он заявил:") would end
    dash: bool  # a dialogue-dash paragraph rather than quote marks
    continued: bool = False  # goes on after an attribution inside the same dash paragraph
    plain: bool = False  # no marks at all: a paragraph after "… заявил следующее:"


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _ascii_role(text: str, k: int) -> str:
    """Whether a straight quote at k opens or closes: by what stands on either side."""
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    if after in ",.;:!?)]}»…":  # 'принадлежащие " Газпрому ", наложен': closes, spaced or not
        return "close"
    if (before.isspace() or before in '([{-–—:;,«„"/') and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in '.,;:!?)]}»…-–—"'):
        return "close"
    return "open" if before.isspace() else "close"


def _pair_marks(
    text: str,
    lo: int,
    hi: int,
    opener: str,
    closer: str,
    out: list[tuple[int, int]],
    carry: list[int],
) -> list[int]:
    """Nested pairs of distinct opening and closing marks; returns openers left unclosed."""
    stack = list(carry)
    for m in _MARKS[opener].finditer(text, lo, hi):
        k = m.start()
        if text[k] == opener:
            stack.append(k)
        elif stack:
            if (
                len(stack) > 1
                and _ATTRIBUTION_AFTER.match(text, k + 1)
                and not _closer_next(text, k + 1, hi, opener, closer)
            ):
                # "«… Вот такая вот «веселуха», — заявила певица": one mark closes both
                del stack[1:]
            start = stack.pop()
            if not stack:
                out.append((start, k))
    return stack


def _closer_next(text: str, k: int, hi: int, opener: str, closer: str) -> bool:
    """Is the next mark of this kind after k a closing one? Then the outer quote closes there:
    "«…, что «Эхо Москвы» — это площадка …», — добавил он" (a dash, but no attribution)."""
    m = _MARKS[opener].search(text, k, hi)
    return m is not None and text[m.start()] == closer


def _pair_ascii(
    text: str, lo: int, hi: int, out: list[tuple[int, int]], carry: list[int]
) -> list[int]:
    stack = list(carry)
    for m in _MARKS['"'].finditer(text, lo, hi):
        k = m.start()
        if _ascii_role(text, k) == "open" or not stack:
            stack.append(k)
        else:
            if len(stack) > 1 and _ATTRIBUTION_AFTER.match(text, k + 1):
                # '"… слов "сговор с Россией", - заметила она': one mark closes both quotes
                del stack[1:]
            start = stack.pop()
            if not stack:
                out.append((start, k))
    return stack


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Outermost quoted stretches as (opening mark, closing mark) offsets.

    A paragraph that opens a quote and ends without closing it goes on in the next paragraph when
    that one opens with a quote mark too (the Russian way of quoting several paragraphs), or when
    the line was cut mid-sentence (no final punctuation). A quote opened after a colon and never
    closed runs to the end of its paragraph (the closing mark lost in scraping); the second
    offset is then the paragraph end.
    """
    out: list[tuple[int, int]] = []
    carry: dict[str, list[int]] = {"«": [], "„": [], "“": [], '"': []}
    dangling: list[tuple[int, int, str]] = []  # (opener, paragraph end, kind)
    for start, stop in _paragraphs(text):
        line = text[start:stop]
        first = line.lstrip()[:1]
        for a, end, kind in dangling:
            if not (first == kind or (kind == '"' and _cut_line(text, start))):
                out.append((a, end))
        for opener, closer in _PAIRS:
            keep = carry[opener] if carry[opener] and first == opener else []
            # the next paragraph reopens the same quote: its mark is no new level
            start_here = start + line.index(opener) + 1 if keep else start
            carry[opener] = _pair_marks(text, start_here, stop, opener, closer, out, keep)
        keep = carry['"'] if carry['"'] and (first == '"' or _cut_line(text, start)) else []
        carry['"'] = _pair_ascii(text, start, stop, out, keep)
        dangling = [
            (a, stop, kind)
            for kind, stack in carry.items()
            for a in stack[:1]
            if _after_colon(text, a)
        ]
    out.extend((a, end) for a, end, kind in dangling if a in carry[kind])
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and a < merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
            continue
        merged.append((a, b))
    return merged


def _after_colon(text: str, k: int) -> bool:
    j = k - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and text[j] == ":"


def _cut_line(text: str, para_start: int) -> bool:
    """The previous line ends mid-sentence: scraped text broken in two."""
    k = para_start - 1
    while k > 0 and text[k - 1] in " \t\n":
        k -= 1
    # a word or a comma; a line ending in a number is a dateline ("РИА Новости, 26.02.2020")
    return k > 0 and (text[k - 1].isalpha() or text[k - 1] == ",")


def dash_stretches(text: str) -> list[Stretch]:
    """Dialogue-dash paragraphs: "– Мы готовы, – заявил он. – Но не сразу."."""
    out: list[Stretch] = []
    for start, stop in _paragraphs(text):
        m = _DASH_PARAGRAPH.match(text, start, stop)
        if not m:
            continue
        pos = m.end()
        continued = False
        while pos < stop:
            a = _DASH_ATTRIBUTION.search(text, pos, stop)
            end = a.start() if a else stop
            content_end = end + 1 if a and text[end] in "!?…" else end
            if a is not None:
                # "— А чтоб заметнее было. — Ага. Значит, панк как бизнес? — уточняет он": a
                # dash after a full stop opens another turn, maybe another voice; only the
                # last turn is the attributed one, the turns before it go unattributed
                turns = list(_DASH_CONTINUATION.finditer(text, pos, end))
                if turns:
                    pos = turns[-1].end()
                # "— Они что, панки? — интересуется Мураками. — Да не то чтобы…, — говорю я":
                # words with their own attribution are whoever it names, not the last speaker
                continued = False
            if word_count(text[pos:content_end]) >= 1:
                out.append(Stretch(pos, content_end, a.end() if a else stop, pos, True, continued))
            if not a:
                break
            c = _DASH_CONTINUATION.search(text, a.end(), stop)
            if not c:
                break
            pos = c.end()
            continued = True
    return out


_MAX_QUOTE_SPAN = 2500  # characters: a longer "quote" is two marks paired wrongly


def quote_stretches(text: str) -> list[Stretch]:
    out = []
    for a, b in quote_regions(text):
        if b - a < 2 or b - a > _MAX_QUOTE_SPAN:
            continue
        out.extend(_interrupted(text, a, b) or [Stretch(a + 1, b, b + 1, a, False)])
    return out


def _interrupted(text: str, a: int, b: int) -> list[Stretch]:
    """«Мы обнаружили обратное, — говорит автор. — У 90% людей …»: one quote broken by its
    attribution is two stretches, the second continuing the first; the attribution between them
    is the writer's, not the speaker's. Empty when the marks hold no such break."""
    att = _DASH_ATTRIBUTION.search(text, a + 1, b)
    if att is None or _MARKS["«"].search(text, att.start(), att.end()):
        return []
    cont = _DASH_CONTINUATION.search(text, att.end(), b)
    if (
        cont is None
        or "\n" in text[att.end() : cont.start()]
        or "«" in text[att.end() : cont.start()]
    ):
        return []
    if word_count(text[cont.end() : b]) < 2:
        return []
    end = att.start() + 1 if text[att.start()] in "!?…" else att.start()
    return [
        Stretch(a + 1, end, att.start(), a, True),
        Stretch(cont.end(), b, b + 1, cont.start(), True, continued=True),
    ]


def shorten(text: str, limit: int = 250) -> str:
    """At most `limit` characters, cut at a sentence end when one is near, else at a word."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    best = -1
    for m in _SENTENCE_END.finditer(head):
        if m.end() >= limit * 0.5:
            best = m.end()
    if best > 0:
        return head[:best].rstrip() + " …" if not head[:best].endswith("…") else head[:best]
    cut = head.rfind(" ")
    if cut < limit // 2:
        cut = limit
    return head[:cut].rstrip(" ,;:–—-") + "…"


def strip_quotes(name: str) -> str:
    """Drop quote marks that open or close nothing inside the name: «Газпром» -> Газпром."""
    name = name.strip()
    while len(name) > 1 and name[0] in QUOTE_CHARS and name[-1] in QUOTE_CHARS:
        name = name[1:-1].strip()
    if name.count("«") != name.count("»"):
        name = name.replace("«", "").replace("»", "").strip()
    if name.count('"') % 2:
        name = name.replace('"', "").strip()
    return " ".join(name.split())
