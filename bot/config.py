"""Bot settings from the environment and `.env`; a bad value stops start-up with one sentence
that names the environment variable (for the bot's own settings and the summarizer's alike).

The three names people know from Telegram's docs stay unprefixed (BOT_TOKEN, TELEGRAM_API_URL,
WEBHOOK_*); the bot's own knobs read as BOT_<NAME>.
"""

from __future__ import annotations

import re
from typing import Any, Literal, TypeVar

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

S = TypeVar("S", bound=BaseSettings)

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
    # Liveness and readiness, in both modes: on the webhook server in webhook mode, on their own
    # server at BOT_HEALTH_HOST:BOT_HEALTH_PORT in polling mode (0: any free port, logged).
    health_path: str = "/healthz"
    ready_path: str = "/readyz"
    health_host: str = "0.0.0.0"
    health_port: int = Field(8080, ge=0, le=65535)

    # The worker pool and its queue.
    # process: a pipeline per worker process, nothing shares the GIL with the event loop (see
    # benchmarks/bot_latency.py); thread: one pipeline in memory, for big seq2seq models.
    # auto: process for the extractive backend, thread when seq2seq weights are in use (one copy
    # of the model in memory; torch releases the GIL while it works).
    pool: Literal["auto", "thread", "process"] = "auto"
    workers: int = Field(2, ge=1, le=64)
    # Admission by expected wait: a request is taken while the measured service time times the
    # queue ahead of it stays under max_wait; queue_size only bounds memory.
    max_wait: float = Field(60.0, gt=0)  # seconds
    notify_wait: float = Field(10.0, ge=0)  # a longer expected wait is told in the placeholder
    queue_size: int = Field(500, ge=0)
    # Fetching links has its own slots, so slow sites never hold up summarizing.
    fetch_slots: int = Field(8, ge=1)
    fetch_per_user: int = Field(2, ge=1)
    fetch_queue: int = Field(64, ge=0)

    cache_size: int = Field(512, ge=0)  # entries
    cache_mb: float = Field(64.0, ge=0)  # and bytes: summaries only, never whole articles
    cache_ttl: float = Field(6 * 3600, gt=0)  # seconds

    # Delivery that survives Telegram: how long one reply may keep retrying 5xx, network errors
    # and flood control; drain: how long a stop waits for work in hand before apologising.
    delivery_budget: float = Field(120.0, gt=0)
    drain_timeout: float = Field(6.0, ge=0)
    # Accepted updates are recorded here before Telegram is told they arrived, and answered after
    # a crash or kill; empty: kept in memory only.
    journal_path: str = "state/journal.sqlite3"
    inline_debounce: float = Field(0.6, ge=0)  # an inline query superseded this soon is not read
    rate_limit: int = Field(6, ge=0)  # requests per user per window; 0 turns the limit off
    rate_window: float = Field(60.0, gt=0)  # seconds

    placeholder_delay: float = Field(1.0, ge=0)  # "⏳ Читаю статью…" after this many seconds
    inline_budget: float = Field(8.0, gt=0)  # Telegram drops inline answers after about 10 s
    # flood control: one 429 asking for a longer wait than this gives up at once
    max_retry_after: float = Field(60.0, ge=0)
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

    @property
    def health_listen(self) -> tuple[str, int, str]:
        """Where /healthz and /readyz listen (host, port, the variable that sets the port): the
        webhook server in webhook mode, a server of their own in polling mode. The server and
        `--healthcheck` (the Dockerfile's HEALTHCHECK) both read it, so they cannot disagree."""
        if self.webhook_mode:
            return self.webhook_host, self.webhook_port, "WEBHOOK_PORT"
        return self.health_host, self.health_port, "BOT_HEALTH_PORT"

    def health_url(self) -> str | None:
        """The URL a local probe asks for liveness; None when the port is chosen at start-up."""
        host, port, _ = self.health_listen
        if port == 0:
            return None
        if host in ("", "0.0.0.0", "::"):  # listening everywhere: loopback reaches it
            host = "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}{self.health_path}"


def env_name(settings_cls: type[BaseSettings], field: str) -> str:
    """The environment variable a field is read from: its upper-case alias, or prefix + name."""
    info = settings_cls.model_fields.get(field)
    alias = info.validation_alias if info is not None else None
    if isinstance(alias, AliasChoices):
        names = [c for c in alias.choices if isinstance(c, str) and c.isupper()]
        if names:
            return names[0]
    prefix = str(settings_cls.model_config.get("env_prefix") or "")
    return f"{prefix}{field}".upper()


def settings_error(settings_cls: type[BaseSettings], exc: ValidationError) -> ConfigError:
    """One sentence naming the variable, the value and what is wrong, instead of a traceback."""
    err = exc.errors()[0]
    field = str(err["loc"][0]) if err["loc"] else ""
    name = env_name(settings_cls, field) if field else settings_cls.__name__
    msg = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "missing":
        return ConfigError(f"{name} is not set.")
    value = err.get("input")
    shown = f" (got {str(value)[:60]!r})" if isinstance(value, (str, int, float)) else ""
    return ConfigError(f"{name} is invalid{shown}: {msg}.")


def load(settings_cls: type[S], **overrides: Any) -> S:
    """Any settings class, or a `ConfigError` naming the environment variable at fault."""
    try:
        return settings_cls(**overrides)
    except ValidationError as exc:
        raise settings_error(settings_cls, exc) from None


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
        raise settings_error(BotSettings, exc) from None
