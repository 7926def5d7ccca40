"""incidents.classified (keyed by country) → incidents: group reports of one event, open or escalate it.

All reports about one country arrive on one partition, so one worker decides for them in order and two
workers can never both open the same incident.
"""

from __future__ import annotations

from datetime import UTC, datetime

import faust
import structlog
from pydantic import ValidationError

from agents.deadletter import Reject, process_each
from domain.correlation import WINDOW, correlate, event_for, partition_key
from schemas.alert import ClassifiedArticle
from schemas.event import IncidentEvent
from streams.app import Resources, app, settings, topics
from streams.store import IncidentStore

log = structlog.get_logger("correlate")


@app.agent(topics.incidents_classified)
async def correlate_reports(stream: faust.StreamT) -> None:
    store = IncidentStore(Resources.redis(), settings.topic_prefix)

    async def send(event: IncidentEvent) -> None:
        key = event.incident.incident_id.encode()
        await topics.incidents.send(key=key, value=event.model_dump_json().encode())
        await store.publish(event)

    async def handle(event: faust.EventT) -> None:
        try:
            record = ClassifiedArticle.model_validate_json(event.value)
        except ValidationError as error:
            raise Reject(f"invalid classified record: {error}") from error
        incident, article = record.incident, record.article
        if incident.incident_type == "none":
            return
        with structlog.contextvars.bound_contextvars(article_id=article.id):
            earlier = await store.produced_by(article.id)
            if isinstance(earlier, IncidentEvent):  # a replay: repeat exactly what was said the first time
                await send(earlier)
                return
            if earlier is False:
                return
            at = article.published_at or article.received_at or datetime.now(UTC)
            candidates = await store.candidates(partition_key(incident), since=at - WINDOW)
            outcome = correlate(candidates, incident, article, at)
            published = event_for(outcome, incident, article, at) if outcome.event else None
            await store.save(outcome.incident, article.id, published)
            log.info(
                "incident_correlated",
                incident_id=outcome.incident.incident_id,
                kind=outcome.event,
                changes=list(outcome.changes),
                sources=len(outcome.incident.sources),
            )
            if published is not None:
                await send(published)

    await process_each("correlate", stream, handle)
