"""The faithfulness guard on judged seq2seq summaries, through `python -m summarizer verify`.

../shared/data/seq2seq_outputs_dev.jsonl holds real abstractive summaries of 200 Gazeta articles
with every sentence judged by reading (`faithful_entities`, `other_unsupported`). The file is
split by article (benchmarks/guard_split.json, seed 11, fixed before any rule was written): the
rules were developed on the "tune" half only; "heldout" is the honest number.

    python benchmarks/guard.py            # targets per half, reasons, time per summary

Targets: unfaithful name/number/role caught >= 0.7; other unsupported claims caught >= 0.4;
clean sentences kept >= 0.95; the guard adds <= 50 ms per summary on 2 cores.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "seq2seq_outputs_dev.jsonl"
SPLIT = Path(__file__).resolve().parent / "guard_split.json"
sys.path.insert(0, str(ROOT))  # this checkout's summarizer, not an installed one


def label(s: dict) -> str:
    if not s["faithful_entities"]:
        return "entities"
    return "other" if s["other_unsupported"] else "clean"


def run_verify(rows: list[dict]) -> dict[str, list[dict]]:
    """The CLI over every article, its judged sentences given as the summary."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in rows:
            summary = [s["sentence"] for s in r["sentences"]]
            f.write(json.dumps({"id": r["eval_id"], "text": r["text"], "summary": summary}) + "\n")
        path = f.name
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-m", "summarizer", "verify", "--jsonl", path, "-q"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=ROOT,
        ).stdout
    finally:
        os.unlink(path)
    results = {}
    for line in out.splitlines():
        row = json.loads(line)
        if "error" in row:
            raise SystemExit(f"verify failed on {row['id']}: {row['error']}")
        results[row["id"]] = row["sentences"]
    return results


def score(rows: list[dict], results: dict[str, list[dict]]) -> dict[str, tuple[int, int]]:
    counts = {"entities": [0, 0], "other": [0, 0], "clean": [0, 0]}
    for r in rows:
        verdicts = results[r["eval_id"]]
        assert [v["sentence"] for v in verdicts] == [s["sentence"] for s in r["sentences"]]
        for s, v in zip(r["sentences"], verdicts, strict=True):
            kind = label(s)
            hit = v["ok"] if kind == "clean" else not v["ok"]
            counts[kind][0] += hit
            counts[kind][1] += 1
    return {k: (a, b) for k, (a, b) in counts.items()}


def timing(rows: list[dict]) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds per summary: the guard alone on an analysed article (the pipeline's case:
    natasha's analysis is shared with the rule layer), wall clock and CPU time of this process
    (the guard runs on one thread: on a quiet machine the two agree; on a loaded one the CPU
    time is the work the guard does), and the whole check from raw text."""
    from summarizer.document import Document
    from summarizer.guard import FaithfulnessGuard
    from summarizer.nlp import load_nlp

    nlp = load_nlp()
    guard_ms, cpu_ms, total_ms = [], [], []
    for r in rows:
        sentences = [s["sentence"] for s in r["sentences"]]
        t0 = time.perf_counter()
        doc = Document(r["text"], nlp=nlp)
        doc.natasha  # noqa: B018 - the shared analysis, made once per article in the pipeline
        t1, c1 = time.perf_counter(), time.process_time()
        FaithfulnessGuard(doc).check_all(sentences)
        t2, c2 = time.perf_counter(), time.process_time()
        guard_ms.append((t2 - t1) * 1000)
        cpu_ms.append((c2 - c1) * 1000)
        total_ms.append((t2 - t0) * 1000)
    return guard_ms, cpu_ms, total_ms


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to measure")
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()]
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    results = run_verify(rows)
    print(
        "| half | articles | entities caught (>= 0.7) | other caught (>= 0.4) | clean kept (>= 0.95) |"
    )
    print("|---|---|---|---|---|")
    for name, ids in (("tune", split["tune"]), ("heldout", split["heldout"]), ("all", None)):
        part = [r for r in rows if ids is None or r["eval_id"] in set(ids)]
        sc = score(part, results)
        cells = [f"{a / b:.3f} ({a}/{b})" for a, b in (sc["entities"], sc["other"], sc["clean"])]
        print(f"| {name} | {len(part)} | " + " | ".join(cells) + " |")
    reasons: Counter[tuple[str, str]] = Counter()
    for r in rows:
        for s, v in zip(r["sentences"], results[r["eval_id"]], strict=True):
            for kind in {x.split(":", 1)[0] for x in v["reasons"]}:
                reasons[(kind, label(s))] += 1
    print("\nsentences dropped, by reason and by label (all 200 articles):")
    for kind in sorted({k for k, _ in reasons}):
        row = ", ".join(f"{lab} {reasons[(kind, lab)]}" for lab in ("entities", "other", "clean"))
        print(f"  {kind}: {row}")
    guard_ms, cpu_ms, total_ms = timing(rows)
    n = sum(len(r["sentences"]) for r in rows)
    print(f"\nguard per summary, article already analysed ({len(rows)} summaries, {n} sentences):")
    for name, values in (("wall clock", guard_ms), ("CPU time", cpu_ms)):
        ms = sorted(values)
        print(
            f"  {name}: mean {statistics.mean(ms):.1f} ms, median {statistics.median(ms):.1f} ms, "
            f"p90 {ms[int(0.9 * len(ms))]:.1f} ms"
        )
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)")
    print(
        f"whole check from raw text (natasha's analysis of the article included): "
        f"mean {statistics.mean(total_ms):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
