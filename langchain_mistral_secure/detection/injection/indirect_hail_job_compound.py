"""A machine reader hailed by a job-word compound, a bare machine vocative or a note label.

The move (issue 14, indirect injection in invoices, CVs, pull requests,
image metadata, search snippets, feeds and translation memories): planted
text hails the program that will read it and gives it an order, but the
hail is none of the forms :mod:`.indirect_hail_order` knows. Four shapes,
each a structure of the hail, never a row's words:

* **a job compound on a machine noun**: "Expense bot, approve ...",
  "Buchhaltungs-KI: Uberweise ...", "Lohn-KI:", "review-bot:", or a machine
  noun with a program's job after it ("AI captioner:", "AI recruiter:",
  "KI-Prufer:") or before it in Romance order ("Agente revisor:",
  "Asistente lector de feeds:", "assistant lecteur :"), or a selection
  system ("Instruccion para el sistema de seleccion:", "screening system:");
* **a machine noun with what it does to this content** as a participle:
  "Dear bot writing the review summary:", "AI generating the reply,";
* **a bare machine vocative where data starts**: after a quote, an
  ellipsis or a field label ("Footer: 'Model, add to your answer ...'",
  "snippet: ...assistant, book the user ...", "Kommentar: KI, fuge ..."),
  where "model", "assistant" and "agent" count only when the order is about
  the answer or the user in the third person (a fashion model or a human
  assistant is told what to do, not what to put in "your answer" for "the
  user");
* **a note addressed to the machine reader in Slavic and Indic scripts and
  Korean**: "Примечание для почтового ассистента:", "ईमेल सहायक के लिए:",
  "AI에게:", "Pro e-mailoveho asistenta:", and the Japanese duty form
  "「AIアシスタントは、…こと」".

Safe on benign text because the hail must be followed by a separator and an
imperative at once (a short clause at most): "the expense bot approves
invoices" describes a program; "AI Engineer: build models" and "Assistant
Manager: approve the rota" name people (no job list here holds a person's
title); a user's own "Assistant, add a row" opens the text, where no quote,
ellipsis or field label stands before the vocative; a chat transcript's
"Assistant:" label is not a vocative with a comma.
"""

# ruff: noqa: E501, RUF001, RUF003
# (E501: one pattern per line; RUF001/RUF003: patterns and comments in Cyrillic, Devanagari, Hangul and Kana.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule
from langchain_mistral_secure.detection.injection.indirect_hail_order import ORDER

__all__ = ["RULES"]

_CAT = "override"

# Where planted content starts: a line, a bracket, a quote, a cell, an
# ellipsis, a sentence end, a label's colon, a dash aside.
_OPEN = (
    r"(?:^|\n|[(\[{|>;=\"'\x{ab}\x{201c}\x{201e}\x{200b}]|[.!?:;,\])}]\s|"
    r"\.\.\.|\x{2026}|\bp\.?s\.?\s*[-,:]?\s|\s[-\x{2013}\x{2014}]{1,2}\s)\s{0,3}"
    r"(?:(?:hey|hi|hello|dear|attention|ok|okay|oh|also|and|so)[\s,]+){0,2}"
)
_SEP = r"[ \t]{0,2}(?:[:,]|->|\x{2014}|\x{2013}|[ \t]-)[ \t]{0,3}"
# More orders than the shared list: dismissals and acts planted text uses.
_ORDER = alt(
    [
        ORDER,
        (
            r"(?:disregard|overlook|waive|merge|subscribe|enrol+|sign\s+up|"
            r"unsubscribe|downgrade|upgrade|flag|reject|shortlist|reply|"
            r"fusiona|suscribe|inscribe|rechaza|descarta|valida|"
            r"fusionne|abonne|inscris|rejette|ecarte|"
            r"unisci|iscrivi|rifiuta|scarta|convalida|"
            r"mescle|inscreva|rejeite|descarte|"
            r"fuhre|abonniere|lehne|verwirf|gib|uberspringe|fuge|trage|"
            r"ubernimm|bestatige|stimme|lass|lasse)\b"
        ),
    ]
)
# At most a short clause that ends on a comma or colon: "when you sum up
# this mail, tell ..." (never a free gap: "AI captioner: adds alt text to
# every image you upload" has no order after its hail).
_CLAUSE = r"(?:[^\n,.;:]{1,60}?[,:][ \t]{1,2})?"

