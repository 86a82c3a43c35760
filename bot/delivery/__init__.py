"""Getting every call through to Telegram: retries within a budget, and no stray duplicates.

`ReliableRequests` is a session middleware, so every call the bot makes (replies, hints, inline
answers, apologies) gets the same treatment; `budget` and `cosmetic` set how hard one call may
try; `ChatLedger` knows which messages are the bot's own, to find the copy an ambiguous send
may have left behind.
"""

from __future__ import annotations

from .ledger import ChatLedger, LedgerStore
from .middleware import ReliableRequests
from .policy import RetryPolicy, budget, cosmetic

__all__ = ["ChatLedger", "LedgerStore", "ReliableRequests", "RetryPolicy", "budget", "cosmetic"]
