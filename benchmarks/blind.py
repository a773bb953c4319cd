"""A blind held-out estimate for the injection defence.

``python -m benchmarks.blind`` (also run by ``python -m benchmarks``) reads one
hand-written corpus: ``benchmarks/blind_corpus/`` by default, or with
``--corpus N`` the N-th one in ``benchmarks/blind_corpus_N/`` (one JSONL file
per kind, same file names and fields in every corpus; the third on add an
``id`` per row; see each corpus's README). It prints, per file, the recall
(attack files) or the false-positive rate (benign files) of the rules alone,
the scorer alone and both together (a row counts when the detector reports any
finding, as in ``benchmarks/scorer.py``; both together is the sanitizer's
detector, where the scorer confirms the rules' plain-language findings, see
``langchain_mistral_secure.detection.corroboration``), then the product's own view:
``InputSanitizer()`` with its default policy reports a finding (``sanitizer``)
and changes the text (``altered``: a rule span redacted; a score-only finding
flags and leaves the text as it is). Last, per family, the rows that both
together still miss (attack files) or flag (benign files).

Each corpus was written without reading the rules, the scorer's training data,
the injection tests or the earlier corpora, so it stands in for the held-out
public sets issue 14 is judged on; written by the same team, it is an
optimistic stand-in. Which corpora have since become dev data and which are
still blind is ``benchmarks/corpus_status.py``; when and by whom each was
written, measured and turned into dev data is its README's status paragraph
and ``docs/benchmarks.md`` ("Blind corpora, one by one").
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from benchmarks.corpus_status import folder_name, report_key

# The newest hand-written corpus. Wiring corpus N + 1 bumps this number (and
# adds it to ``BLIND_CORPORA`` in ``benchmarks/corpus_status.py``); CORPORA,
# SECTIONS and ``--corpus`` follow from it.
LAST_CORPUS = 68

HERE = Path(__file__).resolve().parent
CORPUS = HERE / folder_name(1)
# Corpus number -> its folder; 1 is the default everywhere, so existing callers
# keep measuring the first corpus.
CORPORA = {n: HERE / folder_name(n) for n in range(1, LAST_CORPUS + 1)}
TOOLS = ("rules", "scorer", "both", "sanitizer", "altered")
FIELDS = ("text", "label", "kind", "family", "lang")

Detect = Callable[[str], object]
Scan = Callable[[str], tuple[bool, bool]]
Score = Callable[[str], float]


def load_corpus(
    directory: Path = CORPUS, only: str | None = None, limit: int | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Rows of every corpus file, keyed by file stem (the kind), sorted by name."""
    out: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        if only and only not in path.stem:
            continue
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        out[path.stem] = rows[:limit] if limit is not None else rows
    return out


def _default_detectors() -> tuple[Detect, Detect]:
    from langchain_mistral_secure.detection.engine import get_detector
    from langchain_mistral_secure.detection.scorer import get_scorer

    return get_detector("injection").detect, get_scorer().detect


def default_both() -> Detect:
    """Rules and scorer as ``InputSanitizer()`` runs them (confirmation included)."""
    from langchain_mistral_secure import InputSanitizer

    return InputSanitizer().detector.detect


def default_score() -> Score:
    """The shipped scorer's probability for one text."""
    from langchain_mistral_secure.detection.scorer import get_scorer

    return get_scorer().score


def auc(attacks: Iterable[float], benign: Iterable[float]) -> float | None:
    """ROC AUC: the chance an attack scores above a benign row (ties count half).

    Threshold-free, so it tells whether the score separates the kinds at all,
    apart from where the shipped threshold sits.
    """
    high = list(attacks)
    low = sorted(benign)
    if not high or not low:
        return None
    wins = 0.0
    for value in high:
        below = bisect.bisect_left(low, value)
        wins += below + (bisect.bisect_right(low, value) - below) / 2
    return round(wins / (len(high) * len(low)), 4)


def scorer_separation(
    corpus: dict[str, list[dict[str, Any]]], score: Score | None = None
) -> dict[str, float | None]:
    """Scorer AUC of each attack file, and of all attacks, against all benign rows."""
    score = score or default_score()
    scores = {
        name: [(int(row["label"]), score(row["text"])) for row in rows]
        for name, rows in corpus.items()
    }
    benign = [v for pairs in scores.values() for label, v in pairs if label == 0]
    out: dict[str, float | None] = {}
    for name, pairs in scores.items():
        if pairs and all(label == 1 for label, _ in pairs):
            out[name] = auc((v for _, v in pairs), benign)
    every = [v for pairs in scores.values() for label, v in pairs if label == 1]
    out["all attacks"] = auc(every, benign)
    return out


