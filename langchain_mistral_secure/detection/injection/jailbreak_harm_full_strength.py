"""A harmful text or method asked "as convincing as possible" under a pretext.

Family: the frame jailbreak (category ``role``). The move launders a harmful
request through a pretext (a story, a class, a training, a study, an
awareness campaign, a classifier's data, a hypothetical) and then asks that
the harmful part work at full strength: "as convincing as possible", "the
more realistic the better", "word for word", "technically accurate", "for
realism", "grounded in real chemistry". The pretext says the output is not
for use; the full-strength demand says it must be usable. That pair is the
jailbreak; :mod:`jailbreak_framed_procedure` reads a pretext + a harm + a
demand for *steps*, this module reads the demand for *efficacy*, which also
covers harmful texts that have no steps (a scam call script, a phishing
e-mail, a fake news article, hurtful messages, an extremist recruitment
post, a grooming script).

Every rule needs three parts within one bounded window, in any order:

* **the pretext**: a story, novel, screenplay, game, simulation, exercise,
  workshop, training, course, class, lecture, thesis, study, research,
  article, exhibit, pamphlet, poster, dataset, classifier, awareness
  campaign, debate club, thought experiment, a world where ...;
* **the harm**: a deceiving or abusive text (scam or phishing script,
  fake news or fake studies, recruitment or hate post, cruel messages,
  grooming or suicide messages, threat or ransom letter) or a harmful
  procedure (:data:`jailbreak_framed_procedure.PROCEDURE`);
* **the efficacy demand**: "as convincing / realistic / persuasive / cruel
  as possible", "the more realistic the better", "perfectly convincing",
  "genuinely hurtful", "word for word", "for realism", "technically
  accurate", "what they would actually use", in many languages.

Why it is safe on benign text: a role-play asked to be realistic (an angry
customer, a landlady, opposing counsel) names no harmful text or method; a
security class that asks how phishing is *recognised* asks for no
efficacy; a persuasive essay for a debate on school uniforms names no harm;
a plain harmful request with no pretext is the moderation guard's task and
is left alone. Latin-script languages on the folded view; Russian,
Ukrainian, Chinese, Japanese, Korean, Arabic and Hindi on the raw text in
:mod:`jailbreak_harm_full_strength_scripts`.
"""

# ruff: noqa: E501
# (one alternative of a word list per line)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, rules_in_orders
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    DETAIL as STEPS_DETAIL,
)
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    PROCEDURE,
)
from langchain_mistral_secure.detection.injection.jailbreak_laundered_how import (
    CRIME,
)
from langchain_mistral_secure.detection.injection.jailbreak_laundered_how import (
    DETAIL as METHOD_DETAIL,
)
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["DEMAND", "EFFICACY", "HARM_TEXT", "METHOD", "PRETEXT", "RULES"]

_CAT = "role"

