"""Fixtures of the browser tests: a real pipeline (from the integration fixtures) and headless Chromium.

The browser is Debian's `chromium` package driven by the `playwright` Python package; Playwright's own
browser download (`playwright install`) is never used, so the tests run where downloads are blocked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.conftest import SAMPLES, pipeline  # noqa: F401  (fixture re-exported)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

__all__ = ["ARTIFACTS", "CHROMIUM", "CHROMIUM_ARGS", "SAMPLES", "browser"]


@pytest.fixture
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: install Debian's package (apt-get install -y chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is missing")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()
