"""Subscriptions, alert events and delivery records: the contracts with subscribers."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.article import CleanArticle
from schemas.event import EventType, Incident
from schemas.incident import PHYSICAL_ATTACKS, IncidentRecord, IncidentType, Severity, TargetType

SCHEMA_VERSION = 1
PayloadFormat = Literal["json", "slack"]
DEFAULT_EVENTS: tuple[EventType, ...] = ("incident.opened", "incident.escalated")


class BoundingBox(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_lat: float = Field(ge=-90, le=90)
    min_lon: float = Field(ge=-180, le=180)
    max_lat: float = Field(ge=-90, le=90)
    max_lon: float = Field(ge=-180, le=180)

    @model_validator(mode="after")
    def _ordered(self) -> BoundingBox:
        if self.min_lat > self.max_lat:
            raise ValueError("min_lat is above max_lat: the box is empty")
        return self


class Radius(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    km: float = Field(gt=0, le=20_038)


class SubscriptionFilters(BaseModel):
    """Which incidents a subscriber wants. Every filter is optional; all given filters must match."""

    model_config = ConfigDict(extra="forbid")

    alert_only: bool = True
    incident_types: list[IncidentType] | None = Field(default=None, max_length=20)
    target_types: list[TargetType] | None = Field(default=None, max_length=20)
    min_severity: Severity | None = None
    countries: list[str] | None = Field(default=None, max_length=300)
    languages: list[str] | None = Field(default=None, max_length=100)
    bbox: BoundingBox | None = None
    radius: Radius | None = None
    events: list[EventType] = Field(default_factory=lambda: list(DEFAULT_EVENTS))

    @field_validator("countries")
    @classmethod
    def _iso_countries(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        cleaned = [code.strip().upper() for code in value]
        bad = [code for code in cleaned if len(code) != 2 or not code.isalpha()]
        if bad:
            raise ValueError(f"countries must be ISO 3166-1 alpha-2 codes; not: {', '.join(bad[:5])}")
        return cleaned

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        cleaned = [code.strip().lower() for code in value]
        bad = [code for code in cleaned if not (2 <= len(code) <= 3 and code.isalpha())]
        if bad:
            raise ValueError(f"languages must be ISO 639-1 codes; not: {', '.join(bad[:5])}")
        return cleaned

    @model_validator(mode="after")
    def _can_match(self) -> SubscriptionFilters:
        """Refuse filters that can never match anything, so a subscriber is not left waiting in silence."""
        for name in ("incident_types", "target_types", "countries", "languages", "events"):
            if getattr(self, name) == []:
                raise ValueError(f"{name} is empty: this filter could never match")
        if self.alert_only:
            if self.target_types is not None and "diplomatic" not in self.target_types:
                raise ValueError("alert_only needs target_types to include 'diplomatic'")
            if self.incident_types is not None and not PHYSICAL_ATTACKS & set(self.incident_types):
                raise ValueError("alert_only needs at least one physical attack type in incident_types")
        if (
            self.incident_types is not None
            and set(self.incident_types) == {"none"}
            and self.min_severity
            not in (
                None,
                "low",
            )
        ):
            raise ValueError("incident type 'none' is always low severity: min_severity can never be met")
        return self


class SubscriptionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2_000)
    filters: SubscriptionFilters = Field(default_factory=SubscriptionFilters)
    format: PayloadFormat = "json"
    description: str | None = Field(default=None, max_length=500)


class SubscriptionUpdate(BaseModel):
    """A partial update: only the given fields change."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = Field(default=None, max_length=2_000)
    filters: SubscriptionFilters | None = None
    format: PayloadFormat | None = None
    description: str | None = Field(default=None, max_length=500)
    disabled: bool | None = Field(default=None, description="false re-enables a disabled subscription.")


class Subscription(SubscriptionIn):
    id: str
    secret: str
    created_at: datetime
    disabled: bool = False
    disabled_reason: str | None = None
    previous_secret: str | None = None
    previous_secret_expires_at: datetime | None = None

    def signing_secrets(self, now: datetime) -> list[str]:
        """The current secret, plus the previous one during its grace period after a rotation."""
        secrets_ = [self.secret]
        if self.previous_secret and self.previous_secret_expires_at and now < self.previous_secret_expires_at:
            secrets_.append(self.previous_secret)
        return secrets_


class AlertEvent(BaseModel):
    """One incident event for one subscriber: the record on the `alerts` topic and the webhook's data."""

    schema_version: int = SCHEMA_VERSION
    id: str = Field(description="Stable per (subscription, incident event): the webhook-id.")
    type: EventType
    subscription_id: str
    incident_id: str
    event_id: str
    created_at: datetime
    changes: list[str] = Field(default_factory=list)
    incident: Incident = Field(description="The incident as every report so far tells it.")
    record: IncidentRecord = Field(
        description="What the classifier found in the report that caused this event."
    )
    article: CleanArticle = Field(description="That report.")

    @staticmethod
    def make_id(subscription_id: str, event_id: str) -> str:
        """Deterministic so a replay after a crash re-sends under the same webhook-id."""
        digest = hashlib.sha256(f"{subscription_id}|{event_id}".encode()).hexdigest()
        return f"msg_{digest[:26]}"

    def webhook_body(self) -> dict[str, Any]:
        """The Standard Webhooks payload: type, timestamp and data."""
        return {
            "type": self.type,
            "timestamp": self.created_at.isoformat(),
            "data": self.model_dump(mode="json", exclude={"type"}),
        }


class ClassifiedArticle(BaseModel):
    """The record on `incidents.classified`: an article with what the classifier found in it."""

    schema_version: int = SCHEMA_VERSION
    article: CleanArticle
    incident: IncidentRecord


class DeadLetter(BaseModel):
    """A record a stage could not process, kept whole with the reason so nothing is lost."""

    schema_version: int = SCHEMA_VERSION
    stage: str
    reason: str
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    value: str = Field(description="The record as text (UTF-8 with replacement) ...")
    value_base64: str | None = Field(default=None, description="... and byte-exact when it was not UTF-8.")
    attempts: list[dict[str, Any]] = Field(default_factory=list)
    at: datetime


class DeliveryResult(BaseModel):
    """One delivery attempt's outcome, on the `deliveries` topic and in the delivery log."""

    schema_version: int = SCHEMA_VERSION
    webhook_id: str
    subscription_id: str
    event_type: EventType
    incident_id: str
    attempt: int
    status_code: int | None = None
    error: str | None = None
    outcome: Literal["delivered", "retrying", "failed", "disabled"]
    at: datetime
    latency_ms: float | None = None
