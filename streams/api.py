"""The HTTP API: submit articles, manage subscriptions, report health. OpenAPI docs at /docs."""

from __future__ import annotations

import hmac
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

import structlog
from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError

from domain.urls import UnsafeURLError, check_target_url
from schemas.alert import DeliveryResult, Subscription, SubscriptionIn
from schemas.article import ArticleIn
from streams import store
from streams.producer import ArticleProducer
from streams.settings import Settings, get_settings
from streams.topics import ensure_topics

log = structlog.get_logger("api")
MAX_ARTICLES_PER_REQUEST = 1_000


class SubscriptionCreated(Subscription):
    """The one time the signing secret is shown in full."""


class SubscriptionView(BaseModel):
    id: str
    url: str
    filters: dict[str, Any]
    format: str
    description: str | None
    created_at: str
    disabled: bool
    disabled_reason: str | None

    @classmethod
    def of(cls, subscription: Subscription) -> SubscriptionView:
        data = subscription.model_dump(mode="json", exclude={"secret"})
        return cls(**data)


class SubscriptionPage(BaseModel):
    items: list[SubscriptionView]
    total: int
    offset: int
    limit: int


class Accepted(BaseModel):
    accepted: int
    ids: list[str]


def _problem(message: str, code: int = status.HTTP_422_UNPROCESSABLE_CONTENT) -> HTTPException:
    return HTTPException(status_code=code, detail=message)


def create_api(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    state: dict[str, Any] = {}

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await ensure_topics(settings)
        producer = ArticleProducer(settings)
        await producer.start()
        redis = store.connect(settings.redis_url)
        state.update(
            producer=producer, redis=redis, subs=store.SubscriptionStore(redis, settings.topic_prefix)
        )
        if not settings.api_keys:
            log.warning("api_keys_not_set", hint="subscription management is open; set NEWSALERT_API_KEYS")
        try:
            yield
        finally:
            await producer.stop()
            await redis.aclose()

    api = FastAPI(title="newsalert", version="0.1.0", lifespan=lifespan)

    def require_key(request: Request) -> None:
        if not settings.api_keys:
            return
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        valid = scheme.lower() == "bearer" and any(
            hmac.compare_digest(token.encode(), key.encode()) for key in settings.api_keys
        )
        if not valid:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "missing or wrong API key",
                headers={"WWW-Authenticate": "Bearer"},
            )

    async def read_json(request: Request) -> Any:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.api_max_body_bytes:
            raise _problem(f"body larger than {settings.api_max_body_bytes} bytes", 413)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > settings.api_max_body_bytes:
                raise _problem(f"body larger than {settings.api_max_body_bytes} bytes", 413)
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
            raise _problem(
                f"malformed JSON: {error.msg} at line {error.lineno} column {error.colno}"
            ) from error

    @api.post(
        "/articles",
        status_code=202,
        response_model=Accepted,
        summary="Submit one article (object) or many (list) to the pipeline",
    )
    async def post_articles(request: Request) -> Accepted:
        payload = await read_json(request)
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
        ids = await state["producer"].send(articles)
        return Accepted(accepted=len(ids), ids=ids)

    @api.post(
        "/subscriptions",
        status_code=201,
        response_model=SubscriptionCreated,
        dependencies=[Depends(require_key)],
    )
    async def create_subscription(body: SubscriptionIn) -> Subscription:
        try:
            check_target_url(body.url, allow_private=settings.allow_private_targets)
        except UnsafeURLError as error:
            raise _problem(f"url: {error}") from error
        subscription: Subscription = await state["subs"].create(body)
        log.info("subscription_created", subscription_id=subscription.id)
        return subscription

    @api.get("/subscriptions", response_model=SubscriptionPage, dependencies=[Depends(require_key)])
    async def list_subscriptions(
        offset: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=500)] = 50
    ) -> SubscriptionPage:
        items, total = await state["subs"].page(offset, limit)
        return SubscriptionPage(
            items=[SubscriptionView.of(s) for s in items], total=total, offset=offset, limit=limit
        )

    @api.get(
        "/subscriptions/{subscription_id}",
        response_model=SubscriptionView,
        dependencies=[Depends(require_key)],
    )
    async def get_subscription(subscription_id: str) -> SubscriptionView:
        subscription = await state["subs"].get(subscription_id)
        if subscription is None:
            raise HTTPException(404, "no such subscription")
        return SubscriptionView.of(subscription)

    @api.delete("/subscriptions/{subscription_id}", status_code=204, dependencies=[Depends(require_key)])
    async def delete_subscription(subscription_id: str) -> None:
        if not await state["subs"].delete(subscription_id):
            raise HTTPException(404, "no such subscription")

    @api.get(
        "/subscriptions/{subscription_id}/deliveries",
        response_model=list[DeliveryResult],
        dependencies=[Depends(require_key)],
    )
    async def deliveries(subscription_id: str, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Any:
        queue = store.DeliveryQueue(state["redis"], settings.topic_prefix)
        return await queue.log(subscription_id, limit)

    @api.get("/health")
    async def health() -> JSONResponse:
        kafka_ok = await state["producer"].connected()
        try:
            redis_ok = bool(await state["redis"].ping())
        except Exception:
            redis_ok = False
        ok = kafka_ok and redis_ok
        body = {"status": "ok" if ok else "degraded", "kafka": kafka_ok, "redis": redis_ok}
        return JSONResponse(body, status_code=200 if ok else 503)

    return api
