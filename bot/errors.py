"""What a user sees when something of ours breaks, and the one log line we keep about it."""

from __future__ import annotations

import logging
import uuid


def new_error_id() -> str:
    return uuid.uuid4().hex[:8]


def apology(error_id: str) -> str:
    return (
        f"Что-то сломалось у меня внутри (ошибка {error_id}). Попробуйте ещё раз чуть позже — "
        "а если не выйдет, перешлите этот номер автору бота."
    )


def log_failure(log: logging.Logger, what: str, exc: BaseException) -> str:
    """One log record with an error id (the id is in the user's apology too, to find it)."""
    error_id = new_error_id()
    log.error("error %s while %s: %s: %s", error_id, what, type(exc).__name__, exc, exc_info=exc)
    return error_id
