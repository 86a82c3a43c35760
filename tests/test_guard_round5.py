"""Round 5 of the faithfulness guard: the seq2seq path reads the article's speakers once (the
guard's cast is the reply's speakers). Articles here are written for the tests (news-like, not
taken from the data)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from summarizer import Pipeline, SummarizerSettings
from summarizer.backends import Draft
from summarizer.document import Document
from summarizer.facts.speakers import extract, extract_speakers

TALKS = (
    "Официальный представитель правительства ФРГ Штеффен Зайберт заявил, что Берлин "
    "поддерживает переговоры с Москвой и ждет ответа. «Мы ждем ответа Москвы в ближайшие "
    "дни», — сказал Зайберт журналистам в понедельник.\n\n"
    "Министр иностранных дел Германии Хайко Маас добавил, что санкции против России "
    "останутся в силе до конца года. «Решение принято всеми странами союза», — подчеркнул Маас. "
    "По его словам, переговоры продолжатся в Женеве."
)


@dataclass
class ScriptedBackend:
    """A stand-in abstractive model that says exactly what the test wants it to say."""

    sentences: tuple[str, ...]
    name: str = "seq2seq"
    abstractive: bool = True

    def summarize(self, doc: Document) -> Draft:
        return Draft(self.sentences, self.name)


@pytest.fixture
def analyses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the rule layer's readings of an article's speakers (the real reading runs)."""
    calls: list[int] = []
    real = extract._analyze

    def counted(doc: Document) -> object:
        calls.append(1)
        return real(doc)

    monkeypatch.setattr(extract, "_analyze", counted)
    return calls


def test_the_seq2seq_path_reads_the_speakers_once(analyses: list[int]) -> None:
    backend = ScriptedBackend(("Зайберт заявил, что Берлин поддерживает переговоры с Москвой.",))
    summary = Pipeline(SummarizerSettings(), backend=backend)(TALKS)
    assert summary.backend == "seq2seq" and summary.dropped == 0
    assert len(analyses) == 1  # the guard's cast gave the reply its speakers
    assert summary.speakers  # and they are the ones extract_speakers gives on its own
    doc = Pipeline(SummarizerSettings(), backend=backend).preprocess(TALKS).doc
    assert summary.speakers == extract_speakers(doc)


def test_the_extractive_path_reads_the_speakers_once_without_the_guard(
    analyses: list[int],
) -> None:
    summary = Pipeline(SummarizerSettings(backend="extractive"))(TALKS)
    assert summary.backend == "extractive"
    assert len(analyses) == 1 and summary.speakers
