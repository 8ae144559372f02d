"""Russian keywords of the safety net (`bot.safety` matches them)."""

# fmt: off
# Word lists for the quiet crises (farewells, final arrangements, means at hand, "I've
# decided") and the wordless dangers (locked in, passports held, forced marriage, a fall, a
# child not home) among the keywords below.

_RELATIVES_DAT = (
    "детям", "моим детям", "детям моим", "маме", "моей маме", "маме и папе", "папе", "отцу",
    "родителям", "моим родителям", "дочке", "доченьке", "дочери", "моей дочке", "моей дочери",
    "сыну", "сыночку", "моему сыну", "сыновьям", "моим сыновьям", "жене", "моей жене", "мужу",
    "моему мужу", "сестре", "брату", "бабушке", "родным", "моим родным", "любимой", "любимому",
    "внукам", "малым",
)
_TELL = ("передайте", "передай", "скажите", "скажи")
_PLACES = (
    "дома", "здесь", "тут", "в городе", "в германии", "в стране", "на связи", "на работе",
    "на курсе", "на курсах", "на уроке", "на занятиях", "в офисе", "на месте", "в гютерсло",
    "в квартире", "в общежитии", "в хайме", "в heim", "в kita", "на приеме", "на термине",
    "до ", "неделю", "две недели", "месяц", "несколько дней", "пару дней",
)
_MOVING = (
    "переезж", "переезд", "переех", "уезжа", "уезд", "уеду", "отъезд", "поеду", "еду ",
    "отпуск", "лечу", "улечу", "улета", "возвращаюсь", "больниц", "операци", "командировк",
    "домой в",
)

