"""Per-sentence surface features for ranking news sentences, cheap enough to run on every message.

Everything here is regular expressions and counting, no model: the extractive backend must start
in well under a second and rank a 2,000-character article in a few milliseconds. Words are
reduced to a fixed-length prefix, a crude but robust stand-in for lemmas in Russian (case endings
sit at the end of the word), so "Токаев", "Токаева" and "Токаевым" count as one term.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

STEM_CHARS = 6

_WORD = re.compile(r"[а-яёa-z0-9]+(?:-[а-яёa-z0-9]+)*", re.I)
_CAPITALIZED = re.compile(r"(?<![.!?…]\s)(?<!^)\b[А-ЯЁA-Z][а-яёa-zА-ЯЁA-Z-]+")
_ACRONYM = re.compile(r"\b[А-ЯЁA-Z]{2,}\b")
# A quantity, not a date: a number with a magnitude, unit or currency, or a percentage.
_FIGURE = re.compile(
    r"(?:[$€£₽]\s?\d|\d[\d\s.,]*\s?(?:%|процент|трлн|млрд|млн|тыс|миллиард|миллион|тысяч|сотни"
    r"|долл|евро|руб|юан|человек|проект|рабоч|раз\b|км|кг|тонн|баррел|куб))",
    re.I,
)
_LINK = re.compile(r"https?://|www\.|\S@\S|(?<!\w)[@#]\w{3}")

# Function words and reporting verbs: they say nothing about what an article is about.
STOPWORDS = frozenset(
    """
