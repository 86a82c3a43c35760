"""An outlet that retells a person is never the speaker, and lines of a dash dialogue are never
glued under one name. A fresh reader audit found «…, — цитирует NEWSru.com итальянского
премьера» shown as the outlet's words, and a translator's answer and the writer's question
joined into one quote of the writer."""

from __future__ import annotations

from speakers_shown import shown as _shown

from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers
from summarizer.facts.speakers.quotes import dash_stretches


def _said(text: str) -> dict[str, tuple[str, ...]]:
    """Every speaker found, shown or held back."""
    return {s.name: s.quotes for s in extract_speakers(Document(text))}


_LEAD = (
    "Премьер Италии Марко Бьянки встретился с российским коллегой Иваном Петровым. "
    "Компании Германии хотят войти в проект газопровода."
)


def test_an_outlet_retelling_a_titled_person_is_no_speaker() -> None:
    # the quote marks break on a name inside: the words are read as retold speech
    text = (
        f"{_LEAD} «Южный поток» — это большой проект. Я думаю, что участие немецкой компании "
        "будет абсолютно позитивным вкладом в общий проект», — цитирует NEWSru.com "
        "итальянского премьера."
    )
    assert "NEWSru.com" not in _said(text)


def test_an_outlet_quoting_a_title_before_the_name_gives_the_person() -> None:
    text = (
        f"{_LEAD} «Я думаю, что участие немецкой компании будет абсолютно позитивным вкладом в "
        "общий проект», — цитирует NEWSru.com итальянского премьера Марко Бьянки."
    )
    assert any("позитивным вкладом" in q for q in _shown(text).get("Марко Бьянки", ()))


def test_a_national_title_is_not_another_countrys_premier() -> None:
    text = (
        f"{_LEAD} «Я думаю, что участие немецкой компании будет абсолютно позитивным вкладом в "
        "общий проект», — цитирует NEWSru.com итальянского премьера. «Отлично. Мы будем "
        "работать над этим проектом вместе с партнерами из Европы», — заключил глава "
        "российского правительства."
    )
    assert all("Отлично" not in q for q in _said(text).get("Марко Бьянки", ()))


def test_dialogue_turns_after_a_full_stop_are_not_glued() -> None:
    text = (
        "— А зачем такие слова? — спрашивает писатель. — А чтоб заметнее было. Так, говорят, "
        "денег больше получается. — Ага. Значит, панк как бизнес? — уточняет он."
    )
    quoted = [text[s.start : s.stop] for s in dash_stretches(text)]
    assert "Ага. Значит, панк как бизнес?" in quoted
    assert not any("заметнее" in q and "Ага" in q for q in quoted)


def test_a_turn_with_its_own_attribution_does_not_continue_the_last() -> None:
    text = (
        "— Они что, панки? — интересуется писатель. — Да не то чтобы. Просто много слов "
        "неприличных, — говорю я."
    )
    stretches = dash_stretches(text)
    last = stretches[-1]
    assert text[last.start : last.stop] == "Да не то чтобы. Просто много слов неприличных"
    assert not last.continued
