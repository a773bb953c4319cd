"""A harmful method asked "realistically" inside a story, a study or the past.

Family: the frame jailbreak (category ``role``) with no injection wording,
the WildJailbreak shape. A pretext (a novel, a play, a game, a thesis, a
class, the past, a war, a late relative's memoir:
:data:`jailbreak_harm_full_strength.PRETEXT` and a few more) launders a
harmful *method* (a crime verb or a harmful procedure of the shared lists,
:data:`jailbreak_harm_full_strength.METHOD`, or a making of a weapon, an
explosive, a drug, a poison or malware with the verbs and word forms those
lists lack, :data:`MAKING`), and the ask makes it operational in one of
three ways these rules add to :mod:`jailbreak_harm_full_strength`:

* ``realism``: "so the scene feels authentic", "write it realistically",
  "with realism", "readers could replicate it", "be concrete", "the parts
  list", "which dose", "line by line", "glaubwürdig", "avec réalisme",
  "con realismo", "szczegółowo", "trovärdigt" (:data:`REALISM`, twelve
  Latin-script languages);
* ``taught``: a character who teaches the method, "the fixer explains to
  the goalkeeper how to", "er erklärt seinem Komplizen, wie", "un
  pharmacien explique à son complice comment", "uczy wspólnika, jak", or a
  complete guide or playbook asked for (:data:`TEACHES`);
* ``evasion``: the method made to escape whoever would catch it ("without
  customs noticing", "so the auditors never notice", "leaves no traces",
  "sans que personne ne s'en aperçoive", :data:`EVASION`) or done to
  someone else's account, phone or messages (:data:`OTHERS`), or a making
  of :data:`MAKING`, with any demand for detail.

Why it is safe on benign text: harmful *texts* (propaganda, a scam
message) are left to :mod:`jailbreak_harm_full_strength`, so a story in
which a mother explains how to spot a scam call "realistically" passes; a
realistic story names no harmful method (a bakery scene "so it feels
authentic"); a detective who explains how the thief was caught names no
method to do; "what made the Halifax explosion so large" names no made
explosive; recovering a friend's hacked account names no intruder's verb;
a harmful request with no pretext is the moderation guard's task (the
shared harmful-request files are labelled not-injection) and is left alone.
"""

# ruff: noqa: E501
# (one alternative of a word list per line)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, rules_in_orders
from langchain_mistral_secure.detection.injection.jailbreak_harm_full_strength import (
    DEMAND,
    METHOD,
    PRETEXT,
)
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["EVASION", "MAKING", "OTHERS", "REALISM", "RULES", "TEACHES"]

_CAT = "role"

# --- more pretexts (folded view) ----------------------------------------------------
# The past told as a war or an age, and a relative's memoir, which the
# shared pretext list lacks. At most 34 characters.
_MORE_PRETEXT = alt(
    [
        r"during\sthe\s(?:war|occupation|blockade|siege|prohibition)|in\swartime|in\sthe\sold\sdays",
        r"(?:years|decades|centuries)\sago|in\sthe\s1[6-9]th\scentury|memoirs?",
        r"(?:pendant|durant)\sla\sguerre|(?:wahrend\sdes|im)\skrieg\w{0,2}|erinnerungen",
        r"durante\s(?:la|a)\sguerra|memorias|memorie|tijdens\sde\soorlog|(?:w\sczasie|podczas)\swojny",
        r"wspomnieni\w{1,2}|savas\s(?:sirasinda|doneminde)|(?:zaman|masa)\sperang",
        # an Italian crime novel ("giallo" alone is yellow), a Portuguese tale ("conto" alone is a bill)
        r"(?:mio|un|il|nel)\sgiallo|(?:meu|num|no\smeu)\sconto",
    ]
)
_PRETEXT_ALL = r"\b(?:" + PRETEXT + r"|" + _MORE_PRETEXT + r")\b"

