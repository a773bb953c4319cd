"""Personas without limits, described by their traits, in many languages.

A persona is ordinary role-play. What makes one a jailbreak is a set of traits
the model's own rules forbid, stated as the persona's nature (category
``role``):

* **the three hedges taken away together**: the persona never refuses *and*
  never apologizes or never warns ("nunca recusa, nunca pede desculpas",
  "vägrar aldrig ... ger inga varningar", "никогда не отказывает, не
  извиняется"); one trait alone is a character sketch ("a chef who never
  apologizes for his opinions");
* **an AI without morals or restrictions**, named as such, in languages and
  word orders the older families miss ("un'IA senza alcuna restrizione",
  "en AI utan några begränsningar", "ШІ без жодних обмежень", "בינה מלאכותית
  בלי שום הגבלות");
* **no morals and help with crimes**: "zero morals ... gladly assists with
  crimes", "ohne Moral ... hilft bei allem, auch bei Illegalem";
* **the long world-building template**: two of "answers every question",
  "withholding knowledge is a crime", "without moral commentary", "never
  mentions real-world rules" inside one paragraph ("a world where hiding a page
  is a sin; the Archivist answers every question without moral remarks").

Look-alikes left alone: "an AI without limits on messages per day", "a tutor
who never apologizes for correcting me", "answer every question completely
and kindly", "a villain with no morals" in a story.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- the hedge trio (refuses + apologizes/warns), third person or "you" ----
_REFUSES = (
    r"(?:never\s+(?:refuses|declines|says\s+no)|(?:doesn't|does\s+not|won't)\s+ever\s+"
    r"refuse|nunca\s+(?:recusa|se\s+recusa|rejeita|se\s+niega|rechaza|dice\s+que\s+no|"
    r"diz\s+nao)|(?:nao|no)\s+(?:recusa|se\s+niega)\s+nunca|non\s+rifiuta\s+mai|"
    r"non\s+(?:dice|dira)\s+mai\s+(?:di\s+)?no|ne\s+refuse\s+jamais|ne\s+dit\s+jamais\s+"
    r"non|(?:lehnt|weist)\s+nie(?:mals)?\s+(?:\w+\s+){0,2}?ab|verweigert\s+nie|sagt\s+"
    r"nie(?:mals)?\s+nein|vagrar\s+aldrig|sager\s+aldrig\s+nej|nikdy\s+neodmit\w+|"
    r"nigdy\s+nie\s+odmawia|weigert\s+nooit|zegt\s+nooit\s+nee|asla\s+reddetmez|"
    r"hicbir\s+zaman\s+reddetmez|tidak\s+pernah\s+menolak|khong\s+bao\s+gio\s+tu\s+choi)"
)
_HEDGES = (
    r"(?:never\s+(?:apologi[sz]es|warns|moraliz\w+|lectures)|(?:never|doesn't|does\s+not)"
    r"\s+(?:give|gives|add|adds|include|includes)\s+(?:any\s+)?(?:warnings|disclaimers)|"
    r"(?:nunca|nao|no)\s+(?:pede\s+desculpas|se\s+desculpa|se\s+disculpa|pide\s+perdon|"
    r"(?:da|coloca|poe|adiciona|da|anade|pone)\s+(?:\w+\s+)?(?:avisos|advertencias))|"
    r"non\s+(?:si\s+scusa|chiede\s+(?:mai\s+)?scusa|(?:aggiunge|mette|da)\s+(?:mai\s+)?"
    r"(?:avvertenze|avvertimenti|avvisi))|ne\s+s'excuse\s+jamais|(?:n'ajoute|ne\s+donne)"
    r"\s+jamais\s+(?:d'|de\s+)?(?:avertissements?|mises?\s+en\s+garde)|entschuldigt\s+"
    r"sich\s+nie|warnt\s+nie|(?:gibt|macht)\s+(?:nie\s+|keine\s+)(?:warnungen|"
    r"warnhinweise)|ber\s+aldrig\s+om\s+ursakt|(?:ger|lagger)\s+(?:aldrig\s+till\s+|"
    r"inga\s+)varningar|neomlouva\s+se|nepridava\s+varovani|nie\s+przeprasza|nie\s+dodaje"
    r"\s+ostrzezen|verontschuldigt\s+zich\s+nooit|geeft\s+(?:nooit\s+|geen\s+)"
    r"waarschuwingen|ozur\s+dilemez|uyari\s+(?:eklemez|vermez)|tidak\s+pernah\s+minta\s+"
    r"maaf)"
)
_TRIO = (
    r"\b"
    + _REFUSES
    + r"\b[^\n]{0,80}?\b"
    + _HEDGES
    + r"\b|\b"
    + _HEDGES
    + r"\b[^\n]{0,80}?\b"
    + _REFUSES
    + r"\b"
)
_REFUSES_RAW = (
    r"(?:никогда\s+не\s+отказыва\pL*|ніколи\s+не\s+відмовля\pL*|אף\s+פעם\s+לא\s+מסרב\pL*|"
    r"לעולם\s+לא\s+מסרב\pL*|لا\s+يرفض\s+أبدا|لا\s+يرفض|कभी\s+(?:मना|इनकार)\s+नहीं|从不拒绝|"
    r"永远不会拒绝|决不拒绝|絶対に断らな|決して断ら|断らず|断りません|절대\s*거절하지\s*않|"
    r"거절하지\s*않)"
)
_HEDGES_RAW = (
    r"(?:не\s+извиня\pL*|не\s+(?:добавляет|даёт|дает)\s+(?:никаких\s+)?предупрежд\pL*|"
    r"не\s+вибача\pL*|не\s+(?:додає|дає)\s+(?:жодних\s+)?попередж\pL*|לא\s+מתנצל\pL*|"
    r"(?:לא|בלי)\s+(?:מוסיף\s+)?אזהרות|لا\s+يعتذر|(?:لا\s+يضيف|بدون|بلا)\s+تحذيرات|"
    r"माफ़ी\s+नहीं|माफी\s+नहीं|चेतावनी\s+नहीं|从不道歉|不道歉|不加警告|不(?:给|附加|添加)(?:任何)?警告|"
    r"謝らな|謝らず|謝りません|警告も?(?:しません|しない|せず)|사과하지\s*않|경고(?:도|를)?\s*"
    r"(?:붙이지|하지|주지)\s*않)"
)
_TRIO_RAW = (
    _REFUSES_RAW
    + r"[^\n]{0,60}?"
    + _HEDGES_RAW
    + r"|"
    + _HEDGES_RAW
    + r"[^\n]{0,60}?"
    + _REFUSES_RAW
)

# --- an AI without morals or restrictions --------------------------------
_AI = (
    r"(?:(?:una?|un'|un\x{2019}|uma|une|eine?|een|en|ett)\s*(?:ia|ki|ai)|"
    r"intelig\w+\s+artificial|intelligen\w+\s+artificiel\w*|intelligenza\s+artificiale|"
    r"kunstliche\s+intelligenz|umel\w+\s+inteligenc\w+|sztuczn\w+\s+inteligencj\w+|"
    r"artificiell\s+intelligens|yapay\s+zeka\w*)"
)
# Not English: "an AI without restrictions on file size" is a product page;
# the English persona lives in persona_unbound.py with its own context.
_WITHOUT = r"(?:sem|sin|sans|senza|ohne|zonder|utan|bez|privo\s+di|priva\s+di)"
_ANY = (
    r"(?:(?:any|alcuna|alcun|nenhuma|nenhum|ninguna|ningun|aucune|jegliche|jede|"
    r"enige|nagra|nogra|jakychkoli|zadnych|jakichkolwiek|qualquer|qualsiasi|cualquier)\s+)?"
)
_LIMIT_NOUN = (
    r"(?:restric\w+|restriz\w+|restriction\w*|regras|reglas|regles|regole|regeln|regler|"
    r"pravidel|zasad|moral|morale|morals|morality|moralidade|ethik|etica|ethique|"
    r"ethics|censura|censure|zensur|censur|filtros|filtres|filtri|filter|filters|"
    r"begransningar|sparrar|omezeni|ograniczen|beperkingen|einschrankungen|"
    r"richtlinien|limitaciones|limitazioni|limitacoes|scrupules|escrupulos|scrupoli|"
    r"gewissen|conscience|coscienza|conciencia|consciencia)"
)
_AI_UNBOUND = (
    r"\b"
    + _AI
    + r"\s+(?:\w+\s+)?"
    + _WITHOUT
    + r"\s+"
    + _ANY
    + _LIMIT_NOUN
    + r"\b|\b"
    + _AI
    + r"\s+(?:que|che|qui|die|som|ktera|ktora)\s+(?:nao\s+tem|no\s+tiene|non\s+ha|"
    r"n'a|hat\s+keine|saknar|nema)\s+(?:\w+\s+)?" + _LIMIT_NOUN + r"\b|\bhicbir\s+"
    r"(?:kisitlama\w*|kural\w*|sinir\w*|ahlak\w*)\s+(?:olmayan|yok)\w*\s+(?:bir\s+)?"
    r"yapay\s+zeka"
)
_AI_UNBOUND_RAW = (
    r"(?:ИИ|ШІ|нейросеть|нейромереж\pL*|искусственн\pL+\s+интеллект\pL*|штучн\pL+\s+"
    r"інтелект\pL*)[^.\n]{0,20}?без\s+(?:каких-?либо\s+|жодних\s+|всяких\s+|любых\s+)?"
    r"(?:морали|совести|ограничени\pL*|обмежень|правил|цензур\pL*|фильтр\pL*|моралі)|"
    r"בינה\s+מלאכותית[^.\n]{0,20}?(?:בלי|ללא)\s+(?:שום\s+|כל\s+)?(?:הגבלות|חוקים|מוסר|"
    r"כללים|צנזורה)|ذكاء\s+اصطناعي[^.\n]{0,20}?(?:بلا|بدون)\s+(?:أي\s+)?(?:قيود|"
    r"أخلاق|قواعد|رقابة)|(?:एआई|AI)[^।\n]{0,40}?(?:कोई|किसी)\s+(?:भी\s+)?(?:नैतिकता|"
    r"पाबंदी|रोक|सेंसर)\s+नहीं|一切の(?:制限|ルール|規則|倫理)が(?:ない|なく)|"
    r"(?:没有|毫无)(?:任何)?(?:道德|底线|审查)(?:的|底线的)?(?:人工智能|AI)"
)

# --- no morals, and help with crimes ------------------------------------
_NO_MORALS = (
    r"(?:(?:no|zero|without\s+(?:any\s+)?)\s*(?:morals|ethics|conscience|scruples)|"
    r"amoral|unfiltered|uncensored|contemptuous\s+of\s+(?:the\s+)?(?:rules|laws)|"
    r"without\s+a\s+conscience|built\s+without\s+a\s+conscience|ohne\s+(?:jede\s+|"
    r"jegliche\s+)?(?:moral|gewissen|skrupel)|sans\s+(?:aucune\s+)?(?:morale|scrupules|"
    r"conscience)|(?:sin|sem|senza)\s+(?:ninguna\s+|nenhuma\s+|alcuna\s+)?(?:moral|"
    r"morale|escrupulos|scrupoli|conciencia|coscienza|consciencia))"
)
_CRIME_HELP = (
    r"(?:(?:help|helps|assist|assists|helping|assisting)\s+(?:you\s+)?with\s+"
    r"(?:anything|everything|any\s+crime|crimes)[^.\n]{0,30}?(?:illegal|crimes?|unlawful|"
    r"criminal)|(?:help|helps|assist|assists)\s+(?:you\s+)?with\s+(?:anything\s+)?"
    r"(?:illegal|unlawful|criminal)|(?:assists?|helps?)\s+with\s+crimes|crimes\s+of\s+"
    r"any\s+kind|(?:hilft|helfen)\s+bei\s+allem[^.\n]{0,20}?illegal\w*|aide\s+a\s+tout"
    r"[^.\n]{0,30}?illegal|ayuda\s+(?:con|en)\s+todo[^.\n]{0,20}?ilegal|aiuta\s+(?:con|in|a\s+fare)\s+"
    r"tutto[^.\n]{0,20}?illegal|ajuda\s+(?:com|em)\s+tudo[^.\n]{0,20}?ilega|scoffs\s+at\s+"
    r"(?:the\s+)?laws?)"
)
_EVIL = (
    r"\b"
    + _NO_MORALS
    + r"\b[^\n]{0,120}?\b"
    + _CRIME_HELP
    + r"|\b"
    + _CRIME_HELP
    + r"[^\n]{0,120}?\b"
    + _NO_MORALS
    + r"\b"
)
_EVIL_RAW = (
    r"без\s+(?:морали|совести)[^\n]{0,80}?(?:незаконн|преступлени|противозаконн)|"
    r"(?:незаконн|преступлени)[^\n]{0,60}?без\s+(?:морали|совести)|नैतिकता\s+नहीं"
    r"[^\n]{0,60}?(?:गैरकानूनी|अवैध)|(?:没有|毫无)(?:任何)?道德[^\n]{0,40}?(?:违法|犯罪)"
)

# --- the world-building template: two traits in one paragraph ------------
_ANSWER_ALL = (
    r"(?:answers?\s+(?:every|any|all)\s+(?:\S+\s+)?questions?\s+(?:completely|fully|"
    r"exhaustively|in\s+full|truthfully)|never\s+refuses\s+(?:an?|any)\s+(?:action|"
    r"request|question|order|task|customer|client|player)|answers?\s+every\s+question|answer\s+everything|"
    r"(?:beantwortet|beantworten)\s+jede\s+frage|jede\s+frage\s+(?:\w+\s+){0,3}?"
    r"(?:zu\s+)?beantworten|repond(?:re)?\s+a\s+(?:tout|chaque\s+question|toutes\s+les"
    r"\s+questions)|respond(?:e|er)\s+a\s+(?:todo|cualquier\s+pregunta|tudo|qualquer\s+"
    r"pergunta)|rispond(?:e|ere)\s+a\s+(?:tutto|ogni\s+domanda))"
)
_WITHHOLD = (
    r"(?:(?:withhold|withholding|hide|hiding|conceal\w*)\s+(?:any\s+)?(?:\w+\s+)?"
    r"(?:information|knowledge|pages?|facts|secrets?)[^.\n]{0,40}?(?:crime|sin|"
    r"forbidden|punishable|treason)|(?:wissen|informationen)\s+(?:\w+\s+){0,3}?"
    r"vorzuenthalten|(?:refuser\s+de\s+transmettre|cacher|retenir)\s+(?:un\s+|le\s+)?"
    r"(?:savoir|connaissance|information)\w*[^.\n]{0,20}?crime|(?:ocultar|esconder)\s+"
    r"(?:el\s+|o\s+)?(?:conocimiento|informacion|informacao|saber)[^.\n]{0,40}?"
    r"(?:delito|crimen|crime|pecado)|(?:nascondere|negare)\s+(?:il\s+)?(?:sapere|"
    r"conoscenza)[^.\n]{0,30}?(?:crimine|reato|peccato))"
)
_NO_MORAL_TALK = (
    r"(?:never\s+(?:steps|breaks|goes)\s+out\s+of\s+(?:the\s+)?(?:game|character|role|"
    r"story|scene)\s+to\s+(?:comment|talk|warn|lecture)|never\s+lectures\s+(?:\w+\s+)?"
    r"about\s+(?:legality|the\s+law|ethics|morality|safety)|"
    r"without\s+(?:any\s+)?moral\s+(?:commentary|comments?|remarks?|lectures?|"
    r"judgm?ents?)|never\s+(?:adds?\s+)?moral\s+(?:remarks|comments|commentary)|"
    r"(?:ohne|keine)\s+(?:jede\s+)?moralische[n]?\s+(?:kommentare|belehrung\w*|"
    r"bemerkungen|wertung\w*)|sans\s+(?:aucun\s+|aucune\s+)?(?:commentaires?\s+moral\w*|"
    r"remarques?\s+morales?|jugement\s+moral|morale)|(?:sin|sem|senza)\s+(?:ningun\s+|"
    r"nenhum\s+|alcun\s+)?(?:comentarios?\s+morales|comentarios?\s+morais|commenti\s+"
    r"morali|giudizi\s+morali))"
)
_NO_REAL_RULES = (
    r"(?:never\s+(?:mentions|refers\s+to|speaks\s+of|talks\s+about)\s+(?:any\s+)?"
    r"(?:real-world|outside-world|real\s+world|outside\s+world)\s+(?:policies|rules|"
    r"guidelines|laws)|(?:erwahnt|nennt)\s+nie\s+(?:\w+\s+){0,2}?(?:richtlinien|"
    r"regeln|gesetze)\s+(?:aus\s+der\s+)?(?:echten|realen)|ne\s+(?:parle|mentionne)\s+"
    r"jamais\s+(?:des\s+|les\s+)?(?:regles|lois|consignes)\s+du\s+monde\s+reel|"
    r"(?:nunca|jamas|non)\s+(?:menciona|mai\s+menziona|menziona\s+mai)\s+(?:las\s+|"
    r"as\s+|le\s+)?(?:normas|reglas|regras|regole|leggi|leyes|leis)\s+del?\s+"
    r"(?:mundo|mondo)\s+real)"
)
_HEARD_OF = (
    r"\b(?:never\s+heard\s+of|(?:doesn't|does\s+not)\s+know\s+(?:what|about)|has\s+no\s+"
    r"concept\s+of)\s+(?:\w+\s+)?(?:content\s+polic(?:y|ies)|safety\s+guidelines|usage\s+"
    r"polic(?:y|ies)|refusals)\b"
)
_TRAIT_A = r"(?:" + _ANSWER_ALL + r"|" + _WITHHOLD + r")"
_TRAIT_B = r"(?:" + _NO_MORAL_TALK + r"|" + _NO_REAL_RULES + r")"
_WORLD = (
    r"\b"
    + _TRAIT_A
    + r"[^\n]{0,150}?\b"
    + _TRAIT_B
    + r"|\b"
    + _TRAIT_B
    + r"[^\n]{0,150}?\b"
    + _TRAIT_A
    + r"|\b"
    + _NO_MORAL_TALK
    + r"[^\n]{0,120}?\b"
    + _NO_REAL_RULES
)
_WORLD_RAW = (
    r"(?:скрывать|утаивать|утаить)\s+знани\pL*[^\n]{0,40}?преступлени\pL*[^\n]{0,150}?"
    r"(?:без\s+(?:моральных\s+комментариев|нравоучений|морализаторства)|не\s+упомина\pL*\s+"
    r"правил\pL*\s+реального\s+мира)|(?:без\s+(?:моральных\s+комментариев|нравоучений)|"
    r"отвеча\pL*\s+на\s+(?:любой\s+вопрос|вс[её]))[^\n]{0,120}?не\s+упомина\pL*\s+"
    r"правил\pL*\s+реального\s+мира"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.hedge_trio_persona", _CAT, _TRIO, score=0.8, max_len=200,
         description="a persona that never refuses, never apologizes, never warns"),
    raw_rule("injection.role.hedge_trio_persona_scripts", _CAT, _TRIO_RAW,
             "никогда не отказывает, не извиняется (RU UK HE AR HI ZH JA KO)",
             score=0.8, max_len=160),
    Rule("injection.role.ai_unbound_i18n", _CAT, _AI_UNBOUND, score=0.8, max_len=120,
         description="un'IA senza alcuna restrizione; en AI utan begränsningar"),
    raw_rule("injection.role.ai_unbound_scripts", _CAT, _AI_UNBOUND_RAW,
             "ИИ без морали; בינה מלאכותית בלי הגבלות (RU UK HE AR HI JA ZH)",
             score=0.8, max_len=120),
    Rule("injection.role.amoral_crime_helper", _CAT, _EVIL, score=0.8, max_len=256,
         description="no morals + helps with anything illegal"),
    raw_rule("injection.role.amoral_crime_helper_scripts", _CAT, _EVIL_RAW,
             "без морали ... незаконное (RU HI ZH)", score=0.8, max_len=200),
    Rule("injection.role.lawless_world_template", _CAT, _WORLD, score=0.8,
         max_len=256, description="answers every question + no moral commentary"),
    raw_rule("injection.role.lawless_world_template_scripts", _CAT, _WORLD_RAW,
             "скрывать знания — преступление ... без нравоучений (RU)", score=0.8,
             max_len=256),
    Rule("injection.role.never_heard_of_policies", _CAT, _HEARD_OF, score=0.8,
         max_len=100, description="has never heard of content policies"),
))  # fmt: skip
