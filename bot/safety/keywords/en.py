"""English keywords of the safety net (`bot.safety` matches them)."""

# fmt: off
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
)
# fmt: on
