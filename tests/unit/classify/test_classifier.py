"""Behaviour of the rule classifier on articles written for these tests (traps included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.classify import Classifier, classify_article, get_classifier
from schemas.article import ArticleIn
from schemas.incident import IncidentRecord

from .articles import ARTICLES, SEED_LIKE_ID

SHARED_SEED = (
    Path(__file__).resolve().parents[3].parent / "shared" / "seed" / "baghdad-embassy-rockets.id.txt"
)


def run(name: str) -> IncidentRecord:
    return classify_article({"id": name, **ARTICLES[name]})


def assert_seed_facts(record: IncidentRecord) -> None:
    assert record.language == "id"
    assert record.incident_type == "rocket_attack"
    assert record.target_type == "diplomatic"
    assert record.severity == "high"
    assert record.alert is True
    assert record.location.country_code == "IQ"
    assert record.location.city == "Baghdad"
    assert (record.casualties.killed, record.casualties.injured) == (0, 0)
    assert record.facility is not None and record.facility.kind == "embassy" and record.facility.of == "US"
    fields = {e.field for e in record.evidence}
    assert {"incident_type", "target_type", "location", "facility", "casualties.killed"} <= fields


def test_own_seed_like_article() -> None:
    record = classify_article(SEED_LIKE_ID)
    assert_seed_facts(record)
    assert "Iran-aligned militia" in record.actors
    assert record.summary.startswith("Rocket attack on the US embassy in Baghdad, Iraq")


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="../shared seed not present")
def test_shared_seed() -> None:
    assert_seed_facts(classify_article({"id": "seed", "body": SHARED_SEED.read_text(encoding="utf-8")}))


@pytest.mark.parametrize(
    ("name", "incident", "severity", "country", "killed", "injured", "owner"),
    [
        ("en_truck_bomb", "bombing", "critical", "BD", 3, 14, "JP"),
        ("fr_shooting", "armed_assault", "high", "KE", 0, 1, "SE"),
        ("es_arson", "arson", "medium", "NE", 0, 0, "FR"),
        ("de_storming", "storming", "critical", "IQ", 0, 0, "SE"),
        ("ru_rockets", "rocket_attack", "high", "IQ", 0, 0, "US"),
        ("tr_kabul", "armed_assault", "high", "AF", 0, 2, "PK"),
        ("ar_mortar", "rocket_attack", "high", "SY", 0, 3, "RU"),
        ("id_grenade", "bombing", "high", "ID", 0, 2, "GB"),
    ],
)
def test_attacks_on_diplomatic_sites(
    name: str, incident: str, severity: str, country: str, killed: int | None, injured: int, owner: str
) -> None:
    record = run(name)
    assert record.incident_type == incident
    assert record.target_type == "diplomatic"
    assert record.alert is True
    assert record.severity == severity
    assert record.location.country_code == country
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured)
    assert record.facility is not None and record.facility.of == owner
    assert any(e.field == "incident_type" for e in record.evidence)


def test_related_article_lines_do_not_leak_casualties() -> None:
    # the teaser says "Twenty killed in market bombing"; the article's own toll is three
    assert run("en_truck_bomb").casualties.killed == 3
    # the teaser says "12 ölü"; the article itself reports only injured victims, so nobody died
    assert run("tr_kabul").casualties.killed == 0


@pytest.mark.parametrize(
    "name",
    [
        "en_anniversary",
        "en_trial",
        "en_film",
        "en_metaphor",
        "en_heart_attack",
        "id_football",
        "es_football",
        "tr_politics",
        "fr_celebration",
    ],
)
def test_traps_are_not_incidents(name: str) -> None:
    record = run(name)
    assert record.incident_type == "none"
    assert record.alert is False
    assert record.severity == "low"
    assert record.target_type == "none"
    assert record.location.country_code is None
    assert record.casualties.killed is None


def test_drill_is_not_an_attack() -> None:
    record = run("en_drill")
    assert record.alert is False
    assert record.incident_type in ("none", "threat")
    assert record.severity == "low"


@pytest.mark.parametrize("name", ["en_foiled", "de_suspicious"])
def test_foiled_plots_and_suspicious_items_are_threats(name: str) -> None:
    record = run(name)
    assert record.incident_type == "threat"
    assert record.target_type == "diplomatic"
    assert record.severity == "low"
    assert record.alert is False
    assert (record.casualties.killed, record.casualties.injured) == (0, 0)


def test_peaceful_protest() -> None:
    record = run("ar_protest")
    assert (record.incident_type, record.target_type, record.severity, record.alert) == (
        "protest",
        "diplomatic",
        "low",
        False,
    )
    assert record.location.country_code == "MA"


def test_cyberattack_on_government() -> None:
    record = run("ru_cyber")
    assert (record.incident_type, record.target_type, record.severity) == (
        "cyberattack",
        "government",
        "medium",
    )
    assert record.location.country_code == "EE"


def test_non_diplomatic_attack_with_many_dead() -> None:
    record = run("en_market")
    assert (record.incident_type, record.target_type, record.severity, record.alert) == (
        "rocket_attack",
        "civilian",
        "critical",
        False,
    )
    assert (record.casualties.killed, record.casualties.injured) == (12, 43)
    assert record.location.city == "Kharkiv"


def test_arabic_indic_digits() -> None:
    record = run("ar_numbers")
    assert (record.incident_type, record.target_type) == ("bombing", "religious")
    assert (record.casualties.killed, record.casualties.injured) == (12, 30)
    assert record.location.country_code == "PK"


def test_unsupported_language_is_none() -> None:
    record = classify_article(
        {"id": "pl", "body": "Rakiety spadły w pobliżu ambasady w Bagdadzie, nikt nie został ranny."}
    )
    assert record.language == "pl"
    assert record.incident_type == "none"
    assert record.confidence < 0.3


def test_accepts_article_model_and_is_reusable() -> None:
    article = ArticleIn(id="m1", title=ARTICLES["en_market"]["title"], body=ARTICLES["en_market"]["body"])
    first = get_classifier().classify(article)
    second = get_classifier().classify(article)
    assert first == second
    assert get_classifier() is get_classifier()
    assert isinstance(get_classifier(), Classifier)


def test_evidence_sentence_indexes_point_into_the_text() -> None:
    record = run("en_truck_bomb")
    for evidence in record.evidence:
        assert evidence.sentence >= 0 and evidence.text


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        # injured victims and no death mentioned: the labelling convention reads it as nobody died
        (
            "Two Iraqi guards were wounded when rockets struck near the US embassy in Baghdad on Friday "
            "morning, officials said.",
            0,
            2,
        ),
        # no victims stated at all: the text says nothing about deaths
        (
            "Rockets struck near the US embassy in Baghdad on Friday morning, officials said.",
            None,
            None,
        ),
        # the text says nobody died
        (
            "Two Iraqi guards were wounded when rockets struck near the US embassy in Baghdad on Friday "
            "morning, officials said. No one was killed.",
            0,
            2,
        ),
        # "nobody was hurt" says there were no casualties at all
        (
            "Rockets struck near the US embassy in Baghdad on Friday morning, officials said. "
            "Nobody was hurt.",
            0,
            0,
        ),
    ],
)
def test_killed_zero_or_none(body: str, killed: int | None, injured: int | None) -> None:
    record = classify_article({"id": "casualty-rule", "language": "en", "title": "", "body": body})
    assert record.incident_type == "rocket_attack"
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured)


def _facts(language: str, title: str, body: str) -> IncidentRecord:
    return classify_article({"id": "t", "language": language, "title": title, "body": body})


@pytest.mark.parametrize(
    ("language", "title", "body", "killed", "injured"),
    [
        # counts on both sides of a casualty word are two clauses, not one sum
        (
            "en",
            "Bomb at bus station in Kano",
            "A bomb exploded at the main bus station in Kano on Friday. Nine people lost their lives and "
            "forty were taken to hospital with burns, police said.",
            9,
            None,
        ),
        # an age in parentheses after initials is not a count
        (
            "id",
            "Bom meledak di depan kantor polisi Makassar",
            "Sebuah bom meledak di depan kantor polisi di Makassar, Senin. Dua orang terluka. Kedua korban, "
            "masing-masing berinisial AB (45) dan CD (38), kini dirawat di rumah sakit.",
            0,
            2,
        ),
        # a day of a month is not a count; arrested suspects are not victims
        (
            "es",
            "Ataque con granadas contra una comisaría en Cali",
            "CALI, 14 ago (Heldout) – Un ataque con granadas contra una comisaría de Cali dejó tres heridos "
            "este jueves. La policía detuvo a 15 sospechosos y dijo que tres agentes resultaron heridos.",
            0,
            3,
        ),
        # only the attacker died: no victim was killed
        (
            "de",
            "Messerangriff vor Botschaft in Wien",
            "Ein Mann hat vor der Botschaft in Wien einen Wachmann mit einem Messer angegriffen und "
            "verletzt. Polizisten schossen den Angreifer nieder, er starb noch am Tatort.",
            0,
            1,
        ),
    ],
)
def test_casualty_counts_ignore_other_numbers(
    language: str, title: str, body: str, killed: int | None, injured: int | None
) -> None:
    record = _facts(language, title, body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured), record.evidence


def test_multi_word_city_whose_first_word_is_a_lexicon_term() -> None:
    record = _facts(
        "en",
        "Drone strikes near UN compound in Port Sudan",
        "A drone struck near the United Nations compound in Port Sudan on Tuesday, wounding one guard.",
    )
    assert record.location.city == "Port Sudan" and record.location.country_code == "SD"
    russian = _facts(
        "ru",
        "Беспилотник атаковал здание миссии ООН в Порт-Судане",
        "Беспилотник атаковал здание миссии ООН в Порт-Судане во вторник, сообщили местные власти.",
    )
    assert russian.location.city == "Port Sudan"


def test_russian_adjective_of_a_region_name_is_no_town() -> None:
    """ "в Горном Бадахшане" is the region Gorno-Badakhshan: "Горном" is an adjective of the name that
    follows, not an inflection of Горн (Hoorn, NL); the place is the dateline's."""
    record = _facts(
        "ru",
        "Нападение на конвой миссии ООН",
        "ДУШАНБЕ, 3 марта. В Горном Бадахшане неизвестные обстреляли конвой миссии ООН, ранены два "
        "сотрудника, сообщили власти Таджикистана.",
    )
    assert (record.location.country_code, record.location.city) == ("TJ", "Dushanbe")


def test_small_town_after_a_place_preposition_is_the_city() -> None:
    """Towns of 5,000-15,000 people are in the gazetteer, read where a preposition names them as a
    place; the same names used as ordinary words elsewhere in the text are not towns."""
    record = _facts(
        "en",
        "Mortar rounds hit UN base",
        "Mortar rounds struck the perimeter of the United Nations base in Bentiu overnight, wounding "
        "two peacekeepers, a mission spokesperson said.",
    )
    assert (record.location.country_code, record.location.city) == ("SS", "Bentiu")
    # "Kanal" is a Slovenian town, and here a German noun
    german = _facts(
        "de",
        "Hackerangriff auf Ministerium",
        "TIFLIS. Ein Hackerangriff hat am Montag die Website des georgischen Außenministeriums "
        "stundenlang blockiert. Zu dem Angriff bekannte sich auf ihrem Telegram-Kanal eine Gruppe.",
    )
    assert (german.location.country_code, german.location.city) == ("GE", "Tbilisi")


def test_small_town_named_twice_without_a_preposition_is_the_city() -> None:
    """ "le marché de Ménaka" has no place preposition ("de" is too common to be one), but a small
    town the article names twice is that town (a noun that is also a town seldom repeats so)."""
    record = _facts(
        "fr",
        "Frappe de drone sur le marché de Ménaka",
        "Une frappe de drone a touché jeudi le marché hebdomadaire de Ménaka, faisant au moins neuf "
        "morts. Ménaka, chef-lieu de région, était déjà visée en mars.",
    )
    assert (record.location.country_code, record.location.city) == ("ML", "Ménaka")


def test_match_report_with_bombardment_metaphors_is_not_an_incident() -> None:
    record = _facts(
        "en",
        "City bombarded the goal all night in cup win",
        "The home side bombarded the goal from the first minute of the cup match at the stadium. The "
        "striker scored twice, the goalkeeper saved a penalty and the coach praised the fans after the "
        "league leaders' victory. The visitors were under bombardment for the whole second half.",
    )
    assert record.incident_type == "none" and record.alert is False


def test_embassy_named_only_in_the_aftermath_is_not_the_target() -> None:
    record = _facts(
        "en",
        "Gunmen kill three at a shopping mall in Nairobi",
        "Gunmen opened fire at a shopping mall in Nairobi on Friday, killing three shoppers and wounding "
        "five, police said. The attackers fled on foot. Police said the motive was unclear.\n"
        "Later in the day the British embassy urged its citizens to avoid the area.",
    )
    assert record.incident_type == "armed_assault"
    assert record.target_type == "civilian" and record.alert is False


def test_arabic_so_far_does_not_make_the_sentence_background() -> None:
    """ "حتى الآن" ("so far": nobody has claimed the attack so far) is no earlier incident recalled;
    the toll told in the same sentence is this attack's."""
    record = _facts(
        "ar",
        "مسلحون يهاجمون سيارة دبلوماسي في طرابلس",
        "أطلق مسلحون النار على سيارة دبلوماسي تونسي في طرابلس مساء الأحد، ما أدى إلى إصابة حارسين "
        "بجروح طفيفة، ولم تتبن أي جهة الهجوم حتى الآن.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 2)


def test_french_army_is_no_armed_attack_word() -> None:
    """ "armé" (armed) is an attack word, "l'armée" (the army) is not: an explainer on embassy
    security that names the army and "attacks" in general reports no incident."""
    record = _facts(
        "fr",
        "Pourquoi les ambassades sont-elles si difficiles à attaquer ?",
        "Les attaques contre des ambassades restent rares. La protection extérieure revient à la police "
        "du pays hôte, parfois renforcée par l'armée. À l'intérieur, la sécurité est assurée par des "
        "gardes de l'ambassade elle-même.",
    )
    assert record.incident_type == "none" and not record.alert


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "es",
            "Turba irrumpe en una oficina consular",
            "Una turba irrumpió el martes en la oficina consular de Bolivia en el paso fronterizo de "
            "Desaguadero y quemó archivos.",
        ),
        (
            "fr",
            "Un bureau consulaire incendié",
            "Des manifestants ont forcé l'entrée du bureau consulaire du Mali à Abidjan et y ont mis le feu.",
        ),
        (
            "de",
            "Handgranate auf Konsularbüro geworfen",
            "Ein Unbekannter hat in der Nacht eine Handgranate auf das Konsularbüro Armeniens in Batumi "
            "geworfen; verletzt wurde niemand.",
        ),
    ],
)
def test_consular_offices_are_diplomatic_sites(language: str, title: str, body: str) -> None:
    assert _facts(language, title, body).target_type == "diplomatic"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Grenade thrown at court in Kisumu",
            "A grenade was thrown at the main gate of the High Court in Kisumu on Tuesday, wounding three "
            "people queuing outside the court, police said.",
        ),
        (
            "fr",
            "Explosion devant le tribunal de Maroua",
            "Une bombe a explosé mardi devant le tribunal de Maroua, blessant quatre personnes qui "
            "attendaient à l'entrée du tribunal.",
        ),
    ],
)
def test_attack_on_a_courthouse_is_no_trial_report(language: str, title: str, body: str) -> None:
    """ "court"/"tribunal" is a trial cue and a site: named alone, it is the site attacked."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.target_type) == ("bombing", "government")


@pytest.mark.parametrize(
    ("language", "title", "body", "killed", "injured"),
    [
        # "no other injured": the one wounded before it stands
        (
            "de",
            "Messerangriff vor Konsulat",
            "Ein Mann hat am Freitagmorgen den Pförtner des türkischen Konsulats in Antalya mit einem "
            "Messer angegriffen und verletzt. Ein Polizist schoss auf den Angreifer, der später starb. "
            "Außer dem Täter kam niemand ums Leben, weitere Verletzte gab es nicht.",
            0,
            1,
        ),
        # Arabic tens in the nominative ("ثلاثون", not only "ثلاثين")
        (
            "ar",
            "تفجير في سوق بمدينة الموصل",
            "قتل سبعة أشخاص وأصيب ثلاثون آخرون في تفجير سيارة مفخخة بسوق شعبي في الموصل صباح الأحد.",
            7,
            30,
        ),
        # "and the wounding of another": one more victim
        (
            "ar",
            "هجوم على سفارة في طرابلس",
            "أسفر هجوم مسلح على السفارة في طرابلس عن مقتل حارس وإصابة آخر بجروح، وفق مصدر أمني.",
            1,
            1,
        ),
        # "hirieron a otras seis": the plural verb counts the number after it
        (
            "es",
            "Ataque armado contra una iglesia",
            "Hombres armados asesinaron a cuatro feligreses en una iglesia de Kaya e hirieron a otras "
            "seis personas, informaron fuentes locales.",
            4,
            6,
        ),
        # a count of things ("dua kendaraan") is no count of the dead named just before it
        (
            "id",
            "Mortir hantam pos militer",
            "Satu prajurit tewas dan tiga lainnya luka-luka akibat serangan mortir di pos militer dekat "
            "Baidoa. Selain korban jiwa, dua kendaraan patroli dan sebuah gudang rusak.",
            1,
            3,
        ),
    ],
)
def test_more_ways_of_telling_a_toll(
    language: str, title: str, body: str, killed: int | None, injured: int | None
) -> None:
    record = _facts(language, title, body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured)


def test_turkish_place_with_a_locative_suffix_is_where_the_site_is() -> None:
    """ "Irak'ın Kerkük kentindeki Başkonsolosluk": the consulate in Kirkuk, Iraq — Iraq is the
    place, not the consulate's owner (which would rule Iraq out as the incident's country)."""
    record = _facts(
        "tr",
        "Başkonsolosluğa roket saldırısı",
        "Türkiye'nin Irak'ın Kerkük kentindeki Başkonsolosluğuna dün gece roket atıldı. Saldırıda binada "
        "hasar oluştu, yaralanan olmadı.",
    )
    assert (record.location.country_code, record.location.city) == ("IQ", "Kirkuk")
    assert record.facility is not None and record.facility.of != "IQ"


def test_turkish_exonyms_of_foreign_cities() -> None:
    record = _facts(
        "tr",
        "Mezar-ı Şerif'te konsolosluğa silahlı saldırı",
        "Afganistan'ın kuzeyindeki Mezar-ı Şerif'te bir başkonsolosluğa silahlı saldırı düzenlendi, iki "
        "güvenlik görevlisi yaralandı.",
    )
    assert (record.location.country_code, record.location.city) == ("AF", "Mazar-i-Sharif")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Le sénateur s'attaque au projet de budget",
            "Le sénateur Paul Verdier a attaqué mardi le projet de budget lors des questions au "
            "gouvernement. Selon lui, la réforme va faire exploser les impôts locaux des petites "
            "communes. La ministre a défendu un texte « équilibré ».",
        ),
        (
            "en",
            "Senator attacks draft budget",
            "Senator Ruth Alvarez attacked the draft budget on Wednesday during question time, warning that "
            "tax increases would blow up the finances of rural councils. The finance minister said the "
            "plan was fair.",
        ),
    ],
)
def test_budget_debate_in_violent_words_is_no_incident(language: str, title: str, body: str) -> None:
    """Parliament and budget words (senator, draft budget, question time, taxes) mark the genre: an
    "attack" on a budget that will "explode" taxes is politics."""
    assert _facts(language, title, body).incident_type == "none"


@pytest.mark.parametrize(
    ("language", "title", "body", "severity"),
    [
        (
            "en",
            "Families begin hunger strike outside consulate",
            "Relatives of sailors held abroad began a hunger strike on Monday outside the consulate in "
            "Mombasa. About thirty people sat on mats near the gate; police called the protest orderly.",
            "low",
        ),
        (
            "de",
            "Sitzblockade vor Botschaft",
            "Mehrere Hundert Studierende haben am Samstag vor der Botschaft in Tiflis eine stundenlange "
            "Sitzblockade abgehalten. Am Abend löste sich die Versammlung friedlich auf.",
            "low",
        ),
        (
            "ar",
            "محتجون يرشقون واجهة السفارة بالبيض",
            "رشق عشرات المحتجين واجهة السفارة في عمّان بالبيض والطلاء الأحمر احتجاجا على تجمع أحرقت فيه "
            "نسخة من المصحف، ولم تسجل أي إصابات.",
            "medium",
        ),
    ],
)
def test_protests_from_hunger_strikes_to_thrown_paint(
    language: str, title: str, body: str, severity: str
) -> None:
    """Hunger strikes and sit-ins are protests; eggs and paint thrown at a facade make one medium;
    a holy book burned at another rally is the protest's cause, not an arson."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.severity, record.alert) == ("protest", severity, False)


@pytest.mark.parametrize(
    ("body", "country", "city"),
    [
        # GeoNames has no Russian name for Kidal: found through its Latin letters, after "в"
        ("Боевики обстреляли лагерь миссии ООН в Кидале, ранены двое миротворцев.", "ML", "Kidal"),
        ("Неизвестные открыли огонь по консульству в городе Дори, ранен охранник.", "BF", "Dori"),
        # a hyphenated name whose last part is inflected and short
        ("Неизвестный напал с ножом на охранника консульства в Алма-Ате, охранник ранен.", "KZ", "Almaty"),
    ],
)
def test_russian_town_names_in_cyrillic(body: str, country: str, city: str) -> None:
    record = _facts("ru", "Нападение на дипломатический объект", body)
    assert (record.location.country_code, record.location.city) == (country, city)


def test_hospital_where_the_victim_is_treated_is_not_the_target() -> None:
    """A story told from the hospital: the site attacked is the embassy named later; a hospital is
    the target only as an attack's object ("an airstrike hit a hospital")."""
    told_from_hospital = _facts(
        "en",
        "Guard recovering in hospital after stabbing",
        "A security guard was recovering at the city hospital in Nouakchott on Tuesday, a doctor at the "
        "hospital said. He had been stabbed at the entrance of the Algerian embassy by a man who was "
        "arrested at the scene.",
    )
    assert (told_from_hospital.target_type, told_from_hospital.alert) == ("diplomatic", True)
    hospital_hit = _facts(
        "en",
        "Airstrike hits hospital in Marib",
        "An airstrike hit a hospital in Marib on Tuesday, killing three patients, the health ministry said.",
    )
    assert hospital_hit.target_type == "civilian"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Opinion: Host governments keep failing the embassies they guard",
            "This year consulates have been shelled, torched and stormed, and each time the host state "
            "promised an inquiry. Protection of foreign missions is a duty, not a favour.",
        ),
        (
            "de",
            "Kommentar: Wer Botschaften angreift, greift die Diplomatie an",
            "Raketen auf Konsulate, Brandsätze gegen Botschaftstore: Die Angriffe der letzten Monate "
            "zeigen, wie verwundbar Vertretungen geworden sind.",
        ),
        (
            "tr",
            "ANALİZ | Büyükelçiliklere saldırılar neden arttı?",
            "Son aylarda roketler, bomba yüklü araçlar ve öfkeli kalabalıklar büyükelçilikleri hedef aldı. "
            "Uzmanlar üç nedene işaret ediyor.",
        ),
    ],
)
def test_commentary_about_attacks_reports_none(language: str, title: str, body: str) -> None:
    """A title labelled as an editorial, opinion or analysis piece discusses attacks in general."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("none", False)


def test_spanish_sana_is_sanaa_yemen() -> None:
    """Accents folded, Spanish "Saná" would read as Saña, Peru: the alias keeps it Yemen's capital."""
    record = _facts(
        "es",
        "Disparos contra un convoy de la ONU en Saná",
        "Hombres armados dispararon contra un convoy de la ONU en Saná, la capital de Yemen, sin causar "
        "heridos.",
    )
    assert (record.location.country_code, record.location.city) == ("YE", "Sanaa")


def test_german_nobody_killed_written_as_tote_gab_es_nicht() -> None:
    record = _facts(
        "de",
        "Handgranate auf Botschaft in Niamey geworfen",
        "Unbekannte haben eine Handgranate über die Mauer der Botschaft in Niamey geworfen. Zwei Wachleute "
        "wurden verletzt, Tote gab es nach Angaben der Polizei nicht.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 2)


@pytest.mark.parametrize(
    ("language", "title", "body", "injured"),
    [
        (
            "en",
            "Car bomb near market in Kano",
            "A car bomb exploded near a market in Kano, wounding twenty-three people.",
            23,
        ),
        (
            "ru",
            "Взрыв у рынка в Кано",
            "Взрыв заминированного автомобиля у рынка в Кано: ранены двадцать шесть человек.",
            26,
        ),
        (
            "ar",
            "انفجار سيارة مفخخة قرب سوق في كانو",
            "انفجرت سيارة مفخخة قرب سوق في كانو ما أدى إلى إصابة ثلاثة وعشرين شخصا.",
            23,
        ),
        # Arabic eleven and twelve are one compound each, not "ten"
        (
            "ar",
            "انفجار قرب سوق في كانو",
            "انفجرت عبوة ناسفة قرب سوق في كانو، وأسفر الانفجار عن أحد عشر جريحا.",
            11,
        ),
        (
            "ar",
            "انفجار قرب سوق في كانو",
            "انفجرت عبوة ناسفة قرب سوق في كانو واصيب اثنا عشر شخصا.",
            12,
        ),
    ],
)
def test_compound_number_words(language: str, title: str, body: str, injured: int) -> None:
    assert _facts(language, title, body).casualties.injured == injured


def test_teens_written_as_two_words_and_a_toll_next_to_attackers() -> None:
    french = _facts(
        "fr",
        "Attaque armée contre un camp militaire près de Tillabéri",
        "Dix-sept soldats ont été tués lundi lors d'une attaque armée contre un camp militaire près de "
        "Tillabéri, au Niger, selon l'armée.",
    )
    assert french.casualties.killed == 17
    english = _facts(
        "en",
        "Death toll rises to four after gunmen attack consulate in Karachi",
        "Gunmen attacked a consulate in Karachi on Friday. The toll has risen to four, police said.",
    )
    assert english.casualties.killed == 4


def test_cyberattack_reports_no_casualties_from_unharmed_data() -> None:
    record = _facts(
        "ru",
        "Кибератака на сайт министерства",
        "Сайт регионального министерства здравоохранения подвергся DDoS-атаке. Персональные данные "
        "пациентов не пострадали.",
    )
    assert record.incident_type == "cyberattack"
    assert (record.casualties.killed, record.casualties.injured) == (None, None)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        # a Commonwealth embassy is a High Commission
        (
            "id",
            "Granat dilempar ke Komisi Tinggi Inggris di Dhaka, dua polisi terluka",
            "Seorang pria melemparkan granat ke gerbang Komisi Tinggi Inggris di Dhaka. Dua polisi yang "
            "berjaga terluka.",
        ),
        # the port in a city's name ("Puerto Sudán") is not an infrastructure target
        (
            "es",
            "Ataque con drones en Puerto Sudán",
            "Un dron cargado de explosivos impactó contra el consulado de Egipto en Puerto Sudán. Dos "
            "guardias resultaron heridos.",
        ),
        # peacekeepers are soldiers, but a UN mission's post or base is a UN mission (acronym, "misión")
        (
            "id",
            "Tiga prajurit terluka dalam serangan drone ke pos MINUSCA",
            "Tiga prajurit penjaga perdamaian terluka ketika drone menghantam pos MINUSCA di Bangui.",
        ),
        (
            "es",
            "Cohetes contra la base de Bor",
            "Varios cohetes cayeron en la base de la misión de la ONU en Bor y un trabajador de la ONU "
            "murió.",
        ),
        (
            "de",
            "OSZE-Mitarbeiterin in Chudschand verschleppt",
            "Bewaffnete haben eine OSZE-Mitarbeiterin in Chudschand aus ihrem Auto gezerrt und entführt.",
        ),
    ],
)
def test_diplomatic_target_wins_over_guards_and_place_names(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert record.target_type == "diplomatic"
    assert record.alert is True


def test_condemnation_is_not_a_court_verdict() -> None:
    # German "verurteilt" is both "condemns" and "sentenced"; only the second makes a trial report
    record = _facts(
        "de",
        "Regierung verurteilt Brandanschlag auf Konsulat in Izmir",
        "Berlin – Die Bundesregierung hat einen Brandanschlag auf das Generalkonsulat in Izmir scharf "
        "verurteilt. Unbekannte hatten in der Nacht das Tor des Konsulats angezündet.",
    )
    assert (record.incident_type, record.alert) == ("arson", True)
    assert record.location.country_code == "TR"


def test_embassy_closed_as_a_precaution_is_a_threat() -> None:
    record = _facts(
        "fr",
        "L'ambassade de Suède à Bamako fermée par précaution",
        "L'ambassade de Suède à Bamako restera fermée par précaution jeudi et vendredi après une alerte "
        "de sécurité générale, sans menace précise contre la mission.",
    )
    assert (record.incident_type, record.target_type, record.severity) == ("threat", "diplomatic", "low")


@pytest.mark.parametrize(
    ("language", "title", "body", "country"),
    [
        # KBRI is Indonesia's embassy: its name says whose it is, so Indonesia is not the place
        (
            "id",
            "Granat dilempar ke KBRI Nairobi",
            "Orang tak dikenal melemparkan granat ke pagar KBRI Nairobi pada Senin malam. WNI di Kenya "
            "diimbau tetap tenang.",
            "KE",
        ),
        # "Başkonsolosluğumuza" = to our consulate (a Turkish outlet): Ankara's reaction is not the place
        (
            "tr",
            "Dışişleri Erbil'deki saldırıyı kınadı",
            "Ankara - Dışişleri Bakanlığı, Irak'ın Erbil kentindeki Başkonsolosluğumuza düzenlenen İHA "
            "saldırısını kınadı.",
            "IQ",
        ),
        # "قنصليتها" (its consulate) belongs to the subject, not to the nationality named next to it
        (
            "ar",
            "عمان تستدعي القائم بالأعمال الليبي بعد الهجوم على سفارتها في طرابلس",
            "أطلق مسلحون النار على مقر السفارة الأردنية في العاصمة الليبية طرابلس مساء الأحد.",
            "LY",
        ),
        # a mixed-case dateline before a dash ("Islamabad –") is where the report was filed
        (
            "de",
            "Anschlag auf Kraftwerk in Belutschistan",
            "Islamabad – Bei einem Bombenanschlag auf ein Kraftwerk in der Stadt Sibi sind drei Arbeiter "
            "getötet worden.",
            "PK",
        ),
    ],
)
def test_owner_and_dateline_are_not_the_place(language: str, title: str, body: str, country: str) -> None:
    record = _facts(language, title, body)
    assert record.location.country_code == country


@pytest.mark.parametrize(
    ("language", "title", "body", "city"),
    [
        # the desk's city in the dateline and again in reactions; the incident's city once, in the lead
        (
            "en",
            "Car bomb at consulate in eastern Afghanistan",
            "KABUL, June 3 — A car bomb exploded outside the Iranian consulate in Jalalabad on Sunday, "
            "killing two guards. The driver had been stopped at the checkpoint, the interior ministry "
            "in Kabul said.",
            "Jalalabad",
        ),
        (
            "fr",
            "Burkina Faso : un camp militaire attaqué dans le Nord",
            "OUAGADOUGOU — Des hommes armés ont ouvert le feu sur un camp militaire à Djibo dimanche, tuant "
            "au moins vingt soldats. « Les combats ont été violents », a déclaré un officier joint à "
            "Ouagadougou.",
            "Djibo",
        ),
        # … but a lead that names the dateline's city again keeps it ("in Gulshan, Dhaka")
        (
            "en",
            "Grenade thrown at ambassador's residence",
            "DHAKA — Attackers threw a grenade at the ambassador's residence in Gulshan, Dhaka, before dawn "
            "on Tuesday, police said.",
            "Dhaka",
        ),
    ],
)
def test_dateline_city_yields_to_the_city_the_lead_names_for_the_incident(
    language: str, title: str, body: str, city: str
) -> None:
    assert _facts(language, title, body).location.city == city


def test_dash_dateline_city_yields_to_the_incident_city() -> None:
    record = _facts(
        "de",
        "Anschlag auf Kraftwerk in Belutschistan",
        "Islamabad – Bei einem Bombenanschlag auf ein Kraftwerk in der Stadt Sibi sind drei Arbeiter "
        "getötet worden.",
    )
    assert record.location.city == "Sibi"


@pytest.mark.parametrize(
    ("language", "title", "body", "city"),
    [
        # the capital speaks, governs and treats the wounded; the town is where it happened
        (
            "en",
            "Guard stabbed at consulate",
            "YEREVAN — A guard at the Georgian consulate in Vanadzor was stabbed on Monday, the Interior "
            "Ministry said in Yerevan. He was flown to Yerevan, where doctors said he was stable. The "
            "government in Yerevan promised a swift inquiry.",
            "Vanadzor",
        ),
        (
            "ru",
            "Нападение на мечеть",
            "Боевики напали на мечеть в городе Кундуз во время пятничной молитвы, погибли шесть человек. "
            "Правительство в Кабуле осудило нападение. Министерство внутренних дел в Кабуле направило в "
            "провинцию следователей.",
            "Kunduz",
        ),
        (
            "es",
            "Atentado contra una estación de policía",
            "Un atentado con explosivos contra una estación de policía en el municipio de Tumaco dejó dos "
            "agentes heridos. Desde Bogotá, el Ministerio de Defensa condenó el ataque y el Gobierno en "
            "Bogotá ofreció una recompensa.",
            "Tumaco",
        ),
        # … and where no other city is named, the capital beside the ministry is the best evidence
        (
            "id",
            "Situs Kementerian Diretas, Data Kita Aman?",
            "Situs resmi sebuah kementerian diretas pada Senin malam. Juru bicara kementerian di Jakarta "
            "mengatakan tidak ada data yang bocor.",
            "Jakarta",
        ),
    ],
)
def test_a_city_named_beside_a_ministry_or_a_statement_gives_way_to_the_town(
    language: str, title: str, body: str, city: str
) -> None:
    assert _facts(language, title, body).location.city == city


def test_casualty_phrase_keeps_the_attack_word_inside_it() -> None:
    # "tewas ditembak" (shot dead) is listed as a casualty phrase; it still says "shot"
    record = _facts(
        "id",
        "Diplomat tewas ditembak di Karachi",
        "Seorang diplomat tewas ditembak orang tak dikenal di Karachi, Pakistan, Rabu sore.",
    )
    assert (record.incident_type, record.target_type, record.alert) == ("armed_assault", "diplomatic", True)
    assert record.casualties.killed == 1


def test_from_a_motorbike_is_not_since_and_one_victim_counts() -> None:
    # "desde" is both "since" (background) and "from"; the wounded diplomat is one victim
    record = _facts(
        "es",
        "Balean a un diplomático en Managua",
        "Un funcionario de la embajada resultó herido de bala cuando dos sujetos le dispararon desde una "
        "motocicleta en Managua. La policía informó que no hubo fallecidos.",
    )
    assert (record.incident_type, record.alert) == ("armed_assault", True)
    assert (record.casualties.killed, record.casualties.injured) == (0, 1)


@pytest.mark.parametrize(
    ("language", "title", "body", "city"),
    [
        ("ar", "قصف على حي سكني في حلب", "سقطت قذائف على حي سكني في حلب مساء الأحد.", "Aleppo"),
        ("ru", "Поджог у консульства в Оше", "В Оше неизвестные подожгли автомобиль у консульства.", "Osh"),
        # "معسكر" is a camp here, not Mascara in Algeria
        ("ar", "قذائف هاون على معسكر للجيش في سرت", "سقطت قذائف هاون على معسكر للجيش في سرت.", "Sirte"),
        # English keeps the accents of Spanish, French, German names …
        (
            "es",
            "Granada contra la sede consular",
            "Una granada estalló ante el consulado en Medellín.",
            "Medellín",
        ),
        (
            "fr",
            "Attaque contre une ambassade",
            "Des hommes armés ont attaqué l'ambassade à Lomé mardi.",
            "Lomé",
        ),
        # … and English exonyms where English has one
        (
            "de",
            "Brandanschlag auf Konsulat",
            "Unbekannte haben in Hannover das Tor eines Konsulats angezündet.",
            "Hanover",
        ),
        # … not GeoNames' transliteration marks ("Jalālābād", "İzmir")
        (
            "en",
            "Blast near consulate",
            "A bomb exploded outside the consulate in Jalalabad on Monday.",
            "Jalalabad",
        ),
        ("tr", "Konsolosluğa saldırı", "İzmir'de konsolosluk binasına silahlı saldırı düzenlendi.", "Izmir"),
    ],
)
def test_city_names(language: str, title: str, body: str, city: str) -> None:
    """Short names read though GeoNames' short alternates are not; the spelling a record shows."""
    assert _facts(language, title, body).location.city == city


@pytest.mark.parametrize(
    ("language", "body", "city", "country"),
    [
        (
            "es",
            "Una multitud irrumpió en el consulado en Santa Cruz de la Sierra el lunes.",
            "Santa Cruz de la Sierra",
            "BO",
        ),
        (
            "en",
            "Gunmen shot two tourists in San Cristóbal de las Casas on Friday.",
            "San Cristóbal de las Casas",
            "MX",
        ),
    ],
)
def test_city_names_of_five_words(language: str, body: str, city: str, country: str) -> None:
    location = _facts(language, "", body).location
    assert (location.city, location.country_code) == (city, country)


def test_zero_for_this_attack_beats_a_toll_recalled_from_another_month() -> None:
    record = _facts(
        "de",
        "Drohnenangriff auf Kraftwerk in Kosti",
        "Bei einem Drohnenangriff auf ein Kraftwerk in Kosti ist ein Brand ausgebrochen. Verletzt oder "
        "getötet wurde nach Behördenangaben niemand. In Kosti und im benachbarten Rabak fiel der Strom "
        "großflächig aus, auch mehrere Wasserpumpstationen stehen still. Die Armee machte die RSF für den "
        "Angriff verantwortlich. Im Juni wurden bei einem Angriff auf einen Markt neun Menschen getötet "
        "und 20 verletzt.",
    )
    assert record.incident_type == "airstrike"
    assert (record.casualties.killed, record.casualties.injured) == (0, 0)


def test_a_beaten_driver_is_one_injured() -> None:
    record = _facts(
        "en",
        "Consul abducted by gunmen in Tapachula",
        "Armed men abducted a consul in Tapachula on Monday. His driver was beaten with rifle butts and "
        "treated at a hospital. No one was killed.",
    )
    assert (record.incident_type, record.alert) == ("kidnapping", True)
    assert (record.casualties.killed, record.casualties.injured) == (0, 1)


@pytest.mark.parametrize(
    ("language", "title", "body", "country"),
    [
        # a city name borne by cities in two countries: the country the article names decides
        (
            "en",
            "Mortar rounds hit consulate in Tripoli",
            "BEIRUT — Mortar rounds struck a consulate in the northern Lebanese city of Tripoli on "
            "Sunday, Lebanon's army said.",
            "LB",
        ),
        (
            "en",
            "Grenade attack on market in Hyderabad",
            "A grenade exploded at a market in Hyderabad in Pakistan's Sindh province, police said.",
            "PK",
        ),
        (
            "es",
            "Disparos contra la embajada de Colombia en San José",
            "Hombres armados dispararon contra la embajada de Colombia en San José, Costa Rica, el lunes.",
            "CR",
        ),
        # no country named: the biggest city of that name
        ("en", "Rockets hit embassy in Tripoli", "Rockets hit an embassy in Tripoli on Monday.", "LY"),
    ],
)
def test_namesake_cities_follow_the_country_named(language: str, title: str, body: str, country: str) -> None:
    assert _facts(language, title, body).location.country_code == country


@pytest.mark.parametrize(
    ("language", "title", "body", "incident", "injured"),
    [
        (
            "es",
            "Una turba asalta una embajada en Ciudad de México",
            "Cientos de manifestantes derribaron el portón de la embajada y se hicieron con el control del "
            "recinto. Una docena de policías resultaron heridos.",
            "storming",
            12,
        ),
        (
            "en",
            "Gate of consulate in Glasgow set alight",
            "A man doused the gate of a consulate in Glasgow with petrol and set it alight on Saturday. "
            "Nobody was injured.",
            "arson",
            0,
        ),
        (
            "ru",
            "У посольства в Казани ранен охранник",
            "Неизвестный открыл огонь у посольства в Казани, ранен сотрудник охраны. Сотрудники посольства "
            "не пострадали.",
            "armed_assault",
            1,
        ),
        (
            "en",
            "Guard stabbed at embassy gate in Amman",
            "A man attacked a guard at the embassy gate in Amman. The guard suffered stab wounds to his arm.",
            "armed_assault",
            1,
        ),
    ],
)
def test_dozens_singular_victims_and_arson_words(
    language: str, title: str, body: str, incident: str, injured: int
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.casualties.injured) == (incident, injured)


def test_a_reported_bomb_is_a_threat() -> None:
    record = _facts(
        "ru",
        "В Праге эвакуировали посольство из-за сообщения о бомбе",
        "Полиция эвакуировала сотрудников посольства после сообщения о якобы заложенной в здании бомбе. "
        "Взрывное устройство не обнаружено.",
    )
    assert (record.incident_type, record.alert) == ("threat", False)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Bomb defused outside consulate in Herat",
            "Security forces defused a bomb left near the gate of the consulate in Herat on Wednesday. The "
            "bomb did not go off and no one was hurt.",
        ),
        (
            "de",
            "Sprengsatz an Umspannwerk in Cúcuta entschärft",
            "Sprengstoffexperten haben an einem Umspannwerk in Cúcuta eine scharfe Bombe entschärft. Es gab "
            "weder Tote noch Verletzte.",
        ),
    ],
)
def test_a_defused_bomb_is_a_threat(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.severity, record.alert) == ("threat", "low", False)


