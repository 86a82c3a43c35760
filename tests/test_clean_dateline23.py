"""A wire dateline whose agency the list lacks: a place, a date and the agency in slashes or in
its own capitals («/Синьхуа/», «КазТАГ», «ИНТЕРФАКС-ЦЕНТРАЛЬНАЯ ЕВРОПА») before a dash, "--"
too. It goes and the lead after it stays whole, so the summary does not open with it. A
sentence that opens with a place and a dash is the article's. A photo credit alone on its line
after the page's bullet («• РИА Новости») goes too, so it is not glued into the lead.

The texts are written for these tests in the shape of the pasted pages the eleventh and twelfth
reader audits read; no article text is copied.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean_report

TITLE = "Парламент выразил недоверие правительству страны"
LEAD = (
    "Депутаты парламента во вторник вечером собрались для обсуждения вотума недоверия главе "
    "правительства страны."
)
BODY = (
    "Это уже третий случай за последний год, когда кабинет министров сталкивается с недовольством "
    "депутатов. Коалиция располагает лишь 96 голосами из 200."
)


@pytest.mark.parametrize(
    "dateline",
    [
        "Прага. 24 марта. ИНТЕРФАКС-ЦЕНТРАЛЬНАЯ ЕВРОПА - ",
        "ООН, 20 ноября /Синьхуа/ -- ",
        "Астана. 26 ноября. КазТАГ – ",
        "Женева, 3 декабря /Агентство Новостей/ — ",
    ],
)
def test_the_dateline_goes_and_the_lead_stays_whole(dateline: str) -> None:
    cleaned = clean_report(TITLE + "\n\n" + dateline + LEAD + "\n\n" + BODY)
    assert cleaned.text.startswith(LEAD)
    assert any(r.kind == "dateline" for r in cleaned.removed)


@pytest.mark.parametrize(
    "lead",
    [
        # a place and a dash open a sentence: no date, no agency
        "Москва – столица страны, где в воскресенье прошли выборы в городскую думу.",
        # a date and a person, one capital only: the sentence's subject
        "Прага, 24 марта Президент страны подписал указ об отставке правительства.",
    ],
)
def test_a_sentence_with_a_place_and_a_dash_stays(lead: str) -> None:
    cleaned = clean_report(TITLE + "\n\n" + lead + "\n\n" + BODY)
    assert lead in cleaned.text


def test_a_place_and_a_dash_inside_the_text_stay() -> None:
    inside = "Астана. 26 ноября. КазТАГ – так подписано сообщение агентства, которое цитируют СМИ."
    text = TITLE + "\n\n" + LEAD + "\n\n" + BODY + "\n\n" + BODY + "\n\n" + inside
    cleaned = clean_report(text)
    assert inside in cleaned.text


@pytest.mark.parametrize("credit", ["  • РИА Новости", "© Reuters", "• Иван Петров / ТАСС"])
def test_a_photo_credit_line_goes(credit: str) -> None:
    cleaned = clean_report(TITLE + "\n\n" + LEAD + "\n\n" + credit + "\n\n" + BODY)
    assert "Новости" not in cleaned.text and "Reuters" not in cleaned.text
    assert "ТАСС" not in cleaned.text
    assert LEAD in cleaned.text and BODY in cleaned.text


def test_a_list_item_with_an_agency_stays() -> None:
    item = "• РИА Новости сообщило о задержании двух подозреваемых"
    cleaned = clean_report(TITLE + "\n\n" + LEAD + "\n\n" + item + "\n\n" + BODY)
    assert "задержании двух подозреваемых" in cleaned.text
