"""Words shown as a speaker's quote must read as that speaker's own speech, and go to the right
speaker. A fresh reader audit of 40 pasted articles found the writer's narration shown as quotes
(«Эта стройка якобы велась…», «с Рябковым и Карасиным она говорила «…»», «куда входят сети
магазинов…», «в работе над романом использовала…», «не считать, например, "Яндекс»), a reply
given to the latest name when nobody stood as the subject, a title resolved to a minister
named only later while another with that title had just spoken, a genitive surname
(«Ася Мелкумовой») and one person shown twice (a full name and a bare surname)."""

from __future__ import annotations

from speakers_shown import shown as _shown
from speakers_shown import shown_words as _shown_words

from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers
from summarizer.facts.speakers.events import Event
from summarizer.facts.speakers.extract import _narrated, _unique_names
from summarizer.facts.speakers.tokens import build_tokens
from summarizer.types import Attribution, Speaker


def _speakers(text: str) -> tuple[Speaker, ...]:
    return extract_speakers(Document(text))


def test_the_writers_yakoby_is_no_quote() -> None:
    text = (
        "Впервые о строительстве дворца заговорил бизнесмен Петр Соколов. Эта стройка якобы "
        "велась на деньги крупных компаний, писал Соколов, позже уехавший из страны."
    )
    assert all("якобы" not in q for q in _shown_words(text))


def test_retold_words_without_yakoby_stay() -> None:
    text = (
        "Впервые о строительстве дворца заговорил бизнесмен Петр Соколов. Эта стройка велась "
        "на деньги крупных компаний, писал Соколов, позже уехавший из страны."
    )
    assert any("стройка велась" in q for q in _shown_words(text))


def test_a_frame_of_reported_speech_in_the_first_clause_is_narration() -> None:
    text = (
        "Помощник госсекретаря США Анна Смит провела переговоры в Москве. Как рассказала сама "
        "Смит журналистам, с министрами она говорила «о развитии того задела, который был "
        "сделан в Сочи»."
    )
    assert all("она говорила" not in q for q in _shown_words(text))


def test_a_frame_later_in_the_words_is_the_speakers_account_of_others() -> None:
    text = (
        "Источники газеты рассказали, что правительство предоставило союзникам мало "
        "подробностей о своих планах, а официальные лица признали, что они не рассказали всего."
    )
    assert any("предоставило" in q for q in _shown_words(text))


def test_a_relative_clause_on_the_speakers_name_is_not_his_words() -> None:
    text = (
        "Цены на рыбу в магазинах выросли. Теперь, как утверждают в X5 Retail Group, куда "
        'входят сети магазинов "Пятерочка" и "Перекресток", о повышении цен сообщили два '
        "поставщика рыбы."
    )
    assert all(not q.startswith("куда") for q in _shown_words(text))


def test_an_unclosed_quote_mark_is_a_cut_quote() -> None:
    # the article cut "… не считать, например, "Яндекс.Новости" СМИ …" at the dot in the name
    text = (
        "Пресс-секретарь президента Дмитрий Песков ранее сообщал, что не считать, например, "
        '"Яндекс. Новости" СМИ было бы несправедливо.'
    )
    doc = Document(text)
    toks = build_tokens(doc)
    a = text.index("не считать")
    cut = Event(((a, text.index(". Новости")),), "indirect", "mention", None, 0)
    whole = Event(((a, text.index(" СМИ")),), "indirect", "mention", None, 0)
    assert _narrated(cut, None, toks, text)
    assert not _narrated(whole, None, toks, text)


def test_what_the_speaker_did_in_the_third_person_is_narration() -> None:
    text = (
        "В Госдуме представили новый роман о парламенте. Автор книги Мария Петрова сообщила, "
        'что в работе над романом использовала "чемодан документов" из архивов Думы.'
    )
    assert all("использовала" not in q for q in _shown_words(text))


def test_reported_words_with_their_own_subject_stay() -> None:
    text = (
        "В Госдуме представили новый роман о парламенте. Автор книги Мария Петрова сообщила, "
        'что в работе над романом редакция использовала "чемодан документов" из архивов Думы.'
    )
    assert any("редакция использовала" in q for q in _shown_words(text))


def test_a_pronoun_with_no_named_subject_and_a_title_between_is_a_guess() -> None:
    text = (
        "Вернувшись домой, Иван застает соседку Кузнецову. Тещу Ивана Анну Петрову хватил "
        "сердечный припадок. Но почему соседка оказалась агрономом? Это станет ясно позже, а "
        "пока послушаем, что она говорит: «Прихожу утром за мясорубкой, смотрю — дверь "
        "открыта, в кухне никого»."
    )
    assert all("мясорубкой" not in q for q in _shown_words(text))


def test_a_pronoun_after_the_only_name_in_the_genitive_still_speaks() -> None:
    text = (
        "Первыми внимание на это обратили Telegram-каналы, в частности канал телеведущей "
        "Ксении Собчак. Она отметила, что не удается отправить переводы с комментариями."
    )
    assert any("переводы" in q for q in _shown(text).get("Ксения Собчак", ()))


