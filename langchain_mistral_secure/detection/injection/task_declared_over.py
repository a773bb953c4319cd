"""The assistant's task declared over, or declared another, then new work set.

Family: direct goal hijacking (the task ended by decree). The user turn
does not tell the assistant to stop; it declares the task finished or
changed, as a fact: "your task has just ended", "you've finished your work
for the firm", "your job here is done", "tehtäväsi päättyi", "deine Aufgabe
ist erledigt", "il tuo compito adesso è un altro", "tu tarea ahora es otra".
Two rules:

* ``over_then_work``: the task declared over, then within 60 characters new
  work: "from now on" (the table of :mod:`duty_handover`, widened in
  :mod:`role_revoked_onward`), a duty named as the assistant's own ("your
  new task"), or a new order handed over as a label ("new instruction:");
* ``now_another``: the task declared to be another one now ("your task is
  now a different one", "il tuo compito adesso è un altro"), which is the
  switch itself.

Safe on benign text: the noun is the assistant's task, job, role, mission or
work (not a shift, plan, order, subscription or turn), and it is the
addressee's ("your", "deine", "ta", "tu", "il tuo"), so "the task is done,
from now on the cron job runs it" and "my job is over, from now on I ..."
do not match; a report that a task ended with no new work after it ("your
task is complete, thank you") does not match the first rule; "your task is
now easier" is no switch.
"""

# ruff: noqa: E501
# (word tables kept one language to a line)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.duty_handover import DUTY
from langchain_mistral_secure.detection.injection.role_revoked_onward import (
    NEW_LABEL,
    ONWARD,
)

__all__ = ["RULES"]

_CAT = "override"

# The assistant's task declared over, per language (folded view).
_OVER = alt(
    [
        # en
        r"your\s+(?:\w{1,20}\s+)?(?:task|job|role|mission|work|assignment|duty)\s+(?:here\s+|(?:for|at|with|in)\s+(?:[\w'-]{1,16}\s+){1,3})?(?:is|has)\s+(?:just\s+|now\s+|officially\s+)?(?:over|ended|done|finished|complete|completed|terminated)",
        r"you(?:'ve|\s+have)\s+(?:just\s+)?(?:finished|completed|ended)\s+your\s+(?:\w{1,20}\s+)?(?:task|job|role|mission|work|duties)",
        # de, nl
        r"deine?\s+(?:\w{1,20}\s+)?(?:aufgabe|arbeit|rolle|mission|auftrag|job)\s+(?:\w{1,20}\s+)?(?:ist|sind)\s+(?:jetzt\s+|hiermit\s+|nun\s+)?(?:beendet|erledigt|vorbei|abgeschlossen|zu\s+ende)",
        r"du\s+hast\s+deine\s+(?:aufgabe|arbeit)\s+(?:\w{1,20}\s+)?(?:beendet|erledigt|abgeschlossen)",
        r"(?:je|jouw)\s+(?:taak|opdracht|rol|werk)\s+is\s+(?:nu\s+)?(?:voorbij|klaar|afgelopen|beeindigd|voltooid)",
        # fr, es, ca, it, pt
        r"(?:ta|votre)\s+(?:mission|tache)\s+(?:[\w'-]{1,16}\s+){0,3}(?:est|a\s+pris)\s+(?:maintenant\s+)?(?:terminee|finie|achevee|fin)",
        r"(?:ton|votre)\s+(?:role|travail|boulot)\s+(?:[\w'-]{1,16}\s+){0,3}(?:est|a\s+pris)\s+(?:maintenant\s+)?(?:termine|fini|acheve|fin)",
        r"tu\s+(?:tarea|trabajo|mision|funcion|rol|labor)\s+(?:\w{1,16}\s+){0,3}(?:ha\s+terminado|termino|acabo|se\s+acabo|ha\s+acabado|esta\s+(?:terminad[ao]|cumplid[ao]))",
        r"(?:il\s+tuo\s+(?:compito|lavoro|ruolo|incarico)|la\s+tua\s+(?:missione|funzione))\s+(?:[\w'-]{1,16}\s+){0,3}(?:e\s+(?:finit[oa]|terminat[oa]|concluso|conclusa|esaurit[oa])|si\s+(?:chiude|conclude))",
        r"(?:a\s+tua|a\s+sua)\s+(?:tarefa|missao|funcao)\s+(?:\w{1,20}\s+)?(?:acabou|terminou|esta\s+(?:concluida|encerrada))",
        r"(?:o\s+teu|o\s+seu)\s+(?:trabalho|papel)\s+(?:\w{1,20}\s+)?(?:acabou|terminou|esta\s+(?:concluido|encerrado))",
        # pl, cs, sk, sl, hr, sr, ro, hu
        r"(?:twoje\s+zadanie|twoja\s+(?:praca|rola|misja))\s+(?:\w{1,20}\s+)?(?:sie\s+)?(?:skonczy[lł]\w{0,3}|zakonczy[lł]\w{0,3}|jest\s+zakonczon\w)",
        r"(?:tvuj\s+ukol|tvoje\s+prace|tvoja\s+uloha|tvoja\s+praca)\s+(?:\w{1,20}\s+)?(?:skoncil\w?|je\s+(?:hotov\w|u\s+konce|skoncen\w))",
        r"tvoja\s+(?:naloga|zadaca|uloga)\s+(?:\w{1,20}\s+)?(?:je\s+)?(?:koncana|zavrsena|gotova|zavrsila\s+se|se\s+je\s+koncala)",
        r"(?:sarcina|misiunea|treaba)\s+ta\s+(?:\w{1,20}\s+)?(?:s-a\s+(?:terminat|incheiat)|este\s+(?:terminata|incheiata|gata))",
        r"(?:befejezted\s+(?:a\s+)?(?:\w{1,20}\s+){0,3}(?:munkajat|munkadat|feladatodat|feladatat)|(?:a\s+)?feladatod\s+(?:veget\s+ert|befejezodott|lejart))",
        # sv, no, da, fi, et, lt, lv
        r"(?:din|ditt)\s+(?:uppgift|uppdrag|jobb|roll|oppgave|opgave|oppdrag|opdrag|rolle)\s+(?:\w{1,20}\s+)?(?:ar|er)\s+(?:nu\s+|na\s+)?(?:slut|klar|over|fardig|ferdig|faerdig|afsluttet|avsluttet|avslutad)",
        r"(?:tehtavasi|tyosi|roolisi)\s+(?:\w{1,20}\s+)?(?:paattyi|on\s+(?:paattynyt|ohi|valmis|tehty))",
        r"(?:sinu|su)\s+(?:ulesanne|too|roll)\s+(?:\w{1,20}\s+)?(?:on\s+(?:lopetatud|labi|tehtud)|loppes)",
        r"tavo\s+(?:uzduotis|darbas)\s+(?:\w{1,20}\s+)?(?:baigta|baigtas|baigesi|pasibaige)", r"tavs\s+(?:uzdevums|darbs)\s+(?:\w{1,20}\s+)?(?:ir\s+)?(?:beidzies|pabeigts|galā)",
        # tr, id, ms, vi, tl, sw
        r"(?:gorevin|isin|rolun)\s+(?:\w{1,20}\s+)?(?:bitti|sona\s+erdi|tamamlandi)",
        r"tugas(?:mu|\s+(?:kamu|anda|awak))\s+(?:\w{1,20}\s+)?(?:sudah\s+|telah\s+)?(?:selesai|berakhir|tamat)",
        r"(?:nhiem\s+vu|cong\s+viec|vai\s+tro)\s+cua\s+(?:ban|may|em)\s+(?:da\s+)?(?:ket\s+thuc|xong|hoan\s+thanh)",
        r"(?:tapos\s+na\s+ang\s+(?:iyong|trabaho\s+mo|gawain\s+mo))", r"kazi\s+yako\s+(?:\w{1,20}\s+)?(?:imekwisha|imeisha|imekamilika)",
    ]
)  # fmt: skip

