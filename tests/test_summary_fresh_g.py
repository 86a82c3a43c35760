"""Summary rules from the seventh audit (fresh_g, Wikinews texts pasted with their titles): a
subtitle under a photo caption, a publication notice, a direct address with nobody saying it and
a quote block under "…ответил:" stand in no summary.

The texts are written for these tests in the shape of the pasted articles; none is copied.
"""

from __future__ import annotations

import pytest

from summarizer.backends.deck import title_noun_first
from summarizer.backends.features import credit, in_speech, sentence_features
from summarizer.pipeline import Pipeline
from summarizer.settings import SummarizerSettings

TITLE = "Житель Огайо обвиняется в пособничестве террористам"
LEAD = (
    "Как сообщило министерство юстиции США, житель штата Огайо был арестован во вторник по "
    "обвинению в заговоре с целью материальной поддержки запрещённой террористической группировки."
)
BODY = (
    "41-летний Джон Смит обвиняется в попытке вербовки сторонников для нападений в Европе. "
    "По данным следствия, он переписывался с вербовщиками через мессенджер с 2019 года.\n\n"
    "Смит был задержан в аэропорту Колумбуса при попытке вылететь в Стамбул. "
    "Ему грозит до двадцати лет заключения.\n\n"
    "Адвокат обвиняемого пока не комментирует дело."
)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(SummarizerSettings(backend="extractive"))


def test_a_subtitle_under_a_caption_opening_with_the_titles_thing_stands_aside(pipeline) -> None:
    deck = "Среди обвинений — попытка вербовки и обучения боевиков."
    summary = pipeline(f"{TITLE}\nФлаг группировки\n{deck}\n\n{LEAD}\n\n{BODY}")
    assert summary.headline == TITLE
    assert summary.text.startswith(LEAD)
    assert deck not in summary.text


def test_the_lead_under_a_caption_stays_the_lead(pipeline) -> None:
    # one sentence alone under the caption, naming its own subject: the news, not a subtitle
    lead = "Министр юстиции Иван Петров исключён из состава правительственной комиссии."
    text = (
        "Петрова исключили из комиссии\nИван Петров\n"
        f"{lead}\nСоответствующее распоряжение опубликовано на портале правовой информации:\n"
        "Исключить из состава комиссии Петрова Ивана Ивановича.\n\n"
        "О причинах решения не сообщается.\n\n"
        "Петров возглавлял министерство с 2016 года и ранее руководил областным судом."
    )
    assert pipeline(text).text.startswith(lead)


def test_the_titles_thing_after_a_preposition() -> None:
    assert title_noun_first("Среди обвинений — попытка вербовки.", TITLE)
    assert not title_noun_first("Среди задержанных — двое иностранцев.", TITLE)
    assert not title_noun_first("В Огайо прошли обыски.", TITLE)  # a name opens it


@pytest.mark.parametrize(
    "sentence",
    [
        "Документ опубликован на официальном портале правовой информации.",
        "Соответствующий указ опубликован на сайте главы государства.",
        "Документ был размещён на официальном интернет-портале правовой информации 4 мая 2018 года.",
    ],
)
def test_a_publication_notice_is_no_news(sentence: str) -> None:
    assert credit(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Закон опубликован на портале и вступает в силу через десять дней.",
        "Указ опубликован на сайте Кремля, он вступает в силу с 1 января.",
        "Правительство опубликовало на портале проект закона о такси.",
    ],
)
def test_a_publication_with_news_in_it_stays(sentence: str) -> None:
    assert not credit(sentence)


def test_a_direct_address_by_name_and_patronymic_is_somebodys_words() -> None:
    f = sentence_features("Иван Сергеевич, вы человек молодой, но новичком вас уже не назовешь.")
    assert f.unattributed
    # a person named by name and patronymic in narration is nobody addressed
    assert not sentence_features(
        "Иван Сергеевич, глава района, приехал на открытие школы."
    ).unattributed


def test_a_paragraph_under_a_speech_frame_is_speech() -> None:
    sentences = [
        "Новым министром назначен Иван Петров.",
        "После чего президент ответил журналистам:",
        "Работа предстоит большая.",
        "Пожелаем ему удачи.",
        "Петров родился в 1980 году.",
    ]
    assert in_speech(sentences, [0, 1, 2, 2, 3]) == [False, False, True, True, False]
    # a document's text under a colon is no one's speech
    sentences = ["Об этом говорится в сообщении ведомства:", "Решение вступает в силу завтра."]
    assert in_speech(sentences, [0, 1]) == [False, False]


def test_a_decrees_order_under_the_line_citing_it_is_the_documents_words(pipeline) -> None:
    lead = "Президент исключил Ивана Петрова из состава Совета по стратегическому развитию."
    order = (
        "Внести в состав Совета по стратегическому развитию, утвержденный указом от 5 мая "
        "2014 года, изменение, исключив из него Петрова Ивана Ивановича."
    )
    sentences = [lead, "Соответствующий указ опубликован на портале правовой информации:", order]
    assert in_speech(sentences, [0, 0, 1]) == [False, False, True]
    text = (
        "Петрова исключили из Совета\nИван Петров\n"
        f"{lead}\nСоответствующий указ опубликован на портале правовой информации:\n{order}\n\n"
        "О мотивах решения не сообщается.\n\n"
        "Петров возглавлял министерство с 2016 года и ранее руководил областным судом. "
        "В 2019 году он стал членом Совета по стратегическому развитию."
    )
    assert order not in pipeline(text).text
