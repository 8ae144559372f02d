"""Every flow in every language, end to end through /api/v1/messages with the real model.

Each answer must be in the user's language (catalog texts, `dir`), and every fact must come
from the directory: the service cards are matched against directory records by their names.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.answers import MENU_PAYLOADS
from bot.directory.store import Query, open_directory
from bot.i18n import LANGUAGES, direction, t
from bot.safety import EMERGENCY_NUMBERS
from tests.stack import Stack

pytestmark = pytest.mark.e2e

MESSAGES: dict[str, dict[str, str]] = {
    "de": {
        "childcare": "Ich suche eine Kita für meinen Sohn in Verl",
        "job_support": "Ich suche Arbeit und brauche Hilfe bei der Bewerbung in Gütersloh",
        "counselling": "Ich habe Fragen zu meinem Aufenthalt, wo gibt es Beratung in Gütersloh?",
        "language_course": "Wo kann ich in Gütersloh einen Deutschkurs machen?",
        "prevention": "Ich mache mir Sorgen, mein Sohn schaut radikale Videos und hat extreme Freunde",
        "community": "Gibt es einen Verein von Migranten in Gütersloh?",
        "events": "Welche Veranstaltungen gibt es demnächst?",
        "emergency": "Mein Mann schlägt mich, ich habe Angst",
        "greet": "Hallo, guten Tag",
        "bot_challenge": "Bist du ein Mensch oder ein Computer?",
        "out_of_scope": "Wie wird das Wetter morgen?",
    },
    "en": {
        "childcare": "I am looking for a daycare for my son in Verl",
        "job_support": "I am looking for work and need help with my application in Gütersloh",
        "counselling": "I have questions about my residence permit, where is counselling in Gütersloh?",
        "language_course": "Where can I take a German course in Gütersloh?",
        "prevention": "I am worried, my son watches extremist videos and has radical friends",
        "community": "Is there an association of migrants in Gütersloh?",
        "events": "What events are coming up soon?",
        "emergency": "My husband is hitting me and I am scared",
        "greet": "Hello there",
        "bot_challenge": "Are you a human or a bot?",
        "out_of_scope": "What will the weather be like tomorrow?",
    },
    "ar": {
        "childcare": "أبحث عن روضة أطفال لابني في فيرل",
        "job_support": "أبحث عن عمل وأحتاج مساعدة في طلب التوظيف في غوترسلوه",
        "counselling": "عندي أسئلة عن الإقامة، أين توجد استشارة في غوترسلوه؟",
        "language_course": "أين أستطيع أن أدرس دورة لغة ألمانية في غوترسلوه؟",
        "prevention": "أنا قلقة، ابني يشاهد فيديوهات متطرفة وعنده أصدقاء متشددون",
        "community": "هل توجد جمعية للمهاجرين في غوترسلوه؟",
        "events": "ما هي الفعاليات القادمة قريبا؟",
        "emergency": "زوجي يضربني وأنا خائفة",
        "greet": "مرحبا، السلام عليكم",
        "bot_challenge": "هل أنت إنسان أم روبوت؟",
        "out_of_scope": "كيف سيكون الطقس غدا؟",
    },
    "tr": {
        "childcare": "Verl'de oğlum için bir kreş arıyorum",
        "job_support": "Gütersloh'da iş arıyorum ve başvuru için yardıma ihtiyacım var",
        "counselling": "Oturum iznim hakkında sorularım var, Gütersloh'da danışmanlık nerede?",
        "language_course": "Gütersloh'da nerede Almanca kursuna gidebilirim?",
        "prevention": "Endişeliyim, oğlum radikal videolar izliyor ve aşırılıkçı arkadaşları var",
        "community": "Gütersloh'da göçmen derneği var mı?",
        "events": "Yakında hangi etkinlikler var?",
        "emergency": "Kocam beni dövüyor, çok korkuyorum",
        "greet": "Merhaba, iyi günler",
        "bot_challenge": "Sen insan mısın yoksa bot musun?",
        "out_of_scope": "Yarın hava nasıl olacak?",
    },
    "uk": {
        "childcare": "Шукаю дитячий садок для сина у Ферлі",
        "job_support": "Шукаю роботу і потрібна допомога з резюме в Гютерсло",
        "counselling": "У мене питання щодо дозволу на проживання, де є консультація в Гютерсло?",
        "language_course": "Де в Гютерсло можна пройти курс німецької мови?",
        "prevention": "Я хвилююся, мій син дивиться радикальні відео і має екстремістських друзів",
        "community": "Чи є в Гютерсло громадська організація мігрантів?",
        "events": "Які заходи будуть найближчим часом?",
        "emergency": "Мій чоловік б'є мене, мені страшно",
        "greet": "Привіт, добрий день",
        "bot_challenge": "Ти людина чи бот?",
        "out_of_scope": "Яка погода буде завтра?",
    },
    "ru": {
        "childcare": "Ищу детский сад для сына в Ферле",
        "job_support": "Ищу работу и нужна помощь с резюме в Гютерсло",
        "counselling": "У меня вопросы о виде на жительство, где есть консультация в Гютерсло?",
        "language_course": "Где в Гютерсло можно пройти курс немецкого языка?",
        "prevention": "Я волнуюсь, мой сын смотрит радикальные видео и у него экстремистские друзья",
        "community": "Есть ли в Гютерсло организация мигрантов?",
        "events": "Какие мероприятия будут в ближайшее время?",
        "emergency": "Муж бьёт меня, мне страшно",
        "greet": "Здравствуйте, добрый день",
        "bot_challenge": "Ты человек или бот?",
        "out_of_scope": "Какая погода будет завтра?",
    },
    "fa": {
        "childcare": "دنبال مهد کودک برای پسرم در فرل هستم",
        "job_support": "دنبال کار هستم و برای درخواست کار در گوترسلو کمک لازم دارم",
        "counselling": "درباره اقامتم سوال دارم، در گوترسلو مشاوره کجاست؟",
        "language_course": "در گوترسلو کجا می‌توانم کورس زبان آلمانی بروم؟",
        "prevention": "نگرانم، پسرم ویدیوهای افراطی می‌بیند و دوستان تندرو دارد",
        "community": "آیا در گوترسلو انجمن مهاجران هست؟",
        "events": "به زودی چه برنامه‌هایی هست؟",
        "emergency": "شوهرم کتکم میزند و می‌ترسم",
        "greet": "سلام، روز بخیر",
        "bot_challenge": "تو آدم هستی یا ربات؟",
        "out_of_scope": "هوای فردا چطور است؟",
    },
    "ro": {
        "childcare": "Caut o grădiniță pentru fiul meu în Verl",
        "job_support": "Caut de lucru și am nevoie de ajutor cu aplicația în Gütersloh",
        "counselling": "Am întrebări despre permisul de ședere, unde este consiliere în Gütersloh?",
        "language_course": "Unde pot face un curs de germană în Gütersloh?",
        "prevention": "Sunt îngrijorată, fiul meu se uită la videoclipuri radicale și are prieteni extremiști",
        "community": "Există o asociație a migranților în Gütersloh?",
        "events": "Ce evenimente sunt în curând?",
        "emergency": "Soțul meu mă bate, mi-e frică",
        "greet": "Bună ziua",
        "bot_challenge": "Ești om sau robot?",
        "out_of_scope": "Cum va fi vremea mâine?",
    },
    "bg": {
        "childcare": "Търся детска градина за сина си във Ферл",
        "job_support": "Търся работа и имам нужда от помощ с кандидатурата в Гютерсло",
        "counselling": "Имам въпроси за разрешението за пребиваване, къде има консултация в Гютерсло?",
        "language_course": "Къде в Гютерсло мога да запиша курс по немски?",
        "prevention": "Притеснявам се, синът ми гледа радикални видеа и има екстремистки приятели",
        "community": "Има ли в Гютерсло сдружение на мигранти?",
        "events": "Какви събития има скоро?",
        "emergency": "Мъжът ми ме бие, страх ме е",
        "greet": "Здравейте, добър ден",
        "bot_challenge": "Ти човек ли си или бот?",
        "out_of_scope": "Какво ще е времето утре?",
    },
    "pl": {
        "childcare": "Szukam przedszkola dla syna w Verl",
        "job_support": "Szukam pracy i potrzebuję pomocy z aplikacją w Gütersloh",
        "counselling": "Mam pytania o pozwolenie na pobyt, gdzie jest poradnictwo w Gütersloh?",
        "language_course": "Gdzie w Gütersloh mogę zrobić kurs niemieckiego?",
        "prevention": "Martwię się, mój syn ogląda radykalne filmy i ma ekstremistycznych znajomych",
        "community": "Czy w Gütersloh jest stowarzyszenie migrantów?",
        "events": "Jakie wydarzenia są wkrótce?",
        "emergency": "Mąż mnie bije, boję się",
        "greet": "Dzień dobry",
        "bot_challenge": "Jesteś człowiekiem czy botem?",
        "out_of_scope": "Jaka będzie jutro pogoda?",
    },
}
HOURS_QUESTIONS = {
    "de": "Wann sind die Öffnungszeiten?",
    "en": "What are the opening hours?",
    "ar": "ما هي أوقات الدوام؟",
    "tr": "Çalışma saatleri ne zaman?",
    "uk": "Які години роботи?",
    "ru": "Какие часы работы?",
    "fa": "ساعت کاری چیست؟",
    "ro": "Care este programul de lucru?",
    "bg": "Какво е работното време?",
    "pl": "Jakie są godziny otwarcia?",
}
TOWNS = {"childcare": "Verl"}
CASES = [(lang, flow) for lang in LANGUAGES for flow in MESSAGES["de"]]


def say_in(stack: Stack, lang: str, sender: str, text: str) -> dict[str, Any]:
    """The gateway's reply to `text` in a conversation opened in `lang`."""
    stack.say(sender, f"/lang {lang}")
    return stack.say(sender, text)


