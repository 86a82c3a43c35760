"""The subtitle under a pasted text's own title: written to be read with that title, not alone.

A pasted article often opens "title / one-sentence subtitle / lead": "Нормандская четверка
соберется в Париже / Темой разговора станут минские соглашения и миротворцы. / Исполнение
минских договоренностей…". The subtitle leans on the title above it: who "канцлер" or "спикер
Госдумы" is, which "разговор", what "подобная инициатива" is. A summary shown under a headline
made from it, and opening with it, reads backwards. Such a subtitle stands aside; one that names
its own subject ("Дмитрий Медведев доверил пост руководителя иннограда Виктору Вексельбергу.")
stays a candidate like any lead.
"""

from __future__ import annotations

import re

from .antecedents import _ROLE
from .features import stems

RESTATED_SHARE = 0.6  # of the subtitle's words the lead's first two sentences say again

# A person by role alone at the opening ("Канцлер считает…", "Спикер Госдумы выразил…", "Великий
# режиссёр встретится…"), where the lead below names them.
_ROLE_OPENING = re.compile(
    r"^(?:[«\"„]?[А-ЯЁ][а-яё]+\s+)?(?:режисс[её]р\w*|" + _ROLE.pattern + r")", re.I
)
_FULL_NAME = re.compile(r"(?<![.!?]\s)\b[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\b")
# What only the title or the lead names: "подобную инициативу", "стороны согласовали", "По мнению
# президента, …", "Темой разговора станут…", "Ни состав комиссии, ни порядок ее работы…".
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:подобн(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми)|стороны|ее|её|его|их)\b"
    r"|^(?:по (?:мнению|словам|данным) (?-i:[а-яё])|темой|ни\s)",
    re.I,
)
# A capitalized word past the first: the subtitle names someone or something itself.
_NAMED = re.compile(r"(?<!^)(?<![.!?]\s)\b(?-i:[А-ЯЁA-Z])[\w-]*[a-zа-яёA-ZА-ЯЁ]")


def leaning_deck(sentence: str, lead: str) -> bool:
    """A subtitle that needs its title or the lead to be understood, or that the lead says again
    in full (see the module). `lead`: the two sentences after it. A person by role alone is left
    to the lead only when the lead names them ("канцлер Германии Ангела Меркель"): "Президент
    «Роснефти» и совладелец трейдера Gunvor продвигают…" over a lead that does not is still the
    news."""
    text = sentence.strip().lstrip('«"„ ')
    if _POINTS_ELSEWHERE.search(text):
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
