"""Which stories the feeds already delivered, in Redis with a TTL, shared by every worker.

Three memories: canonical URLs (the same link from two feeds, or after redirects), text fingerprints
(the same body under another URL), and a MinHash band index for near-duplicates (a syndicated copy
with a new headline). The first two drop repeats; the third only links, via `duplicate_of`.

URLs and texts are *claimed* with SET NX before the article is sent (value "pending", short TTL) and
confirmed with the article id afterwards: two workers meeting the same story at once send it once,
and if a worker dies between claim and send the claim expires and a later poll sends it after all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

import redis.asyncio as aioredis

from domain.feeds import neardup

PENDING = b"pending"
CLAIM_TTL_S = 600


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class FeedDedup:
    def __init__(self, redis: aioredis.Redis, prefix: str, ttl_s: int, threshold: float) -> None:
        self._redis = redis
        self._prefix = prefix
        self._ttl_s = ttl_s
        self._threshold = threshold

    def url_key(self, canonical: str) -> str:
        return f"{self._prefix}:feedseen:url:{_digest(canonical)}"

    def text_key(self, fingerprint: str) -> str:
        return f"{self._prefix}:feedseen:text:{fingerprint}"

    def _band(self, band: str) -> str:
        return f"{self._prefix}:feednd:band:{band}"

    def _sig(self, article_id: str) -> str:
        return f"{self._prefix}:feednd:sig:{article_id}"

    async def any_seen(self, keys: Iterable[str]) -> bool:
        keys = list(keys)
        return bool(keys) and bool(await self._redis.exists(*keys))

    async def claim(self, key: str) -> bool:
        """True if this caller is the first to claim the key (and must send, then confirm or release)."""
        return bool(await self._redis.set(key, PENDING, nx=True, ex=CLAIM_TTL_S))

    async def owner(self, key: str) -> str | None:
        value: Any = await self._redis.get(key)
        return None if value is None or value == PENDING else value.decode()

    async def confirm(self, keys: Iterable[str], article_id: str) -> None:
        async with self._redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.set(key, article_id, ex=self._ttl_s)
            await pipe.execute()

    async def release(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        if keys:
            await self._redis.delete(*keys)

    async def near_duplicate_of(self, sig: Sequence[int]) -> str | None:
        """The id of the most similar earlier article at or above the threshold, if any."""
        bands = neardup.band_keys(sig)
        async with self._redis.pipeline(transaction=False) as pipe:
            for band in bands:
                pipe.smembers(self._band(band))
            members = await pipe.execute()
        candidates = sorted({m.decode() for group in members for m in group})
        if not candidates:
            return None
        packed: list[Any] = await self._redis.mget([self._sig(c) for c in candidates])
        best, best_score = None, 0.0
        for candidate, raw in zip(candidates, packed, strict=True):
            other = neardup.unpack(raw) if raw else None
            if other is None:
                continue
            score = neardup.similarity(sig, other)
            if score >= self._threshold and score > best_score:
                best, best_score = candidate, score
        return best

    async def index(self, article_id: str, sig: Sequence[int]) -> None:
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.set(self._sig(article_id), neardup.pack(sig), ex=self._ttl_s)
            for band in neardup.band_keys(sig):
                key = self._band(band)
                pipe.sadd(key, article_id)
                pipe.expire(key, self._ttl_s)
            await pipe.execute()
