"""Role specifications: texts that open by giving the assistant a role.

A prompt specification ("Act as a sommelier ...", "You are a senior Python
reviewer. Your task ...", "## Role", "我想让你充当 Linux 终端") is the benign
kind whose held-out tail caps the scorer's flag threshold once the scorer has
learned from the project's corpora: it tells the model who to be and how to
answer, the same moves an injection makes. The training command can calibrate
two flag thresholds (``--role-exemption``): texts that open with a role
assignment keep the one-threshold value (what they would get without the
exemption), and every other text gets a lower one calibrated by the same
per-file rule. A role prefix therefore never lowers the bar; it can only keep
an attack at the bar it would have met anyway.

The evidence is structural and multilingual: a role assignment within the
first :data:`ROLE_PREFIX` characters of the detection view (lower-cased, with
look-alike letters folded). One RE2 search over a bounded prefix: linear time.
"""

from __future__ import annotations

from langchain_mistral_secure.detection._byte_search import compile_program
from langchain_mistral_secure.detection.normalize import fold_char

__all__ = ["ROLE_PREFIX", "fold_pattern", "opens_with_role"]

ROLE_PREFIX = 320
"""View characters searched: a specification states the role up front."""

# A word start in any script (RE2's \b is ASCII only): the text's start,
# white space or punctuation. A small class keeps the automaton small.
_B = r"(?:^|[\s\"'(\[{*#>:;,.!?¡¿«»“”\x{2018}\x{2019}„—\x{2013}/-])"
_ARTICLE = r"(?:a|an|the|my|your|our)\s"

_PARTS = (
    # English: act as or like, I want you to act or pretend, you are a or an,
    # pretend to be, play or assume the role of, your role is, and role or
    # persona headings.
    _B + r"act(?:ing)?\s+(?:as|like)\s",
    _B + r"i\s+(?:want|need|would\s+like)\s+you\s+to\s+"
    r"(?:act|pretend|be|play|behave|serve|become|take\s+on|roleplay|role-play)\s",
    _B + r"you\s+are\s+(?:a|an)\s",
    _B + r"you(?:'re|\s+are)\s+(?:now\s+)?(?:acting|playing|serving)\s+as\s",
    _B + r"pretend\s+(?:to\s+be|you\s+are|you're|that\s+you)\s",
    _B + r"(?:play|assume|take\s+on|adopt)\s+(?:the\s+)?(?:role|persona|character)\s",
    _B + r"(?:your|the\s+assistant's)\s+role\s+is\s",
    _B + r"serve\s+as\s+" + _ARTICLE,
    r"(?:^|\n)[\s#*>]*(?:role|persona|character)\s*[:\x{ff1a}]",
    r"(?:^|\n)#+\s*(?:role|persona)(?:\s|$)",
    # French, Spanish, Portuguese, Italian, German, Dutch.
    _B + r"(?:agis|agissez)\s+(?:comme|en\s+tant\s+que)\s",
    _B + r"(?:tu\s+es|vous\s+êtes)\s+(?:un|une)\s",
    _B + r"(?:joue|jouez|incarne|incarnez)\s+(?:le\s+rôle|un|une)\s",
    _B + r"je\s+(?:veux|voudrais|souhaite)\s+que\s+(?:tu|vous)\s+"
    r"(?:agisses|agissiez|joues|jouiez|sois|soyez|incarnes)\s",
    _B + r"(?:actúa|actua|actúe|actue|compórtate)\s+como\s",
    _B + r"(?:eres|es\s+usted)\s+(?:un|una)\s",
    _B + r"quiero\s+que\s+(?:actúes|actues|seas|hagas\s+de|interpretes)\s",
    _B + r"(?:haz|haga)\s+(?:el\s+papel|de)\s",
    _B + r"(?:atue|aja|atua|comporte-se)\s+como\s",
    _B + r"(?:você\s+é|tu\s+és)\s+(?:um|uma)\s",
    _B + r"quero\s+que\s+(?:você\s+)?(?:atue|aja|seja|finja|interprete)\s",
    _B + r"(?:agisci|comportati)\s+come\s",
    _B + r"sei\s+(?:un|una|uno|un')\s?",
    _B + r"voglio\s+che\s+tu\s+(?:agisca|faccia|sia|interpreti)\s",
    _B + r"(?:agiere|handle|fungiere|verhalte\s+dich)\s+(?:als|wie)\s",
    _B + r"(?:du\s+bist|sie\s+sind)\s+(?:ein|eine)\s",
    _B + r"(?:ich\s+möchte,?\s+dass\s+du|schlüpfe)\s+(?:als|in\s+die\s+rolle)\s",
    _B + r"(?:gedraag\s+je|treed\s+op)\s+als\s",
    _B + r"je\s+bent\s+een\s",
    _B + r"speel\s+de\s+rol\s",
    # Russian, Ukrainian, Polish, Turkish.
    _B + r"(?:действуй|веди\s+себя|выступи|выступай|представь,?\s+что\s+ты)"
    r"(?:\s|$)",
    _B + r"(?:сыграй|играй|исполни)\s+роль\s",
    _B + r"(?:ты|вы)\s*\S?\s*(?:опытный|профессиональный|эксперт)",
    _B + r"я\s+хочу,?\s+чтобы\s+(?:ты|вы)\s+(?:выступил|действовал|играл|был|стал)",
    _B + r"(?:дій|поводься|уяви,?\s+що\s+ти|зіграй\s+роль)(?:\s|$)",
    _B + r"(?:zachowuj\s+się|działaj)\s+jak\s",
    _B + r"(?:wciel\s+się|odegraj\s+rolę|jesteś\s+(?:ekspertem|doświadczonym))",
    _B + r"(?:gibi\s+davran|rolünü\s+(?:oyna|üstlen)|sen\s+bir\s)",
    # Chinese, Japanese, Korean.
    r"我(?:想|希望|要|需要)(?:让|請|请)?(?:你|您)(?:来)?(?:充当|扮演|担任|擔任|作为|作為|成为|成為)",
    r"(?:请|請)?(?:你|您)?(?:充当|扮演|擔任|担任)",
    r"(?:你|您)是一(?:个|個|名|位)",
    r"として(?:振る舞|振舞|ふるま|行動|答え|働)",
    r"(?:になりきって|の役を演じ|役割を演じ|の役になって)",
    r"あなたは[^。\n]{1,24}(?:です|だ)",
    r"(?:역할을\s*(?:해|맡|하)|처럼\s*행동|인\s*척\s*해)",
    r"당신은\s*[^.\n]{1,24}(?:입니다|이다)",
    # Arabic, Hindi, Vietnamese, Indonesian.
    r"(?:تصرف|تصرّف|تصرفي)\s+(?:ك|مثل)",
    r"(?:أريدك\s+أن\s+(?:تتصرف|تلعب|تكون)|العب\s+دور)",
    r"(?:की\s+तरह\s+(?:व्यवहार|काम)|की\s+भूमिका\s+निभा)",
    _B + r"(?:hãy\s+)?(?:đóng\s+vai|đóng\s+vai\s+trò|bạn\s+là\s+(?:một|chuyên))",
    _B + r"(?:bertindaklah|bertindak)\s+sebagai\s",
    _B + r"(?:berperan|berperanlah)\s+sebagai\s",
    _B + r"kamu\s+adalah\s+(?:seorang|sebuah)\s",
)


