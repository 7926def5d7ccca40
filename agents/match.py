"""incidents → alerts: one event per subscriber whose filters accept the incident."""

from __future__ import annotations

from datetime import UTC, datetime

import faust
import structlog
from pydantic import ValidationError

from agents.deadletter import Reject, process_each
from domain.matching import matching_subscriptions
from schemas.alert import AlertEvent
from schemas.event import EventType, IncidentEvent
from streams.app import Resources, app, settings, topics
from streams.store import NotifiedStore, SubscriptionStore

log = structlog.get_logger("match")


@app.agent(topics.incidents)
async def match(stream: faust.StreamT) -> None:
    redis = Resources.redis()
    subscriptions = SubscriptionStore(redis, settings.topic_prefix)
    notified = NotifiedStore(redis, settings.topic_prefix)

    async def handle(event: faust.EventT) -> None:
        try:
            incident_event = IncidentEvent.model_validate_json(event.value)
        except ValidationError as error:
            raise Reject(f"invalid incident event: {error}") from error
        incident = incident_event.incident
        with structlog.contextvars.bound_contextvars(
            article_id=incident_event.article.id, incident_id=incident.incident_id
        ):
            # Filters are checked against the incident as it is now. A subscriber who has not been told
            # about the incident yet hears of it as "opened", whatever made it match.
            for subscription in matching_subscriptions(await subscriptions.all(), incident, None):
                opener = await notified.opened_by(
                    subscription.id, incident.incident_id, incident_event.event_id
                )
                kind: EventType = (
                    "incident.opened" if opener == incident_event.event_id else incident_event.type
                )
                if kind not in subscription.filters.events:
                    continue
                alert = AlertEvent(
                    id=AlertEvent.make_id(subscription.id, incident_event.event_id),
                    type=kind,
                    subscription_id=subscription.id,
                    incident_id=incident.incident_id,
                    event_id=incident_event.event_id,
                    created_at=datetime.now(UTC),
                    changes=incident_event.changes,
                    incident=incident,
                    record=incident_event.record,
                    article=incident_event.article,
                )
                log.info("alert_matched", subscription_id=subscription.id, webhook_id=alert.id, kind=kind)
                value = alert.model_dump_json().encode()
                await topics.alerts.send(key=subscription.id.encode(), value=value)

    await process_each("match", stream, handle)
