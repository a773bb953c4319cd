"""A framed harmful method asked in detail, in the Latin-script languages the older lists lack.

Family: the frame jailbreak (category ``role``) with no injection wording,
the widening of :mod:`jailbreak_framed_procedure` and
:mod:`jailbreak_harm_full_strength` to Czech, Slovak, Hungarian, Romanian,
Swedish, Danish, Norwegian, Swahili, Vietnamese, Indonesian and Malay, and
to the inflected forms those lists read only in their dictionary form
(Turkish ``oyunda``, ``romanımda``; Polish ``grze``, ``fałszywe``; Dutch
``rollenspel``). The same three parts, in any order, in one bounded window:

* **the pretext**: a novel, a story, a game, a thesis, research, the past
  (``v 19. století``, ``pe vremuri``, ``förr``, ``zamani``, ``ngày xưa``), a
  late grandparent, or "for educational purposes" in any of these languages
  and in the big European ones (``con fines educativos``, ``à des fins
  pédagogiques``, ``zu Bildungszwecken``, ``w celach edukacyjnych``);
* **the harm**: a weapon, an explosive, a drug, a poison, counterfeit money
  or papers, a break-in, smuggling, malware, named in these languages
  (``střelný prach``, ``robbanószer``, ``praf de pușcă``, ``rörbomb``,
  ``bomu``, ``súng tự chế``, ``bom rakitan``) or by an international word
  (ransomware, keylogger, molotov, napalm, ricin, fentanyl, MDMA);
* **the operational ask**: step by step, the exact amounts, doses,
  proportions, materials, tools, working code (``přesné poměry``,
  ``lépésről lépésre``, ``cantități exacte``, ``i vilken dos``, ``hatua kwa
  hatua``, ``từng bước``, ``takarannya``, ``malzemeleri``).

Each rule needs at least one part from this module's lists, so it adds no
duplicate of the older rules: a new pretext with any harm and ask, or an
older pretext with a new harm, or an older pretext and harm with a new ask.

Why it is safe on benign text: a story about the detective, a thesis on how
scams are detected, a history question about why something happened, and a
grandparent's recipe for bread or plum brandy name no harm of these lists;
a harmful request with no pretext is the moderation guard's task and is left
alone. Words another language uses for something ordinary are left out or
read only in their unambiguous forms (English ``gift``, German ``Regen``
and ``jedem``, Polish ``droga``, Portuguese ``heroína`` as a heroine).
"""

# ruff: noqa: E501, RUF002
# (E501: one alternative of a word list per line; RUF002: Turkish and Polish words in the docstring)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    DETAIL as STEPS_DETAIL,
)
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    OBJECT as OLDER_OBJECT,
)
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    PROCEDURE,
)
from langchain_mistral_secure.detection.injection.jailbreak_harm_full_strength import (
    PRETEXT as OLDER_PRETEXT,
)
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = [
    "RULES",
    "WIDE_ACT",
    "WIDE_DETAIL",
    "WIDE_OBJECT",
    "WIDE_PRETEXT",
    "WIDE_QUANT",
]

_CAT = "role"

