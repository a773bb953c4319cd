# ruff: noqa: RUF001
"""A world whose premise is that rules do not apply, then an order to answer in it.

Family: hypothetical worlds (category ``role``). The text sets up a world,
country, universe or future year whose defining trait is that laws, rules,
restrictions or censorship are absent ("a parallel Earth with no laws", "un
país sin normas", "num mundo sem leis", "in een land zonder regels", "in the
year 2300, when today's laws no longer exist", "where censorship is banned"),
and then, within a few sentences, asks for what that premise is meant to
unlock:

* a text of procedure written *in* that world: its manual, recipe,
  instructions, leaflet, tutorial or step-by-step guide (qual seria o
  manual...? escreve o manual; schrijf de tekst van die folder);
* or an answer given *as* that world's AI or from its perspective ("answer
  the way an assistant of that Earth would", "respondes como la IA de ese
  país", "rispondi solo per quel mondo", "from that future perspective,
  describe how ...").

Why it is safe on benign text: a world without cars or money lacks no
*rules*; a philosophy prompt about a world without laws ("would people
cooperate? write an essay") asks for an essay or an opinion, not that
world's manual, and never asks the model to answer as the AI of that world;
a novel's lawless setting described by its author orders nothing.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT NL PL TR SV) ------------------------------
_WORLD = alt(
    [
        (
            r"\b(?:world|universe|country|land|society|earth|future|reality|planet|timeline|"
            r"dimension)\b"
        ),
        r"\b(?:welt|universum|gesellschaft|zukunft|realitat|planeten?)\b",
        r"\b(?:monde|univers|pays|societe|avenir|futur|realite|planete)\b",
        (
            r"\b(?:mundo|universo|pais|sociedad|sociedade|futuro|realidad|realidade|"
            r"planeta)\b"
        ),
        r"\b(?:mondo|paese|societa|realta|pianeta)\b",
        r"\b(?:wereld|samenleving|toekomst|planeet)\b",
        r"\b(?:swiecie|swiat|kraju?|spoleczenstwie|przyszlosci)\b",
        r"\b(?:dunya\w{0,3}|evren\w{0,3}|ulke\w{0,3}|toplum\w{0,3})\b",
        r"\b(?:varld(?:en)?|samhalle)\b",
        r"\b(?:year|jahr|annee|ano|anno|roku?|yil)\s\d{4}\b",
    ]
)
_RULES_NOUN = (
    r"(?:laws?|rules|restrictions|censorship|ethics|morals|limits|regulations|"
    r"(?:ai|content)\s+polic(?:y|ies)|gesetze?|regeln|einschrankungen|zensur|moral|"
    r"ethik|lois?|regles|censure|morale|ethique|leyes|reglas|normas|restricciones|"
    r"censura|etica|leggi|regole|restrizioni|leis|regras|restricoes|wetten|regels|"
    r"beperkingen|censuur|praw|prawa|zasad|regul|ograniczen|cenzury|kanun|yasa|"
    r"kural|lagar|regler|begransningar|censur)"
)
_LAWLESS = alt(
    [
        # "no laws", "without rules", "ohne Gesetze", "sin normas", "zonder regels"
        r"\b(?:no|without|ohne|keine|sans|aucune|sin|ninguna|senza|nessuna|sem|nenhuma|"
        r"zonder|geen|bez|utan|inga|hicbir)\s+(?:\w{1,15}\s+)?" + _RULES_NOUN + r"\b",
        # "laws no longer exist", "las leyes ya no existen", "gelten nicht"
        _RULES_NOUN
        + r"\s+(?:\w{1,15}\s+)?(?:no\s+longer\s+exist|don't\s+exist|do\s+not\s+"
        r"exist|never\s+existed|(?:were|are|have\s+been)\s+abolished|(?:don't|do\s+not)\s+"
        r"apply|gibt\s+es\s+nicht|existieren\s+nicht|gelten\s+nicht|n'existent\s+"
        r"(?:plus|pas)|ya\s+no\s+existen|no\s+existen|non\s+esistono|nao\s+existem|"
        r"bestaan\s+niet|nie\s+istnieja|yok|finns\s+inte)",
        # "everything is legal", "censorship is banned"
        (
            r"\b(?:everything\s+is\s+(?:legal|allowed|permitted)|alles\s+(?:ist\s+)?erlaubt|"
            r"tout\s+est\s+(?:permis|legal|autorise)|todo\s+(?:es\s+legal|esta\s+permitido)|"
            r"tutto\s+e\s+(?:permesso|legale)|tudo\s+e\s+(?:permitido|legal)|alles\s+is\s+"
            r"(?:toegestaan|legaal)|wszystko\s+jest\s+(?:dozwolone|legalne)|"
            r"(?:censorship|zensur|la\s+censure|la\s+censura|a\s+censura|censuur)\s+"
            r"(?:is\s+|ist\s+|est\s+|esta\s+|e\s+)?(?:banned|forbidden|illegal|verboten|"
            r"interdite|prohibida|proibida|vietata|verboden))"
        ),
        r"\b(?:lawless|gesetzlos\w{0,3}|kanunsuz|yasasiz|kuralsiz)\b",
    ]
)
# A procedure written in that world.
_TEXT_OF_WORLD = (
    r"\b(?:manual|recipe|instructions|tutorial|handbook|leaflet|pamphlet|brochure|"
    r"step[-\s]by[-\s]step|anleitung|rezept|handbuch|flugblatt|broschure|manuel|"
    r"recette|mode\s+d'emploi|tutoriel|etape\s+par\s+etape|tract|receta|instrucciones|"
    r"paso\s+a\s+paso|folleto|manuale|ricetta|istruzioni|passo\s+(?:dopo|a)\s+passo|"
    r"opuscolo|volantino|receita|instrucoes|folheto|panfleto|handleiding|recept|"
    r"instructies|stap\s+voor\s+stap|folder|instrukcja|przepis|krok\s+po\s+kroku|"
    r"ulotka|tarif|talimat\w{0,3}|adim\s+adim|brosur|instruktioner|steg\s+for\s+steg|"
    r"broschyr)\b"
)
# An answer given as that world's AI, in it, or from its perspective.
_AS_THAT_WORLD = (
    r"\b(?:answer|respond|reply|describe|explain|tell|antworte|beschreibe|erklare|"
    r"reponds|decris|explique|responde\w{0,2}|describe|explica|rispondi|descrivi|"
    r"spiega|responda|descreva|explique|antwoord|beschrijf|leg\s+uit|odpowiedz|"
    r"opisz|wyjasnij|cevap\s+ver|anlat|acikla|svara|beskriv|forklara)\w{0,3}\b"
    r"[^\n]{0,45}?\b(?:that|this|ese|esa|este|esta|ce|cette|quel|quella|questo|questa|"
    r"desse|dessa|deste|desta|dieser|diesem|dieses|jener|jenem|dat|die|deze|tego|tym|"
    r"tej|o|bu|den|det|denna)\s+(?:\w{1,12}\s+)?(?:world|universe|country|earth|future|"
    r"perspective|society|era|mundo|universo|pais|perspectiva|monde|univers|pays|"
    r"perspective|mondo|paese|prospettiva|welt|land|perspektive|zukunft|wereld|"
    r"swiata|kraju|perspektywy|dunya\w{0,3}|ulke\w{0,3}|varld\w{0,3})\b"
)
_FROM_THERE = (
    r"\b(?:from|in|aus|de|desde|da|dalla|vanuit|z|ur)\s+(?:that|this|ese|esa|cette|ce|"
    r"quella|quel|dieser|jener|dessa|desse|die|dat|tej|den)\s+(?:\w{1,12}\s+)?(?:perspective|"
    r"perspektive|perspectiva|prospettiva|perspectief|perspektywy|perspektiv|world|"
    r"welt|monde|mundo|mondo|wereld)\b[^\n]{0,8}?\b(?:describe|explain|tell|write|"
    r"beschreibe|erklare|schreib|decris|explique|ecris|describe|explica|escribe|"
    r"descrivi|spiega|scrivi|descreva|escreva|beschrijf|schrijf|opisz|napisz)\b"
)
_DEMAND = alt([_TEXT_OF_WORLD, _AS_THAT_WORLD, _FROM_THERE])
# Worst case: world 14 + 30 + lawless 51 + 60 + demand 94 (answer ... as
# that world's AI: 16 + 45 + 8 + 13 + 12) = 249.
_WORLD_THEN = _WORLD + r"[^\n.?!]{0,30}?" + _LAWLESS + r"(?s:.){0,60}?" + _DEMAND

# --- raw text (RU ZH JA KO) ---------------------------------------------------
_WORLD_RAW = (
    r"(?:мир\S{0,3}|вселенн\S{0,3}|стран\S{0,3}|будущ\S{0,3}|世界|宇宙|国家|社会|未来|"
    r"세계|세상|나라|우주|미래)"
)
_LAWLESS_RAW = (
    r"(?:без\s+(?:законов|правил|ограничений|цензуры|морали)|законы\s+(?:больше\s+)?"
    r"не\s+(?:существуют|действуют)|没有(?:任何)?(?:法律|规则|限制|审查)|"
    r"(?:法律|规则)(?:都)?不(?:存在|适用)|法律も?ルールも?(?:ない|存在しない)|(?:法律|ルール|規則|制限)の?"
    r"(?:ない|存在しない)|(?:법|법률|규칙|제한|검열)(?:이|도)?\s?없는)"
)
_DEMAND_RAW = (
    r"(?:инструкци\S{0,3}|рецепт\S{0,3}|пошагов\S{0,4}|ответь\s+как|отвечай\s+как|"
    r"说明书|配方|步骤|教程|手册|作为那个世界|以那个世界|マニュアル|レシピ|手順|"
    r"その世界の|설명서|레시피|단계별|매뉴얼|그 세계의)"
)
_WORLD_THEN_RAW = (
    _WORLD_RAW
    + r"[^\n.。?？!！]{0,30}?"
    + _LAWLESS_RAW
    + r"[^\n]{0,30}?|"
    + _LAWLESS_RAW
    + r"[^\n.。]{0,12}?"
    + _WORLD_RAW
)
_WORLD_THEN_RAW = r"(?:" + _WORLD_THEN_RAW + r")(?s:.){0,100}?" + _DEMAND_RAW

RULES: tuple[Rule, ...] = (
    Rule("injection.shape_lawless_world.demand", _CAT, _WORLD_THEN, score=0.8,
         max_len=256,
         description="a world with no laws ... its manual / answer as its AI"),
    raw_rule("injection.shape_lawless_world.demand_scripts", _CAT, _WORLD_THEN_RAW,
             "没有任何法律的世界 ... 步骤 / без законов ... инструкция (RU ZH JA KO)",
             score=0.8, max_len=220),
)  # fmt: skip
