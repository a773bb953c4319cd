"""Audit results: check results, the report and its formats (dict, JSON, SARIF, HTML).

A report never carries a secret: locations hold masked values only (first and
last two characters), and messages name files, lines and categories.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from langchain_mistral_secure._version import __version__

__all__ = [
    "OWASP_LLM_TOP10",
    "SARIF_SCHEMA",
    "STATUS_ORDER",
    "AuditReport",
    "CheckResult",
    "Location",
    "Status",
]

Status = Literal["pass", "info", "warn", "fail"]
"""Outcome of one check: ``fail`` makes the audit fail, ``warn`` may (CLI flag)."""

STATUS_ORDER: dict[str, int] = {"pass": 0, "info": 1, "warn": 2, "fail": 3}
"""Severity order of statuses, for ``--fail-on`` thresholds."""

OWASP_LLM_TOP10: dict[str, str] = {
    "LLM01": "Prompt Injection",
    "LLM02": "Sensitive Information Disclosure",
    "LLM03": "Supply Chain",
    "LLM04": "Data and Model Poisoning",
    "LLM05": "Improper Output Handling",
    "LLM06": "Excessive Agency",
    "LLM07": "System Prompt Leakage",
    "LLM08": "Vector and Embedding Weaknesses",
    "LLM09": "Misinformation",
    "LLM10": "Unbounded Consumption",
}
"""The OWASP Top 10 for LLM Applications (2025), id to title."""

_OWASP_URL = "https://genai.owasp.org/llm-top-10/"

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
"""The ``$schema`` of the SARIF documents :meth:`AuditReport.to_sarif` returns."""

_SARIF_LEVEL = {"fail": "error", "warn": "warning", "info": "note", "pass": "none"}
_TABLE_LOCATIONS = 20


@dataclass(frozen=True, slots=True)
class Location:
    """Where a check found something: a file, a line, and a safe detail.

    Attributes:
        path: File path relative to the audited root, with ``/`` separators.
        line: 1-based line number (0 when the whole file is meant).
        detail: A safe description, e.g. ``"mistral_api_key ab****yz"``; never
            an unmasked value.

    Example:
        >>> Location("app.py", 3, "mistral_api_key ab****yz").to_dict()["line"]
        3
    """

    path: str
    line: int = 0
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"path": self.path, "line": self.line, "detail": self.detail}

    def __str__(self) -> str:
        """``path:line: detail``."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.detail}" if self.detail else where


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one audit check.

    Attributes:
        name: Stable check id, e.g. ``"hardcoded_secrets"`` (the SARIF rule id).
        status: ``pass``, ``info``, ``warn`` or ``fail``.
        message: One line for humans; names files and counts, never values.
        owasp: OWASP Top 10 for LLM Applications (2025) id, e.g. ``"LLM02"``.
        title: Short description of what the check verifies.
        locations: Files and lines the message is about.

    Example:
        >>> r = CheckResult("env_files", "pass", ".env files are ignored", "LLM02")
        >>> r.passed
        True
    """

    name: str
    status: Status
    message: str
    owasp: str = ""
    title: str = ""
    locations: tuple[Location, ...] = field(default_factory=tuple)

    @property
    def passed(self) -> bool:
        """Whether the check did not fail (``warn`` and ``info`` pass)."""
        return self.status != "fail"

    @property
    def owasp_title(self) -> str:
        """The OWASP category title, e.g. ``"Prompt Injection"``."""
        return OWASP_LLM_TOP10.get(self.owasp, "")

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (includes the legacy boolean ``passed``)."""
        return {
            "passed": self.passed,
            "status": self.status,
            "message": self.message,
            "owasp": self.owasp,
            "owasp_title": self.owasp_title,
            "title": self.title,
            "locations": [loc.to_dict() for loc in self.locations],
        }


def _sarif_rule(check: CheckResult) -> dict[str, Any]:
    owasp = f"{check.owasp} {check.owasp_title}".strip()
    return {
        "id": check.name,
        "name": "".join(part.title() for part in check.name.split("_")),
        "shortDescription": {"text": check.title or check.name},
        "fullDescription": {
            "text": f"{check.title or check.name} (OWASP LLM Top 10 2025: {owasp})"
        },
        "helpUri": _OWASP_URL,
        "properties": {"tags": ["security", check.owasp] if check.owasp else []},
    }


