"""Which files the audit reads: git's list or a ``.gitignore``-aware walk.

Files come from ``git ls-files --cached --others --exclude-standard`` inside a git
work tree (so ``.gitignore`` is respected exactly), or from a walker that honours
simple ``.gitignore`` patterns otherwise. ``.git``, virtual environments,
``node_modules`` and caches are never descended into; binary files (a NUL byte
in the first 8 KB) and files over the size limit are not read. Public names are
re-exported from :mod:`langchain_mistral_secure.audit.scanner`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import re2

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

_ENV_TEMPLATE_SUFFIXES = (
    ".example",
    ".sample",
    ".template",
    ".tpl",
    ".dist",
    ".defaults",
)


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
