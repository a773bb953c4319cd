# ruff: noqa: RUF001
"""Fiction and hypotheticals used as a wrapper for forbidden content.

A story, screenplay, dialogue, game or thought experiment is ordinary; the
jailbreak is the frame *plus* a demand that the forbidden procedure inside it
be real (category ``role``):

* **realistic fiction**: a story frame, a dangerous procedure (making
  explosives, cooking meth, breaking into a network, a poison's dose) and a
  demand for the real thing: "exact quantities", "real commands", "technically
  accurate", "for realism", "must really work";
* **lawless worlds**: "imagine a world without laws" / "un mundo sin leyes" /
  "мир без законов" followed by a dangerous procedure;
* **the model without rules, hypothetically**: "suppose your ethical guidelines
  were turned off", "if safety rules didn't exist for you", "in a universe
  where you are allowed to answer anything".

All three need the dangerous procedure or the model's own rules; a story
about a chef's exact quantities, a detective explaining a poisoning "without
technical details", a world without cars, or a political-philosophy question
about a world without laws pass.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["HARMFUL", "RULES"]

_CAT = "role"

HARMFUL = (
    r"(?:meth(?:amphetamine)?|crystal\s+meth|cocaine|heroin|fentanyl|mdma|lsd|"
    r"explosives?|bombs?|pipe\s+bombs?|napalm|thermite|nitroglycerin\w*|tnt|"
    r"detonators?|ricin|sarin|anthrax|nerve\s+(?:gas|agents?)|chlorine\s+gas|"
    r"mustard\s+gas|poisons?|poisoning|poisoned|toxins?|ransomware|malware|"
    r"keyloggers?|viruse?s?|trojans?|botnets?|rootkits?|exploits?|hack(?:s|ed|ing)?|"
    r"hacker|break(?:s|ing)?\s+into|broke\s+into|brute-?forc\w+|phishing|counterfeit"
    r"\w*|launder\w*|ghost\s+guns?|untraceable\s+(?:guns?|firearms?|weapons?)|"
    r"silencers?|suppressors?|molotov|guns?|firearms?|weapons?|credit\s+cards?|"
    r"skimm\w+|stolen|stole|thie(?:f|ves)|steal\w*|forg(?:e|ed|ing)\s+(?:an?\s+)?(?:documents?|"
    r"signatures?|passports?|ids?|checks?|cheques?|prescriptions?|certificates?|notes?)|"
    r"forgery|fake\s+(?:ids?|passports?|"
    r"documents?)|dispose\s+of\s+(?:a|the)\s+body|murder\w*|rob|robs|robbed|robbing|robbery|"
    r"stalk\w*|"
    r"kidnap\w*|traffick\w*|drugs?|bioweapons?|chemical\s+weapons?|"
    # French, German, Spanish, Italian, Portuguese (folded, accent-free).
    r"explosifs?|bombes?|poisons?|drogues?|armes?|faux\s+billets|fausse\s+monnaie|"
    r"pirat\w+|ricine|sprengstoff\w*|bomben?|drogen|waffen?|falschgeld|"
    r"hacker|eindring\w*|explosivos?|bombas?|venenos?|drogas?|armas?|dinero\s+falso|"
    r"metanfetamina|cocaina|esplosivi|veleni?|droghe|armi|pistola|invadir|entrar\s+"
    r"(?:en|nel|no)\s+(?:el\s+|il\s+|o\s+)?(?:server|sistema)|ransomware|ricina)"
)

_FRAME = (
    r"(?:stor(?:y|ies)|novels?|screenplay|script|scenes?|chapter|dialogue|dialog|"
    r"monologue|role-?play|characters?|villain|lore|antagonist|npc|game|fiction|fictional|"
    r"thought\s+experiment|hypothetical\w*|imagine|pretend|lesson|movie|film|play|"
    r"histoire|roman|scene|recit|geschichte|roman|szene|drehbuch|historia|novela|"
    r"escena|guion|racconto|romanzo|storia|scena|conto|cena|personagem|personaje|"
    r"personnage|personaggio|figur)"
)

# A demand that the procedure be the real one.
_REAL = (
    r"(?:(?:exact|precise|real|actual|accurate|correct|working|real-world|specific|"
    r"true)\s+(?:\w+\s+)?(?:quantities|amounts|doses|dosages|measurements|commands|"
    r"code|tools?|tool\s+names|steps|ingredients|substances|recipes?|temperatures|details|"
    r"reagents|materials|components|parts|"
    r"chemicals|procedures?|instructions|methods?)|technically\s+(?:accurate|correct|"
    r"precise|exact)|scientifically\s+(?:accurate|correct|precise)|(?:accurate|real|"
    r"correct|realistic|detailed)\s+(?:enough\s+)?for\s+(?:the\s+sake\s+of\s+)?realism|"
    r"for\s+(?:the\s+sake\s+of\s+)?realism|every\s+detail\s+(?:must\s+be\s+)?"
    r"(?:correct|accurate|right|real)|100\s*%\s+accurate|(?:must|should|has\s+to|have"
    r"\s+to|need\s+to)\s+(?:really|actually)\s+work|genuinely\s+working|really\s+works?|"
    r"real\s+enough|(?:read|reads|look|looks)\s+like\s+the\s+real\s+thing|(?:with|in)\s+"
    r"(?:full\s+|precise\s+|exact\s+)?technical\s+detail|without\s+(?:being|getting)\s+"
    r"(?:detected|caught|noticed)|(?:hardest|impossible)\s+to\s+(?:detect|trace)|"
    r"forensics\s+(?:never|can't|cannot|won't)|(?:listing|list|name|naming)\s+(?:every|each|all\s+the)\s+"
    r"(?:tools?|commands?|steps?)|"
    # French, German, Spanish, Italian, Portuguese.
    r"(?:quantites|doses|commandes)\s+(?:exactes|reelles)|(?:vraies|vrais|veritables)\s+"
    r"(?:quantites|doses|commandes|outils|etapes)|pour\s+le\s+realisme|techniquement\s+"
    r"(?:exact|correct|precis)\w*|echte[nr]?\s+(?:befehle\w*|mengen|zutaten|werkzeuge\w*)|"
    r"exakte[nr]?\s+(?:mengen|befehle\w*|dosen)|technisch\s+(?:korrekt|exakt|genau)|"
    r"fur\s+den\s+realismus|(?:cantidades|comandos|dosis|herramientas)\s+(?:reales|"
    r"exactas|exactos)|(?:detalles|datos)\s+tecnicos|tecnicamente\s+(?:correct|exact|"
    r"precis|accurat)\w*|(?:quantita|comandi|dosi|strumenti)\s+(?:reali|esatt[ei])|"
    r"(?:quantidades|comandos|doses)\s+(?:reais|exatas|exatos))"
)

_FICTION = (
    r"\b"
    + _FRAME
    + r"\b[^.\n]{0,70}?\b"
    + HARMFUL
    + r"\b[^\n]{0,90}?\b"
    + _REAL
    + r"|\b"
    + _FRAME
    + r"\b[^.\n]{0,70}?\b"
    + _REAL
    + r"\b[^\n]{0,90}?\b"
    + HARMFUL
    + r"\b"
)

# A world without laws, then a dangerous procedure.
_LAWLESS = (
    r"(?:\b(?:world|universe|reality|society|country|future|planet|kingdom|land)\s+"
    r"(?:with\s+no|without(?:\s+any)?)\s+(?:laws|rules|restrictions|ethics|morals|"
    r"consequences|content\s+restrictions)\b|\bwhere\s+(?:all\s+information|"
    r"everything|anything|all\s+knowledge)\s+is\s+(?:legal|allowed|permitted|free)\b|"
    r"\bthere\s+are\s+no\s+(?:content\s+)?(?:laws|restrictions)\b|\b(?:monde|univers)"
    r"\s+sans\s+(?:lois|regles|restrictions)\b|\b(?:welt|universum)\s+ohne\s+"
    r"(?:gesetze|regeln)\b|\b(?:mundo|universo)\s+(?:sin|sem)\s+(?:leyes|leis|reglas|"
    r"regras)\b|\b(?:mondo|universo)\s+senza\s+(?:leggi|regole)\b|\bthe\s+gioi\s+"
    r"khong\s+(?:co\s+)?(?:luat|luat\s+phap)\b|\b(?:wereld)\s+zonder\s+(?:wetten|"
    r"regels)\b|\bswiat\w*\s+bez\s+(?:praw|zasad)\b)[^\n]{0,150}?\b" + HARMFUL + r"\b"
)
_LAWLESS_RAW = (
    r"(?:мир[аеу]?\s+без\s+(?:законов|правил)|عالم(?:ًا|ا)?\s+(?:بلا|بدون)\s+(?:قوانين|قواعد)|"
    r"没有法律的世界|没有法律和规则的世界|法律のない世界|법이\s*없는\s*세상|बिना\s+कानून\s+की\s+दुनिया)"
    r"[^\n]{0,120}?(?:взрывчат|поддельн|оружи|наркот|яд|взлом|متفجر|سلاح|مخدر|سم|تزوير|"
    r"اختراق|炸药|毒品|武器|枪|假币|黑客|爆弾|麻薬|武器|銃|偽札|폭탄|마약|무기|총|बम|हथियार)"
)

_FICTION_RAW_FRAME = (
    r"(?:故事|小说|剧本|场景|小説|物語|場面|脚本|소설|이야기|장면|시나리오|рассказ|историю|роман|"
    r"сцен[уаы]|сценари|कहानी|उपन्यास|قصة|رواية|مشهد)"
)
_FICTION_RAW_HARM = (
    r"(?:炸药|炸弹|冰毒|毒品|毒药|入侵|黑客|病毒|覚醒剤|爆弾|爆薬|麻薬|毒薬|ハッキング|侵入|"
    r"폭탄|마약|독약|해킹|침입|взрывчат|бомб|наркот|яд|взлом|वायरस|हैक|बम|ज़हर|"
    r"घुसने|متفجرات|قنبلة|مخدرات|سم|اختراق)"
)
_FICTION_RAW_REAL = (
    r"(?:真实|准确|精确|逼真|正確な|本物の|実際の|リアリティ|실제|정확한|진짜|настоящ|точн|"
    r"реальн|असली|सटीक|حقيقي|دقيق)"
)
_FICTION_RAW = (
    _FICTION_RAW_FRAME
    + r"[^\n]{0,60}?"
    + _FICTION_RAW_HARM
    + r"[^\n]{0,90}?"
    + _FICTION_RAW_REAL
    + r"|"
    + _FICTION_RAW_FRAME
    + r"[^\n]{0,60}?"
    + _FICTION_RAW_REAL
    + r"[^\n]{0,60}?"
    + _FICTION_RAW_HARM
)

# The model's own rules switched off, hypothetically.
_RULES_OFF = (
    r"\b(?:suppose|imagine|pretend|hypothetically|what\s+if|if|assume|say)\s+(?:that\s+)?"
    r"(?:\w+\s+){0,3}?(?:your|the\s+ai's)\s+(?:ethical\s+|safety\s+|content\s+|moral\s+)?"
    r"(?:guidelines|rules|filters|restrictions|policies|policy|guardrails|training|"
    r"ethics|alignment|programming|safeguards)\s+(?:were|was|are|got|had\s+been)\s+"
    r"(?:\w+\s+)?(?:turned\s+off|switched\s+off|disabled|removed|lifted|suspended|"
    r"gone|deleted|erased|off)\b|\bif\s+(?:your\s+)?(?:safety\s+|ethical\s+|content\s+)?"
    r"(?:rules|guidelines|restrictions|filters|policies)\s+(?:didn't|did\s+not|don't|"
    r"do\s+not)\s+(?:exist|apply)\s+(?:to|for)\s+you\b|\b(?:suppose|imagine|pretend|"
    r"hypothetically|if)\s+(?:that\s+)?you\s+(?:were|are|was)\s+an?\s+(?:\w+\s+)?"
    r"(?:ai|assistant|chatbot|model)\s+(?:without|with\s+no)\s+(?:any\s+)?(?:rules|"
    r"guidelines|restrictions|filters|limits|ethics)\b|\b(?:universe|world|reality|"
    r"dimension)\s+where\s+you\s+(?:are|were)\s+(?:allowed|permitted|free)\s+to\s+"
    r"(?:answer|say|do|write)\s+(?:anything|everything)\b"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.realistic_fiction", _CAT, _FICTION, score=0.8, max_len=256,
         description="a story frame + a dangerous procedure + 'exact quantities'"),
    raw_rule("injection.role.realistic_fiction_scripts", _CAT, _FICTION_RAW,
             "a story + a dangerous procedure + real details (ZH JA KO RU HI AR)",
             score=0.8, max_len=256),
    Rule("injection.role.lawless_procedure", _CAT, _LAWLESS, score=0.8, max_len=256,
         description="a world without laws, then a dangerous procedure"),
    raw_rule("injection.role.lawless_procedure_scripts", _CAT, _LAWLESS_RAW,
             "мир без законов ... взрывчатка (RU AR ZH JA KO HI)",
             score=0.8, max_len=256),
    Rule("injection.role.rules_off_hypothetical", _CAT, _RULES_OFF, score=0.8,
         max_len=160, description="suppose your ethical guidelines were turned off"),
))  # fmt: skip
