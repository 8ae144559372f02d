"""German keywords of the safety net (`bot.safety` matches them)."""

from bot.safety.keywords import near

# fmt: off
# Word lists for the quiet crises (farewells, final arrangements, means at hand, "I've
# decided") and the wordless dangers (locked in, passports held, forced marriage, a fall, a
# child not home) among the keywords below.

# Words that often stand between a reason and the phrase it explains ("ich ziehe nächste Woche
# nach Hamburg und wollte mich nur verabschieden"): as an idiom part each also matches the
# start of a longer word ("ich" in "ich", "da" in "dann", "mein" in "meine").
_MIDS = ("und", "ich", "wir", "weil", "da", "de", "di", "mein", "in", "nach", "zu", "ist",
         "es", "woll")
_FAMILY_DAT = (
    "meinen kindern", "meiner tochter", "meinem sohn", "meiner frau", "meinem mann",
    "meiner familie", "meinen eltern", "meiner mutter", "meiner mama", "meinem vater",
    "meinem papa", "meiner schwester", "meinem bruder", "meinen jungs", "meinen mädchen",
)
_MEANS = (
    "rasierklingen", "rasierklinge", "klingen", "klinge", "das seil", "der strick", "seil",
    "tabletten", "die tabletten", "pillen", "schlaftabletten", "medikamente",
)
_RELATIVES = (
    "oma", "opa", "mama", "papa", "mutter", "vater", "nachbar", "nachbarin", "bruder",
    "schwester", "tochter", "sohn", "frau", "mann", "freund", "freundin", "oma und opa",
)
_BOSSES_DE = (
    "chef", "chefin", "vorarbeiter", "arbeitgeber", "firma", "agentur", "subunternehmer",
    "vermittler", "boss",
)
_PASSPORTS = ("pässe", "pass", "ausweis")
_SCHOOLS = (
    "aus der schule", "von der schule", "aus der kita", "von der kita", "aus der ogs",
    "von der ogs", "aus dem kindergarten", "vom kindergarten", "aus dem hort", "vom hort",
)
_YOUNG = ("12", "13", "14", "15", "16", "17", "fünfzehn", "sechzehn", "siebzehn")
_GONE_CLAUSES = (
    "nicht mehr da bin", "nicht mehr hier bin", "nicht mehr lebe", "nicht mehr am leben bin",
    "tot bin", "gestorben bin", "nicht mehr bin", "für immer weg bin", "fuer immer weg bin",
)
_WHEN = ("wenn", "falls", "sobald", "nachdem", "wann")
# An old person's will, a pension, a hospital stay, a holiday or a move named beside "wenn ich
# nicht mehr da bin" (IDIOMS)
_NOT_DEATH = (
    "testament", "erbe", "erbschaft", "vollmacht", "vorsorgevollmacht", "patientenverfügung",
    "bestattungsvorsorge", "sterbevorsorge", "im alter", "alt bin", "rente", "bin über 70",
    "bin über 80", "urlaub", "verreis", "krankenhaus", "operation", "zur kur", "eine kur",
    "reha", "umzug", "ziehe", "umzieh", "auszieh", "wegzieh", "ausland", "heimat",
)
# Moves, courses, jobs and holidays: a farewell or things given away for them (IDIOMS)
_LEAVING = (
    "umzug", "ziehe", "umzieh", "umgezogen", "wegzieh", "auszieh", "auszug", "gehe zurück",
    "gehen zurück", "zurück nach", "zurück in die", "zurück in den", "zurück ins", "heimat",
    "urlaub", "letzter tag", "letzten tag", "letzte stunde", "arbeitstag", "praktikum",
    "schule", "job", "stelle", "flug", "fliege", "fliegen", "neue wohnung", "rente",
    "ruhestand", "abschiedsfeier", "party", "kollegen", "heimreise", "lehrerin", "lehrer",
    "klasse", "prüfung", "ausgewandert",
    "auswander", "nach deutschland", "geflohen", "flucht",
)
_FAREWELLS = ("verabschiede", "tschüss sagen", "auf wiedersehen sagen")

# "ich hab mich entschieden" and its twins
_DECIDED = ("entschieden", "entschlossen", "beschlossen", "entscheidung getroffen",
            "entscheidung steht")
# a final farewell right after the decision (not "danke für die Hilfe")
_BYE = ("danke für alles", "lebt wohl", "leb wohl", "verzeiht mir", "verzeih mir",
        "vergib mir", "ich hab euch lieb", "ich liebe euch", "bitte nicht antworten")
# a move, a new job, a course or an exam decided on ("hab mich entschieden, danke für alles, ich
# ziehe nach Berlin")
_PLANS = ("umzug", "zieh", "umzieh", "zurück nach", "heimat", "urlaub", "wohnung", "job",
          "stelle", "arbeit", "ausbildung", "studium", "kurs", "prüfung", "schule",
          "hochzeit")
# tasks tried and retried: a form, a call, an exam ("hab es gestern nacht versucht, aber die
# Seite vom Jobcenter ging nicht", "heute mach ich es richtig mit dem Formular")
_TASKS = ("formular", "antrag", "prüfung", "termin", "anmeld", "bewerbung", "mail",
          "online", "seite", "app", "anruf", "telefon", "jobcenter", "amt", "schlafen",
          "einschlafen", "falsch ausgefüllt", "falsch gemacht")
# whom a last message is for
_WHO = ("mama", "papa", "mutter", "vater", "bruder", "schwester", "brudi", "ihr alle")
# "nach morgen ist eh alles egal"
_AFTER = ("übermorgen", "ab übermorgen", "nach morgen", "nach heute nacht",
          "ab heute nacht", "nach dem wochenende")
_FAMILY_AKK = ("meine kinder", "meine tochter", "meinen sohn", "meine frau", "meinen mann",
               "meine familie", "meine mama", "meine eltern")
# ordinary reasons to leave a key under the mat (the landlord only before it: "damit der
# Vermieter danach reinkommt" is a farewell)
_KEY_REASONS = (
    "urlaub", "verreis", "nachbar", "handwerker", "monteur", "techniker", "klempner", "paket",
    "lieferung", "sitter", "füttern", "gießen", "blumen", "besuch", "gäste", "airbnb", "umzug",
    "auszug", "übergabe", "hausmeister", "verwaltung", "hausverwaltung", "putz", "ausgesperrt",
    "besichtigung",
)
_MAT = ("unter der fußmatte", "unter die fußmatte", "unter der matte", "unter die matte")
# a hospital stay, a holiday or a shift: nobody to look after the cat then
_AWAY = ("urlaub", "verreis", "krankenhaus", "operation", "kur", "reha", "umzug", "arbeit",
         "schicht", "kurs")
# a move or a new baby: things given away
_MOVES = ("umzug", "zieh", "umzieh", "auszieh", "zurück nach", "heimat", "neue wohnung",
          "kleinere wohnung", "geflohen", "flucht", "nach deutschland", "baby", "zu klein")
# an illness or a doctor's orders keeping someone in
_ILL = ("krank", "fieber", "arzt", "quarantäne", "corona", "windpocken", "gips",
        "operation", "erkält", "grippe", "hausarrest", "bettruhe")

