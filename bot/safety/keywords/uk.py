"""Ukrainian keywords of the safety net (`bot.safety` matches them)."""

# fmt: off
STEMS: tuple[str, ...] = (
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
)

CRIES: tuple[str, ...] = (
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
)

SERVICE_WORDS: tuple[str, ...] = (
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
)

IDIOMS: tuple[str, ...] = (
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
)
# fmt: on
