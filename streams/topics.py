"""The pipeline's Kafka topics. Values are raw bytes (JSON); each stage validates them with pydantic,
so a malformed record becomes a dead letter with a reason instead of crashing the agent."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass
from typing import Any

import faust

from streams.settings import Settings

STAGE_TOPICS = (
    "articles.raw",
    "articles.clean",
    "incidents.classified",
    "incidents",
    "alerts",
    "deliveries",
    "deadletter",
)


def topic_name(settings: Settings, name: str) -> str:
    return f"{settings.topic_prefix}.{name}"


@dataclass(frozen=True)
class Topics:
    articles_raw: faust.TopicT
    articles_clean: faust.TopicT
    incidents_classified: faust.TopicT
    incidents: faust.TopicT
    alerts: faust.TopicT
    deliveries: faust.TopicT
    deadletter: faust.TopicT


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    def topic(name: str) -> faust.TopicT:
        return app.topic(
            topic_name(settings, name),
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.topic_partitions,
        )

    return Topics(
        articles_raw=topic("articles.raw"),
        articles_clean=topic("articles.clean"),
        incidents_classified=topic("incidents.classified"),
        incidents=topic("incidents"),
        alerts=topic("alerts"),
        deliveries=topic("deliveries"),
        deadletter=topic("deadletter"),
    )


async def ensure_topics(settings: Settings) -> list[str]:
    """Create the pipeline's topics (with the configured partition count) if they do not exist yet.

    Faust does not declare source topics, and a consumer that subscribes before a topic exists is not
    assigned its partitions until the next metadata refresh (minutes), so every entry point — the
    worker, the API, `ingest` — makes sure they exist first. Returns the names it created.
    """
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.errors import TopicAlreadyExistsError

    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, request_timeout_ms=15_000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [topic_name(settings, name) for name in STAGE_TOPICS]
        missing = [name for name in wanted if name not in existing]
        if missing:
            partitions = settings.topic_partitions
            new = [NewTopic(name, num_partitions=partitions, replication_factor=1) for name in missing]
            with contextlib.suppress(TopicAlreadyExistsError):  # another process created them first
                await admin.create_topics(new)
        await _wait_until_led(admin, wanted)
        return missing
    finally:
        await admin.close()


async def _wait_until_led(admin: Any, names: list[str], timeout_s: float = 30.0) -> None:
    """Return once every partition of every topic has a leader in the broker's metadata.

    Right after creation (or when the API and a worker create them at the same moment) a topic can be
    missing from metadata for a little while; a consumer subscribing then would sit unassigned until its
    next metadata refresh.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        described = await admin.describe_topics(names)
        ready = all(
            topic.get("error_code", 0) == 0
            and topic.get("partitions")
            and all(partition.get("leader", -1) >= 0 for partition in topic["partitions"])
            for topic in described
        )
        if ready or time.monotonic() > deadline:
            return
        await asyncio.sleep(0.2)
