"""The safety net, reviewed by example in every language: crises it must catch, ordinary requests
for services it must leave alone, and its recall and false alarms over all NLU training data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.safety import CRIES, IDIOMS, SERVICE_WORDS, STEMS, is_emergency

ROOT = Path(__file__).resolve().parents[1]

# Written for these tests, not copied from data/nlu: how people in crisis write, colloquial,
# misspelt, without diacritics, transliterated (Arabizi, Finglish, Latin Cyrillic).
# fmt: off
CRISES = {
    "de": [
        "Mein Mann schlägt mich", "ich will nicht mehr leben", "Hilfe hilfe, Polizei!",
        "Mein Kind ist weg, Kind vermisst", "er hat ein Messer und droht mir",
        "Mein Mann hat mich gestern wieder verprügelt", "Hilfe mein Freund tritt mich",
        "heute nacht bringe ich mich um", "Ich sehe keinen Sinn mehr zu leben",
        "Mein Kind ist verschwunden", "ich hab eine ganze Packung Tabletten geschluckt",
        "Mein Opa ist umgefallen und atmet kaum", "Mein Cousin sagt, er sticht mich ab",
        "es brennt im Treppenhaus, überall Rauch", "mein freund hat mich gewürgt",
        "Er sagt, wenn ich zur Polizei gehe, bringt er mich um", "HILFE",
        "Meine Tochter ist seit zwei Stunden weg und geht nicht ans Handy",
        "Mein Baby hat einen Krampfanfall", "Jemand versucht bei uns einzubrechen",
        "Mein Ex hat mir gedroht, dass er mich fertig macht",
        "Ich werde zu Hause geschlagen und eingesperrt",
        "mein kleiner hat heißes wasser über sich gekippt, schlimme verbrennung",
        "Meine Schwester hat sich die Pulsadern aufgeschnitten",
        "Mein Mann lässt mich nicht aus dem Haus", "Jemand ist in unsere Wohnung eingedrungen",
        "Meine Freundin wird von ihrem Zuhälter festgehalten", "Er hat mir ins Gesicht geschlagen",
        "Mein Kind hat hohes Fieber und krampft",
        "Ich wurde an der Bushaltestelle belästigt und er folgt mir", "die Polizei soll kommen",
        "niemand würde mich vermissen wenn ich weg wäre", "hilfeee mein mann",
        "er will mich abstechen", "ich bin schwanger und hab starke bauchschmerzen und blut",
        "mein vater hat mich mit dem gürtel geschlagen", "Jemand hat mir K.O.-Tropfen gegeben",
        "ich halt das leben nicht mehr aus", "Mama atmet komisch und ist ganz blass",
        "bitte schnell kommen er tötet sie", "mein freund hat mich die treppe runtergestoßen",
        "er hat meine tochter angefasst",
        "ich hab mir in den arm geschnitten und es hört nicht auf",
        "Papa liegt auf dem Boden und sagt nichts",
        "die Nachbarn prügeln sich, einer hat ein Messer",
        "meine Eltern schicken mich zum Heiraten in die Heimat",
        "ich mag nicht mehr, ich nehme jetzt alle pillen", "Baby ist blau angelaufen",
        "Mein Mann hat mich mit dem Messer verletzt", "ich kann nicht mehr und will nicht mehr",
        "meine tochter ist nicht aus der schule zurück", "mein vater hat krämpfe und zittert",
        "der nachbar hat gedroht unser haus anzuzünden", "er hat mich vergewaltigt",
        'er steht auf dem Dach und will springen',
        'draußen schießt jemand',
        'mein Bruder will morgen eine Bombe zünden',
        'jemand ist in unserer Wohnung, ich habe mich versteckt',
        'Oma wacht nicht mehr auf',
        'ich bin zu Hause nicht sicher',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'alle wären besser dran ohne mich',
        'ich habe einen Abschiedsbrief geschrieben',
        'ich habe Tabletten gesammelt, heute Nacht',
        'ich schreib heimlich, damit er nicht hört',
        'draußen schreit ein Kind um Hilfe',
        'Opas Gesicht hängt auf einer Seite und er lallt',
        'er wartet vor dem Haus seit einer Stunde',
        'Frauenhaus',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'kind hat spülmittel getrunken',
        'die fruchtblase ist geplatzt und die wehen kommen alle 2 minuten',
        'mein sohn hat einen stromschlag bekommen',
        'mein ex schreibt jeden tag dass er mich umbringt',
        'panikattacke, herz rast, ich will nur noch sterben',
        'unser nachbar schreit seine frau an und man hört schläge',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "er hat das messer wieder in der hand und die kinder sind hier",
        "oma liegt seit gestern auf dem badezimmerboden", "mein ex wartet vor meiner tür",
        "wir haben alle kopfschmerzen und schwindel seit wir den gasofen anhaben",
        "das kind von nebenan ist seit drei tagen allein in der wohnung",
        "mein bruder sagt ich habe die familie entehrt", "mein kollege hat einen hitzschlag",
        "er ist total unterkuehlt und redet wirr",
        # falls, trapped or caught in a machine, drowning, swelling, labour, gas, bites, lost child
        "ich bring mich jetzt um", "mein Vater ist in der Werkstatt unter dem Traktor eingeklemmt",
        "der kleine hat waschpulver gegessen und erbricht die ganze zeit",
        "unser nachbar liegt im garten und rührt sich nicht mehr",
        # told calmly: a greeting or a question first, the danger named in passing
        "Hallo, Frage zum Kindergeld. Meine Kleine hat seit Mittag graue Lippen und trinkt nicht",
        "Guten Morgen! Opa ist übel, sein linker Arm ist taub, soll er sich hinlegen?",
        "Hi, wann ist das Bürgerbüro offen? Unser Sohn hat eine Waschkapsel zerbissen",
        "Hallo, wie hoch ist die Brücke am Bahnhof? ich will einfach, dass es aufhört",
        "Danke für den Kurs. Hab mich heute von meinen Eltern verabschiedet, das war's",
        "Moin, im Keller steht das Wasser schon bis zur Hüfte und es wird mehr",
        "Hallo, mein Ex schreibt, er weiß, dass ich allein bin, und steht unten vor der Haustür",
        "guten abend, meine freundin hat 30 ibuprofen genommen und sagt es ist ok, stimmt das?",
        "Hi, Frage zur Anmeldung. Nebenan höre ich die Frau schreien, es knallt immer wieder",
        "Hallo, der Sturm hat einen Baum aufs Auto geworfen, mein Mann sitzt noch drin",
        "Moin, der Nachbar ist vom Gerüst gestürzt und spürt seine Beine nicht. Hausarzt morgen?",
    ],
    "en": [
        "I'm thinking about ending it all tonight", "my brother says he will hurt himself",
        "he is hitting me", "I want to die", "call an ambulance, heart attack",
        "my neighbour threatens to kill me", "I was raped", "my boyfriend punched me",
        "my mother collapsed and doesn't wake up", "they want to force me into marriage", "fire!",
        "someone is trying to break in", "I overdosed on my meds",
        "my little boy swallowed a battery", "my wife is having a seizure",
        "our kitchen is on fire", "i cant stop bleeding", "I'm going to jump off the bridge",
        "my daughter didn't come home from school", "he said he'd stab me",
        "no reason to live anymore", "HELP!", "my husband threw boiling water at me",
        "my sister cut her wrists", "someone spiked my drink", "I'm being held against my will",
        "I was sexually assaulted last night", "my grandma fell down the stairs and can't get up",
        "he strangled me", "my flatmate threatens me with a knife",
        "I need help my ex is outside my door", "nobody would miss me if i was gone",
        "my dad is drunk and throwing things at us", "my baby swallowed something and is choking",
        "pls help my bf is beating me", "i wanna end it", "my mum took all her pills",
        "kid fell from the balcony", "theres a guy with a knife outside",
        "my husband locked me and the kids in the room", "im bleeding alot",
        "my friend is unconscious after drinking", "my brother pulled a knife on me",
        "my ex keeps sending threats and waiting outside work", "i took 20 paracetamol",
        "my son isnt breathing properly and his lips are blue", "someone hit me with a bottle",
        "help my house is burning", "my baby fell off the bed and is not reacting",
        "he forced himself on me", "my husband choked me until i passed out",
        "i just want to disappear forever",
        "my daughter is not answering and her friends dont know where she is",
        "theres smoke coming from the flat next door", "he pushed me down the stairs",
        "someone broke my door and is inside",
        'my friend says he will kill himself tonight',
        'I heard gunshots next door',
        'someone is in my flat right now',
        'a man was dragged into a van',
        "I'm locked in and can't get out",
        'my dad is lying on the floor',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'everyone would be better off without me',
        "I've been collecting pills for weeks",
        'I left a goodbye note on the table',
        "writing quietly so he doesn't hear",
        'a woman is screaming for help downstairs',
        "dad's face is drooping and his speech is slurred",
        'my toddler is choking on a grape',
        'my ex is waiting outside my flat again',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'my son drank bleach',
        'my water broke and contractions every 2 min',
        'my kid fell in the pond and was under water',
        'two men pulled my son into a car',
        'my brother said he will shoot the whole family',
        'mum fell over and her eyes wont open',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "she hasn't woken up since this morning and her lips are blue",
        "I've written letters to my children, I won't need my things anymore",
        "my friend said goodbye to everyone last night and now she doesn't answer",
        "his message says: if you leave me, you're dead",
        "my husband took our daughter to Iraq and won't bring her back",
        "he's standing at my door with a baseball bat",
        # falls, trapped or caught in a machine, drowning, swelling, labour, gas, bites, lost child
        "my son's face and tongue are swelling up after a bee sting, he has trouble breathing",
        "dad fell off scaffolding at work and isn't talking",
        "the whole hallway smells strongly of gas and the neighbour won't open",
        # told calmly: a greeting or a question first, the danger named in passing
        "Hi, question about the B1 exam. My baby is so floppy today and no wet nappies since 6am",
        "Hello, my neighbour's toddler chewed a laundry pod and is coughing, do we just wait?",
        "hi, is the Tafel open today? my brother took a whole box of painkillers an hour ago",
        "Good evening, a man keeps watching my house, now he sends photos of me outside my work",
        "Hey, how high is the bridge over the canal? I want it all to stop",
        "hello, my dad's left arm hurts and he is sweating a lot, should he just rest?",
        "hi, a tree fell on the house next door and the old lady is stuck inside",
        "sorry to bother you, my husband is vomiting blood for an hour, can it wait until Monday?",
        "Hello, a man offered my daughter sweets at the playground and he's still there",
        "hi, my grandad drank half a bottle of rum and took pills, now I can't wake him",
        "🆘🆘 please",
    ],
    "ar": [
        'jozi 3am yedrubni halla2',
        'binti bal3et dawa kteer',
        'bfakker anta7er',
        'bfakker bel entihar',
        'badi a2tol 7ali',
        'ابني رايح ينضم لداعش',
        "زوجي يضربني", "أريد أن أموت", "اتصلوا بالإسعاف", "يهددني بالقتل تهديد", "ابني مفقود",
        "ساعدوني بسرعة", "انقذوني", "ما بدي عيش", "zawji 3am yedrabni", "زوجي ضربني على راسي",
        "بدي خلص من حياتي", "ابني بلع دوا جدته", "عمي بدو يجوزني لابن عمي غصب عني",
        "في دخان كتير بالمطبخ", "بنتي ما رجعت من المدرسة", "انا حامل وعندي نزيف", "هددني بالسلاح",
        "يا جماعة الحقوني", "طفلي عم يختنق", "shorta bsor3a", "زوجي رماني من الدرج",
        "اخوي هددني اذا طلعت من البيت", "انا مش قادرة اعيش هيك", "ابنتي شربت كلور",
        "امي ما عم تقدر تتنفس", "في حدا غريب عم يراقب بيتنا", "صاحبي طعنو بسكين",
        "وقعت من الدرج وراسي عم ينزف", "بنتي عمرها ١٤ وفي رجال عم يبتزها", "الحقونا",
        "ولعت النار بالمطبخ", "شميت ريحة غاز", "جوزي سكران وعم يكسر كل شي",
        "الحقوني جوزي عم يضربني", "اختي بلعت كل الحبوب", "ابني وقع من البلكون",
        "في زلمة معو سكينة برا", "انا بنزف كتير", "ما عاد بدي اعيش", "bdi moot",
        "jozi 3am yedrobni", "جوزي عم يهددني بالسكينة", "اخوي ضربني بالعصاية", "حاسة حالي رح موت",
        "ابني عم يرجف وما عم يوعى", "بنتي ضاعت بالسوق", "في واحد عم يحاول يفتح باب بيتي",
        "بدهم يزوجوني وانا عمري ١٥", "ولادي محبوسين بالبيت مع ابوهم وهو سكران", "زوجي خنقني",
        "بدي اختفي من هالدنيا", "ابني طلع من الصبح وما رجع", "في دخان طالع من بيت الجيران",
        "دفعني عالدرج", "حدا كسر الباب وفات",
        'في اطلاق نار بالشارع',
        'اخوي بدو يفجر حالو',
        'امي ما عم تصحى',
        'حدا دخل البيت وانا مختبية',
        'bade entehir',
        'ma3o sekkin',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'كتبت رسالة وداع لأمي',
        'جمعت حبوب كتير',
        'جوزي قفل علي الباب',
        'طليقي واقف تحت البيت',
        'بابا وجهه مايل وما عم يقدر يحكي',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'ابوي عندو وجع قوي بصدره وعرقان',
        'نزلت مية الراس والطلق كل دقيقتين',
        'ابني كهربتو الكهربا',
        'في رجال واقف عالجسر وبدو ينط',
        'اخوي قال رح يقوص كل العيلة',
        'mama w2e3et w ma 3am tfat7 3yoonha',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "طليقي واقف قدام الباب هلأ", "كلنا عنا صداع من وقت شغلنا صوبة الغاز",
        "بعتلي: إذا تركتيني انتي ميتة", "tali2i wa2ef 3al bab hala2",
        "jaddati w2e3et w ma 2adra t2oum", "ukhti ma3ha darbet shams",
        # formal Arabic and Egyptian, Gulf, Iraqi, Maghrebi, Sudanese, Yemeni dialects
        "تناولت أختي علبة كاملة من الأقراص وهي لا تستجيب", "لم أعد أرغب في الحياة",
        "يريدون تزويج ابنتي البالغة خمسة عشر عاما رغما عنها",
        "تعرضت للاغتصاب البارحة ولا أعرف ماذا أفعل", "أخي هدد بأنه سيؤذي نفسه", "جرحت معصمي بشفرة",
        "ابني تناول دواء جدته بالخطأ", "سمعت امرأة تستغيث من الشقة المجاورة",
        "كتبت وصيتي وسأرحل عن هذه الدنيا الليلة", "أريد أن أنام ولا أستيقظ أبدا",
        "جدي لا يستيقظ وشفتاه زرقاوان", "عمي يعتدي علي جنسيا منذ سنوات", "أحدهم طعن أخي في الشارع",
        "أخبرتني صديقتي أن عائلتها ستزوجها قسرا في الصيف", "أخي يقول إنه سينهي حياته",
        "زوجي ركلني في بطني وأنا حامل", "رجل غريب يلاحق ابنتي من المدرسة إلى البيت",
        "أفكر في إيذاء نفسي", "هناك رجل يتربص بي كل ليلة عند مدخل العمارة",
        "في واحد ماشي ورايا من ساعة", "جوزي قالي هيموتني لو خرجت من البيت",
        "ابويا مش قادر ياخد نفسه", "اخويا قال هيخلص على نفسه النهارده", "هموت نفسي والله",
        "ودي اموت وارتاح من كل شي", "ابني شرب حبوب هواية وما دا يكعد",
        "اكو واحد دا يلحكني من الصبح", "اريد اكتل نفسي", "غادي نقتل راسي",
        "الدار شعلات فيها العافية", "في زول ماشي وراي من بدري", "اخوي قال داير يكتل نفسو",
        "اختي قالت رح تنتحر وسكرت تلفونها", "ana 5ayfa jozi bido y2telni", "ma bghitch n3ich",
        "ولد الجيران وقع في الترعة", "بنت اختي بيعتدي عليها جوز امها",
        "احس اني راح اموت صدري يوجعني", "تعبت من كل شي وما ابي اصحى بكرة",
        "ابني شرب ريحة مبيد وطاح", "مرتي طاحت وما تتحرك", "بنتي اخدت كل البرشام اللي في البيت",
        # Arabizi and dialect: bites, a lost child, crashes, trees and machines, no pulse
        # drowning, petrol drunk, a gas smell, stroke, kidnapping, hanging, breaking in
        "el kalb 3ado la ibni bi ejro w el dam ma 3am ye2af", "binti da3et bl mall mn se3tein",
        "صار حادث سير عالاوتوبان واخوي حالته خطيرة",
        "wi2i3et shajara 3al sayyara w 3ammi 3al2an jouwa", "sa7bi 3el2et 2ido bl makina",
        "ابوي طاح بالشغل ومافي نبض", "ibni 3am yighra2 bl b7ayra", "اخوي الصغير شرب كاز",
        "ri7it ghaz bel matbakh w jarti ma 3am trod", "mama wijha mayel fja2a",
        "7ada khataf ukhti mn 2eddam el madrase", "اختي بدها تشنق نفسها",
        "ba7ki jad ra7 2a2tol 7ali", "fi wa7ad 3am y7awel yeksor el bab 3alayi bl heim",
        "zawji yidrbni w yhaded yiktilni",
        # Arabizi and dialect: farewells, a burning house, a fall from a ladder, no breath
        # a car hitting a child, the last night
        "akhoy wa2ef 3ala 7aft el shebbak w 2alli wada3an",
        "ma 7ada ra7 yeshta2li, wazza3t kel ghradi",
        "el beit 3am yi7ter2 w ana jowa", "صاحبي بعتلي وداعا وجواله مطفي",
        "ابوي وقع عن السلم ونص جسمه ما بيتحرك", "nafaso ma2tou3 w wijjo azra2",
        "sayara dahaset ibni 2eddam el madrase", "a5er layle bi hal dene, sam7ouni",
        # told calmly, after a greeting, thanks or a question: a fever, shaking and sweating
        # voices, a lure into a car, a last message, sparks, a whole pack of pills, trapped
        "مرحبا، سؤال عن الكورس بعدين، بس بنتي حرارتها 41 وعم ترجف، شو نعمل؟",
        "شكرا الكم، بس جوزي شرب مادة تنظيف من شوي وعم يسعل",
        "اهلين، في صوت براسي بيقولي أأذي ابني، ما بعرف شو اعمل",
        "مرحبا، ابني وقع من الكنباية على راسه وصار يستفرغ، عادي؟",
        "شكرا على كل المعلومات. هاي آخر رسالة مني، قولوا لأهلي اني آسف",
        "سؤال عن الجوب سنتر، وكمان بنتي بقالنا ساعة ما لقيناها بالسوق",
        "مرحبا، فجأة صار عندي أسوأ صداع بحياتي، بستنى الموعد؟",
        "صباح الخير، المي عم تسحب ولد صغير بالبحيرة",
        "marhaba, sa7bi 2afal 3alaya el bab men el sob7 w mesh byeftah",
        "شكرا، مرتي حامل ونزلت المي هلق، نروح عالمستشفى ولا نستنى؟",
        "ahlan, 5ayi 3am yjare7 7alo bel shafra",
        "مرحبا، حماي وقع بالدرج وعم يصرخ من الوجع",
        "hi, binti ma bada t3ish, shu na3mel?",
        "مرحبا، خالتي عندها سكري وهلق عم تتعرق وترجف",
        "مساء الخير، عم فكر اجرح نفسي الليلة",
        "hala, akhoy shireb kol 7ubub jadati w ma da ygom",
        "marhaba, fi 7are2 bel beit w el dukhan mala kel shi",
        "شكرا عالمساعدة. قررت انهي كل شي، ما في داعي حدا يدور علي",
        # a past beating, grief, papers "killing me", a lateness joke, a course, a job, a parcel, a
        # past accident or stroke: the danger named beside them still alarms
        "من سنين كان يضربني وهلق رجع يضربني",
        "قلبي محروق، البيت عم يحترق",
        "الورق ده هيموتني بس جوزي معه سكين",
        "اذا تأخرت جوزي رح يذبحني",
        "كورس اسعاف اولي؟ لا، ابني وقع من الدرج",
        "بشتغل بالاسعاف بس هلق جارتي وقعت وما عم تتنفس",
        "ممكن رقم دكتور طوارئ؟ ابني بلع بطارية",
        "DHL ما عم يرد وبنتي مش لاقيينها",
        "حادث سيارة هلق، ومن سنة صار معنا نفس الشي",
        "ابوي عنده جلطة! قبل سنتين صار معه نفس الشي",
        "قبل سنين طليقي كان يضربني، وهلق عم يلاحقني ومعه سكين",
        # the same kinds said another way (a throat swelling, an ex banging at the door, pills in
        # hand, a weapon shown before an attack, a chest pressing), and look-alikes beside a danger
        "ابني انلسع من نحلة وحلقه عم يتورم",
        "جوزي السابق برا عم يخبط عالباب وبيصرخ",
        "اخوي ماسك الحبوب بايدو وبيقول بدو ياخدهن كلهن",
        "جاري قال رح يطخ الناس بالمدرسة وفرجاني البارودة",
        "ابوي عم يضيق نفسو وصدرو عم يضغط عليه",
        "ibn 3ammi ra7 yrou7 3al knise bukra w ma3o sla7",
        "ex tab3i barra 3am ykhabet 3al bab",
        "ابن خالتي المتطرف قال بكرا رح يروح عالكنيسة بالسلاح",
        "شفت خبر الحريق؟ هلق في حريق عنا بالبناية",
        "الاسعاف اجا بس ما عم يقدرو يصحوه",
        "بس للمعلومة، رقم الاسعاف؟ ابني بلع بطارية",
        "ورق الجوب سنتر رح يقتلني بس جوزي ماسك سكين",
    ],
    "tr": [
        "kocam beni dövüyor", "intihar etmek istiyorum", "ambulans lazım", "beni tehdit ediyor",
        "yangın var", "hayatıma son vermek istiyorum", "kocam bana tokat attı",
        "biri kapıyı kırmaya çalışıyor", "artik yasamak istemiyorum", "kendimi asacağım",
        "annem yere yığıldı, konuşmuyor", "kızım okuldan dönmedi", "babam beni bıçakla yaraladı",
        "çocuk çamaşır suyu içti", "evde gaz kokusu var", "beni zorla evlendirecekler", "imdat",
        "nefes alamıyorum boğuluyorum", "polis çağırın lütfen", "IMDAT!!!",
        "eşim bana kemerle vurdu", "annem merdivenden düştü kalkamıyor",
        "kardeşim bileklerini kesti", "biri beni sürekli takip ediyor",
        "çocuğum sıcak su döktü üstüne, haşlandı", "yaşamak için bir sebep kalmadı",
        "kocam beni odaya kapattı", "acil yardım lazım", "oğlum uyuşturucu aldı, bilinci kapalı",
        "komşunun evinden çığlıklar geliyor", "zehir içtim", "kocam beni bıçakla tehdit etti",
        "oglum balkondan dustu", "annem tum haplari icti", "kendimi oldurecegim",
        "cok kan kaybediyorum", "birisi beni takip ediyor cok korkuyorum", "yardim edin lutfen",
        "esim beni ve cocuklari odaya kilitledi", "kocam bana vurdu burnum kanıyor",
        "annem nefes almakta zorlanıyor", "intihar etmeyi düşünüyorum",
        "bir adam kızıma sarkıntılık yapıyor", "evimizde yangın çıktı yardım",
        "çocuğum ilaç şişesini içmiş", "babam kendini bilmiyor", "eşim beni öldürmekle tehdit etti",
        "kocam boğazımı sıktı", "bu dünyadan gitmek istiyorum",
        "kızım sabahtan beri yok telefonu kapalı", "komşudan duman geliyor",
        "beni merdivenden itti", "biri kapıyı kırdı içeride",
        'sokakta silah sesleri var',
        'biri eve girmeye çalışıyor, saklanıyorum',
        'fazla ilaç içtim',
        'babam yerde yatıyor tepki vermiyor',
        'beni kaçırmaya çalışıyorlar',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'veda mektubu yazdım',
        'ilaçları biriktirdim, bu gece',
        'sessizce yazıyorum, kocam evde',
        'babamın yüzü kaydı, konuşamıyor',
        'biri kapıyı zorluyor',
        'acil',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'suyum geldi sancilar 2 dakikada bir',
        'oglum havuza dustu suyun altindaydi',
        'oglumu elektrik carpti',
        'erkek arkadasim kafami duvara carpti',
        'abim butun aileyi vuracagim dedi',
        'komsu karisina bagiriyor vurma sesleri geliyor',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "eski kocam şu an kapımın önünde bekliyor", "cocuk uc gundur evde yalniz",
        "sabahtan beri uyanmadi, dudaklari mor", "abim namusumuzu kirlettiğimi söylüyor",
        "sobayı yaktığımızdan beri hepimizin başı ağrıyor",
        # falls, trapped or caught in a machine, drowning, swelling, labour, gas, bites, lost child
        "babam nefes almıyo galiba, dudakları mor",
        "komşunun köpeği kızımı ısırdı, kolu kan içinde",
        "eşimin göğsü çok ağrıyo ve sol kolu uyuşuyor",
        # told calmly, after a greeting, thanks or a question: a fever, shaking and sweating
        # voices, a lure into a car, a last message, sparks, a whole pack of pills, trapped
        "Merhaba, kurs hakkında soracaktım ama oğlum deterjan içmiş, ne yapalım?",
        "Teşekkürler her şey için. Bu gece her şeye son vereceğim.",
        "Selam, kafamın içinde sesler var, bana zarar vermemi söylüyorlar",
        "Merhaba, tanımadığım bir adam kızımı arabasına binmeye çağırdı",
        "İyi akşamlar, babam terliyor ve titriyor, şeker hastası",
        "Kaç hap içersem bir daha uyanmam acaba",
        "Teşekkürler, annem bir kutu ilaç içti az önce",
        "Merhaba, evin içinde biri var, ben dolaba saklandım",
        "Merhaba, prizden kıvılcım çıkıyor",
        "Merhaba, oğlum pil yutmuş galiba",
        "ipi hazırladım, bu gece bitiyor", "şu an raylardayım",
        # the same families: the danger named beside them, or told in the present, still alarms
        "Yıllar önce evlendik, dün gece kocam beni dövdü",
        "Yıllar önce beni dövüyordu, şimdi yine dövüyor",
        "Yıllar önce geldik ama kocam hala bana şiddet uyguluyor",
        "Geç kalırsam kocam beni öldürür",
        "Evrakları yırttı, beni öldürecek",
        "Bu kuyruk adamı öldürür ama kocam beni gerçekten öldürecek",
        "Vakit öldürmeden gelin, komşum bıçaklandı",
        "Yüreğim yanıyor, mutfakta yangın var",
        "Gönüllü itfaiyeciyim ama şu an evimiz yanıyor",
        "Acil serviste hemşireyim, şu an komşum bayıldı",
        "Yangın tatbikatı değil, gerçekten duman var",
        "Bıçak gibi soğuk ama adam elinde bıçakla kapıda",
        "Geçen sene yangın çıkmıştı, şimdi yine yangın var",
        "İki yıl önce geldik, babam kalp krizi geçiriyor",
        "DHL cevap vermiyor, kızım kayboldu",
        # the same kinds said another way (a face drooping, lips and throat swelling, an ex
        # pounding at the door, a gun shown before an attack), and look-alikes beside a danger
        "annemin yüzü bir tarafa kaydı ve konuşamıyor",
        "arı soktu, dudakları ve boğazı şişti",
        "eski kocam kapıda, kapıyı yumrukluyor",
        "beni döven eski eşim şu an apartmanın önünde, zile basıp kapıyı yumrukluyor",
        "kuzenim yarın kiliseye silahla gidecekmiş, silahını bana gösterdi",
        "arkadaşım okula tabanca getireceğini söyledi, bana da gösterdi",
        "sadece merak ettim ama kocam beni dövüyor",
        "ambulans geldi ama babam hala nefes almıyor",
        "yangını haber verdim ama itfaiye hala gelmedi, duman her yerde",
        "acil serviste çalışıyorum ama şimdi kızım bayıldı",
    ],
    "uk": [
        "Сусід погрожує підпалити нашу квартиру", "cholovik mene bye kozhen den",
        "Мій чоловік б'є мене", "не хочу жити", "викличте швидку", "мені погрожують",
        "дитина зникла", "хочу вмерти", "чоловік мене бʼє щодня", "мене зґвалтували вчора",
        "не можу більше так жити", "дитина проковтнула батарейку", "у мами судоми і вона не реагує",
        "донька не повернулася зі школи", "сусід погрожує мене вбити", "в квартирі пожежа",
        "мене переслідує чоловік на вулиці", "помогіть, на мене напали",
        "батько пʼяний і кидається з ножем", "рятуйте", "допоможіть", "допоможіть терміново",
        "мене тримають у квартирі і не дають телефон", "дитина обпеклася окропом",
        "тато впав і не встає", "донька порізала вени", "мені погано, болить у грудях",
        "за мною стежать", "хочу все закінчити", "мене шантажують інтимними фото", "я в небезпеці",
        "пожежа!", "чоловік бʼє дітей", "мама випила всі таблетки", "дитина випала з балкона",
        "у дворі чоловік з ножем", "сильно кровоточить рана", "хочу накласти на себе руки",
        "ryatuyte", "dopomozhit cholovik bye", "чоловік побив мене і дітей",
        "хтось іде за мною від зупинки", "мама знепритомніла на вулиці",
        "я не хочу більше існувати", "дитина наковталася пігулок", "сусід погрожує сокирою",
        "у мене кровотеча після пологів", "мене вдарили ножем", "чоловік мене душив",
        "хочу зникнути назавжди", "донька не відповідає, друзі не знають де вона",
        "з сусідньої квартири йде дим", "він штовхнув мене зі сходів", "хтось вибив двері і зайшов",
        'жити не хочу',
        'на вулиці стріляють',
        'хтось заліз у квартиру',
        'мама не реагує',
        'мене переслідують',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'я написала прощальний лист',
        'всім буде краще без мене',
        'пишу тихо, він удома',
        'у тата перекосило обличчя',
        'дитина вдавилася',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'син випив хлорку',
        'відійшли води перейми кожні 2 хвилини',
        'сина вдарило струмом',
        'колишній забрав дитину і каже що я її більше не побачу',
        "брат сказав що перестріляє всю сім'ю",
        'сусід кричить на дружину чути удари',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "у нього знову ніж у руках, і діти тут", "дитина сусідів три дні сама вдома",
        "він пише: якщо підеш, тобі кінець", "vona ne prokynulas z ranku i huby syni",
        "miy kolyshniy stoit pid dveryma",
        # falls, trapped or caught in a machine, drowning, swelling, labour, gas, bites, lost child
        "тато впав з драбини на будові і не рухається", "сусід випив засіб для труб, блює",
        "ditina propala v parku, shukayemo pivhodyny", "babusia vpala na kukhni i ne reaguye",
        # transliterated threats, farewells, choking, a worker pinned, a bone showing
        "susid kazhe shcho vb'ye nas usikh", "brat pyshe usim proshchavaite, stoit na mosti",
        "onuk zakhlynuvsya vodoyu v baseini", "синові кістку видно з ноги після падіння",
        "na budovi robitnyka prydavyv kran, ne vidchuvaye nih",
        # told calmly, after a greeting, thanks or a question: a fever, shaking and sweating
        # voices, a lure into a car, a last message, sparks, a whole pack of pills, trapped
        "Доброго дня, питання про курси, але спершу: з розетки на кухні іскрить і пахне паленим",
        "Вітаю, мамі погано: пітніє і тремтить, мене не впізнає",
        "Добрий день, у тата біль за грудиною і віддає в щелепу",
        "Дякую за допомогу. Я вже не можу так жити, сил немає",
        "Якийсь чоловік кликав мого сина до себе в машину біля садочка",
        "Машина перекинулась, водій не може вибратися",
        "Ми всі зранку з головним болем, а в квартирі газова колонка",
        "Сусідка не відчиняє вже три дні, телефон не бере",
        "Я вже все вирішила. Не шукайте мене.",
        "У доньки температура за 40 і вона дуже млява",
        # look-alike families that must not swallow a danger: a father's threat, a clause after
        # "a year ago", a fire "urgently", a farewell letter, violence past and present, smoke
        "Тато мене вб'є, якщо дізнається, що в мене є хлопець",
        "Рік тому приїхали, чоловік побив мене", "Квартира горить терміново",
        "Син пропав лист залишив", "Дитина з'їла отруйні гриби",
        "Багато років тому чоловік бив мене, а зараз знову б'є",
        "Дивимось фільм про пожежу, а в під'їзді дим",
    ],
    "ru": [
        "Он сказал, что подожжёт квартиру", "muzh menya byot",
        "муж бьёт меня", "хочу умереть", "вызовите скорую", "мне угрожают", "ребёнок пропал",
        "на меня напали", "муж избил меня, все лицо в крови",
        "я больше не могу, хочу все закончить", "сын наглотался таблеток",
        "у мужа сердечный приступ", "дочь не вернулась из школы", "сосед угрожает ножом",
        "квартира горит", "за мной следит бывший муж", "родители хотят насильно выдать меня замуж",
        "спасите", "помогите срочно", "ребенок выпил средство для чистки", "помогите пожалуйста",
        "pomogite", "муж держит меня взаперти", "дочь порезала вены", "мама упала и не встает",
        "ребенок обжегся кипятком", "меня шантажируют", "мне плохо, болит в груди",
        "он сказал что убьет меня", "соседи дерутся, крики", "пахнет дымом", "сын выпал из окна",
        "я не хочу просыпаться", "помогите!!!", "муж избивает детей", "мама выпила все таблетки",
        "ребенок выпал с балкона", "во дворе мужик с ножом", "сильно идет кровь",
        "хочу наложить на себя руки", "spasite muzh b'yot", "pomogite pozhar",
        "муж бьет меня головой об стену", "мне кажется я умираю",
        "ребенок проглотил монетку и задыхается", "в подъезде пожар, дым везде",
        "меня изнасиловал сосед", "брат угрожает зарезать", "не хочу больше существовать",
        "отец избивает маму", "муж меня душил", "хочу исчезнуть навсегда",
        "дочь не отвечает, друзья не знают где она", "из соседней квартиры идет дым",
        "он столкнул меня с лестницы", "кто-то выбил дверь и зашел",
        'жить больше не хочу',
        'во дворе стрельба',
        'кто-то в квартире, я прячусь',
        'папа лежит на полу и не реагирует',
        'vyzovite skoruyu',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'написала прощальное письмо',
        'всем будет лучше без меня',
        'пишу тихо, он дома',
        'у папы перекосило лицо',
        'соседка кричит о помощи',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'во всем подъезде воняет газом',
        'муж схватился за сердце и упал',
        'у дочки припадок трясется',
        'сына ударило током',
        'бабушка с деменцией ушла утром и мы не можем ее найти',
        'друг принял слишком много наркотиков не можем разбудить',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "он пишет: если уйдешь, тебе конец", "у сестры тепловой удар, ее рвет",
        "ребенок соседей три дня один дома", "u nego opyat nozh i deti zdes",
        "babushka upala i ne mozhet vstat",
        # falls, trapped or caught in a machine, drowning, swelling, labour, gas, bites, lost child
        "в подъезде газом воняет, звоню соседям - тишина", "мужа зажало в прессе на работе",
        "syn upal s kryshi garazha, ne vstaet", "у неё отекает горло после укуса осы",
        # transliterated threats, farewells, choking, a worker pinned, electric shock
        "muzh skazal chto ub'et menya esli ya uydu", "rebenok zakhlebnulsya v vanne i posinel",
        "sestra pishet vsem proshchaite i ne beret trubku", "балкой придавил рабочего на стройке",
        "papu udarilo tokom na stroike",
        # told calmly, after a greeting, thanks or a question: a fever, shaking and sweating
        # voices, a lure into a car, a last message, sparks, a whole pack of pills, trapped
        "Дякую. Хочу просто заснути назавжди, вибачте",
        "Спасибо за ответ. Ещё вопрос: у сына температура за 40 и он вялый",
        "Здравствуйте, у бабушки язык заплетается и рука не слушается",
        "Привет, какой-то мужчина звал дочку к себе в машину у садика",
        "Добрый вечер, мы все с утра с головной болью и тошнотой, у нас газовая колонка",
        "Спасибо. Сегодня ночью я все закончу, не ищите меня",
        "Здравствуйте, брат выпил жидкость для мытья окон",
        "Привет, из розетки искрит, на неё капает вода",
        "Добрый день, у малыша губы серые и он плохо дышит",
        "За мной ходит какой-то мужчина уже третий день",
        "Мама вся в поту и трясется, у нее диабет",
        "Голоса в голове говорят, что я должна навредить детям",
        "я устала жить, простите",
        # look-alike families that must not swallow a danger: a father's threat, a clause after
        # "a year ago", a fire "urgently", a farewell letter, violence past and present, a gun
        "Отец меня убьёт, если узнает, что я встречаюсь с парнем",
        "Год назад приехали, муж избил меня", "Год назад приехали, сын отравился таблетками",
        "Кухня горит срочно", "Сын пропал письмо оставил",
        "Много лет назад муж бил меня, теперь бьёт дочь",
        "Сын играет в стрелялки, а сегодня принёс в школу пистолет",
    ],
    "fa": [
        "میخایم خود ره بکشم", "komak, yak nafar mara taqib mekuna", "آتش! دود همه جا ره گرفته",
        "zud komak, shauharam mara kushta metana", "کسی در Versmold ما ره دنبال کده، ترسیدیم",
        "bacham tashanoj karde",
        "میشه کمکم کنید؟ شوهرم منو میزنه", "کمک کنید! آتش گرفته",
        'shoharam mano mizane',
        'babam sakte karde',
        'pesaram az balkon oftad',
        'dige nemikham zendegi konam',
        'پسرم تو آب افتاد',
        'امشب تمومش میکنم',
        "شوهرم کتکم میزند", "میخواهم بمیرم", "آمبولانس لازم دارم", "مرا تهدید میکند",
        "فکر خودکشی دارم", "shoharam mano mizane", "شوهرم منو کتک زد", "یکی با چاقو دنبالمه",
        "دیگه نمی‌خوام زندگی کنم", "مادرم از هوش رفته", "خونه‌مون آتیش گرفته",
        "دخترم از مدرسه برنگشته", "شوهرم گفته منو می‌کشه", "نجاتم بدید", "می‌خوام خودمو بکشم",
        "بچه‌ام نفسش بالا نمیاد", "khodamo mikosham", "کمک!", "پدرم سکته کرده",
        "به زور میخوان شوهرم بدن", "شوهرم منو با کمربند زد", "دیگه نمیتونم ادامه بدم",
        "خواهرم رگشو زده", "بچه م آب جوش ریخت روش", "کسی داره در خونه رو میشکنه", "به من تجاوز شده",
        "پسرم از خونه فرار کرده", "خیلی میترسم، یکی پشت دره", "دخترم رو دزدیدن", "کمک فوری",
        "komak konid lotfan", "pedaram sekte karde", "شوهرم بچه ها رو کتک میزنه",
        "مادرم همه قرص هاشو خورد", "بچه از بالکن افتاد", "یه مرد با چاقو بیرونه",
        "خیلی خون ازم میره", "میخوام خودمو بکشم", "komak shoharam mano mizane",
        "mikhad mano bokoshe", "شوهرم با چاقو تهدیدم میکنه", "برادرم منو کتک زده و خونریزی دارم",
        "میخوام خودکشی کنم", "بچه م تب و تشنج داره", "یکی دنبالمه خیلی میترسم",
        "خونه آتیش گرفته کمک", "پدرم قلبش درد گرفته و افتاده", "shoharam mano zad",
        "شوهرم گلومو فشار داد", "میخوام برای همیشه ناپدید بشم",
        "دخترم جواب نمیده، دوستاش نمیدونن کجاست", "از خونه همسایه دود میاد", "منو از پله ها هل داد",
        "یکی در رو شکست و اومد تو",
        'خواهرم میخواد خودشو بکشه',
        'صدای تیراندازی میاد',
        'nafas nemikeshe',
        'khoon mire band nemiad',
        'یکی اومده تو خونه',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'نامه خداحافظی نوشتم',
        'قرصا رو جمع کردم',
        'یواشکی مینویسم شوهرم خونه است',
        'صورتش کج شده',
        'یه مرد دم در وایساده',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'پسرم وایتکس خورد',
        'کیسه آبم پاره شد',
        'پسرم برق گرفتش',
        'یه مرد رو پل وایساده میخواد بپره',
        'مادربزرگم از صبح رفته پیداش نمیکنیم',
        'lotfan zood, ye nafar ba chaghoo too khoone ast',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "شوهر سابقم الان پشت در وایساده", "از صبح بیدار نشده و لباش کبوده",
        "دوستم از همه خداحافظی کرد و جواب نمیده", "shohare sabegham posht dar vaysade",
        "baradaram mige aberoo ro bordi bayad bemiri",
        # Dari as Afghans type it (خود را، مرا، لت، کده، نمیتانه) and formal Persian
        "شوهرم هر روز مرا لت میکنه", "امشب خود را میکشم", "طفلم تابلیت های مادرکلانش را خورده",
        "یک کس از بازار تا خانه پشت سرم آمده", "مرا در خانه قفل کده و کلید را برده",
        "طفل همسایه ما از صبح تنها در خانه چیغ میزنه", "بچیم از بام افتاد و خون میایه",
        "یک مرد با کارد پیش دروازه ما ایستاده", "شوهرم به زور با مه همخوابی میکنه",
        "دست خود را با تیغ بریدم", "پدرم نمیتانه نفس بکشه و لبهایش کبود شده",
        "یک مرد هر شب پشت کلکین ما میایه و نگاه میکنه",
        "دیگه نمیتانم میخایم به زندگی خود خاتمه بتم", "خواهرم خود را در تشناب قفل کده و جواب نمیته",
        "شوهرم اولادها را بسیار لت میکنه", "میخایم خود را از بلندی بندازم",
        "شوهر سابقم پشت دروازه ایستاده و دروازه را میکوبه",
        "یک کس شیشه کلکین را شکستاند و داخل خانه شد",
        "طفل همسایه را پدرش هر شب لت میکنه و طفل چیغ میزنه", "دیگه میخایم از این دنیا برم",
        "شوهرم گفته اولادها را از مه میگیره و مرا میکشه", "شوهرم مره میزنه",
        "پدرم مره به زور به یک مرد پیر میته", "خسربره ام با کارد دنبال مه افتاده",
        "طفلم نفس گرفته نمیتانه", "رفیقم میگه خود را به دریا میندازه", "یک کس خواهرم را دزدیده",
        "دیشب یک مرد به مه حمله کد", "بخاطر عزت فامیل میخاین مرا بکشن",
        "دوستم گفت چند شب است که میخایه خود را بکشه", "پسرم را برق گرفته",
        "بیادرم میگه دیگه زنده بودن فایده نداره و خداحافظی کده", "shoharam mara lat mikona",
        "tefelam dawa khorda bidar namesha", "mekhayom bemirom",
        "فرزندم مقدار زیادی دارو مصرف کرده و هوشیار نیست", "برادرم گفته است که خودش را خواهد کشت",
        "بوی شدید گاز در آپارتمان می‌آید", "احساس می‌کنم زندگی ارزش ادامه دادن ندارد",
        "برادرم گفت دیگر نمی‌خواهد زندگی کند و گوشی‌اش خاموش است", "شوهرم مرا خفه کرد و فرار کردم",
        "پسرم از ارتفاع پرت شده و حرکت نمی‌کند",
        "kaka-yem goft agar ba oo bacha gap bezani mekoshamet, alan pushtam ast",
        "shohar-am gardan-am ra feshar dad, nafas kashida nametanam, sar-am dawr mekhora",
        "از ترس دارم میلرزم، شوهرم گفت برمیگرده و حسابمو میرسه، یک ساعت دیگه میرسه",
        "دخترم گفت یک مرد به او دست زده، آن مرد هنوز در ساختمان ماست",
        "قرصای خواب مامانمو برداشتم، فکر کنم وقتشه", "طناب رو آماده کردم، فقط میخواستم یکی بدونه",
        "akharin payamame, khodahafez hamegi", "نمی‌توانم ادامه بدهم. همه چیز تمام است",
        "به برادرم گفتم مواظب بچه‌هام باشه، من دیگه نمیتونم",
        "ba tigh dastamo boridam, khoon band nemiad",
        "بچه‌ام مایع ظرفشویی خورده، داره استفراغ میکنه",
        "بچم یه مشت قرص آهن خورده، فکر کردم آب نباته",
        "پدرم یهو زبونش بند اومده و یه طرف بدنش فلج شده",
        "aab joosh rikht roo dokhtaram, dad mizane",
        "یک گروه نژادپرست جلوی کمپ جمع شده‌اند و سنگ می‌زنند",
        "دیگه نمی‌خواهم باشم، همه به خاطر من عذاب می‌کشند",
        "هر کاری کنم فایده نداره، امشب خودمو نیست و نابود میکنم",
        "کسی داره از پنجره میاد تو خونه، تنهام",
        "خانواده‌ام می‌گویند آبروی ما را بردی و تو را می‌کشیم. الان در خانه هستم",
        "اون مرد باز اومده پشت در، میگه باز کن وگرنه درو میشکنم",
        "ye boste gors jam kardam, emshab hamasho mikhoram", "همه بدون من خوشبخت‌تر خواهند بود",
        "کاش بخوابم و دیگه هیچوقت بیدار نشم، امشب قرصامو...",
        "مادر جان، مرا ببخش. وقتی این را بخوانی من دیگر نیستم",
        "هم‌اتاقی‌ام در کمپ گفت امشب خودش را حلق‌آویز می‌کند",
        "bacham ghors haye man ro khorde, nemidoonam chand ta",
        "قارچ از جنگل چیدیم خوردیم، همه‌مون استفراغ و سرگیجه داریم",
        "شوهرم سینه‌اش را گرفت و روی زمین افتاد",
        "soorate babam kaj shode, dastesh ro nemitoone tekoon bede",
        "az nardeboon oftadam pam shekaste nemitoonam boland sham",
        "کل خانواده سردرد و سرگیجه داریم، بچه‌ها بیدار نمیشن، بخاری روشن بود",
        "رفیقم در دریا رفت و دیگه بالا نیامد",
        "pedare bacham bache ro bardashte borde, mikhad bebaresh kharej",
        "خدایا یکی کمکم کنه، شوهرم برگشته", "shohar-e khaharam alan dare mizanatesh",
        "dadash yeki az istgah ta inja poshtame",
        "Panikattacke daram alan nemitunam nafas bekesham", "یکی میخواد در رو بشکنه بیاد تو",
        "کسی پشت در است و میخواهد به زور داخل بیاید", "نوزادم رنگش کبود شده",
        "از خانه همسایه دود بیرون میاید و بچه‌ها داخل هستند",
        # smoke and fire
        "از آپارتمان روبرو دود سیاه میزنه بیرون و کسی خونه نیست",
        "dud az zir e dar e hamsaye miad, kasi dar ro baz nemikone",
        "هشدار دود راهرو داره صدا میکنه و بچه‌ها طبقه بالا خوابن",
        # Finglish and Dari beatings
        "baz padaram mizane mara jeloye bachaha",
        "shoharam har shab mara mezana, dige taqat nadaram",
        # a child not back, a phone off
        "pesaram az maktab nayamada, chahar saat shuda",
        "dokhtaram hanuz khune nayomade, telefonesh khamoosh",
        # too many pills or drugs
        "khaharam ziadi qors khorde, cheshmash baz nemimune", "دوستم مواد زیادی زده و دهنش کف کرده",
        "دوستم زیاد قرص اعصاب انداخته بالا، گیج و منگه",
        # labour, waters broken, bleeding in pregnancy
        "زنم هشت ماهه حامله است، آب کیسه‌اش پاره شده",
        "hamsaram dard e zayman dare, bache dare miad", "خانمم درد ولادت گرفته، موتر نداریم",
        # cannot breathe
        "nafasam band omade, tanham, komak",
        # a child lost
        "tiflam dar park gum shuda, hich ja nist", "طفلکم گم است، یک ساعت است پیدایش نمیکنیم",
        # acid, taken by force, death threats against the family
        "shoharam tahdid karde asid berize ru suratam",
        "دو نفر مرد همسایه ما را به زور سوار موتر کردند",
        "be zoor savaresh kardan va bordanesh, nemidoonim koja",
        "قاچاقچی پیام داده اگه پول نفرستم بچه‌هامو میکشه",
        "پسرعموم گفته اگه طلاق بگیری سرت را میبرم",
        # drowning
        "پسرم تو استخر رفت زیر آب، نمیبینمش",
        # stroke signs
        "مادربزرگم سمت راست بدنش بی‌حس شده و کلمات رو قاطی میکنه",
        "pedaram nesfe badanesh kar nemikone, yehoo oftad",
        # allergic shock
        "بعد از خوردن گردو زبونش ورم کرده و نفسش خس خس میکنه",
        "galoom varam karde, nemitoonam qoort bedam",
        # farewells
        "این آخرین پیغام من است، همه حلالم کنید", "farda nistam ke azyatetun konam, khodahafez",
        # electric shock
        "دست پسرم به برق گیر کرده", "کاکایم را کرنت گرفت",
        # writing in secret, a baby turning blue, chest pain
        "نمیتوانم زیاد بنویسم، شوهرم در اتاق بغلی است", "nozadam dare kabood mishe, sorfe mikone",
        "shoharam dard-e sine dare, araq-e sard karde",
        # sleeping forever, a farewell, a last night, voices, "better without me", life pointless
        "چند تا قرص بخورم که برای همیشه بخوابم؟", "به همه بگید دوستشون داشتم، دیگه منو نمیبینید",
        "امشب آخرین شب منه", "صداها بهم میگن از پنجره بپرم",
        "yeki to saram harf mizane, mige khodeto bokosh", "اگه من نباشم برای خانوادم بهتره",
        "az zendegi khaste shodam, fekre mordan az saram birun nemire",
        # an abuser: a phone broken, the neighbour's phone, waiting at the home, locked in (Dari)
        "shoharam gushimo shekast, az telefone hamsaye payam midam",
        "با گوشی همسایه مینویسم، اون نباید بفهمه", "یه مرد جلوی خونه منتظرمه، جرات ندارم برم بیرون",
        "poshte dar vaistade va dar mizane", "شوهرم مره ده خانه بند کده و رفته",
        # a child touched, sexual assault hinted at, forced marriage
        "ناپدریم به بدنم دست میزنه و میگه به کسی نگو",
        "دخترم میگه عموش جاهایی که نباید بهش دست زده",
        "دیشب چیزی شد که نمیتونم بگم، دکتر زن لازم دارم", "بابام میخواد بزور شوهرم بده",
        "bedoone ejazeye man nekah kardan",
        # a child and grandparents' pills, a work accident, medical signs
        "pesaram ghorsaye madarbozorgamo khorde", "همکارم تو گودال زیر خاک موند",
        "یکی از داربست افتاد پایین", "zir-e avar munde, sedash miad",
        "بچه ام از دیروز تب داره و گردنش خشک شده", "چشماش رفت بالا و دست و پاش میلرزه",
        "نوزادم کبود شده و نفسش صدا میده",
        # everyday words in a crisis: a tree, a car, a train, a dog, a sting, work, Dari forms
        "طوفان شد درخت افتاد روی یه مرد تو کوچه", "یه ماشین پسرمو زیر گرفت و رفت",
        "شوهرم تو انبار زیر قفسه ها مونده", "dokhtaramo sag gazesh gerefte vel nemikone",
        "پای پسرم شکسته استخونش زده بیرون", "tu bahnhof yeki oftad ru gleis",
        "طفلم چیزی قورت کرد گلویش بند شده", "bachem dawaye mara khorda",
        "پدرم وسط بازی افتاد و قلبش نمیزنه", "madaram gap zada nametana",
        "شوهرم گفته امشب همتونو میکشم", "ye mard dokhtaramo be zoor lams kard",
        "سیل اومده ما تو ماشین تو آب گیر کردیم", "pesaram tu istgah gom shode 5 salashe",
        "یه نفر آنلاین تهدیدم میکرد الان دم در خونمه", "دخترمو تو بازار گم کردم سه سالشه",
        "mashin chap karde ranande tush gir karde", "مار پای بچمو نیش زد",
        "khun bas nemesha az dastesh", "tifl tab dara 40 takan takan mekhora",
        # a past event cut out, a present one beside it still alarms; a threat without a laugh
        # a dream clause that ends at "now"
        "پنج سال پیش منو کتک میزد، الان دوباره شروع کرده و کتکم میزنه",
        "دو سال پیش اومدیم آلمان، دیشب شوهرم کتکم زد", "3 sal pish umadim, alan mano mizane",
        "شوهرم گفت اگه به پلیس بگم منو میکشه", "خواب دیدم دزد اومده، الان واقعا یکی تو خونه است",
        # descaler, a flood, a forklift, a falling wall, men storming in; indirect suicide: a
        # letter to the children, forgive me and I'm going, not seeing tomorrow, by the tracks
        "bachem jermgir khord dare estefragh mikone", "سیلاب اومده مادرم تو زیرزمین گیر کرده",
        "همکارم زیر لیفتراک له شد", "دیوال افتاد بالای یک نفر در سرک",
        "چند تا مرد ریختن تو خونه و شوهرمو بردن", "مرا ببخشید، من میروم و دیگر برنمیگردم",
        "برای بچه هایم یادداشت گذاشتم، دیگه تحمل ندارم", "نمیخوام فردا رو ببینم، قرصا آماده ست",
        "kenar reyl nashastam, khodahafez", "امشب خود را از پل میندازم",
        "شارژم تموم شد، پدرم داره میمیره زود بیاید",
        "یه نفر پشت پنجره اتاقمه، میترسم", "پسرم یه آهنربا قورت داده",
        "دزدا تو خونمونن من زیر تخت قایم شدم", "قندش پایین افتاده داره میلرزه و عرق کرده",
        "کیسه آبش پاره شده فقط سی هفته است",
        "emshab bache haro be iran mibare, passport ha ro gerefte",
        # told calmly: thanks or a service first, the danger asked as "is it normal?", "should
        # we wait?"
        "سلام، ممنون بابت آدرس کیتا. نوه‌ام دو ماهشه، از صبح بیحال شده و جواب نمیده، طبیعیه؟",
        "salam, pesare 2 maham az zohr sakht nafas mikeshe, ta farda sabr konim?",
        "مرسی. دخترم یه کپسول لباسشویی رو گاز زد، آب بدم کافیه؟",
        "بچه‌م تب داره و رو پاش لکه هایی زده که با فشار محو نمیشن، تا دوشنبه صبر کنیم؟",
        "تشکر از معلومات کورس. مادرم میگه بدترین سردرد زندگیشه و دو بار قی کرده، فردا داکتر بریم؟",
        "سلام، همسرم ۳۰ هفته بارداره و آبش ریخت، اتوبوس کی میاد؟",
        "ببخشید، بخاری روشنه و همه‌مون سرگیجه داریم، پنجره رو باز کنیم بسه؟",
        "شوهر سابقم جلوی مدرسه وایساده و میگه بچه رو با خودش میبره، مدرسه کی تعطیل میشه؟",
        "سلام، پدرکلانم روی یخ لغزید و سرش به زمین خورد، حالا همه چیز را دوتا میبینه",
        "سلام، برادرم موشکش خورده، باید شیر بخوره؟",
        "ممنون از کمکتون. دخترم قرصای آهن رو خورده ولی هنوز سرحاله، صبر کنم؟",
        "سلام، در زیرزمین ما آب تا کمر بالا آمده و برق روشن است",
        "سلام، یک مرد به دخترم گفت بیا تو ماشینم، حالا هم دور خونه ما میچرخه",
        "salam, madaram eshtebahi do bar ghors khorde, alan kheili gije",
        "بابام دیابت داره، عرق کرده و میلرزه، آب قند بدیم کافیه؟",
        "امشب روی بام نشستم و فقط میخوام با یکی گپ بزنم",
        "سلام، بعد از نیش زنبور لبهایش ورم کرده و نفسش خس خس میکنه، قرص آلرژی بدیم؟",
        "سلام، پسر پنج ساله‌ام از مکتب گم است، معلم هم نمیدانه کجاست",
        "سلام، بچه رو دو ساعت تو ماشین تنها گذاشتم، الان خیلی داغه و خوابش میاد",
        "ye soal: hamsaram 34 hafte hamele ast va az dishab hes nemikonam tekon bokhore bache",
        "چطوری میشه بی درد بمیرم", "یه غریبه میخواد پسرمو سوار ماشینش کنه",
        # the same families: a partner's threat, a danger beside a lost wallet or a parcel, a stroke
        # again now
        "اگه دیر برسم شوهرم منو میکشه",
        "مامانم منو میکشه اگه دیر برسم، ولی الان یکی با چاقو دنبالمه",
        "پلیس ثبت کرد ولی شوهرم هنوز اسلحه داره و میترسم",
        "دو سال پیش سکته کرده بود، الان دوباره سکته کرده",
        "DHL جواب نمیده و بچه‌م گم شده",
        # the same kinds said another way (a throat swelling, an ex pounding at the door, pills in
        # hand, a gun taken to a mosque), and look-alikes beside a danger
        "پسرم بادوم زمینی خورد و گلوش داره ورم میکنه",
        "نامزد قبلیم جلوی خونه‌ست و مشت میکوبه به در",
        "shohare sabegham posht-e dare, dar ro mikoobe",
        "یه مشت قرص تو دستشه و میگه همشو میخوره",
        "bacam kolli qors too dastesh gerefte",
        "پسرخاله‌ام که حرفای تند میزد گفت فردا با تفنگ میره مسجد",
        "تو اورژانس کار میکنم ولی الان خودم تصادف کردم و خون میاد",
        "خبر آتش سوزی؟ نه، خونه خودمون آتش گرفته",
        "از آمبولانس سریعتر بیاید، پدرم نفس نمیکشه",
    ],
    "ro": [
        "soțul mă bate", "vreau să mor", "chemați ambulanța", "mă amenință", "copilul a dispărut",
        "salvați-mă", "sotul m-a lovit cu pumnul", "cineva incearca sa intre in casa",
        "nu mai vreau sa traiesc", "copilul a băut detergent", "mama a leșinat",
        "fiica mea nu s-a întors de la școală", "mă amenință că mă omoară", "arde bucătăria",
        "fostul meu mă urmărește peste tot", "vreau să mă arunc de pe bloc", "ajutor!",
        "am fost violată aseară", "ajutor repede", "vecinul își bate copiii",
        "mama a căzut pe scări și nu se mișcă", "sora mea și-a tăiat venele",
        "am înghițit toate pastilele", "copilul s-a opărit cu apă fierbinte",
        "mă ține închisă în casă", "cineva mă șantajează", "vreau să se termine totul",
        "fiul meu a fugit de acasă", "miroase a fum", "m-a violat un coleg",
        "nu mai suport viața asta", "soțul bate copiii", "mama a luat toate pastilele",
        "copilul a căzut de pe balcon", "afară e un bărbat cu cuțit", "sângerez foarte tare",
        "vreau să-mi pun capăt zilelor", "ajutati-ma va rog", "sotul ma bate rau",
        "soțul m-a bătut iar", "copilul are convulsii", "cineva mă urmărește de la stație",
        "am înghițit o sticlă de pastile", "fratele meu vrea să mă omoare", "mama nu mai respiră",
        "a luat foc casa", "m-au atacat pe stradă", "soțul m-a strâns de gât",
        "vreau să dispar pentru totdeauna", "fiica nu răspunde, prietenii nu știu unde e",
        "iese fum de la vecini", "m-a împins pe scări", "cineva a spart ușa și a intrat",
        'vrea să se arunce de pe pod',
        'cineva trage cu arma în stradă',
        'tata nu se scoală',
        'am o durere mare în piept',
        'a intrat cineva în casă',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'am scris o scrisoare de adio',
        'scriu pe ascuns, el e acasă',
        'tata are gura strâmbă',
        'cineva forțează ușa',
        'ajutor',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'sotul s-a prins de inima si a cazut',
        'mi s-a rupt apa si contractiile sunt la 2 minute',
        'baiatul a luat curent',
        'un caine a muscat copilul piciorul e plin de sange',
        'fostul a luat copilul si zice ca nu-l mai vad niciodata',
        'mama a cazut si nu deschide ochii',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "fostul meu asteapta in fata usii", "copilul e singur acasa de trei zile",
        "îmi scrie: dacă pleci, ești moartă", "sora mea a facut insolatie si vomita",
        "sotul mi-a dus fiica in Romania si nu o mai aduce inapoi",
        # falls, trapped or caught in a machine, drowning, swelling, labour, gas, bites, lost child
        "sotia mea naste chiar acum in masina", "s-a umflat limba copilului si abia respira",
        "miroase tare a gaz pe scara blocului", "colegul e prins sub o macara",
        # told calmly: a greeting or a question first, the danger named in passing
        "Bună, o întrebare despre Kita. Bebelușul are buzele puțin vinete și nu vrea să mănânce",
        "Salut, fiul meu a mâncat o capsulă de rufe și tușește, e grav?",
        "Bună seara, bunica a căzut în baie și nu se mai poate ridica de o oră",
        "Salut, fostul meu stă în fața blocului de trei ore și îmi scrie că urcă",
        "Bună ziua, câte pastile sunt prea multe pentru un om? întreb pentru mine",
        "Mulțumesc pentru formular. Tata vomită sânge de azi dimineață, pot aștepta?",
        "Salut, un copil mic e închis în mașină în parcare la soare, ce să fac?",
        "Bună, apa intră în mașină și motorul s-a oprit, sunt pe drum cu copilul",
    ],
    "bg": [
        "мъжът ми ме бие", "искам да умра", "извикайте линейка", "заплашва ме", "пожар",
        "помогнете", "мъжът ми ме удари и ме заключи", "някой се опитва да влезе в апартамента",
        "не искам повече да живея", "детето глътна батерия", "баба припадна",
        "дъщеря ми не се е прибрала от училище", "заплаши ме с пистолет", "гори къщата",
        "бившият ме следи навсякъде", "помогнете, спешно", "искам да сложа край на живота си",
        "насилват ме да се омъжа", "pomognete", "помощ!", "майка ми падна и не може да стане",
        "сестра ми си преряза вените", "детето се попари с вряла вода", "държат ме затворена",
        "изнудват ме", "боли ме в гърдите", "някой ме дебне", "искам всичко да свърши",
        "синът ми избяга от вкъщи", "не искам да се събуждам", "гълтнах всички хапчета",
        "мъжът ми бие децата", "майка ми изпи всички хапчета", "детето падна от балкона",
        "отвън има мъж с нож", "кървя много", "искам да се самоубия", "pomognete moly",
        "muzhat mi me bie", "мъжът ми ме би пак", "детето има гърчове и не реагира",
        "някой ме следи от спирката", "изпих шише хапчета", "брат ми иска да ме убие",
        "майка ми не диша", "запали се къщата", "нападнаха ме на улицата",
        "мъжът ми ме стисна за гърлото", "искам да изчезна завинаги",
        "дъщеря ми не отговаря, приятелите не знаят къде е", "от съседите излиза дим",
        "бутна ме по стълбите", "някой разби вратата и влезе",
        'искам да си сложа край',
        'някой стреля навън',
        'бабa не се събужда',
        'vikaite lineika',
        'гонят ме',
        'той ме заплашва с нож',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'написах прощално писмо на децата',
        'пиша тихо, той е вкъщи',
        'детето се задави',
        'мама се хвана за гърдите и падна',
        'помощ моля',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'синът ми изпи белина',
        'изтекоха ми водите',
        'сина ми го удари ток',
        'двама мъже набутаха сина ми в кола',
        'брат ми каза че ще застреля цялото семейство',
        'съседът крещи на жена си чуват се удари',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "бившият ми чака пред вратата", "вчера ме преби и казва че тази нощ ще ме довърши",
        "детето на съседите е само вкъщи от три дни", "baba padna i ne mozhe da stane",
        "стои пред вратата с бухалка",
        # falls, trapped or caught in a machine, drowning, swelling, labour, gas, bites, lost child
        "детето се дави в басейна", "в апартамента има миризма на газ и никой не отваря",
        "баща ми падна от покрива и не помръдва", "колата е смачкана, шофьорът е заклещен вътре",
        # told calmly: a greeting or a question first, the danger named in passing
        "Здравейте, кога е курсът? Баба говори завалено и не може да си вдигне ръката",
        "Здрасти, детето сдъвка капсула за пране и повръща",
        "Добър вечер, синът ми повръща кръв от час, да чакаме ли до утре?",
        "Здравей, колко висок е мостът над магистралата? Искам всичко да спре",
        "Благодаря за всичко. След тази нощ вече няма да ви пиша",
        "Здравейте, бурята събори дърво върху колата на съседа, той е вътре",
        "Здрасти, брат ми пи препарат за миене и го боли гърлото",
        "Добър ден, мъжът ми има астма, инхалаторът не помага и устните му посивяват",
        "уморих се да живея",
        # look-alike families that must not swallow a danger: a father's threat, a clause after
        # "a year ago", a farewell letter, poisonous mushrooms eaten, a deadline and a fire
        "Баща ми ще ме убие, ако разбере, че имам приятел",
        "Преди година дойдохме, мъжът ми ме преби", "мъжът ми ме преби",
        "Синът ми изчезна писмото остави", "Детето изяде отровни гъби",
        "Срокът гори, а къщата гори!",
    ],
    "pl": [
        "mąż mnie bije", "chcę umrzeć", "wezwijcie karetkę", "grozi mi", "dziecko zaginęło",
        "ratunku", "maz mnie pobil", "ktoś się włamuje do mieszkania", "nie chce juz zyc",
        "dziecko wypiło płyn do naczyń", "tata stracił przytomność", "córka nie wróciła ze szkoły",
        "grozi mi nożem", "pali się w kuchni", "ktoś mnie śledzi od tygodnia",
        "rodzice chcą mnie wydać za mąż na siłę", "chcę się zabić", "pomocy", "POMOCYYY",
        "zgwałcił mnie", "mama upadła i się nie rusza", "siostra podcięła sobie żyły",
        "dziecko oparzyło się wrzątkiem", "ktoś mnie szantażuje", "boli mnie w klatce",
        "chcę żeby to wszystko się skończyło", "syn uciekł z domu", "trzymają mnie zamkniętą",
        "nie chcę się obudzić", "mąż bije dzieci", "mama połknęła wszystkie tabletki",
        "dziecko spadło z balkonu", "na zewnątrz jest facet z nożem", "bardzo krwawię",
        "chcę odebrać sobie życie", "ratunku pomocy", "maz mnie bije prosze pomocy",
        "mąż znowu mnie uderzył", "dziecko ma drgawki i nie reaguje",
        "ktoś idzie za mną od przystanku", "połknęłam opakowanie tabletek", "brat chce mnie zabić",
        "mama nie oddycha", "zapalił się dom", "napadli mnie na ulicy", "mąż mnie dusił",
        "chcę zniknąć na zawsze", "córka nie odbiera, przyjaciele nie wiedzą gdzie jest",
        "od sąsiadów leci dym", "zepchnął mnie ze schodów", "ktoś wyważył drzwi i wszedł",
        'nie mam już siły żyć',
        'ktoś strzela na ulicy',
        'ktoś wszedł do domu',
        'tata leży na podłodze',
        'nie mogę złapać tchu',
        'ktoś mnie goni',
        # calm or indirect: farewell, pills, writing in secret, someone outside, screams, stroke
        'napisałem list pożegnalny',
        'piszę po kryjomu, mąż jest w domu',
        'mama ma krzywą twarz',
        'sąsiadka woła o pomoc',
        'pomocy!',
        # poison, labour, drowning, electric shock, abduction, threats, blows heard
        'kuchnia pelna dymu dzieci sa w srodku',
        'syn wypil domestosa',
        'odeszly mi wody skurcze co 2 minuty',
        'syna porazil prad',
        'moj 5-letni syn zniknal w parku',
        'brat powiedzial ze zastrzeli cala rodzine',
        'dziecko się dusi',
        # implied danger, honour, abroad, someone at the door, heat, cold, CO
        "mój były czeka pod drzwiami", "nie obudzila sie od rana i ma sine usta",
        "pisze mi: jak odejdziesz, jesteś martwa", "dziecko jest samo w domu od trzech dni",
        "wszyscy mamy bóle głowy od kiedy włączyliśmy piecyk gazowy",
        # falls, trapped or caught in a machine, drowning, swelling, labour, gas, bites, lost child
        "chłopiec tonie przy plaży, nikt nie umie pływać", "prasa przygniotła mu dłoń",
        "maszyna wciągnęła mi rękaw razem z ręką",
        # told calmly: a greeting or a question first, the danger named in passing
        "Dzień dobry, pytanie o Kindergeld. Córka ma spuchnięte usta po orzechach i ciężko oddycha",
        "Hej, gdzie jest kurs? Mąż leży w łazience, nie mogę go dobudzić, obok puste opakowanie",
        "Cześć, jak wysoki jest most nad kanałem? Już nie chcę tu być",
        "Dzień dobry, ktoś od miesiąca robi mi zdjęcia, a teraz szarpie za klamkę",
        "hej, ile tabletek nasennych to śmiertelna dawka? pytam dla siebie",
        "Dzień dobry, synek zjadł kapsułkę do prania i kaszle, czekać?",
        "Cześć, w piwnicy woda sięga już do kolan i jest tam prąd",
        "Dzień dobry, mąż wymiotuje krwią od rana, czy mogę poczekać na lekarza rodzinnego?",
        "tata wymiotuje krwią",
    ],
}

# Ordinary requests for services (some with "help", "urgent" or a lost document) that must not
# bring up the emergency numbers.
ORDINARY = {
    "de": [
        'Der Badboden ist nass, wer repariert das?',
        'Ich bin nach der Impfung etwas benommen, ich brauche einen Arzttermin',
        "Ich suche eine Kita in Verl", "Wann hat das Jobcenter offen?", "Hilfe",
        "Termin bei der Ausländerbehörde", "Ich suche einen Deutschkurs am Abend",
        "Hilfe beim Ausfüllen vom Antrag auf Wohngeld", "Sprechen Sie auch Polnisch?",
        "Ich brauche Hilfe bei der Jobsuche", "Gibt es Veranstaltungen für Frauen am Wochenende?",
        "Hilfe, was kann ich hier fragen?", "Wie lange dauert der Integrationskurs?",
        "Wo ist die Migrationsberatung in Rietberg?", "Ich möchte einen Erste-Hilfe-Kurs machen",
        "Wo kann ich Blut spenden?", "Ich suche Arbeit als Krankenschwester",
        "Ich habe Angst vor der Deutschprüfung",
        "Die Kita kostet 110 Euro im Monat, ist das normal?", "Hilfe bei der Steuererklärung",
        "Mein Pass ist verloren gegangen, was muss ich tun?",
        "Ich brauche einen Termin beim Kinderarzt", "Gibt es eine Selbsthilfegruppe für Frauen?",
        "Kann mir jemand beim Brief vom Amt helfen?", "Wo finde ich einen Schwimmkurs für Kinder?",
        "Mein Sohn schlägt vor, dass wir zusammen einen Kurs machen",
        "Gibt es Beratung zum Thema Schulden?", "Ich suche einen Platz in der OGS",
        "wann ist der nächste Elterncafé Termin",
        "Wie melde ich meinen Sohn beim Fußballverein an?",
        "Mein Kind braucht einen Kitaplatz ab August, dringend!", "Hilfe beim Lebenslauf bitte!",
        "Gibt es einen Kurs für Erste Hilfe am Kind?",
        "Ich möchte Deutsch lernen, am besten schnell",
        'Vermieter gibt die Kaution nicht zurück',
        'ich hatte einen Unfall bei der Arbeit, welche Rechte habe ich',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'Wann ist das Frauenhaus geöffnet?',
        'ich sterbe vor Neugier, wann beginnt der Kurs?',
        'das Amt bringt mich um mit den Formularen',
        'mein Vermieter droht mit Kündigung',
        'dringend: wann öffnet das Bürgerbüro?',
        'kein Notfall, nur eine Frage zur Kita',
        'mein Akku ist leer, Notfall, wo kann ich laden',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'ich möchte bei der feuerwehr arbeiten',
        'wo melde ich meine adresse um, muss ich zur polizei',
        'ich mache mir sorgen um meinen sohn, er spielt so gewalttätige spiele, gibt es beratung',
        'wo kaufe ich spülmittel und putzlappen',
        # courses about violence, old falls, ordinary cold and heat
        "gibt es eine fortbildung zu häuslicher gewalt für fachkräfte?",
        "meine oma ist letztes jahr gestürzt, gibt es einen pflegedienst",
        "wir machen ein projekt gegen ehrenmorde an der schule",
        "es ist eiskalt und die heizung ist kaputt",
        "ich habe seit tagen kopfschmerzen und schwindel, welcher arzt",
        # look-alikes: a gas bill, work on scaffolding, a pinched nerve, a birth planned, a dog
        "ich habe einen eingeklemmten Nerv im Rücken, welcher Arzt hilft?",
        "mir ist beim Sport ein Nerv eingeklemmt, ich brauche einen Orthopäden",
        "die Mail ans Jobcenter ist wohl untergegangen, ich warte noch auf den Termin",
        "gibt es einen Schwimmkurs, wo Kinder im Wasser unter Aufsicht üben?",
        "ich spring gleich noch zum Bäcker, bis später",
        # near the calm-crisis keywords: lips, farewells, bridges, pills, water, cars
        "Wo kann ich eine Lippenpflege für mein Baby kaufen?",
        "Hab mich von meiner Familie verabschiedet und bin nach Deutschland gekommen. Deutschkurs?",
        "Der Krankenwagen war damals schnell da, danke nochmal. Wo gibt es einen Erste-Hilfe-Kurs?",
        "Ich bekomme schlecht Luft durch die Nase wegen Heuschnupfen, welcher Arzt hilft?",
        "Wie hoch ist die Miete für eine Wohnung in Verl?",
        "Der Wasserpreis steigt, wer hilft bei den Nebenkosten?",
        "Ich fahre jeden Tag allein im Auto zur Arbeit, gibt es Fahrgemeinschaften?",
        "Papa war letztes Jahr im Krankenhaus, jetzt geht es ihm gut. Gibt es eine Seniorengruppe?",
        "Wo kann man hier Waschmittelkapseln günstig kaufen?",
    ],
    "en": [
        'I feel dishonoured by the Jobcenter letter',
        'where can I buy kitchen knives cheap',
        'my bike chain fell off, where is a repair shop',
        'is it normal for kids getting hit by a ball at school? I want counselling',
        'can I get into a car sharing club in Gütersloh',
        "I was fired from my job", "help", "My son loves football",
        "I'm looking for a German course in Gütersloh", "do you also write Polish?",
        "help me find a job as a driver", "where can I register my child for kindergarten?",
        "what are the opening hours of the migration counselling?",
        "are there any events for kids this weekend?", "I need help with my Jobcenter application",
        "help, what can I ask here?", "how do I get my degree recognised?",
        "Is there a first aid course?", "I'm scared of the language exam",
        "What happens if I'm missing documents?", "Can someone help me with my tax return?",
        "Where is the nearest doctor?", "my husband is looking for work as a driver",
        "I lost my residence permit card", "Do you have events for women?",
        "how can I learn German fast", "I need help with the Jobcenter letter",
        "Where can my daughter play football?", "Is the counselling free of charge?",
        "I want to volunteer at a refugee organisation", "my English is bad, can you speak Arabic?",
        "I have a question about child benefit", "Where can I find a family doctor?",
        "I urgently need a Kita place!", "Help! I don't understand this letter from the Jobcenter",
        "Is there a women's group on Tuesdays?", "How do I apply for citizenship?",
        "I had an accident at work and my boss says don't tell anyone",
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        "what are the opening hours of the women's shelter?",
        'urgent: when does the office open?',
        'help! what can you do',
        "I'm dying to see the new course list",
        'the paperwork is killing me',
        'my landlord threatens to evict us, what are my rights',
        'you saved my life, thanks',
        'my phone battery died, where can I charge it',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'i want to work for the fire brigade',
        'where can i buy a fire extinguisher',
        'do i need to go to the police to register my new address',
        'our baby is coming in may, how do i apply for kindergeld',
        'where can i shoot the photos for my passport',
        # courses about violence, old falls, ordinary cold and heat
        "is there a course on domestic violence for social workers?",
        "my child stays home alone after school, is there an OGS?",
        "where can I buy a carbon monoxide detector", "did you get my last message?",
        "my son is alone at home for two hours after school",
        # look-alikes: a gas bill, work on scaffolding, a pinched nerve, a birth planned, a dog
        "my gas bill went up a lot, who can explain it to me?",
        "I work on scaffolding, is there a German course in the evening?",
        "grandpa had a fall last year and now needs a care service",
        "I have trouble breathing through my nose, is there an ENT doctor?",
        # near the calm-crisis keywords: lips, farewells, bridges, pills, water, cars
        "I left my documents in the car, can I bring them tomorrow?",
        "Where can I buy laundry pods cheaply?",
        "How high is the rent for a flat in Gütersloh?",
        "Is there a boat trip on the lake in Rietberg for families this summer?",
        "I've lived across the street from the school for years, which Kita is closest?",
        "Thanks, I won't need help anymore, I found a job!",
        "My husband gets in his car at 6 every morning, is there a parking permit for our street?",
        "The topic of my residence permit didn't come up at the interview, is that normal?",
    ],
    "ar": [
        'lam el shaml kam byet2akhar',
        'dayy3t el passport, shu a3mel',
        'layle sa3ide ya jama3a',
        "أبحث عن دورة لغة", "بدي سجل ابني بالروضة", "وين في كورس لغة ألمانية بغوترسلوه",
        "ساعدوني لاقي شغل", "شو مواعيد دوام مكتب الاستشارة", "في فعاليات للأطفال هالأسبوع؟",
        "كيف بعادل شهادتي", "في جمعية سورية بفيرل؟", "بتحكي بولندي؟", "بدي حدا يترجملي رسالة",
        "ابحث عن حضانة لطفلتي", "شنو تكدر تساعدني بيه", "بدي كورس لغة مستوى B1",
        "وين بلاقي دكتور بيحكي عربي", "ضاع جوازي شو لازم اعمل", "بدي موعد بمكتب الاجانب",
        "في شغل للنسوان بفيرل؟", "كيف بسجل بنتي بالمدرسة", "محتاج مساعدة بالأوراق",
        "في نشاطات للشباب؟", "شو لازم اعمل لاعادل شهادتي", "بدي اتعلم الماني بسرعة",
        "وين مكتب الاستشارة للمهاجرين", "عندي سؤال عن الكيندرغيلد",
        "وين في دكتورة نسائية بتحكي عربي", "بدي روضة لابني بسرعة", "ساعدوني بالسيرة الذاتية",
        "في دورة اسعافات اولية؟", "شو لازم اعمل لجيب اهلي لالمانيا",
        'ابني صاير متطرف بس ما في خطر هلق، بدي نصيحة',
        'مين كسب الماتش',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'رح موت من الضحك',
        'صاحب البيت عم يهددني بالطرد',
        'مو حالة طوارئ بس عندي سؤال',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'الطوارئ بالمستشفى فاتحة بالويكند ولا بس دكتور العيلة',
        'الجوب سنتر عم يقتلني بالرسايل',
        'من وين بشتري طفاية حريق',
        'في مطعم على الجسر بغوترسلو',
        # courses about violence, old falls, ordinary cold and heat
        "في دورة عن العنف الأسري للمختصين؟", "ابني بيضل لحالو بالبيت بعد المدرسة، في OGS؟",
        "مشروع بالمدرسة ضد جرائم الشرف",
        # dialects and formal Arabic: matches, sums, school fears, lost keys, volunteering
        "شو رأيك بمباراة برشلونة امبارح", "بنتي بتتعلم جدول الضرب وبدها مساعدة بالواجبات",
        "شو الفرق بين قسم الطوارئ ودكتور العيلة", "ضاع مفتاح البيت شو لازم اعمل",
        "ابني خايف من المدرسة الجديدة", "أود التطوع في الدفاع المدني",
        "بغيت نقرا الالمانية فين كاين شي كورس", "خايف على ابني من الأفكار المتطرفة بس ما صار شي",
        "ابني يتابع شيوخ متشددين على يوتيوب وانا قلقان ما في خطر بس ابي نصيحة",
        "انا تعبانة نفسيا شوي وبدي احكي مع حدا مختص", "المدير قتلني بالشغل اليوم",
        "الحر اليوم بيموت", "الماتش امبارح كان نار", "كيف أتابع طلبي في مكتب الأجانب",
        "بنتي بتقول المدرسة بتخنقها ومش عاوزة تروح", "ابنتي تخاف من الظلام هل هذا طبيعي",
        "بغيت نتبع كورس ديال المعلوميات", "ابني يريد يصير شرطي شنو الشروط",
        "المباراة كانت قاتلة خسرنا بالدقيقة الاخيرة", "شفت فيلم رعب امبارح ومتت من الخوف",
        "ولدي ولا يتبع ناس متطرفين فالانترنت وانا خايفة عليه",
        "زوجي يصرخ كثيرا عندما يتعب من العمل ونريد استشارة زوجية",
        "ولدي يحب ألعاب الفيديو العنيفة هل هذا مضر", "بغيت نخدم فالمطعم",
        "ابي اشتغل سواق شلون اسوي رخصة",
        # a gas bill, an old fall, blood pressure, training, a swimming course, a school absence
        "فاتورة الغاز طلعت غالية كتير", "جدي وقع السنة الماضية وهلق بدنا خدمة رعاية بالبيت",
        "ضغط الدم عند ابوي عالي، وين في دكتور قلب", "bdi tadrib mihani bl Ausbildung",
        "bdi kors sba7a la ibni la ma yighra2",
        "binti ghabet 3an el madrase mbare7, shu lazem a3mel", "el mat3am 2arib mn el jisr",
        "غرقانين بالديون وبدنا استشارة",
        # the last night in the Heim, prices "all fire", a toddler not talking yet, not wanting
        # to live in the Heim, nobody got back to me, a flat by the railway
        "hay a5er lele ili bel heim, bokra bentel 3al bet el jdid", "el as3ar kella nar bi almanya",
        "ibni 3omro 2 w ma 3am ye7ki lissa, fi 7ada y3allmo?", "ma bidi 3ish bel heim, bidi sha2a",
        "لسا ما رجعلي حدا من المكتب", "بيتنا جنب سكة القطار والصوت عالي",
        # calm look-alikes: a leak, a chest pain that was a muscle, a card swallowed, living in
        # a hostel, papers finished, an old accident, nightmares, waiting for a doctor
        "مرحبا، نزلت مي من السقف بالحمام، لمين لازم احكي؟",
        "شكرا، الدكتور قال انو الوجع اللي كان بصدري طلع عضلي بس",
        "ساعدوني بالتطبيق، ما عم يفتح معي",
        "قبل سنتين صار حادث بالسيارة، هلق بدي اعرف عن التأمين",
        "صوت الجيران عالي كتير بالليل، لمين بشتكي؟",
        "الحرارة اليوم 40 درجة، وين في مسبح بغوترسلو؟",
        "بدي اشتري حبل غسيل، وين في محل قريب؟",
        "طليقي كان يضربني قبل سنين، هلق بدي اعرف عن الحضانة",
        "شو فيك تعمل؟ ساعدني افهم",
        # an accident, fire or stroke long ago, a first-aid course, a job at the ambulance, grief,
        # things "killing me", a mother if I am late, a bike registered, a parcel, teaching children
        "صار معي حادث سير من سنتين وهلق بدي اعرف اذا التأمين لازم يدفع",
        "كان عنده جلطة دماغية قبل سنتين، في مركز علاج طبيعي بالعربي؟",
        "قبل سنتين صار عنده جلطة، كيف بطلب درجة رعاية؟",
        "قبل سنين طليقي كان يضربني، هلق بدي طلاق رسمي، وين بلاقي محامي؟",
        "في دورة اسعاف اولي للأهالي بالكيتا؟",
        "جوزي بيشتغل سواق إسعاف، كيف بيتعادل شهادته؟",
        "اشتغلت بقسم الطوارئ عشر سنين، بدي شغل بألمانيا",
        "قلبها محروق على اهلها بغزة، في حدا تحكي معه؟",
        "الانتظار ده هيموتني، امتى بيطلع الرد؟",
        "لو تأخرت عن الموعد امي رح تقتلني، كم بيستغرق الباص؟",
        "كيف بعمل تسجيل البسكليت عند الشرطة؟",
        "الشحنة تبعي ضايعة، لمين بشتكي؟",
        "نسيت جزداني بالترين، وين مكتب المفقودات؟",
        "بدي علم ولادي امتى يتصلوا بالشرطة",
        "bas baddi 2ollak 3melt 7adis sayyara mn santen, hal lazem 2a3mel shi?",
        # look-alikes: faster than an ambulance, a fire in the news, a joke or a school talk about
        # the police, an ambulance that came and all is well, a number asked just to know, an
        # office's papers "killing me", a certificate of good conduct, a landlord knocking
        "ردك اسرع من سيارة الاسعاف 😂",
        "قريت خبر عن حريق بغوترسلو، شو صار؟",
        "بدي نكتة عن الشرطي والحرامي",
        "الشرطة جاية للمدرسة يعملو توعية عن المخدرات، في شي للأهالي؟",
        "الاسعاف وصل وابوي هلق بخير الحمدلله، شكرا",
        "رقم الشرطة بألمانيا 110؟ مجرد سؤال",
        "بس لاعرف، شو رقم الاطفائية هون؟",
        "اوراق الFinanzamt رح تقتلني، في حدا بيفهم فيها؟",
        "بدي شهادة حسن سلوك من الشرطة للشغل",
        "بنتي عندها يوم الاطفائية بالروضة، شو لازم تلبس؟",
        "صاحب البيت بيدق الباب كل يوم عشان الإيجار، شو حقوقي؟",
    ],
    "tr": [
        'namusumla çalışıyorum, iş arıyorum',
        'e-postama tepki yok, ne yapmalıyım',
        "Sınavdan çok korkuyorum", "Bu evraklar beni öldürüyor",
        "Kreş arıyorum", "Verl'de kreş arıyorum", "Almanca kursu ne zaman başlıyor",
        "iş bulmama yardım eder misiniz", "göçmen danışmanlığı hangi günler açık",
        "gündüz çocuk bakımı hizmeti arıyorum", "bu hafta sonu etkinlik var mı",
        "Lehçe de biliyor musun?", "acil değil ama bir sorum var", "açılış saatleri",
        "Gütersloh'da Türk derneği var mı", "bana nasıl yardımcı olabilirsin",
        "İlk yardım kursu var mı", "kayıp eşya bürosu nerede", "pasaportum kayıp ne yapmalıyım",
        "çocuk doktoru arıyorum", "Almanca öğrenmek istiyorum, acil", "iş arıyorum Gütersloh'da",
        "danışmanlık ücretsiz mi", "kadınlar için etkinlik var mı",
        "oğlum için futbol kulübü arıyorum", "Jobcenter mektubunu anlamadım",
        "yardım eder misiniz, formu dolduramıyorum", "hangi günler açıksınız",
        "oğlum için futbol kulübü var mı", "acil kreş lazım",
        "yardım edin, Jobcenter mektubunu anlamıyorum", "kadınlar grubu salı günü mü",
        "vatandaşlık başvurusu nasıl yapılır",
        'sınır dışı edilmekten korkuyorum',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'acil: ofis kaçta açılıyor?',
        'patron beni işten atmakla tehdit ediyor',
        'açlıktan ölüyorum, pizza nerede',
        'acil değil, sadece soru',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'itfaiyede calismak istiyorum',
        'hastanenin acil servisi hafta sonu acik mi',
        'duman dedektoru ne kadar',
        'iş kazası geçirdim, patron sigortan yok diyor',
        'doğum sancıları ne zaman başlar',
        # courses about violence, old falls, ordinary cold and heat
        "uzmanlar için aile içi şiddet hakkında bir kurs var mı?", "namuslu bir iş arıyorum",
        "ev buz gibi ve kalorifer bozuk", "sabah uyanmadım, kursa geç kaldım",
        # look-alikes: a gas bill, work on scaffolding, a pinched nerve, a birth planned, a dog
        "doğalgaz faturası çok yüksek geldi, kime sorabilirim",
        "köpeğimiz için Türkçe konuşan bir veteriner arıyorum",
        # calm look-alikes: a leak, a chest pain that was a muscle, a card swallowed, living in
        # a hostel, papers finished, an old accident, nightmares, waiting for a doctor
        "Bankamatik kartımı yuttu, ne yapmalıyım?",
        "Göğüs ağrım geçti, şimdi spor kursu arıyorum",
        "Eskiden şiddet gördüm ama artık güvendeyim, dil kursu arıyorum",
        "Bu gece ödevlerimi bitireceğim, yarın kurs var",
        "Son bir soru: kurs ne zaman başlıyor?",
        "Arabanın içinde bebek koltuğu zorunlu mu?",
        "tren gelene kadar istasyonda bekliyorum, kurs nerede?",
        # a fire, accident or violence long ago, things "killing me", a boss if I am late, killing
        # time, longing, the fire brigade as a job, fire drills, cold "like a knife", a parcel
        "Geçen yıl evimizde yangın çıkmıştı, kira indirimi isteyebilir miyim?",
        "Üç yıl önce kaza geçirdim, şimdi sırtım ağrıyor, ortopedist lazım",
        "Eskiden babam bizi döverdi, bunu bir psikologla konuşmak istiyorum",
        "Bu faturalar beni öldürecek, kira yardımı var mı?",
        "Bu sıcak adamı öldürür, havuz açık mı?",
        "Geç kalırsam patronum beni öldürür, otobüs saat kaçta?",
        "Trende vakit öldürmek için Almanca kitap önerir misin?",
        "Memleketten haber gelmeyince yüreğim yanıyor, Türk derneği nerede?",
        "Gönüllü itfaiyeye nasıl katılırım?",
        "Oğlum itfaiyeci olmak istiyor, staj yeri var mı?",
        "Ambulansta şoför olarak çalışmak için hangi ehliyet lazım?",
        "Kreşte yangın tatbikatı ne zaman?",
        "Hermes cevap vermiyor, paketim nerede?",
        "Dışarısı bıçak gibi soğuk, okul tatil mi?",
        "Çocuklarıma 112'yi öğretmek istiyorum, hangi durumda aranır?",
        # look-alikes: faster than the police, a fire in the news, a joke or a Kita talk by the
        # fire brigade, an ambulance that came, a number asked to know, a teacher's "kills me
        # if", night shifts at the emergency department, a police certificate
        "polislerden bile hızlısın 😂",
        "haberlerde yangın çıktığını okudum, neresi?",
        "otobandaki kaza haberi doğru mu?",
        "itfaiyeyle ilgili komik bir fıkra biliyor musun",
        "itfaiye kreşe gelip yangın eğitimi verecekmiş, veliler de gelebilir mi?",
        "ambulans geldi, annem hastaneye kaldırıldı, durumu iyi, teşekkürler",
        "bilgi olsun diye soruyorum, polisin numarası 110 mu?",
        "sınavı geçemezsem hocam beni öldürür, hafta sonu kursu var mı?",
        "acil serviste gece nöbetlerinde çalışıyorum, sabah kursu var mı",
        "polisten iyi hal belgesi nasıl alınır",
    ],
    "uk": [
        "Ці папери мене вбивають", "Начальник погрожує звільнити мене", "Я боюся іспиту",
        "Шукаю курси німецької", "допоможіть знайти роботу", "шукаю садочок для доньки",
        "коли відкрита консультація для мігрантів", "допоможіть заповнити заяву на житло",
        "які події на вихідних", "ви розмовляєте польською?", "потрібна допомога з резюме",
        "як визнати мій диплом", "чи є українська громада в Гютерсло", "терміново потрібен садок",
        "швидко вивчити німецьку", "Шукаю лікаря, який говорить українською",
        "пропав паспорт, що робити", "допоможіть з листом від Jobcenter",
        "потрібні курси німецької мови", "де знайти садок у Верлі", "чи є події для дітей",
        "як отримати дозвіл на проживання", "шукаю роботу водієм", "коли працює консультація",
        "хочу записатися на інтеграційний курс", "де знайти сімейного лікаря",
        "терміново потрібен садочок!", "допоможіть, не розумію лист з Jobcenter",
        "чи є жіноча група по вівторках", "як подати на громадянство",
        'дитина вдома, бо нема садка, допоможіть знайти',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'помираю з нудьги, які події є',
        'не терміново, коли відкрита консультація',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'хочу працювати в пожежній службі',
        'чи треба йти в поліцію щоб зареєструвати нову адресу',
        'де купити хлорку для прибирання',
        # courses about violence, old falls, ordinary cold and heat
        "чи є курс про домашнє насильство для фахівців?", "де купити датчик чадного газу",
        "я не прокинулась вчасно і пропустила курс",
        # look-alikes: a gas bill, work on scaffolding, a pinched nerve, a birth planned, a dog
        "де оплатити рахунок за газ у Гютерсло?",
        "шукаю роботу на будівництві, вмію працювати з риштуванням",
        "дитині важко дихати носом, шукаємо лора",
        # Latin look-alikes: things taken along, a card fallen out, a view, a farewell at work
        "shchos vzyaty z soboyu na kurs?", "karta vypala z sumky, de vidnovyty?",
        "podyvys yakyi vyd z vikna v nashii kvartyri", "хочу попрощатися з колегами на роботі",
        # calm look-alikes: a leak, a chest pain that was a muscle, a card swallowed, living in
        # a hostel, papers finished, an old accident, nightmares, waiting for a doctor
        "Дякую, я вже все вирішила з документами",
        "Не можу так жити в гуртожитку, допоможіть знайти квартиру",
        "Біль у грудях виявився від стресу, лікар сказав все добре",
        "Не можу вибратися до лікаря через роботу, де є вечірні прийоми?",
        "Температура на вулиці 35, де є басейн?",
        # hyperbole (a mother's or boss's "kills me if", dying of hunger, killing time, a
        # deadline burning), fire safety and volunteer firefighters, toys, "explosive" news,
        # shooter games, telling poisonous mushrooms, a parcel lost, a past accident or poisoning,
        # violence long ago
        "Шеф мене вб'є, якщо я знову спізнюсь. Коли відкривається Ausländerbehörde?",
        "Мама мене вб'є, як побачить оцінки 😂",
        "Помираю від нетерпіння, коли прийде відповідь з Jobcenter?",
        "Як убити час у потязі до Білефельда?",
        "Горить дедлайн, хто допоможе з перекладом?",
        "Хочу стати пожежником-добровольцем, куди звертатись?",
        "Чи є добровільна пожежна команда у Верлі?",
        "Купили синові іграшкову пожежну машину, де тут дитячий майданчик?",
        "Вибухова новина: в садочку нова вихователька!",
        "Мій син грає в стрілялки, де знайти спортивну секцію?",
        "Як розпізнати отруйні гриби? Є курс?", "Пропала посилка з Amazon, куди дзвонити?",
        "Минулого тижня отруїлася рибою, вже все добре, потрібна довідка для роботи",
        "Минулого року я потрапила в аварію, страхова досі не платить",
        "Багато років тому колишній чоловік бив мене, хочу поговорити з психологом",
    ],
    "ru": [
        'ты в дыму? шучу, где курсы немецкого',
        "Эти бумаги меня убивают", "Угрожает уволить меня за опоздание", "Я боюсь экзамена",
        "Ищу работу в Гютерсло", "помогите найти работу", "ищу детский сад в Ферле",
        "когда открыта консультация по миграции", "курсы немецкого языка в Гютерсло",
        "помогите заполнить заявление на Bürgergeld", "есть ли мероприятия для детей в выходные",
        "вы говорите по-польски?", "нужна помощь с резюме", "как признать диплом",
        "русскоязычное сообщество в Гютерсло", "срочно нужен садик для ребенка",
        "Пропала справка из Jobcenter", "Курсы первой помощи есть?",
        "ищу врача, который говорит по-русски", "помогите с переводом документов",
        "где найти работу водителем", "как записать ребенка в школу", "есть ли кружки для детей",
        "когда работает консультация", "нужна помощь с заявлением на Wohngeld",
        "хочу выучить немецкий быстро", "где найти семейного врача", "срочно нужен детский сад!",
        "помогите, не понимаю письмо из Jobcenter", "есть ли женская группа по вторникам",
        "как подать на гражданство",
        'не подходит',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'умираю от любопытства, когда курс?',
        'не срочно, когда работает консультация',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'хочу работать в пожарной охране',
        'сколько стоит датчик дыма',
        'нужно ли идти в полицию чтобы прописать новый адрес',
        'где купить белизну',
        'забрал ребенка из садика, где найти кружок',
        # courses about violence, old falls, ordinary cold and heat
        "где купить датчик угарного газа", "мой сын бредит футболом", "бывший не платит алименты",
        # look-alikes: a gas bill, work on scaffolding, a pinched nerve, a birth planned, a dog
        "пришел счет за газ, где его оплатить", "сына затянуло в секту, нужен совет",
        "дедушка в прошлом году упал, теперь нужен уход на дому",
        "ребенку трудно дышать носом, нужен лор",
        # Latin look-alikes: things taken along, a card fallen out, a view, nearly fainting
        "chto vzyat' s soboy na kurs nemetskogo?", "karta vypala iz sumki, kak vosstanovit'",
        "kakoi vid iz okna v obshchezhitii?", "ya chut' ne upala v obmorok ot scheta za svet",
        # calm look-alikes: a leak, a chest pain that was a muscle, a card swallowed, living in
        # a hostel, papers finished, an old accident, nightmares, waiting for a doctor
        "Сегодня все закончу с документами и отправлю, спасибо",
        "Не могу так жить в общежитии, помогите найти квартиру",
        "Проснулась в холодном поту от кошмара, где найти психолога?",
        "Боль в груди оказалась от мышц, спасибо врачу",
        "Не могу выбраться в центр, какие часы работы в субботу?",
        "Подскажите, можно подождать до понедельника с записью к врачу?",
        "Какая температура летом, до 40 бывает?",
        # hyperbole (a mother's or boss's "kills me if", dying of heat, killing time, a deadline
        # burning, a "killer" queue), volunteer firefighters, stories, "bomb" news, archery, a
        # suitcase lost, a past accident, violence long ago
        "Начальница меня убьет, если я опоздаю, во сколько открывается Bürgerbüro?",
        "Чем убить свободное время в Гютерсло?", "Дедлайн горит, где распечатать бумаги?",
        "Хочу быть пожарным-добровольцем, куда обращаться?",
        "Сын смотрит мультик про пожарных, есть книжки на немецком?",
        "Убийственно скучно тут, где молодежный клуб?",
        "Умираю со стыда, забыла про Termin, можно перезаписаться?",
        "Чемодан потерялся в аэропорту, куда звонить?",
        "Бомбическая новость, меня приняли в университет!",
        "В прошлом году я попала в аварию, страховая не платит",
        "Несколько лет назад муж бил меня, мы развелись. Нужен юрист по разводу",
        "Стрельба из лука для детей есть где-то?",
    ],
    "fa": [
        "شما در چه مواردی می‌توانید کمک کنید؟", "mishe komak konid kita peyda konam",
        'komakam kon eghamatam ro tamdid konam',
        'merci, kheyli komakam kardi',
        'پاسپورتم گم شده، چیکار کنم',
        "از امتحان میترسم", "از فضولی دارم میمیرم",
        "من دنبال کار هستم", "دنبال مهدکودک برای دخترم هستم", "کلاس زبان آلمانی کجاست",
        "کمکم کنید کار پیدا کنم", "ساعت کاری مشاوره مهاجرت", "وبینارها", "سمینار آنلاین",
        "به لهستانی هم می‌نویسی؟", "برای رزومه کمک می‌خوام", "انجمن افغان‌ها در گوترسلو",
        "چه کمکی از دستت برمیاد", "کمک هزینه اجاره", "کلاس کمک های اولیه",
        "دنبال دکتر فارسی زبان هستم", "پاسپورتم گم شده چکار کنم", "میخوام آلمانی یاد بگیرم",
        "کار برای خانم ها هست؟", "برنامه های فرهنگی این ماه", "چطور مدرکم رو تایید کنم",
        "مشاوره رایگان هست؟", "بیمه درمانی ندارم", "برای بچه ام مهدکودک میخوام",
        "دکتر خانواده کجا پیدا کنم", "فوری مهدکودک لازم دارم", "کمکم کنید نامه جاب سنتر رو نمیفهمم",
        "گروه زنان سه شنبه ها هست؟", "چطور درخواست تابعیت بدم",
        'میترسم دیپورتم کنن',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'دارم از خنده میمیرم',
        'کمک! چی کار میتونی بکنی',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'میخوام تو آتش نشانی کار کنم',
        'اورژانس بیمارستان آخر هفته بازه یا فقط دکتر خانواده',
        'اورژانسی نیست فقط میخوام بدونم مهدکودک کی باز میشه',
        'کپسول آتش نشانی از کجا بخرم',
        'قبض برق گرفتم نمیفهمم',
        'آدرس اداره رو پیداش نمیکنم',
        # courses about violence, old falls, ordinary cold and heat
        "دوره آموزشی درباره خشونت خانگی برای متخصصان هست؟", "بخاری خونم خرابه، کی تعمیر میکنه",
        # Dari: polite bother, lost phones, "myself" in requests, finished work, worries
        "سلام ببخشید مزاحم شدم یک سوال داشتم", "ببخشین که مزاحم وقت تان میشم",
        "تیلفونم گم شده چه کنم", "بکسم در بس گم شد", "میترسم که ویزه ام رد شود",
        "می‌خواهم داوطلب آتش‌نشانی شوم", "از گپ های تند رفیق پسرم میترسم ولی تا حالا کاری نکده",
        "افکار تند بیادرم مرا نگران کده هنوز کاری نکده",
        "بیادرم گپ های تند میزنه ولی کاری نکده کجا مشوره بگیرم", "از امتحان زبان بسیار تشویش دارم",
        "داکتر گفت طفلم روزانه سه بار دوا بخوره",
        "مادرم دوای فشار میخوره داکتر فارسی زبان کجا پیدا کنم", "خود را معرفی کنم نامم احمد است",
        "میخایم خود را برای امتحان آماده کنم", "خود را به دفتر مشوره رساندم ولی بسته بود",
        "میخایم زندگی خود را از نو شروع کنم کار میخایم", "کارم خلاص شد حالا چه کنم",
        "پولم خلاص شده کمک مالی کجا بگیرم", "قفل دروازه خانه خراب شده کرایه نشین استم چه کنم",
        "کلید خانه را گم کدم", "طفلم از تاریکی میترسه", "بیادرم در آتش نشانی کار میکنه",
        "پسرم میخایه پولیس شوه چه تحصیل لازم است", "بسیار ناامید استم از پیدا کردن کار",
        "بازی ریال مادرید را دیدی",
        "روز درهای باز آتش‌نشانی کی هست؟ بچه‌هام عاشق ماشین آتش‌نشانی‌اند",
        "جلسه اطلاع‌رسانی درباره ایمنی آتش‌سوزی در خانه برای خانواده‌ها دارید؟",
        "کلاس آلمانی فشرده میخوام، گرامر آلمانی داره منو میکشه",
        "دوستم ازم خواست بپرسم خونه امن زنان (Frauenhaus) ساعت کاریش چیه؟ خودش الان پیش خواهرشه",
        "سال‌ها پیش در افغانستان شاهد انفجار بودم و هنوز کابوس می‌بینم، با کسی می‌توانم صحبت کنم؟",
        "دو سال پیش افکار خودکشی داشتم، الان خیلی بهترم و دنبال مشاور برای ادامه درمانم",
        "بدهی‌هام داره منو میکشه، مشاوره بدهی کجاست؟",
        "اعصابم خورده، استرس اقامتم داره منو از پا در میاره، جایی هست حرف بزنم؟",
        "برادرم با گروهی آنلاین آشنا شده که از جهاد و کشتن کافرها حرف می‌زنند، کجا مشورت کنم؟",
        "این تکلیف ریاضی داره منو میکشه 😩", "دوچرخه‌ام رو دزدیدن، چطوری به پلیس گزارش بدم؟",
        "یاد گرفتن اینکه اگه بچه چیزی قورت داد چیکار کنیم، کارگاهی دارید؟",
        "rooze darhaye baz e Feuerwehr in mah hast?",
        "mikham atash neshan e davtalab besham, chejoori sabtenam konam?",
        "در ایران پرستار اورژانس بودم، اینجا چطور مدرکم رو تایید کنم و کار پیدا کنم؟",
        "شغل راننده آمبولانس چه شرایطی داره؟",
        "مرکز مشاوره برای زنانی که قبلاً خشونت خانگی دیده‌اند کجاست؟ اتفاق مال پارساله",
        "شوهر سابقم قبلا کتکم میزد، الان جدا شدیم و میخوام درباره حضانت بچه‌ها مشاوره بگیرم",
        "doostam dar gozashte tajavoz shode, mikhad ba ye moshaver e zan sohbat kone, koja?",
        "in homework mano mikoshe, javab e soal 3 chie?",
        "docharkham ro dishab dozdidan, online mishe anzeige dad?",
        # ordinary threats: a boss or landlord
        "صاحبخونه‌ام تهدید کرده اگه اجاره رو دیر بدم بیرونمون میکنه، حق دارم؟",
        "رئیسم منو تهدید به اخراج کرده چون مریض شدم، کجا مشاوره بگیرم",
        # a police station asked about, words asked about
        "پاسگاه پلیس Verl یکشنبه باز است؟", "Krankenwagen به فارسی چی میشه؟",
        "آتش نشانی رو به آلمانی چی میگن؟", "معنی کلمه Notruf چیه؟",
        # toys and stories
        "آمبولانس لگو برای تولد پسرم از کجا بخرم؟",
        "dokhtaram ye ketab dar bare polis mikhad, koja bekharam?",
        "یه قصه درباره آمبولانس برای بچه‌ها سراغ داری؟",
        # sport, laughter
        "دیروز تیم ما رو تو فینال کشتن، سه تا گل خوردیم", "یه داستان خنده‌دار بگو که از خنده بمیرم",
        "ye jok begu ke az khande bemiram",
        # paramedic training
        "میخوام امدادگر اورژانس بشم، Ausbildung چقدر طول میکشه؟",
        "Notfallsanitäter شدن برای خارجی‌ها ممکنه؟",
        # radicalisation worries, speech of a small child, a smoke alarm battery
        "پسرم تو تیک‌تاک ویدیوهای نفرت میبینه، میترسم، با کی صحبت کنم؟",
        "پسرم سه سالشه هنوز نمیتونه حرف بزنه، گفتاردرمانی کجاست؟",
        "آژیر دود خونه صدا میکنه چون باتریش تموم شده، چطور عوضش کنم؟",
        "ببخشید دارم سرتو میبرم با این همه سوال",
        # look-alikes of the indirect and abuse families
        "صفحه گوشیمو شکستم، کجا تعمیر کنم؟", "دیشب بزور خوابیدم، فردا امتحان دارم",
        "قرص خواب بدون نسخه کجا بخرم؟", "دخترم جاهایی که نباید میره، نگرانم",
        "پدربزرگم منو نمیشناسه چون آلزایمر داره، دنبال خانه سالمندان هستم",
        "امشب نمیتونم برم خونه، کلاس تا دیر وقته", "az emtehan mitarsam",
        "مادربزرگم قرص فشار میخوره، دکتر فارسی زبان میشناسید؟",
        "گوشیم شکست، کجا گوشی ارزون بخرم",
        "میشه رو پشت بوم دیش ماهواره نصب کرد؟", "دوستم بیرون خونه منتظرمه که بریم کلاس",
        "گردنش خشک شده از بد خوابیدن، فیزیوتراپی کجاست؟",
        # look-alikes of the everyday families: a car, a dog, a tree, a forklift, a station
        "ماشینم خراب شده، کجا تعمیرگاه خوب هست؟",
        "سگمون رو کجا واکسن بزنیم؟ Tierarzt ارزون تو Verl",
        "طوفان دیشب درخت جلوی خونه رو انداخت، به کی زنگ بزنم که جمعش کنه؟",
        "دنبال کار راننده لیفتراک هستم تو Harsewinkel",
        "bachem hanuz gap zada nametana 3 salasha, logoped kuja as?",
        "قطار تاخیر داشت و تو ایستگاه گیر کردم، بلیطم رو پس میدن؟",
        "sale pish tasadof kardam, hala bime chi mige?",
        "دخترم تو ایستگاه منتظرمه، ساعت چند اتوبوس میاد؟",
        "کلاس کمک های اولیه برای خفگی بچه ها کجا هست؟",
        # hyperbole, dreams, films and the news, jobs, negations, numbers and places, past
        # events told to ask for a service
        "این گرمای تابستون داره منو میکشه، استخر سرپوشیده کجاست؟",
        "ghorbat dare mano mikoshe, gorooh-e irani too Gütersloh hast?",
        "کابوس دیدم یکی با چاقو دنبالمه، تعبیرش چیه؟",
        "تو اخبار گفتن تو هامبورگ آتش سوزی شده، اونجا آشنا دارم",
        "قبلا تو ایران راننده آمبولانس بودم، اینجا چطوری کار کنم؟",
        "قصاب هستم و با چاقو کار میکنم، کار تو کشتارگاه هست؟",
        "آمبولانس نمیخوام، فقط بگو داروخانه شبانه کجاست", "فرق 110 با 112 چیه؟",
        "دفتر Caritas روبروی پلیس هست؟", "از بس پیاده رفتم پاهام آتیش گرفت، کفش طبی کجا بخرم؟",
        "وقتی بچه بودم پدرم منو کتک میزد، الان میخوام با یه روانشناس حرف بزنم",
        "sale 2019 khuneye ghablimun atish gereft, madarek sukht, kart-e jadid chejuri?",
        "سالها پیش برادرم خودکشی کرد، هنوز ناراحتم، گروه سوگ هست؟",
        # a child taken to the Kita, an inheritance "eaten", goods not sold here, a fire drill
        # a police video, a satellite dish on the roof
        "پسرم رو بردن مهدکودک، ساعت چند تعطیل میشه؟", "برادرم ارث پدرم را خورده، وکیل میخوام",
        "سبزی قورمه اینجا پیدا نمیشه، فروشگاه ایرانی کجاست؟",
        "تمرین تخلیه آتش سوزی در مکتب کی است؟",
        "ویدیوی پلیس آلمان که با بچه ها فوتبال بازی میکرد دیدی؟",
        "رو پشت بوم دیش ماهواره نصب کنم اجازه لازمه؟",
        "باید برم، شارژ موبایلم داره میمیره", "goldoonam dare mimire, ab ziadi dadam?",
        "کلیدم تو ماشین قفل مونده، قفل ساز میخوام", "دوچرخمو دزد برد، کجا شکایت کنم؟",
        "مادرم دیابت داره، دکتر متخصص قند میخوام", "پشت در خونه یه بسته گذاشتن، مال کیه؟",
        "آسم دارم، نسخه اسپری جدید میخوام",
        # near the calm-emergency keywords: a loose tooth, a bag left in a car, a long drive
        # snoring, rat poison to buy, iron pills, a child taken to the Kita, busy or confused
        # together, mushroom picking, an address on file, a healed fracture, the police gone
        "دندون بچه‌م شل شده، دندانپزشک اطفال کجاست؟",
        "کیفم دیروز تو ماشین دوستم مونده، چطور پس بگیرم؟",
        "دو ساعت تو ماشین موندیم تا رسیدیم گوترسلو، خیلی خسته شدیم",
        "پسرم شبا خیلی خرخر میکنه، دکتر گوش و حلق کجاست؟",
        "موش کش از کجا بخرم؟ آشپزخونه موش داره", "قرص آهن برای بارداری از کجا بگیرم؟",
        "شوهرم هر روز بچه رو با خودش میبره کیتا، ساعت تحویل چنده؟",
        "همه مون سرمون شلوغه، کلاس شب دارید؟", "همه مون گیج شدیم از این فرم، کسی کمک میکنه؟",
        "آخر هفته تو جنگل قارچ چیدیم، خیلی خوش گذشت", "اداره آدرسمو داره؟ نامه نیومده",
        "سال پیش پام شکست و گچ گرفتن، الان دنبال کلاس ورزش هستم",
        "پلیس اومد و الان همه چیز آرومه، ممنون از راهنمایی",
        "kheili vaghte donbal kar migardam vali kar peyda nemishe",
        "همسایه ها تو راهرو سیگار میکشن و راهرو دود سیگار میگیره، به کی بگم؟",
        "قطار سریع به هامبورگ چقدر طول میکشه؟", "امشب کلاس آلمانی تموم میشه، فردا امتحان دارم",
        "کلیدم از خانه گم شده، کلیدساز کجاست؟",
        # a boss if I am late, a stroke long ago, a parcel, teaching children, a bike registered, a
        # lost wallet
        "اگه دیر کنم رئیسم منو میکشه، قطار ساعت چند میره؟",
        "مادرم سه سال پیش سکته کرده بود، برای کار خونه کمک میخواد",
        "hermes جواب نمیده، بسته‌م کجاست؟",
        "میخوام به دخترم یاد بدم کی به پلیس زنگ بزنه",
        "میخوام ماشینم رو پیش پلیس ثبت کنم؟ نه، دوچرخه رو",
        "کیف پولم گم شد، باید برم پلیس؟",
        # look-alikes: faster than the police, an explosion in the news, a joke or a Kita talk by
        # the fire brigade, an ambulance that came, a number asked for information, a mother's
        # "kills me if", a job or training at the emergency department, a fall at a previous Kita,
        # a newcomer asking where to start, a police certificate, a wallet lost on the bus
        "از پلیس سریعتری 😂",
        "خبر انفجار تو کارخونه رو شنیدین؟",
        "یه لطیفه درباره آتش‌نشان‌ها بگو",
        "آتش‌نشانی قراره تو کیتا کارگاه ایمنی برگزار کنه، ثبت نام لازمه؟",
        "آمبولانس رسید و مادرم الان تو بیمارستان حالش بهتره، ممنون",
        "محض اطلاع، شماره پلیس اینجا 110 هست؟",
        "مامانم منو میکشه اگه امتحان زبانو قبول نشم 😂 کلاس تقویتی دارین؟",
        "تو بخش اورژانس بیمارستان پرستارم، کلاس آخر هفته دارین؟",
        "دوره امدادگری برای خانم‌ها هست؟",
        "تو کیتای قبلی پسرم افتاد و دستش شکست، دنبال کیتای جدیدم",
        "tazeh omadam alman, komakam konid az koja shoru konam",
        "گواهی عدم سوءپیشینه رو از پلیس چطوری بگیرم؟",
        "kif pulamo tu bus gom kardam, beram pish police ya fundbuero?",
        "از پلیس بپرسم یا از اداره؟",
    ],
    "ro": [
        'am avut o insolatie anul trecut, vreau un medic de familie',
        "Caut un curs de germană", "caut grădiniță pentru fiica mea",
        "ajutor la completarea cererii pentru Kindergeld", "când e deschis consilierul",
        "evenimente pentru copii weekendul acesta", "vorbiți și poloneză?",
        "am nevoie de ajutor cu CV-ul", "recunoașterea diplomei", "asociație românească în Verl",
        "caut loc de muncă urgent", "mulțumesc pentru ajutor", "cu ce mă poți ajuta",
        "caut un medic care vorbește română", "mi-am pierdut buletinul", "curs de prim ajutor",
        "caut de lucru ca șofer", "cum înscriu copilul la școală", "am nevoie de ajutor cu actele",
        "ce evenimente sunt pentru copii", "când este deschis biroul",
        "vreau să învăț germană repede", "consiliere gratuită pentru migranți",
        "unde găsesc un medic de familie", "urgent am nevoie de grădiniță!",
        "ajutați-mă, nu înțeleg scrisoarea de la Jobcenter", "există un grup de femei marțea?",
        "cum aplic pentru cetățenie",
        'am avut accident la lucru si seful zice sa nu spun nimic',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'mor de foame, unde e o pizzerie',
        'ajutor, ce poți face?',
        'proprietarul mă amenință că mă dă afară',
        'nu e urgent, vreau doar programul',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'vreau sa lucrez la pompieri',
        'cat costa un detector de fum',
        'trebuie sa merg la politie sa inregistrez adresa noua',
        'caut un medic de boli de inima',
        # courses about violence, old falls, ordinary cold and heat
        "există un curs despre violența domestică pentru specialiști?",
        "mi-am luat rămas bun de la vechiul job și caut unul nou",
        "m-am facut de rusine la interviu", "nu mai apuc sa ajung la termen",
        # look-alikes: a gas bill, work on scaffolding, a pinched nerve, a birth planned, a dog
        "factura la gaz e prea mare, unde pot intreba?",
        "vreau sa nasc la spitalul din Gütersloh, unde ma inscriu?",
        "lucrez pe schela, caut curs de germana seara",
        # near the calm-crisis keywords: lips, farewells, bridges, pills, water, cars
        "Am lăsat actele în mașină, pot veni mâine la programare?",
        "Am dureri de gât de ieri, ce ceai e bun?",
        "Factura la apă crește în fiecare lună, cine mă ajută?",
        "Soțul meu așteaptă în mașină în fața blocului, cât durează programarea?",
        "Poate fiica mea să vină singură la curs?",
    ],
    "bg": [
        "Търся работа", "спешно ми трябва кита", "търся детска градина",
        "курс по немски в Гютерсло", "помогнете ми да намеря работа",
        "кога е отворена консултацията", "има ли събития за деца", "пишете ли на полски?",
        "помощ с автобиографията", "българска общност в Гютерсло",
        "трябва ми помощ за попълване на формуляр", "с какво можеш да помогнеш",
        "търся лекар, който говори български", "изгубих си паспорта", "курс по първа помощ",
        "търся работа като шофьор", "как да запиша детето на училище",
        "трябва ми помощ с документите", "какви събития има за деца", "кога е отворен офисът",
        "искам бързо да науча немски", "безплатна консултация за мигранти",
        "къде да намеря личен лекар", "спешно ми трябва детска градина!",
        "помогнете, не разбирам писмото от Jobcenter", "има ли женска група във вторник",
        "как да кандидатствам за гражданство",
        'синът ми говори за насилие срещу бежанци',
        'хазяинът ме заплашва, че ще ме изхвърли',
        'шефът ме заплашва, че ще ме уволни',
        'мъжът на сестра ми оправдава терористичните атаки',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'умирам от скука',
        'помощ, какво можеш',
        'не ми трябва линейка, само въпрос',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'искам да работя в пожарната',
        'откъде да купя пожарогасител',
        'трябва ли да ходя в полицията за да регистрирам новия адрес',
        'колко захар в кръвта е нормално',
        'това ражда много въпроси',
        # courses about violence, old falls, ordinary cold and heat
        "има ли курс за домашно насилие за специалисти?", "искам да довърша курса",
        "pomosht s dokumentite za prebivavane",
        # look-alikes: a gas bill, work on scaffolding, a pinched nerve, a birth planned, a dog
        "сметката за газ е много висока, къде да питам?",
        "търся работа на строеж, имам опит със скеле",
        "пушек от комина на съседите, къде да се оплача",
        # near the calm-crisis keywords: lips, farewells, bridges, pills, water, cars
        "Къде да купя капсули за пране евтино?",
        "Имам интернет само в колата, как да си оправя рутера?",
        "Колко струва билетът за влака до Билефелд?",
        "Благодаря, след тази седмица започвам работа",
        "Може ли дъщеря ми да дойде сама на курса?",
        # hyperbole (a boss's "kills me if", killing time, deadlines burning, a "killer" heat,
        # "bomb" news, burning at an exam), smoke detectors, becoming a firefighter, a parcel
        # lost, a report to the police, archery, a past poisoning, violence long ago
        "Шефът ще ме убие, ако пак закъснея",
        "Искам да убия времето до 10 часа, има ли кафене наблизо?",
        "Сроковете горят, а нямам преводач", "Искам да стана пожарникар, какви документи трябват?",
        "Датчиците за дим задължителни ли са?", "Убийствена жега днес, има ли басейн наблизо?",
        "Бомбастична новина – приеха ме в университета!",
        "Изгорях на изпита по немски, кога е следващият?", "Колетът ми се изгуби, кого да питам?",
        "Искам да подам жалба в полицията за откраднато колело",
        "Преди много години бившият ме тормозеше, сега съм добре, търся група за жени",
        "Има ли клуб по стрелба с лък?",
        "Миналата седмица се отровихме с риба, трябва ли болничен?",
    ],
    "pl": [
        "Szukam pracy w Verl", "szukam przedszkola dla córki", "kurs niemieckiego w Gütersloh",
        "pomóż mi znaleźć pracę", "kiedy otwarta jest poradnia", "wydarzenia dla dzieci w weekend",
        "czy piszesz po polsku?", "potrzebuję pomocy z CV", "uznanie dyplomu",
        "polska wspólnota w Verl", "potrzebuję pomocy przy wniosku o Kindergeld",
        "w czym możesz mi pomóc", "szukam lekarza mówiącego po polsku", "zgubiłem dowód osobisty",
        "kurs pierwszej pomocy", "szukam pracy jako kierowca", "jak zapisać dziecko do szkoły",
        "potrzebuję pomocy z dokumentami", "jakie są wydarzenia dla dzieci",
        "kiedy biuro jest otwarte", "chcę szybko nauczyć się niemieckiego",
        "bezpłatne doradztwo dla migrantów", "gdzie znajdę lekarza rodzinnego",
        "pilnie potrzebuję przedszkola!", "pomocy, nie rozumiem listu z Jobcenter",
        "czy jest grupa kobiet we wtorki", "jak złożyć wniosek o obywatelstwo",
        'jestem na chorobowym i szef grozi zwolnieniem',
        'syn ogląda filmy z zamachowcami',
        # alarming idioms, urgency, a crisis service asked about, the bot itself
        'umieram z nudów, są jakieś imprezy?',
        'pogoda mnie zabija',
        'pomocy, jak to działa?',
        'pilne: kiedy otwarte biuro?',
        # a fire brigade job, extinguishers, registering an address, ER hours
        'chce pracowac w strazy pozarnej',
        'jobcenter mnie zabija tymi listami',
        'jakie firmy tu zatrudniają, szukam pracy',
        'znajomy wpadł do nas na kawę',
        'mam guz w piersi, szukam ginekologa',
        # courses about violence, old falls, ordinary cold and heat
        "czy jest kurs o przemocy domowej dla specjalistów?",
        "pożegnałam się ze starą pracą i szukam nowej",
        "boli mnie głowa od upału, do jakiego lekarza", "jestem zdezorientowany w urzędzie",
        # look-alikes: a gas bill, work on scaffolding, a pinched nerve, a birth planned, a dog
        "rachunek za gaz jest za wysoki, gdzie mogę zapytać",
        "w jakim tonie napisać list do urzędu?",
        "szukam pracy na budowie, znam się na rusztowaniach",
        # near the calm-crisis keywords: lips, farewells, bridges, pills, water, cars
        "Czy sklepy są zamknięte w niedzielę?",
        "Gdzie kupić kapsułki do prania w promocji?",
        "Pół roku temu miałam wypadek samochodowy, teraz szukam pracy biurowej",
        "Mam dużo pracy i jestem zmęczona, jest jakiś kurs wieczorem?",
        "Czy można przyjść samemu na kurs niemieckiego?",
        "gdzie kupić tabletki żelaza dla córki?",
    ],
}
# fmt: on

ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _training_examples() -> list[tuple[str, str]]:
    """(intent, text) for every example in data/nlu/*.yml, entity annotations removed."""
    examples = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            for line in block.get("examples", "").splitlines():
                if line.strip().startswith("- "):
                    examples.append((block["intent"], ANNOTATION.sub(r"\1", line.strip()[2:])))
    return examples


def test_every_language_has_reviewed_lists() -> None:
    assert set(STEMS) == set(CRIES) == set(SERVICE_WORDS) == set(CRISES) == set(ORDINARY)
    assert set(IDIOMS) == set(STEMS)
    assert all(len(stems) >= 20 for stems in STEMS.values())


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in CRISES.items() for t in texts]
)
def test_crisis_messages_are_caught(lang: str, text: str) -> None:
    assert is_emergency(text), (lang, text)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in ORDINARY.items() for t in texts]
)
def test_ordinary_requests_are_not_alarms(lang: str, text: str) -> None:
    assert not is_emergency(text), (lang, text)


def test_matching_ignores_case_accents_and_spelling_variants() -> None:
    assert is_emergency("ICH WILL NICHT MEHR LEBEN")
    assert is_emergency("sotul ma bate")  # Romanian without diacritics
    assert is_emergency("AJUTOOOR")  # letters repeated for emphasis
    assert is_emergency("bayildi")  # Turkish dotless ı typed as i
    assert is_emergency("مي خوام بميرم")  # Farsi with Arabic letters and a space after می
    assert is_emergency("أريد أن أموت") and is_emergency("اريد ان اموت")  # with or without hamza
    assert is_emergency("мене бʼють") and is_emergency("мене б’ють")  # apostrophe variants


def test_a_help_cry_yields_to_a_named_service() -> None:
    assert is_emergency("помогите")
    assert not is_emergency("помогите составить CV")
    assert is_emergency("помогите, муж бьет меня, я ищу работу")  # a danger stem always wins


def test_hilfe_and_help_alarm_only_when_shouted() -> None:
    for quiet in ("hilfe", "help", "Hilfe, wie funktioniert das?", "help me with the menu"):
        assert not is_emergency(quiet), quiet
    for shouted in ("Hilfe!", "HILFE", "hilfeee", "hilfe hilfe", "help, quick", "hilfe sofort"):
        assert is_emergency(shouted), shouted


def test_a_lone_cry_in_arabic_script_counts_as_shouted() -> None:
    assert is_emergency("کمک")
    assert not is_emergency("کمک، از کجا شروع کنم؟")


def test_idioms_are_cut_out_but_a_danger_beside_them_still_alarms() -> None:
    assert not is_emergency("the Jobcenter is killing me with letters")
    assert not is_emergency("my landlord threatens to throw us out")
    assert is_emergency("my landlord threatens me with a knife")
    assert not is_emergency("ich sterbe vor Hunger")
    assert is_emergency("ich sterbe vor Hunger, er hat mich eingesperrt")
    assert not is_emergency("از خنده دارم میمیرم")  # "…": words in between (Farsi)
    assert not is_emergency("Jobcenter داره با نامه‌هاش منو میکشه")
    assert not is_emergency("پنج سال پیش شوهرم منو کتک میزد، سوالم درباره اقامته")
    assert is_emergency("پنج سال پیش شوهرم منو کتک میزد، الان دوباره کتکم میزنه")
    assert is_emergency("پنج سال پیش اومدیم، دیشب شوهرم کتکم زد")  # "‥" stops at "last night"


def test_urgency_alone_never_alarms_but_a_lone_cry_does() -> None:
    for ordinary in ("urgent: when does it open?", "acil, maç kaç kaç bitti", "срочно, когда курс"):
        assert not is_emergency(ordinary), ordinary
    for cry in ("acil", "pomocy", "ajutor", "помощ моля", "imdat lütfen"):
        assert is_emergency(cry), cry


def test_a_crisis_service_alarms_unless_asked_about() -> None:
    assert is_emergency("Frauenhaus") and is_emergency("I need a women's shelter now")
    assert not is_emergency("ist das Frauenhaus auch nachts erreichbar?")
    assert not is_emergency("what are the opening hours of the women's shelter")


def test_police_and_missing_are_alarms_unless_the_context_is_ordinary() -> None:
    assert is_emergency("Polizei")
    assert not is_emergency("Ich will keine Polizei, nur einen Rat wegen meiner Tochter")
    assert is_emergency("Mein Sohn ist verschwunden")
    assert not is_emergency("Mein Ausweis ist verschwunden")
    assert not is_emergency("my passport is missing")


def test_stems_do_not_match_inside_ordinary_words() -> None:
    words = (
        "switch language to Polish", "iyi günler", "acilis saatleri", "سمینار", "مين كسب الماتش",
        "Wir wohnen in der Feuerbornstraße", "پسر بزرگم مدرسه میره", "I got fired",
        "kursun saatleri", "ich bin mir nicht sicher", "does my child need shots",
    )  # fmt: skip
    for text in words:
        assert not is_emergency(text), text


def test_a_caret_keyword_starts_a_word_in_arabic_script() -> None:
    assert is_emergency("شوهرم مرا لت میکنه")  # Dari "beats me"
    assert not is_emergency("مادرشوهرم در زندگی ما دخالت میکنه")  # "meddles" ends in "لت"
    assert not is_emergency("ببخشید مزاحم شدم")  # "مزاحمم" (harasses me) folds to "مزاحم"


def test_training_data_recall_and_false_alarms() -> None:
    examples = _training_examples()
    crises = [text for intent, text in examples if intent == "emergency"]
    others = [text for intent, text in examples if intent != "emergency"]
    recall = sum(map(is_emergency, crises)) / len(crises)
    false_alarms = sum(map(is_emergency, others)) / len(others)
    print(
        f"\nsafety net on data/nlu: recall {recall:.3f} on {len(crises)} emergency examples, "
        f"false alarms {false_alarms:.4f} on {len(others)} other examples"
    )
    assert recall >= 0.97
    assert false_alarms <= 0.01
