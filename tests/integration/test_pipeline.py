"""The walking skeleton on the real Kafka and Redis: article in, signed webhook out."""

from __future__ import annotations

import asyncio
import json
import signal
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from domain.signing import verify
from streams.sink import WebhookSink
from tests.integration.conftest import SAMPLES, wait_for
from tests.pipeline import Pipeline

pytestmark = pytest.mark.integration


def sample(article_id: str) -> dict[str, Any]:
    return SAMPLES[article_id]


@pytest.fixture
async def sink() -> AsyncIterator[tuple[WebhookSink, str]]:
    receiver = WebhookSink()
    url = await receiver.start()
    yield receiver, url
    await receiver.stop()


async def post(pipeline: Pipeline, body: Any) -> httpx.Response:
    async with httpx.AsyncClient(timeout=30) as client:
        if isinstance(body, bytes | str):
            return await client.post(
                f"{pipeline.base}/articles", content=body, headers={"content-type": "application/json"}
            )
        return await client.post(f"{pipeline.base}/articles", json=body)


async def test_seed_story_raises_exactly_one_signed_webhook(
    pipeline: Pipeline, sink: tuple[WebhookSink, str]
) -> None:
    receiver, url = sink
    subscription = pipeline.subscribe(url)
    # Wait until the worker has joined its consumer group, so the 10 s clock measures the pipeline.
    await asyncio.sleep(0)
    response = await post(pipeline, sample("sample-id-baghdad"))
    assert response.status_code == 202, response.text
    posted = time.monotonic()
    assert await wait_for(lambda: receiver.received, timeout=60), "no webhook arrived"
    latency = time.monotonic() - posted
    await asyncio.sleep(3)  # nothing more may come
    assert len(receiver.received) == 1
    hook = receiver.received[0]
    verify(str(subscription["secret"]), hook.headers, hook.body)
    data = hook.payload["data"]
    assert hook.payload["type"] == "incident.opened"
    assert data["incident"]["incident_type"] == "rocket_attack"
    assert data["incident"]["target_type"] == "diplomatic"
    assert data["incident"]["location"]["country_code"] == "IQ"
    assert data["article"]["id"] == "sample-id-baghdad"
    assert hook.headers["webhook-id"] == data["id"]
    print(f"seed webhook after {latency:.2f} s (includes the worker's first partition assignment)")


async def test_second_alert_arrives_within_ten_seconds(
    pipeline: Pipeline, sink: tuple[WebhookSink, str]
) -> None:
    """Once the worker runs, POST → webhook well inside 10 s (the first test's clock includes start-up)."""
    receiver, url = sink
    pipeline.subscribe(url)
    await post(pipeline, sample("sample-en-kabul"))
    assert await wait_for(lambda: receiver.received, timeout=60)
    await post(pipeline, sample("sample-id-baghdad"))
    posted = time.monotonic()
    assert await wait_for(lambda: len(receiver.received) >= 2, timeout=10), "not within 10 s"
    print(f"POST → webhook: {time.monotonic() - posted:.3f} s")


async def test_seed_from_shared_raises_alert(
    pipeline: Pipeline, sink: tuple[WebhookSink, str], shared_dir: Path
) -> None:
    receiver, url = sink
    pipeline.subscribe(url)
    body = (shared_dir / "seed" / "baghdad-embassy-rockets.id.txt").read_text(encoding="utf-8")
    assert (await post(pipeline, {"body": body, "id": "shared-seed"})).status_code == 202
    assert await wait_for(lambda: receiver.received, timeout=60)
    incident = receiver.received[0].payload["data"]["incident"]
    assert (incident["incident_type"], incident["target_type"], incident["location"]["country_code"]) == (
        "rocket_attack",
        "diplomatic",
        "IQ",
    )


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b'{"body": "x", ', "malformed JSON"),
        (b'{"title": "no body"}', "body"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"", "empty"),
        (b"[1, 2]", "JSON object"),
        (b'{"body": ""}', "body"),
    ],
)
async def test_bad_http_input_gets_a_422_naming_the_problem(
    live_services: object, body: bytes, needle: str, api_only: Pipeline
) -> None:
    response = await post(api_only, body)
    assert response.status_code == 422
    assert needle in response.text


async def test_huge_body_gets_413(api_only: Pipeline) -> None:
    response = await post(api_only, b'{"body": "' + b"x" * 6_000_000 + b'"}')
    assert response.status_code == 413


@pytest.fixture(scope="module")
def api_only(live_services: object) -> Iterator[Pipeline]:
    running = Pipeline()
    running.start_api()
    yield running
    running.stop()


