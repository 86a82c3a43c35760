"""What `pip install .` promises: the extractive path needs no model stack; the console scripts,
`--help` and `--version` work; uv.lock takes torch's CPU build and nothing from CUDA."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from summarizer.cli import SUBCOMMANDS

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# The `seq2seq` extra and what it drags in; `pip install .` has none of them.
MODEL_STACK = ("torch", "transformers", "sentencepiece", "huggingface_hub", "ctranslate2")
# The `redis` extra (the queue of issue 14): `pip install .` runs the bot in one process without it.
REDIS_EXTRA = ("redis", "taskiq", "taskiq_redis", "prometheus_client")

# Run in a fresh interpreter where the model stack cannot be imported (None in sys.modules is
# how Python spells "not installed": `import` fails, `find_spec` answers None).
NO_MODEL_STACK = textwrap.dedent(
    """
    import importlib, io, pkgutil, sys
    BLOCKED = {blocked!r}
    for name in BLOCKED:
        sys.modules[name] = None
    REDIS_EXTRA = {redis_extra!r}
    import bot, summarizer
    for package in (bot, summarizer):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name != "bot.__main__" and info.name != "summarizer.__main__":
                try:
                    importlib.import_module(info.name)
                except ModuleNotFoundError as error:
                    # the queue's modules need the `redis` extra, and only that may be missing
                    missing = (error.name or "").split(".")[0]
                    if not (info.name.startswith("bot.queue.") and missing in REDIS_EXTRA):
                        raise
    from summarizer.cli import main
    out = io.StringIO()
    status = main([{article!r}], stdout=out)
    loaded = sorted(n for n in BLOCKED if sys.modules.get(n) is not None)
    print(status, loaded, out.getvalue().count("📊"), sep="\\n")
    """
)


def test_extractive_path_and_every_module_import_without_the_model_stack(tmp_path: Path) -> None:
    """Weights on disk but no torch: `auto` says so once and summarizes with the extractive
    backend; no module of bot/ or summarizer/ needs the model stack to import."""
    weights = tmp_path / "models" / "IlyaGusev--rut5_base_sum_gazeta"
    weights.mkdir(parents=True)
    (weights / "config.json").write_text("{}")
    script = NO_MODEL_STACK.format(
        blocked=MODEL_STACK,
        redis_extra=REDIS_EXTRA,
        article=str(ROOT / "tests" / "seed_article.txt"),
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            **_clean_env(),
            "SUMMARIZER_MODELS_DIR": str(tmp_path / "models"),
            "SUMMARIZER_BACKEND": "auto",
        },
    )
    assert done.returncode == 0, done.stderr
    status, loaded, figures = done.stdout.strip().splitlines()[-3:]
    assert (status, loaded, figures) == ("0", "[]", "1")
    warnings = [line for line in done.stderr.splitlines() if "is not installed" in line]
    assert len(warnings) == 1 and "newsbrief[seq2seq]" in warnings[0], done.stderr


def test_download_without_the_model_stack_says_what_to_install(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        f"for name in {MODEL_STACK!r}: sys.modules[name] = None\n"
        "from summarizer.cli import main\n"
        f"sys.exit(main(['download', '--models-dir', {str(tmp_path)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "huggingface_hub is not installed (huggingface_hub): downloading weights needs the model "
        "stack, `pip install 'newsbrief[seq2seq]'`"
    ]


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "BOT_"))}


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_help_lists_every_subcommand() -> None:
    done = run_module("summarizer", "--help")
    assert done.returncode == 0 and not done.stderr
    listing = done.stdout.split("subcommands:", 1)[1]
    for name, command in SUBCOMMANDS.items():
        assert re.search(
            rf"^  {re.escape(command.usage)} +{re.escape(command.help)}$", listing, re.M
        )
        assert command.usage.split()[0] == name
    for name in SUBCOMMANDS:
        sub = run_module("summarizer", name, "--help")
        assert sub.returncode == 0 and "usage:" in sub.stdout, sub.stderr


def test_version_is_the_distributions() -> None:
    done = run_module("summarizer", "--version")
    assert done.returncode == 0
    assert re.fullmatch(r"newsbrief \S+\n", done.stdout)


def test_console_scripts_point_at_callables() -> None:
    scripts = PYPROJECT["project"]["scripts"]
    assert set(scripts) == {"newsbrief", "newsbrief-bot", "newsbrief-worker"}
    assert scripts["newsbrief-bot"] == "bot.__main__:main"
    for target in scripts.values():
        module, function = target.split(":")
        if module == "bot.__main__":
            module = "bot"  # importing a __main__ runs it; check the file defines main()
            assert "def main(" in (ROOT / "bot" / "__main__.py").read_text(encoding="utf-8")
            continue
        assert callable(getattr(importlib.import_module(module), function))


def test_installed_console_script_answers_version() -> None:
    """Where the project is installed (uv sync, pip install .), the script itself runs."""
    script = Path(sys.executable).parent / "newsbrief"
    if not script.exists():
        pytest.skip("newsbrief is not installed in this environment")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("newsbrief ")


def test_core_dependencies_have_no_model_stack() -> None:
    project = PYPROJECT["project"]
    names = {
        re.split(r"[\s<>=!~;\[]", d, maxsplit=1)[0].lower().replace("_", "-")
        for d in project["dependencies"]
    }
    assert not names & {n.replace("_", "-") for n in MODEL_STACK}
    seq2seq = " ".join(project["optional-dependencies"]["seq2seq"])
    for name in ("torch", "transformers", "sentencepiece", "protobuf", "huggingface_hub"):
        assert name in seq2seq


def test_lock_takes_torchs_cpu_build_from_wheels() -> None:
    """uv.lock, wheels/torch-cpu.txt, the Makefile and the Dockerfile name one torch file, and
    nothing from CUDA is locked."""
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    packages = {p["name"]: p for p in lock["package"]}
    torch = packages["torch"]
    assert torch["source"] == {"registry": "wheels"}
    (wheel,) = (w["path"] for w in torch["wheels"])
    pinned = re.search(
        r"^torch==(\S+) --hash=sha256:[0-9a-f]{64}$",
        (ROOT / "wheels" / "torch-cpu.txt").read_text(encoding="utf-8"),
        re.M,
    )
    assert pinned and torch["version"] == pinned[1] and pinned[1].endswith("+cpu")
    assert wheel.startswith(f"torch-{pinned[1]}-cp311-cp311-manylinux")
    assert f"TORCH_WHEEL := wheels/{wheel}\n" in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert not [n for n in packages if n.startswith(("nvidia-", "triton"))]
    for name in ("aiogram", "trafilatura", "lxml-html-clean", "natasha", "transformers"):
        assert name in packages
