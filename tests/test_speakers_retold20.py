"""The eighth fresh audit (audit20) found retold words that open with the speaker's own verb in
the third person shown as his quote: «сожалеет о том, что эта ситуация подорвала доверие …»
(a mayor) and «не будут комментировать передвижения …» (a body retold in the plural). A single
speaker's plain "постарается разобраться …" stays: earlier audits read it as his words."""

from __future__ import annotations

from speakers_shown import shown_words as _shown_words


def test_a_feeling_framing_more_words_is_the_writers_account() -> None:
    text = (
        "Суд арестовал мэра города Ивана Петрова по делу о взятке. Иван Петров заявил, что "
        "сожалеет о том, что эта ситуация подорвала доверие жителей к городской власти."
    )
    assert all("сожалеет" not in q for q in _shown_words(text))


def test_a_plural_body_retold_in_its_own_verb_is_no_quote() -> None:
    text = (
        "Американский журналист Джон Смит прилетел в Москву на прошлой неделе. В Министерстве "
        "обороны России заявили, что не будут комментировать передвижения американского "
        "журналиста по России."
    )
    assert all("не будут комментировать" not in q for q in _shown_words(text))


def test_a_single_speakers_plain_promise_stays() -> None:
    text = (
        "Новым главой региона стал Иван Петров. На встрече с журналистами Иван Петров "
        "ответил, что в кратчайшие сроки постарается разобраться в этой сложной системе."
    )
    assert any("постарается разобраться" in q for q in _shown_words(text))


def test_a_subject_after_the_verb_keeps_the_words() -> None:
    text = (
        "Учения прошли в регионе. В Министерстве обороны России заявили, что в ближайшие дни "
        "пройдут новые учения войск округа на полигонах под Москвой."
    )
    assert any("пройдут новые учения" in q for q in _shown_words(text))


def test_two_peoples_joint_words_in_the_plural_stay() -> None:
    text = (
        "Генсек НАТО Иван Петров и командующий силами альянса Пётр Сидоров заявили, что на "
        "саммите в Берлине примут меры для того, чтобы альянс был более подготовленным."
    )
    assert any("примут меры" in q for q in _shown_words(text))


def test_a_body_reporting_a_fact_with_its_object_first_stays() -> None:
    text = (
        "Оформить аварию онлайн можно с 1 ноября. В Министерстве обороны России сообщили, что "
        "продукт не успели запустить к назначенной дате из-за отсутствия документов."
    )
    assert any("не успели запустить" in q for q in _shown_words(text))
