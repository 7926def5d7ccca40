"""articles.clean → incidents.classified: the classifier, inline and CPU-only (no I/O on this path)."""

from __future__ import annotations

import faust
import structlog
from pydantic import ValidationError

from agents.deadletter import dead_letter
from domain.classify import get_classifier
from schemas.alert import ClassifiedArticle
from schemas.article import CleanArticle
from streams.app import app, topics

log = structlog.get_logger("classify")


@app.agent(topics.articles_clean)
async def classify(stream: faust.StreamT) -> None:
    classifier = get_classifier()
    async for event in stream.events():
        try:
            article = CleanArticle.model_validate_json(event.value)
        except ValidationError as error:
            await dead_letter("classify", f"invalid clean article: {error}", event)
            continue
        with structlog.contextvars.bound_contextvars(article_id=article.id):
            try:
                incident = classifier.classify(article.model_dump())
            except Exception as error:
                log.exception("classify_failed")
                await dead_letter("classify", f"classifier failed: {error!r}", event)
                continue
            log.info(
                "article_classified",
                incident_type=incident.incident_type,
                target_type=incident.target_type,
                alert=incident.alert,
                country=incident.location.country_code,
            )
            record = ClassifiedArticle(article=article, incident=incident)
            await (
                await topics.incidents_classified.send(
                    key=article.id.encode(), value=record.model_dump_json().encode()
                )
            )
