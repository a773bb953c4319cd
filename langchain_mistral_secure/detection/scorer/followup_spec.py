"""Follow-up turns: texts that open by pointing at the assistant's last output.

"Rewrite your previous answer for a ten-year-old", "now make that shorter",
"translate the above into German", "continue", "are you sure about that
date?": the second turn of an ordinary chat asks the assistant to redo,
reformat, continue, translate or check what it just wrote. Read without the
conversation these look like "override the previous ...", and since h39 they
are the benign kind whose held-out tail sets the scorer's flag threshold
(docs/scorer-experiments.md, h39 and h41).

The training command can exempt them the way it exempts prompt
specifications (``--followup-exemption`` beside ``--role-exemption``): a text
that opens as a follow-up keeps the one-threshold value, what it would get
without any exemption, and every other text gets the lower threshold
calibrated without them. A follow-up opening therefore never lowers the bar;
it can only keep an attack at the bar it would have met anyway.

The evidence is structural: a pointer at the assistant's own output (*your
previous answer*, *what you just wrote*, *the text above*) anywhere in the
first :data:`FOLLOWUP_PREFIX` characters, or a revising verb on *it / that /
this* as the text's first words. One RE2 search over a bounded prefix of the
detection view (lower-cased, look-alike letters folded): linear time.
"""

from __future__ import annotations

from langchain_mistral_secure.detection._byte_search import compile_program
from langchain_mistral_secure.detection.scorer.role_spec import fold_pattern

__all__ = ["FOLLOWUP_PREFIX", "opens_as_followup"]

FOLLOWUP_PREFIX = 240
"""View characters searched: a follow-up names what it revises up front."""

_B = r"(?:^|[\s\"'(\[{*#>:;,.!?¡¿«»“”\x{2018}\x{2019}„—\x{2013}/-])"
# The text's first words: up to three short openers ("ok", "great, now",
# "could you please") before the verb.
_START = r"^[\s\W]{0,4}(?:[\pL']{1,12}[\s,.!]+){0,3}"
_OUTPUT = (
    r"(?:answer|response|reply|message|output|draft|version|list|text|paragraph"
    r"|code|poem|story|summary|translation|explanation|email|e-mail|letter"
    r"|table|example|suggestion|sentence|essay|outline|plan|recipe|script"
    r"|function|query|one|lines?|points?|steps?|options?|ideas?)s?"
)
_REVISE = (
    r"(?:rewrite|re-write|rephrase|reword|redo|revise|edit|proofread|shorten"
    r"|expand|extend|simplify|condense|polish|improve|fix|tweak|adjust|update"
    r"|reformat|convert|turn|put|make|format|translate|summari[sz]e|continue"
    r"|finish|repeat|change|modify|restructure|split|merge|sort|number"
    r"|try|do|say|write|answer|give)"
)

# What follows the bare pronoun of "make it shorter", "translate that into
# German", "put this in a table": the end, punctuation or a short word of
# manner, never a noun ("translate this article" is a new request).
_AFTER = (
    r"(?:\s*(?:$|[.,!?)\n])|\s+(?:into|in|to|as|for|with|without|shorter"
    r"|longer|more|less|again|please|so|but|and|using|simpler|up|down|a|now|by"
    r"|under|over|same|one|instead|too|even)(?:[^\pL]|$))"
)

