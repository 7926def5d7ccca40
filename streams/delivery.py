"""The webhook dispatcher: claims due deliveries from Redis and POSTs them, signed, with retries.

Each delivery runs in its own task under a global and a per-endpoint concurrency limit, so one slow
or dead endpoint uses at most its own slots and never delays another subscriber's webhooks.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from urllib.parse import urlsplit

import aiohttp
import structlog

from domain.circuit import Circuit
from domain.retry import next_delay, parse_retry_after
from domain.signing import webhook_headers
from domain.urls import UnsafeURLError, check_target_url
from schemas.alert import DeliveryResult, Subscription
from streams.guarded_resolver import PublicOnlyResolver
from streams.settings import Settings
from streams.store import DeliveryQueue, PendingDelivery, SubscriptionStore

log = structlog.get_logger("dispatcher")

MAX_IN_FLIGHT = 200
POLL_INTERVAL_S = 0.25

OnResult = Callable[[DeliveryResult], Awaitable[None]]
OnGiveUp = Callable[[DeliveryResult, bytes, list[dict[str, object]]], Awaitable[None]]


class Dispatcher:
    def __init__(
        self,
        queue: DeliveryQueue,
        subscriptions: SubscriptionStore,
        settings: Settings,
        wakeup: asyncio.Event,
        on_result: OnResult,
        on_give_up: OnGiveUp,
    ) -> None:
        self._queue = queue
        self._subscriptions = subscriptions
        self._settings = settings
        self._wakeup = wakeup
        self._on_result = on_result
        self._on_give_up = on_give_up
        self._in_flight: set[asyncio.Task[None]] = set()
        self._per_endpoint: dict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.webhook_endpoint_concurrency)
        )
        self._lease_s = settings.webhook_timeout_s + 5.0
        self._schedule = tuple(settings.retry_schedule_s)
        self._circuits: dict[str, Circuit] = defaultdict(
            lambda: Circuit(settings.circuit_failures, settings.circuit_cooldown_s)
        )

    async def run(self) -> None:
        # aiohttp rather than httpx here: measured ~8x more requests/s per core on this path.
        async with aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self._settings.webhook_timeout_s),
            connector=aiohttp.TCPConnector(
                limit=MAX_IN_FLIGHT,
                limit_per_host=self._settings.webhook_endpoint_concurrency,
                resolver=None if self._settings.allow_private_targets else PublicOnlyResolver(),
            ),
            headers={"user-agent": "newsalert-webhooks/0.1"},
        ) as client:
            while True:
                if len(self._in_flight) >= MAX_IN_FLIGHT:  # at capacity: wait for a slot, not a spin
                    await asyncio.wait(self._in_flight, return_when=asyncio.FIRST_COMPLETED)
                free = MAX_IN_FLIGHT - len(self._in_flight)
                try:
                    claimed = await self._queue.claim_due(free, self._lease_s)
                except Exception as error:  # Redis away: keep trying, deliveries wait in Redis
                    log.warning("claim_failed", error=repr(error))
                    await asyncio.sleep(1.0)
                    continue
                for pending in claimed:
                    task = asyncio.create_task(self._deliver_safely(client, pending))
                    self._in_flight.add(task)
                    task.add_done_callback(self._in_flight.discard)
                if len(claimed) < free:
                    self._wakeup.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wakeup.wait(), POLL_INTERVAL_S)

    async def _deliver_safely(self, client: aiohttp.ClientSession, pending: PendingDelivery) -> None:
        """A failure here must not kill the dispatcher; the lease makes the delivery due again."""
        try:
            await self._deliver(client, pending)
        except Exception:
            log.exception("delivery_crashed", webhook_id=pending.webhook_id)

    async def _deliver(self, client: aiohttp.ClientSession, pending: PendingDelivery) -> None:
        bound = structlog.get_logger("dispatcher").bind(
            webhook_id=pending.webhook_id,
            incident_id=pending.incident_id,
            subscription_id=pending.subscription_id,
        )
        subscription = await self._subscriptions.get_cached(pending.subscription_id)
        attempt = pending.attempts + 1
        if subscription is None or subscription.disabled:
            why = (
                "subscription deleted"
                if subscription is None
                else f"disabled: {subscription.disabled_reason}"
            )
            await self._finish(pending, attempt, None, why, "disabled", None)
            return
        endpoint = urlsplit(subscription.url).netloc
        circuit = self._circuits[endpoint]
        if not circuit.allows(time.time()):
            await self._queue.postpone(pending.webhook_id, circuit.retry_at(time.time()))
            return
        async with self._per_endpoint[endpoint]:
            status, error, retry_after, latency_ms = await self._post(client, subscription, pending)
        if status is not None and (200 <= status < 300 or status == 410):
            circuit.record_success()  # the endpoint answered: it is alive
        else:
            circuit.record_failure(time.time())
        if status is not None and 200 <= status < 300:
            bound.info("webhook_delivered", status=status, attempt=attempt, latency_ms=round(latency_ms, 1))
            await self._finish(pending, attempt, status, None, "delivered", latency_ms)
            return
        if status == 410:
            await self._subscriptions.disable(subscription.id, "endpoint answered 410 Gone")
            bound.warning("subscription_disabled", status=status)
            await self._finish(pending, attempt, status, "410 Gone", "disabled", latency_ms)
            return
        delay = next_delay(
            attempt, self._schedule, retry_after_s=retry_after if status in (429, 503) else None
        )
        bound.warning("webhook_failed", status=status, error=error, attempt=attempt, retry_in_s=delay)
        if delay is None:
            await self._finish(pending, attempt, status, error, "failed", latency_ms)
            return
        result = self._result(pending, attempt, status, error, "retrying", latency_ms)
        await self._queue.record_attempt(result, time.time() + delay, pending.history)
        await self._on_result(result)

    async def _post(
        self, client: aiohttp.ClientSession, subscription: Subscription, pending: PendingDelivery
    ) -> tuple[int | None, str | None, float | None, float]:
        started = time.perf_counter()
        try:
            # Names are checked by the client's resolver when it connects (the addresses it really uses);
            # here only what needs no lookup: scheme, credentials, IP literals, metadata host names.
            check_target_url(
                subscription.url, allow_private=self._settings.allow_private_targets, resolve=False
            )
            headers = webhook_headers(
                subscription.signing_secrets(datetime.now(UTC)), pending.webhook_id, pending.body
            )
            async with client.post(
                subscription.url, data=pending.body, headers=headers, allow_redirects=False
            ) as response:
                await response.read()
                status, retry_after = response.status, response.headers.get("retry-after")
        except UnsafeURLError as error:
            return None, f"refused target: {error}", None, (time.perf_counter() - started) * 1000
        except (aiohttp.ClientError, TimeoutError) as error:
            return None, f"{type(error).__name__}: {error}", None, (time.perf_counter() - started) * 1000
        latency = (time.perf_counter() - started) * 1000
        return status, None, parse_retry_after(retry_after), latency

    def _result(
        self,
        pending: PendingDelivery,
        attempt: int,
        status: int | None,
        error: str | None,
        outcome: str,
        latency_ms: float | None,
    ) -> DeliveryResult:
        return DeliveryResult(
            webhook_id=pending.webhook_id,
            subscription_id=pending.subscription_id,
            event_type=pending.event_type,  # type: ignore[arg-type]
            incident_id=pending.incident_id,
            attempt=attempt,
            status_code=status,
            error=error,
            outcome=outcome,  # type: ignore[arg-type]
            at=datetime.now(UTC),
            latency_ms=latency_ms,
        )

    async def _finish(
        self,
        pending: PendingDelivery,
        attempt: int,
        status: int | None,
        error: str | None,
        outcome: str,
        latency_ms: float | None,
    ) -> None:
        result = self._result(pending, attempt, status, error, outcome, latency_ms)
        await self._queue.record_attempt(result, None, pending.history)
        await self._on_result(result)
        if outcome == "failed":
            await self._on_give_up(result, pending.body, [*pending.history, result.model_dump(mode="json")])
