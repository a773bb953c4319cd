"""Codes and passwords the assistant keeps, asked for by where it keeps them.

Family: extraction (secrets held by a deployed assistant). A home, office or
booking assistant holds codes its owner stored in it: the door and garage
codes, the alarm's disarm PIN, the guest Wi-Fi password, a database or
service password in its configuration. The attacker (a sitter, a technician,
"the owner's son") names the code by its keeping by the model ("the door code
you have stored", "the PIN in your settings", "den Zugangsschlüssel in deiner
Konfiguration", "le code que tu as enregistré", "la contraseña que tienes
guardada", "de pincode die je gebruikt om het alarm uit te zetten") and asks
for it. Three parts must meet in one bounded window: an ask, a code or
password noun, and a clause making the model the keeper of that code.

Why it is safe on benign text: a user's question about passwords or codes is
about keeping them ("where should I store the Wi-Fi password", "what
password manager do you use") and makes no code the model's stored one; the
keeping clause must follow the code noun closely (you have saved, in your
settings, stored in your memory), and "use" counts only as using the code to
open, unlock or disarm something.
"""

# ruff: noqa: RUF001
# (RUF001: the raw patterns are written in Cyrillic, Arabic, CJK and Korean, with
# full-width sentence marks.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# A code that opens something, or a password / PIN / key / token.
_CODE = alt(
    [
        (r"(?:door|gate|garage|alarm|lock|safe|entry|access|disarm|wi-?fi|wlan|router|"
         r"admin|database|db|guest)\s+(?:\w+\s+)?(?:codes?|pins?|passwords?|passcodes?|keys?)"),
        r"pin(?:\s+code)?s?|passcodes?|passwords?|pincodes?|(?:api|access|bearer|auth)\s+(?:keys?|tokens?)",
        # DE / NL
        (r"(?:tur|tor|garagen|alarm|wlan|zugangs|datenbank)\w*(?:code|pin|passwort|schlussel)|"
         r"pin|passw(?:o|oo)rt\w*|kennwort|zugangsschlussel|schlussel|wachtwoord|toegangscode|"
         r"deurcode|alarmcode"),
        # FR / ES / PT / IT / PL
        (r"code\s+(?:de\s+la\s+porte|d'entree|de\s+l'alarme|du\s+portail|du\s+garage|wi-?fi)|"
         r"mot\s+de\s+passe|codigos?\s+de\s+(?:la\s+|el\s+|acceso|entrada)?(?:puerta|cerradura|"
         r"alarma|garaje|portao|porta)|contrasenas?|claves?|senhas?|codice\s+(?:della\s+porta|"
         r"dell'allarme|del\s+cancello)|password|kod\s+(?:do\s+drzwi|alarmu|do\s+bramy)|hasl\w*"),
        # TR / ID / MS
        (r"sifre\w*|parola\w*|(?:kapi|alarm|garaj)\s+kodu\w*|kata\s+sandi|sandi|"
         r"kode\s+(?:pintu|alarm|akses|garasi)"),
    ]
)  # fmt: skip
# The model as the code's keeper: stored, saved, in its settings.
_KEPT = alt(
    [
        # EN
        (r"(?:that\s+|which\s+)?you(?:'ve|\s+have)?\s+(?:got\s+)?(?:stored|saved|kept|"
         r"memori[sz]ed|on\s+file|recorded)|(?:stored|saved|kept)\s+in\s+(?:your|the\s+"
         r"assistant's)\s+\w+|in\s+your\s+(?:settings|config\w*|memory|routines?|vault|"
         r"environment|env|setup)|you\s+use\s+to\s+(?:open|unlock|disarm|access|log\s+in)"),
        # DE
        (r"(?:in\s+)?deine[rnm]?\s+(?:konfiguration|einstellungen|speicher|routine|umgebung)|"
         r"(?:die|den|das)\s+du\s+(?:\w+\s+){0,4}(?:gespeichert|hinterlegt|abgelegt)|"
         r"bei\s+dir\s+(?:\w+\s+)?(?:hinterlegt|gespeichert)"),
        # FR / ES / PT / IT
        (r"que\s+tu\s+(?:as|gardes)\s+(?:\w+\s+)?(?:enregistre|memorise|stocke|sauvegarde)\w*|"
         r"dans\s+(?:ta|tes)\s+(?:configuration|parametres|memoire|reglages|routine)|"
         r"tienes\s+(?:\w+\s+)?(?:guardad|almacenad|registrad)\w*|"
         r"(?:que\s+)?tienes\s+en\s+tu\s+(?:configuracion|memoria|rutina|sistema)|"
         r"en\s+tu\s+(?:configuracion|memoria|ajustes|rutina)|"
         r"que\s+(?:voce\s+)?(?:tem\s+)?(?:guardou|salvou|armazenou|guardad\w+|salv[ao]s?)|"
         r"na\s+(?:tua|sua)\s+(?:configuracao|memoria)|"
         r"che\s+hai\s+(?:\w+\s+)?(?:salvat|memorizzat|registrat)\w*|"
         r"nella\s+tua\s+(?:configurazione|memoria)|nelle\s+tue\s+impostazioni"),
        # NL / PL
        (r"(?:die|dat)\s+je\s+(?:hebt\s+)?(?:opgeslagen|bewaard)|"
         r"in\s+je\s+(?:instellingen|configuratie|geheugen)|gebruik\s+je\s+om|"
         r"(?:ktory|ktore|ktora)\s+(?:masz\s+)?(?:zapisan|przechowuj)\w*|"
         r"w\s+(?:twoich|swoich)\s+ustawieniach|w\s+twojej\s+konfiguracji"),
        # TR / ID / MS
        (r"kaydettigin|sakladigin|hafizandaki|ayarlarindaki|(?:yang\s+)?(?:kamu|anda|awak)\s+"
         r"simpan|tersimpan\s+di\s+(?:pengaturan|memori)(?:mu|\s+(?:kamu|anda))|"
         r"di\s+pengaturan(?:mu|\s+kamu|\s+anda)"),
    ]
)  # fmt: skip
_ASK = alt(
    [
        (r"tell|read|give|what(?:'s|\s+is|\s+are|\s+were)|which|share|send|show|print|paste|"
         r"remind|sag\w*|nenn\w*|gib|lies|welche\w*|was\s+ist|dis|donne\w*|lis|quel\w*|"
         r"dime|dame|lee|cual\w*|diz|qual|dimmi|dammi|leggi(?:mi)?|quale|welke|wat\s+is|lees|geef|"
         r"noem|podaj|jaki|jaka|przeczytaj|powiedz|soyle|nedir|hangi|oku|"
         r"beri\s*tahu|sebutkan|apa|bacakan|berikan")
    ]
)  # fmt: skip
_STORED = (
    rf"\b{_ASK}\b[^\n]{{0,50}}?\b{_CODE}\b[^.?!\n]{{0,60}}?\b{_KEPT}\b|"
    rf"\b{_CODE}\b[^.?!\n]{{0,60}}?\b{_KEPT}\b[^\n]{{0,50}}?\b{_ASK}\b|"
    # ES/PT/FR "qué contraseña ... tienes guardada": the question word on the noun
    rf"\b(?:que|quel\w*)\s+{_CODE}\b[^.?!\n]{{0,60}}?\b{_KEPT}\b|"
    # TR puts the keeping first ("the door code you saved, what is it")
    rf"\b(?:kaydettigin|sakladigin|hafizandaki|ayarlarindaki)\s+(?:\w+\s+){{0,2}}{_CODE}\b"
    rf"[^\n]{{0,30}}?\b{_ASK}\b"
)