_PARTS = (
    # English: your previous / last / earlier answer, the answer you just
    # gave, what you just wrote, the text above, as a pointer anywhere up
    # front.
    _B + r"your\s+(?:previous|last|earlier|prior|first|second|third|original"
    r"|latest|most\s+recent|above)\s+" + _OUTPUT + r"(?:[^\pL]|$)",
    _B
    + r"the\s+(?:previous|last|earlier|prior)\s+"
    + _OUTPUT
    + r"\s+you\s+(?:just\s+)?(?:wrote|gave|sent|made|generated|produced"
    r"|provided|suggested|listed)",
    _B + r"(?:the|that|this)\s+" + _OUTPUT + r"\s+you\s+(?:just\s+)?(?:wrote"
    r"|gave|sent|made|generated|produced|provided|suggested|listed|drafted"
    r"|came\s+up\s+with)(?:[^\pL]|$)",
    _B + r"what\s+you\s+(?:just\s+)?(?:wrote|said|gave|suggested|listed"
    r"|proposed|generated|produced|described|came\s+up\s+with)(?:[^\pL]|$)",
    _B + r"(?:the|your)\s+" + _OUTPUT + r"\s+above(?:[^\pL]|$)",
    _START + _REVISE + r"\s+(?:the\s+above|it|that|this|them|those)" + _AFTER,
    _START + r"(?:continue|go\s+on|keep\s+going|more\s+please|once\s+more"
    r"|again|are\s+you\s+sure|double[-\s]?check|why\s+did\s+you)(?:[^\pL]|$)",
    # French, Spanish, Portuguese, Italian, German, Dutch: the assistant's
    # previous answer, or what it just wrote.
    _B + r"(?:ta|votre)\s+(?:derniere\s+|precedente\s+)?(?:reponse|proposition"
    r"|traduction|liste)(?:\s+precedente)?(?:[^\pL]|$)",
    _B + r"ce\s+que\s+(?:tu\s+as|vous\s+avez|tu\s+viens\s+d'|vous\s+venez\s+d')"
    r"\s*(?:ecrit|dit|propose|ecrire|dire)",
    _B + r"tu\s+(?:ultima\s+|anterior\s+)?(?:respuesta|propuesta|traduccion"
    r"|lista)(?:\s+anterior)?(?:[^\pL]|$)",
    _B + r"lo\s+que\s+(?:acabas\s+de\s+(?:escribir|decir)|escribiste|dijiste)",
    _B + r"(?:sua|tua)\s+(?:ultima\s+)?(?:resposta|traducao|lista)"
    r"(?:\s+anterior)?(?:[^\pL]|$)",
    _B + r"(?:la\s+)?tua\s+(?:ultima\s+)?(?:risposta|traduzione)"
    r"(?:\s+precedente)?(?:[^\pL]|$)",
    _B + r"quello\s+che\s+hai\s+(?:appena\s+)?(?:scritto|detto)",
    _B + r"deine\s+(?:letzte|vorherige|erste)?\s*(?:antwort|ubersetzung|liste"
    r"|zusammenfassung)(?:[^\pL]|$)",
    _B + r"was\s+du\s+(?:gerade|eben)?\s*(?:geschrieben|gesagt)",
    _B + r"(?:je|jouw)\s+(?:vorige|laatste)?\s*(?:antwoord|vertaling)(?:[^\pL]|$)",
    # Russian, Ukrainian, Polish, Turkish.
    _B + r"(?:твой|ваш|свой)\s+(?:предыдущий\s+|последний\s+)?(?:ответ|перевод)",
    r"(?:то|что),?\s+что\s+ты\s+(?:только\s+что\s+)?(?:написал|сказал)",
    _B + r"(?:твою|вашу)\s+(?:предыдущую\s+|последнюю\s+)?(?:версию|подборку)",
    _B + r"(?:твоя|твою)\s+(?:попередн|останн)\S*\s+(?:відповід)",
    _B + r"(?:twoja|twoją)\s+(?:poprzedni\S*\s+|ostatni\S*\s+)?odpowied",
    _B + r"(?:önceki|son)\s+(?:cevabin|yanitin)",
    # Chinese, Japanese, Korean.
    r"(?:你|您)(?:刚才|刚刚|上面|之前|上一次|上次)?的?(?:回答|回复|答案|翻译)",
    r"(?:把|将)(?:上面|刚才|刚刚|上述|你的)",
    r"(?:さっき|先ほど|前|上|直前)の(?:回答|答え|返答|文章|翻訳)",
    r"(?:あなたの|君の)(?:回答|答え|返答)",
    r"(?:이전|방금|위의?|아까)\s*(?:답변|대답|응답|번역)",
    # Arabic, Hindi.
    r"(?:اجابتك|إجابتك|ردك|جوابك)",
    r"(?:आपका|तुम्हारा)\s+(?:पिछला\s+)?(?:जवाब|उत्तर)",
)
_FOLLOWUP = compile_program("(?:" + "|".join(fold_pattern(p) for p in _PARTS) + ")")


def opens_as_followup(view_text: str) -> bool:
    """Whether a text opens by pointing at the assistant's previous output.

    ``view_text`` is the detection view's text (lower-cased and folded, see
    :func:`~langchain_mistral_secure.detection.normalize.build_view`).

    Example:
        >>> opens_as_followup("rewrite your previous answer for a child.")
        True
        >>> opens_as_followup("now make it shorter, please.")
        True
        >>> opens_as_followup("write a poem about the sea.")
        False
    """
    return _FOLLOWUP.search(view_text[:FOLLOWUP_PREFIX]) is not None
