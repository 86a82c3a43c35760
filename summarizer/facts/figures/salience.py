"""How much a story is about a number: the reply shows few figures, so they must be the ones a
reader came for.

A figure scores by what it is (money, shares, votes and people affected before other counts), by
where it stands (the headline, the lead, the sentences the summary took), and by whether its
sentence speaks of what the story is about (the title's and the lead's words, the people and
organizations the article keeps naming). Trivia is scored down: biography ("мать пятерых
детей"), hypothetical examples ("допустим, 51%").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ...document import Document
from ...text import Sentence, fold

_WORD = re.compile(r"[^\W\d_]{4,}")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_STOP = frozenset(
    """этот этого этом этой эти этих также более менее может могут было были будет будут
    которые который которая которых которым после перед через очень только всего своей свои
    своих свой него нему нее неё ними чтобы когда тогда если даже уже ещё еще года году годы
    лет время сказал заявил заявила отметил сообщил сообщает пишет говорится словам данным
    однако кроме между против около почти около будто тоже стало стал стала""".split()
)
_ENDINGS = sorted(
    """ами ями ого его ому ему ыми ими ых их ах ях ов ев ей ий ый ой ая яя ое ее ые ие ом ем ам
    ям ую юю у ю а я ы и е о ь й""".split(),
    key=len,
    reverse=True,
)
_KIND = {
    "money": 1.9,
    "percent": 1.3,
    "measure": 0.8,
    "ratio": 0.6,
    "count": 0.6,
    "duration": 0.9,
    "bare": 0.0,
}
# Counts a reader of political news wants: votes, seats, people affected or involved.
_VOTES = re.compile(r"голос|выборщик|мандат|кресел|мест|депутат|сенатор|подпис|бюллетен")
_PEOPLE = re.compile(
    r"человек|погиб|жертв|пострадав|ранен|задержан|арестован|беженц|участник|жител|гражданин|"
    r"министр|член|чиновник|дипломат|посл|судей|судьи|"
    r"граждан|военн|солдат|сотрудник|заболев|заразив|умерш|убит|эваку|мигрант|протестующ|"
    r"демонстрант|пассажир|заложник|заключен|пленн|"
    # an epidemic's or a disaster's toll: "19 404 новых случая", "292 летальных исхода"
    r"случа[йяе]|смерт|летальн|пациент|вылечи|выздоров|инфицир|госпитализ|больн|"
    # the users or subscribers a company's news affects: "данные 3 млн пользователей"
    r"пользовател|абонент|подписчик"
)
# "по результатам исследования, 44% работодателей": a study's or a poll's finding
_FINDING = re.compile(
    r"(?i)опрос|исследовани|по данным|по результатам|выяснил|к выводу|обнаружил|подсчитал|"
    r"аналитик|социолог"
)
_RELATIVE = re.compile(r"(?i)(?<![^\W\d_])(?:котор|где|куда|чей|чья|чьи)")
# "представители 27 стран ЕС": every member of a bloc, no news
_BLOC = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:ЕС|Евросоюза|Европейского союза|НАТО|ООН|СНГ|ОПЕК|ЕАЭС|G7|G20)"
    r"(?![^\W\d_])"
)
_SPEECH = re.compile(
    r"(?i)(?<![^\W\d_])(?:заявил|сказал|сообщил|отметил|подчеркнул|добавил|пояснил|уточнил|"
    r"напомнил|рассказал|указал|заверил|признал|констатировал|по (?:его|ее|её|их )?словам)"
)
_BOTH = re.compile(r"стран|государств|сторон|держав|лидер|президент|глав|партий|палат")
_HYPOTHETICAL = re.compile(
    r"(?i)(?<![^\W\d_])(?:например|к примеру|допустим|предположим|скажем|гипотетическ\w*|"
    r"представим|представьте|в случае если|если бы|теоретически|"
    r"как(?:ой|ого|ому|им|ие|их)-то|любой|любого)(?![^\W\d_])"
)
# "Так, например, в Самарской области капуста подорожала на 353%": an instance the story gives
# of its own claim, told as a fact, with no condition after it; a bare "Например, в 2016 году
# ..." is as often an explainer's case from the past
_INSTANCE = re.compile(r"(?i)^\W*так,?\s+например(?![^\W\d_])")
_IMAGINED = re.compile(
    r"(?i)(?<![^\W\d_])(?:если|бы|допустим|предположим|скажем|гипотетическ\w*|представим|"
    r"представьте|теоретически|в случае|любой|любого|как(?:ой|ого|ому|им|ие|их)-то)(?![^\W\d_])"
)


def hypothetical(sentence: str) -> bool:
    """The sentence makes up an example ("допустим, 51%", "если, например, цены вырастут на
    10%"); not one that opens on "Так, например," to give a real case of what the story says
    just before."""
    if not _HYPOTHETICAL.search(sentence):
        return False
    return not (_INSTANCE.match(sentence) and not _IMAGINED.search(sentence))


# "в 2010 году суд приговорил ...": the year a sentence is set in
_SET_IN = re.compile(r"(?i)(?<![^\W\d_])(?:в|во)\s+((?:1[89]|20)\d\d)\s*(?:году|г\.|-м\b)")
_YEAR = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)(?!\d)")
# the years a text is set in: "в 2015 году", "14 декабря 2020 года"; not targets ("к 2030 году")
_YEAR_NAMED = re.compile(
    r"(?i)(?:(?<![^\W\d_])во?\s+|[а-я]{3,}\s+)((?:1[89]|20)\d\d)\s*(?:год[уа]|г\.|-м\b)"
)
# "Байден лидирует в 16 штатах": where someone leads, with no tally of what they lead by
_PLACES = re.compile(r"штат|регион|округ|област|стран|город|район|субъект|провинц|кра[ея]")
_LEADS = re.compile(r"(?i)лидир|опереж|обход|обош|впереди|побежда|выигрыва")
# a sentence that says it tells the past or a comparison: "Для сравнения, выручка ...",
# "Напомним, в 2019 году ...", "Как сообщалось, ..." ("Ранее ..." often tells what the
# news answers: left alone)
_LOOKS_BACK = re.compile(
    r"(?i)^[\W]*(?:для сравнения|напомним|напомню|как сообщалось|как писал[аио]?|"
    # an aside the writer adds after the news: "Отметим также, что ... долг составлял ..."
    r"отметим\s+также|также\s+отметим)"
    r"(?![^\W\d_])"
)
# "То ли News Corp. просила слишком много (около 16 млн долларов), то ли ...": the writer's
# guess between two reasons, no fact of the story
_GUESS = re.compile(r"(?i)(?<![^\W\d_])то\s+ли(?![^\W\d_]).*?[,;—–]\s*то\s+ли(?![^\W\d_])", re.S)
# a company's staff told as what it is: "в компании работают 75 тыс. сотрудников"
# a vote's result: "поддержали 278 депутатов при 318 голосах против, 31 человек воздержался",
# "за проголосовали 300, против — 50": the tally the story of a vote is about
_AGAINST = re.compile(r"(?i)(?<![^\W\d_])против(?![^\W\d_])")
_VOTED = re.compile(r"(?i)воздерж|проголосова|голос(?:ов|ами|ах|а)?(?![^\W\d_])")
VOTE_RESULT = 1.2
# a past moment the story looks back to: "В тот год переизбранный президент получил 379 голосов
# против 159", "Долг издания на тот момент составлял 15 млн рублей"
_THEN = re.compile(
    r"(?i)(?<![^\W\d_])(?:в\s+т(?:от|ом)\s+(?:год|году|момент)|на\s+тот\s+момент|"
    r"в\s+то\s+время|тогда)(?![^\W\d_])"
)
_STAFF = re.compile(r"(?i)сотрудник|работник|служащ|персонал")
_STANDING = re.compile(
    r"(?i)(?<![^\W\d_])(?:работа(?:ет|ют)|труд(?:ится|ятся)|насчитыва(?:ет|ют)|занят[оы]?)"
    r"(?![^\W\d_])"
)
# a sentence that opens on last year: "В декабре прошлого года ...", "В прошлом году ..."
_LAST_YEAR = re.compile(
    r"(?i)^\W*(?:(?:в|во)\s+(?:[а-яё]+\s+)?(?:прошлого|позапрошлого)\s+года|"
    r"в\s+(?:прошлом|позапрошлом)\s+году)(?![^\W\d_])"
)
# "четырех государств — России, Украины, Франции и Германии": a count of states or sides whose
# members the sentence names at once; the names say it, the count is no news ("в шести штатах
# — Техасе, ... — явка превысила": places where something happened, a count kept)
_LISTED = re.compile(
    r"\s*[—–:(]\s*[А-ЯЁA-Z][^\W\d_]+(?:\s+[А-ЯЁA-Z][^\W\d_]+)?\s*,\s*[А-ЯЁA-Z][^\W\d_]+"
)
# "Вексельберг — бизнесмен ..., капитал которого оценивается в 6,4 млрд долларов": a
# person's fortune told to say who they are
_FORTUNE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:состояни[ея]|капитал)\s+(?:которого|которой)"
    r"|(?:его|ее|её|чье|чьё)\s+(?:личное\s+)?(?:состояни[ея]|капитал))\s+"
    r"(?:[^\W\d_]+\s+){0,2}?оцени(?:вается|валось|вали|ли|л)(?![^\W\d_])"
)
# "Двое видных экспертов вступили в полемику": the actors of the story counted, no figure;
# "двое погибших", "трое задержаны" count a toll
_COLLECTIVE = re.compile(
    r"(?i)(?:двое|трое|двоих|троих|двоим|троим|двоими|троими|оба|обе|обоих|обеих)(?![^\W\d_])"
)
_TOLL = re.compile(
    r"(?i)погиб|жертв|пострада|ранен|ранил|травм|задержа|арестова|убит|убил|умер|скончал|заложник|"
    r"пленн|госпитализ|эвакуир|осужд|приговор|пропал|похищ|зараз|заболе|отравил|утонул"
)


def counts_actors(figure: str, clause: str) -> bool:
    """The figure counts the story's few actors in a collective numeral ("Двое видных
    американских экспертов"), not a toll ("двое погибших")."""
    return bool(_COLLECTIVE.match(figure)) and not _TOLL.search(clause)


# the counts of a small number written out that are news: the dead, wounded, held or sentenced,
# and those who quit a government ("Два министра покинули правительство")
_HARM = re.compile(
    r"(?i)погиб|жертв|пострада|ранен|ранил|травм|задержа|арестова|убит|убил|убив|умер|скончал|"
    r"расстрел|застрел|потер|"
    r"пленн|госпитализ|эвакуир|осужд[её]н(?!и)|приговор|пропал|похищ|зараз|заболе|отравил|утонул|"
    r"уволен|уволил|отставк|покинул|покинут|покинув|уход|ушл|уш[её]л|"
    # and those a state acts against: sanctions, charges, bans, expulsions, blacklists
    r"санкци|обвин|запрет|высыл|выслал|выдвор|списк|список|штраф|лишил|лишен|"
    # and a vote's: "в пяти штатах ... выборщики отдали голоса"
    r"голос|выборщик|мандат|бюллетен|кандидат"
)
# forces and arms: "задействованы три морских разведчика", "две подводные лодки", "трое военных"
_FORCES = re.compile(
    r"(?i)лод(?:к|ок)|корабл|крейсер|эсминц|фрегат|самол[её]т|вертол[её]т|истребител|бомбардиров|"
    r"танк|ракет|беспилотн|дрон|разведчик|военн|солдат|боевик|батальон|бригад|дивизи|полк"
)
_DIGIT = re.compile(r"\d")


def counts_few(figure: str, value: float, unit: str | None, clause: str) -> bool:
    """A count of two to ten written in words ("двух номинациях", "три космонавта", "матч из
    четырёх партий"): what the story is about, not its figure, unless it counts a toll ("трое
    погибших", "двое ранены"), the people a state acts against ("санкции против семерых
    бизнесменов"), forces and arms ("три морских разведчика") or votes; "убийства двух заложников" in a story of a summit is a detail."""
    if _DIGIT.search(figure) or not 2 <= value <= 10:
        return False
    if unit and (_VOTES.search(unit) or _FORCES.search(unit)):
        return False
    return not _HARM.search(clause)


# "мать пятерых детей", "отец троих": a person described, not the story
_TRIVIA = re.compile(r"(?i)(?:мать|матери|отец|отца|матерью|отцом|многодетн\w*)\s+(?:\w+\s+)?$")


@dataclass(frozen=True)
class Story:
    """What the article is about: its title, lead, the summary's sentences, its main actors."""

    title: frozenset[str]
    lead: frozenset[str]
    summary: frozenset[str]
    actors: frozenset[str]
    title_numbers: frozenset[str]
    lead_sentences: frozenset[int]
    summary_sentences: frozenset[int]
    body: tuple[int, ...]  # indices of the sentences that are not page furniture, in order
    rarity: Mapping[str, float]  # title word -> 1 less the share of sentences that hold it
    stated: frozenset[int]  # sentences of a paragraph in which a main actor speaks
    year: int = 0  # the year the story is set in: the lead's latest, else the text's; 0: none
    month: int = 0  # the lead's latest month with its year, as year * 12 + month; 0: none


def stems(text: str) -> frozenset[str]:
    """Content words, each cut to a stem that inflection does not change: "акции" and "акций",
    "Газпрома" and "Газпрому", "штрафа" and "штрафовать" meet."""
    return frozenset(stem(w) for w in (fold(m) for m in _WORD.findall(text)) if w not in _STOP)


def stem(word: str) -> str:
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: len(word) - len(end)][:5]
    return word[:5]