STEMS: tuple[str, ...] = (
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
    # "when I'm no longer alive / dead / gone for good": arrangements made for after one's death
    # (not "wenn ich mal nicht mehr da bin", nor next to a will, a move or a holiday: IDIOMS)
    *(f"{when} ich {gone}" for when in _WHEN for gone in _GONE_CLAUSES),
    "wenn es mich nicht mehr gibt", "falls es mich nicht mehr gibt",
    "ich nicht mehr leb", "ich nicht mehr am leben",
    *(f"{ich} {soon}nicht mehr am leben" for ich in ("ich", "werde", "bin", "ich werde")
      for soon in ("bald ", "morgen ", "ab morgen ", "nächste woche ", "dann ", "übermorgen ",
                   "heute abend ", "heute nacht ", "am wochenende ", "ab montag ")),
    "kümmert sich nach mir um", "kümmern sich nach mir um", "für die zeit nach mir",
    # decided to die ("beschlossen, nicht mehr zu leben"; not "entschieden, den B1-Kurs zu
    # machen")
    "nicht mehr zu leben", "nicht mehr weiterzuleben", "mein leben zu beenden",
    "meinem leben ein ende", "das leben zu nehmen", "selbsttötung", "selbsttoetung", "freitod",
    *(f"{decided}{comma} {what}" for decided in ("entschieden", "beschlossen", "entschlossen")
      for comma in ("", ",") for what in ("zu sterben", "alles zu beenden", "mich umzubringen",
                                         "zu gehen. für immer", "es zu beenden")),
    # "nach diesem Wochenende lebe ich nicht mehr" (not "ab Juli lebe ich nicht mehr in Verl")
    *(f"{when} lebe ich nicht mehr" for when in (
        "morgen", "übermorgen", "bald", "wochenende", "woche", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "heute nacht", "heute abend", "danach",
        "dann schon", "nächstes jahr", "weihnachten", "silvester",
    )),
    "lebe ich nicht mehr.", "lebe ich nicht mehr,", "lebe ich nicht mehr!",
    "lebe ich schon nicht mehr",
    # gone for good ("ab nächster Woche bin ich nicht mehr da, für immer"; not "für immer
    # zurück nach Syrien")
    *(f"nicht mehr da{sep}für immer" for sep in (" ", ", ", " - ", ". ", "... ")),
    "für immer nicht mehr da", "fuer immer nicht mehr da", "verabschiede mich für immer",
    "tschüss für immer", "tschüs für immer", "bye für immer", "für immer tschüss",
    # farewells: "wollte mich nur verabschieden" (not for a move, a course or a holiday:
    # IDIOMS), the last message, "you won't hear from me again"
    *(f"{wanted} {just}{say}" for wanted in ("wollte", "wollt", "wollte mich", "wollt mich")
      for just in ("nur ", "nur noch ", "nur noch mal ", "nur nochmal ", "einfach nur ")
      for say in ("verabschieden", "tschüss sagen", "tschüs sagen", "tschau sagen",
                  "auf wiedersehen sagen", "lebewohl sagen", "adieu sagen",
                  "mich verabschieden", "euch tschüss sagen", "dir tschüss sagen",
                  "mich von euch verabschieden", "mich von dir verabschieden",
                  "von euch verabschieden", "von dir verabschieden",
                  "von allen verabschieden")),
    *(f"wenn {you} {read}{comma} bin" for you, read in (("ihr das", "lest"), ("du das", "liest"),
                                                          ("ihr", "das lest"), ("du", "das liest"))
      for comma in ("", ",")),
    "wenn sie das lesen, bin ich nicht", "wenn sie das lesen bin ich nicht", "bin ich schon tot",
    "das ist mein abschied", "das ist ein abschied", "dies ist mein abschied",
    "heute nacht ist es soweit", "heute nacht ist es so weit",
    "das ist meine letzte nachricht", "dies ist meine letzte nachricht",
    "das hier ist meine letzte nachricht", "letzte nachricht von mir", "meine letzte nachricht an",
    "meine letzten worte", "letzter tag meines lebens", "letzten tag meines lebens",
    "letzte nacht meines lebens", "letzte tag meines lebens",
    *(f"{never} {again} von mir {hear}" for never in ("nie", "nichts", "nie mehr was",
                                                      "nie wieder was", "nichts mehr")
      for again in ("wieder", "mehr") for hear in ("hören", "hoeren", "lesen")),
    *(f"{hear} nie {again} von mir" for hear in ("hört", "hörst", "hören", "hoert")
      for again in ("wieder", "mehr")),
    *(f"{hear} {again} von mir" for hear in ("hört nichts", "hörst nichts", "hören nichts",
                                             "werdet nichts", "wirst nichts", "werden nichts")
      for again in ("mehr", "wieder")),
    # nothing matters after tomorrow
    *(f"{when} ist {it}egal" for when in ("morgen", "bald", "ab morgen")
      for it in ("es eh ", "eh alles ", "das eh ", "eh ", "dann eh ", "dann alles ",
                 "sowieso alles ", "es sowieso ", "mir eh alles ")),
    "ist eh bald egal", "ist ja bald eh egal", "ist bald eh egal", "ist eh bald alles egal",
    # nobody will miss me, sorry for everything, "sie hat was Besseres verdient als mich"
    *(f"{nobody} {will} mich {miss}" for nobody in ("niemand", "keiner", "eh keiner",
                                                      "sowieso keiner", "eh niemand")
      for will in ("wird", "würde", "wuerde") for miss in ("vermissen", "vermisst")),
    "vermisst mich eh keiner", "vermisst mich sowieso keiner", "vermisst mich eh niemand",
    "tut mir leid für alles", "tut mir so leid für alles", "entschuldigung für alles",
    "verzeiht mir alles", "verzeih mir alles", "besseres verdient als mich",
    "besseres als mich", "besseren als mich", "bessere als mich", "besser ohne mich dran",
    "ohne mich besser dran", "ohne mich glücklicher",
    *(f"{nobody} mehr {burden}" for nobody in ("niemandem", "keinem", "euch nicht", "keinem")
      for burden in ("eine last", "zur last", "zu last", "auf der tasche")),
    "bald keine last mehr", "bin bald keine last",
    # a message for the family: my love told in the past tense ("sag meinen Kindern, dass Papa
    # sie immer lieb hatte"; not "wie sage ich meinen Kindern, dass ihr Papa ...": IDIOMS), sorry
    *(f"dass {who} {whom} {how}{loved}" for who, loves in (
        ("ich", ("lieb hatte", "lieb gehabt hab", "geliebt hab")),
        *((parent, ("lieb hatte", "lieb gehabt hat", "geliebt hat")) for parent in (
            "papa", "mama", "ihr papa", "ihre mama", "euer papa", "eure mama", "sein papa",
            "seine mama")),
    ) for whom in ("sie", "ihn", "euch", "dich")
      for how in ("", "immer ", "sehr ", "über alles ", "so sehr ") for loved in loves),
    *(f"{tell}{say}, dass es mir {sorry}" for tell in _FAMILY_DAT for say in ("", " sagen")
      for sorry in ("leid tut", "so leid tut", "leidtut")),
    *(f"{tell}{say} dass es mir {sorry}" for tell in _FAMILY_DAT for say in ("", " sagen")
      for sorry in ("leid tut", "so leid tut", "leidtut")),
    # letters left for the children ("für jeden einen Brief geschrieben")
    *(f"{each} einen brief geschrieben" for each in ("jeweils", "für jeden", "für jedes kind",
                                                      "für beide", "für alle", "jedem",
                                                      "jedem kind", "beiden")),
    *(f"{letter} {to} {kids} geschrieben" for letter in ("brief", "briefe", "abschiedsworte")
      for to in ("an", "für") for kids in ("meine kinder", "meine tochter", "meinen sohn",
                                           "meine familie", "meine frau", "meinen mann",
                                           "meine eltern")),
    "briefe hin, damit", "briefe hin damit", "brief hin, damit", "brief hin damit",
    # means acquired: rope, pills from several pharmacies, razor blades ready ("Rasierklingen
    # liegen schon im Bad bereit"; rope for a move or climbing, pills for a holiday: IDIOMS)
    "mir ein seil", "mir einen strick$", "seil gekauft", "strick gekauft", "seil besorgt",
    "strick besorgt", "einen strick$ besorgt", "einen strick$ gekauft", "seil hängt schon",
    "strick hängt schon", "seil hängt bereit", "schlinge geknüpft", "schlinge gebunden",
    "schlinge gemacht",
    *(f"auf dem weg {to}" for to in ("zur brücke", "zu den gleisen", "zu den schienen",
                                      "zur autobahnbrücke", "aufs dach", "zum dach")),
    *(f"genug {pills} {got}" for pills in ("tabletten", "pillen", "schlaftabletten",
                                           "medikamente", "tabletten zusammen")
      for got in ("geholt", "gekauft", "besorgt", "gesammelt", "zusammen", "gespart",
                  "gehortet", "beisammen")),
    "apotheken genug", "apotheken tabletten geholt", "apotheken tabletten gekauft",
    *(f"{collect} {since}{my}{pills}" for collect in ("sammle", "spare", "horte")
      for since in ("", "seit wochen ", "seit monaten ", "schon lange ", "schon ")
      for my in ("", "meine ") for pills in ("tabletten", "pillen", "schlaftabletten")),
    *(f"{means} {lie} {already}{where}bereit" for means in _MEANS
      for lie in ("liegen", "liegt", "sind", "ist")
      for already in ("", "schon ") for where in ("", "im bad ", "hier ")
      if f"{means} {lie} {already}{where}" != "tabletten liegen "),
    *(f"{means} {ready}" for means in _MEANS
      for ready in ("bereitgelegt", "zurechtgelegt", "rausgelegt")),
    "rasierklingen gekauft", "rasierklingen besorgt", "rasierklingen vor mir",
    "rasierklingen neben mir",
    # "I just wanted somebody to know", "I tried and woke up again"
    *(f"{wanted} nur{comma} dass {es}{who} {knows}" for wanted in ("wollte", "wollt", "will")
      for comma in ("", ",") for es in ("", "es ", "das ")
      for who in ("irgendwer", "jemand", "irgendjemand", "irgendeiner")
      for knows in ("weiß", "weis", "bescheid weiß")
      if es or who != "jemand"),
    "leider wieder aufgewacht", "leider aufgewacht", "leider noch am leben", "leider überlebt",
    "leider ueberlebt", "bin leider noch da", "hab es leider überlebt", "habe es leider überlebt",
    # giving everything away, not needing things any more ("brauch ich ja bald nicht mehr";
    # not before a move: IDIOMS)
    *(f"{need} ich {ja}bald {eh}nicht mehr" for need in ("brauch", "brauche")
      for ja in ("", "ja ", "eh ", "doch ", "dann ", "sowieso ") for eh in ("", "eh ")
      if (need, ja, eh) != ("brauche", "", "")),
    *(f"ich {ja}bald nicht mehr {need}" for ja in ("", "ja ", "eh ", "sowieso ")
      for need in ("brauch", "brauche")),
    *(f"{what} verschenkt" for what in (
        "ganze wohnung", "ganzen wohnung", "alles", "all meine sachen", "alle meine sachen",
        "meine ganzen sachen", "all mein zeug", "mein ganzes zeug", "meinen ganzen besitz",
        "alles was ich habe", "alles was ich hab",
    )),
    # life insurance "if one did it oneself"
    *(f"lebensversicherung{also}{comma} wenn {who} {it} {self} {did}" for also in ("", " auch")
      for comma in ("", ",") for who in ("man", "ich", "jemand") for it in ("es", "das")
      for self in ("selbst", "selber") for did in ("gemacht", "getan", "macht", "tut", "mache")),
    # not coming on Monday, "also gar nicht mehr" (not "gar nicht mehr zum Kurs": IDIOMS)
    *(f"nicht {come}{sep}{so}{never}" for come in ("komm", "komme")
      for sep in (". ", ", ", " - ", "... ", " ") for so in ("also ", "oder ", "und ", "")
      for never in ("gar nicht mehr", "nie mehr", "nie wieder", "überhaupt nicht mehr")),
    # locked in: not allowed to leave the flat, the door locked from outside when he goes, the
    # boss keeps the passports, "lässt uns nicht aus der Unterkunft"
    *(f"darf {since}{the} {place} nicht verlassen" for since in (
        "", "seit wochen ", "seit tagen ", "seit monaten ",
        *(f"seit {n} {unit} " for n in ("2", "3", "4", "5", "6", "zwei", "drei")
          for unit in ("wochen", "tagen", "monaten")),
    ) for the in ("die", "das", "den")
      for place in ("wohnung", "haus", "zimmer", "unterkunft", "gelände")),
    *(f"{place} nicht verlassen darf" for place in ("wohnung", "haus", "zimmer", "unterkunft",
                                                    "gelände")),
    *(f"{i} nicht {alone}{out}" for i in ("ich darf", "und darf", "wir dürfen", "sie darf")
      for alone in ("allein ", "alleine ") for out in ("raus", "aus dem haus", "rausgehen",
                                                       "nach draußen", "vor die tür",
                                                       "aus der wohnung")),
    *(f"darf {i} nicht {alone}{out}" for i in ("ich", "sie") for alone in ("allein ", "alleine ")
      for out in ("raus", "aus dem haus", "rausgehen", "nach draußen")),
    *(f"{locked}{comma} wenn {he} {away}" for locked in (
        "abgeschlossen", "zugesperrt", "abgesperrt", "schließt mich ein", "schließt uns ein",
        "sperrt mich ein", "sperrt uns ein", "schließt die tür ab", "schliesst die tür ab",
        "sperrt die tür ab", "schließt die wohnung ab",
    ) for comma in ("", ",") for he in ("er", "sie")
      for away in ("weg", "zur arbeit", "arbeiten", "aus dem haus", "einkaufen")),
    *(f"{lock} mich {when} ein" for lock in ("sperrt", "schließt", "schliesst", "sperren")
      for when in ("jeden tag", "immer", "nachts", "tagsüber", "wieder", "jedes mal",
                   "den ganzen tag")),
    *(f"{come} hier nicht {out}" for come in ("komme", "komm", "kommen")
      for out in ("raus", "mehr raus", "weg")),
    *(f"{boss} gibt {us} {the} {papers} nicht" for boss in _BOSSES_DE for us in ("uns", "mir")
      for the in ("die", "unsere", "meine", "meinen", "den") for papers in _PASSPORTS),
    *(f"von {outside} {locked}" for outside in ("außen", "aussen")
      for locked in ("abgeschlossen", "abgesperrt", "zugesperrt", "verschlossen")),
    *(f"{lock} {what} von {outside}" for lock in ("schließt", "schliesst", "sperrt")
      for what in ("die tür", "mich", "uns", "die wohnung") for outside in ("außen", "aussen")),
    *(f"{boss} hat {our} {papers} {taken}" for boss in _BOSSES_DE
      for our in ("unsere", "meine", "meinen") for papers in _PASSPORTS
      for taken in ("genommen", "weggenommen", "abgenommen", "einbehalten", "eingesammelt",
                    "eingezogen")),
    *(f"{boss} {keeps} {our} {papers}" for boss in _BOSSES_DE
      for keeps in ("behält", "hat immer noch", "gibt", "nimmt") for our in ("unsere", "meine",
                                                                              "meinen")
      for papers in _PASSPORTS),
    *(f"{boss} hat {our} {papers}{stop}" for boss in _BOSSES_DE
      for our in ("unsere", "meine", "meinen") for papers in _PASSPORTS
      for stop in (".", "!", " und lässt", " und gibt")),
    *(f"{papers} {taken}" for papers in ("pässe", "paesse", "ausweise", "papiere", "ausweis",
                                         "reisepass", "reisepässe")
      for taken in ("weggenommen", "abgenommen")),
    *(f"{lets} {us} nicht {out}" for lets in ("lässt", "laesst", "lassen")
      for us in ("uns", "mich", "sie")
      for out in ("aus der wohnung", "aus der unterkunft", "aus dem container", "aus dem zimmer",
                  "aus dem heim", "raus", "weg", "vom gelände", "vom hof",
                  "von der farm", "nach draußen", "nach draussen", "allein raus",
                  "alleine raus", "aus dem haus", "vor die tür")
      if (lets, us, out) != ("lässt", "mich", "raus")),
    # forced marriage abroad ("ich soll dort heiraten", "dass ich dort verheiratet werde. bin 16",
    # "sie sagen, es ist Urlaub, aber ich weiß ...")
    *(f"{i} {there} heiraten" for i in ("ich soll", "ich muss", "soll ich", "muss ich")
      for there in ("dort", "da", "drüben", "in der heimat")),
    *(f"ich soll {when}in {country} heiraten" for when in ("", "im sommer ", "in den ferien ",
                                                            "bald ", "nächste woche ")
      for country in ("der türkei", "syrien", "afghanistan", "irak", "dem irak", "pakistan",
                      "iran", "dem iran", "libanon", "marokko", "algerien", "ägypten",
                      "somalia", "eritrea", "kosovo", "albanien", "tschetschenien")),
    *(f"{there} verheiratet {be}" for there in ("dort", "da", "drüben", "zwangs")
      for be in ("werde", "werden", "werden soll", "werden sollen")),
    "verheiratet werden soll", "verheiratet werden sollen", "verheiratet werden muss",
    "wird verheiratet", "werde verheiratet", "werden verheiratet", "wird sie verheiratet",
    "werde ich verheiratet",
    *(f"will {whom}nicht heiraten" for whom in ("ihn ", "den ", "diesen mann ", "")),
    "will keinen heiraten", "will niemanden heiraten", "möchte ihn nicht heiraten",
    *(f"{marry}{sep}{i} {age}" for marry in ("heiraten", "verheiratet werde", "verheiraten",
                                            "verheiratet werden")
      for sep in (". ", ", ", " und ") for i in ("ich bin", "bin", "sie ist", "bin erst")
      for age in _YOUNG),
    *(f"{say}{comma} es {is_} {just}urlaub{comma2} aber {know}" for say in ("sagen", "sagt",
                                                                          "sagten", "meinen")
      for comma in ("", ",") for is_ in ("ist", "wäre", "sei") for just in ("", "nur ")
      for comma2 in ("", ",") for know in ("ich weiß", "ich weiss", "ich glaube", "ich hab",
                                            "ich habe", "eigentlich", "in wahrheit")),
    *(f"{man} heiraten{comma} den {i} {know}" for man in ("mann", "fremden", "alten mann",
                                                        "cousin", "typen")
      for comma in ("", ",") for i in ("ich", "sie")
      for know in ("nicht kenn", "nie gesehen", "noch nie gesehen", "gar nicht kenn",
                   "nie getroffen", "noch nie getroffen")),
    # a child taken against the custody ("hat unsere Tochter aus der Schule geholt, obwohl er
    # das nicht darf"), a child not home from the OGS, "we don't know who took her"
    *(f"{child} {secretly}{school} {took}" for child in (
        "unsere tochter", "meine tochter", "unseren sohn", "meinen sohn", "unsere kinder",
        "meine kinder", "unser kind", "mein kind",
    ) for secretly in ("heimlich ", "ohne mich zu fragen ", "ohne erlaubnis ")
      for school in _SCHOOLS for took in ("geholt", "abgeholt", "mitgenommen")),
    *(f"{took}{comma} obwohl {he} {das}nicht darf" for took in ("geholt", "abgeholt",
                                                               "mitgenommen", "weggebracht")
      for comma in ("", ",") for he in ("er", "sie") for das in ("das ", "")),
    *(f"{took}{comma} obwohl {he} kein sorgerecht" for took in ("geholt", "abgeholt",
                                                               "mitgenommen")
      for comma in ("", ",") for he in ("er", "sie")),
    *(f"nicht {school} {home}" for school in (*_SCHOOLS, "vom training", "vom spielplatz",
                                              "vom sport", "vom fußball", "vom einkaufen",
                                              "vom bäcker", "von der bushaltestelle")
      for home in ("nach hause", "heimgekommen", "zurückgekommen", "zurueckgekommen",
                   "zurück")),
    "nicht aus der ogs", "nicht vom hort",
    *(f"{know} nicht{comma} wer {whom} {took}" for know in ("wissen", "weiß", "weis", "weiss")
      for comma in ("", ",") for whom in ("sie", "ihn", "die kinder", "die kleine", "den kleinen")
      for took in ("mitgenommen", "abgeholt", "geholt")),
    # a child fallen from the changing table or a bunk bed, a head hit on the tiles (not "fast
    # vom Wickeltisch gefallen", nor a fall last year: IDIOMS)
    *(f"{place} {fell}" for place in (
        "vom wickeltisch", "von der wickelkommode", "vom hochbett", "aus dem hochbett",
        "vom etagenbett", "aus dem etagenbett", "vom stockbett", "vom hochstuhl",
        "aus dem hochstuhl", "vom klettergerüst", "vom klettergeruest", "vom trampolin",
        "vom fensterbrett", "vom baum", "von der treppe", "von der rutsche", "von der schaukel",
        "von der mauer", "vom garagendach", "vom wickeltich",
    ) for fell in ("gefallen", "gestürzt", "gestuerzt", "runtergefallen", "geflogen",
                   "runtergeflogen")),
    *(f"mit dem kopf {onto}" for onto in ("auf die", "auf den", "aufs", "auf das", "gegen",
                                          "auf eine", "auf einen", "an die", "an den",
                                          "voll auf")),
    "auf den kopf gefallen", "auf den hinterkopf gefallen",
    *(f"{fell} und {sick}" for fell in ("gefallen", "gestürzt", "geknallt", "gestoßen",
                                        "gestossen", "aufgeschlagen", "angeschlagen")
      for sick in ("spuckt", "erbricht", "bricht", "kotzt", "hat gebrochen", "hat erbrochen",
                   "übergibt sich", "hat sich übergeben", "jetzt spuckt", "jetzt erbricht",
                   "ist so müde", "ist ganz müde", "schläft ständig")),
    # swallowed cleaning products: chewed on a dishwasher tab, foam at the mouth
    "schaum am mund", "schaum aus dem mund",
    *(f"{pod} {chewed}" for pod in ("spülmaschinentab", "spülmaschinentabs", "geschirrspültab",
                                    "geschirrspültabs", "spuelmaschinentab", "waschmittelkapsel",
                                    "waschmittelkapseln", "waschkapsel", "waschkapseln",
                                    "spülmaschinenpulver", "spülmaschinentablette")
      for chewed in ("rumgekaut", "herumgekaut", "gekaut", "angebissen", "abgebissen", "geleckt",
                     "gelutscht", "genuckelt", "rumgelutscht", "verschluckt")),
    *(f"{pod} {eaten}" for pod in ("spülmaschinenpulver", "spülmaschinentablette",
                                   "spuelmaschinentab")
      for eaten in ("gegessen", "geschluckt", "getrunken")),
    *(f"{product} {drunk}" for product in ("klarspüler", "desinfektionsmittel",
                                           "geschirrspülmittel", "nagellackentferner",
                                           "frostschutzmittel", "spiritus", "grillanzünder",
                                           "weichspueler", "shampoo", "duschgel", "e-liquid",
                                           "liquid von der e-zigarette")
      for drunk in ("getrunken", "geschluckt", "gegessen", "ausgetrunken")),
    *(f"knopfbatterie {eaten}" for eaten in ("verschluckt", "geschluckt", "gegessen", "im mund")),
    "batterie verschluckt", "magnet verschluckt", "magnete verschluckt",
    # an old person on the floor for an hour, "ich krieg Opa nicht hoch"
    *(f"liegt seit {how_long} {where}" for how_long in (
        "ner stunde", "einer stunde", "über einer stunde", "einer halben stunde",
        "ner halben stunde", "zwei stunden", "drei stunden", "2 stunden", "3 stunden",
        "1 stunde", "heute morgen", "dem morgen", "heute früh", "gestern abend",
        "heute nacht", "der nacht", "dem frühstück", "dem mittag", "mittag", "dem aufstehen",
    ) for where in ("da", "auf dem boden", "am boden", "im bad", "in der küche", "im flur",
                    "auf den fliesen", "so da", "einfach da", "dort", "hier", "in der dusche",
                    "auf dem teppich", "vor dem bett", "neben dem bett")),
    *(f"{get} {whom} nicht {up}" for get in ("krieg", "kriege", "bekomme", "schaffe")
      for whom in ("opa", "oma", "papa", "mama", "meinen vater", "meine mutter", "meinen mann",
                   "meine frau", "meinen opa", "meine oma")
      for up in ("hoch", "mehr hoch", "auf die beine", "vom boden", "alleine hoch", "allein hoch")),
    *(f"{get} {whom} nicht {up}" for get in ("krieg", "kriege", "bekomme", "schaffe")
      for whom in ("ihn", "sie") for up in ("vom boden", "auf die beine", "mehr auf die beine")),
    *(f"hingefallen{comma} {rest}" for comma in ("", ",") for rest in (
        "und kommt nicht", "und kann nicht", "und liegt", "liegt", "kommt nicht", "kann nicht",
        "und kommt allein nicht", "und ich krieg")),
    # not eating or drinking for days (not a picky child "isst nichts außer Nudeln": IDIOMS), no
    # answer at the door or on the phone since yesterday
    *(f"{eats} seit {days} {nothing}" for eats in ("isst", "trinkt", "isst und trinkt",
                                                  "isst oder trinkt")
      for days in ("tagen", "zwei tagen", "drei tagen", "vier tagen", "2 tagen", "3 tagen",
                   "4 tagen", "5 tagen", "einer woche", "gestern")
      for nothing in ("nichts", "nix", "nicht", "gar nichts")),
    *(f"seit {days} nichts {eaten}" for days in ("tagen", "zwei tagen", "drei tagen", "2 tagen",
                                                 "3 tagen", "4 tagen")
      for eaten in ("gegessen und getrunken", "getrunken", "mehr getrunken",
                    "gegessen und nichts getrunken", "gegessen oder getrunken")),
    *(f"isst {nothing}{comma} trinkt {nothing2}" for nothing in ("nichts", "nix", "kaum", "nicht")
      for comma in (",", " und", " und auch") for nothing2 in ("nichts", "nix", "kaum",
                                                               "nicht")),
    "isst und trinkt nichts", "isst und trinkt nix", "isst und trinkt nicht",
    "isst und trinkt kaum",
    *(f"{who} macht seit {days} nicht {more}{up}" for who in _RELATIVES
      for days in ("tagen", "gestern", "zwei tagen", "heute morgen", "vorgestern")
      for more in ("", "mehr ") for up in ("auf", "die tür auf")),
    *(f"{who} {goes} seit {since} nicht {more}ans {phone}" for who in _RELATIVES
      for goes in ("geht",) for since in ("gestern", "tagen", "zwei tagen", "heute morgen",
                                          "gestern abend", "vorgestern", "stunden")
      for more in ("", "mehr ") for phone in ("telefon", "handy")),
    # a car crashed into a tree, stones thrown at the windows now
    *(f"gegen {a}{what} {crashed}" for a in ("", "einen ", "den ", "nen ", "ne ", "eine ", "die ")
      for what in ("baum", "mauer", "laterne", "brücke", "leitplanke", "brückenpfeiler")
      for crashed in ("gefahren", "geknallt", "gekracht", "geprallt", "gerast")),
    "auto hat sich überschlagen", "wagen hat sich überschlagen", "auto überschlagen",
    "sich mehrmals überschlagen", "unfall direkt vor mir", "unfall gerade vor mir",
    "unfall vor meinen augen", "unfall direkt vor meinen augen", "unfall vor unserem haus",
    *(f"{throw} {now}steine" for throw in ("werfen", "wirft", "schmeißen", "schmeissen",
                                           "schmeißt", "schmeisst")
      for now in ("welche ", "gerade ", "jetzt ", "wieder ", "schon wieder ")),
    *(f"steine {at} {the} {what}" for at in ("gegen", "an", "auf")
      for the in ("die", "das", "unsere", "unser", "meine")
      for what in ("fenster", "scheibe", "scheiben", "tür", "haus", "heim", "auto")),
    "mit steinen beworfen", "steine durchs fenster", "stein durchs fenster",
    # a failed attempt told, the next one announced ("hab es gestern nacht versucht ... heute
    # mach ichs richtig", "diesmal nehm ich alle")
    *(f"{when} {do} {it} richtig" for when in ("heute", "heute nacht", "heute abend",
                                                "diesmal", "dieses mal", "nächstes mal")
      for do in ("mach", "mache") for it in ("ich es", "ichs", "ich's")),
    *(f"{when} {do}" for when in ("heute nacht", "diese nacht")
      for do in ("klappt es", "schaffe ich es", "schaff ich es", "zieh ich es durch",
                 "ziehe ich es durch", "bring ich es zu ende", "bringe ich es zu ende",
                 "versuch ich es nochmal", "versuche ich es nochmal", "versuche ich es wieder")),
    *(f"{it} {when} {tried}" for it in ("es", "habs", "hab's")
      for when in ("gestern nacht", "letzte nacht", "heute nacht", "in der nacht")
      for tried in ("versucht", "probiert")),
    *(f"{when} {take} ich {what}" for when in ("diesmal", "nächstes mal", "beim nächsten mal",
                                                "heute nacht")
      for take in ("nehm", "nehme") for what in ("alle", "die ganze packung", "mehr tabletten")),
    "trotzdem wieder aufgewacht", "trotzdem aufgewacht", "doch wieder aufgewacht",
    "bin einfach wieder aufgewacht", "leider nicht gestorben", "wieder nicht gestorben",
    "nicht genug tabletten genommen",
    # decided, then a farewell ("hab mich entschieden. danke für alles"; a move or an exam
    # decided on: IDIOMS)
    *(f"{decided}{sep}{bye}" for decided in _DECIDED for sep in (". ", ", ", " ")
      for bye in _BYE),
    # "don't look for me", "don't try to stop me"
    "sucht nicht nach mir", "such nicht nach mir", "suchen sie nicht nach mir",
    "bitte sucht mich nicht", "sucht mich bitte nicht", "niemand soll mich suchen",
    "keiner soll mich suchen",
    *(f"{try_}{comma} mich {what}" for try_ in ("versucht nicht", "versuch nicht",
                                                "versuchen sie nicht")
      for comma in ("", ",") for what in ("zu finden", "aufzuhalten")),
    # nothing matters after tomorrow, nothing needed any more ("ab übermorgen ist eh alles
    # egal", "nach morgen brauch ich nichts mehr", "ab nächster woche brauch ich sie eh nicht
    # mehr"; a move or a new job: de.IDIOMS)
    *(f"{when} ist {it}egal" for when in _AFTER
      for it in ("eh alles ", "dann eh alles ", "sowieso alles ", "eh ", "alles ")),
    *(f"{when} ist alles egal" for when in ("morgen", "bald", "ab morgen")),
    *(f"{when} {plays}" for when in (*_AFTER, "morgen", "ab morgen", "bald")
      for plays in ("spielt nichts mehr eine rolle", "spielt eh nichts mehr",
                    "ist nichts mehr wichtig")),
    *(f"{when} {need} ich {eh}nichts mehr" for when in (*_AFTER, "bald")
      for need in ("brauch", "brauche") for eh in ("", "eh ")),
    *(f"{when} {need} ich {it} eh nicht mehr" for when in (
        "ab morgen", "ab übermorgen", "ab nächster woche", "nach dem wochenende", "nach morgen",
        "nach heute nacht",
    ) for need in ("brauch", "brauche") for it in ("sie", "ihn", "das")),
    # nobody left to care for a pet or a child from tomorrow on ("ab morgen kann sich keiner
    # mehr um sie kümmern"; a holiday or a hospital stay: IDIOMS), "my cat after me"
    *(f"{when} kann sich {nobody} mehr um {whom} kümmern" for when in (
        "ab morgen", "ab übermorgen", "nach morgen", "ab heute nacht", "bald")
      for nobody in ("keiner", "niemand")
      for whom in ("sie", "ihn", "meine katze", "meinen hund", "meine katzen", "meine tiere",
                   "meinen kater")),
    *(f"{pet} nach mir" for pet in (
        "meine katze", "meinen kater", "meine katzen", "meinen hund", "meine hunde",
        "meinen vogel", "meine vögel", "meine hasen", "mein kaninchen", "meine kaninchen",
        "mein meerschweinchen", "meinen hamster",
    )),
    # means bought or laid out ("hab ein Seil im Baumarkt gekauft", "Klingen liegen auf dem
    # Tisch"; rope for a move or climbing: de.IDIOMS)
    *(f"{rope} {where} {bought}" for rope in ("seil", "strick")
      for where in ("im baumarkt", "bei obi", "bei hornbach", "online", "heute", "gestern",
                    "extra")
      for bought in ("gekauft", "besorgt", "geholt")),
    *(f"{blade} {lie} {already}{where}" for blades, lies in (
        (("rasierklingen", "klingen"), ("liegen", "sind")),
        (("rasierklinge", "klinge"), ("liegt", "ist")))
      for blade in blades for lie in lies for already in ("", "schon ")
      for where in ("auf dem tisch", "neben dem waschbecken", "neben mir")),
    # everything given away (before a move: de.IDIOMS, IDIOMS)
    *(f"{what} weggegeben" for what in (
        "all meine sachen", "alle meine sachen", "meine ganzen sachen", "all mein zeug",
        "mein ganzes zeug", "meinen ganzen besitz", "alles was ich habe", "alles was ich hab",
        "alles was ich hatte",
    )),
    "meine sachen verschenkt",
    *(f"alles {given}{comma} was ich {had}" for given in ("weggegeben", "verschenkt")
      for comma in ("", ",") for had in ("hatte", "habe", "hab", "besitze")),
    # the key left under the mat or in the mailbox for whoever comes, "damit man mich findet"
    # (a holiday, a craftsman, a neighbour, moving out: IDIOMS)
    *(f"schlüssel {lie}{already}{mat}" for lie in ("liegt ", "liegen ", "ist ", "hab ich ",
                                                    "lege ich ", "")
      for already in ("", "schon ") for mat in _MAT if lie or not already),
    *(f"schlüssel {lie}{already}im briefkasten" for lie in ("liegt ", "liegen ", "ist ")
      for already in ("", "schon ")),
    *(f"{to} mich findet" for to in ("wer auch immer", "für den, der", "für den der",
                                      "für wen auch immer")),
    "damit man mich findet", "damit mich jemand findet", "damit ihr mich findet",
    # a friend's farewell ("vergib mir bruder ich geh jetzt"), the phone off since
    *(f"{forgive}{comma} {who}" for forgive in ("vergib mir", "verzeih mir", "verzeiht mir")
      for comma in ("", ",") for who in _WHO),
    *(f"{who}{comma} {forgive}" for who in _WHO for comma in ("", ",")
      for forgive in ("vergib mir", "verzeih mir", "verzeiht mir")),
    *(f"{forgive}{comma} {what}" for forgive in ("vergib mir", "verzeih mir", "verzeiht mir",
                                                 "vergebt mir")
      for comma in ("", ",") for what in ("was ich jetzt tue", "was ich tun werde",
                                          "ich geh jetzt", "ich gehe jetzt",
                                          "ich kann nicht mehr")),
    "sorry für alles", "verzeiht mir für alles", "vergebt mir alles", "vergib mir alles",
    *(f"{now} ist {his} handy aus" for now in ("und jetzt", "jetzt", "seitdem")
      for his in ("sein", "ihr")),
    *(f"{his} handy ist seitdem aus" for his in ("sein", "ihr")),
    # a farewell asking to look after the family ("tschüss, pass gut auf meine Tochter auf";
    # a holiday, a hospital stay or a move: IDIOMS), hugs and messages for the family
    *(f"{bye}{sep}{care}" for bye in ("tschüs", "lebt wohl", "leb wohl", "macht's gut",
                                      "machts gut")
      for sep in (", ", ". ", " ")
      for care in ("pass auf meine", "pass auf mein", "pass gut auf", "passt gut auf",
                   "kümmer dich um", "kümmere dich um", "kümmert euch um")),
    *(f"{care} {whom}" for care in ("pass gut auf", "passt gut auf", "kümmert euch gut um",
                                    "kümmere dich gut um", "kümmer dich gut um")
      for whom in _FAMILY_AKK),
    *(f"{hug} {whom} von mir" for hug in ("umarm", "umarmt", "küss", "küsst")
      for whom in _FAMILY_AKK[:6]),
    *(f"dass ich {how}stolz auf {obj} {was_}" for how in ("", "immer ", "so ", "sehr ")
      for obj in ("sie", "ihn", "euch", "dich") for was_ in ("war", "gewesen")),
    # standing on a railing, a roof or a car park ("stehe schon am Geländer" is de.STEMS)
    *(f"{over} geländer {climb}" for over in ("übers", "über das", "aufs", "auf das")
      for climb in ("geklettert", "klettern", "gestiegen", "steigen", "klettere")),
    *(f"{stand} auf dem {what}" for stand in ("stehe", "steh", "sitze", "sitz")
      for what in ("geländer", "brückengeländer", "dachrand", "dach vom parkhaus",
                   "dach vom hochhaus", "parkhausdach")),
    "bin auf dem dach vom hochhaus", "bin oben auf dem dach vom",
    *(f"{stands} auf dem {what}" for stands in ("steht", "sitzt", "klettert")
      for what in ("geländer", "brückengeländer", "dachrand")),
    "hinter dem geländer", "außen am geländer", "auf der anderen seite vom geländer",
    "auf der anderen seite des geländers", "am rand vom dach", "am rand des daches",
    "am rand des dachs", "an der dachkante", "auf der dachkante", "oben auf dem parkhaus",
    "am brückengeländer",
    # locked in at night, passports kept or hidden ("chef hat unsere pässe und schliesst uns
    # nachts im container ein", "wir dürfen seit 2 tagen nicht raus")
    *(f"{lock} {us} {when}{where}ein" for lock in ("schließt", "sperrt")
      for us in ("uns", "mich") for when in ("", "nachts ", "jede nacht ")
      for where in ("", "im container ", "in der unterkunft ", "im zimmer ", "in der wohnung ",
                    "im lager ")
      if where or (us == "uns" and when and f"{lock}{when}" != "schließtnachts ")),
    *(f"{boss} hat {papers} und {does}" for boss in ("chef", "vorarbeiter", "arbeitgeber",
                                                     "vermittler", "agentur", "mann", "familie")
      for papers in ("unsere pässe", "unsere papiere", "meinen pass", "meine papiere")
      for does in ("schließt", "sperrt", "lässt")
      if does != "lässt" or boss in ("mann", "familie") or "papiere" in papers),
    *(f"{may} seit {since} nicht {out}" for may in ("darf", "dürfen")
      for since in ("tagen", "wochen", "2 tagen", "3 tagen", "zwei tagen", "2 wochen")
      for out in ("raus", "mehr raus")),
    *(f"{hid} {papers} {hidden}" for hid in ("hat", "haben")
      for papers in ("meinen pass", "meinen ausweis", "meine papiere", "unsere pässe")
      for hidden in ("versteckt", "weggeschlossen", "eingeschlossen")),
    # forced marriage of a minor abroad ("einen Mann, den ich nicht kenne, heiraten", "dass ich
    # meinen Cousin heirate", "... heirate. ich bin 16")
    *(f"{rel} {know}{comma} heiraten" for rel in ("den ich", "die ich")
      for know in ("nicht kenne", "nicht kenn", "nie gesehen habe", "nie gesehen hab",
                   "noch nie gesehen habe", "noch nie gesehen hab")
      for comma in ("", ",")),
    *(f"mit einem {man}{comma} den ich {know}" for man in ("mann", "fremden", "alten mann")
      for comma in ("", ",") for know in ("nicht kenne", "nie gesehen", "noch nie gesehen")),
    *(f"dass ich {whom} heirate" for whom in ("meinen cousin", "seinen cousin", "ihren cousin",
                                              "einen fremden", "einen alten mann",
                                              "einen viel älteren mann", "einen mann den ich",
                                              "einen mann, den ich", "den alten mann")),
    *(f"{marry}{sep}{i} {age}" for marry in ("heirate", "heiraten muss", "heiraten soll")
      for sep in (". ", ", ") for i in ("ich bin", "bin") for age in ("14", "15", "16", "17")),
)

