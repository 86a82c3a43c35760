"""Does choosing the sentences that go into the seq2seq window beat plain truncation?

The model reads at most 600 tokens; an article longer than that loses the rest. This benchmark
measures how much of the human summary is still visible to the model (ROUGE-1/2 *recall* of the
reference against the model's input) when the window is filled by `select_window` (the opening,
then the sentences the extractive ranker finds central) versus by plain truncation (the
tokenizer's cut), side by side in one run.

The evaluation texts are cut to about 2,000 characters, which fits 600 tokens, so the window is
scaled down in proportion (20%, 33%, 50% of each article's tokens: a 4,000-10,000-character
article in a 600-token window). With a seq2seq model on disk (SUMMARIZER_MODEL), `--generate`
also summarizes through both windows and scores the summaries.

Result so far (benchmarks/RESULTS.md): truncation keeps more of the reference than selection at
every size on this data, so truncation is the default (`SUMMARIZER_INPUT_SELECTION`).

    python benchmarks/window.py [--shares 0.2 0.33 0.5] [--limit N] [--generate]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "summaries_dev.jsonl"
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--shares",
        type=float,
        nargs="+",
        default=[0.2, 0.33, 0.5],
        help="window sizes as a share of each article's tokens",
    )
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--generate", action="store_true", help="also run a local seq2seq model")
    parser.add_argument(
        "--window-tokens",
        type=int,
        default=200,
        help="with --generate: the model's window, scaled down like --share",
    )
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent (evaluation data is not part of the repository)")
        return 0

    import razdel
    from rouge import Rouge

    from summarizer.backends import ExtractiveBackend
    from summarizer.backends.seq2seq import select_window, truncate_window
    from summarizer.clean.stage import clean_text
    from summarizer.document import Document

    def tokens(text: str) -> str:
        return " ".join(t.text for t in razdel.tokenize(text)).lower() or "."

    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    if args.limit:
        rows = rows[: args.limit]
    ranker = ExtractiveBackend()
    rouge = Rouge()
    prepared = []
    for row in rows:
        doc = Document(clean_text(row["text"]))
        words = [[t.text for t in razdel.tokenize(s.text)] for s in doc.sentences]
        prepared.append((words, ranker.score_sentences(doc), tokens(row["summary"])))

    print(
        f"articles: {len(rows)}; ROUGE recall of the reference summary against the model's "
        "input: how much of what the summary says the model can see"
    )
    print("window  strategy   R1-recall  R2-recall  vs truncate (wins/ties/losses)")
    for share in args.shares:
        recall: dict[str, list[tuple[float, float]]] = {"truncate": [], "select": []}
        for words, scores, reference in prepared:
            counts = [len(w) for w in words]
            budget = max(1, int(sum(counts) * share))
            chosen = {
                "truncate": truncate_window(counts, budget),
                "select": select_window(counts, budget, scores),
            }
            for name, indices in chosen.items():
                # The tokenizer cuts whatever passes the budget, as it does in the backend.
                window = " ".join(w for i in indices for w in words[i]).split(" ")[:budget]
                s = rouge.get_scores(" ".join(window).lower() or ".", reference)[0]
                recall[name].append((s["rouge-1"]["r"], s["rouge-2"]["r"]))
        for name, values in recall.items():
            r1 = 100 * statistics.mean(v[0] for v in values)
            r2 = 100 * statistics.mean(v[1] for v in values)
            pairs = list(zip(values, recall["truncate"], strict=True))
            wins = sum(a[0] > b[0] for a, b in pairs)
            ties = sum(a[0] == b[0] for a, b in pairs)
            versus = "" if name == "truncate" else f"{wins}/{ties}/{len(pairs) - wins - ties}"
            print(f"{share:>5.0%}   {name:<9} {r1:10.2f} {r2:10.2f}  {versus}")
    if args.generate:
        return _generate(rows, args.window_tokens)
    return 0


def _generate(rows: list[dict], window_tokens: int) -> int:
    """Summaries through both windows with the model on disk, scored like the quality benchmark."""
    import razdel
    from rouge import Rouge

    from summarizer import Pipeline, SummarizerSettings
    from summarizer.backends import local_model_dir

    base = SummarizerSettings(backend="seq2seq")
    if local_model_dir(base.model, base.models_dir) is None:
        print(f"--generate skipped: no weights for {base.model} (python -m summarizer download)")
        return 0

    def tokens(text: str) -> str:
        return " ".join(t.text for t in razdel.tokenize(text)).lower() or "."

    for strategy in ("truncate", "select"):
        pipeline = Pipeline(
            base.model_copy(update={"input_selection": strategy, "max_input_tokens": window_tokens})
        )
        hyps = [tokens(pipeline(row["text"]).text) for row in rows]
        s = Rouge().get_scores(hyps, [tokens(r["summary"]) for r in rows], avg=True)
        print(
            f"generated ({strategy}): "
            + ", ".join(f"{m} {100 * s[m]['f']:.2f}" for m in ("rouge-1", "rouge-2", "rouge-l"))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
