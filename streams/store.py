"""Redis adapters: subscriptions, article de-duplication, and the durable delivery queue.

Everything a restart must not forget lives here, in Redis with AOF persistence, not in process memory.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis.asyncio as aioredis
from redis import exceptions as redis_errors
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff

from domain.signing import new_secret
from schemas.alert import DeliveryResult, Subscription, SubscriptionIn
from schemas.event import Incident, IncidentEvent

DELIVERY_LOG_LENGTH = 1_000
DELIVERED_RECORD_TTL_S = 7 * 24 * 3600
DEDUP_TTL_S = 7 * 24 * 3600
MAX_CONNECTIONS = 64


def connect(url: str) -> aioredis.Redis:
    """A client that reconnects by itself: after a Redis restart the first command retries on a fresh
    connection instead of failing on the stale one."""
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=MAX_CONNECTIONS,
        timeout=30,  # wait for a free connection instead of failing under a burst
        decode_responses=False,
        health_check_interval=10,
        socket_connect_timeout=5,
        retry=Retry(ExponentialBackoff(cap=2.0, base=0.1), retries=5),
        retry_on_error=[redis_errors.ConnectionError, redis_errors.TimeoutError],
    )
    return aioredis.Redis(connection_pool=pool)


class SubscriptionStore:
    """Subscriptions as JSON under `{prefix}:sub:{id}`, ordered by creation in `{prefix}:subs`.

    Readers in the pipeline keep a copy in memory and reload it only when `{prefix}:subs:version`
    moves, so matching costs one GET per record, not a scan of Redis.
    """

    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix
        self._cached_version: Any = None
        self._cached: list[Subscription] = []
        self._by_id: dict[str, Subscription] = {}
        self._checked_at = 0.0

    def _key(self, subscription_id: str) -> str:
        return f"{self._prefix}:sub:{subscription_id}"

    @property
    def _index(self) -> str:
        return f"{self._prefix}:subs"

    @property
    def _version(self) -> str:
        return f"{self._prefix}:subs:version"

    async def create(self, data: SubscriptionIn) -> Subscription:
        subscription = Subscription(
            **data.model_dump(),
            id="sub_" + secrets.token_hex(12),
            secret=new_secret(),
            created_at=datetime.now(UTC),
        )
        await self.save(subscription, new=True)
        return subscription

    async def save(self, subscription: Subscription, *, new: bool = False) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self._key(subscription.id), subscription.model_dump_json())
            if new:
                pipe.zadd(self._index, {subscription.id: subscription.created_at.timestamp()})
            pipe.incr(self._version)
            await pipe.execute()

    async def get(self, subscription_id: str) -> Subscription | None:
        raw = await self._redis.get(self._key(subscription_id))
        return Subscription.model_validate_json(raw) if raw else None

    async def get_cached(self, subscription_id: str, max_age_s: float = 1.0) -> Subscription | None:
        """Like `get`, from the in-memory copy (see `all` for what `max_age_s` trades)."""
        await self.all(max_age_s)
        return self._by_id.get(subscription_id)

    async def page(self, offset: int = 0, limit: int = 50) -> tuple[list[Subscription], int]:
        total = await self._redis.zcard(self._index)
        ids = await self._redis.zrange(self._index, offset, offset + limit - 1)
        subscriptions = await self._load(ids)
        return subscriptions, int(total)

    async def delete(self, subscription_id: str) -> bool:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(self._key(subscription_id))
            pipe.zrem(self._index, subscription_id)
            pipe.incr(self._version)
            deleted, _, _ = await pipe.execute()
        return bool(deleted)

    async def disable(self, subscription_id: str, reason: str) -> None:
        subscription = await self.get(subscription_id)
        if subscription is not None:
            await self.save(subscription.model_copy(update={"disabled": True, "disabled_reason": reason}))

    async def all(self, max_age_s: float = 0.0) -> list[Subscription]:
        """Every subscription, from the in-memory copy unless another process changed them.

        With `max_age_s`, the version is not even checked when the copy is younger than that: the
        dispatcher uses it to save a round trip per webhook, at the cost of seeing a change up to
        that much later (a subscription deleted this instant may get one more webhook).
        """
        now = time.monotonic()
        if max_age_s and self._cached_version is not None and now - self._checked_at < max_age_s:
            return self._cached
        self._checked_at = now
        version = await self._redis.get(self._version)
        if version != self._cached_version or version is None:
            ids = await self._redis.zrange(self._index, 0, -1)
            self._cached = await self._load(ids)
            self._by_id = {subscription.id: subscription for subscription in self._cached}
            self._cached_version = version
        return self._cached

    async def _load(self, ids: list[Any]) -> list[Subscription]:
        if not ids:
            return []
        raws = await self._redis.mget([self._key(i.decode()) for i in ids])
        return [Subscription.model_validate_json(raw) for raw in raws if raw]


class DedupStore:
    """Remembers which article text was seen first, and where, so duplicates can be linked to it.

    The value records the Kafka position of the first sighting: when a worker crashes and the same
    record is read again, it is recognised as a replay (same position), not as a duplicate — otherwise
    a crash between dedup and publish would silently drop the article.
    """

    def __init__(self, redis: aioredis.Redis, prefix: str, ttl_s: int = DEDUP_TTL_S) -> None:
        self._redis = redis
        self._prefix = prefix
        self._ttl_s = ttl_s

    async def first_sighting(self, fingerprint: str, article_id: str, position: str) -> str | None:
        """Return the id of the earlier article with this fingerprint, or None if this is the first."""
        key = f"{self._prefix}:seen:{fingerprint}"
        value = json.dumps({"id": article_id, "at": position})
        if await self._redis.set(key, value, nx=True, ex=self._ttl_s):
            return None
        stored = await self._redis.get(key)
        if stored is None:
            return None
        first = json.loads(stored)
        if first.get("at") == position:
            return None  # a replay of the very record that set the key
        return str(first.get("id"))


_ENQUEUE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
return 1
"""

