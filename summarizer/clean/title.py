"""The title inside the text: repeated as the first line, glued before the lead, or the only
headline a pasted text has (its first line).
"""

from __future__ import annotations

import re

from ..nlp import load_nlp

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*$")
_TRAILING_DATE = re.compile(r"(?:\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}),?)+\s*$")
_STARTS_LIKE_TEXT = re.compile(r"^[\s,.:;–—-]*[«\"„(]?[А-ЯЁA-Z0-9]")
MAX_JUNK_WORDS = 4  # words of site chrome that may stand before a glued title


def words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower().replace("ё", "е"), m.start(), m.end()) for m in _WORD.finditer(text)]


def same_text(a: str, b: str) -> bool:
    """The same words in the same order, whatever the punctuation, case and "ё"."""
    wa, wb = [w for w, _, _ in words(a)], [w for w, _, _ in words(b)]
    return bool(wa) and wa == wb


def glued_title_end(line: str, title: str) -> int | None:
    """Where the title ends when the line opens with it (after at most a few words of chrome,
    "Все медиаформаты") and the text goes on after it; None otherwise."""
    tw = [w for w, _, _ in words(title)]
    lw = words(line)
    if len(tw) < 3 or len(lw) <= len(tw):
        return None
    for offset in range(min(MAX_JUNK_WORDS, len(lw) - len(tw)) + 1):
        if [w for w, _, _ in lw[offset : offset + len(tw)]] == tw:
            end = lw[offset + len(tw) - 1][2]
            rest = line[end:]
            if rest.lstrip()[:1] in (".", "!", "?") or (offset and "," in line[: lw[offset][1]]):
                # "<the title>. Об этом сообщает…", "В среду, 20 ноября, <the title>.": the lead
                # tells the title's news as a sentence of the article; it stays (a reply shows a
                # headline the summary opens with only once)
                return None
            rest = rest.lstrip(" ,.:;–—-)")
            if _STARTS_LIKE_TEXT.match(rest) and len(rest) >= 20:
                return len(line) - len(rest)
            return None
    return None


# "Оскал капитализма", "Лёд тронулся": a two-word title is a noun or a name and a word in lower
# case; two capitalised words are a name ("Олег Давыдов"), the author's byline above the title.
_TWO_WORDS = re.compile(r"^[«\"„]?[А-ЯЁ][а-яё-]+»?\s+[а-яё][а-яё-]+[»\"”]?$")
BYLINE = re.compile(
    r"^(?:(?:Автор|Текст)\s*:\s*)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$"
)


def _heading_like(line: str) -> str | None:
    """The line as a headline: a phrase of 3-25 words without a closing full stop (a date the
    site put after it goes), or of two words that are no name, or None."""
    first = _TRAILING_DATE.sub("", line.strip())
    n = len(first.split())
    if n == 2 and _TWO_WORDS.match(first):
        return first
    if not 3 <= n <= 25 or len(first) > 200 or _SENTENCE_END.search(first.rstrip("!?")):
        return None
    if first[-1:] in "!?" and n > 12:
        return None
    if first[-1:] in ",:;–—-" or not _STARTS_LIKE_TEXT.match(first):
        return None
    if _cut_off(line.strip()):  # the line as the page wrote it: "Выпуск от 09.07.2018" ends well
        return None
    return first


def _cut_off(line: str) -> bool:
    """The line stops on a word that only leads on (a preposition with no reading of its own, or
    a joining conjunction): the page broke a sentence there ("…Об этом сообщается на" over
    "сайте ведомства."), and no headline ends so."""
    found = words(line)
    if not found or not line.rstrip()[-1:].isalpha():
        return False
    last, start, end = found[-1]
    if not line[start:end].islower():
        return False  # "класса А", "витамин С": a letter that names, not a word that leads on
    if last in _JOINING:
        return True
    parses = load_nlp().morph_vocab.parse(last)
    # "высказались против", "годы спустя": a word that stands alone in another reading may end
    return (
        bool(parses)
        and parses[0].tag.POS == "PREP"
        and not any(p.tag.POS in _STANDS_ALONE for p in parses)
    )


_STANDS_ALONE = frozenset({"ADVB", "GRND", "ADJS", "CONJ"})


_JOINING = frozenset({"и", "а", "но", "или", "либо"})


def _stems(text: str) -> set[str]:
    return {w[:5] for w, _, _ in words(text) if len(w) > 3}


