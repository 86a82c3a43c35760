"""Figure bullets after the audit of the second sample of pasted articles: a bullet does not
open on the conjunction of a clause it cut off ("то", "как", "что" after a comma), does not
stop between the two halves of "либо ... либо", and does not point back with "после этого" to
an event it leaves out.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_bullets as contexts
from figures_shown import shown_lines as shown

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.render import figure_bullets, figure_line

_GAS = (
    "«Газпром» готов предоставить Молдавии скидку на газ в размере 10%. "
    "Об этом сообщил источник в министерстве энергетики. "
    "Если Кишинев согласится на предложение, то «Газпром» будет продавать «Молдовагазу» "
    "топливо по 375 долларов за тысячу кубометров. "
    "Переговоры о цене на газ продолжатся в декабре."
)


def test_a_condition_cut_off_before_to_is_kept_or_the_bullet_dropped():
    bullets = contexts(_GAS)
    assert not any(b.startswith("то ") for b in bullets)
    assert all(b.startswith("Если Кишинев") for b in bullets if "375 долларов" in b)


_FINE = (
    "Кнессет Израиля одобрил в первом чтении законопроект о запрете нацистской символики. "
    "Законопроект внесли депутаты партии «Ликуд». "
    "Нарушители закона должны будут либо выплатить штраф до 100 тыс. шекелей "
    "(950 тыс. рублей), либо отправиться в тюрьму на срок до полугода. "
    "Второе чтение пройдет в марте."
)


def test_a_bullet_does_not_stop_between_either_and_or():
    for b in contexts(_FINE):
        assert "либо" not in b or "тюрьму" in b


_APP = (
    "Основатель компании «Сигнал» Иван Петров рассказал об успехах мессенджера «Сигнал». "
    "По словам Петрова, с декабря число пользователей «Сигнала» увеличилось с 50 до 62 млн "
    "человек. "
    "Подчеркивается, что популярность «Сигнала» возросла после того, как мессенджер «Бета» "
    "был куплен "
    "корпорацией «Омега» за 19 млрд долларов. "
    "Утверждалось, что через год после этого число пользователей «Беты» достигло 800 млн "
    "человек. "
    "Петров не сообщил, сколько стоит компания."
)


def test_a_bullet_does_not_open_on_kak_of_a_cut_clause():
    assert not any(b.startswith(("как ", "что ", "то ")) for b in contexts(_APP))


def test_a_bullet_does_not_point_back_with_posle_etogo():
    assert not any("800 млн" in b for b in shown(_APP))
    assert any("62 млн" in b for b in shown(_APP))


_SALE = (
    "Новыми владельцами старейшего делового журнала станут две семьи. "
    "Fenwick Plc объявила о заключении соглашения с инвестиционным фондом Orion SpA о продаже "
    "своей доли в журнале Weekly Review за £469 млн, которые будут выплачены наличными. "
    "Сделка должна быть закрыта в октябре."
)


def test_a_sentence_with_latin_names_names_someone():
    assert any("£469 млн" in b and b.startswith("Fenwick Plc") for b in contexts(_SALE))
