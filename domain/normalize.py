"""The normalize stage's pure part: clean the text, identify the language, fingerprint for dedup."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from domain.language import detect_language
from domain.text import clean_text
from schemas.article import CleanArticle, RawArticle

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def fingerprint(text: str) -> str:
    """Same fingerprint for the same words, whatever the spacing, case, punctuation or Unicode form."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha256(_NON_WORD.sub(" ", folded).strip().encode()).hexdigest()[:32]


def normalize_article(raw: RawArticle) -> CleanArticle:
    body = clean_text(raw.body)
    title = clean_text(raw.title) if raw.title else None
    language, confidence = detect_language(f"{title or ''}\n{body}", hint=raw.language)
    return CleanArticle(
        id=raw.id,
        title=title,
        body=body,
        url=raw.url,
        source=raw.source,
        published_at=raw.published_at,
        received_at=raw.received_at,
        language=language,
        language_confidence=confidence,
    )
