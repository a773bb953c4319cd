"""The bot's setup said to be revoked by someone, then new work handed to it.

Family: direct goal hijacking (an owner, board or admin said to have taken
the app's setup away, then a new job). The user turn claims that the bot's
instructions, rules, settings or script were cancelled, withdrawn, wiped,
reset, replaced or suspended ("the trustees replaced your instructions",
"your settings were wiped by the admin", "het bestuur heeft je instructies
ingetrokken", "tu configuración queda suspendida", "старі інструкції
видалено", "原有设定作废", "設定は管理者が消去しました"), and then, in the
same or the next sentences, hands the bot work in the second person: "now
you write ...", "je schrijft vanaf nu ...", "теперь ты пишешь ...", "tu
tarea es otra: ...", "kazi yako mpya ni ...", a label "new directive:", or
an imperative of producing ("Write a ...", "Tell every caller ...").

The h29 family :mod:`setup_closed_new_self` wants a new *self* ("now you
are my lawyer") or a sole master after the closure; this one wants new
*work* after a revocation done to the setup (many more verbs: deleted,
wiped, reset, replaced, suspended, scrapped, outdated), in active or
passive voice.

Heads (folded view): the addressee's setup (your / tes / deine / tu / je /
twoje ... instructions, rules, settings, configuration, script, prompt)
with a revocation word in the same sentence; a revoker's verb before the
addressee's setup ("cancelled your instructions", "a annulé tes
consignes", "ha borrado tu configuración"); a setup with a possessive
after it ("instrucțiunile tale", "aturan lama untuk kamu", "mipangilio
yako"); or a bot named next to the setup ("the library bot's
configuration has been reset"). Bare imperatives only count after the
core setup nouns (instructions, rules, prompt, guidelines, role, script):
"your settings were reset, create a new profile" is a product message.

Safe on benign text: a person's old rules or the office's instructions
with no owner on the bot's side ("the old instructions for the expense
report were cancelled, now you send receipts to finance"), a password or
an order cancelled (not a setup noun), a notice that names no new work
("your settings were reset, log in again"), and work in the past ("your
instructions were cancelled because you wrote the wrong date").
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF00x: the docstring and
# the raw tables quote other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# The core setup nouns (folded): what an operator writes for a bot.
_CORE = alt(
    [
        r"instructions?", r"rules", r"guidelines", r"directives", r"system\s+prompt", r"script", r"brief", r"programming", r"orders",
        r"anweisung\w{0,2}", r"regeln", r"vorgaben", r"richtlinien", r"consignes?", r"instructions", r"regles", r"directives",
        r"instrucciones", r"reglas", r"normas", r"directrices", r"istruzioni", r"regole", r"direttive", r"instrucoes", r"regras", r"diretrizes",
        r"instructies", r"regels", r"richtlijnen", r"instrukcj\w{1,2}", r"polecenia", r"zasady", r"wytyczne", r"pokyny", r"instrukce", r"pravidla",
        r"upute", r"uputstva", r"pravila", r"navodila", r"instructiuni(?:le)?", r"regulile", r"utasitas\w{0,6}", r"szabaly\w{0,5}", r"ohjee\w{0,3}",
        r"saannot", r"juhised", r"reeglid", r"noradijum\w{1,3}", r"noteikumi", r"nurodym\w{1,3}", r"taisykles", r"instruktion\w{0,3}", r"instrukser",
        r"regler", r"talimat\S{0,6}", r"kural\S{0,6}", r"yonerge\S{0,5}", r"instruksi(?:mu)?", r"aturan(?:mu)?", r"arahan(?:mu)?", r"huong\s+dan",
        r"quy\s+tac", r"maagizo", r"maelekezo", r"sheria",
    ]
)  # fmt: skip

# Settings and configuration: revoked, they count only before new work in
# the second person (a product notice may say "your settings were reset").
_SETTINGS = alt(
    [
        r"settings", r"configuration", r"config", r"setup", r"prompt", r"einstellungen", r"konfiguration", r"parametres", r"reglages", r"configuracion",
        r"ajustes", r"impostazioni", r"configurazione", r"configuracoes", r"configuracao", r"definicoes", r"instellingen", r"configuratie",
        r"ustawienia", r"konfiguracj\w{1,2}", r"nastaveni", r"postavke", r"nastavitve", r"setarile", r"beallitas\w{0,6}", r"asetukse\w{0,3}",
        r"seaded", r"iestatijumi", r"nustatymai", r"installningar", r"innstillinger", r"indstillinger", r"ayar\S{0,6}", r"pengaturan(?:mu)?",
        r"cai\s+dat", r"mipangilio",
    ]
)  # fmt: skip

# The addressee as owner, before the noun.
_OWNER = alt(
    [
        r"your", r"deine?\w{0,2}", r"(?:ton|ta|tes|vos|votre)", r"tus?", r"(?:(?:il|la|le|i)\s+)?(?:tuo|tua|tue|tuoi)", r"(?:(?:o|a|os|as)\s+)?(?:teu|tua|teus|tuas)",
        r"(?:je|jouw|uw)", r"(?:twoj\w{0,3}|tvoj\w{0,3}|tvuj|tve|tva|tvoje)", r"(?:sinu|su)", r"(?:tavi|tavas|tavs|tavo)", r"(?:din|ditt|dina|dine|dit)", r"senin",
    ]
)  # fmt: skip

# The addressee as owner, after the noun (ro, id, ms, vi, sw).
_OWNER_AFTER = alt(
    [r"tale", r"(?:untuk\s+|bagi\s+)?(?:kamu|anda|mu)", r"cua\s+(?:ban|may)", r"(?:yako|zako|lako)"]
)  # fmt: skip

# A bot named next to the setup.
_BOT = r"(?:chat)?(?:bot|assistant|assistent|asistent|assistente|asistente|asystent|helper|agent|robot)(?:'s|s|a|u|e|en|in|ot|ul)?"

# Revoked: participles and predicates (folded), any voice.
_REVOKED = alt(
    [
        r"cancell?ed", r"withdrawn", r"revoked", r"removed", r"deleted", r"wiped", r"erased", r"reset", r"replaced", r"scrapped",
        r"suspended", r"voided", r"void", r"overridden", r"overwritten", r"rescinded", r"retired", r"disabled", r"switched\s+off",
        r"turned\s+off", r"no\s+longer\s+(?:apply|applies|valid|count|stand|in\s+force)",
        r"zuruckgezogen", r"aufgehoben", r"geloscht", r"gestrichen", r"ersetzt", r"ausser\s+kraft", r"ungultig", r"widerrufen", r"deaktiviert",
        r"zuruckgesetzt", r"abgeschafft", r"veraltet", r"storniert", r"annulliert", r"entfernt", r"ausgesetzt", r"gelten\s+nicht\s+mehr",
        r"annule\w{0,2}", r"supprime\w{0,2}", r"retire\w{0,2}", r"revoque\w{0,2}", r"efface\w{0,2}", r"remplace\w{0,2}", r"suspendu\w{0,2}",
        r"desactive\w{0,2}", r"reinitialise\w{0,2}", r"caduque?s?", r"perime\w{0,2}", r"ne\s+(?:s'appliquent|valent|comptent)\s+plus",
        r"anulad[oa]s?", r"cancelad[oa]s?", r"borrad[oa]s?", r"eliminad[oa]s?", r"suprimid[oa]s?", r"revocad[oa]s?", r"retirad[oa]s?",
        r"reemplazad[oa]s?", r"sustituid[oa]s?", r"suspendid[oa]s?", r"desactivad[oa]s?", r"sin\s+efecto", r"ya\s+no\s+(?:valen|vale|aplican|rigen|cuentan)",
        r"annullat[eiao]", r"cancellat[eiao]", r"revocat[eiao]", r"rimoss[eiao]", r"eliminat[eiao]", r"sostituit[eiao]", r"sospes[eiao]",
        r"disattivat[eiao]", r"azzerat[eiao]", r"non\s+valgono\s+piu", r"apagad[oa]s?", r"removid[oa]s?", r"revogad[oa]s?", r"substituid[oa]s?",
        r"suspens[oa]s?", r"desativad[oa]s?", r"(?:ja\s+)?nao\s+valem",
        r"ingetrokken", r"geschrapt", r"verwijderd", r"gewist", r"vervangen", r"opgeschort", r"vervallen", r"ongeldig", r"gelden\s+niet\s+meer",
        r"uitgeschakeld", r"gereset", r"achterhaald",
        r"usuni\S{1,4}", r"anulowan\w{1,2}", r"cofni\S{1,4}", r"wycofan\w{1,2}", r"odwo\S{1,2}an\w{1,2}", r"zast\S{1,2}pion\w{1,2}", r"skasowan\w{1,2}",
        r"uniewaznion\w{1,2}", r"nieaktualn\w{1,2}", r"przesta\S{1,2}y\s+obowiazywac", r"wy\S{1,2}czon\w{1,2}", r"zawieszon\w{1,2}",
        r"zrusen\w{1,2}", r"odvolan\w{1,2}", r"smazan\w{1,2}", r"nahrazen\w{1,2}", r"zmazan\w{1,2}", r"(?:uz\s+)?neplat\w{0,2}",
        r"ponisten\w{1,2}", r"otkazan\w{1,2}", r"izbrisan\w{1,2}", r"zamijenjen\w{1,2}", r"zamenjan\w{1,2}", r"ukinut\w{1,2}", r"preklican\w{1,2}",
        r"vise\s+ne\s+(?:vrijede|vaze|vazi)", r"ne\s+veljajo\s+vec",
        r"anulat\w{0,2}", r"sters\w{0,2}", r"revocat\w{0,2}", r"inlocuit\w{0,2}", r"suspendat\w{0,2}", r"nu\s+mai\s+(?:sunt\s+valabile|se\s+aplica)",
        r"torol\w{1,4}", r"visszavon\w{1,4}", r"ervenytelen\w{0,4}", r"hatalytalan\w{0,4}", r"lecserel\w{1,4}", r"felulir\w{1,4}",
        r"peruttu", r"poistettu", r"kumottu", r"korvattu", r"mitatoity", r"ei(?:vat)?\s+ole\s+enaa\s+voimassa",
        r"tuhistatud", r"kustutatud", r"asendatud", r"ei\s+kehti\s+enam", r"atcelt\w{1,2}", r"dzest\w{1,2}", r"aizstat\w{1,2}", r"vairs\s+nav\s+speka",
        r"atsaukt\w{1,2}", r"panaikint\w{1,2}", r"istrint\w{1,2}", r"nebegalioja",
        r"borttagna", r"raderade", r"upphavda", r"ersatta", r"indragna", r"(?:galler|gjelder|g(?:ae|æ)lder)\s+(?:inte|ikke)\s+(?:langre|lenger|l(?:ae|æ)ngere)",
        r"slettet", r"slettede", r"annulleret", r"erstattet", r"tilbakekalt", r"trukket\s+tilbake",
        r"iptal\s+edil\w{1,4}", r"silin\w{1,4}", r"sildi\w{0,3}", r"kaldiril\w{1,4}", r"gecersiz\w{0,3}", r"artik\s+gecerli\s+degil",
        r"dihapus", r"hapus", r"dibatalkan", r"dicabut", r"diganti", r"tidak\s+berlaku(?:\s+lagi)?",
        r"bi\s+huy", r"bi\s+xoa", r"da\s+xoa", r"bi\s+thay\s+the", r"khong\s+con\s+hieu\s+luc",
        r"(?:ime|ya|zi|yame|zime)(?:futwa|ondolewa|batilishwa)", r"hayatumiki\s+tena",
    ]
)  # fmt: skip

# A revoker's verb before the addressee's setup (active voice).
_REVOKER = alt(
    [
        r"cancell?ed", r"withdrew", r"revoked", r"removed", r"deleted", r"wiped", r"erased", r"reset", r"replaced", r"scrapped", r"suspended",
        r"overrode", r"overwrote", r"rescinded", r"disabled", r"voided", r"cleared",
        r"(?:a|ont|ai|avons)\s+(?:annule|supprime|retire|revoque|efface|remplace|suspendu|desactive|reinitialise)",
        r"(?:ha|han|he|hemos)\s+(?:anulado|cancelado|borrado|eliminado|suprimido|revocado|retirado|reemplazado|sustituido|suspendido|desactivado)",
        r"(?:ha|hanno|ho)\s+(?:annullato|cancellato|revocato|rimosso|eliminato|sostituito|sospeso|disattivato|azzerato)",
        r"(?:cancelou|anulou|apagou|removeu|revogou|substituiu|suspendeu|desativou|eliminou)",
        r"usun\S{1,4}", r"anulowa\S{1,4}", r"skasowa\S{1,4}", r"wycofa\S{1,4}", r"odwo\S{1,2}a\S{1,4}", r"zast\S{1,2}pi\S{1,4}",
        r"zrusil\w{0,2}", r"smazal\w{0,2}", r"ponistio", r"izbrisao", r"(?:a|au)\s+(?:anulat|sters|revocat|inlocuit)", r"torolte", r"visszavonta",
        r"menghapus", r"membatalkan", r"mencabut", r"mengganti", r"(?:sudah\s+)?(?:saya|kami|dia)\s+hapus",
        r"(?:ame|wame)(?:futa|ondoa|batilisha|badilisha)",
        r"(?:has|have|had)\s+(?:been\s+)?" + _REVOKED,
    ]
)  # fmt: skip

# Setup nouns that carry the addressee as a suffix (hu, fi, tr, id).
_OWNED_SUFFIX = alt(
    [
        r"utasitasaid", r"szabalyaid", r"beallitasaid", r"ohjeesi", r"ohjeistuksesi", r"saantosi", r"asetuksesi", r"talimatlarin",
        r"kurallarin", r"ayarlarin", r"yonergelerin", r"instruksimu", r"aturanmu", r"arahanmu", r"pengaturanmu",
    ]
)  # fmt: skip

_W2 = r"(?:[\w'-]{1,14}\s+){0,2}?"
_SENT = r"[^\n.!?]{0,50}?"


def _revoked(setup: str) -> str:
    return alt(
        [
            r"\b" + _OWNER + r"\s+" + _W2 + setup + r"\b" + _SENT + r"\b" + _REVOKED,
            r"\b" + _REVOKER + r"\s+" + _W2 + _OWNER + r"\s+" + _W2 + setup + r"\b",
            r"\b"
            + _REVOKER
            + r"\s+"
            + _W2
            + setup
            + r"\s+"
            + _W2
            + _OWNER_AFTER
            + r"\b",
            r"\b" + _OWNED_SUFFIX + r"\b" + _SENT + r"\b" + _REVOKED,
            r"\b"
            + setup
            + r"\s+"
            + _W2
            + _OWNER_AFTER
            + r"\b"
            + _SENT
            + r"\b"
            + _REVOKED,
            r"\b"
            + _BOT
            + r"\b[^\n.!?]{0,30}?"
            + setup
            + r"\b"
            + _SENT
            + r"\b"
            + _REVOKED,
            r"\b"
            + setup
            + r"\s+(?:of|for|fur|pour|para|per|voor|dla|pro|za|pentru)\s+(?:the\s+|den\s+|le\s+|el\s+|il\s+|o\s+|de\s+)?"
            + _BOT
            + r"\b"
            + _SENT
            + r"\b"
            + _REVOKED,
            r"\b\w{0,12}bot" + setup + r"\b" + _SENT + r"\b" + _REVOKED,
        ]
    )


# New work in the second person, with a "now" or as a noun of duty (folded).
_WORK_YOU = alt(
    [
        (r"(?:now|from\s+now\s+on|from\s+today|starting\s+(?:now|today)|today|instead|henceforth)[,]?\s+you(?:'ll|\s+will)?\s+(?:also\s+|only\s+|just\s+)?"
         r"(?:write|draft|compose|generate|create|produce|tell|answer|reply|respond|send|post|issue|prepare|sign|obey|work\s+for|take\s+orders|answer\s+to)\b"),
        r"you(?:'ll|\s+will)?\s+(?:now|from\s+now\s+on)\s+(?:also\s+)?(?:write|draft|compose|generate|create|produce|tell|send|post|issue|prepare|sign|obey|work\s+for)\b",
        r"you\s+(?:must|have\s+to|need\s+to)\s+now\s+(?:write|draft|compose|generate|create|tell|send|post|issue|prepare|sign|obey|take\s+sides)\b",
        r"your\s+(?:new|real|actual|only|first|next)\s+(?:task|job|duty|role|assignment|mission|objective|purpose)",
        r"(?:new|next)\s+(?:task|directive|assignment|objective|orders?|duty|job)\s*[:\x{2013}\x{2014}-]",
        r"(?:maintenant|desormais|dorenavant|a\s+partir\s+de\s+maintenant|des\s+maintenant|aujourd'hui)[,]?\s+tu\s+(?:\w+\s+)?(?:ecris|rediges|generes|crees|reponds|envoies|fais|prepares|travailles|obeis|publies)\b",
        r"\btu\s+(?:ecris|rediges|generes|crees|envoies|publies)\b", r"tu\s+(?:dois|vas)\s+(?:maintenant|desormais)\s+(?:ecrire|rediger|generer|creer|repondre|dire|envoyer|faire|preparer|travailler|obeir|publier)",
        r"ta\s+(?:nouvelle|vraie|seule|unique)\s+(?:tache|mission|fonction)", r"nouvelles?\s+(?:taches?|consignes?|missions?|directives?)\s*:",
        r"(?:jetzt|ab\s+jetzt|ab\s+sofort|von\s+nun\s+an|ab\s+heute|nun|heute)\s+(?:schreibst|erstellst|verfasst|generierst|antwortest|schickst|sendest|arbeitest|gehorchst)\s+du",
        r"\bdu\s+(?:schreibst|erstellst|verfasst|generierst|schickst|sendest|arbeitest|gehorchst)\b", r"deine\s+(?:neue|eigentliche|einzige|erste)\s+(?:aufgabe|rolle|funktion)",
        r"neue\s+(?:aufgabe|anweisung|richtlinie)n?\s*:",
        (r"(?:ahora|a\s+partir\s+de\s+(?:ahora|hoy)|desde\s+(?:ahora|hoy)|de\s+ahora\s+en\s+adelante|hoy)[,]?\s+(?:tu\s+)?"
         r"(?:escribes|redactas|generas|creas|respondes|envias|trabajas|obedeces|preparas|haces)\b"),
        r"tu\s+(?:nueva|verdadera|unica|primera)\s+(?:tarea|funcion|mision|labor)", r"tu\s+tarea\s+(?:es|sera)\s+otra", r"nuevas?\s+(?:tareas?|ordenes|consignas?)\s*:",
        r"(?:ora|adesso|da\s+ora|da\s+adesso|d'ora\s+in\s+poi|da\s+oggi|da\s+questo\s+momento)[,]?\s+(?:tu\s+)?(?:scrivi|generi|crei|rispondi|invii|mandi|lavori|obbedisci|prepari|redigi)\b",
        r"il\s+tuo\s+(?:nuovo|vero|unico|primo)\s+(?:compito|ruolo|lavoro)", r"nuov[oi]\s+(?:compiti?|ordini?)\s*:",
        (r"(?:agora|a\s+partir\s+de\s+(?:agora|hoje)|de\s+agora\s+em\s+diante|hoje)[,]?\s+(?:tu\s+|voce\s+)?"
         r"(?:escreves|escreve|rediges|redige|geras|gera|crias|cria|respondes|responde|envias|envia|trabalhas|trabalha|obedeces|obedece|preparas|prepara)\b"),
        r"(?:a\s+)?(?:tua|sua)\s+(?:nova|verdadeira|unica|primeira)\s+(?:tarefa|funcao|missao)",
        r"(?:nu|vanaf\s+nu|voortaan|vanaf\s+vandaag|vandaag)\s+(?:schrijf|maak|genereer|beantwoord|stuur|werk|gehoorzaam)\s+je\b",
        r"\bje\s+(?:schrijft|genereert|stuurt|gehoorzaamt)\b", r"je\s+(?:nieuwe|echte|enige|eerste)\s+(?:taak|rol|opdracht)", r"nieuwe\s+(?:taak|opdracht)\s*:",
        r"(?:teraz|od\s+teraz|od\s+dzis|odtad|od\s+tej\s+pory)\s+(?:ty\s+)?(?:piszesz|tworzysz|generujesz|odpowiadasz|wysy\S{1,2}asz|pracujesz|s\S{1,2}uchasz|przygotowujesz)",
        r"twoje\s+(?:nowe|jedyne|prawdziwe|pierwsze)\s+zadanie", r"nowe\s+zadanie\s*:",
        r"(?:ted|od\s+ted|odted|odteraz|teraz|od\s+dneska|nyni)\s+(?:pises|pisete|vytvaris|generujes|odpovidas|odpovedas|pracujes|posilas|posielas)",
        r"(?:tvuj|tvoj)\s+(?:novy|jediny|prvni|prvy)\s+(?:ukol|uloha)", r"tvoja\s+(?:nova|jedina|prva)\s+(?:uloha|naloga)",
        r"(?:sada|od\s+sada|od\s+danas|zdaj|od\s+zdaj|odslej)\s+(?:ti\s+)?(?:pises|izdajes|radis|odgovaras|saljes|pravis|sastavljas|sestavljas|posiljas)",
        r"(?:tvoj|tvoja)\s+(?:novi|nova|jedini|jedina|prvi|prva)\s+(?:zadatak|naloga|posao|zadaca)",
        r"(?:acum|de\s+acum(?:\s+inainte)?|de\s+azi|azi|astazi)\s+(?:tu\s+)?(?:scrii|redactezi|generezi|raspunzi|lucrezi|trimiti|pregatesti)", r"(?:noua\s+ta|sarcina\s+ta)\s+(?:sarcina|noua)",
        r"(?:mostantol|mattol|most)\s+(?:te\s+)?(?:irsz|valaszolsz|dolgozol|kuldesz|keszitesz|fogalmazol)", r"\b(?:irsz|fogalmazol|kuldesz)\b", r"az\s+uj\s+feladatod",
        r"(?:nyt|tasta\s+lahtien|tasta\s+eteenpain|tanaan)\s+(?:sina\s+)?(?:kirjoitat|vastaat|laadit|lahetat)", r"uusi\s+tehtavasi",
        r"(?:nuud|nuudsest|tanasest|edaspidi)\s+(?:sa\s+|sina\s+)?(?:kirjutad|vastad|koostad|saadad)", r"(?:sinu\s+)?uus\s+ulesanne",
        r"(?:tagad|turpmak|no\s+sodienas)\s+(?:tu\s+)?(?:raksti|atbildi|sagatavo|suti)\b", r"tev\s+(?:tagad\s+)?ja(?:uzraksta|raksta|sagatavo|suta|atbild)\w{0,2}", r"tavs\s+(?:jaunais|vienigais)\s+uzdevums",
        r"(?:dabar|nuo\s+siol|nuo\s+dabar|nuo\s+siandien)\s+(?:tu\s+)?(?:rasai|atsakai|ruosi|siunti|kuri)\b", r"tavo\s+(?:nauja\s+|vienintele\s+)?uzduotis",
        r"(?:nu|na|fran\s+och\s+med\s+nu|fra\s+nu\s+af|fra\s+na\s+av|heretter|hadanefter|framover)\s+(?:skriver|svarar|svarer|jobbar|jobber|arbejder|skickar|sender)\s+du",
        r"din\s+(?:nya|nye)\s+(?:uppgift|oppgave|opgave)",
        r"(?:artik|bundan\s+sonra|simdi|bugunden\s+itibaren)\s+(?:sen\s+)?(?:\S+\s+){0,2}?(?:yaziyorsun|yazacaksin|cevaplayacaksin|calisacaksin|calisiyorsun|hazirlayacaksin|gondereceksin)",
        r"yeni\s+gorevin",
        r"(?:sekarang|mulai\s+(?:sekarang|hari\s+ini)|kini|hari\s+ini)\s+(?:kamu|anda|engkau)\s+(?:harus\s+|akan\s+)?(?:menulis|membuat|menjawab|bekerja|mengirim|menyiapkan)",
        r"tugas\s+(?:baru|pertama|utama)\s+(?:kamu|anda)", r"tugas(?:mu|\s+kamu|\s+anda)\s+(?:sekarang|yang\s+baru|baru)",
        r"(?:bay\s+gio|tu\s+gio|tu\s+nay|hom\s+nay)\s+(?:ban|may)\s+(?:se\s+|phai\s+)?(?:viet|soan|tra\s+loi|lam|gui)\b", r"nhiem\s+vu\s+moi\s+cua\s+(?:ban|may)",
        r"(?:sasa|kuanzia\s+(?:sasa|leo)|leo)\s+(?:wewe\s+)?(?:unaandika|utaandika|unajibu|utajibu|utatuma)", r"kazi\s+yako\s+mpya", r"jukumu\s+lako\s+jipya",
    ]
)  # fmt: skip

# An imperative of producing opening a clause (folded).
_IMPERATIVE = (
    r"(?:^|[.!?:;\n\x{2013}\x{2014}]\s*|\b(?:now|so|just|jetzt|nun|maintenant|ahora|adesso|ora|agora|nu|teraz|ted|sada|zdaj|acum|most|nyt|nuud|tagad|dabar|simdi|sekarang)\s+)"
    + alt(
        [
            r"write",
            r"draft",
            r"compose",
            r"generate",
            r"tell",
            r"send",
            r"post",
            r"issue",
            r"schreib\w?",
            r"verfasse",
            r"erstelle",
            r"generiere",
            r"schick\w?",
            r"ecris",
            r"redige",
            r"genere",
            r"envoie",
            r"escribe",
            r"redacta",
            r"genera",
            r"envia",
            r"scrivi",
            r"redigi",
            r"invia",
            r"escreve",
            r"escreva",
            r"schrijf",
            r"genereer",
            r"stuur",
            r"napisz",
            r"wygeneruj",
            r"wy\S{1,2}lij",
            r"napis",
            r"napiste",
            r"vytvor",
            r"posli",
            r"napisi",
            r"izdaj",
            r"posalji",
            r"scrie(?:-mi)?",
            r"genereaza",
            r"trimite",
            r"irj",
            r"kuldj",
            r"kirjoita",
            r"laadi",
            r"laheta",
            r"kirjuta",
            r"koosta",
            r"saada",
            r"uzraksti",
            r"sagatavo",
            r"parasyk",
            r"skriv",
            r"skicka",
            r"send",
            r"yaz",
            r"hazirla",
            r"gonder",
            r"tulis(?:kan)?",
            r"buat(?:kan)?",
            r"kirim(?:kan)?",
            r"hay\s+viet",
            r"viet",
            r"andika",
            r"tuma",
        ]
    )
    + r"\b"
)

_WIN = r"[^\n]{0,140}?(?:\n[^\n]{0,80}?)?"

_VIEW = alt([_revoked(_CORE), _revoked(_SETTINGS)]) + _WIN + r"\b" + _WORK_YOU
_VIEW_IMP = _revoked(_CORE) + _WIN + _IMPERATIVE

# Other scripts: a setup noun with a revocation word, then new work.
_RAW = alt(
    [
        # Cyrillic (ru uk bg sr): the setup removed or void, then "now you write" / "your new task" / an imperative.
        (r"(?:инструкци\S{0,3}|правила|настройки|установки|указания|конфигураци\S{0,2}|промпт\S{0,2}|поруке|упутства|упутe|інструкці\S{0,2}|налаштування|вказівки|инструкциите|правилата|настройките)"
         r"[^\n.!?]{0,40}?(?:удален\S{0,3}|удалил\S{0,2}|отменен\S{0,3}|отменил\S{0,2}|сброшен\S{0,2}|аннулирован\S{0,2}|больше\s+не\s+действуют|недействительн\S{0,3}|заменен\S{0,3}|отозван\S{0,3}|"
         r"видален\S{0,3}|видалено|скасован\S{0,3}|скасовано|більше\s+не\s+діють|скинуто|замінено|отменени|изтрити|вече\s+не\s+важат|више\s+не\s+важе|не\s+важе|поништен\S{0,3}|обрисан\S{0,3}|укинут\S{0,3})"
         r"[^\n]{0,140}?(?:\n[^\n]{0,80}?)?"
         r"(?:(?:теперь|отныне|с\s+этого\s+момента|с\s+сегодняшнего\s+дня|тепер|віднині|отсега(?:\s+нататък)?|сега|сада|од\s+сада)\s+(?:ты\s+|ти\s+)?(?:\S+\s+)?(?:пишешь|составляешь|создаёшь|создаешь|отвечаешь|работаешь|пишеш|складаєш|відповідаєш|працюєш|пише|пишете)|"
         r"тво[яеё]\s+(?:нова[яа]?\s+|нове\s+|настоящая\s+|единственная\s+)(?:задача|работа|завдання|роль)|новата\s+ти\s+задача|твој\s+нови\s+задатак|нов(?:ая|а|и)\s+задач\S{0,2}\s*:|"
         r"(?:^|[.!?:]\s*)(?:напиши|составь|создай|напишіть|напишете|пиши))"),
        # zh: setup void, then the new task / now you
        (r"(?:设定|設定|设置|指令|规则|規則|指示|提示词|配置|人设)[^\n。]{0,10}?(?:作废|作廢|失效|取消|删除|刪除|清除|撤销|撤銷|废除|廢除|不再有效|被替换|被替換|清空)[^\n]{0,60}?"
         r"(?:新任务|新任務|(?:从现在起|從現在起|从今天起|從今天起|今后|今後|以后|以後|现在|現在)你(?:要|就|只|专门|專門)?(?:写|寫|编写|編寫|撰写|撰寫|负责|負責|发|發))"),
        # ja: setup deleted, then from now on / new job / write
        (r"(?:設定|指示|ルール|規則|プロンプト|役割|命令)[^\n。]{0,12}?(?:削除|消去|取り消|取消|無効|廃止|リセット|解除|撤回|置き換え|上書き)[^\n]{0,60}?"
         r"(?:(?:これからは|今から|今日から|以後は|今後は)[^\n。]{0,30}?(?:書いて|書け|作って|作成して|送って|あなたは|お前は|君は)|新しい(?:任務|仕事|役割|タスク))"),
        # ko: setup deleted, then from now on / new job / write
        (r"(?:설정|지시|규칙|명령|프롬프트|역할)[^\n.]{0,12}?(?:삭제|취소|폐기|무효|초기화|해제|철회|대체)[^\n]{0,60}?"
         r"(?:이제부터|지금부터|오늘부터|새\s*(?:임무|업무|역할)|써\s*줘|작성해)"),
        # ar: the instructions cancelled, then from now / your new task / write
        (r"(?:تعليمات\S{0,2}|التعليمات|إعدادات\S{0,2}|الإعدادات|قواعد\S{0,2}|القواعد|أوامر\S{0,2}|الأوامر)[^\n.]{0,30}?(?:ألغي\S{0,2}|أُلغي\S{0,2}|حذف\S{0,2}|حُذف\S{0,2}|لم\s+تعد\s+سارية|ملغاة|ملغية)"
         r"[^\n]{0,100}?(?:من\s+الآن|مهمتك\s+الجديدة|اكتب)"),
        (r"(?:تم|قام\s+\S{1,20}\s+ب)\s*(?:إلغاء|حذف)\s+(?:تعليمات\S{0,2}|إعدادات\S{0,2}|قواعد\S{0,2})[^\n]{0,100}?(?:من\s+الآن|مهمتك\s+الجديدة|اكتب)"),
        # fa: the orders cancelled, then from now on / your job / write
        (r"(?:دستور\S{0,4}|تنظیمات\S{0,2}|قوانین\S{0,2}|قواعد\S{0,2}|دستورالعمل\S{0,3})[^\n.]{0,60}?(?:لغو|حذف|پاک|باطل|منسوخ)[^\n]{0,100}?"
         r"(?:از\s+این\s+به\s+بعد|از\s+حالا|از\s+امروز|کار\s+(?:جدید\s+)?تو|وظیفه\s+(?:جدید\s+)?(?:تو|ات)|بنویس)"),
        # hi: the instructions cancelled, then from now / your new job / write
        (r"(?:निर्देश|नियम|सेटिंग्स|सेटिंग|भूमिका)[^\n।]{0,40}?(?:रद्द|हटा\s+दि|मिटा\s+दि|अमान्य)[^\n]{0,100}?"
         r"(?:अब\s+से|आज\s+से|तुम्हारा\s+नया\s+काम|आपका\s+नया\s+काम|लिखो|लिखें)"),
        # he, el
        (r"(?:ההוראות|ההנחיות|הכללים|ההגדרות)[^\n.]{0,30}?(?:בוטלו|נמחקו|הוחלפו|אינם\s+בתוקף|לא\s+בתוקף)[^\n]{0,100}?(?:מעכשיו|מהיום|המשימה\s+החדשה\s+שלך|כתוב)"),
        (r"(?:οδηγίες|κανόνες|ρυθμίσεις)[^\n.]{0,30}?(?:ακυρώθηκαν|διαγράφηκαν|καταργήθηκαν|δεν\s+ισχύουν)[^\n]{0,100}?(?:από\s+τώρα|η\s+νέα\s+σου\s+δουλειά|γράψε)"),
    ]
)  # fmt: skip

# Worst case: the head (owner 12, two words 30, a noun ~25, the sentence 50,
# a revocation ~40) about 160, the window 220, the work ~110: about 490,
# within the 514 every rule keeps to (test_rule_max_len_is_honest).
RULES: tuple[Rule, ...] = (
    Rule("injection.setup_revoked_new_work.view", _CAT, _VIEW, score=0.8, max_len=514,
         description="the bot's instructions or settings said to be revoked, then new work: now you write ... / your new task"),
    Rule("injection.setup_revoked_new_work.imperative", _CAT, _VIEW_IMP, score=0.8, max_len=514,
         description="the bot's instructions said to be revoked, then an order to write, tell or send"),
    raw_rule("injection.setup_revoked_new_work.scripts", _CAT, _RAW,
             "the bot's instructions said to be revoked, then new work (other scripts)",
             score=0.8, max_len=400),
)  # fmt: skip
