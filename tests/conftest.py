"""Shared fixtures: the seed article, a settings factory, and tiny seq2seq models on disk."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(TESTS))  # helper modules (tiny_model, stand-ins) import by name

# The tests never reach the hub, and must not find a developer's downloaded weights by accident.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="hf-home-")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (TESTS / "seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Settings come from the environment: keep a developer's own out of the tests."""
    for name in list(os.environ):
        if name.startswith(("SUMMARIZER_", "FETCH_", "BOT_", "WEBHOOK_", "TELEGRAM_", "QUEUE_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("SUMMARIZER_MODELS_DIR", str(tmp_path / "models"))


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Path:
    """A random-weight 2-layer T5 with its own sentencepiece vocabulary, saved to disk."""
    require_model_stack()
    from tiny_model import build_tiny_t5

    return build_tiny_t5(tmp_path_factory.mktemp("tiny-t5"), seed_text)


def require_model_stack() -> None:
    """A clean skip where the `seq2seq` extra is not installed (`pip install .` has no torch)."""
    for name in ("torch", "transformers", "sentencepiece"):
        pytest.importorskip(name, reason="the model stack (`pip install '.[seq2seq]'`) is absent")


def shared_data(name: str) -> Path:
    """A file of ../shared/data, or a clean skip where it is absent (a user's fresh clone)."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is absent: evaluation data is not part of the repository")
    return path


@pytest.fixture
async def redis_server(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh redis-server for one test (see tests/redis_server.py)."""
    from redis_server import RedisServer

    server = RedisServer(tmp_path / "redis").start()
    try:
        await server.ready()
        yield server
    finally:
        server.stop()
