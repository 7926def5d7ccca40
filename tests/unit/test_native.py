"""The compiled (mypyc) build of the classifier: used only while it matches the source, and it gives
the same records as the pure-Python modules."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from domain import native
from domain.classify import get_classifier
from domain.native import _CompiledFinder, build_matches, classifier_build, source_digests

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT = ROOT / "tests" / "unit" / "classify" / "heldout.jsonl"


def _project(tmp_path: Path) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "hot.py").write_text("def f() -> int:\n    return 1\n", encoding="utf-8")
    stamp = tmp_path / "stamp.json"
    stamp.write_text(json.dumps({"sources": source_digests(tmp_path, ["pkg/hot.py"])}), encoding="utf-8")
    return stamp


def test_a_build_made_from_the_current_sources_is_used(tmp_path: Path) -> None:
    assert build_matches(_project(tmp_path), tmp_path, ["pkg/hot.py"])


def test_an_edited_source_makes_the_build_stale(tmp_path: Path) -> None:
    stamp = _project(tmp_path)
    (tmp_path / "pkg" / "hot.py").write_text("def f() -> int:\n    return 2\n", encoding="utf-8")
    assert not build_matches(stamp, tmp_path, ["pkg/hot.py"])


def test_a_missing_or_damaged_stamp_means_no_build(tmp_path: Path) -> None:
    stamp = _project(tmp_path)
    stamp.write_text("{not json", encoding="utf-8")
    assert not build_matches(stamp, tmp_path, ["pkg/hot.py"])
    stamp.unlink()
    assert not build_matches(stamp, tmp_path, ["pkg/hot.py"])


def test_a_source_added_to_the_compiled_list_makes_the_build_stale(tmp_path: Path) -> None:
    stamp = _project(tmp_path)
    (tmp_path / "pkg" / "other.py").write_text("X = 1\n", encoding="utf-8")
    assert not build_matches(stamp, tmp_path, ["pkg/hot.py", "pkg/other.py"])


def test_the_finder_serves_only_the_compiled_modules_present_in_the_build(tmp_path: Path) -> None:
    directory = tmp_path / "pkg"
    directory.mkdir()
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (directory / f"hot{suffix}").write_bytes(b"")
    finder = _CompiledFinder(tmp_path, ["pkg.hot", "pkg.cold"])
    spec = finder.find_spec("pkg.hot", None)
    assert spec is not None and spec.origin == str(directory / f"hot{suffix}")
    assert finder.find_spec("pkg.cold", None) is None  # listed, but not built
    assert finder.find_spec("pkg.other", None) is None  # never compiled
    assert finder.find_spec("pkg.hot__mypyc", None) is None  # its runtime library is missing


def test_the_build_in_use_is_reported() -> None:
    expected = "compiled (mypyc)" if native.compiled_build_current() else "pure Python"
    assert classifier_build() == expected


_PURE_RUN = """
import json, sys
from domain.classify import get_classifier
from domain.native import classifier_build
print(classifier_build())
classifier = get_classifier()
for line in sys.stdin:
    print(classifier.classify(json.loads(line)).model_dump_json())
"""


@pytest.mark.skipif(not native.compiled_build_current(), reason="no current compiled build (./dev install)")
def test_the_compiled_build_gives_the_records_of_the_pure_python_modules() -> None:
    lines = HELD_OUT.read_text(encoding="utf-8").splitlines()[::8]  # every language and theme
    environment = dict(os.environ, **{native.PURE_PYTHON_VARIABLE: "1"})
    pure = subprocess.run(
        [sys.executable, "-c", _PURE_RUN],
        input="\n".join(lines),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        check=True,
    ).stdout.splitlines()
    assert pure[0] == "pure Python" and classifier_build() == "compiled (mypyc)"
    classifier = get_classifier()
    compiled = [classifier.classify(json.loads(line)).model_dump_json() for line in lines]
    assert len(pure) - 1 == len(compiled) > 1000
    assert pure[1:] == compiled
