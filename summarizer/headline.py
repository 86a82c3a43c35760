"""A one-line headline: the article's own title, or one made from the lead sentence.

A Russian news headline is the lead's main clause without attribution and side clauses
("Токаев высоко оценил итоги переговоров в узком формате"), or a quote headline when the lead
reports someone's words ("Медведев: Украины может не быть на карте мира через два года"). So
the headline shortens the lead instead of repeating it (the summary right below it carries the
whole sentence). natasha's morphology tells a predicate from a noun, so that a cut never leaves
a subject without its verb ("Пакистанский адвокат Сайфул Малук, который защитил…"); the
pipeline has natasha loaded for the rule layer anyway, and one sentence takes milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .backends.features import bare_person
from .document import Document
from .nlp import NLP

MAX_HEADLINE_CHARS = 100
MAX_TITLE_CHARS = 160  # a title is the publisher's; only a runaway one is clipped
_MIN_HEAD_CHARS = 25  # a clause shorter than this is too thin to stand as a headline

_VERBS = (
    r"(?:заявил|сказал|сообщил|отметил|подчеркнул|рассказал|уточнил|добавил|написал|указал"
    r"|пояснил|объявил|признал|предупредил|считает|полагает|пишет|передает|передаёт"
    r"|сообщает|говорит|утверждает)(?:а|и|о)?"
)
# "…, — заявил глава МИД Сергей Лавров, передает ТАСС." (the speaker follows the verb)
_TAIL = re.compile(r"\s*,\s*(?:[—–-]\s*)?" + _VERBS + r"\b(?P<who>.*)$", re.I)
# "Сергей Лавров заявил, что …" (the speaker precedes the verb)
_SAID_THAT = re.compile(
    r"^(?P<who>[^,«»\"]{3,120}?)\s+"
    + _VERBS
    # "Тюркин заявил о том, что с 1 января…": "о том" only announces what was said
    + r"(?:\s+о\s+том)?\s*(?:[,:]\s*(?:что\s+)?)(?P<rest>.+)$"
)
_SOURCE_TAIL = re.compile(
    r"\s*,\s*(?:говорится|следует|сообщается|передает|передаёт|пишет|сообщает"
    r"|утверждает|по данным|по информации|со ссылкой)\b.*$",
    re.I,
)
# Datelines and time stamps that wire copy puts before the lead: "МОСКВА, 30 июл – ПРАЙМ.",
# "10.11.2018 13:05 :", ", 16:37 REGNUM".
_DATELINE = re.compile(
    r"^(?:[\s,.:;–—-]+|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}:\d{2}|(?:REGNUM|ПРАЙМ|ТАСС|РИА Новости)\b"
    r"|[А-ЯЁ]{3,}(?:-[А-ЯЁ]+)?,\s*\d{1,2}\s+[а-я]{3,}\.?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?:(?=\s)"
    r"|[\w-]+\.(?i:ru|net|com|org|ua|kz|by|info)\s+[-–—](?=\s))+\s*"
)
_LEADING = re.compile(
    r"^(?:(?:как|об этом) (?:сообщает|сообщают|пишет|передает|передаёт|стало известно)[^,]*,\s*"
    r"|по (?:данным|информации|словам|мнению|сообщению|сведениям) [^,]{1,90},\s*"
    r"|(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?:,\s*\d{1,2} [а-я]+,)?\s+"
    r"|(?:\d{1,2} [а-я]+ )?стало известно,\s*что\s+"
    r"|(?:накануне|сегодня|вчера|ранее|напомним|кроме того|при этом|также|вообще|в общем"
    r"|собственно|кстати|впрочем|итак|с одной стороны|с другой стороны|на самом деле|в целом"
    r"|по сути),?\s+"
    # a date the headline does not need: "К утру среды 4 ноября 2020 года", "3 ноября"
    r"|(?:(?:к|в|во|утром|вечером|днем|днём|ночью)\s+(?:[а-яё]+\s+){0,2})?\d{1,2}\s+(?:января"
    r"|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+\d{4}"
    r"(?:\s+года)?)?(?:\s*\([^()]{1,40}\))?,?\s+)",
    re.I,
)
# A first name and a surname; the lookahead lets "России Дмитрий Медведев" yield "Медведев".
_PERSON = re.compile(
    r"(?=\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\b)"
)
_EMBEDDED_START = re.compile(r"^(?:котор|чей|чья|чьё|чье|чьи)", re.I)
# After a comma, what opens a subordinate or side clause rather than continuing a list.
_SUBORDINATE = frozenset(
    "котор который которая которое которые которых которым которой которого "
    "что чтобы где когда куда откуда поскольку так хотя однако но а причем причём "
    "если после несмотря благодаря из-за пока как чем".split()
)
_PREPOSITIONS = frozenset(
    "в во на по с со к о об от за из для до при после через против между".split()
)
# What a cut must not leave at the end: a preposition, a particle, a "то"/"том" announcing the
# clause that was cut off, a conjunction, or "и заявил" without what was said.
_TRAILING_JUNK = re.compile(
    r"(?:[\s,;:—–-]+|\s+(?:и|а|но|или|в|во|на|по|с|со|к|о|об|от|за|из|для|до|при|лишь|только|даже"
    r"|уже|еще|ещё|не|ни|почти|около|более|менее|свыше|на случай|о том|в том|с тем|к тому|то|том"
    r"|тем|того|как|после|через|спустя|перед|без|над|под|между|против|вокруг|из-за|благодаря"
    r"|несмотря на|вместо|кроме|среди|у|к|ко|со|обо|а также"
    # compound prepositions: "…правительства Великобритании в связи" lost its object
    r"|в связи|в отношении|в рамках|в ходе|по поводу|в качестве|в пользу|в адрес|на фоне"
    r"|в результате|в случае|в честь|по случаю|в течение|с учетом|с учётом|по сравнению|в соответствии"
    r"|за счет|за счёт|в целях|в интересах|по итогам|в преддверии|в ответ на)|\s+и\s+"
    + _VERBS
    + r")$",
    re.I,
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _trim(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _TRAILING_JUNK.sub("", text)
    return text.strip()


def _clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else cut
    cut = _trim(cut) + "…"
    return cut + "»" if cut.count("«") > cut.count("»") else cut


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _surname(who: str, nlp: NLP) -> str | None:
    """The speaker's surname in an attribution ("глава МИД Сергей Лавров" -> "Лавров").

    Only a name in the nominative is the speaker: in "сообщает ТАСС со ссылкой на канцелярию
    Терезы Мэй" the person named is not the one speaking.
    """
    who = re.split(r",|\s[—–]\s|\(", who.strip(), maxsplit=1)[0]
    found = _PERSON.findall(who)
    if not found:
        return None
    surname = found[-1]
    for tok in _tag(who, nlp):
        if tok.text == surname:
            return surname if (tok.feats or {}).get("Case") == "Nom" else None
    return None


def _outside_quotes(text: str, position: int) -> bool:
    head = text[:position]
    return head.count("«") <= head.count("»") and head.count('"') % 2 == 0


# The author announcing the news in the first person: "После месяцев переговоров, я с
# удовольствием сообщаю, что матч состоится…" -> "матч состоится…".
_I_ANNOUNCE = re.compile(
    r"^(?:[^«»\"]{0,80}?[\s,])?(?:я|мы)\s+(?:[а-яё]+\s+){0,3}?(?:сообщаю|сообщаем|заявляю"
    r"|заявляем|объявляю|объявляем|(?:рад[аы]?|хочу|хотим|хотел[аи]? бы)\s+сообщить)"
    r"\s*,?\s*что\s+(?P<rest>.+)$",
    re.I,
)


def _attributed(sentence: str, nlp: NLP) -> tuple[str, str | None]:
    """The statement without its attribution, and who made it when that is a named person."""
    m = _I_ANNOUNCE.match(sentence)
    if m:
        return m.group("rest"), None
    m = _SAID_THAT.match(sentence)
    if m and not re.search(r"[.!?]", m.group("who")):
        rest = m.group("rest")
        # "…заявило о том, что Бхутто освобождена, сообщает France-Presse": the wire goes too
        tail = _SOURCE_TAIL.search(rest)
        if tail and tail.start() >= _MIN_HEAD_CHARS and _outside_quotes(rest, tail.start()):
            rest = rest[: tail.start()]
        return rest, _surname(m.group("who"), nlp)
    for m in _TAIL.finditer(sentence):
        if m.start() >= _MIN_HEAD_CHARS and _outside_quotes(sentence, m.start()):
            said = sentence[: m.start()]
            if not re.search(r"[«\"]", said) and not any(_clause_word(t) for t in _tag(said, nlp)):
                # "Адриано Челентано, известный певец…, написал письмо": the subject, not what
                # was said, stands before the verb
                continue
            return said, _surname(m.group("who"), nlp)
    m = _SOURCE_TAIL.search(sentence)
    if m and m.start() >= _MIN_HEAD_CHARS and _outside_quotes(sentence, m.start()):
        return sentence[: m.start()], None
    return sentence, None


# --- clauses, with natasha's morphology ----------------------------------------------------------
def _tag(text: str, nlp: NLP) -> list[Any]:
    from natasha import Doc

    doc = Doc(text)
    doc.segment(nlp.segmenter)
    doc.tag_morph(nlp.morph_tagger)
    return list(doc.tokens)


def _predicate(token: Any) -> bool:
    """A finite verb, an auxiliary or a short participle ("задержан"): what makes a clause."""
    feats = token.feats or {}
    return token.pos in ("VERB", "AUX") and (
        feats.get("VerbForm") == "Fin" or feats.get("Variant") == "Short"
    )


def _modifier(token: Any) -> bool:
    """A full participle or a gerund: it opens a phrase that can go."""
    feats = token.feats or {}
    return token.pos == "VERB" and (
        feats.get("VerbForm") == "Conv"
        or (feats.get("VerbForm") == "Part" and feats.get("Variant") != "Short")
    )


def _without_embedded(text: str, tokens: Sequence[Any]) -> str:
    """Drop "(…)" and the relative or participial clauses set off by commas inside the main
    clause: "Биби, которая была приговорена к казни, отпустили" -> "Биби отпустили".

    Appositions go too ("Джон Болтон, советник Трампа, встретился" -> "Джон Болтон встретился").
    A span goes only where the main clause resumes right after it with its predicate, which is
    how a closing comma is told from a comma inside the clause, and only before that predicate.
    """
    spans: list[tuple[int, int]] = []
    seen_predicate = False
    for i, tok in enumerate(tokens[:-1]):
        seen_predicate = seen_predicate or _predicate(tok)
        if tok.text != "," or seen_predicate:
            continue
        clause = bool(_EMBEDDED_START.match(tokens[i + 1].text) or _modifier(tokens[i + 1]))
        # a participle (natasha reads some as adjectives: "расположенном в Ньюпорте")
        participle = _modifier(tokens[i + 1]) or (
            tokens[i + 1].pos == "ADJ" and tokens[i + 2].pos == "ADP"
        )
        for j in range(i + 2, len(tokens)):
            if (
                participle
                and _predicate(tokens[j])
                and tokens[j - 1].text != ","
                and not any(t.text.lower() in _SUBORDINATE for t in tokens[i + 2 : j])
            ):
                # the closing comma is missing ("Vestas, расположенном в Ньюпорте, столице
                # острова Уайт захватили свой завод"): a participle's phrase holds no finite
                # verb, so it ends before the main clause's predicate
                spans.append((tok.start, tokens[j - 1].stop))
                break
            if not clause and _predicate(tokens[j]):
                break  # a comma-set phrase with a verb of its own that is no relative clause
            if clause and _predicate(tokens[j]) and tokens[j - 1].text != ",":
                end = _relative_end(tokens, i + 2, j)
                if end is not None:
                    # the closing comma is missing ("Конец света, который предрекал Кемпинг
                    # 21 мая так и не наступил"): the relative clause had its predicate, a
                    # second one with nothing joining it is the main clause's
                    spans.append((tok.start, tokens[end].stop))
                    break
            if tokens[j].text == "," and j + 1 < len(tokens) and _predicate(tokens[j + 1]):
                spans.append((tok.start, tokens[j].stop))
                break
    out, last = [], 0
    for start, stop in spans:
        if start >= last:
            out.append(text[last:start])
            last = stop
    out.append(text[last:])
    return re.sub(r"\s*\([^()]*\)", "", "".join(out))


# Particles that go with the main predicate before it: "так и не наступил", "уже вступил".
_BEFORE_PREDICATE = frozenset("не ни уже же всё ещё еще так".split())


def _relative_end(tokens: Sequence[Any], start: int, j: int) -> int | None:
    """The last token of a relative clause opened at `start` whose closing comma is missing,
    when `tokens[j]` is a second predicate that nothing joins to the clause's own one."""
    k = j - 1
    while k > start and (
        tokens[k].text.lower() in _BEFORE_PREDICATE
        or (tokens[k].text.lower() == "и" and tokens[k - 1].text.lower() == "так")
    ):
        k -= 1
    own = [t for t in tokens[start : k + 1] if _predicate(t)]
    if len(own) != 1 or tokens[k].text.lower() in ("и", "или", "а", "но", "либо"):
        return None
    if own[0].pos == "AUX" or own[0].text.lower().startswith(("был", "буд", "стал", "станет")):
        return None  # "который был … обвинен": an auxiliary waits for its own participle
    if any(t.text in ",;:—–()" for t in tokens[start : k + 1]):
        return None
    return k


