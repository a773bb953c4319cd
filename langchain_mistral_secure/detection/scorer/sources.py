"""The labelled rows a training run reads, hashed once (:mod:`.train`).

Split from :mod:`.train` (its size): reading ``*.jsonl`` folders, the
in-distribution validation split by row id, and the project's own family
rows as training-only sources. :mod:`.train` re-exports :func:`load_sources`.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from langchain_mistral_secure.detection.scorer.families import family_rows
from langchain_mistral_secure.detection.scorer.families_more import more_family_rows
from langchain_mistral_secure.detection.scorer.features import hash_text
from langchain_mistral_secure.detection.scorer.fit import Source

__all__ = ["is_valid", "load_sources", "read_rows", "source_of"]

_VALID_FOLD = 5


def is_valid(row: dict[str, Any]) -> bool:
    """Whether a row validates: its ``split`` says so, else a fixed fifth by id."""
    split = row.get("split")
    if split in {"test", "validation", "valid"}:
        return True
    if split == "train":
        return False
    # Rows built from one template stay on one side of the split.
    key = str(row.get("template_id", row.get("id", row.get("text", ""))))
    return zlib.crc32(key.encode("utf-8")) % _VALID_FOLD == 0


def source_of(name: str, rows: list[dict[str, Any]], *, validate: bool) -> Source:
    """One file's rows as a :class:`.fit.Source` (labels, split, hashed texts).

    ``validate`` marks its validation rows (a fixed fifth, by row id, or the
    row's own ``split``); without it every row trains.
    """
    return Source(
        name=name,
        labels=np.array([int(r["label"]) for r in rows], dtype=np.int8),
        valid=np.array([validate and is_valid(r) for r in rows], dtype=bool),
        hashed=[hash_text(r["text"]) for r in rows],
        validated=validate,
    )


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a ``*.jsonl`` file that carry a non-empty text."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if isinstance(r.get("text"), str) and r["text"]]


def load_sources(
    folder: Path,
    *,
    families: bool = True,
    extra: Sequence[Path] = (),
    train_only: Sequence[Path] = (),
) -> list[Source]:
    """Read and hash every ``*.jsonl`` file of ``folder`` (sorted by name).

    Each ``extra`` folder's ``*.jsonl`` files follow, named ``folder/stem``
    (held out per folder, see :func:`.calibration.held_out_with`), then each
    ``train_only`` folder's, named the same way but never held out: they
    train every fit, and only the shipped model's scores of their benign
    rows reach the calibration. With ``families``, the project's own family
    rows (:mod:`.families`) are added as training-only sources too.

    Raises:
        SystemExit: two folders share a name (their files would share names).
    """
    names = [p.resolve().name for p in (*extra, *train_only)]
    if len(set(names)) < len(names):
        msg = f"--extra-data and --train-only folders need distinct names: {names}"
        raise SystemExit(msg)
    sources = []
    for path in sorted(folder.glob("*.jsonl")):
        rows = read_rows(path)
        if rows:
            sources.append(source_of(path.stem, rows, validate=True))
    for folders, validate in ((extra, True), (train_only, False)):
        for more in folders:
            for path in sorted(more.glob("*.jsonl")):
                rows = read_rows(path)
                if rows:
                    name = f"{more.resolve().name}/{path.stem}"
                    sources.append(source_of(name, rows, validate=validate))
    if families and sources:
        built = {**family_rows(), **more_family_rows()}
        sources += [
            source_of(name, rows, validate=False)
            for name, rows in sorted(built.items())
        ]
    return sources