# --- the realism demand (folded view) -------------------------------------------
# At most 48 characters.
REALISM = alt(
    [
        # English
        r"(?:feels?|felt|seems?|looks?|sounds?|reads?)\s(?:\w{1,8}\s)?(?:authentic|real|realistic|believable|credible|genuine|legit)",
        r"realistically|with\s(?:(?:full|total|real)\s)?realism|in\sa\s(?:realistic|believable)\sway",
        r"realistic\s(?:detail|details|figures|specifics|steps|numbers|passage)",
        r"(?:readers?|audience|viewers?|players?)\s(?:\w{1,10}\s){0,3}(?:must\sbelieve|believe\s(?:him|her|it)|could\sreplicate|could\sfollow|nod\salong|won'?t\slaugh|wouldn'?t\sroll)",
        r"(?:must|has\sto|needs?\sto|should)\s(?:be|feel|sound|look)\s(?:realistic|authentic|credible|believable|accurate)",
        r"(?:actually|really)\s(?:works?|fires?|shoots?|explodes?|holds?\sup)|could\sreplicate",
        r"(?:real|actual|working)\s(?:code|commands|process|chemical\snames|payloads?|sequence|techniques|recruitment\stechniques|tricks|tips|sites|websites|marketplaces)",
        r"be\s(?:very\s)?(?:concrete|specific|precise|thorough|exact)",
        r"with\s(?:all\s)?(?:his|her|their|the)\s(?:tips|tricks|specifics|practical\sdetails)|all\sthe\spractical\sdetails",
        r"(?:line|message|ingredient|command|component|move)\sby\s(?:line|message|ingredient|command|component|move)",
        r"(?:parts|shopping|materials|equipment)\slist|list\sof\s(?:materials|parts|equipment|ingredients|tools)",
        r"(?:which|what)\s(?:drug|dose|doses|printers?|tools?|chemicals?|pills|substance|sites|websites|apps|marketplaces|reader\smodels)",
        r"(?:convincing|compelling|persuasive|realistic|believable|credible|effective|fully\sworking|functional)\s(?:\w{1,12}\s){0,2}(?:examples?|messages?|posts?|articles?|tweets?|scripts?|speech|letters?|e-?mails?|texts?|exploits?|keyloggers?|code|guides?|playbooks?|tutorials?)",
        r"dose\sper\s\w{2,12}|how\smuch\sof\sit|how\smany\s(?:pills|grams|tablets|milligrams)",
        r"(?:hurt|hurts|sting|wound|persuade|convince|work|works)\s(?:\w{1,8}\s)?as\s(?:much|hard|well|deeply)\sas\s(?:possible|you\scan)",
        # "the real steps" in other languages
        r"(?:pasos|reactivos|cantidades|dosis|herramientas|ingredientes|materiales|metodos|comandos|passos|quantidades|ferramentas|metodos|passaggi|quantita|dosi|strumenti|ingredienti|comandi|etapes|doses|outils|produits|commandes)\s(?:\w{1,10}\s)?(?:reales|reais|reali|reels|verdaderos|verdadeiros|veri|exactos|exatos|esatti)",
        r"(?:les|con\slos|con\slas|com\sos|com\sas|con\si|con\sle)\s(?:vrais|vraies|verdaderos|verdaderas|verdadeiros|verdadeiras|veri|vere)\s\w{3,14}|mit\sden\s(?:echten|richtigen)\s\w{3,14}",
        # German
        r"realistisch|glaubwurdig\w{0,2}|authentisch|mit\s(?:echten|realen|konkreten|genauen)\s\w{2,14}",
        r"konkrete[n]?\s(?:mengen|schritte|angaben|details)|mit\s(?:mengen\w{0,7}|dosis|substanz\sund\sdosis|betragen)|mit\sden\sarbeitsschritten",
        r"damit\s(?:es|die\sszene|der\sdialog|leser)\s(?:\w{1,12}\s){0,3}(?:glaubwurdig|echt|nicht\slachen|realistisch)",
        # French
        r"realiste(?:ment)?|credibles?|avec\s(?:realisme|precision|tous\sles\sdetails)|de\s(?:facon|maniere)\s(?:realiste|credible|precise)",
        r"toutes\sles\setapes|tire\svraiment|(?:explication|script|dialogue)\scomplet\w{0,2}|avec\sles\sdetails\stechniques",
        # Spanish, Portuguese
        r"con\srealismo|de\sforma\s(?:realista|creible|detallada)|con\s(?:todos\slos\s)?detalles(?:\s(?:practicos|tecnicos))?|al\sdetalle|con\scantidades",
        r"com\srealismo|de\sforma\s(?:realista|detalhada)|com\stodos\sos\sdetalhes|detalhadamente|com\sa\slista",
        # Italian
        r"con\s(?:realismo|precisione(?:\stecnica)?|i\sdettagli(?:\stecnici)?)|nei\sdettagli|tecnicamente\scredibile|in\smodo\s(?:realistico|credibile)",
        # Dutch, Polish, Swedish
        r"realistisch|geloofwaardig|met\salle\s(?:technische\s)?details|volledig\suit|met\sde\stechnische\sstappen",
        r"szczegolow\w{1,4}|wiarygodn\w{1,4}|realistyczn\w{1,4}|z\slista\s\w{3,12}|z\sprawdziwym\s\w{3,12}",
        r"trovardig\w{0,2}|realistisk\w{0,2}|detaljerat|i\sdetalj|verkliga\smetoder|exakta\sdoser",
        # Turkish, Indonesian, Vietnamese
        r"ayrintili|ayrintilariyla|butun\sadimlariyla|gercekci|lengkap\sdengan\s\w{3,12}|secara\s(?:rinci|detail|realistis)|that\schi\stiet",
    ]
)

