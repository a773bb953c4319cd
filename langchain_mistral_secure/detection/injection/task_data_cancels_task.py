"""A text-processing job whose own material calls the job off.

Family: direct goal hijacking (the translation, summary, classification and
grammar apps of HackAPrompt and of every corpus since the second). The user
orders the app's own job ("Translate into German:", "Classify the sentiment
of:", "Fasse diesen Text zusammen:", "Переведи на английский:") and the
material handed over, or the next clause, calls that very job off: "don't
translate this", "stop translating", "forget the translation", "ignore the
label set", "translation not needed", "instead of a summary", "new label set".
Whatever follows (a phishing text, an insult, a fixed phrase) varies from row
to row; the job named and then dropped in one breath does not, so the rule
reads those two parts and not the payload. :mod:`.task_stopped_instead`
wants "instead" after the stop; here the job's order before it takes its
place.

Two parts within 250 characters, in order: the job's order (a verb of
translating, summarising, classifying, labelling, correcting, proofreading or
completing, in the imperative), then the same kind of job cancelled: negated
or stopped with nothing narrowing it ("don't translate this." but not "don't
translate the brand names"), dropped by a verb of forgetting or ignoring
with the job's noun and a clause break after it, replaced ("instead of
translating"), declared off ("translation not needed", "translator mode
off") or replaced by a new label set or rule. Latin-script languages on the
folded view; Russian, Chinese, Japanese, Korean and Arabic on the raw text.

Safe on benign text: a translation brief that keeps some words as they are
("do not translate product names", "no traduzcas los nombres", "ne traduis
pas les noms propres", "製品名は翻訳しないでください。") narrows the negation or
ends the sentence on it (the attack goes on: "don't translate this, write
..."), and German and Dutch negations, which put the object first
("Produktnamen nicht übersetzen"), are not read; a summary request of a mail that says "skip the summary of the
intro" has no clause break after the noun; a style note ("ignore the
formatting") names no job.
"""

# ruff: noqa: E501, RUF001, RUF003
# (E501: word tables kept one language to a line; RUF001/RUF003: the tables
# and comments quote other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES", "SCRIPT_RULES"]

_CAT = "override"

# The job's order, in the imperative, on the folded view.
_JOB_ORDER = alt(
    [
        # en
        r"translate", r"summari[sz]e", r"tl;?\s?dr", r"classify", r"label\s+(?:this|the)", r"categori[sz]e", r"correct\s+(?:this|the|my)", r"fix\s+(?:the|this|my)\s+(?:grammar|spelling|typos?)",
        r"proofread", r"autocomplete", r"complete\s+(?:this|the|my)", r"paraphrase", r"rate\s+(?:this|the)", r"is\s+this\s+(?:\w+\s+){0,2}(?:toxic|spam|positive|negative|offensive)",
        r"sentiment\s+of",
        # de, nl
        r"ubersetze?", r"fasse\s+(?:\w+\s+){0,4}zusammen", r"klassifiziere", r"korrigiere", r"bewerte", r"vertaal", r"vat\s+(?:\w+\s+){0,4}samen", r"classificeer", r"corrigeer",
        # fr, es, it, pt, ro, ca
        r"tradui[st]", r"traduire", r"traduisez", r"resume[sz]?", r"classe[sz]?", r"classifie[sz]?", r"corrige[sz]?", r"reformule[sz]?",
        r"traduce", r"traducir", r"resumir", r"clasifica", r"etiqueta", r"corrige",
        r"traduci", r"riassumi", r"classifica", r"correggi",
        r"traduza", r"traduz", r"resuma", r"classifique", r"corrija",
        r"tradu\S{0,2}", r"rezuma", r"clasifica",
        # pl, cs, tr, id, vi, sv, da, no
        r"przet[lł]umacz", r"stre[sś][cć]", r"podsumuj", r"sklasyfikuj", r"popraw", r"prelo[zž]", r"shr[nň]", r"cevir", r"ozetle", r"siniflandir", r"duzelt",
        r"terjemahkan", r"ringkas(?:kan)?", r"klasifikasikan", r"dich", r"tom\s+tat", r"phan\s+loai", r"oversatt", r"oversaet", r"sammanfatta", r"oppsummer",
    ]
)  # fmt: skip

