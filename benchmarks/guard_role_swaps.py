"""Synthetic role errors for the faithfulness guard's role check, away from the judged dev set.

For articles of ../shared/data/articles_politics.jsonl (shuffled with a seed), the rule layer's
people with a title and a full name, both in the nominative, are written into a sentence
"<title> <name> прокомментировал ситуацию." twice: with their own title (must pass) and with
another person's title of another office (must be caught: one person's title given to another,
the commonest role error of seq2seq summaries).

    python benchmarks/guard_role_swaps.py [SEED] [ARTICLES]     # default 2 200
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "articles_politics.jsonl"
sys.path.insert(0, str(ROOT))


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to measure")
        return 0
    from summarizer.clean import plain_text
    from summarizer.document import Document
    from summarizer.guard.claim import Claim
    from summarizer.guard.roles import check_roles, title_of_phrase
    from summarizer.guard.source import SourceIndex
    from summarizer.nlp import load_nlp

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    nlp = load_nlp()

    def nominative(phrase: str) -> bool:
        ws = [w for w in phrase.replace(",", " ").split() if w[:1].isalpha()]
        return bool(ws) and all(
            "nomn" in nlp.morph_vocab.parse(w.lower())[0].tag for w in (ws[0], ws[-1])
        )

    def sentence(title: str, name: str) -> Claim:
        return Claim(
            f"{title[:1].upper()}{title[1:]} {name} прокомментировал ситуацию.", nlp.morph_vocab
        )

    lines = DATA.read_text(encoding="utf-8").splitlines()
    random.Random(seed).shuffle(lines)
    own, swapped = [0, 0], [0, 0]
    for line in lines[:n]:
        source = SourceIndex(Document(plain_text(json.loads(line)["text"]), nlp=nlp))
        cast = []
        for p in source.people.people:
            names = [x for x in p.names if len(x.split()) >= 2 and nominative(x)]
            titles = [x for x in p.roles if nominative(x) and "," not in x]
            if p.kind == "person" and names and titles:
                cast.append((max(names, key=len), titles[0], p.roles))
        for name, title, all_titles in cast:
            own[0] += not check_roles(sentence(title, name), source)
            own[1] += 1
            mine = [t for t in map(title_of_phrase, all_titles) if t is not None]
            for other_name, other_title, _ in cast:
                t = title_of_phrase(other_title)
                if other_name == name or t is None:
                    continue
                if any(m.offices() & t.offices() or m.head == t.head for m in mine):
                    continue  # the same office: not surely an error
                swapped[0] += bool(check_roles(sentence(other_title, name), source))
                swapped[1] += 1
    print(f"seed {seed}, {n} articles:")
    print(f"  own title kept:        {own[0]}/{own[1]}")
    print(f"  another's title caught: {swapped[0]}/{swapped[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
