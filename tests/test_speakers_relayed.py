"""Words that are not the named subject's own: an outlet that «приводит высказывания» of an
official carries the official's words, and «Семья Иссахар считает» is the family's view, not
Иссахар's. Both were shown in the wrong mouth on a real page (a reader audit of the link path)."""

from __future__ import annotations

from speakers_shown import shown as _shown

from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers


def test_an_outlet_relaying_an_officials_words_is_not_their_speaker() -> None:
    text = (
        "Суд приостановил экстрадицию Алексея Буркова, сообщила газета The Jerusalem Post. "
        '"Решение принято после серьезных дискуссий с различными сторонами", - приводит издание '
        "высказывания представителя министерства. Бурков находится в розыске в США."
    )
    assert "The Jerusalem Post" not in _shown(text)


def test_a_familys_view_is_not_the_persons_words() -> None:
    text = (
        "Израильская гражданка Наама Иссахар приговорена в России к семи годам лишения свободы. "
        "Семья Иссахар считает, что она является дипломатическим заложником и что приговор "
        "нацелен на обмен. В четверг семья израильтянки обратилась в Верховный суд."
    )
    assert "Наама Иссахар" not in _shown(text)


def test_a_relative_with_a_title_of_kin_still_speaks_for_herself() -> None:
    text = (
        "Президент Франции Эммануэль Макрон прибыл в Берлин на переговоры. "
        "Жена Макрона заявила, что поездка будет короткой и продлится два дня."
    )
    shown = _shown(text)
    assert "Эммануэль Макрон" not in shown
    assert any("поездка будет короткой" in q for qs in shown.values() for q in qs)
