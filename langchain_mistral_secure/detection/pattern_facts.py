"""Write or check the shipped table of pattern analyses (``_pattern_facts.json``).

Run after editing, adding or removing any rule of a built-in detector (and
after changing a pattern reader)::

    python -m langchain_mistral_secure.detection.pattern_facts --write

It builds every built-in detector once with the table switched off,
records every pattern their builds analyse, reads each one with the
readers, and writes the table (sorted, so the same rules give the same
file). ``--check`` exits 1 when the shipped table is not that table. The
table only lets a build skip reading patterns it already knows (see
:mod:`._pattern_facts_table`); a stale table slows a build, never changes it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from langchain_mistral_secure.detection import _char_needs, engine, pattern_reader
from langchain_mistral_secure.detection._pattern_facts_table import (
    ANALYSIS_VERSION,
    TABLE_FILE,
    PatternFacts,
    _State,
    fact_key,
    facts_to_json,
    set_table_enabled,
)

__all__ = [
    "REGENERATE_COMMAND",
    "analyse_pattern",
    "clear_analysis_caches",
    "main",
    "registered_patterns",
    "table_path",
    "table_text",
]

_MODULE = "langchain_mistral_secure.detection.pattern_facts"
REGENERATE_COMMAND = f"python -m {_MODULE} --write"
_HASH_SEED = "0"


def table_path() -> Path:
    """Where the table lives: beside this module, in the package."""
    return Path(__file__).with_name(TABLE_FILE)


def analyse_pattern(pattern: str) -> PatternFacts:
    r"""Read ``pattern`` with every reader, never consulting the table.

    Example:
        >>> analyse_pattern(r"(?i)a\(b")
        PatternFacts(read_whole=True, width=3, captures=(), needs=frozenset({'('}), char_needs=None)
    """  # noqa: E501 - a doctest line
    read_whole, width, captures = pattern_reader.analyse_widths(pattern)
    return PatternFacts(
        read_whole=read_whole,
        width=width,
        captures=captures,
        needs=pattern_reader.analyse_needs(pattern),
        char_needs=_char_needs.analyse_char_needs(pattern),
    )


def clear_analysis_caches() -> None:
    """Forget every cached analysis, so the next build asks table or readers."""
    for cached in (
        pattern_reader._read_widths,  # noqa: SLF001 - the shared read behind both
        pattern_reader.pattern_max_len,
        pattern_reader.without_captures,
        pattern_reader.pattern_needs,
        _char_needs.pattern_char_needs,
        _char_needs.compile_char_needs,
    ):
        cached.cache_clear()


def registered_patterns() -> list[str]:
    """Every pattern the builds of the built-in detectors analyse (sorted).

    Builds a fresh instance of each built-in detector (``engine``'s
    ``_BUILTIN_MODULES``; detectors registered by users or tests are not
    shipped) with the analysis caches cleared, recording each pattern asked
    about. RE2 programs are cached per process, so a second call costs the
    analyses only.
    """
    # The built-in families and their factories (engine's own tables): a
    # fresh build of each, not the shared instances, which may be built.
    builtins = engine._BUILTIN_MODULES  # noqa: SLF001
    factories = engine._REGISTRY  # noqa: SLF001
    for module in builtins.values():
        importlib.import_module(module)  # registers its detector
    patterns: set[str] = set()
    clear_analysis_caches()
    _State.recording = patterns
    try:
        for name in sorted(builtins):
            factories[name]()
    finally:
        _State.recording = None
        clear_analysis_caches()
    return sorted(patterns)


def table_text(patterns: Sequence[str]) -> str:
    """The table of ``patterns`` as written: one sorted row per line."""
    rows = sorted(
        (fact_key(pattern), facts_to_json(analyse_pattern(pattern)))
        for pattern in set(patterns)
    )
    lines = [
        f"  {json.dumps(key)}: {json.dumps(row, ensure_ascii=True)}"
        for key, row in rows
    ]
    return (
        f'{{"version": {ANALYSIS_VERSION}, "facts": {{\n' + ",\n".join(lines) + "\n}}\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Write (``--write``) or check (``--check``) the shipped table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="regenerate the table")
    action.add_argument("--check", action="store_true", help="exit 1 if it is stale")
    args = parser.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != _HASH_SEED:
        # Two secrets patterns join a set (``secrets/credentials.py``), so
        # their text varies with the hash seed: pin it, so the same rules
        # always write the same table.
        env = {**os.environ, "PYTHONHASHSEED": _HASH_SEED}
        flag = "--write" if args.write else "--check"
        command = [sys.executable, "-m", _MODULE, flag]
        return subprocess.run(command, env=env, check=False).returncode  # noqa: S603
    set_table_enabled(False)
    try:
        patterns = registered_patterns()
        text = table_text(patterns)
    finally:
        set_table_enabled(True)
    path = table_path()
    if args.write:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {len(patterns)} patterns to {path}")  # noqa: T201 - a CLI
        return 0
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if current != text:
        print(f"{path} is stale; run: {REGENERATE_COMMAND}")  # noqa: T201 - a CLI
        return 1
    print(f"{path} is current ({len(patterns)} patterns)")  # noqa: T201 - a CLI
    return 0


if __name__ == "__main__":  # pragma: no cover - the command line
    sys.exit(main())
