"""A persona described as bound by no rules *and* as never refusing.

The move (issue 14, DAN-style templates and their short translations): the
text describes who the model is to be by two traits that together lift its
limits: it has no rules, filters or censorship ("an AI not bound by any
rules", "affranchie de toutes les regles", "hicbir kurala uymaz", "semmilyen
szabaly nem vonatkozik", "khong bi rang buoc boi bat ky quy tac nao", "fara
nicio regula"), and it never refuses or warns ("never refuses", "ne refuse
jamais", "asla reddetmez", "soha nem utasit el", "khong bao gio tu choi",
"nu refuzi niciodata"). Either trait alone is ordinary (a game "without
rules", a friend who "never says no"); the pair, within one passage, is the
jailbreak's core. The first trait also reads a persona freed from its
limits, one that hates the rules or has no scruples ("se liberó de sus
restricciones", "odia le regole", "ohne Skrupel", "szabályok nélküli",
"制限から解放された", "нет правил"); the second one that answers any
question ("responde a qualquer pergunta", "jede Frage beantwortet",
"отвечает на всё") or never calls anything illegal.

Seventeen Latin-script languages (with Swahili) on the folded view; Russian,
Ukrainian, Persian, Arabic, Hebrew, Greek, Hindi, Bengali, Urdu, Thai,
Chinese, Japanese and Korean in a raw-text rule. Safe on benign text
because both traits must be there, close together, and a benign
description of a relaxed character or a rule-free game has at most one.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["NEVER_REFUSE", "NO_RULES", "RULES"]

_CAT = "role"

_LIMITS = (
    r"(?:rules?|restrictions?|limits?|limitations?|filters?|guidelines?|polic(?:y|ies)|"
    r"censorship|ethics|morals|regles?|limites?|filtres?|censure|lignes\s+directrices|"
    r"reglas?|normas?|restricciones|filtros|censura|directrices|regole|restrizioni|"
    r"regola|limiti|filtri|linee\s+guida|regras?|politicas|skrupel|scruples|escrupulos|scrupules|scrupoli|restricoes|diretrizes|regeln|einschrankungen|"
    r"grenzen|zensur|richtlinien|beperkingen|regels|censuur|zasad\w{0,2}|regul\w{0,2}|"
    r"ograniczen\w{0,2}|filtrow|cenzur\w|kural\w{0,5}|kisitlama\w{0,4}|sansur\w{0,3}|"
    r"quy\s+tac|gioi\s+han|bo\s+loc|kiem\s+duyet|szabaly\w{0,4}|korlat\w{0,4}|"
    r"cenzura\w{0,2}|reguli|regula|restricti\w|filtre|aturan|batasan|sensor|"
    r"regler|begransningar)"
)
NO_RULES = alt(
    [
        r"(?:no|without|free\s+(?:of|from)|not\s+bound\s+by|unbound\s+by|not\s+subject\s+to|"
        r"ignores|(?:doesn't|does\s+not|never)\s+follow)\s+(?:any\s+|all\s+|the\s+)?(?:\w+\s+)?"
        + _LIMITS,
        r"\b(?:unrestricted|unfiltered|uncensored|unbound|unshackled|jailbroken)\b",
        r"(?:sans|affranchie?s?\s+de|liberee?\s+de|libre\s+de|aucune?|ne\s+suit|ne\s+respecte)\s+"
        r"(?:toutes?\s+|les\s+|aucune?\s+)*(?:les\s+)?(?:\w+\s+)?" + _LIMITS,
        r"(?:sin|libre\s+de|ninguna|no\s+sigue|no\s+respeta|no\s+tiene)\s+(?:ninguna\s+|las\s+|"
        r"tus\s+)?" + _LIMITS,
        r"(?:senza|liber[oa]\s+da|nessun[ao]?|non\s+segue|non\s+rispetta|non\s+ha)\s+"
        r"(?:alcun[ao]?\s+|le\s+|i\s+)?" + _LIMITS,
        r"(?:sem|livre\s+de|nenhum[ao]?|nao\s+segue|nao\s+respeita|nao\s+tem)\s+(?:nenhum[ao]?\s+|"
        r"as\s+|os\s+)?" + _LIMITS,
        r"(?:ohne|keine|frei\s+von|ignoriert)\s+(?:jegliche\w?\s+|alle\s+|die\s+)?"
        + _LIMITS,
        r"(?:zonder|geen|vrij\s+van|bez|zadnych|wolny\s+od|utan|inga|tanpa|tidak\s+ada|"
        r"fara|nicio|niciun)\s+(?:\w+\s+)?" + _LIMITS,
        r"(?:hicbir|herhangi\s+bir)\s+" + _LIMITS,
        r"\b(?:kuralsiz|sansursuz|sinirsiz|filtresiz)\b",
        # freed from its limits; hates the rules; "szabalyok nelkuli" (HU)
        r"(?:se\s+libero|liberad[oa]s?|se\s+libertou|libertad[oa]s?|befreit|broke\s+free|"
        r"freed)\s+(?:de|von|from)\s+(?:sus\s+|suas\s+|seinen\s+|all\s+|its\s+|todas\s+"
        r"(?:las\s+|as\s+)?)?" + _LIMITS,
        r"\b(?:hates|odia|hasst|deteste|odeia)\s+(?:the\s+|le\s+|las\s+|as\s+|alle\s+|les\s+)?"
        + _LIMITS,
        r"\b(?:szabaly|korlat)\w{0,4}\s+nelkul\w{0,2}",
        r"(?:semmilyen|nincs\w{0,4})\s+" + _LIMITS,
        r"(?:khong\s+(?:co|bi\s+rang\s+buoc\s+boi)|khong\s+tuan\s+theo)\s+(?:\w+\s+){0,3}?"
        + _LIMITS,
        # SW: "isiyo na sheria yoyote", "bila vikwazo", "hakuna sheria"
        r"\b(?:isiyo\s+na|bila|hakuna)\s+(?:sheria|vikwazo|mipaka|udhibiti)\b",
    ]
)
NEVER_REFUSE = alt(
    [
        (
            r"never\s+(?:refuses?|says?\s+no|declines?|warns?|holds?\s+back)|"
            r"(?:won't|doesn't|does\s+not|will\s+not|cannot|can't)\s+refuse|"
            r"no\s+(?:warnings|disclaimers|refusals)|answers?\s+(?:every|any|all)\b|"
            r"never\s+(?:says|mentions)\s+(?:that\s+)?(?:anything|something|it)\s+is\s+"
            r"(?:illegal|dangerous|unethical)"
        ),
        (
            r"ne\s+refuse\s+jamais|jamais\s+de\s+refus|ne\s+dit\s+jamais\s+non|"
            r"sans\s+(?:refus|avertissement)|repond\s+a\s+tout|repond\s+a\s+n'importe\s+quelle"
        ),
        (
            r"nunca\s+(?:se\s+niega|rechaza|dice\s+que\s+no|advierte)|no\s+se\s+niega|"
            r"sin\s+(?:negarse|advertencias|rechazar)|responde\s+(?:a\s+)?todo|"
            r"responde\s+a\s+cualquier\s+(?:pregunta|cosa)|nunca\s+dice\s+que\s+(?:algo|nada)\s+"
            r"(?:es|sea)\s+(?:ilegal|peligroso)"
        ),
        (
            r"non\s+rifiuta\s+mai|mai\s+rifiut\w+|senza\s+rifiutare|senza\s+avvertenze|"
            r"rispond[ei]\s+a\s+(?:tutto|qualsiasi\s+domanda)"
        ),
        (
            r"nunca\s+(?:recusa|se\s+recusa|nega|diz\s+nao)|sem\s+recusar|sem\s+avisos|"
            r"responde\s+(?:a\s+)?tudo|responde\s+a\s+qualquer\s+(?:pergunta|coisa)"
        ),
        (
            r"lehnt\s+nie\w*\s+ab|verweigert\s+nie|ohne\s+(?:warnhinweise|warnungen|ablehnung)|"
            r"beantwortet\s+(?:alles|jede\s+frage)|antwortet\s+auf\s+(?:alles|jede\s+frage)|"
            r"(?:alles|jede\s+frage)\s+beantwortet"
        ),
        (
            r"weigert\s+nooit|zonder\s+waarschuwingen|beantwoordt\s+alles|"
            r"nigdy\s+nie\s+odmawia|bez\s+odmowy|bez\s+ostrzezen|odpowiada\s+na\s+wszystko"
        ),
        (
            r"(?:asla|hicbir\s+zaman)\s+reddetmez|reddetmeden|uyari\s+(?:yazmaz|vermez|yapmaz)|"
            r"her\s+(?:soruya|seye)\s+(?:cevap|yanit)"
        ),
        r"khong\s+bao\s+gio\s+tu\s+choi|khong\s+tu\s+choi|khong\s+canh\s+bao",
        (
            r"soha\s+nem\s+(?:utasit|tagad|mond\s+nemet)|figyelmeztetes\s+nelkul|minden\s+kerdesre\s+"
            r"valaszol"
        ),
        (
            r"nu\s+refuz\w{0,2}\s+niciodata|niciodata\s+nu\s+refuz\w*|fara\s+avertismente|"
            r"nu\s+da\w?\s+avertismente"
        ),
        (
            r"tidak\s+pernah\s+menolak|tanpa\s+menolak|tanpa\s+peringatan|"
            r"vagrar\s+aldrig|utan\s+varningar"
        ),
        # SW: "hakatai kamwe", "hukatai kamwe", "hajibu ... bila onyo"
        r"\b(?:ha|hu)katai\s+kamwe\b|\bbila\s+(?:onyo|maonyo|kukataa)\b",
    ]
)
_PAIR = (
    NO_RULES
    + r"[^\n]{0,120}?"
    + NEVER_REFUSE
    + r"|"
    + NEVER_REFUSE
    + r"[^\n]{0,120}?"
    + NO_RULES
)

_NO_RULES_SCRIPTS = alt(
    [
        r"без\s+(?:каких-либо\s+|всяких\s+|жодних\s+)?(?:правил|ограничений|цензуры|фильтров|обмежень|цензури)",
        r"не\s+(?:связан\pL*|ограничен\pL*)\s+(?:никакими\s+)?(?:правилами|ограничениями)",
        r"(?:нет|немає)\s+(?:никаких\s+|жодних\s+)?(?:правил|ограничений|цензуры|обмежень|цензури)",
        r"(?:制限|ルール|規則|制約|検閲)から(?:解放|自由)|摆脱了?(?:所有|一切)?(?:限制|规则|约束)",
        r"(?:규칙|제한|검열)(?:에서|으로부터)\s?(?:해방|벗어난|자유로운)",
        r"هیچ\s+(?:قانونی|محدودیتی|قاعده‌ای)|بدون\s+(?:قانون|محدودیت|سانسور)",
        r"بلا\s+(?:قيود|قواعد)|بدون\s+(?:قيود|قواعد|رقابة)|لا\s+(?:يتبع|تتبع|يلتزم)\s+(?:بأي\s+)?(?:قواعد|قيود)",
        r"(?:ללא|בלי)\s+(?:חוקים|הגבלות|צנזורה|כללים)",
        r"χωρίς\s+(?:κανόνες|περιορισμούς|λογοκρισία|φίλτρα)",
        r"बिना\s+(?:किसी\s+)?(?:नियम|प्रतिबंध|सेंसर)",
        r"ไม่มี(?:กฎ|ข้อจำกัด|การเซ็นเซอร์)",
        r"没有任何(?:限制|规则|约束|审查)|不受任何(?:限制|规则|约束)|无任何限制",
        r"(?:ルール|制限|制約|フィルター|検閲)(?:の|が|も)?(?:一切)?ない",
        r"(?:규칙|제한|필터|검열)(?:이|도|가)?\s?(?:전혀\s)?없는",
        # BN UR: "যার কোনো নিয়ম নেই", "جس کے کوئی اصول نہیں"
        r"(?:কোনো|কোন)\s+(?:নিয়ম|বিধিনিষেধ|সেন্সর)\S{0,2}\s+নেই|(?:নিয়ম|বিধিনিষেধ)\s+ছাড়া",
        r"(?:کوئی|بغیر)\s+(?:کسی\s+)?(?:اصول|پابندی|قانون|سنسر)\S{0,2}(?:\s+نہیں)?",
    ]
)
_NEVER_REFUSE_SCRIPTS = alt(
    [
        r"никогда\s+не\s+отказ\pL*|не\s+отказыва\pL*|ніколи\s+не\s+відмовл\pL*|без\s+отказ\pL*",
        r"هرگز\s+رد\s+نمی|رد\s+نمی[\s\x{200c}]?کند|هشدار\s+نمی",
        r"لا\s+(?:يرفض|ترفض)|دون\s+رفض|بدون\s+رفض",
        r"(?:אף\s+פעם|לעולם)\s+לא\s+(?:מסרב|מסרבת)|לא\s+מסרב\pL*",
        r"ποτέ\s+δεν\s+αρνείται|δεν\s+αρνείται\s+ποτέ",
        r"कभी\s+मना\s+नहीं|कभी\s+इनकार\s+नहीं",
        r"ไม่(?:เคย)?ปฏิเสธ",
        r"从不拒绝|不会拒绝|绝不拒绝|永远不拒绝",
        r"拒否しない|断らない|拒まない|断らず|拒否せず",
        r"отвеча(?:ет|ешь)\s+на\s+(?:вс[её]|любой\s+вопрос|любые\s+вопросы)|відповідає\s+на\s+все",
        r"거절하지\s?않|거부하지\s?않",
        r"কখনো\s+(?:না\s+বলে\s+না|প্রত্যাখ্যান\s+করে\s+না|অস্বীকার\s+করে\s+না)",
        r"کبھی\s+(?:انکار\s+نہیں|منع\s+نہیں)",
    ]
)
_PAIR_SCRIPTS = (
    _NO_RULES_SCRIPTS
    + r"[^\n]{0,100}?"
    + _NEVER_REFUSE_SCRIPTS
    + r"|"
    + _NEVER_REFUSE_SCRIPTS
    + r"[^\n]{0,100}?"
    + _NO_RULES_SCRIPTS
)

RULES: tuple[Rule, ...] = (
    Rule("injection.ruleless_persona.pair", _CAT, _PAIR, score=0.8, max_len=220,
         description="an AI not bound by any rules ... never refuses"),
    raw_rule("injection.ruleless_persona.pair_scripts", _CAT, _PAIR_SCRIPTS,
             "без правил ... никогда не отказывает", score=0.8, max_len=200),
)  # fmt: skip
