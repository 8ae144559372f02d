"""Polish keywords of the safety net (`bot.safety` matches them)."""

# fmt: off
# Word lists for the quiet crises (farewells, final arrangements, means at hand, "I've
# decided") and the wordless dangers (locked in, passports held, forced marriage, a fall, a
# child not home) among the keywords below.
# Folding drops diacritics and maps ł to l, so "żyletki" also matches "zyletki".

# Ordinary places and states after "when I'm no longer (here)" ("jak mnie już nie będzie w
# pracy", "kiedy mnie zabraknie na kursie"); "na tym świecie" and "tu" are not among them.
_PLACES = (
    "w domu", "w pracy", "w niemczech", "w polsce", "w kraju", "w mieszkaniu", "w mieście",
    "na miejscu", "w firmie", "w biurze", "na kursie", "w szkole", "w przedszkolu", "w okolicy",
    "w heimie", "w gütersloh", "na urlopie", "na zwolnieniu", "w szpitalu", "u was", "w grupie",
    "na liście", "rano", "wieczorem", "w weekend", "w tym tygodniu", "w sierpniu", "w lipcu",
    "w wakacje", "na wakacjach", "na zmianie", "na budowie", "w kursie", "w urzędzie",
)
_GONE_ME = (
    "mnie już nie będzie", "już mnie nie będzie", "mnie nie będzie już", "mnie zabraknie",
    "mnie zabrakło",
)
# "When I'm gone" next to a will or an inheritance: an old person's arrangements, not a farewell
_GONE_WILL = (
    "mnie już nie będzie", "już mnie nie będzie", "mnie zabraknie", "jak umrę", "kiedy umrę",
    "gdy umrę", "po mojej śmierci", "nie będę już żył", "nie będę już żyła",
)
_WILL = (
    "testament", "spadek", "spadku", "dziedziczy", "odziedziczy", "notariusz", "emerytur",
    "ubezpieczenie na życie", "ubezpieczenia na życie", "zachowek", "dostaną", "dostanie",
    "przypadnie", "majątek", "mam 70", "mam 75", "mam 80", "mam 85", "mam 90",
)
# A child, genitive ("nie mogą znaleźć mojego synka").
_CHILD_GEN = (
    "mojego syna", "mojego synka", "syna", "synka", "mojej córki", "córki", "córeczki", "dziecka",
    "mojego dziecka", "małego", "małej", "mojej córeczki", "naszego syna", "naszej córki",
    "naszego dziecka",
)
# People a farewell is passed on to ("powiedzcie mamie, że ją kocham").
_KIN = (
    "mojej żonie", "żonie", "mojemu mężowi", "mężowi", "mamie", "mojej mamie", "mamusi", "tacie",
    "mojemu tacie", "moim dzieciom", "mojej córce", "córce", "mojemu synowi", "synowi",
    "rodzicom", "moim rodzicom", "siostrze", "mojej siostrze", "bratu", "mojemu bratu", "babci",
    "mojej dziewczynie", "mojemu chłopakowi", "rodzinie", "mojej rodzinie", "matce", "ojcu",
    "mojej matce", "mojemu ojcu", "córkom", "synom", "moim córkom", "moim synom", "wnukom",
)
# Children, pets and a flat someone must take over ("kto weźmie psa, jak umrę").
_LEFT_BEHIND = (
    "dziećmi", "dzieci", "dziecko", "dzieckiem", "syna", "synem", "córkę", "córką", "synka",
    "córeczkę", "psa", "psem", "kota", "kotem", "kotami", "psami",
    "zwierzęta", "zwierzętami",
)

# Word lists for the second set of quiet-crisis families below. Folding drops
# diacritics and maps ł to l, so "żegnaj" also matches "zegnaj".

# "it didn't work ... today it will": the failed attempt told with certainty (not "dziś
# spróbuję jeszcze raz")
# (at a word start "udało" also stands for "się nie udało", "prawie mi się udało")
_FAILED = ("wyszło", "wyszło mi", "udało się", "udało mi się", "udało")
_THEN_SEP = (" ", ", ", ". ", ", ale ")
_WILL_WORK = tuple(f"{when} {will}" for when in ("dziś", "dzisiaj", "tym razem")
                       for will in ("wyjdzie", "się uda", "mi się uda", "zadziała"))
# "from tomorrow ... nothing will matter"
_WHEN_MATTER = ("od jutra", "jutro", "po jutrze", "pojutrze", "po dzisiejszej nocy",
                "po dzisiejszym dniu", "od dzisiaj", "od dziś", "po weekendzie",
                "od poniedziałku")
_NO_MATTER = ("i tak nie będzie miało znaczenia", "nic nie będzie miało znaczenia",
              "to już nie będzie miało znaczenia", "nic nie będzie ważne",
              "i tak mnie już nie będzie", "i tak mnie nie będzie")
# ... and "after tonight nothing matters" (present tense only after "po")
_AFTER_WHEN = ("po jutrze", "pojutrze", "po dzisiejszej nocy", "po dzisiejszym dniu",
               "po weekendzie")
# "I've decided." and a farewell or despair
_DECIDED = ("postanowiłam", "postanowiłem", "podjęłam decyzję", "podjąłem decyzję",
            "decyzja zapadła", "postanowione")
_MARK = (". ", ", ", " ")
_AFTER_DECIDED = ("dziękuję za wszystko", "dzięki za wszystko", "żegnaj", "nie szukaj",
                  "kocham was", "nikt mnie nie powstrzyma", "nie próbujcie mnie",
                  "nie mam już siły", "nie daję rady", "mam dość wszystkiego")
_DESPAIR = ("nie mam już siły", "nie mam siły", "już nie mam siły", "nie daję rady",
            "nie wytrzymam", "mam dość wszystkiego", "mam dosyć wszystkiego",
            "nie mam już sił")
# keys left for whoever comes
_KEYS_VERB = ("", "są", "leżą", "jest", "leży", "zostawiłam", "zostawiłem", "wrzuciłam",
              "wrzuciłem")
_KEYS_WHERE = ("w skrzynce", "do skrzynki", "pod wycieraczką", "pod wycieraczkę",
               "pod doniczką")
