"""The site's menu pasted as one line ("Все новости Израиль … Экономика … Культура Спорт …"):
section names in capitals without punctuation are furniture, neither the title of a pasted text
nor its summary; the page's own title below it leads.

The texts are written for these tests in the shape of the pasted pages the twelfth reader audit
read; no article text is copied.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean_report
from summarizer.clean.lines import is_menu_line

MENU = (
    "Все новости Россия Ближний Восток Мир Экономика Наука и Техника Здоровье Культура Спорт Фото"
)
TITLE = "Премьер призывает соседей встретиться в Женеве и начать переговоры"
LEAD = (
    "Премьер-министр Иван Петров заинтересован встретиться в Женеве с главами соседних "
    "государств. Об этом глава правительства заявил в понедельник, 19 сентября."
)
BODY = (
    "Петров призвал соседей вступить в прямые переговоры, которые начнутся в Женеве, а затем "
    "продолжатся в столицах. Соглашение может быть достигнуто только путем переговоров, "
    "подчеркнул премьер."
)


def test_menu_line_over_the_title_goes_and_the_title_leads() -> None:
    cleaned = clean_report("\n".join([MENU, "", TITLE, "", TITLE, "", LEAD, "", BODY]))
    assert cleaned.heading == TITLE
    assert "Экономика" not in cleaned.text
    assert cleaned.text.startswith("Премьер-министр")
    assert any(r.kind == "menu" for r in cleaned.removed)


@pytest.mark.parametrize(
    "line",
    [
        # headlines: a phrase, most words in lower case
        "Министр экономики рассказал о культуре и спорте в регионах России",
        "Экономика Политика Спорт",  # too short for a menu line
        # names without rubrics: a tag line or a byline, not this rule's
        "Владимир Путин Дмитрий Медведев Сергей Лавров Москва Кремль",
        # punctuation: a list in a sentence
        "Главные темы: Политика, Экономика, Спорт, Культура и Наука.",
        "Политика Экономика Спорт Культура говорят о главном на форуме",
    ],
)
def test_a_phrase_or_names_are_no_menu_line(line: str) -> None:
    assert not is_menu_line(line)


def test_capitalised_rubrics_in_a_row_are_a_menu_line() -> None:
    assert is_menu_line("Главная Политика Экономика Общество Происшествия Спорт Культура")
    assert is_menu_line(MENU)


def test_widget_stubs_and_menu_over_the_title_leave_the_title_found() -> None:
    lines = ["x", "Москва:", "Санкт-Петербург:", MENU, "", TITLE, "", TITLE, "", LEAD, "", BODY]
    cleaned = clean_report("\n".join(lines))
    assert cleaned.heading == TITLE
    assert "Экономика" not in cleaned.text
