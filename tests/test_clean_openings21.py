"""Furniture a pasted page leaves before the lead: a store's "date 2026-01-23" field, an empty
markdown image with the view counter, weekday, date and time after it, and a city in capitals
with no dash or date. It goes and the lead after it stays, so the lead can open the summary.

The texts are written for these tests in the shape of the pasted pages the ninth reader audit
read; no article text is copied.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean_report

LEAD = (
    "Палата представителей отклонила резолюцию о военной силе против соседней страны без "
    "одобрения законодательного органа."
)
BODY = (
    "Как сообщает агентство, за и против резолюции высказались по 200 депутатов. "
    "Документ не набрал большинства голосов и был отклонен."
)


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (" date 2026-01-23 ", "timestamp"),
        ("Дата: 2025-09-11 ", "timestamp"),
        ("![]() 1297 Понедельник, 10 Июня, 2024 года, 10:00 ", "timestamp"),
        ("ЕКАТЕРИНБУРГ ", "dateline"),
        ("САНКТ-ПЕТЕРБУРГ ", "dateline"),
    ],
)
def test_the_opening_furniture_goes_and_the_lead_stays(opening: str, kind: str) -> None:
    cleaned = clean_report(opening + LEAD + "\n\n" + BODY)
    assert cleaned.text.startswith(LEAD)
    assert any(r.kind == kind for r in cleaned.removed)


@pytest.mark.parametrize(
    "lead",
    [
        # an acronym in capitals opens a sentence of its own
        "ЮНЕСКО Всемирное наследие пополнилось тремя объектами в этом году.",
        "БРИКС Саммит пройдет в Казани осенью, сообщили организаторы встречи.",
        # a date in a sentence has no time after it: the sentence is the article's
        "10 июня 2024 года Избирательная комиссия подвела итоги голосования в регионе.",
    ],
)
def test_no_sentence_word_is_taken_for_furniture(lead: str) -> None:
    cleaned = clean_report(lead + "\n\n" + BODY)
    assert cleaned.text.startswith(lead)
