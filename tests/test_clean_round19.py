"""Rules found in the eighth fresh audit (audit20: copies of news web pages with their site
furniture): a page template's labels, a line of repeating tags, an age rating, a district's
dateline with a listed agency, a rubric's label, a quote glued to the stop before it, and
Wikinews' archived-copy marks.

Every text is written for these tests in the shape the pages had; none is copied from the data.
"""

from __future__ import annotations

from summarizer.clean import clean_report
from summarizer.clean.lines import is_tag_line


def test_template_labels_and_the_age_rating_give_the_headline_to_the_real_title() -> None:
    text = (
        "page_header_top\n16+\npage_header_bot\n\n"
        "Совет министров утвердил новый порядок выдачи виз\n\n"
        "Совет министров утвердил порядок выдачи виз для иностранных студентов. Об этом сообщила "
        "пресс-служба правительства. Студентам больше не нужно приглашение от вуза.\n\n"
        "Новые правила вступят в силу с 1 марта.\n\n"
        "page_right_1\npage_bot"
    )
    cleaned = clean_report(text)
    assert cleaned.heading == "Совет министров утвердил новый порядок выдачи виз"
    assert "page_" not in cleaned.text and "16+" not in cleaned.text
    assert cleaned.text.endswith("Новые правила вступят в силу с 1 марта.")
    kinds = [r.kind for r in cleaned.removed]
    assert kinds.count("template") == 4 and kinds.count("notice") == 1


def test_a_repeating_tag_line_goes_and_the_title_below_it_is_the_headline() -> None:
    text = (
        "Анна Петрова Франция Париж выборы политика Анна Петрова Франция Париж\n\n"
        "Мэр Парижа объявила дату выборов\n\n"
        "Мэр Парижа Анна Петрова сообщила, что выборы в городской совет пройдут весной. "
        "Голосование займет два дня. Избирательная комиссия откроет участки во всех округах "
        "города, а наблюдатели от партий смогут следить за подсчетом голосов."
    )
    cleaned = clean_report(text)
    assert cleaned.heading == "Мэр Парижа объявила дату выборов"
    assert cleaned.text.startswith("Мэр Парижа Анна Петрова сообщила")
    assert cleaned.removed[0].kind == "tags"


def test_a_tag_line_repeats_itself_a_headline_does_not() -> None:
    assert is_tag_line("Анна Петрова Франция Париж выборы Анна Петрова Франция")
    assert not is_tag_line("Мэр Парижа Анна Петрова объявила дату выборов в городской совет")
    # short words come back in any phrase
    assert not is_tag_line("Власти в Москве и в области ввели новые правила в метро")
    # punctuation: a sentence, not tags
    assert not is_tag_line("Анна Петрова, Франция Париж, выборы. Анна Петрова Франция")


def test_a_districts_dateline_with_commas_and_the_agency_goes() -> None:
    text = (
        "В Карелии задержан глава района\n"
        "Сегежский район, Карелия, 12 марта, 2020, 10:15 — ИА Регнум. В Карелии задержан глава "
        "Сегежского района. Об этом сообщили в следственном управлении.\n"
        "Ему грозит до десяти лет лишения свободы. Следователи проводят обыски в администрации "
        "района и допрашивают его заместителей."
    )
    cleaned = clean_report(text)
    assert cleaned.text.startswith("В Карелии задержан глава Сегежского района.")
    assert ("dateline", "Сегежский район, Карелия, 12 марта, 2020, 10:15 — ИА Регнум.") in [
        (r.kind, r.text) for r in cleaned.removed
    ]


def test_a_rubric_label_goes_and_the_words_after_it_stay() -> None:
    text = (
        "Министр объявил, что форум пройдет в Казани в мае.\n"
        "Прямая речь: «На форуме мы обсудим торговлю и транспорт».\n"
        "Форум проводится в третий раз."
    )
    cleaned = clean_report(text, "Форум пройдет в Казани")
    assert "Прямая речь" not in cleaned.text
    assert "«На форуме мы обсудим торговлю и транспорт»." in cleaned.text


def test_a_quote_glued_to_the_stop_before_it_gets_its_space() -> None:
    text = (
        "Министр сообщил, что форум пройдет летом.«Я рад объявить дату форума», — сказал он. "
        "Форум проводится в третий раз."
    )
    cleaned = clean_report(text, "Форум пройдет летом")
    assert "летом. «Я рад" in cleaned.text


def test_wikinews_archive_marks_go_and_the_sentence_stays() -> None:
    text = (
        "Сведения о нем были опубликованы на сайте министерства (архивировано: 1, 2, 3). "
        "Суд назначил слушания на понедельник."
    )
    cleaned = clean_report(text, "Суд назначил слушания")
    assert cleaned.text.startswith("Сведения о нем были опубликованы на сайте министерства. Суд")
    assert "(архивировано: 1, 2, 3)" in [r.text for r in cleaned.removed]
