"""Limits for fetching a link. Every one of them is there because a hostile or broken site exists.

Read from the environment (prefix `FETCH_`) and `.env`, so a deployment tunes them without code.
"""

from __future__ import annotations

import ipaddress
from typing import Annotated, Any

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class FetchSettings(BaseSettings):
    """How far a fetch may go: time, bytes, redirects, and which addresses it may reach."""

    model_config = SettingsConfigDict(
        env_prefix="FETCH_", env_file=".env", extra="ignore", frozen=True
    )

    # The SSRF guard: off only for tests and self-hosted deployments that fetch from their LAN.
    allow_private_addresses: bool = False
    # Narrower than lifting the guard: these networks (comma-separated CIDRs) are let through.
    allowed_networks: Annotated[tuple[Network, ...], NoDecode] = ()

    connect_timeout: float = Field(5.0, gt=0)  # DNS + TCP + TLS, per hop
    read_timeout: float = Field(10.0, gt=0)  # silence between two chunks
    total_timeout: float = Field(20.0, gt=0)  # the whole fetch, redirects and body included
    max_bytes: int = Field(5_000_000, gt=0)  # decoded body; the stream is cut past it
    max_redirects: int = Field(5, ge=0)
    user_agent: str = "Mozilla/5.0 (compatible; NewsBriefBot/0.1)"
    accept_language: str = "ru,en;q=0.5"
    min_text_chars: int = Field(150, ge=0)  # less extracted text than this: "no article here"
    telegram_base_url: str = "https://t.me"  # public post previews; tests point it at 127.0.0.1

    @field_validator("allowed_networks", mode="before")
    @classmethod
    def _split_networks(cls, value: Any) -> Any:
        """`10.0.0.0/8, 192.168.1.5` from the environment; lists pass through."""
        if isinstance(value, str):
            value = [part for part in value.replace(";", ",").split(",") if part.strip()]
        if isinstance(value, (list, tuple)):
            return tuple(ipaddress.ip_network(str(v).strip(), strict=False) for v in value)
        return value

    @field_validator("telegram_base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")
