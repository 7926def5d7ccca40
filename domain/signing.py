"""Standard Webhooks signing (https://www.standardwebhooks.com/).

A subscriber verifies `webhook-signature` = `v1,` + base64(HMAC-SHA256(key, f"{id}.{timestamp}.{body}"))
where `key` is the base64-decoded part of the secret after `whsec_`. Several space-separated signatures
may be sent (one per valid secret during a rotation); a receiver accepts any of them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Iterable, Mapping

SECRET_PREFIX = "whsec_"
DEFAULT_TOLERANCE_S = 5 * 60


class SignatureError(ValueError):
    """The webhook's signature or timestamp does not verify."""


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def _key(secret: str) -> bytes:
    if not secret.startswith(SECRET_PREFIX):
        raise ValueError("a signing secret starts with 'whsec_'")
    return base64.b64decode(secret[len(SECRET_PREFIX) :])


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """One `v1,<base64>` signature of the message."""
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def webhook_headers(
    secrets_: Iterable[str], msg_id: str, body: bytes, timestamp: int | None = None
) -> dict[str, str]:
    """The three Standard Webhooks headers, signed with every given secret."""
    ts = int(time.time()) if timestamp is None else timestamp
    signatures = " ".join(sign(secret, msg_id, ts, body) for secret in secrets_)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": signatures,
        "content-type": "application/json",
    }


def verify(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> None:
    """Raise SignatureError unless one of the signatures matches and the timestamp is fresh."""
    lowered = {key.lower(): value for key, value in headers.items()}
    try:
        msg_id = lowered["webhook-id"]
        timestamp = int(lowered["webhook-timestamp"])
        signatures = lowered["webhook-signature"].split()
    except (KeyError, ValueError) as error:
        raise SignatureError(f"missing or malformed webhook header: {error}") from error
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_s:
        raise SignatureError("webhook timestamp outside the tolerance window")
    expected = sign(secret, msg_id, timestamp, body)
    if not any(hmac.compare_digest(expected, candidate) for candidate in signatures):
        raise SignatureError("no signature matches")
