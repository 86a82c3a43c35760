"""Start-up and the two ways updates come in: settings, token errors, webhook, commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer
from bot_fixtures import (
    SEED_TEXT,
    TOKEN,
    bot_settings,
    command,
    extractive_pipeline,
    message,
    update_message,
)
from botapi_stub import BotAPIStub

from bot.app import build_dispatcher, make_bot, make_webhook_app, set_commands
from bot.config import BotSettings, ConfigError, load_settings
from bot.service import SummaryService

ROOT = Path(__file__).resolve().parents[1]


def run_bot(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK_"))}
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, "BOT_TOKEN is not set"),
        ({"BOT_TOKEN": ""}, "BOT_TOKEN is not set"),
        ({"BOT_TOKEN": "not-a-token"}, "does not look like a bot token"),
        ({"BOT_TOKEN": "123456:short"}, "does not look like a bot token"),
    ],
    ids=["missing", "empty", "malformed", "short"],
)
def test_bad_token_stops_with_one_sentence(
    env: dict[str, str], expected: str, tmp_path: Path
) -> None:
    done = run_bot(env, tmp_path)
    assert done.returncode == 2
    assert expected in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_settings_from_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(
        f"BOT_TOKEN={TOKEN}\nTELEGRAM_API_URL=http://127.0.0.1:8081/\n"
        "WEBHOOK_URL=https://bot.example.org\nBOT_WORKERS=3\n"
    )
    monkeypatch.chdir(tmp_path)
    for name in ("BOT_TOKEN", "TELEGRAM_API_URL", "WEBHOOK_URL", "BOT_WORKERS"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.token.get_secret_value() == TOKEN
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert settings.webhook_mode and settings.workers == 3
    with pytest.raises(ConfigError, match="webhook_port"):
        load_settings(webhook_port=0)


def test_env_example_as_copied_is_valid_once_the_token_is_filled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`.env.example` copied to `.env`: every setting parses, blanks mean "not set"."""
    from summarizer import SummarizerSettings
    from summarizer.fetch import FetchSettings

    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    (tmp_path / ".env").write_text(example, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="BOT_TOKEN is not set"):
        load_settings()
    (tmp_path / ".env").write_text(
        example.replace("BOT_TOKEN=", f"BOT_TOKEN={TOKEN}", 1), encoding="utf-8"
    )
    settings = load_settings()
    assert settings.webhook_secret is None and not settings.webhook_mode
    assert settings.telegram_api_url is None
    assert SummarizerSettings() == SummarizerSettings(_env_file=None)
    assert FetchSettings() == FetchSettings(_env_file=None)


async def test_commands_registered_for_private_and_groups() -> None:
    stub = BotAPIStub(TOKEN)
    url = await stub.start()
    bot = make_bot(bot_settings(url))
    try:
        await set_commands(bot)
    finally:
        await bot.session.close()
        await stub.stop()
    calls = stub.requests("setMyCommands", ok_only=True)
    assert {c.params["scope"]["type"] for c in calls} == {"all_private_chats", "all_group_chats"}
    assert [c["command"] for c in calls[0].params["commands"]] == ["summary", "help"]


async def test_webhook_checks_the_secret_and_answers_health() -> None:
    stub = BotAPIStub(TOKEN)
    url = await stub.start()
    settings: BotSettings = bot_settings(
        url, webhook_url="https://bot.example.org", webhook_secret="s3cret-token"
    )
    service = SummaryService(extractive_pipeline())
    bot = make_bot(settings)
    dp = build_dispatcher(service, settings)
    server = TestServer(make_webhook_app(dp, bot, settings), host="127.0.0.1")
    await server.start_server()
    update = {"update_id": 1, **update_message(command("start"))}
    try:
        async with ClientSession() as http:
            base = str(server.make_url(""))
            health = await http.get(base + settings.health_path)
            assert health.status == 200 and (await health.json())["status"] == "ok"
            forged = await http.post(base + settings.webhook_path, json=update)
            assert forged.status == 401
            real = await http.post(
                base + settings.webhook_path,
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
            )
            assert real.status == 200
            await stub.wait_for(lambda s: s.requests("sendMessage", ok_only=True), timeout=5)
    finally:
        await server.close()
        await service.aclose()
        await bot.session.close()
        await stub.stop()
    assert len(stub.requests("sendMessage")) == 1  # the forged update did nothing


async def test_python_m_bot_polls_the_configured_server(tmp_path: Path) -> None:
    """The real entry point: TELEGRAM_API_URL, commands at start-up, the backend logged, a reply."""
    import asyncio

    stub = BotAPIStub(TOKEN)
    url = await stub.start()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK_"))}
    env = {
        **clean,
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": url,
        "BOT_POLLING_TIMEOUT": "1",
        "BOT_POOL": "thread",
        "SUMMARIZER_BACKEND": "extractive",
        "BOT_PLACEHOLDER_DELAY": "600",  # the reply comes as one sendMessage, however busy the box
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        stub.push(update_message(message(SEED_TEXT)))
        await stub.wait_for(lambda s: s.requests("sendMessage", ok_only=True), timeout=180)
    finally:
        proc.terminate()
        output = (await asyncio.wait_for(proc.communicate(), 20))[0].decode()
        await stub.stop()
    assert "summarizer backend: extractive" in output
    assert len(stub.requests("setMyCommands", ok_only=True)) == 2
    assert stub.requests("deleteWebhook", ok_only=True)
    assert "Токаев" in stub.requests("sendMessage", ok_only=True)[0].params["text"]
    assert stub.violations == []