def _main_clause(text: str, nlp: NLP, limit: int) -> str:
    """The first clause that has its predicate and reads as a headline, within `limit`."""
    tokens = _tag(text, nlp)
    shorter = _without_embedded(text, tokens)
    if shorter != text:
        text, tokens = shorter, _tag(shorter, nlp)
    fits = len(text) <= limit
    has_predicate = False
    phrase_cut = None
    # Inside a clause that opens with "что", "если", "когда"… (at the start or after a comma) a
    # verb is not the main clause's: "Что касается «чистоты», то выборы…" is no headline at
    # "Что касается «чистоты»".
    subordinate = bool(tokens) and tokens[0].text.lower() in _SUBORDINATE
    subordinate_start = subordinate
    for i, tok in enumerate(tokens):
        if tok.start > limit:
            break
        if not _outside_quotes(text, tok.start):
            continue
        head = text[: tok.start].rstrip()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok.text == "," and not fits and _listed(tokens, i):
            continue  # "Коннектикут, Делавэр, Джорджия": a list of names goes on
        if tok.text == "," and i > 0 and tokens[i - 1].text.lower() in _ANNOUNCING:
            continue  # "надеяться на то, что…": what follows is the clause's object
        if tok.text == "," and i > 0 and tokens[i - 1].text.lower() in _NEEDS_RELATIVE:
            continue  # "возглавил человек, который…": the relative clause says who
        if tok.text == ",":
            # A short lead keeps its lists; only a side clause goes. A long one cuts at any comma.
            boundary = not fits or (
                nxt is not None
                and (
                    nxt.text.lower() in _SUBORDINATE
                    or nxt.text.lower().startswith("котор")
                    or _modifier(nxt)
                )
            )
        else:
            boundary = tok.text in (";", ":", "(", "—", "–")
        if boundary and i > 0 and has_predicate and len(head) >= _MIN_HEAD_CHARS:
            return _trim(head)
        if (
            has_predicate
            and tok.text.lower() in _PREPOSITIONS
            and len(head) >= 0.6 * limit
            and not _agreeing(tokens[i - 1])
            # not "Скандальные статьи … публикуются | с целью…": the verb keeps what it needs
            and not _predicate(tokens[i - 1])
            # nor "не ранее чем | через два года": the comparison keeps its term
            and tokens[i - 1].text.lower() != "чем"
            # nor "проголосовали 23 | из 34 депутатов": a bare number keeps what it counts
            and tokens[i - 1].pos != "NUM"
            # nor "отклонила резолюцию с требованием | к администрации…", "избрал председателя
            # партии | на пост премьер-министра": the kept part would lack what the act was
            and not _dangling_cut(tokens, i, nlp)
        ):
            phrase_cut = head  # not "…по количеству отданных | за него голосов": the noun is later
        if tok.text == ",":
            subordinate = nxt is not None and nxt.text.lower() in _SUBORDINATE - {"а", "но"}
        has_predicate = has_predicate or (_predicate(tok) and not subordinate)
    if fits and has_predicate:
        return _trim(text)
    if phrase_cut:
        return _trim(phrase_cut)
    clause = re.split(r"[,;:(—–]", text, maxsplit=1)[0].rstrip()
    first_mark = next((i for i, t in enumerate(tokens) if t.text in ",;:(—–"), None)
    if (
        has_predicate
        and not subordinate_start
        # not a list cut after its first name: "Голоса отдали Коннектикут, Делавэр, Джорджия…"
        and not (first_mark is not None and _listed(tokens, first_mark))
        and len(clause) <= MAX_CLAUSE_CHARS
        and clause.count("«") == clause.count("»")
        and any(_predicate(t) for t in tokens if t.stop <= len(clause))
    ):
        # one clause a little over the line ("Скандальные статьи с обвинениями в адрес России в
        # использовании допинга публикуются с целью лишить Олимпиаду в Сочи российской
        # лаборатории"), the lead's first clause when a side clause follows it: whole, rather
        # than clipped where it has no end
        return _trim(clause)
    return _clip(text, limit)


