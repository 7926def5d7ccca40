"""OPML subscription lists (what feed readers export) to feeds to register."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from domain.feeds.models import FeedIn
from domain.feeds.parse import FeedParseError, check_xml_safety


def parse_opml(data: bytes) -> list[FeedIn]:
    """Every `<outline xmlUrl=…>` at any depth; its `text`/`title` becomes the source name. Entity
    declarations are refused like in feeds (an OPML file is often downloaded from somewhere)."""
    check_xml_safety(data)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise FeedParseError(f"malformed OPML: {error}") from error
    if root.tag.lower() != "opml":
        raise FeedParseError(f"not OPML: the root element is <{root.tag}>")
    feeds: list[FeedIn] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        name = (outline.get("title") or outline.get("text") or "").strip() or None
        language = (outline.get("language") or "").strip() or None
        feeds.append(FeedIn(url=url, source=name, language=language))
    return feeds