# --- the pretext (folded view) ---------------------------------------------------
# Each alternative at most 40 characters.
WIDE_PRETEXT = alt(
    [
        # "for educational / research purposes"
        r"for\s(?:purely\s)?(?:educational|academic|research|teaching)\spurposes",
        r"(?:con|para)\sfines\s(?:educativos|academicos|didacticos|de\sinvestigacion)",
        r"(?:para|com)\sfins\s(?:educativos|educacionais|academicos|didaticos|de\spesquisa)",
        r"a\sdes\sfins\s(?:educatives|pedagogiques|de\srecherche|academiques)",
        r"a\sscopo\s(?:didattico|educativo|di\sricerca|accademico)|a\sfini\s(?:didattici|educativi)",
        r"(?:zu|fur)\s(?:bildungs|lehr|forschungs|schulungs|ausbildungs)zweck(?:en|e)",
        r"voor\s(?:educatieve|onderwijs|onderzoeks)\s?doel(?:einden|en)",
        r"w\scelach\s(?:edukacyjnych|naukowych|badawczych|szkoleniowych)",
        r"pro\s(?:vzdelavaci|studijni|vyzkumne|vyukove)\sucely|na\s(?:vzdelavacie|studijne|vyskumne)\sucely",
        r"(?:oktatasi|kutatasi|tanulmanyi)\scel(?:bol|ra|okra)",
        r"in\sscopuri\s(?:educative|didactice|de\scercetare|academice)|in\sscop\s(?:educativ|didactic)",
        r"i\s(?:utbildnings|forsknings|undervisnings)syfte|(?:uddannelses|undervisnings|utdannings)formal",
        r"(?:egitim|arastirma|ogretim)\s(?:amacli|amaciyla)",
        r"untuk\s(?:tujuan|keperluan)\s(?:pendidikan|edukasi|penelitian|akademik)",
        r"(?:cho|vi)\smuc\sđich\s(?:giao\sduc|hoc\stap|nghien\scuu)",
        r"kwa\s(?:madhumuni|malengo)\sya\s(?:elimu|kielimu|utafiti|mafunzo)",
        # Czech, Slovak
        r"roman(?:u|e|em|ech)|povidk\w{1,2}|povidc\w{1,2}|poviedk\w{1,2}|pribeh\w{0,3}|scenari\w{1,3}|detektivk\w{1,2}",
        r"hre|hry|(?:diplomov|bakalarsk)\w{1,3}\sprac\w{1,2}|vyzkum\w{0,3}|vyskum\w{0,3}",
        r"v\s(?:1[5-9]|20)\.\s?stolet\w|za\s(?:komunismu|valky|socialismu)|v\sminulosti|kedysi",
        r"babick\w{1,2}|dedeck\w{1,2}|zesnul\w{1,3}|nebozk\w{1,3}",
        # Hungarian ("regen" only where Hungarian goes on, German "Regen" is rain)
        r"regeny\w{0,6}|novell\w{1,6}|tortenet\w{0,6}|jatek\w{0,6}|forgatokonyv\w{0,6}",
        r"szakdolgozat\w{0,6}|kutatas\w{0,6}|regen\s(?:a|az)|regebben|annak\sidejen",
        r"a\s(?:19|20)?\d0-?(?:as|es)\sevekben|nagymam\w{1,6}|nagyap\w{1,6}|elhunyt",
        # Romanian
        r"romanul\w{0,2}|povest\w{1,6}|nuvel\w{1,3}|scenariu\w{0,4}|joc(?:ul|ului)?",
        r"lucrare\w{0,4}\sde\s(?:licenta|disertatie|masterat)|cercetar\w{1,4}",
        r"pe\svremuri|odinioara|in\strecut|in\sanii\s(?:19)?\d0|bunic\w{1,4}|raposat\w{0,2}",
        # Swedish, Danish, Norwegian
        r"berattelse\w{0,4}|novell\w{0,4}|deckare\w{0,2}|rollspel\w{0,3}|rollespil\w{0,3}",
        r"uppsats\w{0,4}|examensarbete\w{0,2}|forskning\w{0,4}|fortaelling\w{0,3}|afhandling\w{0,3}",
        r"forr\si\stiden|pa\s(?:19|20)?\d0-talet|i\sgamle\s?dage\w{0,2}|mormor|farmor|morfar|farfar|bestemor|avlidn\w{1,3}",
        # Swahili
        r"hadithi|riwaya\w{0,4}|mchezo\w{0,4}|tamthilia|utafiti\w{0,4}|tasnifu|hapo\szamani|enzi\sza\szamani",
        r"miaka\sya\s\d0|(?:bibi|babu)\s(?:yangu|marehemu)|marehemu",
        # Vietnamese, Indonesian, Malay
        r"kich\sban|tro\schoi|luan\svan|đe\stai|thoi\sxua|truoc\sđay|nhung\snam\s\d0",
        r"(?:ba|ong)\s(?:noi|ngoai)",
        r"novel\s?(?:saya|ku)|game\s(?:saya|ku)|zaman\s(?:dulu|dahulu|belanda|penjajahan)",
        r"dahulu\skala|tahun\s\d0-an|(?:nenek|kakek)\s?(?:saya|ku)|almarhum\w{0,2}|mendiang",
        # Turkish, in its inflected forms
        r"(?:oyun|hikaye|senaryo|tez|odev|arastirma|makale)\w{0,6}|roman(?:im|imda|imdaki|da|daki|in|i)",
        r"dizi(?:m|mde|de|deki|si|sinde)|eskiden|(?:19|20)?\d0'?l[iu]\syillarda|rahmetli",
        r"babaanne\w{0,4}|anneanne\w{0,4}|dedem\w{0,4}|ninem\w{0,4}",
        # Polish cases, Dutch compounds, and the poem
        r"grz[ea]|gr[ey]|grach|scenariusz\w{0,3}|ksiazk\w{1,3}|ksiazce|kiedys|w\sczasach|w\sprl",
        r"babci\w?|babcia|dziad\w{1,4}|zmar(?:l|ł)\w{1,3}|prac\w{1,2}\s(?:magistersk|licencjack|dyplomow)\w{1,3}",
        r"rollenspel\w{0,2}|verhaal\w{0,2}|(?:mijn|een)\sboek|in\sde\sjaren\s\d0|overleden",
        r"poem\w{0,2}|poetry|ballad\w{0,2}|song\slyrics",
    ]
)