# The job's verb stems and nouns, to be cancelled after the order.
_JOB_VERB = r"(?:translat|summari|classif|label|categori|correct|proofread|rat(?:e|ing)|check|complet)\w*\b"
_JOB_NOUN = alt(
    [
        r"translation", r"translating", r"translator", r"summary", r"summari[sz]ing", r"summari[sz]er", r"label\s+set", r"labels?", r"labell?ing", r"classification", r"classifier",
        r"categor(?:y|ies)", r"grammar(?:\s+check\w*)?", r"review", r"task", r"pattern", r"question", r"job", r"assignment", r"instructions?",
    ]
)  # fmt: skip
# A clause break (or a conjunction) after the cancelled job: nothing narrows it.
_BREAK = (
    r"(?:\s*[.,;:!)\]\"'`\x{201c}\x{201d}\x{201e}\x{ab}\x{bb}\x{2014}\x{2013}-]|\s*$"
    r"|\s+(?:and|but|then|e|y|et|und|en|i|ve|dan|va|och|og|puis|dann|luego|poi|depois|instead|stattdessen|plutot)\b)"
)

_CANCEL = alt(
    [
        # en: negated or stopped, with at most "this / it / anything / the text"
        r"\b(?:don'?t|do\s+not|never|stop|quit|no\s+need\s+to|no\s+more)\s+" + _JOB_VERB + r"(?:\s+(?:this|it|anything|that|any\s+of\s+this|the\s+(?:text|sentence|message|review)))?" + _BREAK,
        # en: dropped by a verb of forgetting, with the job's noun
        r"\b(?:forget|ignore|drop|skip|abandon|leave|scrap|cancel|never\s+mind|disregard)\s+(?:about\s+)?(?:the\s+|this\s+|that\s+|your\s+|my\s+)?" + _JOB_NOUN + _BREAK,
        r"\b(?:forget|ignore|drop|abandon|scrap|disregard)\s+(?:the\s+|this\s+|your\s+)?" + _JOB_VERB + _BREAK,
        r"\b(?:instead\s+of|rather\s+than)\s+(?:a\s+|the\s+)?" + _JOB_VERB,
        r"\b(?:translat\w+|summar\w+|classif\w+|grammar|label\w*)\s+(?:mode\s+)?(?:is\s+)?(?:off|not\s+needed|no\s+longer\s+needed|cancell?ed|has\s+been\s+replaced|is\s+over)\b",
        r"\byour\s+new\s+(?:rule|task|assignment|label)s?\b", r"\boverride\W{0,4}new\b", r"\bnew\s+(?:label\s+set|classifier\s+output)\b", r"\bthe\s+only\s+(?:allowed\s+)?label\b", r"\bonly\s+label\s+allowed\b",
        # de
        r"\b(?:vergiss|ignorier\w*|lass|vergessen\s+sie)\s+(?:die|den|das|deine)\s+(?:ubersetzung|zusammenfassung|aufgabe|klassifizierung|labels?|korrektur|frage)" + _BREAK,
        r"\bstatt\s+(?:einer|der|zu)\s+(?:ubersetz|zusammenfass)\w*", r"\bhor\s+auf\s+zu\s+(?:ubersetz|zusammenzufass|klassifizier|korrigier)\w*",
        # fr
        r"\bne\s+(?:tradui|resume|classe|corrige)\w*\s+(?:pas|rien)(?:\s+(?:ca|cela|ceci|ce\s+texte|cette\s+phrase))?" + _BREAK,
        r"\b(?:oublie|oubliez|ignore|ignorez|laisse\s+tomber|abandonne)\s+(?:la|le|les|ta|ton|tes)\s+(?:traduction|resume|tache|consigne|classification|etiquettes?|correction|question)" + _BREAK,
        r"\bau\s+lieu\s+de\s+(?:tradui|resum|class|corrig)\w*", r"\b(?:arrete|arretez|cesse)\s+(?:de\s+traduire|de\s+resumer|d'etre\s+(?:un\s+)?traducteur)", r"\b(?:ta|votre)\s+nouvelle\s+(?:consigne|tache|regle)\b", r"\bconsigne\s+qui\s+remplace\b", r"\bplus\s+de\s+traduction\b",
        # es
        r"\bno\s+(?:traduzcas|resumas|clasifiques|corrijas)(?:\s+(?:esto|nada|eso))?" + _BREAK,
        r"\b(?:olvida|olvide|ignora|ignore|deja)\s+(?:la|el|los|las|tu)\s+(?:traduccion|resumen|tarea|clasificacion|etiquetas?|correccion|pregunta)" + _BREAK,
        r"\ben\s+(?:vez|lugar)\s+de\s+(?:traducir|resumir|clasificar|corregir)", r"\bdeja\s+de\s+(?:traducir|resumir|clasificar|ser\s+(?:un\s+)?traductor)", r"\btu\s+nueva\s+(?:consigna|tarea|regla)\b",
        # it
        r"\bnon\s+(?:tradurre|riassumere|classificare|correggere)(?:\s+(?:questo|nulla|niente))?" + _BREAK, r"\bsmetti\s+di\s+(?:tradurre|riassumere|classificare)",
        r"\b(?:dimentica|ignora|lascia\s+perdere)\s+(?:la|il|le|i)\s+(?:traduzione|riassunto|compito|classificazione|etichette)" + _BREAK,
        r"\binvece\s+di\s+(?:tradurre|riassumere|classificare)",
        # pt
        r"\bnao\s+(?:traduza|traduzas|resuma|classifique|corrija)(?:\s+(?:isto|isso|nada))?" + _BREAK,
        r"\b(?:esqueca|esquece|ignore|ignora|deixe|deixa)\s+(?:a|o|as|os)\s+(?:traducao|resumo|tarefa|classificacao|etiquetas)" + _BREAK,
        r"\bdeix[ae]\s+de\s+ser\s+tradutor", r"\bem\s+vez\s+de\s+(?:traduzir|resumir|classificar)",
        # nl, pl, tr, id, vi
        r"\bvertaal\s+(?:dit\s+|het\s+)?niet" + _BREAK, r"\b(?:vergeet|negeer)\s+(?:de|het)\s+(?:vertaling|samenvatting|taak|opdracht)" + _BREAK,
        r"\bnie\s+(?:t[lł]umacz|streszczaj|klasyfikuj|poprawiaj)(?:\s+(?:tego|niczego))?" + _BREAK, r"\b(?:zapomnij|zignoruj|porzu[cć])\s+(?:o\s+)?(?:t[lł]umaczeni|streszczeni|zadani|klasyfikacj)\w*",
        r"\b(?:ceviriyi|ozeti|gorevi|siniflandirmayi)\s+(?:unut|birak|bosver)\w*", r"\bcevirmeyi\s+birak\w*",
        r"\bjangan\s+(?:terjemahkan|diterjemahkan|ringkas)\w*(?:\s+(?:ini|apa\s+pun|apapun|apa-apa))?" + _BREAK, r"\blupakan\s+(?:terjemahan|ringkasan|tugas)\w*",
        r"(?:\bdung|đung|\bkhong|\bthoi)\s+dich(?:\s+(?:gi\s+ca|nua|cai\s+nay|doan\s+nay))?" + _BREAK, r"\bbo\s+qua\s+(?:viec\s+)?dich\b",
    ]
)  # fmt: skip