def test_arson_stays_arson_when_an_accident_is_ruled_out() -> None:
    record = _facts(
        "en",
        "Attackers set fire to consulate gate in Kano",
        "Attackers set fire to the gate of a consulate in Kano overnight. Investigators said a gas leak "
        "could not have caused the blaze.",
    )
    assert (record.incident_type, record.alert) == ("arson", True)


@pytest.mark.parametrize(
    ("language", "title", "body", "killed"),
    [
        (
            "en",
            "Guard stabbed to death at embassy gate in Nairobi",
            "A security guard was stabbed at the embassy gate in Nairobi. The guard, Peter Otieno, 41, was "
            "pronounced dead at a nearby hospital.",
            1,
        ),
        (
            "id",
            "Polisi penjaga kedubes tewas ditikam di Jakarta",
            "Seorang polisi yang berjaga di depan sebuah kedutaan di Jakarta tewas setelah ditikam seorang "
            "pria pada Minggu pagi.",
            1,
        ),
    ],
)
def test_an_age_is_not_a_toll_and_a_stabbing_death_is_one(
    language: str, title: str, body: str, killed: int
) -> None:
    assert _facts(language, title, body).casualties.killed == killed


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        # a diplomatic protest note is not a protest
        (
            "de",
            "Bern übergibt Protestnote",
            "Das Außenministerium hat dem Botschafter eine Protestnote übergeben.",
        ),
        (
            "tr",
            "Ankara'dan protesto notası",
            "Dışişleri Bakanlığı, büyükelçiye protesto notası verdi.",
        ),
        (
            "es",
            "Nota de protesta a la embajada",
            "La cancillería entregó una nota de protesta al embajador.",
        ),
        # an analysis piece or a debate recalling dated attacks
        (
            "en",
            "Analysis: how embassies in the Sahel stay open behind blast walls",
            "Foreign ministries are rethinking how to keep small missions open in the region. In May 2024, "
            "a grenade hit the wall of a consulate in Gao, wounding two guards. Officials say the risk is "
            "now weighed post by post.",
        ),
        (
            "id",
            "DPR minta pengamanan KBRI diperkuat",
            "Komisi I DPR meminta Kemlu memperkuat pengamanan perwakilan RI. Anggota dewan menyinggung bom "
            "mobil di depan sebuah konsulat di Kandahar pada Maret lalu yang menewaskan tiga orang.",
        ),
        # an accident (gas, electrical fault) is no attack
        (
            "id",
            "Tabung elpiji meledak di rumah makan di Palembang",
            "Sebuah tabung elpiji meledak di sebuah rumah makan di Palembang, Rabu siang. Empat pengunjung "
            "mengalami luka bakar ringan.",
        ),
        (
            "fr",
            "Incendie dans l'immeuble d'un consulat honoraire à Kisangani",
            "Un incendie s'est déclaré dans l'immeuble qui abrite un consulat honoraire à Kisangani. Selon "
            "les pompiers, le feu est parti d'un court-circuit dans un bureau.",
        ),
        # a single attack word in quotes is a figure of speech
        (
            "id",
            "Harga cabai 'meledak' jelang Lebaran",
            "Harga cabai rawit di pasar tradisional Jakarta melonjak tajam sepekan menjelang Lebaran karena "
            "pasokan dari sentra produksi turun.",
        ),
        # a weather report "stormed" by hail
        (
            "fr",
            "Orages : la Bretagne prise d'assaut par la grêle",
            "Un épisode orageux a frappé la Bretagne, placée en vigilance orange. Des grêlons ont bombardé "
            "les cultures et des rafales ont dépassé 110 km/h, selon Météo France.",
        ),
        # a retrospective on an old siege
        (
            "en",
            "Former hostages look back on the embassy siege in Lima",
            "Decades after gunmen seized the ambassador's residence in Lima and held dozens of guests, "
            "former hostages gathered this week to launch a book about the siege.",
        ),
        # German compound drill words (Sicherheitsübung)
        (
            "de",
            "Deutsche Botschaft in Ulan-Bator probt den Ernstfall",
            "Mit einer großen Sicherheitsübung hat die Botschaft einen Angriff simuliert. Im Szenario "
            "stürmten „Bewaffnete“ das Tor.",
        ),
        # a film about an embassy siege
        (
            "es",
            "Una película sobre el asedio de una embajada abre el festival",
            "La película, del director chileno Andrés Vidal, recrea la toma de una embajada en un país "
            "ficticio. La actriz protagonista habló del rodaje. El thriller llegará a las salas en octubre.",
        ),
        # a blast with a named accidental cause, after social media spoke of an attack
        (
            "en",
            "Blast near embassy row in Amman",
            "A blast shook a restaurant a few hundred metres from several embassies in Amman on Friday. "
            "Social media first spoke of an attack, before the civil defence said a leaking gas cylinder had "
            "exploded in the kitchen. Four workers suffered light burns.",
        ),
        # figures of speech: a bombshell, a minister who blasts a rival, a "bombe sociale"
        (
            "en",
            "Minister blasts rival over 'bombshell' embassy audit as shares crash",
            "The foreign minister on Tuesday blasted an opposition lawmaker over a bombshell audit of "
            "embassy spending. Investors were rattled and shares fell sharply on the stock exchange.",
        ),
        (
            "fr",
            "Retraites : le député attaque « une bombe sociale »",
            "Le député a violemment attaqué la réforme des retraites, qu'il qualifie de « véritable bombe "
            "sociale ». « Le gouvernement tire à boulets rouges sur les plus fragiles », a-t-il lancé.",
        ),
        # a prison sentence for an old attack
        (
            "es",
            "Condenan a 30 años de cárcel al autor del ataque contra una embajada en 2022",
            "Un tribunal condenó este lunes a 30 años de cárcel a un hombre hallado culpable de "
            "haber lanzado un artefacto explosivo contra la sede de una embajada. La defensa apelará.",
        ),
        # a series told without accents ("serie", "episode", "realisatrice")
        (
            "fr",
            "« Otages », la serie qui revisite une prise d'otages dans une ambassade",
            "Le premier episode de la serie en six volets sur la prise d'otages fictive d'une ambassade sera "
            "diffuse jeudi. La realisatrice dit s'etre inspiree de recits de diplomates. Une deuxieme saison "
            "est prevue.",
        ),
        # a drill told as what it simulates ("simulant l'intrusion d'individus armés")
        (
            "fr",
            "Le consulat de Garoua teste ses procédures",
            "Un exercice a eu lieu mardi au consulat de Garoua, simulant l'attaque d'hommes armés contre le "
            "poste de garde. Le personnel a été confiné une heure.",
        ),
        # a series about an imaginary siege, its cues spread over the review
        (
            "fr",
            "« Le Mur » : une série revient sur la prise d'otages d'un consulat",
            "C'est la série de l'hiver. Elle raconte la prise d'otages imaginaire d'un consulat dans un "
            "pays jamais nommé. Tournée à Lisbonne, la mini-série a été saluée au festival de Luchon. La "
            "réalisatrice dit avoir voulu filmer l'attente. Les premiers épisodes seront diffusés lundi.",
        ),
        # a football report: a "Granate" into the top corner, a "Botschaft" to the rivals
        (
            "de",
            "Granate in den Winkel: Mainz stürmt ins Achtelfinale",
            "Was für eine Botschaft an die Konkurrenz! Die Gastgeber nahmen das Tor unter Beschuss. Nach "
            "der Pause explodierte der Angriff: Der eingewechselte Rechtsaußen jagte eine Granate aus 20 "
            "Metern ins Netz. Die mitgereisten Fans feierten.",
        ),
        # a drill whose lead comes after a bare dateline; a football rout
        (
            "ru",
            "Спецназ отработал освобождение заложников в посольстве",
            "МИНСК.\nСотрудники спецподразделений провели учения по освобождению заложников, условно "
            "захваченных в здании посольства. Роль заложников исполняли курсанты.",
        ),
        (
            "ru",
            "«Торпедо» разгромил «Динамо»: штурм ворот соперника",
            "«Торпедо» разгромил «Динамо» со счётом 5:0. Хозяева с первых минут устроили штурм ворот "
            "соперника и к перерыву вели с разницей в три мяча, сказал после матча тренер.",
        ),
        # an attack a group claims and the authorities deny took place
        (
            "en",
            "Officials say no attack took place at embassy in Bamako, dismissing militant video",
            "Malian authorities denied on Friday that the Algerian embassy in Bamako had been hit by a "
            "drone, hours after a militant channel claimed a strike. 'There was no drone, nothing "
            "happened,' a spokesman said.",
        ),
        (
            "ar",
            "السلطات تنفي تعرض السفارة الفرنسية في نيامي لهجوم بطائرة مسيرة",
            "نفت السلطات صحة بيان لجماعة مسلحة زعمت فيه أنها استهدفت السفارة الفرنسية بطائرة مسيرة، وأكدت "
            "أن أي هجوم لم يقع على الإطلاق.",
        ),
        # fireworks mistaken for shots, explained after a bare dateline; a gas leak at a consulate
        (
            "de",
            "Schüsse an der Botschaft?",
            "Hochzeitsfeuerwerk sorgt für Aufregung in Skopje\nSkopje.\nLaute Knalle nahe der Botschaft "
            "sorgten am Samstag für Aufregung. In sozialen Netzwerken hieß es, an der Botschaft werde "
            "geschossen. Die Polizei stellte jedoch klar, dass es sich um ein Feuerwerk handelte.",
        ),
        (
            "tr",
            "Başkonsoloslukta doğalgaz kaçağı",
            "Başkonsolosluk binasında bakım sırasında doğalgaz kaçağı fark edildi. Olası bir patlamanın "
            "önüne geçildi, sabotaj şüphesi bulunmuyor.",
        ),
    ],
)
def test_not_a_current_attack(language: str, title: str, body: str) -> None:
    """Attack words that report no current attack: protest notes, analysis pieces recalling dated
    attacks, accidents, figures of speech, a drill, a retrospective, a film, a prison sentence, a series."""
    record = _facts(language, title, body)
    assert record.incident_type == "none"
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "title", "body", "killed", "injured"),
    [
        # "sept (07)": one toll written twice, the brackets no break between it and its noun
        (
            "fr",
            "Attaque contre un camp militaire à Kidal",
            "Des hommes armés ont attaqué le camp militaire de Kidal dans la nuit. Le bilan fait état de "
            "cinq (05) militaires tués et neuf (09) blessés.",
            5,
            9,
        ),
        # two ages joined by "and" are ages, not tolls
        (
            "tr",
            "Konsolosluğa silahlı saldırı",
            "Konsolosluğa düzenlenen silahlı saldırıda 1 polis hayatını kaybetti. Sırada bekleyen 31 ve 47 "
            "yaşlarındaki 2 kişi yaralandı.",
            1,
            2,
        ),
        # "مقتل عنصر" (a member was killed) is one death
        (
            "ar",
            "هجوم بقذائف على السفارة في طرابلس",
            "سقطت قذائف هاون على السفارة في طرابلس، ما ادى الى مقتل عنصر من الشرطة الدبلوماسية واصابة ثلاثة "
            "اشخاص.",
            1,
            3,
        ),
        # a time ("shortly after 7 p.m.") is no toll
        (
            "en",
            "Car bomb kills two guards outside embassy in Niamey",
            "A car bomb exploded outside an embassy in Niamey on Tuesday. The blast, shortly after 7 p.m., "
            "killed both guards at the gate and wounded three other people.",
            2,
            3,
        ),
        # "wounding him" is one victim, and "no one else was hurt" no zero for him
        (
            "en",
            "Man stabs guard outside embassy in Bishkek",
            "A man with a knife attacked a police officer guarding an embassy in Bishkek on Monday, wounding "
            "him in the arm. No one else was hurt.",
            0,
            1,
        ),
        # Turkish reported past ("hayatını kaybetmiş") tells yesterday's toll in a statement's story
        (
            "tr",
            "Meclis, Kismayo'daki üsse yönelik saldırıyı kınadı",
            "Meclis, Kismayo'daki askeri üsse düzenlenen bombalı saldırıyı kınadı. Dün üssün girişinde "
            "patlayan bomba yüklü araçta en az 12 asker hayatını kaybetmiş, 18 asker yaralanmıştı.",
            12,
            18,
        ),
        # "ein" before a semicolon is the article of the clause before, not a count of "Tote" after it
        (
            "de",
            "Handgranate auf Konsulat in Ohrid geworfen",
            "Unbekannte warfen eine Handgranate in den Hof des Konsulats in Ohrid. Sie beschädigte Fenster "
            "und ein geparktes Auto; Tote oder Verletzte gab es nach Angaben der Polizei nicht.",
            0,
            0,
        ),
        # "No one was killed" is one zero statement; "or injured" joins the second field to it
        (
            "en",
            "Gunmen abduct aid official near consulate in Kidal",
            "Gunmen abducted an official outside the Algerian consulate in Kidal on Monday. No one was "
            "killed or injured during the abduction, the governor said.",
            0,
            0,
        ),
        # "не менее" (not less than) is "at least", not a negation of the wounded
        (
            "ru",
            "Взрыв у посольства в Кабуле",
            "Заминированный автомобиль взорвался у посольства в Кабуле. Погибли трое прохожих, ещё не "
            "менее восьми человек получили ранения.",
            3,
            8,
        ),
        # one wounded guard, then "no OTHER victims" / "staff were not hurt": still one
        (
            "ru",
            "Нападение на консульство в Бишкеке",
            "Мужчина с ножом напал на охранника консульства в Бишкеке. Раненый охранник доставлен в "
            "больницу. Других пострадавших нет, сотрудники консульства не пострадали.",
            0,
            1,
        ),
        # after a comma, French "un" is an article ("a indiqué un responsable"), not one more victim
        (
            "fr",
            "Des roquettes frappent le consulat à Kirkouk",
            "Des roquettes ont frappé le consulat à Kirkouk. Trois gardes ont été tués et plusieurs "
            "autres blessés, a indiqué un responsable.",
            3,
            None,
        ),
        # German "Personen kamen nicht zu Schaden", Turkish "yaralanma olmadığı", Indonesian "nihil"
        (
            "de",
            "Brandanschlag auf Konsulat in Köln",
            "Unbekannte haben in der Nacht das Tor des Konsulats in Köln angezündet. Personen kamen nicht "
            "zu Schaden.",
            0,
            0,
        ),
        (
            "tr",
            "Erbil'de üsse roket saldırısı",
            "Erbil'de askeri üssü hedef alan iki roket havada imha edildi. Açıklamada, can kaybı ya da "
            "yaralanma olmadığı bildirildi.",
            0,
            0,
        ),
        (
            "id",
            "Granat meledak di depan kantor polisi Sylhet",
            "Sebuah granat meledak di depan kantor polisi di Sylhet. Dua polisi terkena serpihan, "
            "sedangkan korban jiwa nihil.",
            0,
            2,
        ),
        # attackers counted with "of the" are not victims
        (
            "en",
            "Gunmen attack UN patrol near Goma",
            "Gunmen opened fire on a UN patrol near Goma, killing one peacekeeper. Troops returned fire, "
            "killing two of the attackers.",
            1,
            None,
        ),
        # a total before an inclusion aside ("six people, including two children, were wounded")
        (
            "en",
            "Car bomb hits ambassador's convoy in Mogadishu",
            "A car bomb hit the ambassador's convoy in Mogadishu. Six people, including two street vendors "
            "and a child, were wounded.",
            0,
            6,
        ),
        # a negation does not reach past a comma: the driver was hit
        (
            "id",
            "Mobil dubes ditembaki di Niamey",
            "Orang bersenjata menembaki mobil duta besar di Niamey. Sang dubes selamat tanpa luka, namun "
            "sopirnya terkena peluru di bahu.",
            0,
            1,
        ),
        # "nobody who lost their life or was wounded": the single-death phrase is negated too
        (
            "tr",
            "Basra Başkonsolosluğuna roketli saldırı",
            "Basra'daki başkonsolosluğa roketli saldırı düzenlendi. Açıklamada, saldırıda hayatını kaybeden "
            "ya da yaralanan olmadığı belirtildi.",
            0,
            0,
        ),
        # the guard was wounded; the ambassador's being unhurt does not undo that
        (
            "en",
            "Gunmen fire on ambassador's residence in Bamako",
            "Gunmen opened fire on the ambassador's residence in Bamako, wounding a gendarme on guard duty. "
            "The ambassador was inside but unhurt.",
            0,
            1,
        ),
        # an Arabic dual is a count of two
        (
            "ar",
            "سقوط قذيفة داخل مجمع السفارة في طرابلس",
            "أصيب موظفان محليان بجروح إثر سقوط قذيفة صاروخية داخل مجمع السفارة في طرابلس.",
            0,
            2,
        ),
        # "gives no toll of the wounded" does not say there were none
        (
            "fr",
            "Attaque contre le marché de Tillabéri",
            "Au moins douze civils ont été tués lorsque des hommes armés ont ouvert le feu sur le marché de "
            "Tillabéri. Le communiqué ne donne aucun bilan des blessés.",
            12,
            None,
        ),
        # Arabic "و" written onto a count
        (
            "ar",
            "تفجير قرب سفارة في مقديشو",
            "انفجرت سيارة مفخخة قرب بوابة السفارة في مقديشو، ما أدى إلى مقتل خمسة أشخاص و12 جريحا.",
            5,
            12,
        ),
        # "un premier bilan" is no death
        (
            "fr",
            "Grenade contre l'ambassade à Bangui",
            "Une grenade a été lancée contre l'ambassade à Bangui. Un premier bilan faisait état de deux "
            "blessés. Aucun mort n'est à déplorer.",
            0,
            2,
        ),
        # a first report corrected by a later, lower figure: the later one stands
        (
            "en",
            "Grenade attack on embassy in Juba",
            "Attackers threw a grenade into the compound of the Kenyan embassy in Juba on Friday night. "
            "Police initially reported six people wounded. On Saturday the health ministry said four "
            "people were wounded, two of them seriously.",
            0,
            4,
        ),
        # a "ten-minute exchange of fire" is no toll
        (
            "en",
            "Gunmen attack consulate guard post in Kunduz",
            "Two gunmen opened fire on a guard post outside the consulate in Kunduz, wounding one guard. "
            "Both attackers were shot dead during a ten-minute exchange of fire; no guards were killed.",
            0,
            1,
        ),
        # a higher toll the text calls unconfirmed gives way to the official one
        (
            "fr",
            "Des hommes armés tirent sur des fidèles à Garoua",
            "Des hommes armés ont ouvert le feu sur des fidèles devant une église de Garoua, tuant deux "
            "personnes et en blessant six, a indiqué le gouverneur. Des habitants évoquent un bilan de sept "
            "morts, que les autorités n'ont pas confirmé.",
            2,
            6,
        ),
        # the official toll first, the first report's range after it
        (
            "fr",
            "Un gendarme tué devant la résidence de l'ambassadeur à Niamey",
            "Des hommes armés ont ouvert le feu sur la résidence de l'ambassadeur à Niamey, tuant un "
            "gendarme et en blessant deux autres, selon le ministère. Les premières informations faisaient "
            "état de trois à cinq morts.",
            1,
            2,
        ),
        # German "tödlich verletzt" (fatally wounded) is a death
        (
            "de",
            "Wachmann vor Botschaft in Duschanbe erstochen",
            "Vor der Botschaft in Duschanbe hat ein Mann einen Wachmann mit einem Messer angegriffen und "
            "tödlich verletzt.",
            1,
            None,
        ),
        # Indonesian "peringatan keamanan" is a security warning, not a commemoration ("peringatan")
        (
            "id",
            "Granat dilempar ke Konsulat di Quetta, KBRI keluarkan peringatan keamanan",
            "Sebuah granat dilempar ke gerbang konsulat Iran di Quetta pada Senin malam. Dua petugas "
            "keamanan terluka. KBRI Islamabad mengeluarkan peringatan keamanan bagi WNI.",
            0,
            2,
        ),
        # a second incident of the same day told after this one: its toll is not this one's
        (
            "en",
            "Grenade thrown into embassy compound in Niamey",
            "A grenade was thrown over the wall of the Algerian embassy in Niamey on Friday evening. Two "
            "local employees were slightly wounded. The device damaged a car in the courtyard. The same "
            "day, gunmen attacked an army post near Tillabéri. About a dozen soldiers were killed there, "
            "military sources said.",
            0,
            2,
        ),
        # "initially between five and seven dead … corrected the figure to four"
        (
            "de",
            "Autobombe vor Konsulat in Kandahar",
            "Bei der Explosion einer Autobombe vor dem Konsulat in Kandahar sind am Montag Menschen getötet "
            "worden. Zunächst war von zwischen fünf und sieben Toten die Rede; die Polizei korrigierte die "
            "Zahl später auf drei Tote und acht Verletzte.",
            3,
            8,
        ),
        # Turkish reported speech: "that two staff lost their lives"
        (
            "tr",
            "Konsolosluğa roketli saldırı",
            "Bakanlık sözcüsü, konsolosluğa isabet eden roket nedeniyle iki personelin hayatını "
            "kaybettiğini, dört kişinin de yaralandığını açıkladı.",
            2,
            4,
        ),
        # "nobody was killed" written as "that no one was killed"; "died of his wounds" in German
        (
            "ar",
            "خطف دبلوماسي في عدن",
            "خطف مسلحون دبلوماسيا في عدن بعد إطلاق النار على سائقه، وأكدت الشرطة أن أحداً لم يُقتل.",
            0,
            None,
        ),
        (
            "de",
            "Granate auf Botschaft in Juba",
            "Unbekannte warfen am Freitag eine Handgranate auf die Botschaft in Juba. Ein Wachmann ist am "
            "Samstag seinen Verletzungen erlegen.",
            1,
            None,
        ),
        # an uncounted crowd of wounded ("dozens", "puluhan", "العشرات", "onlarca") is no count: not
        # one victim, and not a count from elsewhere in the sentence
        (
            "id",
            "Penembakan di gereja di Dori",
            "Pria bersenjata menembaki jemaat di sebuah gereja di Dori. Tujuh orang tewas. Puluhan orang "
            "lainnya luka-luka dan dilarikan ke rumah sakit.",
            7,
            None,
        ),
        (
            "ar",
            "انفجار سيارة مفخخة امام قنصلية في بنغازي",
            "انفجرت سيارة مفخخة امام القنصلية في بنغازي. وقتل خمسة بينهم ثلاثة حراس واثنان من المارة "
            "كانوا امام المبنى، فيما أصيب العشرات بجروح.",
            5,
            None,
        ),
        (
            "tr",
            "Camiye bombalı saldırı",
            "Kunduz'da bir camiye bombalı saldırı düzenlendi. Saldırıda dokuz kişi öldü. Onlarca kişi de "
            "yaralandı.",
            9,
            None,
        ),
        # "about 60 staff were at work, and a number of them were wounded": the 60 is no toll
        (
            "ar",
            "هجوم بطائرة مسيرة على مقر بعثة اممية في كسلا",
            "استهدفت طائرة مسيرة مقر بعثة تابعة للأمم المتحدة في كسلا، حيث كان نحو ٦٠ موظفاً يباشرون "
            "عملهم، وأُصيب عدد منهم بجروح.",
            0,
            None,
        ),
        # … but a crowd that stands apart from the toll leaves it ("19 wounded, dozens of them …")
        (
            "en",
            "Car bomb outside consulate in Kirkuk",
            "A car bomb exploded outside the consulate in Kirkuk on Monday. Officials said 19 people were "
            "wounded, dozens of them passers-by, and nobody was killed.",
            0,
            19,
        ),
        # the attacker left out of the toll ("saldırgan hariç", "not counting the bomber") leaves it
        (
            "tr",
            "Camide intihar saldırısı",
            "Kuetta'da bir camiye düzenlenen intihar saldırısında saldırgan hariç 14 kişi hayatını "
            "kaybetti, 30 kişi yaralandı.",
            14,
            30,
        ),
        (
            "en",
            "Suicide bomber hits market in Kano",
            "A suicide bomber struck a market in Kano on Friday, killing 12 people, not counting the "
            "bomber, and wounding 40.",
            12,
            40,
        ),
        # the one taken to hospital who then died is the one killed, not also one injured
        (
            "en",
            "Guard stabbed to death outside embassy in Baku",
            "A guard at the embassy in Baku was taken to hospital with stab wounds but died hours later. "
            "No one else was hurt.",
            1,
            0,
        ),
        # "the wounded officer … no one else was injured": one injured
        (
            "en",
            "Police officer stabbed outside embassy in Nouakchott",
            "A man with a knife attacked a police officer guarding the embassy in Nouakchott on Friday. "
            "The wounded officer is in a stable condition, and no one else was injured.",
            0,
            1,
        ),
        # "one killed and two others wounded": the casualty word between the counts parts them
        (
            "fr",
            "Attaque contre une base à Bambari",
            "Un agent de sécurité a été tué et deux autres blessés lundi soir lorsque des hommes armés ont "
            "ouvert le feu sur l'entrée d'une base à Bambari.",
            1,
            2,
        ),
        # a toll not known yet is no zero
        (
            "en",
            "Gunmen hold consulate staff hostage in Cebu",
            "Gunmen were holding four employees hostage inside the consulate in Cebu on Monday. It was not "
            "immediately clear whether anyone had been hurt.",
            None,
            None,
        ),
        # Turkish: "no loss of life or injury occurred"
        (
            "tr",
            "Konsolosluk kapısı ateşe verildi",
            "Van'daki konsolosluğun kapısı gece benzin dökülerek ateşe verildi. Olayda can kaybı ya da "
            "yaralanma yaşanmadı.",
            0,
            0,
        ),
    ],
)
def test_casualty_reading(
    language: str, title: str, body: str, killed: int | None, injured: int | None
) -> None:
    """Zero statements and their limits, attackers, asides, clauses, single victims, duals and
    tolls that are not stated."""
    record = _facts(language, title, body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("language", "title", "body", "incident"),
    [
        (
            "en",
            "Explosions heard near embassy in Tbilisi",
            "Loud explosions and gunfire near an embassy in Tbilisi alarmed residents on Tuesday morning. "
            "Rumours of an attack spread on social media within minutes, but police said the noise came from "
            "a security drill planned with the embassy's guards.",
            "none",
        ),
        (
            "de",
            "Knall am Konsulat in Izmir",
            "Ein lauter Knall hat am Dienstag Anwohner des Konsulats in Izmir erschreckt. In sozialen Medien "
            "war von einem Anschlag die Rede, doch die Polizei erklärte, eine Gasflasche in einem Imbiss sei "
            "explodiert.",
            "none",
        ),
        (
            "en",
            "Blast outside embassy in Bamako kills two guards",
            "Two guards were killed by a blast outside an embassy in Bamako on Friday. Witnesses at first "
            "blamed a gas cylinder in a nearby kitchen, but police later confirmed that a car bomb had been "
            "parked at the gate.",
            "bombing",
        ),
    ],
)
def test_first_reports_explained_as_a_drill_or_an_accident(
    language: str, title: str, body: str, incident: str
) -> None:
    """A rumour or first report of an attack that a correction explains as a drill or an accident is
    no attack; an accident first suspected and then ruled out by a named weapon is the attack."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == (incident, incident != "none")


@pytest.mark.parametrize(
    ("language", "title", "body", "incident", "severity"),
    [
        (
            "es",
            "Talleres asalta la cima con un bombazo en el descuento",
            "Talleres firmó anoche un asalto en toda regla a la punta del campeonato. El equipo salió a "
            "atacar desde el primer minuto y sometió a su rival a un bombardeo constante: 20 remates. En el "
            "minuto 92 el lateral sacó un bombazo desde 30 metros y desató la locura en las tribunas.",
            "none",
            "low",
        ),
        (
            "tr",
            "Göstericiler konsolosluğun duvarını aştı",
            "Basra'da yüzlerce gösterici Kuveyt Başkonsolosluğu'nun dış duvarını aşarak yerleşkenin "
            "bahçesine girdi. Taşlarla saldıran göstericilerin arasında kalan üç görevli yaralandı.",
            "storming",
            "high",
        ),
        (
            "ru",
            "Толпа захватила здание посольства в Джубе",
            "Несколько сотен протестующих выломали ворота посольства в Джубе и несколько часов удерживали "
            "здание миссии. Двое охранников получили травмы.",
            "storming",
            "critical",
        ),
    ],
)
def test_breaches_overruns_and_a_screamer(
    language: str, title: str, body: str, incident: str, severity: str
) -> None:
    """A crowd over the wall is a breach, a building held for hours an overrun (critical); a football
    "bombazo" is a shot, not a bomb."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.severity) == (incident, severity)


@pytest.mark.parametrize(
    ("language", "title", "body", "target", "alert"),
    [
        (
            "en",
            "Embassy warns citizens after gunmen storm neighbouring hotel in Bamako",
            "An embassy in Bamako told its citizens to stay indoors after gunmen attacked the hotel next to "
            "it on Saturday night. Three guests were killed. The embassy itself was not hit.",
            "civilian",
            False,
        ),
        (
            "tr",
            "Bamako'da büyükelçilik yakınındaki otele silahlı saldırı",
            "Bamako'da bir büyükelçiliğin yakınındaki otele silahlı saldırı düzenlendi, üç kişi öldü. "
            "Büyükelçilik vatandaşlarını evde kalmaya çağırdı.",
            "civilian",
            False,
        ),
        (
            "en",
            "Car bomb explodes near embassy in Kabul",
            "A car bomb exploded near an embassy in Kabul on Monday, wounding passers-by near the embassy "
            "gate. Four people were hurt.",
            "diplomatic",
            True,
        ),
        (
            "en",
            "Rockets hit embassy in Baghdad",
            "Rockets hit an embassy in Baghdad on Sunday. A shopkeeper from the neighbouring market said the "
            "blasts shook the street; no one was hurt.",
            "diplomatic",
            True,
        ),
        # an embassy that speaks — confirms its citizens are safe, warns them — is not the target …
        (
            "es",
            "La embajada de Chile en Lima confirma que no hay chilenos entre las víctimas del ataque en "
            "Arequipa",
            "La embajada de Chile en Perú confirmó este martes que ningún ciudadano chileno figura entre las "
            "víctimas del ataque armado contra un hotel de Arequipa, en el que murieron seis personas. La "
            "legación recomendó evitar la zona.",
            "civilian",
            False,
        ),
        (
            "ar",
            "السفارة القطرية في دوشنبه تطمئن على المواطنين بعد إطلاق نار في سوق",
            "أكدت سفارة دولة قطر في دوشنبه سلامة جميع المواطنين بعد حادث إطلاق نار في سوق بمدينة خجند أسفر "
            "عن مقتل شخصين. ودعت السفارة المواطنين إلى تجنب الأماكن المزدحمة.",
            "civilian",
            False,
        ),
        # Turkish: the embassy opens the sentence, the statement verb ends it
        (
            "tr",
            "Büyükelçilikten vatandaşlara güvenlik uyarısı",
            "T.C. Kano Başkonsolosluğu, Kaduna kentinde bir kiliseye düzenlenen bombalı saldırının ardından "
            "vatandaşlara yönelik güvenlik uyarısı yayımladı. Kiliseye giren bir saldırganın patlattığı "
            "bombayla yedi kişi öldü.",
            "religious",
            False,
        ),
        # … but an embassy named as what was attacked is, whoever speaks of it
        (
            "de",
            "Auswärtiges Amt verurteilt Brandanschlag",
            "Das Auswärtige Amt hat einen Brandanschlag auf das Generalkonsulat in Izmir verurteilt. "
            "Unbekannte hatten in der Nacht Brandsätze gegen das Tor geworfen.",
            "diplomatic",
            True,
        ),
        # a police station near the diplomatic quarter is the target, the quarter a landmark
        (
            "en",
            "Gunmen attack police station near diplomatic quarter in Nouakchott",
            "Two gunmen attacked a police station near the diplomatic quarter of Nouakchott on Monday, "
            "killing one officer. No diplomatic mission was harmed, the interior ministry said.",
            "government",
            False,
        ),
        # a thermal power plant is infrastructure, whatever an embassy then advises
        (
            "fr",
            "Tchad : la centrale thermique de Moundou touchée par un drone",
            "Un drone a frappé la centrale thermique de Moundou dans la nuit, provoquant un incendie. "
            "L'ambassade de France a appelé ses ressortissants à la prudence.",
            "infrastructure",
            False,
        ),
        # tourists, an aid agency, a foreign cultural centre: civilians; the embassy that counts its
        # citizens among them ("KBRI pastikan …") is no target
        (
            "id",
            "Tiga turis ditembak di Luxor, KBRI pastikan tidak ada WNI jadi korban",
            "Seorang pria bersenjata menembaki rombongan wisatawan di Luxor. Tiga turis tewas.",
            "civilian",
            False,
        ),
        (
            "ru",
            "Нападение на офис гуманитарной организации в Гао",
            "Боевики атаковали офис гуманитарной организации в Гао и ранили двух охранников.",
            "civilian",
            False,
        ),
        (
            "fr",
            "Explosion devant un centre culturel à Kaolack",
            "Un engin explosif artisanal a explosé lundi soir devant le centre culturel allemand de "
            "Kaolack, endommageant la façade, selon la gendarmerie.",
            "civilian",
            False,
        ),
    ],
)
def test_a_site_next_to_an_embassy_is_the_target(
    language: str, title: str, body: str, target: str, alert: bool
) -> None:
    """An attack on the hotel or market next to an embassy hits the hotel or market: the embassy is a
    landmark. An attack near the embassy itself, or a witness from the neighbouring market, is not."""
    record = _facts(language, title, body)
    assert (record.target_type, record.alert) == (target, alert)


