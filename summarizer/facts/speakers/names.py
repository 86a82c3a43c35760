"""Names and titles in the nominative, for the few mentions that end up on a speaker.

"По словам министра энергетики Николая Шульгинова" gives "Николай Шульгинов, министр
энергетики": the head word and the words agreeing with it are inflected with pymorphy (natasha's
normal form stands in for words pymorphy does not know); complements stay as the text has them.
"""

from __future__ import annotations

import re
from typing import Any

from ...text import fold
from .lexicon import ROLE_PREFIXES
from .mentions import Mention
from .quotes import QUOTE_CHARS, strip_quotes
from .tokens import Tok

_MORPH_ERRORS = (ValueError, KeyError, IndexError, AttributeError, TypeError)
_ABBR_WITH_ENDING = re.compile(r"^([A-ZА-ЯЁ]{2,})([a-zа-яё]{1,3})$")
_PREFIXES = ROLE_PREFIXES


def _inflect_nominative(vocab: Any, tok: Tok) -> str:
    """The token in the nominative, same number; its own text when pymorphy cannot tell."""
    if tok.case in (None, "Nom") or tok.pos not in ("NOUN", "PROPN", "ADJ", "DET", "VERB"):
        return tok.text
    for prefix in _PREFIXES:  # "экс-канцлера" -> "экс-" + "канцлер"
        if tok.low.startswith(prefix) and len(tok.low) > len(prefix) + 2:
            n = len(prefix)
            rest = tok._replace(text=tok.text[n:], low=tok.low[n:])
            return tok.text[:n] + _inflect_nominative(vocab, rest)
    m = _ABBR_WITH_ENDING.match(tok.text)
    if m:
        return m.group(1)
    try:
        forms = vocab(tok.low)
    except _MORPH_ERRORS:
        return tok.text
    want_pos = "NOUN" if tok.pos == "PROPN" else tok.pos
    # a guessed paradigm of a hyphenated word ("Даунинг-стрит") is always wrong
    for known in (True,) if "-" in tok.text.strip("-") else (True, False):
        for form in forms:
            if form.is_known != known:
                continue
            pos = "NOUN" if form.pos == "PROPN" else form.pos
            if (
                pos == want_pos
                and form.feats.get("Case") == tok.case
                and (tok.number is None or form.feats.get("Number") in (None, tok.number))
            ):
                grams = {"Nom"} | ({tok.number} if tok.number else set())
                if tok.pos != "NOUN" and tok.number != "Plur" and tok.gender:
                    grams.add(tok.gender)
                new = form.inflect(grams) or form.inflect({"Nom"})
                # a guessed paradigm only when it just drops an ending ("дептрансе" ->
                # "дептранс"); "Совфеда" -> "Совфедя" is worse than the text
                if new and (known or _drops_ending(new.word, tok.low)):
                    return _recover_shape(new.word, tok.text)
    parts = tok.text.split("-")
    if tok.pos == "NOUN" and len(parts) == 2 and all(len(p) > 2 for p in parts):
        # "кандидата-демократа", "сенатора-республиканца": two nouns, each in the case
        words = [_inflect_nominative(vocab, tok._replace(text=p, low=p.lower())) for p in parts]
        if all(w != p for w, p in zip(words, parts, strict=True)):
            return "-".join(words)
    return tok.text


def _drops_ending(word: str, low: str) -> bool:
    return _consonant_end(word) and low.startswith(word) and 1 <= len(low) - len(word) <= 2


def _consonant_end(word: str) -> bool:
    """A masculine noun's nominative: ends in a consonant."""
    return len(word) >= 3 and word[-1] not in "аеёиоуыэюяйь"


# A woman's first name no dictionary knows, by the case the tagger gives it: "Асию" -> "Асия",
# "Мирне" -> "Мирна" (endings tried longest first).
_FEMININE_ENDINGS = {
    "Acc": (("ию", "ия"), ("ью", "ья"), ("ю", "я"), ("у", "а")),
    "Gen": (("ии", "ия"), ("ьи", "ья"), ("ы", "а")),
    "Dat": (("ии", "ия"), ("ье", "ья"), ("е", "а")),
    "Loc": (("ии", "ия"), ("ье", "ья"), ("е", "а")),
    "Ins": (("ией", "ия"), ("ьей", "ья"), ("ой", "а"), ("ей", "я")),
}


