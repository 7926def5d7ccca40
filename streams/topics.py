"""The pipeline's Kafka topics. Values are raw bytes (JSON); each stage validates them with pydantic,
so a malformed record becomes a dead letter with a reason instead of crashing the agent."""

from __future__ import annotations

from dataclasses import dataclass

import faust

from streams.settings import Settings

STAGE_TOPICS = ("articles.raw", "articles.clean", "incidents.classified", "alerts", "deliveries", "deadletter")


def topic_name(settings: Settings, name: str) -> str:
    return f"{settings.topic_prefix}.{name}"


@dataclass(frozen=True)
class Topics:
    articles_raw: faust.TopicT
    articles_clean: faust.TopicT
    incidents_classified: faust.TopicT
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
        alerts=topic("alerts"),
        deliveries=topic("deliveries"),
        deadletter=topic("deadletter"),
    )
