"""What the routes share: settings, connections and the API-key check."""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass

import redis.asyncio as aioredis
from fastapi import HTTPException, Request, status

from streams import store
from streams.producer import ArticleProducer
from streams.settings import Settings


@dataclass
class Services:
    settings: Settings
    producer: ArticleProducer
    redis: aioredis.Redis

    @property
    def subscriptions(self) -> store.SubscriptionStore:
        return store.SubscriptionStore(self.redis, self.settings.topic_prefix)

    @property
    def deliveries(self) -> store.DeliveryQueue:
        return store.DeliveryQueue(self.redis, self.settings.topic_prefix)

    @property
    def incidents(self) -> store.IncidentStore:
        return store.IncidentStore(self.redis, self.settings.topic_prefix)


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


def require_api_key(request: Request) -> None:
    """Subscription management needs `Authorization: Bearer <key>`; keys compared in constant time.

    With no keys configured nothing can be managed: an API that anyone can point at their own URL is
    a data leak, so it is refused rather than left open.
    """
    keys: list[str] = request.app.state.services.settings.api_keys
    if not keys:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "subscription management is disabled: no API keys configured (set NEWSALERT_API_KEYS)",
        )
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    presented = token.strip().encode()
    valid = False
    for key in keys:  # compare with every key, so timing does not reveal which one nearly matched
        valid |= hmac.compare_digest(presented, key.encode())
    if scheme.lower() != "bearer" or not valid:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "missing or wrong API key", headers={"WWW-Authenticate": "Bearer"}
        )


_STREAM_ID = re.compile(r"^\d{1,20}-\d{1,20}$")


def resume_from(header: str | None, query: str | None) -> str | None:
    """Where an SSE client resumes: `Last-Event-ID` (header, or query parameter for clients that
    cannot set headers). Our event ids are Redis stream ids; anything else is refused, not guessed."""
    resume = header or query
    if resume is not None and not _STREAM_ID.match(resume):
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "Last-Event-ID is not an id this stream gave"
        )
    return resume
