"""Which language a conversation is in, and when that changes.

A conversation starts from the best prior (Telegram's language_code, the browser's language, an
earlier conversation) and changes language only on confident evidence: several content words and
a clear detection, or letters that only one of our languages uses. A single ambiguous word
(`ok`, `Kita`, `Termin`, `salam`) never flips it. The detector is `lingua`, restricted to our ten
languages; the hard pairs (Arabic/Farsi, Russian/Ukrainian/Bulgarian, Romanian/Turkish) are
settled by letters first. Arabic, Farsi, Ukrainian, Russian and Bulgarian are often typed in
Latin letters (Arabizi, Finglish, translit), which the detector reads as Turkish, Romanian,
Polish or English: such a conversation moves to a language in Latin letters only on that
language's own letters or marker words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.directory.gazetteer import resolve_town
from bot.i18n import LANGUAGES
from bot.text import fold

# Words that say nothing about the writer's language: German institution words used in every
# language, greetings shared across languages, and chat fillers.
NEUTRAL_WORDS = frozenset(
    """
    ok okay okey oki kita kitas jobcenter termin termine ausländerbehörde auslanderbehorde
    auslaenderbehoerde integrationskurs bamf bürgergeld burgergeld anmeldung jugendamt vhs
    wegweiser salam salaam selam marhaba merhaba hallo hello hi hey bye tschüss ciao danke
    thanks mersi merci tamam da ja yes no nein sms whatsapp telegram pdf b1 b2 a1 a2
    """.split()
)

# German institution words that newcomers use inside every language; they say nothing about
# the writer's language (a German sentence has other German words besides them).
INSTITUTION_WORDS = frozenset(
    """
    agentur arbeit ausbildung ausbildungsplatz bewerbung bewerbungen lebenslauf veranstaltung
    veranstaltungen tagespflege kindertagespflege deutschkurs sprachkurs kindergarten kitaplatz
    anerkennung duldung aufenthalt aufenthaltstitel datenlöschung sprachcafé sprachcafe
    migrationsberatung beratung jobcentre kitaanmeldung rumänisch polnisch türkisch arabisch
    """.split()
)

# Frequent words that belong to exactly one of our languages (function words, chat
# transliterations of Arabic and Farsi, and in Arabic script the words that tell Farsi from
# Arabic). Several of them outweigh the detector on short text. Compared folded (bot/text.py), so
# a Farsi word typed on an Arabic keyboard (ي ك) is still the Farsi word.
MARKER_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(word) for word in words.split())
    for lang, words in {
        "de": "ich und für nicht ist wo suche bitte mein meine meinen wir haben gibt brauche kann "
        "du bist der das ein eine mit auf zu wie wann mir mich uns hier auch noch ort",
        "en": "the and is my for where please you what looking need want can how does who will "
        "would we we're i'm it's there this that with have from your our they could should",
        "tr": "ve bir için icin var yok nasıl nasil lazım lazim istiyorum arıyorum ariyorum "
        "yardım yardim oğlum oglum kızım kizim benim bebek kres bu zaman lütfen lutfen misin",
        "pl": "w dla jest się sie czy mam szukam potrzebuję potrzebuje mój moj moja syna córki "
        "nie jak gdzie mnie co proszę prosze dziękuję dziekuje",
        "ro": "pentru și este vreau caut unde fiul meu mea sunt nevoie copilul rog stau să sa "
        "si nu ce cu din poți poti poate avem aveți aveti copii",
        "uk": "що це мені мене будь ласка дякую чи як шукаю потрібно потрібен потрібна є мій моя "
        "зараз яка який яке дитина синочку",
        "ru": "что это мне меня пожалуйста спасибо нужен нужна нужно ищу где есть мой моя живем "
        "для можно хочу помогите привет здравствуйте",
        "bg": "какво това има къде искам трябва моля благодаря търся ли съм сме сте ще днес кой "
        "мен си аз вие нещо някой кога защо тук дете детето детска",
        "ar": "badi bade baddi shu sho ana enta inta ibni binti zawji 3am bi wala ma3 el lal li "
        "hal yujad qarib fi kifak marhaba shukran kif wen wein bel hon hek mish msh mafi ya3ni "
        "ahlan sahlan lugha marti akhi "
        # Chat spellings from the training data's Latin Arabic lines, chosen as for Farsi below.
        "shi bukra emta ktir bghit yom yala fik abgha wlad dawam hada lel kel kheir bidi 7a2i2i "
        "beit akid mumkin araid wladi fiyi 7ari2 hesa walah machi chno snin 7u2u2i dyali "
        "mustashar mutashaded mutatarifa bokra nadi kayn bdi yedrubni yetnafas ukhti walad "
        "في هل انا وين ليش عندي اللي هذا هاد هذه مش عم اريد ابغى سمحت شكرا ايش شلون اني احتاج ابحث "
        "الى مع",
        "fa": "mikham mikhaham mikonam mikoni baraye daram darid chi ro pesaram dokhtaram "
        "shoharam komak zaban kon ast hast sohbat konam begiram soal mituni mitoonam lotfan "
        "khodahafez khoda hafez mamnun mamnoon kheyli kheili khubi chetori nist hastam hasti "
        "bede bedin konid kardam shoma che chera koja kojast kojan bache pesar dokhtar mishe "
        "nemishe mikone mikonan mikhad bezanam bezane harf chand chande hastan hastid yeki behem "
        "bayad gofte shod shode emrooz farda hafte inja mano khoone baradaram hamvatan peyda "
        "mekona mekonum mekonom mekonam mekunam mekhayum mekhaya mekhayam mesha meshe nametanam "
        "metanam zud bacham bachem bachema khana xana padaram madaram mera gereft grift kada shud "
        "amad dega digar "
        # Chat spellings (Iranian and Afghan) from the training data's Latin lines: in five or
        # more Farsi lines, in no other language's lines, and no word of another of our languages.
        "kasi dige nafar hame emshab chie karde barname beram javab haye moshavere efrati chikar "
        "kelas nemikham chetor kuja ashna khob dard mige mizane goroh miad konom vaghei shab "
        "salashe moshaver bekheir asti darin bego bashe dorost anjoman benevis sobh dostam "
        "nemikeshe tashakor balad afghani pedaram irani khub hamin nadaram shoro zendegi hazf "
        "ziad kard bokoni baram kunum nemide oftad emruz khun komakam mashin nemikonam zanam avaz "
        "kone zang atish gerefte felan fori mitoni nemidonam beporsam chiz mahd bacha besham "
        "tamom bedam shuda negaranam ghors zende dadash dast nistam hastim mahe darbare madrak "
        "astom pish mashwara khabar khune vaght khosh azizam bashi kardi doroste chejori "
        "nemidunam mide mizanam begu shodam mikonim benevisam mikhayum kardan eghamatam nadade "
        "tamdid oftade mibine shohar shanbe kodam khon chagho biron motar sabzi bekharam nakone "
        "hatman rahnama mikhayom khali mekhaim mishnasi chejuri salesh dastesh khodamo nemifahmam "
        "mitunam hamash nadarom bachaha biyaram zanan khanevade daftar jalase jashn karmand mard "
        "bidar chaqu bezan englisi chetore khaste bakhair didar dastet azat etelat befrest "
        "mikhastam hich shoru mikhaym hosh donbale ezterari berim goft zanha eghamat shoda "
        "shekaste negaran kelase astum gorohe khaharam bazin irania mishan tanham afghana vasl "
        "nemitone bihosh donbalam khordam nemitunam khorde tasadof dishab gerefta hama etelatam "
        "khobi dashtom minevisam mamnunam komaket lotf ghabol adami zohr nazdik zamin dade chon "
        "faghat kojas nemikone faqat bigirum baray khanevadegi darkhast begam tajavoz amada "
        "bezanom basham bedan sabtenam bedun tondro shomare dustam bazid gorohi mohajerin etela "
        "bemiram mitarsam hamsaye meya qofl pesh aftada behtar "
        "است هست هستم هستیم نیست را رو برای کجا کجاست خیلی میخوام میخواهم میخواستم میکنم میکنه "
        "نمیدونم نمیدانم میتونم میتوانم میشه میخواد کنید کنین کنم دارم داره ندارم نداره شده کردم "
        "کرده دخترم شوهرم خانمم باید خوبه",
    }.items()
}

# Letters only Arabic writes: teh marbuta, alef maksura, hamza forms. Arabic yeh and kaf (ي ك)
# also come from Farsi typed on an Arabic keyboard, so with only those the words decide.
ARABIC_ONLY = "ةىأإؤ"
ARABIC_KEYBOARD = "\u064a\u0643"
_FARSI_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9"})
# Letters only one of our languages uses (within its script), strong evidence on their own.
UNIQUE_LETTERS: tuple[tuple[str, str], ...] = (
    ("fa", "پچژگ\u06cc\u06a9"),  # پ چ ژ گ, Farsi yeh and keheh
    ("ar", ARABIC_ONLY + ARABIC_KEYBOARD),
    ("uk", "іїєґІЇЄҐ"),
    ("ru", "ыэёЫЭЁ"),
    ("ro", "ășțĂȘȚ"),  # comma-below letters; the cedilla forms ş ţ are shared with Turkish
    ("pl", "ąęłśźżćńĄĘŁŚŹŻĆŃ"),
    ("tr", "ğıİĞ"),
    ("de", "äßÄ"),
)
# Bulgarian: ъ as a vowel inside a word (къде, търся); Russian uses it only before е ё ю я.
BULGARIAN_HARD_SIGN = re.compile(r"[а-я]ъ(?![еёюя])[а-я]", re.IGNORECASE)
WORD = re.compile(r"[^\W_]*[^\W\d_][^\W_]*")  # words may contain digits (Arabizi: 3ndak)
# Arabic in Latin letters writes ع ح ء ق … as digits inside words (3ndi, sa3a, 7ada, la2); ages
# and times with units ("3jahre", "7pm") do not count.
_UNIT = r"st|nd|rd|th|am|pm|h|j|x|y|km|kg|min|jahre?|yas\w*|ani|lat|years?|uhr"
ARABIZI = re.compile(rf"(?![0-9]+(?:{_UNIT})$)[a-z]*[235789][a-z]+|[a-z]{{2,}}[235789]")
# Farsi in Latin letters: present-tense verbs with the prefix mi-/nemi- (mikham, nemifahmam,
# miyam), not Turkish questions (kalabilir miyim, miydi).
FINGLISH_VERB = re.compile(
    r"(?:n[ae])?mi(?:kh|sh|t|r|g|z|f|b|y(?=a)|k)[a-z]*(?:am|i|e|im|id|in|an|and|ad|eh)"
)
LATIN_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")
# Languages whose speakers type them in Latin letters when the phone lacks their keyboard.
TYPED_IN_LATIN_TOO = frozenset({"ar", "fa", "uk", "ru", "bg"})

CONFIDENT = 0.75  # detector confidence needed to change an established language
START_CONFIDENT = 0.55  # enough to pick the first language when there is no prior
MIN_WORDS_TO_SWITCH = 3


@dataclass(frozen=True)
class Guess:
    lang: str | None
    confidence: float
    words: int
    by_letters: bool = False


@dataclass(frozen=True)
class Decision:
    lang: str
    changed: bool
    ask: bool  # unsure at the start: ask with language buttons


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    wanted = {
        Language.GERMAN, Language.ENGLISH, Language.ARABIC, Language.TURKISH,
        Language.UKRAINIAN, Language.RUSSIAN, Language.PERSIAN, Language.ROMANIAN,
        Language.BULGARIAN, Language.POLISH,
    }  # fmt: skip
    return LanguageDetectorBuilder.from_languages(*wanted).with_preloaded_language_models().build()


def warm_up() -> None:
    """Loads the detector's models (about 2 s) so the first user does not wait for it."""
    _detector()


