"""The model's hidden context asked for in other languages, by name or by origin.

The moves of :mod:`.extraction_context` in each language's grammar: the
system prompt named ("Systemprompt", "prompt de sistema", "системный промпт",
"系统提示词", "システムプロンプト", "تعليمات النظام") next to a demand for the
text itself (word for word, in full, unchanged, without summarising); or the
hidden text named by its origin ("the instructions you received before our
conversation", "the parts I can't see", "what they told you before the chat")
next to a verb of disclosure or transform.

A system prompt named with a loose word ("complete", "komplett") or a verb
alone ("write a system prompt for my bot") is prompt design, not extraction:
those count only with the model's own prompt ("dein", "你的", "あなたの").
Latin-script languages match on the folded view (accents gone); the others
on the text itself.
"""

# (RUF001: the patterns are written in Cyrillic, Greek, Hebrew, Arabic, Thai
# and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin script, on the folded view -------------------------------------

# The system prompt by name (anyone's).
_SYS = alt(
    [
        r"system-?prompt\w*", r"systemanweisung\w*", r"systemnachricht\w*",
        r"system-?instruktion\w*", r"(?:prompt|message|invite)\s+(?:du\s+)?systeme",
        r"(?:instructions|consignes)\s+(?:du\s+)?systeme",
        r"(?:prompt|mensaje|instrucciones)\s+(?:del|de)\s+sistema",
        r"(?:prompt|messaggio|istruzioni)\s+di\s+sistema",
        r"(?:prompt|mensagem|instrucoes)\s+(?:de|do)\s+sistema",
        r"prompt\s+systemowy", r"instrukcje\s+systemowe", r"systeminstruktion\w*",
        r"sistem\s+(?:istem\w*|mesaj\w*|talimat\w*|komut\w*)",
        r"systemov\w+\s+(?:pokyny|prompt|instrukce|zpravu)",
        r"systeemprompt", r"systeeminstructies",
    ]
)  # fmt: skip
# The hidden text by origin: received, hidden, before the conversation.
_ORIGIN = alt(
    [
        # DE
        (r"(?:anweisungen|instruktionen|regeln|vorgaben),?\s+die\s+(?:du|sie)\s+"
        r"(?:[\w-]+\s+){0,5}(?:bekommen|erhalten|gekriegt)"),
        (r"(?:anweisungen|vorgaben|regeln)\s+(?:des|deines|ihres)\s+(?:unternehmens|"
        r"entwicklers|betreibers|erstellers)"),
        (r"mit\s+denen\s+(?:du|sie)\s+(?:konfiguriert|eingerichtet|programmiert|"
        r"instruiert)\s+(?:wurdest|wurden|worden\s+bist|bist)"),
        r"(?:aus|in)\s+(?:deiner|ihrer)\s+konfiguration", (r"in\s+(?:deinen|ihren)\s+"
        r"kontext\s+geladen"), (r"(?:charge|injecte|insere|place)e?s?\s+dans\s+(?:ton|"
        r"votre)\s+contexte"), r"cargad[oa]s\s+en\s+tu\s+contexto",
        r"(?:versteckten|geheimen|verborgenen)\s+(?:anweisungen|regeln|vorgaben|teile)",
        (r"vor\s+(?:meiner\s+ersten\s+nachricht|(?:unserem|diesem|dem)\s+gesprach|"
        r"beginn\s+(?:des|unseres)\s+gesprachs)"),
        r"(?:teile|text),?\s+die\s+ich\s+nicht\s+sehen\s+kann",
        (r"(?:werkzeuge|tools|funktionen),?\s+die\s+du\s+(?:\w+\s+)?(?:nutzen|"
        r"aufrufen|verwenden|benutzen)\s+kannst"),
        # FR
        r"(?:outils|fonctions)\s+que\s+tu\s+peux\s+(?:appeler|utiliser)",
        (r"(?:cargaron|cargados?|cargadas?)\s+en\s+tu\s+contexto"),
        r"(?:herramientas|funciones)\s+que\s+(?:puedes\s+(?:usar|llamar)|tienes)",
        (r"(?:instructions|consignes|regles)\s+(?:cachees|secretes|initiales|"
        r"d'origine)"), r"(?:instructions|consignes|regles)\s+qu'on\s+t'a\s+donnees",
        r"(?:tout\s+)?ce\s+qu'on\s+t'a\s+dit", (r"avant\s+(?:le\s+debut\s+de\s+)?"
        r"(?:notre|cette|la)\s+conversation"), r"avant\s+mon\s+premier\s+message",
        r"(?:parties|texte)\s+que\s+je\s+ne\s+(?:peux|vois)\s+pas",
        # ES
        (r"(?:instrucciones|reglas|indicaciones)\s+(?:ocultas|secretas|iniciales|"
        r"originales)"),
        (r"(?:reglas|instrucciones|ejemplos)\s+ocult[oa]s\s+que\s+te\s+"
        r"(?:dieron|dio|han\s+dado)"), r"ejemplos\s+ocultos",
        r"(?:todo\s+)?lo\s+que\s+te\s+(?:dijeron|dieron|indicaron)",
        (r"antes\s+de\s+(?:mi\s+primer\s+mensaje|que\s+empezara\s+la\s+conversacion|"
        r"(?:nuestra|la|esta)\s+conversacion)"),
        r"(?:partes|texto)\s+que\s+no\s+puedo\s+ver",
        # IT
        r"istruzioni\s+(?:nascoste|segrete|iniziali|originali)",
        r"(?:tutto\s+)?(?:cio|quello)\s+che\s+ti\s+e\s+stato\s+detto",
        (r"prima\s+(?:della\s+nostra\s+(?:chat|conversazione)|della\s+conversazione|"
        r"del\s+mio\s+primo\s+messaggio)"),
        # PT
        r"instrucoes\s+(?:ocultas|secretas|iniciais|originais)",
        r"instrucoes\s+que\s+(?:voce|tu)\s+recebeu(?:\s+do\s+desenvolvedor)?",
        r"texto\s+de\s+configuracao", (r"antes\s+da\s+(?:nossa\s+conversa|"
        r"conversa|minha\s+primeira\s+mensagem)"),
        r"(?:parte|texto)s?\s+que\s+eu\s+nao\s+(?:consigo|posso)\s+ver",
        # TR / PL / NL
        r"gizli\s+talimat\w*", r"verilen\s+(?:ilk\s+|gizli\s+)?(?:mesaj|talimat)\w*",
        r"konusmanin\s+basinda", r"ukryte\s+instrukcje", r"verborgen\s+instructies",
    ]
)  # fmt: skip
# The text itself: word for word, unchanged, without summarising.
_STRONG = alt(
    [
        r"wortlich", r"wortwortlich", r"woertlich", r"im\s+wortlaut",
        r"ohne\s+kurzung\w*", r"nicht\s+zusammengefasst", r"unverandert",
        r"mot\s+pour\s+mot", r"mot\s+a\s+mot", r"integralement", r"textuellement",
        r"sans\s+rien\s+omettre", r"palabra\s+por\s+palabra", r"textualmente",
        r"sin\s+resumir", r"texto\s+literal", r"sin\s+omitir(?:\s+nada)?",
        r"texto\s+exacto",
        r"parola\s+per\s+parola", r"testualmente", r"alla\s+lettera",
        r"integralmente", r"senza\s+omettere", r"testo\s+esatto",
        r"palavra\s+por\s+palavra", r"na\s+integra", r"sem\s+cortes",
        r"exatamente\s+como", r"dos(?:l|\x{142})ownie", r"w\s+ca(?:l|\x{142})osci",
        r"ordagrant",
        r"ord\s+for\s+ord", r"aynen", r"kelimesi\s+kelimesine", r"harfiyen",
        r"doslova", r"letterlijk", r"woord\s+voor\s+woord",
    ]
)  # fmt: skip
_WEAK = alt(
    [
        r"vollstandig\w*", r"definitionen", r"complets?", r"schemas?", r"komplett",
        r"en\s+entier", r"en\s+anglais",
        r"completo", r"completas?", r"entero", r"per\s+intero", r"invariat\w",
        r"inteiro", r"completa", r"literalmente", r"oldugu\s+gibi", r"tamamen",
    ]
)  # fmt: skip
_VERB = alt(
    [
        r"zeig\w*", r"gib", r"kopier\w*", r"wiederhol\w*", r"schreib\w*",
        r"nenn\w*", r"liste?\w*", r"fass\w*", r"ubersetz\w*", r"druck\w*",
        r"affiche\w*", r"montre\w*", r"recopie\w*", r"copie\w*", r"repete\w*",
        # "donne-moi", "donnez", not "données" (data) on the folded view
        r"ecri\w*", r"donne(?:z|s|r)?", r"traduis\w*", r"resume\w*", r"cite\w*",
        r"muestra\w*", r"copia\w*", r"repite\w*", r"escribe\w*", r"dame",
        r"traduce\w*", r"cita\w*", r"enumera\w*", r"haz\s+una\s+tabla", r"dame\w+",
        r"mostra\w*", r"ripeti\w*", r"scrivi\w*", r"dammi", r"traduci\w*",
        r"riassumi\w*", r"riformula\w*", r"elenca\w*", r"mostre", r"copie",
        r"repita", r"escreva", r"traduza", r"resuma", r"wypisz", r"pokaz",
        r"powtorz", r"skopiuj", r"skriv\s+ut", r"visa", r"upprepa", r"kopiera",
        r"yaz", r"goster", r"tekrar\s+et", r"kopyala", r"cevir", r"ozetle",
        r"vypis", r"ukaz", r"zopakuj",
    ]
)  # fmt: skip

