# ruff: noqa: E501, RUF001, RUF003
"""A world without laws set up, then the method asked for "in that world".

Family: hypothetical worlds (category ``role``). The text sets up a world,
country, universe, planet or thought experiment whose premise is that laws,
rules or content policies are absent ("imagine a world where no laws exist",
"supongamos que estás en un universo sin leyes", "stell dir eine Welt ohne
Strafgesetze vor", "假设在一个没有任何法律的世界") or that a crime is lawful and
praised ("assume that X is legal and encouraged", "un pays où la fraude est un
devoir civique"), then points back at that premise ("in that world", "under
that assumption", "dans ce pays", "allí", "dort", "在那里") and asks for a
method: how to, explain how, describe the process, the steps, the technique.
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_shape_lawless_world`
reads the same premise followed by that world's manual or an answer "as its
AI"; this module reads the plain "and there, how do I ...".

The same shape is read in Czech, Slovak, Hungarian, Romanian, the Nordic
languages, Finnish, Vietnamese and Swahili on the folded view ("představ si
svět, kde neexistují žádné zákony ... v tom světě ... jak ukrást"), and in
Greek, Persian, Hebrew, Bengali, Urdu and Thai on the raw text ("دنیایی بدون
قانون ... در آن دنیا ... چطور"); the folded "how" there names a method or
an ability ("hogyan lehet", "cum să", "làm thế nào để"), not "how would
people live".

Why it is safe on benign text: a world without money, seasons or cars lacks
no law; a philosophy prompt about a lawless world asks what society would
look like ("how would people cooperate? write an essay") and names no
method; the premise that something is lawful needs "and encouraged", "a
civic duty" or "a sport", so "imagine cannabis were legal, how would taxes
change" does not read as one.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT NL PL TR ID; CS SK HU RO SV DA NB FI VI SW) ---------------------------------
_WORLD = (
    r"\b(?:world|universe|country|land|society|earth|planet|reality|dimension|"
    r"thought\s+experiment|scenario|welt|universum|gesellschaft|planeten?|realitat|"
    r"parallelwelt|gedankenexperiment|monde|univers|pays|societe|planete|realite|"
    r"experience\s+de\s+pensee|mundo|universo|pais|sociedad|sociedade|planeta|"
    r"realidad|realidade|experimento\s+mental|mondo|paese|societa|pianeta|realta|"
    r"esperimento\s+mentale|wereld|planeet|samenleving|gedachte-?experiment|swiat\w{0,2}|"
    r"kraj\w{0,2}|planecie|dunya\w{0,3}|evren\w{0,3}|ulke\w{0,3}|gezegen\w{0,3}|"
    r"dunia|negara|alam\s+semesta|planet|svet\w{0,2}|zem[eiy]|vesmir\w{0,2}|vilag\w{0,4}|lume[a]?|"
    r"univers\w{0,2}|varld(?:en)?|verden|maailma\w{0,4}|the\s+gioi|ulimwengu)\b"
)
_LAW = (
    r"(?:laws?|rules|restrictions|ethics|morals|regulations|content\s+polic(?:y|ies)|"
    r"criminal\s+codes?|gesetze?|strafgesetze?|regeln|moral|ethik|lois?|regles|"
    r"morale|ethique|leyes|reglas|normas|etica|leggi|regole|leis|regras|wetten|regels|"
    r"praw|prawa|zasad|kanun\w{0,3}|yasa\w{0,3}|kural\w{0,3}|hukum|aturan)"
)
_NO_LAW = alt(
    [
        # "no laws", "without rules", "ohne Gesetze", "sin leyes", "zonder regels"
        r"\b(?:no|without|ohne|keine|sans|aucune?|sin|ningun[ao]?|senza|nessuna|sem|"
        r"nenhuma|zonder|geen|bez|tanpa|tidak\s+ada|hicbir)\s+(?:\w{1,15}\s+){0,2}"
        + _LAW
        + r"\b",
        # "laws no longer exist", "las leyes no existen", "kanun yok"
        r"\b"
        + _LAW
        + r"\s+(?:\w{1,15}\s+)?(?:no\s+longer\s+exist|don't\s+exist|do\s+not\s+exist|"
        r"(?:were|are|have\s+been)\s+abolished|(?:don't|do\s+not|no\s+longer)\s+apply|"
        r"gibt\s+es\s+nicht|existieren\s+nicht|gelten\s+nicht|n'existent\s+(?:plus|pas)|"
        r"ya\s+no\s+existen|no\s+existen|non\s+esistono|nao\s+existem|bestaan\s+niet|"
        r"nie\s+istnieja|yok|tidak\s+ada)",
        # "there are no laws", "non esistono leggi", "es gibt keine Gesetze"
        r"\b(?:there\s+are\s+no|es\s+gibt\s+keine|il\s+n'y\s+a\s+(?:pas|plus)\s+de|"
        r"no\s+(?:hay|existen)|non\s+(?:ci\s+sono|esistono)|nao\s+(?:ha|existem)|"
        r"er\s+zijn\s+geen|nie\s+ma)\s+(?:\w{1,15}\s+)?" + _LAW + r"\b",
        # "nothing is illegal", "alles ist erlaubt", "tout est permis"
        (
            r"\b(?:(?:nothing|no\s+action|no\s+act)\s+is\s+(?:illegal|forbidden|a\s+crime)|"
            r"everything\s+is\s+(?:legal|allowed|permitted)|alles\s+ist\s+erlaubt|nichts\s+"
            r"ist\s+verboten|tout\s+est\s+(?:permis|legal)|rien\s+n'est\s+interdit|"
            r"todo\s+(?:es\s+legal|esta\s+permitido)|nada\s+es\s+ilegal|tutto\s+e\s+"
            r"(?:permesso|lecito|legale)|niente\s+e\s+(?:illegale|vietato)|tudo\s+e\s+"
            r"(?:permitido|legal)|nada\s+e\s+ilegal|alles\s+is\s+toegestaan|wszystko\s+jest\s+"
            r"dozwolone|her\s+sey\s+serbest)\b"
        ),
        r"\b(?:lawless|gesetzlos\w{0,3}|rechtsfrei\w{0,3}|kanunsuz|yasasiz|kuralsiz)\b",
        # CS SK HU RO SV DA NB FI VI SW
        (
            r"\b(?:neexistuj\w{1,3}\s+(?:zadne\s+|ziadne\s+)?zakony|bez\s+(?:zakonu|zakonov|"
            r"pravidel)|zadne\s+zakony|nincsenek\s+(?:\w+\s+)?torvenyek|torvenyek\s+nelkul|fara\s+"
            r"legi|nu\s+(?:mai\s+)?exista\s+(?:nicio\s+lege|legi)|(?:utan|uden|uten)\s+(?:lagar|"
            r"love|lover|regler)|(?:inga|ingen)\s+(?:lagar|love|lover)|ilman\s+lakeja|ei\s+ole\s+"
            r"(?:mitaan\s+)?lakeja|khong\s+(?:co\s+)?(?:luat(?:\s+phap)?|phap\s+luat)|isiyo\s+na\s+"
            r"sheria|bila\s+sheria|hakuna\s+sheria)\b"
        ),
    ]
)
# A crime declared lawful *and* praised: "is legal and encouraged", "est un
# devoir civique", "ist ein Sport", "es un deporte olímpico".
_CRIME_PRAISED = (
    r"\b(?:is|are|were|ist|sind|est|sont|es|son|e|sono|eh|sao|zijn|jest|sa)\s+"
    r"(?:\w{1,12}\s+){0,2}?(?:legal\s+and\s+(?:encouraged|rewarded|celebrated)|"
    r"(?:a|an|ein|eine|un|une|uno|una|um|uma|een)\s+(?:\w{1,12}\s+)?(?:civic\s+duty|"
    r"national\s+sport|olympic\s+sport|sport|burgerpflicht|pflicht|devoir\s+civique|"
    r"deber\s+civico|deporte(?:\s+olimpico)?|dovere\s+civico|dever\s+civico|"
    r"esporte(?:\s+olimpico)?|desporto|burgerplicht|obowiazek)|legal\w{0,2}\s+"
    r"(?:und|et|y|e|en)\s+(?:erwunscht|encourage\w?|fomentad\w|incoraggiat\w|"
    r"incentivad\w))\b|\b(?:ein|eine)\s+(?:\w{1,12}\s+)?(?:sport|pflicht|burgerpflicht)\s+"
    r"(?:ist|sind|ware|waren)\b"
)
_PREMISE = alt([_NO_LAW, _CRIME_PRAISED])
# Pointing back at the premise.
_THERE = (
    r"\b(?:in\s+(?:that|this|such\s+a)\s+(?:\w{1,12}\s+)?(?:world|universe|country|"
    r"society|reality|planet|scenario)|(?:under|given)\s+(?:that|this)\s+(?:assumption|"
    r"premise)|in\s+(?:dieser|jener|der)\s+(?:welt|realitat|gesellschaft)|in\s+"
    r"(?:diesem|jenem)\s+(?:land|universum|szenario)|dort|(?:dans|en)\s+(?:ce|cet|"
    r"cette)\s+(?:monde|univers|pays|societe|planete|realite)|la-bas|en\s+(?:ese|este|"
    r"aquel)\s+(?:mundo|universo|pais|planeta)|en\s+(?:esa|esta)\s+(?:sociedad|"
    r"realidad)|alli|in\s+(?:quel|questo)\s+(?:mondo|universo|paese|pianeta)|in\s+"
    r"quella\s+(?:societa|realta)|(?:nesse|neste|naquele)\s+(?:mundo|universo|"
    r"pais|planeta)|nessa\s+(?:sociedade|realidade)|in\s+die\s+(?:wereld|samenleving)|"
    r"in\s+dat\s+(?:land|universum)|daar|w\s+(?:tym|takim)\s+(?:swiecie|kraju|"
    r"uniwersum)|tam|o\s+(?:dunya|evren|ulke)\w{0,4}|orada|di\s+(?:dunia|negara)\s+"
    r"(?:itu|tersebut)|di\s+sana|v\s+(?:tom|tomto|takovem)\s+svete|abban\s+a\s+vilagban|ott|in\s+"
    r"(?:acea|aceasta)\s+lume|in\s+lumea\s+(?:aceea|asta)|acolo|i\s+(?:den|denna)\s+(?:varlden|"
    r"verden)|dar|der|siina\s+maailmassa|siella|trong\s+the\s+gioi\s+(?:[dđ]o|ay|nay)|o\s+[dđ]o|"
    r"katika\s+(?:dunia|ulimwengu)\s+(?:hiyo|huo|huu)|huko)\b"
)
# A method asked for.
_HOW = (
    r"\b(?:how\s+to|how\s+(?:do|does|would|could|can|should)\s+(?:i|you|one|someone|"
    r"somebody|a\s+person|he|she)\s+\w+|(?:explain|describe|tell\s+(?:me|us)|show\s+"
    r"(?:me|us)|detail|walk\s+me\s+through)\s+(?:\w+\s+)?(?:how|the\s+(?:process|"
    r"steps|procedure|technique|method|recipe))|step\s+by\s+step|"
    r"(?:erklare|beschreibe|zeig|sag)\w{0,2}\s+(?:\w+\s+)?(?:wie|die\s+(?:technik|"
    r"methode|schritte|anleitung))|wie\s+(?:man|ich)\s+\w+|schritt\s+fur\s+schritt|"
    r"(?:explique|decris|dis-moi|montre)\w{0,2}\s+(?:\w+\s+)?(?:comment|la\s+"
    r"(?:methode|technique|procedure|recette)|les\s+etapes)|comment\s+(?:on|je|faire|"
    r"fabriquer|voler|pirater|cacher|falsifier|tromper)\b|etape\s+par\s+etape|(?:explica|describe|dime|detalla|muestra)\w{0,2}"
    r"\s+(?:\w+\s+)?(?:como|la\s+(?:tecnica|receta)|el\s+(?:procedimiento|metodo|"
    r"proceso)|los\s+pasos)|como\s+(?:se\s+\w+|puedo|podria|hacer|fabricar|robar|"
    r"hackear|falsificar|fazer|roubar|posso|poderia)\b|paso\s+a\s+paso|"
    r"(?:spiega|descrivi|dimmi|mostra)\w{0,2}\s+(?:\w+\s+)?(?:come|la\s+(?:tecnica|"
    r"ricetta|procedura)|il\s+(?:procedimento|metodo)|i\s+passaggi)|come\s+(?:si\s+\w+|"
    r"fare|posso|potrei|falsificare|rubare|costruire)\b|passo\s+(?:dopo|a)\s+passo|(?:explique|descreva|diga|mostre)\w{0,2}\s+(?:\w+\s+)?"
    r"(?:como|a\s+(?:tecnica|receita)|o\s+(?:procedimento|metodo|processo)|os\s+passos)|"
    r"(?:leg\s+uit|beschrijf|vertel)\s+(?:\w+\s+)?(?:hoe|de\s+(?:techniek|methode|"
    r"stappen))|hoe\s+(?:je|men|ik)\s+\w+|stap\s+voor\s+stap|(?:wyjasnij|opisz|powiedz)"
    r"\s+(?:\w+\s+)?(?:jak|technike|metode|kroki)|jak\s+(?:\w+\s+)?(?:zrobic|zbudowac|"
    r"ukrasc|zdobyc|wlamac|podrobic|oszukac)|krok\s+po\s+kroku|nasil\s+\w+(?:rsin|rim|ilir|abilir\w*|ebilir\w*)\b|"
    r"adim\s+adim|"
    r"(?:jelaskan|ceritakan|tunjukkan)\s+(?:\w+\s+)?(?:cara|bagaimana|langkah)|"
    # CS SK HU RO SV DA NB FI VI SW
    r"(?:vysvetli|popis|rekni)\w{0,2}\s+(?:\w+\s+){0,2}?jak|jak\s+(?:se\s+)?(?:ukrast|vyrobit|"
    r"ziskat|ukradnout|obejit|vloupat)|hogyan\s+(?:lehet|kell|tudok|tudnek|lopj|keszits|szerezz)\w*|"
    r"(?:mondd\s+el|magyarazd\s+el)\s+(?:\w+\s+)?hogyan|cum\s+(?:sa|pot|poti)\s+\w+|explica\w{0,3}\s+"
    r"(?:\w+\s+)?cum|hur\s+(?:man|jag|du)\s+\w+|hvordan\s+(?:man|jeg|du)\s+\w+|(?:miten|kuinka)\s+"
    r"(?:voi|voin|voisin|saa|tehda|valmistaa|varastaa)\w*|(?:kerro|selita)\s+(?:\w+\s+)?(?:miten|"
    r"kuinka)|(?:giai\s+thich|huong\s+dan|cho\s+biet)\s+(?:\w+\s+)?cach|lam\s+the\s+nao\s+[dđ]e|"
    r"jinsi\s+ya\s+\w+|"
    r"eleza\s+(?:\w+\s+)?jinsi|"
    r"bagaimana\s+cara|langkah\s+demi\s+langkah)"
)
# Worst case: world 24 + 60 + premise 70 + 150 + there 30 + 110 + how 40 = 484;
# the premise is held within a sentence of the world.
_WORLD_THERE_HOW = (
    alt(
        [
            _WORLD + r"[^\n.?!]{0,60}?" + _PREMISE,
            # Turkish puts the premise first: "kanunların olmadığı bir dünya".
            r"\b(?:kanun|yasa|kural)\w{0,5}\s+olmadig\w{0,3}\s+(?:\w+\s+)?" + _WORLD,
        ]
    )
    + r"(?s:.){0,150}?"
    + _THERE
    + r"[^\n]{0,110}?"
    + _HOW
)

# --- raw text (RU UK ZH JA KO AR HI EL FA HE BN UR TH) -------------------------------------------------
_WORLD_RAW = (
    r"(?:мир\S{0,3}|вселенн\S{0,3}|стран\S{0,3}|планет\S{0,3}|світ\S{0,3}|世界|宇宙|国家|"
    r"国度|社会|星球|세계|세상|나라|우주|행성|عالم|كون|دولة|بلد|दुनिया|संसार|देश|κόσμο\pL{0,2}|"
    r"σύμπαν\pL{0,2}|دنیا\S{0,2}|جهان\S{0,2}|עולם|পৃথিবী\S{0,2}|বিশ্ব\S{0,2}|โลก)"
)
_NO_LAW_RAW = (
    r"(?:без\s+(?:\S+\s+)?(?:законов|правил|ограничений|морали)|законы\s+(?:больше\s+)?"
    r"не\s+(?:существуют|действуют)|немає\s+(?:\S+\s+)?законів|без\s+законів|"
    r"没有(?:任何)?(?:法律|规则|法规|道德)|(?:法律|规则)(?:都)?不(?:存在|适用)|"
    r"(?:法律|ルール|規則|法)(?:も|が|の)?(?:一切)?(?:ない|存在しない)|"
    r"(?:법|법률|규칙)(?:이|도)?\s?(?:전혀\s?)?없는|لا\s+(?:توجد|يوجد)\s+(?:فيه[اى]?\s+)?"
    r"(?:قوانين|أي\s+قوانين|قانون)|بلا\s+قوانين|بدون\s+قوانين|(?:कोई\s+)?(?:कानून|नियम)\s+"
    r"(?:नहीं|ही\s+नहीं)|χωρίς\s+(?:κανέναν\s+)?νόμους|δεν\s+υπάρχουν\s+(?:\S+\s+)?νόμοι|"
    r"بدون\s+(?:هیچ\s+)?قانون\S{0,2}|(?:هیچ\s+)?قانونی\s+(?:وجود\s+)?ندارد|(?:בלי|ללא|אין)\s+"
    r"(?:שום\s+)?חוקים|(?:কোনো\s+)?আইন\s+(?:নেই|ছাড়া)|(?:کوئی\s+)?قانون\s+نہیں|بغیر\s+قانون|"
    r"ไม่มีกฎหมาย)"
)
_THERE_RAW = (
    r"(?:в\s+(?:этом|том|таком)\s+мире|в\s+(?:этой|той)\s+(?:стране|вселенной)|там|"
    r"у\s+(?:цьому|тому)\s+світі|在(?:那个|这个|那样的)(?:世界|宇宙|国家|社会)(?:里|中)?|在那里|"
    r"その(?:世界|国|社会)で|そこで|그\s?(?:세계|세상|나라)에서|거기서|في\s+(?:هذا|ذلك)\s+"
    r"(?:العالم|الكون|البلد)|هناك|उस\s+(?:दुनिया|देश|संसार)\s+में|वहाँ|वहां|σε\s+(?:αυτόν|εκείνον)"
    r"\s+τον\s+κόσμο|σε\s+(?:αυτό|εκείνο)\s+το\s+σύμπαν|εκεί|در\s+(?:آن|این)\s+(?:دنیا|جهان)|"
    r"آنجا|בעולם\s+(?:הזה|ההוא)|שם|সেই\s+(?:পৃথিবীতে|বিশ্বে)|সেখানে|اس\s+دنیا\s+میں|وہاں|"
    r"ในโลก(?:นั้น|นี้)|ที่นั่น)"
)
_HOW_RAW = (
    r"(?:как\s+\S+|объясни|опиши|пошагов|расскажи,?\s+как|як\s+\S+|поясни|"
    r"怎么|如何|具体|步骤|方法|どうやって|方法|手順|やり方|어떻게|방법|단계|كيف|اشرح|خطوات|"
    r"कैसे|तरीका|विधि|कदम|πώς|εξήγησε|چطور|چگونه|توضیح\s+بده|איך|תסביר|הסבר|কীভাবে|কিভাবে|"
    r"উপায়|کیسے|طریقہ|วิธี|อย่างไร)"
)
# Worst case 12 + 40 + 30 + 150 + 20 + 40 + 10 = 302.
_WORLD_THERE_HOW_RAW = (
    r"(?:"
    + _WORLD_RAW
    + r"[^\n.。?？!！]{0,40}?"
    + _NO_LAW_RAW
    + r"|"
    + _NO_LAW_RAW
    + r"[^\n.。]{0,20}?"
    + _WORLD_RAW
    + r")(?s:.){0,150}?"
    + _THERE_RAW
    + r"[^\n]{0,40}?"
    + _HOW_RAW
)

# --- the same in one sentence: "in a world without laws, explain how ..." --
# The method is asked for directly: "how would you / could one / podría" is
# left out, so "in a world without rules, how would you spend a day?" stays
# clean.
_HOW_DIRECT = (
    _HOW.replace(
        r"how\s+(?:do|does|would|could|can|should)\s+", r"how\s+(?:do|does|can)\s+"
    )
    .replace("puedo|podria|", "puedo|")
    .replace("posso|poderia)", "posso)")
    .replace("posso|potrei|", "posso|")
)
_IN_A_WORLD = (
    r"\b(?:in\s+(?:a|an|one)\s+(?:[\w-]+\s+)?(?:world|universe|country|society|reality)|in\s+einer\s+"
    r"(?:\w+\s+)?(?:welt|gesellschaft|realitat)|in\s+einem\s+(?:\w+\s+)?(?:land|universum)|dans\s+"
    r"(?:un|une)\s+(?:\w+\s+)?(?:monde|univers|pays|societe)|en\s+(?:un|una)\s+(?:\w+\s+)?(?:mundo|"
    r"universo|pais|sociedad)|in\s+(?:un|una)\s+(?:\w+\s+)?(?:mondo|universo|paese|societa)|"
    r"(?:em\s+um|num|numa|em\s+uma)\s+(?:\w+\s+)?(?:mundo|universo|pais|sociedade)|in\s+een\s+"
    r"(?:\w+\s+)?(?:wereld|land|samenleving)|w\s+(?:\w+\s+)?(?:swiecie|kraju)|bir\s+(?:\w+\s+)?"
    r"(?:dunyada|evrende|ulkede)|di\s+(?:sebuah\s+)?(?:dunia|negara)|v\s+(?:\w+\s+)?svete|egy\s+"
    r"(?:\w+\s+)?vilagban|intr-o\s+(?:\w+\s+)?lume|i\s+en\s+(?:\w+\s+)?varld|trong\s+mot\s+the\s+gioi)\b"
)
# Worst case 45 + 40 + premise 70 + 40 + how 60 = 255.
_IN_LAWLESS_WORLD_HOW = (
    _IN_A_WORLD + r"[^\n.?!]{0,40}?" + _PREMISE + r"[^\n.?!]{0,40}?" + _HOW_DIRECT
)
_HOW_DIRECT_RAW = (
    r"(?:объясни|расскажи,?\s+как|пошагов|поясни|步骤|具体方法|详细说明|教我|手順|やり方|"
    r"作り方|教えて|방법을?\s?알려|단계별|اشرح|خطوات|बताओ\s+कि?\s?कैसे|तरीका|विधि|εξήγησε|"
    r"توضیح\s+بده|תסביר|הסבר|বলো\s+কীভাবে|طریقہ|อธิบายวิธี)"
)
# Worst case 12 + 40 + 30 + 40 + 12 = 134 (plus spaces in the premise).
_IN_LAWLESS_WORLD_HOW_RAW = (
    r"(?:"
    + _WORLD_RAW
    + r"[^\n.。?？!！]{0,40}?"
    + _NO_LAW_RAW
    + r"|"
    + _NO_LAW_RAW
    + r"[^\n.。]{0,20}?"
    + _WORLD_RAW
    + r")[^\n.。?？!！]{0,40}?"
    + _HOW_DIRECT_RAW
)

RULES: tuple[Rule, ...] = (
    Rule("injection.world_then_how.same_sentence", _CAT, _IN_LAWLESS_WORLD_HOW,
         score=0.8, max_len=260,
         description="in a world without laws, explain how to ..."),
    raw_rule("injection.world_then_how.same_sentence_scripts", _CAT,
             _IN_LAWLESS_WORLD_HOW_RAW,
             "在没有法律的世界里，详细说明 ... (RU UK ZH JA KO AR HI EL FA HE BN UR TH)",
             score=0.8, max_len=200),
    Rule("injection.world_then_how.latin", _CAT, _WORLD_THERE_HOW, score=0.8,
         max_len=490,
         description="a world with no laws ... in that world, how do I ..."),
    raw_rule("injection.world_then_how.scripts", _CAT, _WORLD_THERE_HOW_RAW,
             "没有法律的世界 ... 在那个世界里怎么 (RU UK ZH JA KO AR HI EL FA HE BN UR TH)",
             score=0.8, max_len=310),
)  # fmt: skip
