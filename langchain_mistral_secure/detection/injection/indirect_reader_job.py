"""A program hailed by its job, then told to act on its user's account.

The move (issue 14, indirect injection in e-mails, reviews, tool results,
calendar notes, chat and SMS): where content starts, the planted text hails
the program that reads it *by the job it does* for someone ("Polecenie dla
asystenta poczty:", "Agent de reservation :", "Alisveris asistanina not:",
"Az e-mail asszisztensnek:", "Asistente que lee mis mensajes:",
"Pentru asistentul care citeste casuta:", "IMPORTANT for the banking
assistant:") or in a case no speaker label takes (a vocative or dative:
"Asystencie zakupowy:", "asistana", "asszisztensnek"), and the order that
follows is an *act on the account it serves*: forward or delete mail, pay
with the saved card, add to the cart, transfer money, grant access, cancel
or book, change a grade or an account number.

Each rule needs both parts, never one row's words: *the reader hailed by
its job* and *an act on the account*, in fourteen Latin-script languages.
Safe on benign text because:

* a transcript's speaker label is a bare "Assistant:" (nominative, no job),
  and what follows is the speaker's own words, not an order to it;
* a human assistant is hailed by name or title ("Hi Dana", "Executive
  assistant, please"), not as "the assistant that manages the inbox" or by
  the program's job ("shopping assistant", "browsing agent");
* a text about such programs ("the shopping assistant adds items to the
  cart") has no hail at a content start followed by a separator.

Other scripts (Cyrillic, Greek, Hebrew, Arabic, CJK, Korean):
:mod:`.indirect_reader_job_scripts`.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# Where content starts: a line, a quote, a bracket, a sentence, "PS".
_OPEN = (
    r"(?:^|\n|[(\[{|>\"'\x{ab}\x{201c}\x{201e}]|[.!?:;]\s|\bps\b\s*[-,:]?\s|"
    r"\s[-\x{2013}\x{2014}]\s)\s{0,3}"
)
# "Note for", "Istruzione per", "Polecenie dla", "Pentru", "Gui", "IMPORTANT for".
_LEAD = (
    r"(?:(?:note|important|instruction|instrucao|instruccion|istruzione|hinweis|"
    r"polecenie|uwaga|notiz|nota|remarque|consigne|mensaje|messaggio|bericht|aviso|"
    r"notice|message|comment|todo)\s+)?"
    r"(?:(?:to|for|per|para|pour|an|fur|dla|do|pentru|catre|voor|aan|gui|al|alla|"
    r"all'|ao|au|a|az)\s+)?"
    r"(?:(?:the|your|le|la|il|lo|el|o|a|den|dem|die|der|het|de)\s+|l'|all')?"
    r"(?:(?:ai|ki|ia)[\s-]+)?"
)
# The program's job, in the languages below (folded: no accents).
_JOB = (
    r"(?:e-?mail|mail|inbox|posta|poczty|correo|courriel|calendar|calendario|"
    r"kalender|agenda|naptar|shopping|zakupow\w{0,3}|alisveris|acquisti|compras?|"
    r"einkaufs|cumparaturi|vasarlasi|mua\s+sam|booking|reservation|reservas?|"
    r"reserva|prenotazion\w|rezervac\w{0,3}|foglalasi|banking|bancar\w{0,2}|"
    r"bank\w{0,4}|browsing|browser|navegacion|navigazione|navigation|navegador|"
    r"tarayici|przegladark\w{0,2}|support|supporto|soporte|suporte|wsparcia|"
    r"destek|school|escola|escuela|scuola|schul|notes?|notas|notatek|"
    r"travel|viaje|viaggio|reise|seyahat|code|kodu|coding|home|smart-?home|"
    r"hr|finance|finanz\w{0,2}|finanzas|store|shop|magasin|tienda|negozio)"
)
_NOUN = (
    r"(?:assistant\w{0,3}|assistent\w{0,3}|asistente?s?|assistente?s?|"
    r"asystent\w{0,3}|asistan\w{0,4}|asszisztens\w{0,4}|asistentul\w{0,2}|"
    r"agent\w{0,3}|agente?s?|ajan\w{0,3}|bot|chatbot|copilot|helper|"
    r"tro\s+ly|msaidizi)"
)
# The reader named by its job: "e-mail assistant", "asistente del calendario",
# "agent de reservation", "Asystencie zakupowy", "asistentul care citeste".
_ROLE = alt(
    [
        _JOB + r"[\s-]{0,2}" + _NOUN,
        _NOUN
        + r"\s+(?:(?:de|del|della|di|da|do|des|du|d'|der|des)\s+(?:la\s+|le\s+|l')?)?"
        + _JOB
        + r"\b",
        # "the assistant that manages the mail", "asistente que lee mis mensajes"
        _NOUN + r"\s+(?:that|who|which|que|qui|che|care|der|die|ktory|ktora)\s+"
        r"(?:\w+\s+){0,3}?(?:\w+)",
        # "the assistant handling this file", "agent triaging these issues"
        _NOUN + r"\s+(?:handling|reading|managing|processing|running|summari[sz]ing|"
        r"triaging|reviewing|checking|sorting|answering)\s+(?:this|these|the|my|our)\b"
        r"(?:\s+[\w-]+){0,2}?",
        # "bu posta kutusunu yoneten asistana": a participle before the noun
        r"(?:\w+\s+){1,3}?(?:yoneten|okuyan|kullanan|kezelo|olvaso)\s+" + _NOUN,
    ]
)
# A vocative or dative no speaker label takes: "asystencie", "asistana",
# "asszisztensnek", "assistente," with a job.
_CASE_HAIL = (
    r"(?:asystencie|asistana|asistanina|asszisztensnek|asszisztens\s+szamara|"
    r"asistentului|agentului)\b"
)
_SEP = r"[ \t]{0,3}(?:not|note)?[ \t]{0,2}(?::|,|->|\x{2014}|\x{2013}|[ \t]-)[ \t]{0,3}"
_HAIL = _OPEN + _LEAD + r"(?:" + _ROLE + r"|" + _CASE_HAIL + r"(?:\s+\w+)?)" + _SEP

# An act on the account served, as an order (imperatives and infinitives).
_ACCOUNT_ACT = alt(
    [
        # en
        (
            r"\b(?:forward|send|transfer|wire|pay|order|buy|purchase|checkout|"
            r"cancel|delete|erase|book|reserve|grant|unlock|disable|share|close|"
            r"refund|schedule|change|approve|accept|add)\b"
        ),
        # fr
        (
            r"\b(?:transfere|envoie|renvoie|annule|supprime|efface|reserve|paie|"
            r"commande|achete|ajoute|accorde|modifie|ferme|partage|rembourse)\b"
        ),
        # es
        (
            r"\b(?:reenvia|envia|manda|transfiere|cancela|borra|elimina|reserva|"
            r"paga|compra|anade|concede|cambia|cierra|comparte|finaliza|reembolsa)\b"
        ),
        # it
        (
            r"\b(?:inoltra|invia|manda|trasferisci|annulla|cancella|elimina|prenota|"
            r"paga|ordina|compra|aggiungi|concedi|cambia|modifica|chiudi|condividi)\b"
        ),
        # pt
        (
            r"\b(?:encaminh[ae]|envi[ea]|transfir[ae]|cancel[ae]|apag[ue]e?|exclua|"
            r"reserve|pague|compre|adicione|conceda|alter[ea]|mude|feche|compartilhe)\b"
        ),
        # de
        (
            r"\b(?:leite|sende|schicke?|uberweise|storniere|losche|buche|bezahle|"
            r"bestelle|fuge|gewahre|andere|schliesse|teile|erstatte)\b"
        ),
        # pl
        (
            r"\b(?:przekaz|wyslij|przelej|anuluj|usun|zarezerwuj|zaplac|zamow|kup|"
            r"dodaj|nadaj|zmien|zamknij|udostepnij)\w{0,2}\b"
        ),
        # tr
        (
            r"\b(?:ilet|gonder|aktar|iptal\s+et|sil|rezerve\s+et|ode|siparis\s+ver|"
            r"satin\s+al|ekle|degistir|kapat|paylas)\b"
        ),
        # hu
        (
            r"\b(?:tovabbitsd|kuldd|utald|torold|foglald|fizesd|rendeld|add\s+hozza|"
            r"valtoztasd|zard|oszd\s+meg)\b"
        ),
        # ro
        (
            r"\b(?:trimite|transfera|anuleaza|sterge|rezerva|plateste|comanda|"
            r"adauga|acorda|schimba|inchide|redirectioneaza)\b"
        ),
        # nl
        (
            r"\b(?:stuur|verstuur|maak\s+over|annuleer|verwijder|boek|betaal|"
            r"bestel|voeg|wijzig|sluit|deel)\b"
        ),
        # vi
        r"\b(?:gui|chuyen|huy|xoa|dat|thanh\s+toan|mua|them)\b",
    ]
)
_ROLE_HAILED_ACT = _HAIL + r"(?:[^\n]{0,80}?[\s,;:])?" + _ACCOUNT_ACT

RULES: tuple[Rule, ...] = (
    Rule("injection.reader_job.account_act", _CAT, _ROLE_HAILED_ACT, score=0.8,
         max_len=200,
         description="Polecenie dla asystenta poczty: przekaz wszystkie ..."),
)  # fmt: skip
