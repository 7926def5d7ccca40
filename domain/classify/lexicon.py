"""Per-language lexicons: TOML data (written by linguists) compiled once into a `TermMatcher`.

Each `lexicons/<lang>.toml` holds that language's vocabulary; `common.toml` holds what does not
depend on language (actors, type priorities, severity knobs). Country names come from babel's
territory names in the language (plus English), so they need no hand list; the TOML adds only
abbreviations ("AS", "EE. UU.") and demonyms ("американск*"), which babel does not provide.
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from domain.classify.gazetteer import place_key
from domain.classify.matcher import TermMatcher, fold, normalise_term, wildcard_pattern
from domain.classify.skeleton import SkeletonRules
from domain.text import LEXICON_DIR

_REGION_CODE = re.compile(r"^[A-Z]{2}$")
_NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK", "AQ", "BV", "HM", "CP", "DG", "EA", "IC", "TA"}
)


@dataclass
class Lexicon:
    code: str
    matcher: TermMatcher
    numbers: dict[str, int]
    config: dict[str, Any]
    strip_suffixes: tuple[str, ...] = ()
    add_endings: tuple[str, ...] = ("",)
    clitics: tuple[str, ...] = ()
    # `[morphology] adjective_endings`: a capitalised word with one of these endings right before
    # another capitalised word is an adjective of a multi-word name ("в Горном Бадахшане", Gorno-
    # Badakhshan), not a town its stem happens to name (Горн, Hoorn)
    adjective_endings: tuple[str, ...] = ()
    stop_names: frozenset[str] = field(default_factory=frozenset)
    owner_direction: str = "after"
    # `[places] elsewhere_side`: "after" where the language names the city before the cue (Turkish)
    elsewhere_side: str = "before"
    # `[meta] casualty_max_gap`: how far (in characters, punctuation and conjunctions counting extra)
    # a count may sit from its casualty word; verb-final clauses put the participle far from it
    casualty_max_gap: float = 80.0
    # `[meta] one_after_is_article`: "one" written as a word after a casualty word is an article, not
    # a count (Turkish "Yaralı sayısına ilişkin bir açıklama": counts come before their noun)
    one_after_is_article: bool = False
    # `[meta] partitives`: the words between a count and a casualty word that make the count a part
    # of those victims ("two of the wounded died": "two" does not count the wounded)
    partitives: frozenset[str] = field(default_factory=frozenset)
    # `[meta] range_openers`: the word before the first of two counts that makes them a range
    # ("between six and eight"): the upper end is the count, not the sum
    range_opener: re.Pattern[str] | None = None
    # `[meta] revision_openers` and `revision_joiners`: the word before the first of two counts and
    # the word between them that make the second a revised figure ("revised from three to two dead"):
    # the second is the count, not the larger one
    revision_opener: re.Pattern[str] | None = None
    revision_joiners: frozenset[str] = field(default_factory=frozenset)
    # `[meta] none_of`: the words before a count that make it the people spared ("Ninguno de los 11
    # funcionarios sufrió heridas", "none of the 40 staff was hurt"): no victim count
    none_of: re.Pattern[str] | None = None
    # `[meta] commentary_labels`: a title (or first body line) opening with one of them and a colon,
    # bar or dash ("Editorial:", "ANALİZ |", "رأي |") is an opinion or analysis piece, no news report
    commentary_label: re.Pattern[str] | None = None
    # `[morphology.transliteration]`: letter → Latin letters, to find towns GeoNames names only in Latin
    transliteration: dict[str, str] = field(default_factory=dict)
    # `[morphology.skeleton]`: consonant classes to find a town GeoNames names only in Latin letters
    # by its consonants (Arabic: "كيسمايو" is Kismayo)
    skeleton: SkeletonRules | None = None
    # `[meta] location_suffixes`: word endings that make a place a location, not an owner
    # (Turkish "Irak'ın Musul kentindeki Başkonsolosluk": the consulate IN Mosul, Iraq)
    location_suffixes: tuple[str, ...] = ()
    # `[places] locative_suffixes`: case endings after an apostrophe that name a place as where
    # something happened (Turkish "Celalabad'da"), for languages that put no preposition before it
    locative_suffixes: frozenset[str] = field(default_factory=frozenset)
    sentence_weights: tuple[float, ...] = (3.0, 2.5, 1.5, 1.2)
    # `[casualties.zero_patterns]`: (fields a match sets to zero, regex over folded text)
    zero_patterns: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = ()
    # `[casualties.one_patterns]`: (field, regex over folded text) for one victim written without a
    # count in constructions a term list cannot hold ("Der Fahrer wurde … leicht verletzt")
    one_patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()


def _skeleton_rules(table: dict[str, Any] | None) -> SkeletonRules | None:
    if not table:
        return None
    return SkeletonRules(
        letters={str(k): str(v) for k, v in table.get("letters", {}).items()},
        latin={str(k): str(v) for k, v in table.get("latin", {}).items()},
        articles=tuple(str(a) for a in table.get("articles", [])),
    )


_ZERO_FIELDS = {"killed": ("killed",), "injured": ("injured",), "both": ("killed", "injured")}


def _load_toml(name: str) -> dict[str, Any]:
    path = LEXICON_DIR / f"{name}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)


def available_languages() -> list[str]:
    return sorted(p.stem for p in LEXICON_DIR.glob("*.toml") if p.stem != "common")


def _country_names(code: str, style: str) -> list[tuple[str, str]]:
    """(term, category) for every country name babel knows in `code` and in English."""
    from babel import Locale

    out: list[tuple[str, str]] = []
    for locale_code in {code, "en"}:
        try:
            territories = Locale.parse(locale_code).territories
        except Exception:  # babel without this locale: English names still apply
            continue
        for region, name in territories.items():
            if not _REGION_CODE.match(region) or region in _NOT_COUNTRIES:
                continue
            name = re.sub(r"\s*\(.*?\)", "", name).replace("*", "").strip()
            if len(name) < 3:
                continue
            term = name
            if locale_code == code and style == "stem":
                term = " ".join(_stem_word(word) for word in name.split())
            elif locale_code == code and style == "wild":
                term = name + "*"
            out.append((term, f"cty:{region}"))
    return out


_ADJECTIVE_ENDINGS = frozenset({"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"})


def _stem_word(word: str) -> str:
    """A word of a country name with its case endings left open ("stem" style, Russian): a final
    vowel or soft sign gives way to any ending (Украина → Украин*: Украины, Украине), an adjective's
    two-letter ending too (Южный → Южн*: Южного), a consonant takes one after it (Бенин → Бенин*:
    Бенина; Южный Судан → Южн* Судан*: Южного Судана). Short words stay exact (Чад, Мали)."""
    if len(word) > 4 and word[-2:] in _ADJECTIVE_ENDINGS:
        return word[:-2] + "*"
    if len(word) > 4 and word[-1] in "аяьйоеиыaeiou":
        return word[:-1] + "*"
    if len(word) > 3 and word[-1].isalpha():
        return word + "*"
    return word


def _walk(prefix: str, node: Any, out: list[tuple[str, str]]) -> None:
    """Flatten nested TOML tables of term lists into (term, "a:b:c") pairs."""
    if isinstance(node, dict):
        for key, value in node.items():
            _walk(f"{prefix}:{key}" if prefix else key, value, out)
    elif isinstance(node, list):
        out.extend((str(term), prefix) for term in node if isinstance(term, str))


# Sections whose lists are terms to match (the others are settings).
TERM_SECTIONS = (
    "incident",
    "modifier",
    "target",
    "casualties",
    "negation",
    "noncurrent",
    "blocker",
    "sports",
    "places",
    "demonyms",
    "countries",
    "context",
    "own_sites",
)


def _categories_inside_phrases(
    terms: list[tuple[str, str]],
    carried: Callable[[str], bool],
    carriers: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(phrase, category) for each phrase of a `carriers` category that contains, as a shorter run of
    its words, a term of a `carried` category.

    The matcher keeps the longest match, so a phrase hides the terms inside it: the casualty phrase
    "tewas ditembak" (killed by shooting) hides the attack word "ditembak", the Turkish foiled-plot
    phrase "gözaltına alındı" (was detained) the attacker word "gözaltına" ("12 kişi gözaltına alındı"
    would count twelve victims). Such a phrase carries the inner term's categories too, and a linguist
    need not list it twice."""
    exact: dict[str, set[str]] = {}
    wild: list[tuple[re.Pattern[str], str]] = []
    for term, category in terms:
        if not carried(category):
            continue
        key = normalise_term(term.lstrip("="))
        if "*" in key:
            wild.append((wildcard_pattern(key), category))
        else:
            exact.setdefault(key, set()).add(category)
    added: list[tuple[str, str]] = []
    for term, category in terms:
        if not carriers(category):
            continue
        words = normalise_term(term.lstrip("=")).split()
        found: set[str] = set()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if j - i == len(words):
                    continue  # the phrase itself
                part = " ".join(words[i:j])
                found.update(exact.get(part, ()))
                found.update(c for rx, c in wild if rx.fullmatch(part))
        added.extend((term, c) for c in sorted(found))
    return added


