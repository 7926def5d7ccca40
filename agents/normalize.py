"""articles.raw → articles.clean: validate, clean boilerplate, identify the language, mark duplicates."""

from __future__ import annotations

import faust
import structlog
from pydantic import ValidationError

from agents.deadletter import dead_letter
from domain.normalize import fingerprint, normalize_article
from schemas.article import RawArticle
from streams.app import Resources, app, settings, topics
from streams.store import DedupStore

log = structlog.get_logger("normalize")


@app.agent(topics.articles_raw)
async def normalize(stream: faust.StreamT) -> None:
    dedup = DedupStore(Resources.redis(), settings.topic_prefix)
    async for event in stream.events():
        try:
            raw = RawArticle.model_validate_json(event.value)
        except ValidationError as error:
            await dead_letter("normalize", f"invalid article: {error}", event)
            continue
        with structlog.contextvars.bound_contextvars(article_id=raw.id):
            try:
                clean = normalize_article(raw)
            except Exception as error:  # a bug or hostile input must not stop the stream
                log.exception("normalize_failed")
                await dead_letter("normalize", f"normalize failed: {error!r}", event)
                continue
            position = f"{event.message.topic}:{event.message.partition}:{event.message.offset}"
            clean.duplicate_of = await dedup.first_sighting(
                fingerprint(f"{clean.title or ''}\n{clean.body}"), clean.id, position
            )
            log.info("article_normalized", language=clean.language, duplicate_of=clean.duplicate_of)
            await (
                await topics.articles_clean.send(
                    key=clean.id.encode(), value=clean.model_dump_json().encode()
                )
            )