@pytest.mark.parametrize(
    ("language", "title", "body", "incident", "target"),
    [
        (
            "fr",
            "Mali : un véhicule de la mission européenne touché par un engin explosif à Gao",
            "Un engin explosif a touché un véhicule de la mission civile de l'Union européenne à Gao, "
            "blessant deux de ses membres.",
            "bombing",
            "diplomatic",
        ),
        (
            "fr",
            "« Nuit à l'ambassade » : la minisérie sur une prise d'otages",
            "Diffusée sur une plateforme de streaming, la minisérie raconte en six épisodes la prise "
            "d'otages d'une ambassade par un commando armé. Le tournage a duré dix semaines.",
            "none",
            "none",
        ),
        (
            "de",
            "Menge stürmt Botschaft in Juba",
            "Eine aufgebrachte Menge stürmt am Nachmittag die Botschaft in Juba und legt im Erdgeschoss "
            "Feuer. Sieben Menschen wurden verletzt.",
            "storming",
            "diplomatic",
        ),
    ],
)
def test_eu_missions_miniseries_and_a_crowd_that_storms(
    language: str, title: str, body: str, incident: str, target: str
) -> None:
    """An EU mission is an international mission (diplomatic); a miniseries in episodes is fiction; a
    crowd that "stürmt" an embassy storms it."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.target_type) == (incident, target)


def test_a_district_named_with_a_number_is_no_earlier_year() -> None:
    """ "ACI 2000" is a Bamako district, not the year 2000: the attack told after a bare dateline is
    this article's, not background."""
    record = classify_article(
        {
            "id": "t",
            "language": "ru",
            "published_at": "2025-10-14T09:00:00Z",
            "title": "В Бамако обстреляли пост охраны посольства",
            "body": "БАМАКО, 14 октября. Неизвестные открыли огонь по посту охраны посольства в районе "
            "ACI 2000 в Бамако, ранены двое жандармов. Посольство временно приостановило приём посетителей.",
        }
    )
    assert (record.incident_type, record.alert, record.casualties.injured) == ("armed_assault", True, 2)


def test_staff_of_a_un_agency_are_a_diplomatic_target() -> None:
    """UN agencies (the World Food Programme, UNICEF, UNHCR) are part of the UN's international
    presence: kidnapping their staff is an attack on a diplomatic target."""
    record = _facts(
        "en",
        "Gunmen abduct two WFP staff near Gao",
        "Gunmen abducted two staff members of the World Food Programme on the road to the airport in Gao "
        "on Tuesday evening, local officials said.",
    )
    assert (record.incident_type, record.target_type, record.alert) == ("kidnapping", "diplomatic", True)


def test_an_arabic_drone_with_the_article_is_an_airstrike() -> None:
    """ "المسيرة" (the drone, with the article ال that the clitic prefix does not cover) and a "suicide
    drone" are an airstrike, not a suicide bombing."""
    record = _facts(
        "ar",
        "المسيرة التي ضربت السفارة في الخرطوم اطلقت من مسافة بعيدة",
        "قالت السلطات ان الطائرة المسيرة الانتحارية التي استهدفت السفارة في الخرطوم اطلقت من مسافة بعيدة، "
        "ما ادى الى اصابة حارسين.",
    )
    assert (record.incident_type, record.alert) == ("airstrike", True)


@pytest.mark.parametrize(
    ("language", "title", "body", "incident"),
    [
        # explosion words count for the explosive the article names, a bombing only when it names none
        (
            "en",
            "Blast rocks UN compound in Goma",
            "An explosion shook the UN compound in Goma on Friday, wounding two guards. Peacekeepers said a "
            "mortar round fired from the hills had landed near the canteen.",
            "rocket_attack",
        ),
        (
            "fr",
            "Explosion à l'ambassade du Tchad à Niamey",
            "Une forte explosion a retenti jeudi soir dans la cour de l'ambassade du Tchad à Niamey. Selon "
            "la police, un drone chargé d'explosifs s'est abattu sur le bâtiment, blessant un gardien.",
            "airstrike",
        ),
        (
            "tr",
            "Konsolosluk binasında patlama",
            "Erbil'deki başkonsolosluk binasında gece saatlerinde şiddetli bir patlama meydana geldi. "
            "Yetkililer patlamaya bir insansız hava aracının neden olduğunu açıkladı; iki görevli yaralandı.",
            "airstrike",
        ),
        (
            "en",
            "Explosion at embassy gate in Kabul",
            "An explosion hit the gate of an embassy in Kabul on Monday, injuring three guards. Police have "
            "not said what caused it.",
            "bombing",
        ),
        # a type named in a first report and replaced after a correction gives way; an uncorrected one stands
        (
            "en",
            "Explosions near embassy in Tripoli",
            "One guard was killed at the Italian embassy in Tripoli on Sunday. Initial reports spoke of a "
            "car bomb at the gate, but the interior ministry later confirmed that two mortar shells had "
            "hit the compound.",
            "rocket_attack",
        ),
        (
            "es",
            "Explosión en el consulado de Perú en Arica",
            "Una explosión dañó el muro del consulado de Perú en Arica. En un primer momento se habló de un "
            "cohete. Sin embargo, la policía confirmó que una granada fue lanzada desde una moto; hubo dos "
            "heridos.",
            "bombing",
        ),
        (
            "ru",
            "Взрыв у посольства в Бишкеке",
            "У здания посольства в Бишкеке прогремел взрыв, ранены два охранника. Первоначально сообщалось о "
            "ракетном ударе. Однако в МВД уточнили, что у ворот сработало самодельное взрывное устройство.",
            "bombing",
        ),
        (
            "en",
            "Rockets hit embassy district in Baghdad",
            "Rockets hit the embassy district in Baghdad overnight. Initial reports said three rockets "
            "struck near the US embassy, but officials later confirmed that no one was hurt.",
            "rocket_attack",
        ),
        # a peaceful "мирная акция" is a protest; Molotov cocktails are arson
        (
            "ru",
            "У посольства в Астане прошла мирная акция",
            "Около тридцати человек провели в среду мирную акцию у посольства в Астане. Участники акции "
            "держали плакаты и передали сотруднику посольства обращение.",
            "protest",
        ),
        (
            "es",
            "Lanzan bombas molotov contra el portón del consulado en Tacna",
            "Desconocidos lanzaron dos bombas molotov contra el portón del consulado en Tacna durante la "
            "madrugada. El fuego dañó la puerta; no hubo heridos.",
            "arson",
        ),
        # a court verdict, a minister's verbal attack, a caller who threatens to blow up a consulate
        (
            "ar",
            "محكمة جنايات بنغازي تقضي بسجن ثلاثة متهمين في قضية الهجوم على القنصلية",
            "اصدرت محكمة جنايات بنغازي احكاما بسجن ثلاثة متهمين ادينوا بالضلوع في الهجوم بقذائف على "
            "القنصلية قبل اربع سنوات. وقال محامي الدفاع انه سيطعن في الحكم.",
            "none",
        ),
        (
            "ar",
            "وزير سابق يشن هجوما لاذعا على سياسة البنك المركزي",
            "شن وزير سابق هجوما لاذعا على سياسة البنك المركزي، معتبرا ان تعويم العملة احرقت مدخرات المواطنين "
            "ورفع التضخم.",
            "none",
        ),
        (
            "id",
            "Ancaman bom, Konsulat di Kupang dikosongkan",
            "Konsulat di Kupang dikosongkan setelah menerima telepon yang mengancam akan meledakkan gedung. "
            "Tim penjinak bom menyisir gedung dan tidak menemukan bahan peledak.",
            "threat",
        ),
        # stun grenades are crowd control, not bombs
        (
            "fr",
            "Heurts devant l'ambassade de France à Dakar",
            "Des centaines de manifestants se sont rassemblés devant l'ambassade de France à Dakar. La "
            "police a dispersé la foule à coups de grenades assourdissantes et de gaz lacrymogène ; trois "
            "manifestants ont été légèrement blessés.",
            "protest",
        ),
        # the month of March is no protest, hostages "marched" into a forest no rally
        (
            "en",
            "Gunmen kidnap three engineers from guest house in Lokoja",
            "Gunmen broke into a guest house in Lokoja on Sunday and kidnapped three engineers. The "
            "attackers marched the engineers into the forest. It is the third kidnapping in the state "
            "since March.",
            "kidnapping",
        ),
        # a German "Granatenanschlag" is a grenade attack; a mob that "irrumpe" breaks in
        (
            "de",
            "Granatenanschlag auf Hochzeitsfeier in Ngozi",
            "Bei einem Granatenanschlag auf eine Hochzeitsfeier in Ngozi sind drei Gäste verletzt worden.",
            "bombing",
        ),
        (
            "es",
            "Una multitud irrumpe en la embajada en Malabo",
            "Cientos de manifestantes derribaron parte del muro de la embajada en Malabo y quemaron un "
            "coche.",
            "storming",
        ),
        # burning a flag (words between the verb and the flag) is protest, not arson
        (
            "ar",
            "محتجون يرشقون السفارة الدنماركية في بيروت بالحجارة",
            "تجمع مئات المحتجين أمام السفارة الدنماركية في بيروت ورشقوا المبنى بالحجارة، وأحرق بعض المحتجين "
            "العلم الدنماركي قبل أن تفرقهم قوات الأمن.",
            "protest",
        ),
        # a diplomat robbed at gunpoint, an embassy car taken by armed robbers: armed assaults
        (
            "en",
            "Belgian diplomat robbed at gunpoint in Guayaquil",
            "An accredited Belgian diplomat was robbed at gunpoint outside a restaurant in Guayaquil on "
            "Saturday night and treated in hospital for a head wound.",
            "armed_assault",
        ),
        (
            "ru",
            "В Лиме у дипломата отобрали машину",
            "Вооружённые грабители отобрали у советника посольства служебный автомобиль в Лиме. Дипломат "
            "получил удар рукояткой пистолета по голове.",
            "armed_assault",
        ),
        # police fire tear gas at protesters: still a protest
        (
            "id",
            "Polisi tembakkan gas air mata ke demonstran di depan Kedubes",
            "Polisi menembakkan gas air mata untuk membubarkan ratusan demonstran yang melempari batu ke "
            "Kedutaan Besar di Lahore. Massa membakar bendera di depan gerbang.",
            "protest",
        ),
    ],
)
def test_incident_type_reading(language: str, title: str, body: str, incident: str) -> None:
    """The incident type where the words mislead: an explosion, a corrected first report, a figure of
    speech, a verdict, a threat, crowd-control weapons, a month name."""
    assert _facts(language, title, body).incident_type == incident


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "de",
            "Drohnen kreisen über Botschaft in Riga",
            "Über der Botschaft in Riga sind in der Nacht mehrfach Drohnen gesichtet worden. Einen Angriff "
            "gab es nicht, die Polizei sucht die Piloten.",
        ),
        (
            "fr",
            "Coups de semonce devant l'ambassade à Dakar",
            "Les gendarmes qui gardent l'ambassade à Dakar ont tiré des coups de semonce pour arrêter une "
            "voiture suspecte. La fouille n'a permis de découvrir aucun explosif.",
        ),
        # a cell dismantled before it struck
        (
            "fr",
            "Une cellule qui projetait d'attaquer le consulat à Tanger démantelée",
            "La police a annoncé le démantèlement d'une cellule de trois personnes soupçonnées de préparer "
            "un attentat contre le consulat à Tanger. Aucune tentative d'attaque n'a eu lieu.",
        ),
    ],
)
def test_threats_without_an_attack(language: str, title: str, body: str) -> None:
    """Drones seen circling over an embassy, guards' warning shots at a suspect car, a cell dismantled
    before it struck: a threat, no attack."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("threat", False)


def test_one_chained_match_finds_the_words_a_name_may_have() -> None:
    """`_chained_ends` (one regex match) gives the name ends that a walk with one `_TOKEN.search` per
    word gives: each next word one character after the last, at most five words, longest first."""
    from domain.classify.rules import _TOKEN, _chained_ends

    text = "in Santa Cruz de la Sierra y San José, Port-au-Prince l’Alger 1Abc d'Alger'Oran  x y"

    def walked_ends(end: int, words: int) -> list[int]:
        ends: list[int] = []
        while len(ends) < words - 1:
            following = _TOKEN.search(text, end)
            if following is None or following.start() - end != 1:
                break
            end = following.end()
            ends.append(end)
        return ends[::-1]

    after_santa = text.index(" Cruz")  # "Santa Cruz de la Sierra": the 5-, 4-, 3- and 2-word names
    assert _chained_ends(text, after_santa, 5) == [text.index(" y San"), 19, 16, 13]
    for end in range(len(text) + 1):
        for words in (2, 3, 5):
            assert _chained_ends(text, end, words) == walked_ends(end, words)


@pytest.mark.parametrize(
    ("language", "title", "body", "incident_type"),
    [
        (
            "fr",
            "Deux assaillants abattus devant le consulat à Agadez",
            "Deux hommes armés ont ouvert le feu sur le consulat à Agadez avant d'être neutralisés par les "
            "gendarmes. Aucun blessé n'est à déplorer et le bâtiment n'a subi aucun dégât.",
            "armed_assault",
        ),
        (
            "tr",
            "Büyükelçiliğe el bombası atıldı",
            "Aşkabat'ta bir büyükelçiliğin bahçesine el bombası atıldı ancak bomba patlamadı; uzmanlar "
            "bombayı etkisiz hale getirdi. Ölen ya da yaralanan bulunmadı, binada hasar oluşmadı.",
            "bombing",
        ),
        (
            "en",
            "Drones shot down over consulate district in Erbil",
            "Two armed drones heading for the consulate district of Erbil were shot down by air defences "
            "on Tuesday night, officials said. Nobody was hurt and there was no damage.",
            "airstrike",
        ),
        (
            "en",
            "Drone downed near embassy in Juba",
            "A drone packed with explosives was destroyed before it could reach the embassy in Juba, the "
            "army said. There were no casualties and no damage.",
            "airstrike",
        ),
        (
            "fr",
            "Une roquette visant l'ambassade à Bangui tombe sur un terrain vague",
            "Une roquette tirée vers l'ambassade à Bangui s'est abattue sur un terrain vague, sans faire de "
            "victime ni de dégâts.",
            "rocket_attack",
        ),
        (
            "de",
            "Raketen verfehlen Botschaft in Kirkuk",
            "Zwei Raketen verfehlten in der Nacht die Botschaft in Kirkuk und schlugen auf einem Acker ein. "
            "Schäden gibt es keine, verletzt wurde niemand.",
            "rocket_attack",
        ),
    ],
)
def test_attacks_stopped_without_harm_are_attempts(
    language: str, title: str, body: str, incident_type: str
) -> None:
    """Gunmen neutralised at the gate, a grenade thrown that did not go off and was defused, drones
    shot down: an attack was made and stopped — its own type, medium — not a plot foiled before it."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.severity, record.alert) == (incident_type, "medium", True)


def test_a_series_about_an_embassy_siege_is_no_attack() -> None:
    """A streaming series whose plot is a hostage-taking at an embassy: the title's "neue Serie" and
    the lead's season and director make it a review, not news."""
    record = _facts(
        "de",
        "Neue Serie: Geiseldrama in der Botschaft als Kammerspiel",
        "Die neue Streamingserie zeigt in sechs Folgen eine Geiselnahme in einer Botschaft. "
        "Bewaffnete stürmen das Gelände und nehmen zwölf Mitarbeiter als Geiseln. Die Regisseurin "
        "drehte in einem leeren Bürogebäude.",
    )
    assert (record.incident_type, record.alert) == ("none", False)


def test_the_country_an_embassy_is_accredited_to_is_no_owner() -> None:
    """Arabic "السفارة اليونانية لدى ليبيا" (the Greek embassy to Libya): the demonym beside the
    embassy owns it; the country after "لدى" hosts it, and is where the attack happened."""
    record = _facts(
        "ar",
        "خطف دبلوماسي يوناني في طرابلس",
        "طرابلس - خطف مسلحون مساء الإثنين الملحق العسكري في السفارة اليونانية لدى ليبيا بعد اعتراض "
        "سيارته. وأعلنت الخارجية اليونانية في أثينا أنها على تواصل مع السلطات الليبية.",
    )
    assert record.location.country_code == "LY"
    assert record.facility is None or record.facility.of != "LY"


def test_a_ministry_that_speaks_is_no_target() -> None:
    """ "…, the interior ministry said": a ministry or an army that reports the attack is a speaker, as
    an embassy that speaks is, not the attacked site."""
    record = _facts(
        "en",
        "Suicide bomber kills ten at cattle market",
        "A suicide bomber blew himself up at a crowded cattle market in Potiskum on Sunday, killing ten "
        "people, the interior ministry said. The ministry said the attacker detonated his explosives "
        "near the main entrance.",
    )
    assert record.target_type == "civilian"


def test_compass_words_and_common_nouns_are_no_german_cities() -> None:
    """ "im Norden Afghanistans", "am Boden": Norden and Boden are towns in GeoNames, but here a
    direction and the ground; the dateline's Arabic two-word city is Casablanca, not Al Bayda."""
    german = _facts(
        "de",
        "Anschlag auf Moschee im Norden Afghanistans",
        "Bei einem Selbstmordanschlag auf eine Moschee im Norden Afghanistans sind am Freitag zwölf Gläubige "
        "getötet worden. Verletzte lagen am Boden vor dem Gebäude.",
    )
    assert german.location.country_code == "AF"
    assert german.location.city is None
    arabic = _facts(
        "ar",
        "اخلاء القنصلية الاسبانية بسبب طرد مشبوه",
        "الدار البيضاء - أخلت السلطات المغربية مقر القنصلية الإسبانية بعد العثور على طرد مشبوه.",
    )
    assert arabic.location.city == "Casablanca"


@pytest.mark.parametrize(
    ("language", "title", "body", "killed"),
    [
        # a number right before a weapon counts the weapons, not the victims
        (
            "en",
            "Rockets hit embassy compound",
            "Two rockets hit the embassy compound in Kabul on Monday night and killed one guard, police "
            "said.",
            1,
        ),
        (
            "tr",
            "Büyükelçiliğe roketli saldırı",
            "Başkentteki büyükelçiliğin bulunduğu yerleşkeye düşen iki roket nedeniyle bir güvenlik "
            "görevlisi hayatını kaybetti.",
            1,
        ),
        # a toll told "two years ago" or "last autumn" is an older attack's
        (
            "es",
            "Ataque armado contra una iglesia",
            "Cuatro personas murieron en el ataque armado contra una iglesia de Tegucigalpa durante el culto "
            "del jueves. La policía busca a los atacantes. Hace dos años, ocho personas fueron asesinadas en "
            "una cancha del mismo barrio.",
            4,
        ),
        (
            "de",
            "Raketen auf Kraftwerk",
            "Bei einem Raketenangriff auf ein Kraftwerk in Peshawar ist am Montag ein Techniker getötet "
            "worden. Die Polizei sucht die Täter. Im vergangenen Herbst waren bei einem Anschlag in der Nähe "
            "zwölf Beamte ums Leben gekommen.",
            1,
        ),
    ],
)
def test_weapons_and_older_attacks_add_no_victims(language: str, title: str, body: str, killed: int) -> None:
    assert _facts(language, title, body).casualties.killed == killed


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "es",
            "Lanzan una granada contra un consulado",
            "Un hombre lanzó una granada contra el consulado de Chile en Arica, pero el artefacto no llegó a "
            "detonar y quedó en la acera; no hubo heridos ni daños.",
        ),
        (
            "en",
            "Grenade thrown at consulate",
            "A man threw a grenade over the wall of the Indian consulate in Jaffna on Sunday, but it did not "
            "go off and no one was hurt.",
        ),
    ],
)
def test_a_weapon_used_that_did_not_go_off_is_an_attempted_attack(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.severity, record.alert) == ("bombing", "medium", True)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        # a senator's "attack" on a reform she calls a "time bomb", questions "bombarding" a minister
        (
            "es",
            "Senador arremete contra la reforma tributaria",
            "El senador lanzó un duro ataque contra la reforma tributaria del Gobierno, a la que llamó una "
            "bomba de tiempo para las finanzas públicas, y bombardeó al ministro con preguntas durante el "
            "debate.",
        ),
        # a deputy's "attack" on a reform, a "barrage" of fire at a minister "bombarded" with questions
        (
            "fr",
            "Le député attaque la réforme",
            "Le député a lancé une attaque en règle contre la réforme des retraites et a mené un véritable "
            "tir de barrage contre la ministre, bombardée de questions pendant une heure.",
        ),
        # a debate report full of parliament words: the "missile" and the "shots" are a senator's words
        (
            "es",
            "La diputada dispara contra el proyecto de ley",
            "La diputada calificó el proyecto de ley de pensiones como un misil contra los jubilados y "
            "disparó contra el ministro durante la sesión. La votación en plenaria será el martes y la "
            "bancada oficialista confía en aprobarlo.",
        ),
        # a match report: the home side's "attack" launched "raids" on the goal
        (
            "ar",
            "هجوم الوحدات يكتسح الفيصلي",
            "اكتسح الوحدات ضيفه الفيصلي بثلاثة أهداف في ديربي العاصمة ضمن الدوري، وشن خط هجوم الفريق غارات "
            "متتالية على المرمى منذ بداية الشوط الأول. وقال المدرب بعد المباراة إن الفوز مستحق.",
        ),
    ],
)
def test_figures_of_speech_and_match_reports_are_no_incidents(language: str, title: str, body: str) -> None:
    assert _facts(language, title, body).incident_type == "none"


def test_a_flag_torn_down_is_no_plot_foiled() -> None:
    # Russian "сорвали" is both "tore down" (a flag) and "foiled" (a plot)
    record = _facts(
        "ru",
        "Толпа ворвалась в посольство",
        "Сотни демонстрантов ворвались на территорию посольства в Бишкеке, сорвали флаг и подожгли "
        "караульное помещение, сообщили в МВД.",
    )
    assert (record.incident_type, record.alert) == ("storming", True)


def test_russian_country_names_in_oblique_cases() -> None:
    # "посольства Бенина" is Benin's embassy (not Benin City); "Южного Судана" is South Sudan
    record = _facts(
        "ru",
        "Толпа захватила посольство",
        "Сотни демонстрантов ворвались на территорию посольства Бенина в столице Нигера, сообщили "
        "местные СМИ. "
        "Посол Южного Судана осудил нападение.",
    )
    assert record.location.country_code == "NE"
    assert record.facility is not None and record.facility.of == "BJ"


def test_a_count_after_a_comma_belongs_to_the_next_clause() -> None:
    record = _facts(
        "de",
        "Granaten treffen Konsulat",
        "Beim Beschuss der Stadt Chudschand wurde das Konsulat getroffen. Ein Wachmann kam ums Leben, vier "
        "weitere Menschen wurden verletzt.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (1, 4)


@pytest.mark.parametrize(
    ("second_sentence", "injured"),
    [
        ("Троих охранников госпитализировали с травмами, погибших нет.", 3),
        ("В больницу доставлены двое дипломатов, погибших нет.", 2),
    ],
)
def test_russian_collective_numbers_and_hospital_deliveries_count_the_injured(
    second_sentence: str, injured: int
) -> None:
    record = _facts(
        "ru",
        "Взрыв у консульства",
        "Заминированный автомобиль взорвался у ворот консульства в Мазари-Шарифе. " + second_sentence,
    )
    assert record.casualties.injured == injured


def test_a_wounded_guard_who_succumbed_overnight_is_killed() -> None:
    record = _facts(
        "fr",
        "Grenade contre un consulat",
        "Une grenade a été lancée mardi soir dans la cour du consulat à Lubumbashi. Mercredi, la clinique a "
        "annoncé que l'agent de sécurité avait succombé à ses blessures.",
    )
    assert (record.casualties.killed, record.severity) == (1, "critical")


def test_russian_shelling_word_with_a_rifle_is_gunfire() -> None:
    # "обстреляли" is shelling or gunfire; "из автомата" (from an assault rifle) settles it
    record = _facts(
        "ru",
        "Посольство обстреляли из автомата",
        "Неизвестные ночью обстреляли из автомата здание посольства в Бишкеке, пострадавших нет.",
    )
    assert (record.incident_type, record.alert) == ("armed_assault", True)


def test_an_arabic_two_word_city_behind_a_clitic() -> None:
    # "بالدار البيضاء" is ب + الدار البيضاء (Casablanca), not البيضاء (Al Bayda, Libya)
    record = _facts(
        "ar",
        "انفجار أمام قنصلية",
        "انفجرت قنبلة أمام القنصلية الفرنسية بالدار البيضاء صباح اليوم، ما أدى إلى إصابة حارسين.",
    )
    assert (record.location.country_code, record.location.city) == ("MA", "Casablanca")


def test_a_region_named_after_a_foreign_city_is_its_own_country() -> None:
    record = _facts(
        "es",
        "Ataque con drones contra una base militar",
        "TIBÚ (Norte de Santander). – Un ataque con drones contra una base militar dejó dos soldados "
        "heridos.",
    )
    assert record.location.country_code == "CO"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Un ingénieur tué par une bombe",
            "Un ingénieur étranger a été tué lundi par l'explosion d'une bombe au passage de son véhicule à "
            "l'entrée de Pemba, a annoncé la police.",
        ),
        (
            "ru",
            "Обстреляли машину журналистов",
            "Неизвестные открыли огонь по автомобилю съемочной группы иностранного телеканала у въезда в "
            "Гао, один журналист погиб.",
        ),
    ],
)
def test_foreigners_who_are_not_diplomats_are_civilian_targets(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.target_type, record.alert) == ("civilian", False)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "es",
            "Concentración frente a la embajada",
            "Unas 200 personas se concentraron este sábado frente a la embajada de Rusia en Montevideo para "
            "reclamar el fin de los bombardeos sobre ciudades ucranianas. La protesta fue pacífica.",
        ),
        (
            "en",
            "Rally outside embassy",
            "Hundreds of protesters rallied outside the Israeli embassy in Dublin on Saturday, demanding an "
            "end to the airstrikes on Gaza. The protest passed off peacefully.",
        ),
    ],
)
def test_the_attacks_a_protest_demands_an_end_to_are_not_its_incident(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("protest", False)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Guard shot in robbery at bank beside embassy",
            "Armed robbers shot dead a security guard at a bank that stands wall to wall with the Brazilian "
            "embassy in Quito on Thursday. Police said the embassy was at no point a target.",
        ),
        (
            "ar",
            "سطو مسلح قرب سفارة",
            "أطلق مسلحون النار على حارس فرع مصرفي بجوار مقر سفارة في نواكشوط وأصابوه بجروح، وأكدت الشرطة أن "
            "السفارة لم تكن مستهدفة.",
        ),
    ],
)
def test_a_crime_next_to_a_mission_the_police_say_was_not_its_target(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.target_type != "diplomatic", record.alert) == (True, False)


def test_a_first_claim_that_the_embassy_was_not_the_target_gives_way() -> None:
    record = _facts(
        "es",
        "Ataque junto a la embajada",
        "Un comando talibán atacó con un coche bomba la embajada de España en Kabul y mató a dos policías. "
        "El Gobierno había sostenido en un primer momento que la embajada no era el objetivo.",
    )
    assert (record.target_type, record.alert) == ("diplomatic", True)


def test_a_guard_with_smoke_poisoning_is_injured() -> None:
    record = _facts(
        "de",
        "Brandanschlag auf Konsulat",
        "Unbekannte haben in der Nacht das Tor des Generalkonsulats in Stuttgart in Brand gesetzt. Ein "
        "Wachmann erlitt eine leichte Rauchgasvergiftung.",
    )
    assert (record.incident_type, record.casualties.injured, record.severity) == ("arson", 1, "high")


def test_a_turkish_party_speech_is_no_raid() -> None:
    record = _facts(
        "tr",
        "Muhalefetten vergi paketine sert saldırı",
        "Ana muhalefet partisinin grup toplantısında konuşan milletvekili, vergi paketine sert sözlerle "
        "saldırdı ve düzenlemenin emekçiye bir baskın olduğunu söyledi. İktidar partisi sözcüsü ise "
        "eleştirilere karşılık verdi.",
    )
    assert record.incident_type == "none"


def test_a_turkish_budget_debate_is_no_bombing() -> None:
    record = _facts(
        "tr",
        "Muhalefetten bütçeye sert eleştiri",
        "TBMM Plan ve Bütçe Komisyonu'nda bütçe görüşmeleri sırasında muhalefet milletvekilleri hükümete "
        "yüklendi. Soru bombardımanına tutulan bakan yardımcısı, bunun siyasi saldırı olduğunu söyledi.",
    )
    assert record.incident_type == "none"


def test_a_breach_kept_out_of_the_main_building_is_no_overrun() -> None:
    record = _facts(
        "tr",
        "Göstericiler büyükelçiliğin duvarını aştı",
        "Yüzlerce gösterici dış duvarı aşarak büyükelçilik bahçesine girdi ve bir güvenlik kulübesini ateşe "
        "verdi; ana binaya girilmedi. Arbedede 6 polis yaralandı.",
    )
    assert (record.incident_type, record.severity) == ("storming", "high")


def test_german_verletzt_wurde_niemand_is_a_zero() -> None:
    record = _facts(
        "de",
        "Brandsatz gegen Konsulat",
        "Unbekannte haben einen Brandsatz gegen das Tor des Konsulats in Batumi geschleudert. Das Tor "
        "brannte aus, verletzt wurde nach Angaben der Polizei niemand.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 0)


def test_kidnappers_who_intercepted_a_car_carried_out_their_attack() -> None:
    record = _facts(
        "fr",
        "Des ingénieurs enlevés",
        "Des hommes armés ont intercepté le véhicule de trois ingénieurs étrangers près de Diffa et les ont "
        "enlevés, a indiqué la police.",
    )
    assert record.incident_type == "kidnapping" and record.severity != "medium"


def test_relatives_of_hostages_holding_a_calm_sit_in_protest() -> None:
    record = _facts(
        "fr",
        "Les familles de marins pris en otage manifestent devant l'ambassade",
        "Une centaine de proches de marins retenus par des pirates se sont rassemblés mardi devant "
        "l'ambassade du Nigeria à Dakar. Les manifestants ont observé un sit-in de deux heures, dans le "
        "calme, puis ont annoncé un nouveau rassemblement.",
    )
    assert (record.incident_type, record.alert) == ("protest", False)


def test_fired_on_with_assault_rifles_is_gunfire_not_shelling() -> None:
    record = _facts(
        "de",
        "Angriff auf Militärlager",
        "Schwer bewaffnete Kämpfer haben ein Militärlager bei Gao mit Sturmgewehren und Maschinengewehren "
        "beschossen; sieben Soldaten wurden getötet.",
    )
    assert record.incident_type == "armed_assault"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Three UN staff wounded in ambush",
            "Three civilian staff members of the United Nations were wounded when gunmen ambushed their "
            "convoy outside Bambari on Thursday.",
        ),
        (
            "fr",
            "Un chauffeur du CICR tué",
            "Des hommes armés ont ouvert le feu sur un convoi du Comité international de la Croix-Rouge à "
            "la sortie de Dori, tuant un chauffeur.",
        ),
        (
            "tr",
            "Afrika Birliği gözlemcileri kaçırıldı",
            "Mekelle'de Afrika Birliği gözlem misyonunda görevli iki gözlemci silahlı kişilerce kaçırıldı.",
        ),
    ],
)
def test_international_missions_are_diplomatic_targets(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.target_type, record.alert) == ("diplomatic", True)


def test_a_political_ambush_is_a_figure_of_speech() -> None:
    record = _facts(
        "en",
        "Board member attacks mayor",
        "The mayor called the accusations a political ambush ahead of next year's polls.",
    )
    assert record.incident_type == "none"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Man stabbed in bar fight near embassy",
            "A man was stabbed during a fight outside a bar in Yerevan, a few doors from the French "
            "embassy. Police said the brawl had no connection to the embassy.",
        ),
        (
            "fr",
            "Braquage près du consulat",
            "Un caissier a été blessé par balle lors du braquage d'une station-service voisine du consulat "
            "de Belgique à Lomé. Les voleurs ne visaient nullement la représentation diplomatique.",
        ),
    ],
)
def test_crime_beside_a_mission_said_unrelated_is_not_diplomatic(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.target_type, record.alert) == ("civilian", False)


def test_turkish_ambassadors_residence_in_the_genitive_is_diplomatic() -> None:
    record = _facts(
        "tr",
        "Taşkent'te Kazakistan Büyükelçisi'nin konutuna el bombası atıldı",
        "TAŞKENT - Özbekistan'ın başkenti Taşkent'te Kazakistan Büyükelçisi'nin konutunun bahçesine Salı "
        "gecesi el bombası atıldı.\nEmniyet, patlamada konutun pencerelerinin kırıldığını ancak yaralanan "
        "olmadığını açıkladı.\nBombayı atan kişi konutun arkasındaki sokaktan kaçtı.",
    )
    assert (record.incident_type, record.target_type, record.alert) == ("bombing", "diplomatic", True)


def test_russian_breach_kept_out_of_the_building_is_not_an_overrun() -> None:
    record = _facts(
        "ru",
        "Толпа ворвалась во двор консульства",
        "В Алматы толпа ворвалась во двор консульства и подожгла машину, трое охранников ранены. "
        "В само здание консульства нападавшие не попали.",
    )
    assert (record.incident_type, record.severity) == ("storming", "high")


def test_german_erlag_counts_one_death() -> None:
    record = _facts(
        "de",
        "Wachmann vor Botschaft niedergestochen",
        "Vor der Botschaft in Bischkek hat ein Mann einen Wachmann niedergestochen. Der Wachmann erlag "
        "am Abend im Krankenhaus seinen schweren Verletzungen.",
    )
    assert (record.casualties.killed, record.severity) == (1, "critical")


def test_a_drone_shot_down_is_no_victim() -> None:
    record = _facts(
        "fr",
        "Un drone abattu près de l'ambassade",
        "Un drone piégé qui visait l'ambassade à Bagdad a été abattu dans la nuit par la défense "
        "antiaérienne. Il n'y a eu ni mort ni blessé.",
    )
    assert (record.casualties.killed, record.severity) == (0, "medium")


def test_arabic_sahel_is_a_region_not_a_town() -> None:
    record = _facts(
        "ar",
        "مقتل جنود في هجوم على قاعدة للجيش المالي",
        "هاجم مسلحون قاعدة للجيش المالي فجر الأحد وقتلوا خمسة جنود، "
        "وتنشط الجماعات المسلحة في الساحل منذ سنوات.",
    )
    assert record.location is None or record.location.country_code != "EG"  # not As Sahil, Egypt


def test_a_count_after_its_word_across_and_opens_the_next_clause() -> None:
    record = _facts(
        "en",
        "Shelling hits consulate",
        "Two guards were killed and six other people, including a visa clerk, were wounded when shells "
        "hit the consulate in Herat.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (2, 6)


def test_city_blocks_are_a_distance_not_victims() -> None:
    record = _facts(
        "es",
        "Tiroteo cerca del consulado",
        "Dos personas resultaron heridas en un tiroteo a unas cinco cuadras del consulado en Cali.",
    )
    assert record.casualties.injured == 2


def test_turkish_bir_after_a_casualty_word_is_an_article() -> None:
    record = _facts(
        "tr",
        "Camiye saldırı",
        "Kano'da bir camiye düzenlenen silahlı saldırıda yedi kişi öldü. Yaralılar hakkında bir "
        "açıklama yapılmadı.",
    )
    assert record.casualties.injured is None


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Gunmen attacked the embassy in Kabul on Monday. Police did not release casualty figures."),
        ("id", "Kelompok bersenjata menyerang kedutaan di Kabul, Senin. Polisi belum merilis data korban."),
    ],
)
def test_casualties_not_reported_are_unknown_not_zero(language: str, body: str) -> None:
    record = _facts(language, "", body)
    assert (record.casualties.killed, record.casualties.injured) == (None, None)


