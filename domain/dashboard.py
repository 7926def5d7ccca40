"""Pure helpers of the operations-room dashboard: evidence highlighting, consumer lag, delivery rates.

Kept free of Redis and Kafka so the figures an operator acts on can be tested exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.text import clean_text, sentence_spans
from schemas.incident import Evidence


@dataclass(frozen=True)
class Segment:
    """A piece of an article's text: a stretch between sentences, a sentence, or evidence inside one."""

    text: str
    sentence: int | None = None  # index of the sentence it belongs to (None between sentences)
    fields: tuple[str, ...] = ()  # evidence fields this sentence supports (set on sentence pieces)
    mark: str | None = None  # the evidence field this exact piece is the trigger of

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "sentence": self.sentence, "fields": list(self.fields), "mark": self.mark}


def classified_text(title: str | None, body: str) -> str:
    """The text the classifier saw, rebuilt the same way (`Classifier.prepare`): evidence sentence
    indexes count sentences of exactly this text, so highlighting must split the same string."""
    clean_title = clean_text(title or "")
    clean_body = clean_text(body)
    return f"{clean_title}\n{clean_body}" if clean_title else clean_body


def _marks(sentence: str, items: list[Evidence]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, field) of each evidence text found in its sentence (case-blind)."""
    lowered = sentence.casefold()
    found: list[tuple[int, int, str]] = []
    for item in items:
        needle = item.text.casefold().strip()
        at = lowered.find(needle) if needle else -1
        if at < 0 or len(lowered) != len(sentence):  # casefold changed lengths: offsets unreliable
            continue
        end = at + len(needle)
        if all(end <= start or at >= stop for start, stop, _ in found):
            found.append((at, end, item.field))
    return sorted(found)


def evidence_segments(title: str | None, body: str, evidence: Iterable[Evidence]) -> list[Segment]:
    """Split the classified text into segments that cover it whole, in order, so a page can show the
    original text with every evidence sentence (and the words that triggered it) highlighted."""
    text = classified_text(title, body)
    by_sentence: dict[int, list[Evidence]] = {}
    for item in evidence:
        by_sentence.setdefault(item.sentence, []).append(item)
    segments: list[Segment] = []
    cursor = 0
    for index, (start, end) in enumerate(sentence_spans(text)):
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        sentence = text[start:end]
        items = by_sentence.get(index, [])
        fields = tuple(dict.fromkeys(item.field for item in items))
        position = 0
        for mark_start, mark_end, field in _marks(sentence, items):
            if mark_start > position:
                segments.append(Segment(sentence[position:mark_start], index, fields))
            segments.append(Segment(sentence[mark_start:mark_end], index, fields, field))
            position = mark_end
        if position < len(sentence) or not sentence:
            segments.append(Segment(sentence[position:], index, fields))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments


def consumer_lag(end_offsets: Mapping[int, int], committed: Mapping[int, int]) -> int:
    """Records of one topic the group has yet to process: end offset minus committed, per partition.

    A partition with no committed offset counts from `committed`'s default of 0; the caller passes the
    log-start offset for those, so a stage that never started shows its whole backlog, not a false zero.
    """
    return sum(max(0, end - committed.get(partition, 0)) for partition, end in end_offsets.items())


def success_rate(outcomes: Iterable[tuple[datetime, str]], since: datetime) -> tuple[float | None, int]:
    """Share of finished webhook attempts since `since` that were delivered, and how many counted.

    `retrying` attempts are failures that will be retried: they count, because an endpoint failing every
    first attempt is something the room should see. None when nothing was attempted in the window.
    """
    counted = delivered = 0
    for at, outcome in outcomes:
        if at < since:
            continue
        counted += 1
        delivered += outcome == "delivered"
    return (delivered / counted if counted else None), counted
