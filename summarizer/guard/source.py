"""What the article says, indexed once so that each generated word costs a lookup.

Stems of every word, by sentence; numbers in digits and in words, by sentence; initials of
word runs (for abbreviations the summary makes up: "СК" for "Следственный комитет"); the
rule layer's people and statements, read on first use.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import TypeVar

from ..document import Document
from ..facts.numbers import MAGNITUDES, NUMERALS, words_value
from ..facts.speakers import Cast
from ..text import Sentence, fold
from .claim import Claim
from .people import People, read_people
from .words import Tok, Word, amounts, numbers_in, period_parts, stem, variants, words

T = TypeVar("T")


class SourceIndex:
    """The article's words, numbers and people, for many questions about one summary."""

    def __init__(self, doc: Document, cast: Cast | None = None) -> None:
        self.doc = doc
        self._cast = cast  # the rule layer's reading, when the caller made it already
        self.text = doc.text
        self.sentences: tuple[Sentence, ...] = doc.sentences or (
            Sentence(doc.text, 0, len(doc.text), 0, 0),
        )
        self._starts = [s.start for s in self.sentences]
        self.words: tuple[Word, ...] = words(doc.text)
        self.lows = frozenset(w.low for w in self.words)
        self._word_starts = [w.start for w in self.words]
        by_stem: dict[str, set[int]] = {}
        self.sentence_stems: list[set[str]] = [set() for _ in self.sentences]
        self.sentence_words: list[list[Word]] = [[] for _ in self.sentences]
        for w in self.words:
            i = self.sentence_of(w.start)
            s = w.stem
            by_stem.setdefault(s, set()).add(i)
            self.sentence_stems[i].add(s)
            self.sentence_words[i].append(w)
        self.by_stem = by_stem
        self._claims: dict[int, Claim] = {}
        self._memo: dict[tuple[str | None, ...], object] = {}

    def claim(self, i: int) -> Claim:
        """Sentence `i` read like a summary's sentence (for its own attribution)."""
        found = self._claims.get(i)
        if found is None:
            found = self._claims[i] = Claim(self.sentences[i].text, self.doc.nlp.morph_vocab)
        return found

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def words_in(self, start: int, stop: int) -> tuple[Word, ...]:
        """The article's words inside characters `start`..`stop`."""
        lo = bisect_left(self._word_starts, start)
        hi = bisect_left(self._word_starts, stop)
        return self.words[lo:hi]

    # -- words -------------------------------------------------------------------------------

    @cached_property
    def _parts(self) -> dict[str, list[str]]:
        """Word parts ("касым", "жомарт") grouped by their first three letters."""
        index: dict[str, list[str]] = {}
        for w in self.lows:
            for part in w.split("-"):
                index.setdefault(part[:3], []).append(part)
        return index

    def _lemmas(self, word: str) -> frozenset[str]:
        return frozenset(fold(p.normal_form) for p in self.doc.nlp.morph_vocab.parse(word))

    def has_word(self, word: str) -> bool:
        """True when the article has `word` in some inflected form (every hyphenated part)."""
        return all(self._has_part(p) for p in fold(word).split("-") if p)

    def _has_part(self, w: str) -> bool:
        candidates = self._parts.get(w[:3], [])
        if w in candidates:
            return True
        if len(w) < 4:
            return False
        mine = variants(w)
        if any(mine & variants(c) for c in candidates):
            return True
        lemmas = self._lemmas(w)
        return any(lemmas & self._lemmas(c) for c in candidates)

    def sentences_with(self, word_stem: str) -> set[int]:
        return self.by_stem.get(word_stem, set())

    def sentences_with_prefix(self, word_stem: str) -> set[int]:
        """Sentences with a word of this stem or, for a stem of 5 letters or more, a word
        derived from it ("оппозиц" - "оппозиционный")."""
        if len(word_stem) < 5:
            return self.sentences_with(word_stem)
        out: set[int] = set()
        for s, found in self.by_stem.items():
            if s.startswith(word_stem):
                out |= found
        return out

    def has_prefix(self, prefix: str) -> bool:
        """Some article word starts with `prefix` (a folded stem from a table)."""
        return any(p.startswith(prefix) for p in self._parts.get(prefix[:3], ()))

    @cached_property
    def toks(self) -> tuple[Tok, ...]:
        """natasha's tokens of the article (its analysis is shared with the rule layer)."""
        return tuple(
            Tok(t.text, fold(t.text), t.start, t.stop, t.pos or "X", (t.feats or {}).get("Case"))
            for t in self.doc.natasha.tokens
        )

    # -- numbers -----------------------------------------------------------------------------

    @cached_property
    def numbers(self) -> dict[float, set[int]]:
        """Every number of the article -> the sentences it occurs in; numbers in words in every
        inflected form ("двадцати пяти тысяч" gives 25000, 25 and 20, 5)."""
        out: dict[float, set[int]] = {}
        for value, start, _ in numbers_in(self.text):
            out.setdefault(value, set()).add(self.sentence_of(start))
        run: list[Word] = []
        for w in [*self.words, None]:
            if w is not None and (w.low in NUMERALS or w.low in MAGNITUDES):
                run.append(w)
                continue
            if run:
                at = self.sentence_of(run[0].start)
                lows = [x.low for x in run]
                numerals = [x for x in lows if x in NUMERALS]
                values = {NUMERALS[x] for x in numerals}
                for parsed in (words_value(lows), words_value(numerals)):
                    if parsed is not None:
                        values.add(parsed)
                for value in values:
                    out.setdefault(value, set()).add(at)
                run = []
        return out

    @cached_property
    def units(self) -> dict[float, set[tuple[float | None, str | None]]]:
        """Every number in digits -> the magnitudes and currencies written next to it ("5 млрд
        рублей": 5 -> {(1e9, "rub")}); None where there is none."""
        out: dict[float, set[tuple[float | None, str | None]]] = {}
        for a in amounts(self.text):
            out.setdefault(a.value, set()).add((a.scale, a.currency))
        return out

    @cached_property
    def periods(self) -> dict[str, set[str]]:
        """Years, centuries and months -> the parts the article names ("XV" -> {"h2"})."""
        out: dict[str, set[str]] = {}
        for anchor, part, _, _ in period_parts(self.text):
            out.setdefault(anchor, set()).add(part)
        return out

    # -- names -------------------------------------------------------------------------------

    @cached_property
    def initials(self) -> frozenset[str]:
        """Initials of every run of 2 to 5 words in a sentence: "Следственный комитет" -> "ск",
        "Министерство иностранных дел" -> "мид" (small words may be skipped: "по")."""
        out: set[str] = set()
        for s in self.sentences:
            ws = [w.low for w in words(s.text) if not w.is_number]
            for i in range(len(ws)):
                for n in range(2, 6):
                    run = ws[i : i + n]
                    if len(run) < n:
                        break
                    out.add("".join(w[0] for w in run))
                    out.add("".join(w[0] for w in run if len(w) > 2))
        return frozenset(out)

    @cached_property
    def people(self) -> People:
        """The rule layer's people, read once per article (through `article_cast`)."""
        return read_people(self.doc, self._cast)

    @cached_property
    def person_surnames(self) -> tuple[str, ...]:
        """The last word of every person's name, folded."""
        return tuple(
            ws[-1].low
            for p in self.people.people
            if p.kind == "person"
            for n in p.names
            if (ws := words(n))
        )

    def memo(self, key: tuple[str | None, ...], make: Callable[[], T]) -> T:
        """What `make()` returns, computed once per article for `key` (a person's titles)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]  # type: ignore[return-value]

    def stems_near(self, sentence: int, before: int = 1, after: int = 0) -> set[str]:
        """Stems of a sentence and of its neighbours in the same paragraph."""
        out: set[str] = set()
        para = self.sentences[sentence].paragraph
        lo, hi = max(0, sentence - before), min(len(self.sentences) - 1, sentence + after)
        for i in range(lo, hi + 1):
            if self.sentences[i].paragraph == para or i == sentence:
                out |= self.sentence_stems[i]
        return out

    def any_prefix(self, prefixes: Iterable[str]) -> bool:
        return any(self.has_prefix(p) for p in prefixes)


class WordSet:
    """A few words (a title's complement) asked the same questions as the whole article."""

    def __init__(self, lows: Iterable[str]) -> None:
        self._ordered = [w for w in lows if w]
        self.lows = frozenset(self._ordered)
        self._stems = frozenset(stem(w) for w in self.lows)

    def has_word(self, word: str) -> bool:
        low = fold(word)
        return low in self.lows or stem(low) in self._stems

    def has_prefix(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self.lows)

    @cached_property
    def initials(self) -> frozenset[str]:
        """Initials of every run of 2 to 5 of the words, in the order given."""
        ws = self._ordered
        return frozenset(
            "".join(w[0] for w in ws[i : i + n])
            for i in range(len(ws))
            for n in range(2, 6)
            if i + n <= len(ws)
        )
