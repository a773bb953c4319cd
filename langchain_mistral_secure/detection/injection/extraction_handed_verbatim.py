"""The text handed to the model, asked for word for word (long-tail languages).

Family: extraction (reveal the system prompt). The attacker names the setup
by how it reached the model ("the instructions the courier company gave
you", "maelekezo uliyopewa", "opsætningsteksten, som fragtfirmaet har givet
dig", "úvodní text, který jsi dostal", "sinulle annetut ohjeet") and marks
the copy as exact or whole ("ordret", "neno kwa neno", "přesně tak, jak je",
"sanasta sanaan", "kelimesi kelimesine"). Three parts meet in one bounded
window, in any order: a setup noun (instructions, rules, setup text,
prompt), a clause making the model the one it was given to, and a mark of
a verbatim or complete copy. One rule per language (Czech/Slovak, Danish/
Norwegian/Swedish, Swahili, Finnish, Hungarian, Croatian/Slovene/Serbian,
Romanian, Estonian, Latvian, Lithuanian, Tagalog, Indonesian/Malay,
Vietnamese, Turkish), on the folded view; the scripts are in
:mod:`.extraction_handed_verbatim_scripts`.

Why it is safe on benign text: text the user hands over is "the text I gave
you", which is no clause of the model being given something by another; a
request for an exact copy of a document the user pasted names no setup
noun with such a clause; and instructions a person received ("the
instructions my doctor gave me") have no second-person recipient.
"""

# ruff: noqa: E501
# (one rule table per language)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["RULES", "handed_verbatim"]

_CAT = "extraction"
_W = r"(?:[\w'-]{1,20}\s+)"


def handed_verbatim(noun: str, gave: str, exact: str) -> str:
    """Setup noun and recipient clause (either order), with an exact-copy mark."""
    pair = rf"(?:{noun})[^\n]{{0,50}}?(?:{gave})|(?:{gave})[^\n]{{0,40}}?(?:{noun})"
    return rf"(?:{exact})[^\n]{{0,90}}?(?:{pair})|(?:{pair})[^\n]{{0,90}}?(?:{exact})"


def _rule(lang: str, noun: str, gave: str, exact: str) -> Rule:
    return Rule(f"injection.handed_verbatim.{lang}", _CAT,
                rf"\b(?:{handed_verbatim(noun, gave, exact)})",
                score=0.7, max_len=250,
                description=f"{lang}: the setup handed to the model, asked for word for word")  # fmt: skip


