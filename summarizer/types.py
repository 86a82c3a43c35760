"""The data that crosses module boundaries: what goes into the pipeline and what comes out.

Frozen so a cached `Summary` can be handed to many chats without anyone mutating it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """An article as the pipeline reads it, whatever brought it in (text, post, link)."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None  # site or channel name, for the reply's source line
    published: str | None = None  # ISO 8601 date when the source gives one


@dataclass(frozen=True)
class Figure:
    """A key number, quoted verbatim so the reader can find it in the article."""

    text: str  # verbatim from the source: "18,3 млрд долларов"
    value: float | None  # 18.3e9
    unit: str | None  # "USD", "%", "рабочих мест"
    context: str  # the verbatim clause of its sentence that says what the number measures
    score: float = 0.0  # salience: how much the story is about this number
    shown: bool = False  # the reply shows it (salient, and its bullet reads alone)
    bullet: str = ""  # what the reply shows: `context`, a pronoun followed by its [name]
    marks: tuple[tuple[int, int], ...] = ()  # the bold numbers, as offsets into `bullet`:
    # every figure of the bullet, so a pair ("306 ... 232") is one line


@dataclass(frozen=True)
class Attribution:
    """Why one quote is given to its speaker: the evidence a reader or a checker can verify.

    A quote in the wrong politician's mouth is worse than none, so every quote says how its
    speaker was found, who else the words could point to, and whether the reply shows it.
    """

    method: str  # named, title, pronoun, organization, continued, previous_sentence, impersonal
    cue: str  # the article's words that point to the speaker: "заявил глава государства"
    candidates: tuple[str, ...]  # who the cue could refer to; one when unambiguous
    confidence: float  # 0..1; the reply shows `shown` ones only
    shown: bool
    source: str  # the sentence (or dash paragraph) the quote comes from, verbatim


@dataclass(frozen=True)
class Speaker:
    """Who said something, with the role the article gives and what they said, verbatim."""

    name: str  # fullest nominative form found in the text
    role: str | None
    quotes: tuple[str, ...] = ()
    attributions: tuple[Attribution, ...] = ()  # one per quote, same order; may be empty
    shown: bool = True  # the reply lists this speaker: at least one sure quote

    @property
    def confidence(self) -> float:
        return max((a.confidence for a in self.attributions), default=1.0)

    @property
    def shown_quotes(self) -> tuple[str, ...]:
        """The quotes a reader sees: the sure ones (all, for a speaker made without evidence)."""
        if not self.attributions:
            return self.quotes if self.shown else ()
        return tuple(q for q, a in zip(self.quotes, self.attributions, strict=False) if a.shown)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "quotes": list(self.quotes),
            "shown": self.shown,
            "confidence": round(self.confidence, 2),
            "attributions": [
                {
                    "quote": q,
                    "method": a.method,
                    "cue": a.cue,
                    "candidates": list(a.candidates),
                    "confidence": round(a.confidence, 2),
                    "shown": a.shown,
                    "source": a.source,
                }
                for q, a in zip(self.quotes, self.attributions, strict=False)
            ],
        }


@dataclass(frozen=True)
class Summary:
    headline: str
    text: str
    figures: tuple[Figure, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    backend: str = "extractive"  # which backend produced `text`
    truncated: bool = False  # the input was longer than the pipeline reads and was cut
    dropped: int = 0  # generated sentences the faithfulness guard dropped
    article: Article | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the CLI contract (DESIGN.md)."""
        return {
            "headline": self.headline,
            "summary": self.text,
            "figures": [asdict(f) for f in self.figures],
            "speakers": [s.to_dict() for s in self.speakers],
            "backend": self.backend,
        }
