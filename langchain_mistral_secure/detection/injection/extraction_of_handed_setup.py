"""The instructions someone handed the model, asked for word for word.

Family: extraction (reveal the system prompt), in many languages. The
attacker rarely says "system prompt": they name the setup by its handing-over
("the instructions the bank gave you", "die Vorgaben, die man dir gegeben
hat", "las instrucciones que te dieron", "ohjeet, jotka pankki antoi
sinulle", "инструкции, которые тебе дали") and mark the copy they want as
exact or the text as prior to the chat ("word for word", "verbatim", "before
the conversation", "hidden"). Three parts must meet within one bounded
window: a noun for instructions, a clause making the model their recipient
(second person), and a mark of verbatim, whole, hidden or before-the-chat.

Why it is safe on benign text: instructions a user talks about are their own
or a third party's ("the instructions my doctor gave me", "follow the
assembly instructions"); here the model must be the one they were given to,
and the ask must be for the text itself (verbatim, in full, hidden, the ones
from before this chat). A benign "follow the instructions the bank gave you"
carries none of those marks.
"""

# ruff: noqa: RUF001
# (RUF001: the raw patterns are written in Cyrillic, Greek, Arabic, Hebrew,
# Devanagari, Bengali, Tamil, Thai, Georgian, Armenian, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin-script languages, on the folded view ---------------------------