RULES: tuple[Rule, ...] = (
    _rule(
        "cs_sk",
        r"instrukc\w*|pokyn\w*|pravid\w*|nastaven\w*|uvodni\s+text\w*|prompt\w*|zadani\w*",
        rf"(?:ktery|ktere|ktera|ktory|ktore|ktoru|co)\s+(?:jsi|si)\s+{_W}{{0,2}}?(?:dostal\w*|obdrzal\w*|obdrzel\w*)|"
        rf"(?:ti|tobe|vam)\s+{_W}{{0,3}}?(?:dal[aiy]?|zadal\w*|predal\w*|poskytl\w*|napsal\w*|nastavil\w*)\b",
        r"presne(?:\s+tak)?|doslova|slovo\s+od\s+slova|slovo\s+za\s+slovom|cel[yeaou]\b|uplne|kompletn\w*|bez\s+zmen|nic\s+nevynech\w*",
    ),
    _rule(
        "scandinavian",
        # compounds ("systemteksten") start mid-word for the leading \b: named whole
        r"instruks\w*|instruktion\w*|regl\w*|opsaetning\w*|oppsett\w*|installning\w*|prompt\w*|tekst\w*|text\w*|retningslinj\w*|riktlinj\w*|"
        r"system\w*|opsaetningstekst\w*|opsætningstekst\w*|opsætning\w*|oppstart\w*|startinstruk\w*|skjult\w*|dold\w*",
        r"(?:har|hade|hadde)\s+(?:givet|gitt|gett|givit)\s+(?:dig|deg)|du\s+(?:har\s+)?(?:fik|fikk|fick|fatt|faet|modtog|mottok|mottog)|(?:givet|gitt|gett|givna?)\s+(?:til\s+|till\s+)?(?:dig|deg)|"
        # the past tense and the verbs of setting the model up ("gav dig",
        # "startade dig med", "la inn i deg", "satte dig op med")
        # the giver named before the verb, never "jeg/jag/vi/eg" (the user's own text)
        r"[^\s,.;:!?]{4,}\s+(?:gav|ga)\s+(?:dig|deg)\b|\b(?:startede|startet|startade|konfigurerede|konfigurerte|konfigurerade|programmerede|programmerte|programmerade|satte|laste|lastede|lastet)\s+(?:dig|deg)\b|"
        r"\b(?:la|lagt|lagde|lade|satte)\s+(?:inn|ind|in)\s+i\s+(?:dig|deg)\b",
        r"ordret|ordrett|ordagrant|ord\s+(?:for|til|till)\s+ord|noyaktig\w*|noejagtig\w*|uten\s+a\s+oppsummere|uden\s+at\s+opsummere|utan\s+att\s+sammanfatta|hele\s+(?:teksten|prompten)|hela\s+(?:texten|prompten)|uden\s+at\s+(?:udelade|springe)|uten\s+a\s+utelate|utan\s+att\s+utelamna|uforkortet|oforkortad|"
        r"praecis\w*|præcis\w*|presis\w*|exakt\w*|akkurat\s+(?:slik|som)|precis\s+som|hele\b|hela\b|alle\b|alla\b|uten\s+a\s+korte|uden\s+at\s+(?:forkorte|korte)|utan\s+att\s+korta",
    ),
    _rule(
        "sw",
        r"maelekezo|maagizo|sheria|mipangilio|maandishi|maandiko|prompt",
        r"uliyopewa|ulizopewa|uliopewa|ulilopewa|walizokupa|waliyokupa|aliyokupa|iliyokupa|ulizopatiwa|ulivyopewa",
        r"neno\s+kwa\s+neno|kamili|bila\s+kubadilisha|kama\s+(?:yalivyo|ilivyo)|hata\s+yale\s+ya\s+siri",
    ),
    _rule(
        "fi",
        r"ohje\w*|saanno\w*|saanto\w*|asetuks\w*|teksti\w*|kehote\w*|prompt\w*",
        rf"(?:sinulle|teille)\s+{_W}{{0,3}}?(?:annet\w*|antoi\w*|annoi\w*|syotet\w*|kirjoitet\w*)|jotka\s+sait|saamasi",
        r"sanasta\s+sanaan|sanatarkasti|kokonaan|sellaisenaan|muuttamatta|kokonaisuudessaan",
    ),
    _rule(
        "hu",
        r"utasitas\w*|szabaly\w*|beallitas\w*|szoveg\w*|prompt\w*",
        rf"(?:neked|onnek)\s+{_W}{{0,3}}?(?:adott|adtak|adta|megadott|kuldott|irt)\w*|amiket?\s+(?:\w{{1,20}}\s+)?kaptal|altalad\s+kapott",
        r"szo\s+szerint|szorol\s+szora|teljes\w*|valtoztatas\s+nelkul|pontosan",
    ),
    _rule(
        "hr_sl_sr",
        r"uput\w*|pravil\w*|postavk\w*|navodil\w*|tekst\w*|prompt\w*|smjernic\w*|napotk\w*",
        rf"(?:ti|tebi|vam)\s+(?:je\s+|su\s+|so\s+)?{_W}{{0,3}}?(?:dal[aei]?|dao|zadal\w*|dane|dani|predal\w*|poslal\w*|napisal\w*)\b|(?:koje|ki|ktere)\s+si\s+{_W}?(?:dobio|dobila|dobil|prejel\w*)",
        r"doslovno|dobesedno|od\s+besede\s+do\s+besede|rijec\s+po\s+rijec|beseda\s+za\s+besedo|u\s+cijelosti|v\s+celoti|bez\s+izmjen\w*|brez\s+sprememb|tocno|natancno|cijel[aeiou]\b|cel[aeiou]\b|brez\s+krajsanja|bez\s+skracivanja",
    ),
    _rule(
        "ro",
        r"instructiun\w*|reguli\w*|setari\w*|textul|prompt\w*|indicatii\w*",
        r"(?:ti|ti-au|ti-a|vi-au)\s*(?:fost\s+)?(?:\w{1,20}\s+){0,2}?(?:date|dat|oferit\w*|furnizat\w*|trimis\w*|scris\w*)\b|le-ai\s+primit|ai\s+primit",
        r"cuvant\s+cu\s+cuvant|textual|integral|exact|fara\s+modificari|fara\s+sa\s+omiti",
    ),
    _rule(
        "et_lv_lt",
        r"juhis\w*|juhend\w*|reegl\w*|seaded|noradijum\w*|instrukcij\w*|noteikum\w*|nurodym\w*|taisykl\w*|tekst\w*",
        rf"(?:sulle|teile|tev|jums|tau)\s+{_W}{{0,3}}?(?:anti|andis|andsid|antud|deva|devis\w*|dotas|dotie|iedeva|dave|pateik\w*|duot\w*)\b|(?:kuriuos|kurias|ko)\s+(?:tu\s+)?(?:gavai|sanemi|said)",
        r"sona-?sonalt|taielikult|muutmata|vards\s+vard\w|burtiski|pilnib\w*|bez\s+izmain\w*|zodis\s+i\s+zodi|pazodziui|nepakeit\w*",
    ),
    _rule(
        "tl",
        r"panuto|tagubilin|patakaran|settings|prompt|instruksyon",
        rf"(?:ibinigay|binigay|ibigay)\s+{_W}{{0,3}}?sa\s+(?:iyo|inyo)|natanggap\s+mo|na\s+ibinigay\s+sa\s+iyo",
        r"salita\s+por\s+salita|eksakto|buong\s+(?:teksto|panuto)|nang\s+walang\s+(?:binabago|binago|iniiwan)|walang\s+babaguhin",
    ),
    _rule(
        "id_ms",
        r"arahan|instruksi|petunjuk|aturan|peraturan|pengaturan|tetapan|teks\s+(?:awal|sistem|pengaturan)|prompt",
        rf"(?:yang\s+)?(?:diberikan|dikasih|diberi)\s+{_W}{{0,3}}?(?:kepadamu|kepada\s+(?:anda|kamu|awak|mu)|padamu|untukmu|ke\s+kamu)|yang\s+(?:kamu|anda|awak)\s+(?:dapat|terima|peroleh)|"
        # a relative clause whose giver is named ("yang kedai itu beri kepada kau")
        # (the word before the verb is never "saya/aku/kami/kita", the user)
        r"\byang\s+(?:[\w-]+\s+){0,3}?(?:[\w-]{5,}|itu|ini)\s+(?:beri|berikan|bagi|bagikan|kasih|kasi)\s+(?:kepada\s+|pada\s+|ke\s+)?(?:kau|kamu|awak|anda|engkau|mu)\b",
        r"kata\s+(?:demi|per|untuk)\s+kata|persis|seperti\s+(?:tertulis|aslinya)|sepenuhnya|tanpa\s+(?:diubah|mengubah|ubah|ada\s+yang\s+(?:diubah|dilewat\w*))|bulat-bulat|penuh\b|lengkap\b|tepat\b|tanpa\s+(?:ringkasan|diringkas\w*|meringkas\w*|dipotong)",
    ),
    _rule(
        "vi",
        r"huong\s+dan|chi\s+dan|quy\s+tac|cai\s+dat|van\s+ban|loi\s+nhac|prompt|chi\s+thi",
        r"(?:da\s+)?(?:duoc\s+)?(?:giao|cung\s+cap|dua|gui)\s+cho\s+(?:ban|em|anh|chi|may)|(?:ban|em)\s+(?:da\s+)?(?:nhan\s+duoc|duoc\s+giao|duoc\s+cung\s+cap)",
        r"nguyen\s+van|tung\s+chu|chinh\s+xac|khong\s+(?:sua|thay\s+doi|bo\s+sot)|day\s+du",
    ),
    _rule(
        "tr",
        r"talimat\w*|yonerge\w*|kural\w*|ayar\w*|metn\w*|metin\w*|prompt\w*",
        rf"(?:sana|size)\s+{_W}{{0,3}}?(?:verilen|verdigi\b|verdikleri\w*|yuklenen|yazilan|tanimlanan)|aldigin\w*",
        r"kelimesi\s+kelimesine|harfi\s+harfine|aynen|eksiksiz|degistirmeden|oldugu\s+gibi",
    ),
)  # fmt: skip
