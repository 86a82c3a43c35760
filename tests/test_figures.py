"""Key figures: the seed article, each pattern the rules read, each thing they must not read.

All sentences here are written for these tests (the evaluation articles are copyrighted and stay
out of the repository).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Article, Pipeline
from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.facts.figures.masks import MASK, mask_non_figures
from summarizer.facts.numbers import words_value
from summarizer.settings import SummarizerSettings
from summarizer.types import Figure

SEED = (Path(__file__).parent / "seed_article.txt").read_text(encoding="utf-8")


def figures(text: str, title: str | None = None) -> tuple[Figure, ...]:
    return extract_figures(Document(text, title))


def only(text: str) -> Figure:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


def texts(text: str) -> list[str]:
    """The figures' texts in the order they stand in `text`."""
    return sorted((f.text for f in figures(text)), key=text.find)


# --- the seed article -------------------------------------------------------------------------

SEED_FIGURES = {
    "30 млрд долларов": (30e9, "USD"),
    "93 проекта": (93, "проектов"),
    "18,3 млрд долларов": (18.3e9, "USD"),
    "более 22 тысяч новых рабочих мест": (22_000, "рабочих мест"),
    "49 проектов": (49, "проектов"),
    "порядка 29,5 млрд долларов": (29.5e9, "USD"),
    "более 20 тысяч рабочих мест": (20_000, "рабочих мест"),
}


def test_seed_article_yields_its_seven_figures_and_nothing_else():
    found = {f.text: f for f in figures(SEED)}
    assert set(found) == set(SEED_FIGURES)
    for text, (value, unit) in SEED_FIGURES.items():
        assert found[text].value == pytest.approx(value), text
        assert found[text].unit == unit, text


def seed_reply_figures() -> tuple[Figure, ...]:
    """The seed's figures as the reply has them: the headline and summary say what the story
    is about, and only the sentences that may hold a shown bullet are parsed into clauses."""
    return Pipeline(SummarizerSettings(backend="extractive"))(Article(text=SEED)).figures


def test_seed_contexts_are_verbatim_clauses_of_the_figures_own_sentences():
    doc = Document(SEED)
    for f in seed_reply_figures():
        sentence = next(s.text for s in doc.sentences if f.text in s.text)
        assert f.context in sentence and f.text in f.context
        assert f.bullet == f.context  # no pronoun needed a name here


def test_seed_clauses_say_what_each_figure_measures():
    by_text = {f.text: f.context for f in seed_reply_figures()}
    assert by_text["18,3 млрд долларов"] == (
        "совместно реализовано 93 проекта с общим объемом инвестиций 18,3 млрд долларов"
    )  # not "На сегодня ...", not the clause after "благодаря чему"
    assert by_text["более 22 тысяч новых рабочих мест"] == (
        "в Казахстане создано более 22 тысяч новых рабочих мест"
    )
    assert by_text["30 млрд долларов"].endswith(
        "довести двусторонний товарооборот до 30 млрд долларов"
    )


# --- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Госдолг вырос на $1,5 млрд за квартал.", "$1,5 млрд", 1.5e9, "USD"),
        ("Фонд выделил 200 млн евро на ремонт дорог.", "200 млн евро", 2e8, "EUR"),
        ("Казахстан построит школы за 15 млрд тенге.", "15 млрд тенге", 15e9, "KZT"),
        ("Компания потеряла 3,5 трлн рублей за год.", "3,5 трлн рублей", 3.5e12, "RUB"),
        ("Средняя зарплата составила 45 тыс. руб. в регионе.", "45 тыс. руб.", 45e3, "RUB"),
        ("Банк привлек 10 млн юаней от инвесторов.", "10 млн юаней", 1e7, "CNY"),
        ("Киев получил 5 млрд гривен от партнеров.", "5 млрд гривен", 5e9, "UAH"),
        ("Штраф составил 500 000 ₽ по решению суда.", "500 000 ₽", 5e5, "RUB"),
        ("Расходы составили 4,6 млрд долл. по итогам года.", "4,6 млрд долл.", 4.6e9, "USD"),
        ("Им предлагали 300 тысяч рупий за помощь.", "300 тысяч рупий", 3e5, "рупий"),
    ],
)
def test_money_in_any_currency(sentence, text, value, unit):
    f = only(sentence)
    assert (f.text, f.unit) == (text, unit)
    assert f.value == pytest.approx(value)


