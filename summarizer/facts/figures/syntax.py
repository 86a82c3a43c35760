"""Dependency trees of the sentences that hold figures, from natasha's syntax parser.

A bullet must carry the clause a number belongs to (its predicate and subject), and only a
parse says where that clause starts and ends: punctuation does not ("Трамп, набравший 232 голоса,
проиграл"). Only sentences with figures are parsed, reusing the tokens and morphology natasha
already made for the document.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ...document import Document
from ...text import Sentence


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets into the document's text
    stop: int
    pos: str  # universal POS from natasha's morphology: NOUN, VERB, PRON...
    feats: Mapping[str, str]
    head: int  # index of the head in the sentence's tokens; -1 for the root
    rel: str  # universal dependency relation to the head: nsubj, obj, obl, conj...


@dataclass(frozen=True)
class Parse:
    """One sentence's tokens, each with its head and relation."""

    tokens: tuple[Token, ...]
    pieces: tuple[int, ...] = ()  # where the real sentences of a glued one start (offsets)
    headlines: tuple[tuple[int, int], ...] = ()  # pieces that are headlines run into the text

    def children(self, i: int) -> list[int]:
        return [k for k, t in enumerate(self.tokens) if t.head == i]

    def subtree(self, i: int) -> set[int]:
        """`i` and everything below it."""
        kids: dict[int, list[int]] = {}
        for k, t in enumerate(self.tokens):
            kids.setdefault(t.head, []).append(k)
        out, todo = {i}, [i]
        while todo:
            for k in kids.get(todo.pop(), ()):
                if k not in out:
                    out.add(k)
                    todo.append(k)
        return out

    def ancestors(self, i: int) -> list[int]:
        """The heads above `i`, nearest first (cycles, which a parser may make, are cut)."""
        out: list[int] = []
        k = self.tokens[i].head
        while k >= 0 and k not in out and k != i:
            out.append(k)
            k = self.tokens[k].head
        return out

    def covering(self, start: int, stop: int) -> list[int]:
        """The tokens that overlap text[start:stop]."""
        return [k for k, t in enumerate(self.tokens) if t.start < stop and t.stop > start]


def parse_sentences(doc: Document, sentences: Iterable[Sentence]) -> dict[int, Parse]:
    """Sentence index -> its parse, for the given sentences of `doc`.

    A sentence the splitter left glued to the next ("результаты голосования.Трамп одержал
    победу": the source lost a space) is parsed as the sentences it is, so that no subject
    is hung on the other sentence's verb."""
    wanted = list(sentences)
    if not wanted:
        return {}
    tokens = doc.natasha.tokens
    starts = [t.start for t in tokens]
    pieces: list[tuple[int, list]] = []  # (sentence index, tokens of one real sentence)
    for s in wanted:
        lo = bisect_left(starts, s.start)
        hi = bisect_left(starts, s.stop)
        chunk = [t for t in tokens[lo:hi] if t.stop <= s.stop]
        pieces.extend((s.index, piece) for piece in _unglue(chunk))
    markups = doc.nlp.syntax_parser.map([[t.text for t in piece] for _, piece in pieces])
    built: dict[int, list[Token]] = {}
    starts_of: dict[int, list[int]] = {}
    headlines: dict[int, list[tuple[int, int]]] = {}
    for n, ((index, piece), markup) in enumerate(zip(pieces, markups, strict=True)):
        ids = {m.id: k for k, m in enumerate(markup.tokens)}
        out = built.setdefault(index, [])
        starts_of.setdefault(index, []).append(piece[0].start)
        nxt = pieces[n + 1] if n + 1 < len(pieces) else None
        if nxt is not None and nxt[0] == index and piece[-1].text not in (".", "!", "?"):
            # "Цукерберг вложил $350 млн в победу Байдена Одной только Атланте...": a headline
            headlines.setdefault(index, []).append((piece[0].start, piece[-1].stop))
        offset = len(out)
        for t, m in zip(piece, markup.tokens, strict=True):
            head = ids.get(m.head_id, -1)
            out.append(
                Token(
                    t.text,
                    t.start,
                    t.stop,
                    t.pos or "X",
                    MappingProxyType(dict(t.feats or {})),
                    head + offset if head >= 0 else -1,
                    m.rel or "dep",
                )
            )
    return {
        index: Parse(tuple(toks), tuple(starts_of[index][1:]), tuple(headlines.get(index, ())))
        for index, toks in built.items()
    }


def _unglue(chunk: list) -> list[list]:
    """The token list cut after each period with no space on either side before a capital,
    and before a capitalized function word or verb that follows a word with no punctuation
    (a headline run into its text: "вложил $350 млн в победу Байдена Одной только Атланте")."""
    pieces: list[list] = []
    current: list = []
    for i, t in enumerate(chunk):
        nxt = chunk[i + 1] if i + 1 < len(chunk) else None
        if current and _starts_sentence(current[-1], t):
            pieces.append(current)
            current = []
        current.append(t)
        if (
            t.text in (".", "!", "?")
            and nxt is not None
            and i > 0
            and chunk[i - 1].stop == t.start
            and nxt.start == t.stop
            and nxt.text[:1].isupper()
            and not _name_part(chunk, i + 1)
        ):
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces


def _name_part(chunk: list, i: int) -> bool:
    """The word after a glued period belongs to a name, not a new sentence: an abbreviation
    ("«Дом.РФ»", "Банк.РФ") or a word closed by a quote mark ("«Газета.Ru»")."""
    t = chunk[i]
    nxt = chunk[i + 1] if i + 1 < len(chunk) else None
    closed = nxt is not None and nxt.start == t.stop and nxt.text in ("»", '"', "“")
    return (t.text.isupper() and len(t.text) >= 2) or closed


_NOT_NAMES = frozenset(
    ("DET", "PRON", "ADV", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "NUM", "PART")
)


def _starts_sentence(prev, t) -> bool:
    """A full participle is no verb here: it opens names ("операции Объединенных сил",
    "Организация Объединенных Наций")."""
    feats = t.feats or {}
    participle = feats.get("VerbForm") == "Part" and feats.get("Variant") != "Short"
    return (
        t.text[:1].isupper()
        and t.text[1:].islower()
        and (t.pos or "") in _NOT_NAMES
        and not participle
        and prev.text.isalpha()
    )
