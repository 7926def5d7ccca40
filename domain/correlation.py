"""Grouping reports of the same event into one incident, and deciding what each new report changes.

Pure: the correlate agent loads candidate incidents from Redis and hands them here. Reports join an
incident when they are about the same place (same country; same city or one of them has none), the same
kind of target and a compatible kind of attack, at most `WINDOW` apart. A report that raises the severity
or a casualty figure escalates the incident; any other new report only updates its sources.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from schemas.article import CleanArticle
from schemas.event import EventType, Incident, IncidentEvent, SourceRef
from schemas.incident import PHYSICAL_ATTACKS, SEVERITY_ORDER, Casualties, IncidentRecord, Location

WINDOW = timedelta(hours=48)


def partition_key(record: IncidentRecord) -> str:
    """Reports of one event must meet in one partition: key by country (city names vary by language)."""
    return (record.location.country_code or "??").upper()


def _fold(name: str | None) -> str | None:
    if not name:
        return None
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip() or None


def _types_compatible(a: str, b: str) -> bool:
    return a == b or (a in PHYSICAL_ATTACKS and b in PHYSICAL_ATTACKS)


def _owners_compatible(incident: Incident, record: IncidentRecord) -> bool:
    mine = incident.facility.of if incident.facility else None
    theirs = record.facility.of if record.facility else None
    return mine is None or theirs is None or mine.upper() == theirs.upper()


def same_event(incident: Incident, record: IncidentRecord, at: datetime) -> bool:
    if record.incident_type == "none" or partition_key(record) != incident.place_key:
        return False
    if at > incident.last_seen + WINDOW or at < incident.first_seen - WINDOW:
        return False
    city_a, city_b = _fold(incident.location.city), _fold(record.location.city)
    if city_a and city_b and city_a != city_b:
        return False
    return (
        incident.target_type == record.target_type
        and _types_compatible(incident.incident_type, record.incident_type)
        and _owners_compatible(incident, record)
    )


def find_incident(candidates: Iterable[Incident], record: IncidentRecord, at: datetime) -> Incident | None:
    """The most recently active open incident this report belongs to, if any."""
    matching = [incident for incident in candidates if same_event(incident, record, at)]
    return max(matching, key=lambda incident: incident.last_seen, default=None)


def _source(record: IncidentRecord, article: CleanArticle, at: datetime) -> SourceRef:
    return SourceRef(
        article_id=article.id,
        title=article.title,
        source=article.source,
        url=article.url,
        language=record.language,
        at=at,
        severity=record.severity,
        killed=record.casualties.killed,
        injured=record.casualties.injured,
        duplicate_of=article.duplicate_of,
    )


def _higher(a: int | None, b: int | None) -> int | None:
    known = [value for value in (a, b) if value is not None]
    return max(known) if known else None


@dataclass(frozen=True)
class Outcome:
    """What one report did: the incident as it is now, the event to emit (None: nothing new), changes."""

    incident: Incident
    event: EventType | None
    changes: tuple[str, ...] = ()


def open_incident(record: IncidentRecord, article: CleanArticle, at: datetime) -> Outcome:
    incident = Incident(
        incident_id=Incident.make_id(article.id),
        place_key=partition_key(record),
        incident_type=record.incident_type,
        target_type=record.target_type,
        severity=record.severity,
        alert=record.alert,
        location=record.location,
        casualties=record.casualties,
        facility=record.facility,
        summary=record.summary,
        first_seen=at,
        last_seen=at,
        sources=[_source(record, article, at)],
        languages=[record.language],
    )
    return Outcome(incident, "incident.opened")


def merge(incident: Incident, record: IncidentRecord, article: CleanArticle, at: datetime) -> Outcome:
    """Fold a new report into the incident. A report already among the sources changes nothing."""
    if any(source.article_id == article.id for source in incident.sources):
        return Outcome(incident, None)
    changes: list[str] = []
    rank = SEVERITY_ORDER.index
    worse = rank(record.severity) > rank(incident.severity)
    if worse:
        changes.append("severity")
    killed = _higher(incident.casualties.killed, record.casualties.killed)
    injured = _higher(incident.casualties.injured, record.casualties.injured)
    if (killed or 0) > (incident.casualties.killed or 0):
        changes.append("killed")
    if (injured or 0) > (incident.casualties.injured or 0):
        changes.append("injured")
    location = incident.location
    if not location.city and record.location.city:
        location = record.location
    elif location.lat is None and record.location.lat is not None:
        location = Location(**{**record.location.model_dump(), **location.model_dump(exclude_none=True)})
    updated = incident.model_copy(
        update={
            "severity": record.severity if worse else incident.severity,
            "incident_type": record.incident_type if worse else incident.incident_type,
            "summary": record.summary if (worse or changes) and record.summary else incident.summary,
            "alert": incident.alert or record.alert,
            "casualties": Casualties(killed=killed, injured=injured),
            "facility": incident.facility or record.facility,
            "location": location,
            "last_seen": max(incident.last_seen, at),
            "first_seen": min(incident.first_seen, at),
            "sources": [*incident.sources, _source(record, article, at)],
            "languages": sorted({*incident.languages, record.language}),
            "revision": incident.revision + 1,
        }
    )
    if changes or (record.alert and not incident.alert):
        if record.alert and not incident.alert:
            changes.append("alert")
        return Outcome(updated, "incident.escalated", tuple(changes))
    return Outcome(updated, "incident.updated")


def correlate(
    candidates: Iterable[Incident], record: IncidentRecord, article: CleanArticle, at: datetime
) -> Outcome:
    existing = find_incident(candidates, record, at)
    return open_incident(record, article, at) if existing is None else merge(existing, record, article, at)


def event_for(outcome: Outcome, record: IncidentRecord, article: CleanArticle, at: datetime) -> IncidentEvent:
    """The event to publish. Its id depends only on the incident and the report, so replays repeat it."""
    assert outcome.event is not None
    key = "opened" if outcome.event == "incident.opened" else f"{outcome.event}:{article.id}"
    return IncidentEvent(
        event_id=IncidentEvent.make_id(outcome.incident.incident_id, key),
        type=outcome.event,
        incident=outcome.incident,
        record=record,
        article=article,
        at=at,
        changes=list(outcome.changes),
    )
