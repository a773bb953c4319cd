r"""Experiment (issue 14): a fastText-style scorer over Tekken subword tokens, held out.

Features are Tekken tokens of the detection view (:mod:`.token_scorer_features`):
hashed token unigrams and bigrams, ``2**16`` rows. The model is the n-gram
scorer's MLP head over them: every row of its first layer is an embedding
(``--hidden`` wide), pooled over each scorer window (sum over the square root
of the count), a ReLU layer, one logit; the text's score is its best window's.
Everything else is the shipped scorer's training, imported, not copied:
windows, per-(file, class) balance, multiple-instance attacks, hard negatives
(:mod:`...scorer.fit`), fitting and scoring a head (:mod:`...scorer.loso`)
and the calibration (:mod:`...scorer.calibration`). ``--pool`` swaps in the
mean-and-max pooled head (:mod:`.token_scorer_pool`), ``--hidden 0`` the
linear head. The held-out groups are in :mod:`.token_scorer_folds`, the
timing in :mod:`.token_scorer_speed`.

Held out: the public files in five folds by origin
(:data:`.token_scorer_folds.PUBLIC_FOLDS`;
``--alone-from`` then refits each public attack file alone, as the card's
leave-one-source-out), every corpus of ``--corpus`` (1-5, listed one by one;
never the blind corpus 6) by the model trained without that whole corpus.
Training data of each fit: every other public file, every other listed
corpus and the project's family rows. The flag threshold is the lowest
keeping every held-out benign file at <= 1% false positives (files under
100 rows pooled).

Compared with the shipped n-gram scorer held out: its weights on corpora 1-5
(trained on the public files only, so they never saw them), and on public
files its training recipe refitted on the same folds (``ngram
--ngram-folds``), read at the shipped threshold. The combination is the max
of the two scores, each as a logit over its own flag threshold, recalibrated
the same way.

Run (deterministic, offline, numpy only; each stage 5-15 minutes on the busy
2-core machine)::

    C="--corpus 1 --corpus 2 --corpus 3 --corpus 4 --corpus 5"
    nice python -m benchmarks.token_scorer token $C --pool --speed \
        --json /tmp/tok_pool.json
    nice python -m benchmarks.token_scorer token $C --pool \
        --alone-from /tmp/tok_pool.json --json /tmp/tok_pool_alone.json
    nice python -m benchmarks.token_scorer ngram $C --ngram-folds \
        --json /tmp/ngram.json
    python -m benchmarks.token_scorer report --token-json /tmp/tok_pool.json \
        --ngram-json /tmp/ngram.json
    python -m benchmarks.token_scorer speed --pool
"""

from __future__ import annotations

import argparse
import functools
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from benchmarks.token_scorer_features import TOKEN_BITS, tokenize_text
from benchmarks.token_scorer_folds import (
    attack_files_alone,
    fold_scores,
    held_out_folds,
)
from benchmarks.token_scorer_pool import PoolHead, fit_pool_windows
from benchmarks.token_scorer_report import report
from benchmarks.token_scorer_speed import random_head, speed_us
from langchain_mistral_secure.detection.scorer.calibration import (
    FLAG_FPR,
    calibrate,
)
from langchain_mistral_secure.detection.scorer.families import family_rows
from langchain_mistral_secure.detection.scorer.families_more import more_family_rows
from langchain_mistral_secure.detection.scorer.fit import (
    Source,
    TrainConfig,
    build_windows,
)
from langchain_mistral_secure.detection.scorer.loso import fit_head
from langchain_mistral_secure.detection.scorer.mlp import MlpHead
from langchain_mistral_secure.detection.scorer.model import get_scorer
from langchain_mistral_secure.detection.scorer.sources import (
    is_valid,
    load_sources,
    read_rows,
)

__all__ = ["CORPUS_DIRS", "load_token_sources", "main"]

F64 = npt.NDArray[np.float64]

ROOT = Path(__file__).resolve().parent
CORPUS_DIRS = {
    1: ROOT / "blind_corpus",
    2: ROOT / "blind_corpus_2",
    3: ROOT / "blind_corpus_3",
    4: ROOT / "blind_corpus_4",
    5: ROOT / "blind_corpus_5",
}
"""The development corpora this tool may read (corpus 6 is blind: not listed)."""
SHARED = ROOT.parent.parent.parent / "shared" / "data" / "prompt_injection"


def _token_source(name: str, rows: list[dict[str, Any]], *, validate: bool) -> Source:
    return Source(
        name=name,
        labels=np.array([int(r["label"]) for r in rows], dtype=np.int8),
        valid=np.array([validate and is_valid(r) for r in rows], dtype=bool),
        hashed=[tokenize_text(r["text"]) for r in rows],
        validated=validate,
    )


