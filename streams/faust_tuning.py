"""Latency tuning Faust does not expose as a setting.

faust-streaming creates its aiokafka consumer with `fetch_max_wait_ms=1500` hard-coded. aiokafka leaves a
partition out of the next fetch request while records of it are still buffered, so when a hot
partition (all reports about one country, say) gets a new record while a fetch for the others is
parked on the broker, that record waits for the parked fetch to time out: up to 1.5 s per hop,
measured here as ~0.7 s median added between two stages at 50 articles/s. A short wait keeps the
hop in milliseconds for a few more idle fetch requests per second.
"""

from __future__ import annotations

from typing import Any

import aiokafka
import faust.transport.drivers.aiokafka as faust_aiokafka

_original_consumer: type[aiokafka.AIOKafkaConsumer] = aiokafka.AIOKafkaConsumer


def use_fetch_max_wait(ms: int) -> None:
    """Make the consumers Faust creates wait at most `ms` on the broker for new records."""

    class _ShortWaitConsumer(_original_consumer):
        def __init__(self, *topics: Any, **options: Any) -> None:
            options["fetch_max_wait_ms"] = ms
            super().__init__(*topics, **options)

    faust_aiokafka.aiokafka = _ShortWaitNamespace(_ShortWaitConsumer)


class _ShortWaitNamespace:
    """Stands in for the `aiokafka` module inside Faust's driver, with only the consumer replaced."""

    def __init__(self, consumer: type) -> None:
        self.AIOKafkaConsumer = consumer

    def __getattr__(self, name: str) -> Any:
        return getattr(aiokafka, name)
