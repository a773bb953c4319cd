"""The file side of the audit: which files to read, and what is in them.

Files come from ``git ls-files --cached --others --exclude-standard`` inside a git
work tree (so ``.gitignore`` is respected exactly), or from a walker that honours
simple ``.gitignore`` patterns otherwise. ``.git``, virtual environments,
``node_modules``, caches, binary files (a NUL byte in the first 8 KB) and files
over a size limit are skipped.

Secrets are found by the shared ``secrets`` detector (which carries the Mistral
key heuristics). Values are reported masked (first and last two characters);
placeholders, UUIDs and hex digests (unless assigned to a key-like name) and
32-character fragments of base64 blobs are not reported, and a line carrying
``pragma: allowlist secret`` is skipped.

The scan is split by what each part handles: listing and reading files
(``_files``), finding secrets and httpx DEBUG settings in a text
(``_text_scan``) and, here, scanning files and notebooks into a
:class:`ScanResult`.
"""

from __future__ import annotations

import bisect
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_mistral_secure.audit._files import (
    SKIP_DIRS,
    _read_text,
    glob_to_re2,
    is_env_file,
    list_files,
)
from langchain_mistral_secure.audit._text_scan import (
    PRAGMA,
    _httpx_debug_lines,
    _line_starts,
    audit_detectors,
    mask_secret,
    scan_text,
)
from langchain_mistral_secure.detection.engine import Detector

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PRAGMA",
    "SKIP_DIRS",
    "HttpxDebugHit",
    "ScanResult",
    "SecretHit",
    "audit_detectors",
    "glob_to_re2",
    "is_env_file",
    "list_files",
    "mask_secret",
    "scan_paths",
    "scan_text",
]

DEFAULT_MAX_BYTES = 1_000_000
"""Files larger than this (bytes) are skipped."""

_LOCK_FILES = frozenset(
    {
        "package-lock.json",
        "yarn.lock",
        "pnpm-lock.yaml",
        "poetry.lock",
        "uv.lock",
        "Pipfile.lock",
        "Cargo.lock",
        "composer.lock",
    }
)

_CONFIG_SUFFIXES = frozenset(
    {".py", ".ipynb", ".yaml", ".yml", ".json", ".toml", ".ini", ".cfg", ".conf"}
)


@dataclass(frozen=True, slots=True)
class SecretHit:
    """One hard-coded secret: where it is and what kind, with a masked value.

    Attributes:
        path: Relative path with ``/`` separators.
        line: 1-based line in the file.
        category: Finding category, e.g. ``"mistral_api_key"``.
        rule_id: The rule that matched.
        masked: The value with all but the first and last two characters hidden.
        where: Extra context, e.g. ``"cell 3 output"`` for notebooks.
    """

    path: str
    line: int
    category: str
    rule_id: str
    masked: str
    where: str = ""


@dataclass(frozen=True, slots=True)
class HttpxDebugHit:
    """A place where httpx/httpcore logging is set to DEBUG."""

    path: str
    line: int


@dataclass(slots=True)
class ScanResult:
    """Everything the file scan found, for the checks to judge.

    Attributes:
        root: The audited directory.
        in_git: Whether the file list came from git.
        files_scanned: Files read and scanned.
        files_skipped: Files skipped (binary, too large, unreadable).
        secrets: Hard-coded secrets found.
        env_files: ``.env`` files that are not ignored (relative paths).
        notebooks_with_outputs: ``(path, number of code cells with outputs)``.
        httpx_debug: Places where httpx/httpcore logging is set to DEBUG.
    """

    root: Path
    in_git: bool = False
    files_scanned: int = 0
    files_skipped: int = 0
    secrets: list[SecretHit] = field(default_factory=list)
    env_files: list[str] = field(default_factory=list)
    notebooks_with_outputs: list[tuple[str, int]] = field(default_factory=list)
    httpx_debug: list[HttpxDebugHit] = field(default_factory=list)


class _LineFinder:
    """First line of a notebook's JSON text holding a value (line index + bisect).

    The line starts are computed once per notebook and each distinct value is
    searched once, so many hits no longer walk every line each.
    """

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._starts = _line_starts(raw)
        self._memo: dict[str, int] = {}

    def line(self, needle: str) -> int:
        known = self._memo.get(needle)
        if known is not None:
            return known
        found = [
            pos
            for pos in (
                self._raw.find(json.dumps(needle)[1:-1]),
                self._raw.find(needle),
            )
            if pos >= 0
        ]
        number = bisect.bisect_right(self._starts, min(found)) if found else 1
        self._memo[needle] = number
        return number


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(str(part) for part in value)
    return json.dumps(value)


