"""Per-rule precision: which rules fire on benign text, and what each alone catches.

``python -m benchmarks.rule_precision`` runs the injection rules and the scorer
on every row of the dev corpora given by ``--corpora`` (an explicit list,
default 1-12: ``benchmarks/blind_corpus``, ``blind_corpus_2`` ... ``_12``; never
the blind corpus 13) and of the shared prompt-injection files, and prints, per rule
id:

* ``benign``: benign rows it fires on, in total and per benign file
  (``c4/benign_security 3`` ...), with the number of distinct corpora and
  shared files (``sources``) it fires in: a rule that fires on benign text of
  several authors is structurally broad, the one to fix;
* ``alone``: attack rows it alone catches (no other rule and not the scorer),
  per attack file: what tightening it would cost.

The scorer is listed as one more rule, ``(scorer)``.

``--markdown PATH`` also writes the table as Markdown; ``--dump PATH`` writes
one JSON line per row (set, file, row index, label, rule ids that fired,
scorer verdict; never the text) so that two commits can be compared row by
row with ``--compare OLD NEW`` (or tabulated again with ``--table-from``).
``--only`` keeps files whose name contains it.
``--probe [NAME]`` measures a held-out benign probe round instead
(``tests/unit_tests/input/probe_<NAME>.py``, default ``h18_benign``; h17-fp's
round is ``h17_benign``, h19-secq's ``h19_security``): rows flagged by the
rules, the scorer, either, and altered by ``InputSanitizer()``, per family,
with the rule ids of each flagged row (its index, never its text); and, when
the round has ``ATTACKS``, how many the rules catch and the sanitizer alters.
Rows never leave the process; only counts and ids are printed.
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules; it prints)

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import blind, data

DEV_CORPORA = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
# The blind estimate: never read here, whatever ``--corpora`` says.
BLIND_CORPORA = frozenset({13})
SCORER = "(scorer)"


def dev_sets(
    only: str | None = None, corpora: tuple[int, ...] = DEV_CORPORA
) -> dict[str, list[dict[str, Any]]]:
    """``c<N>/<file>`` for the given dev corpora and ``shared/<file>`` -> rows.

    Args:
        only: Keep files whose name contains this.
        corpora: The dev corpora to read, an explicit list (never a blind one).

    Returns:
        Rows per file.

    Raises:
        ValueError: When ``corpora`` names a blind corpus.
    """
    blind_ones = sorted(BLIND_CORPORA.intersection(corpora))
    if blind_ones:
        msg = f"corpora {blind_ones} are blind; only dev corpora are read here"
        raise ValueError(msg)
    sets: dict[str, list[dict[str, Any]]] = {}
    for n in corpora:
        for name, rows in blind.load_corpus(blind.corpus_dir(n), only=only).items():
            sets[f"c{n}/{name}"] = rows
    base = data.data_dir()
    if base is not None:
        for path in sorted((base / data.INJECTION_DIR).glob("*.jsonl")):
            if only and only not in path.stem:
                continue
            rows = data.load_jsonl(f"{data.INJECTION_DIR}/{path.name}") or []
            sets[f"shared/{path.stem}"] = rows
    return sets


def _default_tools() -> tuple[Callable[[str], Any], Callable[[str], Any]]:
    from langchain_mistral_secure.detection.engine import get_detector
    from langchain_mistral_secure.detection.scorer import get_scorer

    return get_detector("injection").detect, get_scorer().detect


def verdicts(sets: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One record per row: where it is, its label, the rules and the scorer."""
    rules, scorer = _default_tools()
    out = []
    for name, rows in sets.items():
        for index, row in enumerate(rows):
            text = row["text"]
            out.append(
                {
                    "set": name,
                    "row": index,
                    "label": int(row["label"]),
                    "rules": sorted({f.rule_id for f in rules(text)}),
                    "scorer": bool(scorer(text)),
                }
            )
    return out