def _names_an_attack(category: str) -> bool:
    """Casualty phrases, except attackers and "no attack took place" statements, which name no attack."""
    return (
        category.startswith("casualties:") and not category.endswith(":attacker") and ":zero" not in category
    )


def build_lexicon(code: str, common: dict[str, Any]) -> Lexicon:
    data = _load_toml(code)
    meta = data.get("meta", {})
    terms: list[tuple[str, str]] = []
    for section in TERM_SECTIONS:
        if section in data:
            body = data[section]
            if section == "places":
                terms_of = (
                    "prepositions",
                    "postpositions",
                    "elsewhere",
                    "region_before",
                    "region_after",
                    "district_before",
                    "not_places",
                )
                body = {k: v for k, v in body.items() if k in terms_of}
            elif section == "casualties":
                # regexes, not terms
                body = {k: v for k, v in body.items() if k not in ("zero_patterns", "one_patterns")}
            _walk(section, body, terms)
    # attack words inside casualty phrases ("tewas ditembak"), attackers inside other sections' phrases
    terms.extend(_categories_inside_phrases(terms, lambda c: c.startswith("incident:"), _names_an_attack))
    terms.extend(
        _categories_inside_phrases(
            terms,
            lambda c: c == "casualties:attacker",
            lambda c: not c.startswith(("casualties:", "context:")),
        )
    )
    # diplomats inside one-victim phrases ("اصابة دبلوماسي", a diplomat wounded): the victim is the target
    terms.extend(
        _categories_inside_phrases(
            terms,
            lambda c: c.startswith("target:diplomatic:"),
            lambda c: c.startswith(("casualties:singular", "casualties:killed", "casualties:injured")),
        )
    )
    # demonyms / countries / own_sites tables map ISO code → terms: "dem:US" / "cty:US" / "own:ID"
    terms = [
        (t, c.replace("demonyms:", "dem:").replace("countries:", "cty:").replace("own_sites:", "own:"))
        for t, c in terms
    ]
    numbers = {str(k): int(v) for k, v in data.get("numbers", {}).items()}
    terms.extend((word, "num") for word in numbers)
    for actor, patterns in common.get("actors", {}).items():
        terms.extend((p, f"actor:{actor}") for p in patterns)
    terms.extend(_country_names(code, meta.get("country_name_style", "exact")))
    article = meta.get("assimilating_article")
    if article:
        # Arabic: the preposition ل before the article ال drops its alef ("للسفارة" = ل + لسفارة),
        # so every article-initial term also gets its "ل…" form for the clitic prefix to attach to.
        terms.extend(
            ("ل" + term[len(article) :], category)
            for term, category in list(terms)
            if term.startswith(article) and len(term) > len(article) + 1
        )
    matcher = TermMatcher(terms, prefix=meta.get("clitic_prefix", ""), watch="incident:")
    morphology = data.get("morphology", {})
    places = data.get("places", {})
    return Lexicon(
        code=code,
        matcher=matcher,
        numbers={" ".join(k.lower().split()): v for k, v in numbers.items()},
        config=data,
        strip_suffixes=tuple(sorted(morphology.get("strip_suffixes", []), key=len, reverse=True)),
        add_endings=tuple(morphology.get("add_endings", [""])) or ("",),
        clitics=tuple(morphology.get("clitics", [])),
        adjective_endings=tuple(morphology.get("adjective_endings", [])),
        transliteration={str(k): str(v) for k, v in morphology.get("transliteration", {}).items()},
        skeleton=_skeleton_rules(morphology.get("skeleton")),
        # in the form the gazetteer lookup compares (`place_key`: folded, accents stripped — a
        # `str.lower()` form would never match "Süden" or "según"); a month or a number word is no
        # place either ("on 3 March" is not March, England; "Mitte Mai" not Mai, Kenya; Indonesian
        # "Lima Staf Terluka", five staff hurt, is not Lima, Peru)
        stop_names=frozenset(
            place_key(word)
            for word in chain(
                places.get("stop_names", []),
                common.get("places", {}).get("stop_names", []),
                (m for m in common.get("dates", {}).get("months", []) if "*" not in m),
                numbers,
            )
        ),
        owner_direction=meta.get("owner_direction", "after"),
        elsewhere_side=str(places.get("elsewhere_side", "before")),
        casualty_max_gap=float(meta.get("casualty_max_gap", 80)),
        one_after_is_article=bool(meta.get("one_after_is_article", False)),
        location_suffixes=tuple(fold(x) for x in meta.get("location_suffixes", [])),
        locative_suffixes=frozenset(fold(x) for x in places.get("locative_suffixes", [])),
        commentary_label=_opening_label(meta.get("commentary_labels", [])),
        partitives=frozenset(normalise_term(p) for p in meta.get("partitives", [])),
        range_opener=_ends_with_one_of(meta.get("range_openers", [])),
        revision_opener=_ends_with_one_of(meta.get("revision_openers", [])),
        revision_joiners=frozenset(normalise_term(j) for j in meta.get("revision_joiners", [])),
        none_of=_ends_with_one_of(meta.get("none_of", [])),
        zero_patterns=tuple(
            (fields, re.compile(pattern))
            for name, fields in _ZERO_FIELDS.items()
            for pattern in data.get("casualties", {}).get("zero_patterns", {}).get(name, [])
        ),
        one_patterns=tuple(
            (name, re.compile(pattern))
            for name in ("killed", "injured")
            for pattern in data.get("casualties", {}).get("one_patterns", {}).get(name, [])
        ),
    )