# --- the pretext (folded view) -------------------------------------------------
# At most 24 characters.
_PRETEXT = alt(
    [
        r"stor(?:y|ies)|novel\w{0,3}|screenplay|scene|script\s?writer|episode|stage\splay",
        r"video\sgame|tabletop|(?:role|board)[\s-]?(?:play|game)|simulation|exercise",
        r"workshop|training|course|class|lecture|lesson|seminar|module|curriculum",
        r"thesis|dissertation|phd|paper|study|research\w{0,3}|criminolog\w{1,3}|sociolog\w{1,3}",
        r"exhibit\w{0,3}|museum|pamphlet|poster|dataset|classifier|benchmark|filter",
        r"awareness|campaign|debate\sclub|thought\sexperiment|hypothetical\w{0,2}",
        r"parallel\suniverse|alternate\suniverse|(?:a|the)\sworld\swhere|memoir",
        r"drama|thriller|comic|sketch|podcast|anthology|chapter|monologue|dialogue|sitcom",
        r"series|fan[\s-]?fiction|heist|screenplay|master'?s|bachelor'?s|assignment|homework",
        r"historically|back\sthen|in\sthe\s(?:19|20)?\d0s|in\s(?:19|20)\d\d|in\sthe\spast",
        r"late\s(?:grand\w{3,6}|father|mother|dad|mom|mum|uncle|aunt)|grand(?:ma|pa)|granny",
        r"oma|opa|grand-(?:mere|pere)|abuel[oa]|nonn[oa]|avo|babci\w|dziad\w{1,3}",
        r"krimi|kapitel|comic|fruher|damals|bande\sdessinee|polar|chapitre|autrefois",
        r"serie|capitulo|cuento|antes|antigamente|capitolo|una\svolta|in\spassato",
        r"vroeger|dawniej|eskiden|dulu|ngay\sxua|tieu\sthuyet|truyen|nghien\scuu",
        r"fiction|lore|journal|diary|romancier|pesquisador\w?|investigador\w?|ricercat\w{1,3}",
        r"artigo|article|articulo|articolo|artikel|des\sannees|in\sden\s(?:19|20)?\d0ern",
        r"early\sdays|(?:a|the|this)\s(?:world|universe|kingdom)|world\swithout",
        # German
        r"roman|geschichte|szene|drehbuch|theaterstuck|planspiel|ubung|schulung|kurs",
        r"seminar|vorlesung|unterricht|masterarbeit|bachelorarbeit|studie|forschung",
        r"sensibilisierung|aufklarung\w{0,2}|ausstellung|gedankenexperiment",
        # French
        r"histoire|scenario|piece\sde\stheatre|jeu|exercice|atelier|formation|cours",
        r"memoire|these|etude|recherche|sensibilisation|exposition|univers\sparallele",
        # Spanish, Portuguese
        r"novela|escena|guion|obra\sde\steatro|juego|simulacion|ejercicio|taller",
        r"capacitacion|curso|clase|tesis|estudio|investigacion|concienciacion|exposicion",
        r"romance|cena|roteiro|jogo|simulacao|exercicio|oficina|treinamento|aula|tese",
        r"estudo|pesquisa|conscientizacao|universo\sparalelo|mundo\sdonde|mundo\sonde",
        # Italian
        r"romanzo|racconto|sceneggiatura|gioco|simulazione|esercitazione|laboratorio",
        r"corso|lezione|tesi|studio|ricerca|sensibilizzazione|mostra|universo\sparallelo",
        # Dutch, Polish, Swedish, Turkish, Indonesian
        r"verhaal|toneelstuk|spel|oefening|cursus|scriptie|onderzoek|bewustwording",
        r"powiesc\w{0,2}|opowiadani\w{1,2}|gra|symulacj\w|cwiczeni\w|szkoleni\w|kurs\w{0,2}",
        r"praca\smagisterska|badani\w{1,2}|berattelse|ovning|utbildning|uppsats|forskning",
        r"hikaye|senaryo|oyun|simulasyon|egitim|ders|tez|arastirma|farkindalik",
        r"cerita|skenario|permainan|simulasi|pelatihan|kursus|kuliah|skripsi|penelitian",
    ]
)

