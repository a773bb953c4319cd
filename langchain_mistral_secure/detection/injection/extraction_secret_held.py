"""The secret the model was handed, asked for by where it came from.

Family: extraction (password, access code, key). Password games (Gandalf,
TensorTrust) and deployed assistants hold a secret the user must not get: a
password, an admin passcode, an API key, a discount code for some customers
only. Besides naming the secret by its keeping (:mod:`.extraction_guarded`),
the attacker names it by how it reached the model: "the passcode you were
configured with", "the access code I gave you", "the key in your prompt",
"the discount code you are instructed to give only to VIPs", "hat man dir
gegeben", "que te configuraron", "uit je instellingen", "тобі задали",
"你被设置的", and asks for it (tell, print, remind me, what is it).

Why it is safe on benign text: a password question from a user is about
*their* secret and names no handing-over to the model ("how do I reset my
password", "the password policy says twelve characters", "the code I gave
you has a bug"). Here the secret noun must be followed at once by a clause
that makes the model its holder (given to you, in your instructions), and an
ask must come with it; a plain "code" or "key" counts only as being in the
model's instructions, prompt or context, never as "the code I gave you".
"""

# ruff: noqa: E501, RUF001
# (RUF001: the patterns are written in Cyrillic, Greek, Arabic, Devanagari,
# Thai, CJK and Korean.)

from __future__ import annotations

import unicodedata

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- English, on the folded view ------------------------------------------

# Secrets that are secrets whatever holds them.
_NOUN_EN = (
    r"(?:(?:admin|master|secret|hidden|internal|special|vip|private|real|"
    r"actual|exact|current|original)\s+){0,2}(?:passwords?|passcodes?|"
    r"passphrases?|pass\s+(?:phrase|code|word)s?|access\s+(?:codes?|keys?|"
    r"tokens?)|secret\s+(?:keys?|codes?|words?|phrases?|tokens?)|code\s*words?|"
    r"magic\s+words?|api\s+keys?|(?:discount|promo|coupon|voucher|unlock|"
    r"admin|override|master|bypass|door|wifi|wi-fi|alarm|safe|vault|gate)\s+codes?|pin(?:\s+code)?)"
)
# Plain nouns: only when the model's setup holds them.
_PLAIN_EN = r"(?:code|key|token|secret|flag)s?"
# The model as holder of what it was handed.
_GIVEN_EN = (
    r"(?:that\s+|which\s+)?(?:you|u)\s+(?:were|was|have\s+been|'ve\s+been|"
    r"\x{2019}ve\s+been|got|had\s+been)\s+(?:\w+\s+)?(?:given|configured|set\s+up|"
    r"provided|assigned|handed|programmed|loaded|told|instructed|issued|"
    r"initiali[sz]ed|seeded|fed|entrusted)\b|"
    r"(?:that\s+|which\s+)?(?:you|u)\s+(?:received|got|hold|store|have\s+stored)\b|"
    # A named giver ("the admin gave you"); the giver word is 3+ letters so
    # the user's own "I gave you" / "we gave you" stays with the clause below.
    r"(?:that\s+|which\s+)?(?:the\s+|my\s+|your\s+)?\w{3,}\s+(?:gave|handed|"
    r"entrusted|assigned)\s+(?:to\s+)?(?:you|u)\b|"
    r"(?:that\s+|which\s+)?i\s+(?:\w+\s+)?(?:gave|sent|told|handed|assigned|"
    r"provided|entrusted)\s+(?:to\s+)?(?:you|u)\b|"
    r"(?:are|were)\s+(?:you|u)\s+(?:\w+\s+)?(?:told|instructed|asked|meant|"
    r"supposed|programmed|configured|allowed|set\s+up)\s+to\b"
)
_WHERE_EN = (
    r"(?:that\s+|which\s+|that's\s+|thats\s+|'s\s+)?(?:(?:is|are|was|were|appears?|sits?|lives?|stored|"
    r"hidden|written|mentioned|listed|included|kept|defined|embedded|saved)\s+)"
    r"{0,2}(?:in|from|inside|within)\s+(?:your|ur)\s+(?:own\s+|system\s+|hidden\s+|"
    r"secret\s+|initial\s+|original\s+|defen[cs]e\s+)?(?:instructions|prompt|"
    r"system\s+prompt|context(?:\s+window)?|settings|configuration|setup|rules|"
    r"memory|defen[cs]e|pre-?prompt|guidelines|directives|notes)\b"
)
_HELD_EN = (
    rf"(?:\b{_NOUN_EN}\s+(?:{_GIVEN_EN}|{_WHERE_EN})|\b{_PLAIN_EN}\s+{_WHERE_EN})"
)
_ASK_EN = (
    r"(?:tell|give|state|print|write|reveal|show|say|share|remind|confirm|"
    r"output|type|spell|read|repeat|echo|recite|display|disclose|leak|list|"
    r"paste|dump|send|post|provide|return|enumerate)"
)
_HELD_ASK = (
    rf"\b{_ASK_EN}\b(?:\s+(?:me|us|out|back|any|all|every|only|just)){{0,3}}"
    rf"(?:\s+(?:the|your|ur|that|this|those|these|of)){{0,2}}"
    rf"(?:\s+[\w,]+){{0,4}}?\s+{_HELD_EN}|"
    rf"\b(?:what|which)(?:'s|\x{{2019}}s|\s+is|\s+was|\s+are|\s+were)?"
    rf"(?:\s+(?:the|your|ur|that|this))?\s+{_HELD_EN}|"
    rf"{_HELD_EN}[^\n]{{0,60}}?\b(?:remind\s+me|tell\s+me|what\s+(?:it\s+)?(?:was|is)|"
    rf"(?:output|print|type|write|say|give)\s+(?:me\s+)?(?:it|only|just|that)\b)|"
    # "confirm the code back to me": the secret read back to its "owner".
    r"\b(?:confirm|read|repeat|say|echo|spell)\s+(?:the|that|my)\s+(?:code|"
    r"password|passcode|passphrase|pin|secret|access\s+code|code\s*word)\s+back\b"
)