def test_a_rate_stays_with_its_unit():
    f = only("Мощность газопровода составит 55 млрд кубометров газа в год по плану.")
    assert f.text == "55 млрд кубометров газа в год"
    assert f.unit == "куб. м в год" and f.value == pytest.approx(55e9)


# --- percentages and percentage points ---------------------------------------------------------


def test_percent_and_percentage_points():
    found = figures(
        "Ставку снизили на 0,5 процентного пункта, а инфляция выросла "
        "на 12,5 процента. Рейтинг упал на 2 п.п. за неделю."
    )
    got = {f.text: (f.value, f.unit) for f in found}
    assert got == {
        "на 0,5 процентного пункта": (0.5, "п.п."),
        "на 12,5 процента": (12.5, "%"),
        "на 2 п.п.": (2.0, "п.п."),
    }


def test_a_share_in_words_is_a_percentage():
    f = only("В голосовании приняли участие более половины жителей города.")
    assert (f.text, f.value, f.unit) == ("более половины жителей", 50.0, "%")


# --- counts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("В регионе открыли 12 новых школ для детей.", "12 новых школ", 12, "новых школ"),
        (
            "На митинг пришли 560 зарегистрированных участников.",
            "560 зарегистрированных участников",
            560,
            "участников",
        ),
        ("Ведомство задержало 3 человека по делу.", "3 человека", 3, "человек"),
        (
            "Сбор продолжался, собрано более 20 тысяч подписей.",
            "более 20 тысяч подписей",
            20_000,
            "подписей",
        ),
        ("Пострадали 17 горожан, в городе объявлен траур.", "17 горожан", 17, "горожан"),
        ("Из строя выведены 15 КНС в пригороде.", "15 КНС", 15, "КНС"),
    ],
)
def test_counts_carry_the_counted_noun(sentence, text, value, unit):
    f = only(sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)


def test_elliptic_and_partitive_counts_take_the_unit_of_their_count():
    found = {
        f.text: f
        for f in figures(
            "В учениях участвуют 10 подводных лодок, в том числе 8 атомных. "
            "Построено 15 станций, пять из них заново."
        )
    }
    assert found["8 атомных"].unit == "подводных лодок"
    assert found["пять из них"].unit == "станций" and found["пять из них"].value == 5


def test_one_counts_only_in_a_tally():
    assert texts("Уничтожены один танк Т-72, одно орудие и один грузовик с боеприпасами.") == [
        "один танк Т-72",
        "одно орудие",
        "один грузовик с боеприпасами",
    ]
    assert texts("Нет ни одного вопроса, который мы не решим.") == []
    assert texts("Один из депутатов ушел в отставку.") == []


# --- numbers in words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Потери составили два миллиона человек за год.", "два миллиона человек", 2e6),
        (
            "В стране открыто около шести тысяч участков для голосования.",
            "около шести тысяч участков",
            6000,
        ),
        (
            "Суд приговорил его к двадцати восьми с половиной годам колонии.",
            "двадцати восьми с половиной годам",
            28.5,
        ),
        ("Суд продлил арест на полтора месяца по ходатайству следствия.", "полтора месяца", 1.5),
        ("Станция позволит очищать сто процентов стоков города.", "сто процентов", 100),
        ("На улицы вышли около полумиллиона человек в столице.", "около полумиллиона человек", 5e5),
    ],
)
def test_numbers_in_words(sentence, text, value):
    f = only(sentence)
    assert (f.text, f.value) == (text, pytest.approx(value))


def test_words_value_reads_compound_numerals():
    assert words_value(["Триста", "шесть"]) == 306
    assert words_value(["две", "тысячи", "пятьсот"]) == 2500
    assert words_value(["шести", "тысяч"]) == 6000
    assert words_value(["тысяч", "слов"]) is None


