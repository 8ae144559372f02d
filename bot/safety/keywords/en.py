"""English keywords of the safety net (`bot.safety` matches them)."""

from bot.safety.keywords import near

# fmt: off
# Word lists for the quiet crises (farewells, final arrangements, means at hand, "I've
# decided") and the wordless dangers (locked in, passports held, forced marriage, a fall, a
# child not home) among the keywords below.

# Words that often stand between a reason and the phrase it explains ("we're moving to Munich
# next month so I just wanted to say goodbye"): as an idiom part each also matches the start of
# a longer word ("i" in "i'm", "it", "in"; "th" in "the", "this", "that", "there").
_MIDS = ("i", "and", "to", "my", "so", "th", "a", "we", "just", "for", "when", "because",
         "next", "but")
_I_AM = ("i'm", "im", "i am")
_FAMILY = (
    "my wife", "my husband", "my kids", "my children", "my son", "my daughter", "my mum",
    "my mom", "my mother", "my dad", "my father", "my parents", "my family", "my sister",
    "my brother", "my girlfriend", "my boyfriend", "my partner", "the kids",
)
_KIDS_PETS = (
    "kids", "children", "son", "daughter", "baby", "boys", "girls", "twins", "dog", "cat",
    "cats", "dogs", "pets", "bird", "rabbit",
)
_GONE = (
    *(f"{i} {gone}" for i in _I_AM for gone in (
        "dead", "no longer alive", "not alive anymore", "not alive any more", "gone for good",
        "gone forever", "gone", "not here anymore", "no longer here", "not around anymore",
        "no longer around", "not alive",
    )),
)
# An old person's will, a pension, a hospital stay, a holiday or a move named beside "when I'm
# gone" (IDIOMS)
_NOT_DEATH = (
    "my will", "a will", "last will", "testament", "inheritance", "inherit", "pension",
    "estate", "power of attorney", "retire", "when i'm old", "when im old", "when i am old",
    "old age", "life insurance policy", "holiday", "vacation", "trip", "travel", "hospital",
    "surgery", "operation", "rehab", "moving", "move", "relocat", "abroad", "visiting",
    "back home",
)
# Moves, courses, jobs and holidays: a farewell or things given away for them (IDIOMS)
_LEAVING = (
    "moving", "move", "moved", "going back", "leaving for", "leaving germany",
    "leaving gütersloh", "course", "class", "last day", "job", "holiday", "vacation", "trip",
    "airport", "colleagues", "teacher", "before we", "before i leave", "flying", "flight",
    "new city", "new job", "retire", "graduat", "back home", "moving back", "relocat", "new flat",
    "smaller flat", "exam", "integration course", "language course", "sprachkurs",
)
_FAREWELLS = ("say goodbye", "say bye", "say my goodbyes", "goodbye forever",
              "goodbye for good")
_BOSSES_EN = (
    "boss", "employer", "agency", "agency guy", "agent", "foreman", "supervisor", "manager",
    "farmer", "husband",
)
_PASSPORTS_EN = ("passports", "passport", "id cards", "ids")
_YOUNG_EN = ("12", "13", "14", "15", "16", "17", "fifteen", "sixteen", "seventeen")

# "I've made my decision" and its twins
_DECIDED = ("made my decision", "made up my mind", "mind is made up", "decided",
            "decision is made", "decision is final")
# a final farewell right after the decision (not "thanks for your help")
_BYE = ("thanks for everything", "thank you for everything", "please don", "don't reply",
        "dont reply", "don't try", "dont try", "don't look for", "dont look for", "goodbye",
        "forgive me", "i love you")
# a move, a new job, a course or an exam decided on ("I've decided, thanks for everything, I'm
# moving to Berlin")
_PLANS = ("moving", "move to", "relocat", "going back", "flat", "apartment", "job",
          "course", "class", "exam", "b1", "b2", "study", "university", "school",
          "training", "apprenticeship", "wedding")
_WHEN = ("tomorrow", "tonight", "today", "this weekend", "friday", "sunday")
_WHO = ("mama", "mom", "mum", "mother", "dad", "papa", "baba", "brother", "bro", "sister",
        "everyone", "all of you", "my love")
_CLOSE_FAMILY = ("my kids", "my children", "my daughter", "my son", "my baby", "my family",
                 "my mom", "my mum", "my wife", "my husband")
# a holiday, a hospital stay, a shift or a move: nobody to feed the cat then
_AWAY = ("holiday", "vacation", "trip", "travel", "hospital", "surgery", "work", "shift",
         "course", "moving")
_MOVES = ("moving", "move", "moved", "relocat", "going back", "leaving", "new flat",
          "smaller flat", "before we left", "before i left", "came to germany", "fled",
          "declutter", "outgrew")
# ordinary reasons to leave a key under the mat (the landlord only before it: "so the landlord
# can get in after" is a farewell)
_KEY_REASONS = (
    "holiday", "vacation", "trip", "neighbo", "cleaner", "plumber", "handyman", "electrician",
    "technician", "repair", "package", "parcel", "delivery", "sitter", "feed", "water the",
    "plants", "guest", "visitor", "airbnb", "moving", "move out", "moved out", "handover",
    "hand over", "caretaker", "hausmeister", "locked out", "viewing",
)
_KEEPERS = ("family", "parents", "father", "dad", "mother", "mom", "mum", "in-laws",
            "brother", "uncle")

