"""Where updates come in, from polling or the webhook: recorded, then handled, then finished.

An update is written to the journal before the poller confirms its offset (or the webhook
answers 200), so a process that dies still has it; it is handled as a task of its own; it is
marked finished only when its handler returned (a handler cut off by a stop stays pending and is
handled again after the restart, with the ticket telling what was already sent).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiogram import Bot, Dispatcher
from aiogram.types import Update

from ..delivery import ChatLedger
from ..journal import Journal, Ticket

log = logging.getLogger(__name__)


def _chat_and_message(update: Update) -> tuple[int, int] | None:
    message = update.message or update.edited_message
    if message is None:
        return None
    return message.chat.id, message.message_id


class UpdateIntake:
    def __init__(self, dp: Dispatcher, bot: Bot, journal: Journal, ledger: ChatLedger) -> None:
        self.dp, self.bot, self.journal, self.ledger = dp, bot, journal, ledger
        self.taking = True
        self.accepted = 0
        self.duplicates = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def in_hand(self) -> int:
        return len(self._tasks)

    def accept(self, update: Update) -> bool:
        """Record and start handling `update`; False when stopping (it must not be confirmed)."""
        if not self.taking:
            return False
        body = update.model_dump_json(exclude_none=True, by_alias=True)
        ticket = self.journal.accept(update.update_id, body)
        if ticket is None:
            self.duplicates += 1
            log.info("update %s seen before: not handled again", update.update_id)
            return True
        self.accepted += 1
        if (where := _chat_and_message(update)) is not None:
            self.ledger.observe(*where)
        self._start(update, ticket)
        return True

    def replay(self) -> int:
        """Handle again what a dead process left; sends into those chats are checked for copies
        the dead process may have sent unrecorded."""
        count = 0
        for ticket, body in self.journal.pending():
            try:
                update = Update.model_validate_json(body, context={"bot": self.bot})
            except Exception as exc:
                log.error("update %s in the journal cannot be read: %r", ticket.update_id, exc)
                self.journal.finish(ticket)
                continue
            if (where := _chat_and_message(update)) is not None:
                self.ledger.observe(*where)
                self.ledger.suspect(where[0], where[1])
            self._start(update, ticket)
            count += 1
        if count:
            log.info("answering %d requests left from before the restart", count)
        return count

    def _start(self, update: Update, ticket: Ticket) -> None:
        task = asyncio.get_running_loop().create_task(
            self._handle(update, ticket), name=f"update {update.update_id}"
        )
        self._tasks.add(task)
        self._idle.clear()
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self._idle.set()

    async def _handle(self, update: Update, ticket: Ticket) -> None:
        try:
            await self.dp.feed_update(self.bot, update, ticket=ticket)
        except asyncio.CancelledError:
            raise  # stays pending in the journal: handled again after the restart
        except Exception:
            log.exception("update %s: handling failed", update.update_id)
        try:
            self.journal.finish(ticket)
        except Exception as exc:
            log.error("update %s: could not be marked done: %r", update.update_id, exc)

    def stop_taking(self) -> None:
        self.taking = False

    async def drain(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the updates in hand; True when none is left."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout)
        return self._idle.is_set()

    async def cancel_rest(self) -> int:
        """Cut off what is still in hand (it stays pending in the journal); the count."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return len(tasks)
