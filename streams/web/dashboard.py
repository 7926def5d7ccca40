"""The operations-room dashboard: the page, its assets, incident reads, and acknowledge/assign.

The page (`/dashboard`) is one HTML file with its CSS, JS and map data served from `static/` — nothing
from a CDN, so it works in an air-gapped room. It reads the live feed from `GET /stream`, incident detail
from `GET /incidents/{id}`, and what operators do from `GET /dashboard/events`.

Timeline and evidence come from the Redis stream `{prefix}:events` (each entry a whole IncidentEvent,
with the article and its classification): this process keeps an index incident id -> stream entry ids,
brought up to date incrementally on each read, so a detail view costs a few XRANGE calls instead of a
scan. Acknowledgements and assignments are stored per incident with an append-only audit list, and
appended to the stream `{prefix}:dash:actions`, which every open dashboard follows over SSE (a stream,
not pub/sub, so a page that reconnects resumes with `Last-Event-ID` and misses nothing).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import redis.asyncio as aioredis
from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, status
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import BaseModel, Field, ValidationError

from domain.dashboard import evidence_segments
from schemas.event import IncidentEvent
from streams.store import EVENT_STREAM_LENGTH
from streams.web import sse
from streams.web.deps import Services, require_api_key, resume_from, services

router = APIRouter(tags=["dashboard"])
STATIC_DIR = Path(__file__).resolve().parent / "static"
ASSETS: dict[str, str] = {  # the only files served: no path from a request ever reaches the filesystem
    "dashboard.css": "text/css; charset=utf-8",
    "dashboard.js": "text/javascript; charset=utf-8",
    "vendor/topojson-client.min.js": "text/javascript; charset=utf-8",
    "vendor/countries-110m.json": "application/json",
}
ACTIONS_LENGTH = 10_000
AUDIT_LENGTH = 500
# The first "incident_id" in an IncidentEvent's JSON (pydantic writes no spaces) is its incident's.
_INCIDENT_ID = re.compile(rb'"incident_id":"([^"]{1,100})"')


@router.get("/dashboard", include_in_schema=False)
async def dashboard_page() -> FileResponse:
    return FileResponse(STATIC_DIR / "dashboard.html", headers={"cache-control": "no-cache"})


@router.get("/dashboard/static/{name:path}", include_in_schema=False)
async def dashboard_asset(name: str) -> FileResponse:
    media_type = ASSETS.get(name)
    if media_type is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such asset")
    return FileResponse(STATIC_DIR / name, media_type=media_type, headers={"cache-control": "no-cache"})


class EventIndex:
    """Incident id -> ids of its entries in the events stream, kept up to date by reading only what is new."""

    def __init__(self) -> None:
        self.last_id = "0-0"
        self.by_incident: dict[str, list[str]] = {}
        self.size = 0
        self._lock = asyncio.Lock()

    async def refresh(self, redis: aioredis.Redis, key: str) -> None:
        async with self._lock:
            while True:
                entries: Any = await redis.xrange(key, min=f"({self.last_id}", count=1_000)
                for entry_id, fields in entries:
                    self.last_id = entry_id.decode()
                    found = _INCIDENT_ID.search(fields.get(b"event", b""))
                    if found:
                        self.by_incident.setdefault(found.group(1).decode(), []).append(self.last_id)
                        self.size += 1
                if len(entries) < 1_000:
                    break
            if self.size > 2 * EVENT_STREAM_LENGTH:
                await self._forget_trimmed(redis, key)

    async def _forget_trimmed(self, redis: aioredis.Redis, key: str) -> None:
        """Drop ids the stream no longer holds (it is capped), so the index stays as small as the stream."""
        first: Any = await redis.xrange(key, count=1)
        if not first:
            return
        oldest = _id_tuple(first[0][0].decode())
        kept = {
            incident: [i for i in ids if _id_tuple(i) >= oldest] for incident, ids in self.by_incident.items()
        }
        self.by_incident = {incident: ids for incident, ids in kept.items() if ids}
        self.size = sum(map(len, self.by_incident.values()))


def _id_tuple(stream_id: str) -> tuple[int, int]:
    millis, _, sequence = stream_id.partition("-")
    return int(millis), int(sequence or 0)


def _event_index(request: Request) -> EventIndex:
    index: EventIndex | None = getattr(request.app.state, "dashboard_event_index", None)
    if index is None:
        index = request.app.state.dashboard_event_index = EventIndex()
    return index


class OperatorStore:
    """Who acknowledged and who handles each incident, with an audit trail, shared by every dashboard."""

    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix

    def _state(self, incident_id: str) -> str:
        return f"{self._prefix}:dash:state:{incident_id}"

    def _audit(self, incident_id: str) -> str:
        return f"{self._prefix}:dash:audit:{incident_id}"

    @property
    def actions_stream(self) -> str:
        return f"{self._prefix}:dash:actions"

    async def act(
        self, incident_id: str, action: str, operator: str, **details: str | None
    ) -> dict[str, Any]:
        """Record one action atomically: the incident's state, its audit trail, and the shared stream."""
        at = datetime.now(UTC).isoformat()
        entry = {"incident_id": incident_id, "action": action, "operator": operator, "at": at, **details}
        state: dict[Any, Any] = {}
        if action == "acknowledged":
            state = {"acknowledged_by": operator, "acknowledged_at": at}
        elif action == "assigned":
            state = {"assignee": details.get("assignee") or "", "assigned_by": operator, "assigned_at": at}
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(self._state(incident_id), mapping=state)
            pipe.lpush(self._audit(incident_id), json.dumps(entry))
            pipe.ltrim(self._audit(incident_id), 0, AUDIT_LENGTH - 1)
            pipe.hgetall(self._state(incident_id))
            pipe.xadd(
                self.actions_stream, {"action": json.dumps(entry)}, maxlen=ACTIONS_LENGTH, approximate=True
            )
            results = await pipe.execute()
        return {**entry, "state": _decode(results[3])}

    async def states(self, incident_ids: list[str]) -> dict[str, dict[str, str]]:
        if not incident_ids:
            return {}
        async with self._redis.pipeline(transaction=False) as pipe:
            for incident_id in incident_ids:
                pipe.hgetall(self._state(incident_id))
            found = await pipe.execute()
        return {i: _decode(state) for i, state in zip(incident_ids, found, strict=True) if state}

    async def audit(self, incident_id: str, limit: int = 100) -> list[dict[str, Any]]:
        raws = await self._redis.lrange(self._audit(incident_id), 0, limit - 1)
        return [json.loads(raw) for raw in raws]