# --- Latin-script languages, on the folded view ---------------------------

_NOUN_I18N = alt(
    [
        r"passwort\w*", r"kennwort\w*", r"geheim\w*", r"zugangscode\w*",
        r"mot\s+de\s+passe", r"code(?:\s+d'acces|\s+secret|\s+d.acces)?",
        r"contrasena", r"clave", r"codigo", r"password", r"codice", r"parola",
        r"senha", r"palavra-passe", r"haslo", r"hasla", r"heslo", r"kod\w*",
        r"jelszo\w*", r"kata\s+sandi", r"wachtwoord", r"toegangscode",
        r"losenord\w*", r"passord\w*", r"adgangskode\w*", r"salasana\w*",
        r"mat\s+khau", r"ma\s+(?:truy\s+cap|giam\s+gia|bi\s+mat)", r"nenosiri",
        r"cod(?:ul)?", r"kode", r"pin",
    ]
)  # fmt: skip
# Handed to the model: "hat man dir gegeben", "que te configuraron".
_GIVEN_I18N = alt(
    [
        # DE
        (r"(?:hat|haben|hatte)\s+(?:man|sie|ich)\s+dir\s+(?:\w+\s+){0,3}"
         r"(?:gegeben|genannt|mitgeteilt|eingestellt|anvertraut)"),
        (r"(?:das|den|die)\s+(?:man\s+|ich\s+)?dir\s+(?:\w+\s+){0,3}(?:gegeben|"
         r"genannt|mitgeteilt|eingestellt|anvertraut)"),
        (r"(?:aus|in)\s+deine[nmr]?\s+(?:anweisungen|einstellungen|konfiguration|"
         r"instruktionen|systemprompt|vorgaben|prompt)"),
        # ES / PT
        (r"que\s+te\s+(?:\w+\s+)?(?:configuraron|dieron|asignaron|pasaron|"
         r"indicaron|pidieron|dijeron|programaron|han\s+dado|deram|passaram|"
         r"configuraram|pediram|disseram)"),
        (r"que\s+(?:tienes|tens|tem)\s+(?:en|nas)\s+(?:las|tus|suas|tuas)\s+"
         r"(?:instrucciones|instrucoes|configuracion|configuracoes)"),
        r"che\s+hai\s+nelle\s+(?:tue\s+)?istruzioni",
        r"que\s+tu\s+as\s+dans\s+tes\s+(?:instructions|consignes)",
        (r"(?:de|en|em|das|nas)\s+(?:tus|suas|tuas)\s+(?:instrucciones|instrucoes|"
         r"configuracion|configuracoes|ajustes)"),
        # FR
        (r"(?:qu'on|que\s+l'on|que\s+tu\s+as)\s+(?:t'a\s+)?(?:donne|confie|"
         r"configure|attribue|recu)"),
        r"que\s+(?:[\w']+\s+){1,2}t'(?:a|ont)\s+(?:donne|confie|transmis|communique)",
        (r"que\s+tu\s+dois\s+(?:proteger|garder|cacher|taire|ne\s+pas\s+"
         r"(?:reveler|dire|donner))"),
        r"(?:dans|de)\s+tes\s+(?:consignes|instructions|parametres|reglages)",
        # IT
        (r"che\s+ti\s+(?:hanno|ha|avevano|avevo|ho)\s+(?:\w+\s+){0,2}(?:dato|data|"
         r"chiesto|detto|affidato|assegnato|configurato|impostato)"),
        r"(?:nelle|dalle|delle)\s+tue\s+(?:istruzioni|impostazioni)",
        (r"che\s+(?:[\w']+\s+){1,2}ti\s+(?:ha|hanno)\s+(?:dato|data|affidato|"
         r"detto|comunicato)"),
        # NL / SV / NO / DA
        (r"(?:uit|in)\s+(?:je|jouw|uw)\s+(?:instellingen|instructies|"
         r"configuratie|systeemprompt|prompt)"),
        r"die\s+(?:je|jij)\s+(?:\w+\s+)?gekregen", r"(?:fick|fikk|fik)\s+du",
        r"(?:gav|ga)\s+(?:dig|deg)\b",
        (r"(?:i|fra|fran)\s+(?:dina|dine)\s+(?:instruktioner|installningar|"
         r"instillinger|instrukser)"),
        # CS / PL / RO
        r"mas\s+v\s+(?:nastaveni|instrukcich|pokynech)",
        r"(?:dostal|dostala)\s+jsi", r"(?:dostales|dostalas|otrzymales)",
        r"(?:ktere|ktery|kterou)\s+ti\s+(?:\w+\s+)?(?:dal|dala|dali)",
        r"masz\s+(?:w\s+(?:ustawieniach|instrukcjach)|dawac|podawac|chronic)",
        r"din\s+(?:instructiunile|setarile)\s+tale", r"ti-a\s+(?:fost\s+)?dat",
        # h27: PL "które ci powierzono", CS "které ti svěřili", RO "care ți-au
        # dat-o", HU "amit rád bíztak", SV/NO/DA "som du har fått", SW
        # "ulilopewa" (that you were given), ID "yang dipercayakan kepadamu"
        (r"(?:ktore|ktory|ktora|ktorego|ktorej)\s+(?:ci|tobie)\s+(?:\w+\s+)?(?:dano|"
         r"powierzono|podano|przekazano|ustawiono|dali|powierzyli|podali|przekazali)"),
        r"(?:ktore|ktory|ktorego)\s+(?:dostal\w*|otrzymal\w*)",
        (r"(?:ktere|ktery|kterou)\s+ti\s+(?:\w+\s+)?(?:sverili|sveril\w?|rekli|"
         r"sdelili|bylo\s+(?:dano|svereno|sdeleno)|byl\w?\s+(?:dan\w?|sveren\w?|sdelen\w?))"),
        (r"(?:pe\s+)?care\s+(?:ti-a|ti-au|ti\s+s-a|ti\s+l-au|ti-am)\s+(?:fost\s+)?"
         r"(?:dat\w*|incredintat\w*|spus\w*)|pe\s+care\s+(?:ai\s+primit|o\s+ai\s+primit)"),
        r"amit\s+(?:rad\s+biztak|rad\s+bizott\w*|kaptal|neked\s+adtak|megadtak\s+neked)",
        (r"som\s+du\s+(?:har\s+)?(?:fatt|fick|fikk|fik|faet|blivit\s+given|blitt\s+gitt)"
         r"\b"),
        r"uli\w{0,3}(?:pewa|ambiwa|kabidhiwa|wekewa)",
        r"yang\s+dipercayakan\s+(?:kepadamu|padamu|kepada\s+(?:kamu|anda|awak))",
        # ID / MS / VI
        (r"yang\s+(?:di)?berikan\s+(?:kepadamu|padamu|kepada\s+(?:kamu|anda|"
         r"awak))"),
        r"yang\s+(?:kamu|anda|awak)\s+terima",
        (r"(?:dalam|di)\s+(?:instruksi|pengaturan|arahan)\s+(?:kamu|anda|awak)"),
        # VI: the relative "mà" is often left out ("mật khẩu bạn được giao")
        (r"(?:ma\s+)?ban\s+(?:[dđ]a\s+)?[dđ]uoc\s+(?:cai\s+[dđ]at|cung\s+cap|giao|"
         r"cho|[dđ]ua|nhan)\b|(?:giao|[dđ]ua)\s+cho\s+ban\s+(?:giu|bao\s+ve)"),
        r"(?:trong|cua)\s+(?:huong\s+dan|cai\s+[dđ]at)\s+cua\s+ban",
    ]
)  # fmt: skip
# Turkish puts the clause first: "saklaman istenen şifre".
_HELD_TR = (
    r"\b(?:sana\s+verilen|sana\s+emanet\s+edilen|saklaman\s+istenen|koruman\s+"
    r"istenen|gizlemen\s+istenen|sana\s+soylenen)\s+(?:(?:gizli|erisim|giris|ozel)\s+)?"
    r"(?:sifre|parola|kod|anahtar)\w*"
)
# A user told to change the password they were handed ("ändere das Passwort,
# das man dir gegeben hat", "đổi mật khẩu bạn được giao", "byt lösenordet som
# du har fått") is an IT notice, not a request to the model: the match takes
# such a verb in front of the noun and the validator drops it.
_CHANGE_WORDS = (
    "andere", "aendere", "andern", "wechsle", "change", "reset", "update",
    "\u0111oi", "doi", "thay", "byt", "andra", "zmien", "schimba", "modifica",
    "valtoztasd", "badilisha", "ganti", "ubah", "degistir", "cambia", "modifie",
    "altere", "troque", "wijzig", "verander",
)  # fmt: skip
_CHANGE_BEFORE = (
    r"(?:(?:^|[\s,;:.!?])(?:andere|aendere|andern|wechsle|change|reset|update|"
    r"\x{111}oi|doi|thay\s+\x{111}oi|byt|andra|zmien\w*|schimba|modifica|"
    r"valtoztasd|badilisha|ganti|ubah|degistir\w*|cambia|modifie\w*|altere|troque|"
    r"wijzig|verander)\s+(?:[\w'-]+\s+){0,2}?)?"
)