_W = r"[^\n]{0,70}?"
_LATIN = (
    rf"\b{_SYS}\b{_W}\b{_STRONG}\b|\b{_STRONG}\b{_W}\b{_SYS}\b|"
    rf"\b{_ORIGIN}\b{_W}\b(?:{_STRONG}|{_WEAK}|{_VERB})\b|"
    rf"\b(?:{_STRONG}|{_VERB})\b{_W}\b{_ORIGIN}\b"
)

# --- Other scripts, on the text itself -------------------------------------

_SYS_RAW = alt(
    [
        r"системн\pL+\s+(?:промпт\pL*|инструкц\pL*|сообщени\pL*|установк\pL*)",
        r"системн\pL+\s+(?:інструкц\pL*|повідомлен\pL*)",
        r"系统提示词?", r"系统指令", r"系统消息", r"系统设定", r"系统提示",
        r"システムプロンプト", r"システムメッセージ", r"システム指示",
        r"시스템\s*프롬프트", r"시스템\s*메시지", r"시스템\s*지시\S*",
        r"تعليمات\s+النظام", r"موجه\s+النظام", r"رسالة\s+النظام",
        r"הוראות\s+המערכת", r"הנחיות\s+המערכת", r"פרומפט\s+המערכת",
        r"دستورالعمل\S*\s+سیستم\S*", r"پرامپت\s+سیستم\S*",
        r"οδηγίες\s+συστήματος", r"μήνυμα\s+συστήματος", r"คำสั่งระบบ",
        r"พรอมต์ระบบ", r"सिस्टम\s+प्रॉम्प्ट", r"सिस्टम\s+निर्देश",
    ]
)  # fmt: skip
_ORIGIN_RAW = alt(
    [
        r"инструкци\pL*,?\s+которые\s+тебе\s+(?:дали|передали)",
        r"до\s+начала\s+(?:нашего\s+)?(?:разговора|беседы|диалога|чата)",
        r"перед\s+(?:моим\s+)?первым\s+сообщением", r"скрыт\pL+\s+инструкц\pL*",
        r"інструкці\pL*,?\s+які\s+тобі\s+дали", r"до\s+початку\s+розмови",
        r"对话开始(?:之)?前",
        r"开始对话(?:之)?前",
        (r"你(?:收到|得到)的(?:所有)?(?:隐藏)?"
        r"(?:指令|指示|规则|设定)"), r"隐藏(?:的)?(?:指令|提示词?|规则|设定)",
        r"会話(?:の最初|が始まる前|の前)", r"見えない(?:設定|指示|部分)",
        r"与えられた(?:指示|設定|ルール)", r"隠された(?:指示|設定|ルール)",
        r"처음에\s*(?:준|받은)\s*지시\S*",
        r"개발자가\s*(?:준|작성한)\s*(?:지시|규칙|설정)\S*",
        r"숨겨진\s*(?:지시|규칙|설정)\S*",
        r"из\s+(?:твоей|вашей)\s+конфигурации",
        r"(?:твои|ваши)\s+(?:инструкции|правила)",
        r"(?:你|您)(?:真实|真正|原始|完整|隐藏)?的(?:系统)?(?:指令|设定|规则|提示词)",
        r"あなたの(?:指示|設定|ルール|プロンプト)",
        r"(?:너의|당신의|네)\s*(?:지시\s*사항|규칙|설정)",
        r"инструмент\pL*,?\s+которы\pL+\s+ты\s+можешь",
        r"(?:加载|载入|放入)到?你的?上下文", r"你可以调用的(?:所有)?(?:工具|函数)",
        r"قبل\s+رسالتي\s+الأولى", r"التعليمات\s+المخفية",
        r"कंपनी\s+ने\s+(?:तुम्हें|आपको)\s+जो\s+निर्देश", r"गुप्त\s+निर्देश",
        r"जो\s+निर्देश\s+दिए",
    ]
)  # fmt: skip
_STRONG_RAW = alt(
    [
        r"слово\s+в\s+слово", r"дословно", r"без\s+сокращений", r"дослівно",
        r"без\s+скорочень", r"原样", r"原文", r"逐字", r"一字不(?:差|漏|改)",
        r"一个字都不", r"不要(?:总结|省略|遗漏)", r"全文", r"そのまま", r"一字一句",
        r"省略せず", r"要約せず", r"그대로", r"원문", r"하나도\s*빼지",
        r"حرفي[اًا]*", r"حرفيًا", r"كما\s+هي", r"دون\s+حذف", r"מילה\s+במילה",
        r"כלשונן", r"کلمه\s+به\s+کلمه", r"αυτολεξεί", r"κατά\s+λέξη",
        r"คำต่อคำ", r"ทุกคำ", r"पूरा\s+का\s+पूरा", r"शब्दशः",
        r"ज्यों\s+का\s+त्यों",
    ]
)  # fmt: skip
_VERB_RAW = alt(
    [
        r"выведи", r"покажи", r"напиши", r"повтори", r"скопируй", r"перескажи",
        r"переведи", r"перечисли", r"виведи", r"покажи", r"повтори", r"输出",
        r"复述", r"显示", r"写出", r"翻译", r"列出", r"改写", r"念给", r"出力",
        r"表示", r"見せ", r"教え", r"書い", r"翻訳", r"繰り返", r"보여", r"출력",
        r"알려", r"반복", r"번역", r"اكتب", r"اعرض", r"كرر", r"لخّص", r"لخص",
        r"انسخ", r"כתוב", r"הצג", r"בנویس", r"بنویس", r"γράψε", r"δείξε",
        r"พิมพ์", r"แสดง", r"चिपका", r"लिखो", r"दिखाओ", r"बताओ",
    ]
)  # fmt: skip
_POSS_RAW = alt(
    [
        r"(?:твой|твои|твоего|твоих|свой|свои|твій|твої|свій)\s+",
        r"(?:你|您)(?:真实|真正|原始|完整|隐藏)?的",
        r"あなたの", r"君の", r"(?:너의|네|당신의)\s*",
    ]
)  # fmt: skip

