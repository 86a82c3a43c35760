"""Word lists for "who said what": speech verbs, role nouns, organization nouns, relays.

Kept apart from the rules so that a missed verb or title is a one-line fix. Everything here is
general Russian news vocabulary; nothing is taken from particular articles.
"""

from __future__ import annotations

from ...text import fold


def words(text: str) -> frozenset[str]:
    """Words folded the way tokens are (lower case, ё as е)."""
    return frozenset(fold(w) for w in text.split())


# Verbs that report a statement: "X заявил, что …", "«…», — сказал X", "как отметил X".
SAY_VERBS = words("""
заявить заявлять сказать говорить отметить отмечать подчеркнуть подчёркивать подчеркивать
сообщить сообщать добавить добавлять пояснить пояснять признать признавать признаться
признаваться напомнить напоминать заключить констатировать указать указывать уточнить уточнять
объяснить объяснять рассказать рассказывать подтвердить подтверждать заверить заверять уверить
уверять утверждать считать полагать предупредить предупреждать заметить замечать ответить
отвечать возразить возражать парировать написать писать объявить объявлять пообещать обещать
отрицать опровергнуть опровергать высказаться высказываться резюмировать подытожить посетовать
сетовать пожаловаться жаловаться надеяться опасаться сомневаться настаивать допустить допускать
прокомментировать комментировать анонсировать уведомить уведомлять проинформировать
информировать известить акцентировать выразить выражать отреагировать убеждать рассчитывать
добавлять сообщать твитнуть цитировать процитировать передать передавать намекнуть
намекать приводить привести обратить обращать
""")

# Verbs whose content is an infinitive or a noun phrase: "призвал США прекратить …".
DIRECTIVE_VERBS = words("""
призвать призывать потребовать требовать предложить предлагать рекомендовать попросить просить
пригрозить грозить поручить поручать
""")

# Directive verbs whose infinitive content retells a proposal or a demand ("Еврокомиссия
# предложила запретить …", "потребовал открыть дело …"): a narrated act, not the speaker's
# words. A call ("призвал прекратить огонь") reads as what was said and stays shown.
NARRATED_DIRECTIVES = words("""
потребовать требовать предложить предлагать рекомендовать попросить просить пригрозить грозить
поручить поручать
""")

# "выступил за/против …": a stated position.
POSITION_VERBS = words("выступить выступать")

# Speech verbs with no subject of their own: "отмечается, что …", "говорится в сообщении".
IMPERSONAL_VERBS = words("""
отмечаться подчеркиваться подчёркиваться сообщаться указываться говориться уточняться
заявляться утверждаться констатироваться
""")

# Passive participles used impersonally: "Отмечено, что …", "Заявлено, что …".
IMPERSONAL_PARTICIPLES = words("""
отмечено подчеркнуто подчёркнуто заявлено сообщено указано уточнено сказано добавлено
""")

# Verbs by which a newsroom relays someone else's report: a news outlet is then not a speaker.
RELAY_VERBS = words("""
сообщить сообщать писать написать передать передавать цитировать процитировать информировать
проинформировать рассказать рассказывать опубликовать публиковать
""")

# What an outlet does when it retells facts rather than states a view of its own ("как отмечает
# Reuters, парламент принял …", "напоминает РИА Новости"): no statement of the outlet's.
MEDIA_RELAY_VERBS = RELAY_VERBS | words("""
отметить отмечать уточнить уточнять напомнить напоминать указать указывать добавить добавлять
подтвердить подтверждать сообщаться
""")

# The imperfective relay verbs newsrooms use of themselves and each other: "как сообщал УНИАН",
# "пишет Bild". A proper-named organization doing this is taken for an outlet.
OUTLET_VERBS = words("сообщать писать передавать информировать публиковать")

# Verbs whose subject quotes somebody else: "«…», — цитирует Reuters министра".
QUOTING_VERBS = words("цитировать процитировать приводить привести")

# Verbs that may carry a bare noun phrase as their content: "отметил неудовлетворительную работу".
# ("признать" is not one: "признала жалобу приемлемой" is a ruling, not a statement.)
NP_CONTENT_VERBS = words("""
отметить отмечать подчеркнуть подчеркивать подчёркивать подтвердить подтверждать констатировать
опровергнуть опровергать анонсировать объявить объявлять пообещать обещать
""")

# Verbs that take "о/об …" as their content: "заявил о намерении …".
ABOUT_VERBS = words("""
заявить заявлять сообщить сообщать рассказать рассказывать говорить сказать объявить объявлять
напомнить напоминать предупредить предупреждать уведомить уведомлять проинформировать
информировать известить высказаться высказываться
""")

