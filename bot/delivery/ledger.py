"""Which messages in a chat are the bot's own, and where an ambiguous send may have left a copy.

A send whose connection broke may have reached the chat anyway. Retrying it is right (the user
must get an answer), but may leave two copies. Telegram has no idempotency key, so the copy is
found afterwards: message ids in a chat come from one sequence, so a stray copy sits between the
last id known before the broken send (the floor) and the id the retry got. Among those, a message
the bot can "edit" to no change is its own; one it does not know it sent is the stray.

Sends to one chat are serialized (`lock`), so no other send of ours is in flight while the range
is searched; ids the bot has sent are kept (and persisted through `LedgerStore`, to survive a
restart), so its earlier replies are never mistaken for strays.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Protocol


class LedgerStore(Protocol):
    """Where sent message ids outlive the process (the journal)."""

    def remember_sent(self, chat_id: int, message_id: int) -> None: ...

    def was_sent(self, chat_id: int, message_id: int) -> bool: ...


@dataclass
class _Chat:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    floor: int = 0  # the highest message id known in the chat (ours or the user's)
    sent: set[int] = field(default_factory=set)  # recent ids of our own messages
    suspects: list[int] = field(default_factory=list)  # floors of ambiguous sends not yet settled


class ChatLedger:
    MAX_CHATS = 20_000
    MAX_SENT = 64  # per chat in memory; older ones are asked of the store

    def __init__(self, store: LedgerStore | None = None) -> None:
        self._store = store
        self._chats: OrderedDict[int, _Chat] = OrderedDict()

    def _chat(self, chat_id: int) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat()
            while len(self._chats) > self.MAX_CHATS:
                oldest = next(iter(self._chats))
                if self._chats[oldest].lock.locked() or self._chats[oldest].suspects:
                    self._chats.move_to_end(oldest)
                    break
                del self._chats[oldest]
        else:
            self._chats.move_to_end(chat_id)
        return chat

    def lock(self, chat_id: int) -> asyncio.Lock:
        return self._chat(chat_id).lock

    def observe(self, chat_id: int, message_id: int) -> None:
        """An id seen in the chat (an incoming message): nothing below it can be a new stray."""
        chat = self._chat(chat_id)
        chat.floor = max(chat.floor, message_id)

    def add(self, chat_id: int, message_id: int) -> None:
        """A message of ours, known for sure."""
        chat = self._chat(chat_id)
        chat.floor = max(chat.floor, message_id)
        chat.sent.add(message_id)
        if len(chat.sent) > self.MAX_SENT:
            chat.sent.discard(min(chat.sent))
        if self._store is not None:
            self._store.remember_sent(chat_id, message_id)

    def is_ours(self, chat_id: int, message_id: int) -> bool:
        if message_id in self._chat(chat_id).sent:
            return True
        return self._store is not None and self._store.was_sent(chat_id, message_id)

    def suspect(self, chat_id: int, floor: int | None = None) -> None:
        """A send to this chat may have taken effect unseen: look for a stray above `floor`."""
        chat = self._chat(chat_id)
        chat.suspects.append(chat.floor if floor is None else floor)

    def take_suspects(self, chat_id: int) -> tuple[int, int] | None:
        """The lowest floor to search from and how many strays there may be; the suspicion is
        settled. None when there is none."""
        chat = self._chat(chat_id)
        if not chat.suspects:
            return None
        found = min(chat.suspects), len(chat.suspects)
        chat.suspects.clear()
        return found

    def floor(self, chat_id: int) -> int:
        return self._chat(chat_id).floor
