"""The model arrives by itself: a bot without weights fetches and converts them in the background.

The work runs as `python -m summarizer download MODEL` in a child process: the download and the
conversion (which loads torch and the fp32 model, about 2 GB for rut5-base) never grow the bot's
own memory, and the child takes the model's lock file, so several worker processes or replicas
sharing a disk fetch it once. The child's progress lines go to our log; when it is done,
`on_ready` runs in the watching thread (the auto backend loads the model there and switches).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from .settings import SummarizerSettings

log = logging.getLogger(__name__)

FAILED_MOMENTS_AGO = 3  # the child's exit status when another process just failed the same fetch
_OFF = {"1", "on", "yes", "true"}


def hub_disabled() -> bool:
    """HF_HUB_OFFLINE set: the operator (or the test suite) says there is no hub to reach."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in _OFF


def fetch_command(settings: SummarizerSettings) -> list[str]:
    """The child's command line: download, then convert unless only transformers can run it."""
    from .backends.seq2seq.backend import ctranslate2_installed

    command = [sys.executable, "-m", "summarizer", "download", settings.model]
    command += ["--models-dir", str(settings.models_dir)]
    if settings.engine != "transformers" and ctranslate2_installed():
        return [*command, "--quantization", settings.ct2_quantization]
    return [*command, "--no-convert"]


class Provisioner:
    """Runs the fetch once, in a daemon thread; `finished` is set when it is over either way."""

    def __init__(self, settings: SummarizerSettings, on_ready: Callable[[], None]) -> None:
        self.settings = settings
        self.on_ready = on_ready
        self.finished = threading.Event()
        self.succeeded: bool | None = None
        self._process: subprocess.Popen[str] | None = None
        self._thread = threading.Thread(target=self._run, name="model-fetch", daemon=True)

    def start(self) -> Provisioner:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop the child (a shutdown); what it fetched so far stays for the next try."""
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[1])  # the child imports this very package
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        env.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # our own progress lines instead
        return env

    def _run(self) -> None:
        model = self.settings.model
        tail: deque[str] = deque(maxlen=3)
        try:
            self._process = subprocess.Popen(
                fetch_command(self.settings),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                errors="replace",
                env=self._environment(),
            )
            assert self._process.stderr is not None
            for raw in self._process.stderr:
                self._relay(raw.strip(), tail)
            status = self._process.wait()
        except OSError as exc:
            status, tail = -1, deque([str(exc)])
        try:
            if status == 0:
                self.succeeded = True
                self.on_ready()
            elif status == FAILED_MOMENTS_AGO:
                self.succeeded = False
                log.debug("%s: another process failed to fetch it just now", model)
            else:
                self.succeeded = False
                reason = tail[-1] if tail else f"exit status {status}"
                log.warning(
                    "could not fetch %s (%s): summaries stay extractive; "
                    "`python -m summarizer download` fetches it by hand",
                    model,
                    reason,
                )
        finally:
            self.finished.set()

    @staticmethod
    def _relay(line: str, tail: deque[str]) -> None:
        """The child's own log lines go to our log; anything else is kept as a failure reason."""
        level, _, rest = line.partition(" ")
        name, _, message = rest.partition(": ")
        if level in ("INFO", "WARNING", "ERROR") and name.startswith("summarizer"):
            log.log(logging.INFO if level == "INFO" else logging.WARNING, "%s", message)
        elif line:
            tail.append(line)