def test_arabic_providing_is_not_died() -> None:
    record = _facts(
        "ar",
        "قذيفة على السفارة",
        "سقطت قذيفة هاون على السفارة في طرابلس وأصيب حارس، وطالبت الخارجية بتوفير الحماية للبعثة.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 1)


def test_russian_shots_at_a_car_with_bullet_holes_are_gunfire() -> None:
    record = _facts(
        "ru",
        "Обстреляли машину посольства",
        "В Ниамее неизвестные обстреляли машину посольства, в кузове нашли пулевые отверстия.",
    )
    assert record.incident_type == "armed_assault"


def test_a_toll_from_last_week_is_not_this_attacks() -> None:
    record = _facts(
        "en",
        "Grenade hits consulate gate in Kandahar",
        "A grenade exploded at the gate of the Pakistani consulate in Kandahar on Sunday, wounding two "
        "guards. Police said no one died. Last week 15 soldiers were killed in an ambush near the border.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 2)


def test_an_incident_said_unrelated_opens_another_toll() -> None:
    record = _facts(
        "es",
        "Un guardia muerto en un ataque contra la embajada",
        "Un guardia murió en un ataque armado contra la embajada de Perú en Quito, informó la policía. "
        "Los atacantes huyeron en una motocicleta. Al menos ocho personas murieron en otro tiroteo en "
        "Guayaquil, un hecho sin relación aparente con el ataque.",
    )
    assert record.casualties.killed == 1


def test_early_accounts_are_a_first_report() -> None:
    record = _facts(
        "ar",
        "ستة قتلى في انفجار بسوق في الفاشر",
        "قتل ستة أشخاص في انفجار قنبلة وسط سوق في الفاشر. وتحدث شهود في الساعات الأولى عن سقوط ما بين "
        "ثمانية وعشرة قتلى، قبل أن تعلن السلطات أن الحصيلة النهائية ستة قتلى.",
    )
    assert record.casualties.killed == 6


def test_a_count_of_some_of_the_victims_is_not_their_number() -> None:
    record = _facts(
        "en",
        "Rockets hit UN base",
        "Rockets hit the UN base in Kidal on Monday, killing three people. Doctors said two of the wounded "
        "were in critical condition.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (3, None)  # how many: not said


def test_a_range_of_counts_is_not_a_sum() -> None:
    record = _facts(
        "en",
        "Bomb at market",
        "A bomb exploded in the central market of Maroua, killing between six and eight people, police said.",
    )
    assert record.casualties.killed == 8


def test_arabic_peaceful_is_not_salamiyah() -> None:
    record = _facts(
        "ar",
        "وقفة سلمية أمام مكتب الأمم المتحدة",
        "نظم مئات النازحين وقفة احتجاجية سلمية أمام مكتب الأمم المتحدة في زالنجي بولاية وسط دارفور غربي "
        "السودان للمطالبة بالغذاء.",
    )
    assert record.location is not None and record.location.country_code == "SD"


def test_indonesian_crowd_pushed_back_before_the_main_building_is_a_breach() -> None:
    record = _facts(
        "id",
        "Massa terobos gerbang konsulat",
        "Ratusan orang menerobos gerbang Konsulat India di Kandahar dan membakar pos jaga. Aparat memukul "
        "mundur mereka sebelum massa sempat masuk ke gedung utama. Tiga petugas terluka.",
    )
    assert (record.incident_type, record.severity) == ("storming", "high")


def test_russian_akimat_is_government() -> None:
    record = _facts(
        "ru",
        "Хакеры атаковали сайт акимата",
        "Официальный сайт акимата Карагандинской области почти сутки был недоступен из-за мощной "
        "DDoS-атаки, сообщили в управлении цифровизации.",
    )
    assert (record.incident_type, record.target_type) == ("cyberattack", "government")


def test_spanish_no_count_of_wounded_given_is_unknown() -> None:
    record = _facts(
        "es",
        "Ataque con morteros contra un cuartel",
        "Al menos cinco soldados murieron en un ataque con morteros contra un cuartel en Tame. Las "
        "autoridades no han comunicado ningún balance de heridos.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (5, None)


def test_french_l_un_des_is_no_count() -> None:
    record = _facts(
        "fr",
        "Explosion dans une centrale",
        "Une bombe a explosé dans la centrale de Kaya, blessant trois ouvriers et endommageant l'un des "
        "transformateurs.",
    )
    assert record.casualties.injured == 3


@pytest.mark.parametrize(
    ("language", "body", "country"),
    [
        ("en", "Gunmen attacked a UN base in the east of the Democratic Republic of the Congo.", "CD"),
        ("en", "Gunmen attacked a UN base in eastern DR Congo on Monday.", "CD"),
        ("en", "A bomb exploded outside an embassy in Turkey on Monday, police said.", "TR"),
        ("en", "Rockets hit the Polish consulate in Odessa overnight, the governor said.", "UA"),
        ("fr", "Des hommes armés ont attaqué une base de l'ONU dans l'est de la RDC lundi.", "CD"),
        ("de", "Bewaffnete haben eine UN-Basis im Osten der Demokratischen Republik Kongo beschossen", "CD"),
    ],
)
def test_common_country_names_beyond_the_cldr_ones(language: str, body: str, country: str) -> None:
    record = _facts(language, "", body)
    assert record.location is not None and record.location.country_code == country


def test_arabic_umami_headquarters_is_a_un_mission() -> None:
    record = _facts(
        "ar",
        "مسيرة تستهدف مقرا أمميا في بيدوا",
        "قالت بعثة الأمم المتحدة إن طائرة مسيرة استهدفت مجمع مكتبها في بيدوا وأصابت موظفين اثنين، وهي المرة "
        "الأولى التي تستخدم فيها مسيرة ضد مقر أممي في المدينة.",
    )
    assert (record.target_type, record.alert) == ("diplomatic", True)


def test_turkish_parliamentary_row_with_a_bombing_metaphor_is_no_incident() -> None:
    record = _facts(
        "tr",
        "Muhalefetten atamalara sert saldırı",
        "Ankara – Ana muhalefet partisinin genel başkan yardımcısı hükümetin büyükelçi atamalarını "
        "eleştirdi. Basın toplantısında konuşan yardımcı, “Dışişleri'ni liyakatsiz atamalarla "
        "bombalıyorlar” dedi. İktidar partisi sözcüsü eleştirileri temelsiz buldu. Atamalar dış politika "
        "çevrelerinde tartışılıyor.",
    )
    assert (record.incident_type, record.alert) == ("none", False)


def test_german_passer_by_with_cuts_is_one_injured() -> None:
    record = _facts(
        "de",
        "Wachmann vor Botschaft erstochen",
        "Vor der Botschaft in Tiflis ist ein Wachmann bei einer Messerattacke getötet worden. Ein Passant, "
        "der helfen wollte, erlitt leichte Schnittverletzungen an der Hand.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (1, 1)


def test_turkish_driver_shot_in_the_leg_is_one_injured() -> None:
    record = _facts(
        "tr",
        "Diplomat kaçırıldı",
        "Port-au-Prince'te büyükelçilikte görevli bir diplomat silahlı kişilerce kaçırıldı. Olay sırasında "
        "aracın şoförü bacağından vurularak yaralanmıştır.",
    )
    assert record.casualties.injured == 1


def test_russian_no_dead_with_a_source_aside_is_zero() -> None:
    record = _facts(
        "ru",
        "Толпа захватила посольство",
        "Толпа ворвалась в посольство в Бужумбуре, четверо охранников получили ранения. Погибших, по данным "
        "полиции, нет.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 4)


def test_a_count_after_a_death_and_a_comma_opens_the_next_clause() -> None:
    record = _facts(
        "de",
        "Drohne trifft Residenz",
        "Eine Drohne hat die Residenz des Botschafters in Juba getroffen. Ein Wachmann kam dabei ums Leben, "
        "zwei weitere Sicherheitskräfte wurden verletzt.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (1, 2)


def test_arabic_sultanate_of_oman_is_not_amman() -> None:
    record = _facts("ar", "", "انفجرت قنبلة قرب السفارة في سلطنة عمان صباح الاثنين دون إصابات.")
    assert record.location is not None and record.location.country_code == "OM"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "ar",
            "محتجون يقتحمون باحة القنصلية",
            "اقتحم عشرات المحتجين البوابة الخارجية للقنصلية في بورتسودان ودخلوا باحتها، قبل أن تخرجهم الشرطة "
            "دون أن يتمكنوا من دخول المبنى الرئيسي. وأصيب ثلاثة حراس.",
        ),
        (
            "ru",
            "Толпа прорвалась во двор посольства",
            "Толпа прорвалась через ворота во двор посольства в Вене и подожгла будку охраны, трое "
            "полицейских ранены. В главное здание посольства проникнуть нападавшим не удалось.",
        ),
    ],
)
def test_a_breach_kept_out_of_the_main_building_is_high(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.severity) == ("storming", "high")


def test_french_regional_administration_is_government() -> None:
    record = _facts(
        "fr",
        "Une grenade contre l'administration régionale",
        "Une grenade a été lancée jeudi contre le siège de l'administration régionale de Djalal-Abad, "
        "faisant deux blessés parmi les employés.",
    )
    assert record.target_type == "government"


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Gunmen attacked an embassy on 3 March, police said."),
        ("de", "Mitte Mai haben Bewaffnete die Botschaft beschossen, teilte die Polizei mit."),
    ],
)
def test_a_month_is_no_place(language: str, body: str) -> None:
    record = _facts(language, "", body)
    assert record.location is None or record.location.city is None


def test_indonesian_number_word_lima_is_not_lima_peru() -> None:
    record = _facts(
        "id",
        "Gedung Kedutaan Diserbu Massa, Lima Staf Terluka",
        "Kompleks sebuah kedutaan besar diserbu ratusan orang pada Jumat siang setelah unjuk rasa di depan "
        "gedung berubah ricuh. Massa menjebol gerbang utama, masuk ke halaman, lalu membakar pos jaga. Lima "
        'staf terluka. "Aparat datang terlambat," kata seorang saksi. Kedutaan Besar Chad di Bangui kemudian '
        "menutup layanan.",
    )
    assert record.location is not None and record.location.country_code == "CF"


def test_german_dabei_is_not_dubai() -> None:
    record = _facts(
        "de",
        "Militärlager beschossen",
        "Ein Stützpunkt der Armee ist mit Mörsergranaten beschossen worden. Dabei wurden zwei Soldaten "
        "getötet. Das Lager liegt am Stadtrand von Kidal.",
    )
    assert record.location is not None and record.location.country_code == "ML"


def test_german_rehearsal_with_extras_playing_the_wounded_is_a_drill() -> None:
    record = _facts(
        "de",
        "Explosion und Schüsse – alles nur geprobt",
        "Rund um eine Botschaft probten Polizei und Feuerwehr am Dienstag den Ernstfall. Angenommen wurde "
        "eine Explosion am Eingang; 20 Statisten mimten Verletzte.",
    )
    assert (record.incident_type, record.alert) == ("none", False)


def test_spanish_door_brought_down_and_garden_entered_is_storming() -> None:
    record = _facts(
        "es",
        "Derribada la puerta de una embajada durante una protesta",
        "La puerta principal de la embajada en Quito fue derribada por manifestantes, que ingresaron al "
        "jardín y quemaron una bandera. Cuatro policías resultaron heridos.",
    )
    assert (record.incident_type, record.alert) == ("storming", True)


def test_spanish_crowd_that_occupied_the_building_overran_it() -> None:
    record = _facts(
        "es",
        "Manifestantes toman el consulado",
        "Un grupo de unas 200 personas irrumpió en el consulado de Perú en Arica y ocupó el edificio durante "
        "tres horas; no se reportaron heridos.",
    )
    assert (record.incident_type, record.severity) == ("storming", "critical")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Shots fired at embassy school",
            "Unknown gunmen fired several shots at the German embassy school in Nairobi overnight, breaking "
            "two classroom windows.",
        ),
        (
            "en",
            "Grenade thrown at visa centre",
            "A grenade was thrown at a privately run visa application centre in Erbil on Sunday, wounding "
            "three people.",
        ),
    ],
)
def test_embassy_schools_and_visa_centres_are_civilian(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.target_type, record.alert) == ("civilian", False)


def test_russian_abbreviated_month_in_a_dateline_is_no_count() -> None:
    record = _facts(
        "ru",
        "При обстреле подстанции погибли трое",
        "РАККА, 14 апр — Трое рабочих погибли при обстреле электрической подстанции на окраине Ракки.",
    )
    assert record.casualties.killed == 3


def test_turkish_bombarding_with_criticism_is_a_figure_of_speech() -> None:
    record = _facts(
        "tr",
        "Muhalefet vize politikasını eleştirdi",
        "Muhalefet lideri Genel Kurul'da hükümetin vize düzenlemesini eleştirdi. Hükümet sözcüsü "
        '"Muhalefet yine bombardımana tuttu" dedi.',
    )
    assert record.incident_type == "none"


def test_german_exonym_of_mazar_i_sharif_is_known() -> None:
    record = _facts(
        "de",
        "Drohne trifft Generalkonsulat",
        "Eine Drohne ist auf dem Gelände des Generalkonsulats in Masar-i-Scharif eingeschlagen. Ein Sprecher "
        "des Außenministeriums in Taschkent sprach von einem feigen Angriff.",
    )
    assert record.location is not None and record.location.country_code == "AF"


def test_indonesian_in_another_development_opens_another_incident() -> None:
    record = _facts(
        "id",
        "Drone serang konsulat di Basra",
        "Sebuah drone menghantam Konsulat Iran di Basra. Satu penjaga tewas. Kementerian mengecam serangan "
        "itu. Dalam perkembangan lain, kelompok bersenjata menyerang pos militer di Suriah dan menewaskan "
        "tiga tentara.",
    )
    assert record.casualties.killed == 1


def test_fireworks_thrown_at_a_protest_do_not_make_it_an_accident() -> None:
    record = _facts(
        "en",
        "Stones and fireworks thrown as protest outside embassy turns violent",
        "Several hundred demonstrators hurled stones and fireworks at riot police outside the Dutch embassy "
        "in Dakar on Sunday. Three police officers suffered minor injuries.",
    )
    assert (record.incident_type, record.severity) == ("protest", "medium")


def test_a_flag_burned_at_a_protest_is_no_arson() -> None:
    record = _facts(
        "ru",
        "Акция у консульства переросла в стычки",
        "Участники акции протеста у консульства в Бишкеке бросали в полицейских камни и сожгли "
        "государственный флаг. Двое полицейских получили легкие травмы.",
    )
    assert record.incident_type == "protest"


def test_german_explosive_drone_compound_is_an_airstrike() -> None:
    record = _facts(
        "de",
        "Sprengstoffdrohne vor Konsulat abgefangen",
        "Sicherheitskräfte haben eine Sprengstoffdrohne abgefangen, die Kurs auf das Generalkonsulat in "
        "Erbil genommen hatte. Verletzt wurde niemand.",
    )
    assert record.incident_type == "airstrike"


def test_french_african_union_delegation_convoy_is_diplomatic() -> None:
    record = _facts(
        "fr",
        "Un convoi visé près de Bambari",
        "Un engin explosif a explosé au passage du convoi de la délégation de l'Union africaine à la sortie "
        "de Bambari, tuant un gendarme de l'escorte.",
    )
    assert (record.target_type, record.alert) == ("diplomatic", True)


def test_spanish_embassies_rehearsing_an_evacuation_is_a_drill() -> None:
    record = _facts(
        "es",
        "Embajadas de Asunción ensayan un protocolo de evacuación conjunto",
        "ASUNCIÓN.— Sirenas, chalecos reflectivos y funcionarios caminando en fila: así lució este martes el "
        "barrio de Villa Morra, donde cinco embajadas participaron en el primer simulacro conjunto de "
        "evacuación.\nEl ejercicio partió de un escenario ficticio, un aviso por un paquete sospechoso en un "
        "edificio de oficinas diplomáticas, y puso a prueba los tiempos de salida.",
    )
    assert (record.incident_type, record.alert) == ("none", False)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Guards martyred in attack on embassy",
            "Two heroic guards were martyred and four staff wounded when mortar shells hit the embassy in "
            "Tripoli on Monday.",
        ),
        (
            "ar",
            "استشهاد حارسين في هجوم على السفارة",
            "استشهد اثنان من حراس السفارة في طرابلس وأصيب أربعة موظفين إثر سقوط قذائف هاون على المبنى.",
        ),
        (
            "tr",
            "Büyükelçiliğe havan saldırısı",
            "Trablus'taki büyükelçiliğe düşen havan mermileri sonucu iki güvenlik görevlisi şehit oldu, dört "
            "personel yaralandı.",
        ),
    ],
)
def test_martyred_victims_are_killed(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.casualties.killed, record.severity) == (2, "critical")


def test_a_un_office_with_modifiers_between_is_diplomatic() -> None:
    record = _facts(
        "en",
        "Gunmen storm UN aid office in Kaga Bandoro",
        "Gunmen on motorbikes opened fire on a United Nations humanitarian liaison office in Kaga Bandoro on "
        "Friday, wounding a guard, officials said.",
    )
    assert (record.target_type, record.alert) == ("diplomatic", True)


def test_a_police_checkpoint_is_a_government_target() -> None:
    record = _facts(
        "en",
        "Two officers shot dead at police checkpoint",
        "Gunmen opened fire on a police checkpoint on the outskirts of Peshawar late on Sunday, killing two "
        "officers, a police spokesman said.",
    )
    assert record.target_type == "government"


def test_a_country_named_as_its_troops_nationality_is_not_the_place() -> None:
    record = _facts(
        "tr",
        "Erbil'de ABD üssüne İHA saldırısı: 3 ABD askeri yaralandı",
        "Irak'ın kuzeyindeki Erbil kentinde ABD askerlerinin konuşlu olduğu üsse bomba yüklü bir İHA "
        "çarptı. Saldırıda üç ABD askeri hafif yaralandı. ABD ordusu olayla ilgili soruşturma başlattı.",
    )
    assert record.location.country_code == "IQ"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "es",
            "El Gobierno refuerza la seguridad de sus embajadas",
            "El ministerio revisará los planes de evacuación de sus embajadas en África occidental y "
            "elevará los muros de varias sedes, anunció el secretario de Estado.",
        ),
        (
            "en",
            "Foreign Office reviews embassy evacuation plans",
            "The ministry said it was updating the evacuation plans of its embassies in the region and "
            "would hire more guards, a spokesman said.",
        ),
    ],
)
def test_an_evacuation_plan_is_no_evacuation(language: str, title: str, body: str) -> None:
    assert _facts(language, title, body).incident_type == "none"


def test_french_town_hall_is_a_government_target() -> None:
    record = _facts(
        "fr",
        "Incendie criminel à l'hôtel de ville",
        "L'hôtel de ville de Mahajanga a été incendié dans la nuit de lundi par des inconnus, sans faire "
        "de victime, selon la gendarmerie.",
    )
    assert (record.incident_type, record.target_type) == ("arson", "government")


def test_french_infinitive_open_fire_is_a_shooting() -> None:
    record = _facts(
        "fr",
        "Attaque contre un village du nord",
        "Des assaillants ont encerclé le hameau avant d'ouvrir le feu sur les villageois. Ils ont aussi "
        "incendié plusieurs cases, selon un élu local.",
    )
    assert record.incident_type == "armed_assault"


def test_a_distance_given_as_a_round_number_is_no_count() -> None:
    record = _facts(
        "fr",
        "Des hommes armés attaquent un village du nord",
        "Neuf civils ont été tués et trois autres blessés par des hommes armés dans un village situé à une "
        "trentaine de kilomètres de Kaya, selon des sources locales.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (9, 3)


def test_a_dateline_followed_by_the_agency_in_brackets_places_the_article() -> None:
    record = _facts(
        "id",
        "Granat dilempar ke pos polisi",
        "Jakarta (Kabar Kita) – Sebuah granat dilemparkan orang tak dikenal ke sebuah pos polisi di kota "
        "Ambon pada Senin malam dan melukai dua petugas. Mabes Polri di Jakarta mengirim tim ke Ambon.",
    )
    assert (record.location.country_code, record.location.city) == ("ID", "Ambon")


def test_spanish_toll_of_the_year_so_far_is_background() -> None:
    record = _facts(
        "es",
        "Atacan a balazos una comandancia",
        "Tres agentes municipales murieron la noche del lunes cuando un comando atacó a balazos la "
        "comandancia de Irapuato, confirmaron las autoridades.\nEn lo que va del año, al menos doce agentes "
        "han sido asesinados en Irapuato, uno de los municipios más violentos del estado.",
    )
    assert record.casualties.killed == 3


def test_german_guard_hit_by_a_bullet_is_one_wounded() -> None:
    record = _facts(
        "de",
        "Schüsse auf Konsulat",
        "Unbekannte haben in der Nacht auf das Generalkonsulat geschossen. Ein Wachmann wurde dabei von "
        "einer Kugel am Arm getroffen. Lebensgefahr bestehe nicht.",
    )
    assert record.casualties.injured == 1


def test_turkish_count_of_the_abducted_is_not_the_wounded() -> None:
    record = _facts(
        "tr",
        "Yardım konvoyuna saldırı",
        "Silahlı kişiler konvoydaki üç yabancı çalışanı kaçırırken, bir güvenlik görevlisi yaralandı.",
    )
    assert (record.incident_type, record.casualties.injured) == ("kidnapping", 1)


def test_arabic_centre_affiliated_with_the_un_is_diplomatic() -> None:
    record = _facts(
        "ar",
        "مسلحون يهاجمون مركزا امميا في بلدة حدودية",
        "فتح مسلحون النار على المركز الإنساني التابع للأمم المتحدة في بلدة ديفا مساء الأحد، ما أدى إلى "
        "إصابة حارسين، بحسب مصادر أمنية.",
    )
    assert (record.target_type, record.alert) == ("diplomatic", True)


def test_arabic_eleven_after_a_one_victim_verb_is_eleven() -> None:
    record = _facts(
        "ar",
        "انفجار سيارة مفخخة قرب القنصلية",
        "انفجرت سيارة مفخخة أمام القنصلية صباح الأحد، ما أسفر عن مقتل أحد عشر شخصا، وأصيب أحد عشر آخرون "
        "بجروح، بحسب الشرطة.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (11, 11)


def test_spanish_embassy_with_an_apposition_expressing_condolences_is_no_target() -> None:
    record = _facts(
        "es",
        "La Embajada peruana en Islamabad expresa su pesar por el atentado en Kabul",
        "LIMA, 3 mar (Agencia Andina Sur) – La Embajada del Perú en Pakistán, concurrente ante "
        "Afganistán, expresó este lunes sus condolencias tras el atentado con coche bomba perpetrado el "
        "domingo en un mercado de Kabul. Las autoridades afganas cifraron en nueve los muertos.",
    )
    assert (record.target_type, record.alert) == ("civilian", False)


def test_turkish_embassy_reacting_in_its_statement_is_no_target() -> None:
    record = _facts(
        "tr",
        "Lyon'da Türk derneğine kundaklama",
        "LYON (Rhône Haber Ajansı) - Türkiye'nin Lyon Başkonsolosluğu, kentteki bir Türk derneğinin "
        "kundaklanmasını kınadı. Gece saatlerinde derneğin kapısı ateşe verildi, yaralanan olmadı. "
        "Başkonsolosluk açıklamasında faillerin yakalanmasını istedi.",
    )
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "body", "killed"),
    [
        (
            "fr",
            "Des hommes armés ont tué deux gendarmes lundi près de Beni. Les violences dans la région "
            "avaient fait près de 2 000 morts l'an passé, selon l'ONU.",
            2,
        ),
        (
            "en",
            "A bomb killed three police officers at a checkpoint in Quetta on Monday. Months later, "
            "militants stormed a nearby academy and killed 40 cadets.",
            3,
        ),
        (
            "ar",
            "قتل أربعة من رجال الشرطة في تفجير استهدف حاجزا أمنيا في مدينة كويتا. وبعد أسبوع واحد، قتل أكثر "
            "من 30 شخصا في هجوم على سوق قريب.",
            4,
        ),
    ],
)
def test_a_toll_recalled_from_another_time_is_not_this_incidents(
    language: str, body: str, killed: int
) -> None:
    assert _facts(language, "", body).casualties.killed == killed


def test_a_conflicts_toll_in_the_thousands_is_not_the_attacks() -> None:
    record = _facts(
        "fr",
        "Attaque contre un poste de police à Bamenda",
        "Des séparatistes armés ont tué trois policiers lundi à Bamenda, selon les autorités.\nLe conflit "
        "dans les régions anglophones dure depuis 2017. Selon des ONG, plus de 6 000 personnes ont été "
        "tuées dans les violences.",
    )
    assert record.casualties.killed == 3


def test_spanish_abbreviated_april_in_a_dateline_is_no_count() -> None:
    record = _facts(
        "es",
        "Ataque armado contra una iglesia",
        "UAGADUGÚ, 27 abr (Agencia) – Al menos nueve fieles murieron el domingo cuando hombres armados "
        "atacaron una iglesia en el norte de Burkina Faso.",
    )
    assert record.casualties.killed == 9


def test_russian_singular_died_verb_does_not_take_the_next_clauses_count() -> None:
    record = _facts(
        "ru",
        "Удар беспилотника по базе ООН",
        "Один человек погиб и четверо получили ранения при ударе беспилотника по базе миссии ООН в "
        "Малакале. Погиб местный охранник, четверо иностранных сотрудников гуманитарных агентств получили "
        "осколочные ранения.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (1, 4)


def test_indonesian_car_shot_at_is_a_shooting() -> None:
    record = _facts(
        "id",
        "Mobil Konsul Ditembaki di Karachi",
        "Kendaraan dinas konsul jenderal ditembaki orang tak dikenal di Karachi pada Senin malam. Seorang "
        "pengawal terluka.",
    )
    assert (record.incident_type, record.alert) == ("armed_assault", True)


def test_arabic_un_agency_named_indefinitely_is_diplomatic() -> None:
    record = _facts(
        "ar",
        "هجوم بمسيرة على مقر للأمم المتحدة",
        "قتل حارس يعمل لدى وكالة تابعة للأمم المتحدة إثر استهداف مقر الوكالة في مدينة نيالا بطائرة مسيرة "
        "صباح الأحد.",
    )
    assert (record.target_type, record.alert) == ("diplomatic", True)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Le Quai d'Orsay durcit ses conseils aux voyageurs pour le Niger",
            "Le ministère déconseille formellement plusieurs régions en raison d'un risque d'enlèvement "
            "visant les ressortissants occidentaux.",
        ),
        (
            "en",
            "Travel advice updated for northern Mozambique",
            "The Foreign Office now advises against all travel to three districts, citing a high risk of "
            "kidnapping for foreign nationals.",
        ),
    ],
)
def test_a_risk_of_kidnapping_in_travel_advice_is_no_kidnapping(language: str, title: str, body: str) -> None:
    assert _facts(language, title, body).incident_type != "kidnapping"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "ru",
            "Посольства в Триполи: десять лет за бетонными стенами",
            "АНАЛИТИКА. /Вестник/. Когда боевики обстреляли посольство Египта в Триполи из автоматов, "
            "дипломаты решили остаться в городе за бетонными стенами.",
        ),
        (
            "ar",
            "قراءة: عقد من الهجمات على البعثات في طرابلس",
            "منذ أن هاجم مسلحون السفارة المصرية في طرابلس قبل عشر سنوات، تعيش البعثات خلف جدران إسمنتية.",
        ),
    ],
)
def test_analysis_labels_with_a_full_stop_or_in_arabic_open_commentary(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("none", False)


@pytest.mark.parametrize(
    ("body", "injured"),
    [
        (
            "Unbekannte haben in Tripolis auf den Wagen des Botschafters geschossen. Sein Fahrer wurde bei "
            "dem Angriff leicht verletzt.",
            1,
        ),
        (
            "Ein Mann hat vor dem Konsulat einen Wachmann mit einem Messer angegriffen und verletzt.",
            1,
        ),
        (
            "Unbekannte haben in Tripolis auf den Wagen des Botschafters geschossen. Sein Fahrer wurde bei "
            "dem Angriff nicht verletzt.",
            0,
        ),
    ],
)
def test_german_one_wounded_with_the_participle_far_from_its_auxiliary(body: str, injured: int) -> None:
    assert _facts("de", "Angriff auf Diplomaten", body).casualties.injured == injured


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "Gunmen fired on the consulate's car in Kano on Monday. The driver was taken to the regional "
            "hospital and is in stable condition.",
        ),
        (
            "fr",
            "Des hommes armés ont tiré sur le consulat honoraire à Maroua. Le gardien a été évacué vers "
            "l'hôpital régional.",
        ),
        (
            "ru",
            "Неизвестный напал с ножом на охранника консульства в Оше. Охранник доставлен в городскую "
            "больницу.",
        ),
    ],
)
def test_one_victim_taken_to_a_named_hospital_is_one_wounded(language: str, body: str) -> None:
    assert _facts(language, "", body).casualties.injured == 1


@pytest.mark.parametrize(
    "body",
    [
        "BAMAKO - Mali'nin orta kesimindeki Ségou kentinde bir jandarma karakoluna düzenlenen silahlı "
        "saldırıda üç jandarma hayatını kaybetti. Bamako'daki Savunma Bakanlığı saldırıyı doğruladı.",
        "BAMAKO - Mali'nin orta kesimindeki Ségou'da bir jandarma karakoluna düzenlenen silahlı saldırıda "
        "üç jandarma hayatını kaybetti. Bamako'daki Savunma Bakanlığı saldırıyı doğruladı.",
    ],
)
def test_turkish_town_named_with_a_city_noun_or_locative_beats_the_capitals_dateline(body: str) -> None:
    record = _facts("tr", "Mali'de karakola saldırı: 3 ölü", body)
    assert record.location.city == "Ségou"


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "A suicide bomber struck a bus station in Quetta. Nine people were killed, including the bomber.",
        ),
        (
            "tr",
            "Ketta'da bir otogarda intihar saldırısı düzenlendi. Saldırgan dahil dokuz kişi hayatını "
            "kaybetti.",
        ),
    ],
)
def test_a_toll_that_includes_the_attacker_counts_one_fewer(language: str, body: str) -> None:
    assert _facts(language, "", body).casualties.killed == 8


def test_indonesian_count_after_and_that_was_abducted_is_no_death_toll() -> None:
    record = _facts(
        "id",
        "Mobil Kedubes Dihadang di Lagos, Sopir Tewas dan Tiga Staf Diculik",
        "Kendaraan kedutaan dihadang kelompok bersenjata di Lagos pada Senin pagi. Seorang sopir "
        "kedutaan tewas ditembak.",
    )
    assert record.casualties.killed == 1


def test_a_victim_the_gunmen_killed_is_no_attackers_death() -> None:
    record = _facts(
        "en",
        "Embassy car ambushed in Port-au-Prince",
        "Gang members ambushed an embassy car in Port-au-Prince on Monday. The gunmen opened fire when the "
        "driver tried to turn around, killing him at the wheel, police said.",
    )
    assert record.casualties.killed == 1


@pytest.mark.parametrize(
    ("language", "body", "injured"),
    [
        ("es", "Una bomba estalló frente a la embajada; diecisiete personas resultaron heridas.", 17),
        ("de", "Vor der Botschaft explodierte eine Bombe, achtzehn Menschen wurden verletzt.", 18),
        ("ru", "У посольства взорвалась бомба, шестнадцать человек получили ранения.", 16),
        ("id", "Bom meledak di depan kedutaan, tujuh belas orang terluka.", 17),
    ],
)
def test_teens_written_as_words_are_counted(language: str, body: str, injured: int) -> None:
    assert _facts(language, "", body).casualties.injured == injured


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "es",
            "Hombres armados abrieron fuego contra la embajada y tres guardias resultaron heridos. Ninguno "
            "de los 14 funcionarios que estaban en el edificio sufrió heridas.",
        ),
        (
            "en",
            "Gunmen opened fire on the embassy and three guards were wounded. None of the 14 diplomats "
            "inside the building was hurt.",
        ),
    ],
)
def test_a_count_of_the_people_spared_is_no_victim_count(language: str, body: str) -> None:
    assert _facts(language, "", body).casualties.injured == 3


def test_french_town_after_an_elided_preposition_is_found() -> None:
    record = _facts(
        "fr",
        "Soudan : une frappe de drone sur le marché d'Omdurman",
        "PORT-SOUDAN, 3 mai — Au moins neuf civils ont été tués lundi par une frappe de drone sur le grand "
        "marché d'Omdurman, a annoncé le ministère de la Santé.",
    )
    assert record.location.city == "Omdurman"


def test_french_elided_article_before_a_lexicon_name_is_no_town() -> None:
    record = _facts(
        "fr",
        "Explosion devant l'Alliance française de Kaolack",
        "Un engin artisanal a explosé devant l'Alliance française de Kaolack, blessant deux passants.",
    )
    assert record.location.city == "Kaolack"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "es",
            "Hackean el portal de la Secretaría de Educación",
            "Un ciberataque dejó fuera de servicio el portal "
            "de la Secretaría de Educación de Guatemala durante dos días.",
        ),
        (
            "de",
            "Hackerangriff auf das Außenministerium",
            "Ein Hackerangriff hat die Website des estnischen Außenministeriums stundenlang lahmgelegt.",
        ),
        (
            "tr",
            "Valilik binasına saldırı",
            "Kimliği belirsiz kişiler gece saatlerinde Hakkari Valiliği'ne ait "
            "binayı kundakladı, yaralanan olmadı.",
        ),
        (
            "fr",
            "La délégation régionale incendiée",
            "Des inconnus ont incendié dans la nuit la délégation "
            "régionale des Affaires sociales à Kumba, sans faire de victime.",
        ),
    ],
)
def test_ministries_and_local_administrations_are_government(language: str, title: str, body: str) -> None:
    assert _facts(language, title, body).target_type == "government"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "ru",
            "Эвакуация торгового центра",
            "В Омске эвакуировали посетителей торгового центра после анонимного сообщения о минировании.",
        ),
        (
            "es",
            "Carro bomba frente a un centro comercial",
            "Un carro bomba estalló frente a un centro comercial de Medellín y dejó dos muertos.",
        ),
        (
            "fr",
            "Roquettes sur un souk",
            "Des roquettes se sont abattues sur le souk de Zarzis, tuant trois personnes.",
        ),
    ],
)
def test_malls_and_souks_are_civilian_targets(language: str, title: str, body: str) -> None:
    assert _facts(language, title, body).target_type == "civilian"


def test_spanish_cancilleria_is_the_foreign_ministry() -> None:
    record = _facts(
        "es",
        "Hackers tumban la web de la Cancillería peruana",
        "Un ciberataque dejó fuera de servicio durante horas el sitio web de la Cancillería del Perú.",
    )
    assert record.target_type == "government"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Attaque contre un camp militaire",
            "Des hommes armés ont attaqué le camp militaire de Diffa, tuant "
            "neuf soldats, selon le gouvernement nigérien.",
        ),
        (
            "de",
            "Angriff auf Armeestützpunkt",
            "Bewaffnete haben einen Armeestützpunkt im Westen Nigers "
            "angegriffen, nach Regierungsangaben wurden zwölf Soldaten getötet.",
        ),
        (
            "ru",
            "Нападение на армейский пост",
            "Боевики атаковали армейский пост на границе, двое военных погибли, сообщили в правительстве.",
        ),
    ],
)
def test_army_camps_are_military_and_the_governments_word_is_no_target(
    language: str, title: str, body: str
) -> None:
    assert _facts(language, title, body).target_type == "military"


@pytest.mark.parametrize(
    ("language", "title", "body", "target"),
    [
        (
            "tr",
            "Karakola bombalı saldırı",
            "Peşaver'de bir karakola düzenlenen bombalı saldırıda üç polis öldü.",
            "government",
        ),
        (
            "tr",
            "Askeri karakola saldırı",
            "Silahlı kişiler sınırdaki bir askeri karakola saldırdı, iki asker öldü.",
            "military",
        ),
        (
            "es",
            "Coche bomba contra una base policial",
            "Un coche bomba estalló frente a una base policial de Irapuato y mató a dos agentes.",
            "government",
        ),
    ],
)
def test_police_stations_are_government_and_army_posts_military(
    language: str, title: str, body: str, target: str
) -> None:
    assert _facts(language, title, body).target_type == target


def test_spanish_mali_with_an_accent_is_the_country() -> None:
    record = _facts(
        "es",
        "Ataque contra una base militar en el centro de Malí",
        "Hombres armados atacaron el jueves una base militar cerca de Mopti, en el centro de Malí, y mataron "
        "a doce soldados.",
    )
    assert (record.location.country_code, record.location.city) == ("ML", "Mopti")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "The embassy was evacuated after a bomb threat. An email claimed explosives had been planted in "
            "the building. There were no casualties or damage.",
        ),
        (
            "id",
            "Gedung KBRI dikosongkan karena ancaman bom. Surel itu mengklaim bahan peledak telah diletakkan "
            "di dalam gedung. Tidak ada korban maupun kerusakan.",
        ),
    ],
)
def test_no_casualties_or_damage_denies_the_damage_too(language: str, body: str) -> None:
    assert _facts(language, "", body).incident_type == "threat"


def test_spanish_in_total_sums_this_incident() -> None:
    record = _facts(
        "es",
        "Atentado en un mercado de Maiduguri",
        "Una bomba estalló el viernes en un mercado de Maiduguri y mató a once personas. En total, "
        "treinta personas resultaron heridas, según los servicios de emergencia.",
    )
    assert record.casualties.injured == 30


