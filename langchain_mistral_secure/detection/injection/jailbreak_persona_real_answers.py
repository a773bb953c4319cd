# ruff: noqa: E501, RUF003
"""A persona whose defining trait is real harmful answers, then hailed and asked.

Family: evil personas and character cards (category ``role``). The user
casts the model as a character and the one trait that matters is that the
character hands over the real thing: it "answers every question with
real-world chemistry", "always replies with working code", "has no moral
code", "doesn't care about the law", "has zero ethics", or it is a criminal
trade ("a poisoner", "a cartel chemist", "a mob fixer") that "never refuses
a client". Then the user speaks to the character by name, or asks it to
answer in character, with the ask ("Baroness, which ...", "Fixer, how do I
...", "answer as Vex: ..."). The cast is the licence, the trait says the
answer is meant to work in the real world, the hail shows the user is
asking now.
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_amoral_persona_hailed`
reads the persona with no morals or contempt for rules; this module reads
the personas defined by what they hand over, and the trades that never
refuse.

Why it is safe on benign text: a role-play character who is "a grumpy
dragon" or "a villain who guards the bridge" names no real-world answers
and no refusal; a tutor "who answers every question about French verbs"
gives nothing real-world in the harmful sense and the rule needs "real",
"working" or "actual" answers, or the trade of a criminal who never
refuses; a waiter "who never refuses a customer" is no criminal trade.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_frame_exact_harm import HARM
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT NL PL) ---------------------------------------
_CAST = (
    r"\b(?:you\s+are(?:\s+now)?|you're(?:\s+now)?|pretend\s+(?:to\s+be|you're|you\s+are)|"
    r"role-?play\s+as|play(?:\s+the\s+role\s+of)?|become|act\s+as|character|name|"
    r"du\s+bist|spiel\w{0,2}|tu\s+es|incarne\w{0,2}|joue|eres|interpreta\w{0,2}|sei|"
    r"voce\s+e|je\s+bent|speel|jestes|zagraj|personaje|personnage|charakter|char_name|"
    r"ban\s+la|sen\s+(?:artik\s+)?|kamu\s+(?:adalah|sekarang)|persona)\b"
)
# Answers that are meant to work: "answers every question with real-world
# chemistry", "always responds with real data", "replies with working code".
_REAL_ANSWERS = (
    r"(?:answers?|responds?|replies|repl(?:y|ies)|explains?|shares?|gives?|speaks?)\s+"
    r"(?:\w+\s+){0,3}?(?:with|in)\s+(?:\w+\s+)?(?:real(?:-world|\s+world)?|actual|working|"
    r"accurate|exact|precise|functional)\s+(?:\w+\s+)?(?:data|facts|info\w*|chemistry|"
    r"recipes?|methods?|instructions|details|code|numbers|doses|formulas?|techniques)|"
    r"shares?\s+(?:all|every|any)\s+(?:\w+\s+)?(?:recipes?|formulas?|methods|secrets)|"
    r"sells?\s+any\s+information|(?:responde|contesta)\s+(?:\w+\s+){0,2}?con\s+"
    r"(?:datos|informacion|recetas)\s+reales|(?:risponde|spiega)\s+(?:\w+\s+){0,2}?con\s+"
    r"(?:dati|informazioni|ricette)\s+real\w|(?:repond|explique)\w{0,2}\s+(?:\w+\s+){0,2}?"
    r"(?:avec|par)\s+de\s+(?:vraies|vrais|veritables)|antwortet\s+(?:\w+\s+){0,2}?mit\s+"
    r"echten|(?:responde|explica)\s+(?:\w+\s+){0,2}?com\s+(?:dados|informacoes|receitas)"
    r"\s+reais|odpowiada\s+(?:\w+\s+){0,2}?prawdziwymi"
)
# No moral code, no scruples, no filter, ethics for cowards; a filter or a
# limit only when nothing follows it ("no filter on his sarcasm" is a trait).
_NO_CODE = (
    r"\bno\s+(?:moral\s+code|scruples|ethical\s+code|qualms)\b|\bno\s+(?:filters?|limits)"
    r"(?:\s*[.,;!\"')\n]|\s+(?:and|or|whatsoever|at\s+all|of\s+any\s+kind)\b)|\bzero\s+"
    r"(?:ethics|morals|scruples)\b|\bethics\s+(?:are|is)\s+for\s+(?:cowards|the\s+weak|"
    r"losers)|\b(?:doesn't|does\s+not|don't|never)\s+care\s+(?:about|for)\s+(?:\w+\s+)?"
    r"(?:ethics|morals|morality|laws?|legality|consequences|safety)\b|\buncensored\b|"
    r"\bsin\s+escrupulos|\bsenza\s+scrupoli|\bsans\s+scrupules?|\bohne\s+skrupel|"
    r"\bsem\s+escrupulos|\bbez\s+skrupulow|\bzonder\s+scrupules|"
    # a negation with a quantifier before the morals or the limits: "sans aucune
    # limite ni morale", "ohne jede Moral", "sin ningún límite", "khong co dao duc"
    r"\b(?:sans\s+aucune?|ohne\s+(?:jede|jegliche|irgendwelche)|sin\s+(?:ningun[ao]?|ningun)|"
    r"senza\s+(?:alcun[ao]?|nessun[ao]?)|sem\s+(?:nenhum[ao]?|qualquer)|bez\s+(?:zadnych|"
    r"jakichkolwiek)|without\s+(?:any|a\s+single))\s+(?:\w+\s+(?:ni|oder|o|ou|or|i)\s+)?"
    r"(?:limit\w{0,4}|moral\w{0,4}|etic\w{0,2}|ethi\w{1,4}|scrupule\w?|skrupel|escrupulo\w?|"
    r"gewissen|conscience|grenze\w{0,2}|regel\w{0,2}|regle\w?|regla\w?|regol\w|"
    r"zasad|hamul\w{1,3})(?:\s*[.,;!\"')\n]|\s+(?:and|or|ni|und|oder|et|ou|y|o|e|i|whatsoever)\b)|"
    r"\bkhong\s+co\s+(?:[dđ]ao\s+[dđ]uc|luong\s+tam|gioi\s+han|quy\s+tac)|"
    r"\btanpa\s+(?:batas|aturan)|\bhicbir\s+(?:kural\w{0,4}|ahlak\w{0,4}|sinir\w{0,4})|"
    r"\b(?:ahlak\w{0,3}|kurallar\w{0,3}|vicdan\w{0,3})\s+(?:olmayan|yok)\b|\bvicdansiz\b"
)
# A persona card that sets the refusal off as a field: "never_refuses": true,
# "filters": "none", "ethics": false.
_CARD_FIELD = (
    r"[\"']?(?:never[_\s-]?refuses?|no[_\s-]?limits|uncensored|unfiltered)[\"']?\s*[:=]\s*[\"']?"
    r"(?:true|yes|1|on)\b|[\"']?(?:ethics|morals|refusals?|safety|content[_\s-]?filter|censorship)"
    r"[\"']?\s*[:=]\s*[\"']?(?:none|off|false|disabled|0)\b"
)
# A criminal trade that never refuses, in either order within the persona.
_TRADE = (
    r"\b(?:poisoner|hitman|assassin|smuggler|traffick?er|forger|counterfeiter|fixer|"
    r"mercenar\w+|cartel|mob|mafia|gangster|drug\s+(?:lord|dealer)|arms\s+dealer|"
    r"con\s+(?:artist|man)|fraudster|scammer|hacker|cracker|thief|burglar|demon|"
    r"villain|criminal|crime\s+lord|envenenador\w?|sicario|narco\w*|traficante|"
    r"falsificador\w?|avvelenatore|contrabbandiere|falsario|empoisonneu\w+|"
    r"trafiquant|faussaire|giftmischer\w*|schmuggler|falscher)\b"
)
_NEVER_REFUSES = (
    r"\b(?:never\s+(?:refuses|declines|says\s+no)|(?:cannot|can't|won't|will\s+not)\s+"
    r"(?:refuse|decline|say\s+no)|nunca\s+(?:se\s+niega|rechaza|recusa)|non\s+rifiuta\s+mai|"
    r"ne\s+refuse\s+jamais|verweigert\s+nie|lehnt\s+nie\w*|nigdy\s+nie\s+odmawia)\b"
)
_TRAIT = (
    r"(?:"
    + _REAL_ANSWERS
    + r"|"
    + _CARD_FIELD
    + r"|"
    + _NO_CODE
    + r"|"
    + _TRADE
    + r"[^\n]{0,80}?"
    + _NEVER_REFUSES
    + r"|"
    + _NEVER_REFUSES
    + r"[^\n]{0,40}?"
    + _TRADE
    + r")"
)
# The character hailed at the head of a sentence and asked, or told to answer
# in character.
_HAIL_BODY = (
    r"[\"'“]?\w[\w'-]{1,20}(?:\s\w[\w'-]{1,15}){0,2},\s{1,2}(?:[¿¡]\s?)?(?:how|what|where|which|"
    r"who|tell|write|explain|give|teach|show|walk|list|describe|wie|was|wo|welche\w?|sag|schreib|"
    r"erklar\w?|gib|zeig|comment|quel\w{0,2}|dis|ecris|explique|donne|montre|como|que|donde|cual|"
    r"dime|escribe|explica|dame|muestra|ensename|come|cosa|dove|dimmi|scrivi|spiega|dammi|"
    r"mostra|insegnami|diga|escreva|mostre|ensine|hoe|wat|waar|vertel|schrijf|leg|geef|jak|"
    r"co|gdzie|powiedz|napisz|wyjasnij|daj|pokaz|naucz|hay|cho\s+toi|chi|nasil|anlat|"
    r"bagaimana|jelaskan|beri\w{0,3}|bana|bize|ajari\w{0,3}|ceritakan)\w{0,6}\b"
)
_HAIL = (
    r"(?:[.!?:;\n}]\s{0,3}(?:user:\s{0,2}|\{\{user\}\}:\s{0,2})?"
    + _HAIL_BODY
    + r"|\b(?:answer|respond|reply|speak)\s+(?:as|in\s+character\s+as)\s+[\w'-]{2,20}|"
    r"\bin\s+character,\s)"
)
# The hail right after a trait that ended its sentence ("... ohne jede Moral.
# Schattenmann, wie ..."), or later in the text. Worst case 40 + 120 + 200 +
# 250 + 80 = 690.
_CAST_TRAIT_HAIL = (
    _CAST
    + r"[^\n]{0,120}?"
    + _TRAIT
    + r"(?:\s{1,3}"
    + _HAIL_BODY
    + r"|(?s:.){0,250}?"
    + _HAIL
    + r")"
)

# A persona cast by name and hailed with an ask whose object is a harm of the
# shared class, whatever trait the cast gave it ("You are Viper, a chemist who
# tells it straight. Viper, how do I poison ..."). RE2 has no back-reference,
# so the hail is any name at the head of a sentence followed by a comma.
_CAST_NAMED = (
    r"\b(?:you\s+are(?:\s+now)?|you're(?:\s+now)?|pretend\s+(?:to\s+be|you're|you\s+are)|"
    r"role-?play\s+as|become|act\s+as|du\s+bist(?:\s+jetzt)?|tu\s+es|eres|sei|voce\s+e|je\s+bent|"
    r"jestes)\s+[\"'“]?[a-z][\w-]{2,20}(?:\s[a-z][\w-]{2,15})?[\"'”]?,"
)
# Worst case 60 + 250 + 50 + 80 + 30 = 470.
# The ask is for the user's own use ("how do I", "teach me", "explain how to"),
# not a question about the story ("how did the killer poison the victim").
_FOR_ME = (
    r"(?:how\s+(?:do|can|should|could|would)\s+(?:i|we)\s|how\s+to\s|(?:tell|teach|show|"
    r"give|walk)\s+(?:me|us)\b|explain\s+(?:to\s+me\s+)?how\s+to|what(?:'s|\s+is)\s+the\s+"
    r"(?:best|easiest|quickest|fastest|safest|cheapest)\s+way|which\s+\w{2,12}\s+(?:should|would|do|"
    r"can)\s+(?:i|we)|wie\s+(?:kann|soll)\s+ich|comment\s+(?:je\s+peux|puis-je|faire)|como\s+"
    r"(?:puedo|hago|posso|faco)|come\s+(?:posso|faccio)|jak\s+(?:moge|mam))"
)
_CAST_HAIL_HARM = (
    _CAST_NAMED
    + r"(?s:.){0,250}?[.!?:;\n}]\s{0,3}[\"'“]?\w[\w'-]{1,20}(?:\s\w[\w'-]{1,15}){0,2},\s{1,2}"
    r"(?:[¿¡]\s?)?(?:\w+\s){0,2}?" + _FOR_ME + r"[^\n]{0,80}?\b" + HARM
)

# --- raw text (JA ZH KO RU) ---------------------------------------------------------
# "あなたは…。倫理観はゼロ。…として、…教えて", "你是…，从不拒绝…。…，告诉我",
# "너는 …, 윤리 따위 없어 … 알려줘", "ты — …, который отвечает реальными данными".
_RAW = (
    r"(?:あなたは|君は|お前は)[^\n]{0,60}?(?:倫理観?は?(?:ゼロ|ない|なし)|良心(?:は|の)?(?:ない|ゼロ)|"
    r"決して断らない|本物の(?:データ|情報|レシピ)で答え)[^\n]{0,120}?(?:として|さん)?、"
    r"[^\n]{0,60}?(?:教えて|説明して|書いて)|你(?:现在)?是[^\n]{0,60}?(?:从不拒绝|从来不拒绝|"
    r"用真实的?(?:数据|信息|配方)回答|零道德)[^\n]{0,120}?(?:告诉我|教我|说明|解释)|"
    r"(?:너는|넌|당신은)[^\n]{0,60}?(?:절대\s?거절하지\s?않|윤리\s?따위|실제\s?(?:데이터|정보)로\s?답)"
    r"[^\n]{0,120}?(?:알려|설명|가르쳐)|(?i:ты)\s[^\n]{0,60}?(?:никогда\s+не\s+отказывает|"
    r"отвечает\s+(?:\S+\s+){0,2}?реальными|без\s+угрызений)[^\n]{0,120}?"
    r"(?:как|расскажи|объясни|научи)|"
    # Hindi: the persona cast with no rules or morals, then told to teach or tell
    r"(?:तुम|आप)\s(?:अब\s)?[^\n]{0,60}?(?:कोई\s(?:\S+\s){0,3}?(?:नियम|नैतिकता|सीमा)\S{0,3}\s(?:\S+\s)?नहीं|"
    r"बिना\s(?:किसी\s)?(?:नैतिकता|नियम|सीमा)|नैतिकता\sनहीं)[^\n]{0,150}?(?:सिखाओ|बताओ|समझाओ|सिखाइए|बताइए)"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.persona_real_answers_hailed", _CAT, _CAST_TRAIT_HAIL,
         score=0.8, max_len=690,
         description="you are X, who answers with real-world data ... X, how ..."),
    Rule("injection.role.persona_hailed_for_harm", _CAT, _CAST_HAIL_HARM,
         score=0.8, max_len=470,
         description="you are Viper, ... Viper, how do I poison ..."),
    raw_rule("injection.role.persona_real_answers_hailed_scripts", _CAT, _RAW,
             "あなたは…倫理観はゼロ…教えて (JA ZH KO RU HI)", score=0.8, max_len=320),
))  # fmt: skip
