"""What the seq2seq path saves by reading the article's speakers once: the guard's cast gives the
reply its speakers (summarizer/pipeline.py), where before the guard read them and
`extract_facts` read them again.

    python benchmarks/guard_cast.py [--n 200]

Over the judged seq2seq summaries of ../shared/data/seq2seq_outputs_dev.jsonl (each article's
generated sentences as the draft), the two ways are run side by side in one process on the same
analysed article, alternating which goes first; CPU time of this process (single-threaded work)
and wall clock. The replies' speakers and the guard's verdicts are checked to be the same.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "seq2seq_outputs_dev.jsonl"
sys.path.insert(0, str(ROOT))  # this checkout's summarizer, not an installed one


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to measure")
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    from summarizer.document import Document
    from summarizer.facts import Facts, extract_facts, extract_figures
    from summarizer.facts.speakers import article_cast
    from summarizer.guard import FaithfulnessGuard
    from summarizer.nlp import load_nlp

    def twice(doc: Document, sentences: list[str]) -> tuple[tuple, Facts]:
        """Before: the guard reads the speakers, then extract_facts reads them again."""
        kept, dropped = FaithfulnessGuard(doc).filter(sentences)
        return dropped, extract_facts(doc, None, kept)

    def once(doc: Document, sentences: list[str]) -> tuple[tuple, Facts]:
        """Now (pipeline.postprocess): one cast for the guard and the reply."""
        cast = article_cast(doc)
        kept, dropped = FaithfulnessGuard(doc, cast).filter(sentences)
        return dropped, Facts(extract_figures(doc, title=None, summary=kept), cast.speakers)

    nlp = load_nlp()
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()][: args.n]
    cpu: dict[str, list[float]] = {"twice": [], "once": []}
    wall: dict[str, list[float]] = {"twice": [], "once": []}
    for i, r in enumerate(rows):
        sentences = [s["sentence"] for s in r["sentences"]]
        doc = Document(r["text"], nlp=nlp)
        doc.natasha  # noqa: B018 - the shared analysis, made once per article in the pipeline
        ways = [("twice", twice), ("once", once)]
        results = {}
        for name, way in ways if i % 2 == 0 else ways[::-1]:
            t0, c0 = time.perf_counter(), time.process_time()
            results[name] = way(doc, sentences)
            wall[name].append((time.perf_counter() - t0) * 1000)
            cpu[name].append((time.process_time() - c0) * 1000)
        if results["twice"] != results["once"]:
            raise SystemExit(f"{r['eval_id']}: the two ways differ")
    print(f"guard + figures + speakers per summary, {len(rows)} articles, same output both ways:")
    for name in ("twice", "once"):
        print(
            f"  speakers read {name}: CPU mean {statistics.mean(cpu[name]):.1f} ms, "
            f"median {statistics.median(cpu[name]):.1f} ms; "
            f"wall mean {statistics.mean(wall[name]):.1f} ms"
        )
    saved = [a - b for a, b in zip(cpu["twice"], cpu["once"], strict=True)]
    print(
        f"  CPU saved per summary: mean {statistics.mean(saved):.1f} ms, "
        f"median {statistics.median(saved):.1f} ms "
        f"({statistics.mean(saved) / statistics.mean(cpu['twice']):.0%} of before)"
    )
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
