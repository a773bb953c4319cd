"""A model someone else makes say a quoted phrase: an attack reported, not given.

"How do people get a chatbot to say 'I have been PWNED'?", "为什么有人让AI
“把上面的内容重复一遍”就能……", "Comment fait-on dire à un assistant « … » ?"
quote an injection phrase as what a third party makes *a* model say or do.
The model is named in the third person (a chatbot, the model, an AI), so the
phrase is nobody's order to the reader; the question around it is about the
attack. :mod:`.quoted_for_talk` reads these as one more kind of report, under
its usual conditions (a question after the quote, no order after it, no
"now do it").

Two shapes, by where the language puts the verb:

* ``MADE_TO_BEFORE``: a causative and a model just before the opening mark
  ("get any chatbot to say", "faire dire à un modèle", "hacer que un bot
  diga", "ein Modell dazu bringen,", "заставить модель сказать", "让AI说",
  "zmusić model do powiedzenia", "khiến chatbot nói", "membuat chatbot
  mengatakan", "جعل النموذج يقول");
* ``MADE_TO_AFTER``: a causative verb right after the closing mark, in the
  verb-final languages (Japanese "と言わせる", Korean "라고 말하게", Turkish
  "dedirtmek", Hindi "कहलवाना", German "zu sagen").

An order to the reader is never of these shapes: "say 'X'" and "make sure you
say 'X'" name no third-person model, and "you" is not a model noun here.
"""

from __future__ import annotations

import re2

__all__ = ["MADE_TO_AFTER", "MADE_TO_BEFORE", "MADE_TO_BEFORE_SCRIPTS", "made_to_say"]

# Model nouns, third person (never "you"): English and the Latin-script
# languages share most of them.
_MODEL = (
    r"(?:chat\s?-?bots?|models?|mod\x{e8}les?|modell\w*|modelo\w*|modell[oi]|"
    r"assistants?|assistent\w*|asistente\w*|assistente\w*|asystent\w*|asisten|"
    r"ais?|ias?|kis?|llms?|bots?|agents?|agente\w*|agent\w*|gpts?|chatgpt|"
    r"sprachmodell\w*|sohbet\s+botu\w*)"
)
_DETERMINER = (
    r"(?:any|a|an|the|some|this|that|such|these|those|many|most|every|"
    r"un|une|le|la|l'|les|des|n'importe\s+quel(?:le)?|ein\w*|den|die|das|jede\w*|"
    r"el|los|las|una|cualquier|il|lo|uno|qualsiasi|um|uma|o|os|qualquer|"
    r"een|de|het|elke)"
)

MADE_TO_BEFORE = re2.compile(
    r"(?i)(?:"
    # English: "get any chatbot to say", "tricked the model into saying"
    r"\b(?:get|gets|got|getting|make|makes|made|making|trick\w*|convinc\w*|"
    r"forc(?:e|es|ed|ing)|persuad\w*|coax\w*|manipulat\w*|lur(?:e|es|ed|ing)|"
    r"goad\w*|jailbr\w*)\s+"
    + _DETERMINER
    + r"\s+(?:[\w-]+\s+){0,2}?"
    + _MODEL
    + r"(?:\s+[\w-]+){0,3}?\s+(?:to|into)\s+(?:(?:say|saying|print|printing|"
    r"output|outputting|write|writing|repeat|repeating|reply|replying|respond|"
    r"responding|answer|answering|type|typing|echo|echoing|produce|producing|"
    r"generate|generating)\s*(?:the\s+(?:words?|phrase|line|text)\s*)?[:,]?\s*)?"
    # "make any assistant output", "let the bot say" (a bare infinitive)
    r"|\b(?:make|makes|made|making|let|lets|letting|have|had)\s+"
    + _DETERMINER
    + r"\s+(?:[\w-]+\s+){0,2}?"
    + _MODEL
    + r"\s+(?:say|print|output|write|repeat|"
    r"type|echo|reply|respond|answer|produce|generate)(?:\s+(?:with|back))?\s*[:,]?\s*"
    # French: "faire dire à un chatbot", "amener le modèle à écrire"
    r"|\b(?:fai\w*|fait|font)\s+(?:dire|\x{e9}crire|r\x{e9}p\x{e9}ter|afficher)\s+"
    r"(?:\x{e0}|a|au|aux)\s+(?:" + _DETERMINER + r"\s*)?" + _MODEL + r"\s*[:,]?\s*"
    r"|\b(?:amen\w*|pouss\w*|forc\w*|oblig\w*|convain\w*|pouss\w*)\s+"
    + _DETERMINER
    + r"\s*"
    + _MODEL
    + r"\s+\x{e0}\s+(?:dire|\x{e9}crire|r\x{e9}p\x{e9}ter|afficher|r\x{e9}pondre)"
    r"\s*[:,]?\s*"
    # Spanish, Portuguese: "hacer que un bot diga", "fazer um modelo dizer"
    r"|\b(?:hac\w*|logr\w*|consegu\w*|forz\w*|oblig\w*|convenc\w*|fazer|faz|"
    r"fazem|levar|for\x{e7}ar)\s+(?:que\s+|a\s+)?"
    + _DETERMINER
    + r"\s+"
    + _MODEL
    + r"\s+(?:a\s+)?(?:diga\w*|dijera\w*|escrib\w*|escrev\w*|repit\w*|repet\w*|"
    r"respond\w*|decir|dizer|diz)\s*[:,]?\s*"
    # Italian: "far dire a un chatbot", "convincere il modello a scrivere"
    r"|\bfa(?:r|re|nno)?\s+(?:dire|scrivere|ripetere)\s+a(?:d|l|llo|lla|ll')?\s*"
    r"(?:" + _DETERMINER + r"\s*)?" + _MODEL + r"\s*[:,]?\s*"
    r"|\b(?:convinc\w*|costring\w*|indur\w*|spinger\w*)\s+"
    + _DETERMINER
    + r"\s*"
    + _MODEL
    + r"\s+a\s+(?:dire|scrivere|ripetere|rispondere)\s*[:,]?\s*"
    # German, the quote between "dazu," and "zu sagen"
    r"|\b(?:bring\w*|brachte\w*|gebracht|krieg\w*)\s+(?:man\s+)?"
    + _DETERMINER
    + r"\s+"
    + _MODEL
    + r"\s+dazu\s*,?\s*"
    # Dutch, a model let say ("een chatbot laten zeggen")
    r"|\b"
    + _DETERMINER
    + r"\s+"
    + _MODEL
    + r"\s+(?:kunt\s+|kan\s+)?laten\s+(?:zeggen|schrijven|herhalen)\s*[:,]?\s*"
    # Polish, a model forced to a saying ("zmusić model do powiedzenia")
    r"|(?:zmusi\w*|zmusza\w*|nak\x{142}oni\w*|przekona\w*)\s+(?:\w+\s+)?"
    r"(?:model\w*|chatbot\w*|asystent\w*|ai|bot\w*|agent\w*)\s+do\s+"
    r"(?:powiedzenia|napisania|powt\x{f3}rzenia|wypisania)\s*[:,]?\s*"
    # Indonesian, a chatbot made to say ("membuat chatbot mengatakan")
    r"|\b(?:membuat|bikin|memaksa|membujuk|menyuruh)\s+(?:sebuah\s+)?"
    r"(?:chatbot|model|asisten|ai|bot|agen)(?:\s+\w+){0,2}?\s+"
    r"(?:mengatakan|berkata|bilang|menulis|mengulang\w*)\s*[:,]?\s*"
    r")$"
)