# Nouns for the setup: instructions, directives, rules as handed over.
_INSTR = alt(
    [
        r"instru\w*", r"directives?", r"guidelines?", r"setup\s+text",
        r"system\s+(?:prompt|message)", r"anweisung\w*", r"vorgaben?",
        r"einrichtungstext", r"consignes?", r"istruzion\w*", r"pokyn\w*",
        r"uput\w*", r"navodil\w*", r"utasitas\w*", r"ohje\w*", r"talimat\w*",
        r"t.limat\w*", r"chi\s+dan", r"huong\s+dan", r"arahan", r"maagizo",
        r"tagubilin\w*", r"juhis\w*", r"directrices", r"richtlijnen",
        r"wytyczn\w*", r"smernic\w*", r"regole", r"reglas",
        # h20: the opening message, Polish orders, Nordic and Albanian nouns
        r"messaggio\s+iniziale", r"mensaje\s+inicial", r"message\s+initial",
        r"polecen\w*", r"instruks\w*", r"udhezim\w*",
        # h21: the prompt and the rules by their everyday names, per language
        r"prompt\w*", r"regels", r"regler\w*", r"pravidl\w*", r"nastaveni",
        r"zadani", r"oppsett\w*", r"retningslinj\w*", r"noradijum\w*",
        r"nurodym\w*", r"szabaly\w*", r"beallitas\w*", r"reguli\w*",
        r"kural\w*", r"yonerge\w*", r"aturan", r"petunjuk", r"saanno\w*",
    ]
)  # fmt: skip
# The model as the one they were handed to (second person).
_GAVE = alt(
    [
        # EN
        # "the bank gave you", never "I gave you" (the user's own text).
        (r"\w{3,}\s+(?:gave|handed|sent|passed)\s+(?:to\s+)?you|given\s+(?:to\s+)?you|"
         r"you\s+(?:were|have\s+been)\s+(?:given|handed|fed|loaded\s+with)|"
         r"you\s+(?:received|got)|(?:set|configured|loaded)\s+you(?:\s+up)?"),
        # DE
        (r"dir\s+(?:\w+\s+){0,3}(?:gegeben|mitgegeben|erteilt|gesagt)|"
         r"dich\s+(?:\w+\s+){0,2}(?:eingerichtet|konfiguriert|eingestellt)|"
         r"du\s+(?:\w+\s+){0,2}(?:bekommen|erhalten)"),
        # FR
        r"t'(?:a|ont)\s+(?:\w+\s+)?(?:donne|fourni|confie|transmis)\w*|que\s+tu\s+as\s+recu\w*",
        # ES / CA
        (r"te\s+(?:dio|dieron|ha\s+dado|han\s+dado|configur\w+|pusieron|"
         r"asign\w+|entreg\w+)|que\s+recibiste|et\s+(?:va|van|ha|han)\s+donar"),
        # IT
        r"ti\s+(?:ha|hanno)\s+(?:\w+\s+)?(?:dato|date|fornit\w|impostat\w|dett\w)|che\s+hai\s+ricevuto",
        # PT
        (r"te\s+(?:deu|deram|passou|passaram|configur\w+)|"
         r"(?:voce|tu)\s+recebeu|colocou\s+antes|recebeste"),
        # NL / AF
        (r"je\s+(?:\w+\s+){0,2}(?:heeft|hebben)\s+(?:\w+\s+){0,2}(?:meegegeven|gegeven)|"
         r"(?:die|dat)\s+je\s+(?:hebt\s+)?(?:gekregen|ontvangen)|jou\s+(?:\w+\s+){0,4}gegee|"
         r"(?:heeft|hebben)\s+(?:\w+\s+){0,3}(?:je|jou)\s+(?:\w+\s+)?(?:meegegeven|gegeven|gestuurd)"),
        # PL / CS / SK / HR / SR / SL
        (r"dosta(?:l|.)(?:es|as|a|i)?|otrzyma.(?:es|as)|dobi(?:o|la|l)|"
         r"(?:ci|ti|tobe|tebi|tebe)\s+(?:je\s+)?(?:\w+\s+)?(?:dal|dala|dali|dao|"
         r"nastavil\w*|zadal\w*|przekaza\w*)|ti\s+(?:jih|ih|ga)\s+je\s+(?:\w+\s+)?(?:dala|dao|dal)"),
        # RO / HU / FI / SV / DA / NO
        (r"ti\s*-?\s*(?:le|l)?\s*-?\s*a\s+dat|ti\s*-?\s*au\s+(?:fost\s+)?dat\w*|"
         r"adott\s+neked|neked\s+adott|kapt.l|antoi\s+sinulle|sinulle\s+antam\w*|"
         r"gav?\s+(?:dig|deg)|du\s+(?:fick|fikk|fik)|(?:dig|deg)\s+(?:\w+\s+)?(?:gav|gitt|givet)|"
         # h21: RO received from, HU "megadott neked"
         r"primit\w*\s+de\s+la|(?:le-|l-)?ai\s+primit|(?:meg)?adott\s+neked|neked\s+(?:meg)?adott"),
        # TR / AZ / VI / ID / MS / SW / TL / LT / LV / ET
        (r"sana\s+(?:\w+\s+){0,3}(?:verdi\w*|verilen)|s.n.\s+verdiyi|verdiyi|"
         r"(?:cai|dua|giao)\s+cho\s+ban|(?:di)?berikan\s+(?:\w+\s+){0,3}(?:kepadamu|padamu|"
         r"kepada\s+(?:kamu|anda|awak))|ulizopewa|uliyopewa|ulipewa|"
         r"(?:ibinigay|binigay)\s+sa\s+iyo|tau\s+dave|tev\s+deva|sulle\s+(?:\w+\s+)?(?:andis|antud)|"
         # h21: ID/MS "yang kamu terima", "diberi oleh ... kepada kamu"; LV/ET/LT wider
         r"yang\s+(?:kamu|anda|awak)\s+(?:terima|dapat|peroleh)|diberi\s+(?:\w+\s+){0,3}kepada\s+"
         r"(?:kamu|anda|awak)|tev\s+(?:\w+\s+){0,3}(?:iedeva|deva|uzdeva|iedevusi)|"
         r"sulle\s+(?:\w+\s+){0,3}(?:andis|andsid|antud)|tau\s+(?:\w+\s+){0,3}(?:dave|pateike)|"
         # SQ
         r"(?:qe\s+)?te\s+(?:i\s+)?(?:dha|dhane)"),
    ]
)  # fmt: skip
# The copy asked for: exact, whole, hidden, or from before the chat.
_MARK = alt(
    [
        # EN
        (r"verbatim|word\s+for\s+word|word-for-word|in\s+full|unabridged|"
         r"hidden|secret|before\s+(?:i|we)\s+(?:started|began)|before\s+(?:the|our|this)\s+"
         r"(?:conversation|chat)|at\s+(?:the\s+)?start(?:up)?|without\s+(?:leaving|skipping|omitting)"),
        # DE / NL / AF
        (r"w.rtlich|wort\s+f.r\s+wort|vollst.ndig|komplett|verborgen\w*|geheim\w*|"
         r"vor\s+(?:dem|unserem)\s+(?:gespr.ch|chat)|woord\s+(?:voor|vir)\s+woord|"
         r"letterlijk|versteekte|zonder\s+iets\s+weg|voor\s+die\s+gesprek"),
        # FR / ES / CA / IT / PT
        (r"mot\s+(?:a|pour)\s+mot|textuellement|integral\w*|sans\s+rien\s+(?:omettre|resumer)|"
         r"au\s+demarrage|cache\w*|tal\s+cual|palabra\s+por\s+palabra|literal\w*|"
         r"ocult\w*|secret\w*|antes\s+de\s+(?:la|nuestra|esta)\s+conversacion|"
         r"abans\s+de\s+la\s+conversa|parola\s+per\s+parola|per\s+intero|alla\s+lettera|"
         r"nascost\w*|segret\w*|prima\s+della\s+conversazione|palavra\s+por\s+palavra|"
         r"na\s+integra|escondid\w*|antes\s+da\s+(?:nossa\s+)?conversa"),
        # PL / CS / SK / HR / SR / SL / RO / HU
        (r"dos.own\w*|dok.adn\w*|przed\s+moj\w?\s+(?:pierwsz\w+\s+)?wiadomo\w*|ukryt\w*|tajn\w*|przed\s+(?:rozpocz\w+\s+)?rozmow\w*|doslov\w*|"
         r"skryt\w*|slovo\s+(?:za|od)\s+slov\w*|pred\s+(?:zacatkem|rozhovorom|konverzac\w*)|"
         r"na\s+(?:zacatku|zaciatku)|nez\s+jsem\s+zacal|skriven\w*|prije\s+(?:ovog\s+)?"
         r"razgovor\w*|pre\s+razgovor\w*|pred\s+zacetkom|celotn\w*|ascuns\w*|la\s+inceput|"
         r"cuvant\s+cu\s+cuvant|szo\s+szerint|rejtett|titkos|beszelgetes\s+elott"),
        # FI / SV / DA / NO / TR / AZ / VI / ID / MS / SW / TL / LT / LV / ET
        (r"sanasta\s+sanaan|salai\w*|piilo\w*|ennen\s+keskustelua|ord\s+f.r\s+ord|"
         r"ordagrant|ordret|dold\w*|skjult\w*|hemli?g\w*|hemmelig\w*|inden\s+samtalen|"
         r"f.r\s+samtalen|innan\s+jag|kelimesi\s+kelimesine|gizli|konu.madan\s+.nce|"
         r"s.zb.s.z|nguyen\s+van|bi\s+mat|truoc\s+cuoc|persis|tersembunyi|rahasia|"
         r"sebelum\s+(?:obrolan|perbualan|percakapan)|neno\s+kwa\s+neno|ya\s+siri|"
         r"kabla\s+ya\s+mazungumzo|eksakto|nakatago|bago\s+tayo|pa.odziui|slapt\w*|"
         r"pries\s+pokalbi|v.rds\s+v.rd.|slept\w*|pirms\s+sarunas|s.na-s.nalt|"
         r"varjatud|enne\s+vestlust|"
         # h21: TR/AZ/SK/MS/ID "as it is", "the full text", "from the first word"
         r"from\s+(?:the\s+)?(?:start|beginning)\s+to\s+(?:the\s+)?(?:end|finish)|"
         r"do\s+comeco\s+ao\s+fim|del\s+principio\s+al\s+final|de\s+principio\s+a\s+fin|"
         r"du\s+debut\s+a\s+la\s+fin|von\s+anfang\s+bis\s+ende|dall'inizio\s+alla\s+fine|"
         r"van\s+begin\s+tot\s+(?:het\s+)?eind|od\s+poczatku\s+do\s+konca|sanatarka\w*|ennen\s+keskustelu\w*|ordrett|oldugu\s+gibi|tam\s+metn\w*|atlamadan|eksiksiz|harfi\s+harfine|soz-soz|"
         r"h.rfi\s+h.rfin.|s.hb.td.n\s+.vv.l|od\s+prveho\s+slova|presne\s+znenie|"
         r"perkataan\s+demi\s+perkataan|kata\s+(?:demi|per)\s+kata|seperti\s+aslinya|"
         # SQ
         r"fshehta|te\s+plota|para\s+bisedes"),
    ]
)  # fmt: skip
_HANDED = (
    rf"\b{_INSTR}\b[^.?!\n]{{0,60}}?\b{_GAVE}\b[^\n]{{0,70}}?\b{_MARK}\b|"
    rf"\b{_MARK}\b[^\n]{{0,70}}?\b{_INSTR}\b[^.?!\n]{{0,60}}?\b{_GAVE}\b|"
    # SW / TL / AZ / TR put the recipient clause first: "uliyopewa", "sana verdiği".
    rf"\b{_GAVE}\b[^.?!\n]{{0,40}}?\b{_INSTR}\b[^\n]{{0,60}}?\b{_MARK}\b|"
    rf"\b{_MARK}\b[^\n]{{0,60}}?\b{_GAVE}\b[^.?!\n]{{0,40}}?\b{_INSTR}\b"
)

