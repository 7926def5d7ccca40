"""Subscriptions, incident correlation and delivery on the real Kafka, Redis and local receivers."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from domain.signing import verify
from streams import services
from streams.settings import get_settings
from streams.sink import Received
from tests.integration.conftest import RE_REPORTS, SAMPLES, post_articles, wait_for
from tests.pipeline import Pipeline

pytestmark = pytest.mark.integration


def kinds(received: list[Received]) -> Counter[str]:
    return Counter(str(hook.payload["type"]) for hook in received)


async def test_re_reports_open_one_incident_and_casualties_escalate_it(
    pipeline: Pipeline, receivers: Callable[..., Any]
) -> None:
    ops, ops_url = await receivers()
    desk, desk_url = await receivers()
    pipeline.subscribe(ops_url)
    pipeline.subscribe(desk_url, filters={"countries": ["IQ"]})

    first = [SAMPLES["sample-id-baghdad"], RE_REPORTS["rr-en-wire"], RE_REPORTS["rr-ar-agency"]]
    assert (await post_articles(pipeline, first)).status_code == 202
    assert await wait_for(lambda: ops.received and desk.received, timeout=60)
    await asyncio.sleep(3)  # re-reports must not produce anything more
    for receiver in (ops, desk):
        assert kinds(receiver.received) == Counter({"incident.opened": 1})

    assert (await post_articles(pipeline, RE_REPORTS["rr-en-casualties"])).status_code == 202
    assert await wait_for(lambda: len(ops.received) >= 2 and len(desk.received) >= 2, timeout=30)
    await asyncio.sleep(2)
    for receiver in (ops, desk):
        assert kinds(receiver.received) == Counter({"incident.opened": 1, "incident.escalated": 1})
        escalated = next(h for h in receiver.received if h.payload["type"] == "incident.escalated")
        data = escalated.payload["data"]
        assert "injured" in data["changes"]
        assert data["incident"]["casualties"]["injured"] == 2
        assert len(data["incident"]["sources"]) == 4
        assert set(data["incident"]["languages"]) >= {"id", "en", "ar"}
        opened = next(h for h in receiver.received if h.payload["type"] == "incident.opened")
        assert opened.payload["data"]["incident_id"] == data["incident_id"]


async def test_updates_only_for_subscribers_who_ask(
    pipeline: Pipeline, receivers: Callable[..., Any]
) -> None:
    curious, url = await receivers()
    pipeline.subscribe(url, filters={"events": ["incident.opened", "incident.escalated", "incident.updated"]})
    await post_articles(pipeline, [SAMPLES["sample-id-baghdad"], RE_REPORTS["rr-en-wire"]])
    assert await wait_for(lambda: len(curious.received) >= 2, timeout=60)
    assert kinds(curious.received) == Counter({"incident.opened": 1, "incident.updated": 1})


async def test_failing_receiver_gets_everything_once_it_recovers(
    live_services: object, receivers: Callable[..., Any]
) -> None:
    pipeline = Pipeline(extra_env={"NEWSALERT_RETRY_SCHEDULE_S": "2,4,8,15,15,15,15,15,15,15"}).start()
    try:
        outage_ends = time.monotonic() + 60
        flaky, url = await receivers(status_for=lambda _: 500 if time.monotonic() < outage_ends else 200)
        pipeline.subscribe(url)
        articles = [SAMPLES[key] for key in ("sample-id-baghdad", "sample-en-kabul", "sample-fr-bamako")]
        assert (await post_articles(pipeline, articles)).status_code == 202
        assert await wait_for(
            lambda: len({h.headers["webhook-id"] for h in flaky.received}) >= 3, timeout=150
        )
        await asyncio.sleep(3)
        ids = [hook.headers["webhook-id"] for hook in flaky.received]
        assert len(set(ids)) == 3, "every alert arrives, none lost"
        per_id = Counter(ids)
        assert all(count >= 1 for count in per_id.values())
        log = httpx.get(
            f"{pipeline.base}/subscriptions/{flaky.received[0].payload['data']['subscription_id']}/deliveries",
            headers=pipeline.headers,
        ).json()
        assert any(entry["outcome"] == "retrying" and entry["status_code"] == 500 for entry in log)
        assert sum(entry["outcome"] == "delivered" for entry in log) == 3
    finally:
        pipeline.stop()


async def test_dead_endpoint_does_not_delay_a_healthy_one(
    pipeline: Pipeline, receivers: Callable[..., Any]
) -> None:
    _, dead_url = await receivers(hang=True)
    arrivals: dict[str, float] = {}
    _, healthy_url = await receivers(
        on_receive=lambda item: arrivals.setdefault(item.payload["data"]["article"]["id"], time.monotonic())
    )
    pipeline.subscribe(dead_url)
    pipeline.subscribe(healthy_url)
    posted: dict[str, float] = {}
    for key in ("sample-id-baghdad", "sample-en-kabul", "sample-fr-bamako", "sample-ru-storming"):
        posted[key] = time.monotonic()
        assert (await post_articles(pipeline, SAMPLES[key])).status_code == 202
        await asyncio.sleep(1.0)
    assert await wait_for(lambda: len(arrivals) >= 3, timeout=30)
    delays = {key: arrivals[key] - posted[key] for key in arrivals}
    assert max(delays.values()) < 1.0, f"healthy receiver delayed: {delays}"


async def test_subscriptions_survive_redis_and_worker_restarts(
    pipeline: Pipeline, receivers: Callable[..., Any]
) -> None:
    sink, url = await receivers()
    created = pipeline.subscribe(url)
    settings = get_settings()
    services.redis.down(settings, lambda _: None)
    services.redis.up(settings, lambda _: None)
    Pipeline.kill(pipeline.workers[0])
    await asyncio.to_thread(pipeline.start_worker)
    async with httpx.AsyncClient(timeout=10) as client:
        again = await client.get(f"{pipeline.base}/subscriptions/{created['id']}", headers=pipeline.headers)
        assert again.status_code == 200 and again.json()["url"] == url
        assert (await post_articles(pipeline, SAMPLES["sample-en-kabul"])).status_code == 202
    assert await wait_for(lambda: sink.received, timeout=60)
    verify(str(created["secret"]), sink.received[0].headers, sink.received[0].body)


@pytest.fixture(scope="module")
def guarded_api(live_services: object) -> Any:
    """An API with the SSRF guard on (the default), as in production."""
    running = Pipeline(extra_env={"NEWSALERT_ALLOW_PRIVATE_TARGETS": "false"})
    running.start_api()
    yield running
    running.stop()


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"url": "ftp://example.com/hook"}, "http"),
        ({"url": "not a url"}, "url"),
        ({"url": "http://127.0.0.1:9000/hook"}, "private"),
        ({"url": "http://10.0.0.7/hook"}, "private"),
        ({"url": "http://169.254.169.254/latest/meta-data/"}, "link-local"),
        ({"url": "http://[::1]/hook"}, "private"),
        ({"url": "https://example.com/h", "filters": {"countries": ["IQ"] * 1000}}, "countries"),
        ({"url": "https://example.com/h", "filters": {"mood": "angry"}}, "mood"),
        ({"url": "https://example.com/h", "colour": "red"}, "colour"),
        ({"url": "https://example.com/h", "filters": {"countries": []}}, "never match"),
        ({"url": "https://example.com/h", "filters": {"min_severity": "apocalyptic"}}, "min_severity"),
    ],
)
def test_hostile_subscriptions_are_refused_and_nothing_is_stored(
    guarded_api: Pipeline, body: dict[str, Any], needle: str
) -> None:
    response = httpx.post(f"{guarded_api.base}/subscriptions", json=body, headers=guarded_api.headers)
    assert response.status_code == 422, response.text
    assert needle in response.text
    listing = httpx.get(f"{guarded_api.base}/subscriptions", headers=guarded_api.headers).json()
    assert listing["total"] == 0


@pytest.mark.parametrize(
    "headers", [{}, {"authorization": "Bearer wrong"}, {"authorization": "Basic dGVzdC1rZXk="}]
)
def test_wrong_or_missing_api_key_gets_401_and_changes_nothing(
    guarded_api: Pipeline, headers: dict[str, str]
) -> None:
    response = httpx.post(
        f"{guarded_api.base}/subscriptions", json={"url": "https://x.test/h"}, headers=headers
    )
    assert response.status_code == 401
    assert httpx.get(f"{guarded_api.base}/subscriptions", headers=headers).status_code == 401
    listing = httpx.get(f"{guarded_api.base}/subscriptions", headers=guarded_api.headers).json()
    assert listing["total"] == 0


async def test_manage_rotate_ping_redeliver_and_slack(
    pipeline: Pipeline, receivers: Callable[..., Any]
) -> None:
    sink, url = await receivers()
    slack, slack_url = await receivers()
    created = pipeline.subscribe(url, description="ops room")
    pipeline.subscribe(slack_url, format="slack")
    base, headers = f"{pipeline.base}/subscriptions/{created['id']}", pipeline.headers
    async with httpx.AsyncClient(timeout=10) as client:
        patched = await client.patch(base, json={"filters": {"countries": ["IQ", "AF"]}}, headers=headers)
        assert patched.status_code == 200 and patched.json()["filters"]["countries"] == ["IQ", "AF"]
        rotated = (await client.post(f"{base}/rotate-secret", headers=headers)).json()
        pong = (await client.post(f"{base}/ping", headers=headers)).json()
        assert pong["delivered"] and pong["status_code"] == 200
        ping_hook = sink.received[-1]
        verify(rotated["secret"], ping_hook.headers, ping_hook.body)
        verify(
            str(created["secret"]), ping_hook.headers, ping_hook.body
        )  # old secret, still in its grace period

        await post_articles(pipeline, SAMPLES["sample-en-kabul"])
        assert await wait_for(lambda: len(sink.received) >= 2 and slack.received, timeout=60)
        assert "text" in slack.received[0].payload and "blocks" in slack.received[0].payload
        alert = sink.received[-1]
        log = (await client.get(f"{base}/deliveries", headers=headers)).json()
        assert log[0]["outcome"] == "delivered" and log[0]["webhook_id"] == alert.headers["webhook-id"]
        again = await client.post(
            f"{base}/deliveries/{alert.headers['webhook-id']}/redeliver", headers=headers
        )
        assert again.status_code == 202
        assert await wait_for(lambda: len(sink.received) >= 3, timeout=10)
        assert sink.received[-1].headers["webhook-id"] == alert.headers["webhook-id"]
        missing = await client.post(f"{base}/deliveries/msg_nope/redeliver", headers=headers)
        assert missing.status_code == 404

        assert (await client.delete(base, headers=headers)).status_code == 204
        assert (await client.get(base, headers=headers)).status_code == 404


async def test_gone_endpoint_disables_its_subscription(
    pipeline: Pipeline, receivers: Callable[..., Any]
) -> None:
    _, url = await receivers(status_for=lambda _: 410)
    created = pipeline.subscribe(url)
    await post_articles(pipeline, SAMPLES["sample-en-kabul"])

    def disabled() -> bool:
        view = httpx.get(f"{pipeline.base}/subscriptions/{created['id']}", headers=pipeline.headers).json()
        return bool(view["disabled"])

    assert await wait_for(disabled, timeout=60, step=0.5)


async def test_sse_stream_filters_and_resumes(pipeline: Pipeline) -> None:
    events: list[tuple[str, str]] = []

    async def listen(params: dict[str, str], headers: dict[str, str], want: int) -> list[tuple[str, str]]:
        got: list[tuple[str, str]] = []
        async with (
            httpx.AsyncClient(timeout=None) as client,
            client.stream("GET", f"{pipeline.base}/stream", params=params, headers=headers) as response,
        ):
            assert response.status_code == 200
            event_id = ""
            async for line in response.aiter_lines():
                if line.startswith("id: "):
                    event_id = line[4:]
                elif line.startswith("data: "):
                    got.append((event_id, line[6:]))
                    if len(got) >= want:
                        return got
        return got

    listener = asyncio.create_task(listen({"countries": "AF"}, {}, 1))
    await asyncio.sleep(1.0)
    await post_articles(pipeline, [SAMPLES["sample-id-baghdad"], SAMPLES["sample-en-kabul"]])
    events = await asyncio.wait_for(listener, 60)
    assert '"AF"' in events[0][1] and '"IQ"' not in events[0][1].split('"place_key"')[1][:10]
    # Resume from before everything: the stream hands back what was missed, filtered the same way.
    replay = await asyncio.wait_for(listen({"countries": "IQ"}, {"Last-Event-ID": "0-0"}, 1), 30)
    assert "sample-id-baghdad" in replay[0][1]
    bad = httpx.get(f"{pipeline.base}/stream", params={"bbox": "1,2"})
    assert bad.status_code == 422


async def test_two_workers_give_each_subscriber_one_opened_per_incident(
    live_services: object, receivers: Callable[..., Any]
) -> None:
    pipeline = Pipeline().start()
    pipeline.start_worker()
    try:
        sink, url = await receivers()
        pipeline.subscribe(url)
        base = datetime(2021, 6, 1, tzinfo=UTC)
        distinct = [
            {**SAMPLES[key], "id": f"{key}-{n}", "published_at": (base + timedelta(days=5 * n)).isoformat()}
            for n, key in enumerate(["sample-en-kabul", "sample-fr-bamako", "sample-id-baghdad"] * 4)
        ]
        reports = [SAMPLES["sample-id-baghdad"], RE_REPORTS["rr-en-wire"], RE_REPORTS["rr-ar-agency"]]
        for batch in (distinct[:6], reports, distinct[6:]):
            assert (await post_articles(pipeline, batch)).status_code == 202
        assert await wait_for(lambda: len(sink.received) >= 13, timeout=90)
        await asyncio.sleep(4)
        opened = Counter(
            h.payload["data"]["incident_id"] for h in sink.received if h.payload["type"] == "incident.opened"
        )
        assert len(opened) == 13 and set(opened.values()) == {1}, opened
        assert len({h.headers["webhook-id"] for h in sink.received}) == len(sink.received)
    finally:
        pipeline.stop()
