"""Wiring: a FeedPoller from the settings, sending through an ArticleProducer started on first use."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import redis.asyncio as aioredis

from schemas.article import ArticleIn
from streams.feeds.dedup import FeedDedup
from streams.feeds.fetch import Fetcher
from streams.feeds.guard import UrlGuard
from streams.feeds.poller import ArticleSink, FeedPoller
from streams.feeds.registry import FeedStore
from streams.producer import ArticleProducer
from streams.settings import Settings


def url_guard(settings: Settings) -> UrlGuard:
    return UrlGuard(
        allow_private=settings.allow_private_targets, trusted_origins=settings.feed_trusted_origins
    )


def fetcher_for(settings: Settings, guard: UrlGuard | None = None) -> Fetcher:
    return Fetcher(
        guard=guard or url_guard(settings),
        user_agent=settings.feed_user_agent,
        timeout_s=settings.feed_timeout_s,
        max_bytes=settings.feed_max_bytes,
        host_concurrency=settings.feed_host_concurrency,
        max_connections=max(settings.feed_concurrency * 2, 20),
    )


class LazyProducerSink:
    """Sends to articles.raw; the Kafka producer starts on the first article, so a worker with no
    feeds opens no extra connection."""

    def __init__(self, settings: Settings) -> None:
        self._producer = ArticleProducer(settings)
        self._started = False
        self._lock = asyncio.Lock()

    async def __call__(self, articles: Sequence[ArticleIn]) -> list[str]:
        async with self._lock:
            if not self._started:
                await self._producer.start()
                self._started = True
        return await self._producer.send(articles)

    async def stop(self) -> None:
        if self._started:
            await self._producer.stop()


def build_poller(
    settings: Settings,
    redis: aioredis.Redis,
    sink: ArticleSink,
    *,
    guard: UrlGuard | None = None,
) -> FeedPoller:
    return FeedPoller(
        store=FeedStore(redis, settings.topic_prefix),
        dedup=FeedDedup(
            redis, settings.topic_prefix, settings.feed_dedup_ttl_s, settings.feed_neardup_threshold
        ),
        fetcher=fetcher_for(settings, guard),
        sink=sink,
        settings=settings,
    )
