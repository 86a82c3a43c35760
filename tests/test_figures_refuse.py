"""Figure bullets held back however salient their figure: page furniture inside the clause, a
share of a company the bullet never names, a standing fact, a block of history alone; and the
name put after a pronoun in the pronoun's case.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.facts.figures.pronouns import Names
from summarizer.facts.figures.refuse import site_junk, stake_of_nothing
from summarizer.render import figure_bullets, figure_line


def lines(text: str, title: str, summary: tuple[str, ...] = ()) -> list[str]:
    return [
        figure_line(f)
        for f in figure_bullets(extract_figures(Document(text, title), None, summary))
    ]


# --- page furniture ---------------------------------------------------------------------------

BRIDGES = (
    "Власти оценили стоимость нового моста через Лену в 200 млрд руб. "
    "Самым дорогим мостом страны остается Крымский. "
    "Крымский мост Фото: Иван Иванов / ТАСС Протяженность: 19 км Стоимость: 228 млрд руб. "
    "Строительство моста через Лену начнется в следующем году."
)


def test_a_bullet_holding_a_photo_credit_and_table_labels_is_held_back():
    shown = lines(BRIDGES, "Самые дорогие мосты России")
    assert shown == ["Власти оценили стоимость нового моста через Лену в 200 млрд руб"]


def test_site_junk_tells_credits_labels_and_tags_from_text():
    assert (
        site_junk("Крымский мост Фото: Иван Иванов / ТАСС стоит 228 млрд руб") == "a photo credit"
    )
    assert site_junk("Мост (Иван Иванов / РИА Новости) стоит 228 млрд руб") == "a photo credit"
    assert site_junk("Протяженность: 19 км Стоимость: 228 млрд руб") == "table labels"
    tagged = "Пилот продлился до лета 2021 года. льготная ипотека Михаил Мишустин частные дома"
    assert site_junk(tagged) == "site tags"
    # an abbreviation's period, then the sentence goes on: no tags
    assert site_junk("Добыча выросла на 432 тыс. барр. в сутки на период до июня") == ""
    assert site_junk("Экспорт составил 7 млн барр. в сутки, сообщил министр") == ""
    # a quote after a colon is no label
    assert site_junk("Министр сказал: добыча вырастет на 8%") == ""


# --- a share of nothing named -----------------------------------------------------------------

STAKE = (
    "Минюст объяснил, почему журналиста Ивана Петрова признали иноагентом. "
    "По данным ведомства, Петров получал деньги из-за рубежа. "
    "С 2009 года Петров владел 100% компании{name}. "
    "Сам Петров решение Минюста назвал абсурдным."
)
STAKE_TITLE = "Минюст объяснил, почему Петрова признали иноагентом"


def test_a_share_of_an_unnamed_company_is_held_back():
    assert lines(STAKE.format(name=""), STAKE_TITLE) == []


def test_a_share_of_a_named_company_is_shown():
    named = STAKE.format(name=" «Альфа», издающей журнал о путешествиях")
    assert lines(named, STAKE_TITLE) == [
        "С 2009 года Петров владел 100% компании «Альфа», издающей журнал о путешествиях"
    ]


def test_his_share_with_no_object_says_nothing():
    doc = Document(
        "К 2018 году его доля сократилась до 76,43%. В 2020 году доля «Альфы» выросла до 40%."
    )
    bare = "к 2018 году его [Ивана Петрова] доля сократилась до 76,43%"
    assert stake_of_nothing(doc, bare, 0, 40)
    assert not stake_of_nothing(doc, "его доля в «Альфе» сократилась до 40%", 0, 40)
    # which company the noun after the share says: "акций трейдера"
    assert not stake_of_nothing(doc, "фонд приобретет 45% акций трейдера", 0, 40)
    # a share of a whole named by its noun, not an owner's stake
    assert not stake_of_nothing(doc, "Более 90% ядерного оружия принадлежит России и США", 0, 40)


# --- the name after a pronoun -----------------------------------------------------------------

SALE = (
    "Акционеры компании «Альфа» одобрили продажу доли Ивана Петрова. "
    "Иван Петров основал компанию «Альфа» в 2009 году. "
    "По итогам сделки его доля в «Альфе» сократится с 76% до 40%. "
    "Покупателем выступит фонд «Бета»."
)


def test_the_name_after_a_possessive_pronoun_stands_in_the_genitive():
    assert lines(SALE, "Акционеры «Альфы» одобрили продажу доли") == [
        "По итогам сделки его [Ивана Петрова] доля в «Альфе» сократится с 76% до 40%"
    ]


# --- what is not the news ---------------------------------------------------------------------


def test_a_company_s_headcount_is_no_key_figure():
    text = (
        "Компания Олега Дерипаски подала иск к австрийскому концерну Strabag. "
        "Иск связан с решением концерна лишить компанию дивидендов. "
        "В компании работают 75 тыс. сотрудников. "
        "Суд рассмотрит иск в следующем месяце."
    )
    assert lines(text, "Дерипаска подал иск к австрийскому концерну Strabag") == []


def test_a_block_of_history_alone_is_not_shown():
    past = (
        "В 2013 году основатель Telegram получил гражданство Сент-Китс и Невис, пожертвовав "
        "$250 тыс. в фонд развития страны"
    )
    text = (
        "Власти Франции дали гражданство Павлу Дурову, следует из указа от 23 августа. "
        "Внимание на документ обратил Telegram-канал. "
        "Дуров покинул Россию в 2014 году. "
        "В 2017 году он заявил, что Telegram не будет сотрудничать с властями. "
        f"{past}."
    )
    first = "Власти Франции дали гражданство Павлу Дурову, следует из указа от 23 августа."
    summary = (first, past + ".")
    assert lines(text, "Павел Дуров получил французское гражданство", summary) == []


def test_a_name_is_put_in_a_case_word_by_word_leaving_a_title_before_it_out():
    names = Names(Document("Иван Петров."))
    assert names.in_case("Алексей Венедиктов", "Gen") == "Алексея Венедиктова"
    assert names.in_case("Джозеф Байден", "Dat") == "Джозефу Байдену"
    assert names.in_case("Сергей Шойгу", "Ins") == "Сергеем Шойгу"
    assert names.in_case("Республиканец Дональд Трамп", "Gen") == "Дональда Трампа"
