"""A pasted text without title: its own title line, the subtitle under it, and the headline made
from the lead when there is no title line.

The texts are written for these tests in the shape of the pasted articles the reader audit read
(title / one-sentence subtitle / lead / body); no article text is copied.
"""

from __future__ import annotations

import pytest

from summarizer.backends.deck import leaning_deck
from summarizer.backends.extractive import ExtractiveBackend
from summarizer.backends.features import sentence_features
from summarizer.clean import clean_report
from summarizer.document import Document
from summarizer.headline import headline_from_sentence, stands_alone
from summarizer.nlp import load_nlp
from summarizer.pipeline import Pipeline
from summarizer.settings import SummarizerSettings

LEAD = (
    "Министры иностранных дел четырех стран встретятся в Париже во вторник, чтобы обсудить ход "
    "выполнения минских договоренностей, сообщил официальный представитель МИД Франции."
)
BODY = (
    "На встрече будут обсуждаться отвод тяжелых вооружений и обмен пленными. "
    "Украину на переговорах представит глава МИД Павел Климкин. "
    "Российскую делегацию возглавит министр Сергей Лавров.\n\n"
    "Предыдущая встреча в таком составе прошла в Берлине в январе и закончилась без итогов. "
    "Тогда стороны договорились продолжить консультации на уровне экспертов."
)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(SummarizerSettings(backend="extractive"))


# --- the title line ------------------------------------------------------------------------------
def test_a_first_line_sentence_that_the_lead_restates_is_the_heading() -> None:
    title = "Главный редактор журнала станет самостоятельно развивать издание."
    lead = (
        "Главный редактор журнала Иван Петров собирается обменять свою долю в холдинге на "
        "активы журнала и станет самостоятельно развивать издание."
    )
    report = clean_report(f"{title}\n\n{lead}\n\n{BODY}")
    assert report.heading == "Главный редактор журнала станет самостоятельно развивать издание"
    assert report.headed
    assert report.text.startswith(lead)


def test_a_first_line_with_a_stray_stop_is_the_heading() -> None:
    report = clean_report(
        f"Минску дали ночь на оплату долга за электроэнергию .\n\n{LEAD}\n\n{BODY}"
    )
    assert report.heading == "Минску дали ночь на оплату долга за электроэнергию"
    assert report.text.startswith(LEAD)


def test_a_first_line_sentence_the_lead_does_not_restate_stays_text() -> None:
    first = "Правительство утвердило программу строительства новых школ в малых городах."
    report = clean_report(f"{first}\n\n{LEAD}\n\n{BODY}")
    assert report.heading is None
    assert report.text.startswith(first)


def test_a_subtitle_glued_to_the_title_is_cut_off_and_kept_as_text() -> None:
    text = (
        "США и Россия придумали альтернативу переговорам по Украине Но прежний формат остается "
        f"в силе.\n\n{LEAD}\n\n{BODY}"
    )
    report = clean_report(text)
    assert report.heading == "США и Россия придумали альтернативу переговорам по Украине"
    assert report.text.startswith("Но прежний формат остается в силе.\n")


# --- the subtitle under it -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "deck",
    [
        "Темой разговора станут минские соглашения и миротворцы.",  # names nothing
        "Сотрудники Смольного пока не вносили подобную инициативу в Законодательное собрание.",
        "По мнению президента, украинская армия обстреливает города на востоке страны.",
        "Канцлер считает, что решить конфликт военным путем нельзя.",  # the lead names her
        "В Париже встретятся министры иностранных дел четырех стран.",  # the lead says it again
    ],
)
def test_a_subtitle_that_leans_on_the_title_or_repeats_the_lead_stands_aside(deck: str) -> None:
    lead = LEAD.replace("сообщил", "сообщила канцлер Германии Ангела Меркель, сообщил")
    assert leaning_deck(deck, lead)


def test_a_subtitle_that_names_its_subject_stays() -> None:
    deck = "Дмитрий Медведев доверил пост руководителя фонда миллиардеру Виктору Вексельбергу."
    assert not leaning_deck(deck, LEAD)
    # a group by its role: nobody the lead would name
    deck = "Представители бизнеса считают, что Россия рискует проиграть борьбу за Арктику."
    assert not leaning_deck(deck, "Конференцию организовал Российский совет с Академией наук.")
    # a person by role alone, with no lead that names them: the subtitle is still the news
    deck = "Президент «Роснефти» и совладелец трейдера Gunvor продвигают идею разделения компании."
    assert not leaning_deck(
        deck, "Если предположить, что компания будет разделена, рынок изменится."
    )


