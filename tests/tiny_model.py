"""A tiny seq2seq model built from scratch in a temp dir: a real T5 and a real sentencepiece
vocabulary, saved and loaded through the same code as rut5, in about a second.
"""

from __future__ import annotations

import io
import json
from pathlib import Path


def build_tiny_t5(target: Path, corpus: str, seed: int = 0) -> Path:
    import sentencepiece as spm
    import torch
    from transformers import AutoTokenizer, T5Config, T5ForConditionalGeneration

    target.mkdir(parents=True, exist_ok=True)
    lines = [line for line in corpus.splitlines() if line.strip()]
    model_bytes = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines * 3),
        model_writer=model_bytes,
        vocab_size=400,
        model_type="unigram",
        character_coverage=1.0,
        pad_id=0,
        eos_id=1,
        unk_id=2,
        bos_id=-1,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    spiece = target / "spiece.model"
    spiece.write_bytes(model_bytes.getvalue())
    # As rut5's repository has it: a sentencepiece model and a config, no tokenizer.json, so
    # loading goes through the same sentencepiece conversion as the real model.
    (target / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "T5Tokenizer",
                "extra_ids": 0,
                "model_max_length": 600,
                "eos_token": "</s>",
                "unk_token": "<unk>",
                "pad_token": "<pad>",
            }
        ),
        encoding="utf-8",
    )
    tokenizer = AutoTokenizer.from_pretrained(target)

    torch.manual_seed(seed)
    config = T5Config(
        vocab_size=len(tokenizer),
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=2,
        num_decoder_layers=2,
        num_heads=4,
        decoder_start_token_id=0,
        pad_token_id=0,
        eos_token_id=1,
    )
    T5ForConditionalGeneration(config).save_pretrained(target)
    return target
