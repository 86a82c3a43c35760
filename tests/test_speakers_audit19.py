"""The seventh fresh audit (40 Wikinews texts) found a newspaper given a comment it quotes from
somebody's page («… замечает, что на странице мужчины присутствовал комментарий: …»), "как
сообщает агентство" after a paragraph on a rating agency given to another body whose name holds
the word «Агентство», and a relative shown as «младший брат Пётр» though the article names him."""

from __future__ import annotations

from speakers_shown import shown as _shown


def test_a_comment_an_outlet_quotes_is_not_the_outlets_words() -> None:
    text = (
        "Житель города Нанси приговорён к году тюрьмы за посещение запрещённых сайтов.\n\n"
        "Также газета Le Courrier замечает, что на странице осуждённого в соцсети "
        "присутствовал комментарий:\nКакой красивый город, скоро мы вернём ему былое величие "
        "и покажем всем свою силу.\n\nПриговор можно обжаловать."
    )
    assert not any("красивый город" in q for qs in _shown(text).values() for q in qs)


def test_an_outlet_quoting_its_own_note_still_speaks() -> None:
    text = (
        "Житель города Нанси приговорён к году тюрьмы за посещение запрещённых сайтов.\n\n"
        "Также газета Le Courrier замечает, что суд был строгим к осуждённому:\nПриговор вынесен по статье о пропаганде терроризма, "
        "осуждённый намерен обжаловать его в апелляционном суде.\n\nПриговор можно обжаловать."
    )
    assert any("апелляционном суде" in q for q in _shown(text).get("Le Courrier", ()))


def test_the_agency_is_the_one_introduced_as_an_agency() -> None:
    text = (
        "Приказом Центробанка в банк «Заря» введена временная администрация. Порядок выплат "
        "будет определён государственной корпорацией Агентство по страхованию вкладов.\n\n"
        "За несколько часов до этого международное рейтинговое агентство Moody's Investors "
        "Service понизило рейтинг банка «Заря» до уровня «Caa3».\n\n"
        "Как сообщает агентство, рейтинги изменены из-за введения банком ограничений на "
        "снятие наличных со счетов клиентов."
    )
    found = _shown(text)
    holders = [n for n, qs in found.items() if any("снятие наличных" in q for q in qs)]
    assert holders and all("Moody" in n for n in holders), found


def test_a_relative_named_by_first_name_is_that_person() -> None:
    text = (
        "В районном суде начался процесс над 40-летним Петром Сомовым, которого обвиняют в "
        "убийстве матери. Пётр Сомов свою вину не признал.\n\n"
        "Свидетелем обвинения выступает его сестра Анна. По её словам, ночью ей позвонил "
        "младший брат Пётр и сказал: «Я, кажется, совершил что-то страшное»."
    )
    found = _shown(text)
    assert not any("брат" in n for n in found), found
    assert any("страшное" in q for q in found.get("Пётр Сомов", ())), found


_CITING = (
    "Мировая экономика может замедлиться из-за нового штамма вируса. Последствия пока сложно "
    "оценить, отмечают экономисты.\n\n"
    "Понимание реальной опасности нового штамма займет от нескольких дней до нескольких "
    "недель, пишет агентство Fitch{tail}."
)


def test_words_passed_on_from_another_source_are_not_the_speakers() -> None:
    found = _shown(
        _CITING.format(tail=" со ссылкой на данные Всемирной организации здравоохранения")
    )
    assert not any("опасности нового штамма" in q for qs in found.values() for q in qs), found


def test_words_without_a_source_cited_stay_the_speakers() -> None:
    found = _shown(_CITING.format(tail=" в своем обзоре"))
    assert any("опасности нового штамма" in q for q in found.get("Fitch", ())), found


def test_whose_relative_is_not_the_relative() -> None:
    text = (
        "Суд оправдал Асию Нури, приговорённую к десяти годам заключения. Асия Нури "
        "провела в тюрьме восемь лет.\n\n"
        "Супруг Асии объявил, что семья может покинуть страну, когда его жена выйдет из тюрьмы."
    )
    assert "Асия Нури" not in _shown(text)
