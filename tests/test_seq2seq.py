"""The seq2seq backend, through the same code that loads rut5, on a tiny T5 built in the test
(the transformers engine; tests/test_seq2seq_ct2.py runs the CTranslate2 one)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from tiny_model import TRAINED_TARGET, train_tiny_model

from summarizer import Pipeline, SummarizerSettings
from summarizer.backends import ExtractiveBackend, local_model_dir, make_backend
from summarizer.backends.seq2seq import Seq2SeqBackend, select_window, truncate_window
from summarizer.document import Document
from summarizer.errors import ModelUnavailableError


def settings_for(model: Path | str, **overrides) -> SummarizerSettings:
    base = dict(model=str(model), num_beams=2, max_new_tokens=24, max_input_tokens=64, threads=1)
    base["auto_download"] = False
    return SummarizerSettings(_env_file=None, **{**base, **overrides})


@pytest.fixture(scope="module")
def backend(tiny_model_dir: Path) -> Seq2SeqBackend:
    return make_backend(settings_for(tiny_model_dir))


def test_auto_picks_seq2seq_when_weights_are_present(backend: Seq2SeqBackend) -> None:
    assert isinstance(backend, Seq2SeqBackend)
    assert backend.abstractive and backend.name == "seq2seq"
    # No conversion beside the weights: the transformers engine, and the summary says so.
    assert backend.engine.name == "transformers" and backend.label == "seq2seq/transformers"


def test_auto_falls_back_to_extractive_with_one_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="summarizer"):
        chosen = make_backend(settings_for("nobody/no-such-model", models_dir=tmp_path))
    assert isinstance(chosen, ExtractiveBackend)
    lines = [r.getMessage() for r in caplog.records if "extractive" in r.getMessage()]
    assert len(lines) == 1 and "nobody/no-such-model" in lines[0]


def test_downloaded_layout_in_models_dir_is_found(tmp_path: Path, tiny_model_dir: Path) -> None:
    shutil.copytree(tiny_model_dir, tmp_path / "someone--tiny-t5")
    assert local_model_dir("someone/tiny-t5", tmp_path) == tmp_path / "someone--tiny-t5"
    assert isinstance(
        make_backend(settings_for("someone/tiny-t5", models_dir=tmp_path)), Seq2SeqBackend
    )


def test_forced_seq2seq_without_weights_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailableError):
        make_backend(settings_for(tmp_path / "missing", backend="seq2seq", models_dir=tmp_path))


def test_generation_produces_text(backend: Seq2SeqBackend, seed_text: str) -> None:
    draft = backend.summarize(Document(seed_text))
    assert draft.backend == "seq2seq/transformers" and draft.abstractive
    assert draft.sentences and all(isinstance(s, str) and s.strip() for s in draft.sentences)


def test_pipeline_steps_are_separate(backend: Seq2SeqBackend, seed_text: str) -> None:
    inputs = backend.preprocess(Document(seed_text))
    assert 0 < len(inputs) <= 64 and inputs[-1] == 1  # ids, ending with </s>
    output = backend.forward(inputs)
    assert output and 1 not in output  # generated ids, without </s>
    assert backend.postprocess(output).sentences


def test_long_article_window_selects_lead_and_fits(tiny_model_dir: Path, seed_text: str) -> None:
    def prefer_the_end(doc: Document) -> list[float]:
        return [float(s.index) for s in doc.sentences]

    selecting = Seq2SeqBackend(
        tiny_model_dir,
        settings_for(tiny_model_dir, max_input_tokens=200, input_selection="select"),
        ranker=prefer_the_end,
    )
    doc = Document(seed_text)
    window = selecting.window(doc)
    assert window.truncated and 0 in window.indices  # the lead always goes in
    tail = [i for i in window.indices if i > len(doc.sentences) // 2]
    assert tail and window.indices != tuple(
        range(len(window.indices))
    )  # then what the ranker prefers
    assert list(window.indices) == sorted(window.indices)
    assert len(selecting.tokenizer.encode(window.text)) <= 200


def test_truncate_strategy_takes_a_prefix(tiny_model_dir: Path, seed_text: str) -> None:
    truncating = make_backend(settings_for(tiny_model_dir, input_selection="truncate"))
    indices = truncating.window(Document(seed_text)).indices
    assert indices == tuple(range(len(indices)))
    # The window is used to the last token: the tokenizer cuts the last sentence, not the loop.
    assert len(truncating.preprocess(Document(seed_text))) == 64


def test_select_window_unit() -> None:
    counts = [10, 50, 10, 10, 30]
    scores = [0.0, 0.9, 0.1, 0.8, 0.5]
    # The opening up to 85% of the window (0, 1), then the best-scored that still fit (3).
    assert select_window(counts, 75, scores) == (0, 1, 3)
    assert select_window(counts, 100, scores) == (0, 1, 2, 3)
    assert select_window(counts, 100, scores, lead_share=0.5) == (0, 1, 3, 4)
    assert select_window(counts, 200, scores) == (0, 1, 2, 3, 4)  # everything fits
    assert select_window([500, 10], 100, [1.0, 1.0]) == (1,)  # an overlong lead is skipped
    assert select_window([500], 100, [1.0]) == (0,)  # one overlong sentence: cut by the tokenizer


def test_truncate_window_unit() -> None:
    assert truncate_window([10, 50, 10, 10, 30], 75) == (0, 1, 2, 3)  # the tokenizer cuts the 4th
    assert truncate_window([10, 50, 10, 10, 30], 60) == (0, 1)
    assert truncate_window([500, 10], 100) == (0,)


def test_trained_tiny_model_summary_is_checked_by_the_guard(
    tiny_model_dir: Path, seed_text: str
) -> None:
    """A briefly trained model writes one faithful sentence and one with an invented figure:
    the pipeline keeps the first, drops the second, and says the text is the model's."""
    trained = make_backend(settings_for(tiny_model_dir, num_beams=1, max_new_tokens=40))
    train_tiny_model(trained, seed_text, TRAINED_TARGET)
    assert trained.summarize(Document(seed_text)).sentences == (
        "Токаев оценил переговоры.",
        "Инвестиции составят 45 млрд долларов.",
    )

    summary = Pipeline(settings_for(tiny_model_dir), backend=trained)(seed_text)
    assert summary.backend == "seq2seq/transformers"
    assert summary.text == "Токаев оценил переговоры."