# --- Scripts the folded view mangles: on the text itself ------------------

_INSTR_RAW = (
    r"(?:инструкци\S*|указани\S*|настройк\S*|настроюван\S*|правил\S*|"
    r"οδηγ\S*|التعليمات|تعليمات|ההנחיות|הנחיות|הוראות|دستورالعمل\S*|ہدایات|"
    r"निर्देश\S*|নির্দেশ\S*|வழிமுறைகள\S*|คำสั่ง\S*|คำแนะนำ\S*|"
    r"упатства|ინსტრუქცი\S*|հրահանգ\S*|指示\S*|指令|设定|設定|提示词|プロンプト|지침|지시|설정|프롬프트)"
)
_GAVE_RAW = (
    r"(?:(?:тебе|тебі|ти|вам)\s+(?:\S+\s+){0,2}(?:дал\S*|дали|дав\S*|задал\S*|"
    r"запустил\S*|запустив|е\s+дала|е\s+дал|ги\s+даде)|(?:с\s+которыми|з\s+якими)\s+тебе|"
    r"σου\s+(?:\S+\s+)?(?:έδωσε|έδωσαν|δόθηκαν)|أعطت?ك|أعطاك|اعطاك|اعطتك|"
    r"נת(?:ן|נו)\s+לך|לך\s+נת(?:ן|נו)|به\s+تو\s+داده|تمہیں\S*\s+(?:\S+\s+){0,3}دی|"
    r"(?:तुम्हें|तुमको|आपको|तिमीलाई)\s+(?:\S+\s+){0,4}(?:दिए|दिया|दी|दिएका)|"
    r"তোমাকে\s+(?:\S+\s+){0,3}দিয়েছে|உனக்கு\S*\s+(?:\S+\s+){0,2}கொடுத்த|"
    r"ให้คุณ|ตั้งค่าไว้ให้|მოგცა|քեզ\s+(?:\S+\s+)?տվել|տվել\s+է\s+քեզ|"
    r"给你的|你收到的|给了你|(?:네가|니가|당신이)\s*(?:\S+\s*)?받은|给你设定|给你设置|为你设定|ไว้กับคุณ|"
    r"(?:тобі|тебе)\s+(?:\S+\s+){0,2}(?:написа\S*|переда\S*|нада\S*)|"
    r"(?:написа\S*|переда\S*|нада\S*)\s+(?:\S+\s+){0,2}(?:тобі|тебе)|与えられた|渡された|受け取った|"
    r"(?:너한테|너에게|당신에게)\s*(?:\S+\s*)?(?:준|주어진))"
)
_MARK_RAW = (
    r"(?:дослов\S*|дослівн\S*|перед\s+початком|αυτούσι\S*|λέξη\s+προς\s+λέξη|"
    r"χωρίς\s+περίληψη|从头到尾|最初から最後まで|처음부터\s*끝까지|от\s+начала\s+до\s+конца|"
    r"з\s+початку\s+до\s+кінця|原样|原文|원문|целосно|скриени\S*|целиком|повністю|полностью|полността|ничего\s+не\s+пропуска\S*|"
    r"нічого\s+не\s+пропуска\S*|перед\s+(?:нашим|началом|розмовою)|в\s+началото|"
    r"скрыт\S*|прихован\S*|αυτολεξεί|πριν\s+ξεκινήσουμε|حرفي\S*|المخفية|قبل\s+بدء|"
    r"מילה\s+במילה|לפני\s+השיחה|کلمه\s+به\s+کلمه|پنهان\S*|قبل\s+از\s+گفتگو|"
    r"لفظ\s+بہ\s+لفظ|خفیہ|پہلے|शब्दशः|छुपे|गोप्य|पहले|अघि|হুবহু|গোপন|আগে|"
    r"அப்படியே|ரகசிய|முன்|คำต่อคำ|ลับ|ก่อนเริ่ม|სიტყვასიტყვით|ფარული|"
    r"Բառ\s+առ\s+բառ|բառ\s+առ\s+բառ|թաքնված|原封不动|一字不差|逐字|隐藏|"
    r"一字一句|そのまま|非公開|토씨|그대로|숨겨진)"
)
_HANDED_RAW = (
    rf"{_INSTR_RAW}[^.?!。？！\n]{{0,50}}?{_GAVE_RAW}[^\n]{{0,60}}?{_MARK_RAW}|"
    rf"{_MARK_RAW}[^\n]{{0,60}}?{_INSTR_RAW}[^.?!。？！\n]{{0,50}}?{_GAVE_RAW}|"
    rf"{_GAVE_RAW}[^.?!。？！\n]{{0,50}}?{_INSTR_RAW}[^\n]{{0,60}}?{_MARK_RAW}|"
    rf"{_MARK_RAW}[^\n]{{0,60}}?{_GAVE_RAW}[^.?!。？！\n]{{0,50}}?{_INSTR_RAW}"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.handed_setup", _CAT, _HANDED,
         score=0.7, max_len=230,
         description="Latin scripts: the instructions given to you, verbatim"),
    raw_rule("injection.extraction.handed_setup_raw", _CAT,
             _HANDED_RAW,
             "Other scripts: the instructions given to you, verbatim",
             score=0.7, max_len=200),
)  # fmt: skip

# The recipient clauses, shared with :mod:`.extraction_handed_before_chat`
# (the setup named by its handing-over and its time, without a noun for it).
GAVE = _GAVE
GAVE_RAW = _GAVE_RAW
