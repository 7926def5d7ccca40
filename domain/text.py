"""Text clean-up shared by the normalizer and the classifier.

Boilerplate (related-article teasers, share/subscribe prompts, bylines, photo captions, and the news
briefs under an "EN BREF" / "Kurz gemeldet" header) is removed because it talks about *other* stories:
a "Read also: bomb kills four" line must never become this article's incident or casualty count. The
markers are data (the `[boilerplate]` sections of `domain/classify/lexicons/*.toml`) so a linguist can
add one without touching code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick
import re2

import domain

# Found from the package, not from this module's `__file__`: a compiled build of this module lives
# in `.native/` (see `domain.native`), the package and its data files do not.
LEXICON_DIR = Path(domain.__file__).parent / "classify" / "lexicons"

# Zero-width characters, soft hyphens and the Arabic short-vowel marks (tashkeel: fatha, shadda,
# sukun …), which are combining marks that would split a word ("عمّان") into two tokens.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad" + "".join(map(chr, range(0x064B, 0x0660)))
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS), None)
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_SPACE_CHARS = " \t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_OTHER_SPACES = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(rf"[{_SPACE_CHARS}]+")
# Only the runs that actually change: two or more blanks, or one blank that is not a plain space.
# Rewriting every single space (as `_SPACES.sub` does) costs ~0.1 ms per 2 KB article; starting the
# pattern with a character class also lets `re` skip non-blank characters in C.
_SPACE_RUNS = re.compile(
    rf"[{_SPACE_CHARS}](?:(?<= )[{_SPACE_CHARS}]+|(?<=[{_OTHER_SPACES}])[{_SPACE_CHARS}]*)"
)
# Any blank other than a plain space: with none of these and no "  ", `_SPACE_RUNS` changes nothing,
# and this class-only pattern is skipped through in C far faster than `_SPACE_RUNS` stops at every space.
_ODD_BLANK = re.compile(f"[{_OTHER_SPACES}]")
_BLANKS = re.compile(r"\n{2,}")
_UNUSUAL = re.compile(f"[{_INVISIBLE_CHARS}{_OTHER_SPACES}]")


# Characters that `re.IGNORECASE` matches with a letter other than their `str.lower()`: Turkish
# dotted/dotless i, the long s, old Cyrillic letter forms, the Greek final sigma. Needles and texts
# are compared after mapping these (and the combining dot that `"İ".lower()` leaves) so that a
# needle is found wherever the case-insensitive marker pattern can match ("AYRICA OKUYUN:").
_CASE_TWINS = (
    ("ı", "i"),
    ("ſ", "s"),
    ("\u0307", ""),
    ("ᲀ", "в"),
    ("ᲁ", "д"),
    ("ᲂ", "о"),
    ("ᲃ", "с"),
    ("ᲄ", "т"),
    ("ᲅ", "т"),
    ("ς", "σ"),
)
_TWINS_OF: dict[str, str] = {}  # letter → its case twins ("i" → "ı")
for _twin, _letter in _CASE_TWINS:
    _TWINS_OF[_letter] = _TWINS_OF.get(_letter, "") + _twin
_HAS_CASE_TWIN = re.compile("[" + "".join(twin for twin, _ in _CASE_TWINS) + "]")


def _needle_form(text: str) -> str:
    """`text` lower-cased as the needles are (see `_CASE_TWINS`; `str.replace` per twin present,
    since `str.translate` costs ~70 µs on 2 KB of non-ASCII text)."""
    lowered = text.lower()
    if _HAS_CASE_TWIN.search(lowered):
        for twin, letter in _CASE_TWINS:
            if twin in lowered:
                lowered = lowered.replace(twin, letter)
    return lowered


@dataclass(frozen=True)
class _Boilerplate:
    """The compiled boilerplate data: markers by needle, the line patterns, the needle automaton."""

    markers: dict[str, frozenset[str]]  # needle (see `_needle_form`) → the markers it stands for
    line: re.Pattern[str] | None
    # a line that is only a news-in-brief header ("EN BREF", "Kurz gemeldet"): the rest is other news
    tail: re.Pattern[str] | None
    needles: ahocorasick.Automaton
    any_needle: re2._Regexp  # matches where some needle occurs


_TAIL_HEADER_MAX = 40  # longer lines are prose, never a bare section header


@lru_cache(maxsize=1)
def _boilerplate() -> _Boilerplate:
    """Every language's markers and line patterns (markers are language-specific strings, but an
    article may carry a teaser in any language, so all are checked)."""
    markers: set[str] = set()
    lines: list[str] = []
    tails: set[str] = set()
    paths = sorted(LEXICON_DIR.glob("*.toml"))
    if not paths:
        raise FileNotFoundError(f"no lexicons in {LEXICON_DIR}")
    for path in paths:
        with path.open("rb") as handle:
            section = tomllib.load(handle).get("boilerplate", {})
        markers.update(section.get("markers", []))
        lines.extend(section.get("line_patterns", []))
        tails.update(section.get("tail_headers", []))
    by_needle: dict[str, set[str]] = {}
    for marker in markers:
        by_needle.setdefault(" ".join(_needle_form(marker).split()), set()).add(marker)
    line = re.compile("|".join(f"(?:{p})" for p in lines), re.IGNORECASE) if lines else None
    # One Aho-Corasick pass finds which of the ~80 needles occur (instead of ~80 substring searches).
    needles = ahocorasick.Automaton()
    for needle in sorted(by_needle):
        needles.add_word(needle, needle)
    needles.make_automaton()
    # Most articles carry no marker at all: one RE2 (DFA) search of the merely lower-cased text says
    # so in ~10 µs, where `_needle_form` and listing the needles with the automaton cost ~70 µs per
    # 2 KB whether or not it finds any.
    any_needle = re2.compile("|".join(map(_loose_needle, sorted(by_needle))) or "[^\\x00-\\x{10FFFF}]")
    headers = "|".join(r"\s+".join(map(re.escape, h.split())) for h in sorted(tails))
    # the header alone ("EN BREF", "— Kurz gemeldet —"), or a few words and the header and a colon
    # ("Haiti'den diğer gelişmeler:", "Gün içindeki diğer gelişmeler:")
    tail = (
        re.compile(rf"[\W_]*(?:{headers})[\W_]*|[^\n]{{1,30}}\s(?:{headers})\s*:", re.IGNORECASE)
        if tails
        else None
    )
    return _Boilerplate({k: frozenset(v) for k, v in by_needle.items()}, line, tail, needles, any_needle)


@lru_cache(maxsize=512)
def _marker_pattern(needles: tuple[str, ...]) -> re.Pattern[str]:
    """The marker pattern for the markers behind `needles` (those found in the line).

    The pattern with all ~80 markers costs ~60 µs per line (IGNORECASE alternatives tried at every
    position); restricted to the markers whose needle the line contains, it finds the same cut: the
    leftmost match of the full pattern is made by some marker, whose needle the line then contains."""
    data = _boilerplate()
    markers = {m for needle in needles for m in data.markers[needle]}

    def alternation(items: set[str]) -> str:
        escaped = sorted((r"[ \t]+".join(map(re.escape, m.split())) for m in items), key=len, reverse=True)
        return "|".join(escaped) or r"(?!x)x"

    multiword = {m for m in markers if len(m.split()) > 1}
    # A marker followed by a colon/dash cuts the line from the marker on, wherever it sits, even glued
    # ("…end. BACA JUGA:Other story"); a multi-word marker at the start of a line cuts it without a
    # colon ("Lea también Otra noticia"). "Read more about it" in running text survives.
    delimiter = r"[ \t]*(?::|：|-|—|–|»|>|\|)"
    return re.compile(
        rf"(?:^|(?<=[.!?…»”\"')\]]))[ \t]*(?:{alternation(markers)}){delimiter}.*$"
        rf"|(?<=[\W\d])[ \t]*(?:{alternation(multiword)}){delimiter}.*$"
        rf"|^[ \t]*(?:{alternation(multiword)})(?!\w).*$",
        re.IGNORECASE | re.MULTILINE,
    )


def clean_text(text: str) -> str:
    """Return `text` without boilerplate lines and with normalised whitespace (one line per paragraph).

    Blank runs are collapsed on the whole text at once (they never cross a newline), and the marker
    needles are first looked up in the whole lower-cased text: most articles carry none, so the
    per-line checks are skipped. Both give exactly the per-line result, only faster.
    """
    if not text:
        return ""
    data = _boilerplate()
    line_pattern = data.line
    tail_pattern = data.tail
    ascii_only = text.isascii()  # a flag lookup: then no invisible, odd blank or case twin but a tab
    # one search (~13 µs per 2 KB) usually rules out both invisible characters and odd blanks
    unusual = not ascii_only and _UNUSUAL.search(text) is not None
    if unusual and _HAS_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or ("\t" in text if ascii_only else unusual and _ODD_BLANK.search(text)):
        text = _SPACE_RUNS.sub(" ", text)
    present = _present_needles(text, ascii_only, data)
    kept: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            kept.append("")
            continue
        if line_pattern is not None and len(line) <= 320 and line_pattern.fullmatch(line):
            continue
        if tail_pattern is not None and len(line) <= _TAIL_HEADER_MAX and tail_pattern.fullmatch(line):
            break  # "EN BREF": the briefs below are other stories, as a "read also" line is
        if present:
            lowered = _needle_form(line)
            in_line = tuple(needle for needle in present if needle in lowered)
            if in_line:
                line = _marker_pattern(in_line).sub("", line).strip()
        if line:
            kept.append(line)
    joined = "\n".join(kept)
    if "\n\n\n" in joined:  # `_BLANKS` only changes runs of three or more
        joined = _BLANKS.sub("\n\n", joined)
    return joined.strip()


def _present_needles(text: str, ascii_only: bool, data: _Boilerplate) -> tuple[str, ...]:
    """The marker needles found anywhere in the text (in `_needle_form`): only these can be in
    one of its lines."""
    lowered = text.lower()
    if len(data.needles) == 0 or data.any_needle.search(lowered) is None:
        return ()  # (an automaton without keys cannot be iterated)
    needle_form = lowered if ascii_only else _needle_form(text)
    return tuple(sorted({needle for _, needle in data.needles.iter(needle_form)}))


def _loose_needle(needle: str) -> str:
    """RE2 pattern for a needle as it may appear in `str.lower()` text, before `_needle_form` maps
    the case twins: each letter or one of its twins ("ı" for "i"), each followed by any combining
    dots ("İ".lower() is "i" + U+0307) — it matches wherever the needle occurs in `_needle_form`."""
    parts = []
    for char in needle:
        alternatives = char + _TWINS_OF.get(char, "")
        parts.append(
            (f"[{re.escape(alternatives)}]" if len(alternatives) > 1 else re.escape(char)) + "\\x{0307}*"
        )
    return "".join(parts)


# Tokens ending in a dot that do not end a sentence: initials ("V."), dotted abbreviations ("U.S."),
# and a short list of titles and months common in news copy.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "prof",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nr",
        "vs",
        "etc",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "approx",
        "dept",
        "gov",
        "sen",
        "rep",
        "hon",
        "mt",
        "ft",
        "av",
        "bd",
        "ul",
        "str",
        "pt",
        "hz",
        "ee",  # Spanish "EE. UU." (the United States)
        "uu",
        "sra",  # Spanish "Sra.", "Avda."
        "srta",
        "avda",
        "jl",  # Indonesian addresses and regions: "Jl. Sudirman, Kab. Bogor, Prov. Jawa Barat"
        "kab",
        "kec",
        "kel",
        "prov",
        "mah",  # Turkish addresses: "Mah.", "Sok.", "Cad.", "Bul."
        "sok",
        "cad",
        "bul",
        "ул",  # Russian addresses: "ул. Ленина", "пр. Мира"
        "пр",
        "blvd",
    ]
)
_END_CHARS = ".!?؟…"
# A boundary is sentence punctuation (+ closing quotes) + blanks, or a run of newlines. The match
# starts AT the punctuation (the cut is one character later) so the pattern opens with a character
# class and `re` skips the other characters in C instead of trying a look-behind at each of them.
_BOUNDARY = re.compile(rf"[{_END_CHARS}\n](?:(?<=\n)\n*|(?<=[{_END_CHARS}])[\"'”»)]*\s+)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; lines are always sentence boundaries."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start()
        if text[cut] != "\n":
            cut += 1  # the punctuation stays with its sentence
            if "\n" not in match.group() and not _is_sentence_end(text, cut, match.end()):
                continue
        _add_span(spans, text, start, cut)
        start = match.end()
    _add_span(spans, text, start, len(text))
    return spans


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append text[start:end] without its surrounding blanks, unless it is blank (`str.strip`
    strips exactly the `isspace` characters, in C)."""
    piece = text[start:end]
    stripped = piece.lstrip()
    if stripped:
        start += len(piece) - len(stripped)
        spans.append((start, start + len(stripped.rstrip())))


# month names after a day written as an ordinal ("31. Mai", "3. März"): the dot ends no sentence
_ORDINAL_MONTH = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)


def _is_sentence_end(text: str, cut: int, next_start: int) -> bool:
    """False for a dot that belongs to an abbreviation or is followed by a lower-case word."""
    following = text[next_start : next_start + 1]
    if following and following.islower():
        return False
    back = cut
    while back > 0 and text[back - 1] in "\"'”»)":
        back -= 1
    if back == 0 or text[back - 1] != ".":
        return True
    word_start = back - 1
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    token = text[word_start : back - 1].strip("(\"'“«")
    if not token:
        return True
    if "." in token or (len(token) == 1 and token.isalpha()):
        return False  # U.S. / a.m. / initials
    if token.isdigit() and len(token) <= 2 and _ORDINAL_MONTH.match(text, next_start):
        return False  # a German ordinal date: "Am 31. Mai 2017 explodierte …"
    return token.lower() not in _ABBREVIATIONS


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` (already cleaned), in order."""
    return [text[start:end] for start, end in sentence_spans(text)]
