"""The numbers of a reader audit from its verdict files (one JSON line per article).

    python benchmarks/audit_tally.py /tmp/audit_7006_1.jsonl /tmp/audit_7006_2.jsonl ...

Each line: {"id", "summary": {"score", "defects"}, "headline": {"ok"}, "figures": {"items":
[{"verdict", "lenient_ok"}], "missed": [...]}, "speakers": {"items": [{"verdict"}], "real":
[{"who", "central", "shown_ok"}]}}, judged as ../shared/READER_AUDIT.md says. Prints the measures
the issues set targets on (summary mean and form defects, junk headlines, figures strict/lenient,
blocks with a junk bullet, figures missed per article, speakers precision, misattributions,
central-speaker recall). The verdict files quote articles: keep them out of the repository.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

FORM_DEFECTS = frozenset("site_junk dangling_reference run_together duplicate cut_off".split())


def tally(all_rows: list[dict]) -> dict[str, float | int | str]:
    """The measures over the replies judged; an article the bot declined (a page in another
    language: "score": null) is counted apart, as `no reply`."""
    rows = [r for r in all_rows if r["summary"].get("score") is not None]
    n = len(rows)
    scores = [r["summary"]["score"] for r in rows]
    form = sum(bool(FORM_DEFECTS & set(r["summary"].get("defects", []))) for r in rows)
    figures = [i for r in rows for i in r["figures"]["items"]]
    good = sum(i["verdict"] == "good" for i in figures)
    lenient = sum(bool(i.get("lenient_ok")) or i["verdict"] == "good" for i in figures)
    blocks = [r for r in rows if r["figures"]["items"]]
    junk = sum(any(i["verdict"] != "good" for i in r["figures"]["items"]) for r in blocks)
    speakers = [i for r in rows for i in r["speakers"]["items"]]
    correct = sum(i["verdict"] == "correct" for i in speakers)
    central = [c for r in rows for c in r["speakers"].get("real", []) if c.get("central")]
    classes = Counter(i["verdict"] for i in speakers if i["verdict"] != "correct")
    figure_classes = Counter(i["verdict"] for i in figures if i["verdict"] != "good")
    return {
        "articles": n,
        "no reply": len(all_rows) - n,
        "summary mean": round(sum(scores) / n, 2) if n else 0.0,
        "summary scores": " ".join(f"{s}x{scores.count(s)}" for s in range(1, 6)),
        "form defects": f"{form}/{n}",
        "junk headlines": sum(not r["headline"]["ok"] for r in rows),
        "figures strict": f"{good}/{len(figures)}",
        "figures lenient": f"{lenient}/{len(figures)}",
        "blocks with a junk bullet": f"{junk}/{len(blocks)}",
        "figure classes": dict(figure_classes),
        "figures missed per article": round(sum(len(r["figures"]["missed"]) for r in rows) / n, 2)
        if n
        else 0.0,
        "speakers precision": f"{correct}/{len(speakers)}",
        "speaker classes": dict(classes),
        "misattributions": classes.get("MISATTRIBUTION", 0),
        "central recall": f"{sum(bool(c.get('shown_ok')) for c in central)}/{len(central)}",
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("files", nargs="+", type=Path)
    args = p.parse_args(argv)
    rows = [
        json.loads(line)
        for path in args.files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for key, value in tally(rows).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
