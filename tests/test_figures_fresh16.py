"""Figure bullets after the audit of the fifth sample of pasted articles: the size of a place or
of a name told in passing ("с населением около 140 000 человек", "Facebook (более 400 млн
пользователей)") is background, no key figure; a sentence that opens on a lone word of when
("Накануне глава «Газпрома» пообещал ...") keeps that word and its subject instead of being held
back as cut mid-phrase; a sentence that opens on the price of the deal ("Сумма сделки впечатляет
— 2,7 млрд долларов") names the story's deal, though it names no one.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_bullets as shown

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.facts.figures.refuse import size_in_passing

_POPULATION = (
    "Около сорока рабочих захватили судоверфь «Северная» в знак протеста против ее закрытия. "
    "Закрытие верфи повлечет увольнение 725 человек. "
    "«Северная» — основной работодатель на острове Зеленый с населением около 120 000 человек."
)


def test_a_population_told_in_passing_is_no_key_figure():
    bullets = shown(_POPULATION)
    assert any("725 человек" in b for b in bullets)
    assert not any("120 000" in b for b in bullets)


_AUDIENCE = (
    "Оператор «Связь-Юг» в ближайшее время объявит о присоединении к проекту бесплатного "
    "доступа к крупнейшей в мире социальной сети Facebook (более 400 млн активных "
    "пользователей). "
    "В рамках проекта абоненты смогут читать страницы сети без платы за трафик."
)


def test_an_audience_in_brackets_after_a_name_is_no_key_figure():
    assert not any("400 млн" in b for b in shown(_AUDIENCE))


def test_a_sum_or_a_result_in_brackets_is_not_in_passing():
    text = "Сделка стоит 15,6 млрд крон (2,4 млрд долларов). Иван Петров — 52,1 % (922774 голоса)"
    at = text.index("2,4")
    assert not size_in_passing(text, at, text.index(")"), "money")
    at = text.index("922774")
    assert not size_in_passing(text, at, text.rindex(")"), "count")
    for text in (
        "Большинство в Думе получила партия «Единая Россия» (238 мандатов).",
        "Пожар уничтожил торговый центр «Сосна» (12 человек).",
    ):
        at = text.index("(") + 1
        assert not size_in_passing(text, at, text.index(")"), "count")
    text = "Сеть Facebook (более 400 млн активных пользователей) открыла офис."
    assert size_in_passing(text, text.index("более"), text.index(")"), "count")


_WHEN = (
    "Накануне председатель ОАО «Энергосеть» Павел Орлов пообещал с 3 марта ограничить поставки "
    "электроэнергии в соседнюю республику на 40% от планового объёма, если Ереван продолжит "
    "упорствовать и откажется платить за уже полученную энергию."
)
_YESTERDAY = (
    "Вчера глава ОАО «Нефтегаз» Сергей Миронов пообещал с 3 марта ограничить поставки "
    "дизельного топлива в соседнюю республику на 40% от согласованного объёма, если Тбилиси "
    "продолжит упорствовать и откажется платить за уже отгруженное топливо."
)


def test_a_lone_word_of_when_opening_the_sentence_stays_with_it():
    assert any(b.startswith("Накануне председатель ОАО «Энергосеть»") for b in shown(_WHEN))
    assert any(b.startswith("Вчера глава ОАО «Нефтегаз»") for b in shown(_YESTERDAY))


_DEAL = (
    "Производитель компьютеров «Альфа» решил расширить бизнес в кризис. "
    "Компания «Альфа» официально объявила о покупке производителя маршрутизаторов «Бета». "
    "Сумма сделки впечатляет — 1,9 млрд долларов. "
    "Договорённости одобрены советами директоров обеих компаний."
)


def test_the_price_of_the_deal_names_the_story_s_deal():
    assert any("Сумма сделки" in b and "1,9 млрд долларов" in b for b in shown(_DEAL))