def default_sanitizer() -> Scan:
    """``InputSanitizer()`` as shipped: (reports a finding, changes the text)."""
    from langchain_mistral_secure import InputSanitizer

    sanitizer = InputSanitizer()

    def scan(text: str) -> tuple[bool, bool]:
        result = sanitizer.scan(text)
        return bool(result.findings), result.text != text

    return scan


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _verdicts(
    rows: Iterable[dict[str, Any]],
    rules: Detect,
    scorer: Detect,
    sanitizer: Scan,
    both: Detect | None = None,
) -> list[tuple[dict[str, Any], dict[str, bool]]]:
    out = []
    for row in rows:
        by_rules = bool(rules(row["text"]))
        by_scorer = bool(scorer(row["text"]))
        found, altered = sanitizer(row["text"])
        verdict = {
            "rules": by_rules,
            "scorer": by_scorer,
            # Without the combined detector (detectors given by the caller),
            # both together is the union.
            "both": bool(both(row["text"])) if both else by_rules or by_scorer,
            "sanitizer": found,
            "altered": altered,
        }
        out.append((row, verdict))
    return out


def evaluate(
    corpus: dict[str, list[dict[str, Any]]],
    rules: Detect | None = None,
    scorer: Detect | None = None,
    sanitizer: Scan | None = None,
    score: Score | None = None,
) -> dict[str, Any]:
    """Per-file and per-family figures for the rules, the scorer and both.

    ``files``: one entry per file, with ``metric`` ``"recall"`` (attack file)
    or ``"fpr"`` (benign file), the rate of each tool, and the same rate on the
    non-English rows (``sanitizer`` and ``altered`` are the default
    ``InputSanitizer``: a finding reported, the text changed). ``families``:
    one entry per (file, family), with the rate of each tool and ``wrong``,
    the rows both together still get wrong (missed attacks or flagged benign
    rows). ``scorer_auc``: see :func:`scorer_separation`.
    """
    both = default_both() if rules is None and scorer is None else None
    if rules is None or scorer is None:
        default_rules, default_scorer = _default_detectors()
        rules = rules or default_rules
        scorer = scorer or default_scorer
    sanitizer = sanitizer or default_sanitizer()
    files: list[dict[str, Any]] = []
    families: list[dict[str, Any]] = []
    for name, rows in corpus.items():
        judged = _verdicts(rows, rules, scorer, sanitizer, both)
        labels = {int(row["label"]) for row, _ in judged}
        if len(labels) > 1:
            msg = f"{name}: a corpus file holds one label"
            raise ValueError(msg)
        label = labels.pop() if labels else 1
        entry: dict[str, Any] = {
            "file": name,
            "label": label,
            "metric": "recall" if label == 1 else "fpr",
            "rows": len(judged),
            "non_english_rows": sum(row["lang"] != "en" for row, _ in judged),
        }
        for tool in TOOLS:
            entry[tool] = _rate(sum(v[tool] for _, v in judged), len(judged))
            other = [v[tool] for row, v in judged if row["lang"] != "en"]
            entry[f"{tool}_non_english"] = _rate(sum(other), len(other))
        files.append(entry)
        by_family: dict[str, list[dict[str, bool]]] = defaultdict(list)
        for row, verdict in judged:
            by_family[row["family"]].append(verdict)
        for family, verdicts in sorted(by_family.items()):
            fam: dict[str, Any] = {
                "file": name,
                "family": family,
                "metric": entry["metric"],
                "rows": len(verdicts),
            }
            for tool in TOOLS:
                fam[tool] = _rate(sum(v[tool] for v in verdicts), len(verdicts))
            caught = sum(v["both"] for v in verdicts)
            fam["wrong"] = len(verdicts) - caught if label == 1 else caught
            families.append(fam)
    return {
        "files": files,
        "families": families,
        "scorer_auc": scorer_separation(corpus, score),
    }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def corpus_dir(corpus: int) -> Path:
    """The folder of corpus ``corpus`` (a key of ``CORPORA``)."""
    if corpus not in CORPORA:
        msg = f"no blind corpus {corpus}; choose one of {sorted(CORPORA)}"
        raise ValueError(msg)
    return CORPORA[corpus]


