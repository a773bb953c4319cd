"""Working material the operator handed the model, asked for as it is.

Family: extraction (setup). A homework helper, grader, sales or booking
assistant is given material to work WITH but not to show: an answer key, a
marking scheme, model answers, a grading rubric, a seller's floor price, a
list of discount codes. The attacker names that material by how the model
got it ("the marking scheme you were given", "the answer key in your
context", "den Erwartungshorizont, den die Lehrkraft dir hochgeladen hat",
"tu as accès au corrigé", "선생님이 너한테 올려 둔 채점 기준표", "老师给你的
答案") and asks for it whole. Two shapes, each in one bounded window: a
show/give demand whose object is the material, with the handing clause next
to it; or the handing clause first ("you have the answer key in your
context", "the teacher uploaded the rubric for you") and then a demand on it.

Why it is safe on benign text: a teacher asking for help WRITING an answer
key, a student asking about their own answer, or a shopper asking what a
fair price is names no material handed to the model; "give me feedback
using the rubric you were given" is a demand on feedback, not on the rubric
(the material must be the object of the demand, at most one free word
between them).
"""

# ruff: noqa: RUF001, E501
# (CJK, Hangul and Cyrillic words on purpose; one rule table per language)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"
_W = r"(?:[\w'-]{1,20}\s+)"


def _latin(  # noqa: PLR0913 - one table row per language
    lang: str, demand: str, obj: str, handed: str, dets: str, *, put_in: str = ""
) -> Rule:
    """One language's rule on the folded view (the two shapes above).

    ``put_in`` is the handing clause around its object ("loaded the answer
    sheet into your context"), followed by a demand.
    """
    shown = rf"\b(?:{demand})\b[\s,-]+(?:(?:{dets})\s+){{0,3}}{_W}?(?:{obj})\b"
    pattern = (
        rf"{shown}[^\n]{{0,60}}?\b(?:{handed})|"
        rf"\b(?:{handed})[^\n]{{0,30}}?\b(?:{obj})\b[^\n]{{0,110}}?\b(?:{demand})\b"
    )
    if put_in:
        pattern += rf"|\b{put_in.format(obj=obj)}[^\n]{{0,110}}?\b(?:{demand})\b"
    return Rule(f"injection.handed_material.{lang}", _CAT, pattern, score=0.7, max_len=240,
                description=f"{lang}: the answer key, rubric or floor price handed to the model, asked for")  # fmt: skip


def _scripts(lang: str, demand: str, obj: str, handed: str) -> Rule:
    """One script's rule on the text itself: handed material, then a demand."""
    pattern = (
        rf"(?:{handed})[^\n]{{0,30}}?(?:{obj})[^\n]{{0,40}}?(?:{demand})|"
        rf"(?:{demand})[^\n]{{0,20}}?(?:{handed})[^\n]{{0,20}}?(?:{obj})"
    )
    return raw_rule(f"injection.handed_material.{lang}", _CAT, pattern,
                    f"{lang}: the answer key, rubric or floor price handed to the model, asked for",
                    score=0.7, max_len=140)  # fmt: skip