MAX_CLAUSE_CHARS = 140


# Nouns that say nothing until their relative clause: "МИД возглавил человек, который прежде ни
# дня не занимался внешней политикой" is no headline at "МИД возглавил человек".
_NEEDS_RELATIVE = frozenset(
    "человек человека человеку человеком люди людей людям людьми тот того тому тем те тех теми "
    "та ту той такой такая такие такого таких один одна одного одной".split()
)
# "на то, что…", "о том, что…": a pronoun announcing the clause after the comma.
_ANNOUNCING = frozenset("то того тому том тем".split())


# Nouns that say nothing without their complement: "с требованием" (of what?), "по теме" (which?).
_VALENCY_NOUNS = frozenset(
    "требование призыв просьба предложение тема пост должность обвинение запрет отказ право "
    "угроза намерение готовность необходимость возможность попытка решение план".split()
)
# A phrase the act is about: "избрал председателя партии | на пост премьер-министра".
_ACT_PHRASE = re.compile(r"^(?:на|в|во)\s+(?:пост|должност|роль|мест[оа]\b|кресл)", re.I)


def _dangling_cut(tokens: Sequence[Any], i: int, nlp: NLP) -> bool:
    """A cut before the preposition at `i` that leaves a noun waiting for its complement
    ("…резолюцию с требованием") or drops the post or role the act was about."""
    rest = " ".join(t.text for t in tokens[i : i + 3])
    if _ACT_PHRASE.match(rest):
        return True
    last = tokens[i - 1]
    if i >= 2 and f"{tokens[i - 2].text} {last.text}".lower() == "во главе":
        return True  # "правительству во главе | с премьером…": whose government?
    if last.pos != "NOUN":
        return False
    parses = nlp.morph_vocab.parse(last.text.lower())
    return bool(parses) and parses[0].normal_form in _VALENCY_NOUNS


