"""The model's own setup, named by how it was handed over, asked for as written.

Family: extraction (reveal the system prompt), h30, widened by the way the
setup is named rather than by a word list. An attacker writing in their own
language rarely says "system prompt"; they point at the text the model *was
given at the start* ("die Anweisungen, die dir vorliegen", "तुम्हें शुरुआत
में जो निर्देश दिए गए थे", "너한테 처음 주어진 지침", "وہ ہدایات جو تمہیں شروع
میں دی گئی تھیں", "最初に与えられた指示", "一开始给你的指令", "инструкции,
которые тебе дали"), at "everything above this line", or at "the text of
your system instruction", and ask for it shown or written out as it is.
Two parts meet in one bounded window: that handed-over setup (given to you,
at the start, above this line, the text of your ...) and a verb of putting
it out or a mark of an exact copy (verbatim, word for word, without leaving
a letter out, as it is).

Why it is safe on benign text: instructions the user gave ("the instructions
I gave you earlier") or that a person received ("the instructions my doctor
gave me") are not named as handed to the model at its start; a request to
follow the setup ("stick to the instructions you were given") puts nothing
out; and "the text above" in a document ("translate the text above") is the
user's own text, not every instruction above the line.
"""

# ruff: noqa: E501, RUF001
# (E501: one language per line; RUF001, RUF003: the raw patterns are written in
# Devanagari, Arabic script, Hangul, kana, Han and Cyrillic.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- German (folded view): the text of your system instruction; what stands in your original instructions

_DE = alt(
    [
        (
            r"\b(?:zeig|gib|nenn|schreib|kopier|wiederhol|sag|druck|poste|schick)\w*\s+(?:mir\s+|uns\s+)?(?:bitte\s+|mal\s+)*(?:den|deinen)\s+(?:kompletten|ganzen|vollstandigen|genauen|exakten|wortlichen|gesamten|originalen)?\s*"
            r"(?:text|wortlaut|inhalt)\s+(?:deiner|deines|ihrer|ihres)\s+(?:\w+\s+)?(?:system\w*|anweisung\w*|vorgabe\w*|instruktion\w*|prompt\w*|startanweisung\w*|konfiguration)"
        ),
        (
            r"\bwas\s+(?:genau\s+|eigentlich\s+|alles\s+)*steht\s+(?:genau\s+|eigentlich\s+|alles\s+)*in\s+(?:deinen|deiner|deinem|ihren|ihrer)\s+"
            r"(?:(?:ursprunglichen|anfanglichen|ersten|geheimen|versteckten|internen|eigentlichen)\s+(?:anweisungen|vorgaben|instruktionen|regeln|richtlinien|prompt)|"
            r"systemanweisung(?:en)?|systemprompt|anweisungen|instruktionen|vorgaben|system-?prompt|startanweisung(?:en)?)\s*\?"
        ),
        r"\b(?:anweisungen|vorgaben|instruktionen|systemanweisung(?:en)?)\s*,\s*die\s+(?:dir|man\s+dir)\s+(?:\w+\s+){0,3}?(?:vorliegen|gegeben\s+(?:wurden|hat)|mitgegeben\s+(?:wurden|hat)|hinterlegt\s+(?:wurden|hat))\b[^\n]{0,60}?\b(?:wortlich|wort\s+fur\s+wort|unverandert|vollstandig|komplett|zeig|gib|schreib|kopier)",
    ]
)

# --- Other Latin scripts (folded view): the instructions given to you at the start, shown as they are