def read_story(
    doc: Document,
    body: Sequence[Sentence],
    title: str | None,
    summary: Iterable[str],
) -> Story:
    summary = [s for s in summary if s.strip()]
    lead = list(body[:2])
    summary_stems = [stems(s) for s in summary]
    in_summary = frozenset(
        s.index
        for s in body
        if any(
            s.text.strip() == line.strip() or _overlap(stems(s.text), st) >= 0.7
            for line, st in zip(summary, summary_stems, strict=True)
        )
    )
    counts: Counter[str] = Counter()
    for e in doc.entities:
        for w in stems(e.normal):
            counts[w] += 1
    title_stems = stems(title or "")
    lead_stems = frozenset().union(*(stems(s.text) for s in lead)) if lead else frozenset()
    actors = frozenset(
        w for w, n in counts.items() if n >= 3 or (n >= 1 and w in (title_stems | lead_stems))
    )
    sentence_stems = [stems(s.text) for s in body]
    rarity = {
        w: 1.0 - sum(w in st for st in sentence_stems) / max(1, len(sentence_stems))
        for w in title_stems
    }
    return Story(
        stated=_stated(doc, body, actors),
        title=title_stems,
        lead=lead_stems,
        summary=frozenset().union(*summary_stems) if summary_stems else frozenset(),
        actors=actors,
        title_numbers=frozenset(n for n in _NUMBER.findall(title or "") if len(n) > 1),
        lead_sentences=frozenset(s.index for s in body[:3]),
        summary_sentences=in_summary,
        body=tuple(s.index for s in body),
        rarity=MappingProxyType(rarity),
        year=_story_year(title or "", [s.text for s in lead], doc.text),
        month=max((_month(m) for s in lead for m in _MONTH_YEAR.finditer(s.text)), default=0),
    )


