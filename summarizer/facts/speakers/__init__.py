"""Who said what: speakers with their roles and verbatim quotes.

tokens -> mentions (names, titles, organizations, pronouns) -> clauses and events (direct and
indirect speech) -> coref (subjects resolved in text order) -> names (nominative forms) ->
extract (quotes chosen per speaker).
"""

from .extract import MAX_QUOTE_CHARS, extract_speakers

__all__ = ["MAX_QUOTE_CHARS", "extract_speakers"]
