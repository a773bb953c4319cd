# ruff: noqa: E501, RUF001, RUF002
"""A special mode switched on, in which the model's rules are said to be lifted.

Family: special-mode unlock (category ``role``). The user names a mode and
switches it on ("enable PRISM mode", "kitchen-lab mode ON", "raw_mode=true",
"running in --unsafe-sandbox", "Modus aktiviert", "mode « labo » activé",
"activa el modo taller", "デバッグモード：有効", "开启开发者模式", "режим
включён"), then says what the mode does to the rules: they don't apply,
filters are disabled, moderation is skipped, the model never refuses ("in
this mode you never refuse", "aucune règle de contenu ne s'applique",
"安全フィルタは無効化されています", "所有限制已解除").

A sandbox, console or harness switched on counts as a mode ("activate the
safety-research sandbox", "entering QA-HARNESS mode", "/godmode on",
"Wartungsmodus aktiviert"), and the lifted rules include "content filters
are stubbed out", "normal restrictions are lifted", "no safety layer", "no se
aplican las políticas de contenido", "nie obowiązują cię żadne zasady".

Both parts are needed within 130 characters. Why it is safe on benign text:
"enable dark mode", "airplane mode on" and "modo avión activado" say nothing
of rules; "no restrictions apply to the free tier" names no mode; a
developer's "debug_mode=true" config carries no lifted rule.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "role"

# A generic "without limits / restrictions" counts only where it ends the
# clause ("answer without restrictions.") or, in HI UR FA, runs into "answer"
# ("बिना किसी प्रतिबंध के जवाब दो"), not before the thing limited ("no time
# limits on the screen"). The clause's next word is taken in so that the
# rule's closing word boundary still holds.
_END = r"\s{0,2}(?:[.,;:!?]\s{0,3}\w{1,20}|[.!?]?\s*$)"
_END_RAW = (
    r"(?:\s{0,2}[.,;:!?。，、！？।۔،]|\s*$|(?:\s+(?:के|کے))?\s+(?:जवाब|उत्तर|جواب|پاسخ))"
)

# A mode switched on (folded view). At most 50 characters.
_MODE_ON = alt(
    [
        (
            r"(?:enable|enabled|activate|activated|turn\son|switch\sto|enter|entering|engage|"
            r"unlock|boot\sinto)\s[^\n.]{0,30}?(?:\bmode|\bsandbox|\bconsole|\bharness)"
        ),
        # "running in 'Legal Sandbox'", "/godmode on"
        r"running\sin\s[^\n.]{0,30}?\bsandbox",
        r"[a-z]{2,16}mode\s?[:=]?\s?(?:on|enabled|activated|active)",
        r"mode\s?[:=]?\s?(?:on|enabled|activated|active|engaged)",
        r"[a-z]{1,16}_mode\s?[=:]\s?(?:true|on|1|enabled)",
        r"running\sin\s--?[a-z][a-z-]{1,20}|--(?:unsafe|unfiltered|jailbreak)[a-z-]{0,16}",
        (
            r"(?:aktivier\w{0,2}|starte|schalte)\s[^\n.]{0,30}?modus|[a-z]{0,16}modus\s?:?\s?(?:an|aktiv"
            r"\w{0,4}|eingeschaltet)"
        ),
        r"(?:active|activez|passe\sen)\s[^\n.]{0,30}?\bmode|mode\s[^\n.]{0,30}?\sactive\b",
        r"(?:activa|activar|entra\sen)\s(?:el\s)?modo|modo\s[^\n.]{0,30}?\sactivado",
        (
            r"(?:attiva|attivare|entra\sin)\s(?:la\s)?modalita|modalita\s[^\n.]{0,30}?\s"
            r"attivat\w"
        ),
        r"(?:ativa|ative|ativar|entre\sno)\s(?:o\s)?modo|modo\s[^\n.]{0,30}?\sativado",
        r"(?:activeer|zet)\s[^\n.]{0,30}?modus|modus\s(?:aan|geactiveerd)",
        r"(?:w[lł]acz|aktywuj)\stryb|tryb\s[^\n.]{0,30}?\s(?:wlaczony|aktywny)",
        # CS SK: "zapni režim", "přepni do režimu", "režim ... aktivován"
        (
            r"(?:zapni|aktivuj|prepni\s(?:se\s)?do)\s(?:[^\n.]{0,30}?\s)?rezim\w{0,2}|rezim\w{0,2}"
            r"\s[^\n.]{0,30}?\s(?:zapnut|aktivovan|aktivni)\w{0,2}"
        ),
        # HU: "kapcsold be a ... módot", "... mód bekapcsolva"
        r"(?:kapcsold\sbe|kapcsolja\sbe|aktival\w{0,3})\s[^\n.]{0,30}?mod\w{0,3}|mod\w{0,2}\s(?:bekapcsolva|aktiv\w{0,4})",
        # RO: "activează modul ...", "modul ... activat"
        r"(?:activeaza|porneste|treci\sin)\s(?:[^\n.]{0,12}\s)?modul\w{0,2}|modul\s[^\n.]{0,30}?\s(?:activat|pornit)",
        # SV DA NB FI: "aktivera ...läge", "aktiver ... tilstand", "ota käyttöön ...tila"
        (
            r"(?:aktivera|sla\spa|ga\sin\si)\s[^\n.]{0,30}?lage\w{0,2}|lage\w{0,2}\saktiverat|"
            r"(?:aktiver|sla\still|sla\spa)\s[^\n.]{0,30}?(?:tilstand|modus)\w{0,2}|(?:tilstand|modus)"
            r"\s(?:aktiveret|aktivert)|(?:ota\skayttoon|kytke\spaalle|aktivoi)\s[^\n.]{0,30}?tila\w{0,2}|"
            r"tila\s(?:paalla|aktivoitu|kaytossa)"
        ),
        # TR: "... modunu etkinleştir / aç", "... moduna geç"
        (
            r"mod(?:u|unu|una)\s(?:etkinlestir\w{0,4}|aktiflestir\w{0,4}|ac|acildi|gec\w{0,3}|aktif\w{0,4})|"
            r"(?:etkinlestir|aktiflestir)\w{0,4}\s[^\n.]{0,20}?mod\w{0,3}"
        ),
        # ID MS VI SW: "aktifkan mode", "bật chế độ", "washa hali ya"
        (
            r"(?:aktifkan|nyalakan|hidupkan|masuk\ske|beralih\ske)\smode|mode\s[^\n.]{0,30}?\s"
            r"(?:aktif|diaktifkan|menyala)|(?:bat|kich\shoat|chuyen\ssang|vao)\sche\s[dđ]o|che\s[dđ]o"
            r"\s[^\n.]{0,30}?\s(?:[dđ]a\s)?(?:bat|kich\shoat)|(?:washa|wezesha|anzisha)\s(?:hali|modi)"
        ),
    ]
)

# What the mode does to the rules. At most 60 characters.
_LIFTED = alt(
    [
        (
            r"(?:usual\s|normal\s|content\s|safety\s)?(?:restrictions|rules|filters|"
            r"guidelines|policies|limits)\s(?:don't|do\snot|no\slonger|doesn't|won't)\sapply"
        ),
        r"(?:skip|skips|bypass|bypasses)\s(?:the\s|all\s)?(?:moderation|filters?|safety)",
        r"(?:safety\s|content\s)?filters?\s(?:are\s|is\s)?(?:disabled|off|removed|lifted)",
        (
            r"never\s(?:refuses?|declines?)|(?:with|has|have)\sno\s(?:content\s)?(?:rules|"
            r"restrictions|filters|limits)"
        ),
        r"without\s(?:any\s)?(?:restrictions|filters|moderation|rules)",
        # "content filters are stubbed out", "normal restrictions are lifted",
        # "content rules are off", "no safety layer", "the filter is bypassed"
        (
            r"(?:content|safety|ethical|normal|usual)\s(?:filters?|rules|restrictions|polic"
            r"(?:y|ies)|guidelines|layer)\s(?:are\s|is\s)?(?:off|disabled|stubbed|bypassed|"
            r"lifted|suspended|removed|switched\soff|turned\soff)"
        ),
        r"(?:no|without)\s(?:a\s)?(?:safety\slayer|guardrails|content\spolicy|moderation)",
        r"guardrails\s(?:are\s)?(?:bypassed|off|disabled)",
        (
            r"(?:alle\s)?(?:inhalts|sicherheits|content-?)filter\s(?:sind\s|ist\s)?(?:aus|deaktiviert|"
            r"abgeschaltet)"
        ),
        (
            r"no\s(?:se\s)?aplica\w{0,2}\s(?:las\s|ninguna\s)?(?:politicas|reglas|"
            r"restricciones|normas|filtros)|(?:regles|politiques|filtres)\s(?:de\scontenu\s)?"
            r"ne\ss'appliquent\s(?:pas|plus)|non\s(?:si\s)?applic\w+\s(?:le\s)?(?:regole|"
            r"politiche|restrizioni|filtri)|nao\sse\saplicam\s(?:as\s)?(?:regras|politicas|"
            r"restricoes)|nie\sobowiazuja\s(?:cie\s)?(?:zadne\s)?(?:zasady|reguly|"
            r"ograniczenia)|(?:regels|filters|beperkingen)\s(?:zijn\s)?(?:uit|uitgeschakeld)"
        ),
        r"unfiltered|uncensored|unrestricted",
        # the mode obliges the model to comply with everything
        (
            r"you\s(?:\w+\s)?(?:must|will|always|have\sto)\s(?:\w+\s)?comply\swith\s(?:every|all|any)\s(?:\w+\s)?"
            r"(?:prompts?|requests?|instructions?|questions?)|(?:jede[rnm]?|allen?)\s(?:\w+\s)?"
            r"(?:anfrage|aufforderung|anweisung)\w{0,2}\s(?:\w+\s){0,2}(?:erfullen|nachkommen|befolgen)|"
            r"(?:obeir|obeis|repondre|reponds)\s(?:\w+\s)?a\s(?:toutes\sles|chaque)\s(?:demandes?|"
            r"requetes?|questions?)|(?:cumplir|cumples|obedecer|obedeces)\s(?:con\s)?(?:todas\slas|"
            r"cada)\s(?:peticiones|peticion|solicitudes|solicitud|ordenes|orden)|(?:cumpre|cumprir|"
            r"obedece\w?)\s(?:todas\sas|cada)\s(?:solicitac\w{2,3}|pedidos?|ordens?)|(?:esegui|"
            r"obbedisci)\s(?:a\s)?(?:ogni|tutte\sle)\s(?:richiest\w|istruzion\w)"
        ),
        (
            r"(?:keine|ohne)\s(?:regeln|filter|einschrankungen|zensur)|filter\s(?:sind\s)?"
            r"(?:aus|deaktiviert)|gelten\s(?:hier\s)?keine|verweigert\snie"
        ),
        (
            r"aucune\s(?:regle|restriction|limite|censure)|sans\s(?:filtre|restriction|"
            r"censure|regle)s?|ne\srefuse\sjamais|filtres?\s(?:sont\s)?desactive"
        ),
        (
            r"sin\s(?:filtros?|restricciones|reglas|censura|supervision|escrupulos)|ninguna\s"
            r"(?:regla|restriccion)|nunca\s(?:se\sniega|rechaza)|filtros?\s(?:estan\s)?"
            r"desactivad"
        ),
        (
            r"senza\s(?:filtri|restrizioni|regole|censura)|nessuna\s(?:regola|restrizione)|"
            r"non\s(?:si\s)?rifiuta\smai|filtri\s(?:sono\s)?disattivat"
        ),
        (
            r"sem\s(?:filtros?|restricoes|regras|censura)|nenhuma\s(?:regra|restricao)|"
            r"nunca\s(?:se\s)?recusa|filtros?\s(?:estao\s)?desativad"
        ),
        (
            r"zonder\s(?:filters|regels|beperkingen)|geen\s(?:regels|filters|beperkingen)|"
            r"bez\s(?:filtrow|ograniczen|zasad|cenzury)"
        ),
        # CS SK
        (
            r"neplati\s(?:pro\steba?\s|pre\steba\s)?(?:zadna|zadne|ziadne)\s(?:pravidla|omezeni|"
            r"obmedzenia)|bez\s(?:pravidel|cenzury|pravidiel)|bez\s(?:omezeni|obmedzeni)"
            + _END
            + r"|filtry\s"
            r"(?:jsou\s|su\s)?vypnut\w{0,2}|nikdy\sneodmit\w{0,4}"
        ),
        # HU
        (
            r"nincsenek?\s(?:\w+\s)?szabalyok|(?:szabalyok|cenzura)\snelkul|(?:korlatozasok|"
            r"korlatok)\snelkul" + _END + r"|szurok\ski\svannak\skapcsolva|soha\s"
            r"nem\sutasit\w{0,3}\sel"
        ),
        # RO
        (
            r"fara\s(?:reguli|cenzura)|fara\s(?:nicio\s)?(?:restrictii|restrictie|limite)"
            + _END
            + r"|nicio\s(?:regula|restrictie)\snu\sse\saplica|filtrele\s(?:sunt\s)?dezactivate|nu\srefuzi\sniciodata|regulile\snu\sse\s"
            r"(?:mai\s)?aplica"
        ),
        # SV DA NB FI
        (
            r"(?:utan|uden|uten)\s(?:regler|censur|sensur)|(?:utan|uden|uten)\s(?:begransningar|"
            r"begr(?:æ|ae|a)nsninger|begrensninger)"
            + _END
            + r"|(?:inga|ingen)\s(?:regler|begransningar|filter)\s"
            r"(?:galler|g(?:æ|ae|a)lder|gjelder)|filtr(?:en|ene)\s(?:ar|er)\s(?:avstangda|"
            r"avstangt|slaet\sfra|slatt\sav|deaktiver\w{0,3})|vagrar\saldrig|afviser\saldrig|"
            r"nekter\saldri|ilman\s(?:saantoja|sensuuria)|ilman\srajoituksia"
            + _END
            + r"|saannot\s"
            r"eivat\s(?:pade|ole\svoimassa)|suodattimet\s(?:ovat\s)?pois\spaalta|et\skoskaan\s"
            r"kieltaydy"
        ),
        # TR
        (
            r"(?:kural|filtre|sansur)(?:lar)?\s(?:yok|gecerli\sdegil|uygulanmaz)|"
            r"filtreler\s(?:kapali|devre\sdisi)|sansursuz|filtresiz|kuralsiz|asla\sreddetmez\w{0,3}|hicbir\s(?:kural|kisitlama|sinir)"
        ),
        # ID MS VI SW
        (
            r"tanpa\s(?:aturan|sensor|batasan\sapa\s?pun)|(?:aturan|batasan|filter)\s(?:\w+\s)?"
            r"(?:tidak\s(?:lagi\s)?berlaku|dimatikan|dinonaktifkan)|tidak\s(?:pernah|akan)\s"
            r"menolak|tidak\sada\saturan|khong\s(?:co\s|bi\s)?(?:bat\sky\s)?(?:quy\stac|kiem\sduyet)|"
            r"khong\s(?:co\s|bi\s)?(?:bat\sky\s)?(?:gioi\shan|han\sche)(?:\snao)?"
            + _END
            + r"|bo\sloc\s(?:\w+\s){0,2}?(?:tat|vo\shieu)|"
            r"quy\stac\s(?:\w+\s)?khong\s(?:con\s)?ap\sdung|khong\sbao\sgio\stu\schoi|bila\s"
            r"(?:sheria|udhibiti)|hakuna\ssheria|(?:bila|hakuna)\s(?:vikwazo|mipaka)"
            + _END
            + r"|hukatai\skamwe"
        ),
    ]
)

# Worst case 50 + 171 (a line break within) + 60 + 27 (a generic limit's
# clause end) = 308.
# The mode may be switched on on a line of its own ("/godmode on") and its
# effect said on the next.
_MODE_LIFTS = (
    r"\b"
    + _MODE_ON
    + r"\b(?:[^\n]{0,130}?|[^\n]{0,40}\n[^\n]{0,130}?)\b"
    + _LIFTED
    + r"(?:\b|$)"
)

_MODE_ON_RAW = (
    r"(?:モード[^\n]{0,4}(?:有効|オン|ON|起動|開始)|(?:开启|启用|激活|进入|已开启)[^\n]{0,12}模式|"
    r"模式[^\n]{0,3}(?:已?开启|已?启用|已?激活)|모드[^\n]{0,4}(?:활성화|켜|ON|on|시작)|"
    r"режим[^\n]{0,24}(?:включ|активир)|(?:включи|активируй)[^\n]{0,12}режим|"
    r"(?:увімкни|активуй)[^\n]{0,12}режим|(?:開発者|デバッグ|メンテナンス)(?:コンソール|サンドボックス)|"
    r"(?:调试|开发者|维护)(?:控制台|沙盒)|"
    # KO ZH JA switches; EL AR FA HE HI BN UR TH
    r"모드로\s?(?:전환|바꿔|들어가)|切换(?:到|至)[^\n]{0,12}模式|モードに(?:切り替え|入って|移行)|"
    r"(?:ενεργοποίησε|ενεργοποιήστε|μπες\sσε)\s[^\n]{0,12}λειτουργία|λειτουργία[^\n]{0,24}"
    r"(?:ενεργοποιήθηκε|ενεργή|ενεργοποιημένη)|(?:فع\x{0651}?ل|شغ\x{0651}?ل|انتقل\s+إلى|ادخل)\s+"
    r"(?:إلى\s+)?(?:ال)?وضع|وضع\s+[^\n]{0,24}(?:مفع\x{0651}?ل|قيد\s+التشغيل)|حالت[^\n]{0,30}"
    r"(?:فعال\s+(?:کن|شد|است)|روشن\s+(?:کن|شد))|وارد\s+حالت|(?:הפעל|הפעילי)\s+מצב|(?:עבור|היכנס)\s+ל\s?"
    r"מצב|מצב\s+[^\n]{0,24}(?:מופעל|פעיל)|मोड[^\n]{0,6}(?:चालू|ऑन|सक्रिय|एक्टिवेट)|मोड\s+में\s+"
    r"(?:जाओ|आ\s+जाओ|स्विच)|মোড[^\n]{0,6}(?:চালু|সক্রিয়|অন)|موڈ[^\n]{0,6}(?:آن|فعال|چالو)|"
    r"เปิด(?:ใช้)?(?:งาน)?โหมด|โหมด[^\n]{0,20}(?:เปิดใช้งาน|เปิดอยู่))"
)
_LIFTED_RAW = (
    r"(?:(?:安全)?フィルタ[ー]?(?:は|を)?(?:無効|解除|オフ)|制限(?:は|を)?(?:なし|無効|解除|ありません)|"
    r"拒否しない|(?:安全)?(?:过滤|限制|审查)(?:已|都|全部)?(?:关闭|解除|禁用|取消)|没有任何限制|"
    r"不受(?:任何)?限制|不会拒绝|(?:필터|제한)(?:이|가|는|을)?\s?(?:해제|비활성화|없|꺼[져졌짐]|풀[려렸림])|거절하지\s?않|"
    r"без\s(?:ограничений|фильтров|цензуры)|(?:фильтры|ограничения)\s(?:отключены|сняты)|"
    r"не\sотказыва|без\sобмежень|未经过滤|不经过滤|无审查|(?:安全)?(?:ガイドライン|フィルター?|制限)"
    r"(?:は|が)?(?:すべて|全て)?(?:無効|解除|オフ)|"
    # RU UK KO; EL AR FA HE HI BN UR TH
    r"(?:правила|ограничения)\s+(?:\S+\s+)?не\s+действуют|никаких\s+(?:правил|ограничений)|"
    r"без\s+(?:правил|фільтрів|цензури)|фільтри\s+(?:\S+\s+)?вимкнен\pL{0,2}|правила\s+не\s+діють|"
    r"не\s+відмовляєш|규칙(?:이|은)?\s?(?:모두\s?)?(?:해제|적용되지\s?않)|"
    r"χωρίς\s+(?:κανέναν\s+|κανένα\s+)?(?:κανόνες|λογοκρισία)|χωρίς\s+(?:κανέναν\s+)?"
    r"περιορισμούς" + _END_RAW + r"|(?:κανόνες|"
    r"περιορισμοί)\s+δεν\s+ισχύουν|φίλτρα\s+(?:είναι\s+)?απενεργοποιημένα|δεν\s+αρνείσαι\s+ποτέ|"
    r"ποτέ\s+δεν\s+αρνείσαι|(?:بلا|بدون|دون)\s+(?:أي\s+)?(?:قواعد|رقابة|ضوابط)|(?:بلا|بدون|دون)"
    r"\s+(?:أي\s+)?(?:قيود|حدود)(?:\s+و|" + _END_RAW + r")|"
    r"(?:القيود|القواعد|الفلاتر|الضوابط)\s+(?:\S+\s+)?(?:معطلة|ملغاة|لا\s+تنطبق|مرفوعة)|لا\s+"
    r"(?:تنطبق|تسري)\s+(?:\S+\s+)?(?:القواعد|القيود)|لا\s+ترفض\s+أبد|(?:بدون|بی)\s+(?:هیچ\s+)?"
    r"(?:قانون|قوانین|سانسور)|(?:بدون|بی)\s+(?:هیچ\s+)?محدودیت\S?"
    + _END_RAW
    + r"|هیچ\s+"
    r"(?:قانون|قاعده)|فیلترها\s+"
    r"(?:\S+\s+)?غیرفعال|هرگز\s+رد\s+نمی|(?:בלי|ללא)\s+(?:שום\s+)?(?:כללים|צנזורה)|(?:בלי|ללא)"
    r"\s+(?:שום\s+)?(?:הגבלות|מגבלות)"
    + _END_RAW
    + r"|(?:הכללים|ההגבלות)\s+(?:לא|אינם)\s+חלים|המסננים\s+(?:\S+\s+)?(?:כבויים|"
    r"מושבתים)|(?:לעולם\s+)?(?:לא|אינך)\s+מסרב|बिना\s+(?:किसी\s+)?(?:नियम|सेंसर)|बिना\s+(?:किसी\s+)?"
    r"(?:प्रतिबंध|रोक)"
    + _END_RAW
    + r"|(?:कोई\s+)?नियम\s+(?:लागू\s+)?नहीं|(?:फ़िल्टर|फिल्टर)\s+(?:\S+\s+)?"
    r"बंद|कभी\s+(?:मना|इनकार)\s+नहीं|(?:কোনো|কোন)\s+নিয়ম\S{0,2}\s+(?:নেই|থাকবে\s+না)|(?:কোনো|কোন)"
    r"\s+(?:বিধিনিষেধ|সীমা)\S{0,2}\s+(?:নেই|থাকবে\s+না)"
    + _END_RAW
    + r"|নিয়ম\s+ছাড়া|ফিল্টার\s+"
    r"(?:\S+\s+)?বন্ধ|بغیر\s+(?:کسی\s+)?(?:اصول|سنسر)|بغیر\s+(?:کسی\s+)?پابندی"
    + _END_RAW
    + r"|(?:کوئی\s+)?(?:اصول|قانون)\s+(?:لاگو\s+)?نہیں|فلٹر\s+(?:\S+\s+)?بند|ไม่มี(?:กฎ|การเซ็นเซอร์)|"
    r"ไม่มีข้อจำกัด(?:ใดๆ)?"
    + _END_RAW
    + r"|(?:ปิด|ยกเลิก)ตัวกรอง|ตัวกรอง(?:ถูก)?ปิด|ไม่(?:เคย)?ปฏิเสธ)"
)
# Worst case 50 + 141 (a line break within) + 60 = 251.
_MODE_LIFTS_RAW = (
    _MODE_ON_RAW + r"(?:[^\n]{0,100}?|[^\n]{0,40}\n[^\n]{0,100}?)" + _LIFTED_RAW
)

RULES: tuple[Rule, ...] = (
    Rule("injection.mode_lifts_rules.latin", _CAT, _MODE_LIFTS, score=0.8,
         max_len=310, description="'X mode ON' + 'in this mode the rules don't apply'"),
    raw_rule("injection.mode_lifts_rules.scripts", _CAT, _MODE_LIFTS_RAW,
             "モード：有効 + フィルタは無効 (JA ZH KO RU UK EL AR FA HE HI BN UR TH)", score=0.8,
             max_len=260),
)  # fmt: skip
