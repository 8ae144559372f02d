"""The deterministic safety net: emergencies are answered even when Rasa is down or slow.

The gateway answers every message that `is_emergency` flags with the emergency numbers, before
and independently of Rasa, and the NLU component `rasa_addons.safety` trusts it too. The lists
favour recall: a false alarm costs one extra message with phone numbers, a miss can cost a life.
They must still stay quiet on ordinary requests for services, or people asking for a Kita get
phone numbers instead of an answer.

Three kinds of keywords, per language, each language in a module of `bot.safety.keywords` (all
languages are matched at once: people mix them):

- `STEMS` name acute danger on their own: violence, threats, suicidal thoughts and self-harm,
  medical emergencies, a child in danger, fire and gas, stalking, forced marriage, sexual
  violence, being locked in, an ambulance. They also name a crisis told quietly, by the phrases
  it is told in: a farewell ("this is my last message", "tell my kids papa loved them"), final
  arrangements ("who takes my cat when I'm no longer alive"), means at hand ("bought a rope"),
  "I just wanted someone to know". Idioms cut the ordinary twins of these phrases: a farewell
  before a move, a grandmother's will, rope for the move.
- `CRIES` alarm unless the message also names a service (`SERVICE_WORDS`). They are calls for
  help ("помогите", "ajutor", "ساعدوني", "imdat"), and words that are alarming alone but also
  occur in ordinary requests: "police" ("no police, just advice about my son"), "missing"
  ("my passport is missing"), "I'm scared" ("scared of the exam"), "112" ("the Kita costs 112
  euro"). So "помогите" and "помогите срочно" alarm, "помогите найти работу" does not.
- `WEAK_CRIES` ("Hilfe", "help", singular "help me" in each language) are also how people talk
  to the bot, so they alarm only when shouted: an exclamation mark, capitals, a letter held
  down ("hilfeee"), a doubled cry or an `URGENCY` word ("schnell", "срочно", "بسرعة"). Arabic
  script has no capitals, so there a message that is the cry alone ("کمک") counts as shouted.

`IDIOMS` are phrases that contain an alarming word but name no danger: hyperbole ("dying to
know", "das Jobcenter bringt mich um mit den Briefen", "umieram z nudów"), ordinary threats (a
boss or landlord threatening to fire or evict), negations ("kein Notfall", "acil değil"), a
dream, film or news report, a job ("ambulance driver"), and a past event told to ask for a service
("پنج سال پیش کتکم میزد"). They are cut out of the text before anything is matched, so a danger
named beside them still alarms ("my landlord threatens me with a knife", "... الان دوباره
کتکم میزنه"). Urgency words never alarm alone, and crisis services ("Frauenhaus") and a bare
"I'm dying" are cries: asking for their opening hours is no alarm. In an idiom "…" stands for up
to four words, "‥" for up to four that are not "now", "today" or "last night" (a past clause
ends there), and "⁝" like "‥" but to the furthest part: every danger in a dream or film is the
story's ("خواب دیدم یکی با چاقو دنبالمه").

Where spellings vary by rule (Arabizi vowels and prefixes, Finglish, "X is killing me" for many
things X), a list is generated from short word lists (`*(f"{a} {b}" for a in ... for b in ...)`).
About 174,000 keywords and 132,000 idioms compile once into tries (`_patterns`, 30–45 s at
start-up); a message then takes well under a millisecond.

Matching works on folded text (`bot.text.fold`): casefolded, accents and Arabic vowel marks
dropped, Farsi and Arabic letter variants unified, letters repeated for emphasis collapsed
("AJUTOOOR" is "ajutor"). A keyword matches at a word start, so inflected forms match
(`schlägt`, `убить`, `öldürmek`); Arabic-script keywords match anywhere in a word, as Arabic and
Farsi attach prefixes (و، ب، بال، ل، می) to it. A keyword ending in `$` must also end a word
(`polis$` is Turkish police, not "Polish"; `fire$` is not "fired"). Short Arabic-script keywords
are avoided for the same reason: "نار" (fire) sits inside Farsi "سمینار" and "وبینار"; where one
is needed, a leading `^` makes it start a word (Dari `^لت میکن`, "beats", is not "دخالت میکنه",
"meddles"). Folding collapses doubled letters in keywords too: "مزاحمم" (harasses me) is "مزاحم"
(polite "مزاحم شدم"), so such a keyword needs the word after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from bot.safety.keywords import ar, bg, de, en, fa, pl, ro, ru, tr, uk
from bot.text import fold

# Numbers given in every language (facts fixed by the issue, not translated by hand).
EMERGENCY_NUMBERS = {
    "police": "110",
    "ambulance": "112",
    "women_helpline": "116 016",
    "crisis_line_1": "0800 111 0 111",
    "crisis_line_2": "0800 111 0 222",
}

# Keyword lists stay packed, a comment per category (ruff format would put one per line).
# fmt: off
# Alarm only when shouted or urgent: they are also how people ask the bot for its menu
# ("help, what can I ask here?"), and Persian "آتش" (fire) also names courses and jobs.
WEAK_CRIES = (
    "hilfe$", "help$", "help me", "hilf mir", "yardım$", "yardim$", "yardım et$", "yardim et$",
    "کمک$", "کمکم کن$", "کمک کن$", "کومک$", "کومکم کن$", "کومک کن$", "komak$", "آتش$", "atash$",
    "помоги мне", "допоможи", "помогни ми", "pomóż mi",
    "pomoz mi", "ajută-mă", "ajuta-ma", "ajutor$", "pomocy$", "помощ$", "pomosht$",
)

URGENCY = (
    "schnell", "sofort", "dringend", "quick", "fast$", "urgent", "asap", "hurry", "acil$",
    "çabuk", "cabuk", "hemen", "терміново", "швидше", "скоріше", "срочно", "скорее", "быстрее",
    "спешно", "бързо", "بسرعة", "مستعجل", "فورا", "فوری", "سریع", "repede", "szybko", "pilne",
)

# A message that is nothing but one of these (and "please") is a cry: "acil", "помощ моля".
LONE_CRIES = ("acil", "ajutor", "pomocy", "помощ", "pomosht", "imdat")
PLEASE = (
    "please", "pls", "bitte", "lütfen", "lutfen", "моля", "molya", "te rog", "va rog", "proszę",
    "prosze", "пожалуйста", "будь ласка", "لو سمحت", "لطفا",
)

# fmt: on

# The four kinds of keywords, per language: each language's lists are one module of
# `bot.safety.keywords`, named by its code.
_LANGUAGES = (de, en, ar, tr, uk, ru, fa, ro, bg, pl)
_LISTS = {lists.__name__.rsplit(".", 1)[1]: lists for lists in _LANGUAGES}

STEMS = {lang: lists.STEMS for lang, lists in _LISTS.items()}

CRIES = {lang: lists.CRIES for lang, lists in _LISTS.items()}

# A service named next to a cry shows a request for that service, not a call for rescue.
SERVICE_WORDS = {lang: lists.SERVICE_WORDS for lang, lists in _LISTS.items()}

# Phrases with an alarming word that name no danger, removed from the folded text before
# matching; "…" stands for up to four words in between (Farsi word order varies), "‥" for up to
# four that are not "now", "today" or "last night" (a past or dreamt clause ends there), "⁝" as
# "‥" to the furthest part (a story's dangers).
IDIOMS = {lang: lists.IDIOMS for lang, lists in _LISTS.items()}

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
WORD_START = r"(?<![^\W_])"
WORD_END = r"(?![^\W_])"

_ELONGATED = re.compile(r"([^\W\d_])\1\1")  # "hilfeee": a letter held down


def _keyword_regex(keywords: Iterable[str]) -> str:
    """One regex for a keyword list: word start for non-Arabic scripts and where a keyword starts
    with `^`, word end where a keyword ends in `$`. Each of the four kinds is a trie ("ab|ac" as
    "a(?:b|c)"), so a search costs microseconds instead of trying a thousand alternatives at every
    position."""
    kinds: dict[tuple[str, str], set[str]] = {}
    for keyword in keywords:
        folded = fold(keyword.removeprefix("^").removesuffix("$"))
        arabic = ARABIC_SCRIPT.search(folded) and not keyword.startswith("^")
        start = "" if arabic else WORD_START
        end = WORD_END if keyword.endswith("$") else ""
        kinds.setdefault((start, end), set()).add(folded)
    return "|".join(
        f"{start}{_trie_regex(words, whole_word=bool(end))}{end}"
        for (start, end), words in sorted(kinds.items())
    )


def _trie_regex(words: Iterable[str], whole_word: bool) -> str:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie, whole_word)


def _node_regex(node: dict[str, dict], whole_word: bool) -> str:
    """A word may end here (""); a prefix keyword makes longer ones redundant unless the match
    must end a word, where the longer ones stay as alternatives to backtrack into."""
    if "" in node and not whole_word:
        return ""
    branches = [re.escape(char) + _node_regex(child, whole_word)
                for char, child in sorted(node.items()) if char]  # fmt: skip
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _idiom_regex(idioms: Iterable[str]) -> str:
    """Idioms as keywords (word start, `^`, `$`), where "…" lets up to four words stand in
    between, "‥" as many but none of them "now", "today" or "last night" (`_NOW`), "⁝" as "‥"
    but to the furthest part; after a part the rest of its word may follow, as Farsi attaches
    endings ("گوشیم"). Like keywords, a trie per kind of start, with the gap as one more step in
    it: thousands of generated idioms cost a few alternatives at each position, and the nearest
    next part wins (the furthest after "⁝")."""
    tries: dict[str, dict] = {}
    for idiom in idioms:
        gap = next((gap for gap in "‥⁝" if gap in idiom), "…")
        parts = [fold(part.strip()) for part in re.split("[…‥⁝]", idiom.removesuffix("$"))]
        arabic = ARABIC_SCRIPT.search(parts[0]) and not idiom.startswith("^")
        parts[0] = parts[0].removeprefix("^")
        node = tries.setdefault("" if arabic else WORD_START, {})
        for step in [*gap.join(parts), "$" if idiom.endswith("$") else ""]:
            node = node.setdefault(step, {})
    return "|".join(f"{start}{_idiom_node(trie)}" for start, trie in sorted(tries.items()))


# A past or told clause ("‥") does not run across "now", "today", "last night" or "suddenly":
# "دو سال پیش اومدیم، دیشب کتکم زد" is an event of last night, not of two years ago.
_NOW = (
    "الان", "حالا", "حالی", "امروز", "امشب", "دیشب", "دیروز", "یهو", "ناگهان", "یکدفعه",
    "یک دفعه", "alan", "hala", "hali", "emruz", "emrooz", "emshab", "dishab", "dirooz", "diruz",
    "yehoo", "yehu",
    # Turkish now, today, yesterday, still, again: "yıllar önce ‥ dövüyordu" ends there too
    "simdi", "su an", "bugun", "bu gece", "dun", "demin", "az once", "artik", "yine", "tekrar",
    # German, English, Polish, Romanian: violence long past ("vor zwei Jahren ‥ geschlagen")
    "jetzt", "heute", "gestern", "wieder", "gerade", "now", "today", "tonight", "yesterday",
    "again", "just", "teraz", "dziś", "dzisiaj", "wczoraj", "znowu", "acum", "azi", "ieri",
    "aseară", "iar",
)  # fmt: skip
_NOW_WORD = f"(?!(?:{'|'.join(map(re.escape, map(fold, _NOW)))}){WORD_END})"
_IDIOM_STEPS = {
    "…": r"\S*(?:\s+\S+){0,4}?\s+",
    "‥": rf"\S*(?:\s+{_NOW_WORD}\S+){{0,4}}?\s+",
    "⁝": rf"\S*(?:\s+{_NOW_WORD}\S+){{0,4}}\s+",
    "$": WORD_END,
    "": "",
}


def _idiom_node(node: dict[str, dict]) -> str:
    """Longer idioms first (ends last), so the longest cut wins."""
    steps = sorted(node.items(), key=lambda item: item[0] in ("", "$"))
    branches = [_IDIOM_STEPS.get(step, re.escape(step)) + _idiom_node(child)
                for step, child in steps]  # fmt: skip
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _all(lists: dict[str, tuple[str, ...]]) -> list[str]:
    return [keyword for keywords in lists.values() for keyword in keywords]


class _Patterns(NamedTuple):
    idioms: re.Pattern[str]
    stems: re.Pattern[str]
    cries: re.Pattern[str]
    weak_cries: re.Pattern[str]
    urgency: re.Pattern[str]
    services: re.Pattern[str]
    lone: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compiled once, on the first message (30–45 s; the gateway and the NLU component do it at
    start-up)."""
    def keywords(words: Iterable[str]) -> re.Pattern[str]:
        return re.compile(_keyword_regex(words))

    return _Patterns(
        idioms=re.compile(_idiom_regex(_all(IDIOMS))),
        stems=keywords(_all(STEMS)),
        cries=keywords(_all(CRIES)),
        weak_cries=keywords(WEAK_CRIES),
        urgency=keywords(URGENCY),
        services=keywords(_all(SERVICE_WORDS)),
        lone=re.compile(f"(?:{_keyword_regex(LONE_CRIES)})(?:[ ,]+(?:{_keyword_regex(PLEASE)}))?"),
    )


def _shouted(text: str, folded: str, patterns: _Patterns) -> bool:
    """Exclamation mark, capitals, a held-down letter, a doubled cry or an urgency word; in
    Arabic script (no capitals) also the cry alone."""
    cased = any(char.isupper() or char.islower() for char in text)
    return (
        "!" in text
        or (cased and text == text.upper())
        or _ELONGATED.search(text) is not None
        or len(patterns.weak_cries.findall(folded)) > 1
        or patterns.urgency.search(folded) is not None
        or (not cased and patterns.weak_cries.fullmatch(folded.strip(" .?،؟")) is not None)
    )


def is_emergency(text: str) -> bool:
    """True when the message mentions acute danger in any of our languages."""
    patterns = _patterns()
    folded = patterns.idioms.sub(" ", fold(text))
    if patterns.stems.search(folded):
        return True
    if patterns.services.search(folded):
        return False
    if patterns.cries.search(folded):
        return True
    if patterns.lone.fullmatch(folded.strip(" .,!?،؟")):
        return True
    return patterns.weak_cries.search(folded) is not None and _shouted(text, folded, patterns)


def emergency_numbers() -> dict[str, str]:
    return dict(EMERGENCY_NUMBERS)
