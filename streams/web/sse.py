"""Server-Sent Events fed by a Redis stream: one tailing loop for every SSE endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import redis.asyncio as aioredis
from fastapi import Request

KEEPALIVE_MS = 15_000
RETRY_MS = 2_000


async def tail(
    redis: aioredis.Redis, key: str, resume: str | None, request: Request
) -> AsyncIterator[tuple[str, dict[bytes, bytes]] | None]:
    """Yield (entry id, fields) from `resume` on (new entries only when None), and None every
    KEEPALIVE_MS without news so the caller can send a keep-alive comment; stop when the client goes."""
    cursor = resume or "$"
    while not await request.is_disconnected():
        batches: Any = await redis.xread({key: cursor}, block=KEEPALIVE_MS, count=100)
        if not batches:
            yield None
            continue
        for _, entries in batches:
            for entry_id, fields in entries:
                cursor = entry_id.decode()
                yield cursor, fields


def frame(event_id: str, event: str, data: str) -> bytes:
    return f"id: {event_id}\nevent: {event}\ndata: {data}\n\n".encode()


KEEPALIVE = b": keep-alive\n\n"
PREAMBLE = f"retry: {RETRY_MS}\n\n".encode()
