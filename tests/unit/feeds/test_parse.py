"""Feed parsing, canonical URLs, near-duplicate signatures, OPML and the poll schedule: pure logic."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.feeds import neardup
from domain.feeds.canonical import canonical_url
from domain.feeds.models import feed_id_for
from domain.feeds.opml import parse_opml
from domain.feeds.parse import FeedParseError, html_to_text, parse_feed
from domain.feeds.schedule import next_poll_delay

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "feeds"
BASE = "http://feeds.test"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{{BASE}}", BASE).encode()


@pytest.mark.parametrize(
    ("name", "version", "title"),
    [
        ("rss20.xml", "rss20", "Harbour Gazette"),
        ("rss10.rdf", "rss10", "Valley Observer"),
        ("atom.xml", "atom10", "Mountain Courier"),
        ("feed.json", "json1.1", "River Town Daily"),
    ],
)
def test_every_format_gives_its_entries(name: str, version: str, title: str) -> None:
    parsed = parse_feed(fixture(name), None, f"{BASE}/{name}")
    assert parsed.format == version
    assert parsed.title == title
    assert len(parsed.entries) == 2
    for entry in parsed.entries:
        assert entry.title and entry.url and entry.url.startswith(BASE)
        assert entry.best_text
        assert entry.published_at is not None and entry.published_at.tzinfo is not None


def test_entry_fields_are_plain_text_with_dates() -> None:
    rss = parse_feed(fixture("rss20.xml")).entries
    assert rss[1].summary is not None and "<b>" not in rss[1].summary and "nine to two" in rss[1].summary
    assert rss[0].published_at == datetime(2024, 3, 4, 8, 15, tzinfo=UTC)
    assert rss[0].guid == "harbour-ferry-001"
    assert rss[0].language == "en-gb"
    atom = parse_feed(fixture("atom.xml")).entries
    assert atom[0].content is not None and "season passes" in atom[0].content
    assert atom[0].summary == "Resorts in the high valleys shut their lifts a fortnight early."
    items = parse_feed(fixture("feed.json")).entries
    assert items[0].author == "A. Writer"
    assert items[1].content is not None and items[1].content.startswith("The Saturday farmers market")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("bomb.xml", "entities"),
        ("not-a-feed.html", "HTML page"),
        ("broken.xml", "feed"),
    ],
)
def test_hostile_and_broken_documents_are_refused_with_a_reason(name: str, reason: str) -> None:
    with pytest.raises(FeedParseError, match=reason):
        parse_feed(fixture(name))


def test_entity_declarations_are_refused_in_utf16_too() -> None:
    document = (
        fixture("bomb.xml")
        .decode()
        .replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>')
    )
    with pytest.raises(FeedParseError, match="entities"):
        parse_feed(document.encode("utf-16"))


def test_a_public_doctype_without_internal_subset_is_fine() -> None:
    document = fixture("rss20.xml").replace(
        b"<rss ", b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">\n<rss ', 1
    )
    assert len(parse_feed(document).entries) == 2


def test_wrong_and_missing_charsets_still_parse() -> None:
    latin = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Café</title><item><title>Señal été</title>'
    )
    latin += "<link>http://x.test/1</link><description>Le café a rouvert près de la gare.</description>"
    latin += "</item></channel></rss>"
    parsed = parse_feed(latin.encode("latin-1"), "application/rss+xml; charset=utf-8")
    assert len(parsed.entries) == 1
    parsed = parse_feed(latin.encode("utf-8"), "text/xml; charset=iso-8859-1")
    assert len(parsed.entries) == 1


def test_json_that_is_not_a_json_feed() -> None:
    with pytest.raises(FeedParseError, match="not a JSON Feed"):
        parse_feed(json.dumps({"hello": "world"}).encode())
    with pytest.raises(FeedParseError, match="malformed JSON"):
        parse_feed(b'{"version": ')
    with pytest.raises(FeedParseError, match="empty"):
        parse_feed(b"  \n")


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    text = html_to_text("<p>One &amp; two</p><script>alert(1)</script><p>Three<br>four</p>")
    assert text == "One & two\nThree\nfour"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTPS://News.Example.COM:443/a/b?utm_source=x&id=7&fbclid=1#top",
            "https://news.example.com/a/b?id=7",
        ),
        ("http://news.example.com:80", "http://news.example.com/"),
        ("http://news.example.com:8080/x?b=2&a=1&gclid=9", "http://news.example.com:8080/x?a=1&b=2"),
        ("https://x.test/p?utm_campaign=a&UTM_MEDIUM=b&mc_cid=c", "https://x.test/p"),
        ("mailto:someone@example.com", "mailto:someone@example.com"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_feed_ids_follow_the_canonical_url() -> None:
    assert feed_id_for("https://x.test/rss?utm_source=a") == feed_id_for("HTTPS://X.test/rss")
    assert feed_id_for("https://x.test/rss") != feed_id_for("https://x.test/atom")


STORY = (
    "Several rockets were fired towards the embassy compound in the capital early on Friday, security "
    "officials said. Some landed near the main gate while others fell into the river. There were no "
    "casualties and the damage was limited to a perimeter wall, according to a statement released by the "
    "embassy, which blamed an armed group for the attack and called for an investigation."
)


def test_near_duplicates_score_high_and_different_stories_low() -> None:
    reworded = STORY.replace("Several", "A number of").replace(
        "early on Friday", "in the early hours of Friday"
    )
    other = (
        "The city council approved the budget for the new tram line on Tuesday after a long debate about "
        "the route through the old town, and construction is expected to begin next spring."
    )
    first, second, third = (neardup.signature(text) for text in (STORY, reworded, other))
    assert first and second and third
    assert neardup.similarity(first, first) == 1.0
    assert neardup.similarity(first, second) >= 0.6
    assert neardup.similarity(first, third) < 0.2
    assert set(neardup.band_keys(first)) & set(neardup.band_keys(second))
    assert neardup.unpack(neardup.pack(first)) == first
    assert neardup.signature("too short to compare") is None


def test_opml_lists_every_feed_once_with_its_name() -> None:
    feeds = parse_opml(fixture("subscriptions.opml"))
    assert [f.url for f in feeds] == [
        f"{BASE}/rss20.xml",
        f"{BASE}/rss10.rdf",
        f"{BASE}/atom.xml",
        f"{BASE}/feed.json",
    ]
    assert feeds[0].source == "Harbour Gazette"
    assert feeds[2].language == "en"
    with pytest.raises(FeedParseError):
        parse_opml(fixture("bomb.xml"))
    with pytest.raises(FeedParseError, match="not OPML"):
        parse_opml(fixture("rss20.xml"))


def test_backoff_doubles_with_jitter_caps_and_honours_retry_after() -> None:
    rng = random.Random(3)
    assert 54 <= next_poll_delay(60, 0, rng=rng) <= 66
    assert 108 <= next_poll_delay(60, 1, rng=rng) <= 132
    assert 432 <= next_poll_delay(60, 3, rng=rng) <= 528
    assert next_poll_delay(60, 40, max_backoff_s=3600, rng=rng) <= 3960
    assert next_poll_delay(60, 1, retry_after_s=900, rng=rng) == 900