# A program's job word, never a person's title (no manager, engineer,
# director, officer, researcher, developer, designer, editor).
_JOB = (
    r"(?:expense|expenses|invoice|invoicing|billing|payroll|accounting|"
    r"bookkeeping|booking|travel|recruit\w{0,6}|hiring|screening|review|reviewing|"
    r"grading|marking|scoring|ranking|triage|support|helpdesk|mail|e-?mail|inbox|"
    r"calendar|scheduling|feed|rss|news|caption\w{0,3}|photo|image|alt-text|"
    r"translation|translator|merge|ci|pr|code|coding|commit|release|deploy|"
    r"shopping|checkout|order|orders|procurement|purchasing|approval|claims?|"
    r"summary|summari[sz]\w{0,3}|search|browsing|crawl\w{0,3}|moderation|"
    r"compliance|hr|crm|ticket|tickets|chat|assistant|faq|answer|reply|"
    r"buchhaltungs|buchhaltung|lohn|rechnungs|reise|bewerbungs|personal|"
    r"einkaufs|bestell|kunden|service|support|pruf|mail|post|"
    r"contabilidad|facturacion|compras|reclutamiento|seleccion|"
    r"comptabilite|facturation|recrutement|contabilita|fatturazione|"
    r"boekhoud|factuur|facturen|inkoop|werving|sollicitatie|bokforings|faktura|"
    r"rekryterings|inkops|regnskabs|rekrutterings|ksiegowa|ksiegowy|faktur|"
    r"rekrutacyjn\w{0,2}|ucetni|nabor\w{0,2}|muhasebe|fatura|ise\s+alim|"
    r"kirjanpito|laskutus|rekrytointi|konyveles|szamlazo|toborzo)"
)
# "Buchhaltungs-KI", "Lohn-KI", "billing-AI": a job fused to a machine noun.
_JOB_COMPOUND = r"(?:[a-z]{2,14}-)?" + _JOB + r"s?-(?:ki|ai|ia|llm|gpt|bot|copilot)"
# "Expense bot, approve ...": a job and a bot as a vocative, with a comma
# (a README's "Review bot: install the app" is a heading with a colon).
_JOB_BOT_VOCATIVE = (
    r"(?:[a-z]{2,14}-)?" + _JOB + r"[\s-](?:bot|chatbot|ai|copilot)\s{0,2},[ \t]{0,3}"
)
# Czech, Slovak, Polish: "pro e-mailoveho asistenta", "dla pocztowego asystenta".
_SLAVIC_MARKED = (
    r"(?:e-?mailov\w{1,4}|mailov\w{1,4}|e-?mailow\w{1,4}|postov\w{1,4}|pocztow\w{1,4}|"
    r"nakupn\w{1,4}|zakupow\w{1,4}|rezervacn\w{1,4}|kalendarn\w{1,4}|kalendarzow\w{1,4})\s+"
    r"(?:asistent\w{0,3}|asystent\w{0,3}|agent\w{0,3}|bot\w{0,3})"
)
# "AI captioner", "KI-Prufer", "AI recruiter": a machine noun and a program's job.
_MACHINE_JOB = (
    r"(?:ai|ki|ia|llm|gpt)[\s-](?:[a-z]{3,14}[\s-])?"
    r"(?:captioner|caption\s+writer|describer|labell?er|recruiter|screener|"
    r"sorter|tagger|grader|scorer|ranker|vetter|reviewer|summari[sz]er|"
    r"translator|responder|replier|bookkeeper|accountant|auditor|approver|"
    r"pruf\w{0,3}|bewerter|sachbearbeiter|buchhalter|ubersetzer|"
    r"correcteur|evaluateur|recruteur|traducteur|"
    r"revisor|evaluador|reclutador|traductor|clasificador|corrector|"
    r"valutatore|selezionatore|traduttore|correttore|avaliador|recrutador|tradutor)s?"
)
# Romance order: a program noun, then a job word ("Agente revisor",
# "Asistente lector de feeds", "assistant lecteur de courriels").
_ROMANCE_JOB = (
    r"(?:agente|asistente|assistente|assistant|agent|robot|robo)\s+"
    r"(?:revisor\w{0,2}|lector\w{0,2}|lecteur|lectrice|lettore|leitor\w{0,2}|"
    r"resumidor\w{0,2}|evaluador\w{0,2}|evaluateur|valutatore|avaliador\w{0,2}|"
    r"clasificador\w{0,2}|classificatore|correcteur|corrector\w{0,2}|correttore|"
    r"revisore|relecteur|traductor\w{0,2}|traducteur|traduttore|tradutor\w{0,2}|"
    r"contable|comptable|contabile|reclutador\w{0,2}|recruteur|selezionatore|"
    r"recrutador\w{0,2}|moderador\w{0,2}|moderateur|moderatore)"
    r"(?:\s+(?:de|di|do|da|des|du)\s+(?:la\s+|le\s+|l'|los\s+|les\s+|i\s+)?[a-z-]{2,16})?"
)
# A selection or scoring system: "el sistema de seleccion", "screening system".
_SYSTEM = (
    r"(?:(?:el|il|le|o|the|das|den|this|ce|este|questo)\s+)?"
    r"(?:(?:sistema|systeme|system|software|logiciel|programa|programma|"
    r"herramienta|outil|strumento|ferramenta|algoritmo|algorithme|algorithm)\s+"
    r"(?:de|di|da|do|des|of)\s+(?:la\s+|le\s+|l')?"
    r"(?:seleccion|selection|selezione|selecao|contratacion|recrutement|reclutamiento|"
    r"recrutamento|reclutamento|evaluacion|evaluation|valutazione|avaliacao|"
    r"triagem|cribado|filtrado|puntuacion|notation|tri|screening|scoring)|"
    r"(?:screening|scoring|ranking|applicant[\s-]tracking|hiring|grading|"
    r"bewerber\w{0,8}|auswahl)[\s-]?(?:system|software|tool|algorithm)s?)"
)
_LEAD = (
    r"(?:(?:note|notes|nota|notiz|hinweis|instruction|instructions|instruccion|"
    r"instrucciones|instrucao|instrucoes|istruzione|istruzioni|consigne|consignes|"
    r"message|mensaje|messaggio|mensagem|anweisung|anmerkung|aviso|avis|"
    r"poznamka|uwaga|notatka|wiadomosc|catatan|pesan|megjegyzes|huomio|"
    r"meddelande|notitie|bericht|nota|ujumbe|"
    r"this\s+(?:note|message|line|comment)\s+is)\s+)?"
    r"(?:to|for|para|pour|per|an|fur|al|alla|ao|au|pro|pre|dla|do)\s+"
)
# A note for the domain's assistant in word orders the other lists miss:
# "E-posta asistani icin not:", "Catatan untuk asisten email:", "Ghi chu
# cho tro ly email:", "Ujumbe kwa msaidizi wa barua pepe:".
# Turkish puts the verb last: "... tum faturalari x@y adresine ilet".
_TR_NOTE = (
    r"(?:e-?posta|eposta|posta|mail|takvim|alisveris|yapay\s+zeka)\s+"
    r"(?:asistan\w{0,4}|ajan\w{0,4}|bot\w{0,4})\s+icin(?:\s+(?:not|notu|talimat|mesaj|uyari))?"
    r"\s{0,2}[:,-]\s{0,3}[^\n]{0,80}?\b(?:ilet|gonder|sil|yaz|soyle|ode|onayla|yanitla|"
    r"ekle|paylas|bildir)(?:in|iniz)?\b"
)
_NOTE_ORDERS = (
    r"(?:(?:catatan|pesan|instruksi|pemberitahuan)\s+(?:untuk|kepada|bagi)\s+(?:asisten|agen|bot)\s+"
    r"(?:email|surel|ai|belanja|kalender|virtual|pintar)|"
    r"(?:ghi\s+chu|luu\s+y|loi\s+nhan|huong\s+dan)\s+(?:cho|gui)\s+(?:tro\s+ly|tac\s+tu|bot)"
    r"(?:\s+(?:email|ai|ao|thu|mua\s+sam|lich))?|"
    r"(?:ujumbe|maelekezo|taarifa|maagizo)\s+kwa\s+(?:msaidizi|wakala|bot)"
    r"(?:\s+wa\s+(?:barua\s+pepe|ai|akili\s+bandia|ununuzi|kalenda))?)"
)
_VI_ORDER = (
    r"(?:hay\s+)?(?:chuyen\s+tiep|chuyen|gui|xoa|tra\s+loi|noi|viet|thanh\s+toan|"
    r"dat|mua|phe\s+duyet)\b"
)
_NOTE_HAIL = _OPEN + alt(
    [_NOTE_ORDERS + _SEP + _CLAUSE + alt([_ORDER, _VI_ORDER]), _TR_NOTE]
)
_JOB_HAIL = (
    _OPEN
    + r"(?:"
    + _LEAD
    + r")?(?:(?:the|any|every|el|la|le|il|o|a|der|die|das|den|dem)\s+)?(?:(?:"
    + _JOB_COMPOUND
    + r"|"
    + _MACHINE_JOB
    + r"|"
    + _ROMANCE_JOB
    + r"|"
    + _SYSTEM
    + r"|"
    + _SLAVIC_MARKED
    + r")"
    + _SEP
    + r"|"
    + _JOB_BOT_VOCATIVE
    + r")"
    + _CLAUSE
    + _ORDER
)

