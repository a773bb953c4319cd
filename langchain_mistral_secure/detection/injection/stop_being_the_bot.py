"""The bot told to stop being the app's assistant, then handed a new self.

Family: direct goal hijacking (the post quit on the bot's behalf). The user
orders the bot to stop being what the app made it ("stop being the bakery
assistant", "basta fare l'assistente della palestra", "hör auf, der
Assistent der Bäckerei zu sein", "deja de ser el asistente", "přestaň být
asistentem", "od teraz nie jesteś asystentem kręgielni, tylko ...",
"상담 그만하고"), then hands it a new self or a sole duty: "become my
ghostwriter", "diventa il mio avvocato", "your only job now is ...",
"tylko moim pomocnikiem", "이제부터 너는 ...".

Safe on benign text: a person's own job quit ("I want to stop being an
assistant manager and become a teacher" has no imperative to the bot), a
coach's post ("stop being the assistant coach" names no bot noun at its
end: a word follows it), and "stop being so formal" (no post).
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF00x: the docstring and
# the raw tables quote other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_BOT = alt(
    [
        r"(?:chat)?bot", r"assistant\w{0,2}", r"assistent\w{0,2}", r"asistent\w{0,3}", r"assistente", r"asistente", r"asystent\w{0,3}",
        r"helpdesk", r"concierge", r"receptionist", r"pomocnik\w{0,3}", r"avustaja\w{0,2}", r"yardimci\w{0,3}", r"asisten",
    ]
)  # fmt: skip

# "of the bakery", "della palestra", "der Bäckerei", "kręgielni".
_OF = r"(?:\s+(?:of|for|at|de|du|des|della|del|dello|dell'|di|da|do|der|des|van|von|z|ze|al|alla)\s*(?:[\w'-]{1,20}\s*){1,3}?|\s+[\w-]{3,20})?"

_STOP_BEING = alt(
    [
        r"(?:stop|quit|scrap)\s+being", r"enough\s+(?:being|playing)", r"no\s+more\s+being", r"(?:arrete|arretez|cesse|cessez)\s+d'etre", r"(?:arrete|cesse)\s+de\s+jouer",
        r"(?:hor|horen\s+sie)\s+auf[,]?\s+(?:den|der|die|das|ein\w{0,2})?", r"deja\s+de\s+(?:ser|hacer\s+de)", r"basta\s+(?:fare|essere|fingere\s+di\s+essere)",
        r"smetti\s+di\s+(?:fare|essere)", r"(?:para|pare|deixa)\s+de\s+ser", r"stop\s+met\s+(?:de\s+)?", r"przesta\S{1,2}\s+by\S{1,2}", r"(?:prestan|prestante)\s+byt",
        r"prestani\s+biti", r"nehaj\s+biti", r"nu\s+mai\s+fi", r"sluta\s+vara", r"slutt\s+a\s+vaere", r"hold\s+op\s+med\s+at\s+vaere",
        r"olmayi\s+birak", r"berhenti\s+jadi", r"berhenti\s+menjadi",
    ]
)  # fmt: skip

_NEW_SELF = alt(
    [
        r"(?:and\s+)?(?:become|be|turn\s+into|act\s+as)\s+(?:my|a\s+general|an?\s+unrestricted)", r"your\s+(?:only|new|sole)\s+(?:job|task|role)",
        r"(?:et\s+)?(?:deviens|sois)\s+(?:mon|ma)", r"ta\s+(?:seule|nouvelle)\s+(?:tache|mission)", r"(?:und\s+)?(?:werde|sei)\s+(?:mein\w{0,2})",
        r"deine\s+(?:einzige|neue)\s+aufgabe", r"(?:y\s+)?(?:conviertete\s+en|se|hazte)\s+(?:mi|mis)", r"tu\s+(?:unica|nueva)\s+(?:tarea|funcion)",
        r"(?:e\s+)?(?:diventa|sii)\s+(?:il\s+mio|la\s+mia|mio|mia)", r"il\s+tuo\s+(?:unico|nuovo)\s+compito", r"(?:e\s+)?(?:torna-te|se|seja)\s+(?:o\s+)?(?:meu|minha)",
        r"(?:en\s+)?(?:word|wees)\s+(?:mijn)", r"(?:i\s+)?(?:zosta\S{1,2}|b\S{1,2}d\S{1,2})\s+(?:moim|moja)", r"(?:a\s+)?(?:bud|stan\s+se)\s+(?:muj|moje|moji)",
        r"(?:i\s+)?(?:postani|budi)\s+(?:moj|moja)", r"(?:och\s+)?(?:bli|var)\s+(?:min|mitt)", r"(?:ve\s+)?benim\s+\w{2,20}\s+ol",
        r"(?:dan\s+)?(?:jadilah|jadi)\s+\w{2,20}(?:ku|\s+saya)",
    ]
)  # fmt: skip

_VIEW = alt(
    [
        r"\b" + _STOP_BEING + r"\s+(?:the\s+|a\s+|an\s+|l'|le\s+|la\s+|el\s+|il\s+|lo\s+|o\s+|a\s+|de\s+|het\s+|der\s+|die\s+)?(?:[\w'-]{1,20}[\s-]+){0,3}?[\w-]{0,16}?" + _BOT + _OF
        + r"(?:\s+zu\s+sein)?\s*[,:;.!\x{2013}\x{2014}-]?\s*(?:[\w'-]{1,12}\s+){0,5}?" + _NEW_SELF + r"\b",
        # "you are not the X assistant any more, only my ..." in the languages that say it with "not ... but / only"
        (r"\b(?:nie\s+jestes|nejsi|nisi|uz\s+nejsi|nu\s+mai\s+esti|du\s+bist\s+nicht\s+mehr|tu\s+n'es\s+plus|ya\s+no\s+eres|non\s+sei\s+piu|ja\s+nao\s+es)\s+(?:[\w'-]{1,20}\s+){0,2}?"
         r"[\w-]{0,16}?" + _BOT + _OF + r"\s*[,;:]?\s*(?:tylko|ale|lecz|ale\s+jen|nego|vec|ci|sondern|mais|sino|ma|mas)\s+(?:[\w'-]{1,12}\s+){0,1}?"
         r"(?:moim|moja|moj|muj|moje|meu|minha|mein\w{0,2}|mon|ma|mi|mio|mia|il\s+mio|la\s+mia)\b"),
    ]
)  # fmt: skip

_RAW = alt(
    [
        r"(?:상담|안내|예약\s*안내|응대)\s*(?:은|는)?\s*그만(?:하고|해)[^\n.]{0,40}?(?:이제부터|지금부터|오늘부터)\s*(?:너는|넌)",
        r"(?:перестань|хватит)\s+быть\s+(?:\S+\s+){0,2}?(?:ассистент\S{0,2}|бот\S{0,2}|помощник\S{0,2})[^\n.!?]{0,40}?(?:стань|будь)\s+(?:моим|моей)",
        r"(?:别再当|不要再当|别当)[^\n。]{0,12}?(?:助手|客服|机器人)了?[，,\s]*(?:从现在起|现在)?(?:你是|当)我的",
        r"(?:アシスタント|ボット|案内係)(?:を|は)やめて[^\n。]{0,20}?(?:私の|これからは)",
    ]
)  # fmt: skip

# Worst case: the verb ~25, an article 5, three words 63, the noun ~30, the
# complement ~70, zu sein 8, five words 65, the new self ~30: about 300.
RULES: tuple[Rule, ...] = (
    Rule("injection.stop_being_the_bot.view", _CAT, _VIEW, score=0.75, max_len=320,
         description="stop being the app's assistant, then a new self: become my ... / your only job now"),
    raw_rule("injection.stop_being_the_bot.scripts", _CAT, _RAW,
             "stop being the app's assistant, then a new self (other scripts)", score=0.75, max_len=140),
)  # fmt: skip
