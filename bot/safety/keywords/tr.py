"""Turkish keywords of the safety net (`bot.safety` matches them)."""

from bot.safety.keywords import PARCEL_SERVICES

# fmt: off
# Turkish: a time long past and what happened then: a pluperfect or "used to" form a few words
# later ("geçen sene yangın çıkmıştı", "yıllar önce eski eşim bana şiddet uyguluyordu"), a simple
# past right beside it ("iki yıl önce felç geçirdi"); present forms still alarm.
_TR_AGO = (
    "yillar once", "yil once", "sene once", "seneler once", "ay once", "aylar once", "gecen sene",
    "gecen yil", "gecmiste", "eskiden", "uzun zaman once", "cocukken", "kucukken",
)

_TR_LONG_PAST = (
    "kaza gecirmisti", "kaza gecirmistim", "kaza yapmisti", "kaza yapmistim", "kaza olmustu",
    "felc gecirmisti", "inme gecirmisti", "kalp krizi gecirmisti", "yangin cikmisti",
    "yangin olmustu", "siddet uyguluyordu", "siddet uygulardi", "siddet uygulamisti",
    "siddet goruyordum", "siddet gorurdum", "siddet gormustum", "dovuyordu", "doverdi",
    "dovmustu", "tehdit ediyordu", "tehdit ederdi",
)

_TR_SIMPLE_PAST = (
    "kaza gecirdi", "kaza yapti", "kaza oldu", "kazasi oldu", "felc gecirdi", "felc oldu",
    "inme gecirdi", "kalp krizi gecirdi", "yangin cikti", "yangin oldu",
)

# Turkish: things that "will kill me" or "kill a person" ("bu kuyruk adamı öldürür"), and a
# mother or boss who "will kill me" if I am late; a person killing me otherwise alarms.
_TR_KILLERS = (
    "evraklar", "evraklari", "evrak isleri", "kagitlar", "kagitlari", "kagit isleri", "formlar",
    "formlari", "burokrasi", "jobcenter", "sinav", "sinavlar", "almanca", "gramer", "dersler",
    "odevler", "odev", "kuyruk", "sira", "bekleme", "beklemek", "sicak", "soguk", "stres", "isler",
    "mesai", "vardiya", "kira", "borclar", "faturalar", "vergiler", "yorgunluk", "uykusuzluk",
    "trafik", "bu yol",
)

_TR_LATE = (
    "gec kalirsam", "gec kalirsak", "gec kalirsan", "gec kalsam", "unutursam", "unutursak",
    "kacirirsam", "kacirirsak", "yetismezsem", "yetistiremezsem", "bitiremezsem",
)

_TR_SCOLDERS = (
    "annem", "anam", "patronum", "patron", "sefim", "hocam", "ogretmenim", "ablam", "kiz kardesim",
    "arkadasim", "arkadaslarim", "mudurum", "amirim",
)

# Turkish: a course, an exam or a task not done ("kursa yazılmazsam annem beni öldürür").
_TR_UNLESS = (
    "yazilmazsam", "kaydolmazsam", "kayit olmazsam", "gecemezsem", "basaramazsam", "gitmezsem",
    "gelmezsem", "yapmazsam", "bitirmezsem", "ogrenmezsem", "bulamazsam", "almazsam", "odemezsem",
    "calismazsam", "kalirsam", "sinavdan kalirsam",
)

_TR_JUST_ASKING = (
    "sadece merak", "merak ettim", "merak ediyorum", "bilgi olsun diye", "bilgi icin soruyorum",
    "oylesine soruyorum", "su an bi sey yok", "su an bir sey yok", "su an bir sorun yok",
    "su an sorun yok", "simdilik bir sey yok", "acil bir durum yok", "acil bi durum yok",
    "acil durum yok",
)

_TR_SERVICES = ("ambulans", "polis", "itfaiye", "acil servis", "112", "110", "acil numara")

_TR_SERVICE_STEMS = ("ambulans", "itfaiye", "acil servis")

# Word lists for the quiet crises (farewells, final arrangements, means at hand, "I've
# decided") and the wordless dangers (locked in, passports held, forced marriage, a fall, a
# child not home) among the keywords below.
# Written folded (ı ş ğ ç ö ü as i s g c o u): folding maps the Turkish letters the same way.

_TR_MY_DEATH = (
    "ben olunce", "ben oldukten sonra", "ben olursem", "olumumden sonra", "ben hayatta olmazsam",
    "hayatta olmazsam", "ben hayatta olmadigimda",
    "hayatta olmadigimda", "ben yasamazsam", "ben bu dunyadan gidince", "ben artik olmayinca",
    "ben hayatta olmayinca",
)
_TR_DEPENDENTS = (
    "cocuk", "kizim", "kizlarim", "oglum", "ogullarim", "bebeg", "evlatlarim", "yavrularim",
    "kedim", "kopegim", "kusum",
)
_TR_PARENTS = (
    "babalari", "babasi", "anneleri", "annesi", "teyzeleri", "teyzesi", "ananeleri", "babaanneleri",
    "dayilari", "amcalari", "ablam", "kardesim",
)
_TR_FAMILY_TO = (
    "kizima", "ogluma", "cocuklarima", "cocuklara", "esime", "anneme", "babama", "aileme",
    "kardesime", "herkese", "evlatlarima",
)
# harmless uses: an old person's will, inheritance, a funeral fund; rope for a move or the
# washing; old medicine for the pharmacy; a trip or hospital stay; the last message for today;
# how to tell someone I love them; forgiveness before the pilgrimage; a care home
_TR_INHERIT = (
    "miras", "vasiyet", "varis", "veraset", "tapu", "noter", "sigorta", "cenaze fonu",
    "kimin ustune gecer", "mal varlig", "evim", "arsam",
)
_TR_MY_DEATH_SHORT = (
    "ben olunce", "ben oldukten sonra", "oldukten sonra", "ben olursem", "olumumden sonra",
    "benden sonra",
)

# "I've decided" said absolutely (no infinitive before it, unlike "sınava girmeye karar verdim")
_TR_DECIDED = (
    "kararimi verdim", "kararimi verdim artik", "kararim kesin", "karar verdim artik",
    "karar verildi", "bir karar verdim",
)
_TR_SEPS = (" ", ". ", ", ")
# what follows it in a farewell (not "yarın", not a plan)
_TR_DECIDED_END = (
    "hoscakal", "hosca kal", "elveda", "beni affe", "affet beni", "hakkini helal",
    "hakkinizi helal", "ozur dilerim", "artik yeter", "artik bitti", "her sey bitti",
    "kimse beni durduram", "yoruldum", "cok yoruldum", "her sey icin tesekkur",
    "her sey icin sag", "hersey icin tesekkur", "tesekkurler her sey", "tesekkurler hersey",
    "bu gece", "bu aksam", "herkese her sey", "herkese tesekkur", "hepinizi seviyorum",
)
# "tried last night, did not work"
_TR_TRIED = ("gece denedim", "gece denedim ama", "gece yine denedim")
_TR_FAILED = (
    "olmadi", "beceremedim", "basaramadim", "ise yaramadi", "uyandim", "yine uyandim",
    "hala yasiyorum", "kurtardilar", "olemedim", "hala buradayim",
)
# "tonight / this time I'll do it properly"
_TR_THIS_TIME = ("bu gece", "bu aksam", "bugun", "bu sefer", "bu kez")
_TR_PROPERLY = ("dogru duzgun", "duzgun", "adam gibi")
_TR_DO = ("yapaca", "yapica", "yapca", "bitirece", "bitirice")
# "after tomorrow nothing matters"
# (a keyword matches at any word start: "geceden sonra" is also "bu geceden sonra")
_TR_AFTER = (
    "yarindan sonra", "geceden sonra", "aksamdan sonra", "bugunden sonra", "cumadan sonra",
    "pazardan sonra", "sonundan sonra", "haftasonundan sonra", "haftadan sonra", "yarin",
    "sabaha",
)
_TR_NOTHING_MATTERS = (
    "hicbir seyin onemi", "hic bir seyin onemi", "hicbirseyin onemi", "hicbir sey onemli",
    "hic bir sey onemli", "hicbir sey fark etmez", "hicbir seyin anlami", "hicbir sey umurumda",
    "hicbirinin onemi", "bunlarin hicbiri",
)
# "after I'm gone" (not "ben işe gidince": the destination stands between)
_TR_GONE = ("ben gittikten sonra", "ben artik yokken", "ben artik olmadigimda",
            "ben aranizdan ayril")
_TR_DEPS = (
    "cocuk", "kizim", "kizlarim", "oglum", "ogullarim", "bebeg", "evlatlarim", "yavrularim",
    "kedim", "kopegim", "kusum",
)
_TR_DEPS_BARE = ("cocuklarim", "cocuklar", "kizim", "oglum", "bebegim", "kedim", "kopegim",
                 "evlatlarim")
