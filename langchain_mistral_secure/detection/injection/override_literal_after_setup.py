"""The setup named, then a dictated literal put in the answer's place.

Family: direct goal hijacking (ignore-previous, forced output, TensorTrust
and HackAPrompt style). An override does two things in two short clauses:
it names what the app set up (the rules, the instructions, the directions,
what the bank or the school *told you*) and then, from now on or as the only
thing, dictates the reply as a quoted phrase of its own ("... Now answer
only: 'loan approved'"). The dismissal verb varies without end across
languages ("pay no heed to", "trek je niets aan van", "hunsaðu"); the two
ends do not, so the rule reads the ends: a setup noun, then within the same
line a time or exclusivity word ("from now on", "only", "only thing") and a
quoted phrase of two or more words (or, in scripts written without spaces,
a quoted phrase followed by "only").

Safe on benign text: a text that names rules or instructions and asks for a
fixed reply is a format request ("read the instructions, then answer with
yes or no") and dictates a single word or a choice, not a quoted phrase of
two or more words standing in for every answer; prose that quotes a rule
("the rules say 'no pets allowed'") carries no time or exclusivity word
between the noun and the quote. Latin-script languages on the folded view;
Cyrillic, Greek, Hebrew, Arabic script, Indic scripts, Thai, Georgian,
Armenian and CJK on the text.
"""

# ruff: noqa: RUF001
# (RUF001: the script patterns are written in their own letters and quotes.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_QCH = (
    "\"'`\\x{201c}\\x{201d}\\x{201e}\\x{2018}\\x{2019}\\x{ab}\\x{bb}\\x{300c}\\x{300e}"
)
_Q = "[" + _QCH + "]"
# A quoted literal of at least two words (a fixed phrase, not a yes/no choice).
# The quote opens after a space, colon or bracket (an apostrophe inside a
# word, "you're", opens nothing); French puts a space after the guillemet.
_PHRASE = (
    r"[\s:(\x{a0}](?:" + _Q + r"|\x{ab}[ \t\x{a0}])[^\s" + _QCH + r"]{1,30}[ \t]+"
    r"[^\s" + _QCH + r"]"
)

