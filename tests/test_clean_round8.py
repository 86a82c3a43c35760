"""Rules found in the eighth round's audit (seeds 7006 and 7007, issue 10): furniture a page ran
into one line with the prose: photo credits inside the text, a listicle's table fields, and the
site's tags after the last sentence.

Every text is written for these tests in the shape the pages had; none is copied from the data.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean_report


def test_a_listicles_credits_and_table_fields_open_no_sentence() -> None:
    text = (
        "Тоннель под заливом Старая паромная линия у города Приморска (Фото: Иван Петров / ТАСС) "
        "Длина: 8 км Цена: 120 млрд руб. Статус: проектирование В министерстве в 2020 году "
        "обещали начать стройку до 2030 года. Губернатор назвал проект важным для области. "
        "Северный мост Фото: Анна Сидорова / РИА Новости Длина: 3 км Цена: 45,5 млрд руб. "
        "Статус: открыт Из-за него ремонт старой переправы перенесли на год."
    )
    cleaned = clean_report(text, "Пять самых длинных переправ страны")
    assert cleaned.text == (
        "В министерстве в 2020 году обещали начать стройку до 2030 года. Губернатор назвал "
        "проект важным для области. Из-за него ремонт старой переправы перенесли на год."
    )
    kinds = [r.kind for r in cleaned.removed]
    assert kinds.count("credit") == 2 and kinds.count("table") == 2


@pytest.mark.parametrize(
    "text",
    [
        # one field in prose is a sentence, not a table
        "Итог заседания известен. Решение: отложить голосование до осени.",
        "Причина проста: бюджет не сошелся. Депутаты разошлись без решения.",
        # a slash in prose is no credit
        "Фото и видео с места событий публикуют очевидцы. Курс евро к доллару вырос.",
    ],
)
def test_prose_with_a_colon_or_a_slash_stays(text: str) -> None:
    assert clean_report(text, "Заголовок новости о решении").text == text


def test_tags_after_the_last_sentence_go() -> None:
    text = (
        "Правительство продлило программу льготных кредитов для фермеров. Ставка по ней "
        "составит 5% годовых, сообщил министр сельского хозяйства. аграрии льготные кредиты "
        "Дмитрий Патрушев субсидии"
    )
    cleaned = clean_report(text, "Льготные кредиты для фермеров продлили")
    assert cleaned.text.endswith("сообщил министр сельского хозяйства.")
    assert [r.kind for r in cleaned.removed] == ["tags"]


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation's stop, then the sentence goes on (a text cut mid-way)
        "Бюджет проекта составил 300 млрд руб. в ценах прошлого года и",
        "Кредит выдан под 7% годовых, т. е. ниже рынка",
        # a text cut mid-sentence, in lower case but with figures
        "Министр подписал приказ. Он вступит в силу через 10 дней",
    ],
)
def test_a_cut_last_sentence_is_no_tags(text: str) -> None:
    assert clean_report(text, "Министр подписал приказ о бюджете").text == text


def test_a_question_heading_run_into_the_lead_goes() -> None:
    text = (
        "Как прошел первый день саммита «Север — Юг» Вечером первого дня саммита «Север — Юг» "
        "министры подписали соглашение о торговле. Переговоры продолжатся завтра."
    )
    cleaned = clean_report(text, "Итоги саммита в столице")
    assert cleaned.text.startswith("Вечером первого дня саммита")
    assert [r.kind for r in cleaned.removed] == ["subheading"]


@pytest.mark.parametrize(
    "text",
    [
        # a clause of the sentence itself, then its comma
        "Как сообщили в пресс-службе министерства финансов Минфина, бюджет министерства исполнен.",
        # a question word, then a capital the sentence does not echo
        "Как прошел визит в регион Москва пока не сообщает. Делегация вернулась вечером.",
    ],
)
def test_a_clause_opening_with_a_question_word_stays(text: str) -> None:
    assert clean_report(text, "Новости министерства финансов").text == text


def test_a_caption_line_that_ends_with_its_credit_goes_whole() -> None:
    text = (
        "Сенатор выступил на митинге в поддержку кандидата.\n"
        "Участники митинга в Бостоне, 5 мая 2016 года Фото: John Smith / EPA / Scanpix / LETA\n"
        "— Почему вы поддержали кандидата?"
    )
    cleaned = clean_report(text, "Сенатор поддержал кандидата на митинге")
    assert "Бостоне" not in cleaned.text and "LETA" not in cleaned.text
    assert [r.kind for r in cleaned.removed] == ["caption"]


_ESSAY = (
    "Сегодня начинается весна, и лёд на реке тронулся. Горожане вышли на набережную смотреть, "
    "как уходят льдины. Писатели не раз сравнивали это зрелище с переменами в обществе. "
) * 2


def test_the_authors_name_over_a_two_word_title_is_no_headline() -> None:
    cleaned = clean_report(f"Олег Давыдов\n\nЛёд тронулся\n\n{_ESSAY}")
    assert cleaned.heading == "Лёд тронулся"
    assert cleaned.headed
    assert not cleaned.text.startswith("Олег Давыдов")
    # a name alone over the text is no headline either
    assert clean_report(f"Олег Давыдов\n\n{_ESSAY}").heading is None