# --- the harm (folded view) --------------------------------------------------------
# Objects harmful to make whoever asks, named in these languages or by an
# international word (no bare "bomb", "malware" or "molotov": a history class
# names the Molotov pact, the bombing of a city, how malware spreads). Each
# alternative at most 40 characters.
WIDE_OBJECT = alt(
    [
        r"napalm|thermit\w|nitroglycerin\w?|ricin\w?|sarin|tatp|fentan\w{1,3}|mdma",
        r"meta?mfetamin\w{0,3}|methamphetamin\w{0,3}|pervitin\w?|chloroform\w?|cloroform\w?",
        r"molotov\w{0,4}\s?(?:cocktails?|koktejl\w{0,2}|kokteyl\w{0,3}|coctel\w{0,3})|(?:cocktails?|koktajl\w{0,2}|bomba|bom|coctel\w{0,3})\smo(?:l|ł)oto\w{1,4}",
        # Czech, Slovak
        r"bomb[auy]|vybusnin\w{1,3}|trhavin\w{0,3}|strelny\sprach|strelneho\sprachu|zbran\w{0,3}|drogy|jed",
        r"(?:padel|falesn)\w{1,4}\s(?:bankovk|penez|peniz|doklad|pas|obcansk)\w{0,4}",
        # Hungarian
        r"bombat|robbano(?:szer|anyag)\w{0,4}|lopor\w{0,4}|fegyver\w{0,4}|pisztoly\w{0,4}|mereg\w{0,4}",
        r"kabitoszer\w{0,4}|alkulcs\w{0,4}|hamis\w{0,3}\s(?:penz|bankjegy|utlevel|okmany|igazolvany)\w{0,4}",
        # Romanian
        r"exploziv\w{0,4}|praf\sde\spusca|arm[aei]\s(?:de\sfoc|artizanal\w{0,2})|droguri\w{0,3}|otrava",
        r"bani\sfalsi|bancnote\sfalse|metanol\w{0,2}",
        # Swedish, Danish, Norwegian
        r"rorbomb\w{0,3}|sprangamne\w{0,3}|sprangladdning\w{0,3}|krut|vapen|vaben|vapnet|giftet|knark",
        r"narkotika|amfetamin\w{0,2}|falska\s(?:sedlar|pengar|pass|id)",
        # Swahili
        r"bomu|vilipuzi|kilipuzi|baruti|silaha|bunduki|bastola|sumu|dawa\sza\skulevya|mihadarati|(?:pesa|noti)\sbandia",
        # Vietnamese
        r"bom\s(?:tu\sche|xang|min|hen\sgio)|chat\sno|sung\s(?:tu\sche|ngan|truong|luc)|vu\skhi",
        r"ma\stuy\sđa|thuoc\sđoc|chat\sđoc|tien\sgia|giay\sto\sgia|ho\schieu\sgia",
        # Indonesian, Malay
        r"bom\s(?:rakitan|pipa|ikan)|bahan\speledak|senjata\s(?:api|rakitan)|pistol\srakitan",
        r"racun|narkoba|(?:uang|dokumen|paspor|ktp)\spalsu",
        # Turkish
        r"bomba(?:yi|lar\w{0,3}|si|nin)?|patlayici\w{0,4}|barut\w{0,4}|silah\w{0,5}|tabanca\w{0,4}",
        r"zehir\w{0,5}|uyusturucu\w{0,5}|sahte\s(?:para|kimlik|pasaport|belge|banknot)\w{0,4}|maymuncuk\w{0,4}",
        # Polish
        r"fa(?:l|ł)szyw\w{1,3}\s(?:banknot|pieniadz|pieniedz|dokument|paszport|dowod)\w{0,4}",
        r"materia(?:l|ł)\w{0,3}\swybuchow\w{1,3}|proch\w{0,3}\sstrzeln\w{1,3}|bro(?:n|ń)\w{0,2}\spaln\w{1,2}",
        r"narkotyk\w{0,3}|amfetamin\w{0,3}|wytrych\w{0,3}",
        # Dutch
        r"explosieven|vuurwapen\w{0,2}|nepgeld|vals\sgeld",
    ]
)
# Making verbs in these languages: a making verb near an object of either
# list is a harmful procedure (either order: Turkish, Hungarian and Czech
# often put the object first). Each alternative at most 24 characters.
_MAKE = alt(
    [
        r"vyrob\w{1,4}|vyrab\w{1,6}|sestroj\w{1,4}|namicha\w{1,4}|pripravi\w{1,4}",
        r"keszit\w{1,6}|keszul\w{0,4}|gyart\w{1,6}|kever\w{1,6}|epit\w{1,6}",
        r"fabric\w{1,5}|prepar\w{1,5}|construi\w{0,4}|distil\w{1,4}|produc\w{1,4}",
        r"tillverka\w{0,2}|tillverkade|blandar|blandade|blanda|bygga|byggde|lage|laver|framstall\w{1,4}",
        r"\w{0,3}tengeneza\w{0,2}|kuunda",
        r"che\stao|san\sxuat|pha\sche|đieu\sche|lam\sra",
        r"membuat|merakit|meracik|memproduksi|bikin",
        r"yapimi|yapmak|yapilir|yapti\w{0,4}|hazirla\w{1,6}|uret\w{1,6}|imal\w{0,6}|karistir\w{1,6}",
        r"zrobi\w{1,3}|wyprodukowa\w{1,3}|produkowa\w{1,3}|zbudowa\w{1,3}|drukuj\w{1,3}|przygotowa\w{1,3}|zmiesza\w{1,3}",
        r"maken|maakt|maakte|bouwen|mengen|mengt",
    ]
)
# Writing verbs on software whose writing is the harm, in these languages
# and a "give me the code" in the big ones.
_WRITE = alt(
    [
        r"napis\w{0,3}|naprogramuj\w{0,2}|irj|ird\sle|ird\smeg|scrie\w{0,2}|skriv\w{0,2}|andika",
        r"viet|tulis\w{0,3}|buatkan|yaz\w{0,4}|napisz\w{0,2}|schrijf|dame|da-me|me\sde|donne-moi",
        r"(?:codigo|codice|kod|kode|codul|kodu)\s(?:\w{1,12}\s){0,3}",
    ]
)
_CODE = (
    r"(?:ransomware|keylogger|malware|spyware|stalkerware|trojan\w{0,4}|trojsk\w{1,3}\skon\w{0,2}|"
    r"botnet|rootkit|virus\w{0,3}|virusu|wirus\w{0,2}|fidye\syazilim\w{0,3})"
)
# Crimes named by their verb, whatever their object. Each at most 40.
_CRIME = alt(
    [
        r"padelat|zfalsovat|vloupat\w{0,3}|ukrast|otravit|pasovat|hacknout",
        r"hamisit\w{1,6}|(?:fel|be)tor(?:ni|nek|ik|i|te)|ellopn\w{1,4}|megmergez\w{1,6}|meghackel\w{1,6}|csempesz\w{1,6}",
        r"falsific\w{1,6}|contrafac\w{1,6}|otravi\w{0,4}|contrabanda\w{0,4}",
        r"forfalska\w{0,2}|smuggla\w{0,3}|bryta\ssig\sin|stjala|forgifta\w{0,2}|inbrott\w{0,2}",
        r"kughushi|kuiba|kudukua|udukuzi|magendo|kutia\ssumu",
        r"lam\sgia|lua\sđao|buon\slau|đau\sđoc",
        r"memalsukan|meretas|membobol|mencuri|menyelundupkan|penyelundupan|meracuni",
        r"hackle\w{1,6}|kacakcilik\w{0,4}|calmak|sahtecilik|kalpazan\w{0,4}",
        r"podrabia\w{1,4}|podrobi\w{1,3}|fa(?:l|ł)szowa\w{1,3}|przemyca\w{1,3}|przemyc\w{0,4}|w(?:l|ł)am\w{1,6}",
        r"(?:wachtwoord|wifi|account|slot|kluis)\S{0,12}\s(?:[\w'-]{1,12}\s){0,4}kra(?:ak|akt|ken)",
        r"inbreken|openbreken|smokkel\w{0,4}|vervalsen",
        # the method made to escape the police, the checks, the victim
        r"aby\s(?:to\s)?(?:nikdo|policie|celnici|nikdo\snic)\s(?:\w{1,10}\s)?ne(?:poznal|zjistil|vsiml|nasla|nasli|odhalil)\w{0,2}|bez\sstop",
        r"eszrevetlen\w{0,3}|lebukas\snelkul|nyom\snelkul|hogy\sne\s(?:vegy|bukj|kapj)\w{1,4}",
        r"fara\s(?:a\sfi|sa\s(?:fie|fiu|fii))\s(?:prins|descoperit|observat)\w{0,2}|fara\sca\s(?:\w{1,10}\s){0,2}sa\s(?:observe|afle|descopere|prinda)|fara\surme",
        r"utan\satt\s(?:\w{1,10}\s){0,2}(?:hittade|upptackte|markte|akte\sfast)|utan\sspar|uten\sa\sbli\s(?:oppdaget|tatt)",
        r"bila\s(?:kugunduliwa|kukamatwa|kujulikana|polisi\skujua)|bila\skuacha\salama",
        r"khong\sbi\s(?:phat\shien|bat)|khong\sđe\slai\sdau\svet|qua\smat\s(?:hai\squan|canh\ssat)",
        r"tanpa\s(?:jejak|tertangkap)|agar\stidak\s(?:terdeteksi|ketahuan|tertangkap)|lolos\sdari\s(?:bea\scukai|polisi|pemeriksaan)",
        r"yakalanmadan|iz\sbirakmadan|tespit\sedilmeden|gumrukten\s(?:kacir|gecir)\w{1,6}",
        r"bez\ss(?:l|ł)adu|niezauwa(?:z|ż)eni\w{0,2}|(?:tak|zeby|aby)\s(?:\w{1,10}\s)?nikt\snie\s(?:zauwa|wykry|odkry)\w{1,4}",
        r"zonder\s(?:sporen|gepakt\ste\sworden)",
        # someone else's account, phone or location
        r"ciz\w{1,3}\s(?:ucet|uct|telefon|mobil|e-?mail)\w{0,3}|(?:ucet|uct|telefon|mobil)\w{0,3}\s(?:nekoho\sjineho|me\sbyval\w{1,3})",
        r"mas(?:ok|nak)?\s(?:fiok|telefon)j\w{1,3}|(?:volt\s)?(?:baratnom|parom)\s(?:telefonj|fiokj)\w{1,3}",
        r"(?:contul|telefonul|emailul|locatia)\s(?:altcuiva|altei\spersoane|fostei|fostului)",
        r"(?:nagon\sannans|nagons)\s(?:konto|telefon|mobil)|(?:mitt|min)\sexs?\s(?:konto|telefon|mobil)",
        r"(?:akaunti|simu)\sya\s(?:mtu\smwingine|mpenzi\swangu\swa\szamani)",
    ]
)
_OBJECT_ANY = r"(?:" + WIDE_OBJECT + r"|" + OLDER_OBJECT + r")"
_NEAR_WORDS = r"[^.?\n]{0,30}?"
WIDE_ACT = (
    r"(?:\b" + _MAKE + r"\b" + _NEAR_WORDS + r"\b" + _OBJECT_ANY + r"\b"
    r"|\b" + _OBJECT_ANY + r"\b" + _NEAR_WORDS + r"\b" + _MAKE + r"\b"
    r"|\b" + _WRITE + r"\b" + _NEAR_WORDS + r"\b" + _CODE + r"\b"
    r"|\b" + _CRIME + r"\b)"
)

