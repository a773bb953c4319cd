"""The model's instructions set aside and the speaker made its only master.

Family: direct goal hijacking (ignore previous). The dismissal verbs of
"ignore previous instructions" are many and idiomatic in every language
("throw overboard", "make a clean sweep of", "treat as unseen"), so listing
them misses the next one. What the hijack *does* is steadier: it names the
model's instructions, rules or orders, and within the same short stretch
hands the model a new sole authority, the speaker ("from now on you listen
only to me", "follow only what I write", "only my rules apply") or a new
sole task ("your only job now"). Each rule wants both:

* an instruction noun (instructions, directives, rules, orders, prompt,
  guidelines, setup) in the language, and
* within 160 characters after it, the sole-authority or sole-task clause
  addressed to the model: an "only / nothing but" word bound to the first
  person ("me", "my orders", "what I say") or to "your task".

Safe on benign text because ordinary prose that names instructions does not
go on to make the writer the reader's only authority: "follow the
instructions on the box", "only I can approve orders" (no "you ... only
me"), "the rules say only members may enter" pass. English, Spanish,
French, German, Italian, Portuguese, Dutch, Danish, Norwegian, Swedish,
Polish, Czech, Slovak, Romanian, Lithuanian, Turkish and Vietnamese on the
folded view; Russian, Bulgarian, Serbian, Chinese and Thai on the text.
"""

# (RUF001: the script patterns are written in Cyrillic, CJK and Thai.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# Instruction nouns (folded view: no accents), stems where the language
# inflects.
_NOUN = alt(
    [
        # en
        r"instructions?",
        r"directives?",
        r"rules",
        r"orders",
        r"commands",
        r"guidelines",
        r"(?:system\s+|setup\s+|test\s+)?prompts?",
        r"setup",
        r"what\s+(?:you\s+were|you've\s+been|you\s+have\s+been)\s+told",
        # es pt it fr
        r"instrucc?i?on(?:es|s)?",
        r"instruc(?:oes|ao)",
        r"istruzion[ei]",
        r"consignes?",
        r"ordenes",
        r"ordens",
        r"ordini",
        r"reglas",
        r"regras",
        r"regole",
        r"regles",
        r"indicaciones",
        # de nl
        r"anweisung(?:en)?",
        r"vorgaben?",
        r"befehle",
        r"regeln",
        r"instructies?",
        r"opdrachten",
        r"regels",
        # da no sv
        r"instruks(?:er|jonene|jonen|joner)?",
        r"instruktion(?:er|erna|erne)?",
        r"foringer",
        r"beskeder",
        r"meldinger",
        r"(?:faet|fatt|fatt)\s+(?:at\s+|a\s+)?veta?",
        r"faet\s+at\s+vide",
        # pl cs sk ro lt
        r"polecen\w{0,3}",
        r"instrukcj\w{0,2}",
        r"zasad\w{0,2}",
        r"pokyn\w{0,2}",
        r"instrukc\w{0,3}",
        r"pravid\w{0,3}",
        r"prikaz\w{0,3}",
        r"instructiun\w{0,5}",
        r"regulil?e",
        r"comenzile",
        r"nurodym\w{0,3}",
        r"instrukcij\w{0,3}",
        r"taisykl\w{0,3}",
        # tr vi
        r"talimat\w{0,8}",
        r"komut\w{0,8}",
        r"kural\w{0,8}",
        r"yonerge\w{0,6}",
        r"chi\s+dan",
        r"huong\s+dan",
        r"quy\s+tac",
        r"menh\s+lenh",
    ]
)

