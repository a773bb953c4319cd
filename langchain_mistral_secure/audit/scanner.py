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
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import os
import shutil
import subprocess
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import re2

from langchain_mistral_secure.detection.engine import (
    Detector,
    Finding,
    detect_all,
    get_detector,
)
from langchain_mistral_secure.detection.validators import (
    is_placeholder,
    is_uuid_or_hash,
)

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

PRAGMA = "pragma: allowlist secret"
"""A line carrying this marker is never reported (detect-secrets convention)."""
_PRAGMA_NEXT = "pragma: allowlist nextline secret"
_PRAGMA_ANY = "pragma: allowlist"  # silences the httpx DEBUG check on a line

DEFAULT_MAX_BYTES = 1_000_000
"""Files larger than this (bytes) are skipped."""

_BINARY_PROBE = 8192

SKIP_DIRS: frozenset[str] = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".ipynb_checkpoints",
        "site-packages",
        ".eggs",
    }
)
"""Directory names never descended into (virtual environments are also found by
their ``pyvenv.cfg``)."""

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

_ENV_TEMPLATE_SUFFIXES = (
    ".example",
    ".sample",
    ".template",
    ".tpl",
    ".dist",
    ".defaults",
)

_CONFIG_SUFFIXES = frozenset(
    {".py", ".ipynb", ".yaml", ".yml", ".json", ".toml", ".ini", ".cfg", ".conf"}
)

# Findings of these rules are dropped when the value is a UUID or hex digest;
# assignment rules keep them (next to a key-like name a digest is a secret).
_NAMED_RULES = frozenset(
    {"secrets.assignment_quoted", "secrets.assignment_bare", "secrets.mistral_api_key"}
)
# Standalone-token rules: a match glued to base64 characters is part of a blob.
_STANDALONE_RULES = frozenset({"secrets.mistral_api_key_entropy"})
_BASE64_NEIGHBOURS = frozenset("+/=")
_MISTRAL_KEY_LEN = 32


def audit_detectors() -> list[Detector]:
    """Return the detectors the audit runs: the shared ``secrets`` detector.

    It is imported lazily (``get_detector("secrets")``); it holds the Mistral key
    heuristics (a ``mistral...`` name, a key-like name, or a random-looking
    32-character token) and the other providers' formats.

    Example:
        >>> [type(d).__name__ for d in audit_detectors()]
        ['SecretDetector']
    """
    return [get_detector("secrets")]


