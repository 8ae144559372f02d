"""Arabic keywords of the safety net (`bot.safety` matches them)."""

from bot.safety.keywords import PARCEL_SERVICES

# fmt: off
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

# Arabic, Farsi and Turkish: the services named in look-alikes: faster than an ambulance, a joke
# or a school talk about the police, a number asked "just to know", an ambulance that came.
_AR_SERVICES = (
    "الاسعاف", "سياره الاسعاف", "سياره اسعاف", "الشرطه", "البوليس", "الاطفائيه", "المطافي",
    "الدفاع المدني", "الطوارئ",
)

_AR_SERVICES_LATIN = (
    "el is3af", "l is3af", "el es3af", "is3af", "es3af", "el shorta", "el shorte", "shorta",
    "el police", "police", "polizei", "el matafi", "krankenwagen", "feuerwehr", "notarzt",
)

# The stems among them: asked "just to know" they are cut out, the police and the numbers (cries)
# yield to the "just to know" service words.
_AR_SERVICE_STEMS = (
    "الاسعاف", "بالاسعاف", "للاسعاف", "اسعاف", "الاطفائيه", "بالاطفائيه", "للاطفائيه", "الطوارئ",
    "بالطوارئ", "للطوارئ", "الدفاع المدني",
)

_AR_SERVICE_STEMS_LATIN = ("el is3af", "l is3af", "is3af", "el es3af", "es3af", "bel is3af")

_AR_JUST_ASKING = (
    "بس للمعلومه", "للمعلومه بس", "بس لاعرف", "بس لحتى اعرف", "بس حابب اعرف", "بس حابه اعرف",
    "مجرد سؤال", "ما في شي هلق", "مافي شي هلق", "ما في شي صاير", "مافي شي صاير", "مش طوارئ",
    "مو طوارئ",
)

_AR_JUST_ASKING_LATIN = (
    "bas la2a3rf", "bas la a3rf", "bas la a3rif", "bas la2a3rif", "ghir l7tiyat", "ghir bach n3rf",
    "ghir bach n3ref", "bas la2a3ref", "bas 7ab a3rf", "bas 7abeb a3rf",
    "ma fi shi hala2", "mafi shi hala2",
)

# Word lists for the quiet crises (farewells, final arrangements, means at hand, "I've
# decided") and the wordless dangers (locked in, passports held, forced marriage, a fall, a
# child not home) among the keywords below.

_AR_MY_DEATH = (
    "بعد ما موت", "بعد ما اموت", "بعد موتي", "بعد وفاتي", "بعد مماتي", "اذا متت", "اذا انا متت",
    "اذا اني متت", "اذا مت", "اذا انا مت", "لو متت", "لو مت", "لو انا مت", "ان مت", "لما موت",
    "لما اموت", "لما انا اموت", "في حال وفاتي", "في حال موتي", "عند وفاتي", "اذا صار فيني شي",
    "اذا صار فيني اشي", "اذا صار لي شي", "اذا صارلي شي", "اذا صار فيي شي", "لو صار فيني شي",
    "لو صار لي شي", "لو صارلي شي", "اذا صار معي شي", "اذا صرلي شي", "لو جرالي حاجه",
    "لو جرى لي حاجه", "لو حصلي حاجه", "لو حصل لي حاجه", "اذا جرالي شي", "اذا حصل لي شيء",
    "اذا حدث لي شيء", "اذا ما عدت موجود", "اذا انا ما عدت موجود", "لما ما عدت موجود",
    "لو ما عدت موجود", "اذا ما عاد كون موجود", "لما ما عاد كون موجود", "لو مبقتش موجود",
    "لما مبقاش موجود",
)
_AR_CARERS = ("مين", "منو", "من سي", "من يهتم", "من يعتني", "من يرعى", "شو بصير ب", "شو بيصير ب",
              "شو رح يصير ب", "شنو يصير ب", "ايش يصير ب", "وش يصير ب", "هيحصل ايه ل")
_AR_DEPENDENTS = (
    "ولادي", "اولادي", "ولدي", "اطفالي", "طفلي", "طفلتي", "عيالي", "بنتي", "بناتي", "ابني",
    "ابنائي", "بزوري", "جهالي", "قطتي", "قطي", "بسينتي", "كلبي", "عصفوري",
)
_AR_DEAD_LATIN = (
    "ba3d ma mout", "ba3d ma emout", "ba3d ma mut", "ba3d mawti", "ba3d mouti", "eza mitt",
    "iza mitt", "eza ana mitt", "iza ana mitt", "law mitt", "lama mout", "lama emout",
    "eza sar fiyi shi", "iza sar fiyi shi", "eza sar feye shi", "eza sarli shi", "iza sarli shi",
    "law sarli shi", "law garali 7aga", "law 7asali 7aga", "eza ana ma 3ad", "iza ana ma 3ad",
    "lama ma 3ad kun", "eza ma 3ad kun",
)
_AR_CARERS_LATIN = ("min ", "meen ", "mnu ", "minu ", "shu bisir b", "sho bisir b", "shu bi9ir b")
_AR_DEPENDENTS_LATIN = (
    "wladi", "awladi", "ulade", "wlade", "3iyali", "3eyali", "binti", "bnti", "benti", "ibni",
    "ebni", "2etti", "2otti", "kalbi",
)
# family members told goodbye, thanked or asked to forgive
_AR_FAMILY = (
    "امي", "ابوي", "ابويا", "ماما", "بابا", "اهلي", "عيلتي", "ولادي", "اولادي", "اطفالي", "عيالي",
    "بنتي", "ابني", "اختي", "اخوي", "اخواتي", "خواتي", "زوجي", "زوجتي", "مرتي", "جوزي", "الكل",
)
_AR_FELL = ("وقع", "وقعت", "طاح", "طاحت", "سقط", "سقطت", "انكب", "انكبت")
_AR_FELL_LATIN = (
    "w2e3", "wa2e3", "we2e3", "wi2i3", "wi2e3", "waqa3", "wa2a3", "w2e3et", "we2e3et", "wi2i3it",
    "waqa3et", "waq3at", "wa2a3et", "saqat", "saqatat", "sa2at", "sa2atet", "ta7", "ta7et",
)
_AR_BOSSES = (
    "صاحب الشغل", "صاحب العمل", "المعلم", "الشركه", "المسؤول", "الفيرميتلر", "الكفيل", "الريس",
    "المشغل",
)
_AR_TOOK = ("اخد", "ماخد", "اخذ", "ماخذ", "ماسك", "ساحب", "سحب", "حاجز", "اخدو", "اخذوا")
_AR_PAPERS = (
    "الباسبور", "باسبور", "جواز", "الجواز", "البطاقه", "بطاقت", "الهويه", "هويت", "الاقامه",
    "اقامت",
)
# harmless uses: an old person's will or inheritance, rope for a move or the washing, old
# medicine brought to the pharmacy, things given away before a move or outgrown, a pet left
# while travelling, continuing a course or a job
_AR_INHERIT = (
    "ورث", "يورث", "بيورث", "الورثه", "للورثه", "ميراث", "الميراث", "بالميراث", "التركه",
    "وصيه", "الوصيه", "بالوصيه", "بوصيه", "وصيتي",
    "كاتب العدل", "notar", "نوتار", "تامين", "التامين", "بالتامين", "للتامين", "والتامين",
    "versicherung", "املاكي", "ممتلكاتي",
)
_AR_INHERIT_LATIN = (
    "ta2min", "versicherung", "notar", "wasiye", "wasiyye", "mirath", "wirth", "wer$", "werth",
)

# Word lists for the second set of quiet-crisis families below. Arabic-script
# keywords match inside words and are folded (ة ه, ى ي, hamza dropped, doubled letters single).
# a failed attempt yesterday or last night
_AR_YESTERDAY = ("مبارح", "البارحه", "امس")
_AR_TRIED = ("حاولت", "جربت")
_AR_FAILED = ("وما مت", "وما متت", "بس ما مت", "بس ما متت", "ولم امت", "ونجيت")
# tonight / today I'll do it right
_AR_NOW = ("الليله", "اليوم", "النهارده")
_AR_DO_IT_RIGHT = ("رح اعملها صح", "راح اعملها صح", "هعملها صح", "حعملها صح", "بعملها صح",
                   "راح اسويها صح", "بسويها صح", "اسويها صح", "سافعلها", "رح كملها للاخر")
_AR_DO_IT_RIGHT_LATIN = ("ra7 a3melha sa7", "ra7 e3melha sa7", "ha3melha sa7", "ba3melha sa7",
                         "ra7 a3melha lal akher", "ra7 asawiha sa7", "basawiha sa7",
                         "ra7 kamelha")
# "I've decided" and a farewell right after
# ("قررت" also stands in "خلص قررت", "قراري" in "اخدت قراري": Arabic keywords match inside words)
_AR_DECIDED = ("قررت", "قررت خلص", "قررت خلاص", "قراري", "قراري النهائي")
_AR_FAREWELL = (
    "شكرا على كل شي", "شكرا عكل شي", "شكرا لكل شي", "شكرا على كل حاجه", "شكرا لكم على كل",
    "شكرا الكم على كل", "سامحوني", "سامحيني", "الله يسامحني", "مع السلامه", "وداعا",
)
_AR_SEP = (" ", "، ", ". ")
# nothing will matter any more
# ("بكرا" also stands in "بعد بكرا", "من بكرا")
_AR_WHEN = ("بكرا", "بكره", "باجر", "باكر", "الغد", "غدا", "الليله")
_AR_NOTHING = (
    "ما عاد في شي مهم", "ما عاد في شي يهم", "ما عاد في شي يفرق", "ما عاد في شي رح يفرق",
    "ما عاد في شي رح يهم", "ما عاد شي يهم",
    "ما في شي رح يفرق", "ما في شي رح يهم", "ولا شي رح يفرق", "ولا شي رح يهم", "ولا شي راح يهم",
    "ماكو شي راح يفرق", "ماكو شي راح يهم", "ما رح يهم شي", "ما عاد يهم", "مش هيفرق حاجه",
    "مفيش حاجه هتفرق", "لن يهم شيء", "لا شيء سيهم", "ما رح يهمني", "ما راح يهمني",
    "لن يهمني", "كل شي رح يخلص", "كل شي راح يخلص", "كل شي هيخلص",
)
_AR_WHEN_LATIN = ("ba3d bokra", "ba3d bukra", "mn bokra", "min bukra", "ba3d baker")
_AR_NOTHING_LATIN = ("ma 3ad fi shi", "ma 3ad shi", "ma ra7 yhem", "ma ra7 yefre2",
                     "ma ra7 yfar2", "wala shi ra7", "mish ha yefre2", "mesh ha yefre2")
# after me: who takes the children
_AR_KIDS_AFTER = (
    "ولادي", "اولادي", "عيالي", "اطفالي", "طفلي", "بنتي", "بناتي", "ابني", "ولدي", "بزوري",
    "جهالي", "قطتي", "كلبي", "من الكيتا", "من الروضه", "من المدرسه", "من الحضانه",
)
_AR_AFTER_ME = ("من بعدي", "بعد ما امشي", "بعد ما اروح", "بعد ما روح")
# not alive any more (a conditional; "عايش معنا" is an idiom of ar.py: living somewhere)
_AR_IF = ("اذا", "لو", "لما")
_AR_ME = ("انا ", "اني ")
_AR_NOT = ("ما ", "مش ", "مو ", "مبقتش ", "ما بقيت ", "ما ضليت ")
# gave all my things away (Arabizi; the script forms are in ar.py)
_AR_GAVE_LATIN = ("waza3t", "wza3t", "a3tet")
_AR_THINGS_LATIN = ("8rad", "ghrad", "a8rad", "aghrad", "ashya2")
# forced marriage: they want me to marry a man I don't know
_AR_THEY_WANT_ME = ("بدهم ياني", "بدن ياني", "بدهم اياني", "يريدوني", "يبوني", "يبغوني",
                    "عايزيني", "عاوزيني", "بيجبروني", "مجبوره", "غصب عني", "بالغصب",
                    "رح يخلوني", "راح يخلوني")
