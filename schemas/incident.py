"""The incident record: what the classifier says about one article.

It is the output of `newsalert classify` (one JSON object per article) and the record on
`incidents.classified`. The field names are a contract with subscribers and outside checks.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SCHEMA_VERSION = 1

IncidentType = Literal[
    "rocket_attack",
    "airstrike",
    "bombing",
    "armed_assault",
    "storming",
    "arson",
    "kidnapping",
    "protest",
    "threat",
    "cyberattack",
    "none",
]
TargetType = Literal[
    "diplomatic", "military", "government", "religious", "civilian", "infrastructure", "none"
]
Severity = Literal["low", "medium", "high", "critical"]

SEVERITY_ORDER: tuple[Severity, ...] = ("low", "medium", "high", "critical")
PHYSICAL_ATTACKS: frozenset[str] = frozenset(
    {"rocket_attack", "airstrike", "bombing", "armed_assault", "storming", "arson", "kidnapping"}
)


class Location(BaseModel):
    country_code: str | None = None
    country: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None


class Casualties(BaseModel):
    """Victims of this incident: 0 when the text says none, None when it does not say."""

    killed: int | None = None
    injured: int | None = None


class Facility(BaseModel):
    kind: str  # embassy, consulate, residence, mission, diplomatic_quarter, un_mission, diplomat
    of: str | None = None  # ISO country code (or "UN") of the state the site belongs to


class Evidence(BaseModel):
    field: str
    text: str
    sentence: int = Field(ge=0, description="Index of the sentence in the cleaned text (0-based).")


class IncidentRecord(BaseModel):
    schema_version: int = SCHEMA_VERSION
    id: str
    language: str
    incident_type: IncidentType = "none"
    target_type: TargetType = "none"
    severity: Severity = "low"
    alert: bool = False
    location: Location = Field(default_factory=Location)
    casualties: Casualties = Field(default_factory=Casualties)
    facility: Facility | None = None
    actors: list[str] = Field(default_factory=list)
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    summary: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
