"""benchmarks/audit_reply.py --texts: a fresh sample kept outside the repository is audited in the
order it was drawn, each file pasted as a user would (no title), and its reply printed."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "audit_reply.py"

STORY = (
    "Правительство выделило 12 млрд рублей на ремонт дорог в Сибири. "
    "Об этом заявил министр транспорта Иван Петров. «Деньги поступят в регионы до конца "
    "года», — сказал Петров журналистам.\n\n"
    "Ранее ремонт откладывали дважды из-за нехватки средств. Губернаторы сибирских регионов "
    "не раз просили федеральный центр помочь с дорогами, которые разрушаются после каждой "
    "зимы.\n\n"
    "По словам Петрова, первые работы начнутся весной на трассах между крупными городами. "
    "Министерство рассчитывает, что за два года будет отремонтировано около 800 километров "
    "дорог, а подрядчиков выберут на открытых конкурсах.\n\n"
    "Эксперты отмечают, что выделенных средств может не хватить на все участки, и предлагают "
    "начать с самых загруженных трасс."
)


@pytest.fixture(scope="module")
def script() -> dict:
    return runpy.run_path(str(SCRIPT))


def test_the_drawn_order_is_kept_and_missing_files_are_skipped(tmp_path: Path, script) -> None:
    for name in ("b.txt", "a.txt", "c.txt"):
        (tmp_path / name).write_text(f"Текст {name}.", encoding="utf-8")
    (tmp_path / "order.txt").write_text("set/c.txt\nset/gone.txt\nset/a.txt\nset/b.txt\n")
    rows = script["text_rows"](tmp_path, 2)
    assert [r["id"] for r in rows] == ["c", "a"]
    assert rows[0]["title"] is None and rows[0]["text"] == "Текст c.txt."


def test_without_an_order_the_names_are_sorted(tmp_path: Path, script) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text("Текст.", encoding="utf-8")
    assert [r["id"] for r in script["text_rows"](tmp_path, 5)] == ["a", "b"]


def test_each_article_is_printed_with_its_reply(tmp_path: Path, script, capsys) -> None:
    (tmp_path / "roads.txt").write_text(STORY, encoding="utf-8")
    assert script["main"](["--texts", str(tmp_path), "--n", "1"]) == 0
    out = capsys.readouterr().out
    assert "=== [1] roads" in out and "TITLE: None" in out
    reply = out.split("REPLY (verbatim, between the rules")[1]
    assert "12 млрд рублей" in reply


def test_an_order_may_name_articles_by_id(tmp_path: Path, script) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(f"Текст {name}.", encoding="utf-8")
    (tmp_path / "order.txt").write_text("b\na\n")
    assert [r["id"] for r in script["text_rows"](tmp_path, 5)] == ["b", "a"]


def test_an_order_that_names_nothing_there_is_an_error_not_silence(tmp_path: Path, script) -> None:
    (tmp_path / "a.txt").write_text("Текст.", encoding="utf-8")
    (tmp_path / "order.txt").write_text("gone\nlost.txt\n")
    with pytest.raises(SystemExit, match="none of the listed articles"):
        script["text_rows"](tmp_path, 5)