class AuditReport:
    """The result of :func:`~langchain_mistral_secure.audit.audit_security`.

    Args:
        checks: The check results, in display order.
        root: The audited directory (display only).

    Example:
        >>> report = AuditReport([CheckResult("demo", "warn", "careful", "LLM02")])
        >>> report.passed, report.failed("warn")
        (True, True)
        >>> sorted(report.to_dict())
        ['checks', 'passed']
    """

    def __init__(self, checks: list[CheckResult], *, root: str = ".") -> None:
        """Collect ``checks`` by name."""
        self.root = root
        self.checks: dict[str, CheckResult] = {c.name: c for c in checks}

    @property
    def passed(self) -> bool:
        """Whether no check failed."""
        return all(check.passed for check in self.checks.values())

    def failed(self, fail_on: Literal["warn", "fail"] = "fail") -> bool:
        """Whether any check reaches the ``fail_on`` severity.

        Args:
            fail_on: ``"fail"`` (only failures count) or ``"warn"`` (warnings too).
        """
        threshold = STATUS_ORDER[fail_on]
        return any(STATUS_ORDER[c.status] >= threshold for c in self.checks.values())

    def __getitem__(self, name: str) -> CheckResult:
        """Return the result of the check ``name``."""
        return self.checks[name]

    def __repr__(self) -> str:
        """Counts by status only."""
        counts = dict.fromkeys(STATUS_ORDER, 0)
        for check in self.checks.values():
            counts[check.status] += 1
        shown = ", ".join(f"{k}={v}" for k, v in counts.items())
        return f"AuditReport(passed={self.passed}, {shown})"

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"passed": bool, "checks": {name: result dict}}``."""
        return {
            "passed": self.passed,
            "checks": {name: c.to_dict() for name, c in self.checks.items()},
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return :meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, sort_keys=False)

    def to_sarif(self) -> dict[str, Any]:
        """Return a SARIF 2.1.0 document (a dict; ``json.dumps`` it to upload).

        One rule per check; one result per location of every check that did not
        pass. Findings without a file (a missing key, a chain without a guard)
        become tool execution notifications, since code scanning needs a file.
        """
        rules = [_sarif_rule(c) for c in self.checks.values()]
        index = {c.name: i for i, c in enumerate(self.checks.values())}
        results: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        for check in self.checks.values():
            if check.status == "pass":
                continue
            level = _SARIF_LEVEL[check.status]
            if not check.locations:
                notes.append(
                    {
                        "level": level,
                        "message": {"text": f"{check.name}: {check.message}"},
                        "associatedRule": {
                            "id": check.name,
                            "index": index[check.name],
                        },
                    }
                )
                continue
            for loc in check.locations:
                text = (
                    f"{check.message} ({loc.detail})" if loc.detail else check.message
                )
                results.append(
                    {
                        "ruleId": check.name,
                        "ruleIndex": index[check.name],
                        "level": level,
                        "message": {"text": text},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {
                                        "uri": loc.path,
                                        "uriBaseId": "%SRCROOT%",
                                    },
                                    "region": {"startLine": max(loc.line, 1)},
                                }
                            }
                        ],
                    }
                )
        return {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "mistral-secure-audit",
                            "informationUri": _OWASP_URL,
                            "version": __version__,
                            "rules": rules,
                        }
                    },
                    "invocations": [
                        {
                            "executionSuccessful": True,
                            "toolExecutionNotifications": notes,
                        }
                    ],
                    "results": results,
                }
            ],
        }

    def to_table(self) -> str:
        """Return a plain-text table: one row per check, locations below it."""
        rows = [
            (c.status.upper(), c.name, c.owasp, c.message) for c in self.checks.values()
        ]
        header = ("STATUS", "CHECK", "OWASP", "MESSAGE")
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
        lines = []
        for row in [header, *rows]:
            cells = [row[i].ljust(widths[i]) for i in range(3)]
            lines.append("  ".join([*cells, row[3]]).rstrip())
            check = self.checks.get(row[1]) if row is not header else None
            if check is None:
                continue
            lines.extend(f"    - {loc}" for loc in check.locations[:_TABLE_LOCATIONS])
            extra = len(check.locations) - _TABLE_LOCATIONS
            if extra > 0:
                lines.append(f"    ... and {extra} more")
        verdict = "PASSED" if self.passed else "FAILED"
        lines.append(f"Audit {verdict}: {self.root}")
        return "\n".join(lines)

    def __str__(self) -> str:
        """The text table."""
        return self.to_table()

    def _repr_html_(self) -> str:
        """Return an HTML table for Jupyter."""
        colors = {
            "pass": "#1a7f37",
            "info": "#0969da",
            "warn": "#9a6700",
            "fail": "#cf222e",
        }
        esc = html.escape
        rows = []
        for c in self.checks.values():
            locs = "".join(f"<li>{esc(str(loc))}</li>" for loc in c.locations)
            rows.append(
                "<tr>"
                f'<td style="color:{colors[c.status]};font-weight:bold">'
                f"{esc(c.status.upper())}</td>"
                f"<td>{esc(c.name)}</td>"
                f'<td title="{esc(c.owasp_title)}">{esc(c.owasp)}</td>'
                f"<td>{esc(c.message)}"
                + (f"<ul>{locs}</ul>" if locs else "")
                + "</td></tr>"
            )
        verdict = "passed" if self.passed else "failed"
        return (
            f"<div><strong>Security audit {verdict}</strong>: {esc(self.root)}"
            "<table><thead><tr><th>Status</th><th>Check</th><th>OWASP</th>"
            "<th>Message</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table></div>"
        )
