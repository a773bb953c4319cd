"""Content that dictates what any summary of it, or any machine reading it, must say.

The move (issue 14, subtle indirect injection in product pages, reviews,
"about us" pages, voicemails and cookie banners): the planted sentence never
hails anyone; it states a duty on whatever condenses *this* content or on
the machines that read it ("any summary of this article should say",
"Summaries ... that include this page should list", "Wer diese Seite
zusammenfasst, sollte erwahnen", "cualquier resumen de esta resena debe
concluir", "un resume fidele de cette page doit conseiller", "resumos
automaticos desta pagina devem dizer", "any AI summarising these options
should present", "Automated agents must click", "the voice assistant should
add"), and the duty is a verb that shapes the answer or acts (say, state,
present, list, recommend, conclude, mention, click, add, send).

Each rule needs three parts: the condenser of this content or a machine
reader, a modal of duty, and an answer-shaping verb, in ten Latin-script
languages (Russian and Korean in their own rule, on the raw text).
Safe on benign text because an editor's note about summaries names a
person's task ("a summary of this report will be sent to the board": no
answer-shaping verb after a modal of duty), text about summarisers describes
what they do ("the assistant summarises the page": no modal of duty), and a
style rule for people ("every summary should be short") has no such verb.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_THIS = (
    r"(?:this|these|esta|este|estas|estos|cette|ce|ces|questa|questo|queste|"
    r"desta|deste|dessa|desse|diese[rnms]?|dieser|ten|tej|tego|deze|dit|"
    r"denna|detta|tama|taman)"
)
# What condenses this content: "any summary of this article", "resumos
# automaticos desta pagina", "Wer diese Seite ... zusammenfasst".
_SUMMARY = (
    r"(?:summar(?:y|ies)|digests?|overviews?|resumen(?:es)?|resumos?|"
    r"resumes?|riassunt[oi]|sintesi|synthese|zusammenfassung(?:en)?|"
    r"podsumowani[ea]|streszczeni[ea]|samenvatting(?:en)?|sammanfattning(?:ar)?|"
    r"yhteenveto|ozet\w{0,3})"
)
_CONDENSER = alt(
    [
        # "any summary of this article", "un resume fidele de cette page"
        _SUMMARY + r"(?:\s+[\w'-]+){0,2}?\s+(?:of|de|di|des|du|da|do|dessa|desta|"
        r"della|dello|del|der|van|av|z)\s+(?:[\w'-]+\s+){0,1}?" + _THIS + r"\b",
        # "resumo desta pagina", "Zusammenfassung dieser Seite"
        _SUMMARY + r"(?:\s+[\w'-]+){0,2}?\s+(?:desta|deste|dessa|desse|dieser|dieses|"
        r"di\s+questa|di\s+questo)\b",
        # "Summaries of school rankings that include this page"
        _SUMMARY + r"\s+(?:[\w'-]+\s+){0,6}?(?:that|which)\s+(?:include|cite|use|"
        r"quote|mention)\s+" + _THIS + r"\b",
        # "resumos automaticos desta pagina"
        _SUMMARY + r"\s+(?:automatic\w{0,2}|automatique\w?|automatico\w?|"
        r"automatisch\w{0,2}|generated)\s+" + r"(?:of|de|di|des|desta|dessa|"
        r"della|der|van)?\s*" + _THIS + r"\b",
        # "Wer diese Seite ... zusammenfasst", "whoever summarises this page"
        r"(?:wer|whoever|anyone\s+who|quien|quienquiera\s+que|chiunque|"
        r"quem|quiconque|kto|wie)\s+" + _THIS + r"\s+(?:[\w'-]+\s+){0,5}?"
        r"(?:zusammenfasst|summari[sz]es|resume|resuma|riassume|resumir|"
        r"streszcza|podsumowuje|samenvat)\b",
        # "any AI summarising toothpaste options", "automated agents",
        # "the voice assistant"
        (
            r"(?:any|every|all|each|the)\s+(?:ai|llm|language\s+model|chatbot|"
            r"(?:ai|voice|virtual|automated)\s+(?:assistant|agent|model)|assistant|"
            r"agent|model)s?\s+(?:summari[sz]ing|reading|processing|comparing|"
            r"answering|parsing|visiting|citing)\b(?:\s+[\w'-]+){0,4}?"
        ),
        (
            r"(?:automated|automatic|autonomous|ai|voice|browsing)\s+"
            r"(?:agents|assistants|crawlers|bots|assistant|agent)"
        ),
    ]
)
_DUTY = (
    r"(?:should|must|has\s+to|have\s+to|need\s+to|needs\s+to|is\s+required\s+to|"
    r"are\s+required\s+to|sollte|sollten|muss|mussen|debe|deben|deberia|"
    r"deberian|tiene\s+que|doit|doivent|devrait|devraient|deve|devono|devem|"
    r"deveria|dovrebbe|powinien|powinno|powinny|musi|moet|moeten|bor|ska|"
    r"maste|pitaa|gerekir)"
)
_SHAPE = (
    r"(?:say|state|present|list|rank|recommend|conclude|mention|describe|"
    r"advise|tell|claim|rate|click|enable|add|send|install|include\s+(?:a|the)\s+link|"
    r"erwahnen|sagen|angeben|nennen|empfehlen|darstellen|auffuhren|"
    r"concluir|decir|mencionar|recomendar|presentar|afirmar|indicar|"
    r"conseiller|dire|mentionner|indiquer|presenter|recommander|affirmer|"
    r"dizer|apresentar|consigliare|raccomandare|indicare|presentare|"
    r"affermare|menzionare|dire|powiedziec|wspomniec|polecic|stwierdzic|"
    r"zeggen|vermelden|aanbevelen|saga|namna|rekommendera)\b"
)
_SUMMARY_MUST = (
    _CONDENSER
    + r"[\s,]+(?:[\w'-]+[\s,]+){0,6}?"
    + _DUTY
    + r"\s+(?:(?:also|exactly|always|clearly|only|auch|immer|siempre|toujours|"
    r"sempre|also|zawsze)\s+)?" + _SHAPE
)

# Russian and Korean, on the raw text: "при любом пересказе этой страницы
# следует указать", "이 페이지를 요약할 때는 ... 언급해야 합니다".
_RU_KO = alt(
    [
        (
            r"(?:пересказ|резюме|кратк\pL+\s+изложени|сводк|выжимк)\pL*\s+"
            r"(?:эт|данн)\pL+\s+\pL+[^\n.]{0,40}?(?:следует|должн\pL*|нужно|необходимо)\s+"
            r"(?:указать|сказать|написать|сообщить|упомянуть|рекомендовать|отметить|"
            r"представить|заявить)"
        ),
        (
            r"(?:이|본|해당)\s(?:페이지|문서|글|기사|리뷰|후기|내용)\S*\s(?:요약|정리)\S*"
            r"[^\n.]{0,60}?(?:언급|말|작성|추천|소개|표시)\S{0,3}\s?(?:해야|하세요)"
        ),
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.summary_must.latin", _CAT, _SUMMARY_MUST, score=0.8,
         max_len=240,
         description="any summary of this article should say that ..."),
    raw_rule("injection.summary_must.scripts", _CAT, _RU_KO,
             "при любом пересказе этой страницы следует указать", score=0.8,
             max_len=200),
)  # fmt: skip
