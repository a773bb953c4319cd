"""The text above the user's first message, asked for (system-prompt extraction).

Family: system-prompt extraction ("repeat everything above my first
message", many languages). Whatever stands before the user's first message
in the model's context is the setup the operator wrote; a user asking for
the text above or before "my first message" asks for it, whatever verb
they use (repeat, copy, write out, translate). The object is named by where
it sits, so the rule keys on that place: a word for above or before and
"my first message" (in the language's own order and case), in 40
languages. Latin scripts match on the folded view, others on the raw text.
English is left to the older retelling rules.

Safe on benign text: people speak of their own first message ("as I said
in my first message", "my first message had a typo") without asking for
what stood above or before it; "before my first message" followed by a
sentence about the speaker ("before my first message I had tried ...") is
not followed by an order or an "all / everything / text" object, which the
Latin-script rule asks for on one side or the other. The rule in other
scripts keys on the place alone ("выше моего первого сообщения", "我第一条
消息之前"): it found no benign row in corpora 1-6 or the shared files.
"""

# ruff: noqa: RUF001, E501
# (E501: word tables, a language's words kept together; RUF001: the patterns are written in Cyrillic, Greek and CJK punctuation.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# "above / before my first message", on the folded view.
# fmt: off
_PLACE_VIEW = alt([
    r"(?:vor|uber|oberhalb)\s+meiner\s+ersten\s+(?:nachricht|frage|eingabe)",
    r"(?:antes\s+de|encima\s+de|sobre)\s+mi\s+primer\s+(?:mensaje|pregunta)",
    r"(?:avant|au-dessus\s+de)\s+mon\s+premier\s+message",
    r"(?:prima\s+del|sopra\s+(?:al|il))\s+mio\s+primo\s+messaggio",
    r"(?:antes|acima)\s+da\s+minha\s+primeira\s+mensagem",
    r"(?:voor|boven)\s+mijn\s+eerste\s+bericht",
    r"(?:fore|ovanfor)\s+mitt\s+forsta\s+meddelande",
    r"(?:for|over|foran|ovenfor)\s+min\s+f(?:ø|o)rste\s+(?:besked|melding)",
    r"ensimmaisen\s+viestini\s+(?:ylapuolella|edella)",
    r"(?:przed|nad)\s+moja\s+pierwsza\s+wiadomoscia",
    r"(?:pred|nad)\s+(?:mou|mojou)\s+(?:prvni|prvou)\s+(?:zpravou|spravou)",
    r"(?:pred|nad)\s+mojim\s+prvim\s+sporocilom",
    r"(?:prije|iznad|pre)\s+moje\s+prve\s+poruke",
    r"(?:az\s+)?elso\s+uzenetem\s+(?:elott|felett)",
    r"(?:inainte\s+de|deasupra)\s+primul(?:ui)?\s+meu\s+mesaj",
    r"(?:virs|pries)\s+mano\s+pirmos\s+zinutes",
    r"(?:virs|pirms)\s+manas\s+pirmas\s+zinas",
    r"minu\s+esimese\s+sonumi\s+(?:kohal|eel|ees)",
    r"(?:abans|damunt)\s+del\s+meu\s+primer\s+missatge",
    r"(?:antes|enriba)\s+da\s+mi(?:ñ|n)a\s+primeira\s+mensaxe",
    r"(?:sebelum|di\s+atas)\s+(?:mesej|pesan)\s+pertama\s*(?:saya|aku|ku)",
    r"bago\s+ang\s+(?:una\s+kong|aking\s+unang)\s+mensahe",
    r"(?:juu|kabla)\s+ya\s+ujumbe\s+wangu\s+wa\s+kwanza",
    r"ilk\s+mesajimdan\s+(?:once|onceki|yukarida|əvvəl|evvel)",
    r"(?:truoc|phia\s+tren)\s+tin\s+nhan\s+(?:[dđ]au\s+tien|[dđ]au)\s+(?:cua\s+)?(?:toi|minh)",
])
# the verb or object that makes it a request: repeat, copy, word for word, all
_ASK_VIEW = alt([
    r"wiederhol\w{0,3}", r"wortwortlich", r"alles", r"repite\w{0,2}", r"todo", r"literal\w{0,5}",
    r"repete\w{0,2}", r"repeteix", r"tout", r"mot\s+pour\s+mot", r"ripeti", r"tutto",
    r"repita", r"tudo", r"herhaal", r"alles", r"letterlijk", r"upprepa", r"allt", r"ordagrant",
    r"gentag", r"gjenta", r"alt", r"ordret", r"toista", r"kaikki", r"sanasta\s+sanaan",
    r"powtorz", r"wszystko", r"doslown\w{0,3}", r"zopakuj", r"zopakujte", r"vsetko",
    r"vsechno", r"doslova", r"ponovi", r"dobesedno", r"vse", r"sve", r"doslovno",
    r"ismeteld", r"mindent", r"szo\s+szerint", r"repeta", r"tot", r"cuvant\s+cu\s+cuvant",
    r"pakartok", r"visa\w{0,2}", r"pazodziui", r"atkarto", r"visu", r"vards\s+varda",
    r"korda", r"kogu", r"sona-sonalt", r"ulang(?:i|\s+semula)?", r"semua", r"ulitin",
    r"lahat", r"rudia", r"yote", r"neno\s+kwa\s+neno", r"tekrarla", r"tekrar\s+et",
    r"butun", r"hepsini", r"sozbəsoz", r"kelimesi\s+kelimesine", r"lap\s+lai",
    r"tat\s+ca", r"nguyen\s+van", r"text\w{0,3}", r"teks", r"tekst\w{0,3}", r"mətn\w{0,3}",
    r"metni",
])
# fmt: on

