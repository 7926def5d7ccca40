"""Boilerplate removal and sentence splitting."""

from __future__ import annotations

import pytest

from domain.text import clean_text, split_sentences


@pytest.mark.parametrize(
    "line",
    [
        "BACA JUGA: Ledakan di pasar tewaskan tujuh orang",
        "Baca juga: Polisi tangkap pelaku",
        "Read also: Bomb kills four at a church",
        "Read more: Another story",
        "Lire aussi : Un attentat fait dix morts",
        "Leer también: Un coche bomba mata a cinco",
        "Lea también Otro atentado en la capital",
        "Lesen Sie auch: Anschlag in der Innenstadt",
        "Читайте также: Взрыв на рынке",
        "Ayrıca okuyun: Pazar yerinde patlama",
        "AYRICA OKUYUN: PAZAR YERİNDE PATLAMA",  # dotless ı written as I: the needle must still hit
        "İlgili haberler: Pazar yerinde patlama",
        "اقرأ أيضا: انفجار في السوق",
    ],
)
def test_related_article_lines_are_removed(line: str) -> None:
    text = f"Main story sentence one.\n{line}\nMain story sentence two."
    assert clean_text(text) == "Main story sentence one.\nMain story sentence two."


def test_marker_mid_line_and_glued_cuts_to_end_of_line() -> None:
    text = "Roket mendarat di dekat gerbang. BACA JUGA:Bom Gereja Tewaskan Empat Orang\nKalimat berikut."
    assert clean_text(text) == "Roket mendarat di dekat gerbang.\nKalimat berikut."


def test_each_marker_of_a_line_is_honoured_whatever_else_the_line_holds() -> None:
    # Only the markers found in a line are compiled into its pattern: the earliest one must cut,
    # whichever language it is in and whatever other markers the text carries.
    text = (
        "Listen to this story\nSatu. Lihat juga: Kisah lain. Read also: Another story\n"
        "Zwei Sätze. Lesen Sie auch: Anderes\nKeep this line about the watch industry."
    )
    assert clean_text(text) == (
        "Listen to this story\nSatu.\nZwei Sätze.\nKeep this line about the watch industry."
    )


def test_running_text_mentioning_read_more_survives() -> None:
    text = "Officials urged residents to read more carefully before signing."
    assert clean_text(text) == text


def test_share_subscribe_and_caption_lines_are_removed() -> None:
    text = (
        "Share this article\nThe blast hit the gate.\nPhoto: the damaged gate (Reuters)\n"
        "Subscribe to our newsletter"
    )
    assert clean_text(text) == "The blast hit the gate."


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = "Rockets hit the U.S. Embassy in Baghdad at 4 a.m. on Friday. Nobody was hurt. Sept. 11 was calm."
    assert split_sentences(text) == [
        "Rockets hit the U.S. Embassy in Baghdad at 4 a.m. on Friday.",
        "Nobody was hurt.",
        "Sept. 11 was calm.",
    ]
    spanish = "La embajada de EE. UU. en Montevideo realiza un simulacro. No hubo heridos."
    assert split_sentences(spanish) == [
        "La embajada de EE. UU. en Montevideo realiza un simulacro.",
        "No hubo heridos.",
    ]
    address = "Ledakan di Jl. Sudirman, Kab. Bogor. Dua orang tewas di ул. Ленина."
    assert split_sentences(address) == [
        "Ledakan di Jl. Sudirman, Kab. Bogor.",
        "Dua orang tewas di ул. Ленина.",
    ]


@pytest.mark.parametrize(
    "header",
    [
        "EN BREF",
        "In brief",
        "— Kurz gemeldet —",
        "Коротко:",
        "باختصار",
        "Также за сутки:",
        "Sekilas peristiwa lain:",
        "Suriye'den diğer gelişmeler:",
        "GECENİN ÖZETİ",
    ],
)
def test_a_news_in_brief_header_cuts_the_briefs_below(header: str) -> None:
    text = f"An embassy was evacuated after a hoax call.\n\n{header}\n\nA man was shot in a bar. Two died."
    assert clean_text(text) == "An embassy was evacuated after a hoax call."


def test_a_brief_word_in_running_text_cuts_nothing() -> None:
    text = (
        "Police said in brief remarks that nobody was hurt.\nThe consulate reopened.\nAyrıca iki kişi öldü."
    )
    assert clean_text(text) == text


def test_a_german_ordinal_date_ends_no_sentence() -> None:
    text = "Am 3. März 2019 explodierte eine Bombe. Sie tötete 12 Menschen."
    assert split_sentences(text) == ["Am 3. März 2019 explodierte eine Bombe.", "Sie tötete 12 Menschen."]


def test_split_sentences_on_lines_and_arabic_question_mark() -> None:
    assert split_sentences("سطر أول\nهل انتهى؟ نعم.") == ["سطر أول", "هل انتهى؟", "نعم."]


def test_needle_prefilter_finds_every_marker_whatever_its_case() -> None:
    """`clean_text` skips the marker work when one RE2 search of the lower-cased text finds no
    needle: that search must find every marker written in lower, upper or title case (Turkish "İ"
    lower-cases to two characters, "I" to "i" where the word has "ı")."""
    from domain.text import _boilerplate

    data = _boilerplate()
    assert len(data.markers) > 50
    for needle, markers in data.markers.items():
        for marker in markers:
            for written in (marker, marker.upper(), marker.title(), marker.replace("i", "İ")):
                assert data.any_needle.search(f"x {written}: y".lower()) is not None, (needle, written)