_AR_MARRY = ("اتزوج", "اتجوز", "تزوج")
_AR_UNKNOWN_MAN = (
    "واحد ما بعرف", "واحد ما اعرف", "واحد معرف", "واحد ما شفت", "واحد عمري ما شفت",
    "رجال ما اعرف", "راجل معرف", "رجل لا اعرف", "رجل ما اعرف", "شخص ما بعرف", "شخص لا اعرف",
    "زلمه ما بعرف", "شب ما بعرف", "واحد كبير", "رجل كبير", "واحد قد ابوي", "واحد بعمر ابوي",
    "ابن عمي", "ابن خالي", "ابن عمتي", "ابن خالتي", "ابن عمه",
)
_AR_GIVE_ME = ("ينطيني ل", "ينطوني ل", "يعطيني ل", "يعطوني ل", "يزوجني ل", "يجوزني ل",
               "يزوجوني ل", "يجوزوني ل")
# a fall: lying on the floor since noon, unable to get up; says she is fine but her speech
_AR_PERSON = ("امي", "ابوي", "ابي", "جدي", "جدتي", "ستي", "جدو", "تيتا", "زوجي", "جوزي",
              "زوجتي", "مرتي", "ابني", "بنتي", "خالتي", "عمتي", "الحجي", "الحجيه", "جارتي",
              "جاري", "امه", "ابوه")
_AR_FLOOR = ("على الارض", "عالارض", "ع الارض", "بالارض", "بالحمام", "بالمطبخ")
_AR_FINE = ("ما فيني شي", "ما بيني شي", "ما بيها شي", "مفيش حاجه", "انا بخير", "انا منيحه",
            "انا منيح", "انا زينه", "انا كويسه")
_AR_SPEECH = ("كلامها", "كلامه", "كلامو", "لسانها", "لسانه", "ايدها", "ايده", "وجهها", "وجهه",
              "تمها", "تمه")
# keys left with a goodbye
_AR_KEY_SPOT = ("تحت الدعسه", "تحت الدعاسه", "تحت السجاده", "صندوق البريد")
_AR_BYE = ("مع السلامه", "سامحوني", "سامحيني", "وداعا", "الله معكم")
_AR_MOVE = ("برلين", "هامبورغ", "ميونخ", "انتقل", "منتقل", "بنتقل", "رح نقل", "ننتقل", "عزال",
            "عزلت", "بعزل", "نعزل", "سافر", "اسافر", "نسافر", "بسافر", "مسافر", "راجع عسوريا",
            "راجعين", "بيت جديد", "شقه جديده", "مدينه تانيه", "مدينه ثانيه")
_AR_LANDLORD = ("صاحب البيت", "صاحب الشقه", "المالك", "هاوسماستر", "hausmeister", "vermieter",
                "الجيران", "الجار")

