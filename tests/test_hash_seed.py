"""One article, one reply, whatever process computes it: no rule may lean on the order of a set,
which changes with the interpreter's hash seed (PYTHONHASHSEED). A tie of the tagger's genders
broken by a set's order once gave a woman's quote in one worker and no speaker in another."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXT = (
    "В Лас-Вегасе полиция арестовала 26-летнюю местную жительницу Аманду Шарп-Джефферсон. "
    "Ее подозревают в убийстве двух соседей, тела которых нашли в субботу утром. "
    "Следователи осмотрели дом и изъяли записи камер наблюдения с соседних улиц. "
    "По ее словам, она ничего не помнит о том вечере. "
    "«Я люблю гулять по вечерам», — сказала она журналистам."
)

SCRIPT = """
import sys
from summarizer import Article, Pipeline, SummarizerSettings
from summarizer.render import render_plain
reply = Pipeline(SummarizerSettings(backend="extractive"))(Article(text=sys.stdin.read()))
print(render_plain(reply))
"""


def _reply(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=TEXT,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return done.stdout


def test_the_reply_does_not_depend_on_the_hash_seed() -> None:
    replies = {seed: _reply(seed) for seed in (0, 2, 5)}
    assert "Аманда Шарп-Джефферсон" in replies[0]
    assert len(set(replies.values())) == 1, replies
