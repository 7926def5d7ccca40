"""Which subscriptions want an incident event. Pure: no Redis, no Kafka."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

from schemas.alert import Subscription, SubscriptionFilters
from schemas.event import EventType, Incident
from schemas.incident import SEVERITY_ORDER

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _in_bbox(filters: SubscriptionFilters, lat: float | None, lon: float | None) -> bool:
    box = filters.bbox
    if box is None:
        return True
    if lat is None or lon is None:
        return False
    if not box.min_lat <= lat <= box.max_lat:
        return False
    if box.min_lon <= box.max_lon:
        return box.min_lon <= lon <= box.max_lon
    return lon >= box.min_lon or lon <= box.max_lon  # the box crosses the antimeridian


def _in_radius(filters: SubscriptionFilters, lat: float | None, lon: float | None) -> bool:
    circle = filters.radius
    if circle is None:
        return True
    if lat is None or lon is None:
        return False
    return haversine_km(circle.lat, circle.lon, lat, lon) <= circle.km


def filters_match(filters: SubscriptionFilters, incident: Incident, event: EventType | None) -> bool:
    """True when every filter the subscriber set accepts this incident (and event type, unless None)."""
    if event is not None and event not in filters.events:
        return False
    if filters.alert_only and not incident.alert:
        return False
    if filters.incident_types is not None and incident.incident_type not in filters.incident_types:
        return False
    if filters.target_types is not None and incident.target_type not in filters.target_types:
        return False
    if filters.min_severity is not None and SEVERITY_ORDER.index(incident.severity) < SEVERITY_ORDER.index(
        filters.min_severity
    ):
        return False
    if (
        filters.countries is not None
        and (incident.location.country_code or "").upper() not in filters.countries
    ):
        return False
    if filters.languages is not None and not set(incident.languages) & set(filters.languages):
        return False
    lat, lon = incident.location.lat, incident.location.lon
    return _in_bbox(filters, lat, lon) and _in_radius(filters, lat, lon)


def matching_subscriptions(
    subscriptions: Iterable[Subscription], incident: Incident, event: EventType | None
) -> Iterator[Subscription]:
    for subscription in subscriptions:
        if not subscription.disabled and filters_match(subscription.filters, incident, event):
            yield subscription