def test_a_subtitle_opening_with_the_titles_own_thing_leans_on_the_title() -> None:
    title = "Министры четырех стран проведут встречу в Париже"
    deck = "Встречу предполагается провести во вторник, в день годовщины Минских соглашений."
    assert leaning_deck(deck, LEAD, title)
    assert not leaning_deck(deck, LEAD)  # without the title: it names its own date and place
    # a name the title has opens the subtitle: it says who, as a lead does
    deck = "Париж примет министров во вторник, в день годовщины Минских соглашений."
    assert not leaning_deck(deck, LEAD, "Министры четырех стран встретятся в Париже")


def test_a_subtitle_that_only_announces_the_story_stands_aside() -> None:
    deck = "Как Париж готовился к встрече министров иностранных дел."
    assert leaning_deck(deck, LEAD, "Почему Париж")
    # a clause past the question word: it tells something itself
    deck = "Как сообщил Кремль, Владимир Путин примет участие во встрече министров."
    assert not leaning_deck(deck, LEAD, "Путин поедет в Париж")


def test_the_summary_of_a_pasted_text_does_not_open_with_its_subtitle(pipeline) -> None:
    deck = "Темой разговора станут минские соглашения и миротворцы."
    text = f"Министры соберутся в Париже\n\n{deck}\n\n{LEAD}\n\n{BODY}"
    summary = pipeline(text)
    assert summary.headline == "Министры соберутся в Париже"
    assert summary.text.startswith(LEAD)
    assert deck not in summary.text


def test_an_article_with_a_title_keeps_its_one_sentence_lead(pipeline) -> None:
    # a given title is no pasted heading: the first paragraph is the lead, whatever it says
    deck = "Темой разговора станут минские соглашения и миротворцы."
    doc = Document(f"{deck}\n\n{LEAD}\n\n{BODY}", title="Министры соберутся в Париже")
    chosen = ExtractiveBackend().summarize(doc).sentences
    assert chosen[0] == deck


# --- sentences that lean on a message or a company named before ----------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "В сообщении, в частности, говорится, что цена на газ для бюджетной сферы снизится.",
        "В компании заявляют, что завод должен поставщику 228 млн рублей.",
    ],
)
def test_a_sentence_on_an_unnamed_message_or_company_leans_on_the_one_before(sentence) -> None:
    assert sentence_features(sentence).dangling


def test_a_teaser_is_no_summary_sentence_and_no_headline(nlp) -> None:
    teaser = "О том, кто купил права на важное лекарство и поднял цену в пятьдесят раз."
    assert sentence_features(teaser, alone=True).fragment
    assert sentence_features(teaser).fragment
    assert not stands_alone(headline_from_sentence(teaser, nlp), nlp)
    for told in (
        "О том, кто купил права на лекарство, рассказал журналист Иван Петров.",
        "О том, как работают праймериз, журналист Иван Петров поговорил с политологом.",
    ):
        assert not sentence_features(told).fragment


# --- the headline made from the lead -------------------------------------------------------------
def test_a_headline_does_not_point_at_what_the_lead_said_before(nlp) -> None:
    h = headline_from_sentence(
        "Президент не имеет к этому отношения, сообщил пресс-секретарь Владимира Путина "
        "Дмитрий Песков.",
        nlp,
    )
    assert not stands_alone(h, nlp)


def test_a_clause_a_little_over_the_line_is_kept_whole_not_cut_after_its_verb(nlp) -> None:
    h = headline_from_sentence(
        "Скандальные статьи с обвинениями в адрес России в использовании допинга публикуются "
        "с целью лишить Олимпиаду в Сочи российской лаборатории, заявил министр спорта РФ.",
        nlp,
    )
    assert h.endswith("с целью лишить Олимпиаду в Сочи российской лаборатории")


def test_a_headline_that_ends_on_a_verb_of_saying_does_not_stand_alone(nlp) -> None:
    assert not stands_alone("На своей странице в одной из служб знакомств Мартин писал", nlp)
    assert stands_alone("Мартин Шкрели поднял цену на лекарство в пятьдесят раз", nlp)


def test_a_list_past_the_line_is_not_taken_for_one_clause(nlp) -> None:
    h = headline_from_sentence(
        "Голоса за кандидата отдали Коннектикут, Делавэр, Джорджия, Иллинойс, Мэриленд, Невада, "
        "Нью-Гемпшир, Вермонт, Виргиния и еще несколько штатов восточного побережья страны.",
        nlp,
    )
    assert h != "Голоса за кандидата отдали Коннектикут"
