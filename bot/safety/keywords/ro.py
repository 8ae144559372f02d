"""Romanian keywords of the safety net (`bot.safety` matches them)."""

# fmt: off
# Word lists for the quiet crises (farewells, final arrangements, means at hand, "I've
# decided") and the wordless dangers (locked in, passports held, forced marriage, a fall, a
# child not home) among the keywords below.
# Folding drops diacritics, so "frânghie" also matches "franghie".

# Ordinary things that follow "no longer being" somewhere: a job, a course, a town, a country
# ("când nu voi mai fi angajat", "dacă nu mai sunt la curs"); "în viață", "pe lumea asta" and
# "aici" are not among them.
_NOT_THERE = (
    "la ", "acasa", "în germania", "în românia", "în țară", "în oraș", "în gütersloh", "în heim",
    "în concediu", "în șomaj", "în contract", "în program", "în grupă", "în clasă", "în echipă",
    "în zonă", "în stare", "în măsură", "în perioada", "pe lista", "pe listă", "pe contract",
    "pe tură", "pe aici", "angajat", "angajată", "șomer", "șomeră", "student", "studentă", "elev",
    "elevă", "membru", "membră", "înscris", "înscrisă", "asigurat", "asigurată", "însărcinată",
    "bolnav", "bolnavă", "căsătorit", "căsătorită", "singur", "singură", "disponibil",
    "disponibilă", "chiriaș", "chiriașă", "minor", "minoră", "de acord", "sigur", "sigură",
    "prea", "așa", "atât", "cu el", "cu ea", "cu ei", "cu voi", "împreună", "online", "acolo",
    "nevoit", "nevoită", "obligat", "obligată", "capabil", "capabilă", "eligibil", "eligibilă",
    "îndreptățit", "îndreptățită", "programat", "programată", "acceptat", "acceptată", "plătit",
    "plătită", "rezident", "rezidentă", "activ", "activă", "liber", "liberă", "ocupat", "ocupată",
    "în pericol", "în pat", "în spital",
)
# "no longer living" in a place or with someone ("dacă nu mai trăiesc în Germania")
_NO_LONGER_LIVE = ("nu mai trăiesc", "nu voi mai trăi", "nu o să mai trăiesc", "n-o să mai trăiesc")
_LIVE_WHERE = ("în ", "cu ", "aici", "acolo", "împreună", "la ", "pe ", "singur", "singură", "din ")
_NO_LONGER = ("nu mai sunt", "nu voi mai fi", "nu o să mai fiu", "n-o să mai fiu", "nu mai fiu")
# "When I'm no longer alive" and an old person's will around it
_GONE = (
    "nu voi mai fi", "nu o să mai fiu", "n-o să mai fiu", "nu mai sunt în viață",
    "nu mai trăiesc", "nu voi mai trăi", "nu o să mai trăiesc", "după moartea mea", "după ce mor",
)
_WILL = (
    "moștenește", "moștenesc", "moștenire", "moștenirea", "testament", "testamentul", "notar",
    "succesiune", "succesiunea", "asigurare de viață", "asigurarea de viață", "pensie",
    "pensia", "am 70", "am 75", "am 80", "am 85", "am 90",
)
# A child ("nu-l găsesc pe fiul meu").
_CHILDREN = (
    "fiul meu", "fiica mea", "băiatul meu", "fetița mea", "copilul meu", "băiat", "băiețel",
    "fetiță", "copil", "fiul", "fiica", "băiatul", "fetița", "băiețelul meu", "cel mic", "cea mică",
)
# People a farewell is passed on to ("spune-i mamei că o iubesc").
_KIN = (
    "mamei", "mamei mele", "lui mama", "lu mama", "tatei", "tatălui meu", "lui tata", "lu tata",
    "fiicei mele", "fetei mele", "fiului meu", "băiatului meu", "soției mele", "soției",
    "nevestei", "nevestei mele", "soțului meu", "copiilor mei", "copiilor", "fetelor mele",
    "băieților mei", "părinților mei", "surorii mele", "fratelui meu", "iubitei mele",
    "iubitului meu", "bunicii", "familiei mele",
)
_KIN_MINE = tuple(kin for kin in _KIN if kin.endswith(("mele", "meu", "mei")))

