"""A relative clause broken by an aside between a name and its reporting verb: "Министр
Франк-Вальтер Штайнмайер, который, вероятно, завтра будет беседовать с Лавровым, указал, что …"
(a fresh audit's missed central speaker). The name before "который" is the verb's subject; the
aside's extra commas must not hide it, nor hand the words to a name inside the clause."""

from __future__ import annotations

from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers


def _said(text: str) -> dict[str, tuple[str, ...]]:
    return {s.name: s.quotes for s in extract_speakers(Document(text))}


def _owner(said: dict[str, tuple[str, ...]], words: str) -> list[str]:
    return [name for name, quotes in said.items() if any(words in q for q in quotes)]


def test_a_relative_clause_broken_by_an_aside_keeps_its_subject() -> None:
    text = (
        "Министры встретятся в Париже на следующей неделе. Министр иностранных дел Германии "
        "Франк-Вальтер Штайнмайер, который, вероятно, завтра будет беседовать с Сергеем "
        "Лавровым, указал, что миротворческая миссия на Украине возможна, но ее организация "
        "займет много времени."
    )
    assert _owner(_said(text), "миротворческая миссия") == ["Франк-Вальтер Штайнмайер"]


def test_a_relative_clause_with_a_longer_aside_keeps_its_subject() -> None:
    text = (
        "Совещание прошло в Кремле. Министр финансов Антон Силуанов, которого, по его словам, "
        "пригласили в последний момент, заявил, что бюджет будет исполнен в срок."
    )
    assert _owner(_said(text), "бюджет будет исполнен") == []  # "которого": not the subject form


def test_a_plain_clause_after_a_relative_one_finds_no_subject_in_it() -> None:
    text = (
        "Совещание прошло в Кремле. Он встретился с Антоном Силуановым, который приехал, "
        "вероятно, из Минфина, а затем заявил, что бюджет будет исполнен в срок."
    )
    assert _owner(_said(text), "бюджет будет исполнен") != ["Антон Силуанов"]
