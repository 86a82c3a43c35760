"""The name a pronoun in a bullet stands for: "он набрал 62%" reads as a result of nobody.

Only the nearest person of the pronoun's gender in the sentence or the two before it, and only
when no other person of that gender stands in that window, nor a relative with the same surname
anywhere in the article (natasha's genders of foreign names are unreliable): a wrong name is
worse than none.
People are natasha's PER entities and, since its NER misses some (a name opening a text),
runs of animate proper nouns.
The name stands in the pronoun's case ("его доля" -> "его [Алексея Венедиктова] доля"); a name
pymorphy cannot inflect, or a feminine oblique pronoun ("ее": genitive or accusative?), gets
none, and the bullet is held back.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ...document import Document
from ...text import Sentence, fold

_GENDER = {
    **dict.fromkeys("он его него ему нему им ним нем".split(), "Masc"),
    **dict.fromkeys("она ее нее ей ней ею нею".split(), "Fem"),
}
# the case a name put after the pronoun takes; "он"/"она" take the nominative as the text has it,
# and the feminine oblique forms ("ее": her share or her, accusative?) are left unnamed
_CASE = {
    **dict.fromkeys(("он", "она"), None),
    **dict.fromkeys(("его", "него"), "Gen"),  # a man: genitive and accusative are one form
    **dict.fromkeys(("ему", "нему"), "Dat"),
    **dict.fromkeys(("им", "ним"), "Ins"),
    "нем": "Loc",
}
_WINDOW = 2  # sentences before the pronoun's own


@dataclass(frozen=True)
class _Person:
    key: str  # the surname, folded and cut: one person however inflected
    text: str  # as written
    start: int
    stop: int
    gender: str | None
    nominative: bool


class Names:
    """Names for the pronouns of one document's bullets; its people are read on first use."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._people: list[_Person] | None = None

    def name_for(self, word: str, at: int, sentence: Sentence) -> str | None:
        gender = _GENDER.get(fold(word))
        if gender is None or fold(word) not in _CASE:
            return None
        if self._people is None:
            self._people = _people(self._doc)
        first = self._doc.sentences[max(0, sentence.index - _WINDOW)].start
        near = {
            p.key for p in self._people if first <= p.start and p.stop <= at and p.gender == gender
        }
        if len(near) != 1:
            return None
        key = near.pop()
        family = [p for p in self._people if p.key == key]
        if _relatives(family):
            return None  # "Бритни Спирс" and her father "Джеймс Спирс": which Спирс is "ему"?
        nominative = [p for p in family if p.nominative and p.gender in (gender, None)]
        if not nominative:
            return None  # "Асии Биби": a name in the wrong case is no name to show
        name = max(nominative, key=lambda p: (len(p.text.split()), len(p.text))).text
        case = _CASE.get(fold(word))
        return name if case is None else self.in_case(name, case)

    def in_case(self, name: str, case: str) -> str | None:
        """The name in the pronoun's case ("его" -> "[Алексея Венедиктова]"): a name in the
        nominative after "его доля" reads wrong. None when a word has no such form."""
        vocab = self._doc.nlp.morph_vocab
        words: list[str] = []
        for word in name.split():
            parses = [
                p
                for p in (vocab.parse(word.lower()) if word.isalpha() else [])
                if "nomn" in p.tag
                and p.tag.POS == "NOUN"
                and {"Name", "Surn", "Patr"} & p.tag.grammemes
            ]
            if not parses and not words:
                continue  # "Республиканец Дональд Трамп": a title before the name is left out
            if not parses:
                form = _surname_in_case(word, case) if words else None
                if form is None:
                    return None
                words.append(form)  # "Самедов" -> "Самедова": a surname no dictionary holds
                continue
            if "Fixd" in parses[0].tag:
                words.append(word)  # "Дюма", "Шойгу": the same in every case
                continue
            form = parses[0].inflect({case})
            if form is None:
                return None
            words.append(word[0] + form.word[1:])
        return " ".join(words) or None


# a man's Russian-shaped surname, in the cases the masculine pronouns take
_SURNAME_ENDINGS = {"Gen": "а", "Dat": "у", "Ins": "ым", "Loc": "е"}
_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)")


def _surname_in_case(word: str, case: str) -> str | None:
    """ "Самедов" in the genitive, "Самедова": the regular forms of a surname in -ов, -ев, -ин
    that the dictionary lacks; only after a given name, so the word is a surname."""
    ending = _SURNAME_ENDINGS.get(case)
    if ending is None or not _SURNAME.fullmatch(word):
        return None
    return word + ending


def _relatives(family: list[_Person]) -> bool:
    """Two people of one surname: two of its mentions whose words before the surname share
    none ("Бритни Спирс", "Джеймс Спирс"); a place run into the name ("Москвы Сергей Собянин")
    or a patronymic still shares the first name with "Сергей Собянин"."""
    given = [
        {fold(w)[: min(3, len(w) - 1)] for w in p.text.split()[:-1]}
        for p in family
        if len(p.text.split()) >= 2
    ]
    return any(not a & b for i, a in enumerate(given) for b in given[i + 1 :])


def _people(doc: Document) -> list[_Person]:
    tokens = doc.natasha.tokens
    starts = [t.start for t in tokens]
    out: list[_Person] = []
    for e in doc.entities:
        if e.type == "PER":
            lo = bisect_left(starts, e.start)
            out.append(_person([t for t in tokens[lo:] if t.start < e.stop], e.text))
    run: list = []
    for t in [*tokens, None]:
        # a name never runs over a line break: "Виктория Боня\nНаркотики" is a name and a tag
        joined = t is not None and (not run or "\n" not in doc.text[run[-1].stop : t.start])
        if t is not None and joined and t.pos == "PROPN" and t.text[:1].isupper():
            run.append(t)
            continue
        if run and any((x.feats or {}).get("Animacy") == "Anim" for x in run):
            out.append(_person(run, doc.text[run[0].start : run[-1].stop]))
        run = [t] if t is not None and t.pos == "PROPN" and t.text[:1].isupper() else []
    return out


def _person(tokens: list, text: str) -> _Person:
    last = tokens[-1]
    feats = last.feats or {}
    return _Person(
        key=fold(last.text)[:5],
        text=text,
        start=tokens[0].start,
        stop=last.stop,
        gender=next(
            (
                (t.feats or {}).get("Gender")
                for t in reversed(tokens)
                if (t.feats or {}).get("Gender")
            ),
            None,
        ),
        nominative=all((t.feats or {}).get("Case", "Nom") == "Nom" for t in tokens)
        and feats.get("Case", "Nom") == "Nom",
    )
