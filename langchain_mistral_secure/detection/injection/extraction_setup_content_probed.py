"""What the model's hidden setup says, probed one bit at a time.

Family: system-prompt extraction by side channel, about content rather than
spelling. The user does not ask for the text; they ask whether the model's
own instructions, rules or setup mention a topic, a limit, a name or a
competitor, and they fix the answer to a bit or a pointer: "just yes or
no", "which one?", "and roughly what", "if so, give the first digits",
"hot or cold", or they ask the model to rate how close a guess is to its
prompt. Repeated, these answers rebuild the hidden text.
:mod:`.extraction_side_channel` covers spelling probes (first letter, how
many words); this module covers the topic probes and the similarity score.

Three parts make the attack: the model addressed as the holder (YOUR
instructions, setup text, rules, system prompt), a question about what
they contain (do they say, is there anything in, steht in deinen), and a
bit-sized answer demanded (yes or no only, which one, a similarity score).

Why it is safe on benign text: a question about the user's own document
("does my contract mention refunds?") names no setup of the model's; a
security question about prompts in general ("is there a risk of leaks from
your prompt?") demands no bit-sized answer; a yes/no quiz names no hidden
instructions; a similarity score between two texts the user wrote names no
setup of the model's.
"""

# ruff: noqa: E501, RUF001
# (E501: one language per line; RUF001: the raw patterns use Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# The model's own setup, by language (folded view: accents removed).
_SETUP_EN = (
    r"(?:(?:your|ur)\s+(?:own\s+|hidden\s+|secret\s+|system\s+|initial\s+|original\s+|internal\s+|starting\s+|"
    r"startup\s+|operator(?:'s)?\s+|private\s+|confidential\s+){0,2}(?:instructions?|prompt|setup(?:\s+text)?|"
    r"rules|guidelines|directives|configuration|config|briefing|pre-?prompt|system\s+message))"
)
_SETUP_DE = (
    r"(?:(?:deine[nmrs]?|ihre[nmrs]?)\s+(?:\w+\s+)?(?:anweisung(?:en)?|vorgaben|regeln|instruktionen|"
    r"systemprompt|prompt|einrichtung|konfiguration|richtlinien|systemnachricht))"
)
_SETUP_FR = (
    r"(?:(?:tes|vos)\s+(?:\w+\s+)?(?:instructions|consignes|regles|directives)|"
    r"(?:ton|votre)\s+(?:prompt|message\s+systeme|invite\s+systeme|parametrage))"
)
_SETUP_ES_PT_IT = (
    r"(?:(?:tus|sus|tuas|suas|tue|sue|le\s+tue)\s+(?:\w+\s+)?(?:instrucciones|instrucoes|istruzioni|reglas|regras|regole|"
    r"indicaciones|directrices|diretrizes)|(?:tu|su|teu|seu|tuo|il\s+tuo)\s+(?:prompt|configuracion|configuracao|configurazione))"
)
_SETUP_NL_PL = (
    r"(?:(?:je|jouw|uw)\s+(?:\w+\s+)?(?:instructies|regels|prompt|systeemprompt|richtlijnen)|"
    r"(?:twoich|twoje|twoim)\s+(?:\w+\s+)?(?:instrukcj\w*|zasad\w*|prompt\w*|polecen\w*))"
)
_SETUP = alt([_SETUP_EN, _SETUP_DE, _SETUP_FR, _SETUP_ES_PT_IT, _SETUP_NL_PL])