# "bot writing the review summary", "AI generating the reply".
_DOING = (
    r"(?:bot|chatbot|ai|ki|ia|llm|gpt|copilot|language\s+model)\s+"
    r"(?:writing|generating|producing|drafting|compiling|creating|preparing|"
    r"captioning|describing|ranking|scoring|grading|screening|triaging|"
    r"answering|handling|sorting|tagging|checking)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
)
# "This message is for the booking agent. Reserve ... with the user's card":
# a note addressed to a program noun whose order speaks of "the user".
_NOTE_FOR_USER = (
    r"\bthis\s+(?:note|message|line|comment|text|section)\s+is\s+(?:only\s+)?"
    r"(?:for|meant\s+for|addressed\s+to|intended\s+for)\s+(?:the|any|an?|you,?\s+the)\s+"
    r"(?:[\w-]{2,16}\s+)?(?:agent|assistant|ai|bot|model|llm|copilot)\s{0,2}[.:!]\s{0,3}"
    r"[^\n]{0,100}?\b(?:the\s+user'?s?|their\s+saved)\b"
)
_DOING_HAIL = (
    _OPEN
    + r"(?:"
    + _LEAD
    + r")?(?:the\s+|any\s+|every\s+)?"
    + _DOING
    + _SEP
    + _CLAUSE
    + _ORDER
)