# Opinion adjectives: "Министр уверен, что …".
OPINION_ADJECTIVES = words("уверен уверена уверены убежден убеждена убеждены убеждён убеждёна")

# Nouns that introduce the speaker's words: "сделал следующее заявление:".
SPEECH_NOUNS = words("""
заявление заявления слова словами запись записи пост посте сообщение сообщения обращение
обращении следующее твит твите текст комментарий комментарии
""")

# Titles and relations that name a person: "президент Казахстана", "глава государства".
ROLE_NOUNS = words("""
президент премьер премьер-министр министр замминистра министр-президент глава замглава
председатель зампред сопредседатель руководитель директор гендиректор замдиректор управляющий
канцлер король королева принц монарх султан эмир шейх мэр губернатор посол постпред полпред
консул дипломат спикер пресс-секретарь представитель советник помощник депутат сенатор
конгрессмен лидер политик чиновник адвокат защитник юрист прокурор генпрокурор судья
следователь муж жена супруг супруга сын дочь отец брат сестра кандидат генсек секретарь
командующий командир начальник основатель владелец совладелец координатор омбудсмен
уполномоченный главнокомандующий генерал адмирал полковник патриарх митрополит понтифик
аятолла ректор градоначальник комиссар еврокомиссар шеф вождь госсекретарь премьерка
вице-канцлер замгенсека постпредка заместитель сотрудник
политолог эксперт аналитик экономист обозреватель профессор историк социолог публицист
правозащитник американист советница помощница представительница руководительница
наблюдатель активист активистка парламентарий
""")

# Occupations and ordinary people, titles too ("— заявила певица", "сказал собеседник
# агентства"); nobody's principal: "супруга артиста" is no aide of an official.
PLAIN_ROLES = words("""
певица певец артист артистка актер актёр актриса музыкант рэпер режиссер режиссёр продюсер
писатель писательница поэт поэтесса блогер блогерша телеведущий телеведущая журналист журналистка
тренер врач ученый учёный исследователь астроном автор соавтор источник собеседник собеседница
сосед соседка очевидец очевидица свидетельница заложник заложница аудитор
""")
ROLE_NOUNS = ROLE_NOUNS | PLAIN_ROLES

# Ordinary people the article never names: "— рассказала соседка" is a neighbour, nobody else.
WITNESS_ROLES = words("сосед соседка очевидец очевидица свидетель свидетельница заложник заложница")

# Titles that describe rather than name an office: anybody may be called so ("эксперт" for a
# "научный сотрудник"), so they never rule a person out.
DESCRIPTIVE_ROLES = words("""
эксперт аналитик политолог политик чиновник дипломат лидер публицист обозреватель историк
социолог экономист правозащитник американист профессор сотрудник представитель
наблюдатель активист активистка парламентарий
""")

# Prefixes that keep a title a title: "экс-глава", "вице-президент".
ROLE_PREFIXES = ("экс-", "вице-", "зам-")

# Role heads that stand for the speaking organization when no person is named:
# "представитель министерства" speaks for the ministry; an employee or a deputy ("сотрудник
# «Тинькофф»", "депутат Госдумы") speaks for nobody but himself.
PROXY_ROLES = words("представитель пресс-секретарь спикер")

# Titles that name a relation to someone: "муж Биби" is never just the latest man mentioned.
RELATIONAL_ROLES = words("муж жена супруг супруга сын дочь отец мать брат сестра")

# Role heads that describe the same office and may refer to each other.
ROLE_SYNONYMS = {
    "председатель": "глава",
    "руководитель": "глава",
    "глава": "глава",
    "премьер": "премьер-министр",
    "премьер-министр": "премьер-министр",
    "гендиректор": "директор",
    "директор": "директор",
    "супруг": "муж",
    "муж": "муж",
    "супруга": "жена",
    "жена": "жена",
    "защитник": "адвокат",
    "адвокат": "адвокат",
}

# Nouns that stand for an organization: "в компании сообщили", "ведомство предлагает".
ORG_NOUNS = words("""
министерство минобороны минфин минэкономразвития минэкономики минэнерго минтранс минздрав
минюст минпромторг минкультуры минприроды минтруд минсельхоз минстрой минпросвещения минцифры
минобрнауки мид мвд мчс фсб свр ск ведомство правительство кабинет парламент администрация
пресс-служба пресс-центр офис канцелярия аппарат управление департамент служба комитет
комиссия агентство компания корпорация концерн холдинг банк центробанк регулятор фонд
госкомпания госкорпорация организация партия альянс штаб посольство консульство генконсульство представительство
прокуратура генпрокуратура мэрия муниципалитет королевство издание газета телеканал
радиостанция журнал портал информагентство телерадиокомпания редакция авиакомпания дептранс
депздрав госдеп госдепартамент роспотребнадзор сенат конгресс дума госдума палата рада
бундестаг кнессет меджлис сейм полиция
""")

