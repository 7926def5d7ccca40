"""incidents.classified → alerts: one event per subscriber whose filters accept the incident."""

from __future__ import annotations

from datetime import UTC, datetime

import faust
import structlog
from pydantic import ValidationError

from agents.deadletter import dead_letter
from domain.matching import matching_subscriptions
from schemas.alert import AlertEvent, ClassifiedArticle, EventType
from streams.app import Resources, app, settings, topics
from streams.store import SubscriptionStore

log = structlog.get_logger("match")


@app.agent(topics.incidents_classified)
async def match(stream: faust.StreamT) -> None:
    subscriptions = SubscriptionStore(Resources.redis(), settings.topic_prefix)
    async for event in stream.events():
        try:
            record = ClassifiedArticle.model_validate_json(event.value)
        except ValidationError as error:
            await dead_letter("match", f"invalid classified record: {error}", event)
            continue
        incident, article = record.incident, record.article
        if incident.incident_type == "none" or article.duplicate_of:
            continue
        kind: EventType = "incident.opened"
        incident_id = incident.id
        with structlog.contextvars.bound_contextvars(article_id=article.id, incident_id=incident_id):
            for subscription in matching_subscriptions(await subscriptions.all(), incident, kind):
                alert = AlertEvent(
                    id=AlertEvent.make_id(subscription.id, incident_id, kind),
                    type=kind,
                    subscription_id=subscription.id,
                    incident_id=incident_id,
                    created_at=datetime.now(UTC),
                    incident=incident,
                    article=article,
                )
                log.info("alert_matched", subscription_id=subscription.id, webhook_id=alert.id)
                await (
                    await topics.alerts.send(
                        key=subscription.id.encode(), value=alert.model_dump_json().encode()
                    )
                )
