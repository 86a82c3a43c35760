"""Do the two engines compute the same model at rut5-base's full shape, on real articles?

The tests check this on a tiny T5 (32 dimensions, 64-token windows). Here: the random-weight
model of rut5-base's shape from speed_seq2seq.py (built there, cached in benchmarks/out/),
converted to CTranslate2 float32 and int8, and a seeded sample of
../shared/data/articles_politics.jsonl in full 600-token windows, through the product's backend
(window, tokenizer) and engines. Per article:

- log-probabilities: transformers' greedy continuation (60 tokens) scored by every engine; the
  largest difference per token (float32 should agree to rounding; int8 shows its error);
- greedy tokens without n-gram blocking: transformers fp32 against CTranslate2 float32;
- greedy tokens with the card's n-gram blocking. A random model generates <pad> (the decoder's
  start token) first, and transformers counts the start token in the n-grams it blocks while
  CTranslate2 does not; a trained model never generates <pad>, so the last check suppresses
  <pad> in both engines.

    python benchmarks/engines_agree.py [--seed 4242] [--n 10] [--threads 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, default=4242)
    p.add_argument("--n", type=int, default=10)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--new-tokens", type=int, default=60)
    args = p.parse_args()

    import torch
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
    if POLITICS.exists():
        texts = [r["text"] for r in draw(args.seed, args.n)]
    else:
        texts = [(ROOT / "tests" / "seed_article.txt").read_text(encoding="utf-8")]
    plain = GenerationOptions(1, 0, args.new_tokens, args.new_tokens)
    blocked = GenerationOptions(1, 4, args.new_tokens, args.new_tokens)
    vocabulary = fast32.engine.vocabulary
    same_plain = same_blocked = same_no_pad = 0
    worst32: list[float] = []
    worst8: list[float] = []
    for i, text in enumerate(texts):
        ids = reference.preprocess(Document(text))
        assert fast32.preprocess(Document(text)) == ids  # one tokenizer for both
        want = reference.engine.generate([ids], plain)[0]
        source = [vocabulary[t] for t in ids]
        target = [vocabulary[t] for t in want]
        with torch.inference_mode():
            logits = reference.engine.model(
                input_ids=torch.tensor([ids]), decoder_input_ids=torch.tensor([[0, *want[:-1]]])
            ).logits[0]
        expected = torch.log_softmax(logits, -1)[range(len(want)), want].tolist()
        diffs = []
        for fast in (fast32, fast8):
            scored = fast.engine.translator.score_batch([source], [target])[0].log_probs
            diffs.append(
                max(abs(a - b) for a, b in zip(expected, scored[: len(want)], strict=True))
            )
        worst32.append(diffs[0])
        worst8.append(diffs[1])
        equal_plain = fast32.engine.generate([ids], plain)[0] == want
        equal_blocked = (
            fast32.engine.generate([ids], blocked)[0]
            == reference.engine.generate([ids], blocked)[0]
        )
        same_plain += equal_plain
        same_blocked += equal_blocked
        # The same, with <pad> suppressed in both: what a trained model (never <pad>) sees.
        with torch.inference_mode():
            hf = reference.engine.model.generate(
                input_ids=torch.tensor([ids]),
                num_beams=1,
                no_repeat_ngram_size=4,
                max_new_tokens=args.new_tokens,
                min_new_tokens=args.new_tokens,
                suppress_tokens=[0],
            )[0].tolist()[1:]
        ct = fast32.engine.translator.translate_batch(
            [source],
            beam_size=1,
            no_repeat_ngram_size=4,
            max_decoding_length=args.new_tokens,
            min_decoding_length=args.new_tokens,
            max_input_length=0,
            suppress_sequences=[["<pad>"]],
        )[0].hypotheses[0]
        equal_no_pad = [vocabulary[t] for t in hf] == ct
        same_no_pad += equal_no_pad
        print(
            f"article {i + 1:>2}: {len(ids)} tokens in; log-prob difference float32 "
            f"{diffs[0]:.1e}, int8 {diffs[1]:.2f}; greedy tokens "
            f"{'identical' if equal_plain else 'DIFFER'}, with n-gram blocking "
            f"{'identical' if equal_blocked else 'differ'}, and <pad> suppressed "
            f"{'identical' if equal_no_pad else 'DIFFER'}"
        )
    print(
        f"\nseed {args.seed}, {len(texts)} articles, {args.new_tokens} tokens: largest log-prob "
        f"difference from transformers fp32: CTranslate2 float32 {max(worst32):.1e}, int8 "
        f"{max(worst8):.2f} (median {statistics.median(worst8):.2f}); greedy tokens identical "
        f"(float32) {same_plain} of {len(texts)}; with n-gram blocking {same_blocked} of "
        f"{len(texts)}, and with <pad> suppressed too {same_no_pad} of {len(texts)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