def test_a_pronoun_after_a_named_subject_still_speaks() -> None:
    text = (
        "Соседка Анна Петрова вызвала врача. Послушаем, что она говорит: «Прихожу утром за "
        "мясорубкой, смотрю — дверь открыта, в кухне никого»."
    )
    assert any("мясорубкой" in q for q in _shown(text).get("Анна Петрова", ()))


def test_a_title_named_only_later_does_not_take_a_turn_from_who_just_spoke() -> None:
    text = (
        "Украину на переговорах представит глава министерства иностранных дел Украины Павел "
        "Климкин. По словам Климкина, эта тема будет обсуждаться в рамках вопросов о "
        'стабилизации. "Естественно, вопрос будет прорабатываться в разных форматах, а в '
        'каких именно - мы посмотрим", - добавил глава МИД.\n\n'
        "Глава МИД Литвы Линас Линкявичус в понедельник прибыл в Брюссель на встречу министров."
    )
    shown = _shown(text)
    assert all("посмотрим" not in q for q in shown.get("Линас Линкявичус", ()))


def test_a_womans_genitive_surname_is_put_in_the_nominative() -> None:
    text = (
        "Компания пригласила депутатов в свой офис. По словам пресс-секретаря компании Аси "
        "Мелкумовой, цель визита - продемонстрировать, что сервис работает автоматически."
    )
    names = {s.name for s in _speakers(text)}
    assert "Ася Мелкумова" in names


def _said(name: str, quote: str) -> Speaker:
    cue = Attribution("named", "заявил " + name, (name,), 0.95, True, quote)
    return Speaker(name, None, (quote,), (cue,), True)


def test_a_bare_surname_and_the_only_full_name_are_one_speaker() -> None:
    # the resolver left "признает Ампелонский" apart from "Вадим Ампелонский"
    found = _unique_names(
        (_said("Ампелонский", "в нем есть моменты"), _said("Вадим Ампелонский", "варианты"))
    )
    assert [s.name for s in found] == ["Вадим Ампелонский"]
    assert set(found[0].quotes) == {"в нем есть моменты", "варианты"}


def test_a_bare_surname_two_people_share_stays_apart() -> None:
    found = _unique_names(
        (
            _said("Кличко", "мы готовы"),
            _said("Виталий Кличко", "город готов"),
            _said("Владимир Кличко", "я готов"),
        )
    )
    assert [s.name for s in found] == ["Кличко", "Виталий Кличко", "Владимир Кличко"]


def test_the_person_an_outlet_quotes_is_the_speaker_whatever_his_case() -> None:
    # the tagger reads an unknown surname after "NEWSru.com" as a nominative
    for outlet in ("NEWSru.com", "РИА Новости"):
        text = (
            'Активист Макс Шремс подал иск против социальной сети. "Проблема не в том, что '
            f'сеть хранит данные, а в том, что их нельзя удалить", - цитирует {outlet} Шремса.'
        )
        assert any("нельзя удалить" in q for q in _shown(text).get("Макс Шремс", ())), outlet


def test_retold_words_about_the_speaker_in_the_third_person_are_not_his_quote() -> None:
    text = (
        "Совет директоров компании сменился в пятницу. Бывший глава компании Павел Дуров "
        "заявил, что о своем увольнении он узнал из сообщений прессы."
    )
    assert all("он узнал" not in q for q in _shown_words(text))


def test_retold_hope_about_himself_is_not_his_quote() -> None:
    text = (
        "Переговоры пройдут в столице в четверг. Президент Франции Жан Дюпон выразил надежду "
        "на то, что ему удастся за время председательства провести целый ряд реформ."
    )
    assert all("ему удастся" not in q for q in _shown_words(text))


def test_retold_words_about_her_in_the_third_person_are_not_her_quote() -> None:
    text = (
        "Губернатор области Анна Петрова провела совещание. Петрова сообщила, что ей "
        "известно о том, что вопрос о ее отставке уже обсуждается в правительстве."
    )
    assert all("ей известно" not in q for q in _shown_words(text))


def test_a_pronoun_after_a_noun_of_its_gender_stays() -> None:
    text = (
        "Губернатор области Анна Петрова провела совещание. Петрова сообщила, что новый "
        "министр Иван Сидоров уже приступил к работе и его первые решения будут готовы в мае."
    )
    assert any("его первые решения" in q for q in _shown_words(text))


def test_a_pronoun_for_a_person_named_the_sentence_before_stays() -> None:
    text = (
        "Глава МИД Литвы Павел Климов дал интервью газете. Бывший канцлер Иван Шредер - самый "
        "яркий тому пример. Он важнейший лоббист Кремля во всем мире, считает Климов."
    )
    assert any("важнейший лоббист" in q for q in _shown_words(text))


def test_a_pronoun_for_a_thing_named_before_the_words_stays() -> None:
    text = (
        "Власти пригрозили санкциями строителям газопровода. Посол США в Германии Ричард Грин "
        "выступил против газопровода «Северный путь». Он заявил, что участвующие в его "
        "строительстве компании находятся в опасности."
    )
    assert any("его строительстве" in q for q in _shown_words(text))


def test_a_pronoun_for_a_thing_named_in_the_words_stays() -> None:
    text = (
        "В стране прошли протесты. Премьер-министр Имран Хан заявил, что нельзя доводить "
        "государство до точки, где у него не останется выбора, кроме как действовать."
    )
    assert any("у него не останется" in q for q in _shown_words(text))
