"""The HTTP API: submit articles, manage subscriptions, stream events, report health. Docs at /docs."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

import structlog
from fastapi import Depends, FastAPI, HTTPException, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from redis import exceptions as redis_errors

from schemas.article import ArticleIn
from streams import store
from streams.producer import ArticleProducer
from streams.settings import Settings, get_settings
from streams.topics import ensure_topics
from streams.web import dashboard, feeds, metrics, stream, subscriptions
from streams.web.deps import Services, services

log = structlog.get_logger("api")
MAX_ARTICLES_PER_REQUEST = 1_000


class Accepted(BaseModel):
    accepted: int
    ids: list[str]


def _problem(message: str, code: int = status.HTTP_422_UNPROCESSABLE_CONTENT) -> HTTPException:
    return HTTPException(status_code=code, detail=message)


async def _read_json(request: Request, limit: int) -> Any:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _problem(f"body larger than {limit} bytes", status.HTTP_413_CONTENT_TOO_LARGE)
        chunks.append(chunk)
    raw = b"".join(chunks)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _problem(f"body is not UTF-8: byte {error.start} is invalid") from error
    if not text.strip():
        raise _problem("body is empty: send a JSON article or a list of articles")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _problem(f"malformed JSON: {error.msg} at line {error.lineno} column {error.colno}") from error


def create_api(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await ensure_topics(settings)
        producer = ArticleProducer(settings)
        await producer.start()
        redis = store.connect(settings.redis_url)
        app.state.services = Services(settings=settings, producer=producer, redis=redis)
        if not settings.api_keys:
            log.warning(
                "api_keys_not_set", hint="subscription management refused until NEWSALERT_API_KEYS is set"
            )
        try:
            yield
        finally:
            await producer.stop()
            await redis.aclose()

    api = FastAPI(
        title="newsalert",
        version="0.1.0",
        description="Streaming alerts on attacks against diplomatic sites, from news in eight languages.",
        lifespan=lifespan,
    )

    @api.exception_handler(redis_errors.ConnectionError)
    @api.exception_handler(redis_errors.TimeoutError)
    async def redis_unavailable(request: Request, error: Exception) -> JSONResponse:
        log.error("redis_unavailable", path=request.url.path, error=repr(error))
        return JSONResponse({"detail": "storage (Redis) is unavailable; try again shortly"}, status_code=503)

    @api.middleware("http")
    async def limit_declared_size(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        """Refuse an oversized body before reading it (bodies without a length are capped while read)."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > settings.api_max_body_bytes:
            return JSONResponse(
                {"detail": f"body larger than {settings.api_max_body_bytes} bytes"}, status_code=413
            )
        return await call_next(request)

    @api.post(
        "/articles",
        status_code=202,
        response_model=Accepted,
        summary="Submit one article (object) or many (list) to the pipeline",
        tags=["articles"],
    )
    async def post_articles(request: Request, deps: Annotated[Services, Depends(services)]) -> Accepted:
        payload = await _read_json(request, settings.api_max_body_bytes)
        items = payload if isinstance(payload, list) else [payload]
        if not items:
            raise _problem("empty list: nothing to ingest")
        if len(items) > MAX_ARTICLES_PER_REQUEST:
            raise _problem(f"at most {MAX_ARTICLES_PER_REQUEST} articles per request", 413)
        articles, problems = [], []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                problems.append(
                    {"index": index, "error": f"an article is a JSON object, not {type(item).__name__}"}
                )
                continue
            try:
                articles.append(ArticleIn.model_validate(item))
            except ValidationError as error:
                problems.extend(
                    {"index": index, "field": ".".join(str(p) for p in e["loc"]), "error": e["msg"]}
                    for e in error.errors()
                )
        if problems:
            raise HTTPException(422, detail=problems)
        ids = await deps.producer.send(articles)
        return Accepted(accepted=len(ids), ids=ids)

    @api.get("/health", tags=["health"])
    async def health(deps: Annotated[Services, Depends(services)]) -> JSONResponse:
        kafka_ok = await deps.producer.connected()
        try:
            redis_ok = bool(await deps.redis.ping())
        except Exception:
            redis_ok = False
        ok = kafka_ok and redis_ok
        body = {"status": "ok" if ok else "degraded", "kafka": kafka_ok, "redis": redis_ok}
        return JSONResponse(body, status_code=200 if ok else 503)

    api.include_router(subscriptions.router)
    api.include_router(stream.router)
    api.include_router(feeds.router)
    api.include_router(dashboard.router)
    api.include_router(metrics.router)
    return api
