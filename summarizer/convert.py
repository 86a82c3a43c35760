"""transformers weights -> a CTranslate2 model, the engine that makes seq2seq fast enough for chat.

On two cores CTranslate2 int8 generates 3-5x faster than transformers fp32, loads in a fraction
of the time and needs a quarter of the memory (benchmarks/speed_seq2seq.py). The conversion
carries the tokenizer as one `tokenizer.json`, so serving it needs neither torch nor transformers;
it is written to a `.partial` folder and renamed into place last, so a crash mid-way never
leaves a folder that looks finished.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from pathlib import Path

from .errors import ModelUnavailableError
from .model_files import CT2_MARKER, TOKENIZER_FILE, is_weights_dir, partial_dir

log = logging.getLogger(__name__)

QUANTIZATIONS = (
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)


def convert_model(source: Path, target: Path, quantization: str = "int8") -> Path:
    """Convert the transformers model in `source` into `target`; returns `target`.

    An existing conversion at `target` is replaced only once the new one is complete.
    """
    if quantization not in QUANTIZATIONS:
        raise ModelUnavailableError(
            f"unknown quantization {quantization!r}: one of {', '.join(QUANTIZATIONS)}"
        )
    if not is_weights_dir(source):
        raise ModelUnavailableError(
            f"cannot convert {source}: no transformers model there (config.json and weights); "
            "`python -m summarizer download` fetches one"
        )
    try:
        import ctranslate2
        from ctranslate2.converters import TransformersConverter
        from transformers import AutoTokenizer
    except ImportError as exc:
        raise ModelUnavailableError(
            f"converting needs ctranslate2 and transformers: {exc}"
        ) from exc

    started = time.monotonic()
    staging = partial_dir(target)
    shutil.rmtree(staging, ignore_errors=True)  # what a crashed conversion left behind
    staging.parent.mkdir(parents=True, exist_ok=True)
    log.info("converting %s to CTranslate2 (%s) ...", source, quantization)
    try:
        TransformersConverter(str(source)).convert(
            str(staging), quantization=quantization, force=True
        )
        tokenizer = AutoTokenizer.from_pretrained(str(source))
        backend = getattr(tokenizer, "backend_tokenizer", None)
        if backend is None:
            raise ModelUnavailableError(
                f"the tokenizer of {source} has no fast (tokenizers) form to carry along"
            )
        backend.save(str(staging / TOKENIZER_FILE))
    except ModelUnavailableError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except Exception as exc:  # an architecture CTranslate2 does not know, a broken checkpoint
        shutil.rmtree(staging, ignore_errors=True)
        raise ModelUnavailableError(
            f"cannot convert {source} to CTranslate2: {type(exc).__name__}: {exc}"
        ) from exc
    marker = {
        "source": str(source.resolve()),
        "quantization": quantization,
        "ctranslate2": ctranslate2.__version__,
    }
    (staging / CT2_MARKER).write_text(json.dumps(marker, indent=2), encoding="utf-8")
    if target.exists():
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, target)
    size = sum(p.stat().st_size for p in target.iterdir() if p.is_file())
    log.info(
        "converted %s in %.0f s: %s (%d MB)",
        source,
        time.monotonic() - started,
        target,
        size >> 20,
    )
    return target


def main(argv: list[str]) -> int:
    """`python -m summarizer convert [MODEL]`: the conversion's folder on stdout, or one line why
    not."""
    import argparse
    import sys

    from .download import model_lock
    from .errors import SummarizerError
    from .model_files import ct2_target, local_weights_dir
    from .settings import SummarizerSettings

    p = argparse.ArgumentParser(
        prog="python -m summarizer convert",
        description="Convert transformers weights to a CTranslate2 model, beside them.",
    )
    p.add_argument("model", nargs="?", help="hub id or local directory (default: SUMMARIZER_MODEL)")
    p.add_argument("--models-dir", type=Path, help="where downloads are (SUMMARIZER_MODELS_DIR)")
    p.add_argument(
        "--quantization", help="int8 (default: SUMMARIZER_CT2_QUANTIZATION), float32, ..."
    )
    p.add_argument("--output", type=Path, help="target folder (default: beside the weights)")
    args = p.parse_args(argv)
    logging.getLogger("summarizer").setLevel(logging.INFO)  # progress on stderr
    settings = SummarizerSettings()
    model = args.model or settings.model
    models_dir = args.models_dir or settings.models_dir
    quantization = args.quantization or settings.ct2_quantization
    try:
        weights = local_weights_dir(model, models_dir)
        if weights is None:
            raise ModelUnavailableError(
                f"no transformers weights for {model} on disk: `python -m summarizer download "
                f"{model}` fetches and converts them"
            )
        with model_lock(model, models_dir):
            path = convert_model(
                weights, args.output or ct2_target(model, models_dir, quantization), quantization
            )
    except SummarizerError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(path)
    return 0
