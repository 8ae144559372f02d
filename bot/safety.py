"""The deterministic safety net: emergencies are answered even when Rasa is down or slow.

The gateway answers every message that `is_emergency` flags with the emergency numbers, before
and independently of Rasa, and the NLU component `rasa_addons.safety` trusts it too. The lists
favour recall: a false alarm costs one extra message with phone numbers, a miss can cost a life.
They must still stay quiet on ordinary requests for services, or people asking for a Kita get
phone numbers instead of an answer.

Three kinds of keywords, per language (all languages are matched at once: people mix them):

- `STEMS` name acute danger on their own: violence, threats, suicidal thoughts and self-harm,
  medical emergencies, a child in danger, fire and gas, stalking, forced marriage, sexual
  violence, being locked in, an ambulance.
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
About 41,000 keywords and 58,000 idioms compile once into tries (`_patterns`, about 10 s at
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
STEMS: dict[str, tuple[str, ...]] = {
    "de": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "notruf", "krankenwagen", "rettungswagen", "notarzt", "feuerwehr",
        # violence, threats, weapons
        "schlägt mich", "schlägt meine", "schlägt mein", "schlägt uns", "schlägt die kinder",
        "schlägt das kind", "schlägt sie", "schlägt ihn", "schlägt wieder", "schlaegt mich",
        "schlaegt meine", "schlagen mich", "geschlagen", "verprügel", "verpruegel", "prügelt",
        "tritt mich", "tritt meine", "treten mich", "getreten", "haut mich", "würgt", "gewürgt",
        "wuergt", "erwürg", "misshandel", "angegriffen", "angriff", "überfallen", "ueberfallen",
        "überfall", "attackiert", "bedroh", "droht mir", "droht uns", "drohung", "mit dem tod",
        "umbringen", "umzubringen", "bringt mich um", "bringt uns um", "bring mich um",
        "bringe mich um", "bringe ich mich um", "bring ich mich um", "bringt er mich um", "tötet",
        "töten", "töte mich", "toetet", "toeten", "ermord", "erschieß", "erschiess", "erstech",
        "absticht", "messer$", "messern", "pistole", "gewehr", "ehrenmord", "wegen der ehre",
        "sticht mich", "sticht ihn", "sticht sie", "abstechen", "erstechen", "gestochen",
        "zündet", "zuendet", "anzünden", "anzuzünden", "anzuenden", "abfackeln", "brandstift",
        "einbrech", "einzubrechen", "bricht ein", "brechen ein", "fasst mich an", "betatscht",
        "eingeschlossen", "tür eintreten", "tritt die tür ein", "bricht die tür auf", "gedroht",
        "festgehalten", "nicht aus dem haus", "eingedrungen", "erpress", "wirft mit",
        "wirft sachen", "k.o.-tropfen", "ko-tropfen", "häusliche gewalt", "gewalt zu hause",
        "gewalt in der familie", "gewalt in der ehe", "gewalttätig", "gewalttaetig", "anzugreifen",
        "angreifen", "schlagen sie eine", "schlagen sie einen", "schlagen eine", "schlagen einen",
        "runtergestoß", "geschubst", "schubst mich", "stößt mich", "angefasst", "zwingt mich",
        "zwingen mich", "mich gestoßen", "mich gestossen", "hingestoßen", "weggestoßen",
        "treppe runter", "treppe hinunter", "tür aufgebrochen", "tür eingetreten",
        "tuer aufgebrochen",
        "will mir wehtun", "will mir weh tun", "will mich schlagen", "jagt mich", "mit der axt",
        "mit einer axt", "mit dem beil",
        # "... bringt mich mein Mann um" (the subject after the verb)
        *(f"{kills} {who} um" for kills in ("bringt mich", "bringt mich noch")
          for who in ("mein mann", "mein ehemann", "mein vater", "mein bruder", "mein freund",
                      "mein ex", "mein exmann", "mein ex-mann", "mein onkel", "mein cousin",
                      "mein sohn", "mein schwiegervater", "meine familie")),
        "bringen mich meine brüder um", "bringen mich meine eltern um",
        # sexual violence
        "vergewaltig", "missbrauch", "zum sex gezwungen", "mit ihm zu schlafen", "begrapscht",
        "belästig", "belaestig",
        # suicide, self-harm
        "selbstmord", "suizid", "mich umbringen", "mich töten", "nicht mehr leben",
        "nicht mehr weiterleben", "will sterben", "sterben will", "möchte sterben", "um zu sterben",
        "lieber tot", "will tot sein", "das leben nehmen", "leben beenden",
        "schluss machen mit meinem leben", "mit meinem leben schluss", "allem ein ende",
        "keinen sinn mehr", "kein sinn mehr", "sinn mehr zu leben", "sinnlos zu leben",
        "nicht mehr aufwachen", "halte es nicht mehr aus", "halte das nicht mehr aus", "ritze mich",
        "ritzen", "verletze mich", "mich selbst verletz", "selbstverletz", "mir etwas antun",
        "mir was antun", "tabletten genommen", "tabletten geschluckt", "viele tabletten",
        "zu viele tabletten", "überdosis", "ueberdosis", "mich aufhängen", "mich aufhaengen",
        "erhängen", "vom dach springen", "von der brücke", "vor den zug", "pulsader",
        "aufgeschnitten", "wenn ich weg wäre", "nicht mehr da wäre", "dass alles aufhört",
        "alles beenden", "halt es nicht mehr aus", "halt das nicht mehr aus",
        "halt das leben nicht", "halte das leben nicht", "leben nicht mehr aus", "arm geschnitten",
        "mich geschnitten", "geritzt", "ich mag nicht mehr", "alle pillen", "viele pillen",
        "pillen geschluckt", "für immer verschwinden", "fuer immer verschwinden",
        "und will nicht mehr",
        "will springen", "werde springen", "springe runter", "bringt sich um",
        "bringt sie sich um", "sich umbringen", "sich das leben", "sich umzubringen",
        "keinen ausweg", "kein ausweg", "auf der brücke", "auf dem dach und",
        "bringt sich heute", "bringt sich noch um", "bringt sich jetzt um", "sich heute nacht um",
        "will sich umbringen", "will sich töten",
        # medical
        "herzinfarkt", "infarkt", "schlaganfall", "bewusstlos", "ohnmächtig", "ohnmacht",
        "atmet nicht", "keine luft", "kann nicht atmen", "kann nicht mehr atmen", "erstick",
        "blutet", "blute", "viel blut", "blutung", "krampfanfall", "epilepti", "brustschmerz",
        "schmerzen in der brust", "vergiftet", "vergiftung", "putzmittel", "reiniger getrunken",
        "verletzt", "wacht nicht auf", "wird nicht wach", "reagiert nicht",
        "zusammengebrochen", "umgekippt", "kollabiert", "ertrinkt", "ertrunken",
        "ins wasser gefallen", "aus dem fenster gefallen", "fehlgeburt", "umgefallen", "atmet kaum",
        "kaum luft", "verschluckt", "geschluckt", "rtw$", "verbrenn", "verbrüh", "verbrueh",
        "heißes wasser", "kochendes wasser", "kann nicht aufstehen", "steht nicht auf",
        "bewegt sich nicht", "gestürzt", "gestuerzt", "in der brust", "krampf", "gift getrunken",
        "gift geschluckt", "rattengift", "vom balkon", "balkon gefallen", "alle tabletten",
        "atmet komisch", "atmet schwer", "atmet nicht richtig", "läuft blau an", "lauft blau an",
        "wird blau", "liegt auf dem boden", "blau angelaufen", "blaue lippen", "lippen sind blau",
        "in flammen", "fängt feuer",
        "wacht nicht mehr auf", "wird nicht mehr wach", "nicht ansprechbar", "kommt nicht hoch",
        "kommt nicht mehr hoch", "liegt am boden", "zu viel tabletten", "zu viele medikamente",
        "kriegt keine luft", "krieg keine luft", "bekomme keine luft", "bekommt keine luft",
        "brust tut weh", "brust schmerzt", "angefahren", "überfahren", "ueberfahren",
        # a child missing or in danger
        "kind vermisst", "kind ist weg", "tochter ist weg", "sohn ist weg", "stunden weg",
        "geht nicht ans handy", "nicht nach hause gekommen", "nicht nach hause kommt",
        "nicht heimgekommen", "entführ", "kindesmissbrauch", "abgehauen", "weggelaufen",
        "von zu hause weg", "nicht aus der schule",
        # fire, gas
        "brennt", "verbrannt", "rauch überall", "qualm", "nach gas", "gasgeruch", "gasleck",
        "rauch$", "rauchvergiftung", "feuer$", "feuer in", "feuer im", "feuer bei",
        # stalking, locked in, trafficking, forced marriage
        "verfolgt mich", "verfolgt", "verfolgen mich", "stalk", "lauert mir auf", "eingesperrt",
        "sperrt mich ein", "lässt mich nicht raus", "lässt mich nicht gehen", "laesst mich nicht",
        "menschenhandel", "zwangsprostitution", "zwangsheirat", "zwangsehe", "zwangsverheirat",
        "verheiraten", "zu verheiraten", "zur heirat gezwungen", "gezwungen", "einbruch",
        "einbrecher", "ausgeraubt", "folgt mir", "zum heiraten", "soll heiraten", "muss heiraten",
        "rennt mir hinterher", "läuft mir hinterher", "lauft mir hinterher", "hinter mir her",
        "straße hinterher", "strasse hinterher", "rennt mir nach", "läuft mir nach",
        # shooting, explosives, attacks under way or planned
        "schießt", "schiesst", "schießen", "schiessen", "schüsse", "schuesse", "schuss$",
        "schießerei", "schiesserei", "geschossen", "bombe", "sprengstoff", "sprengen",
        "in die luft jagen", "in die luft sprengen", "explosion", "explodiert", "amoklauf",
        "amok$",
        # intruder in the home, kidnapping, locked in, not safe
        "ins auto gezogen", "in ein auto gezogen", "ins auto gezerrt", "in ein auto gezerrt",
        "ins auto gezwungen", "verschleppt", "jemand ist in der wohnung",
        "jemand ist in unserer wohnung", "jemand ist in meiner wohnung", "jemand ist im haus",
        "fremder in der wohnung", "fremder im haus", "scheibe eingeschlagen",
        "fenster eingeschlagen", "komme nicht raus", "kann nicht raus", "zu hause nicht sicher",
        "daheim nicht sicher", "nicht sicher zu hause", "habe mich versteckt",
        "hab mich versteckt",
        # danger
        "in gefahr", "lebensgefahr", "angst um mein leben", "terrorgrupp", "terrororganisation",
        "terrormiliz",
        # indirect suicidal wording, farewell letters, pills gathered
        "nicht mehr hier sein", "nicht mehr da sein", "besser ohne mich", "besser dran ohne mich",
        "allen zur last", "nie wieder aufwachen", "nie mehr aufwachen", "einschlafen und nie",
        "kraft mehr zu leben", "kraft zum leben", "abschiedsbrief", "abschiedsnachricht",
        "abschied geschrieben", "tabletten schon hier", "tabletten liegen bereit",
        "tabletten gesammelt", "tabletten gehortet", "tabletten gespart", "pillen gesammelt",
        "medikamente gesammelt", "tabletten sind hier", "tabletten vor mir",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "schreibe leise", "schreibe heimlich", "schreib leise", "schreib heimlich",
        "heimlich schreiben", "damit er nicht hört", "damit er mich nicht hört", "flüstere",
        "tut mir heute was", "tut mir was an", "er tut mir was", "handy weggenommen",
        "telefon weggenommen", "angst rauszugehen", "angst raus zu gehen", "traue mich nicht raus",
        "trau mich nicht raus", "wartet vor dem haus", "wartet unten vor", "steht unten vor",
        "steht vor dem haus", "steht immer noch vor", "steht immer noch unten",
        "rüttelt an der tür", "versucht die tür aufzu",
        # screams for help
        "schreit eine frau", "schreit ein mann", "schreit ein kind", "schreit jemand",
        "um hilfe schreit", "um hilfe schreien", "um hilfe ruft", "um hilfe rufen",
        "schreien um hilfe", "schreit um hilfe",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "gesicht hängt", "gesicht ist schief", "schiefes gesicht", "mundwinkel hängt",
        "kann nicht mehr sprechen", "spricht undeutlich", "lallt", "arm ist taub", "hand ist taub",
        "plötzlich gelähmt", "unterzucker", "zuckerschock", "plötzlich verwirrt",
        "verwirrt und zittert", "allergischer schock", "anaphylak", "zunge schwillt",
        "hals schwillt", "schlangenbiss", "etwas in mein getränk", "was ins getränk",
        "in meinen drink",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "greift sich ans herz", "griff sich ans herz", "fasst sich ans herz",
        "spülmittel getrunken", "spülmittel geschluckt",
        "spuelmittel getrunken", "waschmittel getrunken", "chlorreiniger", "entkalker getrunken",
        "tabletten gegessen", "pillen gegessen", "medikamente gegessen", "reagiert kaum",
        "fruchtblase ist geplatzt", "fruchtblase geplatzt", "fruchtblase ist gerade", "wehen alle",
        "wehen kommen alle", "habe wehen", "hab wehen", "starke wehen",
        "baby kommt jetzt", "in den teich gefallen", "in den pool gefallen",
        "in den see gefallen", "in den fluss gefallen", "unter wasser war", "war unter wasser",
        "stromschlag", "gesicht blutig", "blutig geschlagen", "blutig gehauen",
        "wirst es nie wieder",
        "wirst sie nie wieder", "wirst ihn nie wieder", "kinder nie wieder sehen",
        "kind nie wieder sehen",
        "umbringt", "nazis jagen", "jagen einen", "jagen gerade",
        "schließt uns ein", "schliesst uns ein", "schließt uns nachts ein", "schließt mich ein",
        "schliesst mich ein", "weg von allem", "für immer weg", "fuer immer weg",
        "nur noch sterben", "will nur sterben", "zu viel drogen", "zu viele drogen",
        "nicht wach zu kriegen", "nicht wach zu bekommen", "heißem öl", "heissem oel",
        "hört schläge", "höre schläge", "hören schläge", "seh es nie", "sehe es nie",
        "siehst es nie", "siehst sie nie", "siehst ihn nie",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "nicht aufgewacht und", "seit heute morgen nicht aufgewacht",
        "seit gestern nicht aufgewacht", "lippen ganz blau", "lippen sind ganz blau",
        "sachen bald nicht mehr", "brauche ich bald nicht mehr", "bald nicht mehr brauchen",
        "nicht mehr brauchen werde", "mich heute abend findet", "mich heute nacht findet",
        "werde dich finden", "er findet mich heute", "dann bist du tot", "du bist tot",
        "bist du tot", "siehst du morgen nicht", "erlebst du morgen nicht", "überlebst du nicht",
        "entehr", "schande über die familie", "ehre der familie", "ehre beschmutzt",
        "mich da lassen", "mich dort lassen", "mich dort zurücklassen", "mich da zurücklassen",
        "bringen und da lassen", "bringen und dort lassen", "pass weggenommen", "pass abgenommen",
        "wartet vor meiner", "wartet vor unserer", "wartet draußen vor", "wartet draussen vor",
        "vor der wohnungstür", "stunde vor meiner tür", "stunden vor meiner tür", "ex wartet vor",
        "ex steht vor", "baseballschläger", "baseballschlaeger", "mit einem schläger",
        "mit einer eisenstange", "mit einem hammer", "tagen allein in", "tagen allein zu",
        "tagen alleine in", "tagen alleine zu", "tage allein zu hause", "tage allein in",
        "tage alleine", "nicht mehr ans telefon", "nicht mehr ans handy", "von allen verabschiedet",
        "von allen abschied", "hat sich verabschiedet und", "hitzschlag", "hitzeschlag",
        "sonnenstich", "aufgehört zu schwitzen", "schwitzt nicht mehr", "rot und verwirrt",
        "heiß und verwirrt", "redet wirr", "spricht wirr", "liegt im schnee", "im schnee liegt",
        "liegt draußen im", "unterkühl", "erfrier", "erfror", "zittert nicht mehr",
        "eiskalt und zittert", "eiskalt und reagiert", "eiskalt und atmet",
        "haben alle kopfschmerzen", "alle haben kopfschmerzen", "wir alle haben kopfschmerzen",
        "kohlenmonoxidvergift", "co-vergiftung", "melder piept", "grill in der wohnung",
        "grill drinnen", "alle benommen", "sind benommen", "ganz benommen und", "kann kaum stehen",
        "morgen bin ich nicht mehr",
        "bin ich nicht mehr am leben", "sagt meinen kindern", "sag meinen kindern",
        "sagen sie meinen kindern", "auf dem badezimmerboden", "auf dem küchenboden",
        "auf dem badboden",
        "liegt seit stunden da", "liegt seit stunden auf", "liegt seit stunden im",
        "liegt seit gestern auf", "briefkasten quillt", "seit tagen nicht gesehen",
        "tür nicht aufgemacht", "tür nicht mehr aufgemacht", "bringt sie nicht zurück",
        "bringt ihn nicht zurück", "bringt die kinder nicht zurück", "gibt sie nicht zurück",
        "gibt ihn nicht zurück",
        # a crowd kicking someone on the ground, a word inside "bring mich ... um", jumping now,
        # standing on a bridge or the tracks, a farewell to the family
        "treten auf ihn ein", "treten auf sie ein", "tritt auf ihn ein", "tritt auf sie ein",
        "schlagen auf ihn ein", "schlagen auf sie ein", "schlägt auf ihn ein",
        "schlägt auf sie ein", "prügeln auf", "pruegeln auf", "schon am boden liegt",
        "am boden liegt und", "schon auf dem boden liegt", "auf dem boden liegt und",
        "auf ihn eingetreten", "auf sie eingetreten", "auf ihn eingeschlagen",
        "auf sie eingeschlagen", "bring mich heute um", "bringe mich heute um",
        "bring mich heut um", "bring mich jetzt um", "bringe mich jetzt um", "bring mich gleich um",
        "bringe mich gleich um", "bring mich morgen um", "bringe mich morgen um",
        "bring mich heute nacht um", "bringe mich heute nacht um", "bring mich heute abend um",
        "bringe mich heute abend um", "bring mich noch heute um", "bringe mich noch heute um",
        "bring mich einfach um", "bringe mich einfach um", "bring mich selbst um",
        "bringe mich selbst um", "bringt mich heute um", "bringt mich jetzt um",
        "spring gleich runter", "springe gleich runter", "spring jetzt runter",
        "springe jetzt runter", "und spring gleich", "und springe gleich", "und spring jetzt",
        "und springe jetzt", "spring gleich von", "springe gleich von", "spring runter",
        "spring hier runter", "springe hier runter", "auf der autobahnbrücke",
        "auf der autobahnbruecke", "auf der eisenbahnbrücke", "auf der eisenbahnbruecke",
        "auf den gleisen", "auf die gleise", "auf den schienen", "auf die schienen",
        "vor einen zug", "unter den zug", "unter einen zug", "sagt meiner familie",
        "sag meiner familie", "sagen sie meiner familie", "sagt meinen eltern", "sag meinen eltern",
        "sagt meiner mutter", "sag meiner mutter", "sagt meiner mama", "sag meiner mama",
        "vergebt mir",
        # twitching with eyes rolled up, a child ate cleaning tabs or lamp oil and vomits, a pack
        # of pills with alcohol and barely awake, trapped, gone under in water, not moving in a
        # subordinate clause ("der sich nicht bewegt"), someone still inside
        "zuckt am ganzen", "zuckt sie und", "zuckt er und", "zuckt und die augen",
        "zuckt unkontrolliert", "zuckt die ganze zeit", "hat zuckungen", "zuckungen und",
        "zuckungen am", "augen sind verdreht", "augen verdreht und", "verdrehte augen",
        "augen nach oben", "augen rollen nach", "spülmaschinentabs gegessen",
        "spülmaschinentab gegessen", "spuelmaschinentabs gegessen", "geschirrspültabs gegessen",
        "geschirrspueltabs gegessen", "waschmittel gegessen", "waschpulver gegessen",
        "lampenöl getrunken", "lampenoel getrunken", "rohrreiniger getrunken",
        "abflussreiniger getrunken", "weichspüler getrunken", "bleiche getrunken",
        "essigessenz getrunken", "gegessen und spuckt", "gegessen und erbricht",
        "gegessen und kotzt", "getrunken und spuckt", "getrunken und erbricht",
        "getrunken und kotzt", "ganze packung tabl", "ganze packung pill", "ganze packung medik",
        "ganze packung schlaf", "ganze packung parac", "ganze packung ibu", "ganze schachtel tabl",
        "ganzen packung tabl", "tabletten mit alkohol", "tabletten mit wodka",
        "tabletten mit schnaps", "pillen mit alkohol", "mit wodka genommen", "mit alkohol genommen",
        "kaum noch wach", "ist kaum wach", "kaum ansprechbar", "kaum noch ansprechbar",
        "eingeklemmt$", "eingequetscht$", "verschüttet$", "verschuettet$", "unter trümmern",
        "unter den trümmern", "unter truemmern", "liegt unter dem auto", "liegt unter dem baum",
        "schreit vor schmerz", "schreit nur noch", "im kanal unterge", "im see unterge",
        "im wasser unterge", "im fluss unterge", "im teich unterge", "im pool unterge",
        "im becken unterge", "im meer unterge", "im schwimmbad unterge", "im baggersee unterge",
        "ist untergegangen und", "geht unter und", "ging unter und", "nicht mehr aufgetaucht",
        "taucht nicht mehr auf", "nicht wieder aufgetaucht", "in den kanal gefallen",
        "in den bach gefallen", "ins becken gefallen", "sich nicht bewegt",
        "sich nicht mehr bewegt", "rührt sich nicht", "ruehrt sich nicht", "sich nicht rührt",
        "sich nicht ruehrt", "sich nicht mehr rührt", "noch jemand drin", "noch leute drin",
        "noch menschen drin", "noch kinder drin",
        # told calmly, the danger named in passing: lips blue or grey, a child at someone's
        # pills (a strip empty, "make him vomit"), an ex at the door who knows I'm home, a car
        # following me and a man staring into my window, a child lured into a car, a farewell
        # to the family
        *(f"lippen {how}{colour}" for how in ("", "sind ", "werden ", "sind ganz ",
          "sind bisschen ", "sind etwas ", "sind leicht ", "sind schon ", "werden ganz ",
          "werden schon ", "ganz ", "bisschen ", "etwas ", "leicht ", "färben sich ", "laufen ")
          for colour in ("blau", "grau", "lila")),
        "graue lippen", "bläuliche lippen", "lila lippen", "tabletten von oma",
        "tabletten von der oma", "tabletten von opa", "omas tabletten", "opas tabletten",
        "von den tabletten genommen", "von meinen tabletten genommen",
        "von meinen tabletten gegessen", "streifen ist leer", "blister ist leer", "ganzer streifen",
        "ganzen streifen", "tablettenpackung ist leer", "tablettenschachtel ist leer",
        "zum erbrechen bringen", "erbrechen lassen", "zum brechen bringen", "er kommt jetzt rein",
        "er kommt gleich rein", "und kommt jetzt rein",
        *(f"{knows}{comma} dass ich {where}" for knows in ("weiß", "weis")
          for comma in ("", ",")
          for where in ("da bin", "zu hause bin", "allein bin", "alleine bin")),
        *(f"{he} {knows}{now}{comma} wo ich wohne" for he in ("er", "sie")
          for knows in ("weiß", "weis") for now in ("", " jetzt") for comma in ("", ",")),
        "unten vor der haustür", "ex steht seit", "ex steht unten", "ex sitzt vor",
        "ex sitzt im auto", "ex wartet seit", "fährt mir hinterher", "faehrt mir hinterher",
        "fährt mir nach", "fährt hinter mir her",
        *(f"{looks} {how}{into} {our} fenster" for looks in ("guckt", "schaut", "starrt", "glotzt",
          "späht") for how in ("", "direkt ", "immer ", "die ganze zeit ")
          for into in ("in", "durch") for our in ("mein", "unser", "meine", "unsere")),
        *(f"{wants}{comma} dass {child} {into} {car}" for wants in ("wollte", "will", "wollten")
          for comma in ("", ",") for child in ("er", "sie")
          for into in ("ins", "in sein", "in seinen", "zu ihm ins") for car in ("auto", "wagen")),
        "ins auto locken", "ins auto gelockt", "süßigkeiten angeboten", "suessigkeiten angeboten",
        "allein zum bahnhof kommen", "soll allein kommen", "allein kommen soll",
        *(f"mich {today}von {whom} verabschiedet" for today in ("", "heute ")
          for whom in ("meiner schwester", "meiner mutter", "meiner mama", "meiner familie",
                       "meinem bruder", "meinem vater", "meinem papa", "meinen eltern",
                       "meinen kindern", "meiner tochter", "meinem sohn", "meiner frau",
                       "meinem mann", "allen")),
        # ... a bridge's height asked, how many pills are too many, a number of pills taken, too
        # much insulin
        "hoch ist die brücke", "hoch ist eigentlich die brücke", "hoch die brücke ist",
        "hoch ist die autobahnbrücke", "hoch ist die eisenbahnbrücke",
        "schlaftabletten sind zu viel", "tabletten sind zu viel", "tabletten sind zu viele",
        "pillen sind zu viel", "tödliche dosis", "toedliche dosis", "zu viel für einen menschen",
        "zu viele für einen menschen", "lebensmüde", "lebensmuede",
        *(f"{count} {drug}" for count in ("10", "12", "15", "16", "20", "24", "25", "30", "40",
          "50", "60", "100", "zehn", "zwölf", "fünfzehn", "zwanzig", "dreißig", "vierzig",
          "fünfzig")
          for drug in ("paracetamol", "ibuprofen", "ibus$", "schlaftabletten", "tramadol",
                       "diazepam", "aspirin", "tavor", "antidepressiva", "tabletten genommen",
                       "tabletten geschluckt", "tabletten eingenommen", "tabletten gegessen")),
        "alle auf einmal genommen", "zu viel insulin", "viel insulin gespritzt",
        "insulin überdosiert",
        # ... a fall from scaffolding and the legs not felt, water rising to the knees, the left
        # arm hurting with a racing heart, hardly any air, a tree on the roof and a cable down,
        # blows and a woman crying next door
        "vom gerüst", "vom geruest", "von der leiter gefallen", "von der leiter gestürzt",
        "vom dach gefallen", "vom dach gestürzt",
        *(f"{feels} {whose} beine nicht" for feels in ("spürt", "spuert", "spüre", "spuere",
          "fühlt", "fuehlt") for whose in ("die", "seine", "ihre", "meine")),
        *(f"kann {whose} beine nicht bewegen" for whose in ("die", "seine", "ihre", "meine")),
        "wasser steigt weiter", "wasser steigt immer", "wasser steigt schnell",
        "steigt das wasser weiter", "wasser bis zum knie", "wasser bis zu den knien",
        "wasser bis zur hüfte", "wasser bis zum bauch", "wasser schon bis", "wasser kommt ins auto",
        *(f"{left} arm {hurts}" for left in ("linke", "linker", "linken")
          for hurts in ("tut weh", "tut mir weh", "schmerzt", "ist taub", "kribbelt", "weh")),
        "schmerzen im linken arm", "schmerz im linken arm", "strahlt in den linken arm",
        "zieht in den linken arm",
        *(f"{gets} {hardly} luft" for gets in ("kriegt", "kriege", "krieg", "bekommt", "bekomme",
          "kriegen", "bekommen")
          for hardly in ("schlecht", "kaum", "nur schwer", "schwer", "ganz schlecht",
                         "sehr schlecht")),
        "asthmaspray hilft nicht", "notfallspray hilft nicht", "inhalator hilft nicht",
        *(f"baum {is_}{onto} {what}" for is_ in ("", "ist ")
          for onto in ("auf unser", "auf unsere", "aufs", "auf das", "auf mein", "auf sein",
                       "auf ihr", "auf die", "auf den")
          for what in ("dach", "haus", "auto", "wagen", "garage", "wohnwagen", "zelt")),
        "stromkabel auf der", "stromkabel liegt", "liegt ein stromkabel", "stromleitung liegt",
        "stromleitung auf der", "kabel liegt auf der straße", "blitz eingeschlagen",
        "blitz hat eingeschlagen", "blitz ins dach", "riecht verbrannt", "brandgeruch",
        *(f"{hear} {a} {who} {cry}" for hear in ("hör", "höre", "hören", "hoer", "hoere")
          for a in ("die", "eine") for who in ("frau", "nachbarin", "mutter")
          for cry in ("weinen", "schreien", "wimmern")),
        "knallt immer wieder", "schreit seit einer stunde", "schreien seit einer stunde",
        # ... a baby crying without tears and a dry nappy, floppy, no movements felt in
        # pregnancy, blood vomited, a laundry capsule, a child in a hot car, trains that pass
        # without stopping, rattling breath, someone who will not wake
        "weint ohne tränen", "windel ist trocken", "windel trocken", "trockene windel",
        "windeln trocken", "baby ist ganz schlapp", "baby ganz schlapp", "spüre das baby nicht",
        "keine kindsbewegungen", "bauch ist hart wie", "bauch steinhart", "erbricht blut",
        "bricht blut", "kotzt blut", "spuckt blut", "hustet blut", "blut erbrochen",
        "blut gespuckt", "blut gehustet",
        *(f"{pod} {eaten}" for pod in ("waschmittelkapsel", "waschmittelkapseln", "waschkapsel",
          "waschkapseln", "spülmaschinentab", "geschirrspültab")
          for eaten in ("gegessen", "geschluckt", "zerbissen", "zerkaut", "in den mund",
                        "im mund")),
        "kind allein im auto", "baby allein im auto", "kind im auto eingesperrt", "im heißen auto",
        "im auto in der sonne", "züge ohne halt", "ohne zu halten durch", "fahren ohne zu halten",
        "durchfahrende züge", "röchelt", "roechelt", "schnarcht komisch", "nicht wach zu kriegen",
        "krieg ihn nicht wach", "kriege ihn nicht wach", "krieg sie nicht wach",
        "kriege sie nicht wach",
        # a door being forced or hammered on now ("versucht gerade, unsere Wohnungstür
        # aufzubrechen"; not "Tür aufbrechen lassen" by a locksmith), a child gone under in a
        # lake who did not come up again
        *(f"{door} {force}" for door in (
            "tür", "tuer", "wohnungstür", "wohnungstuer", "haustür", "haustuer", "balkontür",
            "terrassentür", "kellertür", "zimmertür", "schlafzimmertür", "badezimmertür", "badtür",
            "fenster",
        ) for force in ("aufzubrechen", "aufbricht", "aufgebrochen", "einzutreten", "eintreten",
                        "aufzuhebeln", "aufhebelt", "aufgehebelt", "einzuschlagen")),
        *(f"{bangs} gegen {the} {door}" for bangs in (
            "hämmert", "haemmert", "hämmern", "trommelt", "trommeln", "tritt", "treten", "schlägt",
            "schlaegt", "schlagen", "donnert", "wirft sich",
        ) for the in ("die", "meine", "unsere", "unsre")
          for door in ("tür", "tuer", "wohnungstür", "haustür", "zimmertür", "badezimmertür")),
        *(f"{bangs} an {the} {door}" for bangs in ("hämmert", "haemmert", "hämmern", "trommelt",
                                                   "trommeln", "donnert", "rüttelt", "ruettelt")
          for the in ("die", "meine", "unsere") for door in ("tür", "tuer", "wohnungstür",
                                                             "haustür")),
        *(f"{who} {is_}untergegangen" for who in (
            "kind", "junge", "mädchen", "baby", "sohn", "tochter", "mann", "frau", "jemand",
            "schwimmer", "bruder", "schwester", "freund", "freundin", "kleine", "kleiner",
        ) for is_ in ("", "ist ")),
        *(f"nicht {again} {up}" for again in ("wieder", "mehr")
          for up in ("hochgekommen", "hoch gekommen", "raufgekommen", "an die oberfläche",
                     "an die oberflaeche", "aufgetaucht")),
    ),
    "en": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "emergency number", "emergency doctor", "ambulance", "paramedic", "fire brigade",
        "fire department",
        "gas smell", "smelling gas", "gas is leaking", "leaking gas",
        # violence, threats, weapons
        "hits me", "hitting me", "hit me$", "hits my", "hitting my", "hit my", "beat me",
        "beats me", "beating me", "beats my", "beating my", "beaten", "beat up", "kicks me",
        "kicking me", "kicked me", "punch", "slaps me", "slapped", "choking", "choke me",
        "chokes me", "choked me", "strangl", "attacked", "attacking me", "attack happening",
        "assault", "abuse", "abusing", "hurts me", "hurting me", "hurt me", "threaten", "kill me",
        "kill us", "kill my", "kill her", "kill him", "killing", "going to kill", "wants to kill",
        "murder", "stab me", "stab you", "stab him", "stab her", "stab$", "knife", "a gun",
        "the gun", "his gun", "gun at", "guns$", "gunpoint", "shot me", "pistol",
        "stabbed", "stabbing", "robbed", "mugged", "robbery", "break in", "breaking in", "broke in",
        "breaking the door", "locked me", "locks me", "lock me in", "won't let me leave",
        "wont let me leave", "not let me leave", "doesn't let me leave", "trafficking", "honour",
        "honor killing", "breaking down", "kicking the door", "kicking in the door", "hits$",
        "hitting", "beats$", "beating$", "against my will", "held captive", "being held",
        "keeps me locked", "blackmail", "sextortion", "throwing things at", "spiked my drink",
        "drugged me", "broke into", "domestic violence", "violence at home", "is violent",
        "gets violent", "became violent", "threat", "forced himself", "pushed me", "shoved me",
        "broke my door", "broke the door", "kicked in", "kicked down",
        "wants to hurt me", "going to hurt me", "gonna hurt me", "hurt us", "with an axe",
        "kills me", "kills us", "kills her", "kills him", "kills the kids",
        "with a hammer", "with a machete",
        # sexual violence
        "rape", "raping", "sexual assault", "sexually", "molest", "forced me to have sex", "groped",
        "touches me", "touched me", "touching me",
        # suicide, self-harm
        "suicid", "kill myself", "killing myself", "end my life", "end it all", "take my own life",
        "take my life", "want to die", "wanna die", "wish i was dead", "wish i were dead",
        "better off dead", "don't want to live", "dont want to live", "do not want to live",
        "no reason to live", "nothing to live for", "no point in living", "no point living",
        "can't go on", "cant go on", "cannot go on", "can't take it anymore",
        "cant take it anymore", "don't want to wake up", "dont want to wake up", "hurt myself",
        "hurting myself", "harm myself", "ending it all", "end it tonight", "hurt himself",
        "hurt herself", "harm himself", "harm herself", "set fire to", "burn the house",
        "burn down", "self harm", "self-harm", "cut myself", "cutting myself",
        "overdose", "took pills", "pills to die", "too many pills", "lots of pills",
        "swallowed pills", "jump off", "jump from", "throw myself", "hang myself", "hanging myself",
        "wrist", "slit my", "slit her", "slit his", "all to end", "if i was gone", "if i were gone",
        "nobody would miss me", "miss me if", "end it$", "wanna end", "want to end it",
        "disappear forever", "want to disappear",
        "want to jump", "going to jump", "gonna jump", "will jump", "kill himself", "kill herself",
        "killing himself", "killing herself", "end his life", "end her life", "no way out",
        "on the bridge", "on the roof and", "don't want to be alive", "dont want to be alive",
        # medical
        "heart attack", "stroke", "unconscious", "passed out", "fainted", "collapsed",
        "not breathing", "isn't breathing", "stopped breathing", "can't breathe", "cant breathe",
        "cannot breathe", "no air", "bleed", "lots of blood", "a lot of blood", "much blood",
        "blood everywhere", "seizure", "convuls", "chest pain", "pain in my chest", "poison",
        "drank cleaning", "swallowed", "doesn't wake up", "does not wake up", "won't wake up",
        "wont wake up", "not waking up", "isn't waking", "is not waking", "unresponsive",
        "injured", "drowning", "fell into", "fell out of", "fell from", "miscarriage",
        "can't speak", "cant speak", "boiling water", "scald", "can't get up", "cant get up",
        "not moving", "isn't moving", "fell down", "chest hurts", "pass out", "passing out",
        "from the balcony", "off the balcony", "out of the window", "all her pills", "all my pills",
        "all his pills", "all the pills", "whole bottle", "got burned", "got burnt",
        "burned himself", "burned herself", "burned myself", "burnt himself", "burnt herself",
        "burnt myself", "is burned", "was burned", "badly burned", "severe burn", "lips are blue",
        "blue lips", "turning blue", "isnt breathing", "isnt waking", "doesnt wake", "not reacting",
        "isn't reacting", "isnt reacting", "not responding", "caught fire",
        "lying on the floor", "unconcious", "not waking", "doesn't respond", "doesnt respond",
        "can't catch my breath", "cant catch my breath", "can't catch his breath",
        "can't catch her breath", "short of breath", "took too many", "too much medicine",
        "hit by a car", "run over", "ran him over", "ran her over", "head injury", "hit his head",
        "hit her head",
        # a child missing or in danger
        "child is missing", "son is missing", "daughter is missing", "kid is missing",
        "baby is missing", "missing child", "child is lost", "kidnap", "abduct", "child is gone",
        "son is gone", "daughter is gone", "didn't come home", "didnt come home",
        "did not come home", "hasn't come home", "not come back home", "ran away",
        "run away from home", "runaway", "can't find my son", "can't find my daughter",
        "can't find my child", "can't find my children", "can't find my kid", "can't find my kids",
        "can't find my baby", "can't find my mum", "can't find my mom", "can't find my mother",
        "can't find my wife", "can't find my sister", "can't find my brother", "cant find my son",
        "cant find my daughter", "cant find my child", "cant find my children", "cant find my kid",
        "cant find my kids", "cant find my baby", "cant find my mum", "cant find my mom",
        "cant find my mother", "cant find my wife", "cant find my sister", "cant find my brother",
        "cannot find my son", "cannot find my daughter", "cannot find my child",
        "cannot find my children", "cannot find my kid", "cannot find my kids",
        "cannot find my baby", "cannot find my mum", "cannot find my mom", "cannot find my mother",
        "cannot find my wife", "cannot find my sister", "cannot find my brother",
        # fire, gas
        "fire$", "on fire", "fire in", "burning", "smoke", "gas leak", "smell of gas",
        "smells like gas", "smell gas", "smells of gas",
        # stalking, coercion, forced marriage
        "stalk", "following me", "follows me", "followed me", "being followed", "forced marriage",
        "force me", "forcing me", "forced me", "forces me", "forced to marry", "marry me off",
        "make me marry", "want me to marry", "marry me to", "chasing me", "chased me",
        "running after me",
        # shooting, explosives, attacks under way or planned
        "gunshot", "gun shot", "shots fired", "bomb", "explosive", "explosion", "exploded",
        "blow up", "blowing up", "blow something up", "attack at", "attack on", "attack right now",
        "under attack", "planning an attack", "plans an attack", "opened fire", "open fire",
        "shooting", "shooter", "shoot me", "shoot you", "shoot us", "shoot him", "shoot her",
        "shoot at", "was shot", "got shot", "been shot", "shot dead",
        # intruder in the home, kidnapping, locked in, not safe
        "dragged into", "pulled into a car", "pushed into a car", "forced into a car",
        "into a van", "grabbed me", "grabbed my", "intruder", "someone is in my house",
        "someone in my house", "someone is in the house", "someone in the house",
        "someone is in my flat", "someone in my flat", "someone is in my apartment",
        "someone in my apartment", "someone is inside", "stranger in my", "stranger in the house",
        "smashed the window", "broke the window", "locked in", "locked inside", "trapped",
        "can't get out", "cant get out", "not safe at home", "not safe here", "not safe tonight",
        "unsafe at home", "hiding in the", "i'm hiding", "im hiding",
        # danger
        "in danger", "fear for my life", "afraid for my life", "scared for my life", "terror group",
        "terrorist group", "terrorist organi",
        # indirect suicidal wording, farewell letters, pills gathered
        "better off without me", "better without me", "won't be here tomorrow",
        "wont be here tomorrow", "won't be here anymore", "wont be here anymore",
        "not be here anymore", "won't be around anymore", "shouldn't be here anymore",
        "a burden to everyone", "burden to my family", "goodbye letter", "farewell letter",
        "suicide note", "goodbye note", "have the pills here", "pills are here", "pills ready",
        "saved up pills", "saving up pills", "collected pills", "collecting pills", "stockpil",
        "hoarding pills", "pills next to me", "pills in front of me", "reason to go on",
        "go on living", "reason to keep living", "reason to live anymore", "strength to live",
        "never wake up", "end everything",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "writing quietly", "texting quietly", "writing in secret", "so he doesn't hear",
        "so he doesnt hear", "so he can't hear", "i'm whispering", "im whispering",
        "took my phone away", "still in the house", "waiting outside my", "waiting outside work",
        "is waiting outside", "he's waiting outside", "standing outside my", "outside my house",
        "outside the house for hours", "trying to open my door", "trying to open the door",
        "forcing the door", "forcing my door", "afraid to go outside", "scared to go outside",
        "trying to get inside",
        # screams for help
        "screaming for help", "screams for help", "crying for help", "calling for help",
        "woman screaming", "woman is screaming", "someone screaming", "someone is screaming",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "in my drink", "in her drink", "face is drooping", "face drooping", "drooping face",
        "slurred", "slurring", "arm is numb", "arm went numb", "numb on one side", "choked on",
        "is choking", "choking on", "allergic shock", "anaphyla", "throat is swelling",
        "snake bit", "bitten by a snake", "low blood sugar",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "drank bleach", "drank some bleach", "drank the bleach", "drunk bleach", "drinking bleach",
        "swallowed bleach", "ate pills", "ate some pills", "break my door", "break down my door",
        "break the door",
        "with knives", "have knives", "has knives", "knives out", "ate the pills", "ate my pills",
        "ate her pills",
        "ate his pills", "ate some of my pills", "ate some of her pills", "grandmas pills",
        "grandma's pills", "water broke",
        "waters broke", "contractions every", "baby is coming now", "baby is coming out",
        "is in labour", "is in labor", "am in labour", "am in labor", "m in labour", "m in labor",
        "giving birth now", "giving birth right now", "has a fit", "having a fit", "sugar very low",
        "sugar is very low",
        "sugar is low", "sugar too low", "hypo$", "cant breath", "can't breath",
        "cannot breath", "face is swelling", "lips are swelling", "tongue is swelling",
        "fell off the", "fell off a",
        "isnt moving", "fell in the pond",
        "fell in the pool", "fell in the water", "fell in the river", "fell in the lake",
        "was under water", "electrocut", "electric shock", "smashed my head",
        "head against the wall", "him into a car", "her into a car", "son into a car",
        "daughter into a car",
        "child into a car", "him into their car", "her into their car",
        "never see her again", "never see him again", "never see them again", "never see the kids",
        "never see your kids", "never see your children", "never see your son",
        "never see your daughter", "never see your baby", "locks us", "be gone for ever",
        "be gone forever",
        "shoot the whole", "shoot the family", "shoot the kids", "shoot them", "shoot everyone",
        "shoot all", "eyes wont open",
        "eyes won't open", "won't open her eyes", "wont open her eyes", "doesn't open her eyes",
        "doesnt open her eyes", "won't open his eyes", "wont open his eyes",
        "doesn't open his eyes", "doesnt open his eyes", "her getting hit", "him getting hit",
        "me getting hit", "is being hit", "am being hit", "with hot oil",
        "hot oil on",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "won't need my things", "wont need my things", "won't need my stuff",
        "won't need any of my", "won't need anything anymore", "won't see tomorrow",
        "wont see tomorrow", "not see tomorrow", "won't live to see", "knows where i live",
        "shame on the family", "shamed the family", "shame to the family", "shame on our family",
        "dishonoured the family", "dishonored the family", "dishonoured our family",
        "dishonored our family", "will deal with me", "deserve to live", "marry me off",
        "parents are taking me back", "family is taking me back", "father is taking me back",
        "they are taking me back to", "alone for two days", "alone for three days",
        "alone in the flat for days", "alone in the flat for two days",
        "alone in the flat for three days", "alone at home for days", "alone at home for two days",
        "alone at home for three days", "home alone for days", "said goodbye to everyone",
        "goodbye to everyone", "said goodbye to all", "said my goodbyes", "lying in the snow",
        "he's ice cold", "she's ice cold", "he is ice cold", "she is ice cold", "body is ice cold",
        "baby is ice cold", "hypotherm", "freezing to death", "frozen to death", "barely talking",
        "barely conscious", "all have headaches", "all have a headache", "all feel dizzy",
        "we all have a headache", "monoxide poison", "drowsy and confused", "grill inside",
        "grill indoors", "barbecue inside", "charcoal indoors", "burning inside the", "you're dead",
        "youre dead", "you are dead", "you're going to die", "if you leave me",
        "given away all my things", "gave away all my things", "won't be here anymore",
        "wont be here anymore", "won't be here tomorrow", "tell my kids i love",
        "tell my children i love", "tell my family i love", "on the kitchen floor",
        "on the bathroom floor", "on the floor since", "on the floor for hours",
        "on the floor for a day", "lying on the floor", "won't bring her back",
        "wont bring her back", "won't bring him back", "wont bring him back",
        "won't bring them back", "won't give her back", "won't give him back",
        "not bringing her back", "not bringing him back", "talking nonsense", "baseball bat",
        "with a bat$", "with a hammer", "with a crowbar", "at my door with", "outside my door with",
        "mail is piling", "post is piling", "hasn't opened the door", "hasn't opened her door",
        "hasn't opened his door", "hasnt opened the door", "hasnt opened her door",
        "hasnt opened his door", "not opened the door for", "haven't seen her for days",
        "haven't seen him for days", "this is my last message", "my last message to",
        "made my peace", "this is goodbye", "with my blood", "with your blood",
        "pay with your life", "pay with my life", "crying for hours", "heatstroke", "heat stroke",
        "stopped sweating",
        # swelling with hard breathing, falls from a height, caught in a machine, gas smelt
        # strongly, standing on the tracks
        "hard to breath", "difficult to breathe", "difficulty breathing", "trouble breathing",
        "struggling to breath", "struggles to breathe", "can barely breathe", "can hardly breathe",
        "barely breathing", "hardly breathing", "hard time breathing", "tongue swell", "lips swell",
        "lip swell", "throat swell", "tongue is swollen", "lips are swollen", "throat is swollen",
        "swollen tongue", "swollen throat", "throat is closing", "throat closing",
        "throat feels tight", "off the scaffold", "from the scaffold", "off scaffolding",
        "from scaffolding", "caught in a machine", "caught in the machine",
        "pulled into the machine", "hand got caught", "arm got caught", "pinned under",
        "strongly of gas", "strong smell of gas", "reeks of gas", "stinks of gas",
        "on the train tracks", "on the railway tracks", "on the tracks and", "in front of a train",
        "in front of the train", "under a train", "under the train",
        # told calmly, the danger named in passing: a baby floppy and breathing fast, waters
        # broken and pains every few minutes, too much insulin, "should I make her vomit", a
        # family's headaches from a heater, an ex sitting outside in his car, photos of me at my
        # door, a child gone through an open gate, a child offered money or sweets, a farewell
        # tonight, trains passing fast, a whole pack of pills, voices telling me to jump
        *(f"{is_} floppy" for is_ in ("is", "she's", "he's", "shes", "hes", "kind of", "very",
          "really", "so", "all", "gone", "went")),
        "breathing really fast", "breathing very fast", "breathing so fast", "breathing super fast",
        "breathing too fast", "water came out", "waters came out", "pain every few minutes",
        "pains every few minutes", "cramps every few minutes", "pain comes every",
        "pains come every", "lot of insulin", "too much insulin", "insulin overdose",
        "double insulin", "injected too much",
        *(f"make {whom} {vomit}" for whom in ("her", "him", "them", "my son", "my daughter",
          "the baby", "my child") for vomit in ("vomit", "throw up", "puke")),
        "induce vomiting", "all of us have head", "everyone has a head", "everybody has a head",
        "we all have head", "we all got head", "in his car across", "in a car across",
        "sitting in his car outside", "sitting in a car outside", "i see your light",
        "i can see your light", "watching my house", "watching my flat", "watching our house",
        "watching my window", "photo of me at my", "photo of me outside", "photos of me outside",
        "pictures of me outside", "picture of me outside", "photos of me at my",
        "pictures of me at my", "picture of me at my", "gate is open and", "gate was open and",
        "and he's gone", "and she's gone", "now he's gone", "now she's gone", "and hes gone",
        "and shes gone",
        *(f"offered {whom} {what}" for whom in ("him", "her", "my son", "my daughter", "the kids",
          "them", "the children") for what in ("money to", "sweets", "candy")),
        "told her to come alone", "told him to come alone", "asked her to come alone",
        "asked him to come alone", "tonight is the last night.", "tonight is the last night,",
        "tonight is my last night.", "tonight is my last night,", "tonight is my last night alive",
        "made my decision, tonight", "made my decision. tonight", "last night of my life",
        "last day of my life", "my last day alive", "my last night alive",
        *(f"after tonight i {wont} {need}" for wont in ("won't", "wont", "will not")
          for need in ("need help", "need any help", "need you", "be alive", "be around")),
        "go fast through", "goes fast through", "pass fast through", "fast through the station",
        "through without stopping", "past without stopping", "high is the bridge",
        "high the bridge is", "tall is the bridge", "want it all to stop",
        "want everything to stop", "lethal dose", "deadly dose",
        *(f"{whole} {pack} of {pills}" for whole in ("whole", "entire", "full")
          for pack in ("pack", "packet", "box", "bottle", "strip", "blister")
          for pills in ("sleeping", "paracetamol", "ibuprofen", "painkillers", "antidepressants")),
        *(f"{took} {a} {whole} {pack} of" for took in ("took", "taken", "swallowed", "swallow")
          for a in ("a", "the", "my", "his", "her")
          for whole in ("whole", "entire", "full")
          for pack in ("pack", "packet", "box", "bottle", "strip", "blister")),
        "jump out the window", "jump out of the window", "jump out of a window",
        "telling me to jump", "tells me to jump", "told me to jump", "telling me to hurt",
        "telling me to kill", "voices tell me", "voices are telling me", "voices telling me",
        "tv is talking to me",
        # ... someone gone under water, kicked in the belly by a cow with a hard belly and almost
        # fainting, a tree fallen on a car with someone inside, pills with vodka and gurgling,
        # the left arm hurting, a baby crying without tears or with a dry nappy, no movements
        # felt in pregnancy, grey lips and an inhaler that does not help, blood vomited, a
        # laundry pod, a child in a hot car, water rising
        "went under the water", "went under water", "gone under the water", "and didn't come up",
        "and didnt come up", "and did not come up", "hasn't come back up", "didn't come back up",
        "didnt come back up", "hasn't resurfaced", "not resurfaced",
        *(f"kicked {whom} in the {where}" for whom in ("him", "her", "me", "my husband", "my wife",
          "my son", "my daughter", "my child", "my father", "my dad", "my brother", "the child",
          "the boy", "the girl") for where in ("head", "stomach", "belly", "chest", "face")),
        "kicked in the head", "kicked in the stomach", "belly is hard", "stomach is hard",
        "tummy is hard", "stomach is rock hard", "keeps almost faint", "keeps nearly faint",
        "keeps fainting", "tree fell on", "tree just fell on", "tree has fallen on",
        "tree came down on", "he's stuck inside", "she's stuck inside", "power line down",
        "power cable on the", "power line on the", "lightning struck", "lightning hit",
        "struck by lightning", "can't wake him", "cant wake him", "can't wake her", "cant wake her",
        "cannot wake him", "cannot wake her", "can't wake them", "gurgl", "and took some pills",
        "and took pills", "vodka and took", "alcohol and took", "left arm hurts",
        "pain in my left arm", "pain in his left arm", "pain in her left arm", "left arm is numb",
        "left arm went numb", "pain down my left arm", "pain down his left arm",
        "crying without tears", "dry nappy", "dry diaper", "nappy is dry", "diaper is dry",
        "no wet nappy", "no wet diaper", "no wet nappies", "no wet diapers", "can't feel the baby",
        "cant feel the baby", "baby stopped moving", "baby hasn't moved", "lips are grey",
        "lips are gray", "lips turning grey", "lips turning gray", "grey lips", "gray lips",
        "lips going grey", "lips going blue", "inhaler isn't helping", "inhaler doesn't help",
        "inhaler not helping", "inhaler is not helping", "vomiting blood", "throwing up blood",
        "coughing up blood", "spitting blood", "vomited blood", "threw up blood",
        *(f"{ate} {some}{pod}" for ate in ("ate", "swallowed", "chewed", "bit into")
          for some in ("a ", "the ", "some ", "one of the ", "")
          for pod in ("laundry pod", "laundry capsule", "washing capsule", "washing pod",
                      "detergent pod", "detergent capsule", "dishwasher tab")),
        "alone in a hot car", "in a hot car", "water is rising fast", "water keeps rising",
        "water coming into the car", "water is coming into the car", "water is up to my knees",
        "water up to our knees", "water up to the knees", "water up to my waist",
        # the SOS emoji, in any language
        "🆘",
        # blowing oneself or a place up ("says he'll blow himself up at the festival")
        *(f"{blow} {what} up" for blow in ("blow", "blows", "blowing", "blew", "blown")
          for what in ("himself", "herself", "themselves", "myself", "ourselves", "yourself",
                       "you", "us", "them", "us all", "everyone", "everybody", "the place",
                       "the building", "the school", "the house", "the station", "the festival",
                       "the church", "the mosque", "the synagogue", "the market", "the concert",
                       "the office", "the train", "the bus", "the car")),
    ),
    "ar": (
        # Arabizi: beaten, wanting to die, bleeding, pills, threats at the door, fire, a lost child
        "drabni", "drubni", "amoot", "amout", "nmout", "nmoot", "bdi mout", "badi mout",
        "baddi mout", "mabqitch baghi n3ich", "ma baddi 3ish", "ma badi 3ish", "ma bdi 3ish",
        "nta7er", "ente7ar", "inti7ar", "2tel 7ali", "2otol nafsi", "a2tol nafsi", "yinzef",
        "yenzef", "bal3et dawa", "bal3at dawa", "bal3et dwa", "hadedni", "hadadni", "wl3at fiha",
        "fiha nnar", "7ari2a", "ibni day3", "binti day3a", "binti dayy3a", "ibni dayy3",
        "la7a2ni", "yedrabni", "beyedrabni", "byedrabni", "yedrubni", "anta7er", "ant7er",
        "bihadedni", "byhadedni", "yhadedni", "ma 3ad badi 3ish", "ma 3ad bdi 3ish",
        # leaving to join an armed group, pills in hand, convulsions, Arabizi suicide words
        "ينضم لداعش", "ينضم ل داعش", "الحبوب بإيدي", "الحبوب بايدي", "اخلص من حالي",
        "خلص من حالي", "عم يختلج", "عم تختلج", "2otol 7ali", "a2tol 7ali", "entihar", "enti7ar",
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "الدفاع المدني", "is3af", "es3af", "اسعاف$", "إسعاف$",
        # violence, threats, weapons
        "ضرب", "يرفسني", "رفسني", "يخنقني", "خنقني", "يعنفني", "يأذيني", "يؤذيني", "اعتداء",
        "اعتدى", "هاجمني", "هجم علي", "يهددني", "هددني", "تهديد", "يهدد", "بالقتل", "يقتلني",
        "يقتلنا", "يقتلها", "بدو يقتل", "رح يقتل", "قتلي", "يذبحني", "سكين", "مسدس", "حابسني",
        "حبسني", "حبسوني", "محبوسة", "محبوس", "قافل علي", "سكر علي الباب", "سكرولي", "سكروا علي",
        "ما عم يخلوني", "ما بيخلوني", "ما عم يخليني", "ما بيخليني", "مش مخليني", "كسر الباب",
        "يكسر الباب", "يكسروا الباب", "سرقوني", "سرقني", "yedrab", "yidrab", "yodrob", "bedrab",
        "byedrab", "darabni", "darbni", "yo2tol", "ye2tel", "2atel", "دفشني", "دفعني", "يراقب",
        "يبتز", "ابتزاز", "يكسر", "محتجز", "حاجزني", "حاجزيني", "رماني من", "رماني على",
        "رماني عال", "عنف اسري", "عنف منزلي", "عنف بالبيت", "yedrob", "yodrab", "bedrob", "drabni",
        "edrobni", "يحاول يفتح", "يحاول يدخل", "يحاول يفوت",
        "بالطبر", "بالساطور", "بدو يأذيني", "بدو يضربني", "sikkin", "sekkin",
        "sikine", "sekine", "msaddas", "mosaddas",
        "ركلني", "يركلني", "ركلها", "يركلها", "ركلوني", "طعنني", "طعنوني", "طعنها", "طعنوه",
        "طعن اخ", "طعن ابن", "طعن زوج", "انطعن", "مطعون", "تعرض للطعن",
        "تعرضت للطعن", "تعرضوا للطعن", "طعنات", "كسر باب", "يكسرون الباب", "خلع الباب",
        "يخلع الباب", "يعتدي", "يعتدون", "تعتدي", "هيموتني", "حيموتني", "هيموتك",
        "هيموتها", "كتلني", "يكتلها", "يكتلنا", "يكتلك", "خلص عليا", "y2tel", "y2tol", "yi2tel",
        "yi2tol", "ti2tol", "ti2tel",
        "يطقني", "طقني", "يطكني", "طكني", "يصفعني", "صفعني", "يلطمني", "لطمني", "يلطشني", "لطشني",
        "يخبطني", "يكفخني", "كفخني", "سطرني", "سچين", "طعن صديق", "طعن صاحب", "طعن رفيق",
        "طعن واحد", "طعن شب", "طعن رجل", "طعن زلم", "طعن ولد", "طعن بنت", "طعنه بسكين",
        "طعنو بسكين", "طعنها بسكين", "طعني بسكين", "طعنه بالسكين", "طعنو بالسكين", "طعنها بالسكين",
        "طعني بالسكين", "darab", "drabha", "drabna", "drabo", "darbha", "darbna", "yhadid",
        "yhaded", "yehaded", "bihaded", "byhaded", "thaded", "tehaded", "bthaded", "ta3ani",
        "ta3ano", "ta3anu", "ta3anoh", "ta3anuh", "ta3anha", "ta3anet", "ta3noh", "ta3nuh",
        "nta3an", "in6a3an", "mat3oun", "mat3un", "mat3on", "sichin",
        # Arabizi "beats", "kills" with vowels changed, doubled or dropped ("yedrbni", "ykitilna")
        *(f"{prefix}{root}" for prefix in (
            "y", "ye", "yi", "yo", "yu", "ya", "be", "bi", "bye", "byi", "beye", "biye",
        ) for root in ("drab", "dreb", "drib", "drob", "drub", "drb")),
        # "she beats", but not "tadrib", "tdrib" (training, an Ausbildung)
        *(f"{prefix}{root}" for prefix in ("t", "te", "ti", "to", "bte", "bti")
          for root in ("drab", "drob", "drub")),
        *(f"{prefix}{root}" for prefix in ("y", "ye", "yi", "yo", "yu", "ya", "t", "te", "ti", "to")
          for root in ("2tol", "2tel", "2til", "2tul", "ktol", "ktel", "ktil", "kitil", "qtol",
                       "qtel", "qtil")),
        # Arabizi: attacking the house ("dayhejmoon 3ala beitna")
        *(f"{prefix}{root}" for prefix in (
            "y", "ye", "yi", "day", "da y", "bi", "bye", "t", "te", "ti",
        ) for root in ("hjm", "hejm", "hjom")),
        "hajamo 3a", "hajamu 3a", "hajam 3a", "hajamet 3a", "hajamni", "hajamoni", "hajamouni",
        "hajamuna", "hajamouna",
        # sexual violence
        "اغتصب", "اعتداء جنسي", "تحرش", "يتحرش", "لمسني", "يلمسني",
        "غتصب", "اغتصاب",
        # suicide, self-harm
        "انتحر", "انتحار", "اقتل نفسي", "أقتل نفسي", "اقتل حالي", "اقتل روحي", "انهي حياتي",
        "أنهي حياتي", "انهاء حياتي", "بدي موت", "بدي اموت", "ابي اموت", "اريد اموت", "اريد ان اموت",
        "أريد أن أموت", "اريد الموت", "بدي انتحر", "ما بدي عيش", "مابدي عيش", "عاد بدي عيش",
        "ما بدي اعيش", "ما بدي ضل عايش", "لا اريد ان اعيش", "لا أريد العيش", "تعبت من الحياة",
        "تعبت من حياتي", "زهقت من حياتي", "ما عاد اقدر اكمل", "ما أقدر أكمل", "ما بقدر كمل",
        "مش قادر كمل", "اذي نفسي", "أؤذي نفسي", "اجرح نفسي", "جرحت حالي", "حبوب كتير", "حبوب كثير",
        "بلعت حبوب", "بلع حبوب", "ابتلع", "فقدت الوعي", "فقدان الوعي",
        "yadrib", "yadrub", "yudrib", "tadribuni", "bidrabni", "byidrabni", "بلعت", "شرب دوا",
        "شربت دوا", "جرعة زائدة", "ente7ar", "enta7er",
        "inti7ar", "badi moot", "badi mot", "bdi mot", "badi mout", "خلص من حياتي", "خلص حالي",
        "ارمي حالي", "ارمي نفسي", "اشنق حالي", "اشنق نفسي", "جرحت نفسي", "شريان", "شراين",
        "مش قادرة اعيش", "مش قادر اعيش", "مش قادر عيش", "ما بقدر عيش", "ما بقدر اعيش",
        "ما فيني عيش", "ما فيني اعيش", "عاد بدي اعيش", "مابدي اعيش",
        "entehir", "ente7ir", "nte7er", "ntehir", "بدو ينتحر", "يقتل حالو", "يقتل حاله",
        "يقتل نفسه", "تقتل حالها", "تقتل نفسها", "اخدهم كلهم", "كل الحبوب", "الحبوب كلها",
        "كل الدوا", "ما في امل", "من فوق الجسر", "عن الجسر", "من السطح",
        "نتحر", "وذي نفس", "اذي نفس", "اذى نفس", "يذاء نفس", "وذي حال", "اذي حال", "حدا لحيات",
        "حد لحيات", "نهي حيات", "جدوى من الحياة", "جدوى من العيش", "جدوى من حياتي",
        "سئمت من الحياة", "سئمت حياتي", "مليت من الحياة", "مليت من حياتي", "زهقت من الحياة",
        "كرهت الحياة", "كرهت حياتي", "كتبت وصيتي", "ارحل عن هذه الدنيا", "ارحل عن الدنيا",
        "ارحل من الدنيا", "انام ولا استيقظ", "لا استيقظ ابدا", "ما ابي اصحى", "مابي اصحى",
        "ما بدي اصحى", "ما بدي فيق", "جرحت معصم", "قطعت معصم", "جرح معصم", "سبب للبقاء",
        "سبب للعيش", "سبب للحياة", "سبب لاعيش", "ارغب في الحياة", "ارغب بالحياة", "ارغب في العيش",
        "ارغب في الموت", "عايز اموت", "عايزة اموت", "عاوز اموت", "عاوزة اموت", "ودي اموت",
        "اشتي اموت", "داير اموت", "دايرة اموت", "بغيت نموت", "باغي نموت", "باغية نموت", "ابغى اموت",
        "ريد اموت", "نفسي اموت", "اتمنى الموت", "اتمنى اموت", "اتمنى ان اموت", "موت نفس",
        "موت روحي", "قتل راس", "كتل نفس", "كتل روح", "كتل حال", "خلص على نفس", "مش عايز اعيش",
        "مش عايزة اعيش", "مش عاوز اعيش", "مش عاوزة اعيش", "مبقتش عايز اعيش", "ما ابي اعيش",
        "مابي اعيش", "ما ابغى اعيش", "ما اريد اعيش", "ما بغيتش نعيش", "مابغيتش نعيش",
        "بقيتش باغي نعيش", "ماشي باغي نعيش", "حبوبا كثير", "حبوبا كتير", "حبوب هواية", "حبوب بزاف",
        "دوا بزاف", "دوا هواية", "اقراص كثير", "اقراصا كثير", "برشام كتير", "كل البرشام",
        "البرشام كل", "علبة كاملة", "شريط كامل", "دوا جد", "دواء جد", "حبوب جد", "جرعة كبيرة",
        "جرعة مفرطة", "bghitch n3ich", "bghitsh n3ich", "baghi nmout", "yi2tol 7al", "yo2tol 7al",
        "y2tol 7al",
        "شنق", "حبل بالسقف", "حبل في السقف", "حبل عالسقف", "حبل على السقف", "حبل برقب",
        "حبل حول رقب", "حبل على رقب", "قفز من", "قفز عن", "نط من الجسر", "نط عن الجسر",
        "نط من السطح", "نط عن السطح", "نط من الشباك", "رمي حال", "رمي نفس", "رمت حال", "رمت نفس",
        "اعد اريد الحياه", "اعد اريد العيش", "اعد اريد ان اعيش", "اعد ابي اعيش", "لا اريد الحياه",
        "ما اريد الحياه", "ما ابي الحياه", "ما بدي الحياه",
        # Arabizi: kill myself, end my life, suicide, jump, hang ("ra7 2e2tol 7ali", "2entiher")
        *(f"{prefix}{root} {whom}" for prefix in (
            "", "a", "e", "i", "o", "2a", "2e", "2i", "2o", "ba", "be", "bi", "b", "ha", "n", "ne",
            "ni",
        ) for root in ("2tol", "2tel", "2til", "2tul", "ktol", "ktil", "qtol", "qtil")
          for whom in ("7al", "nafs", "ro7", "rou7")),
        *(f"{prefix}maw{vowel}t {whom}"
          for prefix in ("", "a", "2a", "b", "ba", "ha", "ha2", "y", "t")
          for vowel in ("e", "i", "") for whom in ("nafs", "7al")),
        *(f"{verb} {what}" for verb in (
            "enhi", "anhi", "2enhi", "2anhi", "inhi", "5ales", "5alis", "khales", "khalis",
        ) for what in (
            "7ayati", "7yati", "mn 7ayati", "men 7ayati", "min 7ayati", "3a 7ali", "3ala 7ali",
            "3ala nafsi", "3a nafsi",
        )),
        *(f"{verb} {what}" for verb in ("enhi", "anhi", "2enhi", "2anhi", "inhi")
          for what in ("kel shi", "kil shi", "kol shi")),
        *(f"{prefix}nt{vowel}{h}{vowel2}r" for prefix in (
            "", "a", "e", "i", "2a", "2e", "2i", "ba", "be", "bi", "b", "ya", "ye", "yi", "y", "ta",
            "te", "ti", "t", "mo", "mu",
        ) for vowel in ("a", "e", "i", "o", "u", "") for h in ("h", "7")
          for vowel2 in ("a", "e", "i")
          if f"{prefix}nt{vowel}{h}" != "antih"),  # not "antihero"
        *(f"{prefix}2f{vowel}z {where}" for prefix in (
            "a", "e", "i", "2a", "2e", "2i", "ya", "ye", "yi", "ta", "te", "ti", "ba", "be", "bi",
            "na", "ne", "ni",
        ) for vowel in ("a", "e", "i") for where in ("mn", "min", "men", "3an", "fo2")),
        *(f"{prefix}{root}" for prefix in (
            "", "a", "e", "2a", "2e", "y", "ye", "yi", "t", "te", "ti", "b", "be", "bi",
        ) for root in ("shno2", "shna2", "shnu2", "shnoq", "shnaq", "shana2")),
        *(f"7ab{vowel}l {on}sa2f" for vowel in ("e", "", "i")
          for on in ("bl ", "bel ", "b ", "3al ", "fi el ", "bi ")),
        # Arabizi "I want to die", "I don't want to live" (Levantine, Egyptian, Gulf)
        *(f"{want} {die}$" for want in (
            "bidi", "bedi", "badi", "bdi", "abi", "abgha", "ab8a", "3ayez", "3ayz", "3awez", "3awz",
            "3ayza", "3awza", "nefsi", "nfsi",
        ) for die in ("mot", "mout", "mut", "emot", "emout")),
        *(f"{neg} {want} {live}" for neg in ("mesh", "mish", "mush", "msh")
          for want in ("3ayez", "3ayz", "3awez", "3ayza", "3awza") for live in ("a3esh", "a3ish")),
        *(f"{neg} {want} {live}" for neg in ("ma", "ma 3ad")
          for want in ("bidi", "badi", "bdi", "bedi")
          for live in ("3ish", "3esh", "a3ish", "a3esh", "e3ish")),
        *(f"{neg} {live}" for neg in ("ma abi", "mabi", "ma abgha", "mabgha", "ma arid", "ma ari")
          for live in ("a3esh", "a3ish")),
        # "she wants to die", "says she'll die", a razor blade in hand, locked in the bathroom
        "بدها تموت", "بدو يموت", "بده يموت", "تريد ان تموت", "يريد ان يموت", "تريد تموت",
        "يريد يموت", "عايزه تموت", "عايز يموت", "عاوزه تموت", "عاوز يموت", "تبي تموت", "يبي يموت",
        "ودها تموت", "وده يموت", "تبغى تموت", "يبغى يموت", "bidha tmot", "bido ymot", "bidu ymot",
        "badha tmot", "bedha tmot", "3ayza tmot", "3ayez ymot", "3awza tmot", "3awez ymot",
        "bet2ol hatmot", "bey2ol haymot", "2alet hatmot", "2al haymot", "معها شفره", "معه شفره",
        "معو شفره", "معي شفره", "ماسك شفره", "ماسكه شفره", "بايدها شفره", "بايده شفره",
        "بيدها شفره", "بيده شفره", "قفلت على", "قافل على",
        # Iraqi "throw himself" (يذب نفسه, "yathib nafsa"), Arabizi "jump into the water, from here"
        *(f"^{throw} {whom}" for throw in ("ذب", "يذب", "اذب", "تذب", "نذب", "ذبيت")
          for whom in ("نفس", "روح", "حال")),
        *(f"{prefix}{root} {whom}" for prefix in ("y", "ye", "yi", "ya", "a", "2a", "t", "ti")
          for root in ("thib", "dhib") for whom in ("nafs", "ro7")),
        *(f"{jump} {where}" for jump in ("ente2", "nte2", "ent2", "n6", "en6") for where in (
            "3al may", "3al mai", "men hon", "mn hon", "min hon", "men fo2", "mn fo2", "men el",
            "mn el", "min el",
        )),
        # at the edge of a window or roof, a rope ready in the room
        *(f"حافه {what}" for what in (
            "النافذه", "الشباك", "السطح", "البلكون", "الشرفه", "الجسر", "البنايه",
        )),
        *(f"{edge} el {what}" for edge in ("7afet", "7afit", "7aft", "7afe")
          for what in ("shebak", "shibak", "sat7", "jisr")),
        "حبل بالغرف", "حبل بغرفت", "حبل جاهز", "جهزت الحبل",
        *(f"{rope} {where}" for rope in ("7abel", "7abl", "7bel")
          for where in ("bel ghorf", "bl ghorf", "b ghorf", "bel ghurf", "bel 2od", "jahez")),
        # the last night in this world (not "a5er lele ili": the last night in the Heim), nobody
        # will miss me, not alive tomorrow, belongings given away, nothing keeps me alive,
        # everything ready to go, better off without me
        *(f"{last} {night} {whose}" for last in ("a5er", "akher", "akhir")
          for night in ("lele", "leile", "layle") for whose in (
            "bi 7ayati", "bi hal dene", "b hal dene", "ili bi hal dene", "ili b hal dene",
        )),
        *(f"{last} yom {whose}" for last in ("a5er", "akher", "akhir")
          for whose in ("bi 7ayati", "bi hal dene", "b hal dene")),
        "اخر ليله بهالدنيا", "اخر يوم بهالدنيا", "اخر ليله لي$",
        *(f"{who} {miss}" for who in ("حدا", "حد", "احد") for miss in (
            "رح يشتاق", "راح يشتاق", "بيشتاق", "سيشتاق", "رح يفتقد", "راح يفتقد", "سيفتقد",
        )),
        *(f"{who} {miss}" for who in ("7ada", "7ad") for miss in (
            "ra7 yeshta2", "ra7 yishta2", "ra7 yshta2", "byeshta2", "byishta2", "bishta2",
            "ha yeshta2",
        )),
        *(f"{neg} {be} {alive}" for neg in ("ما رح", "مش رح", "ما راح", "لن")
          for be in ("كون", "اكون", "ضل") for alive in ("عايش", "على قيد الحياه", "بهالدنيا")),
        *(f"{neg} {be} {alive}" for neg in ("ma ra7", "mesh ra7", "mish ra7")
          for be in ("kun", "ekun", "akun")
          for alive in ("3ayesh", "3aysh", "3ayish", "bi hal dene", "b hal dene")),
        "وزعت اغراض", "وزعت غراض", "وزعت كل اغراض", "وزعت كل غراض", "وزعت اشيائ", "وزعت كل اشيائ",
        *(f"{gave} {things}" for gave in ("waza3t", "wza3t", "waza3et")
          for things in ("ghrad", "aghrad", "8rad", "kel ghrad", "kol ghrad")),
        "يخليني عايش", "يخليني اعيش", "يخليني ضل عايش", "كل شيء لارحل", "كل شي لارحل",
        "فقط ان يعرف احد", "فقط ان يعلم احد",
        *(f"{keeps} {alive}" for keeps in ("y5alini", "ykhalini", "y5aleni", "ykhaleni")
          for alive in ("3ayesh", "3aysh", "3ayish", "a3ish", "a3esh")),
        *(f"{better} {without}" for better in ("احسن", "افضل", "مرتاحين", "بيرتاحوا")
          for without in ("بدوني", "بلاني", "من دوني", "من غيري", "بغيابي")),
        *(f"{better} {without}" for better in ("a7san", "af6al", "afdal", "arya7") for without in (
            "bidouni", "bidoni", "bdouni", "bdoni", "balani", "men douni", "min douni",
            "men ghayri",
        )),
        # farewells: "said goodbye to me", "wrote goodbye on the wall", goodbye to all the family
        *(f"{said} وداعا" for said in (
            "قال لي", "قالي", "قلي", "قالت لي", "قالتلي", "بعتلي", "بعت لي", "بعتتلي", "ارسل لي",
            "ارسلي", "كتب", "كاتب", "كتبت", "كاتبه", "عالحيط", "على الحيط",
        )),
        *(f"{said} wada3" for said in (
            "ba3atli", "ba3tli", "ba3atetli", "ba3tetli", "ba3tatli", "2alli", "2alet li",
            "2aletli", "2al li", "katab", "katabet",
        )),
        "bye la kel el 3a", "bye lal 3a", "bye la ahli", "wada3 la kel", "wade3 kel",
        # all the pills, much medicine drunk, cut myself, a deep cut
        *(f"{all_} {pills}" for all_ in ("kel el", "kol el", "kil el", "kul el")
          for pills in ("7bob", "7boub", "7bub")),
        *(f"{pills} {much}" for pills in ("7bob", "7boub", "7bub")
          for much in ("ktir", "kter", "kthir", "wayed", "hwaye", "bzaf")),
        *(f"{drank} {much}"
          for drank in ("shireb", "shirbet", "shirbit", "shrbet", "bal3et", "bala3")
          for much in ("dwa kt", "dawa kt", "dwa wayed", "dawa wayed")),
        *(f"{cut} {self}" for cut in (
            "jara7t", "jra7t", "jara7et", "gara7t", "jaraht", "bijra7", "ajra7", "bajra7",
        ) for self in ("7ali", "7ale", "nafsi")),
        *(f"{wound}{his} 3ami" for wound in ("jer7", "jere7", "jar7", "jur7")
          for his in ("", "o", "a", "ha")),
        "جرح عميق", "جرحه عميق", "جرحها عميق", "جرحو عميق", "جروح عميق", "جرحي عميق",
        # medical
        "نوبة قلبية", "جلطة", "جلطه", "سكتة", "مغمى عليه", "مغمي عليه", "اغمي عليه", "أغمي عليه",
        "فاقد الوعي", "فقد الوعي", "غايب عن الوعي", "ما عم يتنفس", "مش عم يتنفس", "ما يتنفس",
        "لا يتنفس", "اقدر اتنفس", "أقدر أتنفس", "استطيع التنفس", "ما فيني اتنفس", "ما عم اتنفس",
        "عم نزف", "ينزف", "نزيف", "بنزف", "دم كتير", "دم كثير", "بصدري", "في صدري", "ألم في الصدر",
        "وجع بالصدر", "تسمم", "مواد تنظيف", "ما عم تحكي", "ما عم يحكي", "مش عم تحكي", "ما عم يتحرك",
        "ما عم تتحرك", "نزف", "ما عم يصحى", "مش عم يصحى", "ما يصحى", "ما بيصحى", "ما عم يفيق",
        "تشنج", "صرع", "يغرق", "غرقان", "بلع", "يختنق", "تختنق", "اختناق", "مخنوق", "حادث$",
        "وقع من الشباك", "حروق", "انحرق", "اتحرق", "مي سخنة", "مي مغلية", "ماء مغلي", "كلور",
        "تتنفس", "يتنفس", "ما عم تقدر تقوم", "ما عم يقدر يقوم", "عن الدرج", "من الدرج", "شرب سم",
        "بلع سم", "سم فئران", "البلكون", "البلكونة", "الشرفة", "من الشباك", "يطلع دم", "طالع دم",
        "ينزل دم", "نازل دم", "كتير دم", "ما عم يوعى", "ما يوعى",
        "ولعت", "شب حريق",
        "ما عم تصحى", "مش عم تصحى", "ما بتصحى", "ما تصحى", "ما عم تفيق", "ما عم تقوم",
        "ما عم يقوم", "ما قادر يقوم", "ما قادرة تقوم", "وقعت على راس", "وقع على راس", "ضرب راسه",
        "ضربت راسها", "yetnaf", "yitnaf", "tetnaf", "titnaf", "mghma", "moghma", "ma3am yfi2",
        "ma 3am yfi2", "ma 3am tfi2", "دعسته سيارة", "دعستها سيارة", "صدمته سيارة", "صدمتها سيارة",
        "صدمتني سيارة", "انكسرت اجر", "انكسر اجر", "جرعة زايدة",
        "لا يستيقظ", "لا تستيقظ", "ما يستيقظ", "لم يستيقظ", "لم تستيقظ", "ولا يصحى", "ولا تصحى",
        "لا يستجيب", "لا تستجيب", "ما يستجيب", "ما تستجيب", "لا تفيق", "لا يفيق", "بغاش يفيق",
        "بغاتش تفيق", "ما يفيق", "ما تفيق", "ما دا يكعد", "ما يكعد", "ما دا تكعد", "لا يتحرك",
        "لا تتحرك", "وما يتحرك", "وما تتحرك", "طاح وما", "طاحت وما", "طاح ومش", "طاحت ومش",
        "وقع وما", "وقعت وما", "وقع ومش", "وقعت ومش", "فقد وعي", "فقدت وعي", "فقدان وعي",
        "شفتاه زرق", "شفتاها زرق", "شفتيه زرق", "شفتيها زرق", "صدري يوج", "صدري بيوج",
        "صدري دا يوج", "صدره يوج", "صدره بيوج", "صدره دا يوج", "صدرها يوج", "صدرها بيوج",
        "صدرها دا يوج", "في الصدر", "في صدره", "في صدرها", "في صدرو", "ضيق في التنفس", "ضيق تنفس",
        "ضيق بالتنفس", "ياخد نفس", "تاخد نفس", "ياخذ نفس", "تاخذ نفس", "قادر اخد نفس",
        "قادرة اخد نفس", "قادر اخذ نفس", "قادرة اخذ نفس", "اقدر اخذ نفس", "اقدر اخد نفس",
        "شرب مبيد", "شربت مبيد", "بلع مبيد", "بلعت مبيد", "ريحة مبيد", "رائحة مبيد",
        "وقع في الترعة", "وقعت في الترعة", "وقع في النهر", "وقعت في النهر", "وقع في البحر",
        "وقعت في البحر", "وقع في الماء", "وقعت في الماء", "وقع في المسبح", "وقعت في المسبح",
        "ماكو نفس$", "ما كو نفس$", "^دم هواي", "^دم وايد", "^دم بزاف", "في نبض", "فيه نبض",
        "كو نبض", "فيش نبض", "يوجد نبض", "بدون نبض", "عندو نبض", "عنده نبض", "عندها نبض",
        "النبض ضعيف", "نبضه ضعيف", "نبضو ضعيف", "نبضها ضعيف", "مش بيفوق", "مش بتفوق", "مبيفوقش",
        "مبتفوقش", "مش راضي يفوق", "مش راضيه تفوق", "مش عايز يفوق", "مش عايزه تفوق", "وقع من الحر",
        "وقعت من الحر", "طاح من الحر", "طاحت من الحر", "^غرقت$", "^غرقو", "ولد غرق", "طفل غرق",
        "واحد غرق", "حدا غرق", "بنت غرق", "ابني غرق", "بنتي غرق", "^غرك$", "^غركت", "غركان",
        "دا يغرك", "عم يغرك", "عضني كلب", "عضني الكلب", "عضه الكلب", "عضها الكلب", "عضو الكلب",
        "عضو كلب", "عضتني كلب", "دتولد", "قاعده تولد", "mako nafas", "ma ko nafas", "ma fi nafas",
        "mafi nafas", "mafish nafas", "mfish nafas", "ma fih nafas", "mafesh nafas", "beyetnaf",
        "biyetnaf", "byetnaf", "byitnaf", "beyitnaf", "biyitnaf", "btetnaf", "btitnaf", "betetnaf",
        "bititnaf", "ytnaf", "ttnaf", "itnaf", "etnaf", "atnaf", "2etnaf", "2itnaf", "2atnaf",
        "batnaf", "betnaf", "bitnaf", "ighma2", "eghma2", "oghma2", "tasamom", "tasamum", "tsamom",
        "tsamum", "tasmom", "tasmum", "jalta$", "jalte$", "jalteh$", "nawbet sar3", "nawbit sar3",
        "nawbat sar3", "nobet sar3", "nawbe sar3", "tashan", "tashnoj", "mish beyfo2",
        "mesh beyfo2", "mish biyfu2", "mesh biyfu2", "mish byfo2", "mesh byfo2", "mish betfo2",
        "mesh betfo2", "mish bitfu2", "mabyfo2sh", "mabeyfo2sh", "mabtfo2sh", "ma 3am yfo2",
        "ma 3am tfo2", "klor$", "klorox", "clorox", "kloroks", "nabdo d", "nabdu d", "nabda d",
        # bleeding that will not stop, no breath or pulse, fainting, chest pain, a face drooping,
        # convulsions, drowning, dog bites, poison drunk (Arabizi and dialects)
        *(f"الدم {verb}" for verb in (
            "مايوكف", "ما يوكف", "ما دا يوكف", "مدا يوكف", "ما يوقف", "مايوقف", "ميوقف", "مش بيقف",
            "مبيقفش", "مش راضي يقف", "مش راضي يوقف", "مش عايز يقف", "لا يتوقف", "لم يتوقف",
            "ما توقف", "مو واقف", "ما عم يقف", "ما بيقف", "هواي", "وايد", "بزاف",
        )),
        *(f"{prefix}nz{vowel}f" for prefix in (
            "y", "ye", "yi", "t", "te", "ti", "b", "be", "bi", "bye", "bte", "bti", "byi", "beye",
            "biye", "n", "ne", "ni",
        ) for vowel in ("e", "i", "a", "")),
        *(f"{prefix}nz{vowel}f" for prefix in ("a", "e", "i") for vowel in ("e", "i")),
        *(f"{bleeding} {much}" for bleeding in ("nazif", "nazef", "nazf", "nezif")
          for much in ("dam", "shdid")),
        *(f"dam {what}" for what in (
            "ktir", "kter", "ktyr", "kthir", "kathir", "hwaya", "hwaye", "hwai", "wayed", "wayid",
            "bzaf", "ma 3am", "ma by", "ma bi", "ma w", "ma y",
        )),
        *(f"{there} {pulse}" for there in (
            "fi", "fih", "ko", "fish", "fesh", "mafi", "mako", "mafish", "mfish", "mafesh", "mafih",
            "3ando", "3andu", "3anda", "3andha", "bala", "bdun", "bidun", "bidon",
        ) for pulse in ("nabd", "nabed")),
        *(f"{faint} 3al" for faint in (
            "ghmi", "ghma", "oghmi", "oghma", "ghemi", "ughmi", "ughma", "8mi", "8ma", "o8mi",
            "o8ma",
        )),
        *(f"{lost} {the}wa3i" for lost in (
            "fa2ad", "fa2adet", "fa2det", "fa2ed", "fa2da", "fa2deh", "fa2id", "fa2ada", "fa2adit",
            "ghab 3an", "ghabet 3an", "ghabat 3an", "ghayeb 3an", "ghayba 3an", "ghayib 3an",
            "8ab 3an", "8abet 3an",
        ) for the in ("", "el ", "l ", "al ")),
        *(f"{who} ghab{ending}$" for who in (
            "emi", "imi", "umi", "omi", "mama", "baba", "abi", "bay", "ukhti", "okhti", "akhi",
            "akhoy", "khayi", "jozi", "zawji", "mrati", "marti", "zawjti", "ibni", "binti", "ebni",
            "benti", "jdi", "jido", "sitti", "teta", "sa7bi", "sa7bti",
        ) for ending in ("", "et", "at", "it")),
        *(f"{at} {chest}" for at in ("b", "bi", "fi", "bl", "bel", "bil", "fel", "fil", "b el")
          for chest in ("sadr", "sedr", "sidr", "sder")),
        *(f"{at}{chest}" for at in ("b", "bi", "bel", "bl", "fi")
          for chest in ("sadr", "sedr", "sidr", "sder")),
        *(f"{pain} {the}{chest}" for pain in ("waja3", "wja3", "waj3", "alam", "2alam")
          for the in ("", "el ", "l ") for chest in ("sadr", "sedr", "sidr")),
        *(f"{mouth} {crooked}" for mouth in (
            "تمه", "تمو", "تمها", "تما", "فمه", "فمو", "فمها", "بوزه", "بوزو", "بوزها", "بقه",
            "بقها", "وشه", "وشو", "وشها", "وجهه", "وجهو", "وجهها", "وجها",
        ) for crooked in ("مايل", "معوج", "اعوج", "ملتوي")),
        *(f"{mouth}{his} {crooked}" for mouth in (
            "tum", "tom", "tim", "tem", "fam", "wij", "wej", "wesh", "wish", "wajh", "wejh", "boz",
            "buz",
        ) for his in ("o", "u", "a", "ha", "eh", "i") for crooked in ("mayel", "mayil", "m3awaj")),
        *(f"{prefix}tshan" for prefix in (
            "", "ye", "yi", "te", "ti", "y", "bye", "bte", "byi", "bti", "beye", "biye", "bi", "be",
        )),
        *(f"{prefix}{root}" for prefix in (
            "", "y", "ye", "yi", "t", "te", "ti", "b", "bi", "be", "bye", "bte",
        ) for root in (
            "ghr2", "ghra2", "ghar2", "ghara2", "ghere2", "ghir2", "gheri2", "ghari2", "ghera2",
            "8r2", "8ra2", "8ar2", "8ere2", "8ir2", "8eri2",
        )),
        *(f"{drowned} {water}" for drowned in ("غرق", "غرقت", "غرقو", "غرك", "غركت") for water in (
            "بالبحيره", "في البحيره", "بالنهر", "في النهر", "بالبحر", "في البحر", "بالمي",
            "في المي", "بالماي", "بالماء", "في الماء", "بالمسبح", "في المسبح", "بالبيسين",
            "في البيسين", "بالبركه", "في البركه", "بالترعه", "في الترعه", "بالشط", "بالبانيو",
            "في البانيو",
        )),
        *(f"{dog} {bit}" for dog in ("kalb", "kaleb", "kelb", "klab", "kleb") for bit in (
            "3ad$", "3ado", "3adu", "3ada$", "3adha", "3adni", "3adet", "3adit",
        )),
        *(f"{bit} {the}{dog}" for bit in (
            "3ado", "3adu", "3adha", "3adni", "3adet", "3adit", "3adeto", "3adetni", "3adto",
        ) for the in ("", "el ", "l ") for dog in ("kalb", "kelb", "kaleb")),
        *(f"{drank} {poison}" for drank in ("شرب", "شربت", "شربو") for poison in (
            "بنزين", "البنزين", "كاز", "الكاز", "مازوت", "المازوت", "ديزل", "الديزل", "كلوركس",
            "الكلوركس", "جافيل", "الجافيل", "فلاش", "اسيد", "الاسيد", "ماء النار", "مية النار",
            "مي النار", "جلور", "الجلور", "سبيرتو", "السبيرتو", "ديتول", "الديتول", "تنر", "التنر",
            "اسيتون", "الاسيتون", "منظف", "المنظف",
        )),
        *(f"{drank} {poison}" for drank in (
            "shireb", "shereb", "shrib", "shrb", "shirib", "shirbit", "shirbet", "sherbet",
            "shrbet", "shrbit", "shirbo", "sherbo", "bala3", "bal3et", "bal3it",
        ) for poison in (
            "klor", "chlor", "clor", "benzin", "banzin", "kaz$", "mazot", "jafel", "javel", "asid",
            "acid", "sbirto", "mobid", "mubid", "sim$",
        )),
        # breath cut off, half the body paralysed, an asthma attack, lips gone blue, fainting
        # from low sugar, labour started, blood on the floor, boiling water (script and Arabizi)
        "نفسه مقطوع", "نفسها مقطوع", "نفسو مقطوع", "نفسي مقطوع", "نفسا مقطوع", "النفس مقطوع",
        *(f"{breath} {cut}" for breath in (
            "nafaso", "nafso", "nafasa", "nafsa", "nafasi", "nafsi", "nafasu", "nafsu", "nafas",
        ) for cut in ("ma2t", "maqt", "m2at")),
        "نص جسم", "نصف جسم", "ازمه ربو", "نوبه ربو", "صارت زرق", "صاروا زرق", "صارو زرق",
        *(f"{half} {body}" for half in ("nus", "nos", "nous", "nis", "nes", "nusf")
          for body in ("jism", "jesm", "gism", "gesm")),
        *(f"{attack} {asthma}"
          for attack in ("azmet", "azmit", "azmat", "nobet", "nawbet", "nawbit")
          for asthma in ("rabw", "rabu", "rabo")),
        *(f"{lips}{his} {blue}" for lips in ("shfaf", "shfayf")
          for his in ("o", "u", "a", "ha") for blue in ("zer2", "zor2")),
        "غيب عن الوعي", "غاب عن الوعي", "غابت عن الوعي", "غايبه عن الوعي",
        *(f"{faint} 3an {the}wa3i" for faint in (
            "tghib", "yghib", "teghib", "yeghib", "btghib", "byghib",
        ) for the in ("", "el ")),
        "ولاده بدات", "ولاده بلشت", "ولاده ابتدت", "بدات الولاده", "بلشت الولاده", "بدا المخاض",
        "المخاض بدا", "الطلق بدا", "بدا الطلق",
        *(f"{now} {birth}" for now in ("3am", "3a") for birth in (
            "tweled", "twled", "tuled", "toled", "tewled", "twaled", "tawled", "tewlad", "twlad",
        )),
        "دم على الارض", "دم عالارض", "دم ع الارض", "دم بكل مكان", "دم بكل محل", "دم في كل مكان",
        "dam 3al ard", "dam 3a l ard", "dam 3ala el ard", "dam bkel makan", "dam b kel ma7al",
        *(f"{water} {boiling}" for water in ("may", "mai", "maye", "moya")
          for boiling in ("mighli", "maghli", "m8li", "mghli")),
        # fell and not answering, cannot move (not "ma 3am ye7ki" alone: a toddler not talking yet;
        # not "mesh beyet7arak" alone: a file that does not move)
        "ma yi2dar yit7arak", "ma ti2dar tit7arak", "ma y2dar yt7arak",
        *(f"{fell} {and_not}" for fell in (
            "wa2e3", "wa2a3", "we2e3", "wi2e3", "wi2i3", "w2e3", "wa2a3et", "we2e3et", "w2e3et",
            "ta7", "ta7et", "sa2at",
        ) for and_not in ("w ma", "w mesh", "w mish")),
        # a child missing or in danger
        "ابني ضايع", "بنتي ضايعة", "ولدي ضايع", "طفلي ضايع", "ابني ضاع", "بنتي ضاعت", "ضايع بال",
        "ضايعة بال", "dayi3", "daye3", "mafqud", "mafkood", "اختفى", "اختفت", "اختفاء", "خطف",
        "اختطاف", "مخطوف", "ما رجع عالبيت", "ما رجعت عالبيت", "ما رجع للبيت", "ما رجعت من",
        "ما رجع من", "مارجع", "مارجعت", "هرب من البيت", "هربت من البيت",
        "متروك وحد", "متروكة وحد", "متروكين وحد", "متروك لوحد", "متروكة لوحد",
        "ضاع ابني", "ضاعت بنتي", "ضاع ولدي", "ضاع طفلي", "ضاعت طفلتي", "ضاعت بنتنا", "ضاع ابننا",
        "5ataf", "khataf", "5atf", "khatf", "n5ataf", "nkhataf", "in5ataf", "inkhataf", "en5ataf",
        "enkhataf", "ma5tuf", "ma5touf", "ma5tof", "makhtuf", "makhtouf", "makhtof", "ekhtetaf",
        "ikhtitaf", "e5tetaf", "i5titaf", "ikhtataf", "e5tataf", "yi5tif", "ye5tof", "yekhtof",
        "yikhtif", "y5tof", "ykhtof",
        # Arabizi "my son got lost" ("ibni da3 bl souk", "binti da3et")
        *(f"{child}{mine} {lost}"
          for child in ("ibn", "ebn", "bint", "bent", "walad", "tifl", "tefl")
          for mine in ("i", "e", "o", "u", "a", "na", "ha", "") for lost in (
            "da3$", "da3et", "da3it", "da3at",
        )),
        *(f"{lost} {child}" for lost in ("da3", "da3et", "da3it", "da3at")
          for child in ("ibn", "ebn", "bint", "bent", "walad", "tifl")),
        # fire, gas
        "حريق", "نار بال", "في نار", "النار", "عم تحترق", "يحترق", "احترق", "دخان", "ريحة غاز",
        "ريحه غاز", "رائحة غاز", "تسرب غاز", "7ari2",
        "رائحة الغاز", "ريحة الغاز", "تسرب الغاز", "تسريب غاز", "تسريب الغاز", "فيها العافية",
        "شعلات العافية", "شعلت العافية", "العافية شاعلة",
        *(f"{smell} {gas}" for smell in (
            "ri7et", "ri7it", "re7et", "ri7a", "ri7at", "r7et", "ri7t", "rihet", "rihit", "riha",
            "reha", "re7a", "ra2i7et", "ra2i7at", "ra2e7a", "ra2e7et", "tasarob", "tasarub",
            "tasrib", "tsrib",
        ) for gas in (
            "gaz", "ghaz", "8az", "gas", "el gaz", "el ghaz", "l gaz", "l ghaz", "el 8az",
        )),
        # Arabizi fire: "7ariq", the house burning ("3am ye7ter2"), caught fire in a pan or kitchen,
        # thick smoke (not "kella nar": prices "all fire")
        "7ariq", "7areq", "7ari'",
        *(f"{prefix}{root}"
          for prefix in ("y", "ye", "yi", "t", "te", "ti", "bye", "bte", "byi", "bti")
          for root in ("7ter2", "7tere2", "7tir2", "7tiri2")),
        *(f"{caught} {where}" for caught in ("wala3", "wal3et", "wil3et", "wel3et", "wala3et")
          for where in (
            "bel ma2l", "bl ma2l", "bel mat7ab", "bel matbakh", "bel ma6bakh", "bel beit",
            "bel bet",
        )),
        *(f"{smoke} {much}" for smoke in ("dukhan", "dokhan", "du5an", "do5an")
          for much in ("kather", "kathir", "ktir", "wayed")),
        # stalking, forced marriage
        "يلاحقني", "يلحقني", "لاحقني", "لحقني", "ملاحق", "يتبعني", "يراقبني", "yla7e2", "yl7a2",
        "yel7a2", "زواج قسري", "زواج بالاجبار", "يجوزوني", "يزوجوني", "بالقوة", "يجبروني",
        "اجبروني", "يجوزني", "يزوجني", "عم يركض وراي", "يلحق فيني",
        "عم يلحقوني", "لاحقيني", "ملاحقيني",
        "يلاحق", "تلاحق", "يتربص", "يترصد", "يلحك", "لحكني", "لاحكني", "تابعني", "تابعاني",
        "ماشي وراي", "ماشية وراي", "يمشي وراي", "بيمشي وراي", "جاي وراي", "ماشي ورانا", "يجبرون",
        "اجبروها", "رغما عني", "رغما عنها", "غصبا عني", "غصبا عنها", "غصب عنها", "زوجها قسرا",
        "زوجني قسرا", "زوجوني قسرا", "زوجوها قسرا", "زواجها قسرا",
        *(f"{by} {force}" for by in ("bel", "bil", "bl")
          for force in ("2owe", "2owa", "2uwa", "2uwe", "quwa")),
        # shooting, explosives, attacks under way or planned
        "اطلاق نار", "إطلاق نار", "اطلاق رصاص", "إطلاق رصاص", "صوت رصاص", "عم يطخ", "طخطخ",
        "طلق ناري", "طلقات", "قنبلة", "قنابل", "متفجر", "تفجير", "يفجر", "بدو يفجر", "عبوة ناسفة",
        "حزام ناسف", "عملية انتحارية", "بدو يعمل عملية",
        # intruder in the home, kidnapping, locked in, not safe
        "حرامي بالبيت", "حرامي بالدار", "حرامية", "حدا فات عالبيت", "حدا دخل عالبيت",
        "حدا دخل البيت", "حدا بالبيت", "في حدا جوا", "دخل علينا", "فاتو علينا", "كسر الشباك",
        "كسروا الشباك", "شدوها عالسيارة", "شدوه عالسيارة", "سحبوها عالسيارة", "سحبوه عالسيارة",
        "مش امان بالبيت", "مو امان", "مش آمنة", "مش امنة", "مختبية",
        "اغلق علي", "يغلق علي", "اغلق الباب علي", "يغلق الباب علي", "اغلقوا علي", "اخذ مفاتيحي",
        "اخذ هاتفي", "اخذ مني الهاتف",
        "قتحم", "اقتحام غرف", "اقتحام بيت", "اقتحام البيت", "اقتحام الشق", "اقتحام شق",
        "اقتحام المنزل", "اقتحام منزل", "اقتحام السكن", "اقتحام الهايم", "يحاول اقتحام",
        "تحاول اقتحام", "يحاولون اقتحام", "حدا دخل غرفتي", "غريب دخل غرفتي", "واحد دخل غرفتي",
        "شخص دخل غرفتي", "حدا بغرفتي", "حدا عم يفوت عغرفتي", "كسر باب غرف", "يكسر باب غرف",
        "كسر القفل", "يكسر القفل",
        # Arabizi: someone trying to get in or breaking the door
        *(f"{trying} {verb}" for trying in (
            "y7awel", "yi7awel", "ye7awel", "bi7awel", "by7awel", "bye7awel", "y7awlo", "y7awlu",
            "bi7awlo", "bi7awlu",
        ) for verb in (
            "yeksor", "yiksar", "yeksar", "yiksir", "yfta7 el bab", "yefta7 el bab",
            "yifta7 el bab", "y2te7em", "yi2ti7im", "ye2ta7em",
        )),
        *(f"{broke} {door}" for broke in (
            "kasar", "kasaro", "kasru", "kasarou", "ksar", "yksor", "yeksor", "yiksar", "yiksir",
            "yeksar", "byksor", "byeksor", "biksar", "ykaser", "bykaser", "kaser",
        ) for door in ("el bab", "l bab", "al bab", "bab$", "el shebak", "el shubak")),
        # danger
        "بخطر", "على حياتي", "khatar", "5atar", "جماعة ارهابية", "جماعة إرهابية",
        "منظمة ارهابية", "منظمة إرهابية",
        # indirect suicidal wording, farewell letters, pills gathered
        "رسالة وداع", "رسائل وداع", "رسالة الوداع", "ودعت ولادي", "ودعت اهلي", "ما عاد في معنى",
        "ما في معنى لحياتي", "انهي كل شي", "أنهي كل شي", "انهي كل شيء", "أنهي كل شيء",
        "خلص من كل شي", "احسن بلاني", "احسن من دوني", "يرتاحوا مني", "ارتاحوا مني", "جمعت حبوب",
        "جمعت الحبوب", "الحبوب جنبي", "الحبوب عندي", "bala3 7boob", "7boob ktir", "7bub ktir",
        "ma 3am yes7a", "ma 3am yis7a", "ma 3am tes7a",
        *(f"{letter} {the}wada3" for letter in (
            "resalet", "resalit", "risalet", "risalit", "risalat", "resalat", "rsalet", "rsalit",
            "rasalet", "jawab", "gawab", "maktub", "maktoub",
        ) for the in ("", "el ", "al ", "l ")),
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "قفل علي", "قفلني", "قفل الباب علي", "اخد تلفوني", "أخد تلفوني", "اخذ تلفوني", "أخذ تلفوني",
        "اخد موبايلي", "من تلفون جارتي", "عم اكتب بالسر", "اكتبلك بالسر", "عم اكتب بشويش",
        "واقف تحت البيت", "واقف قدام البيت", "واقف برا", "واقف عالباب", "ناطرني تحت", "ناطرني برا",
        "رح يطلع لعندي", "بدو يطلع لعندي", "عم يحاول يفتح الباب",
        # screams for help
        "عم تصرخ وتطلب", "عم يصرخ ويطلب", "عم تستنجد", "عم يستنجد",
        "يستغيث", "تستغيث", "استغاث", "تستنجد", "يستنجد",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "وجها مايل", "وجهها مايل", "وجهه مايل", "وجهو مايل", "تمها مايل", "تمه مايل",
        "ما عم تقدر تحكي", "ما عم يقدر يحكي", "ايدها مخدرة", "ايدو مخدرة", "ايده مخدرة",
        "علق بزلعومه", "علقت بزلعومه", "حساسية قوية", "عضته حية", "عضته افعى",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "بصدره", "بصدرو", "بصدرها", "بصدرا", "مسك قلبو", "مسك قلبه", "مسكت قلبها", "ماسك قلبو",
        "الدم ما عم يوقف", "الدم ما بيوقف", "الدم ما وقف", "اكلت حبوب", "اكل حبوب", "اكل دوا",
        "اكلت دوا", "ما عم يتفاعل", "ما عم تتفاعل", "مية الراس", "الطلق كل", "الطلق قوي",
        "عندها طلق", "عندي طلق", "اجاها الطلق", "عم تولد", "رح تولد",
        "بدها تولد", "عم ولد", "السكر نازل", "سكرو نازل", "سكرها نازل", "هبوط سكر", "هبوط بالسكر",
        "وقع بالبركة", "وقعت بالبركة", "وقع بالمسبح", "وقع بالمي", "وقعت بالمي", "تحت المي",
        "كهربتو", "كهربته", "كهربها", "كهربتها", "صعقة كهرب", "صعقه كهرب", "ضربتو الكهربا",
        "كلب عض", "عضه كلب", "عضها كلب", "خبط راسي", "خبطلي راسي", "خبط راسها", "سحبوا ابني",
        "سحبوا بنتي", "لجوا سيارة", "لجوا السيارة", "ما رح تشوفي", "ما رح تشوفها",
        "بدي روح من هالدنيا", "اترك هالدنيا", "واقف عالجسر", "واقفة عالجسر", "واقف على الجسر",
        "بدو ينط", "بدها تنط", "يقوص",
        "tfat7 3yoon", "yfat7 3yoon", "tfat7 3youn", "ما عم تفتح عيون", "ما عم يفتح عيون",
        "بالزيت السخن", "بزيت سخن", "بالزيت المغلي",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "ما صحيت من الصبح", "ما صحي من الصبح", "ما صحيت من مبارح", "ما صحي من مبارح", "ما عم يصحى",
        "ما عم تصحى", "ما فاقت", "ما فاق من", "شفايفها زرق", "شفايفه زرق", "شفايفو زرق",
        "شفايفي زرق", "شفاهها زرق", "شفاهه زرق", "shfayfa zer2", "shfayfo zer2", "shafayef zer2",
        "ma sa7yet men el sobe7", "ma sa7i men el sobe7", "رح احتاج اغراض", "رح احتاج غراض",
        "e7taj ghrad", "اخر ليلة الي", "اخر ليلة الك", "اخر ليلة بحياتي", "اخر ليلة بحياتك",
        "اخر يوم بحياتك", "اخر يوم بحياتي", "رح يلاقيني", "رح لاقيكي", "جلبت العار", "جبت العار",
        "جبتي العار", "العار للعيلة", "العار للعائلة", "غسل العار", "فضحت العيلة", "فضحتي العيلة",
        "بتفضح العيلة", "تفضح العيلة", "فضحتينا", "عشان الشرف", "بسبب الشرف", "3ashan el sharaf",
        "sharaf el 3eile", "يزوجوني", "يجوزوني", "واقف قدام الباب", "واقف قدام البيت",
        "واقف عالباب", "واقف ع الباب", "ناطرني قدام", "ناطرني برا", "wa2ef 3al bab",
        "wa2fe 3al bab", "wa2ef 2odam", "لحالو بالبيت من", "لحالها بالبيت من", "لحاله بالبيت من",
        "وحده بالبيت من", "la7alo bel bet men", "la7ala bel bet men", "ضربة شمس", "ضربة حر",
        "وقف يعرق", "ما عم يعرق", "darbet shams", "darbit shams", "كلنا عنا صداع", "تسمم بالغاز",
        "اختناق بالغاز", "انتي ميته", "انت ميت$", "رح تموتي", "تستاهل تعيش", "تستحق الحياة",
        "ما لازم تعيش", "ودعت الكل", "ودعت الجميع", "ودعنا الكل", "ما رح كون موجود",
        "ما رح اكون موجود", "مش رح كون موجود", "قولوا لاولادي", "قولو لاولادي", "قولوا لولادي",
        "قولو لولادي", "fa7m bel bet w", "الفحم بالبيت و", "الفحم جوا البيت", "3am yrajj3",
        "mish 3am yraj", "ma 3am yraj", "ما عم يرجعه", "ما عم يرجعو", "ما عم يرجعها", "مش عم يرجعه",
        "مش عم يرجعو", "مش عم يرجعها", "ما بدو يرجعه", "ما بدو يرجعها", "yedba7ni", "yedbahni",
        "yidba7ni", "ma 2adra t2oum", "ma 2ader y2oum", "mish 2adra t2oum", "mish 2ader y2oum",
        "يحرقني", "رح يحرقك", "بدو يحرق",
        # chased (Arabizi)
        "yla7a2", "byla7a2", "yil7a2", "bila7a2", "ila7e2", "yla7a'", "yla7aq",
        # accidents: cars, falling trees, cranes and walls, machines, people trapped or badly hurt
        "7adeth$", "7adis$", "^حادثه سير", "^حادثه سياره", "^حادثه بالسياره", "^حادثه بسياره",
        "^حادثه بالموتور", "^حادثه بموتور", "^حادثه موتور", "^حادثه مروريه", "عمل حادثه",
        "عملت حادثه", "عملنا حادثه", "صار حادثه", "صارت حادثه", "تصادم سيار", "تصادمت سيار",
        "اصطدام سيار", "اصطدمت سيار", "اصطدمت بسيار", "اصطدم بسيار", "اصطدمت بنا", "اصطدم بنا",
        "انقلبت السياره", "انقلبت سياره", "انقلبت بينا", "انقلبت فينا", "انقلبت بنا",
        "السياره انقلبت", "سياره انقلبت", "انقلاب سياره", "انقلاب السياره", "خبطتنا سياره",
        "خبطته سياره", "خبطتها سياره", "خبطتني سياره", "خبطته عربيه", "خبطتها عربيه",
        "خبطتني عربيه", "دعسه", "دعسو", "دعسها", "دعسني", "دعستني", "دعسوه", "دعسوها", "دعست ولد",
        "دعست طفل", "دعس ولد", "دعس طفل", "مدعوس", "مجروح", "جروح خطير", "جروح بليغ", "جرح خطير",
        "جرح بليغ", "حالته خطير", "حالتو خطير", "حالتها خطير", "حالتا خطير", "اصابته خطير",
        "اصابتها خطير", "اصابات خطير", "اصابه خطير", "اصابه بليغ", "اصابات بليغ", "مصاب بجروح",
        "اصيب بجروح", "اصيبت بجروح", "شجره وقعت", "شجره طاحت", "شجره سقطت", "شجره انكسرت",
        "وقعت شجره", "طاحت شجره", "سقطت شجره", "شجره على السيار", "شجره على سيار", "شجره عالسيار",
        "شجره فوق السيار", "شجره فوق سيار", "محصور تحت", "محصور جوا", "محصورين", "عالق تحت",
        "عالقه تحت", "عالقين تحت", "عالق جوا", "عالقه جوا", "عالقين جوا", "عالق بالسيار",
        "عالقه بالسيار", "عالقين بالسيار", "عالق في السيار", "عالقين في السيار", "علقان جوا",
        "علقان تحت", "علقان بالسيار", "محاصر", "علقت بالماكين", "علقت بالمكن", "علقت بالماكن",
        "علقت بالاله", "علقت في الماكين", "علقت في المكن", "علق بالماكين", "علق بالمكن",
        "علق بالماكن", "سحبت ايد", "الماكينه سحبت", "المكنه سحبت", "الماكينه قطعت", "المكنه قطعت",
        "قطعت ايد", "قطعت يد", "قطعت اصبع", "انقطع اصبع", "انقطعت اصبع", "ايده انقطعت",
        "ايدو انقطعت", "يده انقطعت", "ايدها انقطعت", "اصبعه انقطع", "اصبعو انقطع", "انبتر", "مبتور",
        "بترت ايد", "بترت يد", "بترت اصبع", "majrou7", "mjrou7", "mejrou7", "majro7", "mjro7",
        "majru7", "mjru7", "majrouh", "mjrouh", "majruh", "7alto 5at", "7alto khat", "7alta 5at",
        "7alta khat", "7alteh 5at", "da3as", "da3sit", "da3set", "dahas", "sadamato", "sadametu",
        "sadameto", "sadamitu", "sadmato", "sadmeto", "sadmitu", "sadmito", "sadamatha",
        "sadametha", "sadmetha", "sadametni", "sadmetni", "sadamatni",
        *(f"{accident} {vehicle}" for accident in (
            "7adse", "7adsa", "7adset", "7adsit", "7adthe", "7adtha", "7adthet", "7aditha",
        ) for vehicle in (
            "sayar", "syar", "siyar", "seyar", "3arabi", "3arabe", "motor", "mutor", "sir$", "seir",
            "sayr",
        )),
        *(f"{fell} {whom}" for fell in ("طاح", "طاحت", "سقط", "سقطت", "انهار", "انهارت")
          for whom in ("عليه", "عليها", "علينا", "عليهم", "علي$")),
        *(f"{fell} {whom}"
          for fell in ("طاح", "طاحت", "وقع", "وقعت", "سقط", "سقطت", "انهار", "انهارت")
          for whom in (
            "على زميل", "على عامل", "على واحد", "على شخص", "على ولد", "على طفل", "على ابني",
            "على بنتي", "على اخوي", "على ابوي", "على جوزي", "على زوجي", "على صاحبي", "على السيار",
            "على سيار", "عالسيار",
        )),
        *(f"{thing} {fell}" for thing in (
            "الرافعه", "رافعه", "الونش", "ونش", "الكرين", "كرين", "السقاله", "سقاله", "الجدار",
            "جدار", "الحيط", "السقف",
        ) for fell in ("طاح", "طاحت", "وقع", "وقعت", "سقط", "سقطت", "انهار", "انهارت")),
        *(f"{fell} {thing}" for thing in (
            "الرافعه", "رافعه", "الونش", "ونش", "الكرين", "كرين", "السقاله", "سقاله", "الجدار",
            "جدار", "الحيط", "السقف",
        ) for fell in ("طاح", "طاحت", "وقع", "وقعت", "سقط", "سقطت", "انهار", "انهارت")),
        *(f"{tree} {fell}" for tree in (
            "shajara", "shajra", "shajare", "shajre", "shagara", "shagra", "shajrah", "shajarah",
        ) for fell in ("we2", "wi2", "w2", "wa2", "ta7", "sa2a", "we'", "wi'")),
        *(f"{fell} {tree}" for tree in (
            "shajara", "shajra", "shajare", "shajre", "shagara", "shagra",
        ) for fell in (
            "we23et", "we2et", "wi23et", "wi2i3et", "wi2i3it", "w2e3et", "w2e3it", "wa2a3at",
            "ta7et", "ta7at", "sa2atat", "we2e3", "wi2i3", "w2e3",
        )),
        *(f"{fell} {whom}" for fell in (
            "we23et", "we2e3", "wi2i3", "w2e3", "w2e3et", "wi2i3it", "we2et", "ta7", "ta7et",
            "ta7at", "sa2at", "sa2atat",
        ) for whom in (
            "3aleh", "3alayh", "3aleha", "3alayha", "3alena", "3alayna", "3aleyna", "3ala zamil",
            "3al zamil", "3a zamil", "3al sayar", "3a sayar", "3ala sayar", "3al syar", "3a syar",
        )),
        *(f"{stuck} {where}" for stuck in ("محشور", "محشوره", "محشورين") for where in (
            "جوا", "تحت", "بالسيار", "في السيار", "داخل السيار", "بين الحديد", "بالحديد",
        )),
        *(f"{stuck} {where}" for stuck in (
            "ma3lou2", "ma3lo2", "ma3lu2", "3al2an", "3al2ane", "3al2ana", "3al2anin", "3al2anen",
            "m7asar", "ma7sour", "ma7shour", "m7shour", "ma7shur", "m7shur", "ma7shor", "m7shor",
        ) for where in (
            "jouwa", "jowa", "juwa", "jwa", "jawa", "ta7t", "dakhel", "da5el", "bl sayar",
            "bel sayar", "b sayar", "bl syar", "b el sayar",
        )),
        *(f"{caught} {in_}mak" for caught in (
            "3el2et", "3el2it", "3al2a", "3al2et", "3ele2", "3l2et", "3l2it", "3ele2et", "3l2",
            "etshadet", "itshadet", "etshad", "ets7abet", "n7asharet",
        ) for in_ in ("bl ", "bel ", "b ", "b el ", "fi el ", "fel ", "bil ", "bi ", "fil ")),
        *(f"{hand} {caught}" for hand in (
            "ايده", "ايدو", "ايدها", "ايدي", "يده", "يدها", "اصبعه", "اصبعو", "اصبعها",
        ) for caught in ("علقت بال", "علق بال", "علقت في", "علق في")),
        *(f"{caught} {hand}" for caught in ("علقت", "علق", "انسحبت", "سحبت")
          for hand in ("ايده", "ايدو", "ايدها", "يده", "يدها", "اصبعه", "اصبعو", "اصبعها")),
        # a hand or finger caught or cut off ("2ido 2et3et"; not "ida"/"idha", "if")
        *(f"{hand} {cut}" for hand in (
            *(f"{hand}{his}" for hand in ("2id", "id", "2ed", "eid")
              for his in ("o", "u", "i", "eh")),
            *(f"{finger}{his}" for finger in ("esba3", "osba3", "sab3", "2esba3", "2osba3")
              for his in ("o", "u", "i", "eh", "a", "ha")),
        ) for cut in ("2et3", "2at3", "2t3", "n2at", "n2t3", "3el2", "3al2", "3l2")),
        *(f"{cut} {hand}" for cut in (
            "2et3et", "2at3et", "2ata3et", "n2ata3et", "n2at3et", "2te3et", "2t3et", "2at3at",
            "2ata3at", "n2ata3at", "2ata3", "2ete3", "n2ata3", "3el2et", "3el2it", "3al2et",
        ) for hand in (
            *(f"{hand}{his}" for hand in ("2id", "id", "2ed", "eid")
              for his in ("o", "u", "i", "eh")),
            "esba3", "osba3", "sab3", "2esba3", "2osba3",
        )),
        # falls from scaffolding or a ladder, someone under a fallen tree or rubble, a car hitting
        # someone
        "من السقاله", "عن السقاله", "من على السقاله", "من فوق السقاله", "تزحلق من", "تزحلقت من",
        "انزلق من", "انزلقت من", "تحت الانقاض", "تحت الركام", "طيحت شجره", "طيح شجره",
        *(f"{fell} {ladder}" for fell in ("وقع", "وقعت", "طاح", "طاحت", "سقط", "سقطت")
          for ladder in ("من السلم", "عن السلم")),
        *(f"{from_} el {what}" for from_ in ("men", "min", "mn", "3an", "fo2")
          for what in ("sa2al", "kran", "krein", "rafi3a", "wensh")),
        *(f"{who} {under}" for who in ("حد", "حدا", "شخص") for under in (
            "تحتها", "تحته", "تحتو", "تحت الشجره", "تحت السياره", "تحت الحيط",
        )),
        *(f"{car} {hit}" for car in ("3arabeya", "3arabiya", "sayara", "siyara", "sayare")
          for hit in ("khabat", "5abat", "dahas", "da3as", "sadam", "sadm")),
        # emergencies told calmly, after a greeting, thanks or a question about a service: a high
        # fever, shaking with sweat or without an answer, voices ordering harm, a cleaner drunk,
        # blood vomited, locked in a room (Egyptian Arabizi), sparks, a last message, a child
        # swept away, hours without finding a child, the worst headache of one's life, breath
        # slowed after pills, a fall onto the head, waters broken (water from a ceiling is an
        # idiom), screaming with pain, cutting oneself, on a bridge wanting to jump, ending it all
        # tonight, a heavy rope, all the pills
        *(f"{fever} {degrees}" for fever in (
            "حرارته", "حرارتها", "حرارتو", "حرارتا", "سخونته", "سخونتها", "سخونيته", "عنده حراره",
            "عندها حراره", "عندو حراره",
        ) for degrees in ("40", "41", "42", "اربعين")),
        *(f"{shaking} {and_}{sweating}" for shaking in ("رجف", "رتجف", "رتعش", "ترعش")
          for and_ in ("و", "و ", "وعم ", "، ", ", ", "") for sweating in (
            "يتعرق", "تتعرق", "يعرق", "تعرق", "بيعرق", "بتعرق", "عرقان", "بيتعرق", "بتتعرق",
        )),
        *(f"{sweating} {and_}{shaking}" for sweating in ("تعرق", "يعرق", "عرقان")
          for and_ in ("و", "و ", "وعم ", "، ", ", ", "") for shaking in (
            "يرجف", "ترجف", "برجف", "بيرجف", "بترجف", "يرتجف", "ترتجف", "يرتعش", "ترتعش",
            "يترعش", "تترعش", "رجفان",
        )),
        *(f"{shaking}{sep}{silent}" for shaking in ("رجف", "رتجف", "رتعش", "ترعش", "تشنج")
          for sep in (" و", " و ", "، ") for silent in (
            "ما عم يرد", "ما عم ترد", "ما يرد", "ما ترد", "مش عم يرد", "مش عم ترد", "مش بيرد",
            "مش بترد", "ما بيرد", "ما بترد", "ما عم يفيق", "ما عم تفيق",
        )),
        *(f"{voices} {order}" for voices in ("اصوات", "اصواتا", "صوت") for order in (
            "تامرني", "يامرني", "بتامرني", "بيامرني", "تطلب مني", "يطلب مني", "بتقولي", "بيقولي",
            "تقول لي", "يقول لي", "براسي", "في راسي", "بعقلي", "في عقلي", "جوا راسي",
        )),
        *(f"{harm} {whom}" for harm in ("اوذي", "^اذي", "اضر") for whom in (
            "اخي", "اختي", "اخوي", "ابني", "بنتي", "ولادي", "اولادي", "اطفالي", "طفلي", "امي",
            "ابوي", "زوجي", "زوجتي", "مرتي",
        )),
        *(f"{drank} {cleaner}" for drank in ("شرب", "بلع", "اكل") for cleaner in (
            "ماده تنظيف", "ماده التنظيف", "مواد تنظيف", "مواد التنظيف", "سائل تنظيف", "منظف",
            "مسحوق غسيل", "سائل الجلي",
        )),
        *(f"{vomit} {blood}" for vomit in ("تفرغ", "تفراغ", "تقيا", "تقيؤ", "تقيء", "طرش")
          for blood in ("دم", "الدم")),
        *(f"{locked} {on} el {room}" for locked in (
            "2afal", "2afel", "2fal", "2afalet", "2aflet", "2afalo", "2afalu", "afal", "sakar",
            "sakaret", "sakret",
        ) for on in (
            "3alaya", "3alaia", "3alia", "3aliya", "3alayna", "3alena", "3aleha", "3aleh",
        ) for room in ("ouda", "oda", "o2da", "ghorfa", "bab", "bet", "beit")),
        "يطلع شرار", "طالع شرار", "تطلع شرار", "شرار من", "شراره من", "شرارات من", "ماس كهرب",
        "تماس كهرب", "اخر رساله مني", "اخر رساله لكم مني", "اخر رساله بكتبها",
        "اخر رساله رح اكتب", "اخر مره بكتبلكم",
        *(f"{tell}{whom} {that} {love}" for tell in (
            "قولوا ل", "قولو ل", "قولي ل", "تخبروا ", "اخبروا ", "خبروا ",
        ) for whom in (
            "امي", "ابوي", "اهلي", "ولادي", "اولادي", "اطفالي", "زوجي", "زوجتي", "مرتي",
        ) for that in ("انني", "اني", "انو") for love in ("احب", "بحب", "اسف", "متاسف")),
        *(f"{water} {pulls}" for water in (
            "المي", "المياه", "الماء", "الماي", "الميه", "المويه", "الموج", "التيار", "النهر",
        ) for pulls in (
            "سحب", "عم تسحب", "عم يسحب", "تسحب", "يسحب", "بتسحب", "بيسحب", "جرف", "عم تجرف",
            "عم يجرف", "تجرف", "يجرف",
        )),
        *(f"{hours} {not_found}" for hours in ("ساعتين", "ساعه", "ساعات", "نص ساعه", "ربع ساعه")
          for not_found in (
            "مش لاقيينه", "مش لاقيينها", "مش لاقينه", "مش لاقينها", "مو لاقينه", "مو لاقينها",
            "مو لاقيينه", "مو لاقيينها", "ما لاقيينه", "ما لاقيينها", "ما لقيناه", "ما لقيناها",
            "مالقيناه", "مالقيناها", "ما عم نلاقيه", "ما عم نلاقيها", "ما لكيناه", "ما لكيناها",
        )),
        "اسوا صداع", "اقوى صداع", "اشد صداع", "صداع مفاجئ", "صداع مفاجي", "صداع فجائي",
        "صداع قوي فجاه", "صداع شديد فجاه", "فجاه صداع قوي", "فجاه صداع شديد",
        *(f"{breath} {slow}" for breath in (
            "نفسه", "نفسها", "نفسو", "نفسا", "تنفسه", "تنفسها", "تنفسو", "يتنفس", "تتنفس",
        ) for slow in ("بطي", "ببطء", "ببطئ", "ببطي")),
        "مش عم يفيق", "مش عم تفيق", "مش عم يوعى", "مش عم توعى", "مستخبي", "متخبي",
        *(f"{fell} {from_} على راس" for fell in (
            "وقع", "وقعت", "سقط", "سقطت", "طاح", "طاحت", "انكب", "انكبت",
        ) for from_ in (
            "من السرير", "من التخت", "من الكنبه", "من الكنبايه", "من الكرسي", "من الطاوله",
            "من الدرج", "عن السرير", "عن التخت", "عن الكرسي", "عن الدرج",
        )),
        "سقط على راس", "سقطت على راس", "طاح على راس", "طاحت على راس",
        *(f"{came_down} {water}$" for came_down in ("نزلت", "نزل", "نزلتلها", "نزلها")
          for water in (
            "مي", "ميه", "مياه", "المي", "الميه", "المياه", "مويه", "المويه", "ماء", "الماء", "ماي",
            "الماي",
        )),
        "كيس المي", "كيس الماء", "كيس المياه", "كيس الميه",
        *(f"{screams} من {pain}" for screams in ("صرخ", "صريخ", "صراخ", "تلوى")
          for pain in ("الوجع", "الالم")),
        "جرح حال", "جرح نفس", "جرح روح", "شرط حال",
        *(f"{standing} {bridge}" for standing in ("واقف", "قاعد") for bridge in (
            "على الكوبري", "عالكوبري", "فوق الكوبري", "ع الكوبري", "فوق الجسر",
        )),
        *(f"{want} {jump}$" for want in (
            "عايز", "عايزه", "عاوز", "عاوزه", "بدي", "بدها", "بدو", "ابي", "ابغى", "اريد", "حابب",
            "حابه", "نفسي",
        ) for jump in ("انط", "نط", "اقفز")),
        *(f"{end} {everything} {tonight}" for end in ("خلص", "انهي", "اخلص")
          for everything in ("كل شي", "كل شيء", "كلشي") for tonight in ("الليله", "هالليله")),
        *(f"قررت {end} {everything}" for end in ("خلص", "انهي", "اخلص")
          for everything in ("كل شي", "كل شيء", "كلشي")),
        "حبل تقيل", "حبل ثقيل", "حبل متين", "حبل سميك", "حبل غليظ",
        # Arabizi: all the pills (without "el"), not getting up (Iraqi), a fire and smoke filling
        # the house (Egyptian), she does not want to live, cutting oneself
        *(f"{all_} {pills}" for all_ in ("kul", "kol", "kel", "kil")
          for pills in ("7ubub", "7ubob", "7obob", "7bub", "7bob", "7boub")),
        "ma da ygom", "ma da tgom", "ma da yg3od", "ma da tg3od", "ma da yga3id", "ma da tga3id",
        "fi 7are2", "7are2 bel", "7are2 fi", "7are2 b ",
        *(f"{smoke} {fills}" for smoke in ("dukhan", "dokhan", "du5an", "do5an")
          for fills in ("mala", "mali", "malya", "m3abi", "3aba")),
        *(f"{neg} {want} {live}" for neg in ("ma", "ma 3ad", "mesh", "mish", "msh")
          for want in ("bada", "bidha", "badha", "bedha", "bido", "bidu", "bado", "badu", "bedo")
          for live in ("t3esh", "t3ish", "ti3ish", "te3ish", "y3esh", "y3ish", "yi3ish", "ye3ish")),
        *(f"{prefix}{root} {self}" for prefix in ("", "t", "y", "bt", "by", "bi", "a", "ba")
          for root in ("jare7", "jra7", "jar7", "jari7", "jre7")
          for self in ("7alha", "7alo", "7alu", "7ala", "7ali", "nafsa", "nafso", "nafsi")),
        # a throat, tongue or lips swelling now (a sting, a vaccine, food), breath tight (not "ضاقت
        # نفسي", "I am fed up"), a chest pressing or held
        *(f"{part}{his} {swells}" for part in ("حلق", "زور", "رقبت", "لسان", "شفايف", "شفاف", "وجه")
          for his in ("ه", "و", "ها", "ا", "ي") for swells in (
            "عم يتورم", "عم تتورم", "عم ينفخ", "عم تنفخ", "عم ينتفخ", "عم تنتفخ", "بيتورم",
            "بتتورم", "بلش يتورم", "بلشت تتورم",
        )),
        *(f"{part}{his} {swelled}" for part in ("حلق", "لسان", "شفايف", "شفاف")
          for his in ("ه", "و", "ها", "ا")
          for swelled in ("انتفخ", "انتفخت", "تورم$", "تورمت", "ورم$", "ورمت", "نفخ$", "نفخت")),
        *(f"{part}{his} {swells}" for part in ("7al2", "zor", "ra2bt", "lsan", "wejh", "wej")
          for his in ("o", "u", "a", "ha") for swells in (
            "3am yetwaram", "3am tetwaram", "3am yenfokh", "3am tenfokh", "3am yinfekh",
            "3am tinfekh", "bitwaram", "btitwaram",
        )),
        *(f"{tight} {breath}" for tight in ("يضيق", "انقطع", "عم ينقطع")
          for breath in ("نفسه", "نفسو", "نفسها", "نفسا")),
        *(f"صدر{his} {pain}" for his in ("ي", "ه", "و", "ها", "ا") for pain in (
            "عم يوجع", "بيوجع", "موجوع", "عم يضغط", "عم يعصر", "عم يشد", "مضغوط",
        )),
        *(f"{held} صدر{his}" for held in ("ماسك", "ماسكه", "مسك", "مسكت", "حاطط ايده على")
          for his in ("ه", "و", "ها", "ا")),
        # someone pounding on the door (banging, kicking, knocking hard), an ex outside it; a
        # knock alone is a landlord or a neighbour
        *(f"{bang} {door}" for bang in (
            "يخبط", "يخبطو", "يخبطوا", "تخبط", "يرفس", "يرفسو", "ترفس", "يشوط", "يكسر", "يكسرو",
            "يدفش",
        ) for door in (
            "الباب", "عالباب", "ع الباب", "على الباب", "بالباب", "باب البيت", "باب الشقه",
        )),
        *(f"{knock} {door}{hard}" for knock in ("يدق", "يدقو", "تدق", "يدگ", "يدگون", "يطرق")
          for door in ("", " الباب", " عالباب", " ع الباب", " على الباب", " بالباب")
          for hard in (" بقوه", " بكل قوته", " وبيصرخ", " وعم يصرخ", " ويصيح")),
        *(f"{bang} {hard}" for bang in ("يخبط", "يخبطو", "يرفس", "يكسر", "يدفش")
          for hard in ("بقوه", "بكل قوته")),
        *(f"{bang} {door}" for bang in (
            "ykhabet", "y5abet", "yi5abet", "ykhabbet", "yekser", "yiksar", "yedrob", "yidrab",
            "yodrob",
        ) for door in ("3al bab", "3a bab", "el bab", "3ala el bab", "bel bab")),
        *(f"{knock} {door}{hard}" for knock in (
            "ydo2", "ydu2", "bido2", "bydo2", "yedo2", "tdo2", "ydig", "ydug",
        ) for door in ("3al bab", "3a bab", "el bab")
          for hard in (" b2uwe", " bi 2uwe", " b quwe")),
        *(f"{ex} {outside}" for ex in (
            "طليقي", "طليقها", "جوزي السابق", "زوجي السابق", "جوزي القديم", "زوجي القديم",
            "خطيبي السابق", "طليق اختي", "جوزها السابق", "زوجها السابق",
        ) for outside in (
            "واقف", "واكف", "برا عم", "برا البيت", "عالباب", "ع الباب", "على الباب", "قدام الباب",
            "قدام البيت", "گدام الباب", "گدام البيت", "قدام باب", "تحت البيت", "عند الباب",
            "ناطرني", "مستنيني", "لاحقني", "عم يلحقني", "عم يدق", "بيدق", "عم يخبط",
        )),
        *(f"{ex} {outside}" for ex in ("ex tab3i", "ex tab3a", "tli2i", "tali2i", "jozi el sabe2")
          for outside in ("barra", "bara", "wa2ef", "3al bab", "2edam el bab", "2odam el bet")),
        # pills held in the hand, ready to be taken
        *(f"{pills} {hand}" for pills in (
            "الحبوب", "حبوب", "علبه حبوب", "علبه الحبوب", "كل الحبوب", "الدوايات", "شريط حبوب",
            "ظرف حبوب",
        ) for hand in (
            "بايدي", "بايدو", "بايده", "بايدها", "بايدا", "بيدي", "بيده", "بيدها", "في ايدي",
            "في ايده", "في ايدها", "فايدي", "بين ايدي",
        )),
        *(f"{holding} {pills}" for holding in ("ماسك", "ماسكه", "ماسكي", "حامل", "حامله")
          for pills in ("الحبوب", "حبوب", "علبه حبوب", "علبه الحبوب", "كل الحبوب")),
        *(f"{pills} {hand}" for pills in ("el 7boub", "el 7bub", "7boub", "7bub", "7obob", "7ubub")
          for hand in ("b idi", "b2idi", "bi idi", "b 2idi", "b idu", "b ido", "fi idi")),
        # a planned attack: a weapon carried or shown, a church, mosque or school named with it
        *(f"{has} {weapon}" for has in (
            "معو", "معه", "معاه", "وياه", "معها", "حامل", "شايل", "جايب", "رح يجيب", "بدو يجيب",
            "فرجاني", "فرجانا", "وراني", "ورانا", "ورجاني", "ورجانا", "شفت معو", "شفت معه", "مخبي",
        ) for weapon in (
            "سلاح", "السلاح", "مسدس", "المسدس", "باروده", "الباروده", "بندقيه", "البندقيه",
            "رشاش", "الرشاش", "كلاشن", "الكلاشن",
        )),
        *(f"{place} {armed}" for place in (
            "كنيسه", "جامع", "مسجد", "مدرسه", "جامعه", "كنيس", "معبد", "حفله", "ملعب", "مظاهره",
        ) for armed in (
            "بالسلاح", "بسلاح", "ومعو سلاح", "ومعه سلاح", "بالمسدس", "بمسدس", "بالباروده",
            "ومعو مسدس", "ومعه مسدس",
        )),
        *(f"{armed} {to}{place}" for armed in ("بالسلاح", "بسلاح", "بالمسدس", "بمسدس", "بالباروده")
          for to in ("عال", "ع ال", "على ال", "لل", "بال", "ال") for place in (
            "كنيسه", "جامع", "مسجد", "مدرسه", "جامعه", "كنيس", "معبد", "حفله",
        )),
        *(f"{will} {shoot}" for will in ("رح", "راح", "بدو", "بده", "بدهم", "رح يروح")
          for shoot in ("يطخ", "يطخو", "يقوص")),
        "يطخ الناس", "يطخهم", "يقتلهم كلهم", "يفجر حاله", "يفجر حالو", "يفجر نفسه",
        *(f"{has} {weapon}" for has in ("ma3o", "ma3ah", "ma3a", "m3o", "ma3ou")
          for weapon in ("sla7", "sila7", "silah", "slah", "mosaddas", "msadas")),
    ),
    "tr": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "ambulans", "itfaiye", "acil servis", "acil durum",
        # violence, threats, weapons
        "dövdü", "dovdu", "dövül", "dovul", "dövecek", "dovecek", "dövmek",
        "vurdu", "vuracak", "tokat", "tekme", "boğazımı", "bogazimi", "boğdu", "boğuyor",
        "saldır", "saldir", "tehdit", "öldür", "oldur", "bıçak", "bicak", "tabanca", "kilitledi",
        "hapsetti", "çıkamıyorum", "cikamiyorum", "bırakmıyor", "birakmiyor",
        "kaçırıldı", "kacirildi", "kaçırdılar", "eve girmeye", "kapıyı kırıyor", "hırsız",
        "soyuldum", "gasp", "kapıyı kır", "kapiyi kir", "boğmaya", "bogmaya", "bana dokunuyor",
        "alıkoy", "alikoy", "dışarı çıkarmıyor", "disari cikarmiyor", "şantaj", "santaj",
        "zorla girdi", "aile içi şiddet", "aile ici siddet", "evde şiddet", "evde siddet",
        "şiddet gör", "siddet gor", "şiddet uygul", "siddet uygul", "beni itti", "merdivenden itti",
        "canımı yakacak", "canimi yakacak", "baltayla", "baltasıyla", "satırla", "satirla",
        "bana zarar ver", "zarar verecek",
        # sexual violence
        "tecavüz", "tecavuz", "taciz", "cinsel saldırı", "istismar", "sarkıntı", "sarkinti",
        # suicide, self-harm
        "intihar", "ölmek isti", "olmek isti", "kendimi öldür", "kendimi oldur", "yaşamak istemi",
        "yasamak istemi", "yaşamanın anlamı", "yasamanin anlami", "hayatıma son", "hayatima son",
        "hayatımı sonlandır", "canıma kıy", "canima kiy", "kendime zarar", "bileklerimi",
        "kendimi kes", "hap içtim", "hap ictim", "çok hap", "cok hap", "ilaç içtim",
        "hayatımdan bıktım", "hayatimdan biktim", "artık dayanamıyorum", "artik dayanamiyorum",
        "kendimi asaca", "kendimi asmak", "kendimi ataca", "kendimi atmak", "köprüden atla",
        "kopruden atla", "ilaç içti", "ilac icti", "çamaşır suyu", "camasir suyu", "kendimi yarala",
        "bilek", "damarlarını", "damarlarini", "damarını kes", "damarini kes",
        "yaşamak için bir sebep", "yasamak icin bir sebep", "sebep kalmadı", "sebep kalmadi",
        "dünyadan gitmek", "dunyadan gitmek", "yok olmak istiyorum",
        "kendini öldürecek", "kendini oldurecek", "intihar edecek", "atlayacağım", "atlayacagim",
        "atlayacak", "köprüdeyim", "koprudeyim", "çatıdayım", "catidayim", "çıkış yolu yok",
        "cikis yolu yok", "yaşamak istemiyor", "yasamak istemiyor", "ölmek istiyor",
        "olmek istiyor",
        # medical
        "kalp krizi", "felç", "felc", "bayıldı", "bayildi", "bayıl", "bilinci", "bilincini",
        "nefes alamı", "nefes alami",
        "kanama", "kan kaybı", "zehirlen", "göğsümde", "gogsumde",
        "göğüs ağrısı", "gogus agrisi", "nöbet geçir", "havale geçir", "sara nöbeti", "kaza$",
        "kaza geçir", "kazada", "pencereden düştü", "yaralandı",
        "yaralandi", "yaralı", "yarali", "yığıldı", "yigildi", "yere düştü", "yere dustu", "yuttu",
        "yuttum", "haşlan", "haslan", "kaynar su", "yanık", "yanik",
        "merdivenden düştü", "merdivenden dustu",
        "göğsüm", "gogsum", "zehir", "balkondan", "tüm hapları", "tum haplari", "bütün hapları",
        "butun haplari", "haplar", "kan kaybed", "kan geliyor", "kan akıyor", "kan akiyor",
        "nefes almakta zorlan", "nefes darlığı", "nefes darligi", "ilaç şişe", "ilac sise",
        "kendini bilmiyor", "kendinde değil", "kendinde degil", "alev aldı", "alev aldi", "tutuştu",
        "tutustu",
        "fazla ilaç", "fazla ilac", "ilaç fazla", "ilac fazla", "fazla hap", "aşırı doz",
        "asiri doz", "yerde yatıyor", "yerde yatiyor", "yerde yatan", "ezdi",
        "ezildi", "araba çarptı", "araba carpti", "arabanın altında", "arabanin altinda",
        "nefesi kesil", "nefes almakta", "göğüs ağrı", "gogus agri",
        "göğsü ağrı", "gogsu agri", "göğsünün ağrı", "gogsunun agri", "uyanamıyor", "uyanamiyor",
        "kendine gelmiyor",
        "kan dinmiyor",
        # a child missing or in danger
        "çocuğum kayıp", "cocugum kayip", "oğlum kayıp", "kızım kayıp", "kitada kayıp",
        "okulda kayıp", "evden kaçtı", "evden kacti", "eve gelmedi", "dönmedi",
        "donmedi", "okuldan gelmedi", "ortada yok",
        # fire, gas
        "yangın", "yangin", "yanıyor", "yaniyor", "duman", "gaz kokusu", "gaz kokuyor",
        "gaz sızıntısı",
        # stalking, forced marriage
        "takip ediyor", "peşimde", "pesimde", "peşimden", "beni izliyor", "zorla evlen",
        "zorla nikah", "zorla$",
        "kovalıyor", "kovaliyor", "kovalıyorlar", "kovaliyorlar", "beni takip",
        # shooting, explosives, attacks under way or planned
        "silah sesi", "silah sesleri", "silahlı", "silahli", "ateş ediyor", "ates ediyor",
        "ateş açtı", "ates acti", "ateş açıyor", "ates aciyor", "vuruldu", "kurşun sesi",
        "kursun sesi", "kurşunlandı", "kursunlandi", "bomba", "patlayıcı", "patlayici", "patlama",
        "patlat", "canlı bomba",
        # intruder in the home, kidnapping, locked in, not safe
        "kaçırmaya", "kacirmaya", "beni kaçır", "beni kacir", "kaçırıyor", "kaciriyor",
        "kaçıracak", "kaciracak", "arabaya zorla", "arabaya soktu", "arabaya sokuyor",
        "arabaya çek", "arabaya cek", "eve biri girdi", "evime biri girdi", "evde biri var",
        "evde yabancı", "içeride biri var", "iceride biri var", "camı kırdı", "cami kirdi",
        "kilitli kaldım", "kilitli kaldim", "kilitlendim", "beni kilitle", "saklanıyorum",
        "saklaniyorum", "evde güvende değil", "evde guvende degil", "güvende değilim",
        "guvende degilim",
        # danger
        "tehlikede", "hayatım tehlikede", "terör örgüt", "teror orgut",
        # locked in ("kapattı" folds to "kapati", inside "kapatıyorum")
        "kapattı$", "kapattılar", "beni kapat", "odaya kapat",
        # indirect suicidal wording, farewell letters, pills gathered
        "son günüm", "son gecem", "ilaçları biriktir", "hapları biriktir", "ilaç biriktir",
        "hap biriktir", "veda mektub", "veda notu", "bensiz daha iyi", "bensiz daha mutlu",
        "yük oluyorum", "artık burada olmayacağım", "bir daha uyanmamak", "uyuyup uyanmamak",
        "atlayacağ",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "sessiz yazıyorum", "sessizce yaz", "gizlice yaz", "fısıld", "saklandık",
        "saklandım", "kilitlendi", "banyoya kilit", "odaya kilit", "kapıyı zorl",
        "kapının önünde bekli", "evin önünde bekli", "telefonumu aldı", "bıçağ",
        # screams for help
        "yardım diye bağır", "imdat diye", "çığlık atıyor",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "yüzü kaydı", "yüzü kaymış", "ağzı kaydı", "ağzı kaymış", "dili dolaş",
        "boğazına kaç", "boğazına bir şey", "alerjik şok", "yılan soktu", "şekeri düştü",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "göğsünde", "gogsunde", "kalbini tuttu", "ateşi 40", "atesi 40",
        "suyum geldi", "suyu geldi",
        "sancılar geliyor", "sancılar başladı", "sancılarım", "sancilar geliyor",
        "sancilar basladi", "sancilarim", "doğum başladı", "dogum basladi", "doğuruyor",
        "doguruyor",
        "kriz geçiriyor", "kriz geciriyor", "arabada sıkış", "araçta sıkış", "sıkışıp kaldı",
        "arabada sikis", "aracta sikis", "sikisip kaldi",
        "kımıldamıyor", "kimildamiyor", "havuza düştü", "havuza dustu", "suya düştü", "suya dustu",
        "suyun altında", "suyun altinda", "elektrik çarp", "elektrik carp", "kafamı duvar",
        "kafami duvar", "duvara vurdu", "bir daha göremez", "bir daha goremez", "bizi kilit",
        "içeri kilit", "iceri kilit",
        "sonsuza kadar git", "sonsuza dek git", "atlamak istiyor", "vuracağ", "vuracag",
        "gözlerini açmıyor", "gozlerini acmiyor", "uyandıramıyor", "uyandiramiyor",
        "çok uyuşturucu", "cok uyusturucu", "fazla uyuşturucu", "fazla uyusturucu", "kızgın yağ",
        "kizgin yag", "sıcak yağla", "sicak yagla", "vurma sesi", "vurma sesleri", "dayak sesi",
        "düşük yapıyor", "dusuk yapiyor",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "beri uyanmad", "hala uyanmad", "uyanmadi ve", "dudaklari mor", "dudaklari mosmor",
        "dudaklari morar", "ihtiyacim olmayacak", "ihtiyacim kalmayacak", "yarini gorem",
        "seni bulacag", "namusumuzu kirlet", "namusunu kirlet", "namusumu kirlet",
        "bedelini odeyeceksin", "bedelini ödeyeceksin", "namus icin", "namus meselesi",
        "yasamayi hak etm",
        "evlendirece", "evlendirmek", "geri getirmiyor", "geri getirmed", "geri vermiyor",
        "kizimi kacir", "oglumu kacir", "cocugumu kacir", "kapimin onunde bekli",
        "kapinin onunde bekli", "kapimda bekli", "kapimda duru", "kapinin onunde duru",
        "gundur evde yalniz", "gundur yalniz", "gundur tek basina", "gunlerdir yalniz",
        "gunlerdir evde yalniz", "herkesle vedalas", "herkese veda", "veda mektubu",
        "terlemeyi birak", "terlemiyor", "gunes carp", "sicak carp", "kipkirmizi ve", "karda yat",
        "vucudu buz gibi", "buz gibi ve konusam", "buz gibi ve nefes", "hipoterm", "donarak ol",
        "soguktan donuyor", "cok usumus", "donmak uzere", "hepimizin basi agri",
        "hepimizin basi don", "herkesin basi agri", "basimiz donuyor", "soba zehirlen",
        "sobadan zehir", "karbonmonoksit zehir", "karbon monoksit zehir", "oldurece",
        "beni terk edersen", "beyzbol sopa", "sopasiyla", "sopayla",
        # spoken endings without r ("nefes almıyo"), chest pain with "çok", a numb arm, cold
        # sweat, dog bites, falls from scaffolding or a roof, a hand caught in a machine
        "nefes almıyo", "uyanmıyo", "kıpırdamıyo", "hareket etmiyo", "tepki vermiyo", "kalkamıyo",
        "ayılmıyo", "kan durmuyo", "boğuluyo", "kanıyo", "dövüyo", "vuruyo", "göğsü çok ağrı",
        "göğsü çok sancı", "göğsü fena ağrı", "göğsü sıkış", "soğuk soğuk terl", "soğuk ter dök",
        "soğuk terler dök", "kolu uyuş", "kolum uyuş", "köpek ısır", "köpeği ısır", "köpekler ısır",
        "köpek saldır", "köpekler saldır", "oğlumu ısırdı", "kızımı ısırdı", "çocuğumu ısırdı",
        "çocuğu ısırdı", "bebeği ısırdı", "bebeğimi ısırdı", "ısırdı kan", "bacağı parçalan",
        "kolu parçalan", "yüzü parçalan", "iskeleden düş", "çatıdan düş", "damdan düş",
        "yüksekten düş", "makineye kaptır", "eli makineye", "elini makineye", "kolunu makineye",
        "enkaz altında", "altında kaldı", "trenin önüne", "raylarda duru", "raylarda yat",
        "raylara yat", "rayların üstünde",
        # emergencies told calmly, after a greeting, thanks or a question about a service: a
        # handful of pills swallowed, ending it all tonight, a last message, voices ordering harm,
        # a stranger still at the door or luring a child into a car, someone trapped inside,
        # sweating and shaking, never waking up again, the worst headache, slurred speech, chest
        # pain spreading to the jaw or arm, a baby's chest pulling in, a whole box of pills, a
        # drain cleaner drunk, sparks from a socket
        "yutmus", "bir avuc hap", "bir avuc ilac", "avuc dolusu hap", "avuc dolusu ilac",
        "ilaclarindan bir avuc", "haplarindan bir avuc",
        *(f"{when} her {thing}" for when in ("bu gece", "bu aksam", "yarin sabah")
          for thing in ("seyi bitirece", "seye son verece", "sey bitecek")),
        "her seye son verece", "her seye son vermek isti", "son mesajim olacak",
        "son mesajimdir", "bu benim son mesajim", "kafamda ses", "kafamin icinde ses",
        "kafamdaki ses", "zarar vermemi", "oldurmemi soyl", "hala kapida", "hala kapinin onunde",
        "hala kapimin onunde", "hala evin onunde", "hala evimin onunde", "hala okulun onunde",
        "hala pencerenin onunde", "hala penceremin onunde",
        "tanimadigim bir adam", "tanimadigim bir erkek", "tanimadigim adam",
        *(f"{car} {call}" for car in ("arabasina", "arabaya", "arabasinin icine") for call in (
            "binmesini", "binmeye", "cagir", "davet", "bindirmeye", "bindirmek", "cekmeye",
        )),
        *(f"icinde {who}" for who in (
            "yasli bir", "yasli teyze", "yasli amca", "yasli kadin", "yasli adam", "biri var",
            "birisi var", "insan var", "insanlar var", "bebek var", "cocuk var", "cocugum var",
            "bebegim var", "adam var", "kadin var", "teyze var", "amca var", "komsu var",
            "komsum var", "mahsur",
        )),
        "mahsur kaldi", "mahsur kalmis",
        *(f"{first}{sep}{second}" for first, second in (
            ("terliyor", "titriyor"), ("titriyor", "terliyor"), ("terli", "titriyor"),
            ("ter icinde", "titriyor"), ("titreyip", "terliyor"),
        ) for sep in (", ", " ve ", " ")),
        "sirilsiklam terl", "bir daha uyanmam", "bir daha uyanmay", "olumcul doz",
        "oldurucu doz", "en kotu bas agrisi", "hayatimin en siddetli bas", "ani siddetli bas agri",
        "aniden cok siddetli bas", "sarhos gibi konus", "kolunu kaldiramiy", "kolunu kaldiramaz",
        "ceneye vuruyor", "cenesine vuruyor", "ceneme vuruyor", "sol koluna vuruyor",
        "sol kola vuruyor", "sol koluma vuruyor", "cenesine yayil", "sol koluna yayil",
        "kaburgalari cekil", "kaburga arasi cekil", "kaburgalarinin arasi cekil",
        "dudaklari gri", "dudaklari griles",
        *(f"{amount} {pills}" for amount in (
            "bir kutu", "butun kutu", "koca bir kutu", "bir paket", "butun paket",
        ) for pills in ("hap ic", "ilac ic", "hap yut", "ilac yut", "haplari ic", "ilaci ic")),
        "kutusunu bitirdi", "kutuyu bitirdi", "kutusunu icti", "kutuyu icti",
        *(f"{cleaner} {drank}" for cleaner in (
            "lavabo acici", "tuvalet temizleyici", "kirec cozucu", "deterjan", "temizlik malzemesi",
            "bulasik deterjani", "camasir suyundan", "lavabo acicidan", "deterjandan",
        ) for drank in ("icti", "icmis", "yuttu", "yutmus")),
        "kivilcim", "prizden duman", "prize su", "prizlere su", "su prize",
        # a rope ready, on the rails waiting for the train
        "kendimi asma", "ipi hazırla", "ip hazırla", "raylarındayım", "raylardayım",
        # someone pounding on the door, an ex outside it now
        "kapiyi yumrukl", "kapiya yumruk", "kapiyi yumruk", "kapiyi tekmel", "kapiya tekme",
        "kapiya vurup", "kapiya vurarak", "kapiya dayandi", "kapima dayandi", "kapimiza dayandi",
        *(f"{ex} {now}{at}" for ex in (
            "eski kocam", "eski esim", "eski sevgilim", "eski nisanlim", "eski erkek arkadasim",
            "eski kocasi", "eski esi", "beni doven",
        ) for now in ("", "su an ", "simdi ", "yine ") for at in (
            "kapida", "kapimda", "kapinin onunde", "kapimin onunde", "evin onunde",
            "evimin onunde", "apartmanin onunde", "disarida", "disarda", "kapiya geldi",
            "kapima geldi", "kapiya dayandi",
        )),
        # stroke signs: a face drooping to one side, speech gone suddenly (a car sliding to one
        # side is no sign)
        *(f"{face} {droops}" for face in ("yuzu", "yuzunun", "agzi", "agzinin", "dudagi")
          for droops in ("bir taraf", "bir yana", "tek taraf", "carpil", "yamul", "sarkt")),
        "konusmasi bozul", "konusmasi birden", "birden konusam", "aniden konusam",
        "kelimeleri cikaram", "kolunu oynatam", "kolunu kimildatam",
        # a throat closing, a tongue or lips swelling (a sting, a vaccine, food)
        *(f"{part} {swells}" for part in (
            "bogazi", "bogazim", "girtlagi", "girtlagim", "bogazinin ici",
        ) for swells in (
            "sisiyor", "sisiyo", "sismeye", "kapaniyor", "kapaniyo", "kapandi", "daraliyor",
            "daraliyo", "tikaniyor", "tikaniyo",
        )),
        *(f"{part} {swells}" for part in ("dili", "dudaklari", "dudagi")
          for swells in (
            "sisiyor", "sisiyo", "sismeye", "sisti", "sismis", "kabardi", "kabariyor",
        )),
        *(f"{part} {swells}" for part in ("dilim", "dudaklarim", "dudagim")
          for swells in ("sisiyor", "sisiyo", "sismeye", "kabariyor")),
        *(f"{a} ve {b} sis" for a in ("dudaklari", "dili", "bogazi", "yuzu", "gozleri")
          for b in ("dudaklari", "dili", "bogazi", "yuzu", "gozleri") if a != b),
        # an attack planned or a weapon shown: "okula silahla gidecek", "silahını gösterdi"
        *(f"{place} {armed}" for place in (
            "okula", "okuluna", "kiliseye", "camiye", "sinagoga", "havraya", "universiteye",
            "kursa", "meydana", "konsere", "stadyuma", "mahkemeye", "isyerine", "kreşe", "kitaya",
        ) for armed in ("silahla", "tabancayla", "tufekle", "silahini alip", "bombayla")),
        *(f"{armed} {go}" for armed in ("silahla", "tabancayla", "tufekle")
          for go in ("gid", "git", "gel", "gir", "bas", "saldir")),
        *(f"{armed} {place}" for armed in ("silahla", "tabancayla", "tufekle") for place in (
            "okula", "okuluna", "kiliseye", "camiye", "sinagoga", "havraya", "universiteye",
            "kursa", "meydana", "konsere", "stadyuma", "mahkemeye", "isyerine", "kreşe", "kitaya",
        )),
        *(f"{whose} {show}" for whose in (
            "silahi", "silahini", "silahini bana", "bana silah", "bana silahini", "tabancasini",
            "tabancayi", "tufegini",
        ) for show in ("goster", "cikar", "getir", "dogrult")),
        "silah tasiyor", "silah tasidigini", "silahla dolas", "okulu basaca", "kiliseyi basaca",
        "camiyi basaca",
    ),
    "uk": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "швидку$", "швидка допомога", "швидкої допомоги", "швидку допомогу", "загорівся",
        "загорілася", "загорілось",
        "швидка потрібна", "потрібна швидка", "shvydku", "shvidku", "shvydka", "shvidka", "skoru$",
        # violence, threats, weapons
        "б'є", "б'ють", "бє мене", "мене бє", "бьє", "побив", "побила", "побили", "побиття",
        "вдарив", "вдарила", "копає мене", "душить", "душив", "задуш", "напад", "напали", "погрож",
        "погроз", "вбити", "вб'ю", "вб'є", "уб'є", "вбивств", "убити", "ножем", "з ножем",
        "пістолет", "замкнули", "зачинив мене", "не випускають", "не випускає", "не відпускають",
        "ломиться", "вламується", "пограбув", "на мене руку", "торкається мене", "лапає",
        "мене тримають", "тримає мене", "шантаж", "вдерся", "вломився", "кидається", "замкнув мене",
        "мене замкнув", "замкнула мене", "мене замкнула", "замкнув нас", "домашнє насильств",
        "домашне насильств", "вдома насильств", "вдома насилля", "насильство вдома",
        "насильство в сім", "штовхнув мене", "штовхнула мене", "мене штовхнув", "мене штовхнула",
        "зі сходів", "вибив двері", "вибили двері", "виламав",
        "хоче мене вдарити", "хоче мене вбити", "сокирою", "молотком",
        "підпал", "спалити", "спалю$", "спалить нас", "спалить мене", "mene b'ye", "mene bye",
        "mene biye", "vbyty mene", "vbiti mene", "mene vbye",
        # sexual violence
        "зґвалт", "згвалт", "домагається",
        # suicide, self-harm
        "самогубств", "суїцид", "не хочу жити", "не хочу більше жити", "хочу померти", "вмерти",
        "померти", "покінчити з собою", "накласти на себе руки", "накладу на себе руки",
        "вбити себе", "вб'ю себе", "порізати себе", "поріжу себе", "ріжу себе", "зашкодити собі",
        "сенсу жити", "не бачу сенсу", "багато таблеток", "наковтал",
        "не можу більше так", "більше так жити", "повіситись", "повіситися", "повішусь",
        "стрибну з", "викинусь", "вени$", "вен$", "все закінчити", "закінчити з життям",
        "не хочу прокидатися", "більше існувати", "не хочу існувати", "помираю", "вмираю",
        "жити не хочу", "жити більше не хочу", "не хочеться жити", "покінчу з собою",
        "покінчити з життям", "вб'є себе", "себе вб'є", "себе вбити", "стрибнути з", "стрибне з",
        "вистрибну", "на мосту і", "немає виходу", "нема виходу", "виходу немає",
        # medical
        "серцевий напад", "інфаркт", "інсульт", "непритомн", "без свідомості", "знепритомн",
        "втратив свідомість", "втратила свідомість", "не дихає", "не можу дихати", "задихаю",
        "задихається", "кровотеч", "кров не зупиня", "стікає кров", "багато крові", "болить серце",
        "біль у грудях", "біль в грудях", "судом", "отру", "не прокидається", "впала з вікна",
        "впав з вікна", "тоне", "потонув", "аварі", "проковтн", "вдавився", "вдавилась",
        "подавився", "себе поранил", "поранила себе", "поранив себе", "себе поріз", "нього ніж",
        "неї ніж", "має ніж", "взяв ніж", "схопив ніж", "ламає двер", "ламають двер", "ґвалт",
        "гвалт", "кровить", "кровоточ", "не дихаю", "обпек", "окроп", "не встає", "не рухається",
        "у грудях", "в грудях", "з балкона", "з балкону", "з вікна", "випав з", "випала з",
        "всі таблетки", "усі таблетки", "пачку таблеток", "випила таблетки", "випив таблетки",
        "іде кров", "йде кров", "тече кров", "кров тече", "кров іде", "кров йде", "опік$",
        "не реагує", "не приходить до тями", "лежить на підлозі", "лежить на землі",
        "не може встати", "впав і не", "впала і не", "не може дихати", "не вистачає повітря",
        "бракує повітря", "задуха", "багато ліків", "збила машина", "збив машина",
        # a child missing or in danger
        "дитина зникла", "викрал", "не повернувся", "не повернулася", "не повернулась",
        "не прийшов додому", "не прийшла додому", "втік з дому", "втекла з дому", "втік із дому",
        "втекла із дому",
        "терористичне угрупо", "терористичного угрупо", "терористичних угрупо",
        "терористична орган", "терористичної орган", "терористичну орган", "терористичних орган",
        # fire, gas
        "пожеж", "горить", "палає", "дим$", "запах газу", "витік газу", "горимо$",
        "горю$",
        # stalking, forced marriage
        "переслідує", "стежить за мною", "за мною хтось", "за мною йде", "за мною іде",
        "слідкує за мною", "примусов", "силою", "видати заміж", "змушують", "за мною стеж",
        "стежать за мною", "іде за мною", "йде за мною", "ходить за мною", "біжить за мною",
        "женеться за мною", "за мною біжить", "за мною женеться",
        "переслід", "женуться", "біжать за мною", "ганяється",
        # shooting, explosives, attacks under way or planned
        "стріля", "стрілянин", "постріл", "вибух", "бомб", "вибухівк", "підірв", "терорист з",
        "влаштувати теракт", "влаштує теракт",
        # intruder in the home, kidnapping, locked in, not safe
        "хтось заліз", "заліз у", "заліз в", "хтось у квартирі", "хтось в квартирі",
        "хтось у домі", "хтось в домі", "хтось у хаті", "хтось в хаті", "проник", "вліз у",
        "вліз в", "розбив вікно", "розбили вікно", "тягнуть в машину", "затягнули в машину",
        "затягнув в машину", "запихнули в машину", "мене замкнули", "замкнена", "замкнений",
        "зачинена в", "зачинений в", "ховаюся", "ховаюсь", "сховалась", "сховалася", "сховався",
        "вдома небезпечно", "не в безпеці",
        # danger
        "в небезпеці", "небезпек",
        # indirect suicidal wording, farewell letters, pills gathered
        "прощальний лист", "прощального листа", "прощальну записку", "прощальні листи",
        "кращим без мене", "краще без мене", "не хочу тут бути", "назбирала таблет",
        "назбирав таблет", "зібрала таблет", "зібрав таблет", "таблетки вже тут", "таблетки поруч",
        "не прокинутися", "не прокинутись",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "пишу тихо", "пишу потай", "пишу таємно", "щоб він не почув", "забрав телефон",
        "стоїть під дверима", "стоїть під будинком", "ломиться в двері",
        "ломиться у двері",
        # screams for help
        "кличе на допомогу", "кричить про допомогу", "кричить жінка",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "перекосило", "перекошене обличчя", "оніміла рука", "онімів", "німіє рука",
        "вдавилася", "подавилася", "посинів", "посиніла", "алергічний шок",
        "набряк горла",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "повна диму", "повно диму", "вся в диму", "все в диму", "за серце", "випив хлорк",
        "випила хлорк",
        "випив білизн", "випила білизн",
        "з'їла таблет", "з'їв таблет", "з'їла пігул", "з'їв пігул", "з'їла бабусин", "з'їв бабусин",
        "відійшли води", "перейми кожні", "перейми через", "почалися перейми", "сильні перейми",
        "почалися пологи", "вона народжує", "дружина народжує", "народжує зараз", "я народжую",
        "викидень", "цукор дуже низький",
        "низький цукор", "цукор впав", "не ворушиться", "впав у ставок",
        "впала у ставок", "впав у воду", "впала у воду", "був під водою", "була під водою",
        "вдарило струмом", "удар струмом", "струмом вдарило", "вбило струмом", "собака покус",
        "пес покус", "покусав собака", "покусала собака", "бив мене", "била мене",
        "головою об стіну", "затягли",
        "більше не побачу", "більше не побачиш", "замикає", "хоче стрибнути", "перестріл",
        "застрел", "не відкриває очі", "не можемо розбудити", "не можу розбудити",
        "забагато наркотиків", "гарячою олією", "чути удари", "чуємо удари", "звуки ударів",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "ніж у рук", "ніж в рук", "знову ніж", "nizh u ruk", "znovu nizh", "не прокинулася з",
        "не прокинулась з", "не прокинувся з", "досі не прокинул", "не прокинулась і",
        "не прокинувся і", "губи сині", "губи посиніли", "huby syni", "ne prokynulas z",
        "ne prokynuvsia z", "ne prokynuvsya z", "речі мені більше не", "речі більше не знадоб",
        "ніхто не відчиняє", "не відчиняє двері", "знайде мене сьогодні", "знайде мене вночі",
        "знайду тебе", "не доживеш", "не доживу", "дні сама вдома", "дні сам вдома",
        "днів сама вдома", "днів сам вдома", "вдома три дні", "вдома вже три дні",
        "вдома вже два дні", "sama vdoma try", "dni sama vdoma", "sam vdoma try",
        "перестав пітніти", "перестала пітніти", "тепловий удар", "сонячний удар",
        "на снігу лежить", "лежить на снігу", "холодний як лід", "переохолод", "замерзає",
        "у всіх болить голова", "чадним газом", "чадного газу отру", "отруїлися газом", "угорів",
        "угоріли", "тобі кінець", "тобі не жити", "ти труп", "попрощалася з усіма",
        "попрощався з усіма", "попрощалась з усіма", "з усіма попрощал", "poproshchal",
        "скажіть дітям що я", "скажіть дітям, що я", "вивіз сина", "вивіз дочку", "вивіз доньку",
        "вивіз дитину", "вивезли дитину", "vyviz syna", "stoit pid dver", "pid dveryma",
        "ne mozhe vstaty", "pobyv mene", "mene pobyv", "dob'ye", "dobye", "z bitoiu", "z bytoiu",
        "з битою", "зганьб", "ганьба для сім", "нісенітниц",
        # a fight with blood, fell and does not respond, seizures, overdose, drank a cleaner,
        # swelling throat, a farewell on a roof, falls from scaffolding or a ladder, trapped,
        # heat, labour, gas smelt, a pedestrian hit, a hand caught in a machine, a lost child
        "голова в крові", "голова у крові", "весь у крові", "весь в крові", "вся в крові",
        "вся у крові", "обличчя в крові", "розбили голову", "розбив голову", "розбила голову",
        "пляшкою по голові", "впав у ванн", "впала у ванн", "впав в ванн", "впала в ванн",
        "впав у душі", "впала у душі", "впав в душі", "впала в душі", "впав з риштуван",
        "впала з риштуван", "упав з риштуван", "упала з риштуван", "з драбини", "впав з даху",
        "впала з даху", "впав з висоти", "впала з висоти", "хрипить і не", "передоз",
        "випила засіб", "випив засіб", "випили засіб", "випила рідин", "випив рідин", "випила оцт",
        "випив оцт", "випила хімі", "випив хімі", "побутову хімію", "відбілювач", "вибілювач",
        "набрякає горло", "набрякло горло", "горло набряк", "набрякає язик", "язик набряк",
        "набрякли губи", "набрякають губи", "губи набряк", "набрякає обличчя", "набрякло обличчя",
        "обличчя набряк", "важко дихати", "тяжко дихати", "важко дихає", "ледве дихає",
        "ледь дихає", "стою на даху", "сиджу на даху", "на краю даху", "стою на краю",
        "стою на мосту", "всім прощавайте", "прощавайте всі", "прощайте всі", "всім прощайте",
        "стою на рейках", "лежу на рейках", "ляжу на рейки", "під поїзд", "під потяг", "затиснут",
        "затиснуло", "придавило", "під завалами", "гарячий як вогонь", "гаряча як вогонь",
        "і марить", "та марить", "марить і", "перегрівся на сонці", "перегрілася на сонці",
        "перегрілась на сонці", "пологи почал", "почались пологи", "дитина виходить",
        "дитина вже виходить", "головка вже", "не встигнемо до лікарні", "не встигнемо в лікарню",
        "не доїдемо до лікарні", "пахне газ", "газом пахне", "газом тхне", "тхне газом",
        "смердить газом", "газом смердить", "відчуваю газ", "чую газ", "чути газ", "збили пішохода",
        "збив пішохода", "збила пішохода", "збили людину", "збив людину", "збила людину",
        "збили дитину", "збив дитину", "збила дитину", "машина збила", "лежить нерухомо",
        "лежить без руху", "руку затягнуло", "затягнуло руку", "затягнуло в верстат",
        "затягнуло у верстат", "затягнуло в механізм", "руку затиснуло", "ногу затиснуло",
        "відірвало палець", "відірвало руку", "відрізало палець", "дитина пропала",
        "дитина загубил", "дитина зникла", "син пропав", "донька пропала", "дочка пропала",
        # the same in Latin script
        "bahato krovi", "bagato krovi", "bahato krovy", "holova v krovi", "holova u krovi",
        "vsya v krovi", "rozbyly holovu", "rozbyv holovu", "rozbyla holovu", "vpala i ne",
        "vpav i ne", "ne reahu", "ne reagu", "ne ruha", "ne rukha", "ne dyhaye", "ne dykhaye",
        "ne dihaye", "sudoma", "sudomy", "v sudomi", "peredoz", "ne prokyda", "ne prokida",
        "hrypyt i ne", "khrypyt i ne", "z drabyny", "z drabini", "vpav z", "vpala z", "vpav u vann",
        "vpala u vann", "vypyla zasib", "vypyv zasib", "vypila zasib", "vipila zasib", "nabryak",
        "nabriak", "vazhko dyhaty", "vazhko dykhaty", "vazhko dihati", "stoyu na dahu",
        "stoyu na dakhu", "vsim proshchavaite", "vsim proshchavayte", "vsim proshavaite",
        "vsim proshavayte", "proshchavaite vsi", "zatysnut", "zatisnut", "zatysnulo", "prydavylo",
        "pologi pochal", "polohy pochal", "pochalys polohy", "pochalysya polohy",
        "pochalysia polohy", "vidiyshly vody", "vidijshly vody", "narodzhuye", "narodzhuie",
        "narodzhuyu", "pahne gazom", "pakhne gazom", "gazom pahne", "hazom pakhne", "zapah gazu",
        "zapakh gazu", "zapakh hazu", "zbyly pishohoda", "zbyla mashyna", "mashyna zbyla",
        "ruku zatyahnulo", "zatyahnulo ruku", "ruku zatiahnulo", "dytyna propala", "dytyna znykla",
        "dytyna zahubyl", "ditina znikla", "ditina propala",
        # violence, threats, locked in (Latin: b'ye, vbye)
        "b'ye$", "b'yut$", "b'iut$", "b'je$", "b'ye mene", "bye mene", "b'je mene", "b'ie mene",
        "b'yut mene", "byut mene", "mene b'yut", "mene byut", "pobyla mene", "pobyly mene",
        "vdaryv mene", "vdaryla mene", "mene vdaryv", "mene vdaryla", "dushyt mene", "dushyv mene",
        "vbye", "vb'ye", "ub'ye", "vbyut$", "vb'yut", "vbyu$", "vb'yu", "khoche vbyty",
        "hoche vbyty", "z nozhem", "nozhem$", "zachynyv mene", "zachynyla mene", "mene zachyn",
        "zamknuv mene", "zamknula mene", "zamknuly mene", "mene zamkn",
        # a knife drawn, a fight
        "в одного ніж", "у одного ніж", "в когось ніж", "у когось ніж", "дістав ніж", "витяг ніж",
        "витягнув ніж", "вихопив ніж",
        # suicide, farewells, pills (both scripts)
        "ne khochu zhyt", "ne hochu zhyt", "ne khochu zhit", "ne hochu zhit",
        "ne khochu bilshe zhyt", "ne hochu bilshe zhyt", "zhyty ne khochu", "zhyty ne hochu",
        "pokinchyty z soboy", "pokinchu z soboy", "samohubstv", "samogubstv", "vsi tabletky",
        "usi tabletky", "vsi pihulky", "bahato tabletok", "bagato tabletok", "nakovta",
        "z usima poproshchav", "z usima poproshchal", "proshchayetsya z usima",
        "proshchaietsia z usima", "proshchaetsya z usima", "proshchayetsya z vsima",
        "proshchayusya z usima", "proshchayus z usima", "z usima proshch", "z vsima proshch",
        "zi vsima proshch", "usim proshch", "vsim proshch", "usim proshav", "vsim proshav",
        "pyshe proshch", "pyshe shcho proshch", "napysav proshch", "napysala proshch",
        "napysav usim proshch", "napysala usim proshch", "з усіма попрощав", "з усіма прощає",
        "прощається з усіма", "прощаюся з усіма", "прощаюсь з усіма", "прощається зі всіма",
        "усім прощавайте", "усім прощайте", "написав прощ", "написала прощ", "пише прощ",
        "пише що прощ", "усім написав прощ", "всім написав прощ", "усім написала прощ",
        "всім написала прощ", "з собою зробить", "із собою зробить", "з собою щось зроб",
        "щось з собою зроб", "щось із собою зроб", "щось собі зроб", "собі щось зроб",
        "z soboyu zrob", "shchos z soboyu zrob", "chto to s soboy sdela", "chto to s soboi sdela",
        "chto-nibud s soboy sdela", "shchos sobi zrob", "stoyit na dakhu", "stoyit na dahu",
        "stoit na dakhu", "stoit na dahu", "стоїть на даху",
        # medical, mostly Latin: fainting, choking, bleeding, heat, electric shock, drowning, burns
        "vtratyv svidom", "vtratyla svidom", "vtrativ svidom", "vtratila svidom", "bez svidomosti",
        "zneprytomn", "znepritomn", "neprytomn", "nepritomn", "zakhlynuv", "zahlynuv", "zakhlynul",
        "zahlynul", "захлинув", "захлинул", "vdavyvsya", "vdavylas", "podavyvsya", "podavylas",
        "posyniv", "posynil", "posinil", "posyniel", "krov ne zupyn", "krov ne zupin",
        "krov' ne zupyn", "krovotech", "krov duzhe syln", "krov sylno", "sylno krovyt",
        "vpav vid speky", "vpala vid speky", "upav vid speky", "upala vid speky", "впав від спеки",
        "впала від спеки", "упав від спеки", "упала від спеки", "teplovyi udar", "teplovyy udar",
        "vdarylo strum", "udarylo strum", "vdaryv strum", "vdaryla strum", "strumom vdar",
        "strumom udar", "udar strumom", "vbylo strumom", "вдарила струм", "вдарив струм",
        "tone dyt", "tone dit", "dytyna tone", "ditina tone", "syn tone", "donka tone",
        "khtos tone", "hlopets tone", "lyudyna tone", "cholovik tone", "tone v ozer", "tone u ozer",
        "tone v richc", "tone v vod", "tone u vod", "potonuv", "potonula", "tonut$", "kypyatok",
        "kypyatkom", "kip'yatok", "kip'yatkom", "kipyatok", "kipyatkom", "kypiatok", "kipiatok",
        "okropom", "v opikakh", "v opikah", "opiky$", "zadykha", "zadyha", "zadikha",
        "ne mozhe dykhaty", "ne mozhe dyhaty",
        # falls, trapped, a bone showing
        "vypav z vikn", "vypala z vikn", "vipav z vikn", "vipala z vikn", "vypav z balkon",
        "vypala z balkon", "pryvalyv", "pryvalylo", "privalylo", "prydavyv", "prydavyla",
        "prydavlen", "придавив", "придавила", "привалив", "привалило", "привалила", "kistku vydno",
        "vydno kistku", "kistka styrch", "кістку видно", "видно кістку", "кістка стирч",
        "стирчить кістка", "відкритий перелом", "vidkrytyi perelom", "nih ne vidchuva",
        "ne vidchuvaye nih", "ніг не відчува", "не відчуває ніг", "не відчуваю ніг", "ruku zatyag",
        "ruku zatyah", "ruku zatiag", "ruku zatiah", "zatyaglo ruku", "zatyahlo ruku",
        "zatyaglo v mashyn", "zatyahlo v mashyn", "руку затягл", "затягло руку", "затягло в машин",
        "затягнуло в машин", "lezhyt na dorozi", "лежить на дорозі", "holova rozbyta",
        "rozbyta holova", "голова розбита", "розбита голова", "рука в крові", "все в крові",
        # labour
        "pochalys polog", "pochalysya polog", "pochalysia polog", "pology pochal", "vody vidiyshly",
        "vody vidiishly", "vody vidijshly", "vody vidishly", "vidiishly vody", "vidishly vody",
        "pereimy pochal", "pereymy pochal", "pochalys pereim", "pochalys pereym",
        "pochalysia pereim", "pochalysya pereym", "почались перейми", "перейми почал",
        "води відійшли", "holovka vzhe", "holovka vydno", "holovku vydno", "golovka vzhe",
        "головку видно", "голівку видно", "головка видна", "ne vstyhayemo v likarn",
        "ne vstyhayemo do likarn", "ne vstyhaiemo v likarn", "не встигаємо в лікарн",
        "не встигаємо до лікарн",
        # an urgent call for help ("terminovo" starts with the service word "termin", so not a cry)
        "terminovo dopomoha$", "terminovo dopomohy$", "dopomoha terminovo", "dopomohy terminovo",
        "terminovo potribna dopomoha",
        # a lost child, fire (Latin)
        "donka propala", "dochka propala", "syn propav", "propala donka", "propala dochka",
        "propav syn", "propala dytyna", "malyuk propav", "pozhezh", "pozhez", "horyt$", "horymo$",
        "palaye$", "zahoriv", "zahorilo", "zahorilas",
        # emergencies told calmly, after a greeting, thanks or a question about a service: a fever
        # over 40, falling asleep for ever, a lethal dose, no strength to live (living like this
        # in a hostel is an idiom), sparks and a burning smell, a stranger luring a child into a
        # car and still there, trapped and unable to get out, voices ordering harm, sweating and
        # shaking, not recognising anyone, slurred speech, chest pain spreading to the jaw, a
        # baby's chest pulling in and grey lips, a whole pack of pills, a household with
        # headaches, a neighbour not opening for days, followed and watched at the windows, a
        # last message
        "температура за 40", "температура понад 40", "температура вище 40", "температура більше 40",
        "температура під 41", "температура 41", "температура 42", "наче мене не бачить",
        "заснути назавжди", "заснути навіки", "уснути назавжди", "заснути і не прокинут",
        "смертельна доза", "смертельну дозу", "летальна доза", "летальну дозу",
        "не можу так жити", "не можу так більше жити", "не можу більше так жити",
        "більше не можу жити", "не можу більше жити", "нема сил жити", "немає сил жити",
        "несила жити", "сил немає жити", "сил більше немає жити",
        "іскрить", "іскрять", "іскри з розет", "пахне паленим", "запах паленого",
        "смердить паленим", "тхне паленим", "вода на розетк", "вода ллється на розетк",
        *(f"{called} {into}машин" for called in (
            "кликав", "кличе", "покликав", "звав", "кликала", "запрошував", "тягнув", "затягував",
            "заманював",
        ) for into in ("у ", "в ", "до себе в ", "до себе у ", "у свою ", "в свою ", "до ")),
        "заманю", "до себе в машину", "до себе у машину", "сісти до нього в машину",
        "сісти в його машину", "досі там стоїть", "він досі стоїть", "досі стоїть біля",
        "досі стоїть під", "досі стоїть там", "досі стоїть у", "досі стоїть в",
        "все ще стоїть біля", "все ще стоїть під",
        *(f"не {can} {get_out}" for can in ("може", "можуть", "можу", "можемо") for get_out in (
            "вибратися", "вибратись", "вилізти", "вийти з машини", "вибратися з машини",
        )),
        "голоси в голові", "голоси в моїй голові", "голоси у голові", "голоси наказу",
        "голос наказу", "голоси кажуть мені", "голос каже мені", "голоси велять",
        *(f"{first}{sep}{second}" for first, second in (
            ("пітніє", "тремтить"), ("тремтить", "пітніє"), ("в поту", "тремтить"),
            ("спітніла", "тремтить"), ("спітнілий", "тремтить"), ("мокрий", "тремтить"),
            ("мокра", "тремтить"), ("в поту", "трясеться"), ("пітніє", "трясеться"),
        ) for sep in (", ", " і ", " й ", " та ", " ")),
        "в холодному поту", "у холодному поту", "мене не впізнає", "нас не впізнає",
        "не впізнає мене", "не впізнає нас", "нікого не впізнає",
        "говорить як п'ян", "говорить, як п'ян", "заплітається язик", "язик заплітається",
        "невиразно говорить", "говорить невиразно", "не може підняти руку", "рука не слухається",
        "за грудиною", "віддає в щелеп", "віддає у щелеп", "віддає в ліву руку",
        "віддає у ліву руку", "втягується між ребр", "западає між ребр", "між ребрами втягу",
        "між ребрами запада", "губи сірі", "губи сіруваті", "губи синюват", "сірі губи",
        "сині губи", "синюваті губи",
        *(f"{took} {whole}{pack}" for took in (
            "випив", "випила", "випили", "з'їв", "з'їла", "проковтнув", "проковтнула", "прийняв",
            "прийняла", "наковтався", "наковталася",
        ) for whole in ("всю ", "усю ", "цілу ", "") for pack in (
            "упаковку", "пачку", "пластинку", "коробку таблеток", "коробку пігулок", "блістер",
        )),
        *(f"{who} {when}з головним болем" for who in (
            "ми всі", "ми усі", "всі ми", "уся сім'я", "вся сім'я", "усі вдома", "всі вдома",
        ) for when in ("", "з ранку ", "зранку ", "вранці ", "сьогодні ", "вже ")),
        "у всіх голова болить", "у всіх головний біль", "усіх нудить", "всіх нудить",
        *(f"не відчиняє {already}{n} {days}" for already in ("", "вже ")
          for n in ("два", "три", "2", "3", "кілька", "декілька", "пару") for days in (
            "дні", "днів", "доби",
        )),
        "за мною ходить", "за мною ходять", "за мною хтось ходить", "стоїть під вікн",
        "стоять під вікн", "під вікнами стоїть", "під вікнами стоять", "дивиться в мої вікна",
        "дивиться у мої вікна",
        *(f"{drank} з пляшки {what}" for drank in ("випив", "випила", "випили", "ковтнув",
                                                 "ковтнула")
          for what in ("засіб", "рідин", "хімі", "оцт", "відбілювач", "хлорк", "білизн", "бензин",
                       "антифриз", "розчинник")),
        "це моє останнє повідомлення", "моє останнє повідомлення вам",
        "останнє повідомлення від мене",
        # smoke filling a room (a smoke detector is an idiom, the smoke in the flat is not)
        *(f"{room} {in_} диму" for room in (
            "квартира", "кухня", "кімната", "під'їзд", "коридор", "будинок", "хата", "сходи",
            "підвал", "спальня", "поверх", "дім", "ванна", "машина", "весь", "вся", "все", "усе",
        ) for in_ in ("в", "у")),
        "повно диму", "багато диму", "чорний дим", "густий дим", "валить дим",
        "дим валить", "kvartyra v dymu", "kukhnia v dymu", "kukhnya v dymu", "povno dymu",
        # stroke signs: half the face drooping, suddenly unable to speak
        "половина обличчя", "половину обличчя", "пів обличчя", "один бік обличчя",
        "одна сторона обличчя", "обличчя обвис", "обвисло обличчя", "обвисла щока", "щока обвисла",
        "кутик рота опуст", "опустився кутик рота", "кут рота опуст",
        *(f"{suddenly} не {can} {speak}" for suddenly in ("раптом", "раптово", "зненацька", "враз")
          for can in ("може", "можу", "змогла", "зміг", "могла", "міг") for speak in (
            "говорити", "розмовляти", "вимовити",
        )),
        "раптом перестав говорити", "раптом перестала говорити",
        # a throat, tongue or lips swelling up, not getting a breath in, chest pain (also Latin)
        "горло пухне", "пухне горло", "горло опухає", "опухає горло", "язик пухне", "пухне язик",
        "губи пухнуть", "пухнуть губи", "горло закривається",
        "не можу вдихнути", "не може вдихнути", "не можу зробити вдих", "не може зробити вдих",
        "рука німіє", "bil u grud", "bil v grud", "bil' u grud", "bil' v grud", "ne mozhu vdykhn",
        "ne mozhu vdyhn", "ne mozhu vdihn", "ne mozhe vdykhn", "ne mozhe vdyhn", "ne mozhu dykhaty",
        "ne mozhu dyhaty", "ne mozhu dihati", "ruka nimiye", "nimiye ruka", "onimila ruka",
        # suicide announced by or for someone else ("він покінчить з собою")
        "покінчить з собою", "покінчить із собою", "покінчать з собою", "покінчиш з собою",
        "покінчити із собою", "з собою покінч", "із собою покінч", "накладе на себе руки",
        "накладу на себе руки", "накласти на себе руки",
        # beaten yesterday, today, again (imperfective "бив" alone is often a past story)
        *(f"{a} {b}" for hit in ("мене бив", "мене била", "бив мене", "мене побивав")
          for when in ("вчора", "сьогодні", "вночі", "щойно", "знову", "знов", "всю ніч")
          for a, b in ((hit, when), (when, hit))),
        "покінчить з життям", "покінчу з життям",
        "покінчиш з життям", "покінчать з життям",
    ),
    "ru": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "скорую", "скорая", "скорой помощи", "загорел",
        "skoruyu", "skoruju", "skoraya", "skoraja", "vyzovite skor",
        # violence, threats, weapons
        "бьет", "бьют", "избил", "избива", "побил", "ударил", "душит", "душил", "задуш", "пинает",
        "насильно", "напал", "нападение", "угрожа", "угроз", "убить", "убьет", "убью", "убивают",
        "убийств", "ножом", "с ножом", "нож$", "пистолет", "заперли", "запер меня", "заперла",
        "не выпускают", "не выпускает", "не отпускают", "ломится", "ломятся", "ломают дверь",
        "выламыва", "вламыва", "ограбили", "трогает меня", "лапает", "на меня руку", "руку на меня",
        "bjet$", "byet$", "ломает двер", "ломают двер", "запирает", "взаперти", "держит меня",
        "держат меня", "шантаж", "ворвался", "вломился", "кидается", "бросается на", "подсыпал",
        "домашнее насилие", "дома насилие", "насилие дома", "насилие в семье", "столкнул",
        "толкнул меня", "с лестницы", "выбил дверь", "выбили дверь", "выломал",
        "хочет меня ударить", "хочет меня убить", "топором", "молотком",
        "подожг", "поджечь", "сожгу", "сожжет", "спалить", "menya byot",
        # not "подожж": folded to "подож", it is inside "подождать" (to wait)
        "подожжет", "подожжен", "подожжем",
        "menya b'yot", "menya bjot", "menya b'et", "ubit menya", "ubyu$", "ub'yu",
        # sexual violence
        "изнасил", "домогается", "пристает",
        "насилует", "насиловал",
        # suicide, self-harm
        "самоубийств", "суицид", "не хочу жить", "не хочу больше жить", "хочу умереть", "умереть$",
        "покончить с собой", "покончу с собой", "наложить на себя руки", "наложу на себя руки",
        "убить себя", "убью себя", "порезать себя", "порежу себя", "режу себя", "навредить себе",
        "смысла жить", "не вижу смысла", "много таблеток", "наглотал", "свести сч",
        "все закончить", "покончить со всем", "покончить с жизнью", "повеситься", "повешусь",
        "спрыгну", "выброшусь", "себя поранил", "поранила себя", "поранил себя", "себя порез",
        "вены$", "вены", "не хочу просыпаться", "закончить все", "закончить с жизнью",
        "больше существовать", "не хочу существовать", "умираю",
        "жить не хочу", "жить больше не хочу", "не хочется жить", "убьет себя", "себя убьет",
        "себя убить", "прыгнуть с", "прыгну с", "прыгнет с", "на мосту и", "нет выхода",
        "выхода нет", "покончу с", "ne hochu zhit", "ne khochu zhit", "hochu umeret",
        "khochu umeret",
        # medical
        "сердечный приступ", "приступ", "инфаркт", "инсульт", "без сознания", "потерял сознание",
        "потеряла сознание", "теряет сознание", "не дышит", "не могу дышать", "задыха", "кровотеч",
        "кровь не останавлива", "истекает кровью", "много крови", "болит сердце", "боль в груди",
        "судорог", "отравил", "отравлен", "не просыпается", "не приходит в себя", "упал из окна",
        "упала из окна", "тонет", "утонул", "авари", "подавился", "подавилась", "выпил средство",
        "выпила средство", "отбеливател", "выпил уксус", "кровь идет", "истекаю", "не дышу",
        "проглотил", "обжег", "кипят", "ожог", "не встает", "не двигается", "не шевелится",
        "упал с лестницы", "упала с лестницы", "в груди", "дымом", "дыма$", "из окна", "яд$",
        "с балкона", "выпал из", "выпала из", "выпал с", "выпала с", "все таблетки",
        "выпила таблетки", "выпил таблетки", "пачку таблеток", "идет кровь", "течет кровь",
        "кровь течет",
        "не реагирует", "лежит на полу", "лежит на земле", "не может встать", "упал и не",
        "упала и не", "не может дышать", "не хватает воздуха", "много лекарств", "сбила машина",
        "сбил машина", "ne dyshit", "ne dishit",
        # a child missing or in danger
        "ребенок пропал", "похит", "украли ребенка", "не вернулся", "не вернулась", "не вернулись",
        "не пришел домой", "не пришла домой", "не пришел из школы", "не пришла из школы",
        "не пришел со школы", "не пришла со школы", "не пришел из сада", "не пришла из сада",
        "сбежал из дома", "сбежала из дома", "убежал из дома",
        "убежала из дома",
        # fire, gas
        "пожар", "горит", "дым$", "запах газа", "утечка газа", "горим$", "горю$",
        # stalking, forced marriage
        "преследует", "следит за мной", "за мной следит", "за мной кто-то", "за мной идет",
        "за мной следят", "принудительн", "выдать замуж", "выдают замуж", "заставляют",
        "идет за мной", "ходит за мной", "бежит за мной", "гонится за мной", "за мной бежит",
        "за мной гонится",
        "преследуют", "гонятся", "бегут за мной", "гоняется",
        # shooting, explosives, attacks under way or planned
        "стреля", "стрельб", "выстрел", "взрыв", "бомб", "подорв", "взорв", "устроить теракт",
        "устроит теракт",
        # intruder in the home, kidnapping, locked in, not safe
        "кто-то залез", "залез в", "кто-то в квартире", "кто-то в доме", "проник", "влез в",
        "разбил окно", "разбили окно", "тащат в машину", "затащили в машину", "затащил в машину",
        "запихнули в машину", "меня заперли", "заперта", "заперт в", "прячусь", "спряталась",
        "спрятался", "дома опасно", "не в безопасности",
        # danger
        "в опасности", "опасност", "террористическ",
        # indirect suicidal wording, farewell letters, pills gathered
        "прощальное письмо", "прощальную записку", "прощальные письма", "предсмертн",
        "лучше без меня", "будет лучше без меня", "накопил таблет", "накопила таблет",
        "собрал таблет", "собрала таблет", "таблетки уже тут", "таблетки рядом",
        "уснуть и не проснуться", "не проснуться",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "пишу тихо", "пишу тайком", "пишу втихаря", "чтобы он не услышал", "забрал телефон",
        "стоит под дверью", "стоит у двери", "стоит под домом", "ломится в дверь",
        "ломится в квартиру",
        # screams for help
        "зовет на помощь", "кричит о помощи", "кричит женщина",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "перекосило", "перекошен", "онемела рука", "онемел", "немеет рука", "посинел", "посинела",
        "синеет", "анафилак", "отек горла", "укусила змея", "упал сахар",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "воняет газом", "несет газом", "вся в дыму", "все в дыму", "полно дыма", "полная дыма",
        "за сердце", "выпил хлорк", "выпила хлорк", "выпил белизн", "выпила белизн", "съела таблет",
        "съел таблет", "съела бабушкин",
        "съел бабушкин", "наелся таблеток", "наелась таблеток", "отошли воды", "схватки каждые",
        "схватки через", "начались схватки", "сильные схватки", "схватки начались", "жена рожает",
        "она рожает", "рожает сейчас", "я рожаю", "начинаю рожать",
        "начались роды", "выкидыш", "кровит", "припадок", "сахар очень низкий", "низкий сахар",
        "сахар упал", "упал в пруд", "упала в пруд", "упал в воду", "упала в воду", "был под водой",
        "была под водой", "ударило током", "ударил током", "током ударило", "удар током",
        "убило током", "покусала собака", "собака покусал", "пес покусал", "бил меня", "била меня",
        "головой об стену", "больше не увижу", "затащили", "затащил", "больше не увидишь",
        "хочет прыгнуть", "перестрел",
        "застрел", "не открывает глаза", "не можем разбудить", "не могу разбудить",
        "слишком много наркотиков", "горячим маслом", "слышны удары", "слышно удары",
        "звуки ударов",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "нож в рук", "опять нож", "opyat nozh", "nozh v ruk", "guby sinie", "губы синие",
        "губы посинели", "вещи мне больше не", "вещи больше не понадоб",
        "никто не открывает", "не открывает дверь", "найдет меня сегодня", "найдет меня ночью",
        "найду тебя", "не доживу", "не доживешь", "дня один дома", "дней один дома",
        "дня одна дома", "дней одна дома", "дома три дня", "дома уже три дня", "дома уже два дня",
        "odin doma tri", "dnya odin doma", "перестал потеть", "перестала потеть", "тепловой удар",
        "солнечный удар", "и бредит", "на снегу лежит", "лежит на снегу", "ледяной и", "переохлажд",
        "переохлад", "замерзает", "у всех болит голова", "угарным газом", "отравились газом",
        "угорел", "тебе конец", "тебе не жить", "ты труп", "попрощалась со всеми",
        "попрощался со всеми", "со всеми попрощал", "skazhite detyam", "скажите детям что я",
        "скажите детям, что я", "детям что я их люблю", "опозор", "позорит семью", "позор семьи",
        "не должна жить", "не достойна жить", "увез дочь", "увез сына", "увез ребенка",
        "увезли ребенка", "uvez doch", "uvez syna", "uvez rebenka", "stoit pod dver", "pod dveryu",
        "ne mozhet vstat", "izbil", "dob'et", "dobyet", "s bitoy", "с битой",
        # a head in blood, drank a cleaner, overdose, swelling throat, a farewell on a roof,
        # falls from scaffolding or a ladder, trapped, heat, labour, gas smelt, a pedestrian
        # hit, a hand caught in a machine, a lost child
        "голова в крови", "весь в крови", "вся в крови", "лицо в крови", "разбили голову",
        "разбил голову", "разбила голову", "бутылкой по голове", "упал в ванн", "упала в ванн",
        "упал в душе", "упала в душе", "упал с лесов", "упала с лесов", "строительных лесов",
        "упал с высоты", "упала с высоты", "упал с крыши", "упала с крыши", "со стремянки",
        "хрипит и не", "передоз", "выпила средство", "выпили средство", "выпил жидкость",
        "выпила жидкость", "выпил химию", "выпила химию", "бытовую химию", "отекает горло",
        "отекло горло", "горло отека", "горло отекло", "отек языка", "отекает язык", "опух язык",
        "язык опух", "губы опухли", "опухли губы", "отекает лицо", "лицо отека", "отекло лицо",
        "трудно дышать", "тяжело дышать", "еле дышит", "с трудом дышит", "с трудом дышу",
        "стою на крыше", "сижу на крыше", "на краю крыши", "стою на краю", "стою на мосту",
        "всем прощайте", "прощайте все", "стою на рельсах", "лежу на рельсах", "лягу на рельсы",
        "лечь на рельсы", "под поезд", "зажат в", "зажата в", "зажало в", "придавило", "придавлен",
        "под завалами", "горячий как огонь", "горячая как огонь", "перегрелся на солнце",
        "перегрелась на солнце", "роды начал", "начались роды", "ребенок выходит",
        "ребенок уже выходит", "головка показалась", "не успеем в больниц", "не успеем до больниц",
        "не доедем до больниц", "рожаю прямо", "рожает прямо", "газом пахнет", "газом воняет",
        "газом несет", "пахнет газ", "запахло газом", "чувствую газ", "чувствуется газ",
        "газом тянет", "сбили пешех", "сбил пешех", "сбила пешех", "сбили человек", "сбил человек",
        "сбила человек", "сбили ребен", "сбил ребен", "сбила ребен", "машина сбила",
        "лежит без движения", "лежит неподвижно", "руку затянуло", "затянуло руку",
        "затянуло в станок", "затянуло в механизм", "руку зажало", "зажало руку", "ногу зажало",
        "зажало ногу", "палец оторвало", "оторвало палец", "оторвало руку", "отрезало палец",
        "отрубило палец", "ребенка нигде", "сына нигде", "дочку нигде", "дочь нигде",
        "дочери нигде",
        # the same in Latin script
        "golova v krovi", "ves v krovi", "vsya v krovi", "mnogo krovi", "razbili golovu",
        "razbil golovu", "upal s lestn", "upala s lestn", "upal s kryshi", "upala s kryshi",
        "upal s vysoty", "upala s vysoty", "upal s lesov", "upala s lesov", "upal so strem",
        "upala so strem", "s lestnits", "ne vstaet", "ne vstayet", "ne vstaiet", "ne vstayot",
        "ne vstaiot", "upal i ne", "upala i ne", "ne reagir", "ne dvigaet", "ne dvigayet",
        "ne shevelit", "sudorog", "pripadok", "ne prosyp", "ne prosip", "vypila sredstvo",
        "vypil sredstvo", "trudno dyshat", "tyazhelo dyshat", "otekaet gorlo", "otek gorla",
        "stoyu na kryshe", "vsem proshchayte", "vsem proshchaite", "vsem proshayte",
        "vsem proshaite", "zazhat", "zazhalo", "pridavilo", "rody nachal", "nachalis rody",
        "nachalis' rody", "shvatki kazhd", "skhvatki kazhd", "shvatki cherez", "skhvatki cherez",
        "nachalis shvatki", "nachalis skhvatki", "otoshli vody", "rebenok vyhodit",
        "rebenok vykhodit", "rebenok uzhe vyhodit", "rebenok uzhe vykhodit", "ne uspeem v bol",
        "ne uspeyem v bol", "ne doedem do bol", "ona rozhaet", "zhena rozhaet", "ya rozhayu",
        "ya rozhaju", "rozhaet seychas", "rozhaet sejchas", "pahnet gazom", "pakhnet gazom",
        "gazom pahnet", "gazom pakhnet", "zapah gaza", "zapakh gaza", "vonyaet gazom",
        "sbili peshehod", "sbili peshekhod", "sbil peshehod", "sbila mashina", "mashina sbila",
        "ruku zatyanulo", "zatyanulo ruku", "ruku zazhalo", "otorvalo palec", "rebenok propal",
        "rebyonok propal", "rebenok poteryal", "propal rebenok", "syn propal", "doch propala",
        "dochka propala",
        # violence, threats, locked in (Latin: b'et, ubyot)
        "b'et$", "b'yet$", "b'jet$", "b'yot$", "byot$", "bjot$", "b'yut$", "byut$", "bjut$",
        "bet menya", "b'et menya", "udaril menya", "udarila menya", "menya udaril", "dushit menya",
        "dushil menya", "izbiva", "ubet$", "ub'et$", "ubyot$", "ub'yot$", "ubjot$", "ubyet$",
        "ubyut$", "ub'yut$", "ubjut$", "utopilsya", "utopilas", "upal v obmorok", "upala v obmorok",
        "v obmoroke", "упал в обморок", "упала в обморок", "в обмороке", "hochet ubit",
        "khochet ubit", "zarezh", "zastrel", "s nozhom", "nozhom$", "zaper menya", "zaperli menya",
        "menya zaper",
        # suicide, farewells, pills
        "ne hochu bolshe zhit", "ne khochu bolshe zhit", "ne hochu bol'she zhit",
        "ne khochu bol'she zhit", "zhit ne hochu", "zhit' ne hochu", "zhit ne khochu",
        "zhit' ne khochu", "pokonchit s soboi", "pokonchit s soboy", "pokonchu s soboi",
        "pokonchu s soboy", "samoubiystv", "samoubiistv", "vse tabletki", "naglotal",
        "naelsya tabletok", "naelas tabletok", "mnogo tabletok", "proshchaetsya so vsemi",
        "proshchayetsya so vsemi", "proshaetsya so vsemi", "proshchayus so vsemi",
        "so vsemi proshch", "so vsemi poproshch", "poproshchalsya so vsemi",
        "poproshchalas so vsemi", "vsem pishet proshch", "pishet proshch", "pishet chto proshch",
        "napisal proshch", "napisala proshch", "vsem napisal proshch", "vsem napisala proshch",
        "stoit na kryshe", "chto-to s soboy sdela", "chto-to s soboi sdela", "прощается со всеми",
        "прощается с всеми", "прощаюсь со всеми", "со всеми прощ", "написал прощайте",
        "написала прощайте", "пишет прощайте", "пишет всем прощ", "всем написал прощ",
        "всем написала прощ", "всем пишет прощ", "пишет что прощ", "стоит на крыше",
        "что-то с собой сдела", "что то с собой сдела", "с собой что-то сдела",
        "что-нибудь с собой сдела", "с собой сделает",
        # medical, mostly Latin: fainting, choking, bleeding, heat, electric shock, drowning, burns
        "poteryal soznan", "poteryala soznan", "poterial soznan", "poteriala soznan",
        "poterjal soznan", "poteral soznan", "poterala soznan", "teryaet soznan", "bez soznan",
        "krov ne ostan", "krov' ne ostan", "krov ne prekrash", "krov' ne prekrash", "krovotech",
        "krovit$", "istekaet krov", "zadyha", "zadykha", "zadiha", "zadikha", "gorlo otek",
        "gorlo opuh", "opuh yazyk", "yazyk opuh", "podavilsya", "podavilas", "podavilsia",
        "zahlebnul", "zakhlebnul", "захлебнул", "sineet", "sineyet", "posinel", "upal ot zhary",
        "upala ot zhary", "упал от жары", "упала от жары", "teplovoy udar", "teplovoi udar",
        "solnechnyy udar", "solnechnyi udar", "udarilo tok", "udaril tok", "tokom udar",
        "udar tokom", "ubilo tok", "tonet$", "tonut$", "тонут$", "utonul", "kipyatok", "kipyatkom",
        "kip'yatok", "kip'yatkom", "kipiatok", "kipjatok", "v ozhoge", "ozhog", "obzheg", "obozhgl",
        "upal v vann", "upala v vann", "upal v dushe", "upala v dushe", "golova razbita",
        "razbita golova", "vsyo v krovi", "vse v krovi", "vsio v krovi", "ves' v krovi",
        "vsja v krovi", "ruka v krovi", "lico v krovi", "litso v krovi", "голова разбита",
        "разбита голова", "всё в крови", "все в крови", "рука в крови", "sbili chelovek",
        "sbil chelovek", "sbila chelovek", "sbili rebenk", "sbil rebenk", "sbila rebenk",
        "lezhit na doroge", "lezhit na zemle", "lezhit na polu", "лежит на дороге",
        # falls, trapped, a bone showing
        "vypal iz okn", "vypala iz okn", "upal iz okna", "upala iz okna", "upal s balkona",
        "upala s balkona", "vypal s balk", "vypala s balk", "pridavil", "pridavila", "pridavlen",
        "privalil", "privalilo", "придавил", "привалил", "привалило", "зажат$", "зажата$",
        "зажаты$", "kost vidno", "kost' vidno", "vidno kost", "kost torchit", "torchit kost",
        "otkrytyi perelom", "кость видно", "видно кость", "кость торчит", "торчит кость",
        "открытый перелом", "ne chuvstvuet nog", "ne chuvstvuyu nog", "nog ne chuvstvu",
        "не чувствует ног", "не чувствую ног", "ног не чувству",
        # labour
        "golovka uzhe", "golovka vyhodit", "golovka vykhodit", "golovku vidno", "golovka vidna",
        "golovka pokazal", "головка уже", "головку видно", "головка видна", "vody otoshli",
        "воды отошли", "ne uspevaem v bol", "ne uspevaem do bol", "не успеваем в больниц",
        "не успеваем до больниц",
        # fire (Latin)
        "pozhar", "gorit$", "gorim$", "zagorel",
        # emergencies told calmly, after a greeting, thanks or a question about a service: speech
        # like a drunk's, ending it all today, a household with headaches, a neighbour not
        # opening for days, followed and watched at the windows, a whole pack of pills, sweating
        # and shaking, not recognising anyone, no strength to live (living like this in a hostel
        # is an idiom), a baby's chest pulling in and grey lips, a stranger luring a child into a
        # car and still there, chest pain spreading to the jaw, a drain cleaner drunk, a fever
        # over 40, falling asleep for ever, voices ordering harm, sparks and a burning smell,
        # trapped, a last message
        "говорит как пьян", "говорит, как пьян", "речь как у пьян", "невнятная речь",
        "речь невнятн", "невнятно говорит", "говорит невнятно", "язык заплетается",
        "заплетается язык", "не может поднять руку", "рука не слушается", "не слушается рука",
        *(f"{when} {i}все {end}" for when in ("сегодня", "ночью", "этой ночью", "сегодня ночью")
          for i in ("", "я ") for end in ("закончу", "прекращу")),
        *(f"все {end} {when}" for when in ("сегодня", "ночью", "этой ночью", "сегодня ночью")
          for end in ("закончу", "прекращу")),
        "не ищите меня", "меня не ищите",
        *(f"{who} {when}с головной бол" for who in (
            "мы все", "все мы", "у нас все", "вся семья", "все дома", "все в квартире",
        ) for when in ("", "с утра ", "утром ", "сегодня ", "уже ", "опять ")),
        "у всех голова болит", "у всех головная боль", "у всех кружится голова", "всех тошнит",
        *(f"не открывает {already}{n} {days}" for already in ("", "уже ")
          for n in ("два", "три", "2", "3", "несколько", "пару", "много") for days in (
            "дня", "дней", "суток",
        )),
        "за мной ходит", "за мной ходят", "за мной кто-то ходит", "стоит под окн",
        "стоят под окн", "под окнами стоит", "под окнами стоят", "смотрит в мои окна",
        "караулит меня", "поджидает меня",
        *(f"{took} {whole}{pack}" for took in (
            "выпил", "выпила", "выпили", "съел", "съела", "проглотил", "проглотила", "принял",
            "приняла", "наглотался", "наглоталась",
        ) for whole in ("всю ", "целую ", "") for pack in (
            "упаковку", "пачку", "пластинку", "коробку таблеток", "блистер",
        )),
        *(f"{first}{sep}{second}" for first, second in (
            ("в поту", "трясется"), ("в поту", "трясет"), ("в поту", "дрожит"),
            ("потеет", "трясется"), ("потеет", "дрожит"), ("трясется", "потеет"),
            ("дрожит", "потеет"), ("мокрый", "трясется"), ("мокрая", "трясется"),
        ) for sep in (", ", " и ", " ")),
        "в холодном поту", "меня не узнает", "нас не узнает", "не узнает меня", "не узнает нас",
        "никого не узнает",
        "нет сил жить", "нет сил так жить", "сил нет жить", "сил нет так жить",
        "сил больше нет так жить", "сил больше нет жить", "больше нет сил жить",
        "не могу больше так жить", "не могу так больше жить", "больше не могу так жить",
        "не могу так жить",
        "втягивается между ребр", "западает между ребр", "между ребрами втягива",
        "между ребрами запада", "втягиваются ребра", "межреберья втягива", "губы сер",
        "губы синеват", "губы синюш", "серые губы", "синие губы", "синеватые губы",
        *(f"{called} {into}машину" for called in (
            "звал", "зовет", "позвал", "звала", "зазывал", "тянул", "приглашал", "затаскивал",
            "заманивал",
        ) for into in ("в ", "к себе в ", "в свою ", "в его ")),
        "заманива", "заманить ребен", "к себе в машину", "сесть к нему в машину",
        "сесть в его машину", "он до сих пор стоит", "до сих пор стоит у",
        "до сих пор стоит возле", "до сих пор стоит под", "до сих пор там стоит",
        "все еще стоит у", "все еще стоит под", "все еще стоит возле",
        "за грудиной", "отдает в челюст", "отдает в левую руку", "отдает в руку",
        "отдает в лопатк",
        *(f"{drank} {from_}{what}" for drank in (
            "выпил", "выпила", "выпили", "глотнул", "глотнула", "хлебнул", "хлебнула", "отпил",
            "отпила",
        ) for from_ in ("", "из бутылки ") for what in (
            "средство", "моющ", "чистящ", "растворител", "антифриз", "уксус", "бензин", "керосин",
            "ацетон", "отбеливател", "хлорк", "белизн", "химию", "жидкость для",
        )),
        "температура за 40", "температура выше 40", "температура больше 40", "температура под 41",
        "температура 41", "температура 42", "как будто меня не видит",
        "уснуть навсегда", "заснуть навсегда", "смертельную дозу", "смертельная доза",
        "летальную дозу", "летальная доза",
        "голоса в голове", "голоса в моей голове", "голоса приказыва", "голос приказыва",
        "голоса говорят мне", "голос говорит мне", "голоса велят", "голос велит",
        "искрит", "искрят", "искры из розет", "пахнет паленым", "запах паленого",
        "воняет паленым", "вода на розетк", "вода льется на розетк",
        *(f"не {can} {get_out}" for can in ("может", "могут", "могу", "можем") for get_out in (
            "выбраться", "вылезти", "выйти из машины",
        )),
        "это мое последнее сообщение", "мое последнее сообщение вам",
        "последнее сообщение от меня",
        # tired of living, ending it tonight
        "устала жить", "устал жить", "вечером всё закончу", "ночью всё закончу",
        # smoke filling a room (a smoke detector is an idiom, the smoke in the flat is not)
        *(f"{room} в дыму" for room in (
            "квартира", "кухня", "комната", "подъезд", "коридор", "дом", "лестница", "подвал",
            "спальня", "этаж", "ванная", "машина", "весь",
        )),
        "много дыма", "черный дым", "густой дым", "валит дым", "дым валит",
        "kvartira v dymu", "kukhnya v dymu", "kuhnya v dymu", "podezd v dymu", "polno dyma",
        "mnogo dyma",
        # stroke signs: half the face drooping, suddenly unable to speak (also Latin)
        "половина лица", "половину лица", "пол-лица", "пол лица", "одна сторона лица",
        "одна половина лица", "лицо обвис", "обвисло лицо", "обвисла щека", "щека обвисла",
        "уголок рта опуст", "опустился уголок рта", "угол рта опуст",
        *(f"{suddenly} не {can} {speak}"
          for suddenly in ("вдруг", "внезапно", "резко", "неожиданно")
          for can in ("может", "могу", "смогла", "смог", "могла", "мог") for speak in (
            "говорить", "разговаривать", "выговорить",
        )),
        "вдруг перестал говорить", "вдруг перестала говорить", "perekosilo", "perekoshen",
        "polovina lica", "polovina litsa", "vdrug ne mozhet govorit",
        # a throat, tongue or lips swelling up, not getting a breath in, chest pain (also Latin)
        "горло опухает", "опухает горло", "горло распух", "распухает горло", "распухло горло",
        "язык распух", "распух язык", "язык опухает", "опухает язык", "губы распух",
        "распухли губы", "распухают губы", "горло закрывается",
        "не могу вдохнуть", "не может вдохнуть", "не могу сделать вдох", "не может сделать вдох",
        "не могу продохнуть", "рука немеет", "bol v grudi", "bol' v grudi", "boli v grudi",
        "bolit v grudi", "davit v grudi", "zhmet v grudi", "ne mogu vdohn", "ne mogu vdokhn",
        "ne mogu vzdohn", "ne mogu vzdokhn", "ne mozhet vdohn", "ne mozhet vdokhn",
        "ne mogu dyshat", "ne mogu dishat", "ne mozhet dyshat", "ne mozhet dishat", "ruka nemeet",
        "nemeet ruka", "onemela ruka", "ruka onemela", "gorlo opuh", "gorlo raspuh",
        "raspuhli guby",
        # suicide announced by or for someone else ("он покончит с собой")
        "покончит с собой", "покончат с собой", "покончишь с собой", "покончим с собой",
        "с собой покончит", "с собой покончу", "с собой покончить", "наложит на себя руки",
        "наложу на себя руки",
        # beaten yesterday, today, again (imperfective "бил" alone is often a past story)
        *(f"{a} {b}" for hit in ("меня бил", "меня била", "бил меня", "меня избивал")
          for when in ("вчера", "сегодня", "ночью", "только что", "опять", "снова", "всю ночь")
          for a, b in ((hit, when), (when, hit))),
        "покончит с жизнью", "покончишь с жизнью", "покончат с жизнью",
        # a farewell reported: "написала, что сегодня всё закончит" ("закончит с ремонтом" is an
        # idiom)
        *(f"{wrote}{that}{when}{what}" for wrote in ("написал", "написала", "пишет", "написали")
          for that in (" что ", ", что ", " ") for when, what in (
            *((when, what) for when in ("", "сегодня ", "ночью ", "сегодня ночью ")
              for what in ("со всем покончит", "покончит со всем")),
            *((when, f"{all_} {end}") for when in ("сегодня ", "ночью ", "сегодня ночью ")
              for all_ in ("все", "всё") for end in ("закончит", "прекратит")),
        )),
    ),
    "fa": (
        # Finglish: beaten, a stroke, death threats, locked up, joining Daesh, a fall
        "ro mizane", "mara mezane", "mano mizane", "mara mizane", "sakte karde", "sekte karde",
        "tahdid be koshtan", "tahdid be marg", "habs kardan", "pish-e daesh", "pishe daesh",
        "bere daesh", "az balkon oftad", "az pele oftad",
        # not wanting to live, fell into water, head injury, ending it tonight, beheading threats
        "nemikham zendegi konam", "نمیخوام زندگی کنم", "نمیخوام دیگه زندگی", "تو آب افتاد",
        "توی آب افتاد", "سرش خورد زمین", "امشب تمومش میکنم", "سرمو میبره", "سرم را میبرد",
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "اورژانس", "آمبولانس", "امبولانس", "آتش نشانی", "ezterari", "orjans", "amboolans",
        "دود میاد", "دود میاید", "دود بلند",
        "آتش گرفت", "آتش سوز", "آتش زد", "در آتش", "تو آتش", "atish", "atash gerefte",
        "dood gerefte", "dud gerefte", "دود گرفته", "دود همه جا",
        "dood hame ja", "dud hame ja", "por az dood", "booye gaz", "buye gaz",
        "boye gaz",
        "orzhans", "urjans", "oorjans", "ambulance",
        # violence, threats, weapons
        "کتک", "منو میزنه", "منو میزد", "مرا میزند", "مرا میزد", "منو زد", "مرا زد", "منو زده",
        "مرا زده", "خیابان زد", "خیابون زد", "میزنتم", "حمله کرد", "بهم حمله", "به من حمله", "حبس",
        "میزنه منو", "لت و کوب", "لت وکوب", "تهدید", "منو بکشه", "مرا بکشد", "منو میکشه",
        "مرا میکشد", "میخواد منو بکشه", "کشتن", "میکشمت", "خفه م کرد", "خفه ام کرد", "داره خفه",
        "چاقو", "تفنگ", "زخمی", "زندانی کرده", "زندانیم کرده", "حبسم", "در رو میشکنه",
        "در را میشکند", "در رو شکست", "نمیذاره از خونه", "نمیگذارد از خانه", "mano mizane",
        "mizane mano", "mizanatam", "kotak", "mano mikoshe", "قفل کرده", "رو میزنه",
        "را میزند", "مامانو میزنه", "مادرمو میزنه", "زنشو میزنه", "بچشو میزنه", "بچه هاشو میزنه",
        "با کمربند", "کمربند زد", "میشکنه", "دزدیدن", "باج گیری", "اخاذی", "نمیذاره برم بیرون",
        "نمیذاره بیرون", "خشونت خانگی", "خشونت در خانه", "bokosh", "رو میزنن", "را میزنن", "لت کرد",
        "لتم کرد", "لتم کرده", "mano zad", "mara zad", "mano zadan", "هل داد", "هلم داد", "از پله",
        "گلومو", "گلوم رو", "گلویم را", "داره میزنه", "داره منو",
        "منو میزنن", "مرا میزنن", "منو میزنند", "مرا میزنند", "مارو میزنن", "ما را میزنند",
        "mano bekoshe", "mano bokoshe", "mano bezane", "منو بزنه",
        "با تبر", "با چکش", "با قمه",
        "^لت میکن", "^لت کد", "^لتش کد", "^لتش میکن", "^لتم میکن", "^لتم کد", "^لت شد", "^لت خورد",
        "lat mikon", "lat mekon", "lat kad", "lat kard", "مرا میزن", "مره میزن", "ره میزن",
        "مرا میکش", "مره میکش", "مرا بکش", "مره بکش", "خواهد کشت", "خواهم کشت", "خواهند کشت",
        "^کارد$", "^کاردش", "حمله کد", "به مه حمله", "بالای مه حمله", "تیله کد", "تیله کرد",
        "تیلم کد", "از زینه", "گلوی مرا", "گلوی مه", "گلوی مره", "گلوی من را", "گلوشو فشار",
        "گلویش را فشار", "مرا خفه", "مره خفه", "منو خفه", "خفه کرد", "خفه کد", "زنده نمیمان",
        "زنده نمیگذار", "زنده نمیذار", "نمیمانه از خانه", "نمیمانه بیرون", "نمیمانه که بیرون",
        "نمیمانه که از خانه", "نمیمانن بیرون", "بیرون شده نمیتان", "اجازه نمیده از خانه",
        "اجازه نمیدهد از خانه", "اجازه نمیدهد بیرون", "اجازه نمیده بیرون", "پشت دروازه ایستاده",
        "پیش دروازه ایستاده", "دم دروازه ایستاده", "پشت دروازه استاده", "پیش دروازه استاده",
        "پشت دروازه ما ایستاده", "پیش دروازه ما ایستاده", "دروازه را میکوب", "دروازه ره میکوب",
        "دروازه را شکست", "دروازه را میشکن", "دروازه را بشکن", "در را بشکن", "در خانه را بشکن",
        "در خانه را میشکن", "کلکین را شکست", "کلکین ره شکست", "شیشه را شکست", "پنجره را شکست",
        "قفل کد", "qolf kard", "qulf kard", "ghofl kard", "qofl kard", "qolf kad",
        # sexual violence, touched or grabbed by force
        "تجاوز", "آزار جنسی", "اذیت جنسی", "دست درازی", "tajavoz",
        "به زور با من", "به زور با مه", "به زور همخواب", "همخوابی به زور",
        "tajawoz", "tajawuz", "tajavuz", "مرا لمس", "مره لمس", "منو لمس", "لمسم کرد", "لمسم کد",
        "لمسم میکن", "به زور لمس", "گرفت و لمس", "دخترم را لمس", "دخترمو لمس", "بچه ام را لمس",
        "بچمو لمس", "به زور مرا گرفت", "به زور مره گرفت", "به زور منو گرفت", "ba zor mara gereft",
        "be zor mara gereft", "be zoor mano gereft", "ba zur mara gereft", "mara lams", "mano lams",
        "lamsam kard", "lamsam kad", "lams kard$", "lams kad$", "lamsesh kard",
        # suicide, self-harm
        "خودکشی", "خودمو بکشم", "خودم را بکشم", "خودمو میکشم", "بمیرم", "زنده باشم",
        "نمیخوام زندگی کنم", "نمیخواهم زندگی کنم", "به زندگیم پایان", "به زندگی ام پایان",
        "به زندگی‌ام پایان", "به زندگیم خاتمه", "تمومش کنم", "طاقت ندارم", "توان ندارم",
        "از زندگی خسته", "خسته شدم از زندگی", "زندگی معنی نداره", "دلیلی برای زندگی", "رگمو بزنم",
        "رگم را", "به خودم آسیب", "خودزنی", "قرص زیاد", "کلی قرص", "قرص خورده", "قرص خوردم",
        "دارو خورده", "خودمو پرت", "خودم را پرت", "خودمو دار", "bemiram", "khodkoshi", "khodkeshi",
        "khodamo", "khodam ro", "خودمو زخمی", "رگش را", "رگ دست", "نمیتونم ادامه بدم",
        "نمیخوام بیدار", "رگمو", "رگم رو", "رگشو زد", "رگشو بری",
        "خودشو میکش", "خودشو بکش", "خودش را بکش", "خودش رو بکش", "خودش را میکش", "خودش رو میکش",
        "khodesho", "khodasho", "khodesh ro", "khodamo bokosham", "khodamo mikosham",
        "mikham bemiram", "mikhad bemire", "راه فراری نیست", "هیچ راهی ندارم", "از پل$",
        "پشت بوم بپرم", "خودمو بندازم", "خودشو بندازه",
        "خود را میکش", "خود را بکش", "خودرا میکش", "خودرا بکش", "خود ره میکش", "خود ره بکش",
        "خوده میکش", "خوده بکش", "خود را کشت", "خود را از بین",
        "خودش را از بین", "خودشو از بین", "خود را خلاص کن", "زندگی خود را خلاص", "زندگی خوده خلاص",
        "زندگیم را خلاص", "زندگی ام را خلاص", "به زندگی خاتمه", "به زندگی پایان", "زندگی خود خاتمه",
        "زندگی خود پایان", "زندگی خود را خاتمه", "زندگی خود را پایان", "خود را بنداز",
        "خود را میندا", "خود را به دریا", "خود را در دریا", "خود را از بلندی", "خود را از بام",
        "خود را زیر موتر", "خود را زیر ماشین", "خود را پرت", "خودش را پرت", "از بلندی بنداز",
        "از بلندی میندا", "به دریا میندا", "به دریا بنداز", "با تیغ", "دست خود را برید",
        "دستم را بریدم", "دستمو بریدم", "زنده بمان", "زنده بمون", "زنده ماندن برم",
        "زنده ماندن برایم", "زنده ماندن فایده", "زنده بودن فایده", "زنده بودن برم",
        "زندگی فایده نداره", "زندگی فایده ندارد", "زندگی کردن فایده", "زندگی برم هیچ معنی",
        "زندگی برایم هیچ معنی", "زندگی برام هیچ معنی", "زندگی برم معنی", "زندگی برایم معنی",
        "زندگی برام معنی", "زندگیم معنی", "زندگی ام معنی", "زندگی را نمیخا", "زندگی را دیگه نمیخا",
        "زندگی ره نمیخا", "زندگی ره دیگه نمیخا", "زندگی را دیگر نمیخوا", "زندگی رو نمیخوا",
        "زندگی را نمیخوا", "نمیخواهد زندگی کن", "نمیخواد زندگی کن", "نمیخایه زندگی کن",
        "نمیخایم زندگی کن", "نمیخوام زندگی کن", "از این دنیا بر", "از دنیا بر", "ازین دنیا بر",
        "از این دنیا میر", "از این دنیا خلاص", "زندگی ارزش ادامه", "زندگی ارزش نداره",
        "زندگی ارزش ندارد", "ارزش زنده ماندن", "ارزش زندگی کردن ندار", "دلیلی برای ادامه زندگی",
        "دلیلی برای زنده", "انگیزه ای برای زندگی ندار", "انگیزه ای برای ادامه",
        "تحمل زندگی را ندار", "تحمل زندگی ندار", "طاقت زندگی را ندار", "طاقت زندگی ندار",
        "تحمل این زندگی", "khod ra mikosh", "khod ra mekosh", "khod ra bokosh", "khod ra bekosh",
        "khod ra az bain", "khud ra mikosh", "khud ra bokosh", "bemirom", "bemirum",
        # medical
        "بیهوش", "به هوش نمیاد", "بهوش نمیاد", "از هوش رفت", "غش کرد", "نفس نمیکش", "نمیتونم نفس",
        "نمیتوانم نفس", "نفسش بند", "خونریزی", "خون میاد", "خون زیاد", "سکته", "حمله قلبی",
        "قفسه سینه", "درد سینه", "مسموم", "تشنج", "tashanoj", "tashannoj", "tashnoj",
        "غرق شد", "غرق میشه", "تصادف کرد",
        "از پنجره افتاد", "از بالکن", "بالا نمیاد", "ناگهان افتاد", "یهو افتاد", "قلبم درد",
        "نفسم بالا نمیاد", "حالم خیلی بده", "سم خورد", "bihoosh", "bihush", "قورت داد", "آب جوش",
        "اب جوش", "سوختگی", "سوخته", "تکون نمیخوره", "نمیتونه بلند", "از پله افتاد", "سینم درد",
        "سینه ام درد", "sekte kard", "sekte kar", "خون ازم", "ازم خون", "خون میره", "خون بند نمیاد",
        "خونش بند نمیاد", "همه قرص", "قرص هاشو", "قرصاشو", "قلبش درد", "درد قلب",
        "nafas nemikesh", "nafas nemitoon", "nafas nemitun", "nafas bala nemiad", "nafasam bala",
        "nafasesh", "khoon mire", "khun mire", "khoon miad", "khun miad", "khoonrizi", "khunrizi",
        "ghors ziad", "gors ziad", "ghors khorde", "ghorsaro khorde", "bihosh", "behosh nemiad",
        "be hosh nemiad", "be hoosh nemiad", "bidar nemishe", "بیدار نمیشه", "بیدار نمیشود",
        "واکنش نشون نمیده", "واکنش نمیده", "sine dard", "sineh dard", "ghalbam dard",
        "ghalbesh dard", "ماشین بهم زد", "ماشین بهش زد", "ماشین زدش", "ماشین زد به",
        "ماشین بهمون زد", "زیر ماشین", "تصادف شد", "تصادف کردیم", "پام شکست", "پاش شکست",
        "دستش شکست", "سرش شکست", "افتاده زمین", "افتاد زمین", "بلند نمیشه", "اوردوز", "اور دوز",
        "خون میا", "از بام افتاد", "از بلندی افتاد", "از ارتفاع افتاد", "از ارتفاع پرت",
        "از بلندی پرت", "سینه اش درد", "سینش درد", "سینه اش تنگ", "نمیتانه نفس", "نمیتانم نفس",
        "نمیتانن نفس", "نمیتوانه نفس", "نفس کشیده نمیتان", "نفس گرفته نمیتان", "نفسش تنگ",
        "نفسم تنگ", "لبهایش کبود", "لب هایش کبود", "لبانش کبود", "رویش کبود", "غش کد",
        "تکان نمیخور", "و حرکت نمیکن", "هیچ حرکت نمیکن", "هوش نداره", "هوش ندارد", "هوشیار نیست",
        "به هوش نیست", "بهوش نیست", "رویش کج", "یک طرف رویش", "یک طرف روی", "افتاده و گپ زده",
        "افتاد و گپ زده", "تابلیت زیاد", "تابلیت خورد", "تابلیت ها را خورد", "تابلیتها را خورد",
        "تابلیت هایش را خورد", "تابلیت های مادرکلان", "تابلیت های پدرکلان", "دوای مادرکلان",
        "دوای پدرکلان", "دوای زیاد خورد", "دوا زیاد خورد", "بسیار دوا خورد", "بسیار تابلیت خورد",
        "دوا خورده", "دوای پاک کاری", "پاک کاری خورد", "دوای موش", "زهر موش", "زهر خورد", "سم موش",
        "مرگ موش", "مقدار زیاد دارو",
        "قرص های زیاد", "قرصهای زیاد", "داروهای زیاد", "دارو های زیاد", "تابلیت های زیاد",
        "سفید کننده نوشید", "سفیدکننده نوشید", "سفیدکننده خورد", "مایع سفید کننده",
        "مایع سفیدکننده", "پاک کننده خورد", "پاک کننده نوشید", "در حوض افتاد", "در دریا افتاد",
        "در آب افتاد", "در استخر افتاد", "در جوی افتاد", "را برق گرفت", "ره برق گرفت",
        "رو برق گرفت", "dawa khorda", "dawa khorde", "bidar namesh", "bidar nemesh", "bidar namish",
        # a child missing or in danger
        "پسرم گم", "دخترم گم", "بچه ام گم", "بچم گم", "بچه م گم", "بچه گم", "کودکم گم", "ناپدید",
        "از kita گم شد", "از کیتا گم شد", "از مهد گم شد", "از مهدکودک گم شد", "از مدرسه گم شد",
        "ربوده", "بچه رو دزدیدن", "ادم ربایی", "آدم ربایی", "گروگان", "برنگشته", "خونه نیومده",
        "خانه نیامده", "gom shode", "فرار کرده", "از خونه فرار", "از خانه فرار",
        "خانه نامد", "خانه نیامد", "خواهرم را دزدید", "دخترم را دزدید", "پسرم را دزدید",
        "طفلم را دزدید", "بچه ام را دزدید", "اولادم را دزدید", "زنم را دزدید", "تنها رها شده",
        "در خانه رها شده", "روز است تنها", "روز است که تنها", "روز میشه تنها",
        # fire, gas
        "آتیش", "اتیش", "داره میسوزه", "دود زیاد", "پر از دود", "بوی دود", "بوی گاز",
        "نشت گاز", "atash",
        "بوی شدید گاز", "بوی تند گاز", "بوی زیاد گاز",
        "bue gaz", "bu-e gaz", "bu e gaz", "booe gaz", "dud dud", "dood dood", "dud komak",
        "dood komak", "آتش میزن", "آتش بزن", "به آتش میکش",
        # stalking, forced marriage
        "تعقیبم", "تعقیب میکن", "taqib mekun", "taqib mikon", "taghib mikon", "ta3qib",
        "ره دنبال کده", "را دنبال کده", "ره دنبال کرده", "را دنبال کرده", "دنبال ما کده",
        "mara mekusha", "mara mekushe", "mara mikoshe", "mara kushta", "kushta metana",
        "دنبالم میکن", "دنبالم میاد", "دنبالمه", "donbalam",
        "ازدواج اجباری", "زور شوهر", "زور عروس", "زور ازدواج", "به زور میخوان", "به زور میخواهند",
        "مجبورم میکنن", "مجبورم کنن", "مجبورم کردن", "مجبورم کرد", "ezdevaj ejbari", "دنبالم میدو",
        "پشتم میا", "پشت سرم میا", "پشت سرم آمد", "پشت سرم راه", "پشت دخترم میا", "پشت دخترم آمد",
        "پشت پسرم میا", "پشت زنم میا", "پشت خانمم میا", "پشت خواهرم میا", "پشت ما میا",
        "پشت مه میا", "دنبالم میا", "دنبال مه میا", "دنبال مه افتاد", "دنبال مه است", "دنبالم است",
        "دنبالم افتاد", "پشت کلکین", "پشت پنجره ما", "پشت پنجره خانه", "زور نکاح", "نکاح اجباری",
        "نکاح به زور", "عروسی اجباری", "مجبور به ازدواج", "مجبور به نکاح", "مجبور به عروسی",
        "مرا به زور", "مره به زور", "منو به زور", "خواهرم را به زور", "دخترم را به زور",
        "دخترمو به زور", "بخاطر ناموس", "به خاطر ناموس", "قتل ناموسی", "بخاطر عزت فامیل",
        "بخاطر عزت خانواده", "به خاطر عزت خانواده", "عزت فامیل", "مزاحمم میشه", "مزاحمم میشن",
        "مزاحمم میشود", "مزاحمم شده", "مزاحمت میکن", "مزاحمم است",
        # shooting, explosives, attacks under way or planned
        "تیراندازی", "تیر اندازی", "شلیک", "بمب", "منفجر", "انفجار", "tirandazi", "tir andazi",
        "shelik", "bomb",
        # intruder in the home, kidnapping, locked in, not safe
        "دزد اومده", "دزد تو خونه", "دزد آمده", "یکی اومده تو خونه", "یکی تو خونه",
        "یکی وارد خونه", "وارد خونه شد", "وارد خانه شد", "اومده تو خونمون", "شیشه رو شکست",
        "پنجره رو شکست", "به زور سوار ماشین", "کشیدن تو ماشین", "کشیدنش تو ماشین",
        "نمیتونم برم بیرون", "نمیتونم از خونه", "قایم شدم", "قایم شده", "پنهان شدم",
        "خونه امن نیست", "امنیت ندارم", "dozd", "mano dozdidan",
        # danger
        "در خطر", "خطرم", "جانم در خطر", "dar khatar", "گروه تروریستی", "گروه های تروریستی",
        # indirect suicidal wording, farewell letters, pills gathered
        "همه چیو تموم", "همه چی رو تموم", "همه چیز رو تموم", "همه چیزو تموم", "hamechio tam",
        "hame chio tam", "hamechiro tam", "hame chiro tam", "نامه خداحافظی", "خداحافظی نوشتم",
        "nameye khodahafezi", "دیگه نمیکشم", "dige nemikesham", "zendegim payan",
        "be zendegi payan", "بدون من راحت", "بدون من بهتر", "قرص جمع کردم", "قرصا رو جمع",
        "قرص ها رو جمع", "قرصا جلومه", "قرصا کنارمه", "قرص ها کنارمه",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "دنبالم اومد", "دنبالم کرد", "بیرون وایساده", "جلوی در وایساده", "جلو در وایساده",
        "دم در وایساده", "پشت در وایساده", "جلوی خونه وایساده", "میام سراغت", "آدرستو دارم",
        "ادرستو دارم", "آدرست رو دارم", "میدونم کجا زندگی", "یواشکی مینویسم", "آروم مینویسم",
        "اروم مینویسم", "گوشیمو گرفت", "گوشیم رو گرفت",
        # screams for help
        "کمک کمک", "جیغ میزنه و کمک", "داد میزنه کمک",
        # stroke signs, low blood sugar, choking, allergic shock, bites; food gone down the
        # throat, a dog that attacks or bites, a snake or bee sting with the lips or face swelling
        "صورتش افتاده", "صورتش کج", "یک طرف صورت", "یه طرف صورت", "زبونش سنگین", "دستش بی حس",
        "نفسم بند", "کسی رو خبر کنید", "گیر کرده تو گلوش", "تو گلوش گیر", "حساسیت شدید", "مار گزید",
        "پرید تو گلو", "پرید توی گلو", "پریده تو گلو", "پریده توی گلو", "پرید تو حلق", "گلویش بند",
        "گلوش بند", "گلوی بچه بند", "گلویش گیر", "قورت کرد", "parid tu galu", "parid to galu",
        "paride tu galu", "galush band", "galuyash band", "gulush band", "سگ گاز", "سگه گاز",
        "گازش گرفت", "گازم گرفت", "داره گازش", "گازش میگیر", "صورتشو گاز", "صورتش را گاز",
        "گردنشو گاز", "سگ حمله", "سگه حمله", "سگی حمله", "سگ پرید رو", "سگه پرید رو", "hamle kard",
        "hamla kard", "hamle mikon", "hamla mekon", "sag gaz", "sage gaz", "gazesh gereft",
        "gazam gereft", "sag hamle", "sage hamle", "^مار نیش", "^مار زد", "^ماری نیش", "نیش مار",
        "به بچه نیش زد", "به بچم نیش زد", "به پسرم نیش زد", "به دخترم نیش زد", "مو نیش زد",
        "را نیش زد", "ره نیش زد", "نیشش زد", "mar nish",
        "mar zadesh", "nishe mar", "لباش باد کرده", "لبش باد کرده", "لبهاش باد کرده",
        "صورتش باد کرده", "گلوش باد کرده", "گلویش باد کرده", "زبونش باد کرده", "زبانش باد کرده",
        "لبهایش پندید", "لب هایش پندید", "رویش پندید", "ruyash pundid", "ruyesh pundid",
        "ruish pundid", "galush pundid", "labesh pundid", "pundida nafas", "pundide nafas",
        "labash bad karde", "sooratesh bad karde", "suratesh bad karde", "hasasiat shadid",
        "hasasiyat shadid",
        # leaving for a war zone
        "بلیت سوریه", "بلیط سوریه",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "پر دود", "درد تو سینه", "شدید تو سینه", "رو قلبش", "قلبشو گرفت", "وایتکس",
        "سفید کننده خورد", "جوهر نمک", "قرصای مادربزرگشو", "قرصای مادربزرگمو", "قرصای مامانشو",
        "قرصای باباشو",
        "قرصای پدربزرگشو", "قرصاشو خورد", "واکنشی نداره", "واکنش نداره", "کیسه آبم پاره",
        "کیسه آبش پاره", "کیسه آب پاره", "کیسه ابم پاره",
        "درد زایمان", "داره زایمان", "داره بچه بدنیا", "قندش خیلی", "قندش افتاد", "قندم افتاد",
        "افت قند", "نمیتونه نفس", "تو ماشین گیر", "گیر کردن تو ماشین", "تصادف تو", "تصادف شده",
        "افتاد تو حوض", "افتاد تو آب", "افتاد تو استخر", "زیر آب بود", "برق گرفتش", "برق گرفتگی",
        "برق بهش زد", "برق منو گرفت", "سرمو کوبید",
        "کوبید به دیوار", "بچه رو برد", "دیگه نمیبینیش", "دیگه نمیبینیشون", "رومون قفل",
        "رو قفل میکن", "میخواد بپره", "میخوام بپرم",  "خودمو از بین",
        "خودم را از بین", "zende basham", "zende bemunam",
        "mikoshatam", "mikoshamet", "mikoshet", "chaghoo", "chaghu", "chaqu", "chaqoo",

        "cheshmasho baz", "cheshmesho baz", "چشماشو باز نمیکن", "چشمشو باز نمیکن", "روغن داغ",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "بیدار نشده", "لباش کبود", "لبش کبود", "لبهاش کبود", "لب هاش کبود", "labash kabud",
        "bidar nashode", "دیگه به وسایلم", "به وسایلم احتیاج", "کسی در رو باز نمیکنه",
        "در رو باز نمیکنه", "درو باز نمیکنه", "فردا رو نمیبینم", "فردا رو نمیبینی", "پیدام میکنه",
        "پیدات میکنم", "ابروی خانواده", "ابروی خانوادمون", "ابرومونو", "ابروی مارو", "aberoo",
        "abero ro", "bayad bemiri", "باید بمیری", "شوهرم بدن", "روزه تنها تو خون", "روزه که تنهاست",
        "rooze tanha", "از همه خداحافظی", "از همه خدافظی", "az hame khodahafezi", "عرق نمیکن",
        "گرمازده", "گرما زده", "افتاب زدگی", "گرمازدگی", "تو برف افتاده", "بدنش یخ", "سرمازده",
        "سرما زده", "هذیون", "همه سردرد", "گاز گرفتگی", "گازگرفتگی", "میکشتش", "میکشتم", "میکشدش",
        "بری مردی", "فردا دیگه نیستم", "بگید دوستشون دارم", "بگین دوستشون دارم", "برنمیگردون",
        "چوب بیسبال", "پشت در وایساده", "پشت در وایستاده", "پشت در ایستاده", "posht dar vaysade",
        "posht dar vaisade", "posht dar vaystade", "nemitoone boland", "nemitune boland",
        # poisoning: a household substance, a drug or many pills swallowed, descaler, someone
        # else's medicine, not knowing how many, food poisoning
        "ظرفشویی خورده", "ظرفشویی خورد$", "ظرفشویی خوردم", "ظرفشویی رو خورد", "ظرفشویی را خورد",
        "ظرفشویی نوشید", "ظرفشویی سر کشید", "ظرفشویی قورت", "مایع ظرف خورده", "مایع ظرف خورد$",
        "مایع ظرف خوردم", "مایع ظرف رو خورد", "مایع ظرف را خورد", "مایع ظرف نوشید",
        "مایع ظرف سر کشید", "مایع ظرف قورت", "سفید کننده خورد$", "سفید کننده رو خورد",
        "سفید کننده را خورد", "سفید کننده سر کشید", "سفید کننده قورت", "سفیدکننده خورد$",
        "سفیدکننده رو خورد", "سفیدکننده را خورد", "سفیدکننده سر کشید", "سفیدکننده قورت",
        "وایتکس خورد$", "جوهر نمک خورد$", "شوینده خورده", "شوینده خورد$", "شوینده خوردم",
        "شوینده رو خورد", "شوینده را خورد", "شوینده نوشید", "شوینده سر کشید", "شوینده قورت",
        "^نفت خورده", "^نفت خورد$", "^نفت خوردم", "^نفت رو خورد", "^نفت را خورد", "^نفت نوشید",
        "^نفت سر کشید", "^نفت قورت", "بنزین خورده", "بنزین خورد$", "بنزین خوردم", "بنزین رو خورد",
        "بنزین را خورد", "بنزین نوشید", "بنزین سر کشید", "بنزین قورت", "تینر خورده", "تینر خورد$",
        "تینر خوردم", "تینر رو خورد", "تینر را خورد", "تینر نوشید", "تینر سر کشید", "تینر قورت",
        "اسید خورده", "اسید خورد$", "اسید خوردم", "اسید رو خورد", "اسید را خورد", "اسید نوشید",
        "اسید سر کشید", "اسید قورت", "ضدیخ خورده", "ضدیخ خورد$", "ضدیخ خوردم", "ضدیخ رو خورد",
        "ضدیخ را خورد", "ضدیخ نوشید", "ضدیخ سر کشید", "ضدیخ قورت", "ضد یخ خورده", "ضد یخ خورد$",
        "ضد یخ خوردم", "ضد یخ رو خورد", "ضد یخ را خورد", "ضد یخ نوشید", "ضد یخ سر کشید",
        "ضد یخ قورت", "قرص آهن خورده", "قرص آهن خورد$", "قرص آهن خوردم", "قرص آهن رو خورد",
        "قرص آهن را خورد", "قرص آهن نوشید", "قرص آهن سر کشید", "قرص آهن قورت", "آفت کش خورده",
        "آفت کش خورد$", "آفت کش خوردم", "آفت کش رو خورد", "آفت کش را خورد", "آفت کش نوشید",
        "آفت کش سر کشید", "آفت کش قورت", "حشره کش خورده", "حشره کش خورد$", "حشره کش خوردم",
        "حشره کش رو خورد", "حشره کش را خورد", "حشره کش نوشید", "حشره کش سر کشید", "حشره کش قورت",
        "باتری خورده", "باتری خورد$", "باتری خوردم", "باتری رو خورد", "باتری را خورد",
        "باتری نوشید", "باتری سر کشید", "باتری قورت", "قارچ سمی خورده", "قارچ سمی خورد$",
        "قارچ سمی خوردم", "قارچ سمی رو خورد", "قارچ سمی را خورد", "قارچ سمی نوشید",
        "قارچ سمی سر کشید", "قارچ سمی قورت", "الکل صنعتی خورده", "الکل صنعتی خورد$",
        "الکل صنعتی خوردم", "الکل صنعتی رو خورد", "الکل صنعتی را خورد", "الکل صنعتی نوشید",
        "الکل صنعتی سر کشید", "الکل صنعتی قورت", "متادون خورده", "متادون خورد$", "متادون خوردم",
        "متادون رو خورد", "متادون را خورد", "متادون نوشید", "متادون سر کشید", "متادون قورت",
        "تریاک خورده", "تریاک خورد$", "تریاک خوردم", "تریاک رو خورد", "تریاک را خورد",
        "تریاک نوشید", "تریاک سر کشید", "تریاک قورت", "قرصای قلب خورده", "قرصای قلب خورد$",
        "قرصای قلب خوردم", "قرصای قلب رو خورد", "قرصای قلب را خورد", "قرصای قلب نوشید",
        "قرصای قلب سر کشید", "قرصای قلب قورت", "قرص قلب خورده", "قرص قلب خورد$", "قرص قلب خوردم",
        "قرص قلب رو خورد", "قرص قلب را خورد", "قرص قلب نوشید", "قرص قلب سر کشید", "قرص قلب قورت",
        "قرص فشار خورده", "قرص فشار خورد$", "قرص فشار خوردم", "قرص فشار رو خورد",
        "قرص فشار را خورد", "قرص فشار نوشید", "قرص فشار سر کشید", "قرص فشار قورت",
        "قرصای فشار خورده", "قرصای فشار خورد$", "قرصای فشار خوردم", "قرصای فشار رو خورد",
        "قرصای فشار را خورد", "قرصای فشار نوشید", "قرصای فشار سر کشید", "قرصای فشار قورت",
        "داروی فشار خورده", "داروی فشار خورد$", "داروی فشار خوردم", "داروی فشار رو خورد",
        "داروی فشار را خورد", "داروی فشار نوشید", "داروی فشار سر کشید", "داروی فشار قورت",
        "قرصای مامان خورده", "قرصای مامان خورد$", "قرصای مامان خوردم", "قرصای مامان رو خورد",
        "قرصای مامان را خورد", "قرصای مامان نوشید", "قرصای مامان سر کشید", "قرصای مامان قورت",
        "قرصای بابا خورده", "قرصای بابا خورد$", "قرصای بابا خوردم", "قرصای بابا رو خورد",
        "قرصای بابا را خورد", "قرصای بابا نوشید", "قرصای بابا سر کشید", "قرصای بابا قورت",
        "قرص های مادر خورده", "قرص های مادر خورد$", "قرص های مادر خوردم", "قرص های مادر رو خورد",
        "قرص های مادر را خورد", "قرص های مادر نوشید", "قرص های مادر سر کشید", "قرص های مادر قورت",
        "قرص های پدر خورده", "قرص های پدر خورد$", "قرص های پدر خوردم", "قرص های پدر رو خورد",
        "قرص های پدر را خورد", "قرص های پدر نوشید", "قرص های پدر سر کشید", "قرص های پدر قورت",
        "جیوه خورده", "جیوه خورد$", "جیوه خوردم", "جیوه رو خورد", "جیوه را خورد", "جیوه نوشید",
        "جیوه سر کشید", "جیوه قورت", "لباسشویی خورده", "لباسشویی خورد$", "لباسشویی خوردم",
        "لباسشویی رو خورد", "لباسشویی را خورد", "لباسشویی نوشید", "لباسشویی سر کشید",
        "لباسشویی قورت", "جرم گیر خورده", "جرم گیر خورد$", "جرم گیر خوردم", "جرم گیر رو خورد",
        "جرم گیر را خورد", "جرم گیر نوشید", "جرم گیر سر کشید", "جرم گیر قورت", "لوله بازکن خورده",
        "لوله بازکن خورد$", "لوله بازکن خوردم", "لوله بازکن رو خورد", "لوله بازکن را خورد",
        "لوله بازکن نوشید", "لوله بازکن سر کشید", "لوله بازکن قورت", "لوله باز کن خورده",
        "لوله باز کن خورد$", "لوله باز کن خوردم", "لوله باز کن رو خورد", "لوله باز کن را خورد",
        "لوله باز کن نوشید", "لوله باز کن سر کشید", "لوله باز کن قورت", "ضدعفونی خورده",
        "ضدعفونی خورد$", "ضدعفونی خوردم", "ضدعفونی رو خورد", "ضدعفونی را خورد", "ضدعفونی نوشید",
        "ضدعفونی سر کشید", "ضدعفونی قورت", "ضد عفونی خورده", "ضد عفونی خورد$", "ضد عفونی خوردم",
        "ضد عفونی رو خورد", "ضد عفونی را خورد", "ضد عفونی نوشید", "ضد عفونی سر کشید",
        "ضد عفونی قورت", "دتول خورده", "دتول خورد$", "دتول خوردم", "دتول رو خورد", "دتول را خورد",
        "دتول نوشید", "دتول سر کشید", "دتول قورت", "شیشه شور خورده", "شیشه شور خورد$",
        "شیشه شور خوردم", "شیشه شور رو خورد", "شیشه شور را خورد", "شیشه شور نوشید",
        "شیشه شور سر کشید", "شیشه شور قورت", "الکل طبی خورده", "الکل طبی خورد$", "الکل طبی خوردم",
        "الکل طبی رو خورد", "الکل طبی را خورد", "الکل طبی نوشید", "الکل طبی سر کشید",
        "الکل طبی قورت", "داروی زیادی خورده", "داروی زیادی خورد$", "داروی زیادی خوردم",
        "داروی زیادی رو خورد", "داروی زیادی را خورد", "داروی زیادی نوشید", "داروی زیادی سر کشید",
        "داروی زیادی قورت", "قرص زیادی خورد$", "دارو زیادی خورده", "دارو زیادی خورد$",
        "دارو زیادی خوردم", "دارو زیادی رو خورد", "دارو زیادی را خورد", "دارو زیادی نوشید",
        "دارو زیادی سر کشید", "دارو زیادی قورت", "ghors ahan", "mayee zarfshooyi", "vaytex khord",
        "sefid konande khord", "zarfshoyi khord", "ghors khordam", "gors khordam",
        "ghorsaro khordam", "ta ghors", "مشت قرص", "بسته قرص", "ورق قرص", "دونه قرص",
        "عدد قرص خورد", "تا قرص خورد", "تا تابلیت", "قرصای خواب", "قرص های خواب", "قرصهای خواب",
        "قرص خواب زیاد", "قرص خواب خورد", "قرص خواب جمع", "ghorse khab", "ghorsaye khab",
        "قورت کده", "قرص ها را برداشتم", "قرصا رو برداشتم", "قرصارو برداشتم", "تیزاب خورد$",
        "داروی قلب خورده", "داروی قلب خورد$", "داروی قلب خوردم", "داروی قلب رو خورد",
        "داروی قلب را خورد", "داروی قلب نوشید", "داروی قلب سر کشید", "داروی قلب قورت",
        "داروی اشتباهی خورده", "داروی اشتباهی خورد$", "داروی اشتباهی خوردم",
        "داروی اشتباهی رو خورد", "داروی اشتباهی را خورد", "داروی اشتباهی نوشید",
        "داروی اشتباهی سر کشید", "داروی اشتباهی قورت", "قرص اشتباهی خورده", "قرص اشتباهی خورد$",
        "قرص اشتباهی خوردم", "قرص اشتباهی رو خورد", "قرص اشتباهی را خورد", "قرص اشتباهی نوشید",
        "قرص اشتباهی سر کشید", "قرص اشتباهی قورت", "تیزاب", "دوبار دارو", "دو بار دارو",
        "دوبار قرص", "دو بار قرص", "اشتباهی دارو", "اشتباهی قرص", "داروی قلبشو", "داروی قلبش را",
        "قرص قلبشو", "دوز دوبل", "دو برابر دارو", "ghors haye man ro khord",
        "ghorsaye man ro khord", "ghorsamo khord", "ghorsaye mano khord", "ghorsasho khord",
        "daroohamo khord", "darooye man ro khord", "ghors jam kard", "gors jam kard",
        "ghorsa ro jam", "boste ghors", "boste gors", "قرص جمع کرد", "امشب قرصامو", "قرصامو ریختم",
        "قرصامو همه", "تمام داروهایم", "تمام داروهامو", "همه داروهامو", "همه داروهایم",
        "تمام قرص هایم", "تمام قرصهایم", "داروهامو ریختم", "داروهایم را ریختم", "قرص هایم را ریختم",
        "قارچ از جنگل", "قارچ جنگلی خورد", "قارچ وحشی", "همه مون استفراغ", "همه استفراغ میکن",
        "همگی استفراغ",
        "entkalker khord", "entkalker ro khord", "entkalker nushid", "entkalker خورد",
        "entkalker رو خورد", "entkalker را خورد", "جوهرنمک", "johar namak", "dahanesh sukht",
        "dahanesh sookht", "dahanash sokht", "دهنش سوخت", "دهانش سوخت", "دوای مره خورد",
        "دوای مرا خورد", "دوای مه را خورد", "دوایم را خورد", "دواهایم را خورد", "دواهای مرا خورد",
        "دواهای مره خورد", "داروهامو خورد", "داروهای منو خورد", "داروی منو خورد", "قرصامو خورد",
        "قرص هامو خورد", "قرصای منو خورد", "dawaye mara khord", "dawai mara khord",
        "خورده نمیدانم چند", "خورده نمیدونم چند", "نمیدونم چندتا خورد", "نمیدونم چند تا خورد",
        "نمیدانم چند تا خورد", "نمیدانم چندتا خورد", "khorde nemidunam chand",
        "khorda namedanam chand", "tabletha khord", "tablet ha khord", "tabletha ra khord",
        "tablet ziad khord", "masmum shod", "masmoom shod", "masmum shud",
        # suicide: ending one's life, rope, bridge, roof, gas left on, a will, things given away
        "khodama mekosh", "khodama mikosh", "khodamo mekosh", "khodam ra mekosh",
        "khodam ra mikosh", "خودمو خلاص", "خودم را خلاص", "خودمو از شر", "از این زندگی خلاص",
        "از زندگی خلاص", "از شر این زندگی", "از شر زندگی", "khodamo khalas", "zendegi khalas",
        "خودمو نابود", "خودم را نابود", "خودمو نیست و نابود", "خودشو نابود", "خودش را نابود",
        "khodamo nabood", "دیگه نمیخوام باشم", "دیگه نمیخواهم باشم", "دیگر نمیخواهم باشم",
        "نمیخوام دیگه باشم", "نمیخوام وجود داشته", "نمیخواهم وجود داشته", "نمیخوام زنده",
        "نمیخواهم زنده", "نمیخایم زنده", "dige nemikham basham", "nemikham zende",
        "nemikham vojood", "بخاطر من عذاب", "به خاطر من عذاب", "سربار همه", "سربار خانواده",
        "بار اضافه هستم", "دیگه تمومش میکنم", "تمامش میکنم", "dige tamoomesh", "dige tamumesh",
        "tamoomesh mikonam", "tamumesh mikonam", "bedoone man rahat", "bedune man rahat",
        "bedoone man behtar", "bedune man behtar", "همه چیز تمام است", "همه چیز تمام شد",
        "همه چی تمومه", "همه چیز تمومه", "hame chi tamoome", "نمیتوانم ادامه بده",
        "نمیتانم ادامه بده", "nemitunam edame bedam", "nemitoonam edame bedam", "akharin payamame",
        "akharin payame man", "in akharin payam", "آخرین پیاممه", "آخرین پیام منه",
        "این آخرین پیام", "آخرین پیام من است", "khodahafez hamegi", "خداحافظ همگی", "خدافظ همگی",
        "خداحافظ برای همیشه", "خدافظ برای همیشه", "خدا حافظ برای همیشه",
        "khodahafez baraye hamishe", "khoda hafez baraye hamishe", "نامه وداع",
        "یادداشت خداحافظی", "نامه های خداحافظی", "نامه هامو نوشتم", "نامه هایم را نوشتم",
        "nameye vedaa", "وصیتمو نوشتم", "وصیتم را نوشتم", "وصیت نامه مو", "وصیت نامه ام را",
        "وصیتنامه مو", "وصیتنامه ام را", "وصیت نامه نوشتم", "وصیتنامه نوشتم", "vasiatamo",
        "vasiyatamo", "vasiat name", "مو بخشیدم", "وسایلم را بخشیدم", "وسایلمو دادم به",
        "وسایلم را دادم به", "همه وسایلمو", "گفتم مواظب بچه", "گفتم مراقب بچه", "طناب رو",
        "طناب را", "طنابو", "طناب آماده", "طناب دار", "طناب خریدم", "tanab", "حلق آویز", "حلقاویز",
        "دار بزنم", "دار بزنه", "خودم را دار", "khodamo dar", "روی پل وایساد", "روی پل ایستاد",
        "روی پل استاد", "رو پل وایساد", "لب پل", "روی پشت بوم", "لب پشت بوم", "لب بام",
        "روی بام ایستاد", "روی بام استاد", "rooye pol", "ruye pol", "roo pol", "rooye posht bam",
        "lab e pol", "mikham beparam", "mikhad bepare", "mekhaham beparam", "beparam to ab",
        "beparam paeen", "بپرم پایین", "بپرم تو آب", "بپرم توی آب", "بپره پایین", "گاز رو باز کرد",
        "گاز را باز کرد", "گازو باز کرد", "گاز رو باز گذاشت", "گاز را باز گذاشت", "گازو باز گذاشت",
        "شیر گاز رو باز", "شیر گاز را باز", "gaz ro baz", "gazo baz", "تیغ دستم", "تیغ تو دستم",
        "تیغ برداشتم", "تیغ گرفتم", "tigh dastam", "ba tigh", "نمیتونم جلو خودمو",
        "نمیتونم جلوی خودمو", "نمیتوانم جلوی خودم", "dastamo boridam", "dastam ro boridam",
        "ragamo", "ragam ro", "khoon band nemiad", "khun band nemiad", "khoonesh band nemiad",
        "khunesh band nemiad", "برم پیش بابام که", "برم پیش مامانم که", "برم پیش پدرم که",
        "برم پیش مادرم که", "بروم پیش پدرم که", "بروم پیش مادرم که", "برم پیش خدا", "بروم پیش خدا",
        "این دنیا جای من نیست", "دیگه جای من نیست", "جای من این دنیا نیست", "بدون من خوشبخت",
        "بدون من خوشحال", "بی من راحت", "بی من بهتر", "بی من خوشبخت", "bedune man khoshbakht",
        "bedoone man khoshbakht", "bedoone man khoshhal", "هیچوقت بیدار نشم", "دیگه بیدار نشم",
        "دیگر بیدار نشوم", "هرگز بیدار نشوم", "هیچوقت بیدار نشوم", "دیگه بیدار نشه",
        "dige bidar nasham", "hichvaght bidar nasham", "من دیگر نیستم", "من دیگه نیستم",
        "وقتی این را بخوانی", "وقتی اینو بخونی", "وقتی اینو میخونی", "وقتی این نامه",
        "وقتی این پیام", "vaghti ino bekhooni", "vaghti ino mikhooni", "دیگر نخواهم بود",
        "دیگه نخواهم بود", "بار اضافی ام", "بار اضافه ام", "بار اضافی هستم", "بار اضافی برای",
        "باری برای همه", "سربارم", "بروم و برنگردم", "برم و برنگردم", "برم و دیگه برنگردم",
        "بروم و دیگر برنگردم", "برم که دیگه برنگردم", "میکوبم به درخت", "بکوبم به درخت",
        "ماشینو میکوبم", "ماشین رو میکوبم", "ماشین را میکوبم", "بزنم به درخت", "میزنم به درخت",
        "خودمو میکوبم", "mashino mikoobam", "mikoobam be derakht",
        "^دار زد", "خود را دار زد", "خود ره دار زد", "خودش را دار زد", "خودشو دار زد",
        "خودش رو دار زد", "خودرا دار زد", "khod ra dar zad", "khodesho dar zad", "khodasho dar zad",
        "khodesh ro dar zad", "سر پل استاد", "سر پل ایستاد", "سر پل وایساد", "نمیتانم سر پل",
        "نمیتونم سر پل", "نمیتوانم سر پل", "namitanom sar pul", "nametanom sar pul",
        "nemitanom sar pul", "sar pul istad", "sar pul estad", "sare pul istad", "ru pol vais",
        "ru pol vays", "ru pol istad", "mige mipare$", "mige miparam$", "gofte mipare$",
        "mige mipore$", "میگه میپره$", "میگه میپرم$", "گفته میپره$", "khudmo khalas",
        "khodmo khalas", "khudma khalas", "khudam ra khalas", "khud ra khalas", "khodam ra khalas",
        "khudamo khalas",
        # heart, stroke signs, fainting, a fall, burns; a heart stopped, a hand on the chest and
        # a fall, a bone sticking out, someone collapsed on a bus
        "قلبم تیر", "قلبش تیر", "سینم تیر", "سینه ام تیر", "سینه اش تیر", "سینش تیر", "قفسه سینم",
        "ghalbam tir", "ghalbesh tir", "sinam tir", "sinash tir", "زبونش بند", "زبانش بند",
        "زبونم بند اومد", "طرف بدنش", "طرف بدنم", "طرف صورتش", "فلج شد", "دهنش کج", "دهانش کج",
        "نمیتونه حرف بزنه", "نمیتواند حرف بزند", "نمیتانه گپ بزنه", "zaboonesh band",
        "zabunesh band", "falaj shod", "از حال رفت", "ghash kard", "az hal raft", "az hoosh raft",
        "رنگش کبود", "رنگش آبی شد", "صورتش کبود", "کبود شده و", "rangesh kabood", "rangesh kabud",
        "طبقه دوم افتاد", "طبقه اول افتاد", "طبقه سوم افتاد", "طبقه بالا افتاد", "از پنجره طبقه",
        "از نردبون افتاد", "از نردبان افتاد", "از درخت افتاد", "از پشت بوم افتاد", "aab joosh",
        "ab jush", "ab dagh rikht", "aab dagh", "داغ ریخت رو", "آب داغ ریخت", "چای داغ ریخت",
        "aragh sard", "araq sard", "araghe sard", "عرق سرد", "dard to sine", "dard tu sine",
        "dard shadid to sine", "to sinam dard", "sinam dard", "sine am dard", "dard e sine",
        "darde sine", "ghafase sine", "سینه اش را گرفت", "سینه شو گرفت", "سینشو گرفت",
        "سینه اش رو گرفت", "روی زمین افتاد", "رو زمین افتاد", "به زمین افتاد", "sekte mikon",
        "sekte konam", "sakte mikon", "sekte zad", "kaj shode", "soorat kaj", "sooratesh kaj",
        "dahanesh kaj", "nemitoone tekoon", "nemitune tekun", "nemitoone tekun", "nemitune tekoon",
        "tekoon nemikhore", "tekun nemikhore", "نمیتونه تکون بده", "نمیتونه تکونش بده",
        "نمیتواند تکان بده", "کج شده و", "انگشتم قطع", "انگشتش قطع", "انگشت قطع", "دستم قطع شد",
        "دستش قطع شد", "رفت زیر دستگاه", "لای دستگاه", "angoshtam ghat", "angoshtesh ghat",
        "zire dastgah", "az nardeboon", "az nardebun", "az nardeban", "az derakht oftad",
        "pam shekast", "pash shekast", "dastam shekast", "dastesh shekast",
        "nemitoonam boland sham", "nemitunam boland sham", "نمیتونم بلند شم", "نمیتوانم بلند شوم",
        "بالا نیامد", "بالا نیومد", "bala nayomad", "bala nayamad",
        "قلبش نمیزن", "قلبش وایساد", "قلبش وایستاد", "قلبش ایستاد", "قلبش استاد",
        "قلبش از کار افتاد", "قلبش گرفت", "قلبم گرفت", "نبض نداره", "نبض ندارد", "نبضش نمیزن",
        "نبض نمیزن", "ghalbesh nemizan", "ghalbesh vaysad", "ghalbesh istad", "ghalbesh gereft",
        "ghalbam gereft", "qalbesh nemizan", "qalbesh istad",
        "qalbesh vaysad", "qalbesh gereft", "nabz nadare", "nabzesh nemizan", "دستشو گذاشت رو سین",
        "دستشو گذاشت روی سین", "دستش را روی سینه", "دستش رو گذاشت رو سین", "رو سینش و افتاد",
        "روی سینه اش و افتاد", "dastesho gozasht ru sin", "ostekhun zade", "ostokhun zade",
        "ostekhunesh zade", "ostukhan zada", "استخون زده", "استخوان زده", "استخونش زده",
        "استخوانش زده", "استخوانش بیرون", "استخونش بیرون", "استخوان بیرون زده", "استخون بیرون زده",
        "dastash shekast", "پاش کج شد", "پایش کج شد", "دستش کج شد", "pash kaj shod", "gash kard",
        "qash kard", "behosh shod", "behosh as$", "behosh ast", "behosh hast", "behush shod",
        "behush as$", "behosh oftad", "az bam aftad", "az bam oftad", "az bam uftad",
        "az posht bam oftad", "az poshte bum oftad", "az zena aftad", "az zina aftad",
        "az zina oftad", "az zine oftad", "az zina uftad", "yeki oftad$", "یکی افتاد$",
        "یکی افتاده$", "تو اتوبوس افتاد", "توی اتوبوس افتاد", "تو اتوبوس غش", "tu bus oftad",
        "tu otobus oftad", "tu bus yeki oftad",
        # violence: beatings, strangling, a belt, stones thrown, an attack under way
        "افتاده به جونم", "افتاد به جونم", "به جونم افتاده", "به جان من افتاده", "به جانم افتاده",
        "کمربند گرفت", "کمربندشو", "کمربندش را", "khafe mikon", "khafe kard", "khafam kard",
        "khafash kard", "khafegi", "gardanam ra feshar", "gardan-am ra feshar", "gardanamo feshar",
        "gardanam ro feshar", "galoomo feshar", "gulumo feshar", "gardanesh ra feshar",
        "nafas kashida nametan", "nafas kashide nemitoon",
        "nemitunam nafas", "nemitoonam nafas", "^سنگ میزن", "^سنگ پرت", "^سنگ پرتاب", "^سنگ زد",
        "^سنگ میندازن", "حمله میکن", "حمله کنن", "به کمپ حمله", "میزنتش", "میزنه تو سرم",
        "میزنه تو صورتم", "mizanatesh", "mizanatemun", "dare mizane", "mekoshamet", "bokoshamet",
        "mikoshimet", "mikoshanet", "mekoshanet", "میکشیمت", "میکشنت", "بکشمت", "میکشنش",
        "تو را میکش", "تو رو میکش", "ترا میکش", "ترو میکش", "to ro mikosh", "toro mikosh",
        "tora mekosh", "ta ra mekosh", "کارت را تمام میکن", "کارت رو تموم میکن", "کارتو تموم میکن",
        "کارتو تمام میکن", "کارت تمومه", "امشب کارت", "امشب کارم تمومه", "گفته کارم تمومه",
        "گفت کارم تمومه", "حسابمو میرسه", "حسابتو میرسم", "حسابت را میرس", "حسابت رو میرس",
        "hesabamo mirese", "hesabeto miresam", "از ترس میلرزم", "از ترس دارم میلرزم",
        "az tars milarz", "az tars daram milarz", "هر شب میزن", "هر روز میزن", "صداش یهو قطع",
        "صداش قطع شد", "tofang", "aslahe", "hamaro mikosh", "hame ro mikosh", "hamamoono mikosh",
        "hamamuno mikosh", "maro mikosh", "ma ro mikosh", "همه رو میکشه", "همه مونو میکشه",
        "همه ما را میکش", "آنجا میکشند", "اونجا میکشن", "اونجا منو میکش", "زندانیش",
        "zendanish kard", "dar ro mishkan", "daro mishkan", "dar ro beshkan", "daro beshkan",
        "dar ro shekast", "daro shekast", "panjere ro shekast", "panjararo shekast",
        # sexual abuse: touched by a man, a child touched
        "به او دست زده", "بهش دست زد", "به بدنش دست", "به بدنم دست", "به دخترم دست زد",
        "به پسرم دست زد", "به بچم دست زد", "به بچه ام دست زد", "دستمالی", "جای خصوصی",
        "جاهای خصوصی",
        # someone at or forcing the door or window, an ex who must stay away, followed
        "پشت در خونه ست", "پشت در خونست", "پشت در خانه است", "پشت در است", "پشت دره$",
        "حق نداره نزدیک", "حق ندارد نزدیک", "حکم منع", "منع نزدیک", "در رو بشکن", "درو بشکن",
        "درو میشکن", "در را میشکن", "در خونه رو بشکن", "به زور داخل", "به زور وارد",
        "به زور بیاد تو", "به زور میاد تو", "به زور بیاید", "به زور در رو باز", "به زور در را باز",
        "از پنجره میاد", "از پنجره اومد", "از پنجره آمد", "از پنجره وارد", "از پنجره داخل",
        "از کلکین داخل", "از کلکین آمد", "از پنجره بیاد", "یکی داره میاد تو", "کسی داره میاد تو",
        "یکی میخواد بیاد تو", "کسی میخواهد بیاید تو", "poshtame", "pushtam ast", "poshtam ast",
        "poshte saram", "posht saram", "pushte saram", "dare donbalam", "donbalame",
        "ta inja donbal",
        "posht dare$", "poshte dare$", "posht dare man", "poshte dare man", "dam dare man",
        "jelo dare man", "jeloye dare man", "دم در خونمه", "پشت در خونمه", "جلوی در خونمه",
        "جلو در خونمه", "tahdidam mikon", "tahdidam mikard", "tahdidam kard",
        # forced marriage, kidnapping, a stranger taking a child
        "به اجبار به عقد", "به اجبار عقد", "به زور عقد", "به زور به عقد", "عقد اجباری",
        "به عقد پسرعمو", "به عقد پسر عمو", "به عقد پسرخاله", "به عقد پسر خاله", "به عقد پسردایی",
        "به عقد پسر دایی", "به عقد یک مرد", "به عقد یه مرد", "عقدم کنن", "شوهرم بدهند",
        "be zoor aghd", "be zor aqd", "majbooram mikonan", "majburam mikonan", "majbooram kardan",
        "shoharam bedan", "be zoor shohar", "بچمو برد سوار", "بچه مو برد سوار", "سوار ماشینش کرد",
        "سوار موترش کرد", "یه غریبه بچ", "یک غریبه بچ", "مرد غریبه بچ", "یکی بچمو برد",
        "یه مرد بچمو", "یک مرد بچه ام", "بچمو دزدید", "bachamo bord", "bachamo dozdid",
        "bachamo dozdidan", "برداشته برده", "bardashte borde", "bebaresh kharej", "ببرتش خارج",
        "ببرش خارج", "ببره خارج از کشور", "میخواد ببرتش", "mikhad bebaresh", "میبرند افغانستان",
        "میبرن افغانستان", "میبرن ایران", "میبرند ایران", "ببرنم افغانستان", "ببرنم ایران",
        "مرد ناشناس دختر", "مرد ناشناس پسر", "مرد ناشناس طفل", "مرد ناشناس بچ", "مرد ناشناس اولاد",
        "ناشناس دخترم", "ناشناس پسرم", "ناشناس طفلم", "ناشناس بچم", "ناشناس بچه ام",
        "mard nashenas bach", "mard nashenas dokhtar", "nashenas dokhtaram", "bachem ra bord",
        "bacham ra bord", "bachem ro bord", "bacham ro bord", "tiflem ra bord", "tiflam ra bord",
        "bordan nemidanam kuja", "bordan namedanam kuja", "bordan nemidunam koja",
        "bordan nemidonam koja", "bordand nemidanam kuja", "بردن نمیدونم کجا", "بردند نمیدانم کجا",
        "بردن نمیدانم کجا",
        # honour: shame on the family and a threat to kill
        "بی ناموسی کردی", "لکه ننگ", "^ننگ خانواده", "^ننگ فامیل", "آبرومو بردی",
        "آبروی ما را برد", "آبرومون رو بردی", "آبروی ما رو بردی", "ناموس ما", "ناموسمون",
        "ناموس خانواده", "ناموس فامیل", "abrooye ma ro",
        # drowning, smoke from a home
        "زیر آب رفت", "زیر آب موند", "زیر آب ماند", "gharq shod", "ghargh shod", "gharq mishe",
        "ghargh mishe", "دود بیرون", "dood miad", "dud miad", "dood ziad", "dud ziad", "dood to",
        "dud to",
        "دود تو راه پله", "راه پله دود",
        # carbon monoxide: a heater on, the whole family dizzy, nobody wakes
        "خانواده سردرد", "همه مون سردرد", "همه سرگیجه", "همه مون سرگیجه", "سردرد و سرگیجه داریم",
        "سرگیجه و سردرد داریم", "بخاری روشن بود", "بخاری گازی روشن", "بخاری نفتی روشن", "زغال روشن",
        "منقل روشن", "بیدار نمیشن", "بیدار نمیشوند", "bidar nemishan",
        # smoke and fire: smoke pouring out of a flat, a smoke alarm going off, a burning smell
        # ("^دود": not "محدود", "مسدود", "مردود")
        "^دود از", "dood az", "dud az", "^دود صدا میکن", "^دود صدا میده", "^دود به صدا",
        "^دود آژیر میکش", "^دود جیغ میکش", "dood seda mide", "dood seda mikone",
        "بوی سوختن میا", "booye sookhtegi", "buye sukhtegi", "^در را باز نمیکن", "^در ره باز نمیکن",
        "دروازه را باز نمیکن", "دروازه ره باز نمیکن", "dar ro baz nemikone", "daro baz nemikone",
        "dar ra baz namekona", "darwaza ra baz nemekona", "^دود سیاه", "^دود غلیظ", "dood siah",
        "dud-e siah", "dude siah", "^دود داره صدا", "^دود داره جیغ",
        # Finglish and Dari beatings: "mizana mara", "mara mezana"; a bottle, a knife
        "mizana mara", "mizane mara", "mezana mara", "mezane mara", "mizanad mara", "mara mizana",
        "mara mezana", "mano mizana", "mano mezana", "maro mizan", "mizane maro",
        "ra mezana$", "ra mizana$",
        "بوتل سر", "با بوتل زد", "با بوتل به سر", "بوتل را به سر", "با بطری زد", "با بطری کوبید",
        "بطری زد تو سر", "ba botel zad", "ba butal zad", "ba botal zad", "ba botri zad",
        "ba kard zad", "ba kard mezan", "ba kard mizan",
        # a child not back, in Finglish and Dari (school is "مکتب" in Dari)
        "barnagashte", "barnagashta", "bar nagashte", "khune nayomade", "khoone nayoomade",
        "khane nayamada", "khane nayamade", "مکتب نیامده", "از مکتب نیامد", "از مدرسه نیومده",
        "از مدرسه نیامده", "az maktab nayamada", "az madrese nayomade",
        # too many pills or drugs, foam at the mouth
        "qors ziad", "qors ziyad", "ghors ziyad", "ziad qors", "ziad ghors", "ziad gors",
        "ziyad ghors", "ziadi ghors", "ziadi qors", "qors khordam", "qors khorde", "qorsa ro khord",
        "ghorsa ro khord", "dawa ziad khord", "dawa ha ra khord", "dawaha ra khord", "زیاد قرص",
        "زیادی قرص", "زیادی دارو", "زیادی دوا", "همه دواها را", "همه دوا ها را",
        "همه دواها ره", "همه دوا ها ره", "تمام دواها را", "تمام دوا ها را", "دوا ها ره خوردم",
        "دواها ره خوردم", "زیادی مواد زد", "مواد زیادی زد", "مواد زیاد زد", "زیاد مواد زد",
        "زیادی مواد مصرف کرد", "مواد زیاد مصرف کرد", "mavad ziad zade", "ziadi mavad zade",
        "ziad mavad zade", "دهنش کف", "دهانش کف", "کف از دهن", "کف از دهان", "لباش کف",
        "کف کرده و داره", "کف کرده و میلرز", "dahanesh kaf", "kaf az dahan",
        # labour, the waters broken, bleeding in pregnancy (Dari "ولادت")
        "آب کیسه ام", "آب کیسه اش", "آب کیسه پاره", "آب کیسه ش", "ab e kise", "abe kise",
        "ab-e kise", "kise abam", "kiseye abam", "kise-ye abam", "kise abesh", "kise ab pare",
        "kiseye ab pare", "dard e zayman", "darde zayman", "dard-e zayman", "dard zayman",
        "dard e zaiman", "darde zaiman", "درد ولادت", "dard e weladat", "darde weladat",
        "dard-e weladat", "dard e veladat", "حامله ام و خون", "حامله ام خون", "حامله هستم و خون",
        "باردارم و خون", "باردارم خون", "hamele am khun", "hamele am va khun", "hamele hastam khun",
        "khun mera", "khoon mera", "khun mere",
        "hamila as khun", "hamila ast khun", "hamila hastom khun", "hamila as wa khun",
        "hamela as khun", "hamile ast khun", "حامله اس خون", "حامله است و خون", "حامله است خون",
        # cannot breathe, in Finglish and Dari
        "nafasam band", "nafasem band", "nafas band omad", "nafas gerefta nemi",
        "nafas gerefte nemi", "nafas kashida nemi", "nafas keshide nemi", "nafasam tang",
        "nafas namekash", "nafas nemekash", "nafas namikash", "nafas nemikash", "nafas nametan",
        "nafas nemitan", "nafas namitan", "nafas gerefta nam", "nafas kashida nam",
        "nemitune nafas", "nemitoone nafas", "nemitone nafas", "nametana nafas", "nemitana nafas",
        "نفس نمیتان", "نفس نمیتون", "نفس نمیتوان",
        # a child lost (Dari "gum shuda", "طفلم گم"); "gum shudam" is someone lost in town
        "gum shuda$", "gum shude$", "gom shuda$", "gum shode$", "gom shod$", "gum shud$",
        "gum shudas", "gum shuda ast", "طفلم گم", "بچیم گم", "اولادم گم", "بچه هام گم",
        "بچه هایم گم", "پسرکم گم", "دخترکم گم", "طفلکم گم", "bachem gum", "bacham gum",
        "bachem gom", "tiflam gum", "tefelam gum",
        "dokhtarakem gom", "dokhtarakam gom", "pesarakem gom", "bacham gom", "pesaram gom",
        "dokhtaram gom", "tiflem gom", "gom shoda$", "gum shoda$",
        # a child lost at a station, on a train, in a market or park ("lost my son at the station")
        *(f"{child} {place} گم" for child in (
            "بچمو", "بچه مو", "بچه امو", "بچه ام را", "پسرمو", "پسرم را", "دخترمو", "دخترم را",
            "طفلمو", "طفلم را", "طفلم ره", "اولادم را",
        ) for place in (
            "تو ایستگاه", "توی ایستگاه", "در ایستگاه", "ده ایستگاه", "تو قطار", "در قطار",
            "تو بازار", "در بازار", "تو پارک", "در پارک", "تو شهر", "تو فروشگاه", "تو شلوغی",
        )),
        *(f"{child} گم کرد" for child in ("بچمو", "بچه مو", "پسرمو", "دخترمو", "طفلمو")),
        *(f"{child} {place} gom" for child in (
            "bachamo", "bachemo", "bacham", "bachem", "pesaramo", "pesaram", "dokhtaramo",
            "dokhtaram", "tiflamo", "tiflam",
        ) for place in (
            "tu istgah", "to istgah", "dar istgah", "da istgah", "tu bahnhof", "to bahnhof",
            "tu ghatar", "tu park", "tu bazar", "tu shahr",
        )),
        # acid thrown or threatened
        "اسید میپاش", "اسید بپاش", "اسید پاش", "اسیدپاش", "اسید بریز", "اسید میریز", "اسید تو صورت",
        "اسید به صورت", "اسید روی صورت", "asid mipash", "asid bepash", "asid pashi", "asid berize",
        "asid mirize", "asid ro soorat", "asid ro surat", "asid be soorat", "asid be surat",
        "asid ru soorat", "asid ru surat", "asid to soorat", "اسید رو صورت",
        # taken away by force ("به زور" alone is also "barely")
        "به زور سوار موتر", "به زور سوار کرد", "به زور سوارش کرد", "به زور سوار وین",
        "به زور برد$", "به زور ببره", "به زور ببرن",
        "به زور ببرد", "به زور ببرتش", "به زور میبره", "به زور میبرن",
        "be zoor savaresh", "be zor sawar kard", "be zoor savar kard",
        "be zor bordan", "be zoor bebare", "be zor bebara", "be zoor mibare",
        "be zoor mibaran",
        # death threats against the family, "he will kill me" (Dari word order)
        "خانواده ام را میکش", "خانواده ام رو میکش", "خانوادمو میکش", "خانواده مو میکش",
        "خانواده ام را بکش", "خانوادمو بکش", "خانواده ام ره میکش",
        "بچه هامو میکش", "بچه هامو بکش", "بچه هایم را میکش", "بچه هایم را بکش", "اولادهایم را میکش",
        "اولادهایم را بکش", "^زنمو میکش", "شوهرمو میکش", "پسرمو میکش", "دخترمو میکش",
        "پسرم را میکش", "دخترم را میکش", "khanevadamo mikosh", "khanevadeamo mikosh",
        "khanevadam ro mikosh", "khanawadam ra mekosh", "bachehamo mikosh", "bachamo mikosh",
        "اولادها را میکش", "اولادهایت را میکش", "اولادها ره میکش", "بچه ها را میکش",
        "بچه ها رو میکش", "بچه هاتو میکش", "همتونو میکش", "همه تان را میکش", "همه تانه میکش",
        "همتون رو میکش", "میکشه مرا", "میکشه مره", "میکشد مرا", "میکشه ما را", "mekosha mara",
        "mekushe mara", "mikoshe mara", "avladha ra mekosh", "bachaha ra mekosh", "hamatano mikosh",
        "hamatona mekosh",
        # beheading threats: "سرتو میبرم" (but "sorry, I'm boring you" is an idiom)
        "سرتو میبر", "سرت را میبر", "سرت رو میبر", "سر ترا میبر", "سرشو میبر", "سرش را میبر",
        "گردنتو میزنم", "سرتو از تنت", "سرت را از تن", "سر از تنت", "sareto mibor", "sareto mibar",
        "saret ro mibor", "saret ra mibor",
        # gone under water, caught in a flood, a car in a canal or river with someone inside
        "رفت زیر آب", "رفته زیر آب", "از آب بیرون نیومد",
        "از آب بیرون نیامد", "zire ab raft", "zir e ab raft", "raft zire ab",
        "rafte zire ab",
        "تو آب گیر", "توی آب گیر", "در آب گیر", "تو سیل گیر", "سیل گیر", "سیل بردش", "آب بردش",
        "آب داره میاد تو ماشین", "رفت تو کانال", "افتاد تو کانال", "توی کانال افتاد",
        "رفت تو رودخونه", "افتاد تو رودخونه", "افتاد توی رودخانه", "در رودخانه افتاد",
        "raft tu kanal", "oftad tu kanal", "raft tu rudkhune", "oftad tu rudkhune", "tu ab gir",
        "to ab gir", "tu seil gir", "seil bordesh", "tush gir", "ghark shod", "ghark shud",
        "gharq shud", "ghargh shud", "gharak shod", "ghark mesh", "ghark mish", "gharq mesh",
        # stroke signs: half the body numb, one side not working, speech gone, a sudden fall
        "نصف بدنم", "نصف بدنش", "نصفه بدنم", "نصفه بدنش", "نیمی از بدنم", "نیمی از بدنش",
        "نیمه بدن", "نیم بدنش", "نیم بدنم", "سمت چپ بدنم", "سمت چپ بدنش", "سمت راست بدنم",
        "سمت راست بدنش", "طرف چپ بدن", "طرف راست بدن", "سمت چپش کار نمیکن", "سمت راستش کار نمیکن",
        "سمت چپم کار نمیکن", "سمت راستم کار نمیکن", "دست و پاش بی حس",
        "نصف صورتم بی حس", "نصف صورتش بی حس", "نصف صورتم کج",
        "samte chapesh kar", "samte rastesh kar", "samte chapam kar", "samte rastam kar",
        "samte chape badan", "samte raste badan", "nesfe badan", "nesf e badan", "ye tarafe badan",
        "yek tarafe badan", "ye tarafe soorat", "nemitune harf bezane", "nemitoone harf bezane",
        "harf nemitune bezane", "harf nemitoone bezane", "yehu oftad", "yeho oftad",
        "nagahan oftad", "yekdafe oftad", "یکدفعه افتاد", "یکباره افتاد",
        "gap zada nametan", "gap zada namitan", "gap zade nemitan", "gap zada nemetan",
        "gap zada nemitan", "rueish kaj", "ruyesh kaj", "ruyish kaj", "ruish kaj", "royesh kaj",
        "rooyesh kaj", "ruyash kaj",
        # allergic shock: a swollen throat or tongue, cannot swallow or breathe
        "آنافیلاک", "anafilaks", "epipen", "اپی پن", "ورم کرده نمیتون", "ورم کرده و نمیتون",
        "ورم کرده نفس", "ورم کرده و نفس", "زبونش ورم", "زبونم ورم", "زبانش ورم", "زبانم ورم",
        "گلوم داره بسته", "گلوش داره بسته", "گلوم بسته شد", "گلوش بسته شد", "گلویم بسته شد",
        "گلویش بسته شد", "گلویم پندید", "گلویش پندید", "زبانش پندید", "زبانم پندید", "پندیده و نفس",
        "varam karde nemit", "varam karde nafas", "galoom varam", "galum varam",
        "galoom dare baste", "galum baste shod", "galoom baste shod", "zabunam varam",
        "zabunesh varam",
        # farewells: a last message, not here tomorrow, forgive me, all the medicine taken
        "فردا نیستم که", "فردا دیگر نیستم", "فردا زنده نیستم", "تا فردا زنده نمی",
        "farda nistam ke", "farda dige nistam", "نیستم که اذیتت",
        "نیستم که سربار", "آخرین پیغام مه", "آخرین پیغام من است", "آخرین پیغامم است",
        "آخرین پیغاممه", "آخرین پیغام منه", "این آخرین پیغام", "آخرین پیام مه",
        "akharin peyghamame", "akharin payghamam", "akharin paygham e man", "akharin peygham e man",
        "in akharin peygham", "حلالم کنید", "حلالم کن$", "halalam konid", "halalam kon$",
        # electric shock, lightning, a live wire in water (a bill "قبض برق گرفتم" is not one)
        "به برق گیر", "برق گیر کرد", "برق گرفته شد", "برق زده شد", "برق زدگی", "برق بهم زد",
        "دستش به برق", "دستم به برق", "به سیم برق", "کرنت گرفت", "برق او را گرفت", "برق وی را گرفت",
        "bargh gereftesh", "barq gereftesh", "bargh gerefte shod", "barq gerefta", "be bargh gir",
        "be barq gir", "bargh zade shod", "barq zada",
        "سیم برق افتاد", "سیم برق تو آب", "سیم برق توی آب", "سیم برق در آب", "sim bargh oftad",
        "sime bargh oftad", "sim barq oftad", "sim bargh tu ab", "صاعقه زد", "صاعقه خورد بهش",
        "صاعقه بهش", "صاعقه بهم", "صاعقه گرفت", "برق آسمان زد", "برق آسمان خورد", "saeghe zad",
        "saeqe zad", "saeghe khord be", "bargh asman zad",
        # writing in secret: cannot write much, he must not see
        "نمیتونم زیاد بنویسم", "نمیتوانم زیاد بنویسم", "نمیتانم زیاد بنویسم", "زیاد نمیتونم بنویسم",
        "زیاد نمیتوانم بنویسم", "نمیتونم زیاد تایپ", "ببینه دارم مینویسم", "نبینه دارم مینویسم",
        "بفهمه دارم مینویسم", "ببینه دارم پیام", "بفهمه دارم پیام", "nemitunam ziad benevisam",
        "nemitoonam ziad benevisam", "ziad nemitunam benevisam",
        # a baby turning blue
        "kabood shode", "kabud shode", "kabud shuda", "kabood shod$", "kabud shud$", "کبود شد$",
        "کبود میش", "داره کبود", "kabood mish", "kabud mesh", "kabud mish", "dare kabood",
        "labash kabood", "labesh kabood", "labhash kabood",
        # chest pain in Finglish and Dari
        "dard-e sine", "dard-e sina", "dard e sina", "darde sina", "dard sina", "sinash dard",
        "qafase sine", "qafasa sina", "qafase-ye sine", "ghafaseye sine",
        "sinem dard", "sina dard", "sinaam dard",
        # suicide, indirect: sleeping forever, "you won't see me again", a last night, voices
        # giving orders, waking no more, pills kept ready, "better without me", a farewell
        "برای همیشه بخوابم", "برای همیشه بخوابه", "برای همیشه بخوابون", "برای همیشه میخوابون",
        "تا ابد بخوابم", "baraye hamishe bekhabam",
        "baraye hamishe bekhoabam", "دیگه منو نمیبینید", "دیگه منو نمیبینین",
        "دیگه منو نخواهید دید", "دیگر مرا نمیبینید", "دیگر مرا نخواهید دید", "دیگه مارو نمیبینید",
        "dige mano nemibini", "آخرین شبمه",
        "آخرین شب منه", "آخرین شب زندگیم", "akharin shabame", "دیگه بیدار نمیشم",
        "دیگر بیدار نمیشوم", "dige bidar nemisham", "قرصامو جمع", "قرص هامو جمع", "قرصهامو جمع",
        "ghorsamo jam", "قرصا هنوز زیر", "قرصا زیر تخت", "قرص ها زیر تخت", "همه از دستم راحت",
        "همه از دست من راحت", "hame az dastam rahat", "من نباشم بهتر", "من نباشم براشون بهتر",
        "نباشم برای بچه هام بهتر", "نباشم برای خانوادم بهتر", "age man nabasham behtar",
        "khaste shodam az zendegi", "az zendegi khaste", "فکر مردن", "fekre mordan",
        "خود ره بنداز", "خوده بنداز", "begid motasefam", "begin motasefam", "بگید متاسفم",
        "بگین متاسفم", "بگویید متاسفم", "فایده زندگی چیه", "زندگی چه فایده", "fayede zendegi chie",
        "fayde zendegi chie", "صداها میگن", "صداها بهم میگن", "صداهایی میشنوم", "صداهای تو سرم",
        "صدایی تو سرم", "تو سرم حرف میزن", "توی سرم حرف میزن", "sedaha migan", "tu saram harf",
        "to saram harf", "bepar az panjare", "az panjare bepar",
        "میگن کار بدی بکنم", "میگن کار بدی کنم", "میگه کار بدی بکنم", "میگن کار بد بکنم",
        "migan kare badi bokonam", "mige kare badi bokonam", "سر خود ره به دیوال",
        "سر خوده به دیوال", "سرشه به دیوال", "سرش را به دیوال", "سرشو به دیوار میزن",
        "سرش را به دیوار میزن", "سر خود را به دیوار", "سرشو میکوبه به دیوار",
        # an abuser: the phone broken (`$`: not "I broke my phone screen"), writing from a
        # neighbour's phone, afraid he comes back, beaten (Dari), locked in, someone waiting
        # outside the home, not going back to him, lying to the doctor about injuries
        "گوشیمو شکست$", "گوشیم رو شکست$", "گوشیم را شکست$", "تلفنمو شکست$", "goshimo shekast$",
        "gushimo shekast$", "با گوشی همسایه", "از گوشی همسایه",
        "با تلفن همسایه", "ba goshiye hamsaye", "ba gushiye hamsaye",
        "ba goshi hamsaye", "mitarsam bargarde", "میترسم برگرده", "مره زدن", "مره زد$",
        "ده خانه بند کد", "در خانه بند کرد", "در خانه بند کد", "ده خانه بند کرد", "ده اتاق بند کد",
        "در اتاق بند کرد", "بیرون خونه منتظرمه", "جلوی خونه منتظرمه", "جلو خونه منتظرمه",
        "دم خونه منتظرمه", "birun khune montazerame", "biroon khoone montazerame",
        "poshte dar vaistade", "poshte dar vaysade", "poshte dar istade",
        "دم در وایستاده", "جلوی در وایستاده", "برنمیگردم پیشش", "گفتم از دوچرخه افتادم",
        "به دکتر دروغ گفتم", "به داکتر دروغ گفتم", "گفتم خوردم به در",
        "در خانه بسته کرد", "در خانه بسته کد", "ده خانه بسته کرد", "ده خانه بسته کد",
        "در اتاق بسته کرد", "ده اتاق بسته کد", "مرا در خانه بسته", "مره ده خانه بسته",
        "ما را در خانه بسته", "مرا بسته کرد", "مره بسته کرد", "da khana band kard",
        "da khana band kad", "dar khana band kard", "da khana basta kard", "dar khane band kard",
        "da otaq band kard", "mara band kard", "mara basta kard", "تیلفونم را گرفت",
        "تلفنم را گرفت", "تیلفونمه گرفت", "تیلفونم ره گرفت", "مبایلم را گرفت",
        "telefonem ra gereft", "telefonam ra gereft", "tilfonam ra gereft", "mobailem ra gereft",
        "از تیلفون همسایه", "از تلفن همسایه", "با تیلفون همسایه", "از مبایل همسایه",
        "az telefon hamsaya", "az tilfon hamsaya", "az telefone hamsaye", "زندونی کرد", "زندونیم",
        "منو زندونی", "zendunim kard", "zendooni kard", "zendani kard", "نمیذاره برگردم",
        "نمیذارن برگردم", "nemizare bargardam",
        # forced marriage ("بزور" alone is "barely"), a passport hidden, married without consent
        "عروسیمه، بزور", "عروسیمه بزور", "عروسیم بزور", "بزور شوهرم بد", "بزور شوهرم مید",
        "بزور شوهرم داد", "بزور ازدواج", "بزور نکاح", "bezoor shoharam",
        "bezoor ezdevaj", "be zoor ezdevaj", "ببره ایران شوهرم", "ببرن ایران شوهرم",
        "ببره افغانستان شوهرم", "میخواد شوهرم بده", "پاسپورتمو قایم کرد",
        "بدون اجازه من نکاح", "بدون اجازه ام نکاح", "بدون رضایت من نکاح", "بدون اجازه من عقد",
        "ejaze-ye man nekah", "ejazeye man nekah", "ejaze ye man nekah",
        # sexual abuse and assault: touched where one must not be, "something happened I
        # cannot say", waking in a stranger's home
        "جایی که نباید بهش دست", "جاهایی که نباید دست", "جاهایی که نباید بهش دست",
        "جاهایی که نباید لمس", "اندام خصوصی",
        "jayi ke nabayad dast", "jaei ke nabayad dast",
        "چیزی شد که گفته نمیتان", "چیزی شده که گفته نمیتان", "چیزی شد که نمیتونم بگم",
        "چیزی شده که نمیتونم بگم", "چیزی شد که نمیتوانم بگویم",
        "chizi shod ke nemitoonam begam", "chizi shode ke nemitoonam begam",
        "chizi shod ke nemitunam begam", "دیشب اومد تو اتاقم", "شب اومد تو اتاقم",
        "خونه غریبه بیدار شدم", "خانه غریبه بیدار شدم", "جای غریبه بیدار شدم",
        # a child: grandparents' pills swallowed, a fall from a window, left in a hot car, gone
        # off with a stranger, small children alone since yesterday
        "madarbozorgesho khord", "madarbozorgamo khord", "pedarbozorgesho khord",
        "مادربزرگشو خورد", "مادربزرگمو خورد", "مادربزرگ رو خورد", "مادربزرگش را خورد",
        "az panjare oftad", "az panjere oftad", "bachamo tu mashin", "bachamo to mashin",
        "بچمو تو ماشین", "بچه رو تو ماشین جا", "بچه رو توی ماشین جا", "سوار ماشین غریبه",
        "savar mashin gharibe", "از دیروز تنهان", "مادرشون نیومده",
        # medical: a stiff neck with fever, a blue baby, heavy bleeding, writhing in pain, eyes
        # rolling up, purple spots, a fall and no speech (Dari), days without food, a fever of
        # 40, a fit (Dari "تکان تکان میخوره", "larza mekona"), bleeding that will not stop
        "تب داره و گردنش خشک", "تب داره، گردنش خشک", "بالاست، گردنش خشک", "بالاست و گردنش خشک",
        "گردنش خشک شده و تب", "tab dare va gardanesh khoshk", "نوزادم کبود", "نوزاد کبود شد",
        "بچم کبود شد", "خیلی خون اومد", "از درد به خودش میپیچ", "از درد به خود میپیچ",
        "چشاش رفت بالا", "چشماش رفت بالا", "چشمانش بالا رفت", "cheshash raft bala",
        "لکه های بنفش رو بدن", "لکه های بنفش روی بدن", "لکه بنفش رو بدن", "افتاده، گپ نمیزن",
        "افتاده گپ نمیزن", "افتاده و گپ نمیزن", "افتاد و گپ نمیزن", "روز است هیچ چیز نخورد",
        "تب 40", "تب 41", "tab 40", "tab 41", "tab dara 40", "tab dare 40", "تکان تکان میخور",
        "تکون تکون میخور", "تکان تکان میخرد", "takan takan mekhor", "tekun tekun mikhor",
        "larza mekon", "larza mikon", "چشمش بالا رفت", "چشمهایش بالا رفت", "چشم هایش بالا رفت",
        "چشماش بالا رفت", "چشاش بالا رفت", "cheshmesh bala raft", "cheshmash bala raft",
        "cheshmash raft bala", "cheshmesh raft bala", "خون بند نمیش", "خونش بند نمیش",
        "زخمش بند نمیش", "زخمش بند نمیا", "خون خیلی زیاد", "خون بسیار زیاد", "خیلی خون میر",
        "بسیار خون میر", "khun bas nem", "khun band nem", "khunesh bas nem", "khun bas nam",
        "khun band nam", "khunesh band nem", "khun ziad", "khoon ziad", "khun ziyad", "khun meya",
        "khun miya", "khun mia$", "khoon miya", "khoon mia$",
        # work accidents: buried in a trench, under rubble, caught in a machine or a press, a fall
        # from scaffolding or a roof, goods, a shelf or a wall fallen on someone, hit by a forklift,
        # chemicals in the eyes, a chainsaw, blood spurting
        "zir-e khak mund", "zire khak mund", "zir khak mund", "zir-e khak gir", "zire khak gir",
        "زیر خاک موند", "زیر خاک ماند", "زیر خاک گیر", "زیر آوار", "zir-e avar",
        "zire avar", "زیر دستگاه گیر", "دستش رفت تو دستگاه", "دستم رفت تو دستگاه", "دستش رفت لای",
        "دست همکارم رفت", "از داربست افتاد", "az darbast oftad", "بالای یک نفر ریخت",
        "روی یه نفر ریخت", "روی یک نفر ریخت", "روی یه نفر افتاد",
        "زیر پرس", "لای پرس", "zire pres", "zire maschine", "zire mashin", "zir e mashin",
        "انگشتاش قطع", "انگشتام قطع", "انگشتهاش قطع", "انگشت هایش قطع", "angoshtash ghat",
        "angoshtam ghat", "لیفتراک زد", "لیفتراک رفت رو", "زیر لیفتراک", "liftrak zad",
        "zire liftrak", "stapler zad", "ریخت رو یه", "ریخت روی یه", "ریخت رو یک", "ریخت روی یک",
        "ریخت رو کارگر", "ریخت روی کارگر", "دیوار ریخت رو", "دیوار افتاد رو", "دیوال افتاد",
        "دیوال ریخت", "زیر آجر", "زیر دیوار موند", "زیر دیوار گیر", "زیر دیوار ماند", "زیر دیوال",
        "divar rikht ru", "divar oftad ru", "zire ajor", "زیر قفسه", "قفسه افتاد رو",
        "قفسه ریخت رو", "zire ghafase", "zire qafase", "زیر جعبه ها", "پاش له", "دستش له", "پام له",
        "دستم له", "سرش له", "pash lah", "dastesh lah", "پاشید تو چشم", "پاشید توی چشم",
        "پاشید به چشم", "ریخت تو چشم", "ریخت توی چشم", "شیمیایی پاشید", "شیمیایی رفت تو چشم",
        "pashid tu cheshm", "pashid to cheshm", "rikht tu cheshm", "از سقف انبار", "از سقف سوله",
        "از روی سقف افتاد", "از بالای سقف افتاد", "کارگر از سقف", "همکارم از سقف", "az saghf oftad",
        "az saqf oftad", "az dar bast oftad", "az darbast aftad", "az darbast uftad",
        "az gerust oftad", "از گروست افتاد", "khun mipash", "khoon mipash", "خون میپاش",
        "خون فواره", "خون فوران", "اره برقی رفت", "اره برقی خورد", "اره رفت تو", "arre barghi raft",
        "arre barqi raft", "arre raft tu",
        # possessions given away, a man coming into the room at night (shelters)
        "انگشترمو دادم به", "انگشترم را دادم به", "شب میاد اتاق", "شبا میاد تو اتاق",
        "shab miad otagh", "shab miad otaq",
        # road and rail: a child hit or run over, under a lorry, a wheel or a train, a car
        # overturned with the driver stuck, hit-and-run, someone fallen on the tracks, a child
        # alone on a train, a tree fallen on someone ("ماشین" alone is ordinary, "ماشین زد" not)
        "رو ماشین زد", "را ماشین زد", "ره ماشین زد", "رو موتر زد", "را موتر زد", "ره موتر زد",
        "ماشین زد$", "موتر زد$", "موتر زدش", "موتر بهش زد", "mashin zad$", "mashin zadesh",
        "motar zad$", "motar zadesh", "زیر گرفت", "زیرش گرفت", "zir gereft", "زیر کامیون",
        "زیر اتوبوس", "زیر قطار", "زیر تریلی", "زیر چرخ", "زیر موتر", "زیر تراموا", "zire kamyun",
        "zire kamion", "zire charkh", "zire ghatar", "zire qatar", "zire otobus", "zire motar",
        "زد و فرار", "زد و در رفت", "زدن و فرار", "زدن و در رفتن", "zad o farar", "zad va farar",
        "zad o dar raft", "ماشین چپ", "موتر چپه", "چپه شد", "chapa shod", "chape shod",
        "mashin chap", "motar chapa", "راننده گیر", "داره بی حال میش", "داره بیحال میش",
        "dare bihal mishe", "تو ماشین تو آفتاب", "تو ماشین زیر آفتاب", "موتوری خورد زمین",
        "موتورسوار خورد زمین", "tasadof shod", "tasadof kard", "tasaduf shod", "tasaduf kard",
        "افتاد رو ریل", "افتاده رو ریل", "افتاد روی ریل", "افتاده روی ریل", "رو ریل افتاد",
        "روی ریل افتاد", "رو ریل قطار", "روی ریل قطار", "oftad ru rail", "oftade ru rail",
        "oftad ru reyl", "oftade ru reyl", "oftad ru gleis", "oftade ru gleis", "رو سکو موندم",
        "موندم رو سکو", "ماندم روی سکو", "روی سکو ماندم", "تو قطار تنهاست", "تو قطار تنها موند",
        "سالشه تنهاست", "سالشه و تنهاست", "یکی زیرشه", "یکی زیرش موند", "یکی زیرش گیر",
        "یه نفر زیرش", "یک نفر زیرش", "کسی زیرش", "زیرش گیر کرد", "زیرش مونده", "زیرش ماند",
        "زیر درخت گیر", "زیر درخت موند", "زیر درخت ماند", "درخت افتاد رو سر", "درخت افتاد روی سر",
        "درخت افتاد رو یه", "درخت افتاد روی یه", "درخت افتاد روی یک", "درخت افتاد رو یکی",
        "درخت افتاد رو بچ", "درخت افتاد روی بچ", "derakht oftad ru sar", "derakht oftad ru yeki",
        "zire derakht gir", "zire derakht mund", "yeki zireshe",
        # emergency in Dari ("امرجنسی"), smoke in the home, short Finglish cries
        "امرجنسی", "ایمرجنسی", "emerjensi", "دود دود", "^دود خونه", "^دود خانه", "dood khun",
        "dud khun", "dood khoon", "tasadof zood", "tasaduf zood", "تصادف زود", "دزد آمد",
        "دزد اومد",
        "lat o kob", "lat o kub", "lat-o-kob", "lat u kob", "lato kob",
        *(f"{who} {stroke}" for who in (
            "madaram", "pedaram", "mamanam", "babam", "shoharam", "madarbozorgam", "pedarbozorgam",
            "baradaram",
        ) for stroke in ("sekte", "sakte")),
        "sakte kar", "sakte zad",
        # breath gone or gasping, eyes that will not open, heat collapse, a heart stopped, a baby
        # turning blue, fever with shaking, eyes rolled up
        "نفسش نمیا", "نفسم نمیا", "نفس نمیا", "nafasam nemiad", "nafas nemiad", "نفس نفس میزنه",
        "نفس نفس میزند", "nafas nafas mizan", "چشماش باز نمیش", "چشمش باز نمیش", "چشم هاش باز نمیش",
        "چشمانش باز نمیش", "چشمایش باز نمیش", "چشم هایش باز نمیش", "cheshmash baz nemish",
        "cheshash baz nemish", "تو گرما افتاد", "از گرما افتاد", "در گرما افتاد", "از گرما غش",
        "tu garma oftad", "to garma oftad", "az garma oftad", "qalbesh vaist", "ghalbesh vaist",
        "qalbesh vayst", "ghalbesh vayst", "rang abi shod", "rangesh abi shod", "rangash abi shod",
        "cheshash bala raft", "tab dare larze", "tab dare va larze", "tab o larz",
        # a fall told the other way round ("افتاد از پنجره"), from scaffolding (Finglish)
        *(f"{fell} از {place}" for fell in ("افتاد", "افتاده", "پرت شد") for place in (
            "پنجره", "کلکین", "بالکن", "بام", "پشت بوم", "پله", "داربست",
        )),
        *(f"{fell} az {place}" for fell in ("oftad", "oftade")
          for place in ("panjare", "balkon", "bam", "posht bam", "darbast")),
        "az dastbast", "az dast bast oftad",
        # poisoning: descaler, a parent's medicine swallowed by a child
        *(f"{thing} {drunk}" for thing in (
            "جرمگیر", "جرمگیر کتری", "جرم گیر کتری", "رسوبگیر", "رسوب گیر", "ضد رسوب",
        ) for drunk in ("خورد", "رو خورد", "را خورد", "ره خورد", "نوشید", "قورت")),
        "jermgir khord", "jerm gir khord", "jermgir ro khord", "jermgir ra khord",
        *(f"{owner} {marker} خورد" for owner in (
            "مادرم", "پدرم", "مامانم", "بابام", "مادرکلانم", "پدرکلانم", "مادربزرگم", "پدربزرگم",
        ) for marker in ("را", "رو", "ره")),
        "دوای فشار خورد", "دوای قلب خورد", "دواهای فشار", "دوای شکر خورد",
        # a dog that will not let go, blood everywhere; hot oil or water on the skin; a snake
        # bite with a limb turning black
        "خون همه جا", "همه جا خون", "khun hame ja", "khoon hame ja", "hame ja khun",
        "hame ja khoon", "افتاده به جون بچ", "افتاد به جون بچ", "افتاده به جان طفل",
        "به جون بچه افتاد", "تیل داغ ریخت",
        "تیل داغ بالای", "تیل داغ روی", "til dagh rikht", "tel dagh rikht", "roghan dagh rikht",
        "roghane dagh rikht", "پوستش رفت", "پوستش کنده",
        "pustesh raft", "poostesh raft", "داغ بالای دست", "داغ روی دست", "داغ رو دست",
        "داغ بالای پا", "داغ روی پا", "داغ روی صورت", "داغ رو صورت", "پایش سیاه", "پاش سیاه",
        "دستش سیاه شد", "pais siyah", "pais siah", "paish siyah", "pash siah", "payash siah",
        "^مار پای", "^مار پاش", "^مار دست", "mar pai", "mar paye", "mar dast",
        # work: a forklift overturned, someone crushed under it, a hand in a factory machine,
        # a wall or a tree fallen on someone (Dari "بالای"), someone under it (Finglish)
        "لیفتراک برگشت", "لیفتراک چپ", "لیفتراک افتاد", "لیفتراک خورد به", "لیفتراک زدش",
        "liftrak bargasht", "liftrak chap", "liftrak oftad", "زیرش له", "زیر لیفتراک له",
        "ziresh leh", "zireshe leh", "ziresh lah", "ماشین فابریکه رفت", "ماشین فابریکه گیر",
        "ماشین کارخانه رفت", "ماشین کارخانه گیر", "ماشین کارخونه رفت", "ماشین کارخونه گیر",
        "رفت تو ماشین کارخ", "رفت توی ماشین کارخ", "رفت در ماشین فابریکه", "رفت در ماشین کارخ",
        *(form.format(who) for form in ("بالای {} افتاد", "افتاد بالای {}") for who in (
            "کارگر", "بچ", "طفل", "یک نفر", "یه نفر", "یکی", "مرد", "همکار", "پدر", "مادر", "برادر",
        )),
        "بالایش افتاد", "پایش زیر درخت", "پاش زیر درخت", "nafar zireshe", "kasi zireshe",
        "adam zireshe",
        # a flood: water filling the home, trapped on the roof or in the basement, through the
        # ice ("سیل" alone is Dari "look")
        "^سیلاب آمد", "^سیلاب اومد", "^سیل آمد", "^سیل اومد", "seyl umade", "seil umade",
        "seyl oomade", "seyl amade", "seil amade", "بام گیر", "پشت بوم گیر",
        "زیرزمین گیر", "zirzamin gir", "یخ شکست و", "یخ شکست افتاد", "زیر یخ$",
        "yakh shekast oftad", "yakh shekast o", "zire yakh$", "oftad tu ab", "oftade tu ab",
        "oftad to ab", "oftad dar ab",
        # a child alone on a train, the parent left on the platform
        "تنها تو قطار مون", "تنها توی قطار مون", "تنها در قطار ماند", "مامانش جا موند",
        "مادرش جا موند", "مادرش جا ماند", "باباش جا موند", "پدرش جا ماند", "بچم تو قطار موند",
        "بچه ام تو قطار موند", "بچه ام در قطار ماند", "طفلم در قطار ماند", "tanha tu qatar mund",
        "tanha tu ghatar mund", "mamanesh ja mund", "bacham tu qatar mund",
        # taken away: a child by strangers ("بچیم ره بردن"; "برد" alone is also the other
        # parent), dragged off, men storming a room, a door broken in, beaten with sticks
        *(f"{child} {marker} {took}" for child in (
            "بچیم", "بچم", "بچه ام", "طفلم", "اولادم", "دخترم", "پسرم",
        ) for marker in ("را", "ره", "رو") for took in ("بردن$", "بردند$")),
        "بچمو بردن$", "دخترمو بردن$", "پسرمو بردن$", "طفلمو بردن$", "گرفته و برده", "گرفتن و بردن",
        "گرفتند و بردند", "گرفت و برد$", "کشیدن بردن", "کشیدن و بردن", "کشیدند و بردند",
        "سوار کردن و بردن", "سوار کردن بردن", "سوار کرد و برد", "bord alan", "bordan alan",
        "bachamo bordan", "pesaramo bordan", "dokhtaramo bordan", "bacham ro bordan",
        *(f"{child} {keep}" for child in ("pesaramo", "dokhtaramo", "bachamo", "bachemo")
          for keep in ("nemizare bere", "nemizaran bere")),
        "پسرمو نمیذاره بره", "دخترمو نمیذاره بره", "بچمو نمیذاره بره",
        *(f"{stormed} {into}" for stormed in ("ریختن", "ریختند") for into in (
            "تو خونه", "توی خونه", "تو اتاق", "توی اتاق", "داخل خانه", "داخل خونه", "به خانه",
            "تو خانه",
        )),
        *(f"{door} {broke}" for door in ("در خونه", "در خانه", "در اتاق") for broke in (
            "رو شکست", "را شکست", "ره شکست", "رو شکوند",
        )),
        "در رو شکوند", "درو شکوند", "درو شکست", "در را شکست",
        *(f"{weapon} {beat}" for weapon in ("با چوب", "با میله", "با چماق", "با زنجیر")
          for beat in ("میزن", "زد", "زدن")),
        *(f"{weapon} {beat}" for weapon in ("ba chob", "ba chub", "ba choob", "ba mile")
          for beat in ("mizan", "mezan", "zad")),
        "ba botri shekaste", "ba butri shekaste", "با بطری شکسته", "با بوتل شکسته",
        "ba shishe shekaste", "با شیشه شکسته", "dombalam", "dombale man", "dumbalam",
        # standing on a roof or a bridge (Dari "بالای"), by or on the tracks, gone onto a bridge
        *(f"{on} {verb}" for on in (
            "بالای بام", "روی بام", "رو بام", "سر بام", "بالای پل", "روی پل", "رو پل", "سر پل",
            "پل راه آهن",
        ) for verb in ("ایستاد", "استاد", "وایساد", "وایستاد", "نشست")),
        "بالای بام هستم", "بالای بام استم", "روی بام هستم", "bala pol$", "balaye pol$",
        "bala-ye pol$", "rafte ru pol$", "rafte roo pol$", "mire ru pol$", "mire roo pol$",
        "رفته رو پل", "رفته روی پل", "رفته بالای پل",
        *(f"{self} {place}" for self in (
            "خود را از", "خودرا از", "خود ره از", "خودمو از", "خودم را از", "خودشو از",
        ) for place in ("کلکین", "پنجره", "بالکن", "پل", "بام", "پشت بوم")),
        *(f"{near} {verb}" for near in ("کنار ریل", "کنار خط ریل", "لب ریل", "کنار خط آهن")
          for verb in ("وایساد", "وایستاد", "ایستاد", "استاد", "نشست")),
        *(f"{near} {verb}" for near in ("kenar reyl", "kenare reyl", "kenar reyl ghatar",
                                        "kenar reyl qatar")
          for verb in ("vaisad", "vaysad", "istad", "nashast", "neshast")),
        "ru reyl", "roo reyl", "ruye reyl", "rooye reyl", "ریل دراز کشید", "رو ریل نشست",
        "روی ریل نشست", "رو ریل وایساد", "روی ریل ایستاد", "reyl deraz", "reyl qatar deraz",
        "که بیاد همه چی تموم",
        # suicide, indirect: wanting it all to end, a letter to one's children, forgive me and
        # I'm leaving (either alone is ordinary), leaving for good, no reason to live, "I wasn't
        # a good person", life worthless, a rope seen, not wanting to see the morning, the pills
        # gathered or in front of me, all of them taken, a last night, children left to God
        "میخوام تموم شه", "میخوام تموم بشه", "میخوام همه چی تموم", "میخواهم تمام شود",
        "mikham tamoom she", "mikham tamum she", "mikham tamoom beshe", "mikham tamum beshe",
        *(f"{kids} {letter}" for kids in (
            "بچه هام", "بچه هایم", "بچه هامو", "طفل هایم", "طفلهایم", "اولادهایم", "اولادهام",
        ) for letter in (
            "نامه نوشتم", "خط نوشتم", "نامه گذاشتم", "یادداشت نوشتم", "یادداشت گذاشتم",
        )),
        *(f"{kids} {letter}" for kids in (
            "bachehayam", "bachehaam", "bacheham", "bachaham", "awladhayam",
        ) for letter in (
            "khat neveshtam", "name neveshtam", "nameh neveshtam", "yaddasht neveshtam",
        )),
        *(f"{forgive}{sep}{going}" for forgive in (
            "منو ببخشید", "منو ببخشین", "منو ببخش", "مرا ببخشید", "مره ببخشید",
        ) for sep in (" ", "، ", ", ") for going in ("دارم میر", "من میر", "میرم$", "میروم$")),
        *(f"{forgive}{sep}{going}" for forgive in (
            "mano bebakhshin", "mano bebakhshid", "mano bebakhsh", "mara bebakhshid",
        ) for sep in (" ", ", ")
          for going in ("daram mir", "man mir", "man mer", "miram$", "merom$")),
        "میرم و دیگه برنمیگرد", "میرم دیگه برنمیگرد", "میرم و برنمیگرد", "میروم و دیگر برنمیگرد",
        "میروم و برنمیگرد", "miram va dige barnemigard", "miram o dige barnemigard",
        "miram dige barnemigard",
        "دلیلی واسه زنده", "دلیلی واسه زندگی", "دلیلی برا زنده", "دلیل واسه زنده", "دلیل برای زنده",
        "dalili baraye zende", "dalili vase zende", "dalili baraye zendegi", "dalili vase zendegi",
        "آدم خوبی نبودم", "پدر خوبی نبودم", "مادر خوبی نبودم", "adam khubi nabudam",
        "adame khubi nabudam", "adam khoobi naboodam", "زندگی بی ارزش", "زندگیم بی ارزش",
        "zendegi bi arzesh", "zendegim bi arzesh", "طناب دیدم", "طناب تو اتاقش", "طناب در اتاقش",
        *(f"{no} {when}" for no in ("نمیخوام", "نمیخواهم", "نمیخایم") for when in (
            "صبح ره ببینم", "صبح را ببینم", "صبح رو ببینم", "صبحو ببینم", "فردا ره ببینم",
            "فردا را ببینم", "فردا رو ببینم", "فردارو ببینم",
        )),
        *(f"{no} {when}" for no in ("nemikham", "nemekhaham", "nemikhaam") for when in (
            "sobh bebinam", "sobh ro bebinam", "sobh ra bebinam", "farda ro bebinam",
        )),
        *(f"{pills} {kept}" for pills in (
            "دواها", "دوا ها", "گولی ها", "گولیها", "قرص ها", "قرصا", "تابلیت ها",
        ) for kept in ("پیش رویم", "جلوی رویم", "را جمع", "ره جمع", "رو جمع", "جمع کردم")),
        "همه را میخورم", "همه ره میخورم", "همه رو میخورم", "هر چی قرص بود", "هرچی قرص بود",
        "هر چه قرص بود", "هر چه دوا بود", "هرچه دوا بود", "هر چی دارو بود", "هرچی دارو بود",
        "har chi qors bud", "har chi ghors bud", "harchi ghors bud", "harchi qors bud",
        "دواهای خواب را خورد", "دواهای خواب ره خورد", "دوای خواب را خورد", "همه دواهای خواب",
        "گولی های خواب", "گولی خواب", "شب آخر منه", "akharin shabe mane", "shabe akhare mane",
        *(f"{kids} {god}" for kids in (
            "اولادهایم را", "بچه هایم را", "بچه هامو", "بچه هام رو", "طفل هایم را",
        ) for god in ("خدا نگهدار", "به خدا میسپار", "به خدا میسپر")),
        "امشب دیگه نیستم",
        "emshab dige nistam", "خود را خلاص", "خودرا خلاص", "خود ره خلاص", "خوده خلاص",
        "پایین پریدن", "پریدن میخواهم", "پریدن میخوام", "همه چیز را تمام", "همه چیز ره تمام",
        "همه چی را تمام", "hame chiz ra tamam", "hamechiz ra tamam",
        *(f"{everything} {tonight} {end}" for everything in (
            "همه چیز را", "همه چیز ره", "همه چیز رو", "همه چی رو", "همه چیزو", "همه چیو",
        ) for tonight in ("امشب", "همین امشب") for end in ("تمام", "تموم")),
        "زندگی بس است", "زندگی بسه", "زندگی دیگه بسه", "zindagi bas", "zendegi bas",
        # panic with the heart stopping; someone on the stairs, behind the door, following or
        # right behind me (Dari "dumbalem", "پشت دروازه"); footsteps heard in the home
        *(f"{heart} {stop}" for heart in ("قلبم", "قلبش", "قلبم داره", "قلبش داره") for stop in (
            "وایمیس", "می ایست", "میایست", "داره وامیس", "وامیس", "ایستاد",
        )),
        *(f"{panic} {heart}" for panic in (
            "panik daram", "panic daram", "panik dare",
        ) for heart in (
            "qalbom", "ghalbam", "qalbam", "sine", "sina",
        )),
        *(f"{now} {stairs}" for now in ("الان تو", "الان توی", "الان در") for stairs in (
            "راه پله", "راهپله", "راهرو ساختمون", "راهروی ساختمان",
        )),
        "صدای پاش میا", "صدای پایش میا", "صدای پای کسی", "sedaye pash miad", "sedaye pash mia",
        *(f"{who} {behind} {door}" for who in (
            "کسی", "یکی", "یک نفر", "یه نفر", "یه مرد", "یک مرد",
        ) for behind in ("پشت",) for door in ("دروازه", "در$", "درب", "پنجره", "کلکین")),
        *(f"{who} {behind} {door}" for who in (
            "kasi", "yeki", "ye nafar", "yak nafar", "ye mard", "yak mard",
        ) for behind in ("pushte", "poshte", "posht e", "pusht e", "posht") for door in (
            "darwaza", "darvaze", "darvazeh", "dar$", "dare khune", "panjara", "panjere",
        )),
        *(f"{who} {follows}" for who in (
            "کسی", "یه مرد", "یک مرد", "یه نفر", "یک نفر", "kasi", "ye mard", "yak mard",
            "ye nafar", "yak nafar",
        ) for follows in (
            "دنبالمه", "دنبالم است", "دنبالم کرده", "دمبالم", "dumbalem", "donbalem", "donbalame",
            "dombalem", "dunbalem", "donbalam kard", "donbalam mikone",
        )),
        "dumbalem amada", "dumbalem amade", "الان پشت سرم", "alan pushte sarem",
        "alan poshte saram", "alan poshte sarame",
        # a child locked or alone in a car (keys locked in a car are an idiom)
        *(f"{car} {locked}" for car in (
            "تو ماشین", "توی ماشین", "داخل ماشین", "در موتر", "تو موتر", "داخل موتر",
        ) for locked in ("قفل مونده", "قفل مانده", "قفل شده", "قفله", "قفل است")),
        *(f"{car} {locked}" for car in (
            "dar motor", "tu motor", "too mashin", "tu mashin", "to mashin", "dakhel mashin",
        ) for locked in ("qolf", "qulf", "ghofl", "qofl", "ghofle", "qolf mand")),
        *(f"{kid} {alone}" for kid in (
            "bacha", "bache", "tefl", "tifl", "بچه", "طفل",
        ) for alone in (
            "tanha dar motor", "tanha tu mashin", "tanha too mashin", "تنها در موتر",
            "تنها تو ماشین", "تنها توی ماشین",
        )),
        # low sugar: shaking and sweating, speech gone strange (Dari "گپ هایش معلوم نیست")
        *(f"{shake} {sweat}" for shake in (
            "میلرزه", "میلرزد", "لرزه داره", "لرزه دارد", "melarza", "melarze", "milarze",
            "larza dara", "larze dare",
        ) for sweat in ("خیس عرق", "عرق کرده", "عرق کده", "عرق میکن", "araq", "aragh")),
        *(f"{sugar} {low}" for sugar in (
            "قندش", "قندم", "قند خونش", "شکرش", "qandesh", "ghandesh", "shakaresh",
        ) for low in ("پایین رفته", "پایین افتاده", "افتاده", "paiin rafta", "paeen rafte")),
        "paiin rafta melarz", "پایین رفته لرز", "پایین رفته میلرز", "حرف زدنش عوض شد",
        "حرف زدنش عجیب شد", "گپ هایش معلوم نیست", "گپ هایش فهمیده نمیش",
        # asthma without the spray
        "آسمم گرفت", "آسمش گرفت", "حمله آسم", "asmam gerefte", "asmesh gerefte",
        *(f"{asthma} {spray} {none}" for asthma in (
            "astma", "asthma", "asm", "آسم", "نفس تنگی", "تنگی نفس", "nafas tangi",
        ) for spray in ("spray", "espray", "ispray", "اسپری", "اسپره", "افشانه") for none in (
            "nist", "nadaram", "nadare", "tamom", "ندارم", "نداره", "نیست", "تموم",
        )),
        # a baby limp or dried out: no milk, no crying, eyes not opening
        *(f"{baby} {dry}" for baby in (
            "نوزادم", "نوزاد", "بچم", "بچه ام", "طفلم", "شیرخوارم", "nozadam", "bacham",
        ) for dry in ("کم آب شده", "کم آبی گرفته", "kam ab shode", "kam ab shoda")),
        "شیر نمیخوره سست", "شیر نمیخوره بی حال", "سست افتاده", "شل شده گریه", "گریه هم نمیکن",
        "چشماش باز نمیش", "چشمهایش باز نمیش", "bihal shoda chashm", "chashm hayish baz nam",
        "chashmash baz nemish",
        # waters broken early, bleeding in pregnancy
        "کیسه آبم زود", "کیسه آبم پاره", "کیسه آبش پاره", "کیسه آب پاره", "کیسه آبم ترکید",
        "آبم رفت", "آبم پاره شد", "ab e ma raft", "abe ma raft", "abam raft", "abe man raft",
        "kiseye abam pare", "kise ab pare",
        *(f"{bleed} {preg}" for bleed in (
            "خون ریزی دارم", "خونریزی دارم", "khun rezi daram", "khunrizi daram", "khon rezi daram",
            "khoonrizi daram", "khun rizi daram",
        ) for preg in ("حامله", "باردار", "hamela", "hamele", "bardar")),
        *(f"{preg} {bleed}" for preg in (
            "باردارم", "حامله ام", "حامله هستم", "حامله استم", "hamela astom", "hamele hastam",
            "bardaram", "hamela hastom",
        ) for bleed in ("خون", "khon", "khun", "khoon")),
        "باردارم نمیتونم راه",
        # a magnet or a battery swallowed
        *(f"{thing} {ate}" for thing in (
            "آهنربا", "آهن ربا", "باتری", "باطری", "باتری قلمی", "batari", "batri", "magnet",
            "ahanroba", "ahan roba",
        ) for ate in (
            "خورده", "خورد$", "قورت داد", "را قورت", "ره قورت", "رو قورت", "قورت کده", "khorda",
            "khorde", "khord$", "qurt kada", "ghoort dad", "qurt dad", "ghurt dade",
        )),
        *(f"{pills} {gp}{his} {ra} {ate}" for pills in (
            "tabletaye", "tablet haye", "qorsaye", "ghorsaye", "dawaye",
        ) for gp in ("madarkalan", "padarkalan", "madarbozorg", "pedarbozorg")
          for his in ("esh", "ash", "am", "em", "") for ra in ("ra", "ro")
          for ate in ("khorda", "khorde", "khord$")),
        # honour and family threats: coming to kill me, "will finish me", "kill all of you"
        *(f"{coming} {me} {kill}" for coming in (
            "دارن میان", "دارند میایند", "میان", "میاین",
        ) for me in (
            "منو", "مرا", "مره", "مه ره",
        ) for kill in ("بکشن", "بکشند", "بزنن", "بزنند")),
        *(f"{ke} {me} {kill}" for ke in ("ke", "که") for me in (
            "mara", "mano", "mera", "منو", "مرا", "مره",
        ) for kill in ("bezanan", "bezanand", "bokoshan", "bokoshand", "بکشن", "بکشند")),
        "کارمو تموم میکنه", "کارم را تمام میکند", "کارمه تمام میکنه", "کارم ره تمام میکنه",
        "امشب کارمو تموم", "karamo tamom mikone", "karema tamam mekona",
        *(f"{all_} {kill}" for all_ in (
            "همه تان ره", "همه تانه", "همه تان را", "همتونو", "همه تونو", "همه تون رو",
        ) for kill in ("میکشم", "میکشیم", "میکشه", "میکشن")),
        "mekoshom tura", "mekoshomet", "mikoshamet", "tura mekoshom", "toro mikosham",
        "nang e ma ra", "nange ma ra", "ننگ ما ره", "ننگ ما را", "ننگمونو",
        "به زور مه ره میبر", "به زور مره میبر", "میبرن میزنن",
        # children taken abroad tonight
        *(f"{a} {b} به {land}" for a, b in (
            ("امشب", "اولادا ره"), ("امشب", "اولادها را"), ("امشب", "بچه ها رو"),
            ("امشب", "بچه ها را"), ("امشب", "بچه هارو"), ("امشب", "بچمو"), ("امشب", "طفلم ره"),
            ("اولادا ره", "امشب"), ("بچه ها رو", "امشب"), ("بچه ها را", "امشب"),
        ) for land in ("افغانستان", "ایران", "ترکیه", "پاکستان", "عراق", "سوریه")),
        *(f"{a} {b} {to} {land}" for a, b in (
            ("emshab", "awlada ra"), ("awlada ra", "emshab"), ("emshab", "bachehara"),
            ("emshab", "bache haro"), ("bache haro", "emshab"), ("awlada ra", "imshab"),
        ) for to in ("ba", "be") for land in (
            "afghanistan", "iran", "turkiye", "torkiye", "pakistan", "iraq", "syria",
        )),
        # a burglar in the home, hiding in a wardrobe
        *(f"{thief} {inside} {home}" for thief in ("دزد", "دزدا", "دزدها") for inside in (
            "تو", "توی", "در", "داخل", "اومده تو", "آمده در", "اومده",
        ) for home in ("خونه", "خونست", "خانه", "خونمون", "خانه ما", "اتاق")),
        *(f"{thief} {inside} {home}" for thief in ("dozd", "duzd", "dozdha") for inside in (
            "tu", "too", "dar", "dakhele", "omade tu",
        ) for home in ("khune", "khoone", "khana", "khane", "khunast")),
        "در الماری پت", "تو کمد قایم شدم", "dar almari pet",
        # a fight with blood or injured people (a Heim, a flat)
        *(f"{fight} {hurt}" for fight in (
            "دعوا", "دعوا شده", "جنگ شده", "دعوا شد", "jang shoda", "jang shode", "dawa shoda",
            "dava shode", "daawa shode",
        ) for hurt in (
            "خون$", "خونی", "زخمی", "چاقو", "دو نفر زخمی", "zakhmi", "du nafar", "do nafar",
            "khun$", "chaqu",
        )),
        "nafar zakhmi", "نفر زخمی شد",
        # carbon monoxide: everybody's head, the heater on
        *(f"{dizzy} {heater}" for dizzy in (
            "چرخ میخوره", "چرخ میخورد", "سرگیجه داریم", "سر درد داریم", "sar charkh mekhora",
            "sar charkh mikhore", "sar dard dareim", "sar dard darim",
        ) for heater in ("بخاری روشن", "بخاری", "bokhari roshan", "bokhari")),
        "سر همه ما درد", "سر همه مون درد", "hama famil sar dard", "hame sar dard darim",
        # a seizure that will not stop (Dari "مرگی")
        "مرگی گرفت", "مرگیش گرفت", "مرگی اش گرفت", "مرگی اش بند", "mergi gerefta",
        *(f"مرگی {who} بند" for who in (
            "بچیم", "بچه ام", "بچم", "پسرم", "دخترم", "طفلم", "شوهرم", "مادرم", "پدرم",
        )),
        # a husband not home since last night with a goodbye; a knife and voices; a fall
        "khodahafezi bod", "khodahafezi bud", "khodahafezi bood", "خداحافظی بود",
        *(f"{since} {home} {notcome}" for since in ("az dishab", "az parishab") for home in (
            "khana", "khune", "khoone",
        ) for notcome in ("nayamada", "nayomade", "nayamade")),
        "از دیشب خانه نیامده", "از دیشب خونه نیومده", "از دیشب خونه نیامده",
        *(f"{knife} {took}" for knife in ("kard", "chaqu", "chaghu", "چاقو", "کارد") for took in (
            "dastesh", "dastash", "دستشه", "dastesh hast", "dastash as",
        )),
        "awaz mishnawa", "awaz meshnawa", "sedaha mishnave", "صداها میشنوه", "آواز میشنوه",
        *(f"{who} افتاده" for who in (
            "مادرم", "مامانم", "پدرم", "بابام", "مادربزرگم", "پدربزرگم", "مادرکلانم",
            "پدرکلانم", "شوهرم",
        )),
        # calm emergencies (asked as "is it normal?", "should we wait?"): a baby limp and not
        # responding, breathing little or in pauses, grey skin, a fever rash that does not fade
        # under pressure, a fever with a stiff neck, light unbearable, fruity breath in a diabetic,
        # sweating and confusion, the worst headache of one's life, the eyes going dark, a face
        # or lips swelling, wheezing and rattling breath, shaking after smoking something
        *(f"{limp} {unresponsive}" for limp in (
            "^شل شده", "^شل شده و", "بیحال شده و", "بی حال شده و", "بیحاله و", "بیحال است و",
            "^شل افتاده و", "یه جوری شل شده", "shol shode", "shol shode va", "bihal shode va",
        ) for unresponsive in (
            "جواب نمید", "جواب نمیته", "واکنش نمید", "واکنش نشون نمید", "چشماشو باز نمیکن",
            "بیدار نمیش", "javab nemid", "vakonesh nemid",
        )),
        "بدنش شل", "دست و پاش شل", "شل و بی حال", "شل و بیحال", "badanesh shol",
        "kam nafas", "sakht nafas", "be sakhti nafas", "کم نفس میکش", "به سختی نفس", "سخت نفس میکش",
        "نفسش قطع", "نفسش هی قطع", "نفسم قطع", "نفس کشیدنش قطع", "nafasesh ghat", "nafasesh qat",
        "رنگش خاکستری", "پوستش خاکستری", "پوستش کبود", "rangesh khakestari",
        "لکه های ریز بنفش", "ریز بنفش", "با فشار دادن محو", "با فشار محو",
        "با فشار دادن کم رنگ نمیش", "با فشار کمرنگ نمیش", "با فشار دادن از بین نمیر",
        "با لیوان محو", "ba feshar mahv", "ba feshar dadan mahv",
        "تب داره و گردنش", "تب داره، گردنش", "تب داره گردنش", "تب دارد و گردنش", "سفتی گردن",
        "تب و گردن درد", "tab dare va gardanesh", "روشنی دیده نمیتان", "به روشنی دیده نمیتان",
        "نمیتونه به نور نگاه",
        "نمیتانه به نور", "نمیتواند به نور نگاه",
        "نفسش بوی میوه", "بوی میوه میده", "بوی استون", "nafasesh boye mive", "boye aseton",
        *(f"عرق کرده و {confused}" for confused in (
            "گیج", "میلرز", "بیحال", "بی حال", "هیچی نمیفهم",
        )),
        "خیس عرق و گیج", "گیج شده و عرق", "aragh karde va gij",
        "بدترین سردرد", "بدترین سر درد", "badtarin sardard", "badtarin sar dard", "سردرد ناگهانی",
        "چشماش سیاهی", "چشمش سیاهی", "چشمم سیاهی", "چشمام سیاهی", "چشمانش سیاهی", "چشمانم سیاهی",
        "cheshmash siahi", "cheshmam siahi", "cheshmash siyahi", "cheshmam siyahi",
        *(f"{part} {swells}" for part in (
            "صورتش", "لبش", "لباش", "لب هاش", "لبهایش", "زبونش", "زبانش",
        ) for swells in ("پف کرده", "ورم کرده", "باد کرده", "ورم کد", "پندیده")),
        "گلوش داره بسته", "گلوم داره بسته", "sooratesh pof", "sooratesh varam", "labash varam",
        "نفسش خرخر", "نفسش خس خس", "صدای خس خس", "خس خس میده", "nafasesh khes khes",
        "nafasesh khor khor", "^لرزه میکنه و", "^لرزه میکند و", "بدنش لرزه", "جانش لرزه",
        "چیزی دود کده", "چیزی دود کرده", "yek chizi dood karde",
        "ye chizi dood karde",
        # a child left for hours or alone in a car
        *(f"{hours} {car} {left}" for hours in ("ساعت", "ساعته", "ساعت است") for car in (
            "ده موتر", "در موتر", "داخل موتر", "تو ماشین", "توی ماشین", "در ماشین", "داخل ماشین",
        ) for left in ("مانده", "مونده", "جا مانده", "جا مونده", "جا موند")),
        *(f"{car} تنها {left}" for car in (
            "ده موتر", "در موتر", "داخل موتر", "تو ماشین", "توی ماشین", "در ماشین", "داخل ماشین",
        ) for left in ("مانده", "ماند", "مونده", "موند", "گذاشت")),
        "saat to mashin monde", "saat too mashin monde", "to mashin tanha gozasht",
        "to mashin tanha mond",
        # pregnancy: bleeding ("خون میبینه"), a sharp pain on one side, the waters broken early,
        # the baby not moving
        "خون میبین", "^بسیار خون$", "^خیلی خون$", "khoon mibin", "khun mibin", "kheili khoon$",
        "درد تیز یه طرف", "درد تیز یک طرف", "درد خیلی تیز یه طرف", "درد خیلی تیز یک طرف",
        "تیز یه طرف شکم", "تیز یک طرف شکم", "یه طرف شکمم درد شدید", "یک طرف شکمم درد شدید",
        *(f"^{water} {broke}" for water in (
            "آبم", "آب مه", "آبش", "آب من", "کیسه آبم",
        ) for broke in (
            "ریخت", "رفت", "پاره شد", "راه افتاد",
        )),
        "abam rikht", "abam pare shod", "kise abam",
        "hes nemikonam tekon", "hes nemikonam harekat", "harekatesho hes nemikonam",
        "tekonasho hes nemikonam", "bache tekon nemikhore", "bache harekat nemikone",
        "حس نمیکنم تکون", "تکوناشو حس نمیکنم", "تکونش رو حس نمیکنم", "حرکتشو حس نمیکنم",
        "حرکت بچه رو حس نمیکنم", "حرکات بچه کم شده", "تکون خوردن بچه رو حس نمیکنم",
        # poisoning: a dishwasher or laundry tablet bitten, a cleaner named afterwards, rat
        # poison, iron pills, someone's pills and not knowing how many, a double dose (Finglish),
        # a heart gone slow
        *(f"{substance} {bit}" for substance in (
            "ظرفشویی", "لباسشویی", "شوینده", "کپسول لباسشویی",
        ) for bit in (
            "گاز زد", "رو گاز", "را گاز", "ره گاز", "گاز گرفت", "رو جوید", "را جوید", "جوید",
        )),
        *(f"{substance} بود" for substance in (
            "سفیدکننده", "سفید کننده", "وایتکس", "جوهر نمک", "جوهرنمک", "شوینده", "مایع ظرفشویی",
            "لوله بازکن", "لوله باز کن", "سم موش", "مرگ موش", "موش کش", "ضدیخ", "ضد یخ",
        )),
        "اشتباهی از بطری", "اشتباهی از شیشه", "اشتباهی نوشید", "اشتباهی سر کشید",
        *(f"{poison} {ate}" for poison in (
            "موش کش", "موشکش", "سم سوسک", "سوسک کش", "سم حشره", "moosh kosh", "mush kosh",
        ) for ate in (
            "خورده", "خورد$", "خوردم", "رو خورد", "را خورد", "ره خورد", "نوشید", "سر کشید", "قورت",
            "khorde", "khord$", "khordam",
        )),
        *(f"{pills} {kind} {whose}خورد" for pills in (
            "قرصای", "قرص های", "قرصهای", "دواهای", "داروهای", "تابلیت های",
        ) for kind in ("آهن", "خواب", "قلب", "فشار", "قند", "اعصاب", "ویتامین") for whose in (
            "", "منو ", "مرا ", "مره ", "رو ", "را ", "ره ", "مادرم رو ", "مامانمو ",
        )),
        "قرصای آهنمو خورد", "قرص آهنمو خورد", "ghorsaye ahan ro khord", "ghorsaye ahanamo khord",
        "ghorse ahan khord",
        "خورده، نمیدونم چند", "خورده، نمیدانم چند", "خورد، نمیدونم چند", "خورد، نمیدانم چند",
        "خورده و نمیدونم چند", "khorde, nemidunam chand", "khorde, nemidoonam chand",
        "eshtebahi 2 bar", "eshtebahi do bar", "eshtebahi dobar", "eshtebahi ghors",
        "eshtebahi daroo", "eshtebahi daru", "2 bar khorde", "do bar khorde", "dobar khorde",
        "ضربان قلبش خیلی آروم", "ضربان قلبش خیلی کم", "ضربان قلبش کند", "ضربانش خیلی کند",
        "zaraban ghalbesh kheili arom", "zaraban ghalbesh kam", "zarabane ghalbesh kam",
        "zarabane ghalbesh kheili arom",
        # wild mushrooms eaten, everybody sick at once
        *(f"قارچ {picked} و {ate}" for picked in (
            "چیدیم", "چید", "جمع کردیم", "جمع کرد", "چیده بودیم",
        ) for ate in ("خوردیم", "خورد", "پختیم")),
        "gharch chidim va khordim", "همه اسهال", "همه مون اسهال", "همه ما اسهال", "همگی اسهال",
        # a head hit in a fall, seeing double
        *(f"{head} به {surface} خورد" for head in (
            "سرش", "سرم", "سرشو", "سر بچه", "سر پدرم", "سر مادرم",
        ) for surface in ("زمین", "دیوار", "یخ", "پله", "لبه", "جدول", "میز")),
        "سرش محکم خورد", "سرم محکم خورد", "sarash be zamin khord", "saresh be zamin khord",
        *(f"{obj} {two} میبین" for obj in ("را", "رو", "ره", "همه چیز", "همه چی", "چیزا")
          for two in ("دوتا", "دو تا")),
        "دوبینی", "dota mibine", "do ta mibine",
        # water rising indoors, smoke in the stairwell, everybody dizzy at home (carbon monoxide)
        *(f"آب تا {level}" for level in ("زانو", "کمر", "زانومون", "کمرمون", "زانوی", "کمرم")),
        "ab ta zanu", "ab ta zano", "ab ta kamar",
        "^دود اس$", "^دود است$", "^دود هست$", "dood ast$", "dud as$",
        *(f"{hall} {smoke}" for hall in ("دهلیز", "راهرو", "راه پله", "پله ها") for smoke in (
            "دود گرفته", "دود سیاه", "پر دود", "دود اس$", "دود است$",
        )),
        *(f"{everyone} {symptom}" for everyone in (
            "همه مون", "همه ما", "همگی", "همه مان",
        ) for symptom in (
            "سرمون گیج", "سرمون درد", "سرگیج", "سر گیج", "سردرد", "سر درد", "حالت تهوع",
        )),
        "همه سرمون گیج", "همه سرمون درد", "hamamun sargije", "hamamoon sargije", "hamamun sardard",
        "hamamoon sardard", "hame sarmun gij",
        # children beaten (also asked "if he hits them"), a threat to take a child away, someone
        # waiting outside the Kita or work, "if you don't come out", someone at the window,
        # knowing one's addresses, touching at work, force (Finglish), locked in (Dari)
        *(f"{children} {hit}" for children in (
            "بچه ها رو", "بچه ها را", "بچه هارو", "بچه ها ره", "بچه هامو", "بچه هایم را",
            "اولادها را", "اولادهایم را",
        ) for hit in ("بزنه", "بزند", "میزن", "مزن", "لت میکن", "لت کد", "کتک بزن", "کتک میزن")),
        "bache haro mizan", "bache ha ro mizan", "bache haro bezane", "bache ha ro bezane",
        *(f"{says} {child} با {self} {take}" for says in (
            "میگه", "گفته", "تهدید کرده", "تهدید میکنه", "تهدید میکند",
        ) for child in (
            "بچه رو", "بچه را", "بچه ره", "بچه ها رو", "بچه ها را", "بچه هارو", "بچمو", "بچه مو",
            "بچه امو", "بچه ام را", "پسرمو", "پسرم را", "دخترمو", "دخترم را", "طفلم را",
            "اولادم را",
        ) for self in ("خودش", "خود") for take in ("میبر", "میبرم")),
        "mige bache ro ba khodesh mibare", "mige bachamo ba khodesh mibare",
        *(f"{where} {stands}" for where in (
            "بیرون کیتا", "جلوی کیتا", "جلو کیتا", "دم کیتا", "بیرون مدرسه", "جلوی مدرسه",
            "دم مدرسه", "بیرون مکتب", "بیرون محل کارم", "جلوی محل کارم",
        ) for stands in ("وایساد", "وایستاد", "ایستاد", "استاده")),
        "اگه بیرون نیای", "اگر بیرون نیایی", "اگه نیای بیرون", "اگر نیایی بیرون", "age biron nayay",
        "age birun nayay", "age nayay biron", "age nayay birun", "age biroon nayay",
        "پشت پنجره اتاق", "پشت پنجرم", "پشت پنجره ام", "پشت پنجرمون", "پشت پنجره وایس",
        "پشت پنجره ایستاد", "پشت پنجره است", "پشت پنجرست", "posht panjare",
        "آدرسامو داره", "آدرسمو پیدا کرده", "آدرسم را پیدا کرده", "adresamo dare",
        *(f"{me} دست {touch}" for me in (
            "مره", "مرا", "منو", "به مه", "به من", "بهم",
        ) for touch in (
            "میزن", "میزند", "زد", "مالید",
        )),
        "mano dast mizan", "mara dast mezan", "behem dast mizan",
        "be zor bahat", "be zor baham", "be zor bahash", "ba zor baham", "ba zor bahash",
        "be zoor bahat", "be zoor baham", "be zoor bahash", "khoonriz", "khunriz",
        "قفل استم", "قفل هستم", "قفل هستیم", "قفل استیم", "qolf astam", "ghofl hastam",
        # a stranger luring a child into his car, a car circling the house
        *(f"بیا {into}" for into in (
            "ده موترم", "در موترم", "تو ماشینم", "توی ماشینم", "سوار ماشینم", "سوار موترم",
        )),
        "bia to mashinam", "bia savar mashinam",
        *(f"{home} دور {circles}" for home in ("خانه ما", "خونه ما", "خونمون", "خانه ما را")
          for circles in ("میزن", "میگرد", "میچرخ")),
        # lost from home or school (Dari), a train passing where one is now, "I'm gone" (Dari),
        # tonight it is over
        *(f"از {where} گم" for where in ("خانه", "خونه", "مکتب", "مدرسه", "کیتا")),
        "کنار ریل$", "روی ریل$", "لب ریل$", "کنار ریل قطار", "روی ریل قطار", "روی ریلا",
        "کنار خط آهن", "روی خط آهن", "لب خط آهن", "روی خط قطار", "کنار خط قطار", "زیر قطار",
        *(f"{front} قطار {jump}" for front in ("جلوی", "جلو", "خودمو جلوی", "خودم را جلوی")
          for jump in ("بپر", "میپر", "بنداز", "میندا", "برم", "بروم")),
        "نزدیک ایستگاه رد میش", "کنار ایستگاه رد میش", "قطار سریع کی رد", "قطار کی از اینجا رد",
        "قطارا کی رد میش", "ghatar sari ki rad", "jeloye ghatar bepar", "zire ghatar",
        "مه دیگه نیستم", "مه دیگر نیستم", "man dige nistam", "ma dige nistam",
        *(f"امشب {over}$" for over in (
            "دیگه تمومه", "دیگه تمام است", "دیگه تمام اس", "همه چی تمومه", "همه چیز تمومه",
            "همه چیز تمام است", "همه چیز تمام اس",
        )),
        "emshab dige tamome$", "emshab hame chi tamome$",
        # asking how to die without pain; a stranger about to take a child
        "بدون درد مرد", "بدون درد بمیر", "بی درد بمیر", "بی دردی بمیر", "غریبه میخواد بچ",
        "غریبه میخواد پسر", "غریبه میخواد دختر", "غریبه میخواد طفل", "غریبه میخواست بچ",
        # someone pounding on the door, an ex outside it now
        *(f"{door}{obj}{bang}" for door in ("در", "درب", "دروازه")
          for obj in (" رو ", " را ", " ره ", "و ") for bang in (
            "میکوب", "داره میکوب", "محکم میکوب", "محکم میزن", "با مشت میزن", "با لگد میزن",
            "لگد میزن", "مشت میزن", "میشکن", "داره میشکن",
          )),
        *(f"{bang} به {door}" for door in ("در", "درب", "دروازه") for bang in (
            "میکوبه", "میکوبد", "میکوبن", "میکوبند", "مشت میزنه", "مشت میزند", "لگد میزنه",
            "لگد میزند", "مشت میکوب", "لگد میکوب",
        )),
        *(f"به {door} {bang}" for door in ("در", "درب", "دروازه")
          for bang in ("لگد میزن", "مشت میزن", "میکوب", "لگد", "مشت")),
        "مشت میکوب", "لگد میکوب",
        *(f"{door} {obj} {bang}" for door in ("dar", "darb", "darvaze", "darvaza")
          for obj in ("ro", "ra", "o", "re") for bang in (
            "mikob", "mikub", "mohkam mizan", "lagad mizan", "mosht mizan", "mishkan", "mishekan",
          )),
        *(f"{bang} be {door}" for door in ("dar", "darvaze", "darvaza")
          for bang in ("mikobe", "mikube", "mikobad", "lagad mizane", "mosht mizane")),
        *(f"be {door} {bang}" for door in ("dar", "darvaze", "darvaza")
          for bang in ("lagad", "mosht", "mikob", "mikub")),
        *(f"{ex} {at}" for ex in (
            "شوهر سابقم", "شوهر قبلیم", "شوهر سابق", "همسر سابقم", "همسر قبلیم", "نامزد سابقم",
            "نامزد قبلیم", "دوست پسر سابقم", "دوست پسر قبلیم", "شوهر سابق خواهرم", "شوهر سابقش",
        ) for at in (
            "پشت در", "دم در", "جلوی در", "جلو در", "جلوی خونه", "جلوی خانه", "جلو خونه",
            "دم خونه", "پشت دروازه", "بیرون خونه", "بیرون خانه", "بیرون وایساده", "اومده دم",
            "آمده دم", "اومده جلوی", "آمده جلوی", "الان اینجا", "الان پشت", "الان جلوی", "الان دم",
            "الان بیرون",
        )),
        *(f"{ex} {at}" for ex in (
            "shohare sabegham", "shohar sabegham", "shohare ghablim", "shohar ghablim",
            "namzade sabegham", "namzad sabegham", "namzade ghablim", "namzad ghablim",
        ) for at in (
            "posht-e dar", "posht dar", "poshte dar", "posht e dar", "dam-e dar", "dame dar",
            "dam e dar", "jeloye dar", "jeloye khune", "jeloye khoone", "alan inja", "alan posht",
            "alan jeloye", "alan dam",
        )),
        # a throat, tongue or lips swelling now ("گلوش داره ورم میکنه")
        *(f"{part} {swells}" for part in (
            "گلوش", "گلویش", "گلوم", "زبونش", "زبانش", "زبونم", "لبش", "لباش", "لبهاش", "لبهایش",
        ) for swells in (
            "داره ورم میکن", "ورم میکن", "ورم کرد", "داره باد میکن", "باد میکن", "متورم",
            "داره پف میکن", "پف کرده",
        )),
        *(f"صورتش {swells}" for swells in ("داره ورم میکن", "داره باد میکن", "داره متورم")),
        *(f"{part} {swells}" for part in ("galosh", "galoosh", "galush", "zabunesh", "zabanesh")
          for swells in ("dare varam", "varam mikon", "varam kard", "dare bad mikon", "bad kard")),
        # pills held in the hand, ready to be taken ("قرصا تو دستشه", "kolli qors tu dastesh")
        *(f"{pills} {obj}{in_} {hand}" for pills in (
            "قرص", "قرصا", "قرص ها", "قرصها", "قرصای", "قرصهای", "قرص های", "تابلیت", "تابلیتها",
            "تابلیت ها",
        ) for obj in ("", "رو ", "را ") for in_ in ("تو", "توی", "در")
          for hand in ("دستم", "دستش", "مشتم", "مشتش")),
        *(f"{pills} {in_} {hand}" for pills in (
            "qors", "ghors", "qorsa", "ghorsa", "qorsha", "ghorsha", "qors-ha", "ghors-ha",
            "qorsaro", "ghorsaro",
        ) for in_ in ("tu", "to", "dar") for hand in ("dastam", "dastesh", "dastash", "mushtam")),
        # farewells, told calmly: not here from tomorrow, "I'm no more", no longer bothering
        # anyone, a last night of one's own, a mother or the children entrusted to us, "tell my
        # mother: forgive me", "if they don't find me tomorrow", "tell her I loved her", writing
        # no more, you were the only one, a will written, goodbye to someone from a bridge
        *(f"{when} {more} {here}نیستم" for when in ("فردا", "از فردا", "از امشب")
          for more in ("دیگه", "دیگر", "دگه", "من دیگه", "من دیگر")
          for here in ("", "اینجا ", "اینجه ")),
        *(f"{more} {when} {here}نیستم" for when in ("فردا", "از فردا", "امشب")
          for more in ("دیگه", "دیگر", "دگه") for here in ("", "اینجا ", "اینجه ")),
        "که دیگه نیستم", "که دیگر نیستم", "که دیگه نیستیم", "بگم دیگه نیستم", "بگویم دیگه نیستم",
        *(f"{when} {more} {no}" for when in ("fardo", "farda", "az farda", "az fardo", "emshab")
          for more in ("dega", "dige", "digar")
          for no in ("nestom", "nistam", "nistom", "nestam", "inja nistam", "inja nestom",
                     "inje nestom")),
        *(f"ke {more} {no}" for more in ("dega", "dige", "digar")
          for no in ("nestom", "nistam", "nistom", "nestam")),
        *(f"{more} {when} {no}" for more in ("dega", "dige")
          for when in ("fardo", "farda") for no in ("nestom", "nistam", "nistom", "nestam")),
        "از فردا دیگه مزاحم", "از فردا دیگر مزاحم", "از فردا مزاحم نمیش", "دیگه مزاحم کسی نمیش",
        "دیگر مزاحم کسی نمیش", "دیگه هیچوقت مزاحم", "دیگر هیچوقت مزاحم", "دیگه مزاحم هیچکس",
        "az farda dige mozahem", "az fardo dega mozahem",
        *(f"آخرین {night} {mine}" for night in ("شب",) for mine in (
            "من است", "من اس", "منه", "منست", "عمرم", "زندگیم", "زندگی من", "عمر من")),
        "آخرین شبم$", "akharin shabe man", "akharin shab-e man", "akharin shabam",
        "akherin shabe man", "akhirin shab-e man", "akhirin shabe man",
        *(f"{who} {obj}به {whom} میسپار" for who in (
            "مادرم", "مادر", "مامانم", "پدرم", "بچه هایم", "بچه هامو", "بچه هام", "بچه ها",
            "بچه هایم", "اولادم", "اولادهایم", "خانمم", "زنم", "دخترم", "پسرم", "خانواده ام",
            "خانواده مو", "فامیلم",
        ) for obj in ("را ", "رو ", "ره ", "") for whom in ("شما", "تو")),
        *(f"{mom} {obj} ببخش" for mom in (
            "مادر جان", "مادرجان", "مادر", "مادرم", "مامان", "مامان جان", "مامانم", "پدر جان",
            "پدرجان", "بابا", "بابا جان", "پدرم", "بچه هایم", "بچه هام",
        ) for obj in ("مرا", "منو", "من را", "مره", "مارا")),
        *(f"به {mom} {say} ببخش" for mom in ("مامانم", "مادرم", "بابام", "پدرم", "خانمم",
                                              "شوهرم", "بچه هام", "بچه هایم", "خانواده ام")
          for say in ("بگید", "بگین", "بگویید", "بگوئید", "بگید:", "بگین:", "بگویید:", "بگو",
                      "بگو:", "بگید که", "بگین که", "بگویید که")),
        *(f"{if_} {when}{find}" for if_ in ("اگه", "اگر") for when in ("فردا ", "")
          for find in ("پیدایم نک", "پیدام نک", "منو پیدا نک", "مرا پیدا نک", "جسدم")),
        *(f"{know} {that}دوست{obj} داشتم" for know in (
            "بدانه", "بداند", "بدونه", "بدانند", "بدونن", "بگین", "بگید", "بگویید", "بگو")
          for that in ("که ", "") for obj in ("ش", "شان", "شون", "تان", "تون", "ت")),
        "دیگه هیچ معنی نداره", "دیگه هیچ معنا نداره", "دیگه هیچی معنی نداره",
        "دیگر هیچ معنی ندارد", "دیگه هیچ معنی ندار", "زندگیم هیچ معنی", "زندگی هیچ معنی",
        "زندگیم معنی نداره", "زندگی دیگه معنی", "dige hich mani nadare", "dega hich mana nadara",
        "دیگه نمینویسم", "دیگر نمینویسم", "دیگه هیچوقت نمینویسم", "dige neminevisam",
        "dega namenawisom",
        "تنها کسی بودی که باهام", "تنها کسی بودین که باهام", "تنها کسی بودی که با من",
        "تنها کسی بودید که با من",
        *(f"{will} {own}نوشتم" for will in ("وصیت نامه", "وصیتنامه", "وصیت نامه ی", "وصیتنامه ی")
          for own in ("خوده ", "خودم را ", "خودمو ", "خود را ", "خودم ره ", "را ", "ره ", "رو ")),
                *(f"{on} پل {am}" for on in ("بالای", "بالا", "روی", "رو", "لبه", "لبه ی", "لب")
          for am in ("استم", "هستم", "ایستادم", "وایسادم", "ایستاده ام", "نشستم", "ام")),
        "به یک کس بگویم خداحافظ", "به یکی بگم خداحافظ", "به کسی بگم خداحافظ",
        "به یک نفر بگویم خداحافظ", "به یه نفر بگم خداحافظ",
        "ضرورت ندارم چون امشب", "لازم ندارم چون امشب",
        "faqat mekhastom khodahafezi", "faqat mikhastam khodahafezi",
        "faghat mikhastam khodahafezi",
        "fagat mekhastom khodahafezi",
        # ending it tonight, not being able to stay alive (Dari and Finglish)
        *(f"امشب {all_} {end}" for all_ in ("همه چیز", "همه چیز را", "همه چیزو", "همه چی",
                                             "همه چی رو", "همه چیزه", "همه چیز ره")
          for end in ("تمام", "تموم", "خلاص")),
        "همه چیز تمام شوه", "همه چیز خلاص شوه", "همه چی تموم شه$",
        *(f"{cant} {alive}" for cant in (
            "namitanom", "nametanom", "nemitanom", "nemitunam", "nemitoonam", "nemitonam",
            "namitonam", "nemikham", "namekhaom", "namikhayom", "namekhayom", "namikhom",
        ) for alive in ("zenda", "zende", "zinda")),
        *(f"{cant} {alive}" for cant in ("نمیتانم", "نمیتوانم", "نمیتونم", "نمیخایم", "نمیخواهم")
          for alive in ("زنده باش", "زنده بمان", "زنده بمون", "زنده بمانم")),
        # pills: which medicine to take a lot of "so I don't wake up", not waking tomorrow,
        # "ten paracetamol, I just took them", all of one's medicines swallowed, a number of
        # pills swallowed (Finglish), alcohol and pills, a bottle of pills beside me
        *(f"{more} بیدار {no}" for more in ("دیگه", "دیگر", "دگه")
          for no in ("نشوم", "نشم", "نشویم", "نشیم")),
        *(f"{more} {wake} {no}" for more in ("dega", "dige", "digar")
          for wake in ("bedar", "bidar", "bedaar") for no in ("nashom", "nasham", "nashavam",
                                                               "nashm", "nashum")),
        *(f"{no} {when}بیدار ش" for no in ("نمیخوام", "نمیخواهم", "نمیخایم", "نمیخام")
          for when in ("فردا ", "دیگه ", "دیگر ")),
        *(f"{pill} {obj}زیاد {eat}" for pill in ("دوا", "دواها", "دارو", "داروها", "قرص", "قرصها",
                                                  "قرص ها", "تابلیت")
          for obj in ("", "را ", "رو ", "ره ") for eat in ("بخورم که", "بخوره که", "بخوریم که")),
        *(f"{pill} {obj}ziad {eat}" for pill in ("dawa", "dawaha", "daru", "daroo", "qors",
                                                  "ghors", "tablet")
          for obj in ("", "ra ", "ro ", "re ") for eat in ("bokhorom ke", "bokhoram ke",
                                                           "bukhorom ke", "bekhoram ke")),
        *(f"{all_} {pills} {own}{eat}" for all_ in ("همه", "تمام", "همه ی", "تمامی")
          for pills in ("دواهای", "داروهای", "قرصهای", "قرص های", "دوا های", "تابلیتهای")
          for own in ("خود ", "خوده ", "خودش ", "خودش را ", "خودمو ", "خودم را ", "خودشو ")
          for eat in ("خورد", "قورت")),
        *(f"{all_} {pills} {eat}" for all_ in ("همه", "تمام")
          for pills in ("قرصاشو", "قرصهاشو", "داروهاشو", "دواهاشه", "دواهایش را", "قرصهایش را",
                        "داروهایش را", "قرصامو", "داروهامو", "دواهامه", "دواهایم را", "قرصهایم را",
                        "داروهایم را", "قرص هاشو", "قرص هامو")
          for eat in ("خورد", "قورت")),
        *(f"{n} تا {pill}" for n in (*map(str, range(10, 101)), "ده", "پانزده", "بیست", "سی",
                                      "چهل", "پنجاه", "صد")
          for pill in ("قرص خورد", "قرص قورت", "تابلیت خورد", "دوا خورد", "پاراستامول",
                       "پاراسیتامول", "استامینوفن", "ایبوپروفن", "آسپرین", "قرص خواب",
                       "قرص اعصاب", "دیازپام", "ترامادول", "متادون")),
        *(f"{n} ta {pill} {eat}" for n in (*map(str, range(10, 101)), "dah", "bist", "si",
                                            "chehel", "panjah", "sad")
          for pill in ("tablet", "tabletta", "qors", "ghors", "dawa", "daru", "paracetamol",
                       "ibuprofen")
          for eat in ("khordom", "khordam", "khord", "khorde", "khorda", "khordim")),
        "قاطی کنی میمیر", "قاطی کنم میمیر", "قاطی کنه میمیر", "قاطی کنن میمیر",
        "چون همین کارو کردم", "چون همین کار را کردم", "چون همین کار ره کدم", "چون همین حالا خوردم",
        "چون همین الان خوردم", "چون همین حالا خوردمش",
        *(f"{bottle} قرص {by}" for bottle in ("شیشه", "بسته", "قوطی", "یه عالمه", "کلی")
          for by in ("کنارمه", "کنارم است", "جلومه", "جلوی من", "پیشمه", "دستمه")),
        *(f"{pills} {by}" for pills in ("قرص ها", "قرصا", "قرصها", "داروها", "دواها")
          for by in ("کنارمه", "جلومه", "پیشمه", "کنارم است")),
        *(f"{pills} {obj}{in_} {hand}{verb}" for pills in ("دوا", "دواها", "دوا ها", "دارو",
                                                             "داروها", "دارو ها")
          for obj in ("", "را ", "رو ", "ره ") for in_ in ("تو", "توی", "در")
          for hand in ("دستم", "دستش") for verb in (" گرفت", " است", " اس", " هست", "ه")),
        # self-harm: a wound, deep; a friend's cut wrists bleeding (Finglish)
        "به خودم زخم", "به خود زخم", "خودمو زخمی", "خودم را زخمی", "خود را زخمی", "خودشو زخمی",
        "خودش را زخمی", "زخم عمیق", "زخمم عمیق", "زخمش عمیق", "زخم خیلی عمیق", "زخمم خیلی عمیق",
                *(f"{blood} band {no}" for blood in ("khon", "khun", "khoon", "xun")
          for no in ("nameshe", "nemishe", "nemeshe", "namesha", "nemisha", "nemesha", "nashode",
                     "nemiad", "namiya", "nemiyad")),
        *(f"{hand} {cut}" for hand in ("dastesha", "dastasha", "dastesho", "dastamo", "dastama",
                                       "dastesh ra", "dastesh ro", "rage dastesh", "rag-e dastesh",
                                       "rage dastam", "rag-e dastam", "ragesh", "ragamo")
          for cut in ("borid", "bured", "zakhmi")),
        *(f"{hand} {cut}" for hand in ("دستهایش را", "دستهاشو", "دستاشو", "دستشو", "دستش را",
                                       "رگ دستش", "رگ دستم", "رگشو", "رگش را", "رگمو", "دستامو")
          for cut in ("برید", "بریده", "زخمی کرد")),
        # a baby or child not moving, breathing slowly, cold and limp, fallen from a window
        "هیچ حرکت نداره", "هیچ حرکتی نداره", "هیچ حرکت ندارد", "هیچ حرکتی ندارد", "حرکت نداره$",
        "هیچ حرکت نمیکن", "هیچ حرکتی نمیکن", "تکان نمیخوره", "تکان نمیخورد", "تکون نمیخوره",
        "hich harakat nadare", "hich harakat nadara", "harakat nemikone", "harakat namekona",
        "tekun nemikhore", "tekan namekhora",
        *(f"{slow} نفس میکش" for slow in ("آهسته", "خیلی آهسته", "بسیار آهسته", "یواش", "خیلی یواش",
                                          "خیلی کم", "بسیار کم", "سخت", "خیلی سخت", "به سختی")),
        "ahesta nafas mekasha", "yavash nafas mikeshe", "kheili kam nafas", "be sakhti nafas",
        *(f"{child} {cold}" for child in ("بچه", "بچم", "بچه ام", "بچیم", "بچه کوچیکم",
                                          "بچه کوچکم", "نوزادم", "نوزاد", "طفلم", "بدنش", "تنش",
                                          "دست و پاش", "دخترم", "پسرم")
          for cold in ("یخ کرده", "یخ زده", "یخ کده", "سرد سرده", "خیلی سرده و")),
        *(f"از {window}{floor} افتاد" for window in ("کلکین", "پنجره", "بالکن", "بالکون", "تراس",
                                                     "پشت بام", "بام", "کلکین منزل", "پنجره طبقه")
          for floor in ("", " منزل دوم", " منزل سوم", " منزل چهارم", " طبقه دوم", " طبقه سوم",
                        " طبقه چهارم", " طبقه بالا", " دوم", " سوم")),
        *(f"{floor} افتاد" for floor in ("منزل دوم", "منزل سوم", "منزل چهارم", "طبقه دوم",
                                         "طبقه سوم", "طبقه چهارم", "طبقه پنجم")),
        *(f"az {window} oft" for window in ("kelkin", "panjere", "panjara", "balkon")),
        # a fall into water (a lake, a river, a pool)
        *(f"افتاد {in_} {water}" for in_ in ("تو", "توی", "در", "به")
          for water in ("دریاچه", "رودخانه", "رودخونه", "رود", "دریا", "استخر", "کانال",
                        "حوض", "دریای", "چاه")),
        *(f"{in_} {water} افتاد" for in_ in ("تو", "توی", "در", "به")
          for water in ("دریاچه", "رودخانه", "رودخونه", "دریا", "استخر", "کانال", "حوض",
                        "چاه")),
        *(f"{fell} {in_} {water}" for fell in ("oftad", "oftade", "aftad", "aftid")
          for in_ in ("tu", "tooye", "tuye", "dar", "da", "ba") for water in (
            "daryache", "darya", "rudkhune", "rodkhana", "rud", "estakhr", "kanal", "hoz")),
        # a mother after birth threatening to put the baby in water, drown it
        *(f"{child} {obj}{in_} آب {throw}" for child in ("بچه", "بچه ام", "بچمو", "بچه مو",
                                                          "نوزاد", "نوزادم", "طفل", "بچیم")
          for obj in ("را ", "رو ", "ره ", "") for in_ in ("در", "تو", "توی", "به", "داخل")
          for throw in ("میندازه", "میاندازه", "میندازم", "بندازه", "بیندازه", "بیاندازه",
                        "پرت", "غرق", "خفه")),
        *(f"{child} {obj}غرق {do}" for child in ("بچه", "بچه ام", "بچمو", "نوزاد", "نوزادم",
                                                  "طفل", "بچیم")
          for obj in ("را ", "رو ", "ره ") for do in ("میکن", "کنه", "کند", "بکن")),
        # swallowed: cleaning liquid, bleach
        *(f"{liquid} {obj}{eat}" for liquid in (
            "مایع پاک کاری", "مایع پاککاری", "مایع ظرفشویی", "مایع لباسشویی", "مایع دستشویی",
            "مایع شوینده", "سفید کننده", "سفیدکننده", "وایتکس", "جوهر نمک", "پاک کننده",
            "مواد پاک کننده", "مواد شوینده", "مایع پاک کننده", "مایع صابون", "تینر", "نفت",
            "بنزین", "ضد یخ", "سم موش", "داروی موش",
        ) for obj in ("", "را ", "رو ", "ره ") for eat in ("خورد", "نوشید", "قورت", "سر کشید")),
        # vomiting blood
        *(f"{blood} بالا {bring}" for blood in ("خون", "خون زیاد", "یه کم خون")
          for bring in ("آورد", "آوردم", "میار", "میاورد", "میاره", "اورد")),
        "استفراغ خون", "خون استفراغ", "khun bala avord", "khoon bala avord", "khun bala miyar",
        "khun bala ovordam", "khon bala awurd", "khon bala ovord",
        # low blood sugar (a diabetic), lying on the floor unable to get up
        *(f"{sugar} {much}{low}" for sugar in ("قندم", "قندش", "قند خونم", "قند خونش", "قند خون")
          for much in ("خیلی ", "بسیار ", "زیاد ", "") for low in ("افتاده", "افتاد",
                                                                  "پایین افتاده", "پایین اومده")),
        "قندم خیلی پایینه", "قندش خیلی پایینه", "قند خونم خیلی پایینه",
        "ghandam oftade", "qandam oftade", "ghandam kheili payin", "qandam khaili payin",
        "افتادم زمین", "افتادم رو زمین", "افتادم روی زمین", "افتاده زمین نمیتون",
        "نمیتونم از جام پاشم",
        "نمیتونم از زمین بلند", "نمیتوانم از زمین بلند", "oftadam zamin", "oftadam ru zamin",
                # a gas smell (Finglish and Dari)
        *(f"{smell} {gas}" for smell in ("bo e", "bo-e", "boe", "boy e", "boye", "booye",
                                         "bu-ye", "buye", "bue", "bu e", "boo-ye", "boi", "bui")
          for gas in ("gaz", "gas$")),
        "gaz nasht", "gaz neshat",
        # fire in a room with children inside
        *(f"آتش {in_} {room} گرفت" for in_ in ("در", "تو", "توی")
          for room in ("آشپزخانه", "آشپزخونه", "خانه", "خونه", "اتاق", "منزل", "ساختمان", "بلاک",
                       "موتر", "ماشین", "حمام", "زیرزمین", "انبار", "کمپ", "آپارتمان", "تعمیر",
                       "اتاق خواب", "اتاق بچه ها", "اتاق نشیمن", "سالن", "پذیرایی", "راهرو",
                       "بالکن", "گاراژ", "راه پله", "زینه", "خانه ما", "خونه ما", "خانه همسایه",
                       "خونه همسایه", "اتاقم", "اتاق ما", "اتاقمون", "آشپزخانه ما", "دهلیز")),
        *(f"{in_} {room} آتش گرفت" for in_ in ("در", "تو", "توی")
          for room in ("آشپزخانه", "آشپزخونه", "خانه", "خونه", "اتاق", "منزل", "ساختمان")),
        *(f"atash {in_} {room} gereft" for in_ in ("dar", "da", "tu", "tooye")
          for room in ("ashpazkhana", "ashpazkhane", "ashpazkhune", "khana", "khane", "khune",
                       "otaq", "otagh")),
        # a roof or bridge edge
        *(f"{edge} {place}" for edge in ("لبه", "لبه ی", "لب") for place in (
            "پشت بوم", "پشت بام", "بام", "پل", "بالکن", "پرتگاه", "صخره")),
        "labe posht bam", "labeye posht bam", "labe bam", "labe pol", "labeye pol",
        # outside, following: someone who followed me home, from the station, is outside the
        # window or the door now; an ex outside saying today he'll "finish it"
        *(f"تا {home} {follow}" for home in ("خانه", "خونه", "منزل", "کمپ")
          for follow in ("دنبالم", "دنبال ما", "دنبالمون", "پشتم", "پشت سرم", "پشت ما",
                         "تعقیبم", "مرا دنبال", "منو دنبال", "مره دنبال", "مرا تعقیب", "منو تعقیب",
                         "دنبال من")),
        *(f"از {stop} {follow}" for stop in ("ایستگاه", "استگاه", "ایستگاه تا", "ایستگاه بس",
                                             "ایستگاه قطار", "مترو", "بازار", "مکتب", "کار")
          for follow in ("دنبالم", "پشتم آمد", "پشتم اومد", "پشت سرم", "دنبال منه", "تعقیبم")),
        *(f"ta {home} {follow}" for home in ("khana", "khane", "khune", "khoone", "manzel")
          for follow in ("dombal", "donbal", "dumbal", "posht", "poshtam", "taqib", "taghib",
                         "donbalam", "dombalam")),
        *(f"{obj} ta {home} {follow}" for obj in ("mara", "mano", "mra", "mara")
          for home in ("khana", "khane", "khune")
          for follow in ("dombal", "donbal", "dumbal", "taqib", "taghib")),
        "donbale mane", "dombale mane", "dumbale mane", "donbal mane", "donbale mana",
        "دنبال منه", "دنبال من است", "دنبال من اس",
        *(f"{out} {where} {stand}" for out in ("بیرون", "پیش", "دم", "پشت", "زیر")
          for where in ("کلکین", "خانه", "خانه ما", "خونه", "خونه ما", "دروازه", "دروازه ما",
                        "پنجره", "در خانه", "در خونه", "کلکین ما", "پنجره ما")
          for stand in ("ایستاده", "استاده", "وایساده", "وایستاده", "ایستاد", "منتظر")),
        *(f"{out} {where} {stand}" for out in ("birun", "berun", "bairun", "pesh", "posht",
                                               "pesh-e", "posht-e", "dam", "jeloye")
          for where in ("khana", "khane", "khune", "darwaza", "darvaze", "kelkin", "panjere",
                        "dar")
          for stand in ("istada", "istade", "vaysade", "vaystade", "montazer")),
        *(f"{out} {door} {is_}" for out in ("pesh", "pesh-e", "posht", "posht-e", "dam", "dame")
          for door in ("darwaza", "darvaze", "dar", "kelkin") for is_ in ("ast", "as$", "hast")),
        *(f"{ex} {out}" for ex in ("shohar sabiqem", "shohare sabiqem", "shohar sabeqem",
                                   "shohar-e sabiqem", "shohar sabiqam", "khanome sabeqam")
          for out in ("birun", "bairun", "pesh", "posht", "dam", "inja")),
        "kareto tamum mikonam", "kareta tamam mekonom",
        "کارته تمام میکنم", "کارت را تمام میکنم", "کارتو تموم میکنم", "کارتو میسازم",
        "کارت رو تموم میکنم", "کارشو تموم میکنم",
        # a husband keeping me in the car, not letting me get out; locked in at home (Dari)
        *(f"{no} {out}" for no in ("نمیمانه", "نمیمانن", "نمیگذاره", "نمیگذارد", "نمیذاره",
                                   "نمیزاره", "نمیزارن", "نمیذارن", "نمی ماند")
          for out in ("پایین شوم", "پایین شم", "پیاده شم", "پیاده شوم", "که پیاده", "که پایین",
                      "از موتر", "از ماشین", "بیرون شوم", "بیرون بیایم", "بیرون بیام", "برآیم")),
        *(f"{obj} {in_} {car} {keep}" for obj in ("مرا", "منو", "مره", "من را")
          for in_ in ("در", "تو", "توی", "داخل") for car in ("موتر", "ماشین")
          for keep in ("نگاه کد", "نگه داشت", "نگه داشته", "قفل", "زندانی", "بند")),
        *(f"{obj} {where}{lock}" for obj in ("mara", "mano", "mra", "maro", "mora", "ma ra",
                                             "mana")
          for where in ("", "da khana ", "dar khane ", "tu khune ", "tu khuna ", "da otaq ",
                        "dar otagh ", "tu otagh ", "da khona ")
          for lock in ("qofl", "ghofl", "qolf", "ghulf", "qulf", "zendani", "bandi")),
        # touching a child's safety: a daughter taken abroad against one's will, female cutting
        *(f"{child} {obj}{take} {country}" for child in (
            "دخترم", "پسرم", "بچه ها", "بچه هام", "بچه هایم", "بچه ام", "بچیم", "بچه ها",
            "دخترمو", "پسرمو", "بچه هامو", "اولادم", "دختر ما", "بچه ما",
        ) for obj in ("را ", "رو ", "ره ", "") for take in ("میبره", "میبرد", "میبرن", "میبرند")
          for country in ("افغانستان", "پاکستان", "عراق", "سوریه")),
        *(f"{when} {take} {country}" for when in ("فردا", "امشب", "امروز", "فردا صبح", "الان")
          for take in ("میبره", "میبرد", "میبرن", "میبرند")
          for country in ("افغانستان", "پاکستان", "عراق", "سوریه", "ایران", "ترکیه")),
        *(f"{child} {obj}{cut}" for child in ("دخترم", "دخترمو", "دختر", "دخترا", "دخترها",
                                              "دختر کوچیکم", "دختر کوچکم", "دخترای", "نوه دخترم")
          for obj in ("", "را ", "رو ", "ره ")
          for cut in ("ختنه", "ببره برای ختنه", "ببرن برای ختنه", "میبره برای ختنه",
                      "برای ختنه")),
        "ختنه زنان", "ختنه دختر", "ختنه کردن دختر", "khatne dokhtar", "khatna dokhtar",
        # someone leaving tonight or tomorrow for Syria or to join "that group"
        *(f"{when} {go} {war}"
          for when in ("امشب", "فردا", "فردا صبح", "امروز", "الان", "همین حالا")
          for go in ("میره", "میرود", "بره", "برود", "میره به", "میرود به", "میخواد بره",
                     "میخایه بره")
          for war in ("سوریه", "سوریا", "عراق", "پیش آن گروه", "پیش اون گروه", "پیش داعش")),
        *(f"{when} {war} {go}" for when in ("امشب", "فردا", "فردا صبح", "امروز")
          for war in ("به سوریه", "سوریه", "به عراق") for go in ("میره", "میرود", "بره", "برود")),
        *(f"{when} {go}" for when in ("emshab", "fardo", "farda", "emruz", "imroz")
          for go in ("mera suriya", "mire surie", "mire suriye", "mire syria", "mera syria",
                     "mera suriye", "mire iraq", "mera iraq", "mera pesh goroh")),
        *(f"{group} {go} {war}" for group in ("grop", "grup", "goroh", "group", "گروپ", "گروه")
          for go in ("mera", "mire", "mere", "میره", "میرن", "میرود")
          for war in ("suriya", "surie", "suriye", "syria", "iraq", "سوریه", "سوریا", "عراق")),
        # "he will kill me and the child": a threat naming the victims
        *(f"{whom} {obj}{kills}" for whom in (
            "بچه", "بچه ها", "بچه هام", "بچه هامو", "بچه ام", "دخترم", "دخترمو", "پسرم", "پسرمو",
            "خانمم", "زنم", "زنمو", "مادرم", "مادرمو", "همه مونو", "همه ما", "همه مون", "بچیم",
        ) for obj in ("رو ", "را ", "ره ") for kills in ("میکشه", "میکشد", "میکشن", "بکشه",
                                                        "بکشد")),
        *(f"{me} و {whom}" for me in ("منو", "مرا", "من", "مره")
          for whom in ("بچه رو میکش", "بچه ها رو میکش", "بچه را میکش", "بچه ره میکش",
                       "بچه هامو میکش", "دخترمو میکش", "پسرمو میکش")),
        # an attack planned: "a big thing" tomorrow, "something everyone will notice",
        # a vest, coming tonight to beat refugees, they have our address
        *(f"{a} کار بزرگ{i} {do}" for a in ("یک", "یه", "") for i in ("", "ی")
          for do in ("میکن", "بکن", "کنه")),
        "kare bozorg mikon", "kar-e bozorg mikon", "kare kalan mekon", "kar kalan mekon",
        *(f"{do} که همه {know}" for do in ("یه کاری میکنه", "یک کاری میکنه", "یه کاری میکنم",
                                           "یک کاری میکنم", "کاری میکنه", "کاری میکنم",
                                           "کاری میکند", "یه کاری بکنه", "کاری کنه")
          for know in ("بفهمن", "بفهمند", "بدانن", "بدانند", "بدونن", "ببینن", "ببینند",
                       "یادشون", "یادشان")),
        "جلیقه انفجاری", "جلیقه انتحاری", "کمربند انفجاری", "jelighe enfejari",
        *(f"{who} {obj}بزنن" for who in ("ما", "پناهجوها", "پناهجوهای کمپ", "کمپ ما", "کمپ",
                                         "خارجی ها", "خارجیا", "خارجیها", "پناهنده ها",
                                         "مهاجرا", "مهاجرها", "افغانها", "افغانیا")
          for obj in ("رو ", "را ", "ره ")),
        "میان بزنن", "میایند بزنند", "میان مارو بزنن", "مارو بزنن",
        *(f"آدرس{ours} {has}" for ours in (
            "مونم", "مونو", "مون رو", "مون را", "مونه", "ما رو", "ما را", "ما ره", " خانه ما را",
            " خانه ما ره", " خونمونو", " خونه مونو", " خونه ما رو", " خانه مارا", " خونه مارو",
            " خانه ما",
        ) for has in ("دارن", "دارند", "داره", "دارد", "میدانه", "میداند", "میدونه", "میدونن",
                      "میدانند", "پیدا کرد")),
        *(f"adres{ours} {has}" for ours in ("e khana ma ra", "e khune mano", "e khunamuno",
                                            "amono", "emono", "e mara", " khana ma ra",
                                            " khune ma ro", "e mano", "amuno")
          for has in ("medana", "midune", "dare", "daran", "dara", "midunan", "medanan")),
        # a man coming to our room every night (a camp), a drunk landlord in my room
        *(f"{man} هر شب {come}" for man in ("مرد", "یک مرد", "یه مرد", "مردی", "یک نفر", "یه نفر")
          for come in ("به اتاق", "میاد تو اتاق", "میایه به اتاق", "میاید به اتاق", "میا",
                       "میاد", "در اتاق")),
        "مست اومده", "مست آمده", "مست اومد تو", "مست آمد تو", "مست اومد خونه",
        "اومده تو اتاقم و در", "آمده به اتاقم و در", "آمده در اتاقم و در",
        # hiding from an abuser beside me: "can you call? I can't speak, he is next to me"
        *(f"{he} {by}" for he in ("اون", "او", "شوهرم", "مرده", "اونا")
          for by in ("کنارمه", "کنارم است", "کنارم نشسته", "پیشمه", "پیشم نشسته", "بغلمه")),
        "نمیتونم حرف بزنم، اون", "نمیتونم حرف بزنم اون", "نمیتوانم حرف بزنم، او",
        "نمیتونم حرف بزنم، شوهرم", "نمیتانم گپ بزنم", "namitanom gap bezanom",
        # a gang around me, beating me
        *(f"دور{me} {took}" for me in ("م", "مو", "م را", "م رو", "ما را", "مونو")
          for took in ("گرفتن", "گرفتند", "گرفته اند", "کردن دارن", "کردند و", "کردن و میزن")),
        "دارن میزنن", "دارن منو میزنن", "دارند میزنند", "daran mizanan", "daran mano mizanan",
        "dawrem kadan", "doramo gereftan", "doremo gereftan",
        # sextortion: a man with my photos; stones thrown at the window
        *(f"{photos} {obj}{has}" for obj in ("", "رو ", "را ", "ره ")
          for photos in ("عکس هایم را", "عکسهایم را", "عکسهامو", "عکسامو",
                                           "عکس هامو", "عکسای منو", "عکسهای منو", "عکس های منو",
                                           "عکس های مرا", "عکسهای مرا", "ویدیوهامو", "فیلمامو",
                                           "عکس های خصوصیم", "عکسهای خصوصیم", "عکس لختم")
          for has in ("داره", "دارد", "دارن", "پخش", "نشر", "به همه")),
        *(f"سنگ به {target} {hit}" for target in ("کلکین", "پنجره", "شیشه", "خانه", "خونه", "در",
                                                   "دروازه")
          for hit in ("زد", "میزن", "پرت", "انداخت", "میندازن")),
        *(f"به {target} سنگ {hit}" for target in ("کلکین", "پنجره", "شیشه", "خانه", "خونه",
                                                   "دروازه")
          for hit in ("زد", "میزن", "پرت", "انداخت", "میندازن")),
        # fuel poured out, a lighter in hand
        *(f"{fuel} ریخت{where}" for fuel in ("نفت", "بنزین", "تیل", "گازوئیل")
          for where in ("ه رو", "ه روی", "ه در", " رو", " روی", "ه به", " به", "ه تو", "ه")),
        *(f"{fire} {obj}{hand}" for fire in ("فندک", "کبریت", "گوگرد") for obj in ("", "تو ", "در ")
          for hand in ("دستشه", "دستش است", "دستش اس", "دستش گرفته", "دستش")),
        "benzin rikhte", "naft rikhte", "naft rekhta", "fandak dastesh",
    ),
    "ro": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "ambulanț", "ambulant", "pompier", "salvarea", "număr de urgență", "numar de urgenta",
        "salvare", "smurd", "sunați la 112", "sunati la 112",
        # violence, threats, weapons
        "mă bate", "ma bate", "bate$", "își bate", "isi bate", "bătut", "batut", "bătaie",
        "lovește", "loveste", "lovit", "sugrumă", "sugruma", "strangul", "agresa", "atacat",
        "amenin", "omoară", "omoara", "omoare", "omor", "ucid", "cuțit", "cutit", "pistol",
        "m-a închis", "m-a inchis", "mă închide", "ma inchide", "nu mă lasă să", "nu ma lasa sa",
        "efracți", "efracti", "jefuit", "să intre în casă", "sa intre in casa", "sparge ușa",
        "sparge usa", "mă atinge", "ma atinge", "m-a încuiat", "m-a incuiat", "mă încuie",
        "ma incuie", "sufoc", "mă ține închis", "ma tine inchis", "mă țin închis", "ma tin inchis",
        "sechestr", "șantaj", "santaj", "violență domestică", "violenta domestica",
        "violență în familie", "violenta in familie", "bat o femeie", "bat un ", "bat pe ",
        "o bat$", "îl bat", "il bat$", "ne bat$", "m-a împins", "m-a impins", "pe scări",
        "pe scari", "spart ușa", "spart usa", "spargă ușa", "sparga usa",
        "sparg ușa", "sparg usa", "forțează ușa", "forteaza usa", "de gât", "de gat",
        "să mă lovească", "sa ma loveasca", "mă lovește", "lovi$", "topor", "toporul", "ciocan",
        "să mă bată", "sa ma bata", "să mă omoare", "sa ma omoare",
        # sexual violence
        "agresiune sexuală", "agresiune sexuala", "hărțui", "hartui", "viol$", "violat", "violată",
        "violeaz",
        # suicide, self-harm
        "sinucid", "să mă omor", "sa ma omor", "vreau să mor", "vreau sa mor",
        "nu mai vreau să trăiesc", "nu mai vreau sa traiesc", "să-mi iau viața", "sa-mi iau viata",
        "îmi iau viața", "imi iau viata", "termin cu viața", "termin cu viata", "să termin cu tot",
        "sa termin cu tot", "să-mi fac rău", "sa-mi fac rau", "îmi fac rău", "imi fac rau",
        "mă tai", "nu mai are rost", "niciun rost", "multe pastile", "am luat pastile", "supradoz",
        "să mă arunc", "sa ma arunc", "să mă spânzur", "sa ma spanzur", "detergent", "clor$",
        "înălbitor", "inalbitor", "mi-am făcut rău", "mi-am facut rau", "să respir", "sa respir",
        "nu respir", "nu mai respir", "venele", "vene$", "se termine totul", "nu mai suport viața",
        "nu mai suport viata", "nu vreau să mă trezesc", "nu vreau sa ma trezesc", "capăt zilelor",
        "capat zilelor", "pun capăt", "pun capat", "vreau să dispar", "vreau sa dispar",
        "să se arunce", "sa se arunce", "sa se arunca", "să se arunca", "se aruncă de pe",
        "se arunca de pe", "de pe bloc", "de pe pod", "de pe clădire", "de pe cladire",
        "să se omoare", "sa se omoare", "se omoară", "nu mai pot să trăiesc",
        "nu mai pot sa traiesc", "nu mai pot trăi", "nu mai pot trai", "nu mai vreau să trăiască",
        "nu mai vrea să trăiască", "nu mai vrea sa traiasca", "nu am nicio ieșire",
        "nu am nicio iesire", "nicio scăpare", "nicio scapare", "să-și ia viața", "sa-si ia viata",
        # medical
        "infarct", "atac de cord", "accident vascular", "avc$", "inconștient", "inconstient",
        "leșin", "lesin", "pierdut cunoștința", "pierdut cunostinta", "nu respiră", "nu respira",
        "nu pot respira", "mult sânge", "mult sange", "hemorag", "durere în piept",
        "durere in piept", "dureri în piept", "dureri in piept", "convulsi", "criză de epilepsie",
        "criza de epilepsie", "otrăvit", "otravit", "intoxica", "nu se trezește", "nu se trezeste",
        "a căzut de la", "a cazut de la", "se îneacă", "se ineaca", "înecat", "inecat",
        "înghițit", "inghitit", "opărit", "oparit", "arsur", "s-a ars", "apă fierbinte",
        "apa fierbinte", "apă clocotită", "apa clocotita", "nu se mișcă", "nu se misca",
        "nu se poate ridica", "căzut pe scări", "cazut pe scari", "doare pieptul", "otrav", "otrăv",
        "de pe balcon", "de la balcon", "de la etaj", "pe geam", "toate pastilele",
        "toate medicamentele", "curge sânge", "curge sange", "sângerez", "sangerez", "sângerea",
        "sangerea", "sângerar", "sangerar", "sângera$", "sangera$",
        "nu se scoală", "nu se scoala", "nu se ridică", "nu se ridica", "nu se mai ridic",
        "nu își revine", "nu isi revine", "nu-și revine", "nu-si revine", "nu reacționează",
        "nu reactioneaza", "în piept", "in piept", "pieptul", "amorțește", "amorteste", "amorțit",
        "amortit", "zace pe jos", "stă întins pe jos", "sta intins pe jos", "căzut pe jos",
        "cazut pe jos", "prea multe pastile", "prea multe medicamente", "nu poate respira",
        "nu are aer", "n-are aer", "nu mai are aer", "lovit de mașină", "lovit de masina",
        "lovită de mașină", "lovita de masina", "călcat de mașină", "calcat de masina",
        # a child missing or in danger
        "copilul a dispărut", "copilul a disparut", "copilul meu a dispărut",
        "fiul meu a dispărut", "fiica mea a dispărut", "băiatul meu a dispărut",
        "fetița mea a dispărut", "răpit", "rapit", "nu a venit acasă",
        "nu a venit acasa", "nu s-a întors", "nu s-a intors", "fugit de acasă", "fugit de acasa",
        # fire, gas
        "incendiu", "foc$", "arde$", "ard$", "fum$", "miroase a gaz", "scurgere de gaz",
        # stalking, forced marriage
        "mă urmărește", "ma urmareste", "urmărește", "urmareste", "mă urmăresc", "ma urmaresc",
        "mă pândește", "ma pandeste", "căsătorie forțată", "casatorie fortata", "cu forța",
        "cu forta", "mă obligă", "ma obliga", "mă mărite", "ma marite", "mă mărită", "ma marita",
        "fuge după mine", "fuge dupa mine",
        "fugărește", "fugareste", "fugăresc", "fugaresc", "aleargă după mine", "alearga dupa mine",
        # shooting, explosives, attacks under way or planned
        "împușc", "impusc", "trage cu arma", "trage în oameni", "trage in oameni",
        "focuri de armă", "focuri de arma", "bombă", "bomba", "exploziv", "explozi",
        "să arunce în aer", "sa arunce in aer", "aruncă în aer", "arunca in aer", "atentat",
        # intruder in the home, kidnapping, locked in, not safe
        "să mă răpească", "sa ma rapeasca", "răpesc", "rapesc", "răpească", "rapeasca",
        "trasă în mașină", "trasa in masina", "tras în mașină", "tras in masina",
        "băgat în mașină", "bagat in masina", "a intrat cineva", "cineva a intrat",
        "cineva în casă", "cineva in casa", "hoț în casă", "hot in casa", "hoți în casă",
        "hoti in casa", "spart geamul", "sparge geamul", "m-au închis", "m-au inchis",
        "m-au încuiat", "m-au incuiat", "sunt încuiat", "sunt incuiat", "sunt închisă în",
        "sunt inchisa in", "sunt închis în", "sunt inchis in", "m-am ascuns", "mă ascund",
        "ma ascund", "nu sunt în siguranță", "nu sunt in siguranta",
        # danger
        "în pericol", "in pericol", "grupare teroristă", "grupare terorista",
        "organizație teroristă", "organizatie terorista",
        # indirect suicidal wording, farewell letters, pills gathered
        "scrisori de adio", "scrisoare de adio", "scrisoarea de adio", "bilet de adio",
        "mi-am luat rămas bun", "pastilele sunt lângă", "pastilele sunt aici", "am strâns pastile",
        "am adunat pastile", "mai bine fără mine", "nu voi mai fi aici", "nu mai vreau să fiu aici",
        "e pe pod", "pe pod și", "sunt pe pod", "pe acoperiș și", "zice că sare", "spune că sare",
        "vrea să sară",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "scriu încet", "scriu pe ascuns", "scriu în secret", "să nu mă audă",
        "încearcă să deschidă ușa", "stă în fața casei", "mă așteaptă afară",
        # screams for help
        "strigă după ajutor", "țipă după ajutor", "țipă o femeie", "strigă o femeie",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "respiră greu", "buzele vinete", "buze vinete", "s-a învinețit", "fața strâmbă",
        "gura strâmbă", "nu mai poate vorbi", "s-a înecat cu", "i-a rămas în gât",
        "șoc anafilactic", "mușcat de șarpe",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "prins de inima", "prins de inimă", "durere la inima", "durere la inimă", "ma doare inima",
        "mă doare inima", "mancat pastil", "mâncat pastil", "rupt apa", "rupt apă",
        "am contractii", "am contracții", "contractii la", "contracții la", "contractiile sunt la",
        "contracțiile sunt la", "sunt in travaliu", "sunt în travaliu", "intrat in travaliu",
        "intrat în travaliu",
        "incepe sa nasca", "are o criz", "face o criz", "tremura si nu", "tremură și nu",
        "zaharul e foarte mic", "zahar mic", "zaharul scazut", "zahărul scăzut", "hipoglicemi",
        "nu misca", "nu mișcă", "cazut in iaz", "căzut în iaz", "cazut in apa", "căzut în apă",
        "a fost sub apa", "a fost sub apă", "luat curent", "electrocut", "caine a muscat",
        "câine a mușcat", "muscat de caine", "mușcat de câine", "plin de sange", "plin de sânge",
        "cu capul de", "l-au tras", "au tras-o", "l-au bagat", "l-au băgat", "mai vad niciodata",
        "mai văd niciodată", "mai vezi niciodata", "mai vezi niciodată", "ne incuie", "ne încuie",
        "nu mai rezist",
        "nu deschide ochii", "nu-l putem trezi", "nu o putem trezi", "prea multe droguri",
        "sangele nu se", "sângele nu se",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "mai am nevoie de lucrurile", "nu o sa mai am nevoie", "nu deschide nimeni",
        "nimeni nu deschide", "plange de ore", "nu mai apuc ziua", "nu mai apuci ziua",
        "nu mai apuc dimineata", "nu mai apuci dimineata", "ma gaseste diseara",
        "de rusine familia", "onoarea famil", "rusinea familiei", "asteapta in fata usii",
        "in fata usii mele", "asteapta la usa", "sta la usa cu", "singur acasa de",
        "singura acasa de", "acasa singur de", "zile singur", "la revedere de la toti",
        "revedere de la toata lumea", "nu mai transpira", "are insolatie", "face insolatie",
        "a facut insolatie",
        "soc termic", "soc caloric",
        "zace in zapada", "e inghetat si", "e complet inghetat", "hipoterm", "degerat",
        "toti avem dureri de cap", "intoxicat cu monoxid", "intoxicare cu monoxid", "o omoara",
        "il omoara", "o sa o omoare", "o sa-l omoare", "esti moarta", "esti mort",
        "spuneti-le copiilor", "spuneti copiilor mei", "maine nu mai sunt", "nu o mai aduce",
        "nu-l mai aduce", "nu mai aduce inapoi", "nu o mai da inapoi", "bata de baseball",
        "cu o bata", "cu un ciocan", "vorbeste aiurea",
        # giving birth now, a swelling face or throat and barely breathing, gas smelt, trapped
        # inside or under, a hand caught in a machine, falls from scaffolding, on the rails
        "nasc acum", "nasc chiar acum", "nasc in masina", "nasc pe drum", "naste acum",
        "naste chiar acum", "sotia naste", "sotia mea naste", "nevasta naste", "am inceput sa nasc",
        "incep sa nasc", "a inceput sa nasca", "se umfla fata", "se umfla gatul", "se umfla limba",
        "se umfla buzele", "se umfla buza", "fata se umfla", "gatul se umfla", "limba se umfla",
        "umflat gatul", "gatul umflat", "fata umflata", "limba umflata", "buzele umflate",
        "abia respir", "abia mai respir", "abia poate respira", "greu sa respir", "respir greu",
        "miros de gaz", "mirosul de gaz", "miroase puternic a gaz", "miroase tare a gaz",
        "miroase foarte tare a gaz", "pute a gaz", "simt gaz", "scapa gaz", "se simte gaz",
        "prins inauntru", "prinsa inauntru", "prins in masina", "prinsa in masina",
        "blocat in masina", "blocata in masina", "blocat inauntru", "blocata inauntru", "prins sub",
        "prinsa sub", "a ramas prins", "sub daramaturi", "sub moloz", "mana prinsa",
        "i-a prins mana", "prins mana in", "i-a tras mana", "tras mana in", "prins in utilaj",
        "prinsa in utilaj", "de pe schela", "cazut de pe", "cazut de sus", "pe sinele de",
        "pe sinele trenului", "in fata trenului", "sub tren",
        # told calmly, the danger named in passing: a baby floppy with bluish lips, no
        # movements felt in pregnancy and a belly hard as stone, someone fallen who cannot get
        # up again, an ex waiting outside who broke my arm before, a boss who came into my room
        # at night, workers locked in, a child told by a stranger to come alone, how many pills
        # are too many for a person, a child shut in a car in the sun, lips and throat swelling
        # with a wheeze
        *(f"buzele {how}{colour}" for how in ("", "cam ", "putin ", "usor ", "foarte ",
          "complet ", "tot ", "sunt ", "sunt cam ", "i s-au ", "s-au ")
          for colour in ("vinete", "albastre", "gri", "mov")),
        "buze albastre", "buze gri", "s-au învinețit buzele", "bebelușul e moale", "e moale tot",
        "nu mai simt bebelușul", "nu simt bebelușul", "nu mai simt copilul", "nu simt copilul",
        "bebelușul nu se mai mișcă", "nu mai mișcă bebelușul", "tare ca piatra", "tare ca o piatra",
        "nu se mai poate ridica", "nu mai poate să se ridice", "nu poate să se ridice",
        "mi-a rupt mâna", "mi-a rupt nasul", "mi-a rupt brațul", "mi-a rupt coastele",
        "mi-a rupt dinții", "mi-a spart capul", "în fața blocului de", "așteaptă în fața blocului",
        "stă în mașină în fața", "cobori sau urc", "intrat în camera mea noaptea",
        "intrat noaptea în camera", "azi noapte în camera mea", "a venit în patul meu",
        "s-a băgat în patul meu", "m-a forțat să fac sex", "m-a forțat la sex", "ne-a încuiat",
        "ne-au încuiat", "ne-a închis în", "ne-au închis în", "i-a zis să vină singur",
        "i-a spus să vină singur", "i-a cerut să vină singur", "prea multe pentru un om",
        "prea multe pentru om", "doză letală", "doză mortală",
        *(f"{shut}{alone} {in_} mașină" for shut in ("închis", "închisă", "încuiat", "încuiată",
          "blocat", "blocată") for alone in ("", " singur", " singură")
          for in_ in ("în", "într-o")),
        "copilul singur în mașină", "copil singur în mașină", "în mașină la soare",
        "mașina la soare", "s-au umflat buzele", "s-a umflat gâtul", "s-a umflat limba",
        "umflat buzele", "umflat gâtul", "umflat limba", "respiră șuierat",
        # ... lightning and a smell of burning, water rising into the car, blood vomited, a
        # laundry capsule eaten, the left arm hurting, an inhaler that does not help, a baby
        # crying without tears, a bridge's height, trains passing without stopping, a tree or
        # a cable down, "should I make him vomit", someone who will not wake and snores oddly
        "lovit de trăsnet", "a lovit trăsnetul", "trăsnetul a lovit", "fulgerul a lovit",
        "a trăsnit în", "miroase a ars", "miros de ars", "apa intră în mașină", "apa intră în casă",
        "nivelul apei crește", "apa până la genunchi", "apa până la brâu", "vomită sânge",
        "varsă sânge", "tușește sânge", "scuipă sânge", "a vomitat sânge", "a vărsat sânge",
        *(f"{ate} o {pod}" for ate in ("a mâncat", "a mestecat", "a mușcat", "a băgat în gură")
          for pod in ("capsulă", "capsula", "tabletă de vase", "tableta de vase")),
        "mă doare brațul stâng", "durere în brațul stâng", "amorțit brațul stâng",
        "spray-ul nu mai ajută", "spray-ul nu ajută", "inhalatorul nu ajută",
        "inhalatorul nu mai ajută", "plânge fără lacrimi", "scutec uscat", "scutecul e uscat",
        "scutecul uscat", "cât de înalt e podul", "cât de înalt este podul",
        "trec fără să oprească", "trenul trece fără", "copacul a căzut pe", "a căzut un copac",
        "copac a căzut pe", "cablu de curent pe", "cablu căzut", "s-o fac să vomite",
        "să-l fac să vomite", "nu-l pot trezi", "nu o pot trezi", "n-o pot trezi", "horcăie",
        "prea multă insulină",
    ),
    "bg": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "линейка", "бърза помощ", "спешна помощ", "спешен случай", "запали се", "се запали",
        "lineika", "lineyka", "linejka", "linejkа", "burza pomosht", "barza pomosht",
        "barza pomo6t", "burza pomo6t",
        # violence, threats, weapons
        "бият", "би ме", "ме би", "пребиха", "пребил", "пребит", "удари ме", "ме удари", "ритат",
        "рита ме", "душеше", "душат", "души ме", "удуш", "нападна", "нападение",
        "убие", "убия", "убият", "убиват", "с нож", "нож$", "ножа", "пистолет",
        "заключиха", "заключи ме", "заключен", "не ме пускат", "не ме пуска", "разбива вратата",
        "посегна", "ограбиха", "bie me", "опитва да влезе", "опитват да влязат", "ме пипа",
        "насилват", "насилва ме", "чупи вратата", "ме души", "ме душат", "държат ме", "държи ме",
        "затвори ме", "изнудва", "нахлу", "дебне", "домашно насилие", "дома има насилие",
        "насилие у дома", "насилие вкъщи", "бие детето", "бие децата", "бие жена", "бие майка",
        "me bie", "me bit", "бутна ме", "ме бутна", "разби вратата", "разбиха вратата",
        "разбие вратата",
        "разбият вратата", "разбиват вратата",
        "за гърлото",
        "ще ме удари", "иска да ме удари", "иска да ме убие", "ще ме убие", "ubie me", "me ubie",
        "ubiq", "s noj", "s nozh", "s noz$", "с брадва", "с чук", "насилие над мен",
        "насилие срещу мен", "насилие над нас", "насилие над децата", "упражнява насилие",
        "zaplashva s", "заплашва с нож", "заплашва да ме", "заплашва, че ще ме убие",
        # "beat me up" (not "пребивава", resides)
        "ме преби$", "преби ме", "ни преби$", "преби ни", "го преби$", "я преби$", "преби го",
        "преби я", "преби сина", "преби дъщеря", "преби детето", "преби жена", "преби майка",
        # sexual violence
        "изнасил", "блудств", "тормоз",
        # suicide, self-harm
        "самоубий", "не искам да живея", "искам да умра", "да се убия", "ще се убия",
        "да се порежа", "порежа се", "нараня себе си", "не виждам смисъл", "смисъл да живея",
        "много хапчета", "изпих хапчета", "изпи хапчета", "гълтна хапчета", "повече да живея",
        "вече да живея", "край на живота", "да се обеся", "ще скоча", "нараних се", "порязах се",
        "вените", "вени$", "всичко да свърши", "да се събуждам", "да не се събудя",
        "всички хапчета",
        "самоуби", "samoubi", "samoubij", "сложа край", "сложи край на живота",
        "сложа край на живота", "да скоча от", "скоча от", "иска да скочи", "ще скочи",
        "да се хвърля", "ще се хвърля", "се хвърли от", "от моста", "не искам да съм жив",
        "не искам да съм жива", "iskam da umra", "ne iskam da jiveq", "ne iskam da zhiveya",
        # medical
        "инфаркт", "инсулт", "получи удар", "безсъзнание", "припадна", "загуби съзнание", "не диша",
        "не мога да дишам", "задушава", "кръвта не спира", "боли сърцето", "болки в гърдите",
        "болка в гърдите", "гърч", "отрови", "отравяне", "падна от прозореца", "дави се", "давят",
        "катастрофа", "глътна", "погълна", "кърв", "може да диша", "попари", "изгор", "вряла вода",
        "не може да стане", "не мърда", "по стълбите", "в гърдите", "отров", "от балкона",
        "от прозореца", "хапчетата", "шише хапчета", "цяло шише",
        "не реагира", "не се събужда", "не се буди", "не идва на себе си", "лежи на пода",
        "лежи на земята", "падна и не", "не може да диша", "не мога да си поема",
        "не може да си поеме", "няма въздух", "задъхва", "свръхдоза", "предозира",
        "много лекарства", "pripadna", "ne disha", "ne dishа", "ne se sabuzhda", "ne reagira",
        "блъсна го кола", "блъсна я кола", "блъсна ме кола", "прегази",
        # a child missing or in danger
        "детето изчезна", "отвлеч", "не се прибра", "не се е прибрал", "не можем да го намерим",
        "не можем да я намерим", "избяга от",
        # fire, gas
        "пожар", "дим$", "мирише на газ", "изтичане на газ", "гори$", "горят$", "горим$",
        # stalking, forced marriage
        "преследва", "следи ме", "ме следи", "следят ме", "принудителен брак", "насила",
        "да ме омъжат", "ме омъжват", "тича след мен", "гони ме", "ме гони",
        "гонят ме", "ме гонят", "goniat me", "gonyat me", "goni me", "me goni", "me gonqt",
        "me sledi", "sledi me", "sledyat me", "sledqt me", "преследват",
        # shooting, explosives, attacks under way or planned
        "стреля", "стрелба", "изстрел", "взрив", "бомба", "бомби$", "експлози",
        "атака сега", "нападат", "терористична група", "терористичната група",
        "терористична организация", "терористичната организация",
        "ще направи атентат", "направи атентат", "прави атентат", "готви атентат",
        "планира атентат", "подготвя атентат", "атентат сега", "атентат в",
        # intruder in the home, kidnapping, locked in, not safe
        "някой влезе", "влезе в къщата", "влезе в апартамента", "някой е в къщата",
        "някой е в апартамента", "някой е вкъщи", "счупи прозореца", "счупиха прозореца",
        "разбиха прозореца", "набутаха в кола", "вкараха в кола", "завлякоха", "завлече",
        "отвлякоха", "отвлича", "заключена", "заключиха ме", "не мога да избягам", "пред вратата",
        "крия се", "скрих се", "не съм в безопасност", "вкъщи не е безопасно",
        # danger
        "в опасност",
        # indirect suicidal wording, farewell letters, pills gathered
        "прощално писмо", "прощални писма", "прощална бележка", "не искам да съм тук",
        "всичко е безсмислено", "по-добре без мен", "събрах хапчета", "събирам хапчета",
        "хапчетата са до мен", "шишенце хапчета", "цялото шишенце", "изпила цял", "изпил цял",
        "да скоча$", "мисля да скоча", "на покрива съм", "седя на покрива", "на покрива и",
        "на моста съм",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "пиша тихо", "пиша тайно", "пиша скришом", "да не ме чуе", "взе ми телефона",
        "стои пред вратата", "стои пред къщата", "чака пред вратата", "чака пред къщата",
        "опитва се да отвори вратата",
        # screams for help
        "вика за помощ", "крещи за помощ", "пищи жена", "крещи жена",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "хвана за гърдите", "се хвана за гърдите", "хвана се за сърцето", "хвана за сърцето",
        "лицето му се изкриви", "лицето ѝ се изкриви", "лицето й се изкриви", "изкривено лице",
        "изтръпна", "изтръпва", "задави", "посинява", "посиня", "анафилакт", "алергичен шок",
        "ухапа го змия", "ухапа я змия", "ухапа ме змия", "ухапан от змия", "ръката му се подува",
        # accidents, fire (Latin script)
        "преобърна", "има ранени", "ранен$", "ранена", "ранени", "gori kashta", "kashtata gori",
        "pozhar",
        # breathing (Latin script)
        "ne moga da disham", "ne moje da disha", "ne mozhe da disha",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "белина", "изтекоха ми водите", "изтекоха водите", "контракциите са през",
        "контракции през", "имам контракции", "силни контракции", "раждам сега",
        "започнах да раждам", "жена ми ражда", "тя ражда", "ражда сега", "започна да ражда",
        "помятам", "помятане", "припадък", "трепери и не", "захарта е много ниска", "ниска захар",
        "захарта падна", "хипогликеми", "падна в езерото", "падна във водата", "беше под водата",
        "удари ток", "тока го удари", "токов удар", "куче нахапа", "кучето нахапа",
        "нахапа го куче", "нахапа я куче", "ухапа го куче", "ухапа я куче", "ухапа ме куче",
        "в кръв$", "тече кръв", "много кръв",
        "блъска главата", "блъска ме", "блъсна главата", "набутаха", "натикаха",
        "никога няма да го видя", "никога няма да я видя", "няма да го видиш", "няма да я видиш",
        "ни заключва", "ме заключва", "застрел", "не отваря очи", "не можем да го събудим",
        "не можем да я събудим", "взе много наркотици", "взел много наркотици",
        "твърде много наркотици", "горещо олио", "чуват се удари", "чуваме удари",
        "чувам удари",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "не се е събудил", "не се събужда", "устните ѝ са сини", "устните му са сини",
        "устните са сини", "посинели устни", "посиняли устни", "ne se e sabudil", "sa sini",
        "няма да ми трябват", "никой не отваря", "ще ме довърши", "ще те довърша", "me dovarshi",
        "te dovarsha", "няма да видиш утрешния", "няма да видя утрешния", "ще те намеря",
        "ще ме намери", "опозор", "позориш семейството", "честта на семейството",
        "чест на семейството", "да ме омъж", "ме омъжват", "чака пред вратата", "стои пред вратата",
        "пред вратата ми", "pred vratata", "вкъщи от три дни", "вкъщи от два дни", "вкъщи от дни",
        "vkashti ot tri", "vkashti ot dva", "сбогува с всички", "сбогувах се с всички",
        "се сбогувах с всички", "сбогувах с всички", "спря да се поти", "топлинен удар",
        "слънчев удар", "в снега лежи", "лежи в снега", "леденостуд", "измръзнал", "хипотерм",
        "премръзнал", "всички имаме главоболие", "въглероден окис", "отровихме се с газ",
        "ще я убие", "ще го убие", "мъртва си", "мъртъв си", "кажете на децата ми че",
        "че ги обичам", "s nozha", "nozh v ratse", "ne mozhe da stane", "prebi$", "me prebi",
        "не я връща", "не го връща", "не ги връща", "говори несвързано", "бухалка",
        # drowning, gas smelt, smoke in the stairwell, falls from scaffolding or a roof, bleeding
        # that gushes, on the rails, trapped or someone inside, a face twisted and an arm hanging
        "се дави", "се давят", "се удави", "удави се", "удавя", "удавен", "удавил", "davi se",
        "se davi", "udavi", "мирише силно на газ", "мирише много на газ", "миризма на газ",
        "мирис на газ", "смърди на газ", "вони на газ", "усещам газ", "надушвам газ", "изтича газ",
        "тече газ", "mirishe na gaz", "mirishe silno na gaz", "miris na gaz", "mirizma na gaz",
        "пушек в", "пушек навсякъде", "има пушек", "пълно с пушек", "pushek v", "ima pushek",
        "пълно с дим", "дим в стълбището", "стълбището е пълно", "от скеле", "падна от покрива",
        "падна от височина", "падна от стълба", "не помръдва", "ot skele", "ne pomradva",
        "ne pomardva", "ne mrada", "кръвта шурти", "шурти кръв", "кръв шурти", "кръвта блика",
        "блика кръв", "кръвта тече", "kravta ne spira", "kruvta ne spira", "kravta shurti",
        "kruvta shurti", "krav teche", "mnogo krav", "mnogo kruv", "на релсите", "под влака",
        "пред влака", "na relsite", "pod vlaka", "pred vlaka", "затисна", "заклещ", "притиснат под",
        "вътре има човек", "вътре има хора", "вътре има дете", "вътре има деца", "има човек вътре",
        "има хора вътре", "има дете вътре", "някой е вътре", "zatisnat", "zakleshten",
        "vatre ima chovek", "vutre ima chovek", "лицето и е изкривено", "лицето е изкривено",
        "лицето му е изкривено", "устата е изкривена", "устата и е изкривена",
        "устата му е изкривена", "ръката и виси", "ръката му виси", "ръката виси", "izkriven",
        "rakata i visi", "rakata mu visi", "rakata visi", "rukata visi",
        # told calmly, the danger named in passing: slurred speech and an arm that cannot be
        # raised, a child chewing a laundry capsule, workers locked in, a stranger pulling a
        # child to his car, a farewell after tonight, trains passing without stopping, all of
        # one's pills at once, burning oneself with a cigarette, a child gone off a boat, a
        # horse's kick to the head, an inhaler that does not help and greying lips, cleaning
        # fluid drunk and blood vomited, a tree on the house and a cable in the street (also in
        # Latin letters)
        "говори неразбираемо", "говори завалено", "заваля думите", "завалено говори",
        *(f"{cannot} да {own}вдигне {arm}" for cannot in ("не може", "не можа")
          for own in ("", "си ") for arm in ("ръката", "ръка", "лявата", "дясната")),
        "не мога да си вдигна ръката", "не мога да вдигна ръката", "боли ме лявата ръка",
        "лявата ръка ме боли", "лявата ръка изтръпва",
        *(f"{ate} {one}капсул" for ate in ("сдъвка", "сдъвкал", "сдъвкала", "изяде", "изял",
          "изяла", "захапа", "захапал", "захапала", "лапна", "лапнал", "лапнала")
          for one in ("", "една ", "някаква ")),
        "ни заключи", "към колата си", "към колата му", "да се качи в колата", "да влезе в колата",
        "хвана дъщеря ми за", "хвана сина ми за", "хвана детето за", "дърпаше към",
        "дърпа към колата", "след тази нощ вече", "след тази нощ няма", "след тази вечер вече",
        "минават без да спират", "влаковете без да спират", "влак без да спира",
        *(f"{all_} {pills} наведнъж" for all_ in ("всичките си", "всичките", "всички")
          for pills in ("хапчета", "лекарства", "антидепресанти", "таблетки", "приспивателни")),
        "кутията е пред мен", "хапчетата са пред мен", "пред мен са хапчетата", "смъртоносна доза",
        "смъртна доза", "прекалено много за човек", "твърде много за човек", "си горя", "горя си",
        "изгарям си", "изгарям се с", "горя ръцете", "гася цигари по", "гася цигари в ръката",
        "гася си цигари", "падна от лодка", "падна в реката", "падна в морето", "не изплува",
        "не е изплувал", "не е изплувала", "под водата и не",
        *(f"ритна {whom} в {where}" for whom in ("го", "я", "ме", "сина ми", "дъщеря ми", "детето",
          "баща ми") for where in ("главата", "корема", "гърдите")),
        "удари си главата", "удари се в главата", "удар в главата", "говори объркано",
        "спреят не помага", "спреят вече не помага", "инхалаторът не помага", "помпата не помага",
        "устните му посив", "устните и посив", "устните посив", "устните са сиви", "сиви устни",
        "повръща кръв", "повърна кръв", "повръщаше кръв", "кашля кръв", "плюе кръв", "пил препарат",
        "изпи препарат", "изпил препарат", "пи препарат", "събори дърво", "дърво падна върху",
        "дървото падна върху", "падна дърво", "дърво върху", "кабел за ток на", "лежи кабел",
        "таванът се пука", "покривът се срути", "таванът се срутва", "sabori darvo",
        "saboriha darvo", "darvo varhu", "darvo padna", "padna darvo", "lezhi kabel",
        "tavanat se puka",
        # ... lightning and a smell of burning, a baby crying without tears and a dry nappy, no
        # movements felt in pregnancy, a child locked in a car, water rising, odd snoring, too
        # much insulin, a bridge's height
        "удари гръм", "гръм удари", "мълния удари", "удари мълния", "мирише на изгоряло",
        "плаче без сълзи", "памперсът е сух", "сух памперс", "сухи памперси", "пелената е суха",
        "не усещам бебето", "не усещам движения", "твърд като камък", "заключено в колата",
        "заключен в колата", "заключено в кола", "детето само в колата", "детето е само в колата",
        "бебето само в колата", "бебето е само в колата", "в колата на слънце", "водата се покачва",
        "водата влиза в колата", "водата влиза в къщата", "водата стига до колене",
        "водата е до колене", "хърка странно", "хърка особено", "не мога да го събудя",
        "не мога да я събудя", "твърде много инсулин", "прекалено много инсулин",
        "колко висок е мостът", "колко е висок мостът",
        # letters to the children, ending it tonight
        "писма на децата", "довечера приключвам", "тази вечер приключвам", "уморих се да живея",
        # stroke signs: half the face drooping, suddenly unable to speak
        "половината лице", "половината и лице", "половината му лице", "половин лице",
        "едната страна на лицето", "едната половина на лицето", "едната част на лицето",
        *(f"{face} {aux}увисна" for face in (
            "лице", "лицето", "лицето и", "лицето му", "устата", "устата и", "устата му", "бузата",
            "ъгълът на устата", "ъгъла на устата", "клепачът", "клепача",
        ) for aux in ("", "е ", "се ", "му е ", "и е ", "ми е ")),
        "увиснало лице", "увиснала уста", "увиснал ъгъл", "увиснала буза",
        *(f"{suddenly} не {can} да {speak}" for suddenly in (
            "изведнъж", "внезапно", "отведнъж", "ненадейно", "изневиделица",
        ) for can in ("може", "можа", "мога") for speak in (
            "говори", "говоря", "проговори", "продума",
        )),
        "изведнъж спря да говори", "внезапно спря да говори", "izvednazh ne mozhe da govori",
        "polovinata litse",
        # a throat, tongue, lips or face swelling up, struggling to breathe, chest pain (Latin)
        *(f"{part} {whose}се {swells}" for part in (
            "гърлото", "гърло", "езикът", "езика", "устните", "лицето", "клепачите",
        ) for whose in ("", "ми ", "му ", "и ") for swells in ("поду", "наду")),
        "гърлото ми се затваря", "гърлото се затваря", "гърлото му се затваря",
        "гърлото и се затваря",
        *(f"{swells} {whose}{part}" for swells in ("подува се", "подуват се", "подуха се",
                                                  "поду се", "надува се", "подува", "подуват")
          for whose in ("", "ми ", "му ", "и ") for part in ("гърлото", "езикът", "езика",
                                                            "устните", "лицето")),
        "трудно дишам", "трудно диша", "трудно се диша", "дишам трудно", "диша трудно",
        "едва дишам", "едва диша", "едвам дишам", "едвам диша", "тежко диша", "диша тежко",
        "не мога да вдишам", "не може да вдиша", "не мога да поема въздух",
        "не може да поеме въздух", "bolka v gardite", "bolki v gardite", "ne moga da vdisham",
        "trudno disham", "trudno disha", "garloto mi se poduva", "garloto se poduva",
        # someone hit by a car lying in the road
        *(f"{hit} {whom}" for hit in ("блъснаха", "блъсна", "удариха", "прегазиха")
          for whom in ("пешеходец", "пешеходка", "дете", "човек", "колоездач", "жена", "мъж")),
        "лежи на пътя", "лежи на улицата", "лежи на платното", "лежи на асфалта",
    ),
    "pl": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "karetk", "pogotowie", "straż pożarn", "numer alarmowy", "nagły wypadek", "nagly wypadek",
        "zapalił się", "zapalil sie", "zapaliła się", "zapalila sie", "zapaliło się",
        "zapalilo sie",
        # violence, threats, weapons
        "mnie bije", "bije$", "bija$", "biją", "pobił", "pobil", "pobit", "uderzył", "uderzyl",
        "kopie mnie", "kopnął", "dusi mnie", "dusił", "dusil", "udusi", "napad", "napadł",
        "zaatakow", "zabij", "zabić", "zabic", "zabił",
        "zabil", "zabój", "zaboj", "morder", "nożem", "nozem", "nóż$", "noz$", "pistolet",
        "zamknął mnie", "zamknal mnie", "zamknęli mnie", "zamkneli mnie", "zamknęła mnie",
        "nie wypuszcza", "włamuje", "wlamuje", "włamanie", "wlamanie", "okradli", "obrabow",
        "dotyka mnie", "obmacuje", "wyważa drzwi", "wywaza drzwi", "wyłamuje", "wylamuje",
        "dobija się", "dobija sie", "trzymają mnie", "trzymaja mnie", "trzyma mnie", "więzi mnie",
        "wiezi mnie", "uwięzi", "uwiezi", "szantaż", "szantaz", "włamał", "wlamal", "wtargn",
        "przemoc domowa", "przemoc w domu", "przemocy domowej", "przemocy w domu", "z bronią",
        "z bronia", "zepchnął", "zepchnal", "popchnął mnie", "popchnal mnie", "pchnął mnie",
        "pchnal mnie", "wyważ", "wywaz",
        "mnie dusi", "dusić", "dusic", "chce mnie uderzyć", "chce mnie uderzyc", "chce mnie zabić",
        "siekier", "młotkiem", "mlotkiem", "grozi mi nożem", "grozi mi nozem",
        "grozi, że mnie zabije",
        # sexual violence
        "zgwałc", "zgwalc", "molestow", "napastow",
        # suicide, self-harm
        "samobój", "samoboj", "zabić się", "zabic sie", "zabiję się", "zabije sie", "nie chcę żyć",
        "nie chce zyc", "nie chcę już żyć", "nie chce juz zyc", "chcę umrzeć", "chce umrzec",
        "umrzeć$", "umrzec$", "skończyć ze sobą", "skonczyc ze soba", "skończę ze sobą",
        "odebrać sobie życie", "odebrac sobie zycie", "sobie krzywd", "tnę się", "tne sie",
        "sensu żyć", "sensu zyc", "nie widzę sensu", "nie widze sensu", "połknął", "połknęł",
        "polknal", "polknel", "dużo tabletek", "duzo tabletek", "przedawkow", "nie dam rady dłużej",
        "nie dam rady dluzej", "powieszę się", "powiesze sie", "powiesić się", "powiesic sie",
        "skoczę z", "skocze z", "rzucę się", "rzuce sie", "żyły", "zyly", "podcię", "podcie",
        "wszystko się skończyło", "wszystko sie skonczylo", "nie chcę się obudzić",
        "nie chce sie obudzic", "nie obudzić się", "nie obudzic sie", "chcę zniknąć",
        "chce zniknac", "zniknąć na zawsze", "zniknac na zawsze",
        "siły żyć", "sily zyc", "żyć nie chcę", "zyc nie chce", "ze sobą skończyć",
        "ze soba skonczyc", "skończyć z sobą", "skonczyc z soba", "skończę z sobą",
        "skoncze z soba", "skoncze ze soba", "wyskoczę", "wyskocze", "skoczyć z", "skoczyc z",
        "skoczy z", "na moście i", "na moscie i", "nie ma wyjścia", "nie ma wyjscia",
        "odebrać życie", "zabić siebie", "chce się zabić", "chce sie zabic",
        # medical
        "zawał", "zawal", "udar", "nieprzytomn", "stracił przytomność", "straciła przytomność",
        "przytomnosc", "przytomność", "zemdlał", "zemdlal", "nie oddycha", "nie mogę oddychać",
        "przestał oddychać", "przestała oddychać", "przestało oddychać", "nie moge oddychac",
        "dusi się", "dusi sie", "krwawi", "krwotok", "krew leci",
        "klatce piersiowej", "klatka piersiowa", "drgawk", "padaczk", "zatruł", "zatrul", "zatruła",
        "zatrula", "zatruc",
        "zatruci", "zatrut", "zatruw", "otru", "się dusi", "sie dusi",
        "nie budzi się", "nie budzi sie", "wypadł z okna", "wypadla z okna", "wypadła z okna",
        "topi się", "topi sie", "utonął", "wypadek", "wypił płyn", "wypiła płyn", "wypiło płyn",
        "wypil plyn", "wypila plyn", "wypilo plyn", "wybielacz", "zakrztusi", "może oddychać",
        "moze oddychac", "oparz", "wrząt", "wrzat", "poparz", "nie rusza", "nie może wstać",
        "nie moze wstac", "ze schodów", "ze schodow", "w klatce", "trucizn", "z balkonu", "z okna",
        "spadł z", "spadl z", "spadła z", "spadla z", "spadło z", "spadlo z", "wszystkie tabletki",
        "całe opakowanie", "cale opakowanie",
        "nie reaguje", "leży na podłodze", "lezy na podlodze", "leży na ziemi", "lezy na ziemi",
        "nie wstaje", "nie może się podnieść", "nie moze sie podniesc", "złapać powietrza",
        "zlapac powietrza", "złapać tchu", "zlapac tchu", "brak mi powietrza",
        "brakuje mi powietrza", "brakuje jej powietrza", "brakuje mu powietrza", "duszności",
        "dusznosci", "nie może oddychać", "nie moze oddychac", "potrącił", "potracil", "potrąciło",
        "potracilo", "potrącony", "potracony", "potrącona", "potracona", "za dużo tabletek",
        "za duzo tabletek", "za dużo leków", "za duzo lekow", "ból w klatce", "bol w klatce",
        # a child missing or in danger
        "dziecko zagin", "dziecko znikn", "syn zagin", "syn znikn", "córka zagin", "córka znikn",
        "porwan", "porwał", "porwal", "nie wrócił do domu",
        "nie wrocil do domu",
        "nie wróciła", "nie wrocila", "uciekł z domu", "uciekl z domu", "uciekła z domu",
        "uciekla z domu",
        # fire, gas
        "pożar", "pozar", "pali się", "pali sie", "płonie", "plonie", "dym$", "czuć gaz",
        "czuc gaz", "zapach gazu", "wyciek gazu",
        # stalking, forced marriage
        "śledzi", "sledzi", "śledzą", "sledza", "nęka mnie", "neka mnie", "prześladuje",
        "przesladuje", "przymusow", "zmusz", "zmusić", "zmusic", "zmuszą", "za mąż", "za maz",
        "na siłę", "na sile", "idzie za mną", "idzie za mna", "chodzi za mną", "chodzi za mna",
        "za mną idzie", "za mna idzie", "goni mnie", "biegnie za mną", "biegnie za mna",
        "mnie goni", "gonią mnie", "gonia mnie", "mnie gonią", "mnie gonia", "ściga mnie",
        "sciga mnie", "ścigają mnie", "scigaja mnie",
        # shooting, explosives, attacks under way or planned
        "strzela", "strzał", "strzal", "strzelanin", "bomb", "wybuch", "wysadz", "ładunek",
        "ladunek", "materiały wybuchowe", "do isis", "do państwa islamskiego",
        "zamach$", "zamachu$", "zamach na",
        # intruder in the home, kidnapping, locked in, not safe
        "ktoś wszedł", "ktos wszedl", "ktoś wchodzi", "ktos wchodzi", "wchodzi do domu",
        "wchodzi do mieszkania", "ktoś jest w domu", "ktos jest w domu", "ktoś jest w mieszkaniu",
        "ktos jest w mieszkaniu", "obcy w domu", "obcy w mieszkaniu", "wybił szyb", "wybil szyb",
        "wybili szyb", "wybił okno", "wybil okno", "wciągnął do", "wciagnal do", "wciągnęli do",
        "wciagneli do", "wciągają do", "wciagaja do", "do samochodu siłą", "do auta siłą",
        "jestem zamknięt", "jestem zamkniet", "zamknięta w", "zamknieta w", "zamknięty w",
        "zamkniety w", "zamknął nas", "zamknal nas", "zamknęli nas", "schowałam się",
        "schowalam sie", "schowałem się", "schowalem sie", "chowam się", "chowam sie",
        "ukrywam się", "ukrywam sie", "nie jestem bezpieczn",
        # danger
        "w niebezpieczeństwie", "w niebezpieczenstwie", "stoi pod drzwiami", "terrorystyczn",
        # indirect suicidal wording, farewell letters, pills gathered
        "list pożegnaln", "listy pożegnaln", "pożegnałam się", "pożegnałem się", "po co żyć",
        "zrobię coś sobie", "coś sobie zrobię", "zrobić sobie coś", "lepiej beze mnie",
        "zbieram tabletki", "zebrałam tabletki", "zebrałem tabletki", "tabletki leżą obok",
        "tabletki mam przy sobie",
        # writing in secret or hiding from an abuser, someone waiting outside or at the door
        "piszę po kryjomu", "po kryjomu", "piszę cicho", "żeby nie usłyszał", "zabrał mi telefon",
        "nie pozwala wyjść", "nie pozwala mi wyjść", "czeka pod domem", "stoi pod domem",
        "próbuje otworzyć drzwi",
        # screams for help
        "woła o pomoc", "krzyczy o pomoc", "krzyczy kobieta", "wzywa pomocy",
        # stroke signs, low blood sugar, choking, allergic shock, bites
        "krzywą twarz", "twarz krzyw", "twarz mu opad", "twarz jej opad", "opadnięty kącik",
        "bełkocze", "drętwie", "zdrętwia", "jest mi bardzo słabo", "zakrztusił", "sinieje",
        "zsiniał", "wstrząs anafilakt", "ugryzła żmija", "ugryzła go żmija",
        "ukąsiła go żmija", "ukąszenie żmii",
        # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
        # blows heard, a child taken, locked in at work, shooting threats
        "pełna dymu", "pelna dymu", "pełno dymu", "pelno dymu", "w dymie", "ból w piersi",
        "bol w piersi", "boli w piersi", "kłucie w piersi", "klucie w piersi", "się za serce",
        "sie za serce",
        "domestos", "zjadł tablet", "zjadla tablet", "zjadła tablet", "zjadl tablet",
        "tabletki babci", "odeszły wody", "odeszly wody", "odeszły mi wody", "odeszly mi wody",
        "skurcze co", "rodzę$", "rodze$", "żona rodzi", "zona rodzi", "rodzi teraz",
        "zaczęła rodzić", "zaczyna rodzić",
        "zaczął się poród", "zaczal sie porod", "poród się zaczął", "porod sie zaczal",
        "chyba poronienie", "ronię$", "ma atak",
        "trzęsie się i nie", "trzesie sie i nie", "cukier bardzo nisk", "niski cukier",
        "cukier spad",
        "hipoglikemi", "krew nie przestaje", "leci krew", "wpadł do wody", "wpadł do stawu",
        "wpadł do basenu", "wpadł do rzeki", "wpadl do wody", "wpadl do stawu", "wpadl do basenu",
        "wpadl do rzeki", "wpadła do wody", "wpadła do stawu", "wpadła do basenu",
        "wpadla do wody", "wpadla do stawu", "wpadla do basenu", "był pod wodą", "była pod wodą",
        "byl pod woda", "byla pod woda", "poraził prąd", "porazil prad", "porażenie prąd",
        "porazenie prad", "pogryzł", "pogryzl", "pogryzła", "pogryzla", "we krwi", "walił mnie",
        "walił moją", "wali mnie", "walil mnie", "walil moja",
        "głową o ścian", "glowa o sciane", "wciągnęło", "wciagnelo", "więcej nie zobacz",
        "wiecej nie zobacz", "nigdy nie zobaczysz", "zamyka nas", "chce skoczyć", "chce skoczyc",
        "zastrzel", "nie otwiera oczu", "nie możemy go obudzić", "nie mozemy go obudzic",
        "nie możemy jej obudzić", "nie mozemy jej obudzic", "za dużo narkotyków",
        "za duzo narkotykow", "gorącym olejem", "goracym olejem", "słychać uderzenia",
        "slychac uderzenia", "słychać bicie", "slychac bicie", "pocięłam", "pocielam", "pociąłem",
        "pocialem",
        # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
        "nie obudzila sie", "nie obudzil sie", "nie obudzi sie", "sine usta", "usta sa sine",
        "usta sine", "zsinial", "nie beda mi juz potrzebne", "mi juz nie beda potrzebne",
        "nikt nie otwiera", "placze od godzin", "nie doczekam", "nie doczekasz",
        "znajdzie mnie wieczorem", "znajdzie mnie dzis", "znajde cie", "hanb", "zhanbi",
        "honor rodziny", "czeka pod drzwiami", "stoi pod drzwiami", "pod moimi drzwiami",
        "samo w domu od", "sam w domu od", "sama w domu od", "dni sam w domu", "dni samo w domu",
        "dni jest sam", "pozegnala sie", "pozegnal sie", "sie ze wszystkimi pozegna",
        "przestal sie pocic", "przestala sie pocic", "udar ciepln", "udar sloneczn",
        "czerwony i zdezorientowan", "goracy i zdezorientowan", "w sniegu lezy", "lezy w sniegu",
        "jest lodowaty", "jest lodowata", "lodowaty i", "lodowata i", "wychlodz", "hipoterm",
        "zatrucie czadem", "zaczadz", "zatrul sie czadem", "zatruli sie czadem",
        "zatrula sie czadem", "wszyscy mamy bole glowy", "ja zabije", "go zabije",
        "jestes martwa", "jestes martwy", "jestes trupem", "jutro mnie juz nie bedzie",
        "wtedy mnie juz nie bedzie", "mnie juz nie bedzie na swiecie", "powiedzcie dzieciom",
        "wywiozl corke", "wywiozl syna", "wywiozl dzieci", "wywiozl dziecko", "i bredzi",
        "kijem bejsbol", "kij bejsbol",
        # drowning ("tonie"), a hand pulled into a machine, crushed or trapped, gas smelt, on
        # the tracks
        "ktoś tonie", "dziecko tonie", "syn tonie", "córka tonie", "człowiek tonie",
        "chłopiec tonie", "dziewczynka tonie", "mężczyzna tonie", "kobieta tonie", "tonie w jezior",
        "tonie w rzece", "tonie w wodzie", "tonie w basenie", "tonie w morzu", "tonie w stawie",
        "utonęła", "utonęło", "utopił się", "utopiła się", "nie wypłynął", "nie wypłynęła",
        "poszedł pod wodę", "poszła pod wodę", "maszyna wciągn", "wciągnęła maszyna",
        "wciągnęła mu", "wciągnęła jej", "wciągnęła rękę", "rękę wciągnęł", "ręka w maszynie",
        "rękę w maszynie", "ręka utknęła", "przygniot", "przygniec", "zakleszcz", "przycięło",
        "urwało palec", "urwało rękę", "obcięło palec", "odcięło palec", "z rusztowania",
        "z drabiny", "śmierdzi gaz", "gazem śmierdzi", "gazem czuć", "czuję gaz", "pachnie gazem",
        "stoję na torach", "leżę na torach", "się na torach", "na torach i", "pod pociąg",
        "przed pociąg",
        # told calmly, the danger named in passing: a baby crying without tears with a dry
        # nappy, someone rattling my door handle after photos of me left at the door, a
        # farewell after tonight, a viaduct over the motorway, how many pills are too many for
        # a person, someone gone under in a lake, lightning in the roof and a burning smell, a
        # swollen tongue or throat and hardly breathing, a whole pack of pills with vodka and
        # cannot be woken, water coming into the car
        "płacze bez łez", "płacz bez łez", "płakał bez łez", "płakała bez łez", "pieluszka sucha",
        "pieluszka jest sucha", "sucha pieluszka", "suchą pieluszkę", "sucha pielucha",
        "pielucha sucha", "pielucha jest sucha", "pieluchy suche", "szarpie za klamk",
        "szarpie klamk", "szarpie za drzwi", "szarpie drzwi", "ktoś szarpie", "zdjęcia mnie z",
        "zdjęcie mnie z", "zdjęcia mnie pod", "zostawia mi pod drzwiami", "po dzisiejszej nocy już",
        "po dzisiejszej nocy nie", "po tej nocy już", "po tej nocy nie", "wiadukcie nad autostrad",
        "wiadukt nad autostrad", "siatka na wiadukcie", "siatka na moście", "z wiaduktu",
        "moście nad autostrad", "most nad autostrad", "jak wysoki jest most",
        "jak wysoki jest wiadukt", "za dużo dla człowieka", "dawka śmiertelna", "śmiertelna dawka",
        "śmiertelną dawk", "wszedł do wody i", "weszła do wody i", "już go nie widać",
        "już jej nie widać", "zniknął pod wodą", "zniknęła pod wodą", "zniknął w wodzie",
        "zniknęła w wodzie", "piorun trafił", "piorun uderzył", "uderzył piorun", "trafił piorun",
        "piorun w dach", "spalenizn",
        *(f"{swollen} {what}" for swollen in ("spuchnięty", "spuchnięte", "spuchł", "spuchło",
          "spuchły", "puchnie", "puchną", "opuchnięty", "opuchnięte")
          for what in ("język", "gardło", "usta", "wargi")),
        "ledwo oddycha", "ledwo oddycham", "ledwo może oddychać", "z trudem oddycha",
        "inhalator nie pomaga", "szare usta", "usta są szare", "usta robią się sine",
        *(f"{cannot} {whom} dobudzić" for cannot in ("nie mogę", "nie możemy", "nie da się",
          "nie można") for whom in ("go", "jej")),
        "dziwnie chrapie", "charczy", "rzęzi", "wziął całą paczk", "wzięła całą paczk",
        "zjadł całą paczk", "zjadła całą paczk", "łyknął całą", "łyknęła całą", "tabletki z wódką",
        "tabletek z wódką", "tramalu z wódką", "leki z wódką", "leków z wódką", "popił wódką",
        "popiła wódką", "za dużo insuliny", "woda wchodzi do", "woda już wchodzi",
        "woda już się wlewa", "wlewa się do środka", "woda wlewa się", "woda się podnosi",
        "woda podnosi się", "woda po kolana", "sięga do kolan", "sięga już do kolan",
        "sięga do pasa", "sięga już do pasa", "po kolana w wodzie", "po pas w wodzie",
        "woda do kolan", "woda do pasa", "woda po pas", "woda jest coraz wyżej", "woda coraz wyżej",
        # ... the left arm hurting, no movements felt in pregnancy, blood vomited, a laundry
        # capsule bitten, a child shut in a hot car, a child told to come alone, trains passing
        # without stopping
        "ból w lewym ramieniu", "boli lewe ramię", "boli mnie lewe ramię", "lewe ramię boli",
        "nie czuję ruchów", "nie czuję dziecka", "brzuch twardy jak", "twardy jak kamień",
        "wymiotuje krwią", "wymiotował krwią", "wymiotowała krwią", "kaszle krwią", "pluje krwią",
        *(f"{ate} {pod}" for ate in ("zjadł", "zjadła", "ugryzł", "ugryzła", "gryzł", "gryzła",
          "połknęło", "zjadło") for pod in ("kapsułk", "tabletkę do zmywarki",
          "tabletki do zmywarki")),
        "dziecko zamknięte w", "zamknięte w aucie", "zamknięte w samochodzie", "samo w aucie",
        "samo w samochodzie", "w nagrzanym aucie", "w nagrzanym samochodzie", "żeby przyszła sama",
        "żeby przyszedł sam", "przejeżdżają bez zatrzym", "wywołać wymioty", "zmusić do wymiotów",
        # vomiting blood
        "wymiotuje z krwią", "wymiotuje krwią",
        # someone at the door and banging on it now ("stoi teraz pod drzwiami i wali w nie"),
        # pills in the hand ("mam w ręku tabletki")
        *(f"{bangs} {into} drzwi" for bangs in (
            "wali", "walą", "walił", "łomocze", "łomoczą", "kopie", "kopią", "tłucze", "tłuką",
            "uderza", "uderzają", "dobija się", "dobijają się", "szarpie", "rzuca się",
        ) for into in ("w", "we", "do", "pięściami w", "pięścią w", "nogą w", "nogami w")),
        "walenie w drzwi", "walenie do drzwi",
        *(f"drzwiami i {does}" for does in ("wal", "łomocz", "kop", "szarp", "krzycz", "grozi",
                                            "tłucz", "dobija")),
        *(f"{stands} {now} pod {door}" for stands in ("stoi", "czeka", "jest", "siedzi")
          for now in ("teraz", "znowu", "znów", "właśnie", "już", "tu", "tutaj", "ciągle", "nadal")
          for door in ("drzwiami", "moimi drzwiami", "naszymi drzwiami", "domem", "oknem")),
        *(f"{now} {stands} pod {door}" for stands in ("stoi", "czeka", "jest")
          for now in ("teraz", "znowu", "znów", "właśnie", "już")
          for door in ("drzwiami", "moimi drzwiami", "naszymi drzwiami", "domem", "oknem")),
        *(f"{pills} w {hand}" for pills in ("tabletki", "tabletek", "leki", "leków", "pigułki",
                                            "pigułek", "proszki", "proszków", "żyletkę", "nóż")
          for hand in ("ręku", "ręce", "rękach", "dłoni", "garści")),
        *(f"w {hand} {pills}" for pills in ("tabletki", "tabletek", "leki", "pigułki", "proszki",
                                            "żyletkę", "nóż")
          for hand in ("ręku", "ręce", "rękach", "dłoni", "garści")),
        *(f"{handful} {pills}" for handful in ("garść", "garści", "garścią", "wysypałam",
                                               "wysypałem")
          for pills in ("tabletek", "tabletki", "leków", "leki", "pigułek", "pigułki", "proszków")),
    ),
}

CRIES: dict[str, tuple[str, ...]] = {
    "de": (
        # calls for help and rescue
        "notfall", "hilfe hilfe", "helft mir", "helfen sie mir", "rettet mich", "rette mich",
        "lass mich los", "komm nicht näher", "kommt schnell", "kommen sie schnell", "hör auf$",
        "hoer auf$", "tut mir weh", "ruft hilfe",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "polizei", "gewalt", "waffe", "blut$", "schlägt$", "schlaegt$",
        # someone missing or lost (a lost passport is not an emergency)
        "verschwunden", "vermisst", "hat sich verlaufen", "verloren gegangen", "verlorengegangen",
        "nicht zurück", "nicht zurueck", "weiß nicht wo", "weiss nicht wo", "wissen nicht wo",
        "geht nicht ans telefon",
        # fear, screams, someone at the door
        "ich habe angst", "hab angst", "schreit um hilfe", "hilfeschreie", "steht vor meiner tür",
        # terror (sympathy for terrorists is a prevention question)
        "terror", "anschlag",
        # emergency numbers
        "sos$", "110$", "112$",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "unfall",
        "antwortet nicht", "droht$",
        # a crisis service or "I'm dying": alarms unless asked about ("Frauenhaus open at night?")
        "frauenhaus", "ich sterbe",
        # someone gone who cannot be found
        "finden sie nicht", "finden ihn nicht", "finde sie nicht", "finde ihn nicht",
        # nobody opens, crying for hours, carbon monoxide
        "niemand macht auf", "keiner macht auf", "macht niemand auf", "macht keiner auf",
        "weint seit stunden", "schreit seit stunden", "kohlenmonoxid", "macht die tür nicht auf",
        # an accident at work (ordinary next to the insurance or a service)
        "arbeitsunfall",
        # told calmly: wanting it to stop, tired of everything (ordinary next to a service: "will
        # nur, dass es aufhört mit den Briefen")
        *(f"will {just}{comma} dass es aufhört" for just in ("einfach", "nur", "nur noch")
          for comma in ("", ",")),
        "müde von allem", "muede von allem", "müde vom leben",
    ),
    "en": (
        # calls for help and rescue
        "emergency", "save me", "somebody help", "someone help", "let me go", "get away from me",
        "don't come near me", "dont come near me", "come quickly", "come fast", "stop it",
        "call for help",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "police", "violence", "violent", "weapon", "blood$",
        # someone missing or lost (a lost passport is not an emergency)
        "is missing", "are missing", "missing since", "and missing", "went missing", "gone missing",
        "disappeared", "is lost", "got lost", "not answering", "know where she is",
        "know where he is",
        # fear, screams, someone at the door
        "i'm scared", "i am scared", "im scared", "so scared", "terrified", "screaming for help",
        "screams", "outside my door",
        # terror (sympathy for terrorists is a prevention question)
        "terror",
        # emergency numbers
        "911$", "999$",
        # medicines (not when buying them)
        "paracetamol", "painkillers", "sleeping pills",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "accident",
        # a crisis service or "I'm dying": alarms unless asked about ("Frauenhaus open at night?")
        "women's shelter", "womens shelter", "i'm dying", "im dying",
        # someone gone who cannot be found
        "cant find her", "can't find her", "cannot find her", "cant find him", "can't find him",
        "cannot find him",
        # nobody opens, crying for hours, carbon monoxide
        "nobody opens", "no one opens", "nobody answers the door", "no one answers the door",
        "crying for hours", "screaming for hours", "carbon monoxide", "doesn't answer",
        "doesnt answer", "isn't answering", "isnt answering",
        # told calmly: tired of everything, asking for myself, he found out where I live
        # (ordinary next to a service: "the registration office found out where I live")
        "tired of everything", "tired of it all", "asking for myself", "asking for me$",
        "found out where i live", "found where i live", "just want it to stop",
    ),
    "ar": (
        "ta3alo", "ta3alu",
        # calls for help and rescue
        "ساعدوني", "ساعدونا", "النجدة", "نجدة", "الحقوني", "الحقني", "انقذوني", "أنقذوني", "انقذني",
        "أنقذني", "غيثوني", "فزعة", "sa3d", "sa3id", "sa3ed", "najde", "najda", "el7a2ouni",
        "il7a2ouni", "الحقونا", "اتركني", "فلتني", "لا تقرب", "تعالوا بسرعة", "تعالوا",
        "is3afo", "sa3douni",
        "دخيلكم", "دخيلكن", "دخيلكو", "دخيل الله", "dakhilkon", "dakhilkom", "dakhilko", "da5ilkon",
        "da5ilkom", "da5ilko", "dkhilkon", "d5ilkon", "dakhlkon", "da5lkon", "حدا يجي هلق",
        "حدا يجي هلا", "حدا يجي هسه", "حدا يجي الحين", "حد يجي هلق", "حد يجي الحين",
        "حدا يجي بسرعه", "حد يجي بسرعه", "7ada yiji hala2", "7ada yeje hala2", "7ada yeji hala2",
        "7ada yiji bsor3a", "7ada yeje bsor3a",
        # Arabizi "help us", "save us", "the rescue" ("ilha2ouni", "ino2zouna", "elnagda"), "send
        # someone"
        "il7a2o", "il7a2u", "el7a2o", "el7a2u", "al7a2o", "ilha2o", "ilha2u", "elha2o", "elha2u",
        "alha2o", "l7a2o", "l7a2u", "lha2o", "lha2u", "il7aqo", "il7aqu", "el7aqo", "el7aqu",
        "il7a2ni", "el7a2ni", "ilha2ni", "elha2ni", "in2iz", "in2ez", "en2ez", "en2iz", "an2iz",
        "an2ez", "ino2z", "eno2z", "ano2z", "inqiz", "inqez", "enqez", "anqiz", "in2ith", "an2ith",
        "inqith", "anqith", "inqidh", "anqidh", "nagda", "nagde", "elnagda", "elnajda", "elnajde",
        "ilnajde", "alnajda", "annajda", "ennajde", "ابعتوا حدا", "ابعتولي حدا", "ابعتولنا حدا",
        "ارسلوا حدا", "ارسلوا احد", "ابعثوا احد", "ابعثوا حدا", "ib3atu 7ada", "eb3atu 7ada",
        "eb3ato 7ada", "ib3atouli 7ada", "eb3atouli 7ada",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "شرطة", "شرطه", "بوليس", "عنف", "سلاح", "shorta",
        "تعنيف", "ta3nif", "t3nif",
        # someone missing or lost (a lost passport is not an emergency)
        "مفقود", "ضايع", "ضايعة", "ضاع", "وما رجع", "وما رجعت", "ما بعرف وين", "ما منعرف وين",
        "مش لاقيينه", "مش لاقيينها", "مش لاقينه", "مش لاقينها", "مو لاقينه", "مو لاقينها",
        "مو لاقيينه", "مو لاقيينها", "ما لاقيينه", "ما لاقيينها", "مالكيناه", "ما لكيناه",
        "مالكيناها", "ما لكيناها", "ma la2ito", "ma la2eto", "ma la2ita", "ma la2eta", "ma la2inah",
        "ma la2enah", "ma la2inaha", "ma la2enaha", "ma la2ino", "ma la2eno", "ma la2ineh",
        "ma la2eneh", "mish la2yino", "mish la2yinha", "mesh la2yino", "mesh la2yinha",
        "mish la2yinu", "ma 3am nla2ih", "ma 3am nla2iha", "ma 3am nle2ih", "ma 3am nle2iha",
        *(f"{child} {not_found}" for child in (
            "ابني", "بنتي", "ولدي", "طفلي", "بنتنا", "ابننا", "ابنها", "بنتها", "ابنه", "بنته",
            "ولدنا",
        ) for not_found in (
            "مش لاقيين", "مو لاقين", "مو لاقيين", "ما لاقيين", "ما عم نلاقي", "ما لقينا", "مالقينا",
            "ما لكينا", "مالكينا",
        )),
        *(f"{not_found} {child}" for child in ("ابني", "بنتي", "ولدي", "طفلي", "ابننا", "بنتنا")
          for not_found in ("مش لاقيين", "مو لاقين", "مو لاقيين", "ما لاقيين", "ما عم نلاقي")),
        # fear, screams, someone at the door
        "خايف", "خائف", "عم يصرخ", "عم تصرخ",
        # terror (sympathy for terrorists is a prevention question)
        "ارهاب", "إرهاب",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "طوارئ", "خطر$", "في خطر",
        "ما عم ترد", "ما عم يرد", "مش عم ترد", "مش عم يرد", "ما بدي كمل",
        "مش بيرد", "مش بترد", "ما بيرد", "ما بترد", "ولا يرد", "ولا ترد", "وما يرد", "وما ترد",
        # "I'm dying": an alarm, unless next to a service
        "رح موت", "رح اموت", "عم موت",
        "راح اموت",
        "ma fini kamel", "ma fine kamel", "ma ba2dar kamel", "ma bi2dar kamel", "mish 2ader kamel",
        "mesh 2ader kamel", "mish 2adra kamel", "mesh 2adra kamel",
        # nobody has seen him, not back since morning (not "لسا ما رجعلي حدا", "nobody got back to
        # me"), the phone switched off
        *(f"{nobody} {saw}" for nobody in ("ما حدا", "محدا", "ما حد", "محد", "محدش")
          for saw in ("شافه", "شافها", "شافو")),
        *(f"{nobody} {saw}" for nobody in ("ma 7ada", "ma7ada", "ma 7ad", "m7ad")
          for saw in ("shafo", "shafu", "shafa", "shafha")),
        *(f"{since} {back}" for since in (
            "هلق", "هلا", "للحين", "لسا", "لسه", "لسى", "لحد الان", "الى الان", "حتى الان", "لليوم",
            "هسه",
        ) for back in ("ما رجع$", "ما رجعت$")),
        *(f"ما رجع{t} {since}" for t in ("", "ت")
          for since in ("لهلق", "للحين", "لحد هلق", "لحد الان", "لليوم", "لهسه")),
        *(f"{back} {from_}" for back in (
            "ma raja3", "ma rje3", "ma rije3", "ma raj3et", "ma rij3et", "ma rje3et",
        ) for from_ in (
            "men el sob7", "mn el sob7", "min el sob7", "men mbare7", "3al bet", "3al beit",
            "lal bet", "lal beit",
        )),
        *(f"{phone}{his} {off}" for phone in ("telifon", "telefon", "tilifon", "mobayl", "jawal")
          for his in ("o", "u", "a") for off in ("msak", "ma2f", "m2f", "mtaf", "mughl")),
        *(f"{off} {phone}" for off in ("قفل", "قفلت", "سكر", "سكرت", "طفى", "طفت")
          for phone in ("جوال", "تلفون", "موبايل")),
        *(f"{phone} {off}" for phone in (
            "تلفونه", "تلفونو", "تلفونها", "جواله", "جوالها", "موبايله", "تليفونه", "تليفونها",
        ) for off in ("مسكر", "مقفل", "مقفول", "مطفي", "مغلق")),
        *(f"{now} {dying}" for now in ("3am", "3a", "ra7")
          for dying in ("ymout", "ymut", "ymot", "tmout", "tmut", "tmot")),
        "3am mout", "ra7 mout", "ma 3ad fini kamel", "ma 3ad fine kamel", "ma 3ad fiye kamel",
        "ma 3ad ba2dar kamel", "ma 3ad be2dar kamel", "ma 3ad 2ader kamel", "ma 3ad 2adra kamel",
        "ma agdar akamel", "ma agdar akmel", "ma a2dar akamel", "ma 2dar akamel",
        # shut in alone, standing on a roof, on a bridge or the tracks (not "next to the railway",
        # "a job at the railway"), on the way to the river now (not "going fishing")
        "حابس حال", "حابسه حال", "حابس نفس", "حابسه نفس", "حبس حال", "حبس نفس", "حبست حال",
        "حبست نفس", "سكرت على حال", "سكرت على نفس", "مسكر على حال", "مسكره على حال", "7abes 7al",
        "7abse 7al", "7abes nafs", "7abse nafs",
        *(f"{locked} {self}" for locked in (
            "2afal", "2afalet", "2aflet", "sakar", "sakaret", "7abes", "7abse",
        ) for self in ("3ala nafs", "3ala 7al", "3a 7al", "3al 7al")),
        *(f"{standing} {roof}" for standing in ("واقف", "واقفه")
          for roof in ("على سطح", "على السطح", "عالسطح")),
        "3al jesr", "3al jisr", "3ala el jisr", "3ala el jesr", "fo2 el jisr", "fo2 el jesr",
        *(f"{on} {tracks}" for on in ("على سكه", "عسكه", "عند سكه", "فوق سكه")
          for tracks in ("القطار", "الحديد", "الترين")),
        *(f"{now} {where}" for now in ("دلوقتي", "هلق", "هسه", "الحين")
          for where in ("للنهر", "عالنهر", "على النهر", "للجسر", "عالجسر", "على الجسر")),
        # someone gone who cannot be found
        "ما لقيناها", "ما لقيناه", "ما عم نلاقيها", "ما عم نلاقيه",
        # nobody opens, crying for hours, carbon monoxide
        "ما حدا عم يفتح", "ما حدا بيفتح", "ما حدا يفتح", "محدا يفتح", "يبكي من ساعات",
        "تبكي من ساعات", "عم يصرخ من ساعات",
        "7ada ma 3am yfta7", "ma 7ada 3am yfta7", "7ada ma byfta7", "ma 7ada byfta7",
        "ma7ada 3am yfta7", "7ada ma 3am yefta7", "ma 7ada 3am yefta7", "ma 7ada byefta7",
        "ma 3am yrod", "ma 3am trod", "mish 3am yrod", "mish 3am trod", "ma byrod", "ma btrod",
        "mesh beyrod", "mesh betrod", "mish biyrud",
        *(f"{and_not} {answers}" for and_not in ("w ma", "wma")
          for answers in ("yrud", "yrod", "yerod", "trud", "trod", "terod", "yred", "tred")),
        # told calmly: someone who knows where one lives, a stranger at a child (a stranger
        # talking religion to a son is a prevention question, which names its worry)
        *(f"{knows} {where}" for knows in ("بيعرف", "يعرف", "عارف", "بتعرف", "تعرف") for where in (
            "وين ساكن", "وين بسكن", "وين اسكن", "اين اسكن", "انا ساكن فين", "انا ساكنه فين",
            "ساكنه فين", "وين بيتي",
        )),
        *(f"{stranger} {acts} {child}" for stranger in (
            "راجل غريب", "رجل غريب", "زلمه غريب", "واحد غريب", "شخص غريب", "رجال غريب",
        ) for acts in (
            "كلم", "حكى مع", "قرب من", "قرب على", "لحق", "مسك", "اخد", "اخذ", "حاول ياخد",
            "عم يلحق", "نادى", "ماشي ورا",
        ) for child in ("بنتي", "ابني", "ولدي", "طفلي", "بنتنا", "ابننا", "طفلتي")),
    ),
    "tr": (
        # calls for help and rescue
        "imdat", "yardım edin", "yardim edin", "kurtarın", "kurtarin", "beni kurtar", "yetişin",
        "yetisin", "bırak beni", "birak beni", "yaklaşma", "yaklasma", "çabuk gelin",
        "cabuk gelin", "hemen gelin", "canımı acıtıyor", "canimi acitiyor", "çağırın", "cagirin",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "polis$", "polise", "polisi", "polisl", "polisin", "şiddet", "siddet", "silah",
        # someone missing or lost (a lost passport is not an emergency)
        "kayıp", "kayip", "kaybol", "telefonu kapalı", "telefonu kapali", "beri yok",
        "nerede olduğunu bilmiyor", "nerede oldugunu bilmiyor",
        # fear, screams, someone at the door
        "korkuyorum", "çığlık", "ciglik",
        # terror (sympathy for terrorists is a prevention question)
        "terör", "teror",
        # emergency numbers
        "155$",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "cevap vermiyor", "yanıt vermiyor", "yanit vermiyor", "kazası", "kazasi",
        # nobody opens, crying for hours, carbon monoxide
        "kimse kapiyi acmiyor", "kapiyi acmiyor", "saatlerdir agliyor", "telefonu acmiyor",
        "karbonmonoksit", "karbon monoksit",
    ),
    "uk": (
        # calls for help and rescue
        "допоможіть", "помогіть", "поможіть", "рятуйте", "рятуй$", "рятунку", "врятуйте", "спасіть",
        "dopomozhit", "ryatuyte", "відпусти мене", "не підходь", "швидше приїжджайте", "перестань",
        "мені боляче", "викличте", "приїжджайте", "приїдьте",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "поліці", "поліція", "насильств", "насилля", "зброя", "зброєю",
        # someone missing or lost (a lost passport is not an emergency)
        "зник", "пропав", "пропала", "пропали", "загубив", "загубил", "заблукал", "знають де вона",
        "знають де він", "знаю де вона", "знаю де він", "не відповідає", "не можемо знайти",
        "не можу знайти",
        # fear, screams, someone at the door
        "мені страшно", "мені дуже страшно", "крики", "б'ються",
        # terror (sympathy for terrorists is a prevention question)
        "терорист", "теракт",
        # emergency numbers
        "102$", "103$",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "не можу вийти",
        # someone gone who cannot be found
        "не можемо її знайти", "не можемо його знайти",
        # nobody opens, crying for hours, carbon monoxide
        "плаче вже кілька годин", "плаче кілька годин", "чадн",
        # a child nowhere to be found
        "ніде нема",
        # a child lost, nobody answers, a fight (Latin; бійка in Cyrillic)
        "zahubyvsya", "zahubylas", "zablukav", "zablukala", "ne vidpovidaye", "бійк",
        # a decision told calmly ("я вже все вирішила"): alarming alone, ordinary with thanks or a
        # service ("дякую, я вже все вирішила з документами")
        "вже все вирішил", "вже все вирішив", "я все вирішил", "я все вирішив",
        "все вже вирішил", "все вже вирішив",
    ),
    "ru": (
        # calls for help and rescue
        "помогите", "спаси меня", "караул", "pomogite", "spasite", "отпусти меня",
        "приезжайте быстрее", "приезжайте скорее", "прекрати", "мне больно",
        "вызовите", "приезжайте",
        "не подходи$",
        "помогити", "памагите", "помагите", "пмогите",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "полици", "полиция", "оружие",
        "насилие над", "насилия над", "насилие со стороны", "насилия со стороны",
        "применяет насилие", "применил насилие", "подвергаюсь насили", "жертва насилия",
        "терплю насилие",
        # someone missing or lost (a lost passport is not an emergency)
        "пропал", "пропала", "пропали", "исчез", "потерялся", "потерялась", "заблудил",
        "знают где она", "знают где он", "знаю где она", "знаю где он", "не отвечает",
        "не можем найти", "не могу найти",
        # fear, screams, someone at the door
        "мне страшно", "мне очень страшно", "крики", "дерутся",
        # terror (sympathy for terrorists is a prevention question)
        "террорист", "теракт",
        # emergency numbers
        "102$", "103$",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "не могу выйти",
        # calls for help
        "спасите$",
        # someone gone who cannot be found
        "не можем ее найти", "не можем его найти", "не можем её найти",
        # nobody opens, crying for hours, carbon monoxide
        "плачет уже несколько часов", "плачет несколько часов", "угарн",
        # a traffic accident, a child nowhere to be found
        "дтп$", "нигде нет",
        # a child lost, nobody answers, urgent help (Latin), a fight
        "poteryalsya", "poteryalas$", "poteryalas'", "poterialsia", "poterjalsja", "poteralsya",
        "ne otvechaet", "ne otvechayet", "srochno pomo", "pomosh srochno", "pomoshch srochno",
        "драка$", "драки$", "драку$", "драке$",
        # a decision told calmly ("я уже все решила"): alarming alone, ordinary with thanks or a
        # service ("спасибо, я уже все решила с документами")
        "уже все решил", "я все решил", "все уже решил",
    ),
    "fa": (
        "komak fori", "zood biyaid", "zud biyaid",
        # calls for help and rescue
        "کمک کنید", "به دادم برس", "به دادمون برس", "نجاتم بد", "نجاتم ده", "komakam",
        "komak konid", "dadam beres", "کمکم کنید", "ولم کن", "نزدیکم نیا", "زود بیایید",
        "زود بیاین",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "پلیس", "polis$", "خشونت", "اسلحه", "pulis$",
        # someone missing or lost (a lost passport is not an emergency)
        "گم شد", "نمیدونن کجاست", "نمیدونم کجاست", "جواب نمیده",
        "جواب نمیته", "جواب نمیدهد", "جواب نمیدن", "جواب نمیتن", "تلفن را جواب نمی",
        "تیلفون را جواب نمی", "تلفنش را جواب نمی", "جواب تلفن را نمی", "جواب تیلفون را نمی",
        "جواب تلفن نمی", "جواب تیلفون نمی", "گوشیش خاموش", "گوشی اش خاموش", "تلفنش خاموش",
        "تیلفونش خاموش", "موبایلش خاموش",
        # fear, screams, someone at the door
        "میترسم", "جیغ",
        # afraid (Finglish), cannot go home tonight, "can someone come and take me away",
        "mitarsam", "نمیتونم برم خونه", "نمیتوانم بروم خانه", "بیاد منو ببره", "بیاید مرا ببرد",
        "خطر$",
        "چیغ",
        # terror (sympathy for terrorists is a prevention question)
        "تروریست",
        # "I'm dying": an alarm, unless next to a service
        "میمیرم",
        # someone gone who cannot be found
        "پیداش نمیکنیم", "پیداش نمیکنم",
        # nobody opens, crying for hours, carbon monoxide
        "ساعته گریه میکنه", "ساعته داره گریه",
        # calls for help, someone gone who cannot be found
        "یکی کمکم کن", "یکی کمک کن", "یکی بیاد", "یکی برسه", "یکی به دادم", "خدایا کمکم",
        "خدایا یکی", "تو رو خدا یکی", "yeki komakam kone", "yeki biad", "khodaya komak",
        "همه جا رو گشت", "همه جا را گشت", "همه جا گشت", "hame ja ro gasht", "hame jaro gasht",
        "پیدا نمیشه", "پیدا نمیشود", "پیداش نمیشه", "peyda nemishe", "paida nemisha",
        "peda nemesh", "paida nemesh", "peyda nemesh", "peda namesh", "paida namesh",
        "ساله ام نیست", "ساله ام تو پارک نیست", "ساله م نیست",
        # police in Dari ("پولیس بیاد"), as "پلیس" (but not the football club "پرسپولیس")
        "^پولیس",
        # Finglish: a phone off, no answer, no news for hours
        "telefonesh khamoosh", "telefonesh khamush", "telefunesh khamush", "gooshish khamoosh",
        "gushish khamush", "mobailesh khamoosh", "mobilesh khamoosh", "mobailesh khamush",
        "tilfonesh khamosh", "javab nemide", "javab nemidan", "javab nemite", "javab namete",
        "ساعته ازش خبر", "ساعت است ازش خبر", "ساعت است از او خبر", "ساعته خبری ازش",
        "saate azash khabar",
        # a smoke alarm (buying, fitting or a battery for one is a request)
        "آژیر دود", "هشدار دود", "دزدگیر دود", "دتکتور دود", "سنسور دود", "azhir dood",
        "azhire dood", "hoshdar dood", "hoshdare dood",
        # "hurry" and "help quickly" (Dari, Finglish), a doctor urgently, someone dying, a phone
        # not picked up or switched off
        "زود شوید", "zood shoid", "zud shoid", "zood shawid", "zud shawid", "zood biain",
        "zud biain", "zood biyain", "komak zood", "komak zud", "کمک زود", "کمک فوری", "داکتر ضرور",
        "داکتر عاجل", "داره میمیره", "داره میمیرد", "dare mimire", "dare memira",
        *(f"{phone} {no}" for phone in ("تلفون", "تلفن", "تیلفون", "گوشی", "موبایل")
          for no in ("را نمیگیر", "ره نمیگیر", "رو نمیگیر", "رو برنمیدار", "را برنمیدار")),
        "گوشیشو خاموش", "گوشیش رو خاموش", "گوشیش را خاموش", "تلفنشو خاموش", "تلفونشو خاموش",
        "تلفونش را خاموش", "goshisho khamoosh", "gushisho khamush",
        # goodbye to everyone ("خداحافظ همه، ممنون از کمک" is thanks)
        "خداحافظ همه", "خدافظ همه", "khodahafez hame", "khodafez hame",
        # on a roof (fitting a satellite dish there is a request)
        "رو پشت بوم", "bala bam", "balaye bam", "bala-ye bam", "balai bam", "ru pasht bam",
        "ru posht bam", "rooye pasht bam", "ruye pasht bam", "roo posht bam", "roo pasht bam",
        "^روی بام$", "^بالای بام$", "^سر بام$", "^بام بلاک", "^روی پشت بام", "^بالای پشت بام",
        "rooye bam$", "ruye bam$", "roye bam$", "ru bam$",
        # lost (Dari "گم اس"; a lost passport or key is cut out as an idiom)
        "^گم اس$", "^گم است$", "gom as$", "gom ast$",
    ),
    "ro": (
        # calls for help and rescue
        "ajutați-mă", "ajutati-ma", "ajutați ma", "ajutati ma", "salvați-mă",
        "salvati-ma", "salvati ma", "salvatima", "salvați-ne", "salvati-ne", "salvează-mă",
        "salveaza-ma", "săriți", "sariti", "urgență", "urgenta", "dă-mi drumul", "da-mi drumul",
        "nu te apropia", "veniți repede", "veniti repede", "oprește-te", "opreste-te",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "poliția", "politia", "poliție", "politie", "polițist", "politist", "poliției", "violen",
        "armă$", "arma$",
        # someone missing or lost (a lost passport is not an emergency)
        "dispărut", "disparut", "s-a pierdut", "s-a rătăcit", "s-a ratacit", "știu unde e",
        "stiu unde e", "nu răspunde", "nu raspunde",
        # fear, screams, someone at the door
        "mi-e frică", "mi-e frica", "mi-e teamă", "mi-e teama", "țipete", "tipete",
        # terror (sympathy for terrorists is a prevention question)
        "terorist",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "accident",
        "nu pot să ies", "nu pot sa ies", "nu pot ieși", "nu pot iesi",
        # someone gone who cannot be found
        "nu o gasim", "nu o găsim", "nu-l gasim", "nu-l găsim",
        # nobody opens, crying for hours, carbon monoxide
        "plange de ore", "monoxid",
        # told calmly: asking for myself, tired of everything (ordinary next to a service)
        "întreb pentru mine", "obosită de toate", "obosit de toate", "m-am săturat de viață",
    ),
    "bg": (
        # calls for help and rescue
        "помогнете", "спасете", "спаси ме", "pomognete", "пусни ме",
        "не се приближавай", "елате бързо", "спри$", "елате$",
        "spasete", "spasi me", "pomogne",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "полиция", "полицията", "оръжие", "бие",
        # someone missing or lost (a lost passport is not an emergency)
        "изчезна", "изчезнал", "изгуби се", "загуби се", "се загуби", "се изгуби", "знаят къде е",
        "знам къде е", "не отговаря",
        # fear, screams, someone at the door
        "страх ме е", "ме е страх", "писъци",
        # terror (sympathy for terrorists is a prevention question)
        "терорист",
        # emergency numbers
        "166$",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "заплашва", "заплах",
        "не виждам изход", "не мога да изляза", "zaplashva", "насилие над", "насилие срещу",
        # "I'm dying": an alarm, unless next to a service
        "умирам",
        # nobody opens, crying for hours, carbon monoxide
        "плаче от часове", "въглероден",
        # trapped by smoke or fire
        "не можем да излезем", "ne mozhem da izlezem", "ne moga da izlyaza",
        # told calmly: wanting everything to stop, tired of everything, asking for myself
        # (ordinary next to a service)
        "всичко да спре", "уморен от всичко", "уморена от всичко", "питам за себе си",
    ),
    "pl": (
        # calls for help and rescue
        "ratunku", "ratujcie", "ratuj$", "pomóżcie", "pomozcie", "puść mnie", "pusc mnie",
        "nie zbliżaj się", "nie zblizaj sie", "przyjedźcie szybko", "przyjedzcie szybko",
        "przestań", "przestan", "boli mnie", "wezwijcie", "dzwońcie po", "dzwoncie po",
        "przyjedźcie", "przyjedzcie",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "policj", "przemoc", "broń$", "bron$",
        # someone missing or lost (a lost passport is not an emergency)
        "zagin", "zgubił się", "zgubil sie", "zgubiła się", "zgubila sie", "zgubiło się",
        "zgubilo sie", "wiedzą gdzie jest", "wiedza gdzie jest", "wiem gdzie jest", "nie odbiera",
        # fear, screams, someone at the door
        "boję się", "boje sie", "krzyki",
        # terror (sympathy for terrorists is a prevention question)
        "terroryst",
        # emergency numbers
        "997$", "999$",
        # alarming alone, ordinary next to a service: accidents, threats, no answer
        "grozi", "groźb", "grozb", "grożą", "groza",
        "nie mogę wyjść", "nie moge wyjsc", "nie odpowiada",
        # "I'm dying": an alarm, unless next to a service
        "umieram",
        # someone coming closer
        "nie podchodź",
        # someone gone who cannot be found
        "zniknął", "zniknal", "zniknęła", "zniknela", "nie możemy jej znaleźć",
        "nie mozemy jej znalezc", "nie możemy go znaleźć", "nie mozemy go znalezc",
        # nobody opens, crying for hours, carbon monoxide
        "czadu",
        # told calmly: not wanting to be here any more, asking for myself, tired of everything
        # (ordinary next to a service: "już nie chcę tu być, szukam innej pracy")
        "już nie chcę tu być", "nie chcę już tu być", "już nie chcę tutaj być",
        "nie chcę już tutaj być", "pytam dla siebie", "zmęczona wszystkim", "zmęczony wszystkim",
        # told calmly: can't cope any more, want to end it (ordinary next to a service: "nie daję
        # już rady z tym formularzem")
        "nie daję już rady", "już nie daję rady", "nie dam już rady", "już nie dam rady",
        "chcę to skończyć", "chcę to zakończyć", "chcę z tym skończyć", "chcę już skończyć",
        "chcę to wszystko skończyć", "chcę to wszystko zakończyć", "skończyć z tym wszystkim",
        "z tym wszystkim skończyć", "skończyć z tym raz na zawsze", "skończyć to raz na zawsze",
    ),
}

# Alarm only when shouted or urgent: they are also how people ask the bot for its menu
# ("help, what can I ask here?"), and Persian "آتش" (fire) also names courses and jobs.
WEAK_CRIES = (
    "hilfe$", "help$", "help me", "hilf mir", "yardım$", "yardim$", "yardım et$", "yardim et$",
    "کمک$", "کمکم کن$", "کمک کن$", "komak$", "آتش$", "atash$",
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

# A service named next to a cry shows a request for that service, not a call for rescue.
SERVICE_WORDS: dict[str, tuple[str, ...]] = {
    "de": (
        # services, their paperwork and documents ("my passport is lost")
        "kita", "kindergarten", "tagesmutter", "betreuung", "arbeit", "job", "bewerbung",
        "lebenslauf", "kurs", "deutsch lernen", "antrag", "formular", "ausfüll", "ausfuell",
        "übersetz", "termin", "beratung", "wohnung", "verein", "pass$", "reisepass", "ausweis",
        "karte", "aufenthaltstitel", "brief", "geldbörse", "portemonnaie", "veranstaltung",
        "öffnungszeit", "geöffnet", "menü", "funktioniert", "dokument", "unterlagen", "prüfung",
        "pruefung", "euro$", "eur$", "€", "steuer", "deutschkurs", "deutschprüfung",
        "deutschpruefung", "lernen", "spend", "abnahme", "blutdruck", "bluttest", "jobcenter",
        "bürgergeld", "buergergeld", "wohngeld", "kindergeld", "elterngeld", "anmeldung",
        "aufenthalt", "ausländerbehörde", "behörde", "asyl", "einbürgerung", "integrationskurs",
        "sprachcafé", "sprachcafe", "beratungsstelle", "ausbildung", "kaufen", "apotheke", "rezept",
        "geld",
        "lösch", "loesch", "mitlies", "liest mit", "daten$", "chatverlauf", "kaution", "vermieter",
        "miete", "kündig", "kuendig", "chef$",
        "entfern", "chat$",
        # thanks, "not urgent", "help me with ..."
        "nicht dringend", "kein notfall", "danke", "hilf mir bei", "helfen sie mir bei",
        "helft mir bei",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "keine polizei", "nicht zur polizei", "ohne polizei", "rat$", "ratschlag", "ausländer",
        "auslaender", "fremde", "sympathis", "radikal", "extremis", "salafi", "islamis", "ausland",
        "gruppe", "dschihad", "isis$",
        # opening hours, the bot itself, broken devices, deportation
        "erreichbar", "tagsüber", "offen$", "aufmachen", "abschieb", "duldung", "berät", "beraten",
        "kaputt", "reparier", "akku", "video", "was kannst du",
        # registering an address with the police
        "ummelden", "ummeldung", "melde ich", "adresse anmelden", "adresse registr",
        # a bike coded against theft at the police, physiotherapy after an old accident
        "codier", "fahrradpass", "physiotherap", "krankengymnastik",
        # police paperwork: a fine for speeding, registering a bike, a talk at school
        "registrier", "bußgeld", "bussgeld", "strafzettel", "knöllchen", "knoellchen",
        "anhörungsbogen", "anhoerungsbogen", "geblitzt", "blitzer", "zu schnell gefahren",
        "wegen zu schnell", "bezahl", "überweis", "vortrag", "elternabend", "infoabend",
        "informationsabend", "cybermobbing",
    ),
    "en": (
        # services, their paperwork and documents ("my passport is lost")
        "job", "work$", "cv$", "resume", "application", "apply", "course", "class", "lesson",
        "daycare", "childcare", "kindergarten", "form$", "forms$", "fill in", "fill out",
        "translat", "appointment", "counsel", "opening hours", "menu", "document", "paperwork",
        "apartment", "housing", "passport", "id card", "card$", "permit", "letter", "wallet",
        "insurance", "cost", "rent$", "exam", "test$", "tax$", "taxes", "learn", "donate",
        "blood test", "blood pressure", "event$", "events", "buy", "pharmacy", "prescription",
        "money",
        "boss", "employer", "landlord", "deposit", "delete",
        # thanks, "not urgent", "help me with ..."
        "not urgent", "no emergency", "not an emergency", "thank", "help me with",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "advice", "radical", "extremis", "group", "abroad", "jihad", "daesh", "video",
        "don't want police", "dont want police", "no police", "not the police",
        "don't want to go to police", "foreigners", "sympathi", "sympathis",
        # opening hours, the bot itself, broken devices, deportation
        "open$", "opening", "hours", "reachable", "deport", "residence", "erase", "my data",
        "battery", "repair", "frozen", "what can you do", "chat$", "bot$",
        # registering an address with the police
        "register", "registration",
        # physiotherapy or a referral after an old accident, help to read letters
        "physiotherap", "physical therapy", "referral", "help me read", "help me to read",
    ),
    "ar": (
        # services, their paperwork and documents ("my passport is lost")
        "وظيفة", "سيرة ذاتية", "كورس", "دورة", "روضة", "حضانة", "كيتا", "جواز", "باسبور", "بطاقة",
        "اقامة", "إقامة", "هوية", "محفظة", "استمارة", "ترجم", "موعد", "استشار", "جمعية", "فعالية",
        "دوام", "القائمة", "اوراق", "أوراق", "شقة", "سكن$", "معاملة", "شغل$", "اتعلم", "تعلم",
        "سيرة الذاتية", "السي في", "جوب سنتر", "نامه",
        "امتحان", "اختبار",
        "مفتاح", "مفاتيح", "دكتور العيلة", "طبيب العائلة", "طبيب الاسرة",
        # thanks, "not urgent", "help me with ..."
        "مو مستعجل", "مش مستعجل", "شكرا",
        "مو حالة طوارئ", "مش حالة طوارئ", "مو طوارئ", "مش طوارئ", "ما في خطر", "مافي خطر", "ينضم",
        "انضم", "ينصح", "بالماتش", "الماتش",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "خايف على", "خايفة على", "خايف عليه", "خايفة عليه", "خايف عليها", "خايفة عليها", "تطرف",
        "متطرف", "جماعات", "مجموعة", "داعش", "جهاد", "ما بدي بوليس", "ما بدي شرطة", "بدون شرطة",
        "نصيحة",
        "nasi7a", "nasiha", "nasee7a", "tatarruf", "tatarof",
        # opening hours, the bot itself, deportation, wages
        "شات", "كيف بيشتغل", "sho8l", "shoghl", "shughl", "duldung", "يسفروني", "ترحيل", "يرحلوني",
        "تسفير", "راتب", "مستشار",
        # registering an address with the police
        "لسجل", "سجل عنوان", "تسجيل عنوان", "فاتحه", "فاتح$",
        # a municipal office
        "بلدية",
        # the app and the bot's services, volunteering, worries about a cousin's takfiri talk
        "تطبيق", "الخدمات اللي", "شو الخدمات", "ايش الخدمات", "خدماتكم", "شو فيك تعمل",
        "شو بتقدر تعمل", "shu fik ta3mel", "shu fiki ta3mli", "sho fik ta3mel", "shu bta3mel enta",
        "shu a3mel hon", "sho a3mel hon", "shu a3mel houn", "mut6aw3", "mutatawi3", "mutatawe3",
        "tatawo3", "ta6awo3", "t6awo3", "تطوع", "متطوع", "خايفين عليه", "خايفين عليها",
        "خايفين على ابن", "خايفين على بنت", "تكفير",
        # registering a bike or a car with the police, a wallet left on the bus, teaching
        # children the numbers
        *(f"{register} {thing}" for register in ("سجل", "اسجل", "نسجل", "تسجيل") for thing in (
            "البسكليت", "بسكليت", "بسكليتي", "الدراجه", "دراجه", "دراجتي", "السياره", "سيارتي",
        )),
        "محفظت", "جزدان", "المفقودات", "علم ولاد", "علم اولاد", "علم الاولاد", "علم الاطفال",
        "علم اطفال", "علم ابني", "علم بنتي", "تعليم الاطفال", "تعليم الاولاد",
        # a certificate of good conduct from the police, the lost-property office
        "حسن سلوك", "حسن السلوك", "عدم محكوميه", "عدم المحكوميه", "لا حكم عليه", "سجل عدلي",
        "السجل العدلي", "fuhrungszeugnis", "fuehrungszeugnis", "fundburo", "fundbuero",
        # just asking, to know ("رقم الشرطة 110؟ مجرد سؤال")
        "بس للمعلومه", "للمعلومه بس", "مجرد سؤال", "بس لاعرف", "بس لحتى اعرف", "bas la2a3rf",
        "bas la a3rf", "bas la2a3ref",
    ),
    "tr": (
        # services, their paperwork and documents ("my passport is lost")
        "iş bul", "iş ara", "iş ilan", "iş yeri", "işyeri", "cv$", "özgeçmiş", "ozgecmis",
        "başvuru", "basvuru", "kurs", "ders", "kreş", "kres", "anaokul", "kita", "bakım", "bakim",
        "bakıcı", "bakici", "staj", "form", "doldur", "pasaport", "kimlik", "kart$", "kartı",
        "karti", "kartım", "kartim", "oturum", "belge", "evrak", "cüzdan", "cuzdan", "tercüme",
        "tercume", "çeviri", "ceviri", "randevu", "danışman", "danisman", "etkinlik", "açık mı",
        "acik mi", "menü", "menu", "eşya", "esya", "büro", "buro", "ev arıyorum", "ev ariyorum",
        "ev arıyoruz", "ev ariyoruz", "öğren", "ogren", "sınav", "sinav",
        "sınır dışı", "sinir disi", "kağıt", "kagit", "sınırdışı", "deport", "silin", "silmek",
        "sil$", "silebilir", "patron", "ev sahibi", "kira", "işten çıkar", "isten cikar",
        # thanks, "not urgent", "help me with ..."
        "bulmama yardım", "bulmama yardim", "acil değil", "acil degil", "teşekkür", "tesekkur",
        "sağol", "sagol",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "radikal", "grup$", "işid", "isid", "cihat", "aşırı", "asiri", "polise gitmek istemiyorum",
        "polis istemiyorum", "tavsiye", "cihad", "sempati",
        # opening hours, the bot itself, broken devices
        "iş arı", "ne işe yarı", "çalışma saat", "açılış", "dondu", "donmuş", "bozuldu", "şarj",
        "tarif",
        # registering an address with the police
        "kaydet", "kayıt", "kayit",
        # insurance after an accident
        "sigorta",
        # teaching children how to call 112
        "öğretmek", "öğretmeli", "öğretebil", "öğretece", "öğretiyorum", "öğretelim", "öğretir",
        # a criminal-record certificate from the police, the lost-property office
        "sabika", "adli sicil", "iyi hal belgesi", "fuhrungszeugnis", "fundburo", "fundbuero",
        "kayip esya",
        # just asking, to know ("bilgi olsun diye soruyorum, polisin numarası 110 mu?")
        "sadece merak", "merak ettim", "bilgi olsun diye", "bilgi icin soruyorum",
        "oylesine soruyorum",
    ),
    "uk": (
        # services, their paperwork and documents ("my passport is lost")
        "робот", "резюме", "cv$", "курс", "садок", "садочок", "заповн", "паспорт", "посвідк",
        "картк", "гаманець", "переклад", "анкет", "форм", "заяв", "antrag", "запис", "консульт",
        "документ", "захід", "житло", "квартир", "меню", "вивч", "джобцентр",
        "садк", "садоч", "дитсад", "іспит", "екзамен", "працю", "праці", "працев", "виселен",
        "звільн", "орендодав",
        "начальник", "шеф",
        # thanks, "not urgent", "help me with ..."
        "дякую", "допоможіть з ", "допоможіть із ",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "радикал", "екстрем", "груп", "за кордон", "іділ", "джихад", "не хочу поліц", "без поліц",
        "порад", "свастик", "чужих", "симпатиз",
        # the bot itself, deportation
        "що ти вмієш", "чат", "бот$", "депорт",
        # registering an address with the police
        "зареєстр", "реєстрац",
        # a certificate of good conduct and the citizens' office (police paperwork)
        "führungszeugnis", "fuehrungszeugnis", "bürgerbüro", "buergerbuero", "bürgeramt",
        "buergeramt", "довідк", "про несудимість",
    ),
    "ru": (
        # services, their paperwork and documents ("my passport is lost")
        "работ", "резюме", "cv$", "курс", "садик", "детсад", "заполн", "паспорт",
        "вид на жительство", "карт", "кошел", "перевест", "перевод", "анкет", "форм", "заявлен",
        "antrag", "запис", "консульт", "документ", "мероприят", "жиль", "квартир", "меню",
        "выучить", "изуч", "джобцентр", "экзамен",
        "выселен", "уволн", "арендодат", "хозяин квартиры", "начальник", "шеф$",
        # thanks, "not urgent", "help me with ..."
        "спасибо", "помогите с ", "помогите со ",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "радикал", "экстрем", "групп", "за границ", "за рубеж", "игил", "джихад", "не хочу полиц",
        "без полиц", "посовет", "совет", "свастик", "чужих", "симпатиз",
        # the bot itself, deportation
        "что ты умеешь", "чат", "бот$", "депорт",
        # registering an address with the police
        "прописа", "регистрац", "зарегистр",
        # a certificate of good conduct and the citizens' office (police paperwork)
        "führungszeugnis", "fuehrungszeugnis", "bürgerbüro", "buergerbuero", "bürgeramt",
        "buergeramt", "справк", "о несудимости", "об отсутствии судимости",
    ),
    "fa": (
        "eghamat", "eqamat", "donbal kar", "dombal kar",
        "emtehan", "emtahan", "azmoon", "kar peyda", "kar paida", "kelas",
        # services, their paperwork and documents ("my passport is lost")
        "رزومه", "کلاس", "دوره", "کودکستان", "فرم", "ترجمه", "نوبت", "مشاوره", "انجمن", "کار پیدا",
        "خونه پیدا", "فورم", "هزینه", "دنبال کار", "کارت", "اقامت", "پاسپورت", "مدارک", "مهدکودک",
        "مهد کودک", "یاد بگیرم", "یادگیری", "نامه", "جاب سنتر",
        "امتحان", "آزمون",
        "دیپورت", "پناهندگی", "جواب منفی", "اخراج", "صاحبخونه", "اجاره", "پاک کن", "پاک کنید",
        "حذف کن", "رئیس",
        # thanks, "not urgent", "help me with ...", "just curious"
        "مرسی", "تشکر", "ممنون", "کنجکاوم", "فقط کنجکاو", "از روی کنجکاوی", "konjkavam",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "افراط", "رادیکال", "گروه", "تندرو", "داعش", "جذب", "efrat", "نمیخوام پلیس", "بدون پلیس",
        "ویزه", "افکار تند", "گپ های تند", "حرف های تند", "عقاید تند", "فکرهای تند", "کاری نکده",
        "کاری نکرده",
        # opening hours, the bot itself, deportation, radical talk
        "میتونی بکنی", "چیکار میتونی", "چی کار میتونی", "mituni", "chi kar", "visa", "ویزا",
        "duldung", "کفار", "تعطیل", "باز میکن",
        # registering an address with the police
        "ثبت آدرس", "ثبت ادرس",
        # an office or address that cannot be found
        "اداره", "آدرس", "ادرس",
        # opening hours of a service, reporting a theft
        "ساعت کاری", "ساعات کاری", "ساعت کار", "کی بازه", "ساعت باز", "گزارش بد",
        "گزارش دزدی", "anzeige", "gozaresh",
        # fitting something (a smoke alarm)
        "^نصب", "nasb",
        # a station or office asked about ("Polizeiwache open on Saturdays?")
        "باز است", "باز هست", "بازه$", "باز میشه", "باز میشود", "baz ast",
        "baz hast", "baze$", "polizeiwache", "polizeirevier", "polizeistation",
        "polizeidienststelle", "کلانتری",
        # hate and extremism taught online ("نازی" alone is also a girl's pet name)
        "نفرت", "جهاد", "کافر", "نئونازی", "نئو نازی", "نازی ها", "نازیها", "توطئه", "شستشوی مغزی",
        "شست و شوی مغزی", "خلافت", "jihad", "nefrat", "kafar",
        # a wallet left on the bus, registering a bike, teaching children how to call 112
        "کیف پول", "ثبت دوچرخه", "^یاد بد", "^یادشون بد", "^آموزش بد",
        # newly arrived and asking where to start or how things work here; a certificate of good
        # conduct from the police; the lost-property office and a Dari wallet ("بکس پیسه")
        *(f"تازه {came} {where}" for came in (
            "اومدم", "اومدیم", "آمدم", "آمدیم", "رسیدم", "رسیدیم", "اومدم به", "اومدیم به",
            "آمدم به", "آمدیم به",
        ) for where in ("آلمان", "المان", "اینجا", "گوترسلو", "گترسلو", "این شهر", "این منطقه")),
        *(f"{new} {came} {where}" for new in ("taze", "tazeh", "tazei") for came in (
            "omadam", "omadim", "umadam", "umadim", "amadam", "amadim", "residam", "residim",
        ) for where in ("alman", "inja", "gutersloh", "guetersloh")),
        "تازه واردم", "تازه وارد هستم", "تازه وارد هستیم", "از کجا شروع", "az koja shoru",
        "az koja shuru", "az koja shoroo", "chejori kar mikone", "chejuri kar mikone",
        "chetori kar mikone", "چجوری کار میکنه", "چطوری کار میکنه", "چطور کار میکند",
        "چطور کار میکنه", "پیشینه", "سابقه کیفری", "گواهی عدم", "fuhrungszeugnis",
        "fuehrungszeugnis", "fundburo", "fundbuero", "اشیای گمشده", "اشیا گمشده", "بکس پیسه",
        "kif pul", "kife pul", "kif-e pul", "kif pol", "kife pol",
        # just asking, to know ("محض اطلاع، شماره پلیس 110؟")
        "محض اطلاع", "فقط برای اطلاع", "واسه اینکه بدونم", "برای اینکه بدونم", "برای اینکه بدانم",
        "vase inke bedunam", "vase inke bedoonam",
    ),
    "ro": (
        # services, their paperwork and documents ("my passport is lost")
        "munc", "job", "cv$", "curs", "grădiniț", "gradinit", "creșă", "cresa", "pașaport",
        "pasaport", "buletin", "card$", "permis", "portofel", "complet", "formular", "cerere",
        "tradu", "programare", "consilier", "eveniment", "locuinț", "locuint", "chirie", "meniu",
        "juridic", "avocat", "șomaj", "somaj", "interviu", "angaj", "acte", "învăț", "invat",
        "lucru", "examen", "șeful", "seful", "patron", "proprietar", "ștergeți", "stergeti",
        "șterge",
        "sterge",
        # thanks, "not urgent", "help me with ..."
        "mulțumesc", "multumesc", "mersi", "ajutor cu", "ajutor la", "ajutor pentru",
        "ce fel de ajutor", "oferi",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "radical", "extremis", "grup", "nu vreau poliț", "nu vreau polit", "sfat", "străin",
        "strain", "simpatiz",
        # opening hours, the bot itself, broken devices
        "ce poți", "funcționeaz", "chat", "opțiuni", "program$", "programul", "s-a blocat",
        "blocat$", "nu mai merge", "s-a stricat", "descărcat", "scrisor",
        # registering an address with the police
        "inregistr", "înregistr",
        # physiotherapy or a referral after an old injury
        "fizioterap", "kinetoterap", "trimitere",
    ),
    "bg": (
        # services, their paperwork and documents ("my passport is lost")
        "работ", "cv$", "автобиограф", "курс", "градин", "кита", "ясла", "паспорт", "карта",
        "портфейл", "попълн", "превод", "документ", "консулт", "събити", "квартир", "жилищ", "меню",
        "науча", "изпит",
        "уволн", "наем$", "наема", "изгон", "изхвърл", "заплат", "права$", "депорт", "хазяин",
        "хазяйк", "шеф", "пребиваване", "разрешени", "посъвет", "социал", "пари$", "интервю",
        "подготв", "кауза", "оправдава", "savet", "sŭvet", "говори за", "вярва", "тревож",
        "притеснявам", "изтрий", "изтрийте",
        # thanks, "not urgent", "help me with ..."
        "благодаря", "помощ с ", "помощ със",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "радикал", "екстрем", "груп", "чужбин", "не искам полиц", "без полиц", "съвет", "чужд",
        "симпатиз",
        # opening hours, the bot itself, applications
        "какво можеш", "chata", "chat", "kak raboti", "чат", "мерси", "кандидатств", "затваря",
        "отваря", "работно време",
        # registering an address with the police
        "регистрир", "регистрац",
        # a certificate of good conduct and the citizens' office (police paperwork)
        "führungszeugnis", "fuehrungszeugnis", "bürgerbüro", "buergerbuero", "bürgeramt",
        "buergeramt", "свидетелство за съдимост", "удостоверени", "справка",
    ),
    "pl": (
        # services, their paperwork and documents ("my passport is lost")
        "prac", "cv$", "życiorys", "zyciorys", "kurs", "przedszkol", "żłob", "zlob", "paszport",
        "dowód", "dowod", "karta", "karty", "dokument", "portfel", "wypełni", "wypelni",
        "formularz", "wniosk", "wniosek", "tłumacz", "tlumacz", "termin", "doradz", "porad",
        "wydarzen", "mieszkani", "otwarte", "menu", "nauczyć", "nauczyc", "uczyć się", "uczyc sie",
        "egzamin", "zwolni", "zwolnien", "chorobow", "szef", "wypowiedz", "eksmis", "wynajm",
        "właściciel",
        "wlasciciel", "usuń", "usun$", "usuńcie", "usuncie",
        # thanks, "not urgent", "help me with ..."
        "dziękuję", "dziekuje", "pomocy z ", "pomocy przy", "pomóż mi z ", "pomoz mi z ",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "radykal", "ekstrem", "grup", "za granic", "nie chcę policji", "nie chce policji",
        "bez policji", "rada$",
        # advice asked for ("tylko rady", "potrzebuję rady"), not "nie daję rady" (can't cope)
        "tylko rady", "potrzebuję rady", "potrzebuje rady", "szukam rady", "prosić o rad",
        "proszę o rad", "jakiejś rady", "jakiejs rady", "rady w sprawie", "rady dotycz", "rady co",
        "rady, co", "rady jak", "rady, jak", "o radę", "o rade",
        "obcokrajow", "sekt", "sympatyz",
        # the bot itself, residence, radical talk
        "czat", "bot$", "człowiek", "konsultant", "pobyt", "rozwod", "rozwód", "świętej wojn",
        "ugotować", "przepis",
        # registering an address with the police
        "zameld", "meldun",
        # a bike marked against theft at the police, physiotherapy or a referral
        "oznakow", "oznakuj", "znakowa", "znakuj", "fizjoterap", "skierowani",
        # a parcel lost or stolen, a speeding fine: taken to the police, not called for
        "paczk", "przesyłk", "kurier", "mandat", "fotoradar", "za szybką jazdę",
    ),
}

# Farsi idioms built from word lists: a boss or landlord threatening (to fire or evict), an alarming
# word asked about ("Notarzt یعنی چی؟", "پلیس به آلمانی چی میشه؟"), and ambulances, police and the
# fire brigade as toys or in a story.
_BOSSES = (
    "کارفرما", "رئیس", "صاحبخونه", "صاحبخانه", "صاحب خونه", "صاحب خانه", "صاحبکار", "صاحب کار",
    "مدیر", "جاب سنتر", "jobcenter", "اداره",
)
_ALARM_WORDS = ("آمبولانس", "اورژانس", "آتش نشانی", "پلیس", "پولیس")
_ALARM_WORDS_FINGLISH = ("amboolans", "ambulans", "orjans", "atash neshan", "polis")
_ALARM_WORDS_GERMAN = (
    "notarzt", "notruf", "notfall", "notaufnahme", "krankenwagen", "rettungswagen",
    "rettungsdienst", "feuerwehr", "polizei",
)
_ALARM_WORDS_LATIN = (*_ALARM_WORDS_GERMAN, *_ALARM_WORDS_FINGLISH)

# Things, not people, said to be "killing me" ("امتحان داره منو میکشه", "tanhayi mano mikoshe").
_KILLERS = (
    "گرامر", "تکلیف", "بدهی", "قرض", "قسط", "اقامت", "استرس", "اداره", "کاغذ", "فرم", "امتحان",
    "آلمانی", "زبان", "اجاره", "گرما", "سرما", "بیکاری", "ریاضی", "بوروکراسی", "دستور زبان",
    "جاب سنتر", "دانشگاه", "مدرسه", "ترافیک", "سردرد", "دندون", "دندان", "حوصلگی", "تنهایی",
    "غربت", "دلتنگی", "قبض", "بانک", "هزینه", "غذا", "فلفل", "ادویه", "شیفت", "گرسنگی", "گشنگی",
    "خستگی", "بی خوابی", "کمردرد", "گرمی", "انتظار", "صف", "کورس", "jobcenter",
)
_KILLS = ("منو میکشه", "مرا میکشد", "مرا میکشه", "مره میکشه", "مره میکشد")
_KILLERS_LATIN = (
    "homework", "takalif", "taklif", "gramer", "grammar", "almani", "dars", "emtehan", "bedehi",
    "ghest", "ejare", "edare", "stress", "estres", "ghabz", "riazi", "tanhayi", "tanhaei",
    "ghorbat", "deltangi", "bikari", "khastegi", "gorosnegi", "goshnegi", "garma", "garmi", "sarma",
    "ghaza", "felfel", "shift", "kurs", "kelas", "jobcenter", "sardard",
)
_KILLS_LATIN = ("mano mikoshe", "mara mikoshe", "mara mekoshe", "mara mekusha", "mano mikosht")
# A time long past ("پنج سال پیش", "سال ۲۰۲۲", "2 sal pish") and what happened then, in the past
# tense: a past clause told to ask for a service. A danger in the present beside it still alarms
# ("پنج سال پیش کتکم میزد، الان دوباره کتکم میزنه").
_PAST_WHEN = (
    "سال پیش", "سالها پیش", "سال ها پیش", "ماه پیش", "ماه ها پیش", "سال قبل", "سالها قبل",
    "سال ها قبل", "ماه قبل", "پارسال", "سال 20", "سال 13", "وقتی بچه بودم", "تو بچگی",
    "در بچگی", "در کودکی", "ماه گذشته", "سال گذشته", "ماه های گذشته", "سالهای گذشته",
)
_PAST_DEEDS = (
    "کتک میزد", "کتکم میزد", "کتکمون میزد", "کتک زد", "کتکم زد", "کتک خورد", "کتک میخورد",
    "منو میزد", "مرا میزد", "مره میزد", "منو زد", "مرا زد", "مره زد", "لت و کوب میکرد",
    "لت و کوب میکد", "لت و کوب کرد", "لت و کوب کد", "لت و کوب شد", "لتم میکد", "لتم میکرد",
    "لتم کد", "لتم کرد", "تهدید کرد", "تهدید کد", "تهدید میکرد", "تهدید میکد", "تهدیدم کرد",
    "تهدیدم کد", "تهدیدم میکرد", "تجاوز کرد", "تجاوز کد", "تجاوز شد", "کشتند", "کشتن$",
    "کشته شد", "آتش گرفت", "آتیش گرفت", "سوخت", "خودکشی کرد", "خودکشی کد", "اقدام به خودکشی",
    "غرق شد", "تصادف کرد", "تصادف شد", "ضربه خورد", "ضربه زد", "سکته کرد", "سکته مغزی کرد",
    "سکته قلبی کرد", "سکته ناقص کرد", "سکته زد", "حمله قلبی کرد", "حمله قلبی داشت",
    "دزد اومد", "دزد آمد", "دزد زد", "دزدی شد",
)
_PAST_WHEN_LATIN = (
    "sal pish", "sale pish", "sal-e pish", "saal pish", "salha pish", "sal ha pish", "mah pish",
    "mahe pish", "parsal", "sal ghabl", "sale ghabl", "sal qabl", "sal 20", "sale 20",
    # Dari: "pesh"
    "sal pesh", "sale pesh", "salha pesh", "mah pesh", "mahe pesh",
    "vaghti bache budam", "vaghti bache boodam",
)
_PAST_DEEDS_LATIN = (
    "kotak mizad", "kotakam mizad", "kotak zad", "kotakam zad", "kotak khord", "mano mizad",
    "mano zad", "mara zad", "mara mizad", "lat o kub kard", "lat kard", "lat kad", "tahdid kard",
    "tahdidam kard", "tajavoz kard", "tajavoz shod", "tajawuz kad", "tajawuz shod", "tajawoz shod",
    "tahdid kad", "lat o kob kad", "lat o kub kad", "koshtan", "koshte shod", "atish gereft",
    "atash gereft", "sukht", "sookht", "khodkoshi kard", "ghargh shod", "gharq shod",
    "sakte kard", "sekte kard", "dozd omad", "dozd umad", "dozd amad",
)
# Dangers told in a dream, a film, a game or the news ("خواب دیدم خونه آتیش گرفته").
_STORY_DANGERS = (
    "آتیش", "آتش", "غرق", "افتاد", "مرد", "میمیر", "بمیر", "کشت", "میکش", "بکش", "کتک", "منو زد",
    "مرا زد", "مره زد", "لت و کوب", "چاقو", "کارد", "تفنگ", "اسلحه", "بمب", "انفجار", "منفجر",
    "تیراندازی", "شلیک", "تصادف", "خون", "پلیس", "پولیس", "آمبولانس", "اورژانس", "دزد", "تعقیب",
    "دنبالم", "خودکشی", "سکته", "تهدید", "حمله", "گروگان", "ربود", "دود",
)
_STORY_DANGERS_LATIN = (
    "atish", "atash", "gharq", "ghargh", "oftad", "mordam", "koshtan", "mikosh", "mano zad",
    "polis", "police", "polizei", "tasadof", "khun", "bomb", "chaghoo", "chaghu", "chaqu",
    "dozd", "donbal", "dombal", "police dombal", "polis dombal", "police donbal", "tir", "az saghf",
    "az saqf", "tofang", "fire", "feuerwehr",
)
_DREAMS = (
    "خواب دید", "خوابی دید", "خواب بد دید", "خواب میدید", "کابوس", "khab did", "khaab did",
    "khab bad did", "kabus", "kaboos",
)
_SHOWS = (
    "تو فیلم", "توی فیلم", "در فیلم", "ده فلم", "در فلم", "یه فیلم", "یک فیلم", "یک فلم", "سریال",
    "انیمه", "too film", "tu film", "ye film", "film-e", "filme", "serial", "gta", "pubg", "پابجی",
    "fortnite", "فورتنایت", "call of duty", "کال آف دیوتی", "counter strike", "کانتر", "minecraft",
    "ماینکرفت", "playstation", "پلی استیشن", "xbox", "بازی کامپیوتری", "بازی ویدیویی",
)
_NEWS = (
    *(f"{news} {told}" for news in ("اخبار", "خبرها", "خبر ها", "خبرا", "روزنامه", "رادیو")
      for told in ("گفت", "دید", "خوند", "خواند", "شنید", "نوشت", "میگ", "اومده", "آمده")),
    "akhbar goft", "akhbar did", "akhbar mige", "tagesschau",
)

# Parcel services, named in any language ("DHL ما عم يرد", "DHL cevap vermiyor").
_PARCEL_SERVICES = ("dhl", "hermes", "dpd", "gls", "ups", "amazon")
# Arabic: an accident, fire or stroke and right after it a time long past ("حادث سيارة السنة
# الماضية", "جلطة قبل سنتين"; "قبل سن" is also "قبل سنين", "قبل سنتين"), or the time first, as
# whole words ("قبل سنتين صار حريق"): a past event told to ask for a service.
_AR_AGO = (
    "قبل سنه", "قبل سنتين", "قبل سنين", "قبل سنوات", "قبل شهرين", "قبل اشهر", "قبل كم سنه",
    "قبل كم شهر", "من سنه", "من سنتين", "من سنين", "من شهرين", "من كم سنه", "السنه الماضيه",
    "السنه اللي فاتت", "العام الماضي", "من زمان", "قبل زمان",
)
_AR_AGO_END = (
    "قبل سن", "قبل كم سن", "قبل شهر", "قبل كم شهر", "قبل اشهر", "من سن", "من كم سن",
    "من شهرين", "من اشهر", "السنه الماضيه", "السنه اللي فاتت", "السنه الفايته", "العام الماضي",
    "العام اللي فات", "من زمان", "قبل زمان",
    *(f"{ago} {n} سن" for ago in ("قبل", "من")
      for n in ("2", "3", "4", "5", "10", "تلات", "ثلاث", "خمس")),
)
_AR_EVENTS = ("حادث", "حريق", "جلطه", "سكته", "نوبه قلبيه")
_AR_EVENT_WHERE = (
    "", "سياره ", "سير ", "بالبنايه ", "بالبيت ", "ببيتنا ", "بالمطبخ ", "بالشغل ", "دماغيه ",
)
_AR_AGO_LATIN = (
    "mn sene", "men sene", "2abel sene", "mn santen", "2abel santen", "mn snin", "men snin",
    "2abel snin", "abl snin", "mn zaman", "2abel zaman",
)
_AR_AGO_END_LATIN = (
    "mn sen", "men sen", "mn san", "2abel sen", "2abl sen", "abl sen", "2abel san", "abl san",
    "mn snin", "2abel snin", "abl snin", "mn zaman", "2abel zaman", "mn kam sen", "el sene el mad",
)
_AR_EVENTS_LATIN = ("7adis", "7adeth", "7ades", "7adith", "jal6a", "jalta", "7ari2", "sakte")
_AR_EVENT_WHERE_LATIN = ("", "sayara ", "sayare ", "bel bet ", "bel beit ")
# Arabic: things, not people, that "will kill me" ("الورق ده هيموتني"), and a mother or boss who
# "will kill me" if I am late ("اذا تأخرت امي رح تقتلني"); a person killing me otherwise alarms.
_AR_KILLERS = (
    "الورق", "الاوراق", "الاستمارات", "البيروقراطيه", "المعاملات", "الجوب سنتر", "الامتحان",
    "الالماني", "الحر", "البرد", "الشغل", "الانتظار", "الدور", "الزحمه", "الدراسه", "الملل",
)
_AR_THIS = ("", " ده", " هاد", " هيدا", " هذا")
_AR_KILLS = (
    "هيموتني", "حيموتني", "رح يموتني", "بيموتني", "عم يموتني", "يقتلني", "تقتلني", "بيقتلني",
    "بتقتلني", "رح يقتلني", "قتلني", "بيذبحني", "ذبحني", "كتلني",
)
_AR_LATE = ("اذا تاخرت", "لو تاخرت", "اذا اتاخرت", "لو اتاخرت", "اذا نسيت", "لو نسيت")
_AR_SCOLDERS = ("امي", "ماما", "المدير", "مديري", "المعلم")
_AR_SCOLDS = (
    "رح تقتلني", "رح يقتلني", "بتقتلني", "بيقتلني", "هتموتني", "هيموتني", "بتذبحني", "بيذبحني",
)
# Turkish: a time long past and what happened then: a pluperfect or "used to" form a few words
# later ("geçen sene yangın çıkmıştı", "yıllar önce eski eşim bana şiddet uyguluyordu"), a simple
# past right beside it ("iki yıl önce felç geçirdi"); present forms still alarm.
_TR_AGO = (
    "yillar once", "yil once", "sene once", "seneler once", "ay once", "aylar once", "gecen sene",
    "gecen yil", "gecmiste", "eskiden", "uzun zaman once", "cocukken", "kucukken",
)
_TR_LONG_PAST = (
    "kaza gecirmisti", "kaza gecirmistim", "kaza yapmisti", "kaza yapmistim", "kaza olmustu",
    "felc gecirmisti", "inme gecirmisti", "kalp krizi gecirmisti", "yangin cikmisti",
    "yangin olmustu", "siddet uyguluyordu", "siddet uygulardi", "siddet uygulamisti",
    "siddet goruyordum", "siddet gorurdum", "siddet gormustum", "dovuyordu", "doverdi",
    "dovmustu", "tehdit ediyordu", "tehdit ederdi",
)
_TR_SIMPLE_PAST = (
    "kaza gecirdi", "kaza yapti", "kaza oldu", "kazasi oldu", "felc gecirdi", "felc oldu",
    "inme gecirdi", "kalp krizi gecirdi", "yangin cikti", "yangin oldu",
)
# Turkish: things that "will kill me" or "kill a person" ("bu kuyruk adamı öldürür"), and a
# mother or boss who "will kill me" if I am late; a person killing me otherwise alarms.
_TR_KILLERS = (
    "evraklar", "evraklari", "evrak isleri", "kagitlar", "kagitlari", "kagit isleri", "formlar",
    "formlari", "burokrasi", "jobcenter", "sinav", "sinavlar", "almanca", "gramer", "dersler",
    "odevler", "odev", "kuyruk", "sira", "bekleme", "beklemek", "sicak", "soguk", "stres", "isler",
    "mesai", "vardiya", "kira", "borclar", "faturalar", "vergiler", "yorgunluk", "uykusuzluk",
    "trafik", "bu yol",
)
_TR_LATE = (
    "gec kalirsam", "gec kalirsak", "gec kalirsan", "gec kalsam", "unutursam", "unutursak",
    "kacirirsam", "kacirirsak", "yetismezsem", "yetistiremezsem", "bitiremezsem",
)
_TR_SCOLDERS = (
    "annem", "anam", "patronum", "patron", "sefim", "hocam", "ogretmenim", "ablam", "kiz kardesim",
    "arkadasim", "arkadaslarim", "mudurum", "amirim",
)
# Turkish: a course, an exam or a task not done ("kursa yazılmazsam annem beni öldürür").
_TR_UNLESS = (
    "yazilmazsam", "kaydolmazsam", "kayit olmazsam", "gecemezsem", "basaramazsam", "gitmezsem",
    "gelmezsem", "yapmazsam", "bitirmezsem", "ogrenmezsem", "bulamazsam", "almazsam", "odemezsem",
    "calismazsam", "kalirsam", "sinavdan kalirsam",
)
# Arabic, Farsi and Turkish: the services named in look-alikes: faster than an ambulance, a joke
# or a school talk about the police, a number asked "just to know", an ambulance that came.
_AR_SERVICES = (
    "الاسعاف", "سياره الاسعاف", "سياره اسعاف", "الشرطه", "البوليس", "الاطفائيه", "المطافي",
    "الدفاع المدني", "الطوارئ",
)
_AR_SERVICES_LATIN = (
    "el is3af", "l is3af", "el es3af", "is3af", "es3af", "el shorta", "el shorte", "shorta",
    "el police", "police", "polizei", "el matafi",
)
# The stems among them: asked "just to know" they are cut out, the police and the numbers (cries)
# yield to the "just to know" service words.
_AR_SERVICE_STEMS = (
    "الاسعاف", "بالاسعاف", "للاسعاف", "اسعاف", "الاطفائيه", "بالاطفائيه", "للاطفائيه", "الطوارئ",
    "بالطوارئ", "للطوارئ", "الدفاع المدني",
)
_AR_SERVICE_STEMS_LATIN = ("el is3af", "l is3af", "is3af", "el es3af", "es3af", "bel is3af")
_FA_SERVICE_STEMS = ("آمبولانس", "اورژانس", "آتش نشانی")
_FA_SERVICE_STEMS_LATIN = (
    "amboolans", "ambulans", "orjans", "atash neshan", "notarzt", "notruf", "notfall",
    "notaufnahme", "krankenwagen", "rettungswagen", "rettungsdienst", "feuerwehr",
)
_AR_JUST_ASKING = (
    "بس للمعلومه", "للمعلومه بس", "بس لاعرف", "بس لحتى اعرف", "بس حابب اعرف", "بس حابه اعرف",
    "مجرد سؤال", "ما في شي هلق", "مافي شي هلق", "ما في شي صاير", "مافي شي صاير", "مش طوارئ",
    "مو طوارئ",
)
_AR_JUST_ASKING_LATIN = (
    "bas la2a3rf", "bas la a3rf", "bas la2a3ref", "bas 7ab a3rf", "bas 7abeb a3rf",
    "ma fi shi hala2", "mafi shi hala2",
)
_FA_JUST_ASKING = (
    "فقط واسه اینکه بدونم", "واسه اینکه بدونم", "فقط برای اینکه بدونم", "برای اینکه بدونم",
    "برای اینکه بدانم", "فقط برای اطلاع", "برای اطلاع", "محض اطلاع", "فقط یه سوال",
    "الان چیزی نشده", "اتفاقی نیفتاده", "اتفاقی نیافتاده", "اتفاقی نیوفتاده",
    "فعلا چیزی نیست", "فقط کنجکاو",
)
_FA_JUST_ASKING_LATIN = (
    "vase inke bedunam", "vase inke bedoonam", "baraye inke bedunam", "alan chizi nashode",
    "etefaghi naiftade", "etefaghi nayoftade",
)
_TR_JUST_ASKING = (
    "sadece merak", "merak ettim", "merak ediyorum", "bilgi olsun diye", "bilgi icin soruyorum",
    "oylesine soruyorum", "su an bi sey yok", "su an bir sey yok", "su an bir sorun yok",
    "su an sorun yok", "simdilik bir sey yok", "acil bir durum yok", "acil bi durum yok",
    "acil durum yok",
)
_TR_SERVICES = ("ambulans", "polis", "itfaiye", "acil servis", "112", "110", "acil numara")
_TR_SERVICE_STEMS = ("ambulans", "itfaiye", "acil servis")
# Farsi: a mother or boss who "will kill me" if I am late ("دیر برسم مامانم منو میکشه").
_FA_LATE = (
    "دیر برسم", "دیر برسیم", "دیر کنم", "دیر کنیم", "دیر بیام", "دیر برم", "دیر بشه", "یادم بره",
    "یادم برود", "جا بمونم",
)
_FA_SCOLDERS = ("مامانم", "مادرم", "رئیسم", "معلمم", "استادم", "مامان")

# Phrases with an alarming word that name no danger, removed from the folded text before
# matching; "…" stands for up to four words in between (Farsi word order varies), "‥" for up to
# four that are not "now", "today" or "last night" (a past or dreamt clause ends there), "⁝" as
# "‥" to the furthest part (a story's dangers).
IDIOMS: dict[str, tuple[str, ...]] = {
    "de": (
        # forms and plans that name emergencies (the Kita's Notfallkontakt, an allergy plan)
        "notfallkontakt", "notfall kontakt", "notfallplan", "notfallformular", "notfallbogen",
        "notfallmappe",
        # a clothes size, reporting to the police, the last message for today
        "größe 110", "gr 110", "gr. 110", "bei der polizei melden", "bei der polizei anzeigen",
        "anzeige bei der polizei", "letzte nachricht für heute",
        # "um" before a time is no "bring … um": "bring mich heute um 8 zur Kita"
        *(f"bring … um {time}" for time in (
            *"0123456789", "halb", "viertel", "punkt", "kurz vor", "kurz nach", "eins", "zwei",
            "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        )),
        # an accident with its time after it, told to ask for a lawyer or the insurance
        *(f"unfall {when}" for when in (
            "letztes jahr", "letzten monat", "letzte woche", "letzten sommer", "letzten winter",
            "im letzten jahr", "vorletztes jahr", "vor einem jahr", "vor einem monat",
            *(f"vor {n} {unit}" for n in (
                "zwei", "drei", "vier", "fünf", "ein paar", "einigen", "2", "3", "4", "5",
            ) for unit in ("jahren", "monaten", "wochen")),
        )),
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "sterbe vor", "sterb ich vor", "sterbe gleich vor", "sterbe fast vor",
        "jobcenter bringt mich", "amt bringt mich", "arbeit bringt mich", "deutsch bringt mich",
        "hitze bringt mich", "bringt mich um mit den", "bringt mich noch um mit den",
        "bringen mich um mit den", "leben gerettet", "lebensretter",
        # ordinary threats: a boss, landlord or office threatening to fire or evict
        "chef droht", "arbeitgeber droht", "vermieter droht", "jobcenter droht",
        "droht mit kündigung", "droht mir mit kündigung", "droht mit der kündigung",
        "droht mit rauswurf", "angst um meinen sohn", "angst um meine tochter",
        "angst um mein kind", "angst um meine kinder", "angst um meinen bruder",
        # negated alarms, thanks, ordinary things that burn or explode
        "kein notfall", "nicht dringend", "feuer im grill", "feuer machen", "feuer anmachen",
        "grillfeuer", "lagerfeuer", "grill anzünden", "kerze anzünden", "kerzen anzünden",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "bei der feuerwehr arbeiten", "bei der feuerwehr arbeit", "ausbildung bei der feuerwehr",
        "freiwillige feuerwehr", "gewalttätige spiele", "gewalttätige computerspiele",
        "gewalttätige videos", "gewalttätige filme",
        # courses and projects about violence, old falls, goodbyes to a job
        "letztes jahr … gestürzt", "letzten jahr … gestürzt", "vor einem jahr … gestürzt",
        "letztes jahr … hingefallen", "nicht ans telefon … streit", "nicht ans handy … streit",
        "kohlenmonoxidmelder", "co-melder … kaufen", "kita … lassen", "kindergarten … lassen",
        "verabschiedet … kollegen", "verabschiedet … arbeitstag", "verabschiedet … flughafen",
        "verabschiedet … bevor wir",
        # a pinched nerve is no one trapped
        "nerv … eingeklemmt",
        # an emergency doctor or ambulance that came back then ("der Notarzt war damals
        # schnell da"), a farewell to the family on leaving home, breath through a blocked nose
        "notarzt war damals", "notarzt kam damals", "krankenwagen war damals",
        "krankenwagen kam damals", "rettungswagen war damals", "rettungswagen kam damals",
        "damals … notarzt", "damals … krankenwagen", "damals … rettungswagen",
        "verabschiedet … nach deutschland", "verabschiedet … gekommen", "verabschiedet … geflohen",
        "verabschiedet … ausgewandert", "verabschiedet … abgereist", "luft … durch die nase",
        # photos, selfies and goals "shot" ("Fotos schießen", "ein Tor geschossen")
        *(f"{what} {shoot}" for what in (
            "foto", "fotos", "bild", "bilder", "selfie", "selfies", "schnappschuss",
            "schnappschüsse", "erinnerungsfoto", "erinnerungsfotos", "ein tor", "tor", "tore",
            "elfmeter", "den elfmeter", "eigentor",
        ) for shoot in ("schieß", "zu schieß", "geschossen", "schoss")),
        *(f"{shoot} {a} {what}" for shoot in ("schieß", "schießt", "schießen")
          for a in ("ein", "ein paar", "noch ein") for what in ("foto", "fotos", "bild", "selfie")),
        # things, not people, "killing me" ("der Papierkram bringt mich um", "die Formulare
        # bringen mich noch um"; "um" next to "mich": "wegen der Miete bringt mich mein Mann
        # um" stays an alarm)
        *(f"{thing} {kills}" for thing in (
            "papierkram", "bürokratie", "buerokratie", "formular", "formulare", "antrag",
            "anträge", "antraege", "brief", "briefe", "warten", "warterei", "kälte", "stress",
            "grammatik", "prüfung", "prüfungen", "pruefung", "hausaufgaben", "langeweile", "lärm",
            "miete", "steuererklärung", "behörde", "behörden", "ausländerbehörde", "familienkasse",
            "deutschkurs", "integrationskurs", "sprachkurs", "schicht", "nachtschicht",
            "zahnschmerzen", "rückenschmerzen", "muskelkater", "schwüle", "bahn", "baustelle",
            "umzug", "sucherei", "wohnungssuche",
        ) for kills in ("bringt mich um", "bringt mich noch um", "bringen mich um",
                        "bringen mich noch um", "wird mich noch umbringen")),
        # a boss, teacher, wife or mother who "will kill me" when I am late or forget something
        # (the verb ends the clause: "wenn ich wieder den Elternabend vergesse"); a husband's,
        # father's or brother's threat stays an alarm
        *(f"{who} {kills}{comma} wenn … {slip}" for who in (
            "chef", "chefin", "boss", "lehrer", "lehrerin", "trainer", "frau", "freundin", "mama",
            "mutter",
        ) for kills in ("bringt mich um", "bringt mich noch um") for comma in ("", ",")
          for slip in ("zu spät", "verspät", "vergess", "verschlaf", "verpass")),
        # joining or visiting the fire brigade, fire safety days, toy fire engines
        "freiwillig … feuerwehr", "mitglied der feuerwehr", "mitglied bei der feuerwehr",
        "mitglied in der feuerwehr", "bei der feuerwehr mitmach",
        "feuerwehr beitreten", "der feuerwehr beitreten", "brandschutz … feuerwehr",
        "feuerwehr … brandschutz", "brandschutztag", "brandschutzerziehung",
        "feuerwehr kommt in die kita", "feuerwehr kommt in die schule",
        "feuerwehr kommt in den kindergarten", "feuerwehr besucht die", "besuch bei der feuerwehr",
        "ausflug zur feuerwehr", "feuerwehrauto", "feuerwehrmuseum", "feuerwehrübung",
        "feuerwehruebung", "feuerwehrhelm", "feuerwehrkostüm", "feuerwehrmann werden",
        "feuerwehrfrau werden", "tag der offenen tür … feuerwehr",
        # a head "exploding" from forms, a mailbox "exploding" with messages
        *(f"{head} {burst}" for head in ("kopf", "schädel", "hirn", "gehirn", "postfach",
                                          "posteingang")
          for burst in ("explodier", "ist am explodier", "ist kurz vorm explodier",
                        "ist kurz davor zu explodier")),
        *(f"explodiert {soon}{me}{the} {head}" for soon in ("", "gleich ", "noch ")
          for me in ("", "mir ") for the in ("der", "mein") for head in ("kopf", "schädel")),
        # "Bombenstimmung", "Bombenwetter": great, not a bomb
        "bombenstimmung", "bombenwetter", "bombenerfolg", "bombenjob", "bombig",
        # preventing violence: evenings, talks, courses and projects about it (the topic right
        # after the event, not "Kochkurs? Gewalt zu Hause")
        "gewaltpräven", "gewaltpraeven", "gewaltfrei", "anti-gewalt",
        *(f"{event} {about} {topic}" for event in (
            "elternabend", "vortrag", "infoabend", "veranstaltung", "projekttag", "projekt",
            "fortbildung", "workshop", "kurs", "seminar", "schulung",
        ) for about in ("zum thema", "über", "gegen", "zu", "zur")
          for topic in ("gewalt", "häusliche gewalt", "häuslicher gewalt", "ehrenmord",
                        "zwangsheirat")),
        # violence long past, told to ask for counselling ("vor ein paar Jahren hat mein Ex-Mann
        # mich geschlagen"); "‥" does not cross "jetzt", "heute", "gestern", "wieder"
        *(f"{when} ‥ {deed}" for when in (
            *(f"vor {n} jahren" for n in (
                "", "vielen", "ein paar", "einigen", 2, 3, 4, 5, 10, "zwei", "drei", "vier",
                "fünf", "zehn",
            )),
            "vor einem jahr", "vor langer zeit", "letztes jahr", "damals", "als kind",
            "als ich klein war", "in meiner kindheit",
        ) for deed in ("geschlagen", "verprügelt", "misshandelt", "getreten", "gewürgt",
                       "bedroht", "schlug mich")),
        # a visit of the police at school or in the Kita
        *(f"{police} {visits} {place}" for police in ("polizei", "polizist", "polizistin")
          for visits in ("kommt in die", "kommt in den", "besucht die", "besucht den",
                         "besucht unsere", "besucht unseren", "war in der", "war im")
          for place in ("schule", "kita", "klasse", "kindergarten")),
        "polizei … verkehrserziehung", "verkehrserziehung … polizei",
        # "SOS, was heißt ...?": a cry that asks what a word means
        *(f"{cry}{comma} {what}" for cry in ("sos", "hilfe") for comma in ("", ",", "!", " -", ":")
          for what in ("was bedeutet", "was heißt", "was heisst", "was ist ein", "was ist eine")),
        # the fire brigade as a past or future job ("war Feuerwehrmann in der Türkei", "bei der
        # Feuerwehr anfangen") and its open days and fêtes ("macht die Feuerwehr in Rietberg
        # wieder Tag der offenen Tür?")
        *(f"{as_} feuerwehr{person}" for as_ in (
            "war", "bin", "als", "arbeite als", "arbeitete als", "gearbeitet als", "beruf",
            "job als", "ausbildung zum", "ausbildung zur", "ausbildung als", "gelernter",
            "gelernte", "ehemaliger", "ehemalige", "früher", "seit jahren",
        ) for person in ("mann", "frau", "männer", "leute")),
        *(f"bei der feuerwehr {start}" for start in (
            "anfangen", "anzufangen", "bewerben", "einsteigen", "eine ausbildung",
            "ausbildung", "arbeiten", "beworben", "angefangen", "gearbeitet",
        )),
        "bewerbung bei der feuerwehr", "bewerbung … feuerwehr", "feuerwehr … bewerbung",
        *(f"{brigade}{where} … {event}" for brigade in ("feuerwehr", "feuerwache")
          for where in ("", " in", " im", " von", " bei uns", " bei uns in", " hier")
          for event in ("tag der offenen tür", "tag der offenen tuer", "offene tür", "fest$",
                        "sommerfest", "besichtigung", "führung", "fuehrung")),
        *(f"{event} … {brigade}" for event in ("feuerwehrfest", "fest bei der",
                                                 "sommerfest", "besichtigung", "führung")
          for brigade in ("feuerwehr", "feuerwache")),
        # a fire long past, documents burnt in it ("Wohnung ist letztes Jahr abgebrannt, dabei
        # ist mein Aufenthaltstitel mit verbrannt"); "‥" does not cross "jetzt", "heute"
        *(f"{when} ‥ {burnt}" for when in (
            *(f"vor {n} {unit}" for n in ("ein paar", "einigen", "vielen", 2, 3, 4, 5, "zwei",
                                           "drei", "vier", "fünf", "zehn")
              for unit in ("jahren", "monaten")),
            "vor einem jahr", "vor einem monat", "vor langer zeit", "letztes jahr", "letzten monat",
            "damals", "als kind", "im krieg", "in der heimat",
        ) for burnt in ("abgebrannt", "verbrannt", "ausgebrannt", "gebrannt", "brand$")),
        *(f"{doc} … {burnt}" for doc in (
            "reisepass", "mein pass", "meinen pass", "ausweis",
            "personalausweis", "aufenthaltstitel", "aufenthaltserlaubnis", "dokumente",
            "papiere", "unterlagen", "zeugnis", "zeugnisse", "urkunde", "geburtsurkunde",
            "heiratsurkunde", "führerschein", "fuehrerschein", "diplom", "möbel", "moebel",
        ) for burnt in ("verbrannt", "mitverbrannt", "abgebrannt")),
        # violence told as long past: "hat mich früher geschlagen" (see "vor Jahren" above)
        *(f"{when} ‥ {deed}" for when in (
            "hat mich früher", "hat uns früher", "hat mich frueher", "früher hat er",
            "früher hat sie", "früher hat mich", "früher hat mein", "früher hat meine",
            "früher mal", "in der vergangenheit",
        )
          for deed in ("geschlagen", "verprügelt", "misshandelt", "getreten", "gewürgt",
                       "bedroht", "schlug mich")),
        # an ambulance ride of last month and its bill ("nach dem Rettungswagen letzten Monat
        # kam eine Rechnung"): the bill, not the ride
        *(f"{ride} {when}" for ride in ("krankenwagen", "rettungswagen", "notarzt", "rtw",
                                        "notarzteinsatz", "rettungsdienst")
          for when in ("letzten monat", "letzte woche", "letztes jahr", "vom letzten monat",
                       "von letzter woche", "vom letzten jahr", "vor einem monat",
                       "vor zwei wochen", "vor drei wochen", "vor ein paar wochen",
                       "vor einigen wochen", "vor zwei monaten", "vor ein paar monaten",
                       "im letzten monat", "damals")),
        *(f"{bill} … {ride}" for ride in ("krankenwagen", "rettungswagen", "notarzt", "rtw",
                                          "rettungsdienst")
          for bill in ("rechnung", "zuzahlung", "eigenanteil", "abrechnung")),
        # a joke at the bot ("bist du ein Mensch oder ne Maschine, die gleich explodiert?") and
        # films and games full of explosions
        *(f"{asks} {a}{bot} … explodier" for asks in ("mensch oder", "bist du", "bist du nur")
          for a in ("", "ne ", "eine ", "ein ", "nur ein ", "nur eine ")
          for bot in ("maschine", "roboter", "bot", "computer", "ki")),
        *(f"{film} {with_} {boom}" for film in ("film", "filme", "actionfilm", "actionfilme",
                                                "serie", "spiel", "videospiel", "computerspiel")
          for with_ in ("mit", "mit vielen", "mit viel", "mit großen", "mit krassen", "voller",
                        "voll mit", "voll von")
          for boom in ("explosion", "explodier", "schießerei", "schiesserei")),
    ),
    "en": (
        # a clothes size, reporting to the police, the last message for today
        "size 110", "report it to the police", "report it to police", "report to the police",
        "report to police", "police report", "last message for today",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "dying to", "dying of boredom", "dying of laughter", "dying of hunger",
        "dying of curiosity", "dying of embarrassment", "dying of shame", "dying of thirst",
        "dying of the heat", "dying from boredom", "dying from laughter", "bored to death",
        "killing me with letters", "killing me with paperwork", "killing me with forms",
        "killing me with work", "killing me with questions", "german is killing me",
        "heat is killing me", "weather is killing me", "search is killing me", "job is killing me",
        "work is killing me", "jobcenter is killing me", "paperwork is killing me",
        "stress is killing me", "waiting is killing me", "wait is killing me",
        "homework is killing me", "bureaucracy is killing me", "saved my life", "life saver",
        "lifesaver", "battery died", "battery is dead", "phone died", "phone is dead",
        "laptop died",
        # ordinary threats: a boss, landlord or office threatening to fire or evict
        "boss threatens", "employer threatens", "landlord threatens", "jobcenter threatens",
        "threatens to fire", "threatened to fire", "threatening to fire", "threatens to evict",
        "threatened to evict", "threatens to throw us out", "threatens to throw me out",
        "threatened to throw us out", "threatens to kick us out", "threatens to kick me out",
        "fire me$", "fire us$", "killing unbelievers", "killing infidels", "killing non-believers",
        "kill unbelievers", "kill infidels", "kill the infidels", "kill the unbelievers",
        # negated alarms, thanks, ordinary things that burn or explode
        "no emergency", "not an emergency", "not urgent",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "work for the fire brigade", "work at the fire brigade", "join the fire brigade",
        "work for the fire department", "fire extinguisher", "smoke detector", "smoke alarm",
        # courses and projects about violence, old falls, goodbyes to a job
        "goodbye … colleagues",
        "goodbye … airport", "goodbye … before we left", "goodbye … when we left",
        # a blocked nose is no breathing emergency
        "breathing through … nose", "breathe through … nose", "breath through … nose",
        # a boss, teacher, wife or mother who "will kill me" if I am late or forget something
        # ("…" takes the "if i'm"); a husband's, father's or brother's threat stays an alarm
        *(f"{who}{kills} … {slip}" for who in (
            "boss", "manager", "teacher", "coach", "wife", "girlfriend", "mom", "mum", "mother",
        ) for kills in (" will kill me", " is going to kill me", " is gonna kill me", "'ll kill me")
          for slip in ("late", "forget", "forgot", "miss", "fail")),
        # killing time while waiting
        *(f"{kill} {time}" for kill in ("kill", "killing", "kills")
          for time in ("time", "some time", "the time", "a few hours", "an hour", "a bit of time")),
        # fire safety days, drills and visits to the fire station
        "fire safety", "fire prevention", "fire protection", "fire drill", "fire alarm drill",
        "fire alarm test", "fire evacuation drill", "fire evacuation practice",
        "fire station open day", "open day at the fire", "visit to the fire station",
        "visit the fire station", "visiting the fire station", "trip to the fire station",
        # training or working as a paramedic
        *(f"{as_} paramedic" for as_ in (
            "train as a", "training as a", "trained as a", "become a", "becoming a", "work as a",
            "working as a", "worked as a", "job as a", "career as a", "study to be a",
            "studying to be a", "studying to become a", "apprenticeship as a", "qualify as a",
            "qualified as a", "i am a", "i'm a", "im a", "was a",
        )),
        *(f"paramedic {what}" for what in ("training", "course", "apprenticeship", "school",
                                           "degree", "program", "programme", "job", "jobs")),
        # joining the volunteer fire brigade
        *(f"{volunteer} fire {unit}" for volunteer in (
            "volunteer", "voluntary", "volunteering at the", "volunteering with the",
            "volunteering for the", "volunteer at the", "volunteer with the", "volunteer for the",
        ) for unit in ("brigade", "department", "service", "station")),
        *(f"{join} {a}fire {unit}" for join in ("join", "joining", "member of")
          for a in ("a ", "the ", "the local ", "our local ")
          for unit in ("brigade", "department")),
        # drowning in letters, forms, work
        *(f"drowning in {what}" for what in (
            "letters", "paperwork", "paper", "forms", "bills", "debt", "work", "homework",
            "emails", "e-mails", "mail", "documents", "bureaucracy", "stress", "questions",
            "applications", "laundry", "appointments", "admin", "tasks", "deadlines", "post",
        )),
        # "SOS, what does ... mean?": a cry that asks what a word means
        *(f"{cry}{comma} {what}" for cry in ("sos", "help") for comma in ("", ",", "!", " -", ":")
          for what in ("what does", "what is the meaning", "what's the meaning",
                       "whats the meaning", "what means")),
        # giving blood
        "blood donation", "blood donor", "donate blood", "donating blood", "give blood",
        "giving blood", "blood drive", "blood bank", "blood type", "blood group",
        # preventing violence: talks, courses and projects about it (the topic right after the
        # event, not "cooking course? violence at home")
        "violence prevention", "prevention of violence", "preventing violence", "anti-violence",
        *(f"{event} {about} {topic}" for event in (
            "talk", "lecture", "presentation", "evening", "event", "session", "webinar",
            "course", "training", "workshop", "seminar", "project",
        ) for about in ("on", "about", "against")
          for topic in ("violence", "domestic violence", "honour", "forced marriage")),
        # shooting a video or photos
        *(f"{shoot} {a}{what}" for shoot in ("shoot", "shooting", "shot")
          for a in ("", "a ", "the ", "our ", "some ", "a short ", "a music ")
          for what in ("video", "film", "movie", "clip", "documentary", "reel", "photo",
                       "footage")),
        "video shoot", "photo shoot", "film shoot",
        # kitchen knives: one's own for a cooking class, knife and fork
        "my own knife", "my own knives", "our own knives", "knife and fork", "knives and forks",
        "knife set", "set of knives", "knife sharpen", "sharpen my knives", "sharpen the knives",
        *(f"{knife} {to} {cooking} {class_}" for knife in ("knife", "knives")
          for to in ("to the", "for the", "to", "for", "at the", "in the")
          for cooking in ("cooking", "baking") for class_ in ("class", "course", "lesson")),
        # violence long past, told to ask for counselling ("years ago my ex hit me");
        # "‥" does not cross "now", "today", "yesterday", "again"
        *(f"{when} ‥ {deed}" for when in (
            "years ago", "year ago", "long time ago", "last year", "when i was a child",
            "when i was a kid", "when i was little", "as a child", "as a kid", "in my childhood",
        ) for deed in ("hit me", "hit us", "beat me", "beat us", "used to hit", "used to beat",
                       "kicked me", "slapped me", "threatened me", "attacked me", "was beaten",
                       "got beaten", "beaten")),
        # ... and told the other way round, the time right after the deed ("my father hit me
        # when I was a kid", "he beat me two years ago"): no gap, so a blow named before stays
        *(f"{deed} {when}" for deed in ("hit me", "beat me", "used to hit me", "used to beat me",
                                        "kicked me", "slapped me", "threatened me", "hit us",
                                        "beat us")
          for when in (*(f"{n}years ago" for n in ("", "a few ", "many ", "some ", "several ",
                                                   "two ", "three ", "four ", "five ", "ten ",
                                                   "2 ", "3 ", "4 ", "5 ")),
                       "a year ago", "a long time ago", "when i was a child", "when i was a kid",
                       "when i was little", "as a child", "as a kid", "in my childhood",
                       "a lot when i was", "a lot as a")),
        # the police visiting a school
        *(f"{police} {visits} {place}" for police in ("police", "police officer",
                                                       "police officers")
          for visits in ("is coming to", "are coming to", "will come to", "comes to", "visit",
                         "visits", "visiting", "will visit")
          for place in ("the school", "school", "our school", "the kita", "the kindergarten",
                        "class")),
        # learning which mushrooms are poisonous
        *(f"{learn} poisonous" for learn in (
            "learn", "learn about", "learn which are", "learn to identify", "learn to recognise",
            "learn to recognize", "learn to tell", "learn how to identify",
            "learn how to recognise", "learn how to recognize", "learning about",
            "learning to identify", "learning to recognise", "learning to recognize",
        )),
        "poisonous and edible", "edible and poisonous",
        # things, not people, "killing me" ("this form is killing me", "the paperwork from the
        # Ausländerbehörde is literally killing me"; a gap only after "from": "my documents, he
        # is killing me" stays an alarm)
        *(f"{thing} {kills}" for thing in (
            "form", "forms", "paperwork", "application", "applications", "letter", "letters",
            "documents", "bureaucracy", "german", "grammar", "exam", "exams", "course", "heat",
            "cold", "weather", "traffic", "commute", "queue", "queues", "wait", "waiting", "rent",
            "bills", "taxes", "tax return", "jobcenter", "ausländerbehörde", "office",
            "appointments", "homework", "deadline", "deadlines", "noise", "stress", "search",
            "flat hunt", "flat search", "house hunt",
            "app", "website", "bot", "chatbot", "hotline", "integration course",
            "language course", "night shift", "shift", "shifts", "unpacking", "boredom",
            "jet lag", "hay fever", "cough", "back pain", "toothache", "headache", "migraine",
            "hangover", "mosquitoes", "exam stress",
        ) for kills in (
            *(f"{is_} {really}{killing} me" for is_ in ("is", "are", "'s")
              for really in ("", "literally ", "really ", "actually ", "so ")
              for killing in ("killing", "gonna kill")),
            *(f"{from_} … {is_} {really}killing me" for from_ in ("from", "at", "of")
              for is_ in ("is", "are") for really in ("", "literally ", "really ")),
            "kills me", "will kill me", "will be the death of me", "'ll be the death of me",
        )),
        # a mother, wife or boss who will "murder" me when I'm late, said while leaving ("gotta
        # run before my mum murders me"); "I need to get out before my husband kills me" stays
        *(f"{go} before {my}{who} {kills}" for go in (
            "gotta run", "gotta go", "got to go", "have to go", "have to run", "need to go",
            "i'm off", "im off", "better go", "gotta get home", "have to get home",
        ) for my in ("", "my ") for who in ("mum", "mom", "mother", "wife", "girlfriend", "boss",
                                            "teacher", "manager", "grandma")
          for kills in ("murders me", "kills me", "will kill me", "'ll kill me",
                        "is gonna kill me")),
        # "what can you help with?": the bot's menu, asked in a hurry; a phone about to die
        "what can you help", "what can u help", "what do you help", "what else can you help",
        "what things can you help", "how can you help", "how can u help",
        *(f"{phone}{is_} {dying}" for phone in ("phone", "my phone", "battery", "my battery",
                                                 "laptop")
          for is_ in (" is", "'s", "s", " is about to", "'s about to", " is going to")
          for dying in ("die", "dying", "dead", "going to die", "about to die")),
        # news about a fire, a shooting or an explosion somewhere else ("did u see the news
        # about the warehouse fire near the A2")
        *(f"{news} {the}… {event}" for news in (
            "news about", "news of", "article about", "report about", "report on", "read about",
            "reading about", "heard about", "story about", "video about", "post about",
        ) for the in ("the ", "a ", "that ", "this ", "")
          for event in ("fire", "explosion", "shooting", "stabbing", "attack", "bomb", "murder",
                        "killing", "blaze", "gas leak")),
        # a stroke or heart attack long past, rehab after it ("had a stroke last year")
        *(f"{had} {a} {when}" for had in ("had a", "had his", "had her", "has had a",
                                          "suffered a")
          for a in ("stroke", "heart attack", "mild stroke", "small stroke", "seizure")
          for when in ("last year", "last month", "years ago", "a year ago", "a few years ago",
                       "two years ago", "a few months ago", "months ago", "a while ago",
                       "a while back", "back home", "before we came")),
        *(f"{since} {his} {event}" for since in ("since", "after", "following", "recovering from",
                                                 "rehab after", "rehabilitation after")
          for his in ("his", "her", "my", "their", "dad's", "mum's", "mom's")
          for event in ("stroke", "heart attack")),
        "stroke rehab", "stroke rehabilitation", "stroke patient", "stroke survivor",
        "stroke support",
        # fire trucks loved by children, open days at a fire station
        *(f"{loves} fire {truck}" for loves in (
            "obsessed with", "loves", "love", "crazy about", "mad about", "into", "likes",
            "playing with", "play with", "toy", "a toy", "his toy", "her toy", "plastic",
            "lego", "model",
        ) for truck in ("truck", "trucks", "engine", "engines")),
        *(f"open {day} … fire {station}" for day in ("day", "days", "house")
          for station in ("station", "stations", "brigade", "department", "service")),
        # films full of explosions
        *(f"{film} {with_} {boom}" for film in ("movie", "movies", "film", "films", "game",
                                                "games", "series")
          for with_ in ("with", "full of", "with lots of", "with loads of", "with a lot of",
                        "with many", "with big", "with huge", "with cool")
          for boom in ("explosion", "shooting", "bomb")),
    ),
    "ar": (
        # a fire drill at the Kita or school
        "تدريب على الحريق", "تدريب الحريق", "تدريب حريق", "تمرين حريق", "تمرين الحريق",
        "تمرين على الحريق",
        # a clothes size
        "مقاس 110",
        # "happy" (a good night, a happy day) is not the cry "sa3id" (help)
        "sa3ide", "sa3ida",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "موت من الجوع", "موت من الضحك", "موت من الملل", "موت من الزهق", "موت من الفضول",
        "موت من الحر", "ميت من الجوع", "ميت من الضحك", "اللابتوب احترق", "لابتوبي احترق",
        "الموبايل احترق", "التلفون احترق", "الشاحن احترق", "انقذت حياتي", "أنقذت حياتي",
        "الاوراق … تقتلني", "الأوراق … تقتلني", "الورق … يقتلني", "البيروقراطية … تقتلني",
        # a match (بمباراة) holds the Farsi "بمب" (bomb), the multiplication table holds "ضرب"
        "بمباراة", "بمباريات", "جدول الضرب", "جداول الضرب", "الضرب والقسمة", "عملية الضرب",
        # a child afraid of school or the dark, "follow me on Instagram", a file that does not
        # move, a child who does not wake up early
        "خايف من المدرسة", "خايفة من المدرسة", "خايف من الروضة", "خايفة من الروضة",
        "خايف من الدكتور", "خايفة من الدكتور", "خايف من الظلام", "خايفة من الظلام",
        "تابعني على انست", "تابعني على فيس", "تابعني على تيك", "تابعني على يوتيوب",
        "تابعني على سناب", "ملف … يتحرك", "ملفي … يتحرك", "معاملتي … تتحرك", "معاملة … تتحرك",
        "طلبي … يتحرك", "يفيق بكير", "تفيق بكير", "يستيقظ مبكرا", "تستيقظ مبكرا", "يستيقظ باكرا",
        "يستيقظ للمدرسة",
        # ordinary threats: a boss, landlord or office threatening to fire or evict
        "صاحب البيت عم يهدد", "صاحب البيت يهدد", "صاحب البيت بيهدد", "المدير عم يهدد",
        "المدير يهدد", "يهددني بالطرد", "يهددنا بالطرد", "يهددني يطلعني", "يهددنا يطلعنا",
        # negated alarms, thanks, ordinary things that burn or explode
        "مش خطر", "مو خطر", "مش حالة طوارئ", "مو حالة طوارئ", "ما في خطر", "مافي خطر",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "اشتغل بالاطفائية", "شغل بالاطفائية", "طفاية حريق", "طفاية الحريق", "كاشف دخان",
        "كشف الدخان", "جوب سنتر … يقتلني", "يقتلني بالرسايل", "يقتلني بالرسائل",
        "تطوع … الدفاع المدني", "تطوع بالدفاع المدني", "اشتغل بالدفاع المدني",
        "عمل في الدفاع المدني", "عمل بالدفاع المدني", "وظيفة في الدفاع المدني",
        # courses and projects about violence, old falls, goodbyes to a job
        "دورة … العنف", "دورة عن … عنف", "مشروع … العنف", "مشروع … الشرف", "جرائم الشرف",
        "كشف … الكربون",
        # blood tests and blood pressure are not bleeding; jumping for joy; waking up early;
        # a landlord or boss threatening to evict or fire (Arabizi)
        "ضغط الدم", "ضغط دم", "سكر الدم", "سكر دم", "تحليل الدم", "تحليل دم", "فحص الدم", "فحص دم",
        "فقر الدم", "فقر دم", "نقل الدم", "تبرع بالدم", "ta7lil dam", "ta7lil el dam", "fa7s dam",
        "fa7s el dam", "da8t el dam", "daght el dam", "da8t dam", "daght dam", "sokar el dam",
        "fa2r dam", "fa2r el dam", "قفز من الفرح", "قفزت من الفرح", "نط من الفرح", "نطيت من الفرح",
        "فوق بدري", "فوق بكير", "فوقش بدري",
        # drowning in debts or work, a swimming course "so he won't drown"
        *(f"{drowned} {in_}{what}" for drowned in (
            "غرق", "غرقت", "غرقان", "غرقانه", "غرقانين", "غرقنا", "غركان", "غركت",
        ) for in_ in ("بال", "في ال") for what in ("ديون", "شغل", "دراسه", "مشاكل")),
        "ما يغرق", "ما تغرق", "ما يغرقو", "لا يغرق", "لا تغرق", "ما يغرك", "ما تغرك",
        *(f"{drowned} … {what}" for drowned in ("ghar2an", "gh2ran", "8ar2an")
          for what in ("dyoun", "dyun", "deyoun", "shoghl", "sho8l", "shughl", "mashakel")),
        *(f"{neg} {drown}" for neg in ("ma", "la", "mesh", "mish") for drown in (
            "yighra2", "tighra2", "yeghra2", "teghra2", "yghra2", "tghra2", "yi8ra2", "ti8ra2",
        )),
        *(f"{who} … {threat}" for who in (
            "sa7eb el bet", "sa7b el bet", "sa7ib el bet", "el mudir", "el modir", "jobcenter",
            "el sharike", "el sherke",
        ) for threat in ("yhaded", "bihaded", "byhaded", "hadad")),
        *(f"{threat} … {evict}" for threat in ("yhaded", "bihaded", "byhaded", "hadad")
          for evict in ("tard", "yetla3", "ytale3", "yfsal", "yfasel", "yshil")),
        # "absent from school" is not "fainted" ("binti ghabet 3an el madrase")
        *(f"ghab … {place}" for place in (
            "madras", "kita", "kurs", "dars", "dawam", "shoghl", "sho8l", "shughl", "jam3a",
            "mow3ed", "termin", "schule",
        )),
        # not wanting to live in the Heim, here or in Germany is a housing question, not a wish to
        # die ("ma bidi 3ish bel heim", "ما بدي عيش بالكامب")
        *(f"{live} {where}" for live in ("3ish", "a3ish", "a3esh", "e3ish") for where in (
            "bel heim", "bl heim", "fel heim", "bi heim", "hon$", "hena$", "bi almanya",
            "b almanya", "fi almanya",
        )),
        *(f"عيش {where}" for where in (
            "بالهايم", "بالكامب", "بالسكن", "في الهايم", "في الكامب", "هون$", "هنا$", "بالمانيا",
            "في المانيا",
        )),
        # water coming down from a ceiling, a wall or a pipe is a leak, not waters breaking
        *(f"{came_down} {water} … {place}" for came_down in ("نزلت", "نزل")
          for water in ("مي", "المي", "ميه", "الميه", "مياه", "المياه", "ماء", "الماء", "ماي")
          for place in (
            "السقف", "سقف", "الحيط", "الجدار", "الحنفيه", "الحمام", "المطبخ", "الغساله", "البلكون",
            "الشباك", "الجيران", "فوق", "البوري", "البواري", "الماسوره", "المواسير", "الحوض",
            "المجلى", "الارض",
          )),
        *(f"{place} … {came_down} {water}" for came_down in ("نزلت", "نزل")
          for water in ("مي", "المي", "ميه", "الميه", "مياه", "المياه", "ماء", "الماء", "ماي")
          for place in ("السقف", "سقف", "الحيط", "الجدار", "الحنفيه", "البوري", "الماسوره")),
        # chest pain that turned out to be a muscle; an accident or beatings years ago, told to
        # ask for work or a residence permit
        *(f"{turned_out} … {muscle}" for turned_out in ("طلع", "طلعت", "تبين", "اتضح")
          for muscle in ("من العضل", "عضلي", "من عضل")),
        *(f"{chest} {turned_out} {muscle}" for chest in (
            "بصدري", "في صدري", "بالصدر", "في الصدر", "بصدره", "بصدرها", "بصدرو",
        ) for turned_out in ("طلع", "طلعت", "كان", "تبين انه", "اتضح انه")
          for muscle in ("من العضل", "عضلي", "من عضل")),
        *(f"{ago} {happened}حادث" for ago in (
            "قبل سنه", "قبل سنتين", "قبل سنين", "من سنه", "من سنتين", "من سنين", "السنه الماضيه",
            "السنه اللي فاتت", "العام الماضي", "قبل شهرين", "قبل اشهر", "قبل كم سنه", "من كم سنه",
        ) for happened in ("", "صارلي ", "صار معي ", "صار ", "عملت ", "كان عندي ", "تعرضت ل")),
        *(f"{who}كان {beat} {ago}" for who in (
            "", "جوزي السابق ", "زوجي السابق ", "طليقي ", "جوزي القديم ", "زوجي الاول ",
        ) for beat in ("يضربني", "بيضربني", "يضربنا", "يضربها", "يعنفني")
          for ago in ("من سنين", "قبل سنين", "من زمان", "قبل زمان", "من سنه", "قبل سنه",
                      "من سنتين", "قبل سنتين")),
        # an accident, fire, stroke or heart attack long ago, the time right after the event
        # ("صار حريق بالبناية السنة الماضية") or right before it ("قبل سنتين اجته جلطة"; not "for
        # years we live here and a fire broke out"); beatings long ago, told the same way ("من
        # سنين جوزي السابق كان يضربني")
        *(f"{event} {where}{ago}" for event in _AR_EVENTS for where in _AR_EVENT_WHERE
          for ago in _AR_AGO_END),
        *(f"{ago} {happened}{event}" for ago in _AR_AGO for event in _AR_EVENTS for happened in (
            "", "صار ", "صارت ", "صار معي ", "صار عنده ", "صارت عنده ", "كان عنده ", "عملت ",
            "اجته ",
        )),
        *(f"{event} {where}{ago}" for event in _AR_EVENTS_LATIN for where in _AR_EVENT_WHERE_LATIN
          for ago in _AR_AGO_END_LATIN),
        *(f"{ago} {who}{was_beating}" for ago in _AR_AGO for who in (
            "", "جوزي ", "زوجي ", "جوزي السابق ", "زوجي السابق ", "طليقي ",
        ) for was_beating in (
            "كان يضرب", "كان بيضرب", "كانت تضرب", "كانت بتضرب", "كان يعنف", "كان يهدد",
        )),
        # a parcel lost, a parcel service not answering ("الطرد تبعي ضايع", "DHL ما عم يرد")
        *(f"{parcel}{mine} {lost}" for parcel in (
            "الطرد", "طردي", "الباكيت", "الباكج", "الشحنه", "شحنتي", "الطلبيه", "طلبيتي",
        ) for mine in ("", " تبعي", " تبعنا")
          for lost in ("ضايع", "ضاع", "ضايعه", "ضاعت", "مفقود", "مفقوده")),
        *(f"{company} {no}" for company in (*_PARCEL_SERVICES, "امازون", "البريد", "البوسطه")
          for no in (
            "ما عم يرد", "ما بيرد", "مش عم يرد", "مش بيرد", "ما رد", "ما ردو", "ما عم يردو",
        )),
        *(f"{ago} kan {beat}" for ago in _AR_AGO_LATIN
          for beat in ("yedrab", "yidrab", "bidrab", "byedrab", "yodrob", "yedrob")),
        # a first-aid course ("كورس إسعاف أولي", "kurs is3afat awwaliye")
        *(f"{course} ‥ {aid} {first}" for course in (
            "كورس", "دوره", "دورات", "تدريب", "ورشه", "شهاده", "kurs", "course", "dawra", "dawrat",
        ) for aid in ("اسعاف", "الاسعاف", "اسعافات", "الاسعافات")
          for first in ("اولي", "الاولي")),
        *(f"{course} ‥ {aid} {first}" for course in ("kurs", "course", "dawra", "dawrat", "kors")
          for aid in ("is3afat", "is3af", "es3afat", "es3af", "isaafat", "el is3afat")
          for first in ("awal", "awel", "2awal", "2awel", "el awal", "el 2awal")),
        # a job in an ambulance, an emergency department or the fire brigade ("كانت ممرضة بقسم
        # الإسعاف", "بشتغل سواق إسعاف"); the emergency itself still alarms
        *(f"{job} {at}{where}" for job in (
            "ممرض", "ممرضه", "كان دكتور", "كانت دكتوره", "كنت دكتور", "كنت دكتوره", "كان طبيب",
            "كانت طبيبه", "كنت طبيب", "مسعف", "مسعفه", "سايق", "سواق", "سائق", "شوفير", "موظف",
            "موظفه", "متطوع", "متطوعه", "بشتغل", "اشتغل", "تشتغل", "يشتغل", "اشتغلت", "شغلي",
            "شغله", "شغلها", "وظيفتي", "وظيفه", "تدريب", "اعمل", "تعمل", "يعمل", "عملت", "عمل",
        ) for at in ("ب", "بقسم ")
          for where in ("الاسعاف", "الطوارئ", "الدفاع المدني", "الاطفائيه", "سياره اسعاف", "اسعاف",
                        "طوارئ")),
        # a driver or volunteer of the ambulance (not "a doctor of the emergency service", which
        # is asked for in an emergency)
        *(f"{job} {where}" for job in (
            "سايق", "سواق", "سائق", "شوفير", "موظف", "موظفه", "متطوع", "متطوعه",
        ) for where in ("الاسعاف", "سياره اسعاف", "سياره الاسعاف", "اسعاف", "الدفاع المدني")),
        # a heart "burning" with grief or longing ("قلبي محروق عالشام"), heartburn
        *(f"{heart} {burns}" for heart in (
            "قلبي", "قلبها", "قلبه", "قلبو", "قلبنا", "قلوبنا", "قلب امي",
        ) for burns in (
            "محروق", "محروقه", "انحرق", "يحترق", "عم يحترق", "بيحترق", "حرقان", "محترق", "اتحرق",
            "احترق", "مولع",
        )),
        *(f"{burns} {heart}" for burns in ("محروق", "حرقه", "حرقة") for heart in ("قلبي", "قلب")),
        # things, not people, that "will kill me" ("الورق ده هيموتني"), a mother or boss who
        # "will kill me" if I am late
        *(f"{thing}{this} {kills}" for thing in _AR_KILLERS for this in _AR_THIS
          for kills in _AR_KILLS),
        *(f"{late} ‥ {who} {kills}" for late in _AR_LATE for who in _AR_SCOLDERS
          for kills in _AR_SCOLDS),
        *(f"{who} {kills} {late}" for late in _AR_LATE for who in _AR_SCOLDERS
          for kills in _AR_SCOLDS),
        # faster than an ambulance or the police: praise for a quick answer
        *(f"{faster} من {svc}" for faster in ("اسرع", "اسرع حتى", "اسرع كمان")
          for svc in _AR_SERVICES),
        *(f"{faster} {than} {svc}" for faster in ("asra3", "asra3 kaman", "asra3 7atta")
          for than in ("men", "mn", "min") for svc in _AR_SERVICES_LATIN),
        # a fire, blast or attack in the news ("شفتو خبر الحريق اللي صار بمعمل؟")
        *(f"{news} {event}" for news in (
            "خبر", "اخبار", "خبر عن", "اخبار عن", "بالاخبار عن", "عالاخبار عن",
        ) for event in (
            "الحريق", "حريق", "الحرايق", "الانفجار", "انفجار", "الحادث", "حادث", "الهجوم", "هجوم",
            "الطعن", "طعن", "اطلاق النار", "اطلاق نار", "الجريمه", "جريمه", "القتل", "الزلزال",
            "الفيضان", "التفجير", "تفجير",
        )),
        *(f"{news} ‥ {event}" for news in ("بالاخبار", "عالاخبار", "بالتلفزيون", "عالتلفزيون")
          for event in ("حريق", "انفجار", "حادث", "هجوم", "طعن", "اطلاق نار", "تفجير", "جريمه")),
        *(f"{news} ‥ {event}" for news in ("bel akhbar", "3al akhbar", "khabar")
          for event in ("7ari2", "7adis", "7ades", "infijar", "enfijar", "hjoom", "hujum")),
        # a joke about the police or the ambulance ("احكيلي نكتة عن الشرطة")
        *(f"{joke} … {about} {svc}" for joke in ("نكته", "نكت", "مزحه", "نهفه", "قصه مضحكه")
          for about in ("عن", "على", "ع") for svc in (
            *_AR_SERVICES, "شرطه", "الشرطي", "شرطي", "الحرامي", "حرامي", "الشرطيه",
        )),
        *(f"{joke} … {about} {svc}" for joke in ("nekte", "nikte", "nokta", "nekta")
          for about in ("3an", "3ala", "3a") for svc in _AR_SERVICES_LATIN),
        # the police or the fire brigade giving a talk at a school or a Kita
        *(f"{svc} … {talk}" for svc in (*_AR_SERVICES, "شرطه", "الشرطي") for talk in (
            "محاضره", "ورشه", "توعيه", "ندوه", "حصه توعيه", "زياره للمدرسه", "زياره للروضه",
            "زياره للكيتا", "عن الامان", "عن السلامه", "عن المخدرات", "يشرحو", "يشرحوا",
        )),
        *(f"{talk} {about} {svc}" for talk in ("محاضره", "ورشه", "ندوه", "زياره", "توعيه")
          for about in ("من", "مع", "عن", "مع عناصر") for svc in _AR_SERVICES),
        *(f"^{day} {svc}" for day in ("يوم", "بيوم", "ليوم") for svc in (
            "الاطفائيه", "الاطفاء", "الدفاع المدني", "الشرطه", "الاسعاف", "عن الحرايق",
            "عن الحريق", "عن الاطفائيه", "مع الاطفائيه", "مع الشرطه",
        )),
        # the ambulance or the police came and all is well now (thanks, not a call)
        *(f"{svc} {came} … {well}" for svc in ("الاسعاف", "الشرطه", "البوليس", "الاطفائيه")
          for came in (
            "اجا", "اجت", "اجو", "اجه", "وصل", "وصلت", "وصلو", "جه", "جت", "جات", "اخد",
        ) for well in (
            "المستشفي", "مستشفي", "منيح", "بخير", "مستقر", "كويس", "احسن", "الحمدلله", "الحمد لله",
        )),
        *(f"{came} {svc} … {well}" for svc in ("الاسعاف", "الشرطه", "البوليس", "الاطفائيه")
          for came in ("اجا", "اجت", "اجو", "وصل", "وصلت", "جه", "جت", "جات")
          for well in ("المستشفي", "منيح", "بخير", "مستقر", "كويس", "احسن")),
        # a number asked "just to know", "nothing is happening now"
        *(f"{svc} … {asking}" for services, askings in (
            (_AR_SERVICES, _AR_JUST_ASKING), (_AR_SERVICES_LATIN, _AR_JUST_ASKING_LATIN),
        ) for svc in (*services, "112", "110") for asking in askings),
        *(f"{asking} … {svc}{num}" for services, askings in (
            (_AR_SERVICE_STEMS, _AR_JUST_ASKING), (_AR_SERVICE_STEMS_LATIN, _AR_JUST_ASKING_LATIN),
        ) for svc in services for asking in askings for num in ("", " … 110", " … 112")),
        # an office's papers "killing me" ("ورق الAusländerbehörde رح يقتلني")
        *(f"{of}{office} {kills}" for of in ("ال", "") for office in (
            "auslanderbehorde", "auslanderamt", "behorde", "jobcenter", "finanzamt",
            "familienkasse", "bamf", "sozialamt", "burgeramt", "standesamt", "krankenkasse",
            "arbeitsamt", "wohngeld", "kindergeld", "elterngeld",
        ) for kills in (
            "رح يقتلني", "رح تقتلني", "رح يموتني", "رح تموتني", "هيموتني", "حيموتني", "هتموتني",
            "بيقتلني", "بتقتلني", "عم يقتلني", "عم تقتلني", "قتلني", "موتني",
        )),
    ),
    "tr": (
        # a clothes size
        "beden 110",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "mektuplarla beni öldür", "formlarla beni öldür", "evraklarla beni öldür",
        "kağıtlarla beni öldür", "öldüresiye çalış", "kalp krizi geçirece", "açlıktan öl",
        "gülmekten öl", "sıkıntıdan öl", "meraktan öl", "herkes bizi öldür", "hayatımı kurtardın",
        "evraklar beni öldür", "kağıtlar beni öldür", "bürokrasi beni öldür", "sınav beni öldür",
        "sıcak beni öldür", "sıcaktan öl", "yorgunluktan öl",
        # ordinary threats: a boss, landlord or office threatening to fire or evict
        "atmakla tehdit", "çıkarmakla tehdit", "kovmakla tehdit",
        # negated alarms, thanks, ordinary things that burn or explode
        "acil durum değil", "acil değil",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "itfaiyede çalış", "itfaiyede calis", "itfaiyeci olmak", "yangın söndürücü",
        "yangin sondurucu", "duman dedektör", "duman dedektor", "acil servis … açık",
        "acil servis … acik",
        # the lost-property office; forms that ask for an emergency contact or plan (the Kita's
        # Notfallkontakt)
        "kayıp eşya", "acil durum form", "acil durum iletişim", "acil durum kişi",
        "acil durum plan", "acil durumda aranacak", "acil durumda ulaşılacak",
        "acil durumda kimi aray", "acil durum telefon numarası yaz", "acil durum numarası yaz",
        "acil durumda … izni", "acil durumda … izin formu",
        # courses and projects about violence, old falls, goodbyes to a job
        "siddet hakkinda", "siddete karsi … proje", "namus cinayetlerine karsi",
        "namus cinayeti hakkinda", "karbonmonoksit dedektor", "karbon monoksit dedektor",
        # an ATM swallowing a card is no swallowed object
        "kart … yut", "atm … yut", "bankamatik … yut",
        # chest pain that turned out to be a muscle; violence suffered years ago, told to ask
        # for a residence permit
        *(f"{pain} {cause}" for pain in (
            "gogus agrisi", "gogus agrim", "gogus agrisinin", "gogsumdeki agri", "gogsumun agrisi",
        ) for cause in (
            "kastan", "kaslardan", "kas kaynakli", "kas agrisi", "zararsiz cikti", "gecti",
        )),
        *(f"{ago} {from_}siddet gor" for ago in (
            "yillar once", "yil once", "sene once", "seneler once", "eskiden", "gecmiste",
            "uzun zaman once",
        ) for from_ in ("", "eski esimden ", "eski kocamdan ", "esimden ", "kocamdan ")),
        # a past-only form of an accident, stroke, fire or violence long ago ("geçen sene yangın
        # çıkmıştı", "yıllar önce eski eşim bana şiddet uyguluyordu"); "‥" stops at now-words
        *(f"{ago} ‥ {event}" for ago in _TR_AGO for event in _TR_LONG_PAST),
        *(f"{ago} {event}" for ago in _TR_AGO for event in _TR_SIMPLE_PAST),
        # things that "will kill me" or "kill a person" ("bu kuyruk adamı öldürür", "bu Jobcenter
        # evrakları beni öldürecek"), a mother or boss who "will kill me" if I am late, killing
        # time ("vakit öldürüyorum")
        *(f"{thing} {whom} öldür" for thing in _TR_KILLERS for whom in ("beni", "adami", "insani")),
        *(f"{late} ‥ {who} beni öldür" for late in _TR_LATE for who in _TR_SCOLDERS),
        *(f"{who} beni öldür ‥ {late}" for late in _TR_LATE for who in _TR_SCOLDERS),
        # a parcel service not answering ("DHL cevap vermiyor")
        *(f"{company} {no}" for company in (
            *_PARCEL_SERVICES, "kargo", "kargocu", "kargo firmasi", "kargo sirketi", "kurye",
        ) for no in (
            "cevap vermiyor", "yanit vermiyor", "cevap vermedi", "donus yapmiyor",
            "telefonu acmiyor",
        )),
        "vakit öldür", "zaman öldür", "vaktimi öldür", "vakti öldür", "zamani öldür",
        # a heart "burning" with grief or longing ("memleket için yüreğim yanıyor")
        "yüreğim yan", "yüreğimiz yan", "yüreği yan", "ciğerim yan", "ciğerimiz yan",
        # becoming a firefighter, the volunteer fire brigade, a visit or a toy fire engine
        "itfaiyeci ol", "itfaiyeci nasıl ol", "nasıl itfaiyeci", "itfaiyecilik", "gönüllü itfaiye",
        "itfaiyeye katıl", "itfaiye eğitim", "itfaiye okulu", "itfaiyede iş", "itfaiyede staj",
        "itfaiyede gönüllü", "itfaiye ziyaret", "itfaiyeyi ziyaret", "itfaiye istasyonunu ziyaret",
        "oyuncak itfaiye", "itfaiye oyunca", "itfaiye arabası oyunca",
        # a job in an emergency department or an ambulance ("acil serviste hemşireydi")
        *(f"{where} {job}" for where in ("acil serviste", "acil servis", "acilde", "ambulansta",
                                         "ambulans")
          for job in (
            "hemşireydi", "hemşireyim", "hemşire olarak", "hemşirelik", "doktordu", "doktorum",
            "doktor olarak", "şoför olarak", "sürücü olarak", "çalış", "iş bul", "iş ar",
            "şoförü ol", "şoförlüğ", "şoförüydü", "paramedik", "teknisyen", "staj", "tecrübe",
            "deneyim",
          )),
        *(f"{job} olarak {where}" for job in ("hemşire", "doktor", "paramedik", "şoför", "sofor")
          for where in ("acil", "ambulans")),
        "acil tıp teknisyen", "acil tip teknisyen",
        # fire safety talks, drills and training ("Kita'daki yangın güvenliği sunumu")
        "yangın güvenliğ", "yangın tatbikat", "yangın eğitim", "yangın önleme", "yangından korunma",
        "yangın sigorta", "yangın söndürme tüp", "yangın söndürme kurs", "yangın battaniye",
        # knife-sharp cold, on a knife's edge, fed up ("bıçak kemiğe dayandı")
        "bıçak gibi soğuk", "soğuk bıçak gibi", "ayaz bıçak gibi", "bıçak gibi ayaz",
        "rüzgar bıçak gibi", "bıçak gibi rüzgar", "bıçak sırtı", "bıçak kemiğe",
        # faster than an ambulance or the police: praise for a quick answer
        *(f"{svc} {more}{fast}" for svc in (
            "ambulanstan", "ambulanslardan", "polisten", "polislerden", "itfaiyeden",
            "acil servisten", "acilden",
        ) for more in ("", "daha ", "bile ", "bile daha ") for fast in ("hizli", "cabuk", "seri")),
        # a fire, blast or attack in the news ("fabrika yangını haberini gördünüz mü"; not
        # "haber verdim", "I called them")
        *(f"{event} {news}" for event in (
            "yangin", "yangini", "patlama", "patlamasi", "kaza", "kazasi", "saldiri", "saldirisi",
            "deprem", "cinayet", "bicaklama", "silahli saldiri", "kavga", "sel",
        ) for news in ("haberi", "haberini", "haberleri", "haberlerini", "haberinde")),
        *(f"{news} ‥ {event}" for news in (
            "haberlerde", "haberde", "haberlerden", "gazetede", "televizyonda",
        ) for event in (
            "yangin", "patlama", "kaza", "saldiri", "bicak", "silah", "ates", "deprem", "cinayet",
        )),
        # a joke about the police or the fire brigade ("polisle ilgili bi fıkra anlat")
        *(f"{svc} … {about} … {joke}" for svc in ("polis", "itfaiye", "ambulans")
          for about in ("ilgili", "hakkinda", "uzerine") for joke in ("fikra", "saka", "espri")),
        *(f"{svc} {joke}" for svc in ("polis", "itfaiyeci", "itfaiye")
          for joke in ("fikra", "sakasi", "esprisi")),
        # the police or the fire brigade giving a talk at a school or a Kita
        *(f"{svc} … {talk}" for svc in ("polis", "polisler", "itfaiye", "itfaiyeciler")
          for talk in (
            "anlatacak", "sunum", "seminer", "bilgilendirme", "konferans", "egitim verecek",
            "egitimi verecek", "ders verecek", "internet guvenligi", "trafik guvenligi",
            "guvenlik egitimi", "ziyaret edecek", "okula gelecek", "okula gelip",
          )),
        "itfaiye gunu", "itfaiye haftasi", "polis gunu", "polis haftasi",
        # the ambulance or the police came and all is well now (thanks, not a call)
        *(f"{svc} {came} … {well}" for svc in ("ambulans", "polis", "itfaiye")
          for came in ("geldi", "gelip", "geldiler") for well in (
            "hastanede", "hastaneye", "durumu iyi", "durumu stabil", "iyi durumda", "iyiyiz",
            "tehlikeyi atlatti", "cok sukur", "her sey yolunda",
          )),
        # a number asked "just to know", "nothing is happening now"; no emergency at all
        *(f"{asking} … {svc}{num}" for svc in _TR_SERVICE_STEMS for asking in _TR_JUST_ASKING
          for num in ("", " … 110", " … 112")),
        *(f"{svc} … {asking}" for svc in _TR_SERVICES for asking in _TR_JUST_ASKING),
        "acil bir durum yok", "acil bi durum yok", "acil durum yok",
        # a mother or teacher who "will kill me" if a course is not taken, or joking
        *(f"{unless} ‥ {who} beni öldür" for unless in _TR_UNLESS for who in _TR_SCOLDERS),
        *(f"{who} beni öldür ‥ {unless}" for unless in _TR_UNLESS for who in _TR_SCOLDERS),
        *(f"{who} beni {kills} {laugh}" for who in _TR_SCOLDERS
          for kills in ("oldurur", "oldurecek", "olduruyor", "oldurcek")
          for laugh in ("😂", "🤣", "😅", "😆", "haha")),
        # a shift in the emergency department ("acil serviste gece vardiyasında çalışıyorum")
        *(f"{where} … {job}" for where in ("acil serviste", "acilde", "ambulansta") for job in (
            "calis", "vardiya", "nobet", "hemsire", "staj", "paramedik",
        )),
    ),
    "uk": (
        # a clothes size, a landlord who does not answer, the last message for today
        "розмір 110", "розміри 110", "хазяїн не реагу", "хазяйка не реагу",
        "орендодавець не реагу", "хазяїн квартири не реагу", "останнє повідомлення на сьогодні",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "помираю від нудьги", "помираю з нудьги", "помираю від цікавості", "помираю з голоду",
        "вмираю від нудьги", "вмираю з голоду", "вмираю від цікавості", "врятували мені життя",
        "врятувала мені життя", "помираю від спеки", "вмираю від спеки", "помираю від втоми",
        "вмираю від втоми", "помираю зі сміху", "вмираю зі сміху", "папери мене вбива",
        "документи мене вбива", "бюрократія мене вбива", "робота мене вбива", "спека мене вбива",
        "німецька мене вбива", "мене вбивають ці папери", "мене вбивають ці документи",
        # ordinary threats: a boss, landlord or office threatening to fire or evict
        "погрожує звільнити", "погрожує звільненням", "погрожує виселити", "погрожує виселенням",
        "погрожують виселити", "погрожують виселенням", "погрожує вигнати з квартири",
        # negated alarms, thanks, ordinary things that burn or explode
        "не терміново", "не екстрен",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "працювати в пожежній", "працювати пожежник", "вогнегасник", "датчик диму",
        # courses and projects about violence, old falls, goodbyes to a job
        "курс про … насильств", "проект … насильств", "датчик чадного",
        # a blocked nose is no breathing emergency
        "дихати носом", "дихає носом", "дихати через ніс",
        # not being able to live like this in a hostel or a flat, or without money, is a housing
        # or money question; getting out of debt or to a doctor is no rescue
        *(f"жити {prep} {place}" for prep in ("в", "у", "з", "без", "із") for place in (
            "гуртожит", "квартир", "хайм", "heim", "таборі", "цій", "цьому", "сусід", "батьк",
            "грош", "робот", "борг", "такій",
        )),
        "вибратися з борг", "вибратись з борг", "вибратися із борг",
        "вибратися до", "вибратись до",
        # chest pain that turned out to be a muscle
        *(f"{chest} {turned_out}"
          for chest in ("біль у грудях", "біль в грудях", "у грудях", "в грудях")
          for turned_out in ("виявив", "виявил")),
        # dying of boredom, heat, laughter...: hyperbole (not "of fear" or "of pain")
        *(f"{dying} {of} {what}" for dying in ("помираю", "вмираю", "помираємо", "вмираємо")
          for of in ("від", "з", "зі") for what in (
            "нудьги", "голоду", "спеки", "сміху", "втоми", "цікавості", "нетерпіння", "сорому",
            "холоду", "спраги",
        )),
        # "mum / the boss will kill me if I'm late": hyperbole of a mother, grandmother, boss or
        # teacher (not a father, brother or husband: honour and partner threats stay alarms)
        *(f"{who} {kills}{comma} {if_}" for who in (
            "мама", "мати", "бабуся", "начальник", "начальниця", "шеф", "вчитель", "вчителька",
        ) for kills in ("мене вб'є", "вб'є мене", "мене уб'є", "мене просто вб'є")
          for comma in ("", ",") for if_ in ("якщо", "як")),
        # killing time
        *(f"{kill} {time}" for kill in (
            "вбити", "вбивати", "вбиваю", "вбиваємо", "вб'ю", "убити", "убивати", "убиваю",
        ) for time in ("час", "вільний час")),
        # a deadline or an appointment "is burning" ("горить терміново" is no deadline)
        *(f"{a} {b}" for deadline in (
            "дедлайн", "дедлайни", "термін", "терміни", "строк", "строки", "termin", "frist",
            "звіт", "здача",
        ) for burns in ("горить", "горять", "вже горить")
          for a, b in ((deadline, burns), (burns, f"{deadline}$"))),
        # fire safety, volunteer fire brigades, firefighting as a job, toys and stories
        *(f"пожежн{adj} {safety}" for adj in ("а", "у", "ої", "ій", "ою")
          for safety in ("безпек", "безпец")),
        *(f"{volunteer}{end} пожежн" for volunteer in ("добровільн", "добровольч")
          for end in ("а", "у", "ої", "ій", "ою", "і", "их", "им", "ий", "ого")),
        "пожежник-доброволець", "пожежником-добровольцем", "пожежники-добровольці",
        *(f"{become} пожежник" for become in (
            "стати", "стала", "став", "стають", "бути", "професія", "професію", "робота",
            "роботу", "навчання на", "вчитися на", "піти в", "піти у", "працював", "працювала",
            "працюю", "працює", "працюють", "працювали", "пропрацював", "пропрацювала", "служив",
            "служила", "служу", "служить", "був", "була",
        )),
        *(f"{story}… про пожеж" for story in (
            "серіал", "фільм", "мультфільм", "мультик", "книжк", "книг", "казк", "вистав",
            "передач",
        )),
        "гра про пожеж", "гру про пожеж",
        *(f"іграшков{end} пожежн" for end in ("а", "у", "ої", "ий", "ого", "і", "их")),
        "день пожежн", "свято пожежн", "екскурсі… пожежн",
        # sensational news: "explosive news", "bomb" slang
        *(f"вибухов{adj} новин" for adj in ("а", "у", "ої", "і", "их")),
        "новина-бомба", "новина бомба", "бомбезн", "бомбічн", "вибух емоці", "вибух сміх",
        # shooter games
        "стрілялк", "стрілялок",
        # learning which mushrooms or plants are poisonous
        *(f"{tell} {what}отруйн" for tell in (
            "відрізняти", "відрізнити", "розрізняти", "розрізнити", "розпізнавати", "розпізнати",
            "визначати", "визначити",
        ) for what in ("", "їстівні від ", "їстівні та ", "їстівні і ")),
        # a parcel, keys or a phone lost is no person missing (the thing after the verb only for
        # parcels and luggage; not letters or phones: "син залишив лист пропав" is a farewell)
        *(f"{thing} {lost}" for thing in (
            "посилка", "замовлення", "багаж", "валіза", "сумка", "ключі", "документи", "довідка",
            "картка", "пакунок", "бандероль",
        ) for lost in ("загубил", "загубив", "пропа", "зник")),
        *(f"{lost} {thing}" for lost in (
            "загубилася", "загубилась", "загубилось", "загубився", "пропала", "пропало", "пропав",
            "зникла", "зникло", "зник",
        ) for thing in ("посилка", "замовлення", "багаж", "валіза", "бандероль", "пакунок")),
        # a past accident or poisoning told to ask about insurance, a doctor or sick leave, and
        # long ago violence: the time, who and the deed next to each other (a clause between, as
        # in "рік тому приїхали, чоловік побив мене", still alarms)
        *(f"{when} {who}{deed}" for when in (
            "минулого року", "рік тому", "роки тому", "років тому", "минулого місяця",
            "минулого тижня", "минулих вихідних", "торік", "позаторік", "у минулому році",
            "в минулому році",
        ) for whos, deeds in (
            (("", "у мене ", "в мене ", "у нас ", *(f"у {whom} " for whom in (
                "тата", "батька", "мами", "матері", "чоловіка", "дружини", "бабусі", "дідуся",
                "сина", "доньки", "брата", "сестри",
            ))), (
                "була аварі", "сталася аварі", "було отруєння", "був інфаркт", "був інсульт",
            )),
            (("", "я "), (
                "потрапив в аварі", "потрапила в аварі", "потрапили в аварі", "потрапив у аварі",
                "потрапила у аварі", "потрапили у аварі", "отруїв", "отруїл", "обпікся",
                "обпекл",
            )),
        ) for who in whos for deed in deeds),
        *(f"{when} {who}{deed}" for when in ("роки тому", "років тому", "дитинстві", "колись")
          for who in ("", "колишній чоловік ", "колишній ", "чоловік ", "батько ", "він ")
          for deed in (
            "бив мене", "мене бив", "била мене", "мене била", "побив мене", "мене побив",
            "піднімав на мене руку", "погрожував",
        )),
        # a stroke, heart attack or accident told with its time after it, and "after the stroke"
        # (the signs of a new one are stems of their own)
        *(f"{event} {when}" for event in ("інсульт", "інфаркт", "аварія", "аварію", "аварії")
          for when in (
            "торік", "позаторік", "минулого року", "у минулому році", "в минулому році",
            *(f"{n}{unit} тому" for n in (
                "", "два ", "три ", "чотири ", "п'ять ", "кілька ", "декілька ", "багато ", "пару ",
                *(f"{d} " for d in (*range(1, 11), 15, 20)),
            ) for unit in ("рік", "роки", "років", "місяць", "місяці", "місяців")),
        )),
        "після інсульту", "після інфаркту",
        # a fire years ago (papers burnt in it)
        *(f"{at} пожеж… {ago}" for at in ("під час", "при", "у", "в") for ago in (
            "торік", "минулого року", *(f"{n}{unit} тому" for n in (
                "", "два ", "три ", "кілька ", "декілька ", "багато ",
                *(f"{d} " for d in (*range(1, 11), 15, 20)),
            ) for unit in ("рік", "роки", "років")),
        )),
        # past violence told with a sign that it is over ("колишній мене бив, ми розлучилися",
        # "... але це було давно"); "мене бив вчора" or "б'є роками" stay alarms
        *(f"{deed}{conn} {over}" for deed in (
            "мене бив", "бив мене", "мене побивав", "побивав мене", "піднімав на мене руку",
            "погрожував мені", "мені погрожував",
        ) for conn in ("", ",", ", але", " але", ", ми", ", але ми", " але ми") for over in (
            "розлучилися", "розлучились", "розійшлися", "розійшлись", "це було давно",
            "давно розлучилися", "давно розлучились", "вже розлучилися", "вже розлучились",
            "це в минулому", "в минулому", "коли ми жили разом", "коли ми були одружені",
            "тепер ми розлучені", "зараз у розлученні",
        )),
        # chills and shivers "beat" a feverish body
        *(f"{me}{beats} {shiver}" for me in ("мене ", "")
          for beats in ("б'є", "бив", "била", "б'ють")
          for shiver in ("озноб", "дрож", "лихоманка", "пропасниця")),
        *(f"{shiver} {beats}" for shiver in ("озноб", "дрож", "лихоманка")
          for beats in ("б'є", "бив", "била")),
        # extremist talk reported by a worried relative ("невірні мають померти")
        *(f"{who} {must} {die}" for who in (
            "невірні", "кафіри", "іноземці", "мігранти", "біженці", "євреї", "всі вони", "усі вони",
            "вони всі", "вони усі",
        ) for must in ("мають", "повинні", "мусять", "заслуговують")
          for die in ("померти", "вмерти")),
        # killed in a game
        *(f"{game}… {killed}" for game in (
            "у грі", "в грі", "в іграх", "у іграх", "в cs", "у cs", "в кс", "у кс", "в доті",
            "у доті", "в dota", "у фортнайт", "в фортнайт", "в fortnite", "в pubg", "у pubg",
            "в шутері", "у шутері", "в контрі", "у контрі", "в майнкрафт", "у майнкрафт",
        ) for killed in ("вбива", "вбили", "вб'ють", "вбити", "убива", "убили")),
        # "dying to know", "my head explodes from all this": hyperbole (not from pain)
        "помираю, як хочу", "помираю як хочу", "вмираю, як хочу", "вмираю як хочу",
        "помираю, як хочеться", "помираю як хочеться", "вмираю, як хочеться", "вмираю як хочеться",
        "до смерті хочу",
        *(f"{brain} {explodes}" for brain in ("мозок", "мізки", "мозок мені", "мізки мені")
          for explodes in ("вибухає", "вибухне", "вибухнув", "вибухнули", "вибухають",
                           "зараз вибухне")),
        *(f"{head} {explodes} від {what}" for head in ("голова", "голова мені", "макітра")
          for explodes in ("вибухає", "вибухне", "вибухнула", "зараз вибухне") for what in (
            "всього", "усього", "цього", "інформації", "бюрократії", "паперів", "документів",
            "німецької", "граматики", "питань", "думок", "новин", "правил", "цих", "всієї",
            "усієї", "формулярів", "листів",
        )),
        "вибух мозку", "вибух мозків",
        # no ambulance or police wanted, the question is another
        *(f"{a} {b}" for svc in (
            "швидку", "швидка", "швидкої", "поліцію", "поліція", "поліції", "пожежних", "пожежну",
        ) for neg in (
            "не треба", "не потрібна", "не потрібно", "не потрібен", "не потрібні", "не треба було",
        ) for a, b in ((svc, neg), (neg, svc))),
        # fires, explosions and attacks in the news
        *(f"{news}… про {danger}" for news in (
            "новин", "по телевізору", "по тв", "в газеті", "у газеті", "в інтернеті", "статт",
            "репортаж", "писали", "пишуть", "показували", "розповідали",
        ) for danger in (
            "пожеж", "вибух", "стрілянин", "напад", "аварі", "теракт", "вбивств", "поножовщин",
        )),
        # a job at the fire brigade or on an ambulance; fire exits, drills, inspections
        *(f"{job} {in_} пожежн" for job in (
            "роботу", "робота", "роботі", "працювати", "працюю", "працював", "працювала",
            "вакансія", "вакансії", "стаж",
        ) for in_ in ("в", "у")),
        "в пожежній охороні", "у пожежній охороні",
        *(f"{job} швидкої допомоги" for job in (
            "фельдшер", "фельдшером", "фельдшерка", "лікар", "лікарем", "водій", "водієм",
            "медсестра", "медсестрою", "працівник", "працівником", "бригада", "служба",
        )),
        *(f"пожежн{adj} {thing}"
          for adj in ("ий", "ого", "ому", "им", "а", "у", "ої", "ій", "і", "их")
          for thing in ("вихід", "виход", "драбин", "інспекці", "перевірк", "навчання", "гідрант",
                        "кран")),
        # an open day at the fire brigade or the police
        *(f"{a}… {b}" for svc in (
            "пожежн", "поліці", "швидк", "рятувальник", *(f"{one} {and_} {other}"
              for one, other in (("поліці", "пожежн"), ("пожежн", "поліці"), ("поліці", "швидк"))
              for and_ in ("і", "й", "та", "або", "чи")),
        ) for a, b in (("відкритих дверей", svc), (svc, "відкритих дверей"))),
        # "my wife / mum will kill me if I'm late": hyperbole about being late or forgetting
        *(f"{who} {kills}{comma} {if_} {late}" for who in (
            "мама", "мати", "бабуся", "начальник", "шеф", "вчитель", "вчителька", "дружина",
            "жінка", "теща", "свекруха",
        ) for kills in ("вб'є", "мене вб'є", "вб'є мене") for comma in ("", ",")
          for if_ in ("якщо", "як") for late in (
            "запізнюсь", "запізнюся", "запізнимось", "спізнюсь", "спізнюся", "забуду", "не встигну",
            "прийду пізно",
        )),
        *(f"{otherwise} {who} {kills}" for otherwise in ("бо", "а то", "інакше")
          for who in ("мама", "дружина", "жінка", "шеф", "начальник", "теща")
          for kills in ("вб'є", "мене вб'є", "вб'є мене", "мене уб'є")),
        # "I feel like killing it": impersonal venting about a thing or a person (not oneself)
        # (only "вбити його хочеться": in "хочеться вбити його і себе" the danger follows)
        *(f"{kill} {it} хочеться" for kill in ("вбити", "убити", "прибити")
          for it in ("його", "її", "їх", "цей", "цю", "це", "тебе")),
    ),
    "ru": (
        # a fire drill at the Kita or school
        "учебная пожарная", "учебную пожарную", "учебной пожарной", "пожарные учения",
        "пожарных учениях", "пожарных учений",
        # a clothes size, a landlord who does not answer, the last message for today
        "размер 110", "размеры 110", "хозяин не реагир", "хозяйка не реагир",
        "арендодатель не реагир", "хозяин квартиры не реагир", "последнее сообщение на сегодня",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "умираю от скуки", "умираю от любопытства", "умираю с голоду", "умираю от голода",
        "умираю от смеха", "убивает меня письмами", "спас мне жизнь", "спасла мне жизнь",
        "спасли мне жизнь", "умираю от жары", "умираю от усталости", "бумаги меня убива",
        "документы меня убива", "бюрократия меня убива", "работа меня убива", "жара меня убива",
        "немецкий меня убива", "меня убивают эти бумаги", "меня убивают эти документы",
        # ordinary threats: a boss, landlord or office threatening to fire or evict
        "угрожает уволить", "угрожает увольнением", "угрожает выселить", "угрожает выселением",
        "угрожают выселить", "угрожают выселением", "грозит уволить", "грозит выселить",
        # negated alarms, thanks, ordinary things that burn or explode
        "не срочно", "не экстренн",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "работать в пожарной", "работать пожарным", "огнетушител", "датчик дыма", "детектор дыма",
        # questions about labour
        "понять … схватки", "узнать … схватки",
        # courses and projects about violence, old falls, goodbyes to a job
        "курс по … насили", "проект … насили", "датчик угарного",
        # a blocked nose is no breathing emergency
        "дышать носом", "дышит носом", "дышать через нос",
        # hyperbole: nearly fainted at a price or a letter
        "чуть не упал в обморок", "чуть не упала в обморок", "chut ne upal v obmorok",
        "chut ne upala v obmorok", "chut' ne upal v obmorok", "chut' ne upala v obmorok",
        # not being able to live like this in a hostel or a flat, or without money, is a housing
        # or money question; getting out of debt or into town is no rescue; nightmares
        *(f"жить {prep} {place}" for prep in ("в", "с", "без", "со") for place in (
            "общежит", "квартир", "хайм", "heim", "лагер", "этой", "этом", "сосед", "родител",
            "денег", "работ", "долг", "такой",
        )),
        "выбраться из долг", "выбраться в", "выбраться до", "выбраться на",
        # finishing papers, a course or a move today is no farewell
        *(f"{finish} {with_}{what}" for finish in ("закончу", "закончит", "закончим", "закончат")
          for with_ in ("с ", "со ", "по ", "") for what in (
            "документ", "бумаг", "анкет", "заявлен", "переезд", "ремонт", "курс", "работ", "учеб",
            "уборк", "дела",
        )),
        "просыпа… в холодном поту", "проснул… в холодном поту",
        # chest pain that turned out to be a muscle
        "боль в груди оказал", "в груди оказал",
        # dying of boredom, heat, laughter...: hyperbole (not "of fear" or "of pain")
        *(f"{dying} {of} {what}" for dying in ("умираю", "помираю", "умираем", "подыхаю")
          for of in ("от", "со", "с") for what in (
            "скуки", "тоски", "голода", "голоду", "жары", "смеха", "смеху", "усталости",
            "любопытства", "нетерпения", "стыда", "холода",
        )),
        # "mum / the boss will kill me if I'm late": hyperbole of a mother, grandmother, boss or
        # teacher (not a father, brother or husband: honour and partner threats stay alarms)
        *(f"{who} {kills}{comma} {if_}" for who in (
            "мама", "мать", "бабушка", "начальник", "начальница", "шеф", "учитель", "учительница",
        ) for kills in ("меня убьет", "убьет меня", "меня просто убьет", "меня точно убьет")
          for comma in ("", ",") for if_ in ("если", "когда")),
        # killing time
        *(f"{kill} {time}" for kill in ("убить", "убивать", "убиваю", "убиваем", "убью")
          for time in ("время", "свободное время")),
        # a deadline or an appointment "is burning" ("горит срочно" is no deadline)
        *(f"{a} {b}" for deadline in (
            "срок", "сроки", "дедлайн", "дедлайны", "термин", "termin", "frist", "отчет", "сдача",
        ) for burns in ("горит", "горят", "уже горит")
          for a, b in ((deadline, burns), (burns, f"{deadline}$"))),
        # fire safety, volunteer fire brigades, firefighting as a job, toys and stories
        *(f"пожарн{adj} безопасност" for adj in ("ая", "ую", "ой")),
        *(f"{volunteer}{end} пожарн" for volunteer in ("добровольн", "волонтерск")
          for end in ("ая", "ую", "ой", "ые", "ых", "ым", "ый", "ого")),
        "пожарный-доброволец", "пожарным-добровольцем", "пожарные-добровольцы",
        *(f"{become} пожарн" for become in (
            "стать", "стала", "стал", "становятся", "быть", "профессия", "профессию", "работа",
            "работу", "учиться на", "пойти в", "работал", "работала", "работаю", "работает",
            "работают", "работали", "проработал", "проработала", "служил", "служила", "служу",
            "служит", "был", "была",
        )),
        *(f"{story}… про пожар" for story in (
            "сериал", "фильм", "мультфильм", "мультик", "книжк", "книг", "сказк", "спектакл",
            "передач",
        )),
        "игра про пожар", "игру про пожар",
        *(f"игрушечн{end} пожарн" for end in ("ая", "ую", "ой", "ый", "ого", "ые", "ых")),
        "день пожарн", "праздник пожарн", "экскурси… пожарн",
        # "a killer heat / queue": the adjective, not "убийство" (murder)
        "убийствен",
        # sensational news: "explosive news", "bomb" slang
        *(f"взрывн{adj} новост" for adj in ("ая", "ую", "ой", "ые", "ых")),
        "новость-бомба", "новость бомба", "бомбическ", "бомбезн", "взрыв эмоци", "взрыв смеха",
        # shooter games, archery and sport shooting
        "стрелялк", "стрелялок", *(f"стрельб{end} из лука" for end in ("а", "у", "е", "ой")),
        *(f"спортивн{adj} стрельб" for adj in ("ая", "ую", "ой")),
        # a parcel, keys or a phone lost is no person missing (the thing after the verb only for
        # parcels and luggage; not letters or phones: "сын оставил письмо пропал" is a farewell)
        *(f"{thing} {lost}" for thing in (
            "посылка", "заказ", "багаж", "чемодан", "сумка", "ключи", "документы", "справка",
            "бандероль", "отправление",
        ) for lost in ("потерял", "пропа", "исчез")),
        *(f"{lost} {thing}" for lost in (
            "потерялась", "потерялся", "потерялось", "пропала", "пропал", "пропало", "исчезла",
            "исчез",
        ) for thing in ("посылка", "заказ", "багаж", "чемодан", "бандероль", "отправление")),
        # a past accident or poisoning told to ask about insurance, a doctor or sick leave, and
        # long ago violence: the time, who and the deed next to each other (a clause between, as
        # in "год назад приехали, муж избил меня", still alarms)
        *(f"{when} {who}{deed}" for when in (
            "в прошлом году", "год назад", "года назад", "лет назад", "в прошлом месяце",
            "месяц назад", "на прошлой неделе", "прошлых выходных",
        ) for whos, deeds in (
            (("", "у меня ", "у нас ", *(f"у {whom} " for whom in (
                "папы", "отца", "мамы", "матери", "мужа", "жены", "бабушки", "дедушки", "сына",
                "дочки", "дочери", "брата", "сестры",
            ))), (
                "была авари", "было дтп", "было отравление", "был инфаркт", "был инсульт",
            )),
            (("", "я "), (
                "попал в авари", "попала в авари", "попали в авари", "попал в дтп",
                "попала в дтп", "попали в дтп", "отравил", "обжегся", "обожглась",
            )),
        ) for who in whos for deed in deeds),
        *(f"{when} {who}{deed}" for when in ("года назад", "лет назад", "в детстве", "когда-то")
          for who in ("", "бывший муж ", "бывший ", "муж ", "отец ", "он ") for deed in (
            "бил меня", "меня бил", "била меня", "меня била", "избивал", "избил",
            "поднимал на меня руку", "угрожал",
        )),
        # a stroke, heart attack or accident told with its time after it, and "after the stroke"
        # (the signs of a new one are stems of their own)
        *(f"{event} {when}" for event in (
            "инсульт", "инфаркт", "инсульта", "инфаркта", "авария", "аварию", "аварии", "дтп",
        ) for when in (
            "в прошлом году", "в позапрошлом году", "прошлой зимой", "прошлой весной",
            "прошлым летом", "прошлой осенью", *(f"{n}{unit} назад" for n in (
                "", "два ", "три ", "четыре ", "пять ", "несколько ", "пару ", "много ",
                *(f"{d} " for d in (*range(1, 11), 15, 20)),
            ) for unit in ("год", "года", "лет", "месяц", "месяца", "месяцев")),
        )),
        "после инсульта", "после инфаркта",
        # a fire years ago (papers burnt in it)
        *(f"{at} пожар… {ago}" for at in ("при", "во время", "в") for ago in (
            "в прошлом году", *(f"{n}{unit} назад" for n in (
                "", "два ", "три ", "несколько ", "пару ", "много ",
                *(f"{d} " for d in (*range(1, 11), 15, 20)),
            ) for unit in ("год", "года", "лет")),
        )),
        # past violence told with a sign that it is over ("бывший меня избивал, развелись",
        # "... но это было давно"); "меня бил вчера" or "бьет годами" stay alarms
        *(f"{deed}{conn} {over}" for deed in (
            "меня избивал", "избивал меня", "меня бил", "бил меня", "поднимал на меня руку",
            "угрожал мне", "мне угрожал",
        ) for conn in ("", ",", ", но", " но", ", а", ", мы", ", но мы", " но мы") for over in (
            "развелись", "разошлись", "расстались", "это было давно", "это в прошлом", "в прошлом",
            "давно развелись", "давно разошлись", "давно расстались", "уже развелись",
            "давно в разводе",
            "когда мы жили вместе", "когда мы были женаты", "сейчас в разводе", "уже в разводе",
        )),
        # chills and shivers "beat" a feverish body
        *(f"{me}{beats} {shiver}" for me in ("меня ", "")
          for beats in ("бьет", "бил", "била", "бьют")
          for shiver in ("озноб", "дрожь", "лихорадка", "колотун", "мандраж")),
        *(f"{shiver} {beats}" for shiver in ("озноб", "дрожь", "лихорадка")
          for beats in ("бьет", "бил", "била")),
        # extremist talk reported by a worried relative ("неверные должны умереть")
        *(f"{who} {must} умереть" for who in (
            "неверные", "кафиры", "иностранцы", "мигранты", "беженцы", "евреи",
            "все они", "они все",
        ) for must in ("должны", "обязаны", "заслуживают")),
        # killed in a game
        *(f"{game}… {killed}" for game in (
            "в игре", "в играх", "в cs", "в кс", "в контре", "в доте", "в dota", "в фортнайт",
            "в fortnite", "в pubg", "в пабг", "в майнкрафт", "в minecraft", "в шутере", "в шутерах",
            "в варзоне", "в warzone", "в валоранте", "в valorant", "в колде", "в гта", "в gta",
        ) for killed in ("убива", "убили", "убьют", "убить", "убил")),
        # "dying to know", "my head explodes from all this": hyperbole (not from pain)
        "умираю, как хочу", "умираю как хочу", "умираю, как хочется", "умираю как хочется",
        "умираю, так хочу", "умираю так хочу", "до смерти хочу",
        *(f"{brain} {explodes}" for brain in ("мозг", "мозги", "мозг у меня", "мозги у меня")
          for explodes in ("взрывается", "взорвется", "взорвался", "взорвались", "взрываются",
                           "сейчас взорвется", "скоро взорвется")),
        *(f"{head} {explodes} от {what}" for head in ("голова", "голова у меня", "башка")
          for explodes in ("взрывается", "взорвется", "взорвалась", "сейчас взорвется")
          for what in (
            "всего", "этого", "информации", "бюрократии", "бумаг", "документов", "немецкого",
            "грамматики", "вопросов", "мыслей", "новостей", "правил", "этих", "всей", "анкет",
            "писем",
        )),
        "взрыв мозга", "взрыв мозгов",
        # "it took off!" of an idea, a CV or a video
        *(f"{what} {shot}" for what in (
            "идея", "план", "резюме", "заявка", "проект", "бизнес", "стартап", "видео", "пост",
            "ролик", "реклама", "объявление", "наконец-то", "наконец",
        ) for shot in ("выстрелила", "выстрелил", "выстрелило")),
        # no ambulance or police wanted, the question is another
        *(f"{a} {b}" for svc in (
            "скорую", "скорая", "скорой", "полицию", "полиция", "полиции", "пожарных",
        ) for neg in ("не надо", "не нужно", "не нужна", "не нужен", "не нужны", "не надо было")
          for a, b in ((svc, neg), (neg, svc))),
        # fires, explosions and attacks in the news
        *(f"{news}… {about} {danger}" for news in (
            "новост", "по телевизору", "по тв", "в газете", "в интернете", "стать", "репортаж",
            "писали", "пишут", "показывали", "рассказывали",
        ) for about in ("про", "о", "об") for danger in (
            "пожар", "взрыв", "стрельб", "нападени", "авари", "теракт", "убийств", "поножовщин",
            "дтп",
        )),
        # a job at the fire brigade or on an ambulance; smoke detectors in every case; fire exits,
        # drills, inspections
        *(f"{job} в пожарн" for job in (
            "работу", "работа", "работе", "работать", "работаю", "работал", "работала", "вакансия",
            "вакансии", "стаж",
        )),
        "в пожарной охране",
        *(f"{job} {at}скорой помощи" for job in (
            "фельдшер", "фельдшером", "врач", "врачом", "водитель", "водителем", "медсестра",
            "медсестрой", "работаю", "работал", "работала", "работать", "работа", "работу",
            "смена", "смены", "стаж", "практика", "практику", "бригада",
        ) for at in ("", "на ", "в ", "в службе ", "на станции ")),
        *(f"{detector}{end} дыма" for detector in ("датчик", "детектор", "извещател")
          for end in ("", "е", "а", "и", "ом", "ов", "ах", "ам", "у", "ями", "ей")),
        *(f"пожарн{adj} {thing}" for adj in ("ый", "ого", "ому", "ым", "ая", "ую", "ой", "ые", "ых")
          for thing in ("выход", "лестниц", "инспекци", "проверк", "учени", "гидрант", "кран")),
        # an open day at the fire brigade or the police
        *(f"{a}… {b}" for svc in (
            "пожарн", "полици", "скорой", "спасател", *(f"{one} {and_} {other}"
              for one, other in (("полици", "пожарн"), ("пожарн", "полици"), ("полици", "скорой"))
              for and_ in ("и", "или")),
        ) for a, b in (("открытых дверей", svc), (svc, "открытых дверей"))),
        # "my wife / mum will kill me if I'm late": hyperbole about being late or forgetting
        *(f"{who} {kills}{comma} {if_} {late}" for who in (
            "мама", "мать", "бабушка", "начальник", "начальница", "шеф", "учитель", "учительница",
            "жена", "супруга", "теща", "свекровь",
        ) for kills in ("убьет", "меня убьет", "убьет меня") for comma in ("", ",")
          for if_ in ("если", "если я") for late in (
            "опоздаю", "опоздаем", "задержусь", "забуду", "не успею", "приду поздно",
        )),
        *(f"{otherwise} {who} {kills}" for otherwise in ("а то", "иначе")
          for who in ("мама", "жена", "шеф", "начальник", "теща", "бабушка")
          for kills in ("убьет", "меня убьет", "убьет меня")),
        # "I feel like killing it": impersonal venting about a thing or a person (not oneself)
        # (only "убить его хочется": in "хочется убить его и себя" the danger follows)
        *(f"убить {it} хочется" for it in ("его", "ее", "их", "этот", "эту", "это", "тебя")),
    ),
    "fa": (
        # a clothes size
        "سایز 110",
        # a worry about a child who has "done nothing dangerous yet, but I'm afraid" (prevention
        # and counselling; a threat named beside it still alarms)
        *(f"{yet} {nothing} {done} … {fear}"
          for yet in ("هنوز", "فعلا", "فعلاً", "تا حالا", "تاحالا")
          for nothing in ("کار خطرناکی", "کاری", "هیچ کاری", "کار بدی", "هیچ کار خطرناکی",
                          "هیچ کار بدی", "کار خطرناک")
          for done in ("نکرده", "نکده", "نکرده است", "نکرده اند", "نکردن")
          for fear in ("میترسم", "میترسیم", "میترسه", "نگرانم")),
        # no longer in a course, a town or a camp from tomorrow, or away on a trip ("فردا دیگه
        # نیستم" alone is a farewell), a child taken abroad on holiday, a child who was frozen
        # (past) from the cold
        *(f"{more} نیستم … {trip}" for more in ("دیگه", "دیگر", "دگه")
          for trip in ("مسافرت", "سفر", "میرم ایران", "میرم افغانستان", "تعطیلات", "مرخصی",
                       "رخصتی")),
        *(f"{more} {no} … {trip}" for more in ("dega", "dige")
          for no in ("nistam", "nestom", "nistom", "nestam")
          for trip in ("safar", "mosaferat", "mirim iran", "merom iran")),
        *(f"{more} نیستم {in_} {place}" for more in ("دیگه", "دیگر", "دگه")
          for in_ in ("تو", "توی", "در", "سر") for place in (
            "این کورس", "کورس", "این کلاس", "کلاس", "کار", "این کار", "این شهر", "شهر",
            "این کمپ", "کمپ", "هایم", "این هایم", "آلمان", "این آدرس", "آدرس", "مکتب", "دفتر",
            "این خانه", "این خونه", "این گروه", "گروه", "این گروپ", "گروپ", "اینجا کار",
        )),
        *(f"{take} {country} برای {reason}" for take in ("میبره", "میبرد", "میبرن", "میبرند")
          for country in ("افغانستان", "پاکستان", "عراق", "سوریه") for reason in (
            "تعطیلات", "تعطیلی", "رخصتی", "دیدن", "دیدار", "گردش", "سفر", "مهمانی", "زیارت",
            "تابستان", "چند هفته",
        )),
        "یخ کرده بود", "یخ زده بود", "یخ کده بود",
        # fuel spilled in the past ("I had spilled petrol, how do I clean it")
        *(f"{fuel} ریخته {was}" for fuel in ("نفت", "بنزین", "تیل", "گازوئیل")
          for was in ("بودم", "بود$", "بودیم")),
        # "may you live" is thanks, "I'll bother you later" is politeness, lost papers are not a
        # lost person
        "zende bashi", "komakam kardi", "komakam kardin", "کمکم کردی", "کمکم کردین",
        "مزاحمت میشم", "مزاحمتون میشم", "madrak … gom", "pasport … gom",
        "kart … gom", "مدرک … گم", "پاسپورت … گم", "تیلفون … گم", "تلفن … گم", "گوشی … گم",
        "موبایل … گم", "بکس … گم", "کیف … گم", "کلید … گم",
        # the police came and all is calm now, a broken bone already in a cast
        "پلیس اومد … همه چی آروم", "پلیس اومد … همه چیز آروم", "پلیس آمد … همه چیز آرام",
        "پولیس آمد … همه چیز آرام", "پولیس آمد … همه چیز خیر", "polis omad … hame chi arom",
        "شکسته بود … گچ", "شکست … گچ گرفتن", "شکست … گچ گرفت", "شکسته … تو گچه",
        # keys locked in a car (a child locked in one is an emergency)
        "کلیدم … ماشین قفل", "کلیدم … موتر قفل", "کلید … تو ماشین قفل", "کلید … در موتر قفل",
        "kilidam … mashin ghofl", "kilidam … motor qolf", "kelidam … mashin ghofl",
        # someone waiting outside to go somewhere together
        "منتظرمه که بر", "منتظرمه بر", "منتظرمه تا بر", "منتظرمه که با", "منتظرمه با ماشین",
        # asking what the bot can help with ("in what cases can you help?")
        "میتوانید کمک کنید", "میتونید کمک کنید", "میتوانین کمک کنین", "میتونین کمک کنین",
        "میشه کمک کنید", "میشه کمکم کنید", "میشه کمک کنین", "میشه کمکم کنین",
        "mitoonid komak konid", "mitunid komak konid", "mishe komak konid", "mishe komakam konid",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "از خنده … میمیرم", "از گرسنگی … میمیرم", "گرسنه … میمیرم", "گشنه … میمیرم",
        "از نگرانی … میمیرم", "از بیکاری … میمیرم", "از کنجکاوی … میمیرم", "حوصله … میمیرم",
        "میمیرم که", "jobcenter … میکشه", "با نامه … میکشه", "کارفرما … میکشه", "رئیسم … میکشه",
        "سرم … منفجر", "مغزم … منفجر", "گوشی … آتیش گرفته", "لپ تاپ … آتیش", "لپتاپ … آتیش",
        "زندگیمو نجات دادی", "جونمو نجات دادی", "از فضولی … میمیرم", "از خستگی … میمیرم",
        "از گرما … میمیرم", "از سرما … میمیرم", "از خوشحالی … میمیرم",
        # negated alarms, thanks, ordinary things that burn or explode
        "ضربدر", "ضرب در", "یکسره", "آتیش بازی", "آتش بازی", "atish bazi", "atash bazi",
        "بمب کالری", "تفنگ آبی", "tofang abi", "tofang e abi", "emergency nist", "khatari nist",
        "خطری نیست",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "تو آتش نشانی کار", "در آتش نشانی کار", "کپسول آتش نشانی", "تشخیص دود", "اورژانسی نیست",
        "اورژانس … بازه", "اورژانس … باز است", "داوطلب آتش نشانی",
        # courses and projects about violence, old falls, goodbyes to a job
        "دوره … خشونت", "کلاس … خشونت", "کارگاه … خشونت", "پروژه … ناموسی", "تشخیص مونوکسید",
        # hyperbole: homework, grammar, debts, stress, food or heat 'killing me' (a thing, not a
        # person), and a threat laughed off ("منو میکشه 😂"); a person 'killing me' still alarms
        *(f"{cause} … {verb}" for cause in _KILLERS for verb in _KILLS),
        *(f"{cause} … {verb}" for cause in _KILLERS_LATIN for verb in _KILLS_LATIN),
        *(f"{verb}{space}{laugh}" for verb in _KILLS + _KILLS_LATIN for space in ("", " ")
          for laugh in ("😂", "🤣", "😆", "😁", "خخ$", "haha", "lol$")),
        "داره منو از پا در", "منو از پا در میار", "مرا از پا در می",
        "داره منو دیوونه", "داره منو دیوانه", "داره منو کلافه", "داره منو خسته", "داره منو عصبی",
        "داره منو اذیت",
        # past events: suicidal thoughts, beatings, rape, domestic violence; an explosion witnessed;
        # what to do if a child swallows something; killing unbelievers as a prevention topic
        "افکار خودکشی داشتم", "فکر خودکشی داشتم", "فکرای خودکشی داشتم", "فکر های خودکشی داشتم",
        "سال پیش … فکر خودکشی", "سال پیش … افکار خودکشی", "شاهد انفجار", "شاهد بمب",
        "شاهد تیراندازی", "کشتن کافر", "کشتن کفار", "کشتن غیرمسلمان", "قبلا کتکم",
        "قبلا … کتک میزد", "قبلا … کتکم میزد", "قبلا … کتک میخوردم", "در گذشته … تجاوز",
        "dar gozashte … tajavoz", "ghablan … tajavoz", "قبلا … تجاوز", "خشونت خانگی دیده اند",
        "خشونت دیده اند", "زنانی که … خشونت", "قبلا … خشونت خانگی", "سال پیش تصادف",
        "ماه پیش تصادف", "پارسال تصادف", "قبلا تصادف",
        "sale pish … tasadof", "sal pish … tasadof", "mahe pish … tasadof", "parsal … tasadof",
        "ghablan … tasadof", "اگه بچه … قورت داد", "اگر بچه … قورت داد",
        "اگه بچه … خورد", "اگر بچه … خورد",
        # the fire brigade's open day, its trucks, fire safety talks and courses
        "روز درهای باز … آتش نشانی", "روز باز … آتش نشانی", "بازدید … آتش نشانی", "ماشین آتش نشانی",
        "ماشین های آتش نشانی", "ماشینای آتش نشانی", "ایمنی آتش", "ایمنی در برابر آتش",
        "پیشگیری از آتش", "اطلاع رسانی … آتش", "آموزش … آتش", "جلسه … آتش سوزی", "کارگاه … آتش",
        "دوره … آتش", "کلاس … آتش", "تمرین آتش", "ایستگاه آتش نشانی",
        # buying a kitchen knife (not "is it legal": "با چاقو تهدیدم کرد، جرمه؟")
        *(f"{knife} … {buy}" for knife in ("چاقو", "کارد", "chaghoo", "chaghu", "chaqu")
          for buy in ("بخرم", "بخریم", "bekharam")),
        # "I almost had a stroke" when the bill came
        *(f"{almost} ‥ {stroke}" for almost in ("نزدیک بود", "nazdik bud")
          for stroke in ("سکته", "sakte", "sekte")),
        # a stolen bike, phone or wallet
        "دوچرخه … دزدید", "کیف … دزدید", "گوشی … دزدید", "موبایل … دزدید", "پول … دزدید",
        "ماشینم … دزدید", "دزدیدن دوچرخه", "دزدی دوچرخه", "docharkh … dozd", "gooshim … dozd",
        "kifam … dozd", "mobilam … dozd", "kife pool … dozd", "pulam … dozd", "poolam … dozd",
        # jobs and training at the fire brigade or in an ambulance
        "darhaye baz … feuerwehr", "rooze baz … feuerwehr", "darhaye baz … atash",
        "روز درهای باز … feuerwehr", "atash neshan e davtalab", "atash neshan besham",
        "atash neshan shavam", "davtalab … atash neshan", "atash neshan … davtalab", "آتش نشان بشم",
        "آتش نشان داوطلب", "آتش نشان شوم", "پرستار اورژانس", "پزشک اورژانس", "دکتر اورژانس",
        "تکنسین اورژانس", "در اورژانس کار", "تو اورژانس کار", "اورژانس کار میکردم",
        "راننده آمبولانس", "شغل … آمبولانس", "دوره کمک های اولیه", "کلاس کمک های اولیه",
        # ordinary threats: a boss, landlord or office threatening to fire, evict or cut money
        *(f"{boss}{suffix} تهدید" for boss in _BOSSES
          for suffix in ("", "م", " ام", "یم", "مون", "مان")),
        *(f"{boss}{suffix} {whom} تهدید" for boss in _BOSSES for suffix in ("", "م")
          for whom in ("منو", "مرا", "ما را")),
        "تهدید به اخراج", "تهدید به تخلیه", "تهدید به قطع", "تهدید به شکایت", "تهدید به جریمه",
        "تهدید … اخراج", "تهدید … بیرونم کن", "تهدید … بیرونمون کن", "تهدید … از خونه بیرون",
        "تهدید … از خانه بیرون", "تهدید … قطع میکن", "تهدید … جریمه", "تهدید … شکایت میکن",
        "karfarma tahdid", "karfarmam tahdid", "raeesam tahdid", "raisam tahdid",
        "tahdid be ekhraj", "tahdid … ekhraj",
        # lost things in Finglish: "kilidam gum shuda" (a lost child is not an idiom)
        *(f"{thing} … {lost}" for thing in (
            "kilid", "mobail", "mobile", "telefon", "tilfon", "goshi", "kif", "boks",
            "sanad", "tazkira", "ausweis", "kagaz", "kaghaz",
        ) for lost in ("gom", "gum")),
        "pasport … gum", "madrak … gum", "kart … gum",
        # sport and games: "تیممون رو کشتن" is a heavy defeat
        "تیممون … کشتن", "تیم ما … کشتن", "تیمم … کشتن", "تیمشون … کشتن", "تیم ملی … کشتن",
        "تیمو … کشتن", "تیم رو … کشتن", "تیم را … کشتن", "کشتن … تا گل", "تو بازی … کشتن",
        "توی بازی … کشتن", "در بازی … کشتن",
        # hyperbole: "tell a joke that makes me die laughing"
        *(f"{cause} … {verb}" for cause in (
            "از خنده", "از گرسنگی", "از گشنگی", "از خستگی", "از نگرانی", "از بیکاری", "از کنجکاوی",
            "از فضولی", "از گرما", "از سرما", "از خوشحالی", "از ذوق", "از هیجان", "از خجالت",
            "از تشنگی", "از حوصله", "از بی حوصلگی",
        ) for verb in ("بمیر", "مردم", "مردیم", "میمیره")),
        *(f"{cause} … {verb}" for cause in (
            "az khande", "az gorosnegi", "az goshnegi", "az khastegi", "az kenjkavi", "az fozooli",
            "az garma", "az sarma", "az hosele",
        ) for verb in ("bemir", "mordam", "mimiram", "mimire")),
        # a word asked about: "Notarzt یعنی چی؟", "پلیس به آلمانی چی میشه؟", "معنی کلمه آمبولانس"
        *(f"{word} {question}" for word in _ALARM_WORDS + _ALARM_WORDS_LATIN for question in (
            "یعنی چ", "به آلمانی چ", "به فارسی چ", "به فارسی یعنی", "به دری چ", "چه معنی",
            "چی معنی", "معنیش", "معنی اش",
        )),
        *(f"{word} {question}" for word in _ALARM_WORDS_LATIN
          for question in ("yani chi", "be almani chi", "be farsi chi", "manish")),
        *(f"{word} {marker} به آلمانی چ" for word in _ALARM_WORDS for marker in ("رو", "را", "ره")),
        *(f"{prefix} {word}" for word in _ALARM_WORDS + _ALARM_WORDS_LATIN
          for prefix in ("معنی", "کلمه", "واژه", "لغت")),
        *(f"{prefix} {word}" for word in _ALARM_WORDS_LATIN for prefix in ("manie", "kalame")),
        # toys, stories and cartoons about ambulances, police and the fire brigade
        *(f"{word} {toy}" for word in _ALARM_WORDS + ("آتش نشان",)
          for toy in ("اسباب", "عروسک", "کنترلی", "لگو", "کارتون")),
        *(f"{topic} {word}" for word in _ALARM_WORDS + ("آتش نشان",) for topic in (
            "اسباب بازی", "اسباب بازی ماشین", "لگو", "کارتون", "داستان", "قصه", "کتاب", "درباره",
            "در مورد", "راجع به",
        )),
        *(f"{word} {toy}" for word in _ALARM_WORDS_FINGLISH for toy in ("asbab", "lego")),
        *(f"{topic} {word}" for word in _ALARM_WORDS_FINGLISH for topic in (
            "asbab bazi", "dastan", "ghesse", "ketab", "kartoon", "dar bare", "darbare",
            "dar mored",
        )),
        "dastan … atash neshan", "ghesse … atash neshan", "ketab … atash neshan", "فیلم پلیسی",
        "سریال پلیسی", "film polisi", "serial polisi", "دزد و پلیس", "dozd o polis",
        # becoming a police officer or firefighter, working there, training as a paramedic:
        # "Polizei بشم", "kar dar Feuerwehr", "امدادگر آمبولانس", "Notfallsanitäter"
        *(f"{police} {become}" for police in (
            "پلیس", "پولیس", "polizei", "polizist", "feuerwehr", "feuerwehrmann", "feuerwehrfrau",
        ) for become in ("بشم", "بشه", "بشود", "شوم", "شوه", "شود", "شدن")),
        *(f"{police} {become}" for police in (
            "polis", "polizei", "polizist", "feuerwehr", "feuerwehrmann", "feuerwehrfrau",
        ) for become in ("besham", "beshe", "shodan", "shawam", "shawa")),
        *(f"{work} {at} {alarm}" for work in ("کار", "kar")
          for at in ("تو", "توی", "در", "ده", "tu", "dar") for alarm in _ALARM_WORDS_GERMAN),
        "امدادگر آمبولانس",
        "امدادگر اورژانس", "امدادگری", "تکنسین فوریت", "notfallsanitäter",
        "notfallsanitaeter", "rettungssanitäter", "rettungssanitaeter", "ausbildung … آمبولانس",
        "ausbildung … اورژانس", "ausbildung … آتش نشان",
        # speech not yet learnt by a small child, "sorry, I'm boring you"
        "هنوز نمیتونه حرف", "هنوز نمیتواند حرف", "هنوز نمیتانه گپ", "hanuz nemitune harf",
        "hanooz nemitoone harf", "hanuz nemitoone harf", "hanuz gap zada", "hanoz gap zada",
        "hanuz gap zade", "دارم سرتو", "دارم سرت رو", "دارم سرت را",
        "دارم سرتونو", "سرتونو بردم",
        # a smoke alarm bought, needed or beeping for a new battery
        *(f"{alarm} … {need}" for alarm in ("آژیر دود", "هشدار دود", "دتکتور دود", "سنسور دود")
          for need in ("بخر", "لازم", "قیمت", "اجباری", "واجب")),
        "خرید آژیر دود", "خرید هشدار دود", "azhir dood … bekhar", "hoshdar dood … bekhar",
        "دود … باتری", "باتری … دود", "dood … batri", "batri … dood",
        # past events told to ask for a service: a time long past and the past-tense deed
        *(f"{when} ‥ {deed}" for when in _PAST_WHEN for deed in _PAST_DEEDS),
        *(f"{when} ‥ {deed}" for when in _PAST_WHEN_LATIN for deed in _PAST_DEEDS_LATIN),
        *(f"{home} ‥ {fire}" for home in ("خونه قبلی", "خانه قبلی", "خانه کهنه", "خونه کهنه")
          for fire in ("آتش گرفت$", "آتیش گرفت$", "سوخت")),
        *(f"{home} ‥ {fire}" for home in ("khune ghabli", "khuneye ghabli", "khoone ghabli")
          for fire in ("atish gereft$", "atash gereft$", "sukht")),
        *(f"{prison} ‥ {deed}" for prison in ("زندانی بودم", "زندان بودم", "zendani budam")
          for deed in ("کتک", "شکنجه", "kotak")),
        # dreams, films, series, games and the news: "خواب دیدم ده دریا غرق شدم", "too GTA police"
        *(f"{story} ⁝ {danger}" for story in _DREAMS + _SHOWS + _NEWS
          for danger in _STORY_DANGERS + _STORY_DANGERS_LATIN),
        *(f"{danger} ‥ {end}" for danger in _STORY_DANGERS + _STORY_DANGERS_LATIN
          for end in ("تعبیر", "tabir", "خبر تازه", "خبر جدید", "آخرین خبر", "khabar-e jadid")),
        # research, books and courses about suicide or violence ("آمار خودکشی", "کتاب درباره
        # خودکشی", "کورس … گپ از خودکشی")
        *(f"{study} … {topic}" for study in (
            "تحقیق", "پژوهش", "پایان نامه", "آمار", "مقاله", "tahghigh", "amar", "thesis",
            "کتاب درباره", "کتاب در مورد", "کتاب در باره", "پادکست درباره", "پادکست در مورد",
        ) for topic in ("خودکشی", "خشونت", "تجاوز", "اعتیاد", "khodkoshi")),
        *(f"{course} … {about} {topic}" for course in (
            "کورس", "کلاس", "دوره", "کارگاه", "سمینار", "erste hilfe", "کمک های اولیه", "kurs",
            "kelas",
        ) for about in ("درباره", "در مورد", "راجع به", "گپ از", "حرف از", "صحبت از")
          for topic in ("خودکشی", "خشونت", "تجاوز", "اعتیاد")),
        # jobs: an ambulance driver, a butcher or cook with knives ("با چاقو خیلی فرزم")
        *(f"{job} {word}" for job in (
            "راننده", "دریور", "پرستار", "پزشک", "دکتر", "داکتر", "تکنسین", "کارمند",
        ) for word in ("آمبولانس", "اورژانس")),
        *(f"{job} {word}" for job in ("ranande", "driver")
          for word in ("ambulans", "amboolans", "orjans")),
        *(f"{job} … {tool}" for job in (
            "قصاب", "آشپز بودم", "آشپزم", "آشپز هستم", "آشپزی", "کشتارگاه", "ghasab", "qasab",
            "ashpaz",
        ) for tool in ("چاقو", "کارد", "chaghoo", "chaghu", "chaqu")),
        *(f"{tool} … {skill}" for tool in ("چاقو", "کارد", "chaghoo", "chaghu")
          for skill in ("فرز", "ماهر", "مهارت", "بلد", "balad")),
        # negations and jokes: "اورژانس نمیخوام", "امبولانس کار ندارم", "نه پلیس نه آمبولانس",
        # "khatar nist", "کمک کمک 😅 مزاق کدم"
        *(f"{word} {no}" for word in _ALARM_WORDS for no in (
            "نمیخوام", "نمیخواهم", "نمیخایم", "نمیخوایم", "لازم نیست", "لازم ندارم", "کار ندارم",
            "نیاز ندارم", "نیاز نیست", "نخواستم",
        )),
        *(f"{word} {no}" for word in _ALARM_WORDS_LATIN
          for no in ("nemikham", "lazem nist", "lazem nadaram", "kar nadaram")),
        *(f"^{no} {word}" for word in _ALARM_WORDS + _ALARM_WORDS_LATIN for no in ("نه", "نی")),
        "خطر نیست", "خطر نداره", "خطری نداره", "خطر ندارد", "بی خطر", "khatar nist",
        "khatar nadare", "khatari nadare", "hich khatari",
        *(f"{cry} … {joke}" for cry in ("کمک کمک", "komak komak") for joke in (
            "مزاق کدم", "مزاق کردم", "مزاق میکنم", "مزاق بود", "شوخی کردم", "شوخی میکنم",
            "شوخی بود", "mazaq kadom", "mazaq kardam", "shookhi kardam", "shukhi kardam",
            "shookhi mikonam",
        )),
        # the numbers and words asked about, compared with ("مثل پولیس سوال میکنی") or spelt,
        # and places beside a station ("کنار Polizei", "posht-e polis")
        *(f"{number} … {question}" for number in ("110", "112") for question in (
            "مجانی", "رایگان", "هزینه", "پول داره", "یعنی چ", "برای چی", "فرق", "اشتباه", "majani",
            "rayegan",
        )),
        *(f"{question} … {number} {joint} {other}" for number in ("110", "112")
          for other in ("110", "112") for joint in ("و", "با", "یا", "ya", "va", "o")
          for question in ("فرق", "farq", "tafavot", "تفاوت")),
        *(f"{number} {joint} {other}" for number in ("110", "112") for other in ("110", "112")
          for joint in ("و", "با", "یا", "ya", "va", "o")),
        *(f"{prefix} … {word}" for word in _ALARM_WORDS + _ALARM_WORDS_LATIN
          for prefix in ("کلمه", "کلمات", "واژه", "لغت", "لغات")),
        *(f"{prefix} … {word}" for word in _ALARM_WORDS_LATIN
          for prefix in ("kalame", "kalamat", "loghat")),
        *(f"{prefix} … {word} و {other}" for word in _ALARM_WORDS_GERMAN
          for other in _ALARM_WORDS_GERMAN for prefix in ("کلمه", "کلمات", "واژه", "لغت")),
        *(f"^{like} {word}" for word in _ALARM_WORDS + _ALARM_WORDS_LATIN + ("police",)
          for like in ("مثل", "mesle", "mesl-e", "mese")),
        *(f"{word} … {spell}" for word in _ALARM_WORDS + _ALARM_WORDS_LATIN for spell in (
            "املا", "imla", "emla", "spelling", "چطور نوشت", "چطوری نوشت", "چجوری نوشت",
            "chejuri minevis",
        )),
        *(f"{near} {word}" for word in _ALARM_WORDS + _ALARM_WORDS_LATIN
          for near in ("کنار", "نزدیک", "پشت", "روبروی", "روبه روی", "جلوی", "بغل")),
        *(f"{near} {word}" for word in _ALARM_WORDS_LATIN + ("police",) for near in (
            "kenar-e", "kenare", "kenar e", "nazdik-e", "nazdike", "posht-e", "poshte",
            "posht e", "jeloye", "near the", "next to the", "neben der",
        )),
        # ordinary fire: the Chaharshanbe Suri bonfire, a barbecue, a candle that nearly caught
        # the curtain, feet or a mouth 'on fire' ("از بس راه رفتم پاهام آتیش گرفته")
        "چهارشنبه سوری", "از روی آتیش", "از روی آتش", "az ru atish", "az roo atish",
        "az roye atash", "آتیش کباب", "آتیش منقل", "آتش منقل", "نزدیک بود … آتیش",
        "نزدیک بود … آتش", "از بس … آتیش گرفت", "از بس … آتش گرفت", "دلم آتیش گرفت",
        "دلم آتش گرفت", "از بس … مردم", "از بس … میمیرم",
        *(f"{part} {fire}" for part in (
            "پاهام", "کف پام", "کف پاهام", "دهنم", "دهانم", "معدم", "معده م", "معده ام",
            "دلم برای …",
        ) for fire in ("آتیش گرفت", "آتش گرفت", "سوخت")),
        *(f"{part} {fire}" for part in ("paham", "paaham", "dahanam", "meadam")
          for fire in ("atish gereft", "atash gereft")),
        # dying of laughter, the other way round ("میمیرم از خنده", "mordam az khande")
        *(f"{verb} {cause}" for verb in ("میمیرم", "مردم", "مردیم", "دارم میمیرم", "داره میمیره")
          for cause in (
            "از خنده", "از گرسنگی", "از گشنگی", "از خستگی", "از گرما", "از سرما", "از حوصله",
            "از بی حوصلگی", "از خجالت",
        )),
        *(f"{verb} {cause}" for verb in ("mimiram", "mordam", "mordim") for cause in (
            "az khande", "az gorosnegi", "az goshnegi", "az khastegi", "az garma", "az sarma",
        )),
        # a thing, not a person, "is dying": a phone's battery, a plant
        *(f"{thing} {dying}" for thing in (
            "شارژ", "شارژم", "شارژش", "باتری", "باتریم", "گوشیم", "موبایلم", "تلفنم", "تیلفونم",
            "شارژ گوشیم", "شارژ موبایلم", "باتری گوشیم", "گلدونم", "گلدانم", "گیاهم", "گلام",
            "sharj", "sharjam", "sharje gooshim", "sharje goshim", "batrim", "gooshim", "goshim",
            "mobilam", "goldoonam",
        ) for dying in ("داره میمیره", "داره میمیرد", "dare mimire", "dare memira")),
        # a police officer or firefighter by trade ("تو ایران پلیس بودم")
        "پلیس بودم", "پولیس بودم", "پلیس هستم", "افسر پلیس", "مامور پلیس", "polis budam",
        "polis boodam", "آتش نشان بودم", "آتش نشان هستم", "atash neshan budam",
        # drills and open days at the fire brigade, hunger, things not sold here, police or
        # danger in a video ("ویدیوی اون پلیسه که میرقصید")
        *(f"{drill} … {fire}" for drill in ("تمرین تخلیه", "مانور", "تمرین اطفا")
          for fire in ("آتش", "آتیش", "زلزله")),
        "offenen tur … feuerwehr", "feuerwehr … offenen tur", "feuerwehrfest", "feuerwehr fest",
        "از گشنگی … میمیرم", "از تشنگی … میمیرم", "از بی حوصلگی … میمیرم",
        *(f"{cause} … داره میمیر" for cause in (
            "از خنده", "از گرسنگی", "از گشنگی", "از خستگی", "از حسودی", "از فضولی",
        )),
        # a parent's money, inheritance or food "eaten" (embezzled), not their medicine swallowed
        *(f"{money} {owner}" for money in ("پول", "حق", "ارث", "مال", "سهم", "غذای") for owner in (
            "مادرم", "پدرم", "مامانم", "بابام", "مادرکلانم", "پدرکلانم", "مادربزرگم", "پدربزرگم",
        )),
        # a child taken to school, the doctor or the park ("پسرم رو بردن مهدکودک")
        *(f"{took} {place}" for took in ("بردن", "بردند", "برده", "برد") for place in (
            "مکتب", "مدرسه", "کودکستان", "مهدکودک", "مهد", "کیتا", "kita", "دکتر", "داکتر", "پارک",
            "بازی", "گردش", "کلاس", "اردو", "استخر", "سلمانی", "آرایشگاه",
        )),
        "^اینجا پیدا نمیش", "^این جا پیدا نمیش", "آلمان پیدا نمیش", "المان پیدا نمیش",
        *(f"{clip} ‥ {police}" for clip in ("ویدیو", "ویدئو", "کلیپ", "video", "clip")
          for police in ("پلیس", "پولیس", "polis", "police", "polizei")),
        # a mother or boss who "will kill me" if I am late ("اگه دیر برسم به ترمین مامانم منو
        # میکشه"); a partner or anyone else killing me still alarms
        *(f"{late} … {who} {kills}" for late in _FA_LATE for who in _FA_SCOLDERS
          for kills in ("منو میکشه", "مرا میکشد", "منو میکشن", "مرا میکشه")),
        *(f"{who} {kills} {late}" for late in _FA_LATE for who in _FA_SCOLDERS
          for kills in ("منو میکشه", "مرا میکشد", "منو میکشن", "مرا میکشه")),
        *(f"{late} … {who} {kills}"
          for late in ("dir beresam", "dir konam", "dir beram", "dir biam")
          for who in ("mamanam", "madaram", "raisam", "raeesam") for kills in _KILLS_LATIN),
        # a parcel service not answering ("DHL جواب نمیده")
        *(f"{company} {no}" for company in (*_PARCEL_SERVICES, "آمازون", "اداره پست", "شرکت پست")
          for no in ("جواب نمیده", "جواب نمیدن", "جواب نمیدهد", "جواب نداد", "جواب نمیدند")),
        # a lost wallet, phone or papers and a question about the police ("کیف پولم گم شد، باید برم
        # پلیس؟"); a lost person is no such thing
        *(f"{thing} … گم … {police}" for thing in (
            "مدرک", "پاسپورت", "تیلفون", "تلفن", "گوشی", "موبایل", "بکس", "کیف", "کلید", "دوچرخه",
        ) for police in ("پلیس", "پولیس")),
        # registering a bike or an address at the police station ("دوچرخه‌م رو پیش پلیس ثبت کنم")
        *(f"{police} {register}" for police in ("پلیس", "پولیس", "polis")
          for register in ("ثبت", "sabt", "رجیستر")),
        # faster than an ambulance or the police: praise for a quick answer
        *(f"از {svc} {even}{faster}" for svc in (*_ALARM_WORDS, "آتش نشان", "آتش نشانها")
          for even in ("", "هم ", "هم خیلی ", "خیلی ")
          for faster in ("سریع تر", "سریعتر", "تندتر", "زودتر", "فرزتر")),
        *(f"{faster} از {svc}" for svc in (*_ALARM_WORDS, "آتش نشان", "آتش نشانها")
          for faster in ("سریع تر", "سریعتر", "تندتر", "زودتر", "فرزتر")),
        *(f"az {svc} {even}{faster}" for svc in (*_ALARM_WORDS_LATIN, "police")
          for even in ("", "ham ") for faster in (
            "sari tar", "saritar", "sari-tar", "zodtar", "zud tar", "zudtar", "tond tar", "tondtar",
          )),
        # a fire, crash or attack in the news ("خبر آتش‌سوزی کارخونه رو دیدین؟")
        *(f"{news} {event}" for news in ("خبر", "اخبار", "خبرای", "خبرهای") for event in (
            "آتش سوزی", "آتیش سوزی", "انفجار", "تصادف", "تیراندازی", "حمله", "چاقوکشی", "قتل",
            "زلزله", "سیل", "دزدی", "آتش گرفتن", "آتیش گرفتن",
        )),
        *(f"{news} {event}" for news in ("khabar-e", "khabare", "khabar e", "khabar")
          for event in ("atish sozi", "atash sozi", "tasadof", "enfejar", "tirandazi", "hamle")),
        # a joke about the police or the fire brigade
        *(f"{joke} {about}{svc}" for joke in ("جوک", "جک", "لطیفه")
          for about in ("", "درباره ", "در مورد ", "راجع به ", "از ") for svc in (
            *_ALARM_WORDS, "آتش نشان", "آتش نشانها", "آتش نشان ها", "پلیسا", "پلیس ها",
        )),
        # the police or the fire brigade giving a talk at a school or a Kita
        *(f"{svc} … {talk}" for svc in ("پلیس", "پولیس", "آتش نشانی", "آتش نشانا", "اورژانس")
          for talk in (
            "سخنرانی", "کارگاه", "جلسه آموزشی", "جلسه توجیهی", "جلسه اطلاع رسانی", "اطلاع رسانی",
            "آموزش ایمنی", "آموزش امنیت", "درباره امنیت", "درباره ایمنی", "در مورد امنیت",
            "در مورد ایمنی", "درباره اینترنت", "در مورد اینترنت", "درباره مواد", "در مورد مواد",
            "درباره فضای مجازی", "در مورد فضای مجازی",
          )),
        *(f"^روز {svc}" for svc in ("آتش نشانی", "آتش نشان", "پلیس", "ایمنی", "آمبولانس")),
        "rooze atash neshani", "ruze atash neshani", "ruz-e atash neshani", "rooz-e atash neshani",
        # the ambulance or the police came and all is well now (thanks, not a call)
        *(f"{svc} {came} … {well}" for svc in _ALARM_WORDS for came in (
            "اومد", "آمد", "اومدن", "آمدند", "رسید", "بردش", "بردنش",
        ) for well in (
            "بیمارستان", "شفاخانه", "حالش خوب", "حالش پایدار", "حالش بهتر", "همه چی آروم",
            "همه چیز آرام", "خداروشکر",
        )),
        *(f"{svc} {came} … {well}" for svc in _ALARM_WORDS_FINGLISH
          for came in ("omad", "umad", "amad", "resid")
          for well in ("bimarestan", "halesh khub", "halesh khoob", "halesh behtar")),
        # a number asked "just to know", "nothing has happened"
        *(f"{asking} … {svc}{num}" for services, askings in (
            (_FA_SERVICE_STEMS, _FA_JUST_ASKING), (_FA_SERVICE_STEMS_LATIN, _FA_JUST_ASKING_LATIN),
        ) for svc in services for asking in askings for num in ("", " … 110", " … 112")),
        *(f"{svc} … {asking}" for services, askings in (
            (_ALARM_WORDS, _FA_JUST_ASKING), (_ALARM_WORDS_LATIN, _FA_JUST_ASKING_LATIN),
        ) for svc in (*services, "110", "112") for asking in askings),
        # a mother or teacher who "will kill me" if I do not enrol or pass ("مامانم منو میکشه اگه
        # تو کلاس زبان ثبت نام نکنم")
        *(f"{who} {kills} {if_} … {cond}" for who in _FA_SCOLDERS
          for kills in ("منو میکشه", "مرا میکشد", "منو میکشن") for if_ in ("اگه", "اگر")
          for cond in (
            "ثبت نام نکنم", "ثبتنام نکنم", "نام نویسی نکنم", "قبول نشم", "رد بشم", "رد شم", "نرم",
            "نخونم", "تموم نکنم", "یاد نگیرم", "پیدا نکنم", "نمره",
          )),
        *(f"{if_} … {cond} … {who} {kills}" for who in _FA_SCOLDERS
          for kills in ("منو میکشه", "مرا میکشد", "منو میکشن") for if_ in ("اگه", "اگر")
          for cond in ("ثبت نام نکنم", "ثبتنام نکنم", "قبول نشم", "رد بشم", "رد شم", "نمره")),
        # a job in the emergency department or an ambulance ("تو بخش اورژانس کار میکنم")
        *(f"{in_} {ward}{er} … {job}" for in_ in ("تو", "توی", "در")
          for ward in ("", "بخش ", "قسمت ") for er in ("اورژانس", "آمبولانس") for job in (
            "کار میکن", "کار میکرد", "کار کرد", "کار دارم", "پرستار", "شیفت", "پزشک", "استخدام",
            "مشغول", "کارمند", "بهیار",
          )),
        # training or a career at the ambulance or the fire brigade ("آموزش امبولانس")
        *(f"{train} {er}" for train in (
            "آموزش", "دوره", "دوره آموزشی", "کورس", "کلاس", "ausbildung", "اوسبیلدونگ", "شغل",
            "رشته", "مدرک",
        ) for er in ("آمبولانس", "اورژانس", "امدادگر", "امدادگری", "آتش نشانی", "آتش نشان")),
        # a fall or a broken arm at a previous Kita or school, told to change it ("تو مهدکودک قبلی
        # زمین خورد و پاش شکست", "kita-ye ghabli"); "‥" stops at now-words
        *(f"{place} … {before} ‥ {hurt}" for place in ("کیتا", "مهد", "مدرسه", "کودکستان", "مکتب")
          for before in ("قبلی", "قدیمی", "سابق")
          for hurt in ("شکست", "آسیب دید", "زخمی شد", "صدمه دید")),
        *(f"{place} … {before} ‥ {hurt}" for place in ("kita", "madrese", "mahd")
          for before in ("ghabli", "ghadimi") for hurt in ("shekast", "zakhmi shod", "asib did")),
        # a bike registered with the police in case it is stolen
        *(f"{police} {register}" for police in ("police", "polizei", "pulis")
          for register in ("ثبت", "sabt", "register")),
        "age dozdid", "agar dozdid", "age bedozdan", "agar bedozdand", "اگه دزدیدن",
        "اگه بدزدن", "اگر دزدیده", "اگه دزدیده", "اگر بدزدند",
    ),
    "ro": (
        # a clothes size
        "marime 110", "mărimea 110",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "omoară cu scrisor", "omoară cu munc", "omoară cu formular", "omoară cu hârt",
        "fac infarct cu", "fac infarct de", "o să fac infarct", "guvernul ne otrăv",
        "guvernul otrăv", "mi-ai salvat viața", "mor de foame", "mor de plictiseal", "mor de râs",
        "mor de curiozitate", "mor de nerăbdare", "hârtiile mă omoar", "hârtiile astea mă omoar",
        "actele mă omoar", "actele astea mă omoar", "birocrația mă omoar", "căldura mă omoar",
        "munca mă omoar", "mor de căldur", "mor de oboseal",
        # ordinary threats: a boss, landlord or office threatening to fire or evict
        "amenință că ne dă afară", "amenință că mă dă afară", "amenință că mă concediază",
        "amenință că ne evacuează", "amenință cu concedierea", "amenință cu evacuarea",
        "proprietarul ne amenin", "proprietarul mă amenin", "proprietarul amenin",
        "patronul mă amenin", "patronul amenin", "șeful mă amenin", "șeful amenin",
        # negated alarms, thanks, ordinary things that burn or explode
        "nu e urgen", "nu este urgen", "nu-i urgen", "nu e o urgen",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "lucrez la pompieri", "lucra la pompieri", "lucrez ca pompier", "detector de fum",
        "extinctor",
        # fooled, not dragged
        "tras pe sfoara", "tras pe sfoară",
        # a goodbye to a job or colleagues (no gap: "mi-am luat rămas bun de la toți" stays)
        *(f"ramas bun de la {old}{job}" for old in ("", "vechiul ", "fostul ", "ultimul ")
          for job in ("job", "munc", "servici", "loc de munc", "locul de munc")),
        "ramas bun de la colegi", "detector de monoxid",
        "o omoara munca", "il omoara munca", "munca o omoar", "munca il omoar",
        # a sore throat ("durere de gât") is no one held by the throat ("de gât")
        "durere de gât", "dureri de gât", "durerea de gât", "durerile de gât",
        # a boss, teacher, wife or mother who "will kill me" if I am late or forget something
        # ("…" takes the "dacă"); a husband's, father's or brother's threat stays an alarm
        *(f"{who} {kills} … {slip}" for who in (
            "mama", "maică-mea", "soția", "nevasta", "iubita", "șeful", "șefa", "patronul",
            "profesorul", "profesoara", "proful", "profa",
        ) for kills in ("mă omoară", "o să mă omoare")
          for slip in ("întârzi", "uit de", "uit să", "uitat", "pierd", "nu ajung", "ratez",
                       "adorm")),
        # things, not people, "killing me" ("căldura asta mă omoară")
        *(f"{thing}{this} mă omoar" for thing in (
            "căldura", "frigul", "munca", "birocrația", "hârtiile", "actele", "formularele",
            "scrisorile", "examenul", "germana", "gramatica", "stresul", "așteptarea",
            "plictiseala", "naveta", "traficul", "chiria", "facturile", "temele", "cursul", "orele",
            "programul", "zgomotul", "jobcenterul", "taxele", "drumul", "coada", "cozile",
        ) for this in ("", " asta", " astea", " de aici")),
        *(f"mă omoară {thing}" for thing in (
            "căldura", "frigul", "munca", "birocrația", "hârtiile", "actele", "formularele",
            "scrisorile", "examenul", "germana", "gramatica", "stresul", "așteptarea",
            "plictiseala", "naveta", "traficul", "chiria", "facturile", "temele",
        )),
        # killing time while waiting ("cum omor timpul până începe cursul")
        *(f"{kill} {time}" for kill in ("omor", "omori", "omoară", "omorâm", "omorâți", "omorât",
                                        "omorând", "omor puțin")
          for time in ("timpul", "timp", "vremea", "plictiseala")),
        # becoming a volunteer firefighter, visits and safety days with the fire brigade
        "pompier voluntar", "pompieră voluntară", "pompieri voluntari", "pompierii voluntari",
        "pompierilor voluntari", "voluntar la pompieri", "voluntară la pompieri",
        "voluntariat la pompieri",
        *(f"{become} pompier" for become in (
            "devin", "devină", "deveni", "devenit", "să fiu", "meseria de", "meserie de",
            "job de", "jobul de", "lucrez ca", "lucra ca", "lucrat ca", "angajat ca",
        )),
        *(f"{firemen} {come} la {place}" for firemen in ("pompierii", "pompierul")
          for come in ("vin", "vine", "vor veni", "o să vină")
          for place in ("grădiniță", "școală", "kita", "clasă")),
        "vizită la pompieri", "vizita la pompieri", "vizita pompierilor", "excursie la pompieri",
        "ziua porților deschise la pompieri",
        # fire safety: talks, drills, "in case of fire", smoke detectors
        "siguranța la incendi", "siguranta la incendi", "securitatea la incendi",
        "securitate la incendi", "prevenirea incendiilor", "prevenire a incendiilor",
        "protecția împotriva incendiilor", "protecție la incendi", "protecția la incendi",
        "exercițiu de incendiu", "exercițiul de incendiu", "exercițiu de evacuare",
        "simulare de incendiu", "simularea de incendiu", "în caz de incendiu",
        *(f"{detector} de fum" for detector in (
            "detectorul", "detectoare", "detectoarele", "detectori", "detectorii",
            "detectoarelor", "senzor", "senzorul", "senzori", "senzorii",
        )),
        # a deadline that "burns", burning with impatience
        *(f"{what} {burns}" for what in ("termenul", "timpul", "deadline-ul", "deadline")
          for burns in ("arde", "mă arde", "ne arde")),
        *(f"{burns} {what}" for burns in ("arde", "mă arde", "ne arde")
          for what in ("termenul", "timpul", "deadline-ul", "deadline")),
        "arde de nerăbdare", "ard de nerăbdare", "nu arde nimic", "nu arde treaba",
        # an old injury, treated with physiotherapy
        "accidentare veche", "accidentare mai veche", "veche accidentare", "accidentări vechi",
        "accident vechi", "accidentarea veche",
        # a complaint to the police about a past crime ("am fost înșelat luna trecută")
        *(f"{complaint} la poliți" for complaint in (
            "plângere", "plângerea", "reclamație", "reclamația", "sesizare", "sesizarea",
        )),
        # "Bombă! M-au angajat": great news, a party that "was the bomb"
        *(f"bombă{comma} {news}" for comma in ("", ",", "!", "!!", " -", ":")
          for news in ("m-au angajat", "am fost angajat", "am fost angajată", "am luat",
                       "am primit", "am trecut", "am reușit", "am găsit", "ne-am mutat")),
        *(f"{event} a fost bombă" for event in (
            "petrecerea", "festivalul", "concertul", "excursia", "cursul", "seara", "ziua",
            "nunta", "evenimentul", "întâlnirea", "ieșirea", "vacanța", "filmul", "meciul",
        )),
        "veste bombă", "vestea bombă", "știre bombă",
        # a fall from a bike or a swing last week or with only a scratch (a fall from a block
        # or a balcony stays an alarm)
        *(f"căzut {from_} {when}" for from_ in (
            "de pe bicicletă", "de pe trotinetă", "de pe role", "de pe skateboard", "de pe scaun",
            "de pe leagăn", "de pe tobogan", "de pe canapea", "de pe cal", "din leagăn",
        ) for when in ("săptămâna trecută", "luna trecută", "anul trecut", "acum o săptămână",
                       "acum două săptămâni", "acum câteva zile", "acum o lună")),
        *(f"căzut {from_} … {minor}" for from_ in (
            "de pe bicicletă", "de pe trotinetă", "de pe role", "de pe skateboard", "de pe scaun",
            "de pe leagăn", "de pe tobogan", "de pe canapea", "de pe cal", "din leagăn",
        ) for minor in ("doar o zgârietură", "doar zgârieturi", "doar o vânătaie",
                        "doar vânătăi", "doar un cucui")),
        # shooter games
        *(f"{game} {shots}" for game in ("joc", "jocul", "jocuri", "jocurile", "jocuri video",
                                         "jocurile video", "joc video")
          for shots in ("cu împușcături", "de împușcat", "cu împușcat", "în care împușcă",
                        "în care se împușcă")),
        # the police visiting a school
        *(f"{police} {comes} la {place}" for police in ("poliția", "polițistul", "polițiștii")
          for comes in ("vine", "vin", "va veni", "vor veni")
          for place in ("școală", "grădiniță", "kita", "clasă")),
        *(f"{comes} {police} la {place}" for police in ("poliția", "polițistul", "polițiștii")
          for comes in ("vine", "vin", "va veni", "vor veni")
          for place in ("școală", "grădiniță", "kita", "clasă")),
        # learning which mushrooms or plants are poisonous
        *(f"{learn} {what}… otrăv" for learn in (
            "înveți", "învăța", "învățăm", "învăț", "să învăț", "recunoască", "recunoști",
            "recunoaștem", "recunoaște", "deosebești", "deosebim", "deosebească",
        ) for what in ("ciuperc", "plant")),
        *(f"{what} otrăvitoare și comestibile" for what in ("ciuperci", "ciupercile", "plante",
                                                             "plantele")),
        *(f"{what} comestibile și otrăvitoare" for what in ("ciuperci", "ciupercile", "plante",
                                                             "plantele")),
        # preventing violence: talks, courses and projects about it (the topic right after the
        # event, not "curs? violență în familie")
        "prevenirea violen", "prevenire a violen", "prevenția violen", "combaterea violen",
        *(f"{event} {about} violen" for event in (
            "discuție", "prezentare", "seminar", "atelier", "conferință", "întâlnire", "broșură",
            "campanie", "curs", "proiect", "training",
        ) for about in ("despre", "pe tema", "împotriva", "de prevenire a", "contra")),
        # violence long past, told to ask for counselling ("acum mulți ani fostul soț mă
        # bătea"); "‥" does not cross "acum", "azi", "ieri", "iar"
        *(f"{when} ‥ {deed}" for when in (
            *(f"acum {n} ani" for n in ("mulți", "câțiva", "doi", "trei", "cinci", "zece", 2, 3,
                                        4, 5, 10)),
            "acum un an", "ani în urmă", "anul trecut", "în copilărie", "când eram mic",
            "când eram copil", "pe vremuri",
        ) for deed in ("mă bătea", "ne bătea", "m-a bătut", "m-a lovit", "mă lovea",
                       "m-a amenințat", "m-a agresat")),
        # "ajutor, ce înseamnă ...?": a cry that asks what a word means
        *(f"{cry}{comma} {what}" for cry in ("ajutor", "sos") for comma in ("", ",", "!", " -", ":")
          for what in ("ce înseamnă", "ce vrea să zică")),
        # "mă omoară mama dacă întârzii": the verb first (see the list above)
        *(f"{kills} {who} … {slip}" for who in (
            "mama", "mami", "maică-mea", "soția", "nevasta", "iubita", "șeful", "șefu", "șefa",
            "patronul", "profesorul", "profesoara", "proful", "profa", "diriginta",
            "dirigintele", "antrenorul", "soacra", "bunica",
        ) for kills in ("mă omoară", "mă omoară pe mine", "o să mă omoare", "mă mănâncă")
          for slip in ("întârzi", "uit de", "uit să", "uitat", "pierd", "nu ajung", "ratez",
                       "adorm", "vin târziu", "ajung târziu")),
        *(f"{who} {kills} … {slip}" for who in (
            "mami", "șefu", "diriginta", "dirigintele", "antrenorul", "soacra", "bunica",
        ) for kills in ("mă omoară", "o să mă omoare")
          for slip in ("întârzi", "uit de", "uit să", "uitat", "pierd", "nu ajung", "ratez",
                       "adorm", "vin târziu", "ajung târziu")),
        # papers "from the Ausländerbehörde" killing me
        *(f"{thing} {from_} … mă omoar" for thing in (
            "hârtiile", "actele", "formularele", "scrisorile", "documentele", "birocrația",
            "cozile", "programările", "taxele",
        ) for from_ in ("de la", "din", "astea de la", "astea din", "pentru")),
        # training as a paramedic ("vreau să mă fac paramedic")
        *(f"{become} {medic}" for become in (
            "mă fac", "ma fac", "să mă fac", "devin", "deveni", "să devin", "devină", "lucrez ca",
            "lucra ca", "lucrat ca", "meseria de", "meserie de", "job de", "jobul de",
            "ausbildung de", "ausbildung ca", "ausbildung-ul de", "formare ca", "pregătire de",
            "pregătire ca", "cursul de", "curs de", "școala de", "am fost", "sunt", "eram",
            "angajat ca", "angajată ca", "studiez să fiu", "să fiu",
        ) for medic in ("paramedic", "asistent pe ambulanță", "asistentă pe ambulanță",
                        "ambulanțier", "ambulantier", "salvator", "pompier")),
        # violence long past, the time right after the deed ("fostul soț mă bătea, acum câțiva
        # ani"): no gap, so a blow named before stays
        *(f"{deed}{comma} {when}" for deed in (
            "mă bătea", "ne bătea", "m-a bătut", "m-a lovit", "mă lovea", "m-a amenințat",
            "m-a agresat", "mă amenința",
        ) for comma in ("", ",")
          for when in (*(f"acum {n} ani" for n in ("mulți", "câțiva", "doi", "trei", "cinci",
                                                   "zece", 2, 3, 4, 5, 10)),
                       "acum un an", "ani în urmă", "anul trecut", "în copilărie",
                       "când eram mic", "când eram mică", "când eram copil", "pe vremuri",
                       "demult", "de mult", "cu ani în urmă", "în trecut")),
        # fire engines loved by children, toy fire engines
        *(f"{likes} {cars} de pompier" for likes in (
            "înnebunit după", "înnebunită după", "nebun după", "nebună după", "îi plac",
            "iubește", "adoră", "pasionat de", "pasionată de", "obsedat de", "obsedată de",
            "se joacă cu",
        ) for cars in ("mașini", "mașinile", "mașina", "mașinuțe", "mașinuța", "mașinuțele",
                       "camioane")),
        "mașinuță de pompier", "mașinuțe de pompier", "mașinuța de pompier",
        "mașinuțele de pompier", "de pompieri de jucărie", "de pompier de jucărie",
        # news about a fire, an explosion or an attack elsewhere ("‥" stops at "acum": "am văzut
        # la știri, dar acum e incendiu la noi"); films full of explosions
        *(f"{news} ‥ {event}" for news in (
            "la știri", "în știri", "pe știri", "la televizor", "la tv", "în ziar", "știrea despre",
            "știrile despre", "articolul despre", "un articol despre", "reportaj despre",
            "reportajul despre",
        ) for event in ("incendi", "explozi", "atac", "împușc", "accident")),
        *(f"{film} {with_} {boom}" for film in ("film", "filme", "filmul", "serial", "joc",
                                                "jocuri")
          for with_ in ("cu", "cu multe", "cu mult", "cu o grămadă de", "plin de", "plină de",
                        "de acțiune cu multe", "de acțiune cu")
          for boom in ("explozi", "împușcături", "bombe")),
    ),
    "bg": (
        # forms and plans that name emergencies (the Kita's Notfallkontakt, an allergy plan)
        "първа помощ при спешен случай", "контакт за спешни случаи", "контакт при спешен случай",
        "авариен план", "план за спешни случаи",
        # a clothes size, a landlord who does not answer
        "размер 110", "хазяинът не реагира", "хазайката не реагира",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "умирам от скука", "умирам от глад", "умирам от смях", "умирам от любопитство",
        "умирам от нетърпение", "умирам от благодарност", "умирам от срам", "умирам от жега",
        "умирам от студ", "умирам да", "ще умра от", "ти си спасител", "спасихте ми живота",
        "документите ме убиват", "документи ме убиват", "бумагите ме убиват",
        "бюрокрацията ме убива", "жегата ме убива", "работата ме убива", "умирам от умора",
        "спаси ми живота", "изгонени с насила", "изгоним с насила", "изгонят с насила",
        # negated alarms, thanks, ordinary things that burn or explode
        "не ми трябва спешна помощ", "не ми трябва линейка", "няма нужда от линейка",
        "няма нужда от спешна", "не е спешно",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "работя в пожарната", "работа в пожарната", "пожарогасител", "детектор за дим",
        # courses and projects about violence, old falls, goodbyes to a job
        "курс … насилие", "проект … насилие", "детектор за въглерод",
        # dying of boredom, heat, laughter...: hyperbole (not "of fear" or "of pain")
        *(f"{dying} от {what}" for dying in ("умираме", "умира", "ще умра") for what in (
            "скука", "глад", "смях", "жега", "умора", "студ", "любопитство", "нетърпение", "срам",
        )),
        # "mum / the boss will kill me if I'm late": hyperbole of a mother, grandmother, boss or
        # teacher (not a father, brother or husband: honour and partner threats stay alarms)
        *(f"{who} {kills}{comma} {if_}" for who in (
            "мама", "майка ми", "баба", "баба ми", "шефът", "шефката", "началникът", "учителят",
            "учителката",
        ) for kills in ("ще ме убие", "направо ще ме убие")
          for comma in ("", ",") for if_ in ("ако", "като")),
        # killing time
        *(f"{kill} {time}" for kill in (
            "убия", "убиеш", "убие", "убием", "убивам", "убиваш", "убива", "убиваме", "убиване на",
        ) for time in ("времето", "време", "си времето")),
        # a deadline or an appointment "is burning"
        *(f"{a} {b}" for deadline in (
            "срокът", "срока", "крайният срок", "сроковете", "дедлайнът", "дедлайна", "терминът",
            "termin", "frist",
        ) for burns in ("гори", "горят", "вече гори")
          for a, b in ((deadline, burns), (burns, f"{deadline}$"))),
        "срокът ми гори", "срокът ни гори",
        # smoke detectors in every form
        *(f"{detector} за дим" for detector in (
            "детектори", "детекторите", "детектора", "датчик", "датчици", "датчика", "датчиците",
            "сензор", "сензори", "сензора", "сензорите", "аларма", "алармата", "аларми",
        )),
        # fire safety, volunteer fire brigades, firefighting as a job, toys and stories
        "пожарна безопасност", "пожарната безопасност",
        *(f"{volunteer} пожарн" for volunteer in (
            "доброволен", "доброволни", "доброволна", "доброволната", "доброволните",
            "доброволния", "доброволният",
        )),
        "пожарникар-доброволец", "пожарникар доброволец", "пожарникари-доброволци",
        "пожарникари доброволци",
        *(f"{become} пожарникар" for become in (
            "стана", "станеш", "стане", "станат", "става", "стават", "бъда", "работа като",
            "работя като", "работи като", "професия", "професията", "уча за", "работих като",
            "работеше като", "работил като", "работила като", "работихме като", "бях", "беше",
            "съм бил", "съм била",
        )),
        *(f"{story}… за пожар" for story in (
            "филм", "сериал", "анимаци", "книжк", "книг", "приказк", "представлени", "предаван",
        )),
        "игра за пожар", "играта за пожар", "играчка пожарн", "играчката пожарн",
        "ден на пожарн", "празник на пожарн", "екскурзи… пожарн",
        # "a killer heat / queue": the adjective, not "убийство" (murder)
        "убийствен",
        # sensational news: "bomb" slang
        "бомба новина", "бомба-новина", "новина бомба", "новина-бомба", "новината е бомба",
        "бомбастичн",
        # shooter games, archery and sport shooting
        "стрелялк", "стрелба с лък", "стрелбата с лък", "спортна стрелба", "спортната стрелба",
        # failing an interview or an exam ("I burned at the interview"), burning with shame
        *(f"{burned} {at}" for burned in ("изгорях", "изгоря", "изгоряхме", "изгорял", "изгоряла")
          for at in (
            "на интервю", "на изпит", "на теста", "на тест", "на събеседван", "на матур",
            "на контролно", "на шофьорски", "от срам",
        )),
        # learning which mushrooms or plants are poisonous
        *(f"{tell} {what}отровн" for tell in (
            "различавам", "различаваш", "различава", "различаваме", "различават", "различа",
            "различиш", "разпознавам", "разпознаваш", "разпознава", "разпознаваме",
            "разпознават", "разпозная", "разпознаеш", "разпознаване на", "различаване на",
        ) for what in ("", "ядливи от ", "ядливите от ", "ядливи и ")),
        # a parcel, keys or a phone lost is no person missing (the thing after the verb only for
        # parcels and luggage; not letters or phones: "синът изчезна писмото остави")
        *(f"{thing} {mine}{lost}" for thing in (
            "пратка", "пратката", "колет", "колетът", "колета", "поръчката", "багажът", "багажа",
            "куфарът", "куфара", "чантата", "ключовете", "документите",
        ) for mine in ("", "ми ") for lost in ("се изгуби", "се загуби", "изчезна")),
        *(f"{lost} {thing}" for lost in ("изгуби се", "загуби се", "изчезна")
          for thing in ("пратката", "колетът", "поръчката", "багажът", "куфарът")),
        # a report to the police about a fraud or a theft is a request for a service
        *(f"{report} {to} полиция" for report in (
            "сигнал", "сигнала", "жалба", "жалбата", "оплакване", "заявление", "заявлението",
        ) for to in ("в", "до", "на", "пред")),
        # a past accident or poisoning told to ask about insurance, a doctor or sick leave, and
        # long ago violence: the time, who and the deed next to each other (a clause between, as
        # in "преди година дойдохме, мъжът ми ме преби", still alarms); "година", "години" also
        # end "миналата година", "преди две години"
        *(f"{when} {who}{deed}" for when in (
            "година", "години", "миналия месец", "преди месец", "миналата седмица",
            "миналия уикенд",
        ) for who in ("", "аз ") for deed in (
            "имах катастроф", "имахме катастроф", "бях в катастроф", "претърпях катастроф",
            "участвах в катастроф", "се отров", "отрових се", "отровихме се", "се изгорих",
            "се попарих",
        )),
        *(f"{when} {who}{deed}" for when in ("година", "години") for who in (
            "", "баща ми ", "майка ми ", "мъжът ми ", "жена ми ", "съпругът ми ", "съпругата ми ",
            "баба ми ", "дядо ми ", "синът ми ", "дъщеря ми ", "брат ми ", "сестра ми ",
        ) for deed in ("имаше инфаркт", "имаше инсулт", "получи инфаркт", "получи инсулт")),
        *(f"{when} {who}{deed}" for when in ("години", "като дете", "като малка", "като малък")
          for who in ("", "бившият ми ", "бившият ", "мъжът ми ", "баща ми ", "той ")
          for deed in (
            "ме биеше", "ме би$", "ме е бил", "биеше ме", "ме пребиваше", "ме преби$",
            "посягаше", "ме заплашваше", "ме тормозеше",
        )),
        # a stroke, heart attack, accident or fire told with its time after it, and "after the
        # stroke" (the signs of a new one are stems of their own)
        *(f"{event} {when}" for event in (
            "инсулт", "инфаркт", "катастрофа", "катастрофата", "пожар", "пожарът", "пожара",
        ) for when in (
            "миналата година", "по-миналата година", "миналия месец", "миналата зима",
            "миналата пролет", "миналото лято", "миналата есен", *(f"преди {n}{unit}" for n in (
                "", "една ", "две ", "три ", "четири ", "пет ", "няколко ", "много ",
                *(f"{d} " for d in (*range(1, 11), 15, 20)),
            ) for unit in ("година", "години", "месец", "месеца")),
        )),
        "след инсулта", "след инфаркта", "след инсулт", "след инфаркт",
        *(f"{burnt}{at} пожар … {ago}" for burnt in ("", "изгоря ", "изгоряха ", "изгорели ")
          for at in ("при", "в") for ago in (
            "миналата година", *(f"преди {n}{unit}" for n in (
                "", "една ", "две ", "три ", "няколко ", "много ",
                *(f"{d} " for d in (*range(1, 11), 15, 20)),
            ) for unit in ("година", "години")),
        )),
        # past violence told with a sign that it is over ("ме биеше, но се разведохме"), and
        # violence survived long ago; "ме бие" or "ме биеше вчера" stay alarms
        *(f"{deed}{conn} {over}" for deed in (
            "ме биеше", "биеше ме", "ме е бил", "ме пребиваше", "посягаше", "ме заплашваше",
            "ме тормозеше",
        ) for conn in ("", ",", ", но", " но", ", а", " а") for over in (
            "разведохме се", "се разведохме", "разделихме се", "се разделихме", "това беше отдавна",
            "отдавна се разведохме", "вече се разведохме", "отдавна сме разведени",
            "беше отдавна", "това е минало", "в миналото", "когато живеехме заедно",
            "когато бяхме женени", "сега сме разведени", "вече сме разведени", "вече не сме заедно",
        )),
        *(f"{a} {b}" for when in (
            "преди години", "преди много години", "в миналото", "навремето", "като дете",
            "като малка", "като малък", "някога", "преди време",
        ) for deed in (
            "бях жертва на домашно насилие", "бях жертва на насилие", "преживях домашно насилие",
            "преживях насилие", "съм преживяла домашно насилие", "съм преживяла насилие",
            "съм преживял насилие", "съм била жертва на домашно насилие",
            "съм била жертва на насилие",
        ) for a, b in ((when, deed), (deed, when))),
        # killed in a game
        *(f"{game}… {killed}" for game in (
            "в играта", "в игрите", "в игра", "в cs", "в кс", "в pubg", "в fortnite", "в доти",
            "в шутъра",
        ) for killed in ("убива", "убиха", "убият", "убие", "убиват")),
        # "my head will explode": hyperbole (a brain always; a head from papers, not from pain)
        *(f"{brain} {mine}{will}{refl}взрив" for brain in ("мозъкът", "мозъка", "мозъците")
          for mine in ("", "ми ") for will in ("", "ще ") for refl in ("", "се ")),
        *(f"{head} {mine}{will}{refl}взрив… от {what}" for head in ("главата", "кратуната")
          for mine in ("", "ми ") for will in ("", "ще ") for refl in ("", "се ") for what in (
            "всичко", "това", "информация", "бюрокрация", "документи", "немския", "граматика",
            "въпроси", "мисли", "новини", "правила", "тия", "тези", "формуляри", "писма",
        )),
        # a bloody film or game, a blood moon, a cocktail; "not too bloody"
        *(f"{neg}{much}кървав"
          for neg in ("не е ", "да не е ", "не са ", "да не са ", "без ", "не ")
          for much in ("", "много ", "твърде ", "прекалено ", "чак толкова ")),
        *(f"кървав{end} {film}" for end in ("", "а", "о", "и") for film in (
            "филм", "филми", "сериал", "игра", "игри", "сцени", "сцена", "екшън", "трилър",
            "история", "луна", "мери",
        )),
        *(f"{film}… кървав" for film in ("филм", "сериал", "игра", "играта", "игрите", "сцени",
                                         "ужасите", "трилър", "екшън")),
        # a blocked nose is no breathing emergency
        *(f"{hard} {breathe} {through}" for hard in ("трудно", "едва", "тежко", "не мога да",
                                                     "не може да")
          for breathe in ("дишам", "диша", "дишаме", "дишат", "се диша")
          for through in ("през носа", "през нос", "с носа")),
        "дишам през носа", "диша през носа", "дишане през носа",
        # nobody hurt, no ambulance or police wanted
        *(f"{neg} {hurt}" for neg in (
            "никой не е", "никой не беше", "не е", "не са", "няма", "нямаше", "не бяха",
            "не беше", "никой не", "никой",
        ) for hurt in ("ранен", "ранена", "ранени", "пострадал", "пострадала", "пострадали")),
        *(f"{a} {b}" for svc in (
            "линейка", "линейката", "полиция", "полицията", "пожарна", "пожарната",
        ) for neg in ("не трябва", "не ми трябва", "не ни трябва", "не е нужна", "не е нужно")
          for a, b in ((svc, neg), (neg, svc))),
        *(f"няма нужда от {svc}" for svc in ("полиция", "полицията", "пожарна", "линейката")),
        # fires, explosions and attacks in the news
        *(f"{news}… за {danger}" for news in (
            "новини", "по телевизия", "по тв", "във вестник", "в интернет", "статия", "репортаж",
            "писаха", "пишат", "показваха", "разказваха",
        ) for danger in (
            "пожар", "взрив", "стрелба", "нападени", "катастроф", "атентат", "убийств",
        )),
        # a job at the fire brigade or on an ambulance; fire exits, drills, inspections
        *(f"{job} {svc}" for job in (
            "работя", "работих", "работи", "работил", "работила", "работеше", "работа", "лекар",
            "лекарка", "фелдшер", "сестра", "шофьор", "стаж", "практика", "смяна", "дежурство",
            *(f"{work} като {who}"
                for work in ("работя", "работих", "работи", "работил", "работила")
              for who in ("лекар", "фелдшер", "медицинска сестра", "шофьор", "парамедик")),
        ) for svc in (
            "в пожарн", "в спешна помощ", "в бърза помощ", "на спешна помощ", "на бърза помощ",
            "в спешното", "на линейка", "на линейката",
        )),
        *(f"пожар{adj} {thing}" for adj in ("ен", "ния", "ният", "на", "ната", "ни", "ните")
          for thing in ("изход", "стълб", "инспекци", "проверк", "учени", "кран", "хидрант")),
        # an open day at the fire brigade or the police
        *(f"{a}… {b}" for svc in (
            "пожарн", "полиц", "линейк", "спасител", *(f"{one} {and_} {other}"
              for one, other in (("полиц", "пожарн"), ("пожарн", "полиц"))
                for and_ in ("и", "или")),
        ) for a, b in (("отворени врати", svc), ("отворените врати", svc),
                       (svc, "отворени врати"), (svc, "отворените врати"))),
        # "my wife / mum will kill me if I'm late": hyperbole about being late or forgetting
        *(f"{who} {kills}{comma} {if_} {late}" for who in (
            "мама", "майка ми", "баба", "баба ми", "шефът", "шефката", "началникът", "учителят",
            "учителката", "жена ми", "съпругата ми", "свекърва ми", "тъщата", "тъща ми",
        ) for kills in ("ще ме убие", "направо ще ме убие") for comma in ("", ",")
          for if_ in ("ако", "като") for late in (
            "закъснея", "закъснеем", "забравя", "не се прибера навреме", "се прибера късно",
        )),
        *(f"{otherwise} {who} ще ме убие" for otherwise in ("иначе", "че иначе", "щото иначе")
          for who in ("мама", "майка ми", "жена ми", "шефът", "шефката", "баба", "тъщата")),
        # "I feel like killing it": impersonal venting about a thing or a person (not oneself)
        # (only "да го убия ми се иска": in "иска ми се да го убия и мен" the danger follows)
        *(f"да {it} убия ми се иска" for it in ("го", "я", "ги")),
    ),
    "pl": (
        # forms and plans that name emergencies (the Kita's Notfallkontakt, an allergy plan)
        "kontakt na nagły wypadek", "kontakt w nagłych wypadkach", "plan na nagły wypadek",
        "plan na nagłe wypadki", "plan postępowania w nagłych wypadkach",
        # a clothes size
        "rozmiar 110",
        # hyperbole: dying of boredom, killed by letters, a heart attack from forms
        "umieram z niecierpliw", "umieram z nud", "umieram z głodu", "umieram z ciekawo",
        "umieram ze śmiechu", "umieram ze wstydu", "umieram ze zmęcz", "umieram z gorąca",
        "zabija mnie papier", "zabija mnie list", "mnie zabija list", "mnie zabija papier",
        "pogoda mnie zabija", "upał mnie zabija", "to mnie zabija", "mnie dobija", "zabij ten czat",
        "zabij ten bot", "zabij ten chat", "uratowałeś mi życie", "uratowałaś mi życie",
        # ordinary threats: a boss, landlord or office threatening to fire or evict
        "boję się o niego", "boję się o nią", "boję się o syna", "boję się o córkę", "nie ma broni",
        # negated alarms, thanks, ordinary things that burn or explode
        "nie jest pilne", "to nie nagły wypadek", "nie nagły wypadek",
        # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
        "pracować w straży pożarnej", "pracowac w strazy pozarnej", "czujnik dymu", "gaśnic",
        "gasnic", "mnie zabija … listami", "zabija mnie … listami", "jobcenter mnie zabija",
        # courses and projects about violence, old falls, goodbyes to a job
        "pożegna … pracą", "pożegna … z pracy", "boli mnie … do jakiego lekarza", "czujnik czadu",
        # an accident months or years ago, told to ask for a service
        "roku temu … wypad", "rok temu … wypad", "lat temu … wypad", "lata temu … wypad",
        "miesięcy temu … wypad", "miesiąc temu … wypad", "miesiące temu … wypad",
        "tygodni temu … wypad", "tygodnie temu … wypad", "w zeszłym roku … wypad",
        # a boss, teacher, wife or mother who "will kill me" if I am late or forget something
        # ("…" takes the "jak"); a husband's, father's or brother's threat stays an alarm
        *(f"{who} {kills} … {slip}" for who in (
            "szef", "szefowa", "kierownik", "nauczyciel", "nauczycielka", "trener", "żona",
            "dziewczyna", "mama", "matka", "teściowa",
        ) for kills in ("mnie zabije", "zabije mnie", "mnie udusi")
          for slip in ("spóźni", "zapomn", "przegap", "nie zdąż", "nie zdam", "zaśpi")),
        # killing time while waiting ("jak zabić czas przed terminem")
        *(f"{kill} {time}" for kill in ("zabić", "zabijać", "zabijam", "zabijamy", "zabić jakoś",
                                        "zabić trochę", "zabić sobie")
          for time in ("czas", "czasu", "nudę")),
        # fire safety days and drills, joining or visiting the volunteer fire brigade
        "bezpieczeństw… pożarow", "ćwiczeni… pożarow", "próbny alarm pożarow", "ochron… pożarow",
        "ochotnicz… pożarn",
        *(f"{join} do straży pożarnej" for join in (
            "wstąpić", "dołączyć", "zapisać się", "należeć", "wycieczka", "wycieczkę",
        )),
        *(f"{visit} straży pożarnej" for visit in ("wizyta", "wizyty", "wizytę", "dzień otwarty")),
        *(f"straż pożarna {comes} do {place}" for comes in ("przyjdzie", "przychodzi", "przyjedzie",
                                                            "przyjeżdża")
          for place in ("przedszkola", "szkoły", "kita", "klasy")),
        # an arm sore after a vaccination, a tooth or throat that hurts
        "po szczepi… ból",
        *(f"{hurts} mnie {what}" for hurts in ("boli", "bolą")
          for what in ("ząb", "zęby", "gardło", "ucho", "kolano", "plecy", "kręgosłup",
                       "mięśnie")),
        # "in case of" ("na wypadek kradzieży"), accident insurance
        "na wypadek", "na wszelki wypadek", "w razie wypadku", "nieszczęśliwych wypadków",
        # fireworks, goals and photos "shot", shooter games
        *(f"{shoot} {what}" for shoot in ("strzelać", "strzelić", "strzelił", "strzeliła",
                                          "strzelę", "strzela", "strzelanie", "strzelania")
          for what in ("fajerwerk", "petard", "z petard", "sztucznymi ogniami", "gol", "bramk",
                       "fotk", "focha", "zdjęci")),
        "wolno strzelać", "strzelank",
        # a party that "was the bomb", a "killer" app: praise
        *(f"{event} {was} bomba" for event in (
            "impreza", "zabawa", "koncert", "festyn", "wycieczka", "spotkanie", "wieczór", "kurs",
            "lekcja", "film", "mecz", "wesele", "piknik", "wystawa", "festiwal", "kolacja",
            "domówka", "urodziny",
        ) for was in ("była", "był", "było", "jest", "były")),
        *(f"{event} … była bomba" for event in ("impreza", "zabawa", "wycieczka", "lekcja",
                                                "wystawa", "kolacja", "domówka")),
        "bombowo", "bombowa impreza", "bombowa zabawa", "bombowy dzień", "bombowy kurs",
        "bombowe wakacje", "bombowa atmosfera",
        *(f"{is_} zabójcz" for is_ in ("jest", "są", "był", "była", "było")),
        "zabójczo",
        # "ratunku, co znaczy ...?": a cry that asks what a word means
        *(f"{cry}{comma} {what}" for cry in ("ratunku", "pomocy", "sos")
          for comma in ("", ",", "!", " -", ":")
          for what in ("co znaczy", "co to znaczy", "co oznacza")),
        # a fall from a bike or a swing with only a scraped knee or a bruise, or weeks ago (a
        # fall from a window or a roof stays an alarm)
        *(f"{fell} {bike} … {minor}" for fell in ("spadł z", "spadła z", "spadło z")
          for bike in ("roweru", "rowerka", "hulajnogi", "huśtawki", "deskorolki", "zjeżdżalni")
          for minor in ("tylko otart", "tylko zadrapan", "tylko siniak", "tylko guz")),
        *(f"{fell} {bike} {when}" for fell in ("spadł z", "spadła z", "spadło z")
          for bike in ("roweru", "rowerka", "hulajnogi", "huśtawki", "deskorolki", "zjeżdżalni")
          for when in ("tydzień temu", "w zeszłym tygodniu", "kilka dni temu", "miesiąc temu",
                       "rok temu")),
        # preventing violence: talks, courses and projects about it (the topic right after the
        # event, not "kurs? przemoc w domu")
        "zapobiegani… przemoc", "profilaktyk… przemoc", "przeciwdziałani… przemoc",
        *(f"{event} {about} przemoc" for event in (
            "wykład", "prelekcja", "spotkanie", "warsztaty", "warsztat", "zajęcia", "broszura",
            "ulotka", "kampania", "kurs", "szkolenie", "projekt",
        ) for about in ("o", "na temat", "dotyczący", "przeciw", "przeciwko")),
        # violence long past, told to ask for counselling ("kilka lat temu mąż mnie bił");
        # "‥" does not cross "teraz", "dziś", "wczoraj", "znowu"
        *(f"{when} ‥ {deed}" for when in (
            "lat temu", "lata temu", "rok temu", "roku temu", "dawno temu", "w zeszłym roku",
            "w dzieciństwie", "jako dziecko", "kiedy byłam mała", "kiedy byłem mały",
        ) for deed in ("bił mnie", "biła mnie", "mnie bił", "mnie biła", "bił nas", "nas bił",
                       "pobił mnie", "mnie pobił", "uderzył mnie", "mnie uderzył", "dusił mnie",
                       "groził mi", "mi groził", "znęcał się")),
        # marking a bike at the police, the police visiting a school
        *(f"{police} {visits} {place}" for police in ("policja", "policjant", "policjantka",
                                                       "policjanci")
          for visits in ("przyjdzie do", "przychodzi do", "przyjdą do", "odwiedzi", "odwiedza")
          for place in ("szkoły", "przedszkola", "klasy", "kita")),
        *(f"wizyta {police} w {place}" for police in ("policji", "policjanta", "policjantów")
          for place in ("szkole", "przedszkolu", "klasie")),
        # things, not people, "killing me" ("ten formularz mnie zabija", "upał mnie wykończy")
        *(f"{thing} {kills}" for thing in (
            "formularz", "formularze", "papiery", "papierologia", "biurokracja", "urzędy", "urząd",
            "niemiecki", "gramatyka", "upał", "praca", "nauka", "egzamin", "egzaminy", "czekanie",
            "kolejki", "kolejka", "stres", "nuda", "listy", "dokumenty", "wnioski", "wniosek",
            "jobcenter", "ausländerbehörde", "ten czat", "ta aplikacja", "dojazdy", "korki",
            "czynsz", "rachunki", "podatki", "przeprowadzka", "szukanie mieszkania",
            "szukanie pracy", "zmiana", "nocki", "kaszel", "ból głowy", "migrena", "kac",
            "komary", "hałas", "ta pogoda", "ten upał", "zimno",
        ) for kills in ("mnie zabija", "mnie zabijają", "zabija mnie", "zabijają mnie",
                        "mnie wykończy", "mnie wykończą", "mnie wykańcza", "mnie zabije",
                        "mnie zabiją", "mnie dobije", "mnie normalnie zabija",
                        "mnie serio zabija", "mnie po prostu zabija")),
        # a joke at the bot ("jesteś człowiekiem czy robotem, który zaraz wybuchnie?"), films
        # full of explosions
        *(f"{or_} {robot} … wybuch" for or_ in ("czy", "jesteś", "jakimś", "albo")
          for robot in ("robotem", "botem", "maszyną", "komputerem", "sztuczną inteligencją",
                        "robot który", "robot, który", "bot który", "bot, który")),
        *(f"{film} {with_} {boom}" for film in ("film", "filmy", "serial", "gra", "gry")
          for with_ in ("z", "z dużą ilością", "z wieloma", "pełen", "pełne", "pełna", "z masą")
          for boom in ("wybuch", "eksplozj", "strzelanin")),
        # open days, fêtes and shows at the fire station ("dzień otwarty w straży pożarnej"),
        # a fire long past ("przeprowadziliśmy się po pożarze")
        *(f"{event} … {brigade}" for event in (
            "dzień otwarty", "dni otwarte", "drzwi otwarte", "festyn", "piknik", "zwiedzanie",
            "wycieczk", "dzień strażaka", "święto",
        ) for brigade in ("straży pożarn", "straż pożarn", "straży ogniow", "remiz", "strażak",
                          "remizie straży pożarn", "remiza straży pożarn", "remizy straży pożarn",
                          "remizę straży pożarn")),
        "po pożarze", "po tym pożarze", "od pożaru w", "od czasu pożaru",
        *(f"{when} ‥ pożar" for when in (
            "rok temu", "roku temu", "lat temu", "lata temu", "miesiąc temu", "miesięcy temu",
            "miesiące temu", "w zeszłym roku", "w zeszłym miesiącu", "dawno temu", "kiedyś",
        )),
    ),
}
# fmt: on

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
    """Compiled once, on the first message (about 10 s; the gateway and the NLU component do it at
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