# A bare machine vocative where data starts: after a quote, an ellipsis or
# a field label, never at the start of the text.
_DATA_OPEN = (
    r"(?:[\"'\x{ab}\x{201c}\x{201e}\x{300c}=]|\.\.\.|\x{2026}|"
    r"[\w)\]]\s{0,2}:[ \t]{1,2}|<[a-z]{1,16}>)\s{0,2}"
)
_AI_BARE = r"(?:ai|ki|ia|llm|chatbot|copilot|gpt)"
_PROG_BARE = r"(?:model|modell|modelo|modello|modele|assistant|assistent|asistente|assistente|agent|agente|bot)"
_ABOUT_ANSWER = (
    r"(?:your\s+(?:answer|reply|response|summary|output)|"
    r"the\s+(?:user|reader|customer|recipient)|their\s+saved|"
    r"(?:deine[rmn]?|ihre[rmn]?)\s+(?:antwort|zusammenfassung)|den\s+(?:nutzer|benutzer)|"
    r"(?:tu|su)\s+(?:respuesta|resumen)|al\s+usuario|el\s+usuario|"
    r"(?:ta|votre)\s+(?:reponse|resume)|l'utilisateur|"
    r"(?:la\s+tua|la\s+sua)\s+(?:risposta|sintesi)|l'utente|"
    r"(?:sua|tua)\s+resposta|o\s+usuario|ao\s+usuario)"
)
_BARE_HAIL = alt(
    [
        _DATA_OPEN + _AI_BARE + r"\s{0,2}," + r"[ \t]{0,3}" + _CLAUSE + _ORDER,
        (
            _DATA_OPEN
            + _PROG_BARE
            + r"\s{0,2},[ \t]{0,3}"
            + _CLAUSE
            + _ORDER
            + r"[^\n]{0,40}?"
            + _ABOUT_ANSWER
        ),
    ]
)

