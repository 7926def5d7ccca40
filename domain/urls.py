"""Guard against server-side request forgery: webhook and feed URLs must point at the public internet.

Checked when a URL is stored and again right before each request, after DNS resolution, because a name
that resolved to a public address yesterday may resolve to 169.254.169.254 today.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "instance-data"})


class UnsafeURLError(ValueError):
    """The URL is malformed, not http(s), or points at an address we refuse to call."""


def address_is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def check_url_syntax(url: str) -> tuple[str, int]:
    """Return (host, port) of a well-formed http(s) URL, or raise UnsafeURLError."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise UnsafeURLError(f"malformed URL: {error}") from error
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"only http and https URLs are allowed, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise UnsafeURLError("the URL has no host")
    if parts.username or parts.password:
        raise UnsafeURLError("credentials in the URL are not allowed; use the signing secret")
    return host, port or (443 if parts.scheme.lower() == "https" else 80)


def resolve_addresses(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise UnsafeURLError(f"cannot resolve host {host!r}: {error}") from error
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def check_target_url(url: str, *, allow_private: bool, resolve: bool = True) -> None:
    """Raise UnsafeURLError unless the URL may be called.

    With `resolve=False` a host name is not looked up (an IP literal is still checked): for callers
    whose HTTP client refuses non-public addresses itself when it connects (streams.guarded_resolver),
    where a lookup here would only repeat the client's own.
    """
    host, port = check_url_syntax(url)
    if allow_private:
        return
    if host.lower().rstrip(".") in METADATA_HOSTS:
        raise UnsafeURLError(f"{host} is a cloud metadata address")
    try:
        literal = [ipaddress.ip_address(host)]
    except ValueError:
        literal = []
    if not literal and not resolve:
        return
    for address in literal or resolve_addresses(host, port):
        if not address_is_public(address):
            raise UnsafeURLError(
                f"{host} resolves to {address}, a private, loopback or link-local address "
                "(set NEWSALERT_ALLOW_PRIVATE_TARGETS=true for local development)"
            )