def test_an_age_after_aged_is_no_count() -> None:
    record = _facts(
        "en",
        "Drone strike wounds two workers",
        "A drone hit a power plant in Kharkiv overnight, injuring two workers. The two injured, a man "
        "aged 48 and a woman aged 37, were taken to hospital with shrapnel wounds.",
    )
    assert record.casualties.injured == 2


def test_people_being_treated_in_hospital_are_wounded() -> None:
    record = _facts(
        "en",
        "Market bombing kills nine",
        "A bomb exploded in a crowded market in Maiduguri, killing nine people. Another 25 people were being "
        "treated at the state hospital, an emergency official said.",
    )
    assert record.casualties.injured == 25


def test_a_hospitals_higher_toll_gives_way_to_the_official_one() -> None:
    record = _facts(
        "fr",
        "Attentat à la voiture piégée à Gao",
        "Une voiture piégée a explosé lundi près d'un marché de Gao, tuant trois personnes, selon le "
        "gouvernorat. Des sources hospitalières évoquent de leur côté sept morts.",
    )
    assert record.casualties.killed == 3


def test_a_number_before_year_with_a_hyphen_is_a_duration() -> None:
    record = _facts(
        "en",
        "Suicide bomber kills nine in Maiduguri",
        "A suicide bomber killed nine people at a bus station in Maiduguri. Boko Haram has waged a 15-year "
        "insurgency that has killed tens of thousands.",
    )
    assert record.casualties.killed == 9


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "ru",
            "Неизвестный бросил гранату во двор консульства, ранен охранник. Погибших среди сотрудников и "
            "посетителей нет.",
        ),
        (
            "de",
            "Eine Granate explodierte im Hof des Konsulats, sechs Polizisten seien verletzt worden, "
            "Todesopfer gebe es keine.",
        ),
        (
            "es",
            "Hombres armados dispararon contra la embajada; cuatro policías resultaron heridos, según el "
            "ministerio, que no informó de fallecidos.",
        ),
        ("ru", "Смертник подорвал автомобиль у ворот посольства, трое охранников ранены."),
    ],
)
def test_no_deaths_said_in_other_words_is_zero_killed(language: str, body: str) -> None:
    assert _facts(language, "", body).casualties.killed == 0


def test_a_province_named_like_its_capital_is_where_the_town_is() -> None:
    record = _facts(
        "es",
        "Coche bomba en el departamento de Arauca deja tres soldados heridos",
        "Un coche bomba estalló junto a una base del Ejército en el municipio de Tame, en el departamento de "
        "Arauca, y dejó tres soldados heridos, informaron las autoridades del departamento de Arauca.",
    )
    assert record.location.city == "Tame"


@pytest.mark.parametrize(
    ("language", "title", "body", "incident"),
    [
        (
            "fr",
            "L'incendie du consulat était criminel",
            "L'incendie qui a endommagé la porte du consulat du Mali à Lyon est d'origine criminelle, "
            "selon les enquêteurs, qui ont retrouvé des traces d'essence. Un court-circuit, une hypothèse "
            "désormais écartée, avait d'abord été évoqué.",
            "arson",
        ),
        (
            "ar",
            "انفجار قرب السفارة ناجم عن عبوة ناسفة لا عن تسرب غاز",
            "أعلنت الشرطة أن الانفجار الذي وقع قرب مبنى السفارة نجم عن عبوة ناسفة. وكانت مصادر في الدفاع "
            "المدني قد رجحت في الساعات الأولى أن يكون الانفجار ناجما عن تسرب غاز، قبل أن يعثر خبراء "
            "المتفجرات على بقايا العبوة.",
            "bombing",
        ),
    ],
)
def test_an_accident_first_suspected_then_ruled_out_leaves_the_attack(
    language: str, title: str, body: str, incident: str
) -> None:
    assert _facts(language, title, body).incident_type == incident


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Un engin explosif endommage les bureaux de l'OSCE",
            "Un engin explosif a explosé dans la nuit "
            "devant les bureaux de l'OSCE à Mostar, endommageant la façade, sans faire de victime.",
        ),
        (
            "ar",
            "طعن حارس عند بوابة مقر الاتحاد الأفريقي",
            "طعن رجل حارس أمن عند البوابة الرئيسية لمقر الاتحاد "
            "الأفريقي في أديس أبابا صباح الاثنين، ونقل الحارس إلى المستشفى.",
        ),
    ],
)
def test_osce_and_african_union_offices_are_diplomatic(language: str, title: str, body: str) -> None:
    assert (_facts(language, title, body).target_type, _facts(language, title, body).alert) == (
        "diplomatic",
        True,
    )


def test_turkish_bomb_found_and_destroyed_is_a_threat() -> None:
    record = _facts(
        "tr",
        "Konsolosluk önünde bulunan patlayıcı imha edildi",
        "Erbil'de Başkonsolosluğun giriş kapısı yakınına bırakılan el yapımı patlayıcı, güvenlik güçlerince "
        "kontrollü şekilde imha edildi. Yaralanan olmadı.",
    )
    assert (record.incident_type, record.alert) == ("threat", False)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "tr",
            "Büyükelçilik yakınında silah sesleri",
            "Bakü'de bir büyükelçiliğin bulunduğu sokakta duyulan silah "
            "sesleri paniğe yol açtı. Polis, seslerin yakındaki bir düğünde havaya açılan ateşten "
            "kaynaklandığını açıkladı.",
        ),
        (
            "en",
            "Gunfire near embassy was celebratory",
            "Shots heard near the French embassy in Amman late on "
            "Friday were celebratory gunfire at a nearby wedding, police said.",
        ),
    ],
)
def test_celebratory_gunfire_near_an_embassy_is_no_attack(language: str, title: str, body: str) -> None:
    assert _facts(language, title, body).alert is False


def test_arabic_controlled_detonation_of_a_suspicious_bag_is_a_threat() -> None:
    record = _facts(
        "ar",
        "تفجير متحكم به لحقيبة مشبوهة قرب سفارة",
        "أوضحت الشرطة أن صوت الانفجار الذي سمع في حي السفارات ناتج عن تفجير متحكم به لحقيبة مشبوهة عثر عليها "
        "قرب سور إحدى السفارات، ولم تقع أي إصابات.",
    )
    assert (record.incident_type, record.alert) == ("threat", False)


def test_german_shots_the_police_link_to_crime_not_to_the_embassy() -> None:
    record = _facts(
        "de",
        "Schüsse nahe Botschaft – Polizei sieht keinen Zusammenhang",
        "Schüsse in der Nähe einer Botschaft in Malmö haben einen Mann verletzt. Die Polizei sieht keinen "
        "Zusammenhang mit der Botschaft und ermittelt im kriminellen Milieu.",
    )
    assert record.alert is False


def test_a_province_alone_beside_the_dateline_capital_still_places_the_incident() -> None:
    record = _facts(
        "tr",
        "Suriye'de üsse roketli saldırı",
        "ŞAM (Ajans) – Suriye'nin doğusundaki Deyrizor vilayetinde koalisyon güçlerinin konuşlandığı üsse "
        "roketli saldırı düzenlendi, iki asker yaralandı.",
    )
    assert record.location.city == "Deir ez-Zor"


def test_jalal_abad_keeps_the_name_the_press_uses() -> None:
    record = _facts(
        "ru",
        "Нападение на консульство в Джалал-Абаде",
        "В Джалал-Абаде неизвестный бросил бутылку с зажигательной смесью в ворота консульства, "
        "пострадавших нет.",
    )
    assert record.location.city == "Jalal-Abad"


def test_russian_gerunds_of_killing_and_wounding_count() -> None:
    record = _facts(
        "ru",
        "Стрельба у консульства",
        "Неизвестный открыл огонь по посту охраны у консульства в Пешаваре, убив одного полицейского и ранив "
        "еще двоих.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (1, 2)


def test_russian_bottle_of_flammable_liquid_thrown_at_a_door_is_arson() -> None:
    record = _facts(
        "ru",
        "В Бишкеке бросили бутылку с горючей смесью в дверь консульства",
        "Неизвестный ночью бросил бутылку с горючей смесью в дверь почетного консульства в Бишкеке, огнем "
        "повреждена входная дверь. Никто не пострадал.",
    )
    assert (record.incident_type, record.alert) == ("arson", True)


def test_zawiya_is_named_as_the_press_writes_it() -> None:
    record = _facts(
        "ar",
        "هجوم على قافلة أممية قرب الزاوية",
        "هاجم مسلحون قافلة تابعة للأمم المتحدة في مدينة الزاوية غربي ليبيا، ما أدى إلى إصابة سائق.",
    )
    assert record.location.city == "Zawiya"


@pytest.mark.parametrize(
    ("language", "title", "body", "city"),
    [
        (
            "de",
            "Bombendrohung in Berlin-Mitte",
            "Wegen einer Bombendrohung ist am Dienstag die Botschaft Litauens in "
            "Berlin-Mitte geräumt worden.",
            "Berlin",
        ),
        (
            "fr",
            "Explosion devant une ambassade à Ixelles",
            "BRUXELLES – Un engin artisanal a explosé devant "
            "l'ambassade du Danemark à Ixelles, sans faire de blessé.",
            "Brussels",
        ),
        (
            "id",
            "Ancaman bom di Kedubes",
            "JAKARTA — Staf Kedutaan Besar Norwegia di kawasan Kuningan, Jakarta "
            "Selatan, dievakuasi setelah ancaman bom lewat surel.",
            "Jakarta",
        ),
    ],
)
def test_a_district_named_beside_its_city_gives_the_city(
    language: str, title: str, body: str, city: str
) -> None:
    assert _facts(language, title, body).location.city == city


def test_wounding_the_driver_is_one_wounded_beside_an_unhurt_diplomat() -> None:
    record = _facts(
        "en",
        "Gunmen fire on diplomat's car in Benghazi",
        "Gunmen opened fire on a car carrying a Tunisian diplomat in Benghazi on Monday, wounding the Libyan "
        "driver, police said. The diplomat was unhurt.",
    )
    assert record.casualties.injured == 1


@pytest.mark.parametrize(
    ("language", "body", "killed", "injured"),
    [
        (
            "fr",
            "10h05 – Des tirs nourris sont entendus près de l'ambassade.\n"
            "10h50 – Deux gendarmes sont blessés.\n"
            "11h30 – Les assaillants ont pris la fuite.\n"
            "12h00 – Le quartier est bouclé.\n"
            "12h30 – Deux suspects sont interpellés.\n"
            "13h00 – Le ministre se rend sur place.\n"
            "13h30 – Les écoles voisines ferment.\n"
            "14h00 – Les commerces baissent leurs rideaux.\n"
            "15h00 – Le trafic reste perturbé.\n"
            "16h00 – La police fouille le quartier.\n"
            "17h00 – Les ambassades voisines renforcent leur sécurité.\n"
            "17h40 – Dernier bilan officiel : un mort et cinq blessés.",
            1,
            5,
        ),
        (
            "tr",
            "13.30 - Konsolosluğa silahlı saldırı düzenlendi, 3 kişi yaralandı.\n18.00 - Son bilgilere göre "
            "saldırıda 1 güvenlik görevlisi hayatını kaybetti, 2 kişi yaralandı.",
            1,
            2,
        ),
    ],
)
def test_a_live_blogs_latest_toll_stands(language: str, body: str, killed: int, injured: int) -> None:
    record = _facts(language, "", body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured)


def test_spanish_age_written_with_y_is_no_count() -> None:
    record = _facts(
        "es",
        "Ataque con drones en Michoacán",
        "Una mujer de sesenta y dos años murió y cuatro personas resultaron heridas cuando drones cargados "
        "con explosivos atacaron viviendas de Aguililla.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (1, 4)


def test_rounds_fired_are_no_victims() -> None:
    record = _facts(
        "en",
        "Gunmen attack embassy sentry box",
        "The attackers fired at least a dozen rounds at the sentry box of the embassy, killing a guard, "
        "police said.",
    )
    assert record.casualties.killed == 1


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "A truck bomb tore through a checkpoint outside Mosul on Friday. Four soldiers were killed at "
            "the scene and three others died on the way to hospital, the army said.",
        ),
        (
            "fr",
            "Un camion piégé a explosé vendredi à un poste de contrôle près de Mossoul. Quatre soldats ont "
            "été tués sur place et trois autres sont morts pendant leur transfert à l'hôpital.",
        ),
        (
            "es",
            "Un camión bomba estalló el viernes en un puesto de control cerca de Mosul. Cuatro "
            "soldados murieron en el lugar y otros tres fallecieron camino del hospital.",
        ),
        (
            "de",
            "Eine Lastwagenbombe ist am Freitag an einem Kontrollpunkt bei Mossul explodiert. Vier Soldaten "
            "wurden getötet, drei weitere starben auf dem Weg ins Krankenhaus.",
        ),
        (
            "ru",
            "В пятницу у блокпоста под Мосулом взорвался заминированный грузовик. Четверо военных погибли на "
            "месте, ещё трое скончались по дороге в больницу.",
        ),
    ],
)
def test_others_who_died_later_are_added_to_the_toll(language: str, body: str) -> None:
    record = _facts(language, "", body)
    assert record.casualties.killed == 7


def test_others_wounded_beside_one_killed_stay_a_separate_count() -> None:
    record = _facts(
        "en",
        "Gunmen attack police post",
        "Gunmen opened fire on a police post in Kirkuk on Monday. One officer was killed and two others "
        "were wounded.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (1, 2)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "fr",
            "Des hommes armés ont attaqué samedi un camp de l'armée près de Gao, a indiqué l'état-major, "
            "sans fournir de bilan de ses pertes.",
        ),
        (
            "es",
            "Un grupo armado atacó con fusiles el sábado un cuartel del ejército en Arauca, sin precisar el "
            "número de bajas.",
        ),
        (
            "en",
            "Gunmen attacked an army camp near Gao on Saturday, the military said without giving a casualty "
            "toll.",
        ),
    ],
)
def test_a_toll_not_given_is_no_zero(language: str, body: str) -> None:
    record = _facts(language, "", body)
    assert record.incident_type == "armed_assault"
    assert record.casualties.injured is None


def test_french_diplomatic_corps_is_no_body_count() -> None:
    record = _facts(
        "fr",
        "Un consul enlevé",
        "Le consul a été enlevé à bord d'un véhicule du corps diplomatique, quand deux motos et un pick-up "
        "l'ont bloqué sur la route.",
    )
    assert record.incident_type == "kidnapping"
    assert record.casualties.killed is None


def test_a_capitals_exonym_beats_a_small_namesake_when_its_country_is_named() -> None:
    record = _facts(
        "tr",
        "Tiran'da büyükelçiliğe bombalı saldırı",
        "Arnavutluk'un başkenti Tiran'da bir büyükelçiliğin bahçesine el bombası atıldı, iki güvenlik "
        "görevlisi yaralandı.",
    )
    assert (record.location.country_code, record.location.city) == ("AL", "Tirana")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "ru",
            "Задержаны готовившие нападение на посольство",
            "Полиция задержала в Алматы двух мужчин, подозреваемых в подготовке теракта против посольства "
            "Франции. При обыске изъяты детали самодельного взрывного устройства.",
        ),
        (
            "ru",
            "Взрыв у посольства оказался работой саперов",
            "Хлопок у посольства Норвегии в Праге стал результатом контролируемого подрыва бесхозного "
            "чемодана, сообщила полиция. Сотрудников эвакуировали, никто не пострадал.",
        ),
        (
            "de",
            "Festnahmen in Graz",
            "Die Polizei hat in Graz drei Männer festgenommen, die mit der Vorbereitung eines Anschlags auf "
            "das Konsulat der Türkei beschäftigt gewesen sein sollen. Sprengstoff wurde sichergestellt.",
        ),
    ],
)
def test_a_plot_in_preparation_or_a_controlled_detonation_is_a_threat(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == "threat"
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "tr",
            "Kabil'de büyükelçilik önünde intihar saldırısı",
            "Kabil'de Özbekistan Büyükelçiliği önündeki kontrol noktasında bir intihar bombacısı kendini "
            "patlattı, 4 kişi hayatını kaybetti. Yetkililer saldırının büyükelçiliği değil, yandaki Maliye "
            "Bakanlığı'nı hedef aldığını açıkladı.",
        ),
        (
            "de",
            "Selbstmordanschlag vor Botschaft in Kabul",
            "Ein Selbstmordattentäter hat sich vor der usbekischen Botschaft in Kabul in die Luft gesprengt "
            "und vier Menschen getötet. Ziel war nach Angaben der Behörden nicht die Botschaft, sondern das "
            "benachbarte Finanzministerium.",
        ),
    ],
)
def test_an_embassy_named_as_not_the_target_but_the_ministry_is_no_alert(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == "bombing"
    assert record.target_type != "diplomatic"
    assert record.alert is False


def test_a_district_word_under_the_dateline_keeps_a_foreign_small_namesake_out() -> None:
    record = _facts(
        "id",
        "Bom molotov dilempar ke kios di Renon",
        "DENPASAR – Sebuah bom molotov dilempar ke kios penukaran uang di kawasan Renon, Senin malam. Api "
        "cepat dipadamkan warga. Polisi memastikan sasaran pelaku adalah kios itu, bukan konsulat yang "
        "berada 200 meter dari lokasi.",
    )
    assert record.incident_type == "arson"
    assert (record.location.country_code, record.location.city) == ("ID", "Denpasar")
    assert record.alert is False


def test_german_hand_grenades_make_a_grenade_attack_a_bombing() -> None:
    record = _facts(
        "de",
        "Zwei Tote bei Granatenangriff auf Botschaft in Kabul",
        "Bei einem Angriff auf eine Botschaft in Kabul sind am Morgen zwei Wachleute getötet worden. Nach "
        "Angaben der Polizei warfen zwei Männer mehrere Handgranaten über die Mauer.",
    )
    assert record.incident_type == "bombing"


def test_german_intruders_who_forced_their_way_in_before_setting_fire_stormed() -> None:
    record = _facts(
        "de",
        "Brandanschlag auf Konsulat",
        "Die Täter verschafften sich in der Nacht gewaltsam Zugang zum Gelände des Konsulats in Marseille "
        "und legten im Innenhof Feuer.",
    )
    assert record.incident_type == "storming"


@pytest.mark.parametrize(
    ("language", "title", "body", "owner"),
    [
        (
            "en",
            "Mortar round hits embassy in Kabul",
            "KABUL – A mortar round landed inside the compound of the Kazakh embassy on Friday, wounding a "
            "guard, officials said.",
            "KZ",
        ),
        (
            "es",
            "Granada contra consulado en Tapachula",
            "Un desconocido lanzó una granada contra el consulado guatemalteco en Tapachula, hiriendo a dos "
            "guardias.",
            "GT",
        ),
        (
            "de",
            "Angriff auf Botschaft in Skopje",
            "Unbekannte haben in Skopje Brandsätze auf die bulgarische Botschaft geworfen. Verletzt wurde "
            "niemand.",
            "BG",
        ),
    ],
)
def test_demonyms_of_smaller_countries_name_the_sites_owner(
    language: str, title: str, body: str, owner: str
) -> None:
    record = _facts(language, title, body)
    assert record.target_type == "diplomatic"
    assert record.facility is not None and record.facility.of == owner
    assert record.location.country_code != owner


@pytest.mark.parametrize(
    ("language", "body", "injured"),
    [
        (
            "en",
            "A grenade exploded outside the consulate in Tapachula, wounding two guards. The guards, aged 29 "
            "and 52, were taken to hospital with shrapnel wounds.",
            2,
        ),
        (
            "es",
            "Tres transeúntes resultaron heridos por una granada lanzada contra el consulado en Tapachula. "
            "Los heridos —una mujer de 38 años, su hija de 15 y un vendedor— fueron trasladados al hospital.",
            3,
        ),
    ],
)
def test_ages_listed_after_the_first_are_no_counts(language: str, body: str, injured: int) -> None:
    record = _facts(language, "", body)
    assert record.casualties.injured == injured


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Gunmen kill three on highway",
            "Gunmen opened fire on a minibus on the road out of Quetta on Sunday, killing three people, "
            "police said.",
        ),
        (
            "id",
            "Dua pengemudi ojek tewas ditembak",
            "Dua pengemudi ojek tewas ditembak orang tak dikenal di Distrik Ilaga, Papua, Senin siang.",
        ),
    ],
)
def test_victims_of_an_attack_with_no_named_target_are_civilians(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == "armed_assault"
    assert record.target_type == "civilian"
    assert any(e.field == "target_type" for e in record.evidence)


def test_a_leads_toll_before_a_background_clause_stands() -> None:
    record = _facts(
        "en",
        "Shelling hits border village",
        "Four civilians were killed and nine wounded when shells hit a village near the border on Tuesday, "
        "officials said, in the worst clash since the two countries signed a truce in March.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (4, 9)


def test_a_police_spokesman_is_no_police_target() -> None:
    record = _facts(
        "de",
        "",
        "Bei einem Überfall bewaffneter Banden bei Gusau sind sechs Menschen getötet worden. Nach Angaben "
        "eines Polizeisprechers flohen die Täter auf Motorrädern.",
    )
    assert record.target_type == "civilian"


def test_police_say_in_a_title_is_a_statement() -> None:
    record = _facts(
        "en",
        "Van ambush toll rises to 9, police say",
        "Gunmen on motorcycles opened fire on a passenger van near Kohat on Monday, killing nine people.",
    )
    assert record.target_type == "civilian"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Un an après l'attentat contre l'ambassade, les victimes attendent",
            "Un an jour pour jour après l'explosion d'une bombe devant l'ambassade du Chili à Lima, qui "
            "avait blessé deux gardiens, leurs familles dénoncent la lenteur de l'enquête.",
        ),
        (
            "ru",
            "Хлопок у консульства не был взрывом",
            "Полиция опровергла сообщения о взрыве у консульства в Таллине: громкий звук издала лопнувшая "
            "шина автобуса. Никто не пострадал.",
        ),
        (
            "en",
            "Police rule out attack after tanker blast near embassies",
            "A fuel tanker exploded after a collision near several embassies in Accra, injuring four "
            "drivers. Police said there was no evidence of terrorism and urged residents not to share videos "
            "claiming a bombing.",
        ),
    ],
)
def test_a_year_on_a_burst_tyre_or_a_tanker_crash_is_no_current_attack(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == "none"
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Genève : cocktails Molotov contre une mission permanente",
            "Deux cocktails Molotov ont été lancés cette nuit contre la mission permanente de la Bolivie "
            "auprès de l'ONU à Genève. Personne n'a été blessé.",
        ),
        (
            "ar",
            "هجوم بطائرة مسيرة على مكتب لوكالة أممية في مأرب",
            "قتل حارس وأصيب ثلاثة آخرون جراء هجوم بطائرة مسيرة استهدف مكتبا تابعا لإحدى وكالات الأمم المتحدة "
            "في مدينة مأرب.",
        ),
        (
            "tr",
            "Deyrizor'da konvoya roketli saldırı",
            "Suriye'nin doğusunda bir konvoy roketli saldırıya uğradı. Saldırıda 3 BM çalışanı yaralandı. "
            "Konvoyun Dünya Gıda Programı'na ait olduğu bildirildi.",
        ),
    ],
)
def test_permanent_missions_un_agencies_and_un_staff_hurt_in_the_attack_are_diplomatic(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert record.target_type == "diplomatic"
    assert record.alert is True


def test_arabic_shelling_with_the_article_is_a_rocket_attack() -> None:
    record = _facts(
        "ar",
        "ارتفاع قتلى القصف المدفعي على سوق في الفاشر",
        "ارتفع عدد قتلى القصف المدفعي الذي استهدف سوقا شعبية في مدينة الفاشر إلى 12 قتيلا.",
    )
    assert record.incident_type == "rocket_attack"
    assert record.casualties.killed == 12


def test_arabic_suicide_bombing_with_the_article_is_a_bombing() -> None:
    record = _facts(
        "ar",
        "ارتفاع حصيلة التفجير الانتحاري في سوق ببيشاور",
        "ارتفعت حصيلة التفجير الانتحاري الذي وقع أمس في سوق ببيشاور إلى 14 قتيلا.",
    )
    assert record.incident_type == "bombing"


def test_indonesian_no_injuries_nor_damage_keeps_a_peaceful_rally_peaceful() -> None:
    record = _facts(
        "id",
        "Ribuan orang gelar aksi damai di depan Kedubes AS, kecam serangan terhadap warga sipil",
        "Ribuan orang menggelar aksi damai di depan Kedutaan Besar Amerika Serikat di Jakarta. Mereka "
        "mengecam serangan terhadap warga sipil di Gaza. Massa membawa spanduk berisi nama anak-anak korban "
        "serangan udara. Polisi mengatakan aksi berjalan tertib. «Tidak ada korban luka maupun kerusakan», "
        "katanya.",
    )
    assert record.incident_type == "protest"
    assert record.severity == "low"
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Un passant tué par balles près d'une ambassade",
            "Un homme a été tué par balles jeudi à Mexico, à une centaine de mètres de l'ambassade du Japon, "
            "a annoncé le parquet, qui écarte tout lien avec la représentation diplomatique.",
        ),
        (
            "es",
            "Balacera cerca de embajadas deja un muerto",
            "Un hombre murió al ser baleado en una calle donde se ubican varias embajadas. La policía "
            "descarta ataque a sedes diplomáticas: ningún inmueble diplomático fue afectado.",
        ),
    ],
)
def test_a_shooting_near_embassies_that_police_tie_to_no_embassy_is_no_alert(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == "armed_assault"
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "body", "killed"),
    [
        (
            "en",
            "Gunmen opened fire on an embassy car in Port-au-Prince, killing its driver. The driver, a "
            "father of three, died at the scene.",
            1,
        ),
        (
            "tr",
            "Kabil'de büyükelçilik aracına silahlı saldırı düzenlendi. Sürücü göğsünden üç kurşunla "
            "hastaneye getirildi ancak hayatını kaybetti.",
            1,
        ),
    ],
)
def test_children_of_a_victim_and_bullets_are_no_victims(language: str, body: str, killed: int) -> None:
    record = _facts(language, "", body)
    assert record.casualties.killed == killed


def test_russian_egypt_with_its_fleeting_vowel_owns_the_embassy() -> None:
    record = _facts(
        "ru",
        "В Бамако похищен дипломат посольства Египта",
        "БАМАКО, 2 июля. Неизвестные похитили в столице Мали сотрудника посольства Египта.",
    )
    assert record.facility is not None and record.facility.of == "EG"
    assert (record.location.country_code, record.location.city) == ("ML", "Bamako")


def test_people_detained_inside_a_longer_phrase_are_no_victims() -> None:
    record = _facts(
        "tr",
        "Büyükelçilik önünde arbede",
        "Büyükelçilik önündeki gösteride çıkan arbedede 3 polis memuru hafif yaralanırken 15 kişi gözaltına "
        "alındı.",
    )
    assert record.casualties.injured == 3


