"""Regression floors on the evaluation data in ../shared/data (skipped where it is absent).

The data is copyrighted and never committed; a user's fresh clone has none of it, and these tests
skip. Where it is present, they keep the measured quality from sliding back unnoticed: the
floors sit a little under the numbers in benchmarks/RESULTS.md, at the issue targets where the
rule layer meets them.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED_DATA, shared_data

from summarizer import Article, Pipeline, SummarizerSettings
from summarizer.cli import iter_jsonl
from summarizer.errors import NotTextError, SummarizerError


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(SummarizerSettings(_env_file=None, backend="extractive"))


def _tool(name: str) -> Path:
    path = SHARED_DATA.parent / "tools" / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


def test_rule_layer_meets_the_targets_on_the_gold_set(pipeline: Pipeline, tmp_path: Path) -> None:
    gold = shared_data("facts_dev.jsonl")
    preds = tmp_path / "preds.jsonl"
    with gold.open(encoding="utf-8") as lines, preds.open("w", encoding="utf-8") as out:
        for row in iter_jsonl(pipeline, lines):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(_tool("score_facts.py")), str(gold), str(preds)],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    assert scores["missing"] == 0
    assert scores["figures_precision"] >= 0.9 and scores["figures_recall"] >= 0.8, scores
    assert scores["speakers_precision"] >= 0.9 and scores["speakers_recall"] >= 0.85, scores
    assert scores["quotes_attributed"] >= 0.9, scores


def test_extractive_summaries_beat_lead_3(pipeline: Pipeline, tmp_path: Path) -> None:
    refs = shared_data("summaries_dev.jsonl")
    scorer = _tool("score_summaries.py")
    preds = tmp_path / "preds.jsonl"
    with refs.open(encoding="utf-8") as lines, preds.open("w", encoding="utf-8") as out:
        for line in lines:
            row = json.loads(line)
            # The summary text only: the rule layer's natasha tagging is not scored here.
            try:
                prepared = pipeline.preprocess(Article(row["text"], row.get("title")))
                summary = " ".join(pipeline.forward(prepared).sentences)
            except NotTextError:
                summary = "∅"  # refused with a message (a photo report): scored as empty
            out.write(
                json.dumps({"id": row["eval_id"], "summary": summary}, ensure_ascii=False) + "\n"
            )

    def score(*args: str) -> dict:
        done = subprocess.run(
            [sys.executable, str(scorer), str(refs), *args],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout)

    ours, lead3 = score(str(preds)), score("--lead", "3")
    assert ours["missing"] == 0
    assert ours["rouge-1"] >= 28.5 and ours["rouge-1"] > lead3["rouge-1"] + 0.5, (ours, lead3)


def test_every_political_article_gets_a_summary_or_a_clear_error(pipeline: Pipeline) -> None:
    """Real articles, some truncated or messy (a seeded third of the 686, to keep the suite
    fast): nothing raises, every figure and quote is verbatim, every summary sentence comes
    from the article."""
    lines = shared_data("articles_politics.jsonl").read_text(encoding="utf-8").splitlines()
    refused = 0
    for line in random.Random(0).sample(lines, len(lines) // 3):
        row = json.loads(line)
        try:
            prepared = pipeline.preprocess(Article(text=row["text"], title=row.get("title")))
        except SummarizerError:
            refused += 1
            continue
        draft = pipeline.forward(prepared)
        summary = pipeline.postprocess(prepared, draft)
        text = prepared.doc.text
        assert summary.headline and summary.text, row["id"]
        assert 1 <= len(draft.sentences) <= 4, row["id"]
        for sentence in draft.sentences:
            assert sentence in text, (row["id"], sentence)
        for figure in summary.figures:
            assert figure.text in text, (row["id"], figure.text)
        for speaker in summary.speakers:
            for quote in speaker.quotes:
                assert quote.removesuffix("…").rstrip() in text, (row["id"], quote)
    assert refused < 10  # a few are too short or not Russian; the rest must be summarized
