"""Seq2seq models built from scratch in a temp dir: a real T5 and a real sentencepiece vocabulary,
saved and loaded through the same code as rut5.

`build_tiny_t5`: a 2-layer T5 for the tests, in about a second. `build_random_t5` with
`RUT5_BASE_SHAPE`: random weights of rut5-base's shape, for the speed benchmark (the hub is not
reachable here; speed does not depend on what the weights say).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

# What a briefly trained tiny model says about the seed article: one faithful sentence, and one
# with a figure the article does not have (the guard's to catch).
TRAINED_TARGET = "Токаев оценил переговоры. Инвестиции составят 45 млрд долларов."

# IlyaGusev/rut5_base_sum_gazeta: T5 v1.0 (relu), 12+12 layers, tied embeddings.
RUT5_BASE_SHAPE: dict[str, Any] = dict(
    vocab_size=32128,
    d_model=768,
    d_kv=64,
    d_ff=3072,
    num_layers=12,
    num_decoder_layers=12,
    num_heads=12,
    feed_forward_proj="relu",
    tie_word_embeddings=True,
)


def build_tokenizer(target: Path, corpus: str, vocab_size: int = 400) -> Any:
    """A sentencepiece unigram vocabulary trained on `corpus`, saved as rut5's repository has
    it (spiece.model and a config, no tokenizer.json), so loading goes through the same
    sentencepiece conversion as the real model. Returns the loaded AutoTokenizer."""
    import sentencepiece as spm
    from transformers import AutoTokenizer

    target.mkdir(parents=True, exist_ok=True)
    lines = [line for line in corpus.splitlines() if line.strip()]
    model_bytes = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines * 3),
        model_writer=model_bytes,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        pad_id=0,
        eos_id=1,
        unk_id=2,
        bos_id=-1,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    (target / "spiece.model").write_bytes(model_bytes.getvalue())
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
    return AutoTokenizer.from_pretrained(target)


def build_random_t5(target: Path, corpus: str, seed: int = 0, **shape: Any) -> Path:
    """A random-weight T5 of `shape` (T5Config arguments) with a tokenizer trained on `corpus`.
    The model's vocabulary may be larger than the tokenizer's, as rut5's is."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration

    tokenizer = build_tokenizer(target, corpus)
    shape = {"vocab_size": len(tokenizer), **shape}
    torch.manual_seed(seed)
    config = T5Config(**shape, decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
    T5ForConditionalGeneration(config).save_pretrained(target)
    return target


def build_tiny_t5(target: Path, corpus: str, seed: int = 0) -> Path:
    return build_random_t5(
        target,
        corpus,
        seed,
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=2,
        num_decoder_layers=2,
        num_heads=4,
    )


def train_tiny_model(backend: Any, text: str, target: str, steps: int = 150) -> None:
    """Teach a transformers-engine backend to answer `text` (its window of it) with `target`,
    until the loss is near zero, so its output no longer depends on chance."""
    import torch

    from summarizer.document import Document

    model = backend.engine.model
    input_ids = torch.tensor([backend.preprocess(Document(text))])
    labels = torch.tensor([backend.tokenizer.encode(target)])
    torch.manual_seed(0)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        loss = model(input_ids=input_ids, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if loss.item() < 0.02:
            break
    model.eval()