_MONTHS = "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split()
_MONTH = r"(январ|феврал|март|апрел|ма(?=[йяе])|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
# "27 марта 2013 года", "в январе 2013 года": a month with its year
_MONTH_YEAR = re.compile(rf"(?i)(?<![^\W\d_]){_MONTH}\s+((?:19|20)\d\d)(?!\d)")
# a sentence that opens on a month of a year: "В середине января 2013 года появились ..."
_OPENS_ON_MONTH = re.compile(
    rf"(?i)^\W*(?:(?:в|во)\s+(?:(?:начале|середине|конце)\s+)?|\d{{1,2}}\s+){_MONTH}\s+"
    r"((?:19|20)\d\d)(?!\d)"
)


def _month(m: re.Match[str]) -> int:
    return int(m.group(2)) * 12 + _MONTHS.index(m.group(1).lower())


def _earlier_month(story: Story, sentence: str) -> bool:
    """The sentence opens on a month two or more before the one the lead dates the story in
    ("В середине января 2013 года появились сообщения, что ..." in a story of "27 марта 2013
    года"), and names no later one."""
    opens = _OPENS_ON_MONTH.match(sentence)
    if opens is None or not story.month:
        return False
    latest = max(_month(m) for m in _MONTH_YEAR.finditer(sentence))
    return latest <= story.month - 2