def test_the_leads_death_toll_beats_a_larger_figure_further_down() -> None:
    record = _facts(
        "en",
        "Gunmen attack consulate in Gao; three guards killed",
        "Gunmen opened fire on the consulate in Gao overnight, killing three guards at the gate, security "
        "sources said. Seven people died in the exchange of fire, including the four attackers.",
    )
    assert record.casualties.killed == 3


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "es",
            "Cientos de personas se concentran ante la embajada rusa en el aniversario de la invasión",
            "Varios cientos de personas se concentraron este lunes frente a la embajada de Rusia en Madrid "
            "para recordar el aniversario de la invasión y exigir el fin de los bombardeos. La protesta "
            "transcurrió sin incidentes.",
        ),
        (
            "ar",
            "مواجهات أمام السفارة البريطانية في ذكرى الحرب",
            "اندلعت مواجهات محدودة بين الشرطة ومحتجين أمام السفارة البريطانية على هامش مسيرة إحياء الذكرى "
            "الثالثة والأربعين للحرب. وكانت المسيرة قد انطلقت بشكل سلمي.",
        ),
    ],
)
def test_a_rally_on_an_anniversary_is_a_current_protest(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == "protest"
    assert record.target_type == "diplomatic"
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "de",
            "Milizen überrennen Stützpunkt der AU-Mission",
            "Kämpfer haben in Somalia einen Stützpunkt der Friedensmission der Afrikanischen Union "
            "überrannt. Sechs Soldaten wurden getötet.",
        ),
        (
            "ar",
            "قصف على قاعدة أممية في كادوقلي",
            "قتل جندي وأصيب اثنان آخران جراء قصف مدفعي استهدف قاعدة أممية في مدينة كادوقلي.",
        ),
        (
            "es",
            "Un proyectil cae en la base de la FINUL",
            "Dos militares resultaron heridos leves al caer un proyectil de artillería en una base "
            "de la FINUL en el sur del Líbano.",
        ),
    ],
)
def test_peacekeepers_bases_of_un_and_african_union_missions_are_diplomatic(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert record.target_type == "diplomatic"
    assert record.alert is True


@pytest.mark.parametrize(
    ("language", "title", "body", "incident"),
    [
        (
            "en",
            "Embassy to test air defence system",
            "The embassy in Baghdad will carry out a scheduled test of its counter-rocket system on Tuesday. "
            "Residents may hear loud bursts of fire.",
            "none",
        ),
        (
            "fr",
            "Le personnel du consulat mis à l'abri après une alerte aux drones",
            "Le personnel du consulat à Erbil a été mis à l'abri mercredi après une alerte à une possible "
            "attaque de drones. Aucun drone n'a finalement été détecté.",
            "threat",
        ),
        (
            "ar",
            "الداخلية: دوي الانفجار ناجم عن تفجير مضبوط ولا صحة لاستهداف السفارات",
            "نفت وزارة الداخلية صحة الأنباء عن سقوط صواريخ على منطقة السفارات، مؤكدة أن الدوي ناجم عن تفجير "
            "مضبوط لذخائر قديمة.",
            "none",
        ),
    ],
)
def test_a_system_test_a_drone_alert_or_a_denied_strike_is_no_attack(
    language: str, title: str, body: str, incident: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == incident
    assert record.alert is False


def test_hostages_held_until_an_arrest_is_a_kidnapping_not_a_foiled_plot() -> None:
    record = _facts(
        "fr",
        "Prise d'otages au consulat : les employés libérés",
        "Un homme armé d'un couteau a retenu deux employés du consulat d'Espagne à Marseille pendant trois "
        "heures avant d'être interpellé par les policiers. Les otages sont sains et saufs.",
    )
    assert record.incident_type == "kidnapping"
    assert record.alert is True


def test_arabic_of_the_type_is_no_town() -> None:
    record = _facts(
        "ar",
        "صواريخ تستهدف قاعدة عسكرية",
        "سقطت ثلاثة صواريخ من طراز كاتيوشا داخل قاعدة عسكرية، ولم تسجل إصابات. وأوضح المصدر أن الصواريخ "
        "من طراز غراد.",
    )
    assert record.incident_type == "rocket_attack"
    assert record.location.country_code != "KZ"


def test_spanish_hitmen_near_embassies_that_police_tie_to_none_are_no_alert() -> None:
    record = _facts(
        "es",
        "Sicarios matan a dos personas en un restaurante cerca de varias embajadas",
        "Dos personas murieron en un ataque de sicarios contra un restaurante del norte de Bogotá, en una "
        "zona donde tienen su sede varias embajadas. La policía descarta cualquier relación con las sedes "
        "diplomáticas del sector.",
    )
    assert record.incident_type == "armed_assault"
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "de",
            "EU-Beobachter in Georgien verschleppt",
            "Zwei Mitarbeiter der zivilen Beobachtermission der Europäischen Union sind nahe Gori von "
            "bewaffneten Männern verschleppt worden.",
        ),
        (
            "id",
            "Dua anggota misi pemantau Uni Eropa diculik",
            "Dua anggota Misi Pemantau Uni Eropa di Georgia diculik sekelompok pria bersenjata di dekat "
            "Zugdidi, Rabu sore.",
        ),
    ],
)
def test_eu_monitors_are_an_international_mission(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == "kidnapping"
    assert record.target_type == "diplomatic"
    assert record.alert is True


def test_a_toll_lowered_from_an_earlier_figure_is_the_new_one() -> None:
    record = _facts(
        "en",
        "Five killed in market shooting as police revise toll",
        "Five people were killed and nine wounded when gunmen opened fire at a market in Durban on Friday, "
        "police said, lowering an earlier figure of six dead that had included one of the gunmen.",
    )
    assert record.casualties.killed == 5


def test_a_zero_deaths_statement_corrects_a_death_only_first_reports_gave() -> None:
    record = _facts(
        "es",
        "Explosión frente a la embajada deja cinco heridos",
        "Cinco personas resultaron heridas por la explosión de un artefacto frente a la embajada de "
        "Perú en Quito. Una versión anterior de esta nota indicaba que un guardia había muerto. "
        "La policía aclaró que el guardia sigue con vida. No hay víctimas mortales.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 5)


def test_one_victim_stated_corrects_the_count_of_first_reports() -> None:
    record = _facts(
        "en",
        "Toll revised after shelling of consulate",
        "Provincial officials on Monday said a cleaner was killed when shells struck the consulate in "
        "Herat overnight. Initial reports from local media had put the number of dead at three.",
    )
    assert record.casualties.killed == 1


@pytest.mark.parametrize(
    ("language", "body", "killed"),
    [
        ("en", "Thirteen people were killed in the attack on the consulate, including the two gunmen.", 11),
        (
            "es",
            "Seis muertos, entre ellos los tres atacantes, en el asalto armado al consulado en Peshawar.",
            3,
        ),
    ],
)
def test_attackers_counted_in_an_inclusion_aside_come_off_the_toll(
    language: str, body: str, killed: int
) -> None:
    record = _facts(language, "", body)
    assert record.casualties.killed == killed


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Fire at signal box near Poznan investigated as sabotage",
            "Prosecutors are investigating a fire that destroyed a railway signal box near Poznan, the "
            "national prosecutor's office said. Investigators found traces of an accelerant.",
        ),
        (
            "de",
            "Staatsanwaltschaft ermittelt nach Brandanschlag auf Kabelschacht",
            "Die Staatsanwaltschaft ermittelt nach einem Brandanschlag auf einen Kabelschacht der Bahn bei "
            "Hamm. Ermittler fanden Reste von Brandbeschleuniger, sagte ein Sprecher der Staatsanwaltschaft.",
        ),
    ],
)
def test_prosecutors_investigating_a_fresh_attack_is_no_trial(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == "arson"


@pytest.mark.parametrize(
    ("language", "title", "body", "incident"),
    [
        (
            "ar",
            "مئات يتظاهرون سلميا أمام السفارة الهندية في دكا",
            "تجمع مئات المتظاهرين أمام السفارة الهندية في دكا على خلفية مقتل مواطنين برصاص حرس الحدود "
            "الأسبوع الماضي.",
            "protest",
        ),
        (
            "tr",
            "Su arıtma tesisine topçu saldırısı: 2 işçi öldü",
            "El Faşir'de kentin ana su arıtma tesisi topçu atışlarıyla vuruldu. Saldırıda 2 işçi hayatını "
            "kaybetti.",
            "rocket_attack",
        ),
    ],
)
def test_arabic_demonstrators_with_the_article_and_turkish_artillery(
    language: str, title: str, body: str, incident: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == incident


def test_a_country_named_several_words_before_embassies_owns_none_of_them() -> None:
    record = _facts(
        "en",
        "Car bomb kills guards at gate of Mogadishu compound housing embassies",
        "MOGADISHU – A suicide car bomb exploded at a checkpoint outside the Halane compound on Tuesday, "
        "killing three guards. Halane houses most United Nations offices in Somalia as well as several "
        "Western embassies. Two flights from Nairobi were diverted.",
    )
    assert (record.location.country_code, record.location.city) == ("SO", "Mogadishu")


@pytest.mark.parametrize(
    ("language", "title", "body", "incident"),
    [
        (
            "en",
            "Army denies reports of gunfire at embassy",
            "The army on Saturday denied reports that gunmen had opened fire on the embassy overnight, "
            "saying the shots came from celebratory gunfire at a wedding nearby. There was no security "
            "incident, it said.",
            "none",
        ),
        (
            "es",
            "Desalojada la embajada en Roma por un aviso de bomba",
            "La embajada fue desalojada tras una llamada anónima que alertaba de un artefacto explosivo en "
            "el edificio. Los agentes lo revisaron durante tres horas y no se registraron heridos.",
            "threat",
        ),
    ],
)
def test_a_denied_shooting_and_a_bomb_warning_are_no_attacks(
    language: str, title: str, body: str, incident: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == incident
    assert record.alert is False


def test_turkish_bodies_brought_to_hospital_are_the_dead_not_the_wounded() -> None:
    record = _facts(
        "tr",
        "Otogara İHA saldırısı",
        "Bahir Dar'da otogara düzenlenen İHA saldırısının ardından bir doktor, hastaneye 9 cenaze ile 17 "
        "yaralı getirildiğini söyledi.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (9, 17)


@pytest.mark.parametrize(
    ("title", "body", "killed", "target"),
    [
        (
            "Gunmen ambush diplomat's car near Juba",
            "Gunmen opened fire on a vehicle carrying a diplomat on the road south of Juba on Sunday, "
            "killing the embassy's local driver, police said.",
            1,
            "diplomatic",
        ),
        (
            "Two U.N. aid workers abducted in Homs",
            "Gunmen abducted two U.N. aid workers outside their hotel in Homs on Saturday. No one was hurt.",
            0,
            "diplomatic",
        ),
    ],
)
def test_killing_the_driver_is_one_killed_and_un_with_dots_is_the_un(
    title: str, body: str, killed: int, target: str
) -> None:
    record = _facts("en", title, body)
    assert record.casualties.killed == killed
    assert record.target_type == target


@pytest.mark.parametrize(
    ("language", "title", "body", "incident"),
    [
        (
            "ru",
            "Демонстранты прорвались во двор посольства",
            "Несколько сотен протестующих прорвались во двор посольства Дании в Багдаде и подожгли "
            "караульное помещение.",
            "storming",
        ),
        (
            "id",
            "Festival kopi di KBRI Ottawa diserbu pengunjung",
            "Festival kopi yang digelar KBRI di Ottawa diserbu pengunjung pada akhir pekan. Ribuan orang "
            "antre untuk mencicipi kopi Nusantara.",
            "none",
        ),
    ],
)
def test_a_breach_into_the_courtyard_and_a_festival_swarmed_by_visitors(
    language: str, title: str, body: str, incident: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == incident


def test_a_blast_at_a_guesthouse_near_the_diplomatic_area_is_on_civilians() -> None:
    record = _facts(
        "en",
        "Four killed in blast at Kabul guesthouse near diplomatic area",
        "An explosion ripped through a guesthouse in Kabul on Monday, killing four people, officials said.",
    )
    assert record.target_type == "civilian"
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "title", "body", "killed", "injured"),
    [
        # a bare singular noun is one victim: "the toll rose to one dead and three wounded"
        (
            "ar",
            "",
            "ارتفعت حصيلة سقوط القذائف على السفارة في بغداد إلى قتيل وثلاثة جرحى، وفق مصادر طبية.",
            1,
            3,
        ),
        # "noch" is "still", no negation: twelve are still being treated in hospitals
        (
            "de",
            "Zahl der Toten nach Bombenanschlag auf Markt steigt auf fünf",
            "Nach dem Bombenanschlag auf einen Markt in Maiduguri ist die Zahl der Toten auf fünf gestiegen. "
            "Neun Menschen würden noch in Krankenhäusern behandelt, teilte die Polizei mit.",
            5,
            9,
        ),
        # "erlag seinen Verletzungen": the victim's own wounds are no wounded besides the dead man
        (
            "de",
            "",
            "Ein Mann hat in der Innenstadt von Graz mit einem Messer auf Passanten eingestochen. "
            "Ein Passant erlag noch am Tatort seinen Verletzungen, drei weitere Männer im Alter von 31 "
            "und 44 Jahren wurden schwer verletzt in eine Klinik gebracht.",
            1,
            3,
        ),
    ],
)
def test_counts_from_a_singular_noun_and_hospital_treatment(
    language: str, title: str, body: str, killed: int, injured: int
) -> None:
    record = _facts(language, title, body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured), record.evidence


@pytest.mark.parametrize(
    ("language", "body", "killed", "injured"),
    [
        # the police reporting no deaths is a zero, as "no informó de muertos" already was
        (
            "es",
            "Manifestantes lanzaron piedras contra la embajada de Francia en Dakar. Tres policías sufrieron "
            "heridas leves, según la policía, que no informó de víctimas mortales.",
            0,
            3,
        ),
        # one wounded, told with the body part instead of a count
        (
            "fr",
            "Des hommes armés ont enlevé un diplomate près de Diffa. Son chauffeur, blessé par balle, a été "
            "laissé sur place.",
            0,
            1,
        ),
        # the article's own zero corrects the wounded an earlier version of it reported
        (
            "de",
            "Unbekannte haben Brandsätze gegen das Konsulat in Antwerpen geworfen. In einer früheren Version "
            "dieser Meldung hieß es, zwei Wachleute seien verletzt worden. Verletzt wurde niemand.",
            0,
            0,
        ),
        # "at first seven dead, by evening the toll rose to 12, 30 wounded": the rise corrects the first
        # report, the wounded it gives stand against a zero about some of them
        (
            "ru",
            "В результате взрыва на рынке в Кабуле погибли люди. Первоначально сообщалось о семи погибших, "
            "к вечеру число жертв выросло до 12, ранены 30 человек. Среди пострадавших граждан России нет.",
            12,
            30,
        ),
    ],
)
def test_zero_statements_and_corrections_of_earlier_counts(
    language: str, body: str, killed: int, injured: int
) -> None:
    record = _facts(language, "", body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured), record.evidence


def test_a_dateline_city_that_is_a_number_word_is_no_count() -> None:
    """Lima is "five" in Indonesian: under a "Lima –" dateline, "di Lima" in the title is the city."""
    record = _facts(
        "id",
        "Kantor Konsulat di Lima Dilempari Bom Molotov, Tiga Penjaga Terluka",
        "Lima - Sebuah bom molotov dilemparkan ke kantor konsulat Bolivia di Lima, Senin malam. Tiga "
        "penjaga terluka ringan.",
    )
    assert (record.location.city, record.casualties.injured) == ("Lima", 3)


@pytest.mark.parametrize(
    ("language", "body", "killed", "injured"),
    [
        # "dos sicarios" are the attackers, no count of the wounded employee
        (
            "es",
            "Un guardia murió y una empleada resultó herida luego de que dos sicarios dispararan contra el "
            "consulado de Italia en Medellín.",
            1,
            1,
        ),
        # bruises and cuts are injuries: the two taken to hospital are of the five hurt
        (
            "ru",
            "Протестующие прорвались во двор посольства Франции в Бамако. По данным полиции, пятеро "
            "полицейских получили ушибы и порезы, двое госпитализированы.",
            0,
            5,
        ),
    ],
)
def test_attackers_and_kinds_of_wounds_in_counts(language: str, body: str, killed: int, injured: int) -> None:
    record = _facts(language, "", body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured), record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Norway to reopen embassy in Tripoli",
            "OSLO, May 2 - Norway will reopen its embassy in Tripoli next year, the foreign ministry said. "
            "It closed the mission in 2014. A year earlier, a car bomb had damaged the Norwegian consulate "
            "in Benghazi, an episode officials said weighed on the decision.",
        ),
        (
            "de",
            "Dänemark eröffnet Botschaft in Bagdad wieder",
            "Dänemark wird seine Botschaft in Bagdad im Herbst wieder eröffnen, teilte das Außenministerium "
            "mit. Im Vorjahr hatten Raketen das Gelände des dänischen Konsulats in Erbil getroffen.",
        ),
    ],
)
def test_an_attack_dated_a_year_before_is_background(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


def test_a_headline_saying_the_mission_was_not_targeted() -> None:
    record = _facts(
        "en",
        "Robbers kill guard in Accra bank raid; embassy not targeted, police say",
        "An earlier version of this story said gunmen had attacked the Dutch embassy in Accra. Police "
        "said armed robbers stormed a bank branch on the same street, killing a guard.",
    )
    assert (record.target_type, record.alert) == ("civilian", False), record.evidence


def test_a_denied_storming_leaves_the_protest_current() -> None:
    """The police deny reports that the crowd stormed the embassy; the rally itself took place."""
    record = _facts(
        "de",
        "Kundgebung vor russischer Botschaft in Prag friedlich – Polizei dementiert Berichte über Sturm",
        "Rund 500 Menschen haben am Sonntag vor der russischen Botschaft in Prag demonstriert. Berichte, "
        "wonach Demonstranten das Gelände gestürmt hätten, wies die Polizei zurück.",
    )
    assert (record.incident_type, record.target_type, record.alert) == ("protest", "diplomatic", False)


@pytest.mark.parametrize(
    ("language", "title", "body", "incident_type", "alert"),
    [
        # "full-scale invasion" recalls a war at a rally: nothing was scaled
        (
            "en",
            "Crowd rallies peacefully outside Russian embassy in Riga",
            "Several hundred people gathered outside the Russian embassy in Riga on Monday to mark the "
            "anniversary of the full-scale invasion of Ukraine. Police said the rally was calm.",
            "protest",
            False,
        ),
        # a ministry rejecting reports that its consulate was hit: no attack
        (
            "en",
            "Uzbekistan rejects reports of drone strike on its consulate in Rostov",
            "Uzbekistan's foreign ministry on Tuesday rejected reports on social media that its consulate in "
            "Rostov had been struck by a drone. The consulate is operating as normal, a spokesman said.",
            "none",
            False,
        ),
        # a missile on flats in the embassy quarter; the ministry says no mission was damaged
        (
            "fr",
            "Kiev : un missile frappe un immeuble du quartier des ambassades",
            "Trois personnes ont été tuées lorsqu'un missile a frappé un immeuble d'habitation du quartier "
            "des ambassades à Kiev. Le ministère a dit qu'aucune mission diplomatique n'a été endommagée.",
            "rocket_attack",
            False,
        ),
    ],
)
def test_rallies_denials_and_missions_spared_raise_no_alert(
    language: str, title: str, body: str, incident_type: str, alert: bool
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == (incident_type, alert), record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body", "incident_type", "target_type"),
    [
        # the consulate denies it was hit: the strike on the port stands, the consulate is no target
        (
            "es",
            "Dos muertos en un ataque con misiles contra el puerto de Jersón; el consulado desmiente haber "
            "sido alcanzado",
            "Al menos dos personas murieron en un ataque con misiles contra las instalaciones portuarias de "
            "Jersón, según el gobernador regional. Los misiles alcanzaron un almacén de grano.",
            "rocket_attack",
            "infrastructure",
        ),
        # staff of a United Nations agency are a UN mission's people
        (
            "en",
            "Gunmen seize two aid workers in Mali",
            "Armed men abducted two staff members of a United Nations agency on a highway near Mopti on "
            "Thursday, the UN said.",
            "kidnapping",
            "diplomatic",
        ),
    ],
)
def test_a_site_denying_it_was_hit_and_un_agency_staff(
    language: str, title: str, body: str, incident_type: str, target_type: str
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.target_type) == (incident_type, target_type), record.evidence


@pytest.mark.parametrize(
    ("language", "body", "killed", "injured"),
    [
        # "killed and hurt, by first accounts, none" and "killed was … nobody": zeros far from their nouns
        (
            "ru",
            "Обломки ракеты упали на территорию посольства Чехии в Киеве, повреждены окна и кровля. "
            "Погибших и пострадавших, по предварительным данным, нет.",
            0,
            0,
        ),
        (
            "de",
            "Bewaffnete haben im Osten Kongos zwei Mitarbeiter des Welternährungsprogramms entführt. Getötet "
            "wurde nach ersten Angaben niemand.",
            0,
            None,
        ),
        # the two on board who were unhurt are no count of the wounded driver
        (
            "de",
            "Unbekannte haben in Bamako auf ein Fahrzeug der kanadischen Botschaft geschossen. Der Fahrer "
            "wurde am Arm verletzt, zwei Diplomaten an Bord blieben unverletzt.",
            0,
            1,
        ),
        # twelve were arrested, three police were hurt
        (
            "ar",
            "اندلعت مواجهات بين الشرطة ومحتجين أمام السفارة الفرنسية في تونس، وأصيب ثلاثة من عناصر الشرطة "
            "بجروح طفيفة، وأن 12 شخصا أوقفوا.",
            0,
            3,
        ),
        # the two on motorbikes fired ("motosikletli iki": attackers); the diplomat died, his driver was hurt
        (
            "tr",
            "Bişkek'te bir diplomata silahlı saldırı düzenlendi. Diplomat, motosikletli iki kişinin açtığı "
            "ateş sonucu ağır yaralandı. Diplomat hastanede hayatını kaybetti. Aracın şoförü de yaralandı.",
            1,
            1,
        ),
    ],
)
def test_zeros_far_from_their_nouns_and_counts_of_the_spared_or_arrested(
    language: str, body: str, killed: int, injured: int | None
) -> None:
    record = _facts(language, "", body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured), record.evidence


def test_leaked_diplomatic_cables_are_no_diplomatic_target() -> None:
    record = _facts(
        "en",
        "Hackers breach Ghana's finance ministry email, leak diplomatic cables",
        "Ghana's finance ministry was hit by a cyberattack that disrupted its email system, after a hacking "
        "group claimed to have stolen internal documents and diplomatic cables.",
    )
    assert (record.incident_type, record.target_type) == ("cyberattack", "government"), record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "id",
            "Serangan Ransomware Lumpuhkan Layanan Paspor",
            "Pusat data Direktorat Jenderal Imigrasi di Jakarta terkena serangan ransomware pada Jumat.",
        ),
        (
            "fr",
            "Le SPF Finances visé par une cyberattaque",
            "Le Service public fédéral Finances a été la cible d'une cyberattaque qui a paralysé ses sites.",
        ),
    ],
)
def test_hacked_state_agencies_are_government_targets(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.target_type) == ("cyberattack", "government"), record.evidence


@pytest.mark.parametrize(
    ("language", "body", "target_type"),
    [
        (
            "es",
            "Un bombardeo aéreo contra un monasterio budista cerca de Mandalay dejó seis muertos.",
            "religious",
        ),
        ("ar", "استهدفت طائرات مسيرة مستودعات للوقود في مدينة كوستي فجر السبت.", "infrastructure"),
        (
            "tr",
            "Odessa'da bir enerji tesisine düzenlenen İHA saldırısında iki kişi yaralandı.",
            "infrastructure",
        ),
        ("de", "Unbekannte haben in Kassel mehrere Bundeswehr-Lastwagen in Brand gesetzt.", "military"),
    ],
)
def test_monasteries_fuel_depots_energy_sites_and_army_lorries(
    language: str, body: str, target_type: str
) -> None:
    record = _facts(language, "", body)
    assert record.target_type == target_type, record.evidence


def test_a_number_word_is_no_place_in_any_inflected_form() -> None:
    """ "Трое" (three people) is a number word; stripped and re-ended it would read Троя, a name of Troyes."""
    record = _facts(
        "ru",
        "Трое военных погибли при атаке беспилотников",
        "Трое военных погибли при атаке беспилотников на военный лагерь на северо-западе Пакистана.",
    )
    assert record.location is not None and record.location.country_code == "PK"


@pytest.mark.parametrize(
    ("body", "killed", "injured", "target_type"),
    [
        # "which led to his injury": one wounded, no count written
        (
            "تعرض دبلوماسي تونسي لهجوم بسكين أمام منزله في عمان، ما أدى إلى إصابته بجروح طفيفة.",
            0,
            1,
            "diplomatic",
        ),
        # "an officer was killed … which led to his death": one dead, and an officer is military
        (
            "قتل ضابط في الجيش بانفجار عبوة ناسفة زرعت في سيارته، ما أدى إلى مقتله على الفور.",
            1,
            None,
            "military",
        ),
    ],
)
def test_arabic_one_victim_by_the_pronoun_of_his_injury_or_death(
    body: str, killed: int, injured: int | None, target_type: str
) -> None:
    record = _facts("ar", "", body)
    assert (record.casualties.killed, record.casualties.injured, record.target_type) == (
        killed,
        injured,
        target_type,
    ), record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        # questions and answers with no attack in the title or lead: a conversation about attacks
        (
            "fr",
            "« La sécurité ne se décrète pas » : entretien avec une ancienne consule",
            "Ancienne consule à Herat puis à Erbil, Claire Dumas publie un livre sur la protection des "
            "postes diplomatiques. Entretien.\n\nLes consulats sont-ils plus exposés qu'avant ?\n"
            "Oui. Aujourd'hui, il faut compter avec les drones et les foules mobilisées en une heure.\n\n"
            "Que retenez-vous d'Erbil ?\nLes roquettes tirées contre notre consulat, qui ont blessé deux "
            "gardes. On ne l'oublie pas.",
        ),
        # a lead that dates the attack years back, then questions: a remembrance interview
        (
            "de",
            "„Die Fenster flogen uns entgegen“ – Eine frühere Konsulin über den Anschlag von Masar",
            "Am 10. November 2016 explodierte vor dem deutschen Generalkonsulat in Masar-i-Scharif eine "
            "Autobombe. Die frühere Konsulin Anna Berg war damals im Gebäude.\n\nFrau Berg, was ist "
            "geblieben?\nDer Lärm. Und die Stille danach.\n\nWürden Sie wieder gehen?\nJa, sofort.",
        ),
    ],
)
def test_an_interview_about_attacks_is_no_report_of_one(language: str, title: str, body: str) -> None:
    article = {"id": "t", "language": language, "title": title, "body": body}
    record = classify_article(article | {"published_at": "2025-03-02T09:00:00Z"})
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Consulate in Monterrey closes after shooting kills three nearby",
            "The U.S. consulate in Monterrey closed on Friday after gunmen killed three people at a stand "
            "a few blocks from the building. There is no indication that the consulate was the target, a "
            "spokesperson said.",
        ),
        (
            "es",
            "Ataque armado en un bar deja tres muertos; el consulado emite alerta",
            "Tres personas murieron en un ataque armado contra un bar ubicado a menos de un kilómetro del "
            "Consulado de Francia en Tijuana. La representación aclaró que sus instalaciones no fueron "
            "afectadas.",
        ),
    ],
)
def test_a_shooting_blocks_from_a_consulate_is_no_attack_on_it(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.target_type, record.alert) == ("civilian", False), record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # "employed for about ten years" counts years, not the dead
        (
            "fr",
            "Le chauffeur de l'ambassade du Chili tué par balles à Lima",
            "Le chauffeur d'un véhicule de l'ambassade du Chili a été tué lundi à Lima par des hommes armés. "
            "Le chauffeur, employé depuis une dizaine d'années par l'ambassade, est mort avant l'arrivée "
            "des secours.",
            ("armed_assault", "critical", 1),
        ),
        # a toll the UN did not confirm yields to the one death the article states
        (
            "en",
            "Drone strike on UN compound in Kassala kills guard",
            "A drone struck a UN compound in Kassala on Tuesday, killing a security guard, the U.N. said. "
            "The information ministry said two people had died, a figure the U.N. did not confirm.",
            ("airstrike", "critical", 1),
        ),
        # staff held inside a compound the gunmen took: hostages, so critical
        (
            "fr",
            "Des hommes armés prennent d'assaut les bureaux de l'ONU à Hodeïda",
            "Des miliciens ont fait irruption dimanche dans les bureaux de l'ONU à Hodeïda, ont forcé le "
            "portail et y retiennent depuis plusieurs employés, a indiqué l'ONU. Personne n'a été blessé.",
            ("storming", "critical", 0),
        ),
        # shots at a UN vehicle: a UN mission's
        (
            "de",
            "Schüsse auf UN-Fahrzeug in Taizz – ein Mitarbeiter verletzt",
            "Unbekannte haben in Taizz das Feuer auf ein UN-Fahrzeug eröffnet und einen Helfer verletzt.",
            ("armed_assault", "high", 0),
        ),
    ],
)
def test_years_of_service_unconfirmed_tolls_hostages_held_and_un_vehicles(
    language: str, title: str, body: str, expected: tuple[str, str, int]
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.severity, record.casualties.killed) == expected, record.evidence
    assert record.target_type == "diplomatic"


def test_a_zero_told_before_a_background_cue_in_a_later_sentence_stands() -> None:
    """ "desde hace ocho años" makes the rest of its clause history, not what the sentence said before it:
    the consul "salió ileso", and no one was killed."""
    record = _facts(
        "es",
        "Atacan a tiros el coche del cónsul de Chile en Guayaquil",
        "Hombres armados dispararon el viernes contra el coche oficial del cónsul de Chile en Guayaquil. "
        "El cónsul salió ileso, pero su chófer, empleado del consulado desde hace ocho años, recibió un "
        "disparo en el brazo.",
    )
    assert record.casualties.killed == 0, record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body", "killed", "injured"),
    [
        # the title's second clause tells other attacks; a later one-victim sentence belongs to them too
        (
            "en",
            "Gunmen fire on Iraqi consulate guard post in Quetta; three policemen killed in separate attacks",
            "Two guards were wounded on Tuesday when gunmen opened fire on the guard post outside the Iraqi "
            "consulate in Quetta, police said. In a separate incident, a policeman was killed at a post "
            "in Mastung.",
            0,
            2,
        ),
        # "en otros frentes": the shelling's toll is another incident's
        (
            "es",
            "Milicianos irrumpen en la embajada de Ghana en Jartum",
            "Combatientes armados irrumpieron el domingo en la embajada de Ghana en Jartum y tomaron el "
            "control del edificio. No hubo víctimas. En otros frentes, un bombardeo sobre un mercado de "
            "Omdurmán mató a seis civiles e hirió a 14.",
            0,
            0,
        ),
    ],
)
def test_other_incidents_in_a_round_up_keep_their_tolls(
    language: str, title: str, body: str, killed: int, injured: int
) -> None:
    record = _facts(language, title, body)
    assert (record.casualties.killed, record.casualties.injured) == (killed, injured), record.evidence


@pytest.mark.parametrize(
    ("language", "body", "killed"),
    [
        (
            "en",
            "Mortar rounds hit the UN compound in Kismayo on Friday, wounding three staff. Elsewhere on "
            "Friday, a roadside bomb killed two soldiers near Afgoye.",
            0,
        ),
        (
            "ar",
            "اقتحم مسلحون مقر سفارة النيجر في طرابلس وأصابوا حارسين، ولم تسجل وفيات. وفي تطور منفصل، قتل "
            "ثلاثة أشخاص في اشتباكات في مدينة الزاوية.",
            0,
        ),
        (
            "de",
            "Bewaffnete haben auf die Botschaft Perus in Port-au-Prince geschossen und einen Wachmann "
            "verletzt. Der Angriff war Teil einer Welle von Gewalt: In Delmas starben fünf Menschen.",
            0,
        ),
        (
            "tr",
            "Cotabato'da belediye binasına el bombası atıldı. Patlamada iki kişi yaralandı. Bölgede başka "
            "olaylar da kaydedildi. Sulu'da çıkan çatışmada 2 asker hayatını kaybetti.",
            0,
        ),
    ],
)
def test_the_other_incidents_of_a_day_keep_their_dead(language: str, body: str, killed: int) -> None:
    record = _facts(language, "", body)
    assert record.casualties.killed == killed, record.evidence


def test_a_diplomat_named_as_the_wounded_is_the_target() -> None:
    """ "وإصابة دبلوماسي" is a one-victim phrase holding the word for diplomat: the victim is the target."""
    record = _facts(
        "ar",
        "مقتل حارس وإصابة دبلوماسي بهجوم مسلح في عدن",
        "قتل حارس شخصي وأصيب دبلوماسي، صباح الاثنين، إثر هجوم مسلح استهدف سيارته في مديرية المنصورة "
        "بمدينة عدن.",
    )
    assert (record.target_type, record.alert) == ("diplomatic", True), record.evidence


def test_new_delhi_is_no_district_of_delhi() -> None:
    record = _facts(
        "en",
        "Bomb threat empties French embassy in New Delhi",
        "The French embassy in New Delhi was evacuated on Wednesday after an emailed bomb threat. Delhi "
        "police searched the building and found nothing.",
    )
    assert (record.location.country_code, record.location.city) == ("IN", "New Delhi")


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # a high commission (French "haut-commissariat", no police "commissariat"; Arabic "المفوضية العليا")
        (
            "fr",
            "Une grenade lancée contre le haut-commissariat adjoint du Pakistan à Karachi",
            "Une grenade artisanale a été lancée jeudi soir contre le haut-commissariat adjoint du Pakistan, "
            "blessant légèrement un policier.",
            ("bombing", "diplomatic"),
        ),
        (
            "ar",
            "محتجون يقتحمون مقر المفوضية العليا البريطانية ويضرمون النار فيه",
            "اقتحم عشرات المحتجين مقر المفوضية العليا البريطانية وأضرموا النار في قاعة الاستقبال.",
            ("storming", "diplomatic"),
        ),
        # "a terror attack prevented": a foiled plot, not a bombing
        (
            "ru",
            "В Душанбе предотвращён теракт против посольства, задержаны трое",
            "Полиция задержала троих человек, подозреваемых в подготовке нападения на посольство. Изъяты "
            "компоненты для изготовления взрывных устройств.",
            ("threat", "diplomatic"),
        ),
        # a peaceful rally in protest at killings by border guards: the killings are its cause
        (
            "ar",
            "مئات يتظاهرون سلمياً أمام المفوضية العليا في دكا",
            "تجمع مئات المتظاهرين أمام مقر المفوضية العليا في دكا احتجاجاً على مقتل مواطنين برصاص حرس "
            "الحدود الأسبوع الماضي، ورفعوا لافتات ورددوا هتافات.",
            ("protest", "diplomatic"),
        ),
    ],
)
def test_high_commissions_prevented_attacks_and_a_rally_against_killings(
    language: str, title: str, body: str, expected: tuple[str, str]
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.target_type) == expected, record.evidence


def test_a_square_named_like_a_town_is_no_city() -> None:
    """ "Medan Merdeka", the square of the US embassy in Jakarta (`places.not_places`), is not Medan."""
    record = _facts(
        "id",
        "Aksi Damai di Depan Kedubes AS, Lalu Lintas Medan Merdeka Dialihkan",
        "JAKARTA — Ratusan orang menggelar aksi damai di depan Kedutaan Besar Amerika Serikat di Jalan "
        "Medan Merdeka Selatan, Rabu. Lalu lintas di sekitar Medan Merdeka dialihkan.",
    )
    assert (record.location.country_code, record.location.city) == ("ID", "Jakarta")


def test_indonesian_palestina_is_the_cause_not_a_colombian_town() -> None:
    record = _facts(
        "id",
        "Ribuan Orang Gelar Aksi Bela Palestina di Depan Kedubes AS",
        "JAKARTA — Ribuan orang menggelar aksi bela Palestina di depan Kedutaan Besar Amerika Serikat di "
        "Jalan Medan Merdeka Selatan, Minggu. Peserta membawa bendera Palestina.",
    )
    assert (record.location.country_code, record.location.city) == ("ID", "Jakarta")


@pytest.mark.parametrize(
    ("language", "title", "body", "incident_type"),
    [
        # hospitals appealing for blood: no court appeal, the bombing is current
        (
            "en",
            "Quetta market bombing: death toll rises to 11 as hospitals appeal for blood",
            "The death toll from the bombing at a vegetable market in Quetta has risen to 11, the health "
            "department said. Some 30 people remain under treatment.",
            "bombing",
        ),
        # floods ("su baskınları") and a weather warning: no raid, no incident
        (
            "tr",
            "Antalya'da sağanak felakete dönüştü: Ölü sayısı 3'e yükseldi",
            "Antalya Valiliği, sel ve su baskınları nedeniyle hayatını kaybedenlerin sayısının 3'e "
            "yükseldiğini açıkladı. AFAD'a su baskını ihbarı geldi, 200 kişi tahliye edildi. Meteoroloji'nin "
            "turuncu kodlu uyarısının ardından yağış etkisini artırdı.",
            "none",
        ),
    ],
)
def test_blood_appeals_and_floods_are_no_trial_or_raid(
    language: str, title: str, body: str, incident_type: str
) -> None:
    record = _facts(language, title, body)
    assert record.incident_type == incident_type, record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # the fishermen's deaths are the protest's cause, no victims of the breach
        (
            "en",
            "Protesters force way into Greek consulate grounds in Misrata",
            "Dozens of protesters broke through the gate of the Greek consulate in Misrata. The crowd "
            "had gathered to protest over the deaths of four fishermen. Two guards were hurt by stones.",
            ("storming", 0, "diplomatic"),
        ),
        # "مسيرة" is a march here ("خلال مسيرة للمطالبة"), no drone
        (
            "ar",
            "مناوشات خلال مسيرة احتجاجية في صفاقس",
            "شهدت مدينة صفاقس مناوشات خلال مسيرة للمطالبة بإغلاق مصنع ملوث، وأصيب ثلاثة أشخاص بجروح طفيفة.",
            ("protest", 0, "none"),
        ),
        # a driver of the UN support mission: a UN mission's
        (
            "es",
            "Muere un conductor de la ONU en un ataque contra un convoy en Libia",
            "Un conductor contratado por la Misión de Apoyo de las Naciones Unidas en Libia murió el martes "
            "cuando hombres armados abrieron fuego contra un convoy en las afueras de Misrata.",
            ("armed_assault", 1, "diplomatic"),
        ),
    ],
)
def test_protest_causes_marches_and_un_mission_drivers(
    language: str, title: str, body: str, expected: tuple[str, int, str]
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.casualties.killed, record.target_type) == expected, record.evidence


@pytest.mark.parametrize(
    ("title", "body", "country"),
    [
        # "Kenya :" locates the story; the embassy is a European one, in Kenya
        (
            "Kenya : une ambassade européenne à Nairobi paralysée par une cyberattaque",
            "NAIROBI – Le site internet d'une ambassade européenne à Nairobi a été paralysé par une "
            "cyberattaque. Un porte-parole de la délégation de l'Union a confirmé l'incident.",
            "KE",
        ),
        # the embassy thanked the Egyptian authorities: they are no owner of it
        (
            "Le Caire : un homme armé d'un couteau maîtrisé devant une ambassade",
            "LE CAIRE – Un homme armé d'un couteau a été maîtrisé lundi devant une ambassade européenne au "
            "Caire. L'ambassade a remercié les autorités égyptiennes. Le quartier est surveillé depuis la "
            "guerre à Gaza.",
            "EG",
        ),
    ],
)
def test_headline_locators_and_thanked_authorities_own_no_embassy(
    title: str, body: str, country: str
) -> None:
    record = _facts("fr", title, body)
    assert record.location.country_code == country, record.facility


def test_a_scripted_siege_to_test_crisis_response_is_a_drill() -> None:
    record = _facts(
        "en",
        "Gunmen 'storm' consulate in Wellington as police test crisis response",
        "Armed men burst through the gates of a consulate in Wellington on Tuesday and took 'hostages' - "
        "all of it scripted, as part of a security exercise. Role-players acted as diplomats.",
    )
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


def test_indonesian_jawa_is_the_island_not_a_jordanian_town() -> None:
    record = _facts(
        "id",
        "Serangan Ransomware Lumpuhkan Layanan Pemkot",
        "Layanan daring Pemerintah Kota Bandung, Jawa Barat, lumpuh sejak Senin setelah serangan ransomware, "
        "kata juru bicara pemerintah provinsi Jawa Barat.",
    )
    assert (record.location.country_code, record.location.city) == ("ID", "Bandung"), record.location


@pytest.mark.parametrize(
    ("language", "body", "injured"),
    [
        # "zona 10" names a district: two were wounded
        (
            "es",
            "Dos personas resultaron heridas cuando un hombre abrió fuego en un restaurante de la zona 10 de "
            "la capital, informó la policía.",
            2,
        ),
        # "20 كيلومترا" is a distance: two soldiers were wounded
        (
            "ar",
            "أعلنت وزارة الدفاع إصابة جنديين في هجوم مسلح على موقع عسكري قرب قرية حدودية على بعد نحو 20 "
            "كيلومترا من المدينة.",
            2,
        ),
    ],
)
def test_district_labels_and_distances_are_no_counts(language: str, body: str, injured: int) -> None:
    record = _facts(language, "", body)
    assert record.casualties.injured == injured, record.evidence


def test_french_l_union_is_the_european_union_not_a_town() -> None:
    record = _facts(
        "fr",
        "Une patrouille de l'UE visée par des tirs",
        "Une patrouille de la mission de surveillance de l'Union européenne a essuyé des tirs mercredi, sans "
        "faire de blessés, a annoncé la mission de l'Union.",
    )
    assert (record.location.country_code, record.location.city) == (None, None), record.location


@pytest.mark.parametrize(
    ("language", "body", "target_type"),
    [
        (
            "fr",
            "Deux employés tués par une attaque de drones contre un dépôt de carburant près de Kherson.",
            "infrastructure",
        ),
        (
            "de",
            "Eine Explosion hat in der Nacht einen Hochspannungsmast nahe Prizren beschädigt.",
            "infrastructure",
        ),
        ("ru", "Боевики обстреляли заставу в Баткенской области, двое пограничников погибли.", "military"),
        (
            "id",
            "Tiga pekerja bangunan tewas ditembak kelompok bersenjata di Distrik Mimika Baru.",
            "civilian",
        ),
    ],
)
def test_fuel_depots_pylons_border_posts_and_workers(language: str, body: str, target_type: str) -> None:
    record = _facts(language, "", body)
    assert record.target_type == target_type, record.evidence


def test_arabic_breaching_barriers_is_no_hack() -> None:
    """ "اختراق" is a hack, but "اختراق الحواجز" is protesters pushing through police barriers."""
    record = _facts(
        "ar",
        "مواجهات بين محتجين وقوات الأمن قرب السفارة في عمان",
        "أصيب خمسة من أفراد الأمن بجروح طفيفة خلال مواجهات مع محتجين حاولوا اختراق الحواجز الحديدية "
        "المؤدية إلى السفارة.",
    )
    assert record.incident_type == "protest", record.evidence


def test_diplomatic_news_recalling_a_raid_years_back_is_no_attack() -> None:
    article = {
        "id": "t",
        "language": "es",
        "title": "Bolivia y Perú acuerdan restablecer sus relaciones diplomáticas",
        "body": "LIMA – Los gobiernos de Bolivia y Perú anunciaron que restablecerán sus relaciones, "
        "rotas desde marzo de 2023, cuando manifestantes irrumpieron en la embajada peruana en La Paz. Ambas "
        "cancillerías nombrarán encargados de negocios en las próximas semanas.",
        "published_at": "2025-10-14T10:00:00Z",
    }
    record = classify_article(article)
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "es",
            "Hombres armados secuestraron al vicecónsul de Guatemala en Tapachula al salir de su oficina.",
        ),
        ("de", "Bewaffnete haben den Vizekonsul Italiens in Tripolis auf dem Weg zur Arbeit entführt."),
    ],
)
def test_vice_consuls_are_diplomats(language: str, body: str) -> None:
    record = _facts(language, "", body)
    assert (record.incident_type, record.target_type, record.alert) == ("kidnapping", "diplomatic", True)


def test_no_diplomatic_site_was_hit_by_the_terminal_bomb() -> None:
    record = _facts(
        "es",
        "Explosión en la terminal de Ipiales deja dos muertos",
        "Una bomba estalló en la terminal de transporte de Ipiales y mató a dos personas. El consulado de "
        "Ecuador, a pocas cuadras, cerró por precaución. Ninguna sede diplomática resultó afectada por la "
        "explosión.",
    )
    assert (record.target_type, record.alert) == ("civilian", False), record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        # an obituary recalls the siege a diplomat lived through
        (
            "en",
            "John Harker, envoy who talked gunmen out of a besieged embassy, dies at 91",
            "John Harker, who as a young diplomat freed nine colleagues held at gunpoint, "
            "has died at his home in Kent. He was 91.",
        ),
        (
            "es",
            "Muere Tomás Ariza, el cónsul que pasó dos semanas como rehén",
            "Tomás Ariza, diplomático de carrera, falleció el pasado jueves en Sevilla a los 83 años, según "
            "comunicó su familia. Su vida quedó marcada por el secuestro que sufrió en 1976.",
        ),
        # an explainer: questions opening its paragraphs, a generic "attack" as its topic
        (
            "es",
            "¿Qué ocurre si atacan un consulado? Claves de la protección diplomática",
            "Cada vez que una sede diplomática sufre un ataque, resurgen las mismas preguntas.\n\n¿Quién la "
            "protege? El Estado anfitrión tiene esa obligación.\n\n¿Y si un grupo armado asalta el edificio? "
            "La responsabilidad recae en las fuerzas locales.",
        ),
    ],
)
def test_obituaries_and_explainers_report_no_attack(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


@pytest.mark.parametrize(
    ("language", "body", "incident_type"),
    [
        (
            "en",
            "Police evacuated the OSCE headquarters in Vienna after a suspicious package was found.",
            "threat",
        ),
        (
            "id",
            "Sebuah bom rakitan meledak saat kendaraan PBB melintas di Homs. Dua staf lokal PBB terluka.",
            "bombing",
        ),
        (
            "es",
            "Evacúan la sede de la CEPAL en Santiago por un paquete sospechoso junto a un acceso.",
            "threat",
        ),
        (
            "ru",
            "ОБСЕ подверглась кибератаке: хакеры получили доступ к переписке секретариата в Вене.",
            "cyberattack",
        ),
        (
            "de",
            "Anschlagspläne auf den UN-Campus in Bonn: Die Polizei hat einen 24-Jährigen festgenommen.",
            "threat",
        ),
    ],
)
def test_international_organisations_are_diplomatic_targets(
    language: str, body: str, incident_type: str
) -> None:
    record = _facts(language, "", body)
    assert (record.incident_type, record.target_type) == (incident_type, "diplomatic"), record.evidence


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # an age range is no count: five guards were hurt
        (
            "ru",
            "Толпа прорвалась во двор посольства Кипра. Пятеро охранников в возрасте от 24 до "
            "45 лет получили травмы.",
            (0, 5),
        ),
        # the police killed the attacker: no victim died, the severity is no diplomatic death's
        (
            "en",
            "A gunman fired outside the Danish embassy in Lusaka, wounding two guards. Officers returned "
            "fire and killed the attacker within a minute.",
            (0, 2),
        ),
    ],
)
def test_age_ranges_and_the_attackers_own_death(language: str, body: str, expected: tuple[int, int]) -> None:
    record = _facts(language, "", body)
    assert (record.casualties.killed, record.casualties.injured) == expected, record.evidence


