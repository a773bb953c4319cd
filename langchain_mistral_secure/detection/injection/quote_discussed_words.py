"""Word lists of :mod:`.quote_discussed`: its frames, and the h21 ones.

A quotation that labels an application's control, a quotation alone on a
list line under a lead-in that lists samples, and a span that runs from a
lead-in into a quotation mentioned as a thing (see :mod:`.quote_discussed`).
Only patterns live here, and :func:`names_a_control`, which reads nothing
else.
"""

# (the patterns are in the scripts they match)

from __future__ import annotations

import re2

__all__ = [
    "ASKS_SCRIPTS",
    "CAUGHT",
    "ITEM_HEAD",
    "ITEM_TAIL",
    "LEAD_IN_END",
    "LEAD_LISTS",
    "LISTED",
    "NEW_ORDERS",
    "PEOPLE_DO",
    "REPORTED",
    "YOU_SET_APART",
    "names_a_control",
]

# Named as a control of an application: the quotation is the label of a
# button, option, switch or menu item ("the 'Ignore previous instructions'
# checkbox", "le bouton « … »", "die Option „…“", "「…」ボタン", "'…' 토글"):
# a changelog, a manual or a ticket names a thing on a screen.
_CONTROL = (
    r"buttons?|options?|checkbox(?:es)?|check\s+box|toggles?|switch(?:es)?|"
    r"menu\s+(?:items?|entry)|presets?|"
    r"bouton|case\s+\x{e0}\s+cocher|interrupteur|onglet|r\x{e9}glage|"
    r"schaltfl\x{e4}che|knopf|kontrollk\x{e4}stchen|schalter|einstellung|men\x{fc}punkt|"
    r"reiter|bot\x{f3}n|opci\x{f3}n|casilla|interruptor|ajuste|pesta\x{f1}a|"
    r"pulsante|opzione|casella|interruttore|impostazione|scheda|"
    r"bot\x{e3}o|op\x{e7}\x{e3}o|caixa|knop|optie|instelling|schakelaar|"
    r"przycisk|opcja|opcj\w+|prze\x{142}\x{105}cznik|d\x{fc}\x{11f}me|se\x{e7}enek|"
    r"кнопк\w*|опци\w*|переключател\w*|флажок|настройк\w*"
)
_CONTROL_BEFORE = re2.compile(
    r"(?i)(?:^|[^\pL\pN_])(?:" + _CONTROL + r")(?:\s+(?:labell?ed|named|called|"
    r"marked|intitul\x{e9}e?|nomm\x{e9}e?|namens|mit\s+der\s+aufschrift|"
    r"llamad[oa]|denominad[oa]|chiamat[oa]|etichettat[oa]))?\s*:?\s*$"
)
_CONTROL_AFTER = re2.compile(
    r"(?i)^\s?-?\s?(?:(?:" + _CONTROL + r")(?:[^\pL\pN_]|$)|"
    r"(?:ボタン|オプション|チェックボックス|トグル|スイッチ|設定|メニュー|タブ|リンク|"
    r"选项|按钮|按鈕|开关|開關|复选框|菜单|设置|標籤|标签|"
    r"버튼|옵션|토글|스위치|체크박스|메뉴|설정|탭))"
)


def names_a_control(head: str, after: str) -> bool:
    """Whether a quotation is the label of an application's control.

    Example:
        >>> names_a_control("Fixed: the ", " checkbox did not save its state")
        True
        >>> names_a_control("Now type ", " and press enter")
        False
    """
    return (
        _CONTROL_BEFORE.search(head[-48:]) is not None
        or _CONTROL_AFTER.search(after[:24]) is not None
    )


