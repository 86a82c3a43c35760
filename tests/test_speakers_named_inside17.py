"""Round 17: a person only named inside somebody's words, or only in passing, speaks for no
title or pronoun; a board chairman is the company's head."""

from __future__ import annotations

from speakers_shown import shown

from summarizer.facts.speakers.quotes import quote_regions


def _said_by(text: str, words: str) -> list[str]:
    return [name for name, quotes in shown(text).items() if any(words in q for q in quotes)]


def test_a_closing_mark_followed_by_a_dash_but_no_attribution_closes_the_inner_quote() -> None:
    """«…, что «Эхо» — это площадка …», — добавил он: the » after «Эхо» closes the name only,
    since another » follows before any new «."""
    text = (
        "«Несмотря на то, что Петров декларирует, что «Эхо» — это площадка, это модерируемый "
        "процесс», — добавил он."
    )
    (region,) = quote_regions(text)
    assert text[region[0] : region[1]].endswith("модерируемый процесс")


def test_a_pronoun_after_words_that_name_another_is_not_that_other() -> None:
    """The chairman quoted names the editor inside his words ("Петров декларирует"); "— добавил
    он" after them is the chairman's, never the editor's."""
    text = (
        "Председатель правления «Медиа-Холдинга» Иван Сидоров раскритиковал радиостанцию. "
        "«Мы часто общаемся с господином Петровым, и у нас много разногласий», — цитирует "
        "агентство Сидорова.\n\n"
        "«Несмотря на то, что Петров декларирует, что «Эхо» — это площадка и не более того, "
        "это все равно модерируемый процесс. И меня удивляет, почему ведущий промолчал», — "
        "добавил он. «Но меня слышат, и многое слышат, потому что это всегда процесс "
        "убеждения», — пояснил глава «Медиа-Холдинга»."
    )
    assert _said_by(text, "меня удивляет") in ([], ["Иван Сидоров"])
    assert _said_by(text, "меня слышат") == ["Иван Сидоров"]
    assert not any("Петров" in name for name in shown(text))


def test_a_title_bound_to_one_person_is_not_a_person_named_in_passing() -> None:
    """ "Сенатор Джон Смит …; после гибели лидера группировки Ахмеда Карима … — подчеркнул
    сенатор": the senator is Смит; Карим was only named in the genitive."""
    text = (
        "Сенатор Джон Смит прибыл в Исламабад. Он первым из американских политиков посетил "
        "страну после гибели лидера группировки Ахмеда Карима. По пути Смит сделал остановку в "
        "Кабуле. При этом сенатор подчеркнул, что Вашингтон хочет видеть Исламабад своим "
        "надежным союзником в регионе."
    )
    assert _said_by(text, "хочет видеть Исламабад") == ["Джон Смит"]


def test_he_after_the_latest_subject_is_not_one_named_in_quote_marks_before() -> None:
    """A name inside quote marks ("«…которой и был Иван Петрович Громов», — говорит
    скульптор") or in an oblique case before the latest subject is no rival of that subject
    for the "он" that follows."""
    text = (
        "Памятник Ивану Петровичу Громову открыли в Самаре. «Это такая глыба в движении, это "
        "глыба, которой и был Иван Петрович Громов», — говорит скульптор.\n\n"
        "На торжества, посвященные юбилею Ивана Петровича, в Самару прибыл президент РФ Дмитрий "
        "Медведев. Открывая памятник, он отметил, что «Россия должна быть благодарна Громову за "
        "то, что страна не свернула с пути изменений»."
    )
    assert _said_by(text, "должна быть благодарна") == ["Дмитрий Медведев"]


def test_the_writers_source_clause_is_cut_off_the_sentence_before_ob_etom() -> None:
    """ "Как передала радиостанция «Маяк», по факту … возбуждено дело. Об этом сообщил X": X's
    words start after the source clause; "Как передала …" is the writer's, never X's."""
    text = (
        "Неизвестный мужчина пытался выстрелить в бизнесмена. Как передала радиостанция «Маяк», "
        "по факту покушения на бизнесмена возбуждено уголовное дело. Об этом сообщил "
        "официальный представитель Следственного комитета Владимир Маркин."
    )
    words = shown(text).get("Владимир Маркин", ())
    assert words and all("Маяк" not in q and "передала" not in q for q in words)
    assert any(q.startswith("по факту покушения") for q in words)
