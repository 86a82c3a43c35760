"""Headline and summary next to the article, for a reader audit (../shared/READER_AUDIT.md).

    python benchmarks/audit_summary.py --seed S --n N     # a fresh seeded sample (benchmarks/sample.py)
    python benchmarks/audit_summary.py --seed S --n N --exclude-seeds 101 102   # none tuned on
    python benchmarks/audit_summary.py --dev              # the 40 articles of the 2026-11-30 audit,
                                                          # with that audit's verdict beside each
    python benchmarks/audit_summary.py --ids ID [ID ...]  # chosen articles again
    python benchmarks/audit_summary.py --seed S --n N --record "what it was for"
                                                          # also write the sample's ids down

A seeded sample leaves out every article an earlier audit recorded in
benchmarks/audited_ids.json (ids only, no text; `--include-recorded` keeps them), so a fresh
audit never reads an article someone already judged or tuned on. `--record` adds this sample's
ids under its seed, with the note given.

Runs the pipeline with the extractive default on each article of
../shared/data/articles_politics.jsonl and prints the article (its title, then its text: the
first --chars characters, the whole text with --chars 0), the headline and the summary exactly as
the reply carries them, and the cleaning stage's removals. Judging is done by reading; the script
only lays the material out. The output holds article text: read it, never commit it. Exits 0 with
a message when the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sample import DATA, POLITICS, add_pool_arguments, articles, draw  # noqa: E402

from summarizer.clean import clean_report, plain_text  # noqa: E402
from summarizer.errors import SummarizerError  # noqa: E402
from summarizer.pipeline import Pipeline  # noqa: E402
from summarizer.settings import SummarizerSettings  # noqa: E402
from summarizer.titles import usable_title  # noqa: E402
from summarizer.types import Article  # noqa: E402

AUDIT = DATA / "reader_audit_dev.jsonl"
RECORDED = ROOT / "benchmarks" / "audited_ids.json"


def recorded() -> dict[str, dict]:
    """The samples earlier audits used, by seed: {"ids": [...], "n", "exclude_seeds", "note"}."""
    if not RECORDED.exists():
        return {}
    return json.loads(RECORDED.read_text(encoding="utf-8"))


def record(seed: int, opts: argparse.Namespace, ids: list[str]) -> None:
    samples = recorded()
    samples[str(seed)] = {
        "n": opts.n,
        "exclude_seeds": opts.exclude_seeds,
        "note": opts.record,
        "ids": ids,
    }
    RECORDED.write_text(json.dumps(samples, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _wrap(text: str, indent: str = "    ") -> str:
    return "\n".join(
        textwrap.fill(line, 100, initial_indent=indent, subsequent_indent=indent) or indent
        for line in text.split("\n")
    )


def _rows(opts: argparse.Namespace) -> list[dict]:
    if opts.ids:  # looked up in --pool (the rbc and gazeta rows live in summaries_dev)
        by_id = {a["id"]: a for a in articles(opts.pool)}
        return [by_id[i] for i in opts.ids if i in by_id]
    if opts.dev:
        ids = [json.loads(line)["id"] for line in AUDIT.read_text(encoding="utf-8").splitlines()]
        by_id = {a["id"]: a for a in articles()}
        return [by_id[i] for i in ids if i in by_id]
    seen = {a["id"] for seed in opts.exclude_seeds for a in draw(seed, opts.n, opts.pool)}
    if not opts.include_recorded:
        seen |= {
            i
            for seed, sample in recorded().items()
            if seed != str(opts.seed)
            for i in sample["ids"]
        }
    fresh = [a for a in draw(opts.seed, opts.n + len(seen), opts.pool) if a["id"] not in seen]
    return fresh[: opts.n]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--seed", type=int, help="draw a sample with this seed (never 7000-7999)")
    which.add_argument("--dev", action="store_true", help="the already audited 40 articles")
    which.add_argument("--ids", nargs="+", help="these article ids")
    p.add_argument("--n", type=int, default=40)
    add_pool_arguments(p)
    p.add_argument(
        "--exclude-seeds",
        type=int,
        nargs="*",
        default=[],
        help="leave out the articles these seeds draw (the samples rules were tuned on)",
    )
    p.add_argument(
        "--include-recorded",
        action="store_true",
        help="draw also from articles that earlier audits recorded in benchmarks/audited_ids.json",
    )
    p.add_argument(
        "--record", metavar="NOTE", help="write this sample's ids to benchmarks/audited_ids.json"
    )
    p.add_argument("--chars", type=int, default=2500, help="article characters shown (0: all)")
    opts = p.parse_args(argv)
    if not POLITICS.exists():
        print(f"{POLITICS} is absent: nothing to audit")
        return 0
    if opts.seed is not None and 7000 <= opts.seed <= 7999:
        p.error("seeds 7000-7999 are reserved for the lead's independent audit")
    verdicts = {}
    if opts.dev and AUDIT.exists():
        for line in AUDIT.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            verdicts[row["id"]] = row
    pipeline = Pipeline(SummarizerSettings(backend="extractive"))
    rows = _rows(opts)
    if opts.record:
        if opts.seed is None:
            p.error("--record needs --seed")
        record(opts.seed, opts, [row["id"] for row in rows])
    for k, row in enumerate(rows, 1):
        text = row.get("text") or ""
        shown = text if opts.chars <= 0 else text[: opts.chars]
        print(f"=== [{k}] {row['id']} ({len(text)} chars, {row.get('source')})")
        print(f"TITLE: {row.get('title')}")
        print("ARTICLE:")
        print(_wrap(shown) + ("\n    […]" if len(shown) < len(text) else ""))
        plain = plain_text(text)
        title = usable_title(row.get("title"), plain)
        report = clean_report(plain, title=title)
        if row.get("title") and title != row.get("title"):
            print(f"TITLE USED: {title}")
        if report.heading:
            print(f"HEADING TAKEN FROM THE TEXT: {report.heading}")
            print(f"    used as the title: {usable_title(report.heading, report.text)}")
        if report.removed:
            print("CLEANING REMOVED:")
            for piece in report.removed:
                print(f"    - {piece.kind}: {piece.text[:160]!r}")
        try:
            summary = pipeline(Article(text=text, title=row.get("title")))
        except SummarizerError as error:
            print(f"NO REPLY: {type(error).__name__}: {error}\n")
            continue
        print(f"HEADLINE: {summary.headline}")
        print("SUMMARY:")
        print(_wrap(summary.text))
        old = verdicts.get(row["id"])
        if old:
            print(f"PREVIOUS HEADLINE: {old['headline_output']}  (ok={old['headline']['ok']})")
            print(
                f"PREVIOUS SUMMARY: score {old['summary']['score']}, "
                f"defects {old['summary']['defects']}: {old['summary']['note']}"
            )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
