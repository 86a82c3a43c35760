"""The CTranslate2 engine against the transformers one, on tiny T5s built and converted here.

Through the product's code: `convert_model` writes the conversion beside the weights, the
engines load it, and the same backend and pipeline run on either.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from seq2seq_fixtures import converted, random_tiny, settings_for, trained_tiny
from tiny_model import TRAINED_TARGET

from summarizer import Pipeline
from summarizer.backends import ExtractiveBackend, local_model_dir, make_backend
from summarizer.backends.seq2seq import GenerationOptions, Seq2SeqBackend
from summarizer.backends.seq2seq.ctranslate2_engine import CTranslate2Engine
from summarizer.document import Document
from summarizer.errors import ModelUnavailableError
from summarizer.model_files import CT2_MARKER, TOKENIZER_FILE, ct2_target, partial_dir

pytest.importorskip("ctranslate2", reason="the model stack (`pip install '.[seq2seq]'`) is absent")

ROOT = Path(__file__).resolve().parent.parent


def windows(backend: Seq2SeqBackend, text: str) -> list[list[int]]:
    """Input ids of overlapping three-sentence windows of `text`: many different inputs."""
    sentences = Document(text).sentences
    return [
        backend.tokenizer.encode(" ".join(s.text for s in sentences[i : i + 3]))
        for i in range(len(sentences) - 2)
    ]


def engines(weights: Path, quantization: str = "float32") -> tuple[Seq2SeqBackend, Seq2SeqBackend]:
    reference = Seq2SeqBackend(
        weights, settings_for(weights, engine="transformers", max_new_tokens=40)
    )
    fast = Seq2SeqBackend(
        weights,
        settings_for(
            weights, engine="ctranslate2", ct2_quantization=quantization, max_new_tokens=40
        ),
    )
    return reference, fast


def test_float32_conversion_gives_transformers_tokens_greedy(
    random_tiny: Path, seed_text: str
) -> None:
    """The card's n-gram blocking included: greedy search picks the same token either way."""
    reference, fast = engines(random_tiny)
    options = GenerationOptions(num_beams=1, no_repeat_ngram_size=4, max_new_tokens=24)
    inputs = windows(reference, seed_text)
    assert len(inputs) >= 10
    expected = [reference.engine.generate([ids], options)[0] for ids in inputs]
    assert [fast.engine.generate([ids], options)[0] for ids in inputs] == expected
    assert all(len(out) == 24 for out in expected)  # random weights never stop early


@pytest.mark.parametrize("beams", [2, 5])
def test_float32_conversion_gives_transformers_tokens_with_beams(
    random_tiny: Path, seed_text: str, beams: int
) -> None:
    """Beam search on the random model, where every step is close to a tie, without n-gram
    blocking (CTranslate2 blocks before the softmax, transformers after: on a random model that
    renormalization reorders beams; see ctranslate2_engine.py and the trained-model test)."""
    reference, fast = engines(random_tiny)
    options = GenerationOptions(num_beams=beams, no_repeat_ngram_size=0, max_new_tokens=24)
    inputs = windows(reference, seed_text)
    expected = [reference.engine.generate([ids], options)[0] for ids in inputs]
    assert [fast.engine.generate([ids], options)[0] for ids in inputs] == expected


def test_trained_model_same_tokens_with_the_cards_settings(
    trained_tiny: Path, seed_text: str
) -> None:
    """5 beams with n-gram blocking, as the card has it, on a model that learned something."""
    reference, fast = engines(trained_tiny)
    options = GenerationOptions(num_beams=5, no_repeat_ngram_size=4, max_new_tokens=40)
    ids = reference.preprocess(Document(seed_text))
    expected = reference.engine.generate([ids], options)[0]
    assert fast.engine.generate([ids], options)[0] == expected
    assert reference.tokenizer.decode(expected) == TRAINED_TARGET


