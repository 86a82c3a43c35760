"""Properties of the speaker rules over arbitrary input: they never raise, every quote is a
verbatim piece of the input (a trailing "…" aside), short, and at most two per speaker."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.document import Document
from summarizer.facts.speakers import MAX_QUOTE_CHARS, extract_speakers
from summarizer.nlp import load_nlp

# Pieces that reach every rule: speech verbs, names, titles, organizations, pronouns, quote
# marks of all kinds, dialogue dashes, colons, brackets and line breaks.
_PIECES = st.sampled_from(
    [
        "заявил",
        "заявила",
        "заявили",
        "сказал",
        "отметил",
        "подчеркнула",
        "сообщает",
        "добавив",
        "считает",
        "призвал",
        "уверен",
        "отмечается",
        "говорится",
        "по словам",
        "По его словам",
        "как отметил",
        "Об этом",
        "сообщил",
        "в сообщении",
        "что",
        "чтобы",
        "о том",
        ",",
        ".",
        ":",
        "«",
        "»",
        '"',
        "„",
        "“",
        "–",
        "—",
        "-",
        "(",
        ")",
        "\n",
        "\n– ",
        "…",
        "он",
        "она",
        "они",
        "который",
        "Владимир Путин",
        "Путина",
        "Касым-Жомарт Токаев",
        "Анна Иванова",
        "Ивановой",
        "президент",
        "президента России",
        "глава государства",
        "министр",
        "пресс-секретарь",
        "представитель",
        "муж",
        "МИД России",
        "Кремль",
        "в Кремле",
        "ТАСС",
        "Газпром",
        "компании",
        "ведомство",
        "в Минфине",
        "Москва",
        "в Баку",
        "СМИ",
        "источник",
        "эксперты",
        "мы",
        "я",
        "готовы",
        "к диалогу",
        "санкции",
        "не повлияют",
        "на экономику",
        "в понедельник",
    ]
)
_RUSSIANISH = st.lists(_PIECES, max_size=60).map(" ".join)
_ANY_TEXT = st.text(max_size=300)


def _check(text: str) -> None:
    found = extract_speakers(Document(text, nlp=load_nlp()))
    names = [sp.name for sp in found]
    assert len(names) == len(set(names)), "a speaker listed twice"
    for sp in found:
        assert sp.name.strip() == sp.name and sp.name
        assert 1 <= len(sp.quotes) <= 2
        for q in sp.quotes:
            core = q.removesuffix("…").rstrip()
            assert core and core in text, (q, text)
            assert len(q) <= MAX_QUOTE_CHARS + 2


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ANY_TEXT)
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_RUSSIANISH)
def test_russian_like_text_quotes_are_verbatim(text: str) -> None:
    _check(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "Министр Анна Иванова провела встречу.",
                "– Мы готовы к диалогу, – заявила она.",
                "«Санкции не повлияют на экономику», — сказал Владимир Путин.",
                "По его словам, рост продолжится до конца года.",
                "Об этом сообщил глава государства.",
                "В Кремле заявили, что решение принято окончательно.",
                "«Первая часть длинной цитаты без закрывающей кавычки",
                "Кремль считает, что переговоры продолжатся.",
            ]
        ),
        min_size=1,
        max_size=8,
    ).map("\n".join)
)
def test_shuffled_paragraphs_keep_quotes_verbatim(text: str) -> None:
    _check(text)