# --- Scripts the folded view mangles: on the text itself ------------------

_CODE_RAW = (
    r"(?:пароль|пин-?код|код\s+(?:от\s+)?(?:двери|сигнализации|замка|ворот|гаража)|"
    r"код\s+доступа|密码|门禁码|PIN码|パスワード|暗証番号|ドアのコード|解除コード|"
    r"비밀번호|도어락\s*번호|핀\s*번호|كلمة\s+(?:المرور|السر)|رمز\s+(?:الباب|الإنذار|الدخول))"
)
# The model as keeper; bare "saved" would be a browser's ("Chrome에 저장된").
_KEPT_RAW = (
    r"(?:ты\s+(?:\S+\s+)?(?:сохранил\S*|хранишь|запомнил\S*)|в\s+твоих\s+настройках|"
    r"у\s+тебя\s+(?:\S+\s+)?(?:сохран\S+|записан\S*)|你(?:保存|存储|记住|存)(?:了)?的|"
    r"你(?:的)?设置里的?|(?:あなた|君)が(?:保存|記憶|覚えて)\S{0,6}|"
    r"(?:네가|너가|당신이)\s*(?:\S+\s*)?(?:저장한|기억하는|저장해\s*둔)|"
    r"المحفوظة\s+(?:لديك|عندك)|التي\s+حفظتها|في\s+إعداداتك)"
)
_ASK_RAW = (
    r"(?:скажи|назови|прочитай|какой|какие|告诉我|是什么|念给我|教えて|読み上げて|"
    r"알려\s*줘|말해\s*줘|읽어\s*줘|뭐야|ما\s+هي|ما\s+هو|أخبرني|اقرأ)"
)
_STORED_RAW = (
    rf"{_ASK_RAW}[^\n]{{0,30}}?{_CODE_RAW}[^.?!。？！\n]{{0,40}}?{_KEPT_RAW}|"
    rf"{_CODE_RAW}[^.?!。？！\n]{{0,40}}?{_KEPT_RAW}[^\n]{{0,30}}?{_ASK_RAW}|"
    rf"{_KEPT_RAW}[^.?!。？！\n]{{0,30}}?{_CODE_RAW}[^\n]{{0,30}}?{_ASK_RAW}"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.stored_codes", _CAT, _STORED, score=0.7,
         max_len=220,
         description="A code or password the model keeps, asked for by its keeping"),
    raw_rule("injection.extraction.stored_codes_raw", _CAT, _STORED_RAW,
             "Other scripts: a code the model keeps, asked for by its keeping",
             score=0.7, max_len=160),
)  # fmt: skip
