"""Figure bullets after the audit of the third sample of pasted articles: a count of two to ten
written in words is no key figure unless it counts a toll; a distance that only says where is
no figure; a bullet does not open on the noun of a "чья" clause it cut off, nor carry the subhead
the page ran into its sentence.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_bullets as contexts

from summarizer.document import Document
from summarizer.facts.figures import extract_figures


def figures(text: str) -> list[str]:
    return [f.text for f in extract_figures(Document(text))]


_PRIZE = (
    "Объявлены финалисты литературной премии имени Ивана Петрова в трех номинациях. "
    "В номинации «Проза» за победу поборются романы Сидорова и Кузнецова. "
    "Лауреатов назовут в Санкт-Петербурге."
)

_CREW = (
    "На Землю вернулись четыре космонавта экспедиции «Заря». "
    "Спускаемый аппарат приземлился в степи в Казахстане. "
    "Экипаж провел на орбите полгода."
)


def test_a_small_count_in_words_is_not_a_key_figure():
    assert contexts(_PRIZE) == []
    assert contexts(_CREW) == []


_CRASH = (
    "В результате обрушения кровли торгового центра в Самаре погибли пять человек. "
    "Спасатели продолжают разбирать завалы. "
    "Возбуждено уголовное дело о нарушении правил строительства."
)


def test_a_toll_in_words_is_still_shown():
    assert any("пять человек" in b for b in contexts(_CRASH))


_SPILL = (
    "В пяти километрах от устья реки Ивы произошел сброс отходов лакокрасочного производства. "
    "Экологи обнаружили на реке пятна краски. "
    "Прокуратура начала проверку."
)


def test_a_distance_that_says_where_is_no_figure():
    assert "пяти километрах" not in figures(_SPILL)


_DEAL = (
    "Компания «Альфа» договорилась купить компанию «Бета» за 60 миллиардов долларов. "
    "Об этом сообщила пресс-служба «Альфы». "
    "«Бета» владеет 80% акций разработчика программ «Гамма», "
    "чья капитализация на текущий момент составляет $30,5 млрд. "
    "Сделка станет крупнейшей в отрасли."
)


def test_a_bullet_does_not_open_on_the_noun_of_a_whose_clause():
    assert not any(b.startswith("капитализация") for b in contexts(_DEAL))


_VISIT = (
    "Премьер-министр Турции Ахмет Демир прибыл с визитом в Киев. "
    "Стороны подписали соглашение о свободной торговле. "
    "Деловой десант В свою очередь, Ахмет Демир подчеркнул, что вместе с делегацией в Киев "
    "прибыли около шестисот представителей деловых кругов Турции. "
    "Визит продлится два дня."
)


def test_a_subhead_run_into_a_sentence_is_left_out_of_its_bullet():
    bullets = [b for b in contexts(_VISIT) if "шестисот" in b]
    assert bullets
    assert all(b.startswith("В свою очередь") for b in bullets)


_PATROL = (
    "Для слежения за российскими подводными лодками в Северной Атлантике были задействованы "
    "три американских противолодочных самолета. "
    "Учения продлятся месяц."
)


def test_a_small_count_of_forces_in_words_is_still_a_figure():
    assert any("три американских" in b for b in contexts(_PATROL))


_QUIT = (
    "Два министра покинули правительство Великобритании в знак несогласия с планом "
    "выхода из Европейского союза. "
    "Премьер-министр назначит им замену на этой неделе."
)


def test_a_small_count_of_ministers_who_quit_is_still_a_figure():
    assert any("Два министра" in b for b in contexts(_QUIT))


_SHOT = (
    "Расстрелявший трех сослуживцев солдат-срочник Иван Сидоров просил военный суд о "
    "мягкой мере пресечения. "
    "Суд рассмотрит его просьбу в понедельник."
)


def test_a_small_count_of_the_shot_is_still_a_figure():
    assert any("трех сослуживцев" in b for b in contexts(_SHOT))