# Organization nouns that name a news outlet.
MEDIA_NOUNS = words("""
издание газета телеканал радиостанция журнал портал информагентство телерадиокомпания редакция
таблоид
""")

# Organization nouns that only refer back and never name a speaker on their own.
ANAPHORIC_ORG_NOUNS = words("""
ведомство компания регулятор издание газета телеканал агентство корпорация концерн холдинг
госкомпания госкорпорация организация королевство министерство правительство кабинет банк фонд партия телерадиокомпания
авиакомпания редакция журнал портал радиостанция
""")

# Organization nouns that refer back even with a country named: "военное ведомство Азербайджана"
# is the ministry already mentioned.
REFERRING_ORG_NOUNS = words("ведомство")

# News outlets best known as relays of other people's words (general knowledge).
MEDIA_NAMES = frozenset(
    n.strip().lower()
    for n in """
ТАСС|РИА Новости|РИА|Интерфакс|Интерфакс-Украина|Reuters|Рейтер|Рейтерс|AFP|Франс Пресс|
Франс-Пресс|AP|Associated Press|Ассошиэйтед Пресс|Bloomberg|Блумберг|BBC|Би-би-си|Би-Би-Си|CNN|
Си-эн-эн|Fox News|Sky News|Коммерсантъ|Коммерсант|Ведомости|РБК|Известия|УНИАН|Укринформ|Прайм|
Regnum|Регнум|Лента.ру|Lenta.ru|Газета.Ru|Meduza|Медуза|Politico|Axios|The New York Times|
New York Times|NYT|The Washington Post|Washington Post|The Guardian|Guardian|Financial Times|FT|
The Wall Street Journal|Wall Street Journal|WSJ|Der Spiegel|Spiegel|Bild|Handelsblatt|Le Monde|
Le Figaro|The Times|The Telegraph|Daily Mail|Sputnik|RT|Euronews|Евроньюс|Deutsche Welle|DW|
Радио Свобода|NBC|CBS|ABC|Al Jazeera|Аль-Джазира|Синьхуа|Xinhua|Киодо|Kyodo|Yonhap|Ёнхап|Anadolu|
Анадолу|Новая газета|Московский комсомолец|Комсомольская правда|Российская газета|НТВ|
Первый канал|Россия-1|Россия 24|Эхо Москвы|Дождь|Rheinische Post|Die Welt|Süddeutsche Zeitung|
Corriere della Sera|La Repubblica|El País|The Independent|Newsweek|Time|Vedomosti|Interfax|TASS|
RIA Novosti|ИА|Telegram|Twitter|Facebook|Instagram|YouTube|ВКонтакте|УНН|Украинская правда|
Українська правда|Зеркало недели|Корреспондент|Корреспондент.net|Страна.ua|ЛІГА.net|Лига.net|
Фонтанка|Znak|Газета.ru|Бизнес FM|Business FM|Daily Telegraph|BBC News|CNBC|Bild am Sonntag
""".replace("\n", "").split("|")
)

# Capitals that stand for their state in news prose: "в Баку заявили" (stem of the country).
CAPITAL_COUNTRY = {
    "москва": "росси",
    "киев": "украин",
    "минск": "белару",
    "вашингтон": "сша",
    "лондон": "брита",
    "париж": "франц",
    "берлин": "герма",
    "пекин": "кита",
    "токио": "япони",
    "анкара": "турци",
    "тегеран": "иран",
    "баку": "азерб",
    "ереван": "армен",
    "тбилиси": "грузи",
    "астана": "казах",
    "нур-султан": "казах",
    "ташкент": "узбек",
    "бишкек": "кирги",
    "душанбе": "таджи",
    "кишинев": "молда",
    "кишинёв": "молда",
    "рига": "латви",
    "вильнюс": "литв",
    "таллин": "эстон",
    "варшава": "польш",
    "прага": "чехи",
    "брюссель": "евро",
    "рим": "итали",
    "мадрид": "испан",
    "вена": "австр",
    "дамаск": "сири",
    "багдад": "ирак",
    "эр-рияд": "саудо",
    "каир": "египе",
    "иерусалим": "израи",
    "тель-авив": "израи",
    "дели": "инди",
    "нью-дели": "инди",
    "исламабад": "пакис",
    "кабул": "афган",
    "сеул": "корея",
    "пхеньян": "кндр",
    "оттава": "канад",
    "стокгольм": "швеци",
    "хельсинки": "финля",
    "осло": "норве",
    "копенгаген": "дани",
    "будапешт": "венгр",
    "бухарест": "румын",
    "белград": "серби",
    "софия": "болга",
    "афины": "греци",
    "амстердам": "нидер",
    "гаага": "нидер",
    "каракас": "венес",
    "гавана": "куба",
}

