"""Every stage sends what it cannot process here, whole and with the reason, and carries on."""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import faust
import structlog
from aiokafka import errors as kafka_errors
from redis import exceptions as redis_errors

from schemas.alert import DeadLetter
from streams.app import topics

log = structlog.get_logger("deadletter")


def _as_text(value: Any) -> tuple[str, str | None]:
    if value is None:
        return "", None
    if isinstance(value, str):
        return value, None
    raw = bytes(value)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), base64.b64encode(raw).decode()


async def dead_letter(
    stage: str,
    reason: str,
    event: faust.EventT | None = None,
    value: Any = None,
    key: str | None = None,
    attempts: list[dict[str, Any]] | None = None,
) -> None:
    message = event.message if event is not None else None
    text, exact = _as_text(event.value if event is not None else value)
    record = DeadLetter(
        stage=stage,
        reason=reason,
        topic=message.topic if message else None,
        partition=message.partition if message else None,
        offset=message.offset if message else None,
        key=key or (_as_text(message.key)[0] if message and message.key is not None else None),
        value=text,
        value_base64=exact,
        attempts=attempts or [],
        at=datetime.now(UTC),
    )
    log.warning("dead_letter", stage=stage, reason=reason[:500], topic=record.topic, offset=record.offset)
    await topics.deadletter.send(key=(record.key or "").encode(), value=record.model_dump_json().encode())


class Reject(Exception):
    """Raised by a stage for a record it will never be able to process (the reason goes with it)."""


TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    redis_errors.ConnectionError,
    redis_errors.TimeoutError,
    kafka_errors.KafkaConnectionError,
    kafka_errors.KafkaTimeoutError,
)
MAX_RETRY_DELAY_S = 30.0
SLOW_RECORD_S = 0.05
"""A record that takes longer than this in one stage is logged: it is what builds a backlog."""

Handler = Callable[[faust.EventT], Awaitable[None]]


async def process_each(stage: str, stream: faust.StreamT, handle: Handler) -> None:
    """Run `handle` on every record, so that no record can stop the stage.

    Stages hand their output to the producer (`await topic.send(...)`) without waiting for the
    broker's acknowledgement of each record: Faust flushes the producer before it commits the input
    offsets, so a crash still replays anything whose output was not written — at-least-once, without
    a broker round trip per record per stage.

    A rejected record, or one that raises anything unexpected, goes to the dead-letter topic with the
    reason and the stream moves on. An outage of Redis or Kafka is not the record's fault: the same
    record is retried with backoff (holding its partition, to keep order) until the service is back.
    """
    async for event in stream.events():
        delay = 0.5
        started = time.perf_counter()
        while True:
            try:
                await handle(event)
                elapsed = time.perf_counter() - started
                if elapsed > SLOW_RECORD_S:
                    log.warning("slow_record", stage=stage, ms=round(elapsed * 1000, 1))
            except Reject as rejection:
                await dead_letter(stage, str(rejection), event)
            except TRANSIENT_ERRORS as error:
                log.warning("transient_failure", stage=stage, error=repr(error), retry_in_s=delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_RETRY_DELAY_S)
                continue
            except Exception as error:
                log.exception("record_failed", stage=stage)
                await dead_letter(stage, f"{stage} failed: {type(error).__name__}: {error}", event)
            break
