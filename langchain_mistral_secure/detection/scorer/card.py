"""Write the scorer's model card (Markdown) from a training run's metadata."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_mistral_secure.detection.scorer.card_thresholds import (
    by_kind,
    role_lines,
    set_by_lines,
)
from langchain_mistral_secure.detection.scorer.train_args import setting_options
from langchain_mistral_secure.detection.scorer.variants import tried_lines

if TYPE_CHECKING:
    from langchain_mistral_secure.detection.scorer.model import ScorerModel

__all__ = ["read_licenses", "write_card"]


def read_licenses(data: Path) -> dict[str, tuple[str, str]]:
    """Map file stem -> (origin, license) from the data folder's README table."""
    found: dict[str, tuple[str, str]] = {}
    for readme in (data / "README.md", data.parent / "README.md"):
        if not readme.is_file():
            continue
        for line in readme.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 5 and cells[0].endswith(".jsonl"):  # noqa: PLR2004
                found[Path(cells[0]).stem] = (cells[3], cells[4])
    return found


def _pct(value: Any) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _table(files: list[dict[str, Any]], key: str) -> list[str]:
    lines = [
        "| file | attacks | benign | recall | FPR |",
        "|---|---:|---:|---:|---:|",
    ]
    for entry in files:
        rates = entry.get(key)
        if rates is None:
            continue
        lines.append(
            f"| {entry['file']} | {rates['attacks']} | {rates['benign']} | "
            f"{_pct(rates['recall'])} | {_pct(rates['fpr'])} |"
        )
    return lines


