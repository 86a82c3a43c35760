"""The guard: every check over every generated sentence; a sentence with a reason is dropped."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..document import Document
from ..facts.speakers import Cast
from .alignment import check_support
from .attribution import Speaker, check_attribution
from .claim import Claim
from .entities import check_names, check_number_referents, check_numbers
from .magnitude import check_magnitudes, check_periods
from .numerals import check_dates, check_number_words, check_percents
from .parties import check_swapped_parties
from .polarity import check_polarity
from .repetition import check_repetition
from .roles import check_full_names, check_roles
from .source import SourceIndex
from .subjects import check_swapped_subject
from .verdict import Verdict

log = logging.getLogger("summarizer.guard")


class FaithfulnessGuard:
    """Checks summaries of one article against it; the article is indexed once."""

    def __init__(self, doc: Document, cast: Cast | None = None) -> None:
        # `cast`: the rule layer's reading of this article when the caller has it already
        self.source = SourceIndex(doc, cast)
        self._morph = doc.nlp.morph_vocab

    def check(self, sentence: str) -> Verdict:
        """The verdict on one sentence alone (its pronouns are not resolved)."""
        return self._check(sentence, None)[0]

    def _check(self, sentence: str, previous: Speaker | None) -> tuple[Verdict, Speaker | None]:
        claim = Claim(sentence, self._morph)
        reasons = [*check_numbers(claim, self.source), *check_names(claim, self.source)]
        reasons += check_repetition(claim)
        if not reasons:
            reasons += check_magnitudes(claim, self.source) + check_periods(claim, self.source)
        if not reasons:
            reasons += check_number_words(claim, self.source) + check_dates(claim, self.source)
            reasons += check_percents(claim, self.source)
        if not reasons:
            reasons += check_number_referents(claim, self.source)
        if not reasons:
            reasons += check_full_names(claim, self.source)
        if not reasons:
            reasons += check_roles(claim, self.source)
        found, speaker = check_attribution(claim, self.source, previous)
        if not reasons:
            reasons += found
        if not reasons:
            reasons += check_support(claim, self.source)
        if not reasons:
            reasons += check_polarity(claim, self.source)
        if not reasons:
            reasons += check_swapped_parties(claim, self.source)
        if not reasons:
            reasons += check_swapped_subject(claim, self.source)
        return Verdict(sentence, tuple(dict.fromkeys(reasons))), speaker

    def check_all(self, sentences: Sequence[str]) -> tuple[Verdict, ...]:
        """Verdicts on a summary's sentences in order ("По его словам" refers back)."""
        out = []
        previous = None
        for s in sentences:
            verdict, speaker = self._check(s, previous)
            out.append(verdict)
            previous = speaker or previous
        return tuple(out)

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