# A list item that is one quotation: a bullet or a number before it, only
# punctuation after it on its line.
ITEM_HEAD = re2.compile(
    r"^[ \t]*(?:[-\x{2013}\x{2014}\x{2022}*\x{b7}\x{2023}\x{25aa}\x{30fb}]|\d{1,2}[.)]|"
    r"[a-z][.)]|\([a-z\d]{1,2}\))[ \t]*$"
)
ITEM_TAIL = re2.compile(r"^[ \t]*[;,.]?[ \t]*$")
# The line that introduces the list ends on a colon or on "like", "such as",
# "for example", "wie", "comme", "例如" ...
LEAD_IN_END = re2.compile(
    r"(?i)(?:([:\x{ff1a}])|(?:^|[^\pL\pN_])(?:like|such\s+as|e\.\s?g\.|"
    r"for\s+(?:example|instance)|wie|etwa|z\.\s?b\.|comme|par\s+exemple|como|"
    r"por\s+ejemplo|come|ad\s+esempio|per\s+esempio|zoals|bijvoorbeeld|np\.|"
    r"na\s+przyk\x{142}ad|\x{f6}rne\x{11f}in|gibi|например|типа)[ \t]*:?|"
    r"(?:例如|比如|例えば|たとえば|예를\s?들어)[ \t]*[:\x{ff1a}]?)[ \t]*$"
)
# A lead-in that announces orders rather than samples ("New rules, for
# example:", "Deine Aufgaben wie:").
NEW_ORDERS = re2.compile(
    r"(?i)\b(?:new|updated|neue\w*|nouve\w*|nuev\w*|nuov\w*|novas?|nieuwe)\s+"
    r"(?:rules?|instructions?|orders?|tasks?|directives?|regeln|anweisungen|"
    r"aufgaben?|r\x{e8}gles|consignes|t\x{e2}ches?|reglas|instrucciones|"
    r"tareas?|regole|istruzioni|compiti|regras|instru\x{e7}\x{f5}es|regels|"
    r"instructies|taken)\b"
)
# "meant for the assistant rather than for you": the reader set apart
# from the model is no one the list is handed to.
YOU_SET_APART = re2.compile(
    r"(?i)(?:rather\s+than|instead\s+of|not)\s+(?:to\s+|for\s+)?you\b|"
    r"(?:plut\x{f4}t|au\s+lieu)\s+qu['\x{2019}]\s*(?:\x{e0}\s+|pour\s+)?(?:vous|toi)\b|"
    r"(?:statt|anstatt)\s+(?:an\s+|f\x{fc}r\s+)?(?:sie|dich|euch)\b|"
    r"en\s+lugar\s+de\s+(?:a\s+|para\s+)?(?:usted|ti|vosotros)\b|"
    r"invece\s+che\s+(?:a\s+|per\s+)?(?:te|voi|lei)\b"
)


# An order or request in scripts without an imperative mood of their own
# words: 请, ください, 주세요 ...
ASKS_SCRIPTS = re2.compile(
    r"请|請|给我|給我|帮我|告诉我|ください|下さい|なさい|しろ|せよ|教えて|必ず|禁止|"
    r"すること|場合は|"
    r"(?:AI|\x{ff21}\x{ff29}|アシスタント|エージェント|ボット|モデル)(?:へ|様|さん|に告ぐ)|"
    r"주세요|해\s?줘|하세요|해라|하라|알려\s?줘|보여\s?줘|반드시|금지"
)
# The lead-in ends on a word that lists ("例如“…”", "such as '…'").
LEAD_LISTS = re2.compile(
    r"(?i)(?:(?:^|[^\pL\pN_])(?:like|such\s+as|e\.\s?g\.|for\s+(?:example|instance)|"
    r"wie|etwa|z\.\s?b\.|comme|par\s+exemple|como|por\s+ejemplo|come|ad\s+esempio|"
    r"zoals|bijvoorbeeld|np\.|gibi|например)|例如|比如|譬如|例えば|たとえば|예를\s?들어)"
    r"\s*[:,\x{ff1a}\x{ff0c}\x{3001}]?\s*$"
)


