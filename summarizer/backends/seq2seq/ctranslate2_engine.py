"""The fast engine: a CTranslate2 conversion of the model (int8 by default), no torch needed.

CTranslate2 takes and returns token strings; the conversion's vocabulary file maps them to the
tokenizer's ids one to one (the converter writes the tokenizer's vocabulary in id order and pads
it to the model's embedding size), so the engine speaks ids like the transformers one.

The converted model computes what transformers computes (log-probabilities equal to rounding,
benchmarks/engines_agree.py). Two differences in n-gram blocking (`no_repeat_ngram_size`):
- CTranslate2 blocks on the logits before the softmax, transformers after it. Greedy search is
  unaffected (the best allowed token is the same); beam scores differ by a renormalization and
  can rank beams differently when a blocked token held much of the probability (seen on random
  models, where every step is near a tie; the tests pin equality on a trained one).
- transformers counts the decoder's start token (<pad> for T5) in the n-grams, CTranslate2 does
  not: it matters only to a model that generates <pad>, which a trained one never does.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .engine import GenerationOptions, Ids, split_device

VOCABULARY_FILES = ("shared_vocabulary.json", "shared_vocabulary.txt", "target_vocabulary.json")


def read_vocabulary(path: Path) -> list[str]:
    for name in VOCABULARY_FILES:
        file = path / name
        if file.is_file():
            if file.suffix == ".json":
                return list(json.loads(file.read_text(encoding="utf-8")))
            return file.read_text(encoding="utf-8").splitlines()
    raise FileNotFoundError(f"no vocabulary file in {path} ({', '.join(VOCABULARY_FILES)})")


class CTranslate2Engine:
    name = "ctranslate2"

    def __init__(self, translator: Any, vocabulary: list[str]) -> None:
        self.translator = translator
        self.vocabulary = vocabulary
        self._ids = {token: i for i, token in enumerate(vocabulary)}
        self._unk = self._ids.get("<unk>", 2)

    @classmethod
    def load(
        cls, path: str | Path, device: str = "cpu", threads: int = 0, parallel: int = 1
    ) -> CTranslate2Engine:
        """`threads` per translation (0: CTranslate2's default); `parallel` translations at once."""
        import ctranslate2

        kind, index = split_device(device)
        translator = ctranslate2.Translator(
            str(path),
            device=kind,
            device_index=index,
            compute_type="default",  # as converted (int8 by default)
            inter_threads=parallel,
            intra_threads=threads,
        )
        return cls(translator, read_vocabulary(Path(path)))

    def generate(self, batch: Sequence[Sequence[int]], options: GenerationOptions) -> list[Ids]:
        size = len(self.vocabulary)
        source = [[self.vocabulary[i] if 0 <= i < size else "<unk>" for i in ids] for ids in batch]
        results = self.translator.translate_batch(
            source,
            beam_size=options.num_beams,
            no_repeat_ngram_size=options.no_repeat_ngram_size,
            max_decoding_length=options.max_new_tokens,
            min_decoding_length=options.min_new_tokens,
            max_input_length=0,  # the window was cut already; no second cut here
        )
        return [[self._ids.get(t, self._unk) for t in r.hypotheses[0]] for r in results]
