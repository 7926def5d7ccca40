"""Articles: what enters the pipeline (`articles.raw`) and what the normalizer hands on (`articles.clean`)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 1
MAX_BODY_CHARS = 200_000
"""Longer bodies are refused: no news article is that long, and a huge body would stall the classifier."""


def stable_article_id(url: str | None, body: str) -> str:
    """An id that is the same every time the same article is submitted, so replays dedupe."""
    digest = hashlib.sha256(f"{url or ''}\n{body}".encode()).hexdigest()
    return f"a-{digest[:24]}"


class ArticleIn(BaseModel):
    """An article as a producer submits it (HTTP, CLI, feed poller). Only `body` is required."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=2_000)
    body: str = Field(min_length=1, max_length=MAX_BODY_CHARS)
    url: str | None = Field(default=None, max_length=4_000)
    source: str | None = Field(default=None, max_length=500)
    published_at: datetime | None = None
    language: str | None = Field(default=None, max_length=16)
    feed: str | None = Field(default=None, max_length=4_000)
    duplicate_of: str | None = Field(default=None, max_length=200)

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("body is empty")
        return value


class RawArticle(ArticleIn):
    """The record on `articles.raw`: an ArticleIn whose id is always set."""

    schema_version: int = SCHEMA_VERSION
    id: str = Field(default="", max_length=200)
    received_at: datetime | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _none_id(cls, value: object) -> object:
        return "" if value is None else value

    @model_validator(mode="after")
    def _ensure_id(self) -> RawArticle:
        if not self.id:
            self.id = stable_article_id(self.url, self.body)
        return self


class CleanArticle(BaseModel):
    """The record on `articles.clean`: boilerplate removed, language identified, duplicates marked."""

    schema_version: int = SCHEMA_VERSION
    id: str
    title: str | None = None
    body: str
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    received_at: datetime | None = None
    language: str
    language_confidence: float = 0.0
    duplicate_of: str | None = None
