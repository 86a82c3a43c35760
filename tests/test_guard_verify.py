"""`python -m summarizer verify`: any summary checked against its article, line by line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, shared_data

from summarizer.cli import main

ARTICLE = (
    "Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом России "
    "Владимиром Путиным. По словам Токаева, товарооборот может достичь 30 млрд долларов."
)


def run(lines: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["verify", "--jsonl", str(path), "-q"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_verify_checks_each_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    row = {
        "id": "a1",
        "text": ARTICLE,
        "summary": "Токаев и Путин провели переговоры. Товарооборот достигнет 45 млрд долларов.",
    }
    [out] = run([json.dumps(row, ensure_ascii=False)], tmp_path, capsys)
    assert out["id"] == "a1"
    assert [s["ok"] for s in out["sentences"]] == [True, False]
    assert out["sentences"][1]["reasons"] == ["number: 45"]
    assert set(out["sentences"][0]) == {"sentence", "ok", "reasons"}


def test_verify_takes_a_list_of_sentences_and_reports_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"id": 7, "text": ARTICLE, "summary": ["Токаев провел переговоры с Путиным."]}
    rows = run(
        [
            "not json",
            json.dumps({"id": 2, "text": "", "summary": "x"}),
            json.dumps({"id": 3, "text": ARTICLE, "summary": 5}),
            "",
            json.dumps(good, ensure_ascii=False),
        ],
        tmp_path,
        capsys,
    )
    assert [r["id"] for r in rows] == [1, 2, 3, 7]
    assert all(set(r) == {"id", "error"} for r in rows[:3])
    assert rows[3]["sentences"][0]["ok"]


def test_verify_reads_stdin_in_a_real_process() -> None:
    row = {"id": "s", "text": ARTICLE, "summary": "Переговоры прошли в Пекине."}
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "verify", "--jsonl", "-", "-q"],
        input=json.dumps(row, ensure_ascii=False) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    out = json.loads(done.stdout)
    assert out["sentences"][0]["reasons"] == ["name: Пекине"]


def test_verify_without_input_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["verify"])
    assert exc.value.code == 2


@pytest.mark.slow
def test_guard_floors_on_judged_seq2seq_summaries() -> None:
    """A regression floor on the tuning half of the judged dev file (first 30 articles): clean
    sentences kept, some unfaithful ones caught. benchmarks/guard.py prints the full numbers."""
    from summarizer.document import Document
    from summarizer.guard import FaithfulnessGuard

    path = shared_data("seq2seq_outputs_dev.jsonl")
    split = json.loads((ROOT / "benchmarks" / "guard_split.json").read_text(encoding="utf-8"))
    tune = set(split["tune"])
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r["eval_id"] in tune][:30]
    clean = [0, 0]
    caught = [0, 0]
    for r in rows:
        verdicts = FaithfulnessGuard(Document(r["text"])).check_all(
            [s["sentence"] for s in r["sentences"]]
        )
        for s, v in zip(r["sentences"], verdicts, strict=True):
            if s["faithful_entities"] and not s["other_unsupported"]:
                clean[0] += v.ok
                clean[1] += 1
            else:
                caught[0] += not v.ok
                caught[1] += 1
    assert clean[0] / clean[1] >= 0.95
    assert caught[0] / caught[1] >= 0.2
