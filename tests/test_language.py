"""Conversation language: detection of the ten languages, the hard pairs, and no flip-flopping."""

from __future__ import annotations

import pytest

from bot.language import decide, detect, from_locale_tag, with_farsi_letters

SENTENCES = {
    "de": "Ich suche einen Kindergarten für meinen Sohn",
    "en": "I am looking for a German course near my home",
    "ar": "أبحث عن روضة أطفال لابني في المدينة",
    "tr": "Oğlum için bir kreş arıyorum lütfen",
    "uk": "Я шукаю дитячий садок для своєї доньки",
    "ru": "Я ищу детский сад для своей дочки",
    "fa": "من دنبال مهد کودک برای پسرم هستم",
    "ro": "Caut o grădiniță pentru fiul meu aici",
    "bg": "Търся детска градина за моя син тук",
    "pl": "Szukam przedszkola dla mojego syna tutaj",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_each_language_is_recognised_in_a_normal_sentence(lang: str) -> None:
    assert detect(SENTENCES[lang]).lang == lang
    assert decide(SENTENCES[lang], current=None).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("میخواهم زبان آلمانی یاد بگیرم", "fa"),  # Farsi letters گ ی
        ("أريد أن أتعلم اللغة الألمانية", "ar"),
        ("چطور استی، کورس زبان کجاست", "fa"),  # Dari
        ("Де знаходиться центр зайнятості", "uk"),  # і, є
        ("Где находится центр занятости", "ru"),
        ("Къде се намира бюрото по труда", "bg"),  # ъ as a vowel
        ("Мне нужно объяснить документы", "ru"),  # ъ before я is Russian
        ("Am nevoie de un curs de germană", "ro"),
        ("Almanca kursuna ihtiyacım var", "tr"),
    ],
)
def test_hard_pairs_are_settled(text: str, lang: str) -> None:
    assert detect(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3ndi mushkle bel i2ame", "ar"),  # Arabizi: digits for ع and ء
        ("wen fi kurs almani bi rheda", "ar"),
        ("mikham ba moshaver harf bezanam", "fa"),  # Finglish verb forms
        ("eghamatam dare tamoom mishe", "fa"),
        ("fardaa miyam daftaretun", "fa"),
        ("kalabilir miyim burada", "tr"),  # a Turkish question, not a Finglish verb
        ("mein Sohn ist 3jahre alt", "de"),  # an age with its unit is not Arabizi
        ("we meet at 7pm in the centre", "en"),
    ],
)
def test_arabic_and_farsi_in_latin_letters(text: str, lang: str) -> None:
    assert detect(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Farsi typed on an Arabic keyboard: Arabic yeh and kaf, Farsi words
        ("كمك كنيد شوهرم منو ميزنه", "fa"),
        ("ميخواستم بدونم كلاس زبان كجاست", "fa"),
        ("خواهش ميكنم كمكم كنيد", "fa"),
        # Arabic with the same letters stays Arabic
        ("وين في مكتب عمل", "ar"),
        ("انا بدي كورس لغة بالمدينة", "ar"),
        ("كيف بقدر لاقي شغل هون", "ar"),
    ],
)
def test_farsi_typed_on_an_arabic_keyboard_is_farsi(text: str, lang: str) -> None:
    assert detect(text).lang == lang
    assert decide(text, current=lang).lang == lang  # a Farsi conversation stays Farsi


def test_farsi_typed_on_an_arabic_keyboard_reaches_the_encoder_in_farsi_letters() -> None:
    assert with_farsi_letters("ميخواستم بدونم كلاس زبان كجاست") == "میخواستم بدونم کلاس زبان کجاست"
    # Arabic keeps its own letters, and so does text without Arabic yeh or kaf
    for text in ("وين في مكتب عمل", "كيف بقدر لاقي شغل هون", "کلاس زبان کجاست", "Kita Verl"):
        assert with_farsi_letters(text) == text