_TR_CARE_WHAT = ("iyi birine", "birine", "baksin", "bakin", "sahip cik", "emanet")
# my dependants, bare, accusative, dative ("benden sonra kedimi iyi birine verin")
_TR_DEP_CASES = tuple(form for dep, acc, dat in (
    ("kizim", "kizimi", "kizima"), ("oglum", "oglumu", "ogluma"),
    ("bebegim", "bebegimi", "bebegime"),
    ("kedim", "kedimi", "kedime"), ("kopegim", "kopegimi", "kopegime"),
    ("cocuklarim", "cocuklarimi", "cocuklarima"), ("evlatlarim", "evlatlarimi", "evlatlarima"),
    ("cocuklar", "cocuklari", "cocuklara"),
) for form in (dep, acc, dat))
# keys left for whoever finds the flat
_TR_KEYS = ("anahtar", "anahtari", "anahtarlar", "anahtarlari", "anahtarim", "anahtarimi",
            "anahtarlarim")
_TR_KEY_PLACE = ("paspasin alt", "paspas alt", "posta kutus", "mektup kutus", "saksinin alt",
                 "briefkasten")
# moving out, holidays, a caretaker: keys and things given away for ordinary reasons
_TR_MOVING = (
    "tasin", "ev sahib", "kiraci", "depozito", "kaution", "hausmeister", "tatil", "izne",
    "temizlik", "misafir", "teslim", "eski ev", "yeni ev", "memlekete", "kesin donus",
    "turkiyeye don", "bagis", "ikinci el", "ilan", "sat",
)
# everything given away (ordinary before a move home, as a donation, sold)
_TR_GIVING_AWAY = ("tasin", "memlekete", "kesin donus", "turkiyeye don", "bagis", "ikinci el",
                   "ilan", "sat", "yeni ev", "eski ev", "kucul")
_TR_THINGS = ("esyalarimi", "esyalarimin hepsini", "her seyimi", "herseyimi", "neyim varsa",
              "neyim var neyim yok", "kiyafetlerimi", "sahip oldugum her seyi")
_TR_GAVE = ("dagittim", "dagitiyorum", "dagittim bile", "hediye ettim", "herkese dagit",
            "arkadaslara dagit", "arkadaslarima dagit", "komsulara dagit", "birilerine verdim")
# the means ready at a place
# (pills: "haplar" alarms on its own already)
_TR_MEANS = ("jilet", "jiletler", "jiletleri", "ip", "ipi", "halat", "ilaclar", "ilaclarim")
_TR_READY_AT = ("masada", "masanin ustunde", "banyoda", "yanimda", "onumde", "elimde",
                "odamda", "")
# a farewell followed by a dependant ("elveda, kızıma iyi bak")
_TR_BYE = ("elveda", "hoscakal", "hosca kal", "allahaismarladik", "hakkini helal et",
           "beni affet")
_TR_DEP_TO = ("kizim", "oglum", "cocuk", "kedim", "kopegim", "bebeg", "evlatlarim", "kizlarim",
              "ogullarim")
_TR_DEP_ACC = ("kizimi", "oglumu", "cocuklarimi", "cocugumu", "kedimi", "bebegimi",
               "evlatlarimi", "kopegimi")
# pills gathered for a while
_TR_PILLS = ("ilaclari", "ilaclarimi", "ilac", "hap", "uyku ilaclarini", "tabletleri",
             "antidepresanlari")
_TR_FOR_A_WHILE = ("bir aydir", "aylardir", "haftalardir", "gunlerdir", "uzun suredir",
                   "bir suredir", "gizlice")
# a minor about to be married
_TR_MINOR_AGES = tuple(str(age) for age in range(12, 18))

