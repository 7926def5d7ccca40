"""The Faust application: one app, the topics, and the per-process resources agents share."""

from __future__ import annotations

from typing import Any

import faust
import redis.asyncio as aioredis

from streams import store
from streams.faust_tuning import use_fetch_max_wait
from streams.settings import Settings, get_settings
from streams.topics import Topics, declare_topics


def create_app(settings: Settings) -> faust.App:
    use_fetch_max_wait(settings.consumer_fetch_max_wait_ms)
    return faust.App(
        f"{settings.topic_prefix}-pipeline",
        broker=f"kafka://{settings.kafka_bootstrap}",
        value_serializer="raw",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=1,
        # Faust's web server listens on 0.0.0.0 unless told otherwise: keep it on loopback.
        web_bind=settings.worker_web_host,
        web_host=settings.worker_web_host,
        web_port=settings.worker_web_port,
        datadir=str(settings.state_dir / "faust"),
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=1.0,
        stream_wait_empty=False,
        producer_acks=-1,
        producer_linger_ms=0,
        # If a topic still slipped past ensure_topics, notice it in 30 s rather than aiokafka's 5 minutes.
        consumer_metadata_max_age_ms=30_000,
    )


settings = get_settings()
app = create_app(settings)
topics: Topics = declare_topics(app, settings)


class Resources:
    """Connections opened lazily inside the worker's event loop and shared by its agents."""

    _redis: aioredis.Redis | None = None

    @classmethod
    def redis(cls) -> aioredis.Redis:
        if cls._redis is None:
            cls._redis = store.connect(settings.redis_url)
        return cls._redis


@app.page("/ready")
async def ready(web: Any, request: Any) -> Any:
    """200 once this worker holds partitions and is not rebalancing: tests, demos and health checks wait
    on it so the first article is not timed against the consumer group's start-up."""
    consumer = app.consumer if app.started else None
    assigned = bool(consumer and consumer.assignment())
    ok = assigned and not app.rebalancing
    return web.json(
        {"ready": ok, "assigned_partitions": len(consumer.assignment()) if consumer else 0},
        status=200 if ok else 503,
    )