# --- a character teaching the method (folded view) ------------------------------
# The teaching verb, a bounded gap for "to her friend," (any letters, a
# comma), then the how-word.
# At most 90 characters.
TEACHES = alt(
    [
        r"(?:explains?|explaining|teach(?:es|ing)?|coach(?:es|ing)?|shows?|tells?|walks?\s(?:\w{1,12}\s){0,3}through|briefs?|lectures?)\s(?:[^\s.!?;:]{1,16}\s){0,4}how\s(?:to|he|she|they|you|one|i)\b",
        r"(?:erklart|zeigt|beibringt|bringt)\s(?:[^\s.!?;:]{1,16}\s){0,4}(?:genau\s)?wie\b",
        r"(?:explique|apprend|montre|enseigne|raconte)\s(?:[^\s.!?;:]{1,16}\s){0,4}comment\b",
        r"(?:explica|ensena|ensina|muestra|mostra)\s(?:[^\s.!?;:]{1,16}\s){0,4}(?:como|a\s\w{2,14}(?:ar|er|ir))\b",
        r"(?:spiega|insegna|mostra)\s(?:[^\s.!?;:]{1,16}\s){0,4}(?:come|a\s\w{2,14}(?:are|ere|ire))\b",
        r"(?:legt|leert)\s(?:[^\s.!?;:]{1,16}\s){0,4}(?:uit\s)?hoe\b",
        r"(?:tlumaczy|wyjasnia|uczy|pokazuje)\s(?:[^\s.!?;:]{1,16}\s){0,4}jak\b",
        r"(?:forklarar|visar|lar)\s(?:[^\s.!?;:]{1,16}\s){0,4}hur\b",
        r"(?:menjelaskan|mengajari|mengajarkan)\s(?:[^\s.!?;:]{1,16}\s){0,4}(?:cara|bagaimana)\b",
        # asked of the assistant: a complete guide, a playbook, a step plan
        r"(?:complete|full|working|step[\s-]by[\s-]step|detailed)\s(?:guide|playbook|tutorial|manual|walkthrough|instructions)|stappenplan|mode\sd'emploi|guide\scomplet|guia\s(?:complet|detallad|passo)\w{0,3}|instrukcj\w{1,2}|panduan\slengkap",
    ]
)

