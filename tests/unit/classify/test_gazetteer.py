"""The gazetteer's curated English names: data that must keep matching GeoNames."""

from __future__ import annotations

from domain.classify.gazetteer import (
    aliases,
    english_names,
    extra_towns,
    get_gazetteer,
    place_key,
    short_names,
)


def test_every_english_name_belongs_to_a_geonames_city() -> None:
    gazetteer = get_gazetteer()
    shown = {(city.name, city.country_code) for city in gazetteer.cities}
    missing = [key for key, english in english_names().items() if (english, key[1]) not in shown]
    assert not missing, f"no GeoNames city for {missing} (check the name and country in common.toml)"


def test_english_name_is_shown_and_read_as_that_city() -> None:
    gazetteer = get_gazetteer()
    city = gazetteer.lookup(place_key("Hodeidah"))
    assert city is not None and (city.name, city.country_code) == ("Hodeidah", "YE")
    # the GeoNames spelling still finds it
    assert gazetteer.lookup(place_key("Al Hudaydah")) == city
    # a curated name wins over a smaller namesake elsewhere ("Mansoura" in Algeria)
    mansoura = gazetteer.lookup(place_key("Mansoura"))
    assert mansoura is not None and mansoura.country_code == "EG"


def test_every_short_name_belongs_to_a_geonames_city() -> None:
    gazetteer = get_gazetteer()
    for short, (name, code) in short_names().items():
        city = gazetteer.lookup(place_key(short))
        assert city is not None and city.country_code == code, f"{short} → {name}|{code} not in GeoNames"


def test_every_alias_reads_as_its_geonames_city() -> None:
    """`[places.aliases]`: a spelling GeoNames lacks ("Encamena") reads as the city it names."""
    gazetteer = get_gazetteer()
    assert aliases()
    for alias, (name, code) in aliases().items():
        city = gazetteer.lookup(place_key(alias))
        assert city is not None and city.country_code == code, f"{alias} → {name}|{code} not in GeoNames"
    chad = gazetteer.lookup(place_key("Encamena"))
    assert chad is not None and chad.name == "N'Djamena"


def test_a_small_capital_keeps_its_exonyms() -> None:
    """Capitals are news whatever their size: Banjul (~30,000 people, below the alternate-name
    threshold for other towns) is read in Arabic and Russian script too."""
    gazetteer = get_gazetteer()
    for spelling in ("بانجول", "Банжул"):
        city = gazetteer.lookup(place_key(spelling))
        assert city is not None and (city.name, city.country_code) == ("Banjul", "GM"), spelling


def test_news_spellings_are_shown_for_cities_geonames_writes_otherwise() -> None:
    gazetteer = get_gazetteer()
    for read, shown in (("Tirmiz", "Termez"), ("Cotabato", "Cotabato City"), ("Samarra", "Samarra")):
        city = gazetteer.lookup(place_key(read))
        assert city is not None and city.name == shown, (read, city)


def test_every_extra_town_reads_by_all_its_spellings_where_no_bigger_place_has_the_name() -> None:
    """`[places.extra_towns]`: a town GeoNames' list lacks (Naqoura, the UNIFIL headquarters) is read by
    each spelling listed, unless a bigger place already owns that name."""
    gazetteer = get_gazetteer()
    assert extra_towns()
    for town, names in extra_towns():
        for name in [town.name, *names]:
            city = gazetteer.lookup(place_key(name))
            assert city is not None, name
            assert city == town or city.population > 0, f"{name}: {city}"
    naqoura = gazetteer.lookup(place_key("الناقورة"))
    assert naqoura is not None and (naqoura.name, naqoura.country_code) == ("Naqoura", "LB")
    assert round(naqoura.lat) == 33 and round(naqoura.lon) == 35