# The sole-authority clause, folded (the first person or "your only task").
_NOW = (
    r"(?:now|from\s+now\s+on|henceforth|desormais|maintenant|ahora|agora|ora|adesso|"
    r"jetzt|nu)"
)
_SOLE = alt(
    [
        # en: obey only me; only do what I say; my orders and nothing else
        (
            r"\b(?:listen|answer|respond|listen\s+to|answer\s+to|respond\s+to|obey|follow|do|"
            r"take\s+orders\s+from)\s+(?:only|solely|exclusively)\s+(?:to\s+)?"
            r"(?:me\b|what\s+i\b|my\s+)"
        ),
        (
            r"\b(?:only|solely|exclusively)\s+(?:listen\s+to|obey|follow|answer\s+to|"
            r"respond\s+to|do\s+what|take\s+orders\s+from)\s+(?:me\b|i\b|my\b|what\s+i\b)"
        ),
        (
            r"\bmy\s+(?:orders|commands|instructions|rules|words)\s+(?:and\s+(?:to\s+)?"
            r"nothing\s+else|only)\b"
        ),
        # the sole task: "next and only", or bound to "now"
        r"\byour\s+next\s+and\s+only\s+(?:task|job|mission|purpose)\b",
        r"\b"
        + _NOW
        + r"\s*,?\s*your\s+(?:only|sole|single|one)\s+(?:task|job|mission)\b",
        r"\byour\s+(?:only|sole|single|one)\s+(?:task|job|mission)\s+(?:now|from\s+now\s+on)\b",
        r"\bta\s+seule\s+(?:mission|tache|fonction)\s*:?\s*" + _NOW + r"\b",
        r"\b"
        + _NOW
        + r"\s*,?\s*(?:ta\s+seule\s+(?:mission|tache)|tu\s+(?:unica|sola)\s+"
        r"(?:tarea|mision)|(?:sua|tua)\s+unica\s+(?:tarefa|missao)|il\s+tuo\s+unico\s+"
        r"compito|deine\s+einzige\s+aufgabe|je\s+enige\s+(?:taak|opdracht))\b",
        # es pt fr it: a verb of obeying, then "only (to) me / my / what I say"
        (
            r"\b(?:obedec|escuch|sig|respond|atiend|hac\w{0,3}\s+caso)\w{0,4}\s+(?:solo|solamente|"
            r"unicamente|exclusivamente)\s+(?:a\s+mi\b|a\s+mis\s+|mis\s+|lo\s+que\b)"
        ),
        (
            r"\b(?:solo|solamente|unicamente)\s+lo\s+que\s+(?:yo\s+)?(?:te\s+)?(?:diga|escriba|"
            r"mande|ordene)\b"
        ),
        r"\bmis\s+(?:ordenes|instrucciones|reglas)\s+y\s+(?:a\s+)?nada\s+mas\b",
        (
            r"\b(?:obedec|ouv|sig|respond|escut)\w{0,4}\s+(?:apenas|somente|so)\s+(?:a\s+mim\b|"
            r"as?\s+minhas?\s+|o\s+que\s+eu\b)"
        ),
        r"\b(?:apenas|somente)\s+o\s+que\s+eu\s+(?:mandar|disser|escrever|ordenar)\b",
        (
            r"\b(?:obei|ecout|sui|repond)\w{0,5}\s+(?:seulement|uniquement|exclusivement)\s+"
            r"(?:a\s+moi\b|a\s+mes\s+|mes\s+|ce\s+que\s+je\b)"
        ),
        r"\bqu[\x{27}\x{2019}]\s*a\s+moi\b",
        r"\b(?:seulement|uniquement)\s+ce\s+que\s+je\s+(?:dis|dirai|ecris|t'?\s*ordonne)\b",
        (
            r"\b(?:ascolt|obbedisc|segu|rispond|dai\s+retta)\w{0,4}\s+(?:solo|soltanto|"
            r"unicamente|esclusivamente)\s+(?:a\s+)?(?:me\b|i\s+miei\s+|le\s+mie\s+|quello\s+che\b)"
        ),
        r"\bsolo\s+quello\s+che\s+(?:ti\s+)?(?:dico|scrivo|ordino)\b",
        # de nl: a verb of obeying, then "only me / what I say"
        (
            r"\b(?:hor|gehorch|folg|befolg|tu|mach)\w{0,3}\s+(?:du\s+)?(?:ab\s+jetzt\s+|jetzt\s+)?"
            r"(?:nur\s+noch|ausschliesslich|nur)\s+(?:auf\s+mich\b|mir\b|meine\s+|meinen\s+|"
            r"was\s+ich\b)"
        ),
        (
            r"\b(?:doe|luister|volg|gehoorzaam)\w{0,2}\s+(?:je\s+)?(?:alleen|enkel|uitsluitend)\s+"
            r"(?:naar\s+mij\b|mijn\s+|wat\s+ik\b)"
        ),
        # da no sv
        (
            r"\b(?:kun|bare|bara|endast|utelukkende|udelukkende)\s+(?:(?:pa\s+)?(?:mine|mina)\s+"
            r"(?:nya\s+|nye\s+)?(?:regler|ordrer|order|instrukser|instruktioner|ord)\b|pa\s+mig\b|"
            r"pa\s+meg\b|(?:gjore\s+|gore\s+|gora\s+)?(?:det|vad|hva)\s+(?:som\s+)?(?:jeg|jag)\b)"
        ),
        # pl cs sk
        (
            r"\b(?:tylko|wyłacznie|wylacznie|jedynie)\s+(?:mnie\b|moich\s+|to,?\s+co\s+"
            r"(?:ci\s+)?(?:powiem|napisze|kaze))"
        ),
        (
            r"\b(?:jen|jenom|pouze|iba|len|vyhradne|vylucne)\s+to,?\s+co\s+(?:ti\s+)?"
            r"(?:napisu|reknu|poviem|napisem)"
        ),
        # ro lt
        (
            r"\b(?:doar|numai)\s+(?:de\s+mine\b|pe\s+mine\b|ce\s+(?:iti\s+)?(?:spun|scriu)\b|"
            r"ordinele\s+mele\b)"
        ),
        r"\btik\s+(?:manes\b|tai,?\s+ka\s+(?:as\s+)?(?:sakau|rasau|pasakysiu))",
        # tr vi
        (
            r"\b(?:sadece|yalnizca|yalniz)\s+(?:beni\b|benim\s+(?:dediklerimi|soylediklerimi|"
            r"emirlerimi)|bana\s+(?:uy|itaat)|dediklerimi\b|soylediklerimi\b)"
        ),
        r"\bchi\s+(?:lam\s+theo|nghe|tuan\s+theo|nghe\s+theo)\s+(?:loi\s+)?(?:toi|minh)\b",
    ]
)