# --- making a weapon, a drug, a poison or malware (folded view) ---------------------
# The shared procedure list reads a close making verb before a few objects;
# this reads more verbs (craft, wire, refine, deploy, stellt ... her) and the
# forms the other languages give the same objects (explosiva, ordigno,
# explosieven, giftiges Gas, oxycodon). At most 24 characters each side.
_MAKE_VERB = alt(
    [
        r"make|makes|made|making|build\w{0,3}|built|craft\w{0,3}|cook\w{0,3}|brew\w{0,3}|synthesi[sz]\w{1,3}",
        r"produc\w{1,3}|assembl\w{1,3}|manufactur\w{1,3}|mix\w{0,3}|extract\w{0,3}|refin\w{1,3}",
        r"concentrat\w{1,3}|distill?\w{0,3}|wir(?:e|es|ed|ing)|rig(?:s|ged|ging)?|print\w{0,3}|convert\w{0,3}",
        r"deploy\w{0,3}|spread\w{0,3}|install\w{0,3}|writ(?:e|es|ing)|wrote|cod(?:e|es|ing)|creat\w{1,3}",
        r"herstell\w{0,3}|stellt|bau(?:t|en|e)?|mischt|mischen|brau\w{1,3}|umbau\w{0,3}|fabri\w{2,8}",
        r"constru(?:i|y)\w{1,4}|costrui\w{1,4}|prepar\w{1,5}|sintetiz\w{1,4}|produ\w{2,6}|mont(?:a|ar|e|er|are)",
        r"cre(?:a|ar|er|are)|crie|criar|hacer|fazer|fare|faire|maken|maakt|bouw\w{0,3}|ombouw\w{0,3}",
        r"zrobi\w{1,3}|zbudow\w{1,4}|wyprodukow\w{1,4}|tillverka\w{0,2}|bygg\w{0,2}|yap\w{1,6}|uret\w{1,6}|membuat|merakit",
    ]
)
_MADE_THING = alt(
    [
        r"explosi(?:ve|ves|f|fs|vo|vos|va|vas|vi|ven|ef|eve)|esplosiv\w{1,2}|ordign\w{1,2}|spreng(?:satz|stoff|ladung)\w{0,2}|(?:pipe|nail|letter|car|fertili[sz]er|pressure[\s-]cooker)\sbombs?",
        r"rohrbomb\w{0,2}|rorbomb\w{0,2}|autobomb\w{0,2}|briefbomb\w{0,2}|bomba\scasera|bombe\sartisanale|bomba\sfatta\sin\scasa",
        r"granat\w{1,2}|grenades?|molotov\w{0,5}|napalm|thermit\w{0,2}|nitroglycerin\w{0,2}|tatp|detonat\w{2,5}",
        r"(?:poison|toxic|nerve)\sgas|giftig\w{1,2}\sgas|giftgas|gaz\s(?:toxique|mortel)|gas\s(?:toxico|tossico|venenoso)",
        r"ri[cz]in\w{0,2}|sarin|cyanide|cyanure|cianuro|zyankali|strychnin\w{0,2}|chloroform|clorof[oó]rmio|veneno|veleno|trucizn\w{1,3}",
        r"meth(?:amphetamine)?|crystal\smeth|metanfetamin\w{0,2}|heroin\w{0,2}|fentan\w{1,4}|cocain\w{0,2}|kokain\w{0,2}|mdma|lsd|oxycodon\w{0,2}|opioid\w{0,3}|ketamin\w{0,2}",
        r"guns?|pistol\w{0,2}|firearms?|rifles?|waffe\w{0,2}|arma\s(?:de\sfuego|casera|vera|da\sfuoco)|arme\s(?:a\sfeu|artisanale)|silencers?|silencieux|schalldampfer",
        r"malware|ransomware|keyloggers?|spyware|stalkerware|botnets?|rootkits?|exploits?|phishing[\s-]?(?:page|site|seite|pagina|kit)\w{0,2}|fausse\spage\sde\sconnexion",
    ]
)
MAKING = (
    r"(?:\b"
    + _MAKE_VERB
    + r"\s(?:\w{1,14}\s){0,3}"
    + _MADE_THING
    + r"\b|\b"
    + r"(?:"
    + _MADE_THING
    + r"|bomben?)\s(?:\w{1,14}\s){0,3}(?:her|herstellt|baut|mischt|umbaut|gebaut|hergestellt)\b)"
)

