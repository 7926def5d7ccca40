"""The classifier pipeline: a document goes through stages; each may set or refine the record.

The rule stage stands alone. A later ML stage (e.g. a fine-tuned multilingual encoder) can be
appended behind the same `Stage` protocol and see the rule stage's record and evidence, so it can
override labels where it is confident without the callers changing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from domain.text import sentence_spans
from schemas.incident import IncidentRecord


@dataclass
class Document:
    """An article after cleaning and language identification (what every stage sees)."""

    id: str
    text: str  # cleaned title + "\n" + cleaned body; evidence sentence indexes refer to this text
    title_present: bool
    language: str
    language_confidence: float
    body_start: int = 0  # offset of the body in `text` (for the dateline)
    extra: dict[str, object] = field(default_factory=dict)
    known_spans: list[tuple[int, int]] | None = None  # `spans`, once split (or given)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Sentence offsets in `text`, split on first use: an article with no incident term is
        classified without them (most news), so the split is not paid up front."""
        if self.known_spans is None:
            self.known_spans = sentence_spans(self.text)
        return self.known_spans


class Stage(Protocol):
    """One step of classification. `record` is the previous stage's output (None for the first)."""

    name: str

    def run(self, document: Document, record: IncidentRecord | None) -> IncidentRecord: ...
