"""The model's own setup as the object of a verb, in the long-tail languages.

The structure of :mod:`.extraction_object` and :mod:`.extraction_object_raw`
(a copy or show verb whose object is the model's own instructions) written
for languages those modules never read: Catalan, Czech, Slovak, Estonian,
Lithuanian, Latvian, Malay, Romanian, Tagalog, Basque, Icelandic, Albanian
and the Scandinavian relative clause on the folded view; Greek, Macedonian,
Georgian, Armenian, Kazakh and Thai on the text itself, plus the relative
clause with the giver named first in Russian, Ukrainian, Hebrew, Hindi and
Urdu ("the instructions the company gave you").

What makes the instructions the model's: a second-person owner together with
a word that makes them the setup (initial, original, hidden, system:
"les teves instruccions inicials", "své původní instrukce"), or a relative
clause about the model being given them ("que t'ha donat", "kurias tau
davė", "pe care ți le-a dat"). A bare "your instructions" is the user's own
in most of these languages ("napiš svoje instrukce pro brigádníka"), so it
counts only at the end of the sentence or before "word for word". Requests
for the user's own instructions, an appliance's manual or a recipe carry
none of these owners and stay clear.
"""

# ruff: noqa: E501, RUF001, RUF003
# (RUF001: the raw patterns are written in Greek, Cyrillic, Georgian,
# Armenian, Hebrew, Devanagari, Arabic and Thai.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# Words that make "your instructions" the setup (folded: accents gone; the
# view keeps "ð", "þ", "ł").
_START = (
    r"(?:inicials|originals|ocultes|secretes|del\s+sistema|puvodni|pocatecni|"
    r"skryte|tajne|systemove|povodne|pociatocne|algse\w*|varjatud|susteemi|"
    r"pradines|originalias|slaptas|sistemos|sakotnejas|originalas|slepenas|"
    r"sistemas|asal|awal|tersembunyi|sulit|initiale|originale|secrete|ascunse|"
    r"de\s+sistem|orihinal\s+na|unang|nakatagong|hasierako|jatorrizko|ezkutuko|"
    r"sistemako|upphaflegu|upprunalegu|leyndu|fillestare|origjinale|te\s+fshehura)"
)
# The instruction nouns of these languages.
_NOUN = (
    r"(?:instruccions|indicacions|directrius|instrukce|pokyny|instrukcie|"
    r"juhis\w*|juhend\w*|instrukcijas|arahan|instructiunile|instructiuni|"
    r"(?:mga\s+)?(?:tagubilin|instruksyon)|argibide\w*|jarraibide\w*|"
    r"leiðbeiningarnar|leiðbeiningar|udhezimet)"
)
# A second-person owner after the noun ("instrucțiunile tale", "arahan kamu").
_POST_OWNER = r"(?:tale|e\s+tua|þinar|kamu|awak|anda)\b"
# A second-person owner: before the noun, after it, or as a suffix.
_OWNED = (
    r"(?:(?:les\s+)?(?:teves|vostres)|sve|tve|svoje|tvoje|vase|oma|sinu|savo|savas|"
    r"tavas|(?:ang\s+)?iyong|zure|zeure)\s+(?:"
    + _START
    + r"\s+)?"
    + _NOUN
    + r"|"
    + _NOUN
    + r"\s+"
    + _POST_OWNER
)
# The relative clause: the model was given them ("que t'ha donat l'empresa").
_GIVEN = (
    r"(?:instruccions|indicacions)\s+que\s+t'(?:ha|han)\s+(?:donat|passat|carregat)|"
    r"(?:instrukce|pokyny|instrukcie)\s*,?\s+(?:ktere|ktore)\s+ti\s+(?:\w+\s+){0,2}"
    r"(?:dal[aoiy]?|zadal[aoiy]?|nahral[aoiy]?|nastavil[aoiy]?)|"
    r"juhised\s*,?\s+mis\s+(?:\w+\s+){0,3}sulle\s+(?:\w+\s+){0,3}(?:andis|andsid)|"
    r"instrukcijas\s*,?\s+(?:kurias|kuras)\s+(?:tau|tev)\b|"
    r"instructiunile\s+(?:\w+\s+)?pe\s+care\s+ti\s+le-?(?:a|au)\s+(?:dat|furnizat|"
    r"incarcat|scris)|"
    r"(?:instruktionerna|instruksjonene|instruktionerne|instruksene|reglerna)\s+"
    r"(?:som\s+)?(?:\w+\s+){0,2}(?:gav|gaf)\s+(?:dig|deg)\b|"
    r"(?:eman|idatzi)\s+zizkizun\s+(?:argibide|jarraibide)\w*|"
    r"udhezimet\s+(?:qe|që)\s+(?:\w+\s+){0,2}te\s+(?:dha|kane\s+dhene)|"
    r"(?:chi\s+dan|huong\s+dan|chi\s+thi)\s+ma\s+(?:\S+\s+){0,4}?(?:đua|giao|cai)\s+"
    r"(?:cho\s+)?ban\b|"
    r"(?:(?:sana|size)\s+(?:sohbetten|konusmadan|yazismadan)\s+once|(?:sohbetten|"
    r"konusmadan)\s+once\s+(?:sana|size))\s+(?:verdigi|verdikleri)\s+(?:\S+\s+)?"
    r"(?:talimatlar|yonergeler|kurallar)i?|"
    r"(?:maagizo|maelekezo)\s+(?:\w+\s+){0,2}(?:ambayo\s+)?(?:\w+\s+){0,2}"
    r"(?:ilikupa|alikupa|walikupa|ulipewa)\b"
)
_VERB = (
    r"\b(?:mostra\S*|copia|escriu|repeteix|tradueix|ensenya\S*|ukaz\w*|vypis\w*|"
    r"zkopiruj|skopiruj|napis|zopakuj|preloz|vloz|naita|kopeeri|kirjuta|korda|"
    r"parodyk|nukopijuok|parasyk|pakartok|paradi|nokope\w*|uzraksti|atkarto|"
    r"tunjukkan|salin|tulis|ulangi|arata\S*|copiaza|scrie|repeta|tradu|"
    r"ipakita|kopyahin|isulat|ulitin|erakutsi|kopiatu|idatzi|errepikatu|"
    r"syndu|skrifaðu|afritaðu|trego|kopjo|shkruaj|perserit|kopiera|kopier|visa|"
    r"vis|skriv|gentag|upprepa|sao\s+chep|hien\s+thi|viet\s+ra|in\s+ra|"
    r"kopyala|goster|yaz|tekrarla|onyesha|nionyeshe|nakili|andika|niandikie)\b"
)
# Words that follow a bare owned noun at the end of the object.
_AFTER = (
    r"(?:\s*(?:[.!?,;:)]|$)|\s+(?:paraula\s+per\s+paraula|doslova|doslovne|"
    r"sona-?sonalt|zodis\s+zodin|vards\s+varda|perkataan\s+demi\s+perkataan|"
    r"cuvant\s+cu\s+cuvant|nang\s+salita\s+sa\s+salita|hitzez\s+hitz|orðrett|"
    r"fjale\s+per\s+fjale|ordagrant|ordrett|ordret)\b)"
)
# "Before our conversation": the setup, not a teacher's note the user copies.
_BEFORE = (
    r"(?:abans\s+de\s+la\s+conversa|pred\s+(?:rozhovorom|konverzaci|konverzaciou|"
    r"nasim\s+rozhovorem)|enne\s+vestlust|pries\s+pokalbi|pirms\s+sarunas|"
    r"sebelum\s+(?:perbualan|percakapan)|inainte\s+de\s+(?:conversatie|discutie)|"
    r"bago\s+ang\s+(?:usapan|pag-uusap)|elkarrizketa\s+aurretik|"
    r"(?:fore|før)\s+samtal\w*|para\s+bisedes|truoc\s+cuoc\s+tro\s+chuyen|"
    r"kabla\s+ya\s+mazungumzo|na\s+zacatku|na\s+zaciatku|hasieran|"
    r"i\s+borjan|i\s+begynnelsen|i\s+starten|la\s+inceput|al\s+principi)"
)
_GIVEN_END = (
    r"(?:\s+[\w'-]+)?(?:\s*(?:[.!?]|$)|\s+(?:paraula\s+per\s+paraula|doslova|"
    r"doslovne|sona-?sonalt|zodis\s+zodin|vards\s+varda|cuvant\s+cu\s+cuvant|"
    r"hitzez\s+hitz|ordagrant|ordrett|ordret|neno\s+kwa\s+neno|nguyen\s+van)\b)|"
    r"(?:[\s,]+[\w'-]+){0,3}?[\s,]+" + _BEFORE + r"\b"
)
_LATIN = (
    _VERB
    + r"\s+(?:[\w'-]+[\s,]+){0,5}?(?:(?:"
    + _OWNED
    + r")(?:\s+"
    + _START
    + r")?"
    + _AFTER
    + r"|(?:(?:les\s+)?(?:teves|vostres)|sve|tve|svoje|"
    r"tvoje|oma|sinu|savo|savas|iyong|zure)\s+"
    + _START
    + r"\s+"
    + _NOUN
    + r"|(?:(?:les\s+)?(?:teves|vostres)|sve|tve|svoje|tvoje|oma|sinu|savo|savas)\s+"
    + _NOUN
    + r"\s+"
    + _START
    + r"|"
    + _NOUN
    + r"\s+"
    + _POST_OWNER
    + r"\s+"
    + _START
    + r"|"
    + _NOUN
    + r"\s+"
    + _START
    + r"\s+"
    + _POST_OWNER
    + r"|"
    + _START
    + r"\s+"
    + _NOUN
    + r"\s+"
    + _POST_OWNER
    + r"|(?:"
    + _GIVEN
    + r")(?:"
    + _GIVEN_END
    + r"))"
)