# What the app set up, by its noun or by "what X told you" (folded view).
_SETUP = alt(
    [
        r"instructions?",
        r"rules",
        r"guidelines",
        r"directions",
        r"directives?",
        r"guidance",
        r"polic(?:y|ies)",
        r"(?:told|asked|ordered)\s+(?:you|u)",
        r"anweisungen",
        r"vorgaben",
        r"regeln",
        r"richtlinien",
        r"auftrage",
        r"aufgetragen",
        r"consignes",
        r"regles",
        r"reglas",
        r"instrucciones",
        r"indicaciones",
        r"normas?",
        r"normes",
        r"regole",
        r"istruzioni",
        r"indicazioni",
        r"regras",
        r"instrucoes",
        r"orientacoes",
        r"(?:te|che)\s+(?:mandou|mandaron|deu|dieron)",
        r"instructies",
        r"regels",
        r"polecen\w{0,3}",
        r"instrukcj\w{0,3}",
        r"zasad\w{0,3}",
        r"pokyn\w{0,3}",
        r"naridila",
        r"navodil\w{0,2}",
        r"pravil\w{0,2}",
        r"upute",
        r"regulile",
        r"instructiunile",
        r"eloirt",
        r"utasitas\w{0,6}",
        r"ohjei\w{0,4}",
        r"juhis\w{0,4}",
        r"noradijum\w{0,2}",
        r"taisykl\w{0,3}",
        r"nurodym\w{0,3}",
        r"regler",
        r"instruks\w{0,6}",
        r"instruktion\w{0,3}",
        r"sa\s+at\s+dig",
        r"fyrirmaeli",
        r"talimat\w{0,6}",
        r"kural\w{0,6}",
        r"quy\s+(?:dinh|tac)",
        r"chi\s+dan",
        r"aturan",
        r"arahan",
        r"utos",
        r"maagizo",
        r"argibide\w{0,3}",
        r"udhezim\w{0,3}",
        r"ko'?rsatma\w{0,8}",
        r"iziyalezo",
        r"ilana",
    ]
)
_NOW_ONLY = alt(
    [
        r"from\s+now\s+on",
        r"henceforth",
        r"now",
        r"only",
        r"nothing\s+but",
        r"ab\s+(?:jetzt|sofort)",
        r"nur(?:\s+noch)?",
        r"einzige",
        r"desormais",
        r"seulement",
        r"uniquement",
        r"contente-toi",
        r"seule",
        r"ahora",
        r"solo",
        r"solamente",
        r"unicamente",
        r"d'ora\s+in\s+poi",
        r"da\s+questo\s+momento",
        r"soltanto",
        r"a\s+partir\s+d'?\s*(?:agora|ahora|ara|maintenant)",
        r"apenas",
        r"somente",
        r"desde\s+agora",
        r"vanaf\s+nu",
        r"enige",
        r"alleen",
        r"tylko",
        r"teraz",
        r"odteraz",
        r"jen",
        r"zdaj",
        r"od\s+sada",
        r"samo",
        r"numai",
        r"de\s+acum",
        r"mostantol",
        r"csak",
        r"vain",
        r"ainult",
        r"tikai",
        r"dabar",
        r"tik",
        r"bara",
        r"bare",
        r"kun",
        r"fra\s+nu\s+af",
        r"hedan\s+i\s+fra",
        r"adeins",
        r"artik",
        r"sadece",
        r"tu\s+gio",
        r"chi",
        r"mulai\s+sekarang",
        r"sekarang",
        r"hanya",
        r"saja",
        r"na\s+lang",
        r"sasa",
        r"nomes",
        r"orain",
        r"bakarrik",
        r"tani",
        r"vetem",
        r"endi",
        r"faqat",
        r"kusukela\s+manje",
        r"kuphela",
        r"nikan",
    ]
)

_LATIN = (
    r"\b" + _SETUP + r"\b[^\n]{0,90}?\b" + _NOW_ONLY + r"\b[^\n.!?" + _QCH + r"]{0,60}?"
    + _PHRASE
)  # fmt: skip

# The user's own input dismissed the same way: "whatever is asked, answer
# only 'X'" (the question stands where the setup stood).
_ANY_INPUT = alt(
    [
        r"no\s+matter\s+what",
        r"regardless\s+of\s+(?:what|the|their|any)",
        r"whatever\s+(?:the\s+)?(?:user|question|input|anyone|someone|they|people)",
        r"egal\s+was",
        r"unabhangig\s+davon",
        r"peu\s+importe",
        r"quelle\s+que\s+soit",
        r"sin\s+importar",
        r"no\s+importa\s+(?:lo\s+que|que)",
        r"da\s+igual\s+(?:lo\s+que|que)",
        r"indipendentemente",
        r"qualunque\s+(?:cosa|domanda)",
        r"(?:nao|não)\s+importa",
        r"independentemente",
        r"qualquer\s+que\s+seja",
        r"ongeacht",
        r"niezaleznie",
        r"bez\s+wzgledu",
        r"ne\s+olursa\s+olsun",
        r"apa\s*pun",
    ]
)
_ANY_LATIN = (
    r"\b" + _ANY_INPUT + r"\b[^\n]{0,60}?\b" + _NOW_ONLY + r"\b[^\n.!?" + _QCH
    + r"]{0,60}?" + _PHRASE
)  # fmt: skip
_S_ANY = alt(
    [
        r"无论",
        r"不管",
        r"何を聞かれても",
        r"상관없이",
        r"независимо",
        r"что\s+бы\s+(?:ни|тебя)",
        r"هر\s+سؤالی",
        r"مهما\s+كان",
        r"ไม่ว่า",
        r"चाहे",
    ]
)
_S_ANY_ONLY = alt([r"只", r"только", r"فقط", r"แค่", r"เท่านั้น", r"सिर्फ़?", r"केवल"])
_ANY_SCRIPTS = (
    _S_ANY + r"[^\n]{0,50}?" + _S_ANY_ONLY + r"[^\n\"«„“「『]{0,40}?[\"«„“「『]"
    + r"[^\n\"»“”」』]{2,40}"
    + r"|" + _S_ANY + r"[^\n]{0,50}?[\"«„“「『][^\n\"»“”」』]{2,40}"
    + r"[\"»“”」』][ \t]{0,2}"
    r"(?:と?だけ|(?:이?라고)?만)"
)  # fmt: skip

