"""Cleaning, headline and title forms found in the third round's tuning samples (issue 10).

Every text is written for these tests in the shape the pages had; none is copied from the data.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean_report
from summarizer.clean.repair import glued_sentences, midline_source
from summarizer.headline import headline_from_sentence, stands_alone
from summarizer.nlp import load_nlp
from summarizer.titles import clean_title, usable_title

LEAD = "Правительство страны утвердило новый план строительства школ в малых городах."


def removed(text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in clean_report(text).removed]


def test_a_dateline_before_a_quoted_name_goes() -> None:
    report = clean_report(
        'МОСКВА, 30 мая ПРАЙМ "Газпром" передал акции в залог партнерам.\n' + LEAD
    )
    assert report.text.startswith('"Газпром" передал')
    assert ("dateline", "МОСКВА, 30 мая ПРАЙМ") in [(r.kind, r.text) for r in report.removed]


def test_a_date_with_its_time_opening_any_line_goes() -> None:
    text = "\n".join([LEAD, LEAD, LEAD, "10 ноября 2018 13:37. Агентство выпустило новый рейтинг."])
    assert clean_report(text).text.endswith("\nАгентство выпустило новый рейтинг.")
    # a date without its time opens real sentences: it stays
    lead = "10 ноября 2018 года агентство выпустило новый рейтинг."
    assert clean_report(lead + "\n" + LEAD).text.startswith(lead)


def test_a_translated_columns_byline_goes_a_named_subject_stays() -> None:
    report = clean_report("Отто Мюллер (Otto Mueller) 2 августа президент подписал закон.\n" + LEAD)
    assert report.text.startswith("2 августа президент")
    said = "Дональд Трамп (Donald Trump) заявил о победе на выборах."
    assert clean_report(said + "\n" + LEAD).text.startswith(said)


def test_a_caption_line_ending_in_its_photo_credit_goes() -> None:
    for caption in ("Голосование в США. Фото AFP", "Маски слона и осла. Фото с сайта http://x.com"):
        assert ("caption", caption) in removed(caption + "\n" + LEAD)
    prose = "Премьер провел совещание в Доме правительства, где обсуждался бюджет. " * 3
    assert clean_report(prose.strip() + "\n" + LEAD).text.startswith("Премьер провел")


def test_another_storys_headline_with_its_more_button_goes() -> None:
    text = (
        "Посол пригрозил участникам проекта санкциями Подробнее «Северный поток — 2» — это "
        "международный проект газопровода."
    )
    report = clean_report(LEAD + "\n" + text)
    assert report.text.endswith("\n«Северный поток — 2» — это международный проект газопровода.")


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("Нужно 270 голосов из 538.По оценкам СМИ, он победил.", "538. По оценкам"),
        ("В декабре 2018 годаЕвропарламент выступил против.", "2018 года Европарламент"),
        (
            "Хант бывший министр здравоохранения После назначения Хант уехал.",
            "здравоохранения. После",
        ),
    ],
)
def test_sentences_run_together_are_parted(line: str, fixed: str) -> None:
    assert fixed in glued_sentences(line)[0]


def test_names_written_together_stay_one_word() -> None:
    assert glued_sentences("Сенатор МакКейн и губернатор ДеСантис выступили.")[1] == 0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Начались протесты, сообщает Сообщается, что тысячи людей вышли.",
            "Начались протесты. Сообщается, что тысячи людей вышли.",
        ),
        (
            "Суд вынес решение, пишет Несколько судей не согласились.",
            "Суд вынес решение. Несколько судей не согласились.",
        ),
        (
            'Министр отверг критику. Об этом передает "Вопросы энергетики решаются в Европе, '
            'а не в США", - заявил министр.',
            'Министр отверг критику. "Вопросы энергетики решаются в Европе, а не в США", - '
            "заявил министр.",
        ),
    ],
)
def test_a_source_lost_with_its_link_ends_the_sentence(line: str, expected: str) -> None:
    assert midline_source(line)[0] == expected


def test_titles_lose_their_site_tail_crumbs_and_live_subtitle() -> None:
    assert clean_title("Трамп задумал шоу рекордов // НТВ.Ru") == "Трамп задумал шоу рекордов"
    assert clean_title("Главная Наши люди ‘Быть политиком опасно’: интервью") == (
        "‘Быть политиком опасно’: интервью"
    )
    assert clean_title("Кто победит? Следим за выборами (Обновляется) Ход голосования. author") == (
        "Кто победит? Следим за выборами"
    )
    assert clean_title("МИД: проект не является политическим Вчера, 23:34") == (
        "МИД: проект не является политическим"
    )
    text = "Избранный президент Дональд Трамп пригласил сторонников на шоу рекордов инаугурации."
    assert usable_title("Трамп задумал шоу рекордов // НТВ.Ru", text) is not None


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def test_a_headline_is_not_cut_inside_a_list_of_names(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = (
        "Голоса за кандидата отдали Коннектикут, Делавэр, Джорджия, Иллинойс, Мэриленд, Невада, "
        "Вермонт, Виргиния и еще несколько штатов."
    )
    headline = headline_from_sentence(lead, nlp)
    assert headline != "Голоса за кандидата отдали Коннектикут"
    assert not stands_alone(headline, nlp) or "Виргиния" in headline


def test_a_headline_keeps_the_main_clause_after_an_opening_subordinate(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "Вообще, что касается «чистоты», то выборы без скандалов проходят только при диктатурах."
    headline = headline_from_sentence(lead, nlp)
    assert "проходят" in headline and not headline.startswith("Вообще")


def test_a_headline_keeps_what_to_announces(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = "Киеву не стоит надеяться на то, что с приходом нового президента отношения изменятся."
    assert headline_from_sentence(lead, nlp).endswith("отношения изменятся")


def test_headlines_pointing_back_do_not_stand_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not stands_alone("И это неудивительно - ими все было просчитано", nlp)
    assert not stands_alone("Автор напоминает, что администрация осудила арест", nlp)