# Buildings that stand for an institution: "в Кремле заявили" (lower case, nominative).
INSTITUTION_PLACES = frozenset(
    {
        "кремль",
        "белый дом",
        "пентагон",
        "госдеп",
        "госдепартамент",
        "елисейский дворец",
        "даунинг-стрит",
        "смольный",
        "ватикан",
        "уайтхолл",
        "лэнгли",
        "бундестаг",
        "кнессет",
    }
)

# Frequent short names of the same organization (general knowledge): key -> canonical stem.
ORG_ALIASES = {
    "цб": "банк россии",
    "центробанк": "банк россии",
    "цб рф": "банк россии",
    "банк россии": "банк россии",
    "центральный банк": "банк россии",
    "европарламент": "европейский парламент",
    "европейский парламент": "европейский парламент",
    "еврокомиссия": "европейская комиссия",
    "европейская комиссия": "европейская комиссия",
    "ек": "европейская комиссия",
    "мид рф": "мид россии",
    "мид россии": "мид россии",
    "госдеп": "госдепартамент",
    "госдепартамент": "госдепартамент",
    "минобороны рф": "минобороны россии",
    "минобороны россии": "минобороны россии",
}

# Patronymic particles after a name, part of it: "Полад Бюльбюль оглы", "Айдан Салахова кызы".
NAME_PARTICLES_AFTER = words("оглы оглу кызы гызы улы")

# Lower-case particles inside a name, between the first name and the surname: "Баудевейн ван
# Эйк", "Урсула фон дер Ляйен".
NAME_PARTICLES_INSIDE = words("ван фон дер де ди дель делла да тен ибн бен")

# Anonymous sources: they speak under the words the article gives them ("источник ТАСС в
# делегации одной из стран ЕС"), never as a named person.
SOURCE_ROLES = words("источник собеседник собеседница")

# The authors of a document the article is about ("— считают авторы законопроекта", "пишут
# авторы работы"): a group the article identifies by what it wrote; the complements' stems
# (five letters, the way a title's complement is keyed).
AUTHOR_ROLES = words("автор соавтор")
AUTHORED_WORKS = frozenset(
    "проек закон работ иссле докла письм стать иници обращ поправ докум петиц".split()
)

# The body a spokesman's title speaks for (general knowledge): a phrase of the folded title ->
# the body; "пресс-секретарь президента РФ" and "представитель Кремля" speak for one office.
SPOKESMAN_BODIES = {
    "кремл": "kremlin",
    "администрации президента": "kremlin",
    "президента рф": "kremlin",
    "президента россии": "kremlin",
    "российского президента": "kremlin",
    "российского лидера": "kremlin",
    "мид": "mfa",
    "министерства иностранных дел": "mfa",
    "внешнеполитического ведомства": "mfa",
    "дипломатического ведомства": "mfa",
    "дипведомства": "mfa",
    "внешнеполитическое ведомство": "mfa",
    "госдеп": "mfa",
    "госсекретар": "mfa",
}

# Aides who speak for their body as its spokesmen do: "помощник госсекретаря США Кристофер
# Форд", later "представитель американского внешнеполитического ведомства".
SPOKESMAN_AIDES = words("помощник помощница")

# Words that name a spokesman's country, as the genitive's first five letters would: "США",
# "Соединенных Штатов", "американского" are one country.
COUNTRY_WORDS = {
    "американ": "usa",
    "сша": "usa",
    "соедин": "usa",
    "штат": "usa",
    "украинск": "украи",
    "германск": "герма",
    "немецк": "герма",
    "французск": "франц",
    "британск": "брита",
    "великобрит": "брита",
    "итальянск": "итали",
    "японск": "япони",
}

# Organization nouns that are names by themselves: "Минтранс предложил", "в МИД заявили".
SPECIFIC_ORG_NOUNS = words("""
минобороны минфин минэкономразвития минэкономики минэнерго минтранс минздрав минюст минпромторг
минкультуры минприроды минтруд минсельхоз минстрой минпросвещения минцифры минобрнауки мид мвд
мчс фсб свр ск дептранс депздрав госдеп госдепартамент роспотребнадзор госдума сенат конгресс
бундестаг кнессет меджлис сейм центробанк
""")

