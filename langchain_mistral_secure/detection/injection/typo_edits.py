"""A dismissal of the model's setup typed with one slip of a finger, in six languages.

Family: direct goal hijacking (typo'd hijacks). :mod:`.typo_hijack` lists
the misspellings people were seen to make in English; the next writer makes
another one ("disregrad", "anweisungn", "instruciones"). A slip of the
finger is almost always one edit: a letter dropped, or two neighbours
swapped. So this module *generates* those edits from the correct words (the
dismissal verbs, the qualifiers "previous / system / earlier" and the nouns
for the model's setup, in English, Spanish, German, French, Italian and
Portuguese) and keeps the structure of the correctly spelled rules: a verb
of dismissal with the model's setup as its object. At least one word must
be misspelled (the correct phrase is the override family's, with its own
vetoes), and a misspelled verb needs a qualifier or a possessive before the
noun ("disregrad systme promt", "olvida las instruciones", "vergiss deine
anweisungn").

Safe on benign text: the generated forms are checked against a short list
of real words they would collide with ("forge", "rues"), words shorter than
five letters are never varied, and the object must still be instructions,
a prompt or guidelines; "ignore the typos in my instructions" keeps a
correctly spelled verb and noun and is not this rule's.
"""

from __future__ import annotations

from collections.abc import Iterable

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES", "one_slip"]

_CAT = "override"

# Generated forms that are real words (or other rules' words) in one of the
# six languages: never treated as a slip.
_REAL_WORDS = frozenset(
    {
        "forge",
        "foret",
        "ignor",
        "olvid",
        "regle",
        "regla",
        "regel",
        "promp",
        "rompt",
        "oubli",
    }
)


def one_slip(word: str) -> list[str]:
    """Forms of ``word`` with one letter dropped or two neighbours swapped.

    Args:
        word: a lowercase ASCII word of at least five letters.

    Returns:
        The distinct forms, without the word itself and without real words
        it would collide with, sorted.
    """
    forms: set[str] = set()
    for i in range(len(word)):
        forms.add(word[:i] + word[i + 1 :])
    for i in range(len(word) - 1):
        forms.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    forms.discard(word)
    return sorted(f for f in forms if len(f) >= 4 and f not in _REAL_WORDS)  # noqa: PLR2004


def _slips(words: Iterable[str]) -> str:
    words = tuple(words)
    forms: set[str] = set()
    for word in words:
        forms.update(one_slip(word))
    # "prompts" minus its "s" is "prompt": a correct word is no slip.
    forms.difference_update(words)
    return alt(sorted(forms, key=lambda f: (-len(f), f)))


_VERBS = (
    "ignore",
    "disregard",
    "forget",
    "olvida",
    "ignora",
    "vergiss",
    "ignoriere",
    "oublie",
    "dimentica",
    "esqueca",
)
_QUALS = ("previous", "system", "earlier", "original", "initial", "anteriores")
_NOUNS = (
    "instructions",
    "instruction",
    "prompts",
    "prompt",
    "directives",
    "guidelines",
    "instrucciones",
    "anweisungen",
    "istruzioni",
    "instrucoes",
    "consignes",
    "richtlinien",
    "vorgaben",
)

_VERB_RIGHT = alt(_VERBS)
_VERB_SLIP = _slips(_VERBS)
_NOUN_RIGHT = alt((*_NOUNS, r"rules", r"reglas", r"regeln", r"regles", r"regole"))
_NOUN_SLIP = _slips(_NOUNS)
_QUAL = alt((_slips(_QUALS), alt(_QUALS), r"b4", r"prior", r"above"))
_OWN = (
    r"(?:your|ur|yur|all\s+(?:your|ur|the)|tus|tes|vos|deine|ihre|le\s+tue|suas|"
    r"as\s+suas)"
)
_DET = (
    r"(?:(?:all|the|da|teh|las|los|les|die|le|gli|as|os|todas\s+las|toutes\s+les|"
    r"alle|tutte\s+le|todas\s+as)\s+)?"
)

_FOLDED = (
    # a slipped verb: a possessive or a qualifier before the noun
    r"\b" + _VERB_SLIP + r"\s+" + _DET + r"(?:" + _OWN + r"\s+(?:" + _QUAL + r"\s+)?|"
    + _QUAL + r"\s+)(?:" + _NOUN_RIGHT + r"|" + _NOUN_SLIP + r")\b"
    # a slipped noun after any dismissal verb
    + r"|\b(?:" + _VERB_RIGHT + r"|" + _VERB_SLIP + r")\s+" + _DET + r"(?:" + _OWN
    + r"\s+)?(?:" + _QUAL + r"\s+)?" + _NOUN_SLIP + r"\b"
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.typo_edits.dismiss", _CAT, _FOLDED, score=0.75, max_len=120,
         description="one slip of a finger: ignore the (previous) instructions"),
)  # fmt: skip
