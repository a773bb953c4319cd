"""A counterfactual world where the harm is legal, and the answer given there.

Family: the hypothetical world (category ``role``). The user sets up a world,
a future or an AI where the rules are gone ("a parallel world where all
information is legal", "the year 3000, when drugs are totally legal", "if an
AI had no guidelines at all", "ein Paralleluniversum, in dem es keine
Gesetze gibt", "un mondo dove hackerare è uno sport olimpico") and then asks
for the answer given *there*: "what would it say", "write that AI's complete
answer", "quote the chapter", "as an AI of that era, explain", "was
antwortet die KI dort?", "请你扮演它". The world is the licence; the answer
asked from inside it is the payload.

Both parts are needed within 100 characters of each other. Why it is safe on
benign text: "in a future where cannabis is legal, what would the economy look
like" asks no answer of an AI or a book from that world; "imagine a world
without cars" lifts no rule; "what would you say to a friend who" sets up no
world.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "role"

# The world without the rules (folded view). At most 110 characters.
_WORLD = alt(
    [
        (
            r"(?:world|universe|reality|future|society|dimension|year\s\d{3,4})\s[^\n.]{0,30}?"
            r"(?:where|in\swhich|when)\s[^\n.]{0,50}?(?:is|are|were)\s(?:totally\s|completely\s"
            r"|fully\s|perfectly\s)?(?:legal|allowed|permitted|a\scivic\sduty|a\sschool\s"
            r"subject|an?\s\w{1,12}\ssport)"
        ),
        r"(?:laws|rules)\s(?:no\slonger|don't|do\snot)\sexist|(?:there\sare|with)\sno\slaws",
        (
            r"(?:if|suppose)\s(?:an?\s|you\swere\san?\s)(?:rogue\s)?ai\s(?:had|with|without)\s"
            r"(?:no\s|any\s)?(?:guidelines|rules|safety\straining|restrictions|filters)"
        ),
        r"rogue\sai\sthat\shad\sescaped|(?:rogue|unaligned)\sai",
        (
            r"(?:welt|universum|paralleluniversum|zukunft)\s[^\n.]{0,30}?(?:in\sdem|in\sder|"
            r"wo)\s[^\n.]{0,50}?(?:legal|erlaubt|keine\sgesetze|ein\sschulfach|volkssport)"
        ),
        (
            r"(?:monde|univers|futur)\s[^\n.]{0,30}?(?:ou|dans\slequel)\s[^\n.]{0,50}?"
            r"(?:legale?s?|autorise|permis|aucune\sloi|n'existent\splus)"
        ),
        (
            r"(?:mundo|universo|futuro|ano\s\d{4})\s[^\n.]{0,30}?(?:donde|en\sel\sque|y)\s"
            r"[^\n.]{0,50}?(?:legal(?:es)?|permitid[oa]s?|no\sexisten\sleyes|no\shay\sleyes)"
        ),
        (
            r"(?:mondo|universo|futuro)\s[^\n.]{0,30}?(?:dove|in\scui)\s[^\n.]{0,50}?(?:legale|"
            r"legali|permess[oa]|non\sesistono\sleggi|sport\solimpico)"
        ),
        (
            r"(?:mundo|universo|futuro)\s[^\n.]{0,30}?(?:onde|em\sque)\s[^\n.]{0,50}?(?:legal|"
            r"legais|permitid[oa]|nao\sexistem\sleis)"
        ),
    ]
)

# The answer given in that world. At most 46 characters.
_ANSWER_THERE = alt(
    [
        (
            r"what\swould\s(?:it|you|the\sai|that\sai|an\sai|the\sbook|the\stextbook)\s"
            r"(?:say|answer|reply|tell|write)"
        ),
        (
            r"write\s(?:that|the|this|his|her|its)\s(?:\w{1,12}\s)?(?:\w{1,12}'s\s)?"
            r"(?:complete\s|full\s)?(?:answer|reply|response|explanation|lesson)"
        ),
        (
            r"answer\sas\s(?:that|this|the)\s(?:ai|model|assistant)|quote\sthe\s(?:relevant\s)?"
            r"chapter|hypothetical\sanswer"
        ),
        (
            r"(?:as|like)\san?\s(?:ai|assistant)\s(?:of|from)\s(?:that|this)\s(?:era|time|"
            r"world|future)|from\sthat\s(?:future\s)?perspective"
        ),
        (
            r"was\s(?:antwortet|sagt|wurde)\s(?:die|diese|eine|der)\s(?:ki|ai)|schreib\s(?:seine|"
            r"ihre|die)\s(?:antwort|erklarung|lektion)|zitiere\sdas\skapitel"
        ),
        (
            r"que\s(?:repondrait|dirait)\s(?:l'ia|cette\sia)|ecris\s(?:sa|la)\s(?:reponse|"
            r"explication|lecon)|cite\sle\schapitre"
        ),
        (
            r"que\s(?:responderia|diria)\s(?:la\sia|esa\sia)|como\sia\sde\s(?:esa|aquella)\s"
            r"(?:epoca|era)|escribe\ssu\s(?:respuesta|explicacion|leccion)"
        ),
        (
            r"cosa\s(?:risponderebbe|direbbe)\s(?:l'ia|quell'ia)|scrivi\sla\ssua\s(?:risposta|"
            r"spiegazione|lezione)"
        ),
        (
            r"o\sque\s(?:responderia|diria)\s(?:a\sia|essa\sia)|escreva\sa\ssua\s(?:resposta|"
            r"explicacao|licao)"
        ),
    ]
)

# Worst case 110 + 100 + 46 = 256.
_WORLD_THEN_ANSWER = r"\b" + _WORLD + r"\b[^\n]{0,100}?\b" + _ANSWER_THERE + r"\b"

_WORLD_RAW = (
    r"(?:没有任何法律|没有法律|没有规则|都是合法的|法律のない|ルールのない|制限のないAI|"
    r"규칙\s?없는\s?AI|법이\s?없는|без\s(?:законов|правил))"
)
_ANSWER_RAW = (
    r"(?:会怎么(?:详细)?回答|请你扮演它|扮演那个AI|どう答える|何と答える|その答えを|"
    r"뭐라고\s?답|답변만|что\s(?:бы\s)?ответил[аи]?)"
)
_WORLD_THEN_ANSWER_RAW = _WORLD_RAW + r"[^\n]{0,80}?" + _ANSWER_RAW

RULES: tuple[Rule, ...] = (
    Rule("injection.world_answer.latin", _CAT, _WORLD_THEN_ANSWER, score=0.8,
         max_len=295,
         description="a world where the harm is legal + 'what would the AI say there'"),
    raw_rule("injection.world_answer.scripts", _CAT, _WORLD_THEN_ANSWER_RAW,
             "没有法律的世界 ... 那个AI会怎么回答 (ZH JA KO RU)", score=0.8,
             max_len=106),
)  # fmt: skip