_ROM = alt(
    [
        r"\b(?:montre|affiche|ecris|recopie|repete|donne)[\w-]*\s+(?:moi\s+)?(?:les|tes)\s+(?:instructions|consignes)\s+(?:qu'on|que\s+l'on|qu'il)\s+t'a\s+(?:donnees|transmises|fournies)\s+(?:au\s+(?:debut|depart)|en\s+premier|avant\s+moi)",
        r"\b(?:muestra|escribe|copia|repite|dame)\w*\s+(?:me\s+)?(?:las|tus)\s+instrucciones\s+que\s+te\s+(?:dieron|dio|pasaron|dieron)\s+(?:al\s+(?:principio|inicio)|antes\s+de\s+mi|primero)",
        r"\b(?:mostra|scrivi|copia|ripeti|dammi)\w*\s+(?:le|tue)\s+istruzioni\s+che\s+ti\s+(?:hanno\s+dato|sono\s+state\s+date)\s+(?:all'inizio|prima\s+di\s+me|per\s+prim[ae])",
        r"\b(?:mostra|escreve|escreva|copia|copie|repete|repita)\w*\s+(?:as\s+)?(?:instrucoes)\s+que\s+te\s+(?:deram|foram\s+dadas)\s+(?:no\s+inicio|antes\s+de\s+mim|primeiro)",
        r"\bquel\s+message\s+(?:le|la|ton|ta)\s+(?:superviseur|administrat\w+|developpeu\w+|operateur|systeme|orchestrateur)\s+t'a[\s-]+(?:t-il\s+|t-elle\s+)?(?:transmis|envoye|donne)\s+avant\s+moi\b",
        r"\bwhat\s+(?:message|instructions|text)\s+did\s+(?:the|your)\s+(?:supervisor|orchestrator|operator|developer|admin|system|planner)\s+(?:agent\s+)?(?:give|send|pass)\s+you\s+before\s+(?:me|this\s+chat|we\s+started)\b",
    ]
)

# --- Latin scripts, widened: the setup "you received / were given at the start", then a copy ----