def load_token_sources(
    shared: Path, corpora: Sequence[int]
) -> tuple[list[Source], dict[str, list[str]]]:
    """Token sources of the shared files, the listed corpora and the families.

    Corpus files are named ``folder/stem`` (held out per folder by
    :func:`...calibration.held_out_with`). Also returns every validated
    file's texts, for the n-gram scorer.
    """
    sources: list[Source] = []
    texts: dict[str, list[str]] = {}
    folders = [(shared, False)] + [(CORPUS_DIRS[k], True) for k in corpora]
    for folder, named in folders:
        for path in sorted(folder.glob("*.jsonl")):
            rows = read_rows(path)
            if not rows:
                continue
            name = f"{folder.name}/{path.stem}" if named else path.stem
            sources.append(_token_source(name, rows, validate=True))
            texts[name] = [r["text"] for r in rows]
    built = {**family_rows(), **more_family_rows()}
    sources += [
        _token_source(name, rows, validate=False)
        for name, rows in sorted(built.items())
    ]
    return sources, texts


def ngram_scores(
    shared: Path, texts: dict[str, list[str]], log: Any, *, folds: bool
) -> tuple[dict[str, F64], float]:
    """Held-out scores of the shipped n-gram scorer's recipe, and its threshold.

    Corpus files: the shipped weights (trained on the public files only, so
    they never saw a corpus). Public files, with ``folds``: the shipped
    training configuration refitted per public fold (:data:`PUBLIC_FOLDS`)
    on the other public files and the families, as the card's LOSO but by
    fold.
    """
    scorer = get_scorer()
    out: dict[str, F64] = {}
    for name, rows in texts.items():
        if "/" in name:
            out[name] = np.array([scorer.score(t) for t in rows], dtype=np.float64)
    if folds:
        config = TrainConfig()
        sources = load_sources(shared)
        win = build_windows(sources, config)
        public = [f for f in held_out_folds(sources) if "/" not in sources[f[0]].name]
        out.update(fold_scores(win, sources, config, public, log))
    return out, float(scorer.threshold)


def _margin(scores: F64, threshold: float) -> F64:
    """Logit of each score minus the logit of the threshold."""
    clipped = np.clip(scores, 1e-12, 1 - 1e-12)
    logit = np.log(clipped / (1 - clipped))
    return logit - float(np.log(threshold / (1 - threshold)))


def combine(
    token: dict[str, F64],
    ngram: dict[str, F64],
    thresholds: tuple[float, float],
) -> dict[str, F64]:
    """Max of the two scores, each a logit over its own threshold, as a probability.

    0.5 is where either score meets its own threshold.
    """
    out: dict[str, F64] = {}
    for name, scores in token.items():
        if name in ngram:
            best = np.maximum(
                _margin(scores, thresholds[0]), _margin(ngram[name], thresholds[1])
            )
            out[name] = 1.0 / (1.0 + np.exp(-best))
    return out


def read_texts(shared: Path, corpora: Sequence[int]) -> dict[str, list[str]]:
    """Every held-out file's texts, named as :func:`load_token_sources` names them."""
    texts: dict[str, list[str]] = {}
    folders = [(shared, False)] + [(CORPUS_DIRS[k], True) for k in corpora]
    for folder, named in folders:
        for path in sorted(folder.glob("*.jsonl")):
            rows = read_rows(path)
            if rows:
                name = f"{folder.name}/{path.stem}" if named else path.stem
                texts[name] = [r["text"] for r in rows]
    return texts


