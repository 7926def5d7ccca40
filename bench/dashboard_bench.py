"""The operations-room dashboard with 1,000 incidents loaded, measured in headless Chromium.

    .venv/bin/python bench/dashboard_bench.py [--incidents 1000] [--updates 20]

Starts the API (a real process, own topic prefix), writes N incidents and their events straight into
Redis as the correlator would (IncidentStore.save + publish), opens /dashboard with Playwright on Debian's
/usr/bin/chromium, and prints: first contentful paint, time until every card and marker is drawn, the
live-update latency (event appended to the Redis stream -> its card in the DOM, measured on one clock),
a filter change, opening an incident, and whether /metrics carries the panel's figures.
Needs Kafka and Redis (`newsalert services up`).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from playwright.sync_api import sync_playwright

from schemas.article import CleanArticle
from schemas.event import Incident, IncidentEvent, SourceRef
from schemas.incident import Casualties, Evidence, Facility, IncidentRecord, Location
from streams import services, store
from streams.settings import get_settings
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.pipeline import Pipeline

PLACES = [
    ("IQ", "Iraq", "Baghdad", 33.31, 44.36),
    ("AF", "Afghanistan", "Kabul", 34.53, 69.17),
    ("SY", "Syria", "Damascus", 33.51, 36.29),
    ("LB", "Lebanon", "Beirut", 33.89, 35.50),
    ("LY", "Libya", "Tripoli", 32.89, 13.19),
    ("YE", "Yemen", "Sanaa", 15.37, 44.19),
    ("UA", "Ukraine", "Kyiv", 50.45, 30.52),
    ("SD", "Sudan", "Khartoum", 15.50, 32.56),
    ("ML", "Mali", "Bamako", 12.64, -8.00),
    ("PK", "Pakistan", "Islamabad", 33.68, 73.05),
]
TYPES = ["rocket_attack", "airstrike", "bombing", "armed_assault", "storming", "arson"]
SEVERITIES = ["low", "medium", "high", "critical"]


def make_event(index: int, rng: random.Random, now: datetime) -> IncidentEvent:
    code, country, city, lat, lon = rng.choice(PLACES)
    kind = rng.choice(TYPES)
    severity = rng.choice(SEVERITIES)
    at = now - timedelta(seconds=rng.randint(0, 48 * 3600))
    article_id = f"bench-{index}"
    body = (
        f"{city} - Attackers carried out a {kind.replace('_', ' ')} on the embassy on Friday. "
        f"Officials said {index % 7} people were killed. Investigations continue."
    )
    location = Location(country_code=code, country=country, city=city, lat=lat + rng.uniform(-2, 2), lon=lon)
    casualties = Casualties(killed=index % 7, injured=None)
    record = IncidentRecord(
        id=article_id,
        language="en",
        incident_type=kind,  # type: ignore[arg-type]
        target_type="diplomatic",
        severity=severity,  # type: ignore[arg-type]
        alert=True,
        location=location,
        casualties=casualties,
        facility=Facility(kind="embassy", of="US"),
        evidence=[Evidence(field="target_type", text="embassy", sentence=0)],
    )
    incident = Incident(
        incident_id=Incident.make_id(article_id),
        place_key=f"{code}:{city}",
        incident_type=kind,  # type: ignore[arg-type]
        target_type="diplomatic",
        severity=severity,  # type: ignore[arg-type]
        alert=True,
        location=location,
        casualties=casualties,
        facility=Facility(kind="embassy", of="US"),
        first_seen=at,
        last_seen=at,
        sources=[SourceRef(article_id=article_id, language="en", at=at, severity=severity)],  # type: ignore[arg-type]
        languages=["en"],
    )
    article = CleanArticle(
        id=article_id, title=f"Attack in {city}", body=body, language="en", published_at=at
    )
    return IncidentEvent(
        event_id=IncidentEvent.make_id(incident.incident_id, article_id),
        type="incident.opened",
        incident=incident,
        record=record,
        article=article,
        at=at,
    )


async def seed(prefix: str, events: list[IncidentEvent]) -> list[float]:
    """Save and publish the events; returns the wall-clock time each was appended to the stream."""
    redis = store.connect(get_settings().redis_url)
    incidents = store.IncidentStore(redis, prefix)
    stamps = []
    for event in events:
        await incidents.save(event.incident, event.article.id, event)
        await incidents.publish(event)
        stamps.append(time.time() * 1000)
        if len(events) < 100:
            await asyncio.sleep(0.05)  # live updates: one at a time, as a busy news day would bring them
    await redis.aclose()
    return stamps


async def cleanup(prefix: str) -> None:
    redis = store.connect(get_settings().redis_url)
    keys = [key async for key in redis.scan_iter(match=f"{prefix}:*", count=1000)]
    for start in range(0, len(keys), 500):
        await redis.delete(*keys[start : start + 500])
    await redis.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--updates", type=int, default=20)
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("needs /usr/bin/chromium (apt-get install -y chromium)")
    services.up(get_settings())
    rng = random.Random(6)
    now = datetime.now(UTC)
    pipeline = Pipeline()
    rows: list[tuple[str, str]] = []
    try:
        pipeline.start_api()
        loaded = [make_event(i, rng, now) for i in range(args.incidents)]
        started = time.perf_counter()
        asyncio.run(seed(pipeline.prefix, loaded))
        rows.append((f"seed {args.incidents} incidents into Redis", f"{time.perf_counter() - started:.2f} s"))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            page = browser.new_page(viewport={"width": 1920, "height": 1080})
            page.goto(f"{pipeline.base}/dashboard?limit={args.incidents + args.updates}")
            page.wait_for_function("window.__dashboardReady !== undefined", timeout=60_000)
            fcp = page.evaluate(
                "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null"
            )
            ready = page.evaluate("window.__dashboardReady")
            cards = page.locator("#feed .card").count()
            markers = page.locator("#markers circle").count()
            rows.append(("first contentful paint", f"{fcp:.0f} ms"))
            rows.append((f"all {cards} cards + {markers} markers drawn", f"{ready:.0f} ms after navigation"))
            page.wait_for_selector("#live.on")
            page.evaluate(
                """() => { window.__seen = {};
                new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes)
                  if (n.dataset?.incidentId) window.__seen[n.dataset.incidentId] ??= Date.now(); })
                .observe(document.getElementById('feed'), { childList: true }); }"""
            )
            updates = [make_event(args.incidents + i, rng, datetime.now(UTC)) for i in range(args.updates)]
            for event in updates:
                event.incident.severity = "critical"
            with ThreadPoolExecutor(1) as pool:  # sync Playwright owns this thread's event loop
                stamps = pool.submit(asyncio.run, seed(pipeline.prefix, updates)).result()
            ids = [event.incident.incident_id for event in updates]
            page.wait_for_function("(ids) => ids.every((id) => window.__seen[id])", arg=ids, timeout=30_000)
            seen = page.evaluate("window.__seen")
            latencies = [seen[i] - stamp for i, stamp in zip(ids, stamps, strict=True)]
            rows.append(
                (
                    f"live update, stream -> card ({args.updates} events)",
                    f"median {statistics.median(latencies):.0f} ms, max {max(latencies):.0f} ms",
                )
            )
            took = page.evaluate(
                """() => { const t = performance.now(); const s = document.getElementById('f-severity');
                s.value = 'critical'; s.dispatchEvent(new Event('change')); return performance.now() - t; }"""
            )
            shown = page.locator("#feed .card").count()
            rows.append((f"filter severity=critical ({shown} shown), re-render", f"{took:.0f} ms"))
            started = time.perf_counter()
            page.locator("#feed .card").first.click()
            page.locator("#detail .ev-sentence").first.wait_for()
            rows.append(
                (
                    "open an incident (click -> evidence shown)",
                    f"{(time.perf_counter() - started) * 1000:.0f} ms",
                )
            )
            browser.close()
        metrics = httpx.get(f"{pipeline.base}/metrics", timeout=20).text
        wanted = [
            "newsalert_articles_per_minute",
            "newsalert_alerts_per_minute",
            "newsalert_consumer_lag",
            "newsalert_dead_letters",
            "newsalert_kafka_up",
            "newsalert_redis_up",
        ]
        missing = [name for name in wanted if name not in metrics]
        rows.append(("/metrics carries the panel's figures", "yes" if not missing else f"missing {missing}"))
    finally:
        pipeline.stop()
        asyncio.run(cleanup(pipeline.prefix))
    width = max(len(name) for name, _ in rows)
    print(f"\n{'dashboard, ' + str(args.incidents) + ' incidents':<{width}} | result")
    print(f"{'-' * width}-|-{'-' * 32}")
    for name, value in rows:
        print(f"{name:<{width}} | {value}")


if __name__ == "__main__":
    main()
