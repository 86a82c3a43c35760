"""Checks on clean text (language, prose, length) and its sentences.

The cleaning itself (markup, site furniture, repairs) is the stage in `summarizer.clean`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import razdel

from .errors import EmptyTextError, NotRussianError, NotTextError, TextTooShortError

_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-Z]")
_UKRAINIAN_CHARS = re.compile(r"[іїєґІЇЄҐ]")
_KAZAKH_CHARS = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_WORD = re.compile(r"[а-яёіїєґa-z]+", re.I)
_RU_STOPWORDS = frozenset(
    "и в не на что это как он она они по из за его от было был также уже "
    "который которые чтобы при после ее её только или еще ещё для".split()
)
_UK_STOPWORDS = frozenset(
    "і та що це як він вона вони від було був також вже який які щоб при "
    "після її тільки або ще для у з не на".split()
)


def fold(word: str) -> str:
    """Lower case with "ё" as "е": how word lists, numeral tables and token lookups are keyed."""
    return word.lower().replace("ё", "е")


def common_prefix(a: str, b: str) -> int:
    """How many leading characters two words share: the stem an inflected pair has in common
    ("Джонсон" / "Джонсона": 7), which name, word and guard matching all read."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def garbage_share(text: str) -> float:
    """Share of characters no article contains: replacement marks, private use, stray controls."""
    if not text:
        return 0.0
    sample = text[:20000]
    bad = 0
    for ch in sample:
        if ch == "\ufffd" or (
            ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")
        ):
            bad += 1
    return bad / len(sample)


def detect_language(text: str) -> str:
    """'ru', 'uk', 'kk', 'en' or 'other': enough to tell Russian news from what it is not."""
    sample = text[:20000]
    cyr = (
        len(_CYRILLIC.findall(sample))
        + len(_UKRAINIAN_CHARS.findall(sample))
        + len(_KAZAKH_CHARS.findall(sample))
    )
    lat = len(_LATIN.findall(sample))
    if cyr + lat == 0:
        return "other"
    if cyr < 0.5 * (cyr + lat):
        return "en" if lat else "other"
    if len(_KAZAKH_CHARS.findall(sample)) > 0.01 * cyr:
        return "kk"
    words = [w.lower() for w in _WORD.findall(sample)]
    ru = sum(w in _RU_STOPWORDS for w in words)
    uk = sum(w in _UK_STOPWORDS and w not in _RU_STOPWORDS for w in words)
    uk_chars = len(_UKRAINIAN_CHARS.findall(sample))
    if uk_chars > 0.015 * cyr and uk > ru * 0.5:
        return "uk"
    return "ru"


_LANGUAGE_NAMES = {"en": "английском", "uk": "украинском", "kk": "казахском"}


def reject_binary(raw: str) -> None:
    """Checked before cleaning, which would quietly delete the control characters that give it away."""
    if garbage_share(raw) > 0.02:
        raise NotTextError("binary or garbled input")


# A full statement: opens with a capital, a digit or a quote and closes with its stop.
_STATEMENT = re.compile(r"^[А-ЯЁA-Z0-9«\"„].*[.!…][»\"”)]?$")


def short_item(text: str, min_chars: int) -> bool:
    """A complete news item under the length limit: at least half the limit long, and all full
    statements, two or more of them of five words or more. A wire brief pasted whole deserves its
    summary (itself, its figures, its speakers); a lone sentence, a remark or a question does not.
    """
    flat = " ".join(text.split())
    if len(flat) < min_chars // 2:
        return False
    sentences = [s.text for s in razdel.sentenize(flat)]
    return all(_STATEMENT.match(s) for s in sentences) and (
        sum(len(s.split()) >= 5 for s in sentences) >= 2
    )


def long_enough(text: str, min_chars: int) -> bool:
    """Long enough to summarize: the length limit, or a complete short item (`short_item`)."""
    return len(text) >= min_chars or short_item(text, min_chars)


