"""People named by surname only: the summary introduces them first (backends/antecedents.py).

The texts are written for these tests; natasha tags them for real (no mock).
"""

from __future__ import annotations

from dataclasses import replace

from summarizer.backends.antecedents import person_needs, same_person, unmet
from summarizer.backends.extractive import ExtractiveBackend
from summarizer.backends.features import sentence_features
from summarizer.backends.ranking import analyze, score, select
from summarizer.document import Document

PIPELINE_TEXT = (
    "Австрийская компания OMV ожидает, что власти Дании выдадут разрешение на газопровод к лету. "
    "Об этом на пресс-конференции в Вене рассказал глава компании Райнер Зеле. "
    "Погода в Вене в этот день была дождливой и ветреной. "
    "Зеле подчеркнул, что с начала проекта уже построено около 600 километров газопровода."
)


def test_a_bare_surname_needs_the_sentence_that_introduced_the_person() -> None:
    doc = Document(PIPELINE_TEXT)
    needs = person_needs(doc)
    assert len(needs) == len(doc.sentences) == 4
    assert needs[3] == (frozenset({1}),)
    assert needs[0] == needs[1] == needs[2] == ()
    assert unmet(needs[3], [0, 3]) == [frozenset({1})]
    assert unmet(needs[3], [1, 3]) == []


def test_a_surname_the_article_itself_opens_with_needs_nothing() -> None:
    doc = Document(
        "Маас прибыл в Москву с первым визитом в новой должности. "
        "Министр иностранных дел Германии Хайко Маас проведет переговоры с российским коллегой. "
        "Маас также встретится с представителями немецкого бизнеса."
    )
    assert all(n == () for n in person_needs(doc))


def test_a_role_with_the_surname_introduces_the_person() -> None:
    doc = Document(
        "Глава компании Райнер Зеле выступил на конференции в Вене. "
        "Дожди в Австрии не прекращаются третью неделю. "
        "Министр Зеле тем временем заявил, что проект будет завершен в срок."
    )
    assert person_needs(doc)[2] == ()


def test_names_everybody_knows_need_no_introduction() -> None:
    doc = Document(
        "Президент России Владимир Путин провел совещание с членами правительства. "
        "Погода в Москве в этот день была солнечной. "
        "Путин поручил подготовить доклад о ценах на топливо к концу месяца."
    )
    assert person_needs(doc)[2] == ()


def test_same_person_allows_case_endings_only() -> None:
    assert same_person("джонсон", "джонсона")
    assert same_person("мэй", "мэя")
    assert not same_person("зеле", "зеленский")
    assert not same_person("джонсон", "дэвис")


def test_select_takes_the_introduction_with_the_bare_surname_or_leaves_it_out() -> None:
    sentences = [s.text for s in Document(PIPELINE_TEXT).sentences]
    base = score(analyze(sentences, [0, 0, 0, 0]))
    needs = ((), (), (), (frozenset({1}),))
    rigged = replace(base, scores=(1.0, 0.2, 0.5, 0.9), needs=needs)
    chosen = select(rigged, 3)
    assert 3 in chosen and 1 in chosen  # "Зеле подчеркнул" only after "глава … Райнер Зеле"
    # The introduction is not usable (a byline, a credit): the sentence stays out.
    rigged = replace(base, scores=(1.0, 0.0, 0.5, 0.9), needs=needs)
    assert 3 not in select(rigged, 3)
    # No room for the pair: the sentence stays out too.
    rigged = replace(base, scores=(1.0, 0.2, 0.5, 0.9), needs=needs)
    assert 3 not in select(rigged, 2) or 1 in select(rigged, 2)


def test_the_backend_never_shows_a_surname_before_its_introduction() -> None:
    doc = Document(PIPELINE_TEXT)
    draft = ExtractiveBackend().summarize(doc)
    texts = [s.text for s in doc.sentences]
    found = [texts.index(s) for s in draft.sentences]
    assert 3 not in found or 1 in found


def test_leaning_definite_phrases_are_dangling() -> None:
    for text in (
        "Последние голосуют за выборщиков, которые затем избирают президента.",
        "Как считает посол, «фирмы, поддерживающие оба проекта, подрывают безопасность».",
        "Как пишет издание, среди обсуждаемых тем было и строительство газопровода.",
        "Министр встретился с послом, а последний заявил о новых санкциях.",
    ):
        assert sentence_features(text).dangling, text
    for text in (
        "Последние данные показывают рост числа заболевших на 5%.",
        "Обе палаты Конгресса одобрили закон о бюджете в среду вечером.",
        "Первые 30 школ откроются уже в следующем учебном году.",
    ):
        assert not sentence_features(text).dangling, text


def test_a_quote_naming_nobody_outside_its_marks_is_unattributed() -> None:
    # "говорили" is inside the quote: nobody is named as the speaker.
    text = "«В июле прибыло судно, и, как мы говорили в пресс-релизе, начались работы»."
    assert sentence_features(text).unattributed
    said = "«В июле прибыло судно, и, как мы говорили, начались работы», — сказал Иванов."
    assert not sentence_features(said).unattributed


def test_a_text_longer_than_the_pipeline_passes_is_not_tagged_for_the_check() -> None:
    long = PIPELINE_TEXT + "\n" + "Погода в Вене была дождливой и ветреной весь день. " * 1200
    doc = Document(long)
    assert len(doc.text) > 50_000
    assert all(n == () for n in person_needs(doc))
    assert "natasha" not in doc.__dict__


def test_a_first_name_is_no_earlier_bare_mention_of_a_like_surname() -> None:
    doc = Document(
        "Премьер поблагодарила посла Дэвида Смита за работу в Вашингтоне. "
        "Министр по делам Brexit Дэвид Дэвис подал в отставку в понедельник. "
        "Погода в Лондоне в этот день была дождливой и ветреной. "
        "Дэвис заявил, что не согласен с планом правительства."
    )
    assert person_needs(doc)[3] == (frozenset({1}),)


def test_the_last_resort_takes_a_sentence_that_reads_alone_over_a_leaning_one() -> None:
    sentences = [
        "Такое мнение высказал вчера на встрече с журналистами министр финансов Иван Петров.",
        "Курс рубля к доллару за неделю вырос на два процента.",
    ]
    base = score(analyze(sentences, [0, 1]))
    assert base.features[0].dangling and not base.features[1].dangling
    # nothing can be chosen the ordinary way: the second needs the first, which leans
    rigged = replace(base, scores=(0.9, 0.3), needs=((), (frozenset({0}),)))
    assert select(rigged, 3) == [1]
    rigged = replace(base, scores=(0.9, 0.0), needs=((), ()))
    assert select(rigged, 3) == [0]  # nothing else at all: something rather than nothing
