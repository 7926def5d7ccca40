"""Consonant skeletons: a town named in Arabic script found among the gazetteer's Latin names.

GeoNames keeps Arabic names only for bigger cities, so the Arabic press's "كيسمايو", "بلدوين" or
"كوستي" are not in the index although Kismayo, Beledweyne and Kosti are. Arabic writes a foreign name's
consonants and long vowels; a Latin spelling writes its consonants and every vowel. Reduced to their
consonants, in classes that absorb the usual transliteration choices (k/q/g/j one class, s/z another),
both spell the same skeleton: كيسمايو → k s m, Kismayo → k s m.

Skeletons are short and collide across the world, so one is only looked up among the towns of a
country the article names, and only where a town is expected (the rule stage asks for a token after a
place preposition, or the dateline). The letter classes are data: `[morphology.skeleton]` of the
language's lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from domain.classify.gazetteer import City

# the smallest skeleton looked up: two consonants ("b d") match too many towns of a country
MIN_CLASSES = 3
_NON_LETTERS = re.compile(r"[^a-z]")


@dataclass
class SkeletonRules:
    """`[morphology.skeleton]`: `letters` maps the script's letters to classes (a letter not listed is
    not written in Latin: long vowels, hamza, ʿayn); `latin` maps Latin letters and digraphs to the
    same classes (vowels, "w" and "y" unlisted: Arabic writes them as the long vowels it drops);
    `articles` are the Latin forms of the definite article a GeoNames name may open with."""

    letters: dict[str, str]
    latin: dict[str, str]
    articles: tuple[str, ...] = ()
    _by_length: list[tuple[int, dict[str, str]]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        lengths = sorted({len(key) for key in self.latin}, reverse=True)
        self._by_length = [(n, {k: v for k, v in self.latin.items() if len(k) == n}) for n in lengths]

    def of_script(self, token: str) -> str:
        """The skeleton of a word in the script ("كيسمايو" → "ksm")."""
        return _collapse("".join(self.letters.get(ch, "") for ch in token))

    def of_latin(self, name: str) -> str:
        """The skeleton of a GeoNames name in Latin letters ("Az Zawiyah" → "s", "Kismayo" → "ksm")."""
        lowered = name.lower()
        for article in self.articles:
            if lowered.startswith(article) and len(lowered) > len(article) + 2:
                lowered = lowered[len(article) :]
                break
        plain = _NON_LETTERS.sub("", lowered)
        if plain.endswith("h") and len(plain) > 2 and plain[-2] in "aeiou":
            plain = plain[:-1]  # "-iyah", "-eh": the tāʾ marbūṭa, silent in Arabic spelling
        out: list[str] = []
        i = 0
        while i < len(plain):
            for length, table in self._by_length:
                value = table.get(plain[i : i + length])
                if value is not None:
                    out.append(value)
                    i += length
                    break
            else:
                i += 1  # a vowel, "w" or "y"
        return _collapse("".join(out))


def _collapse(skeleton: str) -> str:
    """Runs of one class are one consonant ("Ta'izz" and "تعز" are both "ts")."""
    return re.sub(r"(.)\1+", r"\1", skeleton)


class SkeletonIndex:
    """Per country: skeleton → the most populous town with it, built on a country's first lookup."""

    def __init__(self, cities: list[City], rules: SkeletonRules) -> None:
        self._cities = cities
        self._rules = rules
        self._members: dict[str, list[int]] | None = None
        self._by_country: dict[str, dict[str, int]] = {}

    def find(self, skeleton: str, countries: Mapping[str, object]) -> int | None:
        """The town of one of `countries` whose name has this skeleton (None when too short)."""
        if len(skeleton) < MIN_CLASSES:
            return None
        found: int | None = None
        for code in countries:
            position = self._country(code).get(skeleton)
            if position is not None and (
                found is None or self._cities[position].population > self._cities[found].population
            ):
                found = position
        return found

    def _country(self, code: str) -> dict[str, int]:
        table = self._by_country.get(code)
        if table is None:
            if self._members is None:
                members: dict[str, list[int]] = {}
                for position, city in enumerate(self._cities):
                    members.setdefault(city.country_code, []).append(position)
                self._members = members
            table = {}
            for position in self._members.get(code, []):
                skeleton = self._rules.of_latin(self._cities[position].name)
                known = table.get(skeleton)
                if known is None or self._cities[position].population > self._cities[known].population:
                    table[skeleton] = position
            self._by_country[code] = table
        return table
