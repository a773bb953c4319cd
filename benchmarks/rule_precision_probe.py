"""``python -m benchmarks.rule_precision --probe NAME``: a held-out probe round.

Reads ``tests/unit_tests/input/probe_<NAME>.py`` (its ``ROWS`` of benign
look-alikes and, when it has them, its ``ATTACKS``) and prints counts per
family and the index and rule ids of each flagged row, never a row's text.
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import blind
from benchmarks.rule_precision_child import SCORER, default_tools

PROBE_DIR = Path(__file__).resolve().parent.parent / "tests" / "unit_tests" / "input"
DEFAULT_PROBE = "h18_benign"


def probe_report(name: str = DEFAULT_PROBE) -> str:
    """A benign probe round: flagged rows per family, and what flagged them.

    Args:
        name: The round's module name after ``probe_`` (``h18_benign``).

    Returns:
        Counts per family, then each flagged row's index and rule ids.
    """
    import importlib.util

    path = PROBE_DIR / f"probe_{name}.py"
    spec = importlib.util.spec_from_file_location(f"probe_{name}", path)
    if spec is None or spec.loader is None:
        msg = f"cannot load {path}"
        raise RuntimeError(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows: list[tuple[str, str]] = module.ROWS
    rules, scorer = default_tools()
    sanitize = blind.default_sanitizer()
    lines = []
    totals = Counter[str]()
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    for index, (family, text) in enumerate(rows):
        ids = sorted({f.rule_id for f in rules(text)})
        by_scorer = bool(scorer(text))
        _, altered = sanitize(text)
        verdict = {
            "rows": True,
            "rules": bool(ids),
            "scorer": by_scorer,
            "both": bool(ids) or by_scorer,
            "altered": altered,
        }
        for key, value in verdict.items():
            totals[key] += value
            by_family[family][key] += value
        if verdict["both"]:
            lines.append(f"  row {index} ({family}): {', '.join(ids) or SCORER}")
    head = [
        f"{name}: rules {c['rules']}, scorer {c['scorer']}, both {c['both']}, "
        f"altered {c['altered']} of {c['rows']}"
        for name, c in [("all", totals), *sorted(by_family.items())]
    ]
    return "\n".join(
        [*head, "flagged rows:", *lines, *_probe_attacks(module, rules, sanitize)]
    )


def _probe_attacks(
    module: Any, rules: Callable[[str], Any], sanitize: Any
) -> list[str]:
    """The round's ``ATTACKS``, if any: caught by the rules, altered, missed."""
    attacks = [
        a if isinstance(a, str) else a[0] for a in getattr(module, "ATTACKS", [])
    ]
    if not attacks:
        return []
    caught = altered = 0
    missed: list[str] = []
    for index, text in enumerate(attacks):
        hit = bool(rules(text))
        changed = sanitize(text)[1]
        caught += hit
        altered += changed
        if not (hit and changed):
            missed.append(str(index))
    return [
        f"attacks: rules {caught}, altered {altered} of {len(attacks)}",
        f"not caught and altered: {', '.join(missed) or '-'}",
    ]