@pytest.mark.parametrize("word", ["ok", "Kita", "Termin", "salam", "Jobcenter", "Verl", "👍", "3"])
@pytest.mark.parametrize("current", ["ar", "uk", "tr", "de"])
def test_single_ambiguous_words_never_flip_the_language(word: str, current: str) -> None:
    decision = decide(word, current=current)
    assert decision.lang == current and not decision.changed


def test_a_short_message_in_another_language_does_not_flip_but_a_clear_one_does() -> None:
    assert decide("thank you", current="de").lang == "de"
    switched = decide("Can you please tell me where the job centre is", current="de")
    assert switched.lang == "en" and switched.changed


# Each of these moved the conversation (or its start, from the phone's language) to the
# detector's guess: Finglish and Arabizi to English or German, Ukrainian, Russian and Bulgarian
# in Latin letters to Polish or Turkish.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("salam agha, vaght bekheir", "fa"),
        ("merci az komaketun doost aziz", "fa"),
        ("waladi mareed kteer el yom", "ar"),
        ("dytyna vypala z vikna", "uk"),
        ("mama vpala i ne vstaye", "uk"),
        ("ona ne prosypaetsya s utra", "ru"),
        ("pomosht, deteto padna", "bg"),
    ],
)
def test_a_language_typed_in_latin_letters_keeps_its_conversation(text: str, lang: str) -> None:
    assert decide(text, current=lang).lang == lang
    assert decide(text, current=None, prior=lang).lang == lang


@pytest.mark.parametrize(
    ("text", "current", "lang"),
    [
        ("Können Sie mir bitte helfen, ich suche eine Wohnung", "ar", "de"),
        ("Can you please tell me where the job centre is", "fa", "en"),
        ("Szukam pracy w Gütersloh, proszę o pomoc", "uk", "pl"),
        ("Oğlum için kreş arıyorum", "ru", "tr"),
    ],
)
def test_a_clear_message_in_a_latin_script_language_still_switches(
    text: str, current: str, lang: str
) -> None:
    assert decide(text, current=current).lang == lang
    assert decide(text, current=None, prior=current).lang == lang


@pytest.mark.parametrize("prior", ["de", "tr", None])
def test_a_start_in_arabizi_or_finglish_read_as_another_language_asks(prior: str | None) -> None:
    # The detector reads these as Turkish and English; their marker words say Farsi and Arabic.
    for text in ["peyda kardane kar sakhte", "waladi mareed kteer el leila"]:
        decision = decide(text, current=None, prior=prior)
        assert decision.ask and decision.lang == (prior or "de")
    # Arabizi or Finglish with a phone set to Arabic or Farsi starts there, without asking
    decision = decide("peyda kardane kar sakhte", current=None, prior="fa")
    assert decision.lang == "fa" and not decision.ask


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("bachem tab dara zud biyayin", "fa"),
        ("khana ma dud mekona", "fa"),
        ("padaram nafas gereft nametana", "fa"),
        ("kar peyda kardan sakhte", "fa"),
        ("emshab kasi khune nist", "fa"),
        ("moshaver javab nemide", "fa"),
        ("kelas almani kuja hast", "fa"),
        ("waladi mareed kteer el yom", "ar"),
    ],
)
def test_farsi_dari_and_arabic_in_latin_letters_start_in_their_language(
    text: str, lang: str
) -> None:
    # Chat spellings ("bachem", "zud", "mekona", "gereft", "emshab", "kasi", "nemide", "kuja";
    # Arabizi "yom") are marker words: without them the detector read these as Turkish, Polish,
    # Romanian or English, and the bot asked.
    decision = decide(text, current=None)
    assert decision.lang == lang and not decision.ask


def test_unsure_start_uses_the_prior_or_asks() -> None:
    assert decide("kita verl", current=None, prior="tr").lang == "tr"
    unsure = decide("kita verl", current=None)
    assert unsure.ask and unsure.lang == "de"


@pytest.mark.parametrize(
    ("tag", "code"),
    [("uk-UA", "uk"), ("ar_SY", "ar"), ("fa", "fa"), ("prs-AF", "fa"), ("fr-FR", None), ("", None)],
)
def test_locale_tags(tag: str, code: str | None) -> None:
    assert from_locale_tag(tag) == code