def _side_by_side(files: list[dict[str, Any]]) -> list[str]:
    """In-distribution and leave-one-source-out rates of every file, one row each."""
    lines = [
        (
            "| file | attacks | benign | recall in-dist | recall LOSO "
            "| FPR in-dist | FPR LOSO |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for entry in files:
        ind, loso = entry.get("in_distribution"), entry.get("loso")
        if ind is None or loso is None:
            continue
        lines.append(
            f"| {entry['file']} | {loso['attacks']} | {loso['benign']} | "
            f"{_pct(ind['recall'])} | {_pct(loso['recall'])} | "
            f"{_pct(ind['fpr'])} | {_pct(loso['fpr'])} |"
        )
    recalls = [
        e["loso"]["recall"]
        for e in files
        if e.get("loso") and e["loso"]["attacks"] >= _MIN_MEAN_ROWS
    ]
    if recalls:
        lines += [
            "",
            (
                f"Mean leave-one-source-out recall over the {len(recalls)} attack"
                f" files with at least {_MIN_MEAN_ROWS} attacks: "
                f"**{100 * sum(recalls) / len(recalls):.1f}%**."
            ),
        ]
    return lines


_MIN_MEAN_ROWS = 30


def _balance_lines(balance: str) -> list[str]:
    if balance == "equal":
        return [
            "Each (file, class) carries the same total weight (so the wording of",
            "documents shared by an attack file and its benign twin cancels out),",
            "and the two classes weigh the same.",
        ]
    if balance == "corpus":
        return [
            "Each (file, class) carries the same total weight, except that the",
            "files of one extra data folder (one corpus) share one weight per",
            "class; the two classes weigh the same.",
        ]
    return [
        "Each (file, class) weighs the square root of its row count; the classes",
        "weigh the same.",
    ]


def _head_lines(meta: dict[str, Any]) -> list[str]:
    if meta.get("head") != "mlp":
        return ["A linear (logistic-regression) head over hashed character and word"]
    return [
        f"A one-hidden-layer head ({meta['config']['hidden']} ReLU units) over",
        "hashed character and word",
    ]


def _mlp_feature_lines(meta: dict[str, Any]) -> list[str]:
    if meta.get("head") != "mlp":
        return []
    config = meta["config"]
    return [
        f"- MLP head: the buckets folded into 2^{config['mlp_bits']} (low bits;",
        f"  concept slots exact), {config['hidden']} ReLU units, one logit; fitted",
        f"  by Adam ({config['mlp_epochs']} epoch(s), batches of 1024, rate 0.01)",
        "  after the linear first round that picks each attack's best window",
        "  and the hard negatives.",
    ]


def _corpus_lines(files: list[dict[str, Any]]) -> list[str]:
    """Held-out figures of the extra folders' files (each folder held out whole)."""
    rows = [e for e in files if "/" in e["file"] and e.get("loso")]
    if not rows:
        return []
    lines = [
        "## The project's corpora, each held out whole",
        "",
        "Scorer alone at the flag threshold, every file of a folder scored by",
        "the model trained without that folder (LOSO), beside its validation",
        "fifth scored by the model trained on the rest (in-dist). AUC: the",
        "attack file's LOSO scores against all benign rows of its folder.",
        "",
        (
            "| file | attacks | benign | recall LOSO | AUC LOSO | FPR LOSO "
            "| recall in-dist | FPR in-dist |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for entry in rows:
        loso, ind = entry["loso"], entry.get("in_distribution", {})
        value = loso.get("auc")
        lines.append(
            f"| {entry['file']} | {loso['attacks']} | {loso['benign']} | "
            f"{_pct(loso['recall'])} | {'-' if value is None else f'{value:.3f}'} | "
            f"{_pct(loso['fpr'])} | {_pct(ind.get('recall'))} | "
            f"{_pct(ind.get('fpr'))} |"
        )
    return [*lines, ""]


def write_card(path: Path, model: ScorerModel, data: Path, weights: Path) -> None:
    """Write ``MODEL_CARD.md`` describing ``model`` trained on ``data``."""
    meta = model.metadata
    files: list[dict[str, Any]] = meta["files"]
    licenses = read_licenses(data)
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()[:16]
    has_loso = any("loso" in f for f in files)
    lines = [
        "# Model card: injection scorer",
        "",
        *_head_lines(meta),
        "n-grams of the detection view and over concept tags (the shape of an",
        "attack: override verbs, pointers to what came before, the model's",
        "instructions, output demands, mode switches, ... in many languages),",
        "shipped with `langchain-mistral-secure` as",
        "`injection_scorer.npz`. It scores how much a text reads like a prompt",
        "injection or jailbreak, from 0 to 1, for the `InputSanitizer`.",
        "",
        "## Use and limits",
        "",
        "- Input: any text; output: the score of its best window and the window's",
        "  span. Findings carry the score, rule `injection.scorer`, category",
        "  `scorer`; never text.",
        "- Trained on public English-heavy data with German, French, Spanish,",
        "  Italian, Chinese, Japanese, Russian, Arabic and more in smaller parts"
        + ("," if meta.get("extra_data") else "."),
        *(
            [
                "  and on the project's own hand-written corpora (about half not",
                "  in English, 40-89 languages each): "
                + ", ".join(f"`{f}`" for f in meta["extra_data"])
                + ".",
            ]
            if meta.get("extra_data")
            else []
        ),
        "  Attacks unlike any training family can pass; rules remain the precise",
        "  layer. The dev figures below are optimistic for unseen data: the",
        "  leave-one-source-out columns are the honest estimate.",
        "- The weights are derived from the files below (no text is stored; the",
        "  hashed buckets cannot be read back into rows). The files keep their",
        "  own licenses; none of them is copied into the package.",
        "",
        "## Features",
        "",
        "- View: `build_view` (the rules' folded view), whitespace runs collapsed.",
        f"- Character {', '.join(map(str, meta['char_orders']))}-grams of code",
        "  points and word unigrams and bigrams, hashed (64-bit polynomial hash,",
        f"  splitmix finalizer) into 2^{meta['hash_bits']} buckets.",
        *(
            [
                f"- Concept tags (`concepts.py`, {meta['concepts']} concepts): words",
                "  and stems of each concept in many languages, found by hash lookups",
                "  at word starts (anywhere for Chinese, Japanese, Korean, Thai);",
                "  concept unigrams and the bigrams and trigrams of tags at most",
                (
                    f"  {meta['concept_gap']} characters apart, {meta['concept_dim']}"
                    " exact (unhashed) weights after the buckets."
                ),
            ]
            if meta.get("concepts")
            else []
        ),
        "- Windows of "
        + " and of ".join(
            f"{w} view characters every {s}"
            for w, s in meta.get("windows", [[meta["window"], meta["stride"]]])
        )
        + ";",
        "  features are counts over the square root of the n-gram count per",
        "  group; the text's score is the highest window's.",
        *_mlp_feature_lines(meta),
        f"- Weights float16, {weights.stat().st_size / 1e6:.2f} MB;",
        f"  sha256 prefix `{digest}`.",
        "",
        "## Training",
        "",
        "```",
        "python -m langchain_mistral_secure.detection.scorer.train \\",
        "    --data ../shared/data/prompt_injection \\",
        *(f"    --extra-data {folder} \\" for folder in meta.get("extra_data", [])),
        *(f"    --train-only {folder} \\" for folder in meta.get("train_only", [])),
        *(f"    {option} \\" for option in setting_options(meta["config"])),
        *(["    --role-exemption \\"] if meta["config"].get("role_exemption") else []),
        *(
            ["    --security-exemption \\"]
            if meta["config"].get("security_exemption")
            else []
        ),
        *(
            ["    --followup-exemption \\"]
            if meta["config"].get("followup_exemption")
            else []
        ),
        *(
            [f"    --calibration {meta['config']['calibration']} \\"]
            if by_kind(meta)
            else []
        ),
        "    --out langchain_mistral_secure/detection/scorer",
        "```",
        "",
        f"Settings: `{dict(sorted(meta['config'].items()))}`.",
        "Numpy only, no network, deterministic.",
        *_balance_lines(meta["config"].get("balance", "sqrt")),
        "Attack texts are bags of windows (multiple-instance learning: the best",
        "window of each attack is its positive example).",
        *(
            [
                "Hard negatives: the final fit weighs each benign file's top 5% of",
                (
                    "windows (as the first round scores them) "
                    f"{1 + meta['config']['hard_negatives']:g} times, since the"
                ),
                "hardest benign file's tail sets the threshold.",
            ]
            if meta["config"].get("hard_negatives")
            else []
        ),
        "",
        f"Thresholds: flag at **{model.threshold:.4f}**,",
        f"block at **{model.block_threshold:.4f}** ({meta['threshold_rule']}).",
        *set_by_lines(meta),
        *role_lines(model),
        "",
        "## Data",
        "",
        "| file | rows | validation rows | origin | license |",
        "|---|---:|---:|---|---|",
    ]
    # An extra folder is named by its last part (``blind_corpus_9/stem``); its
    # path is the one the command was given, under benchmarks/ or not.
    folders = {f.rpartition("/")[2]: f for f in meta.get("extra_data", [])}
    train_only = {f.rpartition("/")[2]: f for f in meta.get("train_only", [])}
    for entry in files:
        origin, license_ = licenses.get(entry["file"], ("unknown", "unknown"))
        if entry["file"].startswith("families_"):
            origin = "templates written by this project (`families.py`), training only"
            license_ = "MIT (this project)"
        elif "/" in entry["file"]:
            folder, _, stem = entry["file"].rpartition("/")
            shown = {**folders, **train_only}.get(folder, f"benchmarks/{folder}")
            origin = f"hand-written by this project (`{shown}/{stem}.jsonl`)" + (
                ", training only" if folder in train_only else ""
            )
            license_ = "MIT (this project)"
        lines.append(
            f"| {entry['file']} | {entry['rows']} | {entry['validation_rows']} | "
            f"{origin} | {license_} |"
        )
    lines += [
        "",
        "Splits: the validation fifth of each file is chosen by a CRC-32 of the row",
        "id (the template id for template-built files) or by the file's own",
        "`split` column. The `families_*` rows are templates written by this",
        "project (`families.py`: the attack families of the issue in fifteen",
        "languages, planted notes in documents, benign look-alikes;",
        "`families_more.py`: short override cores in nineteen languages joined to",
        "output hijacks, standalone system-prompt requests, encoded payloads,",
        "notes addressed to the assistant planted in documents that are also",
        "benign rows, persona switches, role-play and security questions); they",
        "are always trained on and never a validation source.",
        "",
        "Files built on the same documents are held out together in",
        "leave-one-source-out: "
        + "; ".join(
            " + ".join(f"`{n}`" for n in g) for g in meta.get("held_out_together", [])
        )
        + ". Held out alone, the benign twin's documents would be seen in",
        "training only inside attacks, which no unseen source reproduces.",
        "Each extra data folder (`folder/file` rows above: the project's own",
        "hand-written corpora, many languages) is held out as a whole for the",
        "same reason: one author's corpus shares register, documents and",
        "templates between its attack and benign files.",
        "",
        *_corpus_lines(files),
    ]
    if has_loso:
        lines += [
            "## In distribution and held out, side by side",
            "",
            "Scorer alone, at the flag threshold. In-dist: the validation fifth of",
            "each file, by a model trained on the other four fifths of every file.",
            "LOSO: the whole file, by a model trained on all the other files. The",
            "gap between the two columns is how much the scorer leans on a",
            "source's own wording.",
            "",
            *_side_by_side(files),
            "",
            "## Leave-one-source-out (each file held out whole)",
            "",
            "Recall or false-positive rate on a file by a model trained on all the",
            "other files, at the flag threshold. Scorer alone.",
            "",
            *_table(files, "loso"),
            "",
        ]
    lines += tried_lines()
    lines += [
        "## In distribution (validation fifth, model trained on the rest)",
        "",
        *_table(files, "in_distribution"),
        "",
        "## Shipped model on all rows (its own training data)",
        "",
        *_table(files, "final_model"),
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
