"""The cleaning stage's own numbers: furniture removed against article text lost.

    python benchmarks/cleaning.py                 # counts per file and per kind, the checks, time
    python benchmarks/cleaning.py --show sentences  # every removal that reads like a sentence
    python benchmarks/cleaning.py --show dateline   # every removal of one kind

Runs `summarizer.clean.clean_report` (with the title checked by `titles.usable_title`, as the
pipeline does) over ../shared/data: articles_politics.jsonl, summaries_dev.jsonl, facts_dev.jsonl,
and the 25 saved pages of html/ after the link path's extraction. Two checks need no reading:
  - gold (facts_dev): every gold figure and every gold quote found in the raw text is still in
    the cleaned text (words compared, case and "ё" folded);
  - html: the expected article snippets still there, and the boilerplate snippets extraction let
    through, before and after cleaning.
Everything else removed is counted by kind; the removals that read like article sentences (eight
words or more, a closing stop; duplicates and title copies left out, their words stay in the text)
are listed with --show sentences, to be judged by reading. Output holds article text: read it,
never commit it. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.clean import Cleaned, clean_report, clean_text, plain_text  # noqa: E402
from summarizer.titles import usable_title  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
FILES = ("articles_politics.jsonl", "summaries_dev.jsonl", "facts_dev.jsonl")
KEEPS_WORDS = {"duplicate", "title", "heading"}  # their words stay in the text or the headline
_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*$")


def folded_words(text: str) -> str:
    return " " + " ".join(_WORD.findall(text.lower().replace("ё", "е"))) + " "


def present(snippet: str, text_words: str) -> bool:
    key = folded_words(snippet)
    return key.strip() != "" and key in text_words


def clean(text: str, title: str | None) -> Cleaned:
    plain = plain_text(text)
    return clean_report(plain, title=usable_title(title, plain))


def sentence_like(text: str) -> bool:
    return len(text.split()) >= 8 and bool(_SENTENCE_END.search(text))


def rows(name: str) -> list[dict]:
    path = DATA / name
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def html_rows() -> list[dict]:
    from summarizer.fetch.errors import NoTextFoundError
    from summarizer.fetch.extract import extract_article

    folder = DATA / "html"
    out = []
    for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        try:
            article = extract_article(
                (folder / page["file"]).read_bytes(), url=page.get("url") or "https://example.org/"
            )
        except NoTextFoundError:
            continue
        out.append(
            {
                "id": page["id"],
                "text": article.text,
                "title": article.title,
                "expected": page.get("expected_snippets") or [],
                "boilerplate": page.get("boilerplate_snippets") or [],
            }
        )
    return out


def gold_check(data: list[dict], results: dict[str, Cleaned]) -> None:
    raw_fig = kept_fig = raw_quote = kept_quote = 0
    lost: list[str] = []
    for row in data:
        raw, cleaned = folded_words(row["text"]), folded_words(results[row["id"]].text)
        for figure in row.get("figures") or []:
            if present(figure["text"], raw):
                raw_fig += 1
                kept_fig += present(figure["text"], cleaned)
                if not present(figure["text"], cleaned):
                    lost.append(f"{row['id']}: figure {figure['text']!r}")
        for speaker in row.get("speakers") or []:
            for statement in speaker.get("statements") or []:
                if present(statement, raw):
                    raw_quote += 1
                    kept_quote += present(statement, cleaned)
                    if not present(statement, cleaned):
                        lost.append(f"{row['id']}: quote {statement[:80]!r}")
    print(
        f"gold (facts_dev): figures in the raw text {raw_fig}, still in the cleaned text "
        f"{kept_fig}; quotes in the raw text {raw_quote}, still there {kept_quote}"
    )
    for item in lost:
        print(f"    LOST {item}")


def html_check(pages: list[dict], results: dict[str, Cleaned]) -> None:
    exp_before = exp_after = exp_total = bp_before = bp_after = bp_total = 0
    for page in pages:
        before = folded_words(page["text"])
        after = folded_words(results[page["id"]].text + " " + (results[page["id"]].heading or ""))
        for snippet in page["expected"]:
            exp_total += 1
            exp_before += present(snippet, before)
            # A snippet that opens the article carries its dateline: cleaned the same way, its
            # sentence must still be there.
            kept = present(snippet, after) or present(clean_text(snippet), after)
            exp_after += kept
            if present(snippet, before) and not kept:
                print(f"    LOST {page['id']}: {snippet[:100]!r}")
        for snippet in page["boilerplate"]:
            bp_total += 1
            bp_before += present(snippet, before)
            bp_after += present(snippet, after)
    print(
        f"html ({len(pages)} pages): expected snippets {exp_before}/{exp_total} after extraction, "
        f"{exp_after}/{exp_total} after cleaning; boilerplate snippets left {bp_before}/{bp_total} "
        f"after extraction, {bp_after}/{bp_total} after cleaning"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--show", help="list removals: a kind, 'sentences' or 'all'")
    opts = p.parse_args(argv)
    if not (DATA / FILES[0]).exists():
        print(f"{DATA} is absent: nothing to measure")
        return 0
    sets: dict[str, list[dict]] = {name: rows(name) for name in FILES}
    sets["html/ (extracted)"] = html_rows()
    print(
        f"{'file':<26} {'texts':>5} {'lines':>6} {'removed':>7} {'from':>5} {'chars out':>9} "
        f"{'% chars':>7} {'repairs':>7} {'headings':>8} {'sentence-like':>13} {'ms/text':>7}"
    )
    kinds: dict[str, Counter] = {}
    listing: list[str] = []
    results_by_set: dict[str, dict[str, Cleaned]] = {}
    for name, data in sets.items():
        results = {}
        counts: Counter = Counter()
        chars = total = lines = touched = repairs = headings = suspects = 0
        seconds = 0.0
        for row in data:
            key = str(row.get("id") or row.get("eval_id"))
            row["id"] = key
            started = time.perf_counter()
            result = clean(row["text"], row.get("title"))
            seconds += time.perf_counter() - started
            results[key] = result
            total += len(row["text"])
            lines += sum(1 for x in row["text"].split("\n") if x.strip())
            touched += bool(result.removed)
            repairs += result.repairs
            headings += result.heading is not None
            for piece in result.removed:
                counts[piece.kind] += 1
                chars += 0 if piece.kind in KEEPS_WORDS else len(piece.text)
                suspect = piece.kind not in KEEPS_WORDS and sentence_like(piece.text)
                suspects += suspect
                if opts.show in (piece.kind, "all") or (opts.show == "sentences" and suspect):
                    listing.append(f"{name} {key} [{piece.kind}] {piece.text[:300]!r}")
        kinds[name] = counts
        results_by_set[name] = results
        print(
            f"{name:<26} {len(data):>5} {lines:>6} {sum(counts.values()):>7} {touched:>5} "
            f"{chars:>9} {100 * chars / max(total, 1):>6.2f}% {repairs:>7} {headings:>8} "
            f"{suspects:>13} {1000 * seconds / max(len(data), 1):>7.1f}"
        )
    print("\nremoved, by kind (duplicates, title copies and headings keep their words):")
    for name, counts in kinds.items():
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print()
    gold_check(sets["facts_dev.jsonl"], results_by_set["facts_dev.jsonl"])
    html_check(sets["html/ (extracted)"], results_by_set["html/ (extracted)"])
    if listing:
        print()
        print("\n".join(listing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