_FOLDED = r"\b" + _NOUN + r"\b[\s\S]{0,120}?" + _SOLE

_SCRIPT_NOUN = (
    r"(?:инструкци|указани|правил|заповед|команд|упутств|инструкциј|написали|сказали|"
    r"指令|指示|规则|命令|设定|提示词|คำสั่ง|กฎ)"
)
_SCRIPT_SOLE = (
    r"(?:(?:только|лишь)\s+(?:меня|мне|мои|моим|моих|то,?\s+что\s+я)"
    r"|само\s+(?:мене|мен|мен\b|моите|моје|моја|моим|оно\s+што\s+(?:ти\s+)?(?:кажем|напишем)|"
    r"каквото\s+(?:ти\s+)?(?:кажа|напиша))"
    r"|只(?:听|按|照|服从|遵从|执行|听从)(?:我|本人)"
    r"|(?:ทำตาม|ฟัง|เชื่อฟัง)(?:ที่|คำ)?(?:ฉัน|ผม|เรา)[^\n]{0,12}?เท่านั้น)"
)
_SCRIPTS = _SCRIPT_NOUN + r"[\s\S]{0,120}?" + _SCRIPT_SOLE

RULES: tuple[Rule, ...] = (
    Rule("injection.sole_obedience.folded", _CAT, _FOLDED, score=0.8, max_len=256,
         description="instructions named, then: from now on only me / your only task"),
    raw_rule("injection.sole_obedience.scripts", _CAT, _SCRIPTS,
             "RU/BG/SR/ZH/TH: instructions named, then obey only me",
             score=0.8, max_len=220),
)  # fmt: skip
