"""Deterministic extraction of the `town`, `age` and `language` entities.

Why not leave this to the NLU model: towns, ages and language names are closed sets that
users write in ten languages and four scripts, often misspelt or inflected ("Gütersloh'da",
"в Ферле", "بغوترسلوه", "dreijährige", "٣ سنوات", "po polsku"). A gazetteer finds them
reliably with a handful of training examples, and it never invents a town.

How: spaCy's blank tokenizer of the message language splits the text (and tells URLs and
e-mail addresses apart, which are skipped); each token is cut into word pieces (letters or
digits; hyphens and apostrophes separate), which are normalised with
`gazetteer.normalize`, freed of common clitics and case endings when that makes them a known
word, and matched with one spaCy `PhraseMatcher` against every known phrase: town spellings,
language names, number words, age units and context words. Ages are then decided by
context (a unit such as "Jahre"/"سنوات"/"yaşında", a lead such as "Alter"/"عمره", a compound
such as "3-jährige", a child or person word before it with only links between, as in
"Mein Sohn ist 3", "синові 3", "kızım 4", "синът ми е на две", or a message that is nothing
but the age and maybe the town), so postcodes, times, phone numbers, years, months and counts
("zwei Kinder") are not mistaken for ages.

Entities are returned in Rasa's shape with character offsets into the original text. The
span of an entity covers whole words: for "بغوترسلوه" it is the whole word, clitic included.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from bot.directory import gazetteer
from bot.language import UNIQUE_LETTERS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.vocab import Vocab

logger = logging.getLogger(__name__)

BOT_LANGUAGES = ("de", "en", "ar", "tr", "uk", "ru", "fa", "ro", "bg", "pl")
# spaCy 3.4 has a blank tokenizer for each of the ten languages; "xx" serves anything else.
FALLBACK_TOKENIZER = "xx"
MAX_AGE = 99

# ---------------------------------------------------------------------------------------------
# Language names. "{de}", "{cyr}", "{pl}", "{tr}" and "{spr}" after a stem expand it with the
# endings of that grammar (see _ENDINGS); everything is matched after `normalize`, so case and
# diacritics do not matter ("Türkçe" == "turkce").

LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "de": (
        "deutsch", "deutsch{spr}", "german", "almanca{tr}", "الألمانية", "ألماني", "ألمانية",
        "آلمانی", "زبان آلمانی", "німецьк{cyr}", "немецк{cyr}", "немск{cyr}", "germană",
        "limba germană", "nemțește", "niemieck{pl}",
        "немскоезичн{spk}", "немецкоязычн{spk}", "немецкоговорящ{spk}", "немскоговорящ{spk}",
        "nemskiya", "nemskia",
        "німецькомовн{spk}", "niemieckojęzyczn{ply}", "nemeck{lat}", "nemetsk{lat}",
        "nimetsk{lat}", "nimeck{lat}", "nemski", "almani", "almanim", "زبان جرمنی", "آلمانیم",
    ),
    "en": (
        "englisch{de}", "english", "ingilizce{tr}", "الإنجليزية", "إنجليزي", "انجليزية",
        "الإنكليزية", "انكليزي", "انقليزي", "انگلیسی", "زبان انگلیسی", "англійськ{cyr}",
        "английск{cyr}", "engleză", "limba engleză", "englezește", "angielsk{pl}",
        "англоезичн{spk}", "англоезичен", "англоязычн{spk}", "англоговорящ{spk}", "англомовн{spk}",
        "anglojęzyczn{ply}", "anglijsk{lat}", "angliysk{lat}", "angliisk{lat}", "angliyski",
        "anhliysk{lat}", "anhlijsk{lat}", "anhliisk{lat}",
        "inglizi", "ingilizi", "ingelizi", "englizi", "englisi", "engelisi", "inglisi", "انگلیسیم",
    ),
    "ar": (
        "arabisch{de}", "arabic", "arab", "arapça{tr}", "العربية", "عربي", "عربية", "العربي",
        "زبان عربی", "арабськ{cyr}", "арабск{cyr}", "limba arabă", "în arabă", "arăbește",
        "arabsk{pl}",
        "арабоезичн{spk}", "арабоязычн{spk}", "арабоговорящ{spk}", "арабомовн{spk}",
        "arabskojęzyczn{ply}", "arabi", "3arabi",
    ),
    "tr": (
        "türkisch{de}", "turkish", "türkçe{tr}", "التركية", "تركي", "تركية", "ترکی",
        "زبان ترکی", "турецьк{cyr}", "турецк{cyr}", "турск{cyr}", "turcă", "limba turcă",
        "turcește", "tureck{pl}",
        "turski", "torki", "turki",
    ),
    "uk": (
        "ukrainisch{de}", "ukrainian", "ukraynaca{tr}", "الأوكرانية", "أوكراني", "أوكرانية",
        "اوکراینی", "زبان اوکراینی", "українськ{cyr}", "украинск{cyr}", "ucraineană",
        "limba ucraineană", "ucrainește", "ukraińsk{pl}",
        "україномовн{spk}", "украиноязычн{spk}", "ukrainsk{lat}", "ukrayinsk{lat}",
        "ukraińskojęzyczn{ply}",
    ),
    "ru": (
        "russisch{de}", "russian", "rusça{tr}", "الروسية", "روسي", "روسية", "زبان روسی",
        "російськ{cyr}", "русск{cyr}", "руск{cyr}", "rusă", "limba rusă", "rusește",
        "rosyjsk{pl}",
        "рускоезичн{spk}", "рускоезичен", "рускоговорящ{spk}", "русскоязычн{spk}",
        "русскоговорящ{spk}", "російськомовн{spk}", "rosyjskojęzyczn{ply}", "russk{lat}", "ruski",
        "rosiysk{lat}", "rosijsk{lat}", "rosiisk{lat}",
    ),
    "fa": (
        "persisch{de}", "persian", "farsi", "dari", "farsça{tr}", "الفارسية", "فارسي",
        "فارسية", "دري", "زبان فارسی", "перськ{cyr}", "персидск{cyr}", "персийск{cyr}",
        "фарсі", "фарси", "дарі", "дари", "الدارية", "الداري", "persană", "limba persană",
        "persk{pl}",
        "персоязычн{spk}", "фарсиязычн{spk}", "перськомовн{spk}", "فارسیم",
    ),
    "ro": (
        "rumänisch{de}", "romanian", "rumence{tr}", "romence{tr}", "الرومانية", "روماني",
        "رومانية", "رومانیایی", "زبان رومانیایی", "румунськ{cyr}", "румынск{cyr}",
        "румънск{cyr}", "română", "limba română", "românește", "rumuńsk{pl}",
        "румъноезичн{spk}", "румыноязычн{spk}", "румуномовн{spk}", "rumanski",
    ),
    "bg": (
        "bulgarisch{de}", "bulgarian", "bulgarca{tr}", "البلغارية", "بلغاري", "بلغارية",
        "زبان بلغاری", "болгарськ{cyr}", "болгарск{cyr}", "българск{cyr}", "bulgară",
        "limba bulgară", "bulgărește", "bułgarsk{pl}",
        "българоезичн{spk}", "болгароязычн{spk}", "болгарськомовн{spk}", "balgarski", "bulgarski",
    ),
    "pl": (
        "polnisch{de}", "polish", "lehçe{tr}", "polonca{tr}", "البولندية", "بولندي",
        "بولندية", "البولونية", "بولوني", "لهستانی", "زبان لهستانی", "польськ{cyr}",
        "польск{cyr}", "полск{cyr}", "poloneză", "limba poloneză", "polonește", "polsk{pl}",
        "полскоезичн{spk}", "польскоязычн{spk}", "польськомовн{spk}", "polskojęzyczn{ply}",
    ),
    # Languages that services in the district speak although the bot does not, so that
    # "eine Gruppe auf Tigrinya" can be searched for in the directory.
    "ti": (
        "tigrinya", "tigrinja", "tigrigna", "tigrinisch{de}", "tigrinia", "tigrinyaca{tr}",
        "التغرينية", "التيغرينية", "تغرينيا", "تیگرینیا", "тигринья", "тигриня", "ትግርኛ",
    ),
    "ku": (
        "kurdisch{de}", "kurdish", "kurmanci", "kurmanji", "kurmandschi", "sorani",
        "kürtçe{tr}", "الكردية", "كردي", "كردية", "کوردی", "курдськ{cyr}", "курдск{cyr}",
        "кюрдск{cyr}", "kurdă", "limba kurdă", "kurdyjsk{pl}",
        "kurdi", "kordi",
    ),
    "sq": (
        "albanisch{de}", "albanian", "shqip", "shqipe", "arnavutça{tr}", "الألبانية",
        "ألباني", "آلبانیایی", "албанськ{cyr}", "албанск{cyr}", "albaneză", "albańsk{pl}",
    ),
    "sr": (
        "serbisch{de}", "serbian", "srpski", "srpskom", "sırpça{tr}", "الصربية", "صربي",
        "сербськ{cyr}", "сербск{cyr}", "сръбск{cyr}", "српски", "sârbă", "serbsk{pl}",
    ),
    "hr": (
        "kroatisch{de}", "croatian", "hrvatski", "hrvatskom", "hırvatça{tr}", "الكرواتية",
        "كرواتي", "хорватськ{cyr}", "хорватск{cyr}", "хърватск{cyr}", "croată",
        "chorwack{pl}",
    ),
    "bs": (
        "bosnisch{de}", "bosnian", "bosanski", "boşnakça{tr}", "البوسنية", "بوسني",
        "بوسنیایی", "боснійськ{cyr}", "боснийск{cyr}", "босненск{cyr}", "bosniacă",
        "bośniack{pl}",
    ),
    "so": (
        "somalisch{de}", "somali", "soomaali", "af soomaali", "somalice{tr}", "الصومالية",
        "صومالي", "سومالیایی", "сомалійськ{cyr}", "сомалийск{cyr}", "somaleză",
        "somalijsk{pl}",
    ),
    "ps": (
        "paschtu", "paschto", "puschtu", "pashto", "pashtu", "pushto", "peştuca{tr}",
        "البشتونية", "البشتوية", "بشتو", "پشتو", "پښتو", "пушту", "пущу", "пашто", "paștună",
        "paszto",
    ),
    # Other languages the directory's services list or newcomers name for themselves and their
    # families ("my husband only speaks Azerbaijani"). Left out where the word is also an
    # everyday one: Persian چینی (china dishes) and اردو (camp), Arabic صينية (a tray) and
    # جورجي (George), Persian چکی (a cheque).
    "fr": (
        "französisch{de}", "french", "fransızca{tr}", "الفرنسية", "فرنسي", "فرنسية", "فرنساوي",
        "فرانسوی", "زبان فرانسه", "французьк{cyr}", "французск{cyr}", "френск{cyr}",
        "franceză", "limba franceză", "franțuzește", "francusk{pl}", "fransawi", "faransi",
    ),
    "es": (
        "spanisch{de}", "spanish", "ispanyolca{tr}", "الإسبانية", "إسباني", "اسباني", "اسبانية",
        "اسپانیایی", "іспанськ{cyr}", "испанск{cyr}", "spaniolă", "limba spaniolă",
        "hiszpańsk{pl}",
    ),
    "it": (
        "italienisch{de}", "italian", "italyanca{tr}", "الإيطالية", "إيطالي", "ايطالي",
        "ايطالية", "طلياني", "ایتالیایی", "італійськ{cyr}", "итальянск{cyr}",
        "италианск{cyr}", "italiană", "limba italiană", "włosk{pl}",
    ),
    "pt": (
        "portugiesisch{de}", "portuguese", "portekizce{tr}", "البرتغالية", "برتغالي",
        "پرتغالی", "португальськ{cyr}", "португальск{cyr}", "португалск{cyr}", "portugheză",
        "limba portugheză", "portugalsk{pl}",
    ),
    "el": (
        "griechisch{de}", "greek", "yunanca{tr}", "اليونانية", "يوناني", "یونانی", "грецьк{cyr}",
        "греческ{cyr}", "гръцк{cyr}", "greacă", "limba greacă", "greck{pl}",
    ),
    "hu": (
        "ungarisch{de}", "hungarian", "macarca{tr}", "الهنغارية", "المجرية", "هنغاري",
        "مجاری", "угорськ{cyr}", "венгерск{cyr}", "унгарск{cyr}", "maghiară", "limba maghiară",
        "ungurește", "węgiersk{pl}",
    ),
    "cs": (
        "tschechisch{de}", "czech", "çekçe{tr}", "التشيكية", "تشيكي", "زبان چک", "чеськ{cyr}",
        "чешск{cyr}", "чешк{cyr}", "cehă", "limba cehă", "czesk{pl}",
    ),
    "hy": (
        "armenisch{de}", "armenian", "ermenice{tr}", "الأرمنية", "أرمني", "ارمني", "ارمنی",
        "вірменськ{cyr}", "армянск{cyr}", "арменск{cyr}", "armeană", "limba armeană",
        "ormiańsk{pl}",
    ),
    "az": (
        "aserbaidschanisch{de}", "azerbaijani", "azeri", "azerice{tr}", "azerbaycanca{tr}",
        "الأذربيجانية", "أذري", "اذري", "آذری", "ترکی آذری", "азербайджанськ{cyr}",
        "азербайджанск{cyr}", "azeră", "limba azeră", "azerbejdżańsk{pl}",
    ),
    "ka": (
        "georgisch{de}", "georgian", "gürcüce{tr}", "الجورجية", "گرجی", "грузинськ{cyr}",
        "грузинск{cyr}", "georgiană", "limba georgiană", "gruzińsk{pl}",
    ),
    "kk": (
        "kasachisch{de}", "kazakh", "kazakça{tr}", "الكازاخية", "قزاقی", "казахськ{cyr}",
        "казахск{cyr}", "kazahă", "limba kazahă", "kazachsk{pl}",
    ),
    "uz": (
        "usbekisch{de}", "uzbek", "özbekçe{tr}", "الأوزبكية", "اوزبكي", "ازبکی", "узбецьк{cyr}",
        "узбекск{cyr}", "uzbecă", "limba uzbecă", "uzbeck{pl}",
    ),
    "ur": ("urdu", "urduca{tr}", "الأردية", "اوردو", "زبان اردو", "урду", "limba urdu"),
    "vi": (
        "vietnamesisch{de}", "vietnamese", "vietnamca{tr}", "الفيتنامية", "ویتنامی",
        "в'єтнамськ{cyr}", "вьетнамск{cyr}", "виетнамск{cyr}", "vietnameză",
        "limba vietnameză", "wietnamsk{pl}",
    ),
    "zh": (
        "chinesisch{de}", "chinese", "mandarin", "çince{tr}", "الصينية", "زبان چینی",
        "китайськ{cyr}", "китайск{cyr}", "chineză", "limba chineză", "chińsk{pl}",
    ),
}

_ENDINGS: dict[str, tuple[str, ...]] = {
    # German adjective endings and "-sprachig" compounds: arabische, arabischsprachigen
    "de": ("", "e", "en", "er", "es", "em", "sprachig", "sprachige", "sprachigen",
           "sprachiger", "sprachiges"),
    # "deutsche" is too often not about the language ("deutsche Behörden")
    "spr": ("sprachig", "sprachige", "sprachigen", "sprachiger", "sprachiges"),
    # Ukrainian, Russian and Bulgarian adjective endings: арабська/арабською, на русском,
    # по-русски, арабски/арабския; not the plurals, which are rather people or things
    # ("русские продукты", "українські діти", "турските магазини")
    "cyr": ("ий", "ый", "ой", "ая", "ое", "ого", "ому", "ом", "ую", "им", "и", "а", "е", "у",
            "ою", "ої", "ій", "ім", "ия", "ият", "ата", "о", "ото"),
    # "-speaking" compounds, plurals included: русскоязычных, україномовні, англоезични
    "spk": ("", "ий", "ый", "ая", "ое", "ого", "ому", "ом", "ую", "ые", "ых", "ым", "ыми", "ие",
            "их", "им", "ими", "и", "а", "е", "у", "ою", "ої", "ій", "і", "ім", "ия", "ият",
            "ата", "о", "ото", "ите"),
    # Ukrainian and Russian in Latin letters: po-russki, russkom, ukrayinskoyu, nimetskoyi
    "lat": ("i", "y", "ij", "iy", "ii", "yj", "yy", "ogo", "oho", "omu", "om", "oj", "oy", "oi",
            "aya", "aja", "a", "uyu", "uju", "u", "oyu", "oju", "oyi", "oji"),
    # Polish: polski, polska, polskiego, po polsku; not the plurals ("polskie sklepy")
    "pl": ("i", "a", "iego", "iej", "im", "u", "ą"),
    # Polish "-speaking" compounds: rosyjskojęzyczny, anglojęzycznych
    "ply": ("y", "a", "e", "ego", "ej", "ym", "ymi", "ych", "ą"),
    # Turkish case and possessive suffixes: Almancam, Türkçeyi, Arapçada
    "tr": ("", "m", "mi", "yi", "si", "da", "de", "ya", "ye", "dan", "den", "nin"),
}
_EXPANSION = re.compile(r"^(?P<stem>.+)\{(?P<grammar>\w+)\}$")

# ---------------------------------------------------------------------------------------------
# Number words 0-20 per language (comma-separated alternatives), tens up to 90 for adults'
# ages, and the numbers composed from them (11-19 in Arabic, 21-99).

NUMBER_WORDS: dict[str, dict[int, str]] = {
    "de": {
        0: "null", 1: "ein, eins, eine, einen, einem, einer", 2: "zwei, zwo", 3: "drei",
        4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun", 10: "zehn",
        11: "elf", 12: "zwölf", 13: "dreizehn", 14: "vierzehn", 15: "fünfzehn",
        16: "sechzehn", 17: "siebzehn", 18: "achtzehn", 19: "neunzehn", 20: "zwanzig",
    },
    "en": {
        0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
        7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve",
        13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen",
        18: "eighteen", 19: "nineteen", 20: "twenty",
    },
    "ar": {
        0: "صفر", 1: "واحد, واحدة", 2: "اثنان, اثنين, اثنتان, اثنتين, ثنتين, تنين",
        3: "ثلاث, ثلاثة, تلات, تلاتة", 4: "أربع, أربعة", 5: "خمس, خمسة", 6: "ست, ستة",
        7: "سبع, سبعة", 8: "ثمان, ثماني, ثمانية, تمن, تمان, تمانية", 9: "تسع, تسعة",
        10: "عشر, عشرة", 11: "أحد عشر, إحدى عشرة, احدعش, حداش, احداش, حداشر",
        12: "اثنا عشر, اثني عشر, اثنتا عشرة, اثنتي عشرة, اطناش, اتناش, اثنعش, اتناشر, طنعش",
        # Levantine -طعش, Egyptian -تاشر
        13: "تلتاش, تلتاشر, تلطعش, ثلطعش", 14: "اربعتاش, اربعتاشر, اربعطعش",
        15: "خمستاش, خمستاشر, خمسطعش", 16: "ستاش, ستاشر, ستطعش, ستعش",
        17: "سبعتاش, سبعتاشر, سبعطعش", 18: "تمنتاش, تمنتاشر, تمنطعش, ثمنطعش",
        19: "تسعتاش, تسعتاشر, تسعطعش", 20: "عشرون, عشرين",
    },
    "tr": {
        0: "sıfır", 1: "bir", 2: "iki", 3: "üç", 4: "dört", 5: "beş", 6: "altı", 7: "yedi",
        8: "sekiz", 9: "dokuz", 10: "on", 20: "yirmi",
    },
    "uk": {
        0: "нуль", 1: "один, одна, одне, одного, однієї", 2: "два, дві, двох",
        3: "три, трьох", 4: "чотири, чотирьох", 5: "п'ять, п'яти", 6: "шість, шести",
        7: "сім, семи", 8: "вісім, восьми", 9: "дев'ять, дев'яти", 10: "десять, десяти",
        11: "одинадцять", 12: "дванадцять", 13: "тринадцять", 14: "чотирнадцять",
        15: "п'ятнадцять", 16: "шістнадцять", 17: "сімнадцять", 18: "вісімнадцять",
        19: "дев'ятнадцять", 20: "двадцять",
    },
    "ru": {
        0: "ноль, нуль", 1: "один, одна, одно, одного", 2: "два, две, двух",
        3: "три, трёх", 4: "четыре, четырёх", 5: "пять, пяти", 6: "шесть, шести",
        7: "семь, семи", 8: "восемь, восьми", 9: "девять, девяти", 10: "десять, десяти",
        11: "одиннадцать", 12: "двенадцать", 13: "тринадцать", 14: "четырнадцать",
        15: "пятнадцать", 16: "шестнадцать", 17: "семнадцать", 18: "восемнадцать",
        19: "девятнадцать", 20: "двадцать",
    },
    "fa": {
        0: "صفر", 1: "یک, یه", 2: "دو", 3: "سه", 4: "چهار, چار", 5: "پنج", 6: "شش, شیش",
        7: "هفت", 8: "هشت", 9: "نه", 10: "ده", 11: "یازده", 12: "دوازده", 13: "سیزده",
        14: "چهارده, چارده", 15: "پانزده, پونزده", 16: "شانزده, شونزده", 17: "هفده, هیفده",
        18: "هجده, هیجده, هژده", 19: "نوزده", 20: "بیست",
    },
    # Persian in Latin letters ("pesaram haft salashe"); not "do" (2) and "se" (3), which are
    # words of other languages next to numbers ("do 3 lat").
    "fa-latn": {
        1: "yek", 4: "chahar, char", 5: "panj", 6: "shesh, shish", 7: "haft", 8: "hasht",
        9: "noh", 10: "dah", 11: "yazdah", 12: "davazdah", 13: "sizdah", 14: "chahardah",
        15: "panzdah, punzdah", 16: "shanzdah, shunzdah", 17: "hefdah, hivdah",
        18: "hejdah, hijdah", 19: "nuzdah",
    },
    "ro": {
        0: "zero", 1: "unu, una, un", 2: "doi, două", 3: "trei", 4: "patru", 5: "cinci",
        6: "șase", 7: "șapte", 8: "opt", 9: "nouă", 10: "zece", 11: "unsprezece, unșpe",
        12: "doisprezece, douăsprezece, doișpe", 13: "treisprezece, treișpe",
        14: "paisprezece, paișpe", 15: "cincisprezece, cinșpe", 16: "șaisprezece, șaișpe",
        17: "șaptesprezece, șapteșpe", 18: "optsprezece, optișpe",
        19: "nouăsprezece, nouășpe", 20: "douăzeci",
    },
    "bg": {
        0: "нула", 1: "един, една, едно", 2: "два, две", 3: "три", 4: "четири", 5: "пет",
        6: "шест", 7: "седем", 8: "осем", 9: "девет", 10: "десет",
        11: "единадесет, единайсет", 12: "дванадесет, дванайсет",
        13: "тринадесет, тринайсет", 14: "четиринадесет, четиринайсет",
        15: "петнадесет, петнайсет", 16: "шестнадесет, шестнайсет",
        17: "седемнадесет, седемнайсет", 18: "осемнадесет, осемнайсет",
        19: "деветнадесет, деветнайсет", 20: "двадесет, двайсет",
    },
    "pl": {
        0: "zero", 1: "jeden, jedna, jedno", 2: "dwa, dwie, dwoje, dwóch",
        3: "trzy, troje, trzech", 4: "cztery, czworo, czterech", 5: "pięć, pięcioro, pięciu",
        6: "sześć, sześciu", 7: "siedem, siedmiu", 8: "osiem, ośmiu", 9: "dziewięć, dziewięciu",
        10: "dziesięć, dziesięciu", 11: "jedenaście", 12: "dwanaście", 13: "trzynaście",
        14: "czternaście", 15: "piętnaście", 16: "szesnaście", 17: "siedemnaście",
        18: "osiemnaście", 19: "dziewiętnaście", 20: "dwadzieścia",
    },
}

# Tens from 30, for adults' ages ("Ich bin vierzig", "мені сорок п'ять", "عمري اربعين").
TENS: dict[str, dict[int, str]] = {
    "de": {30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig",
           80: "achtzig", 90: "neunzig"},
    "en": {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
           90: "ninety"},
    "ar": {30: "ثلاثون, ثلاثين, تلاتين", 40: "أربعون, أربعين", 50: "خمسون, خمسين",
           60: "ستون, ستين", 70: "سبعون, سبعين", 80: "ثمانون, ثمانين, تمانين",
           90: "تسعون, تسعين"},
    "tr": {30: "otuz", 40: "kırk", 50: "elli", 60: "altmış", 70: "yetmiş", 80: "seksen",
           90: "doksan"},
    "uk": {30: "тридцять", 40: "сорок", 50: "п'ятдесят", 60: "шістдесят", 70: "сімдесят",
           80: "вісімдесят", 90: "дев'яносто"},
    "ru": {30: "тридцать", 40: "сорок", 50: "пятьдесят", 60: "шестьдесят", 70: "семьдесят",
           80: "восемьдесят", 90: "девяносто"},
    "fa": {30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"},
    "ro": {30: "treizeci", 40: "patruzeci", 50: "cincizeci", 60: "șaizeci", 70: "șaptezeci",
           80: "optzeci", 90: "nouăzeci"},
    "bg": {30: "тридесет, трийсет", 40: "четиридесет, четирийсет", 50: "петдесет",
           60: "шестдесет", 70: "седемдесет", 80: "осемдесет", 90: "деветдесет"},
    "pl": {30: "trzydzieści", 40: "czterdzieści", 50: "pięćdziesiąt", 60: "sześćdziesiąt",
           70: "siedemdziesiąt", 80: "osiemdziesiąt", 90: "dziewięćdziesiąt"},
}
# How numbers are composed from a tens word (the twenties and TENS) and a unit word:
# templates with {t} and {u}; Arabic and Turkish also compose 11-19 from ten.
_COMPOSITION: dict[str, tuple[str, ...]] = {
    "de": ("{u}und{t}",), "en": ("{t} {u}",), "ar": ("{u} و{t}", "{u} و {t}"),
    "tr": ("{t} {u}", "{t}{u}"), "uk": ("{t} {u}",), "ru": ("{t} {u}",), "fa": ("{t} و {u}",),
    "ro": ("{t} și {u}",), "bg": ("{t} и {u}",), "pl": ("{t} {u}",),
}
_TEENS: dict[str, tuple[str, tuple[str, ...], range]] = {
    "ar": ("عشر, عشرة", ("{u} {t}",), range(3, 10)),
    "tr": ("on", ("{t} {u}", "{t}{u}"), range(1, 10)),
}

# Words that are a number and a unit at once: "عمره سنتين" (two years), "ему годик".
SELF_UNIT_NUMBERS: dict[str, dict[int, str]] = {
    "ar": {1: "سنة واحدة", 2: "سنتين, سنتان, عامين, عامان, santeen, santein, santen, sanatain"},
    "uk": {1: "рочок"},
    "ru": {1: "годик, годовалый, годовалая"},
    "pl": {1: "roczek"},
}

# "A year" without a number: age 1 only after a child or a lead ("بنتي سنة", "малышу год",
# "малкият е на годинка"), since "Новый год" or "سنة ٢٠٢٤" are not ages.
ONE_YEAR_WORDS: dict[str, str] = {
    "ar": "سنة, عام", "uk": "рік", "ru": "год", "bg": "година, годинка", "pl": "rok",
}

# Compounds "dreijährige", "трёхлетний", "трирічна", "тригодишен", "trzyletni", "sześciolatek":
# (tails that follow the number, number stems that are not plain number words).
_AGE_COMPOUNDS: dict[str, tuple[tuple[str, ...], dict[int, str]]] = {
    "de": (("jährig",), {}),
    "ru": (("летн",), {1: "одно", 2: "двух", 3: "трёх", 4: "четырёх", 5: "пяти", 6: "шести",
                    7: "семи", 8: "восьми", 9: "девяти", 10: "десяти"}),
    "uk": (("річн",), {1: "одно", 2: "дво", 3: "три", 4: "чотири", 5: "п'яти", 6: "шести",
                    7: "семи", 8: "восьми", 9: "дев'яти", 10: "десяти"}),
    "bg": (("годиш",), {1: "едно", 2: "дву", 3: "три", 4: "четири", 5: "пет", 6: "шест",
                     7: "седем", 8: "осем", 9: "девет", 10: "десет"}),
    "pl": (("letn", "latek", "latk"), {
        1: "jedno", 2: "dwu", 3: "trzy", 4: "cztero", 5: "pięcio", 6: "sześcio", 7: "siedmio",
        8: "ośmio", 9: "dziewięcio", 10: "dziesięcio", 11: "jedenasto", 12: "dwunasto",
        13: "trzynasto", 14: "czternasto", 15: "piętnasto", 16: "szesnasto",
        17: "siedemnasto", 18: "osiemnasto", 19: "dziewiętnasto"}),
}
# A German age adjective may also stand apart from its number: "eine 15 jährige".
_SPACED_TAILS = ("jahrig",)

# Number words that are more often something else (articles, "no" in Persian, "on"): they
# are an age only with a unit or lead, never as a message on their own.
_WEAK_NUMBER_WORDS = (
    "ein, eine, einen, einem, einer, un, una, on, نه, ده, یه, سی, char, dah, واحد, واحدة"
)

# Units that make a number an age when they follow it ("4 Jahre", "٣ سنوات", "3 yaşında").
AGE_UNITS: dict[str, str] = {
    "de": "jahr, jahre, jahren, jährchen, lebensjahr",
    "en": "year, years, yr, yrs, yo, y o",
    "ar": "سنة, سنوات, سنين, عام, عاما, أعوام, snin, sneen, sana, sanawat, sene",
    "tr": (
        "yaş, yaşında, yaşındaki, yaşındayım, yaşındadır, yaşındalar, yaşlarında, yaşına, "
        "yaşımda"
    ),
    "uk": "рік, роки, років, року, рочки, рочків, rik, roky, rokiv",
    "ru": "год, года, лет, годика, годиков, годков, god, goda, let, godika",
    "fa": (
        "سال, ساله, سالش, سالشه, سالمه, سالگی, سالشونه, sale, saleh, salesh, salashe, saleshe, "
        "sala, salam, salame, salameh, salast"
    ),
    "ro": "an, ani, anul, anișor, anișori",
    "bg": "година, години, годинка, годинки, г, godina, godini, godinka, godinki",
    "pl": "rok, roku, lata, lat, latka, latek",
}
# Words that announce an age before the number ("Alter 3", "عمره ٣", "возраст 3").
AGE_LEADS: dict[str, str] = {
    "de": "alter",
    "en": "age, aged",
    "ar": (
        "عمره, عمرها, عمري, عمرهم, عمر, بعمر, سنه, سنها, عمرو, 3 omro, 3 omra, 3 omri, 3 mro, "
        "3 mra"
    ),
    "tr": "yaşı, yaşları",
    "uk": "вік, віку, віком",
    "ru": "возраст, возрасте, возраста",
    "fa": "سن, سنش, سنشون, سنم, عمرم, عمرش, عمرشون",
    "ro": "vârsta, vârstă, vârstei",
    "bg": "възраст, възрастта",
    "pl": "wiek, wieku",
}
# A number right after these is a duration or a date, not an age ("seit 3 Jahren").
_NOT_AGE_BEFORE = (
    "seit, vor, für, since, for, in, past, last, منذ, قبل, لمدة, بعد, صرلي, صارلي, صرلنا, "
    "صارلنا, через, протягом, течение, مدت, acum, timp, după, преди, от, след, od, przez, za, "
    # "here" ("Я здесь уже 2 года", "sunt aici de 3 ani") makes it a length of stay
    "hier, here, هنا, burada, тут, здесь, اینجا, aici, тук, tu, tutaj, "
    # ... and so does Germany ("в Германии уже 2 года", "sunt în Germania de 3 ani")
    "deutschland, germany, almanyada, ألمانيا, المانيا, آلمان, німеччині, германии, германия, "
    "germania, niemczech, "
    # ... and having lived, worked or waited ("Am lucrat 5 ani", "Pracowałem 2 lata")
    "gewohnt, gearbeitet, gewartet, lived, worked, waited, lucrat, locuit, așteptat, "
    "pracowałem, pracowałam, pracowaliśmy, mieszkałem, mieszkałam, czekam, czekamy, "
    "работал, работала, жил, жила, ждём, ждем, працював, працювала, жив, жила, чекаємо, "
    "работих, живях, чакаме, çalıştım, bekliyoruz"
)
# ... and after the unit ("3 years ago", "3 роки тому", "۳ سال پیش").
_NOT_AGE_AFTER = (
    "ago, тому, назад, önce, پیش, قبل, temu, urmă, her, lang, "
    # Months, weeks and other units: a baby of "10 Monate" is not 10 years old
    "monat, monate, monaten, month, months, woche, wochen, week, weeks, tage, days, uhr, "
    "euro, eur, شهر, شهور, أشهر, اشهر, ماه, ماهه, ماهشه, ماهمه, ay, aylık, aylik, "
    "місяць, місяці, місяців, месяц, месяца, месяцев, luni, lună, luna, месец, месеца, "
    "miesiąc, miesiące, miesięcy, mahe, mah, tag, tage, tagen, day, gün, günlük, дня, дней, "
    "днів, дні, день, zile, zi, dni, dzień, روز, يوم, ايام, أيام, дни, ден, stunden, hours, "
    "minuten, minutes, минут, минуты, хвилин, хвилини, mal, times, раз, раза, рази, разів, "
    "saat, dakika, tane, "
    # School classes, where the class follows its number: "oğlum 4. sınıfta", "in die 3.
    # Klasse"; not "۸ ساله کلاس" (a class for 8-year-olds)
    "klasse, sınıf, sınıfta, sınıfa, клас, класі, класс, классе, klasa, klasie"
)
# After a person word, "one of", "eins von", "один из" is not an age either.
_PERSON_NOT_AFTER = frozenset({"of", "von", "der", "из", "з", "от", "din", "z", "من", "از"})
# Number + these is a duration: "۳ سال است که ..." (for three years), "۳ ساله که", "3 yıldır".
_DURATIONS = "سال است, سال هست, ساله که, sale ke, yıldır, yıl, yıllar, senedir"
# "3-х лет", "iki buçuk yaşında", "34 de ani"
_AGE_FILLERS = "х, ти, ех, ох, ми, ух, ть, buçuk, einhalb, de"
_AGE_OLD = "alt, alte, alten, altes, old, olds"
_CONJUNCTIONS = (
    "und, oder, bis, and, or, to, و, او, ve, veya, і, та, або, и, или, до, یا, تا, va, și, sau, "
    "i, lub, albo"
)

# Who an age is about: a child or another person named before a bare number makes it an age
# ("Mein Sohn ist 3", "синові 3", "kızım 4", "синът ми е на две", "dzieci mają 3 i 5", "Ich
# bin 34", "Мне 29"). Only words that name the person themselves, in the forms that precede
# an age: the German nominative, the Russian/Ukrainian dative ("сыну", "їй"), the Turkish
# possessive ("kızım").
PERSON_WORDS: dict[str, str] = {
    "de": (
        "sohn, tochter, kind, kinder, baby, kleine, kleiner, kleinen, große, großer, "
        "älteste, ältester, jüngste, jüngster, junge, mädchen, enkel, enkelin, zwillinge, "
        "mann, frau, mutter, vater, mama, papa, oma, opa, bruder, schwester, neffe, nichte, "
        "er, sie, ich, bin"
    ),
    "en": (
        "son, daughter, child, kid, kids, children, baby, boy, girl, toddler, little one, "
        "big one, older one, younger one, oldest, youngest, eldest, twins, mom, mum, mother, "
        "dad, father, wife, husband, brother, sister, nephew, niece, grandma, grandpa, "
        "grandmother, grandfather, grandson, granddaughter, partner, aunt, uncle, he, she, i"
    ),
    "ar": (
        "ابني, ابنى, بنتي, بنتى, ابنتي, طفلي, طفلتي, ولدي, الولد, البنت, الطفل, الطفلة, "
        "الكبير, الكبيرة, الصغير, الصغيرة, الصغيره, الكبيره, اطفالي, ولادي, طفلين, "
        "ibni, ibne, ebni, binti, bnti, benti, bint, binet, walad, waladi, ibnti, "
        # adults and "the other one": "عمري ٢٨ ومرتي ٢٥", "واحد عمره ٣ والتاني ٥"
        "انا, أنا, وانا, وأنا, زوجي, زوجتي, جوزي, مرتي, امي, أمي, ابوي, أبي, اخوي, أخي, "
        "اختي, أختي, جدتي, ستي, جدي, التاني, الثاني, التانية, الثانية, التانيه"
    ),
    "tr": (
        "kızım, oğlum, kızımız, oğlumuz, çocuğum, çocuğumuz, bebeğim, küçüğü, büyüğü, "
        "küçük, büyük, küçüğümüz, büyüğümüz, kızı, oğlu, biri, diğeri, öbürü, "
        # adults: "eşim 40 ben 38 yaşındayım"; not "ben", as in "ben 2 çocuğumla"
        "eşim, annem, babam, kocam, karım, ablam, abim, kardeşim, torunum"
    ),
    "uk": (
        "синові, сину, сину, доньці, дочці, донечці, дитині, малому, малій, малюку, "
        "хлопцю, дівчинці, йому, їй, старшому, молодшому, старшій, молодшій, дітям, "
        "близнюкам, мені, мамі, татові, чоловікові, дружині, братові, сестрі, племінникові, "
        "племіннику, племінниці, бабусі, дідусеві, synu, donechtsi, donetsi, donka, meni, mami"
    ),
    "ru": (
        "сыну, сыночку, дочке, дочери, дочурке, ребёнку, ребенку, малому, малой, малышу, "
        "малышке, парню, девочке, мальчику, ему, ей, старшему, младшему, старшей, младшей, "
        "детям, близнецам, мне, маме, папе, мужу, жене, брату, сестре, племяннику, племяннице, "
        "бабушке, дедушке, synu, docheri, dochke, mne, mame"
    ),
    "fa": (
        "پسرم, دخترم, بچه, بچم, بچیم, بچه‌ام, نوزادم, بزرگه, کوچیکه, کوچکه, پسر, دختر, "
        "pesaram, dokhtaram, bache, bachem, bacham, pesar, dokhtar, "
        # adults: "شوهرم ۶۱ و من ۵۸ سالمه"
        "شوهرم, همسرم, زنم, مادرم, پدرم, مامانم, بابام, خواهرم, برادرم, مادربزرگم, پدربزرگم, "
        "shoharam, hamsaram, madaram, pedaram"
    ),
    "ro": (
        "fiul, fiica, fetița, fetiţa, băiatul, copilul, copiii, cel mare, cel mic, cea mare, "
        "cea mică, bebelușul, micuțul, micuța, soțul, soția, mama, tata, fratele, sora, eu, "
        "băiat, fată, fetiță, copil, bunicul, bunica"
    ),
    "bg": (
        "синът, сина, син, дъщеря, дъщерята, детето, дете, децата, малкият, малкия, малката, "
        "малкото, големият, голямата, голямото, момчето, момичето, майка, баща, жена, мъж, "
        "съпруг, съпругата, брат, сестра, племенник, племенницата, баба, дядо, той, тя, аз, "
        "мъжът, съпругът, жената, дъщерите, синовете, внук, внукът, внучка, внучката, "
        "родителите, родители, племенникът, "
        "dete, detsata, sina, sinat, dashteria, dashterya, toy, tya, mayka, mazhat, baba"
    ),
    "pl": (
        "syn, synek, córka, córeczka, dziecko, dzieci, mała, mały, młodszy, starszy, "
        "młodsza, starsza, młodsze, starsze, syna, synka, córkę, córeczkę, mama, tata, mąż, "
        "żona, brat, siostra, rodzice, babcia, dziadek, wnuk, wnuczka"
    ),
}
# Words that may stand between the person and the number: copulas, "turns", possessives,
# "already", "soon" ("he's 3", "синові вже 5", "синът ми е на 3", "fetița are 3").
_AGE_LINKS = (
    "ist, sind, bin, wird, werden, bald, schon, jetzt, erst, gerade, zwischen, "
    "is, are, s, am, m, turns, turned, turning, will, be, just, already, now, only, between, "
    "صار, صارت, عمره, عمرها, "
    "вже, скоро, буде, виповнилося, виповнилось, виповниться, тільки, лише, "
    "уже, будет, исполнилось, исполнится, только, "
    "ام, الان, "
    "e, este, va, avea, face, împlinește, împlinit, a, "
    "ми, ни, ви, му, е, на, съм, си, са, сме, сте, na, вече, става, ще, стане, навърши, "
    "навършва, mi, sa, "
    "meu, mea, între, між, между, "
    "skończył, skończyła, skończy, już, "
    "şimdi, artık, henüz, de, da"
)
# Possession links ("syn ma 5", "fetița are 3"): only if the number ends the clause, since
# "syn ma 2 siostry" is a count.
_AGE_HAVE = "ma, mają, are, au, has, hat, haben, have"
# Pronouns are a person only with a link word between: "sie ist 2", not "Haben Sie 2 Minuten".
_LINKED_PRONOUNS = "er, sie, ich, he, she, i, той, тя, аз, toy, tya, eu"

# Phrases that look like a town or a language but are not one, matched first and discarded:
# "Halle" as a hall and Halle an der Saale, Haleh (هاله) as a woman's name, Arabic "ما دري"
# (I don't know) beside Dari, and Persian verbs ending in "کردی" (you did), spelt like
# Kurdish.
_NOT_NAMES = (
    "die Halle", "der Halle", "eine Halle", "einer Halle", "großen Halle", "kleinen Halle",
    "Halle Saale", "Halle an der Saale", "Хале на Заале", "Галле на Заале", "Kreis GT", "ما دري",
    # Hala or Haleh, not Halle: "صديقتي هالة قالت", "دوستم هاله"
    "اسمها هاله", "اسمي هاله", "صديقتي هاله", "صاحبتي هاله", "جارتي هاله", "اختي هاله",
    "بنتي هاله", "الست هاله", "المعلمة هاله", "اسمم هاله", "اسمش هاله", "دوستم هاله",
    "خواهرم هاله", "دخترم هاله", "خانم هاله", "هاله خانم", "هاله جان",
    "کمک کردی", "کمکم کردی", "کمکمون کردی", "چیکار کردی", "چکار کردی", "فکر کردی", "پیدا کردی",
    "کار کردی", "صحبت کردی", "درست کردی", "زندگی کردی", "ازدواج کردی", "گم کردی", "پر کردی",
    "لطف کردی", "خوشحالم کردی", "ناراحتم کردی", "اذیت کردی", "اذیتم کردی", "قبول کردی",
    "شروع کردی", "تموم کردی", "تمام کردی", "فراموش کردی", "عوض کردی", "تغییر کردی", "باز کردی",
    "چک کردی", "پاک کردی", "حذف کردی", "ثبت کردی", "رزرو کردی", "تشکر کردی", "دعوت کردی",
    "نگاه کردی", "دریافت کردی", "ارسال کردی", "عجله کردی", "گریه کردی", "حمله کردی", "سوال کردی",
    "جستجو کردی", "استفاده کردی",
)

# The district (Kreis) rather than its town, before any spelling of Gütersloh: "Kreis
# Gütersloh", "w powiecie Gütersloh", "в окрузі Гютерсло", "județul Gütersloh".
_COUNTY_WORDS = (
    "kreis, kreises, landkreis, landkreises, county, district, powiat, powiatu, powiecie, "
    "كرايس, کرایس, крайс, крайсі, крайсе, крайса, "
    "округ, округа, округе, окрузі, окръг, окръга, окръжие, județul, judetul, districtul"
)

# Clitics glued to Arabic-script words: "وغوترسلوه" (and G.), "بالعربي" (in Arabic).
_ARABIC_PREFIXES = ("بال", "وال", "فال", "كال", "لل", "وب", "ول", "فب", "فل", "وك", "ال", "و",
                    "ف", "ب", "ل", "ك")
# Case endings glued to a town: "Güterslohda", "w Güterslohu", "Güterslohul", "в Версмольде".
_LATIN_SUFFIXES = ("daki", "deki", "taki", "teki", "ului", "dan", "den", "tan", "ten", "nin",
                   "nun", "ern", "da", "de", "ta", "te", "ya", "ye", "yi", "yu", "in", "un",
                   "li", "lu", "er", "em", "ie", "ul", "s", "r", "u", "a", "e", "i")
_CYRILLIC_SUFFIXES = ("ою", "ої", "ом", "ем", "ой", "ім", "а", "у", "е", "і", "и")
_MIN_AFFIX_STEM = 4
# A one-word town name this long is still found with one letter wrong, missing, extra or two
# letters swapped ("Borgholzhaussen", "Riethberg", "Харзевинкел"); shorter names are too
# close to ordinary words ("Werther", "Wetter").
_MIN_FUZZY_NAME = 8

# ---------------------------------------------------------------------------------------------
# Lexicon


_NAMED_KINDS = ("town", "language", "stop")


@dataclass(frozen=True)
class _Term:
    """What a known phrase means: an entity value or a role in the age rules."""

    # town, language, stop (not a town after all); and for ages: number, unit, lead, old,
    # filler, conj, duration, not_before, not_after, person (value "link" for pronouns that
    # need a link word), link, have
    kind: str
    value: str | int | None = None
    langs: frozenset[str] = frozenset()
    self_unit: bool = False
    weak: bool = False  # a number word that alone is rather a common word


@dataclass(frozen=True)
class _Lexicon:
    terms: dict[str, tuple[_Term, ...]]
    words: frozenset[str]
    suffix_anchors: frozenset[str]
    prefix_anchors: frozenset[str]
    fuzzy_anchors: dict[int, tuple[str, ...]]  # one-word town names by length
    compounds: tuple[tuple[str, str, int, str], ...]  # (stem, tail, value, lang)
    tails: tuple[str, ...]
    vocab: Vocab
    matcher: PhraseMatcher


def _split(csv: str) -> list[str]:
    return [item.strip() for item in csv.split(",") if item.strip()]


def _expand(form: str) -> Iterator[str]:
    match = _EXPANSION.match(form)
    if not match:
        yield form
        return
    for ending in _ENDINGS[match["grammar"]]:
        yield match["stem"] + ending


def _language_terms() -> Iterator[tuple[str, _Term]]:
    for code, forms in LANGUAGE_NAMES.items():
        for form in forms:
            for spelling in _expand(form):
                yield spelling, _Term("language", code)


def _composed(lang: str) -> Iterator[tuple[str, int]]:
    """Composed number words: "dreiundvierzig" 43, "сорок три" 43, "ثلاثة عشر" 13."""
    numbers = NUMBER_WORDS[lang]
    tens = [(value, csv, _COMPOSITION[lang], range(1, 10))
            for value, csv in ((20, numbers[20]), *TENS[lang].items())]
    if lang in _TEENS:
        tens.append((10, *_TEENS[lang]))
    for tens_value, tens_csv, templates, units in tens:
        for word, template, unit in (
            (w, tpl, u) for w in _split(tens_csv) for tpl in templates for u in units
        ):
            for unit_word in _split(numbers[unit]):
                yield template.format(t=word, u=unit_word), tens_value + unit


def _number_terms() -> Iterator[tuple[str, _Term]]:
    weak = set(_split(_WEAK_NUMBER_WORDS))
    for lang, numbers in NUMBER_WORDS.items():
        langs = frozenset({lang.split("-")[0]})
        for value, csv in (*numbers.items(), *TENS.get(lang, {}).items()):
            for word in _split(csv):
                yield word, _Term("number", value, langs, weak=word in weak)
        if lang in _COMPOSITION:
            for word, value in _composed(lang):
                yield word, _Term("number", value, langs)
    for lang, numbers in SELF_UNIT_NUMBERS.items():
        for value, csv in numbers.items():
            for word in _split(csv):
                yield word, _Term("number", value, frozenset({lang}), self_unit=True)
    for lang, csv in ONE_YEAR_WORDS.items():
        for word in _split(csv):
            yield word, _Term("number", 1, frozenset({lang}), self_unit=True, weak=True)


def _context_terms() -> Iterator[tuple[str, _Term]]:
    for kind, table in (("unit", AGE_UNITS), ("lead", AGE_LEADS)):
        for lang, csv in table.items():
            for word in _split(csv):
                yield word, _Term(kind, None, frozenset({lang}))
    for kind, csv in (
        ("not_before", _NOT_AGE_BEFORE),
        ("not_after", _NOT_AGE_AFTER),
        ("duration", _DURATIONS),
        ("filler", _AGE_FILLERS),
        ("old", _AGE_OLD),
        ("conj", _CONJUNCTIONS),
        ("link", _AGE_LINKS),
        ("have", _AGE_HAVE),
    ):
        for word in _split(csv):
            yield word, _Term(kind)
    pronouns = set(_split(_LINKED_PRONOUNS))
    for lang, csv in PERSON_WORDS.items():
        for word in _split(csv):
            needs_link = "link" if word in pronouns else None
            yield word, _Term("person", needs_link, frozenset({lang}))
    for phrase in _NOT_NAMES:
        yield phrase, _Term("stop")
    home = next(town for town in gazetteer.towns() if town.name == "Gütersloh")
    for word in _split(_COUNTY_WORDS):
        for spelling in (home.name, *home.spellings):
            yield f"{word} {spelling}", _Term("stop")


def _town_terms() -> Iterator[tuple[str, _Term]]:
    for spelling, town in gazetteer.all_spellings().items():
        yield spelling, _Term("town", town)


def _collect_terms() -> dict[str, tuple[_Term, ...]]:
    """All known phrases by normalised text; an entity phrase must have one meaning."""
    terms: dict[str, list[_Term]] = {}
    for text, term in (*_town_terms(), *_language_terms(), *_number_terms(),
                       *_context_terms()):
        key = gazetteer.normalize(text)
        bucket = terms.setdefault(key, [])
        if term in bucket:
            continue
        named = [t for t in (*bucket, term) if t.kind in _NAMED_KINDS]
        if len(named) > 1:
            raise ValueError(f"{text!r} means both {named[0].value} and {named[1].value}")
        bucket.append(term)
    return {key: tuple(bucket) for key, bucket in terms.items()}


def _is_arabic_script(word: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in word)


def _compounds() -> tuple[tuple[str, str, int, str], ...]:
    """Number stems that may be glued to an age tail: ("drei", "jahrig", 3, "de")."""
    found: set[tuple[str, str, int, str]] = set()
    for lang, (tails, extra_stems) in _AGE_COMPOUNDS.items():
        words_by_value = {v: _split(csv) for v, csv in NUMBER_WORDS[lang].items()}
        for value, extra in extra_stems.items():
            words_by_value.setdefault(value, []).append(extra)
        for value, words in words_by_value.items():
            stems = {gazetteer.normalize(word) for word in words}
            found.update((stem, gazetteer.normalize(tail), value, lang)
                         for stem in stems for tail in tails if " " not in stem)
    # Longest stem first, so "vierzehn" wins over "vier".
    return tuple(sorted(found, key=lambda c: -len(c[0])))


@cache
def _lexicon() -> _Lexicon:
    """Build the phrase matcher once (about 0.1 s); spaCy is imported only here."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    terms = _collect_terms()
    vocab = Vocab()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for key in terms:
        matcher.add(key, [Doc(vocab, words=key.split())])
    words = frozenset(word for key in terms for word in key.split())
    town_keys = [key for key, ts in terms.items() if any(t.kind == "town" for t in ts)]
    suffix_anchors = frozenset(
        key.split()[-1] for key in town_keys if len(key.split()[-1]) >= _MIN_AFFIX_STEM
    )
    prefix_anchors = frozenset(
        word for word in words if _is_arabic_script(word) and len(word) >= _MIN_AFFIX_STEM
    )
    fuzzy_anchors: dict[int, list[str]] = {}
    for key in sorted(town_keys):
        if " " not in key and len(key) >= _MIN_FUZZY_NAME:
            fuzzy_anchors.setdefault(len(key), []).append(key)
    compounds = _compounds()
    tails = tuple(sorted({tail for _, tail, _, _ in compounds}))
    logger.debug("entity lexicon: %d phrases", len(terms))
    return _Lexicon(terms, words, suffix_anchors, prefix_anchors,
                    {size: tuple(keys) for size, keys in fuzzy_anchors.items()}, compounds,
                    tails, vocab, matcher)


