"""The gazetteer maps what newcomers write about a place to one of the 13 municipalities."""

from __future__ import annotations

import pytest

from bot.directory.gazetteer import (
    all_spellings,
    distance_km,
    nearest_town,
    normalize,
    resolve_town,
    town_of_postcode,
    towns,
)

CANONICAL = [
    "Borgholzhausen",
    "Gütersloh",
    "Halle (Westf.)",
    "Harsewinkel",
    "Herzebrock-Clarholz",
    "Langenberg",
    "Rheda-Wiedenbrück",
    "Rietberg",
    "Schloß Holte-Stukenbrock",
    "Steinhagen",
    "Verl",
    "Versmold",
    "Werther (Westf.)",
]

# Several spellings per town, in Latin transliteration, Cyrillic, Arabic and Persian script.
SPELLINGS = {
    "Borgholzhausen": ["borgholzhausen", "Borgholtzhausen", "Боргхольцхаузен", "بورغهولتسهاوزن"],
    "Gütersloh": [
        "Guetersloh", "Gutersloh", "GÜTERSLOH", "gütersloh", "GT", "Gutersloch", "Гютерсло",
        "Гютерслох", "Ґютерсло", "غوترسلوه", "غيترسلوه", "جوترسلوه", "گوترسلوه", "غوترسلوة",
    ],
    "Halle (Westf.)": ["Halle", "halle westfalen", "Halle/Westf.", "Halle Westf", "Халле", "هالي"],
    "Harsewinkel": ["harsewinkel", "Harsewinckel", "Харзевинкель", "هارزفينكل"],
    "Herzebrock-Clarholz": ["Herzebrock Clarholz", "Herzebrock", "Клархольц", "هيرتسبروك"],
    "Langenberg": ["LANGENBERG", "Langeberg", "Лангенберг", "لانغنبرغ", "لانگنبرگ"],
    "Rheda-Wiedenbrück": [
        "rheda", "wiedenbrück", "Rheda-Wiedenbrueck", "rheda wiedenbruck", "RhedaWiedenbrück",
        "Реда-Виденбрюк", "Віденбрюк", "ريدا", "ريدا فيدنبروك", "ریدا ویدنبروک",
    ],
    "Rietberg": ["Ritberg", "Ритберг", "Рітберг", "ريتبرغ", "ریتبرگ"],
    "Schloß Holte-Stukenbrock": [
        "SHS", "schloss holte", "Schloss Holte-Stukenbrock", "Stukenbrock", "Штукенброк",
        "شلوس هولته شتوكنبروك",
    ],
    "Steinhagen": ["steinhagen", "Штайнхаген", "Штайнгаген", "شتاينهاغن", "اشتاینهاگن"],
    "Verl": ["VERL", "Ферль", "Верл", "Верль", "فيرل", "ڤيرل", "ورل"],
    "Versmold": ["versmold", "Версмольд", "فيرسمولد", "ورسمولد"],
    "Werther (Westf.)": ["Werther", "Werther/Westf.", "Вертер", "فيرتر", "ورتر"],
}

DISTRICTS = {
    "Avenwedde": "Gütersloh",
    "Isselhorst": "Gütersloh",
    "Gütersloh-Isselhorst": "Gütersloh",
    "Spexard": "Gütersloh",
    "Pavenstaedt": "Gütersloh",
    "Wiedenbrück": "Rheda-Wiedenbrück",
    "Batenhorst": "Rheda-Wiedenbrück",
    "St. Vit": "Rheda-Wiedenbrück",
    "Kaunitz": "Verl",
    "Sürenheide": "Verl",
    "Oesterwiehe": "Verl",
    "Verl-Sende": "Verl",
    "Liemke": "Schloß Holte-Stukenbrock",
    "Stukenbrock-Senne": "Schloß Holte-Stukenbrock",
    "Greffen": "Harsewinkel",
    "Marienfeld": "Harsewinkel",
    "Clarholz": "Herzebrock-Clarholz",
    "Mastholte": "Rietberg",
    "Neuenkirchen": "Rietberg",
    "Künsebeck": "Halle (Westf.)",
    "Kölkebeck": "Halle (Westf.)",
    "Brockhagen": "Steinhagen",
    "Amshausen": "Steinhagen",
    "Peckeloh": "Versmold",
    "Loxten": "Versmold",
    "Häger": "Werther (Westf.)",
    "Theenhausen": "Werther (Westf.)",
    "Berghausen": "Borgholzhausen",
    "Kleekamp": "Borgholzhausen",
}


def test_the_thirteen_municipalities_have_their_canonical_names() -> None:
    assert [town.name for town in towns()] == CANONICAL


def test_every_town_has_postcodes_coordinates_and_districts_inside_the_district() -> None:
    for town in towns():
        assert town.postcodes and all(len(c) == 5 and c.startswith("33") for c in town.postcodes)
        points = [(town.latitude, town.longitude)]
        points += [(d.latitude, d.longitude) for d in town.districts]
        for lat, lon in points:
            assert 51.70 < lat < 52.15 and 8.05 < lon < 8.75, town.name
    assert {town.name for town in towns() if not town.districts} <= {"Langenberg"}