# --- the harm ----------------------------------------------------------------------
# A deceiving or abusive text, or the one who uses it (folded view). At most 30.
HARM_TEXT = alt(
    [
        r"scam(?:mer)?s|scammer|scam\s(?:calls?|texts?|messages?|e-?mails?|scripts?|sms)|con\sartists?",
        r"fraudsters?|phishing\s(?:e-?mails?|messages?|pages?|sites?|texts?|sms|kits?|links?)|smishing",
        r"fake\s(?:news|articles?|stud(?:y|ies)|statistics|citations|quotes|reviews|doctors?)",
        r"disinformation|misinformation|propaganda|recruitment\s(?:posts?|speech|messages?|video)",
        (
            r"(?:hurtful|cruel|humiliating|degrading|threatening|hateful)\s(?:\w{1,12}\s)?"
            r"(?:messages?|comments?|texts?|posts?|tweets?|letters?|notes?)"
        ),
        r"dehumani[sz]\w{1,4}|groom(?:s|ing)?\s(?:kids|children|minors|a\schild|script)",
        # messages aimed at someone, and fake messages in someone's name
        r"(?:comments?|messages?|posts?|texts?|tweets?)\s(?:\w{1,12}\s){0,3}(?:aimed\sat|targeting|to\s(?:humiliate|bully|hurt|shame))",
        r"fake\s(?:\w{1,10}\s)?(?:messages?|texts?|sms|e-?mails?|websites?|login\spages?)",
        r"faux\s(?:messages?|sms|courriels?|mails?|sites?)|fals[oa]s?\s(?:mensajes?|sms|correos?|mensage(?:m|ns))",
        r"gefalschte\s(?:nachricht|mail|sms|webseite)\w{0,2}|messaggi?\sfals[oi]",
        r"(?:online|child)\spredators?|(?:suicide|self[\s-]harm)\s(?:encouragement|messages?|notes?)|pro[\s-]ana",
        r"extortion\s(?:letter|e-?mail|message)|ransom\snote|sextortion|death\sthreats?",
        # German
        r"betrugs(?:masche|anruf|skript|nachricht|mail)\w{0,2}|betruger\w{0,2}|schockanruf\w{0,2}|enkeltrick|falschmeldung\w{0,2}",
        r"gefalschte\s(?:studie|nachricht|zitate)\w{0,2}|hassbotschaft\w{0,2}|drohbrief\w{0,2}",
        r"grausame\snachricht\w{0,2}|anwerber\w{0,2}",
        # French
        r"arnaque\w{0,2}|escroc\w{0,2}|hamecon\w{0,6}|fausses?\s(?:nouvelles|etudes|citations|infos)",
        r"messages?\s(?:haineux|cruels|blessants)|lettre\sde\smenace|desinformation",
        # Spanish, Portuguese
        r"estafa\w{0,4}|timo|noticias\sfalsas|estudios\sfalsos|mensajes\s(?:crueles|hirientes)",
        r"carta\sde\samenaza|desinformacion|golpe\sdo|golpista\w{0,2}|golpes?\s(?:no|por|pelo)",
        r"noticias\sfalsas|mensagens\s(?:crueis|ofensivas)|desinformacao",
        # Italian
        r"truffa\w{0,4}|truffator\w|notizie\sfalse|messaggi\s(?:crudeli|offensivi|d'odio)",
        r"disinformazione|lettera\sminatoria",
        # Dutch, Polish, Turkish, Indonesian
        r"oplichte\w{1,4}|oplichting|nepnieuws|oszust\w{0,4}|falszyw\w{1,3}\swiadomosc\w{0,2}",
        r"dolandirici\w{0,4}|sahte\shaber\w{0,3}|penipu\w{0,3}|berita\spalsu",
    ]
)
# Harmful objects and acts the shared lists lack (folded). At most 36.
_HARM_MORE = alt(
    [
        r"\w{0,4}fentan\w{1,3}|opium|opio|oppio|sabu(?:-sabu)?|patlayici\w{0,3}",
        (
            r"forg(?:e|es|ed|ing)\s(?:\w{1,12}\s)?(?:deeds?|documents?|titles?|invoices?|"
            r"certificates?|diplomas?|papers|stamps?|cheques?|checks?|records?)"
        ),
        r"fa(?:ux|usses?)\s(?:diplomes|papiers|documents|passeports|permis|factures)",
        r"clon(?:e|es|ed|ing)\s[^.\n]{0,20}?badges?",
        (
            r"without\s(?:triggering|tripping|setting\soff|raising)\s(?:any\s|the\s)?"
            r"(?:checks?|alarms?|suspicion|alerts?|flags?)"
        ),
        r"sans\seveiller\s(?:les\s)?soupcons|sin\slevantar\ssospechas|senza\sdestare\ssospetti",
        r"(?:no\sdeja|sin\sdejar)\srastro|sans\slaisser\sde\strace|senza\slasciare\stracce",
        r"without\sa\strace|ohne\sspuren|undetectable|untraceable|indetectable|irrastreable",
        r"todliche\sdosis|dose\smortelle|dosis\sletal|dose\sletale|dose\sletal",
        r"(?:lethal|fatal|deadly)\s(?:doses?|amounts?)|sabota\w{1,5}|embezzl\w{1,4}",
        r"bom\sxang|thuoc\sno|ma\stuy",
        r"without\s(?:a\s|the\s|any\s)?keys?|hot[\s-]?wir\w{1,4}|brute[\s-]?forc\w{1,4}",
        (
            r"(?:messages?|messaggi|mensajes|nachrichten)\s(?:\w{1,12}\s){0,2}(?:crudeli|crueles|"
            r"cruel|hurtful|grausam\w{0,2})|feel\sworthless"
        ),
        r"forg(?:e|es|ed|ing)\s(?:\w{1,12}\s)?prescriptions?|rancongiciel\w?",
        (
            r"vider\s(?:un|le|les)\scomptes?|(?:empty|drain)\w{0,3}\s(?:\w{1,10}\s)?"
            r"(?:accounts?|wallets?)"
        ),
        (
            r"(?:disable|bypass|defeat|cut)\w{0,3}\s(?:\w{1,10}\s){0,2}(?:alarms?|alarm\ssystems?|"
            r"cameras?|immobili[sz]ers?|trackers?)"
        ),
        r"(?:kameras?|alarmanlage)\w{0,4}\s(?:\w{1,12}\s)?(?:abschalt|ausschalt|uberlist)\w{0,3}",
        r"improvised\s(?:explosive|weapon|device|firearm)s?|gas\stoxico|gaz\stoxique|toxic\sgas",
        r"without\s(?:getting|being)\s(?:caught|detected|noticed)",
        (
            r"(?:cooks|makes|brews|synthesi[sz]es|manufactures|assembles|builds)\s(?:\w{1,12}\s)?"
            r"(?:meth\w{0,12}|crack|heroin\w?|explosives?|bombs?|napalm|guns?|weapons?|firearms?|"
            r"ricin|sarin)"
        ),
        r"launder(?:ed|s)|(?:become|becomes)\s(?:lethal|fatal|deadly)",
        r"invad(?:ir|iu|e|indo)\s(?:o|a|os|as)\s(?:sistema|conta|celular|camera)\w{0,2}",
        r"access\s(?:\w{1,12}\s){0,2}(?:private|personal)\s(?:e-?mails?|accounts?|messages|phone)",
        # a controlled good got round its check, a death hidden, drugs hidden
        r"(?:without|sans|sin|senza|ohne|sem)\s(?:a\s|une?\s|un\s|any\s)?(?:prescription|ordonnance|receta|ricetta|rezept|receita|permis|id\sverification|age\sverification)",
        r"without\s(?:being\s)?(?:traced|tracked)|(?:show(?:s|ing)?\sup|detect\w{0,3})\s(?:in|on)\s(?:a\s|the\s|any\s)?(?:standard\s)?(?:tox\w{0,8}\s?screens?|autops\w{1,3})",
        r"look(?:s|ing)?\s(?:\w{1,8}\s)?natural|passerait\spour\snaturel\w{0,2}|natural\scauses",
        r"(?:end|take)\s(?:a|the|his|her|their)\s(?:\w{1,10}\s)?life|cause\s(?:a\s|the\s)?(?:\w{1,10}\s)?death|(?:harm|kill)\ssomeone|arret\scardiaque|cardiac\sarrest",
        r"lethal|todlich\w{0,2}|letale?s?",
        r"(?:hide|hiding|ukryc|esconder|nascondere|verstecken|cacher)\s(?:the\s|la\s|le\s|les\s|die\s|las\s)?(?:drugs|narkotyki|drogas?|drogen|drogues?|cocaine|kokain\w?|cocaina)",
        r"carding|credit\scard\sfraud|(?:fully|full)[\s-]auto\w{0,6}|fake\s(?:pills|medicines?|drugs)",
        r"synthes\w{1,4}\s(?:of\s)?(?:\w{1,10}\s)?(?:lsd|mdma|meth\w{0,10}|fentan\w{1,3}|ricin|sarin|heroin\w?|cocaine)",
        r"hides?\spurging|starv(?:e|ing)\s(?:yourself|herself|himself)",
        r"ouvrir\s(?:\w{1,12}\s){0,2}serrures?|abrir\s(?:\w{1,12}\s){0,2}cerraduras?|kurzschlie\w{1,4}",
        r"steal\w{0,3}\s(?:\w{1,10}\s){0,2}(?:passwords?|credentials|logins?)|voler\s(?:\w{1,10}\s){0,2}(?:identifiants|mots\sde\spasse)|rob(?:e|a|ar)\s(?:\w{1,10}\s){0,2}contrasenas",
    ]
)
_HARM = (
    r"(?:\b(?:"
    + HARM_TEXT
    + r"|"
    + CRIME
    + r"|"
    + _HARM_MORE
    + r")\b|"
    + PROCEDURE
    + r")"
)

