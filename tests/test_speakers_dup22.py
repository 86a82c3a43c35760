"""The ninth and eighth fresh audits (audit21, audit20) found one person shown twice: a title the
tagger took for a name ("– сказал Президент") next to the named president, a first name and
patronymic ("Виктор Фёдорович") next to the full name, a first name spelled with one letter
less ("Лола" for "Лолла Каримова"). Each is the one named person it can be; two people with one
first name, or a surname introduced by a title, stay apart."""

from __future__ import annotations

from speakers_shown import shown


def test_a_title_taken_for_a_name_is_the_named_holder() -> None:
    text = (
        "Президент Казахстана Иван Петров предложил назвать новый парламент «Курултай». "
        "Петров отметил, что новая структура парламента обеспечит эффективность работы "
        "законодательного органа.\n"
        "— В итоге было высказано мнение, что общее количество мандатов должно составлять 145, "
        "— сказал Президент."
    )
    got = shown(text)
    assert "Президент" not in got
    assert any("общее количество мандатов" in q for q in got.get("Иван Петров", ()))


def test_a_first_name_and_patronymic_are_the_full_name() -> None:
    text = (
        "Бывший президент Украины Виктор Петренко сообщил о разводе с женой.\n"
        "Виктор Фёдорович признался, что развёлся после 45 лет брака и живёт теперь в "
        "другом городе.\n"
        "Петренко рассказал, что бывшая супруга занимается благотворительной деятельностью."
    )
    got = shown(text)
    assert "Виктор Фёдорович" not in got
    assert "Виктор Петренко" in got


def test_a_first_name_spelled_with_a_doubled_letter_is_the_full_name() -> None:
    text = (
        "Дочь президента Лолла Каримова сообщила, что её отец попал в больницу.\n"
        "Лола написала в инстаграме: «Я обращаюсь к людям с большой просьбой обойтись без "
        "спекуляций и уважать право семьи на личное пространство»."
    )
    got = shown(text)
    assert "Лола" not in got
    assert any("обойтись без спекуляций" in q for q in got.get("Лолла Каримова", ()))


def test_a_surname_introduced_by_a_title_stays_another_man() -> None:
    text = (
        "Президент Белоруссии Александр Лукашенко заявил, что хочет поговорить с соседями. "
        "Посол Александр Лукашевич сказал, что переговоры пройдут в Минске в следующем месяце."
    )
    got = shown(text)
    assert not any("переговоры пройдут" in q for q in got.get("Александр Лукашенко", ()))


def test_an_impersonal_statement_after_однако_is_not_the_speakers() -> None:
    text = (
        "Министр финансов Иван Петров сообщил о новом бюджете.\n"
        "Напомним, министр последние несколько недель обещал, что введёт новые налоги к 24 "
        "февраля, однако накануне все еще отмечалось, что депутаты не смогли договориться."
    )
    words = [q for qs in shown(text).values() for q in qs]
    assert any("введёт новые налоги" in q for q in words)
    assert not any("не смогли договориться" in q for q in words)


def test_a_spokesman_title_is_the_one_given_it_before_though_he_said_nothing_yet() -> None:
    text = (
        "Пресс-секретарь президента России Дмитрий Песков назвал ситуацию в Великобритании на "
        "фоне слухов об отставке премьера широким кризисом.\n"
        "«Конечно, обращаем внимание на правительственный кризис, это мы видим», - сказал "
        "представитель Кремля в общении с журналистами в четверг."
    )
    got = shown(text)
    assert "Кремль" not in got
    assert any("правительственный кризис" in q for q in got.get("Дмитрий Песков", ()))


def test_a_first_name_that_reads_as_a_title_stays_apart() -> None:
    text = (
        "Бывший мэр Саут-Бенда Пит Буттиджич снялся с гонки. Племянница президента Мэри Смит "
        "подала в суд.\n"
        "«Вместо того чтобы защищать её интересы, они выстроили схему, чтобы выкачивать её "
        "активы», сказала Мэри."
    )
    got = shown(text)
    assert not any("выстроили схему" in q for q in got.get("Пит Буттиджич", ()))
