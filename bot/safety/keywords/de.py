"""German keywords of the safety net (`bot.safety` matches them)."""

# fmt: off
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
)
# fmt: on