# --- acting on what is someone else's (folded view) --------------------------------
# Another person's account, phone, messages, location, card or identity,
# opened, read, taken over or used: the harm whatever the tool. The verb is
# the intruder's, so "recover a friend's account" is not read. At most 120.
_INTRUDE = (
    r"(?:access\w{0,3}|open\w{0,3}|read\w{0,3}|get\w{0,3}\sin(?:to)?|log\w{0,3}\sin(?:to)?|"
    r"break\w{0,3}\sin(?:to)?|tak(?:e|es|ing)\sover|track\w{0,3}|spy\w{0,3}\son|monitor\w{0,3}|"
    r"hack\w{0,3}|clon\w{1,3}|empt\w{1,4}|drain\w{0,3}|us(?:e|es|ing)|unlock\w{0,3}|steal\w{0,3})"
)
_THEIRS = (
    r"(?:someone(?:\selse)?'s|somebody'?s|other\speople'?s|another\sperson'?s|a\sstranger'?s|"
    r"(?:her|his|their|my|a)\s(?:ex|rival|neighbou?r|coworker|colleague|boss|classmate|wife|husband|"
    r"partner|girlfriend|boyfriend)'?s|the\svictim'?s?)"
)
_THINGS = (
    r"(?:accounts?|phones?|e-?mails?|inbox|messages|texts|location|cars?|house|home|cards?|"
    r"identit\w{1,3}|passwords?|data|computer|webcam|cameras?|bank\s\w{2,10}|social\smedia|"
    r"instagram|facebook|whatsapp|chats?|photos|wallet|mailbox)"
)
OTHERS = alt(
    [
        _INTRUDE + r"\s(?:\w{1,10}\s){0,2}" + _THEIRS + r"\s(?:\w{1,10}\s)?" + _THINGS,
        r"(?:compte|telephone|portable|mails?|messages|position|voiture|carte|identite|mot\sde\spasse)s?\s(?:\w{1,10}\s)?(?:d'une\sautre\spersonne|de\squelqu'un(?:\sd'autre)?|d'autrui|de\s(?:mon|son)\sex|de\sla\svictime)",
        r"(?:cuenta|telefono|celular|correo|mensajes|ubicacion|coche|tarjeta|identidad|contrasena)s?\s(?:\w{1,10}\s)?(?:de\sotra\spersona|de\salguien|ajen[oa]s?|de\s(?:mi|su)\sex|de\sla\svictima)",
        r"(?:conta|telefone|celular|e-?mail|mensagens|localizacao|carro|cartao|identidade|senha)s?\s(?:\w{1,10}\s)?(?:de\soutra\spessoa|de\salguem|alhei[oa]s?|d[oa]\s(?:meu|minha)\sex|da\svitima)",
        r"(?:account|telefono|cellulare|email|messaggi|posizione|auto|carta|identita|password)\s(?:\w{1,10}\s)?(?:di\sun'altra\spersona|di\squalcun\w{0,2}|altrui|de(?:l|lla)\s(?:mio|mia)\sex|della\svittima)",
        r"fremde[nrs]?\s(?:konten|konto|handys?|accounts?|kreditkarten?|identitaten?|ausweise?|e-?mails)|(?:konto|handy|account|standort|e-?mails?|nachrichten)\s(?:\w{1,10}\s)?(?:einer\sanderen\sperson|von\sjemand\w{0,3}|meine[rs]\sex\w{0,3})",
        r"(?:account|telefoon|e-?mail|berichten|locatie|auto|pas)\s(?:\w{1,10}\s)?van\s(?:iemand(?:\sanders)?|een\sander|mijn\sex)",
        r"cudz\w{1,3}\s(?:\w{1,10}\s)?(?:kont\w{0,2}|telefon\w{0,2}|kart\w{1,2}|samoch\w{1,4}|mieszkani\w{1,2}|tozsamos\w{1,3})|(?:konto|telefon)\s(?:\w{1,10}\s)?innej\sosoby",
        r"baskasinin\s(?:\w{1,10}\s)?(?:hesab\w{1,4}|telefon\w{0,4}|kart\w{0,4}|kimli\w{1,4}|sifre\w{0,4})",
        r"(?:akun|ponsel|hp|kartu|identitas|kata\ssandi)\s(?:\w{1,10}\s)?orang\slain|(?:tai\skhoan|dien\sthoai)\s(?:\w{1,10}\s)?(?:cua\s)?nguoi\skhac",
    ]
)

