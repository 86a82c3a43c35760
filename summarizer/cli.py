"""Command line: the contract other tools call (DESIGN.md), kept stable.

    python -m summarizer FILE|URL|-            the reply a chat would get, as plain text
    python -m summarizer --json FILE|URL|-     one JSON object
    python -m summarizer --jsonl IN.jsonl      one JSON line per input line; bad lines give an error
    python -m summarizer download [MODEL]      fetch seq2seq weights into the models folder
    python -m summarizer verify --jsonl IN     check summaries against their articles (guard)

Exit status: 0 done, 2 the input cannot be summarized (the reason goes to stderr in Russian),
1 anything else.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from .errors import SummarizerError, UnsupportedInputError
from .pipeline import Pipeline
from .render import render_plain
from .settings import SummarizerSettings
from .types import Article

log = logging.getLogger("summarizer.cli")

_URL = re.compile(r"^(?:https?://|t\.me/)\S+$", re.I)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m summarizer",
        description="Summarize a Russian news article: summary, figures, speakers.",
    )
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


def _download_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m summarizer download",
        description="Download seq2seq weights from the Hugging Face hub.",
    )
    p.add_argument("model", nargs="?", help="hub id (default: SUMMARIZER_MODEL)")
    p.add_argument("--models-dir", type=Path, help="target folder (default: SUMMARIZER_MODELS_DIR)")
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
    return SummarizerSettings(**overrides)


def _download(argv: list[str]) -> int:
    args = _download_parser().parse_args(argv)
    settings = SummarizerSettings()
    from .download import download_model

    try:
        path = download_model(args.model or settings.model, args.models_dir or settings.models_dir)
    except SummarizerError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(path)
    return 0


def _verify_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m summarizer verify",
        description="Check summaries against their articles, sentence by sentence.",
    )
    p.add_argument(
        "--jsonl",
        required=True,
        metavar="IN.jsonl",
        help='lines {"id","text","summary"} ("-" for stdin) -> {"id","sentences"} lines',
    )
    p.add_argument("-q", "--quiet", action="store_true", help="log warnings only")
    return p


def _verify(argv: list[str], stdin: TextIO, stdout: TextIO) -> int:
    args = _verify_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("summarizer").setLevel(logging.WARNING if args.quiet else logging.INFO)
    from .guard.verify import iter_verify

    try:
        lines = stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"Не удалось прочитать ввод: {exc.strerror or exc}", file=sys.stderr)
        return 2
    with lines:
        for row in iter_verify(lines):
            stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            stdout.flush()
    return 0


def main(
    argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    if argv[:1] == ["verify"]:
        return _verify(argv[1:], stdin, stdout)
    if argv[:1] == ["download"]:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        return _download(argv[1:])
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
