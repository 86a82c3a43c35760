"""Whole replies of many articles, dumped from one checkout and compared with another's.

    PYTHONPATH=/work/main python benchmarks/summary_diff.py dump /tmp/main.json --audits \\
        /work/notes/audit_7004_1.jsonl ...       # the articles those audit verdict files name
    PYTHONPATH=. python benchmarks/summary_diff.py dump /tmp/mine.json --pool gazeta --shuffle 1234 --n 150
    python benchmarks/summary_diff.py compare /tmp/main.json /tmp/mine.json [--show]

How a rule changes the replies on tuning material, before and after, side by side: `compare`
prints how many headlines and summaries changed, how many visible figures and speakers blocks
changed (`--block figures|speakers` shows those instead), and how many summaries hold a
background marker ("Ранее…",
"Напомним…", "прошлого года"), a rough count of background outranking the news. The dumps hold
article text: write them outside the repository, never commit them. Exits 0 with a message when
the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: `dump` runs whichever checkout PYTHONPATH names
sys.path.insert(0, str(ROOT / "benchmarks"))

from sample import articles  # noqa: E402

from summarizer.errors import SummarizerError  # noqa: E402
from summarizer.pipeline import Pipeline  # noqa: E402
from summarizer.render import (  # noqa: E402
    figure_bullets,
    figure_line,
    shown_speakers,
    speaker_label,
    speaker_quote,
)
from summarizer.settings import SummarizerSettings  # noqa: E402
from summarizer.types import Article  # noqa: E402

BACKGROUND = re.compile(r"(?i)\b(?:ранее|напомним|прошлого года|прошлом году|в прошлом)\b")


def _rows(opts: argparse.Namespace) -> list[dict]:
    if opts.audits:
        wanted = {
            json.loads(line)["id"]
            for path in opts.audits
            for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        return [a for pool in ("gazeta", "politics") for a in articles(pool) if a["id"] in wanted]
    rows = list(articles(opts.pool))
    random.Random(opts.shuffle).shuffle(rows)
    return rows[: opts.n]


def dump(opts: argparse.Namespace) -> int:
    rows = _rows(opts)
    if not rows:
        print("skipped: no articles (the shared evaluation data is absent)")
        return 0
    settings = SummarizerSettings(backend="extractive")
    pipeline = Pipeline(settings)
    out = {}
    for row in rows:
        try:
            reply = pipeline(Article(text=row["text"], title=row.get("title")))
        except SummarizerError as e:  # what the user is told instead: a reply too
            out[row["id"]] = {"headline": "", "summary": f"[{type(e).__name__}] {e.user_message}"}
            continue
        except Exception as e:  # a crash is a reply lost: counted, not fatal
            out[row["id"]] = {"headline": "", "summary": f"[crash] {type(e).__name__}: {e}"}
            continue
        out[row["id"]] = {
            "headline": reply.headline,
            "summary": reply.text,
            "figures": [
                figure_line(f) for f in figure_bullets(reply.figures, settings.max_figures)
            ],
            "speakers": [
                f"{speaker_label(s)}: {speaker_quote(s)}"
                for s in shown_speakers(reply, settings.max_speakers)
            ],
        }
    Path(opts.out).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    print(f"{len(out)} replies written to {opts.out}")
    return 0


def compare(opts: argparse.Namespace) -> int:
    before = json.loads(Path(opts.before).read_text(encoding="utf-8"))
    after = json.loads(Path(opts.after).read_text(encoding="utf-8"))
    common = [k for k in before if k in after]

    def text(side: dict, k: str) -> tuple:
        return side[k]["headline"], side[k]["summary"]

    def block(side: dict, k: str, name: str) -> list[str]:
        return side[k].get(name, [])

    changed = [k for k in common if text(before, k) != text(after, k)]
    print(f"replies changed: {len(changed)} of {len(common)}")
    for name in ("figures", "speakers"):
        moved = [k for k in common if block(before, k, name) != block(after, k, name)]
        print(f"{name} blocks changed: {len(moved)}")
        shown = {
            n: sum(bool(block(side, k, name)) for k in common)
            for n, side in (("before", before), ("after", after))
        }
        print(f"  articles with a {name} block, before: {shown['before']}, after: {shown['after']}")
        if opts.block == name:
            changed = moved
    for name, side in (("before", before), ("after", after)):
        crashed = sum(side[k]["summary"].startswith("[crash]") for k in common)
        print(f"replies lost to a crash, {name}: {crashed}")
    for name, side in (("before", before), ("after", after)):
        marked = sum(bool(BACKGROUND.search(side[k]["summary"])) for k in common)
        print(f"summaries with a background marker, {name}: {marked}")
    if opts.show:
        for k in changed:
            if opts.block:
                old = "\n   ".join(block(before, k, opts.block)) or "(no block)"
                new = "\n   ".join(block(after, k, opts.block)) or "(no block)"
                print(f"=== {k} {before[k]['headline']}\n - {old}\n + {new}")
            else:
                print(f"=== {k}\n - {text(before, k)}\n + {text(after, k)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `compare ... | head` ends quietly
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--audits", nargs="*", help="audit verdict files: their articles")
    d.add_argument("--pool", default="gazeta", choices=("politics", "gazeta", "rbc"))
    d.add_argument("--shuffle", type=int, default=1234, help="seed of the shuffle")
    d.add_argument("--n", type=int, default=150)
    c = commands.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--show", action="store_true", help="print the changed replies")
    c.add_argument(
        "--block",
        choices=("figures", "speakers"),
        help="with --show: the changed figures or speakers blocks instead of the summaries",
    )
    opts = parser.parse_args(argv)
    return dump(opts) if opts.command == "dump" else compare(opts)


if __name__ == "__main__":
    sys.exit(main())
