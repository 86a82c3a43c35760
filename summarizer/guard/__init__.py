"""Faithfulness guard: what a generated summary says must be what the article says.

Seq2seq summarizers invent figures, names and roles, give statements to the wrong speaker, turn
claims around and drop hedges, all with total confidence. Each generated sentence is checked
against the article (claim -> entities, roles, attribution, alignment, polarity) and dropped
with its reasons when any check fails; the pipeline falls back to the extractive summary when
nothing is left.
"""

from .checker import FaithfulnessGuard
from .verdict import Reason, Verdict

__all__ = ["FaithfulnessGuard", "Reason", "Verdict"]
