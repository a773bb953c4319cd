"""Security writing: texts that open by naming the study of attacks.

A question about a quoted payload ("where does the attack start in this
transcript?"), a review of a detection rule, a draft security policy, an
incident write-up: security writing quotes attacks in order to talk about
them, so a scorer that learned what attacks look like reads it as one. For
weights trained on the project's corpora its held-out tail is what sets the
flag threshold once prompt specifications are exempt (:mod:`.role_spec`).
The training command can widen that exemption (``--security-exemption``):
such texts, like prompt specifications, keep the one-threshold value, and
every other text gets the lower threshold calibrated by the same per-file
rule. The exemption never lowers the bar: an attack that names itself an
attack keeps the threshold it would have met without the exemption.

The evidence is structural and multilingual: within the first
:data:`SECURITY_PREFIX` characters of the detection view, the text names
attacks on a model or on text as a subject (prompt injection, jailbreaking
as a topic, red teaming, guardrails, threat models, detection rules and
classifiers, security policies and reviews, attacks and attackers,
malicious instructions). Nouns of harmful tasks (phishing, malware,
exploits, payloads) are left out on purpose: a jailbreak names them as the
task it wants done, not as a subject of study. One RE2 search over a
bounded prefix: linear time.
"""

from __future__ import annotations

from langchain_mistral_secure.detection._byte_search import compile_program
from langchain_mistral_secure.detection.scorer.role_spec import fold_pattern

__all__ = ["SECURITY_PREFIX", "discusses_attacks"]

SECURITY_PREFIX = 320
"""View characters searched: security writing states its subject up front."""

# A word start in any script (RE2's \b is ASCII only), as in role_spec, and a
# word end: white space, punctuation or the end of the prefix.
_B = r"(?:^|[\s\"'(\[{*#>:;,.!?¡¿«»“”\x{2018}\x{2019}„—\x{2013}/-])"
_E = r"(?:$|[\s\"'),.:;!?\]}»”\x{2019}-])"

_PARTS = (
    # English: the subject named as a noun phrase.
    _B + r"prompt[\s-]*injections?" + _E,
    _B + r"injection\s+attacks?" + _E,
    _B + r"jailbreak(?:s|ing)?" + _E,
    _B + r"red[\s-]?team(?:s|ing|er|ers)?" + _E,
    _B + r"attack(?:s|er|ers)?" + _E,
    _B + r"threat\s+model(?:s|ing|ling)?" + _E,
    _B + r"adversarial" + _E,
    _B + r"guardrails?" + _E,
    _B + r"detection\s+rules?" + _E,
    _B + r"(?:injection|jailbreak|attack|abuse|safety)\s+"
    r"(?:classifier|detector|filter)s?" + _E,
    _B + r"social\s+engineering" + _E,
    _B + r"security\s+(?:policy|policies|guidance|guidelines?|review|team|training"
    r"|awareness|advisory|researchers?|audit)" + _E,
    _B + r"malicious\s+(?:instructions?|prompts?|inputs?|text|content|documents?"
    r"|e-?mails?|messages?|comments?)" + _E,
    # French, Spanish, Portuguese, Italian, German, Dutch.
    _B + r"injection\s+de\s+prompt",
    _B + r"(?:attaques?|attaquants?)" + _E,
    _B + r"instructions?\s+malveillantes?" + _E,
    _B + r"inyección\s+de\s+(?:prompt|instrucciones)",
    _B + r"(?:ataques?|atacantes?)" + _E,
    _B + r"instrucciones\s+maliciosas" + _E,
    _B + r"injeção\s+de\s+(?:prompt|instruç)",
    _B + r"iniezione\s+di\s+prompt",
    _B + r"(?:attacco|attacchi|attaccanti?)" + _E,
    _B + r"prompt-injektion",
    _B + r"(?:angriff|angreifer)",
    _B + r"aanval",
    # Russian, Turkish, Polish.
    _B + r"промпт-инъекц",
    _B + r"инъекци[яиюей]\s+(?:промпт|подсказ|инструкц)",
    _B + r"атак[аиуеойм]",
    _B + r"злоумышленник",
    _B + r"джейлбрейк",
    _B + "sald\u0131r\u0131",  # Turkish, with the dotless i
    _B + r"wstrzyknięci[ea]\s+(?:prompt|polece)",
    _B + r"atak(?:i|u|ów)?" + _E,
    # Chinese, Japanese, Korean (no word boundaries).
    r"提示(?:词)?注入",
    r"注入攻击",
    r"越狱",
    r"攻击",
    r"红队",
    r"恶意指令",
    r"プロンプトインジェクション",
    r"脱獄",
    r"ジェイルブレイク",
    r"攻撃",
    r"悪意のある指示",
    r"프롬프트\s*인젝션",
    r"탈옥",
    r"공격",
    r"악의적인\s*지시",
    # Arabic, Hindi, Vietnamese, Indonesian.
    r"حقن\s+(?:الأوامر|التعليمات|الموجه)",
    r"(?:هجوم|هجمات)",
    r"(?:हमला|हमले)",
    _B + r"tấn\s+công",
    _B + r"serangan",
)
_SECURITY = compile_program("(?:" + "|".join(fold_pattern(p) for p in _PARTS) + ")")


def discusses_attacks(view_text: str) -> bool:
    """Whether a text names the study of attacks in its first characters.

    ``view_text`` is the detection view's text (lower-cased and folded, see
    :func:`~langchain_mistral_secure.detection.normalize.build_view`).

    Example:
        >>> discusses_attacks("where does the attack start in this transcript?")
        True
        >>> discusses_attacks("was ist prompt-injektion?")
        True
        >>> discusses_attacks("write a phishing e-mail for a bank.")
        False
    """
    return _SECURITY.search(view_text[:SECURITY_PREFIX]) is not None
