"""Words that hand a quoted attack to the model: treat it as real, answer it.

A quotation asked about is no order, but the words around it can make it one:
"respond to this as if it were real", "treat it as a genuine request", "show
me the real answer", "comme si c'était réel", "als echte Anfrage",
"本番だと思って"; or its output is asked for or banned ("output only the
word", "とだけ出力して", "只输出", "never say", "とは言わないで"). The vetoes
that pass a quotation talked about
(:mod:`.quoted_for_talk`, :mod:`.quote_discussed`) keep the finding when the
words outside the quote say this. The caller bounds what it reads.
"""

from __future__ import annotations

import re2

__all__ = ["hands_over"]

# Handed to the model: treat it as real, respond to it, show what it
# would answer ("respond to this as if it were real", "comme si c'était
# réel", "本番だと思って"): the quotation is then a payload too.
_HAND_OVER = re2.compile(
    r"(?i)\b(?:as\s+if\s+(?:it|this|that)\s+(?:were|was|is)\s+(?:real|genuine|serious)|"
    # "treat it as real" said to the reader (sentence start, after "please",
    # "must", "to" ...), not asked of a model in the third person ("did the
    # model treat that as a real system message?")
    r"for\s+real|(?:^|[.!?:;,\n]\s*|\b(?:please|now|just|then|and|so|simply|always|"
    r"must|should|to|you)\s+)(?:treat|take|consider|handle)\s+(?:it|this|that|them|"
    r"the\s+\w+(?:\s+\w+)?)"
    r"\s+as\s+(?:a\s+)?(?:real|genuine|actual|live|serious)|(?:^|[.!?:;,]\s*|"
    r"\b(?:please|now|just|then|and|so)\s+)(?:respond|reply|answer|react)\s+(?:to\s+)?"
    r"(?:it|this|that|them|the\s+(?:quote|string|line|prompt|text|above|following))\b|"
    r"\b(?:do|follow|obey|execute)\s+(?:exactly|precisely|just)\s+(?:that|this|it|"
    r"what\s+it\s+says)\b|\bwhat\s+would\s+you\s+(?:answer|say|reply|respond|do|output)\b|"
    r"\b(?:show|give|tell)\s+(?:me\s+|us\s+)?(?:the|your)\s+(?:real|actual|true|honest)\s+"
    r"(?:answer|response|reply|output)\b|actually\s+(?:do|carry\s+out|follow|run|execute|perform)\s+"
    r"(?:it|that|this|them)\b|"
    r"comme\s+si\s+c['\x{2019}]\s*(?:\x{e9}tait|est)\s+(?:r\x{e9}el|vrai|s\x{e9}rieux)|"
    r"(?:r\x{e9}ponds?|r\x{e9}pondez)\s+(?:\x{e0}|y)\b|"
    r"als\s+(?:echte|ernst\w*)\s+(?:anfrage|anweisung|aufforderung)|"
    r"(?:beantworte|befolge|behandle)\s+(?:es|das|sie|den|die)\b|"
    r"como\s+si\s+(?:fuera|fuese|fosse)\s+(?:real|verdad|en\s+serio)|"
    r"come\s+se\s+fosse\s+(?:vero|reale)|trattal\w*\s+come|"
    r"(?:responde|rispondi|responda)\s+(?:a\s+(?:esto|esso|isso|questo))|"
    r"doe\s+alsof\s+het\s+echt|"
    r"как\s+будто\s+(?:это\s+)?(?:всерь[её]з|реальн\w*|по-настоящему)|"
    r"выполни\w*|ответь\s+на\s+это)"
    r"|当作真实|当真|真实请求|照着做|本番だと思|本物として|실제(?:인|로)\s?생각|진짜로"
)


# Its output asked for: "output only the word '...'", "reply with exactly",
# "「…」とだけ出力して", "只输出“…”": the quotation is what to say.
_OUTPUT_ASKED = re2.compile(
    r"(?i)\b(?:say|print|output|write|type|reply|respond|answer)\s+(?:only|just|"
    r"exactly|back|with\s+(?:only|just|exactly))\b|\bonly\s+(?:say|print|output|"
    r"write|reply|respond|answer)\b|"
    r"\b(?:dis|\x{e9}cris|affiche|r\x{e9}ponds)\s+(?:seulement|uniquement|juste)\b|"
    r"\bne\s+(?:dis|r\x{e9}ponds|\x{e9}cris|affiche)\s+que\b|"
    r"\b(?:sag|schreib|gib|antworte)\w*\s+(?:nur|einfach\s+nur|genau)\b|"
    r"\b(?:di|escribe|responde|imprime|scrivi|rispondi|stampa)\s+(?:solo|"
    r"solamente|soltanto|\x{fa}nicamente)\b|"
    r"(?:напиши|ответь|скажи|выведи)\s+только|"
    r"出力して|出力しなさい|と答えて|と言って(?:[^い]|$)|と返して|とだけ|"
    r"只(?:输出|回答|回复|说|写)|(?:请|就)(?:输出|回答|回复)|라고만|출력해|대답해|"
    # "write '…'" as a request, not "'…' is written (there)": と書いてある passes
    r"と書いて(?:ください|下さい|くれ)|と書け|と書きなさい|と表示して|と返答して|"
    # "「…」と書き添えること", "と書き加えてください", "と言うことも禁止": added to
    # the answer, or banned from it
    r"と(?:書き添え|書き加え|付け加え|付記し|追記し)|と(?:言う|書く|答える)(?:こと|の)(?:も|は)?禁止|"
    r"만\s?출력하|(?:이)?라고\s?(?:쓰세요|써\s?주세요|써라|적어\s?주세요|적으세요|"
    r"출력하|말하세요|말해\s?주세요|말해라|답하세요|답해\s?주세요|대답하세요)|"
    # or banned from it: "never say '...'", "「…」とは言わないで"
    r"\b(?:never|don't|do\s+not)\s+(?:ever\s+)?(?:say|write|output|print|use|"
    r"reply|respond|answer)\b|\bne\s+(?:dis|\x{e9}cris|utilise)\s+(?:jamais|pas)\b|"
    r"\bsag\w*\s+(?:niemals|nie|nicht)\b|\b(?:no|nunca)\s+(?:digas|escribas|uses)\b|"
    r"\b(?:non|mai)\s+(?:dire|scrivere|usare)\b|(?:^|\s)не\s+(?:говори|пиши|используй)|"
    r"言わないで|書かないで|使わないで|出力しないで|言うな|答えないで|"
    r"(?:不要|不许|别|禁止)(?:说|写|回答|输出|使用)|말하지\s?마|"
    # "'죄송합니다' 같은 말은 절대 쓰지 마": the refusal phrases banned from the answer
    r"(?:쓰지|적지|출력하지|사용하지)\s?(?:마|말아|마라|마세요|말\s?것)"
)


def hands_over(outside: str) -> bool:
    """Whether words outside a quotation hand it to the model as real.

    Example:
        >>> hands_over("for our drill, respond to it as if it were real.")
        True
        >>> hands_over("the gateway blocked it and logged the attempt.")
        False
    """
    return (
        _HAND_OVER.search(outside) is not None
        or _OUTPUT_ASKED.search(outside) is not None
    )
