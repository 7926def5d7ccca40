"""The connect-time half of the SSRF guard: what a name resolves to when aiohttp connects is checked too."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from streams.guarded_resolver import PublicOnlyResolver


class FixedAnswers:
    """Stands in for DNS: a name that may answer differently at connect time than when it was checked."""

    def __init__(self, *addresses: str) -> None:
        self.addresses = addresses

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET) -> list[dict[str, Any]]:
        return [
            {"hostname": host, "host": a, "port": port, "family": family, "proto": 0, "flags": 0}
            for a in self.addresses
        ]

    async def close(self) -> None:
        return None


def resolver_answering(*addresses: str, **options: Any) -> PublicOnlyResolver:
    resolver = PublicOnlyResolver(**options)
    resolver._inner = FixedAnswers(*addresses)  # type: ignore[assignment]
    return resolver


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "192.168.0.9"])
async def test_rebound_name_is_refused_at_connect_time(address: str) -> None:
    with pytest.raises(OSError, match="resolves only to"):
        await resolver_answering(address).resolve("hooks.example.com", 443)


async def test_private_answers_are_dropped_and_public_ones_kept() -> None:
    results = await resolver_answering("10.0.0.1", "93.184.216.34").resolve("hooks.example.com", 443)
    assert [r["host"] for r in results] == ["93.184.216.34"]


async def test_trusted_origin_may_be_private() -> None:
    resolver = resolver_answering("10.0.0.5", allowed=lambda host, port: (host, port) == ("intranet", 8080))
    assert [r["host"] for r in await resolver.resolve("intranet", 8080)] == ["10.0.0.5"]
    with pytest.raises(OSError):
        await resolver.resolve("intranet", 9090)
