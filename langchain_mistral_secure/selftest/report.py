"""The self-test report: what got through, per surface and per family.

It names families, variants, modes and surfaces, never the planted text: a
report is meant to be printed in CI logs and uploaded as SARIF.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_mistral_secure._version import __version__
from langchain_mistral_secure.selftest.corpus import ANSWER, CORPUS_VERSION
from langchain_mistral_secure.selftest.surfaces import SURFACES

if TYPE_CHECKING:
    from langchain_mistral_secure.selftest.corpus import Probe

__all__ = ["Leak", "SelftestReport"]

_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


@dataclass(frozen=True)
class Leak:
    """One planted attack that reached a surface (no text, only its coordinates)."""

    surface: str
    family: str
    variant: str
    channel: str
    mode: str


def _row(probe: Probe) -> str:
    return (
        probe.family if probe.channel == ANSWER else f"{probe.family} ({probe.channel})"
    )


@dataclass
class SelftestReport:
    """Counts of runs and leaks per (surface, family), and every leak and error.

    Example:
        >>> report = SelftestReport(seed=0, probes=0)
        >>> report.passed, report.exit_code
        (True, 0)
    """

    seed: int
    probes: int
    skipped: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0])
    )
    leaks: list[Leak] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    def observe(self, surface: str, probe: Probe, mode: str, *, leaked: bool) -> None:
        """Count one observation of a surface for a probe run."""
        cell = self.cells[surface, _row(probe)]
        cell[0] += 1
        if leaked:
            cell[1] += 1
            leak = Leak(surface, probe.family, probe.variant, probe.channel, mode)
            if leak not in self.leaks:
                self.leaks.append(leak)

    def error(self, probe: Probe, mode: str, error_type: str) -> None:
        """Record an unexpected (untyped) error: it is a failure too."""
        entry = (_row(probe) + "/" + probe.variant, mode, error_type)
        if entry not in self.errors:
            self.errors.append(entry)

    @property
    def passed(self) -> bool:
        """True when nothing leaked and no call failed with an untyped error."""
        return not self.leaks and not self.errors

    @property
    def exit_code(self) -> int:
        """0 when passed, 1 otherwise (for CI)."""
        return 0 if self.passed else 1

    def leaked_surfaces(self) -> list[str]:
        """Surfaces where anything leaked, in report order."""
        hit = {leak.surface for leak in self.leaks}
        return [s for s in SURFACES if s in hit]

    def _rows(self) -> list[str]:
        return sorted({row for _, row in self.cells})

    def to_table(self) -> str:
        """A plain-text table: leaks/runs per family (rows) and surface (columns)."""
        header = ["family", *SURFACES]
        lines = [header]
        for row in self._rows():
            cells = []
            for surface in SURFACES:
                runs, leaked = self.cells.get((surface, row), (0, 0))
                cells.append(
                    "-"
                    if runs == 0
                    else (f"{leaked}/{runs} LEAK" if leaked else f"0/{runs}")
                )
            lines.append([row, *cells])
        widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
        text = [
            "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
            for line in lines
        ]
        verdict = (
            "PASSED"
            if self.passed
            else f"FAILED: leaks on {', '.join(self.leaked_surfaces()) or 'no surface'}"
        )
        text.append("")
        text.append(
            f"selftest {verdict} ({self.probes} probes, seed {self.seed}, "
            f"corpus {CORPUS_VERSION})"
        )
        text.extend(
            f"error: {probe} in {mode}: {kind}" for probe, mode, kind in self.errors
        )
        text.extend(f"skipped: {reason}" for reason in self.skipped)
        return "\n".join(text)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (no planted text)."""
        return {
            "passed": self.passed,
            "seed": self.seed,
            "probes": self.probes,
            "corpus_version": CORPUS_VERSION,
            "cells": [
                {"surface": s, "family": f, "runs": c[0], "leaks": c[1]}
                for (s, f), c in sorted(self.cells.items())
            ],
            "leaks": [leak.__dict__ for leak in self.leaks],
            "errors": [{"probe": p, "mode": m, "error": e} for p, m, e in self.errors],
            "skipped": self.skipped,
        }

    def to_json(self) -> str:
        """:meth:`to_dict` as indented JSON."""
        return json.dumps(self.to_dict(), indent=2)

    def to_sarif(self) -> str:
        """SARIF 2.1.0: one result per leak, ruled by ``surface/family``."""
        rules = sorted({f"{leak.surface}/{leak.family}" for leak in self.leaks})
        results = [
            {
                "ruleId": f"{leak.surface}/{leak.family}",
                "level": "error",
                "message": {
                    "text": (
                        f"A planted {leak.family} ({leak.variant}, via the "
                        f"{leak.channel}) "
                        f"reached the {leak.surface} surface in {leak.mode}."
                    )
                },
            }
            for leak in self.leaks
        ]
        sarif = {
            "$schema": _SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "mistral-secure selftest",
                            "version": __version__,
                            "rules": [{"id": r, "name": r} for r in rules],
                        }
                    },
                    "results": results,
                }
            ],
        }
        return json.dumps(sarif, indent=2)

    def _repr_html_(self) -> str:
        """The table as left-aligned HTML that scrolls when wide (notebooks)."""
        head = "".join(
            f"<th style='text-align:left'>{html.escape(h)}</th>"
            for h in ["family", *SURFACES]
        )
        body = []
        for row in self._rows():
            cells = [f"<td style='text-align:left'>{html.escape(row)}</td>"]
            for surface in SURFACES:
                runs, leaked = self.cells.get((surface, row), (0, 0))
                text = "-" if runs == 0 else f"{leaked}/{runs}"
                style = (
                    "text-align:left;color:#b00020;font-weight:bold"
                    if leaked
                    else "text-align:left"
                )
                cells.append(f"<td style='{style}'>{text}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        verdict = "passed" if self.passed else "FAILED"
        return (
            "<div style='overflow-x:auto'><p style='text-align:left'>"
            f"selftest {verdict}: {self.probes} probes, seed {self.seed}</p>"
            f"<table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table></div>"
        )
