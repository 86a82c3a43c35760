"""The subtitle under a pasted text's own title: written to be read with that title, not alone.

A pasted article often opens "title / one-sentence subtitle / lead": "Нормандская четверка
соберется в Париже / Темой разговора станут минские соглашения и миротворцы. / Исполнение
минских договоренностей…". The subtitle leans on the title above it: who "канцлер" or "спикер
Госдумы" is, which "разговор", what "подобная инициатива" is. A summary shown under a headline
made from it, and opening with it, reads backwards. Such a subtitle stands aside; one that names
its own subject ("Дмитрий Медведев доверил пост руководителя иннограда Виктору Вексельбергу.")
stays a candidate like any lead. A subtitle that opens with a thing the title named, the
title's own common noun ("КНДР и Южная Корея проведут встречу разделенных войной семей / Встречу
предполагается провести 19 сентября…"), speaks of it as already told: it leans on the title; so
does one that only announces the story ("Почему Крым наш / Как Путин уточнял свою версию
присоединения полуострова.").
"""

from __future__ import annotations

import re

from .antecedents import ROLE
from .features import STOPWORDS, stems

RESTATED_SHARE = 0.6  # of the subtitle's words the lead's first two sentences say again

# A person by role alone at the opening ("Канцлер считает…", "Спикер Госдумы выразил…", "Великий
# режиссёр встретится…"), where the lead below names them.
_ROLE_OPENING = re.compile(
    r"^(?:[«\"„]?[А-ЯЁ][а-яё]+\s+)?(?:режисс[её]р\w*|" + ROLE.pattern + r")", re.I
)
_FULL_NAME = re.compile(r"(?<![.!?]\s)\b[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\b")
# What only the title or the lead names: "подобную инициативу", "стороны согласовали", "По мнению
# президента, …", "Темой разговора станут…", "Ни состав комиссии, ни порядок ее работы…".
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:подобн(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми)|стороны)\b"
    r"|^(?:по (?:мнению|словам|данным) (?-i:[а-яё])|темой|ни\s)",
    re.I,
)
# "его", "ее", "их": someone the title named ("Его задержали в Минске…", "Канцлер заявила, что
# ее правительство…"), unless the subtitle named someone or something before it, far enough in
# to be its own ("Президент Казахстана Касым-Жомарт Токаев предложил… параметры его структуры":
# the lead itself, under a title that says it again).
_PRONOUN = re.compile(r"\b(?:ее|её|его|их)\b", re.I)
_PRONOUN_OPENING = 4  # words: a pronoun this early leans on the title whatever precedes it
# A subtitle that only announces what the text tells, an indirect question with no clause past
# it: "Как Путин уточнял свою версию присоединения полуострова." under "Почему Крым наш".
_ANNOUNCING = re.compile(
    r"^(?:как|почему|зачем|кто|чем|сколько|где|куда|откуда|когда)\s[^,;:—–]+[.!]?$", re.I
)
# A capitalized word past the first: the subtitle names someone or something itself.
_NAMED = re.compile(r"(?<!^)(?<![.!?]\s)\b(?-i:[А-ЯЁA-Z])[\w-]*[a-zа-яёA-ZА-ЯЁ]")


# The subtitle's first word, capitalized only because it opens the sentence, or the word after
# an opening preposition ("Среди обвинений — попытка вербовки…").
_OPENING_WORD = re.compile(
    r"(?:(?:Среди|Из-за|После|Для|Против|Помимо|Кроме|При|По|В|На|О|Об|Из|От|За|С|У|К)\s+"
    r"(?=[а-яё]{4,}\b))?([А-ЯЁа-яё][а-яё]{3,})\b"
)
_PREFIX = 5  # "обвинений" under "обвиняется": one word family


def title_noun_first(text: str, title: str) -> bool:
    """The subtitle opens with a word the title has in lower case (a common word, not a name),
    perhaps after a preposition: "Встречу предполагается провести…" under "…проведут встречу
    разделенных войной семей", "Среди обвинений — попытка вербовки…" under "Американец
    обвиняется в оказании помощи ИГИЛ"."""
    m = _OPENING_WORD.match(text)
    if m is None or m.group(1).lower() in STOPWORDS or (m.start(1) and m.group(1)[:1].isupper()):
        return False
    told = {stems(w)[0][:_PREFIX] for w in title.split()[1:] if w[:1].islower() and stems(w)}
    return bool(stems(m.group(1))) and stems(m.group(1))[0][:_PREFIX] in told


def _pronoun_elsewhere(text: str) -> bool:
    """A possessive or object pronoun whose antecedent is not in the subtitle: among its first
    words, or before any name of its own."""
    for m in _PRONOUN.finditer(text):
        if len(text[: m.start()].split()) < _PRONOUN_OPENING or not _NAMED.search(
            text, 0, m.start()
        ):
            return True
    return False


def leaning_deck(sentence: str, lead: str, title: str | None = None) -> bool:
    """A subtitle that needs its title or the lead to be understood, or that the lead says again
    in full (see the module). `lead`: the two sentences after it. A person by role alone is left
    to the lead only when the lead names them ("канцлер Германии Ангела Меркель"): "Президент
    «Роснефти» и совладелец трейдера Gunvor продвигают…" over a lead that does not is still the
    news. `title`: the pasted text's own title above the subtitle."""
    text = sentence.strip().lstrip('«"„ ')
    if (
        _POINTS_ELSEWHERE.search(text)
        or _pronoun_elsewhere(text)
        or _ANNOUNCING.match(text)
        or (title and title_noun_first(text, title))
    ):
        return True
    own = set(stems(text))
    if len(own) >= 4 and len(own & set(stems(lead))) >= RESTATED_SHARE * len(own):
        return True  # "В Москве пройдёт очередной стартап-турнир Harvest." over "16 и 17 октября
        # состоится очередной стартап-турнир Harvest (…), на котором участники…"
    opening = _ROLE_OPENING.match(text)
    # one person ("Канцлер"), not a group that needs no name ("Представители бизнес-структур")
    if opening and opening.group()[-1:] not in "иы" and not _FULL_NAME.search(text, opening.end()):
        return bool(_FULL_NAME.search(lead))
    return not _NAMED.search(text[1:])
