"""Language identification."""

from __future__ import annotations

from domain.language import detect_language


def test_detects_supported_languages() -> None:
    samples = {
        "en": "Police said the explosion damaged several buildings near the embassy on Monday morning.",
        "id": "Polisi mengatakan ledakan itu merusak beberapa bangunan di dekat kedutaan pada Senin pagi.",
        "fr": "La police a indiqué que l'explosion avait endommagé plusieurs bâtiments près de l'ambassade.",
        "es": "La policía dijo que la explosión dañó varios edificios cerca de la embajada el lunes.",
        "de": "Die Polizei sagte, die Explosion habe mehrere Gebäude in der Nähe der Botschaft beschädigt.",
        "ru": "Полиция сообщила, что взрыв повредил несколько зданий рядом с посольством в понедельник.",
        "tr": "Polis, patlamanın pazartesi sabahı büyükelçilik yakınındaki binalara zarar verdiğini söyledi.",
        "ar": "قالت الشرطة إن الانفجار ألحق أضرارا بعدة مبان قرب السفارة صباح الاثنين.",
    }
    for code, text in samples.items():
        assert detect_language(text)[0] == code


def test_plausible_hint_is_trusted_and_wrong_hint_is_not() -> None:
    text = "Polisi mengatakan ledakan itu merusak beberapa bangunan di dekat kedutaan pada Senin pagi."
    assert detect_language(text, "id")[0] == "id"
    english = "Police said the explosion damaged several buildings near the embassy on Monday morning."
    assert detect_language(english, "ru")[0] == "en"


def test_unsupported_language_keeps_its_code() -> None:
    code, _ = detect_language(
        "Policja poinformowała, że eksplozja uszkodziła kilka budynków w pobliżu ambasady."
    )
    assert code == "pl"


def test_hint_is_checked_on_the_lead_and_the_whole_text_decides_when_the_lead_disagrees() -> None:
    indonesian = "Polisi mengatakan ledakan itu merusak beberapa bangunan di dekat kedutaan pada Senin pagi. "
    english = "Police said the explosion damaged several buildings near the embassy on Monday morning. "
    long_indonesian = indonesian * 20  # longer than the lead sample
    assert detect_language(long_indonesian, "id") == detect_language(long_indonesian[:4000], "id")
    assert detect_language(long_indonesian, "id")[0] == "id"
    # a wrong hint: the lead does not confirm it, so the whole sample decides
    assert detect_language(english * 20, "id")[0] == "en"
    # a lead in the hinted language followed by a longer text in another: the hint stands
    assert detect_language(indonesian * 12 + english * 20, "id")[0] == "id"


def test_a_short_russian_flash_read_as_a_south_slavic_language_keeps_its_russian_hint() -> None:
    flash = "Боевики напали на посольство в Мали."
    assert detect_language(flash)[0] != "ru"  # cld2 alone reads it as Serbian
    assert detect_language(flash, "ru")[0] == "ru"


def test_a_short_spanish_flash_read_as_galician_keeps_its_spanish_hint() -> None:
    flash = (
        "Puerto Príncipe, 3 sep (Noticias del Caribe).- Desconocidos dispararon contra la fachada de la "
        "embajada de Chile sin causar heridos. La cancillería en Santiago pidió una investigación."
    )
    assert detect_language(flash)[0] == "gl"  # cld2 alone reads it as Galician
    assert detect_language(flash, "es")[0] == "es"
