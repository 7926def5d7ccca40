"""Pipeline health for the dashboard's panel (`GET /pipeline/health`) and Prometheus (`GET /metrics`).

Both read one snapshot, so the wall screen and Grafana never disagree. Where the figures come from:

* rates (articles/min, alerts/min, incident events/min, dead letters/min) are the records each topic
  received in the last 60 s: end offset minus the offset Kafka finds for "now - 60 s" (`offsets_for_times`,
  on record timestamps). Exact, and stateless: no sampler has to have been running for a minute first.
* consumer lag per topic: end offsets minus the Faust group's (`{prefix}-pipeline`) committed offsets;
  a partition never committed counts from its log start, so a stage that never ran shows its backlog.
* dead letters: records the dead-letter topic holds (end minus log start).
* webhook success rate: delivered share of the delivery attempts logged in Redis in the last hour.

A snapshot is reused for two seconds, so many open dashboards and a scraper cost one round of Kafka calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import structlog
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import Response
from prometheus_client import CollectorRegistry, Gauge, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from domain.dashboard import consumer_lag, success_rate
from streams.settings import Settings
from streams.topics import STAGE_TOPICS, topic_name
from streams.web.deps import Services, services

log = structlog.get_logger("metrics")
CONSUMED_TOPICS = ("articles.raw", "articles.clean", "incidents.classified", "incidents", "alerts")
SNAPSHOT_TTL_S = 2.0
RATE_WINDOW_S = 60
WEBHOOK_WINDOW = timedelta(hours=1)
DELIVERY_LOG_READ = 200


class KafkaProbe:
    """A group-less consumer and an admin client, opened on first use and kept for the API's lifetime."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._consumer: Any = None
        self._admin: Any = None
        self._lock = asyncio.Lock()

    async def _clients(self) -> tuple[Any, Any]:
        from aiokafka import AIOKafkaConsumer
        from aiokafka.admin import AIOKafkaAdminClient

        async with self._lock:
            if self._consumer is None:
                bootstrap = self._settings.kafka_bootstrap
                consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, request_timeout_ms=5_000)
                admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5_000)
                try:
                    await consumer.start()
                    await admin.start()
                except Exception:
                    with contextlib.suppress(Exception):
                        await consumer.stop()
                    with contextlib.suppress(Exception):
                        await admin.close()
                    raise
                self._consumer, self._admin = consumer, admin
            return self._consumer, self._admin

    async def close(self) -> None:
        if self._consumer is not None:
            with contextlib.suppress(Exception):
                await self._consumer.stop()
            with contextlib.suppress(Exception):
                await self._admin.close()
        self._consumer = self._admin = None

    async def topics(self) -> dict[str, dict[str, int | None]]:
        """Per stage topic: end (records ever), held, last_minute, and lag (None if no stage reads it)."""
        from aiokafka import TopicPartition

        consumer, admin = await self._clients()
        await consumer.topics()  # refresh metadata, so partitions_for_topic knows every topic
        names = {name: topic_name(self._settings, name) for name in STAGE_TOPICS}
        partitions = [
            TopicPartition(full, p)
            for full in names.values()
            for p in consumer.partitions_for_topic(full) or ()
        ]
        since_ms = int((time.time() - RATE_WINDOW_S) * 1000)
        end = await consumer.end_offsets(partitions)
        start = await consumer.beginning_offsets(partitions)
        recent = await consumer.offsets_for_times({tp: since_ms for tp in partitions})
        committed_raw = await admin.list_consumer_group_offsets(f"{self._settings.topic_prefix}-pipeline")
        committed = {tp: meta.offset for tp, meta in committed_raw.items() if meta.offset >= 0}
        figures: dict[str, dict[str, int | None]] = {}
        for short, full in names.items():
            tps = [tp for tp in partitions if tp.topic == full]
            ends = {tp.partition: end[tp] for tp in tps}
            done = {tp.partition: committed.get(tp, start[tp]) for tp in tps}
            last_minute = sum(end[tp] - found.offset for tp in tps if (found := recent.get(tp)) is not None)
            figures[short] = {
                "end": sum(ends.values()),
                "held": sum(end[tp] - start[tp] for tp in tps),
                "last_minute": last_minute,
                "lag": consumer_lag(ends, done) if short in CONSUMED_TOPICS else None,
            }
        return figures


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Close the probe's Kafka clients when the API stops (they are opened lazily, on first request)."""
    try:
        yield
    finally:
        probe: KafkaProbe | None = getattr(app.state, "kafka_probe", None)
        if probe is not None:
            await probe.close()


router = APIRouter(tags=["health"], lifespan=lifespan)


def _probe(request: Request, settings: Settings) -> KafkaProbe:
    probe: KafkaProbe | None = getattr(request.app.state, "kafka_probe", None)
    if probe is None:
        probe = request.app.state.kafka_probe = KafkaProbe(settings)
    return probe


async def _webhooks(deps: Services) -> dict[str, Any]:
    since = datetime.now(UTC) - WEBHOOK_WINDOW
    outcomes: list[tuple[datetime, str]] = []
    for subscription in await deps.subscriptions.all():
        for result in await deps.deliveries.log(subscription.id, DELIVERY_LOG_READ):
            outcomes.append((result.at, result.outcome))
    rate, attempts = success_rate(outcomes, since)
    return {
        "success_rate": rate,
        "attempts_last_hour": attempts,
        "pending": await deps.deliveries.pending_count(),
    }


