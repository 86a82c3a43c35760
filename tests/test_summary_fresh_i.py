"""Summary rules from the ninth audited sample: the lead stays the summary's news.

A lead under a pasted title is no subtitle because a possessive of its own subject comes late in
it; a quote the page broke across two paragraphs is speech in both; a quote within a quote closed
by one "»" is narration; "также" never opens a summary, nor "Отмечается, что они…".

Texts written for these tests, in the shape of news agencies' items.
"""

from __future__ import annotations

from dataclasses import replace

from summarizer.backends.deck import leaning_deck
from summarizer.backends.features import in_speech, sentence_features, unbalanced_quotes
from summarizer.backends.ranking import RankingConfig, _penalty, analyze, score, select


def _chosen(sentences: list[str], paragraphs: list[int] | None = None, n: int = 3) -> list[str]:
    ranked = score(analyze(sentences, paragraphs or list(range(len(sentences))), None))
    return [sentences[i] for i in select(ranked, n)]


def test_a_lead_naming_its_subject_is_no_leaning_subtitle() -> None:
    title = "Глава республики предложил переименовать министерство"
    lead = "Глава республики подчеркнул, что штат министерства не изменится."
    for text in (
        # the possessive comes late, after the lead's own names
        "Президент Ландии Иван Петров предложил переименовать министерство культуры и "
        "обозначил основные задачи его нового руководства, передает агентство Ландинформ.",
        "В этом году НАТО провело ряд учений, направленных на конфликт с Ландией и ее "
        "союзниками, заявил министр обороны Иван Петров.",
    ):
        assert not leaning_deck(text, lead, title), text
    for text in (
        "Его задержали в Минске на прошлой неделе.",  # early: whose? the title's
        "В Минске его встретил премьер-министр республики.",
        "Министр заявил, что ее полномочия истекают в мае.",  # before any name of its own
    ):
        assert leaning_deck(text, lead, title), text


def test_a_quote_broken_across_paragraphs_is_speech_in_both() -> None:
    sentences = [
        "Президент Ландии выступил на сессии ООН.",
        "«Наши границы отличаются от границ в нашем сердце.",
        "Разве можно отличить один город от другого?",
        "Многие историки считают, что эти города наши», — сказал он с трибуны.",
        "Сессия продлится до пятницы.",
    ]
    assert in_speech(sentences, [0, 0, 1, 1, 2]) == [False, False, True, True, False]
    # a paragraph that does not close the quote with its speaker starts afresh
    assert in_speech([*sentences[:3], "Сессия продлится до пятницы."], [0, 0, 1, 1]) == [
        False,
        False,
        False,
        False,
    ]


def test_a_quote_within_a_quote_closed_once_is_narration() -> None:
    text = (
        "В МИД вызваны послы стран, «предпринявших недружественные действия «в знак "
        "солидарности» с Ландией, говорится в сообщении ведомства."
    )
    assert not unbalanced_quotes(text)
    assert _penalty(sentence_features(text), RankingConfig()) > 0
    assert in_speech([text, "Послам вручат ноты протеста."], [0, 0]) == [False, False]
    for piece in (
        "«Мы поддерживаем «Единую Ландию» и будем",  # opens with the quote: a piece of it
        "Он сказал, что «партия придет",  # no quote inside it
    ):
        assert unbalanced_quotes(piece), piece


def test_also_never_opens_a_summary() -> None:
    assert sentence_features("В своем выступлении министр обороны также отметил рост.").also
    assert sentence_features("Министр тоже выступил.").also
    assert not sentence_features("Министр выступил, а депутаты также проголосовали за.").also
    sentences = [
        "Учения прошли в пятницу.",
        "В своем выступлении министр Иван Петров также отметил, "
        "что республика допускает применение ответных мер в случае агрессии против союзника "
        "и укрепляет границы союзного государства.",
        "Коллегия министерств обороны двух стран прошла в Минске.",
    ]
    ranked = score(analyze(sentences, [0, 1, 2], None))
    # the lead cannot be chosen: the "также" sentence must not open the summary without it
    zeroed = replace(ranked, scores=(0.0, *ranked.scores[1:]))
    assert select(zeroed, 3) == [2]


def test_a_report_of_nobody_about_people_it_does_not_name_leans_back() -> None:
    assert sentence_features("Отмечается, что они сами обратились в министерство.").dangling
    assert not sentence_features("Отмечается, что министерство приняло решение.").dangling