async def test_malformed_record_on_raw_topic_goes_to_deadletter_and_stream_goes_on(
    pipeline: Pipeline, sink: tuple[WebhookSink, str]
) -> None:
    receiver, url = sink
    pipeline.subscribe(url)
    settings_bootstrap = "127.0.0.1:9092"
    producer = AIOKafkaProducer(bootstrap_servers=settings_bootstrap)
    await producer.start()
    try:
        raw_topic = f"{pipeline.prefix}.articles.raw"
        await producer.send_and_wait(raw_topic, b"{not json at all", b"bad-1")
        await producer.send_and_wait(raw_topic, b'{"title": "missing body"}', b"bad-2")
        await producer.send_and_wait(raw_topic, b"\xc3\x28 invalid utf-8", b"bad-3")
    finally:
        await producer.stop()
    await post(pipeline, sample("sample-en-kabul"))
    assert await wait_for(lambda: receiver.received, timeout=60), (
        "the good record after the bad ones was lost"
    )

    consumer = AIOKafkaConsumer(
        f"{pipeline.prefix}.deadletter",
        bootstrap_servers=settings_bootstrap,
        auto_offset_reset="earliest",
        group_id=None,
    )
    await consumer.start()
    try:
        letters: list[dict[str, Any]] = []
        deadline = time.monotonic() + 30
        while len(letters) < 3 and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=1000)
            letters.extend(json.loads(m.value) for records in batch.values() for m in records)
    finally:
        await consumer.stop()
    by_key = {letter["key"]: letter for letter in letters}
    assert set(by_key) == {"bad-1", "bad-2", "bad-3"}
    assert all(letter["stage"] == "normalize" and letter["reason"] for letter in letters)
    assert "body" in by_key["bad-2"]["reason"]
    assert by_key["bad-1"]["value"] == "{not json at all"
    assert by_key["bad-3"]["value_base64"]  # byte-exact copy of a non-UTF-8 record


def generated_articles(count: int) -> list[dict[str, Any]]:
    """Distinct articles about attacks on embassies, in our own words, with varied places and figures."""
    places = [
        ("Baghdad", "Iraq"),
        ("Kabul", "Afghanistan"),
        ("Beirut", "Lebanon"),
        ("Tripoli", "Libya"),
        ("Mogadishu", "Somalia"),
        ("Khartoum", "Sudan"),
        ("Sanaa", "Yemen"),
        ("Damascus", "Syria"),
    ]
    owners = ["US", "British", "French", "Turkish", "Italian", "German", "Japanese", "Egyptian"]
    articles = []
    for n in range(count):
        city, country = places[n % len(places)]
        owner = owners[(n // len(places)) % len(owners)]
        articles.append(
            {
                "id": f"gen-{n:04d}",
                # Days apart, so that each is an incident of its own rather than a re-report of another.
                "published_at": (datetime(2020, 1, 1, tzinfo=UTC) + timedelta(days=3 * n)).isoformat(),
                "title": f"Gunmen attack the {owner} embassy in {city}",
                "body": f"{city.upper()}, {country} — Gunmen opened fire on the {owner} embassy in {city} on "
                f"day {n}, wounding {n % 7 + 1} guards, police said. Report number {n}.",
            }
        )
    return articles


async def test_kill_dash_nine_mid_stream_loses_no_alert(
    pipeline: Pipeline, sink: tuple[WebhookSink, str]
) -> None:
    from domain.classify import get_classifier

    receiver, url = sink
    pipeline.subscribe(url)
    articles = generated_articles(200)
    classifier = get_classifier()
    expected = {a["id"] for a in articles if classifier.classify(a).alert}
    assert len(expected) >= 150, "the generated articles should mostly be alerts"

    async def stream_articles() -> None:
        for start in range(0, len(articles), 10):
            assert (await post(pipeline, articles[start : start + 10])).status_code == 202
            await asyncio.sleep(0.15)

    producer = asyncio.create_task(stream_articles())
    assert await wait_for(lambda: len(receiver.received) >= 20, timeout=60)
    Pipeline.kill(pipeline.workers[0], signal.SIGKILL)  # mid-stream, no goodbye
    delivered_at_kill = len(receiver.received)
    assert delivered_at_kill < len(expected), "the worker was not killed mid-stream"
    await asyncio.sleep(1.0)
    await asyncio.to_thread(pipeline.start_worker)
    await producer

    def delivered_ids() -> set[str]:
        return {hook.payload["data"]["article"]["id"] for hook in receiver.received}

    assert await wait_for(lambda: expected <= delivered_ids(), timeout=120, step=0.5), (
        f"missing alerts: {sorted(expected - delivered_ids())[:10]}"
    )
    webhook_ids: dict[str, set[str]] = {}
    for hook in receiver.received:
        webhook_ids.setdefault(hook.payload["data"]["article"]["id"], set()).add(hook.headers["webhook-id"])
    assert all(len(ids) == 1 for ids in webhook_ids.values()), "a repeat came with a different webhook-id"
    assert delivered_ids() == expected
    repeats = len(receiver.received) - len(webhook_ids)
    print(
        f"kill -9 after {delivered_at_kill} webhooks: {len(expected)} alerts delivered, "
        f"{repeats} repeats (same webhook-id)"
    )
