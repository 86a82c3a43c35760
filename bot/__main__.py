"""`python -m bot`: long polling by default, a webhook server when WEBHOOK_URL is set.

Only the settings are read up front: a bad value is one line naming its variable, printed before
aiogram and the model load; `--help` and `--version` need no token at all.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from types import FrameType

from .config import BotSettings, ConfigError, load, load_settings
from .probe import probe

log = logging.getLogger("bot")


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("newsbrief")
    except PackageNotFoundError:
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description=(
            "newsbrief: a Telegram bot that summarizes Russian political news. Settings come "
            "from the environment and .env (see .env.example): BOT_TOKEN is required; "
            "WEBHOOK_URL switches from long polling to a webhook. Health: /healthz and /readyz "
            "on BOT_HEALTH_PORT (polling) or WEBHOOK_PORT (webhook). SIGTERM or SIGINT stops it "
            "cleanly (exit status 0); 2 means a setting must be fixed, 1 that Telegram could not "
            "be reached."
        ),
    )
    parser.add_argument("--version", action="version", version=f"newsbrief-bot {version()}")
    parser.add_argument(
        "--healthcheck",
        action="store_true",
        help=(
            "ask the running bot's /healthz (BOT_HEALTH_PATH) on the port its settings give it "
            "(BOT_HEALTH_PORT, or WEBHOOK_PORT in webhook mode) and exit 0 if it is alive, 1 if "
            "not: the Dockerfile's HEALTHCHECK"
        ),
    )
    return parser


def healthcheck(settings: BotSettings, timeout: float = 4.0) -> int:
    """0 when the bot these settings describe answers /healthz with 200; else one line, 1."""
    url = settings.health_url()
    if url is None:
        print(
            "unhealthy: BOT_HEALTH_PORT=0 picks a port at start-up; set a fixed one",
            file=sys.stderr,
        )
        return 1
    return probe(url, timeout)


def _settings() -> tuple[BotSettings, object, object]:
    from summarizer.fetch.settings import FetchSettings
    from summarizer.settings import SummarizerSettings

    return load_settings(), load(SummarizerSettings), load(FetchSettings)


def _stop_while_loading(signum: int, _frame: FrameType | None) -> None:
    """SIGTERM or SIGINT before the event loop runs (imports take seconds): a clean exit, not
    a traceback, and not ignored when running as PID 1."""
    log.info("%s received while starting: stopped", signal.Signals(signum).name)
    raise SystemExit(0)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.healthcheck:
            return healthcheck(load_settings())
        settings, summarizer_settings, fetch_settings = _settings()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    log.info(
        "starting newsbrief-bot %s (%s, pid %d)",
        version(),
        f"webhook {settings.webhook_url}" if settings.webhook_mode else "long polling",
        os.getpid(),
    )
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _stop_while_loading)
    from .runtime.runner import run  # aiogram, aiohttp and the summarizer load from here on

    outcome = asyncio.run(run(settings, summarizer_settings, fetch_settings))
    if outcome.threads_left:
        # A summary still running in a thread cannot be stopped, and Python would wait for it
        # at exit; everything worth keeping is in the journal already.
        logging.shutdown()
        os._exit(outcome.code)
    return outcome.code


if __name__ == "__main__":
    sys.exit(main())
