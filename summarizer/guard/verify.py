"""`python -m summarizer verify`: check any summary (another bot's, a language model's) against
its article, sentence by sentence, with the same guard the seq2seq path uses.

    python -m summarizer verify --jsonl IN.jsonl
        IN lines:  {"id", "text", "summary"}   (summary: a string, or a list of sentences)
        OUT lines: {"id", "sentences": [{"sentence", "ok", "reasons"}]}
                   {"id", "error"} for a line that cannot be checked
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from ..clean import plain_text
from ..document import Document
from ..nlp import NLP, load_nlp
from ..text import split_sentences
from .checker import FaithfulnessGuard

log = logging.getLogger("summarizer.guard")


def summary_sentences(summary: Any) -> list[str]:
    """A summary given as text is split with razdel; a list is taken as its sentences."""
    if isinstance(summary, str):
        return [s.text for s in split_sentences(plain_text(summary))]
    if isinstance(summary, list) and all(isinstance(s, str) for s in summary):
        return [s.strip() for s in summary if s.strip()]
    raise ValueError('"summary" must be a string or a list of strings')


def verify_row(row: Any, nlp: NLP) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise ValueError("a line must be a JSON object")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('"text" must be a non-empty string')
    sentences = summary_sentences(row.get("summary"))
    guard = FaithfulnessGuard(Document(plain_text(text), nlp=nlp))
    return {"id": row.get("id"), "sentences": [v.to_dict() for v in guard.check_all(sentences)]}


def iter_verify(lines: Iterable[str], nlp: NLP | None = None) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, whatever is wrong with that line."""
    nlp = nlp or load_nlp()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item_id: Any = number
        try:
            row = json.loads(line)
            if isinstance(row, dict):
                item_id = row.get("id", number)
            yield verify_row(row, nlp)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            log.info("verify line %d: bad input line: %s", number, exc)
            yield {"id": item_id, "error": f"bad input line: {exc}"}
        except Exception:
            error_id = uuid.uuid4().hex[:8]
            log.exception("verify line %d (id %s): internal error %s", number, item_id, error_id)
            yield {"id": item_id, "error": f"internal error {error_id}"}


def _parser() -> argparse.ArgumentParser:
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


def main(argv: list[str]) -> int:
    """`python -m summarizer verify --jsonl IN.jsonl`: one JSON line out per line in."""
    args = _parser().parse_args(argv)
    logging.getLogger("summarizer").setLevel(logging.WARNING if args.quiet else logging.INFO)
    if args.jsonl == "-":
        _write(iter_verify(sys.stdin))
        return 0
    try:
        with open(args.jsonl, encoding="utf-8", errors="replace") as lines:
            _write(iter_verify(lines))
    except OSError as exc:
        print(f"Не удалось прочитать ввод: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


def _write(rows: Iterator[dict[str, Any]]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        sys.stdout.flush()
