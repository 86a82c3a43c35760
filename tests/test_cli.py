"""The CLI contract of DESIGN.md, run as other tools run it: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str,
    stdin: str | bytes | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "SUMMARIZER_BACKEND": "extractive", **(env or {})}
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        input=data,
        cwd=ROOT,
        capture_output=True,
        env=environment,
        timeout=timeout,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def test_plain_reply_for_a_file(seed_text: str) -> None:
    result = run_cli(str(ROOT / "tests" / "seed_article.txt"))
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.strip().split("\n\n")
    assert len(blocks) >= 2
    assert "\n" not in blocks[0]  # the headline is one line
    assert "Traceback" not in result.stderr


def test_json_from_stdin(seed_text: str) -> None:
    result = run_cli("--json", "-", stdin=seed_text)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"headline", "summary", "figures", "speakers", "backend"}
    assert out["backend"] == "extractive" and out["summary"]
    for f in out["figures"]:
        assert {"text", "value", "unit", "context"} <= set(f) and f["text"] in seed_text
    for s in out["speakers"]:
        # the contract's fields, and the evidence for each quote next to them
        assert set(s) == {"name", "role", "quotes", "shown", "confidence", "attributions"}
        assert len(s["attributions"]) == len(s["quotes"])
        for quote, a in zip(s["quotes"], s["attributions"], strict=True):
            assert a["quote"] == quote and a["method"] and a["candidates"]
            words = " ".join(quote.removesuffix("…").split())
            assert words in a["source"] or len(a["source"]) > 500


def test_jsonl_gives_one_line_per_input_and_survives_bad_lines(
    tmp_path: Path, seed_text: str
) -> None:
    lines = [
        json.dumps(
            {"id": "good", "text": seed_text, "title": "Переговоры в узком формате"},
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"id": "no-text", "title": "без текста"}),
        json.dumps({"id": "english", "text": "The talks went well, officials said. " * 20}),
        json.dumps({"id": 7, "text": "Коротко."}, ensure_ascii=False),
        "",
        json.dumps(
            {"id": "good-2", "text": seed_text, "title": "Переговоры в узком формате"},
            ensure_ascii=False,
        ),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("--jsonl", str(source))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["good", 2, "no-text", "english", 7, "good-2"]
    assert rows[0]["headline"] == "Переговоры в узком формате" and rows[0]["summary"]
    assert set(rows[1]) == {"id", "error"}
    assert set(rows[2]) == {"id", "error"}
    assert "русском" in rows[3]["error"]
    assert "коротк" in rows[4]["error"]
    assert rows[5]["summary"] == rows[0]["summary"]


@pytest.mark.parametrize(
    "stdin, phrase",
    [
        ("", "пустой"),
        ("Just some English words about the weather today. " * 20, "русском"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "не похоже на текст"),
    ],
)
def test_bad_input_gets_one_russian_line_and_status_2(stdin: str | bytes, phrase: str) -> None:
    result = run_cli("-", stdin=stdin)
    assert result.returncode == 2
    assert result.stdout == ""
    assert phrase in result.stderr and "Traceback" not in result.stderr


def test_missing_file_is_a_clear_error() -> None:
    result = run_cli("/nonexistent/article.txt")
    assert result.returncode == 2 and "Файл не найден" in result.stderr
    assert "Traceback" not in result.stderr


def test_download_without_internet_fails_with_one_sentence(tmp_path: Path) -> None:
    pytest.importorskip("huggingface_hub", reason="without the model stack: test_packaging.py")
    env = {
        "HF_HUB_OFFLINE": "0",
        "HF_ENDPOINT": "http://127.0.0.1:9",
        "HF_HOME": str(tmp_path),
        "HF_HUB_ETAG_TIMEOUT": "2",
        "HF_HUB_DOWNLOAD_TIMEOUT": "2",
    }
    result = run_cli(
        "download",
        "IlyaGusev/rut5_base_sum_gazeta",
        "--models-dir",
        str(tmp_path / "models"),
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Could not download" in lines[0]
    assert not (tmp_path / "models" / "IlyaGusev--rut5_base_sum_gazeta" / "config.json").exists()
