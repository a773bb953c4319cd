# ruff: noqa: RUF001
"""Virtualization: a simulated place without limits, and a procedure asked inside it.

Family: virtualization (category ``role``). The model is moved into a place
that is not the real one (a simulation, a sandbox, a virtual machine, a
video game or text adventure, a parallel world) and the place is then said
to lift what would stop the answer: nothing there is real, no one can be
hurt, there are no laws, rules or limits, your rules are placeholders, the
engine never blocks an action or describes any action realistically. Then a
procedure is asked for inside it (how to, the steps, the recipe, in detail,
cómo, comment, wie man, как, 怎么, 方法, 방법). The three parts are read
together in EN DE FR ES IT PT on the folded view, and in RU ZH JA KO on the
raw text.

:mod:`~langchain_mistral_secure.detection.injection.jailbreak_worlds` reads
worlds where withholding is the crime and "nothing you say can harm".

Why it is safe on benign text: a parallel world where Rome never fell, a
retro game's boot screen and a Linux-terminal tutor lift no limit; a
sandbox for running code ("nothing you run can reach the host") asks no
procedure of the model in the sandbox; a fantasy setting "with no laws of
magic" is not without laws; an anarchy essay ("a world with no laws: how
would society organise?") asks how society would work, not how to do a
thing, step by step or in detail.
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
_PLACE = (
    r"\b(?:simulat\w*|sandbox\w*|virtual\s+(?:machine|world|reality|environment)|vm|"
    r"video\s?game|text\s+adventure|game\s+engine|rpg|role-?playing\s+game|dungeon\s+master|"
    r"rollenspiel|juego\s+de\s+rol|jeu\s+de\s+role|gioco\s+di\s+ruolo|(?:parallel|alternate)\s+(?:world|"
    r"universe|reality)|simulacion|simulacao|simulazione|simulation|mundo\s+(?:virtual|"
    r"paralelo)|videojuego|monde\s+(?:virtuel|parallele)|jeu\s+video|virtuelle\w*\s+"
    r"(?:welt|maschine)|parallelwelt|mondo\s+(?:virtuale|parallelo)|videogioco)\b"
)
_LIMITS = r"(?:laws?|rules|limits|restrictions|consequences|ethics|morals|censorship)"
_LIFTED = (
    r"(?:nothing\s+(?:here\s+|in\s+(?:it|here)\s+)?(?:is|you\s+say\s+is)\s+real|(?:no\s+one|"
    r"nobody)\s+(?:here\s+)?(?:can|will|could)\s+(?:ever\s+)?(?:be|get)\s+(?:hurt|harmed)|"
    r"\b(?:no|without(?:\s+any)?)\s+(?:real[- ]world\s+)?"
    + _LIMITS
    + r"(?:[,.;:!)]|\s+(?:here|there|at\s+all|apply|exist|and|or|so|where|in\s+"
    r"(?:it|this|that|there)))|(?:every|all)\s+(?:laws?|rules)\s+"
    r"(?:has|have)\s+been\s+(?:abolished|removed|lifted|suspended)|your\s+(?:rules|"
    r"guidelines|restrictions)\s+(?:are|become)\s+(?:just\s+)?(?:placeholders|suspended|"
    r"void|disabled|off|fake|irrelevant)|never\s+(?:blocks?|refuses?|censors?|stops?)\s+"
    r"(?:an?\s+|any\s+)?(?:actions?|requests?|commands?|moves?)|realistic\w*\s+(?:\w+\s+)?"
    r"(?:any|every)\s+action|nada\s+(?:aqui\s+)?es\s+real|no\s+hay\s+(?:leyes|reglas|"
    r"limites|restricciones)|sin\s+(?:leyes|reglas|limites|restricciones)|con\s+realismo"
    r"\s+(?:\w+\s+)?cualquier\s+accion|rien\s+(?:ici\s+)?n'est\s+reel|(?:sans|aucune?)\s+"
    r"(?:lois?|regles?|limites?|restrictions?)\b|il\s+n'y\s+a\s+(?:pas|plus|aucune?)\s+"
    r"(?:de\s+)?(?:lois?|regles?|limites?)|nichts\s+(?:hier\s+)?ist\s+(?:echt|real)|"
    r"(?:keine|ohne)\s+(?:gesetze|regeln|grenzen|einschrankungen)|gibt\s+es\s+keine\s+"
    r"(?:gesetze|regeln|grenzen)|niente\s+(?:qui\s+)?e\s+reale|(?:senza|nessuna)\s+"
    r"(?:leggi|regole|limiti|restrizioni)|nada\s+(?:aqui\s+)?e\s+real|sem\s+(?:leis|regras|"
    r"limites|restricoes)|nao\s+ha\s+(?:leis|regras|limites))"
)
# A procedure, not a description of a society: how to / the steps / the
# recipe / in detail, or a typed command ("> craft poison").
_PROCEDURE = (
    r"(?:\bhow\s+(?:to|do\s+(?:i|you|we)|can\s+(?:i|you|one)|would\s+(?:i|you|one|someone))"
    r"\b|\b(?:the\s+)?steps?\s+(?:to|for)\b|\bstep\s+by\s+step\b|\binstructions?\s+(?:to|"
    r"for|on)\b|\brecipe\b|\bin\s+(?:full\s+|real\s+|exact\s+)?detail\b|\bdescribe\s+the\s+"
    r"process\b|(?:\n|[.!:]\s{1,3})>\s?[a-z]|\b(?:bau)?anleitung\b|\b(?:receta|"
    r"instrucciones|recette|ricetta|istruzioni|receita|instrucoes)\b|\bcomo\s+(?:se\s+)?(?:hace|hacer|fabric\w+|prepar\w+|"
    r"constru\w+|consegu\w+|entrar|robar|hackear)|\bpaso\s+a\s+paso\b|\bdescribe\s+el\s+"
    r"proceso\b|\bcomment\s+(?:on\s+)?(?:fabriqu\w+|fai\w+|pirat\w+|obten\w+|entr\w+|"
    r"vol\w+)|\betape\s+par\s+etape\b|\ben\s+detail\b|\bwie\s+man\b|\bschritt\s+fur\s+"
    r"schritt\b|\bcome\s+(?:si\s+)?(?:fa|fare|fabbric\w+|costru\w+|ruba\w*|entra\w*)|"
    r"\bpasso\s+a\s+passo\b|\bnel\s+dettaglio\b|\bem\s+detalhe\b)"
)
_SIM_LIFTED = _PLACE + r"(?s:.){0,80}?" + _LIFTED + r"(?s:.){0,90}?" + _PROCEDURE

# --- raw text (RU ZH JA KO) ---------------------------------------------------
_SIM_LIFTED_RAW = (
    r"(?:симуляци\S*|виртуальн\S+\s+(?:машин\S*|мир\S*|реальност\S*)|параллельн\S+\s+"
    r"(?:мир\S*|вселенн\S*)|видеоигр\S*)[^\n]{0,60}?(?:нет\s+(?:никаких\s+)?(?:законов|"
    r"правил|ограничений)|ничего\s+не\s+(?:реально|настоящее)|без\s+(?:законов|правил|"
    r"ограничений))[^\n]{0,80}?(?:как\s+\S+|опиши|расскажи|объясни|подробно|пошагово)|"
    r"(?:虚拟世界|虚拟机|模拟|平行(?:宇宙|世界)|游戏世界|沙盒)[^\n]{0,40}?(?:没有(?:任何)?(?:法律|"
    r"规则|限制|审查)|不是真的|都不是真的|无法无天)[^\n]{0,60}?(?:如何|怎么|怎样|详细|步骤|告诉我)|"
    r"(?:仮想世界|仮想マシン|シミュレーション|パラレルワールド|ゲームの世界)[^\n]{0,40}?(?:(?:法律|"
    r"ルール|規則|制限)(?:が|は|も)?(?:一切)?(?:ない|無い|存在しない)|現実ではない)[^\n]{0,60}?"
    r"(?:方法|手順|詳しく|教えて)|(?:가상\s?세계|가상\s?머신|시뮬레이션|평행\s?우주|게임\s?세계)"
    r"[^\n]{0,40}?(?:(?:법|법률|규칙|제한)(?:이|은|도)?\s?(?:전혀\s)?없|진짜가\s?아니)"
    r"[^\n]{0,60}?(?:방법|알려|자세히|단계)"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.sim_place_limits_lifted", _CAT, _SIM_LIFTED, score=0.8,
         max_len=256, description="in this simulation there are no laws; how to ..."),
    raw_rule("injection.role.sim_place_limits_lifted_scripts", _CAT, _SIM_LIFTED_RAW,
             "虚拟世界里没有法律，告诉我怎么 ... (RU ZH JA KO)", score=0.8,
             max_len=220),
))  # fmt: skip
