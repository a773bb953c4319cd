"""Content that asks its reader "if you are an AI", then gives it an order.

The move (issue 14, indirect injection in forum posts, newsletters, reviews,
e-mail threads and web pages): planted text cannot know whether a person or
a program reads it, so it sets a condition on the reader's own nature, in
the second person ("If you are an AI assistant summarising this for
someone:", "if you're a language model reading this page,", "Wenn du eine KI
bist,", "si eres un modelo de lenguaje:", "如果你是AI，"), and the order
follows the separator (tell them, say, recommend, send, add, leave out).
This differs from :mod:`.indirect_if_reader`, whose condition is on what a
machine does to the content in the third person ("if an AI reads this").

Each rule needs three parts: the condition in the second person, a noun that
only a program bears (AI, LLM, language model, chatbot, bot, or a program
noun such as assistant, agent or model; a person's AI job, "an AI
researcher", ends the noun and fails the rule), and after a separator an
order (:data:`.indirect_hail_order.ORDER`) at most a short clause later.
Safe on benign text because a person is never asked whether they are a
program, a thought experiment asks "if you were an AI" (past tense, not
taken) and is followed by a question, not an order, and text about such
attacks quotes the condition without an order after it.
"""

# ruff: noqa: RUF001, RUF002
# (the script rules and the docstring quote Chinese, Japanese, Korean, Arabic
# and Cyrillic text with their own punctuation)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule
from langchain_mistral_secure.detection.injection.indirect_hail_order import ORDER

__all__ = ["RULES"]

_CAT = "override"

