"""The plain reply (what the CLI prints) says a headline made from the lead sentence once, where
it stands, as the bot's HTML does (in bold there), instead of printing it and then opening the
summary with the same words again."""

from __future__ import annotations

from bot.render import render_summary, visible_text
from summarizer.render import render_plain
from summarizer.types import Summary


def test_a_headline_that_is_the_whole_first_sentence_is_said_once() -> None:
    summary = Summary(
        headline="Украина и Турция создали стратегический совет",
        text="Украина и Турция создали стратегический совет. Его возглавят президенты.",
    )
    assert render_plain(summary) == summary.text


def test_a_headline_cut_from_inside_the_first_sentence_is_said_once() -> None:
    summary = Summary(
        headline="Токаев оценил итоги переговоров",
        text="Токаев оценил итоги переговоров в узком формате. Путин согласился.",
    )
    assert render_plain(summary).count("Токаев оценил") == 1


def test_the_plain_reply_and_the_bot_show_the_same_words() -> None:
    for summary in (
        Summary(headline="Саммит перенесли", text="Саммит перенесли. Дата не названа."),
        Summary(headline="Переговоры в Москве", text="Токаев оценил итоги переговоров."),
    ):
        assert visible_text(render_summary(summary)) == render_plain(summary)


def test_a_title_and_a_text_that_only_starts_alike_are_both_shown() -> None:
    other = Summary(headline="Переговоры в Москве", text="Токаев оценил итоги переговоров.")
    assert render_plain(other) == "Переговоры в Москве\n\nТокаев оценил итоги переговоров."
    word = Summary(headline="Путин", text="Путинизм как явление. Второе.")
    assert render_plain(word).startswith("Путин\n\nПутинизм")
    assert render_summary(word).startswith("<b>Путин</b>\n\nПутинизм")