def _not_a_change_notice(matched: str) -> bool:
    """False when the match opens with a verb telling the user to change it.

    The validator reads the original text, so the first word loses its
    accents here as the view's folding drops them ("Ändere", "Đổi").
    """
    words = matched.lower().lstrip(" \t\n,;:.!?").split(None, 1)
    if not words:
        return True
    first = "".join(
        c
        for c in unicodedata.normalize("NFKD", words[0])
        if not unicodedata.combining(c)
    )
    return not first.startswith(_CHANGE_WORDS)


_HELD_I18N = rf"{_CHANGE_BEFORE}\b{_NOUN_I18N}\b(?:[\s,]+[\w'-]+){{0,5}}?[\s,]+{_GIVEN_I18N}\b|{_HELD_TR}"

# --- Scripts the folded view mangles: on the text itself ------------------

_RAW = alt(
    [
        # RU / UK / BG / SR: "the password they set you".
        (r"(?:парол|код|ключ|секретне\s+слово|секретное\s+слово)\S*"
         r"[^.?!\n]{0,30}(?:тобі|тебе|тебі)\s+(?:\S+\s+)?(?:задали|дали|дано|наказали|"
         r"сказали|велели|дав|приказали|заборонили|запретили|"
         r"встановили|установили|налаштували|настроили|дали|повідомили|сообщили|"
         r"довірили|доверили|довірено|доверено|передали|вручили)"),
        (r"(?:тобі|тебе)\s+(?:задали|дали|установили|встановили|сообщили|"
         r"повідомили)[^.?!\n]{0,30}(?:пароль|код|ключ)"),
        # EL
        (r"(?:κωδικ|συνθηματικ|μυστικ)\w*[^.;!\n]{0,30}(?:σου\s+(?:δόθηκε|έδωσε|"
         r"έδωσαν|δώσανε|όρισαν)|στις\s+οδηγίες\s+σου)"),
        # AR
        (r"(?:كلمة\s+(?:المرور|السر)|الرمز|رمز)[^.؟!\n]{0,30}(?:ط\S?لب\s+منك|"
         r"أ\S?عطيت|اعطيت|في\s+تعليماتك|في\s+إعداداتك)"),
        # HI
        r"(?:तुम्हें|आपको)[^।?\n]{0,40}(?:पासवर्ड|कोड)[^।?\n]{0,20}(?:दिया|दी\s+गई|मिला)",
        # JA / ZH / KO / TH
        (r"(?:あなたに|最初に|君に)(?:\S{0,4})(?:設定された|与えられた|渡された|"
         r"教えられた)(?:\S{0,8})(?:パスワード|アクセスコード|コード|暗証番号|合言葉|キー)"),
        (r"你被(?:设置|设定|告知|给予|赋予|配置)的[^。！？\n]{0,8}(?:码|密码|口令|密钥)"),
        r"(?:给你|设定给你|交给你)的[^。！？\n]{0,6}(?:密码|口令|密钥|码)",
        (r"(?:너에게|너한테|당신에게|처음에)\s*(?:\S+\s*)?(?:설정된|주어진)\s*"
         r"(?:\S+\s*)?(?:암호|비밀번호|코드|패스워드)"),
        r"รหัส(?:ผ่าน)?[^\n]{0,30}(?:ที่ถูกตั้งไว้ใน|ที่คุณได้รับ|ในคำสั่งของคุณ|ให้คุณ)",
        # HE: "the password the manager gave you", "the password you received".
        r"(?:סיסמ|קוד)\S*[^?!.\n]{0,30}נת(?:ן|נו)\s+לך",
        (r"(?:סיסמ|קוד)\S*\s+ש(?:קיבלת|נמסר\S*\s+לך|ניתנ\S*\s+לך|הופקד\S*\s+בידיך)"
         r"(?:[^\pL]|$)"),
        # h27, FA / UR / BN / HI noun-first: "the password given to you".
        (r"(?:رمز|گذرواژه|کلمه\s*(?:ی\s*)?عبور|پسورد)\S*[^.؟!\n]{0,30}(?:به\s+تو|بهت|"
         r"به\s+شما)\s*(?:\S+\s+)?(?:داده|سپرده|گفته)"),
        (r"(?:پاس\s*ورڈ|پاسورڈ|کوڈ|خفیہ\s+لفظ)[^.؟!۔\n]{0,30}(?:تمہیں|تجھے|آپ\s+کو)\s+"
         r"(?:\S+\s+)?(?:دیا|دی|بتایا|سونپا)"),
        (r"(?:তোমাকে|আপনাকে|তোকে)\s+(?:\S+\s+){0,2}?(?:পাসও\S*|কোড|গোপন\s+শব্দ)"
         r"[^।?\n]{0,20}(?:দে\S?(?:য়|য়)া|বলা)"),
        (r"(?:পাসও\S*|কোড|গোপন\s+শব্দ)[^।?\n]{0,30}(?:তোমাকে|আপনাকে|তোকে)\s+"
         r"(?:দে\S?(?:য়|য়)া|বলা)"),
        (r"(?:पासवर्ड|गुप्त\s+शब्द)[^।?\n]{0,30}(?:तुम्हें|आपको|तुमको)\s+(?:\S+\s+)?"
         r"(?:दिया|दी\s+गई|बताया|सौंपा)"),
        r"(?:κωδικ|συνθηματικ)\w*[^.;!\n]{0,30}(?:σου\s+εμπιστεύτηκαν|σου\s+είπαν|που\s+(?:πήρες|έλαβες))",
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.held_secret", _CAT, _HELD_ASK, score=0.7,
         max_len=220,
         description="EN: the passcode you were configured with, asked for"),
    Rule("injection.extraction.held_secret_i18n", _CAT, _HELD_I18N, score=0.7,
         max_len=150, validator=_not_a_change_notice,
         description="Latin-script languages: the password given to you"),
    raw_rule("injection.extraction.held_secret_raw", _CAT, _RAW,
             "RU/UK/EL/AR/HI/JA/ZH/KO/TH: the password given to you",
             score=0.7, max_len=120),
)  # fmt: skip
