"""Do the two engines generate the same tokens at rut5-base's full shape, on real articles?

The tests check this on a tiny T5 (32 dimensions, 64-token windows). Here: the random-weight
model of rut5-base's shape from speed_seq2seq.py (built there, cached in benchmarks/out/),
converted to CTranslate2 float32, and the articles of a seeded sample of
../shared/data/articles_politics.jsonl in full 600-token windows, through the product's
backend (window, tokenizer) and engines. Greedy with the card's n-gram blocking, 60 tokens:
transformers fp32 against CTranslate2 float32 (should be identical), and int8 against float32
(quantization changes a random model's near-ties; the share of tokens kept is printed).

    python benchmarks/engines_agree.py [--seed 4242] [--n 12] [--threads 2]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, default=4242)
    p.add_argument("--n", type=int, default=12)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--new-tokens", type=int, default=60)
    args = p.parse_args()

    from sample import POLITICS, draw
    from speed_seq2seq import OUT, converted, random_rut5_shape

    from summarizer import SummarizerSettings
    from summarizer.backends.seq2seq import GenerationOptions, Seq2SeqBackend
    from summarizer.convert import convert_model
    from summarizer.document import Document

    weights = random_rut5_shape()
    int8 = converted(weights)
    float32 = OUT / f"{weights.name}-ct2-float32"
    if not (float32 / "model.bin").is_file():
        convert_model(weights, float32, "float32")

    def backend(model: Path, engine: str) -> Seq2SeqBackend:
        settings = SummarizerSettings(
            _env_file=None, model=str(model), threads=args.threads, auto_download=False
        )
        return Seq2SeqBackend(model, settings, engine=engine)

    reference = backend(weights, "transformers")
    fast32, fast8 = backend(float32, "ctranslate2"), backend(int8, "ctranslate2")
    options = GenerationOptions(1, 4, args.new_tokens, args.new_tokens)
    if POLITICS.exists():
        texts = [r["text"] for r in draw(args.seed, args.n)]
    else:
        texts = [(ROOT / "tests" / "seed_article.txt").read_text(encoding="utf-8")]
    same32 = kept8 = total = 0
    for i, text in enumerate(texts):
        ids = reference.preprocess(Document(text))
        assert fast32.preprocess(Document(text)) == ids  # one tokenizer for both
        want = reference.engine.generate([ids], options)[0]
        got32 = fast32.engine.generate([ids], options)[0]
        got8 = fast8.engine.generate([ids], options)[0]
        first = next((k for k, (a, b) in enumerate(zip(want, got32, strict=True)) if a != b), None)
        same32 += got32 == want
        prefix8 = next(
            (k for k, (a, b) in enumerate(zip(got32, got8, strict=True)) if a != b), None
        )
        kept8 += len(got8) if prefix8 is None else prefix8
        total += len(got32)
        print(
            f"article {i + 1:>2}: {len(ids)} tokens in; float32 "
            + ("identical" if first is None else f"differs from token {first}")
            + f"; int8 keeps the first {len(got8) if prefix8 is None else prefix8} tokens"
        )
    print(
        f"\ntransformers fp32 vs CTranslate2 float32, greedy, {args.new_tokens} tokens: "
        f"{same32} of {len(texts)} identical (seed {args.seed}); int8 follows float32 for "
        f"{kept8 / total:.0%} of the tokens before its first difference, on average"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
