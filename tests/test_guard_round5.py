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
from summarizer.guard import FaithfulnessGuard

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


REPLY = (
    "Министр финансов Иван Петров ответил на слова депутата Сергея Смирнова, передает ТАСС. "
    "Тот ранее заявил, что правительство скрывает расходы на оборону и строительство дорог. "
    "«Все расходы опубликованы на сайте министерства», — сказал Петров."
)


@pytest.fixture(scope="module", params=["Тот ранее", "Последний"])
def reply(request: pytest.FixtureRequest) -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(REPLY.replace("Тот ранее", request.param)))


def test_words_of_tot_are_not_the_previous_subjects(reply: FaithfulnessGuard) -> None:
    # «тот» points away from the previous sentence's subject: Смирнов said it, not Петров
    wrong = reply.check(
        "Иван Петров заявил, что правительство скрывает расходы на оборону и строительство дорог."
    )
    assert [r.kind for r in wrong.reasons] == ["speaker"], wrong.reasons
    right = reply.check(
        "Сергей Смирнов заявил, что правительство скрывает расходы на оборону и строительство "
        "дорог."
    )
    assert right.ok, right.reasons


TALKS_EAST = (
    "Переговоры прошли в закрытом режиме. Москва возлагает надежды на восстановление диалога с "
    "Токио после выборов в парламент. Эксперты считают, что до конца года стороны встретятся "
    "снова."
)


@pytest.fixture(scope="module")
def east() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(TALKS_EAST))


@pytest.mark.parametrize(
    "sentence",
    [
        "Токио возлагает надежды на восстановление диалога с Москвой после выборов в парламент.",
        "Япония возлагает надежды на восстановление диалога с Россией после выборов в парламент.",
    ],
)
def test_the_actor_swapped_with_the_other_party_is_caught(
    east: FaithfulnessGuard, sentence: str
) -> None:
    verdict = east.check(sentence)
    assert [r.kind for r in verdict.reasons] == ["actor"], verdict.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Москва возлагает надежды на восстановление диалога с Японией после выборов в парламент.",
        "Россия возлагает надежды на восстановление диалога с Токио после выборов в парламент.",
        "Кремль надеется восстановить диалог с Токио.",  # another verb: not judged here
    ],
)
def test_the_same_actor_passes(east: FaithfulnessGuard, sentence: str) -> None:
    verdict = east.check(sentence)
    assert verdict.ok, verdict.reasons


MONEY = (
    "Бюджет программы составит 5 млрд рублей. Ранее на нее выделили 300 тыс. долларов. Сумма "
    "сделки оценивается от 10 до 15 млн долларов. Штраф составил $20 млн. Погибли 12 человек."
)


@pytest.fixture(scope="module")
def money() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(MONEY))


@pytest.mark.parametrize(
    "sentence, shown",
    [
        ("Бюджет программы составит 5 млн рублей.", "5 млн рублей"),  # a thousandfold error
        ("На программу выделили 300 млн долларов.", "300 млн долларов"),
        ("Бюджет программы составит 5 млрд долларов.", "5 млрд долларов"),  # another currency
        ("Штраф составил 20 млн евро.", "20 млн евро"),
    ],
)
def test_another_magnitude_or_currency_is_caught(
    money: FaithfulnessGuard, sentence: str, shown: str
) -> None:
    verdict = money.check(sentence)
    assert [(r.kind, r.detail) for r in verdict.reasons] == [("number", shown)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Бюджет программы составит 5 млрд руб.",
        "Бюджет программы составит 5 миллиардов рублей.",
        "На программу выделили 300 тысяч долларов.",
        "Сделка оценивается в 10 млн долларов.",  # 10 borrows the magnitude of 15 there
        "Штраф составил 20 млн долларов.",
        "Погибли 12 человек.",
    ],
)
def test_the_same_magnitude_and_currency_pass(money: FaithfulnessGuard, sentence: str) -> None:
    verdict = money.check(sentence)
    assert verdict.ok, verdict.reasons


HISTORY = (
    "Ко второй половине XV века влияние Орды ослабло. В конце 2019 года начались переговоры, "
    "а 9 августа прошли выборы. В 1990 году страна провозгласила независимость."
)


@pytest.fixture(scope="module")
def history() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(HISTORY))


@pytest.mark.parametrize(
    "sentence",
    ["В начале XV века влияние Орды ослабло.", "Переговоры начались в середине 2019 года."],
)
def test_another_part_of_the_period_is_caught(history: FaithfulnessGuard, sentence: str) -> None:
    verdict = history.check(sentence)
    assert [r.kind for r in verdict.reasons] == ["number"], verdict.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Во второй половине XV века влияние Орды ослабло.",
        "В XV веке влияние Орды ослабло.",
        "Переговоры начались в конце 2019 года.",
        "Выборы прошли 9 августа.",
        "В начале 1990 года страна провозгласила независимость.",  # the article names no part
    ],
)
def test_the_same_part_or_none_passes(history: FaithfulnessGuard, sentence: str) -> None:
    verdict = history.check(sentence)
    assert verdict.ok, verdict.reasons


BILL = (
    "Депутаты обсудили работу транспорта в регионах. Законопроект о платных дорогах будет "
    "рассмотрен Государственной думой в первом чтении 12 декабря. Правительство одобрило "
    "программу развития портов."
)


@pytest.fixture(scope="module")
def bill() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(BILL))


def test_a_decision_the_article_has_only_considered_is_caught(bill: FaithfulnessGuard) -> None:
    verdict = bill.check(
        "Законопроект о платных дорогах будет принят Государственной думой 12 декабря."
    )
    assert [r.kind for r in verdict.reasons] == ["hedge"], verdict.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Законопроект о платных дорогах Государственная дума рассмотрит 12 декабря.",
        "Правительство одобрило программу развития портов.",  # decided in the article too
    ],
)
def test_a_decision_as_the_article_has_it_passes(bill: FaithfulnessGuard, sentence: str) -> None:
    verdict = bill.check(sentence)
    assert verdict.ok, verdict.reasons


def test_a_decision_the_article_states_elsewhere_passes() -> None:
    guard = FaithfulnessGuard(
        Document(
            "Меморандум об отправке наблюдателей был принят парламентом страны вечером во "
            "вторник. Накануне президент Иван Петров направил меморандум об отправке "
            "наблюдателей на рассмотрение парламента."
        )
    )
    verdict = guard.check("Парламент принял меморандум президента Ивана Петрова.")
    assert verdict.ok, verdict.reasons