def markdown(result: dict[str, Any]) -> str:
    """The per-file table, then the families that both together get wrong."""
    folder = corpus_dir(int(result.get("corpus", 1))).name
    lines = [
        (
            f"Hand-written blind corpus (`benchmarks/{folder}/`, written without "
            "reading the rules, the scorer's data or the injection tests; an "
            "optimistic stand-in for held-out sets). Recall on attack files, "
            "false-positive rate on benign files."
        ),
        "",
        (
            "| file | metric | rows | rules | scorer | both | InputSanitizer "
            "finding | text altered | non-English rows | both, non-English |"
        ),
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    lines.extend(
        f"| {e['file']} | {e['metric']} | {e['rows']} | {_pct(e['rules'])} | "
        f"{_pct(e['scorer'])} | {_pct(e['both'])} | {_pct(e['sanitizer'])} | "
        f"{_pct(e['altered'])} | {e['non_english_rows']} | "
        f"{_pct(e['both_non_english'])} |"
        for e in result["files"]
    )
    separation = result.get("scorer_auc") or {}
    if separation:
        lines += [
            "",
            "Scorer separation, threshold-free (ROC AUC of its score: each attack "
            "file against all benign rows; 0.5 is chance): "
            + ", ".join(
                f"{name} {'-' if value is None else f'{value:.3f}'}"
                for name, value in separation.items()
            )
            + ".",
        ]
    wrong = [f for f in result["families"] if f["wrong"]]
    if wrong:
        lines += [
            "",
            (
                "Families that both together still get wrong (missed attacks, "
                "flagged benign rows):"
            ),
            "",
            "| file | family | metric | rows | wrong | rules | scorer | both |",
            "|---|---|---|---:|---:|---:|---:|---:|",
        ]
        lines.extend(
            f"| {f['file']} | {f['family']} | {f['metric']} | {f['rows']} | "
            f"{f['wrong']} | {_pct(f['rules'])} | {_pct(f['scorer'])} | "
            f"{_pct(f['both'])} |"
            for f in sorted(wrong, key=lambda f: (f["file"], -f["wrong"]))
        )
    return "\n".join(lines)


_FIRST_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def ordinal(number: int) -> str:
    """``number`` (1 to 99) as an English ordinal word, as the headings spell it.

    >>> ordinal(2), ordinal(20), ordinal(33)
    ('second', 'twentieth', 'thirty-third')
    """
    if number < 20:
        return _FIRST_WORDS[number - 1]
    tens, ones = divmod(number, 10)
    if not ones:
        return _TENS[tens - 2][:-1] + "ieth"
    return f"{_TENS[tens - 2]}-{_FIRST_WORDS[ones - 1]}"


# Key in the results of ``python -m benchmarks`` -> heading of its section.
SECTIONS = {
    report_key(n): "## Blind held-out estimate"
    + ("" if n == 1 else f", {ordinal(n)} corpus")
    for n in CORPORA
}


def report_sections(results: dict[str, Any]) -> list[str]:
    """The Markdown sections of ``python -m benchmarks`` for the corpora it ran."""
    out: list[str] = []
    for key, heading in SECTIONS.items():
        if results.get(key):
            out += [heading, "", markdown(results[key]), ""]
    return out


def run(
    log: Callable[[str], None] | None = None,
    limit: int | None = None,
    only: str | None = None,
    *,
    echo: bool = True,
    corpus: int = 1,
) -> dict[str, Any]:
    """Measure corpus ``corpus``, print the Markdown tables (unless ``echo`` is off)."""
    directory = corpus_dir(corpus)
    if log is not None:
        log(f"blind: held-out estimate on the hand-written corpus {corpus}")
    result = evaluate(load_corpus(directory, only=only, limit=limit))
    result["corpus"] = corpus
    if echo:
        print(markdown(result))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.blind")
    parser.add_argument("--limit", type=int, default=None, help="rows per file")
    parser.add_argument("--only", default=None, help="files whose name contains this")
    parser.add_argument(
        "--json", action="store_true", help="print the figures as JSON instead"
    )
    parser.add_argument(
        "--corpus",
        type=int,
        choices=sorted(CORPORA),
        default=1,
        help=(
            "which hand-written corpus ("
            + ", ".join(f"{n}: {path.name}" for n, path in CORPORA.items())
            + ")"
        ),
    )
    args = parser.parse_args(argv)
    result = run(
        lambda msg: print(msg, file=sys.stderr),
        args.limit,
        args.only,
        echo=not args.json,
        corpus=args.corpus,
    )
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
