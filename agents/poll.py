"""Feed pollers: one long-running task per worker, outside every stream agent (slow publishers never
hold up classification). Workers share the feeds through leases in Redis (streams/feeds/registry.py)."""

from __future__ import annotations

from typing import Any

import structlog
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from streams.app import Resources, app, settings
from streams.feeds.service import LazyProducerSink, build_poller

log = structlog.get_logger("poll")


@app.task
async def poll_feeds() -> None:
    if not settings.feed_polling:
        log.info("feed_polling_disabled")
        return
    sink = LazyProducerSink(settings)
    poller = build_poller(settings, Resources.redis(), sink)
    try:
        await poller.run()
    finally:
        await poller.aclose()
        await sink.stop()


@app.page("/metrics")
async def metrics(web: Any, request: Any) -> Any:
    """Prometheus metrics of this worker (feed polls, publish-to-ingest delay)."""
    return web.bytes(generate_latest(), content_type=CONTENT_TYPE_LATEST)
