"""Where a model's files lie on disk: transformers weights and their CTranslate2 conversion.

One place for the layout, so download, convert, the backends and the bot agree on it:
`models/<owner>--<name>` holds the weights `python -m summarizer download` fetched, and
`models/<owner>--<name>-ct2-int8` beside it their conversion. A local directory's conversion
goes beside it too (`/path/model` -> `/path/model-ct2-int8`). Downloads and conversions are
written to a `.partial` folder and renamed into place when complete, so a folder under its final
name is a finished one; a folder damaged afterwards is caught when the engine loads it.
"""

from __future__ import annotations

from pathlib import Path

PARTIAL_SUFFIX = ".partial"
# Written last into a conversion, before it is renamed into place: what it was made from.
CT2_MARKER = "newsbrief-ct2.json"
TOKENIZER_FILE = "tokenizer.json"  # the tokenizer a conversion carries (read without torch)


def model_dir(model: str, models_dir: Path) -> Path:
    """Where `python -m summarizer download` puts a hub model's weights."""
    return models_dir / model.replace("/", "--")


def lock_path(model: str, models_dir: Path) -> Path:
    """The lock file held while `model` is fetched or converted (one process at a time)."""
    return models_dir / f".{model_dir(model, models_dir).name}.lock"


def failure_path(model: str, models_dir: Path) -> Path:
    """Where the last failed fetch of `model` left its reason (removed by a successful one)."""
    return models_dir / f".{model_dir(model, models_dir).name}.failed"


def partial_dir(target: Path) -> Path:
    """The folder a download or conversion is written to before it becomes `target`."""
    return target.with_name(target.name + PARTIAL_SUFFIX)


def is_ct2_dir(path: Path) -> bool:
    """A CTranslate2 model: its weights are one `model.bin` (transformers never writes that
    name; it writes `pytorch_model.bin` or `*.safetensors`)."""
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


def is_weights_dir(path: Path) -> bool:
    """A transformers model directory (config plus weights), not a CTranslate2 conversion."""
    return (path / "config.json").is_file() and not is_ct2_dir(path)


def _hub_cache_dir(model: str) -> Path | None:
    """The model's folder in the Hugging Face cache, when `from_pretrained` put it there."""
    if "/" not in model or Path(model).is_absolute():
        return None
    try:
        from huggingface_hub import try_to_load_from_cache

        cached = try_to_load_from_cache(model, "config.json")
    except Exception:
        return None
    return Path(cached).parent if isinstance(cached, str) else None


def local_weights_dir(model: str, models_dir: Path) -> Path | None:
    """Where the transformers weights of `model` (a directory or hub id) lie, or None."""
    for path in (Path(model).expanduser(), model_dir(model, models_dir)):
        if is_weights_dir(path):
            return path
    return _hub_cache_dir(model)


def ct2_target(model: str, models_dir: Path, quantization: str) -> Path:
    """Where `python -m summarizer convert` writes the conversion of `model`: beside a local
    directory, else beside the downloaded weights in `models_dir`."""
    local = Path(model).expanduser()
    base = local if local.is_dir() else model_dir(model, models_dir)
    return base.with_name(f"{base.name}-ct2-{quantization}")


def local_ct2_dir(model: str, models_dir: Path, quantization: str) -> Path | None:
    """A conversion of `model` at `quantization` on disk (or `model` itself when it is one)."""
    for path in (Path(model).expanduser(), ct2_target(model, models_dir, quantization)):
        if is_ct2_dir(path):
            return path
    return None


def local_model_dir(model: str, models_dir: Path) -> Path | None:
    """The model's files on disk, or None: its transformers weights, else a CTranslate2
    conversion of it (any quantization). Enough to know a seq2seq backend can start."""
    weights = local_weights_dir(model, models_dir)
    if weights is not None:
        return weights
    local = Path(model).expanduser()
    if is_ct2_dir(local):
        return local
    base = local if local.is_dir() else model_dir(model, models_dir)
    if base.parent.is_dir():
        for path in sorted(base.parent.glob(f"{base.name}-ct2-*")):
            if not path.name.endswith(PARTIAL_SUFFIX) and is_ct2_dir(path):
                return path
    return None