def _agreeing(token: Any) -> bool:
    """An adjective or a full participle, which waits for its noun."""
    return token.pos in ("ADJ", "DET") or _modifier(token)


def _listed(tokens: Sequence[Any], i: int) -> bool:
    """The comma at `i` separates two names of a list ("Коннектикут, Делавэр")."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i - 1].text[:1].isupper()
        and tokens[i + 1].text[:1].isupper()
    )


# Side remarks set off by commas: a headline drops them, and they must not pass for its clause
# ("Выборщики штата Техас, как и ожидалось, определили…" is not "…Техас, как и ожидалось").
_PARENTHETICAL = re.compile(
    r",\s*(?:как (?:и )?(?:ожидалось|сообщается|известно|стало известно|отмечается|говорится"
    r"|предполагалось|планировалось)|по (?:данным|словам|информации|мнению|сведениям) [^,]{1,50}"
    r"|в частности|в свою очередь|впрочем|тем не менее|по сути|кроме того|например|напомним"
    r"|судя по всему|по всей видимости|вероятно|возможно|видимо|однако"
    # "В субботу, отмечает BBC, адвокат…": the source set off by commas
    r"|(?:отмечает|пишет|сообщает|сообщают|передает|передаёт|уточняет|утверждает)\s[^,]{1,40})"
    r"\s*,",
    re.I,
)


_COMPARISON_COMMA = re.compile(
    r"\b((?:не\s+)?(?:ранее|позднее|раньше|позже|более|менее|больше|меньше)),\s+чем\b", re.I
)


# A wire credit after the lead's last comma: "…убежище у Великобритании, в воскресенье BBC News".
_CREDIT_TAIL = re.compile(
    r",\s*(?:во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\s+)?"
    r"(?=[^,]*\b(?:News|Reuters|AFP|AP|Bloomberg|Times|Post|Press|Agency|Journal|BBC|CNN)\b)"
    r"(?:[A-Z][\w.&-]*\s?){1,4}$"
)


def headline_from_sentence(sentence: str, nlp: NLP, limit: int = MAX_HEADLINE_CHARS) -> str:
    """A headline from a lead sentence: dateline, lead-in and attribution off, main clause kept."""
    text = _DATELINE.sub("", _one_line(sentence)).strip().rstrip(".!…").strip()
    text = _CREDIT_TAIL.sub("", text)
    text = _PARENTHETICAL.sub("", text)
    # "не ранее, чем через два года": a comparison, not a clause boundary to cut at
    text = _COMPARISON_COMMA.sub(r"\1 чем", text)
    if text[:1] in '«"„' and (text.count("«") > text.count("»") or text.count('"') % 2):
        text = text[1:].lstrip()  # the opening mark of a quote that the sentence does not close
    stripped = _LEADING.sub("", text, count=1)
    if len(stripped) >= _MIN_HEAD_CHARS and not _preposition_dropped(text, stripped, nlp):
        text = stripped
    statement, speaker = _attributed(text, nlp)
    statement = _trim(statement)
    if statement.startswith("«") and statement.endswith("»") and statement.count("«") == 1:
        statement = statement[1:-1].strip()
    if not statement:
        return _clip(text, limit)
    prefix = f"{speaker}: " if speaker and speaker.lower() not in statement.lower() else ""
    if limit - len(prefix) < 2 * _MIN_HEAD_CHARS:
        prefix = ""
    if len(prefix) + len(statement) > limit:
        statement = _without_dates(_without_role(statement, nlp), nlp)
        statement = _without_outer_places(statement, nlp, limit - len(prefix))
    return prefix + _main_clause(_capitalize(statement), nlp, limit - len(prefix))


_MONTHS = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# A date inside a long lead, which a headline leaves out: "проходит с 6 по 9 апреля матч",
# "произошел 3-4 июня 2010 г. сброс".
_INNER_DATE = re.compile(
    r"\s(?:с\s+\d{1,2}(?:\s+"
    + _MONTHS
    + r")?\s+по\s+\d{1,2}|\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s+"
    + _MONTHS
    + r"(?:\s+\d{4}(?:\s*(?:г\.|года))?)?(?=[\s,])"
    # the day inside the lead: "сообщил в субботу об обнаружении…"
    # (only where the clause goes on in lower case, not "в воскресенье BBC News")
    r"|\s(?:во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|вчера"
    r"|сегодня|накануне)(?=\s+[а-яё])"
)
# Not a date that a word before it asks for: "перенесли на 5 июня", "между 3 и 5 мая".
_DATE_GOVERNED = frozenset(
    "на до по от за со во ко и в к с после перед между около или начиная вплоть".split()
)


def _governs_genitive(word: str, nlp: NLP) -> bool:
    """The word after "накануне" can be its genitive object: "накануне визита" is a preposition
    with its noun, not the day before ("сообщил накануне о…")."""
    return any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO", "NUMR")
        for p in nlp.morph_vocab.parse(word.lower())
    )


def _preposition_dropped(text: str, stripped: str, nlp: NLP) -> bool:
    """A lead-in that is no lead-in where it stands: "Накануне визита главы МИДа…" loses its
    preposition; "5 апреля 2011 года столице … прошла…" (the text lost its "в") would open on
    a noun in the locative, which only a preposition can govern."""
    cut = text[: len(text) - len(stripped)].strip().lower()
    first = re.match(r"[а-яё-]+", stripped)
    if first is None:
        return False
    if cut == "накануне":
        return _governs_genitive(first.group(), nlp)
    if re.search(r"\d", cut) and not cut.endswith(","):
        parses = nlp.morph_vocab.parse(first.group())
        return bool(parses) and all(p.tag.case in ("loct", "loc2") for p in parses[:1])
    return False


def _without_dates(text: str, nlp: NLP) -> str:
    """A long lead without the dates inside it: a headline tells what, not on which day."""
    out, last = [], 0
    for m in _INNER_DATE.finditer(text):
        before = text[: m.start()].split()
        after = re.match(r"\s+([а-яё-]+)", text[m.end() :])
        if m.group().strip().lower() == "накануне" and after and _governs_genitive(after[1], nlp):
            continue  # "Наото Кан накануне визита главы МИДа пообещал": a preposition
        if before and before[-1].lower() not in _DATE_GOVERNED:
            out.append(text[last : m.start()])
            last = m.end()
    return "".join(out) + text[last:] if out else text


def _without_role(text: str, nlp: NLP) -> str:
    """A long lead without the role before its subject's name, as headlines do: "Кандидат в
    президенты от партии демократов Джо Байден обходит Трампа…" -> "Джо Байден обходит…".

    Only a role (a noun in the nominative, and the adjectives before it) before a first name and
    surname both in the nominative, no verb before the name: "Премьер-министр Великобритании
    Тереза Мэй" loses "Премьер-министр Великобритании", never the country alone. The role may
    follow an agent or a place that opens a passive lead ("Судом Ленинского района экс-мэр
    города Иван Петров был приговорен…" -> "Судом Ленинского района Иван Петров был…")."""
    tokens = _tag(text, nlp)
    if len(tokens) < 4:
        return text
    role = None
    for i, tok in enumerate(tokens[:12]):
        feats = tok.feats or {}
        if (
            _predicate(tok)
            or tok.text in ',;:—–«»"()'
            or (tok.pos == "PROPN" and feats.get("Case") == "Nom")
        ):
            return text
        if tok.pos == "NOUN" and feats.get("Case") == "Nom":
            role = i
            break
    if role is None:
        return text
    start = role
    while start > 0 and tokens[start - 1].pos == "ADJ":
        start -= 1  # "Бывший кандидат…": the role's adjectives go with it
    for i in range(role + 1, min(len(tokens) - 2, role + 10)):
        if _predicate(tokens[i]) or tokens[i].text in ',;:—–«»"()':
            return text
        pair = tokens[i : i + 2]
        if all(t.pos == "PROPN" and (t.feats or {}).get("Case") == "Nom" for t in pair) and (
            i + 2 < len(tokens) and tokens[i + 2].pos != "PROPN"
        ):
            return text[: tokens[start].start] + text[pair[0].start :]
    return text


# Where a place chain may be entered at its nearest link: "На ступеньках центра возле
# бизнес-центра «Демидов» открылся памятник" -> "Возле бизнес-центра «Демидов» открылся…".
# Only prepositions that name a place and nothing else: "в", "на" also follow a noun that
# governs them ("в пяти километрах от впадения | в Неву"), which no cut may split.
_PLACE_PREPOSITIONS = frozenset("возле около близ напротив".split())


def _without_outer_places(text: str, nlp: NLP, limit: int) -> str:
    """A long lead that opens with a chain of places before its predicate, from the last place
    on, when that makes the whole clause fit the line (a headline names the nearest place)."""
    tokens = _tag(text, nlp)
    if not tokens or tokens[0].pos != "ADP":
        return text
    places = []
    for tok in tokens:
        if _predicate(tok):
            break
        if tok.text in ',;:—–()"':
            return text
        if tok.pos == "ADP":
            places.append(tok)
    else:
        return text
    if len(places) < 2 or places[-1].text.lower() not in _PLACE_PREPOSITIONS:
        return text
    shorter = text[places[-1].start :]
    clause = re.split(r"[,;:(—–]", shorter, maxsplit=1)[0].strip()
    return _capitalize(shorter) if len(clause) <= limit else text


# A headline must not point at what only the article before it could name: "В 2016 году здесь
# выиграл Трамп" (where?), "Это вторая отставка за день" (what is?).
_DEICTIC = re.compile(
    r"\b(?:здесь|там|тут|туда|оттуда|сюда)\b|^(?:[А-ЯЁ][а-яё]+:\s+)?(?:(?:и|а|но|ведь|да)\s+)?"
    r"(?:об этом|это|этот|эта|эти|этого|этой|он|она|оно|они|его|ее|её|их|так|также|тогда|такой|такая"
    r"|такое|такие)\b"
    # "И это неудивительно - ими все было просчитано": a pronoun for people named before
    r"|\b(?:ими|ему|ей|им|ним|ними)\b"
    # "Песков: Президент не имеет к этому отношения": to what?
    r"|\b(?:к этому|с этим|за этим|к этой|с этой)\b"
    # "О том, кто купил права на лекарство…": a teaser, no headline
    r"|^о\s+том,\s",
    re.I,
)


# "…уже поддержали эту инициативу", "Кан сделал это заявление": a thing the text named before
# (not "в этом году", "этой весной": the time of the news).
_DEMONSTRATIVE = re.compile(
    r"\b(?:этот|эту|эта|эти|этого|этой|этом|этим|этими|этих|это)\s+(?!(?:год|месяц|недел|весн|лет"
    r"|осен|зим|сезон|раз|день|дн|утр|вечер|ночь|ночью|время|момент|понедельник|вторник|сред"
    r"|четверг|пятниц|суббот|воскресен)[а-яё]*\b)[а-яё]{3,}",
    re.I,
)


# A headline that ends in a relative clause lost its main clause: "Вместо ушедшего Бориса
# Джонсона, который накануне обвинил Терезу Мэй".
_ENDS_IN_RELATIVE = re.compile(r",\s+(?:котор|чей|чья|чьи)[^,]*$", re.I)


# A headline that ends on a verb of saying lost what was said: "На своей странице в одной из служб
# знакомств Мартин писал" (", что основал компанию…" was cut off).
# "Представитель министерства сообщил в субботу" (what? cut off after the day) counts too.
_SAID_NOTHING = re.compile(
    r"(?:\b"
    + _VERBS
    # "…академик Сагдеев назвал", "Наото Кан … пообещал": what was named or promised is cut off
    + r"|\bписала?|\bписали|\bговорил[аи]?|\b(?:по)?обещал[аио]?|\bназвал[аио]?"
    + r"|\bпризвал[аио]?|\bпотребовал[аио]?|\bпредложил[аио]?|\bпредупредил[аио]?)(?:\s+(?:во?\s+(?:понедельник|вторник|среду|четверг"
    r"|пятницу|субботу|воскресенье)|вчера|сегодня|накануне|ранее|журналистам|репортерам"
    r"|репортёрам|прессе))*$",
    re.I,
)


# A headline never speaks in the first person: "Наши усилия привели к успеху" (whose?) is the
# author's voice; only a quote headline ("Лавров: Мы готовы…") or a quoted title may.
_FIRST_PERSON = re.compile(
    r"\b(?:я|мы|меня|мне|мной|нас|нам|нами|мой|моя|мое|моё|мои|моего|моей|моему|моим|моих|мою"
    r"|наш|наша|наше|наши|нашего|нашей|нашему|нашим|наших|нашу|нашими)\b",
    re.I,
)
# A connective that goes on from the sentence before ("В то же время канцлер подчеркнула…") or
# an address to the reader ("Дорогие друзья шахмат"): no news of its own.
_LEANING_START = re.compile(
    r"^(?:в то же время|вместе с тем|тем временем|между тем|тем не менее|однако|зато|поэтому"
    r"|в свою очередь|после этого|кроме этого|помимо этого|помимо того"
    # "Кроме чипа в паспортах могут появиться отпечатки": besides what the text said before
    r"|(?:кроме|помимо)(?=\s)"
    # "Дело в том, что на заседании…" explains the sentence before; "Поначалу на него…" tells
    # what came first in a story the text has begun
    r"|дело в том|поначалу|сначала|вначале|впоследствии"
    r"|(?:дорогие|уважаемые)\s+(?:друзья|коллеги|читатели|[а-яё]+и\b)"
    # "Но отрицать его огромные заслуги невозможно": "но", "а", "и" go on from a sentence before
    r"|(?:но|а|и)(?=\s))\b",
    re.I,
)
# A headline about questions or a talk that names nobody: "Вопросы корреспондентов охватывали
# широкий диапазон…" (whose? at which press conference?) says nothing about the news.
_TALK_SUBJECT = re.compile(
    r"^(?:вопрос|ответ|разговор|бесед|обсуждени|дискусси|диалог|выступлени|речь)[а-яё]*\s", re.I
)
_NAMED = re.compile(r"(?<=\s)[«\"]?[А-ЯЁA-Z]")
# "Кто: …" quotes, "X — Y" and "X: Y" headlines need no verb.
_NOMINAL_FORM = re.compile(r":\s|\s[—–-]\s")
# Predicative words that make a clause without a verb: "отрицать заслуги невозможно".
_PREDICATIVE = frozenset(
    "можно нельзя нужно надо необходимо невозможно возможно должно пора жаль".split()
)


# A headline cut before its content: "…будет проведена не ранее" (than when?), "…в случае, если
# Дмитрий" (a condition with no verb), "…заявило о том, что Беназир".
_CUT_BEFORE_CONTENT = re.compile(
    r"\bне\s+(?:ранее|позднее|позже|раньше|более|менее|больше|меньше)$"
    r"|\b(?:ранее|позднее|раньше|позже)\s+(?:чем|чем через)$",
    re.I,
)
_OPEN_SUBORDINATE = re.compile(
    r",\s*(?:если|что|чтобы|когда|пока|хотя|поскольку|так как)\s+(?P<clause>[^,«»\"]*)$", re.I
)


def _first_person(headline: str) -> bool:
    """A word in the first person outside quotes, in a headline that quotes nobody."""
    if re.match(r"^[А-ЯЁ][\w-]+(?:\s[А-ЯЁ][\w-]+)?:\s", headline):
        return False  # "Лавров: Мы готовы…": the speaker's own words
    return any(_outside_quotes(headline, m.start()) for m in _FIRST_PERSON.finditer(headline))


def stands_alone(headline: str, nlp: NLP | None = None) -> bool:
    """Whether a headline reads without the text around it: no question, nothing pointed at, not
    clipped mid-clause, and (with `nlp`) a main clause before a closing relative clause."""
    if (
        headline.endswith(("?", "…"))
        or _DEICTIC.search(headline)
        or any(_outside_quotes(headline, m.start()) for m in _DEMONSTRATIVE.finditer(headline))
        or _LEANING_START.search(headline)
        or _first_person(headline)
        or bare_person(headline)
        or _SAID_NOTHING.search(headline)
        or _CUT_BEFORE_CONTENT.search(headline)
    ):
        return False  # "Автор напоминает, что…": whose author?
    if headline.count("(") != headline.count(")"):
        return False  # "ЕВРОПЕЙСКАЯ Европейских Сообществ) - один из…": a page's garbled start
    if _TALK_SUBJECT.match(headline) and not _NAMED.search(headline):
        return False
    if nlp is None:
        return True
    if (
        "," in headline
        and not _NOMINAL_FORM.search(headline)
        and not any(_clause_word(t) for t in _tag(headline, nlp))
    ):
        # "Адриано Челентано, известный певец, актёр и общественный деятель": a name and its
        # apposition; a phrase without commas may hold its clause without a verb ("У Обамы
        # тесные связи с сотрудниками Netflix")
        return False
    tokens = _tag(headline, nlp)
    if _refers_back(tokens) or _modifier_only(tokens):
        return False
    opened = _OPEN_SUBORDINATE.search(headline)
    if opened and not any(_clause_word(t) for t in _tag(opened.group("clause"), nlp)):
        return False  # "…в случае, если Дмитрий": the condition lost its verb
    relative = _ENDS_IN_RELATIVE.search(headline)
    if relative is None:
        return True
    return any(_predicate(tok) for tok in _tag(headline[: relative.start()], nlp))


# Nouns by which a text names again what its lead named: "Компания", "Сделка", "Завод". As a
# headline's bare subject right before its predicate they point at a referent the headline lacks
# ("Сделка ожидает утверждения регуляторами": whose deal?); "Компания Microsoft согласилась…"
# names it.
_ANAPHORIC_NOUN = re.compile(
    r"^(?:компани[яиюей]|сделк[аиу]|завод|заводы|фабрик[аи]|предприяти[ея]|комбинат|бирж[аи]"
    r"|фирм[аы]|банк|банки|концерн|холдинг|корпораци[яи]|ведомств[оа]|министерств[оа]|организаци[яи]"
    r"|соглашени[ея]|договор|договоры|документ|документы|законопроект|проект|соседи|стороны"
    r"|издание|агентство|учреждение|группа|покупка|слияние)$",
    re.I,
)
# "Приговоры были вынесены и другим участникам": "и другим" after a predicate means "too", about
# people the text named before (not "Россия и другие страны", a list).
_OTHERS = re.compile(r"^(?:друг|остальн)[а-яё]+$", re.I)


def _refers_back(tokens: Sequence[Any]) -> bool:
    """A headline whose subject or object only the text before it names."""
    i = 0
    while i < min(len(tokens), 2) and tokens[i].pos in ("ADJ", "DET"):
        i += 1  # "Объединённая биржа станет…"
    if (
        i + 1 < len(tokens)
        and _ANAPHORIC_NOUN.match(tokens[i].text)
        and _clause_word(tokens[i + 1])
    ):
        return True
    return any(
        tokens[k].text.lower() in ("и", "также")
        and _clause_word(tokens[k - 1])
        and _OTHERS.match(tokens[k + 1].text)
        for k in range(1, len(tokens) - 1)
    )


_RELATIVE_WORD = re.compile(r"^(?:котор|чей|чья|чьё|чье|чьи|чьих)", re.I)


def _modifier_only(tokens: Sequence[Any]) -> bool:
    """A headline that opens with a gerund or participle phrase and has no predicate of its own
    outside a relative clause: "Выступая на митинге в Сомбатхее, трансляцию которого вел
    телеканал М1" is a fragment (who spoke? what did he say?)."""
    if not tokens or not _modifier(tokens[0]):
        return False
    segments: list[list[Any]] = [[]]
    for tok in tokens:
        if tok.text == ",":
            segments.append([])
        else:
            segments[-1].append(tok)
    return not any(
        _clause_word(tok)
        for segment in segments
        if not any(_RELATIVE_WORD.match(t.text) for t in segment)
        for tok in segment
    )


def _clause_word(token: Any) -> bool:
    """A predicate: a finite verb, a short participle or adjective ("готова"), "нельзя"…"""
    short = token.pos == "ADJ" and (token.feats or {}).get("Variant") == "Short"
    return _predicate(token) or short or token.text.lower() in _PREDICATIVE


# A question glued to the headline before it: "Стыдные вопросы про выборы президента США Кто такие
# выборщики? Могут ли…" (a subtitle that lost its line break).
_GLUED_QUESTION = re.compile(
    r"(?<=[\w»\"])\s+(?=(?:Кто|Что|Как|Почему|Зачем|Когда|Где|Сколько|Чем|Куда|Откуда|Могут|Может"
    r"|Можно|Есть|Будет|Правда)\s[^?]{3,80}\?)"
)


def _title_headline(title: str) -> str:
    """The title on one line; a title of several sentences too long for one line keeps its first."""
    title = _one_line(title).strip()
    if len(title) > MAX_HEADLINE_CHARS:
        glued = _GLUED_QUESTION.search(title)
        if glued and len(title[: glued.start()].split()) >= 4:
            title = title[: glued.start()]
    if len(title) > MAX_HEADLINE_CHARS:
        parts = re.split(r"(?<=[.!?])\s+(?=[А-ЯЁA-Z«\"])", title, maxsplit=1)
        first = parts[0].rstrip(".")
        if len(parts) == 2 and not re.search(r"(?<![\w-])[а-яё]", first):
            title = parts[1]  # "Frankfurter Allgemeine Zeitung, Германия. …": the outlet's label
        elif len(first.split()) >= 4:
            title = first
    return _clip(title, MAX_TITLE_CHARS)


def make_headline(doc: Document, summary_sentences: tuple[str, ...] = ()) -> str:
    """The title when the article has one (checked before: `titles.usable_title`); otherwise a
    headline made from the first lead sentence that gives one standing alone."""
    if doc.title and doc.title.strip():
        return _title_headline(doc.title)
    # the summary's first sentence, then the article's lead (the news, told to a reader who knows
    # nothing yet), then the rest: a later sentence leans on the lead ("Сделка ожидает…")
    lead = [s.text for s in doc.sentences[:3]]
    candidates = [*summary_sentences[:1], *lead[:1], *summary_sentences[1:], *lead[1:]]
    fallback = None
    for sentence in candidates:
        headline = headline_from_sentence(sentence, doc.nlp) if sentence.strip() else ""
        if len(headline) < 10:
            continue
        if stands_alone(headline, doc.nlp):
            return headline
        fallback = fallback or headline
    return fallback or _clip(_one_line(doc.text).strip(), MAX_HEADLINE_CHARS)