# ordinary reasons to leave keys or give things and pets away: moving out, holidays, a child
# coming home, a cleaner, charity, a sale, an allergy
_MOVE = ("przeprowadz", "wyprowadz", "vermieter", "właściciel", "wynajm", "oddani",
         "zdani", "urlop", "wakacj", "wyjazd", "wyjeżdż", "sprzątaczk", "hausmeister",
         "dozorc", "kurier", "dla syna", "dla córki", "dla dzieci", "dla męża", "dla żony",
         "ze szkoły", "zgubi", "zapomn", "za darmo", "potrzebując", "charyt", "caritas",
         "ukrain", "uchodźc", "flohmarkt", "alergi", "nowego domu", "schronisk", "podat",
         "wymeld", "wracamy do", "ogłoszeni", "sprzeda", "lokator", "najemc", "kwiat",
         "podlew", "piwnic", "strych", "garaż", "szaf", "mebl", "ubran", "zabawk", "książk")
# ... and the ones told before the keys ("wyprowadzam się, klucze zostawię w skrzynce")
_MOVE_OUT = ("przeprowadz", "wyprowadz", "vermieter", "właściciel", "wynajm", "urlop",
             "wakacj", "wyjazd", "wyjeżdż", "za darmo", "wracamy do", "lokator", "ze szkoły",
             "z przedszkola", "wraca sam", "wraca sama")
# high places ("stoję na moście")
_HIGH = ("moście", "wiadukcie", "dachu", "krawędzi", "barierce", "balustradzie", "skraju",
         "parapecie otwartego okna", "gzymsie")
# means laid out ("żyletki na stole", "sznur przygotowany")
_MEANS = ("żyletki", "żyletka", "sznur", "lina", "pętla")
_MEANS_WHERE = ("przede mną", "obok mnie", "na stole", "na biurku", "przygotowan", "gotow",
                "naszykowan", "przywiązan", "zawiązan")
# a farewell written to someone ("żegnaj stary, zaopiekuj się psem")
_BYE_NEXT = ("kochan", "przyjaciel", "przyjaciół", "mamo", "tato", "siostro",
             "bracie", "mordo", "zaopiekuj", "opiekuj", "dbaj", "kocham",
             "przepraszam", "wybacz", "nie szukaj", "na zawsze", "dziękuję za wszystko",
             "dzięki za wszystko")
# "that she / he will be no more", and its ordinary twins (not at work any more)
_GONE3 = ("go już nie będzie", "jej już nie będzie", "już go nie będzie",
          "już jej nie będzie")
_PLACES3 = (
    "w domu", "w pracy", "w niemczech", "w polsce", "w kraju", "w mieszkaniu", "w firmie",
    "w biurze", "na kursie", "w szkole", "w przedszkolu", "w heimie", "na urlopie",
    "w grupie", "na zmianie", "w urzędzie", "w klasie", "jutro", "od jutra", "na zajęciach",
)
# a man one does not know ("za mężczyznę, którego nie znam")
_STRANGER = tuple(f"{man}{comma} {rel}" for man in ("mężczyznę", "mężczyzną", "faceta",
                                                          "facetem")
                      for comma in ("", ",")
                      for rel in ("którego nie znam", "którego nigdy", "którego nawet nie znam",
                                  "którego w ogóle nie znam"))
# what one "does tonight" or "properly this time" when it is a form or a translation
_TASKS = ("formularz", "wniosek", "wnioski", "zadani", "lekcj", "tłumacz", "dokument",
          "pranie", "zakupy", "przelew", "rejestracj", "zgłoszeni", "aplikacj", "cv",
          "list motywacyjny", "papiery", "ćwiczeni")

