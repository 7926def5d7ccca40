"""Managing the feed registry the two ways operators do: the REST API (OPML import, list, remove) and the
`newsalert feeds` CLI straight against Redis — both on the real API process and Redis, and each seeing
what the other wrote."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx

from tests.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
FEED_BASE = "http://127.0.0.1:9"  # nothing is fetched here: only the registry is exercised


def _opml(extra: str = "") -> bytes:
    text = (FIXTURES / "subscriptions.opml").read_text(encoding="utf-8").replace("{{BASE}}", FEED_BASE)
    return text.replace("</body>", f"{extra}</body>").encode()


def _cli(pipeline: Pipeline, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", "feeds", *args],
        env=pipeline.env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_opml_import_over_rest_then_the_cli_lists_and_removes(pipeline: Pipeline) -> None:
    pipeline.start_api()
    url = f"{pipeline.base}/feeds/import"
    refused_line = '<outline type="rss" text="Not a web feed" xmlUrl="ftp://files.example/feed.xml"/>'

    assert httpx.post(url, content=_opml(), timeout=15).status_code == 401  # needs an API key
    first = httpx.post(url, content=_opml(refused_line), headers=pipeline.headers, timeout=15)
    assert first.status_code == 200, first.text
    result = first.json()
    assert sorted(f["url"].rsplit("/", 1)[1] for f in result["added"]) == [
        "atom.xml",
        "feed.json",
        "rss10.rdf",
        "rss20.xml",
    ]  # the duplicate entry is one feed
    assert result["updated"] == []
    assert [r["url"] for r in result["refused"]] == ["ftp://files.example/feed.xml"]
    assert "url" in result["refused"][0]["error"]

    again = httpx.post(url, content=_opml(), headers=pipeline.headers, timeout=15).json()
    assert again["added"] == [] and len(again["updated"]) == 4  # importing twice changes nothing

    bad = httpx.post(url, content=b"<rss><channel/></rss>", headers=pipeline.headers, timeout=15)
    assert bad.status_code == 422 and "OPML" in bad.text
    huge = httpx.post(url, content=b"<opml>" + b" " * 2_100_000, headers=pipeline.headers, timeout=30)
    assert huge.status_code == 413

    listed = httpx.get(f"{pipeline.base}/feeds", headers=pipeline.headers, timeout=15).json()
    assert listed["total"] == 4
    by_name = {f["url"].rsplit("/", 1)[1]: f for f in listed["items"]}
    assert by_name["atom.xml"]["language"] == "en"

    # the CLI reads the same registry from Redis
    shown = _cli(pipeline, "list", "--json")
    assert shown.returncode == 0, shown.stderr
    rows = [json.loads(line) for line in shown.stdout.splitlines() if line.strip()]
    assert sorted(r["url"] for r in rows) == sorted(f["url"] for f in listed["items"])

    removed = _cli(pipeline, "remove", by_name["feed.json"]["id"], f"{FEED_BASE}/rss10.rdf")
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.count("removed") == 2
    added = _cli(pipeline, "add", f"{FEED_BASE}/extra.xml", "--interval", "120", "--language", "fr")
    assert added.returncode == 0 and "added" in added.stdout, added.stderr
    refused = _cli(pipeline, "add", "ftp://files.example/feed.xml")
    assert refused.returncode != 0 and "refused" in refused.stderr

    after = httpx.get(f"{pipeline.base}/feeds", headers=pipeline.headers, timeout=15).json()
    names = sorted(f["url"].rsplit("/", 1)[1] for f in after["items"])
    assert names == ["atom.xml", "extra.xml", "rss20.xml"]
    extra = next(f for f in after["items"] if f["url"].endswith("/extra.xml"))
    assert extra["interval_s"] == 120 and extra["language"] == "fr"