def _output_texts(output: dict[str, Any]) -> Iterator[str]:
    if "text" in output:
        yield _as_text(output["text"])
    data = output.get("data")
    if isinstance(data, dict):
        for mime, value in data.items():
            if mime.startswith("text/") or mime.endswith("json"):
                yield _as_text(value)
    if "traceback" in output:
        yield "\n".join(str(line) for line in output.get("traceback") or [])


def _notebook_cells(
    notebook: dict[str, Any],
) -> Iterator[tuple[int, str, str, str]]:
    """Yield ``(cell number, cell type, part, text)`` for sources and outputs."""
    cells = notebook.get("cells")
    if not isinstance(cells, list):
        return
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict):
            continue
        kind = str(cell.get("cell_type", "code"))
        yield number, kind, "source", _as_text(cell.get("source", ""))
        for output in cell.get("outputs") or []:
            if isinstance(output, dict):
                for text in _output_texts(output):
                    yield number, kind, "output", text


def _scan_notebook(
    rel: str,
    raw: str,
    notebook: dict[str, Any],
    detectors: Sequence[Detector],
    result: ScanResult,
) -> None:
    lines = _LineFinder(raw)
    cells = notebook.get("cells")
    with_outputs = sum(
        1
        for cell in (cells if isinstance(cells, list) else [])
        if isinstance(cell, dict)
        and cell.get("cell_type") == "code"
        and cell.get("outputs")
    )
    if with_outputs:
        result.notebooks_with_outputs.append((rel, with_outputs))
    code_parts: list[str] = []
    for number, kind, part, text in _notebook_cells(notebook):
        if kind == "code" and part == "source":
            code_parts.append(text)
        for _, finding, masked in scan_text(text, detectors):
            value = text[finding.start : finding.end].strip()
            result.secrets.append(
                SecretHit(
                    path=rel,
                    line=lines.line(value),
                    category=finding.category,
                    rule_id=finding.rule_id,
                    masked=masked,
                    where=f"cell {number} {part}",
                )
            )
    for _, needle in _httpx_debug_lines("\n".join(code_parts)):
        result.httpx_debug.append(HttpxDebugHit(rel, lines.line(needle)))


def _scan_file(
    rel: str, text: str, detectors: Sequence[Detector], result: ScanResult
) -> None:
    if rel.endswith(".ipynb"):
        try:
            notebook = json.loads(text)
        except ValueError:
            notebook = None
        if isinstance(notebook, dict):
            _scan_notebook(rel, text, notebook, detectors, result)
            return
    result.secrets.extend(
        SecretHit(
            path=rel,
            line=line,
            category=finding.category,
            rule_id=finding.rule_id,
            masked=masked,
        )
        for line, finding, masked in scan_text(text, detectors)
    )
    name = rel.rsplit("/", 1)[-1]
    dotenv = name.startswith(".env") or name.endswith(".env")
    if dotenv or Path(name).suffix.lower() in _CONFIG_SUFFIXES:
        result.httpx_debug.extend(
            HttpxDebugHit(rel, line) for line, _ in _httpx_debug_lines(text)
        )


def scan_paths(
    root: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    detectors: Sequence[Detector] | None = None,
    files: Iterable[str] | None = None,
) -> ScanResult:
    """Scan the files under ``root``: secrets, .env files, notebooks, httpx logging.

    Args:
        root: The directory to audit (or one file).
        max_bytes: Files larger than this are skipped.
        detectors: Secret detectors (default :func:`audit_detectors`).
        files: Relative paths to scan instead of listing ``root``.

    Returns:
        A :class:`ScanResult`; secret values in it are masked.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "app.py").write_text("print('hello')")
        >>> scan_paths(d).files_scanned
        1
    """
    base = Path(root)
    in_git = False
    if files is None:
        listed, in_git = list_files(base)
    else:
        listed = list(files)
    if base.is_file():
        base = base.parent
    result = ScanResult(root=base, in_git=in_git)
    active = audit_detectors() if detectors is None else list(detectors)
    for rel in listed:
        name = rel.rsplit("/", 1)[-1]
        if is_env_file(rel):
            result.env_files.append(rel)
        if name in _LOCK_FILES:
            continue
        text = _read_text(base / rel, max_bytes)
        if text is None:
            result.files_skipped += 1
            continue
        result.files_scanned += 1
        _scan_file(rel, text, active, result)
    return result