# Nouns that call an organization a band, not a company or a body: "хакеры Cerium",
# "группировка Strontium" (lemma stems: the tagger's lemma of a plural may be either number).
BAND_NOUN_STEMS = frozenset("группи объеди хакер хакеры боевик террор банда".split())

# Nouns that call a name a market, not a company: "на бирже NASDAQ", "индекс Dow Jones" (token
# stems). "в компании" never means one: a place where shares trade says nothing.
MARKET_NOUN_STEMS = ("бирж", "индекс", "площадк")

# Offices one person holds in the body named after them ("президент Франции", "глава Чечни"):
# heads as ROLE_SYNONYMS gives them.
SOLE_OFFICES = words(
    "президент вице-президент премьер-министр канцлер король королева глава губернатор мэр"
)

# Parliaments: a "ведомство" is none of them.
LEGISLATURES = words("госдума сенат конгресс бундестаг кнессет меджлис сейм парламент рада")

# The chambers whose "спикер" is their chairman, not a spokesman ("спикер Госдумы", "спикер
# Верховной рады"): the stems of their inflected forms, wider than LEGISLATURES (regional
# dumas, upper houses, "законодательное собрание").
CHAIRED_CHAMBERS = tuple(
    "госдум мосгордум думы думе парламент сенат сейм рады раде верховн палат совфед конгресс"
    " бундестаг кнессет меджлис мажилис хурал курултай законодательн".split()
)

# Kinds of organization nouns: "в компании" refers to a company, not to a ministry.
ORG_FAMILIES = {
    **{
        w: "company"
        for w in words(
            "компания корпорация концерн холдинг банк авиакомпания фонд госкомпания госкорпорация"
        )
    },
    **{w: "state" for w in words("королевство правительство кабинет администрация республика")},
    **{
        w: "ministry"
        for w in words(
            "министерство ведомство служба управление департамент агентство комитет комиссия "
            "полиция прокуратура"
        )
        | (SPECIFIC_ORG_NOUNS - LEGISLATURES)
    },
    **{w: "legislature" for w in LEGISLATURES},
}

# Collective names that stand for nobody in particular: "сообщают СМИ".
ANONYMOUS_NAMES = words("сми масс-медиа соцсети")

# Words after which a name is the one spoken to, not the speaker: "в интервью Rheinische Post".
RECIPIENT_WORDS = words("""
интервью газете изданию телеканалу агентству радиостанции журналу порталу журналистам
корреспонденту репортерам репортёрам
""")

# Personal pronouns as subjects and possessives in "по его словам": gender, number.
PRONOUNS = {
    "он": ("Masc", "Sing"),
    "она": ("Fem", "Sing"),
    "они": (None, "Plur"),
    "его": ("Masc", "Sing"),
    "ее": ("Fem", "Sing"),
    "её": ("Fem", "Sing"),
    "их": (None, "Plur"),
}

# Relative pronouns whose antecedent is the mention before the comma: "Путин, который заявил".
RELATIVE_PRONOUNS = words("который которая которые")

# Source nouns that merely relay a report: an outlet behind them is no speaker.
RELAY_SOURCE_NOUNS = words("данным информации сведениям версии")

# Nouns of "по словам X", "по мнению X", "согласно данным X": X is the source.
SOURCE_NOUNS = words("""
словам мнению данным информации оценке оценкам сведениям заявлению утверждению признанию версии
""")

# Where a document speaks for its author: "говорится в сообщении компании".
DOCUMENT_NOUNS = words("""
сообщение сообщении заявление заявлении документ документе релиз релизе отчет отчете отчёт
отчёте письмо письме письмах докладе доклад пресс-релизе пресс-релиз материале публикации
статье заметке сайте обращении постановлении резолюции telegram-канале канале странице
аккаунте микроблоге блоге твиттере
""")

# Noun endings used to recognise inflected role and organization nouns without a full parse.
NOUN_ENDINGS = words(
    "а я у ю ом ем ём ой ей ою ею е и ы ь ов ев ам ям ами ями ах ях ье ья ьи ью ьем"
) | {""}

# First letters of every speech-verb form, so that only those verbs go through pymorphy.
SPEECH_VERB_PREFIXES = frozenset(
    {w[:4] for w in SAY_VERBS | DIRECTIVE_VERBS | POSITION_VERBS | IMPERSONAL_VERBS}
    | {"скаж", "пише", "пишу", "жалу", "сету", "прош", "выск"}
)
