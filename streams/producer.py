"""Puts articles on `articles.raw` — the one way in, shared by the HTTP API, the CLI and the feed pollers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer

from schemas.article import ArticleIn, RawArticle
from streams.settings import Settings
from streams.topics import topic_name


class ArticleProducer:
    def __init__(self, settings: Settings) -> None:
        self._topic = topic_name(settings, "articles.raw")
        self._producer = AIOKafkaProducer(
            bootstrap_servers=settings.kafka_bootstrap,
            acks="all",
            enable_idempotence=True,
            linger_ms=2,
            request_timeout_ms=15_000,
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def __aenter__(self) -> ArticleProducer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def send(self, articles: Iterable[ArticleIn]) -> list[str]:
        """Publish and wait until the broker has them all; returns the article ids in order."""
        futures, ids = [], []
        now = datetime.now(UTC)
        for article in articles:
            raw = RawArticle(**article.model_dump(), received_at=now)
            ids.append(raw.id)
            futures.append(
                await self._producer.send(self._topic, raw.model_dump_json().encode(), raw.id.encode())
            )
        for future in futures:
            await future
        return ids

    async def send_raw(self, value: bytes, key: bytes | None = None) -> None:
        """Write bytes as they are (tests and replays use it to put malformed records on the topic)."""
        await self._producer.send_and_wait(self._topic, value, key)

    async def connected(self) -> bool:
        try:
            await self._producer.client.fetch_all_metadata()
        except Exception:
            return False
        return True
