"""articles.clean → incidents.classified: the classifier, inline and CPU-only (no I/O on this path)."""

from __future__ import annotations

import faust
import structlog
from pydantic import ValidationError

from agents.deadletter import Reject, process_each
from domain.classify import get_classifier
from domain.correlation import partition_key
from schemas.alert import ClassifiedArticle
from schemas.article import CleanArticle
from streams.app import app, topics

log = structlog.get_logger("classify")


@app.agent(topics.articles_clean)
async def classify(stream: faust.StreamT) -> None:
    classifier = get_classifier()
    classifier.warm()  # load every language now, not on the first live article of each

    async def handle(event: faust.EventT) -> None:
        try:
            article = CleanArticle.model_validate_json(event.value)
        except ValidationError as error:
            raise Reject(f"invalid clean article: {error}") from error
        with structlog.contextvars.bound_contextvars(article_id=article.id):
            incident = classifier.classify(article.model_dump())
            log.info(
                "article_classified",
                incident_type=incident.incident_type,
                target_type=incident.target_type,
                alert=incident.alert,
                country=incident.location.country_code,
            )
            record = ClassifiedArticle(article=article, incident=incident)
            # Keyed by place: reports of one event meet in one partition of the correlate stage.
            await topics.incidents_classified.send(
                key=partition_key(incident).encode(), value=record.model_dump_json().encode()
            )

    await process_each("classify", stream, handle)
