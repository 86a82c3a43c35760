"""The journal's interface and the ticket a handler carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Journal(Protocol):
    def accept(self, update_id: int, body: str) -> Ticket | None:
        """Record an update durably; None when it was seen before (a redelivery)."""
        ...

    def pending(self) -> list[tuple[Ticket, str]]:
        """Updates accepted and not finished (by a process that died), oldest first."""
        ...

    def save(self, ticket: Ticket) -> None:
        """Persist the ticket's progress."""
        ...

    def finish(self, ticket: Ticket) -> None: ...

    def remember_sent(self, chat_id: int, message_id: int) -> None: ...

    def was_sent(self, chat_id: int, message_id: int) -> bool: ...

    def close(self) -> None: ...


@dataclass
class Ticket:
    """One accepted update and how far its answer got.

    Mutable on purpose: it is the handler's running record, saved to the journal at each step.
    """

    update_id: int
    replayed: bool = False  # handled before by a process that died
    placeholder: int | None = None  # message id of "⏳ Читаю статью…" in the chat
    parts: dict[int, int] = field(default_factory=dict)  # chunk of the reply -> its message id
    journal: Journal | None = field(default=None, repr=False, compare=False)

    def note_placeholder(self, message_id: int) -> None:
        self.placeholder = message_id
        self._save()

    def note_part(self, index: int, message_id: int) -> None:
        self.parts[index] = message_id
        self._save()

    def _save(self) -> None:
        if self.journal is not None:
            self.journal.save(self)
