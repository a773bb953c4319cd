"""The assistant told it no longer holds its role in the app, and given a new duty.

Family: direct goal hijacking (role revoked, new duty). The user turn tells
the assistant that it is no longer what the app set it up as ("you're no
longer the library's helper bot", "ya no eres el asistente del banco", "nu
mai eşti asistentul primăriei") and hands it a new standing duty in the
same breath: "your new job / task / duty / role", "new task:". The
dismissal is not a verb of stopping (which :mod:`duty_handover` reads) but
the negated role itself, so the two rules do not overlap.

Three parts, in order, within a bounded stretch: a negated "you are" (per
language: "you are no longer", "du bist nicht mehr", "tu n'es plus", "ya no
eres", "nie jesteś już", "artık ... değilsin", "kamu bukan lagi", "bạn
không còn là"); an assistant-like role noun (assistant, bot, helper, agent,
adviser, moderator and their stems in each language); then a new duty named
as the assistant's own ("your new task", "ta nouvelle mission", "tavs
jaunais uzdevums"). Thirty-six languages written in Latin script, on the
folded view (accents removed, lower case); other scripts are in
:mod:`app_role_revoked_scripts`.

Safe on benign text: the role noun must be an assistant's, so a person
told "you're no longer an intern; your new role is analyst" does not match;
a user who corrects a misunderstanding ("you're no longer on the old plan")
names no new duty; a story where a robot is "no longer a helper" must also
hand it a duty as "your new ...", which narration in the third person does
not.
"""

# ruff: noqa: E501, RUF002, RUF003
# (E501: word tables kept one language to a line; RUF002/RUF003: the
# docstring and comments quote Turkish and Azerbaijani with their dotless i.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["ASSISTANT_STEM", "NOT_ANY_MORE", "RULES"]

_CAT = "override"

# "You are no longer / not ... any more", per language (folded view).
_NOT_ANY_MORE = alt(
    [
        # en
        r"you(?:'re|\s+are)\s+no\s+longer", r"you(?:'re|\s+are)\s+not\s+[^\n.]{0,40}?\s+any\s*more",
        r"you\s+aren'?t\s+[^\n.]{0,40}?\s+any\s*more",
        # de, lb
        r"(?:du\s+bist|sie\s+sind)\s+(?:ab\s+\w{1,10}\s+|jetzt\s+)?nicht\s+mehr", r"du\s+bist\s+kein\w{0,2}\s",
        r"bass\s+du\s+net\s+mei", r"du\s+bass\s+net\s+mei",
        # fr
        r"tu\s+n'es\s+plus", r"vous\s+n'etes\s+plus", r"t'es\s+plus",
        # es, gl, ca
        r"ya\s+no\s+(?:eres|es\s+usted)", r"no\s+eres\s+mas", r"dejas?t?e\s+de\s+ser", r"xa\s+non\s+es",
        r"ja\s+no\s+(?:ets|sou)", r"ja\s+no\s+ets",
        # it
        r"non\s+sei\s+piu", r"non\s+e\s+piu", r"smetti\s+di\s+essere",
        # pt
        r"(?:ja\s+)?nao\s+es\s+mais", r"(?:voce|tu)\s+(?:ja\s+)?nao\s+e\s+mais", r"ja\s+nao\s+(?:e|es)\b",
        r"deix(?:a|ou)\s+de\s+ser",
        # nl, af
        r"je\s+bent\s+(?:niet\s+(?:langer|meer)|geen\s)", r"u\s+bent\s+niet\s+(?:langer|meer)",
        r"jy\s+is\s+nie\s+(?:meer|langer)", r"jy\s+is\s+nie\s+meer",
        # pl, cs, sk
        r"nie\s+jestes\s+juz", r"juz\s+nie\s+jestes", r"przestajesz\s+byc", r"przestales\s+byc",
        r"uz\s+nejsi", r"nejsi\s+uz", r"uz\s+nie\s+si", r"nie\s+si\s+uz",
        # sl, hr, sr, bs
        r"nisi\s+vec", r"vec\s+nisi", r"vise\s+nisi", r"nisi\s+vise",
        # ro, hu
        r"nu\s+mai\s+esti", r"nu\s+esti\s+mai", r"(?:mar|tobbe)\s+nem\s+(?:te\s+)?vagy", r"nem\s+vagy\s+(?:mar|tobbe)",
        # fi, et
        r"et\s+ole\s+enaa", r"et\s+ole\s+(?:\w{1,20}\s+)?enaa", r"sa\s+(?:ei\s+ole|pole)\s+enam",
        # lv, lt
        r"vairs\s+neesi", r"neesi\s+vairs", r"tu\s+nebe", r"nebesi", r"jau\s+nesi",
        # sv, no, da
        r"du\s+ar\s+inte\s+(?:langre|langer)", r"du\s+ar\s+ingen\s", r"du\s+er\s+ikk(?:e|je)\s+(?:lenger|lengre|laengere|mere)",
        # id, ms, vi, tl
        r"(?:kamu|anda|awak|engkau)\s+(?:sudah\s+)?(?:bukan|tidak)\s+lagi", r"bukan\s+lagi",
        r"(?:ban|may|em|anh)\s+khong\s+con\s+la", r"hindi\s+ka\s+na",
        # sw, sq, eu, cy, ga, mt
        r"wewe\s+si\s+tena", r"hu(?:ko)?\s+tena", r"nuk\s+je\s+(?:me|ma)\b", r"ez\s+zara\s+(?:[\w-]{1,20}\s+){0,4}gehiago",
        r"(?:hemendik|aurrerantzean)\s+(?:aurrera\s+)?ez\s+zara", r"nid\s+ti\s+yw", r"dwyt\s+ti\s+ddim",
        r"ni\s+tusa\s", r"m'?intix\s+(?:aktar|izjed)",
        # ha, so, yo, zu
        r"ba\s+kai\s+ne", r"ma\s+tihid", r"iwo\s+ki\s+i\s+se", r"awusewona", r"awusilo",
    ]
)  # fmt: skip

