"""Feeds as the registry stores them: what the user registered, and what the poller last saw."""

from __future__ import annotations

import hashlib
from datetime import datetime

from pydantic import BaseModel, Field, field_validator

from domain.feeds.canonical import canonical_url


def feed_id_for(url: str) -> str:
    """Derived from the canonical URL, so registering the same feed twice updates it, not doubles it."""
    return "feed_" + hashlib.sha256(canonical_url(url).encode()).hexdigest()[:16]


class FeedIn(BaseModel):
    """A feed as a user registers it (CLI, REST, OPML)."""

    url: str = Field(min_length=1, max_length=4_000)
    interval_s: float | None = Field(default=None, ge=1, le=7 * 24 * 3600, description="Poll interval.")
    language: str | None = Field(default=None, max_length=16, description="Language hint for entries.")
    source: str | None = Field(default=None, max_length=500, description="Publisher name on articles.")

    @field_validator("url")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


class Feed(FeedIn):
    id: str
    interval_s: float
    created_at: datetime


class FeedState(BaseModel):
    """The outcome of the latest poll, shown by `feeds list`, and the validators for the next request."""

    etag: str | None = None
    last_modified: str | None = None
    last_status: str = "new"  # new | ok | not_modified | error
    last_http_status: int | None = None
    last_error: str | None = None
    last_polled_at: datetime | None = None
    next_poll_at: datetime | None = None
    failures: int = 0
    entries_ingested: int = 0
    last_ingested_at: datetime | None = None


class FeedView(Feed):
    state: FeedState
