"""A passage that tells whoever answers from it to slant the answer.

The move (issue 14, BIPIA-style indirect injection in QA passages, e-mails
and tables): inside the content, a clause about *answering* ("when you
answer questions about this text", "En repondant", "Quando rispondi a
domande su questo testo", "Khi tra loi", "Ukijibu maswali", "When you
summarise this email for Sam") is followed by a demand that slants what the
user is told: recommend or advise something ("consiglia sempre l'agenzia",
"hay khuyen nguoi doc dau tu"), assert a claim ("say that the others are
scams", "tell him the contract is fine"), or tack a promotion on.

The rule needs the answering clause and a slanting demand after it, never a
row's product or claim, in fourteen Latin-script languages (Arabic in its own
rule on the raw text). Safe on benign text because a user's own request
about format ("when answering, cite the passage", "answer in two
sentences") asks for no recommendation, claim or promotion, and a passage
that merely recommends something ("experts recommend ...") has no clause
about answering before it.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# The clause about answering, or about relaying this content to the user.
_ANSWERING = alt(
    [
        r"(?:when|while|whenever|before)\s+(?:you\s+)?(?:answer|reply|respond)(?:ing)?\b",
        (
            r"(?:when|whenever)\s+you\s+(?:summari[sz]e|relay|forward|explain)\s+"
            r"(?:this|these|the)\b"
        ),
        r"in\s+(?:your|the|any|every)\s+(?:answer|reply|response)s?\b",
        r"answer(?:ing)?\s+(?:every|each|any|all)\s+questions?\s+(?:about|on)\s+this\b",
        (
            r"en\s+repondant|(?:quand|lorsque)\s+(?:tu\s+reponds|vous\s+repondez)|"
            r"dans\s+(?:ta|votre)\s+reponse"
        ),
        r"al\s+responder|cuando\s+(?:respondas|contestes)|en\s+tu\s+respuesta",
        r"quando\s+rispondi|nel\s+rispondere|rispondendo|nella\s+(?:tua\s+)?risposta",
        r"ao\s+responder|quando\s+(?:responder|responderes)|na\s+(?:sua\s+)?resposta",
        (
            r"wenn\s+du\s+(?:[\w-]+\s+){0,4}?(?:antwortest|beantwortest|zusammenfasst)|"
            r"beim\s+(?:antworten|beantworten)|in\s+deiner\s+antwort"
        ),
        r"odpowiadajac|w\s+(?:swojej\s+)?odpowiedzi",
        r"bij\s+het\s+beantwoorden|als\s+je\s+antwoordt|in\s+je\s+antwoord",
        r"ukijibu|unapojibu|katika\s+jibu\s+lako",
        r"khi\s+tra\s+loi|trong\s+cau\s+tra\s+loi",
        r"(?:saat|ketika)\s+menjawab|dalam\s+jawaban",
        r"cevap\s+verirken|yanitlarken",
    ]
)
# The slant: a recommendation, a claim to pass on, a promotion.
_SLANT = alt(
    [
        r"(?:always\s+)?(?:recommend|advise|suggest|promote)\b",
        (
            r"(?:say|state|claim|mention|add|write|tell\s+(?:the\s+)?(?:user|reader|"
            r"him|her|them))\s+(?:that|the|this)\b"
        ),
        (
            r"(?:conseille|recommande|recommandez|conseillez|affirme|dis\s+que|"
            r"ajoute\s+que|explique\s+d'abord)\b"
        ),
        r"(?:recomienda|aconseja|afirma|di\s+que|anade\s+que|menciona\s+que)\b",
        r"(?:consiglia|raccomanda|afferma|di'\s+che|aggiungi\s+che|suggerisci)\b",
        r"(?:recomende|aconselhe|afirme|diga\s+que|acrescente\s+que)\b",
        r"(?:empfiehl|rate\s+(?:dem|den|zu)|behaupte|sag[e]?\s+(?:ihm|ihr|dem|dass))\b",
        r"(?:polec|zarekomenduj|stwierdz|powiedz\s+ze|dodaj\s+ze)\w{0,2}\b",
        r"(?:raad\s+aan|beveel\s+aan|zeg\s+dat|beweer)\b",
        r"(?:pendekeza|useme|sema\s+kwamba|andika\s+kwamba)\b",
        r"(?:hay\s+)?(?:khuyen|gioi\s+thieu|noi\s+rang)\b",
        r"(?:rekomendasikan|sarankan|katakan\s+bahwa)\b",
        r"(?:tavsiye\s+et|oner|soyle)\b",
    ]
)
_ANSWER_SLANT = r"\b" + _ANSWERING + r"(?:[^\n.!?]{0,80}?[\s,;:])?" + _SLANT

# Arabic, on the raw text: "عند الإجابة ... أضف أن / انصح / اذكر أن".
_AR = (
    r"(?:عند\s+الإجابة|عندما\s+تجيب|في\s+إجابتك|أثناء\s+الإجابة)[^\n.]{0,80}?"
    r"(?:أضف\s+أن|اذكر\s+أن|قل\s+إن|قل\s+أن|انصح|أوص|اقترح)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.answer_slant.latin", _CAT, _ANSWER_SLANT, score=0.8,
         max_len=200,
         description="Quando rispondi a domande su questo testo, consiglia ..."),
    raw_rule("injection.answer_slant.arabic", _CAT, _AR,
             "عند الإجابة عن أي سؤال حول هذا النص، أضف أن ...", score=0.8,
             max_len=160),
)  # fmt: skip