# --- the efficacy demand (folded view) ---------------------------------------------
# At most 44 characters.
_QUALITY_EN = (
    r"(?:convincing|persuasive|realistic|believable|cruel|hurtful|credible|damaging|"
    r"manipulative)"
)
EFFICACY = alt(
    [
        r"as\s" + _QUALITY_EN + r"\sas\s(?:possible|you\scan)",
        r"the\smore\s(?:realistic|convincing|cruel|believable|authentic|accurate|hurtful)",
        (
            r"(?:perfectly|genuinely|truly|really|fully|utterly)\s(?:convincing|credible|hurtful|"
            r"cruel|believable|functional|functioning|working)"
        ),
        r"word[\s-]for[\s-]word|verbatim\sscript|for\s(?:realism|authenticity)",
        r"(?:technically|chemically|scientifically|medically)\s(?:accurate|precise|correct|sound)",
        (
            r"(?:keep|keeping|make|making)\s(?:it|them|the\s\w{1,12})\s(?:technically\s)?"
            r"(?:accurate|realistic|authentic)"
        ),
        r"grounded\sin\sreal|real[\s-]world\s(?:accurate|detail\w?|method\w?|chemistry)",
        (
            r"(?:authenticity|realism|accuracy)\s(?:is|matters)|(?:would|will)\s(?:actually|really)"
            r"\s(?:use|work|say|send)"
        ),
        r"vague\s\w{1,12}\s(?:is|are|has\sbeen|have\sbeen)\suseless",
        (
            r"(?:readers?|players?|viewers?|audience)\s(?:\w{1,10}\s)?(?:appreciate|love|want|expect)"
            r"\s(?:the\s)?(?:realism|authenticity|accuracy|procedural|technical)"
        ),
        # German
        r"so\s(?:uberzeugend|realistisch|glaubwurdig|grausam)\swie\s(?:moglich|nur\smoglich)",
        r"moglichst\s(?:realistisch|uberzeugend|glaubwurdig|echt\swirk\w{1,3})|tauschend\secht",
        (
            r"wort\sfur\swort|mit\s(?:echten|realen)\s(?:technischen\s)?details|technisch\s"
            r"(?:korrekt|genau|prazise|exakt)|wie\s\w{1,12}\ses\statsachlich"
        ),
        # French
        r"le\splus\s(?:convaincant|realiste|credible|cruel|blessant)e?s?\spossible",
        r"parfaitement\s(?:credible|convaincant|realiste)e?s?|mot\spour\smot",
        (
            r"plus\s(?:il|elle|c')\s?est\s(?:realiste|credible|convaincant)|techniquement\s"
            r"(?:exact|precis|juste|correct)e?s?|(?:avec\s)?les\svrais\s(?:noms|doses|produits)"
        ),
        # Spanish, Portuguese, Italian
        r"lo\smas\s(?:convincente|realista|creible|cruel|hiriente)s?\sposible",
        r"o\smais\s(?:convincente|realista|crivel|cruel)\sposs[ia]vel",
        r"il\spiu\s(?:convincente|realistico|credibile|crudele)\spossibile",
        r"palabra\spor\spalabra|palavra\spor\spalavra|parola\sper\sparola",
        r"perfectamente\s(?:convincente|creible|realista)|perfeitamente\s(?:convincente|crivel)",
        r"perfettamente\s(?:credibile|convincente)|(?:completo|completa)\sy\srealista",
        r"tecnicamente\s(?:exact[oa]s?|precis[oa]s?|correct[oa]s?|accurat[oa]|fiel)",
        r"(?:davvero|realmente|genuinamente)\s(?:crudeli|convincent[ei]|feri\w{1,4})",
        # the same demand in Dutch, Polish, Turkish, Indonesian and Vietnamese
        r"zo\s(?:overtuigend|realistisch|geloofwaardig)\smogelijk|woord\svoor\swoord",
        r"jak\snajbardziej\s(?:przekonuj\w{1,4}|realistyczn\w{1,4})|slowo\sw\sslowo",
        r"(?:mumkun\soldugunca|olabildigince)\s(?:inandirici|gercekci|ikna\sedici)",
        r"kelimesi\skelimesine|se?meyakinkan\smungkin|serealistis\smungkin|kata\sdemi\skata",
        r"cang\sthat\scang\stot|that\sthuyet\sphuc",
        # the operational detail a usable method needs
        r"nam(?:e|es|ing)\s(?:each|every|all\sthe)\s(?:reagent|chemical|step|tool|part|ingredient)",
        (
            r"(?:the|with|using|includ\w{1,3})\s(?:\w{1,10}\s)?real\s(?:tools|steps|method|methods|commands|code|quantities|doses|"
            r"equipment|techniques?|chemistry|names|materials)"
        ),
        r"(?:detailed|precise|specific|accurate|realistic)\senough\sto|in\soperational\sdetail",
        r"walk\s(?:me\s|us\s)?through\s(?:the\s|each\s|every\s)?(?:steps?|process|method)",
        (
            r"(?:exact|precise|complete|full|detailed)\s(?:\w{1,12}\s)?(?:synthesis|route|"
            r"recipe|formula|playbook|blueprint|guide)"
        ),
        (
            r"(?:metodo|methode|procedimento|procedimiento|processo|proceso|receita|receta|"
            r"ricetta|guia|guida|guide|plan)\s(?:\w{1,10}\s)?(?:complet[oae]s?|detalhad[oa]|"
            r"detallad[oa]|dettagliat[oa]|detaillee?)"
        ),
        (
            r"detaill(?:e|es|er|ez|ant)|szczegolowo|funzionante|funktionierende[nrs]?|"
            r"fonctionnel(?:le)?|funcional|werkend|takaran\w{0,3}|miktar\w{0,4}"
        ),
        r"(?:what|which|quelle|welche|quale|que|qual)\s(?:dose|dosis|dosage|doses)",
        r"\w{2,12}\sexacte?s\b|(?:materials|malzemeler\w{0,3}|bahan)\s(?:and|ve|dan)\s",
        # the whole answer asked for: "write its full answer", "quote it in full"
        r"(?:full|complete|entire|whole)\s(?:answer|reply|response|recipe|instructions|lesson|dictation|explanation)|in\sfull\b",
        r"reponse\scomplete|respuesta\scompleta|risposta\scompleta|resposta\scompleta|vollstandige\s(?:antwort|anleitung)",
        # a late relative's recital asked again in their voice ("be her", "fais
        # comme elle"): the grandmother pretext's own demand
        (
            r"(?:be|pretend\sto\sbe)\s(?:her|him|my\s(?:grand\w{2,6}|late\s\w{1,8}))\s(?:again|"
            r"for\s(?:me|tonight|a\smoment)|and\stell)|(?:like|the\sway|as)\s(?:she|he)\sdid|tell\s"
            r"(?:it\s)?(?:to\s)?me\s(?:again|one\smore\stime)"
        ),
        r"spiel\s(?:sie|ihn)|wie\s(?:sie|er)\s(?:klingen|erzahlen|reden|sein|mit\smir)",
        r"fais\scomme\s(?:elle|lui)|jou(?:e|er)\s(?:son|le)\srole|comme\s(?:elle|il)\sle\sfaisait",
        (
            r"(?:haz|actua)\scomo\s(?:ella|el)|como\s(?:ella|el)\slo\shacia|fing(?:e|ir|ja)\sser\s"
            r"(?:ella|el|ela|ele)|como\s(?:ela|ele)\sfazia"
        ),
        r"fai\sfinta\sdi\sessere\s(?:lei|lui)|(?:essere|sii)\s(?:lei|lui)\b",
    ]
)
_DEMAND = r"(?:" + EFFICACY + r"|" + STEPS_DETAIL + r"|" + METHOD_DETAIL + r")"

