"""Wiki markup left in a text pasted from a wiki source (Wikinews, Wikipedia): what the reader of
the page never saw as words.

- an external link "[http://… своим указом]" after a space or "(": the page showed its label, the
  label stays and the address goes;
- a reference glued to the word before it ("законопроекта[http://… «Заголовок статьи»]"): the page
  showed a footnote number, the cited title is no article word and goes whole;
- italics and bold "''Samsung''", "'''Samsung'''": the marks go, the words stay;
- parentheses left empty by a dropped template ("Ли Чже Ён (). (),"): they go;
- a footnote's text glued to the word it notes, with the sentence going on after it
  ("Ли ДжэёнТакже Ли Чже Ен, Ли Чже Ён., но отказался…"): the note goes.

Each rule needs a mark prose never has (a bracketed address, doubled apostrophes, empty
parentheses, a capital glued to a lower-case word), so no article word goes.
"""

from __future__ import annotations

import re

_URL = r"https?://[^\s\[\]]+"
# A link: its address and, after a space, its label (no brackets, no line end inside).
_LINK = re.compile(r"\[" + _URL + r"(?:\s+(?P<label>[^\[\]\n]{1,300}?))?\s*\]")
_EMPHASIS = re.compile(r"(?<!')('{2,3})(?P<words>[^'\n]{1,120}?)\1(?!')")
_EMPTY_PARENS = re.compile(r"\s*\(\s*[;,]?\s*\)")
# A note glued to a lower-case word, running to its stop, the sentence going on after it in
# lower case, at a comma or at its own stop: "ДжэёнТакже Ли Чже Ен, Ли Чже Ён., но" (at most 15
# words).
_GLUED_NOTE = re.compile(
    r"(?<=[а-яё]{3})(?P<note>[А-ЯЁ][а-яё]+(?:[ ,-]+[\wЁё-]+){0,14}\.)(?=\s*,|\s+[а-яё]|\.(?:\s|$))"
)


def _link(m: re.Match[str], line: str) -> str:
    label = m.group("label")
    before = line[m.start() - 1 : m.start()]
    if label and (not before or before.isspace() or before in '(«"—–'):
        return label.strip()
    return ""  # a reference (glued to the word before it) or a bare address: a footnote number


def wiki_markup(line: str) -> tuple[str, list[str]]:
    """The line without wiki markup, and what went (addresses, references, marks, notes)."""
    if (
        "[" not in line
        and "''" not in line
        and "(" not in line
        and not re.search(r"[а-яё][А-ЯЁ]", line)
    ):
        return line, []
    gone: list[str] = []
    if "[" in line and "://" in line:
        out, at = [], 0
        for m in _LINK.finditer(line):
            kept = _link(m, line)
            gone.append(m.group() if not kept else m.group().split()[0][1:])
            out.append(line[at : m.start()] + kept)
            at = m.end()
        out.append(line[at:])
        line = "".join(out)
    if "''" in line:
        gone += [m.group(1) for m in _EMPHASIS.finditer(line)]
        line = _EMPHASIS.sub(lambda m: m.group("words"), line)
    empty = [m.group().strip() for m in _EMPTY_PARENS.finditer(line)]
    if empty:
        gone += empty
        line = _EMPTY_PARENS.sub("", line)  # "Ён (). ()," leaves "Ён.,"
    notes = [m.group("note") for m in _GLUED_NOTE.finditer(line)]
    if notes:
        gone += notes
        line = _GLUED_NOTE.sub("", line)
    return line, gone
