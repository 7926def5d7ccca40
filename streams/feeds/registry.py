"""The feed registry in Redis: what to poll, when, and what happened last time.

Keys (under the topic prefix): `feed:{id}` the Feed as JSON, `feedstate:{id}` its FeedState as JSON,
`feeds` a sorted set of ids by creation, `feeds:due` a sorted set of ids by next poll time.

Spreading feeds over workers: a worker *claims* due feeds with one Lua script that reads the due ones
and pushes their score forward by a lease, atomically. Another worker's claim therefore cannot see them
until the lease runs out, so no two workers poll one feed at once; when the poll finishes its outcome
sets the real next poll time. A worker that dies mid-poll only delays that feed by the lease. This
needs no partition bookkeeping and balances by itself: whichever worker has free capacity claims.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import redis.asyncio as aioredis

from domain.feeds.models import Feed, FeedIn, FeedState, FeedView, feed_id_for

_CLAIM = """
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
for _, id in ipairs(ids) do redis.call('ZADD', KEYS[1], ARGV[3], id) end
return ids
"""


class FeedStore:
    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix
        self._claim = redis.register_script(_CLAIM)

    def _feed(self, feed_id: str) -> str:
        return f"{self._prefix}:feed:{feed_id}"

    def _state(self, feed_id: str) -> str:
        return f"{self._prefix}:feedstate:{feed_id}"

    @property
    def _index(self) -> str:
        return f"{self._prefix}:feeds"

    @property
    def _due(self) -> str:
        return f"{self._prefix}:feeds:due"

    async def add(self, data: FeedIn, default_interval_s: float, min_interval_s: float) -> tuple[Feed, bool]:
        """Register a feed (or update the one with the same canonical URL); returns it and whether it is
        new. A new feed is due at once; an updated one keeps its schedule and validators."""
        feed_id = feed_id_for(data.url)
        existing = await self.get(feed_id)
        interval = max(
            data.interval_s or (existing.interval_s if existing else default_interval_s), min_interval_s
        )
        feed = Feed(
            id=feed_id,
            url=data.url,
            interval_s=interval,
            language=data.language
            if data.language is not None
            else (existing.language if existing else None),
            source=data.source if data.source is not None else (existing.source if existing else None),
            created_at=existing.created_at if existing else datetime.now(UTC),
        )
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self._feed(feed_id), feed.model_dump_json())
            pipe.zadd(self._index, {feed_id: feed.created_at.timestamp()}, nx=True)
            pipe.zadd(self._due, {feed_id: time.time()}, nx=True)
            await pipe.execute()
        return feed, existing is None

    async def get(self, feed_id: str) -> Feed | None:
        raw = await self._redis.get(self._feed(feed_id))
        return Feed.model_validate_json(raw) if raw else None

    async def state(self, feed_id: str) -> FeedState:
        raw = await self._redis.get(self._state(feed_id))
        return FeedState.model_validate_json(raw) if raw else FeedState()

    async def view(self, feed_id: str) -> FeedView | None:
        feed = await self.get(feed_id)
        if feed is None:
            return None
        return FeedView(**feed.model_dump(), state=await self.state(feed_id))

    async def remove(self, feed_id: str) -> bool:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(self._feed(feed_id))
            pipe.delete(self._state(feed_id))
            pipe.zrem(self._index, feed_id)
            pipe.zrem(self._due, feed_id)
            deleted, *_ = await pipe.execute()
        return bool(deleted)

    async def page(self, offset: int = 0, limit: int = 1_000) -> tuple[list[FeedView], int]:
        total = int(await self._redis.zcard(self._index))
        raw_ids: list[Any] = await self._redis.zrange(self._index, offset, offset + limit - 1)
        ids = [i.decode() for i in raw_ids]
        return await self._views(ids), total

    async def _views(self, ids: list[str]) -> list[FeedView]:
        if not ids:
            return []
        feeds = await self._redis.mget([self._feed(i) for i in ids])
        states = await self._redis.mget([self._state(i) for i in ids])
        views = []
        for raw, state in zip(feeds, states, strict=True):
            if raw:
                feed = Feed.model_validate_json(raw)
                views.append(
                    FeedView(
                        **feed.model_dump(),
                        state=FeedState.model_validate_json(state) if state else FeedState(),
                    )
                )
        return views

    async def claim_due(self, limit: int, lease_s: float, now: float | None = None) -> list[FeedView]:
        """Feeds due now, leased to this worker for `lease_s` (see the module docstring)."""
        if limit <= 0:
            return []
        now = time.time() if now is None else now
        ids: list[Any] = await self._claim(keys=[self._due], args=[now, limit, now + lease_s])
        return await self._views([i.decode() for i in ids])

    async def next_due_in(self) -> float | None:
        """Seconds until the earliest feed is due (negative: overdue), None when there are no feeds."""
        first = await self._redis.zrange(self._due, 0, 0, withscores=True)
        return float(first[0][1]) - time.time() if first else None

    async def record(self, feed_id: str, state: FeedState, next_poll_at: float) -> None:
        """Save a poll's outcome and schedule the next one (XX: a feed removed meanwhile stays removed)."""
        if not await self._redis.exists(self._feed(feed_id)):
            return
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self._state(feed_id), state.model_dump_json())
            pipe.zadd(self._due, {feed_id: next_poll_at}, xx=True)
            await pipe.execute()

    async def schedule_now(self, feed_id: str) -> None:
        await self._redis.zadd(self._due, {feed_id: time.time()}, xx=True)