_CLAIM = """
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
for _, id in ipairs(ids) do redis.call('ZADD', KEYS[1], ARGV[3], id) end
return ids
"""


@dataclass(frozen=True)
class PendingDelivery:
    webhook_id: str
    subscription_id: str
    event_type: str
    incident_id: str
    body: bytes
    attempts: int
    created_ms: int
    history: list[dict[str, object]]


class DeliveryQueue:
    """A durable schedule of webhook deliveries in Redis.

    Records live in `{prefix}:dlv:{webhook_id}`; `{prefix}:due` orders them by next-attempt time.
    Claiming moves an entry's time forward by a lease, atomically, so two workers never send the same
    delivery at once and a worker killed mid-send leaves it to be retried when the lease runs out.
    Enqueueing is idempotent by webhook-id: a replayed alert does not create a second delivery.
    """

    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix
        self._enqueue = redis.register_script(_ENQUEUE)
        self._claim = redis.register_script(_CLAIM)

    def _key(self, webhook_id: str) -> str:
        return f"{self._prefix}:dlv:{webhook_id}"

    @property
    def _due(self) -> str:
        return f"{self._prefix}:due"

    def _log(self, subscription_id: str) -> str:
        return f"{self._prefix}:sub:{subscription_id}:deliveries"

    async def enqueue(
        self, webhook_id: str, subscription_id: str, event_type: str, incident_id: str, body: bytes
    ) -> bool:
        """Schedule a delivery now; False when this webhook-id is already known (a replay)."""
        now_ms = int(time.time() * 1000)
        fields = {
            "subscription_id": subscription_id,
            "event_type": event_type,
            "incident_id": incident_id,
            "body": body,
            "attempts": 0,
            "state": "pending",
            "created_ms": now_ms,
            "history": "[]",
        }
        flat: list[Any] = [now_ms, webhook_id]
        for name, value in fields.items():
            flat.extend([name, value])
        created = await self._enqueue(keys=[self._key(webhook_id), self._due], args=flat)
        return bool(created)

    async def claim_due(self, limit: int, lease_s: float) -> list[PendingDelivery]:
        now_ms = int(time.time() * 1000)
        ids = await self._claim(keys=[self._due], args=[now_ms, limit, now_ms + int(lease_s * 1000)])
        if not ids:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for webhook_id in ids:
                pipe.hgetall(self._key(webhook_id.decode()))
            records = await pipe.execute()
        pending = []
        for webhook_id, record in zip(ids, records, strict=True):
            if not record:  # expired or removed: forget the schedule entry
                await self._redis.zrem(self._due, webhook_id)
                continue
            pending.append(
                PendingDelivery(
                    webhook_id=webhook_id.decode(),
                    subscription_id=record[b"subscription_id"].decode(),
                    event_type=record[b"event_type"].decode(),
                    incident_id=record[b"incident_id"].decode(),
                    body=record[b"body"],
                    attempts=int(record[b"attempts"]),
                    created_ms=int(record[b"created_ms"]),
                    history=json.loads(record.get(b"history", b"[]")),
                )
            )
        return pending

    async def record_attempt(
        self, result: DeliveryResult, next_attempt_at: float | None, history: list[dict[str, object]]
    ) -> None:
        """Store the attempt (one round trip); reschedule it, or finish it (delivered, failed, disabled).

        `history` is the attempts so far, as claimed; the newest 20 are kept with the delivery.
        """
        key = self._key(result.webhook_id)
        entry = result.model_dump_json()
        state = "pending" if next_attempt_at is not None else result.outcome
        kept = [*history, json.loads(entry)][-20:]
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={"attempts": result.attempt, "state": state, "history": json.dumps(kept)})
            pipe.lpush(self._log(result.subscription_id), entry)
            pipe.ltrim(self._log(result.subscription_id), 0, DELIVERY_LOG_LENGTH - 1)
            if next_attempt_at is not None:
                pipe.zadd(self._due, {result.webhook_id: int(next_attempt_at * 1000)})
            else:
                pipe.zrem(self._due, result.webhook_id)
                pipe.expire(key, DELIVERED_RECORD_TTL_S)
            await pipe.execute()

    async def postpone(self, webhook_id: str, at: float) -> None:
        """Move a delivery later without counting an attempt (its endpoint's circuit is open)."""
        await self._redis.zadd(self._due, {webhook_id: int(at * 1000)}, xx=True)

    async def redeliver(self, webhook_id: str, subscription_id: str) -> bool:
        """Send a finished (delivered or failed) delivery again now, with a fresh retry schedule."""
        key = self._key(webhook_id)
        owner: Any = await self._redis.hget(key, "subscription_id")
        if owner is None or owner.decode() != subscription_id:
            return False
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={"attempts": 0, "state": "pending"})
            pipe.persist(key)
            pipe.zadd(self._due, {webhook_id: int(time.time() * 1000)})
            await pipe.execute()
        return True

    async def log(self, subscription_id: str, limit: int = 100) -> list[DeliveryResult]:
        raws = await self._redis.lrange(self._log(subscription_id), 0, limit - 1)
        return [DeliveryResult.model_validate_json(raw) for raw in raws]

    async def pending_count(self) -> int:
        return int(await self._redis.zcard(self._due))


