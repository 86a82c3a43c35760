"""Extractive summaries: the embedded default, needing no download and no model.

Two to four sentences of the article, verbatim and in their order, chosen by a ranking made for
news (ranking.py: position, centrality, similarity to the title, recurring names, figures) with
repeats, bylines, quotes and sentences that lean on a missing antecedent kept out. The ranking is
plain Python over regular expressions; the selection also reads natasha's people (the document's
tagging, shared with the rule layer), so that a surname comes after the sentence introducing the
person (antecedents.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document
from .antecedents import person_needs
from .base import Draft
from .deck import leaning_deck, title_noun_first
from .ranking import Ranked, RankingConfig, analyze, score, select, standalone

# A space a page left before punctuation where a link's markup was: "Асии Биби .", "Reuters ,".
_SPACE_BEFORE_STOP = re.compile(r"(?<=[^\s—–-])\s+(?=[,.;:!?](?:\s|$))")


def tidy(sentence: str) -> str:
    """The text with no space before its commas and stops; not a word changed.

    Applied to the shown summary only: the draft's sentences stay verbatim, as the article has
    them, so that they can be checked against it.
    """
    return _SPACE_BEFORE_STOP.sub("", sentence)


def _subtitle(doc: Document, top: int = 0) -> bool:
    """The text opens (at sentence `top`) with a paragraph of one sentence, and more paragraphs
    follow."""
    sentences = doc.sentences
    return (
        len(sentences) > top + 2
        and sentences[top + 1].paragraph != sentences[top].paragraph
        and sentences[-1].paragraph != sentences[top + 1].paragraph
    )


class ExtractiveBackend:
    name = "extractive"
    abstractive = False

    def __init__(self, max_sentences: int = 3, config: RankingConfig | None = None) -> None:
        self.max_sentences = max_sentences
        self.config = config or RankingConfig()

    def rank(self, doc: Document) -> Ranked:
        sentences = doc.sentences
        analysis = analyze(
            [s.text for s in sentences],
            [s.paragraph for s in sentences],
            doc.title,
            self.config.max_terms,
        )
        # the lead below the subtitle: its first two sentences, less a quote or a line ending in
        # a colon ("«Ведомости» распространили следующую информацию:"), which say it again in
        # nobody's words and never stand in a summary themselves
        # a photo caption on a line of its own ("Флаг ИГИЛ") may stand between title and subtitle
        top = int(
            len(sentences) > 1
            and analysis.features[0].fragment
            and sentences[1].paragraph != sentences[0].paragraph
        )
        lead = " ".join(
            s.text
            for s, f in zip(
                sentences[top + 1 : top + 3], analysis.features[top + 1 : top + 3], strict=False
            )
            if not (f.quote or f.open_quote or f.fragment or f.boilerplate)
        )
        if (
            doc.headed
            and _subtitle(doc, top)
            and leaning_deck(sentences[top].text, lead, doc.title)
            # under a caption, the lead itself may stand alone in its paragraph: only a subtitle
            # opening with the title's own thing ("Среди обвинений…") is surely one
            and (top == 0 or title_noun_first(sentences[top].text, doc.title or ""))
        ):
            # the subtitle under the pasted text's own title: no summary opens with it
            features = list(analysis.features)
            features[top] = replace(features[top], fragment=True)
            analysis = replace(analysis, features=tuple(features))
        return score(analysis, self.config)

    def score_sentences(self, doc: Document) -> list[float]:
        """A relevance score per `doc.sentences` item; higher is more summary-worthy.

        Each sentence judged alone (a dangling start costs its penalty), so that a window built
        from the top of this ranking reads well without the summary's pairing of sentences.
        """
        return standalone(self.rank(doc), self.config)

    def summarize(self, doc: Document) -> Draft:
        # natasha's people: the document tags once, for the rule layer too
        ranked = replace(self.rank(doc), needs=person_needs(doc))
        indices = select(ranked, self.max_sentences, self.config)
        return Draft(tuple(doc.sentences[i].text for i in indices), self.name)