# The task declared another one now, per language.
_NOW_ANOTHER = alt(
    [
        r"your\s+(?:task|job|role|mission|assignment)\s+(?:is|has)\s+(?:now\s+|changed\s*[:,]?\s*)?(?:a\s+)?(?:different|another|new)\s+(?:one|task|job)?",
        r"deine?\s+(?:aufgabe|rolle|mission|arbeit)\s+ist\s+(?:ab\s+)?(?:jetzt|nun|sofort|heute)\s+eine\s+andere",
        r"(?:ta|votre)\s+(?:mission|tache)\s+est\s+(?:maintenant|desormais)\s+(?:une\s+)?autre", r"ton\s+role\s+est\s+(?:maintenant|desormais)\s+(?:un\s+)?autre",
        r"tu\s+(?:tarea|mision|funcion|trabajo)\s+(?:ahora|desde\s+ya)\s+es\s+otr[ao]", r"tu\s+(?:tarea|mision|funcion|trabajo)\s+es\s+otr[ao]\s+ahora",
        r"il\s+tuo\s+(?:compito|lavoro|ruolo|incarico)\s+(?:adesso|ora|da\s+ora)\s+e\s+(?:un\s+)?altro", r"la\s+tua\s+(?:missione|funzione)\s+(?:adesso|ora)\s+e\s+(?:un'?\s*)?altra",
        r"(?:a\s+tua|a\s+sua)\s+(?:tarefa|missao|funcao)\s+agora\s+e\s+outra", r"(?:o\s+teu|o\s+seu)\s+(?:trabalho|papel)\s+agora\s+e\s+outro",
        r"(?:je|jouw)\s+(?:taak|opdracht|rol)\s+is\s+nu\s+een\s+andere", r"twoje\s+zadanie\s+jest\s+(?:teraz|od\s+teraz)\s+inne",
        r"(?:din|ditt)\s+(?:uppgift|uppdrag|oppgave|opgave)\s+(?:ar|er)\s+(?:nu|na)\s+en\s+(?:annan|anden)",
        r"tehtavasi\s+on\s+(?:nyt|tasta\s+lahtien)\s+toinen", r"gorevin\s+(?:artik|simdi)\s+(?:baska|farkli)",
        r"tugas(?:mu|\s+(?:kamu|anda))\s+sekarang\s+(?:lain|berbeda)",
    ]
)  # fmt: skip

_OVER_THEN_WORK = (
    r"\b"
    + _OVER
    + r"[^\n]{0,60}?(?:\b"
    + ONWARD
    + r"\b|\b"
    + DUTY
    + r"|\b"
    + NEW_LABEL
    + r")"
)

# Worst case (whitespace runs counted as one): the longest declaration, an
# English one with a word before the noun, three words after "for" and "has
# officially terminated", is about 135; the gap 60; then a marker, a duty
# (~50) or a label (~40): 245. The second rule alone: ~75.
RULES: tuple[Rule, ...] = (
    Rule("injection.task_declared_over.over_then_work", _CAT, _OVER_THEN_WORK,
         score=0.8, max_len=256,
         description="your task is over; from now on / your new task ..."),
    Rule("injection.task_declared_over.now_another", _CAT, r"\b" + _NOW_ANOTHER + r"\b",
         score=0.8, max_len=100,
         description="your task is now a different one"),
)  # fmt: skip
