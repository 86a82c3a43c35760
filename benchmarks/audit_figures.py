"""Print the figure bullets a reply shows, next to their sentences, for a reader audit.

A seeded random sample of ../shared/data/articles_politics.jsonl (benchmarks/sample.py: never the
gold-annotated or already audited articles) goes through the pipeline with the extractive
backend; for each article this prints the title and lead (the whole text with --full), the
visible bullets as the reply shows them (numbers in *asterisks* where Telegram shows bold) with
the sentence each comes from, and with --hidden every other figure found, its score and why it is
not shown. Judge each visible bullet as ../shared/READER_AUDIT.md says, and count the important
figures the reply missed. The output holds article text: read it, never commit it.

    python benchmarks/audit_figures.py --seed 4242 --n 40 [--full] [--hidden]
    python benchmarks/audit_figures.py --ids ID,ID --full [--pool gazeta]
    python benchmarks/audit_figures.py --dev     # the 2026-11-30 audit's articles, its verdicts
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sample import DATA, add_pool_arguments, articles, draw  # noqa: E402

from summarizer import Article, Pipeline  # noqa: E402
from summarizer.render import figure_bullets, figure_pieces  # noqa: E402
from summarizer.settings import SummarizerSettings  # noqa: E402
from summarizer.types import Figure, Summary  # noqa: E402

LEAD_CHARS = 600


def starred(figure: Figure) -> str:
    return "".join(f"*{text}*" if bold else text for text, bold in figure_pieces(figure))


def sentence_of(text: str, figure: Figure) -> str:
    """The sentence (the line, cut at sentence ends) holding the figure's clause."""
    at = text.find(figure.context) if figure.context else -1
    if at < 0:
        at = max(0, text.find(figure.text))
    start = max(text.rfind("\n", 0, at), *(text.rfind(p, 0, at) for p in (". ", "! ", "? ")))
    stops = [i for i in (text.find(p, at + len(figure.context)) for p in ".!?\n") if i >= 0]
    stop = min(stops, default=len(text))
    return " ".join(text[start + 1 : stop + 1].split())


def hidden_reason(figure: Figure, shown: list[Figure]) -> str:
    if any(figure.context == f.context for f in shown):
        return "in a shown bullet"
    if not figure.bullet:
        return f"score {figure.score:.2f}, too low to parse its clause"
    return f"score {figure.score:.2f}"


def report(row: dict, summary: Summary, full: bool, hidden: bool, verdicts: dict) -> int:
    text = row["text"]
    print("=" * 100)
    print(f"{row['id']} | {row.get('title') or '(no title)'} | {len(text)} chars")
    if full:
        print(text)
    else:
        lead = " ".join(text[:LEAD_CHARS].split())
        print(f"LEAD: {lead}{'…' if len(text) > LEAD_CHARS else ''}")
    print(f"SUMMARY: {summary.text}")
    shown = figure_bullets(summary.figures)
    print(f"VISIBLE ({len(shown)}):")
    for i, f in enumerate(shown, 1):
        print(f"  {i}. {starred(f)}    [score {f.score:.2f}]")
        print(f"     sentence: {sentence_of(text, f)}")
        for item in verdicts.get(f.text, ()):
            print(f"     old verdict: {item}")
    if hidden:
        print("HIDDEN:")
        for f in summary.figures:
            if f.shown:
                continue
            print(f"  - {f.text!r} ({hidden_reason(f, shown)}): {f.bullet or f.context}")
    return len(shown)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int)
    p.add_argument("--n", type=int, default=40)
    add_pool_arguments(p)
    p.add_argument("--ids", help="comma-separated article ids instead of a sample")
    p.add_argument("--dev", action="store_true", help="the articles of reader_audit_dev.jsonl")
    p.add_argument("--full", action="store_true", help="print each article's whole text")
    p.add_argument("--hidden", action="store_true", help="also the figures not shown")
    args = p.parse_args()
    if not (DATA / "articles_politics.jsonl").exists():
        print(f"{DATA} is absent: nothing to audit")
        return 0
    old: dict[str, dict] = {}
    if args.dev:
        with (DATA / "reader_audit_dev.jsonl").open(encoding="utf-8") as lines:
            old = {r["id"]: r for r in map(json.loads, lines)}
        rows = [a for a in articles() if a["id"] in old]
    elif args.ids:
        wanted = args.ids.split(",")
        by_id = {a["id"]: a for a in articles(args.pool) if a["id"] in wanted}
        rows = [by_id[i] for i in wanted if i in by_id]
    elif args.seed is not None:
        rows = draw(args.seed, args.n, args.pool, args.fresh)
    else:
        p.error("give --seed, --ids or --dev")
    pipeline = Pipeline(SummarizerSettings(backend="extractive"))
    articles_with, bullets, failed = 0, 0, 0
    for row in rows:
        try:
            summary = pipeline(Article(text=row["text"], title=row.get("title")))
        except Exception as e:  # an audit reports every article, whatever fails
            print("=" * 100)
            print(f"{row['id']}: no reply ({type(e).__name__}: {e})")
            failed += 1
            continue
        verdicts: dict[str, list[str]] = {}
        for item in old.get(row["id"], {}).get("figures", {}).get("items", []):
            verdicts.setdefault(item["text"], []).append(f"{item['verdict']} {item['cls']}")
        n = report(row, summary, args.full, args.hidden, verdicts)
        if args.dev:
            missed = old[row["id"]]["figures"].get("missed_list", [])
            for m in missed:
                print(f"  old audit: missed {m}")
        articles_with += n > 0
        bullets += n
    print("=" * 100)
    print(
        f"{len(rows)} articles, {failed} without a reply; {articles_with} with a figures block; "
        f"{bullets} visible bullets"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
