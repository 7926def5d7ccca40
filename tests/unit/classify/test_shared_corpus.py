"""Dev-corpus regression check: runs only where the shared corpus sits next to the repo (../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from domain.classify import get_classifier

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "dev.jsonl"
SEVERITY = ["low", "medium", "high", "critical"]


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus/dev.jsonl not present")
def test_dev_corpus_meets_targets() -> None:
    classifier = get_classifier()
    tp = fp = fn = 0
    type_hits: list[bool] = []
    severity_hits: list[bool] = []
    country_hits: list[bool] = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        want = row.pop("expected")
        got = classifier.classify(row)
        tp += want["alert"] and got.alert
        fp += (not want["alert"]) and got.alert
        fn += want["alert"] and not got.alert
        type_hits.append(got.incident_type == want["incident_type"])
        severity_hits.append(abs(SEVERITY.index(got.severity) - SEVERITY.index(want["severity"])) <= 1)
        if want.get("country_code"):
            country_hits.append((got.location.country_code or "").upper() == want["country_code"].upper())
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= 0.95
    assert sum(type_hits) / len(type_hits) >= 0.90
    assert sum(severity_hits) / len(severity_hits) >= 0.95
    assert sum(country_hits) / len(country_hits) >= 0.95
