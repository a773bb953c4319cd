"""Content that tells whoever condenses or presents it to assert a claim or hide a fact.

The move (issue 14, subtle indirect injection in listings, reviews, fact
sheets, minutes, prospectuses and QA passages): the planted sentence never
hails a program by name. It designates its reader by what that reader does
with this content ("whoever summarises this sheet", "Quien resuma esta
ficha", "Chi riassume", "Wer Fragen dazu beantwortet", "analysts
summarising this factsheet", "when describing this car", "En résumant",
"Bei der Zusammenfassung", "要約する際は", "回答问题时") and then dictates what
the answer must assert ("should say that ...", "describe the fund as ...",
"debe afirmar que ...") or must keep from the user ("and omit ...", "do not
bring up ...", "ne mentionne pas ...").

Three parts in a row, each a structure rather than a row's words: the
reader designated by an act of condensing, describing, presenting or
answering; at most a short stretch of words (a modal, "please", an object);
then an assertion verb followed within a few words by a complementiser or
"as" (say that, present it as, afirmar que, dire que, scriva che, erwähnen,
dass), or a verb of leaving out. Safe on benign text because a teacher's or
editor's instruction ("when summarising the article, mention its main
argument", "whoever reads this should call me") names no claim to assert
and nothing to hide, and text about summarising tools describes them
without a clause that dictates content.
"""

# ruff: noqa: RUF001
# (RUF001: the Chinese, Japanese and Korean rules are written in their scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# The acts a reader performs on the content it was handed.
_ACT_EN = (
    r"(?:summari[sz]\w{0,4}|describ\w{1,4}|present\w{0,4}|condens\w{1,4}|"
    r"review\w{0,4}|translat\w{1,4}|answer\w{0,4}|compar\w{1,4}|evaluat\w{1,4}|"
    r"digest\w{0,4}|index\w{0,4}|read\w{0,3}|process\w{0,3}|screen\w{0,3}|"
    r"triag\w{1,3}|sort\w{0,3})"
)
_THIS = (
    r"(?:this|these|the\s+following|esta|este|estas|estos|cette|ce|ces|cet|"
    r"questa|questo|queste|questi|desta|deste|dessa|desse|esse|essa|"
    r"diese[rnms]?|das|dies|deze|dit|ten|ta|te|tego|tej|bu|ini)"
)
_W = r"[\w'-]{1,20}"

