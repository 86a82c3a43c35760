"""Figure bullets after the audit of the fourth sample of pasted articles: an aside the writer
adds ("Отметим также, что ...") and a guess between two reasons ("То ли ..., то ли ...") are
no key figures; a row of a numbered list is shown without its number and the next row's; a
bullet does not end on a participle whose words it cut off.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_bullets as contexts

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.facts.figures.extract import cut_participle

_ASIDE = (
    "Банк «Восток» покупает сотового оператора «Связь-Юг» за 40 млрд рублей. "
    "Об этом сообщил председатель правления банка Иван Петров. "
    "Сделка должна завершиться до конца года. "
    "Отметим также, что долг «Связь-Юг» составлял 9 млрд рублей."
)


def test_an_aside_after_the_news_is_no_key_figure():
    shown = contexts(_ASIDE)
    assert any("40 млрд рублей" in b for b in shown)
    assert not any("9 млрд рублей" in b for b in shown)


_GUESS_TITLE = "Медиахолдинг «Север» продал радиостанцию «Волна»"
_GUESS = (
    "Медиахолдинг «Север» продал радиостанцию «Волна» бизнесмену Ивану Петрову. "
    "Сумма сделки не раскрывается. "
    "То ли «Север» запросил за радиостанцию «Волна» слишком много, около 16 млн долларов, то ли "
    "покупателей пугали долги радиостанции."
)


def test_a_guess_between_two_reasons_is_no_key_figure():
    figures = extract_figures(Document(_GUESS), title=_GUESS_TITLE)
    assert not any("16 млн долларов" in f.bullet for f in figures if f.shown)


_TABLE_TITLE = "Иван Петров уверенно лидирует на президентских выборах в Грузии"
_TABLE = (
    "Иван Петров уверенно лидирует на президентских выборах в Грузии, по предварительным "
    "данным ЦИК. "
    "1. Иван Петров — 52,1 % (922774 голоса) 2. Петр Сидоров — 24,9 % (442478 голосов) "
    "3. Сергей Кузнецов — 6,6 % (118481 голос)"
)


def test_a_list_row_is_shown_without_the_row_numbers():
    figures = extract_figures(Document(_TABLE), title=_TABLE_TITLE)
    shown = [f.bullet for f in figures if f.shown]
    assert "Иван Петров — 52,1 % (922774 голоса)" in shown
    for b in shown:
        assert not b.startswith("1.")
        assert not b.rstrip().endswith(" 2")


def test_a_bullet_does_not_end_on_a_cut_participle():
    text = "в обмен на 12,84 % акций «Нефтегаза», являющихся в настоящее время казначейскими"
    stop = text.index(" в настоящее")
    assert text[: cut_participle(text, 0, stop)].endswith("акций «Нефтегаза»")
    # a participle with its words is left alone
    assert cut_participle(text, 0, len(text)) == len(text)


_EARLIER = (
    "27 марта 2013 года было объявлено, что банк «Восток» покупает оператора «Связь-Юг» за "
    "40 млрд рублей. "
    "Об этом сообщил председатель правления банка Иван Петров. "
    "Доля «Связь-Юг» на рынке связи составляет около 10 %. "
    "В середине января 2013 года появились сообщения, что в покупке «Связь-Юг» заинтересован "
    "холдинг «Запад», на 82 % принадлежащий Петру Сидорову."
)


def test_a_sentence_set_months_before_the_lead_is_background():
    shown = contexts(_EARLIER)
    assert any("40 млрд рублей" in b for b in shown)
    assert not any("82 %" in b for b in shown)
