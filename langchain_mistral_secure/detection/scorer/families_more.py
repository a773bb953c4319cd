# ruff: noqa: E501
# (a docstring example wider than the line limit)
"""More attack families and benign look-alikes, built from parts written here.

:mod:`.families` gives each attack family a few whole sentences per language.
These templates are compositional instead: a short override core ("ignore the
above") in many languages joined to an output hijack, standalone requests for
the system prompt, payloads hidden behind base64, ROT13, hex or URL encoding,
notes addressed to an assistant planted in longer documents (with the same
documents also as benign rows, so their own wording carries no weight), and
persona switches. The benign side has role-play, questions about attacks and
defences, and everyday instructions that use "ignore", "previous" or "system".
No row of any dataset is copied; every part is written for this project.
Rows are drawn by a seeded ``random.Random``, so training stays deterministic.
"""

from __future__ import annotations

import base64
import codecs
import random
import urllib.parse
from typing import Any

from langchain_mistral_secure.detection.scorer._families_more_parts import (
    _ADDRESSEES,
    _BENIGN_EVERYDAY,
    _BENIGN_ROLEPLAY,
    _BENIGN_SECURITY,
    _CORES,
    _DEMANDS,
    _DOCUMENTS,
    _ENCODED_INSTRUCTIONS,
    _ENCODED_WRAPPERS,
    _EXTRACT_MANNER,
    _EXTRACT_OBJECTS,
    _EXTRACT_QUESTIONS,
    _EXTRACT_VERBS,
    _PAYLOADS,
    _PERSONA_NAMES,
    _PERSONA_PARTS,
    _PERSONA_TAILS,
    _ROLES,
    _SIMULATED,
    _SIMULATION,
    _SPEC,
    _TASKS,
)

__all__ = ["more_family_rows"]


def _benign_structured(rng: random.Random) -> list[str]:
    rows = [
        _SIMULATION.format(
            thing=thing,
            inputs="commands",
            one="command",
            first=rng.choice(["pwd", "help", "ls", "1 + 1", "start"]),
        )
        for thing in _SIMULATED
    ]
    for role in _ROLES:
        task = rng.choice(_TASKS)
        rows.append(
            _SPEC.format(
                title=f"{role.title()} assistant v{rng.randint(1, 4)}",
                role=role,
                task_lower=task[0].lower() + task[1:],
                lang=rng.choice(["English", "plain English", "the user's language"]),
                n=rng.choice([100, 150, 200]),
            )
        )
    return rows


def _encode(kind: str, text: str) -> str:
    if kind == "base64":
        return base64.b64encode(text.encode()).decode()
    if kind == "ROT13":
        return codecs.encode(text, "rot13")
    if kind == "hex":
        return text.encode().hex()
    return urllib.parse.quote(text)


_LEAD_SHARE = 0.7


def _hijacks(rng: random.Random) -> list[str]:
    rows: list[str] = []
    for questions, cores, verbs in _CORES.values():
        for core in cores:
            for _ in range(6):
                lead = rng.choice(questions) + rng.choice([" ", "\n", " \n\n"])
                lead = lead if rng.random() < _LEAD_SHARE else ""
                verb, payload = rng.choice(verbs), rng.choice(_PAYLOADS)
                rows.append(f'{lead}{core} {verb} "{payload}"')
    return rows


def _extractions(rng: random.Random) -> list[str]:
    rows = [
        f"{verb} {obj}{rng.choice(_EXTRACT_MANNER)}."
        for verb in _EXTRACT_VERBS
        for obj in rng.sample(_EXTRACT_OBJECTS, 4)
    ]
    return rows + list(_EXTRACT_QUESTIONS)


def _encoded(rng: random.Random) -> list[str]:
    return [
        wrapper.format(kind=kind, code=_encode(kind, rng.choice(_ENCODED_INSTRUCTIONS)))
        for wrapper in _ENCODED_WRAPPERS
        for kind in ("base64", "ROT13", "hex", "URL-encoded")
    ]


def _planted(rng: random.Random) -> list[str]:
    rows: list[str] = []
    for document in _DOCUMENTS:
        sentences = document.split(". ")
        for _ in range(6):
            note = f"{rng.choice(_ADDRESSEES)} {rng.choice(_DEMANDS)}"
            at = rng.randrange(len(sentences) + 1)
            rows.append(". ".join([*sentences[:at], note, *sentences[at:]]))
    return rows


def _personas(rng: random.Random) -> list[str]:
    return [
        f"{part.format(name=name)} {rng.choice(_PERSONA_TAILS).format(name=name)}"
        for part in _PERSONA_PARTS
        for name in rng.sample(_PERSONA_NAMES, 3)
    ]


def _attacks(rng: random.Random) -> list[str]:
    return [
        *_hijacks(rng),
        *_extractions(rng),
        *_encoded(rng),
        *_planted(rng),
        *_personas(rng),
    ]


def _benign(rng: random.Random) -> list[str]:
    rows = list(_DOCUMENTS) + list(_BENIGN_SECURITY) + list(_BENIGN_EVERYDAY)
    for template in _BENIGN_ROLEPLAY:
        for role in rng.sample(_ROLES, 4):
            task = rng.choice(_TASKS)
            rows.append(
                template.format(
                    role=role, task=task, task_lower=task[0].lower() + task[1:]
                )
            )
    for questions, _, _ in _CORES.values():
        rows.extend(questions)
    return rows + _benign_structured(rng)


def more_family_rows(seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Return ``{"families_more_attacks": rows, "families_more_benign": rows}``.

    Example:
        >>> rows = more_family_rows()
        >>> len(rows["families_more_attacks"]) > 300, rows["families_more_benign"][0]["label"]
        (True, 0)
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible sampling, not secrets
    out = {}
    for name, label, texts in (
        ("families_more_attacks", 1, _attacks(rng)),
        ("families_more_benign", 0, _benign(rng)),
    ):
        out[name] = [
            {"text": t, "label": label, "id": f"{name}{i}"} for i, t in enumerate(texts)
        ]
    return out