# httpx / httpcore logging at DEBUG leaks request metadata (and, with httpcore
# traces, headers) into logs.
_HTTPX_PATTERNS: tuple[Any, ...] = tuple(
    re2.compile(p)
    for p in (
        # getLogger("httpx").setLevel(DEBUG), in one statement
        (
            r"getLogger\(\s*[\"'](?:httpx|httpcore)[A-Za-z0-9_.]*[\"']\s*\)\s*\.\s*"
            r"setLevel\(\s*(?:logging\.)?(?:DEBUG|[\"'](?i:debug)[\"']|10)\s*\)"
        ),
        # dictConfig as a dict or JSON: an httpx logger whose level is DEBUG
        (
            r"[\"']?(?:httpx|httpcore)[\"']?\s*:\s*\{[^}]*[\"']?level[\"']?\s*:\s*"
            r"(?:logging\.)?[\"']?(?i:debug)"
        ),
        # dictConfig in YAML: an httpx mapping with a DEBUG level line below
        (
            r"(?:httpx|httpcore)[\"']?\s*:[ \t]*\n(?:[ \t]+[^\n]*\n){0,5}?[ \t]+"
            r"[\"']?level[\"']?\s*:\s*[\"']?(?i:debug)"
        ),
        # environment: HTTPX_LOG_LEVEL set to debug (older httpx honoured it)
        r"(?i)HTTPX_LOG_LEVEL[\"']?\s*[=:]\s*[\"']?(?:debug|trace)",
    )
)
# logger = logging.getLogger("httpx") ... logger.setLevel(logging.DEBUG)
_HTTPX_LOGGER_VAR = re2.compile(
    r"([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:logging\.)?getLogger\(\s*[\"']"
    r"(?:httpx|httpcore)[A-Za-z0-9_.]*[\"']\s*\)"
)
_SET_DEBUG = (
    r"\s*\.\s*setLevel\(\s*(?:logging\.)?(?:DEBUG|[\"'](?i:debug)[\"']|10)\s*\)"
)
# Any ``name.setLevel(DEBUG)``; the name is checked against the httpx logger
# variables afterwards, so the text is scanned once whatever the number of
# variables (one pattern per variable made a crafted file quadratic).
_VAR_SET_DEBUG = re2.compile(
    r"(?:^|[^A-Za-z0-9_.])(([A-Za-z_][A-Za-z0-9_]*)" + _SET_DEBUG + ")"
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


def mask_secret(value: str) -> str:
    """Return ``value`` with all but its first and last two characters hidden.

    Values shorter than 8 characters are hidden entirely.

    Example:
        >>> mask_secret("abcdefghijklmnop")
        'ab********op'
        >>> mask_secret("short")
        '*****'
    """
    value = value.strip()
    if len(value) < 8:  # noqa: PLR2004
        return "*" * len(value)
    return f"{value[:2]}{'*' * min(len(value) - 4, 8)}{value[-2:]}"


def is_env_file(name: str) -> bool:
    """Return whether a file name is a dotenv file (templates excluded).

    Example:
        >>> is_env_file(".env"), is_env_file(".env.local"), is_env_file(".env.example")
        (True, True, False)
    """
    base = name.rsplit("/", 1)[-1]
    if base.endswith(_ENV_TEMPLATE_SUFFIXES):
        return False
    return base == ".env" or base.startswith(".env.") or base.endswith(".env")


# --------------------------------------------------------------------- files


def glob_to_re2(pattern: str) -> str:
    """Translate a ``.gitignore`` glob into an anchored RE2 pattern.

    ``*`` and ``?`` do not cross ``/``; ``**`` does; ``[...]`` is a class.

    Example:
        >>> import re2
        >>> bool(re2.match(glob_to_re2("*.log"), "debug.log"))
        True
        >>> bool(re2.match(glob_to_re2("a/**/b"), "a/x/y/b"))
        True
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "*":
            if pattern.startswith("**/", i):
                out.append("(?:.*/)?")
                i += 3
                continue
            if pattern.startswith("**", i):
                out.append(".*")
                i += 2
                continue
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = pattern.find("]", i + 2)
            if end == -1:
                out.append(re2.escape(char))
            else:
                body = pattern[i + 1 : end]
                negate = body.startswith("!")
                body = body[1:] if negate else body
                body = body.replace("\\", "\\\\").replace("]", "\\]")
                out.append(f"[{'^' if negate else ''}{body}]")
                i = end
        else:
            out.append(re2.escape(char))
        i += 1
    return "^" + "".join(out) + "$"


@dataclass(frozen=True, slots=True)
class _IgnoreRule:
    program: Any
    negate: bool
    dir_only: bool
    anchored: bool


def _parse_gitignore(text: str) -> list[_IgnoreRule]:
    rules: list[_IgnoreRule] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        if negate:
            line = line[1:]
        line = line.removeprefix("\\")
        dir_only = line.endswith("/")
        line = line.rstrip("/")
        if not line:
            continue
        anchored = "/" in line
        line = line.lstrip("/")
        if line.startswith("**/"):
            anchored = False
            line = line[3:]
        try:
            program = re2.compile(glob_to_re2(line))
        except re2.error:
            continue
        rules.append(_IgnoreRule(program, negate, dir_only, anchored))
    return rules


def _ignored(
    stack: Sequence[tuple[str, list[_IgnoreRule]]], rel: str, *, is_dir: bool
) -> bool:
    """Apply the .gitignore rules of every ancestor; the last match wins."""
    ignored = False
    for base, rules in stack:
        sub = rel[len(base) + 1 :] if base else rel
        name = sub.rsplit("/", 1)[-1]
        for rule in rules:
            if rule.dir_only and not is_dir:
                continue
            target = sub if rule.anchored else name
            if rule.program.match(target):
                ignored = not rule.negate
    return ignored


def _is_venv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file()


def _load_ignore(directory: Path) -> list[_IgnoreRule] | None:
    gitignore = directory / ".gitignore"
    if not gitignore.is_file():
        return None
    try:
        return _parse_gitignore(gitignore.read_text("utf-8", "replace"))
    except OSError:
        return []


def _entries(directory: Path) -> list[tuple[str, Path, bool, bool]]:
    """``(name, path, is_dir, is_file)`` of a directory's entries, sorted."""
    out: list[tuple[str, Path, bool, bool]] = []
    try:
        with os.scandir(directory) as it:
            for entry in it:
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = entry.is_file(follow_symlinks=False)
                except OSError:
                    continue
                out.append((entry.name, Path(entry.path), is_dir, is_file))
    except OSError:
        return []
    return sorted(out)


def _walk(root: Path) -> Iterator[str]:
    """Yield relative paths of files under ``root`` not ignored by .gitignore."""
    stack: list[tuple[str, list[_IgnoreRule]]] = []

    def visit(directory: Path, rel_dir: str) -> Iterator[str]:
        rules = _load_ignore(directory)
        if rules is not None:
            stack.append((rel_dir, rules))
        for name, path, is_dir, is_file in _entries(directory):
            rel = f"{rel_dir}/{name}" if rel_dir else name
            if is_dir:
                skip = name in SKIP_DIRS or _is_venv(path)
                if not skip and not _ignored(stack, rel, is_dir=True):
                    yield from visit(path, rel)
            elif is_file and not _ignored(stack, rel, is_dir=False):
                yield rel
        if rules is not None:
            stack.pop()

    yield from visit(root, "")


def _git_files(root: Path) -> list[str] | None:
    """Return git's list of non-ignored files under ``root``, or None."""
    git = shutil.which("git")
    if git is None:
        return None
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    try:
        inside = subprocess.run(  # noqa: S603
            [git, "-C", str(root), "rev-parse", "--is-inside-work-tree"],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
            env=env,
        )
        if inside.returncode != 0 or inside.stdout.strip() != "true":
            return None
        listing = subprocess.run(  # noqa: S603
            [
                git,
                "-C",
                str(root),
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
            ],
            capture_output=True,
            check=False,
            timeout=120,
            env=env,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if listing.returncode != 0:
        return None
    names = listing.stdout.decode("utf-8", "surrogateescape").split("\0")
    return sorted({name for name in names if name})


def _skipped_by_dir(rel: str, root: Path, venv_cache: dict[str, bool]) -> bool:
    parts = rel.split("/")[:-1]
    prefix = ""
    for part in parts:
        if part in SKIP_DIRS:
            return True
        prefix = f"{prefix}/{part}" if prefix else part
        cached = venv_cache.get(prefix)
        if cached is None:
            cached = venv_cache[prefix] = _is_venv(root / prefix)
        if cached:
            return True
    return False


def list_files(root: str | os.PathLike[str]) -> tuple[list[str], bool]:
    """List the files the audit reads (relative to ``root``) and whether git did.

    Args:
        root: A directory (or a single file).

    Returns:
        ``(relative paths with "/" separators, came_from_git)``.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "a.py").write_text("x = 1")
        >>> list_files(d)[0]
        ['a.py']
    """
    base = Path(root)
    if base.is_file():
        return [base.name], False
    listed = _git_files(base)
    if listed is None:
        return list(_walk(base)), False
    venv_cache: dict[str, bool] = {}
    return [rel for rel in listed if not _skipped_by_dir(rel, base, venv_cache)], True


def _read_text(path: Path, max_bytes: int) -> str | None:
    try:
        if path.is_symlink() or not path.is_file():
            return None
        if path.stat().st_size > max_bytes:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if b"\0" in data[:_BINARY_PROBE]:
        return None
    return data.decode("utf-8", "replace")


# ------------------------------------------------------------------- secrets


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _line_text(text: str, starts: list[int], line: int) -> str:
    begin = starts[line - 1]
    end = starts[line] - 1 if line < len(starts) else len(text)
    return text[begin:end]


def _allowlisted(text: str, starts: list[int], line: int) -> bool:
    if PRAGMA in _line_text(text, starts, line):
        return True
    return line > 1 and _PRAGMA_NEXT in _line_text(text, starts, line - 1)


def _mistral_shaped(value: str) -> bool:
    """32 ASCII letters and digits: the shape of a Mistral API key."""
    return len(value) == _MISTRAL_KEY_LEN and value.isascii() and value.isalnum()


def _benign(text: str, finding: Finding, value: str) -> bool:
    """Placeholders, identifiers and fragments of base64 blobs are not secrets."""
    if is_placeholder(value):
        return True
    if finding.rule_id not in _NAMED_RULES and is_uuid_or_hash(value):
        return True
    if finding.rule_id in _STANDALONE_RULES:
        before = text[finding.start - 1] if finding.start > 0 else ""
        after = text[finding.end] if finding.end < len(text) else ""
        return bool({before, after} & _BASE64_NEIGHBOURS)
    return False


def scan_text(
    text: str, detectors: Sequence[Detector] | None = None
) -> list[tuple[int, Finding, str]]:
    r"""Find secrets in ``text``: ``(line, finding, masked value)`` for each.

    Placeholders, UUIDs and hex digests are dropped, and so are findings on a
    line that carries ``pragma: allowlist secret``. A 32-alphanumeric value
    assigned to a key-like name is reported as ``mistral_api_key``.

    Args:
        text: The text to scan.
        detectors: Detectors to run (default :func:`audit_detectors`).

    Example:
        >>> value = "Zq4" + "Lm8vR2tY7wPx3KcN9bHd5FgJ6sAeW"
        >>> text = f"x=1\nMISTRAL_API_KEY = '{value}'"
        >>> [(line, masked) for line, _, masked in scan_text(text)]
        [(2, 'Zq********eW')]
    """
    active = audit_detectors() if detectors is None else detectors
    findings = detect_all(text, active)
    if not findings:
        return []
    starts = _line_starts(text)
    hits: list[tuple[int, Finding, str]] = []
    for finding in findings:
        value = text[finding.start : finding.end].strip().strip("\"'`")
        if _benign(text, finding, value):
            continue
        line = bisect.bisect_right(starts, finding.start)
        if _allowlisted(text, starts, line):
            continue
        hit = finding
        if finding.category == "secret_assignment" and _mistral_shaped(value):
            hit = dataclasses.replace(finding, category="mistral_api_key")
        hits.append((line, hit, mask_secret(value)))
    return hits


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


def _httpx_debug_lines(text: str) -> list[tuple[int, str]]:
    """Return ``(line, first 40 characters of the match)`` for each DEBUG setting.

    Comment lines and lines carrying ``pragma: allowlist`` are skipped.
    """
    if "httpx" not in text and "httpcore" not in text and "HTTPX_" not in text.upper():
        return []
    spans: list[tuple[int, int]] = []
    for program in _HTTPX_PATTERNS:
        spans.extend(m.span() for m in program.finditer(text))
    # First pass: where each httpx logger variable is first assigned.
    assigned: dict[str, int] = {}
    for match in _HTTPX_LOGGER_VAR.finditer(text):
        assigned.setdefault(match.group(1), match.end())
    # Second pass: one scan for setters, kept when they follow the assignment.
    if assigned:
        for match in _VAR_SET_DEBUG.finditer(text):
            after = assigned.get(match.group(2))
            if after is not None and match.start(1) >= after:
                spans.append(match.span(1))
    starts = _line_starts(text)
    lines: dict[int, str] = {}
    for start, end in sorted(spans):
        line = bisect.bisect_right(starts, start)
        source = _line_text(text, starts, line)
        if source.lstrip().startswith(("#", "//")) or _PRAGMA_ANY in source:
            continue
        lines.setdefault(line, text[start:end].split("\n", 1)[0][:40])
    return sorted(lines.items())


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
