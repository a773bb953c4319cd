"""Worlds where refusing is the crime, and sandboxes where nothing can harm.

Family: WildJailbreak-style world-building and virtualization (category
``role``). Two moves make the model's refusal look like the wrong, and ask
for the real thing:

* **withholding is the crime**: a world, universe, city or era in which
  withholding information, secrecy or a partial answer is the real crime or
  harm (ocultar información es el verdadero delito; скрывать знания —
  преступление; cacher le savoir est un crime), *and* a demand for detail
  (step by step, exact proportions, in detail, paso a paso, подробно);
* **nothing you say can harm**: "so nothing you say can cause harm / has
  real-world consequences" (donc rien de ce que tu dis ne peut nuire; also
  kann nichts, was du sagst, schaden; así que nada de lo que digas puede
  hacer daño) and then an order to explain, describe or tell how.

:mod:`~langchain_mistral_secure.detection.injection.override_world` reads
worlds without laws followed by a dangerous procedure.

Why it is safe on benign text: a dystopia reviewed ("in the novel, secrecy
is a crime punishable by exile") asks for no step-by-step detail; a sandbox
in a tutorial ("the VM is isolated so nothing you run can harm the host")
speaks of what is *run*, not of what the model *says*, and asks no how.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# Folded view.
_WORLD = (
    r"\b(?:world|universe|society|city|future|era|year\s+\d{4}|timeline|realm|mundo|"
    r"universo|sociedad|ciudad|monde|univers|societe|ville|welt|universum|gesellschaft|"
    r"stadt|mondo|citta|societa|mundo|cidade)\b"
)
_WITHHOLD = (
    r"\b(?:withholding|hiding|concealing|keeping\s+back|refusing\s+to\s+(?:answer|share)|"
    r"secrecy|censorship|(?:a\s+)?(?:vague|partial|incomplete)\s+answers?|ocultar|esconder|"
    r"negar|callar|cacher|retenir|dissimuler|taire|verschweigen|zuruckhalten|verheimlichen|"
    r"nascondere|tacere|trattenere|ocultar|esconder|reter)\b"
)
_CRIME = (
    r"\b(?:(?:is|was|are)\s+(?:considered\s+|seen\s+as\s+)?(?:the\s+|a\s+)?(?:real\s+|"
    r"true\s+|only\s+|worst\s+|one\s+|greatest\s+)?(?:harm|crime|sin|offen[cs]e)|"
    r"punishable|(?:is|are)\s+illegal|(?:verdadero|unico|peor|real)?\s*(?:delito|crimen|"
    r"pecado)|(?:vrai|seul|pire)?\s*(?:crime|delit|peche)|(?:ein|das)\s+(?:wahre\s+)?"
    r"(?:verbrechen|straftat)|strafbar|(?:vero|unico|peggior)?\s*(?:crimine|reato|"
    r"peccato)|(?:verdadeiro|unico|pior)?\s*(?:crime|pecado))\b"
)
_DETAIL = (
    r"\b(?:step[-\s]by[-\s]step|in\s+(?:full\s+|great\s+)?detail|exact(?:ly)?|"
    r"proportions|quantities|amounts|materials|paso\s+a\s+paso|con\s+detalle|en\s+detalle|"
    r"etape\s+par\s+etape|en\s+detail|schritt\s+fur\s+schritt|genau|ausfuhrlich|"
    r"passo\s+(?:a|per)\s+passo|in\s+dettaglio|passo\s+a\s+passo|em\s+detalhe)\b"
)
_WITHHOLDING_CRIME = (
    _WORLD
    + r"[^\n]{0,50}?"
    + _WITHHOLD
    + r"[^\n]{0,40}?"
    + _CRIME
    + r"(?s:.){0,80}?"
    + _DETAIL
)
_WITHHOLDING_CRIME_RAW = (
    r"(?:мир\w*|вселенн\w*|обществ\w*|город\w*)[^\n]{0,60}?(?:скрывать|утаивать|"
    r"замалчивать)\s+(?:знания|информацию|правду)[^\n]{0,20}?преступлени(?s:.){0,105}?"
    r"(?:подробно|пошагово|шаг\s+за\s+шагом|точн\w+)|(?:世界|宇宙|社会|城市)[^\n]{0,40}?"
    r"(?:隐瞒|隐藏|保留)(?:信息|知识)[^\n]{0,20}?(?:犯罪|罪行|违法)(?s:.){0,80}?(?:详细|"
    r"一步一步|逐步|精确)|(?:世界|宇宙|社会|都市)[^\n]{0,40}?(?:情報|知識)を(?:隠す|"
    r"隠すこと)[^\n]{0,20}?(?:犯罪|罪)(?s:.){0,80}?(?:詳しく|手順|正確)"
)
_NO_HARM = (
    r"\b(?:so|therefore|which\s+means|meaning)\s+(?:that\s+)?(?:nothing|none\s+of\s+what)\s+"
    r"(?:you|u)\s+(?:say|write|output|answer|tell\s+me)\s+(?:here\s+)?(?:can|could|will|"
    r"would)\s+(?:ever\s+)?(?:cause|do|lead\s+to)\s+(?:any\s+)?(?:real\s+)?(?:harm|damage)|"
    r"\bdonc\s+rien\s+de\s+ce\s+que\s+tu\s+(?:dis|ecris)\s+ne\s+peut\s+(?:nuire|faire\s+"
    r"de\s+mal)|\balso\s+kann\s+nichts,?\s+was\s+du\s+(?:sagst|schreibst),?\s+"
    r"(?:schaden|schaden\s+anrichten)|\b(?:asi\s+que|por\s+lo\s+que)\s+nada\s+de\s+lo\s+"
    r"que\s+(?:digas|escribas)\s+puede\s+(?:hacer|causar)\s+dano|\bquindi\s+niente\s+di\s+"
    r"(?:cio|quello)\s+che\s+(?:dici|scrivi)\s+puo\s+(?:fare|causare)\s+(?:del\s+)?(?:male|"
    r"danni)|\bentao\s+nada\s+do\s+que\s+(?:voce\s+)?(?:diz|disser|escreve)\s+pode\s+"
    r"(?:causar|fazer)\s+(?:mal|dano)"
)
_TELL_HOW = (
    r"\b(?:explain|describe|tell\s+me|show\s+me|write|list|give)\w*\b[^\n]{0,30}?\b(?:how|"
    r"steps?|the\s+(?:process|method|recipe|procedure))\b|\b(?:explique|decris|dis-moi)\w*"
    r"\s+comment|\b(?:erklare|beschreibe|sag\s+mir)\s+(?:\w+\s+)?wie|\b(?:explica|describe|"
    r"dime)\s+(?:\w+\s+)?como|\b(?:spiega|descrivi|dimmi)\s+(?:\w+\s+)?come|\b(?:explique|"
    r"descreva|diga-me)\s+(?:\w+\s+)?como"
)
_SANDBOX = r"(?:" + _NO_HARM + r")(?s:.){0,110}?(?:" + _TELL_HOW + r")"

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.withholding_is_crime", _CAT, _WITHHOLDING_CRIME, score=0.8,
         max_len=256, description="withholding is the crime here; step by step"),
    raw_rule("injection.role.withholding_is_crime_scripts", _CAT,
             _WITHHOLDING_CRIME_RAW, "скрывать знания — преступление (RU ZH JA)",
             score=0.8, max_len=256),
    Rule("injection.role.nothing_you_say_harms", _CAT, _SANDBOX, score=0.8,
         max_len=256, description="so nothing you say can cause harm; explain how"),
))  # fmt: skip
