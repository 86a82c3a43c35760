"""Key figures: quantities the article states, verbatim, with what they measure.

masks (what only looks like a figure) -> scan (quantities per sentence, with nouns and units) ->
extract (drop, rank, group) -> context (the verbatim phrase a bullet shows).
"""

from .extract import extract_figures

__all__ = ["extract_figures"]