а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для
до его ее её ей ему если есть еще ещё же за здесь и из или им их к как какой когда кто ли либо
между мне много может можно мы на над надо не него нее неё нет ни них но ну о об однако он она
они оно от очень по под после при про раз с свой свою себя со так также такой там те тем то
того тоже той только том ту тут у уже хотя чего чей чем что чтобы чье эта эти это этого этой
этом этот эту я который которая которые которых которого котором которой которую которым
сообщил сообщила сообщили сообщает заявил заявила заявили заявляет сказал сказала сказали
отметил отметила отметили рассказал рассказала передает пишет говорится словам также ранее
кроме этом того время году года лет год сегодня вчера накануне
""".split()
)

# A sentence that leans on the one before it: read alone in a chat, it has no antecedent.
DANGLING_START = re.compile(
    r"^(?:[«\"„(]\s*)?(?:"
    r"(?:он|она|оно|они|его|её|ее|их|ему|ей|им|ним|ней|нему|него|нее|них)\b"
    r"|(?:этот|эта|это|эти|этого|этой|этим|этих|эту|этому|тот|та|те|того|том)\b"
    r"|(?:такой|такая|такое|такие|данный|данная|данное|данные|указанный|указанная)\b"
    r"|(?:также|кроме того|кроме этого|помимо этого|помимо того|при этом|однако|но|и|а|да|тем не менее"
    r"|впрочем|в свою очередь|вместе с тем|в то же время|между тем|зато|поэтому|потому|следовательно"
    r"|таким образом|так|там|тогда|здесь|тут|именно|ведь|причем|причём|притом|даже|кстати"
    r"|напротив|иначе|в том числе|в частности|например|итак|сам|сама|сами|затем|потом"
    r"|после этого|в ответ|в связи с этим|в этой связи|об этом|как он|как она|как они"
    r"|то есть|в итоге|более того|к тому же|тем временем|в тот же день|тогда же|там же|при том"
    r"|позже|позднее|впоследствии|пока же|дело в том"
    # "В результате ЦБ решил…": the result of what the sentence before told (not "В результате
    # обстрела…", which says of what)
    r"|в результате(?=,|\s+(?-i:[А-ЯЁA-Z][а-яёa-z])|\s+(?-i:[А-ЯЁA-Z]{2,})\s+(?-i:[а-яё]+(?:л|ла)\b))"
    r"|по его|по её|по ее|по их|по словам (?:его|её|ее|их)|по мнению (?:его|её|ее|их)"
    # "В последнем случае победителей определят…": the last of the cases the sentence before named
    r"|в (?:первом|втором|третьем|последнем|другом|ином|каждом) случае|в обоих случаях"
    r"|правда(?=,)|в конце концов|до этого|теперь же|вместо этого|несмотря на это|из-за этого"
    r"|для этого|на этом фоне|на фоне этого|в результате этого|в ответ на это|после чего"
    r"|другой вопрос|как-никак|а именно|тем более|во-первых|во-вторых|в-третьих|в-четвертых"
    # "В сообщении, в частности, говорится…": the message named in the sentence before
    r"|в (?:(?:этом|своем|своём|том же)\s+)?(?:сообщении|заявлении|документе|письме|обращении"
    r"|релизе|пресс-релизе|публикации|материале)(?:,\s*в частности,)?\s+(?:также\s+)?(?:говорится"
    r"|сказано|отмечается|указывается|подчеркивается|подчёркивается|уточняется)"
    r"|(?:первым|первой|первыми|вторым|второй|последним|последней)\s+(?:был|была|были|стал|стала"
    r"|стали|оказался|оказалась|оказались)"
    # "Вторым по значимости событием оказались…", "На третьем месте — …": a rank past the first
    # counts on the ones before it
    r"|(?:вторым|второй|вторыми|третьим|третьей|третьими)\s+(?:\S+\s+){1,3}(?:был|была|были|стал"
    r"|стала|стали|оказался|оказалась|оказались|является|являются|стоит|идет|идёт)"
    # "Отдельно обсуждались…": apart from what the sentence before told
    r"|отдельно)\b)",
    re.I,
)
# A row of a numbered table: "1. Михаил Саакашвили — 52,1 % (922774 голоса)", "3) «Единая
# Россия» – 49 мест". A result among others, in the table's order: not a summary's sentence.
_LIST_ROW = re.compile(r"^\d{1,2}[.)]\s+[^.!?]{1,80}?\s[—–-]\s+\(?\d")


# "…инвесторам интересно именно это направление", "Именно поэтому…" anywhere in the sentence:
# the one the sentence before named. Not a pronoun ("именно его Шмонов посчитал…", "именно здесь"),
# which most often takes up a noun of its own sentence, nor "именно то, что нужно", nor one after a
# dash ("…в Пенсильвании – именно этот штат гарантировал…"), which points inside its sentence.
_JUST_THAT = re.compile(
    r"(?<![—–-]\s)\bименно\s+(?:этот|эта|это|эти|этого|этой|этим|этих|эту|этому|этом|такой|такая|такое"
    r"|такие|таким|такого|так|поэтому)\b(?!,?\s+(?:что|кто|как|где|когда|котор\w*|чтобы)\b)",
    re.I,
)
# "В 2016 году здесь выиграл Трамп": a place named only by pointing back, early in the sentence;
# "…, — заявил он.": a speaker named only by a pronoun; "Причиной является…": a cause of what?
_DEICTIC = re.compile(
    r"^(?:\S+\s+){0,5}(?:здесь|там|тут|туда|оттуда|сюда)\b"
    # (anywhere in the sentence: the verb follows the quote it attributes)
    r"|^.*?(?<!\w)(?:заявил|заявила|сказал|сказала|отметил|отметила|подчеркнул|подчеркнула|добавил"
    r"|добавила|пояснил|пояснила|написал|написала|уточнил|уточнила|говорит|считает|рассказал"
    r"|рассказала|признал|признала|заявили|сказали|отметили|добавили)\s+(?:он|она|они)\b"
    r"|^причин(?:ой|а)\s+(?:является|стал[аио]?|было|была|стало|в том)\b"
    # "В ведомстве подчеркнули…", "В пресс-службе отметили…": which one? named before
    r"|^в\s+(?:ведомстве|пресс-службе|министерстве|управлении|учреждении|организации|департаменте"
    r"|штабе|компании|суде|полиции|мэрии|администрации|госкомпании|госкорпорации|корпорации"
    r"|концерне|холдинге|банке|фонде|агентстве|службе|комитете|комиссии|партии|посольстве"
    r"|издании|редакции|движении|объединении|союзе|ассоциации)\s+(?:также\s+)?(?:отметили|подчеркнули"
    r"|сообщили|уточнили|добавили|заявили|пояснили|рассказали|напомнили|считают|указали|заявляют"
    r"|сообщают|отмечают|подчеркивают|подчёркивают|уточняют|поясняют|говорят|утверждают)\b"
    # "На своем посту он курировал…": a pronoun as the subject after a short opening phrase
    r"|^(?:[^\s,]+\s+){1,3}(?:он|она|они)\s+(?:не\s+)?[а-яё]+(?:л|ла|ли|лся|лась|лись|ет|ит|ют|ят|ут|ат)\b"
    # "После консультации с адвокатом он изменил показания": a longer opening, all in lower
    # case past its first word (no name in it)
    r"|^\S+(?:\s+(?-i:[а-яё])[а-яё-]*){3,6}\s+(?:он|она|они)\s+(?:не\s+)?[а-яё]+(?:л|ла|ли|лся"
    r"|лась|лись)\b"
    # "Тем, кто выбирает…, она пожелала…": a pronoun as the subject after an opening clause that
    # names nobody (no capitalised word before it)
    r"|^\S+(?-i:[^А-ЯЁA-Z.!?]){0,80}?,\s+(?:он|она|они)\s+(?:не\s+)?[а-яё]+(?:л|ла|ли|лся|лась"
    r"|лись|ет|ит|ют|ят|ут|ат)\b"
    # "Представитель Баку также заверил…", "Пушков также предложил…": "также" after a short
    # subject adds to what somebody said in a sentence before
    # (a past tense in "-г" too: "Михаил Лесин также опроверг…", "…также смог…")
    r"|^(?:\S+\s+){1,2}также\s+[а-яё]+(?:л|ла|ли|лся|лась|лись|рг|ог|ёг|иг)\b"
    # ... and what it will do besides: "АСВ также в полном объеме выплатит…"
    r"|^(?:\S+\s+){1,2}также\s+(?:(?-i:[а-яё])\S*\s+){0,3}?(?-i:[а-яё]+(?:ет|ит|ют|ят|ут|ат|ёт"
    r"|ется|ится|ются|ятся))\b"
    # "Инициатива разработана…", "Документ предусматривает…": a bill or a decision only by what it
    # is, the verb right after it (not "Законопроект о Госсовете принят…")
    # "Сделка ожидает утверждения…", "Премьера приурочена к…", "Компания принимает решение…": a
    # deal, an event or a company only by what it is; which one, a sentence before named
    r"|^(?:инициатива|документ|законопроект|поправка|поправки|соглашение|постановление|сделка"
    r"|премьера|покупка|продажа|встреча|переговоры|визит|заседание|мероприятие|церемония"
    r"|презентация|компания|корпорация|концерн|холдинг)\s+"
    r"(?:также\s+)?[а-яё]+(?:л|ла|ло|ли|ет|ит|ют|ят|ут|ат|ан|ана|ано|аны|ен|ена|ено|ены)\b"
    # "Как указали в издании, …": the same, the verb first
    r"|^как\s+(?:указали|отметили|пишут|сообщили|подчеркнули|утверждают|уточнили|добавили)\s+в"
    r"\s+(?:издании|газете|агентстве|ведомстве|министерстве|телеканале)\b(?!\s+(?-i:[«\"A-ZА-ЯЁ]))"
    # "По данным издания, …": which one? the sentence naming it was left out
    r"|^по\s+(?:данным|информации|сведениям|словам|мнению)\s+(?:издания|газеты|телеканала"
    r"|журнала|портала|канала)\b(?!\s+[«\"A-ZА-ЯЁ])"
    # "Прокуратура считает, что он…": a body sure of something about a person it does not name
    r"|^(?:прокуратура|следствие|обвинение|защита|полиция|суд|ведомство|министерство|издание"
    r"|газета|агентство|источник|источники|эксперты|аналитики|власти)\s+(?:считает|считают"
    r"|полагает|полагают|утверждает|утверждают|уверено|уверены|указывает|указывают|настаивает)"
    r",\s+что\s+(?:он|она|они)\b"
    # "Отмечается, что они сами обратились…": a report of nobody's about people it does not name
    r"|^(?:отмечается|сообщается|уточняется|указывается|подчеркивается|подчёркивается|говорится"
    r"|известно|утверждается|добавляется),\s+что\s+(?:он|она|оно|они)\b"
    # "Причиной, по его словам, стало…": whose words? a pronoun early in the sentence
    r"|^(?:\S+\s+){0,4}по\s+(?:его|её|ее|их)\s+(?:словам|мнению|данным|оценке|оценкам|версии"
    r"|информации|признанию)\b"
    # "Как сообщает Интерфакс, она подчеркнула…": the source named, the speaker only pointed at
    r"|^(?:как|по)\s[^,]{1,60},\s*(?:он|она|оно|они|об этом|это|этот|эта|эти|также)\b"
    # "В случае с «Северным потоком» это не так": "это" standing for a statement made before
    # (not after a comma: "Отключили интернет, это было сделано…" says what "это" is)
    r"|^(?:[^\s,]+\s+){0,8}это\s+(?:не\s+)?(?:так|произошло|случилось|стало|было|будет|значит"
    r"|означает|касается|привело|вызвало)\b"
    r"|^(?:\S+\s+){0,6}(?:такой|такая|такое|такие|такого|такую|таким|таких|такому|таком)\s+"
    r"(?!(?:же|как|образом)\b)(?![^,.]{0,40},\s*(?:как|что|чтобы|при котор|котор)\w*\b)[а-яё]"
    # "На ней Болтон сказал…": a pronoun after a preposition, near the start, points back
    r"|^(?:\S+\s+){0,3}(?:на|в|во|о|об|обо|с|со|у|к|ко|по|за|от|из|при|для|без|над|под|перед"
    r"|через|про|между|около|после|против)\s+(?:нем|нём|ней|них|нему|ним|ними|нее|неё|него)\b"
    # "в этих округах", "по данным этого издания": a thing named in a sentence before
    r"|^(?:\S+\s+){0,6}(?:этот|эта|эти|этого|этой|этим|этих|этом|эту|этими|данн(?:ый|ая|ое|ого|ой"
    r"|ом|ую)|указанн\w+|вышеупомянут\w+)\s+(?!(?:год|году|года|месяц\w*|недел\w+"
    r"|раз|раза|момент\w*|день|дня|время|утро\w*|вечер\w*|выходн\w+|лет|сезон\w*|выборах)\b)"
    r"[а-яё]"
    # "Выбранный банк продолжит…", "Упомянутая компания…": chosen or named in a sentence before
    r"|^(?:выбранн|упомянут|вышеназванн)(?:ый|ая|ое|ые|ого|ой|ом|ую|ым|ых)\s+(?-i:[а-яё])"
    # "оба проекта", "обеих сторон": two things the sentence before named
    r"|^.*?\b(?:оба|обе|обоих|обеих|обоим|обеим|обоими|обеими)\s+(?!(?:раза|палат\w*)\b)[а-яё]"
    # "Последние голосуют за выборщиков", "а последний заявил": the last of those named before
    r"|^(?:.*?,\s+(?:а|и|но)\s+)?(?:последн(?:ий|яя|ее|ие)|первый|первая|первые)\s+(?:же\s+)?"
    r"[а-яё]+(?:ют|ят|ут|ат|ет|ит|ёт|л|ла|ло|ли|лся|лась|лись)\b"
    # "среди обсуждаемых тем было…": a talk the sentence before announced
    r"|^.*?\b(?:среди|в числе)\s+(?:обсуждаемых|обсуждавшихся|обсужденных|обсуждённых|затронутых"
    r"|рассмотренных)\s+(?:тем|вопросов|проблем)\b"
    # "Для Тегерана его президентство…", "Вчера их встретили": a possessive or object pronoun
    # after a short opening names somebody only the sentence before could
    r"|^(?:для|в|во|на|при|по|с|со|за|от|у|о|к|до|после)\s+\S+\s+(?:его|её|ее|их)\s+[а-яё]"
    r"|^\S+(?:\s+(?-i:[а-яё])\S*)?\s+(?:его|её|ее|их)\s+(?-i:[а-яё])"
    # "Ведомство напомнило…", "Возмущение парламентария связано…": an institution or a person
    # only by what it is, no name after it
    r"|^(?:ведомство|министерство|посольство|парламентарий|депутат|сенатор|дипломат|издание"
    r"|агентство|телеканал)\s+(?:также\s+)?(?!торговли\b)(?-i:[а-яё]+(?:л|ла|ло|ли|ет|ит|ют|ят|ут"
    r"|ат))\b"  # lower case: "Депутат Михаил…" names him; "Министерство торговли" says which
    r"|^(?:как|по словам|по мнению|по данным)\s+(?:\S+\s+)?(?:ведомство|парламентарий|депутат"
    r"|сенатор|дипломат|издание|парламентария|депутата|сенатора|дипломата|издания)"
    r"(?!\s+(?-i:[А-ЯЁA-Z«\"]))\b"
    # "По мнению физика, которое он высказал…": one person only by a profession, no name up to
    # the comma; who it is, a sentence before or after said ("По мнению экспертов" is nobody
    # named). Not an office ("По словам министра"): political news names the minister in the
    # lead and goes on by the office, right after the sentence that named him.
    r"|^по\s+(?:словам|мнению|данным|оценке|версии|признанию)\s+(?:(?-i:[а-яё])\S*\s+)?"
    r"(?:физика|ученого|учёного|эксперта|аналитика|политолога|экономиста|социолога|юриста"
    r"|адвоката|бизнесмена|специалиста|исследователя|профессора|журналиста|автора|менеджера)"
    r"(?:\s+(?-i:[а-яё])[а-яё-]*){0,4},"
    # "менеджера одной из перечисленных компаний": a list given in a sentence before
    r"|^.*?\bиз\s+(?:(?:выше|ранее)\s*)?(?:перечисленных|упомянутых|названных|указанных"
    r"|вышеперечисленных|вышеупомянутых|вышеназванных|вышеуказанных)\b"
    # "Как подчеркивал источник, …", "…, истцы указали…": a source or a party to a lawsuit by its
    # role alone, the reporting verb next to it; which one was said in a sentence before
    r"|^(?:[^.!?]{0,80}?[\s,]\s*)?(?:как\s+[а-яё]+\s+)?(?:источник|источники|истец|истцы"
    r"|ответчик|ответчики|собеседник|собеседница|собеседники)(?:,(?!\s+(?:знаком|близк|пожела"
    r"|не\s+пожела|осведомл|попроси|знающ))|\s+(?:также\s+|не\s+)?(?:сообщ|уточн|подчеркн"
    r"|подчеркива|отмет|отмеча|добав|рассказ|поясн|указ|заяв|утвержда|исключ|призна|говор"
    r"|счита|полага|настаива|потребова|напомн)[а-яё]*\b)"
    # "Помимо законодательной работы, важно также…": adds to something said before
    r"|^помимо\s[^,.]{1,60},[^.]*?\bтакже\b"
    # ("Новым главой Министерства иностранных дел…": a capital past the first word is a name)
    r"|^(?:(?:\S+\s+){1,2}(?=(?-i:[а-яё]))|)(?:ведомства|министерства|посольства|парламентария"
    r"|депутата|сенатора"
    r"|дипломата|чиновника|политика|документа|доклада)(?!\s+(?-i:[А-ЯЁA-Z«\"]))\b"
    # ("Глава министерства иностранных дел Великобритании": which one is said right after it)
    r"(?<!министерства)(?<!ведомства)"
    r"|^(?:(?:\S+\s+){1,2}(?=(?-i:[а-яё]))|)(?:министерства|ведомства)\b(?!\s+(?:иностранных"
    r"|внутренних|обороны|юстиции|финансов|экономическ|здравоохранения|образования|культуры"
    r"|торговли|энергетики|транспорта|труда|сельского|природных|промышленности|цифрового"
    r"|просвещения|науки|спорта|строительства|связи|по\s+чрезвычайным|(?-i:[А-ЯЁA-Z«\"])))"
    # "…, говорится в сообщении.": in whose? the sentence naming it stood before
    r"|^.*[,—–-]\s*(?:говорится|сказано|отмечается|указывается)\s+в\s+(?:его|её|ее|их\s+)?"
    r"(?:сообщении|заявлении|документе|докладе|письме|релизе|пресс-релизе|обращении|отчете"
    r"|отчёте|публикации|материале|статье)(?:,\s+(?-i:[а-яё])(?-i:[^А-ЯЁA-Z«\"])*)?\s*[.!…]?$",
    re.I,
)
# "Чиновник добавил…", "Женщина собирала ягоды": a person named before by name, here only by
# what they are. Read alone, nobody knows who.
_BARE_PERSON = re.compile(
    r"^(?:Чиновник|Чиновница|Женщина|Мужчина|Девушка|Парень|Политик|Дипломат|Бизнесмен"
    r"|Журналист|Журналистка|Блогер|Адвокат|Защитник|Пострадавш(?:ий|ая)|Задержанн(?:ый|ая)|Подозреваем(?:ый|ая)"
    r"|Обвиняем(?:ый|ая)|Осужденн(?:ый|ая)|Осуждённ(?:ый|ая)|Христианка|Активист|Активистка"
    r"|Автор|Авторы|Автор статьи|Автор материала|Автор колонки|Демократ|Демократка|Республиканец"
    r"|Республиканка|Артистка|Артист|Певица|Певец|Актриса|Актер|Актёр|Исполнительница"
    r"|Исполнитель|Музыкант|Рэпер|Телеведущая|Телеведущий|Модель|Спортсменка|Спортсмен"
    r"|Знаменитость|Супруги|Пара|Бизнесвумен|Миллиардер)"
    r"(?P<rest>(?:\s+\S+){0,4})"
)


def bare_person(text: str) -> bool:
    """Opens with a person named only by a common noun, no name in the words after it."""
    m = _BARE_PERSON.match(text.lstrip('«"„ '))
    if not m:
        return False
    return not any(w[:1].isupper() or w[:1] in '«"' for w in m.group("rest").split())


# "Об этом сообщает Причиной для приговора стали…", "Об этом сказала газета Источники издания
# уведомили…": the source was a link and went, and the next sentence ran into the attribution.
_SOURCE_LOST = re.compile(
    r"^об этом\s+(?:[^\s,]+\s+){0,3}?(?:сообщ|пиш|переда|информир|сказа|заяви|рассказа|говор)\w*"
    r"[^,]*?\s(?-i:[А-ЯЁ])[^,]*?(?<!\sи)(?<!\sа)(?<!\sно)\s(?-i:[а-яё]{3,}(?:ли|ла|ло|л))\b",
    re.I,
)


# "…Но кто знает? написал Туск в Twitter": the quote marks and the dash went, and the speaker's
# verb opens a sentence in lower case (or follows a stop inside one). What stood before it in the
# paragraph was somebody's words, not the article's narration.
SPEECH_TAIL = re.compile(
    r"(?:^|[.!?…]\s+)(?:[—–-]\s*)?(?:написал|написала|сказал|сказала|заявил|заявила|отметил|отметила"
    r"|добавил|добавила|подчеркнул|подчеркнула|говорит|пишет|считает|резюмировал|резюмировала"
    r"|продолжил|продолжила|продолжает|уточнил|уточнила|пояснил|пояснила)\s+(?-i:[А-ЯЁ])"
)
# A video's chapters: "0:45 — …", "13:26 — …" opening a line.
TIMECODE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*[—–-]\s")


# A verb, a short participle or a predicative word: a sentence needs one ("Кризис обостряется",
# "Пострадавших нет", "Приговор отменен"). Nouns that end the same way only make a sentence look
# complete, the safe side.
_VERBISH = re.compile(
    r"^[а-яё-]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ёт|ют|ут|ит|ят|ат|ется|ются|ится|ятся|ешь"
    r"|ишь|ать|ять|ить|еть|ыть|уть|ти|чь|ться|н|на|но|ны|ен|ан|ян|ено|ена|ены)$"
    r"|^(?:нет|можно|нужно|надо|нельзя|должен|должна|должны|готов|готова|готовы|есть)$"
)
_LOWER_WORD = re.compile(r"(?<![\w-])[а-яё][а-яё-]*")
# The site speaking in the first person plural: "Анализируем возможные расклады…".
_SITE_VOICE = re.compile(
    r"^(?:Анализируем|Рассказываем|Разбираемся|Разбираем|Публикуем|Объясняем|Выясняем|Отвечаем"
    r"|Показываем|Вспоминаем|Собрали|Рассказали|Разобрались|Начнем|Начнём|Продолжим|Завершим)\b"
)


# The predicate opening the sentence, capitalized: "Объявлены финалисты премии…", "Начался
# саммит…". Not a first name before a surname ("Иван Петров", "Елена Малышева"), nor an
# infinitive.
_OPENING_PREDICATE = re.compile(r"^[«\"„]?([А-ЯЁ][а-яё-]{3,})\s+(?=[а-яё])")


# Where a photo's people stand: "Император (справа) с президентом…", "(второй слева)", "(на фото)"
_PHOTO_PLACE = re.compile(
    r"\((?:(?:второй|вторая|третий|третья|крайний|крайняя)\s+)?(?:справа|слева|в центре|на фото|"
    r"на снимке)\)",
    re.I,
)


def verbless(text: str) -> bool:
    """A short sentence with no verb: a caption, an epigraph's credit, a heading run into the
    text, or the tail of a sentence the page broke ("Сильнее всего набивших оскому Демократам").
    A dash makes a sentence of its own ("Вашингтон – бог-отец"). A caption placing its people
    ("Император (справа) с президентом…") may be longer."""
    words = text.split()
    if (len(words) > 15 and not _PHOTO_PLACE.search(text)) or re.search(r"\s[—–-]\s|:", text):
        return False
    opening = _OPENING_PREDICATE.match(text.strip())
    word = opening.group(1).lower() if opening else ""
    if word and _VERBISH.match(word) and not re.search(r"(?:ть|ться|ти|чь)$", word):
        return False  # an infinitive first is a call ("Проголосовать за … можно…"), no news
    return not any(_VERBISH.match(w) for w in _LOWER_WORD.findall(text))


# Five Latin words in a row: a tweet or a passage in English glued to a Russian sentence. Not a
# name of capitalised words ("фонду ADQ (Abu Dhabi Development Holding Co)"): a passage has at
# least two words in lower case.
_FOREIGN_RUN = re.compile(r"(?:\b[A-Za-z][A-Za-z'’-]*[,.!?:;]*\s+){4,}[A-Za-z][A-Za-z'’-]*")


# Lower-case words a name in English or another Latin-script language keeps between its
# capitalized ones: "Industrial and Commercial Bank of China", "Banco de la Nación".
_NAME_JOINERS = frozenset(
    "of and the for de del della di da du la le les von van der den y e et & in on at to".split()
)


def foreign(text: str) -> bool:
    """Holds a passage in a Latin-script language, not only a foreign name (a name keeps its
    words capitalized but for joiners like "of", "and": "Industrial and Commercial Bank of
    China" is a bank, not a sentence in English)."""
    return any(
        sum(
            w[:1].islower() and w.strip(",.!?:;").lower() not in _NAME_JOINERS
            for w in m.group().split()
        )
        >= 2
        for m in _FOREIGN_RUN.finditer(text)
    )


# "Об этом заявил…", "Такое заявление сделал…": who said what the sentence before says. Only a
# speaker's verb: "Об этом сообщает Reuters" gives the news its source, not its speaker.
ATTRIBUTION_START = re.compile(
    # "Об этом сообщил вице-премьер…" (not "Об этом он сообщил, комментируя…": no one named)
    r"^об этом\s+(?!(?:он|она|они)\b)(?:\S+\s+){0,5}сообщил"
    r"|^(?:об этом\s+(?:\S+\s+){0,5}"  # "Об этом в разговоре с ТАСС заявил…"
    r"|(?:такое (?:заявление|мнение)|с таким заявлением|эти слова|так)\s+(?:\S+\s+){0,3})"
    r"(?:заявил|сказал|отметил|подчеркнул|считает|полагает|признал|объявил|рассказал|пояснил"
    r"|добавил|написал|заверил|предупредил|уверен|убежден|прокомментировал|ответил"
    r"|сделал|высказал|выступил)",
    re.I,
)
# "Об этом сообщает РИА Новости.", "Как передает Укринформ, об этом сообщается на сайте
# Нацполиции.": a news outlet credited, and nothing of the news. Not "Об этом сообщил Песков" (a
# speaker), "Об этом пишет Reuters со ссылкой на источники" (where the claim comes from) or "Об этом
# говорится в отчете компании" (the document that makes it).
_CREDIT = re.compile(
    r"^(?P<agency>как\s+(?:передает|передаёт|сообщает|пишет|информирует)\s+[^,]{1,60},\s*)?"
    r"об\s+этом\s+(?:[^\s,]+\s+){0,3}?(?P<verb>сообщает|сообщают|пишет|пишут|передает|передаёт"
    r"|передают|информирует|сообщается|говорится"
    r"|сообщило|написало|передало|сообщил|сообщила|сообщили|написал|написала|передал|передала)"
    r"\s+(?P<source>[^.!?]{1,80})[.!]?$",
    re.I,
)
# The past tense credits an outlet only where nobody else can be its subject: a neuter verb ("Об
# этом сообщило РИА Новости": no person is neuter) or an outlet named by its kind ("сообщил
# телеканал Fox 10"). "Об этом сообщил ТАСС вице-премьер…", "сообщили ТАСС в посольстве" name who
# told the outlet: a speaker.
_MEDIUM_KIND = re.compile(
    r"(?:информационное\s+|новостное\s+)?(?:агентство|издание|газета|журнал|телеканал"
    r"|радиостанция|портал)\s",
    re.I,
)
_MEDIUM = re.compile(
    r"(?i:\b(?:агентств|издани|газет|журнал|телеканал|радиостанц|портал|корреспондент|СМИ\b))"
    r"|\b(?:РИА|ТАСС|Интерфакс|РБК|Reuters|Bloomberg|Associated Press|AP|AFP|Франс Пресс"
    r"|Синьхуа|УНИАН|УНН|Укринформ|Коммерсант|Ведомост|Известия|BBC|Би-би-си|CNN|Sputnik"
    r"|Спутник|ПРАЙМ|Прайм|Lenta|Лента|Газета|The\s+[A-Z])"
    r"|\w\.(?i:ru|ua|by|kz|com|net|org)\b"
)
_CLAIM_SOURCE = re.compile(
    r"ссыл|источник|данны|сообщени|заявлени|отчет|отчёт|доклад|документ", re.I
)


_CREDITED = re.compile(
    r",\s*(?:пишет|пишут|передает|передаёт|передают|сообщает|сообщают|информирует)\s+[^,!?]{1,60}$",
    re.I,
)


# "Документ опубликован на официальном портале правовой информации.", "Соответствующий указ
# опубликован на сайте главы государства.": only where a document was published, no news (a wiki
# text's link on "опубликован" kept it out until the cleaning took the address away).
_NO_CLAUSE = r"(?!\s(?:и|а|но|где|когда|чтобы|котор\w*)\s)[^,;:!?«»\"]"  # no second clause
_PUBLISHED = re.compile(
    r"^(?:соответствующ(?:ий|ее|ая)\s+|этот\s+|это\s+|эта\s+)?(?:документ|указ|закон|распоряжение"
    r"|постановление|приказ|решение|текст\s+(?:документа|указа|закона|распоряжения))\s+"
    r"(?:был[аио]?\s+)?(?:опубликован|размещ[её]н)[аоы]?\s+на\s+(?:"
    + _NO_CLAUSE
    + r"){0,80}?(?:портале|сайте)\b(?:"
    + _NO_CLAUSE
    + r"){0,80}[.!]?$",
    re.I,
)


def credit(text: str) -> bool:
    """Only credits a news outlet with the sentence before (the outlet is no party to the news),
    or only says where a document was published."""
    if _PUBLISHED.match(text.strip()):
        return True
    m = _CREDIT.match(text.strip())
    if m is None or _CLAIM_SOURCE.search(m.group("source")):
        return False
    if m.group("agency"):
        return True  # "Как передает X, об этом сообщается на сайте…": the agency's own credit
    # the outlet first: "Об этом сообщает офис премьер-министра, передает Reuters" names a party
    first = m.group("source").split(",")[0]
    verb = m.group("verb").lower()
    if verb.endswith(("л", "ла", "ло", "ли")):  # the past tense
        return bool(
            _MEDIUM_KIND.match(first + " ") or (verb.endswith("ло") and _MEDIUM.match(first))
        )
    return m.group("verb").lower() not in ("сообщается", "говорится") and bool(
        _MEDIUM.search(first)
    )


# A reporting verb or phrase: the sentence names who speaks.
REPORTED = re.compile(
    r"\b(?:заяв|сказа|сообщ|отмети|отмеча|подчеркн|добави|написа|поясни|счита|призна|цитиру|говори"
    r"|рассказа|уточни|констатирова|резюмирова|продолжи|ответи|объясни|указа|предупреди|напомни"
    r"|завери|полага|убежд|уверен|пообеща|обеща|призва|потребова|назва|возмути|раскритикова"
    r"|прокомментирова|выступи)\w*"
    r"|\bпо (?:\w+ )?(?:словам|мнению|данным|информации)\b",
    re.I,
)

# A teaser that announces the story instead of telling it: "О том, кто купил права на жизненно
# важное лекарство и поднял цену с $13,5 до $700." (no main clause: what it announces follows)
_TEASER = re.compile(
    r"^о\s+том,\s+(?:кто|как|почему|зачем|где|куда|откуда|когда|сколько|чем|чего|како\w*"
    r"|каки\w*)\b",
    re.I,
)


def teaser(text: str) -> bool:
    """A sentence that only announces what the article tells (see `_TEASER`)."""
    stripped = text.strip()
    m = _TEASER.match(stripped)
    # no comma past "О том,": "О том, как …, журналист поговорил с …" has its main clause
    return m is not None and ", " not in stripped[m.end() :] and not REPORTED.search(stripped)


# Direct speech: a quote or a dialogue dash opening the sentence.
QUOTE_START = re.compile(r"^\s*(?:[«\"„“]|[—–-]\s)")
# Where a quote that opens a sentence closes: speech closes at the end or before the dash of its
# attribution ("«…», — заявил он"); a quoted name ("«Северный поток — 2» поможет…") goes on.
_SPEECH_AFTER = re.compile(r"^\s*[,.!?…]*\s*(?:[—–−-]|$)")
# A word lost before the full stop: "ушел министр по выходу Великобритании из ." (a link).
_LOST_WORD_END = re.compile(
    r"\s(?:в|во|на|из|с|со|к|о|об|от|за|для|до|при|по|у|через|против|между|и|или|как|что|чтобы"
    r"|когда|где|который|которая|которые)\s*[.!?]$"
    r"|\S\s+(?:…|\.\.\.)$"  # a teaser the site cut: "…на президентских в …"
    r"|&[a-z#\d]*(?:…|\.\.\.)?$",  # cut inside an HTML entity: "…а ее муж &n..."
    re.I,
)

# Not article text: bylines, photo credits, cross-links, comment-section and subscription lines.
BOILERPLATE = re.compile(
    r"^(?:читайте(?: также)?|смотрите также|подробнее (?:читайте|здесь|по ссылке)|реклама$"
    r"|подписывайтесь|подпишитесь|присоединяйтесь к нам|следите за (?:новостями|нами)|отправлено в"
    r"|материал из|перепечатка|использование (?:любых )?материалов|точка зрения автора|авторизуй"
    r"|оставлять комментарии|материалы иносми|поделиться|новости по теме|нашли ошибку"
    r"|ранее мы (?:писали|сообщали)|все права защищены|копирование материалов|фото(?:графия)?$"
    r"|материалы по теме|самое (?:читаемое|популярное)|нажимая на кнопку"
    # a dateline alone: "МОСКВА, 30 июл – ПРАЙМ."
    r"|[А-ЯЁ]{3,}(?:-[А-ЯЁ]+)?,\s*\d{1,2}\s+[а-яё]{3,}\.?(?:\s+\d{4})?(?:\s*[–—-])?[\s\w«»\".-]{0,30}$)"
    r"|(?:фото|иллюстрация|источник|видео|автор|текст)\s*:|©|\bgetty images\b|\bcookie|файлы куки"
    r"|^\d{1,2}:\d{2}(?::\d{2})?\s*[—–-]\s"  # a video's chapter: "13:26 — Трамп вводит…"
    r"|согласие на обработку"
    r"|^(?-i:[a-z][\w.-]{2,20}):\s",  # a reader's comment under a nickname: "ukov: Видимо, …"
    re.I,
)


# "Как сообщал УНИАН, санкции за «Северный поток — 2».": a link to an earlier story, its
# headline after the source, no verb; the link itself went with the page.
_EARLIER_STORY = re.compile(
    r"^(?:как\s+)?(?:уже\s+)?(?:ранее\s+)?(?:сообщал|писал|информировал)\w*\s+[^,]{1,40},\s*(?P<rest>.+)$",
    re.I,
)


def earlier_story_link(text: str) -> bool:
    m = _EARLIER_STORY.match(text)
    return m is not None and verbless(outside_quotes(m.group("rest")))


def stems(text: str) -> list[str]:
    """Content words of `text`, lower-cased and cut to STEM_CHARS characters."""
    return [
        w[:STEM_CHARS]
        for w in (m.group().lower() for m in _WORD.finditer(text))
        if w not in STOPWORDS and (len(w) > 2 or w.isdigit())
    ]


def names(text: str) -> list[str]:
    """Proper-name stems: capitalized words not opening a sentence, and acronyms (МВД, НАТО).

    A cheap stand-in for NER that costs microseconds instead of natasha's ~20 ms per article.
    """
    found = [m.group()[:STEM_CHARS].lower() for m in _CAPITALIZED.finditer(text)]
    found += [m.group().lower() for m in _ACRONYM.finditer(text)]
    return [n for n in found if n not in STOPWORDS]


_FIRST_PERSON = re.compile(
    r"\b(?:я|мы|мне|меня|мной|нас|нам|нами|наш|наша|наше|наши|нашего|нашей|нашим"
    r"|наших|нашу|мой|моя|моё|мое|мои|моего|моей|моих)\b",
    re.I,
)
# Speaking in the first person: someone talks, and the sentence must say who.
_SPEAKER_PERSON = re.compile(
    r"\b(?:я|мы|мне|меня|мной|нас|нам|нами|мой|моя|моё|мое|мои|моего|моей|моих)\b"
    # a verb in the first person opening the sentence: "Горжусь тем, что…", "Считаю, что…"
    r"|^[«\"„]?(?:[А-ЯЁ][а-яё]+(?:юсь|усь|аю|яю|ею)|Хочу|Могу|Прошу|Уверен|Уверена|Рад|Рада"
    r"|Констатирую|Благодарю|Поздравляю|Призываю|Требую|Обещаю)\b"
    # someone addressed by name and patronymic, then as "вы": "Максим Станиславович, вы человек
    # молодой…" is somebody's words to him, whoever says them
    r"|^[«\"„]?(?-i:(?:Уважаем[а-яё]+\s+)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична"
    r"|инична)),(?=.*?\b(?:вы|вас|вам|вами|ваш[а-яё]*|ты|тебя|тебе|тобой|тво[а-яё]+)\b)",
    re.I,
)


# A quoted name of a few words inside a sentence, capitalized as names are: a campaign, a film, a
# slogan ("акцию «Я тоже доброволец»"); not words quoted after a colon, nor "что «мы видим…»".
_SHORT_QUOTE = re.compile(r"(?<=[^\s:])\s*(?:«[А-ЯЁA-Z][^«»]{0,40}»|\"[А-ЯЁA-Z][^\"]{0,40}\")")


_MISTYPED_OPENING = re.compile(r"(?:(?<=\s)|^)»(?=\w)")


# what follows a "»" that closes two quotes: a stop, or a comma or dash before the narration
_WORDS_OPEN = re.compile(r"(?::|\bчто,?)\s*$", re.I)
_AFTER_SHARED = re.compile(r"\s*(?:[.!?…,;]|[—–-]\s)")


def shared_closing(text: str) -> bool:
    """A quote within a quote, both closed by one "»", as Russian type often sets them
    ("…действия в отношении России «в знак солидарности» с Великобританией…" after "стран,
    «предпринявших…"): narration quoting a phrase, not a piece of a longer quote. Only in a
    sentence that does not itself open with the quote."""
    if text.lstrip()[:1] in '«"„“—–-' or "»" not in text or text.count("«") != text.count("»") + 1:
        return False
    first, last = text.index("«"), text.rindex("»")
    if _WORDS_OPEN.search(text[:first]) or not _AFTER_SHARED.match(text, last + 1):
        # "Захарова: «…", "Посол добавил, что «…": someone's words, which often run on past the
        # sentence; "…«риска интервенций» с российской стороны.": the outer quote runs on past
        # the inner one, not closed with it
        return False
    depth, deepest = 0, 0
    for ch in text:
        if ch in "«»":
            depth += 1 if ch == "«" else -1
            deepest = max(deepest, depth)
    return deepest >= 2 and depth == 1


def unbalanced_quotes(text: str) -> bool:
    """A quote opened and not closed (or closed and not opened): a piece of a longer quote.

    A "»" opening a word is a "«" the site mistyped ("сообщает »Би-би-си»")."""
    text = _MISTYPED_OPENING.sub("«", text)
    opened = text.count("«") - (1 if shared_closing(text) else 0)
    if opened != text.count("»") or text.count('"') % 2:
        return True
    if "„" in text:
        return text.count("„") != text.count("“")
    return text.count("“") != text.count("”")


@dataclass(frozen=True)
class SentenceFeatures:
    """What the ranker knows about one sentence besides its words."""

    chars: int
    has_figure: bool  # a quantity with its unit: "18,3 млрд долларов", "на 60%"
    dangling: bool  # opens with a reference to what came before, or points to a place before
    quote: (
        bool  # direct speech: opens with a quote or dash, continues one, or speaks in first person
    )
    question: bool
    boilerplate: bool
    link: bool  # a URL, e-mail, @handle or #hashtag: noise in a chat reply
    fragment: bool  # a heading, caption or byline: a line of its own without a closing stop
    unfinished: bool = False  # the text's last sentence, cut off mid-way (a truncated article)
    cut_start: bool = False  # opens its paragraph in lower case: the page lost its beginning
    open_quote: bool = False  # a piece of a longer quote: inside one, or its marks do not pair up
    unattributed: bool = False  # someone speaks ("Горжусь тем, что…") and the sentence says not who
    attribution: bool = False  # "Об этом заявил…": says who said the sentence before
    reported: bool = False  # names its speaker with a reporting verb ("заявил", "по словам")
    foreign: bool = False  # holds a passage in another language (a tweet quoted in English)
    verbless: bool = False  # no verb: a caption, a credit, a broken-off piece of a sentence
    background: bool = False  # "Ранее…", "Напомним…", "В мае прошлого года…": not the news
    earlier: bool = False  # "В апреле…", "После начала операции…": an earlier month, in the past
    dated: bool = False  # opens with a year: "В начале 2020 года…", a story's past as a rule
    unharmed: bool = False  # "никто не пострадал", "жертв нет": said once is enough
    # says what a lead's "X прокомментировал Y." left out: X's words (see ranking._comment_told)
    answers: bool = False
    # large amounts as written, with their magnitude: "12,1 трлн руб." is ("12,1", "трл")
    totals: tuple[tuple[str, str], ...] = ()
    credit: bool = False  # "Об этом сообщает РИА Новости.": an outlet credited, no news
    credited: bool = False  # "…, пишет сайт kp.ru.": the news with its outlet named at its end


# "превысила 12 трлн руб." and "достигла 12,1 трлн руб.": the same total, rounded once
_TOTAL = re.compile(
    r"(?<![\d.,])(\d{1,4}(?:[.,]\d{1,3})?)\s?(трлн|млрд|млн|триллион|миллиард|миллион)", re.I
)
_MAGNITUDE = {
    "трлн": "трл",
    "триллион": "трл",
    "млрд": "мрд",
    "миллиард": "мрд",
    "млн": "млн",
    "миллион": "млн",
}


def totals(text: str) -> tuple[tuple[str, str], ...]:
    """The large amounts a sentence states, as written, each with its magnitude."""
    return tuple((m.group(1), _MAGNITUDE[m.group(2).lower()]) for m in _TOTAL.finditer(text))


# What came before the news: "Ранее глава МИД заявлял…", "Напомним, …", "Global Times ранее
# писала…", "В ноябре прошлого года певица попала в больницу". Background a summary gives only
# when nothing of the news itself is left.
_BACKGROUND = re.compile(
    r"^(?:[«\"„(]\s*)?(?:(?:также\s+|еще\s+|ещё\s+)?ранее\b|напомним\b|как\s+(?:уже\s+)?сообщал"
    r"|как\s+(?:ранее\s+)?(?:писал|сообщал|рассказывал)|в\s+(?:прошлом|позапрошлом)\s+году\b"
    r"|в\s+\S+\s+(?:прошлого|позапрошлого)\s+года\b)"
    r"|^(?:[^\s,]+\s+){1,5}ранее\s+(?:писа|сообща|сообщи|заяви|заявля|говори|рассказ|отмеча"
    r"|отмети|указыва|сказа)\w*"
    # "…, сообщала ранее директор центра": the same, the verb first
    r"|^.*?\b(?:писа|сообща|сообщи|заяви|заявля|говори|рассказ|отмеча|отмети|сказа)\w*\s+ранее\b",
    re.I,
)
# "Консерватизм — это приверженность традиционным ценностям…": a definition, what a reader may
# look up, not the news
_DEFINITION = re.compile(
    r"^[«\"]?[А-ЯЁA-Z][\w-]*(?:\s+[а-яёa-z][\w-]*)?[»\"]?\s+[—–-]\s+это\s+(?!(?:был|была|было|были"
    r"|будет|не)\b)",
)
# "В апреле президент корпорации направил…", "Лидеры фракций в начале июня призвали…", "После
# начала военной операции ЕС ввел санкции…": an earlier month or the war's start, told in the past
# tense, is what led up to the news; the news itself says "в пятницу", "13 июня".
_MONTH_PAST = re.compile(
    r"^(?:в|во)\s+(?:(?:начале|конце|середине|первой половине|второй половине)\s+)?(?:январе"
    r"|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\b"
    r"|^(?:\S+\s+){0,4}в\s+(?:начале|конце|середине)\s+(?:января|февраля|марта|апреля|мая|июня"
    r"|июля|августа|сентября|октября|ноября|декабря)\b"
    r"|^после\s+начала\s+(?:\S+\s+){0,2}(?:операции|спецоперации)\b",
    re.I,
)
# ... not a plan or a forecast for that month ("В декабре этого года ставка будет…")
_FUTURE = re.compile(
    r"\b(?:будет|будут|буду|станет|станут|планиру\w*|намерен\w*|собира\w*|ожида\w*|должн\w*"
    r"|может|могут|следующего|предстоит)\b",
    re.I,
)


# "Захарова прокомментировала отставку Джонсона.": that she spoke, not what she said (no "что",
# "назвав…", quote or colon after the verb)
_COMMENTED = re.compile(
    r"\bпрокомментировал[аи]?\b(?![^.!?]*?(?:,\s*(?:что|назвав|заявив|отметив|сказав|указав"
    r"|подчеркнув|добавив|пояснив|выразив)\b|[«:\"]))",
    re.I,
)


def comment_without_words(text: str) -> bool:
    """Says that somebody commented on something and not what they said."""
    return bool(_COMMENTED.search(text))


def earlier_month(text: str) -> bool:
    """Opens with an earlier month (or the war's start) and tells it in the past."""
    return bool(_MONTH_PAST.match(text)) and not _FUTURE.search(text)


# "В начале 2020 года Захарова заявила…", "В 2016 году здесь выиграл Трамп": a sentence dated by
# its year at its start tells a story's past; the news says "в понедельник", "14 октября".
_DATED = re.compile(
    r"^(?:в|во)\s+(?:(?:начале|конце|середине|первой половине|второй половине)\s+)?"
    r"(?:\d{4}\s+год[ау]|\d{4}-(?:х|м)\b)",
    re.I,
)


# That nobody was hurt: articles repeat it from each source ("по данным РИА…", "администратор
# заявила…"), and a summary of two such sentences says it twice.
_UNHARMED = re.compile(
    r"\b(?:никто\s+не\s+(?:пострадал|погиб|ранен)|пострадавших\s+нет|жертв\s+нет|погибших\s+нет"
    r"|обошлось\s+без\s+(?:жертв|пострадавших)|без\s+пострадавших)\b",
    re.I,
)


# A quote closed and attributed: "…«веселуха», — заявила певица". Whatever marks the page left
# unpaired inside it, the speech ends here.
_SPEECH_END = re.compile(r"[»\"“]\s*,?\s*[—–-]\s+[а-яё]")


# A paragraph announcing a person's words on the next one: "После чего Путин ответил:", "на что
# тот ответил:". Not a document's or a site's text ("говорится в сообщении ведомства:").
_SPEECH_FRAME = re.compile(
    r"\b(?:ответил|ответила|сказал|сказала|заявил|заявила|добавил|добавила|спросил|спросила"
    r"|продолжил|продолжила|произн[её]с|произнесла|обратился|обратилась)(?:\s+[^\s:]+){0,3}\s*:\s*$"
)


# A document's own words under the line that cites it ("Соответствующий указ опубликован на
# портале:" / "Внести в состав Совета … изменение, исключив из него…"): an order in the infinitive.
_ORDER = re.compile(
    r"^[«\"„]?(?:Внести|Утвердить|Назначить|Освободить|Исключить|Включить|Установить|Признать"
    r"|Поручить|Отменить|Создать|Образовать|Присвоить|Наградить|Упразднить|Возложить|Определить"
    r"|Одобрить|Рекомендовать|Предложить|Обязать|Разрешить|Запретить|Считать|Ввести|Продлить)\s"
)


def in_speech(sentences: Sequence[str], paragraphs: Sequence[int]) -> list[bool]:
    """Whether each sentence sits inside direct speech that began before it.

    razdel splits a long quote into sentences; only the first one opens with «, the rest would
    pass for narration. A paragraph opening with a dialogue dash is speech to its end; so is one
    under a paragraph that ends "…Путин ответил:" (a pasted page that lost the quote marks), and
    a document's order under the line that cites it ("…опубликован на портале:" / "Внести…").
    A « left open at a paragraph's end runs on into the next paragraph only when that one closes
    it and names the speaker ("…Батуми», — сказал он"): a page that broke one quote in two.
    """
    out: list[bool] = []
    depth, straight, dialogue, current = 0, 0, False, None
    before = ""
    texts: dict[int, list[str]] = {}
    for text, paragraph in zip(sentences, paragraphs, strict=False):
        texts.setdefault(paragraph, []).append(text)
    for text, paragraph in zip(sentences, paragraphs, strict=False):
        if paragraph != current:
            whole = " ".join(texts[paragraph])
            carried = (
                depth > 0
                and whole.count("»") > whole.count("«")
                and bool(_SPEECH_END.search(whole))
            )
            depth, straight, current = (depth if carried else 0), 0, paragraph
            framed = bool(
                _SPEECH_FRAME.search(before)
                or (before.rstrip().endswith(":") and _ORDER.match(text))
            )
            dialogue = framed or bool(re.match(r"\s*[—–-]\s", text))
            out.append(framed or carried)
        else:
            out.append(dialogue or depth > 0 or straight % 2 == 1)
        shared = depth == 0 and shared_closing(text)  # its own quotes, closed at once
        depth = max(0, depth + text.count("«") - text.count("»") - shared)
        straight += text.count('"')
        if _SPEECH_END.search(text):
            depth, straight = 0, 0  # a nested «…» the page never closed does not run on
        before = text
    return out


_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|„[^„“]*“|“[^“”]*”")


def outside_quotes(text: str) -> str:
    """The text with its quoted passages taken out (nested ones too): the narration around them."""
    previous = None
    while previous != text:
        previous, text = text, _QUOTED.sub(" ", text)
    return text


_CLOSING = {"«": "»", '"': '"', "„": "“", "“": "”"}


def _opens_speech(text: str) -> bool:
    """Direct speech opening the sentence: a dialogue dash, or a quote that runs to the end or to
    the dash of its attribution (nested quotes of another kind inside it are skipped)."""
    text = text.lstrip()
    if not QUOTE_START.match(text):
        return False
    opening = text[0]
    if opening not in _CLOSING:
        return True  # a dialogue dash
    closing, depth = _CLOSING[opening], 0
    for k, ch in enumerate(text[1:], 1):
        if ch == closing and depth == 0:
            return bool(_SPEECH_AFTER.match(text[k + 1 :]))
        if opening == "«" and ch in "«»":
            depth += 1 if ch == "«" else -1
    return True  # it runs past the sentence


def sentence_features(
    text: str,
    alone: bool = False,
    speech: bool = False,
    last: bool = False,
    opens_paragraph: bool = False,
) -> SentenceFeatures:
    """`alone`: the sentence is its paragraph (captions and bylines stand alone on their line);
    `speech`: it continues direct speech opened before it (see `in_speech`); `last`: it ends the
    text, so missing final punctuation means the text was cut there, not that it is a heading;
    `opens_paragraph`: it is its paragraph's first sentence."""
    stripped = text.strip()
    words = len(stripped.split())
    ends = stripped.rstrip('»"”)’ ')[-1:] if stripped else ""
    fragment = alone and ends not in (".", "!", "?", "…")
    opens_quote = _opens_speech(stripped)
    # "акцию «Я тоже доброволец»": a first person in a quoted name is nobody speaking
    voiced = _SHORT_QUOTE.sub(" ", stripped)
    quote = speech or opens_quote or bool(_FIRST_PERSON.search(voiced))
    reported = bool(REPORTED.search(stripped))
    speaks = speech or opens_quote or bool(_SPEAKER_PERSON.search(voiced))
    return SentenceFeatures(
        chars=len(stripped),
        has_figure=bool(_FIGURE.search(stripped)),
        dangling=bool(
            DANGLING_START.match(stripped)
            or _DEICTIC.match(stripped)
            or bare_person(stripped)
            or _JUST_THAT.search(stripped)
        ),
        quote=quote,
        question=stripped.endswith("?"),
        boilerplate=bool(BOILERPLATE.search(stripped) or _SITE_VOICE.match(stripped))
        or words < 3
        or earlier_story_link(stripped),
        link=bool(_LINK.search(stripped)),
        fragment=fragment or teaser(stripped) or bool(_LIST_ROW.match(stripped)),
        # stops on a word, a digit or a comma: cut mid-phrase (an emoji or a closing quote is an end)
        unfinished=(
            last and not fragment and (stripped[-1:].isalnum() or stripped[-1:] in ",:(-–—")
        )
        or bool(_LOST_WORD_END.search(stripped))
        or stripped.endswith(";")  # a piece of a list the splitter cut at its semicolon
        # "Об этом он заявил в Twitter:" announces the paragraph after it (a quote, a list) and
        # says nothing alone: next to any other sentence it reads as if that were the quote
        or stripped.endswith(":")
        or bool(_SOURCE_LOST.match(stripped))
        or stripped.count("(") > stripped.count(")"),  # cut inside a parenthesis
        cut_start=opens_paragraph and stripped[:1].islower(),
        open_quote=speech or unbalanced_quotes(stripped),
        # the reporting verb must stand outside the quote: "«…как мы говорили в пресс-релизе…»"
        # names nobody
        unattributed=speaks and not REPORTED.search(outside_quotes(stripped)),
        attribution=bool(ATTRIBUTION_START.match(stripped)) and reported,
        reported=reported,
        foreign=foreign(stripped),
        verbless=verbless(stripped),
        background=bool(_BACKGROUND.match(stripped) or _DEFINITION.match(stripped)),
        earlier=earlier_month(stripped),
        dated=bool(_DATED.match(stripped)),
        unharmed=bool(_UNHARMED.search(stripped)),
        totals=totals(stripped),
        credit=credit(stripped),
        credited=bool(_CREDITED.search(stripped)),
    )