# Endings no masculine consonant-final name has: "Мирны", "Никиты" -> "-а", "Марии" -> "-ия".
_ANY_GENDER_ENDINGS = {"Gen": (("ии", "ия"), ("ы", "а")), "Acc": (("ию", "ия"),)}


def _feminine_nominative(word: str, case: str | None, feminine: bool = True) -> str:
    table = _FEMININE_ENDINGS if feminine else _ANY_GENDER_ENDINGS
    for old, new in table.get(case or "", ()):
        if word.endswith(old) and len(word) - len(old) >= 2:
            return word[: len(word) - len(old)] + new
    return word


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
_OC_CASE = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _name_nominative(vocab: Any, tok: Tok) -> str | None:
    """ "Асию" -> "Асия", "Нехаммера" -> None (no reading as a name: natasha's guess stands)."""
    try:
        forms = vocab(tok.low)
    except _MORPH_ERRORS:
        return None
    want = _OC_CASE.get(tok.case or "")
    for form in forms:
        tag = form.tag
        if not form.is_known:
            continue  # "Даунинг-стрит" -> "Даунинги-стрит", "Келлиан" -> "Келлианы": guesses
        if _NAME_GRAMS & set(tag.grammemes) and (want is None or want in tag.grammemes):
            new = form.inflect({"Nom"})
            if new:
                return _recover_shape(new.word, tok.text)
    return None


def _masculine_nominative(word: str) -> str:
    """A masculine surname in the genitive (or animate accusative) that no dictionary knows:
    "Малука" -> "Малук", "Скрипаля" -> "Скрипаль", "Гайдая" -> "Гайдай"."""
    if len(word) < 4 or word[-1] not in "ая":
        return word
    if word[-1] == "а":
        return word[:-1]
    return word[:-1] + ("й" if word[-2] in "аеёиоуыэюя" else "ь")


