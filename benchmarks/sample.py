"""Seeded random samples of ../shared/data/articles_politics.jsonl for reader audits.

Every audit reads articles nobody tuned on: the gold-annotated articles (facts_dev.jsonl) and the
ones the 2026-11-30 reader audit judged (reader_audit_dev.jsonl) are never drawn, and the seed
fixes the sample so the same command prints the same articles again. Rules are tuned on one seed
and judged on another, drawn once.

    python benchmarks/sample.py --seed 11 --n 40      # print the ids of a sample
    python benchmarks/sample.py --seed 11 --n 40 --fresh              # none an audit recorded
    python benchmarks/sample.py --seed 11 --n 20 --pool rbc           # RBC rows of summaries_dev

The politics pool is nearly read out (benchmarks/audited_ids.json records ~590 of its ~620
articles), so `--fresh` leaves out every recorded id, and `--pool gazeta|rbc` draws from the news
articles of summaries_dev.jsonl, which no reader audit judged before the 2026-11-30 second session.
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
SUMMARIES = DATA / "summaries_dev.jsonl"
RECORDED = ROOT / "benchmarks" / "audited_ids.json"
EXCLUDED_FILES = ("facts_dev.jsonl", "reader_audit_dev.jsonl")
POOLS = ("politics", "gazeta", "rbc")
MIN_CHARS = 300  # shorter texts get "too short" and have no reply to judge


def _ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as lines:
        return {json.loads(line)["id"] for line in lines if line.strip()}


def excluded_ids() -> set[str]:
    return set().union(*(_ids(DATA / name) for name in EXCLUDED_FILES))


def recorded_ids(before_seed: int | None = None) -> set[str]:
    """Every article id an audit wrote down in benchmarks/audited_ids.json (read or tuned on).

    With `before_seed` set to a seed the file records, only the samples recorded before that
    seed's own entry count: a recorded `--fresh` draw then prints the same articles again.
    """
    if not RECORDED.exists():
        return set()
    samples = json.loads(RECORDED.read_text(encoding="utf-8"))
    ids: set[str] = set()
    for seed, sample in samples.items():
        if before_seed is not None and seed == str(before_seed):
            break
        ids.update(sample["ids"])
    return ids


def reserved_ids(for_seed: int | None = None) -> set[str]:
    """Ids held back for an independent audit not yet judged (`"reserved": true` in the file).

    No benchmark, tuning draw or before/after dump may read them; only the reserving seed's own
    draw (`for_seed`) sees its articles.
    """
    if not RECORDED.exists():
        return set()
    samples = json.loads(RECORDED.read_text(encoding="utf-8"))
    return {
        i
        for seed, sample in samples.items()
        if sample.get("reserved") and seed != str(for_seed)
        for i in sample["ids"]
    }


def articles(pool: str = "politics", for_seed: int | None = None) -> Iterator[dict]:
    """The rows of one pool, each with `id`, `title`, `text` and `source`.

    Articles reserved for an audit are left out, except for the reserving seed (`for_seed`).
    """
    hidden = reserved_ids(for_seed)
    if pool == "politics":
        path = POLITICS
    elif pool in POOLS:
        path = SUMMARIES
    else:
        raise ValueError(f"unknown pool {pool!r}: one of {', '.join(POOLS)}")
    if not path.exists():
        return
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            if pool != "politics":
                if not str(row.get("source", "")).startswith(pool):
                    continue
                row = {**row, "id": row["eval_id"]}
            if row["id"] not in hidden:
                yield row


def draw(seed: int, n: int, pool: str = "politics", fresh: bool = False) -> list[dict]:
    """`n` articles in a fixed random order for `seed`, none of them gold or already audited.

    `fresh` also leaves out every article an audit recorded in benchmarks/audited_ids.json
    (for a seed the file records: every article recorded before it, so its draw repeats).
    """
    skip = excluded_ids() | (recorded_ids(before_seed=seed) if fresh else set())
    rows = [
        a
        for a in articles(pool, for_seed=seed)
        if a["id"] not in skip and len(a.get("text") or "") >= MIN_CHARS
    ]
    rows.sort(key=lambda a: a["id"])  # the file's order must not matter
    return random.Random(seed).sample(rows, min(n, len(rows)))


def add_pool_arguments(parser: argparse.ArgumentParser) -> None:
    """`--pool` and `--fresh`, the same in every audit script."""
    parser.add_argument(
        "--pool", choices=POOLS, default="politics", help="which articles to draw from"
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="leave out every article benchmarks/audited_ids.json records",
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--n", type=int, default=40)
    add_pool_arguments(p)
    args = p.parse_args()
    if not POLITICS.exists():
        print(f"{POLITICS} is absent: nothing to sample")
        return 0
    for a in draw(args.seed, args.n, args.pool, args.fresh):
        print(a["id"], len(a["text"]), (a.get("title") or "")[:70], sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
