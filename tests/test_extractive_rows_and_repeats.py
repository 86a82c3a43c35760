"""Summary sentences that read badly out of the article: a numbered table's rows, and a sentence
that points back ("Отдельно обсуждались…", "именно это направление", "Вторым по значимости…").

Texts written for these tests, in the shape of an election report with its results table and a
meeting's readout.
"""

from __future__ import annotations

from summarizer.backends.features import sentence_features
from summarizer.backends.ranking import analyze, score, select
from summarizer.text import split_sentences


def _chosen(sentences: list[str], title: str | None = None, n: int = 3) -> list[str]:
    ranked = score(analyze(sentences, list(range(len(sentences))), title))
    return [sentences[i] for i in select(ranked, n)]


def test_a_numbered_table_run_into_one_line_splits_into_its_rows() -> None:
    line = (
        "Итоги подсчета голосов. 1. Иван Петров — 51,2 % (812334 голоса) 2. Олег Сидоров — "
        "23,4 % (371220 голосов) 3. Анна Котова — 5,1 % (80112 голосов)"
    )
    assert [s.text for s in split_sentences(line)] == [
        "Итоги подсчета голосов.",
        "1. Иван Петров — 51,2 % (812334 голоса)",
        "2. Олег Сидоров — 23,4 % (371220 голосов)",
        "3. Анна Котова — 5,1 % (80112 голосов)",
    ]


def test_a_number_ending_a_sentence_is_no_list_item_unless_it_counts_on() -> None:
    text = "Поправка касается статьи 3. Депутаты приняли ее в первом чтении."
    assert [s.text for s in split_sentences(text)] == [
        "Поправка касается статьи 3.",
        "Депутаты приняли ее в первом чтении.",
    ]


def test_a_row_of_a_results_table_is_no_summary_sentence() -> None:
    assert sentence_features("1. Иван Петров — 51,2 % (812334 голоса)").fragment
    assert sentence_features("3) «Партия роста» – 12 мест в новом парламенте").fragment
    assert not sentence_features(
        "Иван Петров набрал 51,2 % голосов и победил в первом туре."
    ).fragment
    sentences = [
        "Иван Петров уверенно лидирует на президентских выборах в Северной республике.",
        "1. Иван Петров — 51,2 % (812334 голоса)",
        "2. Олег Сидоров — 23,4 % (371220 голосов)",
        "Наблюдатели от ОБСЕ заявили, что выборы в целом соответствовали международным стандартам.",
        "Лидер оппозиции Олег Сидоров назвал итоги выборов подтасованными и призвал к митингу.",
    ]
    chosen = _chosen(sentences)
    assert sentences[1] not in chosen and sentences[2] not in chosen


def test_a_sentence_pointing_back_leans_on_the_one_before() -> None:
    for text in (
        "Отдельно обсуждались принятые изменения в законодательство о недрах.",
        "В свете новых требований к энергоэффективности инвесторам интересно именно это "
        "направление.",
        "Эксперты считают, что именно поэтому переговоры зашли в тупик.",
        "Вторым по значимости событием оказались поправки в закон о рекламе.",
    ):
        assert sentence_features(text).dangling, text
    for text in (
        "Отдельного внимания заслуживает решение суда по делу о банкротстве завода.",
        "Министр подчеркнул, что стране нужно именно то, что обещали избирателям.",
        "Второй тур выборов состоится 19 января, сообщил глава избиркома.",
        "Следователи выяснили, что именно он купил оружие в магазине на окраине города.",
        "Агентство AP объявило о победе демократа в Пенсильвании – именно этот штат решил исход выборов.",
    ):
        assert not sentence_features(text).dangling, text
