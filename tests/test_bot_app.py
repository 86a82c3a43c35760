"""Start-up and the two ways updates come in: settings, token errors, webhook, commands."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
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
from bot_process import free_port
from botapi_stub import BotAPIStub

from bot.app import build_dispatcher, make_bot, set_commands
from bot.config import BotSettings, ConfigError, load_settings
from bot.delivery import ChatLedger
from bot.journal import SQLiteJournal
from bot.runtime import Health, UpdateIntake, make_web_app
from bot.service import SummaryService

ROOT = Path(__file__).resolve().parents[1]


def run_bot(env: dict[str, str], tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    prefixes = ("BOT_", "WEBHOOK_", "SUMMARIZER_", "FETCH_", "TELEGRAM_")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
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
        ({"BOT_TOKEN": TOKEN, "BOT_WORKERS": "many"}, "BOT_WORKERS is invalid (got 'many')"),
        ({"BOT_TOKEN": TOKEN, "SUMMARIZER_NUM_BEAMS": "99"}, "SUMMARIZER_NUM_BEAMS is invalid"),
        ({"BOT_TOKEN": TOKEN, "FETCH_TOTAL_TIMEOUT": "soon"}, "FETCH_TOTAL_TIMEOUT is invalid"),
        ({"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "ftp://x"}, "TELEGRAM_API_URL is invalid"),
    ],
    ids=["missing", "empty", "malformed", "short", "bot", "summarizer", "fetch", "api-url"],
)
def test_bad_token_stops_with_one_sentence(
    env: dict[str, str], expected: str, tmp_path: Path
) -> None:
    done = run_bot(env, tmp_path)
    assert done.returncode == 2
    assert expected in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("flag, expected", [("--help", "BOT_TOKEN"), ("--version", "0.")])
def test_help_and_version_need_no_token(flag: str, expected: str, tmp_path: Path) -> None:
    done = run_bot({}, tmp_path, flag)
    assert done.returncode == 0 and expected in done.stdout and done.stderr == ""


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/alive" else 503)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *_: object) -> None:
        pass


def test_healthcheck_asks_the_port_and_path_the_bot_serves_health_on(tmp_path: Path) -> None:
    """`--healthcheck` (the Dockerfile's HEALTHCHECK) reads the bot's own settings: the health
    port in polling mode, the webhook port in webhook mode, BOT_HEALTH_PATH; a 503 or nothing
    listening is unhealthy, in one line."""
    polling = BotSettings(token=TOKEN, health_port=9100, health_path="/alive")
    assert polling.health_url() == "http://127.0.0.1:9100/alive"
    webhook = BotSettings(
        token=TOKEN,
        webhook_url="https://bot.example.org",
        webhook_host="::1",
        webhook_port=8443,
        health_port=9100,
    )
    assert webhook.health_listen == ("::1", 8443, "WEBHOOK_PORT")
    assert webhook.health_url() == "http://[::1]:8443/healthz"
    assert BotSettings(token=TOKEN, health_port=0).health_url() is None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    port = str(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        alive = run_bot(
            {"BOT_TOKEN": TOKEN, "BOT_HEALTH_PORT": port, "BOT_HEALTH_PATH": "/alive"},
            tmp_path,
            "--healthcheck",
        )
        sick = run_bot({"BOT_TOKEN": TOKEN, "BOT_HEALTH_PORT": port}, tmp_path, "--healthcheck")
        webhook_port = run_bot(
            {
                "BOT_TOKEN": TOKEN,
                "BOT_HEALTH_PORT": str(free_port()),
                "BOT_HEALTH_PATH": "/alive",
                "WEBHOOK_URL": "https://bot.example.org",
                "WEBHOOK_PORT": port,
            },
            tmp_path,
            "--healthcheck",
        )
    finally:
        server.shutdown()
        server.server_close()
    gone = run_bot({"BOT_TOKEN": TOKEN, "BOT_HEALTH_PORT": port}, tmp_path, "--healthcheck")
    assert (alive.returncode, alive.stderr) == (0, "")
    assert webhook_port.returncode == 0
    assert sick.returncode == 1 and sick.stderr.strip().endswith("/healthz answered 503")
    assert gone.returncode == 1 and gone.stderr.startswith("unhealthy: http://127.0.0.1:")
    for done in (sick, gone):
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_the_dockerfile_healthcheck_is_the_bots_own() -> None:
    """The image asks the bot which port and path to probe, rather than an environment variable
    of its own that the bot never reads."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    joined = dockerfile.replace("\\\n", " ")  # continuation lines
    [healthcheck] = [line for line in joined.splitlines() if line.startswith("HEALTHCHECK ")]
    assert " ".join(healthcheck.split()).endswith('CMD ["newsbrief-bot", "--healthcheck"]')
    assert "HEALTH_PORT=" not in dockerfile.replace("BOT_HEALTH_PORT=", "")


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
    with pytest.raises(ConfigError, match="WEBHOOK_PORT"):
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


async def test_webhook_checks_the_secret_journals_the_update_and_answers_health() -> None:
    import asyncio

    stub = BotAPIStub(TOKEN)
    url = await stub.start()
    settings: BotSettings = bot_settings(
        url, webhook_url="https://bot.example.org", webhook_secret="s3cret-token"
    )
    service = SummaryService(extractive_pipeline())
    service.warmed_up = True
    journal = SQLiteJournal(":memory:")
    ledger = ChatLedger(journal)
    bot = make_bot(settings, ledger)
    dp = build_dispatcher(service, settings)
    intake = UpdateIntake(dp, bot, journal, ledger)
    health = Health(service, polling=False, poll_timeout=1)
    health.intake = intake
    server = TestServer(make_web_app(settings, health, bot=bot, intake=intake), host="127.0.0.1")
    await server.start_server()
    update = {"update_id": 1, **update_message(command("start"))}
    headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
    try:
        async with ClientSession() as http:
            base = str(server.make_url(""))
            health_ = await http.get(base + settings.health_path)
            assert health_.status == 200 and (await health_.json())["status"] == "ok"
            ready = await http.get(base + settings.ready_path)
            assert ready.status == 503  # still "starting": not ready is not "always ok"
            assert "starting" in (await ready.json())["problems"]
            health.phase, health.webhook_set = "ready", True
            assert (await http.get(base + settings.ready_path)).status == 200
            forged = await http.post(base + settings.webhook_path, json=update)
            assert forged.status == 401
            real = await http.post(base + settings.webhook_path, json=update, headers=headers)
            assert real.status == 200
            assert journal.counts() in ({"pending": 1}, {"done": 1})  # recorded before the 200
            again = await http.post(base + settings.webhook_path, json=update, headers=headers)
            assert again.status == 200 and intake.duplicates == 1  # a redelivery, not a 2nd reply
            await stub.wait_for(lambda s: s.requests("sendMessage", ok_only=True), timeout=30)
            intake.stop_taking()  # a stop: Telegram is told to come back later
            late = {"update_id": 2, **update_message(command("help"))}
            stopped = await http.post(base + settings.webhook_path, json=late, headers=headers)
            assert stopped.status == 503
            await intake.drain(30)
            await asyncio.sleep(0)
    finally:
        await server.close()
        await service.aclose()
        await bot.session.close()
        await stub.stop()
    assert len(stub.requests("sendMessage")) == 1  # the forged and repeated updates did nothing
    assert journal.counts() == {"done": 1}
