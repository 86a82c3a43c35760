"""Bot settings from the environment and `.env`; a bad token stops start-up with one sentence.

The three names people know from Telegram's docs stay unprefixed (BOT_TOKEN, TELEGRAM_API_URL,
WEBHOOK_*); the bot's own knobs read as BOT_<NAME>.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# What @BotFather hands out: the bot's numeric id, a colon, 35 URL-safe characters.
TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{30,64}$")


class ConfigError(Exception):
    """A setting that cannot work; the message is the one sentence shown at start-up."""


class BotSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        frozen=True,
    )

    token: SecretStr  # BOT_TOKEN, through the prefix
    telegram_api_url: str | None = Field(
        None, validation_alias=AliasChoices("telegram_api_url", "TELEGRAM_API_URL")
    )

    # Webhook mode when a public URL is set; long polling otherwise.
    webhook_url: str | None = Field(
        None, validation_alias=AliasChoices("webhook_url", "WEBHOOK_URL")
    )
    webhook_secret: SecretStr | None = Field(
        None, validation_alias=AliasChoices("webhook_secret", "WEBHOOK_SECRET")
    )
    webhook_host: str = Field(
        "0.0.0.0", validation_alias=AliasChoices("webhook_host", "WEBHOOK_HOST")
    )
    webhook_port: int = Field(
        8080, ge=1, le=65535, validation_alias=AliasChoices("webhook_port", "WEBHOOK_PORT")
    )
    webhook_path: str = Field(
        "/webhook", validation_alias=AliasChoices("webhook_path", "WEBHOOK_PATH")
    )
    health_path: str = "/healthz"

    # The worker pool and its queue.
    # process: a pipeline per worker process, nothing shares the GIL with the event loop (see
    # benchmarks/bot_latency.py); thread: one pipeline in memory, for big seq2seq models.
    # auto: process for the extractive backend, thread when seq2seq weights are in use (one copy
    # of the model in memory; torch releases the GIL while it works).
    pool: Literal["auto", "thread", "process"] = "auto"
    workers: int = Field(2, ge=1, le=64)
    queue_size: int = Field(8, ge=0)

    cache_size: int = Field(512, ge=0)
    cache_ttl: float = Field(6 * 3600, gt=0)  # seconds
    rate_limit: int = Field(6, ge=0)  # requests per user per window; 0 turns the limit off
    rate_window: float = Field(60.0, gt=0)  # seconds

    placeholder_delay: float = Field(1.0, ge=0)  # "⏳ Читаю статью…" after this many seconds
    inline_budget: float = Field(8.0, gt=0)  # Telegram drops inline answers after about 10 s
    max_retry_after: float = Field(
        60.0, ge=0
    )  # flood control: wait at most this long, then give up
    min_text_chars: int = Field(300, ge=0)  # a shorter text without a link gets a hint
    polling_timeout: int = Field(30, ge=0, le=50)  # getUpdates long-poll, seconds
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("webhook_secret")
    @classmethod
    def _blank_secret(cls, value: SecretStr | None) -> SecretStr | None:
        """`WEBHOOK_SECRET=` as .env.example leaves it means no secret, not an empty one."""
        return value if value is not None and value.get_secret_value().strip() else None

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value().strip()
        if not TOKEN_PATTERN.match(token):
            raise ValueError("malformed")
        return SecretStr(token)

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("telegram_api_url", "webhook_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().rstrip("/")
        if not re.match(r"^https?://[^/\s]+", value):
            raise ValueError("must start with http:// or https://")
        return value

    @property
    def webhook_mode(self) -> bool:
        return self.webhook_url is not None


def load_settings(**overrides: object) -> BotSettings:
    """Settings, or a `ConfigError` whose message is one sentence for whoever starts the bot."""
    try:
        return BotSettings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        errors = exc.errors()
        fields = {str(err["loc"][0]) if err["loc"] else "" for err in errors}
        if "token" in fields:
            missing = any(
                err["type"] == "missing" or err.get("input") in ("", None)
                for err in errors
                if err["loc"] and err["loc"][0] == "token"
            )
            if missing:
                raise ConfigError(
                    "BOT_TOKEN is not set: put the token from @BotFather in the "
                    "environment or in .env."
                ) from None
            raise ConfigError(
                "BOT_TOKEN does not look like a bot token (expected "
                "'123456789:AA...' as @BotFather gives it)."
            ) from None
        err = errors[0]
        name = ".".join(str(x) for x in err["loc"]) or "settings"
        raise ConfigError(f"Setting {name} is invalid: {err['msg']}.") from None
