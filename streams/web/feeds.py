"""Feeds: register, list (with each feed's last poll outcome), inspect, remove, import OPML, poll now."""

from __future__ import annotations

import asyncio
from typing import Annotated

import structlog
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from pydantic import BaseModel

from domain.feeds.models import Feed, FeedIn, FeedView
from domain.feeds.opml import parse_opml
from domain.feeds.parse import FeedParseError
from domain.urls import UnsafeURLError
from streams.feeds.registry import FeedStore
from streams.feeds.service import url_guard
from streams.web.deps import Services, require_api_key, services

log = structlog.get_logger("api.feeds")
router = APIRouter(prefix="/feeds", tags=["feeds"], dependencies=[Depends(require_api_key)])
Deps = Annotated[Services, Depends(services)]
MAX_OPML_BYTES = 2_000_000


class FeedPage(BaseModel):
    items: list[FeedView]
    total: int
    offset: int
    limit: int


class ImportResult(BaseModel):
    added: list[Feed]
    updated: list[Feed]
    refused: list[dict[str, str]]


def _store(deps: Services) -> FeedStore:
    return FeedStore(deps.redis, deps.settings.topic_prefix)


async def _check_url(deps: Services, url: str) -> None:
    try:
        await url_guard(deps.settings).check_new(url)
    except UnsafeURLError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"url: {error}") from error


async def _add(deps: Services, body: FeedIn) -> tuple[Feed, bool]:
    await _check_url(deps, body.url)
    settings = deps.settings
    feed, new = await _store(deps).add(body, settings.feed_poll_default_s, settings.feed_poll_min_s)
    log.info("feed_added" if new else "feed_updated", feed_id=feed.id, url=feed.url)
    return feed, new


@router.post("", status_code=201, response_model=Feed, summary="Register a feed (or update it)")
async def create(body: FeedIn, deps: Deps, response: Response) -> Feed:
    """Registering a URL already registered updates its interval, language and source (200)."""
    feed, new = await _add(deps, body)
    if not new:
        response.status_code = status.HTTP_200_OK
    return feed


@router.get("", response_model=FeedPage)
async def list_all(
    deps: Deps, offset: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=5000)] = 500
) -> FeedPage:
    items, total = await _store(deps).page(offset, limit)
    return FeedPage(items=items, total=total, offset=offset, limit=limit)


@router.post("/import", response_model=ImportResult, summary="Register every feed of an OPML file")
async def import_opml(request: Request, deps: Deps) -> ImportResult:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_OPML_BYTES:
            raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, f"OPML larger than {MAX_OPML_BYTES} bytes")
    try:
        feeds = await asyncio.to_thread(parse_opml, body)
    except FeedParseError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from error
    result = ImportResult(added=[], updated=[], refused=[])
    for item in feeds:
        try:
            feed, new = await _add(deps, item)
        except HTTPException as error:
            result.refused.append({"url": item.url, "error": str(error.detail)})
            continue
        (result.added if new else result.updated).append(feed)
    return result


@router.get("/{feed_id}", response_model=FeedView)
async def get_one(feed_id: str, deps: Deps) -> FeedView:
    view = await _store(deps).view(feed_id)
    if view is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such feed")
    return view


@router.delete("/{feed_id}", status_code=204)
async def delete(feed_id: str, deps: Deps) -> Response:
    if not await _store(deps).remove(feed_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such feed")
    log.info("feed_removed", feed_id=feed_id)
    return Response(status_code=204)


@router.post("/{feed_id}/poll", status_code=202)
async def poll_now(feed_id: str, deps: Deps) -> dict[str, str]:
    """Make the feed due now (a worker polls it within about a second)."""
    store = _store(deps)
    if await store.get(feed_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such feed")
    await store.schedule_now(feed_id)
    return {"status": "scheduled", "feed_id": feed_id}
