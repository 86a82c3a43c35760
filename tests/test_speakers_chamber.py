"""«Спикер Госдумы» is the chamber's chairman, a person: his words are not the Duma's statement.
A fresh reader audit found them shown under «Госдума» («Спикер Госдумы выразил надежду, что…»,
Нарышкин named two sentences before); a spokesman («представитель МИД») still speaks for his body."""

from __future__ import annotations

from speakers_shown import shown as _shown

from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers


def test_the_speaker_of_a_chamber_is_not_the_chamber() -> None:
    text = (
        "В Москве прошла презентация романа о Государственной думе. На презентации выступил "
        "председатель Госдумы Сергей Нарышкин. Спикер Госдумы выразил надежду, что книга "
        "заставит читателей задуматься над ролью представительной власти в истории страны."
    )
    shown = _shown(text)
    assert "Госдума" not in shown
    assert all(
        "задуматься" not in q
        for name, qs in shown.items()
        for q in qs
        if name != ("Сергей Нарышкин")
    )


def test_a_spokesman_still_speaks_for_his_ministry() -> None:
    text = (
        "Россия направила ноту протеста в связи с задержанием своего гражданина. "
        "Спикер МИД заявил, что Москва требует немедленного освобождения задержанного."
    )
    shown = _shown(text)
    assert "Госдума" not in shown
    assert any("немедленного освобождения" in q for qs in shown.values() for q in qs)