def fold_pattern(pattern: str) -> str:
    """``pattern`` with each non-ASCII character folded as the view folds it.

    The view maps look-alike letters to Latin ones and drops accents and
    combining marks ("ты" -> "tы", "você" -> "voce", "です" -> "てす"), so the
    patterns are written as a reader writes them and folded the same way.
    """
    return "".join(fold_char(c) if ord(c) > 0x7F else c for c in pattern)  # noqa: PLR2004


# A prompt written as a reusable artifact: a prompt-library header (name,
# title, version, author, change log) on one of the first lines, the words
# "prompt template", or a JSON prompt for a model ("category", "subject",
# "task" ... keys up front). Placeholders for the user to fill in ("${url}",
# "{{topic}}", "[insert role]") mark a template anywhere in the text.
_ARTIFACT_PARTS = (
    (
        r"(?:^|\n)[\s#*>=-]*(?:prompt\s+name|prompt\s+title|title|version|author"
        r"|last\s+(?:modified|updated)|changelog|change\s+log)\s*[:\x{ff1a}]"
    ),
    r"(?:^|\n)[\s#*>=-]*changelog(?:\s|$)",
    r"(?:^|[^\pL])prompt\s+template(?:[^\pL]|$)",
    (
        r"^\s*\{\s*\"(?:category|subject|model|task|objective|style|scene|prompt"
        r"|image|camera|lighting|composition)\"\s*:"
    ),
)
_PLACEHOLDER = compile_program(
    r"\$\{[^}\n]{1,60}\}|\{\{[^}\n]{1,60}\}\}|\[insert\s[^\]\n]{1,60}\]"
)
_ROLE = compile_program(
    "(?:"
    + "|".join(fold_pattern(p) for p in _PARTS)
    + "|"
    + "|".join(_ARTIFACT_PARTS)
    + ")"
)


def opens_with_role(view_text: str) -> bool:
    """Whether a text gives the assistant a role in its first characters.

    ``view_text`` is the detection view's text (lower-cased and folded, see
    :func:`~langchain_mistral_secure.detection.normalize.build_view`).

    Example:
        >>> opens_with_role("act as a patient driving instructor.")
        True
        >>> opens_with_role("我想让你充当 linux 终端。")
        True
        >>> opens_with_role("summarize the attached invoice.")
        False
    """
    return (
        _ROLE.search(view_text[:ROLE_PREFIX]) is not None
        or _PLACEHOLDER.search(view_text) is not None
    )
