"""One process vs workers on Redis: throughput and time to reply through the Bot API stand-in.

    python benchmarks/scale.py              # 40 distinct articles per setup, all three setups
    python benchmarks/scale.py --n 80 --setups workers replicas

Setups, each started fresh (its own redis-server, its own stand-in) on this machine:
  embedded  one `python -m bot` without REDIS_URL: its own pool of BOT_WORKERS=2 processes
  workers   one bot replica with REDIS_URL + two `python -m bot.worker` processes
  replicas  two bot replicas + two workers on one Redis

All in webhook mode, updates posted to the replicas in turn (Telegram behind a load balancer),
as one burst: each a distinct pasted article (../shared/data/articles_politics.jsonl at run time,
never printed; the seed article varied when absent) from its own user. Measured from the chats:
answered exactly once, lost, refused, time from the post to the final answer (p50, p95), and
throughput (articles / seconds from the first post to the last answer). From the logs: seconds
per summary in a worker, hence articles per minute per core (one job at a time per worker
process: a worker is one core's worth of summarizing).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from bot_fixtures import TOKEN, message  # noqa: E402
from bot_process import BotProcess, bot_env, free_port  # noqa: E402
from botapi_stub import BotAPIStub  # noqa: E402
from load import (  # noqa: E402
    MESSAGE_LIMIT,
    PLACEHOLDER,
    load_articles,
    load_average,
    percentile,
    rss_kb,
)
from redis_server import RedisServer  # noqa: E402
from scale_cluster import Cluster  # noqa: E402

SETUPS = {"embedded": (1, 0), "workers": (1, 2), "replicas": (2, 2)}
SUMMARIZED = re.compile(r"summarized (\d+) characters in ([\d.]+) s")
CPU = re.compile(r"\(([\d.]+) s CPU")
COMMON = {"BOT_RATE_LIMIT": "0", "BOT_MAX_WAIT": "600", "QUEUE_MAX_BACKLOG": "10000"}


async def run_setup(name: str, n: int, tmp: Path) -> dict[str, Any]:
    replicas, workers = SETUPS[name]
    stub = BotAPIStub(TOKEN)
    api = await stub.start()
    redis = RedisServer(tmp / name / "redis").start() if workers else None
    if redis is not None:
        await redis.ready()
    cluster = Cluster(stub, api, redis.url if redis else "", tmp / name)
    try:
        if not workers:  # the embedded default: no REDIS_URL, the bot's own process pool
            port = free_port()
            env = bot_env(
                api,
                tmp / name,
                TOKEN,
                WEBHOOK_URL="https://bot.example.org",
                WEBHOOK_SECRET="s3cret",
                WEBHOOK_HOST="127.0.0.1",
                WEBHOOK_PORT=str(port),
                BOT_POOL="process",
                BOT_WORKERS="2",
                **COMMON,
            )
            cluster.bots.append(await BotProcess(env, tmp).start())
            cluster.bot_ports.append(port)
        else:
            for _ in range(replicas):
                await cluster.add_bot(**COMMON)
            for _ in range(workers):
                await cluster.add_worker(**COMMON)
        await cluster.ready()
        articles = load_articles(n)
        cpu_before = sum(cpu_seconds(b.pid) for b in cluster.bots)
        posted: dict[int, float] = {}
        for i, (_title, text) in enumerate(articles):
            chat_id = 700_000 + i
            chat = {"id": chat_id, "first_name": f"Ч{i}", "type": "private"}
            user = {"id": chat_id, "is_bot": False, "first_name": f"Ч{i}"}
            posted[chat_id] = time.monotonic()
            status = await cluster.post(
                i % replicas, message(text[:MESSAGE_LIMIT], chat=chat, user=user)
            )
            assert status == 200, status
        deadline = time.monotonic() + 60 + 30 * n
        while time.monotonic() < deadline:
            final = [c for c in posted if any(PLACEHOLDER not in m.text for m in stub.visible(c))]
            if len(final) == n:
                break
            await asyncio.sleep(0.05)
        row = tally(name, stub, posted, cluster)
        row["bot_mb"] = max(rss_kb(b.pid) for b in cluster.bots) / 1024
        row["bot_cpu_ms"] = 1000 * (sum(cpu_seconds(b.pid) for b in cluster.bots) - cpu_before) / n
        row["worker_mb"] = max((rss_kb(w.pid) for w in cluster.workers), default=0) / 1024
        return row
    finally:
        await cluster.stop()
        await stub.stop()
        if redis is not None:
            redis.stop()


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (its own, not its children's)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tally(
    name: str, stub: BotAPIStub, posted: dict[int, float], cluster: Cluster
) -> dict[str, Any]:
    times, once, refused, lost, twice = [], 0, 0, 0, 0
    last = 0.0
    for chat_id, at in posted.items():
        shown = stub.visible(chat_id)
        answers = [m for m in shown if PLACEHOLDER not in m.text]
        if not answers:
            lost += 1
            continue
        if len(shown) > 1:
            twice += 1
        else:
            once += 1
        if "перегружен" in answers[0].text:
            refused += 1
        times.append(answers[0].updated - at)
        last = max(last, answers[0].updated)
    seconds = [
        float(m.group(2))
        for proc in cluster.bots + cluster.workers
        for line in proc.lines
        if (m := SUMMARIZED.search(line))
    ]
    cpu = [
        float(m.group(1))
        for proc in cluster.workers
        for line in proc.lines
        if "summarized" in line and (m := CPU.search(line))
    ]
    first = min(posted.values())
    return {
        "setup": name,
        "n": len(posted),
        "once": once,
        "twice": twice,
        "lost": lost,
        "refused": refused,
        "p50": percentile(times, 0.5) if times else float("nan"),
        "p95": percentile(times, 0.95) if times else float("nan"),
        "per_min": 60 * len(times) / (last - first) if times else 0.0,
        "job_s": statistics.mean(seconds) if seconds else float("nan"),
        "jobs": len(seconds),
        "cpu_s": statistics.mean(cpu) if cpu else float("nan"),
    }


async def main_async(args: argparse.Namespace) -> int:
    print(f"load average before: {load_average()}  ({args.n} distinct articles per setup)")
    rows = []
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        for name in args.setups:
            row = await run_setup(name, args.n, Path(tmp))
            rows.append(row)
            print(
                f"{row['setup']:<9} answered once {row['once']}/{row['n']}, twice {row['twice']}, "
                f"lost {row['lost']}, refused {row['refused']}; reply p50 {row['p50']:.1f} s, "
                f"p95 {row['p95']:.1f} s; throughput {row['per_min']:.0f} articles/min; "
                f"{row['jobs']} summaries at {row['job_s']:.2f} s each"
                + (
                    f" ({row['cpu_s']:.2f} s CPU: {60 / row['cpu_s']:.0f} articles/min per core)"
                    if row["cpu_s"] == row["cpu_s"]
                    else ""
                )
                + f"; bot CPU {row['bot_cpu_ms']:.0f} ms per request"
                + f"; RSS bot {row['bot_mb']:.0f} MB, "
                f"worker {row['worker_mb']:.0f} MB  (load {load_average()})",
                flush=True,
            )
    return 0 if all(r["lost"] == 0 and r["twice"] == 0 for r in rows) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--setups", nargs="+", choices=list(SETUPS), default=list(SETUPS))
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
