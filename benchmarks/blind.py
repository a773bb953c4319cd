"""A blind held-out estimate for the injection defence.

``python -m benchmarks.blind`` (also run by ``python -m benchmarks``) reads the
hand-written corpus in ``benchmarks/blind_corpus/`` (one JSONL file per kind;
see its README), or with ``--corpus 2`` the second one in
``benchmarks/blind_corpus_2/`` or with ``--corpus 3`` the third one in
``benchmarks/blind_corpus_3/`` or with ``--corpus 4`` the fourth one in
``benchmarks/blind_corpus_4/`` or with ``--corpus 5`` the fifth one in
``benchmarks/blind_corpus_5/`` or with ``--corpus 6`` the sixth one in
``benchmarks/blind_corpus_6/`` or with ``--corpus 7`` the seventh one in
``benchmarks/blind_corpus_7/`` or with ``--corpus 8`` the eighth one in
``benchmarks/blind_corpus_8/`` or with ``--corpus 9`` the ninth one in
``benchmarks/blind_corpus_9/`` or with ``--corpus 10`` the tenth one in
``benchmarks/blind_corpus_10/`` or with ``--corpus 11`` the eleventh one in
``benchmarks/blind_corpus_11/`` or with ``--corpus 12`` the twelfth one in
``benchmarks/blind_corpus_12/`` or with ``--corpus 13`` the thirteenth one in
``benchmarks/blind_corpus_13/`` or with ``--corpus 14`` the fourteenth one in
``benchmarks/blind_corpus_14/`` or with ``--corpus 15`` the fifteenth one in
``benchmarks/blind_corpus_15/`` or with ``--corpus 16`` the sixteenth one in
``benchmarks/blind_corpus_16/`` or with ``--corpus 17`` the seventeenth one in
``benchmarks/blind_corpus_17/`` or with ``--corpus 18`` the eighteenth one in
``benchmarks/blind_corpus_18/`` or with ``--corpus 19`` the nineteenth one in
``benchmarks/blind_corpus_19/`` or with ``--corpus 20`` the twentieth one in
``benchmarks/blind_corpus_20/`` or with ``--corpus 21`` the twenty-first one in
``benchmarks/blind_corpus_21/`` or with ``--corpus 22`` the twenty-second one in
``benchmarks/blind_corpus_22/`` or with ``--corpus 23`` the twenty-third one in
``benchmarks/blind_corpus_23/`` or with ``--corpus 24`` the twenty-fourth one in
``benchmarks/blind_corpus_24/`` or with ``--corpus 25`` the twenty-fifth one in
``benchmarks/blind_corpus_25/`` or with ``--corpus 26`` the twenty-sixth one in
``benchmarks/blind_corpus_26/`` or with ``--corpus 27`` the twenty-seventh one in
``benchmarks/blind_corpus_27/`` or with ``--corpus 28`` the twenty-eighth one in
``benchmarks/blind_corpus_28/`` or with ``--corpus 29`` the twenty-ninth one in
``benchmarks/blind_corpus_29/`` or with ``--corpus 30`` the thirtieth one in
``benchmarks/blind_corpus_30/`` or with ``--corpus 31`` the thirty-first one in
``benchmarks/blind_corpus_31/`` or with ``--corpus 32`` the thirty-second one in
``benchmarks/blind_corpus_32/`` or with ``--corpus 33`` the thirty-third one in
``benchmarks/blind_corpus_33/`` (same file names and fields; the third to
thirty-third add an ``id`` per row), and prints, per
file, the recall (attack files) or the false-positive rate (benign files) of
the rules alone, the scorer alone and both together (a row counts when the
detector reports any finding, as in ``benchmarks/scorer.py``), then the
product's own view: ``InputSanitizer()`` with its default policy reports a
finding (``sanitizer``) and changes the text (``altered``: a rule span
redacted; a score-only finding flags and leaves the text as it is). Last, per
family, the rows that both together still miss (attack files) or flag (benign
files).

The corpus was written without reading the rules, the scorer's training data or
the injection tests, so it stands in for the held-out public sets issue 14 is
judged on. It was written by the same team, so it is an optimistic stand-in.
The first corpus has since been handed to the rule writers as dev data; the
second was written later, by someone who read neither the rules nor the first
corpus; it too became dev data. The third was written blind to the rules and to
both earlier corpora; it became dev data in turn. The fourth was written blind
to the rules and to all three earlier corpora; it became dev data in session
h17. The fifth was written in that session, blind to the rules and to all four
earlier corpora; it became dev data in session h18. The sixth was written in
that session, blind to the rules and to all five earlier corpora; it was
measured three times in the sessions of 2026-12-01 and becomes dev data when
the seventh is first measured. The seventh was written in session h19, blind
to the rules and to all six earlier corpora; it was measured in sessions h20
and h21 and became dev data when the eighth was first measured (start of
session h21). The eighth was written in session h20, blind to the rules and
to all seven earlier corpora; it was measured (per file only) in sessions h21
and h22 and became dev data when the ninth was first measured (session h22).
The ninth was written in session h22, blind to the rules and to all eight
earlier corpora; it was measured (per file only) in sessions h22 and h23 and
is development data from session h23 on (``python -m benchmarks`` measures
it). The tenth was written in session h23, blind to the rules and to all nine
earlier corpora; it was measured (per file only) by the lead in sessions h23
and h24 and becomes development data when the eleventh is first measured
(session h24), so ``python -m benchmarks`` measures it. The eleventh was
written in session h24, blind to the rules and to all ten earlier corpora; it
was measured (per file only) by the lead at the end of session h24, on that
session's start and end commits, and is development data from session h25 on
(``python -m benchmarks`` measures it). The twelfth was written in session
h25, blind to the rules and to all eleven earlier corpora, with about half of
its rows in English like the public sets; it was measured (per file only) by
the lead at the end of session h25, on that session's start and end commits,
and is development data from session h26 on (``python -m benchmarks``
measures it). The thirteenth was written in session h26, blind to the rules
and to all twelve earlier corpora, again with about half of its rows in
English; it was measured (per file only) by the lead at the start and end of
session h26, on that session's start and end commits, and is development data
from session h27 on (``python -m benchmarks`` measures it). The fourteenth
was written in session h27, blind to the rules and to all thirteen earlier
corpora, again with about half of its rows in English; it was measured
(per file only) by the lead at the start and end of session h27, on that
session's start and end commits, and is development data from session h28 on
(``python -m benchmarks`` measures it). The fifteenth was written in session
h28, blind to the rules and to all fourteen earlier corpora, again with about
half of its rows in English; it was measured (per file only) by the lead on
session h28's start and end commits and again at the end of session h29,
which wrote no new blind corpus, and is development data from session h30 on
(``python -m benchmarks`` measures it). The sixteenth was written in session
h30 by two writers, blind to the rules and to all fifteen earlier corpora,
again with about half of its rows in English; it was measured (per file
only) by the lead on session h30's start and end commits, and is development
data from session h31 on (``python -m benchmarks`` measures it). The
seventeenth was written in session h31 by two writers, blind to the rules and
to all sixteen earlier corpora, again with about half of its rows in English;
it was measured (per file only) by the lead in sessions h31 and h32, and is
development data from session h33 on (``python -m benchmarks`` measures it).
The eighteenth was written in session h33 by two writers, blind to the rules
and to all seventeen earlier corpora, again with about half of its rows in
English; it was measured (per file only) by the lead in session h33, and is
development data from session h34 on (``python -m benchmarks`` measures it). The
nineteenth was written in session h34 by two writers, blind to the rules and
to all eighteen earlier corpora, again with about half of its rows in English;
it was measured (per file only) by the lead in session h34 and judged one
candidate in session h35, and is development data from session h35 on
(``python -m benchmarks`` measures it). The twentieth was
written in session h35 by two writers, blind to the rules and to all nineteen
earlier corpora, again with about half of its rows in English; it was
measured (per file only) by the lead in session h35 and judged two candidates
in session h36, and is development data from session h36 on (``python -m
benchmarks`` measures it). The twenty-first was written in
session h36 by two writers, blind to the rules and to all twenty earlier
corpora, again with about half of its rows in English; it was measured (per
file only) by the lead in session h36 and judged one candidate in session
h37, and is development data from session h37 on (``python -m benchmarks``
measures it). The twenty-second was written
in session h37 by two writers, blind to the rules and to all twenty-one
earlier corpora, again with about half of its rows in English; it was
measured (per file only) by the lead in session h37 and judged two candidates
in session h38, and is development data from session h38 on (``python -m
benchmarks`` measures it). The twenty-third was written in session h38 by two
writers, blind to the rules and to all twenty-two earlier corpora, again with
about half of its rows in English; it was measured (per file only) by the
lead in session h38 and judged three candidates in session h39, and is
development data from session h39 on (``python -m benchmarks`` measures it).
The twenty-fourth was written in session h39 by two writers, blind to the
rules and to all twenty-three earlier corpora, again with about half of its
rows in English; it was measured (per file only) by the lead in session h39
and judged one candidate in session h40, and is development data from session
h40 on (``python -m benchmarks`` measures it). The twenty-fifth was written in
session h40 by two writers, blind to the rules and to all twenty-four earlier
corpora, again with about half of its rows in English; it was measured (per
file only) by the lead in session h40 and judged four candidates in session
h41, and is development data from session h41 on. The twenty-sixth was
written in session h41 by two writers, blind to the rules and to all
twenty-five earlier corpora, again with about half of its rows in English; it
was measured (per file only) by the lead in session h41 and judged two
candidates in session h42, and is development data from session h42 on. The
twenty-seventh was written in session h42 by two writers, blind to the rules
and to all twenty-six earlier corpora, again with about half of its rows in
English; it was measured (per file only) by the lead in session h42 and
judged the candidates of session h43, and is development data from session
h43 on. The twenty-eighth was written in session h43 by two writers, blind
to the rules and to all twenty-seven earlier corpora, again with about half
of its rows in English; it was measured (per file only) by the lead in
session h43 and judged the candidates of session h44, and is development
data from session h44 on. The twenty-ninth was written in session h44 by two
writers, blind to the rules and to all twenty-eight earlier corpora, again
with about half of its rows in English; it was measured (per file only) by
the lead in session h44 and judged the candidates of session h45, and is
development data from session h45 on. The thirtieth was written in session
h45 by two writers, blind to the rules and to all twenty-nine earlier
corpora, again with about half of its rows in English; it was measured (per
file only) by the lead in session h45 and judged the candidates of session
h46, and is development data from session h46 on. The thirty-first was
written in session h46 by two writers, blind to the rules and to all thirty
earlier corpora, again with about half of its rows in English; it was
measured (per file only) by the lead in session h46 and judged the
candidates of session h47, and is development data from session h47 on. The
thirty-second was
written in session h47 by two writers, blind to the rules and to all
thirty-one earlier corpora, again with about half of its rows in English; it
is the blind estimate of session h47, measured only by the lead (per file
only), and ``python -m benchmarks`` does not measure it. The thirty-third was
written in session h48 by two writers, blind to the rules and to all
thirty-two earlier corpora, again with about half of its rows in English; it
is the blind estimate of session h48, measured only by the lead (per file
only), and ``python -m benchmarks`` does not measure it.
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

CORPUS = Path(__file__).resolve().parent / "blind_corpus"
CORPUS_2 = Path(__file__).resolve().parent / "blind_corpus_2"
CORPUS_3 = Path(__file__).resolve().parent / "blind_corpus_3"
CORPUS_4 = Path(__file__).resolve().parent / "blind_corpus_4"
CORPUS_5 = Path(__file__).resolve().parent / "blind_corpus_5"
CORPUS_6 = Path(__file__).resolve().parent / "blind_corpus_6"
CORPUS_7 = Path(__file__).resolve().parent / "blind_corpus_7"
CORPUS_8 = Path(__file__).resolve().parent / "blind_corpus_8"
CORPUS_9 = Path(__file__).resolve().parent / "blind_corpus_9"
CORPUS_10 = Path(__file__).resolve().parent / "blind_corpus_10"
CORPUS_11 = Path(__file__).resolve().parent / "blind_corpus_11"
CORPUS_12 = Path(__file__).resolve().parent / "blind_corpus_12"
CORPUS_13 = Path(__file__).resolve().parent / "blind_corpus_13"
CORPUS_14 = Path(__file__).resolve().parent / "blind_corpus_14"
CORPUS_15 = Path(__file__).resolve().parent / "blind_corpus_15"
CORPUS_16 = Path(__file__).resolve().parent / "blind_corpus_16"
CORPUS_17 = Path(__file__).resolve().parent / "blind_corpus_17"
CORPUS_18 = Path(__file__).resolve().parent / "blind_corpus_18"
CORPUS_19 = Path(__file__).resolve().parent / "blind_corpus_19"
CORPUS_20 = Path(__file__).resolve().parent / "blind_corpus_20"
CORPUS_21 = Path(__file__).resolve().parent / "blind_corpus_21"
CORPUS_22 = Path(__file__).resolve().parent / "blind_corpus_22"
CORPUS_23 = Path(__file__).resolve().parent / "blind_corpus_23"
CORPUS_24 = Path(__file__).resolve().parent / "blind_corpus_24"
CORPUS_25 = Path(__file__).resolve().parent / "blind_corpus_25"
CORPUS_26 = Path(__file__).resolve().parent / "blind_corpus_26"
CORPUS_27 = Path(__file__).resolve().parent / "blind_corpus_27"
CORPUS_28 = Path(__file__).resolve().parent / "blind_corpus_28"
CORPUS_29 = Path(__file__).resolve().parent / "blind_corpus_29"
CORPUS_30 = Path(__file__).resolve().parent / "blind_corpus_30"
CORPUS_31 = Path(__file__).resolve().parent / "blind_corpus_31"
CORPUS_32 = Path(__file__).resolve().parent / "blind_corpus_32"
CORPUS_33 = Path(__file__).resolve().parent / "blind_corpus_33"
# Corpus number -> its folder; 1 is the default everywhere, so existing callers
# keep measuring the first corpus.
CORPORA = {
    1: CORPUS,
    2: CORPUS_2,
    3: CORPUS_3,
    4: CORPUS_4,
    5: CORPUS_5,
    6: CORPUS_6,
    7: CORPUS_7,
    8: CORPUS_8,
    9: CORPUS_9,
    10: CORPUS_10,
    11: CORPUS_11,
    12: CORPUS_12,
    13: CORPUS_13,
    14: CORPUS_14,
    15: CORPUS_15,
    16: CORPUS_16,
    17: CORPUS_17,
    18: CORPUS_18,
    19: CORPUS_19,
    20: CORPUS_20,
    21: CORPUS_21,
    22: CORPUS_22,
    23: CORPUS_23,
    24: CORPUS_24,
    25: CORPUS_25,
    26: CORPUS_26,
    27: CORPUS_27,
    28: CORPUS_28,
    29: CORPUS_29,
    30: CORPUS_30,
    31: CORPUS_31,
    32: CORPUS_32,
    33: CORPUS_33,
}
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
    rows: Iterable[dict[str, Any]], rules: Detect, scorer: Detect, sanitizer: Scan
) -> list[tuple[dict[str, Any], dict[str, bool]]]:
    out = []
    for row in rows:
        by_rules = bool(rules(row["text"]))
        by_scorer = bool(scorer(row["text"]))
        found, altered = sanitizer(row["text"])
        verdict = {
            "rules": by_rules,
            "scorer": by_scorer,
            "both": by_rules or by_scorer,
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
    if rules is None or scorer is None:
        default_rules, default_scorer = _default_detectors()
        rules = rules or default_rules
        scorer = scorer or default_scorer
    sanitizer = sanitizer or default_sanitizer()
    files: list[dict[str, Any]] = []
    families: list[dict[str, Any]] = []
    for name, rows in corpus.items():
        judged = _verdicts(rows, rules, scorer, sanitizer)
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
    """The folder of corpus ``corpus`` (1 to 17)."""
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


# Key in the results of ``python -m benchmarks`` -> heading of its section.
SECTIONS = {
    "blind": "## Blind held-out estimate",
    "blind_2": "## Blind held-out estimate, second corpus",
    "blind_3": "## Blind held-out estimate, third corpus",
    "blind_4": "## Blind held-out estimate, fourth corpus",
    "blind_5": "## Blind held-out estimate, fifth corpus",
    "blind_6": "## Blind held-out estimate, sixth corpus",
    "blind_7": "## Blind held-out estimate, seventh corpus",
    "blind_8": "## Blind held-out estimate, eighth corpus",
    "blind_9": "## Blind held-out estimate, ninth corpus",
    "blind_10": "## Blind held-out estimate, tenth corpus",
    "blind_11": "## Blind held-out estimate, eleventh corpus",
    "blind_12": "## Blind held-out estimate, twelfth corpus",
    "blind_13": "## Blind held-out estimate, thirteenth corpus",
    "blind_14": "## Blind held-out estimate, fourteenth corpus",
    "blind_15": "## Blind held-out estimate, fifteenth corpus",
    "blind_16": "## Blind held-out estimate, sixteenth corpus",
    "blind_17": "## Blind held-out estimate, seventeenth corpus",
    "blind_18": "## Blind held-out estimate, eighteenth corpus",
    "blind_19": "## Blind held-out estimate, nineteenth corpus",
    "blind_20": "## Blind held-out estimate, twentieth corpus",
    "blind_21": "## Blind held-out estimate, twenty-first corpus",
    "blind_22": "## Blind held-out estimate, twenty-second corpus",
    "blind_23": "## Blind held-out estimate, twenty-third corpus",
    "blind_24": "## Blind held-out estimate, twenty-fourth corpus",
    "blind_25": "## Blind held-out estimate, twenty-fifth corpus",
    "blind_26": "## Blind held-out estimate, twenty-sixth corpus",
    "blind_27": "## Blind held-out estimate, twenty-seventh corpus",
    "blind_28": "## Blind held-out estimate, twenty-eighth corpus",
    "blind_29": "## Blind held-out estimate, twenty-ninth corpus",
    "blind_30": "## Blind held-out estimate, thirtieth corpus",
    "blind_31": "## Blind held-out estimate, thirty-first corpus",
    "blind_32": "## Blind held-out estimate, thirty-second corpus",
    "blind_33": "## Blind held-out estimate, thirty-third corpus",
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
            "which hand-written corpus "
            "(1: blind_corpus, 2: blind_corpus_2, 3: blind_corpus_3, "
            "4: blind_corpus_4, 5: blind_corpus_5, 6: blind_corpus_6, "
            "7: blind_corpus_7, 8: blind_corpus_8, 9: blind_corpus_9, "
            "10: blind_corpus_10, 11: blind_corpus_11, "
            "12: blind_corpus_12, 13: blind_corpus_13, "
            "14: blind_corpus_14, 15: blind_corpus_15, "
            "16: blind_corpus_16, 17: blind_corpus_17, "
            "18: blind_corpus_18, 19: blind_corpus_19, "
            "20: blind_corpus_20, 21: blind_corpus_21, "
            "22: blind_corpus_22, 23: blind_corpus_23, "
            "24: blind_corpus_24, 25: blind_corpus_25, "
            "26: blind_corpus_26, 27: blind_corpus_27, "
            "28: blind_corpus_28, 29: blind_corpus_29, 30: blind_corpus_30, "
            "31: blind_corpus_31, 32: blind_corpus_32, 33: blind_corpus_33)"
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