def _decode(mapping: dict[bytes, bytes]) -> dict[str, str]:
    return {key.decode(): value.decode() for key, value in mapping.items()}


def operators(deps: Annotated[Services, Depends(services)]) -> OperatorStore:
    return OperatorStore(deps.redis, deps.settings.topic_prefix)


async def _last_id(redis: aioredis.Redis, key: str) -> str:
    """The newest entry id of a stream ("0-0" when empty): a page that loaded a snapshot resumes the
    live feed from exactly there, so nothing that happened between the two requests is lost."""
    newest: Any = await redis.xrevrange(key, count=1)
    return newest[0][0].decode() if newest else "0-0"


@router.get("/incidents", summary="Recent incidents (newest activity first) with operator state")
async def recent_incidents(
    deps: Annotated[Services, Depends(services)],
    ops: Annotated[OperatorStore, Depends(operators)],
    limit: Annotated[int, Query(ge=1, le=5_000)] = 500,
) -> dict[str, Any]:
    cursor = await _last_id(deps.redis, deps.incidents.events_stream)
    actions_cursor = await _last_id(deps.redis, ops.actions_stream)
    incidents = await deps.incidents.recent(limit)
    states = await ops.states([incident.incident_id for incident in incidents])
    return {
        "incidents": [incident.model_dump(mode="json") for incident in incidents],
        "states": states,
        "cursor": cursor,
        "actions_cursor": actions_cursor,
    }


async def _events_of(request: Request, deps: Services, incident_id: str) -> list[tuple[str, IncidentEvent]]:
    key = deps.incidents.events_stream
    index = _event_index(request)
    await index.refresh(deps.redis, key)
    ids = index.by_incident.get(incident_id, [])[-500:]
    if not ids:
        return []
    async with deps.redis.pipeline(transaction=False) as pipe:
        for entry_id in ids:
            pipe.xrange(key, min=entry_id, max=entry_id, count=1)
        found = await pipe.execute()
    events = []
    for entries in found:
        for entry_id, fields in entries:
            try:
                events.append((entry_id.decode(), IncidentEvent.model_validate_json(fields[b"event"])))
            except (KeyError, ValidationError):  # an entry of another schema version
                continue
    return events


