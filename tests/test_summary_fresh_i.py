"""Summary rules from the ninth audited sample: the lead stays the summary's news.

A lead under a pasted title whose "его/ее" comes late, after names of its own, is no leaning
subtitle; a quote the page broke across two paragraphs is speech in both; a quote within a quote closed
by one "»" is narration; "Отмечается, что они…" leans on the sentence before.

Texts written for these tests, in the shape of news agencies' items.
"""

from __future__ import annotations

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
        "солидарности» с Ландией из-за «дела Петрова», говорится в сообщении ведомства."
    )
    assert not unbalanced_quotes(text)
    assert _penalty(sentence_features(text), RankingConfig()) > 0
    assert in_speech([text, "Послам вручат ноты протеста."], [0, 0]) == [False, False]
    sentences = [
        text,
        "Послам вручат ноты протеста и объявят об ответных мерах.",
        "В МИД уже побывали послы трех стран, сообщило агентство.",
    ]
    assert text in _chosen(sentences)  # the lead is the news, not a piece of a quote
    for piece in (
        "«Мы поддерживаем «Единую Ландию» и будем",  # opens with the quote: a piece of it
        "Он сказал, что «партия придет",  # no quote inside it
    ):
        assert unbalanced_quotes(piece), piece


def test_a_report_of_nobody_about_people_it_does_not_name_leans_back() -> None:
    assert sentence_features("Отмечается, что они сами обратились в министерство.").dangling
    assert not sentence_features("Отмечается, что министерство приняло решение.").dangling


def test_a_quote_running_on_past_the_inner_one_is_still_open() -> None:
    for piece in (
        # the outer quote goes on past the inner one's closing mark
        "По словам посла, «поставки газа станут избыточными, а это приведет к увеличению "
        "«риска интервенций» с другой стороны.",
        # someone's words after a colon
        "Министр заявил: «Учитывая его склад, вспомнились строки «не вынесла душа поэта».",
        "Посол добавил, что «возможно, были публикации о том, что туристы «привезли болезнь».",
    ):
        assert unbalanced_quotes(piece), piece
