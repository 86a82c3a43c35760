"""The whole reply next to its article, for a reader audit of every block (../shared/READER_AUDIT.md).

    python benchmarks/audit_reply.py --seed 7001 --n 40             # the lead's audit sample
    python benchmarks/audit_reply.py --seed S --n N --chars 3000    # the article cut at 3000 chars
    python benchmarks/audit_reply.py --html --part 1/2              # the link path: saved pages
    python benchmarks/audit_reply.py --texts DIR --n 40             # plain-text articles, no title

`--html` audits the link path instead: each saved page of ../shared/data/html/ goes through the
extraction a link gets (`summarizer.fetch.extract.extract_article` on the page's bytes, no
network), and the article shown is the extracted text the summary was made from.

`--texts DIR` audits articles from outside the shared data (a fresh sample nobody has read, kept
out of the repository like ../shared/data): each `*.txt` in DIR is one article as a user would
paste it, no title; DIR/order.txt, when present, gives the order (one file name per line, as the
sample was drawn), else the names sorted. The first `--n` that exist are taken.

Draws the sample with benchmarks/sample.py `draw(seed, n)` (never a gold or already audited
article) and prints, per article: its id, the article as the data has it (title, then text; all of
it unless --chars), then the reply exactly as `python -m summarizer` prints it: the Pipeline's
Summary with the extractive default, rendered by `summarizer.render.render_plain` with the
settings' bullet limits (headline, summary, 📊 Цифры, 🗣 Кто что сказал). The article's title
goes in as `--jsonl` passes it, so the headline is judged as a reader with the title would see it.
Judging is done by reading; the output holds article text: read it, never commit it. Exits 0
with a message when ../shared/data is absent.
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

from sample import POLITICS, add_pool_arguments, draw  # noqa: E402

from summarizer.errors import SummarizerError  # noqa: E402
from summarizer.fetch.extract import extract_article  # noqa: E402
from summarizer.pipeline import Pipeline  # noqa: E402
from summarizer.render import headline_in_text, render_plain  # noqa: E402
from summarizer.settings import SummarizerSettings  # noqa: E402
from summarizer.types import Article  # noqa: E402


def _wrap(text: str, indent: str = "    ") -> str:
    return "\n".join(
        textwrap.fill(line, 100, initial_indent=indent, subsequent_indent=indent) or indent
        for line in text.split("\n")
    )


def reply_text(pipeline: Pipeline, article: Article) -> str:
    """The plain-text reply the CLI would print for `article`, or the reason there is none. A
    headline made from the summary's first words is said once in the reply (in bold in the bot);
    it is named above the reply so that it can be judged as a headline."""
    try:
        summary = pipeline(article)
    except SummarizerError as error:
        return f"NO REPLY ({type(error).__name__}): {error.user_message}"
    s = pipeline.settings
    reply = render_plain(summary, s.max_figures, s.max_speakers)
    if headline_in_text(summary):
        return (
            f"[headline, bold in the bot, the summary's first words: {summary.headline}]\n{reply}"
        )
    return reply


def html_rows() -> list[dict]:
    """The saved pages as a link would read them: extracted text, title, url, site."""
    folder = POLITICS.parent / "html"
    index = folder / "index.jsonl"
    if not index.exists():
        return []
    rows = []
    for line in index.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        page = json.loads(line)
        body = (folder / page["file"]).read_bytes()
        try:
            article = extract_article(body, url=page["url"])
        except SummarizerError as error:
            rows.append({"id": page["id"], "text": "", "source": page["site"], "error": error})
            continue
        rows.append(
            {
                "id": page["id"],
                "text": article.text,
                "title": article.title,
                "source": page["site"],
                "article": article,
            }
        )
    return rows


def _text_file(folder: Path, name: str) -> Path:
    """order.txt may list a file as `book_1.txt` or by its id `book_1`."""
    path = folder / name
    return path if path.suffix == ".txt" else path.with_name(name + ".txt")


def text_rows(folder: Path, n: int) -> list[dict]:
    """Plain-text articles pasted as they are: no title, no source."""
    order = folder / "order.txt"
    names = (
        [Path(line.strip()).name for line in order.read_text(encoding="utf-8").splitlines()]
        if order.exists()
        else sorted(p.name for p in folder.glob("*.txt"))
    )
    files = [path for name in names if name and (path := _text_file(folder, name)).is_file()]
    if names and not files:
        raise SystemExit(f"{folder}: none of the listed articles is there ({names[0]}, …)")
    return [
        {"id": f.stem, "text": f.read_text(encoding="utf-8"), "title": None, "source": "text"}
        for f in files[:n]
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, help="the sample's seed (required unless --html or --texts)")
    p.add_argument("--html", action="store_true", help="the saved pages, through the link path")
    p.add_argument("--texts", type=Path, help="a folder of plain-text articles (*.txt), no title")
    p.add_argument("--n", type=int, default=40)
    p.add_argument(
        "--part",
        default="1/1",
        help="I/K: only the I-th of K equal parts of the sample (auditors reading in parallel)",
    )
    add_pool_arguments(p)
    p.add_argument("--chars", type=int, default=0, help="article characters shown (0: all)")
    opts = p.parse_args(argv)
    if opts.texts is None and not POLITICS.exists():
        print(f"{POLITICS} is absent: nothing to audit")
        return 0
    if opts.seed is None and not opts.html and opts.texts is None:
        p.error("--seed is required unless --html or --texts")
    pipeline = Pipeline(SummarizerSettings(backend="extractive"))
    part, parts = (int(x) for x in opts.part.split("/"))
    if opts.texts is not None:
        rows = text_rows(opts.texts, opts.n)
    else:
        rows = html_rows() if opts.html else draw(opts.seed, opts.n, opts.pool, opts.fresh)
    size = -(-len(rows) // parts)
    for k, row in enumerate(rows, 1):
        if not (part - 1) * size < k <= part * size:
            continue
        text = row.get("text") or ""
        shown = text if opts.chars <= 0 else text[: opts.chars]
        print(f"=== [{k}] {row['id']} ({len(text)} chars, {row.get('source')})")
        print(f"TITLE: {row.get('title')}")
        print("ARTICLE:")
        print(_wrap(shown) + ("\n    […]" if len(shown) < len(text) else ""))
        print(
            "REPLY (verbatim, between the rules; a first line in brackets names a headline shown in place):"
        )
        print("-" * 40)
        if "error" in row:
            print(f"NO REPLY ({type(row['error']).__name__}): {row['error'].user_message}")
        else:
            article = row.get("article") or Article(text=text, title=row.get("title"))
            print(reply_text(pipeline, article))
        print("-" * 40)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
