"""When to try a failed webhook again: exponential backoff with jitter, for up to about 24 hours."""

from __future__ import annotations

import random

DEFAULT_SCHEDULE_S: tuple[float, ...] = (5, 30, 120, 600, 1800, 3600, 7200, 14400, 28800, 28800)
"""Delays after the 1st, 2nd, … failed attempt: 11 attempts over ~23.7 hours, as documented in the README."""

JITTER = 0.2


def next_delay(
    failed_attempts: int,
    schedule: tuple[float, ...] = DEFAULT_SCHEDULE_S,
    retry_after_s: float | None = None,
    rng: random.Random | None = None,
) -> float | None:
    """Seconds to wait before the next attempt, or None when the schedule is used up.

    `Retry-After` from a 429/503 is honoured when it asks for longer than our own backoff.
    """
    if failed_attempts < 1 or failed_attempts > len(schedule):
        return None
    base = schedule[failed_attempts - 1]
    jittered = base * (1 + (rng or random).uniform(-JITTER, JITTER))
    if retry_after_s is not None:
        return max(jittered, min(retry_after_s, 24 * 3600))
    return jittered


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds form; HTTP dates are rare for webhooks)."""
    if not value:
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        from datetime import UTC, datetime
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, (when - datetime.now(UTC)).total_seconds())