@cache
def _tokenizer(lang: str) -> Language:
    """spaCy's blank pipeline for a language (only its tokenizer is used)."""
    import spacy

    code = lang if lang in BOT_LANGUAGES else FALLBACK_TOKENIZER
    return spacy.blank(code)


# ---------------------------------------------------------------------------------------------
# Word pieces

_COMBINING = (
    "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
# Letters/digits with their combining marks; an apostrophe inside a Cyrillic word (п'ять)
# belongs to it, elsewhere (Gütersloh'da) it separates.
_PIECE = re.compile(
    rf"(?:[^\W_]|[{_COMBINING}]|(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff]))+"
)
_DIGITS_OR_LETTERS = re.compile(r"\d+|\D+")
# Numbers joined by ':', '.', ',' or '/' are times, dates, decimals or fractions.
_NUMERIC_CHUNK = re.compile(r"\d+(?:[:.,/]\d+)+")
_JOINERS = ("", "-", "\u2010", "\u2011")
_LIST_GAP = re.compile(r"\s*[,;\-–]\s*|\s+")


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    word: str  # normalised, clitics and case endings removed where that gives a known word
    raw: str  # normalised as written
    joined: bool  # written together with the previous piece or hyphenated to it ("3-х")


def _skipped_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """Character ranges of URLs and e-mail addresses, which contain no entities."""
    doc = _tokenizer(lang).make_doc(text)
    return [(t.idx, t.idx + len(t.text)) for t in doc if t.like_url or t.like_email]


def _strip_affixes(word: str, lexicon: _Lexicon) -> str:
    """Reduce "وغوترسلوه" -> "غوترسلوه", "güterslohda" -> "gutersloh", "ферле" -> "ферл"."""
    if _is_arabic_script(word):
        for prefix in _ARABIC_PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and rest in lexicon.prefix_anchors:
                return rest
        return word
    cyrillic = any("\u0400" <= char <= "\u04ff" for char in word)
    for suffix in _CYRILLIC_SUFFIXES if cyrillic else _LATIN_SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < _MIN_AFFIX_STEM:
            continue
        for candidate in (stem, stem + "ь") if cyrillic else (stem,):
            if candidate in lexicon.suffix_anchors:
                return candidate
    return word


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether b is a with one letter changed, added, dropped, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    first = len(os.path.commonprefix([a, b]))  # where the two start to differ
    if len(a) == len(b):
        rest = a[first + 1:] == b[first + 1:]
        swapped = a[first:first + 2] == b[first:first + 2][::-1] and a[first + 2:] == b[first + 2:]
        return rest or swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[first + 1:] == shorter[first:]


def _known_form(word: str, lexicon: _Lexicon) -> str:
    """The known word an unknown piece stands for: without its clitics or case endings, or
    the town name it misspells; else the piece itself."""
    stripped = _strip_affixes(word, lexicon)
    if stripped != word or len(word) < _MIN_FUZZY_NAME:
        return stripped
    for size in (len(word) - 1, len(word), len(word) + 1):
        for name in lexicon.fuzzy_anchors.get(size, ()):
            if _one_edit_apart(word, name):
                return name
    return word


def _pieces(text: str, lang: str, lexicon: _Lexicon) -> list[_Piece]:
    skipped = _skipped_ranges(text, lang)
    pieces: list[_Piece] = []
    for match in _PIECE.finditer(text):
        if any(start <= match.start() < end for start, end in skipped):
            continue
        for part in _DIGITS_OR_LETTERS.finditer(match.group()):
            raw = gazetteer.normalize(part.group())
            if not raw:
                continue
            word = raw if raw in lexicon.words else _known_form(raw, lexicon)
            start = match.start() + part.start()
            joined = bool(pieces) and text[pieces[-1].end:start] in _JOINERS
            pieces.append(_Piece(start, start + len(part.group()), word, raw, joined))
    return pieces


# ---------------------------------------------------------------------------------------------
# Items: matched phrases and unmatched pieces, in text order


@dataclass(frozen=True)
class _Item:
    first: int  # index of the first piece
    last: int  # index of the last piece (inclusive)
    terms: tuple[_Term, ...]

    def kinds(self) -> set[str]:
        return {term.kind for term in self.terms}

    def term(self, kind: str) -> _Term | None:
        return next((t for t in self.terms if t.kind == kind), None)


def _items(pieces: list[_Piece], lexicon: _Lexicon) -> list[_Item]:
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    doc = Doc(lexicon.vocab, words=[p.word for p in pieces])
    spans = filter_spans(lexicon.matcher(doc, as_spans=True))
    by_start = {span.start: span for span in spans}
    items, index = [], 0
    while index < len(pieces):
        span = by_start.get(index)
        if span is None:
            items.append(_Item(index, index, ()))
            index += 1
        else:
            items.append(_Item(span.start, span.end - 1, lexicon.terms[span.label_]))
            index = span.end
    return items


@dataclass(frozen=True)
class _Message:
    """A message cut into pieces and matched items, with helpers to read around an item."""

    text: str
    pieces: list[_Piece]
    items: list[_Item]
    lexicon: _Lexicon
    lang: str | None  # the conversation's language, if known

    def span(self, item: _Item) -> tuple[int, int]:
        return self.pieces[item.first].start, self.pieces[item.last].end

    def gap(self, left: int, right: int) -> str:
        """The text between items[left] and items[right]."""
        return self.text[self.span(self.items[left])[1]:self.span(self.items[right])[0]]

    def clause_before(self, index: int, size: int = 2) -> list[_Item]:
        """Up to `size` items before items[index], nearest first, not across punctuation or a
        name."""
        window = []
        for prev in range(index - 1, max(-1, index - 1 - size), -1):
            if _CLAUSE_BREAK.search(self.gap(prev, prev + 1)):
                break
            if self.items[prev].kinds() & {"town", "language"}:
                break
            window.append(self.items[prev])
        return window

    def clause_after(self, index: int, size: int) -> list[_Item]:
        """Up to `size` items after items[index], not across punctuation or a name."""
        window = []
        for following in range(index + 1, min(len(self.items), index + 1 + size)):
            if _CLAUSE_BREAK.search(self.gap(following - 1, following)):
                break
            if self.items[following].kinds() & {"town", "language"}:
                break
            window.append(self.items[following])
        return window

    def raw(self, item: _Item) -> str:
        """The item's first piece, normalised as written."""
        return self.pieces[item.first].raw


_CLAUSE_BREAK = re.compile(r"[,.;!?،؛؟\n]")


# ---------------------------------------------------------------------------------------------
# Ages


@dataclass(frozen=True)
class _Number:
    item: int  # index into items
    value: int
    langs: frozenset[str]  # empty for digits: any unit language fits
    self_unit: bool = False
    compound: bool = False
    weak: bool = False


def _fits(number: _Number, term: _Term) -> bool:
    return not number.langs or not term.langs or bool(number.langs & term.langs)


def _compound_number(word: str, item: int, lexicon: _Lexicon) -> _Number | None:
    """The age in a compound adjective: "dreijahrige" -> 3, "трехлетний" -> 3."""
    for stem, tail, value, lang in lexicon.compounds:
        if word.startswith(stem) and word[len(stem):].startswith(tail):
            return _Number(item, value, frozenset({lang}), compound=True)
    return None


def _numbers(message: _Message) -> Iterator[_Number]:
    """Number words, compounds and one- or two-digit numbers that are not part of a time,
    date, decimal or longer number."""
    chunks = [m.span() for m in _NUMERIC_CHUNK.finditer(message.text)]
    for index, item in enumerate(message.items):
        piece = message.pieces[item.first]
        term = item.term("number")
        if term is not None:
            if term.weak and term.self_unit and index and _is_number_item(message, index - 1):
                continue  # "1 год": the unit of the number before, not a second age
            langs = frozenset().union(*(t.langs for t in item.terms
                                        if t.kind == "number" and t.value == term.value))
            value = int(term.value or 0)
            yield _Number(index, value, langs, term.self_unit, weak=term.weak)
        elif not item.terms and piece.raw.isdigit():
            in_chunk = any(start <= piece.start < end for start, end in chunks)
            if not in_chunk and len(piece.raw) <= 2 and not _glued(message, index):
                yield _Number(index, int(piece.raw), frozenset())
        elif not item.terms:
            compound = _compound_number(piece.raw, index, message.lexicon)
            if compound is not None:
                yield compound


def _is_number_item(message: _Message, index: int) -> bool:
    item = message.items[index]
    return "number" in item.kinds() or (
        not item.terms and message.raw(item).isdigit()
    )


# Arabizi words that begin with a digit standing for a letter: "3an" (about), "3ala" (on).
_ARABIZI_WORDS = frozenset({"an", "ala", "al", "nd", "ndi", "ndak"})


def _glued(message: _Message, index: int) -> bool:
    """Digits written inside a word are letters or codes, not numbers: Arabizi "3an",
    "emti7an", "la2ilha", and "B1", "U3". Units and tails may follow ("3jährige", "3yo")."""
    item = message.items[index]
    piece = message.pieces[item.first]
    text = message.text
    before = text[max(0, piece.start - 2):piece.start]
    conjunction = before[-1:] == "و" and not before[:-1].isalpha()  # "٣ و٧ و١١ سنة"
    if before[-1:].isalpha() and not conjunction:
        return True
    if piece.end < len(text) and text[piece.end].isalpha() and index + 1 < len(message.items):
        following = message.items[index + 1]
        raw = message.raw(following)
        known = following.kinds() & {"unit", "filler", "lead", "old"}
        if raw in _ARABIZI_WORDS:
            return True
        return not known and not raw.startswith(message.lexicon.tails)
    return False


def _following(number: _Number, message: _Message) -> tuple[str | None, int]:
    """What follows a number ("unit", "tail" as in "-jährige", "duration" as in "سال است",
    or None), and the index of the item after that."""
    items = message.items
    after = number.item + 1
    if after < len(items) and "filler" in items[after].kinds():
        after += 1
    if after >= len(items):
        return None, after
    following = items[after]
    if "duration" in following.kinds():
        return "duration", after + 1
    unit = following.term("unit")
    if unit is not None and _fits(number, unit):
        return "unit", after + 1
    piece = message.pieces[following.first]
    spaced = piece.raw.startswith(_SPACED_TAILS)
    if not following.terms and (piece.joined or spaced) and piece.raw.startswith(
        message.lexicon.tails
    ):
        return "tail", after + 1  # "3-jährige", "3-летний"; not "3 летних лагеря" (summer)
    return None, after


def _preceded_by(number: _Number, message: _Message, kind: str) -> bool:
    window = message.clause_before(number.item)
    if kind == "not_before":  # "Krippe für Baby 1 Jahr": the child, not the duration
        person = next((i for i, item in enumerate(window) if "person" in item.kinds()), None)
        window = window[:person]
    return any(
        term is not None and _fits(number, term)
        for term in (item.term(kind) for item in window)
    )


_PERSON_REACH = 4  # items between a person word and the number, all of them links
_TIGHT_GAP = re.compile(r"[\s'’ʼ]*")
# An age in brackets right after the person: "Mein Kind (7)", "Syn (8 l.)", "2 Kinder (6 und
# 13)".
_OPENING = re.compile(r"\s*\(")
_CLOSING_AFTER_AGE = re.compile(
    r"(?:\s*(?:[,/&]|\b[^\W\d]{1,3}\b)\s*\d{1,2})*\s*(?:[^\W\d]{1,5}\.?\s*)?\)"
)


def _after_person(number: _Number, message: _Message) -> bool:
    """Whether a child or person word precedes the number, with only links between:
    "Mein Sohn ist 3", "синові вже 5", "kızım 4", "syn ma 5", "cel mic 4"."""
    items = message.items
    if number.weak and not number.self_unit:
        return False  # "Sie sind ein Bot"
    links: set[str] = set()
    number_end = message.span(items[number.item])[1]
    bracketed = bool(_CLOSING_AFTER_AGE.match(message.text, number_end))
    for prev in range(number.item - 1, max(-1, number.item - 2 - _PERSON_REACH), -1):
        gap = message.gap(prev, prev + 1)
        opening = bracketed and prev == number.item - 1 and _OPENING.fullmatch(gap)
        if not (_TIGHT_GAP.fullmatch(gap) or opening):
            return False
        person = items[prev].term("person")
        if person is not None:
            if person.value == "link" and not links:
                return False  # "Haben Sie 2 Minuten?"
            break
        kinds = items[prev].kinds() & {"link", "have"}
        if not kinds:
            return False
        links |= kinds
    else:
        return False
    after = number.item + 1
    if after >= len(items):
        return True
    tight = _TIGHT_GAP.fullmatch(message.gap(number.item, after))
    following = items[after].kinds()
    if tight and message.raw(items[after]) in _PERSON_NOT_AFTER:
        return False  # "one of", not "Аз съм на 35, от Пловдив"
    if "have" in links and tight:  # "syn ma 2 siostry"
        return bool(following & {"conj", "unit"}) or _is_number_item(message, after)
    return True


def _is_age(number: _Number, message: _Message) -> bool:
    """Decide from the words around a number whether it is an age."""
    follower, after = _following(number, message)
    if number.compound or follower == "tail":
        return True  # "dreijährige", "3-летний" are adjectives of age, whatever precedes
    if follower == "duration":  # "۳ سال است که", but "عمرم ۳۱ سال است" (my age is 31)
        return _preceded_by(number, message, "lead")
    next_kinds = message.items[after].kinds() if after < len(message.items) else set()
    if follower == "unit" and "old" in next_kinds:
        return True  # "for 3 year olds", "für 3 Jahre alte Kinder"
    if "not_after" in next_kinds or _preceded_by(number, message, "not_before"):
        return False
    if (number.self_unit and not number.weak) or follower == "unit":
        return True
    return (_preceded_by(number, message, "lead") or _after_person(number, message)
            or _said_of_oneself(number, message))


_BULGARIAN_AM = frozenset({"съм", "сме", "sam", "sum", "sme"})


def _said_of_oneself(number: _Number, message: _Message) -> bool:
    """Bulgarian "на 29 съм" (I am 29), "на 30 сме": "на", the number, "am" or "are"."""
    index = number.item
    if not 0 < index < len(message.items) - 1:
        return False
    before, after = message.items[index - 1], message.items[index + 1]
    return (message.raw(before) in {"на", "na"} and message.raw(after) in _BULGARIAN_AM
            and bool(_TIGHT_GAP.fullmatch(message.gap(index - 1, index)))
            and bool(_TIGHT_GAP.fullmatch(message.gap(index, index + 1))))


def _linked(message: _Message, left: int, right: int) -> bool:
    """Whether items[left] and items[right] are two numbers of one list ("3 und 5", "3, 5",
    "на 2 и на 7")."""
    between = message.items[left + 1:right]
    if len(between) == 2 and left and message.raw(between[1]) == message.raw(
        message.items[left - 1]
    ):
        between = between[:1]  # the word before the first number, repeated
    if len(between) > 1 or (between and "conj" not in between[0].kinds()):
        return False
    if between:
        return True
    gap = message.gap(left, right)
    return bool(_LIST_GAP.fullmatch(gap)) and gap.strip() != ""


def _only_age_words(message: _Message, numbers: list[_Number]) -> bool:
    """A message like "3", "drei", "4 Jahre alt" or "٣ سنوات": nothing but an age."""
    if any(n.weak for n in numbers):
        return False
    # "Versmold, drei und 5": the answer to "where, and how old?" may name the town too
    allowed = {"number", "unit", "lead", "filler", "old", "conj", "town"}
    number_items = {n.item for n in numbers}
    return all(
        index in number_items or item.kinds() & allowed
        for index, item in enumerate(message.items)
    )


def _ages(message: _Message) -> list[_Number]:
    numbers = [n for n in _numbers(message) if 0 <= n.value <= MAX_AGE]
    ages = {n.item for n in numbers if _is_age(n, message)}
    # "3 und 5 Jahre", "zwischen 3-6 Jahren": a number listed before an age is one too.
    for left, right in reversed(list(pairwise(numbers))):
        if right.item in ages and _linked(message, left.item, right.item):
            ages.add(left.item)
    # "Kinder 2 und 4", "dzieci mają 3 i 5": ... and one listed after an age.
    for left, right in pairwise(numbers):
        if left.item in ages and not right.weak and _linked(message, left.item, right.item):
            ages.add(right.item)
    listed = all(_linked(message, a.item, b.item) for a, b in pairwise(numbers))
    if numbers and not ages and listed and _only_age_words(message, numbers):
        ages = {n.item for n in numbers}
    return [n for n in numbers if n.item in ages]


# ---------------------------------------------------------------------------------------------
# Public API


def _entity(kind: str, value: Any, text: str, start: int, end: int) -> dict[str, Any]:
    return {"entity": kind, "value": value, "start": start, "end": end,
            "text": text[start:end]}


_CLOSING = re.compile(r"\.?\)|\.")


def _include_closing(text: str, start: int, end: int) -> int:
    """Extend a name to its closing abbreviation dot or bracket: "Halle (Westf.)"."""
    closing = _CLOSING.match(text, end)
    if closing is None:
        return end
    if closing.group().endswith(")") and "(" not in text[start:end]:
        return end
    if closing.group() == "." and not text[start:end].casefold().endswith("westf"):
        return end
    return closing.end()


# Nouns that make a language adjective a nationality or an origin: "Turkish food", "russischen
# Laden", "польский магазин", "محل تركي" (Arabic and Persian put the noun first).
_THINGS = frozenset(gazetteer.normalize(word) for word in _split(
    "food, sweets, shop, store, supermarket, refugees, passport, citizenship, authorities, "
    "Lebensmittel, Laden, Geschäft, Supermarkt, Pass, Staatsangehörigkeit, Behörden, "
    "Flüchtlinge, продукты, магазин, паспорт, гражданство, власти, беженцы, продукти, біженці, "
    "громадянство, органи, храна, бежанци, sklep, sklepu, paszport, obywatelstwo, urzędy, "
    "urzędów, jedzenie, uchodźcy, magazin, pașaport, cetățenie, mâncare, refugiați, محل, "
    "سوبرماركت, جواز, الجنسية, الدوائر, أكل, حلويات, لاجئين, غذای, غذا, شیرینی, فروشگاه, مغازه, "
    "پاسپورت, تابعیت, پناهنده, پناهندگان, "
    # families and cheese: "programmes for Syrian and Ukrainian families", "български сирене"
    "families, Familien, семейства, семьи, семей, сім'ї, сімей, rodziny, rodzin, familii, "
    "عائلات, خانواده‌ها, aileler, cheese, Käse, сирене, сыр, сир, ser, brânză, peynir, جبنة, "
    "پنیر"
))


# A town's adjective before these is a street: "Gütersloher Straße", "Verler Str.".
_STREETS = frozenset(gazetteer.normalize(word) for word in _split(
    "Straße, Str, Weg, Allee, Ring, Platz, Landstraße, Damm, Chaussee"
))


def _names_a_street(message: _Message, index: int) -> bool:
    following = index + 1
    return following < len(message.items) and message.raw(message.items[following]) in _STREETS


# ... but a "-speaking" compound names the language whatever follows: "arabischsprachige
# Familien", "русскоязычные семьи".
_SPEAKING = ("sprachig", "speaking", "язычн", "мовн", "езичн", "говорящ", "jezyczn")


def _names_a_thing(message: _Message, index: int) -> bool:
    """Whether the language name at items[index] describes a thing or people instead."""
    item = message.items[index]
    if any(marker in message.raw(item) for marker in _SPEAKING):
        return False
    arabic = _is_arabic_script(message.raw(item))
    neighbour = index - 1 if arabic else index + 1
    if not 0 <= neighbour < len(message.items):
        return False
    return message.raw(message.items[neighbour]) in _THINGS


# Words that deny a language name in its clause: the user does not speak it or does not want
# it ("ich verstehe kein Deutsch, bitte Arabisch", "I don't speak German", "не понимаю
# по-немецки", "ما بفهم ألماني"). Such a name is still a `language` entity, with the role
# DENIED: Rasa's slot mappings and `get_latest_entity_values` without a role pass it over, so
# "I don't speak German, English please" switches to English and a search for people who
# speak a language is not narrowed to German. "t" is what is left of English "n't". Before
# the name:
_NEGATIONS_BEFORE = frozenset(gazetteer.normalize(word) for word in _split(
    "kein, keine, keinen, keinem, keiner, nicht, not, no, never, dont, doesnt, didnt, cant, "
    "cannot, wont, t, لا, ما, مش, مو, ليس, لست, не, ні, нет, ни, нито, няма, nie, ani, nu, nici, "
    "نه"
))
# except where the word means something else: Persian "ما" (we) and "مو" (my), Polish "no"
# (well), Bulgarian "ни" (us), Romanian "ani" (years). Persian letters tell Persian apart
# when the language is not known.
_NOT_NEGATIONS = {
    "fa": frozenset({"ما", "مو"}), "pl": frozenset({"no"}), "bg": frozenset({"ни"}),
    "ro": frozenset({"ani"}),
}
_PERSIAN_LETTERS = frozenset(dict(UNIQUE_LETTERS)["fa"])
# After it, as German, Turkish, Persian and the Slavic languages may also place them
# ("Deutsch nicht", "Almanca bilmiyorum", "آلمانی بلد نیستم", "po niemiecku nie mówię"):
_NEGATIONS_AFTER = frozenset(gazetteer.normalize(word) for word in _split(
    "nicht, değil, yok, bilmem, anlamam, konuşamam, نیستم, نیست, не, ні, nie, nu"
))
_NEGATED_VERB = re.compile(r"^\w+m[ıiu]yor|^نمي")  # Turkish "bilmiyorum", Persian "نمی‌فهمم"
_NEGATION_REACH = (3, 2)  # items before and after the name
# "Only" after a negation affirms the name: "ما بتحكي غير عربي", "nu vorbește decât româna",
# "spricht nichts außer Arabisch", "не говорит ни на чём, кроме русского".
_EXCEPT = frozenset(gazetteer.normalize(word) for word in _split(
    "außer, ausser, except, but, غير, الا, إلا, سوى, кроме, крім, освен, decât, decat, oprócz"
))
DENIED = "denied"


def _denied(message: _Message, index: int) -> bool:
    """Whether the language name at items[index] is denied in its clause. A negated question
    asks for the language ("Gibt es keinen Kurs auf Arabisch?"), so it is not denied; nor is
    a name when the negation after it belongs to the next name ("Arabisch, nicht Deutsch")."""
    clause_end = _CLAUSE_BREAK.search(message.text, message.span(message.items[index])[1])
    if clause_end and clause_end.group() in "?؟":
        return False
    before, after = _NEGATION_REACH
    lang = message.lang or ("fa" if _PERSIAN_LETTERS.intersection(message.text) else "")
    negations = _NEGATIONS_BEFORE - _NOT_NEGATIONS.get(lang, frozenset())
    for item in message.clause_before(index, before):
        if message.raw(item) in _EXCEPT:
            break
        if message.raw(item) in negations:
            return True
    for offset, item in enumerate(message.clause_after(index, after)):
        if message.raw(item) in _NEGATIONS_AFTER or _NEGATED_VERB.match(message.raw(item)):
            return not _names_follow(message, index + 1 + offset)
    return False


def _names_follow(message: _Message, index: int) -> bool:
    """Whether a language name follows items[index] in its clause."""
    for following in range(index + 1, len(message.items)):
        if _CLAUSE_BREAK.search(message.gap(following - 1, following)):
            return False
        if "language" in message.items[following].kinds():
            return True
    return False


def _named_entities(message: _Message) -> Iterator[dict[str, Any]]:
    text = message.text
    for index, item in enumerate(message.items):
        start, end = message.span(item)
        end = _include_closing(text, start, end)
        for term in item.terms:
            if term.kind == "town" and not _names_a_street(message, index):
                yield _entity(term.kind, term.value, text, start, end)
            elif term.kind == "language" and not _names_a_thing(message, index):
                entity = _entity(term.kind, term.value, text, start, end)
                if _denied(message, index):
                    entity["role"] = DENIED
                yield entity
        raw = message.raw(item)
        if not item.terms and len(raw) == 5:
            town = gazetteer.town_of_postcode(raw)
            if town is not None:
                yield _entity("town", town, text, start, end)


def preload(langs: Iterable[str] = BOT_LANGUAGES) -> None:
    """Build the matcher and tokenizers now (about 1 s, plus spaCy's import) rather than
    on the first user message."""
    _lexicon()
    for lang in langs:
        _tokenizer(lang)


def extract_entities(text: str, lang: str | None = None) -> list[dict[str, Any]]:
    """Find `town`, `age` and `language` entities in a user message.

    `lang` (one of BOT_LANGUAGES, if known) chooses the spaCy tokenizer; names and number
    words of all languages are recognised whatever it is, since users mix languages.
    Returns Rasa-shaped dicts `{"entity", "value", "start", "end", "text"}` sorted by start:
    `town` values are canonical names, `age` values whole years as strings ("3"),
    `language` values ISO 639-1 codes, with `"role": DENIED` for a language the user says
    they do not speak or want.
    """
    if not text or not text.strip():
        return []
    lexicon = _lexicon()
    pieces = _pieces(text, lang or FALLBACK_TOKENIZER, lexicon)
    if not pieces:
        return []
    message = _Message(text, pieces, _items(pieces, lexicon), lexicon, lang)
    entities = list(_named_entities(message))
    for number in _ages(message):
        start, end = message.span(message.items[number.item])
        entities.append(_entity("age", str(number.value), text, start, end))
    return sorted(entities, key=lambda e: (e["start"], e["end"]))