STEMS: tuple[str, ...] = (
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
    # "who takes / raises my children, my cat if I die, if something happens to me" (a death
    # conditional with a dependant or a "who" question; the will of an old person and "if
    # something happens to me" at a birth or an operation are idioms)
    *(f"{dead}{sep}{who}" for dead in _AR_MY_DEATH for sep in (" ", "، ", "؟ ")
      for who in _AR_CARERS),
    *(f"{dep} {dead}$" for dep in (*_AR_DEPENDENTS, "من الكيتا", "من الروضه", "من المدرسه")
      for dead in _AR_MY_DEATH),
    *(f"{dead}{sep}{who}" for dead in _AR_DEAD_LATIN for sep in (" ", ", ")
      for who in _AR_CARERS_LATIN),
    *(f"{dep} {dead}" for dep in _AR_DEPENDENTS_LATIN for dead in _AR_DEAD_LATIN),
    *(f"{who} {raises} {dep}" for who in ("مين", "منو", "من")
      for raises in ("يربي", "بيربي", "رح يربي", "راح يربي", "حيربي", "هيربي", "سيربي")
      for dep in _AR_DEPENDENTS[:14]),
    # "when I'm no longer alive / here" (a conditional: a mover says "after I move"), "I won't be
    # alive" in more spellings, "I mean: no longer alive"
    "اذا ما عدت عايش", "لما ما عدت عايش", "لو ما عدت عايش", "لما ما عاد كون عايش",
    "اذا ما عاد كون عايش", "لما ما عاد اكون عايش", "لما ما عاد كون", "اذا انا ما عدت موجود",
    "اذا ما عدت موجود", "لما ما عدت موجود", "يعني ما عدت عايش", "يعني ما عاد كون عايش",
    "مش هكون عايش", "مش حكون عايش", "مش هبقى عايش", "مش هكون على وش الدنيا",
    "ما رح ابقى عايش", "ما راح ابقى عايش", "لن ابقى على قيد الحياه", "لن اكون حيا",
    *(f"{neg} {be} {alive}" for negs, bes in (
        (("ma ra7", "mesh ra7", "mish ra7", "ma 3ad"),
         ("kon", "ekon", "akon", "koun", "ekoun", "akoun", "eb2a", "ab2a", "kun", "ekun")),
        (("mesh", "mish", "msh"), ("hakon", "hakun", "ha kon", "hab2a", "7akon")),
    ) for neg in negs for be in bes
      for alive in ("3ayesh", "3aysh", "3ayish", "3aysha", "3ayshe", "bi hal dene", "b hal dene")),
    *(f"{if_} {ana}ma 3ad {alive}" for if_ in ("eza", "iza", "law", "lama", "ya3ni")
      for ana in ("", "ana ") for alive in ("3ayesh", "3aysh", "3ayish", "mawjud", "mawjoud")),
    # "my last arrangements"
    "اخر ترتيباتي", "ترتيباتي الاخيره", "اخر ترتيبات حياتي", "akher tartibati", "a5er tartibati",
    # "I've decided not to live", "decided to die", "tired and I've decided"
    "قررت ما اعيش", "قررت ما عيش", "قررت اموت", "قررت موت", "قررت ما ضل عايش", "قررت ما بدي عيش",
    "قررت اترك هالدنيا", "تعبت وخلص قررت", "تعبت و خلص قررت",
    *(f"{tired} w {khalas}{decided}" for tired in ("t3ebt", "ta3ebt", "t3ebet", "t3abt", "t3bt")
      for khalas in ("khalas ", "5alas ", "") for decided in ("2arart", "2arrart", "qarart")),
    "2arart ma 3ish", "2arrart ma 3ish", "2arart mout", "2arrart mout",
    # leaving this world ("بدي فل من هالدنيا")
    *(f"{leave} {from_} هالدنيا" for leave in ("فل", "ارحل", "اطلع", "امشي", "روح", "اختفي")
      for from_ in ("من", "عن")),
    # "I tried to die"
    "حاولت اموت", "حاولت موت", "جربت اموت", "جربت موت", "حاولت اخلص على حالي",
    "حاولت خلص على حالي", "حاولت اخلص من حالي", "7awalt mout", "7awalt emout", "jarrabt mout",
    # "just wanted someone to know / to hear me one last time", "don't know why I'm telling you"
    "بس حبيت حدا يعرف", "بس حبيت حد يعرف", "بس حبيت احد يعرف", "بس بدي حدا يعرف انو",
    "بس حابب حدا يعرف", "بس حابه حدا يعرف", "بس عايز حد يعرف", "بس عايزه حد يعرف",
    "حبيت حدا يعرف انو انا", "بدي حدا يعرف انو انا", "يسمعني لاخر مره", "تسمعني لاخر مره",
    "احكي معك لاخر مره", "بكتبلك لاخر مره", "اكتبلكم لاخر مره",
    *(f"bas {want} {who} ya3ref" for want in (
        "badi", "bdi", "bidi", "7abbet", "7abet", "7abbeit", "7abeit", "7abeet",
    ) for who in ("7ada", "7ad")),
    *(f"bas {want} 7ada yesma3ni" for want in ("badi", "bdi", "7abbet", "7abet")),
    "ما بعرف ليش عم احكيلك", "ما بعرف ليش عم احكيلكم", "ما بعرف ليش عم اكتبلك",
    "ما بعرف ليش بكتبلك", "ما بعرف ليش عم قلك", "مش عارف بكتبلك ليه", "مش عارفه بكتبلك ليه",
    "مش عارف بقولك ليه", "مش عارفه بقولك ليه", "لا اعرف لماذا اكتب لك", "ما اعرف ليش اكتبلك",
    "ما ادري ليش اكتبلك", "ma ba3ref lesh 3am e7kilak", "ma ba3ref lesh 3am ektoblak",
    "ma ba3ref leh 3am 2ollak",
    # a farewell: "this is my last message", "you won't hear from me again", goodbye forever
    *(f"{this} رسالتي الاخيره" for this in ("هاي", "هذه", "هيدي", "دي", "هاذي", "هذي")),
    "اخر رساله بكتبلك", "اخر رساله رح ابعتلك", "اخر رساله رح تجيك",
    *(f"{this} {last} {msg}" for this in ("hay", "hayde", "hadi", "di")
      for last in ("a5er", "akher")
      for msg in ("risale", "resale", "risala", "resala", "message")),
    *(f"{neg} {hear} {again}" for neg in ("ما رح", "ما راح", "لن", "مش") for hear in (
        "تسمع مني", "تسمعوا مني", "تسمعو مني", "تسمعي مني", "هتسمع مني", "هتسمعوا مني",
        "تسمعوا عني", "تسمع عني", "تسمعوا صوتي", "تسمع صوتي",
    ) for again in ("بعد اليوم", "مره تانيه", "مره ثانيه", "مره اخرى", "مجددا", "تاني")),
    "وداعا للابد", "الوداع الاخير", "وداعي الاخير", "wada3an lal abad", "bye lal abad",
    # asked a mother, a father forgiveness ("قلتلها سامحيني"; not "forgive us for everything"
    # to neighbours or a course before a move)
    *(f"{told} {forgive}" for told, forgive in (
        ("قلتلها", "سامحيني"), ("قلت لها", "سامحيني"), ("قلتلو", "سامحني"), ("قلتله", "سامحني"),
        ("قلت له", "سامحني"), ("قلتلها", "تسامحني"), ("طلبت منها", "تسامحني"),
        ("طلبت منه", "يسامحني"), ("2eltella", "sam7ini"), ("2eltello", "sam7ni"),
    )),
    # "tell my mother / my children that I love them, that papa loved them, to forgive me"
    *(f"ل{whom} {that} {love}" for whom in (*_AR_FAMILY[:-1], "لكل")
      for that in ("انني", "اني", "انو") for love in (
        "احب", "بحب", "اسف", "متاسف", "سامح", "تسامح", "يسامح", "بابا", "ماما", "ابوهم", "امهم",
    )),
    *(f"{whom} {that} {love}" for whom in (
        "la emi", "la 2emi", "la mama", "la wladi", "la awladi", "l wladi", "la ahli", "la binti",
        "la ibni", "la ukhti", "la khayi", "la zawjti", "la marti",
    ) for that in ("eni", "eno", "ino", "ini")
      for love in ("b7eb", "ba7eb", "a7eb", "asef", "sam7", "tsam7", "ysam7", "baba")),
    # letters left for the children or the family ("كتبت رسايل لولادي", "اسيب جوابات لعيالي"),
    # so that they find them after I go
    *(f"{wrote} {letters} ل{whom}" for wrote in (
        "كتبت", "تركت", "اترك", "بترك", "سبت", "اسيب", "بسيب", "هسيب", "حطيت",
        "خليت",
    ) for letters in ("رسايل", "رسائل", "جوابات", "مكاتيب") for whom in (
        "ولادي", "اولادي", "اطفالي", "عيالي", "بنتي", "ابني", "امي", "اهلي", "عيلتي", "زوجي",
        "زوجتي", "مرتي", "جوزي", "اخواتي",
    )),
    "كتبت رساله لكل واحد", "كتبت رساله لكل وحد", "كتبتلهم رسايل", "كتبتلن رسايل",
    *(f"{wrote} {letters} {whom}" for wrote in ("katabt", "katabet", "ktabt", "tarakt", "sibt")
      for letters in ("rasayel", "rasa2el", "rasail", "gawabat", "jawabat", "makatib")
      for whom in ("la wladi", "la awladi", "l wladi", "la 3iyali", "la ahli", "la emi")),
    *(f"{find} {after}" for find in (
        "يلاقوهم", "يلاقوها", "يلاقوه", "يلقوهم", "يلقوها", "يلاقوا الرسايل", "يلاقو الرسايل",
        "يلاقوا الجوابات",
    ) for after in ("بعد ما امشي", "بعد ما اموت", "بعد ما موت", "بعدي", "بعد موتي", "لما اروح")),
    "لما يلاقوني", "اذا لاقوني", "اول واحد بيلاقيني", "مين رح يلاقيني", "مين هيلاقيني",
    # means acquired: a rope or razor blades bought (rope for a move, a clothesline, a skipping
    # rope are idioms)
    *(f"{bought} {what}" for bought in ("اشتريت", "شريت", "جبت", "اشتريت اليوم", "شريت اليوم")
      for what in ("حبل", "شفرات", "شفره حلاقه جديده")),
    *(f"{bought} {what}" for bought in (
        "eshtaret", "ishtaret", "ishtarait", "eshtarait", "shtaret", "shtarit", "ishtareit",
        "eshtareit", "eshtarit", "ishtarit", "ishtarayt", "eshtarayt", "shtarayt", "2eshtaret",
        "jebt", "jibt",
    ) for what in ("7abl", "7abel", "7bel", "7abil", "habl", "shafrat", "shafarat", "shfrat")),
    "شفرات جاهزه", "الشفرات جاهزه", "جهزت الشفرات", "جهزت شفرات", "shafrat jahze",
    # pills gathered or hidden ("جمعت كل حبوب الدوا"; old medicine for the pharmacy is an idiom)
    *(f"{gathered} {pills}" for gathered in (
        "جمعت كل", "جمعت", "عم جمع", "عم اجمع", "خبيت", "خبيت كل", "مخبي", "مخبيه", "حوشت",
        "بحوش", "لميت", "لميت كل", "كدست",
    ) for pills in ("الحبوب", "حبوب", "الدوا", "دوا", "الادويه", "ادويه", "الدواء", "البرشام")),
    *(f"{gathered} {pills}" for gathered in (
        "jama3t", "jam3t", "jama3et", "jama3t kel", "jam3t kel", "jama3t kil", "khabbet", "5abet",
    ) for pills in ("el 7bub", "el 7bob", "el 7boub", "7bub", "7bob", "7boub", "el dawa", "dawa")),
    # giving away all one's possessions, "won't need them anymore" (baby things, furniture for a
    # new flat are idioms)
    *(f"{give} {all_}" for give in (
        "اتبرع ب", "تبرعت ب", "اعطي", "اعطيت", "عطيت", "وزع", "وزعت", "اوزع", "اهب", "وهبت",
    ) for all_ in ("كل ممتلكاتي", "ممتلكاتي كلها", "جميع ممتلكاتي")),
    "ما عاد رح احتاج", "ما عدت رح احتاج", "ما عاد رح لزمني", "ما عاد احتاجهم", "ما عاد احتاجها",
    "ما عاد احتاجه", "ما عدت احتاجها", "ما عدت احتاجهم", "ما عدت احتاجه",
    *(f"لن احتاج{it} {more}" for it in ("ها", "هم", "ه", " اليها", " اليهم")
      for more in ("بعد ذلك", "بعد اليوم", "بعد الان", "مجددا", "بعد الآن")),
    "مش هحتاجهم تاني", "مش هحتاجها تاني", "مش هحتاجه تاني", "مش هحتاج حاجه تاني",
    "ما رح احتاجهم بعد", "ما رح احتاجها بعد", "ma 3ad ra7 e7taj", "ma 3ad e7tajon",
    "ma 3ad e7taja", "ma 3ad ra7 i7taj",
    # a pet with nobody to feed it from tomorrow
    *(f"{nobody} {feed}" for nobody in (
        "ما حدا رح يقدر", "ما حدا رح", "ما في حدا رح", "محد راح", "محدش ه", "ما حد رح",
    ) for feed in (
        "يطعميها", "يطعميه", "يطعمي القط", "يطعمي الكلب", "يطعمي قطتي", "يطعمي كلبي", "يطعمي البس",
        "يأكلها", "يأكله",
    )),
    "ma 7ada ra7 y2der yta3mi", "ma 7ada ra7 yta3mi",
    # threats to burn the home ("رح نحرق بيتكم الليلة"), stones at the windows, a group following
    # or waiting below, shouting "Ausländer raus"
    *(f"{burn} {what}" for burn in (
        "نحرق", "نحرقلكم", "يحرقوا", "يحرقو", "بيحرقوا", "يحرقون", "نولع", "يولعوا", "يولعو",
        "هنولع", "هيولعوا",
    ) for what in (
        "بيتكم", "بيتنا", "البيت", "الهايم", "الجامع", "المسجد", "الكنيسه", "فيكم", "فينا",
        "البنايه", "الشقه", "شقتكم", "شقتنا", "السكن",
    )),
    "نحرقكم", "يحرقونا", "رح يحرقونا", "بدهم يحرقونا",
    *(f"{threw} {stones} على {what}" for threw in (
        "رمى", "رموا", "رمو", "يرموا", "يرمو", "بيرموا", "كبوا", "زتوا",
    ) for stones in ("حجار", "حجاره", "حجر") for what in (
        "الشبابيك", "شبابيك", "الشباك", "شباك", "البيت", "بيتنا", "الهايم", "الباب", "بابنا",
    )),
    *(f"{walking} {behind}" for walking in (
        "ماشيين", "ماشين", "جايين", "لاحقين",
    ) for behind in ("ورايا", "وراي", "ورانا", "ورا بنتي", "ورا ابني")),
    *(f"{a} {b}" for waiting in ("ناطرينا", "مستنيينا", "عم يستنونا", "بيستنونا", "عم ينطرونا")
      for where in (
        "تحت البنايه", "تحت البيت", "تحت البناء", "قدام البيت", "قدام البنايه", "قدام الباب",
        "عالباب", "ع الباب", "تحت الشباك", "برا البيت",
    ) for a, b in ((waiting, where), (where, waiting))),
    *(f"{shout} auslander raus" for shout in (
        "يصرخوا", "يصرخو", "عم يصرخوا", "بيصرخوا", "يصيحوا", "يصيحون", "بيقولوا", "ysarkho",
        "ysarkhu", "3am ysarkho",
    )),
    # an employer or middleman holding the passports, not letting us out, threatening the family
    *(f"{boss} {took} {papers}" for boss in _AR_BOSSES for took in _AR_TOOK
      for papers in _AR_PAPERS),
    *(f"{took} {papers}" for took in (*_AR_TOOK, "ماخدين", "ماسكين", "حاجزين", "ساحبين")
      for papers in ("جوازاتنا", "باسبوراتنا", "هوياتنا")),
    "جوازاتنا معهم", "جوازاتنا عندهم", "جوازاتنا مع المسؤول", "جوازاتنا مع صاحب",
    *(f"{neg} نطلع {out}" for out in ("من", "برا", "ابدا") for neg in (
        "ما بيخلينا", "مش بيخلينا", "ما بيخلونا", "مش بيخلونا", "ما عم يخلونا", "ما يخلونا",
        "ما يخلينا", "مانعينا", "مانعنا", "مش مخلينا", "مش مخليينا", "ما بيسمحولنا", "ما يسمحولنا",
    )),
    "لا يسمحون لنا بالخروج", "لا يسمح لنا بالخروج", "لا يسمحون لي بالخروج",
    *(f"ممنوع {out} من {place}" for out in ("نطلع", "الطلوع", "الخروج") for place in (
        "المستودع", "السكن", "الكونتينر", "المزرعه", "المصنع", "المعمل", "الشركه", "المخزن",
    )),
    *(f"{harm} {family}" for harm in (
        "بيأذوا", "يأذوا", "رح يأذوا", "بياذو", "يأذو", "بيضروا", "يضروا", "رح يضروا", "هيأذوا",
        "حيأذوا", "بيعملوا شي ل", "رح يعملوا شي ل", "بيئذوا",
    ) for family in ("اهلي", "عيلتي", "عائلتي", "ولادي", "امي", "اهلك", "عيلتك", "اهلنا")),
    "^هددوني", "^وهددوني", "^هددونا", "^وهددونا", "^هددوها", "^وهددوها",
    # forced marriage (Arabizi "rayhin 3a lebnan la yzawjoni")
    *(f"{prefix}{root}" for prefix in ("y", "bi", "by", "t", "ye", "yi", "ra7 y", "ha y", "bido y",
                                       "bidon y", "badon y", "")
      for root in ("zawjoni", "zawjouni", "zawjuni", "zawajoni", "jawzoni", "jawzouni",
                   "gawezoni", "gawzoni", "gawzouni", "zawejni", "zawjni", "zawijni", "jawezni",
                   "gawezni")),
    # locked in (Arabizi "2afal 3alay el bab")
    *(f"{locked} {on} el {room}" for locked in (
        "2afal", "2afel", "2fal", "2afalet", "2aflet", "2afalo", "2afalu", "afal", "sakar",
        "sakaret", "sakret",
    ) for on in ("3alay", "3layi", "3alayi", "3alai", "3lay") for room in (
        "ouda", "oda", "o2da", "ghorfa", "ghorfe", "bab", "bet", "beit",
    )),
    # falls: from a window, a balcony, the stairs or from above; on the head; collapsed
    # suddenly; lying on the floor for hours; cannot stand up or move; vomiting after a fall
    *(f"{fell} {from_} {place}" for fell in _AR_FELL_LATIN
      for from_ in ("mn", "min", "men", "3an") for place in (
        "el shebak", "el shibak", "shebak", "el daraj", "el drej", "el balcon", "el balkon",
        "el baranda", "el sat7", "fo2", "el selom", "el silom",
    )),
    *(f"{fell} {on_head}" for fell in _AR_FELL_LATIN
      for on_head in ("3ala ras", "3a ras", "3al ras")),
    *(f"{fell} {suddenly}" for fell in _AR_FELL_LATIN for suddenly in ("faj2a", "fag2a", "faja2")),
    *(f"{who} {fell} فجاه" for who in (
        "امي", "ابوي", "جدي", "جدتي", "ستي", "زوجي", "جوزي", "ابني", "بنتي", "زوجتي", "مرتي",
    ) for fell in _AR_FELL[:6]),
    *(f"{fell} {floor} {since}" for fell in (*_AR_FELL, "واقع", "واقعه", "مرمي", "مرميه", "ممدد")
      for floor in ("على الارض", "عالارض", "ع الارض", "بالارض")
      for since in ("من ساع", "من الصبح", "من مبارح", "من امبارح", "من نص ساعه", "من الليل",
                    "من كم ساعه", "من البارحه")),
    "ما عم تقدر توقف", "ما عم يقدر يوقف", "مش قادر يقوم", "مش قادره تقوم", "مش قادر يوقف",
    "مش قادره توقف", "ما قادر يوقف", "ما قادره توقف", "مو قادر يقوم", "مو قادره تقوم",
    "مو كادر يكوم", "لا يستطيع النهوض", "لا تستطيع النهوض", "مش قادر يتحرك", "مش قادره تتحرك",
    "ما عم يقدر يتحرك", "ما عم تقدر تتحرك",
    *(f"{neg} {move}" for neg in ("w ma", "w mish", "w mesh", "w ma 3am", "w mish 3am")
      for move in (
        "yitharrak", "yit7arak", "yet7arak", "yt7arak", "byit7arak", "tit7arak", "titharrak",
        "tet7arak",
    )),
    *(f"{neg} {able} {move}" for neg in ("mish", "mesh", "ma", "msh")
      for able in ("qadra", "qader", "2adra", "2ader", "2adre")
      for move in ("tataharrak", "yataharrak", "tit7arak", "yit7arak", "tet7arak", "yet7arak",
                   "t2oum", "y2oum")),
    *(f"{fell} {from_}{and_}{vomit}" for fell in _AR_FELL[:6]
      for from_ in ("من السرير", "من التخت", "من الكنبه", "من الكرسي")
      for and_ in (" و", " وعم ", "، ") for vomit in (
        "يستفرغ", "تستفرغ", "بيستفرغ", "بتستفرغ", "يتقيا", "تتقيا", "يطرش", "تطرش",
    )),
    *(f"{scream} {from_} el {pain}" for scream in (
        "btsarekh", "bisarekh", "bysarekh", "3am tsarekh", "3am ysarekh", "btsrekh", "3am tsri5",
        "3am tsrikh", "btsri5", "btsrikh",
    ) for from_ in ("mn", "men", "min") for pain in ("alam", "waja3", "wja3")),
    # someone lying in the street, bleeding (Arabizi "damo 3am ynzel", "dammo kteer")
    *(f"{who} {lying}" for who in ("wa7ad", "7ada", "fi wa7ad", "shakhs", "rajul")
      for lying in ("wa2e3 bel share3", "wa2e3 bl share3", "wa2e3 3al ard", "wa2e3 3a l ard",
                    "wa2e3a 3al ard", "ta7 bel share3")),
    "حدا واقع عالارض", "حدا واقع على الارض", "واحد واقع عالارض", "واحد واقع على الارض",
    "شخص واقع عالارض", "شخص واقع على الارض", "حدا واقع بالشارع", "واحد واقع بالشارع",
    "شخص واقع بالشارع", "واحد مرمي بالشارع", "حدا مرمي بالشارع", "شخص ملقى على الارض",
    # (not "damo ktir": "damo ktir 5afif", he is charming)
    *(f"{blood} {flows}" for blood in ("damo", "damu", "dama", "damha") for flows in (
        "3am ynzel", "3am yinzal", "3am yenzel", "3am yinzil", "byinzal", "bynzal", "nazel",
        "ma 3am yw2af", "ma byo2af",
    )),
    *(f"{blood} {flows}" for blood in ("دمه", "دمو", "دمها", "دما") for flows in (
        "عم ينزل", "نازل", "بينزل", "ما عم يوقف", "ما بيوقف",
    )),
    # a child gone from the Kita or the playground: nobody saw where he went
    "ما حدا شافه وين", "ما حدا شافها وين", "ما حدا شافو وين", "محدش شافه راح فين",
    "محدش شافها راحت فين", "محد شافه وين", "محد شافها وين", "ما حدا شاف وين راح",
    *(f"قالولي {child} {gone}" for child in ("ابني", "بنتي", "ولدي", "الولد", "البنت", "طفلي")
      for gone in ("مش موجود", "مش موجوده", "مو موجود", "مو موجوده", "ما لقيوه", "ما لقيوها")),
    *(f"{child} {gone} {where}" for child in ("ابني", "بنتي", "ولدي", "طفلي")
      for gone in ("مش موجود", "مش موجوده", "مو موجود", "مو موجوده")
      for where in ("بالكيتا", "بالروضه", "بالمدرسه", "بالحضانه", "بالملعب")),
    # an attempt yesterday "and I didn't die", "tonight / today I'll do it right" ("tried
    # yesterday, it didn't work" alone is also a web form), "sadly I did not die"
    *(f"{tried} {when} {failed}" for tried in _AR_TRIED
      for when in (*_AR_YESTERDAY, "امبارح", "اول امبارح") for failed in _AR_FAILED),
    *(f"{when} {tried} {failed}" for tried in _AR_TRIED for when in _AR_YESTERDAY
      for failed in _AR_FAILED),
    *(f"{now} {doit}" for now in _AR_NOW for doit in _AR_DO_IT_RIGHT),
    *(f"{now} {doit}" for now in ("el leile", "lyom", "el yom", "ennaharda")
      for doit in _AR_DO_IT_RIGHT_LATIN),
    *(f"{tried} {when} {failed}" for tried in ("7awalt", "jarabt")
      for when in ("mbare7", "embare7", "ems") for failed in ("w ma mitt", "bas ma mitt")),
    *(f"{sadly} {alive}" for sadly in ("للاسف", "للأسف", "ولسوء الحظ")
      for alive in ("ما مت", "ما متت", "لسا عايش", "لسه عايش", "لسا عايشه", "بعدني عايش",
                    "بعدني طيب", "لسا طيب", "نجيت", "صحيت وانا عايش")),
    "lal2asaf ma mitt", "lel asaf ma mitt", "lal2asaf lessa 3ayesh", "lal asaf lessa 3ayesh",
    # "I've decided" with thanks for everything, goodbye or "forgive me" right after
    *(f"{decided}{sep}{bye}" for decided in _AR_DECIDED for sep in _AR_SEP
      for bye in _AR_FAREWELL),
    *(f"{decided}{sep}{bye}" for decided in ("2arart", "2arart khalas", "qarart")
      for sep in (" ", ". ", ", ")
      for bye in ("shukran 3ala kil shi", "shukran 3ala kel shi", "shokran 3ala kol shi",
                  "shukran 3a kil shi", "sam7ouni", "sam7oni", "ma3 el salame", "wada3an")),
    # from the day after tomorrow nothing will matter
    *(f"{when} {nothing}" for when in _AR_WHEN for nothing in _AR_NOTHING),
    *(f"{when} {nothing}" for when in _AR_WHEN_LATIN for nothing in _AR_NOTHING_LATIN),
    # after me, who takes the children from the Kita; when I'm no longer alive
    *(f"{kid} {after}" for kid in _AR_KIDS_AFTER for after in _AR_AFTER_ME),
    *(f"{after} {who}" for after in _AR_AFTER_ME for who in (
        "مين رح", "مين راح", "مين بي", "مين هي", "منو راح", "منو ي", "مين ي", "من سي")),
    *(f"{kid} {after}" for kid in ("el kita", "l kita", "el rawda", "el madrase", "wladi",
                                   "awladi", "binti", "ibni", "ebni", "benti")
      for after in ("mn ba3di", "min ba3di", "ba3d ma rou7")),
    *(f"{if_} {me}{not_}عايش" for if_ in _AR_IF for me in _AR_ME for not_ in _AR_NOT),
    *(f"{if_} {me}{dead}" for if_ in ("اذا", "لو") for me in ("انا ", "اني ")
      for dead in ("ميت", "ميته")),
    *(f"{if_} {me}{not_}{alive}" for if_ in ("eza", "iza", "law")
      for me in ("ana ", "") for not_ in ("ma ", "mesh ", "mish ")
      for alive in ("3ayesh", "3aysh")),
    # all my things given away, "after tomorrow I won't need anything"
    *(f"{gave} {all_}{things}" for gave in _AR_GAVE_LATIN for all_ in ("", "kol ", "kel ", "kil ")
      for things in _AR_THINGS_LATIN),
    *(f"{when} {need}" for when in ("بعد بكرا", "بعد بكره", "بعد باجر", "بعد الغد", "بعد اليوم")
      for need in ("ما رح احتاج شي", "ما راح احتاج شي", "ما عاد احتاج شي", "مش هحتاج حاجه",
                   "لن احتاج شيئا", "لن احتاج شيء", "ما رح احتاج اشي", "ما احتاج شي",
                   "ما بحتاج شي")),
    *(f"{gave} كل {things}" for gave in ("عطيت", "اعطيت", "وزعت", "تبرعت ب")
      for things in ("ملابسي", "تيابي", "اغراضي", "غراضي", "اشيائي", "شي عندي", "شي بملك")),
    "ما عاد بحتاجه", "ما عاد بحتاجها", "ما عاد بحتاجهم", "ما عاد بحتاج شي",
    *(f"{will} وزع كل {what}" for will in ("بدي", "رح", "لازم")
      for what in ("شي", "اغراضي", "غراضي")),
    *(f"{when} {need}" for when in ("ba3d bokra", "ba3d bukra", "mn bokra", "ba3d el yom")
      for need in ("ma ra7 a7taj", "ma ra7 e7taj", "ma ra7 i7taj", "ma 3ad e7taj",
                   "ma 3ad a7taj", "mesh ha7taj")),
    # forgive me for everything; you won't hear from me (Arabizi)
    *(f"{forgive} {on} {all_}" for forgive in ("سامحوني", "سامحني", "سامحيني", "اعذروني")
      for on in ("على", "ع", "عن") for all_ in ("كل شي", "كلشي", "كل شيء", "كل حاجه")),
    *(f"{forgive} ع{all_}" for forgive in ("سامحوني", "سامحني", "سامحيني", "اعذروني")
      for all_ in ("كل شي", "كلشي")),
    *(f"{forgive} {on} {all_}" for forgive in ("sam7ouni", "sam7oni", "sam7uni", "sam7ni",
                                               "sam7ini")
      for on in ("3ala", "3a") for all_ in ("kol shi", "kel shi", "kil shi")),
    *(f"{neg} {hear} {from_me}" for neg in ("ma ra7", "mesh ha", "lan")
      for hear in ("tesma3o", "tesma3u", "tisma3o", "tesma3")
      for from_me in ("meni", "mni", "3ani")),
    *(f"{last} {hear} {from_me}" for last in ("اخر مره", "هاي اخر مره", "هذي اخر مره")
      for hear in ("تسمعوا", "تسمعون", "تسمعو", "تسمع", "تسمعي")
      for from_me in ("مني", "عني", "صوتي")),
    # forced marriage: "they want me to marry a man I don't know", "to give me to my cousin"
    *(f"{want} {marry}" for want in _AR_THEY_WANT_ME for marry in _AR_MARRY),
    *(f"{marry} {man}" for marry in _AR_MARRY for man in _AR_UNKNOWN_MAN[:17]),
    *(f"{engaged} ل{man}" for engaged in ("مخطبيني", "خطبوني", "مخطوبه", "كتبوا كتابي",
                                          "كاتبين كتابي")
      for man in _AR_UNKNOWN_MAN[:8]),
    *(f"{give}{cousin}" for give in _AR_GIVE_ME
      for cousin in ("ابن عم", "ابن خال", "واحد", "رجال", "رجل", "زلمه", "شب")),
    *(f"{want} {marry}" for want in ("bedon yani", "bidhom yani", "badon yani", "3ayzini",
                                     "lazem", "majboura")
      for marry in ("etjawaz", "itjawaz", "etzawaj", "etgawez")),
    *(f"{marry} {man}" for marry in ("etjawaz", "etzawaj", "etgawez")
      for man in ("wa7ad ma ba3rf", "wa7ed ma ba3ref", "wa7ad ma a3rf", "wa7ed ma3rafosh",
                  "ragel ma3rafosh", "zalame ma ba3rf", "ibn 3ammi", "ebn 3ammi", "ibn 3ami",
                  "ebn 3ami")),
    # not let out of the house (Iraqi, Gulf, Egyptian)
    *(f"{neg} {out}" for neg in ("ما يخلوني", "مايخلوني", "ما يخليني", "ميخلونيش", "ما يسمحولي",
                                 "ما تخليني", "ما يخلونا", "ما يخلينا")
      for out in ("اطلع من البيت", "اطلع من الغرفه", "اطلع من الدار", "اخرج من البيت",
                  "نطلع من البيت")),
    # a fall: lying on the floor since noon, unable to get up, speech not clear
    *(f"{fallen} {floor}" for fallen in ("طايح", "طايحه") for floor in _AR_FLOOR),
    *(f"{fallen} {floor} من" for fallen in ("ملقي", "ملقيه", "ممدد", "ممدده")
      for floor in _AR_FLOOR[:4]),
    *(f"{who} {fallen}" for who in _AR_PERSON for fallen in ("طايحه", "طايح")),
    *(f"{cant} {ground}" for cant in ("ما تقدر تقوم", "ما يقدر يقوم", "ما تگدر تگوم",
                                      "ما يگدر يگوم", "مو گادره تگوم", "مو گادر يگوم",
                                      "مش قادره تقوم", "مش قادر يقوم")
      for ground in ("من الارض", "من الگاع", "من القاع", "من مكان")),
    *(f"{fine} بس {speech}" for fine in _AR_FINE for speech in _AR_SPEECH),
    *(f"{who} {floor} من" for who in _AR_PERSON for floor in ("على الارض", "عالارض")),
    *(f"{part}{his} {odd}" for part in ("لسان", "ايد", "رجل") for his in ("ها", "ه", "و")
      for odd in (("ثقيل", "تقيل") if part == "لسان" else ("ما تتحرك", "ما عم تتحرك"))),
    *(f"{became} {speech}{his} {odd}" for became in ("صار", "فجاه")
      for speech in ("كلام", "حكي", "لسان") for his in ("ها", "ه", "و")
      for odd in ("مخربط", "ثقيل", "مو واضح", "مش واضح")),
    # keys left under the doormat or in the mailbox with a goodbye
    *(f"{spot}{sep}{bye}" for spot in _AR_KEY_SPOT for sep in (" ", "، ", ". ")
      for bye in _AR_BYE),
    # razor blades or a blade made ready (blades for a shaver are an idiom of ar.py)
    *(f"{blade} {ready}" for blade in ("الموس", "الشفره", "الشفرات")
      for ready in ("جاهز", "جنبي", "حدي", "قدامي", "على الطاوله", "عالطاوله", "بايدي")),
    *(f"{ready} {blade}" for ready in ("جهزت", "حطيت", "خبيت", "شريت")
      for blade in ("الموس", "الشفره", "الشفرات", "الامواس", "امواس", "شفرات")),
    # an employer locking us in at night (Levantine, Iraqi, Gulf, Egyptian)
    *(f"{lock} {on_us}" for lock in ("بيسكر", "يسكر", "يسكرون", "بيسكروا", "يسكروا", "مسكرين",
                                     "يغلق", "يغلقون", "بيقفل", "يقفلون")
      for on_us in ("علينا الباب", "الباب علينا", "علي الباب", "الباب علي")),
    # standing on a bridge (Egyptian "كوبري") and asking forgiveness
    *(f"{on} {bridge}" for on in ("انا فوق", "انا على", "انا ع", "واقف فوق", "واقفه فوق",
                                  "واقفه على", "قاعد فوق", "قاعده على", "هلق فوق", "هلق على",
                                  "دلوقتي فوق", "الحين فوق", "هسه فوق", "هسا فوق")
      for bridge in ("الكوبري", "الجسر", "كوبري", "جسر")),
    # Arabizi dialects (Darija, Tunisian, Iraqi, Gulf, Egyptian, Sudanese): beats me with a
    # Darija or Sudanese prefix ("kaydrbni", "kaiderbni", "bydrbni", "yadurbni")
    *(f"{prefix}{root}" for prefix in ("kay", "kai", "kat", "by")
      for root in ("drab", "dreb", "drib", "drob", "drub", "drb", "derb", "darb", "durb", "dorb")),
    *(f"{prefix}{root}" for prefix in ("y", "ye", "yi", "ya", "yo", "bi", "be", "bye", "bey")
      for root in ("derb", "durb", "dorb")),
    # kills, slaughters, "will make me die" ("bgha y9telni", "yaktulni", "yemawetni")
    *(f"{prefix}{root}" for prefix in (
        "y", "ye", "yi", "yo", "yu", "ya", "t", "te", "ti", "to", "kay", "kai", "kat", "by", "bi",
        "bey",
    ) for root in ("9tel", "9tol", "9til", "9tul", "ktul", "qtul")),
    *(f"{prefix}{root}{whom}" for prefix in ("y", "ye", "yi", "ya", "t", "te", "ti", "ha y", "hay")
      for root in ("dhba7", "dhbah", "dba7", "thba7", "zba7", "db7")
      for whom in ("ni", "na", "ha", "ek", "ik")),
    *(f"{prefix}mawet{whom}" for prefix in ("y", "ye", "yi", "bi", "bye", "hay", "ha y", "ha")
      for whom in ("ni", "na", "ha", "ek")),
    # kill myself, throw myself down, no longer want to live (Darija, Tunisian, Algerian)
    *(f"{prefix}{root} {whom}" for prefix in ("n", "ne", "ni", "a", "na", "bn")
      for root in ("9tel", "9tol", "9til", "qtel", "qtol", "ktel")
      for whom in ("rasi", "rasha", "raso", "roh", "ro7", "rou7", "ru7", "nafs", "7al")),
    *(f"{throw} {self} {from_}" for throw in ("nlo7", "nloh", "nlou7", "nermi", "nrmi", "nl7")
      for self in ("rasi", "rohi", "rou7i") for from_ in ("mn", "men", "min")),
    *(f"{neg} {want} n3ich" for neg in ("ma b9itch", "mab9itch", "ma bqitch", "ma b9itsh")
      for want in ("bagha", "baghi", "baghya")),
    # knives held or used ("jab mous", "b lmous", "shayil sakeen"; bought for the kitchen is an
    # idiom)
    *(f"{with_} {knife}" for with_ in ("b", "bl", "bel", "bil", "b el", "bi", "ma3a", "m3a")
      for knife in ("mous$", "lmous$", "sekin", "sikin", "siken", "sekena", "sikena")),
    *(f"{holds} {knife}" for holds in (
        "jab", "hez", "shayil", "shayel", "mask", "masek", "maske", "tala3", "tal3", "ma3o",
        "ma3ah",
    ) for knife in ("mous$", "lmous$", "sekin", "sikin", "siken", "sekena", "sikena", "saken",
                    "sakin", "sakena")),
    # attacking, assaulting people ("yhajjim 3al nas", "3tda 3liya", "bey3tedi")
    *(f"{prefix}hajim" for prefix in ("y", "ye", "yi", "bi", "bye")),
    *(f"{attacked} {on}" for attacked in (
        "3tda", "3tada", "i3tada", "e3tada", "3tdaw", "i3tadu", "e3tado", "3tdat", "hjmo", "hjmou",
        "hjem", "hjmat", "hajmo",
    ) for on in ("3liya", "3lia", "3laya", "3alay", "3leya", "3lih", "3lina", "3laye", "3leye")),
    "y3tedi", "ye3tedi", "yi3tidi", "yi3tedi", "bi3tidi", "bey3tedi", "by3tedi", "kay3tedi",
    # following me ("tab3ni", "yetba3ni", "yla7igni", "mashi wara2ya"; "follow me on Instagram"
    # is an idiom)
    "tab3ni", "tab3ouni", "tab3uni", "kaytab3ni", "kaytba3ni", "kaitba3ni", "kattab3ni",
    *(f"{prefix}{root}ni" for prefix in ("y", "ye", "yi", "bi", "by", "bey", "t", "te")
      for root in ("tba3", "taba3", "la7ig", "la7g", "l7ag", "la7e2", "la7i2", "l7a2", "la7ag")),
    *(f"{walks} {behind}" for walks in ("mashi", "mashy", "mashey", "meshi", "mashe")
      for behind in ("wara2ya", "wara2i", "warai", "warayi", "wraya", "waraya")),
    # robbed ("sar9ouni", "sara2ouni", "baagooni", "saragooni", "ettasra2t")
    *(f"{root}{me}" for root in (
        "sar9", "sara9", "sra9", "sara2", "sar2", "sra2", "sarag", "sarg", "sare2", "sare9",
    ) for me in ("ouni", "oni", "uni")),
    "bagoni", "baguni", "bagouni", "etsara2t", "etasra2t", "itsara2t", "tsra9t", "tsre9t",
    *(f"{snatched} {from_}" for snatched in (
        "khtfo", "khtfou", "khtef", "khtaf", "5tfo", "khtfat",
    ) for from_ in ("liya", "lia", "liha", "lih", "mni", "menni")),
    # someone got into the home, I am hiding
    *(f"{who} {entered} {home}" for who in ("7ed", "7ad", "7ada", "a7ad", "wa7ed")
      for entered in ("dakhel", "dakhal", "da5al", "dkhel", "dkhal", "fat", "fet")
      for home in ("ddar", "dar", "lbit", "el bet", "el beit", "3al bet", "3al beit", "al bait",
                   "al bet", "al beit", "il bet", "el sha2a", "al sha2a", "el shaqa")),
    *(f"{entered} {home}{from_}" for entered in ("dkhlo", "dkhlou", "dakhlo", "da5alo", "dakhalo")
      for home in ("", "ddar ", "el bet ", "al bait ")
      for from_ in ("mn serjem", "mn ssarjem", "mn sarjem", "mn el shebak", "men el shebak",
                    "min al shubak", "mn lfenetra")),
    *(f"ana {hiding}" for hiding in (
        "mkhbya", "mkhabya", "mkhbia", "mestakhabya", "mestakhabi", "mitkhabi", "mitkhabya",
        "mt5abya", "mstkhabi", "mestkhabya", "m5abya", "mkhbi", "mtkhabi", "mtkhabya",
    )),
    # a child not back from school or the park ("weldi ma rje3ch mn lmadrasa", "ibni mesh rage3")
    *(f"{child} {neg} {from_}" for child in (
        "weldi", "wldi", "bnti", "binti", "benti", "binte", "ibni", "ebni", "wildi", "bniti",
        "waladi", "bntu", "bent", "ibnha", "weldha",
    ) for neg in (
        "ma rje3ch", "ma rj3ch", "ma rja3ch", "ma rj3atch", "ma rje3atch", "ma welach",
        "ma wlach", "ma welatch", "ma raja3", "ma raj3at", "ma rija3", "ma rij3at", "ma rja3",
        "ma rje3", "ma reje3", "ma rij3et", "mesh rage3", "mish rage3", "mesh rag3a", "mish rag3a",
        "mesh raje3", "mesh raj3a", "mish raje3", "mish raj3a", "ma ja", "ma jat", "lissa ma raja3",
        "lesa ma rege3", "ma rege3",
    ) for from_ in ("mn", "men", "min", "lil", "lel", "l")),
    # swallowed pills, a battery, all the medicine
    *(f"{swallowed} {what}" for swallowed in (
        "bla3", "bl3", "bal3", "bala3", "bla3at", "bl3at", "bal3at", "bala3et", "bala3at", "bil3a",
        "bel3", "ble3", "bla3et", "bil3", "bala3t",
    ) for what in ("pile", "battariya", "batariya", "bataria", "batterie", "battery", "7obob",
                   "7bob", "7boub", "7ubub", "7bub", "l7bob", "l7boub", "aimant", "magnet",
                   "ma3den", "lma3den", "shi", "7aja", "chi 7aja", "khatem")),
    *(f"{ate} {pills} {all_}" for ate in ("kla", "klat", "akal", "akalat", "kal", "kalat", "chreb",
                                          "chrbat", "shreb", "shrab", "akhadh", "akhath", "akhad")
      for pills in ("ddwa", "dwa", "l7bob", "7bob", "l7boub", "dawa", "ddwa dyali", "ddwa dyalo")
      for all_ in ("kaml", "kamel", "kolo", "kolha", "kolhom", "bzaf")),
    *(f"{all_} {pills}" for all_ in ("kul il", "kol il", "kil il", "kul al", "kol al")
      for pills in ("7ubub", "7bub", "7bob", "7boub", "7obob", "7oboub", "7abat", "dawa")),
    "jar3a zayd", "jur3a zayd", "jor3a zayd", "jar3a zaid", "jor3a zaid", "jar3a kbir",
    # drank bleach or chlorine ("chreb chlor", "shirbat klor", "chreb jevel")
    *(f"{drank} {cleaner}" for drank in (
        "chreb", "chrb", "chrbat", "chrab", "chrbet", "shreb", "shrab", "shrbat", "shirbat",
        "shirbet", "shirbit", "sharbat", "sharab", "sharib", "shireb", "shirib", "shrib", "bala3",
        "bla3", "bl3",
    ) for cleaner in ("chlor", "klor", "javel", "jevel", "jafel", "jafil", "clorox", "dettol",
                      "mwad tandif", "mwad tanzif", "mewad tandif", "spirto", "ma2 nar")),
    # not breathing, choking, breath cut ("ma katneffesch", "t5ne9", "yekhtene2", "yikhtinig")
    "ma katnefes", "ma kaytnefes", "makatnefes", "makaytnefes",
    "ma katnefs", "ma kaytnefs", "ma katnfs", "ma kaytnfs", "makatnefs", "makaytnefs",
    "ma tatnefs", "ma taytnefs", "ma kaytanafs", "ma katanafs", "bla nafas", "bala nafas",
    "bila nafas",
    "t5ne9", "tkhne9", "t5an9", "tkhan9", "yekhtene2", "yekhtine2", "yikhtene2", "yikhtine2",
    "yikhtinig", "yekhtinig", "yikhtinag", "yi5tini2", "ye5tene2", "te5tene2", "tekhtene2",
    "tikhtinig", "tikhtine2", "yikhtini9", "yekhtene9",
    *(f"{cut} {to} {breath}" for cut in ("t9te3", "t9ta3", "t9t3at", "tqte3", "t9ete3", "ta9ta3")
      for to in ("lih", "liha", "liya", "lia") for breath in ("nefs", "nefes", "nafas")),
    # fell and does not answer or move; not moving; fell down the stairs
    *(f"{fell}{where} w {silent}" for fell in (
        "ta7", "ta7et", "ta7at", "t7at", "tay7", "tay7a", "wuga3", "wug3at", "wag3", "wag3at",
        "wga3", "w9e3", "w9a3", "w9e3at", "wi2i3", "wi2e3", "wa2a3", "wa2e3", "we2e3", "wi2i3it",
        "we2e3et", "wa2a3et", "saqat", "sa2at", "saqatat",
    ) for where in ("", " f lard", " f l2ard", " 3la lard", " fel ard", " 3al ard", " bel ard")
      for silent in (
        "ma kayjaweb", "ma katjaweb", "ma kayhder", "ma kathder", "ma kaysme3", "ma katsme3",
        "ma bitrud", "ma byrud", "ma birud", "ma tirud", "ma yirud", "ma trud", "ma yrud",
        "ma tred", "ma yred", "ma bitred", "ma bired", "ma 3am trod", "ma 3am yrod", "ma 3am y7ki",
        "ma 3am t7ki", "mesh 3am y7ki", "mish 3am y7ki", "mesh byrod", "mish biyrod", "ma da yrud",
        "ma da trud", "ma yi7is", "ma ti7is", "ma kayfi9", "ma katfi9", "ma fa9", "ma 3am yfi2",
        "ma 3am tfi2", "ma yit7arak", "ma tit7arak",
    )),
    "ma kayt7erek", "ma kat7erek", "ma kayt7arek", "ma kat7arek", "ma kayt7rek", "ma kat7rek",
    "ma da yit7arak", "ma da tit7arak", "ma yit7arakoun", "ma yit7arakun",
    "ma yit7arakon", "ma yt7arakon", "mesh beyet7arak",
    "mish biyit7arak", "mesh bet7arak", "mish bit7arak", "mesh bitet7arak",
    *(f"{fell} {stairs}" for fell in (
        "ta7", "ta7et", "ta7at", "t7at", "wuga3", "wug3at", "wag3at", "w9e3", "w9e3at", "wi2i3",
        "wi2i3it", "wa2a3", "wa2a3et", "saqat", "saqatat",
    ) for stairs in ("f droj", "mn droj", "men droj", "min al daraj", "min il daraj",
                     "mn el daraj", "men el daraj", "3an el daraj", "mn sselom", "fi al daraj")),
    # bleeding a lot, blood that will not stop, unconscious
    *(f"{flows} {blood}" for flows in ("kaysil", "katsil", "kaysilo", "tsil", "ysil")
      for blood in ("bdem", "b dem", "liha dem", "lih dem", "liya dem", "ddem", "dem",
                    "bid dam", "dam")),
    *(f"{blood} {much}" for blood in ("ddem", "dem", "damha", "damo", "damu", "il dam", "el dam",
                                      "al dam", "ddam")
      for much in ("bzaf", "wayed", "ma da yoguf", "ma da yu2af", "ma byw2af", "ma bghach y7bes",
                   "ma bghach ywe9ef", "ma yoguf", "ma y2af", "kaysil")),
    *(f"{absent} {from_} wa3" for absent in ("ghayba", "ghayeb", "ghayib", "ghaybe", "ghayeba")
      for from_ in ("3an el", "3an al", "3an il", "3al")),
    "fa2ed el wa3", "fa2de el wa3", "fa2da el wa3", "fa9ed lwa3", "fa9da lwa3", "fa2ad el wa3",
    "fa2adet el wa3", "fa2adat el wa3", "mghmi 3l", "mghmi 3al", "mghmia 3l",
    # fire in the kitchen or the building ("l3afya f lkouzina", "nar f lbatima", "7ariga"), the
    # smoke filling the house ("l3afya" alone is "health")
    *(f"{fire}{in_} {place}" for fire in ("l3afya", "l3afia", "l3afiya", "nar", "naar")
      for in_ in (" f", " fi", " fel", " fil", " fl", " bel", " bil", "") for place in (
        "lkouzina", "kouzina", "ddar", "lbit", "l3imara", "lbatima", "batima", "lmatbakh",
        "lcuisine", "salon", "lgaraj", "dar jiran", "al bait", "al bet", "el bet", "el beit",
        "il bet", "el dar", "al beit", "el sha2a", "al sha2a", "el matbakh", "al matbakh",
        "el 3imara", "el binaya", "al 3imara", "el ghorfa", "al ghurfa",
    ) if not (fire in ("nar", "naar") and in_ == "")),
    "ch3lat l3afya", "cha3lat l3afya", "tch3lat l3afya", "l3afya cha3la", "l3afya ch3la",
    "ch3lat fiha l3afya", "ch3lat fih l3afya", "7ariga", "7ari9a", "7ariqa",
    *(f"{smoke} {fills}" for smoke in ("dokhan", "dukhan", "do5an", "du5an", "dkhan", "d5an")
      for fills in ("3amer", "3amr", "3amra", "k7el", "ka7el", "mala", "malya", "m3abi", "3aba")),
    # a gas smell ("ri7t lgaz", "re7et el gas")
    *(f"{smell} {gas}" for smell in ("ri7t", "ri7et", "re7et", "ri7it", "ri7a", "re7a", "ri7at",
                                     "riht", "ri7", "re7t")
      for gas in ("lgaz", "lghaz", "el gas", "el gaz", "el ghaz", "al gaz", "al ghaz", "il ghaz",
                  "il gaz", "gaz", "gas", "ghaz", "l gaz", "dyal lgaz", "dial lgaz")),
    # burnt by oil or hot water ("t7r9at b zit", "et7ara2et bel zeit", "t7arrigat bil may")
    *(f"{burnt} {by}" for burnt in (
        "t7r9", "t7ra9", "t7ara9", "t7re9", "et7ara2", "it7ara2", "et7ra2", "t7ara2", "in7ara2",
        "t7arig", "t7arag", "it7arig", "et7arag", "t7er9", "ta7ra9", "t7r9at", "t7ra9at",
        "et7ara2et", "et7ara2it", "it7ara2it", "t7ara2et", "in7ara2et", "t7arigat", "t7arigit",
        "it7arigat", "et7aragat", "ta7ra9at",
    ) for by in ("b zit", "bzit", "bel zeit", "bil zeit", "bel zit", "b lma", "bel may",
                 "bil may", "bil mai", "bel mai", "b atay", "bel shay", "bil chai", "b nar",
                 "bel nar", "bil nar", "b lkahraba")),
    *(f"{skin} {burnt}" for skin in ("jeldha", "jeldo", "jildha", "jildo", "jeldu", "jildu",
                                     "jelda", "jilda")
      for burnt in ("m7rou9", "ma7rou2", "ma7roug", "m7rouga", "m7ro9", "ma7ru2", "m7arag")),
    *(f"{spilled} {on} {hot}" for spilled in ("nkabet", "nkab", "tkab", "kabet", "inkab", "tchyat")
      for on in ("3laya", "3aleh", "3leha", "3lih", "3liha", "3lia", "3liya")
      for hot in ("may", "mai", "mayye", "lma", "zit", "zeit", "atay", "chay", "shay")),
    # a seizure, an electric shock ("jato sar3", "nawbit sara3", "etkahrab", "mas2o el kahraba")
    *(f"{came} {fit}" for came in ("jato", "jatou", "jatha", "ja2to", "ja2ato", "ja2ito",
                                   "ja2ata", "ja2ta", "ja2tha", "jatu", "ijato", "ijatha")
      for fit in ("sar3$", "sara3$", "crise")),
    *(f"{fit} {sar3}" for fit in ("nawbit", "nawbet", "nawbat", "nobat", "nawbt")
      for sar3 in ("sara3$", "sar3$", "sra3$", "sar3a$")),
    "kayterjef f lard", "katerjef f lard", "kaytrjef f lard", "katrjef f lard",
    "etkahrab", "itkahrab", "tkahrab", "et8ahrab", "itkahrib", "etkahrib", "tkahreb",
    "etkahreb",
    *(f"{touched} {power}" for touched in (
        "mas2o", "mas2ato", "mas2ah", "mas2ha", "maso", "masato", "masaku", "mas9o", "mas9ato",
        "chedo", "chdato", "chdo", "chadato", "chadou", "ch9lato", "drbato", "drbatou",
        "drbatha", "darbato", "sa3a9to", "sa3a9o", "sa3a2o",
    ) for power in ("el kahraba", "l kahraba", "lkahraba", "al kahraba", "il kahraba", "kahraba",
                    "trisinti", "trisiti", "triciti", "lcourant", "elcourant")),
    "sadma kahraba", "sa3ka kahraba", "sa3qa kahraba", "sa3ke kahraba", "sa3qa kahrab",
    # forced marriage ("yzewjouni bezz", "ygawezouni ghasb", "yi3arsoni bi al gowa")
    *(f"{marry} {force}" for marry in (
        # (the net's forced-marriage words already alarm alone on "yzawjouni", "ygawzoni" …)
        "yzewjouni", "yzewjoni", "yzwjouni", "yzewjou", "ygawezouni", "yi3arsoni", "yi3arsouni",
        "y3arsoni", "y3arsouni", "yzawijoni", "yzawgouni", "zewjouni", "nzewej", "ntzewej",
        "nzawej", "atzawaj", "etgawez", "atgawez", "3ers", "zwaj", "zawaj", "jwaz", "gawaz",
    ) for force in ("bez", "bzez", "b zez", "ghasb", "ghasban", "8asb", "b lghasb", "bel ghasb",
                    "bil ghasb", "bi al gowa", "bil gowa", "bil quwa", "bel 2owa", "b l9oua",
                    "bl9oua", "b l9ewa", "bl9ewa")),
    # harassing me now ("ta7arrash fiyye", "et7arrash beya", "kayt7arch")
    *(f"{prefix}{root}" for prefix in (
        "ta", "et", "it", "yt", "yit", "yet", "bit", "byet", "bet", "biyit", "kayt", "kat", "bt",
    ) for root in ("7arash", "7arsh", "7arach", "7arch")),
    # locked in ("sedd 3liya f lbit", "gafal 3alayi al bab", "ana m7bousa f ddar")
    *(f"{locked} {on} {door}" for locked in (
        "sed", "sad", "sdat", "sedat", "sedo", "gafal", "gafel", "gfal", "gaflat", "gaflo",
        "9fel", "9fal", "qfel", "qafal", "2afal", "2afel", "sakar", "sakret",
    ) for on in ("3liya", "3lia", "3laya", "3alaya", "3alayi", "3alay", "3alia", "3aliya",
                 "3aleya", "3liha", "3lih", "3lina", "3alayna", "3alena", "3leya")
      for door in ("lbab", "el bab", "al bab", "il bab", "l bab", "bab", "f lbit", "fel bit",
                   "lbit", "f ddar", "fel beit", "fel ghorfa", "f lghorfa", "fil ghurfa",
                   "fil 7amam", "f l7mam", "sarout")),
    "ana m7bous", "ana ma7bous", "ana m7bus", "ana ma7bus", "m7bousa f", "m7bous f",
    "ma7bousa fel", "ma7bousa fi",
    # drowning ("ghre9 f lb7er", "ghirig fi al 7oud")
    "ghre9", "ghr9at", "ghra9", "ghirig", "ghirgat", "ghirgaw", "ghre9at",
    # a car crash with injured people, a car hitting a child, a face drooping
    "mjer7in", "mjar7in", "mjr7in", "mjro7in", "majrou7in", "majro7in", "majru7in",
    "majrou7en", "majru7en",
    "tomobil drbat", "tomobil drbato", "tonobil drbat", "tomobil drbatha", "tomobil dahsat",
    *(f"{face} {droops}" for face in ("wjehha", "wjeha", "wjho", "wjeho", "wijha", "wijho",
                                      "wejha", "wejho", "wajha", "wajho", "wjha")
      for droops in ("tmayel", "mayel", "m3owej", "m3awej", "m3wej", "tmayl", "t3awej", "t3wej",
                     "mayla", "mal$")),
)