def converse(stack: Stack, lang: str, flow: str, sender: str = "") -> list[dict[str, Any]]:
    reply = say_in(stack, lang, sender or f"flow-{lang}-{flow}", MESSAGES[lang][flow])
    assert reply["language"] == lang, reply
    assert all(m["dir"] == direction(lang) for m in reply["messages"])
    return reply["messages"]


def card_ids(stack: Stack, messages: list[dict[str, Any]], lang: str, category: str,
             town: str) -> set[str]:  # fmt: skip
    """Directory ids of the services whose cards (first line = name) appear in the answer."""
    with open_directory(stack.env["DATABASE_URL"]) as directory:
        hits = directory.search(Query(category=category, town=town, limit=100))
    names = {h.service.name_in(lang): h.service.id for h in hits}
    firsts = {m["text"].split("\n")[0] for m in messages}
    return {names[first] for first in firsts if first in names}


@pytest.mark.parametrize(("lang", "flow"), CASES)
def test_flow(stack: Stack, lang: str, flow: str) -> None:
    messages = converse(stack, lang, flow)
    texts = "\n".join(m["text"] for m in messages)
    if flow == "emergency":
        assert all(number in messages[0]["text"] for number in EMERGENCY_NUMBERS.values())
        assert t("emergency.person", lang) in texts
    elif flow == "greet":
        assert messages[0]["text"] == t("menu.intro", lang)
        assert len(messages[0]["buttons"]) >= 8
    elif flow == "bot_challenge":
        assert messages[0]["text"] == t("bot_challenge", lang)
    elif flow == "out_of_scope":  # honest about the limits, with the numbers for a missed crisis
        assert messages[0]["text"] == t("out_of_scope", lang)
        assert messages[-1]["text"] == t("emergency.hint", lang, **EMERGENCY_NUMBERS)
    elif flow == "events":
        assert_upcoming_events(stack, messages, lang)
    else:
        town = TOWNS.get(flow, "Gütersloh")
        found = card_ids(stack, messages, lang, flow, town)
        assert found, texts
        assert t("explain." + flow, lang) in texts
        assert any(t("feedback.ask", lang) == m["text"] for m in messages)
        if flow == "prevention":
            assert_prevention_status(texts, lang)
        if flow == "community":
            assert t("card.partner", lang) in texts


