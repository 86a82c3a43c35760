"""The faithfulness guard: generated numbers, names, titles, speakers and claims must be the
article's. Articles here are written for the tests (news-like, not taken from the data)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pytest
from guard_kinds import kind_set as kinds

from summarizer import Pipeline, SummarizerSettings
from summarizer.backends import Draft
from summarizer.document import Document
from summarizer.guard import FaithfulnessGuard


@dataclass
class ScriptedBackend:
    """A stand-in abstractive model that says exactly what the test wants it to say."""

    sentences: tuple[str, ...]
    name: str = "seq2seq"
    abstractive: bool = True

    def summarize(self, doc: Document) -> Draft:
        return Draft(self.sentences, self.name)


@pytest.fixture(scope="module")
def guard(seed_text: str) -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(seed_text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Касым-Жомарт Токаев и Владимир Путин провели переговоры.",
        "Товарооборот может достичь 30 млрд долларов.",
        "Реализовано 93 проекта на 18,3 млрд долларов.",
        "Путин назвал Казахстан стратегическим партнёром.",
        "Переговоры Токаева с Путиным прошли в Москве.",  # inflected forms of names in the source
        "Президент Казахстана встретился с лидером России.",
        "Отношения между Москвой и Астаной развиваются.",
        "Президент Казахстана Касым-Жомарт Токаев высоко оценил итоги переговоров.",  # his title
        "Глава государства Касым-Жомарт Токаев высоко оценил итоги переговоров.",  # the same office
        "Как сообщают СМИ, переговоры прошли в узком формате.",  # a generic capitalized noun
    ],
)
def test_faithful_sentences_pass(guard: FaithfulnessGuard, sentence: str) -> None:
    verdict = guard.check(sentence)
    assert verdict.ok, verdict.reasons


@pytest.mark.parametrize(
    "sentence, invented",
    [
        ("Товарооборот может достичь 45 млрд долларов.", "45"),
        ("Реализовано 93 проекта на 18,7 млрд долларов.", "18,7"),
        ("Переговоры прошли в 2019 году.", "2019"),
        ("Токаев встретился с Эммануэлем Макроном.", "Макроном"),
        ("Переговоры прошли в Пекине.", "Пекине"),
        ("Сергей Лавров заявил, что сотрудничество развивается.", "Лавров"),
    ],
)
def test_invented_numbers_and_names_are_caught(
    guard: FaithfulnessGuard, sentence: str, invented: str
) -> None:
    verdict = guard.check(sentence)
    assert not verdict.ok
    assert invented in " ".join(verdict.unsupported)


def test_numbers_written_in_words_in_the_source_count() -> None:
    doc = Document(
        "В городе построили две новые школы и трёх больниц не хватает. Работу получили "
        "около двадцати пяти тысяч человек. " * 3
    )
    g = FaithfulnessGuard(doc)
    assert g.check("Построили 2 школы, не хватает 3 больниц.").ok
    assert g.check("Работу получили 25 тысяч человек.").ok
    assert g.check("Работу получили 25000 человек.").ok
    assert not g.check("Построили 7 школ.").ok
    assert not g.check("Работу получили 26 тысяч человек.").ok


BERLIN = (
    "Официальный представитель кабинета министров ФРГ Штеффен Зайберт назвал ответные санкции "
    "России неоправданными. Министр иностранных дел России Сергей Лавров заявил, что Москва "
    "вводит зеркальные санкции против представителей Германии и Франции. Следственный комитет "
    "возбудил дело. Президент Франции Эмманюэль Макрон отказался от комментариев. В Вашингтоне "
    "следят за ситуацией, сообщили в польских спецслужбах.\n"
    "По словам Лаврова, решения уже приняты. Зайберт подчеркнул, что Берлин не исключает новых "
    "шагов. Курс рубля вырос на 2%."
)


@pytest.fixture(scope="module")
def berlin() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(BERLIN))


@pytest.mark.parametrize(
    "sentence",
    [
        "Глава МИД России Сергей Лавров заявил, что Москва вводит зеркальные санкции.",
        "Представитель правительства ФРГ Штеффен Зайберт назвал санкции неоправданными.",
        "Дело возбудил СК.",  # an abbreviation of a body the article names
        "Решение приняли в Польше, сообщили в спецслужбах.",  # "польских" supports "Польше"
        "США следят за ситуацией.",  # the capital stands for its state
        "Лавров заявил, что Москва вводит зеркальные санкции против Германии и Франции.",
    ],
)
def test_paraphrases_the_article_supports(berlin: FaithfulnessGuard, sentence: str) -> None:
    verdict = berlin.check(sentence)
    assert verdict.ok, verdict.reasons


def test_wrong_title_for_a_named_person(berlin: FaithfulnessGuard) -> None:
    assert "role" in kinds(
        berlin, "Глава МИД ФРГ Штеффен Зайберт заявил, что санкции будут зеркальными."
    )
    assert "role" in kinds(
        berlin, "Премьер-министр Франции Эмманюэль Макрон отказался от комментариев."
    )


def test_first_name_and_surname_go_together(berlin: FaithfulnessGuard) -> None:
    assert berlin.check("Сергей Лавров заявил, что решения уже приняты.").ok
    assert "name" in kinds(berlin, "Штеффен Лавров заявил, что решения уже приняты.")


def test_words_in_the_wrong_mouth(berlin: FaithfulnessGuard) -> None:
    verdict = berlin.check(
        "Штеффен Зайберт заявил, что Москва вводит зеркальные санкции против представителей "
        "Германии и Франции."
    )
    assert [r.kind for r in verdict.reasons] == ["speaker"]
    assert "Лавров" in verdict.reasons[0].detail


def test_pronoun_follows_the_previous_speaker(berlin: FaithfulnessGuard) -> None:
    verdicts = berlin.check_all(
        [
            "Официальный представитель кабинета министров ФРГ Штеффен Зайберт заявил, что ответные "
            "санкции России неоправданны.",
            "По его словам, Москва вводит зеркальные санкции против представителей Германии и "
            "Франции.",
        ]
    )
    assert verdicts[0].ok
    assert [r.kind for r in verdicts[1].reasons] == ["speaker"]


def test_direction_and_negation(berlin: FaithfulnessGuard) -> None:
    assert berlin.check("Курс рубля вырос на 2%.").ok
    assert "polarity" in kinds(berlin, "Курс рубля снизился на 2%.")
    assert "polarity" in kinds(berlin, "Зайберт подчеркнул, что Берлин исключает новые шаги.")


def test_dropped_hedge() -> None:
    g = FaithfulnessGuard(
        Document(
            "Дипломаты заявили, что ответ был бы сокрушительным, если бы Россия действовала "
            "иначе. Инцидент расследуют. Однако сможет ли он свободно проводить свою политику, "
            "пока неясно."
        )
    )
    assert "hedge" in kinds(g, "По словам дипломатов, ответ был сокрушительным.")
    assert g.check("По словам дипломатов, ответ был бы сокрушительным.").ok


def test_garbled_words() -> None:
    g = FaithfulnessGuard(
        Document("Русские княжества сумели преодолеть раздробленность. Об этом сказал Вашингтон.")
    )
    assert "garbled" in kinds(g, "Русские княжества сумели переодолеть раздробленность.")
    assert g.check("Русские княжества сумели преодолеть раздробленность.").ok


def test_pipeline_drops_only_the_invented_sentence(seed_text: str, caplog) -> None:
    backend = ScriptedBackend(
        (
            "Токаев и Путин обсудили товарооборот и инвестиции.",
            "Товарооборот может достичь 45 млрд долларов, сообщил Сергей Лавров.",
            "Реализовано 93 совместных проекта на 18,3 млрд долларов.",
        )
    )
    with caplog.at_level(logging.INFO, logger="summarizer.guard"):
        summary = Pipeline(SummarizerSettings(_env_file=None), backend=backend)(seed_text)
    assert summary.backend == "seq2seq"
    assert summary.dropped == 1
    assert "45" not in summary.text and "Лавров" not in summary.text
    assert summary.text == (
        "Токаев и Путин обсудили товарооборот и инвестиции. "
        "Реализовано 93 совместных проекта на 18,3 млрд долларов."
    )
    logged = [r.getMessage() for r in caplog.records if r.name == "summarizer.guard"]
    assert len(logged) == 1 and "number: 45" in logged[0] and "name: Лавров" in logged[0]


def test_pipeline_falls_back_to_extractive_when_nothing_survives(seed_text: str) -> None:
    backend = ScriptedBackend(("Ангела Меркель пообещала Казахстану 700 млрд евро.",))
    summary = Pipeline(SummarizerSettings(_env_file=None), backend=backend)(seed_text)
    assert summary.backend == "extractive"
    assert summary.dropped == 1
    assert "Меркель" not in summary.text and "700" not in summary.text
    assert summary.text and all(s.strip() in seed_text for s in summary.text.split(". ") if s)


def test_extractive_summary_drops_nothing(seed_text: str) -> None:
    summary = Pipeline(SummarizerSettings(_env_file=None, backend="extractive"))(seed_text)
    assert summary.dropped == 0


def test_inflected_short_names_of_bodies_are_supported() -> None:
    """«Госдума»/«в Госдуме», «Совфед», «Госдепа» are the bodies the article names in full; a
    different body («Мосгордума») and one the article never names («Совбез») are not."""
    g = FaithfulnessGuard(
        Document(
            "Государственная дума приняла во втором чтении законопроект о госсовете. За документ "
            "проголосовали 380 депутатов. Совет Федерации рассмотрит его на следующей неделе. "
            "Позицию Государственного департамента США пока не сообщили."
        )
    )
    assert g.check("Госдума приняла во втором чтении законопроект о госсовете.").ok
    assert g.check("Закон поддержали 380 депутатов в Госдуме.").ok
    assert g.check("Совфед рассмотрит закон на следующей неделе.").ok
    assert g.check("Позицию Госдепа пока не сообщили.").ok
    assert not g.check("Мосгордума приняла во втором чтении законопроект о госсовете.").ok
    assert not g.check("Совбез одобрил законопроект о госсовете.").ok
