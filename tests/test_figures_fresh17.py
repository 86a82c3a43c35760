"""Figure bullets after the audit of the sixth sample of pasted articles: a vote's result
("поддержали 278 депутатов при 318 голосах против, 31 человек воздержался") is the figure of a
story of that vote, shown whole; a sum owed or fined is shown in a block that would be empty,
a little below the bar of other sums; a pronoun gets the name of the one man near it when a
tag line after a name ("Анна Петрова\\nНаркотики") is no person and his surname is one no
dictionary holds ("Его [Рэя Самедова] осудили").

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_bullets as shown

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.facts.figures.salience import vote_result

_VOTE = (
    "В четверг городская дума отклонила закон о платных парковках. "
    "Против закона выступали жители центральных районов. "
    "Закон поддержали 12 депутатов при 19 голосах против, 3 человека воздержались. "
    "Сторонники закона обещают внести его снова осенью."
)


def test_a_vote_result_is_shown_whole():
    assert set(shown(_VOTE)) == {
        "Закон поддержали 12 депутатов при 19 голосах против, 3 человека воздержались"
    }


def test_a_vote_result_needs_numbers_against_and_a_word_of_voting():
    assert vote_result("поддержали 278 депутатов при 318 голосах против")
    assert vote_result("за проголосовали 300 депутатов, против — 50")
    assert not vote_result("278 депутатов выступили против закона")
    assert not vote_result("сборная выиграла 3 матча против 2 соперников")


_DEBT = (
    "Кризис добрался до моды. "
    "Кредиторы требуют признать банкротом круглосуточный канал «Стиль». "
    "Угроза над «Стилем» нависла из-за конфликта между руководством канала и его партнерами. "
    "Партнеры уже обратились в арбитраж. "
    "Руководство канала от комментариев отказалось. "
    "Сотрудники говорят, что работа идет как обычно. "
    "Эфир не прерывался ни на день. "
    "Зрители пока ничего не заметили. "
    "Реклама выходит по графику. "
    "О том, что канал должен ему 6 млн рублей, заявил бывший совладелец Петр Сидоров. "
    "Канал вещает с 2005 года."
)


def test_a_sum_owed_is_shown_when_the_block_would_be_empty():
    assert any("6 млн рублей" in b for b in shown(_DEBT))


_TAG_LINE = (
    "Друга певицы Анны Петровой посадили за наркотики\n\n"
    "Анна Петрова\nНаркотики\n"
    "Бывшего продюсера певицы Рэя Самедова отправили в колонию.\n\n"
    "Его осудили по статье 228 УК РФ на три года лишения свободы.\n\n"
    "Рэй Самедов раньше работал на телевидении."
)


def test_a_tag_line_is_no_person_and_a_surname_is_put_in_the_pronoun_s_case():
    assert any(b.startswith("Его [Рэя Самедова] осудили") for b in shown(_TAG_LINE))


def test_a_vote_of_a_past_year_gets_no_lift():
    from summarizer.facts.figures.salience import said_of_then

    assert said_of_then("В тот год президент получил 379 голосов против 159")
    assert said_of_then("Долг издания на тот момент составлял 15 млн рублей")
    assert not said_of_then("Закон поддержали 12 депутатов при 19 голосах против")


_THEN_DEBT = _DEBT.replace(
    "О том, что канал должен ему 6 млн рублей, заявил бывший совладелец Петр Сидоров",
    "На тот момент канал был должен бывшему совладельцу Петру Сидорову 6 млн рублей",
)
_NOW_DEBT = _THEN_DEBT.replace("На тот момент канал был", "Канал")


def test_a_sum_owed_at_a_past_moment_is_no_lone_bullet():
    assert any("6 млн рублей" in b for b in shown(_NOW_DEBT))
    assert not any("6 млн рублей" in b for b in shown(_THEN_DEBT))
