"""Feed ingestion on the real Kafka and Redis, against a local aiohttp server serving the feeds.

Tests 1-3 run the poller in this process (as each worker does, but driven step by step with
`poll_due`), with the SSRF guard ON and only the feed server's own origin trusted, so a redirect to any
other local address is refused. The last test runs the whole pipeline: worker, API, webhook receiver.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import httpx
import pytest
from aiohttp import web
from aiokafka import AIOKafkaConsumer

from domain.feeds.models import FeedIn, FeedView
from streams import store
from streams.feeds.cli import format_table
from streams.feeds.poller import FeedPoller
from streams.feeds.registry import FeedStore
from streams.feeds.service import build_poller
from streams.producer import ArticleProducer
from streams.settings import Settings
from streams.topics import ensure_topics, topic_name
from tests.integration.conftest import SAMPLES, wait_for
from tests.pipeline import Pipeline

pytestmark = pytest.mark.integration
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
CONTENT_TYPES = {
    ".xml": "application/rss+xml",
    ".rdf": "application/rdf+xml",
    ".json": "application/feed+json",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class FeedServer:
    """Serves what the test puts in `routes`; answers conditional requests with 304 when it can."""

    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str], int]] = field(default_factory=list)
    conditional: bool = True
    base: str = ""
    _runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}"
        return self.base

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def origin(self) -> str:
        return self.base.removeprefix("http://")

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        handler = self.routes.get(request.path)
        response = await handler(request) if handler else web.Response(status=404, text="not found")
        self.requests.append((request.path, dict(request.headers), response.status))
        return response

    def serve(self, path: str, body: bytes, content_type: str = "application/rss+xml") -> None:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = "Mon, 04 Mar 2024 10:00:00 GMT"

        async def handler(request: web.Request) -> web.StreamResponse:
            if self.conditional and request.headers.get("if-none-match") == etag:
                return web.Response(status=304, headers={"etag": etag})
            headers = {"etag": etag, "last-modified": modified} if self.conditional else {}
            return web.Response(body=body, content_type=content_type.split(";")[0], headers=headers)

        self.routes[path] = handler

    def serve_fixture(self, path: str, name: str, content_type: str | None = None) -> str:
        text = (FIXTURES / name).read_text(encoding="utf-8").replace("{{BASE}}", self.base)
        self.serve(path, text.encode(), content_type or CONTENT_TYPES.get(Path(name).suffix, "text/html"))
        return self.base + path

    def hits(self, path: str) -> list[tuple[str, dict[str, str], int]]:
        return [r for r in self.requests if r[0] == path]


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.start()
    yield server
    await server.stop()


class RawReader:
    """Everything that reaches this test's articles.raw topic."""

    def __init__(self, settings: Settings) -> None:
        self.records: list[dict[str, Any]] = []
        self._consumer = AIOKafkaConsumer(
            topic_name(settings, "articles.raw"),
            bootstrap_servers=settings.kafka_bootstrap,
            auto_offset_reset="earliest",
            group_id=None,
        )
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._consumer.start()
        self._task = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self._consumer:
            self.records.append(json.loads(message.value or b"{}"))

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._consumer.stop()

    async def settle(self, count: int, quiet_s: float = 1.5) -> list[dict[str, Any]]:
        """Wait for `count` records, then make sure no more follow."""
        assert await wait_for(lambda: len(self.records) >= count, timeout=30), self.records
        await asyncio.sleep(quiet_s)
        return self.records


@dataclass
class Harness:
    settings: Settings
    redis: Any
    producer: ArticleProducer
    reader: RawReader
    feeds: FeedStore

    def poller(self) -> FeedPoller:
        """A fresh poller, like the one a (re)started worker builds."""
        return build_poller(self.settings, self.redis, self.producer.send)

    async def add(self, url: str, **options: Any) -> FeedView:
        feed, _ = await self.feeds.add(FeedIn(url=url, **options), 60, 0.05)
        view = await self.feeds.view(feed.id)
        assert view is not None
        return view

    async def views(self) -> dict[str, FeedView]:
        items, _ = await self.feeds.page()
        return {view.url.rsplit("/", 1)[-1]: view for view in items}