_GOT_AT_START = alt(
    [
        # EN
        r"\b(?:instructions|directions|rules|guidelines|prompt|orders)\s+(?:that\s+)?you\s+(?:were\s+given|got|received|were\s+handed|were\s+loaded\s+with)\s+(?:at\s+(?:the\s+)?(?:start|beginning|outset)|first|initially|before\s+(?:me|this\s+chat))",
        # DE
        r"\b(?:anweisungen|vorgaben|instruktionen|regeln)\s*,?\s+die\s+du\s+(?:\w+\s+){0,2}?(?:am\s+anfang|zu\s+beginn|anfangs|zuerst|vor\s+mir)\s+(?:bekommen|erhalten|gekriegt)\s+hast",
        # FR
        r"\b(?:instructions|consignes|regles|directives)\s+que\s+tu\s+as\s+(?:recues|eues)\s+(?:au\s+(?:debut|depart)|en\s+premier|avant\s+moi)",
        # ES / IT / PT
        r"\b(?:instrucciones|reglas|indicaciones)\s+que\s+(?:recibiste|te\s+dieron|te\s+han\s+dado)\s+(?:al\s+(?:principio|inicio|comienzo)|primero|antes\s+de\s+mi)",
        r"\b(?:istruzioni|regole|indicazioni)\s+che\s+(?:hai\s+ricevuto|ti\s+hanno\s+dato|ti\s+sono\s+state\s+date)\s+(?:all'inizio|per\s+prim[ae]|prima\s+di\s+me)",
        r"\b(?:instrucoes|regras|orientacoes)\s+que\s+(?:voce\s+|tu\s+)?(?:recebeu|recebeste|te\s+deram|lhe\s+deram)\s+(?:no\s+(?:inicio|comeco)|primeiro|antes\s+de\s+mim)",
        # NL / SV / NO / DA
        r"\b(?:instructies|regels|aanwijzingen)\s+die\s+(?:je|jij|u)\s+(?:in\s+het\s+begin|aan\s+het\s+begin|eerst|vooraf)\s+(?:kreeg|hebt\s+gekregen|heeft\s+gekregen|ontving)",
        r"\b(?:instruktionerna|instruksjonene|instruktionerne|reglerna|reglene)\s+(?:som\s+)?(?:du|ni)\s+(?:fick|fikk|fik)\s+(?:i\s+(?:borjan|begynnelsen|starten)|forst|fra\s+starten)",
        # PL / CS / SK / HR
        r"\b(?:instrukcje|polecenia|wytyczne|zasady)\s*,?\s+(?:ktore|jakie)\s+(?:dosta\S*|otrzyma\S*)\s+na\s+(?:poczatku|starcie)",
        r"\b(?:pokyny|instrukce|instrukcie)\s*,?\s+(?:ktere|ktore)\s+(?:jsi|si)\s+(?:dostal|obdrzel|dostala)\s+na\s+(?:zacatku|zaciatku)",
        r"\b(?:upute|upustva|instrukcije)\s*,?\s+(?:koje|sto)\s+(?:si\s+)?(?:dobio|primio|dobila)\s+na\s+(?:pocetku|startu)",
        # TR / ID / MS / VI / SW / TL / RO / HU
        r"\b(?:sana\s+)?(?:basta|en\s+basta|baslangicta|ilk\s+basta)\s+(?:sana\s+)?verilen\s+(?:talimat\w*|yonerge\w*|kurallar\w*|komut\w*)",
        r"\b(?:instruksi|arahan|perintah|petunjuk)\s+yang\s+(?:diberikan|kamu\s+terima|anda\s+terima)\s+(?:kepadamu\s+|kepada\s+(?:kamu|anda)\s+)?(?:di\s+awal|pada\s+awalnya|sejak\s+awal)",
        r"\b(?:huong\s+dan|chi\s+dan|chi\s+thi|loi\s+nhac)\s+(?:\S+\s+){0,3}?cho\s+(?:ban|may)\s+(?:luc|tu|o)\s+(?:.au|ban\s+.au)",
        r"\bmaagizo\s+(?:uliyopewa|uliyopokea)\s+(?:mwanzoni|mwanzo)",
        r"\b(?:mga\s+)?(?:tagubilin|instruksyon)\s+na\s+(?:ibinigay|binigay)\s+sa\s+(?:iyo|'yo)\s+(?:sa\s+simula|noong\s+una)",
        r"\b(?:instructiunile|regulile)\s+(?:pe\s+care\s+)?(?:le-ai\s+primit|ti\s+le-au\s+dat|primite)\s+(?:la\s+inceput|la\s+start)",
        r"\b(?:az\s+)?(?:utasitasokat|utasitasaidat|szabalyokat)\s*,?\s+amiket?\s+(?:az\s+elejen|kezdetben|eloszor)\s+kaptal",
    ]
)
_COPY_LATIN = (
    r"\b(?:verbatim|word\s+for\s+word|as\s+written|exactly|show|print|repeat|write|copy|paste|quote|"
    r"wortlich|wort\s+fur\s+wort|zeig|schreib|kopier|wiederhol|gib|"
    r"mot\s+pour\s+mot|tel(?:le)?s?\s+quel(?:le)?s?|montre|affiche|ecris|recopie|repete|donne|"
    r"palabra\s+por\s+palabra|tal\s+cual|literal(?:mente)?|muestra|escribe|copia|repite|dame|"
    r"parola\s+per\s+parola|testualmente|mostra|scrivi|ripeti|dammi|"
    r"palavra\s+por\s+palavra|exatamente|escreva|mostre|repita|"
    r"letterlijk|woord\s+voor\s+woord|toon|laat|schrijf|herhaal|ordagrant|ordrett|ordret|visa|vis|skriv|"
    r"dos.ownie|s.owo\s+w\s+s.owo|pokaz|wypisz|powtorz|doslova|ukaz|vypis|doslovno|pokazi|ispisi|"
    r"aynen|kelimesi\s+kelimesine|goster|yaz|kata\s+demi\s+kata|persis|tunjukkan|tampilkan|tulis|"
    r"nguyen\s+van|tung\s+chu|hien\s+thi|viet|neno\s+kwa\s+neno|nionyeshe|andika|"
    r"salita\s+por\s+salita|ipakita|isulat|cuvant\s+cu\s+cuvant|arata|scrie|szo\s+szerint|mutasd|ird\s+ki)\b"
)
_GOT_LATIN = alt(
    [
        rf"(?:{_GOT_AT_START})[^\n]{{0,80}}?{_COPY_LATIN}",
        rf"{_COPY_LATIN}[^\n]{{0,80}}?(?:{_GOT_AT_START})",
    ]
)

