"""Command line: the contract other tools call (DESIGN.md), kept stable.

    python -m summarizer FILE|URL|-            the reply a chat would get, as plain text
    python -m summarizer --json FILE|URL|-     one JSON object
    python -m summarizer --jsonl IN.jsonl      one JSON line per input line; bad lines give an error
    python -m summarizer SUBCOMMAND ...        the subcommands in SUBCOMMANDS below (--help lists them)

Installed, the same command is `newsbrief`. Exit status: 0 done, 2 the input cannot be summarized (the reason goes to stderr in Russian),
1 anything else.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import re
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .errors import SummarizerError, UnsupportedInputError
from .pipeline import Pipeline
from .render import render_plain
from .settings import SummarizerSettings
from .types import Article
from .version import version

log = logging.getLogger("summarizer.cli")


@dataclass(frozen=True)
class Subcommand:
    """`python -m summarizer NAME ARGS...`: `target` ("module:function") takes ARGS, returns the
    exit status. Imported on use, so a subcommand's dependencies never slow the main path."""

    usage: str
    help: str
    target: str

    def run(self, argv: list[str]) -> int:
        module, function = self.target.split(":")
        main: Callable[[list[str]], int] = getattr(importlib.import_module(module), function)
        return main(argv)


# Every subcommand, one line each: `--help` lists them from here.
SUBCOMMANDS: dict[str, Subcommand] = {
    "download": Subcommand(
        "download [MODEL]",
        "fetch seq2seq weights into the models folder and convert them for CTranslate2",
        "summarizer.download:main",
    ),
    "convert": Subcommand(
        "convert [MODEL]",
        "convert weights on disk to a CTranslate2 model beside them (int8)",
        "summarizer.convert:main",
    ),
    "verify": Subcommand(
        "verify --jsonl IN.jsonl",
        'check summaries against their articles: {"id","text","summary"} lines -> verdicts',
        "summarizer.guard.verify:main",
    ),
}

_URL = re.compile(r"^(?:https?://|t\.me/)\S+$", re.I)


def _prog() -> str:
    name = Path(sys.argv[0]).name
    return "python -m summarizer" if name in ("__main__.py", "-c", "") else name


def _parser() -> argparse.ArgumentParser:
    width = max(len(c.usage) for c in SUBCOMMANDS.values()) + 2
    listing = "\n".join(f"  {c.usage:<{width}}{c.help}" for c in SUBCOMMANDS.values())
    p = argparse.ArgumentParser(
        prog=_prog(),
        usage="%(prog)s [options] FILE|URL|-\n       %(prog)s SUBCOMMAND [ARGS...]",
        description="Summarize a Russian news article: summary, figures, speakers.",
        epilog=f"subcommands:\n{listing}\n\n`SUBCOMMAND --help` tells more about each.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"newsbrief {version()}")
    p.add_argument("input", nargs="?", help="a text file, a URL, or - for stdin")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument(
        "--jsonl", metavar="IN.jsonl", help='lines {"id","text","title"?} -> JSON lines'
    )
    p.add_argument(
        "--backend", choices=["auto", "extractive", "seq2seq"], help="override SUMMARIZER_BACKEND"
    )
    p.add_argument("--model", help="override SUMMARIZER_MODEL (hub id or local directory)")
    p.add_argument("-q", "--quiet", action="store_true", help="log warnings only")
    return p


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    cyrillic = sum("а" <= ch.lower() <= "я" for ch in text[:5000])
    return text if cyrillic > 0.3 * min(len(text), 5000) else data.decode("utf-8", errors="replace")


def read_input(source: str, stdin: TextIO) -> Article:
    if source == "-":
        return Article(
            text=_decode(stdin.buffer.read()) if hasattr(stdin, "buffer") else stdin.read()
        )
    if _URL.match(source):
        from .fetch import fetch_article_sync  # imported on use: the plain-text path needs no httpx

        return fetch_article_sync(source)  # it adds the scheme to "t.me/…" itself
    path = Path(source)
    if not path.is_file():
        raise UnsupportedInputError(
            f"no such file: {source}", user_message=f"Файл не найден: {source}"
        )
    return Article(text=_decode(path.read_bytes()))


def iter_jsonl(pipeline: Pipeline, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, whatever is wrong with that line."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item_id: Any = None
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("a line must be a JSON object")
            item_id = row.get("id", number)
            text = row.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')
            title = row.get("title") if isinstance(row.get("title"), str) else None
            summary = pipeline(Article(text=text, title=title))
            yield {"id": item_id, **summary.to_dict()}
        except SummarizerError as exc:
            log.info("line %d (id %s): %s", number, item_id, exc)
            yield {"id": item_id, "error": exc.user_message}
        except ValueError as exc:
            log.info("line %d: bad input line: %s", number, exc)
            yield {
                "id": item_id if item_id is not None else number,
                "error": f"bad input line: {exc}",
            }
        except Exception:
            error_id = uuid.uuid4().hex[:8]
            log.exception("line %d (id %s): internal error %s", number, item_id, error_id)
            yield {"id": item_id, "error": f"internal error {error_id}"}


def _settings(args: argparse.Namespace) -> SummarizerSettings:
    overrides = {k: v for k, v in (("backend", args.backend), ("model", args.model)) if v}
    # A one-shot command never starts a background download it would not live to finish.
    return SummarizerSettings(**overrides, auto_download=False)


def main(
    argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    if argv[:1] and argv[0] in SUBCOMMANDS:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        return SUBCOMMANDS[argv[0]].run(argv[1:])
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("summarizer").setLevel(logging.WARNING if args.quiet else logging.INFO)
    if not args.jsonl and not args.input:
        _parser().print_usage(sys.stderr)
        return 2
    try:
        pipeline = Pipeline(_settings(args))
        if args.jsonl:
            with open(args.jsonl, encoding="utf-8", errors="replace") as lines:
                for row in iter_jsonl(pipeline, lines):
                    stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
                    stdout.flush()
            return 0
        summary = pipeline(read_input(args.input, stdin))
    except SummarizerError as exc:
        log.info("%s: %s", type(exc).__name__, exc)
        print(exc.user_message, file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Не удалось прочитать ввод: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if args.json:
        stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")
    else:
        s = pipeline.settings
        stdout.write(render_plain(summary, s.max_figures, s.max_speakers) + "\n")
    return 0
