"""When to poll a feed next: its interval when healthy, exponential backoff with jitter when it fails,
and never sooner than the publisher asked (Retry-After)."""

from __future__ import annotations

import random

MAX_BACKOFF_S = 6 * 3600.0
JITTER = 0.1


def next_poll_delay(
    interval_s: float,
    failures: int,
    *,
    retry_after_s: float | None = None,
    max_backoff_s: float = MAX_BACKOFF_S,
    rng: random.Random | None = None,
) -> float:
    """Seconds until the next poll. `failures` is the count of consecutive failed polls (0 = healthy).

    Jitter (±10 %) keeps hundreds of feeds registered at the same moment from being polled in lockstep.
    """
    rng = rng or random.Random()
    if failures <= 0:
        base = interval_s
    else:
        base = min(interval_s * 2 ** min(failures, 30), max(max_backoff_s, interval_s))
    delay = base * rng.uniform(1 - JITTER, 1 + JITTER)
    if retry_after_s is not None:
        delay = max(delay, min(retry_after_s, max(max_backoff_s, interval_s)))
    return delay
