"""The seq2seq backend: one backend, two engines (transformers, CTranslate2) behind it.

backend.py              preprocess / forward / postprocess, engine choice and loading
window.py               what of the article fits the model's window
tokenizer.py            text <-> ids, the same for both engines
engine.py               the engine interface and the generation settings
transformers_engine.py  the reference engine (torch)
ctranslate2_engine.py   the fast engine (a converted model, int8 by default)
batching.py             requests waiting for the engine go in as one batch
"""

from __future__ import annotations

from .backend import Seq2SeqBackend, load_engine, resolve_engine
from .engine import GenerationOptions
from .window import Window, select_window, truncate_window

__all__ = [
    "GenerationOptions",
    "Seq2SeqBackend",
    "Window",
    "load_engine",
    "resolve_engine",
    "select_window",
    "truncate_window",
]
