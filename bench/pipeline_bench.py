"""End-to-end latency (POST /articles → webhook received) at a steady rate, beside the raw Kafka
produce → consume round trip on the same broker, so the pipeline's own cost is visible.

    .venv/bin/python bench/pipeline_bench.py [--rate 50] [--count 500]

Starts the services if needed, a worker and the API as processes (own topic prefix), a local receiver.
Prints one table; quote medians and ratios (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams import services
from streams.settings import get_settings
from streams.sink import Received, WebhookSink
from tests.pipeline import Pipeline


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def article(n: int, run: str) -> dict[str, str]:
    cities = ["Baghdad", "Kabul", "Beirut", "Tripoli", "Mogadishu", "Khartoum", "Sanaa", "Damascus"]
    city = cities[n % len(cities)]
    return {
        "id": f"bench-{run}-{n}",
        # Days apart, so each is an incident of its own (not a re-report joining an earlier one).
        "published_at": (datetime(2020, 1, 1, tzinfo=UTC) + timedelta(days=3 * (n + 1))).isoformat(),
        "title": f"Rockets strike near the US embassy in {city}",
        "body": f"{city.upper()} — Several rockets struck near the US embassy in {city} early on day {n}, "
        f"damaging a gate, security officials said. Nobody was hurt. Bench run {run}, article {n}.",
    }


async def pipeline_latencies(rate: float, count: int, workers: int) -> list[float]:
    pipeline = Pipeline(log_dir=Path("test-artifacts/bench-logs"))
    pipeline.start()
    for _ in range(workers - 1):
        pipeline.start_worker()
    sink_times: dict[str, float] = {}

    def arrived(item: Received) -> None:
        sink_times[item.payload["data"]["article"]["id"]] = time.perf_counter()

    sink = WebhookSink(on_receive=arrived)
    url = await sink.start()
    pipeline.subscribe(url)
    run = uuid.uuid4().hex[:6]
    sent: dict[str, float] = {}
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            warm = article(-1, run)
            await client.post(f"{pipeline.base}/articles", json=warm)
            deadline = time.monotonic() + 90
            while warm["id"] not in sink_times and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            start = time.perf_counter()
            for n in range(count):
                target = start + n / rate
                delay = target - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                item = article(n, run)
                sent[item["id"]] = time.perf_counter()
                response = await client.post(f"{pipeline.base}/articles", json=item)
                response.raise_for_status()
            deadline = time.monotonic() + 60
            while sum(1 for key in sent if key in sink_times) < count and time.monotonic() < deadline:
                await asyncio.sleep(0.2)
    finally:
        await sink.stop()
        pipeline.stop()
    return [(sink_times[key] - t) * 1000 for key, t in sent.items() if key in sink_times]


async def kafka_round_trips(rate: float, count: int) -> list[float]:
    settings = get_settings()
    topic = f"bench-roundtrip-{uuid.uuid4().hex[:8]}"
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", linger_ms=0)
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka_bootstrap,
        auto_offset_reset="earliest",
        group_id=None,
        fetch_max_wait_ms=500,
    )
    await producer.start()
    await producer.send_and_wait(topic, b"warm-up")
    await consumer.start()
    received: dict[int, float] = {}

    async def consume() -> None:
        async for message in consumer:
            if message.value != b"warm-up":
                received[int(message.value)] = time.perf_counter()
            if len(received) >= count:
                return

    reader = asyncio.create_task(consume())
    sent: dict[int, float] = {}
    start = time.perf_counter()
    for n in range(count):
        delay = start + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        sent[n] = time.perf_counter()
        await producer.send_and_wait(topic, str(n).encode())
    try:
        await asyncio.wait_for(reader, 30)
    finally:
        await producer.stop()
        await consumer.stop()
    return [(received[n] - t) * 1000 for n, t in sent.items() if n in received]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=float, default=50.0, help="articles (messages) per second")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--workers", type=int, default=1, help="Faust workers sharing the partitions")
    args = parser.parse_args()
    services.up(get_settings())
    kafka = await kafka_round_trips(args.rate, args.count)
    pipe = await pipeline_latencies(args.rate, args.count, args.workers)
    print(f"\nend-to-end latency at {args.rate:g}/s, {args.count} records, {args.workers} worker(s) (ms)")
    print(f"{'path':<42}{'n':>6}{'p50':>10}{'p99':>10}{'max':>10}")
    for name, values in (
        ("Kafka produce → consume (same broker)", kafka),
        ("POST /articles → webhook received", pipe),
    ):
        if values:
            print(
                f"{name:<42}{len(values):>6}{statistics.median(values):>10.1f}"
                f"{percentile(values, 0.99):>10.1f}{max(values):>10.1f}"
            )
        else:
            print(f"{name:<42}{0:>6}{'-':>10}{'-':>10}{'-':>10}")
    if kafka and pipe:
        ratio = statistics.median(pipe) / statistics.median(kafka)
        print(f"ratio of medians (pipeline / one Kafka hop): {ratio:.1f}x")
    lost = args.count - len(pipe)
    if lost:
        print(f"WARNING: {lost} webhooks did not arrive within 60 s after the last POST")


if __name__ == "__main__":
    asyncio.run(main())
