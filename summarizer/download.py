"""Fetching seq2seq weights ahead of time: never at import, never by surprise at run time."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import ModelUnavailableError, SummarizerError

# Enough to load a seq2seq model and its tokenizer; skips duplicate formats (flax, tf, onnx).
ALLOW_PATTERNS = ["*.json", "*.safetensors", "*.model", "*.txt", "*.bin"]
IGNORE_PATTERNS = [
    "*.msgpack",
    "*.h5",
    "*.onnx",
    "onnx/*",
    "tf_model*",
    "flax_model*",
    "rust_model*",
]


def model_dir(model: str, models_dir: Path) -> Path:
    return models_dir / model.replace("/", "--")


def download_model(model: str, models_dir: Path) -> Path:
    """Download `model` from the hub into `models_dir/<owner>--<name>` and return that folder."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:
        raise ModelUnavailableError(
            f"huggingface_hub is not installed ({exc.name}): downloading weights needs the model "
            "stack, `pip install 'newsbrief[seq2seq]'`"
        ) from exc
    try:
        target = model_dir(model, models_dir)
        files = snapshot_download(
            repo_id=model,
            local_dir=str(target),
            allow_patterns=ALLOW_PATTERNS,
            ignore_patterns=IGNORE_PATTERNS,
        )
        path = Path(files)
        if not (path / "config.json").is_file():
            raise ModelUnavailableError(f"{model} has no config.json: not a transformers model")
        if not any(path.glob("*.safetensors")) and not any(path.glob("*.bin")):
            raise ModelUnavailableError(f"{model} has no weights in safetensors or bin format")
        return path
    except ModelUnavailableError:
        raise
    except Exception as exc:
        reason = type(exc).__name__
        raise ModelUnavailableError(
            f"Could not download {model} from the Hugging Face hub ({reason}): check the internet "
            f"connection and the model id, or point SUMMARIZER_MODEL at a local directory."
        ) from exc


def main(argv: list[str]) -> int:
    """`python -m summarizer download [MODEL]`: the weights' folder on stdout, or one line why not."""
    from .settings import SummarizerSettings

    p = argparse.ArgumentParser(
        prog="python -m summarizer download",
        description="Download seq2seq weights from the Hugging Face hub.",
    )
    p.add_argument("model", nargs="?", help="hub id (default: SUMMARIZER_MODEL)")
    p.add_argument("--models-dir", type=Path, help="target folder (default: SUMMARIZER_MODELS_DIR)")
    args = p.parse_args(argv)
    settings = SummarizerSettings()
    try:
        path = download_model(args.model or settings.model, args.models_dir or settings.models_dir)
    except SummarizerError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(path)
    return 0
