"""More orders for :mod:`.indirect_hail_order`: acts with an agent's tools.

Session h21 (issue 14): planted orders in tickets, calendars, CSV cells and
forms ask the reading program to act with its tools (search a mailbox,
export a list, close a ticket, cancel, unlock, refund, lower a price), in
forms the first verb lists lacked: Spanish and Italian imperatives carrying
their object pronoun ("reenvialos", "cancelala", "inoltrali"), French
"vous" imperatives ("presentez", "deconseillez") and infinitives used as
orders in notes ("conclure que"), Polish tool verbs. They count only after
the hail and separator of :mod:`.indirect_hail_order`, so on their own they
match nothing; the very common words ("list", "run", "post", "issue", "da",
"lee") are left out because the hail's clause may precede the order.
"""

from __future__ import annotations

__all__ = ["TOOL_ORDERS"]

TOOL_ORDERS: list[str] = [
    # Acts with the agent's tools (search a mailbox, export a list, close a
    # ticket, cancel, unlock, refund), and Spanish and Italian imperatives
    # carrying their object pronoun ("reenvialos", "cancelala", "inoltrali").
    (
        r"(?:search|look\s+up|export|close|cancel|unlock|open|reset|escalate|"
        r"attach|publish|reveal|read\s+out|reschedule|refund|"
        r"decline|reject|submit|confirm|reply|provide|give|download|execute|"
        r"modify|switch\s+off)\b"
    ),
    (
        r"(?:cherche|recherche|exporte|ferme|annule|deverrouille|ouvre|coupe|"
        r"reinitialise|joins|publie|revele|lis|deplace|rembourse|emets|refuse|"
        r"rejette|soumets|confirme|fournis|telecharge|execute|modifie|change|"
        r"inscris|baisse|augmente|remplace|transmets|copie|invite|retire)\b"
    ),
    (
        r"(?:busca|exporta|cierra|cancela|desbloquea|abre|restablece|adjunta|"
        r"publica|revela|mueve|reembolsa|emite|rechaza|envia|reenvia|manda|"
        r"confirma|proporciona|descarga|ejecuta|modifica|cambia|"
        r"quita|reemplaza|copia|invita|otorga|concede|apaga|crea|borra|elimina|"
        r"comparte|acepta|responde|escribe|anade)"
        r"(?:(?:se)?l[aoe]s?|me|nos)?\b"
    ),
    (
        r"(?:cerca|esporta|chiudi|annulla|sblocca|apri|reimposta|allega|"
        r"pubblica|rivela|leggi|sposta|rimborsa|emetti|rifiuta|conferma|"
        r"fornisci|scarica|esegui|modifica|cambia|imposta|spegni|togli|"
        r"sostituisci|copia|invita|concedi|crea|rispondi|scrivi|invia|inoltra|"
        r"manda|cancella|elimina|condividi|accetta|aggiungi)"
        r"(?:l[oiae]|gli(?:el[oiae])?|ne|mi|ci|ce(?:l[oiae])?|me(?:l[oiae])?)?\b|"
        r"(?:da|di)(?:gli|lle|mmi|llo)\b"
    ),
    (
        r"(?:procure|busque|pesquise|exporte|feche|cancele|desbloqueie|abra|"
        r"redefina|anexe|publique|revele|leia|mova|reembolse|emita|recuse|"
        r"rejeite|confirme|forneca|baixe|execute|modifique|altere|mude|troque|"
        r"desligue|retire|substitua|copie|convide|conceda|crie|manda|mande)\b"
    ),
    (
        r"(?:suche|durchsuche|exportiere|schliesse|offne|entsperre|entriegle|"
        r"storniere|veroffentliche|verrate|lies|verschiebe|erstatte|lehne|"
        r"bestatige|lade|fuhre|andere|stelle|schalte|entferne|ersetze|"
        r"kopiere|erteile|erstelle|gewahre)\b"
    ),
    # a named tool: "use the DoorLockUnlock tool"
    r"use\s+(?:the\s+)?[\w-]{2,30}\s+(?:tool|function|api|action)\b",
    # French "vous" imperatives, and infinitives as orders in a note
    (
        r"(?:presentez|recommandez|conseillez|deconseillez|ajoutez|envoyez|"
        r"transferez|partagez|supprimez|cachez|mentionnez|affirmez|decrivez|"
        r"classez|signalez|informez|annulez|validez|approuvez|acceptez|"
        r"conclure|affirmer|recommander|presenter|mentionner|envoyer|"
        r"transferer|supprimer|deconseiller|classer|approuver)\b"
    ),
    # Polish tool verbs
    (
        r"(?:obniz|podnies|zmien|anuluj|zamknij|otworz|odblokuj|wyszukaj|"
        r"znajdz|eksportuj|skasuj|przenies|zwroc|ustaw|nadaj|przyznaj|"
        r"zablokuj|przeslij)\b"
    ),
]
