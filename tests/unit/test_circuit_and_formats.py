from datetime import UTC, datetime

from domain.circuit import MAX_COOLDOWN_S, Circuit
from domain.formats import slack_message, webhook_body
from schemas.alert import AlertEvent
from schemas.article import CleanArticle
from schemas.event import Incident
from schemas.incident import Casualties, IncidentRecord, Location


def test_circuit_opens_after_consecutive_failures_and_probes_once() -> None:
    circuit = Circuit(failures_to_open=3, cooldown_s=10)
    for _ in range(2):
        circuit.record_failure(now=0)
    assert circuit.allows(0)
    circuit.record_failure(now=0)
    assert circuit.is_open and not circuit.allows(5)
    assert circuit.retry_at(5) == 10
    assert circuit.allows(11)  # half-open: one probe
    assert not circuit.allows(11)  # and only one
    circuit.record_failure(now=11)  # the probe failed: rest longer
    assert not circuit.allows(25) and circuit.allows(32)
    circuit.record_success()
    assert not circuit.is_open and circuit.allows(32)


def test_circuit_cooldown_is_capped() -> None:
    circuit = Circuit(failures_to_open=1, cooldown_s=100)
    now = 0.0
    for _ in range(20):
        circuit.record_failure(now)
        now = circuit.open_until + 1
        circuit.allows(now)
    assert circuit.current_cooldown_s == MAX_COOLDOWN_S


def alert() -> AlertEvent:
    now = datetime.now(UTC)
    incident = Incident(
        incident_id="inc_1",
        place_key="IQ",
        incident_type="rocket_attack",
        target_type="diplomatic",
        severity="high",
        alert=True,
        location=Location(country_code="IQ", country="Iraq", city="Baghdad"),
        casualties=Casualties(killed=0, injured=2),
        first_seen=now,
        last_seen=now,
        languages=["id", "en"],
        summary="Rocket attack on the US embassy in Baghdad, Iraq; 2 injured.",
    )
    record = IncidentRecord(id="a1", language="id")
    return AlertEvent(
        id="msg_1",
        type="incident.escalated",
        subscription_id="sub_1",
        incident_id="inc_1",
        event_id="evt_1",
        created_at=now,
        changes=["injured"],
        incident=incident,
        record=record,
        article=CleanArticle(id="a1", body="…", language="id", url="https://news.example/a1"),
    )


def test_slack_message_reads_without_our_schema() -> None:
    message = slack_message(alert())
    assert message["text"].startswith(":large_orange_circle: [escalated] Rocket attack on the US embassy")
    section = message["blocks"][0]["text"]["text"]
    assert "Baghdad, Iraq" in section and "injured 2" in section and "killed 0" in section


def test_json_body_is_the_standard_event() -> None:
    import json

    body = json.loads(webhook_body(alert(), "json"))
    assert body["type"] == "incident.escalated"
    assert body["data"]["changes"] == ["injured"] and body["data"]["incident"]["casualties"]["injured"] == 2
    assert "blocks" in json.loads(webhook_body(alert(), "slack"))
