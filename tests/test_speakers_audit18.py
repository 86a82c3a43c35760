"""The sixth fresh audit (40 pasted texts) found readers' comments given to the site they
commented on («комментаторы TJournal обратили внимание …» shown as TJournal's words), the
writer's fronted frame «О том, что …» shown inside a quote, a paragraph of retelling («Он
добавил, что …») taken as the statement a colon announced, and a paragraph-long quote missed
because its speaker is named at the start of the next paragraph («…»\\n\\nзаявил … X)."""

from __future__ import annotations

from speakers_shown import shown as _shown
from speakers_shown import shown_words as _shown_words


def test_readers_of_a_site_are_not_the_site() -> None:
    text = (
        "Ведомство составило протокол в отношении компании Twitter. Протокол стал поводом для "
        "насмешек. В частности, комментаторы TJournal обратили внимание на то, что штраф по "
        "текущему курсу составляет совсем небольшую сумму в долларах."
    )
    assert "TJournal" not in _shown(text)


def test_a_site_speaking_itself_is_still_shown() -> None:
    text = (
        "Ведомство составило протокол в отношении компании Twitter. Протокол стал поводом для "
        "насмешек. В частности, издание TJournal обратило внимание на то, что штраф по "
        "текущему курсу составляет совсем небольшую сумму в долларах."
    )
    assert "TJournal" in _shown(text)


def test_a_fronted_o_tom_chto_frame_stays_out_of_the_quote() -> None:
    text = (
        "Канал испытывает сложности с кредиторами. О том, что телеканал должен ему восемь "
        "миллионов рублей, заявил совладелец канала Артур Перепёлкин."
    )
    words = _shown_words(text)
    assert words and all(not q.startswith("О том") for q in words)
    assert any(q.startswith("телеканал должен ему") for q in words)


def test_a_retelling_paragraph_after_a_colon_is_no_quote() -> None:
    text = (
        "В России может появиться новая водка. У нее будет необычный вкус, считает эксперт "
        "рынка Вадим Дробиз:\n\nОн добавил, что себестоимость напитка также изменится за "
        "счёт меньшего содержания спирта в каждой бутылке.\n\nКрепость водки зависит от "
        "региона."
    )
    assert all(not q.startswith("Он добавил") for q in _shown_words(text))


def test_a_quote_named_at_the_start_of_the_next_paragraph() -> None:
    text = (
        "В Грозном прошла церемония инаугурации главы республики Рамзана Кадырова.\n\n"
        "«Изменений у нас не будет. Мы будем работать, как и раньше. Сложилась хорошая "
        "команда единомышленников...»\n\n"
        "заявил после инаугурации Рамзан Кадыров. Эти слова внушают оптимизм."
    )
    assert any(
        q.startswith("Изменений у нас не будет") for q in _shown(text).get("Рамзан Кадыров", ())
    )


def test_a_quote_before_a_paragraph_in_capitals_is_not_attributed() -> None:
    text = (
        "В Грозном прошла церемония инаугурации главы республики Рамзана Кадырова.\n\n"
        "«Изменений у нас не будет. Мы будем работать, как и раньше. Сложилась хорошая "
        "команда единомышленников...»\n\n"
        "Заявил ли это Рамзан Кадыров, неизвестно."
    )
    assert "Рамзан Кадыров" not in _shown(text)
