"""natasha, loaded once per process: its models are read-only, so threads can share them.

natasha 1.6 imports pymorphy2, which looks its dictionary up through `pkg_resources` (gone from
current setuptools). Pointing `PYMORPHY2_DICT_PATH` at the installed dictionary skips that lookup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class NLP:
    segmenter: Any
    embedding: Any
    morph_tagger: Any
    ner_tagger: Any
    morph_vocab: Any
    syntax_parser: Any  # the figure bullets' clauses, for the few sentences that hold figures


def _point_pymorphy2_at_dictionary() -> None:
    if "PYMORPHY2_DICT_PATH" not in os.environ:
        import pymorphy2_dicts_ru

        os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()


@lru_cache(maxsize=1)
def load_nlp() -> NLP:
    """About 0.8 s the first time; the cache only avoids loading the same weights twice."""
    _point_pymorphy2_at_dictionary()
    from natasha import (
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    embedding = NewsEmbedding()
    morph_vocab = MorphVocab()
    return NLP(
        segmenter=Segmenter(),
        embedding=embedding,
        morph_tagger=NewsMorphTagger(embedding),
        ner_tagger=NewsNERTagger(embedding),
        morph_vocab=morph_vocab,
        syntax_parser=NewsSyntaxParser(embedding),
    )
