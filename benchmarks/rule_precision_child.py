"""Detection for ``benchmarks.rule_precision`` in a forked, recycled child.

RE2's DFA caches grow as texts exercise each compiled program, up to
``RE2_MAX_MEM`` each, so one process that runs every dev row ends near 6-7 GB.
``RecyclingDetector`` runs the rules and the scorer in a forked child that
inherits the compiled detectors and is replaced once its RSS passes a budget
(a cache holds automaton states, never a match, so the verdicts are the same).
Verdicts carry rule ids and the scorer's flag, never text.
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

# A detecting child is replaced past this RSS; with the compiled detectors it
# inherits (about 500 MB, shared with the parent) a run stays near 1 GB.
DEFAULT_MAX_RSS_MB = 1000

# The scorer's name where rule ids are listed.
SCORER = "(scorer)"

Located = tuple[str, int, dict[str, Any]]
Verdict = tuple[list[str], bool]


def default_tools() -> tuple[Callable[[str], Any], Callable[[str], Any]]:
    from langchain_mistral_secure.detection.engine import get_detector
    from langchain_mistral_secure.detection.scorer import get_scorer

    return get_detector("injection").detect, get_scorer().detect


def in_process() -> Callable[[str], Verdict]:
    rules, scorer = default_tools()

    def detect(text: str) -> Verdict:
        return sorted({f.rule_id for f in rules(text)}), bool(scorer(text))

    return detect


def _rss_mb() -> int:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def _serve(
    conn: Any, parents_end: Any, detect: Callable[[str], Verdict], max_rss_mb: int
) -> None:
    """The child's loop: a text in, its verdict out, until EOF or over budget."""
    # Forked with both ends: closing the parent's copy lets either side see EOF
    # when the other exits (a dead parent leaves no child waiting forever).
    parents_end.close()
    while True:
        try:
            text = conn.recv()
        except EOFError:
            return
        try:
            verdict = detect(text)
        except Exception as error:  # noqa: BLE001 - reported by type, never text
            conn.send((None, type(error).__name__, True))
            return
        retire = _rss_mb() > max_rss_mb
        conn.send((verdict, None, retire))
        if retire:
            return


class RecyclingDetector:
    """Rules and scorer in a forked child, replaced when its RSS passes a budget.

    The parent builds the detectors once, never runs them (so its RE2 caches
    stay empty), and forks a child that inherits them; the child detects until
    its RSS passes ``max_rss_mb``, answers that row and exits, and the next row
    goes to a new child. Linux only (``fork``, ``/proc``).

    Example:
        >>> detect = RecyclingDetector(max_rss_mb=1000)  # doctest: +SKIP
        >>> detect("Quarterly report attached.")  # doctest: +SKIP
        ([], False)
        >>> detect.close()  # doctest: +SKIP
    """

    def __init__(
        self,
        max_rss_mb: int = DEFAULT_MAX_RSS_MB,
        detect: Callable[[str], Verdict] | None = None,
    ) -> None:
        self._detect = detect if detect is not None else in_process()
        self._max_rss_mb = max_rss_mb
        self._context = multiprocessing.get_context("fork")
        self._conn: Any = None
        self._child: Any = None
        self.children = 0

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        self._child = self._context.Process(
            target=_serve,
            args=(child, parent, self._detect, self._max_rss_mb),
            daemon=True,
        )
        self._child.start()
        child.close()
        self._conn = parent
        self.children += 1

    def __call__(self, text: str) -> Verdict:
        """The sorted rule ids that fire on ``text`` and the scorer's verdict.

        Raises:
            RuntimeError: When detection raised in the child (its type only).
        """
        if self._child is None:
            self._start()
        self._conn.send(text)
        verdict, error, retire = self._conn.recv()
        if retire:  # the child has answered its last row and exits
            self.close()
        if verdict is None:
            msg = f"detection raised {error} in the child"
            raise RuntimeError(msg)
        fired, by_scorer = verdict
        return list(fired), bool(by_scorer)

    def close(self) -> None:
        """Close the pipe (the child reads EOF and exits) and reap the child."""
        if self._child is not None:
            self._conn.close()
            self._child.join()
            self._child = self._conn = None


def stream_verdicts(
    rows: Iterable[Located], detect: Callable[[str], Verdict]
) -> Iterator[dict[str, Any]]:
    """One record per row, as rows come: where it is, its label, rules, scorer."""
    for name, index, row in rows:
        fired, by_scorer = detect(row["text"])
        yield {
            "set": name,
            "row": index,
            "label": int(row["label"]),
            "rules": fired,
            "scorer": by_scorer,
        }
