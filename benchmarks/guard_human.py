"""The faithfulness guard on human-written summaries: what it drops there, by reason.

Human summaries of ../shared/data/summaries_dev.jsonl (the tune half of the Gazeta rows,
benchmarks/guard_split.json, and the 100 RBC rows) often say what the (truncated) article text
does not, so name, number and unsupported drops are expected there; role, speaker, polarity,
hedge and repeated drops are mostly false ones, and each is printed to be read.

    python benchmarks/guard_human.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "summaries_dev.jsonl"
SPLIT = Path(__file__).resolve().parent / "guard_split.json"
sys.path.insert(0, str(ROOT))
READ = ("role", "speaker", "polarity", "hedge", "repeated", "scope", "actor")


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to measure")
        return 0
    from summarizer.clean import plain_text
    from summarizer.document import Document
    from summarizer.guard import FaithfulnessGuard
    from summarizer.guard.verify import summary_sentences
    from summarizer.nlp import load_nlp

    tune = set(json.loads(SPLIT.read_text(encoding="utf-8"))["tune"])
    nlp = load_nlp()
    reasons: Counter[str] = Counter()
    sentences = 0
    for line in DATA.open(encoding="utf-8"):
        row = json.loads(line)
        if row["source"].startswith("gazeta") and row["eval_id"] not in tune:
            continue
        guard = FaithfulnessGuard(Document(plain_text(row["text"]), nlp=nlp))
        for verdict in guard.check_all(summary_sentences(row["summary"])):
            sentences += 1
            for r in verdict.reasons:
                reasons[r.kind] += 1
                if r.kind in READ:
                    print(f"{row['eval_id']} {r}\n    {verdict.sentence[:200]}")
    print(
        f"{sentences} sentences; reasons: "
        + ", ".join(f"{k} {v}" for k, v in reasons.most_common())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
