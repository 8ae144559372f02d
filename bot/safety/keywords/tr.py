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
)
# fmt: on