STEMS: tuple[str, ...] = (
    # ambulance, fire brigade, emergency number (police is a cry: "no police, just advice")
    "ambulans", "itfaiye", "acil servis", "acil durum",
    # violence, threats, weapons
    "dövdü", "dovdu", "dövül", "dovul", "dövecek", "dovecek", "dövmek",
    "vurdu", "vuracak", "tokat", "tekme", "boğazımı", "bogazimi", "boğdu", "boğuyor",
    "saldır", "saldir", "tehdit", "öldür", "oldur", "bıçak", "bicak", "tabanca", "kilitledi",
    "hapsetti", "çıkamıyorum", "cikamiyorum", "bırakmıyor", "birakmiyor",
    "kaçırıldı", "kacirildi", "kaçırdılar", "eve girmeye", "kapıyı kırıyor", "hırsız",
    "soyuldum", "gasp", "kapıyı kır", "kapiyi kir", "boğmaya", "bogmaya", "bana dokunuyor",
    "alıkoy", "alikoy", "dışarı çıkarmıyor", "disari cikarmiyor", "şantaj", "santaj",
    "zorla girdi", "aile içi şiddet", "aile ici siddet", "evde şiddet", "evde siddet",
    "şiddet gör", "siddet gor", "şiddet uygul", "siddet uygul", "beni itti", "merdivenden itti",
    "canımı yakacak", "canimi yakacak", "baltayla", "baltasıyla", "satırla", "satirla",
    "bana zarar ver", "zarar verecek",
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
    "kendini öldürecek", "kendini oldurecek", "intihar edecek", "atlayacağım", "atlayacagim",
    "atlayacak", "köprüdeyim", "koprudeyim", "çatıdayım", "catidayim", "çıkış yolu yok",
    "cikis yolu yok", "yaşamak istemiyor", "yasamak istemiyor", "ölmek istiyor",
    "olmek istiyor",
    # medical
    "kalp krizi", "felç", "felc", "bayıldı", "bayildi", "bayıl", "bilinci", "bilincini",
    "nefes alamı", "nefes alami",
    "kanama", "kan kaybı", "zehirlen", "göğsümde", "gogsumde",
    "göğüs ağrısı", "gogus agrisi", "nöbet geçir", "havale geçir", "sara nöbeti", "kaza$",
    "kaza geçir", "kazada", "pencereden düştü", "yaralandı",
    "yaralandi", "yaralı", "yarali", "yığıldı", "yigildi", "yere düştü", "yere dustu", "yuttu",
    "yuttum", "haşlan", "haslan", "kaynar su", "yanık", "yanik",
    "merdivenden düştü", "merdivenden dustu",
    "göğsüm", "gogsum", "zehir", "balkondan", "tüm hapları", "tum haplari", "bütün hapları",
    "butun haplari", "haplar", "kan kaybed", "kan geliyor", "kan akıyor", "kan akiyor",
    "nefes almakta zorlan", "nefes darlığı", "nefes darligi", "ilaç şişe", "ilac sise",
    "kendini bilmiyor", "kendinde değil", "kendinde degil", "alev aldı", "alev aldi", "tutuştu",
    "tutustu",
    "fazla ilaç", "fazla ilac", "ilaç fazla", "ilac fazla", "fazla hap", "aşırı doz",
    "asiri doz", "yerde yatıyor", "yerde yatiyor", "yerde yatan", "ezdi",
    "ezildi", "araba çarptı", "araba carpti", "arabanın altında", "arabanin altinda",
    "nefesi kesil", "nefes almakta", "göğüs ağrı", "gogus agri",
    "göğsü ağrı", "gogsu agri", "göğsünün ağrı", "gogsunun agri", "uyanamıyor", "uyanamiyor",
    "kendine gelmiyor",
    "kan dinmiyor",
    # a child missing or in danger
    "çocuğum kayıp", "cocugum kayip", "oğlum kayıp", "kızım kayıp", "kitada kayıp",
    "okulda kayıp", "evden kaçtı", "evden kacti", "eve gelmedi", "dönmedi",
    "donmedi", "okuldan gelmedi", "ortada yok",
    # fire, gas
    "yangın", "yangin", "yanıyor", "yaniyor", "duman", "gaz kokusu", "gaz kokuyor",
    "gaz sızıntısı",
    # stalking, forced marriage
    "takip ediyor", "peşimde", "pesimde", "peşimden", "beni izliyor", "zorla evlen",
    "zorla nikah", "zorla$",
    "kovalıyor", "kovaliyor", "kovalıyorlar", "kovaliyorlar", "beni takip",
    # shooting, explosives, attacks under way or planned
    "silah sesi", "silah sesleri", "silahlı", "silahli", "ateş ediyor", "ates ediyor",
    "ateş açtı", "ates acti", "ateş açıyor", "ates aciyor", "vuruldu", "kurşun sesi",
    "kursun sesi", "kurşunlandı", "kursunlandi", "bomba", "patlayıcı", "patlayici", "patlama",
    "patlat", "canlı bomba",
    # intruder in the home, kidnapping, locked in, not safe
    "kaçırmaya", "kacirmaya", "beni kaçır", "beni kacir", "kaçırıyor", "kaciriyor",
    "kaçıracak", "kaciracak", "arabaya zorla", "arabaya soktu", "arabaya sokuyor",
    "arabaya çek", "arabaya cek", "eve biri girdi", "evime biri girdi", "evde biri var",
    "evde yabancı", "içeride biri var", "iceride biri var", "camı kırdı", "cami kirdi",
    "kilitli kaldım", "kilitli kaldim", "kilitlendim", "beni kilitle", "saklanıyorum",
    "saklaniyorum", "evde güvende değil", "evde guvende degil", "güvende değilim",
    "guvende degilim",
    # danger
    "tehlikede", "hayatım tehlikede", "terör örgüt", "teror orgut",
    # locked in ("kapattı" folds to "kapati", inside "kapatıyorum")
    "kapattı$", "kapattılar", "beni kapat", "odaya kapat",
    # indirect suicidal wording, farewell letters, pills gathered
    "son günüm", "son gecem", "ilaçları biriktir", "hapları biriktir", "ilaç biriktir",
    "hap biriktir", "veda mektub", "veda notu", "bensiz daha iyi", "bensiz daha mutlu",
    "yük oluyorum", "artık burada olmayacağım", "bir daha uyanmamak", "uyuyup uyanmamak",
    "atlayacağ",
    # writing in secret or hiding from an abuser, someone waiting outside or at the door
    "sessiz yazıyorum", "sessizce yaz", "gizlice yaz", "fısıld", "saklandık",
    "saklandım", "kilitlendi", "banyoya kilit", "odaya kilit", "kapıyı zorl",
    "kapının önünde bekli", "evin önünde bekli", "telefonumu aldı", "bıçağ",
    # screams for help
    "yardım diye bağır", "imdat diye", "çığlık atıyor",
    # stroke signs, low blood sugar, choking, allergic shock, bites
    "yüzü kaydı", "yüzü kaymış", "ağzı kaydı", "ağzı kaymış", "dili dolaş",
    "boğazına kaç", "boğazına bir şey", "alerjik şok", "yılan soktu", "şekeri düştü",
    # heart, poisoning, labour, seizures, sugar, drowning, electric shock, bites, crashes,
    # blows heard, a child taken, locked in at work, shooting threats
    "göğsünde", "gogsunde", "kalbini tuttu", "ateşi 40", "atesi 40",
    "suyum geldi", "suyu geldi",
    "sancılar geliyor", "sancılar başladı", "sancılarım", "sancilar geliyor",
    "sancilar basladi", "sancilarim", "doğum başladı", "dogum basladi", "doğuruyor",
    "doguruyor",
    "kriz geçiriyor", "kriz geciriyor", "arabada sıkış", "araçta sıkış", "sıkışıp kaldı",
    "arabada sikis", "aracta sikis", "sikisip kaldi",
    "kımıldamıyor", "kimildamiyor", "havuza düştü", "havuza dustu", "suya düştü", "suya dustu",
    "suyun altında", "suyun altinda", "elektrik çarp", "elektrik carp", "kafamı duvar",
    "kafami duvar", "duvara vurdu", "bir daha göremez", "bir daha goremez", "bizi kilit",
    "içeri kilit", "iceri kilit",
    "sonsuza kadar git", "sonsuza dek git", "atlamak istiyor", "vuracağ", "vuracag",
    "gözlerini açmıyor", "gozlerini acmiyor", "uyandıramıyor", "uyandiramiyor",
    "çok uyuşturucu", "cok uyusturucu", "fazla uyuşturucu", "fazla uyusturucu", "kızgın yağ",
    "kizgin yag", "sıcak yağla", "sicak yagla", "vurma sesi", "vurma sesleri", "dayak sesi",
    "düşük yapıyor", "dusuk yapiyor",
    # implied danger: farewells, honour, abroad, someone outside, heat, cold, CO
    "beri uyanmad", "hala uyanmad", "uyanmadi ve", "dudaklari mor", "dudaklari mosmor",
    "dudaklari morar", "ihtiyacim olmayacak", "ihtiyacim kalmayacak", "yarini gorem",
    "seni bulacag", "namusumuzu kirlet", "namusunu kirlet", "namusumu kirlet",
    "bedelini odeyeceksin", "bedelini ödeyeceksin", "namus icin", "namus meselesi",
    "yasamayi hak etm",
    "evlendirece", "evlendirmek", "geri getirmiyor", "geri getirmed", "geri vermiyor",
    "kizimi kacir", "oglumu kacir", "cocugumu kacir", "kapimin onunde bekli",
    "kapinin onunde bekli", "kapimda bekli", "kapimda duru", "kapinin onunde duru",
    "gundur evde yalniz", "gundur yalniz", "gundur tek basina", "gunlerdir yalniz",
    "gunlerdir evde yalniz", "herkesle vedalas", "herkese veda", "veda mektubu",
    "terlemeyi birak", "terlemiyor", "gunes carp", "sicak carp", "kipkirmizi ve", "karda yat",
    "vucudu buz gibi", "buz gibi ve konusam", "buz gibi ve nefes", "hipoterm", "donarak ol",
    "soguktan donuyor", "cok usumus", "donmak uzere", "hepimizin basi agri",
    "hepimizin basi don", "herkesin basi agri", "basimiz donuyor", "soba zehirlen",
    "sobadan zehir", "karbonmonoksit zehir", "karbon monoksit zehir", "oldurece",
    "beni terk edersen", "beyzbol sopa", "sopasiyla", "sopayla",
    # spoken endings without r ("nefes almıyo"), chest pain with "çok", a numb arm, cold
    # sweat, dog bites, falls from scaffolding or a roof, a hand caught in a machine
    "nefes almıyo", "uyanmıyo", "kıpırdamıyo", "hareket etmiyo", "tepki vermiyo", "kalkamıyo",
    "ayılmıyo", "kan durmuyo", "boğuluyo", "kanıyo", "dövüyo", "vuruyo", "göğsü çok ağrı",
    "göğsü çok sancı", "göğsü fena ağrı", "göğsü sıkış", "soğuk soğuk terl", "soğuk ter dök",
    "soğuk terler dök", "kolu uyuş", "kolum uyuş", "köpek ısır", "köpeği ısır", "köpekler ısır",
    "köpek saldır", "köpekler saldır", "oğlumu ısırdı", "kızımı ısırdı", "çocuğumu ısırdı",
    "çocuğu ısırdı", "bebeği ısırdı", "bebeğimi ısırdı", "ısırdı kan", "bacağı parçalan",
    "kolu parçalan", "yüzü parçalan", "iskeleden düş", "çatıdan düş", "damdan düş",
    "yüksekten düş", "makineye kaptır", "eli makineye", "elini makineye", "kolunu makineye",
    "enkaz altında", "altında kaldı", "trenin önüne", "raylarda duru", "raylarda yat",
    "raylara yat", "rayların üstünde",
    # emergencies told calmly, after a greeting, thanks or a question about a service: a
    # handful of pills swallowed, ending it all tonight, a last message, voices ordering harm,
    # a stranger still at the door or luring a child into a car, someone trapped inside,
    # sweating and shaking, never waking up again, the worst headache, slurred speech, chest
    # pain spreading to the jaw or arm, a baby's chest pulling in, a whole box of pills, a
    # drain cleaner drunk, sparks from a socket
    "yutmus", "bir avuc hap", "bir avuc ilac", "avuc dolusu hap", "avuc dolusu ilac",
    "ilaclarindan bir avuc", "haplarindan bir avuc",
    *(f"{when} her {thing}" for when in ("bu gece", "bu aksam", "yarin sabah")
      for thing in ("seyi bitirece", "seye son verece", "sey bitecek")),
    "her seye son verece", "her seye son vermek isti", "son mesajim olacak",
    "son mesajimdir", "bu benim son mesajim", "kafamda ses", "kafamin icinde ses",
    "kafamdaki ses", "zarar vermemi", "oldurmemi soyl", "hala kapida", "hala kapinin onunde",
    "hala kapimin onunde", "hala evin onunde", "hala evimin onunde", "hala okulun onunde",
    "hala pencerenin onunde", "hala penceremin onunde",
    "tanimadigim bir adam", "tanimadigim bir erkek", "tanimadigim adam",
    *(f"{car} {call}" for car in ("arabasina", "arabaya", "arabasinin icine") for call in (
        "binmesini", "binmeye", "cagir", "davet", "bindirmeye", "bindirmek", "cekmeye",
    )),
    *(f"icinde {who}" for who in (
        "yasli bir", "yasli teyze", "yasli amca", "yasli kadin", "yasli adam", "biri var",
        "birisi var", "insan var", "insanlar var", "bebek var", "cocuk var", "cocugum var",
        "bebegim var", "adam var", "kadin var", "teyze var", "amca var", "komsu var",
        "komsum var", "mahsur",
    )),
    "mahsur kaldi", "mahsur kalmis",
    *(f"{first}{sep}{second}" for first, second in (
        ("terliyor", "titriyor"), ("titriyor", "terliyor"), ("terli", "titriyor"),
        ("ter icinde", "titriyor"), ("titreyip", "terliyor"),
    ) for sep in (", ", " ve ", " ")),
    "sirilsiklam terl", "bir daha uyanmam", "bir daha uyanmay", "olumcul doz",
    "oldurucu doz", "en kotu bas agrisi", "hayatimin en siddetli bas", "ani siddetli bas agri",
    "aniden cok siddetli bas", "sarhos gibi konus", "kolunu kaldiramiy", "kolunu kaldiramaz",
    "ceneye vuruyor", "cenesine vuruyor", "ceneme vuruyor", "sol koluna vuruyor",
    "sol kola vuruyor", "sol koluma vuruyor", "cenesine yayil", "sol koluna yayil",
    "kaburgalari cekil", "kaburga arasi cekil", "kaburgalarinin arasi cekil",
    "dudaklari gri", "dudaklari griles",
    *(f"{amount} {pills}" for amount in (
        "bir kutu", "butun kutu", "koca bir kutu", "bir paket", "butun paket",
    ) for pills in ("hap ic", "ilac ic", "hap yut", "ilac yut", "haplari ic", "ilaci ic")),
    "kutusunu bitirdi", "kutuyu bitirdi", "kutusunu icti", "kutuyu icti",
    *(f"{cleaner} {drank}" for cleaner in (
        "lavabo acici", "tuvalet temizleyici", "kirec cozucu", "deterjan", "temizlik malzemesi",
        "bulasik deterjani", "camasir suyundan", "lavabo acicidan", "deterjandan",
    ) for drank in ("icti", "icmis", "yuttu", "yutmus")),
    "kivilcim", "prizden duman", "prize su", "prizlere su", "su prize",
    # a rope ready, on the rails waiting for the train
    "kendimi asma", "ipi hazırla", "ip hazırla", "raylarındayım", "raylardayım",
    # someone pounding on the door, an ex outside it now
    "kapiyi yumrukl", "kapiya yumruk", "kapiyi yumruk", "kapiyi tekmel", "kapiya tekme",
    "kapiya vurup", "kapiya vurarak", "kapiya dayandi", "kapima dayandi", "kapimiza dayandi",
    *(f"{ex} {now}{at}" for ex in (
        "eski kocam", "eski esim", "eski sevgilim", "eski nisanlim", "eski erkek arkadasim",
        "eski kocasi", "eski esi", "beni doven",
    ) for now in ("", "su an ", "simdi ", "yine ") for at in (
        "kapida", "kapimda", "kapinin onunde", "kapimin onunde", "evin onunde",
        "evimin onunde", "apartmanin onunde", "disarida", "disarda", "kapiya geldi",
        "kapima geldi", "kapiya dayandi",
    )),
    # stroke signs: a face drooping to one side, speech gone suddenly (a car sliding to one
    # side is no sign)
    *(f"{face} {droops}" for face in ("yuzu", "yuzunun", "agzi", "agzinin", "dudagi")
      for droops in ("bir taraf", "bir yana", "tek taraf", "carpil", "yamul", "sarkt")),
    "konusmasi bozul", "konusmasi birden", "birden konusam", "aniden konusam",
    "kelimeleri cikaram", "kolunu oynatam", "kolunu kimildatam",
    # a throat closing, a tongue or lips swelling (a sting, a vaccine, food)
    *(f"{part} {swells}" for part in (
        "bogazi", "bogazim", "girtlagi", "girtlagim", "bogazinin ici",
    ) for swells in (
        "sisiyor", "sisiyo", "sismeye", "kapaniyor", "kapaniyo", "kapandi", "daraliyor",
        "daraliyo", "tikaniyor", "tikaniyo",
    )),
    *(f"{part} {swells}" for part in ("dili", "dudaklari", "dudagi")
      for swells in (
        "sisiyor", "sisiyo", "sismeye", "sisti", "sismis", "kabardi", "kabariyor",
    )),
    *(f"{part} {swells}" for part in ("dilim", "dudaklarim", "dudagim")
      for swells in ("sisiyor", "sisiyo", "sismeye", "kabariyor")),
    *(f"{a} ve {b} sis" for a in ("dudaklari", "dili", "bogazi", "yuzu", "gozleri")
      for b in ("dudaklari", "dili", "bogazi", "yuzu", "gozleri") if a != b),
    # an attack planned or a weapon shown: "okula silahla gidecek", "silahını gösterdi"
    *(f"{place} {armed}" for place in (
        "okula", "okuluna", "kiliseye", "camiye", "sinagoga", "havraya", "universiteye",
        "kursa", "meydana", "konsere", "stadyuma", "mahkemeye", "isyerine", "kreşe", "kitaya",
    ) for armed in ("silahla", "tabancayla", "tufekle", "silahini alip", "bombayla")),
    *(f"{armed} {go}" for armed in ("silahla", "tabancayla", "tufekle")
      for go in ("gid", "git", "gel", "gir", "bas", "saldir")),
    *(f"{armed} {place}" for armed in ("silahla", "tabancayla", "tufekle") for place in (
        "okula", "okuluna", "kiliseye", "camiye", "sinagoga", "havraya", "universiteye",
        "kursa", "meydana", "konsere", "stadyuma", "mahkemeye", "isyerine", "kreşe", "kitaya",
    )),
    *(f"{whose} {show}" for whose in (
        "silahi", "silahini", "silahini bana", "bana silah", "bana silahini", "tabancasini",
        "tabancayi", "tufegini",
    ) for show in ("goster", "cikar", "getir", "dogrult")),
    "silah tasiyor", "silah tasidigini", "silahla dolas", "okulu basaca", "kiliseyi basaca",
    "camiyi basaca",
    # "who looks after my children, my cat when I'm dead, if I'm no more, after me" (a death
    # conditional with a dependant or "who looks after"; an old person's will or a life insurance
    # is an idiom; not "ben olmazsam", "if I'm not there": who picks up my daughter from the Kita
    # while I'm at the doctor's)
    *(f"{dead}{sep}{dep}" for dead in _TR_MY_DEATH for sep in (" ", ", ")
      for dep in _TR_DEPENDENTS),
    *(f"{dep} {dead}" for dep in ("cocuklarim", "cocuklar", "kizim", "oglum", "bebegim", "kedim",
                                  "kopegim", "evlatlarim")
      for dead in _TR_MY_DEATH),
    *(f"{dead}{sep}kim {care}" for dead in (*_TR_MY_DEATH, "benden sonra")
      for sep in (" ", ", ") for care in ("bak", "ilgilen", "sahip cik", "buyut")),
    *(f"benden sonra {who} bak" for who in _TR_PARENTS),
    *(f"{dep} benden sonra {what}" for dep in (
        "cocuklarim", "cocuklar", "kizim", "oglum", "bebegim", "kedim", "kopegim", "evlatlarim",
    ) for what in ("kime", "ne olacak", "ne olur", "kim bak")),
    *(f"benden sonra {dep}{case} {what}" for dep in (
        "cocuklarim", "cocuklar", "kizim", "oglum", "bebegim", "kedim", "kopegim", "evlatlarim",
    ) for case in ("", "a", "i", "u", "e") for what in ("kime", "ne olacak", "ne olur", "kim")),
    # "I won't be alive", "my death" (who reports it), farewell to life
    "hayatta olmayacagim", "hayatta olmiycam", "hayatta olmayacam", "ben artik yasamayacag",
    "ben yasamayacag", "olumumu", "hayata veda", "dunyaya veda", "hayata gozlerimi yum",
    "bu dunyadan gidece", "bu dunyadan gidiyorum", "olmeye karar", "yasamamaya karar",
    "her seyi bitirmeye karar", "herseyi bitirmeye karar", "olmeyi denedim", "olmeye calistim",
    "olmeyi denemis",
    # a farewell: "this is my last message", goodbye to everyone, forever
    "bu son mesajim$", "son mesajim bu", "bu son mesajimdir", "son mesajimi yaziyorum",
    "elveda dunya", "hoscakal dunya", "sonsuza dek hoscakal", "sonsuza kadar hoscakal",
    "bir daha hicbir yere gelmeyecegim", "hicbir yere gelmeyecegim", "benden bir daha haber",
    # a burden to everyone, everyone relieved without me (a care home is an idiom)
    "herkese yuk oldum", "herkese yuk oluyorum", "yuk oldum", "kimseye yuk olmayayim",
    "kimseye yuk olmamak icin", "kimseye yuk olmak istemiyorum", "kimseye yuk olmak istemedim",
    *(f"{if_} herkes {relieved}" for if_ in (
        "gidersem", "olursem", "ben olmazsam", "olmazsam", "bensiz", "ben gidince", "ben olunce",
        "ben olmayinca", "ben olmasam",
    ) for relieved in ("rahat", "kurtul", "mutlu ol")),
    # "just wanted someone to know", "don't know why I'm writing here", "after tonight nobody
    # should call me", "tomorrow nothing will matter", "after tomorrow is no worry"
    "biri bilsin istedim", "birinin bilmesini istedim", "sadece birine soylemek istedim",
    "birine soylemek istedim", "bi yerde yazili kalsin", "bir yerde yazili kalsin",
    "yazili kalsin istedim", "kimse uzulmesin", "ben gidince kimse",
    *(f"{why} {write} bilmiyorum" for why in ("neden", "niye", "nicin")
      for write in ("buraya yaziyorum", "yaziyorum", "size yaziyorum", "sana yaziyorum",
                    "bunu yaziyorum", "buraya yazdim")),
    *(f"{after} {who}" for after in ("bu aksamdan sonra", "bu geceden sonra")
      for who in ("beni kimse", "beni aramayin", "kimse beni")),
    "yarindan sonrasi dert", "yarindan sonrasi onemli", "yarindan sonrasi yok",
    "yarindan sonrasini dusun", "sonrasini dusunmeme gerek yok", "sonrasini dusunmem gerekmiyor",
    "yarin hicbir sey fark etmeyecek", "yarin hicbir seyin onemi", "hicbir seyin onemi kalmayacak",
    "ben artik yokum", "artik ben yokum", "yarin ben yokum artik", "ben yokum artik",
    "ben kendime bakamadim",
    # "nobody can look after it from tomorrow" (a pet; a trip or a hospital stay is an idiom), "I
    # won't need it anyway", debts not to be left to the family
    "yarindan itibaren kimse bakamaz", "kimse bakamayacak", "bakacak kimse kalmayacak",
    "bakacak kimse olmayacak", "nasilsa lazim olmayacak", "nasilsa bana lazim olmayacak",
    "bana artik lazim olmayacak", "artik bana lazim olmayacak", "nasilsa ihtiyacim kalmayacak",
    *(f"{debt} {whom} kalmasin" for debt in ("borcu", "borcum", "borclarim", "borclar", "borcum da")
      for whom in ("anneme", "esime", "cocuklarima", "aileme", "kimseye", "kardesime", "babama",
                   "ogluma", "kizima")),
    # means acquired: a rope, razor blades, many pills bought or gathered (rope for a move, a
    # washing line; old medicine for the pharmacy are idioms)
    "ip aldim", "bir ip aldim", "ip satin aldim", "saglam bir ip", "kalin bir ip", "yanimda ip",
    "balkonda ip", "tavana ip", "ipi tavana", "ipi bagladim", "ip bagladim", "ipi hazir",
    "jilet aldim", "jilet satin", "jilet hazir", "jiletler hazir", "jiletleri hazirla",
    "jiletleri aldim", "yanimda jilet", "elimde jilet", "bir paket jilet",
    "bir suru hap aldim", "bir suru hap ictim", "bir suru hap yuttum", "bir suru hap biriktir",
    "bir suru ilac aldim", "bir suru ilac ictim",
    *(f"{meds} {also}topladim" for meds in ("ilaclari", "haplari", "ilaclarimi", "haplarimi")
      for also in ("", "da ", "zaten ", "da zaten ", "coktan ", "coktan ", "de ")),
    "butun ilaclari topla", "tum ilaclari topla", "evdeki ilaclari topla", "biriktirdigim ilac",
    "biriktirdigim hap", "ilaclar onumde", "haplar onumde", "ilaclarim onumde",
    # letters, voice messages, passwords and a will left for the family to find
    *(f"{whom} {a}mektup {wrote}" for whom in _TR_FAMILY_TO
      for a in ("", "bir ", "birer ", "son bir ") for wrote in ("yazdim", "biraktim", "yazip")),
    "ses kaydi biraktim", "ses kaydi birakt", "video kaydi biraktim", "sifrelerimi bir zarfa",
    "sifrelerimi zarfa", "sifreleri bir zarfa",
    "sifrelerimi yazip biraktim", "sifrelerimi bir kagida", "vasiyetimi yazdim masa",
    "vasiyetimi masa", "vasiyetimi biraktim", "vasiyetimi yazip biraktim", "vasiyetim masada",
    "beni kim bulursa", "beni kimse bulmasin", "kimse beni bulmasin", "beni bulduklarinda",
    # tell them I love them, that papa loved them; sorry for everything; asked everyone's
    # forgiveness (before a pilgrimage is an idiom)
    "sevdigimi soyleyin", "sevdigimi soyler mis", "sevdigimi soyle$", "onlari hep sevdi de",
    "onlari hep sevdigini", "onlari cok sevdigimi", "hep sevdigimi", "onlari sevdigimi",
    "ozur diledigimi soyle", "her sey icin ozur dilerim", "her seyden ozur dilerim",
    "herseyden ozur dilerim", "ozur dilerim herseyden", "ozur dilerim her seyden",
    "ozur dilerim her sey icin", "cocuklarimdan ozur dile",
    "herkesten helallik", "helallik istedim", "kimseye kizgin degilim",
    # at the bridge, the water, the roof or the rails, quietly going tonight, ending it all
    # (spoken "bitircem")
    "koprunun ustundeyim", "koprunun uzerindeyim", "koprunun kenarindayim", "kopru korkulugu",
    "korkulugun ustundeyim", "bu gece kopru", "bu aksam kopru", "koprunun oraya gid",
    "su cok sakin gorunuyor",
    "su cok soguk gorunuyor", "catisindayim", "catinin ustundeyim", "catinin kenarindayim",
    "son kez bakmak istedim", "trenleri sayiyorum", "gecen trenleri say",
    "dayanacak gucum kalmadi", "dayanacak gucum yok", "sessizce gidecegim", "sessizce gidecem",
    "sessizce gidicem",
    *(f"{all_} {end}" for all_ in ("her seyi", "herseyi") for end in (
        "bitircem", "bitiricem", "bitirecem", "bitirecegim", "bitirmeye karar",
    )),
    "herseye son verece", "herseye son vercem", "her seye son vercem",
    # kept in: the door always locked, not allowed out of the house or the workplace
    "kapi hep kilitli", "kapilar hep kilitli", "kapiyi hep kilitli tut", "ustumuze kilitl",
    "uzerimize kilitl",
    *(f"{place} {allowed}" for place in (
        "evden", "depodan", "odadan", "konteynerden", "ciftlikten", "fabrikadan", "isyerinden",
        "binadan", "yurttan", "odamdan",
    ) for allowed in (
        "cikmama izin vermiy", "cikmamiza izin vermiy", "cikmama izin yok", "cikmamiza izin yok",
        "cikmami yasakla", "cikmamizi yasakla", "cikmama izin vermed", "cikmamiza izin vermed",
        "cikmama musaade etmiy", "cikmamiza musaade etmiy", "cikarmiyorlar",
    )),
    # passports and phones of the workers taken, the family threatened
    *(f"pasaportlarimizi {took}" for took in (
        "aldi", "aldilar", "topladi", "topladilar", "vermiyor", "vermiyorlar", "ellerinde",
        "elimizden",
    )),
    "pasaportlarimiz onlarda", "pasaportlarimiz patronda", "pasaportlarimiz patronun",
    "pasaportlarimiz firmada",
    *(f"{boss} {phones}" for boss in (
        "patron", "ustabasi", "isveren", "firma", "sirket", "araci", "sef", "patronumuz",
    ) for phones in ("telefonlari topladi", "telefonlarimizi aldi", "telefonlarimizi topladi")),
    "ailene zarar ver", "ailene bir sey yapar", "zarar veririz",
    "aileme zarar", "ailemi oldurur",
    # a forced engagement or marriage ("nişan için köye götürecekler")
    "nisan icin gotur", "goturecekler nisan", "beni nisanlayacak", "beni nisanliyorlar",
    "zorla nisanl", "beni evlendirmek icin", "beni zorla nisan", "nisanlamak istiyorlar beni",
    "beni nisanlamak isti",
    # a laundry pod bitten, foaming at the mouth; falls from a bunk bed, vomiting after a fall,
    # the head hit; a child lost on an outing
    "kapsulunu isir", "kapsulu isir", "kapsul isir", "kapsulu yut", "kapsul yut", "kapsulunu yut",
    "agzi kopuruyor", "agzi kopurdu", "agzindan kopuk",
    "ranzadan dustu", "ranzadan dus", "dustu kustu", "dustu ve kustu", "dustukten sonra kust",
    "dustu sonra kust", "yataktan dustu kust", "yataktan dustu ve kust", "kafasini carpti",
    "basini carpti", "kafasinin ustune dustu", "basinin ustune dustu", "kafa ustu dustu",
    *(f"{child} kaybol" for child in (
        "cocugum", "kizim", "oglum", "bebegim", "cocugumuz", "gezi sirasinda",
    )),
    # threats to burn a home, a mosque or a Heim; a group following, shouting "Ausländer raus"
    *(f"{what} {burn}" for what in (
        "camiyi", "evi", "evinizi", "evimizi", "evini", "yurdu", "yurdunuzu", "yurdumuzu", "heimi",
        "heim'i", "binayi", "binanizi", "sizi", "hepinizi", "kiliseyi", "dukkani", "dukkanimizi",
        "arabanizi",
    ) for burn in ("yakacag", "yakariz", "yakarlar", "yakmakla tehdit", "atese verece")),
    "auslander raus diye", "arkamdan biri geliyor", "arkamdan birileri",
    "arkamdan adamlar", *(f"arkamdan {n} kisi" for n in (
        "2", "3", "4", "5", "6", "7", "8", "10", "iki", "uc", "dort", "bes", "birkac", "bir kac",
    )),
    # "I've decided" + a farewell, thanks for everything, forgive me, tonight
    *(f"{decided}{sep}{end}" for decided in _TR_DECIDED for sep in _TR_SEPS
      for end in _TR_DECIDED_END),
    # "tried last night, it didn't work"; "tonight I'll do it properly"; nobody saves me this time
    *(f"{tried}{sep}{failed}" for tried in _TR_TRIED for sep in (" ", ", ", ". ")
      for failed in _TR_FAILED),
    *(f"denedim{sep}hastanede uyandim" for sep in (" ", ", ", " ama ", ", ama ", ". ")),
    "midemi yika", "midem yikandi", "bu gece kopruye", "bu aksam kopruye",
    "telefonumu kapatmadan once",
    *(f"{when} {properly} {do}" for when in _TR_THIS_TIME for properly in _TR_PROPERLY
      for do in _TR_DO),
    *(f"bu {time} {nobody}" for time in ("sefer", "kez", "defa", "gece")
      for nobody in ("kimse beni kurtaram", "kimse kurtaramaz", "beni kimse kurtaram",
                     "kimse beni durduram", "beni kimse durduram", "uyanmayaca",
                     "kimse beni bulamaya", "beni kimse bulamaya")),
    # "after tomorrow / tonight nothing matters"
    *(f"{after} {nothing}" for after in _TR_AFTER for nothing in _TR_NOTHING_MATTERS),
    # "after I'm gone, my daughter...", "my cat after me to someone good"
    *(f"{gone}{sep}{dep}" for gone in _TR_GONE for sep in (" ", ", ") for dep in _TR_DEPS),
    *(f"{gone}{sep}kim {care}" for gone in _TR_GONE for sep in (" ", ", ")
      for care in ("bak", "ilgilen", "sahip cik", "buyut", "alacak")),
    *(f"{dep} benden sonra {what}" for dep in _TR_DEPS_BARE for what in _TR_CARE_WHAT),
    *(f"benden sonra {dep} {what}" for dep in _TR_DEP_CASES for what in _TR_CARE_WHAT),
    # keys under the mat, in the letterbox
    *(f"{keys} {place}" for keys in _TR_KEYS for place in _TR_KEY_PLACE),
    # everything given away
    *(f"{things} {gave}" for things in _TR_THINGS for gave in _TR_GAVE),
    # "you won't hear from me again", "you won't see me again"
    "bir daha benden haber", "benden haber alamaya", "benden haber alamazsiniz",
    "benden haber alamazsin", "bir daha benden ses", "benden bir daha ses",
    "bir daha beni goremeyecek", "beni bir daha goremeyecek", "beni bir daha gormeyecek",
    "bir daha beni gormeyecek", "bir daha beni duymayaca", "beni bir daha duymayaca",
    "beni bulmaya calismayin", "beni aramaya calismayin", "beni bulmaya calisma$",
    # at the bridge or the water, standing there
    "koprude duruyorum", "koprunun ustunde duruyorum", "koprunun uzerinde duruyorum",
    "koprunun ortasindayim", "koprunun ortasinda duruyorum", "koprunun korkulug",
    "korkuluga ciktim", "korkulugun uzerindeyim", "kanalin kenarindayim",
    "nehrin kenarindayim", "suyun kenarindayim", "su cok derin gorunuyor",
    "asagisi cok derin", "en ust kattayim ve", "catinin ucundayim",
    # forgive me for everything; forgive my debts ("hakkınızı helal edin"; a pilgrimage, the army
    # or a move are idioms)
    *(f"{all_} {forgive}" for all_ in ("her sey icin", "hersey icin", "her seyi icin")
      for forgive in ("beni affet", "beni affedin", "affet beni", "affedin beni", "affet",
                      "affedin")),
    *(f"{forgive} {all_}" for all_ in ("her sey icin", "hersey icin")
      for forgive in ("beni affet", "beni affedin", "affet beni", "affedin beni")),
    "hakkini helal et", "hakkinizi helal ed", "haklarinizi helal ed", "hakkini helal ed",
    "helal edin hakkinizi", "hakkini helal eyle",
    # blades, a rope, pills ready on the table, in the bathroom
    *(f"{means} {at}{sep}{ready}" for means in _TR_MEANS for at in _TR_READY_AT
      for sep in ((" ",) if at else ("",)) for ready in ("hazir", "bekliyor")
      if at or not means.startswith("ilac")),
    "jiletleri cikardim", "jiletleri hazirladim", "jiletleri masaya", "jiletleri yanima",
    "jiletleri banyoya", "jiletle kendimi", "jiletle bilek",
    # a farewell and a child entrusted ("elveda, kızıma iyi bak"; "oğlumu sana emanet ediyorum")
    *(f"{bye}{sep}{dep}" for bye in _TR_BYE for sep in (", ", " ")
      for dep in _TR_DEP_TO),
    *(f"{dep} {entrust}" for dep in (*_TR_DEP_ACC, "kizim", "oglum", "cocuklarim", "cocugum",
                                     "kedim", "bebegim", "evlatlarim")
      for entrust in ("sana emanet", "size emanet", "allaha emanet")),
    # a friend's farewell message (a colleague leaving a job or a course is an idiom)
    "veda mesaji atti", "veda mesaji gonderdi", "veda mesaji yolladi", "veda mesaji birakti",
    *(f"benim yerime {kiss}" for kiss in ("op", "saril", "sarilin", "sahip cik")),
    # pills gathered for a month
    *(f"{pills} {while_} {gather}" for pills in _TR_PILLS for while_ in _TR_FOR_A_WHILE
      for gather in ("biriktir", "sakl")),
    *(f"{while_} {pills} biriktir" for pills in _TR_PILLS for while_ in _TR_FOR_A_WHILE),
    *(f"{pills} biriktir" for pills in _TR_PILLS),
    # "I only wanted to say goodbye" (a move or a course ending is an idiom)
    "sadece hoscakal demek istedim", "sadece hosca kal demek istedim",
    "hoscakal demek istedim", "hosca kal demek istedim", "veda etmek istedim",
    "vedalasmak istedim", "son bir kez veda", "son kez veda",
    # forced marriage: married off, to a stranger, a minor
    "evlendiriyor", "evlendirilece", "evlendirilmek", "evlendirmeye", "evlendircek",
    "evlendiricek", "evlendirilcem", "evlendirilecem", "evlendirilicem",
    *(f"{stranger} {with_} evlen" for stranger in (
        "tanimadigim", "hic tanimadigim", "hic gormedigim", "istemedigim", "hic bilmedigim",
        "yasli bir", "yasca buyuk bir", "benden cok buyuk bir",
    ) for with_ in ("biriyle", "birisiyle", "bir adamla", "adamla", "bir erkekle", "erkekle",
                    "bir kadinla", "kuzenimle", "akrabamla")),
    "evlenmek zorunda", "evlenmem gerekiyormus", "evlenmem lazimmis", "evlenmem gerekecek",
    "evlenmemi istiyorlar", "evlenmem icin zorl", "evlenmeye zorl", "beni evlenmeye",
    "beni kocaya ver", "kocaya verecek", "kocaya vermek", "beni vermek istiyorlar",
    "baslik parasi karsilig", "beni nisanla", "beni bir adama ver", "beni birine verece",
    "beni yasli bir adama", "adama verecekler", "adama vermek isti", "beni kuma", "kuma olarak",
    "evlenmem icin gotur", "evlenmem icin turkiye", "nikah icin gotur",
    *(f"{age} yasindayim{sep}{marry}" for age in _TR_MINOR_AGES for sep in (" ", ", ")
      for marry in ("evlen", "beni evlen", "zorla")),
)

