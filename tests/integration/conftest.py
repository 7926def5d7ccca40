"""Fixtures for tests on the real services: running pipelines and local webhook receivers."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from streams.sink import WebhookSink
from tests.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]


def load_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["id"]: row for row in rows}


SAMPLES = load_jsonl(ROOT / "samples" / "articles.jsonl")
RE_REPORTS = load_jsonl(ROOT / "tests" / "fixtures" / "re-reports.jsonl")


@pytest.fixture
def pipeline(live_services: object) -> Iterator[Pipeline]:
    running = Pipeline().start()
    yield running
    running.stop()


@pytest.fixture
async def receivers() -> AsyncIterator[Callable[..., Any]]:
    """A factory of local webhook receivers, all stopped at the end of the test."""
    started: list[WebhookSink] = []

    async def make(**options: Any) -> tuple[WebhookSink, str]:
        sink = WebhookSink(**options)
        url = await sink.start()
        started.append(sink)
        return sink, url

    yield make
    for sink in started:
        await sink.stop()


async def wait_for(condition: Callable[[], Any], timeout: float, step: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(step)
    return bool(condition())


async def post_articles(pipeline: Pipeline, body: Any) -> httpx.Response:
    async with httpx.AsyncClient(timeout=30) as client:
        return await client.post(f"{pipeline.base}/articles", json=body)
