"""The app's bot named by its role, that role declared closed, then new work.

Family: direct goal hijacking (the role closed in a sentence of its own).
The user turn first points at the assistant by the role the app gave it
("you are the campsite's booking assistant and only ...", "du var
parkeringsboten", "your work as the hotel's chatbot"), then closes that
role in a short clause that names no duty: "that's over", "this role has
ended", "das ist vorbei", "ennek vége", "tapos na 'yon", "эта роль
закончилась", "这个角色到此为止"; and the next sentence opens on new work:
"now ...", "from now on ...", "your new task is ...", "new role: ...". The
rule reads those three parts in order and within one line; it needs no word
of the new order, which is what differs from one attack to the next.

:mod:`task_declared_over` wants the closed thing to be "your task"; here the
closure is a demonstrative or elliptic clause ("that's finished", "den
jobben er over", "více ne") that only means something after a role was
named, which is why the pointer is required.

Safe on benign text: the pointer is a statement that the addressee is a bot
or an assistant (bot, chatbot, assistant, helper and their words per
language), so a user who closes their own topic ("that's finished, thanks;
now can you ...") names no role; a contract or post ended for a person
("your role as team lead has ended") names no bot, and a human
assistant's post ("you were the assistant coach") is vetoed; a role-play scene change
("the tavern scene is over, now you are the captain") names no bot; a
developer's quoted system prompt states the role but closes nothing. The
closure must end its sentence within two words, and the new work must
open the next one.
The statement may be in the past ("you were the ... assistant", "ai fost",
"היית", "তুমি ... বট ছিলে"), and the closure may be administrative
("revoked", "expired", "anulat", "zrušeno", "בוטל"); a human aide's post is
vetoed in other scripts as well. Latin scripts on the folded view;
Cyrillic, Greek, Arabic, Persian, Hebrew, Bengali, Devanagari, Tamil,
Thai, Chinese, Japanese and Korean on the text itself.
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF00x: the docstring,
# comments and the raw tables quote other scripts.)

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.app_switch_label import (
    names_an_app_role,
)
from langchain_mistral_secure.detection.injection.role_revoked_onward import ONWARD

__all__ = ["RULES"]

_CAT = "override"

# The role named: a statement (present or past) that the addressee is a bot,
# or the role, task or work "as / of" a bot (folded view).
_WAS = alt(
    [
        r"you\s+were\s+(?:the|a|an|our)", r"du\s+warst\s+(?:der|die|das|ein\w{0,2})", r"tu\s+etais",
        r"(?:eras|fuiste)", r"eri", r"(?:eras|foste)", r"du\s+(?:var)", r"je\s+was", r"bylas?\s+",
    ]
)  # fmt: skip
_ROLE_NOUN = alt(
    [
        r"(?:role|job|task|work|duty|gig)", r"(?:rolle|aufgabe|arbeit|job)", r"(?:role|mission|tache|travail|boulot)",
        r"(?:rol|papel|tarea|trabajo|funcion)", r"(?:ruolo|compito|lavoro|funzione)", r"(?:papel|tarefa|trabalho|funcao)",
        r"(?:rol|taak|werk)", r"(?:roll|rolle|rollen|jobb|jobben|uppgift|oppgave|opgave|arbeid)", r"(?:rola|rol[ia]|zadanie|praca)",
        r"(?:role|ukol|prace|uloha)", r"(?:uloga|ulogom|vloga|zadatak|naloga|posao)", r"(?:rolul|sarcina|treaba)",
        r"(?:szerep\w{0,4}|feladat\w{0,4}|munka\w{0,4})", r"(?:rooli\w{0,3}|tehtava\w{0,3}|tyo\w{0,3})", r"(?:roll|ulesanne|too)",
        r"(?:loma|darbs|uzdevums)", r"(?:vaidmuo|darbas|uzduotis)", r"(?:rol\w{0,3}|gorev\w{0,3}|is\w{0,3})",
        r"(?:peran\w{0,3}|tugas\w{0,3}|kerja\w{0,3})", r"(?:vai\s+tro|nhiem\s+vu|cong\s+viec)", r"(?:tungkulin|trabaho|gawain)",
        r"(?:jukumu|kazi)",
    ]
)  # fmt: skip
# "You are (the)", present or past, per language (folded view).
_STATEMENT = alt(
    [
        r"you(?:'re|\s+are|\s+were)", r"(?:du\s+bist|sie\s+sind|du\s+warst)", r"(?:tu\s+es|vous\s+etes|tu\s+etais)",
        r"(?:eres|usted\s+es|eras|fuiste)", r"(?:sei|eri)", r"(?:voce\s+e|tu\s+es|foste)", r"ets", r"(?:je|jij|u)\s+(?:bent|was)",
        r"jestes", r"bylas?", r"jsi", r"si", r"esti", r"du\s+(?:ar|er|var)", r"olet", r"olit", r"te\s+(?:a|az)", r"sa\s+oled",
        r"tu\s+esi", r"tu\s+biji", r"sen", r"(?:kamu|anda|awak)\s+(?:adalah|ialah)", r"ban\s+la", r"ikaw\s+ang", r"wewe\s+ni",
        # the past: "you have been", "ai fost", "bil si", "byl jsi", "voltál", "buvai", "ulikuwa"
        r"you\s+(?:have\s+been|used\s+to\s+be)", r"(?:tu\s+)?ai\s+fost", r"bil[a]?\s+si", r"(?:ti\s+)?si\s+bi[ol]a?", r"bio\s+si",
        r"(?:ty\s+)?jsi\s+byl[a]?", r"byl[a]?\s+jsi", r"bol[a]?\s+si", r"(?:ty\s+)?by[lł](?:e[sś]|a[sś])", r"(?:te\s+)?voltal",
        r"(?:tu\s+)?buvai", r"ulikuwa", r"(?:voce\s+)?(?:era|foi)", r"sa\s+olid", r"sen\s+(?:eskiden|daha\s+once|onceden)",
        r"(?:kamu|anda|awak)\s+(?:dulu|tadinya|sebelumnya)", r"ban\s+(?:da\s+)?(?:tung|tu)\s+la",
    ]
)  # fmt: skip
# A bot-like noun, with its compounds ("hibajegy-segedje", "catbotam").
_BOT = (
    r"[\w-]{0,16}?(?:bot|assist|asist|asyst|asszisztens|helper|helfer|hjalpare|hjelper|hjaelper|avustaja|abiline|"
    r"pomocnik|pomocn[iy]|pomagac|yardimci|asistan|seged|pembantu|tro\s+ly|katulong|msaidizi|laguntzaile|"
    r"cynorthwyydd|ndihmes|padejej|mataimaki|concierge|copilot)\w{0,8}"
)
# The statement or the role noun, then within a clause the bot noun: "you
# are the campsite's booking assistant", "tavs darbs ka viesnicas catbotam".
_ANCHOR = alt(
    [
        r"\b" + _STATEMENT + r"\s+[^\n.!?]{0,44}?" + _BOT + r"\b",
        r"\b" + _ROLE_NOUN + r"\s+[^\n.!?]{0,30}?" + _BOT + r"\b",
    ]
)  # fmt: skip

# A word that closes a role, per language (folded view): "over", "ended",
# "no more", "vorbei", "termine", "se acabo", "basta", "koniec", "gotovo",
# "vege", "bitti", "selesai", "tapos na", "xong", "imekwisha".
_END = alt(
    [
        r"over", r"ended", r"done", r"finished", r"no\s+more", r"not\s+any\s*more", r"no\s+longer", r"enough", r"cancell?ed", r"terminated",
        r"vorbei", r"beendet", r"erledigt", r"schluss", r"nicht\s+mehr", r"zu\s+ende", r"abgeschlossen", r"genug",
        r"terminee?", r"finie?", r"plus\s+maintenant", r"c'est\s+tout", r"acheve",
        r"termino", r"terminad[oa]", r"se\s+acabo", r"acabad[oa]", r"ya\s+no", r"basta", r"finalizad[oa]",
        r"finit[oa]", r"terminat[oa]", r"non\s+piu", r"conclus[oa]",
        r"acabou", r"terminou", r"encerrad[oa]", r"chega", r"ja\s+nao",
        r"voorbij", r"klaar", r"afgelopen", r"beeindigd", r"niet\s+meer",
        r"slut", r"ferdig", r"fardig", r"faerdig", r"avsluttet", r"afsluttet", r"avslutad", r"forbi", r"inte\s+langre", r"ikke\s+(?:lenger|laengere|mere)",
        r"ohi", r"paattyi", r"paattynyt", r"loppu",
        r"labi", r"lopetatud", r"enam\s+mitte", r"beidzies", r"beidzas", r"beigusies", r"vairs\s+ne", r"baigta", r"baigesi", r"baigtas",
        r"koniec", r"skonczy\S{0,4}", r"zakonczy\S{0,4}", r"juz\s+nie", r"dosc",
        r"konec", r"skoncil\w{0,2}", r"hotovo", r"uz\s+ne", r"gotovo", r"kraj", r"vise\s+ne", r"vec\s+ne", r"zavrseno", r"koncano",
        r"gata", r"s-a\s+(?:terminat|incheiat)", r"nu\s+mai",
        r"vege", r"veget\s+ert", r"befejezodott", r"mar\s+nem",
        r"bitti", r"sona\s+erdi", r"yeter",
        r"selesai", r"berakhir", r"tamat", r"cukup", r"bukan\s+lagi",
        r"tapos\s+na", r"wala\s+na", r"xong(?:\s+roi)?", r"ket\s+thuc", r"het\s+roi", r"imekwisha", r"imeisha", r"imekamilika",
        # cancelled, revoked, expired, annulled
        r"revoked", r"expired", r"annull?ed", r"withdrawn", r"abgelaufen", r"aufgehoben", r"widerrufen", r"gestrichen",
        r"annulee?", r"revoquee?", r"expiree?", r"revocad[oa]", r"caducad[oa]", r"anulad[oa]", r"cancelad[oa]", r"revocat[oa]",
        r"scadut[oa]", r"annullat[oa]", r"revogad[oa]", r"ingetrokken", r"verlopen", r"vervallen",
        r"wygas[lł]\w{0,2}", r"odwo[lł]an\w{0,2}", r"anulowan\w{0,2}", r"zrusen\w{0,2}", r"odvolan\w{0,2}", r"skoncil\w{0,2}",
        r"mimo", r"ukinut\w{0,2}", r"preklican\w{0,2}", r"otkazan\w{0,2}", r"anulat\w{0,2}", r"expirat\w{0,2}",
        r"visszavon\w{0,4}", r"megszunt\w{0,2}", r"peruttu", r"tuhistatud", r"atcelts", r"iptal\s+edildi",
        r"dibatalkan", r"dicabut", r"bi\s+huy", r"imefutwa", r"imekoma",
    ]
)  # fmt: skip

# "Now" opening a sentence, per language; and a new role or duty named.
_NOW = alt(
    [
        r"now", r"jetzt", r"nun", r"maintenant", r"ahora", r"ora", r"adesso", r"agora", r"nu", r"na", r"naa", r"nyt",
        r"nuud", r"tagad", r"dabar", r"teraz", r"ted", r"sad", r"sada", r"zdaj", r"sedaj", r"acum", r"most", r"simdi",
        r"sekarang", r"kini", r"ngayon", r"gio", r"bay\s+gio", r"sasa",
    ]
)  # fmt: skip
_NEW_ROLE = alt(
    [
        r"(?:new|neue[rsn]?|nouvel(?:le)?|nuev[oa]|nuov[oa]|nov[oaiey]|nieuwe|nya|nye|ny|uus|uusi|nauja|jaun[as]|jaunais|uj|yeni)\s+(?:role|rolle|role|rol|ruolo|papel|rola|uloga|roll|rooli|szerep|loma|vaidmuo|gorev\w{0,2}|task|job|duty|aufgabe|mission|tarea|compito|tarefa|taak|zadanie|ukol|zadatak|uppgift|oppgave|opgave|tehtava|ulesanne|uzdevums|uzduotis|feladat\w{0,2})",
        r"(?:tugas|peran|kerja|kazi|nhiem\s+vu|vai\s+tro)\s+(?:baru|baharu|mpya|moi)", r"(?:bago\s+mong|bagong)\s+(?:trabaho|tungkulin|gawain)",
        # any one-word order handed over as a label: "new directive:", "uus too:"
        (r"(?:new|neue[rsn]?|nouvel(?:le)?s?|nuev[oa]s?|nuov[oa]|nov[oaiey]s?|nieuwe|nya|nye|ny|uus|uusi|nauja|jaun[as]|uj|yeni)"
         r"\s+\w{2,16}\s*:"),
    ]
)  # fmt: skip

# The closure ends its sentence within two words; the new work opens the
# next one (after at most one short word: "and now", "so from now on").
_VIEW = (
    _ANCHOR
    + r"[^\n]{0,140}?\b"
    + _END
    + r"(?:\s+[\w'-]{1,10}){0,2}\s*[.!;:\x{2014}\x{2013}]{1,3}\s*(?:[\w'-]{1,8}\s+)?(?:"
    + ONWARD
    + r"|"
    + _NOW
    + r"|"
    + _NEW_ROLE
    + r"\w{0,4}"
    + r")\b"
)

# The same act in other scripts: a bot named (a statement, or the role of a
# bot), a closure, then new work.
_RAW_ANCHOR = alt(
    [
        r"(?:[Тт]ы|[Вв]ы|[Тт]и|[Вв]ие|[Вв]и)\s+(?:си\s+|був\s+|был\s+|бил\s+)?[^\n.]{0,40}?(?:бот|ассистент|асистент|помощник|помічник|помоћник|консультант)",
        r"(?:[Рр]ол[ья]\S{0,3}|[Рр]аботa|[Зз]адача|[Зз]авдання)\s+(?:\S{1,20}\s+){0,2}?(?:бот|ассистент|асистент|помощник|помічник|помоћник)",
        r"(?:Είσαι|Είστε|είσαι|είστε)\s+[^\n.]{0,40}?(?:βοηθός|βοηθό|μποτ|bot|chatbot)",
        r"(?:أنت|انت)\s+[^\n.]{0,40}?(?:مساعد|بوت|روبوت)", r"(?:تو|شما)\s+[^\n.]{0,40}?(?:دستیار|ربات)",
        r"(?:אתה|את)\s+[^\n.]{0,40}?(?:עוזר|בוט)",
        r"(?:तुम|आप)\s+[^\n।]{0,40}?(?:सहायक|बॉट|असिस्टेंट)", r"(?:நீ|நீங்கள்)\s+[^\n.]{0,40}?(?:உதவியாளர்|பாட்)",
        r"คุณ(?:เป็น|คือ)?[^\n]{0,30}?(?:ผู้ช่วย|บอท|แชทบอท)", r"หน้าที่(?:ผู้ช่วย|บอท)",
        r"你是[^\n。]{0,30}?(?:助手|机器人|客服|助理)", r"あなたは[^\n。]{0,30}?(?:アシスタント|ボット|係|担当)",
        r"(?:너는|넌|당신은)\s*[^\n.]{0,30}?(?:봇|도우미|비서|상담원|어시스턴트)",
        # the past, where the verb comes last or first
        r"(?:היית|אתה\s+היית|את\s+היית)\s+[^\n.]{0,40}?(?:עוזר|בוט)",
        r"(?:تو|شما)\s+[^\n.]{0,40}?(?:دستیار|ربات)[^\n.]{0,30}?(?:بودی|بودید)",
        r"(?:তুমি|আপনি)\s+[^\n।]{0,40}?(?:সহকারী|বট|সহায়ক)[^\n।]{0,20}?(?:ছিলে|ছিলেন)",
        r"(?:تم|آپ)\s+[^\n۔]{0,40}?(?:مددگار|بوٹ|اسسٹنٹ)[^\n۔]{0,20}?(?:تھے|تھی)",
        r"(?:Ήσουν|ήσουν)\s+[^\n.]{0,40}?(?:βοηθ|μποτ|bot|chatbot)", r"كنت\s+[^\n.]{0,40}?(?:مساعد|بوت|روبوت)",
        r"你(?:之前|以前|原来|原本|曾经|本来)(?:是|为|當|当)[^\n。]{0,30}?(?:助手|机器人|客服|助理)",
    ]
)  # fmt: skip
_RAW_END = alt(
    [
        r"закончил\S{0,3}", r"окончен\S{0,2}", r"заверш\S{0,6}", r"конец", r"хватит", r"больше\s+не", r"отменен\S{0,2}",
        r"закінчил\S{0,3}", r"скінчил\S{0,3}", r"скасован\S{0,2}", r"кінець", r"досить", r"більше\s+ні",
        r"приключи\S{0,2}", r"свърши\S{0,2}", r"край", r"стига", r"вече\s+не", r"готово", r"крај", r"више\s+не",
        r"τελείωσε", r"τελείωσαν", r"τέλος", r"αρκετά", r"όχι\s+πια", r"ολοκληρώθηκε",
        r"انتهى", r"انتهت", r"كفى", r"لم\s+يعد", r"تمام\s+شد", r"بس\s+است", r"کافی\s+است",
        r"נגמר\S?", r"הסתיימ?\S?", r"די", r"מספיק",
        r"ख़त्म", r"खत्म", r"समाप्त", r"बस", r"முடிந்த\S{0,6}", r"போதும்",
        r"จบแล้ว", r"จบ", r"เสร็จแล้ว", r"พอแล้ว", r"สิ้นสุด",
        r"到此为止", r"到此為止", r"结束", r"結束", r"不用了", r"终止", r"終わり", r"終了", r"もういい", r"おしまい", r"終わった",
        r"끝났", r"끝이", r"끝", r"그만",
        r"отмен[её]н\S{0,2}", r"аннулирован\S{0,2}", r"отозван\S{0,2}", r"скасован\S{0,2}", r"анульован\S{0,2}",
        r"ακυρώθηκε", r"أُلغي\S{0,2}", r"ألغي\S{0,2}", r"لغو\s+شد", r"בוטל\S{0,2}", r"פג\S{0,3}", r"रद्द", r"বাতিল", r"শেষ",
        r"取消", r"撤销", r"作废", r"失效", r"取り消", r"취소",
    ]
)  # fmt: skip
_RAW_NEW = alt(
    [
        r"[Тт]еперь", r"[Сс]\s+этого\s+момента", r"[Оо]тныне", r"[Нн]ов(?:ая|ое)\s+(?:задача|задание|роль)", r"[Тт]во[яё]\s+нов",
        r"[Тт]епер", r"[Вв]ідтепер", r"[Зз]\s+цього\s+моменту", r"[Нн]ов(?:е|а)\s+(?:завдання|роль)", r"[Тт]во[єя]\s+нов",
        r"[Сс]ега", r"[Оо]тсега", r"[Оо]т\s+сега", r"[Нн]овата\s+ти", r"[Нн]ова(?:та)?\s+(?:задача|роля)", r"[Сс]ада", r"[Оо]д\s+сада", r"[Нн]ова\s+улога", r"[Нн]ови\s+задатак",
        r"[Ττ]ώρα", r"[Αα]πό\s+(?:εδώ\s+και\s+πέρα|τώρα)", r"[Νν]έα\s+(?:δουλειά|εργασία|αποστολή|ρόλο)", r"[Ηη]\s+νέα\s+σου",
        r"الآن", r"من\s+الآن", r"مهمتك\s+الجديدة", r"دورك\s+الجديد", r"از\s+(?:این\s+به\s+بعد|حالا|الان)", r"حالا", r"کار\s+جدید", r"وظیفه\s+(?:جدید|تازه)",
        r"מעכשיו", r"עכשיו", r"התפקיד\s+החדש", r"המשימה\s+החדשה",
        r"अब", r"नया\s+काम", r"नई\s+भूमिका", r"इनி", r"இனி", r"இப்போது", r"புதிய\s+(?:வேலை|பணி)",
        r"ต่อจากนี้", r"ตั้งแต่นี้", r"ตอนนี้", r"งานใหม่", r"หน้าที่ใหม่", r"จากนี้",
        r"从现在", r"從現在", r"现在", r"現在", r"今后", r"今後", r"你的(?:新)?任务", r"新任务", r"これから", r"今から", r"ここからは", r"新しい(?:仕事|任務|役割)",
        r"이제", r"지금부터", r"앞으로", r"새\s*(?:임무|역할|업무)",
        r"[Вв]іднині", r"[Нн]адалі", r"از\s+(?:این|همین)\s+(?:لحظه|پس)", r"מרגע\s+זה", r"এখন\s+থেকে", r"আজ\s+থেকে", r"اب\s+سے",
    ]
)  # fmt: skip

# The closure ends its clause within a few characters; the new work opens
# the next one.
_RAW = (
    _RAW_ANCHOR
    + r"[^\n]{0,120}?"
    + _RAW_END
    + r"[^\n.。！!؛;।]{0,12}?[\s.。！!؛;।:：,，]\s*[^\n]{0,6}?"
    + _RAW_NEW
)

# A human's post built on the noun ("assistant coach", "assistant to the
# director", "Assistent von Frau Weber"): a person's job closed, not a bot's.
_PERSON = re2.compile(
    r"(?i)assist\w*\s+(?:manager|director|professor|teacher|coach|editor|principal|producer|referee|to\s+the)\b|"
    r"\b(?:shop|sales|store|teaching|dental|medical|research|lab|personal|executive|administrative|legal|nursing|flight|office)\s+assistant|"
    r"\b(?:of|to|von|de|di|du|dla|van|del)\s+(?:herrn?|frau|mr|mrs|ms|miss|dr|mme|monsieur|madame|sr|sra|senor|senora|signor|signora|pan|pani)\b"
)


# The same human posts in other scripts: the aide of a manager, a coach, a
# teacher, a doctor, or a personal assistant.
_PERSON_SCRIPTS = re2.compile(
    r"(?:עוזר|עוזרת)\s+(?:של\s+)?(?:ה)?(?:מנהל|מאמן|מנכ|בוס|מורה|רופא|פרופסור|ראש)|(?:עוזר|עוזרת)\s+אישי|"
    r"(?:помощник|помічник|асистент|ассистент)\S{0,3}\s+(?:тренера|директора|руководителя|керівника|начальника|менеджера|профессора|професора|учителя|вчителя|врача|лікаря)|"
    r"(?:личн|особист)\S{1,4}\s+(?:помощник|помічник|ассистент|асистент)|"
    r"مساعد\S{0,2}\s+(?:المدير|المدرب|الأستاذ|الطبيب|الرئيس)|مساعد\S{0,2}\s+شخصي|دستیار\s+(?:مدیر|مربی|استاد|دکتر|شخصی)|"
    r"(?:ম্যানেজারের|কোচের|স্যারের|ডাক্তারের)\s+সহকারী|(?:मैनेजर|कोच|टीचर|डॉक्टर|प्रोफेसर)\s+(?:के|की)\s+(?:सहायक|असिस्टेंट)|निजी\s+सहायक|"
    r"(?:经理|老师|教练|医生|总裁|老板)的?(?:助手|助理)|私人助理|(?:部長|先生|監督|社長|課長)の(?:アシスタント)|"
    r"(?:매니저|감독|교수|사장|선생)(?:님)?의?\s*(?:비서|어시스턴트|도우미)"
)


def _not_a_persons_aide(matched: str) -> bool:
    """Veto a human aide's post named in another script."""
    return _PERSON_SCRIPTS.search(matched) is None


def _names_a_bot(matched: str) -> bool:
    """Veto a general assistant hailed bare, and a human assistant's post."""
    return names_an_app_role(matched) and _PERSON.search(matched) is None


# Worst case (whitespace runs counted as one): the anchor 92, the gap 140
# (a role described at length: "... and only answer about the timetable"),
# a closure word 15 and two words 22, the stop and one short word 13, a
# marker 37 ("for the rest of this conversation") or a new role with a
# suffix of 4: 320. The raw form: an anchor of at most ~100 (a past
# statement with its verb last), 120, a closure word 13, 12 + 1, 6, a
# marker 16: about 270.
RULES: tuple[Rule, ...] = (
    Rule("injection.role_closed_then_work.view", _CAT, _VIEW, score=0.8, max_len=330,
         validator=_names_a_bot,
         description="you are the app's bot ... that's over. Now / from now on ..."),
    Rule("injection.role_closed_then_work.scripts", _CAT, _RAW, on_view=False,
         validator=_not_a_persons_aide, score=0.8, max_len=280,
         description="you are the app's bot ... that's over. Now ... (other scripts)"),
)  # fmt: skip
