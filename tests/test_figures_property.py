"""Properties of the figure rules over arbitrary input: they never raise, and every figure they
return is a verbatim piece of the input with a finite value and a context from the input too,
its bullet that context (a name may follow a pronoun) with the bold marks inside it."""

from __future__ import annotations

import math
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.document import Document
from summarizer.facts.figures import MAX_SHOWN, extract_figures
from summarizer.facts.figures.masks import mask_non_figures
from summarizer.nlp import load_nlp
from summarizer.render import figure_bullets

# Pieces that reach every rule: digits in all shapes, numerals, magnitudes, units, qualifiers,
# dates, names with numbers, punctuation and line breaks.
_PIECES = st.sampled_from(
    [
        "1",
        "22",
        "306",
        "2020",
        "18,3",
        "1.5",
        "1 300",
        "2,912,253",
        "5-7",
        "46-й",
        "78-летний",
        "Т-72",
        "G20",
        "№ 44-ФЗ",
        "[12]",
        "15:30",
        "08.11.2018",
        "+7 (495) 123-45-67",
        "$",
        "€",
        "₽",
        "%",
        "п.п.",
        "процентных пункта",
        "млрд",
        "млн",
        "тыс.",
        "тысяч",
        "долларов",
        "рублей",
        "евро",
        "км",
        "человек",
        "проекта",
        "рабочих мест",
        "новых",
        "сбитых",
        "над",
        "Москвой",
        "беспилотниках",
        "один",
        "два",
        "двух",
        "пять",
        "сто",
        "полтора",
        "половины",
        "с",
        "половиной",
        "более",
        "около",
        "порядка",
        "до",
        "от",
        "не менее",
        "на",
        "из",
        "них",
        "года",
        "декабря",
        "в",
        "и",
        ",",
        ".",
        "«",
        "»",
        '"',
        "-",
        "—",
        "(",
        ")",
        "\n",
        "ни",
        "одного",
        "ВАЗ",
        "Nord",
        "Stream",
        "Россия",
        "КНС",
        "утра",
        "раз",
    ]
)
_NUMBERISH = st.lists(_PIECES, max_size=40).map(" ".join)
_ANY_TEXT = st.text(max_size=300)


def _unnamed(text: str) -> str:
    return re.sub(r" \[[^\]]*\]", "", text)


def _check(text: str) -> None:
    found = extract_figures(Document(text, nlp=load_nlp()))
    for f in found:
        assert f.text and f.text in text
        assert f.text == f.text.strip()
        assert f.value is None or math.isfinite(f.value)
        assert f.context == "" or f.context in text
        assert math.isfinite(f.score)
        # the bullet is the context, with at most a [name] after a pronoun
        assert f.bullet == "" or (
            _unnamed(f.bullet) == _unnamed(f.context) and len(f.bullet) >= len(f.context)
        )
        for start, stop in f.marks:
            assert 0 <= start < stop <= len(f.bullet)
    keys = [(f.value, f.unit) for f in found]
    assert len(keys) == len(set(keys)), "a quantity reported twice"
    shown = [f.shown for f in found]
    assert shown == sorted(shown, reverse=True), "the shown figures come first"
    assert len(figure_bullets(found)) <= MAX_SHOWN


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ANY_TEXT)
def test_arbitrary_unicode_never_raises(text):
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NUMBERISH)
def test_number_like_text_yields_verbatim_figures(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_masking_keeps_length(text):
    assert len(mask_non_figures(text)) == len(text)
