"""A pasted lead that the page broke across two lines ("…сообщается на" / "сайте ведомства."):
its first line is no headline, since no headline ends on a preposition or a joining
conjunction; the lead stays in the text for the summary to choose.

The texts are written for these tests in the shape of the pasted articles the reader audit read;
no article text is copied.
"""

from __future__ import annotations

from summarizer.clean import clean_report

BODY = (
    "Также комиссия внесла в перечень две региональные организации.\n"
    "Ранее в перечень были внесены еще несколько объединений, созданных теми же учредителями. "
    "Решение может быть обжаловано в суде в течение трех месяцев.\n"
    "Организации обязаны маркировать свои материалы и отчитываться о расходах."
)


def test_a_lead_cut_after_a_preposition_is_no_heading() -> None:
    text = (
        "Комиссия включила фонд «Открытый город» в перечень организаций, получающих "
        "иностранную помощь. Об этом сообщается на\nсайте комиссии.\n" + BODY
    )
    report = clean_report(text)
    assert report.heading is None
    assert report.text.startswith("Комиссия включила фонд «Открытый город»")
    assert "сообщается на сайте комиссии." in report.text


def test_a_lead_cut_after_a_conjunction_is_no_heading() -> None:
    text = (
        "Комиссия включила фонд «Открытый город» в перечень организаций, получающих "
        "иностранную помощь, и\nпотребовала отчитаться о расходах.\n" + BODY
    )
    assert clean_report(text).heading is None


def test_a_headline_line_still_is_the_heading() -> None:
    text = "Комиссия включила фонд «Открытый город» в перечень иноагентов\n" + BODY
    assert clean_report(text).heading == (
        "Комиссия включила фонд «Открытый город» в перечень иноагентов"
    )


def test_a_headline_ending_on_a_capital_letter_still_is_the_heading() -> None:
    text = "Правительство ввело новые требования к домам класса А\n" + BODY
    assert clean_report(text).heading == "Правительство ввело новые требования к домам класса А"


def test_a_headline_ending_on_a_preposition_used_as_an_adverb_still_is_the_heading() -> None:
    text = "Большинство депутатов Госдумы высказались против\n" + BODY
    assert clean_report(text).heading == "Большинство депутатов Госдумы высказались против"


def test_a_headline_with_its_date_after_a_preposition_still_is_the_heading() -> None:
    text = "Британский кризис. Время покажет. Выпуск от 09.07.2018\n" + BODY
    assert clean_report(text).heading == "Британский кризис. Время покажет. Выпуск от"
