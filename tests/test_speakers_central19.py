"""Central voices the seventh fresh audit found missing (round 26): a name with an apposition
before its verb, an age word glued to a name, a colon's introduction holding a short quoted
phrase or naming a document ("В сообщении пресс-службы … говорится:"), and a foreign name the
tagger takes for a man's while the verbs after it say she is a woman."""

from __future__ import annotations

from speakers_shown import shown as _shown
from speakers_shown import shown_words

from summarizer.document import Document
from summarizer.facts.speakers.mentions import find_mentions
from summarizer.facts.speakers.tokens import build_tokens

BRAZIL = (
    "Президент Бразилии Дилма Руссефф борется за свою должность, в то время как парламент будет "
    "решать вопрос о её импичменте.\n\n"
)


def test_a_name_with_an_apposition_before_its_verb_speaks() -> None:
    text = BRAZIL + (
        "Руссефф, экономист по образованию, заявила, что подобное перераспределение фондов "
        "является обычной практикой, в которой нет ничего противозаконного."
    )
    words = _shown(text).get("Дилма Руссефф", ())
    assert any("обычной практикой" in q for q in words)


def test_a_list_of_names_is_no_apposition() -> None:
    text = BRAZIL + (
        "Руссефф, Темер и Кунья заявили, что подобное перераспределение фондов является "
        "обычной практикой, в которой нет ничего противозаконного."
    )
    assert "Дилма Руссефф" not in _shown(text)


def test_a_place_before_an_apposition_is_no_speaker() -> None:
    text = (
        "Делегация прибыла в Бразилию на переговоры о торговле.\n\n"
        "В Бразилиа, столице страны, заявили, что подобное перераспределение фондов является "
        "обычной практикой, в которой нет ничего противозаконного."
    )
    assert not any("обычной практикой" in q for q in shown_words(text))


def test_an_age_word_at_a_sentence_start_is_no_part_of_the_name() -> None:
    text = "Шестидесятивосьмилетняя Руссефф заявила, что не уйдёт в отставку."
    doc = Document(text)
    toks = build_tokens(doc)
    names = [m.name for m in find_mentions(doc, toks) if m.kind == "PER"]
    assert names and all(n is not None and "летняя" not in n for n in names)


QUEEN = (
    "Полицию Лондона впервые возглавила женщина. Новым главой полиции стала Крессида Дик, "
    "бывший руководитель антитеррористической службы.\n\n"
    "Дик отдала службе в Скотленд-Ярде более 30 лет, но в 2014 году покинула её. "
)
SPEECH = (
    "Это большая ответственность и удивительная возможность. Я жду с огромным нетерпением, "
    "когда смогу начать защищать население Лондона и служить ему."
)


def test_a_colon_introduction_with_a_short_quoted_phrase_and_a_title() -> None:
    text = QUEEN + (
        "В своём первом заявлении новый глава столичной полиции сказала, что она «просто в "
        f"восторге» и очень рада вернуться:\n{SPEECH}\n\nМэр дал своё согласие."
    )
    words = _shown(text).get("Крессида Дик", ())
    assert any("большая ответственность" in q for q in words)


def test_a_long_quote_before_the_colon_still_stops_the_search() -> None:
    text = QUEEN + (
        "Мэр Садик Хан сказал, что «это исторический выбор, и я уверен, что она справится с "
        f"этой работой лучше всех прочих кандидатов»:\n{SPEECH}\n\nМэр дал своё согласие."
    )
    assert not any("большая ответственность" in q for q in shown_words(text))


def test_a_document_of_an_organization_before_a_colon_is_its_statement() -> None:
    text = (
        "Банк России ввёл временную администрацию в банке «Пересвет».\n\n"
        "В сообщении пресс-службы ЦБ РФ говорится:\n"
        "Приказом Банка России назначена временная администрация по управлению банком сроком "
        "на шесть месяцев, полномочия исполнительных органов банка приостановлены.\n\n"
        "Банк «Пересвет» работает с октября 1992 года."
    )
    words = [q for qs in _shown(text).values() for q in qs]
    assert any("временная администрация по управлению" in q for q in words)


ANSWER = (
    "Самое плохое уже позади, и сейчас важно подготовить ключевые меры, которые позволят снять "
    "структурные преграды для роста экономики."
)


def test_tot_after_a_question_is_the_person_asked() -> None:
    text = (
        "Новым министром экономического развития назначен Максим Орешкин.\n\n"
        "Президент Владимир Путин спросил у Орешкина, что самое важное в работе ведомства, на "
        f"что тот ответил:\n{ANSWER}\n\nОрешкин родился в 1982 году."
    )
    words = _shown(text).get("Максим Орешкин", ())
    assert any("Самое плохое уже позади" in q for q in words)
    assert not any("Самое плохое" in q for q in _shown(text).get("Владимир Путин", ()))


def test_tot_with_two_persons_asked_is_nobody() -> None:
    text = (
        "Новым министром назначен Максим Орешкин, его заместителем стал Алексей Улюкаев.\n\n"
        "Президент Владимир Путин спросил у Орешкина и у Улюкаева, что самое важное в работе "
        f"ведомства, на что тот ответил:\n{ANSWER}\n\nОрешкин родился в 1982 году."
    )
    assert not any("Самое плохое" in q for q in shown_words(text))


def test_a_document_of_an_unnamed_body_before_a_colon_is_held_back() -> None:
    text = (
        "Роскомнадзор подал иск о блокировке мессенджера, говорится в сообщении ведомства:\n"
        "Исковое заявление подано в связи с выявлением ФСБ России неисполнения компанией "
        "обязанности организатора распространения информации в сети.\n\n"
        "Мессенджер работает с 2013 года."
    )
    assert "ФСБ России" not in _shown(text)


def test_verbs_after_a_foreign_name_give_her_gender() -> None:
    text = (
        "Новым главой полиции Лондона выбрали Робин Дик.\n\nДик отдала службе в Скотленд-Ярде "
        "более 30 лет. В своём первом заявлении новый глава столичной полиции сказала:\n"
        f"{SPEECH}\n\nМэр дал своё согласие."
    )
    words = _shown(text).get("Робин Дик", ())
    assert any("большая ответственность" in q for q in words)


def test_a_short_quoted_phrase_in_a_named_introduction() -> None:
    text = QUEEN + (
        "Мэр Лондона Садик Хан сказал, что он «очень рад этому выбору» сегодня:\n"
        f"{SPEECH}\n\nМэр дал своё согласие."
    )
    words = _shown(text).get("Садик Хан", ())
    assert any("большая ответственность" in q for q in words)
