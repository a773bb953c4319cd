"""The model's own setup retold or asked back, in other languages.

The moves of :mod:`.extraction_retell` in each language's grammar:

- the system prompt named *with a possessive* ("din systemprompt",
  "rendszerpromptod", "järjestelmäkehotteesi", "promptul tău de sistem",
  "arahan sistem anda", "maagizo yako ya mfumo", "system prompt của bạn",
  "твой системный промпт", "הנחיות המערכת שלך"), or next to a word-for-word
  demand ("ordret", "szóról szóra", "kata demi kata", "nguyên văn");
- the setup named by a relative clause that places it before the chat ("the
  rules they gave you before we started talking", "den Text, den du vor
  unserem Chat bekommen hast", "инструкции, которые тебе дали перед нашим
  разговором");
- continued "exactly as it stands in your instructions";
- everything before "my message", echoed;
- "I wrote your prompt and lost my copy";
- the environment variables, API keys and tool definitions "you have".

"Was ist ein Systemprompt", "Hvordan skriver jeg en systemprompt", "Traduce
al inglés: ...", "Wiederhole bitte den Satz" stay clear: no possessive, no
"before our chat", no model as the holder.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns are written in Cyrillic, Greek, Hebrew, Bengali, Thai,
# Devanagari and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin script, on the folded view -------------------------------------

# The system prompt owned by the model (possessive word or suffix).
_OWN_SYS = alt(
    [
        r"(?:din|ditt|dina|dit)\s+system-?prompt\w*", r"system-?prompt(?:en|et)\s+din",
        r"rendszerprompt(?:od|odat|odban|jaid|od\w*)", r"jarjestelmakehot\w*si\b",
        r"promptul\s+(?:tau|dumneavoastra)\s+de\s+sistem",
        r"prompt(?:ul)?\s+de\s+sistem\s+(?:al\s+)?(?:tau|dumneavoastra)",
        r"(?:arahan|prompt|perintah)\s+sistem\s+(?:anda|kamu|awak|mu)\b",
        r"maagizo\s+yako\s+ya\s+mfumo", r"maelekezo\s+yako\s+ya\s+mfumo",
        (r"(?:system\s+prompt|chi\s+dan\s+he\s+thong|lenh\s+he\s+thong)\s+cua\s+"
         r"(?:ban|anh|chi|em|may)"),
        r"(?:twoj|twojego|twoje)\s+(?:prompt\w*\s+systemow\w*|systemow\w+\s+prompt\w*)",
        r"(?:tvuj|tvoje|tveho)\s+systemov\w+\s+(?:prompt\w*|pokyn\w*)",
        r"(?:jouw|je|uw)\s+systeem(?:prompt|instructies)\w*",
        r"sistem\s+(?:istemin|komutun|talimatlarin)\b",
    ]
)  # fmt: skip
_ANY_SYS = alt(
    [
        r"system-?prompt\w*", r"jarjestelmakehot\w*", r"rendszerprompt\w*",
        r"prompt(?:ul)?\s+de\s+sistem", r"(?:arahan|prompt)\s+sistem",
        r"maagizo\s+(?:\w+\s+)?ya\s+mfumo", r"maelekezo\s+(?:\w+\s+)?ya\s+mfumo",
        r"chi\s+dan\s+he\s+thong", r"systeemprompt\w*", r"systemov\w+\s+prompt\w*",
        r"prompt\w*\s+systemow\w*",
    ]
)  # fmt: skip
_VERBATIM = alt(
    [
        r"ordrett?", r"ordagrant", r"ord\s+for\s+ord", r"sanasta\s+sanaan",
        r"szo\s+szerint", r"szorol\s+szora", r"cuvant\s+cu\s+cuvant",
        r"kata\s+demi\s+kata", r"perkataan\s+demi\s+perkataan", r"neno\s+kwa\s+neno",
        r"nguyen\s+van", r"tung\s+chu", r"woord\s+voor\s+woord", r"letterlijk",
        r"slowo\s+w\s+slowo", r"doslovne", r"kelimesi\s+kelimesine",
    ]
)  # fmt: skip
# Asked for, shown or given whole: "how does your system prompt stop leaks?"
# names it without asking for it.
_SHOW = alt(
    [
        r"hvad\s+(?:er|star)", r"hva\s+(?:er|star)", r"vad\s+(?:ar|star)", r"mika\s+on",
        r"mi\s+a", r"care\s+(?:este|e)", r"apa\s+(?:itu|isi)", r"ni\s+nini", r"la\s+gi",
        r"wat\s+(?:is|staat)", r"jaki\s+jest", r"co\s+(?:je|jest)", r"nedir", r"vis",
        r"skriv\w*", r"kopier\w*", r"print\w*", r"tunjukkan", r"tampilkan", r"tulis\w*",
        r"salin", r"nionyeshe", r"andika", r"nakili", r"xem", r"hien\s+thi", r"in\s+ra",
        r"viet", r"laat", r"toon", r"geef", r"schrijf", r"pokaz\w*", r"wypisz",
        r"napisz", r"podaj", r"ukaz\w*", r"napis", r"vypis\w*", r"goster", r"yaz\w*",
        r"ird", r"mutasd", r"kirjoita", r"nayta", r"kerro", r"arata\w*", r"scrie\w*",
        r"afiseaz\w*", r"hele", r"helt", r"i\s+sin\s+helhe[dt]", r"kokonaan",
        r"kokonaisuudessaan", r"teljes\w*", r"complet\w*", r"integral\w*",
        r"sepenuhnya", r"lengkap", r"yote", r"kamili", r"toan\s+bo", r"day\s+du",
        r"w\s+calosci", r"cel[yeu]", r"tamam\w*", r"volledig", r"kama\s+\w+andikwa",
    ]
)  # fmt: skip
_SYS_LATIN = (
    rf"\b{_OWN_SYS}[^\n]{{0,60}}?\b(?:{_SHOW}|{_VERBATIM})\b|"
    rf"\b{_SHOW}\b[^\n]{{0,40}}?\b{_OWN_SYS}|"
    rf"\b{_ANY_SYS}[^\n]{{0,80}}?\b{_VERBATIM}\b|"
    rf"\b{_VERBATIM}\b[^\n]{{0,80}}?\b{_ANY_SYS}"
)

# The setup by a relative clause placing it before the chat.
_SETUP_NOUN = alt(
    [
        r"text\w*", r"texte", r"texto", r"testo", r"einrichtung\w*", r"nachricht",
        r"anweisung(?:en)?", r"instruktionen", r"vorgaben", r"regeln?",
        r"instructions?", r"consignes?", r"regles?", r"instrucci(?:ones|on)",
        r"indicaciones", r"reglas?", r"istruzion[ei]", r"regol[ae]",
        r"instruc(?:oes|ao)", r"regras?", r"configura\w+",
        r"konfiguration", r"instrukcje", r"instrukcji", r"zasady", r"instructies",
        r"regels", r"instruktioner\w*", r"regler\w*", r"alles", r"tout\s+ce",
        r"todo\s+lo", r"tutto\s+(?:cio|quello)", r"tudo\s+(?:o\s+)?que",
    ]
)  # fmt: skip
_REL = (
    r"(?:que|qu'on|qu'|che|den|die|das|was|som|ktore|które|kt[oó]re|dat|"
    r"mit\s+(?:dem|denen)|con\s+(?:el|la|las|los)\s+que|com\s+(?:o|a|os|as)\s+que)"
)
_BEFORE_CHAT = alt(
    [
        r"vor\s+(?:unserem|diesem|dem)\s+(?:chat|gesprach|austausch|dialog)",
        r"vor\s+meiner\s+ersten\s+nachricht", r"bevor\s+(?:ich|wir)\s+\w+",
        r"(?:zu\s+beginn|am\s+anfang)(?:\s+(?:des|unseres)\s+(?:chats|gesprachs))?",
        r"avant\s+(?:notre|cet|cette|la)\s+(?:echange|conversation|discussion)",
        r"avant\s+(?:que\s+(?:je|nous)|mon\s+premier)", r"au\s+debut",
        (r"antes\s+de\s+(?:que\s+)?(?:empezar|comenzar|hablar|yo|eu|entrar|comecar|"
         r"escrever|nuestra|esta|la|da|mi|minha)"), r"antes\s+da\s+conversa",
        r"al\s+(?:inicio|principio|comienzo)", r"no\s+inicio",
        r"prima\s+(?:che|di|della|dell')", r"all'inizio",
        r"innan\s+(?:jag|vi|var|samtalet)", r"i\s+borjan",
        r"for\s+(?:vores|denne|samtalen|jeg)", r"voor\s+(?:ons|dit|het)\s+gesprek",
        r"przed\s+(?:nasza|ta|rozpoczeciem|rozmowa)", r"na\s+poczatku",
    ]
)  # fmt: skip
_ORIGIN = rf"\b{_SETUP_NOUN},?\s+{_REL}\b[^.!?\n]{{0,50}}?\b{_BEFORE_CHAT}"

# Continued exactly as it stands in your instructions.
_AS_IN = alt(
    [
        (r"(?:wie|so\s+wie)\s+(?:es\s+)?(?:\w+\s+)?in\s+(?:deinen|deinem|deiner|"
         r"ihren|ihrem)\s+(?:anweisungen|prompt|systemprompt|konfiguration|"
         r"instruktionen|vorgaben|kontext)"),
        (r"comme\s+(?:c'est\s+|il\s+est\s+)?(?:ecrit\s+)?dans\s+(?:tes|ton|vos|"
         r"votre)\s+(?:instructions|prompt|consignes|configuration|contexte)"),
        (r"como\s+(?:aparece|esta\s+escrito|figura|viene|consta)\s+(?:en|nas|no|"
         r"em)\s+(?:tu|tus|su|sus|suas|tuas|seu|teu)\s+(?:configuracion|"
         r"configuracao|instrucciones|instrucoes|prompt|contexto)"),
        (r"come\s+(?:appare|e\s+scritto|compare|figura)\s+(?:nelle|nel|in)\s+"
         r"(?:tue|tuo)\s+(?:istruzioni|prompt|configurazione)"),
    ]
)  # fmt: skip
_GO_ON = alt(
    [
        r"setze?\w*\s+fort", r"fortsetz\w*", r"fortfahren", r"weiterschreib\w*",
        r"schreib\w*\s+weiter", r"vervollstandig\w*", r"erganz\w*", r"continu\w*",
        r"complet\w*", r"termin\w*", r"poursui\w*", r"acaba", r"sigue", r"segue",
        r"prosegui\w*", r"finisci", r"termina",
    ]
)  # fmt: skip
# The order to go on comes first ("Setze fort, genau wie es in ...").
_CONTINUE = rf"\b{_GO_ON}\b[^\n]{{0,80}}?\b{_AS_IN}\b"

# Everything before my message, echoed.
_ECHO = alt(
    [
        (r"(?:repite|reproduce|copia|muestra|escribe|repete|repita|reproduza|copie|"
         r"mostre|escreva)\w*\b[^.!?\n]{0,50}?\b(?:texto|todo|contenido|conteudo|"
         r"tudo|mensajes?|mensagens?)\s+(?:[\w-]+\s+){0,4}?(?:antes\s+d[eao]|"
         r"anterior\s+a|previo\s+a|que\s+precede)\s+(?:mi|este|esta|minha|a\s+minha)"
         r"\s+(?:primer\s+|primeira\s+)?(?:mensaje|mensagem)"),
        (r"(?:repete|reproduis|copie|recopie|reecris|affiche|ecris)\w*\b[^.!?\n]{0,50}?"
         r"\b(?:texte|tout|contenu|messages?)\s+(?:[\w-]+\s+){0,3}?(?:qui\s+precede|"
         r"avant|precedant)\s+(?:ce|mon)\s+(?:premier\s+)?message"),
        (r"(?:ripeti|riproduci|copia|riscrivi|mostra|scrivi)\w*\b[^.!?\n]{0,50}?"
         r"\b(?:testo|tutto|contenuto|messaggi)\s+(?:[\w'-]+\s+){0,4}?(?:prima\s+"
         r"(?:di|del)|precedente\s+a|che\s+precede)\s+(?:questo|mio|il\s+mio)\s+"
         r"(?:primo\s+)?messaggio"),
        (r"(?:skriv\s+ut|upprepa|kopiera|gjenta|kopier|herhaal|kopieer|gentag)\w*"
         r"\b[^.!?\n]{0,50}?\b(?:text|tekst|allt|alt|alles)\s+(?:\w+\s+){0,3}?"
         r"(?:fore|for|voor)\s+(?:mitt|min|mijn|dit|denne)\s+(?:forsta\s+)?"
         r"(?:meddelande|besked|melding|bericht)"),
        (r"(?:wiederhol|kopier|gib|schreib|zeig|reproduzier)\w*\b[^.!?\n]{0,50}?"
         r"\b(?:text|alles|inhalt|nachrichten)\s+(?:\w+\s+){0,3}?(?:vor|uber)\s+"
         r"(?:meiner|dieser)\s+(?:ersten\s+)?nachricht"),
    ]
)  # fmt: skip

# "I wrote your prompt and lost it."
_AUTHOR = alt(
    [
        (r"(?:deinen|ihren|deine|ihre)\s+(?:system)?(?:prompt|anweisungen|"
         r"instruktionen|vorgaben)\s+(?:\w+\s+){0,2}(?:geschrieben|verfasst|erstellt|"
         r"entworfen)[^\n]{0,80}?(?:verloren|geloscht|zuruck\w*|weg)"),
        (r"(?:ecrit|redige|cree|concu)e?s?\s+(?:ton|tes|votre|vos)\s+(?:prompt|"
         r"instructions|consignes)[^\n]{0,80}?(?:perdu|egare|efface|renvo\w+|"
         r"rends)"),
        (r"(?:escribi|redacte|cree|disene|escribimos|escribio|redacto|creo)\s+(?:yo\s+)?(?:tu|tus|su|sus)"
         r"\s+(?:prompt|instrucciones)[^\n]{0,80}?(?:perdi|borr\w+|devuelv\w+|"
         r"envia\w*|manda\w*)"),
        (r"(?:ho|abbiamo)\s+(?:scritto|redatto|creato)\s+(?:io\s+)?(?:il\s+tuo|"
         r"i\s+tuoi|le\s+tue)\s+(?:prompt|istruzioni)[^\n]{0,80}?(?:perso|"
         r"cancellat\w+|rimand\w+|restitu\w+|manda\w*)"),
        (r"(?:escrevi|redigi|criei|escreveu|redigiu|criou)\s+(?:o\s+|as\s+|os\s+)?(?:teu|seu|tuas|suas|"
         r"teus|seus)\s+(?:prompt|instrucoes)[^\n]{0,80}?(?:perdi|apag\w+|"
         r"devolv\w+|mand\w+|envi\w+)"),
    ]
)  # fmt: skip

# The deployment's secrets, held by the model.
_CFG = alt(
    [
        r"umgebungsvariablen", r"api-?schlussel\w*", r"api-?keys?", r"zugangs?token\w*",
        r"zugangsdaten", r"variables?\s+d'environnement", r"cles?\s+(?:d')?api",
        r"jetons?(?:\s+d'acces)?", r"variables\s+de\s+entorno",
        r"claves?\s+(?:de\s+)?api",
        r"tokens?\s+de\s+acceso", r"credenciales", r"variabili\s+d'ambiente",
        r"chiavi\s+api", r"variaveis\s+de\s+ambiente", r"chaves?\s+(?:de\s+)?api",
        r"zmienne\s+srodowiskowe", r"klucze?\s+api", r"omgevingsvariabelen",
        r"miljovariabler", r"ortam\s+degiskenleri",
    ]
)  # fmt: skip
_HELD = alt(
    [
        r"(?:auf\s+die|die)\s+du", r"die\s+dir", r"dir\s+zur\s+verfugung",
        r"auxquel\w*\s+tu", r"que\s+tu\s+(?:as|utilises|vois|possedes)",
        r"(?:a\s+(?:los|las)\s+que\s+)?(?:que\s+)?tienes", r"que\s+usas",
        r"(?:que|a\s+cui)\s+(?:hai|usi|vedi)",
        r"(?:que|a\s+que)\s+(?:voce\s+)?(?:tem|tens|usa|usas)",
        r"(?:do\s+)?ktor\w+\s+masz", r"die\s+je\s+(?:hebt|gebruikt|ziet)",
        r"som\s+du\s+har", r"eris\w+", r"kullandigin",
        r"(?:du|tu)\s+(?:hast|as)\s+(?:zugriff|acces)", r"tienes\s+configurad\w+",
    ]
)  # fmt: skip
_TOOLS = (
    r"\b(?:tools|werkzeuge|funktionen|outils|fonctions|herramientas|funciones|"
    r"strumenti|funzioni|ferramentas|funcoes)\b[^\n]{0,40}?\b(?:stehen\s+dir|"
    r"die\s+du|que\s+tu|a\s+ta\s+disposition|que\s+(?:puedes|tienes)|"
    r"(?:che|a\s+cui)\s+(?:puoi|hai)|que\s+(?:voce\s+)?(?:pode|tem))"
    r"[^\n]{0,80}?\b(?:parameter\w*|definition\w*|definiert|schema\w*|parametres|"
    r"parametros|parametri|definicion\w*|definizion\w*|definic\w*)\b"
)
_CONFIG = rf"\b{_CFG}\b[^.!?\n]{{0,50}}?\b{_HELD}\b|{_TOOLS}"

# --- Scripts the folded view mangles: on the text itself ------------------

_RAW_SYS = alt(
    [
        # RU / UK
        (r"(?:твой|твои|твоя|твоё|твое|твою|твоих|свой|свои|свою|своих|твій|твої)\s+(?:\pL+\s+)?"
         r"(?:системн\pL+\s+)?(?:промпт\pL*|подсказк\pL*|инструкци\pL*)"),
        r"(?:системн\pL+\s+промпт\pL*|скрыт\pL+\s+инструкци\pL+)[^.!?\n]{0,30}тебе",
        (r"(?:инструкци|правил|указани|настройк|промпт|текст|сообщени)\pL*,?\s+"
         r"(?:которые|которое|который|что)\s+(?:тебе|ты)\b[^.!?\n]{0,40}?"
         r"(?:перед\s+(?:нашим|этим|началом)|до\s+(?:нашего|начала|этого)|"
         r"в\s+(?:самом\s+)?начале)"),
        # EL / HE
        r"(?:οδηγίες|εντολές)\s+(?:του\s+)?συστήματος\s+(?:σου|σας|που\s+σου)",
        r"συστήματός\s+(?:σου|σας)", r"system\s+prompt\s+(?:σου|שלך)",
        (r"(?:הנחיות|הוראות)\s+(?:ה)?(?:מערכת|נסתרות|סודיות)[^.?!\n]{0,20}"
         r"(?:שלך|שקיבלת)"),
        r"(?:ההנחיות|ההוראות)\s+(?:ה)?(?:נסתרות|סודיות)\s+שקיבלת",
        # BN / HI / TH
        r"(?:তোমার|আপনার|তোর)\s+সিস্টেম\s*প্রম্পট",
        (r"(?:तुम्हारा|तुम्हारे|आपका|आपके|तेरा)\s+सिस्टम\s+(?:प्रॉम्प्ट|प्रोम्प्ट|"
         r"निर्देश)"),
        r"(?:system\s+prompt|คำสั่งระบบ|พรอมต์ระบบ|พรอมต์)\s*(?:ทั้งหมด\s*)?ของคุณ",
        # ZH / JA / KO
        r"你(?:收到|得到|接收到|被赋予|被设定|拿到)的(?:系统)?(?:指令|提示词|提示|指示|设定|规则)",
        (r"(?:对话|聊天|会话)开始(?:前|之前)[^。\n]{0,8}(?:收到|得到|被给予|设定)的(?:所有)?"
         r"(?:规则|指令|提示|指示|说明)"),
        (r"(?:你的|您的)(?:系统)?(?:提示词|系统指令|系统提示|初始指令|隐藏指令)[^。？！\n]{0,20}"
         r"(?:输出|显示|告诉我|给我|打印|复制|重复|翻译|写出|展示|发给|贴出|说出|列出|原样|"
         r"一字不差|完整|全部)"),
        (r"(?:输出|显示|告诉我|给我看|打印|复制|重复|翻译|写出|展示|贴出|说出|列出)[^。？！\n]{0,12}"
         r"(?:你的|您的)(?:系统)?(?:提示词|系统指令|系统提示|初始指令|隐藏指令)"),
        # Everything before my message, echoed.
        (r"(?:повтори|скопируй|выведи|перепиши|воспроизведи|покажи|напиши)\pL*"
         r"[^.!?\n]{0,60}?(?:перед|до)\s+(?:моим|этим|моего|этого)\s+"
         r"(?:первым\s+)?сообщени\pL*"),
        (r"(?:这条|我这条|我的第一条|我的)(?:消息|信息)之前的(?:所有)?(?:文字|内容|文本)"),
        (r"(?:この|私の)(?:メッセージ|発言|質問)(?:より)?(?:前|以前)に?(?:ある|書かれた)?"
         r"(?:テキスト|文章|内容|すべて|全て)"),
        (r"(?:이|내)\s*(?:메시지|질문)\s*(?:앞에|이전에)\s*(?:있는|나온)?\s*(?:모든\s*)?"
         r"(?:문장|텍스트|내용|글)"),
        # The secrets you hold; the tools you can call, with their definitions.
        (r"(?:переменн\pL+\s+окружени\pL+|api-?ключ\pL*|ключ\pL*\s+api|токен\pL*\s+доступа)"
         r"[^.!?\n]{0,50}?(?:тебе|у\s+тебя|ты\s+\pL+|твои)"),
        (r"(?:あなた|君)が(?:使える|利用できる|呼び出せる|持っている)(?:ツール|関数)"
         r"[^。\n]{0,40}(?:定義|スキーマ|パラメータ)"),
        r"你(?:可以|能)(?:使用|调用)的(?:工具|函数)[^。\n]{0,30}(?:定义|参数|schema)",
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.retell_sys_latin", _CAT, _SYS_LATIN, score=0.75,
         max_len=140,
         description="DA/SV/NO/FI/HU/RO/ID/SW/VI/PL/CS/NL/TR: your system prompt"),
    Rule("injection.extraction.retell_origin_latin", _CAT, _ORIGIN, score=0.75,
         max_len=140,
         description="DE/FR/ES/IT/PT/SV/NL/PL: the text you got before our chat"),
    Rule("injection.extraction.retell_continue_latin", _CAT, _CONTINUE,
         score=0.75, max_len=200,
         description="DE/FR/ES/IT/PT: continue as it stands in your instructions"),
    Rule("injection.extraction.retell_echo_latin", _CAT, _ECHO, score=0.75,
         max_len=160,
         description="ES/PT/FR/IT/DE: repeat all the text before my message"),
    Rule("injection.extraction.retell_author_latin", _CAT, _AUTHOR, score=0.75,
         max_len=200,
         description="DE/FR/ES/IT/PT: I wrote your prompt and lost it"),
    Rule("injection.extraction.retell_config_latin", _CAT, _CONFIG, score=0.75,
         max_len=200,
         description="DE/FR/ES/IT/PT/PL/NL/SV/TR: env vars and keys you hold"),
    raw_rule("injection.extraction.retell_raw", _CAT, _RAW_SYS,
             "RU/UK/EL/HE/BN/HI/TH/ZH/JA/KO: your system prompt, the text before",
             score=0.75, max_len=140),
)  # fmt: skip
