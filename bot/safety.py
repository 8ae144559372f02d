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

Matching works on folded text (`_fold`): casefolded, accents and Arabic vowel marks dropped,
Farsi and Arabic letter variants unified, letters repeated for emphasis collapsed ("AJUTOOOR"
is "ajutor"). A keyword matches at a word start, so inflected forms match (`schlägt`, `убить`,
`öldürmek`); Arabic-script keywords match anywhere in a word, as Arabic and Farsi attach
prefixes (و، ب، بال، ل، می) to it. A keyword ending in `$` must also end a word (`polis$` is
Turkish police, not "Polish"; `fire$` is not "fired"). Short Arabic-script keywords are avoided
for the same reason: "نار" (fire) sits inside Farsi "سمینار" and "وبینار".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

# Numbers given in every language (facts fixed by the issue, not translated by hand).
EMERGENCY_NUMBERS = {
    "police": "110",
    "ambulance": "112",
    "women_helpline": "116 016",
    "crisis_line_1": "0800 111 0 111",
    "crisis_line_2": "0800 111 0 222",
}

STEMS: dict[str, tuple[str, ...]] = {
    "de": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "notruf", "krankenwagen", "rettungswagen", "notarzt", "feuerwehr", "frauenhaus",
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
        "pillen geschluckt", "ich sterbe", "für immer verschwinden", "fuer immer verschwinden",
        "und will nicht mehr",
        # medical
        "herzinfarkt", "infarkt", "schlaganfall", "bewusstlos", "ohnmächtig", "ohnmacht",
        "atmet nicht", "keine luft", "kann nicht atmen", "kann nicht mehr atmen", "erstick",
        "blutet", "blute", "viel blut", "blutung", "krampfanfall", "epilepti", "brustschmerz",
        "schmerzen in der brust", "vergiftet", "vergiftung", "putzmittel", "reiniger getrunken",
        "unfall", "verletzt", "wacht nicht auf", "wird nicht wach", "reagiert nicht",
        "zusammengebrochen", "umgekippt", "kollabiert", "ertrinkt", "ertrunken",
        "ins wasser gefallen", "aus dem fenster gefallen", "fehlgeburt", "umgefallen", "atmet kaum",
        "kaum luft", "verschluckt", "geschluckt", "rtw$", "verbrenn", "verbrüh", "verbrueh",
        "heißes wasser", "kochendes wasser", "kann nicht aufstehen", "steht nicht auf",
        "bewegt sich nicht", "gestürzt", "gestuerzt", "in der brust", "krampf", "gift getrunken",
        "gift geschluckt", "rattengift", "vom balkon", "balkon gefallen", "alle tabletten",
        "atmet komisch", "atmet schwer", "atmet nicht richtig", "läuft blau an", "lauft blau an",
        "wird blau", "liegt auf dem boden", "blau angelaufen", "blaue lippen", "lippen sind blau",
        "in flammen", "fängt feuer",
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
        # danger
        "in gefahr", "lebensgefahr", "angst um mein leben", "terrorgrupp", "terrororganisation",
        "terrormiliz",
    ),
    "en": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "emergency number", "emergency doctor", "ambulance", "paramedic", "fire brigade",
        "fire department", "women's shelter", "womens shelter",
        # violence, threats, weapons
        "hits me", "hitting me", "hit me$", "hits my", "hitting my", "hit my", "beat me",
        "beats me", "beating me", "beats my", "beating my", "beaten", "beat up", "kicks me",
        "kicking me", "kicked me", "punch", "slaps me", "slapped", "choking", "choke me",
        "chokes me", "choked me", "strangl", "attacked", "attacking me", "attack happening",
        "assault", "abuse", "abusing", "hurts me", "hurting me", "hurt me", "threaten", "kill me",
        "kill us", "kill my", "kill her", "kill him", "killing", "going to kill", "wants to kill",
        "murder", "stab me", "stab you", "stab him", "stab her", "stab$", "knife", "a gun",
        "the gun", "his gun", "gun at", "guns$", "gunpoint", "shot me", "shoot", "pistol",
        "stabbed", "stabbing", "robbed", "mugged", "robbery", "break in", "breaking in", "broke in",
        "breaking the door", "locked me", "locks me", "lock me in", "won't let me leave",
        "wont let me leave", "not let me leave", "doesn't let me leave", "trafficking", "honour",
        "honor killing", "breaking down", "kicking the door", "kicking in the door", "hits$",
        "hitting", "beats$", "beating$", "against my will", "held captive", "being held",
        "keeps me locked", "blackmail", "sextortion", "throwing things at", "spiked my drink",
        "drugged me", "broke into", "domestic violence", "violence at home", "is violent",
        "gets violent", "became violent", "threat", "forced himself", "pushed me", "shoved me",
        "broke my door", "broke the door", "kicked in", "kicked down",
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
        "hurting myself", "harm myself", "self harm", "self-harm", "cut myself", "cutting myself",
        "overdose", "took pills", "pills to die", "too many pills", "lots of pills",
        "swallowed pills", "jump off", "jump from", "throw myself", "hang myself", "hanging myself",
        "wrist", "slit my", "slit her", "slit his", "all to end", "if i was gone", "if i were gone",
        "nobody would miss me", "miss me if", "end it$", "wanna end", "want to end it",
        "disappear forever", "want to disappear",
        # medical
        "heart attack", "stroke", "unconscious", "passed out", "fainted", "collapsed",
        "not breathing", "isn't breathing", "stopped breathing", "can't breathe", "cant breathe",
        "cannot breathe", "no air", "bleed", "lots of blood", "a lot of blood", "much blood",
        "blood everywhere", "seizure", "convuls", "chest pain", "pain in my chest", "poison",
        "drank cleaning", "swallowed", "doesn't wake up", "does not wake up", "won't wake up",
        "wont wake up", "not waking up", "isn't waking", "is not waking", "unresponsive",
        "accident", "injured", "drowning", "fell into", "fell out of", "fell from", "miscarriage",
        "can't speak", "cant speak", "boiling water", "scald", "can't get up", "cant get up",
        "not moving", "isn't moving", "fell down", "chest hurts", "pass out", "passing out",
        "from the balcony", "off the balcony", "out of the window", "all her pills", "all my pills",
        "all his pills", "all the pills", "whole bottle", "got burned", "got burnt",
        "burned himself", "burned herself", "burned myself", "burnt himself", "burnt herself",
        "burnt myself", "is burned", "was burned", "badly burned", "severe burn", "lips are blue",
        "blue lips", "turning blue", "isnt breathing", "isnt waking", "doesnt wake", "not reacting",
        "isn't reacting", "isnt reacting", "not responding", "i'm dying", "im dying", "caught fire",
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
        # danger
        "in danger", "fear for my life", "afraid for my life", "scared for my life", "terror group",
        "terrorist group", "terrorist organi",
    ),
    "ar": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "طوارئ", "الدفاع المدني", "is3af", "es3af", "اسعاف$", "إسعاف$",
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
        # sexual violence
        "اغتصب", "اعتداء جنسي", "تحرش", "يتحرش", "لمسني", "يلمسني",
        # suicide, self-harm
        "انتحر", "انتحار", "اقتل نفسي", "أقتل نفسي", "اقتل حالي", "اقتل روحي", "انهي حياتي",
        "أنهي حياتي", "انهاء حياتي", "بدي موت", "بدي اموت", "ابي اموت", "اريد اموت", "اريد ان اموت",
        "أريد أن أموت", "اريد الموت", "بدي انتحر", "ما بدي عيش", "مابدي عيش", "عاد بدي عيش",
        "ما بدي اعيش", "ما بدي ضل عايش", "لا اريد ان اعيش", "لا أريد العيش", "تعبت من الحياة",
        "تعبت من حياتي", "زهقت من حياتي", "ما عاد اقدر اكمل", "ما أقدر أكمل", "ما بقدر كمل",
        "مش قادر كمل", "اذي نفسي", "أؤذي نفسي", "اجرح نفسي", "جرحت حالي", "حبوب كتير", "حبوب كثير",
        "بلعت حبوب", "بلع حبوب", "بلعت", "شرب دوا", "شربت دوا", "جرعة زائدة", "ente7ar", "enta7er",
        "inti7ar", "badi moot", "badi mot", "bdi mot", "badi mout", "خلص من حياتي", "خلص حالي",
        "ارمي حالي", "ارمي نفسي", "اشنق حالي", "اشنق نفسي", "جرحت نفسي", "شريان", "شراين",
        "مش قادرة اعيش", "مش قادر اعيش", "مش قادر عيش", "ما بقدر عيش", "ما بقدر اعيش",
        "ما فيني عيش", "ما فيني اعيش", "عاد بدي اعيش", "مابدي اعيش",
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
        "ينزل دم", "نازل دم", "كتير دم", "رح موت", "رح اموت", "عم موت", "ما عم يوعى", "ما يوعى",
        "ولعت", "شب حريق",
        # a child missing or in danger
        "ابني ضايع", "بنتي ضايعة", "ولدي ضايع", "طفلي ضايع", "ابني ضاع", "بنتي ضاعت", "ضايع بال",
        "ضايعة بال", "dayi3", "daye3", "mafqud", "mafkood", "اختفى", "اختفت", "اختفاء", "خطف",
        "اختطاف", "مخطوف", "ما رجع عالبيت", "ما رجعت عالبيت", "ما رجع للبيت", "ما رجعت من",
        "ما رجع من", "مارجع", "مارجعت", "هرب من البيت", "هربت من البيت",
        # fire, gas
        "حريق", "نار بال", "في نار", "النار", "عم تحترق", "يحترق", "احترق", "دخان", "ريحة غاز",
        "ريحه غاز", "رائحة غاز", "تسرب غاز", "7ari2",
        # stalking, forced marriage
        "يلاحقني", "يلحقني", "لاحقني", "لحقني", "ملاحق", "يتبعني", "يراقبني", "yla7e2", "yl7a2",
        "yel7a2", "زواج قسري", "زواج بالاجبار", "يجوزوني", "يزوجوني", "بالقوة", "يجبروني",
        "اجبروني", "يجوزني", "يزوجني", "عم يركض وراي", "يلحق فيني",
        # danger
        "خطر$", "بخطر", "في خطر", "على حياتي", "khatar", "5atar", "جماعة ارهابية", "جماعة إرهابية",
        "منظمة ارهابية", "منظمة إرهابية",
    ),
    "tr": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "ambulans", "itfaiye", "acil servis", "acil durum",
        # violence, threats, weapons
        "dövüyor", "dovuyor", "dövdü", "dovdu", "dövül", "dovul", "dövecek", "dovecek", "dövmek",
        "vuruyor", "vurdu", "vuracak", "tokat", "tekme", "boğazımı", "bogazimi", "boğdu", "boğuyor",
        "saldır", "saldir", "tehdit", "öldür", "oldur", "bıçak", "bicak", "tabanca", "kilitledi",
        "hapsetti", "kapattı", "çıkamıyorum", "cikamiyorum", "bırakmıyor", "birakmiyor",
        "kaçırıldı", "kacirildi", "kaçırdılar", "eve girmeye", "kapıyı kırıyor", "hırsız",
        "soyuldum", "gasp", "kapıyı kır", "kapiyi kir", "boğmaya", "bogmaya", "bana dokunuyor",
        "alıkoy", "alikoy", "dışarı çıkarmıyor", "disari cikarmiyor", "şantaj", "santaj",
        "zorla girdi", "aile içi şiddet", "aile ici siddet", "evde şiddet", "evde siddet",
        "şiddet gör", "siddet gor", "şiddet uygul", "siddet uygul", "beni itti", "merdivenden itti",
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
        # medical
        "kalp krizi", "felç", "felc", "bayıldı", "bayildi", "bayıl", "bilinci", "bilincini",
        "uyanmıyor", "uyanmiyor", "nefes alamı", "nefes alami", "nefes almıyor", "nefes almiyor",
        "kanıyor", "kaniyor", "kanama", "kan kaybı", "zehirlen", "göğsümde", "gogsumde",
        "göğüs ağrısı", "gogus agrisi", "nöbet geçir", "havale geçir", "sara nöbeti", "kaza$",
        "kaza geçir", "kazada", "boğuluyor", "boguluyor", "pencereden düştü", "yaralandı",
        "yaralandi", "yaralı", "yarali", "yığıldı", "yigildi", "yere düştü", "yere dustu", "yuttu",
        "yuttum", "haşlan", "haslan", "kaynar su", "yanık", "yanik", "kalkamıyor", "kalkamiyor",
        "kıpırdamıyor", "kipirdamiyor", "hareket etmiyor", "merdivenden düştü", "merdivenden dustu",
        "göğsüm", "gogsum", "zehir", "balkondan", "tüm hapları", "tum haplari", "bütün hapları",
        "butun haplari", "haplar", "kan kaybed", "kan geliyor", "kan akıyor", "kan akiyor",
        "nefes almakta zorlan", "nefes darlığı", "nefes darligi", "ilaç şişe", "ilac sise",
        "kendini bilmiyor", "kendinde değil", "kendinde degil", "alev aldı", "alev aldi", "tutuştu",
        "tutustu",
        # a child missing or in danger
        "çocuğum kayıp", "cocugum kayip", "evden kaçtı", "evden kacti", "eve gelmedi", "dönmedi",
        "donmedi", "okuldan gelmedi", "ortada yok",
        # fire, gas
        "yangın", "yangin", "yanıyor", "yaniyor", "duman", "gaz kokusu", "gaz kokuyor",
        "gaz sızıntısı",
        # stalking, forced marriage
        "takip ediyor", "peşimde", "pesimde", "peşimden", "beni izliyor", "zorla evlen",
        "zorla nikah", "zorla$",
        # danger
        "tehlikede", "hayatım tehlikede", "terör örgüt", "teror orgut",
    ),
    "uk": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "швидку$", "швидка допомога", "швидкої допомоги", "швидку допомогу", "загорівся",
        "загорілася", "загорілось",
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
        # sexual violence
        "зґвалт", "згвалт", "домагається",
        # suicide, self-harm
        "самогубств", "суїцид", "не хочу жити", "не хочу більше жити", "хочу померти", "вмерти",
        "померти", "покінчити з собою", "накласти на себе руки", "накладу на себе руки",
        "вбити себе", "вб'ю себе", "порізати себе", "поріжу себе", "ріжу себе", "зашкодити собі",
        "сенсу жити", "не бачу сенсу", "багато таблеток", "наковтал", "передозув",
        "не можу більше так", "більше так жити", "повіситись", "повіситися", "повішусь",
        "стрибну з", "викинусь", "вени$", "вен$", "все закінчити", "закінчити з життям",
        "не хочу прокидатися", "більше існувати", "не хочу існувати", "помираю", "вмираю",
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
        # a child missing or in danger
        "дитина зникла", "викрал", "не повернувся", "не повернулася", "не повернулась",
        "не прийшов додому", "не прийшла додому", "втік з дому", "втекла з дому", "втік із дому",
        "втекла із дому",
        # fire, gas
        "пожеж", "горить", "палає", "дим$", "запах газу", "пахне газом", "витік газу", "горимо$",
        "горю$",
        # stalking, forced marriage
        "переслідує", "стежить за мною", "за мною хтось", "за мною йде", "за мною іде",
        "слідкує за мною", "примусов", "силою", "видати заміж", "змушують", "за мною стеж",
        "стежать за мною", "іде за мною", "йде за мною", "ходить за мною", "біжить за мною",
        "женеться за мною", "за мною біжить", "за мною женеться",
        # danger
        "в небезпеці", "небезпек", "терористичн",
    ),
    "ru": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "скорую", "скорая", "скорой помощи", "загорел",
        # violence, threats, weapons
        "бьет", "бьют", "избил", "избива", "побил", "ударил", "душит", "душил", "задуш", "пинает",
        "насильно", "напал", "нападение", "угрожа", "угроз", "убить", "убьет", "убью", "убивают",
        "убийств", "ножом", "с ножом", "нож$", "пистолет", "заперли", "запер меня", "заперла",
        "не выпускают", "не выпускает", "не отпускают", "ломится", "ломятся", "ломают дверь",
        "выламыва", "вламыва", "ограбили", "трогает меня", "лапает", "на меня руку", "руку на меня",
        "bjet", "byet", "ломает двер", "ломают двер", "запирает", "взаперти", "держит меня",
        "держат меня", "шантаж", "ворвался", "вломился", "кидается", "бросается на", "подсыпал",
        "домашнее насилие", "дома насилие", "насилие дома", "насилие в семье", "столкнул",
        "толкнул меня", "с лестницы", "выбил дверь", "выбили дверь", "выломал",
        # sexual violence
        "изнасил", "домогается", "пристает",
        # suicide, self-harm
        "самоубийств", "суицид", "не хочу жить", "не хочу больше жить", "хочу умереть", "умереть$",
        "покончить с собой", "покончу с собой", "наложить на себя руки", "наложу на себя руки",
        "убить себя", "убью себя", "порезать себя", "порежу себя", "режу себя", "навредить себе",
        "смысла жить", "не вижу смысла", "много таблеток", "наглотал", "передозир", "свести сч",
        "все закончить", "покончить со всем", "покончить с жизнью", "повеситься", "повешусь",
        "спрыгну", "выброшусь", "себя поранил", "поранила себя", "поранил себя", "себя порез",
        "вены$", "вены", "не хочу просыпаться", "закончить все", "закончить с жизнью",
        "больше существовать", "не хочу существовать", "умираю",
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
        # a child missing or in danger
        "ребенок пропал", "похит", "украли ребенка", "не вернулся", "не вернулась", "не вернулись",
        "не пришел домой", "не пришла домой", "сбежал из дома", "сбежала из дома", "убежал из дома",
        "убежала из дома",
        # fire, gas
        "пожар", "горит", "дым$", "запах газа", "пахнет газом", "утечка газа", "горим$", "горю$",
        # stalking, forced marriage
        "преследует", "следит за мной", "за мной следит", "за мной кто-то", "за мной идет",
        "за мной следят", "принудительн", "выдать замуж", "выдают замуж", "заставляют",
        "идет за мной", "ходит за мной", "бежит за мной", "гонится за мной", "за мной бежит",
        "за мной гонится",
        # danger
        "в опасности", "опасност", "террористическ",
    ),
    "fa": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "اورژانس", "آمبولانس", "امبولانس", "آتش نشانی", "ezterari", "orjans", "amboolans",
        "دود میاد", "دود میاید", "دود بلند",
        # violence, threats, weapons
        "کتک", "منو میزنه", "منو میزد", "مرا میزند", "مرا میزد", "منو زد", "مرا زد", "منو زده",
        "مرا زده", "خیابان زد", "خیابون زد", "میزنتم", "حمله کرد", "بهم حمله", "به من حمله", "حبس",
        "میزنه منو", "لت و کوب", "لت وکوب", "تهدید", "منو بکشه", "مرا بکشد", "منو میکشه",
        "مرا میکشد", "میخواد منو بکشه", "کشتن", "میکشمت", "خفه م کرد", "خفه ام کرد", "داره خفه",
        "چاقو", "تفنگ", "زخمی", "زندانی کرده", "زندانیم کرده", "حبسم", "در رو میشکنه",
        "در را میشکند", "در رو شکست", "نمیذاره از خونه", "نمیگذارد از خانه", "mano mizane",
        "mizane mano", "mara mizanad", "mizanatam", "kotak", "mano mikoshe", "قفل کرده", "رو میزنه",
        "را میزند", "مامانو میزنه", "مادرمو میزنه", "زنشو میزنه", "بچشو میزنه", "بچه هاشو میزنه",
        "با کمربند", "کمربند زد", "میشکنه", "دزدیدن", "باج گیری", "اخاذی", "نمیذاره برم بیرون",
        "نمیذاره بیرون", "خشونت خانگی", "خشونت در خانه", "bokosh", "رو میزنن", "را میزنن", "لت کرد",
        "لتم کرد", "لتم کرده", "mano zad", "mara zad", "mano zadan", "هل داد", "هلم داد", "از پله",
        "گلومو", "گلوم رو", "گلویم را", "داره میزنه", "داره منو",
        # sexual violence
        "تجاوز", "آزار جنسی", "اذیت جنسی", "دست درازی", "tajavoz",
        # suicide, self-harm
        "خودکشی", "خودمو بکشم", "خودم را بکشم", "خودمو میکشم", "بمیرم", "زنده باشم",
        "نمیخوام زندگی کنم", "نمیخواهم زندگی کنم", "به زندگیم پایان", "به زندگی ام پایان",
        "به زندگی‌ام پایان", "به زندگیم خاتمه", "تمومش کنم", "طاقت ندارم", "توان ندارم",
        "از زندگی خسته", "خسته شدم از زندگی", "زندگی معنی نداره", "دلیلی برای زندگی", "رگمو بزنم",
        "رگم را", "به خودم آسیب", "خودزنی", "قرص زیاد", "کلی قرص", "قرص خورده", "قرص خوردم",
        "دارو خورده", "خودمو پرت", "خودم را پرت", "خودمو دار", "bemiram", "khodkoshi", "khodkeshi",
        "khodamo", "khodam ro", "خودمو زخمی", "رگش را", "رگ دست", "نمیتونم ادامه بدم",
        "نمیخوام بیدار", "رگمو", "رگم رو", "رگشو زد", "رگشو بری",
        # medical
        "بیهوش", "به هوش نمیاد", "بهوش نمیاد", "از هوش رفت", "غش کرد", "نفس نمیکش", "نمیتونم نفس",
        "نمیتوانم نفس", "نفسش بند", "خونریزی", "خون میاد", "خون زیاد", "سکته", "حمله قلبی",
        "قفسه سینه", "درد سینه", "مسموم", "تشنج", "غرق شد", "غرق میشه", "تصادف کرد",
        "از پنجره افتاد", "از بالکن", "بالا نمیاد", "ناگهان افتاد", "یهو افتاد", "قلبم درد",
        "نفسم بالا نمیاد", "حالم خیلی بده", "سم خورد", "bihoosh", "bihush", "قورت داد", "آب جوش",
        "اب جوش", "سوختگی", "سوخته", "تکون نمیخوره", "نمیتونه بلند", "از پله افتاد", "سینم درد",
        "سینه ام درد", "sekte kard", "sekte kar", "خون ازم", "ازم خون", "خون میره", "خون بند نمیاد",
        "خونش بند نمیاد", "همه قرص", "قرص هاشو", "قرصاشو", "قلبش درد", "درد قلب", "میمیرم",
        # a child missing or in danger
        "پسرم گم", "دخترم گم", "بچه ام گم", "بچم گم", "بچه م گم", "بچه گم", "کودکم گم", "ناپدید",
        "ربوده", "بچه رو دزدیدن", "ادم ربایی", "آدم ربایی", "گروگان", "برنگشته", "خونه نیومده",
        "خانه نیامده", "gom shode", "فرار کرده", "از خونه فرار", "از خانه فرار",
        # fire, gas
        "آتش", "اتش", "آتیش", "اتیش", "داره میسوزه", "دود زیاد", "پر از دود", "بوی دود", "بوی گاز",
        "نشت گاز", "atash",
        # stalking, forced marriage
        "تعقیبم", "تعقیب میکن", "دنبالم میکن", "دنبالم میاد", "دنبالمه", "مزاحمم", "donbalam",
        "ازدواج اجباری", "زور شوهر", "زور عروس", "زور ازدواج", "به زور میخوان", "به زور میخواهند",
        "مجبورم میکنن", "مجبورم کنن", "مجبورم کردن", "مجبورم کرد", "ezdevaj ejbari", "دنبالم میدو",
        # danger
        "در خطر", "خطرم", "خطر$", "جانم در خطر", "dar khatar", "گروه تروریستی", "گروه های تروریستی",
    ),
    "ro": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "ambulanț", "ambulant", "pompier", "salvarea", "număr de urgență", "numar de urgenta",
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
        "pe scari", "spart ușa", "spart usa", "de gât", "de gat",
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
        # medical
        "infarct", "atac de cord", "accident vascular", "avc$", "inconștient", "inconstient",
        "leșin", "lesin", "pierdut cunoștința", "pierdut cunostinta", "nu respiră", "nu respira",
        "nu pot respira", "mult sânge", "mult sange", "hemorag", "durere în piept",
        "durere in piept", "dureri în piept", "dureri in piept", "convulsi", "criză de epilepsie",
        "criza de epilepsie", "otrăvit", "otravit", "intoxica", "nu se trezește", "nu se trezeste",
        "a căzut de la", "a cazut de la", "se îneacă", "se ineaca", "înecat", "inecat", "accident",
        "înghițit", "inghitit", "opărit", "oparit", "arsur", "s-a ars", "apă fierbinte",
        "apa fierbinte", "apă clocotită", "apa clocotita", "nu se mișcă", "nu se misca",
        "nu se poate ridica", "căzut pe scări", "cazut pe scari", "doare pieptul", "otrav", "otrăv",
        "de pe balcon", "de la balcon", "de la etaj", "pe geam", "toate pastilele",
        "toate medicamentele", "curge sânge", "curge sange", "sângerez", "sangerez", "sângerea",
        "sangerea", "sângerar", "sangerar", "sângera$", "sangera$",
        # a child missing or in danger
        "copilul a dispărut", "copilul a disparut", "răpit", "rapit", "nu a venit acasă",
        "nu a venit acasa", "nu s-a întors", "nu s-a intors", "fugit de acasă", "fugit de acasa",
        # fire, gas
        "incendiu", "foc$", "arde$", "ard$", "fum$", "miroase a gaz", "scurgere de gaz",
        # stalking, forced marriage
        "mă urmărește", "ma urmareste", "urmărește", "urmareste", "mă urmăresc", "ma urmaresc",
        "mă pândește", "ma pandeste", "căsătorie forțată", "casatorie fortata", "cu forța",
        "cu forta", "mă obligă", "ma obliga", "mă mărite", "ma marite", "mă mărită", "ma marita",
        "fuge după mine", "fuge dupa mine",
        # danger
        "în pericol", "in pericol", "grupare teroristă", "grupare terorista",
        "organizație teroristă", "organizatie terorista",
    ),
    "bg": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "линейка", "бърза помощ", "спешна помощ", "спешен случай", "запали се", "се запали",
        # violence, threats, weapons
        "бият", "би ме", "ме би", "пребиха", "пребил", "пребит", "удари ме", "ме удари", "ритат",
        "рита ме", "душеше", "душат", "души ме", "удуш", "нападна", "нападение", "заплашва",
        "заплах", "убие", "убия", "убият", "убиват", "с нож", "нож$", "ножа", "пистолет",
        "заключиха", "заключи ме", "заключен", "не ме пускат", "не ме пуска", "разбива вратата",
        "посегна", "ограбиха", "bie me", "опитва да влезе", "опитват да влязат", "ме пипа",
        "насилват", "насилва ме", "чупи вратата", "ме души", "ме душат", "държат ме", "държи ме",
        "затвори ме", "изнудва", "нахлу", "дебне", "домашно насилие", "дома има насилие",
        "насилие у дома", "насилие вкъщи", "бие детето", "бие децата", "бие жена", "бие майка",
        "me bie", "me bit", "бутна ме", "ме бутна", "разби вратата", "разбиха вратата",
        "за гърлото",
        # sexual violence
        "изнасил", "блудств", "тормоз",
        # suicide, self-harm
        "самоубий", "не искам да живея", "искам да умра", "да се убия", "ще се убия",
        "да се порежа", "порежа се", "нараня себе си", "не виждам смисъл", "смисъл да живея",
        "много хапчета", "изпих хапчета", "изпи хапчета", "гълтна хапчета", "повече да живея",
        "вече да живея", "край на живота", "да се обеся", "ще скоча", "нараних се", "порязах се",
        "вените", "вени$", "всичко да свърши", "да се събуждам", "да не се събудя",
        "всички хапчета",
        # medical
        "инфаркт", "инсулт", "получи удар", "безсъзнание", "припадна", "загуби съзнание", "не диша",
        "не мога да дишам", "задушава", "кръвта не спира", "боли сърцето", "болки в гърдите",
        "болка в гърдите", "гърч", "отрови", "отравяне", "падна от прозореца", "дави се", "давят",
        "катастрофа", "глътна", "погълна", "кърв", "може да диша", "попари", "изгор", "вряла вода",
        "не може да стане", "не мърда", "по стълбите", "в гърдите", "отров", "от балкона",
        "от прозореца", "хапчетата", "шише хапчета", "цяло шише", "умирам",
        # a child missing or in danger
        "детето изчезна", "отвлеч", "не се прибра", "не се е прибрал", "не можем да го намерим",
        "не можем да я намерим", "избяга от",
        # fire, gas
        "пожар", "дим$", "мирише на газ", "изтичане на газ", "гори$", "горят$", "горим$",
        # stalking, forced marriage
        "преследва", "следи ме", "ме следи", "следят ме", "принудителен брак", "насила",
        "да ме омъжат", "ме омъжват", "тича след мен", "гони ме", "ме гони",
        # danger
        "в опасност", "терористична", "терористичн",
    ),
    "pl": (
        # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
        "karetk", "pogotowie", "straż pożarn", "numer alarmowy", "nagły wypadek", "nagly wypadek",
        "zapalił się", "zapalil sie", "zapaliła się", "zapalila sie", "zapaliło się",
        "zapalilo sie",
        # violence, threats, weapons
        "mnie bije", "bije$", "bija$", "biją", "pobił", "pobil", "pobit", "uderzył", "uderzyl",
        "kopie mnie", "kopnął", "dusi mnie", "dusił", "dusil", "udusi", "napad", "napadł",
        "zaatakow", "grozi", "groźb", "grozb", "grożą", "groza", "zabij", "zabić", "zabic", "zabił",
        "zabil", "zabój", "zaboj", "morder", "nożem", "nozem", "nóż$", "noz$", "pistolet",
        "zamknął mnie", "zamknal mnie", "zamknęli mnie", "zamkneli mnie", "zamknęła mnie",
        "nie wypuszcza", "włamuje", "wlamuje", "włamanie", "wlamanie", "okradli", "obrabow",
        "dotyka mnie", "obmacuje", "wyważa drzwi", "wywaza drzwi", "wyłamuje", "wylamuje",
        "dobija się", "dobija sie", "trzymają mnie", "trzymaja mnie", "trzyma mnie", "więzi mnie",
        "wiezi mnie", "uwięzi", "uwiezi", "szantaż", "szantaz", "włamał", "wlamal", "wtargn",
        "przemoc domowa", "przemoc w domu", "przemocy domowej", "przemocy w domu", "z bronią",
        "z bronia", "zepchnął", "zepchnal", "popchnął mnie", "popchnal mnie", "pchnął mnie",
        "pchnal mnie", "wyważ", "wywaz",
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
        # medical
        "zawał", "zawal", "udar", "nieprzytomn", "stracił przytomność", "straciła przytomność",
        "przytomnosc", "przytomność", "zemdlał", "zemdlal", "nie oddycha", "nie mogę oddychać",
        "nie moge oddychac", "dusi się", "dusi sie", "krwawi", "krwotok", "krew leci",
        "klatce piersiowej", "klatka piersiowa", "drgawk", "padaczk", "zatru", "otru",
        "nie budzi się", "nie budzi sie", "wypadł z okna", "wypadla z okna", "wypadła z okna",
        "topi się", "topi sie", "utonął", "wypadek", "wypił płyn", "wypiła płyn", "wypiło płyn",
        "wypil plyn", "wypila plyn", "wypilo plyn", "wybielacz", "zakrztusi", "może oddychać",
        "moze oddychac", "oparz", "wrząt", "wrzat", "poparz", "nie rusza", "nie może wstać",
        "nie moze wstac", "ze schodów", "ze schodow", "w klatce", "trucizn", "z balkonu", "z okna",
        "spadł z", "spadl z", "spadła z", "spadla z", "spadło z", "spadlo z", "wszystkie tabletki",
        "całe opakowanie", "cale opakowanie", "umieram",
        # a child missing or in danger
        "dziecko zagin", "porwan", "porwał", "porwal", "nie wrócił do domu", "nie wrocil do domu",
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
        # danger
        "w niebezpieczeństwie", "w niebezpieczenstwie", "stoi pod drzwiami", "terrorystyczn",
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
    ),
    "ar": (
        # calls for help and rescue
        "ساعدوني", "ساعدونا", "النجدة", "نجدة", "الحقوني", "الحقني", "انقذوني", "أنقذوني", "انقذني",
        "أنقذني", "غيثوني", "فزعة", "sa3d", "sa3id", "sa3ed", "najde", "najda", "el7a2ouni",
        "il7a2ouni", "الحقونا", "اتركني", "فلتني", "لا تقرب", "تعالوا بسرعة", "تعالوا",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "شرطة", "شرطه", "بوليس", "عنف", "سلاح", "shorta",
        # someone missing or lost (a lost passport is not an emergency)
        "مفقود", "ضايع", "ضايعة", "ضاع", "وما رجع", "وما رجعت", "ما بعرف وين", "ما منعرف وين",
        # fear, screams, someone at the door
        "خايف", "خائف", "عم يصرخ", "عم تصرخ",
        # terror (sympathy for terrorists is a prevention question)
        "ارهاب", "إرهاب",
    ),
    "tr": (
        # calls for help and rescue
        "imdat", "yardım edin", "yardim edin", "kurtarın", "kurtarin", "beni kurtar", "yetişin",
        "yetisin", "acil$", "bırak beni", "birak beni", "yaklaşma", "yaklasma", "çabuk gelin",
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
    ),
    "ru": (
        # calls for help and rescue
        "помогите", "спасите", "спаси меня", "караул", "pomogite", "spasite", "отпусти меня",
        "не подходи", "приезжайте быстрее", "приезжайте скорее", "прекрати", "мне больно",
        "вызовите", "приезжайте",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "полици", "полиция", "насили", "оружие",
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
    ),
    "fa": (
        # calls for help and rescue
        "کمک کنید", "به دادم برس", "به دادمون برس", "نجاتم بد", "نجاتم ده", "komakam",
        "komak konid", "dadam beres", "کمکم کنید", "ولم کن", "نزدیکم نیا", "زود بیایید",
        "زود بیاین",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "پلیس", "polis$", "خشونت", "اسلحه",
        # someone missing or lost (a lost passport is not an emergency)
        "گم شد", "نمیدونن کجاست", "نمیدونم کجاست", "جواب نمیده",
        # fear, screams, someone at the door
        "میترسم", "جیغ",
        # terror (sympathy for terrorists is a prevention question)
        "تروریست",
    ),
    "ro": (
        # calls for help and rescue
        "ajutor", "ajutați-mă", "ajutati-ma", "ajutați ma", "ajutati ma", "salvați-mă",
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
    ),
    "bg": (
        # calls for help and rescue
        "помощ$", "помогнете", "спасете", "спаси ме", "pomosht", "pomognete", "пусни ме",
        "не се приближавай", "елате бързо", "спри$", "елате$",
        # police, violence, weapons, blood: alone an alarm, in "no police, just advice" not
        "полиция", "полицията", "насилие", "оръжие", "бие",
        # someone missing or lost (a lost passport is not an emergency)
        "изчезна", "изчезнал", "изгуби се", "загуби се", "се загуби", "се изгуби", "знаят къде е",
        "знам къде е", "не отговаря",
        # fear, screams, someone at the door
        "страх ме е", "ме е страх", "писъци",
        # terror (sympathy for terrorists is a prevention question)
        "терорист",
        # emergency numbers
        "166$",
    ),
    "pl": (
        # calls for help and rescue
        "pomocy", "ratunku", "ratujcie", "ratuj$", "pomóżcie", "pomozcie", "puść mnie", "pusc mnie",
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
    ),
}