def test_both_engines_run_through_the_same_pipeline_code(
    trained_tiny: Path, seed_text: str
) -> None:
    reference, fast = engines(trained_tiny)
    # The same tokenizer either way: AutoTokenizer, and the tokenizer.json the conversion carries.
    doc = Document(seed_text)
    assert fast.preprocess(doc) == reference.preprocess(doc)
    assert fast.tokenizer.count([s.text for s in doc.sentences]) == reference.tokenizer.count(
        [s.text for s in doc.sentences]
    )
    drafts = [b.summarize(doc) for b in (reference, fast)]
    assert (
        drafts[0].sentences
        == drafts[1].sentences
        == (
            "Токаев оценил переговоры.",
            "Инвестиции составят 45 млрд долларов.",
        )
    )
    assert [d.backend for d in drafts] == ["seq2seq/transformers", "seq2seq/ctranslate2"]
    summaries = [Pipeline(b.settings, backend=b)(seed_text) for b in (reference, fast)]
    assert summaries[0].text == summaries[1].text == "Токаев оценил переговоры."
    assert summaries[0].figures == summaries[1].figures


def test_int8_summary_is_sensible_and_passes_the_guard(trained_tiny: Path, seed_text: str) -> None:
    settings = settings_for(trained_tiny, num_beams=5, max_new_tokens=40)  # engine auto, int8
    backend = make_backend(settings)
    assert isinstance(backend, Seq2SeqBackend) and backend.label == "seq2seq/ctranslate2"
    assert json.loads((backend.path / CT2_MARKER).read_text())["quantization"] == "int8"
    assert " ".join(backend.summarize(Document(seed_text)).sentences) == TRAINED_TARGET
    summary = Pipeline(settings, backend=backend)(seed_text)
    assert summary.backend == "seq2seq/ctranslate2"
    assert summary.text == "Токаев оценил переговоры."  # the invented 45 billion is dropped


def test_batched_generation_gives_each_inputs_own_tokens(random_tiny: Path, seed_text: str) -> None:
    """Inputs of different lengths in one batch (padded) generate what each does alone."""
    reference, fast = engines(random_tiny)
    options = GenerationOptions(num_beams=2, no_repeat_ngram_size=0, max_new_tokens=16)
    inputs = [ids[: 20 + 7 * i] for i, ids in enumerate(windows(reference, seed_text)[:4])]
    for backend in (reference, fast):
        alone = [backend.engine.generate([ids], options)[0] for ids in inputs]
        assert backend.engine.generate(inputs, options) == alone


def test_auto_engine_prefers_the_conversion_and_falls_back_to_weights(
    random_tiny: Path,
) -> None:
    assert make_backend(settings_for(random_tiny, ct2_quantization="float32")).label == (
        "seq2seq/ctranslate2"
    )
    # No int8 conversion beside this model: the transformers engine runs the weights.
    assert make_backend(settings_for(random_tiny)).label == "seq2seq/transformers"
    # Pointing SUMMARIZER_MODEL at the conversion itself works too.
    ct2 = converted(random_tiny, "float32")
    assert make_backend(settings_for(ct2)).label == "seq2seq/ctranslate2"


def test_conversions_lie_beside_their_weights(tmp_path: Path) -> None:
    models = tmp_path / "models"
    assert ct2_target("owner/name", models, "int8") == models / "owner--name-ct2-int8"
    local = tmp_path / "my-model"
    local.mkdir()
    assert ct2_target(str(local), models, "float32") == tmp_path / "my-model-ct2-float32"
    # A model whose conversion alone is on disk (weights deleted to save space) is on disk.
    assert local_model_dir("owner/name", models) is None
    (models / "owner--name-ct2-int8").mkdir(parents=True)
    (models / "owner--name-ct2-int8" / "model.bin").write_bytes(b"")
    (models / "owner--name-ct2-int8" / "config.json").write_text("{}")
    assert local_model_dir("owner/name", models) == models / "owner--name-ct2-int8"


