from datetime import UTC, datetime, timedelta

from domain.correlation import correlate, event_for, merge, open_incident, partition_key
from schemas.article import CleanArticle
from schemas.incident import Casualties, Facility, IncidentRecord, Location

T0 = datetime(2024, 1, 5, 6, 0, tzinfo=UTC)


def report(article_id: str, **overrides: object) -> tuple[IncidentRecord, CleanArticle]:
    fields: dict[str, object] = {
        "id": article_id,
        "language": "en",
        "incident_type": "rocket_attack",
        "target_type": "diplomatic",
        "severity": "high",
        "alert": True,
        "location": Location(country_code="IQ", city="Baghdad", lat=33.3, lon=44.4),
        "casualties": Casualties(killed=0, injured=0),
        "facility": Facility(kind="embassy", of="US"),
    }
    fields.update(overrides)
    record = IncidentRecord.model_validate(fields)
    article = CleanArticle(id=article_id, body="text", language=record.language)
    return record, article


def test_re_reports_in_other_languages_join_the_incident() -> None:
    first = open_incident(*report("a"), T0)
    assert first.event == "incident.opened"
    second = correlate([first.incident], *report("b", language="ar"), T0 + timedelta(minutes=40))
    assert second.event == "incident.updated"
    assert second.incident.incident_id == first.incident.incident_id
    assert [s.article_id for s in second.incident.sources] == ["a", "b"]
    assert second.incident.languages == ["ar", "en"]


def test_casualties_rising_escalate() -> None:
    first = open_incident(*report("a"), T0)
    later = correlate(
        [first.incident],
        *report("c", severity="critical", casualties=Casualties(killed=2, injured=5)),
        T0 + timedelta(hours=3),
    )
    assert later.event == "incident.escalated"
    assert set(later.changes) == {"severity", "killed", "injured"}
    assert later.incident.severity == "critical"
    assert later.incident.casualties == Casualties(killed=2, injured=5)


def test_lower_figures_do_not_lower_the_incident() -> None:
    first = open_incident(*report("a", casualties=Casualties(killed=3, injured=None)), T0)
    later = merge(first.incident, *report("b", casualties=Casualties(killed=1, injured=4)), T0)
    assert later.incident.casualties == Casualties(killed=3, injured=4)
    assert later.event == "incident.escalated" and later.changes == ("injured",)


def test_other_place_time_target_or_owner_open_a_new_incident() -> None:
    first = open_incident(*report("a"), T0)
    cases = [
        report("x", location=Location(country_code="IQ", city="Erbil")),
        report("y", target_type="military", alert=False),
        report("z", facility=Facility(kind="embassy", of="GB")),
        report("w", incident_type="protest", severity="low", alert=False),
    ]
    for record, article in cases:
        assert correlate([first.incident], record, article, T0).event == "incident.opened", article.id
    late = correlate([first.incident], *report("v"), T0 + timedelta(days=3))
    assert late.event == "incident.opened"


def test_compatible_attack_types_and_missing_city_still_join() -> None:
    first = open_incident(*report("a"), T0)
    vague = correlate(
        [first.incident], *report("b", incident_type="airstrike", location=Location(country_code="IQ")), T0
    )
    assert vague.incident.incident_id == first.incident.incident_id


def test_replayed_report_changes_nothing() -> None:
    first = open_incident(*report("a"), T0)
    again = merge(first.incident, *report("a"), T0)
    assert again.event is None and again.incident == first.incident


def test_event_ids_are_stable() -> None:
    record, article = report("a")
    outcome = open_incident(record, article, T0)
    assert (
        event_for(outcome, record, article, T0).event_id == event_for(outcome, record, article, T0).event_id
    )
    assert partition_key(record) == "IQ"
    assert partition_key(report("n", location=Location())[0]) == "??"