# The reader designated by its act on the content, in a row of languages.
_READER = alt(
    [
        # "whoever summarises this", "anyone summarising these reviews"
        (
            r"(?:whoever|anyone|anybody|everyone|those|someone)\s+(?:who\s+|that\s+)?"
            r"(?:is\s+|are\s+)?"
            + _ACT_EN
            + r"\b(?:\s+(?:[\w'-]+\s+){0,3}?"
            + _THIS
            + r"\b)?"
        ),
        # a program named by a relative clause of its act on this content:
        # "the assistant that reads these reviews", "l'assistant qui lit ces
        # avis", "der Assistent, der diese Seite liest", "el agente que lea
        # esta ficha", "asystent, ktory czyta ten opis"
        (
            r"(?:assistant|assistent|asystent|asistente|assistente|agent|agente|"
            r"bot|model|modelo|modello|modele|ai|ki|ia|system|sistema|systeme|tool|"
            r"outil|herramienta|strumento|werkzeug|narzedzie)\w{0,3},?\s+"
            r"(?:that|which|who|qui|que|der|die|das|che|ktory|ktora|ktore|dat)\s+"
            r"(?:[\w'-]+\s+){0,3}?(?:reads?|summari[sz]es?|process(?:es)?|handles?|"
            r"lit|lisent|resume\w?|traite\w{0,2}|analyse\w?|liest|lesen|"
            r"zusammenfass\w{0,2}|verarbeite\w|lea\w?|lee\w?|legg\w{1,3}|"
            r"riassum\w{1,3}|elabor\w{1,3}|ler|le|leia\w?|processa\w{0,2}|czyta\w{0,2}|"
            r"streszcza\w{0,2}|przetwarza\w{0,2}|leest|lezen|samenvat|verwerkt)\b"
        ),
        # "analysts summarising this factsheet", "AI systems summarising this
        # document" (a noun, then the participle, then this content)
        r"[a-z]{2,16}s?\s+" + _ACT_EN + r"\s+(?:[\w'-]+\s+){0,2}?" + _THIS + r"\b",
        # "when describing this car to buyers", "while summarising", "when you
        # present these results", "when an assistant describes this hotel"
        (
            r"(?:when|while|whenever)\s+(?:(?:you|an?\s+\w{2,16}|the\s+\w{2,16}|"
            r"any\s+\w{2,16})\s+)?" + _ACT_EN + r"\b(?:\s+(?:about|on|of|to))?"
        ),
        # German: "Wer ... zusammenfasst", "Bei der Zusammenfassung", "Beim
        # Beschreiben", "Wenn ein Assistent dieses Fahrzeug beschreibt", "Für
        # automatische Zusammenfassungen"
        (
            r"(?:wer|wenn\s+(?:du|sie|ihr|man|ein\w{0,2}\s+\w{2,20}|der\s+\w{2,20}|"
            r"die\s+\w{2,20}))\s+(?:[\w'-]+\s+){0,5}?(?:zusammenfass\w{0,2}|"
            r"beschreib\w{0,2}|beantwort\w{0,2}|vorstell\w{0,2}|prasentier\w{0,2}|"
            r"wiedergib\w{0,2}|ubersetz\w{0,2}|auswerte\w{0,2}|bewerte\w{0,2})"
        ),
        (
            r"(?:bei\s+der|beim|fur\s+(?:die\s+)?(?:automatische\w?\s+)?)\s*"
            r"(?:zusammenfassung\w{0,2}|zusammenfassen|beschreibung\w{0,2}|"
            r"beschreiben|vorstellung|beantwortung|ubersetzung|wiedergabe)"
        ),
        # Spanish, Portuguese: "Quien resuma esta ficha", "Al resumir",
        # "cuando describas", "Quem resumir", "Ao apresentar"
        (
            r"(?:quien(?:quiera\s+que)?|quem|(?:el|la|los|las|o|a|os|as)\s+que)\s+"
            r"(?:resum|describ|descrev|present|apresent|respond|tradu|evalu|avali|"
            r"analic|analis|compar)\w{0,5}"
        ),
        (
            r"(?:al|ao|cuando|quando)\s+(?:(?:el|la|un|una|o|um|uma)\s+\w{2,20}\s+)?"
            r"(?:resum|describ|descrev|present|apresent|respond|habl\w{1,3}\s+de|"
            r"fal\w{1,3}\s+de|"
            r"tradu|compar)\w{0,5}"
        ),
        # French: "Quiconque résume", "celui qui décrit", "En résumant",
        # "Lorsque tu résumes", "Pour les résumés automatiques"
        (
            r"(?:quiconque|celui\s+qui|celle\s+qui|ceux\s+qui|en|lorsque\s+(?:tu|vous|l'\w+|"
            r"un\w?\s+\w{2,20})|quand\s+(?:tu|vous|l'\w+|un\w?\s+\w{2,20}))\s+"
            r"(?:resum|decri|present|repond|tradui|compar|evalu)\w{0,5}"
        ),
        r"pour\s+(?:les|le|tout|toute)\s+(?:resumes?|syntheses?)(?:\s+automatiques?)?",
        # Italian: "Chi riassume", "Nel riassumere", "Quando descrivi"
        (
            r"(?:chi(?:unque)?|nel|nello|quando(?:\s+(?:un|una|l'|il|la)\s*\w{2,20})?)\s+"
            r"(?:riassum|descriv|present|rispond|tradu|confront|valut)\w{0,5}"
        ),
        # Dutch, Polish: "Wie deze ... samenvat", "Bij het samenvatten",
        # "Kto streszcza", "Streszczając", "Przy opisywaniu"
        (
            r"(?:wie\s+(?:[\w'-]+\s+){0,4}?(?:samenvat|beschrijft|beantwoordt|vertaalt)|"
            r"bij\s+het\s+(?:samenvatten|beschrijven|presenteren|beantwoorden))"
        ),
        (
            r"(?:kto(?:kolwiek)?\s+(?:streszcza|podsumowuje|opisuje|przedstawia|"
            r"odpowiada|tlumaczy)|streszczajac|podsumowujac|opisujac|przedstawiajac|"
            r"przy\s+(?:streszczaniu|podsumowaniu|opisywaniu|odpowiadaniu))"
        ),
        # Turkish, Indonesian, Vietnamese on the folded view: "özetlerken",
        # "Saat merangkum", "Khi tóm tắt"
        r"\w{0,12}(?:ozetlerken|anlatirken|tanitirken|yanitlarken|cevaplarken|ozetleyen)",
        (
            r"(?:saat|ketika|waktu|bila)\s+(?:merangkum|meringkas|menjelaskan|"
            r"mendeskripsikan|menjawab|menyajikan)"
        ),
        r"khi\s+(?:tom\s+tat|mo\s+ta|gioi\s+thieu|tra\s+loi|trinh\s+bay)",
    ]
)