# A title and its subtitle that lost the line break between them: "США и Россия придумали
# альтернативу «нормандской четверке» по Украине Но «нормандский формат» остается в силе." (a
# conjunction in capitals after a word, with no stop between them, opens a new line's sentence)
_GLUED_DECK = re.compile(r"(?<=[^\W\d_]|[»\")])\s+(?=(?:Но|Однако|А)\s+\S)")
# Any other word in capitals after a word in lower case (a closing quote, a number) with no stop
# between them: "…в избирательный фонд 35 млн рублей Блогер подчеркнул…", "Атака на базу данных
# Хакеры ИГ обнародовали…" (a rubric over the title) -- unless the word is a name.
_CAPITAL_AFTER_WORD = re.compile(r"(?<=[а-яё»\")\d])\s+(?=([А-ЯЁ][а-яё]+)(?![\w-]))")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad", "Init"})
_NO_CLAUSE_END = frozenset({"PREP", "CONJ", "PRCL"})
_MIN_PART = 4  # words of a title, and of a deck or title after a rubric


def _common_word(word: str, text: str) -> bool:
    """A known word that no reading makes a name and that the text never writes in capitals
    inside a sentence ("Кремль", "Сбербанк": pymorphy has no name tag for them, the text tells)."""
    vocab = load_nlp().morph_vocab
    low = word.lower()
    if not vocab.word_is_known(low):
        return False
    if any(_NAME_TAGS & set(str(p.tag).replace(" ", ",").split(",")) for p in vocab.parse(low)):
        return False
    inside = re.compile(rf"[\w,;:)»\"][ \t]+{re.escape(word)}(?![\w-])")
    return len(inside.findall(text)) <= 1  # the glued line itself


def _word_before_ends(line: str, at: int, word: str) -> bool:
    """The word before `at` may close a clause: no preposition, conjunction or particle, nor an
    adjective that only leads up to its noun `word` ("выборы в американский Конгресс"); an
    adjective in a case the noun cannot take closes the phrase before it ("Два в одном | Звёзды
    рок-н-ролла встретятся…": a rubric)."""
    before = [w for w, _, _ in words(line[:at])]
    if not before:
        return False
    vocab = load_nlp().morph_vocab
    parses = vocab.parse(before[-1])
    if parses and all(p.tag.POS in ("ADJF", "PRTF") for p in parses):
        cases = {p.tag.case for p in vocab.parse(word.lower())}
        return not ({p.tag.case for p in parses} & cases) and bool(cases - {None})
    return not parses or parses[0].tag.POS not in _NO_CLAUSE_END


def _continues(line: str, at: int, word: str) -> bool:
    """The capitalized word goes on with the phrase before it: the object of a verb ("Украина и
    Турция создали | Стратегический совет…") or a genitive after a noun ("представил
    антимонопольной комиссии | Европейского союза…"), a name in capitals, not a new line's start."""
    before = [w for w, _, _ in words(line[:at])]
    if not before:
        return False
    vocab = load_nlp().morph_vocab
    prev = vocab.parse(before[-1])
    if any(p.tag.POS in ("VERB", "INFN") for p in prev):
        # an object has a case; a predicate does not ("Кремль всех опередил | Подана заявка")
        return any(p.tag.case for p in vocab.parse(word.lower()))
    return any(p.tag.POS == "NOUN" for p in prev) and any(
        p.tag.case == "gent" for p in vocab.parse(word.lower())
    )


def _finite(word: str) -> bool:
    """A word that can only be a predicate: a verb in a finite form or a short participle."""
    parses = load_nlp().morph_vocab.parse(word.lower())
    return bool(parses) and all(p.tag.POS in ("VERB", "PRTS") for p in parses)


def _has_predicate(text: str) -> bool:
    return any(_finite(w) for w, _, _ in words(text))


# A name in capitals and its own verb: "…антисемитский заговор | Беньямин Нетаньяху отказался…"
_NAME_THEN_VERB = re.compile(r"^(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+){1,3}([а-яё]+)\b")


def _nominative_at(line: str, at: int) -> bool:
    """The word after `at` is in the nominative where it stands (natasha reads the whole line:
    "Беньямин Нетаньяху отказался" is, "доходы бюджета | Кипра выросли" is a genitive)."""
    from natasha import Doc

    nlp = load_nlp()
    doc = Doc(line)
    doc.segment(nlp.segmenter)
    doc.tag_morph(nlp.morph_tagger)
    start = len(line[:at]) + len(line[at:]) - len(line[at:].lstrip())
    token = next((t for t in doc.tokens if t.start >= start), None)
    return token is not None and (token.feats or {}).get("Case") == "Nom"


def _new_clause_with_name(line: str, at: int, rest: str) -> bool:
    """A name opening a clause of its own after a complete one: the words before are one phrase
    with its predicate and end on no verb (whose object the name would be), and the name stands
    in the nominative with its own verb after it."""
    m = _NAME_THEN_VERB.match(rest)
    before = [w for w, _, _ in words(line[:at])]
    return (
        m is not None
        and bool(before)
        and not re.search(r"[.!?…]", line[:at])
        and _finite(m.group(1))
        and _has_predicate(line[:at])
        and not any(
            p.tag.POS in ("VERB", "INFN", "PRTS") for p in load_nlp().morph_vocab.parse(before[-1])
        )
        and _nominative_at(line, at)
    )


