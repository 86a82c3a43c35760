"""The local journal: one SQLite file, written before Telegram is told an update arrived.

WAL with synchronous=NORMAL: a commit survives the process being killed (the threat here: OOM,
kill -9, a crash), though not a power cut; it costs tens of microseconds, not an fsync.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from pathlib import Path

from .base import Ticket

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS updates (
    update_id INTEGER PRIMARY KEY,
    received REAL NOT NULL,
    state TEXT NOT NULL,            -- 'pending' | 'done'
    body TEXT,                      -- the update as JSON, while pending
    progress TEXT,                  -- {"placeholder": id, "parts": {index: id}}
    starts INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS sent (
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (chat_id, message_id)
) WITHOUT ROWID;
"""
KEEP_DONE = 25 * 3600  # Telegram redelivers an unconfirmed update for up to a day
KEEP_SENT = 49 * 3600  # a bot can edit or delete its messages for 48 hours
MAX_STARTS = 3  # an update that was in hand at three deaths in a row is given up


class SQLiteJournal:
    def __init__(self, path: str | Path = ":memory:", clock=time.time) -> None:
        self.path = str(path)
        self._clock = clock
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._accepted = 0
        self.prune()

    def accept(self, update_id: int, body: str) -> Ticket | None:
        try:
            self._db.execute(
                "INSERT INTO updates (update_id, received, state, body) VALUES (?, ?, 'pending', ?)",
                (update_id, self._clock(), body),
            )
        except sqlite3.IntegrityError:
            return None
        self._accepted += 1
        if self._accepted % 1000 == 0:
            self.prune()
        return Ticket(update_id, journal=self)

    def pending(self) -> list[tuple[Ticket, str]]:
        rows = self._db.execute(
            "SELECT update_id, body, progress, starts FROM updates WHERE state = 'pending' "
            "ORDER BY update_id"
        ).fetchall()
        out = []
        for update_id, body, progress, starts in rows:
            if starts >= MAX_STARTS:
                log.error("update %s was in hand at %d stops in a row: given up", update_id, starts)
                self._db.execute(
                    "UPDATE updates SET state = 'done', body = NULL WHERE update_id = ?",
                    (update_id,),
                )
                continue
            self._db.execute(
                "UPDATE updates SET starts = starts + 1 WHERE update_id = ?", (update_id,)
            )
            saved = json.loads(progress) if progress else {}
            ticket = Ticket(
                update_id,
                replayed=True,
                placeholder=saved.get("placeholder"),
                parts={int(k): v for k, v in saved.get("parts", {}).items()},
                journal=self,
            )
            out.append((ticket, body))
        return out

    def save(self, ticket: Ticket) -> None:
        progress = json.dumps({"placeholder": ticket.placeholder, "parts": ticket.parts})
        self._db.execute(
            "UPDATE updates SET progress = ? WHERE update_id = ?", (progress, ticket.update_id)
        )

    def finish(self, ticket: Ticket) -> None:
        self._db.execute(
            "UPDATE updates SET state = 'done', body = NULL WHERE update_id = ?",
            (ticket.update_id,),
        )

    def remember_sent(self, chat_id: int, message_id: int) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO sent (chat_id, message_id, at) VALUES (?, ?, ?)",
            (chat_id, message_id, self._clock()),
        )

    def was_sent(self, chat_id: int, message_id: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM sent WHERE chat_id = ? AND message_id = ?", (chat_id, message_id)
        ).fetchone()
        return row is not None

    def counts(self) -> dict[str, int]:
        rows = self._db.execute("SELECT state, COUNT(*) FROM updates GROUP BY state").fetchall()
        return {state: n for state, n in rows}

    def prune(self) -> None:
        now = self._clock()
        self._db.execute(
            "DELETE FROM updates WHERE state = 'done' AND received < ?", (now - KEEP_DONE,)
        )
        self._db.execute("DELETE FROM sent WHERE at < ?", (now - KEEP_SENT,))

    def close(self) -> None:
        self._db.close()


def open_journal(path: str) -> SQLiteJournal:
    """The journal at `path` (empty: in memory, nothing survives a restart)."""
    if not path.strip():
        return SQLiteJournal(":memory:")
    return SQLiteJournal(path)