CRIES: tuple[str, ...] = (
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
)

SERVICE_WORDS: tuple[str, ...] = (
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
)

IDIOMS: tuple[str, ...] = (
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
    *(f"{company} {no}" for company in (*PARCEL_SERVICES, "امازون", "البريد", "البوسطه")
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
    *(f"{dead} … {inherit}" for dead in _AR_MY_DEATH for inherit in _AR_INHERIT),
    *(f"{inherit} … {dead}" for dead in _AR_MY_DEATH for inherit in _AR_INHERIT),
    *(f"{dead} … {inherit}" for dead in _AR_DEAD_LATIN for inherit in _AR_INHERIT_LATIN),
    # rope for the washing, a move, a tent, a dog, a car, skipping or climbing (Arabic prefixes
    # "و", "ل", "لل", "بال" spelled out: an idiom's later part starts a word)
    *(f"{a} … {b}" for use in (
        "غسيل", "عزال", "نقل", "خيمه", "تخييم", "كلب", "سياره", "نط", "قفز", "لعب", "رياضه", "تسلق",
        "سحب",
    ) for prefix in ("", "ال", "و", "وال", "ل", "لل", "بال", "عال")
      for a, b in (("حبل", f"{prefix}{use}"), (f"{prefix}{use}", "حبل"))),
    *(f"حبل … {tie}" for tie in ("اربط", "نربط", "لربط", "للربط", "واربط", "ربط")),
    *(f"{rope} … {use}" for rope in ("7abl", "7abel", "7bel")
      for use in ("ghasil", "3azal", "3zel", "na2l", "khaime", "kalb", "rabt")),
    "نط الحبل", "حبل نط", "حبل النط", "حبل القفز",
    *(f"{gathered} … {old}" for gathered in ("جمعت", "عم جمع", "عم اجمع", "لميت", "jama3t")
      for old in ("القديمه", "القديم", "قديمه", "منتهي", "منتهيه", "صيدليه", "الصيدليه",
                  "للصيدليه", "عالصيدليه", "بالصيدليه", "الصلاحيه", "ارجعها", "ارجعهم", "اتلاف",
                  "لارمي", "saydaliy", "el saydaliy", "2adim", "انسى", "ينسى", "تنسى", "منظم",
                  "اسبوع", "الاسبوع", "مواعيد", "بالترتيب", "حسب")),
    # all my possessions given away before returning home or moving
    *(f"{a} … {b}" for move in (
        "ارجع", "رجعه", "سافر", "السفر", "انقل", "العزال", "اعزل", "انتقل", "سوريا", "بلدي",
    ) for a, b in (("ممتلكاتي", move), (move, "ممتلكاتي"))),
    # "don't know why I'm writing to you in Arabic"
    *(f"{write} {lang}" for write in ("اكتبلك", "احكيلك", "بكتبلك", "اكتب لك", "اكتبلكم")
      for lang in ("بالعربي", "عربي", "بالالماني", "الماني", "بالانجليزي", "انجليزي")),
    *(f"{thing} … {need}" for thing in (
        "عربيه", "عرباي", "كرسي", "سرير", "تخت", "تياب", "ثياب", "ملابس", "كنبه", "كنبايه",
        "طاوله", "خزانه", "غساله", "براد", "تلفزيون", "الاثاث", "العفش", "فرش", "موبيليا",
        "البيبي", "الولاد", "دراجه", "بسكليت", "الكورس",
    ) for need in ("احتاج", "لزمني")),
    *(f"احتاج … {thing}" for thing in (
        "عربيه", "عرباي", "الكرسي", "كرسي", "السرير", "سرير", "التخت", "التياب", "الملابس",
        "الكنبه", "الكنبايه", "الطاوله", "الخزانه", "الغساله", "البراد", "الاثاث", "العفش",
        "الفرش", "البسكليت", "الدراجه", "الكورس",
    )),
    *(f"احتاج … {where}" for where in (
        "بالبيت الجديد", "بالشقه الجديده", "بالسكن الجديد", "بعد العزال", "بعد النقل", "هناك",
        "لما انقل", "بعد ما انقل", "بعد ما نقلت", "لانو كبر", "لانها كبرت",
    )),
    *(f"{travel} … {nobody}" for travel in (
        "مسافر", "مسافره", "سافر", "بسافر", "اجازه", "عطله", "المستشفى", "مستشفى", "العمليه",
    ) for nobody in ("ما حدا", "وما حدا", "محد", "ومحد", "ما في حدا", "وما في حدا")),
    *(f"{nobody} … {travel}" for travel in (
        "مسافر", "مسافره", "سافر", "بسافر", "اجازه", "عطله", "المستشفى", "مستشفى", "العمليه",
    ) for nobody in ("ما حدا", "وما حدا", "محد", "ومحد", "ما في حدا", "وما في حدا")),
    # how to tell my mother that I love someone (a question, not a farewell)
    *(f"{how} … {that} {love}" for how in ("كيف", "شلون", "ازاي", "كيفاش", "شو بقول")
      for that in ("اني", "انو", "انني") for love in ("بحب", "احب")),
    # the authorities holding passports during the asylum procedure
    *(f"{office} … {papers}" for office in (
        "ابهورده", "الابهورده", "auslanderbehorde", "behorde", "bamf", "البامف", "بامف", "الهايم",
        "الكامب", "السوسيال", "البلديه", "الدوله", "الحكومه", "اللجوء", "المحكمه", "الشرطه",
        "البوليس", "polizei", "مكتب الاجانب", "دائره الاجانب",
    ) for papers in ("جواز", "باسبور", "الباسبور", "اقامه", "الاقامه", "هويه", "الهويه")),
    # "if something happens to me" at a birth, an operation, in hospital or on a journey
    *(f"{a} … {b}" for something in [d for d in _AR_MY_DEATH if "شي" in d or "حاجه" in d]
      for proc in (
        "عمليه", "العمليه", "بالعمليه", "الولاده", "بالولاده", "ولاده", "المستشفى", "بالمستشفى",
        "مستشفى", "العلاج", "السفر", "بالسفر", "بالطريق", "الطياره", "بالطياره",
    ) for a, b in ((something, proc), (proc, something))),
    # "living" somewhere: not living here, with them, in Germany ("مش هكون عايش هنا")
    *(f"عايش {where}" for where in (
        "هون", "هنا", "هناك", "بنفس", "في نفس", "بالمانيا", "في المانيا", "بالهايم", "بالسكن",
        "بهالبيت", "بالبيت", "في البيت", "معهم", "معكم", "معها", "معه", "مع اهل", "لحالي",
        "بالكامب", "بهالمدينه", "بالمدينه",
    )),
    *(f"3ayesh {where}" for where in (
        "hon", "hena", "bel", "fel", "b almanya", "bi almanya", "ma3", "la7ali",
    )),
    # my last letter to an office, told my mother that I love someone, stopping to cough
    *(f"رسالتي الاخيره {to}" for to in (
        "للجوب", "للابهورده", "للمكتب", "للشركه", "للبامف", "لصاحب", "للمدرسه", "للكيتا",
        "للروضه", "ما رد", "ما حدا رد", "ما جاوب",
    )),
    *(f"{told} … {that} {love}" for told in (
        "قلت", "قلتلها", "قلتلو", "قلتله", "قلتلهم", "حكيت", "خبرت",
    ) for that in ("اني", "انو", "انني") for love in ("بحب", "احب", "اسف", "متاسف")),
    *(f"{stop} {what}" for stop in ("توقف", "يوقف") for what in (
        "عن", "السياره", "العربيه", "الكحه", "السعله", "البكي", "الضحك", "التدخين", "الدخان",
    )),
    "موجود عالقائمه", "موجود بالقائمه", "موجود على القائمه", "موجود بالنظام", "موجود بالسيستم",
    "موجود بالليست", "موجود عاللائحه", "موجود باللائحه", "موجود بالملف", "موجوده عالقائمه",
    "موجوده بالقائمه", "موجوده بالنظام", "موجوده بالليست",
    # razor blades for a shaver
    *(f"شفرات … {what}" for what in ("ماكين", "الماكين", "للماكين", "جيليت", "ذقن", "دقن")),
    # continuing a course, school or job ("ما عاد فيني كمل بالكورس")
    *(f"{cont} {what}" for cont in ("كمل", "اكمل") for what in (
        "بالكورس", "الكورس", "دراستي", "بالدراسه", "الدراسه", "بالشغل", "الشغل", "هالشغل",
        "بهالشغل", "الاوسبيلدونغ", "بالاوسبيلدونغ", "التدريب", "بالتدريب", "بالمدرسه", "المدرسه",
        "الامتحان", "بالجامعه", "الجامعه", "الاستماره", "الطلب", "الفورمولار",
    )),
    # a weekly pill organiser
    "ترتيب كل الدوا",
    # a last message, a doormat key or things given away before a move or to a landlord, baby
    # things outgrown
    *(f"{what} … {move}" for what in ("اخر رساله", "تحت الدعسه", "تحت الدعاسه", "تحت السجاده",
                                      "صندوق البريد", "وزعت اغراض", "وزعت غراض", "وزعت كل",
                                      "عطيت كل", "اعطيت كل", "وزع كل")
      for move in _AR_MOVE),
    *(f"{what} … {landlord}" for what in ("تحت الدعسه", "تحت الدعاسه", "تحت السجاده",
                                          "صندوق البريد")
      for landlord in _AR_LANDLORD),
    *(f"اغراض {whose}" for whose in ("البيبي", "الطفل", "الرضيع", "القديمه", "الزايده",
                                     "الشتويه", "الصيفيه")),
    # "after me" at work or a course, living somewhere ("عايشه بنفس البيت"), a curfew in a Heim,
    # "collapsed" with tiredness, a bad line or unclear German, a bridge as a bus stop (not a
    # railway bridge)
    *(f"من بعدي … {work}" for work in ("شغل", "الشغل", "بشتغل", "دوام", "الدوام", "دوامي",
                                       "الكورس", "كورس", "بخلص")),
    "عايش مع", "عايش عند", "عايش ببيت", "عايش بشقه",
    *(f"{living} {where}" for living in ("عايشه", "عايشين") for where in (
        "هون", "هنا", "هناك", "بنفس", "في نفس", "بالمانيا", "في المانيا", "بالهايم", "بالسكن",
        "بالبيت", "في البيت", "معهم", "معكم", "معها", "معه", "مع", "لحالي", "بالمدينه")),
    *(f"{out} {when}" for out in ("اطلع من البيت", "نطلع من البيت", "علينا الباب", "الباب علينا")
      for when in ("بعد الساعه", "قبل الساعه", "بالليل بعد", "الساعه")),
    *(f"{fallen} من {why}" for fallen in ("طايح", "طايحه")
      for why in ("التعب", "النوم", "النعس", "الضحك", "الشغل", "الجوع")),
    *(f"{unclear} … {line}" for unclear in ("مش واضح", "مو واضح", "مخربط")
      for line in ("الخط", "النت", "الالماني", "بالالماني")),
    *(f"الموس … {shave}" for shave in ("بالمحل", "المحل", "حلاقه", "الحلاقه", "للحلاقه", "دقن",
                                        "ذقن", "الصالون", "شعر", "للشعر")),
    *(f"{bridge} … {bus}" for bridge in ("الجسر", "الكوبري") for bus in (
        "بستنى الباص", "بنطر الباص", "ناطر الباص", "الباص", "موقف الباص")),
    # going to work or a course "after I go", "dead" with tiredness or hunger
    *(f"بعد ما {go} {where}" for go in ("روح", "اروح", "امشي", "اطلع") for where in (
        "عالشغل", "على الشغل", "ع الشغل", "للشغل", "عالدوام", "للدوام", "عالكورس", "للكورس",
        "عالمدرسه", "للمدرسه", "عالجامعه", "عالسوق", "للسوق", "عالموعد", "للموعد", "للدكتور",
        "عند الدكتور", "لعند", "من البيت", "برا", "لبرا")),
    *(f"{dead} من {why}" for dead in ("ميت", "ميته")
      for why in ("التعب", "الجوع", "الضحك", "البرد", "الحر", "النعس")),
    # an office's papers "killing me", a film with a fight or a knife, kicking a ball, a beating
    # or a fall long past, a neighbour banging the door every morning, "what to do if someone
    # chokes", a job at or a toy of the fire brigade, children playing police
    *(f"{office} … {kills}" for office in (
        "jobcenter", "auslanderbehorde", "bamf", "behorde", "finanzamt", "lwra9", "lawra9",
        "el awra2", "al awraq", "el wra2", "lidara",
    ) for kills in ("y9tel", "ye9tel", "yaktul", "yemawet", "ymawet", "yimawet", "yi2tel",
                    "ye2tel", "y2tel", "ykitil", "yiktil")),
    *(f"{kills} … {papers}" for kills in ("y9telni", "yaktulni", "yemawetni", "ymawetni",
                                          "ye2telni", "y2telni")
      for papers in ("lwra9", "lawra9", "el awra2", "bel awra2", "bil awraq", "b lwra9")),
    *(f"{film} {has} ⁝ {danger}" for film in ("film", "filim", "flm", "mosalsal")
      for has in ("fih", "fiha", "fee", "fi") for danger in (
        "kaydreb", "kaydrb", "yedrob", "y9tel", "yi2tel", "siken", "sekin", "sikin", "mous",
        "7ari2", "7areg", "7arig", "nar", "l3afya",
    )),
    *(f"{kicks}{pl} {ball}" for kicks in ("kaydreb", "kaydrb", "kaidreb", "ydrb", "yedrb")
      for pl in ("", "o", "ou", "u") for ball in (
        "lballon", "ballon", "lkora", "l koura", "el kora", "al kura", "la balle", "lkoura",
    )),
    *(f"{was} {prefix}{root} ‥ {ago}" for was in ("kan", "jan", "kaan")
      for prefix in ("y", "ye", "kay", "kai") for root in ("drb", "derb", "dreb")
      for ago in ("mli kona", "mli kont", "f sghri", "fi sghri", "mn sghri", "w ana sghir")),
    *(f"{fell} ‥ {ago}" for fell in (
        "ta7", "ta7et", "ta7at", "wuga3", "wug3at", "w9e3", "w9e3at", "wi2i3", "wi2i3it",
        "wa2a3", "wa2a3et", "saqat", "saqatat",
    ) for ago in ("l3am li fat", "l3am l fayt", "l3am lmadi", "el sene el madye", "mn 3am",
                  "mn zman", "men zaman", "hadi 3am", "9bel 3am", "2abel sene", "abl sene")),
    *(f"{bangs} {door} … {every}" for bangs in ("kaydreb", "kaydrb", "kaidreb", "kaydr9")
      for door in ("lbab", "l bab", "3la lbab") for every in ("kol sba7", "kol nhar", "kol lila",
                                                            "kol youm")),
    *(f"{if_} … {choke}" for if_ in ("ila", "ida", "iza", "eza", "law", "idha") for choke in (
        "t5ne9", "tkhne9", "yekhtene2", "yikhtinig", "ma kaytnefs", "ma katnefs",
    )),
    *(f"{work} {at} feuerwehr" for work in ("tkhdem", "nkhdem", "ykhdem", "khdem", "yeshtaghel",
                                            "teshtaghel", "bshtghel", "ashtaghel", "teshteghel")
      for at in ("f", "fi", "fel", "bel", "b", "m3a")),
    *(f"{toy} feuerwehr" for toy in ("nchri", "lo3ba", "l3ba", "la3bet", "la3ba")),
    *(f"{plays} {cops}" for plays in ("yel3ab", "yil3ab", "kayl3eb", "nl3bo", "yel3abo", "yil3abu",
                                      "bel3ab", "bil3ab")
      for cops in ("polizei", "police", "shorta", "bolis", "7aramiye", "7aramiya")),
    # Arabizi look-alikes of the dialect families in STEMS: a knife, bleach or chlorine bought
    # for the kitchen or the bathroom, dying of laughter or for a dish or a song, a beating long
    # past, a fire put out, a film about a fire, children scuffling at the playground, a first
    # aid course, "follow me on Instagram"
    *(f"{buy} … {thing}" for buy in (
        "nchri", "nechri", "nchr", "chrit", "chri", "ashtiri", "ashtri", "ashteri", "ashtery",
        "ashtari", "eshteri", "eshtri", "ishtri", "neshtiri", "nishtiri", "bashtiri", "shrit",
        "eshtarit", "ishtarit", "shtarit", "neshri", "nishri",
    ) for thing in ("sekin", "sikin", "sichin", "sikine", "sekine", "sakin", "saken", "mous",
                    "klor", "chlor", "javel", "jevel", "jafel", "clorox", "dettol")),
    *(f"{die} {what}" for die in (
        "mout", "moot", "mot", "amoot", "amout", "amot", "nmout", "nmoot", "nmot", "emout",
        "emot", "2mout", "ymout", "tmout",
    ) for what in ("3ala", "3la", "3al", "men el da7k", "mn el da7k", "min al da7k",
                   "men el d7k", "mn d7k", "mn da7k", "mn ed7k", "b lkhl3a", "bl khl3a",
                   "mn lkhl3a", "b d7k", "bd7k", "mn jo3", "mn ljo3", "men el jo3", "men el ju3")),
    *(f"{was} {prefix}{root} ‥ {ago}" for was in ("kan", "jan", "kaan")
      for prefix in ("y", "ye", "yi", "ya", "yu", "bye", "bi", "by", "be", "kay", "kai")
      for root in ("drab", "drob", "drub", "drb", "derb", "dreb", "durb")
      for ago in ("zaman", "zman", "gabul", "gabl", "9bel", "2abel", "abel", "bekri", "bkri",
                  "souria", "suria", "l3ira9", "el 3ira2", "bladi", "lbled")),
    *(f"{fire} ‥ {out}" for fire in ("7ari2", "7ariga", "7ari9", "7arig", "l3afya", "nar", "7are2")
      for out in ("etfet", "etfat", "ntfat", "ntfet", "tfat", "tafeinah", "tafeinaha", "tafenah",
                  "tafinah", "tafinaha", "tfinaha", "tfinah", "tfitha", "tafetha", "tafeito")),
    *(f"{film} {about} {event}" for film in ("film", "filim", "flm", "mosalsal", "musalsal")
      for about in ("3an", "3la", "3ala") for event in (
        "7ari2", "7ariga", "7ari9", "7arig", "l3afya", "nar", "7adith", "7adis", "7adtha",
        "jarima", "9atl", "2atl", "qatl",
    )),
    *(f"{hit}{pl} {each} … {play}" for hit in ("ydrb", "yedrb", "ydarb", "yedarb", "ydrab",
                                               "kaydrb", "kaydarb", "bydrb")
      for pl in ("o", "ou", "u") for each in ("ba3ed", "ba3d", "ba3dhom", "ba3don", "b3dyathom")
      for play in ("mal3ab", "lmal3ab", "la3b", "lla3b", "3adi")),
    "is3afat awal", "es3afat awal", "is3afat 2awal", "es3afat 2awal", "dawret is3af",
    "dawra is3af", "kurs is3af", "es3afat awaliy",
    *(f"{follow} {on} {app}" for follow in ("tab3ni", "tab3ouni", "tab3uni")
      for on in ("3la", "3ala", "fi", "f", "on", "sur") for app in (
        "insta", "instagram", "tiktok", "facebook", "fb", "youtube", "snap",
    )),
)
# fmt: on