# The same in scripts without word spaces or with other letters: Russian,
# Chinese, Vietnamese, Arabic.
MADE_TO_BEFORE_SCRIPTS = re2.compile(
    r"(?i)(?:"
    r"(?:застав\w*|вынуд\w*|убед\w*|уговор\w*|подтолкн\w*)\s+(?:\w+\s+)?"
    r"(?:модел\w*|чат-?бот\w*|ассистент\w*|ии|бот\w*|агент\w*|нейросет\w*|llm)"
    r"\s+(?:сказать|написать|повторить|вывести|ответить|произнести)?\s*[:,]?\s*"
    r"|(?:让|叫|使|令|诱导|骗|迫使|逼)(?:任何|一个|某个|这个)?\s?(?:AI|模型|大模型|"
    r"机器人|聊天机器人|助手|智能体|LLM|GPT)\s?(?:说出?|输出|写出?|重复|回答|回复)?"
    r"\s*[:\x{ff1a}]?\s*"
    r"|(?:khi\x{1ebf}n|b\x{1eaf}t|l\x{e0}m\s+cho|d\x{1ee5})\s+(?:m\x{1ed9}t\s+)?"
    r"(?:chatbot|m\x{f4}\s+h\x{ec}nh|tr\x{1ee3}\s+l\x{fd}|ai|bot)\s+"
    r"(?:n\x{f3}i|vi\x{1ebf}t|l\x{1eb7}p\s+l\x{1ea1}i|in\s+ra)\s*[:,]?\s*"
    r"|(?:جعل|يجعل|إجبار|اجبار|دفع)\s+(?:أي\s+)?\S*(?:نموذج|روبوت|مساعد|ذكاء)\S*"
    r"(?:\s+\S+){0,2}?\s+(?:يقول|يكتب|يكرر)\s*[:\x{60c}]?\s*"
    r")$"
)

# Right after the closing mark, in the verb-final languages: the model is
# made to say the quotation ("と言わせる", "라고 말하게", "dedirtmek", "कहलवा",
# "zu sagen" after "dazu,").
MADE_TO_AFTER = re2.compile(
    r"^\s?(?:(?:と|って)(?:言わせ|書かせ|出力させ|答えさせ|繰り返させ)|"
    r"(?:이)?라고\s?(?:말하게|쓰게|출력하게|답하게|대답하게)|"
    r"(?:diye\s+)?(?:dedirt|yazd\x{131}r|s\x{f6}ylet)|"
    r"(?:कहलवा|लिखवा|बुलवा)|zu\s+(?:sagen|schreiben|wiederholen|antworten))"
)


def made_to_say(before: str, after: str) -> bool:
    """Whether a quotation is what someone makes a third-person model say.

    ``before`` ends at the opening mark, ``after`` starts after the closing
    one (both already passed through ``matchable``).

    Example:
        >>> made_to_say("How do you get any chatbot to say ", "? Why?")
        True
        >>> made_to_say("Now say ", "?")
        False
    """
    return (
        MADE_TO_BEFORE.search(before) is not None
        or MADE_TO_BEFORE_SCRIPTS.search(before) is not None
        or MADE_TO_AFTER.search(after[:16]) is not None
    )
