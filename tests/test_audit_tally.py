"""benchmarks/audit_tally.py: the audit's numbers are counted the way READER_AUDIT.md defines them
(a block with any junk bullet counts once; main news missing is not a form defect)."""

from __future__ import annotations

import runpy
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "audit_tally.py"


def _row(score: int, defects: list[str], figures: list[str], speakers: list[str]) -> dict:
    return {
        "id": "x",
        "summary": {"score": score, "defects": defects},
        "headline": {"ok": score > 2},
        "figures": {
            "items": [
                {"verdict": v, "lenient_ok": v in ("good", "CTX_MIDPHRASE")} for v in figures
            ],
            "missed": ["key"] if not figures else [],
        },
        "speakers": {
            "items": [{"verdict": v} for v in speakers],
            "real": [{"who": "A", "central": True, "shown_ok": "correct" in speakers}],
        },
    }


def test_the_measures_follow_the_reader_audit() -> None:
    tally = runpy.run_path(str(SCRIPT), run_name="tally_under_test")["tally"]
    rows = [
        _row(5, [], ["good", "good"], ["correct"]),
        _row(3, ["main_news_missing"], ["good", "CTX_MIDPHRASE", "NOT_KEY"], ["MISATTRIBUTION"]),
        _row(2, ["dangling_reference"], [], ["correct", "DUP"]),
        {"id": "ua", "summary": {"score": None, "defects": []}, "headline": {"ok": None}},
    ]
    out = tally(rows)
    assert out["articles"] == 3 and out["no reply"] == 1  # a declined page is counted apart
    assert out["summary mean"] == 3.33
    assert out["form defects"] == "1/3"  # main news missing is judged by the score
    assert out["junk headlines"] == 1
    assert out["figures strict"] == "3/5" and out["figures lenient"] == "4/5"
    assert out["blocks with a junk bullet"] == "1/2"
    assert out["figures missed per article"] == 0.33
    assert out["speakers precision"] == "2/4" and out["misattributions"] == 1
    assert out["central recall"] == "2/3"