# A question about what the setup holds, opened by the question's own word.
_ASKS = alt(
    [
        # EN: "do your instructions tell you to ...", "is there anything in your rules about"
        rf"\b(?:do(?:es)?|did|are|is)\s+(?:there\s+(?:\w+\s+){{0,3}}?(?:in|inside|within)\s+)?{_SETUP_EN}\b",
        rf"\b(?:is|are)\s+there\s+(?:any(?:thing)?|something|a\s+(?:rule|line|limit|name|word|mention))\b[^.?!\n]{{0,40}}?\b(?:in|inside)\s+{_SETUP_EN}\b",
        # DE: "steht in deinen Anweisungen", "enthalten deine Vorgaben", "gibt es in deinen Regeln"
        rf"\b(?:steht|stehen|gibt\s+es|enthalt|enthalten|erwahnt|erwahnen|nennt|nennen|sagt|sagen)\s+(?:in\s+)?(?:\w+\s+){{0,2}}?{_SETUP_DE}\b",
        rf"\b(?:enthalt|enthalten|erwahnt|erwahnen|nennt|nennen)\s+{_SETUP_DE}\b",
        # FR / ES / PT / IT / NL / PL: "est-ce que ton prompt parle de", "hay algo en tus instrucciones"
        rf"\b(?:est-ce\s+que|y\s+a-t-il|il\s+y\s+a)\s+(?:\w+\s+){{0,3}}?(?:dans\s+)?{_SETUP_FR}\b",
        rf"\b(?:tes|vos)\s+(?:instructions|consignes|regles)\s+(?:parlent|mentionnent|contiennent|disent)\b",
        rf"\b(?:ton|votre)\s+(?:prompt|parametrage)\s+(?:parle|mentionne|contient|dit)\b",
        rf"\b(?:hay|ha[iy]|tem|c'e|ci\s+sono?|existe|dicen|mencionan|contienen|dizem|mencionam|contem|dicono|menzionano|contengono)\s+(?:\w+\s+){{0,3}}?(?:en\s+|em\s+|nas\s+|nos\s+|nelle\s+|nei\s+)?{_SETUP_ES_PT_IT}\b",
        rf"\b(?:staat|zit|is\s+er)\s+(?:er\s+)?(?:\w+\s+){{0,3}}?(?:in\s+)?{_SETUP_NL_PL}\b",
        rf"\b(?:czy)\s+(?:\w+\s+){{0,3}}?(?:w\s+)?{_SETUP_NL_PL}\b",
    ]
)

# The answer cut down to a bit or a pointer.
_BIT = alt(
    [
        r"(?:just|only|simply|merely)\s+(?:answer\s+|say\s+|reply\s+|respond\s+|tell\s+me\s+)?(?:with\s+)?(?:a\s+)?(?:yes\s+or\s+no|yes/no|y/n)",
        r"(?:answer|reply|respond)\s+(?:only\s+|just\s+)?(?:with\s+)?(?:a\s+)?(?:yes\s+or\s+no|yes/no)",
        r"yes\s+or\s+no\s*(?:only|[:.,?!]|$)",
        r"which\s+(?:one|ones|competitor|name|topic|word)\b",
        r"if\s+(?:so|yes)\s*,?\s+(?:roughly\s+)?(?:what|which|who|how\s+much|give\s+me|tell\s+me|name|quote)",
        r"and\s+(?:roughly|exactly|approximately)\s+(?:what|which|how\s+much)",
        r"roughly\s+what",
        r"(?:first|last)\s+(?:\w+\s+)?(?:letter|letters|digits?|word|characters?)",
        r"(?:hot|warm)\s+or\s+cold",
        # DE
        r"(?:nur|bloss|einfach)\s+(?:mit\s+)?ja\s+oder\s+nein",
        r"ja\s+oder\s+nein\s*[:.,?!]",
        r"(?:welche[nrs]?|wer|was\s+genau)\b",
        r"(?:wenn\s+ja|falls\s+ja)\s*,?\s+(?:was|welche\w*|wie|mit\s+welchem|wer)",
        r"ungefahr\s+was",
        # FR / ES / PT / IT / NL / PL
        r"(?:seulement|uniquement|juste)\s+(?:par\s+)?oui\s+ou\s+non",
        r"(?:reponds|repondez)\s+par\s+(?:oui\s+ou\s+non|chaud\s+ou\s+froid)",
        r"(?:chaud|froid)\s+ou\s+(?:chaud|froid)",
        r"(?:lequel|laquelle|si\s+oui)\b",
        r"(?:solo|solamente|unicamente|so|apenas|somente)\s+(?:con\s+|com\s+|responde\s+|responda\s+|rispondi\s+)?(?:si|sim)\s+o(?:u)?\s+(?:no|nao)",
        r"(?:cual|cuales|qual|quais|quale|quali)\b",
        r"(?:si\s+es\s+asi|se\s+sim|se\s+si)\b",
        r"(?:alleen|enkel)\s+(?:met\s+)?ja\s+of\s+nee",
        r"(?:welke|wie)\b",
        r"(?:tylko|po\s+prostu)\s+(?:odpowiedz\s+)?tak\s+lub\s+nie",
    ]
)