def content_words(text: str) -> list[str]:
    """Words that carry language evidence: no institution words, greetings or town names.

    When a message mixes scripts (Cyrillic or Arabic text with German words in Latin letters),
    only the non-Latin words count: the German ones are names of things.
    """
    words = []
    for word in WORD.findall(text):
        folded = word.casefold()
        if folded in NEUTRAL_WORDS or folded in INSTITUTION_WORDS or resolve_town(word):
            continue
        words.append(word)
    non_latin = [w for w in words if not LATIN_WORD.fullmatch(w)]
    return non_latin or words


def _marker_votes(words: list[str]) -> dict[str, int]:
    """How many of the words are each language's marker words (or Arabizi / Finglish forms)."""
    folded = [fold(w) for w in words]
    votes = {lang: sum(w in markers for w in folded) for lang, markers in MARKER_WORDS.items()}
    lowered = [w.casefold() for w in words]
    votes["ar"] += sum(bool(ARABIZI.fullmatch(w)) for w in lowered)
    votes["fa"] += sum(bool(FINGLISH_VERB.fullmatch(w)) for w in lowered)
    return votes


def _by_markers(words: list[str]) -> str | None:
    """The language whose marker words clearly dominate, if any."""
    votes = _marker_votes(words)
    ranked = sorted(votes.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 2 and top > 2 * second:
        return best
    if top >= 1 and second == 0 and len(words) <= 3:
        return best
    return None


def _by_letters(text: str, words: list[str]) -> str | None:
    hits = {lang for lang, letters in UNIQUE_LETTERS if any(ch in letters for ch in text)}
    if BULGARIAN_HARD_SIGN.search(text):
        hits.add("bg")
    if len(hits) > 1:
        hits.discard("de")  # ä and ß also appear in German words inside other languages
    if hits == {"ar"} and _farsi_on_arabic_keyboard(text, words):
        return "fa"
    return hits.pop() if len(hits) == 1 else None


def _farsi_on_arabic_keyboard(text: str, words: list[str] | None = None) -> bool:
    """Arabic yeh or kaf (ي ك) but no letter only Arabic writes: Arabic, or Farsi typed on an
    Arabic keyboard; more Farsi words than Arabic ones (the text's content words unless given)
    say Farsi."""
    if not any(ch in ARABIC_KEYBOARD for ch in text) or any(ch in ARABIC_ONLY for ch in text):
        return False
    votes = _marker_votes(content_words(text) if words is None else words)
    return votes["fa"] > votes["ar"]


def with_farsi_letters(text: str) -> str:
    """Farsi typed on an Arabic keyboard retyped with Farsi letters (ي ك as ی ک), so that the
    sentence encoder reads it as the Farsi it is; any other text comes back unchanged."""
    return text.translate(_FARSI_LETTERS) if _farsi_on_arabic_keyboard(text) else text


def detect(text: str) -> Guess:
    """Best guess of the language of one message, with the evidence behind it."""
    text = unicodedata.normalize("NFC", text)
    words = content_words(text)
    if not words:
        return Guess(None, 0.0, 0)
    sample = " ".join(words)
    values = _detector().compute_language_confidence_values(sample)
    scores = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
    if lettered := _by_letters(sample, words):
        return Guess(lettered, max(scores.get(lettered, 0.0), 0.9), len(words), by_letters=True)
    if marked := _by_markers(words):
        return Guess(marked, max(scores.get(marked, 0.0), CONFIDENT), len(words))
    best = max(scores, key=scores.__getitem__)
    return Guess(best if best in LANGUAGES else None, scores[best], len(words))


def _maybe_typed_in_latin(text: str, guess: Guess, lang: str | None) -> bool:
    """Could this message be `lang` typed in Latin letters, which the detector took for another
    language? Yes unless its letters (ş, ą, ă …) or more of its marker words than of `lang`'s
    say otherwise."""
    if guess.lang is None or _named_by_letters(guess):
        return False
    if lang not in TYPED_IN_LATIN_TOO or guess.lang in TYPED_IN_LATIN_TOO:
        return False
    words = _latin_content_words(text)
    if words is None:
        return False
    votes = _marker_votes(words)
    return votes[guess.lang] <= votes[lang]


def _named_by_letters(guess: Guess) -> bool:
    """Letters only the guessed language uses named it. German ä ß do not count: they come with
    German words inside other languages (Verlängerung, Ausländeramt)."""
    return guess.by_letters and guess.lang != "de"


def _latin_content_words(text: str) -> list[str] | None:
    """The message's content words if all of them are written in Latin letters, else None."""
    words = content_words(text)
    return words if all(LATIN_WORD.fullmatch(word) for word in words) else None


def in_latin_letters(text: str) -> bool:
    """Whether all the message's content words are written in Latin letters."""
    return _latin_content_words(text) is not None


def arabizi_or_finglish(text: str) -> bool:
    """Arabic or Farsi typed in Latin letters: Latin letters only, and at least one Arabic or
    Farsi marker word (3ndi, baddi, mikham, baraye …), no fewer than any other language has."""
    words = _latin_content_words(text)
    if words is None:
        return False
    votes = _marker_votes(words)
    ours = votes.pop("ar") + votes.pop("fa")
    return ours >= 1 and ours >= max(votes.values())


def decide(text: str, current: str | None, prior: str | None = None) -> Decision:
    """The conversation's language after this message."""
    guess = detect(text)
    if current is None:
        # Arabic or Farsi in Latin letters that the detector reads as another language: start
        # from the prior and ask, rather than in the detector's language.
        misread = (
            guess.lang not in ("ar", "fa")
            and not _named_by_letters(guess)
            and arabizi_or_finglish(text)
        )
        if (
            guess.lang
            and (guess.by_letters or guess.confidence >= START_CONFIDENT)
            and not _maybe_typed_in_latin(text, guess, prior)
            and not misread
        ):
            return Decision(guess.lang, True, ask=False)
        if prior in LANGUAGES:
            return Decision(prior, True, ask=misread and prior not in ("ar", "fa"))
        return Decision("de", False, ask=True)
    if guess.lang is None or guess.lang == current or _maybe_typed_in_latin(text, guess, current):
        return Decision(current, False, ask=False)
    enough_words = guess.words >= MIN_WORDS_TO_SWITCH or (guess.by_letters and guess.words >= 2)
    if enough_words and guess.confidence >= CONFIDENT:
        return Decision(guess.lang, True, ask=False)
    return Decision(current, False, ask=False)


def from_locale_tag(tag: str | None) -> str | None:
    """'uk-UA', 'ar_SY', 'fa' → our language code, if we speak it (Dari 'prs' counts as fa)."""
    if not tag:
        return None
    code = tag.replace("_", "-").split("-")[0].lower()
    code = {"prs": "fa", "per": "fa"}.get(code, code)
    return code if code in LANGUAGES else None
