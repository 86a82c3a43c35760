"""The pipeline: clean and check the input, summarize, verify, add figures and speakers.

preprocess / forward / postprocess are separate steps, as in transformers' pipelines, so each can
be measured and tested alone; the backend behind `forward` is chosen by configuration.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from .backends import Backend, Draft, ExtractiveBackend, make_backend
from .backends.extractive import tidy
from .clean import Removed, clean_report, plain_text
from .document import Document
from .errors import NotTextError
from .facts import extract_facts
from .facts.speakers import article_cast
from .guard import FaithfulnessGuard, Reason, Verdict
from .headline import make_headline
from .nlp import NLP
from .settings import SummarizerSettings
from .text import cut_at_sentence, reject_binary, short_item, validate
from .titles import usable_title
from .types import Article, Summary

log = logging.getLogger(__name__)
_PHOTO_KINDS = frozenset({"caption", "credit"})
NO_ARTICLE = (
    "Без служебного текста сайта (меню, уведомлений, подписей) здесь почти ничего не остаётся: "
    "пришлите текст новости целиком или ссылку на неё."
)


def _furniture(removed: Sequence[Removed]) -> int:
    """Characters cleaning removed as site furniture: the text's own heading is not."""
    return sum(len(r.text) for r in removed if r.kind != "heading")


@dataclass(frozen=True)
class Prepared:
    article: Article
    doc: Document
    truncated: bool


class Pipeline:
    def __init__(
        self,
        settings: SummarizerSettings | None = None,
        backend: Backend | None = None,
        nlp: NLP | None = None,
    ) -> None:
        self.settings = settings or SummarizerSettings()
        self.extractive = ExtractiveBackend(max_sentences=self.settings.summary_sentences)
        self.backend = backend or make_backend(self.settings)
        self._nlp = nlp

    def __call__(self, item: str | Article) -> Summary:
        prepared = self.preprocess(item)
        return self.postprocess(prepared, self.forward(prepared))

    def preprocess(self, item: str | Article) -> Prepared:
        """Raises a `SummarizerError` subclass for input that cannot be summarized."""
        article = item if isinstance(item, Article) else Article(text=item)
        # Validate a bounded prefix: a megabyte of text must not cost more than its first pages.
        raw = article.text[: self.settings.max_chars * 4]
        reject_binary(raw)
        plain = plain_text(raw)
        validate(plain, self.settings.min_chars)
        # One cleaning stage for every input: the backends, the figures and the speakers all
        # read the article without its site furniture (summarizer/clean).
        title = usable_title(plain_text(article.title) if article.title else None, plain)
        cleaned = clean_report(plain, title=title)
        text, heading = cleaned.text, cleaned.heading
        title = cleaned.title or title  # a title whose end the page put into the text
        if len(text) < min(self.settings.min_chars, 0.2 * len(plain)):
            if cleaned.removed and all(r.kind in _PHOTO_KINDS for r in cleaned.removed):
                # a photo report: its captions and credits are all there is
                log.info("only captions and credits in %d characters: no article", len(plain))
                raise NotTextError("a photo report", user_message=NO_ARTICLE)
            log.info("cleaning left %d of %d characters: read as it is", len(text), len(plain))
            text, heading = plain, None
        elif len(plain) - _furniture(cleaned.removed) < self.settings.min_chars and not (
            short_item(text, self.settings.min_chars)
        ):
            # a page of the site's own furniture (a directory entry, notices, a sign-up form);
            # the text's own heading is the article's, not furniture: a short news item under
            # its title is summarized, and so is a complete short item pasted whole
            log.info("cleaning left %d of %d characters: no article", len(text), len(plain))
            raise NotTextError(
                f"{len(text)} characters left after cleaning", user_message=NO_ARTICLE
            )
        truncated = (
            len(text) > self.settings.max_chars or len(article.text) > self.settings.max_chars * 4
        )
        if truncated:
            text = cut_at_sentence(text, self.settings.max_chars)
            log.info("input cut to %d characters (from %d)", len(text), len(article.text))
        own = None if title else usable_title(heading, text, own=True)
        headed = own is not None and cleaned.headed
        document = Document(text, title=title or own, nlp=self._nlp, headed=headed)
        return Prepared(article, document, truncated)

    def forward(self, prepared: Prepared) -> Draft:
        return self.backend.summarize(prepared.doc)

    def postprocess(self, prepared: Prepared, draft: Draft) -> Summary:
        doc = prepared.doc
        dropped: tuple[Verdict, ...] = ()
        cast = None
        if self.backend.abstractive or draft.abstractive:
            # the rule layer reads the article's speakers once, for the guard and the reply
            try:
                cast = article_cast(doc)
                kept, dropped = FaithfulnessGuard(doc, cast).filter(draft.sentences)
            except Exception:
                # no guard, no generated sentence: the extractive summary is verbatim
                log.exception("the guard failed: extractive summary instead")
                failed = (Reason("unsupported", "the guard could not read the article"),)
                cast, kept = None, ()
                dropped = tuple(Verdict(s, failed) for s in draft.sentences)
            draft = Draft(kept, draft.backend) if kept else self.extractive.summarize(doc)
            if not kept:
                log.info(
                    "guard dropped all %d generated sentences: extractive summary instead",
                    len(dropped),
                )
        headline = make_headline(doc, draft.sentences)
        facts = extract_facts(doc, headline, draft.sentences, self.settings.max_figures, cast)
        return Summary(
            headline=headline,
            text=tidy(" ".join(draft.sentences)),
            figures=facts.figures,
            speakers=facts.speakers,
            backend=draft.backend,
            truncated=prepared.truncated,
            dropped=len(dropped),
            article=prepared.article,
        )