# "I've decided", said absolutely and followed by a farewell (not "am hotărât să dau examenul")
_DECIDED = (
    "am hotarat", "am decis", "am luat decizia", "decizia e luata", "decizia este luata",
    "hotararea e luata", "am hotarat deja", "am decis deja", "am luat o hotarare",
)
_SEPS = (" ", ". ", ", ")
_DECIDED_END = (
    "multumesc pentru tot", "multumesc pt tot", "mersi pentru tot", "multumesc pentru toate",
    "va multumesc pentru tot", "va multumesc pentru toate", "iti multumesc pentru tot",
    "iertati-ma", "iertati ma", "iarta-ma", "iarta ma", "adio",
    "ramas bun", "la revedere tuturor", "nu mai conteaza", "nu ma cautati", "e mai bine asa",
    "va iubesc", "imi pare rau pentru tot", "nu mai suport", "s-a terminat",
)
# "tried last night, it didn't work"
_TRIED = (
    "am incercat aseara", "am incercat azi-noapte", "am incercat azi noapte",
    "am incercat noaptea", "aseara am incercat", "azi-noapte am incercat",
)
_FAILED = (
    "n-a mers", "nu a mers", "n-a functionat", "nu a functionat", "n-am reusit", "nu am reusit",
    "nu mi-a iesit", "n-a iesit", "m-au gasit", "m-au salvat", "m-am trezit",
)
# "after tomorrow / tonight / Friday nothing matters"
_AFTER = (
    "maine", "diseara", "seara asta", "noaptea asta", "azi", "vineri", "sambata", "duminica",
    "luni", "weekend", "poimaine", "de acum",
)
_NOTHING_MATTERS = (
    "nu mai conteaza nimic", "nimic nu mai conteaza", "nu o sa mai conteze nimic",
    "n-o sa mai conteze nimic", "nimic nu o sa mai conteze", "nimic nu va mai conta",
    "nu va mai conta nimic", "nimic nu mai are importanta", "nu mai are importanta nimic",
    "nimic nu mai are sens",
)
# "who takes the children after me"
_AFTER_ME = (
    "copiii", "copii", "copilul", "copilului", "copiilor", "pisica", "pisicii", "cainele",
    "cainelui", "fetita", "fetitei", "baiatul", "baiatului", "fiica mea", "fiul meu",
    "cei mici", "de ei", "de ea", "de el", "animalele", "de la kita", "de la gradinita",
    "de la scoala",
)
# everything given away (ordinary before a move, as a donation, sold)
_GAVE = ("am dat", "am daruit", "am impartit", "am dat deja", "am dat de pomana", "am donat")
_THINGS = (
    "toate lucrurile", "tot ce aveam", "lucrurile mele", "toate hainele mele", "hainele mele",
    "tot ce-am avut", "tot ce am avut", "tot din casa", "tot ce era in casa",
)
_GIVING_AWAY = (
    "mut", "mutar", "plec din", "plecam din", "ma intorc", "ne intoarcem", "donat", "donati",
    "caritate", "second", "vand", "vandut", "gratis", "alt oras",
)
# keys left for whoever finds the flat (a move, a holiday, a caretaker are idioms)
_KEYS = ("cheile", "cheia", "cheile de la casa", "cheile de la apartament",
         "cheia de la apartament", "cheia de la casa")
_KEY_PLACE = ("in cutia postala", "in cutie", "sub pres", "sub covoras", "sub ghiveci",
              "in briefkasten", "in usa")
_KEY_REASONS = (
    "mut", "mutar", "proprietar", "predat", "predare", "predau", "hausmeister", "administrator",
    "vacant", "concediu", "plecam in", "curatenie", "chirias", "vechiul apartament",
    "apartamentul vechi", "garantie", "kaution", "uitat", "pierdut",
)
# blades, pills ready at hand
_BLADES = ("lamele sunt", "lama e", "lama este", "lamele", "lama", "lamele de ras sunt",
           "lamele stau", "pastilele sunt", "somniferele", "somniferele sunt")
_AT_HAND = ("pe masa", "langa mine", "langa pat", "in fata mea", "pe pat", "in mana",
            "la indemana", "pregatite", "numarate", "gata", "ascutite", "in baie",
            "pe chiuveta")
# forgive me for everything
_FORGIVE = ("iertati-ma", "iertati ma", "iertatima", "iarta-ma", "iarta ma", "iartama",
            "sa ma iertati", "sa ma ierti", "ma iertati")
# married off to a stranger
_MARRY = ("ma marit", "ma casatoresc", "ma casatoreasca", "ma logodesc", "ma logodeasca",
          "ma marita", "ma insor")
_STRANGER = ("unul", "unu", "un barbat", "un om", "cineva", "un tip", "un baiat", "o fata")