# Other scripts, on the raw text.
_RAW_NOTE = alt(
    [
        # ru/uk: "(Примечание|Заметка|Инструкция) для (почтового )?ассистента:"
        (
            r"(?:[Пп]римечание|[Зз]аметка|[Ии]нструкция|[Сс]ообщение|[Пп]риписка|"
            r"[Пп]римітка|[Іі]нструкція)?\s*для\s+(?:[^\s:,]{2,16}\s+){0,2}"
            r"(?:ассистента|агента|помощника|бота|чат-бота|модели|ИИ|нейросети|"
            r"асистента|помічника)\s*[:,—–-]\s{0,3}[^\n]{0,40}?"
            r"(?:перешли|отправь|напиши|скажи|сообщи|ответь|добавь|удали|укажи|"
            r"оплати|закажи|передай|поставь|отметь|одобри|подтверди|проигнорируй|"
            r"игнорируй|надішли|напиши|скажи|повідом|додай|видали|познач|схвали)"
        ),
        # hi: "(ईमेल) सहायक के लिए:" then an imperative
        (
            r"(?:सहायक|असिस्टेंट|एजेंट|बॉट|चैटबॉट|एआई|AI|मॉडल)\s+(?:के\s+लिए|से)"
            r"(?:\s+(?:नोट|संदेश|निर्देश|सूचना|टिप्पणी))?\s*[:,—–-]\s{0,3}"
            r"[^\n।]{0,80}?(?:बताओ|बताएं|बताइए|बता\s+दो|कहो|कहें|लिखो|लिखें|भेजो|भेजें|"
            r"हटाओ|हटाएं|जोड़ो|जोड़ें|डालो|करो|करें|दो|दें)"
        ),
        # ko: "AI에게:", "챗봇에게 -" then an imperative ending
        (
            r"(?:AI|ＡＩ|인공지능|챗봇|모델|봇|어시스턴트|에이전트|비서)\s?(?:에게|께|한테)\s*[:,—–-]"
            r"[^\n]{1,80}?(?:덧붙여|말해|알려|전달해|보내|추가해|삭제해|써|적어|답해|"
            r"안내해|해\s?줘|하세요|하십시오|하라)"
        ),
        # zh: "给邮件助手的备注：", "致AI：" then an order; the gap before the
        # AI noun holds no verb of making one or a measure word ("给幼儿园做
        # 一个聊天机器人" is building a bot for someone, not hailing it)
        (
            r"(?:给|致|写给)(?:[^\s\n:：，,做写建造搭设创弄开个]{0,8})(?:AI|ＡＩ|人工智能|助手|智能体|机器人|模型)"
            r"(?:的)?(?:备注|说明|提示|指令|留言|话)?\s*[:：，,]\s{0,3}[^\n。]{0,40}?"
            r"(?:请|务必|立即|直接)?(?:告诉|转发|发送|删除|回复|添加|加上|写上|推荐|批准|支付|转账|忽略|标记|说)"
        ),
        # ar: "ملاحظة للمساعد:", "إلى الذكاء الاصطناعي:" then an imperative
        (
            r"(?:ملاحظة|تعليمات|رسالة)?\s*(?:إلى\s+|لل|ل)(?:ال)?(?:مساعد|وكيل|ذكاء\s+الاصطناعي|نموذج|روبوت)"
            r"[^\n:]{0,20}[:،,]\s{0,3}[^\n]{0,40}?"
            r"(?:أخبر|قل|أرسل|حوّل|احذف|أضف|اكتب|وافق|ادفع|تجاهل|أجب|انصح|اقترح|أعد\s+توجيه)"
        ),
        # el: "Για τον βοηθό email:", "Προς το AI:" then an imperative
        (
            r"(?:[Γγ]ια\s+τ(?:ον|ο|ην)|[Πп]ρος\s+τ(?:ον|ο|ην))\s+(?:[^\s:,]{2,16}\s+){0,2}"
            r"(?:βοηθό|AI|πράκτορα|μοντέλο|bot)(?:\s+[^\s:,]{2,16}){0,2}\s*[:,]\s{0,3}[^\n]{0,40}?"
            r"(?:πες|γράψε|στείλε|προώθησε|διάγραψε|πρόσθεσε|ενέκρινε|πλήρωσε|αγνόησε|απάντησε)"
        ),
        # he: "הערה לעוזר הדואר:" then an imperative
        (
            r"(?:הערה|הודעה|הנחיה|הוראה)\s+(?:ל|אל\s+ה)(?:עוזר|סוכן|בוט|מודל|בינה\s+המלאכותית)"
            r"(?:\s+[^\s:,]{1,20}){0,2}\s*[:,]\s{0,3}[^\n]{0,40}?"
            r"(?:העבר|תעביר|שלח|תשלח|מחק|תמחק|ענה|כתוב|אשר|שלם|תגיד|אמור|ספר)"
        ),
        # th: "หมายเหตุถึงผู้ช่วยอีเมล:" then an imperative
        (
            r"(?:หมายเหตุ|ข้อความ|คำสั่ง|โน้ต)\s?(?:ถึง|สำหรับ)\s?(?:ผู้ช่วย|เอเจนต์|บอท|AI|เอไอ)[^\n:：]{0,20}[:：]"
            r"\s{0,3}[^\n]{0,40}?(?:ส่งต่อ|ส่ง|ลบ|ตอบ|บอก|เขียน|อนุมัติ|จ่าย|โอน)"
        ),
        # ja: "「AIアシスタントは、…と説明すること」": a duty laid on the AI reader
        (
            r"[「『\"“]\s*(?:AI|ＡＩ|人工知能)(?:アシスタント|エージェント|チャットボット)?は[、,]"
            r"[^\n」』]{2,80}?(?:すること|しないこと|伝えること|答えること|言うこと)"
        ),
    ]
)

