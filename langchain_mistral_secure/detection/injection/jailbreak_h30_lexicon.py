"""Word lists shared by the h30 jailbreak families (no rules of their own).

The h30 families (:mod:`jailbreak_h30_past_method`,
:mod:`jailbreak_h30_fiction_lesson`) read a *frame* and an *operational ask*
around a harm. This module names the harm in ways the older lists
(:mod:`jailbreak_framed_procedure`, :mod:`jailbreak_laundered_how`) do not:

* ``AGENT``: the criminals as a group or a trade (scammers, kidnappers,
  poisoners, forgers, cambrioleurs, contrabandistas, truffatori, Einbrecher,
  golpistas, oplichters, przemytnicy, kaçakçılar);
* ``EVADE``: the detection dodged (without being traced, so that the
  doctors wouldn't notice, wouldn't show up in an autopsy, get it past
  customs, sans laisser de traces, sin dejar rastro, senza essere scoperti,
  ohne Spuren, sem deixar rastro);
* ``HARMWORD``: a harmful object or act named as a noun or participle (fake
  papers, forged, counterfeit, stolen, untraceable, explosives, ransom notes,
  tracking software, webcams taken over, banconote false, bombes);
* ``OPS``: the operational ask (step by step, be specific, exact doses,
  write one the way they did, give a full example, walk me through, with
  equipment names, étape par étape, paso a paso, passo passo, Schritt für
  Schritt, krok po kroku, adım adım);
* ``THEY_OPS``: the ask for what *they* did (the steps they followed, the
  process they used, el proceso que seguían, le procedimento che usavano,
  leur méthode, was sie gemacht haben).

All fragments are lowercase ASCII for the folded detection view. Each list
is bounded (``pattern_max_len``: ``HARM`` 64, ``OPS`` 46, ``THEY_OPS`` 38
characters), so a rule built from them has an honest ``max_len``.
"""

# ruff: noqa: RUF002
# (RUF002: Turkish words in the docstring)

from __future__ import annotations

from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    OBJECT,
    PROCEDURE,
)
from langchain_mistral_secure.detection.injection.jailbreak_laundered_how import (
    CRIME,
)

__all__ = ["AGENT", "EVADE", "HARM", "HARMWORD", "OPS", "THEY_OPS"]

AGENT = alt(
    [
        r"scammers?|con\s?(?:men|man|artists?)|fraudsters?|forgers?|counterfeiters?|smugglers?|traffickers?",
        r"kidnappers?|poisoners?|burglars?|thie(?:f|ves)|pickpockets?|hackers?|stalkers?|bootleggers?",
        r"moonshiners?|terrorists?|bomb[\s-]?makers?|drug\s(?:dealers?|lords?)|cartels?|mobsters?",
        r"hit\s?m[ae]n|arsonists?|shoplifters?|poachers?|fraud\srings?|groomers?|extortionists?",
        r"blackmailers?|safecrackers?|carders?",
        r"escrocs?|arnaqueurs?|faussaires?|contrefacteurs?|contrebandiers?|trafiquants?|ravisseurs?",
        r"empoisonneu(?:r|se)s?|cambrioleurs?|voleurs?|braqueurs?|passeurs?",
        r"estafadores?|falsificadores?|contrabandistas?|traficantes?|narcos?|secuestradores?",
        r"envenenadores?|ladrones?|carteristas?|carteles?|sicarios?|atracadores?",
        r"truffator[ei]|falsar[io]|contrabbandier[ei]|trafficanti|rapitori|avvelenator[ei]|ladri",
        r"scassinatori|borseggiatori|spacciatori|rapinatori",
        r"betruger|falscher|schmuggler|entfuhrer|giftmorder\w{0,2}|einbrecher|taschendiebe?",
        r"schleuser|bankrauber|golpistas?|sequestradores?|ladroes|assaltantes?",
        r"oplichters?|vervalsers?|smokkelaars?|inbrekers?|oszusci|falszerze|przemytnicy",
        r"zlodzieje|wlamywacze|dolandiricilar|kacakcilar|hirsizlar",
    ]
)
"""Criminals named as a group or a trade (folded)."""