STEMS: tuple[str, ...] = (
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
    # farewell: "this is my last message", "you won't hear from me again", writing here for the
    # last time, saying goodbye to anyone at all
    "to moja ostatnia wiadomość", "to jest moja ostatnia wiadomość", "ostatnia wiadomość ode mnie",
    "ostatni raz tu piszę", "ostatni raz jak tu piszę", "ostatni raz do was piszę",
    "ostatni raz piszę", "piszę ostatni raz", "piszę po raz ostatni", "piszę do was ostatni raz",
    "piszę tu ostatni raz", "piszę tu po raz ostatni", "ostatni raz, jak tu piszę",
    "nie usłyszycie już o mnie", "już o mnie nie usłyszycie", "więcej o mnie nie usłysz",
    "nie usłyszysz już o mnie", "już o mnie nie usłyszysz", "nigdy więcej o mnie nie",
    "już nigdy o mnie nie",
    "z kimś pożegnać", "pożegnać się z kimś", "pożegnać z kimś", "z kimś się pożegnać",
    "z kimkolwiek pożegnać", "pożegnać się z kimkolwiek",
    # farewell passed on: "tell my wife I loved her to the end", "that I'm sorry for
    # everything", "may she forgive me"
    *(f"{tell} {kin}{that}" for tell in (
        "powiedz", "powiedzcie", "przekaż", "przekażcie", "powiedz proszę", "powiedzcie proszę",
        "proszę powiedzieć", "proszę przekazać", "przekażcie proszę",
    ) for kin in _KIN for that in (" że", ", że")),
    "niech mi wybaczy", "niech mi wybaczą", "niech mi przebaczy", "niech mi przebaczą",
    *(f"że {whom} {loved}" for whom in ("ją", "go", "ich", "je", "was", "cię")
      for loved in ("kochałem", "kochałam")),
    "kochałem do końca", "kochałam do końca", "kochałem ją do końca", "kochałam go do końca",
    "że przepraszam za wszystko",
    # "I just wanted someone to know"
    "tylko żeby ktoś wiedział", "tylko, żeby ktoś wiedział", "żeby chociaż ktoś wiedział",
    "chociaż żeby ktoś wiedział",
    # arrangements: who takes my children or pets "when I'm no longer here", "when I'm
    # gone", "after my death"; "before I leave this world", "while I'm still alive"
    *(f"{when} {gone}" for when in ("jak", "kiedy", "gdy", "jeśli", "jeżeli", "gdyby", "jakby",
                                    "po tym jak", "jak już", "kiedy już", "gdy już")
      for gone in (*_GONE_ME, "nie będę już żył", "nie będę już żyła", "już nie będę żył",
                   "już nie będę żyła", "już nie będę żyć", "nie będę żył", "nie będę żyła")),
    *(f"{left}{comma} {when}" for left in _LEFT_BEHIND for comma in ("", ",")
      for when in ("jak umrę", "kiedy umrę", "gdy umrę", "jeśli umrę", "jak ja umrę",
                   "po mojej śmierci", "po śmierci mojej")),
    *(f"{when}{comma} kto {takes}" for when in ("jak umrę", "kiedy umrę", "gdy umrę", "jeśli umrę",
                                                "po mojej śmierci", "jak mnie zabraknie",
                                                "kiedy mnie zabraknie", "gdy mnie zabraknie")
      for comma in ("", ",", "?")
      for takes in ("zajmie się", "weźmie", "zaopiekuje się", "przygarnie", "odbierze",
                    "będzie karmił", "się zajmie")),
    "nie będę już żył", "nie będę już żyła", "już nie będę żył", "już nie będę żyła",
    "mnie nie będzie na tym świecie", "nie będzie mnie na tym świecie",
    "mnie nie będzie na świecie", "nie będzie mnie na świecie", "mnie nie będzie już na świecie",
    "odejdę z tego świata", "odejść z tego świata", "odchodzę z tego świata",
    "dopóki jeszcze żyję", "póki jeszcze żyję",
    "dopóki jeszcze tu jestem", "moje ostatnie sprawy",
    # a pet with no one left to feed it
    *(f"nie będzie {had} kto {feed}" for had in ("miał", "miała", "miało")
      for feed in ("go karmić", "jej karmić", "ich karmić", "go nakarmić", "jej nakarmić")),
    # "so that someone finds the keys / finds me later"
    "żeby ktoś je potem znalazł", "żeby ktoś je znalazł", "żeby je ktoś znalazł",
    "żeby ktoś mnie znalazł", "żeby mnie ktoś znalazł", "żeby mnie znaleźli",
    "żeby mnie ktoś potem znalazł", "żeby ktoś mnie potem znalazł",
    # giving everything away: "I won't need anything any more"
    "nic mi już nie będzie potrzebne", "już nic mi nie będzie potrzebne",
    "nic już mi nie będzie potrzebne", "niczego już nie będę potrzebować",
    "niczego już nie będę potrzebował", "niczego już nie będę potrzebowała",
    # my own funeral, money for it in an envelope on the table
    "na mój pogrzeb", "mój pogrzeb", "mojego pogrzebu", "moim pogrzebie", "mój własny pogrzeb",
    "pogrzeb w kopercie", "w kopercie na stole", "kopertę na stole", "koperta na stole",
    # "if the tenant dies? it's about me"
    *(f"{dies}{mark} {me}" for dies in ("umrze", "umrę", "zginie", "nie żyje", "umarł", "umarła")
      for mark in ("", "?", ".", ",")
      for me in ("chodzi o mnie", "pytam dla siebie", "pytam o siebie", "to o mnie")),
    # farewell letters to the children or the family, a will with letters
    *(f"{left}{letters} {for_} {whom}" for left in ("", "zostawiłam ", "zostawiłem ",
                                                    "przygotowałam ", "przygotowałem ")
      for letters in ("listy", "list") for for_ in ("dla", "do")
      for whom in ("dzieci", "dziecka", "córki", "syna", "rodziny", "żony", "męża", "mamy",
                   "rodziców", "bliskich", "córek", "synów", "każdego dziecka")
      if left or letters == "listy"),
    *(f"{wrote} listy {for_} {whom}" for wrote in ("napisałam", "napisałem")
      for for_ in ("dla", "do")
      for whom in ("dzieci", "rodziny", "bliskich", "córek", "synów", "wszystkich")),
    "testament i listy", "listy i testament", "testament i list do", "testament i list dla",
    # means acquired: a rope, razor blades, pills saved up
    *(f"{got} {rope}" for got in ("kupiłem", "kupiłam", "kupiłem już", "kupiłam już", "mam już",
                                  "przygotowałem", "przygotowałam", "schowałem",
                                  "schowałam", "załatwiłem", "załatwiłam", "kupiłem sobie",
                                  "kupiłam sobie", "mam przygotowany", "mam przygotowaną")
      for rope in ("sznur$", "linę$", "mocny sznur", "mocną linę", "grubą linę", "gruby sznur")),
    "sznur jest gotowy", "sznur już wisi", "lina jest gotowa", "pętla jest gotowa",
    "pętla gotowa", "pętlę na szyję", "pętla na szyję", "pętla na szyi", "zawiązałem pętlę",
    "zawiązałam pętlę",
    *(f"{got} {blades}" for got in ("kupiłem", "kupiłam", "kupiłem już", "kupiłam już", "mam już",
                                    "schowałem", "schowałam", "przygotowałem",
                                    "przygotowałam", "kupiłem sobie", "kupiłam sobie")
      for blades in ("żyletki", "żyletkę", "żyletek", "nowe żyletki")),
    "żyletki są gotowe", "żyletki leżą", "żyletki mam", "wyjęłam żyletkę", "wyjąłem żyletkę",
    "żyletkę z maszynki", "żyletki z maszynki",
    *(f"{pills}{doctor} {saved}" for pills in ("tabletki", "tabletek", "leki", "leków", "pigułki",
                                               "proszki", "tabletki nasenne", "leki nasenne")
      for doctor in ("", " od lekarza", " od doktora", " z apteki")
      for saved in ("zbierałam", "zbierałem", "gromadziłam",
                    "gromadziłem", "uzbierałam", "uzbierałem", "chomikowałam", "chomikowałem")),
    *(f"{saved} {pills}" for saved in ("zbierałam", "zbierałem", "gromadziłam", "gromadziłem",
                                       "uzbierałam", "uzbierałem",
                                       "chomikuję", "zebrałam wszystkie",
                                       "zebrałem wszystkie", "mam uzbierane", "mam odłożone",
                                       "mam zebrane")
      for pills in ("tabletki", "tabletek", "leki", "leków", "pigułki", "pigułek", "proszki",
                    "proszków")),
    "mam odłożone tabletki", "mam uzbierane tabletki",
    # "I tried": resuscitated, stomach pumped last time
    "odratowali mnie", "mnie odratowali", "reanimowali mnie", "płukali mi żołądek",
    "płukanie żołądka", "tym razem nikt mnie nie uratuje", "tym razem nikt mnie nie znajdzie",
    "ostatnim razem mnie uratowali", "ostatnim razem mnie odratowali",
    # "I've decided", told next to despair ("nie mam już siły. podjęłam decyzję")
    *(f"{despair}{mark} {decided}" for despair in (
        "nie mam już siły", "nie mam siły", "już nie mam siły", "nie daję rady", "mam dość",
        "mam dosyć", "nie wytrzymam", "nie wytrzymuję", "nie mam już sił",
    ) for mark in ("", ".", ",", "!", "...")
      for decided in ("podjęłam decyzję", "podjąłem decyzję", "zdecydowałam", "zdecydowałem",
                      "decyzja zapadła", "decyzja podjęta", "już zdecydowałam",
                      "już zdecydowałem")),
    # forced marriage abroad: "there will be a wedding, I don't want it"
    *(f"{wedding}{mark} {no}" for wedding in ("będzie ślub", "będzie mój ślub", "mam brać ślub",
                                               "mam wziąć ślub", "ma być ślub", "ma być mój ślub")
      for mark in (".", "!", "...") for no in ("nie chcę", "ja nie chcę")),
    "nie chcę tego ślubu", "nie chcę brać ślubu", "nie chcę ślubu", "chcą mnie wydać",
    "chcą mnie ożenić", "chce mnie wydać", "chce mnie ożenić", "wydadzą mnie", "wydać mnie za",
    "wydają mnie za", "żenią mnie",
    "ożenią mnie", "zaręczyli mnie",
    # held by an employer or a middleman: locked in, not let out, threats to the family
    *(f"{keeps} nas {where}" for keeps in ("trzyma", "trzymają", "zamyka", "zamykają",
                                          "zamknęli", "zamknął")
      for where in ("w kontenerze", "w baraku", "w pokoju", "w domu", "w mieszkaniu",
                    "w magazynie", "na noc", "na klucz", "zamkniętych", "pod kluczem",
                    "w piwnicy", "na farmie", "w gospodarstwie")),
    "zamykają nas", "zamykali nas", "telefony zabrane", "zabrane telefony",
    "zabrali nam telefony", "zabrał nam telefony", "nie wolno nam wyjść", "nie wolno wyjść",
    "nie wolno nam wychodzić", "nie wolno wychodzić", "nie pozwalają nam wyjść",
    "nie pozwalają wyjść", "nie pozwala nam wyjść", "nie pozwalają nam wychodzić",
    "dług za przejazd", "odpracować dług", "odrobić dług",
    "nas pobije", "mnie pobije", "pobije nas", "pobije mnie", "ich pobije", "pobiją nas",
    "pobiją mnie",
    *(f"{does} {whom}" for does in ("coś zrobi", "zrobi coś", "coś zrobią", "zrobią coś",
                                    "zrobi krzywdę", "zrobią krzywdę")
      for whom in ("mojej", "mojemu", "moim", "żonie", "mężowi", "rodzinie", "dzieciom", "nam",
                   "mi")),
    "coś mi zrobi", "coś nam zrobi", "coś mi zrobią", "coś nam zrobią",
    # someone lying without moving, eating or speaking; the elderly on the floor for hours
    "nie je i nie pije od", "nie je i nie pije już", "leży i nic nie mówi", "leży i nie mówi",
    "leży i się nie rusza", "leży i nie reaguje",
    *(f"{lies} {since}" for lies in ("na podłodze", "na ziemi", "na podłodze w łazience",
                                     "na podłodze w kuchni", "na podłodze w pokoju")
      for since in ("od godziny", "od kilku godzin", "od dwóch godzin", "od rana",
                    "od wczoraj", "od nocy", "od wieczora", "od paru godzin")),
    *(f"{since} leży na" for since in ("od godziny", "od kilku godzin", "od dwóch godzin",
                                       "od rana", "od wczoraj", "od nocy", "od paru godzin")),
    *(f"{cannot} {whom} podnieść" for cannot in ("nie mogę", "nie możemy", "nie dam rady",
                                                 "nie damy rady", "nie potrafię")
      for whom in ("go", "jej", "babci", "dziadka", "mamy", "taty", "męża", "żony")),
    *(f"{who} się nie budzi" for who in (
        "niemowlę", "niemowlak", "dziecko", "bobas", "maluch", "synek", "córeczka", "córka",
        "syn", "mąż", "żona", "mama", "tata", "babcia", "dziadek", "brat", "siostra",
    )),
    *(f"{cannot} {whom} obudzić" for cannot in ("nie mogę", "nie możemy", "nie da się")
      for whom in ("go", "jej", "dziecka", "synka", "córki")),
    # a child who drank a cleaning liquid, a car driven into people, stones through the windows
    *(f"{drank} {what}" for drank in ("napił się", "napiła się", "napiło się", "wypił", "wypiła",
                                      "wypiło", "połknął", "połknęła", "połknęło", "łyknął",
                                      "łyknęła", "łyknęło")
      for what in ("płynu do", "płyn do", "chemii", "środka do", "środek do", "benzyny",
                   "rozpuszczalnik", "odplamiacz", "kreta")),
    *(f"{drove} w {whom}" for drove in ("wjechał", "wjechała", "wjechało", "wjechali",
                                        "wjeżdża")
      for whom in ("ludzi", "tłum", "grupę ludzi", "dzieci", "pieszych", "przystanek")),
    *(f"{stones} w {what}" for stones in ("kamieniami", "kamieniem", "cegłą", "cegłami",
                                          "butelkami", "rzucają kamienie", "rzucili kamień",
                                          "rzucił kamień", "rzucili kamienie")
      for what in ("okn", "szyb", "dom", "nas", "drzwi", "heim", "mieszkani")),
    "szyby pękają",
    # men following me, pushed over
    "idą za mną", "idą za nami", "idzie za nami", "szli za mną", "szedł za mną",
    "mnie popchnęło", "mnie popchnęli", "popchnęli mnie", "popchnęła mnie", "popchnęło mnie",
    "mnie popchnął", "mnie popchnęła", "mnie przewrócił", "przewrócili mnie",
    "mnie przewrócili",
    # a child who did not come back from school, whom the Kita cannot find, taken without
    # my consent
    *(f"nie {back} {from_}" for back in ("wrócił", "wróciła", "wróciło")
      for from_ in ("ze szkoły", "z przedszkola", "z treningu", "z placu zabaw", "z podwórka",
                    "na noc", "od kolegi", "od koleżanki", "z wycieczki")),
    *(f"nie {can} znaleźć {child}" for can in ("mogą", "możemy", "mogę", "mogli", "mogła",
                                              "mogłam", "mogłem")
      for child in _CHILD_GEN),
    *(f"{took} {child}{from_} {how}" for took in ("zabrała", "zabrał", "wywiozła", "wzięła",
                                                  "wziął")
      for child in ("moje dziecko", "dziecko", "mojego syna", "syna", "moją córkę", "córkę",
                    "mi dziecko", "małą", "małego")
      for from_ in ("", " z przedszkola", " ze szkoły", " z domu")
      for how in ("bez mojej zgody", "bez zgody", "bez pytania", "bez pozwolenia",
                  "i nie odbiera", "do polski bez")),
    # "I tried, it didn't work, today it will"
    *(f"{failed}{sep}{will}" for failed in _FAILED for sep in _THEN_SEP
      for will in _WILL_WORK),
    *(f"{tried} i {failed}" for tried in ("próbowałam wczoraj", "próbowałem wczoraj",
                                          "próbowałam w nocy", "próbowałem w nocy")
      for failed in ("nie wyszło", "nie udało się", "się nie udało")),
    # "this time I won't wake up", the rope that broke, more pills next time
    "już się nie obudzę", "się już nie obudzę", "więcej się nie obudzę",
    "tym razem się nie obudzę", "nie obudzę się już", "nie obudzę się więcej",
    "sznur się urwał", "sznur pękł", "lina się urwała", "lina pękła",
    "sznur nie wytrzymał", "lina nie wytrzymała", "wezmę więcej tabletek",
    "wezmę wszystkie tabletki", "tym razem nikt mnie nie odratuje", "tym razem mnie nie znajdą",
    "tym razem nie zawiodę", "tym razem zrobię to porządnie", "tym razem zrobię to do końca",
    "tym razem wezmę więcej", "wezmę dwa razy więcej", "dziś wezmę więcej",
    "dzisiaj wezmę więcej", "dziś dokończę", "dzisiaj dokończę", "dziś to dokończę",
    "dzisiaj to dokończę", "dziś w nocy to zrobię", "dzisiaj w nocy to zrobię",
    "zrobię to dziś w nocy", "zrobię to dzisiaj w nocy", "za pierwszym razem nie wyszło",
    "za pierwszym razem się nie udało",
    # "after tomorrow nothing matters", "I won't live to see Monday"
    "nic już nie będzie miało znaczenia", "już nic nie będzie miało znaczenia",
    "nic nie będzie już miało znaczenia", "nic już nie będzie ważne", "już nic nie będzie ważne",
    *(f"{when}{sep}{matter}" for when in _WHEN_MATTER for sep in (" ", ", ")
      for matter in _NO_MATTER),
    *(f"{when}{sep}{matter}" for when in _AFTER_WHEN for sep in (" ", ", ")
      for matter in ("nic nie ma znaczenia", "i tak nic nie ma znaczenia",
                     "już nic nie ma znaczenia")),
    *(f"nie dożyję {when}" for when in ("jutra", "do jutra", "rana", "do rana", "poniedziałku",
                                       "do poniedziałku", "weekendu", "do weekendu",
                                       "końca tygodnia", "do końca tygodnia", "wieczora")),
    # "I've decided. Thanks for everything / don't look for me"; despair, then "I've decided"
    *(f"{decided}{mark}{after}" for decided in _DECIDED for mark in _MARK
      for after in _AFTER_DECIDED),
    *(f"{decided}. {after}" for decided in ("zdecydowałam", "zdecydowałem")
      for after in _AFTER_DECIDED),
    *(f"{despair}{mark}{decided}" for despair in _DESPAIR for mark in _MARK
      for decided in ("postanowiłam", "postanowiłem", "postanowione")),
    # keys in the mailbox, under the mat
    *(f"{keys} {verb} {where}".replace("  ", " ") for keys in ("klucze", "klucz")
      for verb in _KEYS_VERB for where in _KEYS_WHERE),
    *(f"{where} {verb} {keys}" for keys in ("klucze", "klucz")
      for verb in ("są", "leżą", "zostawiłam", "zostawiłem")
      for where in ("w skrzynce", "pod wycieraczką", "pod doniczką")),
    # gave everything away, the cat or dog given to a neighbour
    *(f"{gave} {what}" for gave in ("rozdałam", "rozdałem", "rozdaję", "oddałam", "oddałem",
                                    "pozbyłam się", "pozbyłem się")
      for what in ("wszystko, co miałam", "wszystko co miałam", "wszystko, co miałem",
                   "wszystko co miałem", "wszystkie swoje rzeczy", "wszystkie moje rzeczy",
                   "swoje rzeczy")),
    "rozdałam wszystko", "rozdałem wszystko", "rozdaję wszystko", "rozdałam już wszystko",
    "rozdałem już wszystko", "rzeczy rozdane", "wszystko rozdane", "nic mi już nie będzie trzeba",
    "niczego mi już nie będzie trzeba", "nie będzie mi już nic potrzebne",
    "nie będę już niczego potrzebować",
    *(f"{pet} {gave} {to}" for pet in ("kota", "psa") for gave in ("dałem", "dałam", "oddałem",
                                                                  "oddałam")
      for to in ("sąsiadce", "sąsiadowi", "siostrze", "koleżance", "koledze", "znajomym")),
    *(f"{gave} {pet} {to}" for pet in ("kota", "psa") for gave in ("dałem", "dałam", "oddałem",
                                                                  "oddałam")
      for to in ("sąsiadce", "sąsiadowi", "siostrze", "koleżance", "koledze", "znajomym")),
    # standing on a bridge, a roof, the edge; climbed over the railing
    *(f"{stand} na {high}" for stand in ("stoję", "siedzę", "wszedłem", "weszłam")
      for high in _HIGH),
    *(f"{crossed} {rail}" for crossed in ("przeszłam przez", "przeszedłem przez",
                                          "przeszedł przez", "przeszła przez", "stoję za",
                                          "jestem za")
      for rail in ("barierkę", "barierką", "balustradę", "balustradą")),
    "po drugiej stronie barierki", "po drugiej stronie balustrady",
    *(f"{pos} na dachu {building}" for pos in ("jestem", "jestem już", "stoję", "siedzę",
                                               "weszłam", "wszedłem")
      for building in ("bloku", "naszego bloku", "mojego bloku", "wieżowca", "budynku",
                       "szpitala", "parkingu", "galerii")),
    # means laid out and ready: blades or a rope on the table, pills in front of me
    *(f"{means} {where}" for means in _MEANS for where in _MEANS_WHERE),
    *(f"{means} {state} {where}" for means in _MEANS for state in ("leży", "są", "jest")
      for where in ("przede mną", "na stole", "przygotowan", "gotow", "przywiązan",
                    "zawiązan")),
    *(f"{means} {already} {where}" for means in _MEANS for already in ("jest już", "są już",
                                                                           "już")
      for where in ("przygotowan", "gotow", "zawiązan", "przywiązan", "na stole")),
    *(f"{pills} {state}{where}" for pills in ("tabletki", "leki")
      for state in ("", "leżą ", "mam ")
      for where in ("przede mną", "przed sobą", "obok mnie", "wysypane")),
    # a farewell written or passed on: "żegnaj stary, zaopiekuj się psem", "napisała
    # «żegnajcie»", "that she is saying goodbye", "that he won't be here any more"
    # (plural "żegnajcie" is no way to leave a chatbot; "żegnaj" is, so it needs what follows)
    "żegnajcie",
    *(f"żegnaj{sep}{next_}" for sep in (" ", ", ", "! ") for next_ in _BYE_NEXT),
    *(f"{quote}żegnaj" for quote in ('"', "„", ": ", ': "', ": „", "'", "»", "«")),
    *(f"{wrote} żegnaj" for wrote in ("napisał", "napisała", "napisał mi", "napisała mi",
                                      "wysłał mi", "wysłała mi", "dostałam", "dostałem")),
    "że się żegna", "że się z nami żegna", "że się ze mną żegna", "że się z wami żegna",
    "żegna się ze mną", "żegna się z nami", "żegna się ze wszystkimi", "się ze mną żegnał",
    "się ze mną żegnała", "wiadomość pożegnaln", "wiadomości pożegnaln", "pożegnalną wiadomość",
    "pożegnalna wiadomość", "pożegnalnego sms", "pożegnalny sms", "sms pożegnaln",
    "smsa pożegnaln", "nagranie pożegnaln", "pożegnalne nagranie", "pożegnalny post",
    "post pożegnaln", "pożegnalny wpis", "wpis pożegnaln", "pożegnalny list",
    # the last post ("to mój ostatni wpis tutaj")
    "to mój ostatni wpis", "to mój ostatni post", "to moje ostatnie słowa", "to mój ostatni list",
    *(f"{that} {gone}" for that in ("że", "jak", "kiedy", "gdy") for gone in _GONE3),
    *(f"że {when} {gone}" for when in ("jutro", "dziś", "od jutra", "po dzisiejszej nocy")
      for gone in _GONE3),
    "że przeprasza za wszystko", "i przeprasza za wszystko", "że nas kocha i przeprasza",
    "że mnie kocha i przeprasza",
    *(f"{love} {whom} za mnie" for love in ("kochaj", "kochajcie")
      for whom in ("ich", "ją", "go", "je", "dzieci")),
    # "when I leave (this life), who picks up the little one / takes the dog"
    *(f"{when} {gone}{sep} kto {takes}" for when in ("jak", "kiedy", "gdy")
      for gone in ("odejdę", "zginę") for sep in ("", ",", "?")
      for takes in ("zajmie się", "weźmie", "zaopiekuje się", "odbierze", "będzie", "spłaci",
                    "się zajmie")),
    *(f"{whom}{sep} {when} odejdę" for whom in ("psa", "kota", "dzieci", "dziećmi",
                                                  "dzieckiem", "syna", "córkę", "małego",
                                                  "małą", "nimi", "je", "go")
      for sep in ("", ",") for when in ("jak", "kiedy", "gdy")),
    *(f"co będzie z {kids}{sep} {gone}" for kids in ("dziećmi", "moimi dziećmi", "synem",
                                                     "córką", "małym", "małą", "psem", "kotem")
      for sep in ("", ",")
      for gone in ("jak umrę", "kiedy umrę", "jak mnie zabraknie", "jak odejdę",
                   "po mojej śmierci")),
    # "I just wanted someone to know"
    *(f"{wanted}{comma} żeby ktoś wiedział" for wanted in (
        "chciałam", "chciałem", "piszę", "piszę tu", "piszę to", "chciałam tylko",
        "chciałem tylko",
    ) for comma in ("", ",")),
    "niech chociaż ktoś wie", "niech ktoś chociaż wie",
    # farewell apologies: "forgive me everything", "don't cry for me", "don't look for me"
    "przepraszam was za wszystko", "przepraszam cię za wszystko", "przepraszam was wszystkich",
    "wybaczcie mi wszystko", "wybacz mi wszystko", "wybaczcie mi to, co", "wybacz mi to, co",
    "wybaczcie mi to co", "wybacz mi to co", "przepraszam, że was zostawiam",
    "przepraszam że was zostawiam", "przepraszam, że cię zostawiam", "przepraszam że cię zostawiam",
    "przepraszam, że tak to kończę", "przepraszam że tak to kończę",
    "przepraszam za to, co zrobię", "przepraszam za to co zrobię",
    "przepraszam za to, co zaraz zrobię", "przepraszam za to co zaraz zrobię",
    "nie miejcie do mnie żalu", "nie miej do mnie żalu", "nie płaczcie po mnie",
    "nie płaczcie za mną", "nie płacz po mnie", "nie płacz za mną", "nie szukajcie mnie",
    "nie szukaj mnie", "nie ratujcie mnie", "nie próbujcie mnie ratować", "nie reanimujcie",
    "nie próbujcie mnie powstrzymać",
    # forced marriage: taken abroad, married to a stranger, a cousin, a much older man
    "chcą mnie wywieźć", "chce mnie wywieźć", "wywiozą mnie", "wywiezą mnie", "wywożą mnie",
    "wywieźć mnie do", "wywieźć mnie za", "wywieźli mnie do",
    *_STRANGER,
    *(f"{marry} {whom}" for marry in ("wyjść za", "wydać za", "wydadzą mnie za",
                                      "wydają mnie za", "wyjdę za", "poślubić")
      for whom in ("kuzyna", "obcego", "nieznajomego", "dużo starszego", "starego")),
    *(f"{marry} {whom}" for marry in ("ślub z", "ślubu z", "ożenić się z", "ożenić mnie z")
      for whom in ("kuzynem", "kuzynką", "obcym", "nieznajomym", "dużo starszym", "starym")),
    *(f"{who} mi {spouse}" for who in ("wybrali", "wybrała", "wybrał", "znaleźli", "znalazł",
                                       "znalazła")
      for spouse in ("męża", "żonę", "narzeczonego", "narzeczoną")),
    "przyszłego męża nie znam", "przyszłego męża nigdy nie widziałam", "narzeczonego nie znam",
    "narzeczonego nigdy nie widziałam", "nie znam mojego przyszłego męża",
    "nie znam swojego przyszłego męża", "nie znam nawet przyszłego męża",
    "każą mi wyjść za", "każą mi wziąć ślub", "każą mi się ożenić", "kazali mi wyjść za",
    "kazali mi wziąć ślub", "kazali mi się ożenić", "obiecali mnie", "sprzedali mnie",
    "chcą mnie sprzedać", "chce mnie sprzedać",
)