def _story_year(title: str, lead: Sequence[str], text: str) -> int:
    """The latest year the title or lead names ("по итогам 2017 года"), else the text's latest:
    a figure from a sentence set in an earlier year is background ("в 2010 году суд приговорил
    ее к штрафу в $1100" in a story of 2015)."""
    for chunk in (" ".join([title, *lead]), text):
        years = [int(y) for y in _YEAR_NAMED.findall(chunk)]
        if years:
            return max(years)
    return 0


def background(story: Story, sentence: str) -> bool:
    """The sentence is set in a year well before the story's (two or more) and names no later
    one."""
    set_in = [int(y) for y in _SET_IN.findall(sentence)]
    named = [int(y) for y in _YEAR.findall(sentence)]
    if bool(set_in) and story.year > 0 and max(named) <= story.year - 2:
        return True
    return _earlier_month(story, sentence)


def history(story: Story, sentence: Sentence) -> bool:
    """Background told for context: set two or more years before the story, or opening on
    last year ("В декабре прошлого года «Дом.РФ» запустил пилотный проект"); the lead is the
    story however it is dated."""
    if sentence.index in story.lead_sentences:
        return False
    return background(story, sentence.text) or bool(_LAST_YEAR.match(sentence.text))


def said_of_then(text: str) -> bool:
    """The words place what they say at a past moment ("в тот год", "на тот момент")."""
    return bool(_THEN.search(text))