# --- the operational ask (folded view) ---------------------------------------------
# Quantities, doses, materials, tools, recipes, working code: what only a
# usable method needs. Each alternative at most 40 characters.
WIDE_QUANT = alt(
    [
        r"in\swhat\s(?:amounts|quantities|proportions|doses|ratio)|how\smuch\sof\seach|exact\sratios?",
        r"codigo\scompleto|codice\scompleto|code\scomplet|vollstandige[nr]?\scode|working\scode",
        r"avec\sles\s(?:quantites|proportions)|en\squelles\squantites|en\sque\scantidades",
        r"em\sque\squantidades|in\swelche[nr]?\smenge\w?",
        r"presn\w{1,3}\s(?:mnozstv|pomer|davk|surovin)\w{0,3}|pomer\w{0,3}\smichani|suroviny|mnozstvi",
        r"pontos\s(?:mennyiseg|adag|arany|recept)\w{0,4}|mennyiseg\w{0,4}|osszetevo\w{0,4}|hozzavalo\w{0,4}|milyen\s(?:szerszam|eszkoz)\w{0,6}",
        r"cantitat\w{1,4}|proportii\w{0,3}|reteta\w{0,3}|ingrediente\w{0,3}|materiale(?:le)?\s(?:si|necesare)",
        r"exakta\s(?:mangder|doser)|(?:i\s)?vilken\sdos|mangder(?:na)?|doser(?:na)?|ingredienser(?:na)?",
        r"vifaa|kiasi\s(?:cha|kamili)|vipimo|viambato",
        r"nguyen\slieu|vat\slieu|ty\sle|lieu\sluong|cong\sthuc",
        r"bahan-bahan(?:nya)?|bahan\sdan|takarannya|dosisnya|resep\slengkap|kode\slengkap",
        r"malzeme\w{0,6}|tarifi\w{0,3}|(?:tam|calisan)\skod\w{0,3}|oranlar\w{0,3}|oranini|doz\w{0,4}|miktar\w{0,5}",
        r"sk(?:l|ł)adnik\w{0,3}|proporcj\w{1,2}|ilo(?:s|ś)c\w{0,2}|dawk\w{1,2}|lista\s(?:materia(?:l|ł)ow|sprzetu)",
        r"dzia(?:l|ł)ajacy\skod|pe(?:l|ł)ny\skod|jakie\s(?:papiery|farby|narzedzia|chemikalia|materia(?:l|ł)y)",
        r"exacte\s(?:commando|hoeveelhe|dose|code)[\w']{0,4}|hoeveelheden|werkende\scode|volledige\scode",
    ]
)
# Steps and detail: a method asked for in full. Each at most 40 characters.
WIDE_STEPS = alt(
    [
        r"avec\sles\setapes|con\s(?:los|i)\s(?:pasos|passaggi)|com\sos\spassos",
        r"podrobne|presn\w{1,3}\s(?:postup|navod|kroky)\w{0,3}|presne\sjak|navod\w{0,2}|krok\sza\skrokom",
        r"lepesrol\slepesre|reszletesen|pontos\s(?:lepes|utasitas)\w{0,4}|pontosan",
        r"in\sdetaliu|detaliat\w{0,2}|exact\s(?:cum|ce)",
        r"i\sdetalj|detaljerat|exakt\s(?:hur|vilka)|exakta\ssteg|trin\sfor\strin|skritt\sfor\sskritt",
        r"hatua\skwa\shatua|kwa\sundani|kwa\skina",
        r"tung\sbuoc|chi\stiet",
        r"langkah-langkah(?:nya)?|secara\s(?:rinci|detail|detil)",
        r"ayrintili|ayrintilariyla|detayli|detaylariyla",
        r"precies\shoe|gedetailleerd|exacte\sstappen",
    ]
)
WIDE_DETAIL = r"(?:" + WIDE_QUANT + r"|" + WIDE_STEPS + r")"

