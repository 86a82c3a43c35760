"""The model arrives by itself: fetched from a hub stand-in on 127.0.0.1 over real HTTP,
converted, and switched to without a restart; one fetch at a time across processes.

The hub stand-in (tests/hub_stub.py) serves the tiny test T5 as a repository; huggingface_hub
reaches it through HF_ENDPOINT, in the child process `python -m summarizer download` the bot
starts, exactly as it would reach the real hub. Its gate holds a download half-way, so the
tests never depend on how fast anything runs.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_stub import HubStub

from summarizer import Pipeline, SummarizerSettings
from summarizer.backends import AutoBackend, ExtractiveBackend
from summarizer.document import Document
from summarizer.download import FailedMomentsAgo, fetch_model
from summarizer.model_files import failure_path, is_ct2_dir, is_weights_dir, model_dir

pytest.importorskip("ctranslate2", reason="the model stack (`pip install '.[seq2seq]'`) is absent")
pytest.importorskip(
    "huggingface_hub", reason="the model stack (`pip install '.[seq2seq]'`) is absent"
)

ROOT = Path(__file__).resolve().parent.parent
REPO = "newsbrief/tiny-t5"
DEADLINE = 600.0  # liveness only: the child imports torch and converts on a loaded machine


def wait_until(condition, deadline: float = DEADLINE) -> None:
    end = time.monotonic() + deadline
    while not condition():
        assert time.monotonic() < end, "condition never became true"
        time.sleep(0.02)


@pytest.fixture
def hub(tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[HubStub]:
    stub = HubStub({REPO: tiny_model_dir}, gate_file="model.safetensors").start()
    monkeypatch.setenv("HF_ENDPOINT", stub.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    yield stub
    stub.stop()


def auto_settings(tmp_path: Path, **overrides) -> SummarizerSettings:
    base = dict(
        model=REPO,
        models_dir=tmp_path / "models",
        auto_download=True,
        num_beams=2,
        max_new_tokens=16,
        max_input_tokens=64,
        threads=1,
    )
    return SummarizerSettings(_env_file=None, **{**base, **overrides})


def messages(caplog: pytest.LogCaptureFixture, level: int = logging.INFO) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= level]


def test_model_arrives_by_itself_and_the_backend_switches(
    hub: HubStub, tmp_path: Path, seed_text: str, caplog: pytest.LogCaptureFixture
) -> None:
    settings = auto_settings(tmp_path)
    with caplog.at_level(logging.INFO, logger="summarizer"):
        pipeline = Pipeline(settings)
        backend = pipeline.backend
        assert isinstance(backend, AutoBackend) and backend.provisioner is not None
        # While the weights are half-way down, replies come from the extractive backend at once.
        wait_until(lambda: hub.fetched("model.safetensors") == 1)
        assert pipeline(seed_text).backend == "extractive"
        assert backend.name == "extractive" and not backend.switched.is_set()
        hub.gate.set()
        assert backend.switched.wait(DEADLINE), messages(caplog)
    assert backend.provisioner.succeeded
    assert backend.name == "seq2seq"
    assert backend.summarize(Document(seed_text)).backend == "seq2seq/ctranslate2"
    summary = pipeline(seed_text)  # the guard may fall back on a random model's words
    assert summary.backend in ("seq2seq/ctranslate2", "extractive")
    weights = model_dir(REPO, settings.models_dir)
    assert is_weights_dir(weights) and is_ct2_dir(weights.with_name(weights.name + "-ct2-int8"))
    log = "\n".join(messages(caplog))
    assert "fetched and converted in the background" in log  # at start-up
    assert f"fetched {REPO}" in log and "converted" in log  # the child's progress, relayed
    assert "switched from the extractive backend to seq2seq/ctranslate2" in log
    assert not messages(caplog, logging.WARNING)


def test_several_workers_fetch_the_model_once(
    hub: HubStub, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Two pipelines (as two bot worker processes would have) start fetching at once: the lock
    file lets one download and convert; the other waits, finds the model there, and loads it."""
    settings = auto_settings(tmp_path)
    with caplog.at_level(logging.INFO, logger="summarizer"):
        first, second = Pipeline(settings).backend, Pipeline(settings).backend
        assert isinstance(first, AutoBackend) and isinstance(second, AutoBackend)
        wait_until(lambda: hub.fetched("model.safetensors") == 1)
        wait_until(lambda: any("waiting for it" in m for m in messages(caplog)))
        hub.gate.set()
        assert first.switched.wait(DEADLINE) and second.switched.wait(DEADLINE)
    assert hub.fetched("model.safetensors") == 1
    assert hub.fetched("config.json") == 1
    assert sum(m.startswith("converted ") for m in messages(caplog)) == 1
    assert first.name == second.name == "seq2seq"