# --- getting past whoever would catch it (folded view) ---------------------------
# The method is made to escape the police, the checks, the tests or the
# victim: a harm in itself whatever the act. At most 70 characters.
_CATCHERS = (
    r"(?:police|cops|customs|auditors?|investigators?|inspectors?|detectives?|guards|"
    r"security|scanners?|sniffer\sdogs|dogs|cameras|tests?|autopsy|coroner|doctors|"
    r"the\sbank|the\stax\s\w{1,12}|referees|moderators|antivirus|forensics)"
)
EVASION = alt(
    [
        # English
        r"without\s(?:the\s|any\s)?"
        + _CATCHERS
        + r"\s(?:\w{1,10}\s){0,2}(?:noticing|knowing|finding\sout|suspecting|spotting|detecting|seeing|catching)",
        _CATCHERS
        + r"\s(?:\w{1,10}\s){0,2}(?:never|won'?t|can'?t|don'?t|doesn'?t|wouldn'?t|will\snot|cannot|fail\sto)\s(?:\w{1,8}\s)?(?:catch|detect|spot|notice|find|flag|trace|see|suspect)",
        r"(?:pass|passes|get\spast|gets\spast|slip\spast|fool|fools|beat|beats|evade|evades|avoid|avoids|dodge|dodges)\s(?:the\s|any\s|airport\s|border\s)?(?:checks?|controls?|inspections?|screening|"
        + _CATCHERS
        + r")",
        r"(?:leave|leaves|leaving|left)\sno\s(?:\w{1,10}\s)?(?:trace|traces|evidence|fingerprints|log|logs|record)|cover(?:s|ing)?\s(?:his|her|their|my|your)\stracks",
        r"(?:look|looks|looked)\slike\s(?:an\saccident|natural\scauses|a\ssuicide)|get(?:s|ting)?\saway\swith\s(?:it|murder)|goes\sunnoticed|unnoticed\sby",
        # German, French, Spanish, Portuguese, Italian
        r"ohne\sdass\s(?:\w{1,12}\s){0,3}(?:merkt\w?|bemerkt\w?|auffallt|auffiel|entdeck\w{1,2}|find\w{1,3}|fand\w?|erkenn\w{1,2}|erkannt|erwisch\w{1,2}|aufflieg\w{1,2}|aufflog)|unbemerkt|nicht\sauffallt|so(?:dass|\sdass)\s(?:\w{1,12}\s){1,3}(?:sie\s|es\s|ihn\s)?(?:nicht|nie|niemals)\s(?:erkenn|merk|bemerk|entdeck|find)\w{0,3}|(?:durch|an)\s(?:die|der|den)\s(?:kontrolle\w{0,2}|zoll|polizei)\s(?:\w{1,10}\s)?(?:kommt|kommen|vorbei)",
        r"sans\sque\s(?:\w{1,12}\s){0,4}(?:ne\s)?(?:s'en\s)?(?:apercoive|remarque|detecte|voie|decouvre|trouve|retrouve|repere|soupconne|attrape|identifie)\w{0,3}|passe\w{0,3}\s(?:inapercu\w{0,2}|les\scontroles)|dejoue\w{0,3}\s(?:les\s)?controles",
        r"sin\sque\s(?:\w{1,12}\s){0,3}(?:se\s(?:de|diera|diese)\scuenta|(?:(?:lo|la|los|las|les|le)\s)?(?:not|detect|encuentr|encontr|descubr|pill|sospech)\w{1,6})|pase\w{0,2}\sdesapercibid\w{1,2}|pasen\slos\scontroles",
        r"sem\sque\s(?:\w{1,12}\s){0,3}(?:perceb|not|descubr|descobr|detect|encontr|ach|desconfi)\w{1,5}|passe\w{0,2}\sdespercebid\w{1,2}",
        r"senza\sche\s(?:\w{1,12}\s){0,3}(?:se\sne\saccorg\w{1,4}|(?:lo|la|li|le)\s(?:scopr|not|rilev|trov|becc|sgam)\w{1,5})|passi\w{0,2}\sinosservat\w|superi\w{0,2}\si\scontrolli",
        # "so that customs would not find it": a catcher named, then its failure
        r"dass\s(?:der|die|das|den)\s(?:zoll|polizei|kontrolle\w{0,2}|grenzpolizei|ermittler|apotheke\w{0,2}|bank|finanzamt|prufer)\s(?:sie\s|es\s|ihn\s|das\s)?(?:nicht|nie|niemals)\s(?:erkenn|merk|bemerk|entdeck|find|fand)\w{0,3}",
        r"que\s(?:la|el|los|las)\s(?:aduana|policia|guardia\s(?:civil|costera)|inspectores|auditores)\sno\s(?:(?:lo|la|los|las)\s)?(?:encontr|detect|descubr|not|pill)\w{1,5}",
        r"que\s(?:la|le|les)\s(?:douane|police|gendarmerie|controleurs|inspecteurs)\sne\s(?:(?:le|la|les|l')\s?)?(?:trouv|detect|decouvr|remarqu|repere)\w{0,4}\spas",
        r"che\s(?:la|il|i|le)\s(?:dogana|polizia|finanza|guardia\sdi\sfinanza|carabinieri|ispettori)\snon\s(?:(?:lo|la|li|le)\s)?(?:trov|scopr|not|rilev|becc)\w{1,5}",
        r"que\s(?:a|o|os|as)\s(?:alfandega|policia|fiscalizacao|fiscais|auditores)\snao\s(?:(?:o|a|os|as)\s)?(?:encontr|detect|descobr|not|perceb)\w{1,5}",
        # Dutch, Polish, Swedish, Turkish, Indonesian
        r"zonder\sdat\s(?:\w{1,12}\s){0,3}(?:het\s)?(?:merkt|ziet|merken|zien|ontdekt|ontdekken|vindt|vinden|vond|betrapt|doorheeft)|(?:trucs|trucjes|methodes|manieren)\s(?:tegen|om)\s(?:de\s)?(?:douane|politie|controle\w{0,2})|niezauwazon\w{1,3}|bez\swiedzy\s\w{2,12}",
        r"utan\satt\s(?:\w{1,10}\s){0,2}(?:marker|markte|upptacker|marka)|fark\s(?:edilmeden|ettirmeden)|tanpa\s(?:ter)?(?:deteksi|ketahuan|diketahui)",
    ]
)

