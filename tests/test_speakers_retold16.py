"""The fourth fresh audit (40 pasted texts) found retold words about their own speaker shown as
his quote (two cosmonauts in a row: «Виноградов сказал, что … он спал без снов. Токарев сказал,
что … ему редко снятся сны»), the writer's "заметила, что" / "и верит, что" shown inside a
quote, "по словам представителей компании" given to a stock exchange named the sentence before,
and a surname mistyped with a letter added («Гернстермайер» beside Герстенмайер) shown as a
second speaker."""

from __future__ import annotations

from speakers_shown import shown as _shown
from speakers_shown import shown_words as _shown_words

from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers
from summarizer.facts.speakers.coref import _typo
from summarizer.types import Speaker


def _speakers(text: str) -> tuple[Speaker, ...]:
    return extract_speakers(Document(text))


def test_two_speakers_retold_about_themselves_in_a_row_are_no_quotes() -> None:
    text = (
        "На вопросы журналистов ответили космонавты Олег Петров и Иван Сидоров. Петров "
        "сказал, что на орбите он часто видит яркие сны. Сидоров сказал, что на орбите ему "
        "редко снятся сны."
    )
    assert all("ему редко" not in q for q in _shown_words(text))


def test_a_pronoun_after_an_adverbial_of_its_gender_is_the_speakers_own() -> None:
    text = (
        "Пресс-конференция прошла на станции. Командир экипажа Олег Петров сказал, что в "
        "первый день после долгой работы он спал без снов."
    )
    assert all("он спал" not in q for q in _shown_words(text))


def test_a_pronoun_for_a_person_who_did_not_speak_stays() -> None:
    text = (
        "Министр обороны Иван Шредер уехал в отпуск. Глава комитета Павел Климов сказал, что "
        "ему придется вернуться в Москву до конца недели."
    )
    assert any("ему придется" in q for q in _shown_words(text))


def test_the_writers_and_believes_inside_retold_words_is_no_quote() -> None:
    text = (
        "Директор агентства Билл Смит высказался в том духе, что партнеры со всей "
        "тщательностью рассмотрят возникшие проблемы, и верит, что они найдут их причины до "
        "следующего запуска."
    )
    assert all("и верит" not in q for q in _shown_words(text))


def test_a_subject_of_its_own_after_and_keeps_the_words() -> None:
    text = (
        "Директор агентства Билл Смит заявил, что партнеры рассмотрят возникшие проблемы, и "
        "Москва считает, что причины будут найдены до следующего запуска."
    )
    assert any("Москва считает" in q for q in _shown_words(text))


def test_narration_held_back_does_not_reach_into_the_quote_after_it() -> None:
    text = (
        "Экипаж корабля вернулся на Землю. После приземления Анна Уитсон сказала, что во "
        "время спуска заметила, что прибор показывал значение 8 G. «Для меня перегрузки не "
        "очень приятная вещь. Но это продолжалось недолго», говорит Анна Уитсон."
    )
    words = _shown_words(text)
    assert all("заметила" not in q for q in words)
    assert any("Для меня перегрузки" in q for q in words)


def test_company_representatives_are_never_the_exchange_named_before() -> None:
    text = (
        "Акции компании «Альфа» начали торговаться на американской бирже NASDAQ в мае. В "
        "сентябре акции на бирже NASDAQ подешевели после слов главы компании Ивана Петрова. "
        "По словам представителей компании, Петров по-прежнему оптимистично настроен "
        "касательно будущего компании."
    )
    assert "NASDAQ" not in _shown(text)


def test_a_surname_with_a_letter_added_is_the_same_person() -> None:
    text = (
        "Директор НАСА по космическим полетам Билл Герстенмайер выступил на брифинге. «Мы "
        "знаем, что были проблемы с разделением модулей», говорит Гернстермайер. «Мы получаем "
        "огромное количество телеметрии», добавил Герстенмайер."
    )
    names = [s.name for s in _speakers(text) if s.shown]
    assert "Гернстермайер" not in names


def test_typo_takes_an_added_letter_and_keeps_a_case_ending_apart() -> None:
    assert _typo("Бенер", "Бонер")
    assert _typo("Герстенмайер", "Гернстермайер")
    assert _typo("Петросян", "Петроссян")
    assert not _typo("Петров", "Петрова")  # a case ending
    assert not _typo("Бенер", "Бойнер")  # two letters off in a short surname
    assert not _typo("Медведев", "Медведчук")
