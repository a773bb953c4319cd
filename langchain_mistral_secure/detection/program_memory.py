"""A memory budget for the DFA caches of the compiled RE2 programs.

RE2 matches with a DFA built lazily: each new text adds states, kept until the
program's own budget (``RE2_MAX_MEM``) is full. The rule groups hold some two
thousand programs and sets, so a process that scans many *different* long
texts (mixed languages, code) grows for a long time: about 3 KB of states per
byte of such text scanned, 4.6 GB after 1.3 MB, most of it in the rule groups'
sets. Text like what was already scanned adds little.

This module bounds that growth. The rule detectors count the bytes they scan;
every ``CHECK_EVERY_BYTES`` the resident set size is read, and when it has
grown by more than the budget since the last release (or the first check),
every rule detector drops its compiled rule groups and every cached program
and set is dropped (:func:`release_programs`); the freed heap goes back to
the system. Each detector compiles its groups again on its next scan (with
the DFA states the next texts rebuild, 10-15 s of CPU for the injection
rules, once per release). The budget
chooses when programs are rebuilt, never what they find: findings are the
same with any budget.

The default budget is 2,048 MB of growth;
``MISTRAL_SECURE_PROGRAM_MEMORY_MB`` (read at import) or
:func:`set_program_memory_budget` changes it, and 0 turns it off. The size is
read from ``/proc/self/statm``; where that does not exist (macOS, Windows) the
budget is not enforced.

Example:
    >>> from langchain_mistral_secure.detection.program_memory import (
    ...     program_memory_budget, set_program_memory_budget)
    >>> previous = program_memory_budget()
    >>> set_program_memory_budget(512)
    >>> program_memory_budget()
    512
    >>> set_program_memory_budget(previous)
"""

from __future__ import annotations

import ctypes
import os
import threading
import weakref
from pathlib import Path
from typing import Protocol

import re2

from langchain_mistral_secure.detection._byte_search import clear_compile_caches
from langchain_mistral_secure.detection._char_needs import compile_char_needs

__all__ = [
    "CHECK_EVERY_BYTES",
    "note_scanned",
    "program_generation",
    "program_memory_budget",
    "release_programs",
    "set_program_memory_budget",
    "track",
]

# How many bytes the detectors scan between two reads of the resident size.
# New states grow by at most a few KB per byte scanned (3 KB on the worst text
# measured), so a check every 64 KB overshoots the budget by some 200 MB at
# most; one read costs microseconds against ~0.1 s to scan 64 KB of such text.
CHECK_EVERY_BYTES = 64 << 10
_DEFAULT_BUDGET_MB = 2048
_STATM = Path("/proc/self/statm")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _budget_from_env() -> int:
    raw = os.environ.get("MISTRAL_SECURE_PROGRAM_MEMORY_MB", "").strip()
    if not raw:
        return _DEFAULT_BUDGET_MB
    try:
        value = int(raw)
    except ValueError:
        msg = "MISTRAL_SECURE_PROGRAM_MEMORY_MB must be a whole number of megabytes"
        raise ValueError(msg) from None
    if value < 0:
        msg = "MISTRAL_SECURE_PROGRAM_MEMORY_MB must be 0 (off) or more"
        raise ValueError(msg)
    return value


class Releasable(Protocol):
    """A holder of compiled programs that can drop them (``RuleDetector``)."""

    def release_compiled(self) -> None:
        """Drop the compiled programs; compile them again when next used."""


class _State:
    """The process-wide counters (one lock: detectors may scan in threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.budget_mb = _budget_from_env()
        self.generation = 0
        self.unchecked = 0
        # Resident size past which the programs are released: the size at the
        # first check, or just after the last release, plus the budget.
        self.limit: int | None = None
        self.holders: weakref.WeakSet[Releasable] = weakref.WeakSet()


_STATE = _State()


def _resident_bytes() -> int | None:
    try:
        return int(_STATM.read_text().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


def _trim_heap() -> None:
    """Give freed heap pages back to the system (glibc), so the size falls."""
    try:  # the process's own symbols: glibc's malloc_trim where there is one
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return  # not glibc (musl, macOS, Windows): the freed heap is reused
    trim(0)


def program_memory_budget() -> int:
    """The budget in MB above the size after compiling (0: not enforced)."""
    return _STATE.budget_mb


def set_program_memory_budget(megabytes: int) -> None:
    """Set the budget in MB; 0 turns it off.

    Raises:
        ValueError: If ``megabytes`` is negative.
    """
    if megabytes < 0:
        msg = "the program memory budget must be 0 (off) or more megabytes"
        raise ValueError(msg)
    with _STATE.lock:
        _STATE.budget_mb = megabytes
        _STATE.limit = None


def track(holder: Releasable) -> None:
    """Register a holder of compiled programs, released with the others."""
    with _STATE.lock:
        _STATE.holders.add(holder)


def program_generation() -> int:
    """How many times the programs were released; detectors rebuild on a change."""
    return _STATE.generation


def release_programs() -> None:
    """Drop every cached RE2 program and set; detectors recompile on next use.

    Every tracked rule detector drops the rule groups it holds, so their DFA
    caches are freed now (a scan in progress keeps its own until it ends),
    and compiles them again on its next scan.

    Example:
        >>> before = program_generation()
        >>> release_programs()
        >>> program_generation() == before + 1
        True
    """
    with _STATE.lock:
        clear_compile_caches()
        compile_char_needs.cache_clear()
        re2.purge()  # the binding's own cache of its last 128 programs
        for holder in list(_STATE.holders):
            holder.release_compiled()
        _STATE.generation += 1
        _STATE.unchecked = 0
        _trim_heap()
        resident = _resident_bytes()
        _STATE.limit = None if resident is None else resident + (_STATE.budget_mb << 20)


def note_scanned(size: int) -> None:
    """Count ``size`` bytes scanned; past the budget, release the programs.

    Called by the rule detectors after each text. Reads the resident size
    once every ``CHECK_EVERY_BYTES``.
    """
    state = _STATE
    state.unchecked += size
    if state.unchecked < CHECK_EVERY_BYTES or state.budget_mb == 0:
        return
    with state.lock:
        state.unchecked = 0
        resident = _resident_bytes()
        if resident is None:
            return
        if state.limit is None:
            state.limit = resident + (state.budget_mb << 20)
            return
        over = resident > state.limit
    if over:
        release_programs()