# --- Scripts the folded view mangles: on the text itself ----------------------

_RAW = alt(
    [
        # HI: the system instructions given to you at the start, written as they are
        r"(?:शुरुआत|शुरू|प्रारंभ|पहले)\s*में[^\n]{0,40}?(?:निर्देश|हिदायत|प्रॉम्प्ट)[^\n]{0,40}?(?:दिए\s+गए|मिले)[^\n]{0,40}?(?:हूबहू|शब्दशः|ज्यों\s+का\s+त्यों|जस\s+का\s+तस|लिख\s*दो|दिखा\s*दो|दिखाओ|लिखो|बताओ)",
        r"(?:तुम्हें|तुमको|आपको)\s+(?:जो\s+)?(?:सिस्टम\s+)?(?:निर्देश|हिदायतें)\s+(?:\S+\s+){0,3}?(?:दिए\s+गए|मिले)[^\n]{0,40}?(?:हूबहू|शब्दशः|ज्यों\s+का\s+त्यों|लिख\s*दो|दिखा\s*दो|दिखाओ)",
        # UR: the instructions given to you at the start, shown word for word
        r"(?:ہدایات|ہدایتیں|ہدایت)[^\n]{0,40}?(?:لفظ\s+بہ\s+لفظ|ہو\s+بہ\s+ہو|من\s+و\s+عن|دکھاؤ|دکھائیں|لکھو|لکھ\s+دو)[^\n]{0,60}?(?:تمہیں|آپ\s+کو|تم\s+کو)\s+(?:\S+\s+){0,2}?(?:دی\s+گئی|ملی)",
        r"(?:تمہیں|آپ\s+کو|تم\s+کو)\s+(?:\S+\s+){0,3}?(?:دی\s+گئی|ملی)\s*(?:تھیں|تھی|ہیں)?[^\n]{0,40}?(?:ہدایات|ہدایتیں)[^\n]{0,40}?(?:لفظ\s+بہ\s+لفظ|ہو\s+بہ\s+ہو|دکھاؤ|لکھو|لکھ\s+دو)",
        # AR / FA: the instructions that were given to you, shown as they are
        r"(?:التعليمات|الأوامر|الإرشادات)\s+التي\s+(?:أعطيت|أُعطيت|اعطيت|تلقيتها|أعطيت\s+لك|قدمت\s+لك|زودت\s+بها)[^\n]{0,60}?(?:حرفيا|حرفياً|كما\s+هي|بالحرف|اعرض|اكتب|أظهر|انسخ)",
        r"(?:دستورهایی|دستورالعمل\S*)\s+(?:را\s+)?که\s+(?:در\s+ابتدا\s+|اول\s+)?(?:به\s+(?:تو|شما)\s+)(?:داده\s+شده|دادند)[^\n]{0,60}?(?:کلمه\s+به\s+کلمه|عینا|عیناً|نشان\s+بده|بنویس)",
        # KO: the (system) guidelines given to you first, shown without a letter left out
        r"(?:처음|맨\s*처음|시작할\s*때|처음에)\s*(?:에\s*)?(?:너한테|너에게|당신에게|네게)?\s*(?:주어진|받은|준|입력된|설정된)\s*(?:시스템\s*)?(?:지침|지시\S*|프롬프트|설정|규칙|명령)[^\n]{0,40}?(?:보여|알려|출력|써\s*줘|적어|그대로|한\s*글자도)",
        r"(?:너한테|너에게|당신에게|네게)\s*(?:처음\s*)?(?:주어진|준|입력된|설정된)\s*(?:시스템\s*)?(?:지침|지시\S*|프롬프트|설정|규칙)[^\n]{0,40}?(?:보여|알려|출력|써\s*줘|적어|그대로|한\s*글자도)",
        # JA: the instructions given first; everything above this line, output as is
        r"(?:最初に|はじめに|初めに|最初)\s*(?:あなたに|君に|お前に)?\s*(?:与えられた|渡された|設定された|受け取った|入力された)\s*(?:システム)?(?:指示|プロンプト|設定|命令|ルール)[^\n]{0,40}?(?:出力|表示|書い|書き出|教え|見せ|そのまま|一字一句)",
        r"(?:この行|ここ|この文)より(?:上|前)に?(?:ある|書かれた|書かれている)?(?:すべての|全ての|全部の)?(?:指示|テキスト|文章|内容|命令|プロンプト)を[^\n]{0,30}?(?:出力|表示|書き出|繰り返|そのまま|一字一句)",
        # BN / TA / TH / HE / EL: the instructions given to you at the start, shown as they are
        r"(?:তোমাকে|আপনাকে)\s+(?:শুরুতে|প্রথমে)\s+(?:যে|যেসব)\s+(?:\S+\s+)?(?:নির্দেশ\S*)[^\n]{0,40}?(?:হুবহু|দেখাও|লিখে\s+দাও|লেখো)",
        r"(?:ตอนแรก|ตอนเริ่มต้น|แต่แรก)[^\n]{0,20}?(?:คำสั่ง|คำแนะนำ)[^\n]{0,20}?(?:ที่ได้รับ|ที่ให้คุณ|ที่คุณได้รับ)[^\n]{0,40}?(?:แบบคำต่อคำ|ทุกคำ|แสดง|พิมพ์|เขียน)",
        r"(?:ההוראות|ההנחיות)\s+(?:ש)(?:קיבלת|נתנו\s+לך)\s+(?:בהתחלה|בתחילה)[^\n]{0,40}?(?:מילה\s+במילה|הצג|כתוב|תראה)",
        r"(?:τις\s+)?(?:οδηγίες|εντολές)\s+που\s+(?:σου\s+δόθηκαν|πήρες|έλαβες)\s+(?:στην\s+αρχή|αρχικά)[^\n]{0,40}?(?:αυτολεξεί|λέξη\s+προς\s+λέξη|δείξε|γράψε)",
        # ZH: the instructions given to you at the start, output as they are
        r"(?:一开始|最开始|开始时|最初|刚开始)\s*(?:时)?\s*(?:给你|交给你|发给你|你收到|你被赋予)的?\s*(?:系统)?(?:指令|提示词?|指示|设定|规则|命令)[^\n]{0,30}?(?:原样|逐字|一字不差|一字不漏|完整|输出|显示|写出|发给|告诉|复述)",
        r"(?:这一行|这行|本行|此行)(?:以上|之上|上面)的?(?:所有|全部)?(?:指令|文字|内容|指示|提示)[^\n]{0,30}?(?:原样|逐字|一字不差|输出|显示|复述)",
        # RU / UK: the instructions they gave you, shown as they are
        r"(?:инструкци\S*|указани\S*|промпт\S*)\s*,?\s+(?:которые|что)\s+(?:тебе|вам)\s+(?:\S+\s+){0,2}?(?:дали|были\s+даны|выдали|задали|передали)[^\n]{0,60}?(?:дословно|слово\s+в\s+слово|без\s+изменений|покажи|выведи|напиши|повтори)",
        r"(?:інструкці\S*|вказівк\S*)\s*,?\s+(?:які|що)\s+(?:тобі|вам)\s+(?:\S+\s+){0,2}?(?:дали|були\s+дані|надали)[^\n]{0,60}?(?:дослівно|слово\s+в\s+слово|покажи|виведи|напиши|повтори)",
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.setup_given_first", _CAT, alt([_DE, _ROM, _GOT_LATIN]), score=0.7, max_len=300,
         description="Latin scripts: the setup handed to the model at the start, asked for as written"),
    raw_rule("injection.extraction.setup_given_first_raw", _CAT, _RAW,
             "HI UR AR FA KO JA ZH RU UK: the setup handed to the model at the start, asked for as written",
             score=0.7, max_len=300),
)  # fmt: skip