INCIDENT_TTL_S = 30 * 24 * 3600
EVENT_STREAM_LENGTH = 10_000


class IncidentStore:
    """Incidents as JSON (`{prefix}:inc:{id}`), indexed per country by last activity, and what each
    article produced (`{prefix}:incart:{article_id}`) so a replayed report re-emits the very same event.

    Events are also appended to the Redis stream `{prefix}:events`, which feeds the SSE endpoint and
    the dashboard (a stream entry id is a natural `Last-Event-ID`).
    """

    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix

    def _key(self, incident_id: str) -> str:
        return f"{self._prefix}:inc:{incident_id}"

    def _index(self, place_key: str) -> str:
        return f"{self._prefix}:incidx:{place_key}"

    def _article(self, article_id: str) -> str:
        return f"{self._prefix}:incart:{article_id}"

    @property
    def events_stream(self) -> str:
        return f"{self._prefix}:events"

    async def candidates(self, place_key: str, since: datetime) -> list[Incident]:
        return await self._load(
            await self._redis.zrangebyscore(self._index(place_key), since.timestamp(), "+inf")
        )

    async def get(self, incident_id: str) -> Incident | None:
        raw = await self._redis.get(self._key(incident_id))
        return Incident.model_validate_json(raw) if raw else None

    async def recent(self, limit: int = 200) -> list[Incident]:
        return await self._load(await self._redis.zrevrange(f"{self._prefix}:incidents", 0, limit - 1))

    async def _load(self, ids: list[Any]) -> list[Incident]:
        if not ids:
            return []
        raws = await self._redis.mget([self._key(i.decode()) for i in ids])
        return [Incident.model_validate_json(raw) for raw in raws if raw]

    async def produced_by(self, article_id: str) -> IncidentEvent | bool | None:
        """The event this article already produced; False when it produced none; None when unseen."""
        raw = await self._redis.get(self._article(article_id))
        if raw is None:
            return None
        if raw == b"-":
            return False
        return IncidentEvent.model_validate_json(raw)

    async def save(self, incident: Incident, article_id: str, event: IncidentEvent | None) -> None:
        """Store the incident and what the article produced, atomically."""
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self._key(incident.incident_id), incident.model_dump_json(), ex=INCIDENT_TTL_S)
            pipe.zadd(self._index(incident.place_key), {incident.incident_id: incident.last_seen.timestamp()})
            pipe.zadd(f"{self._prefix}:incidents", {incident.incident_id: incident.last_seen.timestamp()})
            pipe.set(self._article(article_id), event.model_dump_json() if event else "-", ex=INCIDENT_TTL_S)
            await pipe.execute()

    async def publish(self, event: IncidentEvent) -> None:
        await self._redis.xadd(
            self.events_stream,
            {"event": event.model_dump_json()},
            maxlen=EVENT_STREAM_LENGTH,
            approximate=True,
        )


class NotifiedStore:
    """Which subscriber has been told about which incident, and by which event.

    A subscriber whose filters only start matching when an incident escalates must receive it as
    `incident.opened`. Storing the event id (not a flag) keeps that decision stable across replays.
    """

    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix

    async def opened_by(self, subscription_id: str, incident_id: str, event_id: str) -> str:
        """Return the id of the event that opened this incident for the subscriber (this one if first)."""
        key = f"{self._prefix}:told:{subscription_id}:{incident_id}"
        if await self._redis.set(key, event_id, nx=True, ex=INCIDENT_TTL_S):
            return event_id
        stored: Any = await self._redis.get(key)
        return stored.decode() if stored else event_id
