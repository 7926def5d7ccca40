"""Feed ingestion benchmark: conditional polls per second, and full-text extraction throughput.

    .venv/bin/python bench/feeds_bench.py [--feeds 1000] [--hosts 32] [--runs 5] [--pages 50]

* polls/s: 1,000 feeds registered in Redis (a throw-away prefix), served by a local aiohttp server in
  another process, spread over `--hosts` loopback addresses (127.0.0.2, 127.0.0.3, …) so the per-host
  limit applies as it would on the real web; after one warm-up poll that stores each feed's ETag, every
  feed is made due and polled again: each poll is a registry claim, a conditional GET answered 304, and
  the outcome recorded in Redis. One worker, default settings; one row per per-host limit.
* pages/s: trafilatura main-text extraction on ~50 KB article pages generated here (article text inside
  navigation, sidebars, comments and footer), on one thread and as the poller runs it (asyncio.to_thread,
  several at once).

Medians over `--runs`. Needs Redis (`newsalert services up`); Kafka is not used (nothing is produced).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from domain.feeds.models import FeedIn  # noqa: E402
from streams import store  # noqa: E402
from streams.feeds.poller import extract_main_text  # noqa: E402
from streams.feeds.registry import FeedStore  # noqa: E402
from streams.feeds.service import build_poller  # noqa: E402
from streams.logging import configure_logging  # noqa: E402
from streams.settings import Settings  # noqa: E402

EMPTY_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>
<link>http://bench.invalid/</link><description>no new entries</description></channel></rss>"""


def serve(hosts: list[str], port: int, ready: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    from aiohttp import web

    etag = '"' + hashlib.sha1(EMPTY_FEED).hexdigest()[:16] + '"'

    async def feed(request: web.Request) -> web.Response:
        if request.headers.get("if-none-match") == etag:
            return web.Response(status=304, headers={"etag": etag})
        return web.Response(body=EMPTY_FEED, content_type="application/rss+xml", headers={"etag": etag})

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/{name}", feed)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        for host in hosts:
            await web.TCPSite(runner, host, port, backlog=1024).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


async def bench_polls(feeds: int, hosts: list[str], port: int, runs: int, host_limit: int) -> list[float]:
    settings = Settings(
        topic_prefix=f"bench{uuid.uuid4().hex[:8]}",
        allow_private_targets=True,
        feed_host_concurrency=host_limit,
        feed_poll_min_s=1,
    )
    redis = store.connect(settings.redis_url)
    registry = FeedStore(redis, settings.topic_prefix)

    async def no_sink(articles: object) -> list[str]:
        raise AssertionError("nothing should be produced")

    poller = build_poller(settings, redis, no_sink)
    ids = []
    try:
        for i in range(feeds):
            feed, _ = await registry.add(
                FeedIn(url=f"http://{hosts[i % len(hosts)]}:{port}/f{i}.xml"), 600, 1
            )
            ids.append(feed.id)
        due = f"{settings.topic_prefix}:feeds:due"
        await poller.poll_due()  # warm-up: 200s, ETags stored
        rates = []
        for _ in range(runs):
            await redis.zadd(due, dict.fromkeys(ids, 0))
            started = time.perf_counter()
            results = await poller.poll_due()
            elapsed = time.perf_counter() - started
            assert len(results) == feeds and all(r.status == "not_modified" for r in results), {
                r.status for r in results
            }
            rates.append(feeds / elapsed)
        return rates
    finally:
        await poller.aclose()
        keys = [k async for k in redis.scan_iter(f"{settings.topic_prefix}:*")]
        if keys:
            await redis.delete(*keys)
        await redis.aclose()


TEXT = (
    "the minister said on tuesday that talks with the delegation would resume next week after officials "
    "from both sides agreed on a framework for the negotiations over water rights along the river basin "
    "farmers in the region have complained for years about shortages during the dry season while cities "
    "downstream have grown quickly and the reservoir built in the nineteen seventies now holds less water"
)
WORDS = TEXT.split()


def make_page(rng: random.Random, size: int = 50_000) -> bytes:
    def sentence() -> str:
        words = rng.choices(WORDS, k=rng.randint(12, 24))
        return " ".join(words).capitalize() + "."

    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
    aside = "".join(f'<li><a href="/story/{i}">{sentence()}</a></li>' for i in range(25))
    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{sentence()}</title>",
        "<script>window.dataLayer=[];function track(){return 1}</script></head><body>",
        f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{sentence()}</h1>",
    ]
    body: list[str] = []
    while sum(map(len, parts)) + sum(map(len, body)) < size * 0.75:
        body.append("<p>" + " ".join(sentence() for _ in range(4)) + "</p>")
    parts += body
    parts.append(f"</article></main><aside><h2>Most read</h2><ul>{aside}</ul></aside>")
    comments = "".join(f"<div class='comment'><b>reader{i}</b><p>{sentence()}</p></div>" for i in range(12))
    parts.append(f"<section id='comments'>{comments}</section>")
    parts.append("<footer><p>Copyright. Cookie settings. Privacy policy. Terms.</p></footer></body></html>")
    page = "".join(parts)
    while len(page) < size:
        page = page.replace("</footer>", f"<p>{sentence()}</p></footer>", 1)
    return page.encode()