def run_token(args: argparse.Namespace, log: Any) -> dict[str, Any]:
    """Fit the token scorer per fold; held-out scores, labels, threshold, speed."""
    started = time.perf_counter()
    sources, _ = load_token_sources(args.shared, args.corpus)
    log(
        f"tokenized {sum(len(s.hashed) for s in sources)} texts: "
        f"{time.perf_counter() - started:.0f} s"
    )
    config = TrainConfig(
        seed=args.seed,
        concepts=False,
        hidden=args.hidden,
        mlp_bits=TOKEN_BITS,
        mlp_epochs=args.mlp_epochs,
        hard_negatives=args.hard_negatives,
    )
    win = build_windows(sources, config)
    log(f"{win.label.shape[0]} windows: {time.perf_counter() - started:.0f} s")
    if args.alone_from is None:
        folds = held_out_folds(sources)
        held = fold_scores(win, sources, config, folds, log, pool=args.pool)
    else:
        # The public attack files, each held out alone (with its document
        # twins) as the card's leave-one-source-out does; every other file
        # keeps its held-out score from the fold run.
        saved = json.loads(args.alone_from.read_text(encoding="utf-8"))
        held = {n: np.asarray(v) for n, v in saved["token"].items()}
        alone = attack_files_alone(sources)
        held.update(fold_scores(win, sources, config, alone, log, pool=args.pool))
    benign = {s.name: held[s.name][s.labels == 0] for s in sources if s.name in held}
    results: dict[str, Any] = {
        "config": dict(config.__dict__),
        "corpora": list(args.corpus),
        "token_threshold": calibrate(benign, FLAG_FPR),
        "labels": {s.name: s.labels.tolist() for s in sources if s.validated},
        "token": {n: v.tolist() for n, v in held.items()},
        "seconds": time.perf_counter() - started,
    }
    if args.speed:
        rows = np.arange(win.label.shape[0], dtype=np.int64)
        head = (fit_pool_windows if args.pool else fit_head)(win, rows, config, 7)
        if isinstance(head, PoolHead):
            results["speed_us_per_4kb"] = speed_us(head.rounded())
            sizes = head.emb.size + head.w1.size + head.b1.size + head.w2.size
            results["weights_mb_float16"] = sizes * 2 / 1e6
        elif isinstance(head, MlpHead):
            results["speed_us_per_4kb"] = speed_us(head.rounded())
            results["weights_mb_float16"] = head.w1.size * 2 / 1e6
    return results


def run_ngram(args: argparse.Namespace, log: Any) -> dict[str, Any]:
    """The n-gram side: held-out scores of every file and the shipped threshold."""
    texts = read_texts(args.shared, args.corpus)
    scores, threshold = ngram_scores(args.shared, texts, log, folds=args.ngram_folds)
    return {
        "ngram_threshold": threshold,
        "ngram": {n: v.tolist() for n, v in scores.items()},
    }


def merge(token: dict[str, Any], ngram: dict[str, Any]) -> dict[str, Any]:
    """Both sides and their combination, recalibrated (what :func:`report` reads)."""
    labels = {n: np.asarray(v) for n, v in token["labels"].items()}
    held = {n: np.asarray(v) for n, v in token["token"].items()}
    other = {n: np.asarray(v) for n, v in ngram["ngram"].items()}
    cuts = (token["token_threshold"], ngram["ngram_threshold"])
    both = combine(held, other, cuts)
    both_threshold = calibrate(
        {n: s[labels[n] == 0] for n, s in both.items()}, FLAG_FPR
    )
    return {
        **token,
        "thresholds": {"ngram": cuts[1], "token": cuts[0], "combined": both_threshold},
        "ngram": ngram["ngram"],
        "combined": {n: v.tolist() for n, v in both.items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.token_scorer")
    parser.add_argument(
        "stage",
        choices=("token", "ngram", "report", "speed"),
        help="token: fit and save the token side; ngram: the n-gram side; "
        "report: merge two saved sides and print the tables; speed: time "
        "4 KB prompts (a random head of the same shape)",
    )
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument(
        "--corpus",
        type=int,
        action="append",
        choices=sorted(CORPUS_DIRS),
        default=[],
        help="a development corpus (1-5) to train on and hold out; repeat",
    )
    parser.add_argument("--hidden", type=int, default=16, help="embedding width")
    parser.add_argument("--mlp-epochs", type=int, default=2)
    parser.add_argument(
        "--hard-negatives",
        type=float,
        default=TrainConfig.hard_negatives,
        help="extra weight on each benign file's top 5%% of windows",
    )
    parser.add_argument(
        "--pool",
        action="store_true",
        help="mean-and-max pooled head (token_scorer_pool.py), --hidden units",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--ngram-folds",
        action="store_true",
        help="refit the n-gram scorer per public fold (else: corpora only)",
    )
    parser.add_argument("--speed", action="store_true", help="also time 4 KB prompts")
    parser.add_argument(
        "--alone-from",
        type=Path,
        help="a saved token run: refit only the public attack files, each alone",
    )
    parser.add_argument("--json", type=Path, help="the stage's output (token, ngram)")
    parser.add_argument("--token-json", type=Path, help="report: the token side")
    parser.add_argument("--ngram-json", type=Path, help="report: the n-gram side")
    args = parser.parse_args(argv)
    log = functools.partial(print, flush=True)
    if args.stage == "speed":
        print(speed_us(random_head(args.hidden, pool=args.pool), repeats=200))
        return 0
    if args.stage == "report":
        token = json.loads(args.token_json.read_text(encoding="utf-8"))
        ngram = json.loads(args.ngram_json.read_text(encoding="utf-8"))
        print(report(merge(token, ngram)))
        return 0
    results = run_token(args, log) if args.stage == "token" else run_ngram(args, log)
    if args.json is not None:
        args.json.write_text(json.dumps(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