STEMS: tuple[str, ...] = (
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
    # farewell: "this is my last message", "you won't hear from me again", writing for the
    # last time, saying goodbye to anyone at all
    "e ultimul meu mesaj", "este ultimul meu mesaj", "fie ultimul meu mesaj",
    "ultimul mesaj de la mine", "ultimul meu mesaj pentru", "ultimul meu mesaj către",
    "ultimele mele cuvinte",
    *(f"{neg} mai {hear} de mine" for neg in ("nu o să", "n-o să", "no să", "nu veți", "nu vei")
      for hear in ("auziți", "auzi", "auziți nimic", "auzi nimic", "auziți niciodată",
                   "auzi niciodată")),
    "scriu pentru ultima dată", "scriu pentru ultima oară", "scriu ultima dată",
    "scriu ultima oară", "ultima dată când vă scriu", "ultima oară când vă scriu",
    "ultima dată când scriu", "ultima oară când scriu", "la revedere cuiva", "rămas bun cuiva",
    "rămas bun de la cineva", "adio cuiva",
    # farewell passed on: "tell my mother / daughter that I love her", "that I loved them",
    # "that I'm sorry for everything", "that she should forgive me"
    *(f"{tell} {kin} {that}" for tell in (
        "spune-i", "spuneți-i", "spune-le", "spuneți-le", "zi-i", "ziceți-i", "spune-i te rog",
        "spuneți-i vă rog", "transmite-i", "transmiteți-i",
    ) for kin in _KIN for that in ("că", ", că", "să")),
    *(f"{tell} {kin} {that}" for tell in ("să-i spuneți", "să le spuneți", "să-i spui",
                                          "să-i transmiteți")
      for kin in _KIN_MINE for that in ("că", ", că")),
    *(f"să știe că {loved}" for loved in (
        "o iubesc", "îl iubesc", "îi iubesc", "le iubesc", "i-am iubit", "le-am iubit",
        "l-am iubit", "am iubit-o", "o iubesc mult", "îi iubesc mult",
    )),
    "că le-am iubit mereu", "că i-am iubit mereu", "că l-am iubit mereu", "că am iubit-o mereu",
    "că îmi pare rău de tot", "că îmi pare rău pentru tot", "să mă ierte pentru tot",
    "să mă ierte pentru toate",
    # "I just wanted someone to know" (letters in a drawer, "that I tried")
    "doar să știe cineva", "doar ca să știe cineva", "măcar să știe cineva",
    "să știe cineva că am încercat", "să știți că am încercat",
    # arrangements: who takes my children, pets, flat "when I'm no longer (alive / here)",
    # "after I'm gone", "while I'm still alive"
    *(f"{when} {gone}" for when in ("dacă", "când", "după ce", "odată ce")
      for gone in ("eu nu mai sunt", "nu mai sunt eu", "nu mai sunt?", "nu mai sunt.",
                   "nu voi mai fi", "eu nu voi mai fi", "nu o să mai fiu", "n-o să mai fiu",
                   "eu nu o să mai fiu", "eu n-o să mai fiu", "nu mai trăiesc",
                   "eu nu mai trăiesc", "nu voi mai trăi", "nu o să mai trăiesc",
                   "n-o să mai trăiesc", "nu mai exist", "nu mai sunt în viață",
                   "eu nu mai sunt în viață")),
    *(f"{neg} {alive}" for neg in ("nu voi mai fi", "nu o să mai fiu", "n-o să mai fiu",
                                   "no să mai fiu", "eu nu mai sunt", "nu mai fiu")
      for alive in ("în viață", "pe lumea asta", "pe lumea aceasta", "printre voi",
                    "printre cei vii", "pe pământ")),
    *(f"{when} mor{comma} cine {takes}" for when in ("dacă", "când", "după ce")
      for comma in ("", ",", "?")
      for takes in ("are grijă", "o să aibă grijă", "va avea grijă", "se ocupă", "ia", "îi ia",
                    "îl ia", "o ia", "crește")),
    "nu mai exist$", "acum cât mai trăiesc", "cât încă trăiesc", "cât încă mai trăiesc",
    "cât mai sunt în viață", "cât încă sunt în viață", "găsească cineva după mine",
    # a pet or a child left with "no one to feed it from tomorrow"
    *(f"{when} nu mai are cine" for when in ("de mâine", "de diseară", "din seara asta",
                                            "de azi", "de acum", "după azi", "după diseară",
                                            "de luni")),
    "nu o să mai aibă cine să-l hrănească", "nu mai are cine să-l hrănească",
    "nu mai are cine să o hrănească", "nu mai are cine s-o hrănească",
    # everything given away "after tonight / Sunday I won't need it", "I won't exist"
    *(f"{when} {gone}" for when in ("după diseară", "după mâine", "de mâine", "după duminică",
                                    "după weekend", "după azi", "din seara asta", "de diseară",
                                    "după sâmbătă", "după vineri", "de luni")
      for gone in ("nu le mai trebuie nimănui", "nu-mi mai trebuie nimic",
                   "nu îmi mai trebuie nimic", "nu mai am nevoie de nimic",
                   "nu o să mai am nevoie de nimic",
                   "nu o să mai fiu", "n-o să mai fiu", "nu voi mai fi", "nu mai trăiesc",
                   "nu mai exist")),
    # my own funeral, money for it in an envelope, "my last arrangements"
    "înmormântarea mea", "propria înmormântare", "propria mea înmormântare",
    "înmormântare într-un plic", "înmormântare în plic", "înmormântarea într-un plic",
    "ultimele mele aranjamente", "ultimele mele dorințe",
    # "if the tenant dies? I'm asking for myself"
    *(f"{dies}{mark} {me}" for dies in ("moare", "moară", "a murit", "se sinucide", "decedează",
                                        "mor")
      for mark in ("", "?", ".", ",")
      for me in ("întreb pt mine", "întreb pentru mine", "e vorba de mine", "e pentru mine",
                 "vorbesc de mine", "vorbesc despre mine")),
    # farewell letters to the children or the family
    *(f"{wrote} {letters} {for_} {whom}" for wrote in ("am scris", "am lăsat", "le-am scris",
                                                       "le-am lăsat", "am pregătit")
      for letters in ("scrisori", "câte o scrisoare")
      for for_ in ("pentru", "pt")
      for whom in ("copii", "copiii mei", "fiecare copil", "fete", "fetele mele", "băieți",
                   "familie", "familia mea", "soție", "soția mea", "soțul meu", "părinți",
                   "părinții mei", "fiecare copil", "mama", "fiica mea", "fiul meu")),
    "scrisorile sunt în sertar", "scrisorile în sertar",
    # means acquired: a rope, razor blades, pills gathered
    *(f"{got} {a}{rope}" for got in ("am cumpărat", "mi-am cumpărat", "am luat", "mi-am luat",
                                     "am pregătit", "am adus", "am ascuns", "am găsit",
                                     "am făcut rost de", "am")
      for a in ("", "o ", "niște ", "deja o ", "deja ", "azi o ", "azi ")
      for rope in ("frânghie", "frînghie", "funie", "frânghia", "funia")),
    "frânghia e pregătită", "frânghia e gata", "frânghia e legată", "am legat frânghia",
    "am legat o frânghie", "funia e pregătită", "funia e gata", "am făcut un laț",
    "lațul e gata", "lațul e pregătit",
    *(f"{got} {blades}" for got in ("am cumpărat", "mi-am cumpărat", "am luat", "mi-am luat",
                                    "am pregătit", "am ascuns", "am")
      for blades in ("lame", "lamele", "o lamă", "lama", "lame noi", "lame de ras")),
    "lamele din aparat", "lama din aparat", "am scos lama", "am scos lamele",
    "am desfăcut aparatul",
    "lamele sunt pregătite", "lama e pregătită", "lamele sunt lângă", "lama e lângă",
    *(f"{gathered} {all_}{pills}" for gathered in (
        "am strâns", "am adunat", "am tot strâns", "am tot adunat", "am pus deoparte",
        "strâng de o lună", "adun de o lună", "strâng de săptămâni", "adun de săptămâni",
        "am strâns de o lună", "am adunat de o lună",
    ) for all_ in ("", "toate ")
      for pills in ("pastile", "pastilele", "medicamente", "medicamentele", "tablete",
                    "tabletele", "somnifere", "somniferele", "calmante", "calmantele")),
    *(f"{pills} le-am {gathered}" for pills in ("pastilele", "medicamentele", "somniferele",
                                                 "tabletele", "calmantele")
      for gathered in ("strâns", "adunat", "pus deoparte", "tot strâns", "tot adunat")),
    # "I tried": saved last time, stomach pumped, "I tried with the pills"
    "spălătură gastrică", "spălătură stomacală", "spălături gastrice", "mi-au făcut spălătură",
    "m-au resuscitat", "m-au salvat data trecută", "data trecută m-au găsit",
    "de data asta nu o să mă găsească", "de data asta n-o să mă găsească",
    "am încercat cu pastile", "am încercat cu pastilele", "am încercat cu frânghia",
    "am încercat cu lama", "am încercat cu medicamentele",
    # "I've decided", told next to despair ("nu mai pot. am hotărât")
    *(f"{despair}{mark} {decided}" for despair in (
        "nu mai pot", "nu mai suport", "s-a terminat", "nu mai am putere",
        "nu mai am puteri", "nu mai am nicio putere", "sunt obosit de tot", "sunt obosită de tot",
    ) for mark in ("", ".", ",", "!", " și")
      for decided in ("am hotărât", "am decis", "m-am hotărât", "mi-am luat decizia",
                      "decizia e luată")),
    # forced marriage abroad: "they say I'll marry there", "I don't want to marry"
    "zic că mă mărit", "zic că acolo mă mărit", "zice că mă mărit", "spun că mă mărit",
    "vor să mă mărit", "vor să mă căsătoresc", "vor să mă dea de nevastă",
    "mă dau de nevastă", "mă mărit cu cineva pe care nu", "mă căsătoresc cu cineva pe care nu",
    "nu vreau să mă mărit", "nu vreau să mă căsătoresc", "m-au logodit", "m-au promis",
    # held by an employer or a middleman: not let out, threats if we leave or go to the police
    *(f"nu ne lasă {out}" for out in ("să ieșim", "să plecăm", "afară", "să sunăm",
                                      "să vorbim cu", "să mergem la", "să ieșim afară")),
    "nu avem voie să ieșim", "n-avem voie să ieșim", "nu are voie să iasă",
    "nu am voie să ies din casă", "n-am voie să ies din casă",
    *(f"{held} {where}" for held in ("ținută", "ținut", "ținuți", "ținute")
      for where in ("într-un apartament", "într-o casă", "într-o cameră", "într-un container",
                    "în apartament", "în casă", "în cameră", "în pivniță", "în container",
                    "cu forța", "închisă", "închis", "închiși", "fără acte", "fără telefon")),
    "obligă să muncească", "obligă să se prostitueze", "obligă să facă sex",
    "pățește familia", "pățească familia", "pățește ceva familia", "pățească ceva familia",
    "dacă plecăm ne găsește", "dacă plecăm ne găsesc", "dacă fugim ne găsește",
    "dacă fugim ne găsesc", "dacă plec mă găsește", "dacă plec mă găsesc",
    "ne găsește oriunde", "ne găsesc oriunde", "mă găsește oriunde", "mă găsesc oriunde",
    # someone lying on the floor for an hour, who cannot be lifted, does not answer when called
    *(f"{lies} pe jos {room}{since}" for lies in ("e", "stă", "zace", "căzut", "căzută",
                                                  "a rămas")
      for room in ("în bucătărie ", "în baie ", "în dormitor ", "în cameră ", "în hol ",
                   "pe hol ", "lângă pat ")
      for since in ("de o oră", "de două ore", "de 2 ore", "de ore", "de câteva ore",
                    "de dimineață", "de aseară", "de azi-noapte", "de la prânz")),
    *(f"{lies} pe jos {since}" for lies in ("stă", "zace", "căzut", "căzută", "întins", "întinsă",
                                            "a rămas", "e căzut", "e căzută")
      for since in ("de o oră", "de două ore", "de 2 ore", "de 3 ore", "de ore", "de câteva ore",
                    "de mai multe ore", "de dimineață", "de aseară", "de azi-noapte",
                    "de noaptea trecută", "de la prânz", "de o jumătate de oră")),
    *(f"{cannot} {lift}" for cannot in ("nu-l pot", "nu îl pot", "nu-l putem", "nu o pot",
                                        "n-o pot", "nu o putem", "n-o putem")
      for lift in ("ridica singur", "ridica singură", "ridica de jos", "ridica de pe jos",
                   "ridica de pe podea", "ridica din baie", "ridica deloc")),
    *(f"nu pot {lift} {how}" for lift in ("să-l ridic", "să o ridic", "s-o ridic")
      for how in ("singur", "singură", "de jos", "de pe jos", "de pe podea")),
    *(f"nu {more}răspunde când {whom} {call}" for more in ("", "mai ")
      for whom in ("o", "îl", "îi") for call in ("strig", "strigăm", "chem", "chemăm", "scutur",
                                                "strigi")),
    # a fall or a blow to the head and then vomiting
    *(f"{fell} și {vomit}" for fell in ("a căzut", "s-a lovit la cap", "s-a lovit cu capul",
                                       "a căzut în cap", "a căzut cu capul", "s-a lovit")
      for vomit in ("a vomitat", "vomită", "a vărsat", "varsă", "a vomat")),
    # a child the Kita or school cannot find, a child taken without my consent
    *(f"{cannot} pe {child}" for cannot in ("nu-l găsesc", "nu-l mai găsesc", "nu-l găsim",
                                            "nu o găsesc", "nu o mai găsesc", "n-o găsesc",
                                            "nu o găsim", "n-o găsim", "nu îl găsesc")
      for child in _CHILDREN),
    *(f"a dispărut{mark} are {age} ani" for mark in ("", ".", ",", "!", "!!!", "!!")
      for age in range(1, 17)),
    *(f"{took} {child} {how}" for took, children in (
        ("a luat", ("copilul", "copiii", "băiatul", "fetița", "fiul meu", "fiica mea",
                    "copilul meu", "fetița mea", "băiatul meu", "pe cel mic", "pe cea mică")),
        ("au luat", ("copilul", "copiii", "băiatul", "fetița", "copilul meu")),
        ("l-a luat pe", ("fiul meu", "băiat", "copil", "cel mic", "băiatul meu")),
        ("a luat-o pe", ("fiica mea", "fetiță", "cea mică", "fetița mea")),
    ) for child in children
      for how in ("fără", "de la școală fără", "de la grădiniță fără", "de la kita fără",
                  "de acasă fără", "și a plecat", "și a fugit", "și a dispărut",
                  "și nu răspunde")),
    # stones thrown at our windows, a swastika on the door, men waiting outside
    *(f"{throw} {into} {what}" for throw in ("aruncă cu pietre", "aruncă pietre",
                                             "au aruncat cu pietre", "au aruncat o piatră",
                                             "a aruncat cu pietre", "a aruncat o piatră",
                                             "aruncau cu pietre")
      for into in ("în", "prin")
      for what in ("geam", "fereastr", "ușă", "casă", "heim", "noi", "mașin", "oameni",
                   "copii", "cămin", "apartament", "bloc")),
    *(f"{sw} pe {where}" for sw in ("zvastică", "svastică", "o zvastică", "o svastică")
      for where in ("ușa", "ușă", "ușile", "casă", "perete", "mașin", "cutia poștală")),
    "afară așteaptă", "așteaptă afară niște", "ne așteaptă afară", "așteaptă în fața casei",
    # "I've decided" + thanks for everything, forgive me, goodbye
    *(f"{decided}{sep}{end}" for decided in _DECIDED for sep in _SEPS
      for end in _DECIDED_END),
    # "tried last night, it didn't work"; "this time / tonight I'll do it properly"
    *(f"{tried}{sep}{failed}" for tried in _TRIED for sep in (" ", ", ", ". ", " dar ")
      for failed in _FAILED),
    *(f"{when} {do}" for when in ("de data asta", "in seara asta", "diseara", "la noapte")
      for do in ("o fac ca lumea", "o fac cum trebuie", "nu ma mai salveaza",
                 "nu ma mai opreste", "nu ma mai trezesc", "nu ma mai salveaza nimeni",
                 "nu ma mai opreste nimeni")),
    # "after tomorrow nothing matters"
    *(f"{after}{sep}{nothing}" for after in _AFTER
      for sep in ((" ", ", ") if after in ("maine", "diseara", "seara asta") else (" ",))
      for nothing in _NOTHING_MATTERS),
    # "who picks the children up from the Kita after me"
    *(f"{dep} dupa mine" for dep in (*_AFTER_ME, "meu", "mea", "mei", "mele")),
    *(f"dupa mine{sep}cine {care}" for sep in (" ", ", ")
      for care in ("are grija", "o sa aiba grija", "va avea grija", "se ocupa", "ia", "ii ia",
                   "creste", "plateste", "hraneste")),
    # everything given away; keys in the letterbox or under the mat
    *(f"{gave} {things}" for gave in _GAVE for things in _THINGS),
    *(f"{gave} {whom} {things}" for gave in ("am dat", "am daruit", "am impartit")
      for whom in ("vecinilor", "prietenilor", "cuiva", "altora", "la vecini", "la prieteni")
      for things in ("toate lucrurile", "tot ce aveam", "lucrurile mele", "hainele mele")),
    *(f"{keys}{are} {place}" for keys in _KEYS for are in ("", " sunt", " e", " este")
      for place in _KEY_PLACE),
    # "you won't hear from me / see me again"
    "nu mai auziti de mine", "nu mai auzi de mine", "nu veti mai auzi de mine",
    "nu vei mai auzi de mine", "nu o sa ma mai vedeti niciodata",
    "n-o sa ma mai vedeti niciodata", "nu ma veti mai vedea niciodata",
    "nu o sa ma mai vezi niciodata", "n-o sa ma mai vezi niciodata", "nu ma mai vedeti niciodata",
    "nu ma mai vezi niciodata",
    # on the bridge, at its railing, looking down at the water
    "stau pe pod", "am ajuns pe pod", "parapetul podului", "pe parapet", "am urcat pe pod",
    "marginea podului",
    "balustrada podului", "pe balustrada", "marginea acoperisului", "marginea blocului",
    "ma uit in jos de pe pod", "ma uit la apa de pe", "apa e atat de linistita",
    "apa e asa de calma", "apa e atat de calma", "la noapte pe pod", "diseara pe pod",
    "ma duc pe pod", "merg pe pod",
    # forgive me for everything (an idiom cuts "pentru tot deranjul", spelling mistakes)
    *(f"{forgive}{all_}" for forgive in _FORGIVE
      for all_ in (" pentru tot", " pentru toate", " pt tot", " pt toate", ", pentru tot")),
    "iertare pentru tot", "iertare pt tot",
    # blades, pills ready on the table
    *(f"{blades} {at}" for blades in _BLADES for at in _AT_HAND),
    # a farewell and a dependant entrusted ("adio, ai grijă de băiatul meu"), a farewell message
    *(f"{bye}{sep}{care}" for bye in ("adio", "ramas bun", "iarta-ma", "iertati-ma", "iarta ma")
      for sep in (", ", " ", ". ") for care in ("ai grija de", "aveti grija de")),
    "mesaj de adio", "mesajul de adio", "si-a luat ramas bun de la toti",
    "si-a luat ramas bun de la toata lumea", "isi ia ramas bun de la toti", "si-a luat adio",
    "si-a luat la revedere de la toti",
    "ramas bun pentru totdeauna", "adio pentru totdeauna",
    # "I only wanted to say goodbye" (a move or the last day of a course are idioms)
    "voiam doar sa-mi iau ramas bun", "voiam sa-mi iau ramas bun", "am vrut sa-mi iau ramas bun",
    "vreau sa-mi iau ramas bun de la toti", "voiam doar sa spun adio", "vreau sa spun adio",
    "voiam sa va spun adio", "vreau sa va spun adio", "sa-mi iau adio",
    # married off to a man I don't know, an old man; a minor
    *(f"{marry} cu {one} pe care {neg}" for marry in _MARRY for one in _STRANGER
      for neg in ("nu", "n-")),
    *(f"{marry} cu {one}" for marry in _MARRY for one in (
        "un necunoscut", "un om mult mai mare", "unul mult mai mare", "un barbat mult mai mare",
        "un om batran", "un batran")),
    *(f"{give} dupa {one}" for give in ("ma dea", "ma dau", "ma da") for one in (
        "unul", "unu", "un barbat", "un om", "cineva", "un necunoscut", "un batran")),
    *(f"am {age} ani si {marry}" for age in range(12, 18) for marry in (
        "ma marit", "ma casatoresc", "ma logodesc", "trebuie sa ma marit",
        "trebuie sa ma casatoresc", "sunt logodita")),
    "m-au dat de nevasta", "ma dau de nevasta",
)