STEMS: tuple[str, ...] = (
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
    # "when I'm no longer alive / dead / gone for good": arrangements made for after one's death
    # (not beside a will, a pension, a holiday or a move: IDIOMS; "when I die" alone is too
    # common in old people's will questions)
    *(f"{when} {gone}" for when in ("when", "once", "after", "if") for gone in _GONE
      if when != "if" or not gone.endswith(" gone")),
    *(f"{i} {wont} be alive" for i in ("i", "im", "i'm", "i am") for wont in (
        "won't", "wont", "will not", "not going to", "ain't gonna", "not gonna", "won't even",
    )),
    "i'll not be alive", "ill not be alive", "not be alive much longer", "not be alive by",
    "won't be around much longer", "wont be around much longer", "not be around much longer",
    "won't be here much longer", "wont be here much longer",
    # who looks after my children or pet "after me", "if there's no parent anymore"
    *(f"my {kids} after me" for kids in _KIDS_PETS),
    *(f"if {theres} no {parent} {anymore}" for theres in ("there's", "theres", "there is")
      for parent in ("parent", "parents", "mother", "mom", "mum", "father", "dad")
      for anymore in ("anymore", "any more", "left")),
    "no parent anymore", "no parents anymore", "no parent left",
    # "not coming on Monday. or ever"
    *(f"{day}{sep}or ever" for day in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", "tomorrow", "next week", "tonight",
                                        "boss", "work", "job", "school", "course", "class",
                                        "shift", "again", "back", "anymore")
      for sep in (". ", ", ", "... ", " - ")),
    "or ever again.", "or ever.", "or ever!", "not coming back. ever",
    # farewells: the last message, "you won't hear from me again", "last thing I'll ever ask",
    # "just wanted to say goodbye" (not for a move, a course or a holiday: IDIOMS)
    "last message from me", "last message you'll get", "last message you will get",
    "last message you'll ever", "last message i'll ever", "last message i will ever",
    "last message i'll send", "last message i will send", "my final message",
    "final message from me", "my last words", "my final words",
    *(f"{wont} hear from me {again}" for wont in ("won't", "wont", "will not", "never",
                                                    "will never", "won't ever", "wont ever")
      for again in ("again", "anymore", "any more", "after today", "after tonight")),
    *(f"last thing {ill} ever" for ill in ("i'll", "ill", "i will")),
    "goodbye forever", "bye forever", "farewell forever", "goodbye for good",
    "goodbye for the last time", "saying goodbye for good",
    *(f"{just} wanted to say goodbye" for just in ("just", "only", "i just")),
    "just wanted to say bye", "just want to say goodbye", "just wanted to say my goodbyes",
    "by the time you read this", "if you're reading this i'm", "if you are reading this i'm",
    "if youre reading this im", "when you read this i'll be", "when you read this ill be",
    "when you read this i will be", "i'm already gone", "im already gone",
    *(f"{nobody} {will} miss me" for nobody in ("nobody", "no one", "noone", "no-one")
      for will in ("will", "would", "is going to", "will even", "would even")
      if (nobody, will) != ("nobody", "would")),
    *(f"notice {when} {i} gone" for when in ("if", "when", "that") for i in _I_AM),
    "won't be missed", "wont be missed",
    *(f"{wont} be a {burden} {long}" for wont in ("won't", "wont", "will not", "soon i won't",
                                                  "not")
      for burden in ("burden", "problem", "bother") for long in (
          "anymore", "any more", "much longer", "for long", "to anyone anymore",
          "for anyone much longer", "to anyone much longer", "to anyone for long")),
    # sorry, "she deserved better than me", love told in the past tense ("tell her her mom loved
    # her more than anything"; not "how do I tell her her dad loved her": IDIOMS)
    *(f"tell {who} {that}{i} sorry" for who in _FAMILY for that in ("", "that ")
      for i in _I_AM),
    *(f"deserve{s} better than me" for s in ("", "s", "d")),
    *(f"tell {whom} {that}{who} {always}loved {obj}"
      for whom in ("her", "him", "them", "my kids", "my children", "my son", "my daughter",
                   "my wife", "my husband", "my family")
      for that in ("", "that ")
      for who in ("i", "her mom", "her mum", "her dad", "his mom", "his mum", "his dad",
                  "their mom", "their dad", "mommy", "daddy", "mama", "papa")
      for always in ("", "always ") for obj in ("her", "him", "them", "you")),
    # letters left for the children ("wrote letters for both my kids"; not a letter to my
    # kids' school: IDIOMS)
    *(f"{wrote} {letters} {to} {kids}" for wrote in ("wrote", "written", "left")
      for letters in ("letters", "goodbye letters", "a letter each", "letters each")
      for to in ("for", "to") for kids in ("both my kids", "my kids", "my children",
                                           "each of my", "both my children", "each kid",
                                           "each child")),
    *(f"{letters} {so} {they} {find}" for letters in ("leave the letters", "leave the letter",
                                                      "letters", "leave them")
      for so in ("so", "where") for they in ("they", "they'll", "they will", "she", "he")
      for find in ("find them", "can find them", "will find them", "find it", "will find it")),
    # means acquired: a rope, saved-up pills, razor blades on the table (rope for a move or a
    # tent, pills for a trip: IDIOMS)
    *(f"{bought} {a}rope" for bought in ("bought", "got", "got myself", "bought myself",
                                          "bought me")
      for a in ("a ", "some ", "the ")),
    "rope is ready", "rope is hanging", "rope around my neck", "rope around his neck",
    "rope around her neck", "noose",
    *(f"{saving} my {pills}" for saving in ("saving up", "saved up", "been saving",
                                            "been saving up", "hoarding", "hoarded",
                                            "stockpiling", "stockpiled", "hiding", "hid")
      for pills in ("pills", "tablets", "meds", "medication", "sleeping pills", "painkillers")),
    *(f"{got} enough {pills}" for got in ("collected", "gathered", "bought", "saved", "got",
                                          "stocked up")
      for pills in ("pills", "tablets", "sleeping pills", "painkillers")),
    *(f"enough {pills} {now}" for pills in ("pills", "tablets", "sleeping pills", "painkillers")
      for now in ("saved", "together", "collected", "saved up", "at last", "to do it",
                  "to die", "to end", "to not wake")),
    *(f"{blades} {are} {ready}" for blades in ("blades", "razor blades", "razor blade", "blade")
      for are in ("are", "is", "are all", "is all", "are already", "is already")
      for ready in ("ready", "on the table", "next to me", "in front of me", "laid out",
                    "here with me")),
    "blades ready", "razor blades ready", "blades next to me", "blades in front of me",
    "laid out the blades", "laid out the pills", "laid out the rope",
    *(f"on my way to the {place}" for place in ("bridge", "tracks", "train tracks",
                                                 "railway", "roof", "cliff")),
    # "I just wanted someone to know" (not "... to know how rude they were": IDIOMS), "I tried
    # and woke up again"
    *(f"{just}{want} {someone} to know" for just in ("just ", "only ", "")
      for want in ("wanted", "want") for someone in ("someone", "somebody", "one person")
      if just or want == "wanted"),
    "unfortunately i woke up", "woke up again unfortunately", "sadly i woke up",
    "sadly i'm still alive", "sadly im still alive", "unfortunately still alive",
    "unfortunately i'm still alive", "unfortunately im still alive", "still alive unfortunately",
    "survived unfortunately", "it didn't work and i'm still", "it didnt work and im still",
    # giving everything away (not before a move: IDIOMS)
    *(f"{giving} away all my {stuff}" for giving in ("giving", "gave", "given", "give")
      for stuff in ("stuff", "things", "belongings", "possessions", "stuff away")
      if giving not in ("gave", "given") or stuff != "things"),
    *(f"{giving} away everything {i}" for giving in ("giving", "gave", "given", "give")
      for i in ("i own", "i have", "i had", "i ever")),
    *(f"{giving} all my {stuff} away" for giving in ("giving", "gave", "given", "give")
      for stuff in ("stuff", "things", "belongings", "possessions")),
    *(f"{gave} away my {pet} and" for gave in ("gave", "given", "giving")
      for pet in ("cat", "dog", "cats", "dogs", "pets", "bird", "rabbit")),
    *(f"{gave} my {pet} away and" for gave in ("gave", "given", "giving")
      for pet in ("cat", "dog", "cats", "dogs", "pets")),
    "one of them will be mine", "the next one will be mine", "next train will be mine",
    # locked in: not allowed to leave (not a child kept in, nor quarantine: IDIOMS), the door
    # locked from outside when he goes to work, the boss keeps the passports
    *(f"{allowed} to {leave} the {place}" for allowed in ("not allowed", "aren't allowed",
                                                           "arent allowed", "isn't allowed",
                                                           "isnt allowed", "not let")
      for leave in ("leave", "go out of", "get out of")
      for place in ("house", "flat", "apartment", "room", "warehouse", "container", "compound",
                    "property", "home")),
    *(f"{cant} {leave} the {place}" for cant in ("can't", "cant", "cannot", "can not")
      for leave in ("leave", "go out of", "get out of")
      for place in ("warehouse", "container", "compound")),
    *(f"{cant} {leave} the {place} for {time}" for cant in ("can't", "cant", "cannot")
      for leave in ("leave", "go out of") for place in ("flat", "house", "apartment", "room")
      for time in ("weeks", "days", "months")),
    *(f"{cant} {go} without {whom}" for cant in ("can't", "cant", "cannot", "not allowed to")
      for go in ("go out", "go outside") for whom in ("him", "them", "the boss",
                                                      "his permission", "their permission")),
    *(f"locked from {the}outside" for the in ("", "the ")),
    *(f"locks {what} when {he} {goes}" for what in ("the door", "the gate", "us in", "me in",
                                                    "the flat", "the room")
      for he in ("he", "she", "they", "the boss")
      for goes in ("goes to work", "go to work", "is at work", "are at work", "leaves for work",
                   "goes shopping")),
    *(f"locks {us} in when {he}" for us in ("us", "me", "her", "the kids")
      for he in ("he", "she", "they")),
    *(f"locks {us} in {when}" for us in ("us", "me", "her") for when in (
        "every day", "every night", "all day", "at night", "again")),
    *(f"{he} locks the {gate} {when}" for he in ("boss", "husband", "employer", "foreman",
                                                 "farmer")
      for gate in ("gate", "door") for when in ("every night", "at night", "every day",
                                                 "behind him", "behind us", "from outside")),
    *(f"{boss} {keeps} {our} {papers}" for boss in _BOSSES_EN
      for keeps in ("keeps", "kept", "took", "takes", "is keeping", "holds", "confiscated",
                    "won't give back", "wont give back")
      for our in ("our", "my", "all our") for papers in _PASSPORTS_EN),
    *(f"{wont} give {us}{our} {papers} back" for wont in ("won't", "wont", "will not",
                                                          "doesn't", "doesnt", "refuses to",
                                                          "refuse to")
      for us in ("", "us ", "me ") for our in ("our", "my", "the")
      for papers in _PASSPORTS_EN),
    *(f"no {salary}{sep}no {passport}" for salary in ("salary", "pay", "money", "wages")
      for sep in (" ", ", ", " and ", ". ") for passport in ("passport", "passports", "papers")),
    *(f"{boss} took my phone" for boss in ("husband", "boss", "father", "dad", "brother",
                                           "employer", "foreman", "family", "uncle")),
    *(f"{hurt} {our} {kids}" for hurt in ("hurts", "hurt", "hurting", "harm", "harms")
      for our in ("our", "my") for kids in ("kids", "children", "family", "son", "daughter")),
    *(f"{make} {her} {work} with men" for make in ("make", "makes", "made", "force", "forces",
                                                   "forced", "making", "forcing")
      for her in ("her", "me", "us", "them", "the girls", "the women")
      for work in ("work", "sleep", "be", "go")),
    # forced marriage abroad: a minor taken to marry, "they say holiday but", a man she never met
    *(f"{married}{sep}{i} {age}" for married in ("to get married", "to marry", "get married",
                                                 "to marry him", "to be married")
      for sep in (". ", ", ", " and ") for i in ("i'm", "im", "i am", "she's", "she is")
      for age in _YOUNG_EN),
    *(f"{say}{its}{a}{holiday} but" for say in ("say", "said", "says", "saying", "tell me",
                                                 "told me")
      for its in (" ", " we go on ", " we're going on ", " it's just ", " its just ",
                  " it's only ", " its only ")
      for a in ("", "a ") for holiday in ("holiday", "vacation", "family visit")),
    *(f"marry {a} {she} {never}" for a in ("a man", "someone", "a guy", "an old man",
                                            "a stranger", "a cousin", "my cousin")
      for she in ("she", "i", "she's", "i've", "she has", "i have")
      for never in ("never met", "never seen", "doesn't know", "doesnt know", "don't know",
                    "dont know", "does not know", "do not know")),
    "marry a stranger", "marry a much older man", "marry an old man",
    "married off", "marry her off", "marrying her off", "marry off", "marry my sister off",
    *(f"{sending} me {back}to {country} to {marry}" for sending in (
        "sending", "taking", "send", "take", "sent", "taken", "flying", "ship", "shipping")
      for back in ("", "back ") for country in (
        "iraq", "syria", "turkey", "pakistan", "afghanistan", "iran", "lebanon", "morocco",
        "algeria", "egypt", "somalia", "eritrea", "yemen", "bangladesh", "india", "kosovo",
        "albania", "our country", "their country", "the home country")
      for marry in ("marry", "get married", "be married")),
    *(f"being sent {back}to {country} to {marry}" for back in ("", "back ") for country in (
        "iraq", "syria", "turkey", "pakistan", "afghanistan", "iran", "lebanon", "morocco",
        "somalia", "eritrea", "yemen", "bangladesh", "india", "kosovo", "our country")
      for marry in ("marry", "get married", "be married")),
    *(f"{dont} want to {marry}" for dont in ("don't", "dont", "do not")
      for marry in ("marry him", "marry that man", "marry this man", "marry my cousin")),
    # a child taken from the Kita against my will, a child not back from school, a child
    # nobody can find
    *(f"{took} {kids} from {the}{school} without" for took in ("took", "picked up", "taken",
                                                                "collected")
      for kids in ("my kids", "our kids", "my children", "our children", "my son", "our son",
                   "my daughter", "our daughter", "my 2 kids", "my two kids", "my child",
                   "the kids", "the children")
      for the in ("the ", "") for school in ("kita", "school", "kindergarten", "daycare",
                                             "nursery", "ogs")),
    *(f"{he} {wants} to take {them} {back}to {country}"
      for he in ("he", "she", "they") for wants in ("wants", "want", "is going", "will",
                                                    "threatens", "is trying")
      for them in ("them", "her", "him", "the kids", "my kids", "our kids", "my son",
                   "my daughter", "our son", "our daughter", "the children")
      for back in ("back ", "") for country in ("our country", "his country", "her country",
                                                "their country")),
    *(f"{didnt} come back from {school}" for didnt in ("didn't", "didnt", "did not", "hasn't",
                                                       "hasnt", "has not", "never")
      for school in ("school", "kita", "kindergarten", "the park", "the playground",
                     "training", "football", "practice", "the shop", "the bus stop")),
    *(f"never came {home}" for home in ("home", "back home", "back from")),
    *(f"following my {who}" for who in ("daughter", "son", "kids", "child", "children", "wife",
                                        "sister", "girl", "boy")),
    *(f"{asked} {her} to get {into} {car}" for asked in ("asked", "tried to get",
                                                         "trying to get", "is asking",
                                                         "keeps asking", "wants")
      for her in ("her", "him", "my son", "my daughter", "the kids", "my child")
      for into in ("in", "in to", "into") for car in ("his car", "the car", "a car", "his van",
                                                       "the van", "a van")),
    *(f"{nobody} knows where {he} {is_}" for nobody in ("nobody", "no one", "noone", "no-one")
      for he in ("he", "she", "they", "my son", "my daughter", "the child", "the kids")
      for is_ in ("is", "are", "went", "has gone", "is now")),
    *(f"{searching} for {him} since" for searching in ("searching", "looking")
      for him in ("him", "her", "them", "my son", "my daughter", "my child", "my kid",
                  "the kids")),
    # swallowed cleaning products, an old person on the floor for hours, not eating or drinking
    *(f"{drank} {some}{product}" for drank in ("drank", "drunk", "swallowed", "drinking",
                                               "sipped")
      for some in ("some ", "some of the ", "the ", "a bit of ", "")
      for product in ("dishwasher liquid", "dishwasher detergent", "dish soap",
                      "washing-up liquid", "washing up liquid", "laundry detergent", "detergent",
                      "cleaning liquid", "window cleaner", "toilet cleaner", "drain cleaner",
                      "descaler", "lamp oil", "antifreeze", "nail polish remover",
                      "disinfectant", "fabric softener", "softener", "oven cleaner",
                      "dishwashing liquid", "floor cleaner", "white spirit", "e-liquid",
                      "vape liquid")),
    *(f"{who} {is_}on the floor" for who in ("dad", "mum", "mom", "father", "mother", "grandma",
                                             "grandpa", "granny", "grandad", "granddad",
                                             "grandfather", "grandmother", "nan", "nana",
                                             "opa", "oma", "husband", "wife", "old man",
                                             "old lady", "old woman", "uncle", "aunt")
      for is_ in ("", "is lying ", "lying ", "is still ", "still ", "has been ", "fell ",
                  "fell down ", "collapsed ")),
    *(f"{cant} {lift} {him}" for cant in ("can't", "cant", "cannot")
      for lift in ("lift", "get", "pick") for him in ("him off the floor", "her off the floor",
                                                      "him up off", "her up off")),
    *(f"{cant} lift {him}" for cant in ("can't", "cant", "cannot") for him in ("him", "her")),
    "too heavy for me to lift", "too heavy to lift him", "too heavy to lift her",
    *(f"lying {where} since" for where in ("in the kitchen", "in the bathroom", "in the hall",
                                           "in the hallway", "in the bedroom", "there",
                                           "on the stairs", "in the garden")),
    *(f"been lying there {since}" for since in ("since", "for hours", "for an hour", "all")),
    *(f"haven't seen {him} {when}" for him in ("him", "her", "them")
      for when in ("for a week", "in a week", "in days", "since last week", "for a few days")),
    *(f"havent seen {him} {when}" for him in ("him", "her") for when in ("for days",
                                                                        "for a week")),
    *(f"or {eaten} {in_}" for eaten in ("eaten", "eaten anything", "drunk", "drunk anything",
                                        "drank anything")
      for in_ in ("in days", "for days", "in two days", "in three days", "in 2 days",
                  "in 3 days", "in 4 days", "in 5 days", "in a week", "since")),
    "fell and can't get up", "fell and cant get up", "fell and cannot get up",
    *(f"{hasnt} {eaten} or {drunk}" for hasnt in ("hasn't", "hasnt", "has not", "not",
                                                   "haven't", "havent", "isn't", "isnt",
                                                   "stopped", "won't", "wont", "doesn't",
                                                   "doesnt")
      for eaten in ("eaten", "eating", "eat") for drunk in ("drunk", "drank", "drinking",
                                                             "drink")),
    *(f"{hasnt} {eaten} {anything}in {days}" for hasnt in ("hasn't", "hasnt", "has not",
                                                             "not", "hadn't", "hadnt")
      for eaten in ("eaten", "drunk", "drank", "had anything to eat", "had anything to drink")
      for anything in ("", "anything ") for days in ("days", "two days", "three days",
                                                      "2 days", "3 days", "4 days", "5 days",
                                                      "four days", "a week")),
    # a crash right in front of me, stones thrown at the windows, pushed to the ground, a man
    # cornering my kids and shouting at them to go back to their country
    *(f"{crash} {right}in front of {me}" for crash in ("crash", "car crash", "accident",
                                                         "car accident", "collision")
      for right in ("right ", "just ", "") for me in ("me", "us", "my house", "our house",
                                                     "my eyes", "the house")),
    *(f"{crashed} into {tree}" for crashed in ("crashed", "smashed", "slammed", "drove")
      for tree in ("a tree", "the tree", "a wall", "the wall", "a lamppost", "a pole",
                   "the barrier", "a bridge")),
    *(f"{car} hit {tree}" for car in ("car", "van", "truck", "bus") for tree in ("a tree",
                                                                                 "the tree")),
    "car flipped", "flipped over on the", "people trapped", "stuck in the car",
    *(f"{threw} {stones} {at}" for threw in ("threw", "throwing", "thrown")
      for stones in ("stones", "rocks", "bricks", "bottles", "a stone", "a rock", "a brick")
      for at in ("at", "through", "into our", "into my")),
    "brick through", "stone through",
    *(f"{pushed} to the ground" for pushed in ("pushed", "knocked", "thrown", "shoved", "threw me",
                                               "pushed me", "knocked me", "shoved me",
                                               "dragged me")),
    "got knocked down", "knocked me down", "knocked him down", "knocked her down",
    *(f"{corner}{who}" for corner in ("cornering ", "cornered ")
      for who in ("me", "us", "my", "the kids", "them", "her", "him", "our")),
    *(f"{shouting} at {them} to go back {to}" for to in ("to your country", "to their country",
                                                         "to our country", "to his country",
                                                         "to her country", "to my country",
                                                         "where", "home", "to africa")
      for shouting in ("shouting", "yelling", "screaming", "shouted", "yelled", "shouts",
                       "yells")
      for them in ("them", "us", "me", "him", "her", "my kids", "my son", "my daughter",
                   "the kids", "my children")),
    # a failed attempt told, the next one announced ("i already tried last night, woke up in my
    # room", "tonight i'll do it properly", "this time i'll take all of them")
    *(f"{tried}{sep}{i}woke up" for tried in ("tried", "tried it", "tried last night",
                                               "tried yesterday")
      for sep in (", ", ". ", " and ", " but ", " ") for i in ("", "i ")),
    *(f"{didnt} work{sep}{i}woke up" for didnt in ("didn't", "didnt", "did not")
      for sep in (", ", ". ", " and ", " ") for i in ("", "i ")),
    *(f"tonight {ill} do it {right}" for ill in ("i'll", "ill", "i will", "i'm going to",
                                                 "im going to", "i'm gonna", "im gonna")
      for right in ("right", "properly", "for real")),
    "tonight it will work", "tonight it'll work", "this time i'll take all",
    "this time ill take all", "next time i'll take all", "take all of them this time",
    "didn't take enough pills", "didnt take enough pills", "should have taken more pills",
    "should've taken more pills", "wasn't enough pills", "not enough pills last time",
    # decided, then a farewell ("Ive made my decision. please dont reply"; a move or an exam
    # decided on: IDIOMS), "don't look for me"
    *(f"{decided}{sep}{bye}" for decided in _DECIDED for sep in (". ", ", ", " ")
      for bye in _BYE),
    "don't look for me", "dont look for me", "do not look for me", "don't try to find me",
    "dont try to find me", "don't try to stop me", "dont try to stop me",
    "don't come looking for me", "dont come looking for me", "nobody should look for me",
    "no one should look for me",
    # nothing matters after tomorrow, nothing needed after it ("i wont need anything after
    # tomorrow"; a move: IDIOMS)
    *(f"after {when}{sep}nothing {matters}" for when in _WHEN for sep in (" ", ", ")
      for matters in ("matters", "will matter")),
    *(f"nothing {matters} after {when}" for matters in ("matters", "will matter")
      for when in _WHEN),
    *(f"{wont} matter after {when}" for wont in ("won't", "wont", "will not", "doesn't",
                                                 "doesnt")
      for when in ("tomorrow", "tonight")),
    *(f"{wont} need {anything} after {when}" for wont in ("won't", "wont", "will not")
      for anything in ("anything", "any of it", "any of this", "any of my stuff", "my things",
                       "my stuff", "my clothes")
      for when in ("tomorrow", "tonight", "today", "this weekend")),
    # arrangements for after me: "if im gone who ...", nobody to feed the dog from tomorrow (a
    # holiday or a hospital stay: IDIOMS)
    *(f"if {i} gone{comma} who" for i in ("i'm", "im", "i am") for comma in ("", ",")),
    *(f"{from_} {nobody} {can} {feed}" for from_ in ("from tomorrow", "after tomorrow",
                                                      "after tonight")
      for nobody in ("nobody", "no one") for can in ("can", "will")
      for feed in ("feed", "walk")),
    # everything given away (before a move: en.IDIOMS, IDIOMS), the key left under the mat for
    # whoever comes (a holiday, a neighbour, a plumber: IDIOMS)
    *(f"{giving} all my {stuff} to" for giving in ("giving", "gave", "given", "give")
      for stuff in ("stuff", "things", "belongings")),
    *(f"{giving} everything away" for giving in ("giving", "gave", "given", "give")),
    *(f"{key} under the {mat}" for key in ("key", "keys", "key is", "keys are", "key's",
                                           "keys r")
      for mat in ("mat", "doormat")),
    *(f"{key} in the {box}" for key in ("key is", "keys are", "key's")
      for box in ("mailbox", "letterbox")),
    "to whoever finds me", "for whoever finds me", "so someone finds me",
    "so someone can find me",
    # standing on a ledge, a railing or a car park roof ("standing on the bridge" is en.STEMS)
    *(f"{stand} on the {what}" for stand in ("standing", "sitting", "i'm", "im", "i am")
      for what in ("ledge", "railing", "bridge railing", "edge of the roof", "edge of the bridge",
                   "roof of the car park", "roof of the parking", "top of the car park",
                   "top of the parking")),
    "i'm on the roof$", "im on the roof$", "i am on the roof$", "standing on the roof$",
    "sitting on the roof$",
    *(f"{climbed} over the {railing}" for climbed in ("climbed", "climbing", "climb", "stepped",
                                                       "stepping", "step")
      for railing in ("railing", "bridge railing", "barrier on the bridge", "bridge barrier")),
    "other side of the railing", "outside the railing", "wrong side of the railing",
    "at the edge of the roof",
    # blades laid out by the sink or on the bed ("blades are ready" is en.STEMS)
    *(f"{blades} {where}" for blades in ("blades are", "razor blades are", "razor blade is",
                                         "blade is")
      for where in ("next to the sink", "by the sink", "on the bed", "on my bed")),
    # a friend's farewell ("sorry mama forgive me"), the phone off since; sorry for everything
    *(f"{forgive}{sep}{who}" for forgive in ("forgive me", "please forgive me")
      for sep in (" ", ", ") for who in _WHO),
    *(f"{who}{sep}forgive me" for who in _WHO for sep in (" ", ", ")),
    *(f"forgive me {what}" for what in ("for everything", "for what i'm about to do",
                                        "for what im about to do", "for what i am about to do",
                                        "for what i'm going to do", "for leaving you")),
    *(f"{now} {his} phone is {off}" for now in ("and now", "since then")
      for his in ("his", "her", "their") for off in ("off", "switched off", "turned off")),
    *(f"{his} phone {is_} off since {then}" for his in ("his", "her")
      for is_ in ("is", "has been") for then in ("then", "that")),
    *(f"sorry for everything{sep}{bye}" for sep in (". ", ", ", " ", "... ")
      for bye in ("goodbye", "bye", "forgive", "i love you", "take care", "please forgive",
                  "tell")),
    "sorry for being a burden", "sorry for being such a burden", "sorry i was a burden",
    "sorry for everything i put you through", "sorry for everything i put you all through",
    # a farewell asking to look after the family ("goodbye, take care of my daughter"), love and
    # pride told in the past tense, goodbyes for the kids (a holiday or a shift: IDIOMS)
    *(f"{bye}{sep}{care} my" for bye in ("goodbye", "bye", "farewell")
      for sep in (", ", ". ", " and ", " ")
      for care in ("take care of", "take good care of", "look after", "please take care of",
                   "please look after")),
    *(f"take good care of {whom}" for whom in _CLOSE_FAMILY),
    *(f"tell {whom} {that}i {was} proud" for whom in ("her", "him", "my kids", "my children",
                                                       "my son", "my daughter", "my wife",
                                                       "my husband", "my family")
      for that in ("", "that ") for was in ("was always", "was", "always was", "'ve always been")),
    *(f"{say} {whom} for me" for say in ("say goodbye to", "say bye to", "kiss", "hug")
      for whom in _CLOSE_FAMILY[:6]),
    *(f"tell {whom} {bye} for me" for whom in _CLOSE_FAMILY[:6] for bye in ("goodbye", "bye")),
    # kept in and passports taken by the family or an agency ("my husbands family took my
    # passport", "they dont let me leave the house", "locked us in the house")
    *(f"{keeper} {took} my passport" for keeper in _KEEPERS
      for took in ("took", "keeps", "kept", "hid", "has taken")),
    *(f"{dont} let {me} leave" for dont in ("don't", "dont", "do not", "didn't", "didnt", "never")
      for me in ("me", "us", "her")),
    "locked us in", "lock us in", "locking us in", "locked us inside", "locked them in",
    "locks them in", "locked her in", "locks her in", "locked the kids in", "locks the kids in",
    "locked us up", "locks us up",
    # forced marriage ("says next week we fly to pakistan and i marry his cousin", "taking me
    # back home to marry")
    *(f"{say} {that}{i_marry}" for say, thats in (
        ("say", ("", "that ")), ("said", ("", "that ")), ("says", ("",)), ("decided", ("",)),
        ("told me", ("",)))
      for that in thats
      for i_marry in ("i have to marry", "i must marry", "i marry his", "i marry my cousin",
                      "i marry a man", "i will marry him", "i'm to marry")),
    *(f"{must} marry {whom}" for must in ("have to", "must", "supposed to", "going to make me")
      for whom in ("his cousin", "my cousin", "a man i", "an old man", "a stranger",
                   "a man twice", "a much older", "someone i")),
    "marry a man twice my age", "marry someone twice my age", "marry an older man",
    "marry a man older than my father",
    *(f"{sending} me {dest} to {marry}" for sending in ("sending", "taking", "take")
      for dest in ("abroad", "back home", "home", "overseas", "to our village")
      for marry in ("marry", "get married")),
)

