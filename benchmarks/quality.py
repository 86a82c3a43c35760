"""Quality of the extractive default: ROUGE on the dev set, through the CLI, beside Lead-3.

    python benchmarks/quality.py [--no-title] [--limit N]

Runs `python -m summarizer --jsonl IN --backend extractive` over ../shared/data/summaries_dev.jsonl
(eval_id -> id), scores the summaries with ../shared/tools/score_summaries.py, and in the same run
scores Lead-3 and the lead cut to the same length as each extractive summary (so a gain is not
just a length effect), overall and per source (Gazeta, RBC). `--no-title` drops the titles, as
when a user pastes bare text. Predictions go to benchmarks/out/ (gitignored). Exits 0 with a
message when the shared data is absent: the data is copyrighted and never part of the repo.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import razdel

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFS = SHARED / "data" / "summaries_dev.jsonl"
SCORER = SHARED / "tools" / "score_summaries.py"
NO_REPLY = "∅"  # the hypothesis of an article with no reply: a token no reference holds
OUT = ROOT / "benchmarks" / "out"
SOURCES = {"gazeta": "gazeta", "rbc": "rbc"}


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def scorer(*args: Path | str) -> dict:
    done = subprocess.run(
        [sys.executable, str(SCORER), *map(str, args)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def lead_like(text: str, chars: int) -> str:
    """Lead sentences until the summary is as long as `chars` (at least one sentence)."""
    out: list[str] = []
    for s in razdel.sentenize(text):
        out.append(s.text)
        if sum(len(x) + 1 for x in out) - 1 >= chars:
            break
    return " ".join(out)


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--no-title", action="store_true", help="summarize the texts without titles")
    args.add_argument("--limit", type=int, default=0, help="only the first N articles")
    opts = args.parse_args(argv)
    if not REFS.is_file() or not SCORER.is_file():
        print(f"skipped: {REFS} or {SCORER} not found (the shared evaluation data is absent)")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    refs = [
        json.loads(line) for line in REFS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if opts.limit:
        refs = refs[: opts.limit]
    tag = "notitle" if opts.no_title else "title"
    refs_path = OUT / "quality_refs.jsonl"
    write_jsonl(refs_path, refs)
    inputs = OUT / f"quality_in_{tag}.jsonl"
    write_jsonl(
        inputs,
        [
            {
                "id": r["eval_id"],
                "text": r["text"],
                **({} if opts.no_title else {"title": r.get("title")}),
            }
            for r in refs
        ],
    )

    preds_path = OUT / f"quality_extractive_{tag}.jsonl"
    started = time.perf_counter()
    with preds_path.open("w", encoding="utf-8") as out:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "summarizer",
                "--jsonl",
                str(inputs),
                "--backend",
                "extractive",
                "-q",
            ],
            cwd=ROOT,
            stdout=out,
            check=True,
        )
    elapsed = time.perf_counter() - started
    preds = [json.loads(line) for line in preds_path.read_text(encoding="utf-8").splitlines()]
    errors = [p for p in preds if "error" in p]
    by_id = {p["id"]: p.get("summary") or "" for p in preds}
    # An article refused with a message (a photo report) has no summary: it scores as an empty
    # one would, through a token no reference holds (the scorer rejects an empty hypothesis).
    scored_path = OUT / f"quality_scored_{tag}.jsonl"
    write_jsonl(scored_path, [{"id": i, "summary": s or NO_REPLY} for i, s in by_id.items()])

    lead_path = OUT / f"quality_lead_same_length_{tag}.jsonl"
    write_jsonl(
        lead_path,
        [
            {"id": r["eval_id"], "summary": lead_like(r["text"], len(by_id.get(r["eval_id"], "")))}
            for r in refs
        ],
    )

    rows: list[tuple[str, str, dict]] = []
    subsets = {"all": refs_path}
    for name, prefix in SOURCES.items():
        part = [r for r in refs if str(r.get("source", "")).startswith(prefix)]
        if part:
            subsets[name] = OUT / f"quality_refs_{name}.jsonl"
            write_jsonl(subsets[name], part)
    for subset, path in subsets.items():
        rows.append((subset, "extractive", scorer(path, scored_path)))
        rows.append((subset, "lead-3", scorer(path, "--lead", "3")))
        rows.append((subset, "lead, same length", scorer(path, lead_path)))

    lengths = [len(s) for s in by_id.values()]
    sentences = [len(list(razdel.sentenize(s))) for s in by_id.values() if s]
    print(
        f"extractive over {len(refs)} articles ({'no titles' if opts.no_title else 'with titles'}): "
        f"{elapsed:.1f} s through the CLI, {len(errors)} errors, "
        f"mean {sum(lengths) / max(len(lengths), 1):.0f} chars, "
        f"{sum(sentences) / max(len(sentences), 1):.2f} sentences"
    )
    print(f"{'subset':<8} {'system':<18} {'n':>4} {'R-1':>6} {'R-2':>6} {'R-L':>6}")
    for subset, system, s in rows:
        print(
            f"{subset:<8} {system:<18} {s['n']:>4} {s['rouge-1']:>6.2f} {s['rouge-2']:>6.2f} "
            f"{s['rouge-l']:>6.2f}"
        )
    print(f"predictions: {preds_path.relative_to(ROOT)}")
    # a user-facing refusal (its Russian message), not a bad line nor an internal error
    refused = [p for p in errors if not p["error"].startswith(("internal error", "bad input line"))]
    if refused:
        print(f"refused with a message (scored as empty): {', '.join(p['id'] for p in refused)}")
    return 1 if len(errors) > len(refused) else 0


if __name__ == "__main__":
    sys.exit(main())
