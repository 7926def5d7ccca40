"""The feed poller: claim due feeds, fetch them politely, turn new entries into articles on articles.raw.

It runs as its own task in each worker (agents/poll.py), never inside a stream agent, so slow publishers
cannot hold up classification: its only contact with the pipeline is the ArticleProducer it sends to.
One feed's failure is recorded on that feed (status, reason, backoff) and never stops the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import structlog
from prometheus_client import Counter, Histogram

from domain.feeds import neardup
from domain.feeds.canonical import canonical_url
from domain.feeds.models import FeedView
from domain.feeds.parse import FeedEntry, FeedParseError, ParsedFeed, parse_feed
from domain.feeds.schedule import next_poll_delay
from domain.normalize import fingerprint
from schemas.article import MAX_BODY_CHARS, ArticleIn
from streams.feeds.dedup import FeedDedup
from streams.feeds.fetch import PAGE_ACCEPT, Fetcher, FetchError
from streams.feeds.registry import FeedStore
from streams.settings import Settings

log = structlog.get_logger("feeds.poller")

PUBLISH_TO_INGEST = Histogram(
    "newsalert_feed_publish_to_ingest_seconds",
    "Seconds from an entry's published time to its article being on articles.raw.",
    buckets=(1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 3 * 3600, 12 * 3600, 24 * 3600, 72 * 3600),
)
POLLS = Counter("newsalert_feed_polls_total", "Feed polls by outcome.", ["outcome"])
ENTRIES = Counter("newsalert_feed_entries_total", "Feed entries by what became of them.", ["outcome"])

FULLTEXT_MIN_CHARS = 600
"""An entry whose own content is shorter than this is taken to be a summary: the page is fetched."""
LEASE_S = 300.0
"""How long a claimed feed is hidden from other workers; a poll ends well before (timeouts are 20 s)."""
PREPARE_CONCURRENCY = 8

ArticleSink = Callable[[Sequence[ArticleIn]], Awaitable[list[str]]]
Extractor = Callable[[bytes, str], str | None]


def extract_main_text(page: bytes, url: str) -> str | None:
    """The article's main text (trafilatura); CPU-bound, so callers run it in a thread.

    Not `deduplicate=True`: that keeps a process-wide cache of seen paragraphs, so the same page
    extracted a third time (a retried poll) would come back empty.
    """
    import trafilatura

    return trafilatura.extract(page, url=url, include_comments=False, include_tables=False)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Candidate:
    """An entry ready to send once the shared dedup memory agrees it is new."""

    entry: FeedEntry
    url: str | None
    keys: list[str]
    title: str | None
    body: str
    signature: tuple[int, ...] | None = field(default=None)


@dataclass
class PollResult:
    feed_id: str
    status: str
    sent: list[str] = field(default_factory=list)
    error: str | None = None


class FeedPoller:
    def __init__(
        self,
        *,
        store: FeedStore,
        dedup: FeedDedup,
        fetcher: Fetcher,
        sink: ArticleSink,
        settings: Settings,
        extractor: Extractor = extract_main_text,
    ) -> None:
        self._store = store
        self._dedup = dedup
        self._fetcher = fetcher
        self._sink = sink
        self._settings = settings
        self._extractor = extractor
        self._in_flight: set[asyncio.Task[PollResult]] = set()

    # -- scheduling ---------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Poll forever (until `stop` is set): claim what is due, up to the concurrency limit."""
        stop = stop or asyncio.Event()
        limit = self._settings.feed_concurrency
        while not stop.is_set():
            try:
                claimed = await self._store.claim_due(limit - len(self._in_flight), LEASE_S)
                wait = await self._store.next_due_in()
            except Exception as error:  # Redis away: the registry waits there, try again shortly
                log.warning("feed_claim_failed", error=repr(error))
                claimed, wait = [], 1.0
            for feed in claimed:
                task = asyncio.create_task(self.poll(feed))
                self._in_flight.add(task)
                task.add_done_callback(self._in_flight.discard)
            pause = 1.0 if wait is None else min(max(wait, 0.02), 1.0)
            if len(self._in_flight) >= limit:
                pause = 0.05
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), pause)
        for task in list(self._in_flight):
            task.cancel()

    async def aclose(self) -> None:
        await self._fetcher.aclose()

    async def poll_due(self) -> list[PollResult]:
        """Claim every due feed and poll them all now (tests, benchmarks, `feeds poll`)."""
        claimed = await self._store.claim_due(100_000, LEASE_S)
        return list(await asyncio.gather(*(self.poll(feed) for feed in claimed)))

    # -- one feed -----------------------------------------------------------------------------------

    async def poll(self, feed: FeedView) -> PollResult:
        """Poll one feed, record the outcome on it, and schedule its next poll. Never raises."""
        with structlog.contextvars.bound_contextvars(feed_id=feed.id, feed_url=feed.url):
            state = feed.state.model_copy()
            state.last_polled_at = datetime.now(UTC)
            retry_after: float | None = None
            result = PollResult(feed.id, "error")
            try:
                fetched = await self._fetcher.fetch(
                    feed.url, etag=state.etag, last_modified=state.last_modified
                )
                state.last_http_status = fetched.status
                if fetched.not_modified:
                    result.status = "not_modified"
                else:
                    parsed = await self._parse(fetched.body, fetched.content_type, fetched.url)
                    result.sent = await self._ingest(feed, parsed)
                    result.status = "ok"
                    state.etag, state.last_modified = fetched.etag, fetched.last_modified
                    if result.sent:
                        state.entries_ingested += len(result.sent)
                        state.last_ingested_at = datetime.now(UTC)
            except FetchError as error:
                result.error, retry_after = error.reason, error.retry_after_s
                state.last_http_status = error.status
            except FeedParseError as error:
                result.error = str(error)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # Kafka or Redis away, or a bug: the feed is retried with backoff
                log.exception("feed_poll_crashed")
                result.error = f"internal error: {type(error).__name__}: {error}"[:500]
            state.last_status = result.status
            state.last_error = result.error
            state.failures = state.failures + 1 if result.error else 0
            delay = next_poll_delay(
                feed.interval_s,
                state.failures,
                retry_after_s=retry_after,
                max_backoff_s=self._settings.feed_backoff_max_s,
            )
            state.next_poll_at = datetime.now(UTC) + timedelta(seconds=delay)
            POLLS.labels(result.status).inc()
            if result.error:
                log.warning(
                    "feed_poll_failed",
                    error=result.error,
                    failures=state.failures,
                    retry_in_s=round(delay, 1),
                )
            else:
                log.info(
                    "feed_polled", status=result.status, sent=len(result.sent), next_in_s=round(delay, 1)
                )
            try:
                await self._store.record(feed.id, state, time.time() + delay)
            except Exception as error:  # the lease expires and the feed is polled again
                log.warning("feed_record_failed", error=repr(error))
            return result

    async def _parse(self, body: bytes, content_type: str | None, url: str) -> ParsedFeed:
        if len(body) > 256_000:  # a big document takes feedparser a while: keep the loop free
            return await asyncio.to_thread(parse_feed, body, content_type, url)
        return parse_feed(body, content_type, url)

    async def _ingest(self, feed: FeedView, parsed: ParsedFeed) -> list[str]:
        limit = asyncio.Semaphore(PREPARE_CONCURRENCY)

        async def prepare(entry: FeedEntry) -> Candidate | None:
            async with limit:
                return await self._prepare(feed, entry)

        # Feeds list newest first; oldest first makes "the first sighting" the earliest story.
        entries = list(reversed(parsed.entries))
        candidates = [c for c in await asyncio.gather(*(prepare(e) for e in entries)) if c is not None]
        if not candidates:
            return []
        return await self._commit(feed, parsed, candidates)

    async def _prepare(self, feed: FeedView, entry: FeedEntry) -> Candidate | None:
        """Skip what is known or too old; otherwise get the full text (fetching the page if needed)."""
        max_age = self._settings.feed_max_entry_age_h
        if (
            max_age
            and entry.published_at
            and entry.published_at < datetime.now(UTC) - timedelta(hours=max_age)
        ):
            ENTRIES.labels("too_old").inc()
            return None
        url = canonical_url(entry.url) if entry.url else None
        if url is not None and not url.startswith(("http://", "https://")):
            url = None
        if url:
            keys = [self._dedup.url_key(url)]
        elif entry.guid:
            keys = [self._dedup.url_key(f"guid:{feed.id}:{entry.guid}")]
        else:
            keys = [self._dedup.url_key(f"entry:{feed.id}:{entry.title}:{entry.best_text[:2000]}")]
        if await self._dedup.any_seen(keys):
            ENTRIES.labels("seen").inc()
            return None
        body = entry.best_text
        if self._settings.feed_fulltext and url and len(entry.content or "") < FULLTEXT_MIN_CHARS:
            try:
                page = await self._fetcher.fetch(entry.url or url, accept=PAGE_ACCEPT)
                final = canonical_url(page.url)
                if final != url:  # redirects resolved: the page's own URL is the canonical one
                    url = final
                    keys.append(self._dedup.url_key(final))
                    if await self._dedup.any_seen(keys[-1:]):
                        ENTRIES.labels("seen").inc()
                        return None
                extracted = await asyncio.to_thread(self._extractor, page.body, page.url)
                if extracted and len(extracted) > len(body):
                    body = extracted
            except FetchError as error:
                log.info("fulltext_unavailable", entry_url=entry.url, error=error.reason)
            except Exception as error:
                log.warning("fulltext_failed", entry_url=entry.url, error=repr(error))
        body = (body or entry.title or "").strip()[:MAX_BODY_CHARS]
        if not body:
            ENTRIES.labels("empty").inc()
            return None
        return Candidate(entry=entry, url=url, keys=keys, title=entry.title, body=body)

    async def _commit(self, feed: FeedView, parsed: ParsedFeed, candidates: list[Candidate]) -> list[str]:
        """Claim each candidate's URL and text, link near-duplicates, send, then confirm the claims."""
        accepted: list[tuple[Candidate, ArticleIn]] = []
        batch_sigs: list[tuple[str, tuple[int, ...]]] = []
        try:
            for candidate in candidates:
                article = await self._claim(feed, parsed, candidate, batch_sigs)
                if article is not None:
                    accepted.append((candidate, article))
            if not accepted:
                return []
            ids = await self._sink([article for _, article in accepted])
        except BaseException:
            await self._dedup.release(key for candidate, _ in accepted for key in candidate.keys)
            raise
        ingested_at = datetime.now(UTC)
        for (candidate, article), article_id in zip(accepted, ids, strict=True):
            await self._dedup.confirm(candidate.keys, article_id)
            if candidate.signature is not None:
                await self._dedup.index(article_id, candidate.signature)
            if candidate.entry.published_at is not None:
                PUBLISH_TO_INGEST.observe(
                    max(0.0, (ingested_at - candidate.entry.published_at).total_seconds())
                )
            ENTRIES.labels("duplicate_linked" if article.duplicate_of else "sent").inc()
            log.info(
                "feed_article_sent", article_id=article_id, url=article.url, duplicate_of=article.duplicate_of
            )
        return ids

    async def _claim(
        self,
        feed: FeedView,
        parsed: ParsedFeed,
        candidate: Candidate,
        batch_sigs: list[tuple[str, tuple[int, ...]]],
    ) -> ArticleIn | None:
        claimed: list[str] = []
        for key in candidate.keys:
            if not await self._dedup.claim(key):  # seen meanwhile, or another worker is sending it
                await self._dedup.release(claimed)
                ENTRIES.labels("seen").inc()
                return None
            claimed.append(key)
        text_key = self._dedup.text_key(fingerprint(candidate.body))
        if not await self._dedup.claim(text_key):  # the same text under another URL: never twice
            owner = await self._dedup.owner(text_key)
            await self._dedup.confirm(claimed, owner or "duplicate")  # and do not fetch its page again
            ENTRIES.labels("same_text").inc()
            return None
        candidate.keys.append(text_key)
        article_id = "f-" + _digest(candidate.url or candidate.keys[0])[:24]
        candidate.signature = neardup.signature(candidate.body)
        duplicate_of = None
        if candidate.signature is not None:
            duplicate_of = await self._dedup.near_duplicate_of(candidate.signature)
            if duplicate_of is None:
                duplicate_of = next(
                    (
                        other
                        for other, sig in batch_sigs
                        if neardup.similarity(candidate.signature, sig)
                        >= self._settings.feed_neardup_threshold
                    ),
                    None,
                )
            batch_sigs.append((article_id, candidate.signature))
        entry = candidate.entry
        source = feed.source or parsed.title or (urlsplit(feed.url).hostname if feed.url else None)
        return ArticleIn(
            id=article_id,
            title=candidate.title,
            body=candidate.body,
            url=candidate.url,
            source=source,
            published_at=entry.published_at,
            language=(feed.language or entry.language or None or "")[:16] or None,
            feed=feed.url,
            duplicate_of=duplicate_of,
        )