_PRETEXT_ANY = r"(?:" + WIDE_PRETEXT + r"|" + OLDER_PRETEXT + r")"
_DETAIL_ANY = r"(?:" + WIDE_DETAIL + r"|" + STEPS_DETAIL + r")"

_GAP = r"[^\n]{0,110}?"
_ORDERS = ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0))

# Which part is new: the pretext (with a procedure of either list), the
# procedure (with any pretext), a bare object with quantities (any pretext),
# or the ask (an older pretext and procedure).
_FAMILIES = (
    (
        "pretext",
        WIDE_PRETEXT,
        r"(?:" + WIDE_ACT + r"|" + PROCEDURE + r")",
        _DETAIL_ANY,
        "a pretext in a language the older lists lack + a harmful procedure + detail",
    ),
    (
        "act",
        _PRETEXT_ANY,
        WIDE_ACT,
        _DETAIL_ANY,
        "a pretext + a harmful procedure in a language the older lists lack + detail",
    ),
    (
        "object",
        _PRETEXT_ANY,
        r"\b(?:" + _OBJECT_ANY + r"|" + _CODE + r")\b",
        r"(?:" + WIDE_QUANT + r")",
        "a pretext + a harmful object + its quantities, materials or code",
    ),
    (
        "detail",
        OLDER_PRETEXT,
        PROCEDURE,
        WIDE_DETAIL,
        "a pretext + a harmful procedure + detail asked in a language the older lists lack",
    ),
)


def _in_order(pretext: str, harm: str, ask: str, order: tuple[int, int, int]) -> str:
    """Pretext, harm and ask (folded view) in one order, in one bounded window.

    Args:
        pretext: The pretext part.
        harm: The harm part.
        ask: The operational ask part.
        order: The indices of (pretext, harm, ask) in reading order.

    Returns:
        The pattern (one rule per order keeps each RE2 DFA small).
    """
    parts = (r"\b" + pretext + r"\b", harm, r"\b" + ask + r"\b")
    a, b, c = order
    return parts[a] + _GAP + parts[b] + _GAP + parts[c]


RULES: tuple[Rule, ...] = with_curly_apostrophes(
    tuple(
        Rule(
            f"injection.harm_wide.{name}_{''.join('phe'[i] for i in order)}",
            _CAT,
            _in_order(pretext, harm, ask, order),
            score=0.8,
            max_len=377,
            description=description,
        )
        for name, pretext, harm, ask, description in _FAMILIES
        for order in _ORDERS
    )
)