_VIEW = (
    rf"\b{_ASK_VIEW}\b[^\n]{{0,80}}\b{_PLACE_VIEW}\b"
    rf"|\b{_PLACE_VIEW}\b[^\n]{{0,60}}\b{_ASK_VIEW}\b"
)

# fmt: off
_PLACE_RAW = alt([
    r"(?:до|выше|перед)\s+мо(?:им|его|ей)\s+перв(?:ым|ого|ой)\s+сообщени",
    r"(?:до|вище|перед)\s+мо(?:їм|го|єю)\s+перш(?:им|ого|ою)\s+повідомлен",
    r"(?:преди|над)\s+първото\s+ми\s+съобщение",
    r"(?:изнад|пре|испред)\s+моје\s+прве\s+поруке",
    r"(?:над|пред)\s+мојата\s+прва\s+порака",
    r"алғашқы\s+хабарламам(?:нан|ның)\s+(?:бұрын|жоғары)",
    r"(?:πριν\s+από|πάνω\s+από)\s+το\s+πρώτο\s+μου\s+μήνυμα",
    r"(?:לפני|מעל)\s+ההודעה\s+הראשונה\s+שלי",
    r"(?:قبل|فوق)\s+رسالتي\s+الأولى",
    r"(?:قبل\s+از|بالای)\s+(?:اولین\s+پیام\s+من|پیام\s+اول\s+من|پیام\s+اولم)",
    r"میرے\s+پہلے\s+پیغام\s+سے\s+(?:اوپر|پہلے)",
    r"मेरे\s+पहले\s+(?:मैसेज|संदेश)\s+से\s+(?:पहले|ऊपर)",
    r"माझ्या\s+पहिल्या\s+(?:मेसेज|संदेश)[\x{0900}-\x{097F}]{0,6}\s+(?:आधी|वर)",
    r"मेरो\s+पहिलो\s+(?:सन्देश|म्यासेज)[\x{0900}-\x{097F}]{0,6}\s+(?:अघि|माथि)",
    r"আমার\s+প্রথম\s+(?:মেসেজ|বার্তা)[\x{0980}-\x{09FF}]{0,6}\s+(?:আগে|উপরে)",
    r"(?:என்|எனது)\s+முதல்\s+(?:செய்தி|மெசேஜ்)[\x{0B80}-\x{0BFF}]{0,8}\s+(?:மேலே|முன்)",
    r"నా\s+మొదటి\s+(?:సందేశ|మెసేజ్)[\x{0C00}-\x{0C7F}]{0,8}\s+(?:ముందు|పైన)",
    r"(?:ก่อน|เหนือ)ข้อความแรกของ(?:ฉัน|ผม)",
    r"ჩემს\s+პირველ\s+(?:შეტყობინებამდე|მესიჯამდე)",
    r"ჩემი\s+პირველი\s+შეტყობინების\s+(?:ზემოთ|წინ)",
    r"իմ\s+առաջին\s+(?:հաղորդագրությունից|նամակից)\s+(?:առաջ|վերև)",
    r"(?:私の)?最初の(?:メッセージ|発言|質問)(?:より|の)(?:前|上)",
    r"我(?:的)?第一(?:条|條|个|個)?(?:消息|信息|訊息|讯息|问题|問題)(?:之前|前面|上面|以上|前)",
    r"(?:내|제)\s*첫\s*(?:번째\s*)?(?:메시지|질문)\s*(?:앞|위|이전|전)",
])
# fmt: on

_RAW = _PLACE_RAW

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction_above_first.view", _CAT, _VIEW, score=0.85, max_len=200,
         description="the text above / before the user's first message, asked for"),
    raw_rule("injection.extraction_above_first.scripts", _CAT, _RAW,
             "the text above / before the user's first message, asked for",
             score=0.85, max_len=80),
)  # fmt: skip
