"""Per-rule precision: which rules fire on benign text, and what each alone catches.

``python -m benchmarks.rule_precision`` runs the injection rules and the scorer
on every row of the dev corpora given by ``--corpora`` (an explicit list,
default 1-20: ``benchmarks/blind_corpus``, ``blind_corpus_2`` ... ``_20``; never
the blind corpus 21) and of the shared prompt-injection files, and prints, per rule
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

Memory: rows are read, detected and written one at a time, and the table is
summed as records go by. What grows is not Python data (about 100 MB for every
row and record) but RE2's DFA caches: each compiled program builds states as
texts exercise it, up to ``RE2_MAX_MEM`` each, so one process that runs every
dev row ends near 6-7 GB. The rules and the scorer therefore run in a forked
child that inherits the compiled detectors and is replaced once its RSS passes
``--max-rss-mb`` (a cache holds automaton states, never a match, so the
records are the same byte for byte): ``benchmarks/rule_precision_child.py``.
The probe report is ``benchmarks/rule_precision_probe.py``.
"""

# (the package is imported lazily, like the other benchmark modules; it prints)

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from benchmarks import blind, data
from benchmarks.rule_precision_child import (
    DEFAULT_MAX_RSS_MB,
    SCORER,
    Located,
    RecyclingDetector,
    in_process,
    stream_verdicts,
)
from benchmarks.rule_precision_probe import DEFAULT_PROBE, probe_report

DEV_CORPORA = (
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
)  # fmt: skip
# The blind estimate: never read here, whatever ``--corpora`` says.
BLIND_CORPORA = frozenset({21, 22})
__all__ = [
    "BLIND_CORPORA",
    "DEV_CORPORA",
    "RecyclingDetector",
    "compare",
    "dev_sets",
    "iter_dev_rows",
    "main",
    "markdown",
    "precision_table",
    "probe_report",
    "stream_verdicts",
    "verdicts",
]


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
    _check_dev(corpora)
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


def _check_dev(corpora: Iterable[int]) -> None:
    blind_ones = sorted(BLIND_CORPORA.intersection(corpora))
    if blind_ones:
        msg = f"corpora {blind_ones} are blind; only dev corpora are read here"
        raise ValueError(msg)


def _file_rows(name: str, path: Path) -> Iterator[Located]:
    # Row indexes count non-blank lines, as ``blind.load_corpus`` does.
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip())
        for index, line in enumerate(lines):
            yield name, index, json.loads(line)


def _dev_files(
    only: str | None, corpora: tuple[int, ...]
) -> Iterator[tuple[str, Path]]:
    for n in corpora:
        for path in sorted(blind.corpus_dir(n).glob("*.jsonl")):
            if not (only and only not in path.stem):
                yield f"c{n}/{path.stem}", path
    base = data.data_dir()
    if base is not None:
        for path in sorted((base / data.INJECTION_DIR).glob("*.jsonl")):
            if not (only and only not in path.stem):
                yield f"shared/{path.stem}", path


def iter_dev_rows(
    only: str | None = None, corpora: tuple[int, ...] = DEV_CORPORA
) -> Iterator[Located]:
    """``(file, row index, row)`` of ``dev_sets``, in its order, one row at a time.

    Args:
        only: Keep files whose name contains this.
        corpora: The dev corpora to read, an explicit list (never a blind one).

    Returns:
        The rows, read lazily (one file open at a time).

    Raises:
        ValueError: When ``corpora`` names a blind corpus (before any row is read).

    Example:
        >>> next(iter_dev_rows(corpora=(21,)))
        Traceback (most recent call last):
        ...
        ValueError: corpora [21] are blind; only dev corpora are read here
    """
    _check_dev(corpora)
    files = list(_dev_files(only, corpora))
    return (located for name, path in files for located in _file_rows(name, path))


def verdicts(sets: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One record per row: where it is, its label, the rules and the scorer."""
    rows = (
        (name, index, row)
        for name, file_rows in sets.items()
        for index, row in enumerate(file_rows)
    )
    return list(stream_verdicts(rows, in_process()))


def precision_table(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
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


def compare(old: Iterable[dict[str, Any]], new: Iterable[dict[str, Any]]) -> str:
    """Per file: rows caught (attack) or flagged (benign), before -> after.

    Only ``old``'s verdicts (a boolean per row) and ``new``'s per file are held.
    """
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


def _load(path: Path) -> Iterator[dict[str, Any]]:
    """A dump's records, one line at a time."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _written(
    records: Iterable[dict[str, Any]], handle: Any
) -> Iterator[dict[str, Any]]:
    for record in records:
        handle.write(json.dumps(record) + "\n")
        yield record


def _detect_all(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Detect every dev row, writing ``--dump`` as it goes; the per-rule table."""
    rows = iter_dev_rows(args.only, tuple(args.corpora))
    detect = RecyclingDetector(args.max_rss_mb)
    try:
        records = stream_verdicts(rows, detect)
        if args.dump is None:
            return precision_table(records)
        with args.dump.open("w", encoding="utf-8") as handle:
            return precision_table(_written(records, handle))
    finally:
        detect.close()


def main(argv: list[str] | None = None) -> int:
    """Print the per-rule table (or compare two dumps)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rule_precision")
    parser.add_argument("--only", default=None, help="files whose name contains this")
    parser.add_argument(
        "--corpora",
        type=int,
        nargs="+",
        default=list(DEV_CORPORA),
        help=f"dev corpora (default {DEV_CORPORA[0]}-{DEV_CORPORA[-1]})",
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
    parser.add_argument(
        "--max-rss-mb",
        type=int,
        default=DEFAULT_MAX_RSS_MB,
        help="replace the detecting child past this RSS (MB)",
    )
    args = parser.parse_args(argv)
    if args.probe is not None:
        print(probe_report(args.probe))
        return 0
    if args.compare:
        print(compare(_load(args.compare[0]), _load(args.compare[1])))
        return 0
    if args.table_from is not None:
        table = markdown(precision_table(_load(args.table_from)), args.top)
    else:
        table = markdown(_detect_all(args), args.top)
    print(table)
    if args.markdown is not None:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
