"""Who said what: speakers with their roles and verbatim quotes, each with its evidence.

tokens -> mentions (names, titles, organizations, pronouns) -> clauses and events (direct and
indirect speech) -> coref (subjects resolved in text order, with the candidates each title or
pronoun could mean) -> names (nominative forms) -> extract (quotes chosen per speaker, sure ones
shown).

`extract_speakers(doc)` gives the speakers of the reply (and the held-back ones, `shown=False`);
`article_cast(doc)` gives every person and organization with name forms, titles and statements:
the entry point for checkers such as the faithfulness guard (see cast.py).
"""

from .cast import Actor, Cast, Statement
from .extract import MAX_QUOTE_CHARS, SHOW_CONFIDENCE, article_cast, extract_speakers

__all__ = [
    "MAX_QUOTE_CHARS",
    "SHOW_CONFIDENCE",
    "Actor",
    "Cast",
    "Statement",
    "article_cast",
    "extract_speakers",
]
