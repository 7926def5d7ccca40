"""The many-term matcher: term syntax, leftmost-longest hits, and its two scanning paths agreeing."""

from __future__ import annotations

import re

import pytest
import re2

from domain.classify import get_classifier
from domain.classify import matcher as matcher_module
from domain.classify.matcher import _GATE_GAP, GATE_WORD_RANGES, Hit, TermMatcher, fold
from tests.unit.classify.articles import ARTICLES


def _matcher() -> TermMatcher:
    return TermMatcher(
        [
            ("embassy", "site"),
            ("car bomb", "bomb"),
            ("bomb*", "bomb"),
            ("kill*", "killed"),
            ("=US", "country"),
            ("ee. uu.", "country"),
            ("embajada", "site"),
        ]
    )


def _found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(hit.text, hit.categories) for hit in _matcher().scan(fold(text), text)]


def test_terms_match_whole_words_stems_and_phrases_leftmost_longest() -> None:
    assert _found("A car-bomb killed two near the Embassy; bombers fled. Embassyless, skill.") == [
        ("car-bomb", ("bomb",)),
        ("killed", ("killed",)),
        ("Embassy", ("site",)),
        ("bombers", ("bomb",)),
    ]


def test_case_sensitive_term_matches_only_as_written() -> None:
    assert _found("US embassy") == [("US", ("country",)), ("embassy", ("site",))]
    assert _found("let us go") == []


def test_hit_ending_in_punctuation_is_followed_by_the_next() -> None:
    assert _found("la EE. UU.-embajada") == [("EE. UU.", ("country",)), ("embajada", ("site",))]
    assert _found("la EE. UU. embajada") == [("EE. UU.", ("country",)), ("embajada", ("site",))]
    assert _found("la EE. UU.embajada") == [("embajada", ("site",))]  # no term ends inside a word


def test_term_must_start_with_a_word_character() -> None:
    with pytest.raises(ValueError, match="must start with a letter or digit"):
        TermMatcher([("«bomb»", "bomb")])


def _reference_scan(matcher: TermMatcher, folded: str, original: str) -> list[Hit]:
    """The plain definition: leftmost-longest matches one at a time, a match that ends in a non-word
    character letting its last character open the next, categories looked up afresh."""
    hits: list[Hit] = []
    position = 0
    padded = " " + folded
    while True:
        for match in matcher._pattern.finditer(padded, position):
            start, end = match.start(2) - 1, match.end(2) - 1
            written = original[start:end]
            categories = matcher._lookup(match.group(2), written)
            if categories:
                hits.append(Hit(start, end, categories, written))
            if not match.group(2)[-1].isalnum():
                position = end
                break
        else:
            return hits


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_scan_equals_the_plain_definition_on_real_lexicons(article_id: str) -> None:
    """`scan` (one `re.split`, offsets by running sums, memoised categories) yields exactly the
    hits of the match-by-match definition, with each language's full lexicon — also with the
    blanks after full stops removed, so punctuation-final terms touch the next word."""
    article = ARTICLES[article_id]
    classifier = get_classifier()
    document = classifier.prepare(article)
    lexicon = classifier.lexicons.get(document.language)
    if lexicon is None:
        pytest.skip("unsupported language")
    for text in (document.text, document.text.replace(". ", ".")):
        folded = fold(text)
        hits = lexicon.matcher.scan(folded, text)
        assert hits == _reference_scan(lexicon.matcher, folded, text)
        assert hits


LANGUAGES = ("en", "id", "ar", "fr", "es", "ru", "de", "tr")


def test_gate_word_ranges_hold_only_word_characters_and_its_gap_every_blank() -> None:
    """The RE2 gate treats every character outside `GATE_WORD_RANGES` as a boundary: that is a
    superset of `re`'s boundaries only if every character inside is a word character for `re`;
    its gap class must take every character `re`'s `[\\s\\-]` takes."""
    everything = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF)
    inside = re2.findall(f"[{GATE_WORD_RANGES}]", everything)
    assert len(inside) > 600
    assert all(re.fullmatch(r"\w", ch) for ch in inside)
    blanks = re.findall(r"[\s\-]", everything)
    assert all(re2.fullmatch(_GATE_GAP, ch) for ch in blanks)


def _term_samples(key: str) -> list[str]:
    """Texts a normalised term matches: wildcards filled, gaps as a blank and as a hyphen."""
    filled = key.replace("*", "abc")
    return [filled, filled.replace(" ", "-"), key.replace("*", "")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_gate_passes_wherever_scan_finds_an_incident_term(language: str) -> None:
    """`may_match_watched` may only say False when `scan` yields no incident hit: every incident term
    of the language's lexicon, alone, after a word, before punctuation, with Arabic clitics."""
    lexicon = get_classifier().lexicons.get(language)
    assert lexicon is not None
    matcher = lexicon.matcher
    keys = list(matcher._exact) + [term.key for terms in matcher._wild.values() for _, term in terms]
    checked = 0
    for key in keys:
        for sample in _term_samples(key):
            for text in (sample, f"x {sample}.", f"«{sample}»", f"وب{sample} ok"):
                folded = fold(text)
                hits = matcher.scan(folded, text)
                if any(c.startswith("incident:") for hit in hits for c in hit.categories):
                    checked += 1
                    assert matcher.may_match_watched(folded), text
    assert checked > 100


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_gate_agrees_with_scan_on_articles(article_id: str) -> None:
    classifier = get_classifier()
    document = classifier.prepare(ARTICLES[article_id])
    lexicon = classifier.lexicons.get(document.language)
    if lexicon is None:
        pytest.skip("unsupported language")
    folded = fold(document.text)
    found = any(
        c.startswith("incident:") for h in lexicon.matcher.scan(folded, document.text) for c in h.categories
    )
    assert lexicon.matcher.may_match_watched(folded) or not found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The central bank kept its benchmark rate at 5 percent on Thursday, citing steady inflation."),
        ("id", "Bank sentral mempertahankan suku bunga acuan di level 6 persen pada Kamis."),
        ("ar", "أبقى البنك المركزي سعر الفائدة الرئيسي عند 5 في المئة يوم الخميس."),
        ("ru", "Центральный банк сохранил ключевую ставку на уровне 16 процентов."),
    ],
)
def test_gate_stops_ordinary_news(language: str, text: str) -> None:
    lexicon = get_classifier().lexicons.get(language)
    assert lexicon is not None
    assert not lexicon.matcher.may_match_watched(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII, with a `backtick`.",
        "إطلاق ٣ صواريخ على السفارة في بغداد، وأُصيب آخرون ـ حسب مصدر",
        "İSTANBUL'da Büyükelçiliğe saldırı — 2 yaralı",
        "Ёлки: обстрел – «два» погибших",
        "L’ambassade a été visée ‐ les tirs ont cessé",
        "Straße ǅ ß ŉ",
    ],
)
def test_fold_is_the_character_table_then_lower_case_keeping_offsets(text: str) -> None:
    """`fold` replaces only the characters present, but must equal the plain definition: the fold
    table applied to every character, then lower case, one character for one."""
    table = {**{ord(k): v for k, v in matcher_module._FOLD_CHARS.items()}}
    expected = "".join(ch.lower() if len(ch.lower()) == 1 else ch.lower()[0] for ch in text.translate(table))
    assert fold(text) == expected
    assert len(fold(text)) == len(text)
