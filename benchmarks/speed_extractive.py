"""Speed of the extractive backend: start-up, per-article latency, and a megabyte of text.

    python benchmarks/speed_extractive.py [--articles N]

- start-up: a fresh interpreter imports the backend and summarizes one article (wall time of
  the whole child process, and the in-process import + first summary), then makes a title-less
  headline (natasha's first load, shared with the rule layer, is counted there).
- latency: p50/p90 of `ExtractiveBackend.summarize` on a fresh `Document` (sentence splitting
  included) for 2,000-character slices of ../shared/data/articles_politics.jsonl, after a
  warm-up; the seed article (tests/seed_article.txt) stands in when the shared data is absent.
- long input: one 1 MB text straight into the backend (no 50,000-character cut of the pipeline),
  and the pipeline's 50,000-character cut of it.
Targets (issue): p50 <= 50 ms per 2,000 characters, start-up <= 2 s, 1 MB in seconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import Pipeline, SummarizerSettings  # noqa: E402
from summarizer.backends.extractive import ExtractiveBackend  # noqa: E402
from summarizer.clean.stage import clean_text  # noqa: E402
from summarizer.document import Document  # noqa: E402
from summarizer.errors import SummarizerError  # noqa: E402
from summarizer.headline import make_headline  # noqa: E402
from summarizer.text import cut_at_sentence  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "data" / "articles_politics.jsonl"
SEED = ROOT / "tests" / "seed_article.txt"
SLICE = 2000

_STARTUP = """
import time
t0 = time.perf_counter()
from summarizer.backends.extractive import ExtractiveBackend
from summarizer.document import Document
t1 = time.perf_counter()
doc = Document(open({seed!r}, encoding="utf-8").read())
draft = ExtractiveBackend().summarize(doc)
t2 = time.perf_counter()
from summarizer.headline import make_headline
make_headline(doc, draft.sentences)
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def texts(limit: int) -> tuple[list[str], str]:
    if ARTICLES.is_file():
        rows = [
            json.loads(line)
            for line in ARTICLES.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        long = [clean_text(r["text"]) for r in rows]
        slices = [cut_at_sentence(t, SLICE) for t in long if len(t) >= SLICE]
        return slices[:limit], f"{ARTICLES.name}, articles of {SLICE}+ chars cut to {SLICE}"
    return [clean_text(SEED.read_text(encoding="utf-8"))] * 50, "seed article (shared data absent)"


def startup() -> tuple[float, float, float, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _STARTUP.format(seed=str(SEED))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    imported, first, headline = (float(x) for x in done.stdout.split())
    return wall, imported, first, headline


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=700)
    opts = parser.parse_args(argv)

    wall, imported, first, headline = startup()
    print(
        f"start-up: {wall:.2f} s child process wall (import {imported:.2f} s + first summary "
        f"{first * 1000:.0f} ms in process; then a first title-less headline {headline:.2f} s, "
        f"which loads natasha for the whole pipeline)"
    )

    backend = ExtractiveBackend()
    sample, where = texts(opts.articles)
    for text in sample[:10]:
        doc = Document(text)
        make_headline(doc, backend.summarize(doc).sentences)  # warm-up, natasha loaded
    times, chars = [], []
    for text in sample:
        started = time.perf_counter()
        backend.summarize(Document(text))
        times.append((time.perf_counter() - started) * 1000)
        chars.append(len(text))
    print(
        f"latency over {len(times)} texts ({where}, mean {statistics.mean(chars):.0f} chars): "
        f"p50 {percentile(times, 0.5):.1f} ms, p90 {percentile(times, 0.9):.1f} ms, "
        f"max {max(times):.1f} ms"
    )

    with_headline = []
    for text in sample:
        started = time.perf_counter()
        doc = Document(text)
        make_headline(doc, backend.summarize(doc).sentences)
        with_headline.append((time.perf_counter() - started) * 1000)
    print(
        f"summary + title-less headline: p50 {percentile(with_headline, 0.5):.1f} ms, "
        f"p90 {percentile(with_headline, 0.9):.1f} ms"
    )

    pipeline = Pipeline(SummarizerSettings(_env_file=None, backend="extractive"))
    whole, cpu = [], []
    for text in sample:
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            pipeline(text)
        except SummarizerError:
            continue  # a slice the pipeline refuses (not Russian, too short) is not a latency
        whole.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    # CPU time is what a loaded machine does not inflate much: the number to compare across runs.
    print(
        f"whole pipeline (summary, headline, figures, speakers; natasha tagging included): "
        f"p50 {percentile(whole, 0.5):.1f} ms, p90 {percentile(whole, 0.9):.1f} ms "
        f"over {len(whole)} texts; CPU time p50 {percentile(cpu, 0.5):.1f} ms, "
        f"mean {statistics.fmean(cpu) if cpu else 0.0:.1f} ms"
    )

    big = " ".join(sample) if sample else ""
    while len(big) < 1_000_000:
        big += "\n" + big
    big = big[:1_000_000]
    for label, text in (
        ("1 MB straight into the backend", big),
        ("1 MB cut to 50,000 chars (the pipeline's cut)", cut_at_sentence(big, 50_000)),
    ):
        started = time.perf_counter()
        doc = Document(text)
        n = len(doc.sentences)
        split = time.perf_counter() - started
        draft = backend.summarize(doc)
        total = time.perf_counter() - started
        print(
            f"{label}: {total:.2f} s ({n} sentences; splitting {split:.2f} s, "
            f"ranking {total - split:.2f} s), {len(draft.sentences)} sentences out"
        )
    started = time.perf_counter()
    pipeline(big)
    print(f"1 MB through the whole pipeline: {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
