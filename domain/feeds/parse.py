"""Feed documents to entries: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed by hand.

The bytes come from strangers, so they are checked before any XML parser sees them: a DOCTYPE with an
internal subset (entity declarations: "billion laughs", external entities) is refused outright, and an
HTML page served where a feed should be is named as such rather than yielding zero entries silently.
Feedparser is lenient with everything else (wrong or missing charsets, unclosed tags): a document that
still yields entries is accepted, as real-world feeds are often slightly broken.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

MAX_ENTRIES = 500
"""Entries beyond this in one document are ignored: no news feed carries more, a hostile one might."""


class FeedParseError(ValueError):
    """The document is not a feed we can read (the message says why)."""


@dataclass(frozen=True)
class FeedEntry:
    guid: str | None
    url: str | None
    title: str | None
    summary: str | None
    content: str | None
    published_at: datetime | None
    language: str | None = None
    author: str | None = None

    @property
    def best_text(self) -> str:
        """The longer of the full content and the summary (some feeds put the whole story in either)."""
        candidates = [text for text in (self.content, self.summary) if text]
        return max(candidates, key=len, default="")


@dataclass(frozen=True)
class ParsedFeed:
    format: str  # rss20, rss10, atom10, json1, ...
    title: str | None
    language: str | None
    entries: list[FeedEntry]


_ENTITY_MARKERS = tuple("<!ENTITY".encode(codec) for codec in ("ascii", "utf-16-le", "utf-16-be"))
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S
)


def check_xml_safety(data: bytes) -> None:
    """Refuse entity declarations and internal DTD subsets: no feed needs them, and they are how
    entity-expansion bombs and external-entity reads are delivered."""
    for marker in _ENTITY_MARKERS:
        if marker in data:
            raise FeedParseError("refused: the document declares XML entities (possible entity bomb)")
    if _DOCTYPE.search(data[:65536]) or _DOCTYPE.search(data.replace(b"\x00", b"")[:65536]):
        raise FeedParseError("refused: the document has an internal DTD subset")


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


_BLOCK_TAGS = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr|p|div|li|h[1-6])\b[^>]*>", re.I)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str | None) -> str | None:
    """Plain text of an HTML fragment (a summary or content:encoded), paragraphs kept as lines."""
    if not fragment:
        return None
    text = _SCRIPT.sub(" ", fragment)
    text = _BLOCK_TAGS.sub("\n", text)
    text = html.unescape(_TAG.sub(" ", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    joined = _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()
    return joined or None


def _struct_to_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in value[:6])
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def parse_datetime(value: Any) -> datetime | None:
    """ISO 8601 (JSON Feed, Atom) or RFC 822 (RSS); naive times are taken as UTC; junk gives None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _clean(value: Any, limit: int = 4_000) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value[:limit] or None


def parse_json_feed(data: bytes) -> ParsedFeed:
    """JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FeedParseError(f"malformed JSON Feed: {error}") from error
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise FeedParseError("JSON document is not a JSON Feed (no jsonfeed.org version)")
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedParseError("JSON Feed has no items list")
    language = _clean(document.get("language"), 16)
    entries = []
    for item in items[:MAX_ENTRIES]:
        if not isinstance(item, dict):
            continue
        content = _clean(item.get("content_text"), 400_000) or html_to_text(
            _clean(item.get("content_html"), 400_000)
        )
        authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
        author = next((_clean(a.get("name")) for a in authors if isinstance(a, dict)), None)
        entries.append(
            FeedEntry(
                guid=_clean(str(item["id"])) if item.get("id") is not None else None,
                url=_clean(item.get("url")) or _clean(item.get("external_url")),
                title=_clean(item.get("title"), 2_000),
                summary=html_to_text(_clean(item.get("summary"), 100_000)),
                content=content,
                published_at=parse_datetime(item.get("date_published"))
                or parse_datetime(item.get("date_modified")),
                language=_clean(item.get("language"), 16) or language,
                author=author,
            )
        )
    return ParsedFeed(
        "json" + str(document["version"]).rsplit("/", 1)[-1], _clean(document.get("title")), language, entries
    )


def _entry_from_feedparser(entry: Any, language: str | None) -> FeedEntry:
    contents = entry.get("content") or []
    content_html = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = entry.get("summary") or entry.get("description")
    published = _struct_to_datetime(entry.get("published_parsed")) or _struct_to_datetime(
        entry.get("updated_parsed")
    )
    summary_detail = entry.get("summary_detail") or {}
    return FeedEntry(
        guid=_clean(entry.get("id")),
        url=_clean(entry.get("link")),
        title=html_to_text(_clean(entry.get("title"), 2_000)),
        summary=html_to_text(summary),
        content=html_to_text(content_html),
        published_at=published,
        language=_clean(summary_detail.get("language"), 16) or language,
        author=_clean(entry.get("author")),
    )


def parse_feed(data: bytes, content_type: str | None = None, url: str | None = None) -> ParsedFeed:
    """Parse a feed document of any supported format, or raise FeedParseError with the reason."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise FeedParseError("empty response")
    if stripped[:1] in (b"{", b"[") or "json" in (content_type or "").lower():
        return parse_json_feed(stripped)
    if looks_like_html(stripped):
        raise FeedParseError("an HTML page, not a feed")
    check_xml_safety(data)
    headers = {"content-type": content_type or "application/xml"}
    if url:
        headers["content-location"] = url
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    version = parsed.get("version") or ""
    if not version:
        problem = parsed.get("bozo_exception")
        reason = f"{type(problem).__name__}: {problem}" if problem else "no RSS, Atom or JSON Feed root"
        raise FeedParseError(f"not a feed: {reason}"[:500])
    feed = parsed.get("feed") or {}
    language = _clean(feed.get("language"), 16)
    entries = [_entry_from_feedparser(entry, language) for entry in parsed.entries[:MAX_ENTRIES]]
    entries = [entry for entry in entries if entry.url or entry.best_text]  # the loose parser's debris
    if parsed.get("bozo") and not entries:
        problem = parsed.get("bozo_exception")
        raise FeedParseError(f"malformed feed: {type(problem).__name__}: {problem}"[:500])
    return ParsedFeed(version, _clean(feed.get("title")), language, entries)