async def _snapshot(request: Request, deps: Services) -> dict[str, Any]:
    probe = _probe(request, deps.settings)
    topics: dict[str, dict[str, int | None]] = {}
    kafka_ok = await deps.producer.connected()
    if kafka_ok:
        try:
            topics = await asyncio.wait_for(probe.topics(), timeout=8)
        except Exception as error:  # the panel shows Kafka as down rather than failing
            log.warning("kafka_probe_failed", error=repr(error))
            await probe.close()
            kafka_ok = False
    try:
        redis_ok = bool(await deps.redis.ping())
        webhooks = await _webhooks(deps)
    except Exception as error:
        log.warning("redis_probe_failed", error=repr(error))
        redis_ok, webhooks = False, {"success_rate": None, "attempts_last_hour": 0, "pending": None}

    def per_minute(name: str) -> int | None:
        return topics[name]["last_minute"] if name in topics else None

    return {
        "at": datetime.now(UTC).isoformat(),
        "kafka": kafka_ok,
        "redis": redis_ok,
        "articles_per_min": per_minute("articles.raw"),
        "alerts_per_min": per_minute("alerts"),
        "incident_events_per_min": per_minute("incidents"),
        "dead_letters": topics["deadletter"]["held"] if "deadletter" in topics else None,
        "dead_letters_per_min": per_minute("deadletter"),
        "consumer_lag": {
            name: figures["lag"] for name, figures in topics.items() if figures["lag"] is not None
        },
        "topics": topics,
        "webhooks": webhooks,
    }


async def health_snapshot(request: Request, deps: Services) -> dict[str, Any]:
    """The snapshot, reused for SNAPSHOT_TTL_S; concurrent callers wait for one computation."""
    state = request.app.state
    lock: asyncio.Lock | None = getattr(state, "health_lock", None)
    if lock is None:
        lock = state.health_lock = asyncio.Lock()
    async with lock:
        cached: tuple[float, dict[str, Any]] | None = getattr(state, "health_cached", None)
        if cached is not None and time.monotonic() - cached[0] < SNAPSHOT_TTL_S:
            return cached[1]
        snapshot = await _snapshot(request, deps)
        state.health_cached = (time.monotonic(), snapshot)
        return snapshot


@router.get("/pipeline/health", summary="The dashboard's pipeline health panel: rates, lag, dead letters")
async def pipeline_health(request: Request, deps: Annotated[Services, Depends(services)]) -> dict[str, Any]:
    return await health_snapshot(request, deps)


def render_metrics(snapshot: dict[str, Any]) -> bytes:
    """The snapshot in Prometheus text format (a fresh registry per scrape: the figures are read, not
    accumulated in this process, so several API replicas report the same values)."""
    registry = CollectorRegistry()

    def gauge(name: str, doc: str, value: float | None, labels: dict[str, str] | None = None) -> None:
        if value is None:
            return
        metric = Gauge(name, doc, list(labels or {}), registry=registry)
        (metric.labels(**labels) if labels else metric).set(value)

    gauge("newsalert_kafka_up", "1 when the Kafka broker answers", int(snapshot["kafka"]))
    gauge("newsalert_redis_up", "1 when Redis answers", int(snapshot["redis"]))
    gauge("newsalert_articles_per_minute", "Articles received in the last 60 s", snapshot["articles_per_min"])
    gauge(
        "newsalert_alerts_per_minute", "Alerts (per subscriber) in the last 60 s", snapshot["alerts_per_min"]
    )
    gauge(
        "newsalert_incident_events_per_minute",
        "Incident events in the last 60 s",
        snapshot["incident_events_per_min"],
    )
    gauge("newsalert_dead_letters", "Records held on the dead-letter topic", snapshot["dead_letters"])
    webhooks = snapshot["webhooks"]
    gauge(
        "newsalert_webhook_success_ratio", "Delivered share of last hour's attempts", webhooks["success_rate"]
    )
    gauge(
        "newsalert_webhook_attempts_last_hour",
        "Webhook attempts in the last hour",
        webhooks["attempts_last_hour"],
    )
    gauge("newsalert_deliveries_pending", "Webhook deliveries scheduled", webhooks["pending"])
    lag = Gauge("newsalert_consumer_lag", "Records a stage has yet to process", ["topic"], registry=registry)
    end = Gauge("newsalert_topic_end_offset", "Records ever written to a topic", ["topic"], registry=registry)
    rate = Gauge(
        "newsalert_topic_records_last_minute",
        "Records written in the last 60 s",
        ["topic"],
        registry=registry,
    )
    for name, figures in snapshot["topics"].items():
        end.labels(topic=name).set(figures["end"])
        rate.labels(topic=name).set(figures["last_minute"])
        if figures["lag"] is not None:
            lag.labels(topic=name).set(figures["lag"])
    return generate_latest(registry)


@router.get("/metrics", summary="Prometheus metrics: the health panel's figures")
async def metrics(request: Request, deps: Annotated[Services, Depends(services)]) -> Response:
    return Response(render_metrics(await health_snapshot(request, deps)), media_type=CONTENT_TYPE_LATEST)
