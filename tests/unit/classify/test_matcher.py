"""The many-term matcher: term syntax, leftmost-longest hits, and its two scanning paths agreeing."""

from __future__ import annotations

import pytest

from domain.classify import get_classifier
from domain.classify.matcher import Hit, TermMatcher, fold
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
