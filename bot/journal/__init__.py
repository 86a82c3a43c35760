"""Accepting an update durably, and remembering how far its answer got.

The interface a queue backend (Redis, for stateless replicas) would implement: `accept` records an
update before Telegram is told it arrived and refuses one seen before; the handler reports what it
sent on the update's `Ticket` (so a retry after a crash edits the same placeholder and skips the
chunks already delivered); `finish` ends it; `pending` hands back what a dead process left.
"""

from __future__ import annotations

from .base import Journal, Ticket
from .sqlite import SQLiteJournal, open_journal

__all__ = ["Journal", "SQLiteJournal", "Ticket", "open_journal"]