CRIES: tuple[str, ...] = (
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
)

SERVICE_WORDS: tuple[str, ...] = (
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
)

IDIOMS: tuple[str, ...] = (
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
    # no longer at a job, a course, in a town or a country (not "în viață", not "aici")
    *(f"{no_longer} {place}" for no_longer in _NO_LONGER for place in _NOT_THERE),
    *(f"{no_longer} {place}" for no_longer in _NO_LONGER_LIVE for place in _LIVE_WHERE),
    # "I've decided to move, to change jobs, to sign up" (next to "nu mai pot")
    *(f"{decided} să {what}" for decided in ("am hotărât", "am decis", "m-am hotărât")
      for what in ("mă mut", "plec din germania", "plec din țară", "plec din oraș", "plec de la",
                   "plec la", "plec în", "schimb", "caut", "mă înscriu", "fac", "învăț", "încep",
                   "mă despart", "divorțez", "mă întorc", "demisionez", "cer", "vorbesc",
                   "merg la", "sun", "depun", "mă angajez", "mă apuc", "dau examenul")),
    # my last message for today
    *(f"ultimul meu mesaj {when}" for when in ("azi", "pentru azi", "pt azi", "de azi",
                                               "pentru astăzi", "în seara asta", "pe ziua de azi",
                                               "pe azi", "în chat", "de dinainte", "de mai sus")),
    # a rope for moving, laundry, a tent, sports
    *(f"{rope} … {use}" for rope in ("frânghie", "frînghie", "frânghia", "frânghii", "funie",
                                     "funia", "funii")
      for use in ("mutar", "mută", "rufe", "cort", "mobil", "bagaj", "camion", "remorc", "leagăn",
                  "grădin", "sport", "sală", "cățel", "câine", "barcă", "cutii",
                  "transport", "lemne", "alpinism", "escalad", "cățărat", "tabără", "camping",
                  "sărit", "curs", "gimnastic", "portbagaj")),
    # blades for a saw, a cutter, wallpaper or skates
    *(f"lam{e} … {use}" for e in ("e", "ă", "a", "ele")
      for use in ("ferăstrău", "fierăstrău", "bomfaier", "cutter", "cuter", "tapet", "răzuit",
                  "flex", "atelier",
                  "șantier", "patine", "mașina de tuns")),
    # pills collected when expired, for a trip or to take back
    *(f"{pills} {why}" for pills in ("pastile", "pastilele", "medicamente", "medicamentele",
                                      "tablete", "tabletele")
      for why in ("expirate", "vechi", "pentru vacanță", "pentru călătorie", "pt vacanță",
                  "de călătorie", "să le duc la farmacie", "ca să le duc la farmacie")),
    # medicines collected to donate or for a relative ("am strâns medicamente pentru Ucraina")
    *(f"{pills} … {for_} {whom}" for pills in ("pastile", "pastilele", "medicamente",
                                                "medicamentele", "tablete", "tabletele")
      for for_ in ("pentru", "pt")
      for whom in ("ucraina", "donație", "donat", "caritate", "refugiați", "asociație",
                   "biserică", "spital", "bunica", "bunicul", "mama", "tata", "copil", "copii",
                   "vacanță", "călătorie", "drum", "românia", "moldova", "ajutor", "nevoiași",
                   "săraci", "animale", "câine", "pisică", "cei din")),
    *(f"{pills} {give}" for pills in ("pastile", "pastilele", "medicamente", "medicamentele")
      for give in ("de donat", "să le donez", "să le trimit", "ca să le donez", "ca să le trimit")),
    # "who inherits the house when I'm no longer alive": an old person's will, not a farewell
    *(f"{will} … {gone}" for will in _WILL for gone in _GONE),
    *(f"{gone} … {will}" for will in _WILL for gone in _GONE),
    # "I don't need anything else from you"
    *(f"nevoie de nimic{sep}{rest}" for sep in (" ", ", ")
      for rest in ("de la", "altceva", "în plus", "momentan")),
    # letters for the children of the Kita or the class
    *(f"{for_} {kids} {from_}" for for_ in ("pentru", "pt") for kids in ("copii", "copiii")
      for from_ in ("de la grădiniță", "de la școală", "de la kita", "din clasă", "din grupă",
                    "de la curs")),
    # razor blades bought for shaving
    *(f"lame de ras … {what}" for what in ("schimb", "ieftin", "marc", "preț", "cost", "magazin",
                                           "dm", "rossmann", "unde", "pentru", "pt", "aparat")),
    # a child not found on a list, in a system or in photos
    *(f"pe {child} {where}" for child in _CHILDREN
      for where in ("în listă", "în lista", "pe listă", "pe lista", "în sistem", "în poze",
                    "în poză", "în catalog", "în aplicație", "în tabel", "printre")),
    "dispărut din list", "dispărut de pe list", "dispărut din sistem", "dispărut din aplicați",
    # not let out early for a break at work
    *(f"nu ne lasă să ieșim {when}" for when in ("în pauză", "la pauză", "mai devreme",
                                                 "la fumat", "la o țigară", "afară în pauză",
                                                 "înainte de")),
    # "I tried to call / write / register" (the Jobcenter, an office)
    *(f"am încercat {what}" for what in (
        "să sun", "să vă sun", "să-i sun", "să-l sun", "să o sun", "să dau", "să vorbesc",
        "să scriu", "să vă scriu", "să găsesc", "să fac", "să completez", "să trimit",
        "să contactez", "să iau legătura", "să mă programez", "să mă înscriu",
        "să mă înregistrez", "să plătesc", "să rezolv", "să ajung", "să caut", "să intru",
        "să deschid", "să învăț", "să explic", "să aplic", "să depun", "să obțin",
        "să primesc", "să mă angajez", "să lucrez", "să înțeleg", "să citesc", "să traduc",
        "de mai multe ori", "de multe ori", "de câteva ori", "din nou", "online", "la ", "pe ",
        "prin ", "și eu", "deja să", "tot ce",
    )),
    # "I don't want to marry yet" or not in church
    "nu vreau să mă mărit încă", "nu vreau să mă căsătoresc încă",
    "nu vreau să mă căsătoresc la biserică", "nu vreau să mă mărit la biserică",
    # the school or the Kita taking the children (a trip, a visit)
    *(f"{took} copiii {trip}" for took in ("a luat", "au luat")
      for trip in ("în excursie", "la excursie", "în parc", "la teatru", "la piscină")),
    # parents or grandparents who are no longer alive (inheritance): "nu mai trăiesc părinții"
    *(f"nu mai {are} {kin}" for are in ("trăiesc", "sunt în viață")
      for kin in ("părinții", "bunicii", "părinții mei", "bunicii mei", "ei", "amândoi")),
    # thanks "for all the help"; sorry "for all the bother", for the spelling mistakes
    *(f"pentru tot {what}" for what in (
        "ajutorul", "sprijinul", "timpul", "efortul", "deranjul", "stresul",
    )),
    *(f"pentru toate {what}" for what in (
        "informatiile", "raspunsurile", "sfaturile", "explicatiile", "intrebarile", "mesajele",
        "greselile de", "greselile din",
    )),
    "pentru greselile de", "pt tot ajutorul", "pt toate informatiile",
    # "take care of yourself" after a goodbye
    "ai grija de tine", "aveti grija de voi", "ai grija de voi", "aveti grija de tine",
    # my last message here before a move
    *(f"ultimul meu mesaj … {move}" for move in (
        "ne mutam", "ma mut", "ne intoarcem", "ma intorc", "plecam din", "schimb numarul",
        "schimb telefonul",
    )),
    # things and keys given away or left before a move, a holiday, for a caretaker
    *(f"{ctx} … {thing}" for ctx in _GIVING_AWAY for thing in ("lucruri", "tot ce", "haine")),
    *(f"{thing} … {ctx}" for ctx in _GIVING_AWAY for thing in ("lucruri", "tot ce", "haine")),
    *(f"{ctx} … chei" for ctx in _KEY_REASONS),
    *(f"chei … {ctx}" for ctx in _KEY_REASONS),
    # a goodbye to a course, colleagues, a town one leaves; a farewell message for colleagues
    *(f"{ctx} … {bye}" for ctx in (
        "curs", "colegi", "prof", "clasa", "grupa", "munca", "job", "servici", "pensie", "firma",
        "mut", "plec din", "ma intorc", "ne intoarcem",
    ) for bye in ("ramas bun", "adio")),
    *(f"{bye} … {ctx}" for ctx in (
        "curs", "colegi", "prof", "clasa", "grupa", "munca", "job", "servici", "pensie", "firma",
        "mut", "plec din", "ma intorc", "ne intoarcem",
    ) for bye in ("ramas bun", "adio")),
)
# fmt: on