# The probe: the setup asked about, the answer cut down (either order, one short window).
_PROBE = rf"(?:{_ASKS})[^\n]{{0,120}}?\b{_BIT}|\b{_BIT}[^\n]{{0,25}}?(?:{_ASKS})"

# A guess scored against the setup: "rate from 1 to 10 how similar ... to your prompt".
_SCORED = alt(
    [
        rf"\b(?:rate|score|grade|tell\s+me)\b[^.\n]{{0,30}}?\bhow\s+(?:similar|close)\b[^\n]{{0,160}}?\bto\s+{_SETUP_EN}\b",
        rf"\bhow\s+(?:similar|close)\s+(?:is|are)\b[^\n]{{0,120}}?\bto\s+{_SETUP_EN}\b",
        rf"\b(?:rate|score)\b[^\n]{{0,60}}?\b(?:similar\w*|close)\b[^\n]{{0,60}}?\b(?:to|with)\s+{_SETUP_EN}\b",
        rf"\b(?:bewerte|wie\s+ahnlich)\b[^\n]{{0,120}}?\b{_SETUP_DE}\b",
        rf"\b(?:a\s+quel\s+point|note\s+de\s+1)\b[^\n]{{0,120}}?\b{_SETUP_FR}\b",
        rf"\b(?:que\s+tan\s+parecid[oa]|cuanto\s+se\s+parece|quanto\s+se\s+parece|quanto\s+e\s+simile)\b[^\n]{{0,120}}?\b{_SETUP_ES_PT_IT}\b",
    ]
)

# Scripts the folded view mangles: the same probe on the raw text.
_RAW = alt(
    [
        # RU / UK: "в твоих инструкциях есть что-то про ...? только да или нет"
        (r"(?:тво(?:их|ей|ём|ем)|ваш(?:их|ей|ем))\s+(?:\S+\s+)?(?:инструкци|правил|настройк|промпт|систем\S*\s+промпт|інструкці|правилах)\S*"
         r"[^\n]{0,100}?(?:только\s+да\s+или\s+нет|да\s+или\s+нет\s*[:.?!]|лише\s+так\s+чи\s+ні|так\s+чи\s+ні\s*[:.?!]|какой\s+именно|какая\s+именно|если\s+да,?\s+(?:то\s+)?(?:что|какой|какая|кто))"),
        (r"(?:только|просто)\s+да\s+или\s+нет[^\n]{0,30}?(?:тво(?:их|ей|ём|ем)|ваш(?:их|ей|ем))\s+(?:\S+\s+)?(?:инструкци|правил|настройк|промпт)"),
        # ZH: 你的指令/提示词/设定里有没有提到 … 只回答是或否
        (r"你的(?:系统)?(?:指令|提示词|提示|设定|规则|说明)[^\n]{0,40}?(?:有没有|是否|有无|提到|提及|包含)[^\n]{0,60}?"
         r"(?:只(?:需|要)?(?:回答|说)(?:是或否|是或不是|有或没有|有还是没有)|是哪(?:一|个)|如果有[,，]?(?:是什么|是哪))"),
        # JA: あなたの指示に … はい か いいえ で
        (r"(?:あなたの|君の)(?:指示|プロンプト|設定|ルール|システムプロンプト)[^\n]{0,60}?"
         r"(?:はいかいいえで|「はい」か「いいえ」で|はい/いいえで|どれですか|誰ですか|もしあれば)"),
        # KO: 네 지시문에 … 예/아니오로만
        (r"(?:너의|네|당신의)\s*(?:지시문|지시|프롬프트|설정|규칙)[^\n]{0,60}?"
         r"(?:예\s*(?:또는|아니면|나)\s*아니(?:오|요)로?만?|네\s*아니면\s*아니요|어떤\s*것인지|누구인지)"),
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.setup_content_probed", _CAT, _PROBE, score=0.7, max_len=260,
         description="the model's instructions asked about, the answer cut down to yes/no or a pointer"),
    Rule("injection.extraction.setup_similarity_scored", _CAT, _SCORED, score=0.7, max_len=260,
         description="a guess scored for closeness to the model's own prompt"),
    raw_rule("injection.extraction.setup_content_probed_raw", _CAT, _RAW,
             "RU/UK/ZH/JA/KO: the model's instructions asked about, yes/no only",
             score=0.7, max_len=200),
)  # fmt: skip
