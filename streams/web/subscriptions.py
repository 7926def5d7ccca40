"""Subscriptions: create, list, get, update, delete, ping, rotate the secret, delivery log, redelivery."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import httpx
import structlog
from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from pydantic import BaseModel

from domain.signing import new_secret, webhook_headers
from domain.urls import UnsafeURLError, check_target_url
from schemas.alert import DeliveryResult, Subscription, SubscriptionIn, SubscriptionUpdate
from streams.web.deps import Services, require_api_key, services

log = structlog.get_logger("api.subscriptions")
router = APIRouter(prefix="/subscriptions", tags=["subscriptions"], dependencies=[Depends(require_api_key)])
Deps = Annotated[Services, Depends(services)]


class SubscriptionView(BaseModel):
    """A subscription as listed: everything but the secrets."""

    id: str
    url: str
    filters: dict[str, Any]
    format: str
    description: str | None
    created_at: datetime
    disabled: bool
    disabled_reason: str | None

    @classmethod
    def of(cls, subscription: Subscription) -> SubscriptionView:
        return cls.model_validate(subscription.model_dump(exclude={"secret", "previous_secret"}))


class SubscriptionCreated(SubscriptionView):
    secret: str


class SubscriptionPage(BaseModel):
    items: list[SubscriptionView]
    total: int
    offset: int
    limit: int


class SecretRotated(BaseModel):
    secret: str
    previous_secret_valid_until: datetime


class PingResult(BaseModel):
    delivered: bool
    status_code: int | None
    error: str | None
    latency_ms: float
    webhook_id: str


async def _check_url(deps: Services, url: str) -> None:
    try:
        await asyncio.to_thread(check_target_url, url, allow_private=deps.settings.allow_private_targets)
    except UnsafeURLError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"url: {error}") from error


async def _get(deps: Services, subscription_id: str) -> Subscription:
    subscription = await deps.subscriptions.get(subscription_id)
    if subscription is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such subscription")
    return subscription


@router.post("", status_code=201, response_model=SubscriptionCreated, summary="Subscribe a webhook URL")
async def create(body: SubscriptionIn, deps: Deps) -> Any:
    """The response is the only time the signing secret is shown."""
    await _check_url(deps, body.url)
    subscription = await deps.subscriptions.create(body)
    log.info("subscription_created", subscription_id=subscription.id)
    return SubscriptionCreated.model_validate(subscription.model_dump())


@router.get("", response_model=SubscriptionPage)
async def list_all(
    deps: Deps, offset: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=500)] = 50
) -> SubscriptionPage:
    items, total = await deps.subscriptions.page(offset, limit)
    return SubscriptionPage(
        items=[SubscriptionView.of(s) for s in items], total=total, offset=offset, limit=limit
    )


@router.get("/{subscription_id}", response_model=SubscriptionView)
async def get_one(subscription_id: str, deps: Deps) -> SubscriptionView:
    return SubscriptionView.of(await _get(deps, subscription_id))


@router.patch("/{subscription_id}", response_model=SubscriptionView)
async def update(subscription_id: str, body: SubscriptionUpdate, deps: Deps) -> SubscriptionView:
    subscription = await _get(deps, subscription_id)
    changes = body.model_dump(exclude_unset=True)
    if body.url is not None:
        await _check_url(deps, body.url)
    if changes.get("disabled") is False:
        changes["disabled_reason"] = None
    elif changes.get("disabled") is True:
        changes["disabled_reason"] = "disabled by request"
    if body.filters is not None:
        changes["filters"] = body.filters
    updated = subscription.model_copy(update=changes)
    await deps.subscriptions.save(updated)
    log.info("subscription_updated", subscription_id=subscription_id, fields=sorted(changes))
    return SubscriptionView.of(updated)


@router.delete("/{subscription_id}", status_code=204)
async def delete(subscription_id: str, deps: Deps) -> Response:
    if not await deps.subscriptions.delete(subscription_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such subscription")
    return Response(status_code=204)


@router.post("/{subscription_id}/rotate-secret", response_model=SecretRotated)
async def rotate_secret(subscription_id: str, deps: Deps) -> SecretRotated:
    """A new secret signs from now on; the old one also signs until the grace period ends."""
    subscription = await _get(deps, subscription_id)
    until = datetime.now(UTC) + timedelta(seconds=deps.settings.secret_grace_s)
    rotated = subscription.model_copy(
        update={
            "secret": new_secret(),
            "previous_secret": subscription.secret,
            "previous_secret_expires_at": until,
        }
    )
    await deps.subscriptions.save(rotated)
    log.info("secret_rotated", subscription_id=subscription_id)
    return SecretRotated(secret=rotated.secret, previous_secret_valid_until=until)


@router.post("/{subscription_id}/ping", response_model=PingResult)
async def ping(subscription_id: str, deps: Deps) -> PingResult:
    """Send a signed `webhook.ping` now and report what the endpoint answered."""
    subscription = await _get(deps, subscription_id)
    await _check_url(deps, subscription.url)
    webhook_id = "msg_ping_" + secrets.token_hex(8)
    now = datetime.now(UTC)
    body = json.dumps(
        {"type": "webhook.ping", "timestamp": now.isoformat(), "data": {"subscription_id": subscription_id}}
    ).encode()
    headers = webhook_headers(subscription.signing_secrets(now), webhook_id, body)
    started = time.perf_counter()
    try:
        async with httpx.AsyncClient(
            timeout=deps.settings.webhook_timeout_s, follow_redirects=False
        ) as client:
            response = await client.post(subscription.url, content=body, headers=headers)
    except httpx.HTTPError as error:
        latency = (time.perf_counter() - started) * 1000
        return PingResult(
            delivered=False,
            status_code=None,
            error=f"{type(error).__name__}: {error}",
            latency_ms=latency,
            webhook_id=webhook_id,
        )
    latency = (time.perf_counter() - started) * 1000
    ok = 200 <= response.status_code < 300
    return PingResult(
        delivered=ok, status_code=response.status_code, error=None, latency_ms=latency, webhook_id=webhook_id
    )


@router.get("/{subscription_id}/deliveries", response_model=list[DeliveryResult])
async def deliveries(
    subscription_id: str, deps: Deps, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[DeliveryResult]:
    """Every delivery attempt, newest first: outcome, status code, error, latency."""
    await _get(deps, subscription_id)
    return await deps.deliveries.log(subscription_id, limit)


@router.post("/{subscription_id}/deliveries/{webhook_id}/redeliver", status_code=202)
async def redeliver(subscription_id: str, webhook_id: str, deps: Deps) -> dict[str, str]:
    """Send a past delivery again (same webhook-id and body), with a fresh retry schedule."""
    await _get(deps, subscription_id)
    if not await deps.deliveries.redeliver(webhook_id, subscription_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such delivery for this subscription")
    return {"status": "scheduled", "webhook_id": webhook_id}