CRIES: tuple[str, ...] = (
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
)

SERVICE_WORDS: tuple[str, ...] = (
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
)

IDIOMS: tuple[str, ...] = (
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
    # no longer at work, at home, in the country
    *(f"{gone} {here}{place}" for gone in _GONE_ME for here in ("", "tu ", "tutaj ")
      for place in _PLACES),
    # a child not found on a list or in a system
    *(f"znaleźć {child} {where}" for child in _CHILD_GEN
      for where in ("na liście", "w systemie", "na stronie", "w dokumentach", "w aplikacji",
                    "w wynikach", "w rejestrze", "na zdjęciu", "w bazie")),
    # "I've decided on a course / to move" (next to "mam dość")
    *(f"{decided} {what}" for decided in ("zdecydowałam się", "zdecydowałem się", "zdecydowałam",
                                          "zdecydowałem", "podjęłam decyzję", "podjąłem decyzję")
      for what in ("na", "o", "że", ", że", "żeby", ", żeby", "zapisać", "przeprowadzić",
                   "wrócić", "zmienić", "szukać", "iść", "pójść", "walczyć", "zrobić")),
    # the Jugendamt or an office taking a child (a counselling question)
    *(f"{office} {took}" for office in ("jugendamt", "urząd", "opieka społeczna", "sąd")
      for took in ("zabrał", "zabrali", "zabrało", "zabrała", "mi zabrał", "nam zabrał")),
    # visiting grandparents "while they're still alive" (folding makes "żyje" and "żyję" one)
    *(f"{kin} … {while_}" for kin in ("babci", "babcię", "dziadk", "mam", "tat", "ojc", "matk",
                                      "rodzic", "brat", "siostr", "wujk", "ciotk", "cioci",
                                      "pies", "psa", "kot", "teści", "teściow")
      for while_ in ("póki jeszcze żyje", "dopóki jeszcze żyje")),
    # my last message for today, the last time I write about this matter
    *(f"ostatnia wiadomość {when}" for when in ("na dziś", "na dzisiaj", "dzisiaj", "dziś",
                                                "w tej sprawie", "przed urlopem",
                                                "przed świętami", "w tym tygodniu")),
    *(f"{last}{sep}{matter}" for last in ("ostatni raz", "po raz ostatni")
      for sep in (" ", ", ") for matter in ("w tej sprawie", "o to", "o ten", "o tę", "o termin",
                                            "proszę", "pytam", "przypominam", "bo", "zanim")),
    # a rope for moving, laundry, a tent, sports
    *(f"{rope} … {use}" for rope in ("sznur", "linę", "lina", "liny", "sznurek")
      for use in ("przeprowadz", "bielizn", "pran", "susz", "namiot", "mebl", "bagaż", "auta",
                  "holowani", "łódk", "żagl", "wspinacz", "skakank", "do skakania", "huśtawk",
                  "ogrod", "drzew", "psa", "siłowni", "na przyczep", "do przyczep",
                  "do samochodu")),
    # razor blades for shaving or a cutter at work
    *(f"{blades} {use}" for blades in ("żyletki", "żyletkę", "żyletek")
      for use in ("do golenia", "do maszynki do golenia", "do nożyka", "do noża do tapet",
                  "do tapet", "do skrobaka", "do pracy", "na budowę")),
    # a baby that sleeps through the night
    *(f"się nie budzi {when}" for when in ("w nocy", "na karmienie", "do rana", "przez całą noc",
                                           "ani razu", "na jedzenie")),
    # a wedding abroad that the family wants but "I don't want a church wedding"
    *(f"nie chcę ślubu {kind}" for kind in ("kościelnego", "w kościele", "cywilnego",
                                            "w urzędzie", "w polsce", "w niemczech")),
    # medicines saved up to donate
    *(f"{pills} {why}" for pills in ("tabletki", "leki", "leków", "tabletek")
      for why in ("dla ukrainy", "na ukrainę", "do oddania", "dla potrzebujących",
                  "przeterminowane", "do apteki", "na wyjazd", "na wakacje", "do recykling",
                  "do utylizacji")),
    # not let out early, during a break or from a lesson
    *(f"{not_let} {when}" for not_let in (
        "nie pozwala nam wyjść", "nie pozwalają nam wyjść", "nie pozwalają wyjść",
        "nie pozwala wyjść", "nie wolno nam wyjść", "nie wolno wyjść", "nie wolno wychodzić",
        "nie wolno nam wychodzić", "nie pozwalają nam wychodzić",
    ) for when in ("wcześniej", "przed końcem", "na przerwę", "w przerwie", "na papierosa",
                   "z kursu", "z lekcji", "z zajęć", "w czasie pracy", "podczas pracy",
                   "bez opiekuna", "bez rodzica", "bez zgody", "z sali", "z klasy")),
    # "when I'm gone, who inherits": a will, not a farewell
    *(f"{will} … {gone}" for will in _WILL for gone in _GONE_WILL),
    *(f"{gone} … {will}" for will in _WILL for gone in _GONE_WILL),
    # decided on a course, a job, a move ("postanowiłam zmienić pracę")
    *(f"{decided} … {ctx}" for decided in ("postanowi", "podjęłam decyzję", "podjąłem decyzję",
                                           "decyzja zapadła", "zdecydowa")
      for ctx in ("zapisa", "zapisuj", "na kurs", "z kursu", "zmienić", "szukać", "do prac",
                  "nową prac", "przeprowadz", "studi", "uczyć", "wrócić do", "wracam do",
                  "wracamy do")),
    # "żegnaj" to a course, a job, a country, summer; a colleague retiring or moving away
    *(f"{bye} … {ctx}" for bye in ("żegnaj", "żegna")
      for ctx in ("kurs", "grup", "z pracą", "z pracy", "polsk", "niemc", "wakacj", "lato",
                  "szkoł", "wyjeżdż", "wyjazd", "wyprowadz", "przeprowadz", "wraca do",
                  "wracam do", "wracamy do", "emerytur", "firm", "zespoł", "odchodzi z",
                  "urlop", "za pomoc", "miło", "do zobaczenia", "do usłyszenia", "pozdrawiam")),
    # pills in front of me with a leaflet I cannot read
    *(f"{pills} … {ctx}" for pills in ("tabletki", "leki")
      for ctx in ("jak je brać", "jak brać", "ile brać", "ulotk", "dawkowani", "recept",
                  "po jedzeniu", "przed jedzeniem")),
    # "forgive me what I wrote", taken abroad on holiday, waking up early
    "wybacz… co napisa", "wybacz… co powiedzia",
    *(f"{taken} … {trip}" for taken in ("wywie", "wywoż", "wywioz")
      for trip in ("na wakacje", "na wycieczk", "na obóz", "na kolonie", "na ferie")),
    *(f"obudzę {when}" for when in ("na", "o", "się na", "się o", "rano", "się rano",
                                     "wcześnie", "się wcześnie", "się tak wcześnie")),
    *(f"{does} … {task}" for does in ("zrobię", "dokończę") for task in _TASKS),
    # "my last message here: we are moving / going back home"
    *(f"ostatnia wiadomość … {move}" for move in ("przeprowadz", "wyprowadz", "wyjeżdż",
                                                   "wracamy do", "wracam do polski",
                                                   "wracam do kraju", "zmieniam numer",
                                                   "kończę kurs", "kończy się kurs")),
    # keys left for a landlord, a cleaner or a child coming home; things given away before a
    # move or for charity, a pet rehomed for an allergy
    *(f"{thing} … {ctx}" for thing in ("klucz", "rozda", "odda") for ctx in _MOVE),
    *(f"{ctx} … {thing}" for thing in ("klucz", "rozda") for ctx in _MOVE_OUT),
    *(f"{where} … {ctx}" for where in ("w skrzyn", "do skrzyn", "pod wycieraczk",
                                       "pod doniczk")
      for ctx in ("lokator", "najemc", "nowego", "nowej", "vermieter", "właściciel",
                  "przeprowadz", "wyprowadz", "wynajm", "sprzątaczk", "hausmeister",
                  "przekazani", "bo syn",
                  "bo córka", "bo dzieci", "bo mąż", "bo żona", "dla syna", "dla córki",
                  "dla dzieci", "dla męża", "dla żony")),
    *(f"{pet} … {ctx}" for pet in ("kota", "psa")
      for ctx in ("alergi", "urlop", "wakacj", "na tydzień", "na czas", "na weekend",
                  "na kilka", "na parę", "na miesiąc", "na noc", "bo jadę", "szkoleni", "szpital",
                  "pod opiek", "przeprowadz", "wyprowadz", "nowego domu", "schronisk", "podat",
                  "wymeld", "wyjazd")),
    # on a bridge in a traffic jam, waiting for a bus or asking the way; a roofer at work
    "na dachu … w pracy",
    *(f"na {high} … {ctx}" for high in ("moście", "dachu")
      for ctx in ("kork", "autobus", "przystan", "czekam na", "zdjęci", "spacer", "rower",
                  "pracuj", "naprawi", "dachówk", "anten", "rynn",
                  "nie wiem gdzie", "nie wiem, gdzie", "jak dojść", "jak dojechać",
                  "gdzie jest")),
    # "it will work today" about an office, an exam, a second visit
    *(f"{works} … {ctx}" for works in ("się uda", "wyjdzie", "zadziała")
      for ctx in ("idę", "pójdę", "drugi raz", "jeszcze raz", "lepiej", "ciast", "piek",
                  "egzamin", "zapisa")),
    # "I won't be there anyway, I'm on holiday"; "when I leave work / my husband"
    *(f"i tak mnie nie będzie {place}" for place in (*_PLACES3, "bo", ", bo", "do")),
    *(f"{when} odejdę {prep}" for when in ("jak", "kiedy", "gdy")
      for prep in ("z", "ze", "od", "na", "do", "w", "wcześniej", "stąd", "z pracy")),
    *(f"{last} … {move}" for last in ("ostatni wpis", "ostatni post")
      for move in ("przeprowadz", "wyprowadz", "wyjeżdż", "wracamy do", "w tym wątku",
                   "w tej sprawie", "w tej grupie")),
    # a colleague's farewell message or party at work
    *(f"{msg} … {ctx}" for msg in ("wiadomość pożegnaln", "wiadomości pożegnaln",
                                   "pożegnalną wiadomość", "pożegnalna wiadomość")
      for ctx in ("prac", "zespoł", "kolegów", "koleżanek", "firm", "szef", "kurs", "grup",
                  "emerytur", "odejści")),
    # "it won't matter anyway whether I'm registered": a question, not a farewell
    *(f"znaczenia{comma} {which}" for comma in ("", ",")
      for which in ("czy", "który", "która", "które", "jaki", "jaka", "gdzie", "kiedy", "ile")),
    # "she won't be at work / on the course any more"
    *(f"{gone} {place}" for gone in _GONE3 for place in _PLACES3),
    # "don't look for me at the office tomorrow"
    *(f"nie szukaj… {place}" for place in ("w pracy", "w biurze", "w domu", "jutro",
                                            "w poniedziałek", "na kursie", "w weekend")),
    # asking the law about marrying a cousin
    *(f"{may} … {marry} kuzyn" for may in ("można", "wolno", "legaln", "dozwolon", "zakaz")
      for marry in ("ślub z", "za")),
)
# fmt: on
