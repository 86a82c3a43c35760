"""Abstractive summaries with a seq2seq model (rut5 / mBART fine-tuned on Gazeta), on either engine.

Split the way transformers' pipelines are: preprocess (choose what fits the window, tokenize),
forward (generate), postprocess (decode, split). Only `forward` differs between the engines, so
the window, tokenizer, generation settings and the guard after it are one code path; the tests
load a tiny T5 through this very code, on both engines.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ...document import Document
from ...errors import ModelUnavailableError
from ...model_files import TOKENIZER_FILE, is_ct2_dir, local_ct2_dir, local_weights_dir
from ...settings import SummarizerSettings
from ...text import split_sentences
from ..base import Draft
from .batching import Batcher
from .engine import Engine, GenerationOptions, Ids
from .tokenizer import FastTokenizer, Tokenizer, TransformersTokenizer
from .window import Window, join_sentences, select_window, truncate_window

log = logging.getLogger(__name__)

Ranker = Callable[[Document], Sequence[float]]


def ctranslate2_installed() -> bool:
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return False
    return True


def resolve_engine(model: str | Path, settings: SummarizerSettings) -> tuple[str, str | Path]:
    """Which engine runs `model`, and from which folder (or hub id, for transformers).

    `auto` takes a CTranslate2 conversion when there is one (it is the faster engine), else
    the transformers weights.
    """
    model = str(model)
    q = settings.ct2_quantization
    if is_ct2_dir(Path(model).expanduser()):
        if settings.engine == "transformers":
            raise ModelUnavailableError(
                f"{model} is a CTranslate2 conversion: the transformers engine needs the original "
                "weights (SUMMARIZER_ENGINE=ctranslate2 or auto runs it)"
            )
        return "ctranslate2", Path(model).expanduser()
    if settings.engine != "transformers":
        converted = local_ct2_dir(model, settings.models_dir, q)
        if converted is not None and ctranslate2_installed():
            return "ctranslate2", converted
        if settings.engine == "ctranslate2":
            raise ModelUnavailableError(
                f"no CTranslate2 conversion of {model} ({q}) on disk: run "
                f"`python -m summarizer convert {model}`"
                + ("" if ctranslate2_installed() else " after `pip install ctranslate2`")
            )
    return "transformers", local_weights_dir(model, settings.models_dir) or model


def load_engine(
    kind: str, path: str | Path, settings: SummarizerSettings
) -> tuple[Engine, Tokenizer]:
    """The engine and its tokenizer; any failure is a `ModelUnavailableError` naming the folder."""
    window = settings.max_input_tokens
    try:
        if kind == "ctranslate2":
            from .ctranslate2_engine import CTranslate2Engine

            tokenizer_file = Path(path) / TOKENIZER_FILE
            if not tokenizer_file.is_file():
                raise FileNotFoundError(f"{TOKENIZER_FILE} is missing")
            tokenizer: Tokenizer = FastTokenizer(tokenizer_file, window)
            engine: Engine = CTranslate2Engine.load(
                path, settings.device, settings.threads, settings.ct2_parallel
            )
        else:
            from .transformers_engine import TransformersEngine

            tokenizer = TransformersTokenizer.load(path, window)
            engine = TransformersEngine.load(path, settings.device, settings.threads)
    except ImportError as exc:
        raise ModelUnavailableError(f"the {kind} engine is not installed: {exc}") from exc
    except Exception as exc:  # a missing, truncated or half-converted folder, a wrong format
        hint = (
            "convert it again: `python -m summarizer convert`"
            if kind == "ctranslate2"
            else "download it again: `python -m summarizer download`"
        )
        raise ModelUnavailableError(
            f"cannot load seq2seq model {path} ({kind}): {type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else ''}; {hint}"
        ) from exc
    return engine, tokenizer


class Seq2SeqBackend:
    name = "seq2seq"
    abstractive = True

    def __init__(
        self,
        model: str | Path,
        settings: SummarizerSettings | None = None,
        ranker: Ranker | None = None,
        engine: str | None = None,
    ) -> None:
        """`engine`: "transformers" or "ctranslate2"; None follows `settings.engine`."""
        self.settings = settings or SummarizerSettings()
        self.ranker = ranker
        kind, path = (engine, model) if engine else resolve_engine(model, self.settings)
        started = time.perf_counter()
        self.engine, self.tokenizer = load_engine(kind, path, self.settings)
        self.path = path
        self.options = GenerationOptions.from_settings(self.settings)
        batch = self.settings.batch_size
        self._batcher = Batcher(self.engine.generate, batch) if batch > 1 else None
        log.info(
            "seq2seq model loaded from %s in %.1f s (engine %s%s)",
            path,
            time.perf_counter() - started,
            self.engine.name,
            f", batches of up to {batch}" if batch > 1 else "",
        )

    @property
    def label(self) -> str:
        """What `Summary.backend` says: the backend and the engine that wrote the text."""
        return f"{self.name}/{self.engine.name}"

    # --- preprocess -------------------------------------------------------------------------
    def window(self, doc: Document) -> Window:
        sentences = doc.sentences
        budget = self.settings.max_input_tokens - 1  # room for </s>
        if not sentences:
            return Window((), doc.text, False)
        counts = self.tokenizer.count([s.text for s in sentences])
        if self.settings.input_selection == "truncate" or self.ranker is None:
            indices = truncate_window(counts, budget)
        else:
            indices = select_window(counts, budget, self.ranker(doc))
        return Window(indices, join_sentences(doc, indices), sum(counts) > budget)

    def preprocess(self, doc: Document) -> Ids:
        window = self.window(doc)
        if window.truncated:
            log.info(
                "article longer than %d tokens: %d of %d sentences go in (%s)",
                self.settings.max_input_tokens,
                len(window.indices),
                len(doc.sentences),
                self.settings.input_selection,
            )
        return self.tokenizer.encode(window.text)

    # --- forward ----------------------------------------------------------------------------
    def forward(self, input_ids: Sequence[int]) -> Ids:
        if self._batcher is not None:
            return self._batcher(input_ids, self.options)
        return self.engine.generate([input_ids], self.options)[0]

    # --- postprocess ------------------------------------------------------------------------
    def postprocess(self, output_ids: Sequence[int]) -> Draft:
        text = " ".join(self.tokenizer.decode(output_ids).split())
        return Draft(tuple(s.text for s in split_sentences(text)), self.label, abstractive=True)

    def summarize(self, doc: Document) -> Draft:
        return self.postprocess(self.forward(self.preprocess(doc)))
