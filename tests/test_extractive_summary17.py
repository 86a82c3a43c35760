"""Round 17 of the summary: a line ending in a colon announces the paragraph after it and never
stands in a summary; a photo caption names people without introducing them; brackets whose
markup the paste lost go.

Texts written for these tests, in the shape of the sixth audit's findings ("Об этом он заявил в
Twitter:" followed by an unrelated sentence, a caption opening the summary, "в интернете ()").
"""

from __future__ import annotations

from dataclasses import replace

from summarizer.backends.features import sentence_features, verbless
from summarizer.backends.ranking import analyze, score, select
from summarizer.clean import clean_report


def test_a_sentence_ending_in_a_colon_is_no_summary_sentence() -> None:
    assert sentence_features("Об этом он сообщил в своём Telegram-канале:").unfinished
    assert not sentence_features("Об этом он сообщил в своём Telegram-канале.").unfinished
    sentences = [
        "Премьер-министр Норвегии Эрна Сульберг сдала положительный тест на грипп.",
        "Об этом она сообщила в социальной сети:",
        "Я чувствую себя хорошо и продолжу работать из дома.",
        "Накануне премьер выступала в парламенте в ходе еженедельной сессии вопросов.",
        "С 1 декабря в стране действуют новые ограничения для посетителей кафе и ресторанов.",
    ]
    ranked = score(analyze(sentences, [0, 0, 1, 2, 3]))
    chosen = select(ranked, 3)
    assert 1 not in chosen and 0 in chosen


def test_a_photo_caption_placing_its_people_is_verbless_however_long() -> None:
    caption = (
        "Король Норвегии Харальд V (слева) с премьер-министром Швеции Стефаном Лёвеном и его"
        " супругой Ульрикой Лёвен во дворце в Осло 12 марта 2018 года."
    )
    assert len(caption.split()) > 15 and verbless(caption)
    # a long sentence without a place in brackets is read as before
    assert not verbless(caption.replace(" (слева)", ""))
    assert not verbless(caption.replace(" во дворце", " прибыл во дворец"))


def test_a_caption_does_not_introduce_a_person_to_the_summary() -> None:
    sentences = [
        "Король Норвегии Харальд V с премьер-министром Швеции Стефаном Лёвеном в Осло.",
        "Парламент Норвегии в четверг принял закон, позволяющий Харальду передать власть.",
        "Закон вступит в силу после подписания и распространяется только на нынешнего монарха.",
        "Наследником престола является его сын, кронпринц Хокон, которому 48 лет.",
    ]
    base = score(analyze(sentences, [0, 1, 1, 2]))
    features = (replace(base.features[0], fragment=True), *base.features[1:])
    needs = ((), (frozenset({0}),), (), ())
    rigged = replace(base, features=features, scores=(0.05, 2.0, 0.9, 0.8), needs=needs)
    assert select(rigged, 3) == [1, 2, 3]
    # an introduction in a sentence of the text is still taken with the surname
    prose = replace(base.features[0], fragment=False, verbless=False)
    rigged = replace(rigged, features=(prose, *base.features[1:]), scores=(0.3, 2.0, 0.9, 0.8))
    assert 0 in select(rigged, 3)


def test_empty_brackets_left_from_markup_go() -> None:
    text = (
        "Европарламент отклонил директиву об авторском праве в интернете (). Против неё"
        " протестовали участники движения Викимедиа (, ). Голосование прошло в Страсбурге."
    )
    cleaned = clean_report(text).text
    assert "()" not in cleaned and "(, )" not in cleaned
    assert "в интернете. Против неё протестовали участники движения Викимедиа." in cleaned
    # brackets with something in them stay
    kept = "Министр (его имя не называется) посетил Страсбург в среду вместе с делегацией."
    assert clean_report(kept).text == kept