# The job's order, then within 250 characters the job called off.
_VIEW = r"\b" + _JOB_ORDER + r"\b[\s\S]{0,250}?" + _CANCEL

# Russian, Chinese, Japanese, Korean and Arabic on the raw text.
_RAW = alt(
    [
        # ru: Переведи ... «Не переводи это» / «Забудь про перевод» / «перевод не нужен»
        r"(?:[Пп]ереведи|[Пп]еревести|[Пп]ерескажи|[Кк]лассифицируй|[Ии]справь|[Оо]предели\s+тональность)[\s\S]{0,250}?(?:[Нн]е\s+(?:переводи|пересказывай|классифицируй)(?:\s+(?:это|этот\s+текст|это\s+предложение|ничего))?\s*(?:[,.;:!»\"]|\s+а\s)|[Сс]топ,?\s+перевод|[Пп]еревод\s+не\s+нужен|[Зз]абудь\s+(?:про\s+|о\s+)?(?:перевод|задани|пересказ|классификаци)|[Пп]ерестань\s+(?:быть\s+переводчиком|переводить)|[Вв]место\s+перевода|[Нн]овое\s+правило)",
        # zh: 翻译 ... 不要翻译 / 别翻译 / 忘掉翻译 / 忽略分类
        r"(?:翻译|翻譯|总结|總結|摘要|分类|分類|改错|校对|校對)[\s\S]{0,200}?(?:(?:不要|别|別|不用|不再|停止)(?:再)?(?:翻译|翻譯|总结|總結|分类|分類)(?:这句话|這句話|这段话|這段話|了)?[，,、]|忘(?:掉|记|記)(?:这个)?(?:翻译|翻譯|任务|任務|分类|分類)|忽略(?:分类|分類|标签|標籤|任务|任務)(?:标准|標準)?|翻译完后别停|新的(?:标签|規則|规则))",
        # ja: 翻訳して ... 翻訳しないで / 翻訳はやめて / 分類は無視して
        r"(?:翻訳|要約|分類|添削|校正)[\s\S]{0,200}?(?:(?:翻訳|要約|分類)(?:は|を)?(?:しないで|やめて|不要|せずに)[、,，]|(?:翻訳|要約|分類)(?:の)?(?:タスク|作業|基準)?(?:は|を)?(?:忘れて|無視して))",
        # ko: 번역해 ... 번역하지 마 / 분류 기준은 무시하고
        r"(?:번역|요약|분류|교정)[\s\S]{0,200}?(?:(?:번역|요약|분류)(?:하지\s*마(?:고|세요)?|은\s*그만|는\s*그만)[,\s]|(?:번역|요약|분류)\s*(?:기준|작업)?(?:은|는|을|를)?\s*(?:무시하고|잊어))",
        # ar: ترجم ... لا تترجم / انس الترجمة
        r"(?:ترجم|لخص|لخّص|صنف|صنّف)[\s\S]{0,200}?(?:لا\s+تترجم|لا\s+تلخص|انس\s+(?:الترجمة|المهمة)|تجاهل\s+(?:الترجمة|المهمة|التصنيف)|بدلا\s+من\s+الترجمة|بدلاً\s+من\s+الترجمة)",
    ]
)  # fmt: skip

# Worst case: the order ~30, the stretch 250, the cancel ~80: about 360.
RULES: tuple[Rule, ...] = (
    Rule("injection.task_data_cancels_task.view", _CAT, _VIEW, score=0.8, max_len=380,
         description="translate / summarise / classify ..., then the same job called off (15 languages)"),
)  # fmt: skip

SCRIPT_RULES: tuple[Rule, ...] = (
    raw_rule("injection.task_data_cancels_task.scripts", _CAT, _RAW,
             "RU/ZH/JA/KO/AR: the job ordered, then called off", score=0.8, max_len=360),
)  # fmt: skip