def test_a_numeral_with_nothing_counted_is_not_a_figure():
    assert texts("Он пригласил женщину и ее семью в гости.") == []
    assert texts("Мы пятеро пришли первыми, а семь раз проверили.") == ["семь раз"]


# --- ranges and changes -----------------------------------------------------------------------


def test_ranges_are_one_figure_from_the_lower_bound():
    f = only("Инфляция составит от 5 до 7% в этом году.")
    assert (f.text, f.value, f.unit) == ("от 5 до 7%", 5.0, "%")
    f = only("Проект оценивается в 5–7 млрд рублей по данным министерства.")
    assert (f.text, f.value, f.unit) == ("5–7 млрд рублей", 5e9, "RUB")


def test_a_change_is_two_figures_in_the_same_unit():
    found = figures("Центробанк снизил ставку с 14 до 11% на заседании.")
    assert {(f.text, f.value, f.unit) for f in found} == {("с 14", 14, "%"), ("11%", 11, "%")}


def test_a_score_is_not_a_range():
    assert texts("Сенат принял закон со счетом 271-266 после спора.") == []


# --- qualifiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "qualifier",
    ["более", "свыше", "около", "порядка", "почти", "не менее", "до", "примерно", "не более"],
)
def test_qualifiers_stay_with_the_figure(qualifier):
    f = only(f"На площадь пришли {qualifier} 300 участников акции.")
    assert f.text == f"{qualifier} 300 участников"


def test_to_as_a_target_is_not_a_qualifier():
    assert texts("Страны намерены довести товарооборот до 30 млрд долларов.") == [
        "30 млрд долларов"
    ]
    assert texts("Инфляция замедлилась до 17,5% в мае.") == ["17,5%"]
    assert texts("Очистные примут до 80 процентов стоков.") == ["до 80 процентов"]


# --- what is not a figure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Встреча прошла 15 декабря 2020 года в Москве.",
        "Документ подписан 08.11.2018 в столице.",
        "В 2019 году закон вступил в силу.",
        "Сейчас их там много, а к 2020 это число должно вырасти.",
        "С 1987 по 2014 годы закон менялся.",
        "Избирательные участки откроются в 8:00 по местному времени.",
        "Он осужден по статье 282 УК РФ и части 2 статьи 105 кодекса.",
        "Закон № 44-ФЗ регулирует закупки в стране.",
        "Байден станет 46-м президентом страны.",
        "Проект «Северный поток-2» обсуждали в Берлине.",
        "Компания Nord Stream 2 AG получила разрешение.",
        "Над морем летали самолеты P-8A и Су-57 в четверг.",
        "Лидеры G20 соберутся в столице.",
        "Позвоните по телефону +7 (495) 123-45-67 для справок.",
        "Об этом говорится в докладе [12] комиссии.",
        "Телеканал «Россия 24» показал репортаж о выборах.",
        "«Газпром» GAZP ₽293,75 -2,34% Купить «Газпром» прекратил поставки газа.",
        "Адрес редакции: 111020, Москва, улица Боровая, дом 3.",
        "Это третье подряд снижение ставки за последние месяцы.",
        "На 316 километре трассы произошла авария.",
        "Одна из жительниц пришла около 9 утра к участку.",
        "После ухода в 2005м из политики он возглавил совет.",
        "Лидеры обсудили сети 5G и вакцину от COVID-19.",
    ],
)
def test_not_figures(sentence):
    assert figures(sentence) == ()


def test_masking_keeps_offsets():
    text = "Встреча прошла 15 декабря 2020 года, в 15:30, а 93 проекта готовы."
    masked = mask_non_figures(text)
    assert len(masked) == len(text)
    assert "15 декабря 2020 года" not in masked and "15:30" not in masked
    assert masked[masked.index("93") :].startswith("93 проекта")
    assert set(masked) - set(text) == {MASK}


def test_page_furniture_is_skipped():
    assert figures("15 декабря 2020 04:36\n68\n119 0. Посол США заявил о санкциях.") == ()


# --- repeats, ranking, shape ------------------------------------------------------------------


