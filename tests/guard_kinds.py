"""The reasons the guard gives for one sentence, for the guard tests: one copy, not one per file."""

from __future__ import annotations

from summarizer.guard import FaithfulnessGuard


def kinds(guard: FaithfulnessGuard, sentence: str) -> list[str]:
    """The kinds of the reasons, in the guard's order (an empty list: the sentence is kept)."""
    return [r.kind for r in guard.check(sentence).reasons]


def kind_set(guard: FaithfulnessGuard, sentence: str) -> set[str]:
    """The kinds of the reasons, as a set, for tests that do not care about order or repeats."""
    return set(kinds(guard, sentence))