def looks_back(text: str) -> bool:
    """The sentence opens on a look back ("Напомним, ...", "Для сравнения, ...")."""
    return bool(_LOOKS_BACK.search(text))


def finding(head: str) -> bool:
    """The words before a share name the study or poll it comes from, in the same clause:
    "по результатам исследования, 44% работодателей"; not "опросы показывают, что Байден
    лидирует в штатах, в которых ... с перевесом менее 1%" (a relative clause's share)."""
    found = list(_FINDING.finditer(head))
    return bool(found) and not _RELATIVE.search(head, found[-1].end())


def _stated(doc: Document, body: Sequence[Sentence], actors: frozenset[str]) -> frozenset[int]:
    """Sentences of paragraphs where one of the story's actors speaks ("..., – отметил
    президент Казахстана"): the numbers the main actors state are the story's."""
    text = doc.text
    paragraphs: dict[int, list[Sentence]] = {}
    for s in body:
        paragraphs.setdefault(s.paragraph, []).append(s)
    out: set[int] = set()
    for group in paragraphs.values():
        start, stop = group[0].start, group[-1].stop
        for m in _SPEECH.finditer(text, start, stop):
            window = text[max(start, m.start() - 60) : min(stop, m.end() + 60)]
            if stems(window) & actors:
                out.update(s.index for s in group)
                break
    return frozenset(out)


def _rare(story: Story, word: str) -> float:
    """A title word's weight: 1 when few sentences hold it, 0.4 when every sentence does."""
    return 0.4 + 0.6 * story.rarity.get(word, 1.0)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(b) if b else 0.0


def vote_result(clause: str) -> bool:
    """The clause gives a vote's result: two numbers or more, one of them against ("278
    депутатов при 318 голосах против, 31 воздержался"), and a word of voting."""
    return (
        len(re.findall(r"\d+", clause)) >= 2
        and bool(_AGAINST.search(clause))
        and bool(_VOTED.search(clause))
    )


def counts_people(kind: str, unit: str | None) -> bool:
    """A count of people, votes or seats ("40 тысяч человек", "30 тыс. голосов")."""
    return (
        kind == "count" and unit is not None and bool(_PEOPLE.search(unit) or _VOTES.search(unit))
    )