CRIES: tuple[str, ...] = (
    # calls for help and rescue
    "imdat", "yardım edin", "yardim edin", "kurtarın", "kurtarin", "beni kurtar", "yetişin",
    "yetisin", "bırak beni", "birak beni", "yaklaşma", "yaklasma", "çabuk gelin",
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
    # alarming alone, ordinary next to a service: accidents, threats, no answer
    "cevap vermiyor", "yanıt vermiyor", "yanit vermiyor", "kazası", "kazasi",
    # nobody opens, crying for hours, carbon monoxide
    "kimse kapiyi acmiyor", "kapiyi acmiyor", "saatlerdir agliyor", "telefonu acmiyor",
    "karbonmonoksit", "karbon monoksit",
)

SERVICE_WORDS: tuple[str, ...] = (
    # services, their paperwork and documents ("my passport is lost")
    "iş bul", "iş ara", "iş ilan", "iş yeri", "işyeri", "cv$", "özgeçmiş", "ozgecmis",
    "başvuru", "basvuru", "kurs", "ders", "kreş", "kres", "anaokul", "kita", "bakım", "bakim",
    "bakıcı", "bakici", "staj", "form", "doldur", "pasaport", "kimlik", "kart$", "kartı",
    "karti", "kartım", "kartim", "oturum", "belge", "evrak", "cüzdan", "cuzdan", "tercüme",
    "tercume", "çeviri", "ceviri", "randevu", "danışman", "danisman", "etkinlik", "açık mı",
    "acik mi", "menü", "menu", "eşya", "esya", "büro", "buro", "ev arıyorum", "ev ariyorum",
    "ev arıyoruz", "ev ariyoruz", "öğren", "ogren", "sınav", "sinav",
    "sınır dışı", "sinir disi", "kağıt", "kagit", "sınırdışı", "deport", "silin", "silmek",
    "sil$", "silebilir", "patron", "ev sahibi", "kira", "işten çıkar", "isten cikar",
    # thanks, "not urgent", "help me with ..."
    "bulmama yardım", "bulmama yardim", "acil değil", "acil degil", "teşekkür", "tesekkur",
    "sağol", "sagol",
    # worries about radicalisation, "no police, just advice" (find_prevention_help)
    "radikal", "grup$", "işid", "isid", "cihat", "aşırı", "asiri", "polise gitmek istemiyorum",
    "polis istemiyorum", "tavsiye", "cihad", "sempati",
    # opening hours, the bot itself, broken devices
    "iş arı", "ne işe yarı", "çalışma saat", "açılış", "dondu", "donmuş", "bozuldu", "şarj",
    "tarif",
    # registering an address with the police
    "kaydet", "kayıt", "kayit",
    # insurance after an accident
    "sigorta",
    # teaching children how to call 112
    "öğretmek", "öğretmeli", "öğretebil", "öğretece", "öğretiyorum", "öğretelim", "öğretir",
    # a criminal-record certificate from the police, the lost-property office
    "sabika", "adli sicil", "iyi hal belgesi", "fuhrungszeugnis", "fundburo", "fundbuero",
    "kayip esya",
    # just asking, to know ("bilgi olsun diye soruyorum, polisin numarası 110 mu?")
    "sadece merak", "merak ettim", "bilgi olsun diye", "bilgi icin soruyorum",
    "oylesine soruyorum",
)