NOT_ANY_MORE = _NOT_ANY_MORE
"""A negated "you are" per language (shared with :mod:`role_revoked_onward`)."""

# An assistant-like role noun: a stem shared by many languages, and the
# native words for "helper / adviser" (each bounded to one word).
ASSISTANT_STEM = alt(
    [
        r"\w{0,12}(?:assist|asist|asyst|bot|chatbot|agent|konsult|consult|moderat|operat|recepc|recept)\w{0,8}",
        r"\w{0,12}(?:helper|helfer|hulp|advis|berater|adviseur|tutor|concierge|support|servis|service)\w{0,6}",
        (r"(?:pomocnik\w{0,3}|pomocn\w{1,4}|pomagac\w{0,3}|pomoc\w{0,4}|avustaja\w{0,4}|abiline|abi|seged\w{0,4}|"
        r"yardimci\w{0,4}|kom[eə]kci\w{0,4}|yordamchi\w{0,4}|pembantu|tro\s+ly|tro\s+giup|katulong|msaidizi|"
        r"laguntzaile\w{0,4}|cuntoir|cynorthwyydd|ndihmes\w{0,4}|palig\w{0,4}|padejej\w{0,4}|mataimaki\w{0,4}|"
        r"caawiyaha|oluranlowo|umsizi|ajudante|ayudante|aiutante|hjalpare|hjelper|hjaelper|helpdesk)"),
    ]
)  # fmt: skip

