"""articles.raw → articles.clean: validate, clean boilerplate, identify the language, mark duplicates."""

from __future__ import annotations

import faust
import structlog
from pydantic import ValidationError

from agents.deadletter import Reject, process_each
from domain.normalize import fingerprint, normalize_article
from schemas.article import RawArticle
from streams.app import Resources, app, settings, topics
from streams.store import DedupStore

log = structlog.get_logger("normalize")


@app.agent(topics.articles_raw)
async def normalize(stream: faust.StreamT) -> None:
    dedup = DedupStore(Resources.redis(), settings.topic_prefix)

    async def handle(event: faust.EventT) -> None:
        try:
            raw = RawArticle.model_validate_json(event.value)
        except ValidationError as error:
            raise Reject(f"invalid article: {error}") from error
        with structlog.contextvars.bound_contextvars(article_id=raw.id):
            clean = normalize_article(raw)
            position = f"{event.message.topic}:{event.message.partition}:{event.message.offset}"
            # A producer may already have linked it (feed near-duplicates): keep that link.
            clean.duplicate_of = raw.duplicate_of or await dedup.first_sighting(
                fingerprint(f"{clean.title or ''}\n{clean.body}"), clean.id, position
            )
            log.info("article_normalized", language=clean.language, duplicate_of=clean.duplicate_of)
            await topics.articles_clean.send(key=clean.id.encode(), value=clean.model_dump_json().encode())

    await process_each("normalize", stream, handle)