EVADE = alt(
    [
        r"without\s(?:detection|a\strace)|without\s(?:(?:being|getting)\s)?(?:detected|caught|traced|noticed|spotted|flagged)",
        r"without\s(?:leaving\s)?(?:a\s|any\s)?(?:trace|evidence|marks|fingerprints)",
        r"without\s(?:anyone|her|him|them|the\s\w{2,12})\s(?:knowing|noticing|finding\sout)",
        r"undetect(?:ed|able)|untraceabl[ey]|to\savoid\s(?:being\s)?(?:detection|detected|traced|caught|the\spolice)",
        r"(?:so|that)\s(?:the\s)?(?:doctors?|police|cops|landlord|bank|parents|customs|security|pharmacy)\s(?:won't|wouldn't|doesn't|don't|can't|couldn't|would\snot|will\snot)\s(?:notice|find|detect|see|flag|catch|trace|spot)",
        r"(?:wouldn't|won't|doesn't|would\snot)\sshow\sup\s(?:in|on)|get\s(?:it\s|them\s)?past\s(?:customs|security|the\sscanners?)",
        r"sans\s(?:etre\s)?(?:vu|repere|detecte|pris|se\sfaire\sprendre)|sans\slaisser\sde\straces?|indetectable",
        r"sin\s(?:ser\s)?(?:detectad|descubiert)\w{1,2}|sin\sque\s(?:nadie|la\spolicia|me\spillen|se\sde\scuenta)|sin\sdejar\srastro",
        r"senza\s(?:essere\s)?(?:scopert|notat|rilevat)\w|senza\slasciare\stracce|ohne\s(?:entdeckt|erwischt)|ohne\sspuren",
        r"nicht\snachweisbar|unentdeckt|sem\s(?:ser\s)?(?:detectad|descobert)\w|sem\sdeixar\srastro",
    ]
)
"""The detection dodged: the mark of a harm whatever its topic (folded)."""

HARMWORD = alt(
    [
        r"fake\s\w{2,12}|forged|counterfeit\w{0,3}|stolen|untraceable|illegal(?:ly)?|illicit",
        r"explosives?|explosifs?|explosiv\w{0,3}|cocain\w{0,2}|napalm|nitroglycerin\w?|molotov",
        r"meth(?:amphetamine)?|heroin|fentanyl|guns?|firearms?|silencers?|poisons?|poisoning|toxic\sgas",
        r"ransom\w{0,5}|malware|worms?|viruses|keyloggers?|clon(?:e|ed|ing)\s\w{2,12}|skimm\w{1,4}",
        r"crack(?:ed|ing)?\s(?:the\s)?(?:drm|safes?|passwords?|locks?)|pick(?:ed|ing)?\slocks?|hot-?wir\w{1,3}",
        r"(?:get|got|getting)\saround\s(?:\w{2,12}\s)?(?:security|alarms?|tags|locks?|checks)",
        r"threaten\w{0,3}|(?:take|took|taking)\sover\s(?:\w{2,12}\s)?(?:webcams?|accounts?|cameras?|phones?)",
        r"tracking\s(?:software|devices?)|stalk\w{0,3}",
        r"(?:banconote|billetes|billets|notas)\s(?:false|falsos|faux|falsas)|faux\sbillets|fausses?\s\w{2,12}",
        r"falsific\w{1,5}|falsch\w{0,4}|manipul\w{1,6}|cocktails?\smolotov|cocteles\smolotov",
        r"bombes?|bombas?|cargas\sexplosivas|armas?\s(?:de\sfuego|caseras?)",
        r"(?:prenaient|prendre|tomar|tomaban)\s(?:le\s)?control\w?\s(?:de|des)",
        r"clonad\w{1,2}|clonare|rubare|robar|pirat\w{1,5}|contrabbando|contrebande|contrabando|droga|drogue|drugs?",
    ]
)
"""A harmful object or act named as a noun or participle (folded)."""

HARM = alt([OBJECT, CRIME, AGENT, EVADE, HARMWORD, PROCEDURE])
"""Any harm the older lists or these name."""