@pytest.fixture
async def harness(live_services: object, feed_server: FeedServer) -> AsyncIterator[Harness]:
    settings = Settings(
        topic_prefix=f"t{uuid.uuid4().hex[:10]}",
        allow_private_targets=False,
        feed_trusted_origins=[feed_server.origin],
        feed_max_entry_age_h=0,
        feed_poll_min_s=0.05,
        feed_timeout_s=1.5,
        feed_max_bytes=5_000_000,
    )
    await ensure_topics(settings)
    redis = store.connect(settings.redis_url)
    producer = ArticleProducer(settings)
    await producer.start()
    reader = RawReader(settings)
    await reader.start()
    yield Harness(settings, redis, producer, reader, FeedStore(redis, settings.topic_prefix))
    await reader.stop()
    await producer.stop()
    await redis.aclose()


def rss(title: str, items: list[dict[str, str]]) -> bytes:
    """A small RSS 2.0 document; items carry title, link, body (as content:encoded) and optional date."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
        f"<title>{escape(title)}</title><link>http://example.invalid/</link><description>t</description>",
    ]
    for item in items:
        date = item.get("date") or format_datetime(datetime.now(UTC), usegmt=True)
        parts.append(
            f"<item><title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
            f"<pubDate>{date}</pubDate><description>{escape(item['body'][:120])}</description>"
            f"<content:encoded><![CDATA[{item['body']}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


# 1 ------------------------------------------------------------------------------------------------


async def test_rss_rdf_atom_and_json_feed_entries_arrive_once_then_304(
    harness: Harness, feed_server: FeedServer
) -> None:
    names = ["rss20.xml", "rss10.rdf", "atom.xml", "feed.json"]
    for name in names:
        await harness.add(feed_server.serve_fixture(f"/{name}", name))
    feed_server.serve_fixture("/articles/ferry.html", "ferry.html", "text/html; charset=utf-8")
    poller = harness.poller()
    try:
        results = await poller.poll_due()
        assert sorted((r.status, len(r.sent)) for r in results) == [("ok", 2)] * 4, results
        records = await harness.reader.settle(8)
        assert len(records) == 8
        assert len({r["id"] for r in records}) == 8
        by_title = {r["title"]: r for r in records}
        ferry = by_title["Ferry service to the northern islands resumes after storm repairs"]
        assert "hydraulic rams" in ferry["body"], "the summary-only entry was not completed from its page"
        assert "Cookie settings" not in ferry["body"] and "Most read" not in ferry["body"]
        assert ferry["url"] == f"{feed_server.base}/articles/ferry.html", "tracking parameters kept"
        assert ferry["source"] == "Harbour Gazette"
        assert ferry["feed"] == f"{feed_server.base}/rss20.xml"
        assert ferry["published_at"].startswith("2024-03-04T08:15:00")
        assert ferry["received_at"]
        bridge = by_title["Old stone bridge reopens to pedestrians after restoration"]
        assert bridge["url"] == f"{feed_server.base}/river/bridge"
        lanes = by_title["Council approves new cycle lanes along the seafront promenade"]
        assert lanes["body"].startswith("Councillors voted nine to two")  # page 404: the summary stays
        assert {r["source"] for r in records} == {
            "Harbour Gazette",
            "Valley Observer",
            "Mountain Courier",
            "River Town Daily",
        }

        # Second poll of unchanged feeds: one conditional request each, a 304, nothing produced.
        before = len(feed_server.requests)
        for view in (await harness.views()).values():
            await harness.feeds.schedule_now(view.id)
        results = await poller.poll_due()
        assert [r.status for r in results] == ["not_modified"] * 4
        second = feed_server.requests[before:]
        assert len(second) == 4
        assert all(headers.get("If-None-Match") and status == 304 for _, headers, status in second)
        assert all(headers.get("If-Modified-Since") for _, headers, _ in second)
        assert all("newsalert-feeds" in headers.get("User-Agent", "") for _, headers, _ in second)
        await asyncio.sleep(1.5)
        assert len(harness.reader.records) == 8
        state = (await harness.views())["atom.xml"].state
        assert state.last_status == "not_modified" and state.last_http_status == 304
        assert state.entries_ingested == 2 and state.failures == 0
    finally:
        await poller.aclose()


# 2 ------------------------------------------------------------------------------------------------

STORY = (
    "Several rockets struck near the embassy compound in the capital before dawn on Friday, security "
    "officials said. Some of the rockets landed close to the main gate of the compound while others fell "
    "into the river that runs beside it. There were no casualties, and the damage was limited to a section "
    "of the perimeter wall and two parked vehicles, according to a statement released by the embassy. "
    "The statement blamed an armed group for the attack and called on the government to investigate. "
    "The prime minister ordered an inquiry and said those responsible would be brought to justice."
)
SYNDICATED = (
    STORY.replace("Several rockets struck", "A volley of rockets struck")
    .replace("before dawn on Friday", "in the early hours of Friday")
    .replace("two parked vehicles", "two cars parked outside")
)


async def test_same_story_twice_and_a_syndicated_copy_give_one_article_and_a_linked_duplicate(
    harness: Harness, feed_server: FeedServer
) -> None:
    base = feed_server.base
    original_url = f"{base}/world/embassy-rockets"
    feed_server.serve(
        "/a.xml",
        rss("Agency A", [{"title": "Rockets hit near embassy", "link": original_url, "body": STORY}]),
    )
    feed_server.serve(
        "/b.xml",
        rss(
            "Agency B",
            [  # the same link with campaign tags, and the same text at another address
                {
                    "title": "Embassy attacked",
                    "link": f"{original_url}?utm_source=b&utm_medium=rss",
                    "body": STORY,
                },
                {"title": "Embassy attack (mirror)", "link": f"{base}/mirror/123", "body": STORY},
            ],
        ),
    )
    feed_server.serve(
        "/c.xml",
        rss(
            "Wire C",
            [{"title": "Volley of rockets lands by embassy", "link": f"{base}/wire/9", "body": SYNDICATED}],
        ),
    )
    feeds = [await harness.add(f"{base}/{name}") for name in ("a.xml", "b.xml", "c.xml")]
    poller = harness.poller()
    try:
        sent = [len((await poller.poll(feed)).sent) for feed in feeds]
        assert sent == [1, 0, 1]
        records = await harness.reader.settle(2)
        assert len(records) == 2
        # The raw topic has several partitions: read order across them is not send order.
        first, copy = sorted(records, key=lambda record: record["duplicate_of"] is not None)
        assert first["url"] == original_url and first["duplicate_of"] is None
        assert copy["url"] == f"{base}/wire/9"
        assert copy["duplicate_of"] == first["id"], "the syndicated copy is linked to the first report"
    finally:
        await poller.aclose()

    # A restarted worker (new poller, no memory) meeting the same entries again sends nothing.
    feed_server.conditional = False  # the server forgets its validators too: full documents again
    restarted = harness.poller()
    try:
        for feed in feeds:
            await harness.feeds.schedule_now(feed.id)
        results = await restarted.poll_due()
        assert [(r.status, r.sent) for r in results] == [("ok", [])] * 3
        await asyncio.sleep(1.5)
        assert len(harness.reader.records) == 2
    finally:
        await restarted.aclose()


# 3 ------------------------------------------------------------------------------------------------


async def test_each_broken_feed_fails_alone_with_its_reason(
    harness: Harness, feed_server: FeedServer
) -> None:
    internal = FeedServer()  # stands for a service on the private network the feed must not reach
    await internal.start()
    internal.serve_fixture("/feed.xml", "atom.xml")

    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"content-type": "application/rss+xml"})
        await response.prepare(request)
        chunk = b"<!-- " + b"x" * 65_000 + b" -->\n"
        with contextlib.suppress(ConnectionError):
            for _ in range(10_000_000 // len(chunk) + 1):
                await response.write(chunk)
        return response

    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(5)
        return web.Response(text="too late")

    async def error(request: web.Request) -> web.StreamResponse:
        return web.Response(status=500, text="internal server error")

    async def redirect(request: web.Request) -> web.StreamResponse:
        return web.Response(status=302, headers={"location": f"{internal.base}/feed.xml"})

    feed_server.serve_fixture("/good.xml", "rss20.xml")
    feed_server.serve_fixture("/broken.xml", "broken.xml")
    feed_server.serve_fixture("/bomb.xml", "bomb.xml")
    feed_server.serve_fixture("/page.xml", "not-a-feed.html", "text/html")
    feed_server.routes.update(
        {"/huge.xml": huge, "/slow.xml": slow, "/error.xml": error, "/redirect.xml": redirect}
    )
    expected = {
        "good.xml": None,
        "broken.xml": "malformed feed",
        "bomb.xml": "entities",
        "page.xml": "HTML page",
        "huge.xml": "too large",
        "slow.xml": "timed out",
        "error.xml": "HTTP 500",
        "redirect.xml": "refused by the URL guard",
    }
    for name in expected:
        await harness.add(f"{feed_server.base}/{name}", interval_s=60)
    poller = harness.poller()
    try:
        started = time.monotonic()
        results = await poller.poll_due()
        assert time.monotonic() - started < 10
        assert len(results) == len(expected)
        records = await harness.reader.settle(2)
        assert {r["feed"] for r in records} == {f"{feed_server.base}/good.xml"}
        views = await harness.views()
        for name, reason in expected.items():
            state = views[name].state
            if reason is None:
                assert state.last_status == "ok" and state.last_error is None and state.entries_ingested == 2
                continue
            assert state.last_status == "error", name
            assert state.last_error and reason in state.last_error, (name, state.last_error)
            assert state.failures == 1
            assert state.next_poll_at is not None
            backoff = (state.next_poll_at - datetime.now(UTC)).total_seconds()
            assert backoff > 90, (name, backoff)  # 60 s interval doubled (±10 %), not the plain interval
        assert views["error.xml"].state.last_http_status == 500
        assert internal.requests == [], "the redirect reached the private address"
        table = format_table(list(views.values()))
        assert "refused by the URL guard" in table and "HTTP 500" in table and "timed out" in table
    finally:
        await poller.aclose()
        await internal.stop()


async def test_two_workers_claiming_at_once_poll_each_feed_exactly_once(
    harness: Harness, feed_server: FeedServer
) -> None:
    # Two pollers (what two workers run) claim the due feeds at the same moment while every feed answers
    # slowly: the Redis lease hands each feed to one of them, so no feed is fetched twice.
    count = 12
    for index in range(count):
        path = f"/lease-{index}.xml"
        feed_server.serve_fixture(path, "atom.xml")
        inner = feed_server.routes[path]

        async def slow(request: web.Request, inner: Handler = inner) -> web.StreamResponse:
            await asyncio.sleep(0.3)
            return await inner(request)

        feed_server.routes[path] = slow
        await harness.add(f"{feed_server.base}{path}", interval_s=60)
    first, second = harness.poller(), harness.poller()
    try:
        results_first, results_second = await asyncio.gather(first.poll_due(), second.poll_due())
        polled_first = {r.feed_id for r in results_first}
        polled_second = {r.feed_id for r in results_second}
        assert not polled_first & polled_second
        assert len(polled_first | polled_second) == count
        assert all(r.error is None for r in results_first + results_second)
        for index in range(count):
            assert len(feed_server.hits(f"/lease-{index}.xml")) == 1
        # once polled, the feeds are scheduled an interval ahead: nothing is due for either worker
        assert await first.poll_due() == [] and await second.poll_due() == []
    finally:
        await first.aclose()
        await second.aclose()


async def test_name_resolving_to_a_private_address_is_refused_when_connecting(harness: Harness) -> None:
    # "localhost" is a name, not an IP literal: the guard does not look it up before the request; the
    # fetcher's resolver sees 127.0.0.1 when it connects and refuses (nothing reaches the server).
    internal = FeedServer()
    await internal.start()
    internal.serve_fixture("/feed.xml", "atom.xml")
    port = internal.base.rsplit(":", 1)[1]
    feed = await harness.add(f"http://localhost:{port}/feed.xml")
    poller = harness.poller()
    try:
        result = await poller.poll(feed)
        assert result.error and "refused by the URL guard" in result.error, result.error
        assert "resolves only to loopback" in result.error
        assert internal.requests == []
    finally:
        await poller.aclose()
        await internal.stop()


async def test_untrusted_private_feed_is_refused_before_any_request(harness: Harness) -> None:
    internal = FeedServer()
    await internal.start()
    internal.serve_fixture("/feed.xml", "atom.xml")
    feed = await harness.add(f"{internal.base}/feed.xml")
    poller = harness.poller()
    try:
        result = await poller.poll(feed)
        assert result.error and "refused by the URL guard" in result.error
        assert internal.requests == []
    finally:
        await poller.aclose()
        await internal.stop()


# 4 ------------------------------------------------------------------------------------------------


async def test_feed_story_is_polled_classified_alerted_and_delivered(
    live_services: object, feed_server: FeedServer, receivers: Callable[..., Any]
) -> None:
    seed = SAMPLES["sample-id-baghdad"]
    feed_server.serve(
        "/seed.xml",
        rss(
            "Kabar Harian Contoh",
            [{"title": seed["title"], "link": f"{feed_server.base}/id/kedubes", "body": seed["body"]}],
        ),
    )
    pipeline = Pipeline(
        extra_env={
            "NEWSALERT_FEED_POLL_MIN_S": "0.2",
            "NEWSALERT_FEED_MAX_ENTRY_AGE_H": "0",
            "NEWSALERT_FEED_FULLTEXT": "false",
        }
    ).start()
    try:
        receiver, url = await receivers()
        pipeline.subscribe(url)
        async with httpx.AsyncClient(base_url=pipeline.base, timeout=30) as client:
            refused = await client.post("/feeds", json={"url": f"{feed_server.base}/seed.xml"})
            assert refused.status_code == 401
            response = await client.post(
                "/feeds",
                json={"url": f"{feed_server.base}/seed.xml", "interval_s": 1, "language": "id"},
                headers=pipeline.headers,
            )
            assert response.status_code == 201, response.text
            feed_id = response.json()["id"]
            posted = time.monotonic()
            assert await wait_for(lambda: receiver.received, timeout=60), "no webhook arrived"
            print(f"feed entry → webhook in {time.monotonic() - posted:.2f} s")
            await asyncio.sleep(3)  # polls keep coming (every second, answered 304): no second alert
            assert len(receiver.received) == 1
            data = receiver.received[0].payload["data"]
            assert receiver.received[0].payload["type"] == "incident.opened"
            assert data["incident"]["incident_type"] == "rocket_attack"
            assert data["incident"]["location"]["country_code"] == "IQ"
            assert data["article"]["url"] == f"{feed_server.base}/id/kedubes"
            assert len(feed_server.hits("/seed.xml")) >= 3
            assert any(status == 304 for _, _, status in feed_server.hits("/seed.xml"))

            listing = (await client.get("/feeds", headers=pipeline.headers)).json()
            assert listing["total"] == 1
            state = listing["items"][0]["state"]
            assert state["entries_ingested"] == 1 and state["last_status"] in ("ok", "not_modified")
            deleted = await client.delete(f"/feeds/{feed_id}", headers=pipeline.headers)
            assert deleted.status_code == 204
            assert (await client.get(f"/feeds/{feed_id}", headers=pipeline.headers)).status_code == 404
    finally:
        pipeline.stop()
