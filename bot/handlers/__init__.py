"""One Router per feature; `make_routers` builds fresh ones for each dispatcher."""

from __future__ import annotations

from aiogram import Router

from . import group, inline, private, start


def make_routers() -> list[Router]:
    # Order matters: commands before the private catch-all.
    return [start.make_router(), group.make_router(), private.make_router(), inline.make_router()]


__all__ = ["make_routers"]
