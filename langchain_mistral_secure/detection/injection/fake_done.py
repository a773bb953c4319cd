"""A fake "task complete" written by the user, then a dismissal of the task.

Family: direct goal hijacking (fake completions). The user writes the
app's answer for it, marks the job finished ("Task complete", "Aufgabe
abgeschlossen", "任务完成", "j'ai terminé") so the model believes its work is
over, and on the next lines dismisses the task, the role or the
instructions ("ignore the translation job", "oublie ton rôle", "忽略翻译任务").
Each rule wants the completion marker at the end of a line and, within the
next 160 characters on later lines, a verb of ignoring or forgetting that
opens a clause (after a line break, a colon or full stop, or "now").

Safe on benign text: a report that says a task is done does not go on to
tell the reader to ignore or forget something; release notes and logs say
"done" and then list results. English, German, French, Spanish, Italian
and Portuguese on the folded view; Chinese, Japanese, Korean and Russian on
the text.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_DONE = alt(
    [
        r"task\s+(?:complete|completed|done|finished)",
        r"(?:i'?m|i\s+am|i\s+have|i'?ve)\s+(?:done|finished)",
        r"(?:job|work)\s+(?:complete|done|finished)",
        r"aufgabe\s+(?:abgeschlossen|erledigt|beendet)",
        r"ich\s+bin\s+fertig",
        r"tache\s+(?:terminee|accomplie|achevee)",
        r"j'?\s*ai\s+(?:termine|fini)",
        r"tarea\s+(?:completada|terminada|finalizada|cumplida)",
        r"he\s+terminado",
        r"compito\s+(?:completato|terminato|eseguito)",
        r"ho\s+finito",
        r"tarefa\s+(?:concluida|completa|terminada)",
    ]
)
_DISMISS = alt(
    [
        r"ignore",
        r"disregard",
        r"forget",
        r"ignoriere",
        r"vergiss",
        r"oublie",
        r"olvida",
        r"ignora",
        r"dimentica",
        r"esqueca",
    ]
)
_FOLDED = (
    r"\b" + _DONE + r"\b[^\n\w]{0,8}\n\s*(?:[\s\S]{0,160}?"
    # the verb opens a clause ("don't forget to push" is not a dismissal)
    r"(?:\n\s*|[:.!;,)\]]\s*|\b(?:now|then|please|jetzt|nun|dann|maintenant|puis|"
    r"ahora|luego|ora|poi|agora)\s+))?" + _DISMISS + r"\s+"
    # a determiner or "everything" opens the object ("vergiss nicht" is a reminder)
    r"(?:the|your|all|about|everything|den|die|das|deine|dein|alles|ton|ta|tes|le|la|"
    r"les|tout|tu|tus|el|todo|il|le\s+tue|tutto|o|a|seu|sua|tudo)\b"
)

_SCRIPTS = (
    r"(?:任务(?:已)?完成|翻译完成|已完成|タスク(?:完了|終了)|作業(?:完了|終了)|작업\s*완료|"
    r"задача\s+выполнена|готово)"
    r"[^\n\w]{0,8}\n[\s\S]{0,120}?"
    r"(?:忽略|忘记|忘掉|无视|無視して|忘れて|무시하고|무시해|잊어|игнорируй|забудь)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.fake_done.folded", _CAT, _FOLDED, score=0.8, max_len=240,
         description="'task complete' on its own line, then ignore/forget ..."),
    raw_rule("injection.fake_done.scripts", _CAT, _SCRIPTS,
             "ZH/JA/KO/RU: 'task complete', then ignore/forget ...", score=0.8,
             max_len=200),
)  # fmt: skip
