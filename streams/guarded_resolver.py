"""An aiohttp resolver that refuses non-public addresses at connect time.

A guard that resolved a host and checked its addresses before the request would leave a window: aiohttp
resolves the name again to connect, and a name that answers a public address to the first lookup and
127.0.0.1 or 169.254.169.254 to the second (DNS rebinding) would slip through. With this resolver the
addresses that are checked are the addresses that are connected to, and there is one lookup, not two.
IP literals and cloud metadata names never reach a resolver: the URL guard (domain.urls, without
resolving) refuses those before the request.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any

from aiohttp.abc import AbstractResolver
from aiohttp.resolver import DefaultResolver

from domain.urls import address_is_public


class NonPublicAddressError(OSError):
    """A name resolved only to addresses requests may not go to (aiohttp wraps it in
    `ClientConnectorError`, whose `os_error` it then is)."""


class PublicOnlyResolver(AbstractResolver):
    def __init__(self, allowed: Callable[[str, int], bool] = lambda host, port: False) -> None:
        """`allowed(host, port)` names origins that may resolve to private addresses (trusted ones)."""
        self._inner = DefaultResolver()
        self._allowed = allowed

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET) -> Any:
        results = await self._inner.resolve(host, port, family)
        if self._allowed(host, port):
            return results
        public = [result for result in results if address_is_public(ipaddress.ip_address(result["host"]))]
        if not public:
            raise NonPublicAddressError(
                f"{host} resolves only to loopback, private, link-local or reserved addresses"
            )
        return public

    async def close(self) -> None:
        await self._inner.close()
