"""Fetching seq2seq weights: never at import, never by surprise in a one-shot command.

`python -m summarizer download` fetches on purpose; a bot with `SUMMARIZER_AUTO_DOWNLOAD` on
runs that same command in the background (summarizer/provision.py). The files go to a `.partial`
folder (an interrupted download resumes there) and are renamed into place only when complete,
so the backends never load half a model. Progress goes to the log every few seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import ModelUnavailableError, SummarizerError
from .model_files import failure_path, is_weights_dir, lock_path, model_dir, partial_dir

log = logging.getLogger(__name__)

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
PROGRESS_EVERY = 10.0  # seconds between progress lines in the log
MB = 2**20

__all__ = ["FailedMomentsAgo", "download_model", "fetch_model", "model_dir", "model_lock"]


def _require(module: str) -> Any:
    """`module` of the model stack, or the one line that says what to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ModelUnavailableError(
            f"{module} is not installed ({exc.name}): downloading weights needs the model "
            "stack, `pip install 'newsbrief[seq2seq]'`"
        ) from exc


def _folder_bytes(path: Path) -> int:
    """Bytes under `path`, unfinished files included (huggingface_hub keeps them in `.cache`)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):  # renamed while we looked
                total += os.path.getsize(os.path.join(root, name))
    return total


def _expected_bytes(model: str) -> int | None:
    """The size of the files the download will fetch, as the hub lists them; None if unknown."""
    try:
        from huggingface_hub import HfApi
        from huggingface_hub.hf_api import RepoFile
        from huggingface_hub.utils import filter_repo_objects

        files = {
            f.path: f.size
            for f in HfApi().list_repo_tree(model, recursive=True)
            if isinstance(f, RepoFile)
        }
        wanted = filter_repo_objects(
            files, allow_patterns=ALLOW_PATTERNS, ignore_patterns=IGNORE_PATTERNS
        )
        return sum(files[name] or 0 for name in wanted)
    except Exception:
        return None


class _Progress(threading.Thread):
    """Logs how much of the download is on disk, every `every` seconds, until stopped."""

    def __init__(self, model: str, folder: Path, every: float) -> None:
        super().__init__(name="download-progress", daemon=True)
        self.model, self.folder, self.every = model, folder, every
        self.stopped = threading.Event()

    def run(self) -> None:
        total: int | None = None
        asked = False
        start = _folder_bytes(self.folder)  # a resumed download starts from what is there
        while not self.stopped.wait(self.every):
            done = _folder_bytes(self.folder)
            if done <= start:
                continue
            if not asked:  # bytes are flowing, so the hub answers: ask it for the total once
                total, asked = _expected_bytes(self.model), True
            if total:
                share = min(99, 100 * done // total)
                log.info(
                    "fetching %s: %.1f of %.1f MB (%d%%)", self.model, done / MB, total / MB, share
                )
            else:
                log.info("fetching %s: %.1f MB so far", self.model, done / MB)


def download_model(model: str, models_dir: Path, progress_every: float = PROGRESS_EVERY) -> Path:
    """Download `model` from the hub into `models_dir/<owner>--<name>` and return that folder."""
    target = model_dir(model, models_dir)
    if is_weights_dir(target):
        return target
    snapshot_download = _require("huggingface_hub").snapshot_download
    staging = partial_dir(target)
    progress = _Progress(model, staging, progress_every)
    started = time.monotonic()
    try:
        staging.mkdir(parents=True, exist_ok=True)
        progress.start()
        files = snapshot_download(
            repo_id=model,
            local_dir=str(staging),
            allow_patterns=ALLOW_PATTERNS,
            ignore_patterns=IGNORE_PATTERNS,
        )
        path = Path(files)
        if not (path / "config.json").is_file():
            raise ModelUnavailableError(f"{model} has no config.json: not a transformers model")
        if not any(path.glob("*.safetensors")) and not any(path.glob("*.bin")):
            raise ModelUnavailableError(f"{model} has no weights in safetensors or bin format")
    except ModelUnavailableError:
        raise
    except Exception as exc:
        reason = type(exc).__name__
        raise ModelUnavailableError(
            f"Could not download {model} from the Hugging Face hub ({reason}): check the internet "
            f"connection and the model id, or point SUMMARIZER_MODEL at a local directory."
        ) from exc
    finally:
        progress.stopped.set()
        if not is_weights_dir(staging) and not any(
            p.is_file() for p in staging.rglob("*") if ".cache" not in p.parts
        ):
            shutil.rmtree(staging, ignore_errors=True)  # nothing fetched: nothing to resume
    os.replace(staging, target)
    log.info(
        "fetched %s (%.1f MB) in %.0f s into %s",
        model,
        _folder_bytes(target) / MB,
        time.monotonic() - started,
        target,
    )
    return target


class FailedMomentsAgo(ModelUnavailableError):
    """Another process failed to fetch this model while this one waited for it: not retried."""


@contextmanager
def model_lock(model: str, models_dir: Path) -> Iterator[bool]:
    """Held while `model` is fetched or converted, so several processes (bot workers, a manual
    `download`) never write the same folders at once. Yields whether it had to wait."""
    filelock = _require("filelock")
    FileLock, Timeout = filelock.FileLock, filelock.Timeout
    models_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path(model, models_dir)))
    waited = False
    try:
        lock.acquire(timeout=0.5)
    except Timeout:
        waited = True
        log.info("another process is fetching or converting %s: waiting for it", model)
        lock.acquire()
    try:
        yield waited
    finally:
        lock.release()


def fetch_model(
    model: str,
    models_dir: Path,
    quantization: str | None = "int8",
    progress_every: float = PROGRESS_EVERY,
) -> list[Path]:
    """Download `model` and convert it for CTranslate2 at `quantization` (None: no conversion);
    what is complete on disk already is not done again. Returns the folders: the weights, then
    the conversion (missing when it failed: the transformers engine runs the weights then)."""
    from .model_files import ct2_target, is_ct2_dir

    _require("huggingface_hub")  # before the lock: what to install, not a lock error
    started = time.time()
    with model_lock(model, models_dir) as waited:
        failed = failure_path(model, models_dir)
        if waited and failed.is_file() and failed.stat().st_mtime >= started - 1:
            reason = failed.read_text(encoding="utf-8").strip()
            raise FailedMomentsAgo(f"another process just failed to fetch {model}: {reason}")
        try:
            weights = download_model(model, models_dir, progress_every)
        except ModelUnavailableError as exc:
            failed.write_text(str(exc), encoding="utf-8")
            raise
        failed.unlink(missing_ok=True)
        if quantization is None:
            return [weights]
        target = ct2_target(model, models_dir, quantization)
        if is_ct2_dir(target):
            return [weights, target]
        from .convert import convert_model

        try:
            return [weights, convert_model(weights, target, quantization)]
        except ModelUnavailableError as exc:
            log.error("%s; the transformers engine runs the downloaded weights instead", exc)
            return [weights]


def main(argv: list[str]) -> int:
    """`python -m summarizer download [MODEL]`: the folders made on stdout (the weights, then
    their conversion), or one line why not. Exit status 0 done, 2 failed, 3 another process
    failed the same fetch moments ago (a bot fetching in the background stays quiet then)."""
    from .settings import SummarizerSettings

    p = argparse.ArgumentParser(
        prog="python -m summarizer download",
        description="Download seq2seq weights from the Hugging Face hub and convert them for "
        "CTranslate2.",
    )
    p.add_argument("model", nargs="?", help="hub id (default: SUMMARIZER_MODEL)")
    p.add_argument("--models-dir", type=Path, help="target folder (default: SUMMARIZER_MODELS_DIR)")
    convert = p.add_mutually_exclusive_group()
    convert.add_argument(
        "--quantization", help="of the conversion (default: SUMMARIZER_CT2_QUANTIZATION)"
    )
    convert.add_argument("--no-convert", action="store_true", help="weights only")
    p.add_argument(
        "--progress-every",
        type=float,
        default=PROGRESS_EVERY,
        help="seconds between progress lines",
    )
    args = p.parse_args(argv)
    # Progress lines on stderr (a bot fetching in the background reads them into its log).
    logging.getLogger("summarizer").setLevel(logging.INFO)
    settings = SummarizerSettings()
    quantization = None if args.no_convert else args.quantization or settings.ct2_quantization
    try:
        paths = fetch_model(
            args.model or settings.model,
            args.models_dir or settings.models_dir,
            quantization,
            args.progress_every,
        )
    except FailedMomentsAgo as exc:
        print(exc, file=sys.stderr)
        return 3
    except SummarizerError as exc:
        print(exc, file=sys.stderr)
        return 2
    for path in paths:
        print(path)
    return 0
