"""`newsalert feeds add|list|remove|import|poll`: manage the registry straight in Redis (no API needed)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from domain.feeds.models import FeedIn, FeedView
from domain.urls import UnsafeURLError


def _settings() -> Any:
    from streams.settings import get_settings

    return get_settings()


def _run(action: Callable[[Any, Any], Awaitable[int]]) -> int:
    async def main() -> int:
        from streams import store
        from streams.feeds.registry import FeedStore

        settings = _settings()
        redis = store.connect(settings.redis_url)
        try:
            return await action(FeedStore(redis, settings.topic_prefix), settings)
        finally:
            await redis.aclose()

    try:
        return asyncio.run(main())
    except OSError as error:  # Redis refused the connection
        print(f"error: cannot reach Redis: {error}\nhint: `newsalert services up`", file=sys.stderr)
        return 1
    except Exception as error:
        if type(error).__module__.startswith("redis"):
            print(f"error: Redis: {error}\nhint: `newsalert services up`", file=sys.stderr)
            return 1
        raise


async def _add_many(store: Any, settings: Any, items: list[FeedIn]) -> int:
    from streams.feeds.service import url_guard

    guard = url_guard(settings)
    failures = 0
    for item in items:
        try:
            await guard.check_new(item.url)
        except UnsafeURLError as error:
            print(f"refused {item.url}: {error}", file=sys.stderr)
            failures += 1
            continue
        feed, new = await store.add(item, settings.feed_poll_default_s, settings.feed_poll_min_s)
        print(f"{'added' if new else 'updated'} {feed.id} {feed.url} every {feed.interval_s:g} s")
    return 0 if failures == 0 else 2


def cmd_add(args: argparse.Namespace) -> int:
    item = FeedIn(url=args.url, interval_s=args.interval, language=args.language, source=args.source)
    return _run(lambda store, settings: _add_many(store, settings, [item]))


def cmd_import(args: argparse.Namespace) -> int:
    from domain.feeds.opml import parse_opml
    from domain.feeds.parse import FeedParseError

    try:
        items = parse_opml(Path(args.file).read_bytes())
    except (OSError, FeedParseError) as error:
        print(f"error: {args.file}: {error}", file=sys.stderr)
        return 1
    for item in items:
        item.interval_s = args.interval
    print(f"{len(items)} feed(s) in {args.file}", file=sys.stderr)
    return _run(lambda store, settings: _add_many(store, settings, items))


def _ago(when: datetime | None) -> str:
    if when is None:
        return "-"
    seconds = (when - datetime.now(UTC)).total_seconds()
    return f"in {seconds:.0f}s" if seconds >= 0 else f"{-seconds:.0f}s ago"


def format_table(feeds: list[FeedView]) -> str:
    rows = [("ID", "STATUS", "HTTP", "FAILS", "ARTICLES", "LAST POLL", "NEXT POLL", "URL / LAST ERROR")]
    for feed in feeds:
        state = feed.state
        rows.append(
            (
                feed.id,
                state.last_status,
                str(state.last_http_status or "-"),
                str(state.failures),
                str(state.entries_ingested),
                _ago(state.last_polled_at),
                _ago(state.next_poll_at),
                feed.url + (f"  ! {state.last_error}" if state.last_error else ""),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
        for row in rows
    )


def cmd_list(args: argparse.Namespace) -> int:
    async def action(store: Any, settings: Any) -> int:
        feeds, total = await store.page(0, 100_000)
        if args.json:
            for feed in feeds:
                print(json.dumps(feed.model_dump(mode="json"), ensure_ascii=False))
        else:
            print(format_table(feeds))
            print(f"{total} feed(s)", file=sys.stderr)
        return 0

    return _run(action)


def cmd_remove(args: argparse.Namespace) -> int:
    async def action(store: Any, settings: Any) -> int:
        from domain.feeds.models import feed_id_for

        failures = 0
        for ref in args.feeds:
            feed_id = ref if ref.startswith("feed_") else feed_id_for(ref)
            if await store.remove(feed_id):
                print(f"removed {feed_id}")
            else:
                print(f"no such feed: {ref}", file=sys.stderr)
                failures += 1
        return 0 if failures == 0 else 1

    return _run(action)


def cmd_poll(args: argparse.Namespace) -> int:
    """Poll every due feed once from this process (no worker needed); prints each outcome."""

    async def action(store: Any, settings: Any) -> int:
        from streams.feeds.service import LazyProducerSink, build_poller
        from streams.topics import ensure_topics

        await ensure_topics(settings)
        if args.all:
            feeds, _ = await store.page(0, 100_000)
            for feed in feeds:
                await store.schedule_now(feed.id)
        sink = LazyProducerSink(settings)
        poller = build_poller(settings, store._redis, sink)
        try:
            results = await poller.poll_due()
        finally:
            await poller.aclose()
            await sink.stop()
        for result in results:
            print(f"{result.feed_id} {result.status} sent={len(result.sent)} {result.error or ''}".rstrip())
        return 0 if all(r.error is None for r in results) else 2

    return _run(action)


def register_cli(commands: Any) -> None:
    """Add the `feeds` command group to the top-level subparsers."""
    feeds = commands.add_parser("feeds", help="manage the news feeds the workers poll")
    sub = feeds.add_subparsers(dest="feeds_command", required=True, metavar="ACTION")

    add = sub.add_parser("add", help="register a feed (again: update it)")
    add.add_argument("url")
    add.add_argument("--interval", type=float, default=None, help="seconds between polls")
    add.add_argument("--language", default=None, help="language hint, e.g. en, ar")
    add.add_argument("--source", default=None, help="publisher name put on its articles")
    add.set_defaults(func=cmd_add)

    listing = sub.add_parser("list", help="every feed with its last status, last error, next poll")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(func=cmd_list)

    remove = sub.add_parser("remove", help="unregister feeds (by id or URL)")
    remove.add_argument("feeds", nargs="+", metavar="ID|URL")
    remove.set_defaults(func=cmd_remove)

    imp = sub.add_parser("import", help="register every feed in an OPML file")
    imp.add_argument("file", metavar="FILE.opml")
    imp.add_argument("--interval", type=float, default=None, help="seconds between polls")
    imp.set_defaults(func=cmd_import)

    poll = sub.add_parser("poll", help="poll due feeds once from this process")
    poll.add_argument("--all", action="store_true", help="every feed, due or not")
    poll.set_defaults(func=cmd_poll)