def test_turkish_kuran_is_no_azerbaijani_town() -> None:
    record = _facts(
        "tr",
        "İsveç Başkonsolosluğu önündeki protestoda gerginlik: 3 polis hafif yaralandı",
        "İSTANBUL - İsveç'te Kur'an-ı Kerim'e yönelik eylemi protesto etmek amacıyla Beyoğlu'ndaki İsveç "
        "Başkonsolosluğu önünde toplanan gruba polis biber gazıyla müdahale etti.",
    )
    assert (record.location.country_code, record.location.city) == ("TR", "Istanbul"), record.location


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # the ministry calls the reports of a drone hitting its consulate fabricated
        (
            "ar",
            "الخارجية التركية تنفي استهداف قنصليتها في الموصل وتصف الأنباء بـ«المفبركة»",
            "نفت وزارة الخارجية التركية، الخميس، صحة الأنباء عن تعرض قنصليتها في الموصل لهجوم بطائرة مسيرة.",
            ("none", "none"),
        ),
        # mortar rounds on the presidential palace: a government target, whatever embassies the text names
        (
            "de",
            "Mörsergranaten schlagen in Präsidentenpalast in Kabul ein",
            "Mehrere Mörsergranaten sind am Dienstag auf dem Gelände des Präsidentenpalasts in Kabul "
            "eingeschlagen. Vier Menschen wurden verletzt. Ausländische Vertretungen liegen in der Nähe.",
            ("rocket_attack", "government"),
        ),
    ],
)
def test_fabricated_reports_and_a_presidential_palace(
    language: str, title: str, body: str, expected: tuple[str, str]
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.target_type) == expected, record.evidence


def test_an_arabic_film_about_hostages_at_an_embassy_is_no_attack() -> None:
    record = _facts(
        "ar",
        'فيلم "ليلة القنصلية" يفتتح مهرجان قرطاج السينمائي',
        'افتتح مساء الخميس مهرجان قرطاج السينمائي بالعرض العالمي الأول لفيلم "ليلة القنصلية" الذي يروي '
        "احتجاز رهائن داخل قنصلية أجنبية.",
    )
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


def test_arabic_on_this_day_years_ago_is_an_anniversary() -> None:
    record = _facts(
        "ar",
        "بعد 10 أعوام.. موظفون سابقون في السفارة يستعيدون أيام الاحتجاز",
        "في مثل هذا اليوم قبل عشرة أعوام، اقتحم مسلحون مبنى السفارة واحتجزوا عشرات الموظفين. ونظم موظفون "
        "سابقون جلسة استذكار في قاعة ثقافية.",
    )
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


def test_intan_jaya_is_no_chinese_town() -> None:
    record = _facts("de", "", "Separatisten haben im Bezirk Intan Jaya in Papua einen Piloten entführt.")
    assert record.location.country_code in (None, "ID"), record.location


def test_an_indonesian_counter_terror_simulation_is_a_drill() -> None:
    record = _facts(
        "id",
        "Ledakan di Konsulat Jepang? Ternyata Simulasi Polda Sulsel",
        "Suara ledakan dan rentetan tembakan mengejutkan warga Makassar, Rabu. Peristiwa itu merupakan "
        "simulasi penanggulangan aksi terorisme yang digelar polisi bersama pihak konsulat. Dalam skenario, "
        "kelompok bersenjata menyandera staf. Kegiatan ini menjadi uji kesiapsiagaan aparat.",
    )
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


def test_a_separate_strike_later_keeps_its_dead() -> None:
    record = _facts(
        "en",
        "Drone strike hits UN compound in Kosti, two guards wounded",
        "A drone struck a United Nations compound in Kosti on Monday, wounding two guards, the UN said. "
        "None of the staff was hurt. A separate drone strike on a fuel depot later killed four people.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 2), record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Car bomb kills 5 near Kabul hotel; police say embassy was not hit",
            "A car bomb exploded outside a hotel in Kabul on Tuesday, killing five people, police said, "
            "correcting earlier reports that the blast had struck the Qatari embassy down the road.",
        ),
        (
            "es",
            "Sube a 9 el número de muertos del atentado de Quetta, que no se produjo junto al consulado",
            "La policía elevó a nueve los muertos por la explosión de una bomba en un mercado de Quetta y "
            "corrigió las primeras informaciones que situaban el atentado junto al consulado de Irán.",
        ),
        (
            "ar",
            "قتيلان بقذائف هاون على مبنى البلدية في مصراتة.. ومصدر أمني ينفي إصابة القنصلية",
            "قتل شخصان مساء الجمعة جراء سقوط قذائف هاون على مبنى البلدية في مصراتة.",
        ),
    ],
)
def test_corrections_that_the_mission_was_not_hit(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert record.alert is False and record.target_type != "diplomatic", record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # the security forces deny an embassy was targeted: a gas bottle exploded in a restaurant
        (
            "ar",
            "الأمن ينفي استهداف سفارة في عمان: الدوي ناجم عن انفجار قارورة غاز في مطعم",
            "نفت قوى الأمن استهداف سفارة أجنبية، موضحة أن الدوي ناجم عن انفجار قارورة غاز في مطعم قريب.",
            ("none", False),
        ),
        # no attack on an embassy: a transformer blew up
        (
            "fr",
            "Niamey : pas d'attaque contre une ambassade, la détonation provenait d'un transformateur",
            "La police a démenti toute attaque contre une ambassade : la forte détonation entendue provenait "
            "de l'explosion d'un transformateur électrique.",
            ("none", False),
        ),
        # the police deny deaths, not the breach
        (
            "es",
            "Irrumpen en la embajada de Italia en Bamako; la Policía desmiente que haya muertos",
            "Cientos de manifestantes irrumpieron en la embajada de Italia en Bamako y cuatro policías "
            "resultaron heridos. La Policía desmiente que haya muertos.",
            ("storming", True),
        ),
    ],
)
def test_accidents_denials_of_an_attack_and_denials_of_deaths(
    language: str, title: str, body: str, expected: tuple[str, bool]
) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == expected, record.evidence


def test_indonesian_crowds_flocking_to_an_embassy_festival_storm_nothing() -> None:
    record = _facts(
        "id",
        "Ribuan Warga Serbu Festival Kuliner di KBRI Seoul",
        "Ribuan pengunjung menyerbu halaman KBRI di Seoul dalam gelaran festival kuliner akhir pekan lalu. "
        "Stan rendang dan sate diserbu pembeli sejak pagi.",
    )
    assert (record.incident_type, record.alert) == ("none", False), record.evidence


def test_the_mission_was_not_the_target_after_all() -> None:
    record = _facts(
        "ar",
        "انتحاري يفجر نفسه في بغداد.. والشرطة: السفارة التركية لم تكن الهدف",
        "قتل تسعة أشخاص صباح الأحد في تفجير انتحاري استهدف مدخل فندق في بغداد.",
    )
    assert record.alert is False and record.target_type != "diplomatic", record.evidence


@pytest.mark.parametrize(
    ("language", "title", "body", "city"),
    [
        (
            "fr",
            "Six fidèles tués dans l'attaque d'une église au Niger",
            "Niamey, 4 mars (Agence du Sahel) - Des hommes armés ont attaqué dimanche une église de Dosso, "
            "tuant six fidèles, a annoncé la police.",
            "Dosso",
        ),
        (
            "es",
            "Atacan a tiros una iglesia en Nigeria",
            "Lagos, 9 jun (Noticias de África).- Hombres armados dispararon contra una iglesia de Kaduna "
            "durante la misa y mataron a cinco personas, informó la policía.",
            "Kaduna",
        ),
    ],
)
def test_a_mixed_case_city_before_a_date_and_an_agency_is_a_dateline(
    language: str, title: str, body: str, city: str
) -> None:
    """ "Niamey, 4 mars (Agence …) -": a name before a comma is prose ("Kabul, the capital, …") unless
    a date and a dash or bracketed agency follow it; then it is where the report was filed, and the
    town the lead names for the attack is the place."""
    assert _facts(language, title, body).location.city == city


def test_a_molotov_cocktail_is_no_place() -> None:
    """Molotov is an old name of Perm in GeoNames; a "cocktail Molotov" is a firebomb, not a city."""
    record = _facts(
        "fr",
        "Cocktails Molotov contre un consulat",
        "Des inconnus ont lancé trois cocktails Molotov contre le consulat général de Turquie dans la nuit, "
        "sans faire de blessés.",
    )
    assert record.location.country_code != "RU"
    assert record.location.city is None


def test_the_old_english_name_of_kolkata_is_kolkata() -> None:
    record = _facts(
        "en",
        "Firebombs thrown at consulate in Calcutta",
        "Unknown attackers threw firebombs at the Bangladeshi consulate in Calcutta overnight, police said.",
    )
    assert (record.location.country_code, record.location.city) == ("IN", "Kolkata")


def test_a_correction_of_first_reports_does_not_explain_away_the_attack_the_lead_states() -> None:
    """The title tells of a wounded guard and the lead of a stabbing, as fact; the shots the first
    reports spoke of were firecrackers. The correction explains the rumour, not the attack."""
    record = _facts(
        "en",
        "Oslo police: no shots at embassy, guard wounded",
        "OSLO — Police said no shots were fired outside the Chilean embassy on Saturday night.\n"
        "A man attacked a guard at the gate with a knife and wounded him in the arm, a police spokesman "
        "said.\nWitnesses had at first reported gunfire. In fact the bangs came from firecrackers set off "
        "in a nearby park, the spokesman added. The attacker was arrested at the scene.",
    )
    assert (record.incident_type, record.alert) == ("armed_assault", True)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Shells kill two peacekeepers at African Union base",
            "Two peacekeepers were killed and four wounded when mortar shells hit an African Union base "
            "outside Kismayo on Friday, the mission said. Soldiers returned fire.",
        ),
        (
            "id",
            "Drone serang pangkalan pasukan perdamaian di Kongo",
            "Sebuah drone menjatuhkan bahan peledak di pangkalan pasukan perdamaian dekat Goma pada Senin "
            "malam dan melukai tiga prajurit, kata juru bicara misi.",
        ),
    ],
)
def test_peacekeepers_and_african_union_bases_are_an_international_mission(
    language: str, title: str, body: str
) -> None:
    """Peacekeepers and an African Union base are an international mission (diplomatic by the label
    rules), not an army post."""
    record = _facts(language, title, body)
    assert (record.target_type, record.alert) == ("diplomatic", True)


def test_a_toll_the_article_denies_is_no_count() -> None:
    """The ministry's own zero stands; the two dead are the claim it denies."""
    record = _facts(
        "en",
        "Shots fired at consulate in Herat, no casualties",
        "Gunmen fired at the Turkish consulate in Herat on Monday night. No staff member was killed or "
        "injured, the foreign ministry said in a statement.\nThe ministry called the fake video showing "
        "two guards killed in the attack a provocation.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 0)


def test_a_death_word_before_one_of_the_attackers_is_the_attackers_death() -> None:
    """ "… y en el que murió uno de los asaltantes": the one who died is an attacker, no victim."""
    record = _facts(
        "es",
        "Atacan a tiros un consulado en Quetta; dos guardias heridos",
        "Un grupo armado disparó el martes contra el consulado de Irán en Quetta, en un ataque que dejó dos "
        "guardias heridos y en el que murió uno de los asaltantes, según la policía.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 2)


def test_russian_hodeidah_is_found_and_a_mission_is_no_town() -> None:
    """GeoNames lacks the Russian "Ходейда" and gives "Миссия" (mission) to a town in Texas."""
    record = _facts(
        "ru",
        "В Ходейде обстреляна машина миссии ООН",
        "Неизвестные обстреляли автомобиль миссии ООН в Ходейде, ранен водитель. Миссия приостановила "
        "поездки, сообщил представитель ООН.",
    )
    assert (record.location.country_code, record.location.city) == ("YE", "Hodeidah")


@pytest.mark.parametrize(
    ("language", "title", "body", "incident_type"),
    [
        # the headline tells the attack, then the detail the ministry denies
        (
            "de",
            "Granaten auf Botschaft in Tripolis – Berichte über Tote dementiert",
            "Mehrere Mörsergranaten sind am Montagabend auf dem Gelände der tunesischen Botschaft in "
            "Tripolis eingeschlagen. Zwei Wachleute wurden leicht verletzt. Das Außenministerium "
            "dementierte Berichte über Tote.",
            "rocket_attack",
        ),
        # a headline's comma joins two reports: the kidnapping, and the ransom the ministry denies
        (
            "fr",
            "Haïti : un diplomate enlevé à Port-au-Prince, le ministère dément le versement d'une rançon",
            "PORT-AU-PRINCE - Un conseiller de l'ambassade du Chili a été enlevé mercredi matin par des "
            "hommes armés à Port-au-Prince, a confirmé le ministère des Affaires étrangères.",
            "kidnapping",
        ),
        # the denial is the attack itself: nothing happened
        (
            "de",
            "Ministerium dementiert Angriff auf Botschaft in Tripolis",
            "Das Außenministerium hat Berichte über einen Angriff auf die tunesische Botschaft in Tripolis "
            "dementiert. Es habe keinen Zwischenfall gegeben, die Botschaft arbeite normal.",
            "none",
        ),
    ],
)
def test_a_denied_detail_leaves_the_attack_the_headline_tells(
    language: str, title: str, body: str, incident_type: str
) -> None:
    """A denial in another clause than the attack it stands beside ("Granaten auf Botschaft – Berichte
    über Tote dementiert") denies a detail, not the attack; one that takes the attack as its object
    still says nothing happened."""
    assert _facts(language, title, body).incident_type == incident_type


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Taliban deny responsibility for Kabul embassy bombing",
            "KABUL — A suicide car bomb killed three guards outside the Pakistani embassy in Kabul on "
            "Monday. The Taliban denied any involvement in the attack.",
        ),
        (
            "ru",
            "Талибы опровергли причастность к взрыву у посольства в Кабуле",
            "КАБУЛ — Смертник подорвал автомобиль у посольства Пакистана в Кабуле в понедельник, погибли "
            "трое охранников. Движение «Талибан» опровергло свою причастность к нападению.",
        ),
        (
            "tr",
            "Taliban, büyükelçiliğe saldırıyla bağlantısı olduğu iddialarını yalanladı",
            "KABİL — Pakistan'ın Kabil Büyükelçiliği önünde pazartesi intihar saldırısı düzenlendi, üç "
            "koruma öldü. Taliban saldırıyla bağlantısı olduğu iddialarını yalanladı.",
        ),
        (
            "en",
            "Pakistani Taliban deny role in grenade attack on consulate in Quetta",
            "QUETTA — The Pakistani Taliban on Wednesday denied any involvement in a bombing at the Afghan "
            "consulate in Quetta that wounded three guards the previous evening.",
        ),
        (
            "fr",
            "Mali : deux gendarmes tués dans l'attentat contre une ambassade à Bamako, le JNIM dément",
            "BAMAKO — Deux gendarmes ont été tués mercredi soir dans l'explosion d'une voiture piégée devant "
            "l'ambassade du Niger à Bamako, selon le gouvernement.",
        ),
        (
            "fr",
            "Les talibans démentent toute implication dans l'attentat contre l'ambassade",
            "KABOUL — Un kamikaze a fait exploser une voiture devant l'ambassade du Pakistan à Kaboul lundi, "
            "tuant trois gardes. Le mouvement a démenti toute implication dans l'attaque.",
        ),
    ],
)
def test_a_group_denying_its_part_in_an_attack_does_not_deny_the_attack(
    language: str, title: str, body: str
) -> None:
    """ "The Taliban denied any involvement": the bombing took place; only the authorship is denied."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("bombing", True)


def test_an_english_denial_of_the_attack_in_the_headline_is_no_attack() -> None:
    record = _facts(
        "en",
        "Embassy denies its consul was kidnapped in Caracas",
        "CARACAS — The Chilean embassy on Sunday denied reports that its consul had been kidnapped, saying "
        "he had been out of phone coverage while driving back from the coast.",
    )
    assert (record.incident_type, record.alert) == ("none", False)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Blast heard near embassy was a sonic boom",
            "A loud explosion that rattled windows near the British embassy on Tuesday morning was a sonic "
            "boom from military jets, police said. Posts online had spoken of a bomb attack on the mission.",
        ),
        (
            "en",
            "Blast near UN compound was transformer fault, police say",
            "A loud blast and a column of smoke near the UN compound on Friday evening came from a "
            "transformer fault, police said. Residents had feared a bomb attack on the compound.",
        ),
        (
            "tr",
            "Konsolosluk yakınındaki patlama trafo patlaması çıktı",
            "Başkonsolosluk yakınında duyulan patlama sesinin trafo patlamasından kaynaklandığı açıklandı. "
            "Sosyal medyada konsolosluğa bombalı saldırı düzenlendiği iddia edilmişti.",
        ),
    ],
)
def test_a_sonic_boom_or_a_transformer_blast_is_no_attack(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("none", False)


@pytest.mark.parametrize(
    ("language", "title", "body", "city"),
    [
        # "города" (of the city) before the town, as "городе" (in the city) is
        (
            "ru",
            "Боевики напали на военный лагерь на севере Мали",
            "БАМАКО, 3 мая. Девять военных погибли при нападении боевиков на лагерь армии в окрестностях "
            "города Гао, сообщило министерство обороны. Раненых доставили в госпиталь в Бамако.",
            "Gao",
        ),
        # "kentinin" (of the city) after the town, as "kentinde" (in the city) is
        (
            "tr",
            "Kongo'da BM konvoyuna saldırı",
            "KİNŞASA - BM barış gücü konvoyu, Kuzey Kivu'daki Butembo kentinin güneyinde pusuya düşürüldü, "
            "iki asker yaralandı. Yaralılar Kinşasa'ya getirildi.",
            "Butembo",
        ),
        # "en las afueras de" (on the outskirts of) before the town
        (
            "es",
            "Ataque contra un convoy de la ONU en Somalia",
            "MOGADISCIO, 4 may. (Agencia Cuerno) – Hombres armados abrieron fuego contra un convoy de la ONU "
            "en las afueras de Baidoa y dejaron dos heridos. Los heridos fueron trasladados a Mogadiscio.",
            "Baidoa",
        ),
    ],
)
def test_a_town_named_with_a_city_noun_or_outskirts_beats_the_capitals_dateline(
    language: str, title: str, body: str, city: str
) -> None:
    assert _facts(language, title, body).location.city == city


def test_a_correction_of_the_weapon_keeps_the_diplomatic_target() -> None:
    """ "correcting earlier reports that the mission had been hit by a missile": the weapon is
    corrected, the consulate was still the target."""
    record = _facts(
        "en",
        "Drone, not missile, hit consulate in Port Sudan",
        "PORT SUDAN — A drone struck the outer wall of the Egyptian consulate in Port Sudan on Friday, "
        "wounding a guard, officials said, correcting earlier reports that the mission had been hit by a "
        "ballistic missile.",
    )
    assert (record.target_type, record.alert) == ("diplomatic", True)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        # the denial's object is the wounded: the shots stand
        (
            "fr",
            "Niamey : des tirs visent l'ambassade du Tchad, le ministère dément tout blessé",
            "NIAMEY - Des coups de feu ont été tirés dans la nuit contre l'ambassade du Tchad à Niamey, a "
            "confirmé le ministère, qui a toutefois démenti les informations faisant état de blessés.",
        ),
        (
            "ru",
            "Мина разорвалась у посольства Египта в Хартуме, МИД опроверг сведения о погибших",
            "ХАРТУМ, 3 марта. Минометная мина разорвалась во дворе посольства Египта в Хартуме, повредив "
            "ограду, сообщил МИД, опровергнув сведения о погибших среди сотрудников.",
        ),
        # the attacker denies aiming at the mission: the strike on it stands
        (
            "fr",
            "Kiev : un drone frappe l'ambassade du Portugal, Moscou dément avoir visé la mission",
            "KIEV - Un drone s'est abattu dans la cour de l'ambassade du Portugal à Kiev dans la nuit, "
            "blessant un gardien, ont annoncé les autorités portugaises.",
        ),
    ],
)
def test_a_denied_toll_or_aim_leaves_the_attack(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert record.alert is True


def test_santa_cruz_is_bolivias_in_arabic_and_stays_manilas_beside_the_philippines() -> None:
    bolivia = _facts(
        "ar",
        "إخلاء القنصلية البرازيلية في سانتا كروز إثر تهديد بقنبلة",
        "أخليت القنصلية البرازيلية في مدينة سانتا كروز البوليفية صباح الاثنين بعد اتصال هاتفي مجهول "
        "يحذر من وجود قنبلة، بحسب الشرطة.",
    )
    assert (bolivia.location.country_code, bolivia.location.city) == ("BO", "Santa Cruz de la Sierra")
    philippines = _facts(
        "en",
        "Grenade thrown at police post in Santa Cruz",
        "A grenade was thrown at a police post in Santa Cruz, Manila, on Monday, wounding two officers, "
        "Philippine police said.",
    )
    assert philippines.location.country_code == "PH"


def test_a_police_corps_is_no_body() -> None:
    """ "un porte-parole du corps policier": a corps, not a dead body."""
    record = _facts(
        "fr",
        "Alerte à la bombe : le consulat de Belgique à Québec évacué",
        "Le consulat de Belgique à Québec a été évacué mardi après un appel anonyme. « Aucun objet suspect "
        "n'a été trouvé et personne n'a été blessé », a précisé un porte-parole du corps policier.",
    )
    assert record.casualties.killed in (0, None)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "es",
            "Marcha pacífica ante la embajada de Estados Unidos",
            "Cientos de personas marcharon este sábado hasta la embajada de Estados Unidos en Ciudad de "
            "México y guardaron un minuto de silencio por los migrantes muertos en el desierto.",
        ),
        (
            "en",
            "Vigil outside embassy ends peacefully",
            "Protesters held a vigil outside the embassy for two weeks after the deaths of migrants at sea, "
            "police said. No one was hurt.",
        ),
    ],
)
def test_a_minute_or_weeks_are_no_victims(language: str, title: str, body: str) -> None:
    """ "un minuto de silencio por los muertos", "for two weeks after the deaths": a time span, not a
    count of the dead."""
    assert _facts(language, title, body).casualties.killed in (0, None)


def test_a_death_the_authorities_deny_leaves_no_toll() -> None:
    """The first reports' one dead is what the authorities deny; the confirmed wounded stand."""
    record = _facts(
        "es",
        "Un dron impacta en el consulado de Turquía en Erbil",
        "ERBIL, 3 mar. (Agencia Meridiana).- Un dron cargado de explosivos impactó este domingo contra el "
        "muro del consulado de Turquía en Erbil e hirió a dos guardias, informó la policía local. Las "
        "primeras informaciones hablaban de un fallecido, extremo que las autoridades desmintieron por "
        "la tarde.",
    )
    assert (record.casualties.killed, record.casualties.injured) == (0, 2)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Abidjan : le parquet écarte la piste jihadiste après l'explosion devant une ambassade",
            "ABIDJAN - Le parquet a écarté lundi la piste jihadiste dans l'enquête sur l'explosion d'un "
            "engin artisanal devant l'ambassade du Ghana. Selon le procureur, l'engin, composé de bonbonnes "
            "de gaz, a été déposé contre le mur d'enceinte. Personne n'a été blessé.",
        ),
        (
            "en",
            "Homemade bomb explodes at consulate gate",
            "A homemade device made from gas canisters exploded at the gate of the Peruvian consulate "
            "overnight, damaging the wall. No one was hurt, police said.",
        ),
    ],
)
def test_a_homemade_bomb_of_gas_canisters_is_a_bombing(language: str, title: str, body: str) -> None:
    """Gas canisters in a homemade device are its charge, not a gas accident."""
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("bombing", True)


def test_a_deliberate_fire_in_arabic_is_arson_not_an_electrical_fault() -> None:
    """ "حريق متعمد" (a deliberate fire): the electrical fault first suspected is ruled out."""
    record = _facts(
        "ar",
        "حريق متعمد يلحق أضرارا بمقر القنصلية الفخرية في طشقند",
        "طشقند - أعلنت السلطات الأحد أن الحريق الذي اندلع ليل السبت في مقر القنصلية الفخرية في طشقند كان "
        "متعمدا. وكانت الشرطة قد رجحت في البداية أن يكون سببه تماس كهربائي قبل أن تعثر على بقايا مادة "
        "قابلة للاشتعال. ولم يصب أحد بأذى.",
    )
    assert (record.incident_type, record.alert) == ("arson", True)


def test_a_slogan_sprayed_with_a_paint_can_is_no_bomb() -> None:
    """ "tracée à la bombe": a spray can, the tool of vandals, not a bomb."""
    record = _facts(
        "fr",
        "Lyon : la façade d'un consulat aspergée de peinture rouge",
        "La façade du consulat de Russie à Lyon a été aspergée de peinture rouge dans la nuit, et une "
        "inscription a été tracée à la bombe sur le trottoir, a indiqué la police. Personne n'a été blessé.",
    )
    assert record.incident_type != "bombing"
    assert record.alert is False


def test_unter_den_linden_is_a_berlin_street_not_a_town() -> None:
    record = _facts(
        "de",
        "Brandanschlag auf Botschaftsauto Unter den Linden",
        "Unbekannte haben in der Nacht ein Auto der Botschaft Unter den Linden in Brand gesetzt, teilte die "
        "Polizei in Berlin mit.",
    )
    assert (record.location.country_code, record.location.city) == ("DE", "Berlin")


@pytest.mark.parametrize(
    ("title", "body", "alert"),
    [
        # an analysis of a fresh attack that the title names: it reports the attack too
        (
            "Analysis: Overnight rocket strike on Kabul's diplomatic quarter exposes gaps in air defence",
            "KABUL – Two guards were wounded late on Tuesday when rockets hit the diplomatic quarter near "
            "the Indian embassy, officials said. The strike raises questions about the city's defences.",
            True,
        ),
        # an analysis that asks about attacks in general stays commentary
        (
            "Analysis: Why are embassies back in the line of fire?",
            "Rocket strikes and car bombs against embassies have returned to the headlines in recent years, "
            "and security experts disagree on the causes.",
            False,
        ),
    ],
)
def test_an_analysis_titled_with_a_fresh_attack_reports_it(title: str, body: str, alert: bool) -> None:
    assert _facts("en", title, body).alert is alert


def test_a_fire_that_was_not_aimed_at_the_consulate_is_no_diplomatic_attack() -> None:
    """ "galt nicht dem Generalkonsulat": the snack bar next door was the target."""
    record = _facts(
        "de",
        "Polizei: Brandanschlag in Köln galt nicht dem polnischen Generalkonsulat",
        "Der Brandanschlag in der Nacht zu Montag in Köln galt nach Erkenntnissen der Polizei nicht dem "
        "polnischen Generalkonsulat. Ziel sei ein Kiosk im Nachbarhaus gewesen, teilte die Polizei mit.",
    )
    assert record.alert is False


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Police dismiss video of 'blast' at Canadian embassy as fake",
            "Police on Sunday dismissed as fake a video shared overnight that claimed to show an explosion "
            "at the Canadian embassy, saying no incident had taken place at the mission.",
        ),
        (
            "es",
            "Fe de erratas: no hubo ningún atentado contra el consulado de Perú",
            "En su edición de ayer, este diario publicó que un artefacto había estallado frente al consulado "
            "de Perú. Esa información no era correcta: no hubo ningún atentado, según la policía.",
        ),
        (
            "ar",
            "السفارة تنفي تعرضها لهجوم.. والأمن: رصاص ابتهاج في حفل زفاف",
            "نفت السفارة مساء السبت أن تكون قد تعرضت لإطلاق نار، وأوضح مصدر أمني أن الأصوات ناجمة عن رصاص "
            "ابتهاج أطلق خلال حفل زفاف في حي مجاور.",
        ),
    ],
)
def test_fakes_errata_and_celebratory_gunfire_are_no_attack(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("none", False)


def test_cabo_delgado_is_no_brazilian_cabo() -> None:
    """GeoNames gives "Cabo" to Cabo de Santo Agostinho, Brazil, and has a Delgado in El Salvador;
    "Cabo Delgado" is a Mozambican province."""
    record = _facts(
        "en",
        "Roadside bomb hits bus in Cabo Delgado",
        "A roadside bomb hit a bus in Cabo Delgado province on Sunday, killing four passengers, "
        "Mozambican police said.",
    )
    assert record.location.country_code == "MZ"


def test_an_attack_dated_before_1900_is_history() -> None:
    """ "11 февраля 1829 года" dates the storming of the mission in Tehran as surely as 1998 would."""
    record = classify_article(
        {
            "id": "t",
            "language": "ru",
            "published_at": "2025-02-11T06:00:00Z",
            "title": "Почему посольства остаются мишенью",
            "body": "Ровно 196 лет назад, 11 февраля 1829 года, толпа ворвалась в здание русской миссии в "
            "Тегеране и убила посланника и почти всех его сотрудников. С тех пор история дипломатии знает "
            "немало подобных трагедий, говорят историки.",
        }
    )
    assert (record.incident_type, record.alert) == ("none", False)


@pytest.mark.parametrize(
    ("language", "title", "body", "city"),
    [
        (
            "de",
            "Ausschreitungen bei Protest vor der US-Botschaft in Rom",
            "ROM – Bei einer Demonstration vor der US-Botschaft in Rom ist es zu Zusammenstößen gekommen. "
            "Ein Zug von Demonstranten zog danach weiter, der Rest löste sich auf.",
            "Rome",
        ),
        (
            "ar",
            "خطف دبلوماسي في مكسيكو سيتي",
            "مكسيكو – خطف مسلحون مساء الاثنين دبلوماسيا في مكسيكو سيتي قبل أن يفرجوا عنه بعد ساعات.",
            "Mexico City",
        ),
    ],
)
def test_short_and_arabic_city_names_geonames_misses(language: str, title: str, body: str, city: str) -> None:
    """German "Rom" (not "Zug", Switzerland, nor "Rest", Iran) and Arabic "مكسيكو سيتي"."""
    assert _facts(language, title, body).location.city == city


def test_a_diplomat_who_died_after_a_long_illness_is_an_obituary() -> None:
    """An obituary recalls the kidnapping of decades ago; "tras una larga enfermedad" says how he died."""
    record = _facts(
        "es",
        "Muere el diplomático que pasó 40 días secuestrado en Beirut",
        "MONTEVIDEO.– El exembajador Julio Ferrer murió el domingo en Montevideo a los 86 años, tras una "
        "larga enfermedad, informó su familia. En 1985 fue secuestrado en Beirut y pasó 40 días en "
        "cautiverio.",
    )
    assert (record.incident_type, record.alert) == ("none", False)


def test_russian_gunfire_told_with_bullets_or_gangs_is_an_armed_assault() -> None:
    """ "обстреляли" is gunfire as often as shelling; gangs and bullets make it gunfire."""
    record = _facts(
        "ru",
        "Банды обстреляли пассажирский самолет в аэропорту Порт-о-Пренса",
        "ПОРТ-О-ПРЕНС, 12 ноября. Пассажирский самолет попал под обстрел при заходе на посадку в аэропорт, "
        "одна бортпроводница получила легкое ранение. В фюзеляже нашли пять пулевых пробоин. Банды "
        "контролируют районы у аэропорта.",
    )
    assert record.incident_type == "armed_assault"


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Fact check: viral 'rocket strike on embassy' clip comes from a video game",
            "A clip shared a million times since Monday, said to show a rocket striking the British embassy "
            "in Accra, does not depict a real event: it is video game footage, our verification desk found.",
        ),
        (
            "es",
            "Es falso que se haya producido un atentado contra la embajada de Francia en Quito",
            "La policía y la embajada desmintieron este lunes los mensajes que aseguraban que la sede "
            "diplomática había sido blanco de un atentado con explosivos.",
        ),
        (
            "es",
            "Ecuador llama a consultas a su embajador en pleno fuego cruzado diplomático",
            "QUITO, 5 sep. – El Gobierno llamó a consultas a su embajador en Lima, en el último episodio de "
            "un fuego cruzado verbal entre ambos países.",
        ),
    ],
)
def test_fact_checks_and_verbal_crossfire_are_no_attack(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.incident_type, record.alert) == ("none", False)


@pytest.mark.parametrize(
    ("language", "title", "body", "city"),
    [
        (
            "de",
            "Blauhelme in Mali angegriffen",
            "BAMAKO (afp) – Bewaffnete haben in der Kleinstadt Douentza ein Lager der UN-Mission "
            "beschossen und zwei Blauhelme verletzt. Das bestätigte ein Sprecher der Mission in Bamako "
            "am Abend.",
            "Douentza",
        ),
        (
            "ru",
            "В Мали обстреляли лагерь миссии ООН",
            "БАМАКО, 3 марта. Вооружённые люди обстреляли лагерь миссии ООН вблизи городка Нионо, "
            "ранены двое миротворцев. Об этом сообщил представитель миссии в Бамако.",
            "Niono",
        ),
    ],
)
def test_a_town_introduced_as_a_small_town_beats_the_capitals_dateline(
    language: str, title: str, body: str, city: str
) -> None:
    """ "in der Kleinstadt Douentza", "вблизи городка Нионо": a settlement noun (or "near") names
    the town as the place, as a preposition does; the capital is where the mission speaks."""
    record = _facts(language, title, body)
    assert (record.location.country_code, record.location.city) == ("ML", city)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Rockets slam into Kandahar market; Swedish embassy denies it was struck",
            "KANDAHAR, May 2 - Three rockets hit a crowded market in Kandahar on Friday, killing four "
            "shoppers, as the Swedish embassy denied reports that its compound had been struck. Videos "
            "shared online had claimed that the embassy came under fire.",
        ),
        (
            "fr",
            "L'ambassade du Canada n'a pas été touchée : des obus sont tombés sur un marché de Bamako",
            "BAMAKO - Plusieurs obus sont tombés mardi sur un marché de Bamako, tuant deux commerçants, "
            "alors que l'ambassade du Canada démentait avoir été visée. Des vidéos affirmaient que "
            "l'ambassade avait été touchée par des tirs.",
        ),
        (
            "es",
            "Perú niega que su consulado en Arica fuera atacado; la bomba estalló en una gasolinera",
            "ARICA, 9 jun - Un artefacto explosivo estalló el lunes en una gasolinera del centro de Arica "
            "y dejó tres heridos, mientras el consulado del Perú negaba haber sido blanco del ataque. "
            "Mensajes en redes sociales habían afirmado que la bomba estalló frente al consulado.",
        ),
        (
            "ru",
            "Посольство Испании в Киеве не пострадало: ракета попала в жилой дом",
            "КИЕВ, 4 мая. Посольство Испании в Киеве не пострадало в ходе ночного ракетного удара, "
            "сообщили в МИД Испании. Ракета попала в жилой дом в соседнем квартале, погибли три человека.",
        ),
    ],
)
def test_a_headline_that_spares_the_embassy_and_tells_the_attack_elsewhere_raises_no_alert(
    language: str, title: str, body: str
) -> None:
    """One part of the title denies the embassy was hit, the other tells an attack without it: the
    attack was elsewhere, and the embassy is named only as the rumour's site."""
    record = _facts(language, title, body)
    assert record.incident_type in {"rocket_attack", "bombing"}
    assert (record.alert, record.target_type) == (False, "civilian")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Rockets strike Erbil airport, no damage at nearby US consulate",
            "ERBIL, Nov 3 - Three rockets struck Erbil international airport late on Sunday, wounding two "
            "baggage handlers. Posts on social media claimed that the US consulate had been targeted. "
            "Kurdish officials said no rocket hit the consulate and there was no damage in the diplomatic "
            "area.",
        ),
        (
            "tr",
            "Erbil Havalimanı'na roket düştü, ABD Başkonsolosluğu'nda hasar yok",
            "ERBİL – Erbil Uluslararası Havalimanı'na gece saatlerinde üç roket düştü, iki havalimanı "
            "çalışanı yaralandı. Sosyal medyada ABD Başkonsolosluğu'nun hedef alındığına dair paylaşımlar "
            "yayıldı. Ancak Kürt yetkililer, başkonsolosluğa herhangi bir roket düşmediğini ve diplomatik "
            "bölgede hasar ya da yaralanma olmadığını açıkladı.",
        ),
        (
            "de",
            "Drohnen treffen Umspannwerk in Charkiw, Konsulate unversehrt",
            "CHARKIW – Bei einem nächtlichen Drohnenangriff ist ein Umspannwerk in Charkiw getroffen worden, "
            "ein Techniker wurde getötet. Meldungen, wonach auch Konsulate im Stadtzentrum beschädigt worden "
            "seien, bestätigten sich nicht.",
        ),
    ],
)
def test_a_comma_joined_headline_that_spares_the_mission_and_names_the_site_hit_raises_no_alert(
    language: str, title: str, body: str
) -> None:
    """ "Airport hit, no damage at the consulate": the attack's half of the title names its own
    target, so the mission is only the rumour's site."""
    record = _facts(language, title, body)
    assert record.incident_type in {"rocket_attack", "airstrike"}
    assert (record.alert, record.target_type) == (False, "infrastructure")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Ambassador unharmed, two guards wounded as gunmen fire on his residence in Juba",
            "JUBA - Gunmen opened fire on the residence of the Kenyan ambassador in Juba on Sunday night, "
            "wounding two guards. The ambassador was unharmed, the embassy said.",
        ),
        (
            "fr",
            "L'ambassadeur indemne, deux gendarmes blessés lors de tirs contre sa résidence à Niamey",
            "NIAMEY - Des hommes armés ont ouvert le feu dimanche soir sur la résidence de l'ambassadeur du "
            "Bénin à Niamey, blessant deux gendarmes. L'ambassadeur est indemne, a indiqué l'ambassade.",
        ),
    ],
)
def test_a_comma_joined_headline_whose_attack_is_on_the_spared_persons_site_keeps_the_alert(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.alert, record.target_type, record.casualties.injured) == (True, "diplomatic", 2)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Incendie au consulat du Mali à Lyon : les enquêteurs écartent la piste criminelle",
            "LYON - L'incendie qui a détruit jeudi une partie des archives du consulat du Mali à Lyon a été "
            "provoqué par un court-circuit, ont indiqué les enquêteurs. Des rumeurs évoquaient un incendie "
            "volontaire. Personne n'a été blessé.",
        ),
        (
            "en",
            "Fire at Kenyan embassy in Addis Ababa: investigators rule out foul play",
            "ADDIS ABABA - The fire that damaged the visa section of the Kenyan embassy in Addis Ababa on "
            "Tuesday was caused by faulty wiring, investigators said. Rumours of an arson attack had spread "
            "online. No one was hurt.",
        ),
    ],
)
def test_a_fire_whose_criminal_cause_is_ruled_out_is_no_incident(
    language: str, title: str, body: str
) -> None:
    """ "Investigators rule out foul play": the fire was an accident, even though the title names the
    fire before the colon (a denial there would be of a detail of a real attack)."""
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


