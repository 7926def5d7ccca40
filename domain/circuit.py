"""A per-endpoint circuit breaker: stop hammering an endpoint that keeps failing, probe it now and then.

closed → (N consecutive failures) → open for a cooldown (doubling while probes fail, up to a cap) →
half-open: one probe; success closes it, failure opens it again. Deliveries held back by an open
circuit are rescheduled without using up one of their attempts.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_COOLDOWN_S = 600.0


@dataclass
class Circuit:
    failures_to_open: int = 5
    cooldown_s: float = 30.0
    consecutive_failures: int = 0
    open_until: float = 0.0
    current_cooldown_s: float = 0.0
    probing: bool = False

    def allows(self, now: float) -> bool:
        """May a request go to this endpoint now? In half-open state only one probe at a time."""
        if self.consecutive_failures < self.failures_to_open:
            return True
        if now < self.open_until or self.probing:
            return False
        self.probing = True
        return True

    def retry_at(self, now: float) -> float:
        """When a held-back delivery should be looked at again."""
        return max(self.open_until, now + 1.0)

    def record_success(self) -> None:
        self.consecutive_failures = 0
        self.current_cooldown_s = 0.0
        self.open_until = 0.0
        self.probing = False

    def record_failure(self, now: float) -> None:
        self.consecutive_failures += 1
        if self.consecutive_failures >= self.failures_to_open:
            was_probe = self.probing
            self.probing = False
            if was_probe or self.current_cooldown_s == 0.0:
                self.current_cooldown_s = min(
                    MAX_COOLDOWN_S,
                    self.current_cooldown_s * 2 if self.current_cooldown_s else self.cooldown_s,
                )
                self.open_until = now + self.current_cooldown_s

    @property
    def is_open(self) -> bool:
        return self.consecutive_failures >= self.failures_to_open
