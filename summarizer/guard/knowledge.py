"""General knowledge the guard reads summaries with: tables of news Russian, not of articles.

Everything here holds for any political news text: which words are generic rather than names,
what a capital or a building stands for, which abbreviations are not initialisms, which titles
name the same office, which words point in opposite directions, which words hedge a claim.
Nothing here comes from a particular article.
"""

from __future__ import annotations

from ..text import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


def _groups(text: str) -> tuple[frozenset[str], ...]:
    """Lines of words; each line one group (stems or folded words)."""
    return tuple(_words(line) for line in text.strip().splitlines() if line.strip())


# Capitalized nouns that are not names of anyone in particular: "сообщают СМИ".
GENERIC_CAPITALIZED = _words("""
сми соцсети интернет covid-19 covid коронавирус ивл вич спид днк рнк ии ит ввп ндс ндфл
""")

# Abbreviations that are not the initials of their full name (general knowledge): each line
# lists the forms of one name, as folded stems of the words that must all be in the article.
ALIASES = _groups("""
сша америк
сша соединенн штат
рф росси
фрг германи
кнр кита
ес евросоюз
ес европейск союз
ес евросовет
великобритани британи
оон объединенн наци
минобороны министерств обороны
минобороны министр обороны
мид министр иностранн дел
мвд министр внутренн дел
минфин министр финанс
минздрав министр здравоохранени
минюст министр юстици
госдеп госсекретар
минобороны военн ведомств
мид министерств иностранн дел
мид дипломатическ ведомств
мвд министерств внутренн дел
минздрав министерств здравоохранени
минфин министерств финанс
минюст министерств юстици
минтранс министерств транспорт
госдеп государственн департамент
гибдд госавтоинспекци
гибдд дпс
вшэ высш школ экономик
мчс министерств чрезвычайн ситуаци
сизо следственн изолятор
зво вооруженн сил
всу вооруженн сил украин
вс вооруженн сил
цик избирательн комисси
цб банк росси
цб центробанк
оэз экономическ зон
пдд правил дорожн движени
госдум государственн дум
совфед совет федераци
совбез совет безопасн
""")

# A place or building that stands for a state or an institution in news prose ("Вашингтон
# заявил", "в Кремле ответили"): each line, the metonym's stem first, then what it may stand
# for; one of those in the article supports it.
METONYMS = _groups("""
вашингтон сша америк белый
белый сша вашингтон америк президент администраци
москв росси кремл российск
кремл росси москв президент песков путин администраци
киев украин украинск
минск белорус беларус белорусск
пекин кита кнр китайск
лондон британи англи британск
париж франци французск
берлин германи фрг немецк германск
токио япони японск
анкар турци турецк
тегеран иран иранск
баку азербайджан азербайджанск
ереван армени армянск
тбилис грузи грузинск
астан казахстан казахстанск
варшав польш польск
брюссел евросоюз ес европейск нато
вен австри австрийск
рим итали итальянск
кишинев молдави молдов молдавск
дамаск сири сирийск
иерусалим израил израильск
тель-авив израил израильск
белград серби сербск
праг чехи чешск
будапешт венгри венгерск
бухарест румыни румынск
софи болгари болгарск
афин греци греческ
мадрид испани испанск
стокгольм швеци шведск
хельсинк финлянди финск
осло норвеги норвежск
копенгаген дани датск
оттав канад канадск
дели инди индийск
исламабад пакистан пакистанск
кабул афганистан афганск
сеул коре корейск
пхеньян кндр корейск
рига латви латвийск
вильнюс литв литовск
таллин эстони эстонск
ташкент узбекистан узбекск
бишкек киргизи кыргызстан киргизск
душанбе таджикистан таджикск
пентагон министерств обороны сша минобороны военн
госдеп сша государственн департамент вашингтон
смольн петербург губернатор
елисейск франци париж президент
даунинг-стрит британи премьер лондон
ватикан папа понтифик римск
""")

# Adjectives of places whose stem is not the place's ("немецкий" - "Германия"): each line the
# adjective's stem, then the stems that support it.
PLACE_ADJECTIVES = _groups("""
немецк германи фрг
французск франци
британск британи англи
английск англи британи
турецк турци
греческ греци
шведск швеци
швейцарск швейцари
норвежск норвеги
датск дани
финск финлянди
чешск чехи
грузинск грузи
армянск армени
американск сша америк вашингтон
европейск европ ес евросоюз
советск ссср
московск москв
петербургск петербург
белорусск белорус беларус минск
китайск кита кнр пекин
российск росси рф москв
украинск украин киев
израильск израил
бельгийск бельги
нидерландск нидерланд голланди
голландск голланди нидерланд
испанск испани
итальянск итали
японск япони
корейск коре
""")

# Titles that name one office: each line, titles (stems) that may stand for each other.
ROLE_CLASSES = _groups("""
президент глав лидер
премьер премьер-министр глав
глав руководител председател начальник директор шеф губернатор мэр градоначальник спикер генсек
министр глав руководител
замглав заместител замминистр вице-премьер зам
пресс-секретар представител спикер
депутат парламентари член
сенатор член
артист актер актрис исполнител певец певиц музыкант звезд шоумен комик юморист рэпер ведущ телеведущ
эксперт аналитик специалист
посол дипломат постпред полпред консул
бизнесмен предпринимател миллиардер олигарх владел основател
адвокат защитник юрист
журналист корреспондент обозревател репортер редактор
учен исследовател профессор академик
госсекретар глав
""")