STEMS: tuple[str, ...] = (
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
    # "when I'm gone": I will no longer exist ("меня не станет", "не будет в живых", "не буду
    # живой"), also said of "a person"; Latin letters too
    *(f"меня {adv}не станет" for adv in (
        "", "уже ", "скоро ", "вскоре ", "завтра ", "сегодня ", "вдруг ", "больше ", "совсем ",
        "просто ",
    )),
    "не станет меня", "человека не станет", "которого не станет", "которой не станет",
    *(f"не будет {alive}" for alive in ("в живых", "среди живых", "на свете", "на этом свете")),
    *(f"не буду {alive}" for alive in (
        "в живых", "среди живых", "на свете", "на этом свете", "живой", "живым", "жива", "жив$",
    )),
    "уже не буду жить", "больше не буду жить", "не буду больше жить", "меня уже не будет",
    # "I tried, but they pumped me out / I woke up in hospital"
    "меня откачали", "в прошлый раз откачали", "откачали в прошлый раз",
    *(f"{tried}{comma} но {survived}" for tried in ("пыталась", "пытался", "пробовала", "пробовал")
      for comma in ("", ",") for survived in (
        "проснулась", "проснулся", "выжила", "выжил", "спасли", "откачали",
    )),
    "menya ne stanet", "menya uzhe ne stanet", "menya skoro ne stanet", "ne stanet menya",
    *(f"ne {be} {alive}" for be in ("budet", "budu") for alive in (
        "v zhivyh", "v zhivykh", "v zhivih", "na svete", "zhivoj", "zhivoy", "zhivoi", "zhivym",
    )),
    "menya uzhe ne budet",
    # leaving life, not going to live, after my death / when I die (wills are idioms)
    "уйду из жизни", "уйти из жизни", "ухожу из жизни", "уйду навсегда", "ухожу навсегда",
    "жить не буду", "жить больше не буду", "жить я не буду", "ujdu iz zhizni", "uydu iz zhizni",
    "uidu iz zhizni", "ujti iz zhizni", "uyti iz zhizni", "zhit ne budu", "zhit' ne budu",
    "после моей смерти", "после смерти моей", "когда я умру", "если я умру", "как я умру",
    "когда умру", "после того как я умру", "после того, как я умру", "posle moei smerti",
    "posle moej smerti", "posle moey smerti", "kogda ya umru", "kogda ja umru", "esli ya umru",
    # farewells: "tell my children that I loved them", "forgive me for everything", "just wanted
    # someone to know / to say goodbye to someone", letters left for the children
    *(f"{tell} {please}{who}{that}" for tell in _TELL for please in ("", "пожалуйста ")
      for who in _RELATIVES_DAT for that in (" что", ", что")),
    *(f"что {who} {obj} {very}{loved}" for who in ("я", "мама", "папа")
      for obj in ("ее", "его", "их", "вас", "тебя") for very in ("", "очень ", "всегда ")
      for loved in ("любил", "любила")),
    *(f"{forgive} {me}за все" for forgive in (
        "простите", "прости", "извините", "извини", "пусть простит",
    ) for me in ("меня ", "мне ")),
    "извините за все$", "простите за все$", "прости за все$",
    # "you won't hear from me again", "I'm writing for the last time", a goodbye with thanks
    # for everything, "tell my daughter it's not her fault"
    "больше меня не услышите", "больше обо мне не услышите", "вы меня больше не услышите",
    "вы больше меня не услышите", "вы больше обо мне не услышите", "больше не услышите меня",
    *(f"{tell} {who} chto" for tell in ("peredajte", "peredayte", "peredaite", "peredaj",
                                        "peredai", "skazhite", "skazhi")
      for who in ("detyam", "detjam", "mame", "synu", "docheri", "dochke", "zhene", "muzhu",
                  "sestre", "roditelyam")),
    "moe poslednee soobshchenie", "moe poslednee soobshenie", "moyo poslednee soobshchenie",
    "poslednee soobshchenie ot menya", "poslednee soobshenie ot menya",
    "пишу вам в последний раз", "пишу в последний раз", "пишу последний раз",
    "пишу вам последний раз",
    *(f"{bye}{sep}{thanks}" for bye in ("я прощаюсь", "прощаюсь с вами")
      for sep in (". ", ", ", " ", "! ") for thanks in ("спасибо вам за все", "спасибо за все")),
    *(f"{who} что {pron} {fault}" for who in _RELATIVES_DAT for pron in ("он", "она", "они")
      for fault in ("не виноват", "ни в чем не виноват", "ни в чём не виноват")),
    *(f"{leave} {what} {who}" for leave in ("оставлю", "оставляю", "оставила", "оставил")
      for what in ("деньги и письмо", "письмо и деньги") for who in (
        "сестре", "брату", "маме", "детям", "дочке", "дочери", "сыну", "жене", "мужу", "родителям",
    )),
    # a noose tied
    "петля готова", "завязал петлю", "завязала петлю",
    "уйду из этого мира", "уйти из этого мира", "ухожу из этого мира",
    "прощаюсь навсегда", "прощаюсь с вами навсегда",
    "просто хотела чтобы кто-то", "просто хотел чтобы кто-то", "просто хотела, чтобы кто-то",
    "просто хотел, чтобы кто-то", "просто хочу чтобы кто-то знал", "просто хочу, чтобы кто-то знал",
    "чтобы кто-то об этом знал", "чтоб кто-то об этом знал", "чтобы хоть кто-то знал",
    "чтобы кто-нибудь об этом знал",
    *(f"с {someone} {bye}" for someone in ("кем-то", "кем-нибудь", "кем то", "кем нибудь")
      for bye in ("попрощаться", "попрощатся")),
    *(f"s {someone} {bye}" for someone in ("kem-to", "kem to", "kem-nibud", "kem nibud")
      for bye in ("poproshch", "poprosh", "poproshat")),
    *(f"{wrote} {letters} {whom}" for wrote in (
        "оставила", "оставил", "написала", "написал", "положила", "положил", "спрятала",
        "спрятал",
    ) for letters, whom in (
        *((letters, whom) for letters in ("письма", "прощальные письма")
          for whom in ("детям", "для детей", "маме", "для мамы", "родным", "для родных", "каждому",
                       "всем", "мужу", "жене", "сыну", "дочке", "дочери")),
        *((whom, letters) for whom in ("детям", "маме", "родным", "мужу", "жене", "всем")
          for letters in ("письма", "по письму")),
    )),
    "оставить, чтобы нашли", "оставить чтобы нашли", "оставить чтоб нашли",
    "ostavit chtob nashli", "ostavit chtoby nashli", "ostavit' chtob nashli",
    "последние дела делаю", "делаю последние дела", "улаживаю последние дела",
    "poslednie dela delayu", "delayu poslednie dela",
    # debts left to the family
    "не пришлось платить мои долги", "не пришлось платить мои", "не платили мои долги",
    "не платил мои долги", "не платила мои долги", "детям долги не пришли",
    "долги не перешли", "не достались мои долги",
    # means at hand: a rope bought (rope for moving or laundry is an idiom), pills gathered,
    # blades ready
    *(f"{bought} {rope}" for bought in (
        "купил", "купила", "приготовил", "приготовила", "уже купил", "уже купила",
    ) for rope in ("веревку", "верёвку")),
    "дома веревка", "дома верёвка", "веревка уже", "веревка готова", "веревка лежит",
    "веревка рядом", "kupil verevku", "kupila verevku",
    *(f"{gathered} {pills}" for gathered in (
        "копила", "копил", "коплю", "собирала", "собирал", "собираю", "насобирала", "насобирал",
        "припасла", "припас", "откладывала", "откладывал", "накопила",
    ) for pills in ("таблет", "снотворн")),
    "все снотворн", "таблетки готовы", "таблетки передо мной", "nakopila tablet", "nakopil tablet",
    "sobrala tablet", "sobral tablet",
    *(f"{blade} {where}" for blade in ("лезвие", "лезвия", "лезвие уже", "лезвия уже", "бритва",
                                       "бритва уже")
      for where in ("лежит", "лежат", "рядом", "возле меня", "передо мной", "в руке",
                    "наготове", "готово", "готовы")),
    "lezvie lezhit", "lezviya lezhat", "lezvia lezhat", "lezviya ryadom", "lezvie ryadom",
    # nothing needed any more, a pet or a child left with nobody from tomorrow (a holiday or a
    # hospital stay is an idiom)
    *(f"{from_} {pron}некому {pron2}{care}" for from_ in (
        "с завтрашнего дня", "с завтра", "со завтра", "после этой ночи",
    ) for pron, pron2 in (
        ("", ""), *((p, "") for p in ("за ним ", "за ней ", "за ними ", "его ", "ее ", "их ")),
        *(("", p) for p in ("за ним ", "за ней ", "за ними ", "его ", "ее ", "их ")),
    ) for care in (
        "смотреть", "присматривать", "кормить", "ухаживать", "гулять", "заботиться", "будет",
    )),
    *(f"{from_} {me}{already}ничего не {need}" for from_ in (
        "с завтра", "с завтрашнего дня", "после этой ночи", "после сегодняшней ночи", "скоро",
    ) for me in ("", "мне ") for already, need in (
        ("", "понадоб"), ("уже ", "понадоб"), ("больше ", "понадоб"), ("уже ", "нужно"),
        ("уже ", "надо"),
    )),
    "мне уже ничего не понадобится", "уже ничего не понадобится",
    *(f"после {night} {x}" for night in ("этой ночи", "сегодняшней ночи")
      for x in ("меня", "мне", "она мне", "он мне", "они мне", "я уже", "уже не")),
    "posle etoj nochi", "posle etoi nochi", "posle etoy nochi", "posle segodnyashnej nochi",
    # someone who stopped eating and drinking, lies silent facing the wall
    "перестала есть и пить", "перестал есть и пить", "не ест и не пьет",
    "лицом к стене", "licom k stene", "litsom k stene", "ne est i ne pet", "ne est i ne p'et",
    *(f"не ест {already}{n} {days}" for already in ("", "уже ")
      for n in ("несколько", "два", "три", "2", "3", "пару") for days in ("дня", "дней", "суток")),
    # locked in, kept from leaving, phones taken, writing from someone else's phone, a threat
    # to the family at home
    "нас запирают", "запирают нас", "запирают на ночь", "меня запирают", "выходить запрещают",
    "запрещают выходить", "запрещает выходить", "запрещает мне выходить",
    "не разрешает мне выходить", "не разрешает выходить", "не разрешают выходить",
    "не разрешают мне выходить", "не дают выходить", "не дают нам выходить",
    "выходить не дают", "не дает выходить", "не дает мне выходить", "не дает нам выходить",
    "сижу закрытая", "сижу закрытый", "сижу запертая", "закрыта в квартире", "закрыт в квартире",
    "закрыл меня", "закрыли меня", "меня закрыли в", "закрыл нас", "закрыли нас",
    *(f"{took} {a} и {b}" for took in ("забрал", "забрала", "забрали", "отнял", "отобрал")
      for a, b in (("ключи", "паспорт"), ("паспорт", "ключи"), ("паспорт", "телефон"),
                   ("телефон", "паспорт"), ("ключи", "телефон"), ("паспорта", "телефоны"))),
    "телефоны забрали", "забрали телефоны", "отнял телефон", "телефон отнял", "отобрал телефон",
    "телефон отобрал", "отобрали телефон", "телефон отобрали", "пишу с чужого", "pishu s chuzhogo",
    "pishu s chuzhova",
    *(f"пострадает {who}" for who in (
        "мама", "моя мама", "мать", "семья", "моя семья", "ребенок", "мой ребенок", "дети",
        "мои дети", "брат", "сестра", "дочь", "сын", "родные",
    )),
    # forced marriage abroad
    "выдадут замуж", "выдадут меня замуж", "выдать меня замуж", "выдавать замуж",
    "отдадут замуж", "отдать меня замуж", "выдают меня замуж", "везут замуж",
    "жениха я даже не знаю", "жениха даже не знаю", "жениха я не знаю", "жениха не знаю",
    "жениха никогда не видела", "жениха ни разу не видела", "vydadut zamuzh",
    "vydavat zamuzh", "vydat zamuzh", "vydat menya zamuzh", "otdadut zamuzh",
    # a child drank something from a bottle or ate someone's pills, swallowed a magnet (Latin)
    *(f"{drank} что{dash}то {from_}" for drank in ("выпил", "выпила", "глотнул", "глотнула",
                                                 "хлебнул", "хлебнула")
      for dash in ("-", " ", "") for from_ in ("из", "для")),
    *(f"{drank} chto{dash}to iz" for drank in ("vypil", "vypila", "vipil", "vipila")
      for dash in ("-", " ", "")),
    *(f"{ate} {whose}{pills}" for ate in ("съел", "съела", "съели", "наелся", "наелась")
      for whose in ("мамины ", "мамину ", "папины ", "дедушкины ", "бабушкины ", "мои ", "чужие ")
      for pills in ("таблет", "лекарств")),
    "наелся таблет", "наелась таблет",
    "proglotil", "proglotila", "proglotil magnit",
    # a baby fallen off the changing table, a car overturned, someone fallen in a canal or river
    # who does not come up, an old person on the floor unable to get up
    *(f"{fell} {from_} {table}" for fell in ("упал", "упала", "свалился", "свалилась", "выпал",
                                            "выпала")
      for from_ in ("с", "со") for table in ("пеленального", "пеленальника", "пеленатора")),
    "машина перевернулась", "перевернулась машина", "машина опрокинулась", "авто перевернулось",
    "автобус перевернулся", "перевернулся автобус",
    *(f"{fell} в {water}" for fell in ("упал", "упала", "свалился", "свалилась")
      for water in ("канал", "реку", "озеро", "море", "бассейн", "рейн")),
    "не выплывает", "не выплыл", "не всплывает", "не всплыл", "не выныривает", "не вынырнул",
    "не вынырнула",
    "встать не может", "не может подняться", "подняться не может",
    "не может встать с пола",
    *(f"лежит {already}{n} час" for already in ("", "уже ")
      for n in ("несколько", "два", "три", "2", "3", "пару")),
    "vstat ne mozhet", "ne mozhet podnyatsya",
    # a child not where it should be, a child kept by a relative
    *(f"не {can} найти {who}" for can in ("могут", "можем", "могу", "смогли", "смогли")
      for who in (
        "моего сына", "мою дочь", "мою дочку", "нашего сына", "нашу дочь", "ребенка", "сына",
        "дочь", "дочку", "малыша", "малышку", "моего ребенка", "нашего ребенка",
    )),
    "не дошел до школы", "не дошла до школы", "до школы не дошел", "до школы не дошла",
    "в школу не пришел", "в школу не пришла",
    *(f"не {gives} {who}" for gives in ("отдает", "отдаст", "возвращает", "вернет")
      for who in ("сына", "дочь", "дочку", "ребенка", "детей", "малыша", "нашего сына",
                  "нашу дочь", "моего сына", "мою дочь")),
    *(f"{took} {who}" for took in ("увезла", "увезли", "вывезла", "вывезли", "увез", "вывез")
      for who in ("нашего сына", "нашу дочь", "моего сына", "мою дочь", "моего ребенка",
                  "нашего ребенка", "детей", "дочку", "малыша")),
    # attacked in the street or the hostel: followed, shoved and spat at, stones at the windows,
    # a headscarf torn off, "Ausländer raus" shouted
    "за мной идут", "идут за мной", "за нами идут", "идут за нами", "кидают камни",
    "бросают камни", "кидают камнями", "камни в окна", "камнями в окна", "камнями по окнам",
    "камни в окно", "меня толкнули", "толкнули меня", "плюнул на меня", "плюнули на меня",
    "плюнул в меня", "плюнули в меня", "на меня плюнул", "сорвал платок", "сорвал хиджаб",
    "сорвали платок", "сорвали хиджаб", "срывает платок", "срывает хиджаб", "стянул платок",
    *(f"{shout} {what}" for shout in (
        "кричат", "кричит", "кричали", "кричал", "орут", "орет", "орали", "орал", "выкрикивают",
        "выкрикивает", "krichat", "orut",
    ) for what in ("ausländer raus", "auslaender raus", "ausländer, raus", "auslander raus")),
)