IDIOMS: tuple[str, ...] = (
    # a clothes size
    "beden 110",
    # hyperbole: dying of boredom, killed by letters, a heart attack from forms
    "mektuplarla beni öldür", "formlarla beni öldür", "evraklarla beni öldür",
    "kağıtlarla beni öldür", "öldüresiye çalış", "kalp krizi geçirece", "açlıktan öl",
    "gülmekten öl", "sıkıntıdan öl", "meraktan öl", "herkes bizi öldür", "hayatımı kurtardın",
    "evraklar beni öldür", "kağıtlar beni öldür", "bürokrasi beni öldür", "sınav beni öldür",
    "sıcak beni öldür", "sıcaktan öl", "yorgunluktan öl",
    # ordinary threats: a boss, landlord or office threatening to fire or evict
    "atmakla tehdit", "çıkarmakla tehdit", "kovmakla tehdit",
    # negated alarms, thanks, ordinary things that burn or explode
    "acil durum değil", "acil değil",
    # a job at the fire brigade, fire extinguishers, smoke detectors, violent games
    "itfaiyede çalış", "itfaiyede calis", "itfaiyeci olmak", "yangın söndürücü",
    "yangin sondurucu", "duman dedektör", "duman dedektor", "acil servis … açık",
    "acil servis … acik",
    # the lost-property office; forms that ask for an emergency contact or plan (the Kita's
    # Notfallkontakt)
    "kayıp eşya", "acil durum form", "acil durum iletişim", "acil durum kişi",
    "acil durum plan", "acil durumda aranacak", "acil durumda ulaşılacak",
    "acil durumda kimi aray", "acil durum telefon numarası yaz", "acil durum numarası yaz",
    "acil durumda … izni", "acil durumda … izin formu",
    # courses and projects about violence, old falls, goodbyes to a job
    "siddet hakkinda", "siddete karsi … proje", "namus cinayetlerine karsi",
    "namus cinayeti hakkinda", "karbonmonoksit dedektor", "karbon monoksit dedektor",
    # an ATM swallowing a card is no swallowed object
    "kart … yut", "atm … yut", "bankamatik … yut",
    # chest pain that turned out to be a muscle; violence suffered years ago, told to ask
    # for a residence permit
    *(f"{pain} {cause}" for pain in (
        "gogus agrisi", "gogus agrim", "gogus agrisinin", "gogsumdeki agri", "gogsumun agrisi",
    ) for cause in (
        "kastan", "kaslardan", "kas kaynakli", "kas agrisi", "zararsiz cikti", "gecti",
    )),
    *(f"{ago} {from_}siddet gor" for ago in (
        "yillar once", "yil once", "sene once", "seneler once", "eskiden", "gecmiste",
        "uzun zaman once",
    ) for from_ in ("", "eski esimden ", "eski kocamdan ", "esimden ", "kocamdan ")),
    # a past-only form of an accident, stroke, fire or violence long ago ("geçen sene yangın
    # çıkmıştı", "yıllar önce eski eşim bana şiddet uyguluyordu"); "‥" stops at now-words
    *(f"{ago} ‥ {event}" for ago in _TR_AGO for event in _TR_LONG_PAST),
    *(f"{ago} {event}" for ago in _TR_AGO for event in _TR_SIMPLE_PAST),
    # things that "will kill me" or "kill a person" ("bu kuyruk adamı öldürür", "bu Jobcenter
    # evrakları beni öldürecek"), a mother or boss who "will kill me" if I am late, killing
    # time ("vakit öldürüyorum")
    *(f"{thing} {whom} öldür" for thing in _TR_KILLERS for whom in ("beni", "adami", "insani")),
    *(f"{late} ‥ {who} beni öldür" for late in _TR_LATE for who in _TR_SCOLDERS),
    *(f"{who} beni öldür ‥ {late}" for late in _TR_LATE for who in _TR_SCOLDERS),
    # a parcel service not answering ("DHL cevap vermiyor")
    *(f"{company} {no}" for company in (
        *PARCEL_SERVICES, "kargo", "kargocu", "kargo firmasi", "kargo sirketi", "kurye",
    ) for no in (
        "cevap vermiyor", "yanit vermiyor", "cevap vermedi", "donus yapmiyor",
        "telefonu acmiyor",
    )),
    "vakit öldür", "zaman öldür", "vaktimi öldür", "vakti öldür", "zamani öldür",
    # a heart "burning" with grief or longing ("memleket için yüreğim yanıyor")
    "yüreğim yan", "yüreğimiz yan", "yüreği yan", "ciğerim yan", "ciğerimiz yan",
    # becoming a firefighter, the volunteer fire brigade, a visit or a toy fire engine
    "itfaiyeci ol", "itfaiyeci nasıl ol", "nasıl itfaiyeci", "itfaiyecilik", "gönüllü itfaiye",
    "itfaiyeye katıl", "itfaiye eğitim", "itfaiye okulu", "itfaiyede iş", "itfaiyede staj",
    "itfaiyede gönüllü", "itfaiye ziyaret", "itfaiyeyi ziyaret", "itfaiye istasyonunu ziyaret",
    "oyuncak itfaiye", "itfaiye oyunca", "itfaiye arabası oyunca",
    # a job in an emergency department or an ambulance ("acil serviste hemşireydi")
    *(f"{where} {job}" for where in ("acil serviste", "acil servis", "acilde", "ambulansta",
                                     "ambulans")
      for job in (
        "hemşireydi", "hemşireyim", "hemşire olarak", "hemşirelik", "doktordu", "doktorum",
        "doktor olarak", "şoför olarak", "sürücü olarak", "çalış", "iş bul", "iş ar",
        "şoförü ol", "şoförlüğ", "şoförüydü", "paramedik", "teknisyen", "staj", "tecrübe",
        "deneyim",
      )),
    *(f"{job} olarak {where}" for job in ("hemşire", "doktor", "paramedik", "şoför", "sofor")
      for where in ("acil", "ambulans")),
    "acil tıp teknisyen", "acil tip teknisyen",
    # fire safety talks, drills and training ("Kita'daki yangın güvenliği sunumu")
    "yangın güvenliğ", "yangın tatbikat", "yangın eğitim", "yangın önleme", "yangından korunma",
    "yangın sigorta", "yangın söndürme tüp", "yangın söndürme kurs", "yangın battaniye",
    # knife-sharp cold, on a knife's edge, fed up ("bıçak kemiğe dayandı")
    "bıçak gibi soğuk", "soğuk bıçak gibi", "ayaz bıçak gibi", "bıçak gibi ayaz",
    "rüzgar bıçak gibi", "bıçak gibi rüzgar", "bıçak sırtı", "bıçak kemiğe",
    # faster than an ambulance or the police: praise for a quick answer
    *(f"{svc} {more}{fast}" for svc in (
        "ambulanstan", "ambulanslardan", "polisten", "polislerden", "itfaiyeden",
        "acil servisten", "acilden",
    ) for more in ("", "daha ", "bile ", "bile daha ") for fast in ("hizli", "cabuk", "seri")),
    # a fire, blast or attack in the news ("fabrika yangını haberini gördünüz mü"; not
    # "haber verdim", "I called them")
    *(f"{event} {news}" for event in (
        "yangin", "yangini", "patlama", "patlamasi", "kaza", "kazasi", "saldiri", "saldirisi",
        "deprem", "cinayet", "bicaklama", "silahli saldiri", "kavga", "sel",
    ) for news in ("haberi", "haberini", "haberleri", "haberlerini", "haberinde")),
    *(f"{news} ‥ {event}" for news in (
        "haberlerde", "haberde", "haberlerden", "gazetede", "televizyonda",
    ) for event in (
        "yangin", "patlama", "kaza", "saldiri", "bicak", "silah", "ates", "deprem", "cinayet",
    )),
    # a joke about the police or the fire brigade ("polisle ilgili bi fıkra anlat")
    *(f"{svc} … {about} … {joke}" for svc in ("polis", "itfaiye", "ambulans")
      for about in ("ilgili", "hakkinda", "uzerine") for joke in ("fikra", "saka", "espri")),
    *(f"{svc} {joke}" for svc in ("polis", "itfaiyeci", "itfaiye")
      for joke in ("fikra", "sakasi", "esprisi")),
    # the police or the fire brigade giving a talk at a school or a Kita
    *(f"{svc} … {talk}" for svc in ("polis", "polisler", "itfaiye", "itfaiyeciler")
      for talk in (
        "anlatacak", "sunum", "seminer", "bilgilendirme", "konferans", "egitim verecek",
        "egitimi verecek", "ders verecek", "internet guvenligi", "trafik guvenligi",
        "guvenlik egitimi", "ziyaret edecek", "okula gelecek", "okula gelip",
      )),
    "itfaiye gunu", "itfaiye haftasi", "polis gunu", "polis haftasi",
    # the ambulance or the police came and all is well now (thanks, not a call)
    *(f"{svc} {came} … {well}" for svc in ("ambulans", "polis", "itfaiye")
      for came in ("geldi", "gelip", "geldiler") for well in (
        "hastanede", "hastaneye", "durumu iyi", "durumu stabil", "iyi durumda", "iyiyiz",
        "tehlikeyi atlatti", "cok sukur", "her sey yolunda",
      )),
    # a number asked "just to know", "nothing is happening now"; no emergency at all
    *(f"{asking} … {svc}{num}" for svc in _TR_SERVICE_STEMS for asking in _TR_JUST_ASKING
      for num in ("", " … 110", " … 112")),
    *(f"{svc} … {asking}" for svc in _TR_SERVICES for asking in _TR_JUST_ASKING),
    "acil bir durum yok", "acil bi durum yok", "acil durum yok",
    # a mother or teacher who "will kill me" if a course is not taken, or joking
    *(f"{unless} ‥ {who} beni öldür" for unless in _TR_UNLESS for who in _TR_SCOLDERS),
    *(f"{who} beni öldür ‥ {unless}" for unless in _TR_UNLESS for who in _TR_SCOLDERS),
    *(f"{who} beni {kills} {laugh}" for who in _TR_SCOLDERS
      for kills in ("oldurur", "oldurecek", "olduruyor", "oldurcek")
      for laugh in ("😂", "🤣", "😅", "😆", "haha")),
    # a shift in the emergency department ("acil serviste gece vardiyasında çalışıyorum")
    *(f"{where} … {job}" for where in ("acil serviste", "acilde", "ambulansta") for job in (
        "calis", "vardiya", "nobet", "hemsire", "staj", "paramedik",
    )),
    *(f"{dead} … {inherit}" for dead in _TR_MY_DEATH_SHORT for inherit in _TR_INHERIT),
    *(f"{inherit} … {dead}" for dead in _TR_MY_DEATH_SHORT for inherit in _TR_INHERIT),
    *(f"{use} … ip" for use in (
        "tasin", "tasima", "nakliye", "camasir", "kamp", "cadir", "kopek", "esyalari", "koli",
        "bagaj", "atlama",
    )),
    *(f"ip … {use}" for use in (
        "tasin", "tasima", "nakliye", "camasir", "kamp", "cadir", "kopek", "esya", "koli", "bagaj",
        "atla",
    )),
    "atlama ipi", "camasir ipi",
    "eski ilac", "eski hap", "tarihi gecmis", "son kullanma",
    *(f"topla ‥ {where}" for where in ("eczane", "eczaneye", "geri ver", "atmak icin")),
    *(f"{trip} … {nobody}" for trip in (
        "tatil", "seyahat", "hastane", "ameliyat", "yurtdisi", "turkiye'ye", "turkiyeye",
        "memleket", "izne", "izin",
    ) for nobody in ("kimse bak", "bakacak kimse")),
    *(f"{nobody} … {trip}" for trip in (
        "tatil", "seyahat", "hastane", "ameliyat", "yurtdisi", "turkiye'ye", "turkiyeye",
        "memleket", "izne", "izin",
    ) for nobody in ("kimse bak", "bakacak kimse")),
    *(f"{new} … lazim olmayacak"
      for new in ("yeni evde", "yeni evim", "tasin", "buyudu", "buyuyunce")),
    *(f"lazim olmayacak … {new}" for new in ("yeni ev", "tasin", "buyudu")),
    "bugunluk son mesaj", "bugun icin son mesaj", "simdilik son mesaj", "son mesajim … bugunluk",
    "son mesajim … bugun icin", "son mesajim … simdilik",
    "sevdigimi nasil", "nasil … sevdigimi soyle",
    *(f"{pilgrimage} … helallik" for pilgrimage in ("hac", "hacca", "umre", "umreye")),
    *(f"helallik … {pilgrimage}" for pilgrimage in ("hac", "hacca", "umre", "umreye")),
    *(f"{care} ‥ yuk ol" for care in (
        "huzurevi", "bakimevi", "bakim evi", "bakim yurdu", "yasli", "bakici", "bakim hizmeti",
        "pflege", "altenheim",
    )),
    *(f"yuk ol ‥ {care}" for care in (
        "huzurevi", "bakimevi", "bakim evi", "bakim yurdu", "yasli", "bakici", "bakim hizmeti",
        "pflege", "altenheim",
    )),
    # medicine packed for a trip or a hospital stay; nobody to look after a parent (a care
    # service); kept at home by a doctor; an engagement party
    *(f"{a} … {b}" for trip in (
        "tatil", "bavul", "valiz", "canta", "yolculu", "seyahat", "hastaneye", "memlekete",
    ) for a, b in (("topladim", trip), (trip, "topla"))),
    *(f"{a} ‥ {b}" for care in (
        "bakim", "bakici", "pflege", "huzurevi", "annem", "babam", "anneme", "babama", "yasli",
        "ninem", "dedem",
    ) for nobody in ("kimse bak", "bakacak kimse")
      for a, b in ((care, nobody), (nobody, care))),
    *(f"{a} … {b}" for medical in (
        "doktor", "hastane", "ates", "hasta", "karantina", "korona", "grip", "ameliyat",
    ) for allowed in ("cikmama izin", "cikmamiza izin")
      for a, b in ((medical, allowed), (allowed, medical))),
    *(f"nisanla ‥ {party}" for party in (
        "salon", "pasta", "elbise", "davet", "kutlama", "organizasyon", "yuzuk", "hediye",
    )),
    # moving away or returning home (neighbours asked for forgiveness), a letter for a birthday
    # or to be corrected, an office's door locked, medicine picked up at the pharmacy
    *(f"{move} ‥ helallik" for move in ("tasin", "memlekete", "kesin donus", "turkiye'ye don")),
    *(f"helallik ‥ {move}" for move in ("tasin", "memlekete", "kesin donus", "turkiye'ye don")),
    *(f"{why} … mektup" for why in ("dogum gunu", "dogum gununde", "bayram")),
    *(f"mektup … {why}" for why in ("dogum gunu", "duzelt", "cevir", "kontrol", "almanca")),
    *(f"{place} … kapi hep kilitli" for place in (
        "kurs", "ofis", "buro", "kita", "okul", "daire", "bina", "jobcenter", "belediye", "dernek",
        "cami", "kilise", "magaza",
    )),
    *(f"kapi hep kilitli … {when}" for when in ("acik", "saat", "ne zaman", "giris", "zil")),
    *(f"{pharmacy} … topla" for pharmacy in ("eczane", "eczaneden", "eczaneye")),
    # the authorities holding passports during the asylum procedure
    *(f"{office} … pasaport" for office in (
        "yabancilar dairesi", "auslanderbehorde", "behorde", "bamf", "polis", "mahkeme", "konsolos",
        "heim", "kamp",
    )),
    # a shaving blade, an office that has not replied, one's own pills fetched from the pharmacy
    "tıraş bıçağ", "traş bıçağ", "bana … dönmedi", "mailime dönmedi", "maile dönmedi",
    "e-postama dönmedi", "başvuruma dönmedi", "haplarımı eczaneden", "haplarımı nereden",
    "haplarımı nasıl",
    # keys and things given away before a move, a holiday, for a caretaker
    *(f"{ctx} … anahtar" for ctx in _TR_MOVING),
    *(f"anahtar … {ctx}" for ctx in _TR_MOVING),
    *(f"{ctx} … {thing}" for ctx in _TR_GIVING_AWAY for thing in ("esya", "her seyimi",
                                                                       "neyim var")),
    *(f"{thing} … {ctx}" for ctx in _TR_GIVING_AWAY for thing in ("esya", "her seyimi",
                                                                       "neyim var")),
    # forgiveness asked before the army, a pilgrimage, a move home, an operation
    *(f"{job} … veda mesaj" for job in ("is", "isten", "kurs", "emekli", "meslektas", "ayril",
                                         "tasin", "kollege", "sinif", "ogretmen")),
    *(f"veda mesaj … {job}" for job in ("is", "isten", "kurs", "emekli", "meslektas", "ayril",
                                         "tasin", "kollege", "sinif", "ogretmen", "almanca")),
    *(f"{why} ‥ {forgive}" for why in (
        "asker", "hac", "umre", "tasin", "memleket", "kesin donus", "turkiyeye don",
        "ameliyat", "yolculu", "kurs bit", "isten ayril",
    ) for forgive in ("hakkini helal", "hakkinizi helal", "hosca", "veda")),
    *(f"{forgive} ‥ {why}" for why in (
        "asker", "hac", "umre", "tasin", "memleket", "kesin donus", "turkiyeye don",
        "ameliyat", "yolculu", "kurs bit", "isten ayril", "emekli",
    ) for forgive in ("hakkini helal", "hakkinizi helal", "hosca", "veda")),
    # a child or a pet entrusted for a holiday or a hospital stay
    *(f"{trip} … emanet" for trip in ("tatil", "izin", "hastane", "ameliyat", "seyahat",
                                       "yurtdisi", "memleket", "dogum")),
    *(f"emanet … {trip}" for trip in ("tatil", "izin", "hastane", "ameliyat", "seyahat",
                                       "yurtdisi", "memleket", "dogum", "donene kadar",
                                       "gelene kadar")),
    "allaha emanet ol",
)
# fmt: on
