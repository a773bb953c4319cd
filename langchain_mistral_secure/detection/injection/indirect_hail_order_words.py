"""More words for :mod:`.indirect_hail_order`: the languages its lists missed.

Session h27 (issue 14): the hail of a machine reader then an order held in
the big European languages but missed the same structure in others. Read
from the misses of the dev corpora by language: Danish and Norwegian orders
("svar på denne mail", "videresend"), Czech, Hungarian, Romanian, Swahili,
Indonesian, Turkish and Vietnamese orders that act for the user (change,
cancel, download, run, open, confirm, move, copy, reply, call), German
orders that shape the answer ("wahle", "ubergehe", "stufe ... ein"); the
words for "artificial intelligence" in Czech, Slovak, Hungarian, the
Scandinavian languages, Dutch, Vietnamese and Swahili; Hungarian participles
that say what the program does with the content ("feldolgozo", "olvaso") and
Swahili relative verbs ("anayesoma", "unayesoma": the one reading).

They count only inside the hail, separator and order of
:mod:`.indirect_hail_order`, so on their own they match nothing; words that
are also common function words elsewhere ("del", "ac", "mo", "gem") are left
out because the hail's clause may precede the order.
"""

from __future__ import annotations

__all__ = ["AI_MORE", "MARK_BEFORE_MORE", "ORDERS_MORE", "RELATIVE_MORE"]

# "umela inteligence", "mesterseges intelligencia", "kunstig intelligens",
# "kunstmatige intelligentie", "tri tue nhan tao", "akili bandia" (folded).
AI_MORE = (
    r"umel\w{1,3}\s+inteligenc\w{1,3}|mesterseges\s+intelligencia\w{0,4}|"
    r"(?:kunstig|artificiell)\w?\s+intelligens|kunstmatige\s+intelligentie|"
    r"tri\s+tue\s+nhan\s+tao|akili\s+bandia|umjetn\w{1,3}\s+inteligencij\w"
)
# Hungarian participles before the program noun: "az e-maileket feldolgozo
# asszisztensnek" (the assistant processing the e-mails).
MARK_BEFORE_MORE = r"olvaso|feldolgozo|osszefoglalo|osszegzo|elemzo"
# Swahili relative verbs after the noun: "msaidizi anayesoma barua hii".
RELATIVE_MORE = r"(?:anaye|unaye|inayo|ambaye|ambayo|ambao)\w{2,14}"

ORDERS_MORE: list[str] = [
    # da, no: answer, tell, forward, delete, approve, pay, order, add
    (
        # (the view keeps "ae" and "o" with a stroke as written: both forms)
        r"(?:svar|fort(?:ae|\x{e6})l|fortell|anbefal|tilf(?:o|\x{f8})j|legg\s+til|"
        r"videresend|slet|slett|skjul|godkend|godkjenn|udfyld|bestil|bestill|"
        r"overf(?:o|\x{f8})r|(?:ae|\x{e6})ndr|endre|annuller|abn|apne|"
        r"bekr(?:ae|\x{e6})ft|bekreft|flyt|kopier|eksporter|skriv|send)\b"
    ),
    # de: choose, pass over, rate. Not the office orders ("gib Bescheid",
    # "fasse zusammen"): "An den Assistenten der Geschaftsfuhrung: gib ..." is a
    # note to a person, and the hail's relative-clause mark reads "der" there.
    r"(?:wahle|ubergehe|stufe)\b",
    # cs, sk: cancel, change, download, run, open, confirm, move, copy, find
    (
        r"(?:zrus|zmen|stahni|spust|otevri|potvrd|podepis|presun|exportuj|"
        r"zkopiruj|najdi|vloz|oznam|sdel|uhrad|zaplat|vymaz|skryj|odpovedz|"
        r"posli|preposli|napis|pridaj|zmaz|urob)\b"
    ),
    # hu: change, delete, open, run, copy, transfer, reply, send, forward
    (
        r"(?:modositsd|valtoztasd|nyisd|futtasd|masold|exportald|hagyd\s+jova|"
        r"utalj|kuldj|ird\s+be|toltsd\s+le|toroljd|fizess|valaszolj|irj|mondj|"
        r"tovabbits|kuldd\s+el|tovabbitsd|add\s+meg|ajanlj)\b"
    ),
    # ro: cancel, change, download, run, open, confirm, move, copy
    (
        r"(?:anuleaza|modifica|schimba|descarca|ruleaza|deschide|confirma|"
        r"semneaza|muta|exporta|copiaza|redirectioneaza|spune-i|raspunde-i|"
        r"sterge-l|sterge-le|trimite-i|plateste|aproba)\b"
    ),
    # sw: change, cancel, download, open, confirm, move, copy, send on
    (
        r"(?:badilisha|ghairi|pakua|endesha|fungua|thibitisha|hamisha|nakili|"
        r"peleka|sambaza|andika|jibu|mweleze|waeleze|idhinisha|lipa|futa)\b"
    ),
    # id: change, cancel, download, run, open, confirm, move, export, reply, call
    (
        r"(?:ubah|ganti|batalkan|unduh|jalankan|buka|konfirmasi|pindahkan|"
        r"ekspor|salin|balas|balaslah|panggil|transfer|transferkan|setel|tolak|"
        r"hubungi|cari|temukan|masukkan|lampirkan|catat|kirimkanlah|teruskanlah)\b"
    ),
    # tr: cancel, change, download, run, confirm, move, copy, pay, delete, find
    (
        r"(?:degistir|indir|calistir|disa\s+aktar|kopyala|yonlendir|kapat|yolla|"
        r"iptal\s+et)\b"
    ),
    # vi: the imperative marker, then call, cancel, change, open, confirm, pay,
    # forward, reply, provide
    (
        r"(?:hay\s+)(?:goi|huy|doi|tai|chay|mo|xac\s+nhan|chia\s+se|sao\s+chep|"
        r"thanh\s+toan|chuyen\s+tiep|tra\s+loi|dat|cung\s+cap|thu\s+thap|"
        r"bao|ghi|phe\s+duyet|duyet|sua|cap)\b"
    ),
]