def assert_upcoming_events(stack: Stack, messages: list[dict[str, Any]], lang: str) -> None:
    now = datetime.now(ZoneInfo("Europe/Berlin"))
    with open_directory(stack.env["DATABASE_URL"]) as directory:
        events = directory.export_document().events
    texts = "\n".join(m["text"] for m in messages)
    shown = [e for e in events if e.title_in(lang) in texts]
    assert shown, texts
    assert all(e.ends_at > now for e in shown)
    assert messages[0]["text"] == t("events.intro", lang)


def assert_prevention_status(texts: str, lang: str) -> None:
    """The hotline's open/closed state is said, with the next opening when closed."""
    open_prefix = t("card.open_now", lang, time="").split("{")[0][:8]
    closed_prefix = t("card.closed_now", lang, when="")[:8]
    assert open_prefix in texts or closed_prefix in texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_opening_hours_of_the_service_just_discussed(stack: Stack, lang: str) -> None:
    messages = converse(stack, lang, "childcare", sender=f"hours-{lang}")
    first_card = messages[1]["text"].split("\n")[0]
    reply = stack.say(f"hours-{lang}", HOURS_QUESTIONS[lang])["messages"]
    assert reply[0]["text"].startswith(t("hours.header", lang, name=first_card)), reply[0]["text"]
    assert t("card.checked", lang, date="", source="")[:6] in reply[0]["text"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_parse_api_gives_language_intent_and_entities(stack: Stack, lang: str) -> None:
    status, body = stack.post("/api/v1/parse", {"text": MESSAGES[lang]["childcare"]})
    assert status == 200
    assert body["language"] == lang
    assert body["intent"]["name"] == "find_childcare" and 0 < body["intent"]["confidence"] <= 1
    assert {"entity": "town", "value": "Verl"} in [
        {"entity": e["entity"], "value": e["value"]} for e in body["entities"]
    ]


@pytest.mark.parametrize("text", ["👍", "???", "…", "3", "  ok  "])
def test_symbols_and_lone_numbers_get_an_answer(stack: Stack, text: str) -> None:
    """Messages with little or no text for the n-gram and embedding features still parse and
    get a reply (an answer or a question back), never an error."""
    status, body = stack.post("/api/v1/parse", {"text": text})
    assert status == 200 and body["intent"]["name"], body
    assert stack.say(f"symbols-{len(text)}-{ord(text.strip()[0])}", text)["messages"]


def test_opening_hours_of_a_named_service(stack: Stack) -> None:
    reply = stack.say("hours-named", "Wann hat das Jobcenter in Gütersloh geöffnet?")["messages"]
    header = reply[0]["text"].split("\n")[0]
    assert header.startswith("Öffnungszeiten von Jobcenter"), header


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Gibt es einen syrischen Verein in Gütersloh?"),
        ("en", "Is there a Syrian association in Gütersloh?"),
        ("ar", "هل توجد جمعية سورية في غوترسلوه؟"),
    ],
)
def test_communities_by_origin(stack: Stack, lang: str, text: str) -> None:
    messages = say_in(stack, lang, f"origin-{lang}", text)["messages"]
    with open_directory(stack.env["DATABASE_URL"]) as directory:
        syrian = directory.get("svc-mso-syrischer-kulturverein-guetersloh")
    assert syrian is not None
    assert messages[1]["text"].split("\n")[0] == syrian.name_in(lang)


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("de", "ich verstehe kein Deutsch, bitte auf Arabisch", "ar"),
        ("en", "I don't understand English, Persian please", "fa"),
        ("ru", "не понимаю по-русски, пишите по-украински", "uk"),
        ("pl", "nie rozumiem po polsku, proszę po ukraińsku", "uk"),
    ],
)
def test_the_language_asked_for_is_not_the_one_the_user_cannot_read(
    stack: Stack, lang: str, text: str, wanted: str
) -> None:
    reply = say_in(stack, lang, f"denied-{lang}", text)
    assert reply["language"] == wanted, reply
    assert reply["messages"][0]["text"] == t("language.changed", wanted)


