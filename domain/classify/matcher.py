"""Many-term matcher: every lexicon term of a language compiled into ONE trie-shaped regex.

Python's `re` tries alternatives one by one, so a flat alternation of ~1,500 terms would be slow;
a trie shares prefixes, so most text positions fail at the first character. One pass over the
text yields every term hit with its categories, which keeps the classifier well under 1 ms.

Term syntax (what linguists write in the TOML files):
  * `word`      whole word
  * `stem*`     word starting with `stem` (inflections: "kill*" = killed, killing …)
  * `two words` words separated by any whitespace or hyphen
  * `=ABBR`     case-sensitive (e.g. "=AS" for Amerika Serikat, not Indonesian "as")
Every term starts with a letter or digit (a term that does not is refused when the lexicon loads).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from typing import NamedTuple

import re2

_WILD = "\x00"
_BLOCKER = "blocker:terms"
_GAP = "\x01"

# One-to-one character folds (offsets must not move): Arabic letter variants, Arabic-Indic digits,
# Russian ё, typographic apostrophes and hyphens.
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ـ": " ",
        "ё": "е",
        "Ё": "Е",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "٬": ",",
        "٫": ".",
    }
)


_FOLD_CHARS: dict[str, str] = {chr(code): str(value) for code, value in _FOLD.items()}
_FOLD_CHARS["İ"] = "I"
_FOLD_PAIRS = tuple(_FOLD_CHARS.items())


def fold(text: str) -> str:
    """Lower-case and fold `text` without changing its length (offsets stay valid).

    Each fold character that occurs is replaced with `str.replace` (a presence test per character is
    a fast C scan): ~13 µs per 2 KB of Latin or Cyrillic text and ~20 µs of Arabic, against ~30 and
    ~90 µs for `re.sub` with a callback per folded character and ~200 µs for `str.translate`. The
    result is the same because every fold maps one character to one character."""
    if text.isascii():  # (a flag lookup) no fold applies but the backtick's, and case maps 1:1
        return (text.replace("`", "'") if "`" in text else text).lower()
    for char, replacement in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    lowered = text.lower()
    if len(lowered) != len(text):  # rare multi-char lowercase mappings
        lowered = "".join(ch.lower()[0] if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lowered


def wildcard_pattern(key: str) -> re.Pattern[str]:
    """The regex a normalised wildcard term ("kill*", "mark* * years") fullmatches a normalised text
    with: `*` is the rest of a word, a space any run of blanks."""
    return re.compile("".join(r"\w*" if c == "*" else r"\s+" if c == " " else re.escape(c) for c in key))


def normalise_term(term: str) -> str:
    """Canonical key of a term or of matched text: folded, hyphens/whitespace collapsed to one space."""
    return " ".join(fold(term).replace("-", " ").split())


class Hit(NamedTuple):
    """One term occurrence (a named tuple: ~130 are built per article, a frozen dataclass costs
    three times as much to construct)."""

    start: int
    end: int
    categories: tuple[str, ...]
    text: str


_new_hit = partial(tuple.__new__, Hit)  # `Hit(*fields)` without the named tuple's Python-level __new__
_DEPENDS_ON_CASE: tuple[str, ...] = ("(categories depend on the written case)",)
_WORD_CHARACTER = re.compile(r"\w")


@dataclass
class _Term:
    key: str
    case_sensitive: str | None
    categories: list[str] = field(default_factory=list)


class TermMatcher:
    """Compiled term set: `scan(text)` yields non-overlapping leftmost-longest hits."""

    def __init__(self, terms: Iterable[tuple[str, str]], prefix: str = "", watch: str = "") -> None:
        """`watch`: a category prefix (e.g. "incident:") for `may_match_watched`."""
        by_key: dict[str, _Term] = {}
        for raw, category in terms:
            raw = raw.strip()
            if not raw:
                continue
            case_sensitive = None
            if raw.startswith("="):
                raw = raw[1:]
                case_sensitive = raw
            key = normalise_term(raw)
            if not key or key == "*":
                continue
            if not _WORD_CHARACTER.match(key):
                raise ValueError(f"a term must start with a letter or digit: {raw!r}")
            entry = by_key.setdefault(key, _Term(key, case_sensitive))
            if category not in entry.categories:
                entry.categories.append(category)
        # matched text → its categories, or `_DEPENDS_ON_CASE` when a case-sensitive term makes the
        # written form matter
        self._cache: dict[str, tuple[str, ...]] = {}
        self._cased_cache: dict[tuple[str, str], tuple[str, ...]] = {}
        self._exact: dict[str, _Term] = {}
        self._wild: dict[str, list[tuple[re.Pattern[str], _Term]]] = {}
        trie: dict[str, dict] = {}
        watched: dict[str, dict] = {}
        for key, entry in by_key.items():
            encoded = key.replace("*", _WILD).replace(" ", _GAP)
            node = trie
            for ch in encoded:
                node = node.setdefault(ch, {})
            node[""] = {}
            if watch and any(c.startswith(watch) for c in entry.categories):
                node = watched
                for ch in encoded:
                    node = node.setdefault(ch, {})
                node[""] = {}
            if "*" in key:
                self._wild.setdefault(key[:2], []).append((wildcard_pattern(key), entry))
            else:
                self._exact[key] = entry
        for candidates in self._wild.values():
            candidates.sort(key=lambda item: len(item[1].key), reverse=True)
        body = _trie_regex(trie) if trie else r"(?!x)x"
        # `\W` opens the pattern (instead of a `(?<!\w)` look-behind) so that `re` can skip every
        # word character in C and only tries the trie where a word starts; `scan` prepends a space so
        # a term can start the text. Same hits, ~3x faster on 2 KB of prose.
        self._pattern = re.compile(rf"(\W{prefix})({body})")
        if self._pattern.groups != 2:
            raise ValueError(f"the clitic prefix must not capture: {prefix!r}")
        # The same trie over the watched terms only, with the same clitic prefix, as an RE2 gate
        # (see `_gate_regex`). A hit of `scan` whose categories include a watched one was matched at
        # some position by a text that a watched term (exact or wildcard) fullmatches once
        # normalised; that term's branch is in this trie, so the search (every branch at every
        # position) matches there too. Case is ignored here (case-sensitive terms are included as
        # folded), so this finds a superset: no match proves that `scan` yields no watched category.
        self._watched = _compile_gate(prefix, watched) if watched else None
        self._case_sensitive = any(entry.case_sensitive is not None for entry in by_key.values())

    def may_match_watched(self, folded: str) -> bool:
        """False only when `scan(folded, …)` cannot yield a hit with a watched category: one RE2 (DFA)
        search over a much smaller trie, no per-hit Python work. Four articles in five stop here."""
        return self._watched is not None and self._watched.search(folded) is not None

    def scan(self, folded: str, original: str) -> list[Hit]:
        """Hits in `folded` (see `fold`); `original` is used for case-sensitive terms and evidence.

        Hits are non-overlapping, leftmost-longest, each starting where no word character precedes
        it. The text is cut with `re.split` on the term pattern, whose two groups (the opening
        non-word character with any clitic, and the term) come back between the pieces of text;
        every offset is then a running sum of the pieces' lengths (`accumulate`), and the hits are
        built with `map` over those lists — no match object and no Python statement per hit, which
        made ~40 % of the old per-article matcher time (~130 hits in a 2 KB incident report).

        Every term starts with a word character (checked when built) and ends where no word character
        follows, so a hit never touches the next one and `split`'s non-overlapping matches are
        exactly the hits.
        """
        padded = " " + folded
        pieces = self._pattern.split(padded)
        if len(pieces) == 1:
            return []
        terms = pieces[2::3]
        categories: list[tuple[str, ...] | None] = list(map(self._cache.get, terms))
        if None in categories:
            categories = [
                found if found is not None else self._remember(term)
                for found, term in zip(categories, terms, strict=True)
            ]
        # offsets in `original`: the pad cancels the -1 the running sum starts from
        offsets = list(accumulate(map(len, pieces), initial=-1))
        starts, ends = offsets[2::3], offsets[3::3]
        written = list(map(original.__getitem__, map(slice, starts, ends)))
        if _DEPENDS_ON_CASE in categories:  # a case-sensitive candidate: depends on how it is written
            categories = [
                self._cased(term, text) if found is _DEPENDS_ON_CASE else found
                for found, term, text in zip(categories, terms, written, strict=True)
            ]
        hits = list(map(_new_hit, zip(starts, ends, categories, written, strict=True)))
        if () in categories:
            return [hit for hit in hits if hit.categories]
        return hits

    def _cased(self, matched: str, written: str) -> tuple[str, ...]:
        """Categories of a matched text that a case-sensitive term could be (memoised per written form)."""
        key = (matched, written)
        categories = self._cased_cache.get(key)
        if categories is None:
            categories = self._categories(matched, written) or ()
            if len(self._cased_cache) > 100_000:
                self._cased_cache.clear()
            self._cased_cache[key] = categories
        return categories

    def _remember(self, matched: str) -> tuple[str, ...]:
        """Memo entry of a matched text: its categories, or `_DEPENDS_ON_CASE`."""
        cache = self._cache
        if len(cache) > 100_000:
            cache.clear()
        found = self._categories(matched, None)
        known = cache[matched] = _DEPENDS_ON_CASE if found is None else found
        return known

    def _categories(self, matched: str, written: str | None) -> tuple[str, ...] | None:
        """`_lookup` for a matched text; None when the answer depends on the written form and
        `written` was not given."""
        if written is None and self._case_sensitive and self._needs_written(matched):
            return None
        return self._lookup(matched, written or "")

    def _needs_written(self, matched: str) -> bool:
        key = " ".join(matched.replace("-", " ").split())
        entry = self._exact.get(key)
        if entry is not None and entry.case_sensitive is not None:
            return True
        return any(
            candidate.case_sensitive is not None and rx.fullmatch(key)
            for rx, candidate in self._wild.get(key[:2], ())
        )

    def _lookup(self, matched: str, original: str) -> tuple[str, ...]:
        """Categories of every term (exact and wildcard) that the matched text satisfies."""
        key = " ".join(matched.replace("-", " ").split())
        found: list[str] = []
        entry = self._exact.get(key)
        if entry is not None and (entry.case_sensitive is None or original == entry.case_sensitive):
            found.extend(entry.categories)
        for rx, candidate in self._wild.get(key[:2], ()):
            if rx.fullmatch(key) and (
                candidate.case_sensitive is None or original == candidate.case_sensitive
            ):
                found.extend(c for c in candidate.categories if c not in found)
        if _BLOCKER in found:
            # a blocker consumes its words even when an attack or target term matches the same text
            # ("bombshell" is also "bomb*", "Polizeisprecher" also "polizei*"): a figure of speech or a
            # speaker, not an incident or its target
            return tuple(c for c in found if not c.startswith(("incident:", "target:")))
        return tuple(found)


def _trie_regex(node: dict[str, dict]) -> str:
    """Regex for a trie node: longer continuations first, then "end here" (greedy, longest match)."""
    ends = "" in node
    branches: list[str] = []
    # A phrase continuation ("bomb threat") is tried before a wildcard one ("bomb*"): the wildcard
    # matches just the word when a space follows, and `re` keeps the first alternative that
    # succeeds, so it would shadow every longer phrase sharing its stem.
    for ch in sorted((c for c in node if c), key=lambda c: (c in (_WILD, _GAP), c == _WILD, c)):
        child = node[ch]
        if ch == _WILD:
            tail = _trie_regex(child)
            branches.append(r"\w*" + (tail if tail else ""))
        elif ch == _GAP:
            branches.append(r"[\s\-]+" + _trie_regex(child))
        else:
            branches.append(re.escape(ch) + _trie_regex(child))
    if not branches:
        return r"(?!\w)" if ends else ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{inner}|(?!\\w))"
    return inner


# Characters that are certainly word characters (`\w` in `re`) in folded text: ASCII letters, digits
# and "_", the Latin-1 and Latin Extended-A/B letters, Cyrillic, Arabic letters and digits. Every other
# character may open a word in the gate — a superset of `re`'s word starts, which is all the gate
# needs; small ranges keep the DFA small (RE2's `\pL` classes made it run out of memory).
GATE_WORD_RANGES = (
    "a-z0-9_\\x{00C0}-\\x{00D6}\\x{00D8}-\\x{00F6}\\x{00F8}-\\x{024F}\\x{0400}-\\x{045F}"
    "\\x{0621}-\\x{063A}\\x{0641}-\\x{064A}\\x{0660}-\\x{0669}\\x{0671}-\\x{06D3}"
)
# every character `re`'s `[\s\-]` matches (RE2's `\s` is ASCII only)
_GATE_GAP = r"[\s\pZ\x0b\x1c-\x1f\x85\-]+"


def _gate_regex(node: dict[str, dict]) -> str:
    r"""RE2 pattern for a trie node that matches wherever `_trie_regex(node)` matches, and maybe more.

    Why RE2: `re` tries the trie at every word start of the text (~90 µs per 2 KB article, the
    largest cost of an article that is not an incident report); RE2 runs it as one DFA pass (~14 µs).
    RE2 has no look-ahead, so each construct is replaced by one that accepts at least as much: a node
    where a term ends, look-ahead `(?!\w)` and all, by the empty pattern (the term's text already
    makes a candidate), a wildcard with nothing after it likewise, an inner wildcard `\w*` by `\S*`."""
    if "" in node:
        return ""
    branches: list[str] = []
    for ch in sorted(c for c in node if c):
        child = node[ch]
        if ch == _WILD:
            tail = _gate_regex(child)
            if not tail:
                return ""
            branches.append(r"\S*" + tail)
        elif ch == _GAP:
            branches.append(_GATE_GAP + _gate_regex(child))
        else:
            branches.append(re.escape(ch) + _gate_regex(child))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _compile_gate(prefix: str, watched: dict[str, dict]) -> re2._Regexp:
    """The gate: a word start (the text's start or a non-word character), the clitic prefix, the
    watched trie. A larger memory budget than RE2's default keeps the DFA from falling back to the
    slow NFA on long texts."""
    options = re2.Options()
    options.max_mem = 64 << 20
    return re2.compile(f"(?:^|[^{GATE_WORD_RANGES}]){prefix}(?:{_gate_regex(watched)})", options)
