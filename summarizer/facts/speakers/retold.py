"""Retold words whose first verb is the speaker's own, in the third person.

"Арапов заявил, что сожалеет о том, что …", "В Кремле заявили, что не будут комментировать …":
the clause has no subject of its own, so its verb is the speaker's, told by the writer in the
third person. Shown as a quote it reads as someone else's account of him, not his speech
(audit20: both QUOTE_BROKEN). The past tense of a single speaker is `extract._own_deed`'s, a verb
of saying or thinking `extract._opens_with_own_verb`'s; this module takes a single speaker's
present or future verb that frames further words ("сожалеет о том, что …") and a body's verb
in the plural, any tense. A single speaker's plain "постарается разобраться …" is left shown:
earlier audits read it as his words.
"""

from __future__ import annotations

from .events import Event
from .tokens import NOMINAL, Tok, subject_follows, tok_index

# a clause opens before any verb: no simple subjectless statement
_CLAUSE_OPENERS = frozenset(("что", "чтобы", "если", "когда", "как", "где", "кто"))
_CLAUSE_MARKS = frozenset((",", ";", ":", "(", "«", '"', "—", "–"))
# impersonal verbs: "заявил, что следует подождать", "планируется провести более 2500
# учений" have no subject at all, the speaker's own words may read so
_IMPERSONAL = frozenset(
    "следует стоит предстоит придется приходится хватает требуется остается оставалось удается "
    "получается кажется представляется выходит значит нравится удастся получится планируется "
    "предполагается ожидается намечается предусматривается допускается разрешается "
    "запрещается необходимо нужно можно".split()
)


def retells_speaker(ev: Event, toks: tuple[Tok, ...], body: bool) -> bool:
    """Do retold words open (before any comma or clause word) with a finite verb in the third
    person that agrees in number with the verb of saying and has no subject of its own, before
    or after it in its clause? Then they tell what the speaker does or will do, in the writer's
    voice. `body`: the speaker is an organization or a place ("в Кремле заявили"), not
    people."""
    if ev.kind != "indirect" or ev.number not in ("Sing", "Plur") or not ev.spans:
        return False
    if ev.number == "Plur" and not body:
        return False  # "Расмуссен и Бридлав заявили, что на саммите примут меры …": two
        # people's joint words, read as theirs (audit15); a body's "не будут" is the writer's
    a, b = ev.spans[0]
    first, last = tok_index(toks, a), tok_index(toks, b) - 1
    verb = None
    for j in range(first, last + 1):
        t = toks[j]
        if t.text in _CLAUSE_MARKS or t.low in _CLAUSE_OPENERS:
            return False
        if (t.pos in NOMINAL or t.pos == "NUM") and t.case == "Nom":
            return False  # "оба арестованных подозреваются …": a subject of its own
        if t.pos in ("VERB", "AUX") and t.verbform == "Fin":
            verb = j
            break
        if ev.number == "Plur" and t.pos in ("NOUN", "PROPN", "PRON", "ADJ", "DET"):
            return False  # "продукт не успели запустить …", "указанных лиц объявили в розыск":
            # an object put first reports a fact in the indefinite person, not the body's deed
    if verb is None:
        return False
    v = toks[verb]
    if v.number != ev.number or v.low in _IMPERSONAL:
        return False
    if v.tense == "Past":
        if ev.number == "Sing":
            return False  # extract._own_deed's, with the speaker's gender
    elif v.person != "3":
        return False
    nxt = [t.low for t in toks[verb + 1 : min(last, verb + 4) + 1]]
    if ev.number == "Sing" and not (
        nxt[:2] in (["о", "том"], ["в", "том"]) or nxt[:2] == [",", "что"]
    ):
        # a single speaker's "постарается разобраться …", "не комментирует вопросы …" still
        # read as his words (audits 17 and 19); his feeling framing further words ("сожалеет
        # о том, что …", "надеется, что …") is the writer's account of him
        return False
    return not subject_follows(toks, verb, last)  # "что в Москве проходят обыски"