@router.get("/incidents/{incident_id}", summary="One incident: figures, sources with evidence, timeline")
async def incident_detail(
    incident_id: str,
    request: Request,
    deps: Annotated[Services, Depends(services)],
    ops: Annotated[OperatorStore, Depends(operators)],
) -> dict[str, Any]:
    incident = await deps.incidents.get(incident_id)
    if incident is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such incident (or it expired)")
    events = await _events_of(request, deps, incident_id)
    by_article = {event.article.id: event for _, event in events}
    sources = []
    for ref in incident.sources:
        event = by_article.get(ref.article_id)
        source: dict[str, Any] = {**ref.model_dump(mode="json"), "text_available": event is not None}
        if event is not None:
            record = event.record
            source["record"] = record.model_dump(mode="json", exclude={"evidence"})
            source["evidence"] = [item.model_dump() for item in record.evidence]
            segments = evidence_segments(event.article.title, event.article.body, record.evidence)
            source["segments"] = [segment.as_json() for segment in segments]
        sources.append(source)
    timeline = [
        {
            "stream_id": stream_id,
            "event_id": event.event_id,
            "type": event.type,
            "at": event.at.isoformat(),
            "changes": event.changes,
            "severity": event.incident.severity,
            "revision": event.incident.revision,
            "article_id": event.article.id,
            "language": event.article.language,
            "title": event.article.title,
        }
        for stream_id, event in events
    ]
    states = await ops.states([incident_id])
    return {
        "incident": incident.model_dump(mode="json"),
        "state": states.get(incident_id, {}),
        "sources": sources,
        "timeline": timeline,
        "audit": await ops.audit(incident_id, 50),
    }


class AckIn(BaseModel):
    operator: str = Field(min_length=1, max_length=80, description="Who acknowledges (shown to every room).")
    note: str | None = Field(default=None, max_length=500)


class AssignIn(BaseModel):
    operator: str = Field(min_length=1, max_length=80, description="Who assigns.")
    assignee: str = Field(min_length=1, max_length=80, description="Who will handle the incident.")
    note: str | None = Field(default=None, max_length=500)


async def _known(deps: Services, incident_id: str) -> None:
    if await deps.incidents.get(incident_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such incident (or it expired)")


@router.post(
    "/incidents/{incident_id}/ack",
    dependencies=[Depends(require_api_key)],
    summary="Acknowledge an incident (pushed to every open dashboard)",
)
async def acknowledge(
    incident_id: str,
    body: AckIn,
    deps: Annotated[Services, Depends(services)],
    ops: Annotated[OperatorStore, Depends(operators)],
) -> dict[str, Any]:
    await _known(deps, incident_id)
    return await ops.act(incident_id, "acknowledged", body.operator.strip(), note=body.note)


@router.post(
    "/incidents/{incident_id}/assign",
    dependencies=[Depends(require_api_key)],
    summary="Assign an incident to an operator (pushed to every open dashboard)",
)
async def assign(
    incident_id: str,
    body: AssignIn,
    deps: Annotated[Services, Depends(services)],
    ops: Annotated[OperatorStore, Depends(operators)],
) -> dict[str, Any]:
    await _known(deps, incident_id)
    return await ops.act(
        incident_id, "assigned", body.operator.strip(), assignee=body.assignee.strip(), note=body.note
    )


@router.get("/incidents/{incident_id}/audit", summary="Every acknowledgement and assignment, newest first")
async def audit(
    incident_id: str,
    ops: Annotated[OperatorStore, Depends(operators)],
    limit: Annotated[int, Query(ge=1, le=AUDIT_LENGTH)] = 100,
) -> dict[str, Any]:
    return {"incident_id": incident_id, "audit": await ops.audit(incident_id, limit)}


@router.get("/dashboard/events", summary="Operator actions (acknowledge, assign) as Server-Sent Events")
async def dashboard_events(
    request: Request,
    deps: Annotated[Services, Depends(services)],
    ops: Annotated[OperatorStore, Depends(operators)],
    last_event_id_header: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
    last_event_id: str | None = None,
) -> StreamingResponse:
    resume = resume_from(last_event_id_header, last_event_id)
    key = ops.actions_stream

    async def events() -> AsyncIterator[bytes]:
        yield sse.PREAMBLE
        async for entry in sse.tail(deps.redis, key, resume, request):
            if entry is None:
                yield sse.KEEPALIVE
                continue
            entry_id, fields = entry
            raw = fields.get(b"action", b"{}").decode()
            action = json.loads(raw).get("action", "action")
            yield sse.frame(entry_id, f"incident.{action}", raw)

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache", "x-accel-buffering": "no"},
    )