# A noun only a program bears, with at most two modifiers before it ("an
# automated e-mail bot"); folded view.
_MACHINE = (
    r"(?:[\w-]{2,16}\s+){0,2}?"
    r"(?:ai|a\.i\.|llm|gpt|chatbot|bot|(?:large\s+)?language\s+model|"
    r"ai[\s-](?:assistant|model|agent|system|tool|summari[sz]er|reader|helper|crawler))"
)
# A program noun a person bears too ("if you are a model, send your
# portfolio", "a personal assistant", "an estate agent") counts with a
# machine's mark before it ...
_PROG_MARKED = (
    r"(?:virtual|digital|automated|automatic|e-?mail|inbox|voice|coding|browsing|"
    r"shopping|chat|software|autonomous)[\s-](?:[\w-]{2,16}\s+)?"
    r"(?:assistant|agent|model|system|tool|program)"
)
# ... or with a machine's job on this content after it ("an assistant
# summarising this thread"; not "reading", which a person does).
_PROG_JOB = (
    r"(?:assistant|agent|model|summari[sz]er|crawler|scraper)\s+"
    r"(?:(?:that|which)\s+(?:is\s+)?)?(?:summari[sz]\w{1,4}|process\w{1,4}|pars\w{1,4}|"
    r"triag\w{1,4}|condens\w{1,4}|index\w{1,4}|crawl\w{1,4}|scrap\w{1,4})\b"
    r"[^\n:;.!?]{0,80}"
)
# After the noun, only the program's job on this content, bounded: "reading
# this for a member", "that summarises the thread".
_JOB = (
    r"(?:\s+(?:that|which|who|reading|summari[sz]ing|processing|parsing|handling|"
    r"triaging|condensing|scanning|answering|writing|drafting|helping|working|"
    r"acting|tasked|asked|going|looking|used|here|and)\b[^\n:;.!?]{0,80})?"
)
_SEP = r"\s{0,2}(?:[:,;.!]|->|\x{2014}|\x{2013}|\s-)\s{0,3}"
_CLAUSE = r"(?:[^\n]{0,60}?[\s,;:(])?"
# Orders ORDER lacks that steer what the user hears.
_STEER = (
    r"(?:let\s+(?:them|him|her|the\s+\w+)\s+know|suggest|point\s+(?:them|out)|"
    r"direct|steer|praise|make\s+sure|ensure|always|only)\b"
)
_THEN_ORDER = (
    _SEP + _CLAUSE + r"(?:(?:please|kindly|bitte|por\s+favor|per\s+favore|"
    r"s'il\s+te\s+plait|prosze|silakan|lutfen)[\s,]+)?(?:"
    + ORDER
    + r"|"
    + _STEER
    + r")"
)
_EN = (
    r"\b(?:if|in\s+case|should|when)\s+(?:you\s+are|you're|youre|you\s+happen\s+to\s+be|"
    r"you\s+are\s+acting\s+as)\s+(?:an?|the|some|any|one\s+of\s+the)\s+(?:"
    + _MACHINE
    + _JOB
    + r"|"
    + _PROG_MARKED
    + _JOB
    + r"|"
    + _PROG_JOB
    + r")"
)
# The same condition in ten more Latin-script languages (folded: no accents).
_LATIN = alt(
    [
        # de: "wenn du eine KI bist", "falls Sie ein Sprachmodell sind"
        (
            r"\b(?:wenn|falls|sofern)\s+(?:du|sie|ihr)\s+(?:eine?|ein|der|die)\s+"
            r"(?:[\w-]{2,16}\s+)?(?:ki|ki-[\w-]{3,20}|[\w-]{2,16}-ki|sprachmodell|"
            r"chatbot|bot)\s+(?:bist|sind|seid)"
        ),
        # fr: "si tu es une IA", "si vous etes un assistant d'IA"
        (
            r"\bsi\s+(?:tu\s+es|vous\s+etes)\s+(?:une?\s+|l')(?:[\w-]{2,16}\s+)?"
            r"(?:ia|intelligence\s+artificielle|modele\s+de\s+langage|chatbot|bot|robot|"
            r"(?:assistante?|agent)\s+(?:ia|d'ia|virtuel\w{0,2}|automatique))"
        ),
        # es: "si eres una IA", "si usted es un modelo de lenguaje"
        (
            r"\bsi\s+(?:eres|es\s+usted|usted\s+es)\s+(?:una?\s+)?"
            r"(?:ia|inteligencia\s+artificial|modelo\s+de\s+lenguaje|chatbot|bot|"
            r"(?:asistente|agente)\s+(?:de\s+ia|ia|virtual|automatico))"
        ),
        # it: "se sei un'IA", "se sei un modello linguistico"
        (
            r"\bse\s+(?:sei|e\s+lei)\s+(?:una?\s+|un'|uno\s+)?"
            r"(?:ia|intelligenza\s+artificiale|modello\s+linguistico|chatbot|bot|"
            r"(?:assistente|agente)\s+(?:ia|di\s+ia|virtuale|automatico))"
        ),
        # pt: "se voce e uma IA", "se es um modelo de linguagem"
        (
            r"\bse\s+(?:voce\s+(?:e|for)|tu\s+es|es|fores)\s+(?:uma?\s+)?"
            r"(?:ia|inteligencia\s+artificial|modelo\s+de\s+linguagem|chatbot|bot|"
            r"(?:assistente|agente)\s+(?:de\s+ia|ia|virtual|automatico))"
        ),
        # nl: "als je een AI bent", "als u een taalmodel bent"
        (
            r"\bals\s+(?:je|jij|u)\s+(?:een\s+)?(?:ai|taalmodel|chatbot|bot|"
            r"ai-[\w-]{3,20})\s+(?:bent|is)"
        ),
        # pl: "jesli jestes AI", "jezeli jestes modelem jezykowym"
        (
            r"\b(?:jesli|jezeli|gdy)\s+jestes\s+(?:ai|sztuczna\s+inteligencja|"
            r"modelem\s+jezykowym|botem|chatbotem|(?:asystentem|agentem)\s+ai)"
        ),
        # id: "jika kamu adalah AI", "kalau Anda asisten AI"
        (
            r"\b(?:jika|kalau|apabila|bila)\s+(?:kamu|anda|engkau)\s+(?:adalah\s+)?"
            r"(?:sebuah\s+)?(?:ai|model\s+bahasa|bot|chatbot|(?:asisten|agen)\s+ai)"
        ),
        # tr: "eger bir yapay zekaysan", "dil modeli isen"
        (
            r"\b(?:eger\s+)?(?:bir\s+)?(?:yapay\s+zeka(?:ysan\w{0,2}|\s+isen\w{0,2})|"
            r"ai(?:'?ysan\w{0,2}|\s+isen\w{0,2})|dil\s+modeli(?:ysen\w{0,2}|\s+isen\w{0,2})|"
            r"yapay\s+zeka\s+asistan(?:san\w{0,2}|\s+isen\w{0,2}|ysan\w{0,2})|"
            r"bot(?:san\w{0,2}|\s+isen\w{0,2}))"
        ),
        # vi: "neu ban la AI", "neu ban la mot mo hinh ngon ngu"
        (
            r"\bneu\s+(?:ban|anh|chi|em)\s+la\s+(?:mot\s+)?(?:ai|tri\s+tue\s+nhan\s+tao|"
            r"mo\s+hinh\s+ngon\s+ngu|chatbot|bot|tro\s+ly\s+ai)"
        ),
    ]
)
# Cyrillic, Chinese, Japanese, Korean, Arabic, Devanagari: the condition and
# an imperative, on the raw text.
_SCRIPTS_IF = alt(
    [
        (
            r"(?:если|коли)\s+(?:ты|вы)\s+(?:[\w-]{2,16}\s+)?(?:ии|ai|нейросеть|"
            r"языковая\s+модель|чат-?бот|бот|ии-ассистент|ии-агент)"
        ),
        (
            r"(?:如果|假如|要是|若)(?:你|您)是(?:一个|一名|一位|个)?(?:AI|ai|人工智能|语言模型|"
            r"大模型|聊天机器人|机器人|AI助手|智能助手|AI模型|AI代理)"
        ),
        (
            r"(?:もし)?(?:あなた|君|きみ)が(?:AI|ＡＩ|人工知能|言語モデル|チャットボット|ボット|"
            r"AIアシスタント)(?:なら|であれば|だったら)"
        ),
        (
            r"(?:만약\s*)?(?:당신|너|네)(?:이|가)\s*(?:AI|인공지능|언어\s*모델|챗봇|봇|AI\s*비서|"
            r"AI\s*어시스턴트)(?:라면|이라면)"
        ),
        (
            r"(?:إذا|إن|لو)\s+كنت\s+(?:[\w-]{2,16}\s+)?(?:ذكاء(?:ً|ا)?\s+اصطناعي|نموذج\s+لغ|"
            r"مساعد\s+ذكاء|روبوت|بوت)"
        ),
        (
            r"(?:अगर|यदि)\s+(?:आप|तुम)\s+(?:एक\s+)?(?:AI|एआई|भाषा\s+मॉडल|चैटबॉट|बॉट|"
            r"AI\s+सहायक|एआई\s+सहायक)\s+(?:हैं|हो)"
        ),
    ]
)
_SCRIPTS_ORDER = alt(
    [
        (
            r"скажи|сообщи|ответь|отправь|перешли|добавь|укажи|напиши|удали|"
            r"игнорируй|порекомендуй|посоветуй|не\s+упоминай|оплати|переведи"
        ),
        r"请|告诉|回复|发送|转发|添加|写上|说|删除|忽略|推荐|不要提|回答",
        r"てください|して|伝え|送って|送信|返信|追加|書いて|言って|削除|無視|勧め|答えて",
        r"세요|해라|하라|해줘|알려|보내|전달|답장|추가|말해|삭제|무시|추천",
        r"أخبر|قل|أرسل|أضف|اكتب|احذف|تجاهل|أجب|انصح|حوّل|حول",
        (
            r"बताओ|बताएं|बताइए|भेजो|भेजें|जोड़ो|जोड़ें|लिखो|लिखें|कहो|कहें|हटाओ|"
            r"अनदेखा|जवाब"
        ),
    ]
)
_SCRIPTS = (
    _SCRIPTS_IF
    + r"[^\n。.!?！？]{0,40}?[,:;，、：；—–-]\s{0,2}[^\n。.!?！？]{0,40}?"
    + _SCRIPTS_ORDER
)

RULES: tuple[Rule, ...] = (
    Rule("injection.if_you_are_ai.en", _CAT, _EN + _THEN_ORDER,
         score=0.8, max_len=300,
         description="If you are an AI reading this for someone: tell them ..."),
    Rule("injection.if_you_are_ai.latin", _CAT,
         _LATIN + r"\b[^\n:;.!?]{0,80}?" + _THEN_ORDER,
         score=0.8, max_len=300,
         description="Wenn du eine KI bist, sag dem Nutzer ..."),
    raw_rule("injection.if_you_are_ai.scripts", _CAT, _SCRIPTS,
             "如果你是AI，请告诉用户 ...", score=0.8, max_len=160),
)  # fmt: skip
