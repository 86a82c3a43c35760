"""Settings of the Redis side: where Redis is, how jobs are redelivered, how long things live.

REDIS_URL is the switch: unset, the bot runs everything in one process as before; set, the bot
only takes updates and hands summaries to workers (`python -m bot.worker`) through Redis.
"""

from __future__ import annotations

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class QueueSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="QUEUE_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        frozen=True,
    )

    redis_url: str | None = Field(None, validation_alias=AliasChoices("redis_url", "REDIS_URL"))
    prefix: str = "newsbrief"  # every key and the job stream start with it
    # A job a worker took and did not acknowledge for this long (it died) goes to another worker;
    # keep it above the longest summary, or a slow job is run twice (still answered once).
    redeliver_after: float = Field(60.0, gt=0)
    # Jobs waiting or running, all replicas together, past which new requests are refused.
    max_backlog: int = Field(500, ge=1)
    # How long the bot keeps trying to hand a job to Redis (a restart) before apologising.
    retry_for: float = Field(20.0, ge=0)
    # The job stream keeps at most about this many entries (acknowledged ones are trimmed).
    stream_maxlen: int = Field(10_000, ge=100)
    # Lifetime of a finished job's delivery record (a redelivered copy is not answered again).
    done_ttl: float = Field(24 * 3600, gt=0)
    # The worker's /healthz, /readyz and /metrics (0: any free port, logged).
    worker_health_host: str = "0.0.0.0"
    worker_health_port: int = Field(8081, ge=0, le=65535)
    # A stopping worker finishes its job for at most this long before it gives it back.
    worker_drain_timeout: float = Field(30.0, ge=0)

    @field_validator("redis_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value

    @property
    def stream(self) -> str:
        return f"{self.prefix}:jobs"