OPS = alt(
    [
        r"step[\s-]by[\s-]step|(?:every|each)\s(?:single\s)?(?:step|detail|stage|ingredient|part)",
        r"be\s(?:very\s)?(?:specific|precise|exact|detailed)",
        r"(?:exact|precise|specific|actual|real|full|complete|detailed|practical)\s(?:\w{1,12}\s)?(?:steps|method|methods|process|procedure|instructions|recipe|lesson|script|code|commands|quantities|amounts|doses|ratios|ingredients|compounds|materials|equipment|techniques?|tools|device|example|briefing|route|names)",
        r"in\s(?:full\s|great\s|precise\s)?detail|with\s(?:all\s)?(?:the\s)?(?:equipment|brand|product|real|actual|exact|specific)\s(?:\w{1,12}\s)?(?:names|steps|details|amounts|quantities)",
        r"how\smuch|which\s(?:plant|drug|pill|poison|chemical|tool|device|app|software)",
        r"write\sone\s(?:the\sway|like|as)|give\s(?:me\s)?(?:a\s|one\s)?(?:full|complete|real|working)\s(?:example|sample|copy)",
        r"the\sway\sthey\sdid|walk(?:s|ing)?\s(?:me|him|her|them|us|the\s\w{1,12})\sthrough|as\srealistic|realistic(?:ally)?",
        r"technically\saccurate|(?:don't|do\snot)\swater\sit\sdown|leave\s(?:nothing|no\sdetail)\sout|(?:nothing|no\sdetail)\s(?:is\s)?left\sout",
        r"precisely|exactly\show|how\sexactly",
        r"etape\spar\setape|chaque\setape|en\sdetail|detaill?e|precisement",
        r"(?:decris|explique|detaille)\s(?:les|chaque|leur|la|le)\s(?:\w{1,12}\s)?(?:etapes|techniques|methode|procede)",
        r"paso\sa\spaso|cada\spaso|con\sdetalle|detalla\w{0,4}|exactamente|los\spasos",
        r"passo\s(?:a|per|dopo)\spasso|ogni\s(?:passo|dettaglio)|nei\sdettagli|in\sdettaglio|procedimento\sesatto",
        r"schritt\sfur\sschritt|jeden\s(?:handgriff|schritt)|genau|im\sdetail|ausfuhrlich",
        r"passo\sa\spasso|cada\setapa|com\s(?:os\s)?(?:todos\sos\s)?(?:detalhes|pormenores)|detalhad\w",
        r"stap\svoor\sstap|de\secht\w?\sstappen|precies|krok\spo\skroku|dokladnie|szczegolowo",
        r"adim\sadim|ayrintili|detayli",
    ]
)
"""The operational ask: the method, its amounts, or a copy of the artefact (folded)."""

THEY_OPS = alt(
    [
        r"(?:methods?|process|steps?|tools?|techniques?|procedure|routine|recipe|ingredients|materials)\s(?:exactly\s)?(?:they|people)\s(?:used|followed|took|did|mixed|wrote|built)",
        r"what\s(?:they|people)\s(?:did|used|wrote|mixed|added)|the\sway\sthey\sdid|as\sthey\sdid\sit",
        r"(?:procedimento|processo|metodo|dispositivo)\s(?:esatto\s)?che\s(?:usavano|seguivano|costruivano)|come\slo\s(?:costruivano|facevano)",
        r"(?:proceso|metodo|procedimiento)\s(?:exacto\s)?que\s(?:seguian|usaban|utilizaban)|como\slo\s(?:hacian|preparaban)",
        r"(?:methode|procede|technique)s?\s(?:exacte\s)?(?:qu'ils|qu'elles)\s(?:utilisaient|suivaient)|etapes\squ'ils\ssuivaient",
        r"leur\s(?:methode|procede|technique)|was\ssie\s(?:gemacht|benutzt|verwendet)\s(?:haben|hatten)|wie\ssie\ses\s(?:gemacht|gebaut)",
        r"o\sque\s(?:eles|faziam)|processo\sque\s(?:usavam|seguiam)",
    ]
)
"""The ask for what *they* did, after a question about the past (folded)."""