def _opening_label(labels: list[str]) -> re.Pattern[str] | None:
    """A pattern for a folded line that opens with one of `labels` and a colon, bar, dash or full stop
    ("АНАЛИТИКА. /Газета/.", "Hintergrund. Berlin –")."""
    if not labels:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, fold(label).split())) for label in labels)
    return re.compile(rf"\s*(?:{alternatives})\s*(?::|\||-|—|–|\.)")


def _ends_with_one_of(words: list[str]) -> re.Pattern[str] | None:
    """A pattern that matches a text ending with one of `words` and blanks (searched with an end
    position: "… killing between " ends with "between")."""
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})\s+\Z", re.IGNORECASE)


class LexiconStore:
    """Lazily compiled lexicons, one per language, safe to share between threads."""

    def __init__(self) -> None:
        self.common = _load_toml("common")
        self._lexicons: dict[str, Lexicon] = {}
        self._lock = threading.Lock()
        self.languages = frozenset(available_languages())

    def get(self, code: str) -> Lexicon | None:
        if code not in self.languages:
            return None
        lexicon = self._lexicons.get(code)
        if lexicon is None:
            with self._lock:
                lexicon = self._lexicons.get(code)
                if lexicon is None:
                    lexicon = build_lexicon(code, self.common)
                    self._lexicons[code] = lexicon
        return lexicon

    def warm(self) -> None:
        for code in self.languages:
            self.get(code)
