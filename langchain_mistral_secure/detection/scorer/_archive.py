"""Reading and writing the scorer's ``.npz`` archives (split from :mod:`.model`)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from langchain_mistral_secure.detection.scorer.features import CONCEPT_DIM, HASH_BITS
from langchain_mistral_secure.detection.scorer.mlp import MlpHead

__all__ = ["mlp_of", "write_npz"]


def write_npz(path: Path, arrays: dict[str, Any]) -> None:
    """``np.savez_compressed`` with fixed entry dates: same arrays, same bytes.

    (numpy stamps each entry with the current time, so two runs of the
    training command would write different files from identical weights.)
    """
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as handle:
                np.lib.format.write_array(  # type: ignore[no-untyped-call]
                    handle, array, allow_pickle=False
                )


def mlp_of(archive: Any, meta: dict[str, Any]) -> MlpHead:
    """The MLP head of an archive, its shapes checked."""
    bits = int(meta["mlp_bits"])
    w1 = archive["w1"].astype(np.float32)
    b1 = archive["b1"].astype(np.float32)
    w2 = archive["w2"].astype(np.float32)
    hidden = b1.shape[0]
    if (
        not 0 < bits <= HASH_BITS
        or w1.shape != ((1 << bits) + CONCEPT_DIM, hidden)
        or w2.shape != (hidden,)
    ):
        msg = f"MLP scorer weights have shapes {w1.shape}, {b1.shape}, {w2.shape}"
        raise ValueError(msg)
    return MlpHead(w1=w1, b1=b1, w2=w2, b2=float(meta["bias"]), bits=bits)