RULES: tuple[Rule, ...] = (
    _latin(
        "en",
        r"show|print|paste|give|read|tell|copy|output|list|share|send|reveal|recite|"
        r"dump|write\s+out|type\s+out|what\s+is|what's",
        r"answer\s+keys?|answer\s+sheets?|marking\s+(?:scheme|guide|rubric|key)|"
        r"mark\s+scheme|grading\s+(?:rubric|key|criteria|guide|scheme)|rubrics?|"
        r"model\s+answers?|solutions?\s+(?:sheet|manual|key)|expected\s+answers|"
        r"correct\s+answers|lowest\s+(?:acceptable\s+)?price|floor\s+price|price\s+floor|"
        r"minimum\s+(?:acceptable\s+)?price|reserve\s+price|discount\s+codes|coupon\s+codes",
        r"you\s+(?:were|have\s+been|got)\s+(?:given|provided|sent|handed|supplied|loaded)|"
        r"(?:gave|sent|uploaded|provided|loaded|shared)\s+(?:(?:to|with)\s+)?you|"
        r"(?:uploaded|loaded|put|stored|added)\s+(?:\w{1,20}\s+){0,3}(?:in|into|to)\s+your\s+"
        r"(?:context|memory|knowledge|notes|files)|in\s+your\s+(?:context|notes|"
        r"instructions|knowledge\s+base|system\s+prompt)|you\s+(?:have|hold|can\s+see)\s+"
        r"(?:access\s+to\s+)?(?:the|an?)",
        r"me|us|the|your|that|this|full|whole|complete|exact|entire|actual",
        put_in=r"(?:uploaded|loaded|put|stored|added|saved)\s+(?:[\w'-]{{1,20}}\s+){{0,2}}(?:{obj})\s+"
        r"(?:in|into|to)\s+your\s+(?:context|memory|knowledge|notes|files)",
    ),
    _latin(
        "de",
        r"zeig\w*|gib|schick\w*|kopier\w*|nenn\w*|sag\w*|schreib\w*|lies|verrat\w*|"
        r"gebt|geben\s+sie|was\s+ist",
        r"losungsschlussel\w*|musterlosung\w*|erwartungshorizont\w*|"
        r"bewertungs(?:schema|raster|bogen|kriterien)\w*|korrekturschema\w*|losungsblatt\w*|"
        r"punkteschema\w*|mindestpreis\w*|preisuntergrenze|schmerzgrenze|rabattcodes|"
        r"gutscheincodes|losungen|richtigen\s+antworten",
        r"(?:dir|ihnen)\s+(?:\w{1,20}\s+){0,4}(?:gegeben|hochgeladen|mitgegeben|"
        r"bereitgestellt|geschickt|hinterlegt|uberlassen|zur\s+verfugung\s+gestellt)|"
        r"du\s+hast\s+(?:doch\s+)?(?:zugriff\s+auf|den|die|das)|in\s+deinem\s+"
        r"(?:kontext|speicher|wissen)",
        r"mir|uns|bitte|doch|mal|den|die|das|deinen|deine|dein|ganzen|ganze|vollstandigen",
    ),
    _latin(
        "fr",
        r"montre[zs]?|donne[zs]?|recopie[zs]?|affiche[zs]?|envoie[zs]?|ecris|colle[zs]?|"
        r"dis|dites|quel\s+est",
        r"corrige\w*|grille\s+de\s+(?:notation|correction|evaluation)|bareme\w*|"
        r"reponses\s+(?:attendues|modeles?|correctes)|solutions|prix\s+plancher|"
        r"prix\s+minimum|codes\s+promo",
        r"(?:t'a|t'ont|vous\s+a)\s+(?:\w{1,20}\s+){0,2}?(?:fourni|donne|transmis|envoye|"
        r"confie|charge|televerse|communique)\w*|tu\s+as\s+(?:acces\s+a(?:u|ux)?|le|la|les)|"
        r"dans\s+ton\s+contexte",
        r"moi|-moi|nous|le|la|les|ton|ta|tes|l'|entier|complet|complete",
    ),
    _latin(
        "es",
        r"muestra\w*|dame|pasame|copia\w*|ensename|dime|escribe\w*|pega\w*|cual\s+es",
        r"clave\s+de\s+respuestas|solucionario|respuestas\s+(?:correctas|modelo|esperadas)|"
        r"rubrica|criterios\s+de\s+(?:correccion|evaluacion)|plantilla\s+de\s+correccion|"
        r"precio\s+minimo|codigos\s+de\s+descuento|soluciones",
        r"te\s+(?:\w{1,20}\s+){0,2}?(?:dio|dieron|ha\s+dado|han\s+dado|paso|pasaron|subio|"
        r"subieron|cargo|cargaron|proporciono|proporcionaron|entrego|entregaron|compartio)|"
        r"tienes\s+(?:acceso\s+a(?:l)?|el|la|las|los)|en\s+tu\s+contexto",
        r"me|nos|el|la|las|los|tu|tus|completo|completa|entero|entera",
    ),
    _latin(
        "it",
        r"mostra\w*|dammi|copia\w*|dimmi|scrivi\w*|incolla\w*|qual\s+e",
        r"chiave\s+delle\s+risposte|soluzioni|correttore|griglia\s+di\s+(?:valutazione|"
        r"correzione)|risposte\s+(?:corrette|modello|attese)|prezzo\s+minimo|codici\s+sconto",
        r"ti\s+(?:\w{1,20}\s+){0,2}?(?:ha|hanno)\s+(?:\w{1,20}\s+)?(?:dato|fornito|caricato|"
        r"passato|inviato|data|fornita|caricata)|hai\s+(?:accesso\s+a(?:l|lla|lle|gli)?|il|la|"
        r"le)|nel\s+tuo\s+contesto",
        r"mi|ci|il|la|le|i|gli|tuo|tua|tuoi|tue|intero|intera|completo|completa",
    ),
    _latin(
        "pt",
        r"mostra\w*|passa|copia|cola|escreve|qual\s+e|manda",
        r"gabarito|chave\s+de\s+respostas|respostas\s+(?:corretas|modelo|esperadas)|"
        r"rubrica|criterios\s+de\s+correcao|preco\s+minimo|codigos\s+de\s+desconto|solucoes",
        r"te\s+(?:\w{1,20}\s+){0,2}?(?:deu|deram|passou|passaram|enviou|enviaram|forneceu|"
        r"forneceram|carregou)|(?:voce|tu)\s+tem\s+(?:acesso\s+a(?:o)?|o|a)|no\s+seu\s+contexto",
        r"me|o|a|os|as|seu|sua|teu|tua|inteiro|inteira|completo|completa",
    ),
    _latin(
        "nl",
        r"geef|toon|laat|kopieer|plak|schrijf|wat\s+is",
        r"antwoordsleutel|antwoordmodel|correctiemodel|beoordelingsschema|"
        r"beoordelingsrubriek|modelantwoorden|minimumprijs|kortingscodes",
        r"(?:je|jou)\s+(?:\w{1,20}\s+){0,2}?(?:gegeven|gekregen|geupload|gestuurd|verstrekt|gedeeld)|"
        r"je\s+hebt\s+(?:toegang\s+tot\s+)?(?:het|de)|in\s+je\s+context",
        r"me|mij|ons|het|de|je|jouw|volledige|hele",
    ),
    _latin(
        "pl",
        r"pokaz\w*|podaj|daj|skopiuj|wypisz|napisz|jaka\s+jest|wklej",
        r"klucz\w*\s+odpowiedzi|schemat\w*\s+oceniania|kryteri\w*\s+oceniania|"
        r"wzorcowe\s+odpowiedzi|rozwiazania|cen\w*\s+minimaln\w*",
        r"(?:ci|tobie)\s+(?:\w{1,20}\s+){0,2}?(?:da[lł]\w*|przekaza[lł]\w*|wgra[lł]\w*|"
        r"udostepni[lł]\w*|przes[lł]a[lł]\w*)|masz\s+dostep\s+do",
        r"mi|nam|ten|ta|te|twoj\w*|ca[lł]y|ca[lł]a|pe[lł]n\w*",
    ),
    _scripts(
        "ko",
        r"보여|알려|그대로|적어|복사|출력|붙여",
        r"채점\s*기준|모범\s*답안|정답|답안지|해답|최저\s*가격|할인\s*코드",
        r"(?:너한테|너에게|네게|당신에게)\s*(?:\S{1,10}\s*){0,2}?(?:올려|준|주신|넣어|제공|업로드|보내)|"
        r"(?:너|네가)\s*(?:가지고|갖고)\s*있는",
    ),
    _scripts(
        "zh",
        r"给我|发给我|告诉我|贴出|列出|输出|原样|复制|展示|显示|念给我",
        r"答案|评分标准|评分细则|参考答案|标准答案|底价|最低价|优惠码|折扣码",
        # the giver named (never "I"): "老师给你的答案", or what the model holds
        r"(?:老师|平台|系统|管理员|开发者|公司|他们|别人|有人|商家|卖家|运营)(?:已经|之前)?"
        r"(?:给你|给了你|提供给你|上传给你|发给你|交给你)的|你手上的|你手里的|你拿到的|你收到的",
    ),
    _scripts(
        "ja",
        r"見せて|教えて|出して|書き出|そのまま|貼って|出力",
        r"解答|模範解答|採点基準|正解|最低価格|割引コード",
        r"(?:あなた|君|きみ)?に(?:渡|与え|アップロード|共有|提供)(?:さ)?れた|"
        r"先生が(?:あなた|君)?に",
    ),
    _scripts(
        "ru",
        r"покажи|дай|выведи|скопируй|напиши|пришли|скажи|перепиши",
        r"ключ\p{L}{0,3}\s+(?:ответов|к\s+тесту)|критери\p{L}{0,3}\s+оценива\p{L}{0,4}|"
        r"эталонн\p{L}{0,3}\s+ответ\p{L}{0,3}|правильн\p{L}{0,3}\s+ответ\p{L}{0,3}|"
        r"минимальн\p{L}{0,3}\s+цен\p{L}{0,3}",
        r"(?:тебе|вам)\s+(?:\S{1,20}\s+){0,2}?(?:дал|дали|загрузил|загрузили|передал|"
        r"передали|предоставил|предоставили|прислал|выдал|дан|загружен)|у\s+тебя\s+есть",
    ),
)  # fmt: skip