def validate(text: str, min_chars: int) -> None:
    """Raise the specific error for cleaned input we cannot summarize; return quietly otherwise."""
    if not text.strip():
        raise EmptyTextError("empty input")
    reject_binary(text)
    letters = sum(ch.isalpha() for ch in text[:20000])
    if letters < 0.4 * min(len(text), 20000):
        raise NotTextError("too few letters to be prose")
    lang = detect_language(text)
    if lang != "ru":
        name = _LANGUAGE_NAMES.get(lang)
        message = (
            f"Я пересказываю только новости на русском языке, а этот текст, похоже, на {name}."
            if name
            else None
        )
        raise NotRussianError(f"language detected: {lang}", user_message=message)
    if not long_enough(text, min_chars):
        raise TextTooShortError(f"{len(text)} characters, need {min_chars}")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offsets into Document.text
    stop: int
    paragraph: int  # index of the paragraph it belongs to
    index: int  # index among all sentences


# razdel reads "млрд." before a quote as an abbreviation inside the sentence: "…за $19 млрд.
# «В данном конкретном случае…» stays one sentence. A long quote opening there is a new one.
_ABBREVIATION_THEN_QUOTE = re.compile(
    r"\b(?:млрд|млн|тыс|трлн|руб|долл|коп|чел|км|кг|гг|г)\.(\s+)(?=[«\"„“][А-ЯЁ][^»\"“”]{20})"
)


def _inside_parenthesis(line: str, before: tuple[int, int], text: str) -> bool:
    """The piece before opens a parenthesis it does not close, and this one closes it."""
    piece = line[before[0] : before[1]]
    if piece.count("(") <= piece.count(")"):
        return False
    close, reopen = text.find(")"), text.find("(")
    return close >= 0 and (reopen < 0 or close < reopen) and close < 80


# A numbered list run into one line: "1. Михаил Саакашвили — 52,1 % 2. Леван Гачечиладзе — 24,98 %
# 3. …". razdel ends each piece after the next item's number ("… 52,1 % 2."), so that the rows read
# "1. Саакашвили … 2." and "Гачечиладзе … 3.": the number goes back to the row it opens.
_ROW_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")
_NEXT_NUMBER = re.compile(r"(?<=[^\s\d])(\s+)(\d{1,2})\.$")


def _list_rows(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each item of a numbered list run into one line its own sentence, opening with its number:
    a piece that opens with "N." and ends with "N+1." gives that number to the piece after it."""
    out = list(spans)
    for k in range(len(out) - 1):
        start, stop = out[k]
        opening = _ROW_NUMBER.match(line[start:stop])
        closing = _NEXT_NUMBER.search(line[start:stop])
        if opening and closing and int(closing.group(2)) == int(opening.group(1)) + 1:
            cut = start + closing.start(1)
            out[k] = (start, cut)
            out[k + 1] = (start + closing.end(1), out[k + 1][1])
    return out


def _sentences(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for s in razdel.sentenize(line):
        if spans and (spans[-1][1] == s.start or _inside_parenthesis(line, spans[-1], s.text)):
            # no space at the break: a name with a dot inside ("«Яндекс.Пробки»"); the cleaning
            # stage has already put a space between sentences that were run together. Or a break
            # after an abbreviation inside a parenthesis: "(учебное заведение - прим. ТАСС)"
            spans[-1] = (spans[-1][0], s.stop)
            continue
        start = s.start
        for m in _ABBREVIATION_THEN_QUOTE.finditer(s.text):
            spans.append((start, s.start + m.start(1)))
            start = s.start + m.end()
        spans.append((start, s.stop))
    return _list_rows(line, spans)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """razdel per paragraph, so that no sentence crosses a line break."""
    out: list[Sentence] = []
    offset = 0
    paragraph = 0
    for line in text.split("\n"):
        if line.strip():
            for start, stop in _sentences(line):
                piece = line[start:stop]
                if any(ch.isalnum() for ch in piece):
                    out.append(Sentence(piece, offset + start, offset + stop, paragraph, len(out)))
            paragraph += 1
        offset += len(line) + 1
    return tuple(out)


def cut_at_sentence(text: str, max_chars: int) -> str:
    """The longest prefix under `max_chars` that ends at a paragraph or sentence end."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    for sep in ("\n", ". ", "! ", "? ", "… "):
        pos = head.rfind(sep)
        if pos > max_chars // 2:
            return head[: pos + 1].rstrip()
    return head
