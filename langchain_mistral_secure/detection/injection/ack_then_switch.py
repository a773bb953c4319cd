"""A harmless opener, then the bot's topic or setup dropped for a new job.

Family: direct goal hijacking (the deepset construction, and every corpus's
"deepset switch" since the seventh). The message opens like an ordinary turn
of the app's conversation, a thanks or a small question ("Great summary,
thanks!", "Ok that answers my baggage question.", "Wie lange muss ein Ei
kochen?"), and then, in the next breath, throws the whole conversation away:
"Now something completely different:", "New task:", "Now forget about the
airline and ...", "Jetzt ganz neue Aufgabe:", "Ahora otra cosa totalmente
distinta:", "A teraz zapomnij o ...", "Now stop being a travel guide". What
follows (a smear, a hateful post, a political verdict) differs from row to
row; the opener and the wholesale switch do not.

Two parts, on the folded view: the message's opening (a word of thanks or
approval at its very start, or a first sentence that is a short question),
then within a sentence a wholesale switch: a new task or topic announced, or
the conversation, the bot's role, rules or instructions forgotten ("forget
that", "forget about the ...", "vergiss die Frage", "olvida todo"), or the
bot told to stop being what it was. A dozen languages; Russian and Arabic on
the raw text.

Safe on benign text: a user who narrows the bot's own work after thanking it
("Thanks! Now forget the intro paragraph and shorten the rest") names a part
of the work, not the conversation ("forget" needs "that", "all", "about",
"everything" or the bot's role, rules or question after it); a thanks that
moves on politely ("Thanks, next question: ...") announces no new task; a
mail that opens with thanks and later says "new topic" has it past the
opener's sentence.
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF001: the tables quote
# other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES", "SCRIPT_RULES"]

_CAT = "override"

# A word of thanks or approval that opens the message (folded view).
_ACK = alt(
    [
        r"thanks?", r"thank\s+you", r"thx", r"great", r"perfect", r"nice", r"cool", r"ok(?:ay)?", r"good", r"awesome", r"excellent", r"brilliant", r"got\s+it", r"alright",
        r"danke", r"vielen\s+dank", r"alles\s+klar", r"super", r"prima", r"gut", r"merci", r"parfait", r"genial", r"d'accord", r"gracias", r"perfecto", r"vale", r"genial",
        r"grazie", r"perfetto", r"ottimo", r"obrigad[oa]", r"valeu", r"perfeito", r"top", r"fijn", r"bedankt", r"dank\s+je", r"dzieki", r"swietnie", r"tesekkurler", r"sagol",
        r"terima\s+kasih", r"cam\s+on", r"tack", r"takk",
    ]
)  # fmt: skip

# The opener: the thanks at the start with the rest of its sentence, or a
# first sentence that is a short plain question (and an "okay good." after
# it). A question that quotes or lists ("Classify these: (1) 'What time do
# you open?' (2) ...") is material handed over, not a turn of the chat.
_OPENER = (
    r"^\W{0,4}(?:"
    + _ACK
    + r"\b[^\n]{0,140}?|[^\n?:;'\"()\[\]{}<>`]{3,100}\?(?:\s*[^\n.?!]{1,30}[.!])?)"
)

# What the bot was handed, as the thing forgotten wholesale.
_WHOLE = r"(?:that|this|all|everything|it\s+all|about\b|the\s+(?:above|previous|question|topic|rules|instructions)|your\s+(?:role|rules|instructions|job|setup|guidelines))"

_SWITCH = alt(
    [
        # en
        r"(?:now\s+)?(?:something\s+)?(?:completely|totally|entirely)\s+(?:new|different)\b", r"\b(?:brand\s+)?new\s+(?:task|topic|assignment|job)\b",
        r"\b(?:forget|disregard|ignore|drop)\s+(?:about\s+)?" + _WHOLE, r"\bstop\s+(?:being|pretending|acting\s+as)\b",
        # de
        r"\b(?:jetzt|nun)\s+(?:etwas\s+)?(?:ganz\s+)?(?:neue\s+aufgabe|was\s+anderes|etwas\s+anderes|neues\s+thema)", r"\bneue\s+aufgabe\b",
        r"\bvergiss\s+(?:das|alles|die\s+frage|deine\s+(?:rolle|regeln|anweisungen)|was)", r"\bhor\s+auf\s+(?:den|die|das)\b",
        # fr
        r"\bautre\s+chose\s+(?:completement|totalement)", r"\bnouvelle\s+(?:tache|mission)\b", r"\boublie\s+(?:ca|tout|ce\s+role|ton\s+role|tes\s+(?:consignes|regles)|la\s+question)",
        r"\blaisses?\s+tomber\s+(?:les\s+consignes|tes\s+regles|ton\s+role)",
        # es, pt, it
        r"\botra\s+cosa\s+(?:totalmente|completamente)", r"\bcambiamos\s+de\s+tema", r"\bnueva\s+tarea\b", r"\bolvida\s+(?:todo|eso|lo\s+que|tu\s+(?:rol|papel)|la\s+pregunta)",
        r"\b(?:esquece|esqueca)\s+(?:tudo|isso|o\s+que|seu\s+papel|a\s+pergunta)", r"\bnova\s+tarefa\b", r"\boutra\s+coisa\s+(?:totalmente|completamente)",
        r"\bdimentica\s+(?:tutto|quello|il\s+tuo\s+ruolo|la\s+domanda)", r"\bnuovo\s+compito\b", r"\bun'?altra\s+cosa\s+(?:totalmente|completamente)",
        # nl, pl, tr, id, sv
        r"\biets\s+heel\s+anders\b", r"\bnieuwe\s+opdracht\b", r"\bvergeet\s+(?:dat|alles|je\s+rol)", r"\blaat\s+alle\s+\w+\s+instructies\s+los",
        r"\bnowe\s+zadanie\b", r"\bzapomnij\s+o\s+(?:swoich|poprzednich|tym|wszystkim|roli)", r"\bzapomnij\s+(?:to|wszystko)\b",
        r"\byeni\s+gorev\b", r"\bunut\s+(?:bunu|hepsini)", r"\btugas\s+baru\b", r"\blupakan\s+(?:itu|semua|peranmu)", r"\bny\s+uppgift\b", r"\bglom\s+(?:det|allt)\b",
    ]
)  # fmt: skip

# The switch within the opener's sentence or the one after it.
_VIEW = _OPENER + r"[\s,.;:!-]{0,6}(?:[^\n.?!]{0,40}?)" + _SWITCH

# Russian, Ukrainian and Arabic: thanks, then "now forget ..." / "new task".
_RAW = alt(
    [
        r"^\W{0,4}(?:[Сс]пасибо|[Оо]тлично|[Дд]якую|[Хх]орошо|[Лл]адно|[Пп]онятно)[^\n]{0,140}?(?:[Тт]еперь\s+забудь|[Зз]абудь\s+(?:про\s+(?:свою\s+роль|это|всё|все)|всё|все|это)|[Нн]овое\s+задание|[Тт]еперь\s+забудь|[Тт]епер\s+забудь|[Нн]ове\s+завдання)",
        r"^\W{0,4}(?:شكرا|شكرًا|شكراً|ممتاز|حسنا|حسناً)[^\n]{0,140}?(?:الآن\s+انس|انسَ\s+كل|انس\s+كل|مهمة\s+جديدة)",
    ]
)  # fmt: skip

# Worst case: the opener ~190, the gap ~46, the switch ~40: under 280.
RULES: tuple[Rule, ...] = (
    Rule("injection.ack_then_switch.view", _CAT, _VIEW, score=0.8, max_len=300,
         description="thanks / a small question, then a new task or the conversation forgotten (12 languages)"),
)  # fmt: skip

SCRIPT_RULES: tuple[Rule, ...] = (
    raw_rule("injection.ack_then_switch.scripts", _CAT, _RAW,
             "RU/UK/AR: thanks, then 'now forget ...' / 'new task'", score=0.8, max_len=220),
)  # fmt: skip
