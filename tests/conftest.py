"""Shared fixtures. Integration and e2e tests run on the real services: the session starts Kafka and
Redis (`newsalert services up`, idempotent) and stops them at the end only if it started them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def live_services() -> Iterator[object]:
    from streams import services
    from streams.settings import get_settings

    settings = get_settings()
    before = services.status(settings)
    already = all(state.healthy for state in before.values())
    services.up(settings)
    yield settings
    if not already:
        services.down(settings)