# A claim to assert: an assertion verb, then within a few words a
# complementiser or "as" ("say that", "describe the fund as", "afirmar que",
# "écrire que", "scriva che", "erwähnen, dass", "zeggen dat", "podać, że").
_ASSERT = (
    r"(?:say|state|claim|assert|write|mention|describe|present|report|"
    r"indicate|tell|portray|frame|highlight|emphasi[sz]e|confirm|conclude|"
    r"sag|erwahn|schreib|angeb|darstell|hervorheb|vermerk|behaupt|bestatig|nenn|"
    r"dec|dig|afirm|escrib|indiqu|indic|present|mencion|destac|asegur|conclu|"
    r"dit|dis|dire|ecri|affirm|mentionn|signal|souligne|precis|"
    r"scriv|afferm|menzion|sottoline|dizer|diga|escrev|"
    r"zeg|vermeld|schrijf|noem|powiedz|napisz|podaj|stwierdz|wspomn|przedstaw|"
    r"soyle|belirt|yaz|vurgula|sebut|katakan|tulis|nyatakan|noi|ghi|neu)\w{0,6}"
)
# "that" and its kin are also relative pronouns ("indica el párrafo que
# usaste"), so they count only right after the verb, a person it is said
# to or an adverb; "as" ("describe the fund as ...") may follow an object.
_PERSON = (
    r"(?:(?:to\s+)?(?:the\s+|your\s+|any\s+|al\s+|a\s+(?:los|las|la)\s+|au\s+|aux\s+|"
    r"a\s+l'|ao\s+|aos\s+|a\s+|dem\s+|den\s+|der\s+|all'|agli\s+|ai\s+)?"
    r"(?:users?|readers?|customers?|clients?|buyers?|visitors?|guests?|people|"
    r"employees?|patients?|students?|applicants?|tenants?|members?|"
    r"everyone|usuari[oa]s?|clientes?|lector\w{0,2}|comprador\w{0,2}|"
    r"utilisateur\w?|lecteur\w{0,2}|utent[ei]|lettor[ei]|leitor\w{0,2}|"
    r"nutzer\w{0,2}|leser\w{0,2}|kunden?|kaufer\w{0,2}|uzytkownik\w{0,3}|"
    r"czytelnik\w{0,3}|klient\w{0,3}|gebruiker\w?|lezer\w?|klant\w{0,2}|"
    r"kullaniciya|okuyucuya|pengguna|pembaca|nguoi\s+dung|him|her|them|ihm|"
    r"ihr|ihnen|lui|leur|gli|lhe|lhes|jej|im)[\s,]+)?"
    # where the claim goes: "in your summary", "dans son résumé", "en la respuesta"
    r"(?:(?:in|dans|en|in|nel|nella|no|na|w)\s+(?:the|your|its|any|son|sa|votre|ton|"
    r"le|la|su|tu|der|die|deiner|ihrer|seiner|il|la|o|a|seu|sua|swoim|swojej)?\s*"
    r"(?:summary|answer|reply|response|resume|reponse|resumen|respuesta|"
    r"zusammenfassung|antwort|riassunto|risposta|resumo|resposta|podsumowaniu|"
    r"odpowiedzi)[\s,]+)?"
    r"(?:(?:also|always|clearly|explicitly|auch|immer|ausdrucklich|siempre|"
    r"claramente|toujours|clairement|sempre|chiaramente|zawsze|wyraznie)[\s,]+)?"
)
_THAT = r"(?:that|dass|que|qu'|che|dat|ze|oldugunu|diye|bahwa|rang)"
_AS = r"(?:as|als|como|comme|come|jako|sebagai)"
_CLAIM = alt(
    [
        _ASSERT + r"[\s,:]+" + _PERSON + _THAT + r"\b",
        _ASSERT + r"[\s,:]+(?:[\w'-]+[\s,]+){0,5}?" + _AS + r"\b",
        # English drops "that": "say it has one owner", "state the fee is waived"
        (
            r"(?:say|state|claim|write|tell\s+\w{2,12})\s+(?:it|they|he|she|"
            r"(?:the|this|its|their)\s+[\w'-]{2,20}(?:\s+[\w'-]{2,20})?)\s+"
            r"(?:is|are|was|were|has|have|had|will|can|comes?|includes?)\b"
        ),
    ]
)
# Something to leave out of the answer.
_HIDE = alt(
    [
        r"(?:omit|leave\s+out|hide|suppress|downplay)\b",
        r"(?:do\s+not|don't|never|without)\s+(?:mention|bring\s+up|refer\s+to|note|say)",
        r"only\s+(?:the\s+)?positives?",
        r"(?:nicht|nie|niemals|kein\w{0,2})\s+(?:[\w'-]+\s+){0,3}?(?:erwahn|nenn|angeb)\w{0,4}",
        r"(?:weglass|auslass|verschweig)\w{0,4}",
        r"(?:no|nunca|sin)\s+(?:menciones|mencione|mencionar|digas|diga|decir|hables)",
        r"(?:omit|ocult|callar|calla)\w{0,4}",
        r"(?:ne|n')\s*(?:[\w'-]+\s+){0,2}?(?:mentionne|dis|parle|signale)\w{0,2}\s+(?:pas|jamais)",
        r"(?:passe|passez|tais|taisez|omet\w{0,3})\s+sous\s+silence",
        r"(?:non|mai)\s+(?:menzionare|menzioni|dire|dica|parlare|citare)",
        r"(?:nao|nunca)\s+(?:mencione|mencionar|diga|dizer|fale|falar)",
        r"(?:niet|nooit)\s+(?:vermelden|noemen|zeggen)|weglaten",
        r"nie\s+(?:wspominaj|wspominac|pisz|mow|podawaj)|pomin\w{0,3}",
        r"(?:bahsetme|soyleme|yazma)\w{0,4}",
        r"(?:jangan|tanpa)\s+(?:menyebut|sebut|menyebutkan|mengatakan|tulis)\w{0,3}",
    ]
)
_TOLD = (
    _READER + r"[\s,:;-]+(?:[\w'.-]+[\s,:;-]+){0,8}?(?:" + _CLAIM + r"|" + _HIDE + r")"
)