_MASC_SURNAME_ENDINGS = {
    "Gen": (("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын")),
    "Acc": (("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын")),
    "Ins": (
        ("ским", "ский"),
        ("цким", "цкий"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ыным", "ын"),
    ),
}


def _masculine_surname(word: str, case: str) -> str:
    """A Russian-type masculine surname in `case` put in the nominative by its ending:
    "Андрианова" -> "Андрианов" (genitive), "Добровинским" -> "Добровинский" (instrumental)."""
    low = word.lower()
    for end, nominative in _MASC_SURNAME_ENDINGS.get(case, ()):
        if low.endswith(end) and len(low) > len(end) + 2:
            return word[: len(word) - len(end)] + nominative
    return word


# A woman's Russian-type surname in an oblique case: a man's never ends so ("Иванова",
# "Иванову", "Ивановым", "Иванове"; "Жуковского")
_FEM_SURNAME_ENDINGS = (
    ("овой", "ова"),
    ("евой", "ева"),
    ("ёвой", "ёва"),
    ("иной", "ина"),
    ("ыной", "ына"),
    ("ской", "ская"),
    ("цкой", "цкая"),
)


def _feminine_surname(word: str, case: str | None) -> str:
    """A woman's surname in the genitive, dative, instrumental or locative put in the
    nominative by its ending: "Мелкумовой" -> "Мелкумова", "Жуковской" -> "Жуковская"."""
    if case not in ("Gen", "Dat", "Ins", "Loc"):
        return word
    low = word.lower()
    for end, nominative in _FEM_SURNAME_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            return word[: len(word) - len(end)] + nominative
    return word


def _recover_shape(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _join(toks: list[Tok], words: list[str], text: str) -> str:
    out = []
    for k, (t, w) in enumerate(zip(toks, words, strict=False)):
        if k:
            out.append(text[toks[k - 1].stop : t.start])
        out.append(w)
    return "".join(out)


def nominative_phrase(
    vocab: Any, text: str, toks: list[Tok], head_pos: int, normal: str | None = None
) -> str:
    """Inflect the head and the words agreeing with it; keep the complement verbatim.

    `normal` is natasha's normal form of the same tokens: its word stands in for a word pymorphy
    does not know ("Совфеда" -> "Совфед").
    """
    words = []
    head_case = toks[head_pos].case
    normal_words = normal.split() if normal else []
    for k, t in enumerate(toks):
        if k <= head_pos and (k == head_pos or t.case == head_case):
            word = _inflect_nominative(vocab, t)
            if (
                word == t.text
                and t.case not in (None, "Nom")
                and "-" not in t.text  # natasha's "Даунинги-стрит"
                and k < len(normal_words)
                and fold(normal_words[k])[:3] == t.low[:3]
            ):
                word = _recover_shape(normal_words[k].lower(), t.text)
            words.append(word)
        else:
            words.append(t.text)
    return _join(toks, words, text)


def _lower_initial(phrase: str) -> str:
    first = phrase.split(" ", 1)[0]
    if first[:1].isupper() and first[1:] == first[1:].lower() and not first[:1].isascii():
        return phrase[:1].lower() + phrase[1:]
    return phrase


class Namer:
    """Nominative names and titles for the mentions that end up on a speaker (pymorphy is too
    slow to run on every mention of every article)."""

    def __init__(self, doc: Any, toks: tuple[Tok, ...]) -> None:
        self.text = doc.text
        self.toks = toks
        self.vocab = doc.nlp.morph_vocab

    def name(self, m: Mention, gender: str | None = None) -> str:
        """The mention's name in the nominative; `gender` is the person's, as the article's
        verbs and names tell it (for first names no dictionary knows)."""
        if m.name_span is None:
            return m.name or ""
        first, head, last = m.name_span
        toks = list(self.toks[first : last + 1])
        if m.kind == "PER":
            hint = None  # "представителя Мирны Талко": a name in apposition shares the case
            if m.role_span is not None and m.role_span[2] < first:
                hint = self.toks[m.role_span[1]].case
            if hint in ("Gen", "Dat", "Ins", "Loc", "Acc") and all(
                t.case in ("Nom", None) for t in toks
            ):
                toks = [t._replace(case=hint) for t in toks[:-1]] + toks[-1:]
            return self._person(toks, m.normal or "", gender)
        phrase = strip_quotes(
            nominative_phrase(self.vocab, self.text, toks, head - first, m.normal)
        )
        if len(toks) == 1 or (len(toks) == 3 and toks[0].text in QUOTE_CHARS):
            phrase = self._quoted_nominative(phrase, toks[head - first])
        quoted = toks[0].text in QUOTE_CHARS or (
            first > 0 and self.toks[first - 1].text in QUOTE_CHARS
        )  # "«Газпром» предупреждал": a name in quote marks keeps its capital
        if m.kind == "GEN" or (
            self._sentence_initial(first) and toks[0].pos == "NOUN" and head == first and not quoted
        ):  # "Пресс-служба МВД" at a sentence start; "Европейская комиссия" keeps its capital
            phrase = _lower_initial(phrase)
        return phrase

    def _quoted_nominative(self, phrase: str, tok: Tok) -> str:
        """ "в «Автодоре»", "сообщении «Автодора»": a name no dictionary declines keeps its
        oblique ending; the article's own "«Автодор»" in quote marks gives the nominative."""
        if tok.case in (None, "Nom") or phrase != tok.text or len(tok.text) < 5:
            return phrase
        for cut in (1, 2):
            stem = tok.text[:-cut]
            if _consonant_end(stem) and re.search(rf"[«\"„“]{re.escape(stem)}[»\"“”]", self.text):
                return stem
        # "в «Ростехе»" with no "«Ростех»" anywhere: a coined name no dictionary knows is most
        # often masculine, its locative "-е" dropped; a known word keeps pymorphy's reading
        stem = tok.text[:-1]
        if tok.case == "Loc" and tok.low.endswith("е") and _consonant_end(stem):
            try:
                known = any(f.is_known for f in self.vocab(tok.low))
            except _MORPH_ERRORS:
                known = True
            if not known:
                return stem
        return phrase

    def role(self, m: Mention) -> str | None:
        if m.role_span is None:
            return m.role
        first, head, last = m.role_span
        while first < head and _verb_like(self.toks[first]):
            first += 1  # "Выступил сенатор-республиканец от Флориды Марко Рубио": no verb in it
        toks = list(self.toks[first : last + 1])
        if toks[0].low in ("и", "и.о.", "и.о"):  # "и. о. министра": acting, the genitive stays
            return _lower_initial(_join(toks, [t.text for t in toks], self.text))
        return _lower_initial(nominative_phrase(self.vocab, self.text, toks, head - first))

    def _person(self, toks: list[Tok], normal: str, gender: str | None = None) -> str:
        """pymorphy's first-name and surname readings first, natasha's normal form next.

        A name whose last word stands in the nominative is in the nominative ("Сайфул Малук":
        the tagger's genitive on an unknown first name is a guess). A foreign surname neither
        knows is put in the nominative by the case its known first name shows ("Сергея
        Скрипаля" -> "Сергей Скрипаль").
        """
        if gender == "Fem":  # "политолог Александра Филиппенко … рассказала": a woman's name
            toks = [  # in -а/-я is nominative, whatever masculine genitive it looks like
                t._replace(case="Nom")
                if t.case in ("Gen", "Acc") and t.low.endswith(("а", "я"))
                else t
                for t in toks
            ]
        if all(t.case in ("Nom", None) for t in toks):
            return _join(toks, [t.text for t in toks], self.text)
        if toks[-1].case in ("Nom", None):
            # the surname is nominative: a first name the tagger calls oblique is a guess,
            # changed only when a dictionary knows it, or by its ending for a woman ("Асию")
            words = [t.text for t in toks]
            for k, t in enumerate(toks[:-1]):
                if t.case not in ("Nom", None):
                    known = _name_nominative(self.vocab, t)
                    words[k] = known or _feminine_nominative(t.text, t.case, gender == "Fem")
                    if known and k == 0 and t.gender == "Masc" and t.case in ("Gen", "Acc"):
                        # "Валерия Андрианова" read as "Валерий": then the surname is his,
                        # "Андрианов", not a woman's "Андрианова"
                        words[-1] = _masculine_surname(words[-1], t.case)
            return _join(toks, words, self.text)
        normal_words = normal.split()
        words = []
        masc_oblique = None  # the case a known masculine first name shows
        for k, t in enumerate(toks):
            word = t.text
            if t.case not in ("Nom", None):
                known = _name_nominative(self.vocab, t)
                if known and k == 0 and t.gender == "Masc" and t.case in ("Gen", "Acc", "Ins"):
                    masc_oblique = t.case
                if k and k == len(toks) - 1 and not known and toks[0].case == t.case:
                    # "Аси Мелкумовой" -> "Ася Мелкумова": an oblique "-овой", "-ской" is only
                    # ever a woman's surname, whatever gender the tagger gives her first name
                    fem = _feminine_surname(t.text, t.case)
                    if fem != t.text:
                        words.append(fem)
                        continue
                word = known or (normal_words[k] if len(normal_words) == len(toks) else t.text)
                if not known and k and masc_oblique == t.case and word == t.text:
                    word = _masculine_nominative(t.text)
                if k and masc_oblique and word == t.text:
                    # "Валерия Андрианова", "Александром Добровинским": a man's surname in the
                    # case his first name shows, never a woman's -ова or an instrumental -ским
                    word = _masculine_surname(t.text, masc_oblique)
                if not known and k < len(toks) - 1 and word == t.text:
                    word = _feminine_nominative(t.text, t.case, gender == "Fem")
                # an unknown surname in genitive -ы is a noun in -а ("Хидеки Ясуды" -> "Ясуда"):
                # no masculine consonant-final name and no feminine -ая one ends so
                last = k and k == len(toks) - 1
                if last and not known and word == t.text and t.case == "Gen" and len(t.low) >= 4:
                    word = t.text[:-1] + "а" if t.low.endswith("ы") else word
            words.append(word)
        return _join(toks, words, self.text)

    def _sentence_initial(self, k: int) -> bool:
        j = k - 1
        while j >= 0 and self.toks[j].text in QUOTE_CHARS:
            j -= 1
        return j < 0 or self.toks[j].sent != self.toks[k].sent


def _verb_like(t: Tok) -> bool:
    """A finite verb, or one the tagger took for an adjective at a sentence start ("Выступил"):
    no adjective of a title ends in a past tense's "-л", "-ла", "-ло", "-ли"."""
    if t.verbform == "Fin":
        return True
    return t.pos == "ADJ" and t.low.endswith(("л", "ла", "ло", "ли")) and len(t.low) > 4