def test_engine_settings_that_cannot_be_met_are_clear_errors(random_tiny: Path) -> None:
    with pytest.raises(ModelUnavailableError, match="python -m summarizer convert"):
        Seq2SeqBackend(random_tiny, settings_for(random_tiny, engine="ctranslate2"))
    ct2 = converted(random_tiny, "float32")
    with pytest.raises(ModelUnavailableError, match="original weights"):
        Seq2SeqBackend(ct2, settings_for(ct2, engine="transformers"))


# --- damaged model folders ------------------------------------------------------------------


def damaged_copy(random_tiny: Path, tmp_path: Path, damage: str) -> Path:
    ct2 = tmp_path / "tiny-t5-ct2-float32"
    shutil.copytree(converted(random_tiny, "float32"), ct2)
    if damage == "truncated":
        data = (ct2 / "model.bin").read_bytes()
        (ct2 / "model.bin").write_bytes(data[: len(data) // 2])
    else:
        (ct2 / TOKENIZER_FILE).unlink()
    return ct2


@pytest.mark.parametrize(
    ("damage", "says"), [("truncated", "model.bin"), ("no tokenizer", TOKENIZER_FILE)]
)
def test_damaged_conversion_is_one_error_line_and_the_extractive_backend(
    random_tiny: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    seed_text: str,
    damage: str,
    says: str,
) -> None:
    ct2 = damaged_copy(random_tiny, tmp_path, damage)
    settings = settings_for(ct2)
    with caplog.at_level(logging.INFO, logger="summarizer"):
        pipeline = Pipeline(settings)
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(errors) == 1, [r.getMessage() for r in errors]
    message = errors[0].getMessage()
    assert str(ct2) in message and "convert it again" in message and "extractive" in message
    if damage == "no tokenizer":
        assert says in message
    assert isinstance(pipeline.backend, ExtractiveBackend)
    assert pipeline(seed_text).backend == "extractive"
    with pytest.raises(ModelUnavailableError, match=str(ct2)):
        make_backend(settings_for(ct2, backend="seq2seq"))


def test_a_half_converted_folder_is_never_loaded(random_tiny: Path, tmp_path: Path) -> None:
    """A conversion that crashed left `<target>.partial`: nothing takes it for a model, and the
    next conversion replaces it."""
    weights = tmp_path / "tiny-t5"
    shutil.copytree(random_tiny, weights, ignore=shutil.ignore_patterns("*-ct2-*"))
    half = partial_dir(weights.with_name("tiny-t5-ct2-int8"))
    shutil.copytree(converted(random_tiny, "float32"), half)
    (half / TOKENIZER_FILE).unlink()
    assert local_model_dir(str(weights), tmp_path) == weights
    assert make_backend(settings_for(weights)).label == "seq2seq/transformers"
    assert converted(weights, "int8") == weights.with_name("tiny-t5-ct2-int8")
    assert not half.exists()
    assert make_backend(settings_for(weights)).label == "seq2seq/ctranslate2"


# --- the convert command --------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )


def test_convert_command_writes_the_conversion_beside_the_weights(
    random_tiny: Path, tmp_path: Path
) -> None:
    weights = tmp_path / "tiny-t5"
    shutil.copytree(random_tiny, weights, ignore=shutil.ignore_patterns("*-ct2-*"))
    result = run_cli("convert", str(weights), "--models-dir", str(tmp_path / "models"))
    assert result.returncode == 0, result.stderr
    target = weights.with_name("tiny-t5-ct2-int8")
    assert result.stdout.strip() == str(target)
    assert (target / "model.bin").is_file() and (target / TOKENIZER_FILE).is_file()
    marker = json.loads((target / CT2_MARKER).read_text())
    assert marker["quantization"] == "int8" and marker["source"] == str(weights.resolve())
    assert "converted" in result.stderr  # progress for the person running it
    loaded = CTranslate2Engine.load(target)
    assert len(loaded.vocabulary) >= 256


def test_convert_without_weights_is_one_line(tmp_path: Path) -> None:
    result = run_cli("convert", "nobody/nothing", "--models-dir", str(tmp_path))
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no transformers weights" in lines[0]
    assert "Traceback" not in result.stderr
