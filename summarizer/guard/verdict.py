"""What the guard says about one generated sentence, and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    kind: str  # number, name, garbled, role, speaker, unsupported, polarity, hedge, actor, scope
    detail: str  # what in the sentence, and what the article has instead

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


@dataclass(frozen=True)
class Verdict:
    sentence: str
    reasons: tuple[Reason, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.reasons

    @property
    def unsupported(self) -> tuple[str, ...]:
        """The words the reasons name (numbers and names the article does not have)."""
        return tuple(r.detail for r in self.reasons)

    def to_dict(self) -> dict[str, object]:
        return {"sentence": self.sentence, "ok": self.ok, "reasons": [str(r) for r in self.reasons]}
