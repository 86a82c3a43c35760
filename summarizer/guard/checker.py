"""The guard: every check over every generated sentence; a sentence with a reason is dropped."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..document import Document
from .claim import Claim
from .entities import check_names, check_numbers
from .roles import check_roles
from .source import SourceIndex
from .verdict import Verdict

log = logging.getLogger("summarizer.guard")


class FaithfulnessGuard:
    """Checks summaries of one article against it; the article is indexed once."""

    def __init__(self, doc: Document) -> None:
        self.source = SourceIndex(doc)
        self._morph = doc.nlp.morph_vocab

    def check(self, sentence: str, before: Sequence[str] = ()) -> Verdict:
        """The verdict on `sentence`; `before` are the summary's sentences before it (what its
        pronouns may refer to)."""
        claim = Claim(sentence, self._morph)
        reasons = [*check_numbers(claim, self.source), *check_names(claim, self.source)]
        if not reasons:
            reasons += check_roles(claim, self.source)
        return Verdict(sentence, tuple(dict.fromkeys(reasons)))

    def check_all(self, sentences: Sequence[str]) -> tuple[Verdict, ...]:
        return tuple(self.check(s, sentences[:i]) for i, s in enumerate(sentences))

    def filter(self, sentences: Sequence[str]) -> tuple[tuple[str, ...], tuple[Verdict, ...]]:
        """The sentences that pass, and the verdicts on those that did not (each logged)."""
        verdicts = self.check_all(sentences)
        dropped = tuple(v for v in verdicts if not v.ok)
        for v in dropped:
            log.info(
                "guard dropped a generated sentence (%s): %s",
                "; ".join(str(r) for r in v.reasons),
                v.sentence[:120],
            )
        return tuple(v.sentence for v in verdicts if v.ok), dropped
