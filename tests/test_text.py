"""Input cleaning and checks: what reaches the backends is clean Russian prose, or a clear error."""

from __future__ import annotations

import pytest

from summarizer.clean import clean_text, plain_text, strip_html
from summarizer.errors import EmptyTextError, NotRussianError, NotTextError, TextTooShortError
from summarizer.text import (
    common_prefix,
    cut_at_sentence,
    detect_language,
    split_sentences,
    validate,
)

RUSSIAN = (
    "Правительство России утвердило новый порядок субсидий для регионов. По словам министра "
    "финансов, изменения вступят в силу с начала следующего года и затронут более 40 "
    "субъектов страны. Эксперты считают, что это поможет сократить дефицит бюджетов."
)
ENGLISH = (
    "The government approved a new package of subsidies for the regions on Tuesday. "
    "According to the finance minister, the changes will take effect next year."
)
UKRAINIAN = (
    "Уряд України затвердив новий порядок надання субсидій для громад. За словами міністра "
    "фінансів, зміни набудуть чинності з початку наступного року і торкнуться більш ніж "
    "сорока областей та міст, що є важливим кроком для реформи."
)
KAZAKH = (
    "Қазақстан Республикасының Президенті Мемлекеттік кеңесшіні қабылдады. Кездесу барысында "
    "елдің әлеуметтік-экономикалық дамуына қатысты мәселелер талқыланды және жаңа "
    "бағдарламалар қаралды."
)


@pytest.mark.parametrize(
    "text, lang",
    [
        (RUSSIAN, "ru"),
        (ENGLISH, "en"),
        (UKRAINIAN, "uk"),
        (KAZAKH, "kk"),
        ("12345 !!! ...", "other"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_russian_article_with_latin_names_is_russian() -> None:
    text = (
        RUSSIAN + " Компания Google и сервис YouTube, а также Apple Inc. прокомментировали решение."
    )
    assert detect_language(text) == "ru"


def test_russian_article_quoting_ukrainian_place_names_is_russian(seed_text: str) -> None:
    assert detect_language(seed_text + " В Київ і Харків также направили делегации.") == "ru"


@pytest.mark.parametrize(
    "text, error",
    [
        ("", EmptyTextError),
        ("   \n\t  \n", EmptyTextError),
        ("Коротко: ничего не случилось.", TextTooShortError),
        (ENGLISH * 3, NotRussianError),
        (UKRAINIAN * 2, NotRussianError),
        (KAZAKH * 2, NotRussianError),
        ("\x00\x01\x02\ufffd\ufffd" * 200, NotTextError),
        ("1234567890 " * 100, NotTextError),
    ],
)
def test_validate_rejects_with_specific_error(text: str, error: type) -> None:
    with pytest.raises(error) as info:
        validate(plain_text(text) if text.strip() else text, min_chars=300)
    assert info.value.user_message  # every error carries a Russian sentence for the user
    assert any("а" <= ch <= "я" for ch in info.value.user_message)


def test_not_russian_message_names_the_language() -> None:
    with pytest.raises(NotRussianError) as info:
        validate(ENGLISH * 3, min_chars=300)
    assert "английском" in info.value.user_message


def test_validate_accepts_article(seed_text: str) -> None:
    validate(clean_text(seed_text), min_chars=300)


def test_html_markup_pasted_as_text_is_stripped() -> None:
    html = (
        "<html><head><style>p {color: red}</style><script>alert(1)</script></head><body>"
        "<p>Первый&nbsp;абзац &laquo;новости&raquo;.</p><div>Второй <b>абзац</b>.</div>"
        "<p>Третий<br>абзац</p></body></html>"
    )
    cleaned = clean_text(html)
    assert cleaned == "Первый абзац «новости».\nВторой абзац.\nТретий\nабзац"


def test_strip_html_keeps_blocks_on_their_own_lines() -> None:
    assert strip_html("<p>Раз</p><p>Два</p>").split("\n") == ["Раз", "Два"]


def test_clean_text_keeps_lines_verbatim() -> None:
    text = "Объём — 18,3\u00a0млрд долларов.\r\n\r\n\r\n\r\nВторой абзац\u200b."
    assert clean_text(text) == "Объём — 18,3\u00a0млрд долларов.\n\nВторой абзац."


def test_sentences_do_not_cross_paragraphs_and_offsets_hold(seed_text: str) -> None:
    text = clean_text(seed_text)
    sentences = split_sentences(text)
    assert len(sentences) > 10
    for s in sentences:
        assert text[s.start : s.stop] == s.text
        assert "\n" not in s.text
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert sentences[-1].paragraph == text.count("\n")


def test_cut_at_sentence_ends_on_a_boundary() -> None:
    text = "Первое предложение. " * 100
    cut = cut_at_sentence(text, 230)
    assert len(cut) <= 230 and cut.endswith(".")
    assert cut_at_sentence("короткий", 100) == "короткий"


def test_a_name_with_a_dot_inside_is_not_split() -> None:
    text = (
        "По данным сервиса «Яндекс.Пробки», затор растянулся на два километра. Пробка ушла к утру."
    )
    assert [s.text for s in split_sentences(text)] == [
        "По данным сервиса «Яндекс.Пробки», затор растянулся на два километра.",
        "Пробка ушла к утру.",
    ]


@pytest.mark.parametrize(
    ("a", "b", "n"),
    [("джонсон", "джонсона", 7), ("мэй", "мэя", 2), ("зайберт", "зайберт", 7), ("", "мид", 0)],
)
def test_common_prefix_is_the_shared_stem(a: str, b: str, n: int) -> None:
    assert common_prefix(a, b) == n == common_prefix(b, a)


# a complete wire brief under the length limit, written for the test
BRIEF = (
    "Правительство Молдавии утвердило новый порядок выдачи разрешений на строительство. "
    "Теперь документы будут рассматривать за 15 рабочих дней вместо 30. "
    "Решение приняли на заседании кабинета министров в Кишинёве."
)


def test_a_complete_short_brief_is_long_enough() -> None:
    assert len(BRIEF) < 300
    validate(BRIEF, min_chars=300)  # no TextTooShortError


@pytest.mark.parametrize(
    "text",
    [
        "Правительство Молдавии утвердило новый порядок выдачи разрешений на строительство.",
        "Привет! Как дела? Ты видел, что сегодня правительство утвердило новый порядок выдачи?",
        "Смотри, что пишут: правительство утвердило новый порядок. Жесть какая-то вообще",
        "Правительство утвердило порядок. Кабинет всё решил.",  # under half the limit
    ],
    ids=["one-sentence", "questions", "unfinished", "tiny"],
)
def test_a_short_text_that_is_no_complete_brief_is_too_short(text: str) -> None:
    with pytest.raises(TextTooShortError):
        validate(text, min_chars=300)
