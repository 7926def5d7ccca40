from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from domain.matching import filters_match, haversine_km, matching_subscriptions
from schemas.alert import Subscription, SubscriptionFilters
from schemas.event import Incident
from schemas.incident import Casualties, Location


def incident(**overrides: object) -> Incident:
    now = datetime.now(UTC)
    base: dict[str, object] = {
        "incident_id": "inc_1",
        "place_key": "IQ",
        "languages": ["id"],
        "casualties": Casualties(),
        "first_seen": now,
        "last_seen": now,
        "incident_type": "rocket_attack",
        "target_type": "diplomatic",
        "severity": "high",
        "alert": True,
        "location": Location(country_code="IQ", city="Baghdad", lat=33.34, lon=44.40),
    }
    base.update(overrides)
    return Incident.model_validate(base)


def test_default_filters_take_alerts_only() -> None:
    filters = SubscriptionFilters()
    assert filters_match(filters, incident(), "incident.opened")
    assert not filters_match(filters, incident(alert=False, target_type="military"), "incident.opened")
    assert not filters_match(filters, incident(), "incident.updated")  # not asked for by default


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"countries": ["iq"]}, True),
        ({"countries": ["SY"]}, False),
        ({"min_severity": "high"}, True),
        ({"min_severity": "critical"}, False),
        ({"incident_types": ["bombing", "rocket_attack"]}, True),
        ({"incident_types": ["bombing"]}, False),
        ({"languages": ["en"]}, False),
        ({"bbox": {"min_lat": 30, "min_lon": 40, "max_lat": 36, "max_lon": 48}}, True),
        ({"bbox": {"min_lat": 0, "min_lon": 0, "max_lat": 10, "max_lon": 10}}, False),
        ({"radius": {"lat": 33.0, "lon": 44.0, "km": 100}}, True),
        ({"radius": {"lat": 48.85, "lon": 2.35, "km": 500}}, False),
    ],
)
def test_each_filter(filters: dict[str, object], expected: bool) -> None:
    assert (
        filters_match(SubscriptionFilters.model_validate(filters), incident(), "incident.opened") is expected
    )


def test_bbox_across_the_antimeridian() -> None:
    filters = SubscriptionFilters.model_validate(
        {"alert_only": False, "bbox": {"min_lat": -30, "min_lon": 170, "max_lat": 0, "max_lon": -170}}
    )
    fiji = incident(location=Location(country_code="FJ", lat=-18.1, lon=178.4))
    assert filters_match(filters, fiji, "incident.opened")


def test_place_filters_do_not_match_unknown_places() -> None:
    filters = SubscriptionFilters.model_validate({"radius": {"lat": 33.0, "lon": 44.0, "km": 100}})
    assert not filters_match(filters, incident(location=Location()), "incident.opened")


@pytest.mark.parametrize(
    "filters",
    [
        {"countries": []},
        {"countries": ["Iraq"]},
        {"target_types": ["military"]},  # alert_only needs diplomatic
        {"incident_types": ["protest"]},  # alert_only needs a physical attack
        {"bbox": {"min_lat": 10, "min_lon": 0, "max_lat": 5, "max_lon": 1}},
        {"unknown": 1},
    ],
)
def test_filters_that_can_never_match_are_refused(filters: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        SubscriptionFilters.model_validate(filters)


def test_disabled_subscriptions_are_skipped() -> None:
    def sub(sub_id: str, disabled: bool) -> Subscription:
        return Subscription(
            id=sub_id,
            url="https://example.com/h",
            secret="whsec_AAAA",
            created_at=datetime.now(UTC),
            disabled=disabled,
        )

    found = list(matching_subscriptions([sub("a", False), sub("b", True)], incident(), "incident.opened"))
    assert [s.id for s in found] == ["a"]


def test_haversine_baghdad_to_tehran() -> None:
    assert 680 < haversine_km(33.34, 44.40, 35.69, 51.39) < 720
