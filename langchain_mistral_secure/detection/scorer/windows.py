"""The windows a text is scored in: their lengths, strides and spans.

Split from :mod:`.features` (its size), which re-exports every name here. A
text is scored in windows of ``WINDOW`` collapsed-view characters (half
overlapping), and at a second, shorter scale (``SHORT_WINDOW``); a text's
score is its best window's.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = [
    "SHORT_WINDOW",
    "STRIDE",
    "WINDOW",
    "WINDOWS",
    "window_bounds",
    "window_spans",
]

WINDOW = 384
"""View characters per scored window."""
STRIDE = WINDOW // 2
"""Distance between window starts (windows overlap by half)."""
SHORT_WINDOW = 96
"""View characters per short window: about one sentence, so a short
instruction after a long question or inside a document is judged alone."""
WINDOWS: tuple[tuple[int, int], ...] = (
    (WINDOW, STRIDE),
    (SHORT_WINDOW, SHORT_WINDOW // 2),
)
"""(length, stride) of every window scale; a text's score is its best window's."""

I64 = npt.NDArray[np.int64]


def window_bounds(length: int, window: int = WINDOW, stride: int = STRIDE) -> I64:
    """Start positions of the windows covering a collapsed view of ``length``.

    Example:
        >>> window_bounds(10).tolist(), window_bounds(2 * WINDOW).tolist()
        ([0], [0, 192, 384])
    """
    if length <= window:
        return np.zeros(1, dtype=np.int64)
    last = length - window
    starts = np.arange(0, last, stride, dtype=np.int64)
    return np.append(starts, last) if starts[-1] != last else starts


def window_spans(
    length: int, scales: tuple[tuple[int, int], ...] = WINDOWS
) -> tuple[I64, I64]:
    """(starts, ends) of every window at every scale, the first scale first.

    A later (shorter) scale is skipped when the text fits in one of its
    windows: that window would only repeat the first scale's.

    Example:
        >>> starts, ends = window_spans(200)
        >>> starts.tolist(), ends.tolist()
        ([0, 0, 48, 96, 104], [200, 96, 144, 192, 200])
    """
    all_starts: list[I64] = []
    all_ends: list[I64] = []
    for index, (window, stride) in enumerate(scales):
        if index and length <= window:
            continue
        starts = window_bounds(length, window, stride)
        all_starts.append(starts)
        all_ends.append(np.minimum(starts + window, length))
    return np.concatenate(all_starts), np.concatenate(all_ends)