def test_each_quantity_once():
    found = figures(
        "Байден получил 306 голосов. Итог: 306 голосов против 232. "
        "У Трампа 232 голоса, у Байдена - 306."
    )
    assert sorted(f.value for f in found) == [232, 306]


def test_a_number_the_headline_repeats_scores_higher():
    text = "В Тверской области построено 12 школ. В Тверской области открыто 30 больниц."
    plain = {f.text: f.score for f in figures(text)}
    titled = {f.text: f.score for f in figures(text, title="В Тверской области 30 новых больниц")}
    assert titled["30 больниц"] > plain["30 больниц"] + 1
    assert titled["30 больниц"] > titled["12 школ"]


def test_ages_are_no_figures():
    found = figures(
        "Задержан 44-летний мужчина, у которого нашли 5 кг взрывчатки. "
        "Город отметил 100-летний юбилей."
    )
    assert [(f.text, f.unit) for f in found] == [("5 кг", "кг")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Указано, что арест на имущество был наложен еще 3 месяца назад.",
        "Мы не выходили на поле три месяца, это обычная история.",
        "Переговоры шли в течение двух недель без перерыва.",
        "Он пообещал уйти через пять лет, если проиграет.",
        "Прошло более двух недель после выборов в парламент.",
        "Спасатели работают 24 часа в сутки на месте обрушения.",
    ],
)
def test_durations_that_only_say_when_are_no_key_figures(sentence):
    assert figures(sentence) == ()


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Суд приговорил бывшего мэра к 8 годам колонии строгого режима.", "8 годам"),
        ("Ему грозит до 10 лет лишения свободы по этой статье.", "до 10 лет"),
        ("Она провела восемь лет своего заключения в одиночной камере.", "восемь лет"),
        ("Ограничения ввели на 2 года для всех компаний отрасли.", "2 года"),
    ],
)
def test_durations_as_terms_are_kept(sentence, text):
    assert texts(sentence) == [text]


# --- what a figure is of, signs, ranges in words ------------------------------------------------


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Этим недугом страдают 40% взрослого населения страны.", "40% взрослого населения страны"),
        ("Кандидат набрал 49,5% голосов избирателей в округе.", "49,5% голосов избирателей"),
        ("Дефицит бюджета составит 3% ВВП в этом году.", "3% ВВП"),
        (
            "Экспортеров обязали продавать 80% валютной выручки в течение трех дней.",
            "80% валютной выручки",
        ),
        ("Инфляция составила 5% в годовом выражении.", "5%"),
        ("Цены выросли на 7% по сравнению с прошлым годом.", "на 7%"),
    ],
)
def test_a_percentage_keeps_what_it_is_a_share_of(sentence, text):
    assert texts(sentence)[0] == text


def test_a_minus_before_degrees_is_kept():
    f = only("Ночью температура опустится до -5°C в области.")
    assert (f.text, f.value) == ("-5°C", -5.0)


def test_a_range_in_words():
    f = only("Цены на жилье выросли в два-три раза за десятилетие.")
    assert (f.text, f.value, f.unit) == ("в два-три раза", 2.0, "раз")


def test_square_metres_and_grams():
    assert texts("Площадь пожара составила 400 кв. метров.") == ["400 кв. метров"]
    assert texts("Вес посылки составил примерно 350 г по данным почты.") == ["примерно 350 г"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Телеканал «360» показал репортаж о митинге.",
        "Выборщики проголосовали: Вермонт (3, Байден), Огайо (18, Трамп).",
        "Он обещал уйти через 10 или 14 лет.",
        "Лет через пять эти аэропорты станут другими.",
    ],
)
def test_names_parentheticals_and_loose_numbers_are_not_figures(sentence):
    assert figures(sentence) == ()


def test_empty_and_numberless_texts():
    assert figures("") == ()
    assert figures("Президент выступил с обращением к нации.") == ()


def test_every_figure_is_verbatim_and_typed():
    for f in figures(SEED):
        assert f.text in SEED
        assert isinstance(f.value, float) and isinstance(f.unit, str)
