"""The reply as Telegram HTML: escaped, the CLI's wording, split where Telegram allows."""

from __future__ import annotations

from botapi_stub import parse_html, utf16_len
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.message_input import MessageInput
from bot.render import (
    SAFE_LIMIT,
    TELEGRAM_LIMIT,
    escape,
    render_summary,
    split_message,
    telegram_length,
    visible_text,
)
from summarizer.render import FIGURES_HEADER, SPEAKERS_HEADER
from summarizer.types import Article, Figure, Speaker, Summary

NASTY = 'AT&T <script>alert("x")</script> & «ёлочки» 5 < 6 > 4'


def summary(**kw) -> Summary:
    base = dict(
        headline="Токаев и Путин обсудили <товарооборот>",
        text="Президенты провели переговоры. Товарооборот может достичь 30 млрд долларов.",
        figures=(
            Figure(
                "18,3 млрд долларов",
                18.3e9,
                "USD",
                "реализовано 93 проекта на 18,3 млрд долларов",
                score=3.0,
                shown=True,
                bullet="реализовано 93 проекта на 18,3 млрд долларов",
                marks=((12, 14), (26, 44)),
            ),
        ),
        speakers=(
            Speaker(
                "Касым-Жомарт Токаев",
                "президент Казахстана",
                ("наше сотрудничество развивается по восходящей линии",),
            ),
        ),
        article=Article("…", url="https://www.kommersant.ru/doc/1?a=1&b=2", source="Коммерсантъ"),
    )
    base.update(kw)
    return Summary(**base)


def test_layout_follows_the_plain_reply() -> None:
    html = render_summary(
        summary(), MessageInput("", url="https://www.kommersant.ru/doc/1?a=1&b=2")
    )
    text = parse_html(html)
    assert text.startswith("Токаев и Путин обсудили <товарооборот>\n\n")
    assert html.startswith("<b>Токаев и Путин обсудили &lt;товарооборот&gt;</b>")
    assert f"{FIGURES_HEADER}\n• реализовано 93 проекта на 18,3 млрд долларов" in text
    assert "• реализовано <b>93</b> проекта на <b>18,3 млрд долларов</b>" in html
    assert (
        f"{SPEAKERS_HEADER}\n• Касым-Жомарт Токаев, президент Казахстана: "
        "«наше сотрудничество развивается по восходящей линии»"
    ) in text
    assert '<a href="https://www.kommersant.ru/doc/1?a=1&amp;b=2">Коммерсантъ</a>' in html
    assert text.endswith("Источник: Коммерсантъ")


def test_every_piece_of_article_text_is_escaped() -> None:
    nasty = summary(
        headline=NASTY,
        text=NASTY,
        figures=(Figure(NASTY, None, None, NASTY, shown=True, bullet=NASTY, marks=((0, 4),)),),
        speakers=(Speaker(NASTY, NASTY, (NASTY,)),),
        article=Article("x", url='https://e.com/?q="<b>"&x=1', source=NASTY),
    )
    request = MessageInput(
        "x", url='https://e.com/?q="<b>"&x=1', source=NASTY, source_url="https://t.me/chan/1"
    )
    html = render_summary(nasty, request)
    text = parse_html(html)  # raises on anything Telegram would refuse
    assert text.count(NASTY) >= 6
    assert "<script>" not in html


def test_forwarded_post_names_the_channel_and_links_the_post() -> None:
    request = MessageInput(
        "teaser",
        url="https://ria.ru/1.html",
        source="РИА Новости",
        source_url="https://t.me/rian_ru/5",
    )
    html = render_summary(
        summary(article=Article("…", url="https://ria.ru/1.html", source="РИА")), request
    )
    assert (
        'Источник: <a href="https://t.me/rian_ru/5">РИА Новости</a> · статья: '
        '<a href="https://ria.ru/1.html">РИА</a>'
    ) in html


def test_plain_text_has_no_source_line() -> None:
    html = render_summary(summary(article=Article("…")), MessageInput("long text"))
    assert "Источник" not in html


def test_no_sections_when_nothing_found() -> None:
    html = render_summary(summary(figures=(), speakers=()))
    assert FIGURES_HEADER not in html and SPEAKERS_HEADER not in html


def test_long_reply_splits_at_paragraphs_and_keeps_tags_whole() -> None:
    paragraphs = [f"Абзац {i}: " + ("слово & слово " * 40).strip() for i in range(40)]
    long = summary(text="\n\n".join(paragraphs))
    html = render_summary(long)
    assert telegram_length(html) > TELEGRAM_LIMIT
    chunks = split_message(html)
    assert len(chunks) > 1
    for chunk in chunks:
        assert utf16_len(parse_html(chunk)) <= SAFE_LIMIT
    assert "\n\n".join(parse_html(c) for c in chunks) == parse_html(html)


def test_a_single_huge_paragraph_splits_at_words() -> None:
    html = "<b>" + escape("очень длинное слово " * 500) + "</b>"
    chunks = split_message(html, limit=1000)
    assert len(chunks) > 5
    for chunk in chunks:
        assert chunk.startswith("<b>") and chunk.endswith("</b>")
        assert utf16_len(parse_html(chunk)) <= 1000


def test_emoji_count_as_two_units() -> None:
    html = escape("🇷🇺" * 3000)  # 4 UTF-16 units each
    chunks = split_message(html)
    assert all(utf16_len(parse_html(c)) <= SAFE_LIMIT for c in chunks)
    assert "".join(parse_html(c) for c in chunks) == "🇷🇺" * 3000


def test_a_link_is_never_cut() -> None:
    link = '<a href="https://example.com/a b">подробнее здесь</a>'
    html = "\n".join([escape("текст " * 100)] * 3 + [link])
    for chunk in split_message(html, limit=650):
        parse_html(chunk)


_piece = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80),
    st.sampled_from(["\n", "\n\n", " ", "🇷🇺", "&", "<", ">", '"']),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(_piece, st.sampled_from(["", "b", "i", "code"])), max_size=60),
    st.integers(min_value=20, max_value=400),
)
def test_split_always_parses_and_fits(parts: list[tuple[str, str]], limit: int) -> None:
    html = "".join(f"<{tag}>{escape(text)}</{tag}>" if tag else escape(text) for text, tag in parts)
    if not visible_text(html).strip():
        return
    chunks = split_message(html, limit=limit)
    for chunk in chunks:
        shown = parse_html(chunk)
        assert utf16_len(shown) <= limit
    joined = "".join(parse_html(c) for c in chunks)
    assert "".join(joined.split()) == "".join(visible_text(html).split())


def test_headline_cut_from_the_lead_is_shown_once_in_bold() -> None:
    summary = Summary(
        headline="Токаев оценил итоги переговоров",
        text="Токаев оценил итоги переговоров в узком формате. Путин согласился.",
    )
    html = render_summary(summary)
    assert html.startswith("<b>Токаев оценил итоги переговоров</b> в узком формате. Путин")
    assert html.count("Токаев оценил итоги переговоров") == 1
    other = Summary(headline="Переговоры в Москве", text="Токаев оценил итоги переговоров.")
    assert render_summary(other).startswith("<b>Переговоры в Москве</b>\n\nТокаев оценил")
