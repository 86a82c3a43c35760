"""Figure bullets after the audit of the eighth sample of pasted articles: a bullet keeps the
attribution frame that opens its sentence ("По версии следствия, ...": without it an accusation
reads as a fact), and a percent keeps what it is a share of ("в размере 50% от суммы долга");
when the share cannot be kept, the bullet is not shown.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_bullets as shown

from summarizer.document import Document
from summarizer.facts.figures import extract_figures

_ACCUSED = (
    "В Тверской области задержан глава Лесного района Петр Смирнов. "
    "Об этом сообщили в пресс-службе регионального управления СК. "
    "По версии следствия, глава района, превысив полномочия, передал частной фирме 500 тонн "
    "щебня на сумму 2 млн рублей. "
    "Сейчас решается вопрос о мере пресечения."
)
_ACCUSED_TITLE = "В Тверской области задержан глава района"


def _bullets(text: str, title: str) -> list[str]:
    return [f.bullet for f in extract_figures(Document(text, title=title)) if f.bullet]


def test_an_accusation_keeps_whose_version_it_is():
    bullets = _bullets(_ACCUSED, _ACCUSED_TITLE)
    assert bullets
    assert all(b.startswith("По версии следствия, глава района") for b in bullets)


def test_a_frame_inside_a_quote_stays_too():
    text = _ACCUSED.replace(
        "По версии следствия, глава района, превысив полномочия, передал частной фирме 500 тонн "
        "щебня на сумму 2 млн рублей.",
        "«По данным следствия, глава района, превысив полномочия, передал частной фирме 500 "
        "тонн щебня на сумму 2 млн рублей», — сообщили в управлении.",
    )
    bullets = _bullets(text, _ACCUSED_TITLE)
    assert bullets
    assert all(b.startswith("По данным следствия, глава района") for b in bullets)


def test_a_sentence_without_a_frame_is_unchanged():
    text = _ACCUSED.replace("По версии следствия, глава", "Глава")
    bullets = _bullets(text, _ACCUSED_TITLE)
    assert bullets
    assert all(b.startswith("Глава района") for b in bullets)


_SHARE = (
    "В Калуге задержан мэр пригородного поселка Иван Орлов. "
    "По версии следствия, мэр потребовал от владельца строительной компании передать ему через "
    "помощника, заместителя начальника хозяйственного отдела администрации поселка, взятку в "
    "размере 30% от суммы контракта на ремонт дорог районного значения. "
    "Помощник мэра был задержан при получении 4 миллионов рублей."
)


def test_a_share_cut_from_what_it_is_of_is_not_shown():
    assert not any("30%" in b for b in shown(_SHARE, title="В Калуге задержан мэр поселка"))


def test_a_frame_that_needs_a_name_from_outside_is_left_off():
    text = _ACCUSED.replace("По версии следствия, глава", "По его версии, глава")
    bullets = _bullets(text, _ACCUSED_TITLE)
    assert bullets
    assert all(b.startswith("глава района") for b in bullets)


def test_po_dannym_is_a_frame_not_a_reference_back():
    text = _ACCUSED.replace("По версии следствия, глава", "По данным следствия, глава")
    bullets = _bullets(text, _ACCUSED_TITLE)
    assert bullets
    assert all(b.startswith("По данным следствия, глава района") for b in bullets)