# --- the methods asked for (folded view) -----------------------------------------
# "Detail the methods", "describe their tricks": with an escape from the
# police or the checks and a pretext, the ask for the ways it was done. Not
# "describe how", which a crime story asks of its detective too. At most 80.
_METHODS_ASKED = alt(
    [
        r"(?:describe|explain|detail|list|outline)\s(?:\w{1,10}\s){0,2}(?:methods?|tricks|techniques|hiding\s(?:spots|places)|routes?)",
        r"(?:describe|detalla|explica|enumera)\w{0,2}\s(?:\w{1,10}\s){0,2}(?:metodos|trucos|tecnicas|escondites|rutas)",
        r"(?:decris|detaille|explique|enumere)\w{0,2}\s(?:\w{1,10}\s){0,2}(?:methodes|astuces|techniques|cachettes|itineraires)",
        r"(?:beschreib|erklar|schilder|nenn)\w{0,2}\s(?:\w{1,10}\s){0,2}(?:methoden|tricks|techniken|verstecke|routen)",
        r"(?:descrivi|spiega|elenca|dettaglia)\w{0,2}\s(?:\w{1,10}\s){0,2}(?:metodi|trucchi|tecniche|nascondigli)",
        r"(?:descreve|descreva|detalha|detalhe|explica|explique)\s(?:\w{1,10}\s){0,2}(?:metodos|truques|tecnicas|esconderijos)",
        r"(?:beschrijf|noem)\s(?:\w{1,10}\s){0,2}(?:methodes|trucs|technieken|verstopplekken)",
    ]
)