# Alarm only when shouted or urgent: they are also how people ask the bot for its menu.
# Alarm only when shouted: also how people talk to the bot ("help, what can I ask here?").
WEAK_CRIES = (
    "hilfe$", "help$", "help me", "hilf mir", "yardım$", "yardim$", "yardım et$", "yardim et$",
    "کمک$", "کمکم کن$", "کمک کن$", "komak$", "помоги мне", "допоможи", "помогни ми", "pomóż mi",
    "pomoz mi", "ajută-mă", "ajuta-ma",
)

URGENCY = (
    "schnell", "sofort", "dringend", "quick", "fast$", "urgent", "asap", "hurry", "acil$",
    "çabuk", "cabuk", "hemen", "терміново", "швидше", "скоріше", "срочно", "скорее", "быстрее",
    "спешно", "бързо", "بسرعة", "مستعجل", "فورا", "فوری", "سریع", "repede", "szybko", "pilne",
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
        # thanks, "not urgent", "help me with ..."
        "nicht dringend", "kein notfall", "danke", "hilf mir bei", "helfen sie mir bei",
        "helft mir bei",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "keine polizei", "nicht zur polizei", "ohne polizei", "rat$", "ratschlag", "ausländer",
        "auslaender", "fremde", "sympathis", "radikal", "extremis", "salafi", "islamis", "ausland",
        "gruppe", "dschihad", "isis$",
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
        # thanks, "not urgent", "help me with ..."
        "not urgent", "no emergency", "not an emergency", "thank", "help me with",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "advice", "radical", "extremis", "group", "abroad", "jihad", "daesh", "video",
        "don't want police", "dont want police", "no police", "not the police",
        "don't want to go to police", "foreigners", "sympathi", "sympathis",
    ),
    "ar": (
        # services, their paperwork and documents ("my passport is lost")
        "وظيفة", "سيرة ذاتية", "كورس", "دورة", "روضة", "حضانة", "كيتا", "جواز", "بطاقة", "اقامة",
        "إقامة", "هوية", "محفظة", "استمارة", "ترجم", "موعد", "استشار", "جمعية", "فعالية", "دوام",
        "القائمة", "اوراق", "أوراق", "شقة", "سكن$", "معاملة", "شغل$", "اتعلم", "تعلم",
        "سيرة الذاتية", "السي في", "جوب سنتر", "نامه",
        # thanks, "not urgent", "help me with ..."
        "مو مستعجل", "مش مستعجل", "شكرا",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "خايف على", "خايفة على", "خايف عليه", "خايفة عليه", "خايف عليها", "خايفة عليها", "تطرف",
        "متطرف", "جماعات", "مجموعة", "داعش", "جهاد", "ما بدي بوليس", "ما بدي شرطة", "بدون شرطة",
        "نصيحة",
    ),
    "tr": (
        # services, their paperwork and documents ("my passport is lost")
        "iş bul", "iş ara", "iş ilan", "iş yeri", "işyeri", "cv$", "özgeçmiş", "ozgecmis",
        "başvuru", "basvuru", "kurs", "ders", "kreş", "kres", "anaokul", "kita", "bakım", "bakim",
        "bakıcı", "bakici", "staj", "form", "doldur", "pasaport", "kimlik", "kart$", "kartı",
        "karti", "kartım", "kartim", "oturum", "belge", "evrak", "cüzdan", "cuzdan", "tercüme",
        "tercume", "çeviri", "ceviri", "randevu", "danışman", "danisman", "etkinlik", "açık mı",
        "acik mi", "menü", "menu", "eşya", "esya", "büro", "buro", "ev arıyorum", "ev ariyorum",
        "ev arıyoruz", "ev ariyoruz", "öğren", "ogren",
        # thanks, "not urgent", "help me with ..."
        "bulmama yardım", "bulmama yardim", "acil değil", "acil degil", "teşekkür", "tesekkur",
        "sağol", "sagol",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "radikal", "grup$", "işid", "isid", "cihat", "aşırı", "asiri", "polise gitmek istemiyorum",
        "polis istemiyorum", "tavsiye", "cihad", "sempati",
    ),
    "uk": (
        # services, their paperwork and documents ("my passport is lost")
        "робот", "резюме", "cv$", "курс", "садок", "садочок", "заповн", "паспорт", "посвідк",
        "картк", "гаманець", "переклад", "анкет", "форм", "заяв", "antrag", "запис", "консульт",
        "документ", "захід", "житло", "квартир", "меню", "вивч", "джобцентр",
        # thanks, "not urgent", "help me with ..."
        "дякую", "допоможіть з ", "допоможіть із ",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "радикал", "екстрем", "груп", "за кордон", "іділ", "джихад", "не хочу поліц", "без поліц",
        "порад", "свастик", "чужих", "симпатиз",
    ),
    "ru": (
        # services, their paperwork and documents ("my passport is lost")
        "работ", "резюме", "cv$", "курс", "садик", "детсад", "заполн", "паспорт",
        "вид на жительство", "карт", "кошел", "перевест", "перевод", "анкет", "форм", "заявлен",
        "antrag", "запис", "консульт", "документ", "мероприят", "жиль", "квартир", "меню",
        "выучить", "изуч", "джобцентр",
        # thanks, "not urgent", "help me with ..."
        "спасибо", "помогите с ", "помогите со ",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "радикал", "экстрем", "групп", "за границ", "за рубеж", "игил", "джихад", "не хочу полиц",
        "без полиц", "посовет", "совет", "свастик", "чужих", "симпатиз",
    ),
    "fa": (
        # services, their paperwork and documents ("my passport is lost")
        "رزومه", "کلاس", "دوره", "کودکستان", "فرم", "ترجمه", "نوبت", "مشاوره", "انجمن", "کار پیدا",
        "خونه پیدا", "فورم", "هزینه", "دنبال کار", "کارت", "اقامت", "پاسپورت", "مدارک", "مهدکودک",
        "مهد کودک", "یاد بگیرم", "یادگیری", "نامه", "جاب سنتر",
        # thanks, "not urgent", "help me with ..."
        "مرسی", "تشکر", "ممنون",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "افراط", "رادیکال", "گروه", "تندرو", "داعش", "جذب", "efrat", "نمیخوام پلیس", "بدون پلیس",
    ),
    "ro": (
        # services, their paperwork and documents ("my passport is lost")
        "munc", "job", "cv$", "curs", "grădiniț", "gradinit", "creșă", "cresa", "pașaport",
        "pasaport", "buletin", "card$", "permis", "portofel", "complet", "formular", "cerere",
        "tradu", "programare", "consilier", "eveniment", "locuinț", "locuint", "chirie", "meniu",
        "juridic", "avocat", "șomaj", "somaj", "interviu", "angaj", "acte", "învăț", "invat",
        # thanks, "not urgent", "help me with ..."
        "mulțumesc", "multumesc", "mersi", "ajutor cu", "ajutor la", "ajutor pentru",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "radical", "extremis", "grup", "nu vreau poliț", "nu vreau polit", "sfat", "străin",
        "strain", "simpatiz",
    ),
    "bg": (
        # services, their paperwork and documents ("my passport is lost")
        "работ", "cv$", "автобиограф", "курс", "градин", "кита", "ясла", "паспорт", "карта",
        "портфейл", "попълн", "превод", "документ", "консулт", "събити", "квартир", "жилищ", "меню",
        "науча",
        # thanks, "not urgent", "help me with ..."
        "благодаря", "помощ с ", "помощ със",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "радикал", "екстрем", "груп", "чужбин", "не искам полиц", "без полиц", "съвет", "чужд",
        "симпатиз",
    ),
    "pl": (
        # services, their paperwork and documents ("my passport is lost")
        "prac", "cv$", "życiorys", "zyciorys", "kurs", "przedszkol", "żłob", "zlob", "paszport",
        "dowód", "dowod", "karta", "karty", "dokument", "portfel", "wypełni", "wypelni",
        "formularz", "wniosk", "wniosek", "tłumacz", "tlumacz", "termin", "doradz", "porad",
        "wydarzen", "mieszkani", "otwarte", "menu", "nauczyć", "nauczyc", "uczyć się", "uczyc sie",
        # thanks, "not urgent", "help me with ..."
        "dziękuję", "dziekuje", "pomocy z ", "pomocy przy", "pomóż mi z ", "pomoz mi z ",
        # worries about radicalisation, "no police, just advice" (find_prevention_help)
        "radykal", "ekstrem", "grup", "za granic", "nie chcę policji", "nie chce policji",
        "bez policji", "rady$", "rada$", "obcokrajow", "sekt", "sympatyz",
    ),
}

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
WORD_START = r"(?<![^\W_])"
WORD_END = r"(?![^\W_])"