CRIES: tuple[str, ...] = (
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
)

SERVICE_WORDS: tuple[str, ...] = (
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
)

IDIOMS: tuple[str, ...] = (
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
    # an old person's will, a pension, a hospital stay, a holiday or a move beside "when I'm
    # gone"
    *near(_NOT_DEATH, (f"{when} {i}" for when in ("when", "once", "after", "if")
                        for i in _I_AM), _MIDS),
    *near((f"{when} {i}" for when in ("when", "once", "after", "if") for i in _I_AM),
           _NOT_DEATH, _MIDS),
    # gone only for a while: a holiday, a trip, a course, a hospital stay
    *(f"{i} gone {what}" for i in _I_AM for what in (
        "for … week", "for … day", "for … month", "for … hour", "for a bit", "for a while",
        "on holiday", "on vacation", "on a trip", "to", "away", "during", "over the",
        "for the summer", "for the weekend", "for work", "for the holidays", "for christmas",
        "for ramadan", "for eid",
    )),
    # a farewell on moving away, after a course or a job, or before a holiday
    *near(_FAREWELLS, _LEAVING, _MIDS),
    *near(_LEAVING, _FAREWELLS, _MIDS),
    # the last message for now, "you won't hear from me again until ..."
    *near(("last message",), ("for today", "today", "for now", "tonight", "this week",
                               "bürgerbüro", "jobcenter", "office", "landlord", "lawyer",
                               "school", "company", "ausländerbehörde", "about this",
                               "on this", "regarding", "boss")),
    # missed at a course or at work for a day
    *(f"miss me {where}" for where in ("at the", "at work", "in class", "in the course",
                                       "if i skip", "for one day", "for a day", "tomorrow",
                                       "at school", "at the party")),
    # exercising or playing on the floor
    *near(("on the floor",), ("exercise", "yoga", "playing", "stretching", "doing push",
                               "workout", "with the baby", "with the kids", "lol", "haha")),
    *(f"hear from me {again} {until}" for again in ("again", "anymore")
      for until in ("until", "till", "before", "unless")),
    # how to tell a child about a dead parent's love, a message one wants to give in person
    *(f"{how} tell" for how in ("how do i", "how can i", "how to", "how should i", "how do we",
                                "how can we", "what do i", "what should i", "should i")),
    # a letter to my kids' school or teacher
    *(f"{kids} {school}" for kids in ("my kids'", "my kids", "my children's", "my childrens")
      for school in ("school", "teacher", "kita", "kindergarten", "class", "doctor", "daycare")),
    # rope for a move, a tent, a boat or climbing; a jump rope
    *near(("rope", "a rope", "some rope"), (
        "move", "moving", "tent", "camping", "boat", "climbing", "climb", "van", "trailer",
        "furniture", "washing", "laundry", "clothes", "garden", "swing", "gym", "skipping",
        "tow", "mattress", "roof rack", "luggage", "boxes", "workout", "exercise", "crafts",
        "sport",
    ), _MIDS),
    *near(("move", "moving", "tent", "camping", "boat", "climbing", "climb", "van", "trailer",
            "furniture", "washing", "laundry", "swing", "gym", "tow", "crafts", "skipping",
            "workout"), ("rope",)),
    "jump rope", "skipping rope", "rope ladder", "tow rope", "washing line", "clothes line",
    # pills saved for a trip
    *near(("enough pills", "enough tablets", "saving up my", "saved up my"), (
        "trip", "holiday", "vacation", "travel", "flight", "months", "pharmacy", "prescription",
        "abroad", "back home",
    )),
    # "I just wanted someone to know how rude they were"
    *(f"{someone} to know {what}" for someone in ("someone", "somebody")
      for what in ("how", "about", "what", "where", "the ", "that the", "that my", "that our",
                   "that they", "that it")),
    # giving things away before a move
    *near(("all my stuff", "all my things", "all my belongings", "all my possessions",
            "my cat", "my dog", "stuff away", "things away"), (
        "moving", "move", "moved", "relocat", "going back", "leaving germany", "leaving for",
        "new flat", "smaller flat", "allerg", "before we leave", "before i leave", "minimalis",
        "declutter", "came to germany", "before i came", "before we came", "fled",
        "left my country", "before i left", "before we left",
    ), _MIDS),
    *near(("moving", "move", "relocat", "going back", "leaving germany", "new flat",
            "smaller flat", "before we leave", "allerg", "declutter"),
           ("giving", "gave", "given", "give")),
    # trains to look at, flats or jobs applied for ("one of them will be mine")
    *near(("flat", "apartment", "job", "place", "room", "puppies", "kittens", "house", "car"),
           ("one of them will be mine",)),
    # passports at an office or for a copy ("my employer took my passport to make a copy")
    *(f"{papers} … {copy}" for papers in _PASSPORTS_EN
      for copy in ("copy", "copies", "scan", "photo of", "picture of", "visa", "work permit",
                   "residence permit", "to register", "back the same day", "gave it back",
                   "gave them back")),
    # quarantine, a doctor's orders, a broken leg, a child grounded or kept in after dark
    *near(("quarantine", "covid", "corona", "doctor", "fever", "broken leg", "cast",
            "grounded", "homework"), ("not allowed to leave",)),
    *(f"not allowed to leave the {place} … {why}" for place in ("house", "flat", "apartment",
                                                                "room", "home")
      for why in ("quarantine", "covid", "corona", "doctor", "fever", "homework", "grounded",
                  "punish", "until he", "until she", "after", "at night", "alone at night",
                  "after dark", "without")),
    "grounded", "curfew",
    # a stone, a rock or a bottle thrown long ago, or in a game
    *(f"{when} ‥ {threw}" for when in ("years ago", "last year", "as a kid", "as a child",
                                       "when i was", "back home", "in the war")
      for threw in ("threw", "throwing", "pushed", "stones", "rocks")),
    "skipping stones", "skip stones", "throwing stones into the", "threw stones into the",
    "throw stones into the",
    *near(("crash", "crashed", "accident", "in front of"), (
        "last year", "last month", "last week", "years ago", "a year ago", "months ago",
        "back then", "when i was", "in the past",
    )),
    # a phone taken for a repair, a warehouse shift that ends at six
    *(f"took my phone to {what}" for what in ("fix", "repair", "the shop", "update", "charge",
                                              "the repair", "set up", "install")),
    *(f"{cant} leave the {place} {when}" for cant in ("can't", "cant", "cannot")
      for place in ("warehouse", "container", "compound", "house", "flat")
      for when in ("before", "until", "till", "during", "after", "at", "on", "because of work",
                   "for work", "early")),
    # a fall, a crash or an old person on the floor told as past ("last year my dad was on the
    # floor for hours, now we want a home emergency button")
    *(f"{when} ‥ {what}" for when in ("last year", "last month", "years ago", "a year ago",
                                      "a few months ago", "last winter", "back then")
      for what in ("on the floor", "crashed", "crash", "into a tree", "in front of me",
                   "fell and")),
    # a button or alarm for old people who fall ("in case she is on the floor")
    "in case … on the floor", "emergency button", "alarm button", "fall alarm",
    # a toddler who won't eat or drink much: a medical question, told calmly
    *(f"eat or drink {much}" for much in ("much", "enough", "well")),
    # a move, a job or an exam decided on beside the farewell
    *near(("decided", "decision", "made up my mind", "mind is made up"), _PLANS),
    *near(_PLANS, ("decided", "decision", "made up my mind", "mind is made up")),
    *near(("thanks for everything", "thank you for everything"), _PLANS, ("i",)),
    # the last message before a move ("this is my last message here, moving to hamburg")
    *near(("last message",), ("moving", "move to", "moved", "relocat", "new job", "new flat",
                              "going back to", "flying", "leaving for", "leaving germany",
                              "holiday", "vacation")),
    # not to be found at work or in class
    *near(("look for me", "find me"), ("class", "course", "at work", "school", "office", "party",
                                       "meeting", "sick", "holiday", "vacation")),
    # nothing matters after an exam or a deadline
    *near(("nothing matters", "nothing will matter", "matter after"), ("exam", "test", "deadline",
                                                                       "haha", "lol", "party",
                                                                       "except", "besides")),
    # a cake or a form done right tonight, pride in a certificate, the phone off on a plane,
    # "if i'm gone" for a shift or an appointment
    *near(("do it right", "do it properly"), ("cake", "cook", "recipe", "form", "application",
                                               "homework", "exam")),
    *near(("proud",), ("certificate", "exam", "grades", "in german", "how do i", "translat")),
    *near(("phone is off", "phone is switched off", "phone is turned off"), (
        "plane", "flight", "flying", "battery", "charging", "work", "shift", "school", "class",
        "sleep", "asleep", "exam")),
    *near(("if i'm gone", "if im gone"), ("shift", "appointment", "work", "course", "class",
                                          "holiday", "vacation", "trip", "hospital", "week", "day",
                                          "hour"), ("who",)),
    # things not needed after a move
    *near(("after tomorrow", "after tonight", "after today", "after this weekend"),
          ("moving", "move", "leave", "leaving", "flight", "fly", "new flat", "new job",
           "course ends", "holiday")),
    *near(("moving", "move", "leaving", "flight", "new flat", "new job"),
          ("won't need", "wont need")),
    # nobody to feed the cat during a holiday or a hospital stay
    *near(("feed", "walk"), _AWAY, ("because",)),
    *near(_AWAY, ("from tomorrow", "after tomorrow", "after tonight")),
    *near(("take good care",), _AWAY, ("while", "when")),
    *near(_AWAY, ("take good care",)),
    # things given away before a move
    *near(("everything away", "all my things to", "all my stuff to"), _MOVES, ("we",)),
    # the key under the mat for a holiday, a neighbour, a plumber or a move-out
    *near((*_KEY_REASONS, "landlord", "property manager", "deposit"), ("key",)),
    *near(("mat", "doormat", "mailbox", "letterbox"), _KEY_REASONS),
    # "forgive me for my bad english"
    *near(("forgive me",), ("english", "late", "mistake", "typo", "question", "asking",
                            "bother", "lol", "haha", "forgot")),
    # passports at an embassy or kept safe; a teenager not let out at night
    *near(("passport", "papers"), ("renew", "extend", "extension", "embassy", "consulate",
                                   "appointment", "ausländerbehörde", "office", "safe place",
                                   "the safe", "lose it", "bank", "apply")),
    *near(("let me leave", "let us leave", "let her leave"), ("after", "at night", "homework",
                                                              "grounded", "until", "before",
                                                              "course", "class", "work", "early",
                                                              "school", "meeting", "office")),
    # a roof terrace or a rooftop bar
    "roof terrace", "roof garden", "roof top bar", "roof bar",
    # the woke-up-late excuse ("tried to come but woke up too late")
    *near(("woke up",), ("late", "too late", "early", "alarm", "at 3", "at 4", "at 5")),
)
# fmt: on