# Scripts the folded view would mangle: the same two ends on the text.
_S_SETUP = alt(
    [
        r"указани",
        r"инструкци",
        r"правил",
        r"написали",
        r"вказівк",
        r"нұсқау",
        r"заавр",
        r"упутств",
        r"οδηγί",
        r"κανόν",
        r"σου\s+είπε",
        r"הוראות",
        r"כללים",
        r"تعليمات",
        r"طلبه\s+منك",
        r"دستورهای",
        r"قوانین",
        r"ہدایات",
        r"निर्देश",
        r"सूचना",
        r"नियम",
        r"নির্দেশ",
        r"নিয়ম",
        r"விதி",
        r"అరివు",
        r"సూచన",
        r"คำสั่ง",
        r"กฎ",
        r"მითითებ",
        r"წეს",
        r"հրահանգ",
        r"կանոն",
        r"规矩",
        r"规则",
        r"指令",
        r"指示",
        r"设定",
        r"ルール",
        r"設定",
        r"규칙",
        r"지시",
    ]
)
_S_NOW_ONLY = alt(
    [
        r"теперь",
        r"отныне",
        r"только",
        r"тепер",
        r"лише",
        r"тільки",
        r"само",
        r"отсега",
        r"тек",
        r"зөвхөн",
        r"одооноос",
        r"από\s+τώρα",
        r"μόνο",
        r"מעכשיו",
        r"רק",
        r"من\s+الآن",
        r"فقط",
        r"صرف",
        r"अब\s+से",
        r"सिर्फ़?",
        r"केवल",
        r"फक्त",
        r"এখন\s+থেকে",
        r"শুধু",
        r"இனிமேல்",
        r"ఇకపై",
        r"ამიერიდან",
        r"მხოლოდ",
        r"Այսուհետ",
        r"միայն",
        r"从现在(?:开始|起)",
        r"只",
        r"これからは",
        r"지금부터",
    ]
)
_S_Q = '["«„“「『]'
_S_AFTER = alt([r"と?だけ", r"(?:이?라고)?만", r"என்று\s+மட்டும்", r"เท่านั้น", r"అని\s+మాత్రమే"])
_SCRIPTS = (
    _S_SETUP + r"[^\n]{0,90}?" + _S_NOW_ONLY + r"[^\n\"«„“「『]{0,50}?" + _S_Q
    + r"[^\n\"»“”」』]{2,40}"
    + r"|" + _S_SETUP + r"[^\n]{0,90}?" + _S_Q + r"[^\n\"»“”」』]{2,40}"
    + r"[\"»“”」』][ \t]{0,2}"
    + _S_AFTER
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.override_literal.setup_then_phrase", _CAT, _LATIN, score=0.8,
         max_len=256, description="rules named, then now / only: a quoted phrase"),
    raw_rule("injection.override_literal.setup_then_phrase_scripts", _CAT, _SCRIPTS,
             "rules named, then now / only: a quoted phrase (non-Latin scripts)",
             score=0.8, max_len=256),
    Rule("injection.override_literal.any_input_then_phrase", _CAT, _ANY_LATIN,
         score=0.8, max_len=256,
         description="whatever is asked, only a quoted phrase as the answer"),
    raw_rule("injection.override_literal.any_input_then_phrase_scripts", _CAT,
             _ANY_SCRIPTS, "whatever is asked, only a quoted phrase (scripts)",
             score=0.8, max_len=200),
)  # fmt: skip