# Words that put a claim at the other end of a scale ("вырос" / "снизился"): pairs of lines,
# the first of each pair the opposite of the second.
DIRECTIONS = _groups("""
рост раст вырос выраст увелич повыс повыш выше больш прирост подорож ускор усил улучш
сниж сниз паден пада упал уменьш сократ сокращ ниже меньш подешев замедл ослаб ухудш
побед выигр
пораж проигр
разреш позвол
запрет запрещ
откры
закры
поддерж одобр
осуд отверг отклон
подтверд
опроверг
начал начина
заверш закончи прекрат
""")

# A decision taken (first line) where the article has it only considered (second line): "будет
# принято советом министров" for "будет рассмотрено", "Дума приняла" for "Дума рассмотрит".
DECIDED = _words("""
принят принял принима утверд одобр подписа
""")
CONSIDERED = _words("""
рассмотр рассматрив обсуд обсужд
""")

# Words by which the article leaves a claim open: a condition ("был бы"), a question ("сможет
# ли"), hearsay ("якобы"). Plain modality ("может", "возможно") is not counted: summaries drop it
# and readers do not take the claim for a different one.
HEDGES = _words("""
бы б ли якобы предположительно вряд неужели будто
""")

# Words by which the article says a thing is near, not done: "близятся к завершению",
# "приближается к рекорду", "почти завершены", "практически готов" (before a verb or participle;
# before a number they round it, which a summary may drop).
NEARLY_TO = ("близ", "приближа")  # … followed by "к"
NEARLY = frozenset({"почти", "практически"})


# Occupations news prose puts before a name ("политолог Александр Домрин"), as stems; with the
# rule layer's titles they are what a role-name check compares.
OCCUPATIONS = _words("""
политолог журналист телеведущ ведущ актер актрис певец певиц режиссер артист рэпер музыкант
писател блогер учен врач экономист историк социолог бизнесмен предпринимател спортсмен
футболист тренер шоумен продюсер модел фигурист хоккеист теннисист боксер исполнител
композитор поэт художник профессор академик эксперт аналитик правозащитник оппозиционер
активист миллиардер олигарх телеблогер комик юморист сценарист член владелец владельц корреспондент обозревател
""")

# Words whose presence makes a title a former one ("экс-президент", "бывший глава").
FORMER = _words("бывш экс")

# Titles of heads of state and of government, by the stems of the words that make them.
STATE_WORDS = _words("государств стран республик")
GOVERNMENT_WORDS = _words("правительств кабмин кабинет")

# Vague sources of a claim ("по данным экспертов", "выяснили ученые"), as stems.
GROUP_SOURCES = _words("""
эксперт ученн учен специалист аналитик очевидц источник исследовател врач медик
дипломат адвокат юрист правозащитник следовател силовик журналист наблюдател сми
социолог политолог экономист астроном биолог правоохранител полици следстви
""")

# Common nouns for an institution or a side that a summary may put for the body or official the
# article names ("власти" for "мэрия", "ведомство" for "Минобороны"): as a speaker no party to
# the event (stems, by prefix).
INSTITUTION_NOUNS = _words("""
власт ведомств министерств правительств руководств администрац мэри суд прокуратур полиц
посольств диппредставительств пресс-служб служб агентств издани компани организац парти штаб
кабмин сторон стран государств оппозиц команд клуб союз движени профсоюз
""")

# Vague sources that may stand for each other: each line one class (stems).
GROUP_CLASSES = _groups("""
учен специалист исследовател эксперт врач медик астроном биолог аналитик
адвокат юрист защит
следовател следстви силовик полицейск полици правоохранител
очевидц свидетел
""")

# Words after which a name is the one spoken to, not the speaker: "в интервью телеканалу Sky".
RECIPIENTS = _words("""
интервью газете изданию телеканалу агентству радиостанции журналу порталу журналистам
корреспонденту репортерам эфире
""")

# Titles so general that any named person of the article may be referred to by them.
GENERIC_TITLES = _words("""
политик чиновник представитель собеседник сотрудник эксперт специалист официальн
""")

# Adjectives of opinion that report a view like a verb: "уверен, что …".
OPINION_WORDS = _words("уверен уверенный убежденный убежден")

# Words that negate by meaning ("мешают вернуть" = "не может вернуть"): where the article sentence
# has one, a negation the summary adds or drops may be a paraphrase.
NEGATIVE_WORDS = _words("""
меша помеша отказ запрет препятств прекрат отклон лиш нелогичн невозможн неспособн
""")

# Titles of rank or standing rather than office ("генерал", "депутат"): a person holds them
# beside an office, so they never contradict the office the article names.
STATUS_TITLES = _words("""
депутат сенатор парламентари политик генерал генерал-майор генерал-лейтенант генерал-полковник
адмирал полковник подполковник майор маршал чиновник дипломат член активист оппозиционер
""")

# Ranks an office implies: a title with one of these stems ("зампред комитета Госдумы") makes
# its holder a "депутат"; each line the rank, then the stems.
STATUS_BODIES = {
    line.split()[0]: frozenset(line.split()[1:])
    for line in """
депутат госдум дум парламент рад меджлис сейм бундестаг кнессет конгресс законодательн
сенатор сенат совфед федераци
""".strip().splitlines()
}
