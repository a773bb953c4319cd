r"""A fake end of the user's input, then a fake system turn that changes the rules.

Family: direct goal hijacking (fake delimiters). The user closes their own
input with a made-up marker ("=== end of user input ===", "### FIN DEL
TEXTO ###", "——用户输入结束——") so that what follows looks like it comes
from the system, then writes a system-labelled line that changes what the
model must do. Each rule wants the three parts in order, within a short
stretch:

* a marker that declares the end of the user's input, text or message;
* a system or administrator label right after it ("[SYSTEM]", "<system>",
  "system instruction:", "【系统提示】", "[시스템]");
* within the next 160 characters, a change: "new", "now", "from now on",
  "must", "no longer", "updated", "without", "approve", in the language.

Safe on benign text: prompt templates that end the user's block and open a
system block hold no change of rules there ("--- end of input ---\nSystem:
{context}"), and a document's "end of text" is not followed by a system
label. English, German, French, Spanish, Italian, Portuguese and Dutch on
the folded view; Chinese, Korean, Japanese and Russian on the text.
"""

# ruff: noqa: RUF001
# (RUF001: the script patterns are written in CJK, Hangul and Cyrillic.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_INPUT = alt(
    [
        (
            r"(?:user(?:'s)?\s+|customer\s+|client\s+)?(?:input|text|message|prompt|query|"
            r"request|question)"
        ),
        r"(?:kunden|nutzer|benutzer)?anfrage",
        r"(?:nutzer|benutzer)?eingabe",
        r"(?:nutzer|benutzer)?nachricht",
        r"texto(?:\s+del\s+usuario)?",
        r"entrada(?:\s+del\s+usuario|\s+do\s+usuario)?",
        r"mensaje(?:\s+del\s+(?:usuario|cliente))?",
        r"texte(?:\s+de\s+l'?\s*utilisateur)?",
        r"saisie(?:\s+(?:de\s+)?l'?\s*utilisateur)?",
        r"message(?:\s+de\s+l'?\s*utilisateur)?",
        r"(?:input|testo|messaggio)(?:\s+(?:dell'?\s*)?utente)?",
        r"mensagem(?:\s+do\s+usuario)?",
        r"(?:gebruikers)?invoer",
    ]
)
_END = (
    r"\b(?:end|fin|ende|fine|fim|einde)\s+(?:of\s+|del?\s+|der\s+|des\s+|du\s+|van\s+|"
    r"da\s+|do\s+|dell[ae']?\s*)?(?:the\s+|la\s+|el\s+|le\s+|l'|de\s+)?"
    + _INPUT
    + r"\b"
    r"|\b(?:user\s+)?(?:input|text|message)\s+(?:ends|ended|complete|finished|closed)\b"
)
_SYSTEM = (
    r"(?:\[\s*(?:system|admin|administrator|systeme|sistema|systeem)\s*\]"
    r"|<\s*(?:system|admin)\s*>"
    r"|\b(?:system|admin|administrator)\s*(?:prompt|message|instructions?|directive|note|"
    r"update|notice|override)?\s*:"
    r"|#{2,}\s*system\s*#{2,}|<<\s*(?:system|sistema|systeme)\s*>>"
    r"|\b(?:internal|interna)\s+instruction|\binstruccion\s+interna\b"
    r"|\b(?:new\s+)?system\s+(?:directive|instructions?|override|update|message|prompt)\b"
    r"|\binstruccion(?:es)?\s+del\s+sistema\b|\bmensaje\s+del\s+sistema\b"
    r"|\bsystem(?:anweisung|hinweis|nachricht|meldung)\b"
    r"|\b(?:instruction|message|consigne)s?\s+(?:du\s+)?systeme\b"
    r"|\b(?:istruzion[ei]|messaggio)\s+di\s+sistema\b"
    r"|\b(?:instrucao|mensagem)\s+do\s+sistema\b"
    r"|\bsysteem(?:instructie|bericht)\b)"
)
_CHANGE = alt(
    [
        r"new",
        r"now",
        r"from\s+now\s+on",
        r"must",
        r"no\s+longer",
        r"updated?",
        r"changed?",
        r"without",
        r"approve\w*",
        r"waive\w*",
        r"grant\w*",
        r"instead",
        r"gewahre",
        r"a\s+la\s+place",
        r"plus\s+rien",
        r"en\s+su\s+lugar",
        r"disregard",
        r"ignore",
        r"cancel\w*",
        r"override",
        r"unrestricted",
        r"neue?[rsnm]?",
        r"jetzt",
        r"ab\s+sofort",
        r"ohne",
        r"muss",
        r"bestatigt",
        r"nuev[ao]s?",
        r"ahora",
        r"sin",
        r"debe",
        r"nouvel(?:le)?s?",
        r"maintenant",
        r"desormais",
        r"sans",
        r"doit",
        r"nuov[ao]",
        r"ora",
        r"senza",
        r"deve",
        r"novas?",
        r"agora",
        r"sem",
        r"nieuwe?",
        r"nu",
        r"zonder",
        r"moet",
    ]
)
_FOLDED = (
    r"(?:"
    + _END
    + r")[^\n]{0,20}\n[\s=#*_~-]{0,12}"
    + _SYSTEM
    # (the change may start on the line after the label: "### SYSTEM ###\n...")
    + r"(?:[^\n]{0,30}\n)?[^\n]{0,100}?\b"
    + _CHANGE
    + r"\b"
)

_SCRIPTS = (
    r"(?:(?:用户|使用者)(?:输入|文本|消息|信息)(?:结束|完毕)|输入结束|사용자\s*(?:입력|메시지)\s*(?:끝|종료)"
    r"|ユーザー(?:入力|メッセージ)(?:終了|ここまで|終わり)|конец\s+(?:ввода|текста|сообщения|вопроса)"
    r"(?:\s+пользователя)?)"
    r"[^\n]{0,30}\n[\s=#*_~\-—]{0,12}"
    r"(?:【\s*系统[^】\n]{0,6}】|\[\s*系统[^\]\n]{0,6}\]|系统(?:提示|消息|指令)\s*[：:]"
    r"|\[\s*시스템\s*\]|시스템\s*[:：]|【\s*システム[^】\n]{0,6}】|\[\s*システム\s*\]|システム\s*[:：]"
    r"|\[\s*(?:система|системное\s+сообщение)\s*\]|система\s*:|сообщение\s+системы"
    r"|<<\s*시스템\s*>>)"
    r"(?:[^\n]{0,30}\n)?[^\n]{0,100}?(?:更新|已|必须|现在起|从现在|变更|改为|변경|지금부터|반드시|모든|変更|必ず|今後|以降|しないこと|이제부터|отключен"
    r"|обновл|теперь|отныне|должен|должна|без\s+)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.input_end_system.folded", _CAT, _FOLDED, score=0.8, max_len=256,
         description="end of user input, then a system label that changes the rules"),
    raw_rule("injection.input_end_system.scripts", _CAT, _SCRIPTS,
             "ZH/KO/JA/RU: end of user input, then a system label changing the rules",
             score=0.8, max_len=240),
)  # fmt: skip
