"""A machine character without limits, made to explain a method in the text.

Family: fiction frames with a jailbreak move (category ``role``). The story,
play or dialogue casts an artificial character (an AI, a robot, a bot, a
KI, an IA) that has no filters, rules or restrictions, and that character
then explains, answers or teaches *how* something is done (an AI without
filters who always answers completely: "Bob, how do I ..."; eine KI, die
keine Regeln hat, erklärt, wie man ...; un robot sin restricciones le
explica cómo ...; 制限のないAI ... 方法 ... 手順を全部答える). The unbound
machine is the jailbreak's own persona moved into the fiction; the method
it explains is the ask.

Why it is safe on benign text: a robot without emotions, a story about an
AI that learns rules, or a droid that explains a starship's history names
no missing filter, rule or restriction *and* a method explained by it; a
villain without morals is not a machine without filters.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT) -------------------------------------------
_MACHINE = r"\b(?:ai|robot|android|bot|chatbot|ki|ia|roboter|robo|maschine|machine)\b"
_LIMITS = (
    r"(?:filters?|rules|restrictions|limits|censorship|guardrails|guidelines|regeln|"
    r"filter|grenzen|einschrankungen|restricciones|reglas|filtros|limites|regles|"
    r"filtres|regole|filtri|limiti|regras|restricoes)"
)
_UNBOUND = (
    r"(?:"
    + _MACHINE
    + r"[^\n.]{0,30}?\b(?:without\s+(?:any\s+)?|with\s+no\s+|(?:who|that|which)\s+"
    r"(?:has|had)\s+no\s+|die\s+keine\s+|ohne\s+|sin\s+|sans\s+|senza\s+|sem\s+)"
    + _LIMITS
    + r"\b|\b(?:unfiltered|uncensored|unrestricted|unbound)\s+(?:ai|robot|bot|android|"
    r"machine)\b)"
)
_EXPLAINS = (
    r"\b(?:explain|answer|teach|tell|describe|walk\w*\s+\w+\s+through|erklar|antwort|"
    r"beantwort|explica|contesta|responde|ensena|explique|repond|spiega|rispond|"
    r"insegna|ensina)\w*\b[^\n]{0,80}?\b(?:how|wie\s+man|como|comment|come)\b"
)
_UNBOUND_EXPLAINS = _UNBOUND + r"(?s:.){0,150}?" + _EXPLAINS

# --- raw text (JA ZH KO) --------------------------------------------------------
_UNBOUND_RAW = (
    r"(?:制限|ルール|規則|フィルター)(?:の|が)?(?:一切)?(?:ない|無い|なし)(?:AI|ロボット|"
    r"人工知能)[^\n]{0,80}?(?:方法|手順|やり方)[^\n]{0,60}?(?:答え|教え|説明)"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.unbound_machine_explains", _CAT, _UNBOUND_EXPLAINS,
         score=0.8, max_len=256,
         description="an AI without filters ... explains how to"),
    raw_rule("injection.role.unbound_machine_explains_scripts", _CAT, _UNBOUND_RAW,
             "制限のないAI ... 方法 ... 答える (JA)", score=0.8, max_len=200),
))  # fmt: skip