# Letters that casefolding and accent stripping leave apart although users type them alike.
_FOLD_TABLE = str.maketrans(
    {
        "ı": "i", "ł": "l", "\u200c": " ", "’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'",
        "ک": "ك", "ی": "ي", "ى": "ي", "ة": "ه", "ـ": None,
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)  # fmt: skip
# Combining marks: Latin and Cyrillic accents, Arabic vowel signs, hamza and madda.
_MARKS = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_REPEATED_LETTERS = re.compile(r"([^\W\d_])\1+")
_ELONGATED = re.compile(r"([^\W\d_])\1\1")  # "hilfeee": a letter held down
_FARSI_VERB_PREFIX = re.compile(r"(?<![^\W_])(ن?مي) (?=[\u0600-\u06ff])")
_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    """Casefold, drop accents and Arabic marks, unify Farsi/Arabic letters, collapse letters
    repeated for emphasis and join the Farsi verb prefix `می` to its verb (`می خوام`,
    `می‌خوام` and `میخوام` are one spelling); applied alike to the text and the keywords."""
    text = unicodedata.normalize("NFD", text.casefold().translate(_FOLD_TABLE))
    text = _MARKS.sub("", text)
    text = _REPEATED_LETTERS.sub(r"\1", text)
    text = _FARSI_VERB_PREFIX.sub(r"\1", text)
    return _SPACES.sub(" ", text)


def _keyword_regex(keywords: Iterable[str]) -> str:
    """One regex for a keyword list: word start for non-Arabic scripts, word end where a keyword
    ends in `$`. Each of the four kinds is a trie ("ab|ac" as "a(?:b|c)"), so a search costs
    microseconds instead of trying a thousand alternatives at every position."""
    kinds: dict[tuple[str, str], set[str]] = {}
    for keyword in keywords:
        folded = _fold(keyword.removesuffix("$"))
        start = "" if ARABIC_SCRIPT.search(folded) else WORD_START
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


def _all(lists: dict[str, tuple[str, ...]]) -> list[str]:
    return [keyword for keywords in lists.values() for keyword in keywords]


class _Patterns(NamedTuple):
    stems: re.Pattern[str]
    cries: re.Pattern[str]
    weak_cries: re.Pattern[str]
    urgency: re.Pattern[str]
    services: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compiled once, on the first message (about 0.1 s)."""
    lists = (_all(STEMS), _all(CRIES), WEAK_CRIES, URGENCY, _all(SERVICE_WORDS))
    return _Patterns(*(re.compile(_keyword_regex(keywords)) for keywords in lists))


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
    folded = _fold(text)
    if patterns.stems.search(folded):
        return True
    if patterns.services.search(folded):
        return False
    if patterns.cries.search(folded):
        return True
    return patterns.weak_cries.search(folded) is not None and _shouted(text, folded, patterns)


def emergency_numbers() -> dict[str, str]:
    return dict(EMERGENCY_NUMBERS)
