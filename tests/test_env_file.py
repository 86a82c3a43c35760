"""`.env.example` reads the same in the three places a settings file goes: pydantic-settings (the
bot's own `.env`, through python-dotenv), `docker run --env-file`, and systemd's
`EnvironmentFile=`.

python-dotenv is the real reader. Docker's and systemd's readers are their documented rules,
written down here from their sources (docker/cli `opts/file.go` parseKeyValueFile; systemd
`src/basic/env-file.c` parse_env_file_internal): neither program can run in the test suite. The
image was also checked by hand with the real `docker run --env-file` (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from bot_fixtures import TOKEN
from dotenv import dotenv_values
from pydantic import AliasChoices
from pydantic_settings import BaseSettings

from bot.config import BotSettings
from bot.queue.settings import QueueSettings
from summarizer.fetch import FetchSettings
from summarizer.settings import SummarizerSettings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")
SETTINGS: tuple[type[BaseSettings], ...] = (
    BotSettings,
    SummarizerSettings,
    FetchSettings,
    QueueSettings,
)


def docker_env_file(text: str) -> dict[str, str]:
    """Docker's rules: leading whitespace dropped; a line starting with `#` is a comment; the
    name ends at the first `=` and may not hold whitespace; the value is everything after it,
    verbatim (quotes, a later `#`, trailing spaces all stay). A bare name copies the caller's
    environment (never used here)."""
    out: dict[str, str] = {}
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), 1):
        line = raw.lstrip()
        if not line or line.startswith("#"):
            continue
        name, has_value, value = line.partition("=")
        if not name or re.search(r"\s", name):
            raise ValueError(f"line {number}: docker refuses variable {name!r}")
        assert has_value, f"line {number}: a bare name takes the caller's environment"
        out[name] = value
    return out


def systemd_environment_file(text: str) -> dict[str, str]:
    """systemd's rules: a line starting with `#` or `;` is a comment (a trailing backslash
    continues it); whitespace around the name and before the value is dropped; a value is
    unquoted (backslash escapes the next character, trailing whitespace is dropped, `#` is just
    a character), 'single-quoted' (literal) or "double-quoted" (backslash escapes " \\ ` $);
    a backslash before the newline continues the value; names that are not valid are ignored."""
    out: dict[str, str] = {}
    state, key, value, trailing = "pre_key", "", "", 0

    def push() -> None:
        name = key.rstrip()
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            out[name] = value[: len(value) - trailing] if trailing else value

    for c in text + "\n":
        newline = c in "\n\r"
        if state == "pre_key":
            if c in "#;":
                state = "comment"
            elif not c.isspace():
                state, key = "key", c
        elif state == "key":
            if newline:
                state = "pre_key"  # no `=`: ignored
            elif c == "=":
                state, value, trailing = "pre_value", "", 0
            else:
                key += c
        elif state == "pre_value":
            if newline:
                push()
                state = "pre_key"
            elif c == "'":
                state = "single"
            elif c == '"':
                state = "double"
            elif c == "\\":
                state = "value_escape"
            elif not c.isspace():
                state, value, trailing = "value", value + c, 0
        elif state == "value":
            if newline:
                push()
                state = "pre_key"
            elif c == "\\":
                state, trailing = "value_escape", 0
            else:
                value += c
                trailing = trailing + 1 if c.isspace() else 0
        elif state == "value_escape":
            if not newline:
                value += c
            state = "value"
        elif state == "single":
            if c == "'":
                state = "pre_value"
            else:
                value += c
        elif state == "double":
            if c == '"':
                state = "pre_value"
            elif c == "\\":
                state = "double_escape"
            else:
                value += c
        elif state == "double_escape":
            if c in '"\\`$':
                value += c
            elif not newline:
                value += "\\" + c
            state = "double"
        elif state == "comment":
            if c == "\\":
                state = "comment_escape"
            elif newline:
                state = "pre_key"
        elif state == "comment_escape":
            state = "comment"
    return out


def python_dotenv(text: str) -> dict[str, str | None]:
    return dict(dotenv_values(stream=io.StringIO(text)))


def env_names(settings: type[BaseSettings]) -> set[str]:
    prefix = settings.model_config.get("env_prefix", "")
    names = set()
    for field, info in settings.model_fields.items():
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            names.add(next(str(a) for a in alias.choices if str(a).isupper()))
        else:
            names.add(f"{prefix}{field}".upper())
    return names


def test_docker_systemd_and_python_dotenv_read_the_example_alike() -> None:
    docker = docker_env_file(EXAMPLE)
    assert docker == systemd_environment_file(EXAMPLE) == python_dotenv(EXAMPLE)
    assert docker["BOT_TOKEN"] == "" and docker["WEBHOOK_PORT"] == "8080"
    assert docker["FETCH_USER_AGENT"] == "Mozilla/5.0 (compatible; NewsBriefBot/0.1)"


def test_the_example_lists_every_setting_once() -> None:
    names = re.findall(r"^([A-Z][A-Z0-9_]*)=", EXAMPLE, re.M)
    assert len(names) == len(set(names))
    expected = set().union(*(env_names(s) for s in SETTINGS))
    assert set(names) == expected


def test_the_example_keeps_to_what_all_three_read_alike() -> None:
    """Comments on lines of their own; no quotes, `#`, `$` or backslashes in values (python-dotenv
    interpolates `${...}`), no space at either end of a value."""
    for line in EXAMPLE.splitlines():
        if not line or line.startswith("#"):
            continue
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*=([^\s\"'#$\\]([^\"'#$\\]*[^\s\"'#$\\])?)?", line), (
            line
        )


@pytest.mark.parametrize(
    ("line", "docker", "systemd", "dotenv"),
    [
        # What broke `docker run --env-file .env` (issue 15): an inline comment is part of the value.
        ("BOT_WORKERS=2   # at once", "2   # at once", "2   # at once", "2"),
        ('WEBHOOK_PATH="/hook"', '"/hook"', "/hook", "/hook"),
        ("WEBHOOK_PATH=/hook  ", "/hook  ", "/hook", "/hook"),
    ],
)
def test_the_readers_differ_where_the_example_does_not_go(
    line: str, docker: str, systemd: str, dotenv: str
) -> None:
    name = line.split("=", 1)[0]
    assert docker_env_file(line)[name] == docker
    assert systemd_environment_file(line)[name] == systemd
    assert python_dotenv(line)[name] == dotenv


def test_settings_from_the_file_equal_settings_from_the_containers_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bot reading `.env` itself, and the bot started by Docker or systemd with the same file
    turned into its environment, end with the same settings."""
    monkeypatch.delenv("SUMMARIZER_MODELS_DIR")  # conftest's, which would win over both
    filled = EXAMPLE.replace("BOT_TOKEN=\n", f"BOT_TOKEN={TOKEN}\n", 1)
    (tmp_path / ".env").write_text(filled, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from_file = [settings() for settings in SETTINGS]
    (tmp_path / ".env").unlink()
    for name, value in docker_env_file(filled).items():
        monkeypatch.setenv(name, value)
    from_environment = [settings() for settings in SETTINGS]
    assert from_file == from_environment
    assert from_file[0].token.get_secret_value() == TOKEN  # type: ignore[attr-defined]


def test_the_docker_reader_is_dockers_own(tmp_path: Path) -> None:
    """Where a Docker engine and a built image are at hand (`benchmarks/image_sizes.sh`), the
    real `docker run --env-file` gives what `docker_env_file` says, odd lines included."""
    import json
    import shutil
    import subprocess

    image = "newsbrief:extractive"
    docker = shutil.which("docker")
    if (
        docker is None
        or subprocess.run(
            [docker, "image", "inspect", image], capture_output=True, timeout=30
        ).returncode
    ):
        pytest.skip(f"no Docker engine with the image {image} here")
    text = (
        EXAMPLE + 'BOT_WORKERS=2   # at once\nWEBHOOK_PATH="/hook"\nA_TRAIL=/x  \n  # note\nB=x#y\n'
    )
    (tmp_path / "env").write_text(text, encoding="utf-8")
    script = "import json, os; print(json.dumps(dict(os.environ)))"
    done = subprocess.run(
        [docker, "run", "--rm", "--network", "none", "--env-file", str(tmp_path / "env"),
         "--entrypoint", "python", image, "-c", script],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    real = json.loads(done.stdout)
    expected = docker_env_file(text)
    assert {name: real.get(name) for name in expected} == expected
