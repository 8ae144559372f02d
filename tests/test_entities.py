"""Towns, ages and language names are found in messages in all ten languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.directory.gazetteer import resolve_town, towns
from bot.entities import (
    BOT_LANGUAGES,
    DENIED,
    LANGUAGE_NAMES,
    NUMBER_WORDS,
    TENS,
    extract_entities,
)


def found(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    return {(e["entity"], e["value"]) for e in extract_entities(text, lang)}


# One typical first message per language: where the family lives and how old the child is.
SENTENCES = [
    ("de", "Ich suche eine Kita in Verl für meine dreijährige Tochter", "Verl", "3"),
    ("de", "Wir wohnen in Gütersloh-Avenwedde, unser Sohn ist 4 Jahre alt", "Gütersloh", "4"),
    ("en", "My son is 4 years old, we live in Guetersloh", "Gütersloh", "4"),
    ("en", "Looking for a nursery in Rheda for my three-year-old", "Rheda-Wiedenbrück", "3"),
    ("ar", "ابني عمره ٣ سنوات ونسكن في غوترسلوه", "Gütersloh", "3"),
    ("ar", "بنتي عمرها خمس سنوات ونحن بفيرل", "Verl", "5"),
    ("tr", "Oğlum 4 yaşında, Gütersloh'da yaşıyoruz", "Gütersloh", "4"),
    ("tr", "Kızım üç yaşında, Verl'de oturuyoruz", "Verl", "3"),
    ("uk", "Мені потрібен садок у Гютерсло, синові три роки", "Gütersloh", "3"),
    ("uk", "Доньці п'ять років, ми живемо в Рітберзі", "Rietberg", "5"),
    ("ru", "Моему сыну 3 года, мы живём в Ферле", "Verl", "3"),
    ("ru", "Ищу садик для ребёнка 3-х лет в Гютерсло", "Gütersloh", "3"),
    ("ru", "Нужен садик в Штайнхагене, дочке четыре года", "Steinhagen", "4"),
    ("fa", "پسرم ۳ سالشه و در گوترسلوه زندگی می‌کنیم", "Gütersloh", "3"),
    ("fa", "دخترم چهار ساله است، ما در ورل هستیم", "Verl", "4"),
    ("ro", "Fiul meu are 3 ani și locuim în Gütersloh", "Gütersloh", "3"),
    ("ro", "Fiica mea are patru ani, stăm la Rheda-Wiedenbrück", "Rheda-Wiedenbrück", "4"),
    ("bg", "Синът ми е на 3 години, живеем в Гютерсло", "Gütersloh", "3"),
    ("bg", "Търся детска градина във Верл за тригодишно дете", "Verl", "3"),
    ("pl", "Mój syn ma 3 lata, mieszkamy w Güterslohu", "Gütersloh", "3"),
    ("pl", "Córka ma cztery lata, mieszkamy w Schloß Holte-Stukenbrock",
     "Schloß Holte-Stukenbrock", "4"),
]


@pytest.mark.parametrize(("lang", "text", "town", "age"), SENTENCES)
def test_town_and_age_in_every_language(lang: str, text: str, town: str, age: str) -> None:
    assert found(text, lang) == {("town", town), ("age", age)}
    # The language is only a tokenizer hint: without it the result is the same.
    assert found(text) == {("town", town), ("age", age)}


def test_all_ten_languages_are_covered() -> None:
    assert {lang for lang, *_ in SENTENCES} == set(BOT_LANGUAGES)


def test_entities_have_rasa_shape_and_offsets_into_the_original_text() -> None:
    text = "ابني عمره ٣ سنوات ونسكن في غوترسلوه"
    entities = extract_entities(text, "ar")
    assert entities == [
        {"entity": "age", "value": "3", "start": 10, "end": 11, "text": "٣"},
        {"entity": "town", "value": "Gütersloh", "start": 27, "end": 35, "text": "غوترسلوه"},
    ]
    texts = [e["text"] for e in extract_entities("In Schloß Holte-Stukenbrock und Halle (Westf.)")]
    assert texts == ["Schloß Holte-Stukenbrock", "Halle (Westf.)"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gütersloh'da oturuyorum", "Gütersloh"),
        ("Güterslohda oturuyorum", "Gütersloh"),
        ("Verl'de bir kurs var mı?", "Verl"),
        ("mieszkam w Gütersloh", "Gütersloh"),
        ("pracuję w Rietbergu", "Rietberg"),
        ("в Гютерсло", "Gütersloh"),
        ("живу в Гютерслохе", "Gütersloh"),
        ("мы в Версмольде", "Versmold"),
        ("في غوترسلوه", "Gütersloh"),
        ("بغوترسلوه", "Gütersloh"),
        ("وغوترسلوه", "Gütersloh"),
        ("نحن في ريدا", "Rheda-Wiedenbrück"),
        ("locuiesc în Güterslohul de azi", "Gütersloh"),
        ("die Gütersloher Tafel", "Gütersloh"),
        ("wir wohnen in 33378", "Rheda-Wiedenbrück"),
        ("Ich wohne in Halle", "Halle (Westf.)"),
        ("Stadtteil Kaunitz", "Verl"),
        ("SHS", "Schloß Holte-Stukenbrock"),
        ("pracuję w Versmoldzie", "Versmold"),
        ("у Ланґенберзі є басейн?", "Langenberg"),
        ("живеем в Щайнхаген", "Steinhagen"),
        ("کلاس در اشتاین‌هاگن", "Steinhagen"),
        # districts in other scripts, for their town
        ("мы живём в Иссельхорсте", "Gütersloh"),
        ("садочок у Мастгольте", "Rietberg"),
        ("живеем в Мариенфелд", "Harsewinkel"),
        ("ساكن بإسلهورست", "Gütersloh"),
        ("ما در آونوده هستیم", "Gütersloh"),
        ("نحن من كاونيتس", "Verl"),
        ("мы из Ферля", "Verl"),
        ("Ми отримали квартиру в Ізельгорсті", "Gütersloh"),
        ("ساكنين في رتبرغ", "Rietberg"),
        ("شلون اروح من هاله للـ Jobcenter", "Halle (Westf.)"),
        ("بدي سجل ابني بالكيتا بهالة", "Halle (Westf.)"),
    ],
)
def test_towns_with_prepositions_clitics_and_case_endings(text: str, town: str) -> None:
    assert found(text) == {("town", town)}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Wir wohnen in Harsewinkle", "Harsewinkel"),
        ("any Kita in Borgholzhaussen?", "Borgholzhausen"),
        ("Sportverein in Riethberg", "Rietberg"),
        ("кафе в Клархольцц", "Herzebrock-Clarholz"),
        ("живеем в Харзевинкел", "Harsewinkel"),
        ("في هارزيفينكل", "Harsewinkel"),
    ],
)
def test_long_town_names_with_one_letter_wrong_are_still_found(text: str, town: str) -> None:
    assert ("town", town) in found(text)


@pytest.mark.parametrize("text", ["Das Wetter heute", "Ich brauche einen Werkzeugkasten"])
def test_ordinary_words_close_to_a_short_town_name_are_not_towns(text: str) -> None:
    assert not [e for e in extract_entities(text) if e["entity"] == "town"]


def _gazetteer_spellings() -> list[tuple[str, str]]:
    """Every name, alias and unambiguous district written in towns.yml."""
    return [
        (spelling, town.name)
        for town in towns()
        for spelling in (town.name, *town.spellings, *(d.name for d in town.districts))
        if resolve_town(spelling) == town.name
    ]


@pytest.mark.parametrize(("spelling", "town"), _gazetteer_spellings())
def test_every_gazetteer_spelling_is_found_inside_a_sentence(spelling: str, town: str) -> None:
    text = f"Wir wohnen in {spelling}, danke"
    entities = extract_entities(text)
    assert [(e["entity"], e["value"]) for e in entities] == [("town", town)]
    assert entities[0]["start"] == len("Wir wohnen in ")


@pytest.mark.parametrize(
    "text",
    [
        "Ich komme aus Bielefeld",
        "I live in Berlin",
        "Wir treffen uns in der Halle",
        "Das Turnier ist in der großen Halle",
        "Wir haben vorher in Halle (Saale) gewohnt",
        "Gibt es im Kreis Gütersloh eine Beratung?",
        "Jestem w powiecie Gütersloh od tygodnia",
        "Чи є в окрузі Гютерсло програми для сімей?",
        "Ist die Beratung in der Gütersloher Straße 15?",
        "Czy biuro jest na Verler Straße?",
        "مين المسؤول عن منطقة كرايس جوترسلوه؟",
        "У Крайсі Гютерсло багато українських сімей",
        "اسمها هاله وعمرها خمس سنين",
        "صديقتي هالة قالت لي إن الكورس يبدأ بعد شهر",
        "Sende mir bitte die Adresse",
        "Meine Postleitzahl ist 33602",
        "siehe https://www.verl.de/kita und info@guetersloh.de",
    ],
)
def test_no_town_where_there_is_none(text: str) -> None:
    assert not [e for e in extract_entities(text) if e["entity"] == "town"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("3", {"3"}),
        ("drei", {"3"}),
        ("٤", {"4"}),
        ("۵ سال", {"5"}),
        ("4 Jahre", {"4"}),
        ("Alter: 6", {"6"}),
        ("age 7", {"7"}),
        ("3 und 5 Jahre alt", {"3", "5"}),
        ("Ich habe 3 Kinder: 2, 5 und 7 Jahre alt", {"2", "5", "7"}),
        ("ein Jahr alt", {"1"}),
        ("Kinder zwischen 3-6 Jahren", {"3", "6"}),
        ("ein 3jähriges Kind", {"3"}),
        ("meine 3-jährige Tochter", {"3"}),
        ("my 2 yo", {"2"}),
        ("عمره سنتين", {"2"}),
        ("on iki yaşında", {"12"}),
        ("трёхлетний ребёнок", {"3"}),
        ("трирічна донька", {"3"}),
        ("dwuletni syn", {"2"}),
        ("дочке двадцать один год", {"21"}),
        ("Kita for 3 year olds", {"3"}),
        ("Wir suchen in Verl 3 Jahre", {"3"}),
        ("Ему уже 2 года", {"2"}),
        ("Gibt es das auch für eine 12 jährige?", {"12"}),
        ("Sześciolatki idą do szkoły?", {"6"}),
        ("szesnastoletnia córka", {"16"}),
        ("Kinder von 4 bis 6 Jahren", {"4", "6"}),
        ("Wir haben Zwillinge (7 J.)", {"7"}),
        ("ولادي ٥ و٨ و١٢ سنة", {"5", "8", "12"}),
        ("۱۲ تا ۱۵ ساله", {"12", "15"}),
        ("Am 52 de ani", {"52"}),
        ("ibni 3omro sitta3sh", set()),  # unknown spelling: no guess
        ("ابني عمره ستطعش", {"16"}),
        ("بنتي عمرها خمستاشر سنة", {"15"}),
        ("sinat mi e na 5 godini", {"5"}),
        ("Synu 6 let, kakaya shkola?", {"6"}),
        ("pesaram haft salashe", {"7"}),
        ("dzieci do 3 lat", {"3"}),  # "do" is "up to" here, not Persian "two"
    ],
)
def test_ages_from_digits_words_and_compounds(text: str, ages: set[str]) -> None:
    assert {e["value"] for e in extract_entities(text) if e["entity"] == "age"} == ages


@pytest.mark.parametrize(
    "text",
    [
        "Wir wohnen in 33415 Verl",
        "Termin um 09:00 Uhr",
        "Montag 9 bis 12 Uhr",
        "Mein Termin ist am 3. Mai",
        "Meine Nummer ist 0176 12345678",
        "Tel. +49 5241 82 21 00",
        "Ich bin 2025 nach Deutschland gekommen",
        "Das kostet 5,50 Euro",
        "Ich habe zwei Kinder und suche Arbeit",
        "Ich bin seit 2 Jahren in Deutschland",
        "I have been here for 3 years",
        "3 years ago I moved to Rietberg",
        "أنا هنا منذ ٣ سنوات",
        "Я живу здесь уже 2 года",
        "Переехал 3 года назад",
        "۳ سال است که اینجا زندگی می‌کنم",
        "Mieszkam tu od 3 lat",
        "3 yıldır Almanya'dayım",
        "Ходим в 3 летних лагеря",
        "Kinder: 12 34 56",
        "نه",  # Persian "no", also the word for nine
        "eine",
        "۳ ساله که اینجا هستیم",
        "2 sale ke inja zendegi mikonim",
        "Ich bin 5 Minuten zu spät",
        "I'm 2 hours away",
        "Мне 2 раза звонили",
        # time in Germany or at work, school classes
        "Sunt în Germania de 3 ani și caut de lucru",
        "Мы в Германии уже 2 года",
        "Ми в Німеччині вже 2 роки",
        "Pracowałem 2 lata w Holandii",
        "Am lucrat 5 ani în Italia",
        "oğlum 4. sınıfta",
        "ben 3 saat bekledim",
    ],
)
def test_no_age_from_postcodes_times_phone_numbers_years_or_durations(text: str) -> None:
    assert not [e for e in extract_entities(text) if e["entity"] == "age"]


# A child (or "he"/"she" with a copula) named before a bare number: no unit needed.
CHILD_AGES = [
    ("de", "Mein Sohn ist 3. Gibt es eine Kita?", {"3"}),
    ("de", "Kindergarten in Langenberg, Kind ist drei", {"3"}),
    ("de", "Die Kleine ist drei und der Große 8", {"3", "8"}),
    ("de", "Steinhagen, Kinder 2 und 4", {"2", "4"}),
    ("de", "Krippe für Baby 1 Jahr", {"1"}),
    ("en", "my son is two, where can I register him?", {"2"}),
    ("en", "she is 3", {"3"}),
    ("en", "we live in Rietberg, he's seven", {"7"}),
    ("en", "the little one is three and the big one 8", {"3", "8"}),
    ("ar", "binti 5 snin", {"5"}),
    ("ar", "3ndi binet 3omra 2 badi kita", {"2"}),
    ("ar", "ibni 3omro santeen", {"2"}),
    ("ar", "الكبير ٧ والصغير ٢", {"7", "2"}),
    ("ar", "بنتي سنة", {"1"}),
    ("tr", "kızım 4", {"4"}),
    ("tr", "küçüğü üç, büyüğü 6 yaşında", {"3", "6"}),
    ("tr", "iki buçuk yaşında", {"2"}),
    ("uk", "синові 3", {"3"}),
    ("uk", "хочу віддати малого в кіту, йому три", {"3"}),
    ("uk", "малому рік", {"1"}),
    ("ru", "нужен садик, ребёнку 4", {"4"}),
    ("ru", "сыну три года", {"3"}),
    ("ru", "старшему 7, младшему 4", {"7", "4"}),
    ("fa", "پسرم ۴", {"4"}),
    ("fa", "برای پسرم ۳ ساله کیتا میخوام", {"3"}),
    ("fa", "dokhtaram 3 salashe", {"3"}),
    ("fa", "kindergarten baraye bache 4 sale", {"4"}),
    ("ro", "Guetersloh, fetița are 3", {"3"}),
    ("ro", "cel mare are 7, cel mic 4", {"7", "4"}),
    ("bg", "синът ми е на две", {"2"}),
    ("bg", "трябва ми градина, детето е на 4", {"4"}),
    ("bg", "малкият е на годинка", {"1"}),
    ("pl", "mieszkamy w Herzebrock-Clarholz, dzieci mają 3 i 5", {"3", "5"}),
    ("pl", "Guetersloh, mała ma 3", {"3"}),
    ("pl", "córka pięć", {"5"}),
    # short answers to "where do you live and how old is the child?"
    ("de", "Versmold, drei und 5", {"3", "5"}),
    ("ro", "Versmold, trei și 5", {"3", "5"}),
    ("ar", "فيرسمولد، ٣ و ٥", {"3", "5"}),
    ("en", "Halle, 5", {"5"}),
]

# Adults' ages: the person and the number, as for children ("Ich bin 34", "Мне 29").
ADULT_AGES = [
    ("de", "Ich bin 34 und suche eine Ausbildung", {"34"}),
    ("de", "Meine Mutter ist 71 und braucht Pflege", {"71"}),
    ("de", "Ich bin dreiundvierzig Jahre alt", {"43"}),
    ("en", "I'm 45, is the Integrationskurs for me?", {"45"}),
    ("en", "my husband is 38 and has no job", {"38"}),
    ("ar", "انا عمري خمسين سنة", {"50"}),
    ("tr", "annem kırk beş yaşında", {"45"}),
    ("uk", "Мені сорок два і я шукаю роботу", {"42"}),
    ("uk", "мамі 68", {"68"}),
    ("ru", "Мне 29, можно на Ausbildung?", {"29"}),
    ("ru", "мужу пятьдесят", {"50"}),
    ("fa", "من چهل و پنج سالمه", {"45"}),
    ("ro", "Soțul meu are 47 de ani", {"47"}),
    ("bg", "Аз съм на 34", {"34"}),
    ("bg", "Жена ми е на двайсет и осем", {"28"}),
    ("pl", "Mam trzydzieści dwa lata", {"32"}),
    # husband and wife, grandparents, parents, "I" without a copula
    ("ar", "عمري ٢٨ ومرتي ٢٥", {"28", "25"}),
    ("ar", "زوجي عمره ٤٠ وانا ٣٨", {"40", "38"}),
    ("tr", "eşim 40 ben 38 yaşındayım", {"40", "38"}),
    ("fa", "شوهرم ۶۱ و من ۵۸ سالمه", {"61", "58"}),
    ("fa", "عمرم ٣١ سال است و کار میخواهم", {"31"}),
    ("fa", "man 23 salame", {"23"}),
    ("en", "My grandmother is 78", {"78"}),
    ("de", "Bin 35, alleinerziehend", {"35"}),
    ("ro", "Eu am 51, soția 49", {"51", "49"}),
    ("ru", "mne 27, ishchu rabotu", {"27"}),
    ("bg", "Мъжът ми е на 44, аз на 40", {"44", "40"}),
    ("bg", "Аз съм на 35, от Пловдив съм", {"35"}),
    ("bg", "Работя в Билефелд. На 29 съм", {"29"}),
    ("bg", "Дъщерите ми са на 5 и 10", {"5", "10"}),
    ("bg", "две деца на 2 и на 7 години", {"2", "7"}),
    ("bg", "na 23 sam, moga li da zapisha Ausbildung?", {"23"}),
    ("bg", "Родителите ми са на 66 и 69", {"66", "69"}),
    ("de", "Ich habe 2 Kinder (6 und 13) und brauche Beratung", {"6", "13"}),
    ("pl", "Rodzice (68 i 71) przyjechali do nas", {"68", "71"}),
    ("ru", "mame 65, ona ne govorit po-nemecki", {"65"}),
    ("ro", "avem gemeni de 2 ani si un baiat de 8", {"2", "8"}),
    ("ro", "Bunicul are 80 de ani, bunica 76", {"80", "76"}),
    ("bg", "baba mi e na 80, ne govori nemski", {"80"}),
    ("ar", "ولادي واحد عنده ٨ سنين والتاني ١١", {"8", "11"}),
]


@pytest.mark.parametrize(("lang", "text", "ages"), ADULT_AGES)
def test_ages_of_adults(lang: str, text: str, ages: set[str]) -> None:
    assert {e["value"] for e in extract_entities(text, lang) if e["entity"] == "age"} == ages


@pytest.mark.parametrize(("lang", "text", "ages"), CHILD_AGES)
def test_ages_after_a_child_word_or_next_to_a_town(lang: str, text: str, ages: set[str]) -> None:
    assert {e["value"] for e in extract_entities(text, lang) if e["entity"] == "age"} == ages


def test_child_ages_cover_all_ten_languages() -> None:
    assert {lang for lang, *_ in CHILD_AGES} == set(BOT_LANGUAGES)


@pytest.mark.parametrize(
    "text",
    [
        "zwei Kinder und ein Baby",
        "I have 2 kids",
        "Mein Sohn hat 3 Geschwister",
        "syn ma 2 siostry",
        "fiul meu are 2 frați",
        "Haben Sie 2 Minuten?",
        "Sie sind ein Bot, oder?",
        "Mein Sohn ist in Klasse 3",
        "Termin für meinen Sohn um 9 Uhr",
        "my son is one of the best",
        "Kita fur baby 10 monate",
        "сыну 3 месяца",
        "ابني ٣ أشهر",
        "kızım 3 gün hasta",
        "Steinhagen, 2 Kinder",
        "Gütersloh, 10:30",
        "Kurs B1 in Verl",
        "U3 Gruppe in Verl",
        "badi 2addem emti7an B1",
        "badi istishara 3an el i2ame",
        "Новый год в Гютерсло",
        "через год",
    ],
)
def test_no_age_from_counts_codes_months_or_arabizi(text: str) -> None:
    assert not [e for e in extract_entities(text) if e["entity"] == "age"]


LANGUAGES = [
    # Arabic, named in all ten languages
    ("Ich spreche Arabisch", "ar"),
    ("arabic please", "ar"),
    ("العربية", "ar"),
    ("عربي", "ar"),
    ("بالعربي لو سمحت", "ar"),
    ("Arapça", "ar"),
    ("арабська", "ar"),
    ("арабский", "ar"),
    ("عربی", "ar"),
    ("limba arabă", "ar"),
    ("на арабски", "ar"),
    ("arabski", "ar"),
    # German and the others
    ("Deutsch", "de"),
    ("German", "de"),
    ("Almancam iyi değil", "de"),
    ("німецька", "de"),
    ("по-немецки", "de"),
    ("po niemiecku", "de"),
    ("فارسی", "fa"),
    ("دری", "fa"),
    ("Dari", "fa"),
    ("Farsi", "fa"),
    ("Persisch", "fa"),
    ("на русском", "ru"),
    ("po polsku", "pl"),
    ("українською", "uk"),
    ("Türkçe", "tr"),
    ("în română", "ro"),
    ("на български", "bg"),
    ("English", "en"),
    ("arabischsprachige Gemeinde", "ar"),
    ("für rumänischsprachige Familien", "ro"),
    ("для русскоязычных семей", "ru"),
    # "-speaking" compounds, plurals included
    ("русскоязычный психолог", "ru"),
    ("група для україномовних батьків", "uk"),
    ("англоезична група", "en"),
    ("lekarz niemieckojęzyczny", "de"),
    # in Latin letters
    ("govorit po-russki", "ru"),
    ("konsultatsiya ukrayinskoyu", "uk"),
    ("kurs nemeckogo", "de"),
    ("kurs po angliyski", "en"),
    ("bde kurs almani", "de"),
    ("englisi balade", "en"),
    ("على الألماني", "de"),
    # languages of services, not of the bot
    ("Tigrinya", "ti"),
    ("ትግርኛ", "ti"),
    ("Kurdisch", "ku"),
    ("Kürtçe", "ku"),
    ("Albanisch", "sq"),
    ("Serbisch", "sr"),
    ("Kroatisch", "hr"),
    ("Bosnisch", "bs"),
    ("Somali", "so"),
    ("Paschtu", "ps"),
    ("پښتو", "ps"),
    ("Französisch", "fr"),
    ("po hiszpańsku", "es"),
    ("vorbește italiana", "it"),
    ("на грузинском", "ka"),
    ("ازبکی", "uz"),
    ("فرنساوي", "fr"),
    ("ترکی آذری", "az"),
    ("ermenice", "hy"),
    ("по-казахски", "kk"),
    ("الداري", "fa"),
    ("hovoryt rosiyskoyu", "ru"),
    ("ya ne rozmovliaiu po-nimetsky", "de"),
    ("tarsim pomosht s nemskiya", "de"),
    ("kursy anhliiskoi movy", "en"),
]


@pytest.mark.parametrize(("text", "code"), LANGUAGES)
def test_language_names_map_to_iso_codes(text: str, code: str) -> None:
    assert found(text) == {("language", code)}


@pytest.mark.parametrize(
    "text",
    [
        "Where can I buy Turkish food?",
        "Gibt es hier einen russischen Laden?",
        "Где купить польские продукты?",
        "українські діти в класі",
        "Szukam tureckiego sklepu",
        "وين في محل تركي؟",
        "شیرینی عربی کجا هست؟",
        "We came as Ukrainian refugees",
        "програми за сирийски и украински семейства",
        "Търся български сирене",
    ],
)
def test_nationality_adjectives_of_things_and_people_are_not_languages(text: str) -> None:
    assert not [e for e in extract_entities(text) if e["entity"] == "language"]


def languages(text: str, lang: str | None = None) -> list[tuple[str, str | None]]:
    """The language entities in order, each with its role (None unless denied)."""
    found = extract_entities(text, lang)
    return [(e["value"], e.get("role")) for e in found if e["entity"] == "language"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "ich verstehe kein Deutsch, bitte auf Arabisch", [("de", DENIED), ("ar", None)]),
        ("de", "bitte Arabisch, ich verstehe Deutsch nicht", [("ar", None), ("de", DENIED)]),
        ("de", "Arabisch, nicht Deutsch", [("ar", None), ("de", DENIED)]),
        ("de", "Arabisch nicht Deutsch", [("ar", None), ("de", DENIED)]),
        ("en", "I don't speak German, English please", [("de", DENIED), ("en", None)]),
        ("en", "I can read Tigrinya but not German well", [("ti", None), ("de", DENIED)]),
        ("ar", "ما بفهم الماني، عربي بليز", [("de", DENIED), ("ar", None)]),
        ("ar", "اكتب بالعربي مش بالالماني", [("ar", None), ("de", DENIED)]),
        ("tr", "Almanca bilmiyorum, Türkçe yazın lütfen", [("de", DENIED), ("tr", None)]),
        ("tr", "Eşim Rusça biliyor, Almancası hiç yok", [("ru", None), ("de", DENIED)]),
        ("uk", "не розумію німецьку, пишіть українською", [("de", DENIED), ("uk", None)]),
        ("ru", "я не понимаю по-немецки, можно на русском", [("de", DENIED), ("ru", None)]),
        ("fa", "من آلمانی بلد نیستم، فارسی بنویس", [("de", DENIED), ("fa", None)]),
        ("fa", "دری بنویس لطفا، آلمانی نمی‌فهمم", [("fa", None), ("de", DENIED)]),
        ("ro", "nu vorbesc germana, va rog in romana", [("de", DENIED), ("ro", None)]),
        ("bg", "Мама не говори нито немски, нито английски, само руски",
         [("de", DENIED), ("en", DENIED), ("ru", None)]),
        ("pl", "nie mówię po niemiecku, proszę po polsku", [("de", DENIED), ("pl", None)]),
        ("pl", "po niemiecku nie mówię", [("de", DENIED)]),
        # "only": a negation with an exception affirms the name
        ("ar", "امي ما تحچي غير كردي", [("ku", None)]),
        ("ro", "bunica nu vorbește decât româna", [("ro", None)]),
        # a negated question asks for the language
        ("de", "Gibt es keinen Kurs auf Arabisch?", [("ar", None)]),
        ("ru", "А на русском нет?", [("ru", None)]),
        # words that only look like negations: Persian "ما" (we) and "مو" (my), Polish "no"
        # (well), Bulgarian "ни" (us), Romanian "ani" (years)
        ("fa", "ما فارسی صحبت میکنیم", [("fa", None)]),
        (None, "ما فارسی صحبت میکنیم", [("fa", None)]),
        ("fa", "میخوام رزومه‌مو به آلمانی بنویسم", [("de", None)]),
        ("pl", "no to po polsku prosze", [("pl", None)]),
        ("bg", "говорете ни на български", [("bg", None)]),
        ("ro", "fata mea de 8 ani vorbește română", [("ro", None)]),
    ],
)
def test_a_language_the_user_does_not_speak_or_want_is_denied(
    lang: str | None, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert languages(text, lang) == expected


def test_every_listed_language_name_and_form_is_found() -> None:
    from bot.entities import _expand

    wrong = [
        (form, code, found(f"({form})"))
        for code, forms in LANGUAGE_NAMES.items()
        for pattern in forms
        for form in _expand(pattern)
        if found(f"({form})") != {("language", code)}
    ]
    assert wrong == []


def test_every_number_word_alone_is_an_age_unless_it_is_also_a_common_word() -> None:
    common = {"ein", "eine", "einen", "einem", "einer", "on", "یه", "نه", "ده", "un", "una",
              "سی", "char", "dah", "واحد", "واحدة"}
    wrong = [
        (word, value, found(word))
        for numbers in (*NUMBER_WORDS.values(), *TENS.values())
        for value, words in numbers.items()
        for word in (w.strip() for w in words.split(","))
        if found(word) != (set() if word in common else {("age", str(value))})
    ]
    assert wrong == []


def test_every_bot_language_has_names() -> None:
    assert set(BOT_LANGUAGES) <= set(LANGUAGE_NAMES)
    assert {"ti", "ku", "sq", "sr", "hr", "bs", "so", "ps"} <= set(LANGUAGE_NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "Ich suche einen Deutschkurs", "ما دري وين المكتب", "Arabam yok", "Hallo",
        "مرسی خیلی کمکم کردی", "فکر کردی من ربات هستم؟",
    ],
)
def test_no_language_where_there_is_none(text: str) -> None:
    assert not [e for e in extract_entities(text) if e["entity"] == "language"]


@pytest.mark.parametrize("text", ["مشاور به زبان کردی دارید؟", "به کردی صحبت کن", "بدي مترجم كردي"])
def test_kurdish_in_arabic_script_is_still_found(text: str) -> None:
    assert ("language", "ku") in {(e["entity"], e["value"]) for e in extract_entities(text)}


def test_empty_and_punctuation_only_messages() -> None:
    assert extract_entities("") == []
    assert extract_entities("   ") == []
    assert extract_entities("?!") == []


def test_rasa_component_adds_entities_with_extractor_and_confidence(tmp_path: Path) -> None:
    # Rasa is slow to import: only this test does.
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message

    from rasa_addons.entities import GazetteerEntityExtractor

    arguments = (
        GazetteerEntityExtractor.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("gazetteer"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    component = GazetteerEntityExtractor.create(*arguments)
    # At prediction Rasa builds non-trainable components with `load`, which must work too.
    assert isinstance(GazetteerEntityExtractor.load(*arguments), GazetteerEntityExtractor)
    earlier: dict[str, Any] = {"entity": "other", "value": "x", "start": 0, "end": 1}
    message = Message(
        data={
            "text": "Oğlum 4 yaşında, Gütersloh'da yaşıyoruz",
            "metadata": {"language": "tr"},
            "entities": [earlier],
        }
    )
    empty = Message(data={"text": ""})

    processed = component.process([message, empty])

    entities = processed[0].get("entities")
    assert entities[0] == earlier
    assert {(e["entity"], e["value"]) for e in entities[1:]} == {
        ("age", "4"),
        ("town", "Gütersloh"),
    }
    for entity in entities[1:]:
        assert entity["extractor"] == "GazetteerEntityExtractor"
        assert entity["confidence_entity"] == 1.0
    assert "entities" in processed[0].as_dict(only_output_properties=True)
    assert processed[1].get("entities") is None


def test_entity_f1_on_the_development_set_stays_high() -> None:
    """Per entity F1 over the 2,600 messages in tests/fixtures/entities (see its README)."""
    counts = {kind: [0, 0, 0] for kind in ("town", "age", "language")}  # tp, fp, fn
    misses = []
    for path in sorted((Path(__file__).parent / "fixtures" / "entities").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text, expected_json = line.split("\t")
            expected = {(e["entity"], str(e["value"])) for e in json.loads(expected_json)}
            got = found(text, path.stem)
            for kind, (tp, fp, fn) in counts.items():
                mine = {e for e in got if e[0] == kind}
                theirs = {e for e in expected if e[0] == kind}
                counts[kind] = [tp + len(mine & theirs), fp + len(mine - theirs),
                                fn + len(theirs - mine)]
            if got != expected:
                misses.append((path.stem, text, expected - got, got - expected))
    f1 = {kind: 2 * tp / (2 * tp + fp + fn) for kind, (tp, fp, fn) in counts.items()}
    assert min(f1.values()) >= 0.95, (f1, misses)