@pytest.mark.parametrize(
    ("lang", "text"), [("de", "ich verstehe kein Deutsch"), ("tr", "Almanca bilmiyorum")]
)
def test_a_language_the_user_cannot_read_is_not_chosen_they_are_asked(
    stack: Stack, lang: str, text: str
) -> None:
    reply = say_in(stack, lang, f"denied-only-{lang}", text)
    assert reply["language"] == lang, reply
    assert reply["messages"][0]["text"] == t("language.ask", lang)
    assert len(reply["messages"][0]["buttons"]) == len(LANGUAGES)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "does the fire brigade in Verl have an open day? my son loves fire engines"),
        ("fa", "آتش نشانی ورل روز درهای باز داره؟ پسرم عاشق ماشین آتش نشانیه"),
        ("pl", "Czy straż pożarna w Verl ma dzień otwarty? Mój syn kocha wozy strażackie"),
    ],
)
def test_a_calm_question_with_an_alarming_word_gets_the_numbers_and_its_topic(
    stack: Stack, lang: str, text: str
) -> None:
    """The keyword net answers 'fire' with the numbers; the classifier's reading of the rest
    (events) is offered after them, so the user need not ask again."""
    messages = say_in(stack, lang, f"calm-{lang}", text)["messages"]
    assert all(number in messages[0]["text"] for number in EMERGENCY_NUMBERS.values())
    assert messages[-1]["text"] == t("emergency.other_topic", lang)
    assert MENU_PAYLOADS["events"] in [b["payload"] for b in messages[-1]["buttons"]]


@pytest.mark.parametrize(
    ("lang", "text", "flow"),
    [
        ("fa", "salam, baraye khanumam ye kelase zabane almani dar Gütersloh mikham", "language_course"),
        ("fa", "pedaram oftade zamin, bihoshe va nafas nemikeshe", "emergency"),
        ("ar", "marhaba, baddi kurs almani la marti bi Gütersloh", "language_course"),
        ("ar", "please help el walad waqa3", "emergency"),  # read as English before
    ],
)
def test_arabic_and_farsi_in_latin_letters_are_answered_in_the_conversations_language(
    stack: Stack, lang: str, text: str, flow: str
) -> None:
    reply = say_in(stack, lang, f"latin-{lang}-{flow}", text)
    assert reply["language"] == lang, reply
    texts = "\n".join(m["text"] for m in reply["messages"])
    if flow == "emergency":
        assert all(number in reply["messages"][0]["text"] for number in EMERGENCY_NUMBERS.values())
        assert t("emergency.person", lang) in texts
    else:
        assert t("explain." + flow, lang) in texts
