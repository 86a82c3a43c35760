"""Figure bullets after round 22: a demonstrative subject of a measure noun ("этот показатель
составил 4,1%") is shown with the thing measured, the subject of the sentence before that gave
a figure of it, in brackets as written; when that sentence names no one such thing, the bullet
stays hidden.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_lines

_TITLE = "Безработица в Татарстане снизилась до рекорда"


def _text(before: str) -> str:
    return (
        f"{before} В марте этот показатель составлял 2,9%, сообщил министр труда "
        "республики.\nВласти ждут дальнейшего снижения."
    )


def test_this_measure_names_what_it_measures():
    text = _text("Уровень безработицы в Татарстане в апреле снизился до 2,1%.")
    lines = shown_lines(text, _TITLE)
    assert "В марте этот показатель [уровень безработицы] составлял 2,9%" in lines


def test_this_measure_after_a_sentence_with_no_figure_stays_hidden():
    # no figure in the sentence before: "этот показатель" points further back
    text = _text("Безработица в Татарстане снижается уже полгода. Об этом пишут местные СМИ.")
    assert not any("2,9%" in line for line in shown_lines(text, _TITLE))


def test_this_measure_after_a_person_subject_stays_hidden():
    # a man is measured by no "показатель": nothing to name
    text = _text("Министр Иван Петров в апреле сообщил о безработице в 2,1%.")
    assert not any("2,9%" in line for line in shown_lines(text, _TITLE))
