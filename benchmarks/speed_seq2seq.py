"""Seq2seq speed on this machine: transformers fp32 against CTranslate2 int8, side by side.

Builds (once; cached in benchmarks/out/) a random-weight T5 of rut5_base_sum_gazeta's shape (T5
v1.0, d_model 768, d_ff 3072, 12+12 layers, 12 heads, relu, vocabulary 32128, tied embeddings;
nothing downloaded) and converts it with the code of `python -m summarizer convert`. Each engine
runs in its own worker process through the product's engine classes, so load time and peak RSS
are each engine's own; the workers are asked in turn, round after round, so both see the same
machine load, and speed ratios are taken within a round. Random weights never stop early, so
exactly `--new-tokens` are generated (a real summary is about 60 tokens).

    python benchmarks/speed_seq2seq.py [--threads 2] [--rounds 3] [--new-tokens 60]
                                       [--model DIR] [--no-throughput] [--pipeline N]

Throughput (articles per minute, CTranslate2, the card's 5 beams): one article at a time, then
batches of 2 and 4 in one call, then two generations running at once on one thread each.
`--pipeline N`: the whole pipeline (window, generation, guard, figures, speakers) with the
CTranslate2 engine on N articles of a seeded sample of ../shared/data/articles_politics.jsonl
(the seed article when the data is absent), against the bot's 8 s inline budget.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
OUT = ROOT / "benchmarks" / "out"


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    exec, so a worker started by a parent holding the fp32 model would report the parent's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- worker: one engine in its own process ---------------------------------------------------


def worker(engine: str, path: str, threads: int, parallel: int) -> int:
    from summarizer.backends.seq2seq.engine import GenerationOptions

    started = time.perf_counter()
    if engine == "transformers":
        from summarizer.backends.seq2seq.transformers_engine import TransformersEngine

        model: Any = TransformersEngine.load(path, threads=threads)
        vocab = model.model.config.vocab_size
    else:
        from summarizer.backends.seq2seq.ctranslate2_engine import CTranslate2Engine

        model = CTranslate2Engine.load(path, threads=threads, parallel=parallel)
        vocab = len(model.vocabulary)
    print(json.dumps({"load_s": time.perf_counter() - started, "rss_mb": peak_mb()}), flush=True)
    rng = random.Random(0)

    def article(tokens: int) -> list[int]:
        return [rng.randrange(5, min(vocab, 32000)) for _ in range(tokens - 1)] + [1]

    for line in sys.stdin:
        job = json.loads(line)
        options = GenerationOptions(job["beams"], 4, job["new"], job["new"])
        inputs = [article(job["input"]) for _ in range(job.get("count", 1))]
        batch, concurrent = job.get("batch", 1), job.get("concurrent", 1)
        chunks = [inputs[i : i + batch] for i in range(0, len(inputs), batch)]
        start, cpu = time.perf_counter(), time.process_time()
        if concurrent == 1:
            for chunk in chunks:
                out = model.generate(chunk, options)
                assert all(len(ids) == job["new"] for ids in out), [len(x) for x in out]
        else:
            lanes = [chunks[i::concurrent] for i in range(concurrent)]
            threads_ = [
                threading.Thread(
                    target=lambda lane=lane, o=options: [model.generate(c, o) for c in lane]
                )
                for lane in lanes
            ]
            for t in threads_:
                t.start()
            for t in threads_:
                t.join()
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb()}), flush=True)
    return 0


class Worker:
    """The other end of `worker`: a process that answers one job per line."""

    def __init__(self, engine: str, path: Path, threads: int, parallel: int = 1) -> None:
        self.engine = engine
        command = [sys.executable, __file__, "--worker", engine, str(path)]
        command += ["--threads", str(threads), "--parallel", str(parallel)]
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.loaded = self._read()

    def _read(self) -> dict[str, float]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.engine} worker died")
        return json.loads(line)

    def run(self, **job: int) -> dict[str, float]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


# --- the models ------------------------------------------------------------------------------


def random_rut5_shape() -> Path:
    from tiny_model import RUT5_BASE_SHAPE, build_random_t5

    target = OUT / "random-rut5-base-shape"
    if not (target / "config.json").is_file():
        corpus = (ROOT / "tests" / "seed_article.txt").read_text(encoding="utf-8")
        started = time.perf_counter()
        build_random_t5(target, corpus, **RUT5_BASE_SHAPE)
        print(f"built {target.name} in {time.perf_counter() - started:.0f} s")
    return target


def converted(weights: Path) -> Path:
    from summarizer.convert import convert_model

    target = OUT / f"{weights.name}-ct2-int8"
    if not (target / "model.bin").is_file():
        started = time.perf_counter()
        convert_model(weights, target, "int8")
        print(f"converted to CTranslate2 int8 in {time.perf_counter() - started:.0f} s")
    return target


def disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


# --- the measurements ------------------------------------------------------------------------


def latency(args: argparse.Namespace, weights: Path, ct2: Path) -> None:
    tf = Worker("transformers", weights, args.threads)
    c2 = Worker("ctranslate2", ct2, args.threads)
    print(
        f"\nload: transformers fp32 {tf.loaded['load_s']:.2f} s (RSS {tf.loaded['rss_mb']:.0f} MB, "
        f"{disk_mb(weights):.0f} MB on disk); CTranslate2 int8 {c2.loaded['load_s']:.2f} s "
        f"(RSS {c2.loaded['rss_mb']:.0f} MB, {disk_mb(ct2):.0f} MB on disk)"
    )
    n = args.new_tokens
    jobs: list[tuple[Worker, int, int]] = [
        (tf, 1, 600),
        (c2, 1, 600),
        (tf, 5, 600),
        (c2, 5, 600),
        (c2, 2, 600),
        (c2, 3, 600),
        (c2, 5, 400),
        (c2, 1, 400),
        (c2, 5, 200),
        (c2, 1, 200),
    ]
    if args.full:
        jobs += [(tf, 5, 300), (tf, 1, 300)]
    for w in (tf, c2):  # first calls pay for lazy initialization
        w.run(beams=2, input=64, new=4)
    times: dict[tuple[str, int, int], list[float]] = {}
    cpu: dict[tuple[str, int, int], list[float]] = {}
    for _ in range(args.rounds):
        for w, beams, tokens in jobs:
            result = w.run(beams=beams, input=tokens, new=n)
            times.setdefault((w.engine, beams, tokens), []).append(result["seconds"])
            cpu.setdefault((w.engine, beams, tokens), []).append(result["cpu"])
    peaks = {w.engine: w.run(beams=1, input=16, new=n)["peak_mb"] for w in (tf, c2)}
    tf.close()
    c2.close()

    print(f"\n{n} tokens out, {args.threads} threads, median of {args.rounds} rounds (runs):")
    for key, values in times.items():
        engine, beams, tokens = key
        print(
            f"  {engine:<13} beams {beams}  input {tokens:>3}: {statistics.median(values):6.2f} s"
            f"  ({', '.join(f'{v:.2f}' for v in values)}); CPU {statistics.median(cpu[key]):.2f} s"
        )
    for beams in (1, 5):
        ratios = [
            a / b
            for a, b in zip(
                times[("transformers", beams, 600)], times[("ctranslate2", beams, 600)], strict=True
            )
        ]
        cpu_ratio = statistics.median(cpu[("transformers", beams, 600)]) / statistics.median(
            cpu[("ctranslate2", beams, 600)]
        )
        print(
            f"speed-up CTranslate2 int8 over transformers fp32, beams {beams}: "
            f"{statistics.median(ratios):.2f}x (per round: {', '.join(f'{r:.2f}' for r in ratios)});"
            f" in CPU time {cpu_ratio:.2f}x"
        )
    base = times[("ctranslate2", 5, 600)]
    for beams, tokens in ((1, 600), (2, 600), (3, 600), (5, 400), (1, 400), (5, 200), (1, 200)):
        share = [a / b for a, b in zip(times[("ctranslate2", beams, tokens)], base, strict=True)]
        print(
            f"CTranslate2 beams {beams}, input {tokens}: {statistics.median(share):.2f} of the time "
            "of beams 5, input 600"
        )
    print(
        f"peak RSS (load + single articles): transformers {peaks['transformers']:.0f} MB, "
        f"CTranslate2 {peaks['ctranslate2']:.0f} MB"
    )


def throughput(args: argparse.Namespace, ct2: Path) -> None:
    count = 4
    # Separate processes, so each peak RSS belongs to one way of running.
    serial = Worker("ctranslate2", ct2, args.threads)
    pairs = Worker("ctranslate2", ct2, args.threads)
    fours = Worker("ctranslate2", ct2, args.threads)
    lanes = Worker("ctranslate2", ct2, 1, parallel=2)
    setups: list[tuple[str, Worker, dict[str, int]]] = [
        ("one at a time", serial, {"batch": 1}),
        ("batches of 2", pairs, {"batch": 2}),
        ("batches of 4", fours, {"batch": 4}),
        ("2 at once, 1 thread each", lanes, {"batch": 1, "concurrent": 2}),
    ]
    workers = (serial, pairs, fours, lanes)
    for w in workers:
        w.run(beams=2, input=64, new=4)
    rates: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for name, w, extra in setups:
            seconds = w.run(beams=5, input=600, new=args.new_tokens, count=count, **extra)[
                "seconds"
            ]
            rates.setdefault(name, []).append(count * 60 / seconds)
    peaks = {name: w.run(beams=1, input=16, new=4)["peak_mb"] for name, w, _ in setups}
    for w in workers:
        w.close()
    print(
        f"\nthroughput, CTranslate2 int8, 5 beams, 600 tokens in, {args.new_tokens} out, "
        f"{count} articles, 2 cores, median of {args.rounds} rounds:"
    )
    base = rates["one at a time"]
    for name, values in rates.items():
        gain = statistics.median([a / b for a, b in zip(values, base, strict=True)])
        print(
            f"  {name:<26} {statistics.median(values):5.1f} articles/min ({gain:.2f}x; "
            f"runs {', '.join(f'{v:.1f}' for v in values)}); peak RSS {peaks[name]:.0f} MB"
        )


def pipeline_latency(args: argparse.Namespace, ct2: Path) -> None:
    from summarizer import Article, Pipeline, SummarizerError, SummarizerSettings

    settings = SummarizerSettings(
        _env_file=None,
        model=str(ct2),
        backend="seq2seq",
        engine="ctranslate2",
        max_new_tokens=args.new_tokens,  # random weights never stop: exactly this many
        threads=args.threads,
        auto_download=False,
    )
    pipeline = Pipeline(settings)
    seed_text = (ROOT / "tests" / "seed_article.txt").read_text(encoding="utf-8")
    try:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from sample import POLITICS, draw

        rows = draw(args.pipeline_seed, args.pipeline) if POLITICS.exists() else []
    except ImportError:
        rows = []
    articles = [Article(r["text"], r.get("title")) for r in rows] or [Article(seed_text)]
    pipeline(Article(seed_text))  # natasha and the engine warmed up
    seconds, cpu, backends, rejected, errors = [], [], {}, 0, 0
    for article in articles:
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            summary = pipeline(article)
        except SummarizerError:
            rejected += 1
            continue
        except Exception as exc:
            errors += 1
            print(f"  error: {type(exc).__name__}: {exc}")
            continue
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)  # all threads: what a quiet machine pays
        backends[summary.backend] = backends.get(summary.backend, 0) + 1
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"\nwhole pipeline, CTranslate2 int8, 5 beams, {args.new_tokens} tokens out, "
        f"{len(articles)} articles (sample seed {args.pipeline_seed}): "
        f"p50 {statistics.median(seconds):.2f} s, p95 {p95:.2f} s, max {max(seconds):.2f} s; "
        f"over the 8 s inline budget: {sum(s > 8 for s in seconds)}; rejected input {rejected}, "
        f"errors {errors}; text from {backends}; CPU time per article p50 "
        f"{statistics.median(cpu):.2f} s, max {max(cpu):.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--new-tokens", type=int, default=60)
    parser.add_argument("--model", type=Path, help="a transformers model directory instead")
    parser.add_argument("--no-throughput", action="store_true")
    parser.add_argument("--full", action="store_true", help="transformers at input 300 too")
    parser.add_argument("--pipeline", type=int, default=0, help="articles for the pipeline run")
    parser.add_argument("--pipeline-seed", type=int, default=1301)
    parser.add_argument("--no-latency", action="store_true", help="skip the engine comparison")
    parser.add_argument("--worker", nargs=2, metavar=("ENGINE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--parallel", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker[0], args.worker[1], args.threads, args.parallel)

    import logging

    logging.basicConfig(level=logging.WARNING)
    weights = args.model or random_rut5_shape()
    ct2 = converted(weights)
    print(f"model: {weights}; CTranslate2 conversion: {ct2}")
    print(f"load average at start: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
    if not args.no_latency:
        latency(args, weights, ct2)
    if not args.no_throughput:
        throughput(args, ct2)
    if args.pipeline:
        pipeline_latency(args, ct2)
    print(f"\nload average at the end: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
