"""How fast the bot answers /start while its worker pool is busy with long articles.

The claim under test: summarization never runs on the event loop, so a cheap command is answered
at once even when every worker is chewing on a long article (and the queue holds more).

    .venv/bin/python benchmarks/bot_latency.py [--pool thread|process] [--workers 2] [--n 40]

Everything is real except Telegram: the aiogram Bot and dispatcher long-poll the Bot API
stand-in from the tests on 127.0.0.1, and the pipeline is `summarizer.Pipeline` with the
configured backend. Latency is measured from the moment the update is queued at the stand-in to
the moment the stand-in receives the bot's sendMessage (so it includes the getUpdates round trip).
Long articles come from ../shared/data/articles_politics.jsonl when it is there, else the seed
article repeated.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot_fixtures import (  # noqa: E402 (after the sys.path line above)
    TOKEN,
    bot_settings,
    command,
    message,
    update_message,
)
from botapi_stub import BotAPIStub  # noqa: E402

from bot.app import build_dispatcher, make_bot  # noqa: E402
from bot.service import RateLimiter, SummaryCache, SummaryService  # noqa: E402
from summarizer import Pipeline, SummarizerSettings  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "articles_politics.jsonl"
SEED = ROOT / "tests" / "seed_article.txt"


def long_articles(count: int, min_chars: int) -> list[str]:
    texts: list[str] = []
    if DATA.is_file():
        rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
        rows.sort(key=lambda r: -len(r["text"]))
        texts = [r["text"] for r in rows if len(r["text"]) >= min_chars][:count]
    seed = SEED.read_text(encoding="utf-8")
    while len(texts) < count:  # distinct texts, so the cache cannot answer for the pool
        texts.append(
            "\n".join(
                f"{seed}\nВыпуск {len(texts)}, часть {i}."
                for i in range(max(1, min_chars // len(seed)))
            )
        )
    return texts


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def measure_start(
    stub: BotAPIStub, n: int, interval: float, user: int, service: SummaryService | None = None
) -> tuple[list[float], int]:
    """Send /start `n` times, one at a time; latency per answer and how often the pool was busy."""
    chat = {"id": user, "first_name": "Bench", "type": "private"}
    sender = {"id": user, "is_bot": False, "first_name": "Bench"}
    latencies, busy = [], 0
    for _ in range(n):
        before = len(stub.requests("sendMessage", ok_only=True))
        sent = time.monotonic()
        stub.push(update_message(command("start", chat=chat, user=sender)))
        await stub.wait_for(
            lambda s, before=before: len(s.requests("sendMessage", ok_only=True)) > before, 10
        )
        latencies.append(stub.requests("sendMessage", ok_only=True)[before].at - sent)
        if service is not None and service.busy:
            busy += 1
        await asyncio.sleep(interval)
    return latencies, busy


def summary_line(name: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"{name:<34} n={len(ms):<3} p50 {statistics.median(ms):6.1f} ms   "
        f"p95 {percentile(ms, 0.95):6.1f} ms   max {max(ms):6.1f} ms"
    )


async def main(args: argparse.Namespace) -> int:
    sset = SummarizerSettings(backend=args.backend)
    stub = BotAPIStub(TOKEN)
    url = await stub.start()
    settings = bot_settings(
        url, workers=args.workers, queue_size=args.queue, pool=args.pool, placeholder_delay=1.0
    )
    if args.pool == "process":
        service = SummaryService(
            pipeline_factory=partial(Pipeline, sset),
            pool="process",
            workers=args.workers,
            queue_size=args.queue,
            cache=SummaryCache(0),
            limiter=RateLimiter(0),
            backend_name=args.backend,
        )
    else:
        service = SummaryService(
            Pipeline(sset),
            workers=args.workers,
            queue_size=args.queue,
            cache=SummaryCache(0),
            limiter=RateLimiter(0),
        )
    started = time.perf_counter()
    await service.warm_up()
    print(
        f"pool: {args.pool}, {args.workers} workers, queue {args.queue}; backend "
        f"{service.backend_name}; warm-up {time.perf_counter() - started:.1f} s"
    )
    bot = make_bot(settings)
    dp = build_dispatcher(service, settings)
    polling = asyncio.create_task(
        dp.start_polling(bot, polling_timeout=1, handle_signals=False, close_bot_session=False)
    )
    try:
        await stub.wait_for(lambda s: s.requests("getMe"), 10)
        idle, _ = await measure_start(stub, args.n // 2, args.interval, user=900)

        articles = long_articles(args.workers + args.queue, args.min_chars)
        for i, text in enumerate(articles):  # every worker busy and the queue full
            chat = {"id": 1000 + i, "first_name": "Reader", "type": "private"}
            stub.push(
                update_message(
                    message(
                        text,
                        chat=chat,
                        user={"id": 1000 + i, "is_bot": False, "first_name": "Reader"},
                    )
                )
            )
        await stub.wait_for(lambda s: service.busy == len(articles) or None, 30)
        work_started = time.monotonic()
        busy_lat, busy_count = await measure_start(
            stub, args.n, args.interval, user=901, service=service
        )
        await stub.wait_for(lambda s: service.busy == 0 or None, 600)
        work_took = time.monotonic() - work_started
        chars = sum(len(t) for t in articles)
    finally:
        await dp.stop_polling()
        await polling
        await service.aclose()
        await bot.session.close()
        await stub.stop()
    print(
        f"long articles: {len(articles)} ({chars} characters in all), pool busy {work_took:.1f} s"
    )
    print(summary_line("/start, pool idle", idle))
    print(summary_line(f"/start, pool busy ({busy_count}/{len(busy_lat)} busy)", busy_lat))
    print("violations:", stub.violations or "none")
    return 0 if percentile(busy_lat, 0.95) < 0.1 else 1


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--pool", choices=["thread", "process"], default="thread")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--queue", type=int, default=4)
    p.add_argument("--n", type=int, default=40, help="/start commands sent while the pool is busy")
    p.add_argument("--interval", type=float, default=0.05, help="seconds between /start commands")
    p.add_argument("--min-chars", type=int, default=15000, help="length of a 'long' article")
    p.add_argument("--backend", default="extractive", choices=["auto", "extractive", "seq2seq"])
    sys.exit(asyncio.run(main(p.parse_args())))
