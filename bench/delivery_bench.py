"""Subscription matching and webhook delivery, measured.

    .venv/bin/python bench/delivery_bench.py [--subscriptions 10000] [--webhooks 3000]

1. Matching: incidents matched per second against 10,000 subscriptions with varied filters (pure code).
2. Delivery throughput: webhooks/s from the Redis delivery queue through the dispatcher to a local
   receiver running in another process (target ≥ 500/s on this 2-core machine).
3. Added latency: enqueue → received at a steady 100/s when the receiver is healthy (target p99 < 50 ms).
Needs Redis (`newsalert services up`). Prints one table; quote medians.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiohttp import web

from domain.matching import matching_subscriptions
from schemas.alert import Subscription, SubscriptionFilters, SubscriptionIn
from schemas.event import Incident
from schemas.incident import Casualties, Location
from streams import services, store
from streams.delivery import Dispatcher
from streams.logging import configure_logging
from streams.settings import Settings, get_settings

COUNTRIES = ["IQ", "AF", "SY", "LB", "LY", "SO", "SD", "YE", "ML", "NE", "PK", "NG", "UA", "IL", "IR", "TR"]
TYPES = ["rocket_attack", "airstrike", "bombing", "armed_assault", "storming", "arson", "kidnapping"]
SEVERITIES = ["low", "medium", "high", "critical"]


def random_filters(rng: random.Random) -> SubscriptionFilters:
    raw: dict[str, object] = {}
    if rng.random() < 0.6:
        raw["countries"] = rng.sample(COUNTRIES, rng.randint(1, 4))
    if rng.random() < 0.3:
        raw["incident_types"] = rng.sample(TYPES, rng.randint(1, 3))
    if rng.random() < 0.4:
        raw["min_severity"] = rng.choice(SEVERITIES)
    if rng.random() < 0.2:
        lat, lon = rng.uniform(-40, 60), rng.uniform(-20, 120)
        raw["radius"] = {"lat": lat, "lon": lon, "km": rng.uniform(100, 3000)}
    if rng.random() < 0.1:
        raw["alert_only"] = False
    return SubscriptionFilters.model_validate(raw)


def random_incident(rng: random.Random, n: int) -> Incident:
    now = datetime.now(UTC)
    return Incident(
        incident_id=f"inc_{n}",
        place_key="IQ",
        incident_type=rng.choice(TYPES),  # type: ignore[arg-type]
        target_type="diplomatic" if rng.random() < 0.7 else "military",
        severity=rng.choice(SEVERITIES),  # type: ignore[arg-type]
        alert=rng.random() < 0.7,
        location=Location(
            country_code=rng.choice(COUNTRIES), lat=rng.uniform(-30, 50), lon=rng.uniform(0, 100)
        ),
        casualties=Casualties(),
        first_seen=now,
        last_seen=now,
        languages=["en"],
    )


def bench_matching(count: int) -> tuple[float, float]:
    rng = random.Random(42)
    subs = [
        Subscription(
            id=f"sub_{i}",
            url="https://example.com/h",
            secret="whsec_AAAA",
            created_at=datetime.now(UTC),
            filters=random_filters(rng),
        )
        for i in range(count)
    ]
    incidents = [random_incident(rng, n) for n in range(300)]
    rates, matches = [], 0
    for _ in range(5):
        started = time.perf_counter()
        matches = sum(len(list(matching_subscriptions(subs, inc, "incident.opened"))) for inc in incidents)
        rates.append(len(incidents) / (time.perf_counter() - started))
    return statistics.median(rates), matches / len(incidents)


def receiver_process(port: int, ready: Any) -> None:
    latencies: list[float] = []

    async def hook(request: web.Request) -> web.Response:
        body = await request.read()
        latencies.append((time.time() - json.loads(body)["sent_at"]) * 1000)
        return web.Response(text="ok")

    async def stats(_: web.Request) -> web.Response:
        data = list(latencies)
        latencies.clear()
        return web.json_response(data)

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/hook", hook)
        app.router.add_get("/stats", stats)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


async def fetch_stats(port: int) -> list[float]:
    import httpx

    async with httpx.AsyncClient() as client:
        return list((await client.get(f"http://127.0.0.1:{port}/stats")).json())


async def bench_delivery(settings: Settings, port: int, webhooks: int) -> tuple[float, list[float]]:
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    redis = store.connect(settings.redis_url)
    subs = store.SubscriptionStore(redis, prefix)
    queue = store.DeliveryQueue(redis, prefix)
    receivers = [await subs.create(SubscriptionIn(url=f"http://127.0.0.1:{port}/hook")) for _ in range(4)]
    wakeup = asyncio.Event()

    async def ignore(*_: object) -> None:
        return None

    dispatcher = Dispatcher(queue, subs, settings, wakeup, on_result=ignore, on_give_up=ignore)
    runner = asyncio.create_task(dispatcher.run())

    async def enqueue(n: int) -> None:
        body = json.dumps({"sent_at": time.time(), "n": n}).encode()
        sub = receivers[n % len(receivers)]
        await queue.enqueue(f"msg_{prefix}_{n}", sub.id, "incident.opened", f"inc_{n}", body)
        wakeup.set()

    # Throughput: a backlog of webhooks, drained as fast as the dispatcher can.
    await fetch_stats(port)
    started = time.perf_counter()
    for start in range(0, webhooks, 100):
        await asyncio.gather(*(enqueue(n) for n in range(start, min(webhooks, start + 100))))
    deadline = time.monotonic() + 120
    while await queue.pending_count() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    throughput = webhooks / (time.perf_counter() - started)
    await fetch_stats(port)

    # Added latency at a steady, healthy 100/s.
    for n in range(1000):
        await enqueue(webhooks + n)
        await asyncio.sleep(0.01)
    await asyncio.sleep(1.0)
    latencies = await fetch_stats(port)
    runner.cancel()
    keys = [key async for key in redis.scan_iter(f"{prefix}:*")]
    for start in range(0, len(keys), 500):
        await redis.delete(*keys[start : start + 500])
    await redis.aclose()
    return throughput, latencies


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--webhooks", type=int, default=3_000)
    args = parser.parse_args()
    settings = get_settings().model_copy(update={"allow_private_targets": True})
    configure_logging("console", "WARNING")  # one log line per webhook would be what we measure
    services.up(settings)

    rate, per_incident = bench_matching(args.subscriptions)
    ready = multiprocessing.Event()
    port = 18000 + random.randint(0, 999)
    receiver = multiprocessing.Process(target=receiver_process, args=(port, ready), daemon=True)
    receiver.start()
    ready.wait(10)
    try:
        throughput, latencies = asyncio.run(bench_delivery(settings, port, args.webhooks))
    finally:
        receiver.terminate()

    print(f"\n{'measure':<58}{'value':>12}  target")
    label = f"matching, {args.subscriptions} subscriptions (incidents/s, median of 5)"
    print(f"{label:<58}{rate:>12.0f}")
    print(f"{'  subscriptions matched per incident (mean)':<58}{per_incident:>12.0f}")
    print(f"{'delivery throughput to a local receiver (webhooks/s)':<58}{throughput:>12.0f}  >= 500")
    if latencies:
        print(f"{'delivery added latency p50 at 100/s (ms)':<58}{statistics.median(latencies):>12.1f}")
        print(f"{'delivery added latency p99 at 100/s (ms)':<58}{percentile(latencies, 0.99):>12.1f}  < 50")
        print(f"{'  webhooks measured':<58}{len(latencies):>12}")


if __name__ == "__main__":
    main()