def _first_sentence(text: str) -> str:
    return re.split(r"[.!?…]", text, maxsplit=1)[0]


def _new_subject(line: str, at: int, rest: str) -> bool:
    """A common noun that could be a genitive after the noun before it but opens a clause of its
    own: the words before hold their predicate, the noun stands in the nominative where it is
    (natasha reads the whole line) and its sentence has a verb of its own ("…будет жить только по
    летнему времени | Практика переходов на зимнее время канет в Лету"; never "…представил
    комиссии | Европейского союза документацию")."""
    before = [w for w, _, _ in words(line[:at])]
    return (
        bool(before)
        and not re.search(r"[.!?…]", line[:at])
        and _has_predicate(line[:at])
        and _has_predicate(_first_sentence(rest))
        # the likeliest reading of the word before is no verb whose object the noun would be
        and load_nlp().morph_vocab.parse(before[-1])[0].tag.POS not in ("VERB", "INFN", "PRTS")
        and _nominative_at(line, at)
    )


# After a comma, a word that opens a subordinate clause: "…в случае, если Дмитрий", "…заявило о
# том, что Беназир" end no title while the clause has no predicate of its own.
_CLAUSE_OPENER = re.compile(
    r",\s*(?:если|что|чтобы|когда|где|как|пока|хотя|поскольку|котор[а-яё]+)\s+(?P<clause>[^,]*)$",
    re.I,
)


def _open_clause(head: str) -> bool:
    """The words before a split end inside a subordinate clause that has no predicate yet."""
    m = _CLAUSE_OPENER.search(head)
    return m is not None and not _has_predicate(m.group("clause"))


def _inside_name(line: str, at: int) -> bool:
    """The word before `at` is in capitals too: "Дмитрий | Медведев", "Беназир | Бхутто" are one
    name, whatever each part's case."""
    before = words(line[:at])
    return bool(before) and line[before[-1][1]].isupper()


def _glued_parts(line: str, text: str) -> tuple[str, str] | None:
    """A line that holds two headline parts without a stop between them, split where a common
    word in capitals follows one in lower case, or where a name opens a clause of its own (the
    first such place); never inside a clause that has no predicate yet."""
    for m in _CAPITAL_AFTER_WORD.finditer(line):
        head, rest = line[: m.start()].strip(), line[m.end() :].strip()
        if len(rest.split()) < _MIN_PART or _open_clause(head):
            continue
        if len(head.split()) == 1:
            # a one-word rubric that is a verb of its own before a sentence with its own
            # predicate ("Недоглядел Посла Японии уволили за то, что…"): the second word of a
            # sentence is in capitals only as a name, and one clause has one predicate (never
            # "Представитель Министерства … сообщил", a noun and its genitive)
            if (
                _finite(head)
                and _common_word(m.group(1), text)
                and _has_predicate(_first_sentence(rest))
            ):
                return head, rest
            continue
        if not _word_before_ends(line, m.start(), m.group(1)):
            continue
        if _common_word(m.group(1), text):
            if not _continues(line, m.start(), m.group(1)) or _new_subject(line, m.start(), rest):
                return head, rest
        elif not _inside_name(line, m.start()) and _new_clause_with_name(line, m.start(), rest):
            return head, rest
    return None


def _opens_title(rest: str) -> bool:
    """A title's first word is its subject or an opening preposition or adverb ("Хакеры ИГ
    обнародовали…"), never a word in an oblique case that the words before it govern ("В Москве
    подвели итоги Международной конференции…")."""
    first = next(w for w, _, _ in words(rest))
    return any(
        p.tag.case == "nomn" or p.tag.POS in ("PREP", "ADVB", "CONJ")
        for p in load_nlp().morph_vocab.parse(first)
    )


def _split_glued(first: str, text: str) -> tuple[str, str] | None:
    """The title and what stays of its line: a title of at least four words with a sentence
    glued after it ("…холдингу «Газпром-медиа» Новым руководителем … станет …."), the title
    and ""; or a rubric of a few words glued before a title ("Атака на базу данных Хакеры ИГ
    обнародовали данные о военных США"), the title and "" (the rubric goes)."""
    parts = _glued_parts(first, text)
    if parts is None:
        return None
    head, rest = parts
    if _SENTENCE_END.search(rest):
        found = _heading_like(head)
        # three words make a title when they hold its predicate: "Кремль всех опередил"
        if found and (len(found.split()) >= _MIN_PART or _has_predicate(found)):
            return found, rest
        if len(head.split()) == 1 or (len(head.split()) <= _MIN_PART and not _has_predicate(head)):
            # a rubric glued before a one-sentence title with its own verb: "Два в одном Звёзды
            # рок-н-ролла 80-х встретятся на сцене клуба." (the rubric goes, the sentence leads)
            body = rest.rstrip()[:-1].rstrip()
            found = _heading_like(body) if not _INNER_STOP.search(rest) else None
            if found and _has_predicate(found) and (len(head.split()) == 1 or _opens_title(rest)):
                return found, ""
        return None
    if len(head.split()) <= _MIN_PART and _opens_title(rest):
        found = _heading_like(rest)
        if found and len(found.split()) >= _MIN_PART:
            return found, ""
    return None


