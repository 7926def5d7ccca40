"""Webhook payload formats: the standard JSON event, or a Slack-compatible message."""

from __future__ import annotations

import json
from typing import Any

from schemas.alert import AlertEvent

SEVERITY_EMOJI = {
    "critical": ":red_circle:",
    "high": ":large_orange_circle:",
    "medium": ":large_yellow_circle:",
}


def slack_message(alert: AlertEvent) -> dict[str, Any]:
    """A message Slack's incoming webhooks accept (`text` plus blocks), readable without our schema."""
    incident = alert.incident
    kind = alert.type.removeprefix("incident.")
    place = (
        ", ".join(part for part in (incident.location.city, incident.location.country) if part)
        or "unknown place"
    )
    killed = incident.casualties.killed
    injured = incident.casualties.injured
    figures = (
        f"killed {killed if killed is not None else '?'}, injured {injured if injured is not None else '?'}"
    )
    headline = (
        f"{SEVERITY_EMOJI.get(incident.severity, ':white_circle:')} [{kind}] {incident.summary or place}"
    )
    source = alert.article.url or alert.article.source or alert.article.id
    details = (
        f"*{incident.incident_type}* on *{incident.target_type}* target in {place}"
        f" · severity *{incident.severity}*"
        f" · {figures} · {len(incident.sources)} source(s) in {', '.join(incident.languages)}"
    )
    return {
        "text": headline,
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{headline}*\n{details}"}},
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": f"Report: {source} · incident {incident.incident_id}"}
                ],
            },
        ],
    }


def webhook_body(alert: AlertEvent, fmt: str) -> bytes:
    body = slack_message(alert) if fmt == "slack" else alert.webhook_body()
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
