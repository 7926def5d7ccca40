"""Near-duplicate detection: MinHash over word shingles, with locality-sensitive banding.

A syndicated copy keeps most of the original's word sequences even when the headline and a few words
change, so the Jaccard similarity of their 3-word shingle sets stays high. MinHash estimates that
similarity from 64 numbers per article; cutting the signature into 16 bands of 4 lets an index find
candidates with one lookup per band (an article with similarity 0.8 shares a band with probability
> 0.999, one with 0.3 with probability ~0.12), and the candidates are then confirmed on the full
signature. The Redis-backed index lives in streams/feeds/dedup.py; this module is pure.
"""

from __future__ import annotations

import hashlib
import random
import re
import struct
import unicodedata
from collections.abc import Sequence

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 3
MIN_SHINGLES = 8
"""Texts shorter than this have too few shingles for the estimate to mean anything: not indexed."""
DEFAULT_THRESHOLD = 0.6

_PRIME = (1 << 61) - 1
_MAX = (1 << 64) - 1
_rng = random.Random(0x5EED)  # fixed: signatures must be comparable across processes and restarts
_PERMS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(NUM_PERM)]
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    tokens = words(text)
    if len(tokens) < size:
        return set()
    out = set()
    for i in range(len(tokens) - size + 1):
        digest = hashlib.blake2b(" ".join(tokens[i : i + size]).encode(), digest_size=8).digest()
        out.add(int.from_bytes(digest, "little") % _PRIME)
    return out


def signature(text: str) -> tuple[int, ...] | None:
    """The MinHash signature of a text, or None when it is too short to compare."""
    values = shingles(text)
    if len(values) < MIN_SHINGLES:
        return None
    return tuple(min((a * x + b) % _PRIME for x in values) for a, b in _PERMS)


def similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    if len(first) != len(second) or not first:
        return 0.0
    return sum(1 for a, b in zip(first, second, strict=True) if a == b) / len(first)


def band_keys(sig: Sequence[int]) -> list[str]:
    """One short key per band: two signatures sharing a key are candidates."""
    keys = []
    for band in range(BANDS):
        chunk = struct.pack(f"<{ROWS}Q", *sig[band * ROWS : (band + 1) * ROWS])
        keys.append(f"{band}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def pack(sig: Sequence[int]) -> bytes:
    return struct.pack(f"<{NUM_PERM}Q", *sig)


def unpack(data: bytes) -> tuple[int, ...] | None:
    if len(data) != NUM_PERM * 8:
        return None
    return struct.unpack(f"<{NUM_PERM}Q", data)
