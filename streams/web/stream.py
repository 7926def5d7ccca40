"""`GET /stream`: incident events as Server-Sent Events, filtered like subscriptions, resumable.

Events come from the Redis stream the correlator appends to; an entry's id is the SSE `id`, so a
client that reconnects with `Last-Event-ID` (header, or `last_event_id` query parameter) gets every
event it missed that the stream still holds (the newest 10,000).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, status
from fastapi.responses import StreamingResponse
from pydantic import ValidationError

from domain.matching import filters_match
from schemas.alert import SubscriptionFilters
from schemas.event import IncidentEvent
from streams.web import sse
from streams.web.deps import Services, resume_from, services

router = APIRouter(tags=["stream"])


def _csv(value: str | None) -> list[str] | None:
    return None if value is None else [item.strip() for item in value.split(",") if item.strip()]


def _numbers(value: str | None, names: tuple[str, ...], what: str) -> dict[str, float] | None:
    if value is None:
        return None
    parts = _csv(value) or []
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != len(names):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"{what} takes {','.join(names)}")
    return dict(zip(names, numbers, strict=True))


def parse_filters(
    alert_only: bool = True,
    incident_types: str | None = None,
    target_types: str | None = None,
    min_severity: str | None = None,
    countries: str | None = None,
    languages: str | None = None,
    bbox: Annotated[str | None, Query(description="min_lat,min_lon,max_lat,max_lon")] = None,
    radius: Annotated[str | None, Query(description="lat,lon,km")] = None,
    events: str | None = None,
) -> SubscriptionFilters:
    """The subscription filters, as query parameters (lists comma-separated)."""
    raw: dict[str, Any] = {
        "alert_only": alert_only,
        "incident_types": _csv(incident_types),
        "target_types": _csv(target_types),
        "min_severity": min_severity,
        "countries": _csv(countries),
        "languages": _csv(languages),
        "bbox": _numbers(bbox, ("min_lat", "min_lon", "max_lat", "max_lon"), "bbox"),
        "radius": _numbers(radius, ("lat", "lon", "km"), "radius"),
    }
    if events is not None:
        raw["events"] = _csv(events)
    try:
        return SubscriptionFilters.model_validate({k: v for k, v in raw.items() if v is not None})
    except ValidationError as error:
        problems = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()]
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, problems) from error


@router.get("/stream", summary="Incident events as Server-Sent Events")
async def stream(
    request: Request,
    deps: Annotated[Services, Depends(services)],
    filters: Annotated[SubscriptionFilters, Depends(parse_filters)],
    last_event_id_header: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
    last_event_id: str | None = None,
) -> StreamingResponse:
    resume = resume_from(last_event_id_header, last_event_id)
    key = deps.incidents.events_stream

    async def events() -> AsyncIterator[bytes]:
        yield sse.PREAMBLE
        async for entry in sse.tail(deps.redis, key, resume, request):
            if entry is None:
                yield sse.KEEPALIVE
                continue
            entry_id, fields = entry
            try:
                event = IncidentEvent.model_validate_json(fields[b"event"])
            except (KeyError, ValidationError):  # an entry of another schema version: skip it
                continue
            if filters_match(filters, event.incident, event.type):
                data = json.dumps(event.model_dump(mode="json"), ensure_ascii=False)
                yield sse.frame(entry_id, event.type, data)

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache", "x-accel-buffering": "no"},
    )
