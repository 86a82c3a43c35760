"""Seq2seq latency on this machine, without downloading anything.

Builds a random-weight T5 of rut5_base_sum_gazeta's shape (244M parameters) and times generation
of a fixed number of tokens from a 600-token input, greedy and with the card's 5 beams, side by
side in one run. Random weights never stop early, so `--new-tokens` is exactly what is generated
(a real summary is about 60 tokens). With real weights on disk, pass `--model DIR` instead.

    python benchmarks/speed_seq2seq.py [--threads 2] [--repeats 3] [--new-tokens 60] [--model DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--new-tokens", type=int, default=60)
    parser.add_argument("--input-tokens", type=int, default=600)
    parser.add_argument("--model", help="a local model directory instead of random weights")
    args = parser.parse_args()

    import torch
    from transformers import AutoModelForSeq2SeqLM, T5Config, T5ForConditionalGeneration

    torch.set_num_threads(args.threads)
    t0 = time.perf_counter()
    if args.model:
        model = AutoModelForSeq2SeqLM.from_pretrained(args.model)
    else:
        config = T5Config(
            vocab_size=30000,
            d_model=768,
            d_kv=64,
            d_ff=2048,
            num_layers=12,
            num_decoder_layers=12,
            num_heads=12,
            feed_forward_proj="gated-gelu",
            tie_word_embeddings=False,
            decoder_start_token_id=0,
            pad_token_id=0,
            eos_token_id=1,
        )
        torch.manual_seed(0)
        model = T5ForConditionalGeneration(config)
    model.eval()
    print(
        f"model: {'random rut5-base shape' if not args.model else args.model}, "
        f"{sum(p.numel() for p in model.parameters()) / 1e6:.0f}M parameters, "
        f"built in {time.perf_counter() - t0:.1f} s; threads {args.threads}"
    )
    inputs = torch.randint(5, 30000, (1, args.input_tokens))
    print(
        f"input {args.input_tokens} tokens, {args.new_tokens} new tokens, {args.repeats} runs each"
    )
    for beams in (1, 5):
        times = []
        for _ in range(args.repeats + 1):  # the first run warms up
            start = time.perf_counter()
            with torch.inference_mode():
                model.generate(
                    input_ids=inputs,
                    num_beams=beams,
                    no_repeat_ngram_size=4,
                    min_new_tokens=args.new_tokens,
                    max_new_tokens=args.new_tokens,
                )
            times.append(time.perf_counter() - start)
        print(
            f"num_beams={beams}: median {statistics.median(times[1:]):.2f} s "
            f"(runs: {', '.join(f'{t:.2f}' for t in times[1:])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