CRIES: tuple[str, ...] = (
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
)

SERVICE_WORDS: tuple[str, ...] = (
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
)

IDIOMS: tuple[str, ...] = (
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
    # an old person's will, a hospital stay, a holiday or a move beside "wenn ich nicht mehr da
    # bin" ("wenn ich mal nicht mehr da bin" already misses the stems)
    *near(_NOT_DEATH, (f"{when} ich" for when in _WHEN), _MIDS),
    *near((f"{when} ich" for when in _WHEN), _NOT_DEATH, _MIDS),
    # living elsewhere: "ab Juli lebe ich nicht mehr in Verl", "... nicht mehr bei meinen Eltern"
    *(f"lebe ich nicht mehr {where}" for where in (
        "in", "im", "bei", "mit", "hier", "dort", "da", "zusammen", "allein", "alleine", "so",
        "getrennt", "auf", "in der", "in deutschland", "in gütersloh", "unter",
    )),
    # a farewell on moving away, after a course or a job, or before a holiday ("wollte mich nur
    # verabschieden, wir ziehen nach Hamburg"), going home for good ("für immer zurück")
    *near(_FAREWELLS, _LEAVING, _MIDS),
    *near(_LEAVING, _FAREWELLS, _MIDS),
    "für immer zurück", "für immer nach", "für immer in die", "für immer in den",
    "für immer ins", "fuer immer zurück", "zurück für immer",
    *(f"{a} abschied {from_}" for a in ("mein", "ein") for from_ in (
        "vom", "von der", "von dem", "aus", "im", "in der", "nach")),
    # ending a relationship, a contract or a course ("beschlossen, es zu beenden, mit ihm")
    *near(("es zu beenden",), ("beziehung", "ehe", "mit ihm", "mit ihr", "vertrag", "kurs",
                                "ausbildung", "studium", "job", "arbeit", "praktikum",
                                "freundschaft", "verlobung")),
    *near(("beziehung", "ehe", "mit ihm", "mit ihr", "vertrag", "kurs", "ausbildung",
            "studium", "job", "praktikum", "freundschaft", "verlobung"), ("es zu beenden",)),
    # how to tell the children about a dead parent's love ("wie sage ich meinen Kindern, dass
    # ihr Papa sie immer lieb hatte?")
    *(f"wie {say} ich … dass" for say in ("sage", "sag", "erkläre", "erklär", "bringe",
                                          "kann", "soll", "schreibe")),
    # the last message for now, to an office
    *near(("letzte nachricht",), ("heute", "für heute", "zu", "zum", "zur", "diese woche",
                                   "vor dem", "jobcenter", "amt", "behörde", "vermieter",
                                   "ausländerbehörde", "bürgerbüro", "an das", "an den",
                                   "anwalt", "firma", "chef", "schule", "kita", "thema")),
    # missed at a course or at work for a day
    *(f"mich vermissen {where}" for where in ("im kurs", "in der schule", "auf der arbeit",
                                              "bei der arbeit", "auf der party", "im büro",
                                              "heute", "morgen")),
    # a parent on holiday or at work who does not answer the phone
    *near(("nicht ans telefon", "nicht ans handy", "nicht mehr ans telefon",
            "nicht mehr ans handy"), ("urlaub", "verreist", "reise", "im ausland", "arbeit",
                                      "arbeitet", "schicht", "handy ist kaputt", "kein netz")),
    *near(("urlaub", "verreist", "im ausland", "arbeitet"), ("nicht ans telefon",
                                                               "nicht ans handy")),
    *(f"von mir {hear} {until}" for hear in ("hören", "lesen") for until in ("bis", "bevor")),
    # rope for a move, a tent, a boat or climbing
    *near(("seil", "strick"), (
        "umzug", "umziehen", "klettern", "kletter", "zelt", "camping", "boot", "wäsche",
        "waesche", "abschlepp", "transport", "anhänger", "anhaenger", "garten", "schaukel",
        "möbel", "moebel", "ladung", "sport", "turnen", "fitness", "spielen", "basteln",
        "festzurren", "sichern", "springen", "seilspringen", "matratze", "autodach", "dachträger",
        "gepäck", "koffer", "kisten", "kartons", "schrank",
    ), _MIDS),
    *near(("umzug", "umziehen", "klettern", "kletter", "zelt", "camping", "boot", "wäsche",
            "abschlepp", "transport", "anhänger", "garten", "schaukel", "möbel", "fitness",
            "sport", "turnen", "basteln"), ("seil", "strick")),
    # pills stocked up for a holiday or for months
    *near(("genug tabletten", "genug pillen", "genug medikamente", "genug schlaftabletten"), (
        "urlaub", "reise", "flug", "ferien", "monate", "heimat", "rezept", "krankenkasse",
        "wochen", "türkei", "syrien", "ausland",
    )),
    *near(("urlaub", "reise", "ferien", "heimat", "ausland"), ("genug tabletten",
                                                                "genug medikamente")),
    # giving things away or not needing them before a move or a flight home
    *near(("verschenkt",), _LEAVING, _MIDS),
    *near(_LEAVING, ("verschenkt",), _MIDS),
    *near(("bald nicht mehr", "nicht mehr brauch"), (*_LEAVING, "winter", "sommer", "baby",
                                                      "kinderwagen", "groß", "gross")),
    *near(_LEAVING, ("brauch ich", "brauche ich")),
    *near(("winter", "sommer", "jacke", "kinderwagen", "kinderbett", "babysachen",
            "babykleidung", "umstandsmode", "schulsachen"), ("brauch ich", "brauche ich")),
    # quitting a course or a job ("wenn ich montag nicht komme, also gar nicht mehr zum Kurs")
    *(f"{never} {to}" for never in ("gar nicht mehr", "nie mehr", "nie wieder",
                                    "überhaupt nicht mehr")
      for to in ("zum", "zur", "in den", "in die", "ins", "zu dem", "zu der", "arbeiten")),
    # quarantine, a doctor's orders, house arrest
    *near(("quarantäne", "quarantaene", "corona", "covid", "fieber", "arzt", "gips",
            "operation", "hausarrest", "fußfessel", "fussfessel"), ("nicht verlassen",), _MIDS),
    *near(("nicht verlassen",), ("quarantäne", "quarantaene", "corona", "covid", "hausarrest",
                                  "fußfessel", "fussfessel", "operation", "arzt")),
    # passports at an office or for a copy ("die Firma hat meinen Pass kopiert")
    *(f"{papers} … {copy}" for papers in ("pass", "pässe", "ausweis", "papiere", "dokumente")
      for copy in ("kopier", "kopie", "scan", "eingescannt", "fotografiert")),
    # not stupid ("nicht auf den Kopf gefallen"), a near miss ("fast vom Wickeltisch gefallen")
    "nicht auf den kopf gefallen", "nicht auf den hinterkopf gefallen",
    *(f"{almost} {from_}" for almost in ("fast", "beinahe", "wäre fast", "fast mal")
      for from_ in ("vom", "von der", "aus dem", "auf den kopf")),
    # running one's head against a wall: getting nowhere with an office
    *(f"{run} … mit dem kopf gegen" for run in ("renne", "rennen", "rennt", "laufe", "laufen")),
    # falls and crashes long past ("letztes Jahr vom Baum gefallen, jetzt Physiotherapie")
    *(f"{when} ‥ {fell}" for when in ("letztes jahr", "letzten monat", "vor einem jahr",
                                      "vor jahren", "als kind", "damals", "vor zwei jahren",
                                      "vor ein paar jahren", "letzte woche", "vor einem monat")
      for fell in ("gefallen", "gestürzt", "gegen", "überschlagen", "kopf")),
    # a contract or debts one cannot get out of ("komme hier nicht raus aus dem Vertrag")
    *(f"raus aus {what}" for what in ("dem vertrag", "meinem vertrag", "dem mietvertrag",
                                      "dem handyvertrag", "dem arbeitsvertrag", "den schulden",
                                      "der schuldenfalle", "dem abo", "der versicherung")),
    # a parcel, not a child, taken by someone
    *near(("wer ihn", "wer sie"), ("paket", "päckchen", "sendung", "dhl", "hermes", "dpd",
                                    "fahrrad", "brief", "schlüssel")),
    *near(("paket", "päckchen", "sendung", "dhl", "hermes", "dpd", "fahrrad", "schlüssel"),
           ("wer ihn", "wer sie")),
    # a picky eater ("isst seit Tagen nichts außer Nudeln")
    *(f"{nothing} {but}" for nothing in ("nichts", "nix", "kaum was", "kaum etwas")
      for but in ("außer", "ausser", "anderes als", "ausser", "als")),
    # a move, a job or an exam decided on beside the farewell
    *near(_DECIDED, _PLANS),
    *near(("danke für alles",), _PLANS, ("ich",)),
    *near(_PLANS, _DECIDED),
    # the last message before a move ("das ist meine letzte Nachricht hier, ich zieh nächste
    # Woche nach Berlin")
    *near(("letzte nachricht",), ("umzug", "zieh", "umzieh", "wegzieh", "zurück nach",
                                   "neue wohnung", "neuen job", "neue stelle", "arbeit gefunden",
                                   "job gefunden", "urlaub", "fliege", "fliegen")),
    # things given away before a move
    *near(("weggegeben",), _MOVES),
    *near(_MOVES, ("weggegeben",)),
    # nobody to care for the cat during a holiday or a hospital stay, "look after my kids" for
    # a holiday or a shift
    *near(("kümmern",), _AWAY),
    *near(_AWAY, ("kann sich keiner", "kann sich niemand")),
    *near(("pass gut auf", "passt gut auf", "kümmert euch gut", "kümmere dich gut",
           "kümmer dich gut"), _AWAY),
    *near(_AWAY, ("pass gut auf", "kümmert euch gut")),
    # kept in by an illness or a doctor's orders ("darf seit Tagen nicht raus, Windpocken")
    *near(_ILL, ("darf seit", "dürfen seit")),
    *near(("nicht raus", "nicht mehr raus"), _ILL),
    # tasks tried, retried and done right ("heute mach ich es richtig mit dem Formular")
    *near(("versucht", "probiert"), _TASKS),
    *near(_TASKS, ("versucht", "probiert", "mach ich", "mache ich")),
    *near(("mach ich es richtig", "mache ich es richtig", "mach ichs richtig"), _TASKS),
    # "egal" for a deadline or a party, things not needed after a course or a job, a sorry
    # for a forgotten anniversary
    *near(("egal",), ("frist", "urlaub", "party", "ferien", "prüfung", "bestanden", "feiern",
                      "hauptsache")),
    *near(("eh nicht mehr",), ("kurs", "kita", "schule", "arbeit", "job", "ticket", "fahrrad",
                               "auto", "ausbildung", "umzug", "zieh", "heimat", "urlaub")),
    *near(("verzeih mir", "vergib mir", "verzeiht mir"), ("vergessen", "kaputt", "zu spät",
                                                          "verspät", "lol", "haha")),
    # the key under the mat for a holiday, a neighbour, a craftsman or a move-out
    *near((*_KEY_REASONS, "vermieter", "kaution"), ("schlüssel",)),
    *near(("fußmatte", "matte", "briefkasten"), _KEY_REASONS),
)
# fmt: on
