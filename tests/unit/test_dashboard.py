"""The dashboard's pure figures: evidence highlighting, consumer lag, webhook success, Prometheus text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.dashboard import classified_text, consumer_lag, evidence_segments, success_rate
from domain.text import split_sentences
from schemas.incident import Evidence
from streams.web.metrics import render_metrics

TITLE = "Rockets hit the US embassy in Baghdad"
BODY = "Several rockets struck the embassy compound on Friday. Nobody was hurt.\nThe militia denied it."


def test_segments_cover_the_text_and_mark_the_evidence_sentence() -> None:
    evidence = [
        Evidence(field="incident_type", text="rockets", sentence=1),
        Evidence(field="target_type", text="embassy", sentence=1),
    ]
    segments = evidence_segments(TITLE, BODY, evidence)
    assert "".join(s.text for s in segments) == classified_text(TITLE, BODY)
    sentence = split_sentences(classified_text(TITLE, BODY))[1]
    assert "".join(s.text for s in segments if s.sentence == 1) == sentence
    marks = [(s.text, s.mark) for s in segments if s.mark]
    assert marks == [("rockets", "incident_type"), ("embassy", "target_type")]
    assert all(s.fields == ("incident_type", "target_type") for s in segments if s.sentence == 1)
    assert not any(s.fields for s in segments if s.sentence not in (1, None))


def test_evidence_not_found_in_its_sentence_still_highlights_the_sentence() -> None:
    segments = evidence_segments(None, BODY, [Evidence(field="location", text="Bagdad", sentence=0)])
    assert [s.mark for s in segments if s.sentence == 0] == [None]
    assert [s.fields for s in segments if s.sentence == 0] == [("location",)]


def test_consumer_lag_counts_uncommitted_partitions_from_what_the_caller_passes() -> None:
    assert consumer_lag({0: 10, 1: 5}, {0: 7, 1: 5}) == 3
    assert consumer_lag({0: 10, 1: 5}, {0: 7}) == 8
    assert consumer_lag({0: 3}, {0: 9}) == 0  # committed ahead of a stale end offset: never negative


def test_success_rate_counts_only_the_window() -> None:
    now = datetime.now(UTC)
    outcomes = [
        (now, "delivered"),
        (now, "retrying"),
        (now, "delivered"),
        (now - timedelta(hours=2), "failed"),
    ]
    assert success_rate(outcomes, now - timedelta(hours=1)) == (2 / 3, 3)
    assert success_rate([], now) == (None, 0)


def test_metrics_render_the_panel_figures() -> None:
    snapshot = {
        "kafka": True,
        "redis": False,
        "articles_per_min": 12,
        "alerts_per_min": 3,
        "incident_events_per_min": 4,
        "dead_letters": 2,
        "webhooks": {"success_rate": 0.5, "attempts_last_hour": 4, "pending": 1},
        "topics": {
            "articles.raw": {"end": 100, "held": 100, "last_minute": 12, "lag": 5},
            "deadletter": {"end": 2, "held": 2, "last_minute": 0, "lag": None},
        },
    }
    text = render_metrics(snapshot).decode()
    for line in (
        "newsalert_kafka_up 1.0",
        "newsalert_redis_up 0.0",
        "newsalert_articles_per_minute 12.0",
        "newsalert_alerts_per_minute 3.0",
        "newsalert_dead_letters 2.0",
        "newsalert_webhook_success_ratio 0.5",
        'newsalert_consumer_lag{topic="articles.raw"} 5.0',
        'newsalert_topic_records_last_minute{topic="deadletter"} 0.0',
    ):
        assert line in text, line
    assert 'newsalert_consumer_lag{topic="deadletter"}' not in text