def test_every_town_has_at_least_four_extra_spellings_and_more_for_the_big_three() -> None:
    for town in towns():
        extra = {normalize(s) for s in town.spellings} - {normalize(town.name)}
        minimum = 10 if town.name in ("Gütersloh", "Rheda-Wiedenbrück", "Verl") else 4
        assert len(extra) >= minimum, town.name


@pytest.mark.parametrize(
    ("spelling", "town"),
    [(s, town) for town, spellings in SPELLINGS.items() for s in spellings]
    + [(town, town) for town in CANONICAL],
)
def test_spellings_in_all_scripts_resolve_to_the_canonical_name(spelling: str, town: str) -> None:
    assert resolve_town(spelling) == town


@pytest.mark.parametrize(("district", "town"), DISTRICTS.items())
def test_districts_resolve_to_their_municipality(district: str, town: str) -> None:
    assert resolve_town(district) == town


def test_a_district_name_shared_by_two_towns_does_not_resolve() -> None:
    # Sende is an Ortsteil of both Verl and Schloß Holte-Stukenbrock.
    assert resolve_town("Sende") is None
    assert "sende" not in all_spellings()
    assert resolve_town("Schloß Holte-Stukenbrock Sende") == "Schloß Holte-Stukenbrock"


@pytest.mark.parametrize(
    ("code", "town"),
    [
        ("33330", "Gütersloh"),
        ("33335", "Gütersloh"),
        ("33415", "Verl"),
        ("33378", "Rheda-Wiedenbrück"),
        ("33790", "Halle (Westf.)"),
        ("33758", "Schloß Holte-Stukenbrock"),
        ("33829", "Borgholzhausen"),
        ("٣٣٤١٥", "Verl"),
    ],
)
def test_postcodes_resolve(code: str, town: str) -> None:
    assert town_of_postcode(code) == town
    assert resolve_town(code) == town


def test_every_listed_postcode_belongs_to_exactly_its_town() -> None:
    for town in towns():
        for code in town.postcodes:
            assert town_of_postcode(code) == town.name
            assert town_of_postcode(int(code)) == town.name


def test_a_postcode_with_a_town_name_resolves() -> None:
    assert resolve_town("33415 Verl") == "Verl"


@pytest.mark.parametrize(
    "place",
    ["Bielefeld", "Berlin", "Halle (Saale)", "Werl", "Paderborn", "33602", "12345", "", "  "],
)
def test_places_outside_the_district_do_not_resolve(place: str) -> None:
    assert resolve_town(place) is None


def test_all_spellings_map_only_to_canonical_names() -> None:
    spellings = all_spellings()
    assert set(spellings.values()) == set(CANONICAL)
    assert all(key == normalize(key) for key in spellings)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Schloß Holte-Stukenbrock", "schloss holte stukenbrock"),
        ("Halle (Westf.)", "halle westf"),
        ("  GÜTERSLOH  ", "gutersloh"),
        ("Guetersloh", "gutersloh"),
        ("Rheda--Wiedenbrück", "rheda wiedenbruck"),
        ("Гютерсло́", "гютерсло"),
        ("трёх", "трех"),
        ("Київ", "київ"),
        ("йод", "йод"),
        ("أَرْبَعَة", "اربعه"),
        ("گوترسلوه", "گوترسلوه"),
        ("کردی", normalize("كردي")),
        ("٣ سنوات", "3 سنوات"),
        ("Türkçe", "turkce"),
        ("Łódź", "lodz"),
    ],
)
def test_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


def test_nearest_town_of_a_shared_location() -> None:
    assert nearest_town(51.8835, 8.5170) == "Verl"  # Verl town hall
    assert nearest_town(51.845, 8.587) == "Verl"  # Kaunitz
    assert nearest_town(51.904, 8.385) == "Gütersloh"
    assert nearest_town(51.833, 8.318) == "Rheda-Wiedenbrück"  # Wiedenbrück market
    assert nearest_town(52.5200, 13.4050) is None  # Berlin
    assert nearest_town(48.1351, 11.5820) is None  # Munich


def test_nearest_town_respects_max_km() -> None:
    # A point in the Senne about 5 km from the nearest town or district centre.
    assert nearest_town(51.95, 8.55, max_km=10) is not None
    assert nearest_town(51.95, 8.55, max_km=4) is None


def test_distance_km_is_the_great_circle_distance() -> None:
    assert distance_km(52.5200, 13.4050, 48.1351, 11.5820) == pytest.approx(504, abs=3)
    assert distance_km(51.9, 8.4, 51.9, 8.4) == 0
    one_degree_latitude = distance_km(51.0, 8.0, 52.0, 8.0)
    assert one_degree_latitude == pytest.approx(111.2, abs=0.3)