def precision_table(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per rule: benign rows fired on (per file) and attack rows it alone catches."""
    benign: dict[str, Counter[str]] = defaultdict(Counter)
    alone: dict[str, Counter[str]] = defaultdict(Counter)
    attacks: Counter[str] = Counter()
    for record in records:
        # The scorer is read as one more "rule", so its false positives show.
        fired = record["rules"] + ([SCORER] if record["scorer"] else [])
        for rule in fired:
            if record["label"] == 0:
                benign[rule][record["set"]] += 1
            else:
                attacks[rule] += 1
        if record["label"] == 1 and len(fired) == 1:
            alone[fired[0]][record["set"]] += 1
    out = []
    for rule in sorted(set(benign) | set(alone) | set(attacks)):
        sources = {
            name.split("/")[0] if name.startswith("c") else name
            for name in benign[rule]
        }
        out.append(
            {
                "rule": rule,
                "benign": sum(benign[rule].values()),
                "sources": len(sources),
                "benign_files": dict(benign[rule].most_common()),
                "attacks": attacks[rule],
                "alone": sum(alone[rule].values()),
                "alone_files": dict(alone[rule].most_common()),
            }
        )
    out.sort(key=lambda r: (-r["sources"], -r["benign"], r["alone"], r["rule"]))
    return out


def _files(counts: dict[str, int], top: int = 6) -> str:
    items = list(counts.items())
    shown = ", ".join(f"{name} {n}" for name, n in items[:top])
    return shown + (f", +{len(items) - top} more" if len(items) > top else "")


def markdown(table: list[dict[str, Any]], top: int | None = None) -> str:
    """The table, broadest rules first (only rules that fire on benign text)."""
    lines = [
        (
            "Per-rule precision on the dev corpora and the shared files (rules as "
            "shipped, after their vetoes). `benign`: benign rows the rule fires on; "
            "`sources`: distinct corpora (c1-c7) and shared files among them; "
            "`attacks`: attack rows it fires on; `alone`: attack rows no other rule "
            "and not the scorer catch."
        ),
        "",
        (
            "| rule | benign | sources | attacks | alone | benign rows by file | "
            "caught alone by file |"
        ),
        "|---|---:|---:|---:|---:|---|---|",
    ]
    rows = [r for r in table if r["benign"]]
    lines.extend(
        f"| {r['rule']} | {r['benign']} | {r['sources']} | {r['attacks']} | "
        f"{r['alone']} | {_files(r['benign_files'])} | "
        f"{_files(r['alone_files'])} |"
        for r in (rows[:top] if top else rows)
    )
    return "\n".join(lines)


def compare(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> str:
    """Per file: rows caught (attack) or flagged (benign), before -> after."""
    key = lambda r: (r["set"], r["row"])  # noqa: E731
    before = {key(r): bool(r["rules"]) or r["scorer"] for r in old}
    lines = [
        "| file | label | rows | before | after | lost/new FP | gained/cut |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    by_file: dict[str, list[tuple[int, bool, bool]]] = defaultdict(list)
    for r in new:
        was = before.get(key(r))
        if was is None:
            continue
        by_file[r["set"]].append((r["label"], was, bool(r["rules"]) or r["scorer"]))
    for name, rows in sorted(by_file.items()):
        label = rows[0][0]
        was = sum(w for _, w, _ in rows)
        now = sum(n for _, _, n in rows)
        worse = sum((w and not n) if label else (n and not w) for _, w, n in rows)
        better = sum((n and not w) if label else (w and not n) for _, w, n in rows)
        if was != now or worse or better:
            lines.append(
                f"| {name} | {label} | {len(rows)} | {was} | {now} | {worse} | "
                f"{better} |"
            )
    return "\n".join(lines)


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
    rules, scorer = _default_tools()
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


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """Print the per-rule table (or compare two dumps)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rule_precision")
    parser.add_argument("--only", default=None, help="files whose name contains this")
    parser.add_argument(
        "--corpora",
        type=int,
        nargs="+",
        default=list(DEV_CORPORA),
        help="dev corpora to read (explicit list; default 1-8)",
    )
    parser.add_argument("--top", type=int, default=None, help="rules to print")
    parser.add_argument("--markdown", type=Path, default=None)
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--compare", type=Path, nargs=2, default=None)
    parser.add_argument(
        "--probe", nargs="?", const=DEFAULT_PROBE, default=None, metavar="NAME"
    )
    parser.add_argument(
        "--table-from", type=Path, default=None, help="a --dump file to tabulate"
    )
    args = parser.parse_args(argv)
    if args.probe is not None:
        print(probe_report(args.probe))
        return 0
    if args.compare:
        print(compare(_load(args.compare[0]), _load(args.compare[1])))
        return 0
    records = (
        _load(args.table_from)
        if args.table_from is not None
        else verdicts(dev_sets(args.only, tuple(args.corpora)))
    )
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(r) + "\n" for r in records)
    table = markdown(precision_table(records), args.top)
    print(table)
    if args.markdown is not None:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
