"""Incidents (reports of one event grouped together) and the events the correlator emits about them."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from schemas.article import CleanArticle
from schemas.incident import (
    Casualties,
    Facility,
    IncidentRecord,
    IncidentType,
    Location,
    Severity,
    TargetType,
)

SCHEMA_VERSION = 1
EventType = Literal["incident.opened", "incident.escalated", "incident.updated"]


class SourceRef(BaseModel):
    """One article that reported the incident."""

    article_id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str
    at: datetime
    severity: Severity
    killed: int | None = None
    injured: int | None = None
    duplicate_of: str | None = None


class Incident(BaseModel):
    """One real-world event, as every report of it so far tells it: the best-known figures."""

    schema_version: int = SCHEMA_VERSION
    incident_id: str
    place_key: str
    incident_type: IncidentType
    target_type: TargetType
    severity: Severity
    alert: bool
    location: Location
    casualties: Casualties
    facility: Facility | None = None
    summary: str = ""
    first_seen: datetime
    last_seen: datetime
    sources: list[SourceRef] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    revision: int = 1

    @staticmethod
    def make_id(first_article_id: str) -> str:
        return "inc_" + hashlib.sha256(first_article_id.encode()).hexdigest()[:20]


class IncidentEvent(BaseModel):
    """The record on the `incidents` topic: what changed, the incident now, and the report that changed it."""

    schema_version: int = SCHEMA_VERSION
    event_id: str = Field(description="Stable: the same event after a replay has the same id.")
    type: EventType
    incident: Incident
    record: IncidentRecord
    article: CleanArticle
    at: datetime
    changes: list[str] = Field(default_factory=list, description="What rose: severity, killed, injured.")

    @staticmethod
    def make_id(incident_id: str, event_key: str) -> str:
        return "evt_" + hashlib.sha256(f"{incident_id}|{event_key}".encode()).hexdigest()[:24]
