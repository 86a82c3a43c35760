"""The rule layer against gold annotations, and its speed.

Runs the CLI (`python -m summarizer --jsonl`) over ../shared/data/facts_dev.jsonl, scores the
figures and speakers with ../shared/tools/score_facts.py, then times `extract_facts` on
4,000-character articles after warm-up (articles_politics.jsonl, or the seed article repeated).

    python benchmarks/facts.py [--by-article] [--no-speed]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "facts_dev.jsonl"
POLITICS = SHARED / "data" / "articles_politics.jsonl"
SCORER = SHARED / "tools" / "score_facts.py"
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))


def score(by_article: bool) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    inputs, preds = OUT / "facts_in.jsonl", OUT / "facts_pred.jsonl"
    with inputs.open("w", encoding="utf-8") as f:
        for line in GOLD.open(encoding="utf-8"):
            row = json.loads(line)
            f.write(
                json.dumps(
                    {"id": row["id"], "text": row["text"], "title": row.get("title")},
                    ensure_ascii=False,
                )
                + "\n"
            )
    env = {**os.environ, "SUMMARIZER_BACKEND": "extractive"}
    with preds.open("w", encoding="utf-8") as f:
        subprocess.run(
            [sys.executable, "-m", "summarizer", "--quiet", "--jsonl", str(inputs)],
            stdout=f,
            check=True,
            cwd=ROOT,
            env=env,
        )
    extra = ["--by-article"] if by_article else []
    result = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(preds), *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    print("facts_dev.jsonl:", result.stdout.strip())
    visible(preds)


def visible(preds: Path) -> None:
    """How many gold figures the reply's visible bullets carry: `--json` lists every figure,
    the reply shows the few marked `shown`, and a bullet can carry several (a pair, a tally)."""
    sys.path.insert(0, str(SCORER.parent))
    from score_facts import figure_key  # the scorer's own notion of "the same figure"

    gold = {g["id"]: g for g in map(json.loads, GOLD.open(encoding="utf-8"))}
    carried = total = bullets = articles = 0
    for line in preds.open(encoding="utf-8"):
        p = json.loads(line)
        g = gold.get(p.get("id"))
        if g is None or "error" in p:
            continue
        shown = [f for f in p.get("figures") or [] if f.get("shown")]
        texts = {
            (f.get("bullet") or f.get("context"), tuple(map(tuple, f.get("marks") or [])))
            for f in shown
        }
        bullets += len(texts)
        articles += bool(texts)
        keys = {figure_key(f["text"]) for f in shown}
        wanted = [figure_key(f["text"]) for f in g["figures"] if not f.get("optional")]
        total += len(wanted)
        carried += sum(k in keys for k in wanted)
    print(
        f"visible bullets: {bullets} in {articles} of {len(gold)} articles; they carry "
        f"{carried} of {total} gold figures ({carried / max(1, total):.2f})"
    )


def speed(chars: int = 4000, limit: int = 200) -> None:
    from summarizer.clean.stage import clean_text
    from summarizer.document import Document
    from summarizer.facts import extract_facts
    from summarizer.facts.figures import extract_figures
    from summarizer.facts.speakers import extract_speakers
    from summarizer.nlp import load_nlp
    from summarizer.text import cut_at_sentence

    if POLITICS.exists():
        texts = [json.loads(line)["text"] for line in POLITICS.open(encoding="utf-8")]
        texts = [cut_at_sentence(clean_text(t), chars) for t in texts if len(t) >= chars][:limit]
    else:
        seed = (ROOT / "tests" / "seed_article.txt").read_text(encoding="utf-8")
        texts = [cut_at_sentence((seed + "\n") * 2, chars)] * 20
    nlp = load_nlp()
    extract_facts(Document(texts[0], nlp=nlp))  # warm-up
    timings: dict[str, list[float]] = {
        "natasha tagging": [],
        "figures": [],
        "speakers": [],
        "rule layer total": [],
    }
    for text in texts:
        doc = Document(text, nlp=nlp)
        t0 = time.perf_counter()
        doc.natasha  # noqa: B018 - the shared tagging, timed on its own
        t1 = time.perf_counter()
        extract_figures(doc)
        t2 = time.perf_counter()
        extract_speakers(doc)
        t3 = time.perf_counter()
        timings["natasha tagging"].append(t1 - t0)
        timings["figures"].append(t2 - t1)
        timings["speakers"].append(t3 - t2)
        timings["rule layer total"].append(t3 - t0)
    print(f"speed over {len(texts)} articles of ~{chars} characters (after warm-up):")
    for name, values in timings.items():
        values.sort()
        p90 = values[int(0.9 * (len(values) - 1))]
        print(
            f"  {name:<17} p50 {1000 * statistics.median(values):6.1f} ms   p90 {1000 * p90:6.1f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--by-article", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    if not GOLD.exists():
        print(f"skipped: {GOLD} is absent (evaluation data is not part of the repository)")
        return 0
    score(args.by_article)
    if not args.no_speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
