"""Consonant skeletons: towns the gazetteer knows only in Latin letters, named in Arabic script."""

from __future__ import annotations

import pytest

from domain.classify import classify_article
from domain.classify.gazetteer import City
from domain.classify.lexicon import LexiconStore
from domain.classify.skeleton import SkeletonIndex, SkeletonRules


@pytest.fixture(scope="module")
def rules() -> SkeletonRules:
    found = LexiconStore().get("ar")
    assert found is not None and found.skeleton is not None
    return found.skeleton


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("كوستي", "Kosti"),  # long vowels written, short ones not
        ("مقديشو", "Mogadishu"),  # ق for g, ش for sh
        ("هرجيسا", "Hargeisa"),  # ج for g
        ("تلعفر", "Tal Afar"),  # ʿayn unwritten in Latin, two Latin words one Arabic
        ("نواكشوط", "Nouakchott"),  # French "ou" and "ch", a doubled t
        ("زاوية", "Az Zawiyah"),  # the Latin article and the final -ah
    ],
)
def test_arabic_and_latin_spellings_share_a_skeleton(rules: SkeletonRules, arabic: str, latin: str) -> None:
    assert rules.of_script(arabic) == rules.of_latin(latin)


def test_a_skeleton_is_looked_up_only_in_the_named_countries(rules: SkeletonRules) -> None:
    cities = [
        City("Kosti", "SD", 13.2, 32.7, 345_000),
        City("Kasseta", "TN", 36.0, 10.0, 9_000),  # the same consonants, another country
    ]
    index = SkeletonIndex(cities, rules)
    assert index.find(rules.of_script("كوستي"), {"SD": 1.0}) == 0
    assert index.find(rules.of_script("كوستي"), {"TN": 1.0}) == 1
    assert index.find(rules.of_script("كوستي"), {"EG": 1.0}) is None


def test_two_consonants_are_too_few_to_name_a_town(rules: SkeletonRules) -> None:
    index = SkeletonIndex([City("Baidoa", "SO", 3.1, 43.6, 129_000)], rules)
    assert index.find(rules.of_script("بيدوا"), {"SO": 1.0}) is None


def test_arabic_report_from_a_town_known_only_in_latin_letters() -> None:
    record = classify_article(
        {
            "id": "t",
            "language": "ar",
            "title": "مسلحون يهاجمون مكتبا للأمم المتحدة في النيجر",
            "body": "هاجم مسلحون على دراجات نارية مكتبا تابعا للأمم المتحدة في تيلابيري غربي النيجر فجر "
            "الاثنين، ما أدى إلى إصابة حارسين، بحسب مصادر أمنية في نيامي.",
        }
    )
    assert (record.location.country_code, record.location.city) == ("NE", "Tillabéri")
