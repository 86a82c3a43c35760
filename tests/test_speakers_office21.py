"""The ninth fresh audit (audit21) found «– заявил глава государства» shown as the words of the
one person named before it, whom the article had elected to another office ("переизбрали Ивана
Петрова председателем парламента"); the head of state was named only after the quote. A title
never falls to a person the article gives another office; a president stays the head of state."""

from __future__ import annotations

from speakers_shown import shown


def test_a_title_never_falls_to_one_elected_to_another_office() -> None:
    text = (
        "Депутаты нового созыва приняли присягу и переизбрали Ивана Петрова председателем "
        "парламента. «Депутатский мандат – это не привилегия, а большая ответственность перед "
        "избирателями», – заявил глава государства. Реформы продолжатся и в следующем году, "
        "считает Пётр Сидоров."
    )
    got = shown(text)
    assert not any("Иван Петров" in name for name in got)
    assert all("Депутатский мандат" not in q for qs in got.values() for q in qs) or any(
        "Сидоров" in name for name in got if any("Депутатский мандат" in q for q in got[name])
    )


def test_one_elected_to_that_office_keeps_it() -> None:
    text = (
        "Депутаты нового созыва приняли присягу и переизбрали Ивана Петрова председателем "
        "парламента. «Депутатский мандат – это не привилегия, а большая ответственность перед "
        "избирателями», – заявил председатель парламента."
    )
    got = shown(text)
    assert any("Депутатский мандат" in q for q in got.get("Иван Петров", ()))


def test_a_president_named_before_stays_the_head_of_state() -> None:
    text = (
        "Президент Казахстана Иван Петров открыл первую сессию парламента. «Депутатский мандат – "
        "это не привилегия, а большая ответственность перед избирателями», – заявил глава "
        "государства."
    )
    got = shown(text)
    assert any("Депутатский мандат" in q for q in got.get("Иван Петров", ()))


def test_a_title_never_falls_to_the_head_of_another_body() -> None:
    text = (
        "Президент отправил в отставку правительство во главе с Иваном Петровым. «Депутатский "
        "мандат – это не привилегия, а большая ответственность перед избирателями», – заявил "
        "глава государства."
    )
    got = shown(text)
    assert not any("Иван Петров" in name for name in got)