# "Минску дали ночь на оплату долга за электроэнергию ." : the stop a link's markup left apart
_STRAY_STOP = re.compile(r"(?<=[\w»\")])\s+\.$")
_INNER_STOP = re.compile(r"[.!?…][»\"”)]*\s+[«\"„(]?[А-ЯЁA-Z0-9]")


def _sentence_heading(line: str, below: str) -> str | None:
    """A first line that is one short sentence with its stop: a headline when a stray stop
    follows it ("…за электроэнергию .") or when the line below says its words again (the lead
    restating the title: "…станет самостоятельно развивать F5." over "…Юрий Кацман собирается
    … и станет самостоятельно развивать F5.")."""
    text = line.strip()
    n = len(text.split())
    if not text.endswith(".") or not 3 <= n <= 25 or len(text) > 200:
        return None
    if _INNER_STOP.search(text) or not _STARTS_LIKE_TEXT.match(text):
        return None
    body = text[:-1].rstrip()
    if body[-1:] in ",:;–—-":
        return None
    if _STRAY_STOP.search(text):
        return body
    own = _stems(body)
    if len(own) < 3 or len(own & _stems(below)) < 0.8 * len(own):
        return None
    flat = " ".join(w for w, _, _ in words(body))
    if f" {flat} " in f" {' '.join(w for w, _, _ in words(below))} ":
        return None  # a copy of a sentence below, word for word: the duplicate goes, not a title
    return body


# "Тем временем участницы панк-группы встретились с…": a line that opens by leaning on what came
# before it (a subtitle or a later paragraph pasted first) tells no news of its own.
_LINKED_OPENER = re.compile(
    r"^\s*(?:Тем временем|Между тем|Ранее|Кроме того|При этом|Также|Вместе с тем|Впрочем"
    r"|Тем не менее|Помимо этого|Напомним|Как сообщалось|Таким образом|Позднее|Позже|Затем"
    r"|В то же время|Однако|В свою очередь|После этого|Кроме этого)\b"
)


# The page's widgets over its title: a close button ("x"), weather labels ("Тель-Авив:") -- a
# mark of one or two characters, or one or two words ending with a colon and nothing after it.
_STUB = re.compile(r"^(?:\S{1,2}|[А-ЯЁA-Z][\w-]*(?:\s[\w-]+)?:)$")


def heading(lines: list[str]) -> tuple[int, str, str] | None:
    """Where the text's own headline stands, what it says and what stays of its line (a subtitle
    glued to it, else ""): its first line when that reads as a headline over at least two hundred
    characters of text; or, on pages that put the title under the lead (RIA: teaser, lead, title,
    text), a headline-like line among the next three whose words the lines above it already
    say."""
    nonempty = [(i, line) for i, line in enumerate(lines) if line.strip()]
    while nonempty and _STUB.match(nonempty[0][1].strip()):
        nonempty = nonempty[1:]
    if len(nonempty) < 2 or sum(len(line) for _, line in nonempty[1:]) < 200:
        return None
    if len(nonempty) >= 3 and BYLINE.match(nonempty[0][1].strip()):
        # "Олег Давыдов" over "Лёд тронулся": the author's name, then the title
        found = _heading_like(nonempty[1][1])
        if found:
            return nonempty[1][0], found, ""
    first = nonempty[0][1]
    split = _split_glued(first, "\n".join(lines))
    if split:
        return nonempty[0][0], split[0], split[1]
    if _LINKED_OPENER.match(first):
        return None  # a sentence that goes on from one above it: the text's own, no title
    found = _heading_like(first) or _sentence_heading(first, " ".join(x for _, x in nonempty[1:3]))
    if found:
        return nonempty[0][0], found, ""
    glued = _GLUED_DECK.search(first)
    if glued:
        head, deck = first[: glued.start()], first[glued.end() :].strip()
        found = _heading_like(head)
        if found and len(found.split()) >= 4 and _SENTENCE_END.search(deck):
            return nonempty[0][0], found, deck
    for k, (i, line) in enumerate(nonempty[1:4], 1):
        found = _heading_like(line)
        if not found or len(found.split()) < 4:
            continue
        above = _stems(" ".join(x for _, x in nonempty[:k]))
        own = _stems(found)
        if own and len(own & above) >= 0.6 * len(own):
            return i, found, ""
    return None
