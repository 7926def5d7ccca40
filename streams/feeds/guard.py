"""The SSRF guard for feed and page requests, applied to the first URL and to every redirect hop.

The rule is the webhooks' one (domain.urls.check_target_url): public addresses only, unless
NEWSALERT_ALLOW_PRIVATE_TARGETS is set. IP literals and metadata names are refused here; a host name is
checked by the fetcher's resolver when it connects (streams.guarded_resolver), on the addresses it
really connects to, rather than by a second lookup here. On top of it, an operator may trust named origins
(NEWSALERT_FEED_TRUSTED_ORIGINS, `host:port`) — an intranet feed server, or the tests' local server —
and only those: a trusted feed that redirects to another private address is still refused, because the
check runs again, on the redirect's own origin, before each hop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from domain.urls import UnsafeURLError, check_target_url, check_url_syntax


class UrlGuard:
    def __init__(self, *, allow_private: bool, trusted_origins: Iterable[str] = ()) -> None:
        self.allow_private = allow_private
        self.trusted = frozenset(origin.strip().lower() for origin in trusted_origins if origin.strip())

    def is_trusted(self, url: str) -> bool:
        host, port = check_url_syntax(url)
        return f"{host.lower()}:{port}" in self.trusted

    def _exempt(self, url: str) -> bool:
        """Private targets allowed, or a trusted origin: only the URL's syntax is checked."""
        if self.allow_private or self.is_trusted(url):
            check_url_syntax(url)
            return True
        return False

    def check(self, url: str) -> None:
        """Raise UnsafeURLError unless `url` may be requested (no DNS lookup: see the module docstring)."""
        if not self._exempt(url):
            check_target_url(url, allow_private=False, resolve=False)

    async def check_new(self, url: str) -> None:
        """The check for a feed being added: its name is also resolved now (in a thread, DNS blocks),
        so that a feed on an intranet name is refused with a clear error at once rather than failing
        at every poll."""
        if not self._exempt(url):
            await asyncio.to_thread(check_target_url, url, allow_private=False)


__all__ = ["UnsafeURLError", "UrlGuard"]