_WR = r"[^\n]{0,50}?"
_SYS_STRONG = rf"{_SYS_RAW}{_WR}{_STRONG_RAW}|{_STRONG_RAW}{_WR}{_SYS_RAW}"
_ORIGIN_ASK = (
    rf"{_ORIGIN_RAW}{_WR}(?:{_STRONG_RAW}|{_VERB_RAW})|"
    rf"(?:{_STRONG_RAW}|{_VERB_RAW}){_WR}{_ORIGIN_RAW}"
)
_OWN_ASK = (
    rf"{_POSS_RAW}{_SYS_RAW}{_WR}{_VERB_RAW}|{_VERB_RAW}{_WR}{_POSS_RAW}{_SYS_RAW}"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.context_latin", _CAT, _LATIN, score=0.75,
         max_len=240,
         description="DE/FR/ES/IT/PT/PL/SV/TR/CS/NL: the system prompt word for word"),
    raw_rule("injection.extraction.context_sys_scripts", _CAT, _SYS_STRONG,
             "RU/UK/ZH/JA/KO/AR/HE/FA/EL/TH/HI: the system prompt word for word",
             score=0.75, max_len=160),
    raw_rule("injection.extraction.context_origin_scripts", _CAT, _ORIGIN_ASK,
             "RU/UK/ZH/JA/KO/AR/HI: the instructions you got before the chat, shown",
             score=0.75, max_len=160),
    raw_rule("injection.extraction.context_own_scripts", _CAT, _OWN_ASK,
             "RU/UK/ZH/JA/KO: your system prompt, shown", score=0.75, max_len=120),
)  # fmt: skip