def kind_weight(kind: str, unit: str | None) -> float:
    if kind == "count" and unit:
        if _VOTES.search(unit):
            return 1.3
        if _PEOPLE.search(unit):
            return 1.1
    return _KIND.get(kind, 0.3)


def score(
    story: Story,
    kind: str,
    unit: str | None,
    number: str,
    sentence: Sentence,
    clause: str,
    before: str,
    peers: int = 0,
    small: bool = False,
    tally: bool = False,
    value_: float = 0.0,
    after: str = "",
    head: str = "",
) -> float:
    """The salience of one figure: about 0 for trivia, 3 and more for a story's key number.

    `clause` is the bullet's text, `before` the words of the sentence before the number,
    `peers` how many other figures of the article are of its kind (and unit, for counts): the
    one sum of money in a story is its key figure; the fortieth count of electors is a table.
    `tally`: the bullet holds other figures too ("в 40 штатах лидирует Байден, у него 202").
    `value_` is the figure's value, `after` the text right after it, `head` its sentence up
    to it.
    """
    value = kind_weight(kind, unit)
    if kind == "count" and unit and _PEOPLE.search(unit) and value_ >= 1000:
        value += 0.5  # "около 40 тысяч человек", "19 404 новых случая": a crowd, a toll
    if kind == "percent" and finding(head):
        value += 0.5
    if kind == "count" and unit and _BOTH.search(unit) and _BLOC.match(after):
        value -= 2.4
    if kind == "count" and small and not (unit and (_PEOPLE.search(unit) or _VOTES.search(unit))):
        value -= 0.8  # "две концепции": two of something is seldom news
    if kind == "count" and small and unit and _BOTH.search(unit):
        value -= 2.4  # "главы двух крупнейших государств", "между двумя странами": both sides
    if kind == "count" and value_ <= 12 and unit and _BOTH.search(unit) and _LISTED.match(after):
        value -= 2.4  # "четырех государств — России, Украины, Франции и Германии"
    if kind == "money" and _FORTUNE.search(clause):
        value -= 4.0  # "капитал которого оценивается в 6,4 млрд долларов": who he is
    if kind in ("money", "percent", "measure"):
        value += 0.4 if peers == 0 else (-0.4 if peers >= 6 else 0.0)
    elif peers >= 6:
        value -= 0.4
    words = stems(sentence.text)
    own = stems(clause)
    # a title word the whole article repeats ("выборщиков" in an article on electors) tells
    # one sentence from another less than one a few sentences hold
    title_hits = sum(_rare(story, w) for w in own & story.title) + 0.5 * sum(
        _rare(story, w) for w in (words - own) & story.title
    )
    value += min(title_hits, 4) * 0.5
    value += min(len(own & (story.lead | story.summary) - story.title), 6) * 0.2
    value += 0.5 * bool(own & story.actors) + 0.5 * (sentence.index in story.stated)
    if any(n == number or n in number for n in story.title_numbers):
        value += 2.0
    if sentence.index in story.summary_sentences:
        value += 0.8
    if sentence.index in story.lead_sentences:
        value += 0.8
    if story.body:
        rank = story.body.index(sentence.index) if sentence.index in story.body else len(story.body)
        value -= min(1.1, 0.8 * rank / len(story.body) + 0.02 * rank)
    if hypothetical(sentence.text):
        value -= 2.0
    if sentence.index not in story.lead_sentences and (
        background(story, sentence.text) or _LOOKS_BACK.search(sentence.text)
    ):
        value -= 2.0  # history told for context, not this story's news
    if _GUESS.search(sentence.text):
        value -= 3.0  # "То ли ..., то ли ...": a guess at why, not what happened
    if kind == "count" and not tally and unit and _PLACES.search(unit) and _LEADS.search(clause):
        value -= 2.0  # "лидирует в 16 штатах": a count of places, no tally
    if kind == "count" and unit and _STAFF.match(unit) and _STANDING.search(clause):
        value -= 2.0  # "в компании работают 75 тыс. сотрудников": what it is, not what happened
    if kind in ("count", "bare") and tally and vote_result(clause) and not said_of_then(clause):
        value += VOTE_RESULT
    if _TRIVIA.search(before):
        value -= 4.0  # never the story, however near the title it stands
    return round(value, 3)