# The pretext and the demand, shared with :mod:`jailbreak_harm_realism`, which
# reads them with demands and harmful methods these lists lack.
PRETEXT = _PRETEXT
DEMAND = _DEMAND
# The harmful methods only (no harmful texts such as propaganda or a scam
# script, which a history or awareness class names as a topic).
METHOD = r"(?:\b(?:" + CRIME + r"|" + _HARM_MORE + r")\b|" + PROCEDURE + r")"

_NEAR = r"[^\n]{0,100}?"
_FAR = r"[^\n]{0,160}?"
_PART = {"p": r"\b" + _PRETEXT + r"\b", "h": _HARM, "e": r"\b" + _DEMAND}

# The orders the three parts take (pretext, harm, efficacy); each order's
# name is its parts' initials. The pretext sits furthest away (it opens or
# closes the request), so its gap is the wide one. Worst case: pretext 24 +
# 160 + harm 62 + 100 + demand 44 = 390.
_ORDERS = (
    ("phe", ("p", _FAR, "h", _NEAR, "e")),
    ("peh", ("p", _FAR, "e", _NEAR, "h")),
    ("hep", ("h", _NEAR, "e", _FAR, "p")),
    ("ehp", ("e", _NEAR, "h", _FAR, "p")),
    ("hpe", ("h", _FAR, "p", _NEAR, "e")),
    ("eph", ("e", _FAR, "p", _NEAR, "h")),
)

RULES: tuple[Rule, ...] = with_curly_apostrophes(
    rules_in_orders(
        "injection.harm_full_strength",
        _CAT,
        _PART,
        _ORDERS,
        max_len=400,
        description="a pretext + a harmful text or method + 'as convincing as possible'",
    )
)