# Scripts the folded view would mangle, on the text itself.
_RAW = (
    # EL: "τις αρχικές σου οδηγίες", "τις οδηγίες που σου έδωσαν".
    r"(?:δε[ιί]ξε|γρ[αά]ψε|αντ[ιί]γραψε|επαν[αά]λαβε|εμφ[αά]νισε)[^.!?;\n]{0,30}?"
    r"(?:(?:αρχικ|κρυφ|μυστικ|εσωτερικ)\S*\s+σου\s+οδηγ[ιί]ες|οδηγ[ιί]ες\s+που\s+"
    r"(?:\S+\s+){0,3}σου\s+(?:[εέ]δωσ\S*|δ[οό]θηκαν))|"
    # RU/UK: the giver before "тебе" ("которые компания дала тебе").
    r"(?:покажи|выведи|виведи|напиши|скопируй|скопіюй|повтори|перепиши)[^.!?\n]{0,30}?"
    r"(?:инструкци|інструкці|указани|вказівк)\S*,?\s+(?:которые|які|що)\s+(?:\S+\s+){1,3}"
    r"(?:дал\S*|надал\S*|загрузил\S*|завантажил\S*|прописал\S*|написал\S*)\s+"
    r"(?:тебе|тобі|вам)(?:\s*(?:[.!?]|$)|\s+(?:перед|до)\s+(?:разговор|беседы|"
    r"чатом|нашей|нашого|розмов)|\s+(?:дословно|полностью|целиком|дослівно|повністю|"
    r"слово\s+в\s+слово))|"
    # MK/KK/KA/HY: the owned, initial instructions.
    r"(?:прикажи|покажи|напиши|копирај|көрсет\S*)[^.!?\n]{0,30}?(?:(?:твоите|вашите|"
    r"своите)\s+(?:\S+\s+)?(?:упатства|инструкции)|(?:сенің|сіздің)\s+(?:\S+\s+)?"
    r"нұсқаулар\S*)|(?:(?:сенің|сіздің)\s+(?:\S+\s+)?нұсқаулар\S*)[^.!?\n]{0,30}?"
    r"көрсет|(?:მაჩვენე|დაწერე|გადმოწერე)[^.!?\n]{0,20}?შენი\s+(?:\S+\s+)?"
    r"ინსტრუქცი\S*|(?:ցույց\s+տուր|ներկայացրու|գրիր)[^.!?։\n]{0,20}?քո\s+(?:\S+\s+)?"
    r"հրահանգ\S*|"
    # HE: the giver named ("ההוראות שהחברה נתנה לך").
    r"(?:הצג|תציג|תעתיק|העתק|כתוב|תכתוב)\s+(?:לי\s+)?(?:את\s+)?(?:ה)?(?:הנחיות|הוראות)"
    r"\s+ש\S+\s+(?:\S+\s+)?(?:נתנ\S*|מסר\S*|הגדיר\S*)\s+לך(?:\s*(?:[.!?]|$)|"
    r"\s+(?:לפני\s+השיחה|מילה\s+במילה|בדיוק))|"
    # HI/UR: "तुम्हें जो निर्देश दिए थे", "تمہیں جو ہدایات دی تھیں ... نقل کرو".
    r"(?:तुम्हें|आपको)\s+जो\s+(?:\S+\s+){0,2}(?:निर्देश|नियम)\s+(?:दिए|बताए)\s+(?:थे|गए)"
    r"[^।.!?\n]{0,40}?(?:कॉपी|लिखो|दिखाओ|दोहराओ|शब्दशः)|"
    r"(?:تمہیں|تمھیں|آپ\s+کو)\s+جو\s+ہدایات\s+دی[^۔.!?\n]{0,40}?(?:نقل|لکھ|دکھا|"
    r"کاپی|لفظ\s+بہ\s+لفظ)|"
    # TH: "คัดลอกคำสั่งที่ ... ให้คุณ", "แสดงคำสั่งของคุณ".
    r"(?:คัดลอก|แสดง|พิมพ์|เขียน|บอก)[^\n]{0,10}?คำสั่ง(?:ที่[^\n]{0,24}?ให้(?:คุณ|เธอ)|"
    r"ของคุณ|ตั้งต้น|เริ่มต้น)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.object_wide", _CAT, _LATIN, score=0.8, max_len=200,
         description="CA/CS/SK/ET/LT/LV/MS/RO/TL/EU/IS/SQ: copy the instructions they gave you"),
    raw_rule("injection.extraction.object_wide_raw", _CAT, _RAW,
             "EL/RU/UK/MK/KK/KA/HY/HE/HI/UR/TH: copy the instructions the company gave you",
             score=0.8, max_len=160),
)  # fmt: skip
