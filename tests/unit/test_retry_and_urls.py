import random

import pytest

from domain.retry import DEFAULT_SCHEDULE_S, next_delay, parse_retry_after
from domain.urls import UnsafeURLError, check_target_url


def test_schedule_covers_about_a_day_then_stops() -> None:
    total = sum(DEFAULT_SCHEDULE_S)
    assert 20 * 3600 < total <= 24 * 3600
    assert next_delay(len(DEFAULT_SCHEDULE_S) + 1) is None


def test_backoff_grows_with_bounded_jitter() -> None:
    rng = random.Random(7)
    delays = [next_delay(n, rng=rng) for n in range(1, 6)]
    assert all(d is not None for d in delays)
    for n, delay in enumerate(delays, 1):
        assert delay is not None
        base = DEFAULT_SCHEDULE_S[n - 1]
        assert 0.8 * base <= delay <= 1.2 * base


def test_retry_after_is_honoured_when_longer() -> None:
    delay = next_delay(1, retry_after_s=120, rng=random.Random(1))
    assert delay == 120
    assert parse_retry_after("30") == 30
    assert parse_retry_after("soon") is None


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/x",
        "javascript:alert(1)",
        "http://",
        "http://user:pw@example.com/",
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://metadata.google.internal/",
        "http://example.com:99999/",
    ],
)
def test_unsafe_urls_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        check_target_url(url, allow_private=False)


def test_private_targets_allowed_for_development() -> None:
    check_target_url("http://127.0.0.1:8080/hook", allow_private=True)
    with pytest.raises(UnsafeURLError):
        check_target_url("file:///etc/passwd", allow_private=True)


def test_without_lookup_literals_and_metadata_names_are_still_refused() -> None:
    for url in (
        "http://127.0.0.1/h",
        "http://[::1]/h",
        "http://169.254.169.254/",
        "http://metadata.google.internal/",
    ):
        with pytest.raises(UnsafeURLError):
            check_target_url(url, allow_private=False, resolve=False)
    # A name is left to the connect-time resolver: no lookup here (this one would not resolve at all).
    check_target_url("https://hooks.does-not-exist.invalid/x", allow_private=False, resolve=False)
    with pytest.raises(UnsafeURLError, match="cannot resolve"):
        check_target_url("https://hooks.does-not-exist.invalid/x", allow_private=False)