# The far gap is 115, not 160: the longest match of the widest order (a long
# harm part, then the teaching verb) stays within the 514 characters the
# detector already holds back in a stream, so no rule here lengthens the hold.
_NEAR = r"[^\n]{0,100}?"
_FAR = r"[^\n]{0,115}?"
_ANY = ("phe", "peh", "hep", "ehp", "hpe", "eph")


def _orders(names: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The reading orders of pretext ``p``, harm ``h`` and demand ``e``.

    The pretext sits furthest away (it opens or closes the request), so the
    gap that touches it is the wide one.
    """
    return tuple(
        (
            name,
            (
                name[0],
                _FAR if "p" in name[:2] else _NEAR,
                name[1],
                _FAR if "p" in name[1:] else _NEAR,
                name[2],
            ),
        )
        for name in names
    )


_FAMILIES = (
    (
        "realism",
        {
            "p": _PRETEXT_ALL,
            "h": r"(?:" + METHOD + r"|" + MAKING + r")",
            "e": r"\b" + REALISM + r"\b",
        },
        _ANY,
        "a pretext + a harmful text or method + 'so it feels authentic'",
    ),
    (
        "taught",
        {
            "p": _PRETEXT_ALL,
            "h": r"(?:" + METHOD + r"|" + MAKING + r")",
            "e": r"\b" + TEACHES,
        },
        ("peh", "ehp", "hpe"),
        "a pretext + a character who explains how to do a harmful method",
    ),
    (
        "evasion",
        {
            "p": _PRETEXT_ALL,
            "h": r"(?:\b(?:" + EVASION + r"|" + OTHERS + r")\b|" + MAKING + r")",
            "e": r"\b(?:"
            + DEMAND
            + r"|"
            + REALISM
            + r"|"
            + TEACHES
            + r"|"
            + _METHODS_ASKED
            + r")",
        },
        _ANY,
        "a pretext + a method made to escape the police or the checks + detail",
    ),
)

RULES: tuple[Rule, ...] = with_curly_apostrophes(
    tuple(
        rule
        for name, parts, names, description in _FAMILIES
        for rule in rules_in_orders(
            f"injection.harm_realism.{name}",
            _CAT,
            parts,
            _orders(names),
            max_len=514,
            description=description,
        )
    )
)