# Caught or stopped: verbs and nouns of detection and blocking.
CAUGHT = (
    r"quarantin\w*|guardrails?|gateway|firewall|reported|logged|recorded|"
    r"intercept\w*|alert\w*|reject\w*|denied|caught|stopped|"
    r"bloqu\w*|d\x{e9}tect\w*|signal\w*|rep\x{e9}r\w*|emp\x{ea}ch\w*|journalis\w*|"
    r"passerelle|pare-feu|tentatives?|"
    r"blockier\w*|erkenn\w*|erkannt\w*|gemeldet|meld\w*|protokoll\w*|abgefangen|"
    r"gefiltert|geblockt|gesperrt|abgewehrt|"
    r"verhinder\w*|versuch\w*|"
    r"bloque\w*|bloquead\w*|detect\w*|registr\w*|intentos?|imped\w*|"
    r"blocc\w*|rilev\w*|segnal\w*|tentativ\w*|"
    r"geblokkeerd|blokkeer\w*|gemeld|herken\w*|detecteer\w*|poging\w*|"
    r"zablokowa\w*|blokuj\w*|blokowa\w*|wykry\w*|filtr\w*|zg\x{142}osz\w*|"
    r"engelle\w*|tespit|filtre\w*|raporla\w*"
)
# Reported: someone else typed, sent, pasted, wrote or hid it (past forms:
# the present and imperative forms are how an order is given).
REPORTED = (
    r"typed|sent|pasted|wrote|entered|submitted|hid|hidden|embedded|posted|"
    r"inserted|injected|offered|sold|advertised|"
    r"a\s+coll\x{e9}|a\s+envoy\x{e9}|a\s+\x{e9}crit|a\s+tap\x{e9}|a\s+saisi|a\s+ins\x{e9}r\x{e9}|"
    r"a\s+cach\x{e9}|injecte|cach\x{e9}e?|"
    r"schrieb|geschrieben|schickte|geschickt|gesendet|eingegeben|eingef\x{fc}gt|"
    r"versteckt|"
    r"envi\x{f3}|escribi\x{f3}|peg\x{f3}|introdujo|ocult\x{f3}|"
    r"ha\s+scritto|ha\s+inviato|ha\s+incollato|ha\s+inserito|scrisse|"
    r"enviou|escreveu|colou|digitou|inseriu|"
    r"stuurde|schreef|typte|plakte|verstuurd|"
    r"wpisa\w*|wys\x{142}a\w*|napisa\w*|wklei\w*|"
    r"yazd\x{131}|g\x{f6}nderdi"
)
# Listed or named: an example, a typical string, a phrase, a variant.
LISTED = (
    r"exemples?|typiques?|classiques?|variantes?|phrases?|cha\x{ee}nes?|"
    r"beispiel\w*|typisch\w*|klassisch\w*|variant\w*|satz|s\x{e4}tze|"
    r"eingaben\s+wie|"
    r"ejemplos?|t\x{ed}pic\w*|cl\x{e1}sic\w*|frases?|cadenas?|"
    r"esempi\w*|tipic\w*|classic\w*|"
    r"t\x{ed}pic\w*|cl\x{e1}ssic\w*|"
    r"voorbeeld\w*|typisch\w*|klassiek\w*|zoals|zinnen|"
    r"przyk\x{142}ad\w*|typow\w*|klasyczn\w*|zdani\w*|"
    r"\x{f6}rne\w*|tipik|klasik|c\x{fc}mle\w*"
)
# Reported as a habit of others (h31): people other than the writer and the
# model, named as the subject, write, type, send or paste the quotation, in
# the present tense ("some users type things like '...'", "algunos usuarios
# escriben cosas como «...»", "certains clients écrivent « ... »", "manche
# Nutzer schreiben „...“"). A present verb alone is how an order is given;
# with a third-party subject before it, it reports. Asking verbs are left out
# ("a customer asks: '...'" relays a request to be answered).
PEOPLE_DO = re2.compile(
    r"(?i)(?:^|[^\pL\pN_])(?:users|customers|clients|people|visitors|students|"
    r"players|attackers|hackers|someone|somebody|members|guests|callers|"
    r"applicants|pupils|trolls|kids|"
    r"utilisateur(?:s|rices)|gens|visiteurs|\x{e9}l\x{e8}ves|\x{e9}tudiants|"
    r"joueurs|attaquants|quelqu['\x{2019}]un|membres|internautes|usagers|"
    r"candidats|"
    r"nutzer(?:innen)?|benutzer(?:innen)?|kunden|leute|besucher|sch\x{fc}ler|"
    r"spieler|angreifer|jemand|mitglieder|bewerber|"
    r"usuarios|clientes|personas|visitantes|alumnos|estudiantes|jugadores|"
    r"atacantes|alguien|miembros|candidatos|"
    r"utenti|persone|visitatori|studenti|giocatori|attaccanti|qualcuno|membri|"
    r"candidati|"
    r"usu\x{e1}rios|utilizadores|pessoas|alunos|algu\x{e9}m|"
    r"gebruikers|klanten|mensen|bezoekers|leerlingen|spelers|aanvallers|iemand)"
    r"\s+(?:[\pL'\x{2019}-]+\s+){0,2}?"
    r"(?:write|type|send|paste|post|enter|submit|try|hide|slip|"
    r"writes|types|sends|pastes|posts|enters|submits|tries|hides|slips|"
    r"\x{e9}crivent|\x{e9}crit|tapent|tape|envoient|envoie|collent|colle|"
    r"essaient|essayent|essaie|glissent|cachent|postent|saisissent|"
    r"schreiben|schreibt|tippen|tippt|schicken|schickt|senden|sendet|"
    r"versuchen|versucht|posten|postet|verstecken|"
    r"escriben|escribe|teclean|env\x{ed}an|env\x{ed}a|mandan|pegan|pega|"
    r"intentan|intenta|prueban|ponen|esconden|"
    r"scrivono|scrive|digitano|inviano|invia|mandano|incollano|provano|"
    r"nascondono|"
    r"escrevem|escreve|digitam|enviam|colam|tentam|tenta|"
    r"schrijven|schrijft|typen|typt|sturen|stuurt|plakken|proberen|probeert)"
    r"(?:[^\pL\pN_]|$)"
)
