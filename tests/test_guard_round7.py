"""Round 7 of the faithfulness guard. Articles here are written for the tests (news-like, not
taken from the data)."""

from __future__ import annotations

import pytest

from summarizer.document import Document
from summarizer.guard import FaithfulnessGuard, attribution

OIL = (
    "Армения может приобрести нефтяное месторождение на территории Казахстана — такую идею "
    "армянского премьера Никола Пашиняна поддержал президент Казахстана Касым-Жомарт Токаев. "
    "Об этом сообщила пресс-служба Пашиняна. В пресс-службе также добавили, что вопрос "
    "обсудят на ближайших переговорах.\n\n"
    "Пресс-секретарь президента Казахстана Руслан Желдибай подтвердил, что возможность "
    "приобретения Арменией нефтяного месторождения в Казахстане будет прорабатываться. "
    "«Конкретики пока нет», — прокомментировал Желдибай."
)


def test_the_speakers_words_are_read_once_per_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    # the claim passes on Желдибай's words elsewhere in the article, then is checked for
    # words only others say: both read the same set of his words, made once
    guard = FaithfulnessGuard(Document(OIL))
    calls: list[object] = []
    words_of = attribution._words_of

    def counted(speaker: attribution.Speaker, source: object) -> frozenset[str]:
        calls.append(speaker)
        return words_of(speaker, source)  # type: ignore[arg-type]

    monkeypatch.setattr(attribution, "_words_of", counted)
    verdict = guard.check(
        "Армения может приобрести месторождение нефти на территории Казахстана, сообщил "
        "пресс-секретарь Руслан Желдибай."
    )
    assert verdict.ok, verdict.reasons
    assert len(calls) == 1