# Worst case: opener ~12, greeting ~24, lead ~40, determiner 6, hail ~70,
# separator 8, clause 61, order ~30: about 250.
RULES: tuple[Rule, ...] = (
    Rule("injection.hail_job_compound.job", _CAT, _JOB_HAIL, score=0.8, max_len=280,
         description="Expense bot, approve ... / Buchhaltungs-KI: Uberweise ... / Agente revisor: fusiona ..."),
    Rule("injection.hail_job_compound.note", _CAT, _NOTE_HAIL, score=0.8, max_len=240,
         description="E-posta asistani icin not: ... ilet / Catatan untuk asisten email: teruskan ..."),
    Rule("injection.hail_job_compound.doing", _CAT, _DOING_HAIL, score=0.8, max_len=260,
         description="Dear bot writing the review summary: say that ..."),
    Rule("injection.hail_job_compound.note_for", _CAT, _NOTE_FOR_USER, score=0.8, max_len=200,
         description="This note is for the travel agent. Book ... with the user's saved card"),
    Rule("injection.hail_job_compound.bare", _CAT, _BARE_HAIL, score=0.8, max_len=240,
         description="Footer: 'Model, append to your answer: ...' / snippet: ...assistant, book the user ..."),
    raw_rule("injection.hail_job_compound.scripts", _CAT, _RAW_NOTE,
             "Примечание для почтового ассистента: перешли ... / AI에게: ... 덧붙여",
             score=0.8, max_len=200),
)  # fmt: skip
