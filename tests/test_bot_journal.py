"""The journal (accepted updates, what their answers sent) and the ledger that finds stray copies."""

from __future__ import annotations

from pathlib import Path

from bot.delivery import ChatLedger
from bot.journal import SQLiteJournal
from bot.journal.sqlite import KEEP_DONE, MAX_STARTS


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_an_update_is_accepted_once_and_survives_the_process(tmp_path: Path) -> None:
    path = tmp_path / "state" / "journal.sqlite3"
    journal = SQLiteJournal(path)
    ticket = journal.accept(7, '{"update_id": 7}')
    assert ticket is not None and not ticket.replayed
    assert journal.accept(7, '{"update_id": 7}') is None  # a redelivery
    ticket.note_placeholder(501)
    ticket.note_part(0, 501)
    journal.remember_sent(111, 501)
    assert journal.accept(8, '{"update_id": 8}') is not None
    journal.finish(journal.pending()[1][0])
    journal.close()  # as if the process died here

    again = SQLiteJournal(path)
    [(left, body)] = again.pending()
    assert body == '{"update_id": 7}' and left.replayed
    assert left.placeholder == 501 and left.parts == {0: 501}
    assert again.was_sent(111, 501) and not again.was_sent(111, 502)
    assert again.accept(8, "{}") is None  # finished ones are still known: no second answer
    again.finish(left)
    assert again.pending() == [] and again.counts() == {"done": 2}


def test_an_update_in_hand_at_every_death_is_given_up(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    SQLiteJournal(path).accept(1, "{}")
    for _ in range(MAX_STARTS - 1):
        assert len(SQLiteJournal(path).pending()) == 1  # a restart that dies again
    assert SQLiteJournal(path).pending() == []


def test_old_entries_are_pruned() -> None:
    clock = Clock()
    journal = SQLiteJournal(":memory:", clock=clock)
    journal.finish(journal.accept(1, "{}"))
    journal.accept(2, "{}")
    clock.now += KEEP_DONE + 1
    journal.prune()
    assert journal.counts() == {"pending": 1}  # pending ones stay until answered


def test_the_ledger_knows_its_own_messages_and_where_to_look_for_strays() -> None:
    journal = SQLiteJournal(":memory:")
    ledger = ChatLedger(journal)
    ledger.observe(5, 40)  # a user's message
    ledger.add(5, 41)  # our reply
    assert ledger.floor(5) == 41 and ledger.is_ours(5, 41) and not ledger.is_ours(5, 40)
    assert ChatLedger(journal).is_ours(5, 41)  # after a restart, from the journal
    assert ledger.take_suspects(5) is None
    ledger.suspect(5)
    ledger.add(5, 43)
    ledger.suspect(5, floor=42)
    assert ledger.take_suspects(5) == (41, 2) and ledger.take_suspects(5) is None