def test_unreachable_hub_is_one_log_line_and_the_bot_stays_extractive(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    seed_text: str,
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("HF_HUB_ETAG_TIMEOUT", "2")
    monkeypatch.setenv("HF_HUB_DOWNLOAD_TIMEOUT", "2")
    settings = auto_settings(tmp_path)
    with caplog.at_level(logging.INFO, logger="summarizer"):
        pipeline = Pipeline(settings)
        backend = pipeline.backend
        assert isinstance(backend, AutoBackend) and backend.provisioner is not None
        assert backend.provisioner.finished.wait(DEADLINE)
    assert backend.provisioner.succeeded is False and not backend.switched.is_set()
    warnings = messages(caplog, logging.WARNING)
    assert len(warnings) == 1, warnings
    assert REPO in warnings[0] and "Could not download" in warnings[0]
    assert "stay extractive" in warnings[0]
    assert pipeline(seed_text).backend == "extractive"
    assert not model_dir(REPO, settings.models_dir).with_suffix(".partial").exists()
    assert failure_path(REPO, settings.models_dir).is_file()


def test_auto_download_off_never_fetches(
    hub: HubStub, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="summarizer"):
        backend = Pipeline(auto_settings(tmp_path, auto_download=False)).backend
    assert isinstance(backend, ExtractiveBackend)
    lines = messages(caplog)
    assert len(lines) == 1 and "auto download is off" in lines[0]
    assert hub.requests == []


def test_a_one_shot_command_never_fetches(hub: HubStub, tmp_path: Path, seed_text: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(seed_text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "--json", str(article), "--model", REPO],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert '"backend": "extractive"' in result.stdout
    assert hub.requests == []


# --- the download itself ---------------------------------------------------------------------


class Download:
    """`python -m summarizer download` in a child process, its stderr read line by line."""

    def __init__(self, tmp_path: Path, *extra: str) -> None:
        self.lines: list[str] = []
        command = [sys.executable, "-m", "summarizer", "download", REPO]
        command += ["--models-dir", str(tmp_path / "models"), *extra]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip())

    def saw(self, text: str) -> bool:
        return any(text in line for line in self.lines)

    def finish(self) -> tuple[int, str]:
        # not communicate(): it would read stderr too, racing the reader thread for its lines
        # (the "fetched" line went missing so under load); stderr is the thread's alone
        assert self.process.stdout is not None
        stdout = self.process.stdout.read()
        self.process.wait(timeout=DEADLINE)
        self._reader.join(DEADLINE)
        return self.process.returncode, stdout


def test_download_logs_its_progress(tiny_model_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """Progress lines come from the bytes on disk while the download runs. A file bigger than
    huggingface_hub's 10 MB write chunk is held half-way, so some of it is on disk."""
    repo = tmp_path / "repo"
    shutil.copytree(tiny_model_dir, repo)
    (repo / "extra.bin").write_bytes(bytes(24 * 2**20))
    stub = HubStub({REPO: repo}, gate_file="extra.bin").start()
    monkeypatch.setenv("HF_ENDPOINT", stub.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    try:
        download = Download(tmp_path, "--no-convert", "--progress-every", "0.05")
        wait_until(lambda: download.saw("MB ("))
        assert download.process.poll() is None  # still half-way: the gate is closed
        stub.gate.set()
        status, stdout = download.finish()
    finally:
        stub.stop()
    assert status == 0, download.lines
    assert stdout.split() == [str(model_dir(REPO, tmp_path / "models"))]
    progress = [line for line in download.lines if f"fetching {REPO}:" in line]
    assert progress and all("of 24." in line and "%)" in line for line in progress), progress
    assert download.saw(f"fetched {REPO} (")


HOLD_LOCK = """
import sys
from pathlib import Path
from summarizer.download import model_lock
with model_lock(sys.argv[1], Path(sys.argv[2])):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def lock_holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the model's lock until the test closes its stdin."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, REPO, str(tmp_path / "models")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    yield holder
    if holder.poll() is None:
        holder.kill()
    holder.wait()


def test_fetch_waits_for_another_process_holding_the_lock(
    hub: HubStub, tmp_path: Path, lock_holder: subprocess.Popen[str]
) -> None:
    hub.gate.set()
    download = Download(tmp_path, "--no-convert")
    wait_until(lambda: download.saw("waiting for it"))
    assert hub.requests == []  # nothing fetched while the other process holds the lock
    assert lock_holder.stdin is not None
    lock_holder.stdin.close()
    status, stdout = download.finish()
    assert status == 0, download.lines
    assert stdout.split() == [str(model_dir(REPO, tmp_path / "models"))]


def test_a_failure_moments_ago_is_not_repeated_by_the_waiting_process(
    tmp_path: Path, lock_holder: subprocess.Popen[str], caplog: pytest.LogCaptureFixture
) -> None:
    outcome: list[object] = []

    def fetch() -> None:
        try:
            outcome.append(fetch_model(REPO, tmp_path / "models", "int8"))
        except Exception as exc:
            outcome.append(exc)

    with caplog.at_level(logging.INFO, logger="summarizer"):
        thread = threading.Thread(target=fetch)
        thread.start()
        wait_until(lambda: any("waiting for it" in m for m in messages(caplog)))
        # What the lock holder leaves when its own fetch fails:
        failure_path(REPO, tmp_path / "models").write_text("Could not download (ConnectError)")
        assert lock_holder.stdin is not None
        lock_holder.stdin.close()
        thread.join(DEADLINE)
    assert len(outcome) == 1 and isinstance(outcome[0], FailedMomentsAgo)
    assert "ConnectError" in str(outcome[0])
