import base64
import hashlib
import hmac

import pytest

from domain.signing import SignatureError, new_secret, sign, verify, webhook_headers


def test_signature_matches_the_standard_webhooks_construction() -> None:
    secret = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
    body = b'{"type":"incident.opened"}'
    expected = base64.b64encode(
        hmac.new(b"0123456789abcdef0123456789abcdef", b"msg_1.1700000000." + body, hashlib.sha256).digest()
    ).decode()
    assert sign(secret, "msg_1", 1700000000, body) == "v1," + expected


def test_headers_verify_and_tampering_is_caught() -> None:
    secret = new_secret()
    body = b'{"a": 1}'
    headers = webhook_headers([secret], "msg_abc", body)
    verify(secret, headers, body)
    with pytest.raises(SignatureError):
        verify(secret, headers, b'{"a": 2}')
    with pytest.raises(SignatureError):
        verify(new_secret(), headers, body)


def test_old_timestamps_are_refused() -> None:
    secret = new_secret()
    headers = webhook_headers([secret], "msg_abc", b"{}", timestamp=1_000)
    with pytest.raises(SignatureError, match="tolerance"):
        verify(secret, headers, b"{}")


def test_any_of_several_signatures_verifies_during_rotation() -> None:
    old, new = new_secret(), new_secret()
    headers = webhook_headers([old, new], "msg_x", b"{}")
    assert len(headers["webhook-signature"].split()) == 2
    verify(old, headers, b"{}")
    verify(new, headers, b"{}")


def test_secret_format_is_checked() -> None:
    with pytest.raises(ValueError, match="whsec_"):
        sign("not-a-secret", "m", 1, b"")