CRIES: tuple[str, ...] = (
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
)

SERVICE_WORDS: tuple[str, ...] = (
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
)

IDIOMS: tuple[str, ...] = (
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
    # wills, inheritance and life insurance, "some day": plans for a far death, no crisis
    *(f"{a}… {b}" for will in (
        "завещани", "наследств", "наследник", "нотариус", "страхование жизни",
        "страховку жизни", "страховка жизни", "страховки жизни", "когда-нибудь",
        "когда нибудь", "в старости", "на старость", "через много лет", "когда состарюсь",
        "когда буду старой", "когда буду старым",
    ) for death in (
        "не станет", "умру", "моей смерти", "уже не будет", "не будет в живых",
        "не будет на свете",
    ) for a, b in ((will, death), (death, will))),
    # dying of shame or laughter is hyperbole
    "умру от", "умру со", "умру с",
    # a widow's pension after my death
    *(f"{a}… {b}" for pension in ("пенси", "вдов") for death in ("моей смерти", "умру")
      for a, b in ((pension, death), (death, pension))),
    # "he won't listen to me": "не станет" with an infinitive is "won't bother to"
    *(f"меня не станет {verb}" for verb in (
        "слушать", "ждать", "спрашивать", "брать", "искать", "учить", "звать", "пускать",
        "принимать",
    )),
    # away, moved, at work or in hospital: "меня уже не будет дома / в Гютерсло"
    *(f"не будет {place}" for place in _PLACES),
    *(f"не будет {prep} {this} {place}" for prep in ("в", "на") for this in (
        "этой", "этом", "этих", "нашей", "нашем", "моей", "моем", "той",
    ) for place in (
        "город", "квартир", "стран", "дом", "хайм", "heim", "общежит", "офис", "школ",
        "садик", "kita", "район", "германи", "работ", "курс", "адрес",
    )),
    *(f"{a}… {b}" for move in _MOVING
      for a, b in ((move, "не будет"), ("не будет", move), (move, "некому"), ("некому", move))),
    # not living in a place or with a person is a housing or family question; leaving a job or
    # a husband for good
    *(f"{form} {prep}" for form in (
        "жить не буду", "уже не буду жить", "больше не буду жить", "не буду больше жить",
    ) for prep in ("в", "во", "с", "со", "у", "вместе", "здесь", "там", "одна", "один",
                   "отдельно")),
    "уйду навсегда из", "уйду навсегда от", "уйду навсегда с", "ухожу навсегда из",
    "ухожу навсегда от", "ухожу навсегда с",
    # "sorry for all these questions"
    *(f"{sorry} за все {what}" for sorry in ("извините", "простите", "прости")
      for what in ("эт", "вопрос", "ошибк", "беспокойств", "неудобств", "опечатк")),
    # the last message on a topic; sorry for all that; "nothing needed" with a task after it
    *(f"{last} {topic}" for last in ("в последний раз", "последний раз")
      for topic in ("на эту тему", "по этому вопросу", "насчет")),
    *(f"{sorry} за все{comma} что" for sorry in ("извините", "простите", "прости", "извини")
      for comma in ("", ",")),
    *(f"ничего не {need} {task}" for need in ("нужно", "надо", "понадоб") for task in (
        "оформл", "дела", "плат", "подава", "принос", "заполн", "сдава", "запис", "показ",
        "присыл", "отправл", "нести", "сдела",
    )),
    # a child absent from school because ill
    *(f"{a}… {b}" for absent in ("в школу не пришел", "в школу не пришла")
      for ill in ("боле", "болен", "больна", "заболе", "температур", "простыл", "простуд", "кашля",
                  "справк")
      for a, b in ((absent, ill), (ill, absent))),
    # a rope for moving, laundry, a tent...
    "веревк… для", "бельев… веревк",
    # exams and school: phones collected
    *(f"{exam}… {phones}" for exam in ("экзамен", "тест", "школ", "урок", "прюфунг")
      for phones in ("телефоны забрали", "забрали телефоны")),
    # a phone broken or lost, so written from another one
    *(f"{a}… {b}" for broke in (
        "разбил", "разбила", "сломал", "сломала", "сломался", "потерял", "потеряла", "украли",
        "сел", "разрядился", "не работает",
    ) for a, b in ((broke, "пишу с чужого"), ("пишу с чужого", broke))),
    # a cat or a dog that stopped eating is a vet question
    *(f"{pet}… {stopped}" for pet in ("кот", "кошка", "собака", "пес", "щенок", "котенок",
                                      "попугай", "хомяк")
      for stopped in ("перестал", "перестала", "не ест")),
)
# fmt: on
