"""Link-path extraction quality over saved real pages: expected text found, boilerplate leaked.

    python benchmarks/extraction.py [--data DIR] [--compare] [--verbose]

Reads ../shared/data/html (25 real pages + 2 synthetic windows-1251 variants, index.jsonl) and
runs `summarizer.fetch.extract.extract_article` over the saved bytes: no network. Each page is
fed the way a server would send it: `Content-Type: text/html` with the charset header the
index says (none for the originals). Exits 0 with a note when the data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.fetch.charset import declared_charset, decode_body
from summarizer.fetch.errors import NoTextFoundError
from summarizer.fetch.extract import ExtractOptions, extract_article

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "html"
_SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_HEADER_CHARSET = re.compile(r"charset=([\w-]+)", re.I)


@dataclass(frozen=True)
class Page:
    id: str
    path: Path
    charset: str | None
    url: str | None
    expected: tuple[str, ...]
    boilerplate: tuple[str, ...]
    container: str | None  # "div.article__body[itemprop=articleBody]": the body's element


@dataclass(frozen=True)
class Score:
    expected_found: int
    expected_total: int
    boilerplate_leaked: int
    boilerplate_total: int
    pages_all_expected: int
    pages_clean: int
    token_precision: float  # output words that are in the body container, micro-averaged
    token_recall: float  # body-container words that are in the output
    pages: int
    errors: int
    median_ms: float
    max_ms: float


def _norm(text: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", text).replace("\u00a0", " ")).strip()


def load_pages(data: Path) -> list[Page]:
    pages = []
    for index, folder in (
        (data / "index.jsonl", data),
        (data / "derived_cp1251" / "index_derived.jsonl", data / "derived_cp1251"),
    ):
        if not index.exists():
            continue
        for line in index.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            charset = None
            header = row.get("serve_with_header") or ""
            # The cp1251 variant without <meta> is readable only with the header's charset.
            if "nometa" in row["id"]:
                found = _HEADER_CHARSET.search(header)
                charset = found.group(1) if found else None
            # football.ua's reader comments are boilerplate too: they must not reach a summary.
            boilerplate = row["boilerplate_snippets"] + row.get("comments_not_body_snippets", [])
            container = (row.get("verification") or {}).get("article_container")
            pages.append(
                Page(
                    row["id"],
                    folder / row["file"],
                    charset,
                    row.get("url"),
                    tuple(row["expected_snippets"]),
                    tuple(boilerplate),
                    container.split(" < ")[0] if container else None,
                )
            )
    return pages


Extractor = Callable[[bytes, Page], str]


def shipped(options: ExtractOptions) -> Extractor:
    """Our path: header charset, browser-order decoding, trafilatura, post-filters."""

    def extract(body: bytes, page: Page) -> str:
        return extract_article(
            body,
            url=page.url or f"https://example.org/{page.id}",
            charset=page.charset,
            options=options,
        ).text

    return extract


def raw_trafilatura(body: bytes, page: Page) -> str:
    """Baseline: trafilatura given the bytes alone (it never sees the HTTP charset header)."""
    return (
        trafilatura.extract(body, url=page.url, include_comments=False, favor_precision=True) or ""
    )


def cp1251_fallback(body: bytes, page: Page) -> str:
    """Contrast: a fetcher that reads undeclared Russian pages as windows-1251."""
    charset = page.charset or declared_charset(body) or "cp1251"
    return (
        trafilatura.extract(
            body.decode(charset, errors="replace"),
            url=page.url,
            include_comments=False,
            favor_precision=True,
        )
        or ""
    )


_WORD = re.compile(r"\w+")
_SELECTOR = re.compile(r"^(?P<tag>[\w-]*)(?P<rest>.*)$")
_PART = re.compile(r"\.([\w-]+)|#([\w-]+)|\[([\w:-]+)=([^\]]+)\]")


def container_text(page: Page) -> str | None:
    """Visible text of the element the index names as the article body (first match)."""
    if not page.container:
        return None
    found = _SELECTOR.match(page.container)
    conditions = []
    for cls, ident, attr, value in _PART.findall(found["rest"]):
        if cls:
            conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')")
        elif ident:
            conditions.append(f"@id='{ident}'")
        else:
            conditions.append(f"@{attr}='{value}'")
    xpath = f"//{found['tag'] or '*'}" + "".join(f"[{c}]" for c in conditions)
    html = decode_body(page.path.read_bytes(), page.charset)
    tree = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    elements = tree.xpath(xpath)
    if not elements:
        return None
    for junk in elements[0].xpath(".//script|.//style|.//noscript|.//template"):
        junk.drop_tree()
    return elements[0].text_content()


def _bag(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def run(
    pages: list[Page],
    extractor: Extractor,
    verbose: bool = False,
    containers: dict[str, Counter[str]] | None = None,
) -> Score:
    found = leaked = all_expected = clean = errors = 0
    overlap = out_words = body_words = 0
    times = []
    for page in pages:
        body = page.path.read_bytes()
        start = time.perf_counter()
        try:
            text = _norm(extractor(body, page))
        except NoTextFoundError:
            text = ""
        errors += not text
        times.append((time.perf_counter() - start) * 1000)
        hits = [s for s in page.expected if _norm(s) in text]
        leaks = [s for s in page.boilerplate if _norm(s) in text]
        found += len(hits)
        leaked += len(leaks)
        body = (containers or {}).get(page.id)
        if body:
            out = _bag(text)
            overlap += sum((out & body).values())
            out_words += sum(out.values())
            body_words += sum(body.values())
        all_expected += len(hits) == len(page.expected)
        clean += not leaks
        if verbose and (len(hits) < len(page.expected) or leaks):
            missing = [s[:60] for s in page.expected if s not in hits]
            print(f"  {page.id}: missing {missing} leaked {[s[:60] for s in leaks]}")
    return Score(
        found,
        sum(len(p.expected) for p in pages),
        leaked,
        sum(len(p.boilerplate) for p in pages),
        all_expected,
        clean,
        overlap / out_words if out_words else 0.0,
        overlap / body_words if body_words else 0.0,
        len(pages),
        errors,
        statistics.median(times),
        max(times),
    )


def _row(name: str, s: Score) -> str:
    return (
        f"| {name} | {s.expected_found}/{s.expected_total} | {s.pages_all_expected}/{s.pages} "
        f"| {s.boilerplate_leaked}/{s.boilerplate_total} | {s.pages_clean}/{s.pages} "
        f"| {s.token_precision:.3f} / {s.token_recall:.3f} "
        f"| {s.errors} | {s.median_ms:.0f} / {s.max_ms:.0f} |"
    )


_BARE = {"drop_promo_lines": False, "recover_lead": False}
CONFIGS: dict[str, Extractor] = {
    "undeclared pages read as cp1251 (contrast)": cp1251_fallback,
    "trafilatura.extract(bytes, favor_precision) alone": raw_trafilatura,
    "our decoding, trafilatura defaults": shipped(ExtractOptions(favor_precision=False, **_BARE)),
    "our decoding, favor_recall": shipped(
        ExtractOptions(favor_precision=False, favor_recall=True, **_BARE)
    ),
    "our decoding, favor_precision": shipped(ExtractOptions(**_BARE)),
    "+ promo-line filter": shipped(ExtractOptions(recover_lead=False)),
    "+ promo-line filter + lead recovery (shipped)": shipped(ExtractOptions()),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--compare", action="store_true", help="score every option set")
    parser.add_argument("--verbose", action="store_true", help="list misses and leaks")
    args = parser.parse_args()
    if not (args.data / "index.jsonl").exists():
        print(f"skipped: no saved pages at {args.data}")
        return 0
    pages = load_pages(args.data)
    print(f"{len(pages)} pages from {args.data}\n")
    containers = {p.id: _bag(t) for p in pages if (t := container_text(p))}
    print(f"body container found for {len(containers)}/{len(pages)} pages\n")
    print(
        "| options | expected snippets found | pages with all expected | boilerplate leaked "
        "| pages with no leak | word P / R vs body container | no text | ms median / max |"
    )
    print("|---|---|---|---|---|---|---|---|")
    configs = CONFIGS if args.compare else {"shipped": shipped(ExtractOptions())}
    for name, extractor in configs.items():
        run(pages, extractor)  # warm-up pass: trafilatura loads some parts lazily (up to 2 s)
        if args.verbose:
            print(f"{name}:")
        print(_row(name, run(pages, extractor, args.verbose, containers)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
