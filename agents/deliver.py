"""alerts → durable delivery queue (Redis) → webhooks; outcomes → deliveries / deadletter.

The agent only enqueues (fast, idempotent by webhook-id); the dispatcher task sends. So a slow or dead
endpoint holds up neither the Kafka consumer nor anyone else's webhooks.
"""

from __future__ import annotations

import asyncio

import faust
import structlog
from pydantic import ValidationError

from agents.deadletter import Reject, dead_letter, process_each
from domain.formats import webhook_body
from schemas.alert import AlertEvent, DeliveryResult
from streams.app import Resources, app, settings, topics
from streams.delivery import Dispatcher
from streams.store import DeliveryQueue, SubscriptionStore

log = structlog.get_logger("deliver")
_wakeup = asyncio.Event()


@app.agent(topics.alerts)
async def deliver(stream: faust.StreamT) -> None:
    queue = DeliveryQueue(Resources.redis(), settings.topic_prefix)
    subscriptions = SubscriptionStore(Resources.redis(), settings.topic_prefix)

    async def handle(event: faust.EventT) -> None:
        try:
            alert = AlertEvent.model_validate_json(event.value)
        except ValidationError as error:
            raise Reject(f"invalid alert: {error}") from error
        subscription = await subscriptions.get_cached(alert.subscription_id, max_age_s=0)
        body = webhook_body(alert, subscription.format if subscription else "json")
        created = await queue.enqueue(alert.id, alert.subscription_id, alert.type, alert.incident_id, body)
        log.info("delivery_enqueued", webhook_id=alert.id, new=created, incident_id=alert.incident_id)
        _wakeup.set()

    await process_each("deliver", stream, handle)


async def _publish(result: DeliveryResult) -> None:
    await topics.deliveries.send(key=result.subscription_id.encode(), value=result.model_dump_json().encode())


async def _give_up(result: DeliveryResult, body: bytes, history: list[dict[str, object]]) -> None:
    await dead_letter(
        "deliver",
        f"webhook not delivered after {result.attempt} attempts: {result.error or result.status_code}",
        value=body,
        key=result.webhook_id,
        attempts=history,
    )


@app.task
async def dispatch_webhooks() -> None:
    redis = Resources.redis()
    dispatcher = Dispatcher(
        queue=DeliveryQueue(redis, settings.topic_prefix),
        subscriptions=SubscriptionStore(redis, settings.topic_prefix),
        settings=settings,
        wakeup=_wakeup,
        on_result=_publish,
        on_give_up=_give_up,
    )
    await dispatcher.run()
