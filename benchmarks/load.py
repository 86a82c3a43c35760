"""The bot under a burst load and under big pages, as deployed: `python -m bot` in its own process.

    python benchmarks/load.py burst     # 300 updates from 60 users, six bursts every 20 s
    python benchmarks/load.py memory    # RSS after 1 and after 50 distinct 4 MB pages
    python benchmarks/load.py faults    # the issue's Bot API faults, kill -9 and SIGTERM
    python benchmarks/load.py burst --root /path/to/other/checkout   # the same load, other code

Everything is real except Telegram: the bot process long-polls the Bot API stand-in of the tests
(tests/botapi_stub.py) on 127.0.0.1, links are served by a local site (some slow, one per burst
hanging past the fetch timeout), the settings are the defaults (`BOT_POOL=auto`: two worker
processes for the extractive backend; the default per-user limit). Articles are distinct ones
from ../shared/data/articles_politics.jsonl (read at run time, never printed), or the seed
article varied when that file is absent.

A burst of 50 updates: 45 summary requests (25 pasted texts, 8 links, 4 forwarded channel posts,
5 group `/summary`, 3 inline link queries), each from a different user, and 5 `/help`. What is
measured is what the chats show: every request answered exactly once (no placeholder left), how
many answers are "бот перегружен", and the time from the update to its final answer.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import os
import random
import signal
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from aiohttp import web  # noqa: E402
from bot_fixtures import (  # noqa: E402
    TOKEN,
    article_html,
    command,
    forwarded_from_channel,
    message,
    update_inline,
    update_message,
    url_entities,
)
from bot_process import BotProcess, bot_env, children_of  # noqa: E402
from botapi_stub import BotAPIStub  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "articles_politics.jsonl"
SEED = ROOT / "tests" / "seed_article.txt"
GROUP = {"id": -1001234567000, "title": "Политклуб", "type": "supergroup"}
MESSAGE_LIMIT = 4000  # a pasted article must fit one Telegram message
PLACEHOLDER = "⏳ Читаю статью"


@functools.cache
def load_articles(n: int) -> list[tuple[str, str]]:
    """(title, text) of `n` distinct articles."""
    out: list[tuple[str, str]] = []
    if DATA.is_file():
        with DATA.open(encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines if line.strip()]
        rows = [r for r in rows if len(r.get("text") or "") >= 800]
        random.Random(12).shuffle(rows)
        out = [(r.get("title") or "Новость", r["text"]) for r in rows[:n]]
    seed = SEED.read_text(encoding="utf-8")
    while len(out) < n:
        out.append((f"Новость {len(out)}", f"{seed}\nВыпуск {len(out)}."))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@dataclass
class Request:
    kind: str  # text | link | forward | group | inline | help
    chat_id: int
    message_id: int | None  # the message the answer replies to (None: inline)
    query_id: str | None
    sent: float
    answer: str | None = None
    answered: float | None = None
    copies: int = 0


@dataclass
class Site:
    """Article pages on 127.0.0.1; a path's delay (seconds) makes a slow or hanging site."""

    pages: dict[str, bytes] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)
    held: dict[str, asyncio.Event] = field(default_factory=dict)  # answered once set
    base: str = ""
    runner: web.AppRunner | None = None

    async def start(self) -> None:
        async def handle(request: web.Request) -> web.Response:
            page = self.pages.get(request.path)
            if page is None:
                return web.Response(status=404, text="not found")
            await asyncio.sleep(self.delays.get(request.path, 0.0))
            if request.path in self.held:
                await self.held[request.path].wait()
            return web.Response(body=page, content_type="text/html", charset="utf-8")

        app = web.Application()
        app.router.add_get("/{tail:.*}", handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


async def start_bot(
    stub: BotAPIStub, tmp: Path, root: Path, **extra: str
) -> tuple[BotProcess, float]:
    settings = {
        "BOT_POOL": "auto",
        "BOT_WORKERS": "2",
        "BOT_RATE_LIMIT": "6",
        "BOT_PLACEHOLDER_DELAY": "1.0",
        "PYTHONPATH": str(root),
    }
    env = bot_env(stub.url, tmp, TOKEN, **{**settings, **extra})
    started = time.monotonic()
    bot = await BotProcess(env, tmp).start()
    line = await bot.wait_log("ready: long polling", "bot: long polling")  # this bot, an older one
    if "ready:" not in line:
        await asyncio.sleep(2.0)  # an older bot logs before its first getUpdates
    return bot, time.monotonic() - started


async def stop_bot(bot: BotProcess) -> tuple[int, float, list[int]]:
    workers = children_of(bot.pid)
    started = time.monotonic()
    bot.signal(signal.SIGTERM)
    code = await bot.wait_exit(120)
    took = time.monotonic() - started
    await asyncio.sleep(3.0)
    left = [p for p in workers if Path(f"/proc/{p}").exists()]
    return code, took, left


def collect(stub: BotAPIStub, requests: list[Request]) -> None:
    """Each request's final answer, from what the chats show and the inline answers."""
    answers: dict[tuple[int, int], list[Any]] = {}
    for m in stub.visible():
        if m.reply_to is not None:
            answers.setdefault((m.chat_id, m.reply_to), []).append(m)
    inline = {
        str(c.params["inline_query_id"]): c
        for c in stub.requests("answerInlineQuery", ok_only=True)
    }
    helps: dict[int, list[Any]] = {}  # /help is answered without a reply reference
    for m in stub.visible():
        if m.reply_to is None and "Три способа" in m.text:
            helps.setdefault(m.chat_id, []).append(m)
    for chat_id, shown in helps.items():
        asked = sorted(
            (r for r in requests if r.kind == "help" and r.chat_id == chat_id), key=lambda r: r.sent
        )
        for r, m in zip(asked, shown, strict=False):
            r.answer, r.answered, r.copies = m.text, m.updated, 1
    for r in requests:
        if r.query_id is not None:
            call = inline.get(r.query_id)
            if call is not None:
                content = call.params["results"][0]["input_message_content"]["message_text"]
                r.answer, r.answered, r.copies = content, call.at, 1
            continue
        if r.kind == "help":
            continue
        shown = answers.get((r.chat_id, r.message_id or 0), [])
        final = [m for m in shown if not m.text.startswith(PLACEHOLDER)]
        r.copies = len(shown)
        if final:
            r.answer, r.answered = final[-1].text, max(m.updated for m in final)


def outcome(r: Request) -> str:
    text = r.answer or ""
    if r.answer is None:
        return "lost"
    if "перегружен" in text:
        return "refused"
    if "Слишком много запросов" in text:
        return "rate limited"
    if r.kind == "help":
        return "help"
    if "ещё готовится" in text:
        return "inline: not ready in time"
    return "summary" if text.startswith("<b>") else "error message"


async def burst(args: argparse.Namespace) -> int:
    tmp = Path(args.tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    stub = BotAPIStub(TOKEN)
    await stub.start()
    site = Site()
    await site.start()
    per_burst = {"text": 25, "link": 8, "forward": 4, "group": 5, "inline": 3}
    n_summaries = sum(per_burst.values()) * args.bursts
    articles = iter(load_articles(n_summaries + 10))
    users = [{"id": 10_000 + i, "is_bot": False, "first_name": f"U{i}"} for i in range(60)]
    rng = random.Random(7)
    requests: list[Request] = []
    print(f"load average before: {load_average()} (2 cores; the other jobs on the machine)")
    bot, ready_after = await start_bot(stub, tmp, Path(args.root))
    print(f"bot ({args.root}): started and ready in {ready_after:.1f} s")
    try:
        for b in range(args.bursts):
            started = time.monotonic()
            order = list(range(60))
            rng.shuffle(order)
            kinds = [k for k, n in per_burst.items() for _ in range(n)]
            rng.shuffle(kinds)
            hanging_done = False
            for i, kind in enumerate(kinds):
                u = users[order[i]]
                private = {"id": u["id"], "first_name": u["first_name"], "type": "private"}
                title, text = next(articles)
                now = time.monotonic()
                if kind in ("text", "forward", "group"):
                    body = text[:MESSAGE_LIMIT]
                    if kind == "text":
                        msg = message(body, chat=private, user=u)
                    elif kind == "forward":
                        msg = forwarded_from_channel(
                            body, chat=private, user=u, post_id=b * 100 + i
                        )
                    else:
                        msg = command("summary", body, chat=GROUP, user=u)
                    stub.push(update_message(msg))
                    chat_id = GROUP["id"] if kind == "group" else u["id"]
                    requests.append(Request(kind, chat_id, msg["message_id"], None, now))
                else:
                    path = f"/news/{b}/{i}"
                    site.pages[path] = article_html(title, text).encode()
                    if kind == "link" and not hanging_done:
                        site.delays[path], hanging_done = 30.0, True  # past FETCH_TOTAL_TIMEOUT
                    elif rng.random() < 0.3:
                        site.delays[path] = rng.uniform(1.0, 4.0)
                    url = site.base + path
                    if kind == "link":
                        msg = message(url, entities=url_entities(url), chat=private, user=u)
                        stub.push(update_message(msg))
                        requests.append(Request(kind, u["id"], msg["message_id"], None, now))
                    else:
                        update = update_inline(url, user=u)
                        stub.push(update)
                        query_id = update["inline_query"]["id"]
                        requests.append(Request(kind, u["id"], None, query_id, now))
            for j in range(5):  # /help from users who sent nothing else in this burst
                u = users[order[45 + j]]
                private = {"id": u["id"], "first_name": u["first_name"], "type": "private"}
                msg = command("help", chat=private, user=u)
                stub.push(update_message(msg))
                requests.append(Request("help", u["id"], msg["message_id"], None, time.monotonic()))
            if b < args.bursts - 1:
                await asyncio.sleep(max(0.0, args.every - (time.monotonic() - started)))
        deadline = time.monotonic() + args.settle
        while time.monotonic() < deadline:
            collect(stub, requests)
            if all(r.answer is not None for r in requests):
                break
            await asyncio.sleep(1.0)
        await asyncio.sleep(3.0)  # anything sent twice shows up now
        collect(stub, requests)
        code, stop_took, left = await stop_bot(bot)
    finally:
        await bot.stop()
        await site.stop()
        await stub.stop()
        (tmp / "bot.log").write_text(bot.output, encoding="utf-8")
    print(f"load average after: {load_average()}; the bot's log: {tmp / 'bot.log'}")
    report(requests, stub)
    print(
        f"stop: SIGTERM -> exit status {code} in {stop_took:.1f} s; worker processes left: "
        f"{len(left)}"
    )
    lost = sum(1 for r in requests if r.answer is None)
    refused = sum(1 for r in requests if outcome(r) == "refused")
    return 0 if lost == 0 and refused <= 0.05 * n_summaries and code == 0 and not left else 1


def report(requests: list[Request], stub: BotAPIStub) -> None:
    summaries = [r for r in requests if r.kind != "help"]
    outcomes = Counter(outcome(r) for r in summaries)
    lost = sum(1 for r in requests if r.answer is None)
    copies = sum(1 for r in requests if r.copies > 1)
    left = sum(1 for m in stub.visible() if m.text.startswith(PLACEHOLDER))
    print(
        f"updates: {len(requests)} ({len(summaries)} summary requests, "
        f"{len(requests) - len(summaries)} /help)"
    )
    print(
        f"lost: {lost}; answered twice: {copies}; placeholders left: {left}; "
        f"stand-in violations: {len(stub.violations)}"
    )
    refused = outcomes.get("refused", 0)
    print(
        "summary requests: "
        + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
        + f"; refused {100 * refused / len(summaries):.1f}%"
    )
    times = [r.answered - r.sent for r in summaries if r.answered is not None]
    if times:
        print(
            f"time to the final answer: p50 {statistics.median(times):.1f} s, "
            f"p95 {percentile(times, 0.95):.1f} s, max {max(times):.1f} s"
        )
    for kind in ("text", "forward", "group", "link", "inline"):
        ts = [r.answered - r.sent for r in summaries if r.kind == kind and r.answered is not None]
        if ts:
            kinds = Counter(outcome(r) for r in summaries if r.kind == kind)
            print(
                f"  {kind:<8} n={len(ts):<4} p50 {statistics.median(ts):5.1f} s  "
                f"p95 {percentile(ts, 0.95):5.1f} s   "
                + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            )


def big_page(i: int, title: str, text: str, size: int) -> bytes:
    """A page of `size` bytes: the article, and around it what big news pages carry: menus,
    teasers, inline scripts and state blobs. Distinct per `i`."""
    rng = random.Random(i)
    menu = "".join(f'<li><a href="/rubric/{i}/{k}">Рубрика {k}</a></li>' for k in range(300))
    head = (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"></head><body><nav><ul>{menu}</ul></nav>'
    )
    article = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    parts = [head, f"<article><h1>{title}</h1>{article}</article>"]
    filler = []
    total = sum(len(p.encode()) for p in parts)
    k = 0
    while total < size - 2000:
        if k % 3 == 0:
            chunk = (
                '<script>window.__STATE__ = {"items": ['
                + ",".join(
                    f'{{"id": {rng.randrange(10**9)}, "v": "{rng.random()}"}}' for _ in range(200)
                )
                + "]};</script>"
            )
        else:
            chunk = (
                '<div class="teaser">'
                + "".join(
                    f'<a href="/news/{i}/{k}/{n}">Другая новость дня номер {rng.randrange(10**6)}</a>'
                    for n in range(50)
                )
                + "</div>"
            )
        filler.append(chunk)
        total += len(chunk.encode())
        k += 1
    parts += [*filler, "<footer>© Тестовые новости</footer></body></html>"]
    return "".join(parts).encode()


async def memory(args: argparse.Namespace) -> int:
    tmp = Path(args.tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    stub = BotAPIStub(TOKEN)
    await stub.start()
    site = Site()
    await site.start()
    articles = load_articles(args.pages)
    for i, (title, text) in enumerate(articles):
        site.pages[f"/big/{i}"] = big_page(i, title, text, args.page_mb * 2**20)
    sizes = [len(p) for p in site.pages.values()]
    print(
        f"{len(sizes)} distinct pages of {min(sizes) / 2**20:.2f}-{max(sizes) / 2**20:.2f} MB; "
        f"load average {load_average()}"
    )
    bot, _ = await start_bot(
        stub, tmp, Path(args.root), BOT_RATE_LIMIT="0", FETCH_MAX_BYTES=str(8 * 2**20)
    )
    results = []
    try:
        user = {"id": 20_000, "is_bot": False, "first_name": "M"}
        chat = {"id": 20_000, "first_name": "M", "type": "private"}
        for i in range(args.pages):
            url = f"{site.base}/big/{i}"
            msg = message(url, entities=url_entities(url), chat=chat, user=user)
            stub.push(update_message(msg))
            await stub.wait_for(
                lambda s, m=msg: any(
                    v.reply_to == m["message_id"] and not v.text.startswith(PLACEHOLDER)
                    for v in s.visible(chat["id"])
                ),
                300,
            )
            await asyncio.sleep(0.5)
            main = rss_kb(bot.pid)
            tree = main + sum(rss_kb(p) for p in children_of(bot.pid))
            results.append((main, tree))
            if i in (0, 9, 24, args.pages - 1):
                print(
                    f"after {i + 1:>2} pages: bot process {main / 1024:6.0f} MB, with workers {tree / 1024:6.0f} MB"
                )
        replies = [v.text for v in stub.visible(chat["id"])]
        ok = sum(1 for r in replies if "<b>" in r)
        await stop_bot(bot)
    finally:
        await bot.stop()
        await site.stop()
        await stub.stop()
    first, last = results[0], results[-1]
    print(f"summaries: {ok} of {args.pages}")
    print(
        f"RSS after {args.pages} / after 1: bot process {last[0] / first[0]:.2f}x, "
        f"with workers {last[1] / first[1]:.2f}x (target <= 1.5x)"
    )
    return 0 if last[0] <= 1.5 * first[0] and last[1] <= 1.5 * first[1] else 1


FAULTS = [  # (name, stand-in fault kind, seconds it lasts, extra arguments), as issue 12 ran them
    ("500 for 10 s", "status", 10.0, {}),
    ("502 HTML page for 10 s", "html502", 10.0, {}),
    ("dropped before processing, 10 s", "drop_before", 10.0, {}),
    ("dropped after processing, 10 s", "drop_after", 10.0, {}),
    ("429 retry_after=2 for 15 s", "retry_after", 15.0, {"retry_after": 2}),
    ("5 s slow answers for 10 s", "slow", 10.0, {"delay": 5.0}),
]


def link_request(site: Site, stub: BotAPIStub, n: int, tag: str) -> tuple[dict, str]:
    path = f"/fault/{tag}/{n}"
    title, text = load_articles(200)[n]
    site.pages[path] = article_html(title, text).encode()
    site.held[path] = asyncio.Event()  # held until released
    url = site.base + path
    chat = {"id": 30_000 + n, "first_name": f"F{n}", "type": "private"}
    user = {"id": 30_000 + n, "is_bot": False, "first_name": f"F{n}"}
    msg = message(url, entities=url_entities(url), chat=chat, user=user)
    stub.push(update_message(msg))
    return msg, path


def tally(stub: BotAPIStub, msgs: list[dict]) -> tuple[int, int, int, int]:
    """(answered once with the summary, answered with something else, answered twice or more,
    placeholders left)."""
    good = other = twice = left = 0
    for msg in msgs:
        shown = [m for m in stub.visible(msg["chat"]["id"]) if m.reply_to == msg["message_id"]]
        left += sum(1 for m in shown if m.text.startswith(PLACEHOLDER))
        final = [m for m in shown if not m.text.startswith(PLACEHOLDER)]
        if len(final) > 1:
            twice += 1
        elif final and final[0].text.startswith("<b>"):
            good += 1
        elif final:
            other += 1
    return good, other, twice, left


async def until(predicate: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.2)
    return bool(predicate())


async def faults(args: argparse.Namespace) -> int:
    tmp = Path(args.tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    stub = BotAPIStub(TOKEN)
    await stub.start()
    site = Site()
    await site.start()
    print(f"load average before: {load_average()}")
    extra = {"BOT_PLACEHOLDER_DELAY": "0.1", "BOT_RATE_LIMIT": "0"}
    bot, _ = await start_bot(stub, tmp, Path(args.root), **extra)
    failed = False
    try:
        for round_, (name, kind, seconds, more) in enumerate(FAULTS):
            batch = [link_request(site, stub, 4 * round_ + i, "f") for i in range(4)]
            msgs = [m for m, _ in batch]
            await until(lambda m=msgs: tally(stub, m)[3] == 4, 120)  # four placeholders
            stub.fault("sendMessage", "editMessageText", kind=kind, seconds=seconds, **more)
            for _, path in batch:
                site.held[path].set()
            await until(lambda m=msgs: sum(tally(stub, m)[:2]) == 4, 240)
            await asyncio.sleep(2.0)
            good, other, twice, left = tally(stub, msgs)
            failed |= bool(good != 4 or twice or left)
            print(
                f"{name:<34} summaries delivered once: {good}/4, other answers {other}, "
                f"twice {twice}, placeholders left {left}"
            )
            stub.clear_faults()
        for k, (signum, label) in enumerate(
            ((signal.SIGKILL, "kill -9"), (signal.SIGTERM, "SIGTERM"))
        ):
            batch = [link_request(site, stub, 100 + 10 * k + i, "k") for i in range(10)]
            msgs = [m for m, _ in batch]
            await until(lambda m=msgs: tally(stub, m)[3] == 10, 120)
            workers = children_of(bot.pid)
            bot.signal(signum)
            if signum == signal.SIGTERM:
                await asyncio.sleep(2.0)
                for _, path in batch[:5]:  # half the sites answer during the drain
                    site.held[path].set()
            code = await bot.wait_exit(120)
            await asyncio.sleep(2.0)
            orphans = [p for p in workers if Path(f"/proc/{p}").exists()]
            for _, path in batch:
                site.held[path].set()
            bot, _ = await start_bot(stub, tmp, Path(args.root), **extra)
            await until(lambda m=msgs: sum(tally(stub, m)[:2]) == 10, 240)
            await asyncio.sleep(2.0)
            good, other, twice, left = tally(stub, msgs)
            failed |= bool(good + other != 10 or twice or left or orphans)
            print(
                f"{label} with 10 in flight, then a restart: exit {code}; summaries {good}, "
                f"apologies {other}, twice {twice}, placeholders left {left}, "
                f"orphaned workers {len(orphans)}"
            )
        await stop_bot(bot)
    finally:
        await bot.stop()
        await site.stop()
        await stub.stop()
        (tmp / "bot.log").write_text(bot.output, encoding="utf-8")
    print(f"stand-in violations: {len(stub.violations)}; load average after: {load_average()}")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    b = sub.add_parser("burst", help="300 updates from 60 users in six bursts")
    b.add_argument("--bursts", type=int, default=6)
    b.add_argument("--every", type=float, default=20.0, help="seconds between bursts")
    b.add_argument("--settle", type=float, default=300.0, help="seconds to wait for answers")
    f = sub.add_parser("faults", help="Bot API faults, kill -9 and SIGTERM with work in flight")
    m = sub.add_parser("memory", help="RSS after 1 and after N distinct big pages")
    m.add_argument("--pages", type=int, default=50)
    m.add_argument("--page-mb", type=int, default=4)
    for p in (b, f, m):
        p.add_argument("--root", default=str(ROOT), help="the checkout whose `python -m bot` runs")
        p.add_argument("--tmp", default=f"/tmp/newsbrief-load-{os.getpid()}")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        runs = {"burst": burst, "faults": faults, "memory": memory}
        return asyncio.run(runs[args.what](args))
    return 1


if __name__ == "__main__":
    sys.exit(main())
