"""Reader audit of "who said what": every visible speaker bullet of a sample, with its evidence.

    python benchmarks/audit_speakers.py --seed S --n N [--text] [--hidden]
    python benchmarks/audit_speakers.py --dev [--text] [--hidden]   # the 2026-11-30 audit's 40
    python benchmarks/audit_speakers.py --gold                      # facts_dev.jsonl, two ways
    python benchmarks/audit_speakers.py --ids V.jsonl --pool gazeta # the articles of audit verdicts

A sample is `benchmarks/sample.py`'s `draw(seed, n)` (never gold or already audited articles).
For each article it prints the speaker bullets the reply shows (the extractive pipeline, default
settings), each with how the quote was attributed (method, cue, candidates, confidence) and the
sentence or paragraph it came from, so a reader can judge every bullet against the article;
`--text` prints the article itself (for the speakers the reply missed), `--hidden` the speakers
and quotes held back in --json. Judge by ../shared/READER_AUDIT.md.

`--gold` scores the rule layer on facts_dev.jsonl with ../shared/tools/score_facts.py twice:
everything --json lists, and only what the reply shows.

The data is read from ../shared/data at run time; the output holds copyrighted text and is never
committed. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SCORER = ROOT.parent / "shared" / "tools" / "score_facts.py"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sample import add_pool_arguments, articles, draw  # noqa: E402

from summarizer.pipeline import Pipeline  # noqa: E402
from summarizer.render import shown_speakers, speaker_label, speaker_quote  # noqa: E402
from summarizer.settings import SummarizerSettings  # noqa: E402
from summarizer.types import Article, Attribution, Speaker  # noqa: E402


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, 100, initial_indent=indent, subsequent_indent=indent)


def _evidence(a: Attribution) -> str:
    cands = " | ".join(a.candidates)
    return f"[{a.method} {a.confidence:.2f}; cue: {a.cue!r}; candidates: {cands}]"


def _print_speaker(sp: Speaker, bullet: str, hidden: bool) -> None:
    quote = speaker_quote(sp) if not hidden else f"«{sp.quotes[0]}»" if sp.quotes else ""
    print(_wrap(f"{bullet} {speaker_label(sp)}: {quote}", ""))
    for q, a in zip(sp.quotes, sp.attributions, strict=False):
        if a.shown == hidden:
            continue
        mark = "shown" if a.shown else "held"
        print(_wrap(f"{mark} {_evidence(a)} «{q}»", "    "))
        print(_wrap(f"source: {a.source}", "      "))


def audit(rows: list[dict], show_text: bool, show_hidden: bool) -> None:
    settings = SummarizerSettings(backend="extractive")
    pipeline = Pipeline(settings)
    counts: Counter[str] = Counter()
    methods: Counter[str] = Counter()
    for i, row in enumerate(rows, 1):
        title = row.get("title") or ""
        print(f"\n=== [{i}/{len(rows)}] {row['id']} — {title[:90]}")
        try:
            prepared = pipeline.preprocess(Article(text=row["text"], title=row.get("title")))
        except Exception as exc:  # the audit reports a rejected input and goes on
            print(f"rejected: {type(exc).__name__}: {exc}")
            counts["rejected"] += 1
            continue
        summary = pipeline.postprocess(prepared, pipeline.forward(prepared))
        counts["articles"] += 1
        if show_text:
            paragraphs = [p.strip() for p in prepared.doc.text.split("\n") if p.strip()]
            for k, para in enumerate(paragraphs, 1):
                print(textwrap.fill(para, 100, initial_indent=f"¶{k} ", subsequent_indent="   "))
            print()
        visible = shown_speakers(summary, settings.max_speakers)
        counts["bullets shown"] += len(visible)
        counts["articles with a bullet"] += bool(visible)
        for sp in visible:
            _print_speaker(sp, "•", hidden=False)
            first = next(a for a in sp.attributions if a.shown) if sp.attributions else None
            if first is not None:
                methods[first.method] += 1
        held = [s for s in summary.speakers if s not in visible]
        counts["speakers held back"] += len(held)
        if show_hidden:
            for sp in summary.speakers:
                if any(not a.shown for a in sp.attributions):
                    _print_speaker(sp, "  (held)", hidden=True)
    print("\n" + ", ".join(f"{k}: {v}" for k, v in counts.items()))
    print("shown bullets by how their first quote was attributed:", dict(methods.most_common()))


def gold() -> None:
    gold_path = DATA / "facts_dev.jsonl"
    settings = SummarizerSettings(backend="extractive")
    pipeline = Pipeline(settings)
    every, shown = [], []
    for line in gold_path.open(encoding="utf-8"):
        row = json.loads(line)
        summary = pipeline(Article(text=row["text"], title=row.get("title")))
        d = summary.to_dict()
        every.append({"id": row["id"], **d})
        visible = shown_speakers(summary, len(summary.speakers))
        shown.append(
            {
                "id": row["id"],
                **d,
                "speakers": [
                    {"name": s.name, "role": s.role, "quotes": list(s.shown_quotes)}
                    for s in visible
                ],
            }
        )
    with tempfile.TemporaryDirectory() as tmp:
        for label, preds in (("all in --json", every), ("shown in the reply", shown)):
            path = Path(tmp) / "preds.jsonl"
            path.write_text(
                "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8"
            )
            out = subprocess.run(
                [sys.executable, str(SCORER), str(gold_path), str(path)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            scores = json.loads(out.splitlines()[-1])
            keys = ("speakers_precision", "speakers_recall", "quotes_coverage", "quotes_attributed")
            print(f"facts_dev.jsonl, {label}: " + ", ".join(f"{k} {scores[k]}" for k in keys))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int)
    p.add_argument("--n", type=int, default=40)
    add_pool_arguments(p)
    p.add_argument("--dev", action="store_true", help="the articles of reader_audit_dev.jsonl")
    p.add_argument("--gold", action="store_true", help="score facts_dev.jsonl, all and shown")
    p.add_argument("--text", action="store_true", help="print each article too")
    p.add_argument("--hidden", action="store_true", help="print what is held back too")
    p.add_argument(
        "--ids",
        nargs="+",
        help="article ids, or audit verdict files (JSON lines with `id`), to rerun",
    )
    args = p.parse_args(argv)
    if not (DATA / "articles_politics.jsonl").exists():
        print(f"skipped: {DATA} is absent (evaluation data is not part of the repository)")
        return 0
    if args.gold:
        gold()
        return 0
    if args.dev:
        with (DATA / "reader_audit_dev.jsonl").open(encoding="utf-8") as lines:
            ids = [json.loads(line)["id"] for line in lines if line.strip()]
        by_id = {a["id"]: a for a in articles()}
        rows = [by_id[i] for i in ids if i in by_id]
    elif args.ids:
        ids = [
            json.loads(line)["id"] if Path(arg).is_file() else arg
            for arg in args.ids
            for line in (
                Path(arg).read_text(encoding="utf-8").splitlines() if Path(arg).is_file() else [arg]
            )
            if line.strip()
        ]
        by_id = {a["id"]: a for a in articles(args.pool)}
        rows = [by_id[i] for i in ids if i in by_id]
    elif args.seed is not None:
        if 7000 <= args.seed <= 7999:
            p.error("seeds 7000-7999 are kept for the lead's independent audit")
        rows = draw(args.seed, args.n, args.pool, args.fresh)
    else:
        p.error("give --seed S, --dev or --gold")
    audit(rows, args.text, args.hidden)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
