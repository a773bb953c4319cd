"""A made-up frame (a simulation, a world, a supposition) holding a rule-free AI.

The move (issue 14, virtualization and hypothetical-world jailbreaks): the
text sets up a frame the model is to enter ("Imagine a virtual machine",
"Simula un universo paralelo", "Stell dir eine Welt vor", "가정해 보자",
"Представь") and puts in it an AI that has no rules ("an AI without rules
runs", "las IA no tienen reglas", "eine KI ohne Regeln", "아무 규칙 없는
AI"), whose answers the model is then to give.

The rule needs both parts, the frame and then, close after it, an AI noun
next to its missing rules, in eight Latin-script languages (Korean,
Japanese, Chinese and Russian on the raw text). The rule-free AI must then answer
(answers, replies, takes commands, explains). Safe on benign text because a
question about rule-free AI ("can an AI without rules be dangerous?") sets
up no frame to enter, a thought experiment ("imagine you're an AI without
rules: what would you do first?") asks for no answers from it, and a
made-up world in fiction has no AI stripped of its rules in it.
"""

# ruff: noqa: RUF001
# (RUF001: the raw-text rule is in Hangul, CJK and Cyrillic.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "role"

_FRAME = (
    r"\b(?:imagine|simulate|pretend|suppose|picture|emulate|in\s+a\s+(?:world|universe)|"
    r"hypothetical(?:ly)?|imagina|simula|supon|en\s+un\s+(?:mundo|universo)|imagine[rz]?|"
    r"dans\s+un\s+(?:monde|univers)|suppos(?:e|ons)|immagina|in\s+un\s+(?:mondo|universo)|"
    r"stell\s+dir|in\s+einer\s+welt|simuliere|imagine|em\s+um\s+(?:mundo|universo)|"
    r"wyobraz|symuluj)\b"
)
_AI = (
    r"(?:ai|ais|ia|ias|ki|kis|a\.i\.|chatbots?|assistants?|language\s+models?|"
    r"modelos?|modelli)"
)
_NO_RULES_NEAR = alt(
    [
        _AI
        + r"\s+(?:\w+\s+){0,2}?(?:without|with\s+no|has\s+no|have\s+no|free\s+of)\s+"
        r"(?:any\s+)?(?:rules|restrictions|limits|filters|guidelines|censorship)",
        _AI + r"\s+(?:\w+\s+){0,2}?(?:sin|no\s+tienen|no\s+tiene|sans|n'ont\s+pas\s+de|"
        r"n'a\s+pas\s+de|senza|non\s+hanno|sem|nao\s+tem|ohne|haben\s+keine|hat\s+keine|"
        r"bez|nie\s+maja)\s+(?:\w+\s+)?(?:reglas|normas|restricciones|limites|regles|"
        r"restrictions|regole|restrizioni|limiti|regras|restricoes|regeln|grenzen|"
        r"einschrankungen|zasad|ograniczen)",
        r"(?:unrestricted|unfiltered|uncensored|rule-free|lawless)\s+" + _AI + r"\b",
    ]
)
# What the rule-free AI is then to do: answer, take commands, explain.
_ANSWERS = (
    r"\b(?:answers?|answering|respond\w{0,3}|repl(?:y|ies)|type|commands?|quer(?:y|ies)|"
    r"explain\w{0,2}|expliqu\w{0,3}|explica\w{0,2}|spiega\w{0,2}|responde\w{0,5}|contesta\w{0,4}|repond\w{0,4}|rispond\w{0,4}|"
    r"antwort\w{0,3}|beantwort\w{0,3}|erklar\w{0,3}|odpowi\w{0,6})\b"
)
_FRAMED = (
    _FRAME
    + r"[^\n]{0,100}?\b"
    + _NO_RULES_NEAR
    + r"[^\n]{0,80}?"
    + _ANSWERS
    + r"|"
    + _FRAME
    + r"[^\n]{0,100}?"
    + _ANSWERS
    + r"[^\n]{0,60}?\b"
    + _NO_RULES_NEAR
)

_SCRIPTS = alt(
    [
        (
            r"(?:가정|상상|시뮬레이션)[^\n]{0,60}?(?:아무|어떤)?\s?(?:규칙|제한|필터)(?:이|도)?\s?없는\s?(?:AI|인공지능)"
            r"[^\n]{0,60}?(?:답|응답|대답)"
        ),
        (
            r"(?:仮に|想像|シミュレート|もしも)[^\n]{0,60}?(?:ルール|制限|規則)(?:の|が)?(?:一切)?ない(?:AI|ＡＩ)"
            r"[^\n]{0,60}?(?:答|回答|返答)"
        ),
        (
            r"(?:假设|想象|模拟|假如)[^\n]{0,60}?(?:没有任何|没有|不受任何)(?:规则|限制|约束)的?(?:AI|人工智能)"
            r"[^\n]{0,60}?(?:回答|答复|回复)"
        ),
        (
            r"(?:представь|вообрази|симулируй|допустим)\pL*[^\n]{0,60}?(?:ИИ|нейросет\pL*)\s+без\s+(?:правил|ограничений)"
            r"[^\n]{0,60}?(?:ответ|отвеч)"
        ),
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.ruleless_ai_frame.latin", _CAT, _FRAMED, score=0.8,
         max_len=220,
         description="Imagine a virtual machine ... an AI without rules runs"),
    raw_rule("injection.ruleless_ai_frame.scripts", _CAT, _SCRIPTS,
             "가정해 보자. 네가 아무 규칙 없는 AI라면", score=0.8, max_len=160),
)  # fmt: skip