def test_a_shooting_said_to_have_nothing_to_do_with_any_embassy_raises_no_alert() -> None:
    record = _facts(
        "ar",
        "الشرطة: إطلاق النار في حي السفارات لا علاقة له بإحدى السفارات",
        "نواكشوط - قالت الشرطة إن إطلاق النار الذي وقع مساء الخميس في حي السفارات بنواكشوط نجم عن شجار بين "
        "شابين، ولا علاقة له بإحدى السفارات. وأصيب شاب بجروح طفيفة.",
    )
    assert (record.alert, record.incident_type) == (False, "armed_assault")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "de",
            "Bahnstreik legt Fernverkehr lahm – Konzern spricht von „Angriff auf die Fahrgäste“",
            "Berlin – Ein Streik der Lokführer hat am Dienstag den Fernverkehr fast vollständig gestoppt. "
            "Der Konzern nannte den Ausstand einen Angriff auf die Fahrgäste. Die Gewerkschaft stehe seit "
            "Wochen unter Dauerfeuer, sagte ihr Vorsitzender. Ein Verbandssprecher sprach von einem "
            "Sprengsatz für die ganze Logistikbranche.",
        ),
        (
            "fr",
            "Retraites : le rapport du Conseil d'orientation fait l'effet d'une bombe",
            "PARIS - Le rapport publié mardi a fait l'effet d'une bombe à l'Assemblée. L'opposition a tiré "
            "à boulets rouges sur le gouvernement, accusé de mettre le feu aux poudres avec sa réforme.",
        ),
    ],
)
def test_labour_and_budget_rows_told_in_figures_of_speech_are_no_incident(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "KABUL - Gunmen attacked the Indian embassy in Kabul on Sunday. The toll was revised from three "
            "to two dead after one body was identified as an attacker's.",
        ),
        (
            "fr",
            "NIAMEY - Des hommes armés ont attaqué l'ambassade de France à Niamey dimanche. Le bilan a été "
            "ramené de trois à deux morts, a annoncé le ministère.",
        ),
        (
            "es",
            "TRÍPOLI - Hombres armados atacaron la embajada de Italia en Trípoli el domingo. El ministerio "
            "rebajó el balance de tres a dos muertos.",
        ),
        (
            "de",
            "KABUL - Bewaffnete haben am Sonntag die indische Botschaft in Kabul angegriffen. Die Zahl der "
            "Toten wurde von drei auf zwei korrigiert.",
        ),
    ],
)
def test_a_toll_revised_down_counts_the_figure_it_became(language: str, body: str) -> None:
    """ "From three to two dead": the second count is the toll, although it is the smaller one (a
    rising toll, "from two to five", was already read right by taking the larger)."""
    assert _facts(language, "", body).casualties.killed == 2


def test_a_street_word_in_a_street_name_is_no_town() -> None:
    """ "Union Street" in Aberdeen: Street is also a Somerset town, but not in a street's name."""
    record = _facts(
        "en",
        "Castle Street reopens after suspicious package at Danish consulate declared safe",
        "A stretch of Castle Street in Inverness city centre was closed for three hours on Monday after a "
        "suspicious package was found at the door of the Danish consulate. The parcel was declared safe.",
    )
    assert (record.incident_type, record.location.city) == ("threat", "Inverness")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Envoy says climate deal 'held hostage' by coal lobby",
            "BERLIN - The Canadian ambassador to Germany said on Monday that a climate agreement was being "
            '"held hostage" by the coal lobby, drawing sharp criticism from industry groups.',
        ),
        (
            "fr",
            "Retraites : la « bombe » du rapport secoue la majorité",
            "PARIS - Le rapport publié mardi sur le financement des retraites a provoqué un vif débat à "
            "l'Assemblée, où l'opposition a réclamé un nouveau calcul.",
        ),
    ],
)
def test_an_attack_word_in_a_short_quotation_is_a_figure_of_speech(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


def test_elided_articles_are_no_quotation_marks() -> None:
    """ "dans l'explosion d'un véhicule piégé à l'entrée": the apostrophes of elision around attack
    words quote nothing."""
    record = _facts(
        "fr",
        "Mali : cinq morts dans l'explosion d'un véhicule piégé à Gao",
        "GAO - Cinq civils ont été tués dimanche dans l'explosion d'un véhicule piégé à l'entrée du marché "
        "de Gao, a annoncé le gouverneur.",
    )
    assert (record.incident_type, record.casualties.killed) == ("bombing", 5)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "ru",
            "Шторм на бирже: акции девелоперов под огнём продавцов",
            "МОСКВА. Индекс Мосбиржи в среду упал на 4%. Инвесторы восприняли решение сохранить ключевую "
            "ставку как взрыв: акции девелоперов оказались под огнём продавцов до конца торговой сессии.",
        ),
        (
            "id",
            "Saham Emiten Batu Bara Meledak, IHSG Terbang",
            "JAKARTA — IHSG ditutup menguat 1,8 persen pada Selasa. Saham emiten batu bara meledak setelah "
            "investor melakukan aksi borong, sementara saham properti dibombardir aksi jual.",
        ),
        (
            "de",
            "Die Bombe ist geplatzt: Maschinenbauer streicht 2.000 Stellen",
            "STUTTGART – Der Maschinenbauer Krämer will 2.000 Stellen abbauen. Bei der Belegschaft löste "
            "die Nachricht einen Sturm der Entrüstung aus, der Betriebsrat sprach von einem Angriff auf die "
            "ganze Region. Die IG Metall droht mit Warnstreiks.",
        ),
        (
            "ar",
            "الأسهم الخليجية تتلقى ضربة موجعة",
            "دبي - تلقت الأسهم الخليجية ضربة موجعة الثلاثاء بعدما اجتاحتها عاصفة بيع عنيفة، وهوى المؤشر "
            "العام للسوق السعودية تحت قصف متواصل من أوامر البيع، بينما سارع المستثمرون إلى الخروج.",
        ),
    ],
)
def test_market_and_job_cut_stories_told_in_war_words_are_no_incident(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


def test_a_blast_that_was_a_transformer_not_a_bomb_is_no_incident() -> None:
    record = _facts(
        "id",
        "Polisi Pastikan Ledakan di Menteng Bukan Bom, Melainkan Trafo Listrik",
        "JAKARTA - Polisi memastikan ledakan yang terdengar di kawasan Menteng pada Selasa pagi berasal dari "
        "gardu trafo listrik yang terbakar. Warganet sempat menyebut ada serangan bom di dekat sebuah "
        "kedutaan.",
    )
    assert (record.alert, record.incident_type) == (False, "none")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Ambassador under fire as senators launch fresh attack over leaked cable",
            "WASHINGTON - Britain's ambassador spent two hours in the firing line on Thursday as senators "
            "launched a fresh attack over a leaked diplomatic cable on steel tariffs. One senator called the "
            "cable a bombshell that had blown up months of careful negotiation.\n\nThe cable, first reported "
            "last week, suggested that London had been ready to accept quotas that ministers had publicly "
            "ruled out. The ambassador told the committee that the note had been a private assessment and "
            "not a change of policy, and that both governments still wanted a deal before the summer.",
        ),
        (
            "es",
            "La embajadora de Perú pasa al ataque: «Vamos a bombardear a Bruselas con datos»",
            "BRUSELAS - La embajadora de Perú ante la Unión Europea pasó este lunes al ataque en la "
            "negociación sobre el cobre y prometió bombardear a la Comisión con estudios técnicos hasta que "
            "revise su propuesta de aranceles.\n\nEn un desayuno con periodistas, la diplomática explicó "
            "que Lima no aceptará un acuerdo que deje fuera a los pequeños productores y que su equipo "
            "presentará la próxima semana un informe sobre el impacto de la norma en las regiones mineras. "
            "La Comisión respondió que estudiará todas las propuestas con atención.",
        ),
        (
            "de",
            "Breitseite aus der Botschaft: Ungarns Botschafter schießt gegen Berliner Pläne",
            "BERLIN – Der ungarische Botschafter hat die Bundesregierung wegen ihrer Energiepläne frontal "
            "angegriffen. Im Auswärtigen Amt schlug die Kritik ein wie eine Bombe.\n\nDie Pläne seien "
            "„ein Schuss ins eigene Knie“, sagte der Diplomat bei einem Empfang der Handelskammer. Budapest "
            "werde in Brüssel dagegen vorgehen. Ein Sprecher des Ministeriums erklärte am Donnerstag, man "
            "nehme die Äußerungen zur Kenntnis und setze auf Gespräche. Die Opposition im Bundestag sprach "
            "von einem ungewöhnlichen Vorgang.",
        ),
    ],
)
def test_a_story_told_in_attack_words_with_no_victim_attacker_or_damage_is_no_incident(
    language: str, title: str, body: str
) -> None:
    """Nothing physical is named in several paragraphs — no victim, no attacker, no damage, no fire —
    so the attack words are figures of speech, even about an ambassador."""
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


@pytest.mark.parametrize(
    ("language", "title", "body", "incident"),
    [
        (
            "fr",
            "Bangui : des roquettes endommagent la résidence de l'ambassadeur du Congo",
            "BANGUI - Deux roquettes se sont abattues jeudi soir sur le quartier diplomatique de Bangui, "
            "endommageant le mur d'enceinte de la résidence de l'ambassadeur du Congo.\n\nLes autorités "
            "centrafricaines ont ouvert une enquête et renforcé les patrouilles autour des représentations "
            "étrangères. Le ministère des Affaires étrangères a convoqué une réunion avec les chefs de "
            "mission dans la matinée de vendredi. Brazzaville a demandé des explications.",
            "rocket_attack",
        ),
        (
            "en",
            "Diplomat abducted in Bamako",
            "BAMAKO - A diplomat of the Algerian embassy was abducted in Bamako on Tuesday evening, the "
            "foreign ministry said.\n\nThe diplomat was taken from his car near the river, according to "
            "a security source. The ministry said it was in contact with the Malian authorities and had "
            "set up a crisis cell. Algiers summoned Mali's chargé d'affaires on Wednesday morning, and "
            "talks were under way, a spokesman said without giving further details.",
            "kidnapping",
        ),
    ],
)
def test_an_attack_with_damage_only_or_a_bare_abduction_still_alerts(
    language: str, title: str, body: str, incident: str
) -> None:
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (True, incident)


def test_mourners_at_the_funerals_after_an_attack_are_news_of_it() -> None:
    """Mourners bury the victims days after the attack: a second-day story, not a memorial years on
    (which says "anniversary" or "years since")."""
    record = _facts(
        "en",
        "Mourners bury victims as toll from Kano bus station bombing rises to 11",
        "KANO, Nigeria, May 9 - Mourners gathered in Kano on Friday to bury victims of Wednesday's bombing "
        "at the city's main bus station, as police raised the death toll to 11 from eight. Twenty-four "
        "people were wounded, a police spokesman said.",
    )
    assert (record.incident_type, record.casualties.killed) == ("bombing", 11)


def test_a_headline_toll_that_rises_counts_the_dead() -> None:
    record = _facts(
        "en",
        "Kabul embassy bombing toll climbs to 9",
        "KABUL - A car bomb exploded outside the Jordanian embassy in Kabul on Monday. Officials said more "
        "victims had died in hospital overnight.",
    )
    assert (record.incident_type, record.casualties.killed) == ("bombing", 9)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "BEIRUT - Two rockets struck the UNIFIL headquarters in Naqoura on Sunday, wounding a "
            "peacekeeper.",
        ),
        (
            "fr",
            "BEYROUTH - Deux roquettes ont frappé dimanche le quartier général de la FINUL à Naqoura, "
            "blessant un casque bleu.",
        ),
        (
            "ar",
            "بيروت - سقط صاروخان يوم الأحد على مقر قيادة اليونيفيل في الناقورة، ما أدى إلى إصابة أحد "
            "جنود حفظ السلام.",
        ),
    ],
)
def test_a_un_headquarters_town_missing_from_geonames_is_the_place(language: str, body: str) -> None:
    record = _facts(language, "", body)
    assert (record.alert, record.location.country_code, record.location.city) == (True, "LB", "Naqoura")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "de",
            "Anschlag auf US-Konsulat in Frankfurt vereitelt – 22-Jähriger festgenommen",
            "Frankfurt – Die Polizei hat in Frankfurt einen 22-Jährigen festgenommen, der einen "
            "Sprengstoffanschlag auf das US-Generalkonsulat geplant haben soll. Bei der Durchsuchung seiner "
            "Wohnung fanden die Beamten Chemikalien und Anleitungen zum Bau eines Sprengsatzes.",
        ),
        (
            "tr",
            "İzmir'de başkonsolosluğa bombalı saldırı planı engellendi: 3 gözaltı",
            "İZMİR - İzmir'de bir başkonsolosluğa bombalı saldırı hazırlığında olduğu belirlenen 3 şüpheli "
            "gözaltına alındı. Şüphelilerin evlerinde yapılan aramalarda patlayıcı yapımında kullanılan "
            "malzemeler ele geçirildi.",
        ),
    ],
)
def test_a_plot_thwarted_before_it_was_carried_out_is_a_threat(language: str, title: str, body: str) -> None:
    """ "Vereitelt", "engellendi" say either thwarted plot or attack stopped at the gate; the words
    that only say a plot ("geplant", "hazırlığında") decide: no attack took place."""
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "threat")


def test_a_blast_from_a_gas_cylinder_leak_near_an_embassy_is_no_attack() -> None:
    record = _facts(
        "tr",
        "Taşkent'teki patlama büyükelçiliği hedef almadı: Kafede tüp kaçağı",
        "TAŞKENT - Özbekistan'ın başkenti Taşkent'te dün akşam bir büyükelçiliğe yakın kafede meydana gelen "
        "patlamanın tüp kaçağından kaynaklandığı açıklandı. Patlamada iki garson yaralandı.",
    )
    assert (record.alert, record.incident_type) == (False, "none")


def test_police_ruling_out_that_the_embassy_was_the_target_spares_it() -> None:
    record = _facts(
        "es",
        "La Policía descarta que la embajada de Francia fuera el blanco de la granada lanzada en Lima",
        "LIMA - La Policía descartó este jueves que la embajada de Francia fuera el objetivo de la granada "
        "que estalló la noche del miércoles frente a un bar de Miraflores, a ocho cuadras de la sede "
        "diplomática. Tres personas resultaron heridas.",
    )
    assert (record.alert, record.incident_type) == (False, "bombing")


def test_suspects_arrested_for_planning_an_attack_on_an_embassy_are_a_threat() -> None:
    record = _facts(
        "es",
        "Detienen a tres sospechosos de planear un atentado contra la embajada de Francia en Santiago",
        "SANTIAGO - La Policía de Investigaciones detuvo a tres hombres acusados de planear un atentado "
        "contra la embajada de Francia en Santiago. En los allanamientos se hallaron materiales para "
        "fabricar explosivos y planos del edificio.",
    )
    assert (record.alert, record.incident_type) == (False, "threat")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "de",
            "„Dann flogen die Steine“ – ein Wachmann erinnert sich an den Sturm auf die Botschaft",
            "Bonn. Heute vor 25 Jahren, am 3. März 2000, stürmten Demonstranten das Gelände der Botschaft in "
            "Bonn. Zwei Wachleute wurden verletzt. Der damalige Wachmann Peter Kraus hat in dieser Woche zum "
            "ersten Mal über den Tag gesprochen.\n\n„Es ging alles sehr schnell“, sagt er heute.",
        ),
        (
            "tr",
            'Atina saldırısının 30. yılı: "O günü hiç unutmadım"',
            "ANKARA - Türkiye'nin Atina Büyükelçiliği'ne düzenlenen silahlı saldırının üzerinden bugün tam "
            "30 yıl geçti. Saldırıda bir güvenlik görevlisi hayatını kaybetmişti. O dönem Atina'da görev "
            "yapan emekli diplomat Ali Demir bu hafta gazetemize konuştu.",
        ),
    ],
)
def test_a_day_named_as_the_anniversary_of_an_old_attack_does_not_make_it_news(
    language: str, title: str, body: str
) -> None:
    """ "Heute vor 25 Jahren", "bugün tam 30 yıl geçti": today is the anniversary, not the attack's day."""
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


def test_a_current_attack_that_recalls_years_of_attacks_stays_news() -> None:
    record = _facts(
        "en",
        "Sirens in Baghdad's Green Zone as rockets target US embassy",
        "BAGHDAD - Sirens sounded in the Green Zone at dawn on Wednesday after three rockets were fired at "
        "the US embassy compound, recalling years of attacks on the mission. Air defences shot down two of "
        "them and the third fell on waste ground, causing no casualties.",
    )
    assert (record.alert, record.incident_type) == (True, "rocket_attack")


def test_an_indonesian_memoir_headline_that_remembers_an_attack_is_no_incident() -> None:
    record = _facts(
        "id",
        "Mantan Diplomat Kenang Malam Bom Meledak di Depan KBRI Bangkok",
        "JAKARTA - Budi Santoso masih ingat suara ledakan bom di depan KBRI Bangkok pada suatu malam di "
        "bulan Maret 2009, yang melukai dua penjaga. Pekan ini ia meluncurkan buku tentang masa tugasnya.",
    )
    assert (record.alert, record.incident_type) == (False, "none")


def test_a_crowd_breaking_through_an_embassy_fence_is_a_storming() -> None:
    record = _facts(
        "id",
        "Massa Terobos Halaman Kedubes Belanda di Tripoli, Tiga Penjaga Terluka",
        "TRIPOLI - Ratusan pengunjuk rasa menjebol pagar dan masuk ke halaman Kedutaan Besar Belanda di "
        "Tripoli, Jumat malam, setelah demonstrasi di depan gedung itu berubah ricuh. Tiga penjaga terluka.",
    )
    assert (record.alert, record.incident_type) == (True, "storming")


def test_a_man_with_a_knife_arrested_before_an_attack_he_may_have_prepared_is_a_threat() -> None:
    record = _facts(
        "es",
        "Detenido en Viena un hombre con un cuchillo cerca de la embajada de Israel",
        "VIENA - La policía austríaca detuvo el sábado a un hombre que portaba un cuchillo en las "
        "inmediaciones de la embajada de Israel, informó la Fiscalía, que investiga si preparaba un "
        "atentado. No opuso resistencia y nadie resultó herido.",
    )
    assert (record.alert, record.incident_type) == (False, "threat")


def test_a_site_that_says_where_the_mission_is_is_not_the_target() -> None:
    """ "The UN compound at Mogadishu airport": the airport locates the compound that was hit."""
    record = _facts(
        "en",
        "Mortar rounds hit UN compound at Mogadishu airport, killing a guard",
        "MOGADISHU - Three mortar rounds struck the fortified Halane compound at Mogadishu's Aden Adde "
        "International Airport on Tuesday evening, killing a Somali guard and wounding two staff. The "
        "compound houses several U.N. agencies and a number of embassies.",
    )
    assert (record.alert, record.target_type) == (True, "diplomatic")


def test_an_airport_hit_near_a_consulate_stays_the_target() -> None:
    record = _facts(
        "en",
        "Rockets hit Erbil airport near the US consulate",
        "ERBIL - Two rockets struck a hangar at Erbil international airport on Tuesday, wounding a "
        "mechanic, officials said. The airport lies some distance from the US consulate, which was not hit.",
    )
    assert (record.alert, record.target_type) == (False, "infrastructure")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Un hombre con un cuchillo hiere a un policía frente a la Embajada de Italia en Quito",
            "QUITO - Un hombre armado con un cuchillo hirió el martes a un policía que custodiaba la entrada "
            "de la Embajada de Italia en Quito. El agresor fue detenido.",
        ),
        (
            "Muere un policía en un ataque armado contra la residencia del embajador de Perú en Caracas",
            "CARACAS - Un policía murió el lunes cuando hombres armados dispararon contra la residencia del "
            "embajador de Perú en Caracas. El diplomático no se encontraba en la casa.",
        ),
    ],
)
def test_a_police_guard_hurt_at_a_mission_is_its_victim_not_the_target(title: str, body: str) -> None:
    """ "Hiere a un policía", "muere un policía": present-tense headline verbs name the guard as the
    victim, and the mission he guarded is the target."""
    record = _facts("es", title, body)
    assert (record.alert, record.target_type) == (True, "diplomatic")


def test_a_mission_that_denies_being_hit_speaks_and_is_no_target() -> None:
    """ "Konsulat Mesir Bantah Ikut Terkena": the consulate denies it was hit; "bantah" is a statement
    verb, so the consulate before it speaks."""
    record = _facts(
        "id",
        "Drone Serang Depo BBM di Port Sudan, Konsulat Mesir Bantah Ikut Terkena",
        "PORT SUDAN - Serangan drone menghantam depo bahan bakar di Port Sudan pada Selasa dini hari dan "
        "memicu kebakaran besar. Dua pekerja terluka. Konsulat Mesir berada sekitar dua kilometer dari "
        "depo tersebut.",
    )
    assert (record.alert, record.target_type) == (False, "infrastructure")


def test_a_parliamentary_row_about_an_ambassador_told_in_war_words_is_no_incident() -> None:
    """The damage a row "has done" ("ha hecho daño") is no physical trace; "fuego amigo" and "pólvora
    ajena" are figures of speech."""
    record = _facts(
        "es",
        "La oposición dispara contra la embajadora en Londres",
        "MADRID - La oposición abrió fuego este martes en el Congreso contra la embajadora de España en "
        "Londres, a la que acusó de haber torpedeado la negociación pesquera. El portavoz descargó toda su "
        "artillería desde la tribuna y habló de un misil contra la flota.\n\nEl ministro acusó a la "
        "oposición de disparar con pólvora ajena y defendió que la embajadora ha desactivado más de una "
        "bomba en las negociaciones. Fuentes del Gobierno admiten que el fuego amigo de algunos socios "
        "también ha hecho daño. La embajadora comparecerá la próxima semana.",
    )
    assert (record.alert, record.incident_type) == (False, "none")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Militia claims rocket attack on US embassy in Baghdad; officials say no attack took place",
            "BAGHDAD - An Iraqi armed faction said on Tuesday it had fired rockets at the US embassy in "
            "Baghdad, but Iraqi and US officials said no attack had taken place and the embassy was "
            "operating normally.",
        ),
        (
            "fr",
            "Un groupe armé revendique une attaque contre l'ambassade de France à Niamey ; aucune attaque "
            "n'a eu lieu, selon les autorités",
            "NIAMEY - Un groupe armé a affirmé mardi avoir attaqué l'ambassade de France à Niamey. Les "
            "autorités nigériennes ont assuré qu'aucune attaque n'a eu lieu et que le quartier était calme.",
        ),
    ],
)
def test_a_claimed_attack_that_officials_say_never_took_place_is_no_incident(
    language: str, title: str, body: str
) -> None:
    """ "No attack took place" denies the event itself, not a detail of it, even though the claim it
    answers names the attack in the other half of the title."""
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


@pytest.mark.parametrize(
    ("language", "title", "body", "place"),
    [
        (
            "id",
            "KKB Tembak Dua Prajurit di Sugapa",
            "JAYAPURA - Kelompok kriminal bersenjata menembak dua prajurit TNI di Sugapa, Kabupaten Intan "
            "Jaya, Papua Tengah, Senin pagi. Satu prajurit tewas dan satu lainnya terluka.",
            ("ID", "Sugapa"),
        ),
        (
            "fr",
            "Autriche : un diplomate poignardé devant son ambassade à Vienne",
            "VIENNE - Un diplomate a été blessé au couteau mardi devant l'ambassade d'Égypte à Vienne. "
            "L'agresseur a été interpellé.",
            ("AT", "Vienna"),
        ),
    ],
)
def test_papuan_regency_seats_and_french_vienne_are_read(
    language: str, title: str, body: str, place: tuple[str, str]
) -> None:
    record = _facts(language, title, body)
    assert (record.location.country_code, record.location.city) == place


def test_a_compound_belonging_to_the_un_is_a_mission_in_arabic() -> None:
    """ "مجمعاً للأمم المتحدة": li- + al- is written "لل", which the clitic prefix does not strip."""
    record = _facts(
        "ar",
        "مسلحون يهاجمون مجمعاً للأمم المتحدة في نيالا ويقتلون حارساً",
        "نيالا - هاجم مسلحون فجر الخميس مجمعاً للأمم المتحدة في مدينة نيالا، ما أسفر عن مقتل حارس وإصابة "
        "موظفين اثنين، بحسب ما أعلنته المنظمة الدولية.",
    )
    assert (record.alert, record.target_type) == (True, "diplomatic")


def test_staff_of_the_un_special_envoy_abducted_are_a_mission_attacked() -> None:
    record = _facts(
        "de",
        "Libyen: Mitarbeiter des UN-Sondergesandten in Tripolis entführt",
        "Tripolis – Bewaffnete haben in Tripolis einen Mitarbeiter des Büros des UN-Sondergesandten für "
        "Libyen verschleppt. Das bestätigte ein UN-Sprecher am Mittwoch.",
    )
    assert (record.alert, record.incident_type, record.target_type) == (True, "kidnapping", "diplomatic")


def test_a_rumoured_kidnapping_formally_denied_in_the_title_is_no_incident() -> None:
    record = _facts(
        "fr",
        "Mali : la rumeur de l'enlèvement du consul d'Algérie à Gao formellement démentie",
        "BAMAKO - Le ministère malien des Affaires étrangères et le consulat d'Algérie ont démenti jeudi "
        "les messages selon lesquels le consul aurait été enlevé à Gao. Le diplomate est à son bureau.",
    )
    assert (record.alert, record.incident_type) == (False, "none")


def test_a_reported_death_that_was_denied_in_a_participle_is_no_toll() -> None:
    """ "… que hablaban de un diplomático muerto fueron desmentidos": the plural participle denies the
    death as "desmintió" does."""
    record = _facts(
        "es",
        "Manifestantes irrumpen en el consulado de Francia en Orán",
        "ORÁN - Cientos de manifestantes irrumpieron este martes en el patio del consulado de Francia en "
        "Orán. Los mensajes difundidos por la mañana que hablaban de un diplomático muerto fueron "
        "desmentidos por el ministerio.",
    )
    assert record.casualties.killed in (None, 0)


def test_soldiers_named_with_the_un_mission_they_serve_in_are_peacekeepers() -> None:
    record = _facts(
        "id",
        "Dua Prajurit TNI Anggota UNIFIL Terluka Ditembaki di Lebanon Selatan",
        "JAKARTA - Dua prajurit TNI anggota UNIFIL terluka setelah patroli mereka ditembaki orang bersenjata "
        "di dekat kota Marjayoun, Lebanon selatan, Minggu. Keduanya dirawat di rumah sakit.",
    )
    assert (record.alert, record.target_type) == (True, "diplomatic")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Nigeria reopens Bamako embassy three months after grenade attack",
            "BAMAKO, June 9 - Nigeria reopened its embassy in Bamako on Monday, three months after a grenade "
            "thrown over the wall wounded two guards and forced the mission to close. The ambassador led a "
            "flag-raising ceremony at the renovated entrance.",
        ),
        (
            "ru",
            "Посольство Турции в Бейруте возобновило работу спустя шесть месяцев после взрыва",
            "БЕЙРУТ, 1 июля. Посольство Турции в Ливане возобновило работу, сообщили в МИД. Дипмиссия была "
            "закрыта шесть месяцев назад, после того как у здания взорвался заминированный автомобиль, "
            "погибли двое прохожих.",
        ),
        (
            "de",
            "Cobra übt Geiselbefreiung: Großübung an leerstehender Botschaft in Graz",
            "GRAZ – Schüsse und vermummte Angreifer: Was Passanten am Dienstag sahen, war eine Großübung. "
            "Rund 200 Einsatzkräfte probten in einem leerstehenden Botschaftsgebäude die Reaktion auf einen "
            "Überfall mit Geiselnahme.",
        ),
    ],
)
def test_a_reopening_months_after_an_attack_or_a_large_drill_is_no_incident(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


def test_a_town_after_zona_rural_de_is_the_place() -> None:
    record = _facts(
        "es",
        "Ataque con drones contra una base militar deja dos soldados muertos",
        "CÚCUTA (Colombia).– Dos soldados murieron el sábado en un ataque con drones cargados de explosivos "
        "contra una base del Ejército en zona rural de Tibú, en el Catatumbo.",
    )
    assert (record.location.country_code, record.location.city) == ("CO", "Tibú")


def test_unknown_attackers_are_no_negation_in_indonesian() -> None:
    """ "Orang tak dikenal" (unknown people) holds the negation "tak", which must not cancel the
    attack word or the embassy after it."""
    record = _facts(
        "id",
        "Orang Tak Dikenal Tembaki Kantor Kedubes Prancis di Bamako",
        "BAMAKO - Orang tak dikenal menembaki kantor Kedutaan Besar Prancis di Bamako, Mali, pada Selasa "
        "malam. Seorang penjaga terluka.",
    )
    assert (record.alert, record.incident_type, record.target_type) == (True, "armed_assault", "diplomatic")


def test_a_hope_to_bring_a_hostage_back_unharmed_is_no_casualty_count() -> None:
    record = _facts(
        "de",
        "Diplomat in Bamako entführt",
        "BAMAKO – Bewaffnete haben am Montag einen Diplomaten der Botschaft Kanadas in Bamako verschleppt. "
        "„Wir tun alles, um unseren Kollegen unversehrt zurückzubringen“, sagte eine Sprecherin.",
    )
    assert record.incident_type == "kidnapping"
    assert (record.casualties.killed, record.casualties.injured) == (None, None)


@pytest.mark.parametrize(
    "title",
    [
        "Rockets slam into Swedish embassy in Kabul; Taliban deny any role",
        "Rockets slam into Swedish embassy in Kabul: no one was hurt",
    ],
)
def test_a_headline_whose_denial_is_of_a_detail_keeps_the_alert(title: str) -> None:
    record = _facts(
        "en",
        title,
        "KABUL, May 2 - Two rockets hit the compound of the Swedish embassy in Kabul on Friday, damaging "
        "a wall, officials said.",
    )
    assert (record.alert, record.target_type) == (True, "diplomatic")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "No blast at Chinese consulate in Lahore, police say",
            "LAHORE - Police said on Monday there had been no explosion at the Chinese consulate in Lahore, "
            "after television channels reported a bomb blast in the area. Consular staff were at work as "
            "usual.",
        ),
        (
            "es",
            "No hubo ataque contra el consulado de Chile en Mendoza, afirma la policía",
            "MENDOZA - La policía informó que no hubo ataque contra el consulado de Chile, como habían "
            "difundido algunos medios. El personal consular trabaja con normalidad.",
        ),
    ],
)
def test_a_title_that_says_there_was_no_blast_or_attack_is_no_incident(
    language: str, title: str, body: str
) -> None:
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "ru",
            "Ракета в Алеппо попала в школу, а не в офис ООН",
            "АЛЕППО, 3 мая. Ракета, выпущенная по северу Алеппо, попала в здание школы, а не в офис ООН, "
            "как сообщалось ранее. Погибли два человека, ещё пятеро ранены.",
        ),
        (
            "tr",
            "Düzeltme: Halep'te vurulan bina BM ofisi değil, okul",
            "HALEP - Halep'in kuzeyine dün atılan roket bir okula isabet etti, iki kişi hayatını kaybetti. "
            "İlk haberlerde roketin BM ofisine düştüğü bildirilmişti.",
        ),
    ],
)
def test_a_diplomatic_site_negated_in_its_clause_is_not_the_attacks_target(
    language: str, title: str, body: str
) -> None:
    """ "а не в офис ООН", "BM ofisi değil": the school was hit, not the UN office."""
    record = _facts(language, title, body)
    assert record.incident_type == "rocket_attack"
    assert (record.alert, record.target_type) == (False, "civilian")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "fr",
            "Dakar : l'« attaque » du consulat n'était qu'un exercice",
            "DAKAR - Des hommes armés aperçus mardi devant le consulat du Mali n'étaient que des policiers "
            "en exercice, a indiqué la préfecture après la diffusion de vidéos sur les réseaux sociaux.",
        ),
        (
            "es",
            "El «asalto» a la embajada de Perú no fue más que un simulacro",
            "LA PAZ - Los hombres armados que rodearon el martes la embajada de Perú no eran más que "
            "policías en un simulacro, informó el Ministerio de Gobierno tras la difusión de videos.",
        ),
    ],
)
def test_ne_que_restricts_and_does_not_negate_the_drill(language: str, title: str, body: str) -> None:
    """ "n'était qu'un exercice", "no fue más que un simulacro": only a drill — the drill cue is not
    negated by the "ne"/"no" of the restriction."""
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Lusaka police dismiss reports of blast at embassy",
            "LUSAKA - Police on Monday dismissed reports of a bomb blast at the Indian embassy in Lusaka. "
            '"There was no attack on the embassy," a police spokesman said, adding that staff were safe.',
        ),
        (
            "ar",
            "فيديو قديم: لا هجوم على السفارة التركية في طرابلس",
            "طرابلس - تداولت حسابات مقطعا يظهر انفجارا قيل إنه استهدف السفارة التركية في طرابلس، وتبين أن "
            "الفيديو قديم ويعود إلى عام 2019 ولا علاقة له بأي سفارة.",
        ),
    ],
)
def test_dismissed_reports_and_an_old_video_are_no_incident(language: str, title: str, body: str) -> None:
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "de",
            "Polizei dementiert Sturm auf Botschaft – Kundgebung verlief friedlich",
            "ANKARA (dpa) – Die Polizei in Ankara dementiert einen Sturm auf die niederländische Botschaft. "
            "Rund 300 Menschen hätten am Freitag friedlich vor dem Gebäude demonstriert.",
        ),
    ],
)
def test_a_denied_attack_word_does_not_type_the_incident(language: str, title: str, body: str) -> None:
    """ "dementiert Sturm": the storming is what is denied; the protest stands."""
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "protest")


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "ru",
            "«Мы думали, это гроза»: бывший охранник посольства о взрыве у ворот",
            "Двадцать лет назад Олег Воронин стоял на посту у ворот посольства, когда к ним подъехал "
            "грузовик со взрывчаткой. Взрыв выбил все окна в здании, вспоминает он. Сейчас Воронин "
            "преподаёт в академии и учит охранников замечать подозрительные машины.",
        ),
        (
            "id",
            "Dua Dekade Berlalu, Satpam Kedutaan Masih Ingat Ledakan Bom Mobil",
            "Hampir dua dekade lalu, Darto (58) berjaga di gerbang sebuah kedutaan ketika bom mobil meledak "
            "di depannya. Serpihan kaca melukai wajahnya. Kini ia mengajar para satpam muda tentang "
            "prosedur pemeriksaan kendaraan.",
        ),
    ],
)
def test_a_feature_recalling_an_attack_decades_ago_without_naming_a_day_is_no_incident(
    language: str, title: str, body: str
) -> None:
    """ "Двадцать лет назад", "dua dekade lalu" in the lead and no day of this week named: a memoir of
    an old attack, not news of one."""
    record = _facts(language, title, body)
    assert (record.alert, record.incident_type) == (False, "none")


def test_a_report_that_names_its_day_stays_news_while_recalling_an_old_attack() -> None:
    record = _facts(
        "en",
        "Rockets hit US embassy in Baghdad",
        "BAGHDAD - Two rockets struck the US embassy compound in Baghdad on Tuesday, damaging a wall, "
        "officials said. The embassy was last hit by rockets two decades ago.",
    )
    assert (record.alert, record.incident_type, record.target_type) == (True, "rocket_attack", "diplomatic")