async def bench_extraction(pages: list[bytes], runs: int, threads: int) -> tuple[list[float], list[float]]:
    sequential, threaded = [], []
    for _ in range(runs):
        started = time.perf_counter()
        for page in pages:
            assert extract_main_text(page, "https://bench.invalid/a")
        sequential.append(len(pages) / (time.perf_counter() - started))
        limit = asyncio.Semaphore(threads)

        async def one(page: bytes, limit: asyncio.Semaphore = limit) -> None:
            async with limit:
                await asyncio.to_thread(extract_main_text, page, "https://bench.invalid/a")

        started = time.perf_counter()
        await asyncio.gather(*(one(page) for page in pages))
        threaded.append(len(pages) / (time.perf_counter() - started))
    return sequential, threaded


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=32)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    configure_logging("console", "WARNING")  # a line per poll would measure the terminal, not the poller

    hosts = [f"127.0.0.{i + 2}" for i in range(args.hosts)]
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    server = context.Process(target=serve, args=(hosts, port, ready), daemon=True)
    server.start()
    rows: list[tuple[str, str, str, str]] = []
    try:
        if not ready.wait(20):
            raise SystemExit("the feed server did not start")
        for host_limit in (2, 8):
            rates = asyncio.run(bench_polls(args.feeds, hosts, port, args.runs, host_limit))
            rows.append(
                (
                    f"polls/s, {args.feeds} feeds answering 304, {args.hosts} hosts, {host_limit} per host",
                    f"{statistics.median(rates):,.0f}",
                    f"{min(rates):,.0f}",
                    f"{max(rates):,.0f}",
                )
            )
    finally:
        server.terminate()
        server.join(5)

    rng = random.Random(5)
    pages = [make_page(rng) for _ in range(args.pages)]
    mean_kb = statistics.mean(len(p) for p in pages) / 1000
    sequential, threaded = asyncio.run(bench_extraction(pages, args.runs, args.threads))
    for label, rates in (
        (f"pages/s, trafilatura, {args.pages} pages of ~{mean_kb:.0f} KB, 1 thread", sequential),
        (f"pages/s, same via asyncio.to_thread, {args.threads} at once", threaded),
    ):
        rows.append(
            (
                label,
                f"{statistics.median(rates):,.1f}",
                f"{min(rates):,.1f}",
                f"{max(rates):,.1f}",
            )
        )
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'median':>8}  {'min':>8}  {'max':>8}   ({args.runs} runs)")
    for label, median, low, high in rows:
        print(f"{label:<{width}}  {median:>8}  {low:>8}  {high:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
