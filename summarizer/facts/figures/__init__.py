"""Key figures: quantities the article states, verbatim, with the clause that says what they
measure; the few the story is about shown as bullets.

masks (what only looks like a figure) -> scan (quantities per sentence, with nouns and units) ->
blocks (sentences that are not the story) -> syntax + context (the clause a bullet shows) ->
salience (what the story is about) -> extract (group, rank, choose).
"""

from .extract import MAX_SHOWN, extract_figures

__all__ = ["MAX_SHOWN", "extract_figures"]
