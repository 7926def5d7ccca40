"""Multilingual incident classifier: article → `IncidentRecord` (what, to whom, where, how bad).

    from domain.classify import classify_article, get_classifier
    record = classify_article({"id": "a1", "title": "...", "body": "..."})

The knowledge lives in `lexicons/*.toml` (one file per language plus `common.toml`), compiled once
per process; `Classifier` is immutable after start-up and therefore safe to share between threads.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Any

from domain.classify.gazetteer import get_gazetteer
from domain.classify.lexicon import LexiconStore
from domain.classify.rules import RuleStage
from domain.classify.stage import Document, Stage
from domain.language import detect_language
from domain.text import clean_text
from schemas.article import ArticleIn, stable_article_id
from schemas.incident import IncidentRecord

__all__ = ["Classifier", "Document", "Stage", "classify_article", "get_classifier"]


class Classifier:
    """Loads lexicons and the gazetteer once; `classify` is pure CPU work and re-entrant."""

    def __init__(self, stages: Sequence[Stage] | None = None, *, warm: bool = False) -> None:
        """The gazetteer loads here (cached index, ~0.2 s); a language's lexicon compiles on its first
        article (~0.2 s each) unless `warm=True`, which keeps CLI start-up short."""
        self.lexicons = LexiconStore()
        gazetteer = get_gazetteer()
        self.stages: list[Stage] = list(stages) if stages else [RuleStage(self.lexicons, gazetteer)]
        if warm:
            self.warm()

    def warm(self) -> None:
        """Compile every language's lexicon now (long-running services call this once)."""
        self.lexicons.warm()

    def prepare(self, article: Mapping[str, Any] | ArticleIn) -> Document:
        """Clean the text and identify the language (sentences are split on first use)."""
        data: Mapping[str, Any] = article.model_dump() if isinstance(article, ArticleIn) else article
        title = clean_text(str(data.get("title") or ""))
        body = clean_text(str(data.get("body") or ""))
        text = f"{title}\n{body}" if title else body
        body_start = len(title) + 1 if title else 0
        article_id = str(data.get("id") or stable_article_id(data.get("url"), str(data.get("body") or "")))
        hint = data.get("language")
        language, confidence = detect_language(text, hint if isinstance(hint, str) else None)
        published = str(data.get("published_at") or "")[:4]
        return Document(
            extra={"year": int(published)} if published.isdigit() else {},
            id=article_id,
            text=text,
            title_present=bool(title),
            language=language,
            language_confidence=confidence,
            body_start=body_start,
        )

    def classify(self, article: Mapping[str, Any] | ArticleIn) -> IncidentRecord:
        document = self.prepare(article)
        record: IncidentRecord | None = None
        for stage in self.stages:
            record = stage.run(document, record)
        assert record is not None
        return record


_lock = threading.Lock()
_classifier: Classifier | None = None


def get_classifier() -> Classifier:
    """The process-wide classifier (built on first use)."""
    global _classifier
    if _classifier is None:
        with _lock:
            if _classifier is None:
                _classifier = Classifier()
    return _classifier


def classify_article(article: Mapping[str, Any] | ArticleIn) -> IncidentRecord:
    """Classify one article (title + body; the text is cleaned here)."""
    return get_classifier().classify(article)
