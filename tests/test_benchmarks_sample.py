"""benchmarks/sample.py: a recorded `--fresh` sample draws the same articles again, and a new
seed never draws an article any sample recorded (the audits' independence rests on both)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "sample.py"


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    ns = runpy.run_path(str(SCRIPT), run_name="sample_under_test")
    rows = [{"id": f"a{i:02d}", "title": "", "text": "x" * 400} for i in range(30)]
    politics = tmp_path / "articles_politics.jsonl"
    politics.write_text("".join(json.dumps(r) + "\n" for r in rows))
    recorded = tmp_path / "audited_ids.json"
    draw = ns["draw"]
    # draw() reads the module globals of the script it was defined in: patch those.
    monkeypatch.setitem(draw.__globals__, "RECORDED", recorded)
    monkeypatch.setitem(draw.__globals__, "POLITICS", politics)
    monkeypatch.setitem(draw.__globals__, "excluded_ids", lambda: {"a00"})
    return {"draw": draw, "recorded": recorded, "articles": ns["articles"]}


def _record(path: Path, entries: dict[str, list[str]]) -> None:
    path.write_text(json.dumps({s: {"n": len(i), "ids": i} for s, i in entries.items()}))


def test_recorded_fresh_sample_repeats_and_new_seeds_avoid_it(sample: dict) -> None:
    draw, recorded = sample["draw"], sample["recorded"]
    first = [a["id"] for a in draw(11, 10, fresh=True)]
    assert "a00" not in first  # gold/judged ids are never drawn
    _record(recorded, {"11": first})
    second = [a["id"] for a in draw(12, 10, fresh=True)]
    assert not set(second) & set(first)
    _record(recorded, {"11": first, "12": second})
    assert [a["id"] for a in draw(11, 10, fresh=True)] == first
    assert [a["id"] for a in draw(12, 10, fresh=True)] == second
    third = {a["id"] for a in draw(13, 30, fresh=True)}
    assert len(third) == 9 and not third & (set(first) | set(second))


def test_reserved_sample_is_seen_only_by_its_own_seed(sample: dict) -> None:
    """Articles held back for an independent audit reach no tuning draw or dump, only that audit."""
    draw, recorded, articles = sample["draw"], sample["recorded"], sample["articles"]
    held = ["a05", "a06", "a07"]
    recorded.write_text(json.dumps({"7006": {"n": 3, "ids": held, "reserved": True}}))
    assert not {a["id"] for a in articles()} & set(held)
    assert not {a["id"] for a in draw(1, 30)} & set(held)
    assert set(held) <= {a["id"] for a in draw(7006, 30, fresh=True)}
    recorded.write_text(json.dumps({"7006": {"n": 3, "ids": held}}))  # judged: no longer held
    assert set(held) <= {a["id"] for a in articles()}
