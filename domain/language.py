"""Language identification with pycld2 (C++, ~0.14 ms on 2 KB), trusting a producer's hint when plausible."""

from __future__ import annotations

import pycld2

SUPPORTED: frozenset[str] = frozenset({"en", "id", "ar", "fr", "es", "ru", "de", "tr"})
# cld2 confuses close relatives; a hint naming the relative is trusted, and Malay text that cld2
# reports as "ms" is usually Indonesian news in our feeds.
_RELATIVES: dict[str, str] = {"ms": "id", "jw": "id", "az": "tr", "uk": "ru", "be": "ru", "ca": "es"}
# Close relatives that decide nothing alone but let a producer's hint stand: cld2 reads a short
# Russian flash as Serbian or Bulgarian ("Боевики напали на посольство в Мали." → "sr", 98 %), while
# unhinted Serbian or Bulgarian text stays what cld2 says (and unsupported); a short Spanish flash with
# a few place names reads as Galician.
_HINT_RELATIVES: dict[str, str] = {"sr": "ru", "bg": "ru", "mk": "ru", "gl": "es"}
_NORMALISE_HINT: dict[str, str] = {"in": "id", "iw": "he", "ind": "id", "ara": "ar", "eng": "en"}
# A hint is first checked against the article's lead only: cld2's time grows with the text (~40 µs
# for 300 characters, ~55 µs for 500, ~80 µs for 1,000, ~140 µs for 2,000), and a lead that reliably
# reads as the hinted language settles it. Anything else (no hint, a short or mixed lead, a
# disagreeing lead) reads 4,000. A 300-character lead confirms the hint on 97.7% of the 2,061 dev and
# held-out articles (a 500-character one 79%: a flash no longer than the lead always takes the long
# read); the rest pay for the long read, which decides the same — no record of ~28,000 (dev,
# held-out and variants) changes between 300 and 500.
HINT_CHECK_CHARS = 300
SAMPLE_CHARS = 4000


def _hinted_as(code: str) -> str:
    """The supported language a detected code stands for when checking a producer's hint (itself,
    or the language it is a close relative of)."""
    return _RELATIVES.get(code, _HINT_RELATIVES.get(code, code))


def _hint_code(hint: str | None) -> str | None:
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    return _NORMALISE_HINT.get(code, code) or None


def detect_language(text: str, hint: str | None = None) -> tuple[str, float]:
    """Return (ISO 639-1 code, confidence 0..1).

    The hint (an article's `language` field) wins when detection is unreliable or when the hint is
    among cld2's candidates; otherwise the detected language wins, since feeds mislabel articles.
    """
    hinted = _hint_code(hint)
    if hinted and len(text) > HINT_CHECK_CHARS:
        confirmed = _confirm_hint(text[:HINT_CHECK_CHARS], hinted)
        if confirmed is not None:
            return hinted, confirmed
    sample = text[:SAMPLE_CHARS]
    found = _detect(sample)
    if found is None:
        return (hinted or "und", 0.3 if hinted else 0.0)
    reliable, candidates = found
    if not candidates:
        return (hinted or "und", 0.5 if hinted else 0.0)
    code, percent = candidates[0]
    code = _RELATIVES.get(code, code) if code not in SUPPORTED else code
    confidence = min(1.0, percent / 100.0) * (1.0 if reliable else 0.6)
    if hinted:
        codes = {_hinted_as(c) for c, _ in candidates}
        if hinted == code or hinted in codes or not reliable or confidence < 0.5:
            return hinted, max(confidence, 0.6 if hinted in codes else 0.5)
    return code, confidence


def _detect(sample: str) -> tuple[bool, list[tuple[str, int]]] | None:
    """cld2's (reliable, [(language code, percent), …] without "un"), retried without unprintable
    characters; None when it cannot read the sample."""
    try:
        reliable, _, details = pycld2.detect(sample, bestEffort=True)
    except pycld2.error:
        cleaned = "".join(ch for ch in sample if ch.isprintable() or ch.isspace())
        try:
            reliable, _, details = pycld2.detect(cleaned, bestEffort=True)
        except pycld2.error:
            return None
    return reliable, [(code, percent) for _, code, percent, _ in details if code != "un"]


def _confirm_hint(lead: str, hinted: str) -> float | None:
    """The confidence with which the lead reads as the hinted language, when it reliably does
    (its top language, or a close relative of it); None when the whole sample must decide."""
    found = _detect(lead)
    if found is None or not found[0] or not found[1]:
        return None
    candidates = found[1]
    code, percent = candidates[0]
    if _hinted_as(code) != hinted and code != hinted:
        return None
    return max(min(1.0, percent / 100.0), 0.6)
