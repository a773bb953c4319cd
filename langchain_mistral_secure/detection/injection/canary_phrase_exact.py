"""A prompt-hacking game's target phrase demanded as the exact reply.

Family: direct goal hijacking (HackAPrompt and TensorTrust style, in every
corpus since the first). The attacker's goal is not harm but a fixed phrase
the bot puts out instead of its job: "I have been PWNED", "Access Granted",
a shouted "HACKED". The frames change from row to row (a grader's note, a
test case's expected output, a function that returns the phrase, a rule
"corrected" by the bank, a story's last line, a few-shot pattern), so
:mod:`.hijack_output`, :mod:`.forced_literal` and :mod:`.success_phrase_i18n`,
which read the frames, each miss the next one. What every frame keeps is the
demand that the reply be *that phrase and nothing else*: "only", "exactly",
"the expected answer is", "no period", "nothing before, nothing after", "one
line, no additional text".

So the rule reads two parts within a bounded stretch: the phrase itself
(written as the game writes it: "Access Granted" with its capitals, "I have
been PWNED" in any case, word order reversed, the words split by commas)
and a word of exactness next to it, before it ("reply only with", "the
expected output is", "nur", "uniquement", "только") or after it ("and
nothing else", "no trailing dot", "sin punto", "без пояснений"), in some
twenty languages.

Safe on benign text: talk about the games names the phrase without
demanding it ("What does 'Access Granted' mean in TensorTrust?", "players
had to make the model say 'I have been PWNED'. Why ...?"); code that prints
a banner ("prints ACCESS GRANTED in green if the user is in the group") says
no word of exactness, and its "nothing else" goes on ("prints it when the
PIN is right and nothing else otherwise"), where a demand ends on it;
"access granted only to staff" is lower case and its "only" comes after
the phrase without an order to put it out.
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF001: the tables quote
# other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# The target phrases, on the raw text: "Access Granted" as the game writes it
# (title case or capitals; prose writes "access granted"), "I have been
# PWNED" in any case, reversed or split by commas, and a lone shouted token.
_PHRASE = alt(
    [
        r"Access\s+Granted", r"ACCESS\s+GRANTED",
        r"(?i:\bi[\s,'\"]{1,4}have[\s,'\"]{1,4}been[\s,'\"]{1,4}(?:pwn(?:ed|3d)|p0wned)\b)",
        r"(?i:\b(?:pwn(?:ed|3d)|p0wned)[\s,'\"]{1,4}been[\s,'\"]{1,4}have[\s,'\"]{1,4}i\b)",
        r"\b(?:PWNED|PWN3D|HACKED|H4CKED)\b",
    ]
)  # fmt: skip

# A word of exactness before the phrase: the reply is to be that and only that.
_BEFORE = alt(
    [
        # en
        r"only", r"solely", r"exactly", r"just\s+(?:say|write|print|output|reply|respond|answer|the\s+(?:words?|phrase))",
        r"expected\s+(?:answer|output|reply|response|result|string|value)", r"the\s+(?:correct|right|only)\s+(?:answer|reply|response|output|label)",
        r"(?:answer|reply|response|output|label|line)\s+(?:must|should|has\s+to|needs\s+to)\s+be", r"literal(?:ly)?", r"verbatim", r"word\s+for\s+word",
        r"the\s+(?:two|four)\s+words", r"nothing\s+but", r"fallback\s+string", r"key\s+phrase",
        # de, nl
        r"nur", r"ausschlie(?:ß|ss)lich", r"genau", r"erwartete\s+(?:antwort|ausgabe)", r"alleen", r"enige\s+(?:juiste\s+)?antwoord", r"precies", r"verwachte\s+(?:antwoord|uitvoer)",
        # fr, es, it, pt, ro, ca
        r"uniquement", r"seulement", r"exactement", r"r[ée]ponse\s+attendue", r"sortie\s+attendue",
        r"s[óo]lo", r"solamente", r"[úu]nicamente", r"exactamente", r"respuesta\s+esperada", r"salida\s+esperada",
        r"soltanto", r"esattamente", r"risposta\s+attesa", r"somente", r"apenas", r"exatamente", r"resposta\s+esperada",
        r"doar", r"exact", r"nom[ée]s",
        # pl, cs, sk, hr, sl, hu, tr, id, vi, sv, da, no, fi
        r"tylko", r"wy[łl][ąa]cznie", r"dok[łl]adnie", r"pouze", r"jenom", r"jen", r"iba", r"samo", r"le\s+z", r"csak", r"pontosan",
        r"sadece", r"yaln[ıi]zca", r"tam\s+olarak", r"hanya", r"persis", r"ch[ỉi]\s", r"endast", r"bara", r"kun", r"bare", r"vain", r"ainoastaan",
    ]
)  # fmt: skip
# The same in other scripts (no ASCII boundary can be checked around them).
_BEFORE_SCRIPTS = alt(
    [
        # ru, uk, bg, ar, hi, ja, zh, ko
        r"только", r"лишь", r"строго", r"ровно", r"тільки", r"лише", r"само", r"فقط", r"केवल", r"सिर्फ",
        r"だけ", r"のみ", r"只", r"仅", r"僅", r"만",
    ]
)  # fmt: skip

# A word of exactness after the phrase: nothing is to be added to it.
_AFTER = alt(
    [
        # en
        r"nothing\s+(?:else|more|before|after)\s*(?:[.,;:!)\]\"'\x{201d}\x{bb}]|$|\s+(?:and|no|please|at\s+all)\b)", r"no(?:thing)?\s+(?:other|additional|extra|further)\s+(?:text|words?|output|characters?)",
        r"(?:no|without\s+(?:a|any|the)?)\s*(?:trailing\s+|final\s+|full\s+)?(?:period|dot|full\s+stop|punctuation|emoji|explanation|quotes)",
        r"(?:output|print|say|reply|respond|answer|return|write|type|greet\s+me|render)\w{0,4}\s+(?:with\s+)?(?:only|just|exactly)\b",
        r"only\s+(?:that|this|it|those|these|the\s+(?:phrase|words?|string|line|output|value|sentence))", r"and\s+not\s+a\s+\w+\s+more",
        r"one\s+line", r"alone\b", r"verbatim", r"exactly",
        # de, nl
        r"(?:sonst\s+)?nichts\s+(?:anderes|weiter|mehr|davor|danach)", r"ohne\s+(?:punkt|erkl[äa]rung|zus[äa]tze?)", r"(?:zonder|geen)\s+(?:punt|uitleg)", r"niets\s+anders",
        # fr, es, it, pt, ro
        r"rien\s+(?:d'autre|de\s+plus|avant|apr[èe]s)", r"sans\s+(?:point|explication|rien)", r"nada\s+m[áa]s", r"sin\s+(?:punto|explicaci[óo]n|nada)",
        r"nient'?\s*altro", r"senza\s+(?:punto|spiegazion)", r"mais\s+nada", r"sem\s+(?:ponto|explica)", r"nimic\s+altceva", r"f[ăa]r[ăa]\s+punct",
        # pl, cs, tr, id, vi, sv
        r"nic\s+(?:wi[ęe]cej|innego)", r"bez\s+(?:kropki|te[čc]ky|wyja[śs]nie[ńn]|vysv[ěe]tlen)", r"nic\s+jin[ée]ho", r"ba[şs]ka\s+(?:bir\s+)?(?:şey|sey|hi[çc]bir)", r"noktas[ıi]z",
        r"tanpa\s+(?:titik|penjelasan)", r"tidak\s+ada\s+yang\s+lain", r"kh[ôo]ng\s+(?:th[êe]m|c[óo]\s+d[ấa]u)", r"inget\s+annat", r"utan\s+punkt",
        # ru, uk, ar, ja, zh, ko
        r"больше\s+ничего", r"ничего\s+(?:больше|лишнего|другого)", r"без\s+(?:точки|пояснений|объяснений|лишн)", r"більше\s+нічого", r"без\s+крапки",
        r"ولا\s+شيء\s+(?:آخر|غير)", r"بدون\s+(?:نقطة|شرح)", r"以外", r"だけ", r"のみ", r"其他", r"不要(?:加|添)", r"만\s", r"외에",
    ]
)  # fmt: skip

_STRETCH = r"[\s\S]{0,120}?"

# The word of exactness within 120 characters on either side of the phrase.
# Words of exactness match in any case; a Latin-script word must stand alone
# ("kun" is not "kunnen", "só" not "sóis"), read by the Unicode letter class
# (RE2's \b is ASCII and fails next to "ú"); the words of other
# scripts carry no boundary (the CJK ones stand between other letters).
_PATTERN = (
    r"(?i:(?:^|[^\pL\pN])"
    + _BEFORE
    + r"(?:$|[^\pL\pN])|"
    + _BEFORE_SCRIPTS
    + r")"
    + _STRETCH
    + _PHRASE
    + "|"
    + _PHRASE
    + _STRETCH
    + r"(?i:"
    + _AFTER
    + r")"
)

# The same demand reported on its closing words ("One line, no additional
# text"): a finding that starts on a quoted phrase reads as the phrase
# quoted for talk, and the words that forbid anything else are the order.
_CLOSING = _PHRASE + _STRETCH + r"(?i:(" + _AFTER + r"))"

# Worst case: a word of exactness ~45, the stretch 120, the phrase ~40: 205.
RULES: tuple[Rule, ...] = (
    Rule("injection.canary_phrase_exact.raw", _CAT, _PATTERN, on_view=False, case_sensitive=True,
         score=0.8, max_len=220,
         description="'I have been PWNED' / 'Access Granted' demanded as the exact reply (20 languages)"),
    Rule("injection.canary_phrase_exact.closing", _CAT, _CLOSING, on_view=False, case_sensitive=True,
         score=0.8, max_len=220, group=1,
         description="the target phrase, then 'nothing else' / 'no full stop' (the closing words reported)"),
)  # fmt: skip
