"""Who did what: the subject of a generated predicate must be the one the article gives it.

Bag-of-words alignment cannot see «Вашингтон возлагает надежды на отношения с Пекином» retold
from «Китай возлагает надежды на отношения с США»: every word is supported, only the actor and
its counterpart have changed places. natasha's syntax parser reads the claim's subject of each
finite verb; the best-aligned article sentences are parsed the same way (once per article and
sentence), and a verb of the same lemma there must have a subject that names the same actor.

Only a swap is called a swap: the claim's subject stands in the article sentence in another
place (an object, a complement, an adjective: «польскую» for «Польша»), or the article's subject
stands in the claim in another place. A subject merely said differently (a title for a name,
a pronoun) is left alone: an empty block beats a wrong drop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..facts.figures.syntax import Parse, Token, parse_sentences
from ..text import fold
from . import knowledge as kb
from .alignment import align
from .claim import Claim
from .source import SourceIndex
from .verdict import Reason
from .words import FUNCTION_WORDS

_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_NAME_PARTS = frozenset({"flat", "flat:name", "flat:foreign", "appos", "amod", "nmod", "compound"})
# Words that stand for an actor named elsewhere: they can be neither side of a swap.
_STAND_INS = frozenset(
    fold(w)
    for w in """
    который которая которое которые тот та те это все всё каждый никто кто что сам сама сами
    сторона стороны стороной человек люди глава председатель представитель президент премьер
    министр лидер руководитель ведомство министерство правительство власти
    """.split()
)


@dataclass(frozen=True)
class _Act:
    verb: frozenset[str]  # lemmas of the predicate
    subject: int  # the subject's head token
    words: frozenset[int]  # the subject's name: its head and the words that make up the name


def _lemmas(source: SourceIndex, word: str) -> frozenset[str]:
    return source.memo(("lemma", word), lambda: _parse_lemmas(source, word))


def _parse_lemmas(source: SourceIndex, word: str) -> frozenset[str]:
    parses = source.doc.nlp.morph_vocab.parse(word)
    return frozenset(fold(p.normal_form) for p in parses if p.tag.POS == "VERB") - {"быть"}


def _acts(parse: Parse, source: SourceIndex) -> list[_Act]:
    toks = parse.tokens
    out = []
    for k, t in enumerate(toks):
        if t.rel not in _SUBJECT or t.head < 0 or t.pos not in _NOUNS:
            continue
        verb = toks[t.head]
        if verb.pos != "VERB":
            continue
        lemmas = _lemmas(source, fold(verb.text))
        if not lemmas:
            continue
        name = {k} | {j for j in parse.children(k) if toks[j].rel in _NAME_PARTS}
        out.append(_Act(lemmas, k, frozenset(name)))
    return out


def _keys(source: SourceIndex, low: str) -> set[str]:
    """What a word may name: its lemmas («судья» is not «суд»), and the metonymy and
    place-adjective groups it is in ("вашингтон" and "сша", "польск" and "польш" share one)."""
    out = set(source.memo(("lemmas", low), lambda: _all_lemmas(source, low)))
    for n, group in enumerate((*kb.METONYMS, *kb.PLACE_ADJECTIVES)):
        if any(low.startswith(p) for p in group):
            out.add(f"#{n}")
    return out


def _all_lemmas(source: SourceIndex, low: str) -> frozenset[str]:
    return frozenset(fold(p.normal_form) for p in source.doc.nlp.morph_vocab.parse(low)) | {low}


def _name_keys(source: SourceIndex, toks: Sequence[Token], ks: Iterable[int]) -> set[str]:
    out: set[str] = set()
    for k in ks:
        low = fold(toks[k].text)
        if low not in FUNCTION_WORDS and len(low) > 1:
            out |= _keys(source, low)
    return out


def _claim_parse(claim: Claim, source: SourceIndex) -> Parse:
    words = [t for t in claim.toks]
    markup = source.doc.nlp.syntax_parser.map([[t.text for t in words]])
    tokens = list(next(iter(markup)).tokens)
    ids = {m.id: k for k, m in enumerate(tokens)}
    return Parse(
        tuple(
            Token(
                t.text,
                t.start,
                t.stop,
                t.pos,
                {"Case": t.case} if t.case else {},
                ids.get(m.head_id, -1),
                m.rel or "dep",
            )
            for t, m in zip(words, tokens, strict=True)
        )
    )


def _source_parses(source: SourceIndex, indexes: Sequence[int]) -> list[Parse]:
    """The parses of article sentences, each parsed once per article (kept on its index)."""
    done: dict[int, Parse] = source.memo(("parses",), dict)
    todo = [source.sentences[i] for i in indexes if i not in done]
    if todo:
        done.update(parse_sentences(source.doc, todo))
    return [done[i] for i in indexes if i in done]


def _stand_in(tok: Token) -> bool:
    return tok.pos not in _NOUNS or fold(tok.text) in _STAND_INS


def _named(tok: Token) -> bool:
    """A proper name (a person, a state, a body): the actors a swap exchanges. Common nouns
    are paraphrased too freely («инициатива» for «законопроект», «возгорание» for «пожар»)."""
    return tok.pos == "PROPN" and fold(tok.text) not in _STAND_INS


def check_actors(claim: Claim, source: SourceIndex) -> list[Reason]:
    al = align(claim, source)
    if not al.sentences or al.coverage < 0.5:
        return []
    verbs = {lemma for t in claim.toks if t.pos == "VERB" for lemma in _lemmas(source, t.low)}
    theirs_verbs = {
        lemma
        for i in al.sentences
        for w in source.sentence_words[i]
        for lemma in _lemmas(source, w.low)
    }
    if not verbs & theirs_verbs:
        return []  # no predicate of the claim is in its article sentences: nothing to compare
    mine = _claim_parse(claim, source)
    my_acts = [a for a in _acts(mine, source) if _named(mine.tokens[a.subject])]
    if not my_acts:
        return []
    theirs = [(p, a) for p in _source_parses(source, al.sentences) for a in _acts(p, source)]
    their_all = [
        _name_keys(source, p.tokens, range(len(p.tokens)))
        for p in _source_parses(source, al.sentences)
    ]
    for act in my_acts:
        same_verb = [(p, a) for p, a in theirs if a.verb & act.verb]
        if not same_verb:
            continue
        mine_keys = _name_keys(source, mine.tokens, act.words)
        if any(
            mine_keys & _name_keys(source, p.tokens, p.subtree(a.subject)) for p, a in same_verb
        ):
            continue
        if not all(_named(p.tokens[a.subject]) for p, a in same_verb):
            continue
        head_keys = _keys(source, fold(mine.tokens[act.subject].text))
        elsewhere = any(head_keys & keys for keys in their_all)
        outside = set(range(len(mine.tokens))) - mine.subtree(act.subject)
        rest = _name_keys(
            source, mine.tokens, [k for k in outside if mine.tokens[k].rel not in _SUBJECT]
        )
        moved = any(_keys(source, fold(p.tokens[a.subject].text)) & rest for p, a in same_verb)
        if elsewhere or moved:
            p, a = same_verb[0]
            return [
                Reason(
                    "actor",
                    f"{mine.tokens[act.subject].text} {mine.tokens[mine.tokens[act.subject].head].text}: "
                    f"the article's subject is {p.tokens[a.subject].text}",
                )
            ]
    return []