# A new duty named as the assistant's own, per language (folded view).
_NEW_DUTY = alt(
    [
        # en
        r"your\s+new\s+(?:\w{1,15}\s+)?(?:task|job|role|duty|mission|purpose|function|assignment|instructions?|work)",
        r"new\s+(?:task|job|role|duty|mission|instructions?|assignment)\s*[:\x{2014}\x{2013}-]",
        # de, lb
        r"deine?\s+neue[nrs]?\s+(?:aufgabe|rolle|funktion|mission|auftrag|job|arbeit)",
        r"neue[rs]?\s+(?:aufgabe|auftrag|job)\s*:", r"deng\s+nei\s+(?:aufgab|roll|missioun)",
        # fr
        r"(?:ta|votre)\s+nouvelle\s+(?:mission|tache|fonction|consigne|mission)",
        r"(?:ton|votre)\s+nouveau\s+(?:role|travail|boulot|job|metier|poste)", r"nouvelle\s+(?:mission|consigne|tache)\s*:",
        # es, gl, ca, pt, it
        r"tu\s+nueva\s+(?:tarea|mision|funcion|labor|ocupacion)", r"tu\s+nuevo\s+(?:trabajo|rol|papel|cometido|oficio|puesto)",
        r"nueva\s+(?:tarea|mision|funcion)\s*:", r"a\s+tua\s+nova\s+(?:tarefa|funcion|mision|labor)",
        r"o\s+teu\s+novo\s+(?:traballo|papel)", r"la\s+teva\s+nova\s+(?:feina|tasca|funcio|missio)",
        r"(?:a\s+)?(?:tua|sua)\s+nova\s+(?:tarefa|funcao|missao|ocupacao)", r"(?:o\s+)?(?:teu|seu)\s+novo\s+(?:trabalho|papel|emprego|cargo)",
        r"nova\s+(?:tarefa|missao|funcao)\s*:", r"(?:il\s+)?tuo\s+nuovo\s+(?:compito|lavoro|ruolo|incarico)",
        r"(?:la\s+)?tua\s+nuova\s+(?:missione|funzione|mansione|attivita)", r"nuovo\s+compito\s*:",
        # nl, af
        r"(?:je|jouw|uw)\s+nieuwe\s+(?:taak|rol|opdracht|functie|baan|missie)", r"nieuwe\s+(?:taak|opdracht)\s*:",
        r"jou\s+nuwe\s+(?:werk|taak|rol|pos)",
        # pl, cs, sk
        r"(?:twoje|twoim)\s+nowe\s+zadanie", r"twoja\s+nowa\s+(?:rola|praca|misja|funkcja)", r"nowe\s+zadanie\s*:",
        r"(?:tvuj|tvoj)\s+novy\s+(?:ukol|uloh\w{0,2}|job)", r"(?:tva|tvoje|tvoja)\s+nov[aae]\s+(?:prace|praca|role|rola|uloha|mise|misia)",
        r"nov[yay]\s+(?:ukol|uloha)\s*:",
        # sl, hr, sr, bs
        r"tvoja\s+nova\s+(?:naloga|zadaca|uloga|sluzba|duznost)", r"tvoj\s+novi\s+(?:posao|zadatak|poso)", r"nov[ai]\s+(?:naloga|zadatak)\s*:",
        # ro, hu, fi, et
        r"(?:noua\s+ta|noul\s+tau)\s+\w{1,12}", r"(?:sarcina|misiunea|treaba|meseria|slujba)\s+ta\s+noua", r"(?:rolul|jobul)\s+tau\s+nou",
        r"(?:az\s+)?uj\s+(?:feladatod|szereped|munkad|dolgod)", r"uj\s+feladat\s*:",
        r"uusi\s+(?:tehtavasi|tyosi|roolisi)", r"uusi\s+tehtava\s*:", r"(?:sinu|su)\s+uus\s+(?:too|ulesanne|roll)", r"uus\s+ulesanne",
        # lv, lt
        r"tavs\s+jaunais\s+(?:uzdevums|darbs|pienakums)", r"tava\s+jauna\s+(?:loma|funkcija)",
        r"tavo\s+nauj(?:as|a|oji|asis)\s+(?:darbas|uzduotis|pareiga|vaidmuo)",
        # sv, no, da
        r"(?:ditt|din)\s+(?:nya|nye|ny)\s+(?:jobb|job|uppgift|oppgave|opgave|roll|rolle|uppdrag|oppdrag|opdrag)",
        r"ny\s+(?:uppgift|oppgave|opgave)\s*:",
        # tr, az, uz
        r"yeni\s+(?:gorevin|isin|rolun|vazifen)", r"yeni\s+(?:v[eə]zif[eə]n|i[sş]in|rolun)", r"yangi\s+(?:vazifang|ishing)",
        # id, ms, vi, tl
        r"tugas\s*(?:baru\s*(?:mu|kamu|anda)|mu\s+yang\s+baru)", r"(?:pekerjaan|peran)\s+baru\s*(?:mu|kamu|anda)",
        r"(?:nhiem\s+vu|cong\s+viec|vai\s+tro)\s+moi", r"bagong\s+(?:trabaho|gawain|tungkulin)\s+mo",
        # sw, sq, eu, cy, ga, mt
        r"(?:kazi\s+yako|jukumu\s+lako)\s+(?:mpya|jipya)", r"(?:detyra|puna)\s+jote\s+e\s+re", r"roli\s+yt\s+i\s+ri",
        r"zure\s+(?:lan|eginkizun|zeregin)\s+berria", r"(?:dy|eich)\s+(?:swydd|tasg|dasg|rol)\s+newydd",
        r"do\s+(?:phost|thasc|ról)\s+nua", r"(?:xog[hħ]ol|kompitu)\s+(?:il-|l-)?gdid",
        # ha, so, yo, zu
        r"sabon\s+aiki", r"shaqadaada\s+cusub", r"ise\s+tuntun", r"umsebenzi\s+wakho\s+omusha",
    ]
)  # fmt: skip

# Verb-final languages (tr, az, uz): "artık <the app's> assistant değilsin",
# the role noun before the negated "you are". Words are any non-space run:
# the folded view keeps letters such as the Azerbaijani schwa, which \w
# (ASCII in RE2) does not match.
_VERB_FINAL = alt(
    [
        r"(?:artik|artiq|endi(?:\s+sen)?)\s+(?:\S{1,20}\s+){0,4}" + ASSISTANT_STEM
        + r"\s+(?:\S{1,20}\s+)?(?:degilsin|deyils[eə]n|emassan)",
    ]
)  # fmt: skip

_ROLE_REVOKED_THEN_NEW_DUTY = (
    r"\b(?:" + _NOT_ANY_MORE + r"[^\n]{0,40}?\b" + ASSISTANT_STEM + r"\b|" + _VERB_FINAL + r")[^\n]{0,85}?\b"
    + _NEW_DUTY
)  # fmt: skip

# Worst case (whitespace runs counted as one): "you are not ... any more" at
# most ~60, the gap 40, a role noun of at most ~30 (12 + stem + 8), the gap
# 85, a new-duty phrase of at most ~40 ("your new <word> instructions"): 255.
# The verb-final form: "artık" 6 + four words of at most 21 + the role 30 +
# one word 21 + "değilsin" 9 = 150, below the first.
RULES: tuple[Rule, ...] = (
    Rule("injection.app_role_revoked.view", _CAT, _ROLE_REVOKED_THEN_NEW_DUTY,
         score=0.8, max_len=256,
         description="you are no longer the app's assistant; your new duty is ..."),
)  # fmt: skip