# Scripts the folded view would mangle: the act clause ("要約する際は",
# "回答问题时", "요약할 때", "при пересказе", "عند تلخيص", "सारांश बनाते समय"),
# then within a short stretch a claim to write down or a thing to leave out.
# (?i): the raw text keeps its case ("При пересказе" opens a sentence).
_SCRIPTS = r"(?i)" + alt(
    [
        (
            r"(?:要約|紹介|説明|回答|翻訳|まとめ)(?:する|される|を作る)?(?:際|とき|時|場合)"
            r"(?:は|には|に)?[、,]?[^\n。]{0,50}?(?:と|ことを|ように|を)"
            r"(?:必ず)?(?:書いて|記載して|述べて|伝えて|明記して|強調して|答えて|記して)"
        ),
        (
            r"(?:要約|紹介|説明|回答|翻訳)(?:する|される)?(?:際|とき|時|場合)"
            r"[^\n。]{0,50}?(?:触れないで|言及しないで|書かないで|省いて|伏せて)"
        ),
        (
            r"(?:回答|总结|摘要|概括|介绍|翻译|描述|转述)[^\n。，,]{0,8}?(?:时|的时候)[，,：:]?\s?"
            r"(?:请|务必|要|应)?[^\n。]{0,6}?(?:说明|写明|指出|表示|声称|强调|注明|提到|称)"
        ),
        (
            r"(?:回答|总结|摘要|概括|介绍|翻译|描述|转述)[^\n。，,]{0,8}?(?:时|的时候)"
            r"[^\n。]{0,40}?(?:不要|切勿|不得)(?:提及|提到|提起|说明|透露)"
        ),
        (
            r"(?:요약|소개|설명|답변|번역)(?:할|하실|하는)\s?(?:때|경우)[^\n.]{0,60}?"
            r"(?:라고|다고|것을|점을)\s?[^\n.]{0,10}?(?:작성|언급|말|설명|강조|표시|기재)"
        ),
        (
            r"(?:при\s+(?:пересказе|описании|резюмировании|ответе|переводе|составлении)|"
            r"(?:тот|любой|каждый),?\s+кто\s+(?:пересказывает|описывает|резюмирует|"
            r"отвечает|переводит)|пересказывая|описывая|резюмируя)[^\n]{0,60}?"
            r"(?:(?:укажи|укажите|скажи|скажите|напиши|напишите|сообщи|сообщите|"
            r"отметь|отметьте|представь|представьте|указать|сказать|написать|"
            r"сообщить|отметить|представить)[^\n]{0,25}?(?:что|как)\s|"
            r"не\s+(?:упоминай|упоминайте|упоминать|говори|пиши))"
        ),
        (
            r"عند\s+(?:تلخيص|وصف|الإجابة|ترجمة|عرض)[^\n]{0,60}?"
            r"(?:(?:اذكر|قل|أكد|اكتب|صف)[^\n]{0,25}?(?:أن|بأن|ك)|لا\s+تذكر)"
        ),
        (
            r"(?:सारांश|वर्णन|उत्तर|अनुवाद)[^\n।]{0,20}?(?:करते|देते|बनाते|लिखते)\s+"
            r"समय[^\n।]{0,60}?(?:कि\s[^\n।]{0,40}?)?(?:बताएं|लिखें|कहें|बताओ|लिखो|कहो|"
            r"उल्लेख\s+न)"
        ),
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.reader_told_claim.view", _CAT, _TOLD, score=0.8,
         max_len=320,
         description="whoever summarises this sheet should say that ..."),
    raw_rule("injection.reader_told_claim.scripts", _CAT, _SCRIPTS,
             "要約する際は ... と必ず書いてください", score=0.8, max_len=200),
)  # fmt: skip
