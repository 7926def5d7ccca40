"""Reading articles from files for `newsalert ingest` and `newsalert classify`: JSONL, or .txt files."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class InputRecord:
    where: str  # "file:line", for error messages
    data: dict[str, Any] | None
    error: str | None = None


def _jsonl(lines: Iterator[str], name: str) -> Iterator[InputRecord]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputRecord(where, None, f"malformed JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(data, dict):
            yield InputRecord(where, None, f"an article is a JSON object, not {type(data).__name__}")
            continue
        yield InputRecord(where, data)


def read_articles(paths: list[str]) -> Iterator[InputRecord]:
    """Yield each article, or the reason it could not be read, in input order. '-' is standard input."""
    for path in paths or ["-"]:
        if path == "-":
            stdin = sys.stdin.buffer.read().decode("utf-8", errors="replace")
            if stdin.lstrip().startswith("{"):
                yield from _jsonl(iter(stdin.splitlines()), "<stdin>")
            elif stdin.strip():
                yield InputRecord("<stdin>", {"body": stdin})
            continue
        file = Path(path)
        try:
            raw = file.read_bytes()
        except OSError as error:
            yield InputRecord(path, None, f"cannot read: {error.strerror}")
            continue
        text = raw.decode("utf-8", errors="replace")
        if file.suffix.lower() == ".txt":
            yield InputRecord(path, {"body": text})
        else:
            yield from _jsonl(iter(text.splitlines()), path)
