"""Every stage sends what it cannot process here, whole and with the reason, and carries on."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

import faust
import structlog

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
    await (
        await topics.deadletter.send(key=(record.key or "").encode(), value=record.model_dump_json().encode())
    )
