"""Figure bullets that are not the news: how it was learned, comparisons and reminders, one
number said twice, a forecast cut off from the one whose forecast it is.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_lines as shown

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.render import figure_bullets, figure_line


def test_a_count_of_sources_is_no_figure():
    text = (
        "Генеральный директор телеканала «Заря» Петр Смирнов покинул свой пост 12 марта, "
        "сообщила газета «Вестник» со ссылкой на два источника. "
        "Смирнов руководил каналом с весны. Канал не ответил на запрос."
    )
    figures = extract_figures(Document(text, "Гендиректор канала «Заря» покинул пост"))
    assert all("источник" not in f.text for f in figures)
    assert shown(text, "Гендиректор канала «Заря» покинул пост") == []


def test_a_comparison_or_a_reminder_does_not_outrank_the_news():
    title = "Грузовые авиакомпании получили рекордную прибыль"
    text = (
        "Совокупная выручка грузовых авиакомпаний России по итогам года составила 233 млрд руб., "
        "сообщили в Росавиации. "
        "Чистая прибыль грузовых авиакомпаний выросла на 26%. "
        "Спрос на перевозки грузов самолетами растет третий год. "
        "Для сравнения, выручка крупнейших пассажирских авиакомпаний выросла на 71%, "
        "до 1,11 трлн руб. "
        "Напомним, в прошлом году прибыль грузовых авиакомпаний составила 41 млрд руб."
    )
    bullets = shown(text, title)
    assert any("233 млрд" in b for b in bullets)
    assert not any("1,11 трлн" in b or "71%" in b or "41 млрд" in b for b in bullets)


def test_one_share_is_not_shown_twice_from_two_sentences():
    title = "Нефтетрейдер «Меридиан» сообщил о решении выйти из проекта «Северная нефть»"
    text = (
        "Нефтетрейдер «Меридиан» намерен выйти из проекта «Северная нефть», в котором "
        "приобрел долю в 10% в 2020 году. "
        "Об этом говорится в сообщении компании. Решение принято советом директоров. "
        "«Меридиан» приобрел 10% «Северной нефти» у «Нефтегаза» в декабре 2020 года, за €7 млрд."
    )
    bullets = shown(text, title)
    assert sum("10%" in b for b in bullets) == 1


def test_a_clause_headed_by_a_relative_word_after_a_preposition_is_not_cut_off():
    title = "В Госдуме предложили ввести налог на сладкие напитки"
    text = (
        "Депутат Госдумы Иван Петров предложил ввести налог на сладкие напитки. "
        "По его словам, деньги пойдут на спортивные площадки. "
        "Петров также обратил внимание на прогноз ООН, согласно которому к концу года "
        "число голодающих в мире составит около 130 млн человек."
    )
    bullets = shown(text, title)
    assert not any(b.startswith("к концу года") for b in bullets)


def test_two_prices_per_the_same_measure_are_not_one_figure_said_twice():
    title = "Цена газа в Европе превысила $2 тыс."
    text = (
        "Цена на газ в Европе на бирже впервые превысила $2 тыс. за 1 тыс. куб. м, "
        "следует из данных биржи. "
        "Рост цен связан с холодной погодой. "
        "Газ в Европе в прошлом месяце торговался у отметки $1200 за 1 тыс. куб. м, "
        "в декабре — $900."
    )
    bullets = shown(text, title)
    assert any("$2 тыс." in b for b in bullets) and any("$1200" in b for b in bullets)


def test_a_figure_far_from_the_lead_that_names_nothing_of_the_story_is_not_shown():
    title = "Вучич объяснил отказ от санкций против России"
    text = (
        "Президент Сербии Александр Вучич заявил, что Белград не будет вводить санкции против "
        "России, поскольку не считает их эффективными. "
        "«У нас другая позиция», — сказал Вучич журналистам. "
        "Он добавил, что канцлер Германии просил его присоединиться к мерам Евросоюза. "
        "Сербия ведет переговоры о вступлении в Евросоюз с 2014 года. "
        "Экспорт из Германии в этом году достиг €7,5 млрд."
    )
    assert not any("€7,5 млрд" in b for b in shown(text, title))
