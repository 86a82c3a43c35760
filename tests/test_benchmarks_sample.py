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
    recorded = tmp_path / "audited_ids.json"
    draw = ns["draw"]
    # draw() reads the module globals of the script it was defined in: patch those.
    monkeypatch.setitem(draw.__globals__, "RECORDED", recorded)
    monkeypatch.setitem(draw.__globals__, "articles", lambda pool="politics": iter(rows))
    monkeypatch.setitem(draw.__globals__, "excluded_ids", lambda: {"a00"})
    return {"draw": draw, "recorded": recorded}


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
