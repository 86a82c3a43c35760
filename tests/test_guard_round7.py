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


CLINIC = (
    "Минздрав утвердил новые правила лечения коронавируса на дому. Согласно новым правилам, "
    "медицинские работники обязаны проинформировать пациентов на дому о том, что при "
    "ухудшении состояния они должны вызвать врачей. Правила вступят в силу с 1 декабря."
)


@pytest.fixture(scope="module")
def clinic() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(CLINIC))


def test_an_actor_the_article_has_acted_upon_is_swapped(clinic: FaithfulnessGuard) -> None:
    # «врачей» stands after the article's verb, in an oblique case: others act, not the doctors
    verdict = clinic.check(
        "При этом врачи обязаны проинформировать пациентов на дому о необходимости вызова."
    )
    assert [r.kind for r in verdict.reasons] == ["actor"], verdict.reasons


def test_the_articles_own_actor_passes(clinic: FaithfulnessGuard) -> None:
    verdict = clinic.check(
        "Медицинские работники обязаны проинформировать пациентов на дому о вызове врачей."
    )
    assert verdict.ok, verdict.reasons


def test_someone_met_with_is_no_swapped_actor() -> None:
    guard = FaithfulnessGuard(
        Document(
            "Губернатор области Игорь Смирнов встретился с фермерами в Рязани. Он пообещал "
            "фермерам новые субсидии на закупку техники."
        )
    )
    verdict = guard.check("Фермеры встретились с губернатором Игорем Смирновым в Рязани.")
    assert not [r for r in verdict.reasons if r.kind == "actor"], verdict.reasons


WAR = (
    "Премьер-министр Армении Никол Пашинян обратился к гражданам. «Если бы продолжались "
    "боевые действия, то была очень большая вероятность, что пали бы Степанакерт, Мартуни, "
    "Аскеран», — заявил он.\n\nПо его словам, армянские войска пытались вернуть утраченные "
    "позиции."
)


def test_a_hypothesis_spliced_with_another_paragraph_is_stated_as_fact() -> None:
    # the claim aligns with the hypothetical sentence at 0.53 of its content (the rest is the
    # other paragraph's): enough to see that it states what the article only supposes
    guard = FaithfulnessGuard(Document(WAR))
    verdict = guard.check(
        "По словам премьера, армянские войска пытались вернуть Степанакерт, Мартуни, Аскеран."
    )
    assert [r.kind for r in verdict.reasons] == ["hedge"], verdict.reasons


MONUMENT = (
    "В Севастополе близятся к завершению работы по установке памятника примирения на "
    "набережной. Открыть памятник планируют в ноябре, сообщил губернатор города."
)


@pytest.fixture(scope="module")
def monument() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(MONUMENT))


def test_a_thing_the_article_has_near_is_not_done(monument: FaithfulnessGuard) -> None:
    verdict = monument.check(
        "В Севастополе завершились работы по установке памятника примирения на набережной."
    )
    assert [r.kind for r in verdict.reasons] == ["hedge"], verdict.reasons


def test_near_retold_as_near_passes(monument: FaithfulnessGuard) -> None:
    verdict = monument.check(
        "В Севастополе почти завершились работы по установке памятника примирения на набережной."
    )
    assert verdict.ok, verdict.reasons


def test_a_rounded_number_is_no_hedge() -> None:
    guard = FaithfulnessGuard(
        Document("На выборах в регионе проголосовали почти 60 тысяч избирателей, сообщил ЦИК.")
    )
    verdict = guard.check("На выборах в регионе проголосовали 60 тысяч избирателей.")
    assert verdict.ok, verdict.reasons
