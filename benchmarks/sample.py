"""Seeded random samples of ../shared/data/articles_politics.jsonl for reader audits.

Every audit reads articles nobody tuned on: the gold-annotated articles (facts_dev.jsonl) and the
ones the 2026-11-30 reader audit judged (reader_audit_dev.jsonl) are never drawn, and the seed
fixes the sample so the same command prints the same articles again. Rules are tuned on one seed
and judged on another, drawn once.

    python benchmarks/sample.py --seed 11 --n 40      # print the ids of a sample
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
POLITICS = DATA / "articles_politics.jsonl"
EXCLUDED_FILES = ("facts_dev.jsonl", "reader_audit_dev.jsonl")
MIN_CHARS = 300  # shorter texts get "too short" and have no reply to judge


def _ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as lines:
        return {json.loads(line)["id"] for line in lines if line.strip()}


def excluded_ids() -> set[str]:
    return set().union(*(_ids(DATA / name) for name in EXCLUDED_FILES))


def articles() -> Iterator[dict]:
    with POLITICS.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def draw(seed: int, n: int) -> list[dict]:
    """`n` articles in a fixed random order for `seed`, none of them gold or already audited."""
    skip = excluded_ids()
    pool = [a for a in articles() if a["id"] not in skip and len(a.get("text") or "") >= MIN_CHARS]
    pool.sort(key=lambda a: a["id"])  # the file's order must not matter
    return random.Random(seed).sample(pool, min(n, len(pool)))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--n", type=int, default=40)
    args = p.parse_args()
    if not POLITICS.exists():
        print(f"{POLITICS} is absent: nothing to sample")
        return 0
    for a in draw(args.seed, args.n):
        print(a["id"], len(a["text"]), (a.get("title") or "")[:70], sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
